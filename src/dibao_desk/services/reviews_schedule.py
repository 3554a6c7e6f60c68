"""When each household is next reviewed: the rule sets, a household's facts and its next
review date, the bulk pass (``reschedule_all``) and the session hooks that keep
``review_schedule`` in step with every ORM change."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any, overload

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from dibao_desk.domain import reviews as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.moments import local_day
from dibao_desk.domain.policy import PolicyFigures
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.reviews import (
    ExitState, HouseholdFacts, MemberFacts, OpenEvent, ReviewRules, StandardRaise,
)
from dibao_desk.models import (
    EmploymentEvent, Household, IncomeItem, IncomeStable, Member, PolicySet, Review, ReviewEvent,
    ReviewInterval, ReviewRuleSet, ReviewSchedule,
)
from dibao_desk.models import reviews as review_rows
from dibao_desk.services.progress import NullProgress, Progress
from dibao_desk.services.reviews_results import RuleSetInfo, ScheduleInfo
from dibao_desk.services.uow import UnitOfWork


# ---- rule sets -----------------------------------------------------------------------

def _to_rules(row: ReviewRuleSet) -> ReviewRules:
    return ReviewRules(
        effective_from=row.effective_from,
        intervals={i.rule: i.months for i in row.intervals},
        elderly_age=row.elderly_age, gradual_exit_months=row.gradual_exit_months,
        severe_disability_grades=_grades(row.severe_disability_grades),
        exit_reminder_months=row.exit_reminder_months, refusal_threshold=row.refusal_threshold,
        refusal_consequence=row.refusal_consequence, refusal_reduce_fen=row.refusal_reduce_fen,
        refusal_reduce_percent=row.refusal_reduce_percent,
        change_needs_notice=row.change_needs_notice, cancel_needs_notice=row.cancel_needs_notice,
        effect_offset_months=row.effect_offset_months, note=row.note)


def _grades(text: str) -> tuple[int, ...]:
    return tuple(sorted({int(g) for g in (text or "").split(",") if g.strip().isdigit()}))


def _all_rules(session: Session) -> list[ReviewRules]:
    rows = session.scalars(select(ReviewRuleSet).order_by(ReviewRuleSet.effective_from)).all()
    return [_to_rules(r) for r in rows]


def _raises(session: Session) -> tuple[StandardRaise, ...]:
    """The raises of the rural standard among the store's policy sets (a handful of rows)."""
    rows = session.execute(select(PolicySet.effective_from, PolicySet.figures_json, PolicySet.created_at)
                           .order_by(PolicySet.id)).all()
    return rules.rural_raises(
        (_date(day), PolicyFigures.from_dict(json.loads(text or "{}")).rural_standard_fen, _entered(created))
        for day, text, created in rows)


def rural_raises(uow: UnitOfWork) -> tuple[StandardRaise, ...]:
    """The raises of the rural standard the store's policy sets make (each due for review)."""
    with uow:
        return _raises(uow.session)


def reschedule_if_raises_changed(uow: UnitOfWork, before: tuple[StandardRaise, ...],
                                 today: dt.date, progress: Progress | None = None) -> int:
    """Inside ``uow``'s open transaction, after a policy set was added: when the rural standard
    raises differ from ``before``, reschedule the receiving households a raise can make due
    (bulk): those not on urban hukou (``rules.raise_due``; an urban household's next review
    does not depend on the raises). The count."""
    after = _raises(uow.session)
    if after == before:
        return 0
    if set(before) <= set(after):  # raises added, none changed or dropped: only earlier dates to set
        return _mark_added_raises(uow.session, sorted(set(after) - set(before), key=lambda r: (r.due, r.start)))
    return _bulk(uow.session, today, progress or NullProgress(), not_urban=True)


