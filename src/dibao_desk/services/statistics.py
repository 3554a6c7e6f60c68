"""Statistics of a month or a quarter: what the 统计 tab shows, what `stats` prints, and the
tables of the monthly and quarterly report (月报 / 季报) and the 台账.

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
    complaints: tuple[int, int, int, int]      # received, substantiated, answered in time, overdue
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
        groups = sql.by_village_and_class(conn, month)
        changes = tuple(_change(conn, m, village_id) for m in period.months)
        found = {m: Counts(n, p, a, s) for m, n, p, a, s in
                 sql.trend(conn, [add_months(first_trend, i) for i in range(TREND_MONTHS)], village_id)}
        trend = tuple((m, found.get(m, Counts())) for m in (add_months(first_trend, i) for i in range(TREND_MONTHS)))
        adjusted = {(m, k): a for m, k, a in sql.adjustments(conn, first_trend, month, village_id)}
        all_villages = sql.villages(conn)
        done = dict(sql.reviews_done(conn, period.first, period.last, village_id))
        due, overdue = sql.reviews_due(conn, period.first, period.last, today, village_id)
        complaints = sql.complaints(conn, period.first, period.last, village_id, min(period.last, today))
        fields = tuple(sql.code_counts(conn, month, village_id))
        integrity = sql.integrity(conn, period.first, period.last, village_id)
        rosters = tuple(RosterFigures(*r) for r in sql.rosters(conn, first_trend, period.last, village_id))
        zero = sql.zero_in(conn, month, village_id)
        recovered = dict(sql.register_recovered(conn, first_trend, month, village_id))
        # a quarter's village figures: its quarterly roster, or the rosters of its months
        by_roster = sql.roster_villages(conn, [period.text] + ([f"{m:%Y-%m}" for m in period.months]
                                                               if period.is_quarter else []))
        if by_roster is not None:
            by_roster = _under_present_names(by_roster, all_villages, sql.village_history(conn))
        # the services' own reads, in the same transaction (their ``with uow`` nests in this one)
        flows = tuple(reviews.outcome_counts(uow, first_trend, month, village_id))
        aid = tuple(assistance.totals(uow, period.first, period.last, village_id))
        in_force = policy.policy_in_force(uow, month)
        given = assistance.households_given(uow, period.first, period.last, village_id)
    by_class: dict[tuple[str, str], Counts] = {}
    per_village: dict[int, Counts] = {}
    for vid, h, c, n, p, a, s in groups:
        counts = Counts(n, p or 0, a or 0, s or 0)
        per_village[vid] = per_village.get(vid, Counts()) + counts
        if village_id is None or vid == village_id:
            by_class[(h, c)] = by_class.get((h, c), Counts()) + counts
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


def _change(conn: Connection, month: dt.date, village_id: int | None) -> Change:
    found = sql.changes(conn, month, add_months(month, -1), village_id)
    got = {k: Counts(n, p or 0, a or 0) for k, n, p, a, _moved in found}
    moved = sum(int(m or 0) for k, _n, _p, _a, m in found if k in ("raised", "lowered", "same"))
    return Change(month, got.get("new", Counts()), got.get("stopped", Counts()), got.get("raised", Counts()),
                  got.get("lowered", Counts()), moved)


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
    return Table.make("funds", _w("stats_table", "funds"), (
        (_w("stats", "month"), TEXT), (_w("stats", "households"), INT), (_w("stats", "persons"), INT),
        (_w("stats", "difference_fen"), MONEY), (_w("stats", "supplement_fen"), MONEY),
        (_w("stats", "back_pay_fen"), MONEY), (_w("stats", "recovery_fen"), MONEY),
        (_w("stats", "ledger_fen"), MONEY), (_w("stats", "roster_paid_fen"), MONEY),
        (_w("stats", "roster_failed_fen"), MONEY)), rows, "", note=_w("stats", "funds_note"))


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
    received, found, on_time, late = o.complaints
    rows = [(_w("stats", "complaints_received"), received), (_w("stats", "complaints_found"), found),
            (_w("stats", "complaints_on_time"), on_time), (_w("stats", "complaints_late"), late)]
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
    when = (f"{p.first.year}年第{(p.first.month - 1) // 3 + 1}季度" if p.is_quarter else _month_text(p.first))
    kind = _w("stats", "quarterly" if p.is_quarter else "monthly")
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
    from dibao_desk.services import policy

    figures = policy.policy_for_month(uow, month).figures
    # the elderly as the review rules in force say (老年, the age that also ends working age
    # there), not the age the policy's elderly supplement (分类加发) may start from, later
    elderly_age = reviews.rules_in_force(uow, month).rules.elderly_age
    # a person's age for the month is the age on its last day (reached on a birthday any day
    # of it, 29 February included): born before the first of the next month, that many years
    # earlier. Counting from the month's first day left out everyone whose birthday fell in it.
    next_first = add_months(month, 1)
    elderly_before = dt.date(next_first.year - elderly_age, next_first.month, 1)
    adult_before = dt.date(next_first.year - WORKING_AGE_LOW, next_first.month, 1)
    with uow:
        conn = uow.session.connection()
        now = month_values(conn, month)
        before = month_values(conn, add_months(month, -1))
        flags = {r[0]: r[1:] for r in sql.member_flags(conn, month, elderly_before, adult_before, village_id)}
        homes = sql.household_rows(conn, list(flags))
    rows = []
    for hid, village, head, head_id, hukou, _persons_now, per_capita, bank, account, holder in homes:
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
                       note=_w("stats", "as_of").format(month=_month_text(month, today)))
    # a household's per-capita income and the standard it is measured against are no sums
    unsummed = {i for i, (k, _kind) in enumerate(cols) if k in ("per_capita", "standard")}
    assert table.total is not None
    return dataclasses.replace(table, total=tuple("" if i in unsummed else v for i, v in enumerate(table.total)))


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
