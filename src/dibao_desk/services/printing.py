"""Print-ready PDFs from the store: public notices, the procedure's forms, the placard.

Each call gathers plain data (no ORM object leaves this module), hands it to
``dibao_desk.printing`` and writes the file atomically (a temporary file in the
same folder, then a rename), so a failed or cancelled print leaves no half-written PDF.

Characters the shipped font cannot draw (rare characters in names) print as "□"
to be completed by hand; the result lists them so the operator is told.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from dibao_desk import messages
from dibao_desk.atomic import replacing
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.household import MemberDraft, is_present
from dibao_desk.domain.ledger import add_months
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.procedure import CaseKind, CaseStatus, StepResult
from dibao_desk.models import Household
from dibao_desk.printing import document, layout
from dibao_desk.printing.document import RenderInfo
from dibao_desk.services import accounts
from dibao_desk.services import office as office_service
from dibao_desk.services.progress import Progress
from dibao_desk.services.uow import UnitOfWork

if TYPE_CHECKING:
    from dibao_desk.printing.forms import FormData
    from dibao_desk.printing.notice import NoticeRow

STAGES = ("1", "2", "3", "long")
PAPERS = tuple(layout.PAPERS)
FORM_KINDS = ("application", "home_visit", "review_record", "approval", "review_notice",
              "refusal", "cancellation", "placard")


@dataclass(frozen=True)
class PrintResult:
    path: Path
    title: str
    pages: int
    households: int
    left_out: int = 0  # fuller notice: households without recorded consent, not listed
    missing_chars: tuple[str, ...] = ()  # characters the font lacks, printed as □
    texts_with_missing: tuple[str, ...] = ()  # the names (or texts) they occur in
    skipped: tuple[Problem, ...] = ()  # households left out of a batch, each with the reason
    not_as_posted: int = 0  # notice reprint: households shown as they stand today (not kept at posting)

    @property
    def problems(self) -> list[Problem]:
        """Warnings for the operator (codes; words in messages.printing)."""
        out = []
        if self.missing_chars:
            out.append(Problem("printing.missing_chars", "", {
                "chars": "、".join(self.missing_chars), "names": "、".join(self.texts_with_missing)},
                "warning"))
        if self.left_out:
            out.append(Problem("printing.left_out", "", {"count": self.left_out}, "warning"))
        if self.not_as_posted:
            out.append(Problem("printing.not_as_posted", "", {"count": self.not_as_posted}, "warning"))
        return out + list(self.skipped)


# ---- the office ------------------------------------------------------------------------------

@dataclass(frozen=True)
class OfficeHeading:
    title: str  # county + township: 德安县德安镇
    signer: str  # who signs and seals: 德安镇人民政府
    phone: str
    box: str
    county: str


def signer_name(township: str) -> str:
    """The body that signs a township's notices: 德安镇 -> 德安镇人民政府, 城关街道 -> 城关街道办事处."""
    township = township.strip()
    if township.endswith(("人民政府", "办事处", "办公室")):
        return township
    if township.endswith("街道"):
        return township + "办事处"
    if township.endswith(("镇", "乡")):
        return township + "人民政府"
    return township


def heading(uow: UnitOfWork) -> OfficeHeading:
    info = office_service.get_office(uow)
    if info is None:
        raise RuleError(Problem("printing.no_office", "office"))
    title = info.name if info.name.startswith(info.county_name) else info.county_name + info.name
    return OfficeHeading(title, signer_name(info.name), info.complaint_phone, info.complaint_box,
                         info.county_name)


def village_id_by_name(uow: UnitOfWork, name: str) -> int:
    for v in office_service.list_villages(uow):
        if v.name == name.strip():
            return v.id
    raise RuleError(Problem("printing.village", "village", {"name": name}))


# ---- writing -------------------------------------------------------------------------------

def _check_folder(out: str | os.PathLike[str]) -> Path:
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise RuleError(Problem("printing.folder", "out", {"folder": str(folder)}))
    return out


