"""Registering households in the window, as an operator does it."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QMessageBox, QPushButton
from sqlalchemy import select

from dibao_desk.models import Household, IncomeItem, Member, Supporter
from dibao_desk.services import demo, households
from dibao_desk.ui.dialogs.household_form import HouseholdForm
from dibao_desk.ui.main_window import MainWindow
from dibao_desk.ui.tablemodels.households import HouseholdTableModel
from tests.helpers import make_id, type_text


def save_button(form):
    return form.buttons.button(QDialogButtonBox.StandardButton.Save)


def type_into(qtbot, widget, text):
    type_text(widget, text)


def test_register_a_household_by_typing_and_clicking_save(qtbot, ctx, villages):
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    form.village.setCurrentIndex(form.village.findText("向阳社区"))
    form.hukou.setCurrentIndex(form.hukou.findData("urban"))
    type_into(qtbot, form.address, "幸福路 8 号")
    type_into(qtbot, form.bank_account, "6217000011112222")
    m = form.members
    type_into(qtbot, m.widget(0, "name"), "张三")
    type_into(qtbot, m.widget(0, "id_number"), make_id("19580512", 11))
    qtbot.mouseClick(form.findChild(QPushButton, "add_member"), Qt.MouseButton.LeftButton)
    type_into(qtbot, m.widget(1, "name"), "李梅")
    type_into(qtbot, m.widget(1, "id_number"), make_id("19600101", 22))
    m.widget(1, "relation").setCurrentIndex(m.widget(1, "relation").findData("spouse"))
    m.widget(1, "work_capacity").setCurrentIndex(m.widget(1, "work_capacity").findData("none"))
    qtbot.mouseClick(form.findChild(QPushButton, "add_income"), Qt.MouseButton.LeftButton)
    form.incomes.widget(0, "kind").setCurrentIndex(form.incomes.widget(0, "kind").findData("pension"))
    form.incomes.widget(0, "member_index").setCurrentIndex(1)  # 张三
    type_into(qtbot, form.incomes.widget(0, "amount"), "350.50")
    qtbot.mouseClick(form.findChild(QPushButton, "add_supporter"), Qt.MouseButton.LeftButton)
    type_into(qtbot, form.supporters.widget(0, "name"), "张丽")
    type_into(qtbot, form.supporters.widget(0, "household_income"), "4500")
    type_into(qtbot, form.supporters.widget(0, "support_paid"), "200")
    # per-capita income is shown as the form is filled in
    assert "月人均收入 175.25 元" in form.summary.text()
    assert save_button(form).isEnabled()
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    assert form.result() == HouseholdForm.DialogCode.Accepted

    with ctx.uow() as uow:
        h = uow.session.scalars(select(Household)).one()
        assert (h.head_name, h.hukou_type, h.address, h.bank_account) == ("张三", "urban", "幸福路 8 号", "6217000011112222")
        assert h.village.name == "向阳社区"
        members = uow.session.scalars(select(Member).order_by(Member.position)).all()
        assert [(x.name, x.relation, x.work_capacity) for x in members] == [
            ("张三", "head", "full"), ("李梅", "spouse", "none")]
        income = uow.session.scalars(select(IncomeItem)).one()
        assert (income.kind, income.amount_fen, income.member_id) == ("pension", 35050, members[0].id)
        sup = uow.session.scalars(select(Supporter)).one()
        assert (sup.name, sup.household_income_fen, sup.support_paid_fen) == ("张丽", 450000, 20000)


def test_wrong_id_blocks_saving_and_shows_why(qtbot, ctx, villages):
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    type_into(qtbot, form.members.widget(0, "name"), "张三")
    good = make_id("19780512", 11)  # of working age: the default 完全劳动能力 raises nothing
    wrong = good[:-1] + ("0" if good[-1] != "0" else "1")
    type_into(qtbot, form.members.widget(0, "id_number"), wrong)
    assert not save_button(form).isEnabled()
    shown = [form.problems.item(i).text() for i in range(form.problems.count())]
    assert any("校验位不对" in s and f"应为 {good[-1]}" in s for s in shown), shown
    assert "校验位" in form.members.widget(0, "id_number").toolTip()
    type_into(qtbot, form.members.widget(0, "id_number"), good)
    assert save_button(form).isEnabled()
    assert form.problems.count() == 0


def test_id_already_registered_says_where(qtbot, ctx, villages, make_household):
    make_household(head="王五", head_id=make_id("19500101", 15), village="向阳社区")
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    type_into(qtbot, form.members.widget(0, "name"), "王五")
    type_into(qtbot, form.members.widget(0, "id_number"), make_id("19500101", 15))

    def shown():
        return " ".join(form.problems.item(i).text() for i in range(form.problems.count()))

    qtbot.waitUntil(lambda: "已登记在向阳社区户主“王五”的家庭中" in shown())  # once typing pauses
    assert not save_button(form).isEnabled()
    type_into(qtbot, form.members.widget(0, "name"), "王五六")  # another field: the finding stays
    assert "已登记在向阳社区" in shown() and not save_button(form).isEnabled()


def test_form_asks_the_store_once_typing_pauses_not_per_keystroke(qtbot, ctx, villages, monkeypatch):
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    real = households.check
    look_ups = []

    def counting(uow, draft, household_id=None, today=None, look_up=True):
        look_ups.append(look_up)
        return real(uow, draft, household_id, today, look_up)

    type_into(qtbot, form.members.widget(0, "name"), "王五")
    monkeypatch.setattr(households, "check", counting)
    number = make_id("19500101", 15)
    type_into(qtbot, form.members.widget(0, "id_number"), number)
    assert look_ups.count(False) >= len(number) and look_ups.count(True) == 0
    qtbot.waitUntil(lambda: look_ups.count(True) == 1)
    assert save_button(form).isEnabled()


def test_negative_amount_and_missing_head_are_caught_where_typed(qtbot, ctx, villages):
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    type_into(qtbot, form.members.widget(0, "name"), "李四")
    type_into(qtbot, form.members.widget(0, "id_number"), make_id("19700101", 11))
    form.members.widget(0, "relation").setCurrentIndex(form.members.widget(0, "relation").findData("spouse"))
    qtbot.mouseClick(form.findChild(QPushButton, "add_income"), Qt.MouseButton.LeftButton)
    type_into(qtbot, form.incomes.widget(0, "amount"), "-20")
    shown = " ".join(form.problems.item(i).text() for i in range(form.problems.count()))
    assert "没有户主" in shown and "不能为负数" in shown
    assert form.incomes.widget(0, "amount").property("invalid") is True
    assert not save_button(form).isEnabled()


def test_closing_with_unsaved_changes_asks_and_keeps_the_form(qtbot, ctx, villages, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Cancel)
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    form.show()
    type_into(qtbot, form.members.widget(0, "name"), "张三")
    form.reject()
    assert asked and form.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    form.reject()
    assert not form.isVisible()
    with ctx.uow() as uow:
        assert uow.session.scalars(select(Household)).first() is None


def test_household_table_model_passes_the_model_tester(qtbot, ctx):
    demo.generate(ctx.uow(), households=450, seed=5)
    model = HouseholdTableModel(ctx)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reload()
    assert model.rowCount() == 450
    # rows are paged in: the last row reads without loading everything before it
    assert model.data(model.index(449, 1))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_query(model.query.__class__(text="zzzz-nobody"))
    assert model.rowCount() == 0


def test_main_window_search_as_you_type_and_edit(qtbot, ctx, villages, make_household):
    make_household(head="张三", head_id=make_id("19600101", 11))
    make_household(head="李四", head_id=make_id("19610101", 13))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.view("households")
    assert view.model.rowCount() == 2
    type_text(view.search, "zs")
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 1)) == "张三"
    assert "共 1 户" in view.count.text()
    view.search.clear()
    view.status.setCurrentIndex(view.status.findData("receiving"))
    assert view.model.rowCount() == 0


def test_selected_household_shows_its_eligibility_and_offers_feature_actions(qtbot, ctx, villages, make_household):
    saved = make_household(head="张三", head_id=make_id("19600101", 11), wages_fen=20000)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.view("households")
    view.table.selectRow(0)
    assert view.detail is not None and view.detail.household_id == saved.id
    assert view.detail.view.toPlainText().strip()
    from dibao_desk.ui.actions.households import household_menu

    rect = view.table.visualRect(view.model.index(0, 1))
    menu = household_menu(window, rect.center())
    titles = [a.text() for a in menu.actions() if a.text()]
    assert titles[:2] == ["一户一档…", "修改家庭信息…"]
    assert len(titles) == 2 + len(window.extensions.get("household_actions", []))
    menu.close()


def test_a_new_member_is_not_a_second_head_by_default(qtbot, ctx, villages):
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    assert form.members.widget(0, "relation").currentData() == "head"
    qtbot.mouseClick(form.findChild(QPushButton, "add_member"), Qt.MouseButton.LeftButton)
    assert form.members.widget(1, "relation").currentData() == "other"
    form.members.widget(0, "relation").setCurrentIndex(form.members.widget(0, "relation").findData("spouse"))
    qtbot.mouseClick(form.findChild(QPushButton, "add_member"), Qt.MouseButton.LeftButton)
    assert form.members.widget(2, "relation").currentData() == "head"  # the household had none


def test_after_saving_the_household_is_selected_and_the_status_bar_says_so(qtbot, ctx, villages, monkeypatch,
                                                                            make_household):
    from dibao_desk.ui.actions import households as actions

    for k in range(3):
        make_household(head=f"赵{k}", head_id=make_id("19600101", 31 + 2 * k))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    target = households.query_ids(ctx.uow(), households.HouseholdQuery())[1]

    def fake_exec(form):
        type_into(qtbot, form.address, "新址 1 号")
        form.save()
        return form.result()

    monkeypatch.setattr(HouseholdForm, "exec", fake_exec)
    actions.edit_household(window, target)
    view = window.view("households")
    assert view.selected_household_id() == target and window.tabs.currentWidget() is view
    assert "已保存 户主 赵1 家（1 人）的修改" in window.statusBar().currentMessage()
    # a search that hides the saved household is cleared so it can be shown
    view.search.setText("zhao0")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    actions.edit_household(window, target)
    assert view.selected_household_id() == target and view.search.text() == ""


def test_search_says_which_member_it_found(qtbot, ctx, villages, make_household):
    from dibao_desk.ui.widgets.household_list import HouseholdList
    from tests.conftest import MemberDraft

    make_household(head="朱美", head_id=make_id("19700101", 22),
                   extra_members=(MemberDraft("张三", make_id("19680202", 11), "spouse"),))
    make_household(head="王五", head_id=make_id("19500101", 15))
    view = HouseholdList(ctx)
    qtbot.addWidget(view)
    type_into(qtbot, view.search, "zs")
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 1)) == "朱美（成员 张三）"
    type_into(qtbot, view.search, "zm")  # the head herself: nothing to explain
    assert view.model.data(view.model.index(0, 1)) == "朱美"
    type_into(qtbot, view.search, "")
    assert view.model.rowCount() == 2 and "成员" not in view.model.data(view.model.index(0, 1))


def test_an_income_entered_per_year_is_kept_per_month_and_shown_both_ways(qtbot, ctx, villages):
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    form.village.setCurrentIndex(form.village.findText("东风村"))
    type_into(qtbot, form.members.widget(0, "name"), "张三")
    type_into(qtbot, form.members.widget(0, "id_number"), make_id("19580512", 11))
    qtbot.mouseClick(form.findChild(QPushButton, "add_income"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.findChild(QPushButton, "add_income"), Qt.MouseButton.LeftButton)
    incomes = form.incomes
    incomes.widget(0, "kind").setCurrentIndex(incomes.widget(0, "kind").findData("farming"))
    unit = incomes.widget(0, "unit")
    unit.setCurrentIndex(unit.findData("year"))
    type_into(qtbot, incomes.widget(0, "amount"), "10000")  # 种植 a year
    type_into(qtbot, incomes.widget(1, "amount"), "300")  # 元 a month (the default unit)
    assert incomes.widget(0, "other_unit").text() == "每月 833.33 元"
    assert incomes.widget(1, "other_unit").text() == "每年 3600.00 元"
    assert "家庭月收入 1133.33 元" in form.summary.text()
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    with ctx.uow() as uow:
        stored = [(i.kind, i.amount_fen) for i in uow.session.scalars(select(IncomeItem).order_by(IncomeItem.id))]
    assert stored == [("farming", 83333), ("wages", 30000)]
    again = HouseholdForm(ctx, form.saved.id)
    qtbot.addWidget(again)
    assert [again.incomes.widget(r, "amount").text() for r in range(2)] == ["833.33", "300.00"]
    assert again.incomes.widget(0, "unit").currentData() == "month"
    assert again.incomes.widget(0, "other_unit").text() == "每年 9999.96 元"


def test_typing_in_the_shown_list_searches_once_typing_pauses_off_the_gui_thread(qtbot, ctx, villages,
                                                                                 make_household, monkeypatch):
    import threading

    from dibao_desk.ui.widgets.household_list import HouseholdList

    make_household(head="张三", head_id=make_id("19600101", 11))
    make_household(head="李四", head_id=make_id("19610101", 13))
    view = HouseholdList(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    threads = []
    real = households.query_ids
    monkeypatch.setattr(households, "query_ids",
                        lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k))
    type_text(view.search, "zs")
    assert view.model.rowCount() == 2 and threads == []  # nothing read while keys arrive
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    assert len(threads) == 1 and threads[0] is not threading.main_thread()  # one read, on the worker
    assert view.model.data(view.model.index(0, 1)) == "张三" and "共 1 户" in view.count.text()
    view.status.setCurrentIndex(view.status.findData("receiving"))  # a filter choice: at once
    assert view.model.rowCount() == 0


def test_a_ticked_unemployment_registration_is_saved_with_the_member(qtbot, ctx, villages):
    """已办失业登记 is a tick per member in the form, and saving keeps it with the member."""
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    type_into(qtbot, form.members.widget(0, "name"), "张三")
    type_into(qtbot, form.members.widget(0, "id_number"), make_id("19800512", 11))
    form.hukou.setCurrentIndex(form.hukou.findData("urban"))
    box = form.members.widget(0, "unemployment_registered").findChild(QCheckBox)
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert box.isChecked()
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    with ctx.uow() as uow:
        member = uow.session.scalars(select(Member)).one()
        assert (member.name, member.unemployment_registered) == ("张三", True)


def test_the_toolbar_acts_on_the_household_selected_in_the_tab_in_front(qtbot, ctx, monkeypatch):
    """修改所选家庭 and 记录所选家庭的复核 share the toolbar: each acts on the household the person
    selected in the tab in front, never on one selected earlier in a tab now hidden."""
    import datetime as dt

    from dibao_desk.ui.actions import households as household_actions
    from dibao_desk.ui.actions import reviews as review_actions

    demo.generate(ctx.uow(), households=60, seed=3, today=dt.date(2026, 11, 30))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    opened: list[tuple[str, int]] = []
    monkeypatch.setattr(household_actions, "edit_household", lambda _w, hid: opened.append(("edit", hid)))
    monkeypatch.setattr(review_actions, "record_review", lambda _w, hid: opened.append(("review", hid)))
    toolbar = {a.text(): a for a in window.toolbar.actions()}

    listed = window.view("households")
    window.show_view("households")
    listed.table.selectRow(0)
    in_list = listed.selected_household_id()
    toolbar["记录所选家庭的复核(&R)…"].trigger()
    assert opened == [("review", in_list)]

    due = window.view("reviews")
    review_actions._show(window, "overdue")
    qtbot.waitUntil(lambda: due.model.rowCount() > 0)
    row = next(r for r in range(due.model.rowCount()) if due.model.row_at(r).household_id != in_list)
    due.table.selectRow(row)
    in_reviews = due.selected_household()
    opened.clear()
    toolbar["修改所选家庭(&E)…"].trigger()
    toolbar["记录所选家庭的复核(&R)…"].trigger()
    assert opened == [("edit", in_reviews), ("review", in_reviews)]


def test_every_member_column_shows_without_scrolling_sideways(qtbot, ctx, villages, program_font):
    """At 1100 px 健康状况 and 人员状态 were behind a sideways scroll bar; the form now opens wide
    enough for all the member columns, and still fits a 1366 px screen."""
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    table = form.members
    assert table.horizontalScrollBar().maximum() == 0
    last = table.columnCount() - 1
    assert table.columnViewportPosition(last) + table.columnWidth(last) <= table.viewport().width()
    assert form.width() <= 1326


def test_deleting_a_member_row_leaves_each_income_with_its_own_member(qtbot, ctx, villages):
    """A member typed by mistake is deleted from the table: the incomes of the members after it
    stayed on the same row number, so the wife's wages became the son's, and the son's pension
    went to 全家. Each income now keeps its member; the deleted member's becomes 全家."""
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    form.village.setCurrentIndex(form.village.findText("东风村"))
    m = form.members
    people = [("张三", make_id("19580512", 11), "head"), ("错录", make_id("19900101", 33), "son"),
              ("李梅", make_id("19600101", 22), "spouse"), ("张军", make_id("19850101", 55), "son")]
    for row, (name, number, relation) in enumerate(people):
        if row:
            qtbot.mouseClick(form.findChild(QPushButton, "add_member"), Qt.MouseButton.LeftButton)
        type_into(qtbot, m.widget(row, "name"), name)
        type_into(qtbot, m.widget(row, "id_number"), number)
        m.widget(row, "relation").setCurrentIndex(m.widget(row, "relation").findData(relation))
    for row, (owner, amount) in enumerate(((1, "100"), (2, "800"), (3, "1500"))):
        qtbot.mouseClick(form.findChild(QPushButton, "add_income"), Qt.MouseButton.LeftButton)
        form.incomes.widget(row, "member_index").setCurrentIndex(owner + 1)  # after 全家
        type_into(qtbot, form.incomes.widget(row, "amount"), amount)
    m.setCurrentCell(1, 0)  # 错录
    qtbot.mouseClick(form.findChild(QPushButton, "delete_member"), Qt.MouseButton.LeftButton)
    assert [form.incomes.widget(r, "member_index").currentText() for r in range(3)] == ["全家", "李梅", "张军"]
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    with ctx.uow() as uow:
        owners = {i.amount_fen: (i.member.name if i.member else None)
                  for i in uow.session.scalars(select(IncomeItem))}
    assert owners == {10000: None, 80000: "李梅", 150000: "张军"}