def _mark_added_raises(s: Session, added: list[StandardRaise]) -> int:
    """Make the households the ``added`` raises make due earlier due on them, in bulk SQL
    (no household's schedule is computed again): what ``rules.next_due`` gives with the raises
    added, as an added raise can only bring a row's date forward (``rules.raise_due`` picks the
    earliest raise, ``next_due`` the earliest date). A household never reviewed in this program
    is not due for a raise before it came into the store (``not_before``). The rows marked."""
    s.flush()
    conn = s.connection()
    marked = 0
    for r in added:  # earliest first: a row a raise moved is not moved again by a later one
        ids = [hid for hid, created, reviewed in review_rows.raise_candidates(
                   conn, r.start, r.due, rules.GRADUAL_EXIT_RULE, rules.EVENT_RULE_PREFIX)
               if reviewed or (nb := _entered(created)) is None or r.due >= nb]
        review_rows.mark_due(conn, ids, r.due, rules.STANDARD_RAISE_RULE)
        marked += len(ids)
    s.expire_all()
    return marked


def list_rule_sets(uow: UnitOfWork) -> list[RuleSetInfo]:
    """The office's rule sets by effective date; the shipped example when none is saved."""
    with uow:
        rows = uow.session.scalars(select(ReviewRuleSet).order_by(ReviewRuleSet.effective_from)).all()
        if not rows:
            return [RuleSetInfo(None, rules.EXAMPLE_RULES, True)]
        return [RuleSetInfo(r.id, _to_rules(r), False) for r in rows]


def rules_in_force(uow: UnitOfWork, day: dt.date) -> RuleSetInfo:
    """The set in force on ``day``: the built-in example (id None) before the first saved set."""
    sets = list_rule_sets(uow)
    chosen = rules.rules_in_force([s.rules for s in sets], day)
    return next((s for s in sets if s.rules is chosen), RuleSetInfo(None, chosen, True))


def check_rule_set(new: ReviewRules) -> list[Problem]:
    """The problems of review figures before they are saved (empty: they can be)."""
    return rules.validate_rules(new)


def save_rule_set(uow: UnitOfWork, new: ReviewRules, today: dt.date | None = None,
                  progress: Progress | None = None) -> RuleSetInfo:
    """Add a rule set (or replace the one with the same effective date), then reschedule
    every receiving household. Raises RuleError with the problems of bad figures."""
    uow.require(Role.ADMIN)
    problems = rules.validate_rules(new)
    if problems:
        raise RuleError(problems)
    with uow:
        s = uow.session
        row = s.scalars(select(ReviewRuleSet).where(ReviewRuleSet.effective_from == new.effective_from)).first()
        before = _rules_dict(_to_rules(row)) if row else None
        if row is None:
            row = ReviewRuleSet(effective_from=new.effective_from)
            s.add(row)
        else:
            row.intervals.clear()
            s.flush()
        for name in ("elderly_age", "gradual_exit_months", "exit_reminder_months", "refusal_threshold",
                     "refusal_consequence", "refusal_reduce_fen", "refusal_reduce_percent",
                     "change_needs_notice", "cancel_needs_notice", "effect_offset_months", "note"):
            setattr(row, name, getattr(new, name))
        row.severe_disability_grades = ",".join(str(g) for g in sorted(set(new.severe_disability_grades)))
        for code in rules.RULE_CODES:
            row.intervals.append(ReviewInterval(rule=code, months=int(new.intervals[code])))
        s.flush()
        uow.audit("review_rule_set", row.id, "save" if before else "create", before, _rules_dict(new))
        _reschedule_all(uow, today or dt.date.today(), progress or NullProgress())
        uow.commit()
        return RuleSetInfo(row.id, _to_rules(row), False)


def _rules_dict(r: ReviewRules) -> dict[str, Any]:
    d = {k: getattr(r, k) for k in r.__dataclass_fields__}
    d["intervals"] = dict(r.intervals)
    d["severe_disability_grades"] = list(r.severe_disability_grades)
    return d


# ---- a household's facts and its next review -------------------------------------------

def _facts_one(session: Session, h: Household) -> HouseholdFacts:
    members = session.execute(
        select(Member.birth_date, Member.relation, Member.disability_grade, Member.serious_illness,
               Member.work_capacity, Member.employment).where(Member.household_id == h.id)).all()
    kinds = session.scalars(select(IncomeItem.kind).where(IncomeItem.household_id == h.id,
                                                          IncomeItem.amount_fen > 0)).all()
    return HouseholdFacts(h.category or "", h.hukou_type,
                          tuple(MemberFacts(*m) for m in members), frozenset(kinds),
                          session.get(IncomeStable, h.id) is not None)


