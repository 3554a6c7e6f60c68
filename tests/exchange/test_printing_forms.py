"""The procedure's forms and the placard, filled from the store: what each must say,
full ID on internal forms, the appeal sentence on refusals and cancellations."""

import datetime as dt

import pytest

from tests.helpers import walk_case
from pypdf import PdfReader

from dibao_desk.domain.household import IncomeDraft, MemberDraft, PropertyDraft, SupporterDraft
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import households, printing
from dibao_desk.services import procedure as proc
from tests.conftest import make_id, simple_draft

D = dt.date
P = "王经办"
HEAD_ID = make_id("19600315", 11)


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def flat(text: str) -> str:
    return "".join(text.split())


def register(ctx, villages, **kw):
    draft = simple_draft(
        villages["东风村"], head="李堃", head_id=HEAD_ID, address="东风村三组 12 号", phone="13907920001",
        bank_name="农商银行", bank_account="6217000011112222333",
        extra_members=(MemberDraft("王喆", make_id("19620101", 22), "spouse", serious_illness=True,
                                   illness_note="尿毒症透析"),),
        supporters=(SupporterDraft("李玥", make_id("19880505", 42), "女儿", "maintain_elder", 3, 300000, 20000),),
        **kw)
    draft = type(draft)(**{**draft.__dict__,
                           "incomes": (IncomeDraft("wages", 50000, 0, "打零工"),),
                           "properties": (PropertyDraft("housing", 0, 8000, 1, "自建土坯房"),)})
    return households.save(ctx.uow(), draft, today=D(2026, 11, 1))


def walk(ctx, case_id, last_step):
    u = ctx.uow
    if last_step >= 2:
        proc.record_step(u(), case_id, 2, {"on": D(2026, 11, 4), "person": "李调查、张调查",
                                           "investigator_signed": True, "applicant_signed": True,
                                           "notes": "家中主要劳动力患病，收入微薄"}, D(2026, 11, 4))
    if last_step >= 3:
        items = proc.open_review(u(), case_id, D(2026, 11, 6), "村委会", "村民代表 11 人", "村主任",
                                 D(2026, 11, 6))
        proc.record_step(u(), case_id, 3, {"on": D(2026, 11, 6), "person": "村主任", "place": "村委会",
                                           "attendees": "村民代表 11 人", "objections": {},
                                           "outcome": "pass"}, D(2026, 11, 6))
    if last_step >= 4:
        proc.start_notice(u(), case_id, 4, D(2026, 11, 7), P, D(2026, 11, 7))
        proc.record_step(u(), case_id, 4, {"on": D(2026, 11, 14), "person": P}, D(2026, 11, 14))
    if last_step >= 5:
        proc.record_step(u(), case_id, 5, {"on": D(2026, 11, 15), "person": "经办机构",
                                           "notes": "材料齐全，程序合规"}, D(2026, 11, 15))
    if last_step >= 6:
        proc.record_step(u(), case_id, 6, {"on": D(2026, 11, 16), "person": "分管镇长", "notes": "同意上报",
                                           "category": "class2", "monthly_fen": 31200, "amount_reason": "村评议核定"}, D(2026, 11, 16))


@pytest.fixture
def applicant(ctx, villages):
    h = register(ctx, villages)
    case = proc.receive_application(ctx.uow(), h.id, {
        "on": D(2026, 11, 2), "person": P, "declaration_signed": True, "authorisation_signed": True},
        D(2026, 11, 2))
    return h, case


def form(ctx, tmp_path, kind, hid, today=D(2026, 11, 23)):
    out = tmp_path / f"{kind}.pdf"
    result = printing.print_form(ctx.uow(), kind, hid, out, today=today)
    assert result.path == out and out.exists()
    return result, flat(pdf_text(out))


def test_application_form_has_the_household_declaration_and_full_id(ctx, tmp_path, applicant):
    h, _ = applicant
    result, text = form(ctx, tmp_path, "application", h.id)
    assert "最低生活保障申请表" in text
    for expected in ("李堃", "王喆", "李玥", HEAD_ID, "东风村", "工资性收入", "500.00", "自建土坯房",
                     "声明", "授权", "申请人（签字或按手印）", "受理人", P):
        assert expected in text, expected
    assert result.missing_chars == ()


def test_home_visit_and_approval_carry_the_recorded_steps(ctx, tmp_path, applicant):
    h, case = applicant
    walk(ctx, case.info.id, 6)
    _, visit = form(ctx, tmp_path, "home_visit", h.id)
    assert "入户调查表" in visit and "李调查、张调查" in visit and "家中主要劳动力患病" in visit
    assert "调查人（两人签字）" in visit and "申请人（签字确认调查情况属实）" in visit
    _, record = form(ctx, tmp_path, "review_record", h.id)
    assert "民主评议记录" in record and "村委会" in record and "村民代表11人" in record
    assert "评议通过" in record and "李堃" in record
    _, approval = form(ctx, tmp_path, "approval", h.id)
    for expected in ("审核审批表", "材料齐全，程序合规", "分管镇长", "同意上报", "二类", "312.00",
                     "县级人民政府民政部门审批意见", "（盖章）"):
        assert expected in approval, expected