def test_on_a_short_screen_the_member_table_keeps_several_rows(qtbot, ctx, villages, make_household):
    """At 125 % a 1366×768 screen leaves the form 582 px: the problems list kept its 110 px and
    the member table showed one row and a half, so a family of four was typed one row at a
    time. Below 640 px the problems list gives way (two lines, it scrolls); at full size it
    stays as it was."""
    hh = make_household()
    form = HouseholdForm(ctx, hh.id)
    qtbot.addWidget(form)
    form.resize(1089, 582)
    form.show()
    qtbot.waitExposed(form)
    qtbot.wait(20)
    assert form.members.viewport().height() >= 3 * form.members.rowHeight(0)
    assert form.problems.height() >= 40
    form.resize(1307, 680)
    qtbot.wait(20)
    assert form.problems.maximumHeight() == 110


def test_an_income_typed_with_a_slip_beyond_any_real_figure_blocks_saving_with_a_sentence(qtbot, ctx, villages):
    """"1e17" 元 a month (a pasted figure, a key held down) crashed the save with an integer
    overflow; the form now says why and saves nothing until it is corrected."""
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    form.village.setCurrentIndex(form.village.findText("东风村"))
    type_into(qtbot, form.members.widget(0, "name"), "张三")
    type_into(qtbot, form.members.widget(0, "id_number"), make_id("19580512", 11))
    qtbot.mouseClick(form.findChild(QPushButton, "add_income"), Qt.MouseButton.LeftButton)
    type_into(qtbot, form.incomes.widget(0, "amount"), "1e17")
    shown = [form.problems.item(i).text() for i in range(form.problems.count())]
    assert any("大得不合常理" in line for line in shown), shown
    assert not save_button(form).isEnabled()
    type_into(qtbot, form.incomes.widget(0, "amount"), "300")
    assert save_button(form).isEnabled()
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    with ctx.uow() as uow:
        assert [i.amount_fen for i in uow.session.scalars(select(IncomeItem))] == [30000]