def _spell(last: dt.date | None, start: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """(the last review of the household's present spell on benefit, the base its cycle counts
    from). A household cancelled and granted again starts a new spell at its new benefit start:
    reviews before it belonged to the old one."""
    if last is not None and start is not None and last < start:
        last = None
    return last, last or start


def _in_spell(recorded: object, start: dt.date | None) -> bool:
    """Is an open event, recorded at ``recorded``, one of the present spell on benefit? One
    recorded before the spell began (a warning that led to the old spell's cancellation) was
    dealt with by the application granted since. (A death found late, recorded during the
    spell, counts whatever day it is dated.)"""
    day = _entered(recorded)
    return start is None or day is None or day >= start


def _compute_one(session: Session, h: Household, today: dt.date,
                 sets: list[ReviewRules] | None = None) -> rules.Due:
    last, base = _spell(session.scalar(select(func.max(Review.review_date)).where(Review.household_id == h.id)),
                        h.benefit_start)
    sets = sets if sets is not None else _all_rules(session)
    rs = rules.rules_in_force(sets, base or today)
    events = [OpenEvent(k, d) for k, d, r in session.execute(
        select(ReviewEvent.kind, ReviewEvent.on, ReviewEvent.recorded_at)
        .where(ReviewEvent.household_id == h.id, ReviewEvent.resolved_by.is_(None))).all()
        if _in_spell(r, h.benefit_start)]
    exit_due = session.scalar(select(func.min(EmploymentEvent.last_paid_month)).where(
        EmploymentEvent.household_id == h.id, EmploymentEvent.status == ExitState.RUNNING))
    not_before = None if last else _entered(h.created_at)
    return rules.next_due(_facts_one(session, h), rs, base, events=events, exit_due=exit_due, on=today,
                          not_before=not_before, spread=h.id, raises=_raises(session))


def _entered(created: object) -> dt.date | None:
    """The office's day a row came into the store (a household: its first review is not counted
    before it; a policy set: a raise entered late is not due before it). Stored in UTC."""
    if created is None:
        return None
    return local_day(created) if isinstance(created, dt.datetime) else _date(created)


def _reschedule_one(session: Session, household_id: int, today: dt.date) -> rules.Due | None:
    h = session.get(Household, household_id)
    row = session.get(ReviewSchedule, household_id)
    if h is None or h.status != HouseholdStatus.RECEIVING:
        if row is not None:
            session.delete(row)
        return None
    due = _compute_one(session, h, today)
    _last, base = _spell(session.scalar(select(func.max(Review.review_date)).where(Review.household_id == h.id)),
                         h.benefit_start)
    if row is None:
        row = ReviewSchedule(household_id=household_id)
        session.add(row)
    row.next_review_date = due.date
    row.next_review_rule = due.rule
    row.months = due.months
    row.base_date = base
    row.applicable = ",".join(due.applicable)
    return due


def reschedule(uow: UnitOfWork, household_id: int, today: dt.date | None = None) -> ScheduleInfo | None:
    """Recompute one household's next review now (None when it is not receiving)."""
    with uow:
        _reschedule_one(uow.session, household_id, today or dt.date.today())
        uow.commit()
    return schedule_of(uow, household_id)


def schedule_of(uow: UnitOfWork, household_id: int) -> ScheduleInfo | None:
    with uow:
        row = uow.session.get(ReviewSchedule, household_id)
        if row is None:
            return None
        return ScheduleInfo(row.household_id, row.next_review_date, row.next_review_rule, row.months,
                            row.base_date, tuple(c for c in row.applicable.split(",") if c))


def reschedule_all(uow: UnitOfWork, today: dt.date | None = None,
                   progress: Progress | None = None) -> int:
    """Recompute the next review of every receiving household in one transaction (bulk
    reads, one executemany); drop rows of households no longer receiving. Returns the count."""
    with uow:
        n = _reschedule_all(uow, today or dt.date.today(), progress or NullProgress())
        uow.audit("review_schedule", None, "reschedule_all", None, {"households": n})
        uow.commit()
        return n


@overload
def _date(value: None) -> None: ...


@overload
def _date(value: object) -> dt.date: ...


def _date(value: object) -> dt.date | None:
    """A date as the driver gives it back (ISO text on SQLite), or None."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _reschedule_all(uow: UnitOfWork, today: dt.date, progress: Progress,
                    only_missing: bool = False) -> int:
    return _bulk(uow.session, today, progress, only_missing)


def _bulk(s: Session, today: dt.date, progress: Progress, only_missing: bool = False,
          not_urban: bool = False) -> int:
    """Reschedule every receiving household (``only_missing``: those without a row;
    ``not_urban``: those not on urban hukou, the others' rows left as they are)."""
    s.flush()
    sets = _all_rules(s)
    conn = s.connection()
    progress.update(0, 0, "progress.read_households")
    facts = review_rows.schedule_inputs(conn, only_missing, not_urban=not_urban)
    whole = not only_missing and not not_urban
    if not facts.households:
        if whole:
            review_rows.write_schedules(conn, [], replace_all=True)
        return 0
    out = _schedule_rows(facts, sets, today, progress, _raises(s))
    review_rows.write_schedules(conn, out, replace_all=whole)
    progress.update(len(out), len(out))
    s.expire_all()
    return len(out)


def _schedule_rows(facts: review_rows.ScheduleInputs, sets: list[ReviewRules], today: dt.date,
                   progress: Progress, raises: tuple[StandardRaise, ...] = ()) -> list[tuple[Any, ...]]:
    """The schedule row (``review_rows.SCHEDULE_COLUMNS``) of each household in ``facts``."""
    homes = facts.households
    members: dict[int, list[MemberFacts]] = {}
    for hid, birth, rel, grade, ill, cap, emp in facts.members:
        members.setdefault(hid, []).append(MemberFacts(_date(birth), rel, grade, bool(ill), cap, emp))
    kinds: dict[int, set[str]] = {}
    for hid, kind in facts.income_kinds:
        kinds.setdefault(hid, set()).add(kind)
    events: dict[int, list[tuple[OpenEvent, object]]] = {}
    for hid, kind, on, recorded in facts.open_events:
        events.setdefault(hid, []).append((OpenEvent(kind, _date(on)), recorded))
    stable = set(facts.stable_income)
    exits = {hid: _date(d) for hid, d in facts.exits}
    total = len(homes)
    progress.update(0, total, "progress.reviews.compute")
    out = []
    for n, (hid, category, hukou, start, last, created) in enumerate(homes):
        if n % 5000 == 0:
            progress.check()
            progress.update(n, total)
        begun = _date(start)
        last, base = _spell(_date(last), begun)
        rs = rules.rules_in_force(sets, base or today)
        f = HouseholdFacts(category or "", hukou, tuple(members.get(hid, ())), frozenset(kinds.get(hid, ())),
                           hid in stable)
        spell = [e for e, recorded in events.get(hid, ()) if _in_spell(recorded, begun)]
        due = rules.next_due(f, rs, base, events=spell, exit_due=exits.get(hid), on=today,
                             not_before=None if last else _entered(created), spread=hid, raises=raises)
        out.append((hid, due.date.isoformat(), due.rule, due.months,
                    base.isoformat() if base else None, ",".join(due.applicable)))
    return out


def _bulk_of(s: Session, ids: Iterable[int], today: dt.date) -> int:
    """Reschedule the households of ``ids`` as ``_reschedule_one`` would each, in bulk SQL by
    chunks of ids (the rest of the store is not read): a receiving household's row written,
    the row of one no longer receiving dropped. Returns how many rows were written."""
    s.flush()
    sets = _all_rules(s)
    raises = _raises(s)
    conn = s.connection()
    ordered = sorted(set(ids))
    written = 0
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start:start + _CHUNK]
        review_rows.drop_schedules_not_receiving(conn, chunk)
        facts = review_rows.schedule_inputs(conn, ids=chunk)
        if facts.households:
            rows = _schedule_rows(facts, sets, today, NullProgress(), raises)
            review_rows.write_schedules(conn, rows, replace_all=False)
            written += len(rows)
    # rows the session may hold for these households are stale now (Core wrote them)
    chunk_set = set(ordered)
    for obj in list(s.identity_map.values()):
        if isinstance(obj, ReviewSchedule) and obj.household_id in chunk_set:
            s.expire(obj)
    return written


_CHUNK = 500  # household ids in one IN list of the bulk reschedule


def missing_schedules(uow: UnitOfWork) -> int:
    """Receiving households without a next review date yet (a read; ``fill_missing`` writes)."""
    with uow:
        return review_rows.missing_schedule_count(uow.session.connection())


def fill_missing(uow: UnitOfWork, today: dt.date | None = None) -> int:
    """Schedule receiving households that have no row yet (after bulk inserts elsewhere)."""
    with uow:
        n = _reschedule_all(uow, today or dt.date.today(), NullProgress(), only_missing=True)
        if n:
            uow.commit()
        return n


# Households touched in a transaction are rescheduled just before it commits, whichever
# feature changed them (ORM writes only; bulk writers call reschedule_all). The hooks are
# registered on the program's own sessionmaker when the store is opened (install_hooks,
# called by services.context.open_context), so the window, the command line and any
# script that opens the store behave the same whatever modules they happen to import.
_TOUCHED = "reviews.touched"
_TODAY = "reviews.today"
BULK_FROM = 300  # touched households from which one bulk pass is used


def _collect_touched(session: Session, _ctx: object, _instances: object) -> None:
    touched = session.info.setdefault(_TOUCHED, set())
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, Household):
            if obj.id is not None:
                touched.add(obj.id)
            else:
                session.info.setdefault(_TOUCHED + ".new", []).append(obj)
        elif isinstance(obj, (Member, IncomeItem)):
            hid = obj.household_id
            if hid is None:  # new item appended to a household: no lazy load inside a flush
                owner = obj.__dict__.get("household")
                hid = owner.id if owner is not None else None
            if hid is not None:
                touched.add(hid)


