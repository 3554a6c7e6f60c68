"""The Qt binding's lost references to None/True/False (docs/known-issues.md) never abort the program."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dibao_desk.ui import binding_guard

SRC = Path(__file__).resolve().parents[2] / "src"

# What the window does all day: emit its own signals, disconnect, call methods that return nothing.
_WORK = """
import sys
from PySide6.QtCore import QObject, Signal
calls = 3 * (sys.getrefcount(True) + sys.getrefcount(False) + sys.getrefcount(None))
{guard}
class Page(QObject):
    changed = Signal()

page = Page()
for _ in range(calls):
    page.changed.emit()
    page.setObjectName("page")
print("done", calls)
"""


def _run(guard: bool) -> subprocess.CompletedProcess[str]:
    code = _WORK.format(guard="from dibao_desk.ui import binding_guard; binding_guard.install()" if guard else "")
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


def test_a_process_that_emits_more_signals_than_true_has_references_ends_normally() -> None:
    done = _run(guard=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("done") and "Fatal Python error" not in done.stderr


@pytest.mark.skipif(binding_guard.immortal_singletons() or not binding_guard.probe().any,
                    reason="this Python and binding lose no references")
def test_without_the_guard_the_same_process_aborts() -> None:
    """Shows the guard is what keeps the process alive: the binding in use has the defect."""
    done = _run(guard=False)
    assert done.returncode != 0 and "Fatal Python error" in done.stderr


@pytest.mark.skipif(binding_guard.immortal_singletons(), reason="None/True/False are immortal")
def test_a_thousand_calls_leave_none_true_and_false_far_from_zero() -> None:
    binding_guard.install()  # done once per process; the suite's conftest has done it already
    lost = binding_guard.probe(1000)
    for obj, n in ((None, lost.none), (True, lost.true), (False, lost.false)):
        assert 0 <= n <= 1000
        assert sys.getrefcount(obj) > binding_guard.RESERVE - 1_000_000, obj


def test_the_probe_counts_what_the_binding_loses_and_nothing_else() -> None:
    lost = binding_guard.probe(1000)
    if binding_guard.immortal_singletons():
        assert not lost.any
    else:  # the defect loses exactly one per call, or (a mended binding) none
        assert {lost.none, lost.true, lost.false} <= {0, 1000}
