"""Payment rosters (造册), reading: the office's roster period (month or quarter), the rosters
made, one roster's lines and totals (by village, class, urban/rural and by 资金来源), and the
printed roster."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from dibao_desk import messages
from dibao_desk.domain import ledger as ledger_rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.payroll import (
    LOCKED_STATUSES, LineKind, PayrollKind, PayrollStatus, PeriodUnit, allocate, period_problem,
)
from dibao_desk.domain.periods import Period, period_of
from dibao_desk.domain.policy import FUND_SOURCES
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Payroll, StoreSetting
from dibao_desk.models import payroll as store
from dibao_desk.services.payroll_results import (
    GroupTotal, PayrollInfo, PayrollLineInfo, PayrollSummary, PeriodRosters, SourceTotal,
)
from dibao_desk.services.progress import Progress
from dibao_desk.services.uow import UnitOfWork

if TYPE_CHECKING:
    from dibao_desk.printing.document import RenderInfo

SETTING_PERIOD = "payroll_period"  # month | quarter
LOCKED = tuple(s.value for s in LOCKED_STATUSES)
_PAID = {s.value for s in ledger_rules.PAID_STATUSES}


# ---- settings -----------------------------------------------------------------------------

def period_unit(uow: UnitOfWork) -> PeriodUnit:
    """Whether the office makes its roster per month or per quarter (default: month)."""
    with uow:
        row = uow.session.get(StoreSetting, SETTING_PERIOD)
        try:
            return PeriodUnit(row.value) if row is not None else PeriodUnit.MONTH
        except ValueError:
            return PeriodUnit.MONTH


def set_period_unit(uow: UnitOfWork, unit: PeriodUnit | str) -> PeriodUnit:
    uow.require(Role.ADMIN)
    try:
        unit = PeriodUnit(unit)
    except ValueError:
        raise RuleError(Problem("payroll.period_unit", "unit", {"value": str(unit)}))
    with uow:
        row = uow.session.get(StoreSetting, SETTING_PERIOD)
        before = row.value if row is not None else None
        if row is None:
            uow.session.add(StoreSetting(key=SETTING_PERIOD, value=unit.value))
        else:
            row.value = unit.value
        uow.audit("setting", None, "save", {SETTING_PERIOD: before} if before else None, {SETTING_PERIOD: unit.value})
        uow.commit()
    return unit


def cycle_period(uow: UnitOfWork, today: dt.date) -> str:
    """The period being paid ``today`` as the cycle setting says: this month, or this quarter."""
    if period_unit(uow) is PeriodUnit.QUARTER:
        return f"{today.year:04d}Q{(today.month - 1) // 3 + 1}"
    return f"{today.year:04d}-{today.month:02d}"


def default_period(uow: UnitOfWork, today: dt.date, kind: PayrollKind | str = PayrollKind.REGULAR) -> str:
    """The period a roster of ``kind`` made ``today`` is for: this month, or this quarter; after a
    change of cycle in the middle of a quarter, the first of its other months not signed yet
    (``period_rosters``), never a period signed rosters of other periods already pay. A 补发
    roster pays what is owed up to now, whatever roster pays this period's months: this period
    as the cycle says (``cycle_period``), so an adjustment booked later in a quarter paid month by
    month is not left for another 补发 roster."""
    if PayrollKind(kind) is PayrollKind.BACK_PAY:
        return cycle_period(uow, today)
    return period_rosters(uow, today).proposed


def period_rosters(uow: UnitOfWork, today: dt.date) -> PeriodRosters:
    """This period (``cycle_period``) and the regular rosters that pay it, each with its status.
    Reads only."""
    p = parse_period(cycle_period(uow, today))
    month = ledger_rules.month_of(today)
    with uow:
        others = [r for r in overlapping_signed(uow, None, p.first, p.last) if r.period != p.text]
        if not others:
            wanted = [p.text]
            paid: list[dt.date] = []
        else:
            paid = sorted({m for r in others for m in ledger_rules.months(r.first_month, r.last_month)
                           if p.first <= m <= p.last})
            start = uow.session.scalar(select(func.min(Payroll.first_month)).where(
                Payroll.kind == PayrollKind.REGULAR.value)) or p.first  # there is one: ``others``
            wanted = periods_for([m for m in p.months if m not in paid and m >= start])
        later = [w for w in wanted if period_problem(w, parse_period(w).first, today) is not None]
        wanted = [w for w in wanted if w not in later]
        made = {r.period: PayrollStatus(r.status) for r in uow.session.execute(select(Payroll.period, Payroll.status)
                .where(Payroll.kind == PayrollKind.REGULAR.value, Payroll.period.in_(wanted)))}
        rosters = tuple((w, made.get(w)) for w in wanted)
        proposed = next((w for w, s in rosters if s is None or s is PayrollStatus.DRAFT), None)
        if proposed is None:  # all signed: the roster paying today's month, as a signed period's own
            spans = [(r.period, r.first_month, r.last_month) for r in others]
            spans += [(w, q.first, q.last) for w in wanted if (q := parse_period(w))]
            proposed = next((w for w, first, last in spans if first <= month <= last), spans[-1][0])
        return PeriodRosters(p.text, tuple(paid), tuple(dict.fromkeys(r.period for r in others)), rosters,
                             tuple(later), proposed)


def parse_period(text: str) -> Period:
    found = period_of(text)
    if found is None:
        raise RuleError(Problem("payroll.period", "period", {"period": text}))
    return found


# ---- reading ------------------------------------------------------------------------------

def _info(r: Payroll) -> PayrollInfo:
    return PayrollInfo(
        r.id, r.period, r.first_month, r.last_month, PayrollKind(r.kind), r.name, PayrollStatus(r.status),
        r.made_on, r.made_by, r.reviewed_on, r.reviewed_by, r.reported_on, r.households, r.persons, r.total_fen,
        r.benefit_fen, r.supplement_fen, r.back_pay_fen, r.recovery_fen, r.subsidy_total_fen, r.lines_count,
        r.zero_households, json.loads(r.source_shares) if r.source_shares else {}, r.subsidy_basis,
        r.subsidy_fen)


def _line(d: dict[str, Any]) -> PayrollLineInfo:
    return PayrollLineInfo(
        d["id"], d["position"], d["household_id"], d["account_name"], d["id_number"], d["account"],
        d["bank_name"], d["bank_code"], d["village"], d["category"], d["hukou_type"], d["persons"], d["months"],
        d["first_month"], d["last_month"], d["benefit_fen"], d["supplement_fen"], LineKind(d["line_kind"]),
        d["total_fen"], d["reason"], bool(d["zero"]), d["bank_status"], d["bank_reason"], d["bank_answered_on"],
        d["carried_from_line_id"], d["ledger_adjustment_id"], d["recovery_id"], d.get("head_name") or "")


def _get(uow: UnitOfWork, payroll_id: int) -> Payroll:
    row = uow.session.get(Payroll, payroll_id)
    if row is None:
        raise RuleError(Problem("payroll.missing", "payroll", {"id": payroll_id}))
    return row


def _with_blocked(uow: UnitOfWork, rows: list[Payroll]) -> list[PayrollInfo]:
    """``rows`` as PayrollInfo; a regular draft whose months signed regular rosters of other
    periods pay says why it can never be signed (``PayrollInfo.blocked``, the refusal signing
    would give: ``overlap_problem``)."""
    regular = PayrollKind.REGULAR.value
    drafts = [r for r in rows if r.kind == regular and r.status not in LOCKED]
    signed = list(uow.session.scalars(select(Payroll).where(
        Payroll.kind == regular, Payroll.status.in_(LOCKED)).order_by(Payroll.first_month))) if drafts else []
    out = []
    for r in rows:
        info = _info(r)
        if signed and r.kind == regular and r.status not in LOCKED:
            others = [o for o in signed if o.period != r.period
                      and o.first_month <= r.last_month and o.last_month >= r.first_month]
            if others:
                info = dataclasses.replace(info, blocked=overlap_problem(r.period, r.first_month, r.last_month, others))
        out.append(info)
    return out


def rosters(uow: UnitOfWork) -> list[PayrollInfo]:
    """Every roster, newest period first; a draft that can no longer be signed says why
    (``PayrollInfo.blocked``)."""
    with uow:
        return _with_blocked(uow, list(uow.session.scalars(
            select(Payroll).order_by(Payroll.first_month.desc(), Payroll.kind, Payroll.name, Payroll.id.desc()))))


def show(uow: UnitOfWork, payroll_id: int) -> PayrollInfo:
    with uow:
        return _with_blocked(uow, [_get(uow, payroll_id)])[0]


def find(uow: UnitOfWork, period: str, kind: PayrollKind | str = PayrollKind.REGULAR,
         name: str = "") -> PayrollInfo | None:
    """The roster of ``period``, ``kind`` and ``name``, if made."""
    text = parse_period(period).text
    with uow:
        row = uow.session.scalar(select(Payroll).where(
            Payroll.period == text, Payroll.kind == PayrollKind(kind).value, Payroll.name == name.strip()))
        return _info(row) if row is not None else None


def lines(uow: UnitOfWork, payroll_id: int) -> list[PayrollLineInfo]:
    """The roster's lines in printed order: paid lines first, then those listed apart (0 元)."""
    with uow:
        _get(uow, payroll_id)
        return [_line(d) for d in store.lines_of(uow.session.connection(), payroll_id)]


