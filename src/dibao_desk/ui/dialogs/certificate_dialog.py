"""The 低保证 from the window: one household's certificate (issue, reissue, replace, print),
a batch of certificates issued in a span of days, and the printer offset the office
calibrates for its pre-printed booklets. Every print opens in the program's preview."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget,
    QPushButton, QVBoxLayout, QWidget,
)

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.certificate import CertificateState, IssueKind
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import certificate, office
from dibao_desk.services.context import AppContext
from dibao_desk.ui import documents
from dibao_desk.ui.day_defaults import today_of
from dibao_desk.ui.dialogs import pdf_preview
from dibao_desk.services.printing import PrintResult
from dibao_desk.ui.dialogs.step_common import date_edit, from_qdate
from dibao_desk.ui.ops import Op, error_text
from dibao_desk.ui.texts import label, problem_text
from dibao_desk.ui.unsaved import AsksBeforeDiscarding

KINDS = tuple(IssueKind)


def _preview(parent: _Said, make: Callable[[Path], PrintResult], name: str) -> PrintResult | None:
    """Write the PDF with ``make(path)`` into the preview folder and show it; the problems
    (a RuleError) go to ``parent.message``."""
    path = documents.preview_path(name)
    try:
        result = make(path)
    except RuleError as exc:
        parent.say("\n".join(problem_text(p) for p in exc.problems), error=True)
        return None
    notes = [problem_text(p) for p in result.problems]
    parent.say("\n".join(notes))
    pdf_preview.show(parent, result.path, result.title)
    return result


class _Said(AsksBeforeDiscarding, QDialog):
    """A dialog with a message line."""

    message: QLabel

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00" if error else "")
        self.message.setText(text)


class CertificateDialog(_Said):
    """One household's 低保证: its history, issuing (新发/换发/补发 with the reason) and printing."""

    def __init__(self, ctx: AppContext, household_id: int, today: dt.date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.today = today or today_of(parent)
        self.printed: PrintResult | None = None
        self.setWindowTitle(self.tr("低保证（户编号 {0}）").format(household_id))
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(label("certificate_kind", k), k)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("补发须写原因：遗失、损毁……"))
        self.date = date_edit(self.today, self)
        self.issue_button = QPushButton(self.tr("发证"))
        self.issue_button.clicked.connect(self.issue)
        self.print_button = QPushButton(self.tr("打印（预览）…"))
        self.print_button.clicked.connect(self.print_card)
        self.print_button.setToolTip(self.tr("按“发证日期”所在月份实际发放的人数和金额打印"))
        self.offset_note = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("发放方式"), self.kind)
        form.addRow(self.tr("原因"), self.reason)
        form.addRow(self.tr("发证日期"), self.date)
        box = QGroupBox(self.tr("发证"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.issue_button, 0, Qt.AlignmentFlag.AlignLeft)
        if not ctx.may(Role.CLERK):  # the service would refuse: say so instead of offering it
            for w in (self.kind, self.reason, self.date, self.issue_button):
                w.setEnabled(False)
            box.setToolTip(self.tr("发证需要“经办人”角色"))
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.offset_note, 1)
        close = QDialogButtonBox()
        close.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("本户的低保证（有效的在前）：")))
        layout.addWidget(self.history)
        layout.addWidget(box)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(close)
        self.resize(640, 420)
        self.refresh()

    def refresh(self) -> None:
        rows = certificate.history(self.ctx.uow(), self.household_id)
        parts = [self.tr("{number}（{kind}{reason}，{issued}，{state}）").format(
            number=c.number, kind=label("certificate_kind", c.kind), reason=f"：{c.reason}" if c.reason else "",
            issued=c.issued_on.isoformat(), state=label("certificate_state", c.state)) for c in reversed(rows)]
        self.history.setText("\n".join(parts) if parts else self.tr("未发证"))
        active = any(c.state == CertificateState.ACTIVE.value for c in rows)
        self.print_button.setEnabled(active)
        # what is usual next: a first certificate, else a reissue
        self.kind.setCurrentIndex(KINDS.index(IssueKind.REISSUE if active else IssueKind.NEW))
        o = certificate.printer_offset(self.ctx.uow())
        self.offset_note.setText(self.tr("按本单位的打印偏移：向右 {0} 毫米，向下 {1} 毫米").format(
            f"{o.x_mm:g}", f"{o.y_mm:g}"))

    def issue(self) -> None:
        try:
            c = certificate.issue(self.ctx.uow(), self.household_id, self.kind.currentData(),
                                  from_qdate(self.date.date()), self.today, self.reason.text())
        except RuleError as exc:
            self.say("\n".join(problem_text(p) for p in exc.problems), error=True)
            return
        self.reason.clear()
        self.refresh()
        self.say(self.tr("已发证：{0}（{1}）").format(c.number, label("certificate_kind", c.kind)))

    def print_card(self) -> None:
        """The booklet as of the dialog's date (the persons and amount the ledger pays in its
        month), as the CLI prints it on the day given, never the machine's date."""
        on = from_qdate(self.date.date())
        self.printed = _preview(self, lambda p: certificate.print_certificate(self.ctx.uow(), self.household_id, p,
                                                                              on=on),
                                f"低保证-{self.household_id}.pdf")
        if self.printed is not None:  # which month's figures the booklet shows
            month = self.tr("按 {0}年{1}月 发放的人数和金额打印。").format(on.year, on.month)
            self.say("\n".join(t for t in (self.message.text(), month) if t))


