"""The statistics' SQL: aggregates over the ledger, villages and reviews (SQLAlchemy Core).

Every figure is one grouped query; nothing loops over households in Python. Month lists
go in as a VALUES list so twelve months are one statement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from sqlalchemy import Connection, Integer, and_, case, func, literal_column, not_, or_, select, union_all
from sqlalchemy.sql.expression import ColumnElement, Subquery

from dibao_desk.domain import household as hh
from dibao_desk.domain import reviews as review_rules
from dibao_desk.domain.ledger import PAID_STATUSES, add_months
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.models import dialect
from dibao_desk.models.household import Household, Member
from dibao_desk.models.ledger import LedgerAdjustment, LedgerPeriod
from dibao_desk.models.office import Village
from dibao_desk.models.registers import Complaint, FalseDeclaration, FilingRelative
from dibao_desk.models.reviews import Review, ReviewEvent, ReviewSchedule

P = LedgerPeriod.__table__
H = Household.__table__
PAID = [s.value for s in PAID_STATUSES]


# Nearly every period starts before the month asked about, so a scan of the table beats the
# (first_month, last_month) index, which costs a lookup per row: 100 ms against 500 ms on the
# 40,000-household demo. ``no_index`` (a unary plus on SQLite) keeps the planner off that index.
_FIRST = dialect.no_index(P.c.first_month)


def _paid_in(month_col: Any) -> ColumnElement[bool]:
    """The ledger periods paying something for the month: 在保 or 渐退, and more than 0 元. A
    household still 在保 on the books at 0 元 (re-assessed over the standard, the cancellation
    not decided yet) is listed apart on the roster, unpaid, and not counted by the county
    package: the statistics count it apart too (``zero_in``)."""
    return and_(_covering(month_col), P.c.amount_fen > 0)


def _covering(month_col: Any) -> ColumnElement[bool]:
    return and_(_FIRST <= month_col, or_(P.c.last_month.is_(None), P.c.last_month >= month_col),
                P.c.status.in_(PAID))


@dataclass(frozen=True)
class VillageThen:
    """One village's households as a past month counts them: those its records hold now, but
    for each month (its first day) that has ended, the households it held at the month's end
    and does not hold now (``joined``: they moved away since) and those it holds now that were
    elsewhere then (``left``: they moved in since). Read from the audit log by the services."""

    village_id: int
    joined: dict[dt.date, list[int]] = field(default_factory=dict)
    left: dict[dt.date, list[int]] = field(default_factory=dict)

    def condition(self, month: dt.date | None = None, day: Any = None) -> ColumnElement[bool]:
        """The household ``H`` in the village in ``month``, or in the month of the row's
        ``day`` (a date column): a review, a complaint counts where the household was then."""
        here: ColumnElement[bool] = H.c.village_id == self.village_id
        if month is not None:
            if self.left.get(month):
                here = and_(here, H.c.id.not_in(self.left[month]))
            return or_(here, H.c.id.in_(self.joined[month])) if self.joined.get(month) else here
        if day is None:
            return here

        def within(m: dt.date) -> ColumnElement[bool]:
            return and_(day >= m, day < add_months(m, 1))
        gone = [and_(H.c.id.in_(ids), within(m)) for m, ids in sorted(self.left.items()) if ids]
        came = [and_(H.c.id.in_(ids), within(m)) for m, ids in sorted(self.joined.items()) if ids]
        if gone:
            here = and_(here, not_(or_(*gone)))
        return or_(here, *came) if came else here


# a village asked about: its id (the households its records hold now) or ``VillageThen``
VillageArg: TypeAlias = "int | VillageThen | None"


def zero_in(conn: Connection, month: dt.date, village_id: VillageArg = None) -> tuple[int, int]:
    """(households, covered persons) 在保 or 渐退 in the ledger for ``month`` at 0 元: not paid."""
    base = P.join(H, H.c.id == P.c.household_id) if village_id is not None else P
    n, persons = conn.execute(_village(select(func.count(), func.sum(P.c.covered)).select_from(base)
                                       .where(_covering(month), P.c.amount_fen <= 0), village_id, month)).one()
    return int(n or 0), int(persons or 0)


def _village(stmt, village_id: VillageArg, month: dt.date | None = None, day: Any = None):
    """``stmt`` (joined to ``H``) for the households of the village: with a ``VillageThen``,
    those it held in ``month`` or in the month of ``day`` (a date column)."""
    return stmt.where(village_condition(village_id, month, day)) if village_id is not None else stmt


def village_condition(village_id: int | VillageThen, month: dt.date | None = None,
                      day: Any = None) -> ColumnElement[bool]:
    """The household ``H`` (joined to the statement) in the village: with a ``VillageThen``, in
    ``month`` or in the month of ``day`` (a date column); the services' own counts use it too."""
    if isinstance(village_id, VillageThen):
        return village_id.condition(month, day)
    return H.c.village_id == village_id


