"""The 低保证 number where the office looks for it: the household list and the household page."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from dibao_desk.services import certificate
from dibao_desk.ui.dialogs.household_form import HouseholdForm
from dibao_desk.ui.tablemodels.households import HouseholdTableModel
from tests.conftest import make_id
from tests.exchange.exchange_fixtures import set_receiving

D = dt.date


def test_the_number_shows_in_the_list_and_on_the_household_page(qtbot, ctx, make_household, tmp_path):
    a = make_household()
    b = make_household(head="李四", head_id=make_id("19550505", 33))
    set_receiving(ctx, a.id)
    certificate.issue(ctx.uow(), a.id, "new", D(2026, 3, 1), D(2026, 11, 30))
    certificate.issue(ctx.uow(), a.id, "replace", D(2026, 11, 30), D(2026, 11, 30), reason="遗失")
    model = HouseholdTableModel(ctx)
    QAbstractItemModelTester(model)
    model.reload()
    col = next(i for i, c in enumerate(model.columns) if c.key == "certificate")
    assert model.headerData(col, Qt.Orientation.Horizontal) == "低保证号"
    shown = {model.household_id(r): model.data(model.index(r, col)) for r in range(model.rowCount())}
    assert shown == {a.id: "N360426100202600002", b.id: ""}
    model.sort(col, Qt.SortOrder.DescendingOrder)
    assert model.household_id(0) == a.id
    form = HouseholdForm(ctx, a.id)
    qtbot.addWidget(form)
    text = form.certificate.text()
    assert text.startswith("N360426100202600002（补发：遗失，2026-11-30，有效）")
    assert "N360426100202600001（新发，2026-03-01，已换发（补发）作废）" in text
    form.grab().save(str(tmp_path / "form.png"))
    other = HouseholdForm(ctx, b.id)
    qtbot.addWidget(other)
    assert other.certificate.text() == "未发证"


# ---- issuing and printing from the window ------------------------------------------------------

import pytest  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from dibao_desk.domain.accounts import Role  # noqa: E402
from dibao_desk.services.accounts import SignedIn  # noqa: E402
from dibao_desk.ui import documents  # noqa: E402
from dibao_desk.ui.dialogs import pdf_preview  # noqa: E402
from dibao_desk.ui.dialogs.certificate_dialog import CertificateOffsetDialog  # noqa: E402
from dibao_desk.ui.main_window import MainWindow  # noqa: E402


def pdf_text(path) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


@pytest.fixture
def opened(monkeypatch, tmp_path):
    """The preview records what it was asked to show instead of opening."""
    shown = []
    monkeypatch.setattr(pdf_preview, "show", lambda parent, path, title="": shown.append(path))
    monkeypatch.setattr(documents.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    return shown


def test_issue_and_print_the_selected_households_certificate_by_clicking(qtbot, ctx, make_household, opened,
                                                                        message_boxes):
    a = make_household()
    set_receiving(ctx, a.id)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.certificate_actions["one"].trigger()
    assert message_boxes[-1][2] == "请先在家庭列表中选中一户。"
    window.view("households").select(a.id)
    window.certificate_actions["one"].trigger()
    dialog = window.certificate_dialog
    assert dialog.history.text() == "未发证" and not dialog.print_button.isEnabled()
    assert dialog.kind.currentData() == "new"
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    issued = certificate.history(ctx.uow(), a.id)
    assert [(c.kind, c.state) for c in issued] == [("new", "active")]
    assert issued[0].number in dialog.history.text() and "已发证" in dialog.message.text()
    # a replacement needs its reason: refused and said, nothing written
    dialog.kind.setCurrentIndex(dialog.kind.findData("replace"))
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert "补发低保证请写明原因" in dialog.message.text()
    assert len(certificate.history(ctx.uow(), a.id)) == 1
    dialog.reason.setText("遗失")
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    now = certificate.history(ctx.uow(), a.id)
    assert [(c.kind, c.state, c.reason) for c in now] == [("new", "superseded", ""), ("replace", "active", "遗失")]
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and now[1].number in pdf_text(opened[0])


def test_a_batch_of_the_months_certificates_prints_one_page_each(qtbot, ctx, make_household, opened):
    a = make_household()
    b = make_household(head="李四", head_id=make_id("19550505", 33))
    for h in (a, b):
        set_receiving(ctx, h.id)
        certificate.issue(ctx.uow(), h.id, "new", D(2026, 11, 2), D(2026, 11, 30))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.certificate_actions["batch"].trigger()
    dialog = window.certificate_dialog
    dialog.first.setDate(D(2026, 11, 1))
    dialog.last.setDate(D(2026, 11, 30))
    assert dialog.count.text() == "2 本有效的低保证"
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    assert len(PdfReader(str(opened[0])).pages) == 2
    dialog.first.setDate(D(2026, 11, 3))
    assert dialog.count.text() == "0 本有效的低保证" and not dialog.print_button.isEnabled()


def test_the_printer_offset_is_tried_on_a_test_sheet_then_saved(qtbot, ctx, make_household, opened):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.certificate_actions["offset"].trigger()
    dialog = window.certificate_dialog
    assert isinstance(dialog, CertificateOffsetDialog)
    dialog.offset_x.setValue(2.5)
    dialog.offset_y.setValue(-1)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and "20毫米" in pdf_text(opened[0])
    assert certificate.printer_offset(ctx.uow()) == certificate.PrinterOffset(0, 0)  # only tried
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert certificate.printer_offset(ctx.uow()) == certificate.PrinterOffset(2.5, -1)
    assert not dialog.isVisible()


def test_a_reviewer_sees_the_certificate_but_cannot_issue_it(qtbot, ctx, make_household):
    from dibao_desk.ui.dialogs.certificate_dialog import CertificateDialog

    a = make_household()
    set_receiving(ctx, a.id)
    ctx.sign_in(SignedIn("审核员", frozenset({Role.REVIEWER})))
    dialog = CertificateDialog(ctx, a.id)
    qtbot.addWidget(dialog)
    assert not dialog.issue_button.isEnabled()
    offset = CertificateOffsetDialog(ctx)
    qtbot.addWidget(offset)
    assert not offset.save_button.isEnabled()
    ctx.sign_in(SignedIn("经办员", frozenset({Role.CLERK})))
    dialog = CertificateDialog(ctx, a.id)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert len(certificate.history(ctx.uow(), a.id)) == 1


def test_the_offset_field_goes_no_further_than_the_sheet_allows(qtbot, ctx, opened):
    """The 向下偏移 field accepted up to 30 mm, where 发证机关 is printed below the sheet; it stops
    at 16 mm down and 19.1 mm up (the layout's limits), and saving keeps what it shows."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.certificate_actions["offset"].trigger()
    dialog = window.certificate_dialog
    assert (dialog.offset_y.minimum(), dialog.offset_y.maximum()) == (-19.1, 16)
    assert (dialog.offset_x.minimum(), dialog.offset_x.maximum()) == (-30, 30)
    dialog.offset_y.lineEdit().selectAll()
    qtbot.keyClicks(dialog.offset_y.lineEdit(), "25")
    dialog.offset_y.interpretText()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert certificate.printer_offset(ctx.uow()).y_mm <= 16


def test_a_batch_is_made_off_the_window_and_a_refusal_names_the_household(qtbot, ctx, make_household, opened,
                                                                          monkeypatch):
    """1,000 booklets took seconds on the window's own thread, the window frozen (not redrawn,
    "not responding"); the batch is made on the worker. A batch refused for one household says
    which, in red, and the button works again."""
    import dataclasses
    import threading

    from dibao_desk.services import households

    a = make_household()
    b = make_household(head="李四", head_id=make_id("19550505", 33))
    for h in (a, b):
        set_receiving(ctx, h.id)
        certificate.issue(ctx.uow(), h.id, "new", D(2026, 11, 2), D(2026, 11, 30))
    threads = []
    real = certificate.print_certificates
    monkeypatch.setattr(certificate, "print_certificates",
                        lambda *args, **kw: (threads.append(threading.current_thread()), real(*args, **kw))[1])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.certificate_actions["batch"].trigger()
    dialog = window.certificate_dialog
    dialog.first.setDate(D(2026, 11, 1))
    dialog.last.setDate(D(2026, 11, 30))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.printed is not None and dialog.printed.pages == 2 and dialog.print_button.isEnabled()
    detail = households.get(ctx.uow(), b.id)
    households.save(ctx.uow(), dataclasses.replace(detail.draft, hukou_type="urban"), b.id, today=D(2026, 11, 30))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "color: #b00" in dialog.message.styleSheet(), timeout=10000)
    assert dialog.message.text().startswith(f"户编号 {b.id}：该户户籍类型已改为城市")
    assert len(opened) == 1 and dialog.print_button.isEnabled()


