"""Printing a list laid out as HTML (the 复核 tab's due and overdue lists) on a printer:
the pages as ``QTextDocument`` lays them out (a table's <thead> repeated on each), each with
"第 n 页 共 m 页" under it as the program's PDF documents have, not Qt's bare page number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPainter, QTextDocument
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

FOOTER_PT = 9  # the page line's size; the space kept for it is twice that


def print_html(printer: "QPrinter", html: str, parent: QWidget | None = None) -> int:
    """Lay ``html`` out on ``printer``'s pages and print it; returns the number of pages, 0 when
    the printer could not be opened (the person is told so)."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(printer)
    doc.setHtml(html)
    page = printer.pageRect(printer.Unit.DevicePixel)
    footer_h = FOOTER_PT * 2 * printer.resolution() / 72
    body = QSizeF(page.width(), page.height() - footer_h)
    doc.setPageSize(body)
    count = doc.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        QMessageBox.warning(parent, QCoreApplication.translate("pdf_view", "无法打印"), QCoreApplication.translate(
            "pdf_view", "打印机“{printer}”无法使用，没有打印。请检查打印机是否已连接并开机，或选择另一台打印机。"
        ).format(printer=printer.printerName() or printer.outputFileName()))
        return 0
    try:
        font = QFont(doc.defaultFont())
        font.setPointSizeF(FOOTER_PT)
        for i in range(count):
            if i:
                printer.newPage()
            painter.save()
            painter.translate(0, -i * body.height())
            doc.drawContents(painter, QRectF(0, i * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(font)
            painter.drawText(QRectF(0, body.height(), body.width(), footer_h), Qt.AlignmentFlag.AlignCenter,
                             QCoreApplication.translate("MainWindow", "第 {0} 页 共 {1} 页").format(i + 1, count))
    finally:
        painter.end()
    return count
