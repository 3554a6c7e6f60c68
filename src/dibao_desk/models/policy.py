from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dibao_desk.models.base import Base, Timestamped


class PolicySet(Timestamped, Base):
    """One dated set of policy figures (保障标准、施保办法、财产限额 …).

    Sets are added, never changed: the set in force on a day is the one with the
    latest ``effective_from`` not after that day (on the same date, the later one).
    ``figures_json`` holds ``domain.policy.PolicyFigures`` as JSON; the service
    checks it with that dataclass on the way in and out.
    """

    __tablename__ = "policy_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    is_example: Mapped[bool] = mapped_column(Boolean, default=False)
    figures_json: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(50), default="")

    __table_args__ = (Index("ix_policy_set_effective", "effective_from", "id"),)