def write_atomically(out: str | os.PathLike[str], render: Callable[[Path], RenderInfo],
                     uow: UnitOfWork | None = None) -> tuple[Path, RenderInfo]:
    """Render into a temporary file beside ``out`` and rename it into place. Given the store's
    ``uow``, a document printed from the demo township carries 演示数据 on every page."""
    out = _check_folder(out)
    demo = uow is not None and accounts.is_demo(uow)
    try:
        with replacing(out, ".pdf.part") as tmp, document.demo_pages(demo):
            info = render(tmp)
    except PermissionError as exc:
        raise RuleError(Problem("printing.write", "out", {"path": str(out), "error": str(exc)})) from exc
    return out, info


def _result(path: Path, title: str, info: RenderInfo, households: int, left_out: int = 0) -> PrintResult:
    return PrintResult(path, title, info.pages, households, left_out, tuple(info.missing),
                       tuple(info.texts_with_missing))


# ---- notices -------------------------------------------------------------------------------

def _category(code: str) -> str:
    return messages.label("category", code)


def _kind_label(code: str) -> str:
    return messages.label("case_kind", code)


def notice_rows_from_entries(entries: Iterable[Any]) -> list[NoticeRow]:
    """Notice rows from the procedure's NoticeEntry / LongTermEntry (only what bears on the benefit)."""
    from dibao_desk.printing.notice import NoticeRow

    rows: list[NoticeRow] = []
    for e in entries:
        kind = getattr(e, "kind", "")
        rows.append(NoticeRow(e.village, e.head_name, e.persons, _category(e.category) if e.category else "",
                              e.monthly_fen, kind, _kind_label(kind) if kind else "",
                              getattr(e, "benefit_start", None), decided=getattr(e, "decided", True),
                              as_posted=getattr(e, "as_posted", True)))
    return rows


def _stage_entries(uow: UnitOfWork, stage: str, village_id: int | None, on: dt.date,
                   posted: dt.date | None = None) -> Sequence[Any]:
    """The procedure's NoticeEntry (or LongTermEntry for "long") of a notice."""
    from dibao_desk.services import procedure

    if stage == "long":
        return procedure.long_term_notice(uow, village_id, on)
    return procedure.cases_on_notice(uow, int(stage), village_id, on, posted)


def _supporter_names_allowed(uow: UnitOfWork, on: dt.date) -> bool:
    from dibao_desk.services import policy

    found = policy.policy_in_force(uow, on)
    return bool(found is not None and found.figures.full_notice_supporter_names)


def _full_details(uow: UnitOfWork, household_ids: list[int], names_allowed: bool = False
                  ) -> dict[int, tuple[bool, str, str]]:
    """household id -> (consent recorded, incomes text, supporters text) for the fuller notice.
    A supporter is named only where the policy in force allows it; otherwise the relation says who."""
    out: dict[int, tuple[bool, str, str]] = {}
    with uow:
        for start in range(0, len(household_ids), 500):
            chunk = household_ids[start:start + 500]
            rows = uow.session.scalars(
                select(Household).where(Household.id.in_(chunk))
                .options(selectinload(Household.members), selectinload(Household.incomes),
                         selectinload(Household.supporters))).all()
            for h in rows:
                if not h.consent_full_notice:
                    out[h.id] = (False, "", "")
                    continue
                names = {m.id: m.name for m in h.members}
                gone = {m.id for m in h.members if not is_present(m.person_status)}
                # the incomes the benefit counts: not those of a member who died or left
                incomes = "\n".join(
                    f"{names.get(i.member_id, '') + ' ' if i.member_id else ''}"
                    f"{messages.label('income_kind', i.kind)} {fen_to_yuan(i.amount_fen)}"
                    for i in h.incomes if i.member_id not in gone) or "无"
                supporters = "\n".join(
                    (f"{s.name}（{s.relation or messages.label('duty', s.duty)}）" if names_allowed
                     else f"{s.relation or messages.label('duty', s.duty)}") + f"：家庭 {s.household_size} 人，"
                    f"月收入 {fen_to_yuan(s.household_income_fen)}，月给付 {fen_to_yuan(s.support_paid_fen)}"
                    for s in h.supporters) or "无"
                out[h.id] = (True, incomes, supporters)
    return out


