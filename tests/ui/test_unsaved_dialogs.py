"""Esc on a form with words typed into it asks before throwing them away (取消 keeps the form and
its words); Esc on a form left as it opened closes at once."""

from __future__ import annotations

import datetime as dt

import pytest
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


# --- the registers', settings' and household dialogs -------------------------------------------
# (dialog maker, the field typed into); each opens on a store with one household in it

def _blacklist(ctx, hh):
    from dibao_desk.ui.dialogs.blacklist_register import BlacklistDialog
    return BlacklistDialog(ctx, today=TODAY), "what_edit"


def _relatives(ctx, hh):
    from dibao_desk.ui.dialogs.relatives_register import RelativesDialog
    return RelativesDialog(ctx, today=TODAY), "staff_name_edit"


def _complaints(ctx, hh):
    from dibao_desk.ui.dialogs.complaints_register import ComplaintsDialog
    return ComplaintsDialog(ctx, today=TODAY), "description_edit"


def _workdays(ctx, hh):
    from dibao_desk.ui.dialogs.workday_calendar import WorkdayCalendarDialog
    return WorkdayCalendarDialog(ctx, today=TODAY), "note_edit"


def _recovery(ctx, hh):
    from dibao_desk.ui.dialogs.recovery_register import RecoveryDialog
    return RecoveryDialog(ctx, today=TODAY), "reference_edit"


def _policy(ctx, hh):
    from dibao_desk.services import policy
    from dibao_desk.ui.dialogs.policy_set import PolicySetDialog
    return PolicySetDialog(ctx, policy.policy_in_force(ctx.uow(), TODAY).figures, effective_from=D(2027, 1, 1)), "note"


def _assistance(ctx, hh):
    from dibao_desk.ui.dialogs.assistance_dialog import AssistanceDialog
    return AssistanceDialog(ctx, hh.id, today=TODAY), "giver_edit"


def _event(ctx, hh):
    from dibao_desk.ui.dialogs.household_event import HouseholdEventDialog
    return HouseholdEventDialog(ctx, hh.id, today=TODAY), "detail_edit"


def _correction(ctx, hh):
    from dibao_desk.ui.dialogs.register_correction import CorrectionDialog
    return CorrectionDialog("更正", "更正这条登记", lambda reason: None), "reason"


def _certificate(ctx, hh):
    from dibao_desk.ui.dialogs.certificate_dialog import CertificateDialog
    return CertificateDialog(ctx, hh.id, TODAY), "reason"


def _first_start(ctx, hh):
    from dibao_desk.ui.dialogs.first_start import FirstStartDialog
    return FirstStartDialog(ctx), "name"


DIALOGS = [_blacklist, _relatives, _complaints, _workdays, _recovery, _policy, _assistance, _event, _correction,
           _certificate, _first_start]


@pytest.mark.parametrize("make", DIALOGS, ids=lambda make: make.__name__.strip("_"))
def test_esc_on_typed_words_asks_and_keeping_them_keeps_the_dialog(qtbot, ctx, make_household, monkeypatch, make):
    hh = make_household(wages_fen=0)
    dialog, name = make(ctx, hh)
    field = getattr(dialog, name)
    qtbot.addWidget(dialog)
    dialog.show()
    field.setFocus()
    _type(field, "王家庄")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert asked == ["填写的内容还没有保存，确定要放弃吗？"]
    assert dialog.isVisible() and field.text() == "王家庄"
    dialog.close()  # the window's close button asks too
    assert len(asked) == 2 and dialog.isVisible()

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not dialog.isVisible()


@pytest.mark.parametrize("make", DIALOGS, ids=lambda make: make.__name__.strip("_"))
def test_esc_on_an_untouched_dialog_closes_at_once(qtbot, ctx, make_household, monkeypatch, make):
    hh = make_household(wages_fen=0)
    dialog, name = make(ctx, hh)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(getattr(dialog, name), Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()


def test_a_number_looked_up_in_the_blacklist_is_not_asked_about(qtbot, ctx, monkeypatch):
    from dibao_desk.ui.dialogs.blacklist_register import BlacklistDialog

    dialog = BlacklistDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(dialog.lookup_edit, make_id("19650402", 22))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog.lookup_edit, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()


def test_a_saved_registration_closes_without_asking(qtbot, ctx, make_household, monkeypatch):
    """What the register saved is not lost: Esc after 登记 closes at once."""
    from dibao_desk.services import complaints
    from dibao_desk.ui.dialogs.complaints_register import ComplaintsDialog

    hh = make_household()
    dialog = ComplaintsDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.household_spin.setValue(hh.id)
    _type(dialog.description_edit, "家中有经营性收入未申报")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert len(complaints.list_complaints(ctx.uow())) == 1
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog.description_edit, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()


def test_an_added_item_keeps_its_giver_and_closes_without_asking(qtbot, ctx, make_household, monkeypatch):
    """The giver stays in its field for the next item; it is saved, so Esc closes at once."""
    from dibao_desk.services import assistance
    from dibao_desk.ui.dialogs.assistance_dialog import AssistanceDialog

    hh = make_household(wages_fen=0)
    dialog = AssistanceDialog(ctx, hh.id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("medical_insurance"))
    _type(dialog.amount_edit, "380")
    _type(dialog.giver_edit, "县医保局")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [i.giver for i in assistance.list_for(ctx.uow(), hh.id)] == ["县医保局"]
    assert dialog.giver_edit.text() == "县医保局"
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog.giver_edit, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()


def write_in_prompt(qtbot, monkeypatch, words: str) -> dict:
    """Arranged before the click that opens a prompt for words (登记答复, 不批准): type ``words``,
    press Esc and answer the question 取消, note what is then on screen, then click 确定.
    Whatever the prompt, it is closed at the end, so a test of a prompt that does not ask fails
    instead of waiting."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit

    seen: dict = {}

    def in_prompt() -> None:
        prompt = QApplication.activeModalWidget()
        edit = prompt.findChild(QPlainTextEdit) or prompt.findChild(QLineEdit)
        seen["lines"] = isinstance(edit, QPlainTextEdit)
        seen["buttons"] = sorted(b.text() for b in prompt.findChild(QDialogButtonBox).buttons())
        edit.setFocus()
        _type(edit, words)
        seen["asked"] = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
        seen["open"] = prompt.isVisible()
        seen["kept"] = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        if prompt.isVisible():
            prompt.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, in_prompt)
    return seen


def test_esc_in_a_typed_prompt_asks_and_keeps_the_words(qtbot, monkeypatch):
    from dibao_desk.ui.text_prompt import ask_text

    seen = write_in_prompt(qtbot, monkeypatch, "车辆已于2025年过户，见车管所证明")
    assert ask_text(None, "登记答复", "说明：") == ("车辆已于2025年过户，见车管所证明", True)
    assert seen["asked"] == ["填写的内容还没有保存，确定要放弃吗？"] and seen["open"]
    assert seen["kept"] == "车辆已于2025年过户，见车管所证明"
    assert seen["lines"] and seen["buttons"] == ["取消", "确定"]


def test_esc_in_an_empty_prompt_closes_it_without_asking(qtbot, monkeypatch):
    from PySide6.QtCore import QTimer

    from dibao_desk.ui.text_prompt import ask_text

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    QTimer.singleShot(0, lambda: qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Escape))
    assert ask_text(None, "不批准", "不批准的理由：") == ("", False)
    assert asked == []