def test_the_single_print_shows_the_month_of_the_dialogs_date_not_the_machines(qtbot, ctx, make_household, opened):
    """李梅 dies on 31 December 2026; the 变更 pays 2 persons 300 元 from January 2027. The
    window printed the booklet as of the machine's date whatever the dialog said; it prints
    as of the dialog's date: 31 December shows 3 persons at 750 元, 1 January 2 at 300 元."""
    from dibao_desk.services import events
    from dibao_desk.ui.dialogs.certificate_dialog import CertificateDialog
    from tests.helpers import walk_case
    from tests.unit import test_member_events as ev

    hid = ev.three(make_household).id
    assert ev.receiving(ctx, hid, D(2026, 12, 1), D(2026, 12, 31)) == 75000
    certificate.issue(ctx.uow(), hid, "new", D(2026, 12, 10), D(2026, 12, 10))
    wife, *_ = ev.member(ctx, hid, "李梅")
    r = events.add_event(ctx.uow(), hid, "death", D(2026, 12, 31), member_id=wife, today=D(2026, 12, 31))
    walk_case(ctx, r.change.case_id, D(2026, 12, 31))
    dialog = CertificateDialog(ctx, hid, today=D(2027, 1, 1))
    qtbot.addWidget(dialog)
    printed = []
    for day in (D(2026, 12, 31), D(2027, 1, 1)):
        dialog.date.setDate(day)
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        text = pdf_text(opened[-1])
        printed.append(("3人" in text, "750.00元" in text, "2人" in text, "300.00元" in text,
                        dialog.message.text()))
    assert printed == [(True, True, False, False, "按 2026年12月 发放的人数和金额打印。"),
                       (False, False, True, True, "按 2027年1月 发放的人数和金额打印。")]
    # the batch prints as of its own day too (the CLI's --today)
    from dibao_desk.ui.dialogs.certificate_dialog import CertificateBatchDialog

    batch = CertificateBatchDialog(ctx, today=D(2027, 1, 1))
    qtbot.addWidget(batch)
    batch.first.setDate(D(2026, 12, 1))
    qtbot.mouseClick(batch.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 3, timeout=10000)
    assert "300.00元" in pdf_text(opened[-1]) and "750.00元" not in pdf_text(opened[-1])


