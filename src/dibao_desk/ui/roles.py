"""What the signed-in account may do, for the window: the services refuse the rest
(``uow.require``); the window disables it beforehand and says which role it needs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.procedure import TOWNSHIP_REVIEW
from dibao_desk.ui.texts import label


def step_role(step: int | None) -> Role:
    """乡镇审核 is the 审核人's; every other step the 经办人's (the services' rule)."""
    return Role.REVIEWER if step == TOWNSHIP_REVIEW else Role.CLERK


def needs_text(*roles: Role) -> str:
    return QCoreApplication.translate("roles", "需要“{0}”角色").format(
        QCoreApplication.translate("roles", "”或“").join(label("role", r.value) for r in roles))


def allow(ctx, widget, *roles: Role) -> bool:
    """Enable ``widget`` (a button or a QAction) only for an account holding one of ``roles``;
    otherwise disable it with a tooltip naming the role. True when allowed."""
    ok = ctx is None or ctx.may(*roles)
    widget.setEnabled(ok)
    widget.setToolTip("" if ok else needs_text(*roles))
    return ok
