"""One application taken through all ten steps by clicking, then the store checked."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import select

from dibao_desk.models import AuditLog
from dibao_desk.services import households
from dibao_desk.services import procedure as proc
from dibao_desk.ui import ops
from dibao_desk.ui.actions import procedure as actions
from dibao_desk.ui.dialogs.step_common import to_qdate
from dibao_desk.ui.main_window import MainWindow
from dibao_desk.ui.tablemodels.cases import CasesTableModel
from dibao_desk.ui.widgets.cases_view import CasesView

D = dt.date


class Clock:
    def __init__(self, day):
        self.day = day

    def __call__(self):
        return self.day


@pytest.fixture
def window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    clock = Clock(D(2026, 11, 2))
    w.view("cases").clock = clock
    w.clock = clock
    w.show()
    w.show_view("cases")
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def make_household(make_household):
    """Households that pass the means test unless a test says otherwise."""
    return lambda **kw: make_household(**{"wages_fen": 20000, **kw})


def dialog(window):
    d = window.view("cases").dialog
    assert d is not None and d.isVisible()
    return d


def ok(qtbot, d):
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ops.running() == 0)  # a batch is written on the worker
    assert d.errors.isHidden(), d.errors.text()
    assert not d.isVisible()


def next_step(qtbot, window):
    page = window.view("cases").page
    assert page.next_button.isVisible()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    return dialog(window)


def set_day(window, day, d=None):
    window.clock.day = day
    if d is not None:
        d.on.setDate(to_qdate(day))


def test_one_application_through_ten_steps_by_clicking(qtbot, window, ctx, make_household):
    h = make_household()
    view = window.view("cases")

    # 1 申请受理 (from the household list's 申请低保)
    actions.start_application(window, h.id)
    d = dialog(window)
    d.person.setText("王经办")
    d.reason.setText("因病致贫")
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert "签字" in d.errors.text()  # unsigned declaration: refused, form kept open
    assert d.isVisible()
    d.declaration.setChecked(True)
    d.authorisation.setChecked(True)
    ok(qtbot, d)
    case_id = view.selected_case_id()
    assert case_id is not None
    assert households.get(ctx.uow(), h.id).status == "applying"
    assert view.page.waiting.text() == "待入户调查"

    # 2 调查核实
    set_day(window, D(2026, 11, 4))
    d = next_step(qtbot, window)
    d.person.setText("李明、赵华")
    d.findings.setPlainText("户主患病，无劳动能力")
    d.investigator_signed.setChecked(True)
    d.applicant_signed.setChecked(True)
    ok(qtbot, d)

    # 3 民主评议: an objection fails the item; a passed review needs none
    set_day(window, D(2026, 11, 6))
    d = next_step(qtbot, window)
    d.place.setText("东风村村委会")
    d.attendees.setText("村民代表 11 人")
    d.person.setText("村主任")
    assert d.table.rowCount() == 2  # the head and his wages
    d.set_objection(1, "在外打零工，收入不止申报数")
    assert not d.outcome_pass.isEnabled()
    d.set_objection(1, "")
    assert d.outcome_pass.isEnabled()
    d.outcome_pass.setChecked(True)
    ok(qtbot, d)

    # 4 一榜公示: post, log an objection, cannot close early, resolve, close
    set_day(window, D(2026, 11, 22))
    d = next_step(qtbot, window)
    ok(qtbot, d)
    assert view.page.waiting.text() == "一榜公示至 11月29日"
    assert "一榜公示至 11月29日" in [view.model.index(r, 6).data() for r in range(view.model.rowCount())]
    set_day(window, D(2026, 11, 24))
    d = next_step(qtbot, window)
    d.received_on.setDate(to_qdate(D(2026, 11, 24)))
    d.channel.setCurrentIndex(d.channel.findData("phone"))
    d.content.setText("反映其子女收入较高")
    qtbot.mouseClick(d.log_button, Qt.MouseButton.LeftButton)
    assert d.table.rowCount() == 1
    assert not d.ok_button.isEnabled() and "11月29日 起可结束公示" in d.window_hint.text()
    d.table.selectRow(0)
    d.resolution.setCurrentIndex(d.resolution.findData("dismissed"))
    d.resolution_note.setText("经核查，子女已分户且已按规定计算赡养费")
    qtbot.mouseClick(d.resolve_button, Qt.MouseButton.LeftButton)
    assert d.table.item(0, 3).text() == "不属实"
    d.reject()
    set_day(window, D(2026, 11, 29))
    d = next_step(qtbot, window)
    set_day(window, D(2026, 11, 29), d)
    ok(qtbot, d)

    # 5 经办机构审查, 6 乡镇政府审核 (proposes class and amount)
    set_day(window, D(2026, 11, 30))
    d = next_step(qtbot, window)
    d.person.setText("经办机构 刘")
    ok(qtbot, d)
    d = next_step(qtbot, window)
    d.person.setText("分管副镇长 陈")
    # a new case cannot go up to the county without the class and amount it approves
    d.category.setCurrentIndex(d.category.findData(""))
    d.amount.setText("312")
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.isVisible() and "拟定保障类别" in d.errors.text() and "拟定月保障金" not in d.errors.text()
    assert proc.get_case(ctx.uow(), case_id).next_step == 6
    d.category.setCurrentIndex(d.category.findData("class2"))
    d.amount.setText("")
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.isVisible() and "拟定月保障金" in d.errors.text()
    assert proc.get_case(ctx.uow(), case_id).next_step == 6
    d.amount.setText("元")  # the unit typed, the figure forgotten: named as typed, not as "empty"
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.isVisible() and d.errors.text() == "“元”不是有效的金额"
    d.amount.setText("312")
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)  # computed 0.00: a different amount wants a reason
    assert d.isVisible() and "请写明理由" in d.errors.text()
    d.amount_reason.setText("子女收入未实际给付，村评议核定")
    ok(qtbot, d)

    # 7 二榜公示
    set_day(window, D(2026, 12, 1))
    ok(qtbot, next_step(qtbot, window))
    set_day(window, D(2026, 12, 8))
    d = next_step(qtbot, window)
    set_day(window, D(2026, 12, 8), d)
    ok(qtbot, d)
    assert view.page.waiting.text() == "待县局审批"

    # 8 县民政局审批 (paper decision, in the spot-check sample)
    set_day(window, D(2026, 12, 10))
    d = next_step(qtbot, window)
    d.approved.setChecked(True)
    d.sampled.setChecked(True)
    d.reason.setText("德民字〔2026〕88号")
    ok(qtbot, d)

    # 9 三榜公示
    set_day(window, D(2026, 12, 11))
    ok(qtbot, next_step(qtbot, window))
    set_day(window, D(2026, 12, 18))
    d = next_step(qtbot, window)
    set_day(window, D(2026, 12, 18), d)
    ok(qtbot, d)

    # 10 待遇批准: defaults from the township's proposal; the operator confirms
    d = next_step(qtbot, window)
    assert d.category.currentData() == "class2"
    assert d.amount.text() == "312.00"
    d.month.setDate(to_qdate(D(2027, 1, 1)))
    d.amount_reason.setText("按乡镇审核核定")
    ok(qtbot, d)
    assert view.page.next_button.isHidden()
    # The case page reads back each step's own fields
    from PySide6.QtWidgets import QLabel

    notes = "\n".join(label.text() for label in view.page.findChildren(QLabel))
    for said in ("调查人、申请人均已签字", "入户抽查", "312.00 元/月", "自 2027-01 起"):
        assert said in notes, said

    # The store
    hh = households.get(ctx.uow(), h.id)
    assert (hh.status, hh.category, hh.monthly_benefit_fen, hh.benefit_start) == \
        ("receiving", "class2", 31200, D(2027, 1, 1))
    detail = proc.get_case(ctx.uow(), case_id, D(2026, 12, 18))
    assert detail.info.status == "done"
    assert sorted(detail.current) == list(range(1, 11))
    assert all(s.done_on is not None and s.person for s in detail.current.values())
    dates = [detail.current[s].done_on for s in range(1, 11)]
    assert dates == sorted(dates)
    assert detail.current[8].fields.sampled is True
    assert detail.objections[0].result == "dismissed"
    with ctx.uow() as u:
        actions_logged = set(u.session.scalars(select(AuditLog.action).where(
            AuditLog.entity == "case_step", AuditLog.entity_id == case_id)))
        assert {f"step{s}" for s in range(1, 11)} <= actions_logged
        assert u.session.scalars(select(AuditLog).where(AuditLog.entity == "household",
                                                        AuditLog.action == "grant")).one()


def test_refuse_from_the_case_page_ends_the_case(qtbot, window, ctx, make_household):
    h = make_household()
    proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": "王",
                                               "declaration_signed": True, "authorisation_signed": True},
                             D(2026, 11, 2))
    window.notify_changed()
    view = window.view("cases")
    view.select_case(proc.case_for_household(ctx.uow(), h.id).id)
    qtbot.mouseClick(view.page.refuse_button, Qt.MouseButton.LeftButton)
    d = dialog(window)
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert "理由" in d.errors.text()
    d.notes.setPlainText("家庭人均收入高于保障标准")
    ok(qtbot, d)
    assert households.get(ctx.uow(), h.id).status == "refused"
    assert view.page.next_button.isHidden()
    assert "家庭人均收入高于保障标准" in view.page.subtitle.text()


def test_cases_model_passes_the_model_tester(qtbot, ctx, make_household):
    for i in range(3):
        h = make_household(head=f"张{i}", head_id=f"{_id(i)}")
        proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": "王",
                                                   "declaration_signed": True, "authorisation_signed": True},
                                 D(2026, 11, 2))
    model = CasesTableModel(ctx)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reload(D(2026, 11, 3))
    assert model.rowCount() == 3
    model.set_filter(step=5)
    assert model.rowCount() == 0
    model.set_filter(step=2)
    assert model.index(0, 6).data() == "待入户调查"


def test_cases_view_groups_by_step_with_counts(qtbot, ctx, make_household):
    h = make_household()
    proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": "王",
                                               "declaration_signed": True, "authorisation_signed": True},
                             D(2026, 11, 2))
    view = CasesView(ctx)
    qtbot.addWidget(view)
    texts = [view.steps.item(i).text() for i in range(view.steps.count())]
    assert texts[0] == "全部办理中（1）"
    assert texts[2] == "2 调查核实（1）"
    view.select_step(5)
    assert view.model.rowCount() == 0
    view.select_step(2)
    assert view.model.rowCount() == 1


def _id(i):
    from tests.helpers import make_id

    return make_id("19600101", 11 + 2 * i)


def test_change_opened_from_the_window_goes_through_the_policy_steps(qtbot, window, ctx, make_household):
    """A 变更 from the household list is a proposal: 民主评议 first (the policy's flow_change),
    then the township's review with the proposed class and amount filled in."""
    from tests.helpers import walk_case

    h = make_household()
    with ctx.uow() as u:  # a household already receiving (as a roster import would leave it)
        from dibao_desk.models import Household

        row = u.session.get(Household, h.id)
        row.status, row.category, row.monthly_benefit_fen = "receiving", "class3", 21000
        u.commit()
    actions.start_change(window, h.id)
    d = dialog(window)
    d.reason.setText("复核：户主确诊重病")
    d.category.setCurrentIndex(d.category.findData("class1"))
    d.amount.setText("385")
    ok(qtbot, d)
    view = window.view("cases")
    detail = view.page.detail
    assert (detail.info.kind, detail.next_step, detail.flow) == ("change", 3, (3, 4, 6, 7, 8, 9, 10))
    assert detail.info.before["monthly_benefit_fen"] == 21000
    assert detail.info.after == {"category": "class1", "monthly_benefit_fen": 38500}
    assert "变更前" in view.page.subtitle.text()
    _detail, day = walk_case(ctx, detail.info.id, D(2026, 11, 2), until=6)  # 评议 and 一榜公示
    set_day(window, day)
    view.refresh()
    view.page.show_case(proc.get_case(ctx.uow(), detail.info.id, day))
    assert view.page.detail.next_step == 6
    d = next_step(qtbot, window)
    assert d.category.currentData() == "class1" and d.amount.text() == "385.00"


def test_apply_for_a_household_with_an_open_case_says_why_before_any_form(qtbot, window, ctx, make_household,
                                                                          monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    h = make_household()
    proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": "王",
                                               "declaration_signed": True, "authorisation_signed": True},
                             D(2026, 11, 2))
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    actions.start_application(window, h.id)
    assert window.view("cases").dialog is None
    assert said and "正在办理" in said[0]
    other = make_household(head="李四", head_id=_id(5))
    actions.start_change(window, other.id)
    assert "在保家庭" in said[1]
    assert window.view("cases").dialog is None


