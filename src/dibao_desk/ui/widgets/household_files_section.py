"""档案材料 on the household page: the documents filed with the household (一户一档).

Add a scan or photo (PDF, JPG, PNG) with its kind and page count, open one with the system's
viewer, or remove one (the operation log keeps what it was)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from dibao_desk.domain import household_files as rules
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import household_files
from dibao_desk.services.context import AppContext
from dibao_desk.services.household_page import HouseholdPage
from dibao_desk.ui.texts import choices, label, problem_text
from dibao_desk.ui.widgets.household_sections import ReadTable, _day


def _size(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{max(1, n // 1024)} KB"


class FilesSection(QWidget):
    changed = Signal()  # a document was added or removed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.household_id: int | None = None
        self.files: tuple[household_files.FileInfo, ...] = ()
        self.table = ReadTable([self.tr("类别"), self.tr("文件名"), self.tr("页数"), self.tr("大小"),
                                self.tr("归档时间"), self.tr("经办人")], [110, 260, 50, 80, 130])
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.kind = QComboBox()
        for code, text in choices("file_kind"):
            self.kind.addItem(text, code)
        self.pages = QSpinBox()
        self.pages.setRange(1, 999)
        self.pages.setSuffix(self.tr(" 页"))
        self.add_button = QPushButton(self.tr("添加材料…"))
        self.add_button.setObjectName("add_file")
        self.add_button.clicked.connect(self.add)
        self.open_button = QPushButton(self.tr("打开"))
        self.open_button.setObjectName("open_file")
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("删除"))
        self.remove_button.setObjectName("remove_file")
        self.remove_button.clicked.connect(self.remove_selected)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("材料类别")))
        bar.addWidget(self.kind)
        bar.addWidget(self.pages)
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.remove_button)
        # the folder is named by its path (a name, not a word to translate)
        hint = QLabel(self.tr("扫描件或照片（PDF、JPG、PNG，每个不超过 {0} MB）复制到 {1} 保存。"
                              "注意：“立即备份”目前只备份数据库，不含这些文件，请把这个文件夹另行复制保存。")
                      .format(rules.MAX_BYTES // 1048576, Path(ctx.data_dir) / household_files.FOLDER))
        hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(hint)
        lay.addWidget(self.table)

    def show_page(self, page: HouseholdPage) -> None:
        self.household_id = page.detail.id
        self.files = page.files
        self.table.set_rows([(label("file_kind", f.kind), f.original_name, f.pages, _size(f.size),
                              _day(f.added_at), f.added_by) for f in page.files], right=(2, 3))

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
                                     self.kind.currentData(), self.pages.value())
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
