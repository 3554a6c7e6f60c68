"""The 打印 menu: the notice dialog saves, previews and prints; forms and the placard for the
household selected in the list are saved where the person says and shown in the preview."""

from __future__ import annotations

import datetime as dt

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from dibao_desk.models import Household
from dibao_desk.ui import documents, pdf_view
from dibao_desk.ui.actions import printing as actions
from dibao_desk.ui.dialogs import pdf_preview
from dibao_desk.ui.dialogs.print_notice import PrintNoticeDialog
from dibao_desk.ui.main_window import MainWindow
from tests.conftest import make_id

TODAY = dt.date(2026, 11, 23)


def text_of(path) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


@pytest.fixture(autouse=True)
def quiet(monkeypatch, tmp_path):
    """Message boxes answer at once; the preview and the printer are recorded, not opened; the
    save dialog answers with a file in the documents folder it was offered."""
    shown, opened, printed, offered = [], [], [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(pdf_preview, "show", lambda parent, path, title="": opened.append(path))
    monkeypatch.setattr(pdf_view, "print_pdf", lambda parent, path, title="": printed.append(path) or False)
    monkeypatch.setattr(documents.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    monkeypatch.setattr(documents.QStandardPaths, "writableLocation", lambda _where: str(tmp_path / "文档"))

    def save_name(parent, caption, start, filters):
        offered.append(start)
        return start, filters
    monkeypatch.setattr(actions.QFileDialog, "getSaveFileName", save_name)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    return {"shown": shown, "opened": opened, "printed": printed, "offered": offered}


@pytest.fixture
def receiving(ctx, make_household):
    def _make(head, n, village="东风村"):
        h = make_household(head=head, head_id=make_id("19600315", n), village=village)
        with ctx.uow() as u:
            row = u.session.get(Household, h.id)
            row.status, row.category, row.monthly_benefit_fen = "receiving", "class2", 31200
            u.commit()
        return h
    return _make


def test_save_a_long_term_notice_for_one_village(qtbot, ctx, receiving, tmp_path, quiet):
    receiving("李堃", 1)
    receiving("张向阳", 3, village="向阳社区")
    dialog = PrintNoticeDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.stage.setCurrentIndex(dialog.stage.findData("long"))
    dialog.village.setCurrentIndex(dialog.village.findText("东风村"))
    assert dialog.out.text().endswith("长期公示-东风村-20261123.pdf")
    out = tmp_path / "公示.pdf"
    dialog.out.setText(str(out))
    dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10000)
    text = text_of(out)
    assert "长期公示" in text and "李堃" in text and "张向阳" not in text and "312.00" in text
    assert "已保存到" in dialog.status.text() and "共 1 户" in dialog.status.text()
    assert round(float(PdfReader(str(out)).pages[0].mediabox.height)) == 1191  # A3 portrait
    assert QSettings().value("printing/last_folder") == str(tmp_path)
    assert quiet["opened"] == []


def test_a_notice_is_offered_in_the_office_documents_folder(qtbot, ctx, tmp_path, quiet):
    """保存 in the notice dialog saved into the home folder (C:\\Users\\name) the first time, and
    into a folder since removed (a USB stick) later; it offers 文档/低保经办, as the forms do."""
    dialog = PrintNoticeDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    assert Path(dialog.out.text()).parent == tmp_path / "文档" / "低保经办"
    QSettings().setValue("printing/last_folder", str(tmp_path / "U盘" / "公示"))  # not there any more
    dialog = PrintNoticeDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    assert Path(dialog.out.text()).parent == tmp_path / "文档" / "低保经办"
    (tmp_path / "公示").mkdir()
    QSettings().setValue("printing/last_folder", str(tmp_path / "公示"))
    dialog = PrintNoticeDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    assert Path(dialog.out.text()).parent == tmp_path / "公示"


def test_preview_opens_the_preview_and_print_asks_the_print_dialog(qtbot, ctx, receiving, quiet):
    receiving("李堃", 1)
    dialog = PrintNoticeDialog(ctx, today=TODAY, stage="long")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(quiet["opened"]) == 1, timeout=10000)
    assert "李堃" in text_of(quiet["opened"][0])
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(quiet["printed"]) == 1, timeout=10000)
    assert "李堃" in text_of(quiet["printed"][0]) and len(quiet["opened"]) == 1
    assert "未打印" in dialog.status.text()


