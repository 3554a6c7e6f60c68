"""打印 → 低保证: the certificate of the household selected in the list (issue and print), a
batch of the certificates issued in a span of days, and the printer offset of the office's
pre-printed booklets (also under 设置). The household list's menu offers 低保证… too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from dibao_desk.ui.dialogs.certificate_dialog import CertificateBatchDialog, CertificateDialog, CertificateOffsetDialog


def install(window) -> None:
    menu = window.menu("print").addMenu(QCoreApplication.translate("MainWindow", "低保证(&C)"))
    one = menu.addAction(QCoreApplication.translate("MainWindow", "本户低保证（发证、打印）(&O)…"))
    one.triggered.connect(lambda: open_selected(window))
    batch = menu.addAction(QCoreApplication.translate("MainWindow", "批量打印低保证(&B)…"))
    batch.triggered.connect(lambda: open_batch(window))
    offset = menu.addAction(QCoreApplication.translate("MainWindow", "低保证打印位置(&P)…"))
    offset.triggered.connect(lambda: open_offset(window))
    window.certificate_actions = {"one": one, "batch": batch, "offset": offset}
    window.menu("settings").addAction(QCoreApplication.translate("MainWindow", "低保证打印位置(&P)…")).triggered.connect(lambda: open_offset(window))
    window.extend("household_actions", (QCoreApplication.translate("MainWindow", "低保证…"), open_certificate))


def open_selected(window) -> CertificateDialog | None:
    from dibao_desk.ui.actions.printing import selected_household

    household_id = selected_household(window)
    if household_id is None:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "低保证"), QCoreApplication.translate("MainWindow", "请先在家庭列表中选中一户。"))
        return None
    return open_certificate(window, household_id)


def _open(window, dialog):
    window.certificate_dialog = dialog
    dialog.finished.connect(lambda _r: window.notify_changed())
    dialog.open()
    return dialog


def open_certificate(window, household_id: int) -> CertificateDialog:
    return _open(window, CertificateDialog(window.ctx, household_id, parent=window))


def open_batch(window) -> CertificateBatchDialog:
    return _open(window, CertificateBatchDialog(window.ctx, parent=window))


def open_offset(window) -> CertificateOffsetDialog:
    return _open(window, CertificateOffsetDialog(window.ctx, parent=window))
