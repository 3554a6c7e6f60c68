"""`dibao-desk events add --member`: a member's death re-assesses the household, from a terminal."""

from dibao_desk.domain.household import MemberDraft
from dibao_desk.services import households, proposals
from tests.cli.terminal import run
from tests.helpers import make_id
from tests.unit.test_ledger import D, put_on_benefit

SPOUSE, SON = make_id("19620402", 22), make_id("20150601", 33)


def test_a_member_s_death_by_name_opens_a_change_for_the_two_who_remain_31_january(ctx, make_household, capsys):
    hh = make_household(wages_fen=60000, extra_members=(MemberDraft("李梅", SPOUSE, "spouse"),
                                                        MemberDraft("张小明", SON, "son")))
    put_on_benefit(ctx, hh.id, category="class3", fen=75000, today=D(2027, 1, 31))
    assert run(ctx, "events", "add", "--household", str(hh.id), "--kind", "death", "--date", "2027-01-31",
               "--today", "2027-01-31") == 1
    assert "该户有几名成员，请选择“成员死亡”的是哪位成员" in capsys.readouterr().err
    assert run(ctx, "events", "add", "--household", str(hh.id), "--kind", "death", "--date", "2027-01-31",
               "--member", "王五", "--today", "2027-01-31") == 1
    assert "没有姓名或身份证号为“王五”的成员" in capsys.readouterr().err
    assert run(ctx, "events", "add", "--household", str(hh.id), "--kind", "death", "--date", "2027-01-31",
               "--member", "李梅", "--today", "2027-01-31") == 0
    out = capsys.readouterr().out
    assert "李梅 的人员状态记为“死亡”（2027-01-31 起），该户还有 2 人共同生活" in out
    assert "已提出变更（家庭成员减少" in out and "从 2027-02 起" in out and "取消保障" not in out
    row = proposals.list_proposals(ctx.uow(), today=D(2027, 1, 31))[0]
    assert (row.kind, row.before_fen, row.after_fen, row.effective_month) == (
        "member_left", 75000, 30000, D(2027, 2, 1))
    assert run(ctx, "proposals", "--today", "2027-01-31") == 0
    assert "家庭成员减少" in capsys.readouterr().out
    assert run(ctx, "events", "list", "--household", str(hh.id)) == 0
    assert "成员死亡　李梅" in capsys.readouterr().out  # whose death, though no 说明 was typed
    # the son marries out by ID number; the head is the one left
    assert run(ctx, "events", "add", "--household", str(hh.id), "--kind", "moved_away", "--date", "2027-01-31",
               "--member", SON, "--as", "married_out", "--today", "2027-01-31") == 0
    out = capsys.readouterr().out
    assert "人员状态记为“嫁娶”" in out and "办理中的案件" in out  # the first change is still open
    members = households.get(ctx.uow(), hh.id).draft.members
    assert [m.person_status for m in members] == ["normal", "dead", "married_out"]


def test_the_death_of_a_one_person_household_needs_no_member_and_cancels(ctx, make_household, capsys):
    hh = make_household(wages_fen=0)
    put_on_benefit(ctx, hh.id, today=D(2026, 12, 31))
    assert run(ctx, "events", "add", "--household", str(hh.id), "--kind", "death", "--date", "2026-12-31",
               "--today", "2026-12-31") == 0
    out = capsys.readouterr().out
    assert "张三 的人员状态记为“死亡”" in out and "该户已没有共同生活的成员" in out and "已登记取消保障，已提出" in out


def test_the_head_s_death_names_the_new_head_and_asks_for_the_new_head_s_account(ctx, make_household, capsys):
    hh = make_household(wages_fen=0, extra_members=(MemberDraft("李梅", SPOUSE, "spouse"),),
                        bank_account="6217000011112222")
    put_on_benefit(ctx, hh.id, today=D(2026, 12, 31))
    assert run(ctx, "events", "add", "--household", str(hh.id), "--kind", "death", "--date", "2026-12-31",
               "--member", "张三", "--today", "2026-12-31") == 0
    out = capsys.readouterr().out
    assert "户主改为 李梅" in out and "改为新户主的开户行和账号" in out
    assert households.get(ctx.uow(), hh.id).draft.members[1].relation == "head"


def test_the_son_named_head_re_bases_the_others_and_names_those_to_check(ctx, make_household, capsys):
    hh = make_household(wages_fen=0, extra_members=(
        MemberDraft("李梅", SPOUSE, "spouse"), MemberDraft("张大伟", make_id("19880301", 13), "son"),
        MemberDraft("张四", make_id("19650909", 55), "sibling")))
    assert run(ctx, "events", "add", "--household", str(hh.id), "--kind", "death", "--date", "2026-12-31",
               "--member", "张三", "--new-head", "张大伟", "--today", "2026-12-31") == 0
    out = capsys.readouterr().out
    assert "张四 与新户主的关系无法确定，已记为“其他”" in out
    assert [(m.name, m.relation) for m in households.get(ctx.uow(), hh.id).draft.members] == [
        ("张三", "head"), ("李梅", "mother"), ("张大伟", "head"), ("张四", "other")]


def test_a_death_entered_by_mistake_is_undone_from_a_terminal(ctx, make_household, capsys):
    hh = make_household(wages_fen=0, extra_members=(MemberDraft("李梅", SPOUSE, "spouse"),),
                        bank_account="6217000011112222")
    put_on_benefit(ctx, hh.id, today=D(2026, 12, 31))
    assert run(ctx, "events", "add", "--household", str(hh.id), "--kind", "death", "--date", "2026-12-31",
               "--member", "张三", "--today", "2026-12-31") == 0
    case_id = proposals.list_proposals(ctx.uow(), today=D(2026, 12, 31))[0].case_id
    capsys.readouterr()
    assert run(ctx, "events", "list", "--household", str(hh.id)) == 0
    event_id = int(capsys.readouterr().out.split("　")[0])
    assert run(ctx, "events", "undo", str(event_id), "--reason", " ", "--today", "2027-01-04") == 1
    assert "请写明撤销的原因" in capsys.readouterr().err
    assert run(ctx, "events", "undo", str(event_id), "--reason", "误录", "--today", "2027-01-04") == 0
    out = capsys.readouterr().out
    assert f"已撤销：户 {hh.id} 2026-12-31 的“成员死亡”（变故 {event_id}）" in out
    assert "张三 的人员状态恢复为“正常”，户主为 张三" in out and f"其提出的案件 {case_id} 已撤回" in out
    assert [(m.name, m.relation, m.person_status) for m in households.get(ctx.uow(), hh.id).draft.members] == [
        ("张三", "head", "normal"), ("李梅", "spouse", "normal")]
    assert run(ctx, "events", "list", "--household", str(hh.id)) == 0
    assert "没有登记的变故" in capsys.readouterr().out
