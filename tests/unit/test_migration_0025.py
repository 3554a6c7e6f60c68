"""Revision 0025 (the county keeps each 追回 entry's 其中待银行回执) from a 0024 county store
that holds a township's register."""

from dibao_desk.services import county_money, exchange
from dibao_desk.services.context import open_context
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx  # noqa: F401
from tests.exchange.test_county_money import _roster_with_register
from tests.helpers import downgrade_store, previous_revision


def test_a_0024_county_store_keeps_its_register_and_then_keeps_the_figure(county_ctx, tmp_path):
    exchange.import_package(county_ctx.uow(), _roster_with_register(
        tmp_path / "a.xlsx", "360426100000", "德安镇", [("R1", 60000, 30000, 20000)]), today=TODAY)
    assert previous_revision("0025") == "0024"
    data_dir = downgrade_store(county_ctx, "0024")
    again = open_context(data_dir)  # 0024 -> head
    try:
        rows = county_money.recovery_entries(again.uow())
        assert [(r.entry_ref, r.recovered_fen, r.balance_fen, r.awaiting_fen) for r in rows] == [
            ("R1", 30000, 30000, 0)]  # not kept before: 0 until the township's next package
        exchange.import_package(again.uow(), _roster_with_register(
            tmp_path / "b.xlsx", "360426100000", "德安镇", [("R1", 60000, 40000, 25000)], sequence=2), today=TODAY)
        rows = county_money.recovery_entries(again.uow())
        assert [(r.entry_ref, r.recovered_fen, r.awaiting_fen) for r in rows] == [("R1", 40000, 25000)]
    finally:
        again.close()
