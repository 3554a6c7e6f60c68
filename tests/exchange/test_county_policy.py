"""Policy figures travel from the county to the townships; the county's spot-check share is policy."""

from __future__ import annotations

import pytest

import dataclasses
import datetime as dt

from dibao_desk.exchange import package as pkg
from dibao_desk.services import county, exchange, policy
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)


def test_policy_package_from_county_to_township(ctx, township, county_ctx, tmp_path):
    # the county knows the township from its roster
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    base = policy.policy_in_force(county_ctx.uow(), dt.date(2027, 1, 1)).figures
    raised = dataclasses.replace(base, rural_standard_fen=base.rural_standard_fen + 3000, supplements_stack=True)
    policy.add_policy_set(county_ctx.uow(), dt.date(2027, 1, 1), raised, "2027 年提标", today=dt.date.today())
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
                          dataclasses.replace(base, county_check_permille=500), "抽查 50%", today=dt.date.today())
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
                          dataclasses.replace(base, urban_standard_fen=63000), "2027 年提标", today=dt.date.today())
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
    policy.add_policy_set(county_ctx.uow(), dt.date(2027, 1, 1), base, "2027 年标准", today=dt.date.today())
    down = exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / "p.xlsx",
                                   township_code="360426100000", today=TODAY)
    sheet = openpyxl.load_workbook(down.path, read_only=True)["政策标准"]
    units = {r[1]: r[4] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert (units["houses_max"], units["vehicles_allowed"], units["disabled_grade_max"]) == ("套", "辆", "级")
    assert units["fund_central_bp"] == "0.01%" and units["urban_standard_fen"] == "分"


def test_policy_written_again_is_the_package_first_sent_not_the_figures_entered_since(
        ctx, township, county_ctx, tmp_path):
    """The stick with policy package 1 is lost; meanwhile the county entered the 2027 raise.
    重新导出 must write package 1 as it was (same figures, dates, period and checksum): the raise
    goes in package 2, which the township then takes in order."""
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    base = policy.policy_in_force(county_ctx.uow(), TODAY).figures
    policy.add_policy_set(county_ctx.uow(), dt.date(2026, 7, 1),
                          dataclasses.replace(base, rural_standard_fen=base.rural_standard_fen + 1000), "2026 年下半年", today=dt.date.today())
    first = exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / "p1.xlsx",
                                    township_code="360426100000", today=TODAY)
    raised = dataclasses.replace(base, rural_standard_fen=base.rural_standard_fen + 5000)
    policy.add_policy_set(county_ctx.uow(), dt.date(2027, 1, 1), raised, "2027 年提标", today=dt.date.today())
    later = dt.date(2026, 12, 31)  # written again the next month: the period stays the first's
    again = exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / "p1-again.xlsx",
                                    township_code="360426100000", again=True, today=later)
    assert (again.sequence, again.period, again.sha256, again.rows) == (1, "2026-11", first.sha256, first.rows)
    assert again.warnings == ()
    sheet = pkg.read_package(again.path).sheets
    assert {str(r["生效日期"])[:10] for r in sheet["政策标准"]} == {"2026-07-01"}

    result = exchange.import_package(ctx.uow(), again.path, today=later)
    assert result.preview.rejected == 0
    assert policy.policy_in_force(ctx.uow(), dt.date(2027, 1, 1)).figures.rural_standard_fen == \
        base.rural_standard_fen + 1000
    # the raise comes as package 2, accepted after the first
    second = exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / "p2.xlsx",
                                     township_code="360426100000", today=later)
    assert second.sequence == 2
    exchange.import_package(ctx.uow(), second.path, today=later)
    assert policy.policy_in_force(ctx.uow(), dt.date(2027, 1, 1)).figures == raised


def test_decisions_written_again_in_a_later_month_keep_their_period(ctx, township, county_ctx, tmp_path):
    cases = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "c.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), cases.path, today=TODAY)
    waiting = county.list_cases(county_ctx.uow())
    county.draw_sample(county_ctx.uow(), seed=1, today=TODAY)
    for c in waiting:
        county.record_decision(county_ctx.uow(), c.id, True, "", TODAY, "陈科长", today=TODAY)
    first = county.export_decisions(county_ctx.uow(), "360426100000", tmp_path / "d1.xlsx", today=TODAY)
    again = county.export_decisions(county_ctx.uow(), "360426100000", tmp_path / "d1-again.xlsx", again=True,
                                    today=dt.date(2027, 1, 4))
    assert (again.sequence, again.period, again.sha256) == (1, "2026-11", first.sha256)


