"""Restore the store from a backup: look at the file first, keep the current store, then swap.

``inspect_backup`` says what a backup holds (date, office, counts, schema) and whether it can
be restored here. ``restore`` refuses another office's backup, a corrupt file, one whose
recorded SHA-256 does not match, or one from a newer program; otherwise it backs the current
store up (``...-before-restore.sqlite3``), writes the backup's content to a temporary file
beside the store, upgrades that copy to this program's schema if the backup came from an older
version (a failure there leaves the store as it was), renames it over the store, reopens it and
records the restore in the audit log. Restoring the copy it kept undoes it. A restore that
fails before the store is replaced removes its copy again (the store is as it was); of the
copies kept before restores that were done, the newest ``KEEP_KEPT`` stay.

The filed documents (``<data folder>/files``) come back with the store: the backup's archive
is read from the stick once (copied beside the store while hashed), unpacked into a folder
beside ``files`` while each document is checked against the hash its row records, all before
anything changes, and swapped in with the store; if the store cannot be replaced, the
documents in place stay as they were. A backup made before documents existed has no archive
and restores as before (its store names no documents).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
import sqlite3
import tempfile
import time
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from dibao_desk.atomic import Pending, glob_escape
from dibao_desk.domain import backups as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models.store import DB_NAME, alembic_config, head_revision, upgrade_file
from dibao_desk.services import accounts, backup, office, restore_accounts
from dibao_desk.services.context import AppContext
from dibao_desk.services.errors import is_disk_full
from dibao_desk.services.progress import NullProgress, Progress
from dibao_desk.services.storelock import RESTORE_SWAP

log = logging.getLogger(__name__)

# What the dialog shows, counted in the backup (table name -> label key in messages).
COUNTED = ("village", "household", "member", "audit_log")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime | None  # from the file name (office PC's time), else the file's date
    office_name: str
    office_code: str
    county_name: str
    counts: dict[str, int]
    schema_revision: str
    program_revision: str
    sha256: str
    sha256_recorded: str | None
    problems: tuple[Problem, ...] = field(default=())
    files_count: int = 0  # filed documents the backup carries (checked against their hashes)
    office_mode: str = ""  # "township" or "county": the office's mode in the backup
    # how the store's accounts differ from the backup's, which the restore brings back (docs/safety.md)
    account_changes: tuple[restore_accounts.AccountChange, ...] = ()
    accounts_then: restore_accounts.AccountsThen | None = field(default=None, repr=False)  # hashes: never shown

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def older_schema(self) -> bool:
        return self.schema_revision != self.program_revision


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    kept: Path  # the store as it was before, restorable to undo
    migrated_from: str  # schema the backup had ("" when current)
    accounts_kept: bool = False  # the store's accounts kept (services.restore_accounts), not the backup's


def inspect_for(ctx: AppContext, path: str | Path, progress: Progress | None = None, *,
                copy: Path | None = None, digest: str | None = None, files: bool = True) -> BackupInfo:
    """``inspect_backup`` against the store ``ctx`` has open (its office, demo or not)."""
    current = office.get_office(ctx.uow())
    info = inspect_backup(path, current.admin_code if current else None,
                          accounts.is_demo(ctx.uow()) if current else None, current.mode if current else None,
                          backup.recorded_in_store(ctx.uow(), Path(path).name) if current else None,
                          progress=progress, copy=copy, digest=digest, files=files)
    now = restore_accounts.of_store(ctx.uow()) if current else None
    if now is None or not now.rows or info.accounts_then is None:  # a new folder's store has none to lose
        return info
    return replace(info, account_changes=restore_accounts.changes(now, info.accounts_then))


def inspect_backup(path: str | Path, current_code: str | None = None,
                   current_demo: bool | None = None, current_mode: str | None = None,
                   recorded_here: str | None = None, *, progress: Progress | None = None,
                   copy: Path | None = None, digest: str | None = None, files: bool = True) -> BackupInfo:
    """Read a backup without changing it; ``problems`` say why it cannot be restored here.
    ``copy`` and ``digest``: a copy of the backup already made (and its SHA-256, taken while
    it was copied): its content is checked there, not read again from ``path`` (whose name,
    ``.sha256`` file, ``-wal`` and documents' archive still count). ``files=False``: the
    documents' archive is not looked at (``restore`` checks it while unpacking it).
    ``recorded_here``: the SHA-256 the current store recorded for a backup of that name,
    checked when the ``.sha256`` file did not come with it. It reads the whole backup and its
    documents' archive (gigabytes, on a USB stick): ``progress`` hears how far it is, and its
    Cancel stops it (``Cancelled``); the window runs it on the worker."""
    progress = progress or NullProgress()
    path = Path(path)
    name = rules.parse_name(path.name)
    made_at = name.at if name else None
    problems: list[Problem] = []
    program = head_revision()
    content = copy or path
    try:
        with open(content, "rb") as fh:
            is_sqlite = fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
        # a film, an archive or an installer picked by mistake is said at once, not after
        # reading its gigabytes through for the SHA-256 (the window waits for this)
        if digest is None:
            digest = _hash(path, progress) if is_sqlite else ""
    except OSError:
        return BackupInfo(path, made_at, "", "", "", {}, "", program, "", None,
                          (Problem("restore.unreadable", "", {"path": str(path)}),))
    recorded = backup.recorded_sha256(path)
    if recorded is None:
        recorded = recorded_here
    if made_at is None:
        made_at = dt.datetime.fromtimestamp(path.stat().st_mtime)
    wal = path.with_name(path.name + "-wal")
    if is_sqlite and wal.is_file() and wal.stat().st_size > 0:
        # a store copied straight out of a data folder (or still open): its latest changes are
        # in the -wal file beside it, which the backup is read without; restored so, they would
        # be lost without a word
        return BackupInfo(path, made_at, "", "", "", {}, "", program, digest, recorded,
                          (Problem("restore.wal_beside", "", {"path": str(path), "wal": wal.name,
                                                               "folder": str(path.parent)}),))
    facts = _facts(content, progress) if is_sqlite else None
    if facts is None:
        return BackupInfo(path, made_at, "", "", "", {}, "", program, digest, recorded,
                          (Problem("restore.corrupt", "", {"path": str(path)}),))
    office_row, counts, revision, integrity, demo, foreign, accounts_then = facts
    if integrity != ["ok"]:
        problems.append(Problem("restore.corrupt", "", {"path": str(path)}))
    if foreign:
        problems.append(Problem("restore.foreign_objects", "", {"path": str(path), "names": "、".join(foreign[:5])}))
    if recorded is not None and recorded != digest:
        problems.append(Problem("restore.checksum", "", {"path": str(path)}))
    from alembic.script import ScriptDirectory  # loaded when a backup is looked at, not at every start

    known = {r.revision for r in ScriptDirectory.from_config(alembic_config("sqlite://")).walk_revisions()}
    if revision and revision not in known and office_row is not None:
        # (another program's database may use Alembic too: it is no backup, not a newer one)
        problems.append(Problem("restore.newer_schema", "", {"revision": revision}))
    name_, code, county, mode = office_row or ("", "", "", "")
    if office_row is None or not revision:
        problems.append(Problem("restore.not_store", "", {"path": str(path)}))
    elif current_mode and mode and mode != current_mode:  # a county's store in a township's folder, or back
        problems.append(Problem(f"restore.{mode}_backup", "", {"name": name_, "code": code}))
    elif current_code and code != current_code:
        problems.append(Problem("restore.other_office", "", {"name": name_, "code": code}))
    elif current_demo is not None and demo != current_demo:
        problems.append(Problem("restore.demo_backup" if demo else "restore.into_demo", ""))
    files_count = 0
    if not problems and files:
        try:
            files_count = _check_files(path, progress, content)
        except RuleError as exc:
            problems.extend(exc.problems)
    return BackupInfo(path, made_at, name_, code, county, counts, revision or "", program, digest, recorded,
                      tuple(problems), files_count, mode, accounts_then=accounts_then)


def _check_files(path: Path, progress: Progress, content: Path | None = None) -> int:
    """How many filed documents the backup at ``path`` carries, each checked; RuleError if one
    its store names is missing or differs, or the archive's recorded SHA-256 does not match.
    ``content``: the copy of the backup's store already read (the documents it names)."""
    wanted = backup.filed_documents(content or path)
    if not wanted:
        return 0
    archive = backup.files_archive(path)
    if not archive.exists():
        raise RuleError(Problem("restore.files_missing", "", {"path": str(path), "archive": archive.name}))
    recorded = backup.recorded_sha256(path, archive.name)
    if recorded is not None and recorded != _hash(archive, progress):
        raise RuleError(Problem("restore.checksum", "", {"path": str(archive)}))

    def checking(done: int, of: int) -> None:
        progress.check()
        progress.update(done, of, "progress.restore.check_files", count=of)

    backup.check_archive(archive, wanted, checking)
    return len(wanted)


def _hash(path: Path, progress: Progress) -> str:
    """The file's SHA-256, read with the bar in MiB (a 4 GB archive does not fit an int bar in bytes)."""
    total = max(1, -(-path.stat().st_size // (1 << 20)))
    progress.update(0, total, "progress.restore.hash", name=path.name)

    def read(size: int) -> None:
        progress.check()
        progress.update(min(total, size >> 20), total)

    return backup.file_sha256(path, read)[0]


def restore(ctx: AppContext, path: str | Path, *, operator: str = "", progress: Progress | None = None,
            expected_sha256: str | None = None) -> RestoreResult:
    """Replace the store with the backup at ``path`` (see the module's words); ``progress``
    hears each step. The backup is read once: copied beside the store while its SHA-256 is
    taken (``_copy_hashing``); every check runs on that copy, which is then renamed over the
    store. ``expected_sha256``: the SHA-256 of the backup as it was shown (``inspect_for``);
    a backup changed since is refused (``restore.changed``). Whatever fails before the rename
    leaves the store as it was and removes the copy; copies a restore cut short left (a kill,
    a power cut) are removed when the next one starts."""
    progress = progress or NullProgress()
    ctx.uow().require(Role.ADMIN)
    if ctx.store.on_server:
        raise RuleError(Problem("backup.on_server", ""))
    path = Path(path).resolve()
    current = office.get_office(ctx.uow())
    store_path = ctx.store.path
    remove_partial_copies(store_path)
    pending = Pending(store_path, PART)
    staged: Path | None = None
    try:
        info, wanted = _copy_checked(ctx, path, pending.path, progress, expected_sha256)
        staged = _stage_files(path, wanted, store_path, progress)
        info = replace(info, files_count=len(wanted))
        kept_accounts = restore_accounts.carry_over(pending.path, store_path)
        return _swap_in(ctx, path, info, pending, current.admin_code if current else "", progress, staged,
                        kept_accounts)
    except BaseException:
        pending.discard()  # (nothing once it is the store)
        if staged is not None:  # (gone once it is the documents' folder)
            shutil.rmtree(staged, ignore_errors=True)
        raise


PART = ".restore-part"  # the suffix of the copy of a backup a restore makes beside the store


def remove_partial_copies(store_path: Path) -> list[Path]:
    """Remove the copies of a backup that restores cut short left beside the store (whatever
    their age: only a restore makes them, and it holds the store to itself)."""
    removed = []
    for leftover in store_path.parent.glob(f".~{glob_escape(store_path.stem)}.*{glob_escape(PART)}"):
        try:
            leftover.unlink()
            removed.append(leftover)
        except OSError:
            log.warning("could not remove %s, left by a restore cut short", leftover, exc_info=True)
    return removed


def _copy_hashing(source: Path, target: Path, progress: Progress) -> str:
    """Copy ``source`` to ``target``, taking the SHA-256 of what was read (one read of the
    backup, with the bar in MiB); flushed to disk."""
    total = max(1, -(-source.stat().st_size // (1 << 20)))
    progress.update(0, total, "progress.restore.copy", name=source.name)
    h = hashlib.sha256()
    done = 0
    with open(source, "rb") as fin, open(target, "wb") as fout:
        for chunk in iter(lambda: fin.read(1 << 20), b""):
            h.update(chunk)
            fout.write(chunk)
            done += len(chunk)
            progress.check()
            progress.update(min(total, done >> 20), total)
        fout.flush()
        os.fsync(fout.fileno())
    return h.hexdigest()


def _copy_checked(ctx: AppContext, path: Path, copy: Path, progress: Progress,
                  expected_sha256: str | None) -> tuple[BackupInfo, list[tuple[str, str]]]:
    """The backup copied to ``copy`` and checked there (RuleError: why it is not restored),
    with the documents (stored path, SHA-256) that copy names, as it came."""
    try:
        digest = _copy_hashing(path, copy, progress)
    except OSError as exc:
        if not path.is_file():
            raise RuleError(Problem("restore.unreadable", "", {"path": str(path)})) from exc
        if is_disk_full(exc):
            raise RuleError(_disk_full(ctx.store.path, path)) from exc
        raise
    if expected_sha256 is not None and digest != expected_sha256:
        raise RuleError(Problem("restore.changed", "", {"path": str(path)}))
    info = inspect_for(ctx, path, progress, copy=copy, digest=digest, files=False)
    if info.problems:
        raise RuleError(list(info.problems))
    wanted = backup.filed_documents(copy)
    con = sqlite3.connect(copy)
    try:  # the store is one file: no -wal beside it after the rename
        con.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as exc:
        raise RuleError(Problem("restore.corrupt", "", {"path": str(path)})) from exc
    finally:
        con.close()
    if info.older_schema:  # upgraded here, before anything of the store is touched
        _upgrade_copy(copy, info.schema_revision)
    return info, wanted


def _swap_in(ctx: AppContext, path: Path, info: BackupInfo, pending: Pending, code: str,
             progress: Progress, staged: Path, accounts_kept: bool = False) -> RestoreResult:
    """Keep the current store, put the checked copy (``pending``) and the backup's documents
    (unpacked and checked in ``staged``) in its place, record the restore."""
    progress.update(0, 0, "progress.restore.keep")
    store_path = ctx.store.path
    folder = backup.local_folder(store_path)
    kept = backup.snapshot(store_path, folder / backup.free_name([folder], code, dt.datetime.now(), KIND_KEPT))
    replaced = False
    try:
        files = store_path.parent / FILES
        progress.update(0, 0, "progress.restore.swap")
        aside = store_path.parent / RESTORE_SWAP[1]
        try:
            with ctx.gate.swapping():  # the window's reads wait until the new file is in place
                ctx.store.close()
                swapped = False
                try:
                    _single_file(store_path)
                    pending.sync()
                    # the documents are swapped last, just before the store's rename: a failure before
                    # here leaves both as they were; this one puts the documents back
                    shutil.rmtree(aside, ignore_errors=True)
                    if files.exists():
                        files.rename(aside)
                    try:
                        staged.rename(files)
                    except OSError:
                        if aside.exists():
                            aside.rename(files)
                        raise
                    swapped = True
                    pending.place()
                    replaced = True  # the store is the backup's now: the kept copy is the way back
                except BaseException:
                    if swapped and not replaced:  # the store's rename failed after the documents moved
                        shutil.rmtree(files, ignore_errors=True)
                        if aside.exists():
                            aside.rename(files)
                    raise
                finally:
                    ctx.reopen()  # the restored store (already upgraded); or the old one after a failure
        except BaseException:
            shutil.rmtree(staged, ignore_errors=True)
            raise
    except BaseException:
        if not replaced:  # the store is as it was: a copy of it kept at every failed try would fill the disk
            _discard(kept.path)
        raise
    _rotate_kept(folder, code, kept.path.name)
    shutil.rmtree(aside, ignore_errors=True)  # the kept backup holds them
    uow = ctx.uow()
    with uow:
        uow.audit("store", None, "restore", None, {
            "file": str(path), "sha256": info.sha256, "made_at": info.made_at.isoformat() if info.made_at else "",
            "schema": info.schema_revision, "kept": str(kept.path),
            "accounts": "kept" if accounts_kept else "backup",
            "account_differences": [c.audit() for c in info.account_changes]})
        uow.commit()
    return RestoreResult(info, kept.path, info.schema_revision if info.older_schema else "", accounts_kept)


FILES = "files"  # services.household_files.FOLDER
KIND_KEPT = "before-restore"  # the kind in the name of the copy a restore keeps of the store
KEEP_KEPT = 5  # the copies kept before restores that were done: the newest ones


def _discard(kept: Path) -> None:
    """Remove the copy of the store kept before a restore that failed (with its ``.sha256`` file
    and documents' archive): the store was not touched, so it undoes nothing."""
    for path in (kept, backup.sidecar(kept), backup.files_archive(kept)):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s after a failed restore", path, exc_info=True)


def _rotate_kept(folder: Path, code: str, made: str) -> list[Path]:
    """Keep the newest ``KEEP_KEPT`` copies made before restores of this office (``made``, the
    one just made, whatever the clock said); remove the older ones. Restoring one of them undoes
    a restore; an office going back further has its ordinary backups."""
    mine = [n for n in (rules.parse_name(p.name) for p in folder.glob("dibao-*.sqlite3"))
            if n and n.kind == KIND_KEPT and n.code == rules.code_key(code)]
    newest = sorted(mine, key=lambda n: n.at, reverse=True)
    keep = {n.name for n in newest[:KEEP_KEPT]} | {made}
    removed = []
    for n in mine:
        if n.name not in keep:
            _discard(folder / n.name)
            removed.append(folder / n.name)
    return removed
SQLITE_MAGIC = b"SQLite format 3\x00"  # the first bytes of every SQLite database file


def _upgrade_copy(tmp: Path, revision: str) -> None:
    """Bring the restored copy of a backup from an older program to this program's schema
    before it replaces the store; RuleError("restore.upgrade_failed") if that fails (the copy
    is then discarded and the store stays as it was)."""
    try:
        upgrade_file(tmp)
        con = sqlite3.connect(tmp)
        try:
            ok = [r[0] for r in con.execute("PRAGMA integrity_check")] == ["ok"]
        finally:
            con.close()
        if not ok:
            raise sqlite3.DatabaseError("integrity_check after the upgrade")
    except Exception as exc:
        log.exception("upgrading the restored copy from %s failed", revision)
        raise RuleError(Problem("restore.upgrade_failed", "", {"revision": revision})) from exc


def _disk_full(store_path: Path, read: Path) -> Problem:
    """No room in the data folder for the copy of ``read`` (the backup or its documents' archive)
    a restore makes there: said with the room it needs, and that the backup is not at fault."""
    try:
        size = read.stat().st_size
    except OSError:
        size = 0
    return Problem("restore.disk_full", "", {"folder": str(store_path.parent), "path": str(read),
                                             "size": f"{max(1, -(-size // (1 << 20)))}"})


def _stage_files(path: Path, wanted: list[tuple[str, str]], store_path: Path, progress: Progress) -> Path:
    """Unpack the backup's documents ``wanted`` (stored path, SHA-256) into a new folder beside
    ``files`` (empty when the store names none). The archive is read from the stick once: copied
    beside the store while its SHA-256 is taken (checked against the ``.sha256`` file), then
    each document is unpacked from that copy while hashed and checked against its row.
    RuleError, and nothing left (neither folder nor copy), on failure."""
    staged = store_path.parent / RESTORE_SWAP[0]
    shutil.rmtree(staged, ignore_errors=True)
    staged.mkdir(parents=True)
    archive = backup.files_archive(path)
    local: Path | None = None
    try:
        if wanted:
            if not archive.exists():
                raise RuleError(Problem("restore.files_missing", "", {"path": str(path), "archive": archive.name}))
            fd, name = tempfile.mkstemp(prefix=f".~{store_path.stem}.", suffix=f".files{PART}",
                                        dir=store_path.parent)
            os.close(fd)
            local = Path(name)
            digest = _copy_hashing(archive, local, progress)
            recorded = backup.recorded_sha256(path, archive.name)
            if recorded is not None and recorded != digest:
                raise RuleError(Problem("restore.checksum", "", {"path": str(archive)}))
            _unpack_checked(local, archive, wanted, staged, progress)
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        shutil.rmtree(staged, ignore_errors=True)
        if is_disk_full(exc):  # the backup is whole: the data folder's disk has no room for it
            raise RuleError(_disk_full(store_path, archive)) from exc
        raise RuleError(Problem("backup.archive_bad", "", {"path": str(archive), "name": ""})) from exc
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    finally:
        if local is not None:
            local.unlink(missing_ok=True)
    return staged


def _unpack_checked(local: Path, archive: Path, wanted: list[tuple[str, str]], staged: Path,
                    progress: Progress) -> None:
    """Each document of ``wanted`` written from the archive copy ``local`` into ``staged``
    while its SHA-256 is taken (one pass); one that differs from its row, or is not in the
    archive without being recorded missing at backup time, is refused (``archive`` named)."""
    with zipfile.ZipFile(local) as z:
        names = set(z.namelist())
        missing = backup.archive_missing(z)
        for k, (relative, digest) in enumerate(wanted):
            progress.check()
            progress.update(k, len(wanted), "progress.restore.check_files" if k == 0 else None, count=len(wanted))
            if relative in missing:
                continue
            if relative not in names:
                raise RuleError(Problem("backup.archive_bad", "", {"path": str(archive), "name": relative}))
            target = _staged_path(staged, relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            h = hashlib.sha256()
            with z.open(relative) as fin, open(target, "wb") as fout:
                for chunk in iter(lambda: fin.read(1 << 20), b""):
                    h.update(chunk)
                    fout.write(chunk)
            if h.hexdigest() != digest:
                raise RuleError(Problem("backup.archive_bad", "", {"path": str(archive), "name": relative}))


def recover_files(data_dir: Path) -> None:
    """Finish or undo a swap of the documents that a restore cut short (a kill, a power cut):
    keep whichever of ``files`` and ``files.before-restore`` holds what the store names. Call
    it only while no other program uses the folder (the store lock is held)."""
    data_dir = Path(data_dir)
    staged, aside, files = data_dir / RESTORE_SWAP[0], data_dir / RESTORE_SWAP[1], data_dir / FILES
    if not aside.exists():
        shutil.rmtree(staged, ignore_errors=True)
        return
    store = data_dir / DB_NAME
    try:
        wanted = backup.filed_documents(store) if store.exists() else []
    except sqlite3.Error:
        log.warning("could not read the documents %s names; %s left as it is", store, aside)
        return

    def holds(folder: Path) -> bool:
        return folder.is_dir() and all(_staged_path(folder, r).is_file() for r, _ in wanted)

    try:
        if holds(files) and files.exists():
            shutil.rmtree(aside)
        elif holds(aside):
            shutil.rmtree(files, ignore_errors=True)
            aside.rename(files)
            log.warning("a restore was cut short: the documents the store names are back in %s", files)
        shutil.rmtree(staged, ignore_errors=True)
    except (OSError, KeyError):
        log.warning("could not tidy the documents after an interrupted restore", exc_info=True)


def _staged_path(staged: Path, relative: str) -> Path:
    """Where ``files/<household>/<name>`` (relative to the data folder) goes in the staged copy."""
    parts = relative.split("/")
    if len(parts) < 2 or parts[0] != FILES or any(p in ("", ".", "..") for p in parts):
        raise KeyError(relative)  # a path that would leave the files folder: not one of ours
    return staged.joinpath(*parts[1:])


def _single_file(store_path: Path, attempts: int = 20) -> None:
    """Fold the WAL into the store and leave no -wal/-shm beside it, so a rename replaces it whole.

    SQLite changes the journal mode only when no other connection has the file open; a
    reader that is just finishing gets a few moments, another program keeps it refused."""
    for attempt in range(attempts):
        con = sqlite3.connect(store_path, timeout=5)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if con.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete":
                return
        except sqlite3.OperationalError:
            pass
        finally:
            con.close()
        time.sleep(0.25)
    raise RuleError(Problem("restore.busy"))


def _readonly_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro&immutable=1"


def _facts(path: Path, progress: Progress
           ) -> tuple[tuple[str, str, str, str] | None, dict[str, int], str, list[str], bool, list[str],
                      restore_accounts.AccountsThen | None] | None:
    """(office row, counts, schema revision, integrity_check lines, demo, the names of triggers and
    views, its accounts), or None if not SQLite at all. Cancelled when ``progress`` is (integrity_check reads
    the whole file)."""
    try:
        con = sqlite3.connect(_readonly_uri(path), uri=True)
    except sqlite3.Error:
        return None
    progress.update(0, 0, "progress.restore.check_store")
    con.set_progress_handler(lambda: 1 if progress.cancelled else 0, 10000)  # non-zero: SQLite stops
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = (con.execute("SELECT version_num FROM alembic_version").fetchone() or [""])[0] \
            if "alembic_version" in tables else ""
        office_row = con.execute("SELECT name, admin_code, county_name, mode FROM office ORDER BY id LIMIT 1").fetchone() \
            if "office" in tables else None
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in COUNTED if t in tables}
        demo = "store_setting" in tables and con.execute(
            "SELECT count(*) FROM store_setting WHERE key = ? AND value = '1'", (accounts.SETTING_DEMO,)).fetchone()[0] > 0
        # dibao-desk's schema has neither triggers nor views: one in a backup was put there by
        # something else, and would run (a trigger deleting the audit rows) once restored
        foreign = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view') "
                                             "ORDER BY name")]
        try:
            accounts_then: restore_accounts.AccountsThen | None = restore_accounts.of_file(con)
        except sqlite3.Error:  # an account table unlike the program's: not said, as not known
            progress.check()
            accounts_then = None
    except sqlite3.Error:
        progress.check()  # stopped by Cancel: not a damaged file
        return None
    finally:
        con.close()
    return office_row, counts, revision, integrity, demo, foreign, accounts_then
