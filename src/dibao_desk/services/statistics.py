"""Statistics of a month, a quarter or a year: what the 统计 tab shows, what `stats` prints,
and the tables of the monthly, quarterly and yearly report (月报 / 季报 / 年报) and the 台账.
A year's figures: the households and persons at its end (December's 台账), the movement and
the money month by month over its twelve months (with the year's total), the reviews,
complaints and linked assistance of the year.

Money and persons come from the benefit ledger (what was paid for each month); reviews
from the review records and schedules; linked assistance from its register. Each figure
is one SQL aggregate (models/statistics.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from dibao_desk import messages
from dibao_desk.domain import statistics as st
from dibao_desk.domain.ledger import add_months
from dibao_desk.domain.periods import Period, period_of
from dibao_desk.domain.reviews import WORKING_AGE_LOW
from dibao_desk.domain.statistics import INT, MONEY, PERMILLE, TEXT, Change, Counts, Table
from dibao_desk.models import statistics as sql
from dibao_desk.services import assistance, policy, reviews
from dibao_desk.services.progress import Progress
from dibao_desk.services.reviews_results import MonthCounts
from dibao_desk.services.uow import UnitOfWork

HUKOU = ("urban", "rural")
CLASSES = ("class1", "class2", "class3", "")
TREND_MONTHS = 12


@dataclass(frozen=True)
class VillageShare:
    village_id: int
    name: str
    population: int
    counts: Counts
    share_permille: int  # covered persons per thousand residents (0 when no population is kept)


@dataclass(frozen=True)
class ReviewFigures:
    due: int          # falling due within the period
    overdue: int      # overdue today
    done: dict[str, Any]        # outcome -> reviews recorded within the period


@dataclass(frozen=True)
class RosterFigures:
    """A signed roster's paid lines (those listed apart are not paid): what the bank was asked to
    pay, net of the 追回 it deducts, and what the bank sent back as failed."""

    payroll_id: int
    period: str
    kind: str             # domain.payroll.PayrollKind
    name: str
    status: str           # domain.payroll.PayrollStatus (signed: reviewed or reported)
    first_month: dt.date
    last_month: dt.date
    households: int
    persons: int
    regular_fen: int      # the ledger's months (补差 and 分类施保)
    back_pay_fen: int     # 补发 lines
    recovery_fen: int     # 追回 deducted (negative)
    subsidy_fen: int      # 专项补贴 lines
    total_fen: int        # what the roster pays: the sum of the above
    failed: int           # transfers the bank answered as failed
    failed_fen: int
    awaiting_recovery_fen: int = 0  # of ``recovery_fen``, on transfers the bank has not answered yet (negative)


@dataclass(frozen=True)
class Overview:
    period: Period
    village_id: int | None
    month: dt.date                             # the period's last month: "as of"
    by_class: dict[tuple[str, str], Counts]    # (hukou, category) -> Counts, paid for ``month``
    totals: Counts
    changes: tuple[Change, ...]                # one per month of the period
    trend: tuple[tuple[dt.date, Counts], ...]  # the twelve months up to ``month``
    adjustments: dict[tuple[dt.date, str], int]  # (month, kind) -> 补发 (> 0) / 追回 (< 0) booked
    villages: tuple[VillageShare, ...]
    township_population: int
    reviews: ReviewFigures
    flows: tuple[MonthCounts, ...]             # 新增/保留/变更/取消 over the twelve months
    complaints: tuple[int, int, int, int, int]  # received, substantiated, answered in time, overdue, answered late
    assistance: tuple[assistance.KindTotal, ...]
    fund_shares: tuple[tuple[str, int], ...] = ()  # 资金来源 shares (basis points) of the policy in force
    # the county systems' fields among the households paid for ``month``: (field, code, households, persons)
    fields: tuple[tuple[str, str, int, int], ...] = ()
    # the integrity registers: (warnings, listings on the blacklist, barred on the last day,
    # 备案 relatives in receiving households, events recorded)
    integrity: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)
    # the signed rosters of periods overlapping the twelve months up to ``month`` (what was paid)
    rosters: tuple[RosterFigures, ...] = ()
    today: dt.date | None = None               # the day the figures were taken (months after it: planned)
    # 在保 on the books for ``month`` at 0 元, not paid and not counted above: (households, persons)
    zero: tuple[int, int] = (0, 0)
    # month -> recovered (> 0) on the 追回 register's entries made by hand (not opened by a ledger
    # 追回, which ``adjustments`` holds): deducted by rosters or by hand, and cash received
    recovered: dict[dt.date, int] = dataclasses.field(default_factory=dict)
    # village name -> what the period's signed regular roster pays it (the payments package's
    # 村汇总); None when the period has no signed regular roster
    roster_villages: dict[str, int] | None = None
    # households given any linked assistance in the period (one household of two kinds is one)
    assistance_households: int = 0

    def in_period(self) -> tuple[RosterFigures, ...]:
        """The signed rosters of periods overlapping the statistics' period."""
        return tuple(r for r in self.rosters if r.first_month <= self.period.last and r.last_month >= self.period.first)


