"""First start: tell the program which office this is, or open a demo township."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
    QPushButton, QVBoxLayout,
)

from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.villages import kind_of_name
from dibao_desk.services import accounts, demo, office
from dibao_desk.services.context import AppContext, StoreError, open_context
from dibao_desk.ui.ops import Op, show_error
from dibao_desk.ui.texts import problem_text
from dibao_desk.ui.unsaved import AsksBeforeDiscarding


def households_in(ctx: AppContext) -> int:
    return sum(office.village_household_counts(ctx.uow()).values())


class FirstStartDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.demo_ctx: AppContext | None = None  # set when the person chose the demo
        self.setWindowTitle(self.tr("欢迎使用低保经办"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例如：德安镇"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("12 位统计用区划代码"))
        self.code.setMaxLength(12)
        self.county = QLineEdit()
        self.county.setPlaceholderText(self.tr("例如：德安县"))
        self.phone = QLineEdit()
        self.box = QLineEdit()
        self.operator = QLineEdit()
        self.operator.setPlaceholderText(self.tr("您的姓名，也是登录用的管理员账号"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("至少 6 位"))
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.villages = QPlainTextEdit()
        self.villages.setPlaceholderText(self.tr("每行一个村（社区），例如：\n东风村\n向阳社区"))
        form = QFormLayout()
        form.addRow(self.tr("乡镇（街道）名称"), self.name)
        form.addRow(self.tr("行政区划代码"), self.code)
        form.addRow(self.tr("所属县（市、区）"), self.county)
        form.addRow(self.tr("投诉举报电话"), self.phone)
        form.addRow(self.tr("意见箱位置"), self.box)
        form.addRow(self.tr("管理员账号"), self.operator)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("再输入一次密码"), self.password_again)
        form.addRow(self.tr("村（社区）"), self.villages)
        self.demo_button = QPushButton(self.tr("先打开一个演示乡镇看看"))
        self.demo_button.clicked.connect(self.open_demo)
        self.restore_button = QPushButton(self.tr("从备份恢复本单位的数据（换了电脑或重装后）…"))
        self.restore_button.clicked.connect(self.restore_backup)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("开始使用"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("第一次使用，请填写本单位信息（以后可在“设置”中修改），并设置管理员账号的密码。")))
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addWidget(QLabel(self.tr("或者：")))
        layout.addWidget(self.restore_button)
        layout.addWidget(self.demo_button)
        self.resize(520, 630)

    def save(self) -> None:
        info = office.OfficeInfo(
            name=self.name.text().strip(), admin_code=self.code.text().strip(),
            county_name=self.county.text().strip(), complaint_phone=self.phone.text().strip(),
            complaint_box=self.box.text().strip(), mode="township", operator=self.operator.text().strip())
        problems = office.validate_office(info)
        names = [line.strip() for line in self.villages.toPlainText().splitlines() if line.strip()]
        if problems:
            QMessageBox.warning(self, self.tr("请补全信息"), "\n".join(problem_text(p) for p in problems))
            return
        if self.password.text() != self.password_again.text():
            QMessageBox.warning(self, self.tr("请补全信息"), problem_text(Problem("account.password_mismatch")))
            return
        try:
            self.ctx.sign_in(accounts.setup(self.ctx.uow(), info, info.operator, self.password.text()))
            existing = {v.name for v in office.list_villages(self.ctx.uow())}
            for name in dict.fromkeys(names):
                if name not in existing:
                    office.add_village(self.ctx.uow(), name, kind_of_name(name))
            code = accounts.make_recovery_code(self.ctx.uow())
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), "\n".join(problem_text(p) for p in exc.problems))
            return
        from dibao_desk.ui.recovery_code import show_recovery_code

        show_recovery_code(self, code)  # the only way back in if the administrator forgets the password
        self.accept()

    def restore_backup(self) -> None:
        """A new PC, or one whose disk was replaced: the office's backup (from the USB stick or the
        second backup folder) becomes this data folder's store; its own accounts then sign in."""
        from PySide6.QtWidgets import QFileDialog

        from dibao_desk.services import restore
        from dibao_desk.ui.dialogs.restore_backup import RestoreBackupDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件（U 盘或备份文件夹中的 dibao-….sqlite3）"), "",
                                              self.tr("数据备份 (*.sqlite3)"))
        if not path:
            return
        # the office's own folder: never the demo's backup; checked on the worker (it may be big)
        dialog = RestoreBackupDialog(path, lambda progress: restore.inspect_backup(path, None, False, progress=progress),
                                     self)
        self.restore_dialog = dialog
        if not dialog.exec():
            return
        self.restore_button.setEnabled(False)

        def done(result: restore.RestoreResult) -> None:
            restored = office.get_office(self.ctx.uow())
            QMessageBox.information(self, self.tr("恢复备份"), self.tr(
                "已恢复{0}的数据。请用本单位原来的账号和密码登录。").format(restored.full_name if restored else ""))
            self.accept()

        def failed(exc: BaseException) -> None:
            self.restore_button.setEnabled(True)
            if isinstance(exc, RuleError):
                QMessageBox.warning(self, self.tr("无法恢复"), "\n".join(problem_text(p) for p in exc.problems))
            else:
                show_error(self, self.tr("无法恢复"), exc)

        shown = dialog.info.sha256 if isinstance(dialog.info, restore.BackupInfo) else None  # changed since: refused
        self.restore_op = Op(self, lambda progress: restore.restore(self.ctx, path, progress=progress,
                                                                    expected_sha256=shown), title=self.tr("正在恢复…"),
                             on_done=done, on_error=failed, cancellable=False).start()

    def open_demo(self) -> None:
        """The demo township opens in a folder of its own (data folder / demo), never in the
        office's data; ``demo_ctx`` is what the window then shows."""
        self.demo_button.setEnabled(False)
        folder = demo.demo_folder(self.ctx.data_dir)
        try:
            demo_ctx = open_context(folder)
            demo.mark_demo_folder(folder)
        except (StoreError, OSError) as exc:
            self.demo_button.setEnabled(True)
            show_error(self, self.tr("无法生成演示数据"), exc)
            return

        def done(_result) -> None:
            info = office.get_office(demo_ctx.uow())
            demo_ctx.operator = info.operator if info else ""
            self.demo_ctx = demo_ctx
            self.accept()

        def failed(exc: BaseException) -> None:
            self.demo_button.setEnabled(True)
            demo_ctx.close()
            show_error(self, self.tr("无法生成演示数据"), exc)

        def fill(progress):
            if households_in(demo_ctx):
                return None  # the demo made last time: open it as it is
            return demo.generate(demo_ctx.uow(), households=800, seed=1, progress=progress)

        Op(self, fill, title=self.tr("正在生成演示乡镇…"), on_done=done, on_error=failed).start()
