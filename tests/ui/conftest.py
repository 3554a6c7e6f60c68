"""Window tests never block on a modal message box.

Every QMessageBox call is recorded in ``message_boxes`` and answered at once
(questions with Yes/Discard, the rest with OK). A test that needs another
answer patches the method itself.
"""

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    shown: list[tuple[str, str, str]] = []

    def answer(kind, default):
        def _box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            if kind == "question":
                buttons = args[0] if args else kwargs.get("buttons")
                if buttons is not None and (buttons & QMessageBox.StandardButton.Discard):
                    return QMessageBox.StandardButton.Discard
            return default
        return _box

    monkeypatch.setattr(QMessageBox, "question", answer("question", QMessageBox.StandardButton.Yes))
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, answer(kind, QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture(autouse=True)
def own_settings(tmp_path, monkeypatch):
    """Each window test keeps its QSettings (window size, last folders) in its own folder,
    so tests neither read nor write the person's real settings nor each other's."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture
def program_font(qapp):
    """The font the program runs with (the shipped CJK font at 10 pt, ui.app.register_font), for
    tests that measure whether words fit; the default font of the test machine is narrower."""
    from PySide6.QtWidgets import QApplication

    from dibao_desk.ui import app as app_module

    before = QApplication.font()
    app_module.register_font(qapp)
    yield QApplication.font()
    QApplication.setFont(before)


@pytest.fixture(autouse=True)
def no_screen_fit_left():
    """A test that starts the program through ui.app.make_app installs the fitting of windows
    to the screen (ui.screen_fit); later tests measure windows at their own sizes on the
    offscreen screen (800×800), so it goes after each test."""
    yield
    from PySide6.QtWidgets import QApplication

    from dibao_desk.ui import screen_fit

    app = QApplication.instance()
    if isinstance(app, QApplication):
        screen_fit.uninstall(app)
