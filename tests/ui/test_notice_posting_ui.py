"""Posting a notice (一榜公示) over a year end whose policy shortens the notice from 1 Jan:
the form shows the window a posting on the day typed gets, with that day's notice days, and
the day it may be closed; the stored window is the one shown."""

import datetime as dt

from PySide6.QtCore import Qt

from dibao_desk.domain.policy import PolicyFigures
from dibao_desk.services import policy
from dibao_desk.services import procedure as proc
from dibao_desk.ui.dialogs.notice_dialog import NoticeDialog
from dibao_desk.ui.dialogs.step_common import to_qdate
from tests.helpers import make_id

D = dt.date
P = "王经办"


def test_the_posting_form_shows_the_window_of_the_day_typed(qtbot, ctx, make_household):
    policy.add_policy_set(ctx.uow(), D(2026, 1, 1), PolicyFigures(notice_days=7), "公示 7 天", today=dt.date.today())
    policy.add_policy_set(ctx.uow(), D(2027, 1, 1), PolicyFigures(notice_days=5), "公示改为 5 天", today=dt.date.today())
    h = make_household(wages_fen=20000, head_id=make_id("19600101", 11))
    on = D(2026, 12, 20)
    cid = proc.receive_application(ctx.uow(), h.id, {"on": on, "person": P, "declaration_signed": True,
                                                     "authorisation_signed": True}, on).info.id
    proc.record_step(ctx.uow(), cid, 2, {"on": on, "person": "李调查", "investigator_signed": True,
                                          "applicant_signed": True, "findings": "家中无劳动力"}, on)
    proc.record_step(ctx.uow(), cid, 3, {"on": D(2026, 12, 30), "person": "村主任", "place": "村委会",
                                          "attendees": "代表 11 人", "objections": {}, "outcome": "pass"},
                     D(2026, 12, 30))
    d = NoticeDialog(ctx, cid, 4, D(2027, 1, 2))  # typed in on 2 Jan
    qtbot.addWidget(d)
    d.show()
    assert "公示期 5 天：2027-01-02 至 2027-01-07" in d.window_hint.text()
    d.on.setDate(to_qdate(D(2026, 12, 31)))  # posted on the board on 31 Dec
    assert "公示期 7 天：2026-12-31 至 2027-01-07" in d.window_hint.text()
    assert "2027年1月7日 起方可结束公示" in d.window_hint.text()
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.errors.isHidden(), d.errors.text()
    rec = proc.get_case(ctx.uow(), cid, D(2027, 1, 2)).current[4]
    assert (rec.started_on, rec.window_end) == (D(2026, 12, 31), D(2027, 1, 7))



def test_the_case_page_gives_the_years_of_a_notice_that_runs_into_the_next_one(qtbot, ctx, make_household):
    from PySide6.QtWidgets import QLabel

    from dibao_desk.ui.main_window import MainWindow

    h = make_household(wages_fen=20000, head_id=make_id("19600101", 11))
    on = D(2026, 12, 20)
    cid = proc.receive_application(ctx.uow(), h.id, {"on": on, "person": P, "declaration_signed": True,
                                                     "authorisation_signed": True}, on).info.id
    proc.record_step(ctx.uow(), cid, 2, {"on": on, "person": "李调查", "investigator_signed": True,
                                          "applicant_signed": True, "findings": "家中无劳动力"}, on)
    proc.record_step(ctx.uow(), cid, 3, {"on": on, "person": "村主任", "place": "村委会", "attendees": "代表 11 人",
                                          "objections": {}, "outcome": "pass"}, on)
    proc.start_notice(ctx.uow(), cid, 4, D(2026, 12, 28), P, D(2026, 12, 28))
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.clock = w.view("cases").clock = lambda: D(2027, 1, 3)
    w.show()
    w.show_view("cases")
    qtbot.waitExposed(w)
    view = w.view("cases")
    view.refresh()
    view.select_case(cid)
    assert view.page.waiting.text() == "一榜公示至 1月4日"
    texts = [label.text() for label in view.page.findChildren(QLabel)]
    assert "2026-12-28 至 2027-01-04" in texts
    assert not any(t == "12-28 至 01-04" for t in texts)