def cross_note_box(pdf):
    """The words beside the test sheet's cross, and where they are (pt from the left and top)."""
    import subprocess

    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if line.strip().startswith("<word ") and "十字中心" in line:
            attr = lambda name: float(line.split(f'{name}="')[1].split('"')[0])  # noqa: E731
            return line.split(">")[1].split("<")[0], attr("xMin"), attr("yMin")
    raise AssertionError("no cross on the test sheet")


@pytest.mark.parametrize(("x_mm", "y_mm", "said"), [
    (0, 0, "左边20毫米、上边20毫米"),
    (-16, -16, "左边20毫米、上边20毫米"),
    (-30, 0, "左边34毫米、上边20毫米"),
    (-17.5, -19.1, "左边22毫米、上边24毫米"),
])
def test_the_test_sheets_cross_stays_on_the_sheet(qtbot, ctx, opened, x_mm, y_mm, said):
    """Below about −16.5 mm to the left (or up), the cross was drawn off the sheet, where a PDF
    carries nothing: nothing to measure. It moves in to where all of it is printed, and the
    sheet and the dialog say how far from the edges it should then land."""
    from dibao_desk.ui.dialogs.certificate_dialog import CertificateOffsetDialog

    dialog = CertificateOffsetDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.offset_x.setValue(x_mm)
    dialog.offset_y.setValue(y_mm)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    text = pdf_text(opened[-1])
    assert "此十字中心应距纸张" + said in text
    _word, left, top = cross_note_box(opened[-1])
    pt = 72 / 25.4
    centre_x = left / pt - 4  # the words start 4 mm right of the cross's centre
    assert centre_x - 3 >= 0.9  # the left arm's end is on the sheet, a margin inside
    assert top >= 0  # the words (level with the cross) are on the sheet
    shown = dialog.message.text().replace(" ", "")
    assert (said in shown) == (said != "左边20毫米、上边20毫米")


