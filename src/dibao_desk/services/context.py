"""What a running program holds: the data folder, the store and a way to make units of work."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from dibao_desk import APP_NAME
from dibao_desk.models.store import Store, StoreError, open_store  # noqa: F401 (StoreError for callers)
from dibao_desk.services import reviews
from dibao_desk.services.accounts import SignedIn
from dibao_desk.services.uow import StoreGate, UnitOfWork

ENV_DATA_DIR = "DIBAO_DESK_DATA"
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


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """--data-dir wins, then the DIBAO_DESK_DATA variable, then a portable program's own
    ``data`` folder, then the platform's folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return portable_data_dir() or default_data_dir()


@dataclass
class AppContext:
    data_dir: Path
    store: Store
    operator: str = ""
    account: SignedIn | None = None  # None: no account was asked for (demo, or none made yet)
    # closed while a restore swaps the store's file: units of work wait (see StoreGate)
    gate: StoreGate = field(default_factory=StoreGate, repr=False)

    def uow(self) -> UnitOfWork:
        if self.account is not None:
            return UnitOfWork(self._sessions, self.account.name, self.account.roles, self.gate)
        return UnitOfWork(self._sessions, self.operator, gate=self.gate)

    def _sessions(self):
        """A session of the store open when the unit of work starts (a restore replaces it)."""
        return self.store.sessions()

    def may(self, *any_of) -> bool:
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
        self.store = _open_store(self.data_dir)


def _open_store(path: Path) -> Store:
    store = open_store(path)
    reviews.install_hooks(store.sessions)
    return store


def open_context(data_dir: str | os.PathLike | None = None) -> AppContext:
    path = resolve_data_dir(data_dir)
    path.mkdir(parents=True, exist_ok=True)
    _setup_logging(path)
    store = _open_store(path)
    ctx = AppContext(path, store)
    from dibao_desk.services import office

    info = office.get_office(ctx.uow())
    if info is not None:
        ctx.operator = info.operator
    return ctx


def _setup_logging(path: Path) -> None:
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
