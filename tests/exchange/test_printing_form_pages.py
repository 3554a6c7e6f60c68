"""The procedure's forms, page by page: no empty page, a signature never alone on a page,
every page names the form, the household (户编号) and the page x/y, so a loose page finds
its folder; an amount never split from its unit; the cancellation notice only once decided."""

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from dibao_desk.domain.household import IncomeDraft, MemberDraft
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import Household
from dibao_desk.printing import forms
from dibao_desk.printing import layout as L
from dibao_desk.services import printing
from dibao_desk.services import procedure as proc
from tests.conftest import make_id, simple_draft
from tests.exchange.test_printing_forms import P, register, walk
from tests.helpers import walk_case

D = dt.date
KINDS = ("application", "home_visit", "review_record", "approval")


def pages(path) -> list[str]:
    return ["".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]


def big_household(ctx, villages, members: int, incomes: int):
    """A household with many members and incomes, so that the forms run over pages."""
    from dibao_desk.services import households

    extra = tuple(MemberDraft(f"成员{i:02d}", make_id("19900101", 100 + i), "son") for i in range(members))
    draft = simple_draft(villages["东风村"], head="李堃", head_id=make_id("19600315", 11), extra_members=extra)
    draft = type(draft)(**{**draft.__dict__, "incomes": tuple(
        IncomeDraft("wages", 10000 + i, 0, f"零工收入第{i}项") for i in range(incomes))})
    return households.save(ctx.uow(), draft, today=D(2026, 11, 1))


@pytest.mark.parametrize("members, incomes", [(0, 1), (3, 4), (6, 8), (9, 10), (14, 14)])
def test_every_page_of_every_form_names_the_form_household_and_page(ctx, villages, tmp_path, members, incomes):
    h = big_household(ctx, villages, members, incomes)
    case = proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": P, "declaration_signed": True,
                                                      "authorisation_signed": True}, D(2026, 11, 2))
    walk(ctx, case.info.id, 6)
    for kind in KINDS:
        out = tmp_path / f"{kind}.pdf"
        result = printing.print_form(ctx.uow(), kind, h.id, out, today=D(2026, 11, 23))
        texts = pages(out)
        assert result.pages == len(texts)
        title = L.FORM_TITLES[kind]
        for k, text in enumerate(texts, 1):
            assert title in text, f"{kind} page {k} does not name the form"
            assert f"户编号：{h.id}" in text, f"{kind} page {k} does not name the household"
            assert f"第{k}页共{len(texts)}页" in text
            body = re.sub(rf"{title}（续）|户编号：{h.id}|户主：李堃|第{k}页共{len(texts)}页", "", text)
            assert len(body) > 20, f"{kind} page {k} of {len(texts)} is empty: {text}"
        last = texts[-1]
        if kind in ("application", "home_visit"):
            signature = "申请人（签字或按手印）" if kind == "application" else "申请人（签字确认调查情况属实）"
            assert signature in last
            before = {"application": "授权", "home_visit": "调查核实情况"}[kind]
            assert before in last, f"{kind}: the signature is alone on the last page"


def test_the_review_notice_keeps_an_amount_with_its_unit(ctx, villages, tmp_path):
    """Whatever the name's length pushes the amount to, "元" is on the amount's line."""
    for n in range(1, 12):
        d = forms.FormData(
            office_title="德安县德安镇", signer="德安镇人民政府", county="德安县", phone="0792-4321000",
            household_id=n, village="东风村", hukou="rural", hukou_label="农村", address="", household_phone="",
            bank="", head_name="李" * n, head_id="", members=(), incomes=(), properties=(), supporters=(),
            total_income_fen=0, counted_income_fen=0, persons=3, covered=3, per_capita_fen=0, status="receiving",
            status_label="享受中", category_label="二类", monthly_fen=123456, benefit_start=D(2025, 1, 1),
            today=D(2026, 11, 23))
        out = tmp_path / f"r{n}.pdf"
        forms.render(out, forms.review_notice(d))
        lines = [line.replace(" ", "") for line in PdfReader(str(out)).pages[0].extract_text().splitlines()]
        amount_line = next(line for line in lines if "1234.56" in line)
        assert "1234.56元" in amount_line, (n, lines)


