"""Privacy on public documents.

A public notice carries only what bears on the benefit (name, village, persons
covered, class, amount, kind of change). ID numbers, bank accounts and phone
numbers never appear on one. :func:`scrub` is the last guard the notice renderer
applies to every cell: any run of digits that looks like an ID, an account or a
phone number is masked whatever its source, also when spaces or dashes are written
between the digits (``360426 19600315 0071``, ``139-0792-0001``).

What stays visible is no more than the conventional parts:
- an ID number keeps its 6-digit region code and its last 4 characters, never any
  digit of the birth date (``360426********0071``; 15-character numbers ``360426******071``);
- a mobile number keeps 3 + 4 (``139****0001``);
- a landline keeps its area code and last 2 digits (``0792-*****00``);
- a bank account, or any other run of 7 or more digits, keeps at most its last 4.
"""

from __future__ import annotations

import re

# Between two digits of one number a person may write spaces (also full-width and
# no-break spaces) or dashes of any width.
_SEP_CHARS = " \t\u00a0\u3000-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d"
# A dot before 3 digits or more is no decimal point (an amount has 2): it separates groups
# (360426.19600315.0071, 139.0792.0001).
_SEP = "(?:[" + re.escape(_SEP_CHARS) + r"]|\.(?=\d{3}))"
# A run of digits (any script's digits, e.g. full-width) with separators inside, possibly
# ending in the X an ID's check character may be.
# Digits after a decimal point belong to an amount, not to a number that follows.
_RUN = re.compile(rf"(?<![\d.])\d(?:{_SEP}*\d)*(?:{_SEP}*[XxＸｘ])?")
# A date written with dashes is not a number to hide.
_DATE = re.compile(r"(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)")
_SHORTEST = 7  # fewer digits than a local phone number: an amount, a count, a year


def _digits(text: str) -> str:
    """The digits (ASCII) and a trailing X of ``text``, separators dropped."""
    out = []
    for ch in text:
        if ch.isdigit():
            out.append(str(int(ch)))
        elif ch in "XxＸｘ":
            out.append("X")
    return "".join(out)


def _looks_like_id(d: str) -> bool:
    if len(d) == 18:
        return d[:17].isdigit() and d[6:8] in ("18", "19", "20")
    return len(d) == 15 and d.isdigit()


def mask_number(d: str) -> str:
    """The masked form of a number given as its characters (digits and a possible X)."""
    n = len(d)
    if _looks_like_id(d):
        return d[:6] + "*" * (n - 10) + d[-4:] if n == 18 else d[:6] + "*" * 6 + d[-3:]
    if n == 11 and d.startswith("1") and d.isdigit():
        return d[:3] + "****" + d[-4:]
    if d.startswith("0") and 10 <= n <= 12:
        area = 3 if d[1] in "12" else 4  # 010, 021 …: 3 digits; 0792: 4
        return d[:area] + "-" + "*" * (n - area - 2) + d[-2:]
    if n >= 12:
        return "*" * (n - 4) + d[-4:]
    return "*" * n


def mask_id(value: str) -> str:
    """``360426196003150071`` -> ``360426********0071``: the region code and the last four."""
    d = _digits(value or "")
    if not d:
        return ""
    if _looks_like_id(d):
        return mask_number(d)
    return "*" * len(d)


def mask_account(value: str) -> str:
    """A bank account: the last four digits only (``***************2333``)."""
    d = _digits(value or "")
    if len(d) <= 4:
        return "*" * len(d)
    return "*" * (len(d) - 4) + d[-4:]


def _complete(d: str) -> bool:
    """A number that is whole as it stands: an ID number or a mobile number."""
    return _looks_like_id(d) or (len(d) == 11 and d.startswith("1") and d.isdigit())


def _one(text: str) -> str:
    d = _digits(text)
    if len(d.rstrip("X")) < _SHORTEST:
        return text
    return mask_number(d)


_LAST_SEP = re.compile(rf"{_SEP}+(?=[^{re.escape(_SEP_CHARS)}]*$)")


def _replace(match: re.Match) -> str:
    text = match.group(0)
    rest = match.string[match.end():match.end() + 2]
    if len(rest) == 2 and rest[0] == "." and rest[1].isdigit():
        # an amount (1234567.89): only the digits after the last space or dash are its own; a
        # number written before it (an ID, a phone: "360426196003150071 1234.56") is masked
        last = _LAST_SEP.search(text)
        return _numbers(text[:last.start()]) + text[last.start():] if last else text
    return _numbers(text)


def _numbers(text: str) -> str:
    """Split a run of digit groups into numbers (an ID and a phone written one after the
    other are two numbers; a date between them stays) and mask each."""
    date = _DATE.search(text)
    if date:
        return _numbers(text[:date.start()]) + date.group(0) + _numbers(text[date.end():])
    lead = len(text) - len(text.lstrip(_SEP_CHARS))
    if lead:
        return text[:lead] + _numbers(text[lead:])
    if not text:
        return text
    parts = re.split(f"({_SEP}+)", text)
    out: list[str] = []
    current = ""  # the groups of the number being read, separators included
    for k in range(0, len(parts), 2):
        group, sep = parts[k], parts[k + 1] if k + 1 < len(parts) else ""
        have = _digits(current)
        if current and (_complete(have) or len(have) + len(_digits(group)) > 19):
            trimmed = current.rstrip(_SEP_CHARS)
            out.append(_one(trimmed) + current[len(trimmed):])
            current = ""
        current += group + sep
    if current:
        trimmed = current.rstrip(_SEP_CHARS)
        out.append(_one(trimmed) + current[len(trimmed):])
    return "".join(out)


def scrub(text: str) -> str:
    """Mask every ID-, account- or phone-like run of digits in ``text`` (see the module)."""
    if not text or not any(c.isdigit() for c in text):
        return text
    return _RUN.sub(_replace, text)
