"""Opening, in the window, a store an older version wrote: "正在升级数据…" shows while it is
copied and upgraded, then "数据已升级（原数据副本：…）"; a failed upgrade is said with the copy."""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from dibao_desk.models import store as store_module
from dibao_desk.models.store import HEAD
from dibao_desk.services import office
from dibao_desk.services.context import open_context
from dibao_desk.ui import app as app_module
from tests.helpers import downgrade_folder


def _old_store(folder):
    ctx = open_context(folder)
    try:
        office.save_office(ctx.uow(), office.OfficeInfo(
            name="德安镇", admin_code="360426100000", county_name="德安县", complaint_phone="0792-4321000",
            complaint_box="镇政府一楼大厅", mode="township", operator="王经办"))
        office.add_village(ctx.uow(), "东风村")
    finally:
        ctx.close()
    return downgrade_folder(folder, "0021")


def _watch_for_the_wait_dialog(monkeypatch) -> tuple[list[str], QTimer]:
    """The upgrade waits until the person could see the dialog (or gives up after a while, so
    the test fails rather than hangs on a program that shows none)."""
    seen: list[str] = []
    shown = threading.Event()
    real = store_module.upgrade

    def upgrade_once_seen(engine, revision="head"):
        shown.wait(20)
        return real(engine, revision)

    monkeypatch.setattr(store_module, "upgrade", upgrade_once_seen)

    def look() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.isVisible():
                seen.append(w.labelText())
                shown.set()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(look)
    timer.start()
    return seen, timer


def test_an_older_store_is_upgraded_behind_a_wait_dialog_and_the_copy_is_named(qapp, tmp_path, monkeypatch,
                                                                                message_boxes):
    folder = _old_store(tmp_path / "data")
    seen, timer = _watch_for_the_wait_dialog(monkeypatch)
    ctx = app_module.open_or_explain(folder)
    timer.stop()
    try:
        assert ctx is not None
        assert seen and seen[0].startswith("正在升级数据…")
        copy = folder / "dibao.before-0021.sqlite3"
        assert message_boxes == [("information", "数据已升级", f"数据已升级（原数据副本：{copy}）")]
        assert [v.name for v in office.list_villages(ctx.uow())] == ["东风村"]
        assert ctx.store.upgraded is not None and ctx.store.upgraded.to_revision == HEAD
        con = sqlite3.connect(copy)
        try:
            assert con.execute("select version_num from alembic_version").fetchone() == ("0021",)
        finally:
            con.close()
    finally:
        if ctx is not None:
            ctx.close()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    again = app_module.open_or_explain(folder)  # the next start: no dialog, no notice
    try:
        assert again is not None and len(message_boxes) == 1
    finally:
        if again is not None:
            again.close()


def test_a_failed_upgrade_is_said_with_the_copy_and_the_store_is_left_as_it_was(qapp, tmp_path, monkeypatch,
                                                                                  message_boxes):
    folder = _old_store(tmp_path / "data")

    def breaks(engine, revision="head"):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store_module, "upgrade", breaks)
    assert app_module.open_or_explain(folder) is None
    copy = folder / "dibao.before-0021.sqlite3"
    [(kind, title, text)] = message_boxes
    assert (kind, title) == ("critical", "无法打开数据")
    assert "数据升级失败，原数据未作任何改动" in text and str(copy) in text
    con = sqlite3.connect(folder / "dibao.sqlite3")
    try:
        assert con.execute("select version_num from alembic_version").fetchone() == ("0021",)
    finally:
        con.close()


def test_a_newer_programs_store_is_refused_without_a_wait_dialog_and_left_as_it_was(qapp, tmp_path, monkeypatch,
                                                                                     message_boxes):
    import hashlib

    folder = _old_store(tmp_path / "data")
    opened = open_context(folder)  # back to the head, then written by "a newer program"
    opened.close()
    con = sqlite3.connect(folder / "dibao.sqlite3")
    with con:
        con.execute("update alembic_version set version_num = '9001'")
    con.execute("pragma journal_mode=delete")
    con.close()
    before = hashlib.sha256((folder / "dibao.sqlite3").read_bytes()).hexdigest()
    from dibao_desk.ui.dialogs import upgrade_wait

    dialogs: list[str] = []  # the wait dialog, had it been put up (a refusal is too quick to see it)
    real = upgrade_wait.open_while_upgrading

    def waits(opener, parent=None):
        dialogs.append("正在升级数据…")
        return real(opener, parent)

    monkeypatch.setattr(upgrade_wait, "open_while_upgrading", waits)
    assert app_module.open_or_explain(folder) is None
    [(kind, title, text)] = message_boxes
    assert (kind, title) == ("critical", "无法打开数据")
    assert "数据由更新版本的 dibao-desk 创建" in text and "请安装新版" in text
    assert dialogs == []
    assert hashlib.sha256((folder / "dibao.sqlite3").read_bytes()).hexdigest() == before
