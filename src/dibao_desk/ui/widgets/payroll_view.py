"""造册 tab: make a roster for a month or a quarter from the ledger, see its lines and totals,
have the leader sign it (locked from then on), print it for signing, record it reported.

The view only asks the services and shows what they return; the actions module
(ui/actions/payroll.py) opens the print preview and tells the window the store changed.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.money import fen_to_yuan, yuan_to_fen
from dibao_desk.domain.payroll import PayrollStatus
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import office, payroll
from dibao_desk.services.context import AppContext
from dibao_desk.ui.tablemodels.payroll import LinesModel, RostersModel
from dibao_desk.ui.roles import allow
from dibao_desk.ui.texts import label, problem_text
from dibao_desk.ui.widgets.column_fit import fit_column


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setAlternatingRowColors(True)
    for i, c in enumerate(model.columns):
        fit_column(table, i, c.width)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PayrollView(QWidget):
    changed = Signal()  # a roster was made, signed or reported
    print_requested = Signal(int)  # a roster's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.clock: Callable[[], dt.date] = dt.date.today

        # making
        self.period_edit = QLineEdit()
        self.period_edit.setPlaceholderText(self.tr("如 2026-12 或 2026Q4"))
        self.period_edit.setMaximumWidth(110)
        self.kind_combo = QComboBox()
        for code in ("regular", "back_pay", "subsidy"):
            self.kind_combo.addItem(label("payroll_kind", code), code)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("补贴名称，如：春节慰问金"))
        self.name_edit.setMinimumWidth(140)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("金额（元）"))
        self.amount_edit.setMaximumWidth(90)
        self.basis_combo = QComboBox()
        for code in ("household", "person"):
            self.basis_combo.addItem(label("subsidy_basis", code), code)
        self.class_combo = QComboBox()  # a subsidy for one class, or all
        self.class_combo.addItem(self.tr("全部类别"), "")
        for code in ("class1", "class2", "class3"):
            self.class_combo.addItem(label("category", code), code)
        self.village_combo = QComboBox()  # a subsidy for one village (by name), or all
        self._village_ids: list[int | None] = []
        self._load_villages()
        self.make_button = QPushButton(self.tr("造册"))
        self.make_button.clicked.connect(self.make)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("期间")))
        top.addWidget(self.period_edit)
        top.addWidget(QLabel(self.tr("类型")))
        top.addWidget(self.kind_combo)
        top.addWidget(self.name_edit, 1)
        top.addWidget(self.amount_edit)
        top.addWidget(self.basis_combo)
        top.addWidget(self.class_combo)
        top.addWidget(self.village_combo)
        top.addWidget(self.make_button)

        # the rosters and the selected roster's lines
        self.rosters_model = RostersModel(self)
        self.rosters_table = _table(self.rosters_model)
        self.rosters_table.setObjectName("rosters_table")  # its column widths are remembered
        self.rosters_table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.lines_model = LinesModel(self)
        self.lines_table = _table(self.lines_model)
        self.lines_table.setObjectName("lines_table")
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.leader_edit = QLineEdit()
        self.leader_edit.setPlaceholderText(self.tr("审核的主管领导姓名"))
        self.leader_edit.setMaximumWidth(160)
        self.sign_button = QPushButton(self.tr("审核（锁定）"))
        self.sign_button.clicked.connect(self.sign)
        self.report_button = QPushButton(self.tr("已报县"))
        self.report_button.clicked.connect(self.report)
        self.print_button = QPushButton(self.tr("打印预览…"))
        self.print_button.clicked.connect(self._print)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("主管领导")))
        actions.addWidget(self.leader_edit)
        actions.addWidget(self.sign_button)
        actions.addWidget(self.report_button)
        actions.addStretch(1)
        actions.addWidget(self.print_button)

        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.totals_label)
        ll.addLayout(actions)
        ll.addWidget(self.lines_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.rosters_table)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._default_period = payroll.default_period(ctx.uow(), self.clock(), self.kind_combo.currentData())
        self.period_edit.setText(self._default_period)
        self._kind_changed()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.follow_day()

    def follow_day(self, _day: dt.date | None = None) -> None:
        """A window left open into a new month (or quarter): the proposed period moves on with
        the clock, unless the operator typed another one (on showing the tab, and when the main
        window sees the day change under it), and with the kind chosen (a 补发 roster pays what is
        owed up to now: this period as the cycle says, not the month a split quarter pays next)."""
        default = payroll.default_period(self.ctx.uow(), self.clock(), self.kind_combo.currentData())
        if default != self._default_period and self.period_edit.text().strip() == self._default_period:
            self.period_edit.setText(default)
        self._default_period = default

    # ---- state ----------------------------------------------------------------
    def today(self) -> dt.date:
        return self.clock()

    def selected(self) -> payroll.PayrollInfo | None:
        return self.rosters_model.row_at(self.rosters_table.currentIndex().row())

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.name_edit.setEnabled(kind != "regular")
        self.name_edit.setPlaceholderText(self.tr("补贴名称，如：春节慰问金") if kind == "subsidy"
                                          else self.tr("批次名（可不填）"))
        for w in (self.amount_edit, self.basis_combo, self.class_combo, self.village_combo):
            w.setEnabled(kind == "subsidy")
        if hasattr(self, "_default_period"):  # not while the tab is being built
            self.follow_day()

    def _load_villages(self) -> None:
        """The villages as they are now; the one chosen stays chosen under a new name, and
        one merged away falls back to all."""
        index = self.village_combo.currentIndex()
        current = self._village_ids[index] if 0 <= index < len(self._village_ids) else None
        rows = office.list_villages(self.ctx.uow())
        self._village_ids = [None] + [v.id for v in rows]
        self.village_combo.blockSignals(True)
        self.village_combo.clear()
        self.village_combo.addItem(self.tr("全部村（社区）"), "")
        for v in rows:
            self.village_combo.addItem(v.name, v.name)
        self.village_combo.setCurrentIndex(self._village_ids.index(current) if current in self._village_ids else 0)
        self.village_combo.blockSignals(False)

    def refresh(self, select_id: int | None = None) -> None:
        self._load_villages()  # a village renamed, merged or added since: list it as it is now
        keep = select_id if select_id is not None else getattr(self.selected(), "id", None)
        self.rosters_model.set_rows(payroll.rosters(self.ctx.uow()))
        row = next((i for i, r in enumerate(self.rosters_model.rows) if r.id == keep), 0 if keep is None else -1)
        if 0 <= row < len(self.rosters_model.rows):
            self.rosters_table.selectRow(row)
        self.show_selected()

    def show_selected(self) -> None:
        r = self.selected()
        if r is None:
            self.lines_model.set_rows([])
            self.totals_label.setText(self.tr("还没有造册。填写期间、选择类型后点“造册”。"))
            self._buttons(None)
            return
        # the same roster read again (F5, a change elsewhere): the line the person was on and
        # where the list was scrolled to stay, not back to the top of a township's 2,000 lines
        same = r.id == getattr(self, "_lines_of", None)
        line = self.lines_table.currentIndex().row() if same else -1
        scrolled = self.lines_table.verticalScrollBar().value() if same else 0
        self._lines_of = r.id
        self.lines_model.set_rows(payroll.lines(self.ctx.uow(), r.id))
        if 0 <= line < self.lines_model.rowCount():
            self.lines_table.selectRow(line)
        self.lines_table.verticalScrollBar().setValue(scrolled)
        self.totals_label.setText(self.totals_text(payroll.summary(self.ctx.uow(), r.id)))
        self._buttons(r)

    def _buttons(self, r: payroll.PayrollInfo | None) -> None:
        signable = r is not None and r.status == PayrollStatus.DRAFT and r.blocked is None
        self.sign_button.setEnabled(signable)
        self.leader_edit.setEnabled(signable)
        self.report_button.setEnabled(r is not None and r.status == PayrollStatus.REVIEWED)
        self.print_button.setEnabled(r is not None)

    def totals_text(self, s: payroll.PayrollSummary) -> str:
        r = s.roster
        head = self.tr("{0} {1}造册（{2}）：{3} 户，{4} 人，{5} 元；其中补差 {6} 元，分类施保/加发 {7} 元，"
                       "补发 {8} 元，追回 {9} 元").format(
            r.period, label("payroll_kind", r.kind.value), label("payroll_status", r.status.value),
            f"{r.households:,}", f"{r.persons:,}", fen_to_yuan(r.total_fen), fen_to_yuan(r.benefit_fen),
            fen_to_yuan(r.supplement_fen), fen_to_yuan(r.back_pay_fen), fen_to_yuan(r.recovery_fen))
        parts = [head]
        if r.subsidy_total_fen:
            parts.append(self.tr("专项补贴 {0} 元").format(fen_to_yuan(r.subsidy_total_fen)))
        if s.zero_lines:
            parts.append(self.tr("另列不发放 {0} 行（不计入合计）").format(s.zero_lines))
        if s.no_account:
            parts.append(self.tr("{0} 行没有银行账号").format(s.no_account))
        comma = self.tr("，")
        hukou = comma.join(self.tr("{0} {1} 户 {2} 元").format(
            label("hukou_type", t.key), f"{t.households:,}", fen_to_yuan(t.total_fen)) for t in s.by_hukou)
        sources = comma.join(self.tr("{0} {1}% {2} 元").format(
            label("fund_source", t.source), f"{t.share_bp / 100:g}", fen_to_yuan(t.total_fen)) for t in s.by_source)
        lines = [self.tr("；").join(parts)]
        if hukou:
            lines.append(self.tr("城乡：{0}").format(hukou))
        if sources:
            lines.append(self.tr("资金来源：{0}").format(sources))
        if r.reviewed_on:
            lines.append(self.tr("已由 {0} 于 {1} 审核，造册已锁定；此后的变化在下一期补发、追回。").format(
                r.reviewed_by, r.reviewed_on.isoformat()))
        if r.blocked is not None:  # its months are paid by signed rosters of other periods
            lines.append(self.tr("这份草稿无法审核：{0}").format(problem_text(r.blocked)))
        return "\n".join(lines)

    # ---- doing ----------------------------------------------------------------
    def _refused(self, exc: RuleError) -> None:
        QMessageBox.warning(self, self.tr("无法办理"), "\n".join(problem_text(p) for p in exc.problems))

    def make(self) -> payroll.PayrollInfo | None:
        kind = self.kind_combo.currentData()
        period = self.period_edit.text().strip()
        existing = None
        try:
            rule = None
            if kind == "subsidy":
                try:
                    amount = yuan_to_fen(self.amount_edit.text().strip() or "0")
                except ValueError:
                    QMessageBox.warning(self, self.tr("无法办理"), self.tr("补贴金额“{0}”不是数字").format(
                        self.amount_edit.text()))
                    return None
                rule = payroll.subsidy_rule(self.name_edit.text(), self.basis_combo.currentData(), amount,
                                            [c for c in (self.class_combo.currentData(),) if c],
                                            [v for v in (self.village_combo.currentData(),) if v])
            existing = payroll.find(self.ctx.uow(), period, kind, self.name_edit.text() if kind != "regular" else "")
            if existing is not None and not existing.locked:
                answer = QMessageBox.question(self, self.tr("重新造册"), self.tr(
                    "{0} 已有一份草稿，重新造册将按现在的台账替换它。继续吗？").format(existing.period))
                if answer != QMessageBox.StandardButton.Yes:
                    return None
            resend = kind == "back_pay" and self._resend_unchanged()
            if resend is None:
                return None
            made = payroll.make(self.ctx.uow(), period, kind, today=self.today(),
                                name=self.name_edit.text() if kind != "regular" else "", subsidy=rule,
                                resend_unchanged=resend)
        except RuleError as exc:
            self._refused(exc)
            return None
        self.refresh(made.id)
        self.changed.emit()
        if made.warnings:  # a household every member of which died, still paid: signing refuses it;
            # an earlier month no signed roster pays
            QMessageBox.warning(self, self.tr("造册需要核对"), "\n".join(problem_text(p) for p in made.warnings))
        return made

    def _resend_unchanged(self) -> bool | None:
        """Failed transfers whose account was not corrected are listed, and re-sent on the same
        account when the operator says the bank confirmed it can be paid now; None: cancelled."""
        found = payroll.unchanged_failed(self.ctx.uow())
        if not found:
            return False
        rows = [self.tr("{0} 造册第 {1} 行 {2}，账号 {3}，{4} 元（{5}）").format(
            f.period, f.position, f.name, f.account, fen_to_yuan(f.total_fen), f.bank_reason or self.tr("失败"))
            for f in found[:10]]
        if len(found) > 10:
            rows.append(self.tr("…… 共 {0} 笔").format(len(found)))
        answer = QMessageBox.question(
            self, self.tr("按原账号重发"),
            self.tr("以下 {0} 笔转账银行回盘失败，账号至今没有更正：\n{1}\n\n"
                    "如已与银行核实原账号现在可以入账（如账户已解冻、银行方差错），选“是”列入本次补发造册按原账号重发；"
                    "选“否”不列入（请先更正这些户的账号）。").format(len(found), "\n".join(rows)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == QMessageBox.StandardButton.Yes

    def sign(self) -> payroll.PayrollInfo | None:
        r = self.selected()
        if r is None:
            return None
        try:
            signed = payroll.sign(self.ctx.uow(), r.id, self.leader_edit.text(), self.today(),
                                  today=self.today())
        except RuleError as exc:
            self._refused(exc)
            return None
        self.refresh(signed.id)
        self.follow_day()  # a quarter paid month by month after a change of cycle: its next month
        self.changed.emit()
        if signed.warnings:  # signed all the same: accounts to check before the file goes to the bank,
            # earlier months no signed roster pays
            gaps = any(p.code.startswith("payroll.months_") for p in signed.warnings)
            QMessageBox.warning(self, self.tr("已审核，请核对") if gaps else self.tr("已审核，请核对账号"),
                                "\n".join(problem_text(p) for p in signed.warnings))
        return signed

    def report(self) -> payroll.PayrollInfo | None:
        r = self.selected()
        if r is None:
            return None
        try:
            done = payroll.report(self.ctx.uow(), r.id, self.today(), today=self.today())
        except RuleError as exc:
            self._refused(exc)
            return None
        self.refresh(done.id)
        self.changed.emit()
        return done

    def _print(self) -> None:
        r = self.selected()
        if r is not None:
            self.print_requested.emit(r.id)


class PayrollSettingsPage(QWidget):
    """设置 > 造册: whether the office makes its roster per month or per quarter."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.clock: Callable[[], dt.date] = dt.date.today
        self.cycle_combo = QComboBox()
        for code in ("month", "quarter"):
            self.cycle_combo.addItem(label("payroll_period", code), code)
        self.cycle_combo.setCurrentIndex(max(0, self.cycle_combo.findData(payroll.period_unit(ctx.uow()).value)))
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.clicked.connect(self.save)
        allow(ctx, self.save_button, Role.ADMIN)  # payroll.set_period_unit refuses the others
        hint = QLabel(self.tr("造册周期决定“造册”默认的期间：按月为当月（如 2026-12），按季度为当季（如 2026Q4，"
                              "季初造册）。已造的册不受影响。"))
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("造册周期")))
        row.addWidget(self.cycle_combo)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addStretch(1)
        self._kept = self.cycle_combo.currentData()

    def unsaved(self) -> bool:
        """Another cycle chosen and not saved."""
        return self.cycle_combo.currentData() != self._kept

    def save(self) -> bool:
        try:
            payroll.set_period_unit(self.ctx.uow(), self.cycle_combo.currentData())
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), "\n".join(problem_text(p) for p in exc.problems))
            return False
        self._kept = self.cycle_combo.currentData()
        note = payroll.cycle_note(self.ctx.uow(), self.clock())  # changed in the middle of a quarter
        if note is not None:
            QMessageBox.information(self, self.tr("造册周期已保存"), problem_text(note))
        return True
