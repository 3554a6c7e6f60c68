"""按村张贴或结束公示: a list one case of which cannot be posted on the day typed is refused
as a whole, and the form says which case and whose."""

import datetime as dt

from PySide6.QtCore import Qt

from dibao_desk.services import procedure as proc
from dibao_desk.ui.dialogs.notice_batch_dialog import NoticeBatchDialog
from dibao_desk.ui.dialogs.step_common import to_qdate
from tests.helpers import make_id

D = dt.date
P = "王经办"


def reviewed(ctx, make_household, head, seq, on):
    h = make_household(head=head, head_id=make_id("19600101", seq), wages_fen=20000)
    cid = proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 12, 20), "person": P, "declaration_signed": True,
                                                     "authorisation_signed": True}, D(2026, 12, 20)).info.id
    proc.record_step(ctx.uow(), cid, 2, {"on": D(2026, 12, 20), "person": "李调查", "investigator_signed": True,
                                          "applicant_signed": True, "findings": "家中无劳动力"}, D(2026, 12, 20))
    proc.record_step(ctx.uow(), cid, 3, {"on": on, "person": "村主任", "place": "村委会", "attendees": "代表 11 人",
                                          "objections": {}, "outcome": "pass"}, on)
    return cid


def test_posting_a_list_names_the_case_that_stops_it(qtbot, ctx, make_household):
    first = reviewed(ctx, make_household, "赵一", 11, D(2026, 12, 21))
    late = reviewed(ctx, make_household, "钱二", 13, D(2026, 12, 29))
    d = NoticeBatchDialog(ctx, D(2026, 12, 31))
    qtbot.addWidget(d)
    d.show()
    d.on.setDate(to_qdate(D(2026, 12, 28)))
    assert "待张贴 2 户" in d.summary.text()
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.isVisible() and not d.errors.isHidden()
    assert f"案件 {late}（户主 钱二）" in d.errors.text() and "2026-12-29" in d.errors.text()
    for cid in (first, late):  # nothing posted
        assert proc.get_case(ctx.uow(), cid, D(2026, 12, 31)).waiting.code == "waiting.start_notice"
    d.on.setDate(to_qdate(D(2026, 12, 29)))
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert not d.isVisible()
    for cid in (first, late):
        w = proc.get_case(ctx.uow(), cid, D(2026, 12, 31)).waiting
        assert (w.code, w.params["end"]) == ("waiting.notice_running", D(2027, 1, 5))
