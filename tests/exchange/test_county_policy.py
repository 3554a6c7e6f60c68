"""Policy figures travel from the county to the townships; the county's spot-check share is policy."""

from __future__ import annotations

import pytest

import dataclasses
import datetime as dt

from dibao_desk.services import county, exchange, policy
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)


def test_policy_package_from_county_to_township(ctx, township, county_ctx, tmp_path):
    # the county knows the township from its roster
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    base = policy.policy_in_force(county_ctx.uow(), dt.date(2027, 1, 1)).figures
    raised = dataclasses.replace(base, rural_standard_fen=base.rural_standard_fen + 3000, supplements_stack=True)
    policy.add_policy_set(county_ctx.uow(), dt.date(2027, 1, 1), raised, "2027 年提标")
    down = exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / "p.xlsx",
                                   township_code="360426100000", today=TODAY)
    preview = exchange.preview_package(ctx.uow(), down.path, today=TODAY)
    assert preview.ok and preview.rejected == 0
    changed = [c for c in preview.changes if c.params["key"] == "rural_standard_fen"]
    assert changed[0].action == "policy" and changed[0].params["value"] == str(raised.rural_standard_fen)
    exchange.import_package(ctx.uow(), down.path, today=TODAY)
    now = policy.policy_in_force(ctx.uow(), dt.date(2027, 1, 1))
    assert now.figures == raised and now.effective_from == dt.date(2027, 1, 1)
    assert policy.policy_in_force(ctx.uow(), dt.date(2026, 12, 31)).figures.rural_standard_fen == base.rural_standard_fen

    # sent again (lost stick): the same figures change nothing
    again = exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / "p2.xlsx",
                                    township_code="360426100000", today=TODAY)
    result = exchange.import_package(ctx.uow(), again.path, today=TODAY)
    assert {c.action for c in result.preview.changes} == {"policy_same"}
    assert len([p for p in policy.list_policy_sets(ctx.uow()) if p.effective_from == dt.date(2027, 1, 1)]) == 1


def test_sample_share_comes_from_policy_and_is_a_floor(ctx, township, county_ctx, tmp_path):
    base = policy.policy_in_force(county_ctx.uow(), TODAY).figures
    policy.add_policy_set(county_ctx.uow(), dt.date(2026, 11, 1),
                          dataclasses.replace(base, county_check_permille=500), "抽查 50%")
    cases = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "c.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), cases.path, today=TODAY)
    draw = county.draw_sample(county_ctx.uow(), share_permille=100, seed=5, today=TODAY)  # asks for less
    assert draw.share_permille == 500 and len(draw.sampled_case_ids) == 1
    assert county.verify_draw(county_ctx.uow(), draw.id)
    assert county.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 300, 5) == county.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 300, 5)
    assert len(county.pick(list(range(10)), 300, 1)) == 3 and len(county.pick(list(range(11)), 300, 1)) == 4


def test_a_township_reads_the_countys_figures_in_yuan_percent_and_words(ctx, township, county_ctx, tmp_path):
    # what the township clerk reads in the preview and the county in the receipt: no fen shown
    # as yuan, no basis points as percent, no program code words
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    base = policy.policy_in_force(county_ctx.uow(), dt.date(2027, 1, 1)).figures
    policy.add_policy_set(county_ctx.uow(), dt.date(2027, 1, 1),
                          dataclasses.replace(base, urban_standard_fen=63000), "2027 年提标")
    down = exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / "p.xlsx",
                                   township_code="360426100000", today=TODAY)
    preview = exchange.preview_package(ctx.uow(), down.path, today=TODAY)
    said = {c.params["key"]: exchange.change_text(c) for c in preview.changes}
    assert said["urban_standard_fen"].endswith("城市低保标准（元/人·月） = 630.00 元")
    assert said["method"].endswith("施保办法 = 补差")
    assert said["rounding"].endswith("取整办法 = 进到整元")
    assert said["fund_central_bp"].endswith("中央财政资金（%） = 60%")
    assert said["houses_max"].endswith("允许住房（套） = 1")
    assert said["notice_days"].endswith("公示天数 = 7天")


def test_the_policy_sheet_gives_each_figure_its_unit(ctx, township, county_ctx, tmp_path):
    # the county clerk checks the sheet in a spreadsheet before the stick goes out
    import openpyxl

    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    base = policy.policy_in_force(county_ctx.uow(), dt.date(2027, 1, 1)).figures
    policy.add_policy_set(county_ctx.uow(), dt.date(2027, 1, 1), base, "2027 年标准")
    down = exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / "p.xlsx",
                                   township_code="360426100000", today=TODAY)
    sheet = openpyxl.load_workbook(down.path, read_only=True)["政策标准"]
    units = {r[1]: r[4] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert (units["houses_max"], units["vehicles_allowed"], units["disabled_grade_max"]) == ("套", "辆", "级")
    assert units["fund_central_bp"] == "0.01%" and units["urban_standard_fen"] == "分"
