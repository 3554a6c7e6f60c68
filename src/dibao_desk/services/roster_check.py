"""Roster import, step one: read and check the roster (``preview``); nothing is written.

The file is opened after ``exchange.safety``'s checks, the header found, the columns
mapped (given, remembered for this header shape, or guessed), member rows grouped under
their head, and every row checked with the household rules and against the store."""

from __future__ import annotations

import datetime as dt
import json
import operator
import threading
from collections.abc import Callable, Collection, Sequence
from itertools import chain, repeat
from dataclasses import fields
from pathlib import Path
from typing import Any

from sqlalchemy import select

from dibao_desk.domain import household as rules
from dibao_desk.domain import bank_accounts, bank_holder, idcard, names
from dibao_desk.domain.household import HouseholdDraft, HouseholdStatus
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.exchange import roster_read
from dibao_desk.exchange.bulk import gc_paused
from dibao_desk.exchange.read_ahead import PreRead, file_checksum
from dibao_desk.exchange.roster_read import FIELDS, Header
from dibao_desk.exchange.safety import Sheet, Workbook, open_workbook
from dibao_desk.models import RosterMapping, Village
from dibao_desk.services.progress import NullProgress, Progress
from dibao_desk.services.roster_lookup import StoreAhead, _existing_of, _existing_rows, _registered
from dibao_desk.services.roster_merge import _flag_stored, _leaves_rows_unchanged, merge
from dibao_desk.services.roster_plan import ImportOptions, ImportPreview, PlannedHousehold, PreviewRows, _has_error
from dibao_desk.services.uow import UnitOfWork
def list_sheets(path: str | Path) -> list[str]:
    """The worksheet names of a workbook (after the safety checks). Raises RuleError."""
    with open_workbook(path) as wb:
        return wb.sheet_names


@gc_paused()  # a roster turns into hundreds of thousands of objects, none in a cycle
def preview(uow: UnitOfWork, path: str | Path, sheet: str | None = None,
            mapping: tuple[str, ...] | list[str] | None = None, progress: Progress | None = None,
            options: ImportOptions | None = None, pre_read: PreRead | None = None) -> ImportPreview:
    """Read and check the roster; write nothing. Raises RuleError when the file cannot be read.

    ``pre_read``: the file already checked and its sheet read (``exchange.read_ahead``, for the
    same path and ``sheet``); its checksum is the one the commit compares. Without a sheet in it
    (several sheets, none named) the file is read here as without it."""
    progress = progress or NullProgress()
    options = options or ImportOptions()
    path = Path(path)
    progress.update(0, 0, "progress.roster.check_file")
    # pypinyin's tables are needed to write the households' search keys: they load on a
    # helper thread while calamine parses the sheet (it lets go of the interpreter meanwhile).
    threading.Thread(target=names.preload, name="pinyin-preload", daemon=True).start()
    with uow:  # one transaction for all the preview reads of the store (some while the sheet is read)
        ahead: StoreAhead | None = None
        try:
            if pre_read is not None and pre_read.sheet is not None and pre_read.path == path:
                checksum, sheets, data = pre_read.checksum, pre_read.sheets, pre_read.sheet
            else:
                ahead = StoreAhead.start(uow)  # None: no member stored, nothing to look up
                checksum, sheets, data = _read_beside(path, sheet, progress, ahead)
            progress.check()
            return _preview_sheet(uow, path, checksum, sheets, data, mapping, progress, options, ahead)
        finally:
            if ahead is not None:
                ahead.close()


def _read(path: Path, sheet: str | None, progress: Progress, on_checked: Callable[[], object] | None = None,
          on_parsed: Callable[[], object] | None = None) -> tuple[str, tuple[str, ...], Sheet]:
    """The file's checksum, its worksheets and the sheet read (the named one, or the first with
    a header), after the safety checks. Raises RuleError when the file cannot be read.
    ``on_checked``, ``on_parsed``: called when the checks have passed, when python-calamine
    has parsed the sheet."""
    checksum = file_checksum(path) if path.exists() else ""
    with open_workbook(path) as wb:
        if on_checked is not None:
            on_checked()
        sheets = tuple(wb.sheet_names)
        progress.check()
        progress.update(0, 0, "progress.roster.read_sheet")
        return checksum, sheets, wb.read(sheet or _first_sheet_with_header(wb, sheets), on_parsed)


