"""Linked assistance (1+X, 联动救助): what dibao status unlocked for a household.

Seeds 000 and 004: a dibao household also has its medical-insurance contribution paid for it
(代缴参合金), and receives medical assistance, education assistance (两免一补), housing and
heating assistance and temporary relief. Each is given by some office on some day, to the
household or to one member. Because dibao status unlocks them, a cancellation also ends them
(the "cliff" of seed 002): ``lost_on_cancel`` says what a household would lose.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from dibao_desk.domain.problems import Problem
from dibao_desk.domain.reviews import add_months


class AssistanceKind(enum.StrEnum):
    MEDICAL_INSURANCE = "medical_insurance"  # 代缴参合金（城乡居民医保个人缴费）
    MEDICAL = "medical"                      # 医疗救助
    EDUCATION = "education"                  # 教育救助（两免一补）
    HOUSING = "housing"                      # 住房救助（危房改造、廉租房）
    HEATING = "heating"                      # 取暖救助
    TEMPORARY = "temporary"                  # 临时救助
    OTHER = "other"                          # 其他


# A kind given once a year (a contribution, a heating season) still counts as "held" for this
# many months after it was given; recurring kinds are held as long as they keep being given.
HELD_MONTHS = 12


@dataclass(frozen=True)
class AssistanceDraft:
    kind: str
    amount_fen: int
    given_on: dt.date
    giver: str  # the office that gave it, e.g. 县医保局
    # whose: a member's ID number (members are re-written when a household is saved, their
    # ID numbers stay), or blank for the household's
    member_id_number: str = ""
    note: str = ""


MAX_AMOUNT_FEN = 100_000_000  # one million yuan: anything larger is a typing slip

# The longest giver and note the register keeps (the columns' widths: longer is a paste gone
# wrong, and a county's PostgreSQL would refuse the row instead of saying why).
MAX_GIVER = 100
MAX_NOTE = 200


def check(draft: AssistanceDraft, today: dt.date, member_id_numbers: Iterable[str]) -> list[Problem]:
    problems: list[Problem] = []
    if draft.kind not in {k.value for k in AssistanceKind}:
        problems.append(Problem("assistance.kind", "kind", {"value": draft.kind}))
    if draft.amount_fen < 0:
        problems.append(Problem("assistance.negative", "amount_fen"))
    elif draft.amount_fen > MAX_AMOUNT_FEN:
        problems.append(Problem("assistance.too_large", "amount_fen"))
    if draft.given_on > today:
        problems.append(Problem("assistance.future", "given_on", {"date": draft.given_on.isoformat()}))
    if not draft.giver.strip():
        problems.append(Problem("assistance.giver", "giver"))
    elif len(draft.giver.strip()) > MAX_GIVER:
        problems.append(Problem("assistance.too_long", "giver",
                                {"what": "giver", "length": len(draft.giver.strip()), "max": MAX_GIVER}))
    if len(draft.note.strip()) > MAX_NOTE:
        problems.append(Problem("assistance.too_long", "note",
                                {"what": "note", "length": len(draft.note.strip()), "max": MAX_NOTE}))
    if draft.member_id_number and draft.member_id_number not in set(member_id_numbers):
        problems.append(Problem("assistance.member", "member_id_number"))
    return problems


@dataclass(frozen=True)
class Held:
    """One kind of assistance a household holds: when it was last given and how much in a year."""

    kind: str
    last_given: dt.date
    year_fen: int  # given in the twelve months up to the day asked about
    times: int


def lost_on_cancel(given: Iterable[tuple[str, dt.date, int]], on: dt.date) -> list[Held]:
    """What a household cancelled on ``on`` would lose: every kind given in the last year.

    ``given`` holds (kind, given_on, amount_fen) for the household. Kinds come in
    ``AssistanceKind`` order.
    """
    since = add_months(on, -HELD_MONTHS)
    found: dict[str, list[tuple[dt.date, int]]] = {}
    for kind, day, fen in given:
        if since < day <= on:
            found.setdefault(kind, []).append((day, fen))
    order = [k.value for k in AssistanceKind]
    return [Held(k, max(d for d, _ in found[k]), sum(f for _, f in found[k]), len(found[k]))
            for k in sorted(found, key=lambda k: order.index(k) if k in order else len(order))]
