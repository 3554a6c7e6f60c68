"""Long work off the GUI thread.

Core functions that take long accept a Qt-free progress sink (``Progress``):
they call ``update(done, total, message)`` and check ``cancelled``. Here one
background worker thread runs every job that touches the store, one at a time;
the GUI polls the sink on a timer to drive a progress dialog with Cancel, and
the result (or the exception) comes back to the GUI thread through a signal.

Like Anki's ``CollectionOp``: while a job that writes runs, the window takes no
input (so nobody starts a second write that would wait for the first one's lock),
and its progress dialog is application-modal once it shows; each op keeps itself
alive until it has finished, then removes its dialog and timer; a failure reaches
the person as a Chinese message, never as an exception raised in a slot.
"""

from __future__ import annotations

import errno
import logging
import threading
import traceback
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
import shiboken6

from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.services.errors import as_rule_error, is_connection_lost
from dibao_desk.services.progress import Cancelled, Progress
from dibao_desk.ui.texts import problem_text

log = logging.getLogger(__name__)

_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dibao-worker")

# Ops that have started and not finished: they live here, not in their callers.
_running: set["Op"] = set()

_INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Wheel, QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride, QEvent.Type.Drop,
})


def is_cancelled(exc: BaseException) -> bool:
    """The person pressed Cancel (recognised by type, whatever module raised it)."""
    return isinstance(exc, Cancelled)


def error_text(exc: BaseException) -> str:
    """What a person reads about a failed job: Chinese, never the exception's English text."""
    if isinstance(exc, RuleError):
        return "\n".join(problem_text(p) for p in exc.problems)
    if isinstance(exc, OSError):
        name = exc.filename or ""
        where = QCoreApplication.translate("ops", "（{0}）").format(name) if name else ""
        if exc.errno == errno.ENOSPC:
            return QCoreApplication.translate("ops", "磁盘或U盘已满，文件没有写完{0}。请腾出空间后再试，原有数据没有改动。").format(where)
        if exc.errno == errno.EROFS:
            return QCoreApplication.translate("ops", "U盘有写保护或是只读的，文件没有写入{0}。请把写保护开关拨到可写一侧，或换一个位置。").format(where)
        if exc.errno in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
            return QCoreApplication.translate("ops", "没有权限写入，或文件正被其他程序（如 Excel、WPS）打开{0}。请关闭后再试。").format(where)
        if exc.errno == errno.EISDIR or isinstance(exc, IsADirectoryError):
            return QCoreApplication.translate("ops", "这个名字已被一个文件夹占用{0}，文件没有写入。请换一个文件名。").format(where)
        if exc.errno == errno.ENOENT or isinstance(exc, FileNotFoundError):
            return QCoreApplication.translate("ops", "找不到文件或文件夹{0}，可能U盘已拔出。").format(where)
        return QCoreApplication.translate("ops", "无法读写文件{0}。请检查U盘或文件夹后再试，原有数据没有改动。").format(where)
    if is_connection_lost(exc):  # a county server gone during a read (a list refresh) as during an import
        return problem_text(Problem("store.connection_lost"))
    return QCoreApplication.translate("ops", "操作没有完成，发生了意外错误，数据没有改动。详细情况已记入日志。")


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """A failed job as a message box (nothing for a cancelled one)."""
    if is_cancelled(exc):
        return
    QMessageBox.warning(parent, title, error_text(exc))


class _InputBlocker(QObject):
    """Swallows clicks and keys for every window but the op's progress dialog."""

    def __init__(self, allowed: QWidget):
        super().__init__()
        self._allowed = allowed

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt)
        if event.type() not in _INPUT_EVENTS:
            return False
        if isinstance(obj, QWidget) and (obj is self._allowed or self._allowed.isAncestorOf(obj)):
            return False
        return True


class _Relay(QObject):
    finished = Signal(object, object)  # result, exception


