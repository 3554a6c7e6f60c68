"""The program left open overnight: when the date moves on under the main window, the tabs and
the dialogs still open show the new day, and what the operator typed stays."""

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate
from sqlalchemy import select

from dibao_desk.domain.household import IncomeDraft, MemberDraft
from dibao_desk.models import Household
from dibao_desk.services import households, policy, reviews
from dibao_desk.ui.dialogs.notice_batch_dialog import NoticeBatchDialog
from dibao_desk.ui.dialogs.print_notice import PrintNoticeDialog
from dibao_desk.ui.main_window import DAY_CHECK_MS, MainWindow
from tests.helpers import make_id, simple_draft


class Clock:
    """The day the window and its tabs read; a test moves it on."""

    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


def window_on(qtbot, ctx, clock: Clock) -> MainWindow:
    """The main window with every tab reading ``clock``, settled on its day as if opened on it."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.set_clock(clock)
    for key in ("households", "reviews", "proposals", "payroll", "statistics", "cases", "today"):
        view = window.view(key)
        assert view is not None, key
        if key in ("reviews", "today"):
            view._today = None
        view.clock = clock
    window.view("households").detail.clock = clock
    window.day_changed.emit(clock())
    window.notify_changed()
    return window


def tick(window: MainWindow) -> None:
    """The minute timer going off (its timeout, without waiting a minute)."""
    window.day_timer.timeout.emit()


def per_capita_column(window) -> list[str]:
    view = window.view("households")
    column = [c.key for c in view.model.columns].index("per_capita_fen")
    return [view.model.data(view.model.index(r, column)) for r in range(view.model.rowCount())]


def test_the_window_looks_at_the_date_every_minute(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.day_timer.isActive() and window.day_timer.interval() == DAY_CHECK_MS == 60_000
    clock = Clock(dt.date(2026, 12, 31))
    window.set_clock(clock)
    seen: list[dt.date] = []
    window.day_changed.connect(seen.append)
    tick(window)
    assert seen == []  # the same day: nothing to follow
    clock.day = dt.date(2027, 1, 1)
    tick(window)
    tick(window)
    assert seen == [dt.date(2027, 1, 1)]  # said once


def test_over_new_year_the_open_tabs_show_the_new_year(qtbot, ctx, villages):
    """A policy set dated 1 January, entered on 31 December; the window stays open past midnight.
    Without any refresh by the operator the list counts the new deduction, the 造册 tab proposes
    January, the ledger's totals and the statistics move to January, the reviews list January's
    dues; a period the operator typed in 造册 stays."""
    eve, new_year = dt.date(2026, 12, 31), dt.date(2027, 1, 1)
    draft = simple_draft(villages["东风村"], wages_fen=100000, employment_deduction_fen=30000,
                         extra_members=(MemberDraft("李梅", make_id("19620101", 22), "spouse"),))
    draft = replace(draft, members=(replace(draft.members[0], employment="employed"), draft.members[1]),
                    incomes=(IncomeDraft("wages", 100000, 0),))
    households.save(ctx.uow(), draft, today=eve)
    figures = policy.require_policy(ctx.uow(), eve).figures
    policy.add_policy_set(ctx.uow(), new_year, replace(figures, employment_deduction_per_member_fen=20000),
                          "2027 年提高就业成本扣减", today=eve)
    clock = Clock(eve)
    window = window_on(qtbot, ctx, clock)
    window.show_view("households")
    assert per_capita_column(window) == ["450.00"]  # (1000 − 100) / 2
    payroll_view, ledger_view = window.view("payroll"), window.view("proposals")
    stats, reviews_view = window.view("statistics"), window.view("reviews")
    assert payroll_view.period_edit.text() == "2026-12"
    assert ledger_view.month_edit.date() == QDate(2026, 12, 1)
    assert stats.period_combo.currentData() == "2026-12"
    assert reviews_view.month_edit.date() == QDate(2026, 12, 1)

    clock.day = new_year
    tick(window)

    assert per_capita_column(window) == ["400.00"]  # (1000 − 200) / 2, as the new set counts
    assert window.view("households").detail.selected_month() == new_year  # the panel under the list
    with ctx.uow() as uow:
        assert uow.session.execute(select(Household.per_capita_fen)).scalar_one() == 40000
    assert payroll_view.period_edit.text() == "2027-01"
    assert ledger_view.month_edit.date() == QDate(2027, 1, 1)
    assert stats.period_combo.currentData() == "2027-01"
    assert stats.period_combo.itemData(0) == "2027-01"
    assert reviews_view.month_edit.date() == QDate(2027, 1, 1)
    assert reviews_view.month() == new_year
    assert window.view("today").today() == new_year
    assert window.view("cases").today() == new_year


def test_a_period_or_month_the_operator_chose_stays_over_midnight(qtbot, ctx):
    clock = Clock(dt.date(2026, 11, 30))
    window = window_on(qtbot, ctx, clock)
    payroll_view, ledger_view, stats = window.view("payroll"), window.view("proposals"), window.view("statistics")
    reviews_view = window.view("reviews")
    payroll_view.period_edit.setText("2026-10")
    ledger_view.month_edit.setDate(QDate(2026, 9, 1))
    stats.period_combo.setCurrentIndex(stats.period_combo.findData("2026Q3"))
    reviews_view.month_edit.setDate(QDate(2026, 8, 1))  # 指定月份
    assert reviews_view.mode() == "month"

    clock.day = dt.date(2026, 12, 1)
    tick(window)

    assert payroll_view.period_edit.text() == "2026-10"
    assert ledger_view.month_edit.date() == QDate(2026, 9, 1)
    assert stats.period_combo.currentData() == "2026Q3"
    assert stats.period_combo.itemData(0) == "2026-12"  # the list of periods starts at the new month
    assert reviews_view.month() == dt.date(2026, 8, 1)


def test_on_the_first_of_december_the_reviews_tab_lists_decembers_dues(qtbot, tmp_path):
    from dibao_desk.services import demo
    from dibao_desk.services.context import open_context

    nov30, dec1 = dt.date(2026, 11, 30), dt.date(2026, 12, 1)
    ctx = open_context(tmp_path / "d")
    demo.generate(ctx.uow(), households=300, seed=3, today=nov30)
    clock = Clock(nov30)
    window = window_on(qtbot, ctx, clock)
    view = window.view("reviews")
    window.show_view("reviews")
    due_nov = len(reviews.due_list(ctx.uow(), month=nov30.replace(day=1), today=nov30))
    due_dec = len(reviews.due_list(ctx.uow(), month=dec1, today=dec1))
    assert due_nov != due_dec
    assert view.mode() == "this_month" and view.model.rowCount() == due_nov

    clock.day = dec1
    tick(window)

    assert view.month_edit.date() == QDate(2026, 12, 1)
    assert view.model.rowCount() == due_dec
    ctx.close()


def test_open_dialogs_move_their_untouched_dates_and_keep_a_typed_one(qtbot, ctx):
    """28 February 2027 to 1 March: the 公示表 dialog and a step form left open. The dates still on
    today follow the day; the one the operator typed stays."""
    clock = Clock(dt.date(2027, 2, 28))
    window = window_on(qtbot, ctx, clock)
    notice = PrintNoticeDialog(ctx, window, today=clock())
    batch = NoticeBatchDialog(ctx, clock(), window)
    typed = PrintNoticeDialog(ctx, window, today=clock())
    assert notice.date.date() == QDate(2027, 2, 28)
    assert notice.out.text().endswith("-20270228.pdf")
    typed.date.setDate(QDate(2027, 2, 26))  # the day the notice was really posted

    clock.day = dt.date(2027, 3, 1)
    tick(window)

    assert notice.date.date() == QDate(2027, 3, 1)
    assert notice.today == dt.date(2027, 3, 1)
    assert notice.out.text().endswith("-20270301.pdf")
    assert batch.on.date() == QDate(2027, 3, 1) and batch.today == dt.date(2027, 3, 1)
    assert typed.date.date() == QDate(2027, 2, 26)
    assert typed.today == dt.date(2027, 3, 1)
    for dialog in (notice, batch, typed):
        dialog.close()
        dialog.deleteLater()


def test_the_complaints_register_left_open_counts_the_days_left_from_the_new_day(qtbot, ctx, make_household):
    """30 November to 1 December: a complaint's 剩 N 天 drops by one without reopening the register,
    the 收到日期 still on today moves on, an 答复日期 the operator typed stays."""
    from dibao_desk.services import complaints
    from dibao_desk.ui.dialogs.complaints_register import ComplaintsDialog

    hh = make_household(wages_fen=0)
    nov30 = dt.date(2026, 11, 30)
    complaints.add_complaint(ctx.uow(), received_on=nov30, channel="box", household_id=hh.id,
                             description="家里新买了轿车", today=nov30)
    due = complaints.list_complaints(ctx.uow())[0].due_on
    clock = Clock(nov30)
    window = window_on(qtbot, ctx, clock)
    dialog = ComplaintsDialog(ctx, clock(), window)
    state = [c.key for c in dialog.model.columns].index("state")
    assert dialog.model.data(dialog.model.index(0, state)) == f"剩 {(due - nov30).days} 天"
    dialog.answered_edit.setDate(QDate(2026, 11, 29))

    clock.day = dt.date(2026, 12, 1)
    tick(window)

    assert dialog.model.data(dialog.model.index(0, state)) == f"剩 {(due - clock.day).days} 天"
    assert dialog.received_edit.date() == QDate(2026, 12, 1)
    assert dialog.answered_edit.date() == QDate(2026, 11, 29)
    dialog.close()
    dialog.deleteLater()


def test_a_household_form_left_open_over_new_year_counts_by_the_new_set(qtbot, ctx, villages):
    """The form's summary counts the declared deduction at most what the set in force allows: on
    1 January the set dated that day, without closing the form; what was typed stays."""
    from dibao_desk.ui.dialogs.household_form import HouseholdForm

    eve, new_year = dt.date(2026, 12, 31), dt.date(2027, 1, 1)
    draft = simple_draft(villages["东风村"], wages_fen=100000, employment_deduction_fen=30000,
                         extra_members=(MemberDraft("李梅", make_id("19620101", 22), "spouse"),))
    draft = replace(draft, members=(replace(draft.members[0], employment="employed"), draft.members[1]),
                    incomes=(IncomeDraft("wages", 100000, 0),))
    hid = households.save(ctx.uow(), draft, today=eve).id
    figures = policy.require_policy(ctx.uow(), eve).figures
    policy.add_policy_set(ctx.uow(), new_year, replace(figures, employment_deduction_per_member_fen=20000),
                          "2027 年提高就业成本扣减", today=eve)
    clock = Clock(eve)
    window = window_on(qtbot, ctx, clock)
    form = HouseholdForm(ctx, hid, window, today=eve)
    form.address.setText("幸福路 9 号")
    assert "扣减 100.00 元，计算收入 900.00 元" in form.summary.text()
    assert form.summary.text().endswith("月人均收入 450.00 元")

    clock.day = new_year
    tick(window)

    assert "扣减 200.00 元，计算收入 800.00 元" in form.summary.text()
    assert form.summary.text().endswith("月人均收入 400.00 元")
    assert form.address.text() == "幸福路 9 号"
    form.close()
    form.deleteLater()


def test_a_review_form_left_open_past_midnight_takes_the_new_day(qtbot, ctx, make_household):
    """The 复核日期 may not be after today: on 1 December the form left open since 30 November
    offers 1 December (before, the new day was refused as a date in the future)."""
    from dibao_desk.ui.dialogs.record_review import RecordReviewDialog

    hh = make_household(wages_fen=0)
    clock = Clock(dt.date(2026, 11, 30))
    window = window_on(qtbot, ctx, clock)
    dialog = RecordReviewDialog(ctx, hh.id, clock(), window)
    assert dialog.date_edit.maximumDate() == QDate(2026, 11, 30)

    clock.day = dt.date(2026, 12, 1)
    tick(window)

    assert dialog.date_edit.date() == dialog.date_edit.maximumDate() == QDate(2026, 12, 1)
    assert dialog.today == dt.date(2026, 12, 1)
    dialog.close()
    dialog.deleteLater()


def test_event_assistance_and_warning_dialogs_left_open_take_the_new_day(qtbot, ctx, make_household):
    """家庭变故 and 临时救助 forms: an untouched date moves to 1 March, one typed stays; the 核对预警
    list answers with the new day."""
    from dibao_desk.ui.dialogs.assistance_dialog import AssistanceDialog
    from dibao_desk.ui.dialogs.crosscheck_warnings import CrossCheckWarningsDialog
    from dibao_desk.ui.dialogs.household_event import HouseholdEventDialog

    hh = make_household(wages_fen=0)
    clock = Clock(dt.date(2027, 2, 28))
    window = window_on(qtbot, ctx, clock)
    event = HouseholdEventDialog(ctx, hh.id, clock(), window)
    assist = AssistanceDialog(ctx, hh.id, clock(), window)
    warnings = CrossCheckWarningsDialog(ctx, window, today=clock())
    assist.date_edit.setDate(QDate(2027, 2, 27))  # the day the aid was really given

    clock.day = dt.date(2027, 3, 1)
    tick(window)

    assert event.date_edit.date() == QDate(2027, 3, 1) and event.today == dt.date(2027, 3, 1)
    assert assist.date_edit.date() == QDate(2027, 2, 27) and assist.today == dt.date(2027, 3, 1)
    assert warnings.today == dt.date(2027, 3, 1)
    for dialog in (event, assist, warnings):
        dialog.close()
        dialog.deleteLater()


def test_a_household_form_opened_under_the_window_counts_by_the_programs_clock(qtbot, ctx, villages):
    """The form opened as 修改 opens it (no date given) on a clock set to 15 May 2026, a set raising
    the deduction dated 1 June: the summary counts by May's set, as the list does, not by the
    computer's date (after June, which would count the new deduction)."""
    from dibao_desk.ui.dialogs.household_form import HouseholdForm

    may15, june = dt.date(2026, 5, 15), dt.date(2026, 6, 1)
    draft = simple_draft(villages["东风村"], wages_fen=100000, employment_deduction_fen=30000,
                         extra_members=(MemberDraft("李梅", make_id("19620101", 22), "spouse"),))
    draft = replace(draft, members=(replace(draft.members[0], employment="employed"), draft.members[1]),
                    incomes=(IncomeDraft("wages", 100000, 0),))
    hid = households.save(ctx.uow(), draft, today=may15).id
    figures = policy.require_policy(ctx.uow(), may15).figures
    policy.add_policy_set(ctx.uow(), june, replace(figures, employment_deduction_per_member_fen=20000),
                          "提高就业成本扣减", today=may15)
    assert dt.date.today() >= june  # the computer's date counts the June set
    window = window_on(qtbot, ctx, Clock(may15))
    form = HouseholdForm(ctx, hid, window)  # as edit_household opens it
    assert form.today == may15
    assert "扣减 100.00 元，计算收入 900.00 元" in form.summary.text()
    assert form.summary.text().endswith("月人均收入 450.00 元")
    assert households.get(ctx.uow(), hid, may15).income.per_capita_fen == 45000
    form.close()
    form.deleteLater()


