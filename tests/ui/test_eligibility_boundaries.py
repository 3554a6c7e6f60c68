"""The eligibility panel on the boundaries an office meets: a set of figures taking effect on
1 January read for December and January, and a per-person housing-area limit exceeded by a
hundredth of a square metre. The panel, the service and the bulk recompute agree."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate
from sqlalchemy import update

from dibao_desk.domain.household import MemberDraft, PropertyDraft
from dibao_desk.models import Household
from dibao_desk.services import benefit, policy
from dibao_desk.ui.widgets.eligibility_panel import EligibilityPanel
from tests.helpers import make_id


def test_an_area_limit_from_1_january_fails_a_household_over_it_by_a_hundredth(qtbot, ctx, make_household, tmp_path):
    spouse = MemberDraft("李四", make_id("19650101", 22), "spouse")
    h = make_household(wages_fen=30000, extra_members=(spouse,),
                       properties=(PropertyDraft("housing", 0, 6001, 1),))  # 60.01 m² for 2 persons
    with ctx.uow() as uow:
        uow.session.execute(update(Household).where(Household.id == h.id).values(status="receiving"))
        uow.commit()
    old = policy.policy_in_force(ctx.uow(), dt.date(2026, 12, 31))
    policy.add_policy_set(ctx.uow(), dt.date(2027, 1, 1),
                          dataclasses.replace(old.figures, housing_area_per_person_m2_x100=3000), "人均住房 30 平方米",
                          today=dt.date(2026, 12, 2))
    panel = EligibilityPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(640, 720)
    panel.clock = lambda: dt.date(2026, 12, 31)
    panel.show_household(h.id)
    assert panel.selected_month() == dt.date(2026, 12, 1)
    assert "符合低保条件，每月保障金 600.00 元" in panel.view.toPlainText()  # 450 × 2 − 300

    panel.month.setDate(QDate(2027, 1, 1))  # the operator turns to January
    text = panel.view.toPlainText()
    assert "不符合低保条件，每月保障金 0.00 元" in text
    assert "住房面积 60.01 平方米，人均 30.01 平方米（上限 30 平方米/人）" in text

    assert benefit.assess(ctx.uow(), h.id, dt.date(2027, 1, 31)).eligible is False
    assert benefit.assess(ctx.uow(), h.id, dt.date(2026, 12, 31)).amount_fen == 60000
    for month, ineligible in ((dt.date(2026, 12, 1), ()), (dt.date(2027, 1, 1), (h.id,))):
        totals, _rows = benefit.compute_all(ctx.uow(), month)
        assert totals.ineligible == ineligible
    assert panel.grab().save(str(tmp_path / "eligibility_january.png"))  # renderable
