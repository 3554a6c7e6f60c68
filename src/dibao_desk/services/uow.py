"""Unit of work: one session per service call, committed explicitly.

    with uow:
        ...
        uow.commit()

Leaving the block without ``commit()`` rolls everything back, so a failed
service call writes nothing.
"""

from __future__ import annotations

import functools
import json
import logging
import random
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.orm import Session

from dibao_desk.domain.accounts import Role, parse_roles
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Account, AuditLog
from dibao_desk.models import audit as audit_rows


class StoreGate:
    """Lets units of work in, except while the store's file is being swapped (a restore).

    A restore closes the gate, waits for the units already open on other threads to end, swaps
    the file and opens the gate again. A unit that starts meanwhile waits (the window's views
    read the restored store afterwards, never a half-swapped file) or, after ``WAIT`` seconds,
    is refused with ``restore.in_progress``. A thread that already holds an open unit is never
    made to wait, so nested units cannot deadlock against a swap."""

    WAIT = 120.0  # seconds a unit of work waits for a swap to end before it is refused

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._closed = False
        self._open = 0  # units open on all threads
        self._held = threading.local()

    def _mine(self) -> int:
        return getattr(self._held, "n", 0)

    @property
    def closed(self) -> bool:
        """A restore is swapping the store's file: a unit of work started now would wait."""
        return self._closed

    def enter(self) -> None:
        with self._cond:
            if self._closed and not self._mine():
                if not self._cond.wait_for(lambda: not self._closed, timeout=self.WAIT):
                    raise RuleError(Problem("restore.in_progress"))
            self._open += 1
            self._held.n = self._mine() + 1

    def leave(self) -> None:
        with self._cond:
            self._open -= 1
            self._held.n = self._mine() - 1
            self._cond.notify_all()

    @contextmanager
    def swapping(self, wait: float = 10.0) -> Iterator[None]:
        """Close the gate for the block; refused (``restore.busy``) when units opened by other
        threads do not end within ``wait`` seconds."""
        with self._cond:
            if self._closed:
                raise RuleError(Problem("restore.busy"))
            self._closed = True
            deadline = time.monotonic() + wait
            mine = self._mine()
            while self._open > mine:
                left = deadline - time.monotonic()
                if left <= 0:
                    self._closed = False
                    self._cond.notify_all()
                    raise RuleError(Problem("restore.busy"))
                self._cond.wait(left)
        try:
            yield
        finally:
            with self._cond:
                self._closed = False
                self._cond.notify_all()


class UnitOfWork:
    def __init__(self, sessions: Callable[[], Session], operator: str = "",
                 roles: frozenset[Role] | None = None, gate: StoreGate | None = None,
                 on_account: Callable[[str, frozenset[Role] | None], None] | None = None):
        self._gate = gate
        # told (name, roles now, None when disabled) when the store's differ from ``roles``
        self._on_account = on_account
        self._roles_read_in: Session | None = None  # the session that read the account's roles last
        self._sessions = sessions
        self.operator = operator
        # The signed-in account's roles; None where no account is asked for (a demo store, a
        # store that has no account yet), which may do everything.
        self.roles = roles
        self._session: Session | None = None
        self._depth = 0
        self._held = 0  # > 0 inside all_or_nothing(): commits wait for its end

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside 'with'")
        return self._session

    def __enter__(self) -> "UnitOfWork":
        if self._depth == 0:
            if self._gate is not None:
                self._gate.enter()
            try:
                self._session = self._sessions()
            except BaseException:
                if self._gate is not None:
                    self._gate.leave()
                raise
        self._depth += 1
        return self

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0:
            assert self._session is not None
            try:
                self._session.rollback()
                self._session.close()
            finally:
                self._session = None
                if self._gate is not None:
                    self._gate.leave()

    def read_snapshot(self) -> None:
        """Let every read of this unit of work see the store as it was at one moment, so that a
        list or a total made of several statements never mixes what it read before another
        clerk's commit (an import landing meanwhile) with what it read after it. SQLite's read
        transaction is one snapshot already; PostgreSQL's READ COMMITTED takes one per
        statement, so there the transaction is made REPEATABLE READ. Called first in the
        outermost ``with uow`` block, before anything is read (later it changes nothing)."""
        session = self.session
        if self._depth != 1 or session.in_transaction() or session.get_bind().dialect.name == "sqlite":
            return
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})

    def require(self, *any_of: Role) -> None:
        """Refuse (RuleError) unless the account holds one of ``any_of``. The roles are read from
        the store, not from the sign-in: an administrator's change (a role taken away, the
        account disabled) counts from the next call, in every window already open."""
        if self.roles is None:
            return
        if any(r in self.current_roles() for r in any_of):
            return
        raise RuleError(Problem(f"account.forbidden.{any_of[0].value}", "", {"roles": [r.value for r in any_of]}))

    def current_roles(self) -> frozenset[Role]:
        """The signed-in account's roles as the store holds them now (kept in ``roles``).
        RuleError ``account.disabled`` when it was disabled since the sign-in. Accounts are
        never deleted: one the store does not hold at all was signed in before a restore of an
        older backup, and keeps its session's roles so that it can make itself again (the
        window has said so)."""
        assert self.roles is not None  # asked only for a signed-in account
        if self._session is not None and self._roles_read_in is self._session:
            return self.roles  # read already in this transaction
        with self:
            row = self.session.execute(select(Account.roles, Account.active)
                                       .where(Account.name == self.operator)).first()
            read_in = self._session if self._depth > 1 else None  # an enclosing block goes on with it
        if row is None:
            return self.roles
        if not row.active:
            if self._on_account is not None:
                self._on_account(self.operator, None)
            raise RuleError(Problem("account.disabled", "", {"name": self.operator}))
        roles = parse_roles(row.roles)
        if roles != self.roles and self._on_account is not None:
            self._on_account(self.operator, roles)
        self.roles, self._roles_read_in = roles, read_in
        return self.roles

    def _check_account(self) -> None:
        """Before a commit: an account disabled since its sign-in writes nothing."""
        if self.roles is not None:
            self.current_roles()

    @contextmanager
    def all_or_nothing(self) -> Iterator["UnitOfWork"]:
        """One transaction around several service calls: each call's ``commit()`` only
        flushes, the block commits once at its end, and an exception anywhere in it
        rolls every call back, so a job made of many calls writes all or nothing."""
        with self:
            self._held += 1
            try:
                yield self
            finally:
                self._held -= 1
            if not self._held:
                self._check_account()
                self.session.commit()

    @contextmanager
    def nested(self) -> Iterator[Savepoint]:
        """A savepoint inside the open transaction. An exception leaving the block undoes what
        the block wrote (and goes on up); ``undo()`` does so without one. Otherwise the block's
        writes are kept, and the transaction's own commit or rollback decides them, as any
        other. On SQLite this relies on the store's explicit BEGIN (``models.store``)."""
        point = Savepoint(self.session.begin_nested())
        try:
            yield point
        except BaseException:
            point.undo()
            raise
        point.keep()

    def commit(self) -> None:
        if self._held:
            self.session.flush()
        else:
            self._check_account()
            self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

    def audit(self, entity: str, entity_id: int | None, action: str,
              before: Any = None, after: Any = None) -> None:
        """Record a change: who, when, what, before and after (JSON)."""
        audit_rows.claim(self.session.connection())
        self.session.add(AuditLog(
            operator=self.operator, entity=entity, entity_id=entity_id, action=action,
            before=_dump(before), after=_dump(after),
        ))

    def audit_many(self, changes: Iterable[tuple[str, int | None, str, Any, Any]]) -> None:
        """``audit`` for many changes (entity, id, action, before, after each), written in
        their order in one statement (after what the session holds pending)."""
        rows = [dict(operator=self.operator, entity=entity, entity_id=entity_id, action=action,
                     before=_dump(before), after=_dump(after)) for entity, entity_id, action, before, after in changes]
        if rows:
            self.session.flush()
            audit_rows.claim(self.session.connection())
            self.session.execute(insert(AuditLog), rows)


