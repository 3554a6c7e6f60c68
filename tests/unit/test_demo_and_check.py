import datetime as dt
import sqlite3

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


def test_check_reports_ok_then_finds_a_broken_list_column(tmp_path, capsys):
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "demo", "--households", "50", "--seed", "3"]) == 0
    assert main(["--data-dir", str(data), "check"]) == 0
    out = capsys.readouterr().out
    assert "结论：正常" in out
    con = sqlite3.connect(data / "dibao.sqlite3")
    con.execute("update household set person_count = person_count + 1 where id = 1")
    con.commit()
    con.close()
    assert main(["--data-dir", str(data), "check"]) == 1
    assert "户 1 的人数与成员记录不符" in capsys.readouterr().out


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