def overview(uow: UnitOfWork, period: Period, village_id: int | None = None,
             today: dt.date | None = None) -> Overview:
    today = today or dt.date.today()
    month = period.months[-1]
    first_trend = add_months(month, -(TREND_MONTHS - 1))
    # Read as one snapshot: an import another clerk commits meanwhile counts wholly or not at all
    # (on PostgreSQL each statement would otherwise see the store at its own moment).
    with uow:
        uow.read_snapshot()
        conn = uow.session.connection()
        trend_months = [add_months(first_trend, i) for i in range(TREND_MONTHS)]
        # the households placed elsewhere (village, 户籍) at a month's end than now: counted where
        # they were, as the month's 台账 lists them (a village's figures: every month's; the
        # township's: the month's class and village tables only)
        moved = _moved(conn, trend_months if village_id is not None else [month], today)
        groups = sql.by_village_and_class(conn, month) + moved.shifted(month)
        changes = tuple(_change(conn, m, village_id, moved) for m in period.months)
        found = {m: Counts(n, p, a, s) for m, n, p, a, s in sql.trend(conn, trend_months, village_id)}
        if village_id is not None:
            for (hid, m), _place in moved.then.items():
                sign, got = moved.village_sign(hid, m, village_id), moved.paid.get((hid, m))
                if sign and got is not None:
                    found[m] = found.get(m, Counts()) + Counts(sign, sign * got[1], sign * got[2], sign * got[3])
        trend = tuple((m, found.get(m, Counts())) for m in (add_months(first_trend, i) for i in range(TREND_MONTHS)))
        # a village's households as each month counts them (those moved since, where they were):
        # its 补发/追回, 追回 received, reviews and their outcomes, complaints, 1+X assistance and
        # integrity registers in the month they were booked, received, recorded, decided or given;
        # its signed rosters' lines in the roster's first month; its 0 元 and county fields at the
        # month's end. The reviews due and overdue are those of the schedule as it stands today:
        # counted by today's village.
        place = moved.village(village_id) if village_id is not None else None
        # the members who joined a household after the month (married in, moved in): not its then
        joined = _joined_since(conn, month, today)
        adjusted = {(m, k): a for m, k, a in sql.adjustments(conn, first_trend, month, place)}
        all_villages = sql.villages(conn)
        done = dict(sql.reviews_done(conn, period.first, period.last, place))
        due, overdue = sql.reviews_due(conn, period.first, period.last, today, village_id)
        complaints = sql.complaints(conn, period.first, period.last, place, min(period.last, today))
        fields = tuple(sql.code_counts(conn, month, place, joined))
        integrity = sql.integrity(conn, period.first, period.last, place, joined)
        rosters = tuple(RosterFigures(*r) for r in sql.rosters(conn, first_trend, period.last, place))
        zero = sql.zero_in(conn, month, place)
        recovered = dict(sql.register_recovered(conn, first_trend, month, place))
        # a quarter's village figures: its quarterly roster, or the rosters of its months; a
        # year's: the rosters of its quarters and months
        by_roster = sql.roster_villages(conn, _roster_periods(period))
        if by_roster is not None:
            by_roster = _under_present_names(by_roster, all_villages, sql.village_history(conn))
        # the services' own reads, in the same transaction (their ``with uow`` nests in this one)
        flows = tuple(reviews.outcome_counts(uow, first_trend, month, place))
        aid = tuple(assistance.totals(uow, period.first, period.last, place))
        in_force = policy.policy_in_force(uow, month)
        given = assistance.households_given(uow, period.first, period.last, place)
    by_class: dict[tuple[str, str], Counts] = {}
    per_village: dict[int, Counts] = {}
    for vid, h, c, n, p, a, s in groups:
        counts = Counts(n, p or 0, a or 0, s or 0)
        per_village[vid] = per_village.get(vid, Counts()) + counts
        if village_id is None or vid == village_id:
            by_class[(h, c)] = by_class.get((h, c), Counts()) + counts
    by_class = {k: v for k, v in by_class.items() if v != Counts()}  # a group only moved out of
    villages = tuple(VillageShare(vid, name, pop or 0, per_village.get(vid, Counts()),
                                  st.permille(per_village.get(vid, Counts()).persons, pop or 0))
                     for vid, name, pop in all_villages if village_id is None or vid == village_id)
    shares = tuple(in_force.figures.fund_shares.items()) if in_force is not None else ()
    return Overview(period, village_id, month, by_class, st.total(by_class.values()), changes, trend, adjusted,
                    villages,
                    sum(pop or 0 for _, _, pop in all_villages), ReviewFigures(due, overdue, done), flows,
                    complaints, aid, shares, fields, integrity, rosters, today, zero, recovered,
                    dict(by_roster) if by_roster is not None else None,
                    given)


def _roster_periods(period: Period) -> list[str]:
    """The roster periods (a month or a quarter) whose rosters pay ``period``."""
    if period.is_year:
        return [f"{period.first.year}Q{q}" for q in range(1, 5)] + [f"{m:%Y-%m}" for m in period.months]
    return [period.text] + ([f"{m:%Y-%m}" for m in period.months] if period.is_quarter else [])


def _under_present_names(by_roster: list[tuple[Any, ...]], all_villages: list[tuple[Any, ...]],
                         history: list[tuple[Any, ...]]) -> list[tuple[str, int]]:
    """A roster's lines name the village as it was called when the roster was made: the money
    of a village renamed or merged since is counted under the village it became, not lost under
    a name no village has now, nor given to a new village that took up a retired name later.

    Each roster is placed in the audit log (its making's row; without one, its day against the
    rows' days): undoing the creations, renames and merges after it gives the village that bore
    each name then, and the merges after it the village that one is part of now."""
    name_of = {vid: name for vid, name, _pop in all_villages}
    events = []  # (row id, day, action, village id, was, now), oldest first
    for row_id, day, action, vid, before, after in history:
        events.append((row_id, day, action, vid, json.loads(before or "null") or {},
                       json.loads(after or "null") or {}))
    totals: dict[str, int] = {}
    resolved: dict[tuple[Any, Any], dict[str, int]] = {}  # (day, audit id) -> name then -> village id
    for name, fen, made_on, audit_id in by_roster:
        key = (made_on, audit_id)
        if key not in resolved:
            resolved[key] = _names_then(events, name_of, made_on, audit_id)
        then = resolved[key]
        target = name
        if name in then:
            vid, merged_into, seen = then[name], _merges_after(events, made_on, audit_id), set()
            while vid in merged_into and vid not in seen:
                seen.add(vid)
                vid = merged_into[vid]
            target = name_of.get(vid, name)
        totals[target] = totals.get(target, 0) + fen
    return list(totals.items())


