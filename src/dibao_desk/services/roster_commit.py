"""Roster import, step two: write every accepted household in one transaction.

New households go in with bulk inserts and one audit row each; registered ones are
updated (or skipped); a receiving household whose money the roster gives otherwise gets
a 变更 proposal. The import is recorded in the audit log and its mapping remembered. A
cancelled or failed commit leaves the store as it was."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import fields, replace
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, inspect, select
from sqlalchemy.orm import Session, selectinload

from dibao_desk import messages
from dibao_desk.domain import household as rules
from dibao_desk.domain import idcard, names
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.audit_chain import compact_json
from dibao_desk.domain.household import HouseholdStatus, MemberDraft
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.reviews import ReviewEventKind
from dibao_desk.domain.villages import kind_of_name
from dibao_desk.exchange import roster_read
from dibao_desk.exchange.bulk import gc_paused
from dibao_desk.exchange.read_ahead import file_checksum
from dibao_desk.models import audit as audit_store
from dibao_desk.models import dialect
from dibao_desk.models import ledger as ledger_store
from dibao_desk.models.insert_thread import InsertThread
from dibao_desk.models import roster as roster_store
from dibao_desk.models import AuditLog, Household, Member, ReviewEvent, RosterMapping, Village
from dibao_desk.models.base import utcnow
from dibao_desk.services import households as household_service
from dibao_desk.services import ledger as ledger_service
from dibao_desk.services import reviews_schedule
from dibao_desk.services.progress import NullProgress, Progress
from dibao_desk.services.roster_check import _validate, preview
from dibao_desk.services.roster_lookup import _Existing, _existing_of, _existing_rows, _registered
from dibao_desk.services.roster_merge import _money_differs, merge
from dibao_desk.services.roster_plan import EXISTING_CHOICES, ImportOptions, ImportPreview, ImportResult, NOTHING_SAID, PlannedHousehold
from dibao_desk.services.uow import UnitOfWork
def _remember(uow: UnitOfWork, labels: Iterable[str], mapping: Iterable[str]) -> bool:
    key = roster_read.shape_key(list(labels))
    row = uow.session.scalar(select(RosterMapping).where(RosterMapping.shape_key == key))
    value = json.dumps(list(mapping), ensure_ascii=False)
    if row is None:
        uow.session.add(RosterMapping(shape_key=key, labels=json.dumps(list(labels), ensure_ascii=False),
                                      mapping=value))
        return True
    if row.mapping != value:
        row.mapping = value
        row.used_at = utcnow()
        return True
    return False


@gc_paused()
def commit(uow: UnitOfWork, preview_or_path: ImportPreview | str | Path, on_existing: str = "update",
           progress: Progress | None = None, *, sheet: str | None = None,
           mapping: tuple[str, ...] | None = None, options: ImportOptions | None = None) -> ImportResult:
    """Write every accepted household in one transaction. Raises RuleError (nothing written)
    when the file or the store changed since the preview; Cancelled leaves the store as it was."""
    uow.require(Role.CLERK)
    if on_existing not in EXISTING_CHOICES:
        raise ValueError(on_existing)
    with uow:  # a township's Excel roster goes into its own file; its bulk SQL is SQLite's
        if not dialect.is_sqlite(uow.session.get_bind()):
            raise RuleError(Problem("roster.on_server", "file"))
    progress = progress or NullProgress()
    pv = preview_or_path
    if not isinstance(pv, ImportPreview):
        pv = preview(uow, pv, sheet=sheet, mapping=mapping, progress=progress, options=options)
    if pv.problems:
        raise RuleError(list(pv.problems))
    if not Path(pv.path).is_file() or file_checksum(pv.path) != pv.checksum:
        raise RuleError(Problem("roster.file_changed", "file", {"name": Path(pv.path).name}))
    today = pv.options.today or dt.date.today()
    file_name = Path(pv.path).name
    plans = pv.households
    rejected_rows = pv.count("error")
    rejected_households = pv.households_rejected
    with uow, ExitStack() as in_transaction:
        s = uow.session
        # The store must still be as the preview saw it.
        numbers = [m[1] for p in plans for m in p.members]
        registered = _registered(uow, numbers, details=False)
        moved = 0
        for p in plans:
            if p.existing_id is None and not registered:
                continue  # a new household, and nothing of the roster is registered now either
            hids = {registered[m[1]][0] for m in p.members if m[1] in registered}
            if hids != ({p.existing_id} if p.existing_id is not None else set()):
                moved += 1
        if moved:
            raise RuleError(Problem("roster.store_changed", "", {"count": moved}))
        progress.check()
        now = utcnow()
        now_s = now.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores it (rows below go in raw)
        operator = uow.operator
        audit_rows: list[dict[str, Any]] = []
        villages = {name: vid for vid, name in s.execute(select(Village.id, Village.name))}
        created_villages: list[str] = []
        # a county's roster names a hundred villages or more: all inserted at one flush, in order
        made = [Village(name=name, kind=kind_of_name(name), population=0)
                for name in dict.fromkeys(pv.new_villages) if name not in villages]
        if made:
            s.add_all(made)
            s.flush()
        for v in made:
            villages[v.name] = v.id
            created_villages.append(v.name)
            audit_rows.append(_audit(now_s, operator, "village", v.id, "import", None,
                                     {"name": v.name, "kind": v.kind, "file": file_name}))
        new = [p for p in plans if p.existing_id is None]
        old = [p for p in plans if p.existing_id is not None]
        next_hid = (s.scalar(select(func.max(Household.id))) or 0) + 1
        next_mid = (s.scalar(select(func.max(Member.id))) or 0) + 1
        conn = s.connection()
        if len(new) >= _LARGE:  # SQLite's page cache large enough for the rows (roster_store.page_cache)
            in_transaction.enter_context(roster_store.page_cache(conn, _PAGE_CACHE_KIB))
        if audit_rows:  # the new villages'
            roster_store.insert_dicts(conn, AuditLog.__table__, audit_rows)
            audit_rows.clear()
        total = len(plans)
        first_hid = next_hid
        persons_created = sum(len(p.members) for p in new)
        # The new households' audit rows go in chained as they are written (the rows before
        # them in the transaction sealed first), so the seal at commit need not read and
        # rewrite each of them.
        chain = audit_store.chain_end(conn) if new else None
        unchained: list[tuple[str, str, str, int | None, str, str, str]] = []
        # The ledger, in this transaction: households imported as receiving get theirs from
        # their start (one open period each, as ledger.build would write it after the commit,
        # under the same HISTORY decision), written beside their rows; any other household
        # without a ledger (one updated here, or waiting from before) is built below, after
        # the updates, as ledger.build builds it. An import never lands without its ledger.
        history: int | None = None
        by_class = ledger_waiting = False
        since = now.date()  # a household without a start: the month of its last change (its created_at)
        if new and pv.status == HouseholdStatus.RECEIVING:
            by_class = ledger_service.method_is_class(uow, today)
            ledger_waiting = ledger_store.unbuilt_exists(conn)  # before the new ones go in
            history = ledger_store.add_history_decision(conn, today)
        # Batch by batch, to keep memory flat, still one transaction: a thread inserts each
        # batch while this one makes the next (models.insert_thread: SQLite's inserts and the
        # Python that makes the rows overlap on a second core). It alone uses the connection
        # until the block ends.
        with InsertThread(conn) as writer:
            # a small first batch: the thread starts inserting as soon as it can
            starts = [0, *range(min(_FIRST_BATCH, _WRITE_BATCH), len(new), _WRITE_BATCH)] if new else []
            for start, end in zip(starts, [*starts[1:], len(new)]):
                progress.check()
                progress.update(start, total, "progress.roster.new")
                batch = new[start:end]
                h_rows, m_rows, next_mid = _new_rows(batch, next_hid + start, next_mid, villages, pv.status, now_s)
                roster_store.insert_new_households(writer, h_rows)
                # the roster's income: one item a household, its kind not known
                roster_store.insert_incomes(writer, [(h[0], p.income_fen) for h, p in zip(h_rows, batch)
                                                     if p.income_fen], kind="other", note="花名册导入")
                roster_store.insert_new_members(writer, m_rows)
                audits = [(now_s, operator, "household", h[0], "import", "", after)
                          for h, after in zip(h_rows, _new_audit_texts(batch, h_rows, file_name))]
                if chain is not None:
                    roster_store.insert_audits_chained(writer, audit_store.chained_rows(chain, audits))
                else:
                    unchained += audits
                if history is not None:
                    roster_store.insert_periods(writer, ledger_store.plain_periods(
                        map(_LEDGER_COLUMNS, h_rows), since, history, by_class))
        if chain is not None:
            audit_store.move_head(conn, chain)
        elif unchained:
            audit_store.append_chained(conn, unchained)  # plain: the seal chains them at commit
        progress.update(len(new), total, "progress.roster.save")
        # 保障人口 below the members listed: the roster does not say who is not covered. Each is
        # registered as covered and an event makes the household's review due at once, where the
        # office marks them (the preview's roster.covered_mismatch said so).
        uncovered = [(first_hid + k, p) for k, p in enumerate(new) if p.covered is not None and
                     p.covered < len(p.members)]
        if on_existing != "skip":
            uncovered += [(p.existing_id, p) for p in old if p.covered is not None and p.covered < len(p.members)]
        for hid, p in uncovered:
            s.add(ReviewEvent(household_id=hid, kind=ReviewEventKind.OTHER, on=today, source=file_name,
                              detail=messages.text("roster.covered_event", covered=p.covered, found=len(p.members))))
        # The registered households this import changes or gives an event are rescheduled at its
        # commit (the session's hooks), on the import's day; the new ones are scheduled as a
        # first import's are, when the due lists are next read (reviews.fill_missing).
        reviews_schedule.as_of(s, today)
        reviews_schedule.touch(s, [hid for hid, _p in uncovered if hid < first_hid])

        updated = unchanged = skipped = persons_updated = persons_skipped = moved_out = proposed = 0
        not_proposed: tuple[int, ...] = ()
        if on_existing == "skip":
            skipped = len(old)
            persons_skipped = sum(len(p.members) for p in old)
        else:
            progress.update(len(new), total, "progress.roster.update")
            existing = _existing_rows(uow, {q.existing_id for q in old if q.existing_id is not None})
            todo: list[tuple[int, PlannedHousehold, _Existing, _Existing, int]] = []
            for k, p in enumerate(old):
                if k % 2000 == 0:
                    progress.check()
                    progress.update(len(new) + k, total, "progress.roster.update")
                hid = p.existing_id
                assert hid is not None  # old: the registered households
                rows = existing[hid]
                village_id = rows[0][1]
                if (not p.changed and p.stored is not None
                        and (not p.village or villages.get(p.village, village_id) == village_id)
                        and rows == p.stored):
                    # As the preview read it, and the preview found nothing to change: merge would
                    # give it back as it is.
                    unchanged += 1
                    continue
                before = _existing_of(rows)
                after, changes = merge(before, p, pv.status, villages)
                if after == before:
                    unchanged += 1
                    continue
                if rules.errors(_validate(after.draft, today)):
                    raise RuleError(Problem("roster.store_changed", "", {"count": 1}))
                todo.append((hid, p, before, after, changes))
            # The households to update, each with its members, incomes, property and supporters,
            # are read in a few queries and changed as objects in a session of their own on the
            # import's connection, never flushed and closed after the write (taking thousands of
            # objects out of the import's session one by one cost a fifth of the write). They are
            # written for them all in a few executemany statements (not two flushes a household:
            # 2 ms each, most of a large update's time; nor one ORM flush of them all: a quarter
            # of the commit). Their list columns are made before, as the household service makes
            # them of the household with its lists changed (what is written changes none of what
            # they are made of: a member added has no income yet, and an income of a member moved
            # out is counted as no one's before the write as after it).
            with Session(bind=s.connection(), autoflush=False) as scratch:
                loaded = _households_of(scratch, [t[0] for t in todo])
                removed: list[int] = []
                added: list[dict[str, Any]] = []
                for hid, p, before, after, changes in todo:
                    gone, gained = _write_update(loaded[hid], after, today)
                    removed += gone
                    added += gained
                    if p.gone:
                        # Members the roster no longer lists: moved out on the day of the import, an
                        # event that makes the household's review due (recorded, never silent).
                        s.add(ReviewEvent(household_id=hid, kind=ReviewEventKind.MOVED_AWAY, on=today,
                                          detail="、".join(f"{n}（{i}）" for n, i in p.gone), source=file_name))
                        moved_out += len(p.gone)
                    updated += 1
                    persons_updated += changes
                    audit_rows.append(_audit(now_s, operator, "household", hid, "import_update",
                                             _snap(before), _snap(after) | {"file": file_name} | (
                                                 {"moved_out": [list(m) for m in p.gone], "moved_out_on": today}
                                                 if p.gone else {})))
                _write_changed(s.connection(), [loaded[t[0]] for t in todo], added, removed)
            reviews_schedule.touch(s, [t[0] for t in todo])
            s.flush()
            proposed, not_proposed = _propose_money(uow, old, existing, file_name, today, progress)
        mapping_changed = _remember(uow, pv.labels, pv.mapping)
        audit_id = None
        if new or updated or created_villages or proposed or not_proposed:
            summary = {
                "file": file_name, "sha256": pv.checksum, "sheet": pv.sheet,
                "households_created": len(new), "persons_created": persons_created,
                "households_updated": updated, "households_unchanged": unchanged,
                "households_skipped": skipped, "rows_rejected": rejected_rows, "members_moved_out": moved_out,
                "villages_created": created_villages, "on_existing": on_existing, "status": pv.status,
                "amounts_proposed": proposed, "amounts_not_proposed": list(not_proposed),
            }
            res = s.execute(insert(AuditLog).returning(AuditLog.id),
                            [_audit(now, operator, "roster_import", None, "import", None, summary)])
            audit_id = res.scalar_one()
        if audit_rows:
            roster_store.insert_dicts(s.connection(), AuditLog.__table__, audit_rows)
        if new or updated:
            periods = len(new) if history is not None else 0
            if ledger_waiting or updated or history is None:
                if history is None:
                    by_class = ledger_service.method_is_class(uow, today)
                s.flush()
                periods = ledger_store.build_from_history(s.connection(), today, method_is_class=by_class,
                                                          history=history)
            if periods:  # after every other audit row of the import, as when it was a transaction of its own
                s.flush()
                uow.audit("ledger", None, "build", None, {"periods": periods, "today": today})
        progress.check()
        in_transaction.close()
        if new or updated or created_villages or mapping_changed or proposed or not_proposed:
            uow.commit()
    progress.update(total, total, "progress.done")
    return ImportResult(
        households_created=len(new), persons_created=persons_created, households_updated=updated,
        persons_updated=persons_updated, households_unchanged=unchanged, households_skipped=skipped,
        persons_skipped=persons_skipped, rows_rejected=rejected_rows,
        households_rejected=rejected_households, villages_created=tuple(created_villages),
        members_moved_out=moved_out, audit_id=audit_id, amounts_proposed=proposed,
        amounts_not_proposed=not_proposed)


def _propose_money(uow: UnitOfWork, plans: list[PlannedHousehold],
                   existing: dict[int, tuple[tuple[Any, ...], list[tuple[Any, ...]]]], file_name: str,
                   today: dt.date, progress: Progress) -> tuple[int, tuple[int, ...]]:
    """A 变更 proposal (kind roster_change, through the policy's steps, from next month) for
    each receiving household whose class or amount the roster gives otherwise; the money
    changes only when it is granted. Households where none can be opened now (a case of
    theirs is open) are returned for the operator. Inside the import's transaction."""
    wanted = [p for p in plans if p.money is not None]
    if not wanted:
        return 0, ()
    # imported only when needed: the procedure's modules take a good part of a second to load
    from dibao_desk.domain.ledger import ProposalKind, add_months, month_of
    from dibao_desk.services import proposals

    progress.update(0, 0, "progress.roster.proposals")
    month = add_months(month_of(today), 1)
    asked: list[proposals.Wanted] = []
    for p in wanted:
        hid = p.existing_id
        assert hid is not None  # a registered household's money
        rows = existing.get(hid)
        money = _money_differs(rows[0], p) if rows is not None and rows[0][8] == HouseholdStatus.RECEIVING else None
        if money is None:
            continue  # changed since the preview: nothing differs any more
        category, amount = money
        reason = messages.text("roster.proposal_reason", file=file_name,
                               category=messages.label("category", category), yuan=fen_to_yuan(amount))
        asked.append(proposals.Wanted(hid, reason, category or None, amount))
    # All at once, as one by one (procedure_open.can_open_here, then proposals.propose) would
    # open them: a household none can be opened for now (a case of its own is open) is left
    # for the operator.
    opened, left = proposals.propose_many(uow, ProposalKind.ROSTER_CHANGE, month, asked, opened_on=today,
                                          source=f"roster:{file_name}")
    return len(opened), tuple(left)


_WRITE_BATCH = 5000
_FIRST_BATCH = 1000
_LARGE = 2000  # from this many new households the transaction has a page cache of
_PAGE_CACHE_KIB = 16 * 1024  # KiB (roster_store.page_cache)


def _new_rows(plans: list[PlannedHousehold], hid: int, mid: int, villages: dict[str, int], status: str,
              now_s: str) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], int]:
    """The household and member rows of new households (in roster_store.NEW_HOUSEHOLD_COLUMNS and
    NEW_MEMBER_COLUMNS or PLAIN_MEMBER_COLUMNS order), with the list columns the household
    service keeps (rules.list_columns: every member covered, the roster's income the counted
    one). The roster's texts are cleaned already (no stray spaces: roster_read.clean_text)."""
    h_rows: list[tuple[Any, ...]] = []
    list_columns = rules.list_columns
    members_all = [m for p in plans for m in p.members]
    names.keys_many([m[0] for m in members_all])  # the batch at once, then cached
    receiving = status == HouseholdStatus.RECEIVING
    for p in plans:
        members = p.members
        start = p.benefit_start.isoformat() if receiving and p.benefit_start is not None else None
        h_rows.append((
            hid, villages[p.village], p.hukou_type, p.address, p.phone, p.bank_name, p.bank_account, p.note, status,
            p.category or "", p.monthly_benefit_fen or 0, now_s, now_s, start)
            + list_columns(members, len(members), p.income_fen or 0) + (p.holder or None,))
        hid += 1
    # members: made column-wise and zipped (one tuple per member, no loop body per member)
    count = len(members_all)
    households = [h for h, p in zip(range(hid - len(plans), hid), plans) for _ in p.members]
    positions = [k for p in plans for k in range(len(p.members))]
    facts = [f for p in plans for f in p.facts]
    columns = [range(mid, mid + count), households, positions, [m[0] for m in members_all],
               [m[1] for m in members_all], [f[0] for f in facts], [f[1].isoformat() for f in facts],
               [m[2] for m in members_all]]
    if any(m[3] is not NOTHING_SAID for m in members_all):  # the roster says more than names and relations
        columns += [[m[3].disability or 0 for m in members_all], [int(bool(m[3].serious_illness)) for m in members_all],
                    [m[3].illness_note or "" for m in members_all],
                    [m[3].work_capacity or "full" for m in members_all]]
    return h_rows, list(zip(*columns)), mid + count


