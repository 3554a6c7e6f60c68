"""Bench: posting and closing a whole notice list (按村张贴或结束公示) of 500 cases.

    .venv/bin/python bench/notice_batch.py [--households 10000] [--cases 500]

A demo township gets ``--cases`` applications brought through the democratic review
(ready for the 一榜 notice). The store is copied twice: on one copy the list is posted
and, once the notice has run, taken down through the service (``start_notice_batch``,
``close_notice_batch``: the cases read as plain values in three queries, the 回避 check in one
query, the posted records and their audit rows bulk-inserted, the records taken down updated as
rows); on
the other through the per-case path they replaced (each case read alone, flushed alone,
its 回避 queried alone), kept below as the baseline and measured in the same run. A third copy posts the list
through the batch path as it was before its records were bulk-inserted (the cases read as ORM
objects, a CaseStep object each, flushed by the ORM), and takes it down as the batch did before
it wrote rows (each case recorded through the ORM as alone): the second baselines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

D = dt.date
P = "王经办"
POST_ON, CLOSE_ON = D(2026, 12, 1), D(2026, 12, 10)


# ---- the per-case path (the baseline) ------------------------------------------------------

def old_post(uow, case_ids, stage, start, person, today) -> int:
    from dibao_desk.domain import procedure as rules
    from dibao_desk.models import CaseStep
    from dibao_desk.services.procedure_notice import _BatchProblems
    from dibao_desk.services.procedure_store import _get_case, _refresh, _state, _step_audit, notice_days

    step = rules.STAGE_STEP[stage]
    with uow:
        days = notice_days(uow, start)
        found = _BatchProblems()
        for cid in case_ids:
            case = _get_case(uow, cid)
            problems = rules.check_start_notice(_state(case), step, start, today, person)
            if problems:
                found.add(case, problems)
                continue
            _start, end = rules.notice_window(start, days)
            rec = CaseStep(step=step, started_on=start, window_end=end, person=person.strip(),
                           recorded_by=uow.operator)
            case.steps.append(rec)
            uow.session.flush()
            _refresh(case)
            uow.audit("case_step", case.id, f"step{step}.start", None, _step_audit(rec))
        found.raise_any()
        uow.commit()
        return len(case_ids)


def orm_cases(uow, case_ids):
    """The batch's cases as ORM objects with their steps, objections and household (how the
    batch read them before it read plain values)."""
    from sqlalchemy import select
    from sqlalchemy.orm import joinedload, selectinload

    from dibao_desk.models import Case

    found = {}
    for i in range(0, len(case_ids), 500):
        query = (select(Case).where(Case.id.in_(case_ids[i:i + 500]))
                 .options(selectinload(Case.steps), selectinload(Case.objections), joinedload(Case.household)))
        found.update((c.id, c) for c in uow.session.scalars(query))
    return [found[cid] for cid in case_ids]


def orm_post(uow, case_ids, stage, start, person, today) -> int:
    """The batch path before its records were bulk-inserted: the cases read at once, but a
    CaseStep object each, appended and flushed by the ORM (the second baseline)."""
    from dibao_desk.domain import procedure as rules
    from dibao_desk.models import CaseStep
    from dibao_desk.services.procedure_notice import _BatchProblems
    from dibao_desk.services.procedure_store import _refresh, _state, _step_audit, notice_days

    step = rules.STAGE_STEP[stage]
    with uow:
        days = notice_days(uow, start)
        _start, end = rules.notice_window(start, days)
        found = _BatchProblems()
        changes = []
        for case in orm_cases(uow, case_ids):
            problems = rules.check_start_notice(_state(case), step, start, today, person)
            if problems:
                found.add(case, problems)
                continue
            rec = CaseStep(step=step, started_on=start, window_end=end, person=person.strip(),
                           recorded_by=uow.operator, active=True, result="", notes="", data_json="")
            case.steps.append(rec)
            _refresh(case)
            changes.append(("case_step", case.id, f"step{step}.start", None, _step_audit(rec)))
        found.raise_any()
        uow.audit_many(changes)
        uow.commit()
        return len(case_ids)


def old_close(uow, case_ids, stage, on, person, today, notes="") -> int:
    from dibao_desk.domain import procedure as rules
    from dibao_desk.domain.problems import RuleError
    from dibao_desk.services.procedure_notice import _BatchProblems
    from dibao_desk.services.procedure_record import _record
    from dibao_desk.services.procedure_store import _get_case

    step = rules.STAGE_STEP[stage]
    with uow:
        found = _BatchProblems()
        for cid in case_ids:
            case = _get_case(uow, cid)
            try:
                _record(uow, case, step, {"on": on, "person": person, "notes": notes}, today)
            except RuleError as exc:
                found.add(case, exc.problems)
            uow.session.flush()  # the old _record flushed each case
        found.raise_any()
        uow.commit()
        return len(case_ids)


def orm_close(uow, case_ids, stage, on, person, today, notes="") -> int:
    """The batch close before it wrote rows: the cases read at once as ORM objects, the 回避
    in one query, then each case recorded as alone (``_record``: its record object changed,
    an audit row added through the session) and flushed once (the second close baseline)."""
    from dibao_desk.domain import procedure as rules
    from dibao_desk.domain.problems import RuleError
    from dibao_desk.services import relatives
    from dibao_desk.services.procedure_notice import _BatchProblems
    from dibao_desk.services.procedure_record import _record

    step = rules.STAGE_STEP[stage]
    with uow:
        found = _BatchProblems()
        cases = orm_cases(uow, case_ids)
        recusal = relatives.step_person_problems_of(uow.session, [c.household_id for c in cases], person)
        for case in cases:
            try:
                _record(uow, case, step, {"on": on, "person": person, "notes": notes}, today,
                        recusal=recusal.get(case.household_id, []))
            except RuleError as exc:
                found.add(case, exc.problems)
        found.raise_any()
        uow.session.flush()
        uow.commit()
        return len(case_ids)


def old_recusal(uow, case_ids, person) -> None:
    """The per-case 回避 query the old close made for each case."""
    from dibao_desk.models import Case
    from dibao_desk.services import relatives

    with uow:
        for cid in case_ids:
            relatives.step_person_problems(uow.session, uow.session.get(Case, cid).household_id, person)


# ---- the store ---------------------------------------------------------------------------

def build(folder: Path, households: int, cases: int) -> list[int]:
    from sqlalchemy import select

    from dibao_desk.models import Case, Household
    from dibao_desk.services import demo
    from dibao_desk.services import procedure as p
    from dibao_desk.services.context import open_context

    ctx = open_context(folder)
    t = time.perf_counter()
    demo.generate(ctx.uow(), households=households, seed=1, today=D(2026, 11, 1))
    ctx.operator = P
    with ctx.uow() as u:
        busy = select(Case.household_id).where(Case.status == "open")
        hids = list(u.session.scalars(select(Household.id).where(
            Household.status.in_(("registered", "applying")), Household.id.not_in(busy))
            .order_by(Household.id)))[:cases]
    on = D(2026, 11, 20)
    ids = []
    for hid in hids:
        cid = p.receive_application(ctx.uow(), hid, {"on": on, "person": P, "declaration_signed": True,
                                                     "authorisation_signed": True}, on).info.id
        p.record_step(ctx.uow(), cid, 2, {"on": on, "person": "李调查", "investigator_signed": True,
                                          "applicant_signed": True, "findings": "家中无劳动力"}, on)
        p.record_step(ctx.uow(), cid, 3, {"on": on, "person": "村主任", "place": "村委会",
                                          "attendees": "代表 11 人", "objections": {}, "outcome": "pass"}, on)
        ids.append(cid)
    ctx.close()
    print(f"store: {households} households, {len(ids)} cases ready for the 一榜 notice "
          f"({time.perf_counter() - t:.1f} s)")
    return ids


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=10000)
    ap.add_argument("--cases", type=int, default=500)
    ap.add_argument("--store", help="keep the built store in this folder and reuse it on the next run")
    args = ap.parse_args()

    from dibao_desk.services import procedure as p
    from dibao_desk.services.context import open_context

    work = Path(tempfile.mkdtemp(prefix="dibao-bench-notice-batch-"))
    base = Path(args.store) if args.store else work / "base"
    if (base / "ids.txt").exists():
        ids = [int(x) for x in (base / "ids.txt").read_text().split()]
    else:
        ids = build(base, args.households, args.cases)
        (base / "ids.txt").write_text(" ".join(map(str, ids)))
    shutil.copytree(base, work / "old")
    shutil.copytree(base, work / "new")
    shutil.copytree(base, work / "orm")
    old, new, orm = open_context(work / "old"), open_context(work / "new"), open_context(work / "orm")
    old.operator = new.operator = orm.operator = P

    mine = set(ids)  # not the demo's own cases
    to_post = [c for c in p.notice_batch(new.uow(), 1, POST_ON).to_post if c in mine]
    assert len(to_post) == len(ids), (len(to_post), len(ids))
    post_old = timed(lambda: old_post(old.uow(), to_post, 1, POST_ON, P, POST_ON))
    post_orm = timed(lambda: orm_post(orm.uow(), to_post, 1, POST_ON, P, POST_ON))
    post_new = timed(lambda: p.start_notice_batch(new.uow(), to_post, 1, POST_ON, P, POST_ON))
    to_close = [c for c in p.notice_batch(new.uow(), 1, CLOSE_ON).to_close if c in mine]
    assert sorted(to_close) == sorted(ids)
    recusal_old = timed(lambda: old_recusal(old.uow(), to_close, P))
    close_old = timed(lambda: old_close(old.uow(), to_close, 1, CLOSE_ON, P, CLOSE_ON))
    close_orm = timed(lambda: orm_close(orm.uow(), to_close, 1, CLOSE_ON, P, CLOSE_ON))
    close_new = timed(lambda: p.close_notice_batch(new.uow(), to_close, 1, CLOSE_ON, P, CLOSE_ON))
    for c in (new, old, orm):
        assert not mine & set(p.notice_batch(c.uow(), 1, CLOSE_ON).to_close)
    old.close()
    new.close()
    orm.close()

    n = len(ids)
    print(f"{'post the 一榜 list (' + str(n) + ' cases)':<36} {post_new:7.2f} s   per-case path {post_old:7.2f} s"
          f"   ratio {post_new / post_old:5.2f}")
    print(f"{'  ORM-object batch path (before)':<36} {post_orm:7.2f} s   bulk-insert path {post_new:7.2f} s"
          f"   ratio {post_new / post_orm:5.2f}")
    print(f"{'close the 一榜 list (' + str(n) + ' cases)':<36} {close_new:7.2f} s   per-case path {close_old:7.2f} s"
          f"   ratio {close_new / close_old:5.2f}")
    print(f"{'  ORM-object batch close (before)':<36} {close_orm:7.2f} s   row-update path  {close_new:7.2f} s"
          f"   ratio {close_new / close_orm:5.2f}")
    print(f"{'  of which the per-case 回避 queries':<36} {'':7}     per-case path {recusal_old:7.2f} s")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
