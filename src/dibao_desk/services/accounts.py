"""Accounts: create the administrator with the office, sign in, manage accounts and roles.

Passwords are hashed with argon2id (argon2-cffi's defaults); the hash is all that is kept and
no password is ever logged. ``MAX_FAILURES`` wrong passwords in a row lock the account for
``LOCK_FOR``. A store made by ``demo`` is marked as such and asks for no account; so does a
store in which no account was made yet (the window then asks for the administrator).
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select

from dibao_desk.domain import accounts as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Account, StoreSetting
from dibao_desk.models.base import utcnow
from dibao_desk.services.uow import UnitOfWork, retrying

if TYPE_CHECKING:
    from dibao_desk.services.office import OfficeInfo

SETTING_DEMO = "store.demo"
SETTING_IDLE = "window.idle_minutes"
SETTING_RECOVERY = "account.recovery_hash"  # argon2id of the recovery code; the code itself is never kept

_hasher = PasswordHasher()  # argon2id


@dataclass(frozen=True)
class SignedIn:
    name: str
    roles: frozenset[Role]


@dataclass(frozen=True)
class AccountInfo:
    id: int
    name: str
    roles: frozenset[Role]
    active: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None


def _info(a: Account) -> AccountInfo:
    return AccountInfo(a.id, a.name, rules.parse_roles(a.roles), a.active, a.locked_until, a.last_login_at)


# ---- what the store asks for --------------------------------------------------------------

def is_demo(uow: UnitOfWork) -> bool:
    with uow:
        row = uow.session.get(StoreSetting, SETTING_DEMO)
        return row is not None and row.value == "1"


def mark_demo(uow: UnitOfWork) -> None:
    """Called by ``demo.generate``: the store holds fake data only and asks for no account."""
    with uow:
        if uow.session.get(StoreSetting, SETTING_DEMO) is None:
            uow.session.add(StoreSetting(key=SETTING_DEMO, value="1"))
            uow.audit("store", None, "mark_demo", None, {"demo": True})
        uow.commit()


def has_accounts(uow: UnitOfWork) -> bool:
    with uow:
        return (uow.session.scalar(select(func.count()).select_from(Account)) or 0) > 0


def needs_sign_in(uow: UnitOfWork) -> bool:
    """A real office's store with accounts: every program asks who is working."""
    return has_accounts(uow) and not is_demo(uow)


def needs_first_account(uow: UnitOfWork) -> bool:
    """A real office's store that has no account yet (made before accounts existed, or set up
    with ``office`` only): its first administrator must be made before anything else."""
    from dibao_desk.services import office

    return office.get_office(uow) is not None and not has_accounts(uow) and not is_demo(uow)


def idle_minutes(uow: UnitOfWork) -> int:
    with uow:
        row = uow.session.get(StoreSetting, SETTING_IDLE)
        value = row.value if row is not None else None
    try:
        return int(value) if value is not None else rules.DEFAULT_IDLE_MINUTES
    except ValueError:
        return rules.DEFAULT_IDLE_MINUTES


def set_idle_minutes(uow: UnitOfWork, minutes: int) -> None:
    uow.require(Role.ADMIN)
    if minutes < 0:
        raise RuleError(Problem("account.idle_minutes", "idle_minutes"))
    with uow:
        row = uow.session.get(StoreSetting, SETTING_IDLE)
        before = row.value if row else None
        if row is None:
            uow.session.add(StoreSetting(key=SETTING_IDLE, value=str(minutes)))
        else:
            row.value = str(minutes)
        uow.audit("setting", None, "save", {SETTING_IDLE: before} if before else None, {SETTING_IDLE: minutes})
        uow.commit()


# ---- a new office's store ------------------------------------------------------------------

