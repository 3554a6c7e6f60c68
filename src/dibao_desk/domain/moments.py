"""Moments the store keeps in UTC (models.base.utcnow), shown as the office's own clock showed them."""

from __future__ import annotations

import datetime as dt


def local_minute(stored: dt.datetime) -> str:
    """A moment stored in UTC as local 'YYYY-MM-DD HH:MM' (an office in China reads 07:30, not 23:30)."""
    return stored.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")


def local_day(stored: dt.datetime) -> dt.date:
    """The office's day of a moment stored in UTC (23:30 UTC on 1 December is 2 December in China)."""
    return stored.replace(tzinfo=dt.timezone.utc).astimezone().date()
