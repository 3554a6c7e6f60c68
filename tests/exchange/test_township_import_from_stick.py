"""The township imports the county's packages from a stick: the same package twice, an older
one after a newer, one for another township, one edited and re-saved in a spreadsheet program,
and decisions on a case the township has withdrawn since. Each is said in Chinese, and the store
is either unchanged or fully changed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess

import pytest

from dibao_desk import messages
from dibao_desk.models import AuditLog, PackageReceived
from dibao_desk.services import county, exchange, policy, procedure
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401

TOWN = "360426100000"


def _state(ctx):
    with ctx.uow() as uow:
        return (uow.session.query(PackageReceived).count(), uow.session.query(AuditLog).count())


def _refused(ctx, path):
    before = _state(ctx)
    with pytest.raises(exchange.PackageRefused) as refused:
        exchange.import_package(ctx.uow(), path, today=TODAY)
    assert _state(ctx) == before
    return [(p.code, messages.text(p)) for p in refused.value.problems]


def _policy(county_ctx, path, raise_fen, township_code=TOWN):
    base = policy.policy_in_force(county_ctx.uow(), dt.date(2027, 1, 1)).figures
    policy.add_policy_set(county_ctx.uow(), dt.date(2027, 1, 1) + dt.timedelta(days=raise_fen),
                          dataclasses.replace(base, rural_standard_fen=base.rural_standard_fen + raise_fen), "提标", today=TODAY)
    return exchange.export_package(county_ctx.uow(), "policy", "", path, township_code=township_code,
                                   today=TODAY).path


@pytest.fixture
def known(ctx, township, county_ctx, tmp_path):
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "up.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    stick = tmp_path / "U盘"
    stick.mkdir()
    return stick


def test_twice_older_after_newer_and_another_townships(ctx, county_ctx, known):
    first = _policy(county_ctx, known / "政策1.xlsx", 1000)
    second = _policy(county_ctx, known / "政策2.xlsx", 2000)
    [(code, text)] = _refused(ctx, second)  # the newer one first: the first is missing
    assert code == "package.sequence_skipped" and "第 1 号" in text, text
    exchange.import_package(ctx.uow(), first, today=TODAY)
    before = _state(ctx)  # the same again: only its receipt written again
    assert exchange.import_package(ctx.uow(), first, today=TODAY).receipt_again and _state(ctx) == before
    exchange.import_package(ctx.uow(), second, today=TODAY)
    before = _state(ctx)
    assert exchange.import_package(ctx.uow(), first, today=TODAY).receipt_again  # the older after the newer
    assert _state(ctx) == before
    from dibao_desk.models import CountyTownship

    with county_ctx.uow() as uow:  # the county's other township
        uow.session.add(CountyTownship(code="360426101000", name="聂桥镇"))
        uow.commit()
    theirs = _policy(county_ctx, known / "政策-聂桥镇.xlsx", 3000, township_code="360426101000")
    [(code, text)] = _refused(ctx, theirs)
    assert code == "package.other_township" and "360426101000" in text and "不是本乡镇" in text, text


def _resaved(path, tmp_path):
    """``path`` opened and saved again in LibreOffice (as the clerk would in WPS or Excel)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice not installed")
    out = tmp_path / "resaved"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "xlsx",
                    "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=180)
    return out / path.name


def test_a_package_saved_again_unchanged_is_taken_and_one_edited_is_refused(ctx, county_ctx, known, tmp_path):
    import openpyxl

    from dibao_desk.exchange import package as pkg

    path = _policy(county_ctx, known / "政策.xlsx", 1000)
    edited = tmp_path / "edited" / "政策.xlsx"
    edited.parent.mkdir()
    wb = openpyxl.load_workbook(path)
    ws = next(ws for ws in wb.worksheets if ws.title != pkg.MANIFEST_SHEET)
    cell = next(c for row in ws.iter_rows(min_row=2) for c in row
                if isinstance(c.value, (int, float)) or str(c.value or "").replace(".", "").isdigit())
    cell.value = float(cell.value) + 10  # a figure raised by hand
    wb.save(edited)
    problems = _refused(ctx, _resaved(edited, tmp_path / "a"))
    assert [code for code, _t in problems] == ["package.checksum"], problems
    assert "不要手工修改数据包" in problems[0][1]

    # opened and saved without a change: the same figures, taken
    result = exchange.import_package(ctx.uow(), _resaved(path, tmp_path / "b"), today=TODAY)
    assert result.preview.accepted >= 1 and _state(ctx)[0] == 1


def test_decisions_on_a_case_withdrawn_since_say_so(ctx, township, county_ctx, tmp_path):
    a, b = township["cases"]
    up = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "待审批.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), up.path, today=TODAY)
    county.draw_sample(county_ctx.uow(), seed=42, today=TODAY)
    for c in county.list_cases(county_ctx.uow()):
        county.record_decision(county_ctx.uow(), c.id, True, "", dt.date(2026, 11, 20), "陈科长", today=TODAY)
    down = county.export_decisions(county_ctx.uow(), TOWN, tmp_path / "审批结果.xlsx", today=TODAY)
    procedure.withdraw(ctx.uow(), a, TODAY, "王经办", "户主书面申请撤回", TODAY)

    result = exchange.import_package(ctx.uow(), down.path, today=TODAY)
    said = {c.key: (c.accepted, exchange.change_text(c)) for c in result.preview.changes}
    assert said[str(b)][0] is True
    assert said[str(a)] == (False, f"案件 {a}（张三）在本乡镇已于 {TODAY} 结案（已撤回），不再等待县民政局审批，"
                                   "这一审批未处理。请告知县民政局该案件已结案")
    with ctx.uow() as uow:
        assert uow.session.query(PackageReceived).count() == 1  # the package counts: b's decision taken
    from dibao_desk.models import Case
    with ctx.uow() as uow:
        assert uow.session.get(Case, a).status == "withdrawn"
