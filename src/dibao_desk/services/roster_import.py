"""Bring in an office's hand-kept Excel roster (花名册): preview, then commit.

``preview`` reads the file (after ``exchange.safety`` has checked it), finds the header,
maps the columns (given, remembered for this header shape, or guessed), groups member
rows under their head, and checks every row with the household rules and against the
store. Nothing is written. ``commit`` writes every accepted household in one
transaction (new ones with bulk inserts, registered ones updated or skipped), records
the import in the audit log, and remembers the mapping. A cancelled or failed commit
leaves the store as it was; importing the same file again changes nothing.

This module is the import's front: callers import from here. The work is done in
    roster_plan     what a preview holds and a commit returns (rows, planned households)
    roster_check    reading and checking the roster: ``preview``
    roster_lookup   the store as the import sees it (registered ID numbers, stored rows)
    roster_merge    a registered household with what the roster says of it
    roster_commit   writing: ``commit``
and here, the error workbook of the rows not imported.
"""

from __future__ import annotations

import threading
from pathlib import Path

from dibao_desk import messages
from dibao_desk.atomic import Pending
from dibao_desk.exchange import roster_errors
from dibao_desk.exchange.bulk import gc_paused
from dibao_desk.exchange.read_ahead import file_checksum  # noqa: F401 - the import's names, as before
from dibao_desk.exchange.roster_cells import excel_number_text
from dibao_desk.exchange.roster_header import column_letter  # noqa: F401 - the mapping's column letters
from dibao_desk.services.progress import Progress
from dibao_desk.services.roster_check import (  # noqa: F401 - the import's names, as before the split
    _validate, list_sheets, preview, remembered_mapping,
)
from dibao_desk.services.roster_commit import commit  # noqa: F401
from dibao_desk.services.roster_lookup import _existing_rows, _registered  # noqa: F401
from dibao_desk.services.roster_merge import merge  # noqa: F401
from dibao_desk.services.roster_plan import (  # noqa: F401
    EXISTING_CHOICES, IMPORT_STATUSES, NOTHING_SAID, ImportOptions, ImportPreview, ImportResult, PlannedHousehold,
    PreviewRow, PreviewRows, reason,
)


def cell_text(value: object) -> str:
    """A roster cell as the preview shows it: a long number as Excel showed it (3.60426E+17,
    its digits lost), a whole number without ".0", an empty cell empty."""
    if isinstance(value, float) and abs(value) >= 1e15:
        return excel_number_text(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def error_workbook_path(pv: ImportPreview) -> Path:
    """Where ``write_errors`` puts the rows not imported: ``<file>-未导入.xlsx`` beside the file."""
    return roster_errors.default_path(pv.path)


def first_rows(pv: ImportPreview, status: str, n: int) -> list[PreviewRow]:
    """The first ``n`` rows of a status (``error``: not imported; ``warning``: imported, with
    something to check), without making a row for every other."""
    if isinstance(pv.rows, PreviewRows):
        return [pv.rows[i] for i in pv.rows.positions(status)[:n]]
    return [r for r in pv.rows if r.status == status][:n]


def _error_rows(pv: ImportPreview) -> list[roster_errors.ErrorRow]:
    return [roster_errors.ErrorRow(r.sheet_row, r.cells, "；".join(messages.text(p) for p in r.problems))
            for r in pv.error_rows]


def write_errors(pv: ImportPreview, target: str | Path | None = None,
                 progress: Progress | None = None) -> Path | None:
    """Write the rows that will not be imported, with their reasons. None when there are none.
    Progress is reported but not cancellable: by then the import itself is done."""
    if not pv.count("error"):
        return None
    target = Path(target) if target else roster_errors.default_path(pv.path)
    rows = _error_rows(pv)

    def on_row(k: int, total: int) -> None:
        if progress is not None:
            progress.update(k, total, "progress.roster.write_errors")

    return roster_errors.write_error_workbook(target, list(pv.labels), list(pv.mapping), rows, on_row=on_row)


class _Stopped(Exception):
    """The error workbook made aside is no longer wanted (the commit failed or was cancelled)."""


class ErrorsAside:
    """The error workbook of a preview, made on a thread of its own while the commit writes:
    the rows not imported are known once the preview ends, and the commit leaves the
    interpreter free much of the time (SQLite inserting on its own thread, then writing the
    transaction). The workbook goes to a temporary file beside its place; ``place()`` (once
    the commit is saved) waits for it and puts it there, or raises the OSError that kept it
    from being written; ``discard()`` (when the commit failed or was cancelled) stops it and
    leaves nothing behind. ``start`` returns None when there are no rows to write."""

    def __init__(self, pv: ImportPreview, target: str | Path | None = None) -> None:
        self.pv = pv
        self.target = Path(target) if target else roster_errors.default_path(pv.path)
        self._stop = threading.Event()
        self._pending: Pending | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="error-workbook", daemon=True)

    @classmethod
    def start(cls, pv: ImportPreview, target: str | Path | None = None) -> ErrorsAside | None:
        if not pv.count("error"):
            return None
        aside = cls(pv, target)
        aside._thread.start()
        return aside

    def _run(self) -> None:
        def on_row(_k: int, _total: int) -> None:
            if self._stop.is_set():
                raise _Stopped

        try:
            if self._stop.is_set():
                return
            # The commit pauses the collector too; paused here as well, the rows made for the
            # workbook never make it walk the preview's million objects (0.4 s in the window).
            with gc_paused():
                rows = _error_rows(self.pv)
                self._pending = roster_errors.write_error_workbook_aside(
                    self.target, list(self.pv.labels), list(self.pv.mapping), rows, on_row=on_row)
        except _Stopped:
            pass
        except BaseException as exc:  # raised by place() in the thread that waits for it
            self._error = exc

    def place(self) -> Path:
        """Wait for the workbook and put it in place; raises what kept it from being written
        (an OSError: the folder is read-only, the name is taken, the disk is full)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._pending is not None
        return self._pending.place()

    def discard(self) -> None:
        """Stop making the workbook, wait for the thread, and remove what it wrote."""
        self._stop.set()
        self._thread.join()
        if self._pending is not None:
            self._pending.discard()
            self._pending = None


__all__ = [
    "EXISTING_CHOICES", "ErrorsAside", "IMPORT_STATUSES", "ImportOptions", "ImportPreview", "ImportResult",
    "PlannedHousehold", "PreviewRow", "PreviewRows", "cell_text", "column_letter", "commit", "error_workbook_path", "file_checksum", "first_rows", "list_sheets", "merge", "preview",
    "reason", "remembered_mapping", "write_errors",
]