def print_notice(uow: UnitOfWork, stage: str | int, out: str | os.PathLike[str], *, village_id: int | None = None,
                 paper: str = "A4", landscape: bool = False, on: dt.date | None = None,
                 full: bool = False, entries: Sequence[Any] | None = None, progress: Progress | None = None,
                 posted: dt.date | None = None, post_person: str = "", office_copy: bool = False,
                 today: dt.date | None = None) -> PrintResult:
    """Write the public notice of ``stage`` ("1", "2", "3" or "long") for one village or all.

    ``entries`` may be given (the procedure's notice entries) to print exactly those;
    otherwise they are read from the procedure service: the posting that started on
    ``posted``, or the latest one still on the board. ``post_person`` records a posting
    first: every case of the stage (and village) waiting to be posted goes on notice on
    ``on`` (all or nothing, audited; not after ``today``, default the computer's date), and
    the notice printed is that posting.
    ``full`` prints the fuller notice with incomes, listing only households whose signed
    consent is recorded. ``office_copy`` prints the office's own copy (not to be posted):
    a column marks 备案 households (a member is a registered close relative of staff or a
    cadre) and special cases.
    """
    from dibao_desk.printing.notice import NoticeDoc, render

    stage = str(stage)
    if stage not in STAGES:
        raise RuleError(Problem("printing.stage", "stage", {"stage": stage}))
    if paper not in PAPERS:
        raise RuleError(Problem("printing.paper", "paper", {"paper": paper}))
    on = on or dt.date.today()
    progress = progress or Progress()
    head = heading(uow)
    village = _village_name(uow, village_id) if village_id is not None else ""
    if post_person.strip():
        _check_folder(out)
        posted = post_notice(uow, stage, on, post_person, village_id, today=today)
    progress.update(0, 3, "progress.notice.read")
    if entries is None and posted is not None and stage != "long" and not post_person.strip():
        _check_posted(uow, stage, village_id, village, posted)
    if entries is None:
        entries = _stage_entries(uow, stage, village_id, on, posted)
    elif village_id is not None:
        entries = [e for e in entries if e.village_id == village_id]
    rows = notice_rows_from_entries(entries)
    if office_copy:
        rows = _office_marks(uow, entries, rows)
    left_out = 0
    if full:
        details = _full_details(uow, [e.household_id for e in entries], _supporter_names_allowed(uow, on))
        kept = []
        for e, row in zip(entries, rows):
            consent, incomes, supporters = details.get(e.household_id, (False, "", ""))
            if consent:
                kept.append(dataclasses.replace(row, incomes=incomes, supporters=supporters))
            else:
                left_out += 1
        rows = kept
    starts = [e.start for e in entries if getattr(e, "start", None)]
    ends = [e.end for e in entries if getattr(e, "end", None)]
    doc = NoticeDoc(stage, head.title, head.signer, on, head.phone, head.box, tuple(rows),
                    min(starts) if starts and stage != "long" else None,
                    max(ends) if ends and stage != "long" else None, full, left_out, village, office_copy)
    progress.update(1, 3, "progress.print.pdf")
    progress.check()
    page = layout.PageSpec(paper, landscape or full)
    path, info = write_atomically(out, lambda p: render(p, doc, page, progress), uow)
    progress.update(3, 3, "progress.done")
    from dibao_desk.printing.notice import title

    return dataclasses.replace(_result(path, title(doc), info, len(rows), left_out),
                               not_as_posted=sum(1 for r in rows if not r.as_posted))


