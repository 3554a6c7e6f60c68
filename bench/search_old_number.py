"""Searching the household list by an old 15-digit ID number on a county-sized store.

    PYTHONPATH=src python bench/search_old_number.py [--households 40000]

The search text holds each member's number as the 18 digits the list shows; 15 typed digits
are also looked for as the 18 they become (two LIKEs over the column in one scan). Prints the
query for 15 typed digits beside the baseline: the same member's 18 digits (one LIKE), best
of five each.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import best, county_store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=40000)
    args = ap.parse_args()
    from sqlalchemy import select

    from dibao_desk.models import Member
    from dibao_desk.services import households
    from dibao_desk.services.context import open_context

    ctx = open_context(county_store(args.households))
    with ctx.uow() as uow:
        numbers = uow.session.scalars(select(Member.id_number).where(Member.id_number.like("______19%"))
                                      .order_by(Member.id).limit(1).offset(args.households)).all()
    number18 = numbers[0]
    number15 = number18[:6] + number18[8:17]
    found = {}

    def search(text: str) -> None:
        found[text] = households.query_ids(ctx.uow(), households.HouseholdQuery(text=text))

    old = best(lambda: search(number15))
    new = best(lambda: search(number18))
    ctx.close()
    assert found[number15] == found[number18] and len(found[number18]) == 1, found
    print(f"search by 15 digits: {old * 1000:.1f} ms (finds household {found[number15][0]})")
    print(f"baseline, the same member's 18 digits: {new * 1000:.1f} ms")


if __name__ == "__main__":
    main()
