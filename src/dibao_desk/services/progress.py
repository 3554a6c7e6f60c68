"""A progress sink for long jobs that knows nothing of Qt."""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """Raised inside a job when the person pressed Cancel; the job's transaction rolls back."""


class Progress:
    """``update(done, total, message)`` from the job; ``cancel()`` from anywhere; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done = 0
        self._total = 0
        self._message = ""
        self._cancelled = threading.Event()

    def update(self, done: int, total: int | None = None, message: str | None = None) -> None:
        with self._lock:
            self._done = done
            if total is not None:
                self._total = total
            if message is not None:
                self._message = message

    def snapshot(self) -> tuple[int, int, str]:
        with self._lock:
            return self._done, self._total, self._message

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise Cancelled if the person asked to stop."""
        if self._cancelled.is_set():
            raise Cancelled()


class NullProgress(Progress):
    """For callers that do not watch (tests, the command line without a bar)."""
