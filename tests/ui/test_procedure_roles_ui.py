"""What each role finds enabled in the 审批 menu and the register windows: the services
refuse the rest, so the window greys it out beforehand and names the role it needs; a greyed
entry clicked (or the list double-clicked) opens nothing and writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from dibao_desk.domain.accounts import Role
from dibao_desk.models import AuditLog, CaseStep, Complaint, FalseDeclaration, FilingRelative
from dibao_desk.services import procedure
from dibao_desk.services.accounts import SignedIn
from tests.helpers import make_id, walk_case

D = dt.date
TODAY = D(2026, 11, 30)
CLERK_ONLY = "需要“经办人”角色"
REVIEWER_ONLY = "需要“审核人”角色"


def count(ctx, model) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def receive(ctx, hid, visited: bool = False) -> int:
    on = D(2026, 11, 2)
    case_id = procedure.receive_application(ctx.uow(), hid, {
        "on": on, "person": "王经办", "declaration_signed": True, "authorisation_signed": True}, on).info.id
    if visited:
        procedure.record_step(ctx.uow(), case_id, 2, {"on": on, "person": "李调查", "investigator_signed": True,
                                                      "applicant_signed": True}, on)
    return case_id


@pytest.fixture
def cases(ctx, make_household):
    """A case waiting for the home visit (the 经办人's), one for 乡镇审核 (the 审核人's) and one
    the county approved, waiting for 待遇批准."""
    at_visit = receive(ctx, make_household(wages_fen=20000).id)
    at_review = receive(ctx, make_household(wages_fen=20000, head="李四", head_id=make_id("19550505", 33)).id, True)
    walk_case(ctx, at_review, D(2026, 11, 3), until=6)
    approved = receive(ctx, make_household(wages_fen=20000, head="王五", head_id=make_id("19580808", 15)).id, True)
    walk_case(ctx, approved, D(2026, 11, 3), until=10)
    return {"visit": at_visit, "review": at_review, "approved": approved}


def window_as(qtbot, ctx, *roles):
    from dibao_desk.ui.main_window import MainWindow

    ctx.sign_in(SignedIn("某人", frozenset(roles)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.clock = window.view("cases").clock = lambda: TODAY
    return window


def menu_state(window, case_id):
    view = window.view("cases")
    view.refresh()
    view.select_case(case_id)
    # an action's tooltip without one set is its own text: only what was said is kept
    return {key: (action.isEnabled(), action.toolTip() if action.toolTip().startswith(("需要", "县民政局")) else "")
            for key, action in window.case_actions.items()}


# role → case → (下一步 enabled, 不予通过 enabled)
EXPECTED = {
    Role.CLERK: {"visit": (True, True), "review": (False, False), "approved": (True, False)},
    Role.REVIEWER: {"visit": (False, False), "review": (True, True), "approved": (False, False)},
    Role.ADMIN: {"visit": (False, False), "review": (False, False), "approved": (False, False)},
}


@pytest.mark.parametrize("role", list(EXPECTED), ids=lambda r: r.value)
def test_the_cases_menu_offers_each_role_the_steps_it_may_do(qtbot, ctx, cases, role):
    window = window_as(qtbot, ctx, role)
    for which, (next_ok, refuse_ok) in EXPECTED[role].items():
        state = menu_state(window, cases[which])
        assert (state["next"][0], state["refuse"][0]) == (next_ok, refuse_ok), which
        needed = REVIEWER_ONLY if which == "review" else CLERK_ONLY
        assert state["next"][1] == ("" if next_ok else needed)
        if which == "approved":  # nobody may refuse what the county approved: that is said
            assert state["refuse"][1].startswith("县民政局已于 2026-11-")
            assert "乡镇不能不予批准" in state["refuse"][1]
        else:
            assert state["refuse"][1] == ("" if refuse_ok else needed)


def test_greyed_entries_and_a_double_click_open_nothing_and_write_nothing(qtbot, ctx, cases, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from dibao_desk.ui.actions import procedure as actions

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window = window_as(qtbot, ctx, Role.REVIEWER)
    view = window.view("cases")
    before = count(ctx, CaseStep), count(ctx, AuditLog)
    menu_state(window, cases["visit"])
    window.case_actions["next"].trigger()
    window.case_actions["refuse"].trigger()
    row = view.model.row_of(cases["visit"])
    index = view.model.index(row, 0)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center())
    assert view.dialog is None
    # reached without the menu (the action's slot itself): refused with the role named
    actions.next_for_selected(window)
    actions.refuse_selected(window)
    assert view.dialog is None and told == [CLERK_ONLY, CLERK_ONLY]
    assert (count(ctx, CaseStep), count(ctx, AuditLog)) == before
    assert procedure.get_case(ctx.uow(), cases["visit"], TODAY).next_step == 2

    # the clerk: refusing the case the county approved is not offered, and said if reached
    window = window_as(qtbot, ctx, Role.CLERK)
    menu_state(window, cases["approved"])
    window.case_actions["refuse"].trigger()
    actions.refuse_selected(window)
    assert window.view("cases").dialog is None and told[-1].startswith("县民政局已于 ")
    assert (count(ctx, CaseStep), count(ctx, AuditLog)) == before
    # ... and the next step opens its form for the clerk
    window.case_actions["next"].trigger()
    assert window.view("cases").dialog is not None
    window.view("cases").dialog.reject()


def test_the_registers_open_read_only_for_a_reviewer(qtbot, ctx):
    from dibao_desk.ui.dialogs.blacklist_register import BlacklistDialog
    from dibao_desk.ui.dialogs.complaints_register import ComplaintsDialog
    from dibao_desk.ui.dialogs.relatives_register import RelativesDialog
    from dibao_desk.ui.dialogs.workday_calendar import WorkdayCalendarDialog

    for roles, writable in (({Role.REVIEWER}, False), ({Role.CLERK}, True)):
        ctx.sign_in(SignedIn("某人", frozenset(roles)))
        b, r, c = (BlacklistDialog(ctx, today=TODAY), RelativesDialog(ctx, today=TODAY),
                   ComplaintsDialog(ctx, today=TODAY))
        for dialog in (b, r, c):
            qtbot.addWidget(dialog)
            dialog.show()
        fields = (b.id_edit, b.name_edit, b.what_edit, b.date_edit, b.household_spin,
                  r.staff_id_edit, r.staff_name_edit, r.role_combo, r.village_combo, r.id_edit, r.name_edit,
                  r.relation_combo, r.date_edit,
                  c.household_spin, c.channel_combo, c.complainant_edit, c.contact_edit, c.description_edit,
                  c.received_edit, c.investigation_edit, c.investigator_edit, c.finding_combo, c.answer_edit,
                  c.answered_edit)
        assert [f.isEnabled() for f in fields] == [writable] * len(fields)
        assert all(f.toolTip() == ("" if writable else CLERK_ONLY) for f in fields)
        assert (b.message.text() == "只读：登记、答复或更正需要“经办人”角色。") is not writable
        assert b.lookup_button.isEnabled() and r.print_button.isEnabled() and c.calendar_button.isEnabled()
        if not writable:
            # what a reviewer types goes nowhere, and Enter or a click on the greyed button writes nothing
            qtbot.keyClicks(c.description_edit, "car")
            qtbot.keyClick(c.description_edit, Qt.Key.Key_Return)
            qtbot.mouseClick(c.add_button, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(b.id_edit, make_id("19800101", 51))
            qtbot.mouseClick(b.record_button, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(r.add_button, Qt.MouseButton.LeftButton)
            assert c.description_edit.text() == "" and b.id_edit.text() == ""
            assert (count(ctx, Complaint), count(ctx, FalseDeclaration), count(ctx, FilingRelative)) == (0, 0, 0)

    # the working-day calendar is the 经办人's or an administrator's (complaints.set_override)
    for roles, writable in (({Role.REVIEWER}, False), ({Role.ADMIN}, True), ({Role.CLERK}, True)):
        ctx.sign_in(SignedIn("某人", frozenset(roles)))
        calendar = WorkdayCalendarDialog(ctx, today=TODAY)
        qtbot.addWidget(calendar)
        assert calendar.save_button.isEnabled() is writable and calendar.note_edit.isEnabled() is writable
        assert calendar.save_button.toolTip() == ("" if writable else "需要“经办人”或“管理员”角色")
