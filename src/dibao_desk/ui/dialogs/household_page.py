"""一户一档: one window with everything about one household, and the actions on it.

Opened from the household list (double-click or Enter) and from the other lists that name a
household. Sections are tabs so the page fits 1366×768; the integrity registers scroll."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout, QCheckBox, QDialog, QGridLayout, QHBoxLayout, QLabel, QMenu, QPushButton, QScrollArea, QTabWidget,
    QVBoxLayout, QWidget,
)

from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import RuleError
from dibao_desk.domain.procedure import CaseStatus
from dibao_desk.domain.registers import ComplaintStatus, WarningStatus
from dibao_desk.domain.bank_holder import HolderState, holder_of
from dibao_desk.domain.household import is_present
from dibao_desk.printing.mask import mask_account, mask_id
from dibao_desk.services import household_page
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import DayDefaults, today_of
from dibao_desk.ui.roles import allow
from dibao_desk.ui.texts import label, problem_text
from dibao_desk.ui.widgets.household_files_section import FilesSection
from dibao_desk.ui.widgets.household_sections import (
    AssistanceSection, CasesSection, IntegritySection, LedgerSection, MeansSection, MembersSection,
    ReviewsSection,
)

if TYPE_CHECKING:
    from dibao_desk.ui.widgets.eligibility_panel import EligibilityPanel

# (words on the button or menu, what it does with the household[, the roles it needs])
Action = tuple[str, Callable[[int], object]] | tuple[str, Callable[[int], object], tuple]


class HouseholdPageDialog(QDialog):
    def __init__(self, ctx: AppContext, household_id: int, parent: QWidget | None = None,
                 today: dt.date | None = None, *, edit: Callable[[int], object] | None = None,
                 actions: Sequence[Action] = (), forms: Sequence[Action] = ()):
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.today = today or today_of(parent)
        # left open past midnight: the page reads the new day on the refresh the change brings
        self.day_defaults = DayDefaults(self, self._new_day)
        self.page: household_page.HouseholdPage | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.marks = QLabel()
        self.marks.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.marks.setWordWrap(True)
        self.reveal = QCheckBox(self.tr("显示完整的身份证号和银行账号"))
        self.reveal.toggled.connect(self._show)
        head = QGridLayout()
        head.addWidget(self.heading, 0, 0)
        head.addWidget(self.reveal, 0, 1, Qt.AlignmentFlag.AlignRight)
        head.addWidget(self.facts, 1, 0, 1, 2)
        head.addWidget(self.marks, 2, 0, 1, 2)
        head.setColumnStretch(0, 1)

        self.members = MembersSection()
        self.means = MeansSection()
        self.ledger = LedgerSection()
        self.cases = CasesSection()
        self.reviews = ReviewsSection()
        self.assistance = AssistanceSection()
        self.integrity = IntegritySection()
        self.files = FilesSection(ctx)
        self.files.changed.connect(self._files_changed)
        integrity_scroll = QScrollArea()
        integrity_scroll.setWidgetResizable(True)
        integrity_scroll.setWidget(self.integrity)
        self.tabs = QTabWidget()
        self.tab_titles: dict[str, str] = {}
        for key, widget, title in (("members", self.members, self.tr("家庭成员")),
                                   ("means", self.means, self.tr("收入与财产")),
                                   ("ledger", self.ledger, self.tr("待遇与台账")),
                                   ("cases", self.cases, self.tr("审批记录")),
                                   ("reviews", self.reviews, self.tr("复核")),
                                   ("assistance", self.assistance, self.tr("联动救助")),
                                   ("integrity", integrity_scroll, self.tr("诚信与监督")),
                                   ("files", self.files, self.tr("档案材料"))):
            widget.setObjectName(key)
            self.tabs.addTab(widget, title)
            self.tab_titles[key] = title
        self.benefit_panel = _eligibility_panel(ctx, self)
        ledger_layout = self.ledger.layout()
        if self.benefit_panel is not None and isinstance(ledger_layout, QBoxLayout):
            ledger_layout.insertWidget(1, self.benefit_panel, 2)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("修改家庭信息…"))
        self.edit_button.setObjectName("edit")
        self.edit_button.setEnabled(edit is not None)
        if edit is not None:
            self.edit_button.clicked.connect(lambda: edit(self.household_id))
        buttons.addWidget(self.edit_button)
        self.action_menu = QMenu(self)
        for title, fn, *roles in actions:
            action = self.action_menu.addAction(title)
            action.triggered.connect(lambda _=False, f=fn: f(self.household_id))
            if roles:
                allow(ctx, action, *roles[0])
        self.action_button = QPushButton(self.tr("办理"))
        self.action_button.setObjectName("actions")
        self.action_button.setMenu(self.action_menu)
        self.action_button.setEnabled(bool(actions))
        buttons.addWidget(self.action_button)
        self.print_menu = QMenu(self)
        for title, fn, *_roles in forms:
            self.print_menu.addAction(title).triggered.connect(lambda _=False, f=fn: f(self.household_id))
        self.print_button = QPushButton(self.tr("打印本户表格"))
        self.print_button.setObjectName("print")
        self.print_button.setMenu(self.print_menu)
        self.print_button.setEnabled(bool(forms))
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(buttons)
        self.resize(1120, 640)  # fits 1366×768 with a taskbar
        self.reload()

    def _new_day(self, day: dt.date) -> None:
        self.today = day

    def reload(self) -> None:
        """Read the page again (after an action on the household, or any change to the store)."""
        try:
            self.page = household_page.page(self.ctx.uow(), self.household_id, self.today)
        except RuleError as exc:  # the household was deleted meanwhile
            self.page = None
            self.heading.setText(self.tr("找不到这一户"))
            self.facts.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self._show()

    def _files_changed(self) -> None:
        self.reload()

    def _holder_line(self, draft, reveal: bool) -> str:
        """开户人, when the account is not the head's: who the bank pays, or that the holder has left."""
        if not draft.bank_holder_id_number:
            return ""
        heads = [m for m in draft.members if m.relation == "head"]
        head = next((m for m in heads if is_present(m.person_status)), heads[0] if heads else None)
        found = holder_of(draft.bank_holder_id_number, head.name if head else "", head.id_number if head else "",
                          [(m.name, m.id_number, m.person_status) for m in draft.members])
        if found.state is HolderState.HEAD:
            return ""
        relation = next((label("relation", m.relation) for m in draft.members if m.id_number == found.id_number), "")
        if found.state is HolderState.MEMBER:
            return self.tr("开户人：{0}（{1}，非户主本人）：造册和银行文件按开户人姓名发放").format(found.name, relation)
        number = found.recorded if reveal else mask_id(found.recorded)
        who = found.name if found.state is HolderState.LEFT else self.tr("身份证号 {0}").format(number)
        return self.tr("开户人：{0} 已不在本户：审核造册时将被拒绝，请在家庭信息中重新选择开户人并更正银行账号").format(who)

    def _show(self) -> None:
        p = self.page
        if p is None:
            return
        reveal = self.reveal.isChecked()
        d = p.detail
        draft = d.draft
        self.setWindowTitle(self.tr("一户一档 — {0}（户编号 {1}）").format(p.head_name, d.id))
        self.heading.setText(self.tr("{0} 家 · {1} · 户编号 {2}").format(p.head_name, d.village, d.id))
        account = draft.bank_account if reveal else mask_account(draft.bank_account)
        benefit = (self.tr("{0}，{1}，月保障金 {2} 元").format(label("status", d.status), label("category", d.category),
                                                         fen_to_yuan(d.monthly_benefit_fen))
                   if d.category else label("status", d.status))
        lines = [
            self.tr("户籍：{0}　住址：{1}　电话：{2}").format(label("hukou_type", draft.hukou_type),
                                                    draft.address or self.tr("未填"), draft.phone or self.tr("未填")),
            self.tr("状态：{0}　家庭人口 {1} 人，保障 {2} 人　月人均收入 {3} 元").format(
                benefit, d.income.persons, d.income.covered_persons,  # the members living in it
                fen_to_yuan(d.income.per_capita_fen)),
            self.tr("开户银行：{0}　账号：{1}　低保证：{2}").format(draft.bank_name or self.tr("未填"),
                                                        account or self.tr("未填"), p.certificate or self.tr("无")),
            self.tr("主要致贫原因：{0}{1}").format(
                label("poverty_cause", draft.poverty_cause) if draft.poverty_cause else self.tr("未填"),
                self.tr("　三无人员户") if draft.sanwu else ""),
        ]
        holder = self._holder_line(draft, reveal)
        if holder:
            lines.insert(3, holder)
        if draft.note:
            lines.append(self.tr("备注：{0}").format(draft.note))
        self.facts.setText("\n".join(lines))
        marks = []
        if p.filings:
            marks.append(self.tr("【备案】{0}").format("、".join(f"{f.member_name}（{f.staff_name}）" for f in p.filings)))
        open_complaints = sum(1 for c in p.complaints if c.status == ComplaintStatus.OPEN)
        if open_complaints:
            marks.append(self.tr("待答复举报 {0} 件").format(open_complaints))
        open_warnings = sum(1 for w in p.warnings if w.status == WarningStatus.OPEN)
        if open_warnings:
            marks.append(self.tr("待答复预警 {0} 条").format(open_warnings))
        open_cases = [c for c in p.cases if c.info.status == CaseStatus.OPEN]
        if open_cases:
            marks.append(self.tr("有办理中的{0}").format(label("case_kind", open_cases[0].info.kind)))
        self.marks.setText("　".join(marks))
        self.marks.setVisible(bool(marks))
        self.members.show_page(p, reveal)
        self.means.show_page(p)
        self.ledger.show_page(p)
        if self.benefit_panel is not None:
            self.benefit_panel.show_household(d.id)
        self.cases.show_page(p)
        self.reviews.show_page(p, self.today)
        self.assistance.show_page(p)
        self.integrity.show_page(p, reveal, self.today)
        self.files.show_page(p)
        counts = {"cases": len(p.cases), "reviews": len(p.reviews), "assistance": len(p.assistance),
                  "integrity": len(p.filings) + len(p.complaints) + len(p.warnings) + len(p.events)
                  + len(p.declarations), "files": len(p.files)}
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            key = tab.objectName() if tab is not None else ""
            base = self.tab_titles[key]
            self.tabs.setTabText(i, self.tr("{0}（{1}）").format(base, counts[key]) if counts.get(key) else base)


def _eligibility_panel(ctx: AppContext, parent: QWidget) -> EligibilityPanel | None:
    try:
        from dibao_desk.ui.widgets.eligibility_panel import EligibilityPanel
    except ImportError:  # the policy feature is not installed
        return None
    return EligibilityPanel(ctx, parent)
