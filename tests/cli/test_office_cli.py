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


def test_a_county_bureau_is_named_once_not_after_its_county_twice(tmp_path, capsys, qtbot):
    # 德安县民政局 of 德安县 is 德安县民政局, not 德安县德安县民政局; a township keeps its county before it
    folder = str(tmp_path / "county")
    assert main(["--data-dir", folder, "office", "--name", "德安县民政局", "--code", "360426000000",
                 "--county", "德安县", "--mode", "county"]) == 0
    assert "已保存本单位信息：德安县民政局（360426000000）" in capsys.readouterr().out
    from dibao_desk.ui.main_window import MainWindow

    ctx = open_context(folder)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert window.windowTitle().endswith("— 德安县民政局")
        assert office.get_office(ctx.uow()).full_name == "德安县民政局"
    finally:
        ctx.close()
    town = office.OfficeInfo("示例镇", "360426100000", "德安县", "", "", "township", "")
    assert town.full_name == "德安县示例镇"