def test_a_rare_character_missing_from_the_font_is_said_in_the_dialog(qtbot, ctx, receiving, quiet):
    receiving("孙\U00030000", 1)  # CJK Extension G: in no shipped font
    dialog = PrintNoticeDialog(ctx, today=TODAY, stage="long")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10000)
    assert "孙\U00030000" in dialog.status.text() and "手写" in dialog.status.text()


def test_forms_for_the_household_selected_in_the_list(qtbot, ctx, receiving, quiet, tmp_path):
    h = receiving("李堃", 1)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.print_actions["placard"].trigger()
    assert quiet["shown"] == ["请先在家庭列表中选中一户。"] and quiet["opened"] == []
    window.view("households").select(h.id)
    window.print_actions["placard"].trigger()
    qtbot.waitUntil(lambda: len(quiet["opened"]) == 1, timeout=10000)
    # saved in the office's documents folder, named for the household and the form
    assert quiet["offered"][0] == str(tmp_path / "文档" / "低保经办" / f"{h.id}-低保户挂牌-{dt.date.today():%Y%m%d}.pdf")
    assert quiet["opened"][0] == Path(quiet["offered"][0]) and Path(quiet["offered"][0]).exists()
    assert "农村低保户" in text_of(quiet["opened"][0]) and "李堃" in text_of(quiet["opened"][0])
    window.print_actions["application"].trigger()
    qtbot.waitUntil(lambda: len(quiet["opened"]) == 2, timeout=10000)
    text = text_of(quiet["opened"][1])
    assert "最低生活保障申请表" in text and make_id("19600315", 1) in text
    window.print_actions["refusal"].trigger()  # no refusal recorded: said, nothing opened
    qtbot.waitUntil(lambda: len(quiet["shown"]) == 2, timeout=10000)
    assert "没有不予批准的决定" in quiet["shown"][1] and len(quiet["opened"]) == 2


def test_posting_from_the_print_dialog_records_it_and_prints_that_posting(qtbot, ctx, villages, tmp_path, quiet):
    from dibao_desk.services import procedure as proc
    from tests.exchange.test_printing_notice_pages import ready_for_first_notice

    cid = ready_for_first_notice(ctx, villages, "钱新申", 7)
    dialog = PrintNoticeDialog(ctx, today=TODAY, stage="1")
    qtbot.addWidget(dialog)
    assert dialog.posting.count() == 1  # nothing posted yet: only "the latest on the board"
    dialog.post.setChecked(True)
    dialog.post_person.setText("村文书")
    out = tmp_path / "一榜.pdf"
    dialog.out.setText(str(out))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10000)
    step = proc.get_case(ctx.uow(), cid, TODAY).current[4]
    assert (step.started_on, step.person) == (TODAY, "村文书")
    text = text_of(out)
    assert "钱新申" in text and "公示期：2026年11月23日至2026年11月30日（共7天）" in text
    assert "已登记张贴：1 户" in dialog.status.text()
    assert not dialog.post.isChecked() and dialog.posting.count() == 2
    assert dialog.posting.itemData(1) == TODAY


def test_the_office_copy_of_the_long_term_notice_marks_the_filed_household(qtbot, ctx, receiving, villages, quiet):
    from dibao_desk.services import relatives

    receiving("李堃", 1)
    receiving("张平", 3)
    relatives.add_relative(ctx.uow(), staff_id_number=make_id("19700101", 31), staff_name="赵村长",
                           role="village_cadre", village_id=villages["东风村"], id_number=make_id("19600315", 1),
                           name="李堃", relation="sibling", registered_on=dt.date(2026, 3, 1), today=TODAY)
    dialog = PrintNoticeDialog(ctx, today=TODAY, stage="long")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(quiet["opened"]) == 1, timeout=10000)
    assert "备案" not in text_of(quiet["opened"][0])
    dialog.office_copy.click()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(quiet["opened"]) == 2, timeout=10000)
    text = text_of(quiet["opened"][1])
    assert "办公室留存本" in text and "李堃" in text and text.count("备案") >= 2  # header, row (and the note)
