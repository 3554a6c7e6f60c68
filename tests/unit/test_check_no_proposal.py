"""`check` finds new cases at the county without a proposed class or amount: 乡镇审核 now
refuses them, but a store of an older version may hold one, waiting or already sent."""

import datetime as dt
import json

import pytest
from sqlalchemy import select, update

from dibao_desk.cli import main
from dibao_desk.domain import procedure as rules
from dibao_desk.models import Case, CaseStep
from dibao_desk.services import exchange, integrity, procedure
from tests.exchange.exchange_fixtures import county as county_ctx  # noqa: F401 (fixture)
from tests.helpers import make_id, walk_case

pytestmark = pytest.mark.pg_store

D = dt.date


def _as_an_older_version_held_it(ctx, case_id):
    """乡镇审核 passed without 拟定类别 or 拟定月保障金, as the program let it before."""
    with ctx.uow() as u:
        u.session.execute(update(Case).where(Case.id == case_id).values(proposed_category="", proposed_fen=0))
        for rec in u.session.scalars(select(CaseStep).where(CaseStep.case_id == case_id,
                                                           CaseStep.step == rules.TOWNSHIP_REVIEW)):
            data = json.loads(rec.data_json or "{}")
            for key in ("category", "monthly_fen", "computed_fen", "amount_reason"):
                data.pop(key, None)
            rec.data_json = json.dumps(data, ensure_ascii=False)
        u.commit()


def _problems(ctx):
    return integrity.check(ctx.uow(), ctx.store).consistency_problems


def test_check_names_a_new_case_at_the_county_without_a_proposal(ctx, make_household, county_ctx, tmp_path,
                                                                   capsys):
    h = make_household(head="赵六", wages_fen=20000)
    other = make_household(head="钱七", head_id=make_id("19500315", 35), wages_fen=20000)
    cases = []
    for hh in (h, other):
        case = procedure.receive_application(ctx.uow(), hh.id, {
            "on": D(2026, 11, 2), "person": "王经办", "declaration_signed": True,
            "authorisation_signed": True}, D(2026, 11, 2))
        procedure.record_step(ctx.uow(), case.info.id, rules.HOME_VISIT, {
            "on": D(2026, 11, 3), "person": "李调查", "investigator_signed": True, "applicant_signed": True},
            D(2026, 11, 3))
        detail, _ = walk_case(ctx, case.info.id, D(2026, 11, 4), until=rules.COUNTY_DECISION)
        assert detail.next_step == rules.COUNTY_DECISION
        cases.append(case.info.id)
    assert _problems(ctx) == []
    _as_an_older_version_held_it(ctx, cases[0])

    # waiting at the township's desk for the next cases package
    assert main(["--data-dir", str(ctx.data_dir), "check"]) == 1
    out = capsys.readouterr().out
    assert (f"新增申请 {cases[0]}（户 {h.id}，户主 赵六）已过乡镇审核，却没有拟定类别或拟定月保障金："
            f"请退回乡镇审核（案件页的“退回乡镇审核…”，或命令 dibao-desk return-review {cases[0]}），"
            "补录拟定类别和金额后再报县") in out
    assert "钱七" not in out and "结论：有问题" in out

    # sent: the county holds it blank
    sent = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "待审批.xlsx", today=D(2026, 12, 31))
    problems = _problems(ctx)
    assert problems == [f"新增申请 {cases[0]}（户 {h.id}，户主 赵六）已报县，却没有拟定类别或拟定月保障金："
                        f"请退回乡镇审核（案件页的“退回乡镇审核…”，或命令 dibao-desk return-review {cases[0]}），"
                        "补录拟定类别和金额后，随下一次案件包重新报县"], problems

    # and the county's own check says so, by the township's case number and head
    exchange.import_package(county_ctx.uow(), sent.path, today=D(2026, 12, 31))
    assert main(["--data-dir", str(county_ctx.data_dir), "check"]) == 1
    out = capsys.readouterr().out
    assert f"报来的新增案件 {cases[0]}（户主 赵六）没有拟定类别或拟定月保障金：请退回乡镇审核" in out, out
    assert "钱七" not in out