class Savepoint:
    """The handle ``UnitOfWork.nested`` gives its block."""

    def __init__(self, transaction: SessionTransaction):
        self._transaction = transaction
        self.undone = False

    def undo(self) -> None:
        """Roll back what the block wrote; meant as the block's last act (anything written
        after it belongs to the enclosing transaction)."""
        if self._transaction.is_active:
            self._transaction.rollback()
            self.undone = True

    def keep(self) -> None:
        if self._transaction.is_active:
            self._transaction.commit()


# ---- several clerks at once ----------------------------------------------------------------------
# Two transactions that decide from what they read can collide: PostgreSQL then aborts one
# (serialization failure 40001, deadlock 40P01); SQLite refuses the write of a transaction
# whose reading began before another connection's commit (SQLITE_BUSY_SNAPSHOT: a second
# program, or a background job, on the same file). The service call is run again from the
# start, a bounded number of times, with a short random pause, and then decides from what the
# other committed.

MAX_TRIES = 5
_CONFLICT_STATES = {"40001", "40P01"}
_SQLITE_BUSY_SNAPSHOT = 517  # sqlite3.SQLITE_BUSY_SNAPSHOT
_log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])


def is_conflict(exc: BaseException) -> bool:
    """A serialization failure or deadlock: running the same work again may succeed."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlite_errorcode", None) == _SQLITE_BUSY_SNAPSHOT:
        return isinstance(exc, DBAPIError)
    state = getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)
    return isinstance(exc, DBAPIError) and state in _CONFLICT_STATES


def retrying(fn: F) -> F:
    """Run the service call ``fn(uow, ...)`` again when the database aborted it for a conflict
    with another clerk's transaction (only as the outermost call: a nested one is retried by
    its caller). After MAX_TRIES, a RuleError ``store.busy_retry``; nothing was written."""

    @functools.wraps(fn)
    def wrapper(uow: "UnitOfWork", *args: Any, **kwargs: Any) -> Any:
        for attempt in range(1, MAX_TRIES + 1):
            try:
                return fn(uow, *args, **kwargs)
            except DBAPIError as exc:
                if not is_conflict(exc) or uow._depth or isinstance(uow, LentUnitOfWork):
                    raise
                _log.info("%s: conflict with another transaction (try %d of %d)", fn.__name__, attempt, MAX_TRIES)
                if attempt == MAX_TRIES:
                    raise RuleError(Problem("store.busy_retry", "", {"tries": MAX_TRIES})) from exc
                time.sleep(random.uniform(0.02, 0.1) * attempt)
        raise AssertionError("unreachable")

    return wrapper  # type: ignore[return-value]


def _dump(value: Any) -> str:
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


class LentUnitOfWork(UnitOfWork):
    """The caller's open session lent to another service: its ``with``/``commit`` only flush,
    so everything it does stays inside the caller's one transaction."""

    def __init__(self, outer: UnitOfWork):
        super().__init__(None, outer.operator)  # type: ignore[arg-type]
        self._session = outer.session

    def __enter__(self) -> "LentUnitOfWork":
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def commit(self) -> None:
        self.session.flush()

    def rollback(self) -> None:
        raise RuntimeError("a lent unit of work is undone by its owner, not by rollback")
