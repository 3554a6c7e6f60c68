"""services/uow.py: UnitOfWork.nested(), a savepoint inside the service call's transaction.

Run on SQLite and, with DIBAO_TEST_PG_URL set, on PostgreSQL (the ``pg_store`` marker)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from dibao_desk.models import Village
from dibao_desk.services.context import AppContext

pytestmark = pytest.mark.pg_store


class Boom(Exception):
    pass


def _names(ctx: AppContext) -> set[str]:
    with ctx.uow() as uow:
        return set(uow.session.scalars(select(Village.name)))


def _village(name: str) -> Village:
    return Village(name=name, kind="village", population=10)


def test_a_failure_inside_nested_undoes_only_the_nested_part(ctx: AppContext) -> None:
    uow = ctx.uow()
    with uow:
        uow.session.add(_village("前进村"))
        uow.session.flush()
        with pytest.raises(Boom):
            with uow.nested():
                uow.session.add(_village("红旗村"))
                uow.session.flush()
                raise Boom
        with uow.nested():
            uow.session.add(_village("胜利村"))
        uow.commit()
    names = _names(ctx)
    assert {"前进村", "胜利村"} <= names
    assert "红旗村" not in names


def test_undo_without_an_exception(ctx: AppContext) -> None:
    uow = ctx.uow()
    with uow:
        with uow.nested() as point:
            uow.session.add(_village("红旗村"))
            uow.session.flush()
            point.undo()
        assert point.undone
        with uow.nested() as kept:
            uow.session.add(_village("胜利村"))
        assert not kept.undone
        uow.commit()
    names = _names(ctx)
    assert "胜利村" in names and "红旗村" not in names


def test_nested_first_in_the_transaction_is_still_undone_by_its_rollback(ctx: AppContext) -> None:
    """A savepoint opened before anything else was written (a package's preview does this):
    keeping it must not commit, the transaction's rollback undoes it. Python's sqlite3 driver
    on its own would have opened the transaction with the SAVEPOINT and committed at its end."""
    uow = ctx.uow()
    with uow:
        with uow.nested():
            uow.session.add(_village("红旗村"))
        uow.rollback()
    assert "红旗村" not in _names(ctx)


def test_nested_in_nested(ctx: AppContext) -> None:
    uow = ctx.uow()
    with uow:
        with uow.nested():
            uow.session.add(_village("前进村"))
            with pytest.raises(Boom):
                with uow.nested():
                    uow.session.add(_village("红旗村"))
                    uow.session.flush()
                    raise Boom
        uow.commit()
    names = _names(ctx)
    assert "前进村" in names and "红旗村" not in names


def test_a_service_call_that_fails_leaves_the_store_as_it_was(ctx: AppContext) -> None:
    """The explicit BEGIN changes nothing for a plain unit of work: without commit, nothing."""
    uow = ctx.uow()
    with uow:
        uow.session.add(_village("红旗村"))
        uow.session.flush()
    assert "红旗村" not in _names(ctx)