def _after(event: tuple[Any, ...], made_on: dt.date | None, audit_id: int | None) -> bool:
    """Whether an audit row came after the roster's making (by row order; by day when the
    roster has no row of its making, a change on the roster's own day counted before it)."""
    if audit_id is not None:
        return bool(event[0] > audit_id)
    return made_on is not None and event[1] is not None and event[1] > made_on


def _names_then(events: list[tuple[Any, ...]], name_of: dict[int, str], made_on: dt.date | None,
                audit_id: int | None) -> dict[str, int]:
    """The name each village bore when the roster was made -> its id: today's names, with the
    log's creations, renames and merges since undone, newest first."""
    at: dict[int, str] = dict(name_of)
    for _row, _day, action, vid, was, now in reversed([e for e in events if _after(e, made_on, audit_id)]):
        if vid is None:
            continue
        if action == "create":
            at.pop(vid, None)
        elif action == "rename" and was.get("name"):
            at[vid] = was["name"]
        elif action == "merge" and now.get("removed") is not None:
            source = (was.get("source") or {}).get("name")
            if source:
                at[int(now["removed"])] = source
    return {name: vid for vid, name in at.items()}


def _merges_after(events: list[tuple[Any, ...]], made_on: dt.date | None, audit_id: int | None) -> dict[int, int]:
    """A village merged away since the roster was made -> the one it went into."""
    return {int(now["removed"]): vid for _row, _day, action, vid, _was, now in events
            if action == "merge" and vid is not None and now.get("removed") is not None
            and _after((_row, _day), made_on, audit_id)}


@dataclass(frozen=True)
class _Moved:
    """The households whose village or 户籍 at the end of a month that has passed was not what
    their record holds now (moved village, rural -> urban since), read from the audit log as the
    台账 of that month reads it. The statistics' SQL groups by the record as it is now; these
    few households' figures are taken from where they are now and put where they were then."""

    now: dict[int, tuple[int, str]]                              # household -> (village, hukou) now
    then: dict[tuple[int, dt.date], tuple[int, str]]             # (household, month) -> as at the month's end
    paid: dict[tuple[int, dt.date], tuple[str, int, int, int]]   # (household, month) -> category, persons, fen, supplement

    def shifted(self, month: dt.date) -> list[tuple[Any, ...]]:
        """``sql.by_village_and_class`` rows moving the month's paid households placed elsewhere
        then: out of their village and 户籍 of now (negative), into those of the month's end."""
        out = []
        for (hid, m), (vid, hukou) in self.then.items():
            got = self.paid.get((hid, m)) if m == month else None
            if got is not None:
                category, persons, fen, supplement = got
                out.append((*self.now[hid], category, -1, -persons, -fen, -supplement))
                out.append((vid, hukou, category, 1, persons, fen, supplement))
        return out

    def village(self, village_id: int) -> sql.VillageThen:
        """``village_id``'s households as the months count them (``sql.VillageThen``)."""
        joined: dict[dt.date, list[int]] = {}
        left: dict[dt.date, list[int]] = {}
        for (hid, m), (vid, _hukou) in self.then.items():
            if (vid == village_id) != (self.now[hid][0] == village_id):
                (joined if vid == village_id else left).setdefault(m, []).append(hid)
        return sql.VillageThen(village_id, joined, left)

    def village_sign(self, hid: int, month: dt.date, village_id: int) -> int:
        """+1 when the household was in ``village_id`` at the month's end but is counted elsewhere
        now, -1 for the reverse, else 0."""
        then = self.then.get((hid, month))
        if then is None or (then[0] == village_id) == (self.now[hid][0] == village_id):
            return 0
        return 1 if then[0] == village_id else -1


def _log_time(day: dt.date) -> dt.datetime:
    """The start of the office's local ``day`` as the audit log keeps its times (UTC, naive)."""
    return dt.datetime.combine(day, dt.time()).astimezone(dt.timezone.utc).replace(tzinfo=None)


def _moved(conn: Connection, months: list[dt.date], today: dt.date) -> _Moved:
    """``_Moved`` for the ends of ``months`` (those that have passed by ``today``), with what the
    ledger paid them for those months and the month before each."""
    passed = sorted(m for m in months if add_months(m, 1) <= today)
    if not passed:
        return _Moved({}, {}, {})
    kept: dict[int, list[tuple[dt.datetime, Any, Any]]] = {}  # household -> (time, village, hukou) before each save
    for hid, at, before in sql.household_records_since(conn, _log_time(add_months(passed[0], 1))):
        was = json.loads(before) if before else None
        if isinstance(was, dict) and ("village_id" in was or "hukou_type" in was):
            kept.setdefault(hid, []).append((at, was.get("village_id"), was.get("hukou_type")))
    if not kept:
        return _Moved({}, {}, {})
    village_names = {vid for vid, _name, _pop in sql.villages(conn)}
    merged_into = _merges_after(_village_events(sql.village_history(conn)), None, 0)
    now = sql.household_places(conn, list(kept))
    then: dict[tuple[int, dt.date], tuple[int, str]] = {}
    for hid, saves in kept.items():
        if hid not in now:
            continue
        for m in passed:
            end = _log_time(add_months(m, 1))
            vid = next((v for at, v, _h in saves if at >= end and v is not None), None)
            hukou = next((h for at, _v, h in saves if at >= end and h), None)
            seen: set[int] = set()
            while vid in merged_into and vid not in seen:  # merged away since: the village it went into
                seen.add(vid)
                vid = merged_into[vid]
            place = (vid if isinstance(vid, int) and vid in village_names else now[hid][0], hukou or now[hid][1])
            if place != now[hid]:
                then[(hid, m)] = place
    paid: dict[tuple[int, dt.date], tuple[str, int, int, int]] = {}
    moved = {hid for hid, _m in then}
    if moved:
        wanted = sorted({add_months(m, -1) for m in passed} | set(passed))
        for hid, first, last, category, persons, fen, supplement in sql.paid_periods(conn, list(moved), wanted[0], wanted[-1]):
            for m in wanted:
                if first <= m and (last is None or last >= m):
                    paid[(hid, m)] = (category or "", int(persons or 0), int(fen or 0), int(supplement or 0))
    return _Moved({hid: now[hid] for hid in moved}, then, paid)


