"""Words for the window: the core's codes turned into Chinese, wrapped for Qt translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dibao_desk import messages
from dibao_desk.domain.problems import Problem


def problem_text(problem: Problem) -> str:
    template = messages.TEMPLATES.get(problem.code)
    if template is None:
        return problem.code
    translated = QCoreApplication.translate("messages", template)
    params = messages.labelled(problem.code, dict(problem.params), label)
    if isinstance(params.get("rows"), (list, tuple)):
        params["rows"] = "、".join(str(r) for r in params["rows"])
    prefix = messages.prefix_template(problem, template)
    if prefix:
        prefix = messages.fill_prefix(QCoreApplication.translate("messages", prefix), dict(problem.params))
    try:
        return prefix + translated.format(**params)
    except (KeyError, IndexError, AttributeError):  # AttributeError: a month ({month.year}) given as text
        return prefix + translated


def deleted_household(head: str) -> str:
    """“已删除的家庭（户主 X）”: a register's record whose household was deleted."""
    return problem_text(Problem("household.deleted_ref", "", {"head": head}))


def label(group: str, code) -> str:
    return QCoreApplication.translate("labels", messages.label(group, code))


def choices(group: str) -> list[tuple[str, str]]:
    """(code, word) pairs of a label group, in their defined order."""
    return [(code, label(group, code)) for code in messages.LABELS.get(group, {})]


def yuan(fen: int) -> str:
    from dibao_desk.domain.money import fen_to_yuan

    return fen_to_yuan(fen)
