"""The burden of proof on cross-check warnings (八项预警, seed 002).

A warning from the county gives the household a date by which to bring counter-evidence.
The operator sees the open warnings by days left. The household's answer is recorded:

* counter-evidence given (``answered``): the household's review is due at once to weigh it;
* no answer by the date (``withdrawn``, set by ``settle_overdue`` on the first day after it):
  the household is taken as withdrawing and a 取消 is called for;
* concealment confirmed (``confirmed``): a 取消 and a 追回 of benefit paid on false grounds are
  called for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from dibao_desk.domain.accounts import Role
from dibao_desk.domain import registers as rules
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.registers import FollowUpKind, FollowUpSource, WarningStatus
from dibao_desk.domain.reviews import ReviewEventKind
from dibao_desk.models import CrossCheckWarning
from dibao_desk.services import followups, reviews
from dibao_desk.services.followups import FollowUpInfo
from dibao_desk.services.uow import LentUnitOfWork, UnitOfWork

ANSWERS = (WarningStatus.ANSWERED, WarningStatus.WITHDRAWN, WarningStatus.CONFIRMED)


@dataclass(frozen=True)
class WarningClock:
    id: int
    household_id: int | None
    id_number: str
    name: str
    kind: str
    detail: str
    checked_on: dt.date | None
    answer_by: dt.date | None
    status: str  # WarningStatus
    county_ref: str
    answered_on: dt.date | None
    answer_note: str
    days_left: int | None  # to the answer-by date, on the day asked (negative: past it)

    @property
    def overdue(self) -> bool:
        return self.status == WarningStatus.OPEN and self.days_left is not None and self.days_left < 0


@dataclass(frozen=True)
class AnswerResult:
    warning: WarningClock
    followups: tuple[FollowUpInfo, ...]


def by_days_left(uow: UnitOfWork, today: dt.date | None = None, *, open_only: bool = True) -> list[WarningClock]:
    """Warnings, the fewest days left first (no date last)."""
    today = today or dt.date.today()
    with uow:
        stmt = select(CrossCheckWarning)
        if open_only:
            stmt = stmt.where(CrossCheckWarning.status == WarningStatus.OPEN)
        rows = [_clock(w, today) for w in uow.session.scalars(stmt)]
    return sorted(rows, key=lambda w: (w.days_left is None, w.days_left if w.days_left is not None else 0, w.id))


def answer(uow: UnitOfWork, warning_id: int, status: str, on: dt.date | None, note: str = "",
           today: dt.date | None = None) -> AnswerResult:
    """Record what became of a warning (see the module's description)."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    problems: list[Problem] = []
    if status not in ANSWERS:
        problems.append(Problem("exchange.warning_status", "status"))
    if on is None:
        problems.append(Problem("registers.date_empty", "answered_on"))
    elif on > today:
        problems.append(Problem("registers.date_future", "answered_on", {"date": on.isoformat()}))
    with uow:
        w = uow.session.get(CrossCheckWarning, warning_id)
        if w is None:
            problems.append(Problem("exchange.warning_missing", "id", {"id": warning_id}))
        elif w.status != WarningStatus.OPEN:
            problems.append(Problem("registers.warning_closed", "id", {"id": warning_id}))
        elif status == WarningStatus.WITHDRAWN and not rules.is_overdue(w.answer_by, on or today):
            problems.append(Problem("registers.warning_not_due", "status", {
                "date": w.answer_by.isoformat() if w.answer_by else ""}))
        if problems:
            raise RuleError(problems)
        assert w is not None and on is not None
        follow = _settle(uow, w, status, on, note, today)
        uow.commit()
        return AnswerResult(_clock(w, today), follow)


def settle_overdue(uow: UnitOfWork, today: dt.date | None = None) -> list[AnswerResult]:
    """Every open warning past its answer-by date: the household is taken as withdrawing."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    with uow:
        due = list(uow.session.scalars(select(CrossCheckWarning).where(
            CrossCheckWarning.status == WarningStatus.OPEN, CrossCheckWarning.answer_by < today)
            .order_by(CrossCheckWarning.answer_by, CrossCheckWarning.id)))
        out = []
        for w in due:
            follow = _settle(uow, w, WarningStatus.WITHDRAWN, today, "", today)
            out.append(AnswerResult(_clock(w, today), follow))
        uow.commit()
    return out


def _settle(uow: UnitOfWork, w: CrossCheckWarning, status: str, on: dt.date, note: str,
            today: dt.date) -> tuple[FollowUpInfo, ...]:
    before = {"status": w.status, "answered_on": w.answered_on, "answer_note": w.answer_note}
    w.status, w.answered_on, w.answer_note = str(status), on, note.strip()
    uow.audit("crosscheck_warning", w.id, "answer", before,
              {"status": w.status, "answered_on": on, "answer_note": w.answer_note})
    if w.household_id is None:
        return ()
    reviews.raise_event(LentUnitOfWork(uow), w.household_id, ReviewEventKind.CROSS_CHECK, on,
                        detail=w.detail or w.kind, source=f"warning:{w.id}", today=today)
    kinds: tuple[FollowUpKind, ...] = ()
    if status == WarningStatus.WITHDRAWN:
        kinds = (FollowUpKind.CANCEL,)
    elif status == WarningStatus.CONFIRMED:
        kinds = (FollowUpKind.CANCEL, FollowUpKind.RECOVER)
    reason = f"{w.kind}:{w.detail}".strip(":")
    return tuple(followups.call_for(uow, w.household_id, k, FollowUpSource.WARNING, w.id, on, reason)
                 for k in kinds)


def _clock(w: CrossCheckWarning, today: dt.date) -> WarningClock:
    return WarningClock(w.id, w.household_id, w.id_number, w.name, w.kind, w.detail, w.checked_on, w.answer_by,
                        w.status, w.county_ref, w.answered_on, w.answer_note, rules.days_left(w.answer_by, today))
