"""`dibao-desk assistance` from a terminal."""

from __future__ import annotations

from dibao_desk.services import assistance
from tests.cli import terminal


def run(ctx, *args):
    return terminal.run(ctx, "assistance", *args)


def test_add_then_list_shows_the_item_and_what_a_cancellation_would_lose(ctx, make_household, capsys):
    from dibao_desk.models import Household

    h = make_household(wages_fen=0)
    with ctx.uow() as uow:  # test set-up: a household on dibao
        uow.session.get(Household, h.id).status = "receiving"
        uow.commit()
    assert run(ctx, "add", "--household", str(h.id), "--kind", "medical", "--amount", "1,250.5",
               "--giver", "县医保局") == 0
    assert "医疗救助 1250.50 元" in capsys.readouterr().out
    assert run(ctx, "list", "--household", str(h.id)) == 0
    out = capsys.readouterr().out
    assert "县医保局" in out and "全户" in out
    assert "将同时失去以下联动救助（近一年）：医疗救助 1250.50 元" in out


def test_bad_input_gets_a_chinese_message_and_writes_nothing(ctx, make_household, capsys):
    h = make_household(wages_fen=0)
    assert run(ctx, "add", "--household", str(h.id), "--kind", "heating", "--amount", "abc", "--giver", "x") == 2
    assert "金额“abc”不是数字" in capsys.readouterr().err
    assert run(ctx, "add", "--household", str(h.id), "--kind", "heating", "--amount", "200",
               "--giver", "县住建局", "--date", "2999-01-01") == 1
    assert "晚于今天" in capsys.readouterr().err
    assert run(ctx, "add", "--household", str(h.id), "--kind", "heating", "--amount", "200",
               "--giver", "县住建局", "--date", "2026-02-30") == 2
    assert "格式不对" in capsys.readouterr().err
    assert assistance.list_for(ctx.uow(), h.id) == []


def test_remove_deletes_one_item(ctx, make_household, capsys):
    h = make_household(wages_fen=0)
    run(ctx, "add", "--household", str(h.id), "--kind", "temporary", "--amount", "500", "--giver", "镇民政办")
    item = assistance.list_for(ctx.uow(), h.id)[0].id
    assert run(ctx, "remove", str(item)) == 0
    assert assistance.list_for(ctx.uow(), h.id) == []
    assert run(ctx, "remove", str(item)) == 1
    assert "已不存在" in capsys.readouterr().err


def test_the_same_item_added_twice_is_refused_and_counted_once(ctx, make_household, capsys):
    """The command run again (a retry after a doubt): the second is refused, as in the window."""
    h = make_household(wages_fen=0)
    args = ("add", "--household", str(h.id), "--kind", "temporary", "--amount", "1000.5", "--giver", "镇民政办",
            "--date", "2026-02-28")
    assert run(ctx, *args) == 0
    capsys.readouterr()
    assert run(ctx, *args) == 1
    assert "2026-02-28 已登记过同一笔“临时救助”1000.50 元" in capsys.readouterr().err
    assert [i.amount_fen for i in assistance.list_for(ctx.uow(), h.id)] == [100050]


def test_list_names_a_member_who_left_instead_of_the_household(ctx, make_household, capsys):
    import dataclasses

    from dibao_desk.services import households
    from tests.conftest import MemberDraft, make_id

    kid = MemberDraft("张小", make_id("20150101", 22), "daughter", work_capacity="none")
    h = make_household(wages_fen=0, extra_members=[kid])
    assert run(ctx, "add", "--household", str(h.id), "--kind", "education", "--amount", "500",
               "--giver", "县教育局", "--member", kid.id_number, "--date", "2026-09-01") == 0
    households.save(ctx.uow(), dataclasses.replace(h.draft, members=h.draft.members[:1]), h.id)
    capsys.readouterr()
    assert run(ctx, "list", "--household", str(h.id)) == 0
    out = capsys.readouterr().out
    assert "全户" not in out and "已不在本户" in out


def test_list_of_a_household_that_does_not_exist_says_so(ctx, make_household, capsys):
    """A mistyped number answered 第 9999 户没有登记联动救助, as if the household had been given
    nothing."""
    h = make_household(wages_fen=0)
    assert run(ctx, "list", "--household", str(h.id + 9999)) == 1
    assert f"找不到编号为 {h.id + 9999} 的家庭" in capsys.readouterr().err
    assert run(ctx, "list", "--household", str(h.id)) == 0
    assert f"第 {h.id} 户没有登记联动救助" in capsys.readouterr().out


def test_list_marks_a_member_who_married_out(ctx, make_household, capsys):
    import dataclasses
    import datetime as dt

    from dibao_desk.domain.assistance import AssistanceDraft
    from dibao_desk.services import households
    from tests.conftest import MemberDraft, make_id

    kid = MemberDraft("张小", make_id("20000101", 22), "daughter")
    h = make_household(wages_fen=0, extra_members=[kid])
    assistance.add(ctx.uow(), h.id, AssistanceDraft("education", 50000, dt.date(2026, 9, 1), "县教育局",
                                                    kid.id_number), dt.date(2026, 11, 30))
    gone = dataclasses.replace(h.draft.members[1], person_status="married_out", status_on=dt.date(2026, 10, 1))
    households.save(ctx.uow(), dataclasses.replace(h.draft, members=[h.draft.members[0], gone]), h.id,
                    today=dt.date(2026, 11, 30))
    assert run(ctx, "list", "--household", str(h.id)) == 0
    assert "张小（已不在本户）" in capsys.readouterr().out


def test_add_is_given_on_the_command_s_day(ctx, make_household, capsys):
    """Acting on 29 February 2028 (the computer says otherwise): an item given that day is no date
    ahead, and one without --date is given that day."""
    h = make_household(wages_fen=0)
    assert run(ctx, "add", "--household", str(h.id), "--kind", "medical", "--amount", "300", "--date", "2028-02-29",
               "--giver", "县医保局", "--today", "2028-02-29") == 0, capsys.readouterr().err
    assert run(ctx, "add", "--household", str(h.id), "--kind", "heating", "--amount", "200",
               "--giver", "镇政府", "--today", "2028-02-29") == 0, capsys.readouterr().err
    assert sorted((i.kind, i.given_on.isoformat()) for i in assistance.list_for(ctx.uow(), h.id)) == [
        ("heating", "2028-02-29"), ("medical", "2028-02-29")]
    assert run(ctx, "add", "--household", str(h.id), "--kind", "medical", "--amount", "300", "--date", "2028-03-01",
               "--giver", "县医保局", "--today", "2028-02-29") == 1
    assert "给予日期 2028-03-01 晚于今天" in capsys.readouterr().err
