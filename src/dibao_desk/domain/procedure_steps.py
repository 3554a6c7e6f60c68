"""What each step of a case records beyond its date, person and notes: one frozen dataclass
per step, parsed once from what the store keeps.

The store keeps a step's own fields as JSON (``procedure_step.data_json``, dates as ISO text);
that stored form is unchanged. ``parse_step_data(step, stored)`` reads it into the step's
dataclass, so the window, the printed forms and the packages read typed fields, not dict keys.
A key the dataclass does not name is ignored (the audit keeps the stored form whole).

    1 ApplicationData        reason, the two signatures
    2 HomeVisitData          findings, the two signatures
    3 DemocraticReviewData   place, attendees, outcome, the failed items
    4 NoticeData             the head, persons, class and amount as the list posted them
    5 OfficeCheckData        (nothing of its own)
    6 TownshipReviewData     the proposed class and amount, the computed amount and a reason
    7 NoticeData
    8 CountyDecisionData     approved, reason, sampled, the special case's collective decision
    9 NoticeData
    10 GrantData             start month, class, amount, the computed amount and a reason
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Union

from dibao_desk.domain import procedure as rules


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    return int(value)


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class ApplicationData:
    """1 申请受理: the applicant's reason and signatures on the declaration and the authorisation."""

    reason: str = ""
    declaration_signed: bool = False
    authorisation_signed: bool = False

    @classmethod
    def parse(cls, d: dict[str, Any]) -> ApplicationData:
        return cls(_text(d.get("reason")), bool(d.get("declaration_signed")), bool(d.get("authorisation_signed")))


@dataclass(frozen=True)
class HomeVisitData:
    """2 调查核实 (入户调查): what was found, signed by the investigators and the applicant."""

    findings: str = ""
    investigator_signed: bool = False
    applicant_signed: bool = False

    @property
    def both_signed(self) -> bool:
        return self.investigator_signed and self.applicant_signed

    @classmethod
    def parse(cls, d: dict[str, Any]) -> HomeVisitData:
        return cls(_text(d.get("findings")), bool(d.get("investigator_signed")), bool(d.get("applicant_signed")))


@dataclass(frozen=True)
class DemocraticReviewData:
    """3 民主评议: where it was held, who attended, its outcome and the items objected to."""

    place: str = ""
    attendees: str = ""
    outcome: str = ""  # pass | return | refuse ("" while opened, not yet recorded)
    failed: tuple[str, ...] = ()  # keys of the items that failed

    @classmethod
    def parse(cls, d: dict[str, Any]) -> DemocraticReviewData:
        return cls(_text(d.get("place")), _text(d.get("attendees")), _text(d.get("outcome")),
                   tuple(str(k) for k in d.get("failed") or ()))


@dataclass(frozen=True)
class NoticeData:
    """4, 7, 9 一榜/二榜/三榜公示: the head's name, the persons, the class and amount as the
    list posted them, and whether these were decided then (待核定 when not): a reprint shows
    the sheet on the board, whatever changed since. "" / None on a posting recorded before
    these were kept (the head and persons were kept first, the class and amount later).
    Window dates and objections are kept apart."""

    head_name: str = ""
    persons: int | None = None
    category: str | None = None  # "" : no class shown (a 取消 of a household without one)
    monthly_fen: int | None = None
    decided: bool | None = None

    @property
    def complete(self) -> bool:
        """Everything the list showed of the case is kept."""
        return bool(self.head_name) and None not in (self.persons, self.category, self.monthly_fen, self.decided)

    @classmethod
    def parse(cls, d: dict[str, Any]) -> NoticeData:
        decided = d.get("decided")
        return cls(_text(d.get("head_name")), _int(d.get("persons")),
                   None if d.get("category") is None else _text(d.get("category")), _int(d.get("monthly_fen")),
                   None if decided is None else bool(decided))


