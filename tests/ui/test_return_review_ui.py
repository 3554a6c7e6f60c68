"""退回乡镇审核 from the case page: a person clicks, fills the date and reason, and the store holds
the case back at 乡镇审核 with the old review as an earlier record."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dibao_desk.services import procedure as proc
from dibao_desk.ui.dialogs.step_common import to_qdate
from tests.ui.test_procedure_window import dialog, make_household, ok, set_day, window  # noqa: F401 - fixtures
from tests.unit.test_procedure import do_step, receive, walk

D = dt.date


def test_return_to_the_township_review_from_the_case_page(qtbot, window, ctx, make_household, message_boxes):  # noqa: F811
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 7)  # 乡镇审核 on 2026-11-16 (二类, 312 元); the 二榜 notice comes next
    view = window.view("cases")
    set_day(window, D(2026, 11, 17))
    window.notify_changed()
    view.select_case(case_id)
    button = view.page.return_review_button
    assert button.isVisible() and button.isEnabled() and button.text() == "退回乡镇审核…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    d = dialog(window)
    shown = [w.text() for w in d.findChildren(QLabel)]
    assert "2026-11-16　分管镇长　拟定二类，312.00 元/月" in shown, shown  # the review being returned
    # no reason: refused in the form, nothing written, the form stays open
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert "请填写退回乡镇审核的理由" in d.errors.text() and d.isVisible()
    # a date before the review
    d.on.setDate(to_qdate(D(2026, 11, 15)))
    d.notes.setPlainText("拟定类别有误，应为一类")
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert "早于乡镇审核的日期 2026-11-16" in d.errors.text() and d.isVisible()
    assert proc.get_case(ctx.uow(), case_id).next_step == 7
    d.on.setDate(to_qdate(D(2026, 11, 17)))
    ok(qtbot, d)

    c = proc.get_case(ctx.uow(), case_id, D(2026, 11, 17))
    assert c.next_step == 6 and 6 not in c.current
    old = [s for s in c.steps if not s.active]
    assert [s.step for s in old] == [6] and old[0].fields.return_reason == "拟定类别有误，应为一类"
    assert message_boxes[-1][1] == "已退回乡镇审核" and "重新张贴二榜公示" in message_boxes[-1][2]
    assert "县民政局" not in message_boxes[-1][2]
    # the page shows the case waiting for 乡镇审核, the old review as an earlier record
    assert view.selected_case_id() == case_id
    page = view.page
    assert page.waiting.text() == "待乡镇政府审核" and page.return_review_button.isHidden()
    assert "此前的记录（已退回，不再有效）" in page.history.text()
    assert "2026-11-17 退回乡镇审核：拟定类别有误，应为一类" in page.history.text()
    assert page.next_button.text() == "办理：乡镇政府审核…"


def test_the_return_button_is_only_for_a_case_past_the_review_not_decided(qtbot, window, ctx, make_household):  # noqa: F811
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    view = window.view("cases")
    walk(ctx, case_id, 6)
    for step, shown in ((6, False), (7, True), (8, True), (9, False)):  # the step the case waits for
        window.notify_changed()
        view.select_case(case_id)
        assert view.page.return_review_button.isVisible() is shown, step
        do_step(ctx, case_id, step)


def test_a_case_sent_up_says_the_county_holds_the_old_record(qtbot, window, ctx, make_household, message_boxes):  # noqa: F811
    from dibao_desk.models import PackageSent

    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 8)  # waiting for the county since the 二榜 notice ended (2026-11-24)
    with ctx.uow() as u:
        u.session.add(PackageSent(counterpart="360426000000", kind="cases", sequence=1, period="2026-11",
                                  sha256="0" * 64, created_at=dt.datetime(2026, 11, 25, 9)))
        u.commit()
    view = window.view("cases")
    set_day(window, D(2026, 11, 30))
    window.notify_changed()
    view.select_case(case_id)
    qtbot.mouseClick(view.page.return_review_button, Qt.MouseButton.LeftButton)
    d = dialog(window)
    d.notes.setPlainText("补录拟定类别和金额")
    ok(qtbot, d)
    assert proc.get_case(ctx.uow(), case_id).next_step == 6
    kind, title, text = message_boxes[-1]
    assert title == "已退回乡镇审核" and "县民政局仍是原来的审核记录" in text and "重新报送" in text
