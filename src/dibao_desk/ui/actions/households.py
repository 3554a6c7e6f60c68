"""家庭 menu and the household list view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from dibao_desk.domain.problems import RuleError
from dibao_desk.services import households
from dibao_desk.ui.actions.household_page import open_household_page, selected_household
from dibao_desk.ui.dialogs.household_form import HouseholdForm
from dibao_desk.ui.texts import problem_text
from dibao_desk.ui.widgets.household_list import HouseholdList


def install(window) -> None:
    view = HouseholdList(window.ctx, window)
    window.add_view("households", QCoreApplication.translate("MainWindow", "家庭名册"), view)
    menu = window.menu("households")
    add = menu.addAction(QCoreApplication.translate("MainWindow", "新增家庭(&N)…"))
    add.setShortcut(QKeySequence.StandardKey.New)
    add.triggered.connect(lambda: new_household(window))
    find = menu.addAction(QCoreApplication.translate("MainWindow", "查找家庭(&F)"))
    find.setShortcut(QKeySequence.StandardKey.Find)
    find.triggered.connect(lambda: find_household(window))
    edit = menu.addAction(QCoreApplication.translate("MainWindow", "修改所选家庭(&E)…"))
    edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
    edit.triggered.connect(lambda: edit_selected(window))
    menu.addSeparator()
    following = menu.addAction(QCoreApplication.translate("MainWindow", "下一户(&J)"))
    following.setShortcut(QKeySequence("Alt+Down"))
    following.triggered.connect(lambda: step_household(window, 1))
    previous = menu.addAction(QCoreApplication.translate("MainWindow", "上一户(&K)"))
    previous.setShortcut(QKeySequence("Alt+Up"))
    previous.triggered.connect(lambda: step_household(window, -1))
    menu.addSeparator()
    for action in (add, find, edit):
        window.add_to_toolbar(action)
    remove = menu.addAction(QCoreApplication.translate("MainWindow", "删除所选家庭(&D)"))
    remove.triggered.connect(lambda: delete_selected(window))
    from dibao_desk.domain.accounts import Role
    from dibao_desk.ui.roles import allow

    for action in (add, edit, remove):  # households.save and delete refuse all but a 经办人: say so first
        allow(window.ctx, action, Role.CLERK)
    view.open_household.connect(lambda hid: open_household_page(window, hid))
    window.extend("household_edit", edit_household)  # the household page's 修改
    window.refresh_when_shown(view, view.refresh)
    # Other features offer household actions (申请低保, 记录复核, …) through window.extend.
    view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.table.customContextMenuRequested.connect(lambda pos: household_menu(window, pos))


def find_household(window) -> None:
    """Ctrl+F: the household list in front, the cursor in its search box, the old text selected."""
    view = window.view("households")
    window.show_view("households")
    view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
    view.search.selectAll()


def step_household(window, step: int) -> None:
    """Alt+Down / Alt+Up: the next or previous household of the list."""
    view = window.view("households")
    window.show_view("households")
    rows = view.table.selectionModel().selectedRows()
    row = (rows[0].row() + step) if rows else 0
    if 0 <= row < view.model.rowCount():
        view.table.selectRow(row)
        view.table.scrollTo(view.model.index(row, 0))


def household_menu(window, pos) -> QMenu | None:
    view = window.view("households")
    index = view.table.indexAt(pos)
    if not index.isValid():
        return None
    view.table.selectRow(index.row())
    hid = view.model.household_id(index.row())
    menu = QMenu(view)
    menu.addAction(QCoreApplication.translate("MainWindow", "一户一档…")).triggered.connect(lambda: open_household_page(window, hid))
    menu.addAction(QCoreApplication.translate("MainWindow", "修改家庭信息…")).triggered.connect(lambda: edit_household(window, hid))
    actions = window.extensions.get("household_actions", [])
    if actions:
        menu.addSeparator()
    for title, fn, *roles in actions:  # an entry may name the roles it needs
        action = menu.addAction(title)
        action.triggered.connect(lambda _=False, f=fn: f(window, hid))
        if roles:
            from dibao_desk.ui.roles import allow

            allow(window.ctx, action, *roles[0])
    menu.popup(view.table.viewport().mapToGlobal(pos))
    return menu


def new_household(window) -> None:
    form = HouseholdForm(window.ctx, None, window)
    if form.exec() and form.saved is not None:
        _saved(window, form.saved, QCoreApplication.translate("MainWindow", "已登记新家庭：户主 {0}，{1} 人"))


def edit_household(window, household_id: int) -> None:
    form = HouseholdForm(window.ctx, household_id, window)
    if form.exec() and form.saved is not None:
        _saved(window, form.saved, QCoreApplication.translate("MainWindow", "已保存 户主 {0} 家（{1} 人）的修改"))


def _saved(window, detail, text: str) -> None:
    """After a save the household is selected and shown in the list, and the status bar says so."""
    window.notify_changed()
    view = window.view("households")
    window.show_view("households")
    view.show_household(detail.id)  # clears a search or filter that would hide it
    members = detail.draft.members
    head = next((m.name for m in members if m.relation == "head"), members[0].name if members else "")
    window.statusBar().showMessage(text.format(head, len(members)), 10000)


def edit_selected(window) -> None:
    hid = selected_household(window)
    if hid is None:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "请先选择"), QCoreApplication.translate("MainWindow", "请先在家庭名册中选择一户。"))
        return
    edit_household(window, hid)


def delete_selected(window) -> None:
    """删除所选家庭: only a household registered by mistake (no history at all). One that any
    record names is refused at once with those records counted; otherwise the clerk confirms
    (No is the default) before anything is deleted."""
    hid = selected_household(window)
    if hid is None:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "请先选择"), QCoreApplication.translate("MainWindow", "请先在家庭名册中选择一户。"))
        return
    delete_household(window, hid)


def delete_household(window, hid: int) -> bool:
    title = QCoreApplication.translate("MainWindow", "删除家庭")
    try:
        h = households.check_delete(window.ctx.uow(), hid)
    except RuleError as exc:
        _refused(window, exc)
        return False
    answer = QMessageBox.question(
        window, title,
        QCoreApplication.translate("MainWindow", "确定删除{0}户主 {1} 家（{2} 人）的登记信息吗？\n"
                                                 "只有误登记、没有任何办理记录的家庭才能删除；删除后不能恢复，此操作会记入操作记录。")
        .format(h.village, h.head_name, h.person_count),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        households.delete(window.ctx.uow(), hid)
    except RuleError as exc:  # a record added meanwhile, or another clerk deleted it
        _refused(window, exc)
        return False
    window.notify_changed()
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "已删除户主 {0} 家的登记信息").format(h.head_name), 10000)
    return True


def _refused(window, exc: RuleError) -> None:
    QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "不能删除"),
                        "\n".join(problem_text(p) for p in exc.problems))
