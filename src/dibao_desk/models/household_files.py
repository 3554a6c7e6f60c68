"""Documents filed with a household (一户一档): scans and photos kept in the data folder."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dibao_desk.models.base import Base, utcnow
# The tables this module's foreign keys name load with it (see dibao_desk.models).
import dibao_desk.models.household  # noqa: F401
import dibao_desk.models.procedure  # noqa: F401


class HouseholdFile(Base):
    """One document. The file is ``<data folder>/<stored_path>``, named by its content's SHA-256,
    so the same scan filed twice is one file and a file changed on disk is noticed."""

    __tablename__ = "household_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    # filed with one case of the household (its signed forms), else with the household itself
    case_id: Mapped[int | None] = mapped_column(ForeignKey("procedure_case.id", ondelete="SET NULL"), index=True,
                                                nullable=True)
    kind: Mapped[str] = mapped_column(String(20))  # domain.household_files.FILE_KINDS
    original_name: Mapped[str] = mapped_column(String(255))
    stored_path: Mapped[str] = mapped_column(String(255))  # relative to the data folder, '/'-separated
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(50), default="")

    __table_args__ = (UniqueConstraint("household_id", "sha256"),)
