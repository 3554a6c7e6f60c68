"""帮助 → 使用说明 and 关于."""

from PySide6.QtWidgets import QTextBrowser

from dibao_desk import __version__
from dibao_desk.ui.main_window import MainWindow


def _trigger(window, text):
    actions = {a.text().split("(")[0]: a for a in window.menu("help").actions()}
    actions[text].trigger()


def test_about_names_the_version_the_data_folder_and_the_font_licence(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.menu("help").menuAction().isVisible()
    _trigger(window, "关于")
    shown = [d for d in window.findChildren(QTextBrowser, "text") if d.window().isVisible()]
    text = shown[-1].toPlainText()
    assert __version__ in text and str(ctx.data_dir) in text and "Apache License 2.0" in text
    _trigger(window, "使用说明")
    text = [d for d in window.findChildren(QTextBrowser, "text") if d.window().isVisible()][-1].toPlainText()
    assert "新增家庭" in text and "zs" in text
