"""Revision 0014 builds the benefit ledger of an existing store from what it holds."""

import datetime as dt
import sqlite3

from dibao_desk.models.store import make_engine, open_store, upgrade
from dibao_desk.services import ledger
from dibao_desk.services.uow import UnitOfWork

D = dt.date

HOUSEHOLD = ("INSERT INTO household (id, village_id, hukou_type, address, phone, bank_name, bank_account, "
             "employment_deduction_fen, consent_full_notice, note, status, category, monthly_benefit_fen, "
             "benefit_start, head_name, head_sort_key, head_id_number, person_count, covered_count, income_fen, "
             "per_capita_fen, search_text, created_at, updated_at) VALUES "
             "(?, 1, ?, '', '', '', '', 0, 0, '', ?, ?, ?, ?, ?, '', '', 2, ?, 0, 0, '', "
             "'2024-01-01 09:00:00', ?)")
REVIEW = ("INSERT INTO review (household_id, review_date, visitor, findings, outcome, reason, effective_month, "
          "before_category, after_category, before_fen, after_fen, case_id, due_rule, recorded_by, recorded_at) "
          "VALUES (?, ?, '王', '', ?, 'r', ?, ?, ?, ?, ?, NULL, '', '', '2026-01-01 00:00:00')")


def test_0014_builds_each_households_ledger_from_the_store_before_it(tmp_path):
    engine = make_engine(tmp_path / "dibao.sqlite3")
    upgrade(engine, "0013")
    engine.dispose()
    con = sqlite3.connect(tmp_path / "dibao.sqlite3")
    con.execute("INSERT INTO village (id, name, kind, population) VALUES (1, '东风村', 'village', 100)")
    today = dt.date.today()
    rows = [
        # receiving since March 2025, changed by a review from 2026-06 (applied directly, as 0007 did)
        (1, "rural", "receiving", "class2", 52000, "2025-03-01", "张三", 2, "2026-05-20 10:00:00"),
        # receiving, nothing else known: its whole history at today's amount
        (2, "urban", "receiving", "class3", 30000, "2026-01-01", "李四", 1, "2026-01-01 10:00:00"),
        # cancelled by a review from 2026-04
        (3, "rural", "cancelled", "", 0, "2025-07-01", "王五", 2, "2026-03-15 10:00:00"),
        # registered, never paid: no ledger
        (4, "rural", "registered", "", 0, None, "赵六", 2, "2026-03-15 10:00:00"),
    ]
    con.executemany(HOUSEHOLD, rows)
    con.execute(REVIEW, (1, "2026-05-20", "change", "2026-06-01", "class2", "class2", 60000, 52000))
    con.execute(REVIEW, (3, "2026-03-15", "cancel", "2026-04-01", "class3", "", 40000, 0))
    con.commit()
    con.close()

    store = open_store(tmp_path)  # migrates to the head, building the ledger
    uow = UnitOfWork(store.sessions)
    assert (tmp_path / "dibao.before-0013.sqlite3").exists()

    one = ledger.household_ledger(uow, 1, today)
    by_month = {m.month: m for m in one.months}
    assert by_month[D(2025, 3, 1)].amount_fen == 60000 and by_month[D(2025, 3, 1)].decision.kind == "history"
    assert by_month[D(2026, 5, 1)].amount_fen == 60000
    assert by_month[D(2026, 6, 1)].amount_fen == 52000 and by_month[D(2026, 6, 1)].decision.review_id == 1
    assert one.months[-1].month == today.replace(day=1) and one.months[-1].covered == 2

    two = ledger.household_ledger(uow, 2, today)
    assert two.months[0].month == D(2026, 1, 1) and {m.amount_fen for m in two.months} == {30000}

    three = ledger.household_ledger(uow, 3, today)
    states = {m.month: (m.status.value, m.amount_fen) for m in three.months}
    assert states[D(2025, 7, 1)] == ("receiving", 40000) and states[D(2026, 3, 1)] == ("receiving", 40000)
    assert states[D(2026, 4, 1)] == ("cancelled", 0)

    assert ledger.household_ledger(uow, 4, today).months == ()
    t = ledger.month_totals(uow, D(2026, 3, 1))
    assert (t.total.households, t.total.persons, t.total.amount_fen) == (3, 5, 60000 + 30000 + 40000)
    assert ledger.check(uow) == (0, [])
    store.close()


def test_0014_keeps_every_case_step_both_ways(tmp_path, ctx, make_household):
    """Adding and dropping procedure_case.flow must not copy the table: with foreign keys
    on, dropping the old copy would delete every step (ON DELETE CASCADE)."""
    from alembic import command

    from dibao_desk.models.store import DB_NAME, alembic_config
    from dibao_desk.services import procedure
    from dibao_desk.services.context import open_context
    from tests.unit.test_procedure import receive, walk

    h = make_household(wages_fen=20000)
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 5)
    data_dir = ctx.data_dir
    ctx.store.close()
    engine = make_engine(data_dir / DB_NAME)
    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0013")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM procedure_step").scalar() == 4
    engine.dispose()
    again = open_context(data_dir)  # 0013 -> head
    assert procedure.get_case(again.uow(), case_id).next_step == 5
    again.store.close()
