"""The program's features, and finding each feature's module in a package.

A feature keeps its words in ``messages/<name>.py``, its commands in ``cli/<name>.py``
and its menus in ``ui/actions/<name>.py``; a package that has no module for a
feature simply has nothing for it. The order here is the order of menus and commands.

Discovery, not optional code: some features have no words, commands or menus of their own
(``messages/`` has no ``settings``, ``cli/`` no ``help``), and a new feature is added by adding
its modules. Import-linter still sees every edge of the modules found (it reads every module
of the package, imported or not); only the edge from this registry to them is dynamic, and no
contract is about it. Service and model modules, always present, are imported plainly.
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
