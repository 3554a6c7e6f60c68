"""Write a file so that it is either the old one or the whole new one, never half of either.

A USB stick pulled out mid-write, a full disk or an error in the middle leaves the
target as it was: the new content goes to a temporary file in the same folder,
which is flushed to disk and renamed over the target only when it is complete.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(target: str | os.PathLike, suffix: str = ".part",
              held: list[Placed] | None = None, deferred: list[Pending] | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on a clean exit it becomes ``target``.

    Whatever the block writes (and checks) at the yielded path replaces the target only
    if the block finishes without an exception; otherwise the temporary file is removed.
    With ``held``, an older file of that name is kept aside rather than replaced, and the
    ``Placed`` that can put it back is appended to ``held`` (see ``Pending.place_held``).
    With ``deferred``, the finished file is flushed and left under its temporary name (which
    ``is_leftover`` recognises), and its ``Pending`` appended for the caller to ``place()`` once
    the file may count, or to ``discard()``.
    """
    pending = Pending(target, suffix)
    try:
        yield pending.path
        if deferred is not None:
            pending.sync()
            deferred.append(pending)
        elif held is None:
            pending.place()
        else:
            held.append(pending.place_held())
    except OSError as exc:
        pending.discard()
        if exc.filename is not None and Path(exc.filename) == pending.path:
            raise _naming(exc, pending.target) from exc  # the temporary name means nothing to a person
        raise
    except BaseException:
        pending.discard()
        raise


class Pending:
    """``replacing`` in two steps, for a file made before it may be put in place (the error
    workbook of an import, made while the import writes): the temporary file beside ``target``
    is made now; ``sync()`` flushes what was written to it to disk (on any thread, before the
    moment it is put in place, so that moment is short); ``place()`` renames it over the
    target; ``discard()`` removes it. A ``Pending`` neither placed nor discarded leaves its
    temporary file, which the next write to the same target removes after ``STALE_AFTER``."""

    def __init__(self, target: str | os.PathLike, suffix: str = ".part") -> None:
        self.target = Path(target)
        self.folder = self.target.parent if str(self.target.parent) else Path(".")
        _remove_stale(self.folder, self.target.stem, suffix)
        try:
            fd, name = tempfile.mkstemp(prefix=f".~{self.target.stem}.", suffix=suffix, dir=self.folder)
        except OSError as exc:  # name the file the person chose, not the temporary one
            raise _naming(exc, self.target) from exc
        os.close(fd)
        self.path = Path(name)
        self._synced = False
        try:
            _usual_mode(self.path)
        except BaseException:
            self.discard()
            raise

    def sync(self) -> None:
        """Flush the temporary file's content to disk."""
        fsync(self.path)
        self._synced = True

    def place(self) -> Path:
        """Rename the temporary file over the target (flushed first unless ``sync`` did);
        on an error the temporary file is removed and the target is as it was."""
        try:
            if not self._synced:
                self.sync()
            os.replace(self.path, self.target)
        except OSError as exc:
            self.discard()
            raise _naming(exc, self.target) from exc
        except BaseException:
            self.discard()
            raise
        fsync_dir(self.folder)
        return self.target

    def place_held(self) -> Placed:
        """``place``, keeping an older file of the target's name aside (renamed beside it, not
        removed) until the returned ``Placed`` is kept or undone: for a file that counts only
        once something else is recorded (an exchange package and the store's record of it).
        On an error the temporary file is removed and the older file is back at the target."""
        aside: Path | None = None
        try:
            if not self._synced:
                self.sync()
            aside = _set_aside(self.target, self.folder)
            try:
                os.replace(self.path, self.target)
            except BaseException:
                if aside is not None:
                    os.replace(aside, self.target)
                raise
        except OSError as exc:
            self.discard()
            raise _naming(exc, self.target) from exc
        except BaseException:
            self.discard()
            raise
        fsync_dir(self.folder)
        return Placed(self.target, aside)

    def discard(self) -> None:
        """Remove the temporary file (nothing when it is gone already)."""
        self.path.unlink(missing_ok=True)


ASIDE_SUFFIX = ".old"  # an older file kept aside by ``Pending.place_held``: ``.~<stem>.<random>.old``


