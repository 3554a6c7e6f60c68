"""The bank buttons of the 造册 tab: the transfer file of the selected signed roster in a bank's
layout, the bank's result file, the roster's paid / failed / unanswered counts, and the list of
its failed transfers.

Added to the payroll view from ui/actions/bank.py, in the row of its 审核 and 打印 buttons; the
view itself knows nothing of banks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton

from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.payroll import LOCKED_STATUSES, PayrollKind
from dibao_desk.domain.problems import RuleError
from dibao_desk.printing.mask import mask_account
from dibao_desk.services import bank
from dibao_desk.ui.ops import error_text
from dibao_desk.ui.texts import label, problem_text

TEXT_SUFFIXES = {".txt", ".dat", ".prn", ".text", ""}


def _row_holding(view, widget) -> QHBoxLayout | None:
    """The layout of ``view`` that holds ``widget`` (the view's row of roster buttons)."""
    def walk(layout):
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.widget() is widget:
                return layout
            if item.layout() is not None:
                found = walk(item.layout())
                if found is not None:
                    return found
        return None
    parent = widget.parentWidget()
    return walk(parent.layout()) if parent is not None and parent.layout() is not None else None


class PayrollBankButtons(QObject):
    def __init__(self, view, data_dir: Path | None, parent=None):
        super().__init__(parent or view)
        self.view = view
        self.ctx = view.ctx
        self.data_dir = data_dir
        self.file_button = QPushButton(self.tr("银行代发文件…"))
        self.file_button.setToolTip(self.tr("按银行要求的格式生成本造册的代发文件（须已审核）"))
        self.file_button.clicked.connect(self.write_file)
        self.return_button = QPushButton(self.tr("导入银行回盘…"))
        self.return_button.setToolTip(self.tr("导入银行的处理结果：每户成功或失败及原因；不符合造册的一律不导入"))
        self.return_button.clicked.connect(self.read_return)
        self.confirm_button = QPushButton(self.tr("确认已发放…"))
        self.confirm_button.setToolTip(self.tr(
            "银行不提供回盘文件时：按银行的书面答复，确认本造册尚未回盘的转账都已发放（其中的追回扣减计为已扣回）"))
        self.confirm_button.clicked.connect(self.confirm_paid)
        self.failures_button = QPushButton(self.tr("失败名单…"))
        self.failures_button.setToolTip(self.tr("列出银行回盘发放失败的户：序号、村、收款人、账号、金额、失败原因"))
        self.failures_button.clicked.connect(self.show_failures)
        self.counts_label = QLabel("")
        row = _row_holding(view, view.print_button)
        if row is not None:
            at = row.indexOf(view.print_button)
            for w in (self.counts_label, self.failures_button, self.file_button, self.return_button, self.confirm_button):
                row.insertWidget(at, w)
                at += 1
        view.rosters_table.selectionModel().currentRowChanged.connect(lambda *_: self.update())
        view.rosters_model.modelReset.connect(self.update)
        view.changed.connect(self.update)
        self.update()

    def today(self) -> dt.date:
        return self.view.today()

    def update(self) -> None:
        r = self.view.selected()
        signed = r is not None and r.status in LOCKED_STATUSES
        self.file_button.setEnabled(signed)
        self.return_button.setEnabled(signed)
        self.confirm_button.setEnabled(False)
        self.failures_button.setEnabled(False)
        if not signed:
            self.counts_label.setText("")
            return
        c = bank.counts(self.ctx.uow(), r.id)
        self.confirm_button.setEnabled(c.unanswered > 0)
        self.failures_button.setEnabled(c.failed > 0)
        self.counts_label.setText(self.tr("银行：已发放 {0} 户，失败 {1} 户，未回盘 {2} 户").format(
            c.paid, c.failed, c.unanswered))

    def show_failures(self) -> None:
        """The roster's failed transfers, one a line, so the office knows whom to call."""
        r = self.view.selected()
        if r is None:
            return
        found = bank.failures(self.ctx.uow(), r.id)
        rows = [self.tr("第 {0} 号  {1}  {2}  账号 {3}  {4} 元  {5}").format(
            f.position, f.village, f.name, mask_account(f.account) or self.tr("（无账号）"),
            fen_to_yuan(f.amount_fen), f.reason or self.tr("银行未说明原因")) for f in found[:30]]
        if len(found) > 30:
            rows.append(self.tr("…… 共 {0} 户，只列出前 30 户（命令 payroll bank-status 列出全部）").format(len(found)))
        head = self.tr("发放失败 {0} 户，合计 {1} 元：").format(len(found), fen_to_yuan(sum(f.amount_fen for f in found)))
        QMessageBox.information(self.view, self.tr("发放失败名单"), "\n".join([head, *rows]))

    def _layouts(self):
        found = bank.layouts(self.data_dir)
        if found.refused:
            QMessageBox.warning(self.view, self.tr("有银行文件格式未能使用"),
                                "\n".join(problem_text(p) for p in found.refused))
        return found

    def _choose_layout(self, layouts, kinds=("xlsx", "text")):
        choices = [lay for lay in layouts.layouts.values() if lay.kind in kinds]
        titles = [f"{lay.title}（{lay.name}）" for lay in choices]
        title, ok = QInputDialog.getItem(self.view, self.tr("银行文件格式"), self.tr("选择银行要求的格式："),
                                         titles, 0, False)
        if not ok or title not in titles:
            return None
        return choices[titles.index(title)]

    def write_file(self) -> None:
        r = self.view.selected()
        if r is None:
            return
        layout = self._choose_layout(self._layouts())
        if layout is None:
            return
        suffix = ".xlsx" if layout.kind == "xlsx" else ".txt"
        stem = r.period  # a 补发 or subsidy roster of the month is named apart from its regular roster's file
        if r.kind != PayrollKind.REGULAR:
            stem += "-" + "".join("-" if c in '\\/:*?"<>|' else c for c in (r.name or label("payroll_kind", r.kind.value)))
        path, _ = QFileDialog.getSaveFileName(
            self.view, self.tr("保存银行代发文件"), self.tr("代发-{0}{1}").format(stem, suffix),
            self.tr("Excel 工作簿 (*.xlsx)") if layout.kind == "xlsx" else self.tr("文本文件 (*.txt)"))
        if not path:
            return
        try:
            res = bank.bank_file(self.ctx.uow(), r.id, layout, path, today=self.today())
        except RuleError as exc:
            if exc.problems and exc.problems[0].code == "bank.all_left_out":  # recorded failed: counts changed
                self.view.changed.emit()
            QMessageBox.warning(self.view, self.tr("未生成银行文件"), "\n".join(problem_text(p) for p in exc.problems[:20]))
            return
        except OSError as exc:
            QMessageBox.warning(self.view, self.tr("未生成银行文件"), error_text(exc))
            return
        text = self.tr("已生成 {0}：{1} 笔，合计 {2} 元。").format(Path(res.path).name, res.count,
                                                           fen_to_yuan(res.total_fen))
        notes = [problem_text(p) for p in res.warnings[:10]]
        notes += [self.tr("未列入：{0}（本期合计 {1} 元）").format(name, fen_to_yuan(net)) for name, net in res.not_sent[:10]]
        summary = bank.left_out_summary(res)
        if summary is None:
            QMessageBox.information(self.view, self.tr("银行代发文件"), "\n".join([text, *notes]))
            return
        self.view.changed.emit()  # the transfers left out are recorded failed
        left = [problem_text(summary), *(problem_text(p) for p in res.left_out[:10])]
        QMessageBox.warning(self.view, self.tr("银行代发文件（有转账未写入）"), "\n".join([text, *left, *notes]))

    def read_return(self) -> None:
        r = self.view.selected()
        if r is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.view, self.tr("选择银行回盘文件"), "",
                                              self.tr("回盘文件 (*.xlsx *.xls *.csv *.txt *.dat);;所有文件 (*)"))
        if not path:
            return
        layout = None
        if Path(path).suffix.lower() in TEXT_SUFFIXES:
            layout = self._choose_layout(self._layouts(), kinds=("text",))
            if layout is None:
                return
        same_content = False
        try:
            rc = bank.record_bank_return(self.ctx.uow(), r.id, path, layout, dry_run=True, today=self.today())
            if [p.code for p in rc.problems] == ["return.same_file"] and self._same_content(rc.problems[0]):
                same_content = True
                rc = bank.record_bank_return(self.ctx.uow(), r.id, path, layout, dry_run=True, today=self.today(),
                                             same_content=True)
        except RuleError as exc:
            QMessageBox.warning(self.view, self.tr("回盘没有导入"), "\n".join(problem_text(p) for p in exc.problems))
            return
        read = self.tr("读到 {0} 行：成功 {1} 笔 {2} 元，失败 {3} 笔 {4} 元；本造册未回盘 {5} 笔。").format(
            rc.lines_read, rc.paid, fen_to_yuan(rc.paid_fen), rc.failed, fen_to_yuan(rc.failed_fen), rc.unanswered)
        if rc.problems:
            QMessageBox.warning(self.view, self.tr("回盘没有导入"), "\n".join(
                [read, self.tr("以下问题，全部不导入："), *(problem_text(p) for p in rc.problems[:20])]))
            return
        answer = QMessageBox.question(self.view, self.tr("导入银行回盘"), read + "\n" + self.tr("记录这些结果？"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            rc = bank.record_bank_return(self.ctx.uow(), r.id, path, layout, today=self.today(),
                                         same_content=same_content)
        except RuleError as exc:
            QMessageBox.warning(self.view, self.tr("回盘没有导入"), "\n".join(problem_text(p) for p in exc.problems))
            return
        if rc.problems:
            QMessageBox.warning(self.view, self.tr("回盘没有导入"), "\n".join(problem_text(p) for p in rc.problems[:20]))
            return
        self.view.refresh(r.id)
        self.view.changed.emit()
        self.update()
        if rc.deductions_reversed:
            QMessageBox.information(self.view, self.tr("追回扣减没有扣成"), self.tr(
                "发放失败的转账中有 {0} 笔追回扣减共 {1} 元没有扣成：已退回追回登记的尚欠金额（扣减冲回），"
                "由以后的造册按计划再扣，或随更正账号后的补发造册扣回。").format(
                rc.deductions_reversed, fen_to_yuan(rc.deductions_reversed_fen)))

    def _same_content(self, problem) -> bool:
        """The file is the one recorded for another roster: usually that roster's file picked
        again, so No is the default; Yes when the bank really answered both with the same file."""
        answer = QMessageBox.question(self.view, self.tr("回盘内容与另一期相同"), "\n\n".join([
            problem_text(problem),
            self.tr("如果银行对两期造册的回盘确实相同（银行文件不含批次，两期每户账号、金额都没有变化），"
                    "核对无误后可以仍然导入。仍然作为本期的回盘导入？")]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_paid(self) -> None:
        r = self.view.selected()
        if r is None:
            return
        c = bank.counts(self.ctx.uow(), r.id)
        answer = QMessageBox.question(self.view, self.tr("确认已发放"), self.tr(
            "银行对本造册的 {0} 户共 {1} 元转账还没有回盘。确认这些转账都已由银行发放（{2}）？\n"
            "确认后其中的追回扣减计为已扣回；银行如有退回，请不要确认，改为导入回盘文件。").format(
            c.unanswered, fen_to_yuan(c.unanswered_fen), self.today().isoformat()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            done = bank.confirm_paid(self.ctx.uow(), r.id, self.today(), today=self.today())
        except RuleError as exc:
            QMessageBox.warning(self.view, self.tr("没有确认"), "\n".join(problem_text(p) for p in exc.problems))
            return
        self.view.refresh(r.id)
        self.view.changed.emit()
        self.update()
        text = self.tr("已确认 {0} 笔转账共 {1} 元已发放。").format(done.transfers, fen_to_yuan(done.amount_fen))
        if done.deductions:
            text += self.tr("其中 {0} 笔追回扣减共 {1} 元计为已扣回。").format(
                done.deductions, fen_to_yuan(done.deductions_fen))
        QMessageBox.information(self.view, self.tr("确认已发放"), text)
