"""One case: the steps of its flow as a timeline, what it waits for, and the next action."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from dibao_desk.domain import procedure as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.procedure import CaseKind, CaseStatus, StepResult
from dibao_desk.domain.procedure_steps import (
    CountyDecisionData, DemocraticReviewData, GrantData, HomeVisitData, TownshipReviewData,
)
from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.tablemodels.cases import waiting_text
from dibao_desk.ui.texts import label, yuan

DONE, CURRENT, REFUSED, PENDING = "done", "current", "refused", "pending"
MARKS = {DONE: ("✔", "#1b5e20"), CURRENT: ("▶", "#0d47a1"), REFUSED: ("✖", "#b00020"), PENDING: ("○", "#9e9e9e")}


def step_name(kind: str, step: int) -> str:
    special = label(f"step_{kind}", step) if kind != CaseKind.NEW else str(step)
    return special if special != str(step) else label("step", step)


def notice_end(start: dt.date, end: dt.date) -> str:
    """A notice's last day beside its first (shown with its year): the year again only when the
    notice runs into the next one (2026-12-28 至 2027-01-04; 2026-11-07 至 11-14)."""
    return end.strftime("%m-%d" if end.year == start.year else "%Y-%m-%d")


class CasePage(QWidget):
    """Shows a case; its buttons ask the window to run the next action or refuse."""

    action_requested = Signal(int, int)  # case id, step
    refuse_requested = Signal(int, int)  # case id, step
    withdraw_requested = Signal(int)  # case id: the household withdrew it in writing
    return_review_requested = Signal(int)  # case id: the township sends it back to its review
    shown = Signal()  # a case (or none) was shown: its buttons say what the account may do

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: AppContext | None = None  # the cases view sets it: the account decides what it may record
        self.detail: procedure.CaseDetail | None = None
        self.title = QLabel(self.tr("请在左侧选择一件案件"))
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.waiting = QLabel()
        self.waiting.setStyleSheet("font-weight: bold; color: #0d47a1;")
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        self.refuse_button = QPushButton(self.tr("不予通过…"))
        self.refuse_button.clicked.connect(self._refuse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.refuse_button)
        self.withdraw_button = QPushButton(self.tr("申请人撤回…"))
        self.withdraw_button.setObjectName("withdraw")
        self.withdraw_button.clicked.connect(self._withdraw)
        buttons.addWidget(self.withdraw_button)
        self.return_review_button = QPushButton(self.tr("退回乡镇审核…"))
        self.return_review_button.setObjectName("return_review")
        self.return_review_button.setToolTip(self.tr("乡镇审核有误（如拟定类别或金额）：退回重新审核，之后重新张贴二榜公示"))
        self.return_review_button.clicked.connect(self._return_review)
        buttons.addWidget(self.return_review_button)
        buttons.addStretch(1)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self._new_timeline()
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.waiting)
        layout.addLayout(buttons)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.history)
        self.show_case(None)

    def _new_timeline(self) -> None:
        """A fresh timeline widget; the scroll area deletes the old one at once."""
        self.timeline = QWidget()
        self.grid = QGridLayout(self.timeline)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.scroll_area.setWidget(self.timeline)

    # ---------------------------------------------------------------------------
    def show_case(self, detail: procedure.CaseDetail | None) -> None:
        self._show_case(detail)
        self.shown.emit()

    def _show_case(self, detail: procedure.CaseDetail | None) -> None:
        self.detail = detail
        self._new_timeline()
        if detail is None:
            self.title.setText(self.tr("请在左侧选择一件案件"))
            self.subtitle.clear()
            self.waiting.clear()
            self.history.clear()
            self.next_button.hide()
            self.refuse_button.hide()
            self.withdraw_button.hide()
            self.return_review_button.hide()
            return
        info = detail.info
        self.title.setText(self.tr("{kind}　{village}　户主 {head}　（案件 {id}）").format(
            kind=label("case_kind", info.kind), village=detail.village, head=detail.head_name, id=info.id)
            + (self.tr("　【备案】") if detail.filings else ""))
        lines = [self.tr("受理日期 {d}　状态：{s}　保障人数 {n}").format(
            d=f"{info.opened_on:%Y-%m-%d}", s=label("case_status", info.status), n=detail.covered_count)]
        if info.reason:
            lines.append(self.tr("事由：{r}").format(r=info.reason))
        if info.kind != CaseKind.NEW and (info.before or info.after):
            lines.append(self.tr("变更前：{b}　变更后：{a}").format(b=self._values(info.before),
                                                                   a=self._values(info.after)))
        if detail.household_status == HouseholdStatus.RECEIVING and info.status == CaseStatus.DONE:
            lines.append(self.tr("在保：{c}，月保障金 {m} 元").format(
                c=label("category", detail.category), m=yuan(detail.monthly_benefit_fen)))
        if detail.refused_reason:
            lines.append(self.tr("未通过理由：{r}").format(r=detail.refused_reason))
        withdrawal = (info.decided or {}).get("withdrawal") if info.status == CaseStatus.WITHDRAWN else None
        if withdrawal:
            lines.append(self.tr("申请人于 {on} 撤回（经办人 {person}）：{request}").format(
                on=withdrawal.get("on", ""), person=withdrawal.get("person", ""),
                request=withdrawal.get("request", "")))
        if detail.special is not None:
            lines.append(self.special_text(detail.special))
        for mark in detail.filings:
            lines.append(self.tr("【备案】本户成员 {member} 是{role} {staff} 的{relation}，须从严审核；{staff} 应回避，"
                                 "不能经办、审批本案").format(
                member=mark.member_name, role=label("staff_role", mark.role), staff=mark.staff_name,
                relation=label("kin_relation", mark.relation)))
        self.subtitle.setText("\n".join(lines))
        self.waiting.setText(waiting_text(detail.waiting))
        self._fill_timeline(detail)
        self._fill_history(detail)
        step = detail.next_step
        review = detail.current.get(rules.TOWNSHIP_REVIEW)
        returnable = step in rules.RETURN_REVIEW_FROM and review is not None and review.done_on is not None
        self.return_review_button.setVisible(returnable)
        if step is None:
            self.next_button.hide()
            self.refuse_button.hide()
            self.withdraw_button.hide()
            return
        self.next_button.show()
        self.refuse_button.show()
        self.withdraw_button.show()
        action = detail.waiting.action
        name = step_name(info.kind, step)
        if action == "start_notice":
            text = self.tr("张贴{0}…").format(name)
        elif action in ("notice_running", "objections"):
            text = self.tr("{0}：登记或处理异议…").format(name)
        elif action == "close_notice":
            text = self.tr("结束{0}…").format(name)
        elif step == rules.COUNTY_DECISION:
            text = self.tr("登记县局审批结果…")
        else:
            text = self.tr("办理：{0}…").format(name)
        self.next_button.setText(text)
        ctx = self.ctx
        if ctx is not None:
            from dibao_desk.ui.roles import allow, refuse_blocked, step_role

            allow(ctx, self.next_button, step_role(step))
            allow(ctx, self.refuse_button, step_role(step))
            blocked = refuse_blocked(detail)
            if blocked:  # past the county's approval: no role may refuse it
                self.refuse_button.setEnabled(False)
                self.refuse_button.setToolTip(blocked)
            allow(ctx, self.withdraw_button, Role.CLERK)  # the 经办人 takes the written request
            allow(ctx, self.return_review_button, step_role(rules.TOWNSHIP_REVIEW))  # 乡镇审核's role

    def _values(self, values: dict) -> str:
        parts = []
        if "category" in values:
            parts.append(label("category", values["category"]) or "—")
        if "monthly_benefit_fen" in values:
            parts.append(self.tr("{0} 元/月").format(yuan(int(values["monthly_benefit_fen"] or 0))))
        if "covered_count" in values:
            parts.append(self.tr("{0} 人").format(values["covered_count"]))
        return "，".join(parts) or "—"

    def _fill_timeline(self, detail: procedure.CaseDetail) -> None:
        headers = (self.tr("步骤"), self.tr("日期"), self.tr("负责人"), self.tr("结果"), self.tr("说明"))
        for col, text in enumerate(headers):
            h = QLabel(text)
            h.setStyleSheet("color: #555; font-weight: bold;")
            self.grid.addWidget(h, 0, col + 1)
        for row, step in enumerate(detail.flow, start=1):
            rec = detail.current.get(step)
            state = PENDING
            if rec is not None and rec.result == StepResult.REFUSED:
                state = REFUSED
            elif rec is not None and rec.done_on is not None:
                state = DONE
            elif step == detail.next_step:
                state = CURRENT
            mark, color = MARKS[state]
            marker = QLabel(mark)
            marker.setStyleSheet(f"color: {color}; font-size: 16px;")
            marker.setAlignment(Qt.AlignmentFlag.AlignCenter)
            marker.setObjectName(f"mark{step}")
            marker.setProperty("state", state)
            name = QLabel(f"{step}. {step_name(detail.info.kind, step)}")
            name.setStyleSheet(f"color: {color};" + (" font-weight: bold;" if state == CURRENT else ""))
            date_text, person, result, note = "", "", "", ""
            if rec is not None:
                if step in rules.NOTICE_STAGE and rec.started_on and rec.window_end:
                    date_text = self.tr("{0} 至 {1}").format(f"{rec.started_on:%Y-%m-%d}",
                                                            notice_end(rec.started_on, rec.window_end))
                elif rec.done_on or rec.started_on:  # a democratic review opened: the day it was opened
                    date_text = f"{rec.done_on or rec.started_on:%Y-%m-%d}"
                person = rec.person
                result = label("step_result", rec.result) if rec.result else (
                    self.tr("公示中") if step in rules.NOTICE_STAGE else self.tr("评议中"))
                note = self._note(step, rec, detail)
            for col, widget in enumerate((marker, name, QLabel(date_text), QLabel(person), QLabel(result))):
                self.grid.addWidget(widget, row, col)
            note_label = QLabel(note)
            note_label.setWordWrap(True)
            note_label.setStyleSheet("color: #444;")
            self.grid.addWidget(note_label, row, 5)
        self.grid.setColumnStretch(5, 1)
        self.grid.setRowStretch(len(detail.flow) + 1, 1)

    def _note(self, step: int, rec: procedure.StepInfo, detail: procedure.CaseDetail) -> str:
        d = rec.fields  # the step's own fields, typed (domain.procedure_steps)
        parts = []
        if isinstance(d, HomeVisitData) and rec.done_on:
            parts.append(self.tr("调查人、申请人均已签字") if d.both_signed else "")
        if isinstance(d, DemocraticReviewData):
            parts.append(self.tr("{place}，{att}").format(place=d.place, att=d.attendees))
            failed = [i for i in detail.review_items if i.objection]
            if failed:
                parts.append(self.tr("异议：") + "；".join(f"{i.label}（{i.objection}）" for i in failed))
        if step in rules.NOTICE_STAGE:
            objections = [o for o in detail.objections if o.step == step]
            if objections:
                open_n = sum(1 for o in objections if not o.resolved)
                parts.append(self.tr("异议 {n} 件，未处理 {o} 件").format(n=len(objections), o=open_n))
        if isinstance(d, CountyDecisionData) and rec.done_on:
            parts.append(self.tr("入户抽查") if d.sampled else self.tr("未抽查"))
            if d.special_case is not None:
                parts.append(self.tr("特殊情况（{k}）集体讨论批准").format(k=label("special_case", d.special_case.kind)))
        if isinstance(d, TownshipReviewData) and d.category:
            parts.append(self.tr("拟定{c}，{m} 元/月").format(c=label("category", d.category),
                                                            m=yuan(d.monthly_fen or 0)))
        if isinstance(d, GrantData) and rec.done_on:
            month = f"{d.start_month:%Y-%m}" if d.start_month else ""
            if detail.info.kind == CaseKind.CANCEL:
                parts.append(self.tr("自 {m} 起停发").format(m=month))
            else:
                parts.append(self.tr("自 {m} 起，{c}，{a} 元/月").format(
                    m=month, c=label("category", d.category), a=yuan(d.monthly_fen or 0)))
        if rec.notes:
            parts.append(rec.notes)
        return "　".join(p for p in parts if p)

    def special_text(self, d) -> str:
        """The mark of a special case approved by collective decision, with that decision."""
        return self.tr("★ 特殊情况（{k}）：不符合测算条件，经审批机关 {on} 集体讨论批准；参加人员：{who}；纪要：{m}").format(
            k=label("special_case", d.kind), on=f"{d.decided_on:%Y-%m-%d}" if d.decided_on else "",
            who=d.participants, m=d.minutes)

    def _fill_history(self, detail: procedure.CaseDetail) -> None:
        old = [s for s in detail.steps if not s.active]
        if not old:
            self.history.clear()
            return
        lines = [self.tr("此前的记录（已退回，不再有效）：")]
        for s in old:
            when = self.tr("{0} 至 {1}").format(f"{s.started_on:%Y-%m-%d}", notice_end(s.started_on, s.window_end)) \
                if s.step in rules.NOTICE_STAGE and s.started_on and s.window_end else f"{s.done_on or s.started_on or ''}"
            line = (f"{s.step}. {step_name(detail.info.kind, s.step)}　"
                    f"{when}　{s.person}　{label('step_result', s.result) if s.result else ''}")
            d = s.fields
            if isinstance(d, TownshipReviewData) and d.category:
                line += "　" + self.tr("拟定{c}，{m} 元/月").format(c=label("category", d.category),
                                                                  m=yuan(d.monthly_fen or 0))
            if isinstance(d, TownshipReviewData) and d.returned_on is not None:
                line += "　" + self.tr("{on} 退回乡镇审核：{reason}").format(
                    on=f"{d.returned_on:%Y-%m-%d}", reason=d.return_reason)
            lines.append(line)
        self.history.setText("\n".join(lines))

    def _next(self) -> None:
        # a double click on the list does what the button does, and nothing when it is greyed
        if self.detail is not None and self.detail.next_step is not None and self.next_button.isEnabled():
            self.action_requested.emit(self.detail.info.id, self.detail.next_step)

    def _return_review(self) -> None:
        if self.detail is not None and self.detail.next_step is not None:
            self.return_review_requested.emit(self.detail.info.id)

    def _withdraw(self) -> None:
        if self.detail is not None and self.detail.next_step is not None:
            self.withdraw_requested.emit(self.detail.info.id)

    def _refuse(self) -> None:
        if self.detail is not None and self.detail.next_step is not None:
            self.refuse_requested.emit(self.detail.info.id, self.detail.next_step)


__all__ = ["CasePage", "dt"]
