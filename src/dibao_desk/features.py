"""The program's features, and finding each feature's module in a package.

A feature keeps its words in ``messages/<name>.py``, its commands in ``cli/<name>.py``
and its menus in ``ui/actions/<name>.py``; a package that has no module for a
feature simply has nothing for it. The order here is the order of menus and commands.
"""

from __future__ import annotations

import importlib
from types import ModuleType

FEATURES = ("core", "households", "procedure", "reviews", "ledger", "payroll", "bank", "registers", "recovery",
            "assistance", "statistics", "printing", "certificate", "roster", "exchange", "policy", "settings", "accounts",
            "backup", "today",
            "help")


def feature_modules(package: str) -> list[ModuleType]:
    """The feature modules present in ``package``, in feature order."""
    found = []
    for name in FEATURES:
        qualified = f"{package}.{name}"
        try:
            found.append(importlib.import_module(qualified))
        except ModuleNotFoundError as exc:
            if exc.name != qualified:  # a module that exists but fails to import is a bug
                raise
    return found
