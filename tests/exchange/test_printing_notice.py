"""Public notices as PDF: what must be on them, what must never be, long lists over
pages with the header repeated, the consent rule of the fuller notice, rare characters."""

import datetime as dt
import re
import subprocess

import pytest
from pypdf import PdfReader

from dibao_desk.cli import main
from dibao_desk.domain.household import MemberDraft, SupporterDraft
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import Household
from dibao_desk.printing import fonts
from dibao_desk.printing.mask import mask_account, mask_id, scrub
from dibao_desk.services import households, printing
from dibao_desk.services import procedure as proc
from tests.conftest import make_id, simple_draft

D = dt.date
P = "王经办"
RARE_NAMES = ("王䶮", "李堃", "张喆", "赵玥", "吉𠮷", "刘㛃", "陈𡒄", "孙\U00030000")  # the last: Ext. G, in no shipped font


def pages_text(path) -> list[str]:
    return ["".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def receiving(ctx, villages, head, n, *, village="东风村", consent=False, category="class2", fen=31200,
              illness="", account="6217000011112222333", phone="13907920001"):
    draft = simple_draft(villages[village], head=head, head_id=make_id("19600315", n),
                         phone=phone, bank_name="农商银行", bank_account=account, consent_full_notice=consent,
                         extra_members=(MemberDraft(head + "妻", make_id("19620101", n + 500), "spouse",
                                                    serious_illness=bool(illness), illness_note=illness),),
                         supporters=(SupporterDraft("孙赡养", make_id("19880505", n + 300), "儿子",
                                                    "maintain_elder", 3, 456700, 20000),))
    h = households.save(ctx.uow(), draft, today=D(2026, 11, 1))
    with ctx.uow() as u:
        row = u.session.get(Household, h.id)
        row.status, row.category, row.monthly_benefit_fen, row.benefit_start = "receiving", category, fen, D(2025, 3, 1)
        u.commit()
    return h


def on_first_notice(ctx, villages, head, n, **kw):
    draft = simple_draft(villages[kw.get("village", "东风村")], head=head, head_id=make_id("19700101", n),
                         phone="13907920002", bank_account="6217000099998888777")
    h = households.save(ctx.uow(), draft, today=D(2026, 11, 1))
    case = proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": P, "declaration_signed": True,
                                                      "authorisation_signed": True}, D(2026, 11, 2))
    cid = case.info.id
    proc.record_step(ctx.uow(), cid, 2, {"on": D(2026, 11, 4), "person": "李调查", "investigator_signed": True,
                                         "applicant_signed": True}, D(2026, 11, 4))
    proc.open_review(ctx.uow(), cid, D(2026, 11, 6), "村委会", "代表 11 人", "村主任", D(2026, 11, 6))
    proc.record_step(ctx.uow(), cid, 3, {"on": D(2026, 11, 6), "person": "村主任", "place": "村委会",
                                         "attendees": "代表 11 人", "objections": {}, "outcome": "pass"}, D(2026, 11, 6))
    proc.start_notice(ctx.uow(), cid, 4, D(2026, 11, 20), P, D(2026, 11, 20))
    return h


def test_first_notice_says_office_stage_period_and_complaint_channels(ctx, villages, tmp_path):
    on_first_notice(ctx, villages, "钱新申", 1)
    on_first_notice(ctx, villages, "周新申", 2, village="向阳社区")
    out = tmp_path / "一榜.pdf"
    result = printing.print_notice(ctx.uow(), 1, out, on=D(2026, 11, 23))
    [text] = pages_text(out)
    assert result.households == 2 and result.pages == 1
    assert "德安县德安镇最低生活保障对象一榜公示（新申请）" in text
    assert "公示期：2026年11月20日至2026年11月27日（共7天）" in text
    for expected in ("钱新申", "周新申", "东风村", "向阳社区", "新增", "待核定", "0792-4321000", "镇政府一楼大厅",
                     "德安镇人民政府（盖章）", "2026年11月23日", "第1页共1页", "序号", "户主姓名", "保障人数",
                     "保障类别", "月保障金（元）", "变动类型"):
        assert expected in text, expected


