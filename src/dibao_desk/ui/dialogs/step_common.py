"""What every step form of the procedure shares (not a dialog itself).

A step form shows the case it is for, asks for the date, the person responsible
and notes plus the step's own fields, and on OK makes one service call. When the
service refuses (a rule is broken) the reasons are shown in the form in Chinese
and nothing is written; the form stays open so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout, QWidget,
)

from dibao_desk.domain.money import fen_to_yuan, yuan_to_fen
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import DayDefaults
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.texts import label, problem_text
from dibao_desk.ui.unsaved import TypedText


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def date_edit(day: dt.date, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def step_word(text: str) -> str:
    """A word of the step forms, translated in their shared context "StepDialog" (the forms'
    ``date_label``, ``person_label`` and ``ok_text`` are marked with QT_TRANSLATE_NOOP in it)."""
    return QCoreApplication.translate("StepDialog", text)


def money_text(fen: int) -> str:
    return fen_to_yuan(fen) if fen else ""


class StepDialog(QDialog):
    """Base of the step forms: header, date, person, notes, error line, OK / Cancel."""

    date_label = QT_TRANSLATE_NOOP("StepDialog", "日期")
    person_label = QT_TRANSLATE_NOOP("StepDialog", "负责人")
    ok_text = QT_TRANSLATE_NOOP("StepDialog", "登记")

    def __init__(self, ctx: AppContext, case_id: int | None, today: dt.date, parent: QWidget | None = None,
                 *, title: str, household_text: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.today = today
        self.result_detail: Any = None
        self._focus_placed = False
        self._typed = TypedText()  # Esc on typed words asks first
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.header = QLabel(household_text)
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-weight: bold; padding-bottom: 4px;")
        self.form = QFormLayout()
        self.on = date_edit(today)
        self.person = QLineEdit(ctx.operator)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b00020;")
        self.errors.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(step_word(self.ok_text))
        # Enter in the notes starts a new line: Ctrl+S records the step from anywhere in the form
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            QCoreApplication.translate("StepDialog", "快捷键 Ctrl+S"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("StepDialog", "取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.form)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        # left open past midnight: the dates still on today move on, a date typed stays
        self.day_defaults = DayDefaults(self, self.new_day)
        self.day_defaults.add(self.on)

    def new_day(self, day: dt.date) -> None:
        """The day changed while the form is open (its untouched dates move next)."""
        self.today = day

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._focus_placed:
            self._focus_placed = True
            self._typed.note(self)
            self.focus_first_field()
        super().showEvent(event)

    def reject(self) -> None:
        """Esc, 取消 or the close button: words typed into the form are thrown away only when
        the person says so."""
        if self._typed.confirm_discard(self):
            super().reject()

    def focus_first_field(self) -> None:
        """The form opens with the focus on its first field, OK the default (Enter). The button
        box is parented here, before a form adds its fields, so it came first in the focus
        chain: the form opened with the focus on OK (批准待遇, 不予通过…), and an Enter or a
        space typed first recorded the step as it stood."""
        ok, cancel = self.ok_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        ok.setDefault(True)
        w = self.nextInFocusChain()
        for _ in range(500):
            if w is self or w is None:
                return
            if (w not in (ok, cancel) and w.isVisibleTo(self) and w.isEnabled() and self.isAncestorOf(w)
                    and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
                w.setFocus(Qt.FocusReason.TabFocusReason)
                return
            w = w.nextInFocusChain()

    # --- for subclasses -------------------------------------------------------

    @property
    def case(self) -> int:
        """The case whose step this form records (only a batch form has none, and never asks)."""
        assert self.case_id is not None
        return self.case_id

    def add_common_fields(self, notes_label: str | None = None) -> None:
        """Date, person and notes; ``notes_label`` is already translated."""
        self.form.addRow(step_word(self.date_label), self.on)
        self.form.addRow(step_word(self.person_label), self.person)
        self.form.addRow(notes_label or QCoreApplication.translate("StepDialog", "备注"), self.notes)

    def common_data(self) -> dict:
        return {"on": from_qdate(self.on.date()), "person": self.person.text().strip(),
                "notes": self.notes.toPlainText().strip()}

    def save(self) -> Any:  # pragma: no cover - every form overrides it
        raise NotImplementedError

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # --- the one service call --------------------------------------------------
    def submit(self) -> None:
        self.errors.hide()
        try:
            self.result_detail = self.save()
        except RuleError as exc:
            self.show_problems(exc.problems)
            return
        except ValueError as exc:  # a number that is not a number
            self.show_problems([Problem("amount.invalid", "", {"value": str(exc)})])
            return
        self.accept()

    def show_problems(self, problems: list[Problem]) -> None:
        self.errors.setText("\n".join(problem_text(p) for p in problems))
        self.errors.show()


def explanation_box(text: str, parent: QWidget | None = None) -> QPlainTextEdit:
    """The benefit's explanation, read-only and scrollable, so a long one never crowds the form."""
    box = QPlainTextEdit(parent)
    box.setPlainText(text)
    box.setReadOnly(True)
    box.setFixedHeight(110)
    box.setStyleSheet("color: #444;")
    return box


