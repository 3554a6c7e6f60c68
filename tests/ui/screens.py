"""Walk every screen a person can reach and read the words on it.

``tour(window, qtbot)`` opens each view of the main window, each menu action, the household
list's context menu and the case page's step buttons, and yields ``(where, text)`` for every
word a person sees: window titles, labels, buttons, group titles, tabs, placeholders, tool
tips, combo box items, table headers and the first rows of every table, menu entries, the
spin boxes' text, and every message box shown. A dialog that opens is read and closed (modal
ones from inside their own event loop), so the tour never blocks.
"""

from __future__ import annotations

import html
import re
from typing import Iterator

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QDialog, QFileDialog, QGroupBox,
    QLabel, QLineEdit, QMenu, QMenuBar, QStackedWidget, QTabBar, QTextEdit, QWidget,
)

TAG = re.compile(r"<[^>]+>")
TABLE_ROWS = 4


def plain(text: str) -> str:
    return html.unescape(TAG.sub(" ", text)) if "<" in text else text


def shown(widget: QWidget, top: QWidget) -> bool:
    """Shown on ``top`` or on one of its tab pages (a stacked page not current is still a page
    a person reaches by clicking its tab)."""
    w = widget
    while w is not None and w is not top:
        parent = w.parentWidget()
        if w.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        w = parent
    return True


def menu_words(menu: QMenu | QMenuBar, where: str) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield f"{where} > menu", action.text()
        derived = re.sub(r"\(&(.)\)", r"(\1)", action.text()).replace("&", "").rstrip("…").rstrip(".")
        if action.toolTip() and action.toolTip() != derived:
            yield f"{where} > tooltip", action.toolTip()
        if action.menu() is not None:
            yield from menu_words(action.menu(), f"{where} > {action.text()}")


def model_words(view: QAbstractItemView, where: str, cells: bool = True) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount()
    except TypeError:  # a list model's columnCount is private: one column
        columns = 1
    rows = model.rowCount()
    for section in range(columns):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield f"{where} > header", value
    for row in range(min(TABLE_ROWS, rows) if cells else 0):
        for column in range(columns):
            value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield f"{where} > cell", value
            tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield f"{where} > cell tip", tip


def words(top: QWidget) -> Iterator[tuple[str, str]]:
    """Every word shown on ``top`` and its children."""
    name = type(top).__name__
    yield f"{name} title", top.windowTitle()
    for w in [top, *top.findChildren(QWidget)]:
        if not shown(w, top) or w.objectName().startswith("qt_calendar") or w.property("verbatim"):
            continue  # Qt's calendar speaks the locale's language by itself; language names stay as they are
        where = f"{name}/{type(w).__name__}:{w.objectName()}"
        if w.toolTip():
            yield f"{where} tooltip", plain(w.toolTip())
        if isinstance(w, QLabel):
            yield where, plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QLineEdit):
            yield where, w.placeholderText()
        elif isinstance(w, QTextEdit):
            yield where, w.toPlainText()
        elif isinstance(w, QComboBox):
            if w.objectName() == "lookInCombo":  # a QFileDialog's folder path
                continue
            for i in range(w.count()):
                yield where, w.itemText(i)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield where, w.tabText(i)
        elif isinstance(w, QAbstractSpinBox):
            yield where, w.text()
            yield where, w.specialValueText()
        elif isinstance(w, QAbstractItemView):
            if isinstance(top, QFileDialog):  # the files and folders on this machine are not words
                yield from model_words(w, where, cells=False)
            else:
                yield from model_words(w, where)
        elif isinstance(w, (QMenuBar, QMenu)):
            yield from menu_words(w, where)


class Catcher:
    """Reads and closes every window that opens while it runs, modal ones included."""

    def __init__(self, keep: set[int]):
        self.keep = keep
        self.seen: list[tuple[str, str]] = []
        self.timer = QTimer()
        self.timer.setInterval(40)
        self.timer.timeout.connect(self.poll)

    def poll(self) -> None:
        for w in QApplication.topLevelWidgets():
            if id(w) in self.keep or not w.isVisible():
                continue
            if isinstance(w, QMenu):
                self.seen.extend(menu_words(w, "popup"))
                w.close()
                continue
            self.seen.extend(words(w))
            if isinstance(w, QDialog):
                w.reject()
            w.close()

    def __enter__(self) -> "Catcher":
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        QApplication.processEvents()
        self.poll()
        self.timer.stop()


