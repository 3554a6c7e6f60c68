"""Integrity registers: 诚信档案 and 黑名单, 近亲属备案, complaints, events, warnings' clock.

Pure rules. The figures (months a person stays on the blacklist, working days to
answer a complaint) are policy figures (``PolicyFigures``); nothing here reads a clock.

诚信档案 (seed 001): "允许再申报一次，若第二次仍不属实，则计入'诚信黑名单'，一年内取消申请低保资格".
The first false declaration found against a person is a warning; the second and any
later one put the person on the blacklist from the day it is found, for the policy's
months. An application is refused while any member is barred; the bar ends on the day
the months run out (``bar_ends``), from which the person may apply again.

近亲属备案 (seeds 000, 001): handling staff and village cadres register their close
relatives. A household with a registered relative among its members is marked 备案,
and nobody registered as that relative's staff member or cadre may record a step of
its case (回避).

Complaints (有报必查、有查必答): each is answered within the policy's working days,
counted on the official calendar (``domain.workdays``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from enum import StrEnum

from dibao_desk.domain import idcard
from dibao_desk.domain.names import clean as clean_name
from dibao_desk.domain.problems import Problem
from dibao_desk.domain.reviews import add_months

# The false declaration that puts a person on the blacklist (the first may be corrected once).
LISTED_FROM_COUNT = 2


class DeclarationOutcome(StrEnum):
    WARNING = "warning"  # 第一次：警示，允许更正后再申报
    LISTED = "listed"  # 第二次及以后：列入诚信黑名单


class StaffRole(StrEnum):
    HANDLING_STAFF = "handling_staff"  # 经办人员
    VILLAGE_CADRE = "village_cadre"  # 村（社区）干部


class Relation(StrEnum):
    SPOUSE = "spouse"
    PARENT = "parent"
    CHILD = "child"
    SIBLING = "sibling"
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    PARENT_IN_LAW = "parent_in_law"
    CHILD_IN_LAW = "child_in_law"
    OTHER = "other"


class Channel(StrEnum):
    BOX = "box"  # 举报箱
    PHONE = "phone"
    LETTER = "letter"
    VISIT = "visit"


class Finding(StrEnum):
    SUBSTANTIATED = "substantiated"  # 属实
    PARTLY = "partly"  # 部分属实
    UNFOUNDED = "unfounded"  # 不属实


SUBSTANTIATED_FINDINGS = frozenset({Finding.SUBSTANTIATED, Finding.PARTLY})


class ComplaintStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"


class EventKind(StrEnum):
    """Events entered by the office; each makes the household's review due at once."""

    DEATH = "death"
    MOVED_AWAY = "moved_away"
    RELOCATION = "relocation"  # 易地搬迁、安置
    BANKRUPTCY = "bankruptcy"
    IMPRISONMENT = "imprisonment"


# Events after which benefit ends: a 取消 follows (no democratic review needed, still noticed).
CANCELLING_EVENTS = frozenset({EventKind.DEATH, EventKind.MOVED_AWAY})


class WarningStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"  # counter-evidence given
    WITHDRAWN = "withdrawn"  # no answer by the date: taken as withdrawing
    CONFIRMED = "confirmed"  # concealment confirmed


class FollowUpKind(StrEnum):
    CANCEL = "cancel"  # a 取消 of the household's benefit
    RECOVER = "recover"  # 追回 of benefit paid on false grounds


class FollowUpSource(StrEnum):
    EVENT = "event"
    WARNING = "warning"
    COMPLAINT = "complaint"


class FollowUpStatus(StrEnum):
    RECORDED = "recorded"  # written down, the review is due; no proposal made yet
    PROPOSED = "proposed"  # a proposal was opened for it


# The longest text each register keeps of a name, a phone number, a post or a note (the
# columns' widths; longer is a paste gone wrong, and PostgreSQL would refuse it).
TEXT_LIMITS = {"name": 50, "staff_name": 50, "complainant": 50, "post": 50, "contact": 60, "override_note": 100}


