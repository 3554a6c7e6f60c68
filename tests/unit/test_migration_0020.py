"""The county keeps the 低保证号 the township's roster carries; revision 0020 from a county
store of the previous schema with a roster in it."""

import datetime as dt

from alembic import command

from dibao_desk.models.store import DB_NAME, alembic_config, make_engine
from dibao_desk.services import certificate, county, exchange
from dibao_desk.services.context import open_context
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401


def numbers(c) -> dict[str, str]:
    return {line.head_name: line.certificate for line in county.roster(c.uow())}


def test_the_county_keeps_the_certificate_numbers_of_the_roster(ctx, township, county_ctx, tmp_path):
    first, second, _third = township["households"]
    a = certificate.issue(ctx.uow(), first, "new", dt.date(2026, 11, 2), TODAY)
    b = certificate.issue(ctx.uow(), second, "new", dt.date(2026, 11, 2), TODAY)
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    assert numbers(county_ctx) == {"张三": a.number, "李四": b.number, "王五": ""}

    # a replacement reaches the county with the next roster
    c = certificate.issue(ctx.uow(), first, "replace", TODAY, TODAY, reason="遗失")
    roster = exchange.export_package(ctx.uow(), "roster", "2026-12", tmp_path / "r2.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    assert numbers(county_ctx)["张三"] == c.number

    # the previous schema: the column is gone; upgrading keeps the households and reads ""
    data_dir = county_ctx.data_dir
    county_ctx.store.close()
    engine = make_engine(data_dir / DB_NAME)
    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0016")
        columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(county_roster_household)")}
    engine.dispose()
    assert "certificate" not in columns
    again = open_context(data_dir)  # 0016 -> head
    assert numbers(again) == {"张三": "", "李四": "", "王五": ""}
    again.store.close()
