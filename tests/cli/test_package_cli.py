"""The exchange from a terminal: export, import-package (dry run, refusal, import), county commands."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from dibao_desk.cli import main
from tests.exchange.exchange_fixtures import county as county_ctx, store_state, township  # noqa: F401

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)


def test_export_and_import_from_the_terminal(ctx, township, county_ctx, tmp_path, capsys):
    town, cnty = str(ctx.data_dir), str(county_ctx.data_dir)
    out = tmp_path / "cases.xlsx"
    assert main(["--data-dir", town, "export", "cases", "--period", "2026Q4", "--out", str(out)]) == 0
    assert "第 1 号" in capsys.readouterr().out

    before = store_state(county_ctx)
    assert main(["--data-dir", cnty, "import-package", str(out), "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "新收案件" in text and "预览" in text
    assert store_state(county_ctx) == before

    assert main(["--data-dir", cnty, "import-package", str(out)]) == 0
    assert "回执" in capsys.readouterr().out
    assert (tmp_path / "cases-回执.xlsx").exists()
    # the same file again: nothing applied, only its receipt written again
    before = store_state(county_ctx)
    (tmp_path / "cases-回执.xlsx").unlink()
    assert main(["--data-dir", cnty, "import-package", str(out)]) == 0
    assert "已重新生成回执" in capsys.readouterr().out
    assert (tmp_path / "cases-回执.xlsx").exists()
    assert store_state(county_ctx) == before

    assert main(["--data-dir", cnty, "county", "cases"]) == 0
    assert "共 2 件" in capsys.readouterr().out
    assert main(["--data-dir", cnty, "county", "sample", "--seed", "7"]) == 0
    assert "随机种子 7" in capsys.readouterr().out
    # case numbers as the county's store gave them (PostgreSQL spends ids on the preview's rows)
    from dibao_desk.services import county

    first, second = (str(c.id) for c in county.list_cases(county_ctx.uow()))
    assert main(["--data-dir", cnty, "county", "decide", first, "--approve", "--date", "2026-11-20"]) == 0
    capsys.readouterr()
    # a special case: the collective decision must name two participants at least
    special = ["--data-dir", cnty, "county", "decide", second, "--approve", "--date", "2026-11-20",
               "--special", "serious_illness", "--special-date", "2026-11-19", "--minutes", "户主重病"]
    assert main(special + ["--participants", "陈局长"]) != 0
    assert "至少两人" in capsys.readouterr().err
    assert main(special + ["--participants", "陈局长、陈科长"]) == 0
    down = tmp_path / "decisions.xlsx"
    assert main(["--data-dir", cnty, "export", "decisions", "--township", "360426100000", "--out", str(down)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", town, "import-package", str(down)]) == 0
    out = capsys.readouterr().out
    assert out.count("[接受]") == 2 and "特殊情况（重病），经审批机关 2026-11-19 集体讨论批准" in out
    assert main(["--data-dir", cnty, "county", "townships"]) == 0
    assert "合计" in capsys.readouterr().out


def test_the_county_draws_and_decides_on_the_command_s_day(ctx, township, county_ctx, tmp_path, capsys):
    """Acting on 31 December 2026 (the computer says otherwise): a decision dated that day is no
    date ahead, one dated 1 January is; with no --date it is dated that day."""
    from sqlalchemy import select

    from dibao_desk.models import CountyDecision
    from dibao_desk.services import county

    town, cnty = str(ctx.data_dir), str(county_ctx.data_dir)
    out = tmp_path / "cases.xlsx"
    assert main(["--data-dir", town, "export", "cases", "--period", "2026Q4", "--out", str(out)]) == 0
    assert main(["--data-dir", cnty, "import-package", str(out)]) == 0
    assert main(["--data-dir", cnty, "county", "sample", "--seed", "7", "--today", "2026-12-31"]) == 0
    first, second = (c.id for c in county.list_cases(county_ctx.uow()))
    capsys.readouterr()
    decide = ["--data-dir", cnty, "county", "decide", "--approve", "--today", "2026-12-31"]
    assert main([*decide, str(first), "--date", "2027-01-01"]) == 1
    assert "2027-01-01" in capsys.readouterr().err
    assert main([*decide, str(first), "--date", "2026-12-31"]) == 0, capsys.readouterr().err
    assert main([*decide, str(second)]) == 0, capsys.readouterr().err
    with county_ctx.uow() as uow:
        assert uow.session.execute(select(CountyDecision.case_id, CountyDecision.decided_on)
                                   .order_by(CountyDecision.case_id)).all() == [
            (first, dt.date(2026, 12, 31)), (second, dt.date(2026, 12, 31))]


def test_the_county_s_decisions_package_takes_the_command_s_month(ctx, township, county_ctx, tmp_path, capsys):
    """Sent on 31 January 2027 (the computer says otherwise): the package is for 2027-01, the
    month of that day, not the computer's."""
    from dibao_desk.exchange import package as pkg
    from dibao_desk.services import county

    town, cnty = str(ctx.data_dir), str(county_ctx.data_dir)
    out = tmp_path / "cases.xlsx"
    assert main(["--data-dir", town, "export", "cases", "--period", "2026Q4", "--out", str(out)]) == 0
    assert main(["--data-dir", cnty, "import-package", str(out)]) == 0
    assert main(["--data-dir", cnty, "county", "sample", "--seed", "7", "--today", "2026-12-31"]) == 0
    for case in county.list_cases(county_ctx.uow()):
        assert main(["--data-dir", cnty, "county", "decide", str(case.id), "--approve", "--today", "2026-12-31"]) == 0
    capsys.readouterr()
    down = tmp_path / "decisions.xlsx"
    assert main(["--data-dir", cnty, "export", "decisions", "--township", "360426100000", "--out", str(down),
                 "--today", "2027-01-31"]) == 0, capsys.readouterr().err
    assert "期间 2027-01" in capsys.readouterr().out
    assert pkg.read_package(down).manifest.period == "2027-01"
    # a day that does not exist is refused in words, and nothing is sent
    again = tmp_path / "decisions-2.xlsx"
    assert main(["--data-dir", cnty, "export", "decisions", "--township", "360426100000", "--out", str(again),
                 "--today", "2027-02-29"]) == 2
    assert "2027 年 2 月只有 28 天" in capsys.readouterr().err
    assert not again.exists()


