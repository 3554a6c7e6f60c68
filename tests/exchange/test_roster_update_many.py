"""A roster that updates many registered households at once (an office's monthly re-import):
every household ends as the roster lists it, with the members it dropped moved out, its money
proposed, its list columns as the household service makes them, and one audit row each."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import NoReturn

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from dibao_desk.domain import household as rules
from dibao_desk.models import AuditLog, Household, IncomeItem, Member, ReviewEvent
from dibao_desk.services import households as household_service
from dibao_desk.services import proposals
from dibao_desk.services import roster_commit
from dibao_desk.services import roster_import as ri
from tests.conftest import make_id

TODAY = dt.date(2026, 11, 23)
OPTS = ri.ImportOptions(today=TODAY)
COUNT = 200
CLASSES = {"class1": "一类", "class2": "二类", "class3": "三类"}
RELATIONS = {"head": "户主", "spouse": "妻", "son": "子", "daughter": "女"}


def _born(days: int) -> str:
    return (dt.date(1940, 1, 1) + dt.timedelta(days=days)).strftime("%Y%m%d")


def _households(second: bool) -> list[list[tuple[str, str, str]]]:
    """Each household's members (name, ID number, relation code), head first: as first imported,
    or as the second roster lists them. Household k: k % 5 == 0 drops its last member, 1 gains a
    member, 2 has a member renamed and another relation, 3 only its amount differs, 4 is as before
    (every tenth household also drops a member and gains one)."""
    out = []
    for k in range(COUNT):
        size = 2 + k % 3
        members = [(f"户{k}成员{j}", make_id(_born(k * 30 + j * 6000), k % 1000),
                    ("head", "spouse", "son", "daughter")[j]) for j in range(size)]
        if second:
            if k % 5 == 0:
                members.pop()
            if k % 5 == 1 or k % 10 == 0:
                members.append((f"户{k}新成员", make_id("20150615", 500 + k), "daughter"))
            if k % 5 == 2:
                members[1] = (f"户{k}改名", members[1][1], "daughter")
        out.append(members)
    return out


def _amount_fen(k: int, second: bool) -> int:
    return (300 + k) * 100 + (5000 if second and k % 5 == 3 else 0)


def _roster(path, second: bool):
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村（社区）", "姓名", "身份证号", "与户主关系", "保障类别", "月保障金"])
    for k, members in enumerate(_households(second)):
        for j, (name, number, relation) in enumerate(members):
            ws.append([k + 1, "东风村", name, number, RELATIONS[relation], "二类", _amount_fen(k, second) / 100]
                      if j == 0 else [None, None, name, number, RELATIONS[relation], None, None])
    wb.save(path)
    return path


def test_an_update_of_many_households_writes_each_as_the_roster_lists_it(ctx, villages, tmp_path):
    first = ri.commit(ctx.uow(), _roster(tmp_path / "一月.xlsx", False), options=OPTS)
    assert first.households_created == COUNT
    with ctx.uow() as uow:
        s = uow.session
        hid_of = {head: hid for hid, head in s.execute(select(Household.id, Household.head_id_number))}
        member_ids = {number: mid for mid, number in s.execute(select(Member.id, Member.id_number))}
        last_member = max(member_ids.values())
    before = _households(False)
    after = _households(True)

    pv = ri.preview(ctx.uow(), _roster(tmp_path / "二月.xlsx", True), options=OPTS)
    assert not pv.count("error")
    res = ri.commit(ctx.uow(), pv)

    dropped = {k: [m for m in before[k] if m[1] not in {a[1] for a in after[k]}] for k in range(COUNT)}
    changed = [k for k in range(COUNT) if k % 5 != 4]  # k % 5 == 3: only the money, which is proposed
    membership = [k for k in range(COUNT) if k % 5 in (0, 1, 2)]
    assert (res.households_created, res.households_updated, res.households_unchanged) == (
        0, len(membership), COUNT - len(membership))
    assert res.members_moved_out == sum(len(d) for d in dropped.values()) == 40
    assert (res.amounts_proposed, res.amounts_not_proposed) == (len([k for k in changed if k % 5 == 3]), ())

    with ctx.uow() as uow:
        s = uow.session
        new_ids = []
        for k in range(COUNT):
            hid = hid_of[before[k][0][1]]
            h = s.get(Household, hid)
            rows = s.scalars(select(Member).where(Member.household_id == hid).order_by(Member.position)).all()
            # the members as the roster lists them, in its order; those kept keep their rows
            assert [(m.name, m.id_number, m.relation, m.position) for m in rows] == [
                (n, i, r, j) for j, (n, i, r) in enumerate(after[k])]
            for m in rows:
                if m.id_number in member_ids:
                    assert m.id == member_ids[m.id_number]
                else:
                    new_ids.append(m.id)
            # the list columns, as the household service makes them of the household as stored
            draft = household_service.to_draft(h)
            summary = rules.income_summary(draft)
            assert (h.head_name, h.head_sort_key, h.head_id_number, h.person_count, h.covered_count, h.income_fen,
                    h.per_capita_fen, h.search_text) == rules.list_columns(
                [(m.name, m.id_number, m.relation) for m in draft.members], summary.covered_persons,
                summary.counted_fen)
            assert h.person_count == len(after[k])
            # the money as it was: a different amount is proposed, not written
            assert (h.category, h.monthly_benefit_fen) == ("class2", _amount_fen(k, False))
            events = s.scalars(select(ReviewEvent).where(ReviewEvent.household_id == hid)).all()
            audits = s.scalars(select(AuditLog).where(AuditLog.entity == "household", AuditLog.entity_id == hid,
                                                      AuditLog.action == "import_update")).all()
            if dropped[k]:
                assert [(e.kind, e.on, e.source, e.detail) for e in events] == [
                    ("moved_away", TODAY, "二月.xlsx", "、".join(f"{n}（{i}）" for n, i, _r in dropped[k]))]
            else:
                assert events == []
            if k in membership:
                (audit,) = audits
                was, now = json.loads(audit.before), json.loads(audit.after)
                assert [m["id_number"] for m in was["members"]] == [m[1] for m in before[k]]
                assert [m["id_number"] for m in now["members"]] == [m[1] for m in after[k]]
                assert now["file"] == "二月.xlsx"
                assert now.get("moved_out") == ([[n, i] for n, i, _r in dropped[k]] or None)
            else:
                assert audits == []
        # new members numbered after every member there was, in the roster's order
        assert new_ids == sorted(new_ids) and new_ids[0] == last_member + 1
        assert len(new_ids) == len([k for k in range(COUNT) if k % 5 == 1 or k % 10 == 0])
        gone = [i for d in dropped.values() for _n, i, _r in d]
        assert s.scalars(select(Member.id).where(Member.id_number.in_(gone))).all() == []
        summary_row = s.scalars(select(AuditLog).where(AuditLog.entity == "roster_import")
                                .order_by(AuditLog.id.desc())).first()
        assert json.loads(summary_row.after)["members_moved_out"] == 40
    open_ = {p.household_id: p for p in proposals.list_proposals(ctx.uow(), today=TODAY)
             if p.kind == "roster_change"}
    assert {hid: p.after_fen for hid, p in open_.items()} == {
        hid_of[before[k][0][1]]: _amount_fen(k, True) for k in changed if k % 5 == 3}
    # the same roster again: nothing left to change
    again = ri.commit(ctx.uow(), tmp_path / "二月.xlsx", options=OPTS)
    assert (again.households_updated, again.members_moved_out, again.amounts_proposed) == (0, 0, 0)


def _small_roster(path, members):
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村（社区）", "姓名", "身份证号", "与户主关系", "保障类别", "月保障金"])
    for j, (name, number, relation) in enumerate(members):
        ws.append([1, "东风村", name, number, RELATIONS[relation], "二类", 400] if j == 0
                  else [None, None, name, number, RELATIONS[relation], None, None])
    wb.save(path)
    return path


def test_a_member_recorded_as_dead_stays_on_file_when_the_next_roster_leaves_them_out(ctx, villages, tmp_path):
    """The office records the spouse's death (events add --member); next month's roster, made
    from its own Excel, no longer lists her. She stays on file as 死亡 with her date, and is
    not recorded a second time as moved out; only a member still living there and left out is."""
    from dibao_desk.services import events

    head, wife, son = (("张三", make_id("19600315", 11), "head"), ("李梅", make_id("19620402", 22), "spouse"),
                       ("张小明", make_id("20100601", 33), "son"))
    ri.commit(ctx.uow(), _small_roster(tmp_path / "十一月.xlsx", [head, wife, son]), options=OPTS)
    with ctx.uow() as uow:
        hid = uow.session.scalar(select(Household.id))
        wife_id = uow.session.scalar(select(Member.id).where(Member.id_number == wife[1]))
    events.add_event(ctx.uow(), hid, "death", dt.date(2026, 11, 30), member_id=wife_id, today=dt.date(2026, 11, 30))

    later = ri.ImportOptions(today=dt.date(2026, 12, 31))
    pv = ri.preview(ctx.uow(), _small_roster(tmp_path / "十二月.xlsx", [head, son]), options=later)
    assert pv.members_gone == 0 and pv.households[0].gone == ()
    res = ri.commit(ctx.uow(), pv)
    assert res.members_moved_out == 0

    with ctx.uow() as uow:
        rows = uow.session.execute(select(Member.name, Member.person_status, Member.status_on)
                                   .where(Member.household_id == hid).order_by(Member.position)).all()
    assert [tuple(r) for r in rows] == [("张三", "normal", None), ("李梅", "dead", dt.date(2026, 11, 30)),
                                        ("张小明", "normal", None)]

    # the son, still living there, left out of January's roster is moved out as before
    pv = ri.preview(ctx.uow(), _small_roster(tmp_path / "一月.xlsx", [head]), options=ri.ImportOptions(
        today=dt.date(2027, 1, 31)))
    assert pv.households[0].gone == (("张小明", son[1]),)
    assert ri.commit(ctx.uow(), pv).members_moved_out == 1
    with ctx.uow() as uow:
        names = uow.session.scalars(select(Member.name).where(Member.household_id == hid)).all()
    assert sorted(names) == ["张三", "李梅"]


def test_an_update_that_fails_after_writing_its_households_leaves_the_store_as_it_was(
        ctx, villages, tmp_path, monkeypatch):
    ri.commit(ctx.uow(), _roster(tmp_path / "一月.xlsx", False), options=OPTS)

    def store() -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], int]:
        with ctx.uow() as uow:
            s = uow.session
            households = s.execute(select(Household.id, Household.head_name, Household.person_count,
                                          Household.updated_at).order_by(Household.id))
            members = s.execute(select(Member.id, Member.household_id, Member.name, Member.relation,
                                       Member.position).order_by(Member.id))
            return ([tuple(r) for r in households], [tuple(r) for r in members],
                    len(s.scalars(select(AuditLog.id)).all()))

    was = store()
    pv = ri.preview(ctx.uow(), _roster(tmp_path / "二月.xlsx", True), options=OPTS)

    def fail(*_args: object, **_kwargs: object) -> NoReturn:  # the amounts, written after the households
        raise OSError("disk full")

    monkeypatch.setattr(roster_commit, "_propose_money", fail)
    with pytest.raises(OSError):
        ri.commit(ctx.uow(), pv)
    assert store() == was
    monkeypatch.undo()
    res = ri.commit(ctx.uow(), pv)  # and the same roster goes in once the fault is gone
    assert res.households_updated == len([k for k in range(COUNT) if k % 5 in (0, 1, 2)])
    assert store() != was


def _one_household(path: Path, members: list[tuple[str, str, str]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["序号", "村（社区）", "姓名", "身份证号", "与户主关系", "保障类别", "月保障金"])
    for j, (name, number, relation) in enumerate(members):
        ws.append([1, "东风村", name, number, relation, "二类", 300] if j == 0 else [None, None, name, number, relation,
                                                                                   None, None])
    wb.save(path)
    return path


def test_an_update_counts_the_incomes_of_the_members_it_keeps_drops_and_adds(ctx, villages, tmp_path):
    """The list columns of a household whose members are dropped and added by the roster count each
    income as the household's form does: a member kept keeps theirs, the income of a member moved
    out becomes no one's, and that of a member recorded as dead is left out."""
    head, spouse, grandmother, son = (("王大", make_id("19700101", 1), "户主"), ("李花", make_id("19720202", 2), "妻"),
                                      ("赵婆", make_id("19400303", 3), "母亲"), ("王小", make_id("20000404", 4), "子"))
    daughter = ("王妹", make_id("20150505", 5), "女")
    ri.commit(ctx.uow(), _one_household(tmp_path / "一月.xlsx", [head, spouse, grandmother, son]), options=OPTS)
    with ctx.uow() as uow:
        s = uow.session
        h = s.scalars(select(Household)).one()
        ids = {m.id_number: m.id for m in h.members}
        for m in h.members:
            if m.id_number == grandmother[1]:
                m.person_status, m.status_on = "dead", dt.date(2026, 10, 1)
        for number, kind, fen in ((spouse[1], "wages", 80000), (grandmother[1], "pension", 30000),
                                  (son[1], "wages", 120000)):
            s.add(IncomeItem(household_id=h.id, member_id=ids[number], kind=kind, amount_fen=fen))
        uow.commit()

    pv = ri.preview(ctx.uow(), _one_household(tmp_path / "二月.xlsx", [head, son, daughter]), options=OPTS)
    res = ri.commit(ctx.uow(), pv)
    assert (res.households_updated, res.members_moved_out) == (1, 1)
    with ctx.uow() as uow:
        h = uow.session.scalars(select(Household)).one()
        assert [(m.name, m.person_status) for m in h.members] == [
            ("王大", "normal"), ("赵婆", "dead"), ("王小", "normal"), ("王妹", "normal")]
        draft = household_service.to_draft(h)
        summary = rules.income_summary(draft)
        assert summary.counted_fen == 80000 + 120000 + sum(
            i.amount_fen for i in h.incomes if i.member_id is None and i.kind == "other")
        assert (h.head_name, h.head_sort_key, h.head_id_number, h.person_count, h.covered_count, h.income_fen,
                h.per_capita_fen, h.search_text) == rules.list_columns(
            [(m.name, m.id_number, m.relation) for m in draft.present_only().members], summary.covered_persons,
            summary.counted_fen)._replace(person_count=summary.persons)
        assert (h.person_count, h.income_fen) == (3, summary.counted_fen)
