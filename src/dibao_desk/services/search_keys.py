"""The households' search texts kept in the form the search expects (``names.SEARCH_KEYS_VERSION``).

A store written by an older program holds search texts of an older form (before version 2, a
name with ü was found only as "lv", not as "lu" or "lyu"; before version 3, 买买提·艾力 was not
found as 买买提艾力 or mmtal, nor a number registered with 15 digits by the 18 the list shows).
They are brought up to date when the store is opened, once: the store remembers the version it
holds. No pinyin is read again: the texts hold the keys, and only the households whose text
changes are rewritten (bench/search_upgrade.py)."""

from __future__ import annotations

import logging

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import SQLAlchemyError

from dibao_desk.domain import names
from dibao_desk.models import Household, StoreSetting
from dibao_desk.services.uow import UnitOfWork

SETTING_VERSION = "household.search_keys"
_BATCH = 2000

log = logging.getLogger(__name__)


def stored_version(uow: UnitOfWork) -> int:
    """The form of the search texts in the store (1: written before the store remembered it)."""
    with uow:
        row = uow.session.get(StoreSetting, SETTING_VERSION)
        return int(row.value) if row is not None and row.value.isdigit() else 1


def upgrade(uow: UnitOfWork) -> int:
    """Bring the search texts to ``names.SEARCH_KEYS_VERSION`` if the store holds an older
    form; the number of households rewritten. One indexed read when they are up to date."""
    if stored_version(uow) >= names.SEARCH_KEYS_VERSION:
        return 0
    with uow:
        s = uow.session
        rows = s.execute(select(Household.id, Household.search_text)).all()
        changed = [(hid, new) for hid, text in rows if (new := names.upgrade_search_text(text)) != text]
        table = Household.__table__
        stmt = update(table).where(table.c.id == bindparam("hid")).values(search_text=bindparam("text"))
        conn = s.connection()
        for i in range(0, len(changed), _BATCH):
            conn.execute(stmt, [{"hid": hid, "text": text} for hid, text in changed[i:i + _BATCH]])
        row = s.get(StoreSetting, SETTING_VERSION)
        if row is None:
            s.add(StoreSetting(key=SETTING_VERSION, value=str(names.SEARCH_KEYS_VERSION)))
        else:
            row.value = str(names.SEARCH_KEYS_VERSION)
        uow.commit()
    if changed:
        log.info("search texts of %d households brought to form %d", len(changed), names.SEARCH_KEYS_VERSION)
    return len(changed)


def upgrade_quietly(uow: UnitOfWork) -> None:
    """``upgrade``, at opening: a store that cannot be written now (another program writing it,
    a read-only copy) keeps its texts and is brought up to date at a later opening."""
    try:
        upgrade(uow)
    except SQLAlchemyError:
        log.warning("search texts not brought up to date", exc_info=True)


__all__ = ["SETTING_VERSION", "stored_version", "upgrade", "upgrade_quietly"]