def test_notice_for_one_village_lists_only_that_village(ctx, villages, tmp_path):
    on_first_notice(ctx, villages, "钱新申", 1)
    on_first_notice(ctx, villages, "周新申", 2, village="向阳社区")
    out = tmp_path / "x.pdf"
    vid = printing.village_id_by_name(ctx.uow(), "向阳社区")
    result = printing.print_notice(ctx.uow(), "1", out, village_id=vid, on=D(2026, 11, 23))
    [text] = pages_text(out)
    assert result.households == 1 and "周新申" in text and "钱新申" not in text


def test_notice_never_shows_ids_accounts_phones_or_illness(ctx, villages, tmp_path):
    h = receiving(ctx, villages, "李长期", 1, illness="尿毒症透析")
    out = tmp_path / "long.pdf"
    result = printing.print_notice(ctx.uow(), "long", out, on=D(2026, 11, 23))
    text = "".join(pages_text(out))
    assert "李长期" in text and "312.00" in text and "二类" in text and "2025年3月" in text
    assert "长期公示" in text and result.households == 1
    detail = households.get(ctx.uow(), h.id)
    for secret in [m.id_number for m in detail.draft.members] + ["6217000011112222333", "13907920001",
                                                                 "尿毒症", "孙赡养", "李长期妻"]:
        assert secret not in text, secret
    assert not re.search(r"\d{11,}", text), "a long run of digits (ID, account or phone) is on the notice"
    assert not re.search(r"\d{17}[\dX]", text)


def test_long_list_runs_over_pages_with_the_header_repeated_and_page_numbers(ctx, villages, tmp_path):
    entries = [proc.LongTermEntry(i, villages["东风村"], "东风村", f"户主{i:03d}", 2, "class3", 8400, D(2025, 1, 1))
               for i in range(1, 121)]
    out = tmp_path / "long.pdf"
    result = printing.print_notice(ctx.uow(), "long", out, on=D(2026, 11, 23), entries=entries)
    pages = pages_text(out)
    assert result.pages == len(pages) >= 3
    for k, text in enumerate(pages, 1):
        assert "户主姓名" in text and "月保障金（元）" in text, f"header missing on page {k}"
        assert f"第{k}页共{len(pages)}页" in text
        if k > 1:
            assert "德安县德安镇最低生活保障对象长期公示（续）" in text
    assert all(f"户主{i:03d}" in "".join(pages) for i in range(1, 121))
    assert "本表共120户240人，月保障金合计10080.00元" in pages[-1]
    assert "（盖章）" in pages[-1] and "（盖章）" not in pages[0]


def test_a3_landscape_paper(ctx, villages, tmp_path):
    receiving(ctx, villages, "李长期", 1)
    out = tmp_path / "a3.pdf"
    printing.print_notice(ctx.uow(), "long", out, paper="A3", landscape=True, on=D(2026, 11, 23))
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)


def test_fuller_notice_lists_incomes_only_with_recorded_consent(ctx, villages, tmp_path):
    receiving(ctx, villages, "赵同意", 1, consent=True)
    receiving(ctx, villages, "钱不同意", 2, consent=False)
    out = tmp_path / "full.pdf"
    result = printing.print_notice(ctx.uow(), "long", out, full=True, on=D(2026, 11, 23))
    text = "".join(pages_text(out))
    assert result.households == 1 and result.left_out == 1
    assert [p.code for p in result.problems] == ["printing.left_out"]
    assert "赵同意" in text and "钱不同意" not in text
    assert "家庭及赡养人收入情况" in text
    assert "工资性收入500.00" in text and "儿子：家庭3人" in text and "4567.00" in text and "200.00" in text
    assert "孙赡养" not in text, "a supporter is named only where the policy allows it"
    assert "另有1户未签署同意公开家庭及赡养人收入情况的书面意见" in text
    assert not re.search(r"\d{11,}", text)
    # the ordinary notice still lists both
    printing.print_notice(ctx.uow(), "long", out, on=D(2026, 11, 23))
    assert "钱不同意" in "".join(pages_text(out))
    # a county whose rules allow it: the supporter is named
    from dibao_desk.domain.policy import PolicyFigures
    from dibao_desk.services import policy

    policy.add_policy_set(ctx.uow(), D(2026, 11, 1), PolicyFigures(full_notice_supporter_names=True), today=dt.date.today())
    printing.print_notice(ctx.uow(), "long", out, full=True, on=D(2026, 11, 23))
    assert "孙赡养（儿子）：家庭3人" in "".join(pages_text(out))


