"""Public notices, page by page: the seal shares its page with rows of the list, every page
names the notice; a notice is one posting with its own window; amounts decided print as
they are (0 too); the village notice; every font embedded; posting from the command line."""

import datetime as dt
import subprocess

import pytest
from pypdf import PdfReader

from dibao_desk.cli import main
from dibao_desk.printing.layout import PageSpec
from dibao_desk.printing.notice import NoticeDoc, NoticeRow, render
from dibao_desk.services import households, printing
from dibao_desk.services import procedure as proc
from tests.conftest import make_id, simple_draft
from tests.exchange.test_printing_notice import pages_text, receiving

D = dt.date
P = "王经办"


def ready_for_first_notice(ctx, villages, head, n, village="东风村"):
    draft = simple_draft(villages[village], head=head, head_id=make_id("19700101", n))
    h = households.save(ctx.uow(), draft, today=D(2026, 11, 1))
    cid = proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": P, "declaration_signed": True,
                                                     "authorisation_signed": True}, D(2026, 11, 2)).info.id
    proc.record_step(ctx.uow(), cid, 2, {"on": D(2026, 11, 4), "person": "李调查", "investigator_signed": True,
                                         "applicant_signed": True}, D(2026, 11, 4))
    proc.open_review(ctx.uow(), cid, D(2026, 11, 6), "村委会", "代表 11 人", "村主任", D(2026, 11, 6))
    proc.record_step(ctx.uow(), cid, 3, {"on": D(2026, 11, 6), "person": "村主任", "place": "村委会",
                                         "attendees": "代表 11 人", "objections": {}, "outcome": "pass"}, D(2026, 11, 6))
    return cid


def long_doc(n: int, **kw) -> NoticeDoc:
    rows = tuple(NoticeRow("东风村", f"户主{i:03d}", 2, "三类", 8400, since=D(2025, 1, 1)) for i in range(1, n + 1))
    return NoticeDoc("long", "德安县德安镇", "德安镇人民政府", D(2026, 11, 23), "0792-4321000", "大厅", rows, **kw)


# Row counts at which the seal used to land alone on the last page (A4 portrait, landscape, A3).
@pytest.mark.parametrize("n, page", [(23, PageSpec()), (27, PageSpec()), (31, PageSpec()), (32, PageSpec()),
                                     (60, PageSpec()), (64, PageSpec()), (13, PageSpec("A4", True)),
                                     (17, PageSpec("A4", True)), (40, PageSpec("A3", True))])
def test_the_seal_shares_its_page_with_rows_and_every_page_names_the_notice(tmp_path, n, page):
    out = tmp_path / "n.pdf"
    render(out, long_doc(n), page)
    pages = pages_text(out)
    assert len(pages) >= 2
    last = pages[-1]
    assert "德安镇人民政府（盖章）" in last and "2026年11月23日" in last
    on_last = [i for i in range(1, n + 1) if f"户主{i:03d}" in last]
    assert len(on_last) >= 3 and on_last[-1] == n, "the stamped page carries the last rows of the list"
    assert "户主姓名" in last, "the header is repeated over the rows on the last page"
    assert all(f"户主{i:03d}" in "".join(pages) for i in range(1, n + 1))
    for k, text in enumerate(pages, 1):
        assert "德安县德安镇最低生活保障对象长期公示" in text, f"page {k} does not name the notice"
        assert f"第{k}页共{len(pages)}页" in text
        assert "（盖章）" not in text or k == len(pages)


def test_a_fuller_notice_keeps_its_seal_with_rows(ctx, villages, tmp_path):
    for i in range(1, 15):
        receiving(ctx, villages, f"赵同意{i:02d}", i, consent=True)
    out = tmp_path / "full.pdf"
    printing.print_notice(ctx.uow(), "long", out, full=True, on=D(2026, 11, 23))
    pages = pages_text(out)
    assert "（盖章）" in pages[-1] and "赵同意14" in pages[-1]


def test_every_font_is_embedded(ctx, villages, tmp_path):
    receiving(ctx, villages, "李长期", 1)
    out = tmp_path / "long.pdf"
    printing.print_notice(ctx.uow(), "long", out, on=D(2026, 11, 23))
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and "Helvetica" not in fonts
    assert all(r.split()[-5] == "yes" for r in rows), fonts  # the "emb" column


