"""`dibao-desk blacklist|relatives|complaints|events|warnings` from a terminal."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from dibao_desk.domain.household import MemberDraft
from dibao_desk.models import Complaint, FalseDeclaration, FilingRelative, ReviewEvent
from tests.cli.terminal import run
from tests.helpers import make_id

SPOUSE = make_id("19650402", 22)
CADRE = make_id("19700101", 31)


def count(ctx, model) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_blacklist_commands(ctx, make_household, capsys):
    make_household(extra_members=(MemberDraft("李四", SPOUSE, "spouse"),))
    assert run(ctx, "blacklist", "add", "--id", SPOUSE, "--name", "李四", "--what", "隐瞒存款",
               "--date", "2023-01-10", "--today", "2023-03-01") == 0
    assert "第一次申报不实" in capsys.readouterr().out
    assert run(ctx, "blacklist", "add", "--id", SPOUSE, "--name", "李四", "--what", "隐瞒车辆",
               "--date", "2023-03-01", "--today", "2023-03-01") == 0
    assert "2024-03-01 起方可重新申请" in capsys.readouterr().out
    assert run(ctx, "blacklist", "list", "--today", "2024-02-29") == 0
    assert SPOUSE in capsys.readouterr().out
    assert run(ctx, "blacklist", "list", "--today", "2024-03-01") == 0
    assert "没有人" in capsys.readouterr().out
    assert run(ctx, "blacklist", "show", SPOUSE, "--today", "2024-02-29") == 0
    out = capsys.readouterr().out
    assert "隐瞒存款" in out and "隐瞒车辆" in out and "在诚信黑名单上" in out
    bad = SPOUSE[:-1] + ("0" if SPOUSE[-1] != "0" else "1")
    assert run(ctx, "blacklist", "add", "--id", bad, "--name", "李四", "--what", "x") == 1
    assert "校验位不对" in capsys.readouterr().err
    assert count(ctx, FalseDeclaration) == 2


def test_relatives_commands(ctx, make_household, capsys):
    hh = make_household(extra_members=(MemberDraft("李四", SPOUSE, "spouse"),))
    argv = ("relatives", "add", "--staff-id", CADRE, "--staff-name", "赵村长", "--role", "village_cadre",
            "--village", "东风村", "--id", SPOUSE, "--name", "李四", "--relation", "sibling")
    assert run(ctx, *argv) == 0
    assert f"现为户 {hh.id}" in capsys.readouterr().out
    assert run(ctx, *argv) == 1
    assert "不能重复登记" in capsys.readouterr().err
    assert run(ctx, "relatives", "add", "--staff-id", CADRE, "--staff-name", "赵村长", "--role", "village_cadre",
               "--village", "没有村", "--id", SPOUSE, "--name", "李四", "--relation", "sibling") == 1
    assert run(ctx, "relatives", "list") == 0
    assert "赵村长" in capsys.readouterr().out
    assert count(ctx, FilingRelative) == 1


def test_complaints_and_events_commands(ctx, make_household, capsys):
    hh = make_household()
    assert run(ctx, "complaints", "add", "--household", str(hh.id), "--channel", "phone",
               "--description", "有轿车", "--date", "2026-02-10", "--today", "2026-02-10") == 0
    assert "2026-03-09 前答复" in capsys.readouterr().out
    assert run(ctx, "complaints", "add", "--channel", "phone") == 1
    err = capsys.readouterr().err
    assert "请选择被举报的家庭" in err and "请填写举报内容" in err
    assert run(ctx, "complaints", "list", "--overdue", "--today", "2026-03-10") == 0
    assert "已超期 1 天" in capsys.readouterr().out
    assert run(ctx, "complaints", "answer", "1", "--finding", "substantiated", "--investigation", "入户",
               "--answer", "已答复", "--date", "2026-03-05", "--today", "2026-03-10") == 0
    assert "现不在保障中" in capsys.readouterr().out  # registered, not on benefit: no review to bring forward
    assert count(ctx, Complaint) == 1
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert run(ctx, "events", "add", "--household", str(hh.id), "--kind", "death", "--date", tomorrow) == 1
    assert "晚于今天" in capsys.readouterr().err
    assert run(ctx, "events", "add", "--household", str(hh.id), "--kind", "moved_away",
               "--date", dt.date.today().isoformat()) == 0
    assert "取消保障" in capsys.readouterr().out
    assert count(ctx, ReviewEvent) == 2  # the complaint's and the move's
    assert run(ctx, "events", "add", "--household", str(hh.id), "--kind", "death", "--date", "2026-02-30") == 2
    assert run(ctx, "warnings", "list") == 0
    assert run(ctx, "complaints", "calendar", "--set", "2027-02-06", "workday", "--note", "春节调休") == 0
    assert "2027-02-06　工作日　春节调休" in capsys.readouterr().out


def test_a_calendar_day_without_a_date_is_refused(ctx, capsys):
    from dibao_desk.models import WorkdayOverride

    assert run(ctx, "complaints", "calendar", "--set", "", "workday") == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert count(ctx, WorkdayOverride) == 0


def test_registrations_are_corrected_and_removed_from_the_command_line(ctx, villages, make_household, capsys):
    from dibao_desk.services import blacklist as bl
    from dibao_desk.services import complaints as co

    hh = make_household()
    assert run(ctx, "blacklist", "add", "--id", SPOUSE, "--name", "李四", "--what", "隐瞒存款",
               "--date", "2026-02-01") == 0
    assert run(ctx, "blacklist", "add", "--id", SPOUSE, "--name", "李四", "--what", "隐瞒车辆",
               "--date", "2026-06-01") == 0
    assert run(ctx, "blacklist", "show", SPOUSE) == 0
    first_id = bl.person(ctx.uow(), SPOUSE).declarations[0].id
    assert f"（记录 {first_id}）" in capsys.readouterr().out
    assert run(ctx, "blacklist", "remove", str(first_id), "--reason", " ") == 1
    assert "请写明原因" in capsys.readouterr().err
    assert run(ctx, "blacklist", "remove", str(first_id), "--reason", "误登记") == 0
    second = bl.person(ctx.uow(), SPOUSE).declarations[0]
    assert second.outcome == "warning"
    assert run(ctx, "blacklist", "correct", str(second.id), "--what", "隐瞒车辆一辆", "--reason", "补记") == 0
    assert bl.person(ctx.uow(), SPOUSE).declarations[0].what == "隐瞒车辆一辆"
    assert run(ctx, "complaints", "add", "--household", str(hh.id), "--description", "有车",
               "--date", "2026-11-02") == 0
    cid = co.list_complaints(ctx.uow())[0].id
    assert run(ctx, "complaints", "correct", str(cid), "--channel", "phone", "--reason", "方式录错") == 0
    assert co.get_complaint(ctx.uow(), cid).channel == "phone"
    assert run(ctx, "complaints", "remove", str(cid), "--reason", "重复登记") == 0
    assert co.list_complaints(ctx.uow()) == []


def test_a_year_that_is_no_year_is_refused_not_replaced_by_this_year(ctx, tmp_path, capsys):
    """`relatives print --year 0` printed this year's table as if asked for it."""
    out = tmp_path / "备案表.pdf"
    for year in ("0", "26", "二〇二六"):
        with pytest.raises(SystemExit) as stop:
            run(ctx, "relatives", "print", "--year", year, "--out", str(out))
        assert stop.value.code == 2
        assert f"年份“{year}”不对，应为四位数的年份" in capsys.readouterr().err
        assert not out.exists()
    assert run(ctx, "relatives", "print", "--year", "2025", "--out", str(out)) == 0
    assert "2025年度" in capsys.readouterr().out


