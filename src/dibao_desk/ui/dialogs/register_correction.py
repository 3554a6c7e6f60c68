"""Correcting or removing a registration (诚信档案, 近亲属备案, 举报): the fields to correct,
pre-filled, and the reason, which the audit keeps. Nothing is written until the service
accepts; its problems show in the dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dibao_desk.domain.problems import RuleError
from dibao_desk.ui.texts import problem_text
from dibao_desk.ui.unsaved import AsksBeforeDiscarding


class CorrectionDialog(AsksBeforeDiscarding, QDialog):
    """``save(reason)`` does the work (a service call); a RuleError keeps the dialog open."""

    def __init__(self, title: str, what: str, save: Callable[[str], object], parent: QWidget | None = None,
                 button: str | None = None):
        super().__init__(parent)
        self._save = save
        self.result_value: object = None
        self.setWindowTitle(title)
        intro = QLabel(what)
        intro.setWordWrap(True)
        self.form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("必填：为什么更正或删除（记入操作日志）"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00")
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(button or self.tr("保存更正"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        reason_form = QFormLayout()
        reason_form.addRow(self.tr("原因"), self.reason)
        layout.addLayout(reason_form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 200)

    def add_row(self, label: str, widget: QWidget) -> QWidget:
        self.form.addRow(label, widget)
        return widget

    def save(self) -> None:
        try:
            self.result_value = self._save(self.reason.text())
        except RuleError as exc:
            self.message.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self.accept()
