"""The demo county (`demo --county`): a county bureau's store filled by its demo townships'
roster and payments packages through the real import, the 补发 and 专项补贴 rosters among them,
so the 发放汇总 tab has something to show."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from dibao_desk.cli import main as cli_main
from dibao_desk.domain.payroll import PayrollKind
from dibao_desk.models import CountyPaymentOther, Household, PackageReceived
from dibao_desk.models.store import close_open_stores
from dibao_desk.services import accounts, county_money, demo, demo_county, office
from dibao_desk.services.context import open_context


@pytest.fixture
def county_dir(tmp_path):
    return tmp_path / "county"


def _generate(folder, today, townships=2, households=40):
    ctx = open_context(folder)
    try:
        result = demo_county.generate_county(ctx.uow(), townships=townships, households=households, today=today)
    except BaseException:
        ctx.close()
        raise
    return ctx, result


@pytest.mark.parametrize("today", [dt.date(2027, 1, 31), dt.date(2028, 2, 29), dt.date(2026, 11, 30),
                                   dt.date(2026, 12, 31), None], ids=["31jan", "29feb", "30nov", "31dec", "real"])
def test_the_demo_county_holds_each_townships_back_pay_and_subsidy_rosters(county_dir, today):
    ctx, result = _generate(county_dir, today)
    day = today or dt.date.today()
    period = f"{day:%Y-%m}"
    try:
        assert (result.office_name, result.townships, result.packages, result.period) == ("德安县民政局", 2, 4, period)
        info = office.get_office(ctx.uow())
        assert info is not None and info.mode == "county" and accounts.is_demo(ctx.uow())
        with ctx.uow() as uow:  # a county store holds no households of its own: packages only
            assert uow.session.scalar(select(func.count()).select_from(Household)) == 0
            received = uow.session.scalars(select(PackageReceived)).all()
            assert sorted(r.kind for r in received) == ["payments", "payments", "roster", "roster"]
            others = uow.session.scalars(select(CountyPaymentOther)).all()
            assert {o.received_id for o in others} == {r.id for r in received if r.kind == "payments"}

        rows = county_money.other_rosters(ctx.uow())
        towns = demo_county.TOWNSHIPS[:2]
        assert sorted((r.township_name, r.kind, r.name) for r in rows) == sorted(
            [(name, PayrollKind.BACK_PAY, "") for name, *_x in towns]
            + [(name, PayrollKind.SUBSIDY, subsidy.name) for name, _c, _l, subsidy in towns])
        leaders = {name: leader for name, _c, leader, _s in towns}
        for r in rows:
            assert (r.period, r.roster_period, r.reviewed_on, r.reviewed_by) == (period, period, day,
                                                                                 leaders[r.township_name])
            assert r.amount_fen > 0 and r.households > 0
            if r.kind is PayrollKind.BACK_PAY:  # the two or three transfers to a closed account, paid again
                assert 2 <= r.households <= 3

        pays = county_money.payments(ctx.uow(), period)
        assert sorted(p.township_name for p in pays) == sorted(name for name, *_x in towns)
        by_kind = {(r.township_name, r.kind): r.amount_fen for r in rows}
        for p in pays:
            assert not p.flagged and p.lines_fen > 0
            assert p.back_pay_fen == by_kind[(p.township_name, PayrollKind.BACK_PAY)]
            assert p.subsidy_fen == by_kind[(p.township_name, PayrollKind.SUBSIDY)]
    finally:
        ctx.close()


def test_a_used_store_gets_no_demo_county(county_dir):
    ctx, _ = _generate(county_dir, dt.date(2026, 11, 30), townships=1, households=20)
    try:
        with pytest.raises(demo.DemoRefused):
            demo_county.generate_county(ctx.uow(), townships=1, households=20, today=dt.date(2026, 11, 30))
        assert len(county_money.other_rosters(ctx.uow())) == 2  # nothing added
    finally:
        ctx.close()


def test_the_demo_command_makes_a_county_and_refuses_a_second_time(county_dir, capsys):
    assert cli_main(["--data-dir", str(county_dir), "demo", "--county", "--townships", "1",
                     "--households", "20"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("已生成演示县民政局“德安县民政局”：1 个乡镇报来的 2 个数据包已导入（20 户；")
    assert cli_main(["--data-dir", str(county_dir), "demo", "--county"]) == 1
    assert "演示数据只能生成在空的数据文件夹中" in capsys.readouterr().err


def test_the_payments_tab_of_the_demo_county_lists_the_other_rosters(qtbot, county_dir):
    from dibao_desk.ui.widgets.county_view import CountyView

    ctx, result = _generate(county_dir, None)
    try:
        view = CountyView(ctx)
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        bar = view.tabs.tabBar()
        index = view.tabs.indexOf(view.payments_tab)
        assert view.tabs.tabText(index) == "发放汇总"
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        tab = view.payments_tab
        assert tab.model.rowCount() == 2 and tab.others_view.isVisible()
        assert tab.others_model.rowCount() == 4
        kinds = {tab.others_model.index(r, 2).data() for r in range(4)}
        assert kinds == {"补发", "专项补贴"}
        assert f"{result.period}：2 个乡镇" in tab.summary.text() and "补发 2 份" in tab.summary.text()
    finally:
        ctx.close()


def _store_and_folder(folder) -> tuple[dict[str, int], list[str]]:
    """Every table's row count, and the names in the data folder."""
    from dibao_desk.models import Base

    ctx = open_context(folder)
    try:
        with ctx.uow() as uow:
            counts = {t.name: uow.session.scalar(select(func.count()).select_from(t))
                      for t in Base.metadata.sorted_tables}
    finally:
        ctx.close()
    return counts, sorted(p.name for p in folder.iterdir())


