"""Revision 0024 (an index on income_item.member_id) from a 0023 store holding a member's income."""

import datetime as dt
import sqlite3
from dataclasses import replace

from dibao_desk.domain.household import HouseholdDraft, IncomeDraft, MemberDraft
from dibao_desk.models.store import DB_NAME
from dibao_desk.services import households
from dibao_desk.services.context import open_context
from tests.helpers import downgrade_store, make_id, previous_revision

TODAY = dt.date(2026, 11, 23)


def _indexes(data_dir) -> set[str]:
    con = sqlite3.connect(data_dir / DB_NAME)
    try:
        return {name for (name,) in con.execute("select name from sqlite_master where type = 'index' "
                                                "and tbl_name = 'income_item'")}
    finally:
        con.close()


def test_a_0023_store_keeps_its_members_incomes_and_gets_the_index(ctx, villages):
    draft = HouseholdDraft(
        village_id=villages["东风村"], hukou_type="rural",
        members=(MemberDraft("张三", make_id("19600315", 11), "head"),
                 MemberDraft("张小明", make_id("19900606", 33), "son")),
        incomes=(IncomeDraft("wages", 120000, 1), IncomeDraft("support", 30000, None)))
    saved = households.save(ctx.uow(), draft, today=TODAY)
    assert previous_revision("0024") == "0023"
    data_dir = downgrade_store(ctx, "0023")
    assert "ix_income_item_member_id" not in _indexes(data_dir)
    again = open_context(data_dir)  # 0023 -> head
    try:
        kept = households.get(again.uow(), saved.id).draft
        assert [(i.kind, i.amount_fen, i.member_index) for i in kept.incomes] == [
            ("wages", 120000, 1), ("support", 30000, None)]
        # the son leaves the household: his income stays, no longer his
        households.save(again.uow(), replace(kept, members=kept.members[:1], incomes=kept.incomes[1:]), saved.id,
                        today=TODAY)
        assert [(i.kind, i.amount_fen) for i in households.get(again.uow(), saved.id).draft.incomes] == [
            ("support", 30000)]
    finally:
        again.close()
    assert "ix_income_item_member_id" in _indexes(data_dir)
