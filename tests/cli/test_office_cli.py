"""`dibao-desk office`: the office's details from a terminal, as on the first start."""

from __future__ import annotations

from dibao_desk.cli import main
from dibao_desk.services import office
from dibao_desk.services.context import open_context


def test_a_county_office_set_up_from_the_terminal(tmp_path, capsys):
    folder = str(tmp_path / "county")
    assert main(["--data-dir", folder, "office", "--name", "德安县民政局", "--code", "360426000000",
                 "--county", "德安县", "--mode", "county", "--operator", "陈科长"]) == 0
    assert "已保存本单位信息" in capsys.readouterr().out
    ctx = open_context(folder)
    try:
        info = office.get_office(ctx.uow())
    finally:
        ctx.close()
    assert (info.mode, info.admin_code, info.operator) == ("county", "360426000000", "陈科长")


def test_a_bad_code_is_refused_in_chinese_and_nothing_is_saved(tmp_path, capsys):
    folder = str(tmp_path / "town")
    assert main(["--data-dir", folder, "office", "--name", "德安镇", "--code", "3604", "--county", "德安县"]) == 1
    assert "12 位" in capsys.readouterr().err
    ctx = open_context(folder)
    try:
        assert office.get_office(ctx.uow()) is None
    finally:
        ctx.close()
