from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from dibao_desk.domain.villages import VillageKind
from dibao_desk.models.base import Base, Timestamped


class Office(Timestamped, Base):
    """The one office this store belongs to (a township, a street, or a county)."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))  # 乡镇/街道 name
    admin_code: Mapped[str] = mapped_column(String(12))  # 12-digit 统计用区划代码
    county_name: Mapped[str] = mapped_column(String(100))
    complaint_phone: Mapped[str] = mapped_column(String(40), default="")
    complaint_box: Mapped[str] = mapped_column(String(200), default="")  # where the box is
    mode: Mapped[str] = mapped_column(String(10), default="township")  # township | county
    operator: Mapped[str] = mapped_column(String(50), default="")  # 经办人


class Village(Base):
    """A village (村) or community (社区) of the township."""

    __tablename__ = "village"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default=VillageKind.VILLAGE)
    population: Mapped[int] = mapped_column(Integer, default=0)  # 户籍人口, for shares
    # Retired (撤并, or no longer served): no new household is registered in it; its households stay.
    retired_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
