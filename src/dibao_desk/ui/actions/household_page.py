"""Opening a household's page (一户一档) from any list that names a household.

The page's buttons call the actions the menus call: 修改 (the household form, which the
households feature offers as ``household_edit``), the household actions other features offer
(申请、变更或取消、记录复核、联动救助 …) and the household's forms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from dibao_desk.services import printing
from dibao_desk.ui.actions import printing as print_actions
from dibao_desk.ui.dialogs.household_page import HouseholdPageDialog
from dibao_desk.ui.texts import label


def open_household_page(window, household_id: int, today=None) -> HouseholdPageDialog:
    """Show the household's page; a page already open for it comes to the front."""
    pages = getattr(window, "household_pages", None)
    if pages is None:
        pages = window.household_pages = {}
    page = pages.get(household_id)
    if page is not None:
        page.reload()
        page.show()
        page.raise_()
        page.activateWindow()
        return page
    actions = [(title, lambda hid, f=fn: f(window, hid), *roles)  # an entry may name the roles it needs
               for title, fn, *roles in window.extensions.get("household_actions", [])]
    forms = [(label("form_kind", kind), lambda hid, k=kind: print_actions.print_form(window, k, household_id=hid))
             for kind in printing.FORM_KINDS]
    edits = window.extensions.get("household_edit", [])  # the household form (actions.households)
    page = HouseholdPageDialog(window.ctx, household_id, window, today=today,
                               edit=(lambda hid: edits[-1](window, hid)) if edits else None,
                               actions=actions, forms=forms)
    pages[household_id] = page
    window.changed.connect(page.reload)

    def closed(_result=None) -> None:
        pages.pop(household_id, None)
        try:
            window.changed.disconnect(page.reload)
        except (RuntimeError, TypeError):
            pass
        page.deleteLater()

    page.finished.connect(closed)
    page.show()
    return page


def offer_on(window, table, household_at: Callable[[int], int | None]) -> None:
    """Give a list that names households (cases, reviews, proposals) a context menu item
    一户一档… and Ctrl+I, both opening the page of the row's household. ``household_at(row)``
    says which household a row names (None: none)."""

    tables = getattr(window, "household_tables", None)
    if tables is None:
        tables = window.household_tables = []
    tables.append((table, household_at))

    def open_row(row: int) -> None:
        hid = household_at(row) if row >= 0 else None
        if hid is not None:
            open_household_page(window, hid)

    def menu_at(pos) -> QMenu | None:
        index = table.indexAt(pos)
        if not index.isValid() or household_at(index.row()) is None:
            return None
        menu = QMenu(table)
        menu.addAction(QCoreApplication.translate("MainWindow", "一户一档…")).triggered.connect(
            lambda: open_row(index.row()))
        menu.popup(table.viewport().mapToGlobal(pos))
        table.household_menu = menu
        return menu

    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.customContextMenuRequested.connect(menu_at)
    shortcut = QShortcut(QKeySequence("Ctrl+I"), table, context=Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(lambda: open_row(table.currentIndex().row()))
    table.household_shortcut = shortcut


def selected_household(window) -> int | None:
    """The household selected in the tab in front: the household list's selection, or the row
    selected in a list that names households (cases, reviews, proposals). A tab naming no
    household (今日待办, 统计) leaves the household list's selection. None: nothing selected.
    The toolbar's 修改所选家庭 and 记录所选家庭的复核 both ask this, so neither acts on a
    household selected earlier in a tab now hidden."""
    households = window.view("households")
    front = window.tabs.currentWidget()
    if front is not None and front is not households:
        for table, household_at in getattr(window, "household_tables", []):
            if front.isAncestorOf(table):
                rows = table.selectionModel().selectedRows() if table.selectionModel() else []
                return household_at(rows[0].row()) if rows else None
    getter = getattr(households, "selected_household_id", None)
    return getter() if getter is not None else None