def _joined_since(conn: Connection, month: dt.date, today: dt.date) -> list[int]:
    """The ids of the members who joined their household after ``month`` ended (married in,
    moved in from elsewhere, added by the form): the members table keeps no day of joining, the
    audit log does. A household's members at the month's end are those its first row since
    lists before it; a member now in it whose ID number and name are both missing there (one of
    them alone corrected is the same person) joined since. A household created since is left as
    it is (its first record is the one the month's ledger was decided on). Only the households
    whose rows since show a member added are looked up."""
    next_first = add_months(month, 1)
    if next_first > today:
        return []
    then: dict[int, tuple[set[str], set[str]] | None] = {}  # household -> (ID numbers, names) at the month's end
    added: set[int] = set()
    for hid, before, after in sql.member_lists_since(conn, _log_time(next_first)):
        if hid not in then:
            was = json.loads(before) if before else None
            listed = was.get("members") if isinstance(was, dict) else None
            then[hid] = ({m.get("id_number") or "" for m in listed}, {m.get("name") or "" for m in listed}) \
                if isinstance(listed, list) else None
        known = then[hid]
        if known is None or hid in added:
            continue
        now = json.loads(after) if after else None
        if isinstance(now, dict) and any(m.get("id_number") not in known[0] and m.get("name") not in known[1]
                                         for m in now.get("members") or ()):
            added.add(hid)
    out = []
    for mid, hid, id_number, name in sql.members_of(conn, sorted(added)):
        known = then[hid]
        if known is not None and id_number not in known[0] and name not in known[1]:
            out.append(mid)
    return out


def _change(conn: Connection, month: dt.date, village_id: int | None, moved: _Moved | None = None) -> Change:
    found = sql.changes(conn, month, add_months(month, -1), village_id)
    if village_id is not None and moved is not None:
        found = found + _changes_moved(moved, month, village_id)
    got: dict[str, Counts] = {}
    for k, n, p, a, _moved in found:
        got[k] = got.get(k, Counts()) + Counts(n, p or 0, a or 0)
    persons_moved = sum(int(m or 0) for k, _n, _p, _a, m in found if k in ("raised", "lowered", "same"))
    return Change(month, got.get("new", Counts()), got.get("stopped", Counts()), got.get("raised", Counts()),
                  got.get("lowered", Counts()), persons_moved)


def _changes_moved(moved: _Moved, month: dt.date, village_id: int) -> list[tuple[Any, ...]]:
    """``sql.changes`` rows counting in ``village_id``'s month the households that were in it at
    the month's end but are elsewhere now, and taking out those counted in it by their village of
    now: each classified as ``sql.changes`` does (new, stopped, raised, lowered, same)."""
    out = []
    for hid, m in list(moved.then):
        sign = moved.village_sign(hid, m, village_id) if m == month else 0
        now, then = moved.paid.get((hid, month)), moved.paid.get((hid, add_months(month, -1)))
        if not sign or (now is None and then is None):
            continue
        n_now, a_now = (now[1], now[2]) if now else (0, 0)
        n_then, a_then = (then[1], then[2]) if then else (0, 0)
        kind = ("new" if then is None else "stopped" if now is None else "raised" if a_now > a_then
                else "lowered" if a_now < a_then else "same")
        out.append((kind, sign, sign * (n_then if now is None else n_now), sign * abs(a_now - a_then),
                    sign * (n_now - n_then)))
    return out


# ---- the tables ------------------------------------------------------------------------

def _w(group: str, code: str) -> str:
    return messages.label(group, code)


def _month_text(m: dt.date, today: dt.date | None = None) -> str:
    """2026年12月; marked as planned when ``today`` is given and the month is not reached yet."""
    text = f"{m.year}年{m.month}月"
    if today is not None and m > today:
        return _w("stats", "planned_month").format(month=text)
    return text


def _period_text(p: Period) -> str:
    if p.is_year:
        return f"{p.first.year}年"
    return f"{p.first.year}年第{(p.first.month - 1) // 3 + 1}季度" if p.is_quarter else _month_text(p.first)


def basic_table(o: Overview) -> Table:
    """基本情况表: households, persons and the monthly amount by urban/rural and class, 分类施保 apart."""
    rows = []
    for h in HUKOU:
        for c in CLASSES:
            v = o.by_class.get((h, c))
            if v is None and c == "":
                continue
            v = v or Counts()
            rows.append((f"{_w('hukou_type', h)}{_w('category', c) or _w('stats', 'unclassed')}",
                         v.households, v.persons, v.amount_fen - v.supplement_fen, v.supplement_fen, v.amount_fen))
    return Table.make("basic", _w("stats_table", "basic"), (
        (_w("stats", "group"), TEXT), (_w("stats", "households"), INT), (_w("stats", "persons"), INT),
        (_w("stats", "difference_fen"), MONEY), (_w("stats", "supplement_fen"), MONEY),
        (_w("stats", "amount_fen"), MONEY)), rows, _w("stats", "total"),
        note=_w("stats", "as_of").format(month=_month_text(o.month, o.today))
        + (_w("stats", "zero_apart").format(households=o.zero[0], persons=o.zero[1]) if o.zero[0] else ""))


