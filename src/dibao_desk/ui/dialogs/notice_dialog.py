"""Steps 4, 7, 9 (一榜、二榜、三榜公示): post the notice, log objections received in its
window and how each was resolved, and close it once the window has ended."""

from __future__ import annotations

import datetime as dt


from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableWidget, QTableWidgetItem, QWidget,
)

from dibao_desk.domain import procedure as rules
from dibao_desk.domain.problems import RuleError
from dibao_desk.messages.procedure import waiting_params
from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.step_common import StepDialog, step_word, date_edit, from_qdate, household_line
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.texts import choices, label


class NoticeDialog(StepDialog):
    """Before the notice is posted the form posts it; afterwards it keeps the
    objections log and closes the notice (the case moves on)."""

    def __init__(self, ctx: AppContext, case_id: int, step: int, today: dt.date, parent: QWidget | None = None):
        detail = procedure.get_case(ctx.uow(), case_id, today)
        self.step = step
        self.stage = rules.NOTICE_STAGE[step]
        self.stage_name = label("notice_stage", self.stage)
        super().__init__(ctx, case_id, today, parent, title=self.stage_name,
                         household_text=household_line(detail))
        self.resize(760, 560)
        rec = detail.current.get(step)
        self.started = rec is not None and rec.started_on is not None
        if not self.started:
            self.date_label = QT_TRANSLATE_NOOP("StepDialog", "张贴日期")
            self.person_label = QT_TRANSLATE_NOOP("StepDialog", "张贴人")
            self.form.addRow(self.tr("张贴日期"), self.on)
            self.form.addRow(self.tr("张贴人"), self.person)
            self.window_hint = QLabel()
            self.form.addRow("", self.window_hint)
            self.on.dateChanged.connect(self._posting_hint)
            self._posting_hint()
            self.ok_button.setText(self.tr("张贴公示"))
            return
        assert rec is not None and rec.window_end is not None  # a notice posted has its window
        self.window_hint = QLabel(self.tr("公示期：{start} 至 {end}").format(
            start=f"{rec.started_on:%Y-%m-%d}", end=f"{rec.window_end:%Y-%m-%d}"))
        self.form.addRow(self.window_hint)

        # --- objections log ---------------------------------------------------
        box = QGroupBox(self.tr("公示期间收到的异议"))
        box_layout = QFormLayout(box)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("收到日期"), self.tr("来源"), self.tr("内容"),
                                              self.tr("核查结论"), self.tr("核查和答复")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        box_layout.addRow(self.table)

        self.received_on = date_edit(today)
        self.channel = QComboBox()
        for code, text in choices("objection_channel"):
            self.channel.addItem(text, code)
        self.content = QLineEdit()
        self.content.setPlaceholderText(self.tr("异议内容（如：反映其子女在外务工收入较高）"))
        self.log_button = QPushButton(self.tr("登记异议"))
        self.log_button.clicked.connect(self.log_objection)
        row = QHBoxLayout()
        row.addWidget(self.received_on)
        row.addWidget(self.channel)
        row.addWidget(self.content, 1)
        row.addWidget(self.log_button)
        box_layout.addRow(self.tr("新异议"), row)

        self.resolved_on = date_edit(today)
        self.resolution = QComboBox()
        for code, text in choices("objection_result"):
            if code:
                self.resolution.addItem(text, code)
        self.resolution_note = QLineEdit()
        self.resolution_note.setPlaceholderText(self.tr("核查情况及答复"))
        self.resolve_button = QPushButton(self.tr("处理所选异议"))
        self.resolve_button.clicked.connect(self.resolve_selected)
        row = QHBoxLayout()
        row.addWidget(self.resolved_on)
        row.addWidget(self.resolution)
        row.addWidget(self.resolution_note, 1)
        row.addWidget(self.resolve_button)
        box_layout.addRow(self.tr("处理"), row)
        self.body.addWidget(box, 1)

        # --- closing the notice ---------------------------------------------
        close_box = QGroupBox(self.tr("结束公示"))
        close_form = QFormLayout(close_box)
        close_form.addRow(self.tr("结束日期"), self.on)
        close_form.addRow(self.tr("经办人"), self.person)
        close_form.addRow(self.tr("备注"), self.notes)
        # why the notice cannot be closed yet: objections still open (the service refuses)
        self.open_objections_line = QLabel()
        self.open_objections_line.setWordWrap(True)
        self.open_objections_line.setStyleSheet("color: #b00020;")
        self.open_objections_line.hide()
        close_form.addRow(self.open_objections_line)
        self.body.addWidget(close_box)
        self.ok_button.setText(self.tr("结束公示，进入下一步"))
        self.window_end = rec.window_end
        self._window_text = self.window_hint.text()
        self._objections: list[procedure.ObjectionInfo] = []
        self._window_open(today)
        self.day_defaults.add(self.received_on, self.resolved_on)
        self._load_objections()

    def _closable(self) -> None:
        """结束公示 only once the window has ended and every objection is answered."""
        still_open = self.today < self.window_end
        pending = sum(1 for o in self._objections if not o.resolved)
        self.ok_button.setEnabled(not still_open and not pending)
        self.open_objections_line.setText(self.tr(
            "还有 {n} 条未处理的异议，须先核查并答复（在上表选择后点“处理所选异议”），才能结束公示。").format(n=pending))
        self.open_objections_line.setVisible(bool(pending))

    def _window_open(self, today: dt.date) -> None:
        """Until the window ends only objections can be logged; from its last day it may be closed."""
        still_open = today < self.window_end
        self._closable()
        self.window_hint.setText(self._window_text + (self.tr("　（公示期未满，{end} 起可结束公示）").format(
            end=waiting_params("", {"end": self.window_end, "today": today})["end_md"])  # its year if not this year
            if still_open else ""))

    def new_day(self, day: dt.date) -> None:
        super().new_day(day)
        if self.started:
            self._window_open(day)

    def _posting_hint(self, *_args) -> None:
        """The window a posting on the day typed would have (the days of the policy in force
        on that day, as the service counts them) and the first day it may be closed."""
        start = from_qdate(self.on.date())
        days = procedure.notice_days(self.ctx.uow(), start)
        _start, end = rules.notice_window(start, days)
        self.window_hint.setText(self.tr("公示期 {days} 天：{start} 至 {end}，{end_md} 起方可结束公示、进入下一步。").format(
            days=days, start=f"{start:%Y-%m-%d}", end=f"{end:%Y-%m-%d}", end_md=f"{end.year}年{end.month}月{end.day}日"))

    def _load_objections(self) -> None:
        self._objections = procedure.objections(self.ctx.uow(), self.case, self.step)
        self.table.setRowCount(len(self._objections))
        for r, o in enumerate(self._objections):
            values = (f"{o.received_on:%Y-%m-%d}", label("objection_channel", o.channel), o.content,
                      label("objection_result", o.result), o.note)
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))
        open_count = sum(1 for o in self._objections if not o.resolved)
        self.resolve_button.setEnabled(open_count > 0)
        self._closable()

    def log_objection(self) -> None:
        try:
            procedure.log_objection(self.ctx.uow(), self.case, self.step, from_qdate(self.received_on.date()),
                                    self.channel.currentData(), self.content.text(), self.today)
        except RuleError as exc:
            self.show_problems(exc.problems)
            return
        self.errors.hide()
        self.content.clear()
        self._load_objections()

    def resolve_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        pending = [i for i, o in enumerate(self._objections) if not o.resolved]
        row = rows[0].row() if rows else (pending[0] if len(pending) == 1 else None)
        if row is None:
            self.errors.setText(self.tr("请先在表中选择要处理的异议"))
            self.errors.show()
            return
        try:
            procedure.resolve_objection(self.ctx.uow(), self._objections[row].id, self.resolution.currentData(),
                                        self.resolution_note.text(), from_qdate(self.resolved_on.date()),
                                        self.today)
        except RuleError as exc:
            self.show_problems(exc.problems)
            return
        self.errors.hide()
        self.resolution_note.clear()
        self._load_objections()

    def save(self):
        data = self.common_data()
        if not self.started:
            return procedure.start_notice(self.ctx.uow(), self.case, self.step, data["on"], data["person"],
                                          self.today)
        return procedure.record_step(self.ctx.uow(), self.case, self.step, data, self.today)
