"""Register, change and list households."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from sqlalchemy import Select, bindparam, func, or_, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from dibao_desk.domain import household as rules
from dibao_desk.domain import bank_accounts, bank_holder, banks, idcard, names
from dibao_desk.domain.certificate import CertificateState
from dibao_desk.domain.household import (
    HouseholdDraft, HouseholdStatus, IncomeDraft, MemberDraft, PersonStatus, PropertyDraft, SupporterDraft, is_present,
)
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.policy import PolicyFigures
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Certificate, Household, IncomeItem, Member, PropertyItem, Supporter, Village
from dibao_desk.models import dialect
from dibao_desk.services import reviews_schedule
from dibao_desk.services.uow import UnitOfWork, retrying


@dataclass(frozen=True)
class HouseholdRow:
    """One line of the household list."""

    id: int
    head_name: str
    head_id_number: str
    village: str
    hukou_type: str
    person_count: int
    covered_count: int
    per_capita_fen: int
    status: str
    category: str
    monthly_benefit_fen: int
    filed: bool = False  # a member is a registered close relative of staff or a cadre (备案)
    certificate: str = ""  # the number of its valid 低保证
    matched_member: str = ""  # the member a search found, when it was not the head


@dataclass(frozen=True)
class HouseholdDetail:
    id: int
    village: str
    status: str
    category: str
    monthly_benefit_fen: int
    benefit_start: dt.date | None
    draft: HouseholdDraft  # as declared (``employment_deduction_fen``: the deduction declared)
    income: rules.IncomeSummary  # as eligibility counts it: the deduction the policy allows
    member_ids: tuple[int, ...] = ()


# Columns the list can sort by: key -> SQL expression
SORT_COLUMNS = {
    "id": Household.id,
    "head_name": Household.head_sort_key,
    "head_id_number": Household.head_id_number,
    "village": dialect.code_point(Village.name),
    "hukou_type": Household.hukou_type,
    "person_count": Household.person_count,
    "covered_count": Household.covered_count,
    "per_capita_fen": Household.per_capita_fen,
    "status": Household.status,
    "category": Household.category,
    "monthly_benefit_fen": Household.monthly_benefit_fen,
    "certificate": select(Certificate.number).where(Certificate.household_id == Household.id,
                                                    Certificate.state == CertificateState.ACTIVE).scalar_subquery(),
}


@dataclass(frozen=True)
class HouseholdQuery:
    text: str = ""
    village_id: int | None = None
    status: str | None = None
    sort: str = "id"
    descending: bool = False
    extra: dict[str, Any] = field(default_factory=dict[str, Any])


def check(uow: UnitOfWork, draft: HouseholdDraft, household_id: int | None = None,
          today: dt.date | None = None, look_up: bool = True) -> list[Problem]:
    """All problems of a draft, including ID numbers registered in another household
    (``look_up`` False: only the draft's own rules, no query, for checking while typing)."""
    problems = (rules.validate(draft, today=today) + rules.age_warnings(draft, today=today)
                + rules.support_warnings(draft) + rules.sanwu_warnings(draft)
                + bank_holder.draft_problems(draft, today or dt.date.today()))
    if not look_up:
        return problems
    problems += _village_problems(uow, draft, household_id)
    problems += _account_problems(draft)
    problems += _deduction_problems(uow, draft, today or dt.date.today())
    problems += _leaving_problems(uow, draft, household_id, today)
    numbers = {}
    for i, m in enumerate(draft.members):
        info, _ = idcard.parse(m.id_number, today=today)
        if info is not None:
            numbers[info.number] = i
    if numbers:
        with uow:
            rows = uow.session.execute(
                select(Member.id_number, Member.household_id, Household.head_name, Village.name,
                       Member.person_status)
                .join(Household, Member.household_id == Household.id)
                .join(Village, Household.village_id == Village.id)
                .where(Member.id_number.in_(list(numbers)))
            ).all()
        for number, hid, head, village, status in rows:
            if hid == household_id:
                continue
            i = numbers[number]
            params = {"row": i + 1, "household_id": hid, "head": head, "village": village}
            if status in rules.MOVED_OUT_STATUSES:  # one who moved out comes here: the record moves
                problems.append(Problem("member.moved_in", f"members[{i}].id_number", params | {"status": status},
                                        "warning"))
            else:
                problems.append(Problem("member.id_registered", f"members[{i}].id_number", params))
    return problems


def _deduction_problems(uow: UnitOfWork, draft: HouseholdDraft, today: dt.date) -> list[Problem]:
    """A declared employment-cost deduction above what the policy in force allows: the form's
    summary, the list and the means test (the eligibility panel, the benefit) subtract only
    what is allowed. Said as a warning so the declared figure is not cut without a word."""
    from dibao_desk.domain import eligibility
    from dibao_desk.services import policy

    if draft.employment_deduction_fen <= 0 or draft.employment_deduction_fen > rules.MAX_AMOUNT_FEN:
        return []
    found = policy.policy_in_force(uow, today)
    if found is None:
        return []
    inc = eligibility.income(draft.present_only(), found.figures)
    if inc.deduction_fen >= min(inc.declared_deduction_fen, inc.total_fen):
        return []
    return [Problem("household.deduction_above_allowed", "employment_deduction_fen", {
        "declared": fen_to_yuan(inc.declared_deduction_fen), "allowed": fen_to_yuan(inc.allowed_deduction_fen),
        "deduction": fen_to_yuan(inc.deduction_fen), "date": found.effective_from.isoformat()}, "warning")]


def _account_problems(draft: HouseholdDraft) -> list[Problem]:
    """The bank account as the bank file will check it (a card's Luhn digit, a length no bank
    gives), said at registration as a warning: the file refuses such an account months later.
    One longer than the bank file's account column is refused: it could only be cut there."""
    account = bank_accounts.normalise(draft.bank_account)
    if not account or not (account.isascii() and account.isdigit()):  # none yet, or validate says so
        return []
    return [replace(p, field="bank_account", severity="error" if p.code == "bank_account.too_long" else "warning")
            for p in bank_accounts.check(account, banks.find(draft.bank_name) if draft.bank_name.strip() else None)]


def _leaving_problems(uow: UnitOfWork, draft: HouseholdDraft, household_id: int | None,
                      today: dt.date | None) -> list[Problem]:
    """A member of a household paid benefit leaves it (dead, moved out …) through 登记家庭变故,
    which opens the 变更 or 取消 from the next month; the form would only drop the member."""
    if household_id is None:
        return []
    with uow:
        h = uow.session.get(Household, household_id)
        if h is None or h.status not in (HouseholdStatus.RECEIVING, HouseholdStatus.SUSPENDED):
            return []
        living = {m.id_number for m in h.members if rules.is_present(m.person_status)}
    out = []
    for i, m in enumerate(draft.members):
        info, _ = idcard.parse(m.id_number, today=today)
        if info is not None and info.number in living and not rules.is_present(m.person_status):
            out.append(Problem("member.left_by_event", f"members[{i}].person_status",
                               {"row": i + 1, "status": m.person_status}))
    return out


def _village_problems(uow: UnitOfWork, draft: HouseholdDraft, household_id: int | None) -> list[Problem]:
    """A retired village takes no new household, nor one moved into it; its own stay."""
    if draft.village_id is None:
        return []
    with uow:
        v = uow.session.get(Village, draft.village_id)
        if v is None or v.retired_on is None:
            return []
        current = uow.session.scalar(select(Household.village_id).where(Household.id == household_id)) \
            if household_id is not None else None
        if current == v.id:
            return []
        return [Problem("household.village_retired", "village_id", {"name": v.name, "on": v.retired_on})]


@retrying
def save(uow: UnitOfWork, draft: HouseholdDraft, household_id: int | None = None,
         today: dt.date | None = None, expected: HouseholdDraft | None = None) -> HouseholdDetail:
    """Create or replace a household from a draft. All or nothing; raises RuleError.

    ``expected``: the household as the editor loaded it. When it is no longer what the store
    holds (another window or clerk saved the household, or recorded a member's death,
    meanwhile), the save is refused (``household.changed``) instead of writing over that
    change with the editor's older copy."""
    uow.require(Role.CLERK)
    problems = rules.errors(check(uow, draft, household_id, today))
    if problems:
        raise RuleError(problems)
    with uow:
        s = uow.session
        if today is not None:  # the household's next review is worked out on that day at commit
            reviews_schedule.as_of(s, today)
        _take_moved_members(uow, draft, household_id, today)
        living_before: set[str] = set()
        if household_id is None:
            h = Household(status=HouseholdStatus.REGISTERED)
            s.add(h)
            before = None
        else:
            # Locked and read again (PostgreSQL): another clerk saving the same household now
            # waits for this save and then finds it changed, instead of both comparing with
            # the same older copy and the later one writing over the earlier.
            found = s.get(Household, household_id, with_for_update=expected is not None or None,
                          populate_existing=expected is not None)
            if found is None:
                raise RuleError(Problem("household.missing", "id", {"id": household_id}))
            h = found
            if expected is not None and to_draft(h) != expected:
                raise RuleError(Problem("household.changed", "id", {"id": household_id, "head": h.head_name}))
            before = _snapshot(h)
            living_before = {k for m in h.members if rules.is_present(m.person_status) for k in (m.id_number, m.name)}
            # Replace the declared items; flush deletes first so unique IDs may move rows.
            h.members.clear()
            h.incomes.clear()
            h.properties.clear()
            h.supporters.clear()
            s.flush()
        _apply(h, draft, today)
        s.flush()
        action = "create" if household_id is None else "update"
        uow.audit("household", h.id, action, before, _snapshot(h))
        if household_id is not None:
            _member_added(uow, h, living_before, today)
        uow.commit()
        return _detail(h, _figures(s, today))


def _member_added(uow: UnitOfWork, h: Household, living_before: set[str], today: dt.date | None) -> None:
    """A member added to a household receiving benefit (a birth, a marriage in; ``living_before``:
    the ID numbers and names of the members living in it before the save): its amount was
    assessed for those before, so its review falls due at once (a review's 变更 re-assesses it),
    as it does after a member's death. The form alone changed the persons and not the money."""
    if h.status not in (HouseholdStatus.RECEIVING, HouseholdStatus.SUSPENDED):
        return
    # a member whose ID number or name alone was corrected is not a new member
    added = [m.name for m in h.members if rules.is_present(m.person_status)
             and m.id_number not in living_before and m.name not in living_before]
    if not added:
        return
    from dibao_desk import messages
    from dibao_desk.services import reviews
    from dibao_desk.services.uow import LentUnitOfWork

    on = today or dt.date.today()
    reviews.raise_event(LentUnitOfWork(uow), h.id, "other", on,
                        detail=messages.text("household.member_added", names="、".join(added)), source="office")


def _take_moved_members(uow: UnitOfWork, draft: HouseholdDraft, household_id: int | None,
                        today: dt.date | None) -> None:
    """Members of the draft who moved out of another household (分户迁出, 嫁娶) leave that
    household's records, with the incomes recorded as theirs: the record moves here (a member's
    ID number is registered once). The other household's audit row keeps what it held."""
    numbers = set()
    for m in draft.members:
        info, _ = idcard.parse(m.id_number, today=today)
        if info is not None:
            numbers.add(info.number)
    if not numbers:
        return
    s = uow.session
    moved = list(s.scalars(select(Member).where(Member.id_number.in_(sorted(numbers)),
                                                Member.person_status.in_(sorted(rules.MOVED_OUT_STATUSES)))))
    for member in moved:
        if member.household_id == household_id:
            continue
        old = member.household
        before = _snapshot(old)
        for item in [i for i in old.incomes if i.member_id == member.id]:
            old.incomes.remove(item)
        old.members.remove(member)
        s.flush()
        for pos, kept in enumerate(old.members):
            kept.position = pos
        refresh_list_columns(old, to_draft(old), today)
        uow.audit("household", old.id, "member_moved", before, _snapshot(old) | {
            "member": member.name, "id_number": member.id_number, "to_household_id": household_id})
    s.flush()


def _apply(h: Household, draft: HouseholdDraft, today: dt.date | None) -> None:
    assert draft.village_id is not None  # check_household refuses a draft without a village
    h.village_id = draft.village_id
    h.hukou_type = draft.hukou_type
    h.address = draft.address.strip()
    h.phone = draft.phone.strip()
    h.bank_name = draft.bank_name.strip()
    h.bank_account = bank_accounts.normalise(draft.bank_account)  # as the bank-account import keeps it
    h.employment_deduction_fen = draft.employment_deduction_fen
    h.consent_full_notice = draft.consent_full_notice
    h.note = draft.note
    h.poverty_cause = draft.poverty_cause
    h.sanwu = draft.sanwu
    members: list[Member] = []
    for pos, m in enumerate(draft.members):
        member = member_row(pos, m, today)
        members.append(member)
        h.members.append(member)
    for inc in draft.incomes:
        item = IncomeItem(kind=inc.kind, amount_fen=inc.amount_fen, note=inc.note)
        if inc.member_index is not None:
            item.member = members[inc.member_index]
        h.incomes.append(item)
    for p in draft.properties:
        h.properties.append(PropertyItem(kind=p.kind, value_fen=p.value_fen, area_m2_x100=p.area_m2_x100,
                                         quantity=p.quantity, note=p.note))
    for sp in draft.supporters:
        number = idcard.normalise(sp.id_number)
        if number:
            info, _ = idcard.parse(number, today=today)
            number = info.number if info else number
        h.supporters.append(Supporter(
            name=names.clean(sp.name), id_number=number, relation=sp.relation, duty=sp.duty,
            household_size=sp.household_size, household_income_fen=sp.household_income_fen,
            support_paid_fen=sp.support_paid_fen, note=sp.note))
    refresh_list_columns(h, draft, today)
    # the head's own number (or none) is kept as None: the head holds the account
    h.bank_holder_id_number = bank_holder.stored(draft.bank_holder_id_number, h.head_id_number)


def member_row(position: int, m: MemberDraft, today: dt.date | None) -> Member:
    """The store's row of a member of the form (its ID number checked already)."""
    info, _ = idcard.parse(m.id_number, today=today)
    assert info is not None
    return Member(
        position=position, name=names.clean(m.name), id_number=info.number, sex=info.sex,
        birth_date=info.birth_date, relation=m.relation, disability_grade=m.disability_grade,
        serious_illness=m.serious_illness, illness_note=m.illness_note,
        work_capacity=m.work_capacity, employment=m.employment, covered=m.covered,
        not_covered_reason=m.not_covered_reason if not m.covered else "",
        self_care=m.self_care, health=m.health, person_status=m.person_status,
        status_on=m.status_on if m.person_status != PersonStatus.NORMAL else None,
        unemployment_registered=m.unemployment_registered,
    )


def refresh_list_columns(h: Household, draft: HouseholdDraft, today: dt.date | None = None,
                         session: Session | None = None) -> None:
    """The household row's list columns, as rules.list_columns makes them of the draft: of the
    members living in it (a household none of whose members remains keeps its last head and
    names, with 0 persons). The income is the one the means test counts (``counted_fen``)."""
    summary = rules.income_summary(draft)
    if session is None:
        state = sa_inspect(h, raiseerr=False)
        session = state.session if state is not None else None
    counted = counted_fen(session, draft, today)
    columns = _columns(draft, summary, counted)
    if columns is None:  # the last member moved to another household: it keeps its head's name
        h.person_count, h.covered_count, h.income_fen, h.per_capita_fen = 0, 0, counted, 0
        return
    (h.head_name, h.head_sort_key, h.head_id_number, h.person_count, h.covered_count, h.income_fen,
     h.per_capita_fen, h.search_text) = columns


def _columns(draft: HouseholdDraft, summary: rules.IncomeSummary, counted: int) -> rules.ListColumns | None:
    """``rules.list_columns`` of the members living in the household (None without members)."""
    if not draft.members:
        return None
    living = draft.present_only().members or draft.members
    return rules.list_columns(
        [(names.clean(m.name), m.id_number and idcard.normalise(m.id_number), m.relation) for m in living],
        summary.covered_persons, counted)._replace(person_count=summary.persons)


def record_columns(session: Session, record: dict[str, Any], today: dt.date) -> rules.ListColumns | None:
    """The list columns (head, per-person income, ...) of a household's record as an audit row
    keeps it (``_snapshot``, the roster import's likewise: its draft's fields), its income counted
    by the policy in force on ``today``; None when the record holds no members."""
    draft = draft_of_record(record)
    if draft is None:
        return None
    return _columns(draft, rules.income_summary(draft), counted_fen(session, draft, today))


def draft_of_record(record: dict[str, Any]) -> HouseholdDraft | None:
    """The draft a household's record in the audit log holds (JSON: dates as ISO text); None
    when it holds no members (a row recording a few fields only)."""
    if not isinstance(record.get("members"), list):
        return None

    def make(kind: Any, values: Any) -> Any:
        known = {f.name for f in fields(kind)}
        kept = {k: v for k, v in (values or {}).items() if k in known}
        if isinstance(kept.get("status_on"), str):
            kept["status_on"] = dt.date.fromisoformat(kept["status_on"][:10])
        return kind(**kept)

    known = {f.name for f in fields(HouseholdDraft)} - {"members", "incomes", "properties", "supporters"}
    return HouseholdDraft(**{k: v for k, v in record.items() if k in known} | {
        "village_id": record.get("village_id"), "hukou_type": record.get("hukou_type", ""),
        "members": tuple(make(MemberDraft, m) for m in record["members"]),
        "incomes": tuple(make(IncomeDraft, i) for i in record.get("incomes") or ()),
        "properties": tuple(make(PropertyDraft, p) for p in record.get("properties") or ()),
        "supporters": tuple(make(SupporterDraft, p) for p in record.get("supporters") or ())})


def counted_fen(session: Session | None, draft: HouseholdDraft, today: dt.date | None = None) -> int:
    """The household's monthly income as eligibility counts it: all kinds less the declared
    employment-cost deduction, at most what the policy in force on ``today`` allows
    (``eligibility.income``), of the members living in it. Before any policy set is in force
    (or with no store to ask) the declared deduction."""
    from dibao_desk.domain import eligibility
    from dibao_desk.services import policy

    present = draft.present_only()
    figures = policy.figures_on(session, today or dt.date.today()) if session is not None else None
    if figures is None:
        return rules.income_summary(present).counted_fen
    return eligibility.income(present, figures).counted_fen



def deduction_figures(uow: UnitOfWork, today: dt.date) -> PolicyFigures | None:
    """The figures of the policy set in force on ``today`` (None before any): read once by the
    household form, whose summary then counts the deduction as the list does while typing."""
    from dibao_desk.services import policy

    with uow:
        return policy.figures_on(uow.session, today)


def counted_summary(draft: HouseholdDraft, figures: PolicyFigures | None) -> rules.IncomeSummary:
    """The form's income summary with the figures the list and eligibility show: the declared
    employment-cost deduction at most what ``figures`` allow (``counted_fen``), of the members
    living in the household; before any policy set, the declared deduction."""
    from dibao_desk.domain import eligibility

    summary = rules.income_summary(draft)
    if figures is None:
        return summary
    inc = eligibility.income(draft.present_only(), figures)
    return replace(summary, deduction_fen=inc.deduction_fen, counted_fen=inc.counted_fen,
                   per_capita_fen=inc.counted_fen // summary.persons if summary.persons else 0)


def refresh_counted_incomes(session: Session, today: dt.date) -> int:
    """The list's income columns (income, per person) of every household again, after the
    policy figures changed (a set entered, imported or come into force): in one pass over the
    households that declared an employment-cost deduction, the only ones whose counted income
    the figures change (with none declared, the income counted is the income), read and
    written in bulk as ``counted_fen`` and ``refresh_list_columns`` count it (members who
    left and their incomes left out; divided by the members living in it). The number of
    households whose columns changed."""
    from collections import defaultdict

    from dibao_desk.domain import eligibility
    from dibao_desk.services import policy

    figures = policy.figures_on(session, today)
    _remember_income_policy(session, today)
    declaring = select(Household.id).where(Household.employment_deduction_fen > 0)
    homes = session.execute(select(Household.id, Household.employment_deduction_fen, Household.income_fen,
                                   Household.per_capita_fen).where(Household.employment_deduction_fen > 0)).all()
    if not homes:
        return 0
    members: dict[int, list[tuple[int, str, bool, bool]]] = defaultdict(list)
    for mid, hid, employment, status, covered in session.execute(
            select(Member.id, Member.household_id, Member.employment, Member.person_status, Member.covered)
            .where(Member.household_id.in_(declaring))):
        members[hid].append((mid, employment or "", is_present(status or PersonStatus.NORMAL), bool(covered)))
    incomes: dict[int, list[tuple[int | None, str, int]]] = defaultdict(list)
    for hid, who, kind, fen in session.execute(
            select(IncomeItem.household_id, IncomeItem.member_id, IncomeItem.kind, IncomeItem.amount_fen)
            .where(IncomeItem.household_id.in_(declaring))):
        incomes[hid].append((who, kind, fen))
    changed = []
    for hid, declared, income_fen, per_capita_fen in homes:
        everyone = members.get(hid, [])
        present = [m for m in everyone if m[2]]
        own = {m[0] for m in everyone}
        gone = own - {m[0] for m in present}
        # an income of a member who left is left out; one of no member of this household is the household's
        items = [(mid if mid in own else None, kind, fen) for mid, kind, fen in incomes.get(hid, [])
                 if mid not in gone]
        if figures is None:
            total = sum(max(0, fen) for _, _, fen in items)
            counted = total - min(max(0, declared), total)
        else:
            counted = eligibility.income_of({m[0] for m in present if m[1] in eligibility.EMPLOYED}, items,
                                            declared, len(present), sum(1 for m in present if m[3]),
                                            figures).counted_fen
        living = len(present) or len(everyone)
        per_capita = counted // living if living else 0
        if (income_fen, per_capita_fen) != (counted, per_capita):
            changed.append({"hid": hid, "income": counted, "per_capita": per_capita})
    table = Household.__table__
    stmt = (update(table).where(table.c.id == bindparam("hid"))
            .values(income_fen=bindparam("income"), per_capita_fen=bindparam("per_capita")))
    conn = session.connection()
    for i in range(0, len(changed), 2000):
        conn.execute(stmt, changed[i:i + 2000])
    return len(changed)

# The policy set (its id) the list's income columns were last recomputed with: a set dated in
# the future leaves them counted by the one before it until the day it comes into force.
SETTING_INCOME_POLICY = "household.income_policy_set"


def _in_force_id(session: Session, today: dt.date) -> str:
    """The id of the policy set in force on ``today`` as text ("" before any set)."""
    from dibao_desk.models import PolicySet

    with session.no_autoflush:
        found = session.scalars(select(PolicySet.id).where(PolicySet.effective_from <= today)
                                .order_by(PolicySet.effective_from.desc(), PolicySet.id.desc()).limit(1)).first()
    return "" if found is None else str(found)


def _remember_income_policy(session: Session, today: dt.date) -> None:
    from dibao_desk.models import StoreSetting

    in_force = _in_force_id(session, today)
    row = session.get(StoreSetting, SETTING_INCOME_POLICY)
    if row is None:
        session.add(StoreSetting(key=SETTING_INCOME_POLICY, value=in_force))
    elif row.value != in_force:
        row.value = in_force


def refresh_income_columns_if_due(uow: UnitOfWork, today: dt.date) -> int | None:
    """The list's income columns recomputed (``refresh_counted_incomes``, one bulk pass) when
    the policy set in force on ``today`` is not the one they were counted with: a set dated in
    the future came into force since (1 January), or the store never recorded which set it was.
    None when they are up to date (two indexed reads); else the number of households changed."""
    from dibao_desk.models import StoreSetting

    with uow:
        s = uow.session
        row = s.get(StoreSetting, SETTING_INCOME_POLICY)
        if row is not None and row.value == _in_force_id(s, today):
            return None
        changed = refresh_counted_incomes(s, today)
        uow.commit()
    return changed


def refresh_income_columns_quietly(uow: UnitOfWork, today: dt.date) -> None:
    """``refresh_income_columns_if_due`` at opening: a store that cannot be written now
    (another program writing it, a read-only copy) is brought up to date at a later opening."""
    import logging

    from sqlalchemy.exc import SQLAlchemyError

    try:
        changed = refresh_income_columns_if_due(uow, today)
    except SQLAlchemyError:
        logging.getLogger(__name__).warning("income columns not recomputed", exc_info=True)
        return
    if changed:
        logging.getLogger(__name__).info("income columns of %d households recomputed for the policy in force",
                                         changed)


def _snapshot(h: Household) -> dict[str, Any]:
    d = to_draft(h)
    return asdict(d) | {"status": h.status, "category": h.category,
                        "monthly_benefit_fen": h.monthly_benefit_fen}


def to_draft(h: Household) -> HouseholdDraft:
    index = {m.id: i for i, m in enumerate(h.members)}
    return HouseholdDraft(
        village_id=h.village_id, hukou_type=h.hukou_type,
        members=tuple(MemberDraft(
            name=m.name, id_number=m.id_number, relation=m.relation,
            disability_grade=m.disability_grade, serious_illness=m.serious_illness,
            illness_note=m.illness_note, work_capacity=m.work_capacity, employment=m.employment,
            covered=m.covered, not_covered_reason=m.not_covered_reason, self_care=m.self_care or "",
            health=m.health or "", person_status=m.person_status or PersonStatus.NORMAL,
            status_on=m.status_on, unemployment_registered=bool(m.unemployment_registered)) for m in h.members),
        address=h.address, phone=h.phone, bank_name=h.bank_name, bank_account=h.bank_account,
        incomes=tuple(IncomeDraft(kind=i.kind, amount_fen=i.amount_fen,
                                  member_index=index.get(i.member_id) if i.member_id else None,
                                  note=i.note) for i in h.incomes),
        properties=tuple(PropertyDraft(kind=p.kind, value_fen=p.value_fen, area_m2_x100=p.area_m2_x100,
                                       quantity=p.quantity, note=p.note) for p in h.properties),
        supporters=tuple(SupporterDraft(
            name=s.name, id_number=s.id_number, relation=s.relation, duty=s.duty,
            household_size=s.household_size, household_income_fen=s.household_income_fen,
            support_paid_fen=s.support_paid_fen, note=s.note) for s in h.supporters),
        employment_deduction_fen=h.employment_deduction_fen,
        consent_full_notice=h.consent_full_notice, note=h.note,
        poverty_cause=h.poverty_cause or "", sanwu=bool(h.sanwu),
        bank_holder_id_number=h.bank_holder_id_number or "",
    )


def _figures(session: Session, today: dt.date | None) -> PolicyFigures | None:
    from dibao_desk.services import policy

    return policy.figures_on(session, today or dt.date.today())


def _detail(h: Household, figures: PolicyFigures | None) -> HouseholdDetail:
    """``income``: as eligibility and the list count it (``counted_summary``: the declared
    employment-cost deduction at most what ``figures`` allow); the declared deduction is
    ``draft.employment_deduction_fen``."""
    draft = to_draft(h)
    return HouseholdDetail(
        id=h.id, village=h.village.name if h.village else "", status=h.status, category=h.category,
        monthly_benefit_fen=h.monthly_benefit_fen, benefit_start=h.benefit_start, draft=draft,
        income=counted_summary(draft, figures), member_ids=tuple(m.id for m in h.members))


def get(uow: UnitOfWork, household_id: int, today: dt.date | None = None) -> HouseholdDetail:
    """The household; its ``income`` counted by the policy in force on ``today``."""
    with uow:
        h = uow.session.get(Household, household_id)
        if h is None:
            raise RuleError(Problem("household.missing", "id", {"id": household_id}))
        return _detail(h, _figures(uow.session, today))


def _needle(text: str) -> str:
    """What a search looks for: the typed text as the list's search text holds it; letters
    and digits typed in the input method's full-width mode (ｚｓ, ３６０４) as half-width; ü
    as the v the pinyin keys write it (lü finds 吕); a name's dot as the stored · (``names.clean``)."""
    return unicodedata.normalize("NFKC", text).strip().lower().replace("ü", "v").translate(names.NAME_DOTS)


def _needles(text: str) -> tuple[str, ...]:
    """What a search looks for (``_needle``); 15 typed digits also as the 18-digit number they
    become (an old ID number read from a paper form finds the member, whose search text holds
    the number as the list shows it): worked out here, so the search text stays one number a
    member and the search one scan."""
    needle = _needle(text)
    if len(needle) == 15 and needle.isdigit():
        return needle, idcard.convert_15(needle).lower()
    return (needle,) if needle else ()


def _filtered(q: HouseholdQuery) -> Select[Any]:
    stmt = select(Household.id)
    if q.sort == "village":  # the join costs a third of the query: only when sorting by it
        stmt = stmt.join(Village, Household.village_id == Village.id)
    likes = []
    for text in _needles(q.text):
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        # a number as a notice or the county's list masks it (360426********0071): each * one character
        escaped = escaped.replace("*", "_")
        likes.append(Household.search_text.like(f"%{escaped}%", escape="\\"))
    if likes:
        stmt = stmt.where(or_(*likes) if len(likes) > 1 else likes[0])
    if q.village_id is not None:
        stmt = stmt.where(Household.village_id == q.village_id)
    if q.status:
        stmt = stmt.where(Household.status == q.status)
    return stmt


def query_ids(uow: UnitOfWork, q: HouseholdQuery) -> list[int]:
    """Ids of the households matching the query, in display order (filtered and sorted in SQL)."""
    column = SORT_COLUMNS.get(q.sort, Household.id)
    order = column.desc() if q.descending else column.asc()
    stmt = _filtered(q).order_by(order, Household.id.desc() if q.descending else Household.id)
    with uow:
        # Straight from the driver: SQLAlchemy's per-row result handling would cost more than
        # the query itself for 40,000 ids, and this runs on every keystroke of a search.
        return [row[0] for row in dialect.driver_rows(uow.session.connection(), stmt)]


def count(uow: UnitOfWork, q: HouseholdQuery | None = None) -> int:
    with uow:
        stmt = select(func.count()).select_from(_filtered(q or HouseholdQuery()).subquery())
        return uow.session.scalar(stmt) or 0


def fetch_rows(uow: UnitOfWork, ids: list[int], text: str = "") -> list[HouseholdRow]:
    """The list rows for these ids, in the order given; with the search ``text``, each row
    names the member it found when that is not the head ("zs" finds 朱美 by member 张三)."""
    if not ids:
        return []
    matched = _matched_members(uow, ids, text) if text.strip() else {}
    with uow:
        result = uow.session.execute(
            select(Household.id, Household.head_name, Household.head_id_number, Village.name,
                   Household.hukou_type, Household.person_count, Household.covered_count,
                   Household.per_capita_fen, Household.status, Household.category,
                   Household.monthly_benefit_fen)
            .join(Village, Household.village_id == Village.id)
            .where(Household.id.in_(ids))
        ).all()
        # Imported here: the registers' models load with the household list, not with every
        # writer of households (import-roster).
        from dibao_desk.models.registers import filed_household_ids

        filed = filed_household_ids(uow.session, ids)
        numbers = dict(uow.session.execute(select(Certificate.household_id, Certificate.number).where(
            Certificate.household_id.in_(ids), Certificate.state == CertificateState.ACTIVE)).all())
    by_id = {r[0]: HouseholdRow(*r, filed=r[0] in filed, certificate=numbers.get(r[0], ""),
                                matched_member=matched.get(r[0], "")) for r in result}
    return [by_id[i] for i in ids if i in by_id]


def _matched_members(uow: UnitOfWork, ids: list[int], text: str) -> dict[int, str]:
    """Household id -> the first member the search text finds, for households whose head it
    does not find. Read from the household's own search text (name, pinyin, initials and ID
    number of each member, in order: ``names.search_text``), so no pinyin is worked out here."""
    needle, *also = _needles(text) or ("",)
    pattern = re.compile(re.escape(needle).replace(r"\*", ".")) if "*" in needle else None

    def found_in(part: str) -> bool:
        if pattern is not None:
            return pattern.search(part) is not None
        return needle in part or any(n in part for n in also)

    with uow:
        rows = uow.session.execute(select(Household.id, Household.head_name, Household.search_text)
                                   .where(Household.id.in_(ids))).all()
    found: dict[int, str] = {}
    for hid, head, search in rows:
        parts = (search or "").strip("|").split("|")
        groups = [parts[i:i + 4] for i in range(0, len(parts) - 3, 4)]
        hits = [names.shown_name(g[0]) for g in groups if any(found_in(p) for p in g)]
        if hits and head not in hits:
            found[hid] = hits[0]
    return found


@dataclass(frozen=True)
class Deletable:
    """A household that may be deleted, as the confirmation names it."""

    id: int
    head_name: str
    village: str
    person_count: int


def check_delete(uow: UnitOfWork, household_id: int) -> Deletable:
    """Whether the household may be deleted (see :func:`delete`), before anyone is asked to
    confirm: raises the RuleError ``delete`` would, or says what would be deleted."""
    uow.require(Role.CLERK)
    with uow:
        h = _deletable(uow, household_id, lock=False)
        village = uow.session.get(Village, h.village_id)
        return Deletable(h.id, h.head_name, village.name if village else "", h.person_count)


def delete(uow: UnitOfWork, household_id: int) -> None:
    """Remove a household registered by mistake: one with no history at all. A household that
    any record names (a case, ledger months, payroll lines, reviews, complaints, …) is refused
    with those records counted by kind (``household.delete_refs``); one still in the procedure
    or receiving is refused too (``household.delete_status``). The audit row keeps what was
    deleted with ID numbers and the account masked."""
    uow.require(Role.CLERK)
    with uow:
        h = _deletable(uow, household_id, lock=True)
        before = _masked_snapshot(h)
        uow.session.delete(h)
        uow.audit("household", household_id, "delete", before, None)
        uow.commit()


def _deletable(uow: UnitOfWork, household_id: int, lock: bool) -> Household:
    from dibao_desk.models.household_refs import count_refs

    # Locked first (PostgreSQL) when deleting: a record another clerk adds meanwhile waits for
    # the delete, so the count below is the last word and nothing is cascaded unseen.
    h = uow.session.get(Household, household_id, with_for_update=lock)
    if h is None:
        raise RuleError(Problem("household.missing", "id", {"id": household_id}))
    refs = count_refs(uow.session.connection(), household_id)
    if refs:
        raise RuleError(Problem("household.delete_refs", "id", {
            "id": household_id, "head": h.head_name, "refs": tuple(refs.items())}))
    if h.status != HouseholdStatus.REGISTERED:
        raise RuleError(Problem("household.delete_status", "status", {"status": h.status, "head": h.head_name}))
    return h


def _masked_snapshot(h: Household) -> dict[str, Any]:
    """What a deleted household was, for its audit row: ID numbers, the account and the phone
    masked as on a public notice (the row outlives the household)."""
    from dibao_desk.printing.mask import mask_account, mask_id, scrub

    snap = _snapshot(h)
    for group in ("members", "supporters"):
        snap[group] = [p | {"id_number": mask_id(p.get("id_number") or "")} for p in snap.get(group, ())]
    snap["bank_account"] = mask_account(snap.get("bank_account") or "")
    snap["phone"] = scrub(snap.get("phone") or "")
    return snap | {"head_name": h.head_name, "head_id_number": mask_id(h.head_id_number or "")}
