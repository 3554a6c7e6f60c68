"""The PySide6 window. Thin: slots read inputs, call one service, show the result."""
