"""Printing a list laid out as HTML (review lists, the quarter's plan) on a printer."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from dibao_desk.ui import html_print


def test_a_printer_that_cannot_be_opened_is_said(qtbot, tmp_path, monkeypatch):
    """打印本页名单 to a printer that will not open printed nothing and said nothing."""
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: told.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no-such-folder" / "list.pdf"))
    assert html_print.print_html(printer, "<table><tr><td>东风村</td></tr></table>", parent) == 0
    assert len(told) == 1 and "打印机" in told[0], told


def test_a_list_prints_its_pages(qtbot, tmp_path):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "list.pdf"))
    assert html_print.print_html(printer, "<p>东风村</p>") == 1
    assert (tmp_path / "list.pdf").stat().st_size > 0
