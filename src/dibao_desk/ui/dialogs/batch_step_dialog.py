"""One step of a batch proposal (a new standard): post its notice, or record the step done
(乡镇审核, 县民政局审批, end of the notice, 待遇批准 which writes every household's ledger)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget,
)

from dibao_desk.domain import procedure as steps
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.services import proposals
from dibao_desk.services.context import AppContext
from dibao_desk.services.progress import Progress
from dibao_desk.ui.ops import Op, fit_progress, is_cancelled, show_error
from dibao_desk.ui.tablemodels.cases import waiting_text
from dibao_desk.ui.texts import label, problem_text
from dibao_desk.ui.unsaved import AsksBeforeDiscarding


class BatchStepDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, ctx: AppContext, proposal_id: int, today: dt.date, parent: QWidget | None = None,
                 refuse: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.refuse = refuse
        self.detail = proposals.batch_detail(ctx.uow(), proposal_id, today)
        self.result_detail: proposals.BatchDetail | None = None
        d = self.detail
        step = d.next_step
        self.posting = (not refuse and step in steps.NOTICE_STAGE and d.waiting.action == "start_notice")
        what = label("step", step) if step else ""
        title = (self.tr("批量建议不予批准") if refuse else
                 self.tr("张贴公示：{0}").format(what) if self.posting else self.tr("办理：{0}").format(what))
        self.setWindowTitle(title)
        about = QLabel(self.tr(
            "批量建议 {0}（{1}）：{2} 户 {3} 人，自 {4}年{5}月起月保障金合计由 {6} 元调整为 {7} 元。\n"
            "须经步骤：{8}\n现在：{9}").format(
            d.info.id, label("proposal_kind", d.info.kind), f"{d.households:,}", f"{d.persons:,}",
            d.info.effective_month.year, d.info.effective_month.month, fen_to_yuan(d.before_total_fen),
            fen_to_yuan(d.after_total_fen), "、".join(label("step", s) for s in d.info.flow),
            waiting_text(d.waiting)))
        about.setWordWrap(True)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.person_edit = QLineEdit(ctx.operator if hasattr(ctx, "operator") else "")
        self.notes_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("公示开始日期") if self.posting else self.tr("日期"), self.date_edit)
        form.addRow(self.tr("负责人（审批机关）") if step == steps.COUNTY_DECISION else self.tr("负责人"),
                    self.person_edit)
        form.addRow(self.tr("不予批准的理由") if refuse else self.tr("备注"), self.notes_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("不予批准") if refuse else self.tr("张贴") if self.posting else self.tr("记录"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, 300)

    def save(self) -> None:
        """The step is recorded on the worker (待遇批准 writes the ledger of every household of
        the batch): a progress dialog says so and offers 取消, which writes nothing."""
        q = self.date_edit.date()
        on = dt.date(q.year(), q.month(), q.day())
        uow, proposal_id, today = self.ctx.uow(), self.detail.info.id, self.today
        person, notes, approved = self.person_edit.text(), self.notes_edit.text(), not self.refuse
        self.error_label.clear()
        if self.posting:
            def work(progress: Progress) -> proposals.BatchDetail:
                return proposals.start_batch_notice(uow, proposal_id, on, person, today, progress=progress)
        else:
            def work(progress: Progress) -> proposals.BatchDetail:
                return proposals.record_batch_step(uow, proposal_id, on, person, today, notes,
                                                   approved=approved, progress=progress)
        self.buttons.setEnabled(False)
        self.op = Op(self, work, title=self.windowTitle(), on_done=self._saved, on_error=self._failed)
        fit_progress(self.op)
        self.op.start()

    def _saved(self, detail: proposals.BatchDetail) -> None:
        self.buttons.setEnabled(True)
        self.result_detail = detail
        grant = detail.grant
        if grant is not None and (grant.until_later or grant.left_out):
            QMessageBox.information(self, self.tr("批量建议已批准"), self.grant_text(grant))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if is_cancelled(exc):
            self.error_label.setText(problem_text(Problem("procedure.batch_cancelled", "")))
        elif isinstance(exc, RuleError):
            self.error_label.setText("\n".join(problem_text(p) for p in exc.problems))
        else:
            show_error(self, self.windowTitle(), exc)

    def grant_text(self, grant: proposals.BatchGrant) -> str:
        """What the grant did to the households it did not write from the batch's month on."""
        month = self.detail.info.effective_month
        lines = [self.tr("已按新标准写入台账：{0} 户自 {1}年{2}月起。").format(
            f"{grant.households:,}", month.year, month.month)]
        written = [k for k in grant.until_later if k.until_later]
        unpaid = [k for k in grant.until_later if not k.until_later]
        if written:
            lines.append(self.tr(
                "{0} 户此后另有本户的决定（{1}）：新标准只计到该决定之前的月份，已发放月份的差额作为补发或追回"
                "记入批准当月；自该决定起仍按该决定发放。").format(len(written), self._names(written)))
        if unpaid:
            lines.append(self.tr(
                "{0} 户在 {1}年{2}月未领取保障金，此后才有本户的决定（{3}）：未按新标准计发，"
                "下次重新计算时按现状提出。").format(len(unpaid), month.year, month.month, self._names(unpaid)))
        if grant.left_out:
            lines.append(self.tr(
                "{0} 户在建议提出后金额或类别已有变更（{1}）：未纳入本批，下次重新计算时按现状提出。").format(
                len(grant.left_out), self._names(grant.left_out)))
        return "\n\n".join(lines)

    def _names(self, kept: list[proposals.BatchKept] | tuple[proposals.BatchKept, ...]) -> str:
        shown = []
        for k in kept[:10]:
            shown.append(self.tr("{0}（{1}年{2}月起）").format(k.head_name, k.later_month.year, k.later_month.month)
                         if k.later_month else k.head_name)
        names = self.tr("、").join(shown)
        return names + self.tr("等") if len(kept) > 10 else names