def tour(window, qtbot, message_boxes: list) -> list[tuple[str, str]]:
    """Everything a person reads on the way through the window (see the module doc)."""
    seen: list[tuple[str, str]] = []
    keep = {id(window)}
    seen.extend(words(window))
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(20)
        seen.extend(words(window))
    households = window.view("households")
    if households is not None and households.model.rowCount():
        households.table.selectRow(0)
        qtbot.wait(20)
        seen.extend(words(window))
        from dibao_desk.ui.actions.households import household_menu

        rect = households.table.visualRect(households.model.index(0, 1))
        menu = household_menu(window, rect.center())
        if menu is not None:
            entries = [a for a in menu.actions() if not a.isSeparator()]
            seen.extend(menu_words(menu, "household menu"))
            menu.close()
            for action in entries:
                with Catcher(keep) as catcher:
                    action.trigger()
                    qtbot.wait(60)
                seen.extend(catcher.seen)
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None or "退出" in action.text() \
                    or action.text().startswith("⟪退出"):
                continue
            if households is not None and households.model.rowCount():
                households.table.selectRow(0)
            with Catcher(keep) as catcher:
                action.trigger()
                qtbot.wait(60)
            seen.extend(catcher.seen)
    cases = window.view("cases")
    if cases is not None:  # each step's form, from a case waiting at that step
        window.show_view("cases")
        steps_seen: set = set()
        for row in range(cases.model.rowCount()):
            step = cases.model.rows[row].next_step
            if step in steps_seen:
                continue
            steps_seen.add(step)
            cases.table.selectRow(row)
            qtbot.wait(20)
            seen.extend(words(window))
            for action in window.menu("cases").actions():
                if action.isSeparator() or action.menu() is not None:
                    continue
                cases.table.selectRow(row)
                with Catcher(keep) as catcher:
                    action.trigger()
                    qtbot.wait(60)
                seen.extend(catcher.seen)
        if cases.model.rowCount():  # every step's form, whatever step the case waits at
            from dibao_desk.ui.actions import procedure as procedure_actions
            from dibao_desk.ui.dialogs.application_dialog import ApplicationDialog

            case_id = cases.model.rows[0].id
            for step in range(2, 11):
                with Catcher(keep) as catcher:
                    procedure_actions.open_step(window, case_id, step)
                    qtbot.wait(60)
                seen.extend(catcher.seen)
            if households is not None and households.model.rowCount():
                with Catcher(keep) as catcher:
                    procedure_actions._show_dialog(window, ApplicationDialog(
                        window.ctx, households.model.household_id(0), procedure_actions._today(window), window), None)
                    qtbot.wait(60)
                seen.extend(catcher.seen)
    from PySide6.QtCore import QCoreApplication

    from dibao_desk.ui.dialogs.first_start import FirstStartDialog
    from dibao_desk.ui.dialogs.policy_set import PolicySetDialog
    from dibao_desk.ui.text_prompt import TextPrompt

    def refusal_prompt():  # the county's 不批准, worded as CountyView asks
        return TextPrompt(window, QCoreApplication.translate("CountyView", "不批准"),
                          QCoreApplication.translate("CountyView", "不批准的理由："))

    for make in (lambda: PolicySetDialog(window.ctx, None, window), lambda: FirstStartDialog(window.ctx),
                 refusal_prompt):
        with Catcher(keep) as catcher:
            dialog = make()
            dialog.show()
            qtbot.wait(60)
        seen.extend(catcher.seen)
    seen.extend(inner_screens(window, qtbot, keep))
    seen.extend(("message box", f"{title}\n{text}") for _kind, title, text in message_boxes)
    return [(where, text) for where, text in seen if text]


def inner_screens(window, qtbot, keep: set[int]) -> list[tuple[str, str]]:
    """What only a button inside a view or dialog shows: a register's correction, a recovery
    added and repaid, the bank account list's preview, a roster made and signed."""
    import tempfile
    from pathlib import Path

    from openpyxl import Workbook
    from PySide6.QtCore import QCoreApplication

    from dibao_desk.models import Household
    from dibao_desk.ui.dialogs.accounts_import import AccountsImportDialog
    from dibao_desk.ui.dialogs.certificate_dialog import CertificateOffsetDialog
    from dibao_desk.ui.dialogs.recovery_register import RecoveryDialog
    from dibao_desk.ui.dialogs.register_correction import CorrectionDialog

    seen: list[tuple[str, str]] = []
    ctx = window.ctx

    def read(make) -> None:
        with Catcher(keep) as catcher:
            dialog = make()
            dialog.show()
            qtbot.wait(60)
        seen.extend(catcher.seen)

    read(lambda: CorrectionDialog(QCoreApplication.translate("BlacklistDialog", "更正申报不实记录"), "",
                                  lambda _reason: None, window))
    read(lambda: CertificateOffsetDialog(ctx, parent=window))
    households = window.view("households")
    if households is None or not households.model.rowCount():
        return seen
    hid = households.model.household_id(0)
    with ctx.uow() as uow:
        head = uow.session.get(Household, hid)
        name, id_number, bank = head.head_name, head.head_id_number, head.bank_name

    dialog = RecoveryDialog(ctx, parent=window, household_id=hid)
    keep.add(id(dialog))
    dialog.show()
    dialog.reference_edit.setText("德民追〔2026〕5号")
    dialog.amount_edit.setText("100")
    dialog.add_button.click()
    qtbot.wait(20)
    seen.extend(words(dialog))
    dialog.received_amount_edit.setText("10")
    dialog.receipt_edit.setText("0012")
    dialog.receive_button.click()
    qtbot.wait(20)
    seen.extend(words(dialog))
    dialog.close()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "2026.xlsx"  # its name and its sheet's are shown: digits, not words
        book = Workbook()
        book.active.title = "1"
        book.active.append(["序号", "姓名", "身份证号", "账号", "开户行"])
        book.active.append([1, name, id_number, "6217990000000000018", bank])
        book.active.append([2, name, "110101199001011237", "6217990000000000026", bank])
        book.save(path)
        read(lambda: AccountsImportDialog(ctx, window, path=str(path)))

    payroll = window.view("payroll")
    if payroll is not None:
        window.show_view("payroll")
        with Catcher(keep) as catcher:
            payroll.make()
            qtbot.wait(20)
            seen.extend(words(window))
            payroll.leader_edit.setText("王主任")
            payroll.sign()
            qtbot.wait(20)
            seen.extend(words(window))
        seen.extend(catcher.seen)
    return seen