def test_policy_set_dialog_left_open_proposes_the_first_of_the_next_month_from_the_new_day(qtbot, ctx):
    """设置 → 新增一套政策标准 opened on 31 December proposes 1 January; left open past midnight it
    proposes 1 February (and on 28 February → 1 March: 1 April); a date typed stays."""
    from PySide6.QtWidgets import QDialog

    from dibao_desk.ui.dialogs.policy_set import PolicySetDialog

    for opened, next_day, before, after in ((dt.date(2026, 12, 31), dt.date(2027, 1, 1), QDate(2027, 1, 1), QDate(2027, 2, 1)),
                                            (dt.date(2027, 2, 28), dt.date(2027, 3, 1), QDate(2027, 3, 1), QDate(2027, 4, 1))):
        clock = Clock(opened)
        window = window_on(qtbot, ctx, clock)
        settings = QDialog(window)  # opened from the settings dialog, as 设置 opens it
        dialog = PolicySetDialog(ctx, None, settings)
        typed = PolicySetDialog(ctx, None, settings)
        assert dialog.effective_from.date() == typed.effective_from.date() == before
        typed.effective_from.setDate(QDate(2027, 7, 1))

        clock.day = next_day
        tick(window)

        assert dialog.effective_from.date() == after
        assert typed.effective_from.date() == QDate(2027, 7, 1)
        for d in (dialog, typed, settings):
            d.close()
            d.deleteLater()


