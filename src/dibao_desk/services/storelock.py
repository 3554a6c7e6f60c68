"""One program per data folder: the window, or a command that writes.

The lock is an operating-system lock on ``dibao.lock`` in the data folder (``filelock``:
``msvcrt.locking`` on Windows, ``flock`` elsewhere), so it goes away with the process that
held it however that process ended: a crashed program's lock is simply taken over. Beside it,
``dibao.lock-owner.json`` says who holds it (host, process, program, since when) so a second
program can name the first in its refusal. The owner file is only information; the OS lock
decides.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import socket
from dataclasses import asdict, dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from dibao_desk.atomic import clean_leftovers, replacing

# The folders a restore's swap of the documents leaves beside the store until it ends
# (services.restore: the documents being put in place, and those they replace).
RESTORE_SWAP = ("files.restoring", "files.before-restore")

log = logging.getLogger(__name__)

LOCK_NAME = "dibao.lock"
OWNER_NAME = "dibao.lock-owner.json"


@dataclass(frozen=True)
class Owner:
    host: str
    pid: int
    program: str
    since: str  # local time, ISO format to the second


class StoreBusy(Exception):
    """Another program holds the data folder; ``owner`` says who (None if it could not be read)."""

    def __init__(self, folder: Path, owner: Owner | None):
        self.folder = folder
        self.owner = owner
        super().__init__(str(folder))


def read_owner(folder: Path) -> Owner | None:
    try:
        data = json.loads((Path(folder) / OWNER_NAME).read_text(encoding="utf-8"))
        return Owner(str(data["host"]), int(data["pid"]), str(data["program"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class StoreLock:
    """``with StoreLock(folder, "dibao-desk import-roster"):`` or acquire()/release()."""

    def __init__(self, folder: str | os.PathLike[str], program: str):
        self.folder = Path(folder)
        self.program = program
        self.owner: Owner | None = None
        self.took_over: Owner | None = None  # the crashed program whose lock was taken over
        self.cleaned: list[Path] = []
        self._lock: FileLock | None = None

    def acquire(self) -> "StoreLock":
        self.folder.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.folder / LOCK_NAME), timeout=0)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            raise StoreBusy(self.folder, read_owner(self.folder)) from None
        self._lock = lock
        self.took_over = read_owner(self.folder)  # left by a program that did not end cleanly
        if self.took_over is not None:
            log.warning("took over the lock of %s (process %s on %s, since %s), which did not release it",
                        self.took_over.program, self.took_over.pid, self.took_over.host, self.took_over.since)
        self.owner = Owner(socket.gethostname(), os.getpid(), self.program,
                           dt.datetime.now().replace(microsecond=0).isoformat(sep=" "))
        try:
            with replacing(self.folder / OWNER_NAME, ".part") as tmp:
                tmp.write_text(json.dumps(asdict(self.owner), ensure_ascii=False), encoding="utf-8")
        except OSError as exc:  # a full disk: the lock still holds, only the name is missing
            log.warning("could not write %s: %s", OWNER_NAME, exc)
        # Alone on the folder now: temporary files of a write that was cut short can go.
        self.cleaned = clean_leftovers(self.folder) + clean_leftovers(self.folder / "backups")
        if any((self.folder / name).exists() for name in RESTORE_SWAP):
            # A restore's document swap cut short. Looked at first: the restore service (and the
            # backup's) loads only then, not with every command that opens the store.
            from dibao_desk.services.restore import recover_files

            recover_files(self.folder)
        return self

    def release(self) -> None:
        if self._lock is None:
            return
        try:
            if read_owner(self.folder) == self.owner:
                (self.folder / OWNER_NAME).unlink(missing_ok=True)
        except OSError:
            pass
        self._lock.release()
        self._lock = None

    @property
    def held(self) -> bool:
        return self._lock is not None

    def __enter__(self) -> "StoreLock":
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
