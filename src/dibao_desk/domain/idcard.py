"""Resident identity numbers (居民身份证号码, GB 11643-1999).

18 characters: 6-digit region code, 8-digit birth date, 3-digit sequence (odd for
men, even for women) and a mod-11 check character that may be ``X``.

Old 15-digit numbers (issued before 1999) are converted: the century ``19`` is
inserted before the two-digit birth year and the check character computed. The
conversion is reported as a warning so the operator can ask for the new card.

Region codes are looked up in python-stdnum's table of administrative divisions,
which also knows the years each county code was in use.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from itertools import compress, repeat
from dataclasses import dataclass

from dibao_desk.domain.problems import Problem

_FULLWIDTH = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)} | {"Ｘ": "X", "ｘ": "X"})


@dataclass(frozen=True)
class IdInfo:
    number: str
    birth_date: dt.date
    sex: str  # "男" or "女"
    region_code: str
    region_name: str
    converted_from_15: bool = False

    def age_on(self, day: dt.date) -> int:
        return age_on(self.birth_date, day)


def age_on(birth: dt.date, day: dt.date) -> int:
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def normalise(raw: str) -> str:
    """Strip spaces (also full-width ones) and turn full-width digits/X into ASCII.

    Also dropped, as a person cannot see them: invisible format characters a paste brings
    along (zero-width space, byte-order mark, direction marks: Unicode category Cf), and the
    apostrophe Excel puts before a number kept as text."""
    if raw.__class__ is str and raw.isascii() and raw.isalnum():
        return raw.upper()  # already plain letters and digits: nothing to fold or strip
    text = unicodedata.normalize("NFKC", str(raw)) if raw is not None else ""
    text = text.translate(_FULLWIDTH)
    if not text.isascii():
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = "".join(text.split()).upper()
    return text[1:] if text.startswith("'") else text


def check_character(first17: str) -> str:
    # ISO 7064 MOD 11-2, as stdnum.cn.ric.calc_check_digit(first17 + "0") computes it
    checksum = (1 - 2 * int(first17, 13)) % 11
    return "X" if checksum == 10 else str(checksum)


def convert_15(number15: str) -> str:
    body = number15[:6] + "19" + number15[6:15]
    return body + check_character(body)


def preload() -> None:
    """Load the region table ``region_name`` reads (python-stdnum's, about 0.07 s the first time),
    e.g. while a roster's sheet is parsed."""
    from stdnum import numdb  # as in region_name

    numdb.get("cn/loc")


@lru_cache(maxsize=8192)  # the table lookup is slow; a county has a handful of codes
def region_name(code6: str) -> str:
    # Imported here: python-stdnum's package imports pydoc and ssl (0.035 s), which a command
    # that never looks up a region (and the parser of every command) need not wait for.
    from stdnum import numdb

    info: dict[str, str] = {}
    for _part, props in numdb.get("cn/loc").info(code6):
        info.update(props)
    if "county" not in info:
        return ""
    county = info["county"].split(",")[-1]
    if county.startswith("["):
        county = county.split("]", 1)[1]
    return info.get("province", "") + county


def parse(raw: str, *, today: dt.date | None = None, field: str = "id_number") -> tuple[IdInfo | None, list[Problem]]:
    """Check an identity number; return its facts and the problems found.

    Problems are errors (the number is unusable) or warnings (usable, but tell
    the operator: converted from 15 digits).
    """
    number = normalise(raw)
    problems: list[Problem] = []
    converted = False
    if not number:
        return None, [Problem("id.empty", field)]
    if "E+" in number or ("." in number and number.replace(".", "").replace("E+", "").isdigit()):
        return None, [Problem("id.scientific", field, {"value": str(raw)})]
    if len(number) == 15:
        if not number.isdigit():
            return None, [Problem("id.format", field, {"value": number})]
        number = convert_15(number)
        converted = True
        problems.append(Problem("id.converted15", field, {"value": number}, severity="warning"))
    if len(number) != 18:
        return None, [Problem("id.length", field, {"length": len(number), "value": number})]
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return None, [Problem("id.format", field, {"value": number})]
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None, [Problem("id.birthdate", field, {"value": number, "date": number[6:14]})]
    today = today or dt.date.today()
    if birth > today:  # a date that exists: say it is after today, not that it does not exist
        return None, [Problem("id.birthdate_future", field, {"value": number, "date": birth.isoformat(), "today": today.isoformat()})]
    if birth.year < 1880:
        return None, [Problem("id.birthdate", field, {"value": number, "date": number[6:14]})]
    expected = check_character(number[:17])
    if number[17] != expected:
        return None, [Problem("id.checksum", field, {"value": number, "expected": expected})]
    name = region_name(number[:6])
    if not name:
        return None, [Problem("id.region", field, {"value": number, "region": number[:6]})]
    sex = "男" if int(number[16]) % 2 == 1 else "女"
    return IdInfo(number, birth, sex, number[:6], name, converted), problems


def is_valid(raw: str) -> bool:
    info, problems = parse(raw)
    return info is not None


_ID18 = re.compile(r"[0-9]{17}[0-9X]")
_SEX_OF_DIGIT = {str(d): "男" if d % 2 else "女" for d in range(10)}
# The check character of a body whose value in base 13 is v, by v mod 11: ISO 7064 MOD 11-2
# is (1 - 2v) mod 11 (``check_character``).
_CHECK_OF_MOD = tuple("X" if (1 - 2 * r) % 11 == 10 else str((1 - 2 * r) % 11) for r in range(11))
_BODY, _LAST, _SEX_DIGIT = operator.itemgetter(slice(0, 17)), operator.itemgetter(17), operator.itemgetter(16)
_REGION, _BIRTH = operator.itemgetter(slice(0, 6)), operator.itemgetter(slice(6, 14))
# Stands in for a number that is not 17 digits and a check character while the others are
# worked out together (its facts are never given).
_STAND_IN = "110101200001010010"
_LAST_OR_BLANK = operator.itemgetter(slice(17, 18))  # "" for a number shorter than 18


def _all_well_formed(numbers: Sequence[str], bodies: list[str], lasts: list[str]) -> bool:
    """Whether every number is 17 ASCII digits and a digit or X (what ``_ID18`` matches),
    from the numbers' lengths, their bodies joined and their last characters joined (str
    methods in C) instead of one match each. ``bodies``, ``lasts``: ``s[:17]``, ``s[17:18]``."""
    if set(map(len, numbers)) - {18}:
        return False
    body_text = "".join(bodies)
    last_text = "".join(lasts).replace("X", "0")
    # ASCII: the bytes' isdigit (a table per byte) is ten times quicker than str's
    return (body_text.isascii() and body_text.encode("ascii").isdigit()
            and last_text.isascii() and last_text.encode("ascii").isdigit())


def quick_facts(numbers: Sequence[str], *, today: dt.date) -> list[tuple[str, str, dt.date] | None]:
    """Many numbers at once: for each, (number, sex, birth date) when it is an 18-character
    number that ``parse`` accepts as it is, with no problem to report; None when ``parse``
    must look at it (it has something to say, or the text needs normalising first).

    A county roster holds a hundred thousand numbers; each distinct birth date and region
    code is checked once, and the rest is done a step at a time for all of them at once
    (``map`` over C functions: no Python code runs per number but for the ones refused)."""
    # The bodies (17 digits), cut once from the numbers as given; birth date, region and sex
    # are read from these new strings.
    bodies = list(map(_BODY, numbers))
    lasts = list(map(_LAST_OR_BLANK, numbers))
    plain: Sequence[str] = numbers
    well: list[re.Match[str] | None] | None = None  # None: all of them are 17 digits and 0-9 or X
    if not _all_well_formed(numbers, bodies, lasts):
        well = list(map(_ID18.fullmatch, numbers))
        plain = [s if m is not None else _STAND_IN for s, m in zip(numbers, well)]
        bodies = list(map(_BODY, plain))
        lasts = list(map(_LAST, plain))
    birth_keys = list(map(_BIRTH, bodies))
    births = _birth_dates(set(birth_keys), today)
    regions = {code: bool(region_name(code)) for code in set(map(_REGION, bodies))}
    birth_dates = list(map(births.__getitem__, birth_keys))
    # the check character: int(body, 13) mod 11 gives it (see check_character)
    good: Iterable[bool] = map(operator.eq, map(_CHECK_OF_MOD.__getitem__, map(
        operator.mod, map(int, bodies, repeat(13)), repeat(11))), lasts)
    # a birth date or region that is refused (most rosters have none) refuses its numbers
    if None in births.values():
        good = map(operator.and_, good, map(operator.is_not, birth_dates, repeat(None)))
    if not all(regions.values()):
        good = map(operator.and_, good, map(regions.__getitem__, map(_REGION, bodies)))
    out: list[tuple[str, str, dt.date] | None] = list(
        zip(numbers, map(_SEX_OF_DIGIT.__getitem__, map(_SEX_DIGIT, bodies)), birth_dates))  # type: ignore[arg-type]
    for k in compress(range(len(out)), map(operator.not_, good)):
        out[k] = None
    if well is not None:
        for k in compress(range(len(out)), map(operator.is_, well, repeat(None))):
            out[k] = None
    return out


def _birth_dates(keys: Collection[str], today: dt.date) -> dict[str, dt.date | None]:
    """The birth date each distinct YYYYMMDD of 8 ASCII digits gives (``date.fromisoformat``
    reads that form in C), None when it is no date, after ``today`` or before 1880."""
    try:
        dates: dict[str, dt.date | None] = dict(zip(keys, map(dt.date.fromisoformat, keys)))
    except ValueError:  # one of them is no date: each on its own
        dates = {}
        for key in keys:
            try:
                dates[key] = dt.date.fromisoformat(key)
            except ValueError:
                dates[key] = None
    low = dt.date(1880, 1, 1)
    for key, birth in dates.items():
        if birth is not None and (birth > today or birth < low):
            dates[key] = None
    return dates