def summary(uow: UnitOfWork, payroll_id: int) -> PayrollSummary:
    """Totals of the roster's paid lines per village, class, urban/rural and by source."""
    with uow:
        info = _with_blocked(uow, [_get(uow, payroll_id)])[0]
        found, zero, no_account = store.roster_totals(uow.session.connection(), payroll_id)
        groups = {c: tuple(GroupTotal(*r) for r in found[c]) for c in ("village", "category", "hukou_type")}
        whole = found[None]
    total = GroupTotal(*whole[0]) if whole else GroupTotal("")
    return PayrollSummary(info, groups["village"], groups["category"], groups["hukou_type"], total,
                          by_source(info.shares_bp, total), zero, no_account)


def by_source(shares_bp: dict[str, int], total: GroupTotal) -> tuple[SourceTotal, ...]:
    """The roster's money by 资金来源: each part allocated by the shares (largest remainder), so
    every column adds up to the roster's total exactly."""
    if not shares_bp:
        return ()
    b = allocate(total.benefit_fen, shares_bp)
    s = allocate(total.supplement_fen, shares_bp)
    a = allocate(total.adjustment_fen, shares_bp)
    return tuple(SourceTotal(k, shares_bp[k], total.households, total.persons, b[k], s[k], a[k],
                             b[k] + s[k] + a[k]) for k in FUND_SOURCES if k in shares_bp)


