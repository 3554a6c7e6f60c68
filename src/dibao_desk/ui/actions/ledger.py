"""变更建议 view (open proposals and what each waits for, the ledger's month totals) and a
household's ledger. A proposal for one household is taken through its case's steps;
a batch proposal (a new standard) through its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from dibao_desk.services import proposals
from dibao_desk.ui.actions.household_page import offer_on
from dibao_desk.ui.dialogs.batch_step_dialog import BatchStepDialog
from dibao_desk.ui.dialogs.household_ledger_dialog import HouseholdLedgerDialog
from dibao_desk.ui.widgets.proposals_view import ProposalsView

VIEW = "proposals"


def install(window) -> None:
    view = ProposalsView(window.ctx, window)
    window.add_view(VIEW, QCoreApplication.translate("MainWindow", "变更建议"), view)
    view.next_requested.connect(lambda row: next_step(window, row))
    offer_on(window, view.table, lambda row: getattr(view.model.row_at(row), "household_id", None))
    view.refuse_requested.connect(lambda row: refuse(window, row))
    window.refresh_when_shown(view, view.refresh)  # not a county-wide month total on every change
    window.day_changed.connect(view.follow_day)  # the month of the totals
    menu = window.menu("cases")
    menu.addSeparator()
    show = menu.addAction(QCoreApplication.translate("MainWindow", "变更建议与保障金台账(&L)"))
    show.triggered.connect(lambda: window.show_view(VIEW))
    window.extend("household_actions", (QCoreApplication.translate("MainWindow", "保障金台账…"), show_household_ledger))
    window.extend("today_items", ("proposals_open", QCoreApplication.translate("MainWindow", "办理中的变更建议（变更、取消、调标）"),
                                  lambda ctx, day: len(proposals.list_proposals(ctx.uow(), today=day)),
                                  lambda w: w.show_view(VIEW)))


def _view(window) -> ProposalsView:
    return window.view(VIEW)


def _case_action(window, case_id: int, refuse: bool) -> None:
    from dibao_desk.services import procedure
    from dibao_desk.ui.actions import procedure as case_actions

    today = _view(window).today()
    detail = procedure.get_case(window.ctx.uow(), case_id, today)
    if detail.next_step is None:
        return
    window.show_view(case_actions.VIEW)
    cases = window.view(case_actions.VIEW)
    cases.refresh()
    cases.select_case(case_id)
    if refuse:
        case_actions.open_refuse(window, case_id, detail.next_step)
    else:
        case_actions.open_step(window, case_id, detail.next_step)


def _batch_dialog(window, proposal_id: int, refuse: bool) -> None:
    view = _view(window)
    dialog = BatchStepDialog(window.ctx, proposal_id, view.today(), window, refuse=refuse)
    view.dialog = dialog

    def done():
        view.dialog = None
        window.notify_changed()
        view.select_proposal(proposal_id)

    dialog.accepted.connect(done)
    dialog.rejected.connect(lambda: setattr(view, "dialog", None))
    dialog.open()


def next_step(window, row) -> None:
    if row.case_id is not None:
        _case_action(window, row.case_id, refuse=False)
    else:
        _batch_dialog(window, row.id, refuse=False)


def refuse(window, row) -> None:
    if row.case_id is not None:
        _case_action(window, row.case_id, refuse=True)
    else:
        _batch_dialog(window, row.id, refuse=True)


def show_household_ledger(window, household_id: int) -> None:
    view = _view(window)
    dialog = HouseholdLedgerDialog(window.ctx, household_id, view.today(), window)
    view.dialog = dialog
    dialog.finished.connect(lambda _r: setattr(view, "dialog", None))
    dialog.open()