def test_a_name_the_fonts_lack_is_named_after_printing_the_filing_table_and_the_file_list(
        ctx, make_household, tmp_path, capsys):
    """A character no shipped font has prints as □; the operator must be told which, as
    `print notice` and `certificate print` do, to complete it by hand."""
    rare = "李\U00030000"  # CJK Extension G: in no shipped font
    hh = make_household(head=rare, extra_members=(MemberDraft("李四", SPOUSE, "spouse"),))
    assert run(ctx, "relatives", "add", "--staff-id", CADRE, "--staff-name", "赵村长", "--role", "village_cadre",
               "--village", "东风村", "--id", SPOUSE, "--name", "李四", "--relation", "sibling") == 0
    capsys.readouterr()
    assert run(ctx, "relatives", "print", "--year", "2026", "--out", str(tmp_path / "备案表.pdf")) == 0
    assert "字体中没有这些字：\U00030000" in capsys.readouterr().out
    assert run(ctx, "files", "print", "--household", str(hh.id), "--out", str(tmp_path / "目录.pdf")) == 0
    assert "字体中没有这些字：\U00030000" in capsys.readouterr().out


def test_a_complaint_whose_household_was_deleted_is_listed_by_its_head_and_corrected(ctx, make_household, capsys):
    from dibao_desk.services import complaints
    from tests.unit.test_complaints import delete_as_an_older_version_did

    hh = make_household(head="李四", head_id=make_id("19550505", 33))
    c = complaints.add_complaint(ctx.uow(), received_on=dt.date(2026, 11, 2), channel="box", household_id=hh.id,
                                 description="家中有车", today=dt.date(2026, 11, 30))
    delete_as_an_older_version_did(ctx, hh.id)
    capsys.readouterr()
    assert run(ctx, "complaints", "list") == 0
    out = capsys.readouterr().out
    assert "已删除的家庭（户主 李四）" in out and "None" not in out
    assert run(ctx, "complaints", "correct", str(c.id), "--description", "家中有轿车", "--reason", "补充") == 0
    out = capsys.readouterr().out
    assert f"已更正举报 {c.id}：已删除的家庭（户主 李四）" in out


