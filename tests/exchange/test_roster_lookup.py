"""services.roster_lookup: the store as the roster import sees it, looked up number by
number or read in one pass, with the same answer."""

from __future__ import annotations

import datetime as dt

import pytest

from sqlalchemy import select

from dibao_desk.models import Household, Member
from dibao_desk.models import roster as roster_rows
from dibao_desk.services import roster_import as ri
from dibao_desk.services import roster_lookup
from tests.conftest import make_id
from tests.exchange.roster_samples import messy_roster
from tests.exchange.test_roster_import import _state

TODAY = dt.date(2026, 11, 23)
OPTS = ri.ImportOptions(today=TODAY)


def test_registered_lookups_give_the_same_answer_by_number_and_in_one_pass(ctx, villages, tmp_path, monkeypatch):
    """A roster naming much of the store reads the store in one pass instead of number by
    number; both ways find the same persons and households."""
    path = messy_roster(tmp_path / "花名册.xlsx")
    ri.commit(ctx.uow(), path, options=OPTS)
    with ctx.uow() as uow:
        numbers = list(uow.session.scalars(select(Member.id_number))) + [make_id("19800101", 1, "110101")]
        ids = set(uow.session.scalars(select(Household.id)))
        ids.discard(min(ids))
        by_number = (roster_lookup._registered(uow, numbers), roster_lookup._existing_rows(uow, ids))
        assert not roster_rows.most_of(uow.session.connection(), Member.__table__, len(numbers))
        monkeypatch.setattr(roster_rows, "LOOKUP_CHUNK", 1)
        assert roster_rows.most_of(uow.session.connection(), Member.__table__, len(numbers))
        one_pass = (roster_lookup._registered(uow, numbers), roster_lookup._existing_rows(uow, ids))
    assert by_number == one_pass and len(by_number[0]) == len(numbers) - 1 and set(by_number[1]) == ids
    monkeypatch.setattr(roster_rows, "LOOKUP_CHUNK", 1)
    before = _state(ctx)
    res = ri.commit(ctx.uow(), path, options=OPTS)
    assert (res.households_created, res.households_updated, res.households_unchanged) == (0, 0, 3)
    assert _state(ctx) == before


def _outcome(pv: ri.ImportPreview) -> tuple[object, ...]:
    """Every row's status, problems and household, and every planned household's fields."""
    from dataclasses import fields

    rows = [(r.sheet_row, r.kind, r.status, r.problems, r.household) for r in pv.rows]
    plans = [tuple(getattr(p, f.name) for f in fields(p) if f.name != "_draft") for p in pv.households]
    return rows, plans, pv.new_villages, pv.households_rejected


def test_the_store_read_while_the_sheet_is_read_gives_the_same_preview(ctx, villages, tmp_path, monkeypatch):
    """Against a store that holds members, the preview starts the store's one-pass reads while
    python-calamine parses the sheet; the lookups take those rows instead of reading them again,
    and the preview is the one made without reading ahead."""
    path = messy_roster(tmp_path / "花名册.xlsx")
    ri.commit(ctx.uow(), path, options=OPTS)
    monkeypatch.setattr(roster_rows, "LOOKUP_CHUNK", 1)  # a roster naming much of the store
    fetched: list[str] = []
    fetch = roster_rows._fetch
    monkeypatch.setattr(roster_rows, "_fetch", lambda conn, sql, params: fetched.append(sql) or fetch(conn, sql, params))
    ahead = ri.preview(ctx.uow(), path, options=OPTS)
    with ctx.uow() as uow:
        whole = set(roster_rows.lookup_reads(uow.session.connection(), roster_lookup._H_COLS, roster_lookup._M_COLS))
    assert len(whole) == 4 and not whole & set(fetched)  # none read again by its lookup
    assert ahead.existing == 3
    monkeypatch.setattr(roster_lookup.StoreAhead, "start", classmethod(lambda cls, uow: None))
    fetched.clear()
    plain = ri.preview(ctx.uow(), path, options=OPTS)
    assert whole & set(fetched)  # the lookups' own one-pass reads, which the ahead reads replaced
    assert _outcome(ahead) == _outcome(plain)


def test_reads_fetched_in_part_or_dropped_give_the_lookups_the_same_rows(ctx, villages, tmp_path, monkeypatch):
    path = messy_roster(tmp_path / "花名册.xlsx")
    ri.commit(ctx.uow(), path, options=OPTS)
    monkeypatch.setattr(roster_rows, "LOOKUP_CHUNK", 1)
    with ctx.uow() as uow:
        numbers = list(uow.session.scalars(select(Member.id_number)))
        ids = set(uow.session.scalars(select(Household.id)))
        expected = (roster_lookup._registered(uow, numbers), roster_lookup._existing_rows(uow, ids))
        part = roster_lookup.StoreAhead.start(uow)
        assert part is not None
        for read in part.reads.values():
            read.pump(batch=1)  # one row of each, the rest when the lookup takes it
        assert (roster_lookup._registered(uow, numbers, ahead=part),
                roster_lookup._existing_rows(uow, ids, part)) == expected
        dropped = roster_lookup.StoreAhead.start(uow)
        assert dropped is not None
        while dropped.pump():
            pass
        dropped.close()  # its rows let go: the lookups read for themselves
        assert (roster_lookup._registered(uow, numbers, ahead=dropped),
                roster_lookup._existing_rows(uow, ids, dropped)) == expected


def test_what_is_read_ahead_depends_on_what_the_store_holds(ctx, villages, tmp_path):
    """No member: nothing to look up. Members but no roster imported before: only the members'
    numbers (a roster then most likely brings new households). After a roster import: the
    registered households' rows too (the next roster most likely updates them)."""
    from sqlalchemy import delete

    from dibao_desk.models import RosterMapping

    with ctx.uow() as uow:
        assert roster_lookup.StoreAhead.start(uow) is None
    ri.commit(ctx.uow(), messy_roster(tmp_path / "花名册.xlsx"), options=OPTS)
    with ctx.uow() as uow:
        after_import = roster_lookup.StoreAhead.start(uow)
        assert after_import is not None and len(after_import.reads) == 4
        uow.session.execute(delete(RosterMapping))
        numbers_only = roster_lookup.StoreAhead.start(uow)
        assert numbers_only is not None and len(numbers_only.reads) == 1
        assert next(iter(numbers_only.reads)) == next(iter(after_import.reads))  # the members' numbers


def test_a_hostile_file_is_refused_before_python_calamine_while_the_store_is_read(ctx, villages, tmp_path,
                                                                                   monkeypatch):
    """With a store that holds members the file is checked and read on a thread of its own: the
    checks still come before python-calamine sees the file, and their refusal is the preview's."""
    import python_calamine

    from dibao_desk.domain.problems import RuleError
    from tests.exchange.test_roster_safety import _rewrite

    good = messy_roster(tmp_path / "花名册.xlsx")
    ri.commit(ctx.uow(), good, options=OPTS)
    before = _state(ctx)
    laughs = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;">\n]>\n'
              b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
              b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>')
    path = _rewrite(good, tmp_path / "laughs.xlsx", replace={"xl/worksheets/sheet1.xml": laughs})

    class Refused:
        @staticmethod
        def from_path(*args: object) -> None:
            raise AssertionError("python-calamine was given a file the checks refuse")

    monkeypatch.setattr(python_calamine, "CalamineWorkbook", Refused)
    with pytest.raises(RuleError) as info:
        ri.preview(ctx.uow(), path, options=OPTS)
    assert [p.code for p in info.value.problems] == ["file.xml_entities"]
    assert _state(ctx) == before
