"""Esc on a form with words typed into it asks before throwing them away (取消 keeps the form and
its words); Esc on a form left as it opened closes at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from dibao_desk.services import procedure as proc
from dibao_desk.services import reviews
from tests.helpers import make_id
from tests.ui.test_reviews_ui import receive

D = dt.date
TODAY = D(2026, 11, 23)


def _type(widget, text: str) -> None:
    """Chinese typed through the input method: its committed words reach the field."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _answer(monkeypatch, button):
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_esc_on_a_written_review_asks_and_cancel_keeps_the_findings(qtbot, ctx, make_household, monkeypatch):
    from dibao_desk.ui.dialogs.record_review import RecordReviewDialog

    hh = make_household(wages_fen=0)
    dialog = RecordReviewDialog(ctx, hh.id, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findings_edit.setFocus()
    _type(dialog.findings_edit, "家中无变化")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog.findings_edit, Qt.Key.Key_Escape)
    assert asked == ["填写的内容还没有保存，确定要放弃吗？"]
    assert dialog.isVisible() and dialog.findings_edit.toPlainText() == "家中无变化"

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog.findings_edit, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not dialog.isVisible()
    assert reviews.reviews_of(ctx.uow(), hh.id) == []


def test_esc_on_an_untouched_review_closes_without_asking(qtbot, ctx, make_household, monkeypatch):
    from dibao_desk.ui.dialogs.record_review import RecordReviewDialog

    hh = make_household(wages_fen=0)
    dialog = RecordReviewDialog(ctx, hh.id, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog.visitor_edit, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()


def test_esc_on_a_written_home_visit_asks_first(qtbot, ctx, make_household, monkeypatch):
    from dibao_desk.ui.dialogs.home_visit_dialog import HomeVisitDialog

    h = make_household(wages_fen=20000, head_id=make_id("19600315", 11))
    case_id = proc.receive_application(ctx.uow(), h.id, {
        "on": TODAY, "person": "王经办", "declaration_signed": True, "authorisation_signed": True}, TODAY).info.id
    form = HomeVisitDialog(ctx, case_id, TODAY)
    qtbot.addWidget(form)
    form.show()
    _type(form.findings, "三口人，无劳动能力")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(form.findings, Qt.Key.Key_Escape)
    assert len(asked) == 1 and form.isVisible() and form.findings.toPlainText() == "三口人，无劳动能力"
    form.close()  # the close button asks too
    assert len(asked) == 2 and form.isVisible()


def test_ctrl_s_in_the_findings_records_the_review(qtbot, ctx, make_household):
    """Enter in the findings box starts a new line; Ctrl+S saves the review from there."""
    from dibao_desk.ui.dialogs.record_review import RecordReviewDialog

    hh = make_household(wages_fen=0)
    receive(ctx, hh.id)  # 在保 since August: a review is due
    dialog = RecordReviewDialog(ctx, hh.id, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.findings_edit.setFocus()
    _type(dialog.findings_edit, "家中无变化")
    qtbot.keyClick(dialog.findings_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.findings_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # a button's shortcut clicks it as the mouse would
    [review] = reviews.reviews_of(ctx.uow(), hh.id)
    assert (review.outcome, review.findings.strip()) == ("keep", "家中无变化")


def test_ctrl_s_in_the_notes_records_the_home_visit(qtbot, ctx, make_household):
    from dibao_desk.ui.dialogs.home_visit_dialog import HomeVisitDialog

    h = make_household(wages_fen=20000, head_id=make_id("19600315", 11))
    case_id = proc.receive_application(ctx.uow(), h.id, {
        "on": TODAY, "person": "王经办", "declaration_signed": True, "authorisation_signed": True}, TODAY).info.id
    form = HomeVisitDialog(ctx, case_id, TODAY)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    form.person.setText("李明、赵华")
    form.investigator_signed.setChecked(True)
    form.applicant_signed.setChecked(True)
    form.notes.setFocus()
    qtbot.keyClick(form.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert 2 in proc.get_case(ctx.uow(), case_id, TODAY).current