def _second_township_fails(monkeypatch):
    """The second township's payments package is refused on import, after its roster package
    and both of the first township's were applied."""
    from dibao_desk.domain.problems import Problem
    from dibao_desk.services.exchange_common import PackageRefused

    real = demo_county.exchange.import_package
    imported = []

    def import_package(uow, path, **kw):
        if path.name == f"{demo_county.TOWNSHIPS[1][1]}-payments.xlsx":
            raise PackageRefused([Problem("package.sequence_repeat", "sequence", {"sequence": 1, "last": 1})])
        imported.append(path.name)
        return real(uow, path, **kw)

    monkeypatch.setattr(demo_county.exchange, "import_package", import_package)
    return imported


def test_a_township_failing_leaves_the_county_store_as_it_was(county_dir, monkeypatch):
    """All or nothing: the first township's packages, imported before the second's failed, are
    not kept, nor the county's name or the demo mark; the folder holds what it held."""
    from dibao_desk.services.exchange_common import PackageRefused

    before = _store_and_folder(county_dir)
    imported = _second_township_fails(monkeypatch)
    ctx = open_context(county_dir)
    try:
        with pytest.raises(PackageRefused):
            demo_county.generate_county(ctx.uow(), townships=3, households=20, today=dt.date(2026, 12, 31))
        assert office.get_office(ctx.uow()) is None and not accounts.is_demo(ctx.uow())
    finally:
        ctx.close()
    code1, code2 = demo_county.TOWNSHIPS[0][1], demo_county.TOWNSHIPS[1][1]
    assert imported == [f"{code1}-roster.xlsx", f"{code1}-payments.xlsx", f"{code2}-roster.xlsx"]
    assert _store_and_folder(county_dir) == before
    # and the demo can then be made in the same folder
    monkeypatch.undo()
    ctx, result = _generate(county_dir, dt.date(2026, 12, 31), townships=2, households=20)
    try:
        assert result.packages == 4
        with ctx.uow() as uow:
            assert uow.session.scalar(select(func.count()).select_from(PackageReceived)) == 4
    finally:
        ctx.close()


def test_the_demo_command_says_nothing_was_made_when_a_township_fails(county_dir, monkeypatch, capsys):
    import functools

    before = _store_and_folder(county_dir)
    _second_township_fails(monkeypatch)
    monkeypatch.setattr(demo_county, "generate_county",
                        functools.partial(demo_county.generate_county, today=dt.date(2027, 1, 31)))
    assert cli_main(["--data-dir", str(county_dir), "demo", "--county", "--townships", "2",
                     "--households", "20"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines()[-1] == "错误：演示数据没有生成，数据文件夹保持原样。"
    close_open_stores()  # as the command's process does when it ends
    counts, names = _store_and_folder(county_dir)
    assert counts == before[0]
    assert [n for n in names if n != "dibao.lock"] == before[1]  # the lock every writing command holds


def test_a_work_file_still_held_when_it_is_removed_does_not_undo_the_county(county_dir, monkeypatch):
    """On Windows a package in the temporary work folder may still be held (a virus scanner
    reading it) when the folder is removed: the county made is kept and said to be."""
    import errno
    import shutil
    import sys

    real = shutil.rmtree

    def held(path, *args, onerror=None, **kw):
        if "dibao-demo-county-" in str(path) and onerror is not None:
            try:
                raise OSError(errno.EBUSY, "held by another program", str(path))
            except OSError:
                onerror(shutil.os.rmdir, str(path), sys.exc_info())
        return real(path, *args, onerror=onerror, **kw)

    monkeypatch.setattr(shutil, "rmtree", held)
    ctx, result = _generate(county_dir, dt.date(2028, 2, 29), townships=1, households=20)
    try:
        assert result.packages == 2
        with ctx.uow() as uow:
            assert uow.session.scalar(select(func.count()).select_from(PackageReceived)) == 2
    finally:
        ctx.close()
