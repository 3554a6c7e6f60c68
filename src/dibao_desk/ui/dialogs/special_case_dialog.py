"""特殊情况批准: the approving body's collective decision on a special case (seed 001: 重病、
支出大于收入, "经过审批机关集体讨论作出批准决定") — kind, date, participants, minutes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
)

from dibao_desk.domain import procedure as rules
from dibao_desk.ui.texts import label, problem_text
from dibao_desk.ui.unsaved import AsksBeforeDiscarding


class SpecialCaseDialog(AsksBeforeDiscarding, QDialog):
    """Asks for a collective decision; ``decision`` holds it once it passes the rules."""

    def __init__(self, decided_on: dt.date, parent=None, count: int = 1):
        super().__init__(parent)
        self.decided_on = decided_on
        self.decision: rules.CollectiveDecision | None = None
        self.setWindowTitle(self.tr("按特殊情况批准（集体讨论）"))
        self.kind = QComboBox()
        for code in rules.SPECIAL_CASE_KINDS:
            self.kind.addItem(label("special_case", code), code)
        self.on = QDateEdit(QDate(decided_on.year, decided_on.month, decided_on.day))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("参加集体讨论的人员，用顿号分开"))
        self.minutes = QPlainTextEdit()
        self.minutes.setFixedHeight(64)
        self.minutes.setPlaceholderText(self.tr("讨论纪要或批准理由"))
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("特殊情况"), self.kind)
        form.addRow(self.tr("讨论日期"), self.on)
        form.addRow(self.tr("参加人员"), self.participants)
        form.addRow(self.tr("纪要 / 理由"), self.minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("批准所选 {0} 件").format(count))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def submit(self) -> None:
        q = self.on.date()
        d = rules.CollectiveDecision(self.kind.currentData() or "", dt.date(q.year(), q.month(), q.day()),
                                     self.participants.text().strip(), self.minutes.toPlainText().strip())
        problems = rules.check_collective_decision(d, self.decided_on)
        if problems:
            self.errors.setText("\n".join(problem_text(p) for p in problems))
            return
        self.decision = d
        self.accept()