def test_the_batch_prints_as_of_the_day_chosen_and_lists_the_suspended_households(qtbot, ctx, make_household,
                                                                                   opened):
    """The batch printed as of the day the dialog opened; 按哪天的发放打印 decides, read when
    打印 is clicked: as of 5 December, 李四 (suspended from December) gets no booklet and is
    named after the print; with everyone suspended the batch is refused in red."""
    from dibao_desk.ui.dialogs.certificate_dialog import CertificateBatchDialog
    from tests.unit.test_certificate import suspend

    a = make_household()
    b = make_household(head="李四", head_id=make_id("19550505", 33))
    numbers = {}
    for h in (a, b):
        set_receiving(ctx, h.id)
        numbers[h.id] = certificate.issue(ctx.uow(), h.id, "new", D(2026, 11, 2), D(2026, 11, 30)).number
    suspend(ctx, b.id, D(2026, 12, 1), D(2026, 11, 30))
    dialog = CertificateBatchDialog(ctx, today=D(2026, 11, 30))
    qtbot.addWidget(dialog)
    assert dialog.on.date().toPython() == D(2026, 11, 30)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    assert dialog.printed is not None and (dialog.printed.pages, dialog.printed.skipped) == (2, ())
    dialog.on.setDate(D(2026, 12, 5))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    assert numbers[a.id] in pdf_text(opened[-1]) and numbers[b.id] not in pdf_text(opened[-1])
    assert dialog.message.text() == "已生成 1 页。\n以下 1 户暂停发放，未打印低保证："
    assert [dialog.skipped_list.item(i).text() for i in range(dialog.skipped_list.count())] == [
        f"未打印：户编号 {b.id} 李四（2026年12月 暂停发放）"]
    suspend(ctx, a.id, D(2026, 12, 1), D(2026, 11, 30))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "color: #b00" in dialog.message.styleSheet(), timeout=10000)
    assert dialog.message.text() == "要打印的 2 户在 2026年12月 都暂停发放低保，没有可打印的低保证"
    assert len(opened) == 2 and dialog.print_button.isEnabled()


def test_the_single_print_of_a_suspended_household_is_refused_in_words(qtbot, ctx, make_household, opened):
    from dibao_desk.ui.dialogs.certificate_dialog import CertificateDialog
    from tests.unit.test_certificate import suspend

    a = make_household()
    set_receiving(ctx, a.id)
    certificate.issue(ctx.uow(), a.id, "new", D(2026, 11, 2), D(2026, 11, 30))
    suspend(ctx, a.id, D(2026, 12, 1), D(2026, 11, 30))
    dialog = CertificateDialog(ctx, a.id, today=D(2026, 12, 5))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "该户 2026年12月 暂停发放低保，不能打印低保证；恢复发放后再打印"
    assert "color: #b00" in dialog.message.styleSheet() and opened == [] and dialog.printed is None
    dialog.date.setDate(D(2026, 11, 30))  # as of November, still paid: printed
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and dialog.printed is not None


def test_hundreds_of_suspended_households_scroll_in_the_batch_dialog_at_1366x768(qtbot, ctx, opened, tmp_path):
    """300 households left out of a batch: named one a line in a list that scrolls, the dialog
    (its print and close buttons) still on a 1366×768 screen."""
    from PySide6.QtWidgets import QDialogButtonBox

    from dibao_desk.domain.problems import Problem
    from dibao_desk.services.printing import PrintResult
    from dibao_desk.ui.dialogs.certificate_dialog import CertificateBatchDialog

    dialog = CertificateBatchDialog(ctx, today=D(2026, 12, 5))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.skipped_list.isHidden()
    skipped = tuple(Problem("certificate.skipped_suspended", "", {
        "household_id": 1000 + i, "name": f"户主{i}", "year": 2026, "month": 12}, "warning") for i in range(300))
    dialog._printed(PrintResult(tmp_path / "低保证.pdf", "低保证", 5, 5, skipped=skipped))
    qtbot.wait(50)
    assert dialog.message.text() == "已生成 5 页。\n以下 300 户暂停发放，未打印低保证："
    assert dialog.skipped_list.count() == 300
    assert dialog.skipped_list.item(299).text() == "未打印：户编号 1299 户主299（2026年12月 暂停发放）"
    assert dialog.skipped_list.verticalScrollBar().maximum() > 0  # the rest scroll into view
    assert dialog.height() <= 768 - 60 and dialog.sizeHint().height() <= 768 - 60  # title bar and taskbar
    buttons = dialog.findChild(QDialogButtonBox)
    bottom = buttons.mapTo(dialog, buttons.rect().bottomLeft()).y()
    assert bottom <= dialog.height()
    dialog.grab().save(str(tmp_path / "批量打印低保证-300户.png"))
    if os.environ.get("DIBAO_GRAB_DIR"):
        dialog.grab().save(str(Path(os.environ["DIBAO_GRAB_DIR"]) / "certificate_batch_300.png"))