def test_a_deduction_above_what_the_policy_allows_is_pointed_out_beside_the_summary(qtbot, ctx, villages):
    """The summary subtracts the 300 元 declared; the means test only the 100 元 allowed for one
    employed member. The form says so once typing pauses, and saving is not blocked."""
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    form.village.setCurrentIndex(form.village.findText("东风村"))
    type_into(qtbot, form.members.widget(0, "name"), "张三")
    type_into(qtbot, form.members.widget(0, "id_number"), make_id("19700512", 11))
    employment = form.members.widget(0, "employment")
    employment.setCurrentIndex(employment.findData("employed"))
    qtbot.mouseClick(form.findChild(QPushButton, "add_income"), Qt.MouseButton.LeftButton)
    type_into(qtbot, form.incomes.widget(0, "amount"), "500")
    type_into(qtbot, form.deduction, "300")

    def said() -> list[str]:
        return [form.problems.item(i).text() for i in range(form.problems.count())
                if "超过现行政策标准" in form.problems.item(i).text()]

    qtbot.waitUntil(lambda: bool(said()), timeout=5000)
    assert said() == ["提示：申报的就业成本扣减 300.00 元超过现行政策标准（2000-01-01 起执行）允许的 100.00 元，"
                      "认定收入和测算保障金时按 100.00 元计"]
    # the summary subtracts the allowed 100 元, the figure the list shows once saved
    assert form.summary.text() == ("家庭月收入 500.00 元，扣减 100.00 元，计算收入 400.00 元；"
                                   "家庭人口 1 人（保障 1 人）；月人均收入 400.00 元")
    assert save_button(form).isEnabled()
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    with ctx.uow() as uow:
        assert uow.session.execute(select(Household.employment_deduction_fen, Household.income_fen,
                                          Household.per_capita_fen)).one() == (30000, 40000, 40000)