def test_policy_written_again_after_an_upgrade_carries_the_sets_of_then_and_says_so(
        ctx, township, county_ctx, tmp_path, monkeypatch):
    """An upgrade renamed a policy field's label: package 1 cannot be made byte for byte again.
    It is made from the sets entered before it was first written, not the raise entered since."""
    from dibao_desk import messages

    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    base = policy.policy_in_force(county_ctx.uow(), TODAY).figures
    policy.add_policy_set(county_ctx.uow(), dt.date(2026, 7, 1), base, "2026 年下半年", today=dt.date.today())
    first = exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / "p1.xlsx",
                                    township_code="360426100000", today=TODAY)
    policy.add_policy_set(county_ctx.uow(), dt.date(2027, 1, 1),
                          dataclasses.replace(base, rural_standard_fen=base.rural_standard_fen + 5000), "提标", today=dt.date.today())
    words = dict(messages.LABELS["policy_field"], rural_standard_fen="农村低保标准（新名称）")
    monkeypatch.setitem(messages.LABELS, "policy_field", words)
    again = exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / "p1-again.xlsx",
                                    township_code="360426100000", again=True, today=TODAY)
    assert again.sequence == 1 and again.rows == first.rows and again.sha256 != first.sha256
    assert [w.code for w in again.warnings] == ["exchange.again_policy_rebuilt"]
    assert "第 1 号政策标准数据包" in messages.text(again.warnings[0])
    dates = {str(r["生效日期"])[:10] for r in pkg.read_package(again.path).sheets["政策标准"]}
    assert dates == {"2026-07-01"}


def test_a_figure_given_twice_with_two_values_for_one_date_refuses_that_set(ctx, township, tmp_path):
    # a county tool wrote 农村低保标准 twice for 2027-01-01: neither value may win in silence
    from dibao_desk.exchange import packages_out as out

    before = policy.policy_in_force(ctx.uow(), dt.date(2027, 1, 1)).figures
    rows = [("2027-01-01", "rural_standard_fen", "农村低保标准（元/人·月）", "50000", "分", ""),
            ("2027-01-01", "notice_days", "公示天数", "7", "天", ""),
            ("2027-01-01", "rural_standard_fen", "农村低保标准（元/人·月）", "60000", "分", ""),
            ("2027-07-01", "urban_standard_fen", "城市低保标准（元/人·月）", "70000", "分", ""),
            ("2027-07-01", "urban_standard_fen", "城市低保标准（元/人·月）", "70000", "分", "")]
    path = tmp_path / "p.xlsx"
    pkg.write_package(path, kind="policy", direction="down", township_code="360426100000",
                      township_name="德安镇", county_name="德安县", sequence=1, period="2026-11",
                      sheets=[pkg.SheetData(out.POLICY, rows)])
    result = exchange.import_package(ctx.uow(), path, today=TODAY)
    assert [c.accepted for c in result.preview.changes] == [False, False, False, True, True]
    said = exchange.change_text(result.preview.changes[2])
    assert said == ("2027-01-01 起的“农村低保标准（元/人·月）”在数据包中出现两次且数值不同（第 2 行“50000”，"
                    "第 4 行“60000”），不知以哪个为准，这一套标准未导入，请县民政局更正后重新下发")
    # the set of that date is not stored; the next set (the same value twice) is
    assert policy.policy_in_force(ctx.uow(), dt.date(2027, 1, 1)).figures == before
    assert policy.policy_in_force(ctx.uow(), dt.date(2027, 7, 1)).figures.urban_standard_fen == 70000


def test_a_package_of_several_sets_recomputes_the_list_incomes_once(ctx, township, county_ctx, tmp_path,
                                                                     monkeypatch):
    """Two sets in one package (November and the one dated 1 January): the list's income columns
    are recomputed in one pass after both, by the set in force on the day of the import."""
    from dataclasses import replace

    from dibao_desk.domain.household import IncomeDraft, MemberDraft
    from dibao_desk.models import Household
    from dibao_desk.services import households
    from tests.helpers import make_id, simple_draft

    draft = simple_draft(1, head="赵六", head_id=make_id("19700101", 31), wages_fen=100000,
                         employment_deduction_fen=30000,
                         extra_members=(MemberDraft("钱梅", make_id("19720101", 42), "spouse"),))
    draft = replace(draft, members=(replace(draft.members[0], employment="employed"), draft.members[1]),
                    incomes=(IncomeDraft("wages", 100000, 0),))
    hid = households.save(ctx.uow(), draft, today=TODAY).id
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    base = policy.policy_in_force(county_ctx.uow(), TODAY).figures
    policy.add_policy_set(county_ctx.uow(), dt.date(2026, 11, 1),
                          dataclasses.replace(base, employment_deduction_per_member_fen=20000), "11 月", today=dt.date.today())
    policy.add_policy_set(county_ctx.uow(), dt.date(2027, 1, 1),
                          dataclasses.replace(base, employment_deduction_per_member_fen=25000), "2027 年", today=dt.date.today())
    down = exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / "p.xlsx",
                                   township_code="360426100000", today=TODAY)
    calls = []
    real = households.refresh_counted_incomes
    monkeypatch.setattr(households, "refresh_counted_incomes", lambda s, d: calls.append(d) or real(s, d))
    exchange.import_package(ctx.uow(), down.path, today=TODAY)
    assert calls == [TODAY]
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        assert (h.income_fen, h.per_capita_fen) == (80000, 40000)  # 1000 元 − 200 元 (November's set)


def test_a_county_with_only_the_sample_figures_is_told_where_to_enter_its_own(ctx, township, county_ctx,
                                                                               tmp_path):
    # The county clerk's first 下发政策标准: the refusal says where the county's figures are entered
    from dibao_desk import messages
    from dibao_desk.domain.problems import RuleError

    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    with pytest.raises(RuleError) as refused:
        exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / "p.xlsx",
                                township_code="360426100000", today=TODAY)
    said = messages.text(refused.value.problems[0])
    assert "示例标准不下发" in said and "政策标准" in said and "新增一套标准" in said
    assert not (tmp_path / "p.xlsx").exists()
