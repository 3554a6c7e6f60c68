"""Villages in the settings window: add, rename with population, merge with all households."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dibao_desk.models import AuditLog, Household
from dibao_desk.services import office
from dibao_desk.ui.widgets.villages_page import VillagesPage
from tests.helpers import make_id, type_text


def _select(page, name):
    page.table.selectRow([page.table.item(r, 0).text() for r in range(page.table.rowCount())].index(name))


def test_rename_and_population_then_add(qtbot, ctx, villages, monkeypatch):
    page = VillagesPage(ctx)
    qtbot.addWidget(page)
    _select(page, "东风村")
    assert page.name.text() == "东风村" and page.population.value() == 1800
    type_text(page.name, "东风新村")
    page.population.setValue(2100)
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    got = {v.name: v.population for v in office.list_villages(ctx.uow())}
    assert got == {"东风新村": 2100, "向阳社区": 3200}
    type_text(page.name, "向阳社区")  # a name taken: refused, nothing changes
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert shown == ["村（社区）“向阳社区”已存在"] and len(office.list_villages(ctx.uow())) == 2
    type_text(page.name, "红星村")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [v.name for v in office.list_villages(ctx.uow())] == ["东风新村", "向阳社区", "红星村"]


def test_merge_moves_every_household_and_adds_the_population(qtbot, ctx, villages, make_household, monkeypatch):
    make_household(head="张三", head_id=make_id("19600101", 11), village="东风村")
    make_household(head="李四", head_id=make_id("19610101", 13), village="东风村")
    make_household(head="王五", head_id=make_id("19620101", 15), village="向阳社区")
    page = VillagesPage(ctx)
    qtbot.addWidget(page)
    _select(page, "东风村")
    page.merge_target.setCurrentIndex(page.merge_target.findText("向阳社区"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert [(v.name, v.population) for v in office.list_villages(ctx.uow())] == [("向阳社区", 5000)]
    with ctx.uow() as uow:
        assert {h.village.name for h in uow.session.query(Household)} == {"向阳社区"}
        audit = uow.session.query(AuditLog).filter_by(entity="village", action="merge").one()
        assert '"households": 2' in audit.after
    assert "已把“东风村”的 2 户并入“向阳社区”" in page.status.text()


def test_a_retired_village_takes_no_new_household_and_keeps_its_own(qtbot, ctx, villages, make_household):
    import datetime as dt

    import pytest

    from dibao_desk.domain.problems import RuleError
    from dibao_desk.services import households
    from dibao_desk.ui.dialogs.household_form import HouseholdForm
    from tests.conftest import simple_draft

    old = make_household(head="张三", head_id=make_id("19600101", 11), village="东风村")
    page = VillagesPage(ctx)
    qtbot.addWidget(page)
    _select(page, "东风村")
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)  # the question is answered Yes
    assert page.table.item(0, 4).text().endswith("起停用")
    assert page.retire_button.text() == "恢复使用所选村"
    # the form offers it no more for a new household
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    assert [form.village.itemText(i) for i in range(form.village.count())] == ["向阳社区"]
    # the service refuses one all the same, with the reason
    with pytest.raises(RuleError) as info:
        households.save(ctx.uow(), simple_draft(villages["东风村"], head="李四", head_id=make_id("19610101", 13)),
                        today=dt.date(2026, 11, 30))
    assert [p.code for p in info.value.problems] == ["household.village_retired"]
    # its own household stays, and can still be changed there
    edit = HouseholdForm(ctx, old.id)
    qtbot.addWidget(edit)
    assert edit.village.currentText() == "东风村（已停用）"
    households.save(ctx.uow(), old.draft, old.id, today=dt.date(2026, 11, 30))
    with ctx.uow() as uow:
        assert uow.session.get(Household, old.id).village_id == villages["东风村"]
        assert [a.action for a in uow.session.query(AuditLog).filter(AuditLog.entity == "village").order_by(AuditLog.id)][-1] == "retire"
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert [v.retired_on for v in office.list_villages(ctx.uow())] == [None, None]


def test_the_reviews_statistics_and_payroll_tabs_list_villages_as_renamed_and_merged(
        qtbot, ctx, villages, monkeypatch):
    from dibao_desk.ui.actions import settings as settings_actions
    from dibao_desk.ui.main_window import MainWindow

    def listed(combo):
        return [combo.itemText(i) for i in range(combo.count())]

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    reviews_view, statistics_view, payroll_view = (window.view(n) for n in ("reviews", "statistics", "payroll"))
    window.show_view("reviews")
    assert listed(reviews_view.village_combo) == ["全部", "东风村", "向阳社区"]
    reviews_view.village_combo.setCurrentIndex(reviews_view.village_combo.findText("东风村"))
    payroll_view.village_combo.setCurrentIndex(payroll_view.village_combo.findText("东风村"))

    dialog = settings_actions.open_settings(window)
    page = next(dialog.tabs.widget(i) for i in range(dialog.tabs.count())
                if isinstance(dialog.tabs.widget(i), VillagesPage))
    _select(page, "东风村")
    type_text(page.name, "东风新村")
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    _select(page, "向阳社区")
    page.merge_target.setCurrentIndex(page.merge_target.findText("东风新村"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert [v.name for v in office.list_villages(ctx.uow())] == ["东风新村"]
    dialog.accept()

    assert listed(reviews_view.village_combo) == ["全部", "东风新村"]
    assert reviews_view.village_combo.currentText() == "东风新村"  # the one chosen, under its new name
    window.show_view("statistics")
    qtbot.waitUntil(lambda: statistics_view.overview is not None and not statistics_view._dirty, timeout=10000)
    assert listed(statistics_view.village_combo) == ["全乡镇", "东风新村"]
    window.show_view("payroll")
    assert listed(payroll_view.village_combo) == ["全部村（社区）", "东风新村"]
    assert payroll_view.village_combo.currentData() == "东风新村"
