"""Reading a workbook on a thread of its own while the caller does something else.

``dibao-desk import-roster FILE`` starts a ``ReadAhead`` as soon as its arguments are parsed:
the file's checksum, ``safety.open_workbook``'s checks and python-calamine's parse of the sheet
(which lets go of the interpreter) then run while the main thread opens the store and imports
the services. ``result()`` waits for the reader and hands over what it read (``PreRead``), or
raises in the caller what the reader raised (a ``RuleError`` for a hostile or broken file), so
the command reports it as it would have without reading ahead.

The thread is a daemon (it never keeps the process alive) and closes the workbook before it
ends; ``close()`` waits for it, so a command that stops early (a store that cannot be opened)
leaves no file open behind it.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dibao_desk.exchange.safety import Sheet, open_workbook


def file_checksum(path: str | Path) -> str:
    """The SHA-256 of a file's bytes, as hex (what an import's commit compares)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass(frozen=True)
class PreRead:
    """A workbook read ahead: its path, the checksum of the bytes read (taken before the workbook
    was opened, as a preview takes it), its worksheets, and the sheet read (None when several
    sheets were there and none was named: the reader then stops after the checks)."""

    path: Path
    checksum: str
    sheets: tuple[str, ...]
    sheet: Sheet | None


def pre_read(path: str | Path, sheet: str | None = None) -> PreRead:
    """Check and read a workbook as a roster preview would: the checksum (empty when the file is
    not there: the checks then say so), the safety checks, then the named sheet or the only one.
    Raises RuleError when the file cannot be read."""
    path = Path(path)
    checksum = file_checksum(path) if path.exists() else ""
    with open_workbook(path) as wb:
        sheets = tuple(wb.sheet_names)
        data = wb.read(sheet) if sheet or len(sheets) == 1 else None
    return PreRead(path, checksum, sheets, data)


class ReadAhead:
    """``pre_read(path, sheet)`` running on a daemon thread; ``result()`` waits for it."""

    def __init__(self, path: str | Path, sheet: str | None = None) -> None:
        self.path = Path(path)
        self.sheet = sheet
        self._done: PreRead | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="workbook-read-ahead", daemon=True)
        self.on_end: Callable[[], None] | None = None  # called on the reader's thread when it ends

    @classmethod
    def start(cls, path: str | Path, sheet: str | None = None,
              on_end: Callable[[], None] | None = None) -> "ReadAhead":
        reader = cls(path, sheet)
        reader.on_end = on_end
        reader._thread.start()
        return reader

    def _run(self) -> None:
        try:
            self._done = pre_read(self.path, self.sheet)
        except BaseException as exc:  # handed to the caller by result()
            self._error = exc
        finally:
            if self.on_end is not None:
                self.on_end()

    def result(self) -> PreRead:
        """What the reader read; raises what it raised (a RuleError for a file that cannot be read)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._done is not None
        return self._done

    def close(self) -> None:
        """Wait for the reader (its workbook is closed when it ends); what it read or raised is dropped."""
        self._thread.join()
        self._done = self._error = None
