"""Privacy on public documents.

A public notice carries only what bears on the benefit (name, village, persons
covered, class, amount, kind of change). ID numbers, bank accounts and phone
numbers never appear on one; if something ID-like must be shown it is masked
(``3604********0071``). :func:`scrub` is the last guard the notice renderer
applies to every cell: any long run of digits is masked whatever its source.
"""

from __future__ import annotations

import re

# 15- or 18-character ID numbers, bank accounts (12-19 digits) and mobile numbers (11 digits):
# any run of 11 or more digits (an ID's last character may be X).
_LONG_DIGITS = re.compile(r"\d{10,}[\dXx]")


def mask_id(value: str) -> str:
    """``360426196003150071`` -> ``3604********0071``; short values are masked whole."""
    value = (value or "").strip()
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * 8 + value[-4:]


def mask_account(value: str) -> str:
    """A bank account: the last four digits only (``************1234``)."""
    value = (value or "").replace(" ", "")
    if len(value) <= 4:
        return "*" * len(value)
    return "*" * 12 + value[-4:]


def scrub(text: str) -> str:
    """Mask every run of 11 or more digits (ID, account or phone number) in ``text``."""
    if not text or not any(c.isdigit() for c in text):
        return text
    return _LONG_DIGITS.sub(lambda m: mask_id(m.group(0)), text)
