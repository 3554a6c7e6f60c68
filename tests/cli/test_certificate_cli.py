"""`dibao-desk certificate` from a terminal: issue, show, print, the saved printer offset and a batch."""

from __future__ import annotations

from pypdf import PdfReader

from dibao_desk.cli import main
from dibao_desk.services import certificate
from tests.unit.test_certificate import D, receiving  # noqa: F401 (fixture)


def test_the_command_line_issues_shows_and_prints(ctx, receiving, tmp_path, capsys):
    h = receiving("李堃", 1)
    data = str(ctx.data_dir)
    ctx.close()
    assert main(["--data-dir", data, "certificate", "issue", "--household", str(h), "--date", "2026-11-30"]) == 0
    assert "已发证：N360426100202600001" in capsys.readouterr().out
    assert main(["--data-dir", data, "certificate", "issue", "--household", str(h), "--kind", "replace",
                 "--date", "2026-11-30"]) == 1
    assert "补发低保证请写明原因" in capsys.readouterr().err
    assert main(["--data-dir", data, "certificate", "issue", "--household", str(h), "--kind", "replace",
                 "--reason", "遗失", "--date", "2026-11-30"]) == 0
    assert main(["--data-dir", data, "certificate", "show", "--household", str(h)]) == 0
    shown = capsys.readouterr().out
    assert "N360426100202600001　新发　2026-11-30　已换发（补发）作废" in shown
    assert "N360426100202600002　补发（遗失）　2026-11-30　有效" in shown
    out = tmp_path / "证.pdf"
    assert main(["--data-dir", data, "certificate", "print", "--household", str(h), "--offset-x", "1.5",
                 "--out", str(out)]) == 0
    assert "N360426100202600002" in "".join(PdfReader(str(out)).pages[0].extract_text().split())


def test_the_command_line_saves_the_offset_and_prints_a_batch(ctx, receiving, tmp_path, capsys):
    h = receiving("李堃", 1)
    certificate.issue(ctx.uow(), h, "new", D(2026, 11, 30), D(2026, 11, 30))
    data = str(ctx.data_dir)
    ctx.close()
    test = tmp_path / "对位.pdf"
    assert main(["--data-dir", data, "certificate", "offset", "--x", "-1.5", "--y", "2", "--test", str(test)]) == 0
    out = capsys.readouterr().out
    assert "向右 -1.5 毫米，向下 2 毫米" in out and test.exists()
    assert main(["--data-dir", data, "certificate", "offset", "--x", "40"]) == 1
    assert "不能超过 30 毫米" in capsys.readouterr().err
    batch = tmp_path / "批量.pdf"
    assert main(["--data-dir", data, "certificate", "batch", "--from", "2026-11-01", "--to", "2026-11-30",
                 "--out", str(batch)]) == 0
    assert "1 页" in capsys.readouterr().out


def test_an_offset_off_the_booklet_or_not_a_number_is_refused_for_one_print(ctx, receiving, tmp_path, capsys):
    """`certificate print --offset-x nan` stopped with a Python traceback (cannot convert float
    NaN to integer) and `--offset-x 1e9` wrote a booklet page with every field off the paper;
    an offset for one print is held to the same ±30 mm as the saved one, and nothing is written."""
    h = receiving("李堃", 1)
    certificate.issue(ctx.uow(), h, "new", D(2026, 11, 30), D(2026, 11, 30))
    data = str(ctx.data_dir)
    ctx.close()
    out = tmp_path / "证.pdf"
    for given in (["--offset-x", "nan"], ["--offset-y", "inf"], ["--offset-x", "1e9"], ["--offset-y", "-30.5"]):
        assert main(["--data-dir", data, "certificate", "print", "--household", str(h), *given,
                     "--out", str(out)]) == 1, given
        assert "打印偏移不能超过 30 毫米" in capsys.readouterr().err
        assert not out.exists()
    assert main(["--data-dir", data, "certificate", "print", "--household", str(h), "--offset-x", "-30",
                 "--out", str(out)]) == 0
    assert main(["--data-dir", data, "certificate", "print", "--household", str(h), "--offset-y", "-25",
                 "--out", str(out)]) == 1
    assert "向上偏移最多 19.1 毫米：再多，“证号”一栏就打到证件外面了" in capsys.readouterr().err
    assert main(["--data-dir", data, "certificate", "offset", "--x", "nan"]) == 1
    assert "打印偏移不能超过 30 毫米" in capsys.readouterr().err


