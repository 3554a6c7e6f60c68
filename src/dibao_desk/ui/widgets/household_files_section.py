"""档案材料 on the household page: the documents filed with the household (一户一档).

Add a scan or photo (PDF, JPG, PNG) with its kind, page count and the case it belongs to (or
the household), see each as a thumbnail (a PDF's first page drawn by pdfium, an image scaled
by Qt), open one with the system's viewer, remove one (the operation log keeps what it was),
or print the household's document list."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from dibao_desk.domain import household_files as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.moments import local_minute
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import household_files
from dibao_desk.services.context import AppContext
from dibao_desk.services.household_page import HouseholdPage
from dibao_desk.ui.ops import Reader, error_text
from dibao_desk.ui.roles import allow
from dibao_desk.ui.texts import choices, label, problem_text
from dibao_desk.ui.widgets.household_sections import ReadTable, _day

log = logging.getLogger(__name__)


def _size(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{max(1, n // 1024)} KB"


THUMB = 72  # pixels, the long side of a thumbnail
_thumbs: dict[str, QImage] = {}  # by content hash: a document never changes under its name


def thumbnail_image(path: Path, sha256: str) -> QImage | None:
    """The first page of a PDF or the image itself, scaled to THUMB; None if it cannot be read.
    Safe off the GUI thread (QImage, not QPixmap): a scanned page takes tens of milliseconds."""
    if sha256 in _thumbs:
        return _thumbs[sha256]
    image = None
    try:
        if path.suffix.lower() == ".pdf":
            from dibao_desk.printing.raster import PdfPages
            from dibao_desk.ui.pdf_view import to_qimage

            with PdfPages(path) as doc:
                if doc.count:
                    w, h = doc.size(0)
                    image = to_qimage(doc.render(0, THUMB * 72.0 / max(w, h, 1.0))).copy()
        else:
            read = QImage(str(path))
            if not read.isNull():
                image = read.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                    Qt.TransformationMode.SmoothTransformation)
    except Exception:  # a damaged scan: no thumbnail, the row says so  # noqa: BLE001
        image = None
    if image is not None and image.isNull():
        image = None
    if image is not None:  # a copy missing now may be put back (the scan filed again): not remembered
        _thumbs[sha256] = image
    return image


class FilesSection(QWidget):
    changed = Signal()  # a document was added or removed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.household_id: int | None = None
        self.today = dt.date.today()  # until a page is shown: the day of the page shown
        self.files: tuple[household_files.FileInfo, ...] = ()
        self._reader = Reader(self)
        self.table = ReadTable([self.tr("预览"), self.tr("类别"), self.tr("文件名"), self.tr("页数"),
                                self.tr("所属"), self.tr("大小"), self.tr("归档时间"), self.tr("经办人")],
                               [THUMB + 16, 100, 220, 45, 150, 70, 125])
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 6)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.kind = QComboBox()
        for code, text in choices("file_kind"):
            self.kind.addItem(text, code)
        self.pages = QSpinBox()
        self.pages.setRange(1, 999)
        self.pages.setSuffix(self.tr(" 页"))
        self.case = QComboBox()
        self.case.setObjectName("file_case")
        self.case.setToolTip(self.tr("材料归入本户，或归入本户的某件申请、变更、取消"))
        self.add_button = QPushButton(self.tr("添加材料…"))
        self.add_button.setObjectName("add_file")
        self.add_button.clicked.connect(self.add)
        self.open_button = QPushButton(self.tr("打开"))
        self.open_button.setObjectName("open_file")
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("删除"))
        self.remove_button.setObjectName("remove_file")
        self.remove_button.clicked.connect(self.remove_selected)
        self.print_button = QPushButton(self.tr("打印材料目录…"))
        self.print_button.setObjectName("print_file_list")
        self.print_button.clicked.connect(self.print_list)
        # a 审核人 opens and prints the documents; the service refuses their changes, and the
        # buttons say why before a file is chosen
        allow(ctx, self.add_button, Role.CLERK)
        allow(ctx, self.remove_button, Role.CLERK)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("材料类别")))
        bar.addWidget(self.kind)
        bar.addWidget(self.pages)
        bar.addWidget(QLabel(self.tr("归入")))
        bar.addWidget(self.case)
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.remove_button)
        bar.addWidget(self.print_button)
        # the folder is named by its path (a name, not a word to translate)
        hint = QLabel(self.tr("扫描件或照片（PDF、JPG、PNG，每个不超过 {0} MB）复制到 {1} 保存，"
                              "备份时一并备份，恢复备份时一并恢复。")
                      .format(rules.MAX_BYTES // 1048576, Path(ctx.data_dir) / household_files.FOLDER))
        hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(hint)
        lay.addWidget(self.table)

    def show_page(self, page: HouseholdPage) -> None:
        self.household_id = page.detail.id
        self.today = page.today  # the page's day (the window's clock): what the list prints is dated so
        self.files = page.files
        chosen = self.case.currentData()
        self.case.clear()
        self.case.addItem(self.tr("本户"), None)
        words = {}
        for c in page.cases:
            words[c.info.id] = self.tr("{0}第{1}号（{2}）").format(label("case_kind", c.info.kind), c.info.id,
                                                                _day(c.info.opened_on))
            self.case.addItem(words[c.info.id], c.info.id)
        self.case.setCurrentIndex(max(0, self.case.findData(chosen)))
        self.table.set_rows([("", label("file_kind", f.kind), f.original_name, f.pages,
                              words.get(f.case_id, self.tr("本户")) if f.case_id else self.tr("本户"), _size(f.size),
                              local_minute(f.added_at), f.added_by) for f in page.files], right=(3, 5))
        # thumbnails are drawn on the worker (a scanned PDF page takes a while), then shown
        wanted = [(f.path(self.ctx.data_dir), f.sha256) for f in page.files]
        for row in range(len(wanted)):
            item = self.table.item(row, 0)
            if item is not None:
                item.setText(self.tr("…"))
        shown = self.files
        self._reader.request(lambda: [thumbnail_image(path, sha) for path, sha in wanted],
                             lambda images: self._show_thumbnails(shown, images))

    def _show_thumbnails(self, files, images) -> None:
        if files is not self.files:
            return  # the page was shown again since
        for row, (f, image) in enumerate(zip(files, images)):
            item = self.table.item(row, 0)
            if item is None:
                continue
            if image is None:
                item.setText(self.tr("无法预览"))
            else:
                item.setText("")
                item.setIcon(QIcon(QPixmap.fromImage(image)))
                item.setToolTip(f.original_name)

    def _selected(self) -> household_files.FileInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.files[rows[0].row()] if rows else None

    def add(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择扫描件或照片"), "",
                                              self.tr("扫描件或照片 (*.pdf *.jpg *.jpeg *.png)"))
        if not path or self.household_id is None:
            return
        try:
            household_files.add_file(self.ctx.uow(), self.ctx.data_dir, self.household_id, Path(path),
                                     self.kind.currentData(), self.pages.value(), case_id=self.case.currentData())
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("未能归档"), "\n".join(problem_text(p) for p in exc.problems))
            return
        self.changed.emit()

    def open_selected(self) -> None:
        f = self._selected()
        if f is None:
            return
        path = f.path(self.ctx.data_dir)
        if not path.is_file():
            QMessageBox.warning(self, self.tr("无法打开"),
                                self.tr("数据文件夹中找不到“{0}”，可能已被移走。").format(f.original_name))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_selected(self) -> None:
        f = self._selected()
        if f is None:
            QMessageBox.information(self, self.tr("请先选择"), self.tr("请先在列表中选择一份材料。"))
            return
        answer = QMessageBox.question(self, self.tr("删除材料"),
                                      self.tr("确定删除“{0}”吗？删除会记入操作记录。").format(f.original_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            household_files.remove_file(self.ctx.uow(), self.ctx.data_dir, f.id)
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("未能删除"), "\n".join(problem_text(p) for p in exc.problems))
            return
        self.changed.emit()

    def print_list(self) -> None:
        if self.household_id is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("保存材料目录"), self.tr("档案材料目录-户{0}.pdf").format(self.household_id),
            self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        try:
            result = household_files.print_list(self.ctx.uow(), self.household_id, path, self.today)
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("未能生成"), "\n".join(problem_text(p) for p in exc.problems))
            return
        except OSError as exc:  # a full or write-protected stick: said in Chinese, the file as it was
            log.warning("could not write %s", path, exc_info=True)
            QMessageBox.warning(self, self.tr("未能生成"), error_text(exc))
            return
        for p in result.problems:  # a name printed with □ for a character no font has
            QMessageBox.information(self, self.tr("打印"), problem_text(p))
        from dibao_desk.ui.dialogs.pdf_preview import PdfPreviewDialog

        self.preview = PdfPreviewDialog(result.path, result.title, self)
        self.preview.show()