def by_village_and_class(conn, month: dt.date) -> list[tuple]:
    """(village id, hukou_type, category, households, persons, amount, supplement) paid for
    ``month``: one scan gives both the class table and the villages'."""
    stmt = (select(H.c.village_id, H.c.hukou_type, P.c.category, func.count(), func.sum(P.c.covered),
                   func.sum(P.c.amount_fen), func.sum(P.c.supplement_fen))
            .select_from(P.join(H, H.c.id == P.c.household_id))
            .where(_paid_in(month)).group_by(H.c.village_id, H.c.hukou_type, P.c.category))
    return [tuple(r) for r in conn.execute(stmt)]


def villages(conn) -> list[tuple]:
    """(id, name, population) of every village, by name."""
    V = Village.__table__
    return [tuple(r) for r in conn.execute(select(V.c.id, V.c.name, V.c.population).order_by(dialect.code_point(V.c.name)))]


def village_history(conn) -> list[tuple]:
    """(audit row id, day, action, village id, before, after) of every creation, rename and merge
    of a village, oldest first: the audit rows (JSON text) that say which village a name written
    down at some point of the log means."""
    from dibao_desk.models.audit import AuditLog

    A = AuditLog.__table__
    return [(r[0], r[1].date() if r[1] is not None else None, *r[2:]) for r in conn.execute(
        select(A.c.id, A.c.at, A.c.action, A.c.entity_id, A.c.before, A.c.after)
        .where(A.c.entity == "village", A.c.action.in_(("create", "rename", "merge"))).order_by(A.c.id))]


def household_changes_since(conn: Connection, since: dt.datetime) -> list[tuple[int, str]]:
    """(household id, before as JSON text) of the audit rows recorded on or after ``since``
    (UTC, as the log keeps its times) about a household, oldest first: undone from the newest
    back, they give each household as its record stood at ``since``."""
    from dibao_desk.models.audit import AuditLog

    A = AuditLog.__table__
    return [(int(r[0]), r[1] or "") for r in conn.execute(
        select(A.c.entity_id, A.c.before)
        .where(A.c.entity == "household", A.c.at >= since, A.c.entity_id.is_not(None)).order_by(A.c.id))]


def household_records_since(conn: Connection, since: dt.datetime) -> list[tuple[int, dt.datetime, str]]:
    """(household id, time recorded (UTC), before as JSON text) of the audit rows recorded on or
    after ``since`` about a household whose record before them held its village or 户籍, oldest
    first. The text is matched in SQL: most rows (a benefit recomputed, a status) hold neither,
    and reading them all cost 700 ms on the 40,000-household demo."""
    from dibao_desk.models.audit import AuditLog

    A = AuditLog.__table__
    return [(int(r[0]), r[1], r[2]) for r in conn.execute(
        select(A.c.entity_id, A.c.at, A.c.before)
        .where(A.c.entity == "household", A.c.at >= since, A.c.entity_id.is_not(None),
               or_(A.c.before.contains('"village_id"'), A.c.before.contains('"hukou_type"')))
        .order_by(A.c.id))]


def member_lists_since(conn: Connection, since: dt.datetime) -> list[tuple[int, str, str]]:
    """(household id, before, after as JSON text) of the audit rows recorded on or after
    ``since`` whose record after them lists the household's members (a save of its form, a
    member's status), oldest first; the rows of a benefit or a status hold no members."""
    from dibao_desk.models.audit import AuditLog

    A = AuditLog.__table__
    return [(int(r[0]), r[1] or "", r[2] or "") for r in conn.execute(
        select(A.c.entity_id, A.c.before, A.c.after)
        .where(A.c.entity == "household", A.c.at >= since, A.c.entity_id.is_not(None),
               A.c.after.contains('"members"'))
        .order_by(A.c.id))]


def members_of(conn: Connection, ids: Sequence[int]) -> list[tuple[int, int, str, str]]:
    """(member id, household id, ID number, name) of the members of the households ``ids``."""
    M = Member.__table__
    out: list[tuple[int, int, str, str]] = []
    ordered = sorted(set(ids))
    for i in range(0, len(ordered), 500):
        out += [(int(r[0]), int(r[1]), r[2] or "", r[3] or "") for r in conn.execute(
            select(M.c.id, M.c.household_id, M.c.id_number, M.c.name).where(M.c.household_id.in_(ordered[i:i + 500])))]
    return out


def household_places(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[int, str]]:
    """Household id -> (village id, hukou_type) as recorded now, for ``ids``."""
    out: dict[int, tuple[int, str]] = {}
    ordered = sorted(set(ids))
    for i in range(0, len(ordered), 500):
        out.update((int(r[0]), (r[1], r[2] or "")) for r in conn.execute(
            select(H.c.id, H.c.village_id, H.c.hukou_type).where(H.c.id.in_(ordered[i:i + 500]))))
    return out


