"""Payment rosters (造册): the list of rosters and one roster's lines.

A roster holds one line per household and run of months (about as many lines as receiving
households, 40,000 at most); the model holds the rows of one service call and formats a
cell only when the view asks for it. Columns are data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.payroll import BankStatus
from dibao_desk.ui.tablemodels.base import CENTER, LEFT, RIGHT, Column, RowsTableModel, count, money, tip_when_cut
from dibao_desk.ui.texts import label, problem_text

ZERO = QColor(120, 120, 120)
FAILED = QColor(180, 30, 30)


def _kind(r: Any) -> str:
    word = label("payroll_kind", r.kind.value)
    return f"{word}（{r.name}）" if r.name else word


def _status(r: Any) -> str:
    """草稿, 已审核, 已报县; a draft signed rosters of other periods now pay months of: 无法审核."""
    if r.blocked is not None:
        return QCoreApplication.translate("payroll", "草稿（无法审核）")
    return label("payroll_status", r.status.value)


def _payee(x: Any) -> str:
    """收款人: the account holder (开户人), and whose household when a member holds the account."""
    if not x.holder_not_head:
        return x.account_name
    return QCoreApplication.translate("payroll", "{0}（户主 {1}）").format(x.account_name, x.head_name)


ROSTER_COLUMNS = [
    Column("period", QT_TRANSLATE_NOOP("payroll", "期间"), lambda r: r.period, CENTER, 70),
    Column("kind", QT_TRANSLATE_NOOP("payroll", "类型"), _kind, LEFT, 120),
    Column("status", QT_TRANSLATE_NOOP("payroll", "状态"), _status, CENTER, 130,
           tooltip=lambda r: problem_text(r.blocked) if r.blocked is not None else None),
    Column("households", QT_TRANSLATE_NOOP("payroll", "户数"), lambda r: r.households, RIGHT, 60, count),
    Column("persons", QT_TRANSLATE_NOOP("payroll", "人数"), lambda r: r.persons, RIGHT, 60, count),
    Column("total", QT_TRANSLATE_NOOP("payroll", "金额（元）"), lambda r: r.total_fen, RIGHT, 100, money),
    Column("zero", QT_TRANSLATE_NOOP("payroll", "另列不发放"), lambda r: f"{r.zero_households:,}" if r.zero_households else "", RIGHT, 70),
    Column("made", QT_TRANSLATE_NOOP("payroll", "造册"), lambda r: f"{r.made_by} {r.made_on.isoformat()}", LEFT, 140),
    Column("reviewed", QT_TRANSLATE_NOOP("payroll", "审核"),
           lambda r: f"{r.reviewed_by} {r.reviewed_on.isoformat()}" if r.reviewed_on else "", LEFT, 140),
]

def _account(x: Any) -> str:
    return x.account or QCoreApplication.translate("payroll", "（无账号）")


def _reason(x: Any) -> str:
    return (QCoreApplication.translate("payroll", "【不发放】") if x.zero else "") + x.reason


def _cut(key: str, header: str, text_of: Any, width: int) -> Column:
    """A left-aligned text column whose cells it cuts show their whole text as a tooltip."""
    return Column(key, header, text_of, LEFT, width, tooltip=tip_when_cut(text_of, width))


# Sized to show every column at 1366×768 without scrolling sideways: 说明, the last, takes
# the width left (REASON_WIDTH at least, room kept for the vertical scroll bar of a long
# roster); a cut village, payee, bank or 说明 tips its text.
REASON_WIDTH = 160

LINE_COLUMNS = [
    Column("position", QT_TRANSLATE_NOOP("payroll", "序号"), lambda x: str(x.position), RIGHT, 50),
    _cut("village", QT_TRANSLATE_NOOP("payroll", "村（社区）"), lambda x: x.village, 80),
    _cut("name", QT_TRANSLATE_NOOP("payroll", "收款人"), _payee, 65),
    Column("id_number", QT_TRANSLATE_NOOP("payroll", "身份证号"), lambda x: x.id_number, LEFT, 150),
    _cut("account", QT_TRANSLATE_NOOP("payroll", "银行账号"), _account, 165),
    _cut("bank", QT_TRANSLATE_NOOP("payroll", "开户银行"), lambda x: x.bank_name, 120),
    Column("kind", QT_TRANSLATE_NOOP("payroll", "类型"), lambda x: label("payroll_line_kind", x.line_kind.value), CENTER, 60),
    Column("persons", QT_TRANSLATE_NOOP("payroll", "人数"), lambda x: str(x.persons), RIGHT, 40),
    Column("months", QT_TRANSLATE_NOOP("payroll", "月数"), lambda x: str(x.months), RIGHT, 40),
    Column("benefit", QT_TRANSLATE_NOOP("payroll", "补差（元/月）"),
           lambda x: fen_to_yuan(x.benefit_fen) if x.line_kind.value == "regular" else "", RIGHT, 90),
    Column("supplement", QT_TRANSLATE_NOOP("payroll", "施保加发（元/月）"),
           lambda x: fen_to_yuan(x.supplement_fen) if x.line_kind.value == "regular" else "", RIGHT, 100),
    Column("total", QT_TRANSLATE_NOOP("payroll", "金额（元）"), lambda x: x.total_fen, RIGHT, 90, money),
    Column("bank_status", QT_TRANSLATE_NOOP("payroll", "银行回盘"),
           lambda x: label("bank_status", x.bank_status) if x.bank_status else "", CENTER, 70),
    _cut("reason", QT_TRANSLATE_NOOP("payroll", "说明"), _reason, REASON_WIDTH),
]


class PayrollModel(RowsTableModel):
    """Rows of services.payroll records; a line listed apart (0 元) or failed at the bank is grey or red."""

    context = "payroll"  # where the column headers are looked up

    def row_foreground(self, item: Any) -> QColor | None:
        if getattr(item, "zero", False) or getattr(item, "blocked", None) is not None:
            return ZERO
        if getattr(item, "bank_status", "") == BankStatus.FAILED:
            return FAILED
        return None


class RostersModel(PayrollModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ROSTER_COLUMNS, parent)


class LinesModel(PayrollModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(LINE_COLUMNS, parent)
