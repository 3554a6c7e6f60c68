"""Post or take down a village's notice list at once: every case waiting at that notice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QRadioButton, QWidget

from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.services import office, procedure
from dibao_desk.services.context import AppContext
from dibao_desk.services.progress import Progress
from dibao_desk.ui.dialogs.step_common import StepDialog, step_word, from_qdate
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.ops import Op, fit_progress, is_cancelled, show_error
from dibao_desk.ui.texts import label


class NoticeBatchDialog(StepDialog):
    date_label = QT_TRANSLATE_NOOP("StepDialog", "日期")
    person_label = QT_TRANSLATE_NOOP("StepDialog", "经办人")
    ok_text = QT_TRANSLATE_NOOP("StepDialog", "确定")

    def __init__(self, ctx: AppContext, today: dt.date, parent: QWidget | None = None):
        super().__init__(ctx, None, today, parent, title=self.tr("按村张贴或结束公示"),
                         household_text=self.tr("一次办理一个村（社区）公示栏上的整张名单。"))
        self.stage = QComboBox()
        for stage in (1, 2, 3):
            self.stage.addItem(label("notice_stage", stage), stage)
        self.village = QComboBox()
        self.village.addItem(self.tr("全部村（社区）"), None)
        for v in office.list_villages(ctx.uow()):
            self.village.addItem(v.name, v.id)
        self.post = QRadioButton(self.tr("张贴公示"))
        self.close_ = QRadioButton(self.tr("结束公示（期满且异议已处理）"))
        self.post.setChecked(True)
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for b in (self.post, self.close_):
            group.addButton(b)
            row.addWidget(b)
        row.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.form.addRow(self.tr("公示"), self.stage)
        self.form.addRow(self.tr("村（社区）"), self.village)
        self.form.addRow(self.tr("办理"), row)
        self.form.addRow(step_word(self.date_label), self.on)
        self.form.addRow(step_word(self.person_label), self.person)
        self.form.addRow("", self.summary)
        for signal in (self.stage.currentIndexChanged, self.village.currentIndexChanged, self.post.toggled,
                       self.on.dateChanged):
            signal.connect(self._update)
        self.batch: procedure.NoticeBatch | None = None
        self._update()

    def _update(self, *_args) -> None:
        self.batch = procedure.notice_batch(self.ctx.uow(), self.stage.currentData(), from_qdate(self.on.date()),
                                            self.village.currentData())
        b = self.batch
        if self.post.isChecked():
            text = self.tr("待张贴 {n} 户。").format(n=len(b.to_post))
            n = len(b.to_post)
        else:
            text = self.tr("可结束 {n} 户；公示期未满 {r} 户；异议未处理完 {o} 户（不在此次办理之列）。").format(
                n=len(b.to_close), r=len(b.running), o=len(b.with_objections))
            n = len(b.to_close)
        self.summary.setText(text)
        self.ok_button.setEnabled(n > 0)

    def submit(self) -> None:
        """The list is posted or taken down on the worker (500 cases take seconds): a progress
        dialog says which case it is at and offers 取消, which writes nothing."""
        self.errors.hide()
        data = self.common_data()
        stage = self.stage.currentData()
        assert self.batch is not None  # read when the form opened
        uow, today, on, person = self.ctx.uow(), self.today, data["on"], data["person"]
        if self.post.isChecked():
            ids = list(self.batch.to_post)
            title = self.tr("正在张贴公示…")

            def work(progress: Progress) -> int:
                return procedure.start_notice_batch(uow, ids, stage, on, person, today, progress=progress)
        else:
            ids = list(self.batch.to_close)
            title = self.tr("正在结束公示…")

            def work(progress: Progress) -> int:
                return procedure.close_notice_batch(uow, ids, stage, on, person, today, progress=progress)
        self.buttons.setEnabled(False)
        self.op = Op(self, work, title=title, on_done=self._done, on_error=self._failed,
                     error_title=self.tr("没有办理"))
        fit_progress(self.op)
        self.op.start()

    def _done(self, count: int) -> None:
        self.buttons.setEnabled(True)
        self.result_detail = count
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if is_cancelled(exc):  # nothing was written: the form stays as it was
            self.show_problems([Problem("procedure.batch_cancelled", "")])
            return
        if isinstance(exc, RuleError):
            self.show_problems(exc.problems)
            return
        show_error(self, self.tr("没有办理"), exc)