def paid_periods(conn: Connection, ids: Sequence[int], first: dt.date, last: dt.date) -> list[tuple]:
    """(household id, first month, last month or None, category, covered, amount, supplement) of
    the ledger periods of ``ids`` paying something in a month from ``first`` to ``last``."""
    out = []
    ordered = sorted(set(ids))
    for i in range(0, len(ordered), 500):
        out += [(int(r[0]), _as_date(r[1]), _as_date(r[2]) if r[2] is not None else None, *r[3:]) for r in conn.execute(
            select(P.c.household_id, P.c.first_month, P.c.last_month, P.c.category, P.c.covered, P.c.amount_fen,
                   P.c.supplement_fen)
            .where(P.c.household_id.in_(ordered[i:i + 500]), P.c.status.in_(PAID), P.c.amount_fen > 0,
                   P.c.first_month <= last, or_(P.c.last_month.is_(None), P.c.last_month >= first)))]
    return out


def trend(conn, months: Sequence[dt.date], village_id: int | None = None) -> list[tuple]:
    """(month, households, persons, amount, supplement) paid for each month.

    A period adds its figures from its first month and takes them away after its last, so
    the months' totals are running sums of grouped scans of the ledger (not one scan per
    month): the months are few, the periods many. The periods that started before the first
    month asked for are most of them and add up in one row (grouping them by month would sort
    every period); those starting within the months and those ending are grouped by month."""
    if not months:
        return []
    first, last = min(months), max(months)
    cols = (func.count(), func.sum(P.c.covered), func.sum(P.c.amount_fen), func.sum(P.c.supplement_fen))
    paid = and_(P.c.status.in_(PAID), P.c.amount_fen > 0, _FIRST <= last)  # nearly every period: a scan, as above
    base = P.join(H, H.c.id == P.c.household_id) if village_id is not None else P
    earlier = _village(select(*cols).select_from(base).where(paid, _FIRST < first), village_id)
    starts = _village(select(P.c.first_month, *cols).select_from(base).where(paid, P.c.first_month >= first)
                      .group_by(P.c.first_month), village_id)
    ends = _village(select(P.c.last_month, *cols).select_from(base)
                    .where(paid, P.c.last_month.is_not(None), P.c.last_month < last).group_by(P.c.last_month),
                    village_id)
    delta: dict[dt.date, list[int]] = {first: [v or 0 for v in conn.execute(earlier).one()]}
    for month, *figures in conn.execute(starts):
        d = delta.setdefault(_as_date(month), [0, 0, 0, 0])
        for i, v in enumerate(figures):
            d[i] += v or 0
    for month, *figures in conn.execute(ends):
        after = _as_date(month)
        after = dt.date(after.year + after.month // 12, after.month % 12 + 1, 1)
        d = delta.setdefault(after, [0, 0, 0, 0])
        for i, v in enumerate(figures):
            d[i] -= v or 0
    running, out, wanted = [0, 0, 0, 0], [], sorted(months)
    changes = sorted(delta.items())
    k = 0
    for m in wanted:
        while k < len(changes) and changes[k][0] <= m:
            running = [r + d for r, d in zip(running, changes[k][1])]
            k += 1
        out.append((m, *running))
    return out


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def adjustments(conn, first: dt.date, last: dt.date, village_id: VillageArg = None) -> list[tuple]:
    """(month, kind, amount) of the 补发 / 追回 booked from ``first`` to ``last`` (with a village,
    for its households in the month booked)."""
    A = LedgerAdjustment.__table__
    stmt = (select(A.c.month, A.c.kind, func.sum(A.c.amount_fen))
            .select_from(A.join(H, H.c.id == A.c.household_id))
            .where(A.c.month.between(first, last)).group_by(A.c.month, A.c.kind))
    return [tuple(r) for r in conn.execute(_village(stmt, village_id, day=A.c.month))]


def register_recovered(conn: Connection, first: dt.date, last: dt.date, village_id: VillageArg = None) -> list[tuple]:
    """(month, fen) recovered from ``first`` to ``last`` (months) on the 追回 register's entries
    made by hand, those no ledger 追回 opened (a ledger 追回 is counted by ``adjustments`` in the
    month decided, so what is later deducted or paid back for it is not counted again): a 扣减
    in the first month of the roster whose line it names (a quarter's in its first month; by hand
    or when the roster was signed), its 冲回 (negative) there too, cash in the month received. With
    a village, its households' in that month."""
    from dibao_desk.models.payroll import Payroll, PayrollLine
    from dibao_desk.models.recovery import RecoveryEntry, RecoveryInstalment

    I, E, L, R = (RecoveryInstalment.__table__, RecoveryEntry.__table__, PayrollLine.__table__,
                  Payroll.__table__)
    end = dt.date(last.year + last.month // 12, last.month % 12 + 1, 1)
    base = (I.join(E, E.c.id == I.c.entry_id).outerjoin(L, L.c.id == I.c.payroll_line_id)
            .outerjoin(R, R.c.id == L.c.payroll_id))
    if village_id is not None:
        base = base.join(H, H.c.id == E.c.household_id)
    stmt = _village(select(R.c.first_month, I.c.on, I.c.amount_fen).select_from(base).where(
        E.c.ledger_adjustment_id.is_(None),
        or_(R.c.first_month.between(first, last),
            and_(R.c.first_month.is_(None), I.c.on >= first, I.c.on < end))), village_id,
        day=func.coalesce(R.c.first_month, I.c.on))
    out: dict[dt.date, int] = {}
    for roster_month, on, fen in conn.execute(stmt):
        day = _as_date(roster_month if roster_month is not None else on)
        month = dt.date(day.year, day.month, 1)
        out[month] = out.get(month, 0) + int(fen or 0)
    return sorted(out.items())


def roster_villages(conn: Connection, periods: Sequence[str]) -> list[tuple] | None:
    """(village as the lines name it, fen, the roster's day, the audit row id of its making or
    None) the signed regular rosters of ``periods`` pay, from their paid lines (regular, 补发 and
    追回 lines; those listed apart are not paid): the 村汇总 of the payments packages of those
    periods (a quarter's statistics ask for the quarter and its months: an office paying month
    by month has three rosters in it). The day and the audit row place the lines' names among
    the villages' renames and merges. None when none of the periods has a signed regular roster."""
    from dibao_desk.domain.payroll import LOCKED_STATUSES, PayrollKind
    from dibao_desk.models.audit import AuditLog
    from dibao_desk.models.payroll import Payroll, PayrollLine

    R, L, A = Payroll.__table__, PayrollLine.__table__, AuditLog.__table__
    signed = and_(R.c.period.in_(list(periods)), R.c.kind == str(PayrollKind.REGULAR),
                  R.c.status.in_([str(s) for s in LOCKED_STATUSES]))
    if conn.execute(select(func.count()).select_from(R).where(signed)).scalar() == 0:
        return None
    made = (select(A.c.entity_id.label("payroll_id"), func.max(A.c.id).label("audit_id"))
            .where(A.c.entity == "payroll", A.c.action.in_(("make", "remake"))).group_by(A.c.entity_id)
            .subquery("made"))
    stmt = (select(L.c.village, func.sum(L.c.total_fen), R.c.made_on, made.c.audit_id)
            .select_from(L.join(R, R.c.id == L.c.payroll_id).outerjoin(made, made.c.payroll_id == R.c.id))
            .where(signed, L.c.zero.is_(False)).group_by(L.c.village, R.c.id, R.c.made_on, made.c.audit_id))
    return [(village, int(fen or 0), made_on, audit_id) for village, fen, made_on, audit_id in conn.execute(stmt)]


def changes(conn, month: dt.date, before: dt.date, village_id: int | None = None) -> list[tuple]:
    """Movement from ``before`` to ``month``: (kind, households, persons, amount, persons gained
    or lost) for kind in new / stopped / raised / lowered / same; amounts of raised and lowered
    are the differences; the last figure, for those paid both months (raised, lowered, same),
    is the change of their covered persons (a member's death, a birth).

    A household has one period for any month (``models.ledger.write`` cuts short what a new
    value overlaps), so one paid for both months from the same period is "same": only the
    periods starting after ``before`` or ending before ``month`` can make a difference, and
    those few (not every period paid) are grouped by household, then classified."""
    now, then = _paid_in(month), _paid_in(before)
    moved = or_(and_(P.c.first_month > before, P.c.first_month <= month),
                and_(P.c.last_month >= before, P.c.last_month < month))
    base = P.join(H, H.c.id == P.c.household_id) if village_id is not None else P
    per = _village(select(
        func.max(case((now, 1), else_=0)).label("in_now"), func.max(case((then, 1), else_=0)).label("in_then"),
        func.sum(case((now, P.c.covered), else_=0)).label("n_now"),
        func.sum(case((then, P.c.covered), else_=0)).label("n_then"),
        func.sum(case((now, P.c.amount_fen), else_=0)).label("a_now"),
        func.sum(case((then, P.c.amount_fen), else_=0)).label("a_then"),
    ).select_from(base).where(or_(now, then), moved).group_by(P.c.household_id), village_id).subquery("per")
    kind = case((per.c.in_then == 0, "new"), (per.c.in_now == 0, "stopped"),
                (per.c.a_now > per.c.a_then, "raised"), (per.c.a_now < per.c.a_then, "lowered"), else_="same")
    persons = case((per.c.in_now == 0, per.c.n_then), else_=per.c.n_now)
    stmt = (select(kind.label("k"), func.count(), func.sum(persons), func.sum(func.abs(per.c.a_now - per.c.a_then)),
                   func.sum(per.c.n_now - per.c.n_then))
            .group_by(kind))
    return [tuple(r) for r in conn.execute(stmt)]


def reviews_done(conn, first: dt.date, last: dt.date, village_id: VillageArg = None) -> list[tuple]:
    """(outcome, households) of the reviews recorded from ``first`` to ``last`` (a household
    reviewed twice with one conclusion is one household of it): the conclusions of the reviews the
    office made (visits), whether or not a 变更/取消 they proposed was granted since (the
    decisions that took effect are ``reviews.outcome_counts``); the stops the program records
    itself (end of 渐退, refusals of work) are no review and are left out."""
    R = Review.__table__
    base = R.join(H, H.c.id == R.c.household_id) if village_id is not None else R
    stmt = (select(R.c.outcome, func.count(func.distinct(R.c.household_id))).select_from(base)
            .where(R.c.review_date.between(first, last),
                   R.c.reason.not_in((review_rules.EXIT_END_REASON, review_rules.WORK_REFUSED_REASON)))
            .group_by(R.c.outcome))
    return [tuple(r) for r in conn.execute(_village(stmt, village_id, day=R.c.review_date))]


def reviews_due(conn, first: dt.date, last: dt.date, today: dt.date, village_id: int | None = None) -> tuple[int, int]:
    """(due within the period, overdue on ``today``) among receiving households."""
    S = ReviewSchedule.__table__
    stmt = (select(func.sum(case((S.c.next_review_date.between(first, last), 1), else_=0)),
                   func.sum(case((S.c.next_review_date < today, 1), else_=0)))
            .select_from(S.join(H, H.c.id == S.c.household_id)).where(H.c.status == HouseholdStatus.RECEIVING))
    due, overdue = conn.execute(_village(stmt, village_id)).one()
    return int(due or 0), int(overdue or 0)


def member_flags(conn, month: dt.date, elderly_born_before: dt.date, adult_born_before: dt.date,
                 village_id: int | None = None, joined_since: Sequence[int] = ()) -> list[tuple]:
    """Per household paid for ``month``: (household id, members, women, disabled, elderly,
    students, working (employed, flexible work, farming), working age without work, of them
    registered as unemployed, no work capacity), among the members in the household that month:
    one who left (died, married out, ...) before the month began is not counted, one who left
    within it is (the month is paid for that member; the household is re-assessed from the next);
    ``joined_since``: the members who joined their household after the month (ids)."""
    M = Member.__table__
    paid = select(P.c.household_id).where(_paid_in(month)).subquery("paid")
    present = _in_household(month)
    one = lambda cond: func.sum(case((and_(present, cond), 1), else_=0)).cast(Integer)  # noqa: E731
    no_work = and_(M.c.employment == "none", M.c.work_capacity != "none",
                   M.c.birth_date >= elderly_born_before, M.c.birth_date < adult_born_before)
    cols = (M.c.household_id, func.sum(case((present, 1), else_=0)).cast(Integer),
            one(M.c.sex == "女"), one(M.c.disability_grade > 0),
            one(M.c.birth_date < elderly_born_before), one(M.c.employment == "student"),
            one(M.c.employment.in_(("employed", "flexible", "farming"))),
            one(no_work),
            one(and_(no_work, M.c.unemployment_registered)),
            one(M.c.work_capacity == "none"))
    stmt = (select(*cols).select_from(M.join(paid, paid.c.household_id == M.c.household_id)
                         .join(H, H.c.id == M.c.household_id))
            .group_by(M.c.household_id))
    rows = [tuple(r) for r in conn.execute(_village(stmt, village_id))]
    if not joined_since:
        return rows
    # the few who joined since, counted alone and taken out: excluding them in the query above
    # tests each of every member's nine sums against the list (+600 ms on the 40,000-household demo)
    out = {r[0]: list(r[1:]) for r in rows}
    ordered = sorted(set(joined_since))
    for i in range(0, len(ordered), 500):
        alone = (select(*cols).select_from(M.join(H, H.c.id == M.c.household_id))
                 .where(M.c.id.in_(ordered[i:i + 500])).group_by(M.c.household_id))
        for hid, *counts in conn.execute(alone):
            if hid in out:
                out[hid] = [a - (b or 0) for a, b in zip(out[hid], counts)]
    return [(hid, *counts) for hid, counts in out.items()]


def code_counts(conn: Connection, month: dt.date, village_id: VillageArg = None,
                joined_since: Sequence[int] = ()) -> list[tuple]:
    """The county systems' fields among the households paid for ``month``: (field, code,
    households, persons), for the codes found. The persons are those the month pays for, so
    that each field's persons add up to the 保障人数 of the month: household fields
    (poverty_cause, sanwu) count the households and the persons the ledger covers for the
    month; member fields (self_care, health, person_status) the households that have such a
    member and the members covered and still in the household that month (``_paid_member``; not
    those of ``joined_since``, who joined it after the month). With a village, its households of
    the month."""
    paid = select(P.c.household_id, P.c.covered).where(_paid_in(month)).subquery("paid")
    members = _member_codes(conn, month, village_id, joined_since)
    if members is None:
        members = _member_codes_grouped(conn, paid, month, village_id, joined_since)
    return _household_codes(conn, paid, month, village_id) + members


def _paid_member(month: dt.date, joined_since: Sequence[int] = ()) -> ColumnElement[bool]:
    """A member the month pays for: covered (not 不享受), and in the household that month — not
    left (died, married out, imprisoned, split out: ``LEFT_STATUSES``) before the month began.
    A member who left within the month is still paid for it (the household is re-assessed from
    the month after); one marked as left with no date is not counted."""
    return and_(Member.__table__.c.covered.is_(True), _in_household(month, joined_since))


def _in_household(month: dt.date, joined_since: Sequence[int] = ()) -> ColumnElement[bool]:
    """A member in the household in ``month``: born by its end (a child born since, added to the
    household, is not one of an earlier month's members), not left (``LEFT_STATUSES``) before it
    began, and not one of ``joined_since`` (member ids: married in, moved in after the month, as
    the audit log shows; the members table keeps no day of joining)."""
    M = Member.__table__
    present = and_(M.c.birth_date < add_months(month, 1),
                   or_(M.c.person_status.not_in(sorted(s.value for s in hh.LEFT_STATUSES)), M.c.status_on >= month))
    return and_(present, M.c.id.not_in(list(joined_since))) if joined_since else present


def _household_codes(conn: Connection, paid: Subquery, month: dt.date, village_id: VillageArg) -> list[tuple]:
    """poverty_cause and sanwu: one grouped query over both (a handful of groups), each
    field's figures the sums of its groups."""
    stmt = (select(H.c.poverty_cause, H.c.sanwu, func.count(), func.coalesce(func.sum(paid.c.covered), 0))
            .select_from(H.join(paid, paid.c.household_id == H.c.id)).group_by(H.c.poverty_cause, H.c.sanwu))
    causes: dict[str, list[int]] = {}
    sanwu: dict[bool, list[int]] = {}
    for cause, is_sanwu, n, p in conn.execute(_village(stmt, village_id, month)):
        for figures in (causes.setdefault(cause, [0, 0]), sanwu.setdefault(is_sanwu, [0, 0])):
            figures[0] += int(n)
            figures[1] += int(p)
    return ([("poverty_cause", code, n, p) for code, (n, p) in sorted(causes.items())]
            + [("sanwu", code, n, p) for code, (n, p) in sorted(sanwu.items())])


# The member fields' codes, in the order of their digits below ("" is 未填; person_status is never blank).
MEMBER_CODES = (("self_care", hh.SELF_CARE + ("",)), ("health", hh.HEALTH + ("",)),
                ("person_status", hh.PERSON_STATUS))
_BASE = 256  # one digit per code: a household's members with that code, fewer than 256


def _member_codes(conn: Connection, month: dt.date, village_id: VillageArg,
                  joined_since: Sequence[int] = ()) -> list[tuple] | None:
    """self_care, health and person_status in one pass over the members of the households paid.

    Counting households per code needs each household's codes as a set (a COUNT(DISTINCT) per
    field costs a sort of every member, three times). Instead each household's members are
    summed per field into one number, a base-256 digit per code holding how many of its members
    have it (one grouping by household). The households are then grouped by each field's number
    (their mix of codes): a code's households are the groups whose digit is not 0, its persons
    the digits times the households. The mixes are few (they do not grow with the households),
    so reading them back is cheap. None when a member holds a code outside the lists, or a
    household has 256 members or more: then ``_member_codes_grouped`` counts."""
    M = Member.__table__

    def packed(col: ColumnElement, codes: tuple[str, ...]) -> ColumnElement:
        digits: dict[str, ColumnElement] = {code: literal_column(str(_BASE ** i)) for i, code in enumerate(codes)}
        return func.sum(case(digits, value=col, else_=literal_column(str(_BASE ** len(codes)))))

    base = P.join(M, M.c.household_id == P.c.household_id)
    if village_id is not None:
        base = base.join(H, H.c.id == P.c.household_id)
    per = _village(select(*(packed(M.c[f], codes).label(f) for f, codes in MEMBER_CODES),
                          func.count().label("n"))
                   .select_from(base).where(_paid_in(month), _paid_member(month, joined_since))
                   .group_by(P.c.household_id), village_id, month).cte("per")
    stmt = union_all(*(select(literal_column(str(i)), per.c[f], func.count(), func.max(per.c.n)).group_by(per.c[f])
                       for i, (f, _codes) in enumerate(MEMBER_CODES)))
    got: dict[tuple[str, str], list[int]] = {}
    for i, mix, households, largest in conn.execute(stmt):
        field, codes = MEMBER_CODES[int(i)]
        mix, households = int(mix), int(households)
        if int(largest) >= _BASE or mix >= _BASE ** len(codes):
            return None
        for k, code in enumerate(codes):
            if digit := mix // _BASE ** k % _BASE:
                figures = got.setdefault((field, code), [0, 0])
                figures[0] += households
                figures[1] += digit * households
    return [(field, code, *got[(field, code)]) for field, codes in MEMBER_CODES for code in sorted(codes)
            if (field, code) in got]


def _member_codes_grouped(conn: Connection, paid: Subquery, month: dt.date, village_id: VillageArg,
                          joined_since: Sequence[int] = ()) -> list[tuple]:
    """The member fields as plain grouped queries, one per field: any code, any household."""
    M = Member.__table__
    members = M.join(paid, paid.c.household_id == M.c.household_id)
    if village_id is not None:
        members = members.join(H, H.c.id == M.c.household_id)
    out: list[tuple] = []
    for field, _codes in MEMBER_CODES:
        col = M.c[field]
        stmt = (select(col, func.count(func.distinct(M.c.household_id)), func.count())
                .select_from(members).where(_paid_member(month, joined_since)).group_by(col))
        out += [(field, c, int(n), int(p)) for c, n, p in conn.execute(_village(stmt, village_id, month))]
    return out


def household_rows(conn, ids: list[int]) -> list[tuple]:
    """(id, village, head, head id, hukou, persons, per-capita income, bank, account, account holder's
    name or "", village id) by village and id; the holder (开户人) is named only when a member other than the head
    holds the account."""
    V = Village.__table__
    M = Member.__table__.alias("holder")
    holder = and_(M.c.household_id == H.c.id, M.c.id_number == H.c.bank_holder_id_number,
                  M.c.id_number != H.c.head_id_number)
    stmt = (select(H.c.id, V.c.name, H.c.head_name, H.c.head_id_number, H.c.hukou_type, H.c.person_count,
                   H.c.per_capita_fen, H.c.bank_name, H.c.bank_account, func.coalesce(M.c.name, ""), H.c.village_id)
            .select_from(H.join(V, V.c.id == H.c.village_id).outerjoin(M, holder)))
    wanted = set(ids)
    return [tuple(r) for r in conn.execute(stmt.order_by(dialect.code_point(V.c.name), H.c.id)) if r[0] in wanted]


def complaints(conn, first: dt.date, last: dt.date, village_id: VillageArg = None,
               as_of: dt.date | None = None) -> tuple[int, int, int, int, int]:
    """Complaints received from ``first`` to ``last``: (received, substantiated (属实 or 部分属实),
    answered by their deadline, open past their deadline on ``as_of`` (default ``last``; a
    period not over is counted on today: a deadline later this month is not missed yet), as the
    register's sheet of the roster package shows them then, answered after their deadline by
    ``as_of``). With a village, those about its households in the month received (a complaint
    keeps no village of its own)."""
    as_of = as_of or last
    from dibao_desk.domain.registers import SUBSTANTIATED_FINDINGS, ComplaintStatus

    C = Complaint.__table__
    one = lambda cond: func.coalesce(func.sum(case((cond, 1), else_=0)), 0)  # noqa: E731
    stmt = select(func.count(), one(C.c.finding.in_([str(f) for f in SUBSTANTIATED_FINDINGS])),
                  one(and_(C.c.status == str(ComplaintStatus.ANSWERED), C.c.answered_on <= C.c.due_on)),
                  # open on ``as_of``: answered since is still what was overdue then (a report of a
                  # past period does not lose it when the late answer is recorded)
                  one(and_(or_(C.c.status == str(ComplaintStatus.OPEN), C.c.answered_on > as_of),
                           C.c.due_on < as_of)),
                  one(and_(C.c.status == str(ComplaintStatus.ANSWERED), C.c.answered_on > C.c.due_on,
                           C.c.answered_on <= as_of)))
    stmt = stmt.where(C.c.received_on.between(first, last))
    if village_id is not None:
        stmt = stmt.select_from(C.join(H, H.c.id == C.c.household_id)).where(
            village_condition(village_id, day=C.c.received_on))
    received, found, on_time, late, answered_late = conn.execute(stmt).one()
    return int(received), int(found), int(on_time), int(late), int(answered_late)


def integrity(conn, first: dt.date, last: dt.date, village_id: VillageArg = None,
              joined_since: Sequence[int] = ()) -> tuple[int, int, int, int, int]:
    """The integrity registers for ``first`` to ``last``: (false declarations recorded as a warning,
    as a listing on the blacklist, persons whose bar is still running on ``last``, 备案 relatives
    who are members of a household the ledger covers for the month of ``last``, household events
    recorded). With a
    village, only what names one of its households: in the month found, recorded, or the month
    of ``last`` (barred, relatives). ``joined_since``: members who joined after ``last``'s month."""
    from dibao_desk.domain.registers import DeclarationOutcome

    F, R, E, M = (FalseDeclaration.__table__, FilingRelative.__table__, ReviewEvent.__table__,
                  Member.__table__)
    one = lambda cond: func.coalesce(func.sum(case((cond, 1), else_=0)), 0)  # noqa: E731
    in_village = (lambda t, col: t.join(H, H.c.id == col)) if village_id is not None else (lambda t, col: t)
    month = dt.date(last.year, last.month, 1)

    def where_village(day: Any = None) -> list[ColumnElement[bool]]:
        if village_id is None:
            return []
        return [village_condition(village_id, None if day is not None else month, day)]

    declared = select(one(F.c.outcome == str(DeclarationOutcome.WARNING)),
                      one(F.c.outcome == str(DeclarationOutcome.LISTED))).select_from(
        in_village(F, F.c.household_id)).where(F.c.found_on.between(first, last), *where_village(F.c.found_on))
    warnings, listed = conn.execute(declared).one()
    barred = conn.execute(select(func.count(func.distinct(F.c.id_number))).select_from(
        in_village(F, F.c.household_id)).where(F.c.bar_ends >= last, F.c.found_on <= last, *where_village())).scalar()
    # from the register (a few entries) to the member of that ID number, not from every receiving
    # household: a member that month of a household the ledger has 在保 or 渐退 for the period's
    # last month (not the household's status today: a report of a past period does not change
    # when a household is cancelled since)
    living = (select(M.c.id).select_from(M.join(P, P.c.household_id == M.c.household_id)
                                          .join(H, H.c.id == M.c.household_id))
              .where(M.c.id_number == R.c.id_number, _covering(month), _in_household(month, joined_since),
                     *where_village()))
    relatives = conn.execute(select(func.count(func.distinct(R.c.id_number))).where(
        R.c.registered_on <= last, living.exists())).scalar()
    events = conn.execute(select(func.count()).select_from(in_village(E, E.c.household_id)).where(
        E.c.on.between(first, last), *where_village(E.c.on))).scalar()
    return int(warnings), int(listed), int(barred or 0), int(relatives or 0), int(events or 0)


def rosters(conn: Connection, first: dt.date, last: dt.date, village_id: VillageArg = None) -> list[tuple]:
    """The signed rosters (已审核, 已报县) of periods overlapping ``first``..``last``, by first month
    and id: (id, period, kind, name, status, first month, households, persons, regular months,
    补发, 追回 (negative), 专项补贴, total, failed transfers, their amount, 追回 on transfers the
    bank has not answered yet (negative)), from their paid lines (those listed apart are not
    paid). A household counts once per roster, with the most persons any of its lines has; its
    lines are one transfer, sent when they add up to more than 0 and answered on all of them.
    With a village, only the lines of its households (a household moved since counts in the
    village it was in at the end of the roster's first month): a roster with none of them is
    listed with 0 households (it is signed; it paid the village nothing)."""
    from dibao_desk.domain.payroll import LOCKED_STATUSES, BankStatus, LineKind
    from dibao_desk.models.payroll import Payroll, PayrollLine

    R, L = Payroll.__table__, PayrollLine.__table__
    of_kind = lambda kind: func.coalesce(func.sum(case((L.c.line_kind == str(kind), L.c.total_fen), else_=0)), 0)  # noqa: E731
    failed = L.c.bank_status == str(BankStatus.FAILED)
    signed = and_(R.c.status.in_([str(s) for s in LOCKED_STATUSES]), R.c.first_month <= last, R.c.last_month >= first)
    base = L.join(R, R.c.id == L.c.payroll_id)
    if village_id is not None:
        base = base.join(H, H.c.id == L.c.household_id)
    per = _village(select(
        L.c.payroll_id.label("pid"), func.max(L.c.persons).label("persons"),
        of_kind(LineKind.REGULAR).label("regular"), of_kind(LineKind.BACK_PAY).label("back"),
        of_kind(LineKind.RECOVERY).label("recovery"), of_kind(LineKind.SUBSIDY).label("subsidy"),
        func.sum(L.c.total_fen).label("total"),
        func.coalesce(func.sum(case((failed, 1), else_=0)), 0).label("failed"),
        func.coalesce(func.sum(case((failed, L.c.total_fen), else_=0)), 0).label("failed_fen"),
        func.max(L.c.bank_status).label("answer"))
        .select_from(base)
        .where(signed, L.c.zero.is_(False))
        .group_by(L.c.payroll_id, L.c.household_id), village_id, day=R.c.first_month).subquery("per")
    waiting = case((and_(per.c.answer == str(BankStatus.UNANSWERED), per.c.total > 0), per.c.recovery), else_=0)
    # every signed roster, with 0 households where none of its paid lines is the village's
    stmt = (select(R.c.id, R.c.period, R.c.kind, R.c.name, R.c.status, R.c.first_month, R.c.last_month,
                   func.count(per.c.pid),
                   *(func.sum(per.c[k]) for k in ("persons", "regular", "back", "recovery", "subsidy", "total",
                                                  "failed", "failed_fen")), func.sum(waiting))
            .select_from(R.outerjoin(per, R.c.id == per.c.pid)).where(signed)
            .group_by(R.c.id, R.c.period, R.c.kind, R.c.name, R.c.status, R.c.first_month, R.c.last_month)
            .order_by(R.c.first_month, R.c.id))
    return [(*r[:5], _as_date(r[5]), _as_date(r[6]), *(int(v or 0) for v in r[7:])) for r in conn.execute(stmt)]