def test_a_notice_is_one_posting_with_its_own_window(ctx, villages, tmp_path):
    a = ready_for_first_notice(ctx, villages, "钱早贴", 1)
    b = ready_for_first_notice(ctx, villages, "孙晚贴", 2)
    proc.start_notice(ctx.uow(), a, 4, D(2026, 11, 20), P, D(2026, 11, 20))
    proc.start_notice(ctx.uow(), b, 4, D(2026, 11, 23), P, D(2026, 11, 23))
    postings = proc.notice_postings(ctx.uow(), 1)
    assert [(p.start, p.end, p.cases, p.on_notice) for p in postings] == [
        (D(2026, 11, 23), D(2026, 11, 30), 1, 1), (D(2026, 11, 20), D(2026, 11, 27), 1, 1)]
    out = tmp_path / "1.pdf"
    printing.print_notice(ctx.uow(), "1", out, on=D(2026, 11, 24))
    [text] = pages_text(out)
    assert "孙晚贴" in text and "钱早贴" not in text
    assert "公示期：2026年11月23日至2026年11月30日（共7天）" in text
    printing.print_notice(ctx.uow(), "1", out, on=D(2026, 11, 24), posted=D(2026, 11, 20))
    [text] = pages_text(out)
    assert "钱早贴" in text and "孙晚贴" not in text
    assert "公示期：2026年11月20日至2026年11月27日（共7天）" in text
    # a case whose notice came down has left the stage: it is not listed on the board's list
    proc.close_notice_batch(ctx.uow(), [b], 1, D(2026, 11, 30), P, D(2026, 11, 30))
    entries = proc.cases_on_notice(ctx.uow(), 1, on=D(2026, 11, 30))
    assert [e.head_name for e in entries] == ["钱早贴"]


def test_amounts_decided_print_as_they_are_zero_too(ctx, villages, tmp_path):
    entries = [proc.LongTermEntry(1, villages["东风村"], "东风村", "李零元", 2, "class3", 0, D(2019, 1, 1)),
               proc.LongTermEntry(2, villages["东风村"], "东风村", "王八四", 2, "class3", 8400, D(2019, 1, 1))]
    out = tmp_path / "long.pdf"
    printing.print_notice(ctx.uow(), "long", out, on=D(2026, 11, 23), entries=entries)
    [text] = pages_text(out)
    assert "李零元2三类0.00" in text and "待核定" not in text
    # on the first notice the class and amount are not decided yet
    cid = ready_for_first_notice(ctx, villages, "钱新申", 3)
    proc.start_notice(ctx.uow(), cid, 4, D(2026, 11, 20), P, D(2026, 11, 20))
    printing.print_notice(ctx.uow(), "1", out, on=D(2026, 11, 23))
    [text] = pages_text(out)
    assert "钱新申1待核定待核定新增" in text


def test_the_notice_of_one_village_names_it_and_drops_the_village_column(ctx, villages, tmp_path):
    receiving(ctx, villages, "李长期", 1)
    out = tmp_path / "v.pdf"
    vid = printing.village_id_by_name(ctx.uow(), "东风村")
    result = printing.print_notice(ctx.uow(), "long", out, village_id=vid, on=D(2026, 11, 23))
    [text] = pages_text(out)
    assert result.title == "德安县德安镇东风村最低生活保障对象长期公示"
    assert text.startswith("德安县德安镇东风村最低生活保障对象长期公示")
    assert "村（社区）" not in text and "序号户主姓名保障人数" in text


