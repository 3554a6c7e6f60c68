"""A case the township ends while the county holds it: the next cases package no longer lists it."""

from __future__ import annotations

import datetime as dt

import pytest

from dibao_desk.domain.county import CountyCaseStatus
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import county, exchange, procedure
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)

TOWN = "360426100000"


def _send_cases(ctx, county_ctx, path):
    out = exchange.export_package(ctx.uow(), "cases", "2026-11", path, today=TODAY)
    return out, exchange.import_package(county_ctx.uow(), out.path, today=TODAY)


def test_a_case_the_township_ended_is_closed_at_the_county_and_cannot_be_decided(ctx, township, county_ctx, tmp_path):
    first, _ = _send_cases(ctx, county_ctx, tmp_path / "待审批1.xlsx")
    assert first.rows["待审批"] == 2
    held = county.list_cases(county_ctx.uow())
    ended_ref, kept_ref = held[0].case_ref, held[1].case_ref
    # the applicant withdraws at the township, while the county holds the case
    procedure.refuse(ctx.uow(), int(ended_ref), 8, "申请人撤回申请", TODAY, "王干事", TODAY)

    second = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "待审批2.xlsx", today=TODAY)
    assert second.rows["待审批"] == 1 and second.sequence == 2
    pre = exchange.preview_package(county_ctx.uow(), second.path, today=TODAY)
    said = [exchange.change_text(c) for c in pre.changes]
    assert f"第 {ended_ref} 号案件乡镇已终止，县局不再审批" in said[-1], said
    assert [c.status for c in county.list_cases(county_ctx.uow(), status=None)] == ["awaiting", "awaiting"]
    result = exchange.import_package(county_ctx.uow(), second.path, today=TODAY)

    # the receipt the township gets back says so too
    from dibao_desk.exchange import package as pkg
    receipt = pkg.read_package(result.receipt_path)
    lines = ["".join(str(v) for v in row) for row in receipt.sheets.raw("回执")]
    assert any(f"第 {ended_ref} 号案件乡镇已终止" in line for line in lines), lines

    assert [c.case_ref for c in county.list_cases(county_ctx.uow())] == [kept_ref]
    rows = {c.case_ref: c for c in county.list_cases(county_ctx.uow(), status=None)}
    assert rows[ended_ref].status == CountyCaseStatus.ENDED
    assert [t.awaiting for t in county.townships(county_ctx.uow())] == [1]
    # it is not in the spot-check population and cannot be decided
    draw = county.draw_sample(county_ctx.uow(), seed=7, today=TODAY)
    assert draw.population == 1
    with pytest.raises(RuleError) as caught:
        county.record_decision(county_ctx.uow(), rows[ended_ref].id, True, "", TODAY, "陈科长", today=TODAY)
    assert caught.value.problems[0].code == "county.case_ended"
    # audited, with the package that ended it
    import json

    from sqlalchemy import select

    from dibao_desk.models import AuditLog
    with county_ctx.uow() as uow:
        after = uow.session.scalars(select(AuditLog.after).where(
            AuditLog.entity == "county_case", AuditLog.entity_id == rows[ended_ref].id,
            AuditLog.action == "ended")).all()
    assert len(after) == 1 and json.loads(after[0])["sequence"] == 2

    # the county's decisions for the township hold only the kept case, which the township accepts
    county.record_decision(county_ctx.uow(), rows[kept_ref].id, True, "", TODAY, "陈科长", today=TODAY)
    down = county.export_decisions(county_ctx.uow(), TOWN, tmp_path / "审批结果.xlsx", today=TODAY)
    assert down.rows == {"审批结果": 1}
    back = exchange.import_package(ctx.uow(), down.path, today=TODAY)
    assert back.preview.rejected == 0 and [c.action for c in back.preview.changes] == ["approve"]