def test_post_and_take_down_a_village_list_by_clicking(qtbot, window, ctx, make_household):
    ids = []
    for i in range(2):
        h = make_household(head=f"王{i}", head_id=_id(10 + i))
        c = proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": "王",
                                                       "declaration_signed": True, "authorisation_signed": True},
                                     D(2026, 11, 2)).info.id
        proc.record_step(ctx.uow(), c, 2, {"on": D(2026, 11, 3), "person": "李", "investigator_signed": True,
                                           "applicant_signed": True}, D(2026, 11, 3))
        proc.record_step(ctx.uow(), c, 3, {"on": D(2026, 11, 4), "person": "村主任", "place": "村委会",
                                           "attendees": "代表", "outcome": "pass"}, D(2026, 11, 4))
        ids.append(c)
    window.clock.day = D(2026, 11, 5)
    actions.notice_batch(window)
    d = dialog(window)
    assert "待张贴 2 户" in d.summary.text()
    ok(qtbot, d)
    assert proc.notice_batch(ctx.uow(), 1, D(2026, 11, 5)).running == tuple(sorted(ids))
    window.clock.day = D(2026, 11, 12)
    actions.notice_batch(window)
    d = dialog(window)
    d.close_.setChecked(True)
    d.on.setDate(to_qdate(D(2026, 11, 11)))  # the day before the window ends
    assert "可结束 0 户；公示期未满 2 户" in d.summary.text() and not d.ok_button.isEnabled()
    d.on.setDate(to_qdate(D(2026, 11, 12)))
    assert "可结束 2 户" in d.summary.text()
    ok(qtbot, d)
    assert proc.counts_by_step(ctx.uow()) == {5: 2}