def _read_beside(path: Path, sheet: str | None, progress: Progress,
                 ahead: StoreAhead | None) -> tuple[str, tuple[str, ...], Sheet]:
    """``_read`` on a thread of its own, while this one loads the ID numbers' region table (the
    first time) and fetches the store's rows a roster naming much of the store looks up
    (``ahead``). It does so only while python-calamine parses the sheet, which lets go of the
    interpreter: the safety checks (before it) and the cells' conversion (after it) need the
    interpreter, and a thread fetching rows beside them would slow them down. Raises what the
    reader raised."""
    done: list[tuple[str, tuple[str, ...], Sheet]] = []
    failed: list[BaseException] = []
    checked, parsed = threading.Event(), threading.Event()

    def read() -> None:
        try:
            done.append(_read(path, sheet, NullProgress(), checked.set, parsed.set))
        except BaseException as exc:  # raised below, in the preview's thread
            failed.append(exc)
        finally:
            checked.set()
            parsed.set()

    reader = threading.Thread(target=read, name="roster-read", daemon=True)
    reader.start()
    try:
        checked.wait()
        progress.update(0, 0, "progress.roster.read_sheet")
        idcard.preload()
        while ahead is not None and not parsed.is_set() and ahead.pump():
            pass
    finally:
        reader.join()
    if failed:
        raise failed[0]
    return done[0]


def _preview_sheet(uow: UnitOfWork, path: Path, checksum: str, sheets: tuple[str, ...], data: Sheet,
                   mapping: tuple[str, ...] | list[str] | None, progress: Progress, options: ImportOptions,
                   ahead: StoreAhead | None) -> ImportPreview:
    """The preview of a sheet read: header, mapping, rows checked."""
    today = options.today or dt.date.today()
    header = roster_read.find_header(data)
    if header is None:
        raise RuleError(Problem("roster.no_header", "sheet",
                                {"sheet": data.name, "rows": roster_read.HEADER_SCAN_ROWS}))
    width = len(header.labels)
    labels = list(header.labels)
    source = "given"
    if mapping is not None:
        mapping = tuple(mapping)
        if len(mapping) != width or any(f not in FIELDS for f in mapping):
            raise RuleError(Problem("roster.mapping_width", "mapping", {"given": len(mapping), "width": width}))
    else:
        mapping = remembered_mapping(uow, labels)
        source = "remembered"
        if mapping is None:
            mapping = roster_read.guess_mapping(labels)
            source = "guessed"
    samples = _samples(data, header, width)
    status = options.status or (HouseholdStatus.RECEIVING if "benefit" in mapping else HouseholdStatus.REGISTERED)
    base: dict[str, Any] = dict(path=str(path), checksum=checksum, sheet=data.name, sheets=sheets,
                header_rows=tuple(r + 1 for r in header.rows), labels=tuple(labels), mapping=mapping,
                mapping_source=source, samples=samples, options=options, status=status)
    missing = []
    if not {"name", "head_name"} & set(mapping):
        missing.append(Problem("roster.mapping_needs_name", "mapping"))
    if not {"id_number", "head_id"} & set(mapping):
        missing.append(Problem("roster.mapping_needs_id", "mapping"))
    if missing:
        return ImportPreview(rows=(), households=(), new_villages=(), problems=tuple(missing), **base)

    progress.update(0, len(data.rows), "progress.roster.rows")
    parsed = roster_read.parse_sheet(data, header, mapping, progress)
    rows, plans, new_villages, rejected, aliases = _check(uow, data, parsed, options, status, today, progress, ahead)
    return ImportPreview(rows=rows, households=plans, new_villages=new_villages, households_rejected=rejected,
                         village_aliases=aliases,
                         fullwidth_fixed=parsed.corrections.fullwidth, spaces_fixed=parsed.corrections.spaces,
                         **base)


