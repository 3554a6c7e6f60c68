"""Moments the store keeps in UTC (models.base.utcnow), shown as the office's own clock showed them."""

from __future__ import annotations

import datetime as dt


def local_minute(stored: dt.datetime) -> str:
    """A moment stored in UTC as local 'YYYY-MM-DD HH:MM' (an office in China reads 07:30, not 23:30)."""
    return stored.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")
