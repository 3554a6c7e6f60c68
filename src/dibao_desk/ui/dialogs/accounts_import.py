"""导入银行开户名单: choose the bank's list, look at what each row changes, then import it all
or nothing. The dialog shows what services.bank_accounts returns and writes nothing itself."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from dibao_desk.domain.problems import RuleError
from dibao_desk.services import bank_accounts as ba
from dibao_desk.ui.tablemodels.base import RowsTableModel, left, right
from dibao_desk.ui.texts import label, problem_text
from dibao_desk.ui.widgets.column_fit import small_table


class AccountsImportDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None, path: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.preview: ba.AccountsPreview | None = None
        self.applied: ba.AccountsResult | None = None
        self.setWindowTitle(self.tr("导入银行开户名单"))
        self.model = RowsTableModel([
            right("row", self.tr("行"), lambda r: r.row),
            left("change", self.tr("结果"), lambda r: label("accounts_change", r.change)),
            left("name", self.tr("姓名"), lambda r: r.name),
            left("id_number", self.tr("身份证号"), lambda r: r.id_number),
            left("holder", self.tr("开户人"), self._holder),
            left("head", self.tr("户主"), lambda r: r.head_name),
            left("before", self.tr("原账号"), lambda r: r.before_account),
            left("account", self.tr("新账号"), lambda r: r.account),
            left("bank", self.tr("开户行"), lambda r: r.bank),
            left("code", self.tr("行别代码"), lambda r: r.bank_code),
            left("notes", self.tr("说明"), lambda r: "；".join(problem_text(p) for p in r.problems)),
        ], self)
        self.table = small_table(self.model)
        self.file_label = QLabel(self.tr("请选择银行提供的开户名单（Excel，含姓名、身份证号、账号、开户行）。"))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("选择文件(&O)…"))
        self.choose_button.clicked.connect(self.choose)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("导入(&I)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(1000, 520)
        if path:
            self.load(path)


    def _holder(self, r: ba.AccountRow) -> str:
        """开户人 the row sets: the member's name, or 户主; and what it was when it changes."""
        if r.household_id is None:
            return ""
        now = r.holder_name or label("accounts_holder", "head")
        if r.holder_id != r.before_holder:
            return self.tr("{0}（原为{1}）").format(
                now, self.tr("其他成员") if r.before_holder else label("accounts_holder", "head"))
        return now
    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择银行开户名单"), "",
                                              self.tr("Excel 工作簿 (*.xlsx *.xls)"))
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        try:
            pv = ba.preview(self.ctx.uow(), path)
        except RuleError as exc:
            self.preview = None
            self.model.set_rows([])
            self.apply_button.setEnabled(False)
            self.summary.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self.preview = pv
        self.file_label.setText(self.tr("文件：{0}（工作表“{1}”，表头在第 {2} 行）").format(pv.file, pv.sheet, pv.header_row))
        self.model.set_rows(pv.rows)
        self.table.resizeColumnsToContents()
        counts = self.tr("，").join(self.tr("{0} {1} 行").format(label("accounts_change", c), pv.count(c))
                          for c in ba.CHANGES if pv.count(c))
        if pv.blocking:
            text = self.tr("{0}。有 {1} 行错误，改正名单后再导入（全部不导入）。").format(counts, len(pv.blocking))
        elif not pv.can_apply:
            text = self.tr("{0}。没有需要补填或更正的账号。").format(counts)
        else:
            text = self.tr("{0}。点“导入”补填、更正上列账号；查无此人的行不导入。").format(counts)
        self.summary.setText(text)
        self.apply_button.setEnabled(pv.can_apply)

    def apply(self) -> None:
        if self.preview is None:
            return
        try:
            self.applied = ba.apply(self.ctx.uow(), self.preview)
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("没有导入"), "\n".join(problem_text(p) for p in exc.problems))
            return
        r = self.applied
        QMessageBox.information(self, self.tr("导入完成"), self.tr(
            "补填 {0} 户，更正 {1} 户，无变化 {2} 户，查无此人 {3} 行（未导入）。").format(
            r.filled, r.corrected, r.unchanged, r.unknown))
        self.accept()
