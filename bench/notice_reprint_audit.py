"""Bench: a notice reprint of an older posting (one recorded before the program kept what its
list showed) finds the posting's audit rows in a store whose audit log holds 500,000 rows: the
lookup with the index on audit_log (entity, entity_id) beside the same lookup with the index
dropped (the baseline: the log read from end to end), in the same run.

    .venv/bin/python bench/notice_reprint_audit.py [--rows 500000] [--cases 20]

Figures:
  lookup            procedure_notice._posting_audits for the posting's cases
  dialog's check    services.printing.not_as_posted, what the print dialog asks when the posting
                    chosen changes (the posting's cases, then their audit rows)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from dibao_desk.domain import idcard  # noqa: E402
from dibao_desk.domain.household import HouseholdDraft, IncomeDraft, MemberDraft  # noqa: E402
from dibao_desk.models.store import DB_NAME  # noqa: E402
from dibao_desk.services import households, office, printing  # noqa: E402
from dibao_desk.services import procedure as proc  # noqa: E402
from dibao_desk.services import procedure_notice  # noqa: E402
from dibao_desk.services.context import AppContext, open_context  # noqa: E402

D = dt.date
OLD, NEW = D(2026, 11, 20), D(2026, 11, 21)
P = "王经办"


def _case(ctx: AppContext, village_id: int, n: int) -> int:
    body = f"36042619700101{n:03d}"
    draft = HouseholdDraft(village_id=village_id, hukou_type="rural",
                           members=(MemberDraft(f"户主{n:03d}", body + idcard.check_character(body), "head",
                                                work_capacity="partial"),),
                           incomes=(IncomeDraft("wages", 50000, 0),))
    h = households.save(ctx.uow(), draft, today=D(2026, 11, 1))
    cid = proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": P, "declaration_signed": True,
                                                     "authorisation_signed": True}, D(2026, 11, 2)).info.id
    proc.record_step(ctx.uow(), cid, 2, {"on": D(2026, 11, 4), "person": "李调查", "investigator_signed": True,
                                         "applicant_signed": True}, D(2026, 11, 4))
    proc.open_review(ctx.uow(), cid, D(2026, 11, 6), "村委会", "代表 11 人", "村主任", D(2026, 11, 6))
    proc.record_step(ctx.uow(), cid, 3, {"on": D(2026, 11, 6), "person": "村主任", "place": "村委会",
                                         "attendees": "代表 11 人", "objections": {}, "outcome": "pass"},
                     D(2026, 11, 6))
    return cid


def build(folder: Path, cases: int) -> list[int]:
    """A township with ``cases`` cases on the first notice: half posted on OLD as the program
    did before it kept the list (nothing kept with the step), half on NEW."""
    ctx = open_context(folder)
    try:
        office.save_office(ctx.uow(), office.OfficeInfo(
            name="德安镇", admin_code="360426100000", county_name="德安县", complaint_phone="0792-4321000",
            complaint_box="镇政府一楼大厅", mode="township", operator=P))
        ctx.operator = P
        office.add_village(ctx.uow(), "东风村", "village", 1800)
        village = office.list_villages(ctx.uow())[0].id
        ids = [_case(ctx, village, n) for n in range(1, cases + 1)]
        real = procedure_notice._as_posted
        procedure_notice._as_posted = lambda case, stage: {}  # type: ignore[assignment]
        try:
            old = ids[: cases // 2]
            proc.start_notice_batch(ctx.uow(), old, 1, OLD, P, OLD)
        finally:
            procedure_notice._as_posted = real  # type: ignore[assignment]
        proc.start_notice_batch(ctx.uow(), ids[cases // 2:], 1, NEW, P, NEW)
        return old
    finally:
        ctx.close()


def fill_log(folder: Path, rows: int, seed: int = 1) -> None:
    """``rows`` more audit rows, as a county-sized office's years of work leave: households,
    members, cases' steps and others, written straight into the file (the chain's head moved
    past them, so the program does not seal them: only the lookups are measured)."""
    rnd = random.Random(seed)
    kinds = [("household", "update"), ("member", "update"), ("case_step", "step2"), ("case_step", "step5"),
             ("income_item", "create"), ("ledger_month", "update"), ("certificate", "issue")]
    con = sqlite3.connect(folder / DB_NAME)
    try:
        at = "2024-01-01 08:00:00.000000"
        batch = []
        for i in range(rows):
            entity, action = kinds[rnd.randrange(len(kinds))]
            after = json.dumps({"id": i, "note": "档案更新", "amount": rnd.randrange(100000)}, ensure_ascii=False)
            batch.append((at, P, entity, rnd.randrange(1, 60000), action, "", after))
            if len(batch) == 50000:
                con.executemany('INSERT INTO audit_log (at, operator, entity, entity_id, action, "before", "after") '
                                "VALUES (?, ?, ?, ?, ?, ?, ?)", batch)
                batch.clear()
        if batch:
            con.executemany('INSERT INTO audit_log (at, operator, entity, entity_id, action, "before", "after") '
                            "VALUES (?, ?, ?, ?, ?, ?, ?)", batch)
        con.execute("UPDATE audit_head SET last_id = (SELECT max(id) FROM audit_log) WHERE id = 1")
        con.commit()
    finally:
        con.close()


def best(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=500_000)
    ap.add_argument("--cases", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        old = build(folder, args.cases)
        fill_log(folder, args.rows)
        ctx = open_context(folder)
        try:
            with ctx.uow() as uow:
                total = uow.session.connection().exec_driver_sql("SELECT count(*) FROM audit_log").scalar()
            postings = [(cid, OLD) for cid in old]

            def lookup() -> None:
                with ctx.uow() as uow:
                    assert len(procedure_notice._posting_audits(uow, 4, postings)) == len(old)

            def check() -> None:
                assert printing.not_as_posted(ctx.uow(), "1", None, OLD, OLD) == len(old)

            def figures() -> tuple[float, float]:
                lookup()
                check()  # warm the caches
                return best(lookup, args.rounds), best(check, args.rounds)

            with_index = figures()
            with ctx.store.engine.begin() as conn:
                conn.exec_driver_sql("DROP INDEX ix_audit_log_entity")
            baseline = figures()
            with ctx.store.engine.begin() as conn:
                conn.exec_driver_sql("CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id)")
        finally:
            ctx.close()
    print(f"audit log: {total} rows; posting of {OLD}: {len(old)} cases (best of {args.rounds})")
    for name, i in (("lookup", 0), ("dialog's check", 1)):
        print(f"{name:15s} with index {with_index[i] * 1000:8.2f} ms   "
              f"baseline (no index) {baseline[i] * 1000:8.2f} ms   x{baseline[i] / max(with_index[i], 1e-9):.0f}")


if __name__ == "__main__":
    main()
