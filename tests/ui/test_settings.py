"""The settings window: adding a policy set by typing and clicking keeps the old set;
office details saved; other features' pages shown; the household's eligibility panel."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QWidget
from sqlalchemy import update

from dibao_desk.models import Household
from dibao_desk.services import office, policy
from dibao_desk.ui.actions import settings as actions
from dibao_desk.ui.main_window import MainWindow
from dibao_desk.ui.widgets.eligibility_panel import EligibilityPanel
from tests.helpers import type_text


@pytest.fixture
def window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_settings(qtbot, window):
    action = next(a for a in window.menu("settings").actions() if a.text().startswith("设置"))
    action.trigger()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    return dialog


def field(dialog, name):
    w = dialog.findChild(QWidget, name)
    assert w is not None, name
    return w


def test_add_a_policy_set_by_typing_and_clicking(qtbot, window, ctx, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    settings = open_settings(qtbot, window)
    page = settings.policy_page
    settings.tabs.setCurrentWidget(page)
    assert page.table.rowCount() == 1 and "示例" in page.table.item(0, 7).text()
    assert "示例" in page.example_warning.text()

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    d = page.dialog
    qtbot.waitExposed(d)
    field(d, "effective_from").setDate(QDate(2026, 7, 1))
    type_text(field(d, "rural_standard_fen"), "480")
    type_text(field(d, "urban_standard_fen"), "650.5")
    type_text(field(d, "note"), "县民政局通知：2026年7月起提标")
    method = field(d, "method")
    method.setCurrentIndex(method.findData("difference_plus"))
    assert field(d, "working_age_end_female").value() == 55
    field(d, "working_age_end_female").setValue(50)  # 劳动年龄 for the 失业登记 check item
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.isVisible())  # saved on the worker (a rural raise reschedules)
    assert policy.list_policy_sets(ctx.uow())[-1].figures.working_age_end_female == 50

    sets = policy.list_policy_sets(ctx.uow())
    assert len(sets) == 2
    old, new = sets
    assert old.is_example and old.figures.rural_standard_fen == 45000  # the old set is kept as it was
    assert old.in_force_until == dt.date(2026, 6, 30)
    assert new.effective_from == dt.date(2026, 7, 1) and new.note == "县民政局通知：2026年7月起提标"
    assert (new.figures.rural_standard_fen, new.figures.urban_standard_fen) == (48000, 65050)
    assert new.figures.method == "difference_plus"
    assert new.figures.notice_days == 7  # untouched figures carried over from the set shown
    assert policy.policy_in_force(ctx.uow(), dt.date(2026, 6, 1)).id == old.id
    assert policy.policy_in_force(ctx.uow(), dt.date(2026, 7, 1)).id == new.id
    # the history shows both, the new one selected
    assert page.table.rowCount() == 2
    assert page.table.item(1, 0).text() == "2026-07-01" and page.table.item(1, 3).text() == "480.00"
    assert page.table.item(0, 1).text() == "2026-06-30"
    assert page.selected().id == new.id and "480.00" in page.detail.toPlainText()
    assert page.example_warning.text() == ""
    assert "2026-07-01" in asked[0]  # in force already: offered to recompute (declined here)


def test_a_bad_figure_is_refused_and_nothing_is_written(qtbot, window, ctx, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    settings = open_settings(qtbot, window)
    page = settings.policy_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    d = page.dialog
    type_text(field(d, "rural_standard_fen"), "四百八")
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert shown and "农村低保标准" in shown[-1] and "四百八" in shown[-1]
    type_text(field(d, "rural_standard_fen"), "0")
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "应大于 0" in shown[-1]
    assert d.isVisible()
    assert len(policy.list_policy_sets(ctx.uow())) == 1


def test_office_details_are_saved(qtbot, window, ctx):
    settings = open_settings(qtbot, window)
    page = settings.office_page
    type_text(page.fields["complaint_phone"], "0792-4300000")
    type_text(page.fields["operator"], "李经办")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    info = office.get_office(ctx.uow())
    assert info.complaint_phone == "0792-4300000" and info.operator == "李经办"
    assert info.name == "德安镇" and ctx.operator == "李经办"


def test_other_features_pages_are_shown(qtbot, ctx):
    def factory(context, parent):
        w = QLabel("另一功能的设置", parent)
        w.context = context
        return w

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.extend("settings_page", ("另一功能", factory))
    settings = actions.open_settings(w)
    titles = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
    assert titles[:2] == ["本单位", "政策标准"] and titles[-1] == "另一功能"
    assert settings.tabs.widget(len(titles) - 1).context is ctx


def test_eligibility_panel_shows_conditions_and_the_explanation(qtbot, ctx, make_household):
    h = make_household(wages_fen=30000)
    with ctx.uow() as uow:
        uow.session.execute(update(Household).where(Household.id == h.id).values(status="receiving"))
        uow.commit()
    panel = EligibilityPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_household(h.id, dt.date(2026, 11, 1))
    text = panel.view.toPlainText()
    assert "符合低保条件，每月保障金 150.00 元" in text
    assert "户籍：户籍在本乡镇（德安镇）" in text
    assert "人均 300.00 元，低于保障标准 450.00 元" in text
    assert "存款及有价证券共 0.00 元" in text
    assert "补差：450.00 元 × 1 人 − 300.00 元 = 150.00 元" in text
    assert "现登记发放 0.00 元/月" in text
    assert panel.print_button.isEnabled()
    assert panel.lines()[0].startswith("✔ 户籍")
    panel.show_household(None)
    assert "请选择一户" in panel.view.toPlainText()


def test_eligibility_panel_moves_on_to_the_new_month_when_left_open(qtbot, ctx, make_household):
    """The household list open since 30 November: on 1 December the next household chosen is
    assessed for December, not November; a month the operator chose stays."""
    h = make_household(wages_fen=30000)
    panel = EligibilityPanel(ctx)
    qtbot.addWidget(panel)
    panel.clock = lambda: dt.date(2026, 11, 30)
    panel.show_household(h.id)
    assert panel.selected_month() == dt.date(2026, 11, 1)
    panel.clock = lambda: dt.date(2026, 12, 1)
    panel.show_household(h.id)
    assert panel.selected_month() == dt.date(2026, 12, 1)
    panel.month.setDate(QDate(2026, 9, 1))
    panel.clock = lambda: dt.date(2027, 1, 1)
    panel.show_household(h.id)
    assert panel.selected_month() == dt.date(2026, 9, 1)


def test_screenshots(qtbot, window, ctx, make_household, tmp_path):
    """Not an assertion of looks: keeps the windows renderable (and handy to look at)."""
    settings = open_settings(qtbot, window)
    settings.tabs.setCurrentWidget(settings.policy_page)
    assert not settings.grab().isNull()
    qtbot.mouseClick(settings.policy_page.add_button, Qt.MouseButton.LeftButton)
    d = settings.policy_page.dialog
    assert not d.grab().isNull()
    for line in d.findChildren(QLineEdit):
        assert "{" not in line.text()


def test_recompute_from_the_menu(qtbot, window, ctx, make_household, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    h = make_household(wages_fen=30000)
    with ctx.uow() as uow:
        uow.session.execute(update(Household).where(Household.id == h.id).values(status="receiving"))
        uow.commit()
    shown = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2026年11月", True))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    action = next(a for a in window.menu("settings").actions() if a.text().startswith("重新计算"))
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "2026年11月" in shown[0] and "在保 1 户 1 人，月保障金合计 150.00 元" in shown[0]
    assert "批量建议" in shown[0]
    with ctx.uow() as uow:
        assert uow.session.get(Household, h.id).monthly_benefit_fen == 0  # proposed, not yet granted
    from dibao_desk.services import proposals

    [row] = proposals.list_proposals(ctx.uow())
    assert (row.kind, row.households, row.after_fen) == ("standard", 1, 15000)


def test_closing_with_unsaved_office_details_asks(qtbot, window, ctx, monkeypatch):
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked = []

    def question(*a, **k):
        asked.append(a[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    settings = open_settings(qtbot, window)
    type_text(settings.office_page.fields["complaint_box"], "村委会门口意见箱")
    settings.accept()
    assert settings.isVisible() and "未保存" in asked[0]  # cancelled: still open, nothing lost
    settings.accept()
    assert not settings.isVisible()
    assert office.get_office(ctx.uow()).complaint_box == "村委会门口意见箱"


def test_a_set_in_force_now_offers_to_recompute(qtbot, window, ctx, make_household, monkeypatch):
    h = make_household(wages_fen=30000)
    with ctx.uow() as uow:
        uow.session.execute(update(Household).where(Household.id == h.id).values(status="receiving"))
        uow.commit()
    asked, shown = [], []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    settings = open_settings(qtbot, window)
    page = settings.policy_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    d = page.dialog
    this_month = dt.date.today().replace(day=1)
    field(d, "effective_from").setDate(QDate(this_month.year, this_month.month, 1))
    type_text(field(d, "rural_standard_fen"), "500")
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)  # saved on the worker, then asked
    assert "现在重新计算" in asked[0]
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    from dibao_desk.services import proposals

    [row] = proposals.list_proposals(ctx.uow())
    assert row.after_fen == 20000  # (500 - 300) x 1, proposed as one batch


def test_the_review_rules_save_button_shows_whole_without_scrolling(qtbot, window, program_font):
    """复核周期 opens with 保存为新的复核周期标准 whole at the bottom of the page, not cut in
    half by the settings window's edge (at the program's font, in a window that fits 1366×728)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QPushButton, QScrollArea

    dialog = open_settings(qtbot, window)
    page = next(dialog.tabs.widget(i) for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i) == "复核周期")
    dialog.tabs.setCurrentWidget(page)
    qtbot.wait(50)
    assert dialog.height() + 32 <= 728
    button = page.findChild(QPushButton, "save_rules")
    viewport = page.findChild(QScrollArea).viewport()
    top_left = button.mapTo(viewport, QPoint(0, 0))
    assert viewport.rect().contains(QRect(top_left, button.size()))


