"""Importable helpers for tests (``from tests.helpers import make_id, type_text``)."""

from tests.conftest import make_id, simple_draft  # noqa: F401


def type_text(widget, text: str, clear: bool = True) -> None:
    """Type text into a widget key by key, as a person (or an input method) does.

    QTest.keyClicks only knows ASCII keys; Chinese characters arrive as key events
    carrying text, which is what an input method delivers to the widget.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    if clear:
        widget.clear()
    widget.setFocus()
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
    QApplication.processEvents()
