"""The sections of the household page (一户一档), each a read-only view of one part of
``services.household_page.HouseholdPage``. A section is built once and filled with ``show``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from dibao_desk.domain.household import is_present
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.procedure import NOTICE_STAGE
from dibao_desk.printing.mask import mask_id
from dibao_desk.services.household_page import HouseholdPage
from dibao_desk.ui.texts import label
from dibao_desk.ui.widgets.case_page import step_name
from dibao_desk.ui.widgets.column_fit import fit_column


def _day(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return f"{value:%Y-%m-%d}"


def _month(value: dt.date | None) -> str:
    return f"{value:%Y-%m}" if value else ""


class ReadTable(QTableWidget):
    """A small read-only table: headers and rows of text; money columns right-aligned."""

    def __init__(self, headers: list[str], widths: list[int] | None = None, parent: QWidget | None = None):
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        for i, w in enumerate(widths or []):
            fit_column(self, i, w)

    def set_rows(self, rows: list[tuple], right: tuple[int, ...] = ()) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setToolTip(item.text())
                if c in right:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)
        for c in range(self.columnCount() - 1):  # short words that are longer in English stay whole
            self.setColumnWidth(c, max(self.columnWidth(c), min(self.sizeHintForColumn(c), 200)))

    def texts(self) -> list[list[str]]:
        return [[item.text() if (item := self.item(r, c)) else "" for c in range(self.columnCount())]
                for r in range(self.rowCount())]


def _box(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    lay = QVBoxLayout(box)
    lay.setContentsMargins(6, 6, 6, 6)
    lay.addWidget(widget)
    return box


class MembersSection(QWidget):
    """家庭成员: name, ID number (masked unless asked), relation, disability, illness, work capacity."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = ReadTable([self.tr("姓名"), self.tr("身份证号"), self.tr("与户主关系"), self.tr("残疾等级"),
                                self.tr("重病"), self.tr("劳动能力"), self.tr("就业状况"), self.tr("保障"),
                                self.tr("生活自理"), self.tr("健康状况"), self.tr("人员状态"), self.tr("备注")],
                               [80, 160, 80, 70, 50, 100, 90, 60, 65, 65, 70])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)

    def show_page(self, page: HouseholdPage, reveal: bool) -> None:
        rows = []
        for m in page.detail.draft.members:
            rows.append((m.name, m.id_number if reveal else mask_id(m.id_number), label("relation", m.relation),
                         label("disability_grade", m.disability_grade),
                         (self.tr("是") + (f"（{m.illness_note}）" if m.illness_note else "")) if m.serious_illness else "",
                         label("work_capacity", m.work_capacity), label("employment", m.employment),
                         (self.tr("纳入") if m.covered else self.tr("不纳入")) if is_present(m.person_status)
                         else self.tr("不再计入"),
                         label("self_care", m.self_care) if m.self_care else "",
                         label("health", m.health) if m.health else "",
                         label("person_status", m.person_status) + (f"（{m.status_on.isoformat()}）"
                                                                    if m.status_on else ""),
                         m.not_covered_reason))
        self.table.set_rows(rows)


