"""设置 → 账号: the accounts and their roles, a new account, a forgotten password replaced, idle
minutes before the window locks.

Every change is a service call that an administrator may make; another account is told so."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLineEdit, QMessageBox, QPushButton,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import accounts
from dibao_desk.ui.roles import allow
from dibao_desk.ui.texts import label, problem_text
from dibao_desk.ui.unsaved import filled


class AccountsPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("账号"), self.tr("角色"), self.tr("状态")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selected)
        self.name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.roles = {r: QCheckBox(label("role", r.value)) for r in Role}
        self.active = QCheckBox(self.tr("启用"))
        self.active.setChecked(True)
        self._shown = self._ticked()  # the roles and 启用 the program put there
        role_row = QHBoxLayout()
        for box in self.roles.values():
            role_row.addWidget(box)
        role_row.addWidget(self.active)
        role_row.addStretch(1)
        self.add_button = QPushButton(self.tr("新建账号"))
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("保存所选账号的角色"))
        self.save_button.clicked.connect(self.save_roles)
        self.password_button = QPushButton(self.tr("为所选账号设置新密码"))
        self.password_button.setToolTip(self.tr("账号忘记密码时，由管理员填写新密码后点此按钮，再把新密码告诉本人"))
        self.password_button.clicked.connect(self.reset_password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.password_button)
        self.recovery_button = QPushButton(self.tr("生成新的恢复码…"))
        self.recovery_button.setToolTip(self.tr("管理员忘记密码时凭恢复码设置新密码；生成新的后，旧的作废"))
        self.recovery_button.clicked.connect(self.new_recovery_code)
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("账号"), self.name)
        form.addRow(self.tr("密码（新建或设置新密码时）"), self.password)
        form.addRow(self.tr("角色"), role_row)
        self.idle = QSpinBox()
        self.idle.setRange(0, 240)
        self.idle.setSuffix(self.tr(" 分钟"))
        self.idle.setValue(accounts.idle_minutes(ctx.uow()))
        self._idle_saved = self.idle.value()
        self.idle_button = QPushButton(self.tr("保存"))
        self.idle_button.clicked.connect(self.save_idle)
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle)
        idle_row.addWidget(self.idle_button)
        idle_row.addStretch(1)
        idle_box = QGroupBox(self.tr("无人操作多久后锁定窗口（0 为不锁定）"))
        idle_box.setLayout(idle_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(idle_box)
        # the services refuse every change here to an account that is not an administrator (its
        # own password it changes in 文件 → 修改密码): greyed out beforehand, the role named
        for button in (self.add_button, self.save_button, self.password_button, self.recovery_button,
                       self.idle_button):
            allow(ctx, button, Role.ADMIN)
        self.refresh()

    def refresh(self) -> None:
        self.accounts = accounts.list_accounts(self.ctx.uow())
        self.table.setRowCount(len(self.accounts))
        for row, a in enumerate(self.accounts):
            roles = "、".join(label("role", r.value) for r in Role if r in a.roles)
            for col, text in enumerate((a.name, roles, self._state(a))):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _state(self, a: accounts.AccountInfo) -> str:
        """启用, 停用, or 锁定至 HH:MM (local time) while wrong passwords keep it locked."""
        if not a.active:
            return self.tr("停用")
        if a.locked_until is not None and a.locked_until > dt.datetime.now(dt.timezone.utc).replace(tzinfo=None):  # stored in UTC
            until = a.locked_until.replace(tzinfo=dt.timezone.utc).astimezone()
            return self.tr("锁定至 {0}（多次输错密码）").format(until.strftime("%H:%M"))
        return self.tr("启用")

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        a = self.accounts[rows[0].row()]
        self.name.setText(a.name)
        filled(self.name)  # the chosen account's name is no typing to lose
        for r, box in self.roles.items():
            box.setChecked(r in a.roles)
        self.active.setChecked(a.active)
        self._shown = self._ticked()

    def _chosen(self) -> set[Role]:
        return {r for r, box in self.roles.items() if box.isChecked()}

    def _ticked(self) -> tuple[frozenset[Role], bool]:
        return frozenset(self._chosen()), self.active.isChecked()

    def choices_changed(self) -> bool:
        """Roles, 启用 or the idle minutes set other than the saved ones (the settings ask)."""
        return self._ticked() != self._shown or self.idle.value() != self._idle_saved

    def _run(self, call) -> bool:
        try:
            call()
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), "\n".join(problem_text(p) for p in exc.problems))
            return False
        self.refresh()
        filled(self.name)  # saved
        return True

    def add(self) -> None:
        if self._run(lambda: accounts.create_account(self.ctx.uow(), self.name.text(), self.password.text(),
                                                     self._chosen(), active=self.active.isChecked())):
            self.password.clear()
            self._shown = self._ticked()

    def save_roles(self) -> None:
        if self._run(lambda: accounts.set_roles(self.ctx.uow(), self.name.text(), self._chosen(),
                                                active=self.active.isChecked())):
            self._shown = self._ticked()

    def reset_password(self) -> None:
        name = self.name.text().strip()
        if self._run(lambda: accounts.set_password(self.ctx.uow(), name, self.password.text())):
            self.password.clear()
            QMessageBox.information(self, self.tr("设置新密码"), self.tr("已为账号“{0}”设置新密码。").format(name))

    def new_recovery_code(self) -> None:
        from dibao_desk.ui.recovery_code import show_recovery_code

        if accounts.has_recovery_code(self.ctx.uow()) and QMessageBox.question(
                self, self.tr("生成新的恢复码"), self.tr("生成新的恢复码后，原来抄下的恢复码就不能再用了。继续吗？")) \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            code = accounts.make_recovery_code(self.ctx.uow())
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), "\n".join(problem_text(p) for p in exc.problems))
            return
        show_recovery_code(self, code)

    def save_idle(self) -> None:
        if self._run(lambda: accounts.set_idle_minutes(self.ctx.uow(), self.idle.value())):
            self._idle_saved = self.idle.value()
            window = self.window().parent() if self.window() else None
            if window is not None and hasattr(window, "idle_minutes"):
                window.idle_minutes = self.idle.value()
