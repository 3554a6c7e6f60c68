from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from dibao_desk.models.base import Base, Timestamped
# The tables this module's foreign keys name load with it (see dibao_desk.models).
import dibao_desk.models.household  # noqa: F401


class LinkedAssistance(Timestamped, Base):
    """One item of linked assistance (1+X) given to a household or one of its members."""

    __tablename__ = "linked_assistance"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    # a member's ID number (member rows are re-written when a household is saved), "" = household's
    member_id_number: Mapped[str] = mapped_column(String(18), default="")
    kind: Mapped[str] = mapped_column(String(20))  # domain.assistance.AssistanceKind
    amount_fen: Mapped[int] = mapped_column(Integer, default=0)
    given_on: Mapped[dt.date] = mapped_column(Date)
    giver: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        Index("ix_linked_assistance_household", "household_id", "given_on"),
        Index("ix_linked_assistance_given_on", "given_on", "kind"),
    )
