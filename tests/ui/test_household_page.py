"""一户一档 in the window: double-clicking a household in the list opens its page, whose
sections show what the store holds about it; documents are filed and removed from the page."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from sqlalchemy import select

from dibao_desk.domain.assistance import AssistanceDraft
from dibao_desk.models import AuditLog
from dibao_desk.models.household_files import HouseholdFile
from dibao_desk.services import assistance, complaints, relatives
from dibao_desk.services import procedure as proc
from tests.conftest import MemberDraft
from tests.helpers import make_id, walk_case

D = dt.date
TODAY = D(2026, 11, 30)
SON = make_id("19950505", 41)


@pytest.fixture
def home(ctx, villages, make_household):
    """A household granted in September, with linked assistance, a 备案 relative and a complaint."""
    hh = make_household(wages_fen=0, extra_members=(MemberDraft("赵小明", SON, "son", work_capacity="none"),),
                        bank_account="6217000011112222")
    on = D(2026, 9, 1)
    case = proc.receive_application(ctx.uow(), hh.id, {"on": on, "person": "王经办", "declaration_signed": True,
                                                       "authorisation_signed": True}, on)
    proc.record_step(ctx.uow(), case.info.id, 2, {"on": D(2026, 9, 2), "person": "李调查", "findings": "无",
                                                  "investigator_signed": True, "applicant_signed": True}, D(2026, 9, 2))
    walk_case(ctx, case.info.id, D(2026, 9, 3), start_month=D(2026, 9, 1))
    assistance.add(ctx.uow(), hh.id, AssistanceDraft("education", 50000, D(2026, 10, 8), "县教育局", SON), TODAY)
    relatives.add_relative(ctx.uow(), staff_id_number=make_id("19700101", 31), staff_name="赵村长",
                           role="village_cadre", village_id=villages["东风村"], post="村主任", id_number=SON,
                           name="赵小明", relation="child", registered_on=D(2026, 3, 1), today=TODAY)
    complaints.add_complaint(ctx.uow(), received_on=D(2026, 11, 20), channel="box", household_id=hh.id,
                             description="家里新买了轿车", today=D(2026, 11, 20))
    return hh


def open_page(qtbot, window, household_id):
    view = window.view("households")
    window.show_view("households")
    row = view.model.row_of(household_id)
    rect = view.table.visualRect(view.model.index(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.household_pages[household_id]
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def window(qtbot, ctx, home):
    from dibao_desk.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 728)
    w.show()
    return w


def column(table, col):
    return [row[col] for row in table.texts()]


def test_double_click_opens_the_page_with_every_section_from_the_store(qtbot, window, home):
    page = open_page(qtbot, window, home.id)
    page.today = TODAY
    page.reload()
    assert "张三" in page.heading.text() and "东风村" in page.heading.text()
    # members: ID numbers masked until asked, and the bank account too
    assert column(page.members.table, 0) == ["张三", "赵小明"]
    assert page.members.table.texts()[0][10] == "正常" and "主要致贫原因：未填" in page.facts.text()
    assert column(page.members.table, 1)[1] == "360426********" + SON[-4:]
    assert "6217000011112222" not in page.facts.text() and "2222" in page.facts.text()
    page.reveal.setChecked(True)
    assert column(page.members.table, 1)[1] == SON
    assert "6217000011112222" in page.facts.text()
    # the ledger from the grant: September on, 在保
    months = page.ledger.months.texts()
    assert months[-1][0] == "2026-09" and months[-1][1] == "在保"
    assert months[0][0] == "2026-11"
    # the case with its dated steps
    steps = page.cases.steps.texts()
    assert steps[0][0].startswith("新增 第") and "已办结" in steps[0][0]
    assert [r[1] for r in steps][:2] == ["申请受理", "调查核实"]
    assert steps[0][3] == "2026-09-01"
    assert "待遇批准" in column(page.cases.steps, 1)
    # the household as the case was granted, kept with the case; clicking a step row shows its case's
    page.tabs.setCurrentWidget(page.cases)
    page.cases.steps.selectRow(1)
    assert page.cases.decided_case.count() == 1
    decided = page.cases.decided.toPlainText()
    assert decided.startswith("决定：批准（") and "张三" in decided and "赵小明" in decided
    # linked assistance, the 备案 relative, the complaint
    assert page.assistance.table.texts()[0][:4] == ["2026-10-08", "教育救助（两免一补）", "500.00", "赵小明"]
    assert page.integrity.filings.texts()[0][0] == "赵小明" and page.integrity.filings.texts()[0][2] == "赵村长"
    assert "【备案】" in page.marks.text()
    assert page.integrity.complaints.texts()[0][5] == "家里新买了轿车"
    assert "待答复举报 1 件" in page.marks.text()
    assert page.tabs.tabText(page.tabs.indexOf(page.assistance)) == "联动救助（1）"


def test_enter_on_a_row_opens_the_page_and_a_second_open_brings_the_same_window(qtbot, window, home):
    view = window.view("households")
    view.select(home.id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    page = window.household_pages[home.id]
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.household_pages[home.id] is page
    page.close()
    assert home.id not in window.household_pages


def test_a_document_is_filed_and_removed_and_the_folder_agrees(qtbot, window, home, ctx, tmp_path, monkeypatch,
                                                               message_boxes):
    scan = tmp_path / "身份证复印件.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    page = open_page(qtbot, window, home.id)
    page.tabs.setCurrentWidget(page.files)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    page.files.kind.setCurrentIndex(page.files.kind.findData("id_copy"))
    page.files.pages.setValue(2)
    qtbot.mouseClick(page.files.findChild(QPushButton, "add_file"), Qt.MouseButton.LeftButton)
    with ctx.uow() as uow:
        row = uow.session.scalars(select(HouseholdFile)).one()
        stored = ctx.data_dir / row.stored_path
        assert (row.household_id, row.kind, row.pages, row.original_name) == (home.id, "id_copy", 2, scan.name)
    assert stored.read_bytes() == scan.read_bytes()
    assert list((ctx.data_dir / "files").rglob("*.*")) == [stored]
    qtbot.waitUntil(lambda: page.files.table.texts()[0][0] == "无法预览", timeout=5000)
    assert page.files.table.texts()[0][:5] == ["无法预览", "身份证复印件", scan.name, "2", "本户"]
    # opened with the system's viewer, from the copy in the data folder
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    page.files.table.selectRow(0)
    qtbot.mouseClick(page.files.findChild(QPushButton, "open_file"), Qt.MouseButton.LeftButton)
    assert opened == [str(stored)]
    # the same scan again is refused, and nothing is added
    qtbot.mouseClick(page.files.findChild(QPushButton, "add_file"), Qt.MouseButton.LeftButton)
    assert page.files.table.rowCount() == 1
    assert message_boxes[-1][:2] == ("warning", "未能归档") and "内容完全相同" in message_boxes[-1][2]
    page.files.table.selectRow(0)
    qtbot.mouseClick(page.files.findChild(QPushButton, "remove_file"), Qt.MouseButton.LeftButton)
    assert page.files.table.rowCount() == 0
    with ctx.uow() as uow:
        assert uow.session.scalars(select(HouseholdFile)).all() == []
        removed = uow.session.scalars(select(AuditLog).where(AuditLog.entity == "household_file",
                                                             AuditLog.action == "remove")).one()
        assert scan.name in removed.before
    assert not stored.exists()
    assert list((ctx.data_dir / "files").rglob("*.*")) == []


def test_the_page_at_1366_by_768(qtbot, window, home, tmp_path):
    page = open_page(qtbot, window, home.id)
    assert page.minimumSizeHint().width() <= 1366 and page.minimumSizeHint().height() <= 728
    assert page.width() <= 1366 and page.height() <= 728
    out = tmp_path / "shots"
    out.mkdir()
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        page.grab().save(str(out / f"page-{i}.png"))
    assert len(list(out.glob("*.png"))) == page.tabs.count()


def test_ctrl_i_in_the_cases_list_opens_the_household_page_of_the_row(qtbot, window, home):
    cases = window.view("cases")
    window.show_view("cases")
    cases.model.status = None
    cases.model.reload(TODAY)
    assert cases.model.rowCount() == 1
    table = cases.table
    table.setCurrentIndex(cases.model.index(0, 1))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert home.id in window.household_pages


def test_a_pdf_that_cannot_be_opened_is_refused_in_the_window(qtbot, window, home, ctx, tmp_path, monkeypatch,
                                                              message_boxes):
    scan = tmp_path / "申请书.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + b"\0" * 3000)  # a copy cut short: the header and nothing a viewer can show
    page = open_page(qtbot, window, home.id)
    page.tabs.setCurrentWidget(page.files)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    qtbot.mouseClick(page.files.findChild(QPushButton, "add_file"), Qt.MouseButton.LeftButton)
    assert message_boxes[-1][:2] == ("warning", "未能归档") and "“申请书.pdf”打不开" in message_boxes[-1][2]
    assert page.files.table.rowCount() == 0
    with ctx.uow() as uow:
        assert uow.session.scalars(select(HouseholdFile)).all() == []
    assert not (ctx.data_dir / "files").exists()


def test_thumbnails_a_case_document_and_the_printed_list(qtbot, window, home, ctx, tmp_path, monkeypatch):
    from PySide6.QtGui import QColor, QImage
    from reportlab.pdfgen import canvas

    photo = tmp_path / "入户照片.png"
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    image.save(str(photo))
    scan = tmp_path / "签字表格.pdf"
    c = canvas.Canvas(str(scan), pagesize=(595, 842))
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.rect(0, 0, 595, 842, fill=1)
    c.showPage()
    c.save()
    page = open_page(qtbot, window, home.id)
    page.tabs.setCurrentWidget(page.files)
    case_id = page.page.cases[0].info.id
    files = page.files
    for path, kind, case in ((photo, "visit_photo", None), (scan, "signed_form", case_id)):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=path, **k: (str(p), ""))
        files.kind.setCurrentIndex(files.kind.findData(kind))
        files.case.setCurrentIndex(files.case.findData(case))
        qtbot.mouseClick(files.findChild(QPushButton, "add_file"), Qt.MouseButton.LeftButton)
    rows = files.table.texts()
    assert [r[1] for r in rows] == ["入户调查照片", "签字表格"]
    assert rows[0][4] == "本户" and rows[1][4].startswith(f"新增第{case_id}号")
    with ctx.uow() as uow:
        assert [f.case_id for f in uow.session.scalars(select(HouseholdFile).order_by(HouseholdFile.id))] == [
            None, case_id]
    # thumbnails: the photo scaled, the PDF's first page drawn (on the worker) — each its own colour
    qtbot.waitUntil(lambda: all(not files.table.item(r, 0).icon().isNull() for r in range(2)), timeout=5000)
    for row, colour in ((0, (0x2e, 0x7d, 0x32)), (1, (0xcc, 0x1a, 0x1a))):
        pixmap = files.table.item(row, 0).icon().pixmap(72, 72)
        assert not pixmap.isNull()
        px = pixmap.toImage().pixelColor(pixmap.width() // 2, pixmap.height() // 2)
        assert all(abs(a - b) < 12 for a, b in zip((px.red(), px.green(), px.blue()), colour))
    files.grab().save(str(tmp_path / "files-tab.png"))
    # the printed document list opens in the preview
    out = tmp_path / "目录.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(files.findChild(QPushButton, "print_file_list"), Qt.MouseButton.LeftButton)
    assert out.exists() and files.preview.pdf.count == 1
    files.preview.close()


def test_the_page_offers_every_household_action_even_those_that_name_their_roles(qtbot, window, home):
    """登记家庭变故 names the role it needs (a three-part entry); the page opened from the list's
    menu used to fail on it and show nothing."""
    entries = window.extensions.get("household_actions", [])
    assert any(len(e) == 3 for e in entries)
    page = open_page(qtbot, window, home.id)
    titles = [a.text() for a in page.action_menu.actions()]
    assert titles == [e[0] for e in entries] and "登记家庭变故…" in titles
    assert all(a.isEnabled() for a in page.action_menu.actions())  # no account signed in: all allowed


def test_a_review_due_at_once_is_not_said_to_come_every_0_months(qtbot, ctx, home):
    """复核 section: a household made due at once by an event (or by the end of its 渐退) reads
    “因…”, not “每 0 个月”; one on its cycle still says how often."""
    from dibao_desk.services import household_page, reviews
    from dibao_desk.ui.widgets.household_sections import ReviewsSection

    section = ReviewsSection()
    qtbot.addWidget(section)
    section.show_page(household_page.page(ctx.uow(), home.id, TODAY), TODAY)
    assert "每 3 个月" in section.due.text()
    reviews.raise_event(ctx.uow(), home.id, "cross_check", D(2026, 11, 2), "车辆信息预警", "县核对中心", today=TODAY)
    section.show_page(household_page.page(ctx.uow(), home.id, TODAY), TODAY)
    text = section.due.text()
    assert "2026-11-02" in text and "核对预警" in text and "已逾期" in text
    assert "0 个月" not in text


def test_a_review_recorded_by_the_program_reads_its_reason_in_words(qtbot, ctx, home):
    """Two refusals of work stop the benefit with a review the program records: the 复核 section
    shows its reason as 多次拒绝就业, not the code work_refused."""
    from dibao_desk.services import household_page, households, reviews
    from dibao_desk.ui.widgets.household_sections import ReviewsSection

    with ctx.uow() as uow:
        from dibao_desk.models import Member

        son = uow.session.query(Member).filter_by(household_id=home.id, name="赵小明").one()
        son.work_capacity = "full"
        uow.commit()
    for day in (D(2026, 10, 10), D(2026, 11, 10)):
        reviews.record_refusal(ctx.uow(), home.id, day, "县工业园包装工", "赵小明", today=TODAY)
    section = ReviewsSection()
    qtbot.addWidget(section)
    section.show_page(household_page.page(ctx.uow(), home.id, TODAY), TODAY)
    reasons = [row[6] for row in section.done.texts()]
    assert any("多次拒绝就业" in r for r in reasons) and not any("work_refused" in r for r in reasons), reasons


def test_the_printed_list_on_a_full_stick_says_so(qtbot, window, home, tmp_path, monkeypatch, message_boxes):
    """档案材料目录 saved on a full (or write-protected) stick: nothing was shown, the OSError of
    the write went to stderr; the person is now told in Chinese and nothing is left behind."""
    import errno
    import os

    from dibao_desk import atomic

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device", str(dst))

    monkeypatch.setattr(atomic.os, "replace", full)
    (tmp_path / "U盘").mkdir()
    out = tmp_path / "U盘" / "目录.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page = open_page(qtbot, window, home.id)
    page.tabs.setCurrentWidget(page.files)
    qtbot.mouseClick(page.files.findChild(QPushButton, "print_file_list"), Qt.MouseButton.LeftButton)
    assert [(kind, text) for kind, _title, text in message_boxes if "已满" in text], message_boxes
    assert not any("No space" in text or "Errno" in text for _k, _t, text in message_boxes)
    assert os.listdir(out.parent) == []


def test_a_refused_end_of_gradual_exit_reads_in_the_ledger_as_ordinary_benefit(qtbot, ctx, home):
    """Stable work from September: 渐退 runs to February and its end is proposed on 1 March. The
    评议 refuses the 取消: the page's 保障金台账 shows March on as 在保 under the refusal's
    decision, and the 渐退 months before it as they were."""
    from dibao_desk.services import household_page, procedure, reviews
    from dibao_desk.ui.widgets.household_sections import LedgerSection

    reviews.record_stable_work(ctx.uow(), home.id, D(2026, 9, 10), "赵小明", "县工业园", today=D(2026, 9, 10))
    [stopped] = reviews.apply_exit_stops(ctx.uow(), D(2027, 3, 1))
    procedure.refuse(ctx.uow(), stopped.case_id, 3, "评议认为务工不稳定", D(2027, 3, 2), "王经办", D(2027, 3, 2))
    section = LedgerSection()
    qtbot.addWidget(section)
    section.show_page(household_page.page(ctx.uow(), home.id, D(2027, 3, 2)))
    rows = {row[0]: (row[1], row[6]) for row in section.months.texts()}
    assert rows["2027-03"] == ("在保", "渐退期满未予取消，继续保障，2027-03-02 决定")
    assert rows["2027-02"][0] == "渐退"


def test_a_copy_deleted_behind_the_programs_back_is_put_back_by_filing_the_scan_again(
        qtbot, window, home, ctx, tmp_path, monkeypatch, message_boxes):
    from PySide6.QtGui import QColor, QImage

    photo = tmp_path / "入户照片（东屋）.png"
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    image.save(str(photo))
    from dibao_desk.services import household_files
    from dibao_desk.ui.widgets import household_files_section

    filed = household_files.add_file(ctx.uow(), ctx.data_dir, home.id, photo, "visit_photo")
    stored = filed.path(ctx.data_dir)
    stored.unlink()  # someone tidied the data folder by hand
    household_files_section._thumbs.clear()  # the program started again since
    page = open_page(qtbot, window, home.id)
    page.tabs.setCurrentWidget(page.files)
    files = page.files
    qtbot.waitUntil(lambda: files.table.item(0, 0).text() == "无法预览", timeout=5000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    files.table.selectRow(0)
    qtbot.mouseClick(files.findChild(QPushButton, "open_file"), Qt.MouseButton.LeftButton)
    assert message_boxes[-1][:2] == ("warning", "无法打开")
    shown = len(message_boxes)
    # filed again: no refusal, the record is the same and the copy is back, thumbnail and all
    qtbot.mouseClick(files.findChild(QPushButton, "add_file"), Qt.MouseButton.LeftButton)
    assert len(message_boxes) == shown
    assert stored.read_bytes() == photo.read_bytes()
    assert files.table.rowCount() == 1 and files.table.texts()[0][1:3] == ["入户调查照片", photo.name]
    qtbot.waitUntil(lambda: not files.table.item(0, 0).icon().isNull(), timeout=5000)


def test_the_assistance_tab_says_what_the_assistance_dialog_says(qtbot, ctx, window, home):
    """A 代缴参合金 of 0 元 read blank on the page but 0.00 in the dialog and the CLI, and the
    page's columns were headed 给付单位/备注 where the dialog says 给予单位/说明."""
    from dibao_desk.ui.dialogs.assistance_dialog import AssistanceDialog

    assistance.add(ctx.uow(), home.id, AssistanceDraft("medical_insurance", 0, D(2026, 11, 2), "县医保局", "",
                                                       "全额代缴"), TODAY)
    page = open_page(qtbot, window, home.id)
    dialog = AssistanceDialog(ctx, home.id, today=TODAY)
    qtbot.addWidget(dialog)
    table = page.assistance.table
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert heads == [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert heads[4:] == ["给予单位", "说明"]
    shown = {r[0]: r for r in table.texts()}
    in_dialog = {r[0]: r for r in ([dialog.table.item(i, c).text() for c in range(6)]
                                   for i in range(dialog.table.rowCount()))}
    assert shown == in_dialog
    assert shown["2026-11-02"][2:] == ["0.00", "全户", "县医保局", "全额代缴"]


def test_the_income_section_says_the_deduction_counted_beside_the_one_declared(qtbot, ctx, villages):
    """300 元 declared, 100 元 allowed: the page reads the per-person income the list shows."""
    from dataclasses import replace

    from dibao_desk.domain.household import IncomeDraft, MemberDraft
    from dibao_desk.services import household_page, households
    from dibao_desk.ui.widgets.household_sections import MeansSection
    from tests.helpers import make_id, simple_draft

    draft = simple_draft(villages["东风村"], wages_fen=100000, employment_deduction_fen=30000,
                         extra_members=(MemberDraft("李梅", make_id("19620101", 22), "spouse"),))
    draft = replace(draft, members=(replace(draft.members[0], employment="employed"), draft.members[1]),
                    incomes=(IncomeDraft("wages", 100000, 0),))
    hid = households.save(ctx.uow(), draft, today=TODAY).id
    section = MeansSection()
    qtbot.addWidget(section)
    section.show_page(household_page.page(ctx.uow(), hid, TODAY))
    assert section.summary.text() == ("月收入合计 1000.00 元（年 12000.00 元），月人均收入 450.00 元；"
                                      "就业成本扣减每月 100.00 元（申报 300.00 元，按政策扣减 100.00 元）")


def test_the_file_list_printed_from_the_page_is_dated_the_page_s_day(qtbot, ctx, home, tmp_path, monkeypatch):
    """材料目录 printed from 一户一档 read on 31 December 2027 (the window's clock) is dated that day,
    not the computer's."""
    import subprocess

    from PySide6.QtWidgets import QMessageBox

    from dibao_desk.services import household_page
    from dibao_desk.ui.widgets.household_files_section import FilesSection

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    section = FilesSection(ctx)
    qtbot.addWidget(section)
    section.show_page(household_page.page(ctx.uow(), home.id, D(2027, 12, 31)))
    out = tmp_path / "目录.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    section.print_list()
    if getattr(section, "preview", None) is not None:
        section.preview.close()
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "2027年12月31日" in text.replace(" ", ""), text