def changes_table(o: Overview) -> Table:
    """月度增减变动表: 新增, 停保, 增加, 减少 per month, each as households, persons and money, and
    the persons gained or lost by households paid both months (变更增减人数), so that last month's
    persons + 新增 − 停保 + 变更增减 are this month's."""
    rows = [(_month_text(c.month, o.today), c.new.households, c.new.persons, c.new.amount_fen,
             c.stopped.households, c.stopped.persons, c.stopped.amount_fen,
             c.raised.households, c.raised.amount_fen, c.lowered.households, c.lowered.amount_fen, c.persons_moved)
            for c in o.changes]
    cols = [(_w("stats", "month"), TEXT)]
    for kind, with_persons in (("new", True), ("stopped", True), ("raised", False), ("lowered", False)):
        word = _w("change_kind", kind)
        cols.append((f"{word}{_w('stats', 'households')}", INT))
        if with_persons:
            cols.append((f"{word}{_w('stats', 'persons')}", INT))
        cols.append((f"{word}{_w('stats', 'money')}", MONEY))
    cols.append((_w("stats", "persons_moved"), INT))
    return Table.make("changes", _w("stats_table", "changes"), cols, rows,
                      _w("stats", "total") if len(rows) > 1 else "", note=_w("stats", "changes_note"))


def _recovered(o: Overview, m: dt.date) -> int:
    """What was recovered in month ``m`` by every route, each once (> 0): the ledger's 追回 in
    the month decided (what is later deducted or paid back for it is the same money), and on
    the register's entries made by hand what rosters or the office deducted and cash received."""
    return -o.adjustments.get((m, "recovery"), 0) + o.recovered.get(m, 0)


def funds_table(o: Overview) -> Table:
    """资金汇总表: over the twelve months, what the ledger owes for each month (补差 and 分类施保
    apart, 补发 in the month decided), less what was recovered in the month by every route
    (``_recovered``), and beside it what the signed rosters paid: the
    regular and 补发 rosters of periods starting that month (a quarter's in its first month), net
    of their deductions, and of it what the bank sent back as failed. Blank where no roster of
    the month is signed: the ledger's figure is not what was paid."""
    paid: dict[dt.date, list[int]] = {}
    for r in o.rosters:
        if r.kind != "subsidy":
            figures = paid.setdefault(r.first_month, [0, 0])
            figures[0] += r.total_fen
            figures[1] += r.failed_fen
    rows = []
    for m, c in o.trend:
        back = o.adjustments.get((m, "back_pay"), 0)
        recovered = _recovered(o, m)
        roster = paid.get(m, ("", ""))
        rows.append((_month_text(m, o.today), c.households, c.persons, c.amount_fen - c.supplement_fen,
                     c.supplement_fen, back, recovered, c.amount_fen + back - recovered, *roster))
    table = Table.make("funds", _w("stats_table", "funds_year" if o.period.is_year else "funds"), (
        (_w("stats", "month"), TEXT), (_w("stats", "households"), INT), (_w("stats", "persons"), INT),
        (_w("stats", "difference_fen"), MONEY), (_w("stats", "supplement_fen"), MONEY),
        (_w("stats", "back_pay_fen"), MONEY), (_w("stats", "recovery_fen"), MONEY),
        (_w("stats", "ledger_fen"), MONEY), (_w("stats", "roster_paid_fen"), MONEY),
        (_w("stats", "roster_failed_fen"), MONEY)), rows, "", note=_w("stats", "funds_note"))
    if not o.period.is_year:
        return table
    # a year's twelve months: its money is their sum (a roster's where one was signed); the
    # households and persons of each month add up to no count of anyone
    label = _w("stats", "total")
    total = tuple(label if i == 0 else "" if i in (1, 2) else sum(r[i] for r in rows if r[i] != "")
                  for i in range(len(table.headers)))
    return dataclasses.replace(table, total_label=label, total=total)


def rosters_table(o: Overview) -> Table:
    """造册发放情况: each signed roster of the period, what it paid net of its deductions, and the
    transfers the bank sent back as failed (paid again, if at all, by a later 补发 roster)."""
    rows = []
    for r in o.in_period():
        p = period_of(r.period)
        when = _period_text(p) if p is not None else r.period
        kind = _w("payroll_kind", r.kind) + (f"：{r.name}" if r.name else "")
        rows.append((_w("stats", "roster_name").format(period=when, kind=kind), _w("payroll_status", r.status),
                     r.households, r.persons, r.regular_fen, r.back_pay_fen, -r.recovery_fen, r.subsidy_fen,
                     r.total_fen, r.failed, r.failed_fen, -r.awaiting_recovery_fen))
    table = Table.make("rosters", _w("stats_table", "rosters"), (
        (_w("stats", "roster"), TEXT), (_w("stats", "roster_status"), TEXT), (_w("stats", "households"), INT),
        (_w("stats", "persons"), INT), (_w("stats", "roster_regular_fen"), MONEY),
        (_w("stats", "back_pay_fen"), MONEY), (_w("stats", "roster_recovery_fen"), MONEY),
        (_w("stats", "roster_subsidy_fen"), MONEY), (_w("stats", "roster_paid_fen"), MONEY),
        (_w("stats", "roster_failed"), INT), (_w("stats", "roster_failed_only_fen"), MONEY),
        (_w("stats", "roster_recovery_awaiting_fen"), MONEY)),
        rows, _w("stats", "total") if len(rows) > 1 else "",
        note=_w("stats", "rosters_note") if rows else _w("stats", "rosters_none"))
    if table.total is None:
        return table
    # a household is on each month's roster (and again on a 补发 one): its households and persons add up to nothing
    return dataclasses.replace(table, total=table.total[:2] + ("", "") + table.total[4:])