def not_as_posted(uow: UnitOfWork, stage: str, village_id: int | None, on: dt.date,
                  posted: dt.date | None = None) -> int:
    """How many households the notice ``print_notice`` would print for these choices shows as
    they stand today, their posting not having kept what its list showed (0 for the long-term
    notice, or a day nothing was posted): said before printing."""
    from dibao_desk.services import procedure

    if str(stage) not in STAGES or str(stage) == "long":
        return 0
    return sum(1 for e in procedure.cases_on_notice(uow, int(stage), village_id, on, posted) if not e.as_posted)


POSTINGS_NAMED = 5  # the latest postings a refused reprint names


def _check_posted(uow: UnitOfWork, stage: str, village_id: int | None, village: str, posted: dt.date) -> None:
    """A reprint of the posting of ``posted``: refused, naming the days lists were posted (the
    latest few), when no list of the stage (and village) was posted that day. An empty sheet
    is no reprint of anything on the board."""
    from dibao_desk.services import procedure

    days = [p.start for p in procedure.notice_postings(uow, int(stage), village_id)]
    if posted in days:
        return
    params = {"day": posted.isoformat(), "stage": messages.label("notice_stage", stage),
              "where": f"（{village}）" if village else ""}
    if not days:
        raise RuleError(Problem("printing.posted_never", "posted", params))
    raise RuleError(Problem("printing.posted_none", "posted", params | {
        "days": "、".join(d.isoformat() for d in days[:POSTINGS_NAMED])}))


def _office_marks(uow: UnitOfWork, entries: Sequence[Any], rows: list[NoticeRow]) -> list[NoticeRow]:
    """The rows (one per entry) with their 备案／特殊情况 mark, for the office's copy."""
    from dibao_desk.services import relatives

    filed = relatives.filed_household_ids(uow, [e.household_id for e in entries])
    out = []
    for e, row in zip(entries, rows):
        parts = [layout.NOTICE_MARK_FILED] if e.household_id in filed else []
        special = getattr(e, "special_case", "")
        if special:
            parts.append(layout.NOTICE_MARK_SPECIAL.format(kind=messages.label("special_case", special)))
        out.append(dataclasses.replace(row, mark="、".join(parts)))
    return out


def _village_name(uow: UnitOfWork, village_id: int) -> str:
    for v in office_service.list_villages(uow):
        if v.id == village_id:
            return v.name
    raise RuleError(Problem("printing.village", "village", {"name": str(village_id)}))


def post_notice(uow: UnitOfWork, stage: str, on: dt.date, person: str, village_id: int | None = None,
                *, today: dt.date | None = None) -> dt.date:
    """Record the posting of notice ``stage`` on ``on``: every case waiting to be posted at that
    stage (of the village, or all) goes on notice together. Returns the posting's day. A day
    after ``today`` (default the computer's date) is refused like any step dated ahead: a
    posting entered in advance would run its window, and close, without the list on the board."""
    from dibao_desk.services import procedure

    if stage not in ("1", "2", "3"):
        raise RuleError(Problem("printing.post_long", "stage"))
    batch = procedure.notice_batch(uow, int(stage), on, village_id)
    if not batch.to_post:
        raise RuleError(Problem("printing.nothing_to_post", "stage",
                                {"stage": messages.label("notice_stage", stage)}))
    procedure.start_notice_batch(uow, list(batch.to_post), int(stage), on, person, today or dt.date.today())
    return on


__all__ = ["FORM_KINDS", "post_notice", "OfficeHeading", "PAPERS", "PrintResult", "STAGES", "heading", "print_notice",
           "signer_name", "village_id_by_name", "write_atomically"]


# ---- forms -----------------------------------------------------------------------------------

def _covered(m: MemberDraft) -> str:
    """纳入保障 as a form prints it: a member who left the household says why and since when."""
    if not is_present(m.person_status):
        since = f"，{m.status_on.isoformat()}" if m.status_on else ""
        return f"否（{messages.label('person_status', m.person_status)}{since}）"
    return "是" if m.covered else f"否（{m.not_covered_reason}）" if m.not_covered_reason else "否"


