"""Progress of a long command (restore, backup, import-roster) on stderr, where it does not mix
with what the command prints on stdout.

On a terminal the step being done is written with its percentage, rewritten in place (``\\r``)
as it moves and whenever it changes by a whole percent; a new step starts a new line. When
stderr is not a terminal (a log file, a pipe, a scheduled task) nothing is written while the
command runs: one line at the end says the job was done (or not), so a log is not filled with
thousands of percentages."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from dibao_desk.services.progress import Progress


class TerminalProgress(Progress):
    """A ``services.progress.Progress`` that writes to ``stream`` (stderr by default); ``title``
    names the job in the final line (``恢复备份：完成``)."""

    def __init__(self, title: str, stream: TextIO | None = None, tty: bool | None = None) -> None:
        super().__init__()
        self.title = title
        self.stream = stream if stream is not None else sys.stderr
        self.tty = _is_tty(self.stream) if tty is None else tty
        self._shown: tuple[str, int | None] | None = None  # (step's words, percent) last written
        self._open_line = False
        self._words: str | None = None

    def update(self, done: int, total: int | None = None, message: str | None = None, **params: object) -> None:
        super().update(done, total, message, **params)
        if not self.tty:
            return
        done_now, total_now, code, kept = self.status()
        if not code:
            return
        if message is not None or self._words is None:  # the words of a step once, not at every row
            from dibao_desk import messages

            self._words = messages.text(code, **kept)
        words = self._words
        percent = min(100, done_now * 100 // total_now) if total_now > 0 else None
        if self._shown == (words, percent):
            return
        if self._shown is not None and self._shown[0] != words and self._open_line:
            self.stream.write("\n")  # a new step: the last one's line stays as it ended
        self.stream.write(f"\r{words}" + (f" {percent}%" if percent is not None else ""))
        self.stream.flush()
        self._shown, self._open_line = (words, percent), True

    def finish(self, ok: bool = True) -> None:
        """End the line on a terminal; write the one final line."""
        if self._open_line:
            self.stream.write("\n")
            self._open_line = False
        self.stream.write(f"{self.title}：{'完成' if ok else '未完成'}\n")
        self.stream.flush()


@contextmanager
def progress_on_stderr(title: str, stream: TextIO | None = None, tty: bool | None = None
                       ) -> Iterator[TerminalProgress]:
    """A ``TerminalProgress`` for the block; its final line says 完成, or 未完成 when the block
    raised (the command then says why)."""
    progress = TerminalProgress(title, stream, tty)
    try:
        yield progress
    except BaseException:
        progress.finish(ok=False)
        raise
    progress.finish()


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
