"""Problems found by rules, as codes with parameters.

The core reports codes and data; the words a person reads are made from
``dibao_desk.messages`` by whoever shows them (the window or the terminal).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Problem:
    code: str
    field: str = ""
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    severity: str = "error"  # "error" blocks saving, "warning" does not

    def __hash__(self) -> int:  # params is a dict; problems are compared by code/field
        return hash((self.code, self.field, self.severity))


class RuleError(Exception):
    """Raised by services when input breaks a rule; carries the problems."""

    def __init__(self, problems: list[Problem] | Problem):
        if isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("; ".join(p.code for p in self.problems))
