"""The township review form (乡镇审核) follows the review's date typed: the service checks the
proposed amount against the one computed for the review's month, so the form's computed amount
and its suggested amount are those of that month, not of the day the form is filled in."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QDate, Qt

from dibao_desk.domain.policy import PolicyFigures
from dibao_desk.models import Case, CaseStep
from dibao_desk.services import policy
from dibao_desk.services import procedure as proc
from tests.helpers import make_id, walk_case

D = dt.date
P = "王经办"


def _case_at_review(ctx, make_household) -> int:
    """A new case waiting for 乡镇审核 since 10 December 2026 (450 元 standard: 450 − 200 = 250 元);
    the standard rises to 500 元 from January 2027 (300 元)."""
    policy.ensure_default_policy(ctx.uow())
    policy.add_policy_set(ctx.uow(), D(2027, 1, 1), PolicyFigures(rural_standard_fen=50000), "提标", today=dt.date.today())
    h = make_household(wages_fen=20000, head_id=make_id("19600315", 11))
    on = D(2026, 11, 30)
    case_id = proc.receive_application(ctx.uow(), h.id, {
        "on": on, "person": P, "declaration_signed": True, "authorisation_signed": True}, on).info.id
    proc.record_step(ctx.uow(), case_id, 2, {"on": on, "person": "李调查", "investigator_signed": True,
                                             "applicant_signed": True}, on)
    detail, day = walk_case(ctx, case_id, D(2026, 12, 1), until=6)
    assert detail.next_step == 6 and day == D(2026, 12, 10)
    return case_id


def _form(qtbot, ctx, case_id):
    from dibao_desk.ui.dialogs.township_review_dialog import TownshipReviewDialog

    form = TownshipReviewDialog(ctx, case_id, D(2027, 1, 4))  # typed in after New Year
    qtbot.addWidget(form)
    form.show()
    assert form.amount.text() == "300.00" and "300.00 元" in form.computed_amount.text()
    return form


def _stored(ctx, case_id):
    with ctx.uow() as uow:
        case = uow.session.get(Case, case_id)
        rec = next(r for r in case.steps if r.step == 6 and r.active)
        return case.proposed_category, case.proposed_fen, rec.done_on, json.loads(rec.data_json)


def test_a_review_held_in_december_typed_in_january_proposes_decembers_amount(qtbot, ctx, make_household):
    case_id = _case_at_review(ctx, make_household)
    form = _form(qtbot, ctx, case_id)
    form.on.setDate(QDate(2026, 12, 30))  # the day the township reviewed it on paper
    assert form.amount.text() == "250.00" and "250.00 元" in form.computed_amount.text()
    assert "2026年12月" in form.explanation.toPlainText()
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.errors.text()
    category, fen, done_on, data = _stored(ctx, case_id)
    assert (category, fen, done_on, data["computed_fen"]) == ("class3", 25000, D(2026, 12, 30), 25000)


def test_an_amount_typed_by_hand_stays_when_the_review_date_changes(qtbot, ctx, make_household):
    case_id = _case_at_review(ctx, make_household)
    form = _form(qtbot, ctx, case_id)
    form.amount.setText("260")
    form.on.setDate(QDate(2026, 12, 30))
    assert form.amount.text() == "260" and "250.00 元" in form.computed_amount.text()
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()  # differs from December's 250 元 without a reason: nothing written
    assert "250.00 元" in form.errors.text() and "理由" in form.errors.text()
    with ctx.uow() as uow:
        assert uow.session.query(CaseStep).filter_by(case_id=case_id, step=6).count() == 0
    form.amount_reason.setText("村评议核定")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.errors.text()
    category, fen, done_on, data = _stored(ctx, case_id)
    assert (fen, done_on, data["computed_fen"], data["amount_reason"]) == (26000, D(2026, 12, 30), 25000, "村评议核定")


def test_a_review_dated_in_december_lists_decembers_class_amounts(qtbot, ctx, make_household):
    """分类施保 amounts rise from January (一类 77 → 80 元). A review of 30 December typed in on
    4 January lists December's classes and amounts, as its computed amount is December's; the
    date typed back to January lists January's again and keeps the class chosen."""
    from dibao_desk.ui.dialogs.township_review_dialog import TownshipReviewDialog

    policy.ensure_default_policy(ctx.uow())
    for start, fen in ((D(2026, 12, 1), (7700, 5200, 4200)), (D(2027, 1, 1), (8000, 5500, 4500))):
        policy.add_policy_set(ctx.uow(), start, PolicyFigures(
            method="class", class1_fen=fen[0], class2_fen=fen[1], class3_fen=fen[2]), "分类施保", today=dt.date.today())
    h = make_household(wages_fen=20000, head_id=make_id("19600315", 11))
    on = D(2026, 11, 30)
    case_id = proc.receive_application(ctx.uow(), h.id, {
        "on": on, "person": P, "declaration_signed": True, "authorisation_signed": True}, on).info.id
    proc.record_step(ctx.uow(), case_id, 2, {"on": on, "person": "李调查", "investigator_signed": True,
                                             "applicant_signed": True}, on)
    walk_case(ctx, case_id, D(2026, 12, 1), until=6)
    form = TownshipReviewDialog(ctx, case_id, D(2027, 1, 4))
    qtbot.addWidget(form)
    form.show()
    texts = lambda: [form.category.itemText(i) for i in range(form.category.count())]  # noqa: E731
    assert texts() == ["", "一类（80.00 元/人·月）", "二类（55.00 元/人·月）", "三类（45.00 元/人·月）"]
    form.on.setDate(QDate(2026, 12, 30))
    assert texts() == ["", "一类（77.00 元/人·月）", "二类（52.00 元/人·月）", "三类（42.00 元/人·月）"]
    form.category.setCurrentIndex(2)  # 二类 chosen by hand
    form.on.setDate(QDate(2027, 1, 2))
    assert texts()[2] == "二类（55.00 元/人·月）" and form.category.currentData() == "class2"