class MeansSection(QWidget):
    """收入与财产: monthly incomes by kind (and the year's figure), property, supporters and their duty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.incomes = ReadTable([self.tr("收入类别"), self.tr("成员"), self.tr("月收入（元）"), self.tr("年收入（元）"),
                                  self.tr("备注")], [130, 80, 100, 100])
        self.properties = ReadTable([self.tr("财产类别"), self.tr("价值（元）"), self.tr("面积（㎡）"), self.tr("数量"),
                                     self.tr("备注")], [110, 100, 80, 60])
        self.supporters = ReadTable([self.tr("姓名"), self.tr("关系"), self.tr("义务"), self.tr("家庭人口"),
                                     self.tr("家庭月收入（元）"), self.tr("每月给付（元）"), self.tr("备注")],
                                    [80, 70, 60, 70, 120, 110])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.summary)
        lay.addWidget(_box(self.tr("家庭收入（按月计算）"), self.incomes), 3)
        lay.addWidget(_box(self.tr("家庭财产"), self.properties), 2)
        lay.addWidget(_box(self.tr("赡养（抚养、扶养）义务人"), self.supporters), 2)

    def show_page(self, page: HouseholdPage) -> None:
        d = page.detail
        members = d.draft.members
        inc = d.income  # as eligibility counts it: the deduction the policy allows
        text = self.tr("月收入合计 {0} 元（年 {1} 元），月人均收入 {2} 元；就业成本扣减每月 {3} 元").format(
            fen_to_yuan(inc.total_fen), fen_to_yuan(inc.total_fen * 12), fen_to_yuan(inc.per_capita_fen),
            fen_to_yuan(inc.deduction_fen))
        declared = d.draft.employment_deduction_fen
        if declared != inc.deduction_fen:
            text += self.tr("（申报 {0} 元，按政策扣减 {1} 元）").format(fen_to_yuan(declared), fen_to_yuan(inc.deduction_fen))
        self.summary.setText(text)
        self.incomes.set_rows([
            (label("income_kind", i.kind),
             members[i.member_index].name if i.member_index is not None and i.member_index < len(members) else "",
             fen_to_yuan(i.amount_fen), fen_to_yuan(i.amount_fen * 12), i.note) for i in d.draft.incomes], right=(2, 3))
        self.properties.set_rows([
            (label("property_kind", p.kind), fen_to_yuan(p.value_fen),
             f"{p.area_m2_x100 / 100:.2f}" if p.area_m2_x100 else "", p.quantity, p.note)
            for p in d.draft.properties], right=(1, 2, 3))
        self.supporters.set_rows([
            (s.name, s.relation, label("duty", s.duty), s.household_size, fen_to_yuan(s.household_income_fen),
             fen_to_yuan(s.support_paid_fen), s.note) for s in d.draft.supporters], right=(3, 4, 5))


class LedgerSection(QWidget):
    """保障金台账: the months (newest first) with the decision that set each, and 补发/追回."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.months = ReadTable([self.tr("月份"), self.tr("状态"), self.tr("类别"), self.tr("保障人数"),
                                 self.tr("月保障金（元）"), self.tr("其中加发（元）"), self.tr("依据"), self.tr("已发放")],
                                [70, 60, 60, 70, 110, 100, 200])
        self.adjustments = ReadTable([self.tr("记入月份"), self.tr("类别"), self.tr("金额（元）"), self.tr("所涉月份"),
                                      self.tr("依据")], [80, 60, 100, 150])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.summary)
        lay.addWidget(_box(self.tr("逐月台账"), self.months), 3)
        lay.addWidget(_box(self.tr("补发与追回"), self.adjustments), 1)

    def show_page(self, page: HouseholdPage) -> None:
        d = page.detail
        book = page.ledger
        self.summary.setText(self.tr("状态：{0}；类别：{1}；月保障金 {2} 元；起始 {3}").format(
            label("status", d.status), label("category", d.category) or self.tr("无"),
            fen_to_yuan(d.monthly_benefit_fen), _month(d.benefit_start) or self.tr("无")))

        def basis(dec) -> str:
            return self.tr("{0}，{1} 决定").format(label("decision_kind", dec.kind), _day(dec.decided_on))

        self.months.set_rows([
            (_month(m.month), label("ledger_status", m.status), label("category", m.category), m.covered,
             fen_to_yuan(m.amount_fen), fen_to_yuan(m.supplement_fen), basis(m.decision),
             self.tr("是") if m.paid else "") for m in reversed(book.months)], right=(3, 4, 5))
        self.adjustments.set_rows([
            (_month(a.month), label("adjustment_kind", a.kind), fen_to_yuan(a.amount_fen),
             f"{_month(a.first_month)} — {_month(a.last_month)}", basis(a.decision)) for a in book.adjustments],
            right=(2,))


