"""The cases in the procedure: one row per case with the step it is at and what it waits for.

Open cases are at most a few thousand in a county, so the model holds the rows of
one service call (filtered and ordered in SQL). Columns are data.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk import messages
from dibao_desk.domain.procedure import CaseStatus
from dibao_desk.messages.procedure import waiting_params
from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.services.today import case_waits_for
from dibao_desk.ui.tablemodels.base import CENTER, LEFT, RIGHT, Column, RowsTableModel
from dibao_desk.ui.texts import label


def waiting_text(w: Any) -> str:
    """The words for what a case waits for ("一榜公示至 11月29日", "待县局审批")."""
    template = messages.TEMPLATES.get(w.code)
    if template is None:
        return w.code
    try:
        return QCoreApplication.translate("messages", template).format(**waiting_params(w.code, w.params))
    except (KeyError, IndexError):
        return template


def step_text(row: procedure.CaseRow) -> str:
    if not row.next_step:
        return label("case_status", row.status)
    return f"{row.next_step} {label('step', row.next_step)}"


# Cases whose next move is the operator's (not waiting for the calendar or the county).
ACTIONABLE = {"record", "start_notice", "close_notice", "objections"}

OBJECTIONS = QColor("#b00020")
ACTION = QColor("#0d47a1")
WAITING = QColor("#555555")


def waiting_colour(row: procedure.CaseRow) -> QColor:
    """Red for objections to hear, blue for the operator's move, grey for waiting on the calendar."""
    if row.waiting.action == "objections":
        return OBJECTIONS
    return ACTION if row.waiting.action in ACTIONABLE else WAITING


COLUMNS = [
    Column("id", QT_TRANSLATE_NOOP("cases", "编号"), lambda r: str(r.id), RIGHT, 50),
    Column("kind", QT_TRANSLATE_NOOP("cases", "类别"), lambda r: label("case_kind", r.kind), CENTER, 50),
    Column("village", QT_TRANSLATE_NOOP("cases", "村（社区）"), lambda r: r.village, LEFT, 90),
    Column("head_name", QT_TRANSLATE_NOOP("cases", "户主"), lambda r: r.head_name, LEFT, 70),
    Column("opened_on", QT_TRANSLATE_NOOP("cases", "受理日期"),
           lambda r: f"{r.opened_on:%Y-%m-%d}", CENTER, 90),
    Column("step", QT_TRANSLATE_NOOP("cases", "当前步骤"), step_text, LEFT, 110),
    Column("waiting", QT_TRANSLATE_NOOP("cases", "等待事项"), lambda r: waiting_text(r.waiting), LEFT, 200,
           foreground=waiting_colour),
    Column("special_case", QT_TRANSLATE_NOOP("cases", "特殊情况"),
           lambda r: "★" + label("special_case", r.special_case) if r.special_case else "", LEFT, 90),
    Column("filed", QT_TRANSLATE_NOOP("cases", "备案"), lambda r: label("filed_mark", r.filed), CENTER, 50),
]


class CasesTableModel(RowsTableModel):
    context = "cases"
    header_alignment = True

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self.ctx = ctx
        self.step: int | None = None
        self.kind: str | None = None
        self.status: str | None = CaseStatus.OPEN
        self.waiting: str | None = None  # a start page item (services.today.CASE_ITEMS): only its cases
        self.today: dt.date = dt.date.today()

    def set_filter(self, step: int | None = None, kind: str | None = None, status: str | None = CaseStatus.OPEN) -> None:
        self.step, self.kind, self.status = step, kind, status
        self.reload()

    def reload(self, today: dt.date | None = None) -> None:
        if today is not None:
            self.today = today
        rows = procedure.list_cases(self.ctx.uow(), step=self.step, kind=self.kind, status=self.status,
                                    today=self.today)
        if self.waiting is not None:
            rows = [r for r in rows if case_waits_for(self.waiting, r, self.today)]
        self.set_rows(rows)

    def case_id(self, row: int) -> int | None:
        return self.row_key(row)

    def row_of(self, case_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r.id == case_id:
                return i
        return -1
