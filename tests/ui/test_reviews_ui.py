"""The 复核 tab as an operator uses it: the due list, recording a review, the calendar,
the plan, the rules page; every table model passes QAbstractItemModelTester."""

import re
import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import select

from dibao_desk.models import Household
from dibao_desk.services import reviews
from dibao_desk.ui.dialogs.review_plan import ReviewPlanDialog
from dibao_desk.ui.tablemodels.reviews import DueModel, PlanModel
from dibao_desk.ui.widgets.review_rules_page import ReviewRulesPage
from dibao_desk.ui.widgets.reviews_view import ReviewsView
from tests.conftest import MemberDraft, make_id

D = dt.date
TODAY = D(2026, 11, 23)


def receive(ctx, hid, *, category="class3", fen=42000, start=D(2026, 8, 10)):
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        h.status, h.category, h.monthly_benefit_fen, h.benefit_start = "receiving", category, fen, start
        h.created_at = dt.datetime(start.year, start.month, start.day)
        uow.commit()


@pytest.fixture
def due_home(ctx, make_household):
    hh = make_household(wages_fen=0)
    receive(ctx, hh.id)  # class3, quarterly: due 2026-11-10, this month
    return hh.id


def test_recording_a_change_from_the_tab_proposes_it_from_the_next_month(qtbot, ctx, due_home):
    from dibao_desk.ui.actions import reviews as actions
    from dibao_desk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view: ReviewsView = window.view("reviews")
    view._today = TODAY
    view.refresh()
    window.show()
    window.show_view("reviews")
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 5)) == "农村三类（一般）"
    view.select_row(0)
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.visitor_edit.setText("王经办、李村干")
    dialog.findings_edit.setPlainText("儿子外出务工，月收入增加")
    qtbot.mouseClick(dialog.outcome_buttons["change"], Qt.MouseButton.LeftButton)
    dialog.amount_edit.setText("300")
    dialog.reason_edit.setText("家庭收入增加")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with ctx.uow() as uow:
        assert uow.session.get(Household, due_home).monthly_benefit_fen == 42000  # until granted
    recorded = reviews.reviews_of(ctx.uow(), due_home)[0]
    assert recorded.case_id is not None and recorded.after_fen == 30000
    assert (recorded.outcome, recorded.effective_month, recorded.visitor) == ("change", D(2026, 12, 1), "王经办、李村干")
    assert recorded.due_rule == "class3_rural"
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)  # reviewed: no longer due; read on the worker
    assert actions.VIEW == "reviews"


def test_a_bad_review_shows_why_and_saves_nothing(qtbot, ctx, due_home):
    from dibao_desk.ui.dialogs.record_review import RecordReviewDialog

    dialog = RecordReviewDialog(ctx, due_home, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.outcome_buttons["cancel"], Qt.MouseButton.LeftButton)
    dialog.visitor_edit.setText("")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "复核人" in dialog.error_label.text() and "理由" in dialog.error_label.text()
    assert reviews.reviews_of(ctx.uow(), due_home) == []


def test_calendar_counts_and_modes(qtbot, ctx, due_home):
    view = ReviewsView(ctx, today=TODAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view._filling)  # dates still being given on the worker are shown when done
    assert view.calendar.counts == {D(2026, 11, 10): 1}
    view.set_mode("overdue")
    assert view.model.rowCount() == 1 and "逾期" in view.summary.text()
    view.set_mode("next_month")
    assert view.model.rowCount() == 0 and view.calendar.monthShown() == 12


def test_county_counts_read_apart_from_the_day_number_at_1366x768(qtbot, ctx, due_home):
    """A county's three-digit daily counts ran into the day ("11249"): the count is on its own
    line under the number, and both fit their cell in a 1366×768 window."""
    from PySide6.QtGui import QFont, QFontMetrics

    view = ReviewsView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: not view._filling)
    counts = {D(2026, 11, 11): 249, D(2026, 11, 12): 1034, D(2026, 11, 28): 7}
    view.calendar.set_counts(counts)
    view.grab()  # paint as the screen would
    for day, n in counts.items():
        assert view.calendar.count_text(day) == str(n)
        number, count = view.calendar.painted[day]
        assert not number.intersects(count) and count.top() >= number.bottom()
        bold = QFont(view.calendar.font())
        bold.setBold(True)
        assert QFontMetrics(bold).horizontalAdvance(str(n)) <= count.width()
        assert QFontMetrics(bold).height() <= count.height() + 2
        assert QFontMetrics(view.calendar.font()).height() <= number.height() + 2
    assert view.calendar.count_text(D(2026, 11, 13)) == "" and D(2026, 11, 13) not in view.calendar.painted