class Op:
    """Run ``fn(progress)`` on the worker; call ``on_done(result)`` or ``on_error(exc)`` on the GUI thread.

    ``writes`` (default): the window takes no input until the job has finished and the
    dialog is application-modal. Without ``on_error`` a failure is shown as a message box
    titled ``error_title`` (nothing for Cancel). Callers need not keep the op."""

    def __init__(self, parent: QWidget | None, fn: Callable[[Progress], Any], *, title: str,
                 on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None,
                 cancellable: bool = True, show_after_ms: int = 400, writes: bool = True,
                 error_title: str | None = None):
        self.progress = Progress()
        self.title = title
        self.error_title = error_title or title
        self._parent = parent
        self._relay = _Relay()
        self._relay.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._on_done = on_done
        self._on_error = on_error
        self._writes = writes
        dialog = QProgressDialog(title, QCoreApplication.translate("Op", "取消") if cancellable else "", 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal if writes
                                 else Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(show_after_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.progress.cancel)
        self._dialog: QProgressDialog | None = dialog
        self._timer = QTimer()
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._poll)
        self._blocker: _InputBlocker | None = None
        self._fn = fn
        self.future: Future | None = None
        self.finished = False

    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    def start(self) -> "Op":
        relay = self._relay
        progress = self.progress
        fn = self._fn

        def work():
            try:
                result = fn(progress)
            except BaseException as exc:  # reported on the GUI thread
                if not isinstance(exc, Cancelled):
                    log.error("background job failed:\n%s", traceback.format_exc())
                relay.finished.emit(None, as_rule_error(exc) or exc)  # a full disk: one clear sentence
                return
            relay.finished.emit(result, None)

        _running.add(self)
        if self._writes:
            app = QApplication.instance()
            if app is not None and self._dialog is not None:
                self._blocker = _InputBlocker(self._dialog)
                app.installEventFilter(self._blocker)
                QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._timer.start()
        self.future = _executor.submit(work)
        return self

    def _poll(self) -> None:
        if self._dialog is None:
            return
        done, total, code, params = self.progress.status()
        if code:  # what the job is doing: a code with its words in messages
            self._dialog.setLabelText(problem_text(Problem(code, "", params)))
        if total:
            self._dialog.setMaximum(total)
            # last: a modal dialog's setValue runs the event loop, where the job's end may be
            # delivered and take the dialog away (_cleanup)
            self._dialog.setValue(min(done, total))
        elif self._dialog.maximum():
            # a step of unknown length after one with a bar (a restore: the check, then the
            # swap): busy, not the last step's 100 % under the new step's words
            self._dialog.setRange(0, 0)

    def _cleanup(self) -> None:
        self._timer.stop()
        self._timer.deleteLater()
        if self._blocker is not None:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self._blocker)
                QApplication.restoreOverrideCursor()
            self._blocker = None
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.progress.cancel)
            self._dialog.reset()
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self._relay.deleteLater()

    def _finish(self, result, exc) -> None:
        self._cleanup()
        self.finished = True
        try:
            if exc is None:
                self._on_done(result)
            elif self._on_error is not None:
                self._on_error(exc)
            else:
                show_error(self._parent, self.error_title, exc)
        except Exception as slot_exc:  # a failing callback must not leave the window in a broken state
            log.error("callback after a background job failed:\n%s", traceback.format_exc())
            show_error(self._parent, self.error_title, slot_exc)
        finally:
            _running.discard(self)


def fit_progress(op: Op, chars: int = 26) -> None:
    """Make ``op``'s progress dialog wide enough for a label of ``chars`` CJK characters (a
    counter that grows as the job goes, "正在张贴一榜公示：案件 120/500…"): QProgressDialog
    sizes itself to its first label only, so a longer one was cut off (kept within a
    1366-pixel wide screen)."""
    dialog = op.dialog
    if dialog is None:
        return
    width = dialog.fontMetrics().horizontalAdvance("\u4e2d") * chars + 80
    dialog.setMinimumWidth(min(max(width, 420), 900))


class _ReadRelay(QObject):
    """Carries read results to the GUI thread. One for the program, never deleted, so a
    worker never emits through an object a closed view took with it."""

    done = Signal(object, int, object, object)  # reader, generation, result, exception


_read_relay: _ReadRelay | None = None


def _relay_for_reads() -> _ReadRelay:
    global _read_relay
    if _read_relay is None:
        _read_relay = _ReadRelay()
        _read_relay.done.connect(_deliver, Qt.ConnectionType.QueuedConnection)
    return _read_relay


def _deliver(reader: "Reader", generation: int, result, exc) -> None:
    if shiboken6.isValid(reader):
        reader._apply(generation, result, exc)


class Reader(QObject):
    """Reads for one view on the worker, results applied on the GUI thread; a newer request
    makes an older one's result stale (typing, clicking through rows). A view that is not on
    screen reads at once: nobody waits for it, and whoever asked may look at it next."""

    def __init__(self, owner: QWidget):
        super().__init__(owner)
        self._owner = owner
        self._generation = 0
        self._pending: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None] | None]] = {}
        _relay_for_reads()

    def request(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
                on_error: Callable[[BaseException], None] | None = None) -> None:
        self._generation += 1
        generation = self._generation
        self._pending = {generation: (on_done, on_error)}
        if not self._owner.isVisible():
            try:
                result = fn()
            except Exception as exc:
                self._apply(generation, None, exc)
            else:
                self._apply(generation, result, None)
            return
        relay, reader = _relay_for_reads(), self

        def work():
            try:
                result = fn()
            except Exception as exc:
                log.error("background read failed:\n%s", traceback.format_exc())
                relay.done.emit(reader, generation, None, exc)
                return
            relay.done.emit(reader, generation, result, None)

        _executor.submit(work)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _apply(self, generation: int, result, exc) -> None:
        callbacks = self._pending.pop(generation, None)
        if callbacks is None:
            return  # a newer request is on its way
        on_done, on_error = callbacks
        if exc is None:
            on_done(result)
        elif on_error is not None:
            on_error(exc)
        else:
            show_error(self._owner, QCoreApplication.translate("ops", "无法读取"), exc)


def wait_for_worker() -> None:
    """Let the worker finish what it was given (before the store is closed)."""
    _executor.submit(lambda: None).result()


def running() -> int:
    """How many ops have started and not finished (for tests and closing the window)."""
    return len(_running)


def run_on_worker(fn: Callable[[], Any]) -> Any:
    """Run ``fn`` on the store worker and wait (for short calls that must not interleave with a job)."""
    if threading.current_thread().name.startswith("dibao-worker"):
        return fn()
    return _executor.submit(fn).result()