def test_bad_period_and_bad_file(ctx, tmp_path, capsys):
    assert main(["--data-dir", str(ctx.data_dir), "export", "roster", "--period", "2026-13",
                 "--out", str(tmp_path / "x.xlsx")]) == 1
    assert "2026Q4" in capsys.readouterr().err
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    assert main(["--data-dir", str(ctx.data_dir), "import-package", str(bad)]) == 2


def test_lost_stick_resend_keeps_the_number_and_county_roster(ctx, township, county_ctx, tmp_path, capsys):
    town, cnty = str(ctx.data_dir), str(county_ctx.data_dir)
    first = tmp_path / "r1.xlsx"
    assert main(["--data-dir", town, "export", "roster", "--period", "2026-11", "--out", str(first)]) == 0
    first.unlink()  # the stick is lost on the way
    again = tmp_path / "r1-again.xlsx"
    assert main(["--data-dir", town, "export", "roster", "--period", "2026-11", "--out", str(again), "--again"]) == 0
    assert "第 1 号" in capsys.readouterr().out
    assert main(["--data-dir", cnty, "import-package", str(again)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", cnty, "county", "roster"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("乡镇代码") and len(out) == 1 + 3 + 1
    assert out[-1].startswith("合计\t3 户") and out[-1].endswith("930.00")


def test_a_package_on_a_write_protected_stick_is_refused_in_chinese(ctx, township, tmp_path, capsys, monkeypatch):
    # The receipt goes beside the package; a stick with its lock switch on cannot take it.
    import errno

    from dibao_desk.services import exchange_in
    from tests.exchange.test_package_refusals import decisions_package

    path = decisions_package(tmp_path / "审批结果.xlsx", township["cases"])
    before = store_state(ctx)

    def locked(receipt, *a, **k):
        raise OSError(errno.EROFS, "Read-only file system", str(receipt))

    monkeypatch.setattr(exchange_in, "write_receipt", locked)
    assert main(["--data-dir", str(ctx.data_dir), "import-package", str(path)]) == 1
    err = capsys.readouterr().err
    assert "写保护" in err and "未导入任何数据" in err and "Read-only" not in err and "Errno" not in err
    assert store_state(ctx) == before


def test_on_a_write_protected_stick_the_receipt_can_go_to_another_folder(ctx, township, tmp_path, capsys, monkeypatch):
    # The stick's lock switch is on: the terminal says how to import all the same, and with
    # --receipt-dir the package is imported and its receipt kept on the computer.
    import errno

    from dibao_desk.services import exchange, exchange_in
    from tests.exchange.test_package_refusals import decisions_package

    stick = tmp_path / "U盘 只读"
    stick.mkdir()
    path = decisions_package(stick / "审批结果 德安镇.xlsx", township["cases"])
    before = store_state(ctx)
    write = exchange_in.write_receipt

    def locked_stick(receipt, *a, **k):
        if receipt.parent == stick:
            raise OSError(errno.EROFS, "Read-only file system", str(receipt))
        return write(receipt, *a, **k)

    monkeypatch.setattr(exchange_in, "write_receipt", locked_stick)
    town = str(ctx.data_dir)
    assert main(["--data-dir", town, "import-package", str(path)]) == 1
    err = capsys.readouterr().err
    assert "未导入任何数据" in err and "--receipt-dir" in err
    assert store_state(ctx) == before

    here = tmp_path / "回执 存档"
    assert main(["--data-dir", town, "import-package", str(path), "--receipt-dir", str(here)]) == 0
    out = capsys.readouterr().out
    receipt = here / "审批结果 德安镇-回执.xlsx"
    assert str(receipt) in out and receipt.exists() and list(stick.iterdir()) == [path]
    [received] = exchange.list_received(ctx.uow())
    assert (received.kind, received.sequence, received.accepted_rows, received.rejected_rows) == ("decisions", 1, 2, 0)


def test_a_roster_written_again_keeps_its_period_and_says_when_its_content_changed(
        ctx, township, make_household, tmp_path, capsys):
    town = str(ctx.data_dir)
    first = tmp_path / "r1.xlsx"
    assert main(["--data-dir", town, "export", "roster", "--period", "2026-11", "--out", str(first)]) == 0
    capsys.readouterr()
    # package 1 was 2026-11: another period under its number is refused, and says which one
    assert main(["--data-dir", town, "export", "roster", "--period", "2026-12", "--out", str(tmp_path / "x.xlsx"),
                 "--again"]) == 1
    err = capsys.readouterr().err
    assert "第 1 号" in err and "2026-11 期间" in err and not (tmp_path / "x.xlsx").exists()
    # no period: the first one's; the same data: the same package, no remark
    assert main(["--data-dir", town, "export", "roster", "--out", str(tmp_path / "r1-again.xlsx"), "--again"]) == 0
    out = capsys.readouterr().out
    assert "已重新导出花名册数据包（第 1 号，期间 2026-11）" in out and "注意" not in out
    # a household registered since changes nothing on a roster of receiving households; a
    # household put on the benefit does: the operator is told the county may refuse it
    from tests.exchange.exchange_fixtures import set_receiving
    from tests.conftest import make_id

    d = make_household(head="赵六", head_id=make_id("19580101", 17))
    set_receiving(ctx, d.id)
    assert main(["--data-dir", town, "export", "roster", "--out", str(tmp_path / "r1-b.xlsx"), "--again"]) == 0
    out = capsys.readouterr().out
    assert "第 1 号" in out and "注意：第 1 号花名册数据包（2026-11）已按现在的数据重新生成，与第一次导出的内容不同" in out


def test_a_township_is_told_in_words_which_packages_it_sends(ctx, tmp_path, capsys):
    """The refusal named the kind by its program code: 不能导出“policy”数据包."""
    assert main(["--data-dir", str(ctx.data_dir), "export", "policy", "--out", str(tmp_path / "p.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "“乡镇（街道）”" in err and "不能导出“政策标准”数据包" in err and "policy" not in err


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="the process's time zone is set through TZ")
def test_a_package_imported_twice_names_the_time_of_the_first_import_on_the_office_clock(
        ctx, township, county_ctx, tmp_path, capsys, monkeypatch):
    """The store keeps UTC: at 10:05 in 德安 the refusal said the package came in at 02:05."""
    from sqlalchemy import update

    from dibao_desk.models import PackageReceived

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        town, cnty = str(ctx.data_dir), str(county_ctx.data_dir)
        roster = tmp_path / "r.xlsx"
        assert main(["--data-dir", town, "export", "roster", "--period", "2026-11", "--out", str(roster)]) == 0
        assert main(["--data-dir", cnty, "import-package", str(roster)]) == 0
        with county_ctx.uow() as uow:  # imported at 10:05 on 1 December, Beijing time
            uow.session.execute(update(PackageReceived).values(received_at=dt.datetime(2026, 12, 1, 2, 5)))
            uow.commit()
        capsys.readouterr()
        assert main(["--data-dir", cnty, "import-package", str(roster)]) == 0
        assert "该数据包已导入（第 1 号，2026-12-01 10:05）" in capsys.readouterr().out
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_receipt_brought_back_is_explained_not_refused_as_misdirected(ctx, township, county_ctx, tmp_path, capsys):
    """The county's receipt is carried back to the township, which opens it with 导入数据包: it
    was told 乡镇只导入县里下发的数据包, as if the county had sent the wrong file."""
    town, cnty = str(ctx.data_dir), str(county_ctx.data_dir)
    roster = tmp_path / "r.xlsx"
    assert main(["--data-dir", town, "export", "roster", "--period", "2026-11", "--out", str(roster)]) == 0
    assert main(["--data-dir", cnty, "import-package", str(roster)]) == 0
    capsys.readouterr()
    before = store_state(ctx)
    assert main(["--data-dir", town, "import-package", str(tmp_path / "r-回执.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "这是“德安县民政局”收到第 1 号花名册数据包后写的回执（接受 2 行，拒绝 0 行），不需要导入" in err
    assert "不应在本单位导入" not in err
    assert store_state(ctx) == before


def test_a_calendar_day_the_office_entered_names_the_commands_option(ctx, township, county_ctx, tmp_path, capsys):
    from dibao_desk.exchange import package as pkg
    from dibao_desk.services import complaints, exchange

    town, cnty = str(ctx.data_dir), str(county_ctx.data_dir)
    roster = tmp_path / "r.xlsx"
    assert main(["--data-dir", town, "export", "roster", "--period", "2026-11", "--out", str(roster)]) == 0
    assert main(["--data-dir", cnty, "import-package", str(roster)]) == 0
    # the county has no figures of its own, only its 2027 holiday; the office typed that day as worked
    complaints.set_override(county_ctx.uow(), dt.date(2027, 2, 8), False, "春节放假")
    complaints.set_override(ctx.uow(), dt.date(2027, 2, 8), True, "")
    down = tmp_path / "p.xlsx"
    assert main(["--data-dir", cnty, "export", "policy", "--township", "360426100000", "--out", str(down)]) == 0
    capsys.readouterr()

    assert main(["--data-dir", town, "import-package", str(down), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "保留本办录入的工作日" in out and "--calendar-county-wins" in out and "勾选" not in out
    assert main(["--data-dir", town, "import-package", str(down)]) == 0
    out = capsys.readouterr().out
    assert "--calendar-county-wins" in out and "勾选" not in out
    receipt = pkg.read_package(exchange.receipt_path_for(down))
    reasons = [str(r["原因"]) for r in receipt.sheets["回执"]]
    assert any("保留本办录入的工作日" in r for r in reasons) and not any("勾选" in r for r in reasons)
    assert [o.day for o in complaints.list_overrides(ctx.uow())] == [dt.date(2027, 2, 8)]
