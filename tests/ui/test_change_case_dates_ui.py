"""变更或取消低保 received on 31 December: a date typed into the new year is refused in the
form (the case would stand dated after every step that follows), and nothing is opened."""

import datetime as dt

from PySide6.QtCore import Qt

from dibao_desk.models import Household
from dibao_desk.services import procedure, proposals
from dibao_desk.ui.dialogs.change_case_dialog import ChangeCaseDialog
from dibao_desk.ui.dialogs.step_common import to_qdate
from tests.helpers import type_text

TODAY = dt.date(2026, 12, 31)


def test_a_change_dated_in_the_new_year_is_refused_on_31_december(qtbot, ctx, make_household):
    h = make_household(wages_fen=0)
    with ctx.uow() as uow:  # test set-up: a receiving household
        row = uow.session.get(Household, h.id)
        row.status, row.category, row.monthly_benefit_fen, row.benefit_start = "receiving", "class2", 31000, \
            dt.date(2026, 1, 1)
        uow.commit()
    dialog = ChangeCaseDialog(ctx, h.id, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.reason, "户主重病，医疗支出大")
    type_text(dialog.amount, "420")
    dialog.on.setDate(to_qdate(dt.date(2027, 1, 1)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.errors.isHidden()
    assert "2027-01-01" in dialog.errors.text() and "晚于今天" in dialog.errors.text()
    assert procedure.case_for_household(ctx.uow(), h.id) is None
    assert proposals.list_proposals(ctx.uow(), today=TODAY) == []
    dialog.on.setDate(to_qdate(TODAY))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.isHidden(), dialog.errors.text()
    assert dialog.result() == dialog.DialogCode.Accepted
    p = proposals.proposal_for_case(ctx.uow(), dialog.result_detail.info.id)
    assert p.effective_month == dt.date(2027, 1, 1)
