"""A progress sink for long jobs that knows nothing of Qt.

A job reports what it is doing as a code (``progress.*``) with parameters; the words are in
``messages`` (the window translates them, the command line prints them)."""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """Raised inside a job when the person pressed Cancel; the job's transaction rolls back."""


class Progress:
    """``update(done, total, code, **params)`` from the job; ``cancel()`` from anywhere; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done = 0
        self._total = 0
        self._message = ""
        self._params: dict[str, object] = {}
        self._cancelled = threading.Event()

    def update(self, done: int, total: int | None = None, message: str | None = None, **params: object) -> None:
        """``message``: what the job is doing, as a code (``progress.*``) whose words are in messages."""
        with self._lock:
            self._done = done
            if total is not None:
                self._total = total
            if message is not None:
                self._message = message
                self._params = dict(params)

    def snapshot(self) -> tuple[int, int, str]:
        """(done, total, the code of what the job is doing)."""
        with self._lock:
            return self._done, self._total, self._message

    def status(self) -> tuple[int, int, str, dict[str, object]]:
        """(done, total, code, its parameters): ``messages.text(code, **params)`` is the sentence."""
        with self._lock:
            return self._done, self._total, self._message, dict(self._params)

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