class CasesSection(QWidget):
    """审批记录: each application, change or cancellation with every step and its date; proposals."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.steps = ReadTable([self.tr("申请"), self.tr("步骤"), self.tr("开始"), self.tr("完成"), self.tr("经办人"),
                                self.tr("结果"), self.tr("说明")], [250, 110, 85, 85, 80, 90])
        self.proposals = ReadTable([self.tr("编号"), self.tr("建议"), self.tr("起始月份"), self.tr("提出日期"),
                                    self.tr("状态"), self.tr("理由")], [50, 100, 80, 90, 70])
        # the household as each case was granted or refused (kept with the case when it was decided)
        self.decided_case = QComboBox()
        self.decided_case.setObjectName("decided_case")
        self.decided_case.currentIndexChanged.connect(self._show_decided)
        self.decided = QPlainTextEdit()
        self.decided.setObjectName("decided")
        self.decided.setReadOnly(True)
        decided = QWidget()
        dl = QVBoxLayout(decided)
        dl.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("案件")))
        pick.addWidget(self.decided_case, 1)
        dl.addLayout(pick)
        dl.addWidget(self.decided)
        self.steps.itemSelectionChanged.connect(self._follow_selection)
        self._row_case: list[int] = []
        self._snapshots: dict[int, dict] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(_box(self.tr("申请、变更、取消及各步骤"), self.steps), 3)
        lay.addWidget(_box(self.tr("决定时的家庭情况（批准或不予通过时留存，之后修改家庭信息不影响）"), decided), 2)
        lay.addWidget(_box(self.tr("变更建议"), self.proposals), 1)

    def _follow_selection(self) -> None:
        rows = self.steps.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self._row_case):
            index = self.decided_case.findData(self._row_case[rows[0].row()])
            if index >= 0:
                self.decided_case.setCurrentIndex(index)

    def _show_decided(self) -> None:
        from dibao_desk.messages.procedure import decided_lines

        snap = self._snapshots.get(self.decided_case.currentData(), {})
        self.decided.setPlainText("\n".join(decided_lines(snap)) if snap else
                                  self.tr("该户还没有已批准或不予通过的案件。"))

    def show_page(self, page: HouseholdPage) -> None:
        self._snapshots = {c.info.id: c.info.decided for c in page.cases if c.info.decided}
        self.decided_case.blockSignals(True)
        self.decided_case.clear()
        for c in page.cases:
            if c.info.decided:
                self.decided_case.addItem(self.tr("{0} 第 {1} 号（{2}）").format(
                    label("case_kind", c.info.kind), c.info.id, label("case_status", c.info.status)), c.info.id)
        self.decided_case.blockSignals(False)
        self._show_decided()
        self._row_case = []
        rows = []
        for c in page.cases:
            title = self.tr("{0} 第 {1} 号（{2}，{3}）").format(label("case_kind", c.info.kind), c.info.id,
                                                             _day(c.info.opened_on), label("case_status", c.info.status))
            if not c.steps:
                rows.append((title, "", "", "", "", "", c.info.reason))
                self._row_case.append(c.info.id)
            for i, r in enumerate(c.steps):
                self._row_case.append(c.info.id)
                result = label("step_result", r.result) if r.result else (
                    "" if not r.started_on else self.tr("公示中") if r.step in NOTICE_STAGE else self.tr("评议中"))
                if not r.active:
                    result += self.tr("（已作废）")
                rows.append((title if i == 0 else "", step_name(c.info.kind, r.step), _day(r.started_on),
                             _day(r.done_on), r.person, result, r.notes))
            if c.refused_reason:
                rows.append(("", self.tr("未通过理由"), "", _day(c.closed_on), "", "", c.refused_reason))
                self._row_case.append(c.info.id)
            withdrawal = c.info.decided.get("withdrawal") if c.info.decided else None
            if withdrawal:
                rows.append(("", self.tr("申请人撤回"), "", _day(c.closed_on), withdrawal.get("person", ""),
                             label("case_status", c.info.status), withdrawal.get("request", "")))
                self._row_case.append(c.info.id)
        self.steps.set_rows(rows)
        self.proposals.set_rows([
            (p.id, label("proposal_kind", p.kind), _month(p.effective_month), _day(p.opened_on),
             label("proposal_status", p.status), p.reason) for p in page.proposals])


class ReviewsSection(QWidget):
    """复核: the next review due and the reviews done."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.due = QLabel()
        self.done = ReadTable([self.tr("复核日期"), self.tr("入户人"), self.tr("结论"), self.tr("调整前"),
                               self.tr("调整后"), self.tr("生效月份"), self.tr("情况与理由")], [90, 80, 80, 110, 110, 80])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.due)
        lay.addWidget(_box(self.tr("已做的复核"), self.done))

    def show_page(self, page: HouseholdPage, today: dt.date) -> None:
        s = page.schedule
        if s is None:
            self.due.setText(self.tr("下次复核：未排定（不在保的家庭不排复核）"))
        else:
            late = self.tr("（已逾期）") if s.due_date < today else ""
            if s.months:
                self.due.setText(self.tr("下次复核：{0}{1}，按“{2}”每 {3} 个月").format(
                    _day(s.due_date), late, label("review_rule", s.rule), s.months))
            else:  # due at once (an event), before a 渐退 ends, or a first review: no cycle to name
                self.due.setText(self.tr("下次复核：{0}{1}，因“{2}”").format(
                    _day(s.due_date), late, label("review_rule", s.rule)))

        def money(category: str, fen: int) -> str:
            return f"{label('category', category)} {fen_to_yuan(fen)}"

        self.done.set_rows([
            (_day(r.review_date), r.visitor, label("review_outcome", r.outcome), money(r.before_category, r.before_fen),
             money(r.after_category, r.after_fen), _month(r.effective_month),
             "；".join(x for x in (r.findings, label("review_reason", r.reason)) if x)) for r in page.reviews])


