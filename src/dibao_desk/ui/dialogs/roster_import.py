"""Import an Excel roster (花名册): choose the file and sheet, correct the column mapping,
look at every row's result, then import with progress and Cancel, and read the summary.

Every read of the file and every write runs on the store worker through ``ui.ops.Op``;
the dialog only shows what the roster service returns.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPushButton, QSplitter, QStackedWidget, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from dibao_desk import messages
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.services import roster_import as ri
from dibao_desk.services.context import AppContext
from dibao_desk.services.progress import Cancelled, Progress
from dibao_desk.ui.ops import Op
from dibao_desk.ui.tablemodels.base import TableModel, left, right
from dibao_desk.ui.texts import problem_text

log = logging.getLogger(__name__)

_STATUS_COLOURS = {"error": QColor("#c62828"), "warning": QColor("#a15c00"), "skipped": QColor("#777777")}
_STATUS_BACK = {"error": QColor("#fdecea"), "warning": QColor("#fff6e0")}


_VILLAGES_NAMED = 8  # new villages named in the summary; the rest are counted


def _problem(p: Problem) -> str:
    return problem_text(p)


def _label(group: str, code: str) -> str:
    return QCoreApplication.translate("labels", messages.label(group, code))


def _cell_text(value: Any) -> str:
    return ri.cell_text(value)


def _cell_reader(i: int) -> Callable[[ri.PreviewRow], Any]:
    """The i-th cell of a preview row as read from the roster (empty past the row's end)."""
    return lambda r: r.cells[i] if i < len(r.cells) else ""


def _status_colour(row: ri.PreviewRow) -> QColor | None:
    return _STATUS_COLOURS.get(row.status)


class RosterPreviewModel(TableModel):
    """The previewed rows: sheet row, result, reason, then the row's own cells (one column per
    column of the sheet, headed by its label). Rows are made when shown: a county roster has
    100,000; a filter shows the positions of one status."""

    FILTERS = ("all", "error", "warning", "skipped")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._all: Sequence[ri.PreviewRow] = ()
        self._positions: Sequence[int] = ()  # the rows shown, as positions in _all
        self._reasons: dict[int, str] = {}
        self._filter = "all"
        self._fixed = [
            right("sheet_row", self.tr("行号"), lambda r: r.sheet_row),
            left("status", self.tr("结果"), lambda r: _label("roster_status", r.status),
                 foreground=_status_colour, tooltip=self._reason),
            left("reason", self.tr("原因"), self._reason, foreground=_status_colour, tooltip=self._reason),
        ]
        self.columns = list(self._fixed)

    def set_preview(self, pv: ri.ImportPreview | None) -> None:
        self.beginResetModel()
        self._all = pv.rows if pv else ()
        self.columns = self._fixed + [
            left(f"cell{i}", text, _cell_reader(i), format=_cell_text) for i, text in enumerate(pv.labels if pv else ())]
        self._reasons = {}
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, key: str) -> None:
        self.beginResetModel()
        self._filter = key
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        f = self._filter
        if f == "all":
            self._positions = range(len(self._all))
        elif isinstance(self._all, ri.PreviewRows):
            self._positions = self._all.positions(f)
        else:
            self._positions = [i for i, r in enumerate(self._all) if r.status == f]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._positions)

    def row_at(self, i: int) -> ri.PreviewRow | None:
        return self._all[self._positions[i]] if 0 <= i < len(self._positions) else None

    def row_key(self, row: int) -> None:
        return None

    def row_background(self, item: ri.PreviewRow) -> QColor | None:
        return _STATUS_BACK.get(item.status)

    def _reason(self, row: ri.PreviewRow) -> str:
        text = self._reasons.get(row.sheet_row)
        if text is None:
            if row.status == "skipped":
                text = _label("roster_line", row.kind)
            else:
                text = "；".join(_problem(p) for p in row.problems)
            self._reasons[row.sheet_row] = text
        return text