def _health(m: MemberDraft) -> str:
    parts = []
    if m.disability_grade:
        parts.append(f"残疾{messages.label('disability_grade', m.disability_grade)}")
    if m.serious_illness:
        parts.append("重病" + (f"（{m.illness_note}）" if m.illness_note else ""))
    return "、".join(parts) or "健康"


def form_data(uow: UnitOfWork, household_id: int, today: dt.date | None = None) -> FormData:
    """Everything the forms of one household may show, as printed words."""
    from dibao_desk.domain.procedure_steps import GrantData, TownshipReviewData
    from dibao_desk.printing.forms import FormData, StepRecord
    from dibao_desk.services import households, procedure

    today = today or dt.date.today()
    head = heading(uow)
    d = households.get(uow, household_id, today)
    draft = d.draft
    members = draft.members
    living = draft.present_only().members or members  # a dead or departed head is no more head
    head_member = next((m for m in living if m.relation == "head"), living[0] if living else None)
    names = {i: m.name for i, m in enumerate(members)}
    member_rows = tuple({
        "name": m.name, "relation": messages.label("relation", m.relation), "id_number": m.id_number,
        "work_capacity": messages.label("work_capacity", m.work_capacity), "health": _health(m),
        "covered": _covered(m),
    } for m in members)
    income_rows = tuple({
        "kind": messages.label("income_kind", i.kind),
        "member": names.get(i.member_index, "") if i.member_index is not None else "全家",
        "amount": fen_to_yuan(i.amount_fen), "note": i.note} for i in draft.incomes)
    property_rows = tuple({
        "kind": messages.label("property_kind", p.kind), "value": fen_to_yuan(p.value_fen),
        "quantity": (f"{p.area_m2_x100 / 100:g} 平方米" if p.area_m2_x100 else str(p.quantity)),
        "note": p.note} for p in draft.properties)
    supporter_rows = tuple({
        "name": s.name, "relation": s.relation, "duty": messages.label("duty", s.duty),
        "size": str(s.household_size), "income": fen_to_yuan(s.household_income_fen),
        "paid": fen_to_yuan(s.support_paid_fen)} for s in draft.supporters)
    bank = " ".join(x for x in (draft.bank_name, draft.bank_account) if x)

    case = procedure.case_for_household(uow, household_id)
    steps: dict[int, StepRecord] = {}
    extra: dict[str, Any] = {}
    category, monthly = d.category, d.monthly_benefit_fen
    if case is not None:
        detail = procedure.get_case(uow, case.id, today)
        for n, s in detail.current.items():
            steps[n] = StepRecord(s.done_on or s.started_on, s.person, s.result, s.notes, s.fields)
        refused_step = next((n for n, s in detail.current.items() if s.result == StepResult.REFUSED), None)
        grant = detail.current.get(10)
        end_month = grant.fields.start_month if grant is not None and isinstance(grant.fields, GrantData) else None
        if case.kind == CaseKind.CANCEL:
            category = category or detail.category
            monthly = monthly or detail.monthly_benefit_fen
            before = case.before or {}
            category = category or before.get("category", "")
            monthly = monthly or int(before.get("monthly_benefit_fen") or 0)
        elif case.status == CaseStatus.OPEN and detail.proposed_fen:
            category, monthly = detail.proposed_category or category, detail.proposed_fen
        extra = dict(
            # a 事由 the program gave as a code in older stores (渐退期满) prints as its words
            case_kind=case.kind, case_reason=messages.given_reason(case.reason),
            opened_on=case.opened_on, steps=steps,
            review_items=tuple({"label": r.label, "detail": r.detail, "objection": r.objection}
                               for r in detail.review_items),
            refused_reason=detail.refused_reason,
            refused_by=messages.label("step", refused_step) if refused_step else "",
            closed_on=detail.closed_on, end_month=end_month, case_status=case.status,
            review_returns=tuple(
                (s.done_on, s.fields.returned_on, s.fields.return_reason) for s in detail.steps
                if not s.active and isinstance(s.fields, TownshipReviewData) and s.fields.returned_on))
    return FormData(
        office_title=head.title, signer=head.signer, county=head.county, phone=head.phone,
        household_id=d.id, village=d.village, hukou=draft.hukou_type,
        hukou_label=messages.label("hukou_type", draft.hukou_type), address=draft.address,
        household_phone=draft.phone, bank=bank, head_name=head_member.name if head_member else "",
        head_id=head_member.id_number if head_member else "", members=member_rows, incomes=income_rows,
        properties=property_rows, supporters=supporter_rows, total_income_fen=d.income.total_fen,
        counted_income_fen=d.income.counted_fen, persons=d.income.persons, covered=d.income.covered_persons,
        per_capita_fen=d.income.per_capita_fen, status=d.status, status_label=messages.label("status", d.status),
        category_label=_category(category), monthly_fen=monthly, benefit_start=d.benefit_start, today=today,
        **extra)