def test_review_plan_left_open_over_new_year_moves_to_the_new_quarter(qtbot, ctx, make_household):
    """The 季度复核计划 opened on 31 December shows 2026 Q4; on 1 January, 2027 Q1, and the plan
    counts 已逾期 from the new day; one where the operator chose a quarter keeps it."""
    from dibao_desk.ui.dialogs.review_plan import ReviewPlanDialog

    eve, new_year = dt.date(2026, 12, 31), dt.date(2027, 1, 1)
    clock = Clock(eve)
    window = window_on(qtbot, ctx, clock)
    villages = reviews.village_choices(ctx.uow())
    plan = ReviewPlanDialog(ctx, eve, villages, today=clock(), parent=window)
    chosen = ReviewPlanDialog(ctx, eve, villages, today=clock(), parent=window)
    assert (plan.year_spin.value(), plan.quarter_combo.currentData()) == (2026, 4)
    chosen.quarter_combo.setCurrentIndex(2)  # 第 3 季度

    clock.day = new_year
    tick(window)

    assert (plan.year_spin.value(), plan.quarter_combo.currentData()) == (2027, 1)
    assert plan.today == new_year and plan.plan is not None
    assert (plan.plan.start, plan.plan.end) == (dt.date(2027, 1, 1), dt.date(2027, 3, 31))
    assert (chosen.year_spin.value(), chosen.quarter_combo.currentData()) == (2026, 3)
    assert chosen.today == new_year
    for d in (plan, chosen):
        d.close()
        d.deleteLater()