def test_no_line_of_a_letter_starts_with_a_closing_mark(tmp_path):
    """A full stop or a closing bracket that does not fit stays on its line's end: the line
    before it is broken one character earlier, never a lone "。" starting the next line."""
    for n in range(1, 25):
        d = forms.FormData(
            office_title="德安县德安镇", signer="德安镇人民政府", county="德安县", phone="0792-4321000",
            household_id=n, village="东风村", hukou="rural", hukou_label="农村", address="", household_phone="",
            bank="", head_name="欧阳娜仁其其格·巴特尔"[: 1 + n % 11], head_id="", members=(), incomes=(),
            properties=(), supporters=(), total_income_fen=0, counted_income_fen=0, persons=10, covered=n,
            per_capita_fen=0, status="receiving", status_label="享受中", category_label="三类",
            monthly_fen=0 if n < 12 else 1234500, benefit_start=D(2020, 6, 1), today=D(2026, 12, 1))
        out = tmp_path / f"r{n}.pdf"
        forms.render(out, forms.review_notice(d))
        lines = [line.strip() for line in PdfReader(str(out)).pages[0].extract_text().splitlines()]
        starts = [line for line in lines if line and line[0] in "，。、；：？！）》」』”’"]
        assert not starts, (n, lines)


def receiving_household(ctx, villages):
    h = register(ctx, villages)
    with ctx.uow() as u:
        row = u.session.get(Household, h.id)
        row.status, row.category, row.monthly_benefit_fen, row.benefit_start = "receiving", "class2", 31200, D(2025, 1, 1)
        u.commit()
    return h


def test_the_cancellation_notice_waits_for_the_decision(ctx, villages, tmp_path):
    h = receiving_household(ctx, villages)
    case = proc.open_case(ctx.uow(), h.id, "cancel", "经复审核查，家庭成员已稳定就业，人均收入超过标准", D(2026, 12, 1))
    out = tmp_path / "c.pdf"
    with pytest.raises(RuleError) as exc:
        printing.print_form(ctx.uow(), "cancellation", h.id, out, today=D(2026, 12, 1))
    assert [p.code for p in exc.value.problems] == ["printing.cancellation_open"]
    assert not out.exists()
    _detail, end = walk_case(ctx, case.id, D(2026, 12, 2), start_month=D(2027, 1, 1), person=P)
    printing.print_form(ctx.uow(), "cancellation", h.id, out, today=end)
    text = "".join(pages(out))
    assert text.count("经复审") == 1 and "核查，经复审" not in text
    assert "家庭成员已稳定就业" in text and "自2027年1月起终止" in text


def test_the_cancellation_notice_after_the_only_member_died_says_whom_it_covered(ctx, make_household, tmp_path):
    """张三, alone, receiving 450 元, dies on 31 January 2027; the cancellation is granted from
    February. The notice said 原保障 0 人: the household's own count had dropped to those who
    remain. It says what the ledger last paid: 1 person, 三类, 450.00 元."""
    from dibao_desk.services import events, proposals
    from tests.unit import test_member_events as ev

    hid = make_household(wages_fen=0).id
    ev.receiving(ctx, hid, D(2027, 1, 1), D(2027, 1, 31))
    r = events.add_event(ctx.uow(), hid, "death", D(2027, 1, 31), today=D(2027, 1, 31))
    p = proposals.get_proposal(ctx.uow(), r.followup.proposal_id)
    _detail, end = walk_case(ctx, p.case_id, D(2027, 2, 1))
    out = tmp_path / "c.pdf"
    printing.print_form(ctx.uow(), "cancellation", hid, out, today=end)
    text = "".join(pages(out))
    assert "自2027年2月起终止" in text
    assert "原保障1人，三类，月保障金450.00元" in text, text


def test_the_review_notice_names_what_is_paid_until_a_change_is_granted(ctx, make_household, tmp_path):
    """张小明 dies on 29 February 2028; until the 变更 is granted the household is paid 750 元
    for 3, and the 复审告知书 says so (it said 保障 2 人 beside the 750 元)."""
    from dibao_desk.services import events
    from tests.unit import test_member_events as ev

    hid = ev.three(make_household).id
    assert ev.receiving(ctx, hid, D(2028, 2, 1), D(2028, 2, 29)) == 75000
    boy, *_ = ev.member(ctx, hid, "张小明")
    events.add_event(ctx.uow(), hid, "death", D(2028, 2, 29), member_id=boy, today=D(2028, 2, 29))
    out = tmp_path / "r.pdf"
    printing.print_form(ctx.uow(), "review_notice", hid, out, today=D(2028, 3, 2))
    assert "二类，保障3人，月保障金750.00元" in "".join(pages(out))


