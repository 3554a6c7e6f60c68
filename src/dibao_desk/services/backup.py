"""Backups of the store and restoring one.

A backup is a consistent copy made with SQLite's online backup API (never a file copy of a
live WAL database), written through ``atomic.replacing``, switched to a single self-contained
file (journal mode DELETE), checked with ``PRAGMA integrity_check`` and recorded with its
SHA-256 (in the store, and in a ``.sha256`` file beside it in ``sha256sum`` format). Backups go
to ``<data folder>/backups`` and to a second folder the office chooses (another disk, a USB
stick); each folder is rotated (``domain.backups.to_keep``).

The documents filed with households (``<data folder>/files``, see ``services.household_files``)
travel with the store: beside ``dibao-….sqlite3`` a backup has ``dibao-….sqlite3.files.zip``
holding every file the copied store's ``household_file`` rows name, each read back and
compared with the SHA-256 the row records. A store without filed documents has no archive
(so backups made before documents existed stay valid). The ``.sha256`` file lists both.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import logging
import shutil
import sqlite3
import time
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from sqlalchemy import func, select

from dibao_desk.atomic import STALE_AFTER, replacing
from dibao_desk.domain import backups as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import dialect
from dibao_desk.models import BackupRecord, StoreSetting
from dibao_desk.models import store
from dibao_desk.models.base import utcnow
from dibao_desk.services.progress import NullProgress, Progress
from dibao_desk.services.uow import UnitOfWork

log = logging.getLogger(__name__)

LOCAL_FOLDER = "backups"
SETTING_FOLDER = "backup.folder"
# The largest file a FAT32 volume holds (4 GiB less one byte); most USB sticks are sold so.
FAT32_MAX_FILE = (1 << 32) - 1


@dataclass(frozen=True)
class BackupFile:
    path: Path
    external: bool
    sha256: str
    size: int
    files_count: int = 0  # filed documents in the archive beside the store copy
    files_sha256: str = ""  # the archive's SHA-256, "" when the store has no filed documents
    problems: tuple[Problem, ...] = ()  # documents missing or changed on disk, left out


@dataclass(frozen=True)
class BackupRun:
    made_at: dt.datetime
    files: tuple[BackupFile, ...]
    removed: tuple[Path, ...]
    problems: tuple[Problem, ...] = ()  # e.g. the second folder could not be written


@dataclass(frozen=True)
class BackupStatus:
    folder: str  # the second folder, "" when none is chosen
    last_any: dt.datetime | None  # UTC
    last_external: dt.datetime | None  # UTC
    external_stale: bool
    due: bool


# ---- settings kept in the store ---------------------------------------------------------------

def get_setting(uow: UnitOfWork, key: str, default: str = "") -> str:
    with uow:
        value = uow.session.get(StoreSetting, key)
        return value.value if value is not None else default


def set_setting(uow: UnitOfWork, key: str, value: str) -> None:
    with uow:
        row = uow.session.get(StoreSetting, key)
        before = row.value if row is not None else None
        if row is None:
            uow.session.add(StoreSetting(key=key, value=value))
        else:
            row.value = value
        uow.audit("setting", None, "save", {key: before} if before is not None else None, {key: value})
        uow.commit()


def backup_folder(uow: UnitOfWork) -> Path | None:
    value = get_setting(uow, SETTING_FOLDER)
    return Path(value) if value else None


def set_backup_folder(uow: UnitOfWork, folder: str | Path | None, data_dir: str | Path | None = None) -> None:
    """Choose the second backup folder; ``data_dir`` (the store's folder) may not hold it."""
    uow.require(Role.ADMIN)
    chosen = Path(folder).expanduser().resolve() if folder else None
    if chosen is not None and chosen.exists() and not chosen.is_dir():  # a folder not there now is a stick not in
        raise RuleError(Problem("backup.folder_is_file", "", {"folder": str(chosen)}))
    if chosen is not None and data_dir is not None and _inside(chosen, Path(data_dir)):
        raise RuleError(Problem("backup.folder_inside_data", "", {"folder": str(chosen)}))
    set_setting(uow, SETTING_FOLDER, str(chosen) if chosen else "")


def _inside(folder: Path, data_dir: Path) -> bool:
    """``folder`` is the data folder or lies in it: a copy there is lost with the disk."""
    data = data_dir.expanduser().resolve()
    return folder == data or data in folder.parents


def status(uow: UnitOfWork, now: dt.datetime | None = None) -> BackupStatus:
    now = now or utcnow()
    with uow:
        s = uow.session
        last_any = s.scalar(select(func.max(BackupRecord.made_at)))
        last_ext = s.scalar(select(func.max(BackupRecord.made_at)).where(BackupRecord.external.is_(True)))
        on_server = not dialect.is_sqlite(s.get_bind())
    folder = get_setting(uow, SETTING_FOLDER)
    if on_server:  # the server's own backups (pg_dump) keep a county database, not this program
        return BackupStatus(folder, last_any, last_ext, False, False)
    return BackupStatus(folder, last_any, last_ext, rules.external_is_stale(last_ext, now), rules.is_due(last_any, now))


# ---- making backups ----------------------------------------------------------------------------

def local_folder(store_path: Path) -> Path:
    return store_path.parent / LOCAL_FOLDER


def make_backups(uow: UnitOfWork, store_path: Path, *, to: str | Path | None = None, reason: str = "",
                 now: dt.datetime | None = None, progress: Progress | None = None) -> BackupRun:
    """Back the store up beside it and to the second folder (``to``, else the chosen one);
    ``progress`` hears each step (the copy beside the store, the second folder, the rotation).

    The copy beside the store must succeed (else RuleError, nothing left behind); a second
    folder that cannot be written is reported in ``problems``.
    """
    with uow:
        if not dialect.is_sqlite(uow.session.get_bind()):
            raise RuleError(Problem("backup.on_server", ""))
    now_local = now or dt.datetime.now()
    code = _office_code(uow)
    local = local_folder(store_path)
    external = Path(to).expanduser().resolve() if to else backup_folder(uow)
    name = free_name([local] + ([external] if external else []), code, now_local)
    progress = progress or NullProgress()
    progress.update(0, 0, "progress.backup.local", folder=str(local))
    try:
        local.mkdir(parents=True, exist_ok=True)
        first = snapshot(store_path, local / name)
    except (OSError, sqlite3.Error) as exc:
        raise RuleError(_write_problem(exc, local)) from exc
    except RuleError:
        raise
    files = [first]
    problems: list[Problem] = list(first.problems)
    if external is not None and external.resolve() != local.resolve():
        progress.update(0, 0, "progress.backup.second", folder=str(external))
        try:
            if not external.is_dir():
                raise FileNotFoundError(errno.ENOENT, "no such folder", str(external))
            _remove_stale_parts(external)
            copied = copy_verified(first.path, external / name)
            # a second folder inside the data folder goes with the same disk: not "outside"
            files.append(replace(copied, external=False) if _inside(external, store_path.parent) else copied)
        except (OSError, sqlite3.Error, RuleError) as exc:
            log.warning("backup to %s failed: %s", external, exc)
            problems.append(exc.problems[0] if isinstance(exc, RuleError)
                            else _write_problem(exc, external, _largest(first.path)))
    made_at = utcnow()
    with uow:
        for f in files:
            uow.session.add(BackupRecord(made_at=made_at, path=str(f.path), external=f.external,
                                         sha256=f.sha256, size=f.size, reason=reason))
        uow.audit("backup", None, "make", None, {
            "files": [str(f.path) for f in files], "sha256": first.sha256, "reason": reason})
        uow.commit()
    removed: list[Path] = []
    progress.update(0, 0, "progress.backup.rotate")
    for f in files:
        removed += rotate(f.path.parent, code, made=f.path.name)
    return BackupRun(made_at, tuple(files), tuple(removed), tuple(problems))


def snapshot(store_path: Path, target: Path) -> BackupFile:
    """A consistent, verified, self-contained copy of the live store at ``target``, with the
    filed documents its rows name in ``target.files.zip`` (all or nothing)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with replacing(target, ".part") as tmp:
            store.copy_file(store_path, tmp, lambda copy: _require_ok(copy, target))
            digest, size = file_sha256(tmp)
            count, files_digest, problems = _archive_files(tmp, store_path.parent, files_archive(target))
        _write_sidecar(target, digest, files_digest)
    except BaseException:
        # all or nothing (``target`` is a name no backup had, see free_name): a disk that filled
        # up at the .sha256 file left a copy no record names, counted by the rotation among the
        # newest and shown for a restore as unverifiable
        with contextlib.suppress(OSError):
            files_archive(target).unlink(missing_ok=True)
            if not sidecar(target).exists():
                target.unlink(missing_ok=True)
        raise
    return BackupFile(target, False, digest, size, count, files_digest, problems)


def copy_verified(source: Path, target: Path) -> BackupFile:
    """Copy a finished backup (and its documents' archive); read each copy back: same SHA-256
    and integrity_check ok."""
    want, _ = file_sha256(source)
    files_digest, count = "", 0
    if files_archive(source).exists():
        files_want, _ = file_sha256(files_archive(source))
        with replacing(files_archive(target), ".part") as tmp:
            with open(files_archive(source), "rb") as fin, open(tmp, "wb") as fout:
                shutil.copyfileobj(fin, fout, 1 << 20)
            files_digest, _ = file_sha256(tmp)
            if files_digest != files_want:
                raise RuleError(Problem("backup.verify_failed", "", {"path": str(files_archive(target))}))
            with zipfile.ZipFile(tmp) as z:
                if z.testzip() is not None:
                    raise RuleError(Problem("backup.verify_failed", "", {"path": str(files_archive(target))}))
                count = len([n for n in z.namelist() if n != MISSING])
    try:
        with replacing(target, ".part") as tmp:
            with open(source, "rb") as fin, open(tmp, "wb") as fout:
                shutil.copyfileobj(fin, fout, 1 << 20)
            got, size = file_sha256(tmp)
            if got != want:
                raise RuleError(Problem("backup.verify_failed", "", {"path": str(target)}))
            con = sqlite3.connect(tmp)
            try:
                _require_ok(con, target)
            finally:
                con.close()
        _write_sidecar(target, got, files_digest)
    except BaseException:
        # all or nothing: a stick that filled up while the store was copied keeps neither the
        # documents' archive copied before it (never rotated, it would fill the stick for good)
        # nor a copy without its .sha256 file
        with contextlib.suppress(OSError):  # a stick pulled out: the first error is the one to tell
            if files_digest:
                files_archive(target).unlink(missing_ok=True)
            if not sidecar(target).exists():
                target.unlink(missing_ok=True)
        raise
    return BackupFile(target, True, got, size, count, files_digest)


def rotate(folder: Path, code: str, rotation: rules.Rotation = rules.Rotation(), made: str = "") -> list[Path]:
    """Delete the backups of this office in ``folder`` that the rotation no longer keeps.

    ``made`` (the backup just written) always stays: the rotation goes by the dates in the
    names, and a PC whose clock went back (a flat BIOS battery: 2000-01-01) names its new
    backup older than every other one, which would otherwise be deleted at once, leaving the
    office with no copy of what it entered since."""
    found = [n for n in (rules.parse_name(p.name) for p in folder.glob("dibao-*.sqlite3")) if n]
    mine = [n for n in found if n.code == rules.code_key(code)]
    keep = rules.to_keep(mine, rotation) | {made}
    removed = []
    for n in mine:
        if n.kind or n.name in keep:
            continue
        path = folder / n.name
        try:
            path.unlink()
            sidecar(path).unlink(missing_ok=True)
            files_archive(path).unlink(missing_ok=True)
            removed.append(path)
        except OSError as exc:
            log.warning("could not remove old backup %s: %s", path, exc)
    return removed


def _remove_stale_parts(folder: Path) -> None:
    """The temporary files of backups cut short in ``folder`` (the stick pulled out, the program
    killed) more than an hour ago. Each backup has a name of its own, so the next write to the
    same name, which would remove them, never comes; the data folder's are removed when the
    store is opened (``storelock``), a stick's only here. Newer ones may be another PC's
    backup under way."""
    try:
        parts = [p for p in folder.glob(".~dibao-*.part")
                 if time.time() - p.stat().st_mtime > STALE_AFTER and p.is_file()]
    except OSError:
        return
    for path in parts:
        try:
            path.unlink()
        except OSError:
            pass


def free_name(folders: list[Path], code: str, at: dt.datetime, kind: str = "") -> str:
    """A backup name not yet used in any of ``folders`` (a second backup within the same second)."""
    while True:
        name = rules.file_name(code, at, kind)
        if not any((f / name).exists() for f in folders):
            return name
        at += dt.timedelta(seconds=1)


def list_backups(folder: Path) -> list[Path]:
    named = [(n, folder / n.name) for n in (rules.parse_name(p.name) for p in folder.glob("dibao-*.sqlite3")) if n]
    return [p for n, p in sorted(named, key=lambda np: np[0].at, reverse=True)]


# ---- helpers ------------------------------------------------------------------------------------

def file_sha256(path: Path, on_read: Callable[[int], None] | None = None) -> tuple[str, int]:
    """(SHA-256, size) of the file; ``on_read(bytes so far)`` after every MiB read (a progress
    bar; it may raise to stop)."""
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
            size += len(chunk)
            if on_read is not None:
                on_read(size)
    return h.hexdigest(), size


def sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def files_archive(path: Path) -> Path:
    """The archive of filed documents that goes with the backup at ``path``."""
    return path.with_name(path.name + ".files.zip")


def _write_sidecar(target: Path, digest: str, files_digest: str = "") -> None:
    lines = f"{digest}  {target.name}\n"
    if files_digest:
        lines += f"{files_digest}  {files_archive(target).name}\n"
    with replacing(sidecar(target), ".part") as tmp:
        tmp.write_text(lines, encoding="utf-8")


def recorded_sha256(path: Path, name: str | None = None) -> str | None:
    """The SHA-256 the ``.sha256`` file beside the backup ``path`` records for ``name``
    (the backup itself by default, or its documents' archive)."""
    try:
        data = sidecar(path).read_bytes()
    except OSError:
        return None
    # A .sha256 file damaged on a stick may not even be text: what it records then matches no
    # digest, and the backup is refused as altered or damaged.
    lines = [line.split(None, 1) for line in data.decode("utf-8", errors="replace").splitlines()]
    lines = [parts for parts in lines if parts]
    if name is None:
        return lines[0][0].lower() if lines else None
    for parts in lines:
        if len(parts) == 2 and parts[1].strip().lstrip("*") == name:
            return parts[0].lower()
    return None


def recorded_in_store(uow: UnitOfWork, name: str) -> str | None:
    """The SHA-256 the store recorded when it made the backup named ``name`` (in any folder),
    or None: for a backup copied on without its ``.sha256`` file."""
    with uow:
        rows = uow.session.execute(select(BackupRecord.path, BackupRecord.sha256)
                                   .where(BackupRecord.path.endswith(name, autoescape=True))
                                   .order_by(BackupRecord.id.desc())).all()
    return next((digest for where, digest in rows if Path(where).name == name), None)


def filed_documents(store_file: Path) -> list[tuple[str, str]]:
    """(stored path, SHA-256) of every filed document a store file's rows name, read-only."""
    con = sqlite3.connect(Path(store_file).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        if con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'household_file'"
                       ).fetchone()[0] == 0:
            return []
        return sorted({(p, h) for p, h in con.execute("SELECT stored_path, sha256 FROM household_file")})
    finally:
        con.close()


MISSING = "missing.txt"  # in the archive: documents the store named that were gone at backup time


def _archive_files(store_copy: Path, data_dir: Path, target: Path) -> tuple[int, str, tuple[Problem, ...]]:
    """Write the documents ``store_copy`` names from ``data_dir`` into the zip ``target``, read
    it back against the recorded hashes; (count, SHA-256 of the zip, problems). No rows, no
    archive. A document missing or changed on disk does not stop the backup of everything
    else: it is listed in the archive's ``missing.txt`` and reported."""
    wanted = filed_documents(store_copy)
    if not wanted:
        target.unlink(missing_ok=True)
        return 0, "", ()
    problems: list[Problem] = []
    missing: list[str] = []
    with replacing(target, ".part") as tmp:
        # scans and photos are compressed already: stored, not deflated
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED, allowZip64=True) as z:
            for relative, digest in wanted:
                source = data_dir.joinpath(*relative.split("/"))
                try:
                    got, _ = file_sha256(source)
                except OSError:
                    got = None
                if got != digest:
                    missing.append(relative)
                    problems.append(Problem("backup.file_missing" if got is None else "backup.file_changed", "",
                                            {"path": str(source)}))
                    continue
                z.write(source, relative)
            if missing:
                z.writestr(MISSING, "\n".join(missing) + "\n")
        check_archive(tmp, wanted)
        files_digest, _ = file_sha256(tmp)
    return len(wanted) - len(missing), files_digest, tuple(problems)


def archive_missing(z: zipfile.ZipFile) -> set[str]:
    """The documents an archive records as missing at backup time."""
    if MISSING not in z.namelist():
        return set()
    return set(z.read(MISSING).decode("utf-8").split())


def check_archive(archive: Path, wanted: list[tuple[str, str]],
                  on_document: Callable[[int, int], None] | None = None) -> None:
    """Every document in ``wanted`` is in the zip with its SHA-256 (or recorded missing at
    backup time); RuleError otherwise. ``on_document(checked, of)`` before each one (a
    progress bar; it may raise to stop)."""
    try:
        with zipfile.ZipFile(archive) as z:
            names = set(z.namelist())
            missing = archive_missing(z)
            for k, (relative, digest) in enumerate(wanted):
                if on_document is not None:
                    on_document(k, len(wanted))
                if relative in missing:
                    continue
                if relative not in names:
                    raise RuleError(Problem("backup.archive_bad", "", {"path": str(archive), "name": relative}))
                h = hashlib.sha256()
                with z.open(relative) as fh:
                    for chunk in iter(lambda: fh.read(1 << 20), b""):
                        h.update(chunk)
                if h.hexdigest() != digest:
                    raise RuleError(Problem("backup.archive_bad", "", {"path": str(archive), "name": relative}))
    except (OSError, zipfile.BadZipFile):
        raise RuleError(Problem("backup.archive_bad", "", {"path": str(archive), "name": ""})) from None


def _require_ok(con: sqlite3.Connection, target: Path) -> None:
    rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        raise RuleError(Problem("backup.verify_failed", "", {"path": str(target)}))


def _office_code(uow: UnitOfWork) -> str:
    from dibao_desk.services import office

    info = office.get_office(uow)
    return info.admin_code if info else ""


def _largest(backup_file: Path) -> int:
    """The size of the largest file a backup copies: the store, or its documents' archive."""
    sizes = []
    for path in (backup_file, files_archive(backup_file)):
        with contextlib.suppress(OSError):
            sizes.append(path.stat().st_size)
    return max(sizes, default=0)


def _too_big_for(exc: Exception, folder: Path, size: int) -> bool:
    """The write failed on the folder's largest-file limit (a FAT32 stick: under 4 GB), not on
    a missing folder, a refusal or a disk really full. Linux and macOS say so (EFBIG); Windows
    answers "disk full" or "invalid argument" on a stick that still has room."""
    number = getattr(exc, "errno", None)
    if number == errno.EFBIG:
        return True
    if size <= FAT32_MAX_FILE or not isinstance(exc, OSError):
        return False
    if number in (errno.ENOENT, errno.EACCES, errno.EPERM, errno.EROFS):
        return False
    try:
        return shutil.disk_usage(folder).free >= size  # the failed copy was removed: room there was
    except OSError:
        return False


def _write_problem(exc: Exception, folder: Path, size: int = 0) -> Problem:
    from dibao_desk.services.errors import is_disk_full

    if _too_big_for(exc, folder, size):
        return Problem("backup.too_big_for_folder", "", {"folder": str(folder), "size": f"{size / (1 << 30):.1f}"})
    if is_disk_full(exc):
        return Problem("backup.disk_full", "", {"folder": str(folder)})
    number = getattr(exc, "errno", None)
    if number == errno.ENOENT:
        return Problem("backup.folder_missing", "", {"folder": str(folder)})
    if number in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Problem("backup.folder_denied", "", {"folder": str(folder)})
    # the system's own words (English on most machines) go to the log, not to the person
    log.warning("backup to %s failed: %s", folder, exc)
    return Problem("backup.write_failed", "", {"folder": str(folder)})

