"""今日待办: counts from the services the tabs use, one click to each list."""

import datetime as dt

from PySide6.QtCore import Qt

from dibao_desk.services import demo, reviews
from dibao_desk.services.context import open_context
from dibao_desk.ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 30)


def test_the_start_page_counts_what_the_tabs_list_and_opens_them(qtbot, tmp_path):
    ctx = open_context(tmp_path / "d")
    demo.generate(ctx.uow(), households=300, seed=3, today=TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.view("today")
    assert window.tabs.widget(0) is page
    page._today = TODAY
    window.view("reviews")._today = TODAY
    page.refresh()
    overdue = len(reviews.due_list(ctx.uow(), overdue=True, today=TODAY))
    assert page.counts["reviews_overdue"] == overdue > 0
    assert set(page.counts) >= {"reviews_due", "notice_to_post", "notice_ending", "notice_to_close",
                                "cases_waiting"}
    qtbot.mouseClick(page.buttons["reviews_overdue"], Qt.MouseButton.LeftButton)
    reviews_view = window.view("reviews")
    assert window.tabs.currentWidget() is reviews_view and reviews_view.mode() == "overdue"
    assert reviews_view.model.rowCount() == overdue  # the same number the start page gave
    ctx.close()


def test_other_features_add_their_items(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    opened = []
    window.extend("today_items", ("backup", "距上次备份的天数", lambda c, d: 12, lambda w: opened.append(w)))
    page = window.view("today")
    page.refresh()
    assert page.counts["backup"] == 12
    qtbot.mouseClick(page.buttons["backup"], Qt.MouseButton.LeftButton)
    assert opened == [window]