class CertificateBatchDialog(_Said):
    """Every valid certificate issued in a span of days (of one village, or all), one page each."""

    def __init__(self, ctx: AppContext, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.printed: PrintResult | None = None
        self.setWindowTitle(self.tr("批量打印低保证"))
        self.first = date_edit(self.today.replace(day=1), self)
        self.last = date_edit(self.today, self)
        self.on = date_edit(self.today, self)
        self.on.setToolTip(self.tr("按这一天所在月份的发放打印：哪些户在发放、印上的人数和金额；当月暂停发放的户不打印"))
        self.village = QComboBox()
        self.village.addItem(self.tr("全部村（社区）"), None)
        for v in office.list_villages(ctx.uow()):
            self.village.addItem(v.name, v.id)
        self.count = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        # the suspended households a print left out, one a line: hundreds scroll here instead of
        # stretching the dialog past the screen
        self.skipped_list = QListWidget()
        self.skipped_list.setMinimumHeight(120)
        self.skipped_list.setMaximumHeight(220)
        self.skipped_list.hide()
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.village.currentIndexChanged.connect(lambda _i: self.refresh())
        form = QFormLayout()
        form.addRow(self.tr("发证日期从"), self.first)
        form.addRow(self.tr("到"), self.last)
        form.addRow(self.tr("村（社区）"), self.village)
        form.addRow(self.tr("按哪天的发放打印"), self.on)
        form.addRow(self.tr("要打印"), self.count)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(self.tr("打印（预览）…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.print_batch)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.skipped_list)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(460, 260)
        self.refresh()

    def household_ids(self) -> list[int]:
        return certificate.issued_between(self.ctx.uow(), from_qdate(self.first.date()),
                                          from_qdate(self.last.date()), self.village.currentData())

    def refresh(self) -> None:
        n = len(self.household_ids())
        self.count.setText(self.tr("{0} 本有效的低保证").format(n))
        self.print_button.setEnabled(n > 0)

    def print_batch(self) -> None:
        """Made on the worker (a thousand booklets take seconds): the window stays drawn, the
        button waits for the end, then the preview opens or the problems are said. The day whose
        payments decide who is printed and with what amounts is read now, not when the
        dialog opened."""
        ids, uow, path = self.household_ids(), self.ctx.uow(), documents.preview_path("低保证-批量.pdf")
        on = from_qdate(self.on.date())
        self.printed = None
        self.print_button.setEnabled(False)
        self.say(self.tr("正在生成 {0} 本低保证……").format(len(ids)))
        self.op = Op(self, lambda _progress: certificate.print_certificates(uow, ids, path, on=on),
                     title=self.tr("批量打印低保证"), on_done=self._printed, on_error=self._failed,
                     cancellable=False, writes=False).start()

    def _printed(self, result: PrintResult) -> None:
        self.print_button.setEnabled(True)
        self.printed = result
        notes = [problem_text(p) for p in result.problems if p not in result.skipped]
        self.skipped_list.clear()
        if result.skipped:  # who got no booklet, and why: listed in the scrolling list below
            notes.append(self.tr("以下 {0} 户暂停发放，未打印低保证：").format(len(result.skipped)))
            self.skipped_list.addItems([problem_text(p) for p in result.skipped])
        self.skipped_list.setVisible(bool(result.skipped))
        if result.skipped:  # room for the list (its height is bounded: the rest scrolls)
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        self.say("\n".join([self.tr("已生成 {0} 页。").format(result.pages)] + notes))
        pdf_preview.show(self, result.path, result.title)

    def _failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        self.skipped_list.clear()
        self.skipped_list.hide()
        if isinstance(exc, RuleError):
            self.say("\n".join(problem_text(p) for p in exc.problems), error=True)
        else:
            self.say(error_text(exc), error=True)


class CertificateOffsetDialog(_Said):
    """The printer offset for the pre-printed booklets: try a test sheet, then save."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.printed: PrintResult | None = None
        self.setWindowTitle(self.tr("低保证打印位置"))
        now = certificate.printer_offset(ctx.uow())
        self.offset_x = QDoubleSpinBox()
        self.offset_y = QDoubleSpinBox()
        for spin, value, (low, high) in ((self.offset_x, now.x_mm, certificate.offset_range_mm()[0]),
                                         (self.offset_y, now.y_mm, certificate.offset_range_mm()[1])):
            spin.setRange(low, high)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSuffix(self.tr(" 毫米"))
            spin.setValue(value)
        explain = QLabel(self.tr("先用白纸打印测试页：十字中心应距纸张左边、上边各 20 毫米。量出实际位置，"
                            "偏右（偏下）几毫米就把向右（向下）的偏移减去几毫米，再打测试页核对，满意后保存。"))
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("向右偏移（负数向左）"), self.offset_x)
        form.addRow(self.tr("向下偏移（负数向上）"), self.offset_y)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.test_button = buttons.addButton(self.tr("打印测试页（预览）…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.test_button.clicked.connect(self.test_print)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        if not ctx.may(Role.CLERK, Role.ADMIN):
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(self.tr("保存打印位置需要“经办人”或“管理员”角色"))
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def test_print(self) -> None:
        x_mm, y_mm = self.offset_x.value(), self.offset_y.value()
        self.printed = _preview(self, lambda p: certificate.print_calibration(
            self.ctx.uow(), p, offset_x_mm=x_mm, offset_y_mm=y_mm), "低保证-对位测试页.pdf")
        cross_x, cross_y = certificate.calibration_cross_mm(certificate.PrinterOffset(x_mm, y_mm))
        if self.printed is not None and (cross_x, cross_y) != certificate.calibration_cross_mm(
                certificate.PrinterOffset()):  # the sheet says so beside the cross too
            moved = self.tr("这个偏移会把十字移出纸外，测试页上的十字改为距纸张左边 {0} 毫米、上边 {1} 毫米，"
                            "请按这个距离量。").format(f"{cross_x:g}", f"{cross_y:g}")
            self.say("\n".join(t for t in (self.message.text(), moved) if t))

    def save(self) -> None:
        try:
            certificate.set_printer_offset(self.ctx.uow(), self.offset_x.value(), self.offset_y.value())
        except RuleError as exc:
            self.say("\n".join(problem_text(p) for p in exc.problems), error=True)
            return
        self.accept()