@pytest.mark.skipif(not hasattr(__import__("time"), "tzset"), reason="needs time.tzset to set the zone")
def test_a_policy_sets_entry_time_is_shown_on_the_offices_clock(qtbot, window, ctx, monkeypatch):
    # the store keeps the moment a set was entered in UTC; an office in China entering it at
    # 07:30 on 2 December must read 07:30, not 23:30 of the day before
    import time

    from dibao_desk.models import PolicySet

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        with ctx.uow() as uow:
            uow.session.execute(update(PolicySet).values(created_at=dt.datetime(2026, 12, 1, 23, 30)))
            uow.commit()
        settings = open_settings(qtbot, window)
        page = settings.policy_page
        settings.tabs.setCurrentWidget(page)
        page.table.selectRow(0)
        text = page.detail.toPlainText()
        assert "录入：2026-12-02 07:30" in text, text
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def _answer(monkeypatch, button):
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _tab(settings, title):
    i = next(i for i in range(settings.tabs.count()) if settings.tabs.tabText(i) == title)
    settings.tabs.setCurrentIndex(i)
    return settings.tabs.widget(i)


def test_esc_with_a_new_account_typed_names_the_tab_and_cancel_keeps_it(qtbot, window, ctx, monkeypatch):
    from dibao_desk.ui.widgets.accounts_page import AccountsPage

    window.extend("settings_page", ("账号", lambda c, parent: AccountsPage(c, parent)))  # a store with accounts
    settings = open_settings(qtbot, window)
    page = _tab(settings, "账号")
    type_text(page.name, "zhangsan")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(page.name, Qt.Key.Key_Escape)
    assert asked == ["“账号”页填写的内容还没有保存，确定要放弃吗？"]
    assert settings.isVisible() and page.name.text() == "zhangsan"

    settings.tabs.setCurrentIndex(0)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    settings.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()  # 关闭
    assert len(asked) == 1 and settings.isVisible()
    assert settings.tabs.currentWidget() is page  # shown where the words are

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    settings.close()  # the title bar's ×
    assert len(asked) == 1 and not settings.isVisible()


