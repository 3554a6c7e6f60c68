"""Reading one household's page (一户一档) on the county-sized demo store.

Prints the time of ``household_page.page`` (every section, one session) beside a baseline
measured in the same run: ``households.get``, the household form's own read of the same
household. The page is read on the GUI thread when it opens and after each change, so it
should stay well under the 100 ms a person notices."""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import county_store  # noqa: E402


def main() -> None:
    from dibao_desk.services import household_page, households
    from dibao_desk.services.context import open_context

    ctx = open_context(county_store())
    ids = households.query_ids(ctx.uow(), households.HouseholdQuery(status="receiving"))[::400][:50]
    household_page.page(ctx.uow(), ids[0], dt.date.today())  # warm the caches once
    page_ms, base_ms = [], []
    for hid in ids:
        t = time.perf_counter()
        households.get(ctx.uow(), hid)
        base_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        household_page.page(ctx.uow(), hid, dt.date.today())
        page_ms.append((time.perf_counter() - t) * 1000)
    ctx.close()
    page, base = statistics.median(page_ms), statistics.median(base_ms)
    print(f"household page over {len(ids)} households: median {page:.1f} ms, longest {max(page_ms):.1f} ms"
          f"   baseline households.get median {base:.1f} ms (ratio {page / base:.1f}×)   target < 100 ms")


if __name__ == "__main__":
    main()
