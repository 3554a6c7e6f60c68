"""Payment rosters (造册) from the benefit ledger: making, sign-off, lock, totals.

A roster is made for a period (a month or a quarter, the office's setting) and kind:

- the regular roster (常规): every household the ledger pays in the period, one line per run
  of equal months (a change dated inside a quarter gives two lines), and the ledger's
  补发/追回 booked in the period as their own lines;
- a 补发 roster: ledger back pay not yet on a signed roster, and failed lines of signed
  rosters whose account has been corrected since (``carried_from_line_id``), and, when the
  office asks, those whose account is unchanged (``unchanged_failed``);
- a 专项补贴 roster: a named subsidy for chosen households, per household or per person.

Households at 0 元 (and 停发) are listed apart (``zero``) with the reason and are not paid. A
draft is replaced when it is made again; a signed roster (已审核 / 已报县) is locked. Signing a
regular roster marks its months paid in the ledger, so a later decision reaching back into
them becomes a 补发/追回 of the next roster.

This module is the front: callers import from here. The work is done in ``payroll_results``
(what the services return), ``payroll_read`` (the period setting, rosters, lines, totals, the
printed roster), ``payroll_make`` (making a roster) and ``payroll_sign`` (sign-off, the report
to the county, the ledger's totals).
"""

from __future__ import annotations

from dibao_desk.domain.payroll import BankStatus
from dibao_desk.services.payroll_make import make, subsidy_rule, unchanged_failed
from dibao_desk.services.payroll_read import (
    by_source, cycle_note, cycle_period, default_period, find, lines, months_words, paid_by_others, parse_period,
    period_rosters, period_unit, print_roster, rosters, set_period_unit, show, summary, unpaid,
)
from dibao_desk.services.payroll_results import (
    FailedTransfer, GroupTotal, PayrollInfo, PayrollLineInfo, PayrollSummary, PeriodRosters, SourceTotal,
)
from dibao_desk.services.payroll_sign import ledger_totals, report, sign, signed_regular

__all__ = [
    "BankStatus", "FailedTransfer", "GroupTotal", "PayrollInfo", "PayrollLineInfo", "PayrollSummary", "PeriodRosters",
    "SourceTotal", "by_source", "cycle_note", "cycle_period", "default_period", "find", "ledger_totals", "lines", "make",
    "months_words", "paid_by_others", "parse_period", "period_rosters", "period_unit", "print_roster", "report",
    "rosters", "set_period_unit", "show", "sign", "signed_regular", "subsidy_rule", "summary", "unchanged_failed",
    "unpaid",
]