def test_the_approval_form_of_a_cancellation_proposes_to_stop_not_an_amount(ctx, villages, tmp_path):
    """The 审批表 of a 取消 case said 拟保障类别：二类 拟月保障金：312.00 元, as if the county were
    asked to grant that amount; it says the benefit is to stop and what it was."""
    h = receiving_household(ctx, villages)
    case = proc.open_case(ctx.uow(), h.id, "cancel", "经复审核查，家庭成员已稳定就业，人均收入超过标准", D(2026, 12, 1))
    walk_case(ctx, case.id, D(2026, 12, 2), until=8)
    out = tmp_path / "a.pdf"
    printing.print_form(ctx.uow(), "approval", h.id, out, today=D(2026, 12, 20))
    text = "".join(pages(out))
    assert "拟月保障金" not in text and "拟保障类别" not in text, text
    assert "拟取消保障（原保障类别：二类，原月保障金：312.00元）" in text, text


@pytest.mark.parametrize("typed", ["家庭成员已稳定就业；", "家庭成员已稳定就业，", "家庭成员已稳定就业. ",
                                   "经复审，家庭成员已稳定就业！", "家庭成员已稳定就业。　"])
def test_the_cancellation_letter_has_one_mark_after_the_reason(ctx, villages, tmp_path, typed):
    """The reason is followed by the letter's own "，决定自…": typed ending with "；" or "，" it
    read "家庭成员已稳定就业；，决定自2027年1月起终止" (only "。" was taken off)."""
    h = receiving_household(ctx, villages)
    case = proc.open_case(ctx.uow(), h.id, "cancel", typed, D(2026, 12, 1))
    _detail, end = walk_case(ctx, case.id, D(2026, 12, 2), start_month=D(2027, 1, 1), person=P)
    out = tmp_path / "c.pdf"
    printing.print_form(ctx.uow(), "cancellation", h.id, out, today=end)
    assert "经复审（核查），家庭成员已稳定就业，决定自2027年1月起终止" in "".join(pages(out))


def _crowded_approval(members: int) -> forms.FormData:
    """The 审批表 at its fullest: long notes in every box, an amount differing from the computed
    one with a long reason, the township's review returned twice, a long address and village."""
    from dibao_desk.domain.procedure_steps import CountyDecisionData, TownshipReviewData

    note = "经入户核查，该户主要劳动力因病长期卧床，子女在外务工收入不稳定，家庭刚性支出较大，" * 2
    rows = tuple({"name": "欧阳𠮷䶮丽丽丽丽丽丽丽丽丽丽" if i == 0 else f"成员{i:02d}", "relation": "子女",
                  "id_number": make_id("19900101", 100 + i), "work_capacity": "丧失劳动能力",
                  "health": "重病（尿毒症长期透析）", "covered": "是"} for i in range(members))
    step = forms.StepRecord
    return forms.FormData(
        office_title="德安县德安镇", signer="德安镇人民政府", county="德安县", phone="0792-4321000",
        household_id=12345, village="德安镇西北部山区长岭下村民委员会第十二村民小组", hukou="rural",
        hukou_label="农村", address="江西省九江市德安县德安镇长岭下村第十二村民小组上屋自然村108号附3号",
        household_phone="13907920001", bank="中国农业银行德安县支行 6228480000000000001",
        head_name="欧阳𠮷䶮丽丽丽丽丽丽丽丽丽丽", head_id=make_id("19600315", 11), members=rows, incomes=(),
        properties=(), supporters=(), total_income_fen=1234500, counted_income_fen=1234500, persons=members,
        covered=members, per_capita_fen=102875, status="applying", status_label="申请中", category_label="一类",
        monthly_fen=1234500, benefit_start=None, today=D(2026, 12, 30), case_kind="new", case_reason="因病",
        opened_on=D(2026, 11, 2),
        steps={3: step(D(2026, 11, 20), "张三", "passed", note), 5: step(D(2026, 11, 25), "李四", "passed", note),
               6: step(D(2026, 12, 1), "王五", "passed", note, TownshipReviewData(
                   "一类", 1234500, 1034500, "该户成员重病长期透析，医疗支出大，经集体研究按一类从高核定，" * 2)),
               8: step(D(2026, 12, 20), "赵六", "passed", note, CountyDecisionData(True, ""))},
        review_returns=((D(2026, 11, 28), D(2026, 11, 30), "金额理由不充分，请补充医疗费用票据后重新审核。" * 2),
                        (D(2026, 11, 30), D(2026, 12, 1), "附件缺少村委会评议记录签字页，请补齐。" * 2)))