def test_a_chosen_village_is_no_typing_but_a_name_typed_over_it_is(qtbot, window, ctx, monkeypatch):
    settings = open_settings(qtbot, window)
    page = _tab(settings, "村（社区）")
    assert page.table.rowCount() > 0
    page.table.selectRow(0)
    assert page.name.text()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert asked == [] and not settings.isVisible()

    settings = open_settings(qtbot, window)
    page = _tab(settings, "村（社区）")
    page.table.selectRow(0)
    type_text(page.name, "新村")
    qtbot.keyClick(page.name, Qt.Key.Key_Escape)
    assert asked == ["“村（社区）”页填写的内容还没有保存，确定要放弃吗？"]
    assert settings.isVisible() and page.name.text() == "新村"


def test_a_changed_review_interval_asks_and_a_saved_one_does_not(qtbot, window, ctx, monkeypatch):
    settings = open_settings(qtbot, window)
    page = _tab(settings, "复核周期")
    spin = page.interval_spins[next(iter(page.interval_spins))]
    spin.setValue(spin.value() + 1 if spin.value() < spin.maximum() else spin.value() - 1)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(spin, Qt.Key.Key_Escape)
    assert asked == ["“复核周期”页填写的内容还没有保存，确定要放弃吗？"] and settings.isVisible()

    page.save_button.click()
    qtbot.waitUntil(lambda: "已保存" in page.status.text(), timeout=10000)
    qtbot.keyClick(spin, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not settings.isVisible()


def test_closing_untouched_settings_asks_nothing(qtbot, window, ctx, monkeypatch):
    settings = open_settings(qtbot, window)
    for i in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(i)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(settings.tabs, Qt.Key.Key_Escape)
    assert asked == [] and not settings.isVisible()


def test_another_roster_cycle_chosen_asks_until_saved(qtbot, window, ctx, monkeypatch):
    settings = open_settings(qtbot, window)
    page = _tab(settings, "造册")
    page.cycle_combo.setCurrentIndex(1 - page.cycle_combo.currentIndex())
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(page.cycle_combo, Qt.Key.Key_Escape)
    assert asked == ["“造册”页填写的内容还没有保存，确定要放弃吗？"] and settings.isVisible()

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.cycle_combo, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not settings.isVisible()


def test_a_role_or_idle_minutes_changed_and_not_saved_asks(qtbot, window, ctx, monkeypatch):
    """A role ticked, 启用 unticked or the idle minutes set, then Esc: asked, and 取消 keeps them;
    once saved, Esc closes without asking."""
    from dibao_desk.domain.accounts import Role
    from dibao_desk.services import accounts
    from dibao_desk.ui.widgets.accounts_page import AccountsPage

    accounts.create_account(ctx.uow(), "刘主任", "dibao-2026", {Role.ADMIN})
    ctx.sign_in(accounts.sign_in(ctx.uow(), "刘主任", "dibao-2026"))
    accounts.create_account(ctx.uow(), "lisi", "dibao-2026", {Role.CLERK})
    window.extend("settings_page", ("账号", lambda c, parent: AccountsPage(c, parent)))
    settings = open_settings(qtbot, window)
    page = _tab(settings, "账号")
    row = next(r for r, a in enumerate(page.accounts) if a.name == "lisi")
    page.table.selectRow(row)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    for box in (page.roles[Role.REVIEWER], page.active):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        assert asked[-1:] == ["“账号”页填写的内容还没有保存，确定要放弃吗？"] and settings.isVisible()
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)  # back as saved: nothing to lose
    assert len(asked) == 2 and page.roles[Role.CLERK].isChecked() and page.active.isChecked()

    page.idle.setValue(page.idle.value() + 5)
    qtbot.keyClick(page.idle, Qt.Key.Key_Escape)
    assert len(asked) == 3 and settings.isVisible()
    page.idle_button.click()
    qtbot.mouseClick(page.roles[Role.REVIEWER], Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert len(asked) == 4 and page.roles[Role.REVIEWER].isChecked()
    page.save_button.click()
    assert {Role.CLERK, Role.REVIEWER} <= next(a for a in accounts.list_accounts(ctx.uow()) if a.name == "lisi").roles
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert len(asked) == 4 and not settings.isVisible()


def test_a_village_s_kind_or_population_changed_and_not_saved_asks(qtbot, window, ctx, monkeypatch):
    settings = open_settings(qtbot, window)
    page = _tab(settings, "村（社区）")
    page.table.selectRow(0)
    saved_kind, saved_population = page.kind.currentIndex(), page.population.value()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.kind.setCurrentIndex((saved_kind + 1) % page.kind.count())
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert asked == ["“村（社区）”页填写的内容还没有保存，确定要放弃吗？"] and settings.isVisible()
    assert page.kind.currentIndex() != saved_kind

    page.kind.setCurrentIndex(saved_kind)
    page.population.setValue(saved_population + 100)
    qtbot.keyClick(page.population, Qt.Key.Key_Escape)
    assert len(asked) == 2 and settings.isVisible() and page.population.value() == saved_population + 100

    page.rename_button.click()
    assert office.list_villages(ctx.uow())[0].population == saved_population + 100
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not settings.isVisible()
