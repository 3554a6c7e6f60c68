"""帮助 menu: 使用说明 (a short guide to a day's work) and 关于 (version, data folder, font licence)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from dibao_desk import __version__
from dibao_desk.resources import __file__ as _resources_init
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP

GUIDE = (  # translated where shown (context "MainWindow")
    (QT_TRANSLATE_NOOP("MainWindow", "每天开始"),
     QT_TRANSLATE_NOOP("MainWindow", "打开程序先看“家庭名册”和“复核”两页：复核页列出本月应复核、已逾期的家庭，双击一行即可记录复核。")),
    (QT_TRANSLATE_NOOP("MainWindow", "登记家庭"),
     QT_TRANSLATE_NOOP("MainWindow", "家庭 → 新增家庭（Ctrl+N）。先填户主，再“添加成员”；身份证号填错会立即标红并说明原因。保存后，该户在名册中选中，窗口底部状态栏会提示已保存。")),
    (QT_TRANSLATE_NOOP("MainWindow", "查找家庭"),
     QT_TRANSLATE_NOOP("MainWindow", "按 Ctrl+F，在名册上方的搜索框输入姓名、拼音首字母（如 zs）或身份证号的一部分，按回车（或↓）到找到的第一户，再按回车打开。找到的是家庭成员而不是户主时，户主姓名后会注明“成员 某某”。")),
    (QT_TRANSLATE_NOOP("MainWindow", "申请审批"),
     QT_TRANSLATE_NOOP("MainWindow", "在名册中右键一户 → 申请低保，按三环节十步骤逐步登记；公示期满、县局审批后批准待遇。")),
    (QT_TRANSLATE_NOOP("MainWindow", "村（社区）"),
     QT_TRANSLATE_NOOP("MainWindow", "设置 → 设置 → 村（社区）：可以添加、改名、填写户籍人口，或把一个村合并到另一个村（家庭一起转过去）。")),
    (QT_TRANSLATE_NOOP("MainWindow", "数据安全"),
     QT_TRANSLATE_NOOP("MainWindow", "数据保存在“关于”中显示的数据文件夹里。请定期把该文件夹备份到U盘或其他电脑。")),
)


def install(window) -> None:
    menu = window.menu("help")
    menu.addAction(QCoreApplication.translate("MainWindow", "使用说明(&G)")).triggered.connect(lambda: show_guide(window))
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("MainWindow", "关于(&A)")).triggered.connect(lambda: show_about(window))


def _browser_dialog(window, title: str, body: str) -> QDialog:
    dialog = QDialog(window)
    dialog.setWindowTitle(title)
    view = QTextBrowser()
    view.setObjectName("text")
    view.setOpenExternalLinks(False)
    view.setHtml(body)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(QCoreApplication.translate("MainWindow", "关闭"))
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(640, 480)
    dialog.open()
    return dialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def show_guide(window) -> QDialog:
    parts = ["<h3>" + html.escape(_tr("使用说明")) + "</h3>"]
    for head, text in GUIDE:
        parts.append(f"<p><b>{html.escape(_tr(head))}</b><br>{html.escape(_tr(text))}</p>")
    return _browser_dialog(window, QCoreApplication.translate("MainWindow", "使用说明"), "".join(parts))


def show_about(window) -> QDialog:
    from pathlib import Path

    fonts = Path(_resources_init).parent / "fonts"
    data_dir = str(window.ctx.data_dir)
    name = QCoreApplication.translate("MainWindow", "低保经办")
    summary = QCoreApplication.translate("MainWindow", "最低生活保障经办：家庭登记、申请审批、复核、公示与报送。")
    folder = QCoreApplication.translate("MainWindow", "数据文件夹")
    fonts_head = QCoreApplication.translate("MainWindow", "随程序提供的字体")
    licence = QCoreApplication.translate(
        "MainWindow", "文泉驿微米黑（WenQuanYi Micro Hei），Apache License 2.0 许可。许可全文：")
    body = (f"<h3>{html.escape(name)} {html.escape(__version__)}</h3>"
            f"<p>{html.escape(summary)}</p>"
            f"<p><b>{html.escape(folder)}</b><br>{html.escape(data_dir)}</p>"
            f"<p><b>{html.escape(fonts_head)}</b><br>"
            f"{html.escape(licence)}"
            f"{html.escape(str(fonts / 'LICENSE-wqy-microhei.txt'))}</p>")
    return _browser_dialog(window, QCoreApplication.translate("MainWindow", "关于"), body)
