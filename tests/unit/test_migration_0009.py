"""Revision 0009 (review rules) from a 0008 store holding an office's own rule set."""

import datetime as dt
import sqlite3

from dibao_desk.domain import reviews as rules
from dibao_desk.models.store import DB_NAME, make_engine, upgrade
from dibao_desk.services import reviews
from dibao_desk.services.context import open_context

OLD_INTERVALS = {"class1": 24, "class2": 6, "class3": 2, "serious_illness": 6, "disabled": 6, "elderly": 6,
                 "single_parent": 6, "unstable_urban": 1, "unstable_rural": 3, "default": 12}


def test_an_office_rule_set_gets_rural_class_intervals_stable_income_and_severe_grades(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    engine = make_engine(data / DB_NAME)
    upgrade(engine, "0008")
    engine.dispose()
    con = sqlite3.connect(data / DB_NAME)
    con.execute(
        "INSERT INTO review_rule_set (id, effective_from, elderly_age, gradual_exit_months, exit_reminder_months, "
        "refusal_threshold, refusal_consequence, refusal_reduce_fen, refusal_reduce_percent, change_needs_notice, "
        "cancel_needs_notice, effect_offset_months, note, created_at) "
        "VALUES (1, '2025-01-01', 65, 9, 2, 2, 'stop', 0, 0, 0, 1, 1, '本县规定', '2025-01-02 09:00:00')")
    con.executemany("INSERT INTO review_interval (rule_set_id, rule, months) VALUES (1, ?, ?)",
                    list(OLD_INTERVALS.items()))
    con.commit()
    con.close()

    ctx = open_context(data)
    sets = reviews.list_rule_sets(ctx.uow())
    assert len(sets) == 1 and not sets[0].is_example
    got = sets[0].rules
    assert got.intervals == {**OLD_INTERVALS, "class1_rural": 24, "class2_rural": 6, "class3_rural": 2,
                             "stable_income": 6}
    assert (got.severe_disability_grades, got.elderly_age, got.gradual_exit_months) == ((1, 2), 65, 9)
    assert rules.validate_rules(got) == []
    # the migrated set can be saved again as it stands (every rule code has its months)
    saved = reviews.save_rule_set(ctx.uow(), got, today=dt.date(2026, 11, 30))
    assert saved.rules.intervals == got.intervals
    ctx.store.close()