# json.dumps(v, ensure_ascii=False, sort_keys=True, default=str), without a new encoder per call
_dump_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str).encode


# json.dumps(v, ensure_ascii=False, separators=(",", ":")): SQLite's json_object writes the same
_compact_json = compact_json()
_H = {name: k for k, name in enumerate(roster_store.NEW_HOUSEHOLD_COLUMNS)}
# what a new household's ledger period is made of (models.ledger.plain_periods)
_LEDGER_COLUMNS = itemgetter(_H["id"], _H["benefit_start"], _H["category"], _H["covered_count"],
                             _H["monthly_benefit_fen"])


def _new_audit_texts(plans: list[PlannedHousehold], h_rows: list[tuple[Any, ...]], file_name: str) -> list[str]:
    """The audit text of each new household (what it is after the import, with the file's name
    and the sheet rows it came from; its 开户人's ID number, "" the head, as an update's text
    has it), from its row as written (``_new_rows``). Its keys are
    in sorted order and its text compact, as json_object wrote it when SQLite made it from
    the rows (the same text, tested): a store keeps its audit log's texts as they were."""
    ba, bn, bs, cat, hk, inc, mb, st = (_H["bank_account"], _H["bank_name"], _H["benefit_start"], _H["category"],
                                        _H["hukou_type"], _H["income_fen"], _H["monthly_benefit_fen"], _H["status"])
    bh = _H["bank_holder_id_number"]
    return [_compact_json({
        "bank_account": h[ba], "bank_holder_id_number": h[bh] or "", "bank_name": h[bn], "benefit_start": h[bs], "category": h[cat], "file": file_name,
        "hukou_type": h[hk], "income_fen": h[inc], "members": [[m[0], m[1], m[2]] for m in p.members],
        "monthly_benefit_fen": h[mb], "rows": list(p.rows), "status": h[st], "village": p.village})
        for p, h in zip(plans, h_rows)]