def check_lengths(**values: str) -> list[Problem]:
    """A problem for each text longer than its limit (``TEXT_LIMITS``), keyed as the problem's field."""
    problems = []
    for field, value in values.items():
        n = len((value or "").strip())
        if n > TEXT_LIMITS[field]:
            problems.append(Problem("registers.too_long", field, {"what": field, "length": n,
                                                                  "max": TEXT_LIMITS[field]}))
    return problems


# ---- 诚信档案 / 黑名单 -----------------------------------------------------------------

def outcome_of(earlier_count: int) -> DeclarationOutcome:
    """What a false declaration means given how many were found against the person before."""
    return DeclarationOutcome.LISTED if earlier_count + 1 >= LISTED_FROM_COUNT else DeclarationOutcome.WARNING


def bar_ends(found_on: dt.date, months: int) -> dt.date:
    """The first day the person may apply again: ``months`` calendar months after the day found
    (29 Feb + 12 months = 28 Feb; 1 Mar 2023 + 12 months = 1 Mar 2024, across 29 Feb)."""
    return add_months(found_on, months)


def barred_until(ends: Iterable[dt.date | None], on: dt.date) -> dt.date | None:
    """The day the latest bar in force on ``on`` ends (None: not barred)."""
    live = [e for e in ends if e is not None and e > on]
    return max(live) if live else None


def check_reason(reason: str) -> list[Problem]:
    """A correction or removal of a registration says why."""
    return [] if (reason or "").strip() else [Problem("registers.reason_empty", "reason")]


def check_declaration(id_number: str, name: str, found_on: dt.date | None, what: str,
                      today: dt.date) -> tuple[str, list[Problem]]:
    """The normalised ID number and the problems of a false declaration to record."""
    number, problems = _id(id_number, "id_number", today)
    if not name.strip():
        problems.append(Problem("registers.name_empty", "name"))
    problems += check_lengths(name=name)
    if found_on is None:
        problems.append(Problem("registers.date_empty", "found_on"))
    elif found_on > today:
        problems.append(Problem("registers.date_future", "found_on", {"date": found_on.isoformat()}))
    if not what.strip():
        problems.append(Problem("registers.what_empty", "what"))
    return number, problems


# ---- 近亲属备案 ------------------------------------------------------------------------

def check_relative(staff_id_number: str, staff_name: str, role: str, village_given: bool,
                   relative_id_number: str, relative_name: str, relation: str,
                   today: dt.date) -> tuple[str, str, list[Problem]]:
    staff_number, problems = _id(staff_id_number, "staff_id_number", today)
    relative_number, more = _id(relative_id_number, "id_number", today)
    problems += more
    if not staff_name.strip():
        problems.append(Problem("registers.staff_name_empty", "staff_name"))
    if not relative_name.strip():
        problems.append(Problem("registers.name_empty", "name"))
    problems += check_lengths(staff_name=staff_name, name=relative_name)
    if role not in StaffRole.__members__.values():
        problems.append(Problem("registers.role", "role", {"value": role}))
    elif role == StaffRole.VILLAGE_CADRE and not village_given:
        problems.append(Problem("registers.cadre_village", "village"))
    if relation not in Relation.__members__.values():
        problems.append(Problem("registers.relation", "relation", {"value": relation}))
    if staff_number and staff_number == relative_number:
        problems.append(Problem("registers.self_relative", "id_number"))
    return staff_number, relative_number, problems


# The marks written between the names of several people in one field (王五、李四; 王五,李四;
# 王五/李四); a space separates names too (王五 李四), but may also sit inside one (王 五).
_NAME_SEPARATORS = re.compile(r"[、，,;；/／\\＆&和及]+")
_SPACES = re.compile(r"\s+")


def names_in(text: str) -> set[str]:
    """The names a person field holds, as ``names.clean`` stores a name: each part between
    separators with its spaces taken out (王 五 is 王五), each part between spaces, and the
    whole (a name holding 和 or 及, 李和平, is one name too)."""
    found = {_SPACES.sub("", clean_name(text))}
    for part in _NAME_SEPARATORS.split(clean_name(text)):
        found.add(_SPACES.sub("", part))
        found.update(_SPACES.split(part.strip()))
    return found - {""}