def test_saving_over_a_change_made_in_another_window_is_refused_and_said(qtbot, ctx, villages, make_household,
                                                                          monkeypatch):
    import datetime as dt
    from dataclasses import replace

    saved = make_household(head="张三")
    form = HouseholdForm(ctx, saved.id, today=dt.date(2026, 11, 30))
    qtbot.addWidget(form)
    # meanwhile another window records the household's new phone number
    households.save(ctx.uow(), replace(saved.draft, phone="13800000001"), saved.id, today=dt.date(2026, 11, 30))
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    type_into(qtbot, form.address, "幸福路 9 号")
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    assert said and "已被修改" in said[0] and "张三" in said[0]
    assert form.isVisible() or form.result() != form.DialogCode.Accepted
    with ctx.uow() as uow:
        h = uow.session.get(Household, saved.id)
        assert (h.phone, h.address) == ("13800000001", "")


def test_a_too_long_address_blocks_saving_and_marks_the_field(qtbot, ctx, villages):
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    type_into(qtbot, form.members.widget(0, "name"), "张三")
    type_into(qtbot, form.members.widget(0, "id_number"), make_id("19780512", 11))
    type_into(qtbot, form.address, "幸福路" * 67)
    assert not save_button(form).isEnabled()
    assert "家庭住址最多 200 个字" in form.address.toolTip()
    type_into(qtbot, form.address, "幸福路 8 号")
    assert save_button(form).isEnabled() and not form.address.toolTip()


