"""今日待办, the first tab: counts from the services the other tabs use, one click to each.

Other features add their items with ``window.extend("today_items", (key, words, count, open))``
where ``count(ctx, today) -> int`` runs on the worker and ``open(window)`` shows the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dibao_desk.services.today import CASE_ITEMS
from dibao_desk.ui.widgets.start_page import StartPage

VIEW = "today"


def install(window) -> None:
    words = {
        "reviews_overdue": QCoreApplication.translate("MainWindow", "复核已逾期的家庭"),
        "reviews_due": QCoreApplication.translate("MainWindow", "本月还要复核的家庭"),
        "notice_to_post": QCoreApplication.translate("MainWindow", "等待张贴公示的申请"),
        "notice_ending": QCoreApplication.translate("MainWindow", "七日内公示期满的申请"),
        "notice_to_close": QCoreApplication.translate("MainWindow", "公示期已满、等待登记结果的申请"),
        "cases_waiting": QCoreApplication.translate("MainWindow", "等待办理下一步的申请"),
    }
    view = StartPage(window.ctx, words, lambda: list(window.extensions.get("today_items", [])), window)
    window.add_view(VIEW, QCoreApplication.translate("MainWindow", "今日待办"), view)
    window.tabs.tabBar().moveTab(window.tabs.indexOf(view), 0)  # the first tab; the program opens on it
    window.refresh_when_shown(view, view.refresh)
    view.open_requested.connect(lambda key: open_item(window, key))


def open_item(window, key: str) -> None:
    if key in ("reviews_overdue", "reviews_due"):
        reviews_view = window.view("reviews")
        if reviews_view is not None:
            reviews_view.set_mode("overdue" if key == "reviews_overdue" else "this_month")
            window.show_view("reviews")
        return
    if key in CASE_ITEMS:
        cases_view = window.view("cases")
        if cases_view is not None:
            today_view = window.view(VIEW)
            words = today_view.words.get(key, "") if today_view is not None else ""
            cases_view.show_waiting(key, words)
            window.show_view("cases")
        return
    for hook_key, _words, _count, open_fn in window.extensions.get("today_items", []):
        if hook_key == key:
            open_fn(window)