def test_the_notice_form_gives_the_year_of_a_closing_day_in_the_next_one(qtbot, ctx, make_household):
    """A notice posted on 28 December 2026 and looked at on the 29th may be closed from
    4 January 2027: the form said "1月4日 起可结束公示", a day already past in the year on the
    screen; as the cases view, it now gives the year of an end in another year. Closing it
    before then is not offered (OK disabled) and nothing is written."""
    h = make_household(wages_fen=20000, head_id=make_id("19600101", 11))
    on = D(2026, 12, 20)
    cid = proc.receive_application(ctx.uow(), h.id, {"on": on, "person": P, "declaration_signed": True,
                                                     "authorisation_signed": True}, on).info.id
    proc.record_step(ctx.uow(), cid, 2, {"on": on, "person": "李调查", "investigator_signed": True,
                                          "applicant_signed": True, "findings": "家中无劳动力"}, on)
    proc.record_step(ctx.uow(), cid, 3, {"on": D(2026, 12, 27), "person": "村主任", "place": "村委会",
                                          "attendees": "代表 11 人", "objections": {}, "outcome": "pass"},
                     D(2026, 12, 27))
    proc.start_notice(ctx.uow(), cid, 4, D(2026, 12, 28), P, D(2026, 12, 28))
    d = NoticeDialog(ctx, cid, 4, D(2026, 12, 29))
    qtbot.addWidget(d)
    d.show()
    assert d.window_hint.text() == "公示期：2026-12-28 至 2027-01-04　（公示期未满，2027年1月4日 起可结束公示）"
    assert not d.ok_button.isEnabled()
    d2 = NoticeDialog(ctx, cid, 4, D(2027, 1, 2))
    qtbot.addWidget(d2)
    assert d2.window_hint.text().endswith("（公示期未满，1月4日 起可结束公示）")
    assert proc.get_case(ctx.uow(), cid, D(2027, 1, 2)).next_step == 4


def test_closing_waits_until_every_objection_is_answered(qtbot, ctx, make_household):
    """The window has ended but an objection logged during it is still open: 结束公示 is not
    offered, a line says how many are open and that they must be answered first; answering it
    in the form offers it, and closing then moves the case on."""
    h = make_household(wages_fen=20000, head_id=make_id("19600101", 11))
    on = D(2026, 11, 2)
    cid = proc.receive_application(ctx.uow(), h.id, {"on": on, "person": P, "declaration_signed": True,
                                                     "authorisation_signed": True}, on).info.id
    proc.record_step(ctx.uow(), cid, 2, {"on": on, "person": "李调查", "investigator_signed": True,
                                          "applicant_signed": True, "findings": "家中无劳动力"}, on)
    proc.record_step(ctx.uow(), cid, 3, {"on": D(2026, 11, 3), "person": "村主任", "place": "村委会",
                                          "attendees": "代表 11 人", "objections": {}, "outcome": "pass"},
                     D(2026, 11, 3))
    proc.start_notice(ctx.uow(), cid, 4, D(2026, 11, 4), P, D(2026, 11, 4))
    for content in ("反映其子女在外务工", "反映家中有农用车"):
        proc.log_objection(ctx.uow(), cid, 4, D(2026, 11, 6), "box", content, D(2026, 11, 6))
    today = D(2026, 11, 20)  # the window ended on 11 November
    d = NoticeDialog(ctx, cid, 4, today)
    qtbot.addWidget(d)
    d.show()
    assert not d.ok_button.isEnabled()
    assert d.open_objections_line.isVisible()
    assert d.open_objections_line.text() == ("还有 2 条未处理的异议，须先核查并答复（在上表选择后点“处理所选异议”），"
                                             "才能结束公示。")
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)  # greyed: nothing happens
    assert proc.get_case(ctx.uow(), cid, today).next_step == 4
    for row, note in ((0, "经核查，子女务工收入已申报"), (1, "经核查，农用车已报废")):
        d.table.selectRow(row)
        d.resolution.setCurrentIndex(d.resolution.findData("dismissed"))
        d.resolution_note.setText(note)
        qtbot.mouseClick(d.resolve_button, Qt.MouseButton.LeftButton)
        assert d.errors.isHidden(), d.errors.text()
        if row == 0:
            assert not d.ok_button.isEnabled() and "还有 1 条未处理的异议" in d.open_objections_line.text()
    assert d.ok_button.isEnabled() and not d.open_objections_line.isVisible()
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.errors.isHidden(), d.errors.text()
    assert proc.get_case(ctx.uow(), cid, today).next_step == 5
