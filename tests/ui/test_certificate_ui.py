"""The 低保证 number where the office looks for it: the household list and the household page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from dibao_desk.services import certificate
from dibao_desk.ui.dialogs.household_form import HouseholdForm
from dibao_desk.ui.tablemodels.households import HouseholdTableModel
from tests.conftest import make_id
from tests.exchange.exchange_fixtures import set_receiving

D = dt.date


def test_the_number_shows_in_the_list_and_on_the_household_page(qtbot, ctx, make_household, tmp_path):
    a = make_household()
    b = make_household(head="李四", head_id=make_id("19550505", 33))
    set_receiving(ctx, a.id)
    certificate.issue(ctx.uow(), a.id, "new", D(2026, 3, 1), D(2026, 11, 30))
    certificate.issue(ctx.uow(), a.id, "replace", D(2026, 11, 30), D(2026, 11, 30), reason="遗失")
    model = HouseholdTableModel(ctx)
    QAbstractItemModelTester(model)
    model.reload()
    col = next(i for i, c in enumerate(model.columns) if c.key == "certificate")
    assert model.headerData(col, Qt.Orientation.Horizontal) == "低保证号"
    shown = {model.household_id(r): model.data(model.index(r, col)) for r in range(model.rowCount())}
    assert shown == {a.id: "N360426100202600002", b.id: ""}
    model.sort(col, Qt.SortOrder.DescendingOrder)
    assert model.household_id(0) == a.id
    form = HouseholdForm(ctx, a.id)
    qtbot.addWidget(form)
    text = form.certificate.text()
    assert text.startswith("N360426100202600002（补发：遗失，2026-11-30，有效）")
    assert "N360426100202600001（新发，2026-03-01，已换发（补发）作废）" in text
    form.grab().save(str(tmp_path / "form.png"))
    other = HouseholdForm(ctx, b.id)
    qtbot.addWidget(other)
    assert other.certificate.text() == "未发证"
