"""Two clerks at once on one store, interleaved by hand.

Clerk A's service call is paused just after it has read what it decides from (a function of
the service's module, named by the test, has returned); clerk B's call then runs on its own
engine, on another thread as another PC would; once B has ended, or waits for a lock A holds,
A goes on. On SQLite B never waits for A's read, and the writer whose read is older than the
other's commit is refused by SQLite itself; on PostgreSQL (READ COMMITTED) nothing refuses
it unless the service locks what it read."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import text

from dibao_desk.services.context import AppContext, open_context

WAIT = 60.0  # seconds: only a hung test ever waits this long


@contextmanager
def second_clerk(ctx: AppContext, operator: str = "李经办") -> Iterator[AppContext]:
    """Another program on the same store (its own engine and connections)."""
    other = open_context(ctx.data_dir)
    other.operator = operator
    try:
        yield other
    finally:
        other.close()


def _waiting_for_lock(ctx: AppContext) -> bool:
    if not ctx.store.on_server:
        return False
    with ctx.store.engine.connect() as con:
        return bool(con.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock'")).scalar())


class Outcome:
    """What a call returned, or the exception it raised."""

    def __init__(self) -> None:
        self.value: Any = None
        self.error: BaseException | None = None

    def run(self, call: Callable[[], Any]) -> None:
        try:
            self.value = call()
        except BaseException as exc:  # noqa: BLE001 - looked at by the test
            self.error = exc


def interleaved(monkeypatch, ctx: AppContext, module: Any, name: str,
                first: Callable[[], Any], second: Callable[[], Any]) -> tuple[Outcome, Outcome]:
    """Run ``first``; the first time it calls ``module.name``, run ``second`` (on another
    thread) once that call returned, and let ``first`` go on when ``second`` has ended or waits
    for a lock. Both outcomes, after both ended."""
    real = getattr(module, name)
    a, b = Outcome(), Outcome()
    thread = threading.Thread(target=b.run, args=(second,), daemon=True)

    def paused(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        if not thread.is_alive() and thread.ident is None:
            thread.start()
            deadline = time.monotonic() + WAIT
            while thread.is_alive() and not _waiting_for_lock(ctx) and time.monotonic() < deadline:
                thread.join(0.05)
        return result

    monkeypatch.setattr(module, name, paused)
    a.run(first)
    monkeypatch.setattr(module, name, real)
    if thread.ident is None:
        raise AssertionError(f"{module.__name__}.{name} was not called")
    thread.join(WAIT)
    return a, b