def _first_sheet_with_header(wb: Workbook, sheets: Sequence[str]) -> str:
    if len(sheets) == 1:
        return sheets[0]
    for name in sheets:
        if roster_read.find_header(wb.read(name)) is not None:
            return name
    return sheets[0]


def _samples(data: Sheet, header: Header, width: int) -> tuple[str, ...]:
    out = [""] * width
    for r in range(header.last_row + 1, min(len(data.rows), header.last_row + 40)):
        for c, v in enumerate(data.rows[r][:width]):
            if not out[c] and v not in ("", None):
                out[c] = roster_read._text(v)
    return tuple(out)


def _check(uow: UnitOfWork, data: Sheet, parsed: roster_read.ParsedSheet, options: ImportOptions, status: str,
           today: dt.date, progress: Progress, ahead: StoreAhead | None = None
           ) -> tuple[PreviewRows, tuple[PlannedHousehold, ...], tuple[str, ...], int, tuple[tuple[str, str], ...]]:
    """Every row's status and problems, and the households that can be written."""
    row_problems: dict[int, list[Problem]] = {}

    def problems_of(line: int) -> list[Problem]:
        found = row_problems.get(line)
        if found is None:
            found = row_problems[line] = []
        return found

    groups = parsed.groups
    mapping = parsed.mapping
    flat = list(chain.from_iterable(groups))
    names_all = list(map(_NAME, flat))
    relation_given = list(map(_RELATION, flat))
    with uow:
        villages = {name: vid for vid, name in uow.session.execute(select(Village.id, Village.name))}
        # 1. each person on its own. Most rows are a name, a valid number and a relation:
        # their numbers are checked all at once, the others one by one.
        progress.check()
        progress.update(0, len(groups), "progress.roster.id_numbers")
        infos = idcard.quick_facts(list(map(_ID_NUMBER, flat)), today=today)
        # Most rosters have none such: four passes in C say so before one in Python finds them.
        plain = (None not in infos and not any(map(_PROBLEMS, flat)) and all(names_all)
                 and all(map(operator.or_, map(_STARTS, flat), map(bool, relation_given))))
        for k in () if plain else [k for k, (p, info) in enumerate(zip(flat, infos))
                                   if info is None or p.problems or not p.name
                                   or not (p.starts_household or p.relation)]:
            p, info = flat[k], infos[k]
            probs = problems_of(p.line)
            probs.extend(p.problems)
            if not p.name:
                probs.append(Problem("roster.name_missing", "name"))
            if any(x.code.startswith("id.") for x in p.problems):
                info = None
            elif info is None:
                parsed_info, id_probs = idcard.parse(p.id_number, today=today)
                probs.extend(id_probs)
                if parsed_info is not None:
                    info = (parsed_info.number, parsed_info.sex, parsed_info.birth_date)
            if not p.starts_household and not p.relation:
                probs.append(Problem("roster.relation_missing", "relation", severity="warning"))
            infos[k] = info
        # The same person twice in the file: the later row is reported.
        lines_all = list(map(_LINE, flat))
        if None in infos:
            numbers = [info[0] for info in infos if info is not None]
            seen = dict(zip(numbers, (line for line, info in zip(lines_all, infos) if info is not None)))
        else:
            numbers = list(map(_NUMBER, infos))
            seen = dict(zip(numbers, lines_all))
        same_row_twice: set[int] = set()  # rows giving two persons (head and member) one number
        if len(seen) != len(numbers):  # a number twice
            seen = {}
            for k, p in enumerate(flat):
                info = infos[k]
                if info is None:
                    continue
                other = seen.get(info[0])
                if other == p.line:
                    same_row_twice.add(p.line)  # left to the household rules (member.duplicate_id)
                elif other is not None:
                    probs = problems_of(p.line)
                    at = len(probs) - (1 if probs and probs[-1].code == "roster.relation_missing" else 0)
                    probs.insert(at, Problem("roster.duplicate_in_file", "id_number",
                                             {"other_row": other + 1, "value": info[0]}))
                    infos[k] = None
                else:
                    seen[info[0]] = p.line
        progress.check()
        progress.update(0, len(groups), "progress.roster.registered")
        registered = _registered(uow, list(seen), ahead=ahead)
        existing_rows = _existing_rows(uow, {registered[n][0] for n in registered}, ahead) if registered else {}

    # 2. each household
    error_lines = {line for line, found in row_problems.items() if _has_error(found)}

    def add(line: int, *found: Problem) -> None:
        problems_of(line).extend(found)
        if _has_error(found):
            error_lines.add(line)

    plans: list[PlannedHousehold] = []
    plan_of_group = [-1] * len(groups)  # the index of the group's plan, -1 when it has none
    new_villages: list[str] = []
    new_village_set: set[str] = set()
    village_names = roster_read.VillageNames(villages)
    aliases: dict[str, str] = {}  # a roster's way of writing a village -> the village it means
    village_meant: dict[str, str] = {}  # every name not in the store -> the village it means (maybe itself)
    # A new village the roster names with its kind (南山村, or 南山村委会) is what a bare 南山
    # elsewhere in the roster means, whichever comes first in the file.
    for name in dict.fromkeys(filter(None, map(_VILLAGE, filter(None, map(_CELLS, flat))))):
        key = roster_read.village_key(name)
        if name not in villages and key.endswith(("村", "社区")) and village_names.resolve(name) == name:
            village_names.add(key)
    last_village = ""
    rejected = 0
    used_existing: dict[int, int] = {}  # registered household -> the roster row that updates it
    hukou_mapped = "hukou" in mapping
    holder_mapped = "holder" in mapping  # most rosters have no 开户人 column: no per-row look for one
    category_mapped = "category" in mapping
    # Per person, in file order; a household is a slice of these.
    rows_all = list(map((1).__add__, lines_all))
    relations_all = [r or "other" for r in relation_given] if "" in relation_given else relation_given
    refused = None in infos
    members_all = list(zip(names_all, [i[0] if i else "" for i in infos] if refused else map(_NUMBER, infos),
                           relations_all, map(_SAYS, flat)))
    facts_all = [(i[1], i[2]) if i else None for i in infos] if refused else list(map(_FACTS, infos))
    heads_all = list(map("head".__eq__, relations_all))
    # each person's registered household (id, head, village), None when not registered
    registered_all: list[tuple[int, str, str] | None] | None = None
    if registered:
        registered_of: Callable[[Any], tuple[int, str, str] | None] = registered.get  # None: no number
        registered_all = list(map(registered_of, [i[0] if i else None for i in infos] if refused
                                  else map(_NUMBER, infos)))
    hukou_all = [p.hukou for p in flat] if hukou_mapped else None
    relations_known = set(relations_all) <= _RELATIONS
    default_village, default_hukou = options.default_village, options.hukou
    offset = 0
    for g, group in enumerate(groups):
        if g % 5000 == 0:
            progress.check()
            progress.update(g, len(groups), "progress.roster.households")
        head = group[0]
        size = len(group)
        start, offset = offset, offset + size
        lines_g = lines_all[start:offset]
        cells = head.cells or _NO_CELLS  # the household's cells, as the head's row gives them
        village = cells.village or next((p.village for p in group if p.village), "") or last_village \
            or default_village
        if cells.village:
            last_village = cells.village
        if village and village not in villages:
            meant = village_meant.get(village)
            if meant is None:
                meant = village_names.resolve(village)
                if meant == village:  # a new village: created under its name without committee words
                    meant = roster_read.village_key(village)
                village_meant[village] = meant
                if meant != village:
                    aliases[village] = meant
                    add(head.line, Problem("roster.village_alias", "village", {"given": village, "name": meant},
                                           severity="warning"))
            village = meant
        if not village:
            add(head.line, Problem("roster.village_missing", "village"))
        bad = bool(error_lines) and not error_lines.isdisjoint(lines_g)
        if not bad:
            members = tuple(members_all[start:offset])
            given = [h for h in hukou_all[start:offset] if h] if hukou_all is not None else ()
            hukou = given[0] if given else default_hukou
            # by position, in the order of _PLAN_FIELDS (three times quicker than by name)
            plan = PlannedHousehold(
                tuple(rows_all[start:offset]), members, village, villages.get(village) or 0, hukou,
                cells.address, cells.phone, cells.bank_name, cells.bank_account, cells.note,
                (cells.category if category_mapped and cells.category_text else None),
                cells.benefit_fen, bool(given), None, True,
                tuple(filter(None, facts_all[start:offset])),  # None: an error row
                None, cells.start,
                _income(cells, size, head.line, add),
                cells.covered)
            holder_text = (cells.holder or next((p.holder for p in group if p.holder), "")) if holder_mapped else ""
            if holder_text:
                plan.holder = _holder_of(holder_text, members, head.line, add, today)
            account = cells.bank_account
            if len(account) > bank_accounts.ACCOUNT_MAX and account.isdigit():
                # refused as registration refuses it: the bank file's account column could only cut it
                add(head.line, Problem("bank_account.too_long", "bank_account", {
                    "account": account, "length": len(account), "max": bank_accounts.ACCOUNT_MAX}))
            heads = sum(heads_all[start:offset])
            if not (heads == 1 and hukou in _HUKOU_TYPES and (not account or account.isdigit())
                    and (relations_known or all(m[2] in _RELATIONS for m in members))
                    and (not same_row_twice or same_row_twice.isdisjoint(lines_g))):
                # Not one of the plain households the rules are sure to accept: ask them.
                for prob in _validate(plan.draft, today, ids_valid=True):
                    line = head.line
                    if prob.field.startswith("members["):
                        line = group[int(prob.field[8:prob.field.index("]")])].line
                    add(line, prob)
            hids: Collection[int] = ()
            if registered_all is not None:
                registered_g = registered_all[start:offset]
                hids = {r[0] for r in registered_g if r is not None}
                if hids:
                    for line, r in zip(lines_g, registered_g):
                        if r is not None:  # a warning: the row's problems, not its errors
                            problems_of(line).append(_registered_problem(r))
                if len(hids) > 1:
                    heads_text = "、".join(sorted({r[1] for r in registered_g if r is not None}))
                    add(head.line, Problem("roster.split_households", "id_number", {"heads": heads_text}))
            declared = cells.persons
            if declared is not None and declared != size:
                add(head.line, Problem("roster.persons_mismatch", "persons", {"declared": declared, "found": size},
                                       severity="warning"))
            if cells.covered is not None and cells.covered != size:
                add(head.line, Problem("roster.covered_fewer" if cells.covered < size else "roster.covered_mismatch",
                                       "covered", {"declared": cells.covered, "found": size}, severity="warning"))
            if village and village not in villages and village not in new_village_set:
                new_village_set.add(village)
                new_villages.append(village)
                village_names.add(village)
                add(head.line, Problem("roster.village_new", "village", {"name": village}, severity="warning"))
            bad = bool(error_lines) and not error_lines.isdisjoint(lines_g)
            if not bad and hids:
                plan.existing_id = next(iter(hids))
                stored_rows = existing_rows.get(plan.existing_id)
                if plan.existing_id in used_existing:
                    add(head.line, Problem(
                        "roster.same_household_twice", "id_number",
                        {"other_row": used_existing[plan.existing_id]}))
                elif stored_rows is not None:
                    listed = {m[1] for m in plan.members}
                    gone = tuple((m[1], m[2], m[3]) for m in stored_rows[1]
                                 if m[2] not in listed and rules.is_present(m[11]))
                    # The roster no longer lists them: moved out. Not when the stored head is
                    # among them (the roster makes another household of it: a conflict below),
                    # nor a member recorded as dead or gone already (they stay on file as such).
                    if not any(rel == "head" for _n, _i, rel in gone):
                        plan.gone = tuple((n, i) for n, i, _rel in gone)
                    if plan.gone:
                        add(head.line, Problem("roster.members_gone", "members", {
                            "names": "、".join(n for n, _ in plan.gone), "count": len(plan.gone),
                            "on": today.isoformat()}, severity="warning"))
                    _flag_stored(stored_rows[0], plan, status, head.line, add)
                    if not plan.gone and _leaves_rows_unchanged(stored_rows, plan, status, villages):
                        plan.changed = False  # the same file again: nothing to merge or check
                    else:
                        before = _existing_of(stored_rows)
                        merged, _changes = merge(before, plan, status, villages)
                        conflicts = rules.errors(_validate(merged.draft, today, known=seen))
                        if conflicts:
                            add(head.line, Problem(
                                "roster.update_conflict", "", {"head": before.draft.members[0].name
                                                               if before.draft.members else ""}))
                            add(head.line, *conflicts)
                        plan.changed = merged != before
                    plan.stored = stored_rows
                used_existing.setdefault(plan.existing_id, head.line + 1)
                bad = not error_lines.isdisjoint(lines_g)
            if not bad:
                plan_of_group[g] = len(plans)
                plans.append(plan)
        if bad:
            rejected += 1
            bad_lines = [line for line in lines_g if line in error_lines]
            for p in group:
                if p.line not in bad_lines:
                    add(p.line, Problem("roster.household_rejected", "", {"rows": [b + 1 for b in bad_lines]}))

    # Every person's line -> the plan of its group (-1: a rejected group, whose rows are all errors)
    plan_of_line = dict(zip(lines_all, chain.from_iterable(map(repeat, plan_of_group, map(len, groups)))))
    rows = PreviewRows(data.rows, parsed.lines, row_problems, plan_of_line)
    return rows, tuple(plans), tuple(new_villages), rejected, tuple(aliases.items())