class RosterImportDialog(QDialog):
    PAGE_FILE, PAGE_PREVIEW, PAGE_DONE = 0, 1, 2

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("导入花名册"))
        self.resize(1100, 680)  # with its title bar, fits the 728 px a 1366×768 screen leaves above the taskbar
        self.preview: ri.ImportPreview | None = None
        self.imported: ri.ImportResult | None = None
        self.error_path: Path | None = None
        self._op: Op | None = None
        self._mapping: list[str] | None = None
        self._pending = False

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._done_page())

        self.back_button = QPushButton(self.tr("上一步"))
        self.next_button = QPushButton(self.tr("下一步"))
        self.import_button = QPushButton(self.tr("导入"))
        self.close_button = QPushButton(self.tr("取消"))
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.import_button.clicked.connect(self._import)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.import_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show_page(self.PAGE_FILE)
        if path:
            self.set_file(path)

    # ---- pages ----------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        intro = QLabel(self.tr(
            "选择原来用 Excel 记录的低保花名册（.xlsx 或 .xls）。程序会自动找到表头、识别各列，"
            "成员行（户主列为空、填了与户主关系）归入上面的户主；合计、小计、空行和签字行会跳过。"
            "导入前会逐行列出检查结果，确认后才写入。"))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("文件："), row)
        self.sheet_combo = QComboBox()
        form.addRow(self.tr("工作表："), self.sheet_combo)
        self.file_message = QLabel()
        self.file_message.setWordWrap(True)
        self.file_message.setStyleSheet("color: #c62828")
        form.addRow(self.file_message)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        self.header_label = QLabel()
        tl.addWidget(self.header_label)
        self.mapping_table = QTableWidget(0, 4)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("列"), self.tr("表头"), self.tr("第一行的值"), self.tr("导入为")])
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        h = self.mapping_table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        tl.addWidget(self.mapping_table)
        options = QHBoxLayout()
        self.status_combo = QComboBox()
        for code in ri.IMPORT_STATUSES:
            self.status_combo.addItem(_label("status", code), code)
        self.existing_combo = QComboBox()
        for choice in ri.EXISTING_CHOICES:
            self.existing_combo.addItem(_label("roster_existing", choice), choice)
        self.hukou_combo = QComboBox()
        for hukou in ("rural", "urban"):
            self.hukou_combo.addItem(_label("hukou_type", hukou), hukou)
        for text, combo in ((self.tr("新导入家庭的状态："), self.status_combo),
                            (self.tr("已登记的家庭："), self.existing_combo),
                            (self.tr("没有户籍类型列时按："), self.hukou_combo)):
            options.addWidget(QLabel(text))
            options.addWidget(combo)
        options.addStretch(1)
        tl.addLayout(options)
        self.status_combo.activated.connect(lambda _i: self._refresh_preview())
        self.hukou_combo.activated.connect(lambda _i: self._refresh_preview())
        split.addWidget(top)

        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        bl.addWidget(self.summary_label)
        frow = QHBoxLayout()
        frow.addWidget(QLabel(self.tr("显示：")))
        self.filter_combo = QComboBox()
        for key, text in (("all", self.tr("全部行")), ("error", self.tr("仅错误")),
                          ("warning", self.tr("仅提示")), ("skipped", self.tr("仅跳过"))):
            self.filter_combo.addItem(text, key)
        self.filter_combo.currentIndexChanged.connect(
            lambda _i: self._filter_rows())
        frow.addWidget(self.filter_combo)
        frow.addStretch(1)
        bl.addLayout(frow)
        self.model = RosterPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setDefaultSectionSize(110)
        self.table.setWordWrap(False)
        bl.addWidget(self.table, 1)
        split.addWidget(bottom)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        outer.addWidget(split)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.done_label, 1)
        self.open_errors_button = QPushButton(self.tr("打开错误工作簿"))
        self.open_errors_button.setObjectName("open_errors")
        self.open_errors_button.setToolTip(self.tr("用 Excel 或 WPS 打开未导入的行及原因，改正后可再次导入"))
        self.open_errors_button.clicked.connect(self.open_error_workbook)
        self.open_errors_button.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.open_errors_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def open_error_workbook(self) -> bool:
        """Open the error workbook with the program the computer uses for .xlsx files."""
        if not self.error_path:
            return False
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.error_path)))
        if not opened:
            QMessageBox.information(self, self.tr("打开错误工作簿"), self.tr(
                "没能自动打开，请在文件夹中双击打开：{0}").format(self.error_path))
        return opened

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == self.PAGE_PREVIEW)
        self.next_button.setVisible(page == self.PAGE_FILE)
        self.import_button.setVisible(page == self.PAGE_PREVIEW)
        self.close_button.setText(self.tr("完成") if page == self.PAGE_DONE else self.tr("取消"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._op is not None
        self.next_button.setEnabled(not busy and bool(self.path_edit.text()) and self.sheet_combo.count() > 0)
        pv = self.preview
        self.import_button.setEnabled(not busy and pv is not None and not pv.problems and bool(pv.households))

    # ---- the file ---------------------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择花名册"), "",
                                              self.tr("Excel 工作簿 (*.xlsx *.xlsm *.xls);;所有文件 (*)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        """Take a file (from the file chooser or a caller) and list its sheets."""
        self.path_edit.setText(str(path))
        self.sheet_combo.clear()
        self.file_message.clear()
        self.preview = None
        self._mapping = None
        try:
            sheets = ri.list_sheets(path)
        except RuleError as exc:
            self.file_message.setText("\n".join(_problem(p) for p in exc.problems))
            sheets = []
        self.sheet_combo.addItems(sheets)
        self._update_buttons()

    def _next(self) -> None:
        self._mapping = None
        self._refresh_preview(first=True)

    def _back(self) -> None:
        self._show_page(self.PAGE_FILE)

    # ---- preview ----------------------------------------------------------------------------
    def _options(self) -> ri.ImportOptions:
        return ri.ImportOptions(status=self.status_combo.currentData() if self.preview else None,
                                hukou=self.hukou_combo.currentData())

    def _refresh_preview(self, first: bool = False) -> None:
        if self._op is not None:
            self._pending = True
            return
        path = self.path_edit.text()
        sheet = self.sheet_combo.currentText() or None
        mapping = tuple(self._mapping) if self._mapping else None
        options = self._options() if not first else ri.ImportOptions(hukou=self.hukou_combo.currentData())
        ctx = self.ctx
        self._op = Op(self, lambda progress: ri.preview(ctx.uow(), path, sheet=sheet, mapping=mapping,
                                                        progress=progress, options=options),
                      title=self.tr("正在检查花名册…"), on_done=self._previewed, on_error=self._preview_failed)
        self._update_buttons()
        self._op.start()

    def _previewed(self, pv: ri.ImportPreview) -> None:
        self._op = None
        self.preview = pv
        self._mapping = list(pv.mapping)
        self._fill_mapping(pv)
        i = self.status_combo.findData(pv.status)
        self.status_combo.setCurrentIndex(max(i, 0))
        self.model.set_preview(pv)
        for col, width in ((0, 56), (1, 56), (2, 380)):
            self.table.setColumnWidth(col, width)
        self.summary_label.setText(self._summary(pv))
        self._show_page(self.PAGE_PREVIEW)
        if self._pending:
            self._pending = False
            self._refresh_preview()

    def _preview_failed(self, exc: BaseException) -> None:
        self._op = None
        self._pending = False
        if isinstance(exc, Cancelled):
            self._update_buttons()
            return
        if isinstance(exc, RuleError):
            text = "\n".join(_problem(p) for p in exc.problems)
        else:
            text = self.tr("读取花名册时出错，详情已记入日志。")
        self.file_message.setText(text)
        if self.pages.currentIndex() == self.PAGE_PREVIEW:
            QMessageBox.warning(self, self.tr("无法读取"), text)
        self._update_buttons()

    def _fill_mapping(self, pv: ri.ImportPreview) -> None:
        source = {"guessed": self.tr("已按表头自动识别"), "remembered": self.tr("沿用上次这种表格的对应关系"),
                  "given": self.tr("按您的选择")}[pv.mapping_source]
        self.header_label.setText(self.tr("工作表“{0}”，表头在第 {1} 行。各列导入为（{2}，可修改）：").format(
            pv.sheet, "、".join(str(r) for r in pv.header_rows), source))
        self.mapping_table.setRowCount(len(pv.labels))
        fields = list(messages.LABELS.get("roster_field", {}))
        for i, (label, field) in enumerate(zip(pv.labels, pv.mapping)):
            self.mapping_table.setItem(i, 0, QTableWidgetItem(ri.column_letter(i)))
            self.mapping_table.setItem(i, 1, QTableWidgetItem(label))
            self.mapping_table.setItem(i, 2, QTableWidgetItem(pv.samples[i] if i < len(pv.samples) else ""))
            combo = QComboBox()
            for code in fields:
                combo.addItem(_label("roster_field", code), code)
            combo.setCurrentIndex(max(combo.findData(field), 0))
            combo.activated.connect(lambda _idx, col=i, c=combo: self._mapping_changed(col, c.currentData()))
            self.mapping_table.setCellWidget(i, 3, combo)

    def _filter_rows(self) -> None:
        self.model.set_filter(self.filter_combo.currentData())

    def mapping_combo(self, column: int) -> QComboBox:
        combo = self.mapping_table.cellWidget(column, 3)
        assert isinstance(combo, QComboBox)  # set in the mapping table's fourth column
        return combo

    def _mapping_changed(self, column: int, field: str) -> None:
        if self._mapping is None or self._mapping[column] == field:
            return
        # one column per field: the column that had it before gives it up
        for i, f in enumerate(self._mapping):
            if f == field and field != "ignore":
                self._mapping[i] = "ignore"
        self._mapping[column] = field
        self._refresh_preview()

    def _summary(self, pv: ri.ImportPreview) -> str:
        if pv.problems:
            return "<span style='color:#c62828'>" + "；".join(_problem(p) for p in pv.problems) + "</span>"
        new = [h for h in pv.households if h.existing_id is not None]
        parts = [self.tr("共 {0} 行：正常 {1}，提示 {2}，错误 {3}，跳过 {4}。").format(
            len(pv.rows), pv.count("ok"), pv.count("warning"), pv.count("error"), pv.count("skipped")),
            self.tr("可导入 {0} 户 {1} 人（其中已登记 {2} 户）。").format(
                len(pv.households), pv.persons, len(new))]
        if pv.households_rejected:
            parts.append(self.tr("{0} 户有错误，不导入，将写入错误工作簿。").format(pv.households_rejected))
        if pv.village_aliases:
            parts.append(self.tr("村名按同一个村对应：{0}。").format(
                "，".join(f"{given}→{name}" for given, name in pv.village_aliases[:_VILLAGES_NAMED])
                + ("……" if len(pv.village_aliases) > _VILLAGES_NAMED else "")))
        if len(pv.new_villages) > _VILLAGES_NAMED:
            # A county's roster may name a hundred villages the office has not entered yet.
            parts.append(self.tr("将新建 {0} 个村（社区）：{1} 等（见“提示”行）。").format(
                len(pv.new_villages), "、".join(pv.new_villages[:_VILLAGES_NAMED])))
        elif pv.new_villages:
            parts.append(self.tr("将新建村（社区）：{0}。").format("、".join(pv.new_villages)))
        if pv.members_gone:
            parts.append(self.tr("已登记的家庭中有 {0} 名成员不在本花名册中：选择“更新”并确认导入后，"
                                 "按今天迁出登记（见“提示”行）。").format(pv.members_gone))
        if pv.amounts_differ:
            parts.append(self.tr("在保家庭中有 {0} 户的类别或金额与花名册不同：导入不改保障金，选择“更新”并确认导入后"
                                 "为每户提出变更建议，审批后才生效（见“提示”行）。").format(pv.amounts_differ))
        if pv.fullwidth_fixed or pv.spaces_fixed:
            parts.append(self.tr("已自动更正全角数字 {0} 处、多余空格 {1} 处。").format(
                pv.fullwidth_fixed, pv.spaces_fixed))
        return "".join(parts)

    # ---- import -------------------------------------------------------------------------------
    def _import(self) -> None:
        pv = self.preview
        if pv is None or self._op is not None:
            return
        on_existing = self.existing_combo.currentData()
        ctx = self.ctx

        def work(progress: Progress) -> tuple[ri.ImportResult, Path | None, str]:
            # The rows not imported go into their workbook while the commit writes; it is put in
            # place once the households are saved, and left nowhere if they are not.
            aside = ri.ErrorsAside.start(pv)
            try:
                result = ri.commit(ctx.uow(), pv, on_existing=on_existing, progress=progress)
            except BaseException:
                if aside is not None:
                    aside.discard()
                raise
            if aside is None:
                return result, None, ""
            progress.update(0, 0, "progress.roster.write_errors")
            try:
                path = aside.place()
            except OSError:  # the households are saved: say so, and where the rows are not
                log.exception("error workbook not written")
                return result, None, str(aside.target)
            return result, path, ""

        self._op = Op(self, work, title=self.tr("正在导入花名册…"), on_done=self._imported,
                      on_error=self._import_failed)
        self._update_buttons()
        self._op.start()

    def _imported(self, out) -> None:
        self._op = None
        self.imported, self.error_path, error_failed = out
        r = self.imported
        lines = [
            self.tr("导入完成。"),
            self.tr("新建：{0} 户 {1} 人").format(r.households_created, r.persons_created),
            self.tr("更新已登记的家庭：{0} 户（{1} 人有变动）").format(r.households_updated, r.persons_updated),
            self.tr("已登记且无变化：{0} 户").format(r.households_unchanged),
            self.tr("跳过已登记的家庭：{0} 户 {1} 人").format(r.households_skipped, r.persons_skipped),
            self.tr("未导入：{0} 行（{1} 户）").format(r.rows_rejected, r.households_rejected),
        ]
        if r.villages_created:
            lines.append(self.tr("新建村（社区）：{0}").format("、".join(r.villages_created)))
        if r.members_moved_out:
            lines.append(self.tr("不在花名册中的成员：{0} 人，已按迁出登记，所在家庭转为需要复核").format(
                r.members_moved_out))
        if r.amounts_proposed:
            lines.append(self.tr("类别或金额与在保记录不同：{0} 户，已提出变更建议（见“变更建议”），审批前保障金不变").format(
                r.amounts_proposed))
        if r.amounts_not_proposed:
            lines.append(self.tr("类别或金额与花名册不同但已有在办案件、未提出建议：{0} 户（户号 {1}），请办完后核实").format(
                len(r.amounts_not_proposed), "、".join(str(h) for h in r.amounts_not_proposed[:8])))
        if self.error_path:
            lines.append(self.tr("未导入的行及原因已写入：{0}（改正后可再次导入）").format(self.error_path))
        if error_failed:
            lines.append(self.tr("以上家庭已保存。但未导入的行没能写入错误工作簿“{0}”（文件可能正被 Excel 打开、"
                                 "已有同名的文件夹或磁盘已满）。处理后用同一个花名册再做一次预览，即可生成。").format(
                error_failed))
        self.done_label.setText("\n".join(lines))
        self.open_errors_button.setVisible(bool(self.error_path))

        self._show_page(self.PAGE_DONE)
        parent = self.parent()
        if parent is not None and hasattr(parent, "notify_changed"):
            parent.notify_changed()

    def _import_failed(self, exc: BaseException) -> None:
        self._op = None
        if isinstance(exc, Cancelled):
            QMessageBox.information(self, self.tr("已取消"), self.tr("导入已取消，没有写入任何数据。"))
        elif isinstance(exc, RuleError):
            QMessageBox.warning(self, self.tr("无法导入"), "\n".join(_problem(p) for p in exc.problems))
        else:
            QMessageBox.critical(self, self.tr("导入失败"),
                                 self.tr("导入时出错，没有写入任何数据。详情已记入日志。"))
        self._update_buttons()
