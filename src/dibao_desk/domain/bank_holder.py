"""开户人: the member of a household in whose name its bank account is opened.

Most accounts are the head's (户主). Some are opened in a member's name (an elderly head's
account held by a daughter, a card of the spouse's); paid into such an account under the head's
name, the bank refuses the transfer as 户名不符. The household keeps the holder's ID number
(none: the head holds it); a roster and the bank file carry the holder's name and number.

A holder who no longer lives in the household (dead, moved away, in prison) can no longer be
paid: the form says so, and signing a roster that pays such a household is refused until the
office chooses another holder (or the head) with that person's account.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from dibao_desk.domain import idcard
from dibao_desk.domain.household import MIN_WORKING_AGE, HouseholdDraft, is_present
from dibao_desk.domain.problems import Problem

# A holder younger than this (at the form's date) is said as a warning: a minor's account is
# usually run by a guardian, and the bank may not accept it for a transfer.
MINOR_AGE = MIN_WORKING_AGE


class HolderState(StrEnum):
    HEAD = "head"  # the head holds the account (no holder recorded, or the head recorded)
    MEMBER = "member"  # a member living in the household
    LEFT = "left"  # a member recorded as having left it (dead, moved out, in prison …)
    GONE = "gone"  # recorded, but no longer among its members (moved to another household)


@dataclass(frozen=True)
class Holder:
    """Who the bank pays: ``name`` and ``id_number`` go to the roster and the bank file. A
    ``GONE`` holder falls back to the head's name and number (the record no longer holds the
    holder's name); ``recorded`` keeps the ID number the household holds."""

    name: str
    id_number: str
    state: HolderState
    recorded: str = ""

    @property
    def payable(self) -> bool:
        """Whether the bank can be sent money for this holder."""
        return self.state in (HolderState.HEAD, HolderState.MEMBER)

    @property
    def is_head(self) -> bool:
        return self.state is HolderState.HEAD


# What a bank writes when the name on the transfer is not the account's (户名不符, 户名不一致,
# 账户名称不符, 姓名不符 …): a failed transfer whose household then gets its holder recorded
# is re-sent under the holder's name.
_NAME_REFUSED = ("户名", "账户名", "姓名不", "名称不", "名字不")


def name_refused(reason: str | None) -> bool:
    """Whether a bank's reason for a failed transfer says the name did not match the account."""
    text = "".join((reason or "").split())
    return any(w in text for w in _NAME_REFUSED)


def normalise(raw: str | None) -> str:
    """An ID number as a household keeps it ("" for none)."""
    return idcard.normalise(raw or "") if raw else ""


def holder_of(recorded: str | None, head_name: str, head_id: str,
              members: Iterable[tuple[str, str, str]]) -> Holder:
    """The holder of a household's account from its recorded holder ID (None or "": the head),
    its head and its ``members`` as (name, ID number, 人员状态)."""
    number = normalise(recorded)
    if not number or number == head_id:
        return Holder(head_name, head_id, HolderState.HEAD)
    for name, id_number, status in members:
        if id_number == number:
            state = HolderState.MEMBER if is_present(status or "normal") else HolderState.LEFT
            return Holder(name, id_number, state, number)
    return Holder(head_name, head_id, HolderState.GONE, number)


def stored(draft_holder: str, head_id: str) -> str | None:
    """What the household keeps of a draft's holder: None when it is the head's (or none)."""
    number = normalise(draft_holder)
    return None if not number or number == head_id else number


def minor_age(id_number: str, today: dt.date) -> int | None:
    """The age on ``today`` of a holder under ``MINOR_AGE`` by the ID number's birth date (None:
    of age, or a number that gives no birth date). A warning wherever a holder is set: the
    household form, the bank-accounts list and the roster import."""
    info, _ = idcard.parse(normalise(id_number), today=today)
    if info is None:
        return None
    age = info.age_on(today)
    return age if age < MINOR_AGE else None


def draft_problems(draft: HouseholdDraft, today: dt.date) -> list[Problem]:
    """Warnings on a draft's 开户人 (never refusals): a holder who is not among the members, who
    has left the household, or who is under ``MINOR_AGE`` on ``today`` (the form's date)."""
    number = normalise(draft.bank_holder_id_number)
    if not number:
        return []
    for m in draft.members:
        if normalise(m.id_number) != number:
            continue
        if not is_present(m.person_status):  # a head who died still holds the account he opened
            return [Problem("household.holder_left", "bank_holder_id_number",
                            {"name": m.name.strip(), "status": m.person_status}, "warning")]
        if m.relation == "head":
            return []
        age = minor_age(number, today)
        if age is not None:
            return [Problem("household.holder_minor", "bank_holder_id_number", {"name": m.name.strip(), "age": age},
                            "warning")]
        return []
    return [Problem("household.holder_not_member", "bank_holder_id_number", {"id_number": number}, "warning")]