def test_the_fuller_notice_leaves_out_the_income_of_a_member_who_died(ctx, villages, tmp_path):
    """赵同意妻 (her pension 300 元) died on 10 November: the household's income no longer counts
    it, and the notice listed it beside her name, as if the household still had it."""
    from dataclasses import replace

    from dibao_desk.domain.household import IncomeDraft
    from dibao_desk.models import Member

    h = receiving(ctx, villages, "赵同意", 1, consent=True)
    with ctx.uow() as u:
        row = u.session.get(Household, h.id)
        draft = households.to_draft(row)
    households.save(ctx.uow(), replace(draft, incomes=draft.incomes + (IncomeDraft("pension", 30000, 1),)), h.id,
                    today=D(2026, 11, 1))
    out = tmp_path / "full.pdf"
    printing.print_notice(ctx.uow(), "long", out, full=True, on=D(2026, 11, 23))
    assert "赵同意妻养老金、离退休金300.00" in "".join(pages_text(out))
    with ctx.uow() as u:
        wife = u.session.query(Member).filter_by(household_id=h.id, relation="spouse").one()
        wife.person_status, wife.status_on = "dead", D(2026, 11, 10)
        u.commit()
    printing.print_notice(ctx.uow(), "long", out, full=True, on=D(2026, 11, 23))
    text = "".join(pages_text(out))
    assert "赵同意工资性收入500.00" in text
    assert "养老金" not in text and "赵同意妻" not in text


def test_every_character_written_is_in_the_font(ctx, villages, tmp_path):
    """Rare characters in names: each character written must be in the font's character map;
    those the font lacks are reported (and printed as □ to be completed by hand)."""
    for n, name in enumerate(RARE_NAMES, 1):
        receiving(ctx, villages, name, n)
    out = tmp_path / "rare.pdf"
    result = printing.print_notice(ctx.uow(), "long", out, on=D(2026, 11, 23))
    text = "".join(pages_text(out))
    written = set(text)
    not_in_font = sorted(c for c in written if not fonts.has_char(c))
    assert not not_in_font, f"characters written that the font cannot draw: {not_in_font}"
    # 䶮 㛃 (Ext. A) and 𠮷 𡒄 (Ext. B) print with the fallback font; only Ext. G is lacking
    assert list(result.missing_chars) == ["\U00030000"]
    assert list(result.texts_with_missing) == ["孙\U00030000"]
    for name in RARE_NAMES[:-1]:
        assert name in text, name
    for c in "堃喆玥䶮𠮷㛃𡒄":
        assert c in text, f"{c} should print with a shipped font"
    assert "孙" + fonts.PLACEHOLDER in text