@pytest.mark.parametrize("members", [1, 6, 12, 16])
def test_the_approval_form_is_signed_on_one_sheet(tmp_path, members):
    """A 审批表 with a noted amount difference and a review returned twice, up to 16 members,
    stays on one page: set tighter, rather than the county's box and seal alone on a second."""
    out = tmp_path / "approval.pdf"
    info = forms.render(out, forms.approval(_crowded_approval(members)))
    reader = PdfReader(str(out))
    assert (info.pages, len(reader.pages)) == (1, 1)
    text = pages(out)[0]
    for words in ("县级人民政府民政部门审批意见", "（盖章）负责人：赵六2026年12月20日", "（盖章）负责人：王五2026年12月1日",
                  "此前2026-11-28的审核已于2026-11-30退回", "此前2026-11-30的审核已于2026-12-01退回",
                  "※乡镇审核金额12345.00元与按标准计算的10345.00元不同", f"成员{members - 1:02d}" if members > 1 else "欧阳",
                  "第1页共1页"):
        assert words in text
    assert info.missing == []


def test_a_short_approval_form_is_set_no_smaller_than_it_needs(tmp_path):
    """A form is set only as much smaller as it needs: a household of one with short notes
    prints on one page in type of 9.5 pt or more (not the crowded form's 7 pt)."""
    d = _crowded_approval(1)
    d = forms.FormData(**{**d.__dict__, "review_returns": (), "address": "长岭下村108号", "steps": {
        n: forms.StepRecord(s.on, s.person, s.result, "同意") for n, s in d.steps.items()}})
    out = tmp_path / "approval.pdf"
    assert forms.render(out, forms.approval(d)).pages == 1
    sizes: set[float] = set()
    page = PdfReader(str(out)).pages[0]
    page.extract_text(visitor_text=lambda text, cm, tm, font, size: sizes.add(round(size * tm[0], 1)) if text.strip() else None)
    assert min(sizes - {9.0}) >= 9.5, sizes  # 9 pt: the page's footer


@pytest.mark.parametrize("kind", ["application", "home_visit"])
def test_a_tables_caption_stays_on_the_page_of_its_table(tmp_path, kind):
    """Whatever the number of members pushes a table to, its caption (家庭收入（每月）…) is on
    the page where the table begins, not alone at the foot of the page before."""
    captions = ("家庭成员", "家庭收入（每月）", "家庭财产", "赡养（抚养、扶养）义务人")
    for members in range(6, 22):
        d = _crowded_approval(members)
        d = forms.FormData(**{**d.__dict__, "incomes": ({"kind": "工资性收入", "member": "成员01", "amount": "123.45",
                                                           "note": "外出务工" * 10},)})
        out = tmp_path / f"{kind}{members}.pdf"
        forms.render(out, forms.BUILDERS[kind](d))
        texts = pages(out)
        for k, text in enumerate(texts, 1):
            body = text.replace(f"第{k}页共{len(texts)}页", "")
            assert not body.endswith(captions), f"{members} members: a caption alone at the foot of page {k}"
        # a table longer than the rest of the page starts there all the same
        assert "家庭成员姓名与户主关系" in texts[0] and "成员01" in texts[0]


def test_a_long_table_starts_on_the_first_page(tmp_path):
    """The yearly 备案表 with rows for more than a page begins under its title, not on page 2."""
    from dibao_desk.printing import filing_table

    rows = [filing_table.FilingRow("欧阳𠮷䶮" + "丽" * 20, "村（社区）干部", "长岭下村民委员会第十二村民小组 村委会主任",
                                   f"亲属{i:02d}" + "丽" * 20, "配偶", make_id("19700101", i), "户编号 12345，户主 李堃",
                                   "享受中", D(2026, 12, 31)) for i in range(12)]
    out = tmp_path / "filing.pdf"
    filing_table.render(out, filing_table.document("德安县德安镇", "德安镇人民政府", 2026, rows, D(2027, 1, 2)))
    texts = pages(out)
    assert len(texts) > 1 and "亲属00" in texts[0] and "近亲属身份证号" in texts[0]


def test_the_approval_form_is_measured_before_it_is_written(tmp_path, monkeypatch):
    """The density that fits one page is found by measuring the form, not by writing it at each
    density in turn: the crowded form of 12 members is written once."""
    written = []
    original = forms.build

    def counting(*args, **kw):
        written.append(args[0])
        return original(*args, **kw)

    monkeypatch.setattr(forms, "build", counting)
    assert forms.render(tmp_path / "a.pdf", forms.approval(_crowded_approval(12))).pages == 1
    assert len(written) == 1


