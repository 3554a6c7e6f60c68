"""Revision 0011 (special cases) from a 0010 store holding cases decided the old way."""

import datetime as dt

from alembic import command

from dibao_desk.models.store import DB_NAME, alembic_config, make_engine
from dibao_desk.services import procedure as proc
from dibao_desk.services.context import open_context
from tests.unit.test_procedure_service import receive, walk

D = dt.date


def test_cases_decided_before_keep_no_special_mark(tmp_path, ctx, make_household):
    h = make_household(wages_fen=20000)
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 9)  # approved by the county the old way
    data_dir = ctx.data_dir
    ctx.store.close()
    engine = make_engine(data_dir / DB_NAME)
    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
    engine.dispose()

    again = open_context(data_dir)  # upgrades 0010 -> head
    detail = proc.get_case(again.uow(), case_id)
    assert detail.next_step == 9 and detail.current[8].result == "passed"
    assert detail.info.special_case == "" and detail.special is None
    again.store.close()