def test_export_and_import_dialogs_left_open_take_the_new_day(qtbot, ctx):
    """导出数据包 opened on 31 December proposes 2026-12 and its file name; on 1 January 2027-01 and
    the name for it; a period typed stays, so does a file name typed. 导入数据包 imports as of the
    new day."""
    from dibao_desk.services import exchange
    from dibao_desk.ui.dialogs.export_package import ExportPackageDialog
    from dibao_desk.ui.dialogs.import_package import ImportPackageDialog

    for opened, next_day in ((dt.date(2026, 12, 31), dt.date(2027, 1, 1)), (dt.date(2027, 2, 28), dt.date(2027, 3, 1))):
        clock = Clock(opened)
        window = window_on(qtbot, ctx, clock)
        export = ExportPackageDialog(ctx, window)
        named = ExportPackageDialog(ctx, window)
        typed = ExportPackageDialog(ctx, window)
        imp = ImportPackageDialog(ctx, window)
        kind = export.kind.currentData()
        old, new = f"{opened:%Y-%m}", f"{next_day:%Y-%m}"
        assert export.period.text() == old
        assert export.file_name.text() == exchange.suggested_file_name(ctx.uow(), kind, old, None)
        named.file_name.setText("给县局.xlsx")
        typed.period.setText("2026-10")
        typed_name = typed.file_name.text()

        clock.day = next_day
        tick(window)

        assert export.today == next_day and export.period.text() == new
        assert export.file_name.text() == exchange.suggested_file_name(ctx.uow(), kind, new, None)
        assert export.file_name.text() != exchange.suggested_file_name(ctx.uow(), kind, old, None)
        assert named.period.text() == new and named.file_name.text() == "给县局.xlsx"
        assert typed.period.text() == "2026-10" and typed.file_name.text() == typed_name
        assert imp.today == next_day
        for d in (export, named, typed, imp):
            d.close()
            d.deleteLater()


