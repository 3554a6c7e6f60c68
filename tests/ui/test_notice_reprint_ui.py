"""The print dialog says, before printing, when the posting chosen did not keep what its list
showed (recorded before the program kept it): the reprint shows those households as they
stand today, and the sheet says so."""

import datetime as dt

from PySide6.QtCore import Qt

from dibao_desk.services import procedure as proc
from dibao_desk.services import procedure_notice
from dibao_desk.ui.dialogs.print_notice import PrintNoticeDialog
from tests.exchange.test_printing_notice_pages import ready_for_first_notice
from tests.ui.test_printing_ui import quiet, text_of  # noqa: F401  (the dialog's boxes answer at once)

D = dt.date
TODAY = D(2026, 11, 23)
P = "王经办"


def choose(qtbot, dialog, posted):
    """Pick the posting of ``posted`` in the list (findData does not match a date), once the
    postings read on the worker are in it; then wait for the check of what it kept."""
    def found():
        return [i for i in range(dialog.posting.count()) if dialog.posting.itemData(i) == posted]
    qtbot.waitUntil(lambda: bool(found()), timeout=10000)
    [i] = found()
    dialog.posting.setCurrentIndex(i)


def test_a_posting_that_kept_nothing_is_said_before_printing_and_on_the_sheet(qtbot, ctx, villages, tmp_path,
                                                                              monkeypatch):
    old = ready_for_first_notice(ctx, villages, "钱旧贴", 1)
    new = ready_for_first_notice(ctx, villages, "孙新贴", 2)
    with monkeypatch.context() as m:  # posted as the program did before it kept the list
        m.setattr(procedure_notice, "_as_posted", lambda case, stage: {})
        proc.start_notice(ctx.uow(), old, 4, D(2026, 11, 20), P, D(2026, 11, 20))
    proc.start_notice(ctx.uow(), new, 4, D(2026, 11, 21), P, D(2026, 11, 21))
    dialog = PrintNoticeDialog(ctx, today=TODAY, stage="1")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.posting.count() == 3 and not dialog._kept_reader.busy, timeout=10000)
    # "the latest still on the board" is the 21 November posting: kept, nothing to say
    assert dialog.posting.currentData() is None and dialog.not_kept.isHidden()
    choose(qtbot, dialog, D(2026, 11, 20))
    qtbot.waitUntil(lambda: not dialog.not_kept.isHidden(), timeout=10000)
    assert dialog.not_kept.text() == ("注意：这一批张贴时未留存公示内容，其中 1 户将按重印当日档案数据打印，"
                                      "与张贴时可能不同；打印出的表上会注明。")
    choose(qtbot, dialog, D(2026, 11, 21))
    qtbot.waitUntil(lambda: dialog.not_kept.isHidden(), timeout=10000)
    choose(qtbot, dialog, D(2026, 11, 20))
    qtbot.waitUntil(lambda: not dialog.not_kept.isHidden(), timeout=10000)
    dialog.post.setChecked(True)  # a new posting keeps its list: nothing to warn of
    assert dialog.not_kept.isHidden()
    dialog.post.setChecked(False)
    qtbot.waitUntil(lambda: not dialog.not_kept.isHidden(), timeout=10000)
    out = tmp_path / "一榜.pdf"
    dialog.out.setText(str(out))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10000)
    text = text_of(out)
    assert "钱旧贴" in text and "孙新贴" not in text and "本表按重印当日档案数据生成，与张贴时可能不同" in text
    assert "本表有 1 户的公示内容张贴时未留存，按重印当日档案数据生成，与张贴时可能不同" in dialog.status.text()


def test_the_check_of_a_chosen_posting_reads_the_store_off_the_windows_thread(qtbot, ctx, villages, monkeypatch):
    """Choosing a posting in the open dialog: what it kept is looked up on the worker (a county's
    audit log is long), the warning shown when the answer comes; a newer choice wins."""
    import threading

    from dibao_desk.services import printing

    old = ready_for_first_notice(ctx, villages, "钱旧贴", 1)
    new = ready_for_first_notice(ctx, villages, "孙新贴", 2)
    with monkeypatch.context() as m:
        m.setattr(procedure_notice, "_as_posted", lambda case, stage: {})
        proc.start_notice(ctx.uow(), old, 4, D(2026, 11, 20), P, D(2026, 11, 20))
    proc.start_notice(ctx.uow(), new, 4, D(2026, 11, 21), P, D(2026, 11, 21))
    threads = []
    real = printing.not_as_posted

    def recorded(*args, **kw):
        threads.append(threading.current_thread().name)
        return real(*args, **kw)

    monkeypatch.setattr(printing, "not_as_posted", recorded)
    dialog = PrintNoticeDialog(ctx, today=TODAY, stage="1")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    threads.clear()
    choose(qtbot, dialog, D(2026, 11, 20))
    qtbot.waitUntil(lambda: dialog.not_kept.isVisible(), timeout=10000)
    assert dialog.not_kept.text() == ("注意：这一批张贴时未留存公示内容，其中 1 户将按重印当日档案数据打印，"
                                      "与张贴时可能不同；打印出的表上会注明。")
    assert threads and all(t.startswith("dibao-worker") for t in threads)
    # two choices in a row: the answer for the first (1 household) is stale, the second's stands
    choose(qtbot, dialog, D(2026, 11, 21))
    choose(qtbot, dialog, D(2026, 11, 20))
    choose(qtbot, dialog, D(2026, 11, 21))
    qtbot.waitUntil(lambda: not dialog._kept_reader.busy, timeout=10000)
    assert dialog.not_kept.isHidden()


def test_the_postings_are_read_off_the_windows_thread_and_arrive_in_the_open_dialog(qtbot, ctx, villages,
                                                                                   monkeypatch):
    """A township's years of postings are read on the worker once the dialog is on screen: the
    dialog opens at once with 最近一批仍在公示的 to choose, and the postings arrive in the list."""
    import threading

    new = ready_for_first_notice(ctx, villages, "孙新贴", 2)
    proc.start_notice(ctx.uow(), new, 4, D(2026, 11, 21), P, D(2026, 11, 21))
    threads = []
    real = proc.notice_postings

    def recorded(*args, **kw):
        threads.append(threading.current_thread().name)
        return real(*args, **kw)

    monkeypatch.setattr(proc, "notice_postings", recorded)
    dialog = PrintNoticeDialog(ctx, today=TODAY, stage="1")
    qtbot.addWidget(dialog)
    assert threads == [] and dialog.posting.count() == 1 and dialog.posting.currentData() is None
    dialog.show()
    qtbot.waitUntil(lambda: dialog.posting.count() == 2, timeout=10000)
    assert dialog.posting.itemData(1) == D(2026, 11, 21) and dialog.posting.currentData() is None
    assert threads and all(t.startswith("dibao-worker") for t in threads)
