"""Print a public notice: stage, village (or the whole township), which posting (or post
the cases waiting now), paper and orientation, the fuller notice with incomes; preview in
the program's preview window, save, or print through the system's print dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from dibao_desk.domain.problems import RuleError
from dibao_desk.services import office, printing, procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui import documents, pdf_view
from dibao_desk.ui.day_defaults import DayDefaults, today_of
from dibao_desk.ui.dialogs import pdf_preview
from dibao_desk.ui.ops import Op, Reader, error_text
from dibao_desk.ui.texts import label, problem_text

SETTINGS_FOLDER = "printing/last_folder"


class PrintNoticeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: dt.date | None = None,
                 stage: str = "1"):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or today_of(parent)
        self.result_info: printing.PrintResult | None = None
        self.op: Op | None = None
        self.setWindowTitle(self.tr("打印公示表"))

        self.stage = QComboBox()
        for code in printing.STAGES:
            self.stage.addItem(label("notice_stage", code), code)
        self.stage.setCurrentIndex(max(0, self.stage.findData(stage)))
        self.village = QComboBox()
        self.village.addItem(self.tr("全乡镇（所有村、社区）"), None)
        for v in office.list_villages(ctx.uow()):
            self.village.addItem(v.name, v.id)
        self.paper = QComboBox()
        for code in printing.PAPERS:
            self.paper.addItem(code, code)
        self.landscape = QCheckBox(self.tr("横向"))
        self.full = QCheckBox(self.tr("详细公示：列出家庭及赡养人收入（只含已签署同意书的家庭）"))
        self.full.toggled.connect(lambda on: self.landscape.setChecked(True) if on else None)
        self.posting = QComboBox()
        self.post = QCheckBox(self.tr("登记张贴：本榜等待张贴的案件于公示日期一起张贴"))
        self.post_person = QLineEdit(ctx.operator)
        self.post_person.setPlaceholderText(self.tr("张贴人"))
        self.post.toggled.connect(self._posting_enabled)
        self.post.setToolTip(self.tr("生成公示表的同时记下张贴：这些案件的公示期从公示日期起算"))
        self.post_person.setEnabled(False)
        self.date = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        last = str(QSettings().value(SETTINGS_FOLDER, "") or "")  # where a notice was last saved, if still there
        folder = Path(last) if last and Path(last).is_dir() else documents.documents_folder()
        self.out = QLineEdit(str(folder / self._default_name()))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        # a reprint of a posting that did not keep what its list showed: said before printing
        self.not_kept = QLabel()
        self.not_kept.setWordWrap(True)
        self.not_kept.setStyleSheet("color: #b00020;")
        self.not_kept.setVisible(False)
        self._kept_reader = Reader(self)  # the check reads the store: on the worker, not the window's thread
        # the postings too (a township's years of them): read once the dialog is on screen,
        # the first choice (the latest still on the board) usable meanwhile
        self._postings_reader = Reader(self)
        self._postings_asked = False
        for w in (self.stage, self.village):
            w.currentIndexChanged.connect(self._rename)
            w.currentIndexChanged.connect(lambda _index: self._fill_postings())
        self._fill_postings(read=False)
        self.posting.currentIndexChanged.connect(self._check_kept)
        self.date.dateChanged.connect(self._check_kept)
        self.post.toggled.connect(self._check_kept)

        form = QFormLayout()
        form.addRow(self.tr("公示类别"), self.stage)
        form.addRow(self.tr("村（社区）"), self.village)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper)
        paper_row.addWidget(self.landscape)
        paper_row.addStretch(1)
        form.addRow(self.tr("纸张"), paper_row)
        post_row = QHBoxLayout()
        post_row.addWidget(self.post, 1)
        post_row.addWidget(self.post_person)
        form.addRow(self.tr("公示批次"), self.posting)
        form.addRow("", post_row)
        form.addRow("", self.not_kept)
        form.addRow(self.tr("公示日期"), self.date)
        form.addRow("", self.full)
        self.office_copy = QCheckBox(self.tr("办公室留存本：标注备案家庭和特殊情况（不得张贴）"))
        form.addRow("", self.office_copy)
        form.addRow(self.tr("保存到"), out_row)

        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.preview_button = buttons.addButton(self.tr("预览"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = buttons.addButton(self.tr("打印"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.preview_button.setToolTip(self.tr("生成 PDF 并在预览窗口中逐页查看"))
        self.print_button.setToolTip(self.tr("生成 PDF，选择打印机、份数和页码后打印"))
        self.preview_button.clicked.connect(lambda: self.run("preview"))
        self.save_button.clicked.connect(lambda: self.run("save"))
        self.print_button.clicked.connect(lambda: self.run("print"))
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        # left open past midnight: a 公示日期 still on today moves on, one typed stays
        self.day_defaults = DayDefaults(self, self.new_day)
        self.day_defaults.add(self.date)

    def new_day(self, day: dt.date) -> None:
        """The day changed while the dialog is open: the file name proposed follows it (a name
        the operator typed, which no longer ends with the old day, stays)."""
        proposed = self._default_name()
        self.today = day
        if Path(self.out.text()).name == proposed:
            self._rename()

    # ---- inputs -------------------------------------------------------------------------

    def _default_name(self) -> str:
        stage = label("notice_stage", self.stage.currentData()) if hasattr(self, "stage") else ""
        village = self.village.currentText() if hasattr(self, "village") and self.village.currentData() else ""
        return f"{stage}{'-' + village if village else ''}-{self.today:%Y%m%d}.pdf"

    def _rename(self) -> None:
        current = Path(self.out.text())
        self.out.setText(str(current.with_name(self._default_name())))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存公示表"), self.out.text(), self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.out.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._postings_asked:
            self._fill_postings()

    def _fill_postings(self, read: bool = True) -> None:
        """The postings of the chosen stage and village, the latest first: the first choice at
        once, the postings recorded once read (on the worker while the dialog is on screen; a
        newer choice of stage or village makes an older read stale). The posting chosen stays."""
        chosen = self.posting.currentData()
        self._show_postings([], chosen)
        stage, village = self.stage.currentData(), self.village.currentData()
        if stage == "long" or not read:
            self._postings_reader.request(list, lambda _none: None)  # a read on its way is stale
            return
        self._postings_asked = True
        uow = self.ctx.uow()
        self._postings_reader.request(lambda: procedure.notice_postings(uow, int(stage), village),
                                      lambda postings: self._show_postings(postings, chosen))

    def _show_postings(self, postings: list, chosen: dt.date | None) -> None:
        self.posting.blockSignals(True)  # one check of what the chosen posting kept, once filled
        try:
            self._add_postings(postings)
            self.posting.setCurrentIndex(max(0, next(
                (i for i in range(self.posting.count()) if self.posting.itemData(i) == chosen), 0)))
        finally:
            self.posting.blockSignals(False)
        if hasattr(self, "not_kept"):
            self._check_kept()

    def _add_postings(self, postings: list) -> None:
        self.posting.clear()
        stage = self.stage.currentData()
        if stage == "long":
            self.posting.addItem(self.tr("（长期公示不分批次）"), None)
            self.posting.setEnabled(False)
            self.post.setChecked(False)
            self.post.setEnabled(False)
            return
        self.posting.setEnabled(not self.post.isChecked())
        self.post.setEnabled(True)
        self.posting.addItem(self.tr("最近一批仍在公示的"), None)
        for p in postings:
            self.posting.addItem(self.tr("{start} 张贴（至 {end}，{cases} 户，仍在公示 {open} 户）").format(
                start=p.start.isoformat(), end=p.end.isoformat(), cases=p.cases, open=p.on_notice), p.start)

    def _check_kept(self) -> None:
        """Warn when the notice the choices print shows households as they stand today: a posting
        recorded before the program kept what its list showed (a fresh posting always keeps it).
        The store is read on the worker (the posting's cases, then their audit rows), the answer
        shown when it comes; a newer choice makes an older answer stale."""
        stage = self.stage.currentData()
        if stage == "long" or (self.post.isChecked() and self.post.isEnabled()):
            self._show_not_kept(0)
            self._kept_reader.request(lambda: 0, self._show_not_kept)  # an answer on its way is stale
            return
        uow, village, on, posted = self.ctx.uow(), self.village.currentData(), self.chosen_date(), \
            self.posting.currentData()

        def count() -> int:
            try:
                return printing.not_as_posted(uow, stage, village, on, posted)
            except RuleError:
                return 0

        self._kept_reader.request(count, self._show_not_kept, lambda _exc: self._show_not_kept(0))

    def _show_not_kept(self, count: int) -> None:
        self.not_kept.setText(self.tr(
            "注意：这一批张贴时未留存公示内容，其中 {count} 户将按重印当日档案数据打印，与张贴时可能不同；"
            "打印出的表上会注明。").format(count=count))
        self.not_kept.setVisible(count > 0)

    def _posting_enabled(self, on: bool) -> None:
        self.posting.setEnabled(not on)
        self.post_person.setEnabled(on)

    def chosen_date(self) -> dt.date:
        q = self.date.date()
        return dt.date(q.year(), q.month(), q.day())

    # ---- work ---------------------------------------------------------------------------

    def run(self, what: str) -> None:
        if what == "save":
            out = Path(self.out.text().strip())
        else:
            out = documents.preview_path(self._default_name())
        args = dict(village_id=self.village.currentData(), paper=self.paper.currentData(),
                    landscape=self.landscape.isChecked(), on=self.chosen_date(), full=self.full.isChecked(),
                    posted=self.posting.currentData(), office_copy=self.office_copy.isChecked(), today=self.today)
        if self.post.isChecked() and self.post.isEnabled():
            person = self.post_person.text().strip()
            if not person:
                self.status.setText(self.tr("请填写张贴人。"))
                return
            args.update(posted=None, post_person=person)
        stage = self.stage.currentData()
        uow = self.ctx.uow()
        self.status.setText(self.tr("正在生成……"))
        for b in (self.preview_button, self.save_button, self.print_button):
            b.setEnabled(False)
        self.op = Op(self, lambda progress: printing.print_notice(uow, stage, out, progress=progress, **args),
                     title=self.tr("生成公示表"), on_done=lambda r: self._done(what, r), on_error=self._failed).start()

    def _enable(self) -> None:
        for b in (self.preview_button, self.save_button, self.print_button):
            b.setEnabled(True)

    def _done(self, what: str, result: printing.PrintResult) -> None:
        self._enable()
        self.result_info = result
        lines = [self.tr("已生成：{title}，共 {households} 户，{pages} 页。").format(
            title=result.title, households=result.households, pages=result.pages)]
        if what == "save":
            lines.append(self.tr("已保存到 {path}").format(path=result.path))
            QSettings().setValue(SETTINGS_FOLDER, str(result.path.parent))
        lines += [problem_text(p) for p in result.problems]
        if self.post.isChecked() and self.post.isEnabled():
            lines.insert(0, self.tr("已登记张贴：{households} 户。").format(households=result.households))
            self.post.setChecked(False)
            self._fill_postings()
        self.status.setText("\n".join(lines))
        if what == "preview":
            pdf_preview.show(self, result.path, result.title)
        elif what == "print":
            if pdf_view.print_pdf(self, result.path, result.title):
                self.status.setText(self.status.text() + "\n" + self.tr("已送往打印机。"))
            else:
                self.status.setText(self.status.text() + "\n" + self.tr("未打印（已取消或打印机无法使用）。"))

    def _failed(self, exc: BaseException) -> None:
        self._enable()
        if isinstance(exc, RuleError):
            self.status.setText("\n".join(problem_text(p) for p in exc.problems))
        else:
            self.status.setText(error_text(exc))