def print_roster(uow: UnitOfWork, payroll_id: int, out: str | Path,
                 progress: Progress | None = None) -> RenderInfo:
    """Write the printed roster (PDF) the leader signs; returns the renderer's RenderInfo."""
    from dibao_desk.printing import payroll as printed
    from dibao_desk.printing.document import demo_pages
    from dibao_desk.services import office
    from dibao_desk.services.accounts import is_demo

    o = office.get_office(uow)
    with uow:
        row = _get(uow, payroll_id)
        reviewer = row.reviewed_account
    s = summary(uow, payroll_id)
    words = printed.Words(*(messages.LABELS.get(g, {}) for g in (
        "category", "hukou_type", "payroll_kind", "payroll_status", "fund_source", "payroll_line_kind")))
    with demo_pages(is_demo(uow)):  # a practice roster is never taken for the office's
        return printed.render(out, o.name if o else "", s, lines(uow, payroll_id), words, reviewer=reviewer,
                              progress=progress)


def months_words(months: list[dt.date]) -> str:
    """Months as a person reads them, runs joined: 2027年2月至3月、2027年6月."""
    runs: list[list[dt.date]] = []
    for m in sorted(months):
        if runs and ledger_rules.add_months(runs[-1][1], 1) == m:
            runs[-1][1] = m
        else:
            runs.append([m, m])
    out = []
    for a, b in runs:
        text = f"{a.year}年{a.month}月"
        if b != a:
            text += f"至{b.month}月" if b.year == a.year else f"至{b.year}年{b.month}月"
        out.append(text)
    return "、".join(out)


def period_words(period: str) -> str:
    """A roster's period as a person says it: 2027-01 -> 2027 年 1 月; 2027Q1 -> 2027 年第 1 季度."""
    p = parse_period(period)
    if p.is_quarter:
        return f"{p.first.year} 年第 {(p.first.month - 1) // 3 + 1} 季度"
    return f"{p.first.year} 年 {p.first.month} 月"


def _month_words(m: dt.date) -> str:
    return f"{m.year} 年 {m.month} 月"


def _paid_words(months: list[dt.date], others: list[tuple[str, dt.date, dt.date, str]]) -> str:
    """Each of ``months`` named once with the signed roster paying it (period, first month, last
    month, reviewer: ``by`` names the reviewer): 2027 年 1 月：已发放（2027 年 1 月造册已审核）."""
    out = []
    for m in sorted(months):
        paying = [r for r in others if r[1] <= m <= r[2]]
        by = "、".join(dict.fromkeys(r[3] for r in paying if r[3]))
        out.append(f"{_month_words(m)}：已发放（{'、'.join(period_words(r[0]) for r in paying)}造册已审核"
                   + (f"，审核人：{by}）" if by else "）"))
    return "；".join(out)


