"""审批 menu and the 申请审批 view: the ten steps of the procedure, one form per step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from dibao_desk.domain import procedure as rules
from dibao_desk.domain.problems import RuleError
from dibao_desk.domain.procedure import CaseKind
from dibao_desk.services import procedure
from dibao_desk.ui.actions.household_page import offer_on, selected_household
from dibao_desk.ui.dialogs.application_dialog import ApplicationDialog
from dibao_desk.ui.dialogs.change_case_dialog import ChangeCaseDialog
from dibao_desk.ui.dialogs.county_decision_dialog import CountyDecisionDialog
from dibao_desk.ui.dialogs.democratic_review_dialog import DemocraticReviewDialog
from dibao_desk.ui.dialogs.grant_dialog import GrantDialog
from dibao_desk.ui.dialogs.home_visit_dialog import HomeVisitDialog
from dibao_desk.ui.dialogs.notice_batch_dialog import NoticeBatchDialog
from dibao_desk.ui.dialogs.notice_dialog import NoticeDialog
from dibao_desk.ui.dialogs.office_check_dialog import OfficeCheckDialog
from dibao_desk.ui.dialogs.refuse_dialog import RefuseDialog
from dibao_desk.ui.dialogs.step_common import StepDialog
from dibao_desk.ui.dialogs.township_review_dialog import TownshipReviewDialog
from dibao_desk.ui.texts import problem_text
from dibao_desk.ui.widgets.cases_view import CasesView

VIEW = "cases"

# The form for each step that is not a notice.
STEP_FORMS = {
    rules.HOME_VISIT: HomeVisitDialog,
    rules.DEMOCRATIC_REVIEW: DemocraticReviewDialog,
    rules.OFFICE_CHECK: OfficeCheckDialog,
    rules.TOWNSHIP_REVIEW: TownshipReviewDialog,
    rules.COUNTY_DECISION: CountyDecisionDialog,
    rules.GRANT: GrantDialog,
}


def install(window) -> None:
    view = CasesView(window.ctx, window)
    window.add_view(VIEW, QCoreApplication.translate("MainWindow", "申请审批"), view)
    view.action_requested.connect(lambda case_id, step: open_step(window, case_id, step))
    view.refuse_requested.connect(lambda case_id, step: open_refuse(window, case_id, step))
    view.withdraw_requested.connect(lambda case_id: open_withdraw(window, case_id))
    view.return_review_requested.connect(lambda case_id: open_return_review(window, case_id))
    window.refresh_when_shown(view, view.refresh)
    offer_on(window, view.table, lambda row: view.model.rows[row].household_id
             if 0 <= row < len(view.model.rows) else None)

    menu = window.menu("cases")
    show = menu.addAction(QCoreApplication.translate("MainWindow", "申请审批(&V)"))
    show.triggered.connect(lambda: window.show_view(VIEW))
    apply = menu.addAction(QCoreApplication.translate("MainWindow", "为所选家庭申请低保(&A)…"))
    apply.triggered.connect(lambda: apply_for_selected(window))
    change = menu.addAction(QCoreApplication.translate("MainWindow", "为所选家庭办理变更或取消(&C)…"))
    change.triggered.connect(lambda: change_for_selected(window))
    menu.addSeparator()
    next_action = menu.addAction(QCoreApplication.translate("MainWindow", "办理所选案件的下一步(&N)…"))
    next_action.triggered.connect(lambda: next_for_selected(window))
    refuse = menu.addAction(QCoreApplication.translate("MainWindow", "所选案件不予通过(&R)…"))
    refuse.triggered.connect(lambda: refuse_selected(window))
    batch = menu.addAction(QCoreApplication.translate("MainWindow", "按村张贴或结束公示(&B)…"))
    batch.triggered.connect(lambda: notice_batch(window))
    from dibao_desk.domain.accounts import Role
    from dibao_desk.ui.roles import allow

    for action in (apply, change, batch):  # the 经办人's
        allow(window.ctx, action, Role.CLERK)
    window.case_actions = {"next": next_action, "refuse": refuse}
    # the next step and a refusal are the role of the selected case's step (乡镇审核 the 审核人's):
    # the menu follows the case page, as its buttons do
    view.page.shown.connect(lambda: _allow_case_actions(window))
    _allow_case_actions(window)
    window.extend("household_actions", (QCoreApplication.translate("MainWindow", "申请低保…"), start_application, (Role.CLERK,)))
    window.extend("household_actions", (QCoreApplication.translate("MainWindow", "变更或取消低保…"), start_change, (Role.CLERK,)))


def _allow_case_actions(window) -> None:
    """办理所选案件的下一步 and 所选案件不予通过 for the case selected: enabled for the role its
    step needs, greyed with the role named otherwise; with no case selected, for either role
    (a click asks to select one). A case the county approved cannot be refused by anyone."""
    from dibao_desk.domain.accounts import Role
    from dibao_desk.ui.roles import allow, refuse_blocked, step_role

    view = _view(window)
    detail = view.page.detail if view is not None else None
    step = detail.next_step if detail is not None else None
    roles = (step_role(step),) if step is not None else (Role.CLERK, Role.REVIEWER)
    allow(window.ctx, window.case_actions["next"], *roles)
    refuse = window.case_actions["refuse"]
    allow(window.ctx, refuse, *roles)
    blocked = refuse_blocked(detail) if step is not None else ""
    if blocked:
        refuse.setEnabled(False)
        refuse.setToolTip(blocked)


def _view(window) -> CasesView:
    return window.view(VIEW)


def _today(window) -> dt.date:
    view = _view(window)
    return view.today() if view is not None else dt.date.today()


def _show_dialog(window, dialog, case_id: int | None) -> None:
    view = _view(window)
    view.dialog = dialog

    def done():
        view.dialog = None
        window.notify_changed()
        detail = dialog.result_detail
        target = case_id if case_id is not None else getattr(getattr(detail, "info", None), "id", None)
        window.show_view(VIEW)
        if target is not None:
            view.select_case(target)

    dialog.accepted.connect(done)
    dialog.rejected.connect(lambda: setattr(view, "dialog", None))
    dialog.open()


def _refused(window, problems, title: str) -> bool:
    if not problems:
        return False
    QMessageBox.information(window, title, "\n".join(problem_text(p) for p in problems))
    return True


def start_application(window, household_id: int) -> None:
    """申请低保 for a household (offered by the household list): the application-received form."""
    if _refused(window, procedure.can_open(window.ctx.uow(), household_id, CaseKind.NEW), QCoreApplication.translate("MainWindow", "不能申请")):
        return
    try:
        dialog = ApplicationDialog(window.ctx, household_id, _today(window), window)
    except RuleError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "不能申请"), "\n".join(problem_text(p) for p in exc.problems))
        return
    _show_dialog(window, dialog, None)


def start_change(window, household_id: int) -> None:
    """变更 / 取消 for a household receiving benefit."""
    if _refused(window, procedure.can_open(window.ctx.uow(), household_id, CaseKind.CHANGE), QCoreApplication.translate("MainWindow", "不能办理")):
        return
    try:
        dialog = ChangeCaseDialog(window.ctx, household_id, _today(window), window)
    except RuleError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "不能办理"), "\n".join(problem_text(p) for p in exc.problems))
        return
    _show_dialog(window, dialog, None)


def open_step(window, case_id: int, step: int) -> None:
    today = _today(window)
    dialog: StepDialog
    if step in rules.NOTICE_STAGE:
        dialog = NoticeDialog(window.ctx, case_id, step, today, window)
    else:
        form = STEP_FORMS.get(step)
        if form is None:
            return
        dialog = form(window.ctx, case_id, today, window)
    _show_dialog(window, dialog, case_id)


def open_refuse(window, case_id: int, step: int) -> None:
    _show_dialog(window, RefuseDialog(window.ctx, case_id, step, _today(window), window), case_id)


def open_withdraw(window, case_id: int) -> None:
    """The household withdrew its case in writing; a case already sent up: tell the county."""
    from dibao_desk.ui.dialogs.withdraw_dialog import WithdrawDialog

    dialog = WithdrawDialog(window.ctx, case_id, _today(window), window)

    def told() -> None:
        done = dialog.result_detail
        if done is not None and done.at_county:
            QMessageBox.information(window, QCoreApplication.translate("MainWindow", "请告知县民政局"),
                                    QCoreApplication.translate(
                                        "MainWindow", "案件 {0} 已随案件包报送县民政局。请告知县民政局申请人已撤回；"
                                        "下一次案件包不再列出该案件。").format(case_id))

    dialog.accepted.connect(told)
    _show_dialog(window, dialog, case_id)


def open_return_review(window, case_id: int) -> None:
    """退回乡镇审核: the case goes back to the township review; the result is said, and for a
    case a cases package carried up, that the county holds the old record until it is sent again."""
    from dibao_desk.ui.dialogs.return_review_dialog import ReturnReviewDialog

    dialog = ReturnReviewDialog(window.ctx, case_id, _today(window), window)

    def told() -> None:
        done = dialog.result_detail
        if done is None:
            return
        text = QCoreApplication.translate(
            "MainWindow", "案件 {0} 已退回乡镇审核。原审核及其后的记录保留为此前的记录；请重新办理乡镇审核，"
            "之后重新张贴二榜公示。").format(case_id)
        if done.at_county:
            text += "\n\n" + QCoreApplication.translate(
                "MainWindow", "该案件已随案件包报送县民政局，县民政局仍是原来的审核记录：下一次案件包不再列出该案件，"
                "重新审核并二榜公示期满后，随之后的案件包按新的类别和金额重新报送。")
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "已退回乡镇审核"), text)

    dialog.accepted.connect(told)
    _show_dialog(window, dialog, case_id)


def notice_batch(window) -> None:
    """Post or take down a whole notice list (one village, or all) at once."""
    _show_dialog(window, NoticeBatchDialog(window.ctx, _today(window), window), None)


def apply_for_selected(window) -> None:
    hid = selected_household(window)
    if hid is None:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "请先选择"), QCoreApplication.translate("MainWindow", "请先在家庭名册中选择要申请低保的家庭。"))
        window.show_view("households")
        return
    start_application(window, hid)


def change_for_selected(window) -> None:
    hid = selected_household(window)
    if hid is None:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "请先选择"), QCoreApplication.translate("MainWindow", "请先在家庭名册中选择要变更或取消的在保家庭。"))
        window.show_view("households")
        return
    start_change(window, hid)


def _selected_case(window):
    view = _view(window)
    view.refresh()
    case_id = view.selected_case_id()
    if case_id is None or view.page.detail is None or view.page.detail.next_step is None:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "请先选择"), QCoreApplication.translate("MainWindow", "请先在申请审批中选择一件办理中的案件。"))
        window.show_view(VIEW)
        return None
    return view.page.detail


def _may_act(window, detail, refusing: bool) -> bool:
    """The selected case (read again) still lets the account do it: otherwise say why."""
    from dibao_desk.ui.roles import needs_text, refuse_blocked, step_role

    role = step_role(detail.next_step)
    why = "" if window.ctx.may(role) else needs_text(role)
    if not why and refusing:
        why = refuse_blocked(detail)
    if why:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "不能办理"), why)
    return not why


def next_for_selected(window) -> None:
    detail = _selected_case(window)
    if detail is not None and _may_act(window, detail, False):
        open_step(window, detail.info.id, detail.next_step)


def refuse_selected(window) -> None:
    detail = _selected_case(window)
    if detail is not None and _may_act(window, detail, True):
        open_refuse(window, detail.info.id, detail.next_step)