def test_a_deadline_in_a_year_the_calendar_does_not_know_is_said_to_be_a_guess(ctx, make_household, capsys):
    """Received on 31 Dec 2026, the answer is due in 2027, whose holidays are not published: the
    list and a correction say the deadline was counted on weekdays, as adding it does."""
    hh = make_household()
    assert run(ctx, "complaints", "add", "--household", str(hh.id), "--description", "隐瞒收入",
               "--date", "2026-12-31", "--today", "2026-12-31") == 0
    assert "尚未录入" in capsys.readouterr().out
    assert run(ctx, "complaints", "add", "--household", str(hh.id), "--description", "有车辆",
               "--date", "2026-11-30", "--today", "2026-12-31") == 0
    assert "尚未录入" not in capsys.readouterr().out  # due 2026-12-21: the 2026 calendar is known
    assert run(ctx, "complaints", "list", "--today", "2026-12-31") == 0
    out = capsys.readouterr().out
    assert "期限 2027-01-22（估算）" in out and "期限 2026-12-21　" in out
    assert "尚未录入" in out
    first = min(_complaint_ids(ctx))
    assert run(ctx, "complaints", "correct", str(first), "--date", "2026-12-30", "--reason", "收到日期录错",
               "--today", "2026-12-31") == 0
    out = capsys.readouterr().out
    assert "2027-01-21" in out and "尚未录入" in out


def _complaint_ids(ctx):
    with ctx.uow() as uow:
        return list(uow.session.scalars(select(Complaint.id)))


def test_dates_typed_with_a_chinese_input_method_or_on_a_day_that_does_not_exist(ctx, make_household, capsys):
    """Full-width digits (a Chinese input method left on) are read as the date; 30 February is
    said not to exist, not that its format is wrong (it is YYYY-MM-DD)."""
    hh = make_household()
    assert run(ctx, "complaints", "add", "--household", str(hh.id), "--description", "隐瞒收入",
               "--date", "２０２６－１２－３１", "--today", "2026-12-31") == 0
    assert "应于 2027-01-22 前答复" in capsys.readouterr().out
    assert run(ctx, "complaints", "add", "--household", str(hh.id), "--description", "隐瞒收入",
               "--date", "2026-02-30", "--today", "2026-12-31") == 2
    err = capsys.readouterr().err
    assert "日期“2026-02-30”不存在：2026 年 2 月只有 28 天" in err and "格式不对" not in err
    assert run(ctx, "blacklist", "add", "--id", SPOUSE, "--name", "李四", "--what", "隐瞒存款",
               "--date", "2024-02-30", "--today", "2026-12-31") == 2
    assert "2024 年 2 月只有 29 天" in capsys.readouterr().err
    assert run(ctx, "complaints", "add", "--household", str(hh.id), "--description", "隐瞒收入",
               "--date", "2026/12/01", "--today", "2026-12-31") == 2
    assert "格式不对，应为 YYYY-MM-DD" in capsys.readouterr().err
    assert count(ctx, Complaint) == 1 and count(ctx, FalseDeclaration) == 0


