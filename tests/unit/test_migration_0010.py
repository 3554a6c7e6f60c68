"""Revision 0010 (review rules) from a 0009 store holding an office's own rule set."""

import datetime as dt
import json
import sqlite3

from dibao_desk.domain import reviews as rules
from dibao_desk.models.store import DB_NAME, make_engine, upgrade
from dibao_desk.services import policy, reviews
from dibao_desk.services.context import open_context

OLD_INTERVALS = {"class1": 24, "class2": 6, "class3": 2, "serious_illness": 6, "disabled": 6, "elderly": 6,
                 "single_parent": 6, "unstable_urban": 1, "unstable_rural": 3, "default": 12}


def test_saved_sets_get_rural_class_intervals_stable_income_severe_grades_and_working_age(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    engine = make_engine(data / DB_NAME)
    upgrade(engine, "0009")
    engine.dispose()
    con = sqlite3.connect(data / DB_NAME)
    con.execute(
        "INSERT INTO review_rule_set (id, effective_from, elderly_age, gradual_exit_months, exit_reminder_months, "
        "refusal_threshold, refusal_consequence, refusal_reduce_fen, refusal_reduce_percent, change_needs_notice, "
        "cancel_needs_notice, effect_offset_months, note, created_at) "
        "VALUES (1, '2025-01-01', 65, 9, 2, 2, 'stop', 0, 0, 0, 1, 1, '本县规定', '2025-01-02 09:00:00')")
    con.executemany("INSERT INTO review_interval (rule_set_id, rule, months) VALUES (1, ?, ?)",
                    list(OLD_INTERVALS.items()))
    con.execute(
        "INSERT INTO policy_set (effective_from, note, is_example, figures_json, created_by, created_at, updated_at) "
        "VALUES ('2026-07-01', '本县2026年标准', 0, ?, '王经办', '2026-06-20 09:00:00', '2026-06-20 09:00:00')",
        ('{"urban_standard_fen": 70000, "rural_standard_fen": 52000, "method": "difference"}',))
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
    office_set = policy.policy_in_force(ctx.uow(), dt.date(2026, 11, 30))
    assert (office_set.figures.rural_standard_fen, office_set.figures.working_age_min,
            office_set.figures.working_age_end_male, office_set.figures.working_age_end_female) == (52000, 16, 60, 55)
    example = policy.policy_in_force(ctx.uow(), dt.date(2001, 1, 1))
    assert example.is_example and example.figures.working_age_end_female == 55
    ctx.store.close()
    con = sqlite3.connect(data / DB_NAME)
    stored = [json.loads(t) for (t,) in con.execute("SELECT figures_json FROM policy_set ORDER BY id")]
    assert all(f["working_age_min"] == 16 and f["working_age_end_male"] == 60 for f in stored)
    assert stored[-1]["rural_standard_fen"] == 52000 and "elderly_age" not in stored[-1]