def test_the_command_line_issues_on_new_years_day_with_the_next_years_serial(ctx, receiving, tmp_path, capsys):
    """The day the command acts on is fixed with the hidden --today (the year's last and first
    days); a certificate dated after it is refused."""
    a, b = receiving("李堃", 1), receiving("王芳", 2)
    data = str(ctx.data_dir)
    ctx.close()
    assert main(["--data-dir", data, "certificate", "issue", "--household", str(a), "--today", "2026-12-31"]) == 0
    assert "N360426100202600001" in capsys.readouterr().out
    assert main(["--data-dir", data, "certificate", "issue", "--household", str(b), "--date", "2027-01-01",
                 "--today", "2026-12-31"]) == 1
    assert "发证日期不能晚于今天" in capsys.readouterr().err
    assert main(["--data-dir", data, "certificate", "issue", "--household", str(b), "--today", "2027-01-01"]) == 0
    assert "N360426100202700001" in capsys.readouterr().out


def test_show_names_a_household_number_that_does_not_exist(ctx, receiving, capsys):
    """`certificate show --household 999` said "该户没有低保证。" (exit 0) for a number no
    household has, as if a typo were a household without a certificate."""
    data = str(ctx.data_dir)
    ctx.close()
    assert main(["--data-dir", data, "certificate", "show", "--household", "999"]) == 1
    assert "找不到户编号 999" in capsys.readouterr().err


def test_a_batch_of_one_village_from_the_command_line(ctx, receiving, make_household, villages, tmp_path, capsys):
    """The window prints a village's booklets; the command line printed every village's. With
    --village it prints that village's only; a name no village has is said."""
    from tests.exchange.exchange_fixtures import set_receiving
    from tests.conftest import make_id

    a = receiving("李堃", 1)  # 东风村
    b = make_household(head="王芳", head_id=make_id("19700101", 5), village="向阳社区", hukou="urban").id
    set_receiving(ctx, b)
    for h in (a, b):
        certificate.issue(ctx.uow(), h, "new", D(2026, 11, 30), D(2026, 11, 30))
    data = str(ctx.data_dir)
    ctx.close()
    out = tmp_path / "村.pdf"
    assert main(["--data-dir", data, "certificate", "batch", "--from", "2026-11-01", "--to", "2026-11-30",
                 "--village", "向阳社区", "--out", str(out)]) == 0
    assert "1 页" in capsys.readouterr().out
    assert "王芳" in "".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert main(["--data-dir", data, "certificate", "batch", "--from", "2026-11-01", "--to", "2026-11-30",
                 "--village", "西山村", "--out", str(out)]) == 1
    assert "西山村" in capsys.readouterr().err


def test_a_batch_on_a_day_skips_the_households_suspended_then(ctx, receiving, tmp_path, capsys):
    """`certificate batch --on 2026-12-05`: 王五, suspended from December, gets no booklet and
    is listed after the print; --on 2026-11-30 prints both; a day not a date is said."""
    from tests.unit.test_certificate import suspend

    a, b = receiving("李堃", 1), receiving("王五", 2)
    for h in (a, b):
        certificate.issue(ctx.uow(), h, "new", D(2026, 11, 2), D(2026, 11, 30))
    suspend(ctx, b, D(2026, 12, 1), D(2026, 11, 30))
    data = str(ctx.data_dir)
    ctx.close()
    out = tmp_path / "批量.pdf"
    base = ["--data-dir", data, "certificate", "batch", "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(out)]
    assert main([*base, "--on", "2026-12-05"]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[-2:] == ["以下 1 户暂停发放，未打印低保证：", f"  未打印：户编号 {b} 王五（2026年12月 暂停发放）"]
    assert said[-3].endswith("（最低生活保障证，1 页，按 2026年12月 的发放）") and len(PdfReader(str(out)).pages) == 1
    assert main([*base, "--on", "2026-11-30"]) == 0
    assert "暂停" not in capsys.readouterr().out and len(PdfReader(str(out)).pages) == 2
    assert main([*base, "--on", "2026-12-32"]) == 2
    assert "2026-12-32" in capsys.readouterr().err
