"""Revision 0027 (the county keeps the townships' 补发 and 专项补贴 rosters, county_payment_other)
from the previous revision's county store holding a township's payments of two periods: the
rosters the packages carried, kept until then only in the audit, are shown after the upgrade."""

import datetime as dt
import sqlite3

from dibao_desk.domain.payroll import PayrollKind
from dibao_desk.services import county_money, exchange
from dibao_desk.services.context import open_context
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx  # noqa: F401
from tests.exchange.test_county_money import _line, _payments_package
from tests.helpers import downgrade_store, previous_revision

SIGNED = dt.date(2026, 11, 30)


def test_a_county_store_of_the_previous_revision_shows_the_rosters_its_packages_carried(county_ctx, tmp_path):
    others = [("专项补贴", "冬季取暖补贴", "2026-11", "刘镇长", SIGNED, 3, 6, 30000),
              ("补发", "", "2026-11", "刘镇长", SIGNED, 1, 2, 31000)]
    # October's package was replaced by a second one: its rosters are the second's
    _payments_package(tmp_path / "oct1.xlsx", [_line("张三", "1", 2, 31000)], {}, sequence=1, period="2026-10",
                      others=[("补发", "", "2026-10", "刘镇长", dt.date(2026, 10, 31), 2, 4, 99000)])
    _payments_package(tmp_path / "oct2.xlsx", [_line("张三", "1", 2, 31000)], {}, sequence=2, period="2026-10",
                      others=[("补发", "", "2026-10", "刘镇长", dt.date(2026, 10, 31), 1, 2, 12000)])
    _payments_package(tmp_path / "nov.xlsx", [_line("张三", "1", 2, 31000)], {}, sequence=3, others=others)
    for name in ("oct1", "oct2", "nov"):
        exchange.import_package(county_ctx.uow(), tmp_path / f"{name}.xlsx", today=TODAY)
    previous = previous_revision("0027")
    assert previous == "0026"
    data_dir = downgrade_store(county_ctx, previous)
    con = sqlite3.connect(data_dir / "dibao.sqlite3")
    assert "county_payment_other" not in {r[0] for r in con.execute("select name from sqlite_master")}
    con.close()

    again = open_context(data_dir)  # previous -> head
    try:
        rows = county_money.other_rosters(again.uow())
        assert [(r.period, r.kind, r.name, r.reviewed_on, r.households, r.persons, r.amount_fen, r.sequence)
                for r in rows] == [
            ("2026-11", PayrollKind.SUBSIDY, "冬季取暖补贴", SIGNED, 3, 6, 30000, 3),
            ("2026-11", PayrollKind.BACK_PAY, "", SIGNED, 1, 2, 31000, 3),
            ("2026-10", PayrollKind.BACK_PAY, "", dt.date(2026, 10, 31), 1, 2, 12000, 2)]
        pays = county_money.payments(again.uow())
        assert [(p.period, p.back_pay_fen, p.subsidy_fen) for p in pays] == [
            ("2026-11", 31000, 30000), ("2026-10", 12000, 0)]
        with again.uow() as uow:
            from sqlalchemy import select

            from dibao_desk.models import PackageReceived
            from dibao_desk.models.recovery import CountyPaymentOther

            records = {r.sequence: (r.id, r.sha256) for r in uow.session.scalars(select(PackageReceived))}
            assert {(o.sequence, o.received_id, o.sha256) for o in uow.session.scalars(select(CountyPaymentOther))} \
                == {(3, *records[3]), (2, *records[2])}

        # the next package of November replaces them as any other would
        _payments_package(tmp_path / "nov2.xlsx", [_line("张三", "1", 2, 31000)], {}, sequence=4)
        exchange.import_package(again.uow(), tmp_path / "nov2.xlsx", today=TODAY)
        assert [r.period for r in county_money.other_rosters(again.uow())] == ["2026-10"]
    finally:
        again.close()
