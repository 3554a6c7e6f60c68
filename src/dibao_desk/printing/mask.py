"""Privacy on public documents.

A public notice carries only what bears on the benefit (name, village, persons
covered, class, amount, kind of change). ID numbers, bank accounts and phone
numbers never appear on one. :func:`scrub` is the last guard the notice renderer
applies to every cell: any run of digits that looks like an ID, an account or a
phone number is masked whatever its source, also when spaces or dashes are written
between the digits (``360426 19600315 0071``, ``139-0792-0001``), and when the digits
are written in Chinese numerals (``一三九〇七九二〇〇〇一``, capital ``壹叁玖…``, ``幺`` for one),
in full-width digits, or in a mix of these. A masked number is printed in ASCII digits.
Positional numerals (十 百 千 万) end a run of digits, so amounts and counts written in
words (一千二百元, 三口人, 二〇二六年十一月) stay as written.

What stays visible is no more than the conventional parts:
- an ID number keeps its 6-digit region code and its last 4 characters, never any
  digit of the birth date (``360426********0071``; 15-character numbers ``360426******071``);
- a mobile number keeps 3 + 4 (``139****0001``);
- a landline keeps its area code and last 2 digits (``0792-*****00``);
- a bank account, or any other run of 7 or more digits, keeps at most its last 4.
"""

from __future__ import annotations

import re

# Chinese numerals written digit by digit (an ID read out, a phone number copied from a
# form): small and capital forms, 〇 and its look-alikes, 幺 for one, 两 for two.
_CHINESE_DIGITS = {
    **dict.fromkeys("〇零○◯", "0"), **dict.fromkeys("一壹幺", "1"), **dict.fromkeys("二贰貳两兩", "2"),
    **dict.fromkeys("三叁參", "3"), **dict.fromkeys("四肆", "4"), **dict.fromkeys("五伍", "5"),
    **dict.fromkeys("六陆陸", "6"), **dict.fromkeys("七柒", "7"), **dict.fromkeys("八捌", "8"),
    **dict.fromkeys("九玖", "9"),
}
# One digit: of any script (ASCII, full-width …) or a Chinese numeral.
_D = r"[\d" + "".join(_CHINESE_DIGITS) + "]"

# Between two digits of one number a person may write spaces (also full-width and
# no-break spaces) or dashes of any width.
_SEP_CHARS = " \t\u00a0\u3000-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d"
# A dot before 3 digits or more is no decimal point (an amount has 2): it separates groups
# (360426.19600315.0071, 139.0792.0001).
_SEP = "(?:[" + re.escape(_SEP_CHARS) + rf"]|\.(?={_D}{{3}}))"
# A run of digits (any script's digits, e.g. full-width) with separators inside, possibly
# ending in the X an ID's check character may be.
# Digits after a decimal point belong to an amount, not to a number that follows.
_RUN = re.compile(rf"(?<![\d.]){_D}(?:{_SEP}*{_D})*(?:{_SEP}*[XxＸｘ])?")
# A date written with dashes is not a number to hide.
_DATE = re.compile(rf"(?<!{_D}){_D}{{4}}-{_D}{{1,2}}-{_D}{{1,2}}(?!{_D})")
_EDGE = 2  # numerals of a word (王二, 一户) that may touch a number on either side
_SHORTEST = 7  # fewer digits than a local phone number: an amount, a count, a year


def _digits(text: str) -> str:
    """The digits (ASCII) and a trailing X of ``text``, separators dropped."""
    out = []
    for ch in text:
        if ch in _CHINESE_DIGITS:
            out.append(_CHINESE_DIGITS[ch])
        elif ch.isdecimal():
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
    if not _complete(d):
        # a numeral ending a word before the number, or starting one after it (联系人王二
        # 13907920001, 13907920001一户): the number is masked, the word stays as written
        for lead in range(_EDGE + 1):
            for trail in range(_EDGE + 1):
                inner = text[lead:len(text) - trail]
                edges = text[:lead] + text[len(text) - trail:]
                if (lead or trail) and all(c in _CHINESE_DIGITS for c in edges) and _complete(_digits(inner)):
                    core = inner.strip(_SEP_CHARS)
                    before, after = inner[:inner.index(core)], inner[inner.index(core) + len(core):]
                    return text[:lead] + before + mask_number(_digits(core)) + after + text[len(text) - trail:]
    return mask_number(d)


_LAST_SEP = re.compile(rf"{_SEP}+(?=[^{re.escape(_SEP_CHARS)}]*$)")


# A numeral or two ending a word just before a number written in other digits or after a
# space (王五 360426 19600315 0071), or starting a word just after one (0792 4321000 三口人):
# the word's, not the number's.
_NUMERALS = "".join(_CHINESE_DIGITS)
_WORD_HEAD = re.compile(rf"[{_NUMERALS}]{{1,{_EDGE}}}(?=[{re.escape(_SEP_CHARS)}]|\d)")
_WORD_TAIL = re.compile(rf"(?<=[{re.escape(_SEP_CHARS)}])[{_NUMERALS}]{{1,{_EDGE}}}$")


def _replace(match: re.Match) -> str:
    text, string = match.group(0), match.string
    before, after = string[match.start() - 1:match.start()], string[match.end():match.end() + 2]
    whole = _complete(_digits(text))
    head = _WORD_HEAD.match(text) if before.isalpha() and not whole else None
    tail = _WORD_TAIL.search(text) if after[:1].isalpha() and not whole else None
    start, end = head.end() if head else 0, tail.start() if tail else len(text)
    return text[:start] + _masked_run(text[start:end], after if end == len(text) else "") + text[end:]


def _masked_run(text: str, after: str) -> str:
    """``text``, a run of digit groups followed by ``after``, with its numbers masked."""
    if len(after) == 2 and after[0] == "." and after[1].isdigit():
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
    if not text or not any(c.isdigit() or c in _CHINESE_DIGITS for c in text):
        return text
    return _RUN.sub(_replace, text)
