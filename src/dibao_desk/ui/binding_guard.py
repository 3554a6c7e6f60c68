"""A guard against a reference-count defect of the Qt binding on Python 3.11.

PySide6-Essentials 6.12.0 (its ``cp310-abi3`` wheels) hands back ``None`` from every method that
returns nothing (``setText``, ``setEnabled``, ``QSettings.setValue`` ...), and ``True``/``False``
from ``SignalInstance.emit()`` and ``SignalInstance.disconnect()``, without taking a reference to
them. The wheels look built with CPython headers carrying gh-134989, whose ``Py_RETURN_NONE``,
``Py_RETURN_TRUE`` and ``Py_RETURN_FALSE`` treated the three as immortal even for the limited API
of Python 3.11 and older. On Python 3.12 and later they are immortal and nothing is lost; on 3.11
each such call takes one reference away for good. When the count reaches zero Python aborts
(``Fatal Python error: bool_dealloc`` or ``none_dealloc``): at exit after enough signals, or
while running after a few hundred thousand calls.

``install()`` probes the binding once (a few calls on a private object) and, when references go
missing, gives ``None``, ``True`` and ``False`` a reserve of references, which is what Python 3.12
does by making them immortal: the three are static objects that are never freed, so a larger
count changes nothing else. See docs/known-issues.md.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import sys
import warnings
from dataclasses import dataclass

log = logging.getLogger(__name__)

# Far more references than a process can lose (one per call), far from overflowing Py_ssize_t.
RESERVE = min(1 << 40, sys.maxsize >> 2)
_PROBE_CALLS = 16
_installed = False


@dataclass(frozen=True)
class Lost:
    """References the binding lost over ``calls`` calls of each probe."""

    calls: int
    none: int  # by a method that returns nothing
    true: int  # by SignalInstance.emit()
    false: int  # by SignalInstance.disconnect() of a slot never connected

    @property
    def any(self) -> bool:
        return self.none > 0 or self.true > 0 or self.false > 0


def immortal_singletons() -> bool:
    """Python 3.12 and later never count references to None, True and False."""
    return sys.version_info >= (3, 12)


def probe(calls: int = _PROBE_CALLS) -> Lost:
    """Call the binding ``calls`` times in each way known to lose a reference; say how many were
    lost. Garbage collection is off meanwhile so that nothing else moves the counts."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    obj = _Probe()

    def _slot() -> None:
        pass

    enabled = gc.isenabled()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(calls):
            obj.setObjectName("probe")
        none = before - sys.getrefcount(None)
        before = sys.getrefcount(True)
        for _ in range(calls):
            obj.ping.emit()
        true = before - sys.getrefcount(True)
        with warnings.catch_warnings():  # "Failed to disconnect": the point of the probe
            warnings.simplefilter("ignore", RuntimeWarning)
            before = sys.getrefcount(False)
            for _ in range(calls):
                obj.ping.disconnect(_slot)
            false = before - sys.getrefcount(False)
    finally:
        if enabled:
            gc.enable()
    obj.deleteLater()
    return Lost(calls, none, true, false)


def _refcount_cell(obj: object) -> ctypes.c_ssize_t | None:
    """The object's reference count as a writable cell, or None when the first word of the object
    is not its count (a debug build of Python lays objects out differently)."""
    cell = ctypes.c_ssize_t.from_address(id(obj))
    # sys.getrefcount counts its own argument once more
    return cell if cell.value == sys.getrefcount(obj) - 1 else None


def add_reserve(amount: int = RESERVE) -> bool:
    """Give None, True and False ``amount`` more references each; False when the layout of this
    Python's objects is not the usual one (nothing is written then)."""
    cells = [(obj, _refcount_cell(obj)) for obj in (None, True, False)]
    if any(cell is None for _, cell in cells):
        return False
    for obj, cell in cells:
        assert cell is not None
        cell.value += amount
    return True


def install() -> Lost | None:
    """Probe the binding once per process and add the reserve when it loses references. Returns
    what the probe found (None on Python 3.12 and later, or when already installed)."""
    global _installed
    if _installed or immortal_singletons():
        return None
    _installed = True
    lost = probe()
    if lost.any:
        if add_reserve():
            log.info("the Qt binding loses references to None/True/False (%s); reserve added", lost)
        else:  # pragma: no cover - a debug build of Python
            log.warning("the Qt binding loses references to None/True/False (%s); no reserve "
                        "could be added", lost)
    return lost