def test_a_complaint_found_true_about_a_household_not_on_benefit_does_not_claim_a_review(
        ctx, make_household, capsys):
    """A household still applying (or cancelled) has no review to bring forward: the answer must
    not say its review is due, but where the finding goes."""
    from tests.unit.test_reviews_schedule import receive

    applying, receiving = make_household(), make_household(head="钱五", head_id=make_id("19580101", 51))
    receive(ctx, receiving.id)
    for hh in (applying, receiving):
        assert run(ctx, "complaints", "add", "--household", str(hh.id), "--description", "隐瞒收入",
                   "--date", "2026-12-01", "--today", "2026-12-02") == 0
    capsys.readouterr()
    argv = ("--finding", "substantiated", "--investigation", "入户查实", "--answer", "已书面答复",
            "--date", "2026-12-02", "--today", "2026-12-02")
    first, second = sorted(_complaint_ids(ctx))
    assert run(ctx, "complaints", "answer", str(first), *argv) == 0
    out = capsys.readouterr().out
    assert "复核已设为立即到期" not in out and "现不在保障中" in out
    assert run(ctx, "complaints", "answer", str(second), *argv) == 0
    assert f"户 {receiving.id} 的复核已设为立即到期" in capsys.readouterr().out


def test_the_file_list_printed_from_the_terminal_is_dated_the_day_the_command_acts_on(
        ctx, make_household, tmp_path, capsys):
    """`files print` dated its seal with the computer's date whatever day the command acted on."""
    import subprocess

    hh = make_household()
    out = tmp_path / "目录.pdf"
    assert run(ctx, "files", "print", "--household", str(hh.id), "--out", str(out), "--today", "2028-02-29") == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "2028年2月29日" in text.replace(" ", ""), text


def test_relatives_are_registered_corrected_and_printed_on_the_command_s_day(ctx, make_household, tmp_path, capsys):
    """Acting on 31 December 2027 (the computer says otherwise): a registration dated that day is
    no date ahead, and the year's 备案表 is that year's, dated that day."""
    import subprocess

    make_household(extra_members=(MemberDraft("李四", SPOUSE, "spouse"),))
    assert run(ctx, "relatives", "add", "--staff-id", CADRE, "--staff-name", "赵村长", "--role", "village_cadre",
               "--village", "东风村", "--id", SPOUSE, "--name", "李四", "--relation", "sibling",
               "--date", "2027-12-30", "--today", "2027-12-31") == 0
    with ctx.uow() as uow:
        rid = uow.session.scalars(select(FilingRelative.id)).one()
    assert run(ctx, "relatives", "correct", str(rid), "--date", "2027-12-31", "--reason", "登记日期写错",
               "--today", "2027-12-31") == 0, capsys.readouterr().err
    assert "2027-12-31" in capsys.readouterr().out
    out = tmp_path / "备案表.pdf"
    assert run(ctx, "relatives", "print", "--out", str(out), "--today", "2027-12-31") == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    text = text.replace(" ", "")
    assert "2027年" in text and "李四" in text and "2027年12月31日" in text, text


def test_complaints_list_says_an_answer_came_after_the_deadline_31_october(ctx, make_household, capsys):
    """Received on 30 September, before the National Day holiday, due 27 October: answered on
    28 October the register says it was answered late, as the statistics count it; one answered
    on the 27th reads answered, nothing more."""
    hh = make_household()
    for _ in range(2):
        assert run(ctx, "complaints", "add", "--household", str(hh.id), "--channel", "phone",
                   "--description", "有轿车", "--date", "2026-09-30", "--today", "2026-09-30") == 0
    assert "2026-10-27 前答复" in capsys.readouterr().out
    for number, day in (("1", "2026-10-28"), ("2", "2026-10-27")):
        assert run(ctx, "complaints", "answer", number, "--finding", "substantiated", "--investigation", "入户",
                   "--answer", "已答复", "--date", day, "--today", "2026-10-31") == 0
    capsys.readouterr()
    assert run(ctx, "complaints", "list", "--today", "2026-10-31") == 0
    out = capsys.readouterr().out
    assert "2026-10-28 已答复（逾期 1 天）：属实" in out
    assert "2026-10-27 已答复：属实" in out