def _validate(draft: HouseholdDraft, today: dt.date, ids_valid: bool = False,
              known: Collection[str] = ()) -> list[Problem]:
    """``rules.validate(draft)``, answered without it for the plain households a roster makes:
    one head, known codes, no incomes, property or supporters, distinct valid ID numbers
    (``ids_valid``: parsed already with the same ``today``; ``known``: numbers that were, as
    idcard.parse gave them). Any other draft goes to
    ``rules.validate``, so the problems are always exactly the rules' own."""
    members = draft.members
    if (draft.incomes or draft.properties or draft.supporters or not members or draft.village_id is None
            or draft.hukou_type not in rules.HUKOU_TYPES or draft.employment_deduction_fen < 0):
        return rules.validate(draft, today=today)
    account = draft.bank_account.replace(" ", "")
    if account and not account.isdigit():
        return rules.validate(draft, today=today)
    heads = 0
    for m in members:
        if m.relation == "head":
            heads += 1
        if (m.relation not in _RELATIONS or m.work_capacity not in _WORK_CAPACITY
                or m.disability_grade not in _DISABILITY or not m.name.strip()
                or not (m.covered or m.not_covered_reason.strip())):
            return rules.validate(draft, today=today)
    if heads != 1:
        return rules.validate(draft, today=today)
    if ids_valid:
        if len(members) > 1 and len({m.id_number for m in members}) != len(members):
            return rules.validate(draft, today=today)
    else:
        seen = set()
        for m in members:
            number = m.id_number
            if number not in known:
                info, problems = idcard.parse(number, today=today)
                if info is None or problems:
                    return rules.validate(draft, today=today)
                number = info.number
            if number in seen:
                return rules.validate(draft, today=today)
            seen.add(number)
    return []