def test_a_decision_not_yet_sent_on_an_ended_case_is_withdrawn_with_a_warning(ctx, township, county_ctx, tmp_path):
    _send_cases(ctx, county_ctx, tmp_path / "待审批1.xlsx")
    county.draw_sample(county_ctx.uow(), seed=1, today=TODAY)
    held = county.list_cases(county_ctx.uow())
    for c in held:
        county.record_decision(county_ctx.uow(), c.id, True, "", dt.date(2026, 11, 20), "陈科长", today=TODAY)
    ended_ref = held[0].case_ref
    procedure.refuse(ctx.uow(), int(ended_ref), 8, "申请人撤回申请", TODAY, "王干事", TODAY)
    result = _send_cases(ctx, county_ctx, tmp_path / "待审批2.xlsx")[1]
    ended = [c for c in result.preview.changes if c.key == ended_ref]
    assert [c.action for c in ended] == ["case_ended_decided"]
    said = exchange.change_text(ended[0])
    assert said.startswith("注意") and "已撤回" in said and "2026-11-20" in said, said
    rows = {c.case_ref: c for c in county.list_cases(county_ctx.uow(), status=None)}
    assert rows[ended_ref].status == CountyCaseStatus.ENDED and rows[ended_ref].approved is None
    # the decisions package carries only the other case; the township takes it without a rejection
    down = county.export_decisions(county_ctx.uow(), TOWN, tmp_path / "审批结果.xlsx", today=TODAY)
    assert down.rows == {"审批结果": 1}
    back = exchange.import_package(ctx.uow(), down.path, today=TODAY)
    assert back.preview.rejected == 0


def test_a_sent_decision_is_left_alone_when_the_case_is_no_longer_listed(ctx, township, county_ctx, tmp_path):
    # the township has the decision (or will have it): its case moved on and is not listed again
    _send_cases(ctx, county_ctx, tmp_path / "待审批1.xlsx")
    county.draw_sample(county_ctx.uow(), seed=1, today=TODAY)
    for c in county.list_cases(county_ctx.uow()):
        county.record_decision(county_ctx.uow(), c.id, True, "", dt.date(2026, 11, 20), "陈科长", today=TODAY)
    down = county.export_decisions(county_ctx.uow(), TOWN, tmp_path / "审批结果.xlsx", today=TODAY)
    exchange.import_package(ctx.uow(), down.path, today=TODAY)
    second, result = _send_cases(ctx, county_ctx, tmp_path / "待审批2.xlsx")
    assert second.rows["待审批"] == 0 and result.preview.changes == ()
    assert {c.status for c in county.list_cases(county_ctx.uow(), status=None)} == {CountyCaseStatus.SENT}


def test_a_cases_package_of_the_older_format_also_ends_what_it_no_longer_lists(ctx, township, county_ctx, tmp_path):
    # written by a township's older program: the 待审批 sheet alone (no 备案标记, no audit anchor)
    from dibao_desk.exchange import package as pkg
    from dibao_desk.services import exchange_out

    _send_cases(ctx, county_ctx, tmp_path / "待审批1.xlsx")
    ended_ref, kept_ref = (c.case_ref for c in county.list_cases(county_ctx.uow()))
    procedure.refuse(ctx.uow(), int(ended_ref), 8, "申请人撤回申请", TODAY, "王干事", TODAY)
    with ctx.uow() as uow:
        waiting = exchange_out._case_sheets(uow)[0]
    path = tmp_path / "待审批2-旧版.xlsx"
    pkg.write_package(path, kind="cases", direction="up", township_code=TOWN, township_name="德安镇",
                      county_name="德安县", sequence=2, period="2026-11", sheets=[waiting])
    result = exchange.import_package(county_ctx.uow(), path, today=TODAY)
    assert [c.action for c in result.preview.changes] == ["case_update", "case_ended"]
    assert {c.case_ref: c.status for c in county.list_cases(county_ctx.uow(), status=None)} == {
        kept_ref: CountyCaseStatus.AWAITING, ended_ref: CountyCaseStatus.ENDED}