def _audit(at: str | dt.datetime, operator: str, entity: str, entity_id: int | None, action: str, before: object,
           after: object) -> dict[str, Any]:
    return dict(at=at, operator=operator, entity=entity, entity_id=entity_id, action=action,
                before="" if before is None else _dump_json(before),
                after="" if after is None else _dump_json(after))


def _snap(e: _Existing) -> dict[str, Any]:
    """What the audit row records of a household: ``asdict`` of its draft (the same JSON), made
    without asdict's deep copy of every value (a third of a second a thousand households)."""
    d = e.draft
    out = _fields(d)
    out["members"] = [_fields(m) for m in d.members]
    out["incomes"] = [_fields(i) for i in d.incomes]
    out["properties"] = [_fields(x) for x in d.properties]
    out["supporters"] = [_fields(x) for x in d.supporters]
    out.update(status=e.status, category=e.category, monthly_benefit_fen=e.monthly_benefit_fen,
               benefit_start=e.benefit_start)
    return out


def _fields(obj: Any) -> dict[str, Any]:
    """A flat dataclass's fields by name (its nested ones left as they are)."""
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in fields(obj))
    return {name: getattr(obj, name) for name in names}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _households_of(s: Session, ids: list[int]) -> dict[int, Household]:
    """The households of ``ids`` with their members, incomes, property and supporters loaded
    (a query a chunk of ids and one for each of those lists), by id."""
    options = [selectinload(Household.members), selectinload(Household.incomes),
               selectinload(Household.properties), selectinload(Household.supporters)]
    found: dict[int, Household] = {}
    ids = sorted(set(ids))
    for start in range(0, len(ids), _LOAD_CHUNK):
        chunk = ids[start:start + _LOAD_CHUNK]
        found.update((h.id, h) for h in s.scalars(select(Household).where(Household.id.in_(chunk)).options(*options)))
    return found