def sources_table(o: Overview) -> Table:
    """资金来源表: the period's money (its months as the ledger pays them, with 补发, less 追回
    as the funds table counts it)
    by the level of government paying it, each part allocated by the policy's shares to the fen
    (largest remainder), so the sources add up to the period's total."""
    from dibao_desk.domain.payroll import allocate

    months = set(o.period.months)
    paid = [c for m, c in o.trend if m in months]
    benefit = sum(c.amount_fen - c.supplement_fen for c in paid)
    supplement = sum(c.supplement_fen for c in paid)
    other = sum(a for (m, _k), a in o.adjustments.items() if m in months) - sum(
        a for m, a in o.recovered.items() if m in months)
    shares = dict(o.fund_shares)
    parts = [allocate(x, shares) for x in (benefit, supplement, other)] if shares else []
    rows = [(messages.label("fund_source", k), f"{v / 100:g}%", *(p[k] for p in parts),
             sum(p[k] for p in parts)) for k, v in o.fund_shares]
    return Table.make("sources", _w("stats_table", "sources"), (
        (_w("stats", "source"), TEXT), (_w("stats", "source_share"), TEXT),
        (_w("stats", "difference_fen"), MONEY), (_w("stats", "supplement_fen"), MONEY),
        (_w("stats", "adjustments_fen"), MONEY), (_w("stats", "ledger_fen"), MONEY)), rows, _w("stats", "total"),
        note=_w("stats", "sources_note"))


def villages_table(o: Overview) -> Table:
    """各村（社区）保障情况. A village whose population is not kept (0) has no share (blank), and
    the township's share is the persons of the villages whose population is kept over it.

    Beside the ledger's month (one month, no 补发 or 追回), what the period's signed regular
    roster pays each village (a quarter's: its quarterly roster or its months' rosters), net of
    its 补发 and 追回 lines (blank with no signed roster): the
    figure the payments package sent to the county shows for the village (村汇总), which a clerk
    compares with this table; the note says why the two differ."""
    by_roster = o.roster_villages
    rows = [(v.name, v.population, v.counts.households, v.counts.persons, v.counts.amount_fen,
             by_roster.get(v.name, 0) if by_roster is not None else "",
             v.share_permille if v.population > 0 else "") for v in o.villages]
    unknown = [v.name for v in o.villages if v.population <= 0]
    notes = [_w("stats", "villages_note").format(month=_month_text(o.month, o.today), period=o.period.text)]
    if by_roster is None:
        notes.append(_w("stats", "villages_no_roster").format(period=o.period.text))
    if unknown:
        notes.append(_w("stats", "population_unknown").format(villages="、".join(unknown)))
    table = Table.make("villages", _w("stats_table", "villages"), (
        (_w("stats", "village"), TEXT), (_w("stats", "population"), INT), (_w("stats", "households"), INT),
        (_w("stats", "persons"), INT), (_w("stats", "amount_fen"), MONEY),
        (_w("stats", "village_roster_fen"), MONEY), (_w("stats", "share"), PERMILLE)),
        [r[:5] + (r[5] if r[5] != "" else 0,) + r[6:] for r in rows], _w("stats", "total"), note="；".join(notes) + "。")
    table = dataclasses.replace(table, rows=tuple(rows))
    if table.total is not None:  # the township's share: persons over the population kept for its villages
        kept = [r for r in rows if r[1] > 0]
        share = st.permille(sum(r[3] for r in kept), sum(r[1] for r in kept)) if kept else ""
        paid = table.total[5] if by_roster is not None else ""
        table = dataclasses.replace(table, total=table.total[:5] + (paid, share))
    return table


def flows_table(o: Overview) -> Table:
    """新增 and the 变更/取消 that took effect in each month (``reviews.outcome_counts``), the
    reviews that kept the household, and apart the stops the program proposed itself."""
    rows = [(_month_text(f.month, o.today), f.new, f.keep, f.change, f.cancel, f.refused, f.withdrawn,
             f.exit_end, f.work_refused) for f in o.flows]
    return Table.make("flows", _w("stats_table", "flows"), (
        (_w("stats", "month"), TEXT), (_w("review_outcome", "new"), INT), (_w("review_outcome", "keep"), INT),
        (_w("review_outcome", "change"), INT), (_w("review_outcome", "cancel"), INT),
        (_w("stats", "applications_refused"), INT), (_w("stats", "applications_withdrawn"), INT),
        (_w("stats", "exit_end_granted"), INT), (_w("stats", "work_refused_granted"), INT)),
        rows, _w("stats", "total"))


def reviews_table(o: Overview) -> Table:
    r = o.reviews
    rows = [(_w("stats", "reviews_due"), r.due), (_w("stats", "reviews_overdue"), r.overdue)]
    rows += [(_w("stats", "reviews_done").format(outcome=_w("review_outcome", k)), r.done.get(k, 0))
             for k in ("keep", "change", "cancel")]
    return Table.make("reviews", _w("stats_table", "reviews"), (
        (_w("stats", "item"), TEXT), (_w("stats", "count"), INT)), rows)


def complaints_table(o: Overview) -> Table:
    received, found, on_time, late, answered_late = o.complaints
    rows = [(_w("stats", "complaints_received"), received), (_w("stats", "complaints_found"), found),
            (_w("stats", "complaints_on_time"), on_time), (_w("stats", "complaints_answered_late"), answered_late),
            (_w("stats", "complaints_late"), late)]
    return Table.make("complaints", _w("stats_table", "complaints"), (
        (_w("stats", "item"), TEXT), (_w("stats", "count"), INT)), rows)


def assistance_table(o: Overview) -> Table:
    rows = [(_w("assistance_kind", a.kind), a.households, a.items, a.amount_fen) for a in o.assistance]
    table = Table.make("assistance", _w("stats_table", "assistance"), (
        (_w("stats", "kind"), TEXT), (_w("stats", "households"), INT), (_w("stats", "items"), INT),
        (_w("stats", "money"), MONEY)), rows, _w("stats", "total"))
    if table.total is not None:  # a household given two kinds is one household, not two
        table = dataclasses.replace(table, total=(table.total[0], o.assistance_households, *table.total[2:]))
    return table


FIELD_GROUPS = (("poverty_cause", "poverty_cause"), ("sanwu", ""), ("self_care", "self_care"),
                ("health", "health"), ("person_status", "person_status"))


