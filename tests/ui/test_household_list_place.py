"""The household list keeps its place: after a save elsewhere, F5 or the day moving on (all of
them call ``HouseholdList.refresh``), the household the clerk selected stays selected and the
list stays where it was scrolled to."""

import datetime as dt

from PySide6.QtWidgets import QAbstractItemView

from dibao_desk.services import demo
from dibao_desk.ui.widgets.household_list import HouseholdList

TODAY = dt.date(2026, 11, 30)


def test_a_refresh_keeps_the_selected_household_and_where_the_list_was_scrolled(qtbot, ctx):
    demo.generate(ctx.uow(), households=3000, seed=11, today=TODAY)
    view = HouseholdList(ctx)
    view.clock = lambda: TODAY
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    qtbot.waitExposed(view)
    assert view.model.rowCount() == 3000
    bar = view.table.verticalScrollBar()

    def refreshed(chosen):
        before = bar.value()
        view.refresh()
        qtbot.wait(50)  # the view lays itself out again
        assert view.selected_household_id() == chosen
        assert bar.value() == before

    # selected near the top, then scrolled down to row 2,490 looking for another household
    view.table.selectRow(10)
    view.table.scrollTo(view.model.index(2490, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    assert bar.value() > 2000
    refreshed(view.selected_household_id())
    # the selected household in sight
    view.table.selectRow(2500)
    refreshed(view.selected_household_id())
    # nothing selected
    view.table.clearSelection()
    view.table.scrollTo(view.model.index(1500, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    refreshed(None)
