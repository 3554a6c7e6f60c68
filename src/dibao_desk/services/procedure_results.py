"""What the procedure services return: cases, steps, objections, notices, the grant's suggestion."""

from __future__ import annotations

import datetime as dt
from typing import Any
from dataclasses import dataclass, field


from dibao_desk.domain import procedure as rules
from dibao_desk.domain.procedure_steps import StepData, parse_step_data
from dibao_desk.services import relatives


# ---- results -------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseInfo:
    id: int
    household_id: int
    kind: str
    status: str
    reason: str
    opened_on: dt.date
    next_step: int | None
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    special_case: str = ""  # approved as a special case by collective decision: its kind
    decided: dict[str, Any] = field(default_factory=dict)  # the household as it was decided (``decided_snapshot``)


@dataclass(frozen=True)
class StepInfo:
    id: int
    step: int
    active: bool
    started_on: dt.date | None
    window_end: dt.date | None
    done_on: dt.date | None
    person: str
    result: str
    notes: str
    data: dict[str, Any] = field(default_factory=dict)  # the step's own fields as stored (JSON): read ``fields``
    # the same, parsed once into the step's dataclass (``domain.procedure_steps``)
    fields: StepData = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", parse_step_data(self.step, self.data))


@dataclass(frozen=True)
class ObjectionInfo:
    id: int
    case_id: int
    step: int
    received_on: dt.date
    channel: str
    content: str
    resolved_on: dt.date | None
    result: str
    note: str

    @property
    def resolved(self) -> bool:
        return self.resolved_on is not None


@dataclass(frozen=True)
class ReviewItemInfo:
    key: str
    kind: str
    label: str
    detail: str
    objection: str = ""


@dataclass(frozen=True)
class CaseDetail:
    info: CaseInfo
    head_name: str
    village: str
    village_id: int
    hukou_type: str
    household_status: str
    covered_count: int
    category: str
    monthly_benefit_fen: int
    flow: tuple[int, ...]
    steps: tuple[StepInfo, ...]  # every record, superseded ones too, in the order recorded
    current: dict[int, StepInfo]  # step -> its current record
    next_step: int | None
    waiting: rules.Waiting
    objections: tuple[ObjectionInfo, ...]
    review_items: tuple[ReviewItemInfo, ...]
    refused_reason: str
    closed_on: dt.date | None
    proposed_category: str
    proposed_fen: int
    special: rules.CollectiveDecision | None = None  # approved as a special case by collective decision
    # 备案: members who are registered close relatives of staff or cadres (empty: not marked)
    filings: tuple[relatives.FilingMark, ...] = ()


@dataclass(frozen=True)
class CaseRow:
    id: int
    household_id: int
    head_name: str
    village: str
    kind: str
    status: str
    next_step: int | None
    opened_on: dt.date
    waiting: rules.Waiting
    special_case: str = ""  # approved as a special case by collective decision: its kind
    filed: bool = False  # 备案: a member is a registered close relative of staff or a cadre


@dataclass(frozen=True)
class NoticeEntry:
    """One household on a public notice: only what bears on the benefit (seed 001)."""

    case_id: int
    household_id: int
    village_id: int
    village: str
    head_name: str
    persons: int
    category: str
    monthly_fen: int
    kind: str  # new | change | cancel (新增 / 变更 / 取消)
    start: dt.date
    end: dt.date
    decided: bool = True  # False: class and amount not proposed yet (the first notice)
    special_case: str = ""  # for the office's eyes: public notices never print it (it may name an illness)
    # False: the posting kept (in its step or its audit row) only part of what the list showed;
    # the rest is as the case stands today, maybe not what was on the board
    as_posted: bool = True


@dataclass(frozen=True)
class NoticePosting:
    """The cases of one stage posted together on one day: one noticeboard list."""

    start: dt.date
    end: dt.date
    cases: int
    on_notice: int  # of them, still on the board (the notice not closed)


@dataclass(frozen=True)
class LongTermEntry:
    household_id: int
    village_id: int
    village: str
    head_name: str
    persons: int
    category: str
    monthly_fen: int
    benefit_start: dt.date | None


@dataclass(frozen=True)
class GrantSuggestion:
    start_month: dt.date
    category: str
    monthly_fen: int
    source: str  # assessment | proposed | household | none
    explanation: str = ""
    eligible: bool | None = None  # what the means test says (None: no assessment)



@dataclass(frozen=True)
class NoticeBatch:
    """Cases at one notice stage, as a batch: what can be posted or closed on a day."""

    to_post: tuple[int, ...]  # waiting for the notice to be posted
    to_close: tuple[int, ...]  # window ended, every objection resolved
    running: tuple[int, ...]  # window not ended yet
    with_objections: tuple[int, ...]  # window ended, objections not all resolved