_RELATIONS = frozenset(rules.RELATIONS)


# A person's attributes and an ID number's facts, read for all persons with map (in C).
_NAME, _RELATION, _ID_NUMBER, _PROBLEMS, _STARTS, _CELLS, _LINE, _SAYS = map(operator.attrgetter, (
    "name", "relation", "id_number", "problems", "starts_household", "cells", "line", "says"))
# (applied to facts that are not None: mypy cannot tell them from the list's None)
_NUMBER: Callable[[Any], str] = operator.itemgetter(0)
_FACTS: Callable[[Any], tuple[str, dt.date]] = operator.itemgetter(1, 2)
_VILLAGE = operator.attrgetter("village")


_NO_CELLS = roster_read.NO_HOUSEHOLD_CELLS


_new_object, _set_attribute = object.__new__, object.__setattr__


def _registered_problem(registered: tuple[int, str, str]) -> Problem:
    """``Problem("roster.registered", "id_number", {...}, severity="warning")`` for a person the
    store holds (household id, head, village), made without the frozen dataclass's ``__init__``
    (one attribute at a time): a second import of a county's roster makes 100,000 of them."""
    hid, head, village = registered
    problem = _new_object(Problem)
    _set_attribute(problem, "__dict__", {"code": "roster.registered", "field": "id_number",
                                         "params": {"village": village, "head": head, "household_id": hid},
                                         "severity": "warning"})
    return problem


