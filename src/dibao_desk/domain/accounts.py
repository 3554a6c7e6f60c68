"""Accounts and roles: who may do what, and the rules for passwords and sign-in failures."""

from __future__ import annotations

import datetime as dt
import enum
import re
import secrets
import unicodedata
from collections.abc import Iterable

from dibao_desk.domain.problems import Problem


class Role(enum.Enum):
    CLERK = "clerk"        # 经办人: registers households, records steps, reviews, imports, exports
    REVIEWER = "reviewer"  # 审核人: the township's review (乡镇审核), signs payment rosters
    ADMIN = "admin"        # 管理员: accounts, office and policy data, restore


ALL_ROLES = frozenset(Role)

MIN_PASSWORD = 6
MAX_FAILURES = 5  # wrong passwords in a row before the account is locked for a while
LOCK_FOR = dt.timedelta(minutes=15)
DEFAULT_IDLE_MINUTES = 15  # the window locks after this long without input (a store setting)


def parse_roles(text: str) -> frozenset[Role]:
    out = set()
    for code in (text or "").split(","):
        code = code.strip()
        if code:
            out.add(Role(code))
    return frozenset(out)


def roles_text(roles: Iterable[Role]) -> str:
    return ",".join(r.value for r in Role if r in set(roles))


def normalize_name(name: str) -> str:
    """An account's name as it is kept: full-width letters, digits and spaces (typed with the
    input method in full-width mode) as half-width ones (NFKC), runs of spaces as one, none at
    either end. "ｗａｎｇ" is kept as "wang", "张　三" as "张 三"."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", name or "")).strip()


def name_key(name: str) -> str:
    """What two names that are one account share: the kept form, case ignored ("Wang" and
    "wang" cannot be two accounts, and either signs in)."""
    return normalize_name(name).casefold()


def check_new_account(name: str, password: str, roles: Iterable[Role]) -> list[Problem]:
    problems = []
    if not name.strip():
        problems.append(Problem("account.name", "name"))
    elif len(name.strip()) > 50:
        problems.append(Problem("account.name_long", "name"))
    problems += check_password(password)
    if not roles:
        problems.append(Problem("account.no_role", "roles"))
    return problems


def check_password(password: str) -> list[Problem]:
    if len(password or "") < MIN_PASSWORD:
        return [Problem("account.password_short", "password", {"min": MIN_PASSWORD})]
    if not password.strip():  # six spaces look like an empty field, and anyone guesses them
        return [Problem("account.password_blank", "password")]
    return []


def locked_until_after_failure(failures: int, now: dt.datetime) -> dt.datetime | None:
    """When ``failures`` wrong passwords in a row have been given: lock until then, or not at all."""
    return now + LOCK_FOR if failures >= MAX_FAILURES else None


# The recovery code: written on paper at the first start and kept with the office's seal, it gives
# an administrator who forgot the password a new one. 16 characters of an alphabet without the
# look-alikes (0/O, 1/I/L, U): some 78 bits, shown in groups of four.
RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
RECOVERY_LENGTH = 16


def new_recovery_code() -> str:
    """A fresh recovery code, ``XXXX-XXXX-XXXX-XXXX``."""
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, RECOVERY_LENGTH, 4))


def normalize_recovery_code(text: str) -> str:
    """The code as typed (spaces, dashes, lower case, full-width characters) in its written form."""
    import unicodedata

    raw = "".join(c for c in unicodedata.normalize("NFKC", text or "").upper() if c.isalnum())
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))