def test_a_head_cell_the_column_cuts_shows_its_whole_text_as_a_tooltip(qtbot, ctx, villages, make_household):
    """户主（成员 X） with a long member name does not fit the 150 px head column: pointing at it
    shows the whole text; a short one that fits has no tooltip."""
    from dibao_desk.ui.widgets.household_list import HouseholdList
    from tests.conftest import MemberDraft

    make_household(head="朱美", head_id=make_id("19700101", 22), extra_members=(
        MemberDraft("阿依古丽·买买提·吐尔逊", make_id("19680202", 11), "spouse"),))
    make_household(head="王五", head_id=make_id("19500101", 15))
    view = HouseholdList(ctx)
    qtbot.addWidget(view)
    tip = Qt.ItemDataRole.ToolTipRole
    type_into(qtbot, view.search, "吐尔逊")
    assert view.model.rowCount() == 1
    cell = view.model.index(0, 1)
    assert view.model.data(cell) == "朱美（成员 阿依古丽·买买提·吐尔逊）"
    assert view.table.columnWidth(1) == 150
    assert view.model.data(cell, tip) == "朱美（成员 阿依古丽·买买提·吐尔逊）"
    type_into(qtbot, view.search, "ww")
    assert view.model.data(view.model.index(0, 1)) == "王五"
    assert view.model.data(view.model.index(0, 1), tip) is None


