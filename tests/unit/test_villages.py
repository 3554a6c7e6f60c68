"""Villages after the first start (services/villages.py): rename, population, retire and
reinstate, and a merge that moves every row filed by village, each change audited."""

import datetime as dt

import pytest
from sqlalchemy import select

from dibao_desk.domain.problems import RuleError
from dibao_desk.messages import text
from dibao_desk.models import AuditLog, FilingStaff, Household
from dibao_desk.services import households, office, relatives, villages as service
from tests.helpers import make_id


def audited(ctx, action: str) -> list[tuple[str, str, str]]:
    """(action, before, after) of the village audit rows of one action, oldest first."""
    with ctx.uow() as uow:
        return [tuple(r) for r in uow.session.execute(
            select(AuditLog.action, AuditLog.before, AuditLog.after)
            .where(AuditLog.entity == "village", AuditLog.action == action).order_by(AuditLog.id))]


def test_a_rename_keeps_the_households_and_refuses_a_name_taken(ctx, villages, make_household):
    hh = make_household()
    renamed = service.rename_village(ctx.uow(), villages["东风村"], " 东风新村 ", kind="community")
    assert (renamed.name, renamed.kind, renamed.population) == ("东风新村", "community", 1800)
    assert households.get(ctx.uow(), hh.id).draft.village_id == villages["东风村"]
    [(_, before, after)] = audited(ctx, "rename")
    assert '"东风村"' in before and '"东风新村"' in after
    with pytest.raises(RuleError) as info:
        service.rename_village(ctx.uow(), villages["东风村"], "向阳社区")
    assert [p.code for p in info.value.problems] == ["village.duplicate"]
    with pytest.raises(RuleError):
        service.set_population(ctx.uow(), villages["东风村"], -1)
    assert service.set_population(ctx.uow(), villages["东风村"], 2100).population == 2100
    assert [(v.name, v.population) for v in office.list_villages(ctx.uow())] == [
        ("东风新村", 2100), ("向阳社区", 3200)]


def test_a_merge_moves_households_and_cadres_adds_the_population_and_removes_the_village(
        ctx, villages, make_household):
    east, sun = villages["东风村"], villages["向阳社区"]
    make_household(head="张三", head_id=make_id("19600101", 11), village="东风村")
    make_household(head="李四", head_id=make_id("19610101", 13), village="东风村")
    make_household(head="王五", head_id=make_id("19620101", 15), village="向阳社区")
    relatives.add_relative(ctx.uow(), staff_id_number=make_id("19700101", 31), staff_name="赵村长",
                           role="village_cadre", village_id=east, id_number=make_id("19720101", 33),
                           name="赵小妹", relation="sibling", today=dt.date(2026, 11, 30))
    with pytest.raises(RuleError):
        service.merge_villages(ctx.uow(), east, east)

    result = service.merge_villages(ctx.uow(), east, sun)
    assert (result.households, result.other_rows) == (2, 1)
    assert (result.into.name, result.into.population) == ("向阳社区", 5000)
    assert [v.name for v in office.list_villages(ctx.uow())] == ["向阳社区"]
    with ctx.uow() as uow:
        assert set(uow.session.scalars(select(Household.village_id))) == {sun}
        assert list(uow.session.scalars(select(FilingStaff.village_id))) == [sun]
    [(_, _before, after)] = audited(ctx, "merge")
    assert '"households": 2' in after and f'"removed": {east}' in after


def test_a_retired_village_can_be_reinstated_and_is_not_retired_twice(ctx, villages):
    east = villages["东风村"]
    assert service.retire_village(ctx.uow(), east, dt.date(2026, 11, 30)).retired_on == dt.date(2026, 11, 30)
    with pytest.raises(RuleError) as info:
        service.retire_village(ctx.uow(), east, dt.date(2026, 12, 31))
    assert [p.code for p in info.value.problems] == ["village.retired_already"]
    assert service.reinstate_village(ctx.uow(), east).retired_on is None
    assert [r[0] for r in audited(ctx, "retire") + audited(ctx, "reinstate")] == ["retire", "reinstate"]
    with pytest.raises(RuleError) as info:
        service.set_population(ctx.uow(), 999, 10)
    assert [p.code for p in info.value.problems] == ["village.missing"]


def test_a_merge_into_a_retired_village_is_refused_and_moves_nothing(ctx, villages, make_household):
    east, sun = villages["东风村"], villages["向阳社区"]
    make_household(head="张三", head_id=make_id("19600101", 11), village="东风村")
    service.retire_village(ctx.uow(), sun, dt.date(2026, 11, 30))
    with pytest.raises(RuleError) as info:
        service.merge_villages(ctx.uow(), east, sun)
    [problem] = info.value.problems
    assert problem.code == "village.merge_retired"
    assert text(problem) == (
        "“向阳社区”已于 2026-11-30 停用，不能把其他村（社区）并入；请先恢复使用，或选择仍在使用的村（社区）")
    assert [(v.name, v.population) for v in office.list_villages(ctx.uow())] == [
        ("东风村", 1800), ("向阳社区", 3200)]
    with ctx.uow() as uow:
        assert list(uow.session.scalars(select(Household.village_id))) == [east]
    assert audited(ctx, "merge") == []
