"""The settings window: this office's details, the history of policy figures, and the
pages other features add (``window.extend("settings_page", (title, factory))``)."""

from __future__ import annotations

import dataclasses
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
    QTextBrowser, QVBoxLayout, QWidget,
)

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.moments import local_minute
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import office, policy
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import today_of
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.roles import allow
from dibao_desk.ui.texts import label, problem_text
from dibao_desk.ui.unsaved import AsksBeforeDiscarding
from dibao_desk.ui.widgets.language_page import LanguagePage


class OfficePage(QWidget):
    """本单位: name, code, county, where complaints go, the operator."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.info = office.get_office(ctx.uow())
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, title in (("name", self.tr("乡镇（街道）名称")), ("admin_code", self.tr("行政区划代码")),
                           ("county_name", self.tr("所属县（市、区）")), ("complaint_phone", self.tr("投诉举报电话")),
                           ("complaint_box", self.tr("意见箱位置")), ("operator", self.tr("经办人"))):
            edit = QLineEdit(getattr(self.info, key, "") if self.info else "")
            edit.setObjectName(key)
            self.fields[key] = edit
            form.addRow(title, edit)
        self.fields["admin_code"].setMaxLength(12)
        mode = label("mode", self.info.mode) if self.info else ""
        form.addRow(self.tr("单位类别"), QLabel(mode))
        self.save_button = QPushButton(self.tr("保存本单位信息"))
        self.save_button.clicked.connect(self.save)
        allow(ctx, self.save_button, Role.ADMIN)  # office.save_office refuses the others
        self.saved_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addStretch(1)

    def dirty(self) -> bool:
        """Typed but not saved."""
        return any(w.text().strip() != (getattr(self.info, k, "") if self.info else "")
                   for k, w in self.fields.items())

    def save(self) -> bool:
        values = {k: w.text().strip() for k, w in self.fields.items()}
        info = office.OfficeInfo(mode=self.info.mode if self.info else "township", **values)
        try:
            self.info = office.save_office(self.ctx.uow(), info)
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), "\n".join(problem_text(p) for p in exc.problems))
            return False
        self.ctx.operator = self.info.operator
        self.saved_label.setText(self.tr("已保存。"))
        return True


class PolicyPage(QWidget):
    """政策标准: every set with its dates (oldest first), the figures of the one selected,
    and a button to add a new set."""

    added = Signal(object)  # PolicySetInfo of a set just added

    COLUMNS = (QT_TRANSLATE_NOOP("PolicyPage", "生效日期"), QT_TRANSLATE_NOOP("PolicyPage", "执行至"),
               QT_TRANSLATE_NOOP("PolicyPage", "城市标准（元）"), QT_TRANSLATE_NOOP("PolicyPage", "农村标准（元）"),
               QT_TRANSLATE_NOOP("PolicyPage", "施保办法"), QT_TRANSLATE_NOOP("PolicyPage", "公示天数"),
               QT_TRANSLATE_NOOP("PolicyPage", "县级抽查"), QT_TRANSLATE_NOOP("PolicyPage", "状态"),
               QT_TRANSLATE_NOOP("PolicyPage", "依据、说明"))

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None  # the open 新增 dialog, if any
        self.sets: list[policy.PolicySetInfo] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("policy_history")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("PolicyPage", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.detail = QTextBrowser()
        self.example_warning = QLabel()
        self.example_warning.setWordWrap(True)
        self.example_warning.setStyleSheet("color: #a15c00;")
        self.add_button = QPushButton(self.tr("新增一套标准…"))
        self.add_button.setObjectName("add_policy_set")
        self.add_button.clicked.connect(self.add_set)
        allow(ctx, self.add_button, Role.ADMIN)  # policy.add_policy_set refuses the others
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([220, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("各套政策标准按生效日期排列。新标准只能新增，不能改动旧标准；"
                                        "每月保障金按该月1日执行的标准计算。")))
        layout.addWidget(self.example_warning)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        self.sets = policy.list_policy_sets(self.ctx.uow())
        today = today_of(self)  # the window's clock (the dialog is opened under it)
        current = policy.policy_in_force(self.ctx.uow(), today)
        self.table.setRowCount(len(self.sets))
        for row, s in enumerate(self.sets):
            f = s.figures
            state = []
            if current is not None and s.id == current.id:
                state.append(self.tr("现行"))
            elif s.effective_from > today:
                state.append(self.tr("待生效"))
            if s.is_example:
                state.append(self.tr("示例"))
            if s.superseded:
                state.append(self.tr("已被同日更正"))
            values = (s.effective_from.isoformat(), s.in_force_until.isoformat() if s.in_force_until else "",
                      fen_to_yuan(f.urban_standard_fen), fen_to_yuan(f.rural_standard_fen),
                      label("policy_method", f.method), str(f.notice_days), f"{f.county_check_permille / 10:g}%",
                      "、".join(state), s.note)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if 2 <= col <= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.example_warning.setText(
            self.tr("现行标准是随程序提供的示例，请按县民政局公布的标准新增一套。")
            if current is not None and current.is_example else "")
        ids = [s.id for s in self.sets]
        target = select_id if select_id in ids else (current.id if current is not None and current.id in ids else None)
        if target is not None:
            self.table.selectRow(ids.index(target))

    def _added(self, info: policy.PolicySetInfo | None) -> None:
        self.refresh(info.id if info else None)
        if info is not None:
            self.added.emit(info)

    def selected(self) -> policy.PolicySetInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.sets[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        s = self.selected()
        if s is None:
            self.detail.clear()
            return
        since = self.tr("{0} 起执行").format(s.effective_from.isoformat())
        until = self.tr("（至 {0}）").format(s.in_force_until.isoformat()) if s.in_force_until else ""
        lines = [f"<b>{since}</b>{until}",
                 self._escape(s.note), "<table cellspacing='0' cellpadding='2'>"]
        for field in dataclasses.fields(s.figures):
            value = figure_text(field.name, getattr(s.figures, field.name))
            lines.append(f"<tr><td>{label('policy_field', field.name)}</td><td>{value}</td></tr>")
        lines.append("</table>")
        if s.created_at:
            lines.append(self.tr("录入：{0} {1}").format(local_minute(s.created_at), s.created_by))
        self.detail.setHtml("<br>".join(lines[:2]) + "".join(lines[2:]))

    @staticmethod
    def _escape(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def add_set(self) -> None:
        from dibao_desk.ui.dialogs.policy_set import PolicySetDialog

        base = self.selected() or (self.sets[-1] if self.sets else None)
        dialog = PolicySetDialog(self.ctx, base.figures if base else None, self)
        dialog.accepted.connect(lambda: self._added(dialog.saved))
        self.dialog = dialog
        dialog.open()


def figure_text(name: str, value) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("settings", "是") if value else QCoreApplication.translate("settings", "否")
    if name == "method":
        return label("policy_method", value)
    if name == "rounding":
        return label("rounding", value)
    if name.endswith("_fen"):
        return fen_to_yuan(value)
    if name.endswith("_m2_x100"):
        return f"{value / 100:g}"
    if name.endswith("_bp"):  # a share in basis points, shown as a percent
        return f"{value / 100:g}%"
    return str(value)


class SettingsDialog(AsksBeforeDiscarding, QDialog):
    """The pages in tabs. Closing (关闭, Esc, ×) with words typed on a page and not saved asks
    first: 本单位 offers to save them; another page is named and its words kept on 取消. A page
    with figures besides words says itself whether they are saved (``unsaved()``); one with
    choices besides words, whether they differ from those it showed (``choices_changed()``)."""

    def __init__(self, ctx: AppContext, pages: list[tuple[str, Callable]] | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("设置"))
        self.tabs = QTabWidget()
        self.office_page = OfficePage(ctx)
        self.policy_page = PolicyPage(ctx, self)  # under this dialog from the start: it reads the window's clock
        self.tabs.addTab(self.office_page, self.tr("本单位"))
        self.tabs.addTab(self.policy_page, self.tr("政策标准"))
        self.language_page = LanguagePage()
        self.tabs.addTab(self.language_page, self.tr("界面语言"))
        for title, factory in pages or []:
            self.tabs.addTab(factory(ctx, self), title)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.resize(960, 680)  # 复核周期 shows its save button whole; with the title bar, fits 1366×728

    def done(self, result: int) -> None:
        """Closing with office details typed but not saved asks first; nothing is lost silently."""
        if self.office_page.dirty():
            buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                       | QMessageBox.StandardButton.Cancel)
            answer = QMessageBox.question(self, self.tr("设置"), self.tr("本单位信息已修改但未保存，要保存吗？"),
                                          buttons, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.office_page.save():
                self.tabs.setCurrentWidget(self.office_page)
                return
        pages = self._unsaved_pages()
        if pages:
            self.tabs.setCurrentIndex(pages[0])
            names = "、".join(f"“{self.tabs.tabText(i).replace('&', '')}”" for i in pages)
            if not self._typed().confirm_discard(self, self.tr("{0}页填写的内容还没有保存，确定要放弃吗？").format(names)):
                return
        super().done(result)

    def reject(self) -> None:
        QDialog.reject(self)  # done() asks, for Esc and × as for 关闭

    def _unsaved_pages(self) -> list[int]:
        """The tabs besides 本单位 holding typed words (or changed figures) not saved."""
        found = []
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is self.office_page:
                continue
            unsaved = getattr(page, "unsaved", None)
            if callable(unsaved):
                if unsaved():
                    found.append(i)
                continue
            # words typed, or a choice (a box ticked, a number set) other than the one shown
            choices = getattr(page, "choices_changed", None)
            if self._typed().changed(self, within=page) or (callable(choices) and choices()):
                found.append(i)
        return found
