"""The words a person reads for the codes the core reports (Simplified Chinese).

Each feature keeps its words in a module of this package defining ``TEMPLATES``
(problem code -> sentence with ``{params}``) and ``LABELS`` (group -> code -> word).
The window passes them through Qt's translator (context "messages"); the
command line prints them as they are. Codes are data: keep them stable.
"""

from __future__ import annotations

from dibao_desk.domain.problems import Problem
from dibao_desk.features import feature_modules

TEMPLATES: dict[str, str] = {}
LABELS: dict[str, dict[str, str]] = {}

for _mod in feature_modules(__name__):
    TEMPLATES.update(getattr(_mod, "TEMPLATES", {}))
    for _group, _words in getattr(_mod, "LABELS", {}).items():
        LABELS.setdefault(_group, {}).update(_words)


# A problem found in one row of a list says which row, when its sentence does not.
ROW_PREFIX = {"members": "第 {row} 名成员：", "supporters": "第 {row} 名赡养（抚养、扶养）人：",
              "incomes": "第 {row} 项收入：", "properties": "第 {row} 项财产："}


def row_prefix(problem: Problem, template: str) -> str:
    if "{row}" in template or "row" not in problem.params:
        return ""
    group = problem.field.split("[", 1)[0]
    prefix = ROW_PREFIX.get(group, "")
    return prefix.format(row=problem.params["row"]) if prefix else ""


def label(group: str, code) -> str:
    return LABELS.get(group, {}).get(str(code), str(code))


def text(problem: Problem | str, **params) -> str:
    """The Chinese sentence for a problem (or a bare code with parameters)."""
    if isinstance(problem, Problem):
        code, params = problem.code, {**problem.params, **params}
    else:
        code = problem
    template = TEMPLATES.get(code)
    if template is None:
        return code
    if "rows" in params and isinstance(params["rows"], (list, tuple)):
        params = {**params, "rows": "、".join(str(r) for r in params["rows"])}
    prefix = row_prefix(problem, template) if isinstance(problem, Problem) else ""
    try:
        return prefix + template.format(**params)
    except (KeyError, IndexError):
        return prefix + template


def texts(problems: list[Problem]) -> list[str]:
    return [text(p) for p in problems]
