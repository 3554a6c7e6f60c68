from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dibao_desk.models.base import Base, utcnow


class RosterMapping(Base):
    """A column mapping the operator used for a roster of one header shape (the same
    header labels in the same order), offered again for the next file of that shape."""

    __tablename__ = "roster_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    shape_key: Mapped[str] = mapped_column(String(64), unique=True)
    labels: Mapped[str] = mapped_column(Text, default="")  # JSON list of header labels
    mapping: Mapped[str] = mapped_column(Text, default="")  # JSON list: one field per column
    used_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
