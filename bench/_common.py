"""Shared by the bench scripts: a county-sized demo store, built once and reused."""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
OUT = ROOT / "out"


def county_store(households: int = 40000, seed: int = 1) -> Path:
    """A data folder holding a demo township of ``households`` households (~2.4 persons each)."""
    data = OUT / f"county-{households}-{seed}"
    if (data / "dibao.sqlite3").exists():
        return data
    from dibao_desk.services import demo
    from dibao_desk.services.context import open_context

    started = time.perf_counter()
    ctx = open_context(data)
    result = demo.generate(ctx.uow(), households=households, seed=seed)
    ctx.close()
    print(f"built demo store: {result.households} households, {result.persons} persons "
          f"in {time.perf_counter() - started:.1f} s -> {data}", file=sys.stderr)
    return data


def best(fn, rounds: int = 5) -> float:
    """The fastest of ``rounds`` runs of ``fn``, in seconds: the figure least disturbed by
    whatever else the machine is doing."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)
