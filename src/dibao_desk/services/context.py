"""What a running program holds: the data folder, the store and a way to make units of work."""

from __future__ import annotations

import logging
import datetime as dt
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from sqlalchemy.orm import Session

from dibao_desk import APP_NAME
from dibao_desk.models.store import Store, is_server_url, open_store, pending_upgrade
from dibao_desk.models.store import StoreError as StoreError  # for callers above models/
# The review schedule's session hooks only: the reviews' lists, plans and records load when used.
from dibao_desk.services.reviews_schedule import install_hooks as install_review_hooks
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import Problem
from dibao_desk.services.accounts import SignedIn
from dibao_desk.services.uow import StoreGate, UnitOfWork

ENV_DATA_DIR = "DIBAO_DESK_DATA"
# A county office's store on a PostgreSQL server: --db, else this variable, else the first line
# of this file in the data folder (so the window, started with no options, finds it too).
ENV_DB = "DIBAO_DESK_DB"
DB_FILE = "database.txt"
# A file of this name beside the program's executable makes it portable: its data folder is
# ``data`` beside the executable, so program and data can live together on a USB stick.
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "data"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def program_dir() -> Path | None:
    """The folder of the frozen program's executable; None when run from Python sources."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_data_dir() -> Path | None:
    """``data`` beside the executable when the portable marker is there, else None."""
    folder = program_dir()
    if folder is not None and (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_DATA
    return None


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir wins, then the DIBAO_DESK_DATA variable, then a portable program's own
    ``data`` folder, then the platform's folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return portable_data_dir() or default_data_dir()


def resolve_db(explicit: str | None, data_dir: Path) -> str | None:
    """The server store's URL (--db, DIBAO_DESK_DB, ``database.txt`` in the data folder), or None
    for the data folder's own SQLite file."""
    if explicit:
        return explicit.strip()
    env = os.environ.get(ENV_DB, "").strip()
    if env:
        return env
    try:
        lines = (Path(data_dir) / DB_FILE).read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return None
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            return line
    return None


def uses_server(db: str | None, data_dir: str | os.PathLike[str] | None) -> bool:
    """The store named by these options is a PostgreSQL database (several clerks, no folder lock)."""
    return is_server_url(resolve_db(db, resolve_data_dir(data_dir)))


@dataclass
class AppContext:
    data_dir: Path
    store: Store
    operator: str = ""
    account: SignedIn | None = None  # None: no account was asked for (demo, or none made yet)
    # closed while a restore swaps the store's file: units of work wait (see StoreGate)
    gate: StoreGate = field(default_factory=StoreGate, repr=False)
    db: str | None = None  # the server store's URL (no password), None for the folder's file
    password: str | None = field(default=None, repr=False)
    # Called (on whichever thread made the service call) when a unit of work finds the signed-in
    # account's roles changed, or the account disabled, since the sign-in: the window refreshes.
    account_listeners: list[Callable[[str, frozenset[Role] | None], None]] = field(default_factory=list, repr=False)

    def uow(self) -> UnitOfWork:
        if self.account is not None:
            return UnitOfWork(self._sessions, self.account.name, self.account.roles, self.gate,
                              on_account=self._account_seen)
        return UnitOfWork(self._sessions, self.operator, gate=self.gate)

    def _account_seen(self, name: str, roles: frozenset[Role] | None) -> None:
        """A unit of work read ``name``'s roles (None: disabled) and they differ from the sign-in's."""
        if self.account is None or self.account.name != name:
            return
        for listener in list(self.account_listeners):
            listener(name, roles)

    def _sessions(self) -> Session:
        """A session of the store open when the unit of work starts (a restore replaces it)."""
        return self.store.sessions()

    def may(self, *any_of: Role) -> bool:
        """The signed-in account holds one of the roles ``any_of`` (always, where no account
        is asked for): the window hides or disables what the services would refuse."""
        return self.account is None or any(r in self.account.roles for r in any_of)

    def sign_in(self, account: SignedIn) -> None:
        self.account = account
        self.operator = account.name

    @property
    def demo(self) -> bool:
        """This is the demo township's folder, not an office's data."""
        from dibao_desk.services.demo import is_demo_folder

        return is_demo_folder(self.data_dir)

    def close(self) -> None:
        self.store.close()

    def reopen(self) -> None:
        """Close the store and open it again (after a restore replaced its file)."""
        self.store.close()
        self.store = _open_store(self.data_dir, self.db, self.password)

    @property
    def on_server(self) -> bool:
        """Several clerks share a server store: no folder lock, no file backup or restore."""
        return self.store.on_server


def _open_store(path: Path, db: str | None = None, password: str | None = None,
                on_wait: Callable[[], None] | None = None) -> Store:
    store = open_store(path, db=db, password=password, on_wait=on_wait)
    install_review_hooks(store.sessions)
    from dibao_desk.services import search_keys

    # search texts of an older form brought up to date, once (also after a restore's reopening,
    # while the restore holds the gate: a unit of work of its own, outside it)
    search_keys.upgrade_quietly(UnitOfWork(store.sessions))
    from dibao_desk.services import households

    # the list's income columns counted by the policy set in force today (one dated 1 January
    # is in force from that day: recomputed at the first opening on or after it)
    households.refresh_income_columns_quietly(UnitOfWork(store.sessions), dt.date.today())
    return store


def open_context(data_dir: str | os.PathLike[str] | None = None, db: str | None = None,
                 password: str | None = None, on_wait: Callable[[], None] | None = None) -> AppContext:
    """Open the data folder and its store: the folder's SQLite file, or the PostgreSQL database
    that ``db`` (or DIBAO_DESK_DB, or the folder's database.txt) names. ``on_wait`` is told when
    another program is upgrading the store and this one waits for it (models.store.open_store)."""
    path = resolve_data_dir(data_dir)
    path.mkdir(parents=True, exist_ok=True)
    setup_logging(path)
    url = resolve_db(db, path)
    store = _open_store(path, url, password, on_wait)
    if store.on_server:
        logging.getLogger(__name__).info("store on server %s", store.where)
    ctx = AppContext(path, store, db=url, password=password)
    from dibao_desk.services import office

    info = office.get_office(ctx.uow())
    if info is not None:
        ctx.operator = info.operator
    return ctx


def upgrade_pending(data_dir: str | os.PathLike[str] | None = None, db: str | None = None) -> str | None:
    """The revision of the data folder's store when opening it will upgrade it (the window
    says so while it works), else None; reads the file without changing it."""
    path = resolve_data_dir(data_dir)
    return pending_upgrade(path, resolve_db(db, path))


def upgrade_notice(ctx: AppContext) -> Problem | None:
    """What to tell the person when opening the store upgraded it (the window in a box, the
    command line in one line): the copy of the data as it was, or None when nothing was upgraded."""
    upgraded = ctx.store.upgraded
    if upgraded is None:
        return None
    if upgraded.copy is None:
        return Problem("store.upgraded_on_server", "", {"revision": upgraded.from_revision})
    return Problem("store.upgraded", "", {"copy": str(upgraded.copy), "revision": upgraded.from_revision})


def setup_logging(path: Path) -> None:
    """Log to the data folder's dibao-desk.log (once a process; nothing when it cannot be opened)."""
    root = logging.getLogger("dibao_desk")
    if any(isinstance(h, logging.FileHandler) for h in root.handlers):
        return
    try:
        handler = logging.FileHandler(path / "dibao-desk.log", encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
