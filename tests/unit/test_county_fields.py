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
    persons = {"h1": 2, "h2": 3, "h4": 1}  # the persons the ledger pays November for (town)
    assert rows[("主要致贫原因", "疾病")] == (2, persons["h1"] + persons["h4"])
    assert rows[("主要致贫原因", "残疾")] == (1, persons["h2"])
    assert rows[("主要致贫原因", "灾害")] == (0, 0)
    assert rows[("三无人员", "三无人员户")] == (1, persons["h1"])
    assert rows[("健康状况", "重病")] == (3, 3)
    assert rows[("生活自理能力", "无")] == (3, 3)
    assert rows[("人员状态", "正常")] == (3, 3)  # each household holds one member (its ledger months are made up)
    assert t in statistics.tables(o) or any(x.key == "fields" for x in statistics.tables(o))


@pytest.mark.pg_store  # the one-pass count is SQL both engines must run alike
def test_the_member_fields_are_counted_per_household_and_person_with_any_mix_of_codes(ctx, make_household):
    """Households of several members with mixed codes: a code's households are those with at
    least one such member, its persons the members; a household not paid is left out; a code
    written outside the lists (an old import) is still counted, as it is."""
    from dibao_desk.domain.household import MemberDraft
    from dibao_desk.models import Household
    from tests.unit.test_statistics import grant

    def member(seq, relation, self_care, health, status="normal"):
        return MemberDraft(f"成员{seq}", make_id("19900101", seq), relation, self_care=self_care, health=health,
                           person_status=status,  # died in November: still paid for it
                           status_on=dt.date(2026, 11, 20) if status == "dead" else None)

    a = make_household(head="甲", head_id=make_id("19500101", 41), wages_fen=0,
                       extra_members=(member(43, "spouse", "able", "severe"), member(45, "son", "unable", "",
                                                                                      "dead"))).id
    b = make_household(head="乙", head_id=make_id("19600101", 51), village="向阳社区", wages_fen=0,
                       extra_members=(member(53, "spouse", "", "fair", "missing"),)).id
    c = make_household(head="丙", head_id=make_id("19700101", 61), wages_fen=0,
                       extra_members=(member(63, "spouse", "partial", "healthy"),)).id
    with ctx.uow() as uow:
        for hid in (a, b, c):
            uow.session.get(Household, hid).status = "receiving"
        heads = {hid: uow.session.get(Household, hid).members[0] for hid in (a, b)}
        heads[a].self_care, heads[a].health = "able", ""
        heads[b].self_care, heads[b].health = "able", "fair"
        uow.commit()
    grant(ctx, a, dt.date(2026, 1, 1), "receiving", "class1", 3, 60000, paid_through=dt.date(2025, 12, 1))
    grant(ctx, b, dt.date(2026, 1, 1), "receiving", "class2", 2, 40000, paid_through=dt.date(2025, 12, 1))
    grant(ctx, c, dt.date(2026, 1, 1), "cancelled", "", 0, 0, paid_through=dt.date(2025, 12, 1))  # not paid

    def counts(village=None):
        o = statistics.overview(ctx.uow(), period_of("2026-11"), village, today=TODAY)
        return {(f, code): (n, p) for f, code, n, p in o.fields if f not in ("poverty_cause", "sanwu")}

    assert counts() == {
        ("self_care", "able"): (2, 3), ("self_care", "unable"): (1, 1), ("self_care", ""): (1, 1),
        ("health", ""): (1, 2), ("health", "severe"): (1, 1), ("health", "fair"): (1, 2),
        ("person_status", "normal"): (2, 3), ("person_status", "dead"): (1, 1), ("person_status", "missing"): (1, 1)}
    from dibao_desk.models import statistics as sql

    with ctx.uow() as uow:  # counted in one pass, not by the plain grouped queries kept for odd codes
        assert sql._member_codes(uow.session.connection(), dt.date(2026, 11, 1), None) is not None
    village_b = households.get(ctx.uow(), b).draft.village_id
    assert counts(village_b) == {("self_care", "able"): (1, 1), ("self_care", ""): (1, 1), ("health", "fair"): (1, 2),
                                 ("person_status", "normal"): (1, 1), ("person_status", "missing"): (1, 1)}

    with ctx.uow() as uow:  # a code no list holds, as an old import may have left it
        uow.session.get(Household, a).members[2].health = "bedrid"
        uow.commit()
    got = counts()
    with ctx.uow() as uow:
        assert sql._member_codes(uow.session.connection(), dt.date(2026, 11, 1), None) is None
    assert got[("health", "bedrid")] == (1, 1) and got[("health", "")] == (1, 1)
    assert got[("self_care", "able")] == (2, 3) and got[("person_status", "dead")] == (1, 1)
    assert statistics.fields_table(statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)).rows


