"""Opening a household's page (一户一档) from any list that names a household.

The page's buttons call the actions the menus call: 修改 (the household form), the household
actions other features offer (申请、变更或取消、记录复核、联动救助 …) and the household's forms."""

from __future__ import annotations

from dibao_desk.services import printing
from dibao_desk.ui.dialogs.household_page import HouseholdPageDialog
from dibao_desk.ui.texts import label


def open_household_page(window, household_id: int, today=None) -> HouseholdPageDialog:
    """Show the household's page; a page already open for it comes to the front."""
    pages = getattr(window, "household_pages", None)
    if pages is None:
        pages = window.household_pages = {}
    page = pages.get(household_id)
    if page is not None:
        page.reload()
        page.show()
        page.raise_()
        page.activateWindow()
        return page
    from dibao_desk.ui.actions import households as household_actions
    from dibao_desk.ui.actions import printing as print_actions

    actions = [(title, lambda hid, f=fn: f(window, hid)) for title, fn in window.extensions.get("household_actions", [])]
    forms = [(label("form_kind", kind), lambda hid, k=kind: print_actions.print_form(window, k, household_id=hid))
             for kind in printing.FORM_KINDS]
    page = HouseholdPageDialog(window.ctx, household_id, window, today=today,
                               edit=lambda hid: household_actions.edit_household(window, hid),
                               actions=actions, forms=forms)
    pages[household_id] = page
    window.changed.connect(page.reload)

    def closed(_result=None) -> None:
        pages.pop(household_id, None)
        try:
            window.changed.disconnect(page.reload)
        except (RuntimeError, TypeError):
            pass
        page.deleteLater()

    page.finished.connect(closed)
    page.show()
    return page