@pytest.mark.parametrize("members, body", [(19, 9.7), (30, 8.9), (60, 7.6)])
def test_an_approval_form_on_two_sheets_is_measured_before_it_is_written(tmp_path, monkeypatch, members, body):
    """A 审批表 too large for one sheet is set at the largest type that fits two (19 members:
    9.7 pt, 30: 8.9 pt, 60: 7.6 pt), found by measuring the form at each type size, not by
    writing it at each in turn until it fits: it is written once."""
    written = []
    original = forms.build

    def counting(*args, **kw):
        written.append(args[0])
        return original(*args, **kw)

    monkeypatch.setattr(forms, "build", counting)
    out = tmp_path / "approval.pdf"
    assert forms.render(out, forms.approval(_crowded_approval(members))).pages == 2
    assert len(written) == 1
    assert max(_type_sizes(out) - {round(18 * max(body / 10.5, 0.85), 1)}) == body  # the title's size left out


def test_an_approval_form_over_two_pages_keeps_each_part_with_what_it_belongs_to(tmp_path):
    """A household of 19 to 60 members: the 审批表 runs to two sheets. Each sheet names the
    household and its page; the member table carries its header on the second; the two-line
    income summary, the proposed amount and the note on its difference, and the township's
    box and the note of its review returned are each on one sheet, not cut between two."""
    # the counts where a part fell on the break (26, 27, 46 to 49) and the ends of the range
    for members in (19, 20, 26, 27, 30, 45, 46, 47, 48, 49, 60):
        out = tmp_path / f"approval{members}.pdf"
        forms.render(out, forms.approval(_crowded_approval(members)))
        texts = pages(out)
        assert len(texts) == 2, members
        for k, text in enumerate(texts, 1):
            assert f"第{k}页共2页" in text and "户编号：12345" in text and "欧阳𠮷䶮丽丽" in text, (members, k)
        if re.search(r"成员\d\d子女", texts[1]):
            assert "姓名与户主关系身份证号码" in texts[1], members
        together = (("家庭月总收入", "家庭人均月收入"), ("拟保障类别", "※乡镇审核金额"),
                    ("乡镇人民政府（街道办事处）审核意见", "此前2026-11-28的审核", "此前2026-11-30的审核"))
        for words in together:
            where = {k for k, text in enumerate(texts) for w in words if w in text}
            assert len(where) == 1, f"{members} members: {words} on pages {sorted(where)}"


def _type_sizes(path) -> set[float]:
    """The sizes of type on the PDF's pages, the footer's 9 pt left out."""
    sizes: set[float] = set()
    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=lambda text, cm, tm, font, size: sizes.add(round(size * tm[0], 1))
                          if text.strip() else None)
    return sizes - {9.0}


@pytest.mark.parametrize("members", [19, 30, 60])
def test_an_approval_form_on_two_sheets_is_not_set_small_for_nothing(tmp_path, members):
    """A form that fits no sheet even at the smallest type takes two: it is set at the largest
    type that fits two (19 members: the normal type of a short form), not at the 7 pt that was
    meant to keep it on one."""
    out = tmp_path / "approval.pdf"
    assert forms.render(out, forms.approval(_crowded_approval(members))).pages == 2
    smallest = tmp_path / "sixteen.pdf"
    forms.render(smallest, forms.approval(_crowded_approval(16)))  # one sheet at the smallest type
    sizes = _type_sizes(out)
    assert min(sizes) > min(_type_sizes(smallest)), sizes
    if members == 19:
        assert min(sizes) >= 9.5, sizes  # as a short form's


def test_every_page_of_a_households_file_list_names_the_household(tmp_path):
    """The 档案材料目录 goes in front of one household's paper folder: with many documents it
    runs over pages, and a later page named only the list (…档案材料目录（续）), not whose."""
    from dibao_desk.printing import file_list

    rows = [file_list.FileRow("申请材料", f"户口簿复印件{i:02d}.pdf", 2, "本户", D(2028, 2, 29), "王经办")
            for i in range(80)]
    out = tmp_path / "目录.pdf"
    file_list.render(out, file_list.document("德安县德安镇", "德安镇人民政府", "12345", "东风村",
                                             "欧阳𠮷䶮丽丽", rows, D(2027, 12, 31)))
    texts = pages(out)
    assert len(texts) >= 2
    for k, text in enumerate(texts[1:], 2):
        assert "档案材料目录（续）" in text and "户编号：12345" in text and "户主：欧阳𠮷䶮丽丽" in text, (k, text[:80])