def fields_table(o: Overview) -> Table:
    """保障对象结构: 主要致贫原因 and 三无 by household; 生活自理能力, 健康状况, 人员状态 by member
    (every code listed, 未填 when any is left blank)."""
    from dibao_desk.domain import household as hh

    got = {(f, str(c if f != "sanwu" else bool(c))): (n, p) for f, c, n, p in o.fields}
    codes = {"poverty_cause": hh.POVERTY_CAUSES, "sanwu": ("True",), "self_care": hh.SELF_CARE,
             "health": hh.HEALTH, "person_status": hh.PERSON_STATUS}
    rows = []
    for field, group in FIELD_GROUPS:
        for code in codes[field] + (("",) if field not in ("sanwu", "person_status") else ()):
            n, p = got.get((field, code), (0, 0))
            if code == "" and not n:
                continue
            word = (_w("stats", "sanwu_yes") if field == "sanwu" else
                    _w(group, code) if code else _w("stats", "not_told"))
            rows.append((_w("stats_field", field), word, n, p))
    return Table.make("fields", _w("stats_table", "fields"), (
        (_w("stats", "item"), TEXT), (_w("stats", "group"), TEXT), (_w("stats", "households"), INT),
        (_w("stats", "persons"), INT)), rows, note=_w("stats", "fields_note").format(month=_month_text(o.month, o.today)))


def integrity_table(o: Overview) -> Table:
    """诚信与监督: what the integrity registers hold for the period (issue: every register counted)."""
    warnings, listed, barred, relatives, events = o.integrity
    rows = [(_w("stats", "declared_warning"), warnings), (_w("stats", "declared_listed"), listed),
            (_w("stats", "barred"), barred), (_w("stats", "filed_relatives"), relatives),
            (_w("stats", "events"), events)]
    return Table.make("integrity", _w("stats_table", "integrity"), (
        (_w("stats", "item"), TEXT), (_w("stats", "count"), INT)), rows)


def tables(o: Overview) -> list[Table]:
    """Every table of the report, in the order a county reads them."""
    return [basic_table(o), changes_table(o), funds_table(o), rosters_table(o), sources_table(o), villages_table(o),
            flows_table(o),
            reviews_table(o), complaints_table(o), integrity_table(o), assistance_table(o), fields_table(o)]


def title(o: Overview, office_name: str, village_name: str = "") -> str:
    p = o.period
    when = _period_text(p)
    kind = _w("stats", "yearly" if p.is_year else "quarterly" if p.is_quarter else "monthly")
    return f"{office_name}{village_name}最低生活保障{when}{kind}"


def charts(o: Overview, ts: list[Table] | None = None) -> list[st.Chart]:
    """The report's charts, each drawn from a column of one of its tables (so they agree)."""
    by_key = {t.key: t for t in (ts or tables(o))}
    funds, villages = by_key["funds"], by_key["villages"]
    return [
        st.chart_from(villages, 3, "village_persons", _w("stats_chart", "village_persons"), "bar", limit=20),
        st.chart_from(funds, 2, "trend_persons", _w("stats_chart", "trend_persons"), "line"),
        st.chart_from(funds, 7, "trend_money", _w("stats_chart", "trend_money"), "bar"),
    ]


# ---- the 台账 and the written report ------------------------------------------------------

def ledger_book(uow: UnitOfWork, month: dt.date, village_id: int | None = None, today: dt.date | None = None) -> Table:
    """台账: one row per household paid for ``month``, with its members counted by what the
    county's systems count (women, disabled, elderly, students, working, of working age without
    work, without work capacity), its income, the standard, its bank (and the 开户人 when a member
    other than the head holds the account) and the month's change."""
    from dibao_desk.models.ledger import month_values
    from dibao_desk.services import households, policy

    # a person's age for the month is the age on its last day (reached on a birthday any day
    # of it, 29 February included): born before the first of the next month, that many years
    # earlier. Counting from the month's first day left out everyone whose birthday fell in it.
    next_first = add_months(month, 1)
    # Read as one snapshot: a save another clerk commits meanwhile counts wholly or not at all,
    # so the totals add up the rows (on PostgreSQL each statement would otherwise see the store
    # at its own moment).
    with uow:
        uow.read_snapshot()
        figures = policy.policy_for_month(uow, month).figures
        # the elderly as the review rules in force say (老年, the age that also ends working age
        # there), not the age the policy's elderly supplement (分类加发) may start from, later
        elderly_age = reviews.rules_in_force(uow, month).rules.elderly_age
        elderly_before = dt.date(next_first.year - elderly_age, next_first.month, 1)
        adult_before = dt.date(next_first.year - WORKING_AGE_LOW, next_first.month, 1)
        conn = uow.session.connection()
        now = month_values(conn, month)
        before = month_values(conn, add_months(month, -1))
        # every village's households: one that moved since is the month's village's
        flags = {r[0]: r[1:] for r in sql.member_flags(conn, month, elderly_before, adult_before,
                                                         joined_since=_joined_since(conn, month, today or dt.date.today()))}
        homes = sql.household_rows(conn, list(flags))
        # the households' records as they stood when the month ended: a village, 户籍, income,
        # head or account changed since is shown as it was then
        then = _records_then(conn, next_first, set(flags))
        if then:
            village_names = {vid: name for vid, name, _pop in sql.villages(conn)}
            # every merge: a village merged away since is counted under the one it went into
            merged_into = _merges_after(_village_events(sql.village_history(conn)), None, 0)
            month_end = next_first - dt.timedelta(days=1)
            homes = [_as_then(row, then.get(row[0]), village_names, merged_into,
                              lambda record: households.record_columns(uow.session, record, month_end))
                     for row in homes]
            homes.sort(key=lambda row: (row[1], row[0]))  # by village (code points, as the query) and id
    rows = []
    for hid, village, head, head_id, hukou, _persons_now, per_capita, bank, account, holder, vid in homes:
        if village_id is not None and vid != village_id:
            continue
        v, prev = now[hid], before.get(hid)
        persons, *f = flags[hid]  # the members of the month, not today's (a death since is still counted)
        if prev is None or not prev.paid_fen:
            change = "new"
        elif v.amount_fen > prev.amount_fen:
            change = "raised"
        elif v.amount_fen < prev.amount_fen:
            change = "lowered"
        else:
            change = ""
        rows.append((str(hid), village, head, head_id, _w("hukou_type", hukou),
                     _w("category", v.category) or _w("stats", "unclassed"), persons, v.covered, *f,
                     per_capita, figures.standard_for(hukou), v.amount_fen, bank, account, holder,
                     _w("change_kind", change) if change else ""))
    cols = [("household", TEXT), ("village", TEXT), ("head", TEXT), ("head_id", TEXT), ("hukou", TEXT),
            ("category", TEXT), ("persons_all", INT), ("persons", INT), ("women", INT), ("disabled", INT),
            ("elderly", INT), ("students", INT), ("working", INT), ("no_work", INT), ("no_work_registered", INT),
            ("no_capacity", INT),
            ("per_capita", MONEY), ("standard", MONEY), ("amount_fen", MONEY), ("bank", TEXT),
            ("account", TEXT), ("holder", TEXT), ("change", TEXT)]
    table = Table.make("ledger_book", _w("stats_table", "ledger_book"),
                       [(_w("stats_book", k) if k in messages.LABELS.get("stats_book", {}) else _w("stats", k), kind)
                        for k, kind in cols], rows, _w("stats", "total"),
                       note=_w("stats", "as_of").format(month=_month_text(month, today))
                       + (_w("stats", "book_then") if next_first <= (today or dt.date.today()) else ""))
    # a household's per-capita income and the standard it is measured against are no sums
    unsummed = {i for i, (k, _kind) in enumerate(cols) if k in ("per_capita", "standard")}
    assert table.total is not None
    return dataclasses.replace(table, total=tuple("" if i in unsummed else v for i, v in enumerate(table.total)))