def setup(uow: UnitOfWork, info: "OfficeInfo", admin: str, password: str) -> SignedIn:
    """Create an office's store: the office and its administrator (who holds every role, so a
    one-person office needs no other account). ``info`` is an ``office.OfficeInfo``."""
    from dibao_desk.services import office

    problems = office.validate_office(info) + rules.check_new_account(admin, password, rules.ALL_ROLES)
    if office.get_office(uow) is not None or has_accounts(uow):
        problems.insert(0, Problem("setup.exists", ""))
    if problems:
        raise RuleError(problems)
    admin = rules.normalize_name(admin)
    uow.operator = admin  # the audit rows of the setup name its administrator
    office.save_office(uow, info.__class__(**{**info.__dict__, "operator": admin}))
    create_account(uow, admin, password, rules.ALL_ROLES)
    return SignedIn(admin, rules.ALL_ROLES)


# ---- accounts -----------------------------------------------------------------------------

def create_account(uow: UnitOfWork, name: str, password: str, roles: Iterable[Role], *,
                   active: bool = True) -> AccountInfo:
    """A new account. The first account of a store may be made by anyone (it is the
    administrator made at the first start); later ones need an administrator. ``active``
    False: made disabled (an account prepared for a clerk who starts later); the first account
    is always enabled, since nobody else could sign in to enable it."""
    roles = frozenset(roles)
    name = rules.normalize_name(name)
    problems = rules.check_new_account(name, password, roles)
    if problems:
        raise RuleError(problems)
    with uow:
        s = uow.session
        first = (s.scalar(select(func.count()).select_from(Account)) or 0) == 0
        if not first:
            uow.require(Role.ADMIN)
        elif Role.ADMIN not in roles:
            raise RuleError(Problem("account.first_is_admin", "roles"))
        same = [n for n in s.scalars(select(Account.name)) if rules.name_key(n) == rules.name_key(name)]
        if name in same:
            raise RuleError(Problem("account.duplicate", "name", {"name": name}))
        if same:  # "Wang" beside "wang", "ｗａｎｇ": one person, or two nobody could tell apart at the sign-in
            raise RuleError(Problem("account.duplicate_like", "name", {"name": name, "existing": same[0]}))
        active = active or first
        a = Account(name=name, password_hash=_hasher.hash(password), roles=rules.roles_text(roles),
                    active=active, failed_count=0)
        s.add(a)
        s.flush()
        uow.audit("account", a.id, "create", None,
                  {"name": name, "roles": rules.roles_text(roles), **({} if active else {"active": False})})
        uow.commit()
        return _info(a)


def current(uow: UnitOfWork) -> SignedIn | None:
    """The account ``uow`` is signed in as, as the store holds it now: an administrator may have
    changed its roles since the sign-in. None when it was disabled."""
    if uow.roles is None:
        raise ValueError("no account is signed in")
    try:
        roles = uow.current_roles()
    except RuleError as exc:
        if [p.code for p in exc.problems] == ["account.disabled"]:
            return None
        raise
    return SignedIn(uow.operator, roles)


def list_accounts(uow: UnitOfWork) -> list[AccountInfo]:
    with uow:
        return [_info(a) for a in uow.session.scalars(select(Account).order_by(Account.id))]


def set_roles(uow: UnitOfWork, name: str, roles: Iterable[Role], active: bool = True) -> AccountInfo:
    uow.require(Role.ADMIN)
    roles = frozenset(roles)
    if not roles:
        raise RuleError(Problem("account.no_role", "roles"))
    with uow:
        a = _get(uow, name)
        if not active and a.active and uow.roles is not None and a.name == uow.operator:
            # it could never be saved (a disabled account's commit is refused), and the refusal
            # said an administrator had disabled it: another administrator disables it
            raise RuleError(Problem("account.disable_self", "active", {"name": a.name}))
        before = {"roles": a.roles, "active": a.active}
        a.roles, a.active = rules.roles_text(roles), active
        _keep_an_admin(uow)
        # named as the other account rows are: the operation log reads without looking the id up
        uow.audit("account", a.id, "roles", before, {"name": a.name, "roles": a.roles, "active": a.active})
        uow.commit()
        return _info(a)


