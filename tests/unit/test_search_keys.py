"""A store whose search texts were written before ü was also held as u and yu is brought up to
date when it is opened, once, without reading pinyin again; the search then finds 吕 as "lu"."""

from __future__ import annotations

from sqlalchemy import text

from dibao_desk.domain import names
from dibao_desk.models import StoreSetting
from dibao_desk.services import households, search_keys
from dibao_desk.services.context import open_context
from dibao_desk.services.households import HouseholdQuery
from tests.conftest import make_id


def test_an_older_stores_search_texts_are_upgraded_at_opening(ctx, make_household):
    lv = make_household(head="吕小明", head_id=make_id("19600101", 17)).id
    zhang = make_household(head="张三", head_id=make_id("19610101", 19)).id
    with ctx.uow() as uow:  # as an older program left the store
        uow.session.execute(text("UPDATE household SET search_text = :t WHERE id = :i"),
                            {"t": "|吕小明|lxm|lvxiaoming|" + make_id("19600101", 17).lower() + "|", "i": lv})
        uow.session.execute(text("DELETE FROM store_setting WHERE key = :k"), {"k": search_keys.SETTING_VERSION})
        uow.commit()
    assert search_keys.stored_version(ctx.uow()) == 1
    assert households.query_ids(ctx.uow(), HouseholdQuery(text="luxiaoming")) == []
    before_zhang = _text(ctx, zhang)
    folder = ctx.data_dir
    ctx.close()

    again = open_context(folder)
    try:
        assert households.query_ids(again.uow(), HouseholdQuery(text="luxiaoming")) == [lv]
        assert households.query_ids(again.uow(), HouseholdQuery(text="lyu")) == [lv]
        assert households.query_ids(again.uow(), HouseholdQuery(text="lv")) == [lv]
        assert _text(again, lv) == names.search_text([("吕小明", make_id("19600101", 17))])
        assert _text(again, zhang) == before_zhang  # no ü: untouched
        assert search_keys.stored_version(again.uow()) == names.SEARCH_KEYS_VERSION
        assert search_keys.upgrade(again.uow()) == 0  # done once
    finally:
        again.close()


def test_a_new_store_holds_the_current_form(ctx):
    with ctx.uow() as uow:
        row = uow.session.get(StoreSetting, search_keys.SETTING_VERSION)
        assert row is not None and row.value == str(names.SEARCH_KEYS_VERSION)


def _text(ctx, hid: int) -> str:
    with ctx.uow() as uow:
        return uow.session.execute(text("SELECT search_text FROM household WHERE id = :i"), {"i": hid}).scalar_one()


def test_a_restored_backup_of_the_old_form_is_upgraded_at_once(ctx, make_household):
    """A backup made by an older program is restored in the open window: its search texts are
    brought up to date when the store is reopened, not at the next start."""
    import datetime as dt

    from dibao_desk.services import backup, restore

    lv = make_household(head="吕小明", head_id=make_id("19600101", 17)).id
    with ctx.uow() as uow:
        uow.session.execute(text("UPDATE household SET search_text = :t WHERE id = :i"),
                            {"t": "|吕小明|lxm|lvxiaoming|" + make_id("19600101", 17).lower() + "|", "i": lv})
        uow.session.execute(text("DELETE FROM store_setting WHERE key = :k"), {"k": search_keys.SETTING_VERSION})
        uow.commit()
    saved = backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2026, 11, 30, 9, 0, 0)).files[0].path
    search_keys.upgrade(ctx.uow())  # the store goes on in today's form
    restore.restore(ctx, saved)
    assert households.query_ids(ctx.uow(), HouseholdQuery(text="lyuxiaoming")) == [lv]
    assert search_keys.stored_version(ctx.uow()) == names.SEARCH_KEYS_VERSION


def test_a_store_of_form_2_finds_dotted_names_and_15_digit_numbers_after_opening(ctx, make_household):
    """Form 2 held 买买提·艾力 only with its dot and a number as registered with 15 digits:
    reopened, the store finds them as offices type them, and untouched households stay as they were."""
    number18 = make_id("19600101", 17)
    number15 = number18[:6] + number18[8:17]
    dotted = make_household(head="买买提·艾力", head_id=make_id("19700101", 19)).id
    old = make_household(head="王五", head_id=number18).id
    zhang = make_household(head="张三", head_id=make_id("19610101", 19)).id
    with ctx.uow() as uow:  # as the program of form 2 left the store
        uow.session.execute(text("UPDATE household SET search_text = :t WHERE id = :i"), {
            "t": "|买买提·艾力|mmt·al|maimaiti·aili|" + make_id("19700101", 19).lower() + "|", "i": dotted})
        uow.session.execute(text("UPDATE household SET search_text = :t WHERE id = :i"),
                            {"t": f"|王五|ww|wangwu|{number15}|", "i": old})
        uow.session.execute(text("UPDATE store_setting SET value = '2' WHERE key = :k"),
                            {"k": search_keys.SETTING_VERSION})
        uow.commit()
    assert households.query_ids(ctx.uow(), HouseholdQuery(text="mmtal")) == []
    assert households.query_ids(ctx.uow(), HouseholdQuery(text=number18)) == []
    before_zhang = _text(ctx, zhang)
    folder = ctx.data_dir
    ctx.close()

    again = open_context(folder)
    try:
        for typed in ("mmtal", "买买提艾力", "maimaitiaili"):
            assert households.query_ids(again.uow(), HouseholdQuery(text=typed)) == [dotted], typed
        assert households.query_ids(again.uow(), HouseholdQuery(text=number18)) == [old]
        assert _text(again, dotted) == names.search_text([("买买提·艾力", make_id("19700101", 19))])
        assert _text(again, old) == f"|王五|ww|wangwu|{number18.lower()}|"
        assert _text(again, zhang) == before_zhang
        assert search_keys.stored_version(again.uow()) == 3
        assert search_keys.upgrade(again.uow()) == 0  # done once
    finally:
        again.close()
