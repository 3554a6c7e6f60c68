"""Keyboard: Ctrl+F finds, Alt+Down/Up walk the list, F5 refreshes, shown in the menus; a toolbar of five."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dibao_desk.ui.main_window import MainWindow
from tests.helpers import make_id


def _action(window, menu, text):
    return next(a for a in window.menu(menu).actions() if a.text().startswith(text))


def test_shortcuts_work_and_are_shown_in_the_menus(qtbot, ctx, villages, make_household):
    for k in range(3):
        make_household(head=f"赵{k}", head_id=make_id("19600101", 31 + 2 * k))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts reach the active window
    shortcuts = {text: _action(window, menu, text).shortcut() for menu, text in (
        ("households", "新增家庭"), ("households", "查找家庭"), ("households", "下一户"),
        ("households", "上一户"), ("file", "刷新"))}
    assert shortcuts["查找家庭"] == QKeySequence(QKeySequence.StandardKey.Find)
    assert shortcuts["刷新"] == QKeySequence(Qt.Key.Key_F5)
    assert all(not s.isEmpty() for s in shortcuts.values())

    view = window.view("households")
    window.show_view("reviews")
    window.view("reviews").table.setFocus()
    QTest.keyClick(window.view("reviews").table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is view and QApplication.focusWidget() is view.search
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.selected_household_id() == view.model.household_id(0)
    QTest.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.selected_household_id() == view.model.household_id(1)
    QTest.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.selected_household_id() == view.model.household_id(0)
    with qtbot.waitSignal(window.changed):
        QTest.keyClick(window, Qt.Key.Key_F5)


def test_a_toolbar_of_five(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    texts = [a.text().split("(")[0] for a in window.toolbar.actions()]
    assert len(texts) == 5 and texts[0].startswith("新增家庭") and "刷新" in texts


def test_from_the_search_box_enter_or_down_goes_to_the_first_household_found(qtbot, ctx, villages, make_household):
    """Ctrl+F, type, Enter: the cursor is on the first household found, a second Enter opens it
    (no mouse, no tabbing past the village and status boxes); Down does the same."""
    make_household(head="张三", head_id=make_id("19600101", 11))
    make_household(head="李四", head_id=make_id("19610101", 13))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.view("households")
    window.show_view("households")
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.search
    QTest.keyClicks(view.search, "ls")  # typed faster than the pause the search waits for
    QTest.keyClick(view.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.table
    lisi = view.selected_household_id()
    assert lisi is not None and view.model.row_of(lisi) == 0 and view.model.rowCount() == 1
    opened: list[int] = []
    view.open_household.connect(opened.append)
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [lisi]

    view.search.setFocus()
    view.search.clear()
    QTest.keyClick(view.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table and view.model.rowCount() == 2
    assert view.selected_household_id() is not None