def set_password(uow: UnitOfWork, name: str, new_password: str, old_password: str | None = None) -> None:
    """An account changes its own password (giving the old one), or an administrator sets it."""
    problems = rules.check_password(new_password)
    if problems:
        raise RuleError(problems)
    with uow:
        a = _get(uow, name)
        if a.name != uow.operator or old_password is None:
            uow.require(Role.ADMIN)
        elif not _verify(a, old_password):
            raise RuleError(Problem("account.old_password_wrong", "old_password"))
        a.password_hash = _hasher.hash(new_password)
        a.failed_count, a.locked_until = 0, None
        uow.audit("account", a.id, "password", None, {"name": a.name})  # never the password itself
        uow.commit()


@retrying
def sign_in(uow: UnitOfWork, name: str, password: str, now: dt.datetime | None = None) -> SignedIn:
    """Check a password; count failures and lock the account after too many.

    A name with no account and a wrong password get the same answer (``account.sign_in_failed``),
    after the same work (a password is checked either way), so the sign-in does not tell which
    accounts exist. A disabled account is named as such only to someone who knows its password."""
    now = now or utcnow()
    # a sign-in acts for no account yet (the window's may be locked or disabled): a failed one's
    # audit row names the name tried, not the account whose window was locked meanwhile
    uow.roles, uow.operator = None, ""
    failed = Problem("account.sign_in_failed", "password", {
        "failures": rules.MAX_FAILURES, "minutes": int(rules.LOCK_FOR.total_seconds() // 60)})
    with uow:
        a = _find(uow, name)
        if a is not None:
            # Locked and read again (PostgreSQL): wrong passwords typed at two PCs at once each
            # count, the second adding to the first's count instead of writing the same one.
            a = uow.session.get(Account, a.id, with_for_update=True, populate_existing=True)
        if a is None or not a.active:
            right = _verify(a, password) if a is not None else _verify_nothing(password)
            # counted against no account, but kept: names tried at the sign-in are worth reading
            uow.audit("account", a.id if a is not None else None, "sign_in_failed", None,
                      {"name": name.strip(), "reason": "unknown" if a is None else "disabled"})
            uow.commit()
            if a is not None and right:
                raise RuleError(Problem("account.disabled_at_sign_in", "name", {"name": a.name}))
            raise RuleError(failed)
        if a.locked_until is not None and a.locked_until > now:
            minutes = max(1, int((a.locked_until - now).total_seconds() + 59) // 60)
            # kept too: guesses that go on while the account is locked are what the lock is for
            uow.audit("account", a.id, "sign_in_failed", None, {"name": a.name, "reason": "locked"})
            uow.commit()
            raise RuleError(Problem("account.locked", "name", {"name": a.name, "minutes": minutes}))
        if a.locked_until is not None:
            # the lock has run out: the message promised MAX_FAILURES tries, not one more
            # mistyped password locking the account for LOCK_FOR again
            a.failed_count, a.locked_until = 0, None
        if not _verify(a, password):
            a.failed_count += 1
            a.locked_until = rules.locked_until_after_failure(a.failed_count, now)
            uow.audit("account", a.id, "sign_in_failed", None, {"name": a.name, "failures": a.failed_count})
            uow.commit()
            if a.locked_until is not None:
                raise RuleError(Problem("account.locked_now", "password",
                                        {"name": a.name, "failures": a.failed_count,
                                         "minutes": int(rules.LOCK_FOR.total_seconds() // 60)}))
            raise RuleError(failed)
        if _hasher.check_needs_rehash(a.password_hash):
            a.password_hash = _hasher.hash(password)
        a.failed_count, a.locked_until, a.last_login_at = 0, None, now
        uow.operator = a.name
        uow.audit("account", a.id, "sign_in", None, {"name": a.name})
        uow.commit()
        return SignedIn(a.name, rules.parse_roles(a.roles))


# ---- a forgotten administrator's password -------------------------------------------------

def has_recovery_code(uow: UnitOfWork) -> bool:
    with uow:
        row = uow.session.get(StoreSetting, SETTING_RECOVERY)
        return row is not None and bool(row.value)


def make_recovery_code(uow: UnitOfWork) -> str:
    """A new recovery code for the office (an administrator; the first start makes the first one).
    Only its hash is kept: the code is shown once, to be written down. An older code stops working."""
    uow.require(Role.ADMIN)
    code = rules.new_recovery_code()
    with uow:
        row = uow.session.get(StoreSetting, SETTING_RECOVERY)
        if row is None:
            uow.session.add(StoreSetting(key=SETTING_RECOVERY, value=_hasher.hash(code)))
        else:
            row.value = _hasher.hash(code)
        uow.audit("account", None, "recovery_code", None, {"made": True})  # never the code itself
        uow.commit()
    return code


def recover(uow: UnitOfWork, name: str, code: str, new_password: str) -> str:
    """An administrator who forgot the password gives the office's recovery code and a new
    password; the account is unlocked. The code is used up: the new one returned replaces it."""
    problems = rules.check_password(new_password)
    if problems:
        raise RuleError(problems)
    uow.roles, uow.operator = None, ""  # asked from the sign-in: acts for no account yet
    with uow:
        s = uow.session
        row = s.get(StoreSetting, SETTING_RECOVERY)
        if row is None or not row.value:
            raise RuleError(Problem("account.recovery_none", "code"))
        try:
            good: bool = _hasher.verify(row.value, rules.normalize_recovery_code(code))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            good = False
        if not good:
            uow.audit("account", None, "recover_failed", None, {"name": name.strip()})
            uow.commit()
            raise RuleError(Problem("account.recovery_wrong", "code"))
        a = _find(uow, name)
        if a is None or not a.active or Role.ADMIN not in rules.parse_roles(a.roles):
            raise RuleError(Problem("account.recovery_not_admin", "name", {"name": name.strip()}))
        fresh = rules.new_recovery_code()
        a.password_hash = _hasher.hash(new_password)
        a.failed_count, a.locked_until = 0, None
        row.value = _hasher.hash(fresh)
        uow.operator = a.name
        uow.audit("account", a.id, "recover", None, {"name": a.name})  # neither password nor code
        uow.commit()
        return fresh


_NOBODY: list[str] = []  # a hash no password matches: checked for a name with no account


def _verify_nothing(password: str) -> bool:
    """Take the time a password check takes, for a name with no account: answering at once
    would tell that the name has none."""
    if not _NOBODY:
        _NOBODY.append(_hasher.hash(secrets.token_urlsafe(16)))
    try:
        _hasher.verify(_NOBODY[0], password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        pass
    return False


def _verify(a: Account, password: str) -> bool:
    try:
        return _hasher.verify(a.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _find(uow: UnitOfWork, name: str) -> Account | None:
    """The account a typed name means: the name as kept, else the one account whose name
    differs from it only in full-width characters, spaces or case (a store made before names
    were kept so may hold two such: neither is guessed then)."""
    s = uow.session
    for exact in dict.fromkeys((name.strip(), rules.normalize_name(name))):
        a = s.scalar(select(Account).where(Account.name == exact))
        if a is not None:
            return a
    key = rules.name_key(name)
    like = [a for a in s.scalars(select(Account)) if rules.name_key(a.name) == key]
    return like[0] if len(like) == 1 else None


def _get(uow: UnitOfWork, name: str) -> Account:
    a = _find(uow, name)
    if a is None:
        raise RuleError(Problem("account.unknown", "name", {"name": name}))
    return a


def _keep_an_admin(uow: UnitOfWork) -> None:
    uow.session.flush()
    admins = [a for a in uow.session.scalars(select(Account).where(Account.active.is_(True)))
              if Role.ADMIN in rules.parse_roles(a.roles)]
    if not admins:
        raise RuleError(Problem("account.last_admin", "roles"))


__all__ = ["AccountInfo", "Role", "SignedIn", "create_account", "current", "has_accounts", "has_recovery_code", "idle_minutes",
           "is_demo", "list_accounts", "make_recovery_code", "mark_demo", "needs_sign_in", "recover",
           "set_idle_minutes", "set_password", "set_roles", "sign_in"]