def _records_then(conn: Connection, next_first: dt.date, wanted: set[int]) -> dict[int, dict[str, Any]]:
    """The households of ``wanted`` whose record changed from ``next_first`` on (the office's
    local day) -> the fields of the record as they stood before: for each field, what the first
    audit row since held before it wrote. A household created since (its first row holds nothing
    before) has no older record: it is left out, shown as it is."""
    since = _log_time(next_first)
    found: dict[int, dict[str, Any] | None] = {}
    for hid, before in sql.household_changes_since(conn, since):
        if hid not in wanted:
            continue
        was = json.loads(before) if before else None
        if hid not in found:
            found[hid] = dict(was) if isinstance(was, dict) else None
        elif found[hid] is not None and isinstance(was, dict):
            for key, value in was.items():
                found[hid].setdefault(key, value)  # type: ignore[union-attr]  # not None: checked above
    return {hid: fields for hid, fields in found.items() if fields}


def _village_events(history: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """``sql.village_history`` rows with their JSON read: (row id, day, action, village id, was, now)."""
    return [(row_id, day, action, vid, json.loads(before or "null") or {}, json.loads(after or "null") or {})
            for row_id, day, action, vid, before, after in history]


def _as_then(row: tuple[Any, ...], record: dict[str, Any] | None, village_names: dict[int, str],
             merged_into: dict[int, int], columns: Any) -> tuple[Any, ...]:
    """A ``sql.household_rows`` row with what ``record`` (the household's record when the month
    ended) held then: its village (the village it is part of now, under its present name), 户籍,
    head, per-person income and account."""
    if not record:
        return row
    hid, village, head, head_id, hukou, persons, per_capita, bank, account, holder, vid = row
    was = record.get("village_id")
    if isinstance(was, int):
        seen: set[int] = set()
        while was in merged_into and was not in seen:
            seen.add(was)
            was = merged_into[was]
        if was in village_names:
            vid, village = was, village_names[was]
    hukou = record.get("hukou_type") or hukou
    got = columns(record)
    if got is not None:
        head, head_id, persons, per_capita = got.head_name, got.head_id_number, got.person_count, got.per_capita_fen
    if "bank_account" in record:
        bank, account = record.get("bank_name") or "", record.get("bank_account") or ""
    if "bank_holder_id_number" in record:
        number = record.get("bank_holder_id_number") or ""
        holder = next((m.get("name", "") for m in record.get("members") or ()
                       if number and m.get("id_number") == number and number != head_id), "" if not number else holder)
    return (hid, village, head, head_id, hukou, persons, per_capita, bank, account, holder, vid)


def write_report(uow: UnitOfWork, period: Period, village_id: int | None = None, *, pdf: str | Path | None = None,
                 xlsx: Path | None = None, book: Path | None = None, today: dt.date,
                 progress: Progress | None = None) -> Overview:
    """Compute the period's figures on ``today`` (the program's clock: the reviews overdue, the
    months not reached marked planned) and write the report as PDF and/or workbook, and the 台账."""
    from dibao_desk.exchange import report_xlsx
    from dibao_desk.printing import report
    from dibao_desk.services import office

    o = overview(uow, period, village_id, today)
    info = office.get_office(uow)
    name = info.name if info else ""
    village = next((v.name for v in o.villages if v.village_id == village_id), "") if village_id else ""
    heading = title(o, name, village)
    ts = tables(o)
    if pdf is not None:
        from dibao_desk.printing.document import demo_pages
        from dibao_desk.services.accounts import is_demo

        with demo_pages(is_demo(uow)):
            report.render(pdf, heading, ts, charts(o, ts), progress=progress)
    if xlsx is not None:
        report_xlsx.write(xlsx, heading, ts)
    if book is not None:
        report_xlsx.write(book, f"{name}{village}{_w('stats_table', 'ledger_book')}",
                          [ledger_book(uow, o.month, village_id, o.today)])
    return o