def test_the_approval_form_says_what_each_passed_step_decided(ctx, tmp_path, villages):
    """Steps recorded without a written opinion (the usual way in the window) still print what
    they decided: the signed 民主评议、审查、审核 boxes were blank while the county's said 同意."""
    h = register(ctx, villages)
    case = proc.receive_application(ctx.uow(), h.id, {
        "on": D(2026, 11, 2), "person": P, "declaration_signed": True, "authorisation_signed": True},
        D(2026, 11, 2))
    walk(ctx, case.info.id, 2)
    walk_case(ctx, case.info.id, D(2026, 11, 5), until=9)
    printing.print_form(ctx.uow(), "approval", h.id, tmp_path / "a.pdf", today=D(2026, 12, 1))
    text = pdf_text(tmp_path / "a.pdf")
    boxes = flat(text).split("意见")
    review, office_check, township, county = boxes[1], boxes[2], boxes[3], boxes[4]
    assert "评议通过" in review and "村委会" in review and "村民代表9人" in review, review
    assert "同意" in office_check and "同意" in township and "同意" in county, boxes


def test_refusal_names_the_reason_and_how_to_appeal(ctx, tmp_path, applicant):
    h, case = applicant
    walk(ctx, case.info.id, 2)
    proc.refuse(ctx.uow(), case.info.id, 3, "家庭人均收入高于当地低保标准", D(2026, 11, 6), "村主任", D(2026, 11, 6))
    _, text = form(ctx, tmp_path, "refusal", h.id)
    assert "不予批准最低生活保障通知书" in text
    assert "家庭人均收入高于当地低保标准" in text
    assert "60日内向德安县人民政府申请行政复议" in text and "6个月内向人民法院提起行政诉讼" in text
    assert "德安镇人民政府（盖章）" in text


def test_cancellation_notice_and_placard_for_a_receiving_household(ctx, tmp_path, villages):
    h = register(ctx, villages)
    with ctx.uow() as u:  # a household already receiving benefit (as after a roster import)
        from dibao_desk.models import Household
        row = u.session.get(Household, h.id)
        row.status, row.category, row.monthly_benefit_fen, row.benefit_start = "receiving", "class2", 31200, D(2025, 1, 1)
        u.commit()
    _, placard = form(ctx, tmp_path, "placard", h.id)
    assert "农村低保户" in placard and "李堃" in placard and "东风村" in placard
    _, notice = form(ctx, tmp_path, "review_notice", h.id)
    assert "复审告知书" in notice and "2025年1月" in notice and "312.00" in notice and "回执" in notice
    case = proc.open_case(ctx.uow(), h.id, "cancel", "家庭成员已稳定就业，人均收入超过标准", D(2026, 11, 10))
    with pytest.raises(RuleError):  # still open: the month the benefit stops is not decided
        form(ctx, tmp_path, "cancellation", h.id)
    walk_case(ctx, case.id, D(2026, 11, 11), start_month=D(2026, 12, 1), person=P)
    _, text = form(ctx, tmp_path, "cancellation", h.id)
    assert "终止最低生活保障通知书" in text and "家庭成员已稳定就业" in text and "自2026年12月起终止" in text
    assert "行政复议" in text and "行政诉讼" in text and "312.00" in text


@pytest.mark.parametrize("kind,code", [("refusal", "printing.not_refused"),
                                       ("cancellation", "printing.not_cancelled"),
                                       ("placard", "printing.not_receiving"),
                                       ("home_visit", "printing.no_case")])
def test_a_form_that_does_not_apply_is_refused_and_no_file_is_left(ctx, tmp_path, villages, kind, code):
    h = register(ctx, villages)
    with pytest.raises(RuleError) as exc:
        printing.print_form(ctx.uow(), kind, h.id, tmp_path / "x.pdf")
    assert [p.code for p in exc.value.problems] == [code]
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_the_approval_form_marks_a_special_case_and_its_collective_decision(ctx, tmp_path, applicant):
    """Seed 001: 特殊情况 "经过审批机关集体讨论作出批准决定" — the 审批表 shows it was one."""
    h, case = applicant
    walk(ctx, case.info.id, 6)
    proc.start_notice(ctx.uow(), case.info.id, 7, D(2026, 11, 17), P, D(2026, 11, 17))
    proc.record_step(ctx.uow(), case.info.id, 7, {"on": D(2026, 11, 24), "person": P}, D(2026, 11, 24))
    decision = proc.rules.CollectiveDecision("serious_illness", D(2026, 11, 25), "张局长、李科长、王主任",
                                             "配偶尿毒症透析，医疗支出大")
    proc.record_county_decision(ctx.uow(), case.info.id, True, "同意", D(2026, 11, 26), False, "县民政局",
                                today=D(2026, 11, 26), special=decision)
    _result, text = form(ctx, tmp_path, "approval", h.id, today=D(2026, 11, 30))
    assert "★特殊情况（重病）：不符合测算条件，经审批机关2026-11-25集体讨论批准" in text
    assert "参加人员：张局长、李科长、王主任" in text and "纪要：配偶尿毒症透析，医疗支出大" in text


