"""The policy dialog: the steps a change or cancellation goes through are edited there, and
a flow that drops 民主评议, every 公示 or the county's approval is refused with a sentence."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from dibao_desk.services import policy
from dibao_desk.ui.dialogs.policy_set import PolicySetDialog
from tests.helpers import type_text


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_flows_are_edited_in_the_policy_dialog_and_checked(qtbot, ctx, message_boxes, tmp_path):
    base = policy.policy_in_force(ctx.uow(), dt.date(2026, 11, 30)).figures
    dialog = PolicySetDialog(ctx, base, effective_from=dt.date(2027, 1, 1))
    qtbot.addWidget(dialog)
    change = dialog.widgets["flow_change"]
    assert change.text() == "3,4,6,7,8,9,10"
    assert "3 民主评议" in dialog.findChild(QLabel, "flow_legend").text()
    dialog.resize(1366, 728)
    dialog.show()
    change.parentWidget().grab().save(str(tmp_path / "policy_flows.png"))  # the flows group

    type_text(change, "6,8,10")  # no 民主评议, no 公示
    save(qtbot, dialog)
    kind, _title, text = message_boxes[-1]
    assert kind == "warning" and "民主评议" in text and "公示" in text
    assert len(policy.list_policy_sets(ctx.uow())) == 1 and dialog.isVisible()

    type_text(change, "2，3，4，6，7，8，9，10")  # the home visit added, written with Chinese commas
    type_text(dialog.widgets["flow_no_review"], "8,9,10")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # saved on the worker
    added = policy.policy_in_force(ctx.uow(), dt.date(2027, 1, 1)).figures
    assert added.flow_for("change") == (2, 3, 4, 6, 7, 8, 9, 10)
    assert added.flow_for("no_review") == (8, 9, 10)
    assert added.flow_for("cancel") == (3, 4, 6, 7, 8, 9, 10)


def test_every_figure_is_seen_without_scrolling_sideways(qtbot, ctx, program_font):
    """The dialog opens wide enough for both columns of figures: the right column's fields
    (存款及有价证券上限, 允许机动车辆) are not cut at the edge behind a sideways scroll bar."""
    from PySide6.QtWidgets import QScrollArea

    base = policy.policy_in_force(ctx.uow(), dt.date(2026, 11, 30)).figures
    dialog = PolicySetDialog(ctx, base, effective_from=dt.date(2027, 1, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(50)
    scroll = dialog.findChild(QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0
    assert dialog.width() <= 1366


def test_saving_a_rural_raise_works_on_the_worker_and_makes_rural_households_due(qtbot, ctx, make_household,
                                                                                 monkeypatch):
    """A raise of the rural standard reschedules the rural households' reviews: the dialog saves
    on the worker behind a progress dialog instead of freezing the window while it does."""
    import threading

    from dibao_desk.models import Household
    from dibao_desk.services import reviews

    hid = make_household(wages_fen=0).id  # rural
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        h.status, h.category, h.monthly_benefit_fen, h.benefit_start = "receiving", "class3", 42000, dt.date(2026, 11, 1)
        h.created_at = dt.datetime(2026, 11, 1, 9, 0)
        uow.commit()
    assert reviews.schedule_of(ctx.uow(), hid).due_date == dt.date(2027, 2, 1)  # class3_rural, 3 months
    calls = []
    real = policy.add_policy_set

    def watched(*args, **kw):
        calls.append((threading.current_thread() is threading.main_thread(), kw.get("progress")))
        return real(*args, **kw)

    monkeypatch.setattr(policy, "add_policy_set", watched)
    base = policy.policy_in_force(ctx.uow(), dt.date(2026, 12, 31)).figures
    dialog = PolicySetDialog(ctx, base, effective_from=dt.date(2027, 1, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.widgets["rural_standard_fen"], f"{base.rural_standard_fen // 100 + 30}")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(calls) == 1 and calls[0][0] is False and calls[0][1] is not None  # the worker, with progress
    assert dialog.saved is not None and dialog.result() == dialog.DialogCode.Accepted
    assert policy.policy_in_force(ctx.uow(), dt.date(2027, 1, 1)).figures.rural_standard_fen == \
        base.rural_standard_fen + 3000
    s = reviews.schedule_of(ctx.uow(), hid)
    assert (s.due_date, s.rule) == (dt.date(2027, 1, 1), "standard_raise")


def test_a_set_dated_after_the_first_of_a_month_says_from_which_month_it_pays(qtbot, ctx, tmp_path):
    """A month's benefit uses the set in force on its first day: a raise dated 15 December is
    not December's benefit. The dialog says so as the date is chosen; the service agrees."""
    base = policy.policy_in_force(ctx.uow(), dt.date(2026, 11, 30)).figures
    dialog = PolicySetDialog(ctx, base, effective_from=dt.date(2027, 1, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.month_note
    assert note.isHidden()
    dialog.effective_from.setDate(QDate(2026, 12, 15))
    assert note.isVisible()
    assert note.text() == ("生效日期不是某月 1 日：每月保障金按当月 1 日执行的标准计算，这套标准从 2027 年 1 月起"
                           "用于保障金，2026 年 12 月仍按原标准。")
    assert dialog.grab().save(str(tmp_path / "policy_mid_month.png"))
    dialog.effective_from.setDate(QDate(2027, 1, 1))
    assert note.isHidden()
    dialog.effective_from.setDate(QDate(2026, 12, 15))
    type_text(dialog.widgets["rural_standard_fen"], "480")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
    assert policy.policy_for_month(ctx.uow(), dt.date(2026, 12, 31)).figures.rural_standard_fen == base.rural_standard_fen
    assert policy.policy_for_month(ctx.uow(), dt.date(2027, 1, 1)).figures.rural_standard_fen == 48000
