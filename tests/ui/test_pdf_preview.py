"""The preview window: pages drawn inside the program (no PDF reader), page by page, zoom,
and printing through QPrinter, here to a PDF printer so the pages sent can be counted."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from dibao_desk.printing.layout import PageSpec
from dibao_desk.printing.notice import NoticeDoc, NoticeRow, render
from dibao_desk.printing.raster import PdfPages
from dibao_desk.ui import pdf_view
from dibao_desk.ui.dialogs.pdf_preview import PdfPreviewDialog

D = dt.date


@pytest.fixture
def three_pages(tmp_path):
    rows = tuple(NoticeRow("东风村", f"户主{i:03d}", 2, "三类", 8400, since=D(2025, 1, 1)) for i in range(1, 70))
    doc = NoticeDoc("long", "德安县德安镇", "德安镇人民政府", D(2026, 11, 23), "0792-4321000", "大厅", rows)
    path = tmp_path / "长期公示.pdf"
    info = render(path, doc, PageSpec())
    assert info.pages == 3
    return path


def ink(image) -> int:
    """Dark pixels in a sample of the image: something was drawn."""
    dark = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            if image.pixelColor(x, y).lightness() < 128:
                dark += 1
    return dark


def test_the_preview_shows_the_pages_one_by_one_with_zoom(qtbot, three_pages, tmp_path):
    dialog = PdfPreviewDialog(three_pages, "长期公示")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_label.text() == "共 3 页" and dialog.page_box.value() == 1
    assert not dialog.prev_button.isEnabled()
    first = dialog.image.pixmap().toImage()
    assert ink(first) > 50, "the first page is drawn"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page == 2 and dialog.page_box.value() == 3 and not dialog.next_button.isEnabled()
    dialog.zoom.setCurrentIndex(dialog.zoom.findData(100))
    at100 = dialog.image.pixmap().size()
    assert abs(at100.width() - 794) <= 2  # A4 at 96 dpi
    dialog.zoom.setCurrentIndex(dialog.zoom.findData(200))
    assert abs(dialog.image.pixmap().width() - 2 * at100.width()) <= 2
    dialog.page_box.setValue(1)
    assert dialog.page == 0
    dialog.resize(1000, 700)
    dialog.grab().save(str(tmp_path / "preview.png"))
    assert dialog.width() <= 1366 and dialog.height() <= 768
    dialog.accept()


def test_printing_sends_the_chosen_pages_to_the_printer(qtbot, three_pages, tmp_path):
    out = tmp_path / "printed.pdf"
    with PdfPages(three_pages) as pdf:
        printer = pdf_view.make_printer(pdf)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(100)
        printer.setFromTo(2, 3)
        assert pdf_view.print_pages(printer, pdf) == 2
    assert len(PdfReader(str(out)).pages) == 2


def test_the_system_print_dialog_is_asked_and_a_cancel_prints_nothing(qtbot, three_pages, monkeypatch):
    asked = []

    def refuse(self):
        asked.append((self.minPage(), self.maxPage()))
        return 0
    monkeypatch.setattr(pdf_view.QPrintDialog, "exec", refuse)
    assert pdf_view.print_pdf(None, three_pages, "长期公示") is False
    assert asked == [(1, 3)]


def test_a_printer_that_cannot_be_opened_is_said_in_the_preview(qtbot, three_pages, tmp_path, monkeypatch):
    """打印… in the preview, a printer chosen that will not open (switched off, its driver gone):
    the person is told in Chinese, rather than nothing happening."""
    from PySide6.QtWidgets import QMessageBox

    made = pdf_view.make_printer

    def unusable(pdf):
        printer = made(pdf)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "no-such-folder" / "out.pdf"))  # QPainter.begin fails
        return printer
    monkeypatch.setattr(pdf_view, "make_printer", unusable)
    monkeypatch.setattr(pdf_view.QPrintDialog, "exec", lambda self: pdf_view.QPrintDialog.DialogCode.Accepted)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: told.append((title, text)))
    dialog = PdfPreviewDialog(three_pages, "长期公示")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert not dialog.printed
    assert len(told) == 1 and "打印机" in told[0][1], told
    dialog.accept()


def test_save_as_from_a_preview_offers_the_document_s_own_name(qtbot, three_pages, tmp_path, monkeypatch):
    """A notice previewed (not saved) lives in a temporary file named with the time it was made;
    另存为… offered that name (一榜公示-20261201-061755123456.pdf), it offers 一榜公示-20261201.pdf."""
    import shutil

    from dibao_desk.ui import documents
    from dibao_desk.ui.dialogs import pdf_preview

    monkeypatch.setattr(documents.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    preview = documents.preview_path("一榜公示-20261201.pdf")
    shutil.copyfile(three_pages, preview)
    offered = []
    monkeypatch.setattr(pdf_preview.QFileDialog, "getSaveFileName",
                        lambda parent, caption, start, filters: offered.append(start) or ("", ""))
    dialog = PdfPreviewDialog(preview, "一榜公示")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    from pathlib import Path

    assert [Path(p).name for p in offered] == ["一榜公示-20261201.pdf"]
    dialog.accept()


def test_a_copy_saved_over_a_file_open_in_wps_says_so_in_chinese(qtbot, three_pages, tmp_path, monkeypatch):
    """另存为 over a PDF another program holds open said 无法写入文件：[Errno 13] Permission denied: '…'."""
    import errno

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from dibao_desk import atomic

    def refused(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    shown = []
    monkeypatch.setattr(atomic.os, "replace", refused)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "另存.pdf"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    dialog = PdfPreviewDialog(three_pages, "长期公示")
    qtbot.addWidget(dialog)
    dialog.save_copy()
    assert len(shown) == 1 and "其他程序" in shown[0] and "Errno" not in shown[0] and "Permission" not in shown[0]
