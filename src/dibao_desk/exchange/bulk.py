"""Helpers for reading and writing many rows at once."""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False


@contextmanager
def gc_paused():
    """Pause Python's cycle collector while many rows are turned into objects (packages, rosters).

    Reading a county roster makes about a million long-lived lists, strings and floats, none
    of them in a reference cycle; the collector would walk all of them again and again while
    they are made (a third of the import time) and free nothing. Reference counting still
    frees everything as usual; the collector resumes (if it was on) when the outermost pause
    ends, whatever thread it is in.

    On resuming, the objects made during the pause go straight to the oldest generation
    (gc.freeze then gc.unfreeze): left in the youngest, the very next allocation would make
    the collector walk all of them at once (0.1–0.2 s after a county roster), only to find
    them alive and move them on."""
    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_was_enabled:
                gc.freeze()
                gc.enable()
                gc.unfreeze()