def parse_yuan(text: str) -> int:
    """The amount typed (blank is 0). A ValueError carries what was typed, for the message."""
    text = text.strip()
    if not text:
        return 0
    try:
        return yuan_to_fen(text)
    except ValueError:
        raise ValueError(text) from None  # "元" alone: named as typed, not as yuan_to_fen's "empty"


def amount_reason_rows(dialog: Any, ctx: AppContext, household_id: int, month: dt.date) -> QLineEdit:
    """The computed amount beside the entered one (``dialog.computed_amount``, its row shown
    when the month has a standard), and the reason a different amount needs."""
    computed = QLabel()
    computed.setObjectName("computed_amount")
    dialog.form.addRow(QCoreApplication.translate("StepDialog", "按标准计算"), computed)
    dialog.computed_amount = computed
    show_computed(dialog, ctx, household_id, month)
    reason = QLineEdit()
    reason.setPlaceholderText(QCoreApplication.translate("StepDialog", "金额与计算结果不同时必填，将注明在审批表和报县数据中"))
    dialog.form.addRow(QCoreApplication.translate("StepDialog", "金额不同的理由"), reason)
    return reason


def show_computed(dialog: Any, ctx: AppContext, household_id: int, month: dt.date) -> int | None:
    """Show in ``dialog.computed_amount`` the amount computed for ``month`` (the standard in
    force that month); its row is hidden when there is none. Returns it (fen) or None."""
    from dibao_desk.services import benefit

    check = benefit.amount_check(ctx.uow(), household_id, month)
    shown = check.computed_fen is not None and check.ceiling_fen is not None  # both or neither
    if shown:
        assert check.computed_fen is not None and check.ceiling_fen is not None
        dialog.computed_amount.setText(QCoreApplication.translate(
            "StepDialog", "{0} 元（上限 {1} 元：保障标准×保障人数＋加发）").format(
            money_text(check.computed_fen), money_text(check.ceiling_fen)))
    dialog.form.setRowVisible(dialog.computed_amount, shown)
    return check.computed_fen if shown else None


def household_line(detail: procedure.CaseDetail | None) -> str:
    if detail is None:
        return ""
    return QCoreApplication.translate("StepDialog", "{village}　户主 {head}　{kind}　案件编号 {id}").format(
        village=detail.village, head=detail.head_name, kind=label("case_kind", detail.info.kind),
        id=detail.info.id)


__all__ = ["StepDialog", "date_edit", "explanation_box", "from_qdate", "household_line", "money_text", "parse_yuan",
           "show_computed", "step_word", "to_qdate",
           "Qt"]
