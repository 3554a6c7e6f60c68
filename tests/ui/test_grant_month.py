"""The grant form (待遇批准) follows the start month the operator picks: the amount computed
by the standard in force that month, and the amount itself unless typed by hand."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from dibao_desk.domain.policy import PolicyFigures
from dibao_desk.models import Case, Household
from dibao_desk.services import policy
from dibao_desk.services import procedure as proc
from tests.helpers import make_id

D = dt.date
P = "王经办"


def _case_at_grant(ctx, make_household) -> tuple[int, int, dt.date]:
    """A new case whose township review took the computed amount (450 − 200 = 250 元); the
    standard rises to 500 元 from 2026-12. (case, household, the day of the grant)."""
    from tests.helpers import walk_case

    policy.ensure_default_policy(ctx.uow())
    policy.add_policy_set(ctx.uow(), D(2026, 12, 1), PolicyFigures(rural_standard_fen=50000), "提标", today=dt.date.today())
    h = make_household(wages_fen=20000, head_id=make_id("19600315", 11))
    on = D(2026, 11, 2)
    case_id = proc.receive_application(ctx.uow(), h.id, {
        "on": on, "person": P, "declaration_signed": True, "authorisation_signed": True}, on).info.id
    proc.record_step(ctx.uow(), case_id, 2, {"on": D(2026, 11, 3), "person": "李调查", "investigator_signed": True,
                                             "applicant_signed": True}, D(2026, 11, 3))
    _detail, day = walk_case(ctx, case_id, D(2026, 11, 4), until=6)
    township = proc.suggest_grant(ctx.uow(), case_id, day)
    proc.record_step(ctx.uow(), case_id, 6, {"on": day, "person": "分管镇长", "category": township.category,
                                             "monthly_fen": township.monthly_fen}, day)
    _detail, day = walk_case(ctx, case_id, day + dt.timedelta(days=1), until=10)
    return case_id, h.id, day


def _grant_form(qtbot, ctx, case_id: int, day: dt.date):
    from dibao_desk.ui.dialogs.grant_dialog import GrantDialog

    form = GrantDialog(ctx, case_id, day)
    qtbot.addWidget(form)
    form.show()
    assert form.month.date() == QDate(2026, 11, 1) and form.amount.text() == "250.00"
    assert "250.00 元" in form.computed_amount.text()
    return form


def test_picking_the_month_of_a_new_standard_brings_its_amount(qtbot, ctx, make_household):
    case_id, hid, day = _case_at_grant(ctx, make_household)
    form = _grant_form(qtbot, ctx, case_id, day)
    form.month.setDate(QDate(2026, 12, 1))  # the operator starts the benefit in December
    assert form.amount.text() == "300.00" and "300.00 元" in form.computed_amount.text()
    assert "2026年12月" in form.explanation.toPlainText() and "500.00" in form.explanation.toPlainText()
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.errors.text()
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        assert (h.status, h.benefit_start, h.monthly_benefit_fen) == ("receiving", D(2026, 12, 1), 30000)


def test_an_amount_typed_by_hand_stays_when_the_month_changes(qtbot, ctx, make_household):
    case_id, hid, day = _case_at_grant(ctx, make_household)
    form = _grant_form(qtbot, ctx, case_id, day)
    form.amount.setText("280")
    form.month.setDate(QDate(2026, 12, 1))
    assert form.amount.text() == "280" and "300.00 元" in form.computed_amount.text()
    form.amount_reason.setText("村评议核定")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.errors.text()
    with ctx.uow() as uow:
        assert uow.session.get(Household, hid).monthly_benefit_fen == 28000


def _case_of_a_head_turning_seventy(ctx, make_household) -> tuple[int, int, dt.date]:
    """A new case no township class was proposed for (the form suggests the assessment's), of
    a head who turns 70 on 2026-12-01 (the policy's 老年): 三类 for November, 二类 from December.
    乡镇审核 now needs the class and amount: the case is one an older store holds, reviewed
    before that, its proposal taken off after the review."""
    from tests.helpers import walk_case

    policy.ensure_default_policy(ctx.uow())
    h = make_household(wages_fen=20000, head_id=make_id("19561201", 11))
    with ctx.uow() as uow:
        uow.session.get(Household, h.id).category = ""  # an applicant has no class yet
        uow.commit()
    on = D(2026, 11, 2)
    case_id = proc.receive_application(ctx.uow(), h.id, {
        "on": on, "person": P, "declaration_signed": True, "authorisation_signed": True}, on).info.id
    proc.record_step(ctx.uow(), case_id, 2, {"on": D(2026, 11, 3), "person": "李调查", "investigator_signed": True,
                                             "applicant_signed": True}, D(2026, 11, 3))
    _detail, day = walk_case(ctx, case_id, D(2026, 11, 4), until=10)
    with ctx.uow() as uow:  # as an older store's case: reviewed without a proposed class or amount
        case = uow.session.get(Case, case_id)
        case.proposed_category, case.proposed_fen = "", 0
        uow.commit()
    assert proc.suggest_grant(ctx.uow(), case_id, day).source == "assessment"
    return case_id, h.id, day


def test_the_suggested_class_follows_the_start_month(qtbot, ctx, make_household):
    from dibao_desk.ui.dialogs.grant_dialog import GrantDialog

    case_id, hid, day = _case_of_a_head_turning_seventy(ctx, make_household)
    form = GrantDialog(ctx, case_id, day)
    qtbot.addWidget(form)
    form.show()
    assert form.month.date() == QDate(2026, 11, 1) and form.category.currentData() == "class3"
    form.month.setDate(QDate(2026, 12, 1))  # he is 70 from the first of December
    assert form.category.currentData() == "class2"
    form.month.setDate(QDate(2026, 11, 1))
    assert form.category.currentData() == "class3"
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.errors.text()
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        assert (h.status, h.benefit_start, h.category) == ("receiving", D(2026, 11, 1), "class3")


def test_a_class_chosen_by_hand_stays_when_the_month_changes(qtbot, ctx, make_household):
    from dibao_desk.ui.dialogs.grant_dialog import GrantDialog

    case_id, hid, day = _case_of_a_head_turning_seventy(ctx, make_household)
    form = GrantDialog(ctx, case_id, day)
    qtbot.addWidget(form)
    form.show()
    form.category.setCurrentIndex(form.category.findData("class1"))
    form.month.setDate(QDate(2026, 12, 1))
    assert form.category.currentData() == "class1"
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.errors.text()
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        assert (h.benefit_start, h.category) == (D(2026, 12, 1), "class1")


def test_the_start_months_up_key_moves_one_month(qtbot, ctx, make_household):
    """▲ on 起始月份 (2026年11月) moved the year (2027年11月): the benefit would start a year late
    unless the operator saw it; it now moves one month, and past December into January."""
    case_id, _hid, day = _case_at_grant(ctx, make_household)
    form = _grant_form(qtbot, ctx, case_id, day)
    qtbot.keyClick(form.month, Qt.Key.Key_Up)
    assert form.month.date() == QDate(2026, 12, 1) and form.amount.text() == "300.00"
    qtbot.keyClick(form.month, Qt.Key.Key_Up)
    assert form.month.date() == QDate(2027, 1, 1)


def test_the_start_month_follows_an_approval_date_typed_back(qtbot, ctx, make_household):
    """A grant approved on paper on the day the case reached it, typed in on 4 January: the
    form opened with January; the operator types the approval's day (in November) and the
    start month follows it (November, its amount), as the service counts the latest start
    month from that day. Before, the form kept January and refused its own default."""
    from dibao_desk.ui.dialogs.grant_dialog import GrantDialog

    case_id, hid, day = _case_at_grant(ctx, make_household)
    assert day.month == 11
    form = GrantDialog(ctx, case_id, D(2027, 1, 4))
    qtbot.addWidget(form)
    form.show()
    assert form.month.date() == QDate(2027, 1, 1) and form.amount.text() == "300.00"
    form.on.setDate(QDate(day.year, day.month, day.day))
    assert form.month.date() == QDate(2026, 11, 1) and form.amount.text() == "250.00"
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.errors.text()
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        assert (h.status, h.benefit_start, h.monthly_benefit_fen) == ("receiving", D(2026, 11, 1), 25000)


def test_a_start_month_picked_by_hand_stays_when_the_date_changes(qtbot, ctx, make_household):
    from dibao_desk.ui.dialogs.grant_dialog import GrantDialog

    case_id, hid, day = _case_at_grant(ctx, make_household)
    form = GrantDialog(ctx, case_id, D(2026, 12, 20))
    qtbot.addWidget(form)
    form.show()
    form.month.setDate(QDate(2026, 11, 1))  # picked by hand
    form.on.setDate(QDate(2026, 12, 18))
    assert form.month.date() == QDate(2026, 11, 1) and form.amount.text() == "250.00"
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.errors.text()
    with ctx.uow() as uow:
        assert uow.session.get(Household, hid).benefit_start == D(2026, 11, 1)


def test_a_start_month_too_late_is_refused_in_months_and_writes_nothing(qtbot, ctx, make_household):
    """A start month two months on (a mistyped month) is refused, said in months (2027年1月),
    not as days (2027-01-01) the operator never typed."""
    case_id, hid, day = _case_at_grant(ctx, make_household)
    form = _grant_form(qtbot, ctx, case_id, day)
    form.month.setDate(QDate(2027, 1, 1))
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.errors.text() == "起始月份 2027年1月 晚于批准的次月（2026年12月），请核对年份和月份"
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        assert (h.status, h.benefit_start, h.monthly_benefit_fen) == ("applying", None, 0)
        assert uow.session.get(Case, case_id).status == "open"


def test_a_grant_typed_in_january_for_december_offers_decembers_classes(qtbot, ctx, make_household):
    """分类施保 amounts rise from January (一类 77 → 80 元). A grant typed in on 4 January that
    starts in December offers December's classes and amounts, not those in force the day it is
    typed; the month picked back to January offers January's again."""
    from dibao_desk.ui.dialogs.grant_dialog import GrantDialog

    from tests.helpers import walk_case

    policy.ensure_default_policy(ctx.uow())
    for start, fen in ((D(2026, 12, 1), (7700, 5200, 4200)), (D(2027, 1, 1), (8000, 5500, 4500))):
        policy.add_policy_set(ctx.uow(), start, PolicyFigures(
            method="class", class1_fen=fen[0], class2_fen=fen[1], class3_fen=fen[2]), "分类施保", today=dt.date.today())
    h = make_household(wages_fen=20000, head_id=make_id("19600315", 11))
    on = D(2026, 11, 2)
    case_id = proc.receive_application(ctx.uow(), h.id, {
        "on": on, "person": P, "declaration_signed": True, "authorisation_signed": True}, on).info.id
    proc.record_step(ctx.uow(), case_id, 2, {"on": D(2026, 11, 3), "person": "李调查", "investigator_signed": True,
                                             "applicant_signed": True}, D(2026, 11, 3))
    walk_case(ctx, case_id, D(2026, 11, 4), until=10)
    form = GrantDialog(ctx, case_id, D(2027, 1, 4))
    qtbot.addWidget(form)
    form.show()
    texts = lambda: [form.category.itemText(i) for i in range(form.category.count())]  # noqa: E731
    assert form.month.date() == QDate(2027, 1, 1)
    assert texts() == ["一类（80.00 元/人·月）", "二类（55.00 元/人·月）", "三类（45.00 元/人·月）"]
    form.month.setDate(QDate(2026, 12, 1))
    assert texts() == ["一类（77.00 元/人·月）", "二类（52.00 元/人·月）", "三类（42.00 元/人·月）"]
    chosen = form.category.currentData()
    form.month.setDate(QDate(2027, 1, 1))
    assert texts()[0] == "一类（80.00 元/人·月）" and form.category.currentData() == chosen