def _local_as_utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None)


def test_the_start_pages_backup_item_counts_from_the_pages_day(qtbot, ctx):
    """需要备份 on 今日待办: the last copy outside the data folder made at the start of 25 December
    (of 22 February) is 6 days and some hours old on 31 December (28 February), 7 days and more on
    1 January (1 March): the item shows 0, then 1 after midnight — by the window's clock, not the
    computer's date."""
    from dibao_desk.models.accounts import BackupRecord

    for external_on, opened, next_day in ((dt.datetime(2026, 12, 25), dt.date(2026, 12, 31), dt.date(2027, 1, 1)),
                                          (dt.datetime(2027, 2, 22), dt.date(2027, 2, 28), dt.date(2027, 3, 1))):
        with ctx.uow() as uow:
            uow.session.query(BackupRecord).delete()
            # the copy beside the store made late on the next day: no backup is due on either day
            uow.session.add(BackupRecord(made_at=_local_as_utc(dt.datetime.combine(next_day, dt.time(23, 59, 59))),
                                         path="local.db", external=False, sha256="0" * 64))
            uow.session.add(BackupRecord(made_at=_local_as_utc(external_on), path="stick.db", external=True,
                                         sha256="1" * 64))
            uow.commit()
        clock = Clock(opened)
        window = window_on(qtbot, ctx, clock)
        page = window.view("today")
        page.refresh()
        assert page.counts["backup_due"] == 0

        clock.day = next_day
        tick(window)

        assert page.counts["backup_due"] == 1


