import datetime as dt
import sqlite3

import pytest

from dibao_desk.cli import main
from dibao_desk.domain import idcard
from dibao_desk.services import demo, households, integrity
from dibao_desk.services.context import open_context


def test_demo_is_deterministic_realistic_and_valid(tmp_path):
    sizes = []
    for name in ("a", "b"):
        ctx = open_context(tmp_path / name)
        result = demo.generate(ctx.uow(), households=300, seed=7, today=dt.date(2026, 11, 23))
        sizes.append((result.households, result.persons))
        con = sqlite3.connect(ctx.store.path)
        rows = con.execute("select name, id_number from member order by id").fetchall()
        ctx.close()
        if name == "a":
            first_rows = rows
    assert sizes[0] == sizes[1] and first_rows == rows
    assert 300 * 1.5 < sizes[0][1] < 300 * 4
    assert all(idcard.is_valid(number) for _name, number in rows)
    assert len({number for _n, number in rows}) == len(rows)


def test_demo_refuses_a_store_that_has_households(ctx, make_household):
    make_household()
    try:
        demo.generate(ctx.uow(), households=10)
    except demo.DemoRefused as exc:
        assert exc.households == 1
    else:
        raise AssertionError("demo wrote into a store with data")


def test_data_dir_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DIBAO_DESK_DATA", str(tmp_path / "usb"))
    ctx = open_context()
    assert ctx.data_dir == (tmp_path / "usb").resolve()
    assert (tmp_path / "usb" / "dibao.sqlite3").exists()
    ctx.close()


def test_search_finds_demo_people_by_initials(tmp_path):
    ctx = open_context(tmp_path / "d")
    demo.generate(ctx.uow(), households=200, seed=2)
    row = households.fetch_rows(ctx.uow(), [5])[0]
    from dibao_desk.domain.names import pinyin_keys

    initials, _ = pinyin_keys(row.head_name)
    ids = households.query_ids(ctx.uow(), households.HouseholdQuery(text=initials))
    assert 5 in ids
    ctx.close()


# Month ends and year ends, and a leap day: the demo dates its cases back from "today".
FIXED_DAYS = [dt.date(2027, 1, 31), dt.date(2027, 2, 28), dt.date(2028, 2, 29), dt.date(2026, 11, 30),
              dt.date(2026, 12, 31)]


def _cases(path):
    con = sqlite3.connect(path)
    try:
        return dict(con.execute("select status, count(*) from procedure_case group by status").fetchall()), \
            con.execute("select count(*) from household where status = 'receiving' and monthly_benefit_fen <= 0"
                        " and id in (select household_id from procedure_case)").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("index", range(len(FIXED_DAYS)), ids=[str(d) for d in FIXED_DAYS])
def test_demo_works_for_every_seed_on_month_ends(tmp_path, index):
    # Fifteen seeds over the five days; before, seeds 1 (31 Jan), 6 (28 Feb) and 15 (31 Dec)
    # granted an applicant above the standard a benefit of 0 (RuleError procedure.amount)
    # and left the store half-built.
    today = FIXED_DAYS[index]
    for seed in range(3 * index + 1, 3 * index + 4):
        ctx = open_context(tmp_path / f"s{seed}")
        demo.generate(ctx.uow(), households=300, seed=seed, today=today)
        report = integrity.check(ctx.uow(), ctx.store)
        assert report.ok, report.consistency_problems
        by_status, granted_nothing = _cases(ctx.store.path)
        assert by_status.get("open", 0) > 0 and granted_nothing == 0
        ctx.close()


def test_demo_works_with_the_real_date(tmp_path, capsys):
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "demo", "--households", "400", "--seed", "2"]) == 0
    assert main(["--data-dir", str(data), "check"]) == 0
    assert "结论：正常" in capsys.readouterr().out


def test_demo_refuses_applicants_the_means_test_does_not_let_through(tmp_path):
    ctx = open_context(tmp_path / "d")
    demo.generate(ctx.uow(), households=400, seed=2, today=dt.date(2026, 11, 30))
    by_status, _ = _cases(ctx.store.path)
    assert by_status.get("refused", 0) >= 1
    con = sqlite3.connect(ctx.store.path)
    refused = con.execute("select h.status, s.step, s.notes from procedure_case c join household h"
                          " on h.id = c.household_id join procedure_step s on s.case_id = c.id"
                          " where c.status = 'refused' and s.result = 'refused'").fetchall()
    con.close()
    ctx.close()
    assert refused and all(st == "refused" and step == 6 and "不符合低保条件" in notes
                           for st, step, notes in refused)


def test_demo_writes_all_or_nothing(tmp_path, monkeypatch):
    from dibao_desk.services import procedure

    ctx = open_context(tmp_path / "d")
    real = procedure.record_step
    calls = []

    def failing(uow, case_id, step, data, today):
        calls.append(step)
        if len(calls) == 30:
            raise RuntimeError("disk full")
        return real(uow, case_id, step, data, today)

    monkeypatch.setattr(procedure, "record_step", failing)
    with pytest.raises(RuntimeError):
        demo.generate(ctx.uow(), households=400, seed=1, today=dt.date(2026, 11, 30))
    con = sqlite3.connect(ctx.store.path)
    counts = [con.execute(f"select count(*) from {t}").fetchone()[0]
              for t in ("household", "member", "village", "procedure_case", "review_schedule", "audit_log")]
    con.close()
    assert len(calls) == 30 and counts == [0, 0, 0, 0, 0, 0]
    # and the store still takes a demo afterwards
    monkeypatch.setattr(procedure, "record_step", real)
    assert demo.generate(ctx.uow(), households=50, seed=1, today=dt.date(2026, 11, 30)).households == 50
    ctx.close()


def test_demo_children_are_at_school_or_not_by_their_age(tmp_path):
    """A 14-year-old marked 学龄前 made the household form warn on the demo's own data."""
    from dibao_desk.domain.household import MAX_PRESCHOOL_AGE, MIN_SCHOOL_AGE

    today = dt.date(2026, 11, 30)
    ctx = open_context(tmp_path / "d")
    demo.generate(ctx.uow(), households=400, seed=3, today=today)
    con = sqlite3.connect(ctx.store.path)
    rows = con.execute("select id_number, employment from member where employment in ('student', 'preschool')"
                       ).fetchall()
    ctx.close()
    ages = {e: [idcard.parse(n, today=today)[0].age_on(today) for n, e2 in rows if e2 == e]
            for e in ("student", "preschool")}
    assert ages["student"] and ages["preschool"]
    assert min(ages["student"]) >= MIN_SCHOOL_AGE and max(ages["preschool"]) <= MAX_PRESCHOOL_AGE