def _set_aside(target: Path, folder: Path) -> Path | None:
    """Rename ``target`` to a new temporary name beside it (``os.replace``: Windows too) and
    return that name; None when there is no file of that name."""
    if not target.exists():
        return None
    fd, name = tempfile.mkstemp(prefix=f".~{target.stem}.", suffix=ASIDE_SUFFIX, dir=folder)
    os.close(fd)
    aside = Path(name)
    try:
        os.replace(target, aside)
    except FileNotFoundError:
        aside.unlink(missing_ok=True)
        return None
    except BaseException:
        aside.unlink(missing_ok=True)
        raise
    return aside


def older_aside(folder: str | os.PathLike) -> list[tuple[Path, str]]:
    """The older files ``place_held`` set aside in ``folder`` and nothing kept or undid (the
    program stopped between writing a package and recording it), each with the stem of the
    name it was set aside from: ``.~花名册.k3j_x9a2.old`` gives ``花名册``. Never raises."""
    import re

    found: list[tuple[Path, str]] = []
    try:
        names = sorted(Path(folder).glob(f"{LEFTOVER_PREFIX}*{ASIDE_SUFFIX}"))
    except OSError:
        return found
    for path in names:
        # mkstemp's random part: eight of [a-z0-9_]
        m = re.fullmatch(rf"\.~(.+)\.[a-z0-9_]{{8}}{re.escape(ASIDE_SUFFIX)}", path.name)
        if m is not None and path.is_file():
            found.append((path, m.group(1)))
    return found


class Placed:
    """A file put in place by ``Pending.place_held`` with the older file of its name (if there
    was one) kept aside: ``keep()`` drops the older file once the new one counts; ``undo()``
    puts the older file back over the new one in one rename (or removes the new one when there
    was none). Left neither kept nor undone (the program killed), the older file stays beside
    the target under its temporary name, which ``is_leftover`` recognises."""

    def __init__(self, target: Path, aside: Path | None) -> None:
        self.target = target
        self.aside = aside

    def keep(self) -> None:
        """Remove the older file set aside; a failure leaves it as a leftover, nothing worse."""
        if self.aside is None:
            return
        try:
            self.aside.unlink(missing_ok=True)
        except OSError:
            pass
        self.aside = None

    def undo(self) -> None:
        """Put the older file back at the target (the new one goes), or remove the new file."""
        if self.aside is None:
            self.target.unlink(missing_ok=True)
        else:
            os.replace(self.aside, self.target)
            self.aside = None
        fsync_dir(self.target.parent if str(self.target.parent) else Path("."))


def _naming(exc: OSError, target: Path) -> OSError:
    """``exc`` as the same kind of error, naming ``target`` (its temporary file means nothing to
    a person); a full disk is kept as it is."""
    if exc.errno is None:
        return exc
    return type(exc)(exc.errno, exc.strerror, str(target))


LEFTOVER_PREFIX = ".~"  # every temporary file ``replacing`` makes starts so (``tempfile.mkstemp`` below)


def is_leftover(path: str | os.PathLike) -> bool:
    """Whether ``path`` is named as a temporary file of ``replacing``: one a write cut short
    left behind (the stick pulled out after the workbook was written, before it was renamed).
    Its content may be whole, but the writer never finished: it is not the file it meant."""
    return Path(path).name.startswith(LEFTOVER_PREFIX)


STALE_AFTER = 3600  # seconds: a temporary file this old was left by a write that was cut short


def _remove_stale(folder: Path, stem: str, suffix: str) -> None:
    """Temporary files of an earlier write to the same target that never finished (the program
    was killed, the power went): on a USB stick nothing else would ever remove them."""
    import time

    try:
        old = [p for p in folder.glob(f".~{glob_escape(stem)}.*{glob_escape(suffix)}")
               if time.time() - p.stat().st_mtime > STALE_AFTER]
    except OSError:
        return
    for path in old:
        try:
            path.unlink()
        except OSError:
            pass


def glob_escape(text: str) -> str:
    import glob

    return glob.escape(text)


def _usual_mode(path: Path) -> None:
    """mkstemp makes the file private; the finished file gets the folder's usual permissions."""
    if os.name != "posix":
        return
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def clean_leftovers(folder: str | os.PathLike) -> list[Path]:
    """Remove the temporary files ``replacing`` left in ``folder`` when a write was cut short
    (power cut, kill, full disk). Call it only while no other program writes there."""
    folder = Path(folder)
    removed: list[Path] = []
    try:
        candidates = list(folder.glob(".~*"))
    except OSError:
        return removed
    for path in candidates:
        try:
            if path.is_file():
                path.unlink()
                removed.append(path)
        except OSError:
            pass
    return removed
