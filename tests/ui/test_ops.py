"""ui/ops.py: background jobs that keep the window responsive but not re-enterable."""

import errno
import gc
import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QVBoxLayout, QWidget

from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.services.progress import Cancelled
from dibao_desk.ui import ops


def _window(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    button = QPushButton("保存", w)
    QVBoxLayout(w).addWidget(button)
    clicks = []
    button.clicked.connect(lambda: clicks.append(1))
    w.show()
    return w, button, clicks


def _gate():
    gate = threading.Event()

    def job(progress):
        assert gate.wait(120)  # a loaded machine may take long to show the dialog
        return 7

    return gate, job


def test_an_op_lives_without_a_reference_and_cleans_up_after_itself(qtbot):
    w, _button, _clicks = _window(qtbot)
    gate, job = _gate()
    results = []
    ops.Op(w, job, title="正在保存…", on_done=results.append, show_after_ms=0).start()  # nobody keeps it
    gc.collect()
    assert ops.running() == 1
    qtbot.waitUntil(lambda: any(d.isVisible() for d in w.findChildren(QProgressDialog)), timeout=60000)
    dialog = w.findChildren(QProgressDialog)[0]
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
    gate.set()
    qtbot.waitUntil(lambda: results == [7])
    QApplication.sendPostedEvents(None, 0)  # deleteLater
    assert ops.running() == 0
    assert w.findChildren(QProgressDialog) == [] and w.findChildren(QTimer) == []


def test_the_window_takes_no_clicks_while_a_write_runs(qtbot):
    w, button, clicks = _window(qtbot)
    gate, job = _gate()
    results = []
    ops.Op(w, job, title="正在保存…", on_done=results.append).start()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a second write would wait for the lock
    assert clicks == []
    gate.set()
    qtbot.waitUntil(lambda: results == [7])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == [1]


def test_a_read_does_not_block_the_window(qtbot):
    w, button, clicks = _window(qtbot)
    gate, job = _gate()
    results = []
    ops.Op(w, job, title="正在读取…", on_done=results.append, writes=False).start()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == [1]
    gate.set()
    qtbot.waitUntil(lambda: results == [7])


def test_a_failure_is_a_chinese_message_not_an_exception_in_a_slot(qtbot, monkeypatch):
    w, _button, _clicks = _window(qtbot)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))

    def job(progress):
        raise ValueError("unexpected token at line 3")

    ops.Op(w, job, title="正在保存…", error_title="无法保存", on_done=lambda r: None).start()
    qtbot.waitUntil(lambda: bool(shown))
    assert ops.running() == 0
    title, text = shown[0]
    assert title == "无法保存" and "意外错误" in text and "token" not in text


def test_a_failing_callback_is_reported_too(qtbot, monkeypatch):
    w, _button, _clicks = _window(qtbot)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))

    def done(_result):
        raise KeyError("household")

    ops.Op(w, lambda progress: 1, title="正在保存…", on_done=done).start()
    qtbot.waitUntil(lambda: bool(shown))
    assert ops.running() == 0 and "household" not in shown[0]


def test_cancel_is_recognised_by_type_and_shows_nothing(qtbot, monkeypatch):
    w, _button, _clicks = _window(qtbot)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a))

    class Stopped(Cancelled):
        pass

    class Cancelled2(Exception):  # a look-alike is not a cancel
        pass

    Cancelled2.__name__ = "Cancelled"
    assert ops.is_cancelled(Stopped()) and not ops.is_cancelled(Cancelled2())
    gate = threading.Event()

    def job(progress):
        while not progress.cancelled:
            gate.wait(0.01)
        progress.check()

    errors = []
    op = ops.Op(w, job, title="正在导入…", on_done=lambda r: None, on_error=errors.append,
                show_after_ms=0).start()
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible())
    cancel = [b for b in op.dialog.findChildren(QPushButton) if b.text() == "取消"][0]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the dialog's own button gets through
    qtbot.waitUntil(lambda: bool(errors))
    assert ops.is_cancelled(errors[0])
    ops.show_error(w, "导入", errors[0])
    assert shown == []


def test_error_texts_are_chinese():
    full = OSError(errno.ENOSPC, "No space left on device", "E:/低保/名单.xlsx")
    denied = PermissionError(errno.EACCES, "Permission denied", "名单.xlsx")
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory", "F:/包.xlsx")
    texts = [ops.error_text(e) for e in (full, denied, missing, OSError(errno.EIO, "I/O error"))]
    assert "已满" in texts[0] and "E:/低保/名单.xlsx" in texts[0]
    assert "正被其他程序" in texts[1] and "拔出" in texts[2]
    assert not any(word in t for t in texts for word in ("space", "Permission", "such", "I/O"))
    assert ops.error_text(RuleError(Problem("household.village", "village_id"))) == "请选择所在村（社区）"


def test_a_write_protected_stick_and_a_folder_in_the_way_are_named_as_such():
    locked = OSError(errno.EROFS, "Read-only file system", "F:/回执.xlsx")
    folder = IsADirectoryError(errno.EISDIR, "Is a directory", "F:/代发.txt")
    assert "写保护" in ops.error_text(locked) and "F:/回执.xlsx" in ops.error_text(locked)
    assert "文件夹" in ops.error_text(folder) and "F:/代发.txt" in ops.error_text(folder)


def test_a_job_ending_while_its_progress_is_shown_leaves_no_error(qtbot, monkeypatch):
    """A modal progress dialog's setValue runs the event loop; the job's end can be delivered
    right there and take the dialog away before the same poll sets its label. Seen on a busy
    machine as AttributeError: 'NoneType' object has no attribute 'setLabelText' in the window."""
    w, _button, _clicks = _window(qtbot)
    gate, job = _gate()
    results = []
    op = ops.Op(w, job, title="正在保存…", on_done=results.append, show_after_ms=0).start()
    op.progress.update(3, 10, "progress.write")
    dialog = op.dialog
    assert dialog is not None
    real_set_value = dialog.setValue

    def set_value_while_the_job_ends(value):
        real_set_value(value)
        gate.set()
        qtbot.waitUntil(lambda: results == [7])  # the finished signal delivered inside setValue

    monkeypatch.setattr(dialog, "setValue", set_value_while_the_job_ends)
    op._poll()  # must not raise
    assert results == [7] and op.dialog is None


def test_a_step_of_unknown_length_after_a_bar_shows_busy_not_the_last_steps_percent(qtbot):
    # A restore checks the backup with a bar in MiB, then swaps the store (no length known): the
    # dialog said "正在用备份替换当前数据…" over a full bar, as if it were done.
    w, _button, _clicks = _window(qtbot)
    gate, job = _gate()
    results = []
    op = ops.Op(w, job, title="正在恢复…", on_done=results.append, show_after_ms=0).start()
    op.progress.update(10, 10, "progress.restore.hash", name="dibao-360426100000-20261231-235959.sqlite3")
    op._poll()
    dialog = op.dialog
    assert dialog.maximum() == 10 and dialog.value() == 10
    op.progress.update(0, 0, "progress.restore.swap")
    op._poll()
    assert dialog.maximum() == 0 and dialog.labelText() == "正在用备份替换当前数据…"
    gate.set()
    qtbot.waitUntil(lambda: results == [7])
