"""PDF pages in the window and on the printer: a page as a QImage, and printing a PDF
through QPrinter with the system's print dialog (printer, copies, pages)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox

from dibao_desk.printing.raster import PageImage, PdfPages

PRINT_DPI = 300  # sharp on paper; a page at a time, so memory stays small


def to_qimage(page: PageImage) -> QImage:
    image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: ``page.data`` may go away


def make_printer(pdf: PdfPages) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFromTo(1, pdf.count)
    w, h = pdf.size(0)
    size = QPageSize(QSizeF(w, h), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if w > h else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    return printer


def print_pages(printer: QPrinter, pdf: PdfPages, progress=None) -> int:
    """Draw the chosen pages on ``printer`` (copies are the printer's); returns pages sent."""
    first, last = printer.fromPage(), printer.toPage()
    if first == 0 and last == 0:  # "all pages"
        first, last = 1, pdf.count
    first, last = max(1, first), min(pdf.count, last)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    sent = 0
    try:
        dpi = min(PRINT_DPI, printer.resolution())
        for number in range(first, last + 1):
            if sent:
                printer.newPage()
            image = to_qimage(pdf.render(number - 1, dpi))
            area = painter.viewport()
            fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), fitted.width(), fitted.height()), image)
            sent += 1
            if progress is not None:
                progress(number)
            QCoreApplication.processEvents()
    finally:
        painter.end()
    return sent


def print_pdf(parent, path: str | Path, title: str = "") -> bool:
    """Ask the system's print dialog where and how, then print the PDF. False when cancelled
    or when the printer could not be opened (then the person is told so here)."""
    with PdfPages(path) as pdf:
        printer = make_printer(pdf)
        printer.setDocName(title or Path(path).stem)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("pdf_view", "打印"))
        dialog.setMinMax(1, pdf.count)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        if print_pages(printer, pdf) > 0:
            return True
    QMessageBox.warning(parent, QCoreApplication.translate("pdf_view", "无法打印"), QCoreApplication.translate(
        "pdf_view", "打印机“{printer}”无法使用，没有打印。请检查打印机是否已连接并开机，或选择另一台打印机。"
    ).format(printer=printer.printerName() or printer.outputFileName()))
    return False