def named_in(text: str, name: str) -> bool:
    """Is ``name`` one of the people ``text`` names (a step's 负责人, a review's visitors)?"""
    wanted = _SPACES.sub("", clean_name(name))
    return bool(wanted) and wanted in names_in(text)


def check_registered_on(registered_on: dt.date | None, staff_number: str, relative_number: str,
                        today: dt.date) -> list[Problem]:
    """The day a relative is registered: given, not after today, and not before the staff
    member or the relative was born (a year typed wrong, 1026 for 2026, would leave the
    registration out of its year's 备案表 without a word)."""
    if registered_on is None:
        return [Problem("registers.date_empty", "registered_on")]
    if registered_on > today:
        return [Problem("registers.date_future", "registered_on", {"date": registered_on.isoformat()})]
    for number in (relative_number, staff_number):
        info, _problems = idcard.parse(number or "", today=today)
        if info is not None and registered_on < info.birth_date:
            return [Problem("registers.filed_before_birth", "registered_on", {
                "date": registered_on.isoformat(), "birth": info.birth_date.isoformat(), "id_number": number})]
    return []


# ---- complaints ------------------------------------------------------------------------

def check_complaint(received_on: dt.date | None, channel: str, household_given: bool, description: str,
                    today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    if received_on is None:
        problems.append(Problem("registers.date_empty", "received_on"))
    elif received_on > today:
        problems.append(Problem("registers.date_future", "received_on", {"date": received_on.isoformat()}))
    if channel not in Channel.__members__.values():
        problems.append(Problem("registers.channel", "channel", {"value": channel}))
    if not household_given:
        problems.append(Problem("registers.complaint_household", "household_id"))
    if not description.strip():
        problems.append(Problem("registers.complaint_description", "description"))
    return problems


def check_answer(received_on: dt.date, finding: str, investigation: str, answer: str,
                 answered_on: dt.date | None, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    if finding not in Finding.__members__.values():
        problems.append(Problem("registers.finding", "finding", {"value": finding}))
    if not investigation.strip():
        problems.append(Problem("registers.investigation_empty", "investigation"))
    if not answer.strip():
        problems.append(Problem("registers.answer_empty", "answer"))
    if answered_on is None:
        problems.append(Problem("registers.date_empty", "answered_on"))
    elif answered_on > today:
        problems.append(Problem("registers.date_future", "answered_on", {"date": answered_on.isoformat()}))
    elif answered_on < received_on:
        problems.append(Problem("registers.answer_before_received", "answered_on",
                                {"received_on": received_on.isoformat()}))
    return problems


# ---- events ----------------------------------------------------------------------------

def check_event(kind: str, on: dt.date | None, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    if kind not in EventKind.__members__.values():
        problems.append(Problem("registers.event_kind", "kind", {"value": kind}))
    if on is None:
        problems.append(Problem("registers.date_empty", "on"))
    elif on > today:
        code = "registers.death_future" if kind == EventKind.DEATH else "registers.date_future"
        problems.append(Problem(code, "on", {"date": on.isoformat()}))
    return problems


# ---- warnings' clock ---------------------------------------------------------------------

def days_left(answer_by: dt.date | None, today: dt.date) -> int | None:
    """Days until the answer-by date (0 on the day itself, negative once past)."""
    return None if answer_by is None else (answer_by - today).days


def is_overdue(answer_by: dt.date | None, today: dt.date) -> bool:
    return answer_by is not None and answer_by < today


# ---- helpers ---------------------------------------------------------------------------

def _id(raw: str, field: str, today: dt.date) -> tuple[str, list[Problem]]:
    info, problems = idcard.parse(raw or "", today=today, field=field)
    errors = [p for p in problems if p.severity == "error"]
    return (info.number if info else ""), errors