@pytest.mark.pg_store  # the persons the month pays for: SQL both engines must run alike
@pytest.mark.parametrize("death_day", [dt.date(2026, 12, 31), dt.date(2026, 12, 1)])
def test_the_structure_counts_the_persons_the_month_pays_for_as_the_basic_table_does(ctx, make_household,
                                                                                    death_day):
    """A household of four, one of them not covered (不享受), whose wife dies in December (a 变更
    for those remaining, granted in January): December pays for three, January for two, and
    every field of 保障对象结构 counts those persons — the wife under 死亡 in December only,
    the member not covered never — so its totals are the 保障人数 of the 基本情况表."""
    from dibao_desk.domain.household import MemberDraft
    from dibao_desk.services import events
    from tests.helpers import walk_case
    from tests.unit.test_member_events import SON, SPOUSE, member, receiving

    hid = make_household(wages_fen=60000, extra_members=(
        MemberDraft("李梅", SPOUSE, "spouse", self_care="partial"),
        MemberDraft("张小明", SON, "son", employment="student", self_care="able"),
        MemberDraft("张大明", make_id("19900101", 71), "son", covered=False, not_covered_reason="在外工作，不在一起生活",
                    self_care="able"))).id
    receiving(ctx, hid, dt.date(2026, 12, 1), death_day)
    wife, *_ = member(ctx, hid, "李梅")
    change = events.add_event(ctx.uow(), hid, "death", death_day, member_id=wife, today=death_day).change
    walk_case(ctx, change.case_id, dt.date(2027, 1, 4))

    def figures(month, today):
        o = statistics.overview(ctx.uow(), period_of(month), today=today)
        persons = o.totals.persons
        by_field: dict[str, int] = {}
        for f, code, _n, p in o.fields:
            by_field[f] = by_field.get(f, 0) + p
        statuses = {code: p for f, code, _n, p in o.fields if f == "person_status"}
        return persons, by_field, statuses

    persons, by_field, statuses = figures("2026-12", dt.date(2026, 12, 31))
    assert persons == 3
    assert by_field == dict.fromkeys(("poverty_cause", "sanwu", "self_care", "health", "person_status"), 3)
    assert statuses == {"normal": 2, "dead": 1}
    persons, by_field, statuses = figures("2027-01", dt.date(2027, 1, 31))
    assert persons == 2
    assert by_field == dict.fromkeys(("poverty_cause", "sanwu", "self_care", "health", "person_status"), 2)
    assert statuses == {"normal": 2}
    table = statistics.fields_table(statistics.overview(ctx.uow(), period_of("2027-01"), today=dt.date(2027, 1, 31)))
    rows = {(r[0], r[1]): r[2:] for r in table.rows}
    assert rows[("人员状态", "死亡")] == (0, 0) and rows[("人员状态", "正常")] == (1, 2)
    assert rows[("生活自理能力", "部分")] == (0, 0) and rows[("生活自理能力", "有")] == (1, 1)
    assert "各项人数合计与基本情况表保障人数相同" in table.note
