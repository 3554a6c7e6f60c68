"""The county systems' fields: 主要致贫原因 and 三无 per household, 生活自理能力, 健康状况 and
人员状态 per member — code lists, saved with the household, checked, counted in the statistics."""

import dataclasses
import datetime as dt

import pytest

from dibao_desk import messages
from dibao_desk.domain import household as rules
from dibao_desk.domain.periods import period_of
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import households, statistics
from tests.conftest import make_id, simple_draft
from tests.unit.test_statistics import TODAY, town  # noqa: F401 (fixture)


def test_code_lists_have_the_county_words():
    assert [messages.label("poverty_cause", c) for c in rules.POVERTY_CAUSES] == [
        "疾病", "灾害", "残疾", "缺乏劳动力", "失业", "失地", "其他"]
    assert [messages.label("self_care", c) for c in rules.SELF_CARE] == ["有", "部分", "无"]
    assert [messages.label("health", c) for c in rules.HEALTH] == ["健康", "一般", "重病"]
    assert [messages.label("person_status", c) for c in rules.PERSON_STATUS] == [
        "正常", "失踪", "死亡", "嫁娶", "服刑", "分户迁出"]


def test_the_fields_are_saved_and_read_back(ctx, villages):
    draft = simple_draft(villages["东风村"], head="张三", head_id=make_id("19600315", 11))
    head = dataclasses.replace(draft.members[0], self_care="partial", health="severe", person_status="normal")
    draft = dataclasses.replace(draft, members=(head,), poverty_cause="illness", sanwu=True)
    saved = households.save(ctx.uow(), draft, today=dt.date(2026, 11, 23))
    got = households.get(ctx.uow(), saved.id).draft
    assert (got.poverty_cause, got.sanwu) == ("illness", True)
    assert (got.members[0].self_care, got.members[0].health, got.members[0].person_status) == (
        "partial", "severe", "normal")


def test_a_code_outside_the_lists_is_refused_with_the_allowed_words(ctx, villages):
    draft = simple_draft(villages["东风村"], head="张三", head_id=make_id("19600315", 11))
    bad = dataclasses.replace(draft, poverty_cause="laziness",
                              members=(dataclasses.replace(draft.members[0], person_status="gone"),))
    with pytest.raises(RuleError) as exc:
        households.save(ctx.uow(), bad, today=dt.date(2026, 11, 23))
    texts = [messages.text(p) for p in exc.value.problems]
    assert any("缺乏劳动力" in t for t in texts) and any("分户迁出" in t and "第 1 名" in t for t in texts)


def test_the_statistics_count_the_fields_of_the_households_paid(ctx, town):
    from dibao_desk.models import Household

    with ctx.uow() as uow:
        for key, cause, sanwu in (("h1", "illness", True), ("h2", "disability", False), ("h4", "illness", False)):
            h = uow.session.get(Household, town[key])
            h.poverty_cause, h.sanwu = cause, sanwu
            h.members[0].health = "severe"
            h.members[0].self_care = "unable"
        uow.session.get(Household, town["h3"]).poverty_cause = "disaster"  # cancelled in November: not counted
        uow.commit()
    o = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    t = statistics.fields_table(o)
    rows = {(r[0], r[1]): r[2:] for r in t.rows}
    persons = {k: households.get(ctx.uow(), town[k]).income.persons for k in ("h1", "h2", "h4")}
    assert rows[("主要致贫原因", "疾病")] == (2, persons["h1"] + persons["h4"])
    assert rows[("主要致贫原因", "残疾")] == (1, persons["h2"])
    assert rows[("主要致贫原因", "灾害")] == (0, 0)
    assert rows[("三无人员", "三无人员户")] == (1, persons["h1"])
    assert rows[("健康状况", "重病")] == (3, 3)
    assert rows[("生活自理能力", "无")] == (3, 3)
    assert rows[("人员状态", "正常")][1] == sum(persons.values())
    assert t in statistics.tables(o) or any(x.key == "fields" for x in statistics.tables(o))