@dataclass(frozen=True)
class OfficeCheckData:
    """5 经办机构审查: nothing of its own beyond date, person and notes."""

    @classmethod
    def parse(cls, d: dict[str, Any]) -> OfficeCheckData:
        return cls()


@dataclass(frozen=True)
class TownshipReviewData:
    """6 乡镇政府审核: the class and amount proposed (none for a cancellation), the amount the
    standard gives and the written reason when they differ."""

    category: str = ""
    monthly_fen: int | None = None
    computed_fen: int | None = None
    amount_reason: str = ""
    # A review the township sent back to itself (退回乡镇审核): when and why; the record is
    # then set aside (inactive) and the review is done again.
    returned_on: dt.date | None = None
    return_reason: str = ""

    @property
    def amount_differs(self) -> bool:
        return _differs(self.monthly_fen, self.computed_fen)

    @classmethod
    def parse(cls, d: dict[str, Any]) -> TownshipReviewData:
        returned = d.get("returned") or {}
        return cls(_text(d.get("category")), _int(d.get("monthly_fen")), _int(d.get("computed_fen")),
                   _text(d.get("amount_reason")), _date(returned.get("on")), _text(returned.get("reason")))


@dataclass(frozen=True)
class CountyDecisionData:
    """8 县民政局审批: approved or not (None: not recorded), the reason, whether the household was
    in the spot-check sample, and the collective decision of a special case."""

    approved: bool | None = None
    reason: str = ""
    sampled: bool = False
    special_case: rules.CollectiveDecision | None = None

    @classmethod
    def parse(cls, d: dict[str, Any]) -> CountyDecisionData:
        approved = d.get("approved")
        return cls(None if approved is None else bool(approved), _text(d.get("reason")), bool(d.get("sampled")),
                   rules.CollectiveDecision.from_dict(d.get("special_case")))


@dataclass(frozen=True)
class GrantData:
    """10 待遇批准 (停发 / 变更待遇): from which month, at which class and amount; the amount the
    standard gives and the written reason when they differ."""

    start_month: dt.date | None = None
    category: str = ""
    monthly_fen: int | None = None
    computed_fen: int | None = None
    amount_reason: str = ""

    @property
    def amount_differs(self) -> bool:
        return _differs(self.monthly_fen, self.computed_fen)

    @classmethod
    def parse(cls, d: dict[str, Any]) -> GrantData:
        return cls(_date(d.get("start_month")), _text(d.get("category")), _int(d.get("monthly_fen")),
                   _int(d.get("computed_fen")), _text(d.get("amount_reason")))


def _differs(entered: int | None, computed: int | None) -> bool:
    return entered is not None and computed is not None and entered != computed


StepData = Union[ApplicationData, HomeVisitData, DemocraticReviewData, NoticeData, OfficeCheckData,
                 TownshipReviewData, CountyDecisionData, GrantData]

STEP_DATA: dict[int, type[StepData]] = {
    rules.APPLICATION: ApplicationData, rules.HOME_VISIT: HomeVisitData,
    rules.DEMOCRATIC_REVIEW: DemocraticReviewData, rules.NOTICE_1: NoticeData, rules.OFFICE_CHECK: OfficeCheckData,
    rules.TOWNSHIP_REVIEW: TownshipReviewData, rules.NOTICE_2: NoticeData, rules.COUNTY_DECISION: CountyDecisionData,
    rules.NOTICE_3: NoticeData, rules.GRANT: GrantData,
}


def parse_step_data(step: int, stored: dict[str, Any] | str | None) -> StepData:
    """The step's dataclass from what the store keeps (the JSON text, or it loaded)."""
    if isinstance(stored, str):
        stored = json.loads(stored) if stored else {}
    return STEP_DATA[step].parse(stored or {})


__all__ = [
    "ApplicationData", "CountyDecisionData", "DemocraticReviewData", "GrantData", "HomeVisitData", "NoticeData",
    "OfficeCheckData", "STEP_DATA", "StepData", "TownshipReviewData", "parse_step_data",
]
