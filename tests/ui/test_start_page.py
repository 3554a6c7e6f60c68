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


def test_complaints_proposals_and_a_due_backup_are_counted_and_open_their_lists(qtbot, ctx, make_household):
    from dibao_desk.domain.ledger import ProposalKind
    from dibao_desk.models import Household
    from dibao_desk.services import complaints, ledger, proposals
    from dibao_desk.ui.dialogs.complaints_register import ComplaintsDialog

    hh = make_household(wages_fen=0)
    with ctx.uow() as uow:
        h = uow.session.get(Household, hh.id)
        h.status, h.category, h.monthly_benefit_fen, h.benefit_start = "receiving", "class3", 42000, dt.date(2026, 8, 1)
        uow.commit()
    ledger.build(ctx.uow(), TODAY)
    proposals.open_proposal(ctx.uow(), hh.id, ProposalKind.CROSSCHECK, "核对发现隐瞒存款", dt.date(2026, 12, 1),
                            opened_on=TODAY, cancel=True)
    for received in (dt.date(2026, 11, 2), dt.date(2026, 11, 27), dt.date(2026, 11, 30)):  # late, 7 days, later
        complaints.add_complaint(ctx.uow(), received_on=received, channel="box", household_id=hh.id,
                                 description="家里新买了轿车", today=received)
    due = [c.due_on for c in complaints.list_complaints(ctx.uow())]
    expected = sum(1 for d in due if (d - TODAY).days <= 7)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.view("today")
    page._today = TODAY
    page.refresh()
    assert page.counts["proposals_open"] == 1
    assert page.counts["complaints_due"] == expected and 0 < expected < 3
    assert page.counts["warnings_due"] == 0 and not page.buttons["warnings_due"].isEnabled()
    assert page.counts["backup_due"] == 1  # nothing was ever backed up
    qtbot.mouseClick(page.buttons["proposals_open"], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.view("proposals")
    qtbot.mouseClick(page.buttons["complaints_due"], Qt.MouseButton.LeftButton)
    dialogs = [w for w in window.findChildren(ComplaintsDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()


def test_each_applications_item_opens_the_list_of_just_its_cases(qtbot, tmp_path):
    """去办理 on 等待张贴公示的申请 (7) listed all 23 open cases, the first of them selected:
    now it lists those 7 (and says so), and 显示全部 or a step gives the whole list back."""
    from dibao_desk.services import procedure
    from dibao_desk.services.today import case_waits_for

    ctx = open_context(tmp_path / "d")
    demo.generate(ctx.uow(), households=500, seed=3, today=TODAY)
    open_cases = procedure.list_cases(ctx.uow(), today=TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.view("today")
    page._today = TODAY
    cases_view = window.view("cases")
    cases_view.clock = lambda: TODAY
    page.refresh()
    seen = set()
    for key, actions in (("notice_to_post", {"start_notice"}), ("notice_to_close", {"close_notice", "objections"}),
                         ("cases_waiting", {"record"}), ("notice_ending", {"notice_running"})):
        expected = [c.id for c in open_cases if case_waits_for(key, c, TODAY)]
        assert page.counts[key] == len(expected)
        if not expected:
            continue
        seen.add(key)
        qtbot.mouseClick(page.buttons[key], Qt.MouseButton.LeftButton)
        assert window.tabs.currentWidget() is cases_view
        model = cases_view.model
        assert [model.case_id(r) for r in range(model.rowCount())] == expected
        assert {model.rows[r].waiting.action for r in range(model.rowCount())} <= actions
        assert cases_view.selected_case_id() == expected[0]
        assert cases_view.waiting_label.text() == f"只列出：{page.words[key]}"
        assert cases_view.count_label.text() == f"共 {len(expected)} 件"
        qtbot.mouseClick(cases_view.show_all_button, Qt.MouseButton.LeftButton)
        assert model.rowCount() == len(open_cases) and cases_view.waiting_label.isHidden()
        window.tabs.setCurrentWidget(page)
    assert {"notice_to_post", "cases_waiting"} <= seen  # the demo has cases waiting for both
    # a step chosen in the list replaces the item's filter
    qtbot.mouseClick(page.buttons["notice_to_post"], Qt.MouseButton.LeftButton)
    cases_view.select_step(5)
    model = cases_view.model
    assert model.waiting is None and model.step == 5
    assert model.rowCount() == sum(1 for c in open_cases if c.next_step == 5)
    ctx.close()
