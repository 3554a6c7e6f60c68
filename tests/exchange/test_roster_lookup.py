"""services.roster_lookup: the store as the roster import sees it, looked up number by
number or read in one pass, with the same answer."""

from __future__ import annotations

import datetime as dt

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