def periods_for(months: list[dt.date]) -> list[str]:
    """The rosters that pay ``months`` and nothing else: a calendar quarter all of whose months
    are among them as the quarter (2027Q1), any other month as itself (2027-02)."""
    wanted = set(months)
    out: list[str] = []
    for m in sorted(wanted):
        q = (m.month - 1) // 3
        start = dt.date(m.year, 3 * q + 1, 1)
        whole = all(ledger_rules.add_months(start, i) in wanted for i in range(3))
        if whole:
            text = f"{m.year:04d}Q{q + 1}"
            if text not in out:
                out.append(text)
        else:
            out.append(f"{m.year:04d}-{m.month:02d}")
    return out


def overlapping_signed(uow: UnitOfWork, payroll_id: int | None, first: dt.date, last: dt.date) -> list[Payroll]:
    """The signed regular rosters of other periods paying a month of ``first``..``last`` (a month
    roster inside a quarter, or a quarter over a signed month): paying it again would pay twice."""
    first, last = ledger_rules.month_of(first), ledger_rules.month_of(last)
    stmt = select(Payroll).where(Payroll.kind == PayrollKind.REGULAR.value, Payroll.status.in_(LOCKED),
                                 Payroll.first_month <= last, Payroll.last_month >= first)
    if payroll_id is not None:
        stmt = stmt.where(Payroll.id != payroll_id)
    return list(uow.session.scalars(stmt.order_by(Payroll.first_month)))


def overlap_problem(period: str, first: dt.date, last: dt.date, others: list[Payroll]) -> Problem:
    """The refusal of a regular roster of ``period`` (``first``..``last``) whose months signed
    rosters (``others``) already pay: it names each of those months once with the roster that
    pays it, and the rosters that pay the rest."""
    first, last = ledger_rules.month_of(first), ledger_rules.month_of(last)
    paid = {m for r in others for m in ledger_rules.months(max(r.first_month, first), min(r.last_month, last))}
    rest = [m for m in ledger_rules.months(first, last) if m not in paid]
    by = "、".join(dict.fromkeys(r.reviewed_by or "" for r in others))
    params = {"period": period_words(period), "other": "、".join(period_words(r.period) for r in others), "by": by,
              "rest": "、".join(period_words(p) for p in periods_for(rest))}
    if not rest:
        return Problem("payroll.overlap_whole", "period", params)
    spans = [(r.period, r.first_month, r.last_month, r.reviewed_by or "") for r in others]
    return Problem("payroll.overlap", "period", {**params, "paid": _paid_words(sorted(paid), spans)})


def cycle_note(uow: UnitOfWork, today: dt.date) -> Problem | None:
    """After a change of cycle in the middle of a quarter, what this period's rosters are: each
    of its months signed rosters of other periods already pay, with the roster that pays it, and
    the month rosters that pay the rest (``period_rosters``); None when this period is made as
    itself. Said as the start page says it. Reads only."""
    due = period_rosters(uow, today)
    if not due.paid:
        return None
    params = {"period": period_words(due.period), "others": "、".join(period_words(p) for p in due.paid_by)}
    rest = [p for p, _s in due.rosters] + list(due.later)
    if not rest:
        return Problem("payroll.cycle_paid", "unit", params, "warning")
    spans = [(p, q.first, q.last, "") for p in due.paid_by if (q := parse_period(p))]
    return Problem("payroll.cycle_split", "unit", {**params, "paid": _paid_words(list(due.paid), spans),
                                                   "rest": "、".join(period_words(p) for p in rest)}, "warning")


def paid_by_others(uow: UnitOfWork, period: str) -> tuple[list[str], list[dt.date]]:
    """The signed regular rosters of other periods that pay months of ``period`` (a quarter paid
    month by month after a change of cycle, a month a signed quarter pays), and its months none
    of them pays. ([], []) when none does. Reads only."""
    p = parse_period(period)
    with uow:
        others = [r for r in overlapping_signed(uow, None, p.first, p.last) if r.period != p.text]
        paid = {m for r in others for m in ledger_rules.months(r.first_month, r.last_month)}
        rest = [m for m in p.months if m not in paid] if others else []
        return [r.period for r in others], rest