class AssistanceSection(QWidget):
    """联动救助 (1+X): what else the household receives, in the words and figures of the
    联动救助 dialog (ui/dialogs/assistance_dialog.py) and the CLI: a 0 amount reads 0.00."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = ReadTable([self.tr("日期"), self.tr("类别"), self.tr("金额（元）"), self.tr("对象"),
                                self.tr("给予单位"), self.tr("说明")], [90, 120, 90, 80, 120])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)

    def show_page(self, page: HouseholdPage) -> None:
        self.table.set_rows([
            (_day(a.given_on), label("assistance_kind", a.kind), fen_to_yuan(a.amount_fen),
             a.member_name or self.tr("全户"), a.giver, a.note) for a in page.assistance], right=(2,))


class IntegritySection(QWidget):
    """诚信档案: the registers that name the household."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.filings = ReadTable([self.tr("成员"), self.tr("身份证号"), self.tr("备案人"), self.tr("备案人身份"),
                                  self.tr("关系")], [80, 160, 80, 100])
        self.complaints = ReadTable([self.tr("收到日期"), self.tr("渠道"), self.tr("期限"), self.tr("状态"),
                                     self.tr("结论"), self.tr("内容")], [90, 70, 90, 130, 70])
        self.warnings = ReadTable([self.tr("预警"), self.tr("姓名"), self.tr("比对日期"), self.tr("答复期限"),
                                   self.tr("状态"), self.tr("内容")], [110, 70, 90, 90, 70])
        self.events = ReadTable([self.tr("日期"), self.tr("变故"), self.tr("已复核"), self.tr("说明")], [90, 90, 60])
        self.declarations = ReadTable([self.tr("查实日期"), self.tr("姓名"), self.tr("处理"), self.tr("可再申请日期"),
                                       self.tr("虚报内容")], [90, 70, 80, 100])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for title, table in ((self.tr("近亲属备案"), self.filings), (self.tr("举报"), self.complaints),
                             (self.tr("比对预警"), self.warnings), (self.tr("家庭变故"), self.events),
                             (self.tr("诚信档案（虚报、隐瞒）"), self.declarations)):
            box = _box(title, table)
            box.setObjectName(title)
            table.setMinimumHeight(70)
            lay.addWidget(box)

    def show_page(self, page: HouseholdPage, reveal: bool, today: dt.date) -> None:
        self.filings.set_rows([
            (f.member_name, f.member_id_number if reveal else mask_id(f.member_id_number), f.staff_name,
             label("staff_role", f.role), label("kin_relation", f.relation)) for f in page.filings])
        self.complaints.set_rows([
            (_day(c.received_on), label("complaint_channel", c.channel),
             _day(c.due_on) + (self.tr("（已超期）") if c.overdue_on(today) else ""),
             label("complaint_status", c.status) + (
                 self.tr("（逾期 {0} 天）").format(c.days_late()) if c.days_late() else ""),
             label("complaint_finding", c.finding) if c.finding else "",
             c.description) for c in page.complaints])
        self.warnings.set_rows([
            (label("warning_kind", w.kind), w.name, _day(w.checked_on), _day(w.answer_by),
             label("warning_status", w.status), w.detail) for w in page.warnings])
        self.events.set_rows([
            (_day(e.on), label("event_kind", e.kind), self.tr("是") if e.resolved else "", e.detail)
            for e in page.events])
        self.declarations.set_rows([
            (_day(d.found_on), d.name, label("declaration_outcome", d.outcome), _day(d.bar_ends), d.what)
            for d in page.declarations])
