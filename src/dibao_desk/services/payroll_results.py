"""Payment rosters (造册): what the services return (see ``services/payroll.py``, the front)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dibao_desk.domain.payroll import LOCKED_STATUSES, LineKind, PayrollKind, PayrollStatus
from dibao_desk.domain.problems import Problem


# ---- what services return ------------------------------------------------------------------

@dataclass(frozen=True)
class SourceTotal:
    """资金来源: one level's share and the money it pays (fen, allocated so sources add up)."""

    source: str  # domain.policy.FUND_SOURCES
    share_bp: int
    households: int
    persons: int
    benefit_fen: int
    supplement_fen: int
    adjustment_fen: int  # 补发 + 追回 + 专项补贴
    total_fen: int


@dataclass(frozen=True)
class GroupTotal:
    key: str  # a village name, a class code, urban | rural
    households: int = 0
    persons: int = 0
    benefit_fen: int = 0
    supplement_fen: int = 0
    adjustment_fen: int = 0
    total_fen: int = 0


@dataclass(frozen=True)
class FailedTransfer:
    """A line of a signed roster the bank returned failed, not re-sent on a signed roster yet,
    whose household's account is the one it failed on (a frozen account since unfrozen, an
    error on the bank's side): re-sent by a 补发 roster only when the office says so."""

    line_id: int
    household_id: int
    name: str
    account: str
    period: str
    position: int
    total_fen: int
    bank_reason: str


@dataclass(frozen=True)
class PayrollInfo:
    id: int
    period: str
    first_month: dt.date
    last_month: dt.date
    kind: PayrollKind
    name: str
    status: PayrollStatus
    made_on: dt.date
    made_by: str
    reviewed_on: dt.date | None
    reviewed_by: str
    reported_on: dt.date | None
    households: int
    persons: int
    total_fen: int
    benefit_fen: int
    supplement_fen: int
    back_pay_fen: int
    recovery_fen: int
    subsidy_total_fen: int
    lines_count: int
    zero_households: int
    shares_bp: dict[str, int] = field(default_factory=dict)
    subsidy_basis: str = ""
    subsidy_fen: int = 0
    # what signing found worth saying without refusing (accounts the bank file will leave out)
    warnings: tuple[Problem, ...] = ()
    # a regular draft signed rosters of other periods now pay months of (a quarter drafted before
    # its first month was signed by its own roster): why it can never be signed (payroll.overlap*)
    blocked: Problem | None = None

    @property
    def locked(self) -> bool:
        return self.status in LOCKED_STATUSES


@dataclass(frozen=True)
class PayrollLineInfo:
    id: int
    position: int
    household_id: int
    account_name: str
    id_number: str
    account: str
    bank_name: str
    bank_code: str
    village: str
    category: str
    hukou_type: str
    persons: int
    months: int
    first_month: dt.date | None
    last_month: dt.date | None
    benefit_fen: int  # per month, 补差 part
    supplement_fen: int  # per month, 分类施保/加发 part
    line_kind: LineKind
    total_fen: int
    reason: str
    zero: bool
    bank_status: str
    bank_reason: str
    bank_answered_on: dt.date | None
    carried_from_line_id: int | None
    ledger_adjustment_id: int | None
    recovery_id: int | None
    head_name: str = ""  # the head's name when made: a line paid to a member (开户人) says whose household

    @property
    def holder_not_head(self) -> bool:
        """Whether the line pays a member in whose name the account is opened, not the head."""
        return bool(self.head_name) and self.head_name != self.account_name


@dataclass(frozen=True)
class PayrollSummary:
    """Totals of a roster's paid lines: per village, per class, urban and rural apart, by source."""

    roster: PayrollInfo
    by_village: tuple[GroupTotal, ...]
    by_category: tuple[GroupTotal, ...]
    by_hukou: tuple[GroupTotal, ...]
    total: GroupTotal
    by_source: tuple[SourceTotal, ...]
    zero_lines: int
    no_account: int  # paid lines without an account


@dataclass(frozen=True)
class PeriodRosters:
    """This month or this quarter (the cycle setting's period) and the regular rosters that pay
    it. Usually the period's own roster; after a change of cycle in the middle of a quarter
    (January paid by its own roster, then quarters), signed rosters of other periods already pay
    some of its months and the quarter cannot be made: its other months are paid by their own
    rosters (``payroll_read.periods_for``)."""

    period: str  # 2027Q1 or 2027-02: this period as the cycle says
    paid: tuple[dt.date, ...]  # its months signed regular rosters of other periods pay
    paid_by: tuple[str, ...]  # those rosters' periods
    rosters: tuple[tuple[str, PayrollStatus | None], ...]  # the rosters paying its other months that
    # can be made today (``domain.payroll.period_problem``), not signed yet, each with the status of
    # the one made (None: not made); months before the office's first regular roster are none of
    # its concern (as for ``payroll_read.unpaid_months``)
    later: tuple[str, ...]  # those that cannot be made yet (a month after next)
    proposed: str  # the roster to make next: the first of ``rosters`` not signed, else the one
    # paying today's month (signed)

    @property
    def to_make(self) -> tuple[str, ...]:
        return tuple(p for p, s in self.rosters if s is None)

    @property
    def drafts(self) -> tuple[str, ...]:
        return tuple(p for p, s in self.rosters if s is PayrollStatus.DRAFT)