def test_an_objection_in_the_review_sends_the_case_back_to_the_home_visit(qtbot, window, ctx, make_household):
    h = make_household()
    c = proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": "王",
                                                   "declaration_signed": True, "authorisation_signed": True},
                                 D(2026, 11, 2)).info.id
    proc.record_step(ctx.uow(), c, 2, {"on": D(2026, 11, 3), "person": "李", "investigator_signed": True,
                                       "applicant_signed": True}, D(2026, 11, 3))
    window.clock.day = D(2026, 11, 6)
    window.notify_changed()
    view = window.view("cases")
    view.select_case(c)
    d = next_step(qtbot, window)
    d.place.setText("村委会")
    d.attendees.setText("村民代表 9 人")
    d.set_objection(1, "他在镇上做小工，每月收入远超申报")
    assert d.outcome_return.isChecked() and not d.outcome_pass.isEnabled()
    ok(qtbot, d)
    detail = view.page.detail
    assert detail.next_step == 2
    assert "退回重新调查" in view.page.history.text()
    with ctx.uow() as u:
        from dibao_desk.models import ReviewItemRecord

        failed = u.session.scalars(select(ReviewItemRecord).where(ReviewItemRecord.objection != "")).all()
        assert [f.objection for f in failed] == ["他在镇上做小工，每月收入远超申报"]