def test_the_home_visit_form_prints_the_findings_typed_as_调查情况(ctx, tmp_path, applicant):
    """The home-visit dialog stores what the investigators found as ``findings`` (调查情况),
    beside an optional 备注; the printed 入户调查表 showed only the 备注, so its 调查核实情况
    box came out empty for the two investigators and the applicant to sign."""
    h, case = applicant
    proc.record_step(ctx.uow(), case.info.id, 2, {
        "on": D(2026, 11, 4), "person": "李调查、张调查", "investigator_signed": True, "applicant_signed": True,
        "findings": "住土坯房两间，户主腿部残疾不能务农，配偶务零工月收入约500元", "notes": "邻居王某在场"},
        D(2026, 11, 4))
    _, visit = form(ctx, tmp_path, "home_visit", h.id)
    assert "住土坯房两间，户主腿部残疾不能务农，配偶务零工月收入约500元" in visit
    assert "邻居王某在场" in visit


@pytest.mark.parametrize("repeat", [6, 60])
def test_long_findings_stay_inside_their_box_above_the_signature(office_ctx, tmp_path, applicant, repeat):
    """A box's words had a fixed height: a long 调查情况 ran out of the box, over the
    investigators' signature line (and, longer than a page, off the sheet)."""
    import subprocess

    ctx = office_ctx  # no demo watermark across the words
    h, case = applicant
    findings = "家中主要劳动力长期患病需要常年服药，子女均在上学，收入主要依靠务农和零星务工。" * repeat + "以上情况属实完毕"
    proc.record_step(ctx.uow(), case.info.id, 2, {
        "on": D(2026, 11, 4), "person": "李调查、张调查", "investigator_signed": True, "applicant_signed": True,
        "findings": findings}, D(2026, 11, 4))
    out = tmp_path / "visit.pdf"
    printing.print_form(ctx.uow(), "home_visit", h.id, out, today=D(2026, 11, 23))
    layout = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                            check=True).stdout
    furniture = ("（续）", "页共")  # the running title, the page count
    text = flat("".join(line for line in layout.splitlines() if not any(f in flat(line) for f in furniture)))
    text = text.replace("调查核实情况", "")  # the box's label, beside its first line
    assert findings in text
    end = text.index("以上情况属实完毕")
    assert text.index("调查人（两人签字）", end) > end  # the signature line comes below the words
    assert "调查人（两人签字）" not in text[:end]


def test_the_placard_masks_a_number_written_into_the_name_or_village(tmp_path):
    """The placard hangs on the door: an ID or phone typed into the head's name or the village
    (in any digits) was printed whole; the office's own complaint phone stays."""
    import subprocess

    from dibao_desk.printing import placard

    out = tmp_path / "p.pdf"
    placard.render(out, placard.PlacardData("rural", "王五 三六〇四二六一九六〇〇三一五〇〇七一",
                                            "东风村 138-0013-8000", "德安镇人民政府", "0792-4321000"))
    text = "".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                  check=True).stdout.split())
    assert "王五360426********0071" in text and "东风村138****8000" in text and "0792-4321000" in text
    assert "一九六" not in text and "0013" not in text


@pytest.mark.parametrize("head, village, lines", [
    ("李堃", "东风村", ["户主：李堃　　东风村"]),
    ("欧阳𠮷䶮" + "诸葛司马上官慕容东方" * 2 + "丽丽丽丽丽丽", "德安镇西北部山区长岭下村民委员会第十二村民小组",
     ["户主：欧阳𠮷䶮" + "诸葛司马上官慕容东方" * 2 + "丽丽丽丽丽丽", "德安镇西北部山区长岭下村民委员会第十二村民小组"]),
])
def test_the_placard_keeps_the_head_and_village_large_enough_to_read(tmp_path, head, village, lines):
    """The placard on the door: a 30-character name with a long village would have shrunk to
    about 11 pt on one line; they take a line each, each as large as its line allows (20 pt and more)."""
    from dibao_desk.printing import placard

    out = tmp_path / "p.pdf"
    placard.render(out, placard.PlacardData("rural", head, village, "德安镇人民政府", "0792-4321000"))
    found: dict[float, str] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            y = round(tm[5], 0)
            found[y] = found.get(y, "") + text.replace("\n", "")
            sizes.setdefault(y, []).append(size * tm[0])

    sizes: dict[float, list[float]] = {}
    PdfReader(str(out)).pages[0].extract_text(visitor_text=visit)
    printed = [found[y] for y in sorted(found, reverse=True) if found[y].replace(" ", "") != "农村低保户"
               and "监督电话" not in found[y]]
    assert printed == lines
    assert all(min(sizes[y]) >= 20 for y in found if found[y] in lines)
