"""Each step's own fields: one frozen dataclass per step, read once from the stored JSON
(which stays as it was), so the window, the forms and the packages read typed fields."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from dibao_desk.domain import procedure as rules
from dibao_desk.domain.procedure_steps import (
    STEP_DATA, ApplicationData, CountyDecisionData, DemocraticReviewData, GrantData, HomeVisitData, NoticeData,
    OfficeCheckData, TownshipReviewData, parse_step_data,
)
from dibao_desk.models import CaseStep
from dibao_desk.services import procedure as proc
from tests.unit.test_procedure import receive as _receive, walk as _walk

D = dt.date


@pytest.fixture
def make_household(make_household):
    return lambda **kw: make_household(**{"wages_fen": 20000, **kw})  # passes the means test


def test_every_step_has_its_dataclass_and_they_are_frozen():
    assert sorted(STEP_DATA) == list(rules.STEPS)
    with pytest.raises(AttributeError):
        GrantData().category = "class1"  # type: ignore[misc]


def test_a_whole_case_reads_back_typed_and_the_store_keeps_its_json_as_before(ctx, make_household):
    h = make_household()
    case_id = _receive(ctx, h.id).info.id
    detail = _walk(ctx, case_id, 11)
    f = {n: s.fields for n, s in detail.current.items()}
    assert f[1] == ApplicationData("", True, True)
    assert f[2] == HomeVisitData("家中无劳动力", True, True) and f[2].both_signed
    assert f[3] == DemocraticReviewData("村委会", "村民代表 11 人", "pass", ())
    # each notice keeps the head, persons, class and amount as its list was posted: the 一榜
    # before the township proposed them (待核定), the 二榜 and 三榜 with the proposal
    assert f[4] == NoticeData("张三", 1, "", 0, False) and f[5] == OfficeCheckData()
    assert f[7] == f[9] == NoticeData("张三", 1, "class2", 31200, True)
    assert f[6].category == "class2" and f[6].monthly_fen == 31200 and f[6].amount_reason == "村评议核定"
    assert isinstance(f[6], TownshipReviewData) and isinstance(f[6].computed_fen, int)
    assert f[8] == CountyDecisionData(approved=True, reason="", sampled=True, special_case=None)
    assert isinstance(f[10], GrantData) and f[10].start_month == D(2026, 12, 1)
    assert (f[10].category, f[10].monthly_fen) == ("class2", 31200)
    assert f[10].amount_differs == (f[10].computed_fen != 31200)
    # the stored form is what it was: JSON, the month as ISO text, the amounts as numbers
    with ctx.uow() as u:
        stored = u.session.scalar(select(CaseStep.data_json).where(CaseStep.case_id == case_id, CaseStep.step == 10))
    raw = json.loads(stored)
    assert raw["start_month"] == "2026-12-01" and raw["monthly_fen"] == 31200 and raw["category"] == "class2"
    assert detail.current[10].data == raw


def test_a_special_case_and_a_refusal_are_read_from_the_county_decision(ctx, make_household):
    decision = rules.CollectiveDecision("serious_illness", D(2026, 11, 25), "张局长、李科长", "重病支出大")
    d = parse_step_data(8, json.dumps({"approved": True, "sampled": False, "special_case": decision.to_dict()}))
    assert isinstance(d, CountyDecisionData) and d.special_case == decision and d.approved is True
    refused = parse_step_data(8, {"approved": False, "reason": "抽查发现有经营性收入", "sampled": True})
    assert refused == CountyDecisionData(False, "抽查发现有经营性收入", True, None)
    assert parse_step_data(8, "") == CountyDecisionData()  # not recorded yet: nothing decided


def test_parsing_takes_what_older_stores_hold_and_ignores_keys_it_does_not_name():
    g = parse_step_data(10, {"start_month": "2026-12-01T00:00:00", "monthly_fen": "31200", "extra": 1})
    assert g == GrantData(D(2026, 12, 1), "", 31200, None, "")
    assert not g.amount_differs  # nothing computed: nothing to mark
    t = parse_step_data(6, {"category": "class1", "monthly_fen": 40000, "computed_fen": 45000,
                            "amount_reason": "扣除赡养费"})
    assert isinstance(t, TownshipReviewData) and t.amount_differs
    assert parse_step_data(10, {"start_month": "不是日期"}) == GrantData()
    assert parse_step_data(3, {"place": "村委会", "failed": ["income:4"]}).failed == ("income:4",)


def test_the_ledger_built_from_history_reads_the_grant_step(ctx, make_household):
    """The ledger build (models/ledger.py, on a store that has none) reads step 10 as the case page does."""
    from sqlalchemy import delete

    from dibao_desk.models.ledger import LedgerPeriod
    from dibao_desk.services import ledger

    h = make_household()
    case_id = _receive(ctx, h.id).info.id
    _walk(ctx, case_id, 11)
    with ctx.uow() as u:  # a store from before the ledger: the household has none yet
        u.session.execute(delete(LedgerPeriod).where(LedgerPeriod.household_id == h.id))
        u.commit()
    assert ledger.value_now(ctx.uow(), h.id, D(2026, 12, 1)) is None
    assert ledger.build(ctx.uow(), D(2026, 12, 5)) >= 1
    assert ledger.value_now(ctx.uow(), h.id, D(2026, 11, 1)) is None  # nothing before the grant's month
    value = ledger.value_now(ctx.uow(), h.id, D(2026, 12, 1))
    assert value is not None and (value.category, value.amount_fen) == ("class2", 31200)
    assert proc.get_case(ctx.uow(), case_id, D(2026, 12, 5)).current[10].fields.start_month == D(2026, 12, 1)