def test_models_pass_the_model_tester(qtbot, ctx, due_home):
    due = DueModel()
    QAbstractItemModelTester(due, QAbstractItemModelTester.FailureReportingMode.Fatal)
    due.set_rows(reviews.due_list(ctx.uow(), month=TODAY, today=TODAY))
    assert due.rowCount() == 1
    plan = PlanModel()
    QAbstractItemModelTester(plan, QAbstractItemModelTester.FailureReportingMode.Fatal)
    plan.set_rows(reviews.plan_quarter(ctx.uow(), TODAY, today=TODAY).rows)
    assert plan.rowCount() == 1


def test_plan_dialog_makes_and_exports_the_quarter(qtbot, ctx, due_home, tmp_path):
    dialog = ReviewPlanDialog(ctx, TODAY, reviews.village_choices(ctx.uow()), today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    # overdue on 23 November: planned on the first working day not yet past, marked late
    assert dialog.plan.rows[0].day == D(2026, 11, 23) and dialog.plan.rows[0].late is True
    dialog.export(str(tmp_path / "plan.xlsx"))
    from openpyxl import load_workbook

    ws = load_workbook(tmp_path / "plan.xlsx").active
    assert ws["B3"].value == "2026-11-23" and ws["E3"].value == "张三"


def test_rules_page_saves_a_dated_set_and_reschedules(qtbot, ctx, due_home):
    page = ReviewRulesPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    assert "示例周期" in page.history.text()
    page.interval_spins["class3_rural"].setValue(6)
    # from 1 August: the household's cycle counts from its start on 10 August, under the new set
    page.effective.setDate(QDate(2026, 8, 1))
    with qtbot.waitSignal(page.saved):  # the rescheduling runs on the worker
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert not page.save_button.isEnabled()
    assert "已保存" in page.status.text() and page.save_button.isEnabled()
    assert not reviews.list_rule_sets(ctx.uow())[0].is_example
    assert reviews.schedule_of(ctx.uow(), due_home).due_date == D(2027, 2, 10)
    assert "2026-08-01 之前仍按随程序提供的示例周期" in page.history.text()


def test_a_first_rules_set_from_a_later_day_leaves_an_earlier_cycle_on_the_built_in_figures(qtbot, ctx, due_home):
    """The first set saved from 1 December does not reach back: the household whose cycle
    counts from 10 August stays on the built-in three months (due 10 November)."""
    page = ReviewRulesPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.interval_spins["class3_rural"].setValue(6)
    page.effective.setDate(QDate(2026, 12, 1))
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert reviews.list_rule_sets(ctx.uow())[0].rules.effective_from == D(2026, 12, 1)
    s = reviews.schedule_of(ctx.uow(), due_home)
    assert (s.due_date, s.months) == (D(2026, 11, 10), 3)


def test_stable_work_then_stop_through_the_window(qtbot, ctx, due_home):
    from dibao_desk.ui.dialogs.review_stable_work import StableWorkDialog
    from dibao_desk.ui.dialogs.review_status import ReviewStatusDialog
    from PySide6.QtCore import QDate

    receive(ctx, due_home, start=D(2026, 1, 31))  # on benefit before the work began
    dialog = StableWorkDialog(ctx, due_home, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_edit.setDate(QDate(2026, 3, 5))
    # seed 001 "继续给予3至12个月": 6 months from March, March included -> paid up to August
    assert "发放至 2026 年 8 月" in dialog.preview.text() and "2026 年 9 月起停发" in dialog.preview.text()
    dialog.detail_edit.setText("县工业园包装工，月薪 2800 元")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result_info.stop_month == D(2026, 9, 1)
    status = ReviewStatusDialog(ctx, TODAY)
    qtbot.addWidget(status)
    assert status.exits.rowCount() == 1 and status.stop_button.isEnabled()
    stopped = reviews.apply_exit_stops(ctx.uow(), TODAY)
    assert [r.effective_month for r in stopped] == [D(2026, 9, 1)]
    from dibao_desk.services import proposals

    [row] = proposals.list_proposals(ctx.uow(), today=TODAY)
    assert (row.kind, row.effective_month, row.case_id) == ("exit_end", D(2026, 9, 1), stopped[0].case_id)


def test_the_refusal_dialog_offers_only_members_with_full_work_capacity(qtbot, ctx, due_home):
    from dibao_desk.ui.dialogs.review_refusal import RefusalDialog

    dialog = RefusalDialog(ctx, due_home, TODAY)  # the only member is partially work-capable
    qtbot.addWidget(dialog)
    assert dialog.member_combo.count() == 0 and not dialog.save_button.isEnabled()


def test_two_refusals_recorded_in_the_dialog_stop_the_benefit(qtbot, ctx, make_household):
    from PySide6.QtCore import QDate
    from dibao_desk.ui.dialogs.review_refusal import RefusalDialog

    son = MemberDraft("张强", make_id("19900101", 33), "son", work_capacity="full")
    due_home = make_household(wages_fen=0, extra_members=(son,)).id
    receive(ctx, due_home)

    for day, offer in ((QDate(2026, 9, 1), "镇环卫所保洁员"), (QDate(2026, 10, 12), "县工业园包装工")):
        dialog = RefusalDialog(ctx, due_home, TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.date_edit.setDate(day)
        dialog.offer_edit.setText(offer)
        assert dialog.member_combo.currentData() == "张强"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "停发" in dialog.result_text() and "2026 年 11 月" in dialog.result_text()
    assert "建议" in dialog.result_text()
    assert [r.offer for r in reviews.refusals_of(ctx.uow(), due_home)] == ["镇环卫所保洁员", "县工业园包装工"]
    with ctx.uow() as uow:
        assert uow.session.get(Household, due_home).status == "receiving"  # a proposal until granted


def test_severe_grades_and_stable_income_are_set_by_clicking(qtbot, ctx, due_home):
    from dibao_desk.ui.dialogs.record_review import RecordReviewDialog

    page = ReviewRulesPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    assert [g for g, c in page.grade_checks.items() if c.isChecked()] == [1, 2]
    page.grade_checks[3].setChecked(True)
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert reviews.rules_in_force(ctx.uow(), TODAY).rules.severe_disability_grades == (1, 2, 3)

    dialog = RecordReviewDialog(ctx, due_home, TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.stable_check.isChecked()
    dialog.stable_check.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    s = reviews.schedule_of(ctx.uow(), due_home)
    assert (s.months, s.due_date) == (6, D(2027, 5, 23)) and "stable_income" in s.applicable
    assert "class3_rural" not in s.applicable
    again = RecordReviewDialog(ctx, due_home, TODAY)
    qtbot.addWidget(again)
    assert again.stable_check.isChecked()


def test_plan_dialog_on_the_quarters_last_day_off_says_who_is_left_out(qtbot, ctx, due_home):
    """Opened on Saturday 30 September 2028 (the office marked it a day off): no working day is
    left, and the dialog says the overdue household is not in the plan instead of \"0 户\" alone."""
    from dibao_desk.models import WorkdayOverride

    with ctx.uow() as uow:
        uow.session.add(WorkdayOverride(day=D(2028, 9, 30), workday=False))
        uow.commit()
    dialog = ReviewPlanDialog(ctx, D(2028, 9, 30), reviews.village_choices(ctx.uow()), today=D(2028, 9, 30))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "1 户到期或已逾期的复核未排入计划" in dialog.summary.text()
    assert not dialog.export_button.isEnabled()


def test_plan_dialog_switched_to_a_quarter_already_over_says_it_has_ended(qtbot, ctx, make_household):
    """On 23 November the operator picks the third quarter: the dialog said 2026-11-23 至
    2026-09-30 (backwards); it now says the quarter has ended and to plan this one."""
    late = make_household(wages_fen=0)
    receive(ctx, late.id, start=D(2026, 5, 10))  # class3, quarterly: due 2026-08-10, overdue
    dialog = ReviewPlanDialog(ctx, TODAY, reviews.village_choices(ctx.uow()), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.quarter_combo.setCurrentIndex(2)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.plan.end == D(2026, 9, 30) and dialog.plan.left_out == 1
    assert "2026-11-23 至 2026-09-30" not in dialog.summary.text()
    assert "2026年第3季度已于 2026-09-30 结束" in dialog.summary.text()


def test_a_long_due_summary_wraps_instead_of_widening_the_window(qtbot, ctx):
    """An overdue list holding households of every review rule, with households in 就业渐退,
    makes a summary longer than the screen is wide: it wraps, and the window (with 季度计划…
    at its right edge) still fits 1366 px."""
    from types import SimpleNamespace

    from dibao_desk.domain.reviews import ExitState
    from dibao_desk.messages.reviews import LABELS
    from dibao_desk.services.reviews_results import DueRow
    from dibao_desk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.view("reviews")
    rules = [r for r in LABELS["review_rule_short"]]
    rows = [DueRow(i + 1, "东风村", f"户主{i}", make_id("19600101", i + 10), "urban", "class2", D(2026, 10, 1), rule,
                   3, None, 30) for i, rule in enumerate(rules)]
    exits = [SimpleNamespace(state=ExitState.REMIND), SimpleNamespace(state=ExitState.STOPPED)]
    view._apply(D(2026, 11, 1), True, rows, {}, exits)
    assert "就业渐退" in view.summary.text() and "城市不稳定收入" in view.summary.text()
    assert window.minimumSizeHint().width() <= 1366


def _printed_pages(path) -> list[str]:
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [p for p in text.split("\f") if p.strip()]


def test_the_printed_overdue_list_and_quarter_plan_number_their_pages_n_of_m(qtbot, tmp_path, monkeypatch):
    """打印本页名单 and the plan's 打印… as a person prints them (each opens in the preview): every
    page ends with 第 n 页 共 m 页, as the notices do, and repeats the column headings."""
    from dibao_desk.services import demo
    from dibao_desk.services.context import open_context
    from dibao_desk.ui.actions import reviews as actions
    from dibao_desk.ui.dialogs import pdf_preview
    from dibao_desk.ui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(pdf_preview, "show", lambda parent, path, title="": shown.append(path))
    store = open_context(tmp_path / "demo")
    try:
        demo.generate(store.uow(), households=300, seed=1, today=TODAY)
        window = MainWindow(store)
        qtbot.addWidget(window)
        view: ReviewsView = window.view("reviews")
        view._today = TODAY
        view.set_mode("overdue")
        qtbot.waitUntil(lambda: not view._filling)
        actions.print_list(window)  # made on the worker
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=20000)
        dialog = actions.plan_quarter(window)
        qtbot.waitUntil(lambda: dialog.plan is not None and bool(dialog.plan.rows), timeout=10000)
        dialog.print_plan()
        dialog.close()
    finally:
        store.close()
    for path, header in ((shown[0], "应复核日期"), (shown[1], "户主")):
        name = path.name
        pages = _printed_pages(path)
        assert len(pages) >= 2, name
        for n, page in enumerate(pages, 1):
            assert f"第{n}页共{len(pages)}页" in page.replace(" ", ""), (name, n)
            assert header in page.replace(" ", ""), (name, n)


def test_changing_the_amount_of_a_household_without_a_class_does_not_give_it_one(qtbot, ctx, make_household):
    """A household imported from a roster without 类别: a 变更 of the amount alone must not put
    it in 一类 (三无) because that was the first line of the class list."""
    from dibao_desk.services import proposals
    from dibao_desk.ui.dialogs.record_review import RecordReviewDialog

    hid = make_household(wages_fen=0).id
    receive(ctx, hid, category="")
    dialog = RecordReviewDialog(ctx, hid, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.outcome_buttons["change"], Qt.MouseButton.LeftButton)
    assert dialog.category_combo.currentText() == "未定类别"
    dialog.amount_edit.setText("300")
    dialog.reason_edit.setText("家庭收入增加")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error_label.text()
    recorded = reviews.reviews_of(ctx.uow(), hid)[0]
    assert (recorded.before_category, recorded.after_category, recorded.after_fen) == ("", "", 30000)
    [row] = proposals.list_proposals(ctx.uow(), today=TODAY)
    assert (row.household_id, row.after_fen) == (hid, 30000)
    assert proposals.get_proposal(ctx.uow(), row.id).case_id == recorded.case_id


def test_a_plan_that_cannot_be_exported_is_said_in_chinese(qtbot, ctx, due_home, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    dialog = ReviewPlanDialog(ctx, TODAY, reviews.village_choices(ctx.uow()), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.export(str(tmp_path / "U盘" / "plan.xlsx"))  # the stick pulled out: its folder is gone
    [(title, text)] = shown
    assert title == "无法导出" and "找不到" in text and "No such file" not in text


def test_a_gradual_exit_end_waiting_for_another_case_is_said_when_stops_are_proposed(qtbot, ctx, due_home,
                                                                                     monkeypatch):
    """The stop month has come, but the household has a 变更 still going through its steps: no
    取消 can be proposed beside it. Clicking 提出取消建议 says so instead of a bare “0 户”."""
    from PySide6.QtWidgets import QMessageBox

    from dibao_desk.ui.dialogs.review_status import ReviewStatusDialog

    receive(ctx, due_home, start=D(2026, 1, 31))  # on benefit before the work began
    reviews.record_stable_work(ctx.uow(), due_home, D(2026, 3, 5), "张三", today=D(2026, 3, 5))
    reviews.record_review(ctx.uow(), reviews.ReviewInput(due_home, D(2026, 8, 20), "王经办", "change",
                                                         reason="收入增加", new_benefit_fen=20000), today=D(2026, 8, 20))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: shown.append(text))
    status = ReviewStatusDialog(ctx, TODAY)
    qtbot.addWidget(status)
    assert status.stop_button.isEnabled()
    qtbot.mouseClick(status.stop_button, Qt.MouseButton.LeftButton)
    [text] = shown
    assert "已为 0 户提出取消建议" in text and "1 户" in text and "正在办理" in text
    assert status.exits.rowCount() == 1  # still waiting


def test_the_plan_exported_to_a_full_stick_says_so_in_chinese(qtbot, ctx, due_home, tmp_path, monkeypatch,
                                                             message_boxes):
    """导出 Excel of the quarter's plan on a full stick said 无法写入文件 …：No space left on device."""
    import errno

    from dibao_desk import atomic

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device", str(dst))

    monkeypatch.setattr(atomic.os, "replace", full)
    dialog = ReviewPlanDialog(ctx, TODAY, reviews.village_choices(ctx.uow()), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.export(str(tmp_path / "plan.xlsx"))
    [(_kind, _title, text)] = message_boxes
    assert "已满" in text and "No space" not in text and "Errno" not in text
    assert not (tmp_path / "plan.xlsx").exists()


def test_the_month_arrows_step_a_month_across_the_year_end(qtbot, ctx, due_home):
    """In December the month box's ▲ showed the next December (2027-12): the arrows stepped the
    part the cursor was in, the year by default; with the month part, ▲ stopped at 12. In
    December an operator looking for January's list could not step to it. ▲ and ▼ (arrows,
    keys, wheel) now move a month, across the year end."""
    from PySide6.QtCore import QDate, QPoint

    view = ReviewsView(ctx, today=D(2026, 12, 15))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view._filling)
    edit = view.month_edit
    assert edit.date() == QDate(2026, 12, 1)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, 4))  # the ▲ arrow
    assert edit.date() == QDate(2027, 1, 1)
    assert view.mode() == "month" and view.month() == D(2027, 1, 1)
    qtbot.waitUntil(lambda: "2027 年 1 月" in view.summary.text())  # the list read on the worker
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.date() == QDate(2026, 11, 1) and view.month() == D(2026, 11, 1)


def test_stable_work_dated_before_the_benefit_began_is_refused_in_the_dialog(qtbot, ctx, due_home):
    """A slip of the year in 登记稳定就业: the dialog stays open and says why; nothing is recorded."""
    from dibao_desk.ui.dialogs.review_stable_work import StableWorkDialog
    from PySide6.QtCore import QDate

    dialog = StableWorkDialog(ctx, due_home, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_edit.setDate(QDate(2016, 3, 5))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_info is None
    assert "取得稳定收入的日期 2016-03-05 早于该户享受低保的起始日期 2026-08-10" in dialog.error_label.text()
    assert reviews.exits(ctx.uow(), TODAY, running_only=False) == []


def test_the_review_counts_list_the_end_of_gradual_exit_apart_once_granted(qtbot, ctx, due_home, monkeypatch):
    """复核统计: the 取消 proposed by clicking 提出取消建议 is no review's 取消. Until it is granted
    nothing counts; granted, it counts under 渐退期满停发 in the year's total, not under 取消."""
    from PySide6.QtWidgets import QMessageBox

    from dibao_desk.ui.dialogs.review_status import ReviewStatusDialog
    from tests.helpers import walk_case

    receive(ctx, due_home, start=D(2026, 1, 31))
    reviews.record_stable_work(ctx.uow(), due_home, D(2026, 3, 5), "张三", today=D(2026, 3, 5))
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    status = ReviewStatusDialog(ctx, TODAY)
    qtbot.addWidget(status)
    qtbot.mouseClick(status.stop_button, Qt.MouseButton.LeftButton)

    def totals() -> list[str]:
        status.load_counts()
        last = status.counts.rowCount() - 1
        return [status.counts.item(last, j).text() for j in range(status.counts.columnCount())]

    assert totals() == ["合计", "0", "0", "0", "0", "0", "0"]
    [row] = reviews.reviews_of(ctx.uow(), due_home)
    walk_case(ctx, row.case_id, TODAY)
    assert totals() == ["合计", "0", "0", "0", "0", "1", "0"]


def test_the_exported_due_list_marks_a_filed_household(qtbot, ctx, villages, make_household, tmp_path):
    """导出本页名单 writes the workbook taken to the villages: a 备案 household's head carries the
    mark the table shows, so the strict review is not lost on paper."""
    from openpyxl import load_workbook

    from dibao_desk.ui.actions import reviews as actions
    from dibao_desk.ui.main_window import MainWindow
    from tests.unit.test_relatives import NEPHEW, add

    filed = make_household(extra_members=(MemberDraft("赵小明", NEPHEW, "son"),), wages_fen=0)
    receive(ctx, filed.id)
    add(ctx, villages)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view: ReviewsView = window.view("reviews")
    view._today = TODAY
    view.refresh()
    qtbot.waitUntil(lambda: not view._filling)
    assert view.model.data(view.model.index(0, 1)) == "张三（备案）"
    out = tmp_path / "复核名单.xlsx"
    actions.export_list(window, str(out))
    qtbot.waitUntil(out.exists, timeout=10000)
    ws = load_workbook(out).active
    assert ws["C2"].value == "户主" and ws["C3"].value == "张三（备案）"


def test_the_plan_dialog_marks_a_filed_household_on_screen_in_the_workbook_and_on_paper(
        qtbot, ctx, villages, make_household, tmp_path, monkeypatch):
    """A household a member of which is registered as a close relative of staff (备案) is
    reviewed strictly: the plan made on 31 December for the next quarter shows 户主（备案） in its
    table, says what it means under it, and keeps both in the workbook and the printed plan."""
    from openpyxl import load_workbook

    from dibao_desk.services import relatives
    from dibao_desk.ui.dialogs import pdf_preview

    filed = make_household(extra_members=(MemberDraft("赵小明", make_id("19950505", 41), "son"),), wages_fen=0)
    other = make_household(head="钱五", head_id=make_id("19580101", 51), wages_fen=0)
    for hh in (filed, other):
        receive(ctx, hh.id)
    relatives.add_relative(ctx.uow(), staff_id_number=make_id("19700101", 31), staff_name="赵村长",
                           role="village_cadre", village_id=villages["东风村"], post="村主任",
                           id_number=make_id("19950505", 41), name="赵小明", relation="child",
                           registered_on=D(2026, 3, 1), today=D(2026, 12, 31))
    dialog = ReviewPlanDialog(ctx, D(2027, 1, 1), reviews.village_choices(ctx.uow()), today=D(2026, 12, 31))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    head = next(i for i, c in enumerate(dialog.model.columns) if c.key == "head_name")
    shown = {dialog.model.row_key(i): dialog.model.index(i, head).data() for i in range(dialog.model.rowCount())}
    assert shown == {filed.id: "张三（备案）", other.id: "钱五"}
    assert dialog.summary.text().splitlines()[0] == (
        "2027-01-01 至 2027-03-31：2 户，63 个工作日，每日约 1 户；其中已逾期 2 户；"
        "备案 1 户（户主后标“（备案）”：本户有成员是经办人员或村干部登记的近亲属），应从严复核")
    dialog.export(str(tmp_path / "plan.xlsx"))
    ws = load_workbook(tmp_path / "plan.xlsx").active
    assert {int(r[9]): r[4] for r in ws.iter_rows(min_row=3, values_only=True) if r[9]} == {
        filed.id: "张三（备案）", other.id: "钱五"}
    shown = []
    monkeypatch.setattr(pdf_preview, "show", lambda parent, path, title="": shown.append(path))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    page = "".join(_printed_pages(shown[0])).replace(" ", "")
    assert "张三（备案）" in page and "钱五（备案）" not in page and "备案1户（户主后标" in page


def test_a_change_to_nothing_and_a_change_dated_before_the_last_visit_are_refused_in_the_dialog(
        qtbot, ctx, due_home):
    from dibao_desk.ui.dialogs.record_review import RecordReviewDialog

    reviews.record_review(ctx.uow(), reviews.ReviewInput(due_home, D(2026, 11, 20), "王经办", "keep"), today=TODAY)
    dialog = RecordReviewDialog(ctx, due_home, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.visitor_edit.setText("王经办")
    qtbot.mouseClick(dialog.outcome_buttons["change"], Qt.MouseButton.LeftButton)
    dialog.amount_edit.setText("0")
    dialog.reason_edit.setText("家庭收入增加")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "变更后的保障金为 0 元：复核结论应为“取消”"
    dialog.amount_edit.setText("300")
    dialog.date_edit.setDate(QDate(2026, 11, 18))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "复核日期 2026-11-18 早于该户最近一次复核（2026-11-20），变更或取消不能早于最近一次复核")
    assert [r.outcome for r in reviews.reviews_of(ctx.uow(), due_home)] == ["keep"]


def test_the_rules_note_follows_the_review_date_typed_not_today(qtbot, ctx, due_home):
    """Rules saved from 1 November take effect in the review's own month; before, the example
    rules take effect the month after. A review typed as of 20 October is explained (and
    recorded) by October's rules, one typed back to 23 November by November's."""
    from dataclasses import replace

    from dibao_desk.domain import reviews as rules
    from dibao_desk.ui.dialogs.record_review import RecordReviewDialog

    reviews.save_rule_set(ctx.uow(), replace(rules.EXAMPLE_RULES, effective_from=D(2026, 11, 1),
                                             effect_offset_months=0), today=TODAY)
    dialog = RecordReviewDialog(ctx, due_home, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.rules_note.text() == "变更、取消：提出建议，经评议、公示、审批后自复核当月起执行"
    dialog.date_edit.setDate(QDate(2026, 10, 20))
    assert dialog.rules_note.text() == "变更、取消：提出建议，经评议、公示、审批后自复核后第 1 个月起执行"
    qtbot.mouseClick(dialog.outcome_buttons["change"], Qt.MouseButton.LeftButton)
    dialog.amount_edit.setText("300")
    dialog.reason_edit.setText("务工收入增加")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error_label.text()
    [review] = reviews.reviews_of(ctx.uow(), due_home)
    assert (review.review_date, review.effective_month, review.after_fen) == (D(2026, 10, 20), D(2026, 11, 1), 30000)
    again = RecordReviewDialog(ctx, due_home, TODAY)
    qtbot.addWidget(again)
    again.date_edit.setDate(QDate(2026, 10, 20))
    again.date_edit.setDate(QDate(2026, 11, 23))
    assert again.rules_note.text() == "变更、取消：提出建议，经评议、公示、审批后自复核当月起执行"


def test_after_a_review_the_cursor_is_on_the_next_household_to_visit(qtbot, ctx, make_household):
    """Working down the month's list: the household just reviewed leaves it and the cursor is on
    the one that took its row; F5 keeps the household selected."""
    from PySide6.QtWidgets import QApplication

    from dibao_desk.ui.main_window import MainWindow

    for k in range(3):
        hh = make_household(wages_fen=0, head=f"赵{k}", head_id=make_id("19600101", 31 + 2 * k))
        receive(ctx, hh.id)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view: ReviewsView = window.view("reviews")
    view._today = TODAY
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_view("reviews")
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    order = [view.model.row_at(i).household_id for i in range(3)]
    view.select_row(1)
    view.table.setFocus()
    with qtbot.waitSignal(view.shown):  # the list is read on the worker
        qtbot.keyClick(view.table, Qt.Key.Key_F5)
    assert view.selected_household() == order[1]

    reviews.record_review(ctx.uow(), reviews.ReviewInput(
        household_id=order[1], review_date=TODAY, visitor="王经办", outcome="keep", findings="无变化",
        reason="", new_category="", new_benefit_fen=None, income_stable=False), today=TODAY)
    with qtbot.waitSignal(view.shown):
        window.notify_changed()
    assert view.model.rowCount() == 2
    assert view.selected_household() == order[2]


LONG_VILLAGE = "鹤鸣岭柏树坳" * 9  # 54 characters, none of them elsewhere on the plan


def _plan_with_long_villages(ctx, make_household, villages):
    """60 households due, every other one in a village whose name wraps over several lines."""
    from dibao_desk.services import office

    villages[LONG_VILLAGE] = office.add_village(ctx.uow(), LONG_VILLAGE, "village", 900).id
    for n in range(60):
        long = n % 2 == 1
        hh = make_household(head=f"{'长' if long else '短'}户{n:02d}", head_id=make_id("19600315", n + 100),
                            village=LONG_VILLAGE if long else "东风村", wages_fen=0)
        receive(ctx, hh.id)


def test_the_printed_plan_never_cuts_a_row_over_two_pages(qtbot, ctx, villages, make_household, monkeypatch):
    """The plan printed through Qt's rich text put a row's date and 户主 on one page and the rest of
    its wrapped village name at the top of the next. 打印… now shows the plan as the other
    documents are printed (a PDF in the preview): each page holds whole rows, every long village
    name whole beside its head, the header row and 第 x 页 共 y 页 on every page, the weekday and
    the 复核依据 in words."""
    from dibao_desk.ui.dialogs import pdf_preview

    _plan_with_long_villages(ctx, make_household, villages)
    shown = []
    monkeypatch.setattr(pdf_preview, "show", lambda parent, path, title="": shown.append((path, title)))
    dialog = ReviewPlanDialog(ctx, TODAY, reviews.village_choices(ctx.uow()), today=TODAY)
    qtbot.addWidget(dialog)
    assert len(dialog.plan.rows) == 60
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    (path, title), = shown
    assert title == "2026 年第 4 季度低保复核计划"
    pages = [p.replace(" ", "") for p in _printed_pages(path)]
    assert len(pages) >= 3
    for n, page in enumerate(pages, 1):
        long_rows = page.count("长户")
        assert sum(page.count(ch) for ch in "鹤鸣岭柏树坳") == 54 * long_rows, n  # no name cut
        assert "户主" in page and "村（社区）" in page and "复核依据" in page, n
        assert f"第{n}页共{len(pages)}页" in page, n
    everything = "".join(pages)
    assert sum(everything.count(f"户{n:02d}") for n in range(60)) == 60  # each row once
    assert "农村三类（一般）" in everything and "class3" not in everything
    assert "2026-11-23周一" in everything and "已逾期" in everything


def test_the_review_form_and_the_stable_work_form_opened_twice_record_once_31_december(qtbot, ctx, due_home):
    """Each form opened twice for one household (the first left open behind the window) and
    saved in both: the second stays open saying what was recorded first; the store holds one
    review and one 渐退."""
    from dibao_desk.ui.dialogs.record_review import RecordReviewDialog
    from dibao_desk.ui.dialogs.review_stable_work import StableWorkDialog

    day = D(2026, 12, 31)
    first, second = RecordReviewDialog(ctx, due_home, day), RecordReviewDialog(ctx, due_home, day)
    for dialog in (first, second):
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    assert not first.isVisible()
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    assert second.isVisible()
    # opened before the first was saved: refused as such, naming the first
    assert "打开本窗口后，该户又记录了一次复核（2026-12-31，复核人：" in second.error_label.text()
    assert [r.review_date for r in reviews.reviews_of(ctx.uow(), due_home)] == [day]

    work = [StableWorkDialog(ctx, due_home, day), StableWorkDialog(ctx, due_home, day)]
    for dialog in work:
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.date_edit.setDate(QDate(2026, 12, 20))
    qtbot.mouseClick(work[0].save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(work[1].save_button, Qt.MouseButton.LeftButton)
    assert work[1].isVisible() and work[1].result_info is None
    assert "该户已于 2026-12-20 登记过" in work[1].error_label.text() and "不能重复登记" in work[1].error_label.text()
    assert len(reviews.exits(ctx.uow(), day, running_only=False)) == 1
    # the refusal wraps in the dialog as it is: on one line it widened the dialog past its form
    width = work[0].width()
    qtbot.wait(10)
    assert work[1].error_label.wordWrap() and work[1].width() <= width


def _pdf_pages(path) -> list[str]:
    """Each page's text as pypdfium2 reads it, without spaces and line ends."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        texts = [pdf[n].get_textpage().get_text_range() for n in range(len(pdf))]
    finally:
        pdf.close()
    return [t.replace("\r", "").replace("\n", "").replace(" ", "") for t in texts]


def test_the_printed_due_list_never_cuts_a_row_over_two_pages(qtbot, ctx, villages, make_household, monkeypatch):
    """打印… on the 复核 tab printed the list through Qt's rich text, which put a row's 户主 and
    dates on one page and the rest of its wrapped village name at the top of the next. The list
    now opens in the preview as the other documents do: each page holds whole rows (every long
    village name whole beside its head), the heading, the header row and 第 x 页 共 y 页 on every
    page, the codes in words."""
    from dibao_desk.ui.dialogs import pdf_preview
    from dibao_desk.ui.main_window import MainWindow

    _plan_with_long_villages(ctx, make_household, villages)  # 60 households due 2026-11-10
    shown = []
    monkeypatch.setattr(pdf_preview, "show", lambda parent, path, title="": shown.append((path, title)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view: ReviewsView = window.view("reviews")
    view._today = TODAY
    view.refresh()
    window.show()
    window.show_view("reviews")
    qtbot.waitUntil(lambda: view.model.rowCount() == 60)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    (path, title), = shown
    assert title == "2026 年 11 月应复核低保家庭名单"
    pages = _pdf_pages(path)
    assert len(pages) >= 3
    heads_seen = []
    for n, page in enumerate(pages, 1):
        heads = [(kind, int(h)) for kind, h in re.findall(r"([长短])户(\d\d)", page)]
        heads_seen += heads
        # every character of the long name on this page belongs to a row whose head is on it
        assert sum(page.count(ch) for ch in "鹤鸣岭柏树坳") == 54 * sum(1 for k, _h in heads if k == "长"), n
        for header in ("村（社区）", "户主", "户籍", "类别", "应复核日期", "复核依据", "上次复核/享受起始", "逾期"):
            assert header in page, (n, header)
        assert f"第{n}页共{len(pages)}页" in page, n
        assert "2026年11月应复核低保家庭名单" in page, n
    assert sorted(h for _k, h in heads_seen) == list(range(60))  # each row once
    everything = "".join(pages)
    assert "农村三类（一般）" in everything and "class3" not in everything and "rural" not in everything
    assert "2026-11-10" in everything and "13天" in everything


def test_a_review_form_left_open_while_another_pc_records_a_review_refuses_to_save(qtbot, ctx, due_home):
    """The form is opened on 1 January 2027; meanwhile 李经办 at another PC records the visit of
    31 December (a 取消). 保存 then says so, keeps the form open and records nothing."""
    from dibao_desk.models import Review
    from dibao_desk.ui.dialogs.record_review import RecordReviewDialog
    from tests.concurrency import second_clerk

    day = D(2027, 1, 1)
    dialog = RecordReviewDialog(ctx, due_home, day)
    qtbot.addWidget(dialog)
    dialog.show()
    with second_clerk(ctx) as other:
        theirs = reviews.record_review(other.uow(), reviews.ReviewInput(
            due_home, D(2026, 12, 31), "李经办", "cancel", reason="家庭收入超过标准"), today=D(2026, 12, 31))
    dialog.findings_edit.setPlainText("收入无变化")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_info is None
    assert "打开本窗口后，该户又记录了一次复核（2026-12-31，复核人：李经办，结论：取消）" in dialog.error_label.text()
    with ctx.uow() as uow:
        assert uow.session.scalars(select(Review.id).where(Review.household_id == due_home)).all() == [theirs.id]
