"""Payment rosters (造册): the list of rosters and one roster's lines.

A roster holds one line per household and run of months (about as many lines as receiving
households, 40,000 at most); the model holds the rows of one service call and formats a
cell only when the view asks for it. Columns are data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.tablemodels.reviews import CENTER, LEFT, RIGHT, Column, RowsModel
from dibao_desk.ui.texts import label


def _kind(r) -> str:
    word = label("payroll_kind", r.kind.value)
    return f"{word}（{r.name}）" if r.name else word


ROSTER_COLUMNS = [
    Column("period", QT_TRANSLATE_NOOP("payroll", "期间"), CENTER, lambda r: r.period, 70),
    Column("kind", QT_TRANSLATE_NOOP("payroll", "类型"), LEFT, _kind, 120),
    Column("status", QT_TRANSLATE_NOOP("payroll", "状态"), CENTER, lambda r: label("payroll_status", r.status.value), 110),
    Column("households", QT_TRANSLATE_NOOP("payroll", "户数"), RIGHT, lambda r: f"{r.households:,}", 60),
    Column("persons", QT_TRANSLATE_NOOP("payroll", "人数"), RIGHT, lambda r: f"{r.persons:,}", 60),
    Column("total", QT_TRANSLATE_NOOP("payroll", "金额（元）"), RIGHT, lambda r: fen_to_yuan(r.total_fen), 100),
    Column("zero", QT_TRANSLATE_NOOP("payroll", "另列不发放"), RIGHT, lambda r: f"{r.zero_households:,}" if r.zero_households else "", 70),
    Column("made", QT_TRANSLATE_NOOP("payroll", "造册"), LEFT, lambda r: f"{r.made_by} {r.made_on.isoformat()}", 140),
    Column("reviewed", QT_TRANSLATE_NOOP("payroll", "审核"), LEFT,
           lambda r: f"{r.reviewed_by} {r.reviewed_on.isoformat()}" if r.reviewed_on else "", 140),
]

LINE_COLUMNS = [
    Column("position", QT_TRANSLATE_NOOP("payroll", "序号"), RIGHT, lambda x: str(x.position), 50),
    Column("village", QT_TRANSLATE_NOOP("payroll", "村（社区）"), LEFT, lambda x: x.village, 80),
    Column("name", QT_TRANSLATE_NOOP("payroll", "收款人"), LEFT, lambda x: x.account_name, 65),
    Column("id_number", QT_TRANSLATE_NOOP("payroll", "身份证号"), LEFT, lambda x: x.id_number, 150),
    Column("account", QT_TRANSLATE_NOOP("payroll", "银行账号"), LEFT, lambda x: x.account or QCoreApplication.translate("payroll", "（无账号）"), 165),
    Column("bank", QT_TRANSLATE_NOOP("payroll", "开户银行"), LEFT, lambda x: x.bank_name, 120),
    Column("kind", QT_TRANSLATE_NOOP("payroll", "类型"), CENTER, lambda x: label("payroll_line_kind", x.line_kind.value), 60),
    Column("persons", QT_TRANSLATE_NOOP("payroll", "人数"), RIGHT, lambda x: str(x.persons), 40),
    Column("months", QT_TRANSLATE_NOOP("payroll", "月数"), RIGHT, lambda x: str(x.months), 40),
    Column("benefit", QT_TRANSLATE_NOOP("payroll", "补差（元/月）"), RIGHT,
           lambda x: fen_to_yuan(x.benefit_fen) if x.line_kind.value == "regular" else "", 90),
    Column("supplement", QT_TRANSLATE_NOOP("payroll", "施保加发（元/月）"), RIGHT,
           lambda x: fen_to_yuan(x.supplement_fen) if x.line_kind.value == "regular" else "", 100),
    Column("total", QT_TRANSLATE_NOOP("payroll", "金额（元）"), RIGHT, lambda x: fen_to_yuan(x.total_fen), 90),
    Column("bank_status", QT_TRANSLATE_NOOP("payroll", "银行回盘"), CENTER,
           lambda x: label("bank_status", x.bank_status) if x.bank_status else "", 70),
    Column("reason", QT_TRANSLATE_NOOP("payroll", "说明"), LEFT, lambda x: (QCoreApplication.translate("payroll", "【不发放】") if x.zero else "") + x.reason, 320),
]


class PayrollModel(RowsModel):
    """Rows of services.payroll records; a line listed apart (0 元) or failed at the bank is grey or red."""

    context = "payroll"  # where the column headers are looked up

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            row = self.row_at(index.row())
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.row_at(index.row())
            if getattr(row, "zero", False):
                return QBrush(QColor(120, 120, 120))
            if getattr(row, "bank_status", "") == "failed":
                return QBrush(QColor(180, 30, 30))
            return None
        return super().data(index, role)


class RostersModel(PayrollModel):
    def __init__(self, parent=None):
        super().__init__(ROSTER_COLUMNS, parent)


class LinesModel(PayrollModel):
    def __init__(self, parent=None):
        super().__init__(LINE_COLUMNS, parent)