def test_rare_characters_are_drawn_from_the_embedded_fallback_font(tmp_path):
    """A glyph, not .notdef: each rare character is mapped by the embedded subset of the font
    that has it, and the page shows ink where it stands."""
    import subprocess

    from dibao_desk.printing.layout import PageSpec
    from dibao_desk.printing.notice import NoticeDoc, NoticeRow, render

    rows = tuple(NoticeRow("东风村", name, 2, "三类", 8400, since=D(2025, 1, 1)) for name in ("王䶮", "吉𠮷", "刘㛃", "陈𡒄"))
    out = tmp_path / "rare.pdf"
    info = render(out, NoticeDoc("long", "德安县德安镇", "德安镇人民政府", D(2026, 11, 23), "", "", rows), PageSpec())
    assert info.missing == []
    listed = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    for name in ("WenQuanYiMicroHei", "HanaMinA", "HanaMinB"):
        line = next(line for line in listed.splitlines() if name in line)
        assert line.split()[-5:-3] == ["yes", "yes"], line  # embedded, as a subset
    page = PdfReader(str(out)).pages[0]
    used = {}
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        used[str(font["/BaseFont"])] = font
    assert any("HanaMinB" in n for n in used) and any("HanaMinA" in n for n in used)
    text = "".join(page.extract_text().split())
    for name in ("王䶮", "吉𠮷", "刘㛃", "陈𡒄"):
        assert name in text  # the ToUnicode map of the embedded subsets names the character
    # each drawn alone, large: ink, and not the ink of the font's .notdef glyph
    from reportlab.pdfgen.canvas import Canvas

    def ink(ch: str, font: str | None = None) -> int:
        path = tmp_path / f"{ord(ch):x}.pdf"
        c = Canvas(str(path), pagesize=(200, 200), initialFontName=fonts.register())
        if font:
            c.setFont(font, 150)
            c.drawString(20, 40, ch)
        else:
            fonts.draw_string(c, 20, 40, ch, 150)
        c.save()
        subprocess.run(["pdftoppm", "-r", "36", "-gray", "-singlefile", str(path), str(path.with_suffix(""))],
                       check=True)
        data = path.with_suffix(".pgm").read_bytes()
        pixels = data[data.index(b"255\n") + 4:]
        return sum(1 for b in pixels if b < 128)

    notdef = {"HanaMinB": ink("\U00030000", "HanaMinB"), "HanaMinExtA": ink("\U00030000", "HanaMinExtA")}
    for ch in "䶮𠮷㛃𡒄":
        drawn = ink(ch)
        assert drawn > 30 and drawn != notdef[fonts.font_for(ch)], ch


def test_masking_helpers():
    assert mask_id("360426196003150071") == "360426********0071"
    assert mask_account("6217000011112222333") == "***************2333"
    assert scrub("张三 360426196003150071 13907920001 0792-4321000") == (
        "张三 360426********0071 139****0001 0792-*****00")
    assert scrub("36042619600315007X") == "360426********007X"


@pytest.mark.parametrize("written, masked", [
    ("360426 19600315 0071", "360426********0071"),  # an ID in groups
    ("3604-2619-6003-1500-71", "360426********0071"),
    ("36042619600315007x", "360426********007X"),
    ("360426600315071", "360426******071"),  # a 15-character ID: no birth date digit kept
    ("139 0792 0001", "139****0001"),  # a mobile number keeps 3 + 4
    ("139-0792-0001", "139****0001"),
    ("１３９０７９２０００１", "139****0001"),  # full-width digits
    ("1 3 9 0 7 9 2 0 0 0 1", "139****0001"),
    ("6217 0000 1111 2222 333", "***************2333"),  # an account keeps its last 4 at most
    ("6217－0000－1111－2222", "************2222"),
    ("0792 4321000", "0792-*****00"),  # a landline
    ("8123456", "*******"),  # a local phone number
    ("360426.19600315.0071", "360426********0071"),  # dots between the groups: no decimal point
    ("139.0792.0001", "139****0001"),
])
def test_masking_over_spaces_and_dashes(written, masked):
    assert scrub(f"户主 {written}。") == f"户主 {masked}。"
    digits = [c for c in scrub(written) if c.isdigit()]
    assert len(digits) <= 10


@pytest.mark.parametrize("written, masked", [
    ("360426196003150071 1234.56", "360426********0071 1234.56"),
    ("13907920001 1500.00", "139****0001 1500.00"),
    ("6217000011112222333 12.50", "***************2333 12.50"),
    ("360426 19600315 0071 2000.00", "360426********0071 2000.00"),
    ("139-0792-0001-1500.00", "139****0001-1500.00"),
    ("家庭 3 1500.00", "家庭 3 1500.00"),
])
def test_a_number_written_before_an_amount_is_masked(written, masked):
    """An ID, phone or account followed by an amount ("360426196003150071 1234.56"): the amount
    stays, the number before it is masked (it was printed whole on the board)."""
    assert scrub(f"户主 {written}。") == f"户主 {masked}。"