def unpaid_months(uow: UnitOfWork, before: dt.date, period: str | None = None) -> tuple[list[dt.date], list[dt.date]]:
    """The months since the office's first regular roster, before the month of ``before``, that
    the ledger pays and no signed regular roster pays: (those no regular roster holds at all,
    those only on a draft). ``period``: the roster being made, not counted. In ``uow`` as it is."""
    before = ledger_rules.month_of(before)
    rows = [r for r in uow.session.execute(select(Payroll.period, Payroll.first_month, Payroll.last_month,
                                                  Payroll.status).where(Payroll.kind == PayrollKind.REGULAR.value))
            if r.period != period]
    if not rows:
        return [], []
    signed: set[dt.date] = set()
    drafted: set[dt.date] = set()
    for r in rows:
        if r.status in LOCKED:
            signed.update(ledger_rules.months(r.first_month, r.last_month))
    for r in rows:
        months = ledger_rules.months(r.first_month, r.last_month)
        # a draft over a month signed by another roster is never signed (payroll.overlap): its
        # other months are as good as without a roster
        if r.status not in LOCKED and not signed.intersection(months):
            drafted.update(months)
    conn = uow.session.connection()
    missing: list[dt.date] = []
    draft: list[dt.date] = []
    start = min(r.first_month for r in rows)
    for m in ledger_rules.months(start, ledger_rules.add_months(before, -1)):
        if m in signed or not store.ledger_pays(conn, m, tuple(_PAID)):
            continue
        (draft if m in drafted else missing).append(m)
    return missing, draft


def unpaid_problems(missing: list[dt.date], draft: list[dt.date]) -> list[Problem]:
    """Warnings naming the months ``unpaid_months`` found, and the rosters that would pay them."""
    out = []
    if missing:
        out.append(Problem("payroll.months_unpaid", "period", {
            "months": months_words(missing), "count": len(missing), "periods": "、".join(periods_for(missing))},
            "warning"))
    if draft:
        out.append(Problem("payroll.months_draft", "period", {
            "months": months_words(draft), "count": len(draft), "periods": "、".join(periods_for(draft))},
            "warning"))
    return out


def unpaid(uow: UnitOfWork, before: dt.date) -> list[Problem]:
    """Warnings naming the months before the month of ``before`` since the office's first regular
    roster that the ledger pays and no signed regular roster pays (``unpaid_months``). Reads only."""
    with uow:
        return unpaid_problems(*unpaid_months(uow, before))


def after_death(conn: Any, lines: list[dict[str, Any]]) -> list[Problem]:
    """Regular lines of a roster's ``lines`` (dicts of ``models.payroll.LINE_FIELDS``, with their
    ``position``) paying a month after the death month of a household every member of which is
    recorded dead (a one-person household whose head died): payment stops the month after death,
    and the ledger pays on until the death is recorded there (死亡停发). One problem a household,
    in printed order, naming its first such line; a death without its day names any paid month."""
    regular = LineKind.REGULAR.value
    paying = [x for x in lines if not x["zero"] and x["total_fen"] > 0 and x["line_kind"] == regular]
    if not paying:
        return []
    dead = store.all_dead(conn, {x["household_id"] for x in paying})
    out: list[Problem] = []
    seen: set[int] = set()
    for x in paying:
        hid = x["household_id"]
        if hid not in dead or hid in seen:
            continue
        died = dead[hid]
        first, last = (store._as_date(x["first_month"]) or dt.date.min), store._as_date(x["last_month"])
        if died is not None and (last is None or last <= ledger_rules.month_of(died)):
            continue
        seen.add(hid)
        start = max(first, ledger_rules.add_months(ledger_rules.month_of(died), 1)) if died is not None else first
        months = f"{start.year}年{start.month}月" + (
            f"至{last.year}年{last.month}月" if last is not None and last != start else "")
        out.append(Problem("payroll.after_death_line", "payroll", {
            "position": x["position"], "name": x.get("head_name") or x["account_name"],
            "died": f"{died.year}年{died.month}月{died.day}日死亡" if died is not None else "已死亡（死亡日期未登记）",
            "months": months}))
    return out


def death_problem(code: str, period: str, found: list[Problem]) -> list[Problem]:
    """``found`` (``after_death``) under its summary ``code`` (payroll.after_death: signing
    refused; payroll.after_death_warning: said when the roster is made)."""
    names = "、".join(str(q.params["name"]) for q in found[:10]) + ("等" if len(found) > 10 else "")
    return [Problem(code, "payroll", {"period": period, "households": len(found), "names": names}), *found[:20]]