_LOAD_CHUNK = 500


def _write_update(h: Household, after: _Existing, today: dt.date) -> tuple[list[int], list[dict[str, Any]]]:
    """The registered household ``h`` (its lists loaded) changed to ``after`` in its session,
    never flushed: its columns and the members it keeps set, its list columns made as the
    household service makes them of it as changed. Gives the ids of the members it no longer
    lists (moved out: the caller records the event) and the rows of the members it gains, in
    the roster's order, for ``_write_changed`` (its member list is left as loaded)."""
    d = after.draft
    assert d.village_id is not None  # a registered household keeps its village
    h.village_id = d.village_id
    h.hukou_type = d.hukou_type
    h.address, h.phone, h.bank_name, h.bank_account = d.address, d.phone, d.bank_name, d.bank_account
    h.bank_holder_id_number = d.bank_holder_id_number or None  # 开户人: None the head
    h.status, h.category, h.monthly_benefit_fen = after.status, after.category, after.monthly_benefit_fen
    h.benefit_start = after.benefit_start
    keep = {m.id_number for m in d.members}
    by_number = {m.id_number: m for m in h.members if m.id_number in keep}
    added: list[dict[str, Any]] = []
    for pos, m in enumerate(d.members):
        row = by_number.get(m.id_number)
        if row is None:
            info, _ = idcard.parse(m.id_number, today=today)
            assert info is not None  # checked when the roster was read
            added.append(dict(
                household_id=h.id, position=pos, name=m.name, id_number=info.number, sex=info.sex,
                birth_date=info.birth_date, relation=m.relation, disability_grade=m.disability_grade,
                serious_illness=m.serious_illness, illness_note=m.illness_note, work_capacity=m.work_capacity,
                employment=m.employment, covered=m.covered, not_covered_reason=m.not_covered_reason))
        else:
            row.name, row.relation, row.disability_grade = m.name, m.relation, m.disability_grade
            row.position = pos
            row.serious_illness, row.illness_note = m.serious_illness, m.illness_note
            row.work_capacity = m.work_capacity
    # The household as to_draft gives it once the members moved out are removed from its list and
    # those added appended (as the household service's list columns are made of it): the members
    # kept in their stored order, then those added; an income of a member moved out is no one's.
    draft = household_service.to_draft(h)
    stays = [k for k, m in enumerate(h.members) if m.id_number in keep]
    removed = [m.id for m in h.members if m.id_number not in keep]
    index = {old: new for new, old in enumerate(stays)}
    members = tuple(draft.members[k] for k in stays) + tuple(MemberDraft(
        name=r["name"], id_number=r["id_number"], relation=r["relation"], disability_grade=r["disability_grade"],
        serious_illness=r["serious_illness"], illness_note=r["illness_note"], work_capacity=r["work_capacity"],
        employment=r["employment"], covered=r["covered"], not_covered_reason=r["not_covered_reason"])
        for r in added)
    incomes = tuple(i if i.member_index is None else replace(i, member_index=index.get(i.member_index))
                    for i in draft.incomes)
    household_service.refresh_list_columns(h, replace(draft, members=members, incomes=incomes), today)
    return removed, added