def test_masking_leaves_amounts_counts_and_dates():
    for text in ("工资 1500.00", "家庭 3 人", "2026-11-30", "月收入 1234567.89", "2019年3月", "2026.11.30",
                 "80.125 平方米"):
        assert scrub(text) == text
    assert scrub("2026-11-30 13907920001") == "2026-11-30 139****0001"


def test_every_cell_of_a_notice_is_masked(ctx, villages, tmp_path):
    """Whatever a cell was filled from, an ID or phone written into it (with spaces or dashes)
    never reaches the board."""
    entries = [proc.LongTermEntry(1, villages["东风村"], "东风村 139-0792-0001", "王五 360426 19600315 0071",
                                  2, "class3", 8400, D(2025, 1, 1))]
    out = tmp_path / "x.pdf"
    printing.print_notice(ctx.uow(), "long", out, on=D(2026, 11, 23), entries=entries)
    text = "".join(pages_text(out))
    assert "王五360426********0071" in text and "东风村139****0001" in text
    assert not re.search(r"\d{7,}", text.replace("0792-4321000", ""))



def pdftotext(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("written, masked", [
    ("三六〇四二六一九六〇〇三一五〇〇七一", "360426********0071"),  # an ID in Chinese numerals
    ("三六零四二六一九六零零三一五零零七一", "360426********0071"),  # 零 for nought
    ("叁陆零肆贰陆壹玖陆零零叁壹伍零零柒壹", "360426********0071"),  # capital numerals
    ("三六〇四二六一九六〇〇三一五〇〇七X", "360426********007X"),
    ("一三九〇七九二〇〇〇一", "139****0001"),  # a mobile number read out
    ("幺三九 零七九二 零零零一", "139****0001"),
    ("１３８－００１３－８０００", "138****8000"),  # full-width digits and dashes
    ("3604 2619 6003 1500 71", "360426********0071"),
    ("138-0013-8000", "138****8000"),
    ("360426一九六〇0315 0071", "360426********0071"),  # mixed forms
    ("３６０４２６一九六〇０３１５００７１", "360426********0071"),
    ("〇七九二 四三二一〇〇〇", "0792-*****00"),
])
def test_numbers_in_chinese_numerals_or_mixed_forms_are_masked_on_the_notice(ctx, villages, tmp_path,
                                                                             written, masked):
    """A number copied into a name or village in Chinese numerals (an ID read out, a phone from a
    handwritten form), full-width digits or a mix was printed whole on the board."""
    entries = [proc.LongTermEntry(1, villages["东风村"], "东风村三组", f"王五 {written}",
                                  3, "class3", 8400, D(2025, 1, 1))]
    out = tmp_path / "x.pdf"
    printing.print_notice(ctx.uow(), "long", out, on=D(2026, 11, 23), entries=entries)
    text = "".join(pdftotext(out).split())
    assert f"王五{masked}" in text
    assert "一九六" not in text and "19600315" not in text and "四三二一" not in text


@pytest.mark.parametrize("text", [
    "三口人", "2026年", "二〇二六年十一月三十日", "一千二百三十四元", "壹仟贰佰元整", "一九六〇年三月",
    "王二 1500.00", "三组 2 人", "二〇二六-一一-三〇",
])
def test_counts_dates_and_amounts_in_words_stay(text):
    assert scrub(text) == text


@pytest.mark.parametrize("written, masked", [
    ("联系人王二 13907920001", "联系人王二 139****0001"),  # the name's numeral is no digit of the phone
    ("王五 360426 19600315 0071", "王五 360426********0071"),
    ("王一13907920001", "王一139****0001"),
    ("0792 4321000 三口人", "0792-*****00 三口人"),
    ("王五 13907920001 1500.00", "王五 139****0001 1500.00"),
])
def test_a_numeral_ending_or_starting_a_word_beside_a_number_stays(written, masked):
    assert scrub(written) == masked


def test_bad_stage_or_paper_writes_nothing(ctx, tmp_path):
    for kw in ({"stage": "4"}, {"stage": "1", "paper": "B5"}):
        with pytest.raises(RuleError):
            printing.print_notice(ctx.uow(), kw.pop("stage"), tmp_path / "x.pdf", **kw)
    assert not (tmp_path / "x.pdf").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["data"]


def test_cli_writes_a_valid_notice_and_form(ctx, villages, tmp_path, capsys):
    h = receiving(ctx, villages, "李长期", 1)
    data = str(ctx.data_dir)
    ctx.close()
    out = tmp_path / "notice.pdf"
    assert main(["--data-dir", data, "print", "notice", "--stage", "long", "--village", "东风村",
                 "--paper", "A4", "--landscape", "--date", "2026-11-23", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and "李长期" in "".join(pages_text(out))
    assert "已写入" in capsys.readouterr().out
    form = tmp_path / "placard.pdf"
    assert main(["--data-dir", data, "print", "form", "placard", "--household", str(h.id), "--out", str(form)]) == 0
    assert "农村低保户" in "".join(pages_text(form))
    assert main(["--data-dir", data, "print", "notice", "--stage", "1", "--village", "无此村",
                 "--out", str(tmp_path / "no.pdf")]) == 1
    assert "找不到村（社区）“无此村”" in capsys.readouterr().err
    assert not (tmp_path / "no.pdf").exists()


def test_cancelling_a_long_notice_leaves_no_file(ctx, villages, tmp_path):
    from dibao_desk.services.progress import Cancelled, Progress

    entries = [proc.LongTermEntry(i, villages["东风村"], "东风村", f"户主{i:03d}", 2, "class3", 8400, D(2025, 1, 1))
               for i in range(1, 200)]

    class StopOnSecondPage(Progress):
        def update(self, done, total=None, message=None, **params):
            super().update(done, total, message, **params)
            if message == "progress.print.page" and params["page"] == 2:
                self.cancel()

    out = tmp_path / "long.pdf"
    with pytest.raises(Cancelled):
        printing.print_notice(ctx.uow(), "long", out, entries=entries, progress=StopOnSecondPage())
    assert [p.name for p in tmp_path.iterdir()] == ["data"]


def test_the_office_copy_marks_the_filed_households_and_the_public_notice_never_does(ctx, villages, tmp_path):
    from dibao_desk.services import relatives

    h = on_first_notice(ctx, villages, "周文", 61)
    on_first_notice(ctx, villages, "吴武", 62)
    relatives.add_relative(ctx.uow(), staff_id_number=make_id("19700101", 31), staff_name="赵村长",
                           role="village_cadre", village_id=villages["东风村"], id_number=make_id("19700101", 61),
                           name="周文", relation="sibling", registered_on=D(2026, 3, 1), today=D(2026, 11, 30))
    public = tmp_path / "public.pdf"
    office = tmp_path / "office.pdf"
    printing.print_notice(ctx.uow(), 1, public, on=D(2026, 11, 21))
    result = printing.print_notice(ctx.uow(), 1, office, on=D(2026, 11, 21), office_copy=True)
    public_text, office_text = "".join(pages_text(public)), "".join(pages_text(office))
    assert "备案" not in public_text and "留存本" not in public_text
    assert "办公室留存本，不得张贴" in result.title and "办公室留存本，不得张贴" in office_text
    assert "周文1待核定待核定新增备案2" in office_text  # the mark sits in its row
    assert "吴武1待核定待核定新增本表" in office_text  # no mark
    assert "须从严审核" in office_text and h.id
    # the command line
    out = tmp_path / "cli.pdf"
    assert main(["--data-dir", str(ctx.data_dir), "print", "notice", "--stage", "1", "--office-copy",
                 "--date", "2026-11-21", "--out", str(out)]) == 0
    assert "办公室留存本" in "".join(pages_text(out))


def test_the_long_term_notice_of_a_month_leaves_off_a_household_whose_benefit_starts_later(ctx, villages, tmp_path):
    """李新 is granted on 24 November 2026 from December. The 长期公示 of 30 November listed him
    with his December amount (and counted it in the month's total) although nothing is paid to
    him for November; from 1 December he is listed."""
    from tests.helpers import walk_case

    old = receiving(ctx, villages, "王老", 1)
    draft = simple_draft(villages["东风村"], head="李新", head_id=make_id("19700101", 7), wages_fen=0)
    h = households.save(ctx.uow(), draft, today=D(2026, 11, 1))
    case = proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": P, "declaration_signed": True,
                                                      "authorisation_signed": True}, D(2026, 11, 2))
    proc.record_step(ctx.uow(), case.info.id, 2, {"on": D(2026, 11, 3), "person": "李调查", "investigator_signed": True,
                                                  "applicant_signed": True}, D(2026, 11, 3))
    walk_case(ctx, case.info.id, D(2026, 11, 3), start_month=D(2026, 12, 1), category="class3", monthly_fen=20000)

    def listed(on):
        return [e.head_name for e in proc.long_term_notice(ctx.uow(), on=on)]

    assert "李新" not in listed(D(2026, 11, 30)) and old.draft.members[0].name in listed(D(2026, 11, 30))
    assert "李新" in listed(D(2026, 12, 1))
    out = tmp_path / "long.pdf"
    printing.print_notice(ctx.uow(), "long", out, on=D(2026, 11, 30))
    assert "李新" not in "".join(pages_text(out))


def test_a_notice_with_amounts_not_decided_and_a_cancellation_gives_no_partial_total(tmp_path):
    """一榜 of 3 households: 李新 (新增, 待核定), 王变 (变更, 12345.00 元) and 赵停 (取消). The foot said
    其余 2 户保障 4 人，月保障金合计 12345.00 元, a total leaving out the amount not decided yet."""
    from dibao_desk.printing.layout import PageSpec
    from dibao_desk.printing.notice import NoticeDoc, NoticeRow, render

    rows = (NoticeRow("东风村", "李新", 2, "", 0, "new", "新增", decided=False),
            NoticeRow("东风村", "王变", 2, "一类", 1234500, "change", "变更"),
            NoticeRow("东风村", "赵停", 1, "三类", 0, "cancel", "取消"))
    doc = NoticeDoc("1", "德安县德安镇", "德安镇人民政府", D(2026, 12, 1), "0792-4321000", "大厅", rows,
                    D(2026, 12, 1), D(2026, 12, 8))
    out = tmp_path / "n.pdf"
    render(out, doc, PageSpec())
    text = "".join(pages_text(out))
    assert "本表共3户，其中取消1户不计；其余2户保障4人。" in text, text
    assert "合计" not in text


def test_the_running_title_of_a_long_villages_notice_stays_on_the_page(tmp_path):
    """The notice of one village names it in its title; with a long village name the title
    repeated at the top of later pages ran past both edges of the sheet, its start and its
    （续） cut off."""
    from dibao_desk.printing import layout as L
    from dibao_desk.printing import notice

    village = "德安镇西北部山区长岭下村民委员会第十二村民小组上屋自然村下屋自然村新屋自然村老屋场自然村德安镇西北部山区长岭"
    assert len(village) == 54
    rows = tuple(notice.NoticeRow(village, f"户主{i:03d}", 2, "一类", 123456, "new", "新增") for i in range(60))
    out = tmp_path / "n.pdf"
    info = notice.render(out, notice.NoticeDoc("2", "德安县德安镇", "德安镇人民政府", D(2027, 12, 31), "0792-4321000",
                                               "意见箱", rows, start=D(2028, 1, 1), end=D(2028, 2, 29),
                                               village=village), L.PageSpec("A4", False, 15))
    assert info.pages >= 2
    for k in range(2, info.pages + 1):
        out_text = subprocess.run(["pdftotext", "-bbox", "-f", str(k), "-l", str(k), str(out), "-"],
                                  capture_output=True, text=True, check=True).stdout
        words = re.findall(r'<word xMin="([-\d.]+)" yMin="[-\d.]+" xMax="([-\d.]+)" yMax="[-\d.]+">(.*?)</word>',
                           out_text)
        top = [(float(x0), float(x1), w) for x0, x1, w in words if float(x0) < 0 or "（续）" in w or "二榜" in w]
        assert top and all(0 < x0 and x1 < 595 for x0, x1, _ in top), (k, top)
        line = "".join(w for _, _, w in top)
        assert line.startswith("德安县德安镇") and "二榜公示（新申请）（续）" in line, (k, line)