def _as_paid(uow: UnitOfWork, data: FormData, month: dt.date) -> FormData:
    """``data`` with the persons, class and amount the ledger pays the household for ``month``
    (unchanged where the ledger holds nothing paid for it)."""
    from dibao_desk.domain.ledger import PAID_STATUSES
    from dibao_desk.models import ledger as ledger_store

    with uow:
        paid = ledger_store.month_values(uow.session.connection(), month, [data.household_id]).get(data.household_id)
    if paid is None or paid.status not in PAID_STATUSES:
        return data
    return dataclasses.replace(data, covered=paid.covered, category_label=_category(paid.category) if paid.category else "",
                               monthly_fen=paid.amount_fen)


def print_form(uow: UnitOfWork, kind: str, household_id: int, out: str | os.PathLike[str],
               today: dt.date | None = None) -> PrintResult:
    """Write one of the procedure's forms (or the placard) for a household, filled from the store."""
    from dibao_desk.printing import forms, placard

    if kind not in FORM_KINDS:
        raise RuleError(Problem("printing.form_kind", "kind", {"kind": kind}))
    data = form_data(uow, household_id, today)
    form_word = messages.label("form_kind", kind)
    if kind in ("home_visit", "review_record", "approval") and not data.case_kind:
        raise RuleError(Problem("printing.no_case", "household", {"form": form_word}))
    if kind == "refusal" and data.case_status == CaseStatus.WITHDRAWN:
        # a withdrawal is no decision: no notice with appeal rights (复议/诉讼)
        raise RuleError(Problem("printing.withdrawn", "household", {"on": data.closed_on}))
    if kind == "refusal" and not data.refused_reason:
        raise RuleError(Problem("printing.not_refused", "household"))
    if kind == "cancellation" and data.case_kind != CaseKind.CANCEL:
        raise RuleError(Problem("printing.not_cancelled", "household"))
    if kind == "cancellation" and (data.case_status != CaseStatus.DONE or data.end_month is None):
        # the notice says from which month the benefit stops: only once that is decided
        raise RuleError(Problem("printing.cancellation_open", "household"))
    if kind in ("placard", "review_notice") and data.status != HouseholdStatus.RECEIVING:
        raise RuleError(Problem("printing.not_receiving", "household", {"form": form_word}))
    if kind in ("review_notice", "cancellation"):
        # the letter names what is (or was last) paid: between a member's death or departure and
        # the grant that follows, the household's own count is already those who remain
        month = data.end_month if kind == "cancellation" and data.end_month else data.today.replace(day=1)
        data = _as_paid(uow, data, add_months(month, -1) if kind == "cancellation" else month)
    if kind == "placard":
        card = placard.PlacardData(data.hukou, data.head_name, data.village, data.signer, data.phone,
                                   str(data.household_id))
        path, info = write_atomically(out, lambda p: placard.render(p, card), uow)
        return _result(path, layout.FORM_TITLES["placard"], info, 1)
    doc = forms.BUILDERS[kind](data)
    path, info = write_atomically(out, lambda p: forms.render(p, doc), uow)
    return _result(path, doc.title, info, 1)


__all__ += ["form_data", "print_form"]