# What _write_update and refresh_list_columns set: of the household, of a member kept
_H_WRITTEN = ("village_id", "hukou_type", "address", "phone", "bank_name", "bank_account", "bank_holder_id_number",
              "status", "category", "monthly_benefit_fen", "benefit_start", "head_name", "head_sort_key",
              "head_id_number", "person_count", "covered_count", "income_fen", "per_capita_fen", "search_text")
_M_WRITTEN = ("position", "name", "relation", "disability_grade", "serious_illness", "illness_note", "work_capacity")


def _write_changed(conn: Connection, households: list[Household], added: list[dict[str, Any]],
                   removed: list[int]) -> None:
    """Write what ``_write_update`` changed of ``households`` as the ORM's flush would write it,
    in a few Core ``executemany`` statements on ``conn`` (the flush's bookkeeping of each object
    was a quarter of a large update's commit); their session is never flushed:

    - a household is updated (its ``updated_at`` with it) only when a column changed;
    - the members ``added`` are inserted in the order given (so their ids are those the flush
      gave), then those kept and changed updated, then the ``removed`` deleted (the flush's
      order: an id freed by a deletion is not given again in the same transaction).

    The caller tells the review schedule which households it touched."""
    h_rows: list[dict[str, Any]] = []
    kept: list[dict[str, Any]] = []
    for h in households:
        attrs = inspect(h).attrs
        if any(attrs[c].history.has_changes() for c in _H_WRITTEN):
            h_rows.append({"b_id": h.id, **{c: getattr(h, c) for c in _H_WRITTEN}})
        for m in h.members:
            m_attrs = inspect(m).attrs
            if any(m_attrs[c].history.has_changes() for c in _M_WRITTEN):
                kept.append({"b_id": m.id, **{c: getattr(m, c) for c in _M_WRITTEN}})
    roster_store.update_by_id(conn, Household.__table__, h_rows)
    roster_store.insert_core(conn, Member.__table__, added)
    roster_store.update_by_id(conn, Member.__table__, kept)
    roster_store.delete_by_id(conn, Member.__table__, removed)
