"""What the signed-in account may do, for the window: the services refuse the rest
(``uow.require``); the window disables it beforehand and says which role it needs."""

from __future__ import annotations

import weakref
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.procedure import TOWNSHIP_REVIEW
from dibao_desk.ui.texts import label


def refuse_blocked(detail: Any) -> str:
    """Why the case of ``detail`` (a ``procedure.CaseDetail``) cannot be refused at the step it
    waits at, whoever asks: the county approved it (``procedure.refuse_county_approved``), or ""."""
    from dibao_desk.domain.procedure import COUNTY_DECISION, StepResult
    from dibao_desk.domain.problems import Problem
    from dibao_desk.ui.texts import problem_text

    county = detail.current.get(COUNTY_DECISION) if detail is not None else None
    if county is None or county.done_on is None or county.result != StepResult.PASSED:
        return ""
    return problem_text(Problem("procedure.refuse_county_approved", "step", {"date": county.done_on}))


def step_role(step: int | None) -> Role:
    """乡镇审核 is the 审核人's; every other step the 经办人's (the services' rule)."""
    return Role.REVIEWER if step == TOWNSHIP_REVIEW else Role.CLERK


def needs_text(*roles: Role) -> str:
    return QCoreApplication.translate("roles", "需要“{0}”角色").format(
        QCoreApplication.translate("roles", "”或“").join(label("role", r.value) for r in roles))


# Every widget given to allow(), with its context and roles, so that a change of the account's
# roles (an administrator's, noticed while the window is open) can be applied again: reapply().
_allowed: list[tuple[weakref.ref[Any], weakref.ref[Any] | None, tuple[Role, ...]]] = []


def allow(ctx: Any, widget: Any, *roles: Role) -> bool:
    """Enable ``widget`` (a button or a QAction) only for an account holding one of ``roles``;
    otherwise disable it with a tooltip naming the role. True when allowed."""
    ok = _apply(ctx, widget, roles)
    # a widget given again (the case page's buttons for each case shown) keeps its last roles only
    _allowed[:] = [entry for entry in _allowed if _alive(entry[0]) and entry[0]() is not widget]
    _allowed.append((weakref.ref(widget), weakref.ref(ctx) if ctx is not None else None, roles))
    return ok


def reapply(ctx: Any) -> int:
    """Apply allow() again to every living widget of ``ctx`` after its account's roles changed.
    Returns how many widgets were looked at."""
    seen = 0
    for widget_ref, ctx_ref, roles in list(_allowed):
        widget = widget_ref()
        if widget is None or not shiboken6.isValid(widget) or ctx_ref is None or ctx_ref() is not ctx:
            continue
        _apply(ctx, widget, roles)
        seen += 1
    return seen


def _apply(ctx: Any, widget: Any, roles: tuple[Role, ...]) -> bool:
    ok = ctx is None or ctx.may(*roles)
    widget.setEnabled(ok)
    widget.setToolTip("" if ok else needs_text(*roles))
    return bool(ok)


def _alive(widget_ref: weakref.ref[Any]) -> bool:
    widget = widget_ref()
    return widget is not None and shiboken6.isValid(widget)
