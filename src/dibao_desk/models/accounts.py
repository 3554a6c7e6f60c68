"""Accounts, the store's own settings, and the record of backups made."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dibao_desk.models.base import Base, Timestamped


class Account(Timestamped, Base):
    """A person who may sign in; ``roles`` is a comma-separated list of ``domain.accounts.Role`` codes."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(60), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class StoreSetting(Base):
    """A setting that belongs to this store (the second backup folder, idle minutes, demo mark)."""

    __tablename__ = "store_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class BackupRecord(Base):
    """A backup written and verified: where, when, its SHA-256."""

    __tablename__ = "backup_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    made_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    path: Mapped[str] = mapped_column(Text)
    external: Mapped[bool] = mapped_column(Boolean, default=False)  # outside the data folder
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(String(20), default="")
