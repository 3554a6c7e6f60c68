"""The window opening an older store while a command (another process) is upgrading it: its
wait dialog says another dibao-desk is upgrading the data, and once that one is done the window
opens the upgraded store — no second copy, no 数据已升级 box of its own, no error."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from dibao_desk import messages
from dibao_desk.models.store import DB_NAME, HEAD
from dibao_desk.services import office
from dibao_desk.ui import app as app_module
from tests.unit.test_store_upgrade import OLD, _office_store, _revision
from tests.unit.test_store_upgrade_two_programs import FIRST, GIVE_UP, _env, _wait_for


def test_the_window_waits_for_a_commands_upgrade_and_opens_the_upgraded_store(qapp, tmp_path, message_boxes):
    folder = _office_store(tmp_path / "data")
    marker, go = tmp_path / "upgrading", tmp_path / "go"
    first = subprocess.Popen([sys.executable, "-c", FIRST, str(folder), str(marker), str(go)], env=_env(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    seen: list[str] = []

    def look() -> None:  # the person reads why nothing happens yet; then the command goes on
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.isVisible():
                seen.append(w.labelText())
                if messages.text("progress.upgrade_waiting") in w.labelText():
                    go.write_text("go")

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(look)
    ctx = None
    try:
        _wait_for(marker, first)
        timer.start()
        ctx = app_module.open_or_explain(folder)
        timer.stop()
        go.write_text("go")  # (a window that did not wait gave up meanwhile: the command may go on)
        _out, first_err = first.communicate(timeout=GIVE_UP)
    finally:
        timer.stop()
        if first.poll() is None:
            first.kill()
            first.communicate()
    try:
        assert ctx is not None
        assert any(messages.text("progress.upgrade_waiting") in text for text in seen)
        assert ctx.store.upgraded is None and message_boxes == []  # the command upgraded it, and said so
        copy = folder / f"dibao.before-{OLD}.sqlite3"
        assert first.returncode == 0 and messages.text("store.upgraded", copy=str(copy)) in first_err
        assert [v.name for v in office.list_villages(ctx.uow())] == ["东风村"]
    finally:
        if ctx is not None:
            ctx.close()
    assert _revision(folder / DB_NAME) == HEAD and _revision(copy) == OLD
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(("dibao.before", ".~"))) == [copy.name]
