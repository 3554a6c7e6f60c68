"""The words a person reads for the codes the core reports (Simplified Chinese).

Each feature keeps its words in a module of this package defining ``TEMPLATES``
(problem code -> sentence with ``{params}``), ``LABELS`` (group -> code -> word) and, where a
parameter is itself a code, ``PARAM_LABELS`` (problem code -> parameter -> label group), so a
person reads the word (“顺序号”), never the code (“sequence”).
The window passes them through Qt's translator (context "messages"); the
command line prints them as they are. Codes are data: keep them stable.
"""

from __future__ import annotations

from dibao_desk.domain.problems import Problem
from dibao_desk.features import feature_modules

TEMPLATES: dict[str, str] = {}
LABELS: dict[str, dict[str, str]] = {}
PARAM_LABELS: dict[str, dict[str, str]] = {}

for _mod in feature_modules(__name__):
    TEMPLATES.update(getattr(_mod, "TEMPLATES", {}))
    PARAM_LABELS.update(getattr(_mod, "PARAM_LABELS", {}))
    for _group, _words in getattr(_mod, "LABELS", {}).items():
        LABELS.setdefault(_group, {}).update(_words)


# A problem found in one row of a list says which row, when its sentence does not; one found
# in one case of a batch (a village's notice list) says which case and whose.
ROW_PREFIX = {"members": "第 {row} 名成员：", "supporters": "第 {row} 名赡养（抚养、扶养）人：",
              "incomes": "第 {row} 项收入：", "properties": "第 {row} 项财产：", "bank_rows": "第 {row} 行：",
              "batch_household": "户编号 {row}：", "cases": "案件 {case_id}（户主 {head}）："}
# The parameter a prefix names (``row`` unless said here).
_PREFIX_PARAM = {"cases": "case_id"}


def prefix_template(problem: Problem, template: str) -> str:
    """The untranslated prefix naming the row (or case) of ``problem``; "" when its sentence
    names it already or it has none."""
    group = problem.field.split("[", 1)[0]
    key = _PREFIX_PARAM.get(group, "row")
    if "{" + key + "}" in template or key not in problem.params:
        return ""
    return ROW_PREFIX.get(group, "")


def fill_prefix(prefix: str, params: dict) -> str:
    try:
        return prefix.format(**params)
    except (KeyError, IndexError):
        return ""


def row_prefix(problem: Problem, template: str) -> str:
    return fill_prefix(prefix_template(problem, template), dict(problem.params))


def label(group: str, code) -> str:
    return LABELS.get(group, {}).get(str(code), str(code))


def given_reason(text: str) -> str:
    """A 事由 (of a case, a proposal or a review) as a person reads it: one the program stored
    as a code (the reviews it records itself; 渐退期满 cases in older stores) in words, one the
    office typed as it was typed. Every place that reads a stored reason for display uses this."""
    return label("review_reason", text)


def labelled(code: str, params: dict, word=label) -> dict:
    """``params`` with the parameters that are codes replaced by their words (``word(group, code)``)."""
    groups = PARAM_LABELS.get(code)
    if not groups:
        return params
    return {**params, **{name: _word(word, group, params[name]) for name, group in groups.items() if name in params}}


def _word(word, group: str, value) -> str:
    """A code's word; a list of (code, count) pairs as their words with ``{n}`` filled, joined
    (“3 条审批记录、2 件举报”)."""
    if isinstance(value, (list, tuple)) and all(isinstance(v, (list, tuple)) and len(v) == 2 for v in value):
        return "、".join(word(group, code).replace("{n}", str(n)) for code, n in value)
    return word(group, value)


def text(problem: Problem | str, **params) -> str:
    """The Chinese sentence for a problem (or a bare code with parameters)."""
    if isinstance(problem, Problem):
        code, params = problem.code, {**problem.params, **params}
    else:
        code = problem
    template = TEMPLATES.get(code)
    if template is None:
        return code
    params = labelled(code, params)
    if "rows" in params and isinstance(params["rows"], (list, tuple)):
        params = {**params, "rows": "、".join(str(r) for r in params["rows"])}
    prefix = row_prefix(problem, template) if isinstance(problem, Problem) else ""
    try:
        return prefix + template.format(**params)
    except (KeyError, IndexError, AttributeError):  # AttributeError: a month ({month.year}) given as text
        return prefix + template


def texts(problems: list[Problem]) -> list[str]:
    return [text(p) for p in problems]