def test_posting_from_the_command_line(ctx, villages, tmp_path, capsys):
    a = ready_for_first_notice(ctx, villages, "钱新申", 1)
    b = ready_for_first_notice(ctx, villages, "周新申", 2, village="向阳社区")
    data = str(ctx.data_dir)
    ctx.close()
    out = tmp_path / "1.pdf"
    assert main(["--data-dir", data, "print", "notice", "--stage", "1", "--village", "东风村", "--post",
                 "--person", "村文书", "--date", "2026-11-23", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "已登记张贴：1 户，张贴人 村文书" in said
    [text] = pages_text(out)
    assert "钱新申" in text and "周新申" not in text
    assert "公示期：2026年11月23日至2026年11月30日（共7天）" in text
    from dibao_desk.services.context import open_context

    ctx2 = open_context(data)
    try:
        detail = proc.get_case(ctx2.uow(), a, D(2026, 11, 23))
        assert detail.current[4].started_on == D(2026, 11, 23) and detail.current[4].person == "村文书"
        assert 4 not in proc.get_case(ctx2.uow(), b, D(2026, 11, 23)).current
    finally:
        ctx2.close()
    # nothing left to post in that village: refused, nothing written
    again = tmp_path / "again.pdf"
    assert main(["--data-dir", data, "print", "notice", "--stage", "1", "--village", "东风村", "--post",
                 "--person", "村文书", "--date", "2026-11-24", "--out", str(again)]) == 1
    assert "没有等待一榜公示张贴的案件" in capsys.readouterr().err
    assert not again.exists()


def test_a_posting_dated_after_today_is_refused_and_nothing_written(ctx, villages, tmp_path, capsys):
    """On 23 November a posting typed as 23 December was recorded: the case stood 公示中 for a
    list not yet on any board, and its window closed without one day on it."""
    a = ready_for_first_notice(ctx, villages, "钱新申", 1)
    data = str(ctx.data_dir)
    ctx.close()
    out = tmp_path / "1.pdf"
    assert main(["--data-dir", data, "print", "notice", "--stage", "1", "--post", "--person", "村文书",
                 "--date", "2026-12-23", "--today", "2026-11-23", "--out", str(out)]) == 1
    assert "日期 2026-12-23 晚于今天（2026-11-23），不能预先登记" in capsys.readouterr().err
    assert not out.exists()
    from dibao_desk.services.context import open_context

    ctx2 = open_context(data)
    try:
        assert 4 not in proc.get_case(ctx2.uow(), a, D(2026, 11, 23)).current
    finally:
        ctx2.close()
    assert main(["--data-dir", data, "print", "notice", "--stage", "1", "--post", "--person", "村文书",
                 "--date", "2026-11-23", "--today", "2026-11-23", "--out", str(out)]) == 0
    assert "公示期：2026年11月23日至2026年11月30日（共7天）" in pages_text(out)[0]


@pytest.mark.parametrize("page", [PageSpec(), PageSpec("A4", True), PageSpec("A3", True)])
def test_a_fuller_notice_row_taller_than_a_page_runs_over_pages(tmp_path, page):
    """A household of 12 with several incomes each: its cell is taller than a page. The
    notice used to stop with reportlab's LayoutError (a traceback, no PDF)."""
    incomes = "\n".join(f"成员{i:02d} 工资性收入 {100 + i}.00" for i in range(1, 61))
    rows = (NoticeRow("东风村", "户主甲", 12, "三类", 8400, kind="new", kind_label="新增", incomes=incomes,
                      supporters="儿子：家庭 3 人，月收入 2000.00"),
            NoticeRow("东风村", "户主乙", 2, "三类", 5400, kind="new", kind_label="新增", incomes="户主乙 工资性收入 300.00",
                      supporters="无"))
    doc = NoticeDoc("1", "德安县德安镇", "德安镇人民政府", D(2026, 11, 23), "0792-4321000", "大厅", rows, full=True)
    out = tmp_path / "n.pdf"
    render(out, doc, page)
    pages = pages_text(out)
    text = "".join(pages)
    assert all(f"成员{i:02d}工资性收入{100 + i}.00" in text for i in range(1, 61))
    assert all("户主甲" in p for p in pages[1:]), "a page of running incomes names whose they are"
    assert "户主乙" in pages[-1] and "德安镇人民政府（盖章）" in pages[-1] and "2026年11月23日" in pages[-1]


def test_a_reprint_shows_the_list_as_posted_and_a_day_without_a_posting_is_refused(ctx, villages, tmp_path, capsys):
    """Posted on 23 November with 钱新申 as head (one person); the household's head was then
    re-named and a member added. The reprint of the 23 November posting is the sheet on the
    board: 钱新申, one person. --posted 22 November (nothing posted then) is refused, naming
    the day a list was posted; nothing written."""
    a = ready_for_first_notice(ctx, villages, "钱新申", 1)
    hid = proc.get_case(ctx.uow(), a, D(2026, 11, 23)).info.household_id
    data = str(ctx.data_dir)
    out = tmp_path / "1.pdf"
    assert main(["--data-dir", data, "print", "notice", "--stage", "1", "--post", "--person", "村文书",
                 "--date", "2026-11-23", "--today", "2026-11-23", "--out", str(out)]) == 0
    d = households.get(ctx.uow(), hid).draft
    head = d.members[0]
    from dataclasses import replace

    from dibao_desk.domain.household import MemberDraft
    households.save(ctx.uow(), replace(d, members=(replace(head, name="钱改名"),
                                                   MemberDraft("钱小妹", make_id("20100101", 22), "daughter"))),
                    household_id=hid, today=D(2026, 11, 24))
    assert households.get(ctx.uow(), hid).draft.members[0].name == "钱改名"
    [entry] = proc.cases_on_notice(ctx.uow(), 1, posted=D(2026, 11, 23))
    assert (entry.head_name, entry.persons) == ("钱新申", 1)
    capsys.readouterr()
    assert main(["--data-dir", data, "print", "notice", "--stage", "1", "--posted", "2026-11-23",
                 "--date", "2026-11-24", "--out", str(out)]) == 0
    [text] = pages_text(out)
    assert "钱新申" in text and "钱改名" not in text
    again = tmp_path / "again.pdf"
    assert main(["--data-dir", data, "print", "notice", "--stage", "1", "--posted", "2026-11-22",
                 "--date", "2026-11-24", "--out", str(again)]) == 1
    assert ("2026-11-22没有张贴过一榜公示名单；最近张贴的日期：2026-11-23。请用其中一个日期重印"
            in capsys.readouterr().err)
    assert not again.exists()
    assert main(["--data-dir", data, "print", "notice", "--stage", "2", "--posted", "2026-11-23",
                 "--date", "2026-11-24", "--out", str(again)]) == 1
    assert "2026-11-23没有张贴过二榜公示名单，也还没有张贴过任何一次" in capsys.readouterr().err


def test_a_case_posted_alone_keeps_its_head_as_posted(ctx, villages):
    a = ready_for_first_notice(ctx, villages, "孙单贴", 2)
    proc.start_notice(ctx.uow(), a, 4, D(2026, 11, 20), P, D(2026, 11, 20))
    hid = proc.get_case(ctx.uow(), a, D(2026, 11, 20)).info.household_id
    d = households.get(ctx.uow(), hid).draft
    from dataclasses import replace

    households.save(ctx.uow(), replace(d, members=(replace(d.members[0], name="孙改名"),)),
                    household_id=hid, today=D(2026, 11, 21))
    [entry] = proc.cases_on_notice(ctx.uow(), 1, posted=D(2026, 11, 20))
    assert (entry.head_name, entry.persons) == ("孙单贴", 1)


@pytest.mark.parametrize("kinds, full, office_copy, page, second", [
    (("new", "change", "cancel"), False, False, PageSpec("A4"), "（新增、变更、取消）"),
    (("new",), True, False, PageSpec("A4"), "（家庭及赡养人收入情况）"),
    (("new",), True, True, PageSpec("A4", True), "（办公室留存本，不得张贴）"),
])
def test_a_long_title_breaks_before_its_brackets_not_inside_them(tmp_path, kinds, full, office_copy, page, second):
    """A title too wide for one line goes on with its bracketed words whole on the next line:
    never 一榜公示（新增、变更、取 / 消）, the word cut on the posted sheet."""
    rows = tuple(NoticeRow("东风村", f"户主{i}", 2, "三类", 8400, kind=k) for i, k in enumerate(kinds))
    doc = NoticeDoc("1", "德安县德安镇", "德安镇人民政府", D(2026, 11, 23), "0792-4321000", "大厅", rows, full=full,
                    office_copy=office_copy)
    out = tmp_path / "n.pdf"
    render(out, doc, page)
    lines = [line.replace(" ", "") for line in PdfReader(str(out)).pages[0].extract_text().splitlines()]
    assert second in lines, lines[:3]
    assert lines[lines.index(second) - 1].startswith("德安县德安镇最低生活保障对象一榜公示")
