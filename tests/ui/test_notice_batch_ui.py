"""按村张贴或结束公示: a list one case of which cannot be posted on the day typed is refused
as a whole, and the form says which case and whose. The list is written on the worker with
a progress dialog whose 取消 writes nothing."""

import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from dibao_desk.models import AuditLog, CaseStep
from dibao_desk.ui import ops

from dibao_desk.services import procedure as proc
from dibao_desk.ui.dialogs.notice_batch_dialog import NoticeBatchDialog
from dibao_desk.ui.dialogs.step_common import to_qdate
from tests.helpers import make_id

D = dt.date
P = "王经办"


def reviewed(ctx, make_household, head, seq, on):
    h = make_household(head=head, head_id=make_id("19600101", seq), wages_fen=20000)
    cid = proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 12, 20), "person": P, "declaration_signed": True,
                                                     "authorisation_signed": True}, D(2026, 12, 20)).info.id
    proc.record_step(ctx.uow(), cid, 2, {"on": D(2026, 12, 20), "person": "李调查", "investigator_signed": True,
                                          "applicant_signed": True, "findings": "家中无劳动力"}, D(2026, 12, 20))
    proc.record_step(ctx.uow(), cid, 3, {"on": on, "person": "村主任", "place": "村委会", "attendees": "代表 11 人",
                                          "objections": {}, "outcome": "pass"}, on)
    return cid


def test_posting_a_list_names_the_case_that_stops_it(qtbot, ctx, make_household):
    first = reviewed(ctx, make_household, "赵一", 11, D(2026, 12, 21))
    late = reviewed(ctx, make_household, "钱二", 13, D(2026, 12, 29))
    d = NoticeBatchDialog(ctx, D(2026, 12, 31))
    qtbot.addWidget(d)
    d.show()
    d.on.setDate(to_qdate(D(2026, 12, 28)))
    assert "待张贴 2 户" in d.summary.text()
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.op.finished)  # checked on the worker
    assert d.isVisible() and not d.errors.isHidden()
    assert f"案件 {late}（户主 钱二）" in d.errors.text() and "2026-12-29" in d.errors.text()
    for cid in (first, late):  # nothing posted
        assert proc.get_case(ctx.uow(), cid, D(2026, 12, 31)).waiting.code == "waiting.start_notice"
    d.on.setDate(to_qdate(D(2026, 12, 29)))
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.op.finished)
    assert not d.isVisible() and d.result_detail == 2
    for cid in (first, late):
        w = proc.get_case(ctx.uow(), cid, D(2026, 12, 31)).waiting
        assert (w.code, w.params["end"]) == ("waiting.notice_running", D(2027, 1, 5))


def _written(ctx) -> tuple[int, int]:
    with ctx.uow() as uow:
        return (uow.session.scalar(select(func.count()).select_from(CaseStep)),
                uow.session.scalar(select(func.count()).select_from(AuditLog)))


@pytest.fixture
def held_worker():
    """The worker kept busy until the event is set (at the latest when the test ends): the
    batch waits behind it, so its progress dialog can be looked at and its 取消 pressed
    before it writes anything."""
    gate = threading.Event()
    ops._executor.submit(gate.wait)
    yield gate
    gate.set()


def test_closing_a_list_on_the_worker_then_cancelling_a_post_writes_nothing(qtbot, ctx, make_household,
                                                                           held_worker):
    ids = [reviewed(ctx, make_household, f"孙{i}", 21 + 2 * i, D(2026, 12, 21)) for i in range(3)]
    d = NoticeBatchDialog(ctx, D(2026, 12, 21))
    qtbot.addWidget(d)
    d.show()
    before = _written(ctx)
    gate = held_worker
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    progress = d.op.dialog
    qtbot.waitUntil(lambda: progress.isVisible())
    assert progress.labelText() == "正在张贴公示…"
    qtbot.mouseClick(progress.findChild(type(d.ok_button)), Qt.MouseButton.LeftButton)  # 取消
    gate.set()
    qtbot.waitUntil(lambda: d.op.finished)
    assert d.isVisible() and "已取消，整批均未办理" in d.errors.text() and d.ok_button.isEnabled()
    assert _written(ctx) == before  # not one notice step, not one audit row
    for cid in ids:
        assert proc.get_case(ctx.uow(), cid, D(2026, 12, 21)).waiting.code == "waiting.start_notice"
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)  # the same list, not cancelled
    qtbot.waitUntil(lambda: d.op.finished)
    assert not d.isVisible() and d.result_detail == 3
    assert proc.notice_batch(ctx.uow(), 1, D(2026, 12, 21)) == proc.NoticeBatch((), (), tuple(ids), ()), [proc.get_case(ctx.uow(), c, D(2026, 12, 21)).waiting for c in ids]

    d = NoticeBatchDialog(ctx, D(2026, 12, 28))
    qtbot.addWidget(d)
    d.show()
    d.close_.setChecked(True)
    assert "可结束 3 户" in d.summary.text()
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.op.finished)
    assert not d.isVisible() and d.result_detail == 3
    for cid in ids:
        w = proc.get_case(ctx.uow(), cid, D(2026, 12, 28)).waiting
        assert w.code != "waiting.close_notice" and w.step != 4
    assert proc.notice_batch(ctx.uow(), 1, D(2026, 12, 28)) == proc.NoticeBatch((), (), (), ())


def test_the_progress_dialog_shows_the_whole_count_on_a_small_screen(qtbot, ctx, make_household, tmp_path,
                                                                     held_worker):
    reviewed(ctx, make_household, "周一", 31, D(2026, 12, 21))
    d = NoticeBatchDialog(ctx, D(2026, 12, 21))
    qtbot.addWidget(d)
    d.show()
    gate = held_worker
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    progress = d.op.dialog
    d.op.progress.update(120, 500, "progress.notice_batch.post1", at=120, of=500)  # as the job says it
    qtbot.waitUntil(lambda: progress.isVisible())  # shown a moment after the job has begun
    qtbot.waitUntil(lambda: progress.labelText() == "正在张贴一榜公示：案件 120/500…")
    label = progress.findChild(type(d.summary))
    # the count grows as the job goes (a county's list: thousands): the dialog, sized to the
    # words it first showed, cut them off
    widest = "正在张贴一榜公示：案件 4999/5000…"
    assert label.fontMetrics().horizontalAdvance(widest) <= label.contentsRect().width()
    assert progress.width() <= 1366
    assert not progress.grab().save(str(tmp_path / "progress.png")) is False
    progress.findChild(type(d.ok_button)).click()
    gate.set()
    qtbot.waitUntil(lambda: d.op.finished)