def test_a_policy_set_saved_under_the_window_counts_incomes_on_the_window_s_day(qtbot, ctx, villages, monkeypatch):
    """The window's clock says 1 January 2027, the computer 3 December 2026: a set in force from
    1 January allowing 200 元 of employment costs counts in the list's income columns at once."""
    import types

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from dibao_desk.ui.dialogs.policy_set import PolicySetDialog
    from tests.helpers import type_text
    from tests.unit.test_income_policy_refresh import _columns, _declaring

    class _Computer(dt.date):
        @classmethod
        def today(cls) -> dt.date:  # type: ignore[override]
            return dt.date(2026, 12, 3)

    hid = _declaring(ctx, villages)
    new_year = dt.date(2027, 1, 1)
    window = window_on(qtbot, ctx, Clock(new_year))
    monkeypatch.setattr(policy, "dt", types.SimpleNamespace(date=_Computer))
    base = policy.policy_in_force(ctx.uow(), new_year).figures
    dialog = PolicySetDialog(ctx, base, window, effective_from=new_year)
    qtbot.addWidget(dialog)
    type_text(dialog.widgets["employment_deduction_per_member_fen"], "200")
    type_text(dialog.note, "2027 年提高就业成本扣减")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert _columns(ctx, hid) == (80000, 40000)  # 1000 元 − 200 元, two persons


def test_a_set_in_force_on_the_window_s_day_is_marked_current_and_offers_that_month_s_recompute(
        qtbot, ctx, monkeypatch):
    """The window's clock says 1 January 2027, the computer 3 December 2026: a set from 1 January
    added in 设置 is 现行 there, and the program offers to recompute January's benefits."""
    import types

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from dibao_desk.ui.actions import settings as settings_actions
    from dibao_desk.ui.dialogs import settings as settings_dialog
    from tests.helpers import type_text

    class _Computer(dt.date):
        @classmethod
        def today(cls) -> dt.date:  # type: ignore[override]
            return dt.date(2026, 12, 3)

    new_year = dt.date(2027, 1, 1)
    window = window_on(qtbot, ctx, Clock(new_year))
    computer = types.SimpleNamespace(date=_Computer, datetime=dt.datetime, timedelta=dt.timedelta)
    for module in (policy, settings_actions, settings_dialog):  # the page asked the computer before
        monkeypatch.setattr(module, "dt", computer, raising=False)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    settings = settings_actions.open_settings(window)
    page = settings.policy_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    d = page.dialog
    d.effective_from.setDate(QDate(2027, 1, 1))
    type_text(d.widgets["rural_standard_fen"], "500")
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert "本月（2027年1月）的保障金应按它计算" in asked[0]
    states = {page.table.item(r, 0).text(): page.table.item(r, 7).text() for r in range(page.table.rowCount())}
    assert states["2027-01-01"] == "现行"