def test_a_special_case_is_approved_in_the_county_dialog_and_marked_on_the_case_page(qtbot, ctx, make_household):
    from dibao_desk.ui.dialogs.county_decision_dialog import CountyDecisionDialog
    from dibao_desk.ui.widgets.case_page import CasePage
    from tests.unit.test_procedure import receive, walk

    h = make_household(wages_fen=60000)  # fails the means test
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 8)
    d = CountyDecisionDialog(ctx, case_id, D(2026, 11, 30))
    qtbot.addWidget(d)
    d.show()
    d.on.setDate(to_qdate(D(2026, 11, 30)))
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert not d.errors.isHidden() and "集体讨论" in d.errors.text()
    assert proc.get_case(ctx.uow(), case_id).next_step == 8
    d.special_box.setChecked(True)
    d.special_kind.setCurrentIndex(d.special_kind.findData("spending_over_income"))
    d.special_on.setDate(to_qdate(D(2026, 11, 28)))
    d.participants.setText("张局长、李科长、王主任")
    d.minutes.setPlainText("子女上学、老人住院，支出远大于收入")
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert not d.isVisible(), d.errors.text()
    detail = proc.get_case(ctx.uow(), case_id)
    assert detail.info.special_case == "spending_over_income"
    assert (detail.special.decided_on, detail.special.participants) == (D(2026, 11, 28), "张局长、李科长、王主任")
    page = CasePage()
    qtbot.addWidget(page)
    page.show_case(detail)
    assert "★ 特殊情况（支出大于收入）" in page.subtitle.text() and "2026-11-28" in page.subtitle.text()
    model = CasesTableModel(ctx)
    model.reload(D(2026, 11, 30))
    column = [c.key for c in model.columns].index("special_case")
    assert model.index(0, column).data() == "★支出大于收入"
    # the office's list of the third notice knows it; the printed public notice does not say it
    proc.start_notice(ctx.uow(), case_id, 9, D(2026, 11, 30), "王", D(2026, 11, 30))
    entries = proc.cases_on_notice(ctx.uow(), 3, on=D(2026, 11, 30))
    assert [e.special_case for e in entries] == ["spending_over_income"]