def _reschedule_touched(session: Session) -> None:
    if session.new or session.dirty or session.deleted:
        session.flush()  # before_commit runs before commit's own flush: collect what it touches
    if not session.info.get(_TOUCHED) and not session.info.get(_TOUCHED + ".new"):
        return
    touched = session.info.pop(_TOUCHED, set())
    touched |= {o.id for o in session.info.pop(_TOUCHED + ".new", []) if o.id is not None}
    today = day_of(session)
    if len(touched) > BULK_FROM:
        _bulk_of(session, touched, today)  # a roster's update: bulk SQL beats many small reads
    else:
        for hid in sorted(touched):
            _reschedule_one(session, hid, today)
    session.flush()
    session.info.pop(_TOUCHED, None)


def _forget_touched(session: Session) -> None:
    session.info.pop(_TOUCHED, None)
    session.info.pop(_TOUCHED + ".new", None)


def as_of(session: Session, today: dt.date) -> None:
    """The day the households touched in ``session``'s transaction are rescheduled on at its
    commit: the ``today`` of the service writing them (ages and first due dates are taken on
    it), not the computer's date. Without it, the computer's date."""
    session.info[_TODAY] = today


def day_of(session: Session) -> dt.date:
    """The day ``session``'s households are rescheduled on: the one ``as_of`` set, else the
    computer's date."""
    day: dt.date | None = session.info.get(_TODAY)
    return day or dt.date.today()


def touch(session: Session, household_ids: Iterable[int]) -> None:
    """Have these households rescheduled at commit although nothing of theirs that the hooks
    see changed (an event written for them, rows written in bulk SQL)."""
    session.info.setdefault(_TOUCHED, set()).update(household_ids)


_HOOKS = (("before_flush", _collect_touched), ("before_commit", _reschedule_touched),
          ("after_rollback", _forget_touched))


def install_hooks(sessions: sessionmaker[Session]) -> None:
    """Keep review schedules in step with every ORM change made through ``sessions``.

    Installed once per sessionmaker, marked on the sessionmaker itself: SQLAlchemy's
    ``event.contains`` answers by the id of the sessionmaker's Session class, and a store
    opened after another was closed (a restore, a second store in one process) may get a
    class at a freed id and be told its hooks are there when they are not."""
    if getattr(sessions, "_review_hooks", False):
        return
    for name, fn in _HOOKS:
        event.listen(sessions, name, fn)
    setattr(sessions, "_review_hooks", True)
