"""Proposals to change the money: one row per proposal with what it waits for.

Open proposals are at most a few hundred, so the model holds the rows of one service
call. Columns are data.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.domain.ledger import ProposalStatus
from dibao_desk.services import proposals
from dibao_desk.ui.tablemodels.base import CENTER, LEFT, RIGHT, Column, RowsTableModel, money
from dibao_desk.ui.tablemodels.cases import waiting_text
from dibao_desk.ui.texts import label


def _who(r: proposals.ProposalRow) -> str:
    if r.household_id is None:
        return QCoreApplication.translate("proposals", "{0} 户").format(f"{r.households:,}")
    return r.head_name


def _state(r: proposals.ProposalRow) -> str:
    return waiting_text(r.waiting) if r.status == ProposalStatus.OPEN else label("proposal_status", r.status)


# Headers are translated where shown (headerData): a translation installed after import still applies.
COLUMNS = [
    Column("id", QT_TRANSLATE_NOOP("proposals", "编号"), lambda r: str(r.id), RIGHT, 45),
    Column("kind", QT_TRANSLATE_NOOP("proposals", "类别"), lambda r: label("proposal_kind", r.kind), LEFT, 110),
    Column("village", QT_TRANSLATE_NOOP("proposals", "村（社区）"), lambda r: r.village or "—", LEFT, 90),
    Column("who", QT_TRANSLATE_NOOP("proposals", "户主 / 户数"), _who, LEFT, 80),
    Column("month", QT_TRANSLATE_NOOP("proposals", "执行月份"),
           lambda r: f"{r.effective_month:%Y-%m}", CENTER, 70),
    Column("before", QT_TRANSLATE_NOOP("proposals", "原月保障金"), lambda r: r.before_fen, RIGHT, 90, money),
    Column("after", QT_TRANSLATE_NOOP("proposals", "建议月保障金"), lambda r: r.after_fen, RIGHT, 90, money),
    Column("waiting", QT_TRANSLATE_NOOP("proposals", "等待事项"), _state, LEFT, 200),
]


class ProposalsTableModel(RowsTableModel):
    context = "proposals"
    header_alignment = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
