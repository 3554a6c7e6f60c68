"""A special case's collective decision (特殊情况，集体讨论) dated before the case was opened (a
mistyped year) is refused in the county decision form and writes nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from dibao_desk.services import households
from dibao_desk.services import procedure as proc
from dibao_desk.ui.dialogs.step_common import to_qdate

D = dt.date


def test_a_collective_decision_dated_before_the_case_is_refused(qtbot, ctx, make_household):
    from dibao_desk.ui.dialogs.county_decision_dialog import CountyDecisionDialog
    from tests.unit.test_procedure import receive, walk

    h = make_household(wages_fen=60000)  # fails the means test
    case_id = receive(ctx, h.id).info.id  # opened on 2026-11-02
    walk(ctx, case_id, 8)
    d = CountyDecisionDialog(ctx, case_id, D(2026, 11, 30))
    qtbot.addWidget(d)
    d.show()
    d.on.setDate(to_qdate(D(2026, 11, 30)))
    d.special_box.setChecked(True)
    d.special_kind.setCurrentIndex(d.special_kind.findData("serious_illness"))
    d.special_on.setDate(to_qdate(D(2025, 11, 28)))  # the year mistyped
    d.participants.setText("张局长、李科长")
    d.minutes.setPlainText("户主重病住院，支出远大于收入")
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.isVisible()
    assert d.errors.text() == "集体讨论日期 2025-11-28 早于该案件受理的日期 2026-11-02，请核对年份"
    detail = proc.get_case(ctx.uow(), case_id, D(2026, 11, 30))
    assert (detail.next_step, detail.info.special_case, 8 in {s.step for s in detail.steps if s.done_on}) == \
        (8, "", False)
    assert households.get(ctx.uow(), h.id).status == "applying"
    d.special_on.setDate(to_qdate(D(2026, 11, 28)))
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert not d.isVisible(), d.errors.text()
    detail = proc.get_case(ctx.uow(), case_id, D(2026, 11, 30))
    assert (detail.next_step, detail.info.special_case, detail.special.decided_on) == (9, "serious_illness", D(2026, 11, 28))
