"""No window opens larger than the screen it opens on.

The window and the dialogs choose sizes that fit 1366×768 at 100 % (1366×728 above the
taskbar). At 125 % the same screen is 1093×614 for Qt, and a dialog of 680 px would put its
保存 or 关闭 under the taskbar, where nobody can click it. When a window or dialog is shown, a
size larger than the room its screen leaves is reduced to that room (never below the window's
minimum size; layouts and scroll areas take the rest) and the window is moved inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

TITLE_BAR = 32  # Windows 10 at 100 %: a 31 px caption and a 1 px border, when Qt does not know it yet
BORDER = 2  # left and right frame, when Qt does not know it yet


def room_for(window: QWidget) -> QRect | None:
    """What the screen the window opens on leaves free (less the taskbar where the system says so)."""
    screen = window.screen() or QApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit(window: QWidget) -> None:
    """Shrink ``window`` to its screen's free room if it is larger, and move it inside."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return  # the system sizes it to the screen (its frame reaches past the screen's edge)
    room = room_for(window)
    if room is None or room.isEmpty():
        return
    frame = window.frameGeometry()
    extra_w = max(frame.width() - window.width(), BORDER)
    extra_h = max(frame.height() - window.height(), TITLE_BAR)
    least = window.minimumSize().expandedTo(window.minimumSizeHint())
    width = max(min(window.width(), room.width() - extra_w), least.width())
    height = max(min(window.height(), room.height() - extra_h), least.height())
    if not window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        # not placed yet: a dialog centres itself on its parent within the screen after this
        # (QDialog.showEvent), the system places the main window; a move here would stop that
        if (width, height) != (window.width(), window.height()):
            window.resize(width, height)
        return
    x, y = window.x(), window.y()  # a placed window's position is its frame's
    if (width, height) != (window.width(), window.height()):
        x += (window.width() - width) // 2  # about the same centre
        y += (window.height() - height) // 2
        window.resize(width, height)
    x = max(room.left(), min(x, room.right() + 1 - width - extra_w))
    y = max(room.top(), min(y, room.bottom() + 1 - height - extra_h))
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


class ScreenFit(QObject):
    """Installed on the application: fits each window and dialog as it is shown."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(obj, (QDialog, QMainWindow)) and obj.isWindow():
            fit(obj)
        return False


def install(app: QApplication) -> ScreenFit:
    """Fit every window shown from now on (once per application; a second call keeps the first)."""
    existing = getattr(app, "_dibao_screen_fit", None)
    if isinstance(existing, ScreenFit):
        return existing
    watcher = ScreenFit(app)
    app.installEventFilter(watcher)
    app._dibao_screen_fit = watcher  # type: ignore[attr-defined]
    return watcher


def uninstall(app: QApplication) -> None:
    watcher = getattr(app, "_dibao_screen_fit", None)
    if isinstance(watcher, ScreenFit):
        app.removeEventFilter(watcher)
        watcher.deleteLater()
    app._dibao_screen_fit = None  # type: ignore[attr-defined]