def test_a_step_form_opens_on_its_first_field_not_on_ok(qtbot, window, ctx, make_household):
    """The step forms opened with the focus on their OK button (批准待遇, 登记调查结果, 不予通过…),
    so an Enter or a space typed first recorded the step as it stood: the button box was
    parented before the forms added their fields, so it came first. The focus is now on the
    first field; Tab goes down the fields to OK and 取消; Enter still means OK; Esc leaves."""
    h = make_household()
    actions.start_application(window, h.id)
    d = dialog(window)
    d.person.setText("王经办")
    d.reason.setText("因病致贫")
    d.declaration.setChecked(True)
    d.authorisation.setChecked(True)
    ok(qtbot, d)
    set_day(window, D(2026, 11, 4))
    d = next_step(qtbot, window)  # 调查核实
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(lambda: d.focusWidget() is not None)
    ok_button, cancel = d.ok_button, d.buttons.button(d.buttons.StandardButton.Cancel)
    assert d.focusWidget() not in (ok_button, cancel)
    assert d.focusWidget() is d.on or d.on.isAncestorOf(d.focusWidget())
    order, w = [], d.on
    for _ in range(40):  # the Tab chain from the first field
        w = w.nextInFocusChain()
        if w is d.on:
            break
        order.append(w)
    assert order.index(d.person) < order.index(ok_button) < order.index(cancel)
    assert ok_button.isDefault()
    qtbot.keyClick(d.focusWidget(), Qt.Key.Key_Escape)
    assert not d.isVisible() and proc.get_case(ctx.uow(), d.case_id, D(2026, 11, 4)).next_step == 2


def test_an_older_stores_gradual_exit_case_shows_its_reason_in_words(qtbot, window, ctx, make_household):
    """A 渐退期满 取消 opened by an older store with the code gradual_exit_ended as its 事由: the
    case page reads 就业渐退期满，停发保障金."""
    from dibao_desk.models import Case, Household
    from dibao_desk.services import reviews

    h = make_household()
    with ctx.uow() as uow:
        row = uow.session.get(Household, h.id)
        row.status, row.category, row.monthly_benefit_fen, row.benefit_start = "receiving", "class3", 42000, D(2026, 1, 31)
        uow.commit()
    reviews.record_stable_work(ctx.uow(), h.id, D(2026, 5, 12), "张三", today=D(2026, 5, 20))
    [review] = reviews.apply_exit_stops(ctx.uow(), D(2026, 11, 1))
    with ctx.uow() as uow:
        uow.session.get(Case, review.case_id).reason = "gradual_exit_ended"  # as an older store holds it
        uow.commit()
    window.notify_changed()
    view = window.view("cases")
    view.select_case(review.case_id)
    text = view.page.subtitle.text()
    assert "事由：就业渐退期满，停发保障金" in text and "gradual_exit_ended" not in text


def test_a_notice_running_into_the_new_year_says_the_year_it_ends(qtbot, window, ctx, make_household):
    """A first notice posted on 28 December 2026 ends on 4 January 2027: the cases view and the
    case page said "一榜公示至 1月4日", a date already past in the year on the screen. An end in
    another year than today is said with its year; within the year the short form stays."""
    from tests.unit.test_procedure_year_end import receive, review, visit

    ids = []
    for i, posted in enumerate((D(2026, 12, 28), D(2026, 12, 24))):
        h = make_household(head=f"陈{i}", head_id=_id(40 + i))
        cid = receive(ctx, h.id, D(2026, 12, 20))
        visit(ctx, cid, D(2026, 12, 21))
        review(ctx, cid, D(2026, 12, 22))
        proc.start_notice(ctx.uow(), cid, 4, posted, "王经办", posted)
        ids.append(cid)
    view = window.view("cases")
    col = next(i for i, c in enumerate(view.model.columns) if c.key == "waiting")

    def shown(day):
        """What the list's 等待事项 column says of each case, and the page of the case clicked."""
        window.clock.day = day
        view.refresh()
        listed = {view.model.case_id(r): view.model.data(view.model.index(r, col)) for r in range(view.model.rowCount())}
        rect = view.table.visualRect(view.model.index(view.model.row_of(ids[0]), 1))
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        return listed, view.page.waiting.text()

    listed, page = shown(D(2026, 12, 28))
    assert listed == {ids[0]: "一榜公示至 2027年1月4日", ids[1]: "一榜公示至 12月31日"}
    assert page == "一榜公示至 2027年1月4日"
    listed, page = shown(D(2026, 12, 31))
    assert listed[ids[0]] == page == "一榜公示至 2027年1月4日"
    listed, page = shown(D(2027, 1, 1))
    assert listed[ids[0]] == page == "一榜公示至 1月4日"