if tuple(f.name for f in fields(Problem)) != ("code", "field", "params", "severity"):
    raise ImportError("Problem's fields are not the ones roster_check makes its registered warnings with")


def _income(cells: roster_read._HouseholdCells, size: int, line: int,
            add: Callable[..., None]) -> int | None:
    """The household's income a month: the roster's, or its 月人均收入 times the persons it
    gives; one beyond the largest amount the store keeps (a per-capita figure times a mistyped
    家庭人口) is a 提示 and left unregistered, as an income that is no amount is."""
    if cells.income_fen is not None:
        return cells.income_fen
    if cells.income_per_capita_fen is None:
        return None
    income: int = cells.income_per_capita_fen * (cells.persons or size)
    if income > rules.MAX_AMOUNT_FEN:
        add(line, Problem("roster.income_too_large", "income_per_capita", {"value": fen_to_yuan(income)},
                          severity="warning"))
        return None
    return income


def _holder_of(text: str, members: tuple[tuple[Any, ...], ...], line: int,
               add: Callable[[int, Problem], None], today: dt.date) -> str | None:
    """The 开户人 a roster's cell names among the household's ``members`` (name, ID number,
    relation, …): by ID number, else by a name exactly one member has. A member's ID number,
    "" for the head; None (and an error of the head's row) when it names none of them or two.
    A member under 16 on ``today`` is a warning of the head's row, as the household form says it."""
    number = idcard.normalise(text)
    if len(number) in (15, 18) and number[:-1].isdigit():
        found = [m for m in members if m[1] == number]
    else:
        found = [m for m in members if m[0] == text]
    if len(found) != 1:
        add(line, Problem("roster.holder_unknown" if not found else "roster.holder_ambiguous", "holder",
                          {"value": text}))
        return None
    if found[0][2] == "head":
        return ""
    age = bank_holder.minor_age(found[0][1], today)
    if age is not None:
        add(line, Problem("roster.holder_minor", "holder", {"name": found[0][0], "age": age}, severity="warning"))
    return str(found[0][1])


# The fields _check gives a PlannedHousehold by position, in their order.
_PLAN_FIELDS = ("rows", "members", "village", "village_id", "hukou_type", "address", "phone", "bank_name",
                "bank_account", "note", "category", "monthly_benefit_fen", "hukou_given", "existing_id", "changed",
                "facts", "stored", "benefit_start", "income_fen", "covered")
if tuple(f.name for f in fields(PlannedHousehold))[:len(_PLAN_FIELDS)] != _PLAN_FIELDS:
    raise ImportError("PlannedHousehold's fields are not in the order roster_check gives them")


_HUKOU_TYPES = frozenset(rules.HUKOU_TYPES)


_WORK_CAPACITY = frozenset(rules.WORK_CAPACITY)


_DISABILITY = frozenset(rules.DISABILITY_GRADES)


def remembered_mapping(uow: UnitOfWork, labels: list[str]) -> tuple[str, ...] | None:
    key = roster_read.shape_key(labels)
    with uow:
        row = uow.session.scalar(select(RosterMapping).where(RosterMapping.shape_key == key))
        if row is None:
            return None
        mapping = tuple(json.loads(row.mapping))
    if len(mapping) != len(labels) or any(f not in FIELDS for f in mapping):
        return None
    return mapping
