"""Preview of a printed document inside the program: the PDF's pages drawn with pdfium,
zoom, page by page, then print through the system's print dialog or save a copy."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QSpinBox,
    QVBoxLayout, QWidget,
)

from dibao_desk.atomic import replacing
from dibao_desk.printing.raster import PdfPages
from dibao_desk.ui import pdf_view
from dibao_desk.ui.documents import documents_folder, saved_name
from dibao_desk.ui.ops import error_text

ZOOMS = (50, 75, 100, 125, 150, 200)
FIT_WIDTH = 0  # the zoom box's "fit the width" entry
SCREEN_DPI = 96


def show(parent: QWidget, path: str | Path, title: str = "") -> "PdfPreviewDialog":
    """Show the PDF in the program's preview (modal); the person may print or save from there.
    The dialog stays reachable as ``parent.preview_dialog``."""
    dialog = PdfPreviewDialog(path, title, parent)
    parent.preview_dialog = dialog  # type: ignore[attr-defined]
    dialog.exec()
    return dialog


class PdfPreviewDialog(QDialog):
    def __init__(self, path: str | Path, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.pdf = PdfPages(self.path)
        self.page = 0
        self.printed = False
        self.setWindowTitle(self.tr("预览：{title}").format(title=title or self.path.stem))
        self.doc_title = title or self.path.stem

        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setBackgroundRole(self.image.backgroundRole())
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.image)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.prev_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))
        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(1, self.pdf.count))
        self.page_label = QLabel(self.tr("共 {pages} 页").format(pages=self.pdf.count))
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("适合宽度"), FIT_WIDTH)
        for z in ZOOMS:
            self.zoom.addItem(f"{z}%", z)
        self.zoom.setCurrentIndex(0)
        self.print_button = QPushButton(self.tr("打印…"))
        self.save_button = QPushButton(self.tr("另存为…"))
        close = QPushButton(self.tr("关闭"))

        self.prev_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.page_box.valueChanged.connect(lambda v: self.show_page(v - 1))
        self.zoom.currentIndexChanged.connect(lambda _i: self.show_page(self.page))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_copy)
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self, lambda: self.show_page(self.page + 1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self,
                  lambda: self.show_page(self.page - 1))

        bar = QHBoxLayout()
        for w in (self.prev_button, self.page_box, self.page_label, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("缩放")))
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        for w in (self.print_button, self.save_button, close):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width = min(1000, room.width() - 40) if room else 1000
        height = min(720, room.height() - 60) if room else 720
        self.resize(width, height)
        self.show_page(0)

    # ---- pages --------------------------------------------------------------------------

    def zoom_percent(self) -> float:
        z = self.zoom.currentData()
        if z == FIT_WIDTH:
            w_pt, _h = self.pdf.size(self.page)
            room = max(200, self.scroll_area.viewport().width() - 24)
            return 100.0 * room / (w_pt / 72.0 * SCREEN_DPI)
        return float(z)

    def show_page(self, index: int) -> None:
        if self.pdf.count == 0:
            return
        index = max(0, min(self.pdf.count - 1, index))
        self.page = index
        image = pdf_view.to_qimage(self.pdf.render(index, SCREEN_DPI * self.zoom_percent() / 100.0))
        self.image.setPixmap(QPixmap.fromImage(image))
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.pdf.count - 1)

    def resizeEvent(self, event):  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.zoom.currentData() == FIT_WIDTH and hasattr(self, "pdf"):
            self.show_page(self.page)

    # ---- print and save -----------------------------------------------------------------

    def print_document(self) -> None:
        if pdf_view.print_pdf(self, self.path, self.doc_title):
            self.printed = True

    def save_copy(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("另存为"), str(documents_folder() / saved_name(self.path)),
                                                self.tr("PDF 文件 (*.pdf)"))
        if not target:
            return
        try:
            with replacing(target, ".pdf.part") as tmp:
                shutil.copyfile(self.path, tmp)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), error_text(exc))  # the system's words are English

    def done(self, result: int) -> None:
        self.pdf.close()
        super().done(result)