def test_a_list_left_open_over_new_year_shows_the_income_the_new_set_counts(qtbot, ctx, villages, monkeypatch):
    """A set dated 1 January entered on 31 December; the window stays open over New Year. The
    first refresh of the list on 1 January shows the per-person income the new set counts."""
    import datetime as dt
    import types
    from dataclasses import replace

    from dibao_desk.domain.household import IncomeDraft, MemberDraft
    from dibao_desk.services import policy
    from dibao_desk.ui.widgets import household_list
    from dibao_desk.ui.widgets.household_list import HouseholdList
    from tests.helpers import simple_draft

    eve, new_year = dt.date(2026, 12, 31), dt.date(2027, 1, 1)

    def clock(day: dt.date) -> None:
        class _Day(dt.date):
            @classmethod
            def today(cls) -> dt.date:  # type: ignore[override]
                return day

        monkeypatch.setattr(household_list, "dt", types.SimpleNamespace(date=_Day))

    draft = simple_draft(villages["东风村"], wages_fen=100000, employment_deduction_fen=30000,
                         extra_members=(MemberDraft("李梅", make_id("19620101", 22), "spouse"),))
    draft = replace(draft, members=(replace(draft.members[0], employment="employed"), draft.members[1]),
                    incomes=(IncomeDraft("wages", 100000, 0),))
    households.save(ctx.uow(), draft, today=eve)
    figures = policy.require_policy(ctx.uow(), eve).figures
    policy.add_policy_set(ctx.uow(), new_year, replace(figures, employment_deduction_per_member_fen=20000),
                          "2027 年提高就业成本扣减", today=eve)
    clock(eve)
    view = HouseholdList(ctx)
    qtbot.addWidget(view)
    column = [c.key for c in view.model.columns].index("per_capita_fen")
    view.refresh()
    assert view.model.data(view.model.index(0, column)) == "450.00"  # (1000 − 100) / 2
    clock(new_year)
    view.refresh()
    assert view.model.data(view.model.index(0, column)) == "400.00"  # (1000 − 200) / 2
    with ctx.uow() as uow:
        assert uow.session.execute(select(Household.income_fen, Household.per_capita_fen)).one() == (80000, 40000)
