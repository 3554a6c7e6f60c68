"""The accounts across a restore. A backup holds the accounts, their roles, whether they are
enabled, their password hashes and the recovery code's hash as they were when it was made;
putting them back would enable again an account disabled since (a clerk who left), make a
password changed since (one someone else learned) work again, and the recovery code replaced
since (its envelope opened) valid again. So a restore keeps the store's present accounts and
recovery code (``carry_over``, written into the checked copy before it replaces the store);
only a store without accounts (a new data folder) takes the backup's. Before it runs, the
restore says which accounts differ between the store now and the backup (``changes``) and asks
to confirm; afterwards its audit row lists them. Hashes are compared, never shown nor logged."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from dibao_desk.domain.accounts import Role, parse_roles
from dibao_desk.models import Account, StoreSetting
from dibao_desk.services.accounts import SETTING_RECOVERY
from dibao_desk.services.uow import UnitOfWork

log = logging.getLogger(__name__)

# the kinds of difference: how the backup has the account compared with the store now
ADDED = "added"  # in the store now, not in the backup (created since)
REMOVED = "removed"  # in the backup, not in the store now
ENABLED = "enabled"  # enabled in the backup, disabled now
DISABLED = "disabled"  # disabled in the backup, enabled now
ROLES = "roles"  # other roles in the backup
PASSWORD = "password"  # another password hash in the backup (changed since)
RECOVERY_CODE = "recovery_code"  # another recovery code in the backup (``name`` is "")


@dataclass(frozen=True)
class AccountRow:
    name: str
    roles: frozenset[Role]
    active: bool
    password_hash: str


@dataclass(frozen=True)
class AccountsThen:
    """A store's accounts and recovery code's hash ("" when none)."""
    rows: tuple[AccountRow, ...]
    recovery_hash: str


@dataclass(frozen=True)
class AccountChange:
    name: str
    change: str  # one of the kinds above
    roles_now: tuple[str, ...] = ()  # ROLES: the roles now and as the restore makes them
    roles_then: tuple[str, ...] = ()

    def audit(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "change": self.change}
        if self.change == ROLES:
            out |= {"roles_now": list(self.roles_now), "roles_then": list(self.roles_then)}
        return out


def of_store(uow: UnitOfWork) -> AccountsThen:
    """The accounts of the store ``uow`` opens."""
    with uow:
        s = uow.session
        rows = tuple(AccountRow(a.name, parse_roles(a.roles), bool(a.active), a.password_hash)
                     for a in s.scalars(select(Account).order_by(Account.id)))
        setting = s.get(StoreSetting, SETTING_RECOVERY)
        return AccountsThen(rows, setting.value if setting is not None else "")


def of_file(con: sqlite3.Connection) -> AccountsThen:
    """The accounts of a backup opened read-only (none when it predates accounts)."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    rows: tuple[AccountRow, ...] = ()
    if "account" in tables:
        rows = tuple(AccountRow(name, parse_roles(roles or ""), bool(active), pw or "") for name, roles, active, pw in
                     con.execute("SELECT name, roles, active, password_hash FROM account ORDER BY id"))
    recovery = ""
    if "store_setting" in tables:
        found = con.execute("SELECT value FROM store_setting WHERE key = ?", (SETTING_RECOVERY,)).fetchone()
        recovery = (found[0] or "") if found else ""
    return AccountsThen(rows, recovery)


def changes(now: AccountsThen, then: AccountsThen) -> tuple[AccountChange, ...]:
    """What restoring ``then`` over ``now`` does to the accounts, in the order of the accounts now
    (then those only the backup has), each account's differences in a fixed order."""
    order = [Role.CLERK, Role.REVIEWER, Role.ADMIN]

    def listed(roles: frozenset[Role]) -> tuple[str, ...]:
        return tuple(r.value for r in order if r in roles)

    old = {a.name: a for a in then.rows}
    out: list[AccountChange] = []
    for a in now.rows:
        b = old.get(a.name)
        if b is None:
            out.append(AccountChange(a.name, ADDED))
            continue
        if a.active != b.active:
            out.append(AccountChange(a.name, ENABLED if b.active else DISABLED))
        if a.roles != b.roles:
            out.append(AccountChange(a.name, ROLES, listed(a.roles), listed(b.roles)))
        if a.password_hash != b.password_hash:
            out.append(AccountChange(a.name, PASSWORD))
    present = {a.name for a in now.rows}
    out += [AccountChange(b.name, REMOVED) for b in then.rows if b.name not in present]
    if now.recovery_hash != then.recovery_hash:
        out.append(AccountChange("", RECOVERY_CODE))
    return tuple(out)


def carry_over(copy: Path, store_path: Path) -> bool:
    """The accounts and the recovery code's hash of the store at ``store_path`` written into
    ``copy`` (a checked backup, at the program's schema) in place of its own. False, and ``copy``
    unchanged, when the store has no account (or cannot be read: the backup's then stand)."""
    con = sqlite3.connect(copy.resolve().as_uri(), uri=True)
    try:
        # read-only but not immutable: the store's latest writes are in its WAL
        con.execute("ATTACH DATABASE ? AS now", (store_path.resolve().as_uri() + "?mode=ro",))
        if not con.execute("SELECT count(*) FROM now.sqlite_master WHERE type = 'table' AND name = 'account'"
                           ).fetchone()[0] or not con.execute("SELECT count(*) FROM now.account").fetchone()[0]:
            return False
        cols = ", ".join(f'"{r[1]}"' for r in con.execute("PRAGMA main.table_info(account)"))
        with con:
            con.execute("DELETE FROM main.account")
            con.execute(f"INSERT INTO main.account ({cols}) SELECT {cols} FROM now.account")
            con.execute("DELETE FROM main.store_setting WHERE key = ?", (SETTING_RECOVERY,))
            con.execute("INSERT INTO main.store_setting (key, value) SELECT key, value FROM now.store_setting "
                        "WHERE key = ?", (SETTING_RECOVERY,))
        return True
    except sqlite3.Error:
        log.exception("the store's accounts could not be carried into the restored copy")
        return False
    finally:
        con.close()


__all__ = ["carry_over", "AccountChange", "AccountRow", "AccountsThen", "changes", "of_file", "of_store"]