def test_a_case_ended_by_mistake_and_listed_again_awaits_again(ctx, township, county_ctx, tmp_path):
    # a hand-made package that missed a case, corrected by the next one: the case is back
    from dibao_desk.exchange import package as pkg
    from dibao_desk.services import exchange_out

    _send_cases(ctx, county_ctx, tmp_path / "待审批1.xlsx")
    first_ref = county.list_cases(county_ctx.uow())[0].case_ref
    with ctx.uow() as uow:
        waiting = exchange_out._case_sheets(uow)[0]
    rows = list(waiting.rows)

    def send(sequence: int, listed: list) -> None:
        path = tmp_path / f"{sequence}.xlsx"
        pkg.write_package(path, kind="cases", direction="up", township_code=TOWN, township_name="德安镇",
                          county_name="德安县", sequence=sequence, period="2026-11",
                          sheets=[pkg.SheetData(waiting.spec, listed)])
        exchange.import_package(county_ctx.uow(), path, today=TODAY)

    send(2, [r for r in rows if r[0] != first_ref])
    assert [c.case_ref for c in county.list_cases(county_ctx.uow(), status=CountyCaseStatus.ENDED)] == [first_ref]
    send(3, rows)
    assert {c.status for c in county.list_cases(county_ctx.uow(), status=None)} == {CountyCaseStatus.AWAITING}


def test_a_decision_the_township_rejected_is_reopened_from_its_receipt_and_decided_again(
        ctx, township, county_ctx, tmp_path, capsys):
    # the county's copy of the head's ID number differs from the township's: the township
    # rejects the decision (row.case_mismatch); its receipt puts the case back to 待审批
    from sqlalchemy import update

    from dibao_desk.cli import main as cli_main
    from dibao_desk.models import CountyCase
    from tests.conftest import make_id

    _send_cases(ctx, county_ctx, tmp_path / "待审批1.xlsx")
    county.draw_sample(county_ctx.uow(), seed=1, today=TODAY)
    wrong, right = county.list_cases(county_ctx.uow())
    with county_ctx.uow() as uow:
        uow.session.execute(update(CountyCase).where(CountyCase.id == wrong.id)
                            .values(head_id_number=make_id("19700101", 901)))
        uow.commit()
    for c in (wrong, right):
        county.record_decision(county_ctx.uow(), c.id, True, "", dt.date(2026, 11, 20), "陈科长", today=TODAY)
    down = county.export_decisions(county_ctx.uow(), TOWN, tmp_path / "审批结果1.xlsx", today=TODAY)
    back = exchange.import_package(ctx.uow(), down.path, today=TODAY)
    assert [c.accepted for c in back.preview.changes if c.key == wrong.case_ref] == [False]

    # a receipt of another package, or not a receipt, changes nothing
    with pytest.raises(RuleError) as caught:
        from dibao_desk.services import county_reopen
        county_reopen.reopen_rejected(county_ctx.uow(), down.path)
    assert caught.value.problems[0].code == "county.reopen_not_receipt"

    argv = ["--data-dir", str(county_ctx.data_dir), "county", "reopen", str(back.receipt_path)]
    assert cli_main(argv) == 0, capsys.readouterr()
    said = capsys.readouterr().out
    assert f"已退回待审批：{wrong.case_ref} 号案件" in said and "身份证号" in said, said
    rows = {c.case_ref: c for c in county.list_cases(county_ctx.uow(), status=None)}
    assert rows[wrong.case_ref].status == CountyCaseStatus.AWAITING and rows[wrong.case_ref].approved is None
    assert rows[right.case_ref].status == CountyCaseStatus.SENT
    # reading it twice changes nothing more
    from dibao_desk.services import county_reopen
    again = county_reopen.reopen_rejected(county_ctx.uow(), back.receipt_path)
    assert [r.done for r in again] == [False]

    # the township sends the case again (still waiting there), now accepted; decided and sent again
    second, result = _send_cases(ctx, county_ctx, tmp_path / "待审批2.xlsx")
    assert [c.action for c in result.preview.changes] == ["case_update"]
    county.record_decision(county_ctx.uow(), rows[wrong.case_ref].id, True, "", TODAY, "陈科长", today=TODAY)
    down2 = county.export_decisions(county_ctx.uow(), TOWN, tmp_path / "审批结果2.xlsx", today=TODAY)
    back2 = exchange.import_package(ctx.uow(), down2.path, today=TODAY)
    assert back2.preview.rejected == 0 and [c.action for c in back2.preview.changes] == ["approve"]
