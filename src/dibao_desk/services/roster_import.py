"""Bring in an office's hand-kept Excel roster (花名册): preview, then commit.

``preview`` reads the file (after ``exchange.safety`` has checked it), finds the header,
maps the columns (given, remembered for this header shape, or guessed), groups member
rows under their head, and checks every row with the household rules and against the
store. Nothing is written. ``commit`` writes every accepted household in one
transaction (new ones with bulk inserts, registered ones updated or skipped), records
the import in the audit log, and remembers the mapping. A cancelled or failed commit
leaves the store as it was; importing the same file again changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from sqlalchemy import func, insert, select

from dibao_desk import messages
from dibao_desk.domain import household as rules
from dibao_desk.domain import idcard, names
from dibao_desk.domain.household import HouseholdDraft, MemberDraft
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.exchange import roster_errors, roster_read
from dibao_desk.exchange.bulk import gc_paused
from dibao_desk.exchange.roster_read import FIELDS, Header
from dibao_desk.exchange.safety import open_workbook
from dibao_desk.models import dialect
from dibao_desk.models import AuditLog, Household, IncomeItem, Member, ReviewEvent, RosterMapping, Village
from dibao_desk.models.base import utcnow
from dibao_desk.services import households as household_service
from dibao_desk.services.progress import NullProgress, Progress
from dibao_desk.services.uow import UnitOfWork

EXISTING_CHOICES = ("update", "skip")
IMPORT_STATUSES = ("registered", "receiving")
_LOOKUP_CHUNK = 900


@dataclass(frozen=True)
class ImportOptions:
    status: str | None = None  # status of new households; None: 在保 when a benefit column is mapped
    hukou: str = "rural"  # when the roster has no 户籍类型 column (or it is blank)
    default_village: str = ""  # when a household's row names no village
    today: dt.date | None = None


@dataclass(frozen=True)
class PreviewRow:
    sheet_row: int  # 1-based, as Excel shows it
    kind: str  # person | blank | total | signature | header | no_person
    status: str  # ok | warning | error | skipped
    problems: tuple[Problem, ...]
    cells: list  # the original cells, as read
    household: int = -1  # index into ImportPreview.households, -1 when not imported


class PreviewRows(Sequence):
    """Every row under the header as a ``PreviewRow``, made when asked for: a county's roster
    has a hundred thousand rows, most of them with nothing to say."""

    def __init__(self, sheet_rows: list[list], lines: list, problems: dict[int, list[Problem]],
                 plan_of_line: dict[int, int]) -> None:
        self._sheet_rows = sheet_rows
        self._lines = lines
        self._problems = problems
        self._plan_of_line = plan_of_line
        statuses = []
        for line in lines:
            if line.kind != "person":
                statuses.append("skipped")
                continue
            probs = problems.get(line.index)
            if not probs:
                statuses.append("ok")
            elif _has_error(probs):
                statuses.append("error")
            else:
                statuses.append("warning")
        self._statuses = statuses
        self._tally = Counter(statuses)

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self._lines)))]
        line = self._lines[i]
        status = self._statuses[i]
        cells = self._sheet_rows[line.index]  # the list as read; not copied
        if status == "skipped":
            return PreviewRow(line.index + 1, line.kind, status, (), cells)
        household = self._plan_of_line.get(line.index, -1) if status != "error" else -1
        return PreviewRow(line.index + 1, "person", status, tuple(self._problems.get(line.index, ())), cells,
                          household)

    def tally(self, status: str) -> int:
        """How many rows have this status (ok, warning, error, skipped)."""
        return self._tally[status]

    def positions(self, status: str) -> list[int]:
        """The positions of the rows with this status."""
        return [i for i, s in enumerate(self._statuses) if s == status]


@dataclass(slots=True, eq=False)
class PlannedHousehold:
    """A household the roster will create or update. Held as plain values; ``draft`` (the
    household as the rules see it) is made when asked for."""

    rows: tuple[int, ...]  # sheet rows (1-based), head first
    # (name, ID number, relation code, what the row says of disability, illness, work), head first
    members: tuple[tuple[str, str, str, roster_read.MemberSays], ...]
    village: str
    village_id: int  # 0 when the village is new
    hukou_type: str
    address: str
    phone: str
    bank_name: str
    bank_account: str
    note: str
    category: str | None  # None: the roster does not say
    monthly_benefit_fen: int | None
    hukou_given: bool
    existing_id: int | None = None  # registered household these IDs belong to
    changed: bool = True  # for a registered household: would an update change anything
    facts: tuple[tuple[str, dt.date], ...] = ()  # (sex, birth date) of each member, from the ID
    stored: tuple | None = None  # for a registered household: its rows as the preview read them
    benefit_start: dt.date | None = None  # the first month of benefit, as the roster gives it
    income_fen: int | None = None  # the household's income a month, as the roster gives it
    covered: int | None = None  # 保障人口, as the roster gives it
    # For a registered household: its stored members the roster no longer lists (name, ID
    # number). An update records them as moved out.
    gone: tuple[tuple[str, str], ...] = ()
    _draft: HouseholdDraft | None = None

    @property
    def draft(self) -> HouseholdDraft:
        if self._draft is None:
            self._draft = HouseholdDraft(
                village_id=self.village_id, hukou_type=self.hukou_type,
                members=tuple(_said(MemberDraft(name=n, id_number=i, relation=r), says)
                              for n, i, r, says in self.members),
                address=self.address, phone=self.phone, bank_name=self.bank_name,
                bank_account=self.bank_account, note=self.note)
        return self._draft


@dataclass(frozen=True)
class ImportPreview:
    path: str
    checksum: str
    sheet: str
    sheets: tuple[str, ...]
    header_rows: tuple[int, ...]  # 1-based
    labels: tuple[str, ...]
    mapping: tuple[str, ...]
    mapping_source: str  # guessed | remembered | given
    samples: tuple[str, ...]  # the first value under each column, for the mapping table
    rows: Sequence[PreviewRow]  # a PreviewRows
    households: tuple[PlannedHousehold, ...]
    new_villages: tuple[str, ...]
    options: ImportOptions
    status: str  # status new households get
    fullwidth_fixed: int = 0
    spaces_fixed: int = 0
    problems: tuple[Problem, ...] = ()  # sheet-level (mapping incomplete): nothing can be imported
    households_rejected: int = 0
    village_aliases: tuple[tuple[str, str], ...] = ()  # (as the roster writes it, the village it means)

    @property
    def persons(self) -> int:
        return sum(len(h.members) for h in self.households)

    def count(self, status: str) -> int:
        if isinstance(self.rows, PreviewRows):
            return self.rows.tally(status)
        return sum(1 for r in self.rows if r.status == status)

    @property
    def existing(self) -> int:
        return sum(1 for h in self.households if h.existing_id is not None)

    @property
    def members_gone(self) -> int:
        """Members of registered households the roster no longer lists: an update records
        them as moved out."""
        return sum(len(h.gone) for h in self.households)

    @property
    def error_rows(self) -> list[PreviewRow]:
        if isinstance(self.rows, PreviewRows):
            return [self.rows[i] for i in self.rows.positions("error")]
        return [r for r in self.rows if r.status == "error"]


@dataclass(frozen=True)
class ImportResult:
    households_created: int = 0
    persons_created: int = 0
    households_updated: int = 0
    persons_updated: int = 0  # members added to or changed in registered households
    households_unchanged: int = 0
    households_skipped: int = 0
    persons_skipped: int = 0
    rows_rejected: int = 0
    households_rejected: int = 0
    villages_created: tuple[str, ...] = ()
    members_moved_out: int = 0  # members of registered households the roster no longer lists
    audit_id: int | None = None  # the audit row summarising the import; None if nothing written
    error_workbook: str = ""


# ---- reading ----------------------------------------------------------------------------

def file_checksum(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def list_sheets(path: str | Path) -> list[str]:
    """The worksheet names of a workbook (after the safety checks). Raises RuleError."""
    with open_workbook(path) as wb:
        return wb.sheet_names


@gc_paused()  # a roster turns into hundreds of thousands of objects, none in a cycle
def preview(uow: UnitOfWork, path: str | Path, sheet: str | None = None,
            mapping: tuple[str, ...] | list[str] | None = None, progress: Progress | None = None,
            options: ImportOptions | None = None) -> ImportPreview:
    """Read and check the roster; write nothing. Raises RuleError when the file cannot be read."""
    progress = progress or NullProgress()
    options = options or ImportOptions()
    today = options.today or dt.date.today()
    path = Path(path)
    progress.update(0, 0, "正在检查文件…")
    checksum = file_checksum(path) if path.exists() else ""
    # pypinyin's tables are needed to write the households' search keys: they load on a
    # helper thread while calamine parses the sheet (it lets go of the interpreter meanwhile).
    threading.Thread(target=names.preload, name="pinyin-preload", daemon=True).start()
    with open_workbook(path) as wb:
        sheets = tuple(wb.sheet_names)
        progress.check()
        progress.update(0, 0, "正在读取工作表…")
        data = wb.read(sheet or _first_sheet_with_header(wb, sheets))
    progress.check()
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
    status = options.status or ("receiving" if "benefit" in mapping else "registered")
    base = dict(path=str(path), checksum=checksum, sheet=data.name, sheets=sheets,
                header_rows=tuple(r + 1 for r in header.rows), labels=tuple(labels), mapping=mapping,
                mapping_source=source, samples=samples, options=options, status=status)
    missing = []
    if not {"name", "head_name"} & set(mapping):
        missing.append(Problem("roster.mapping_needs_name", "mapping"))
    if not {"id_number", "head_id"} & set(mapping):
        missing.append(Problem("roster.mapping_needs_id", "mapping"))
    if missing:
        return ImportPreview(rows=(), households=(), new_villages=(), problems=tuple(missing), **base)

    progress.update(0, len(data.rows), "正在识别行…")
    parsed = roster_read.parse_sheet(data, header, mapping, progress)
    rows, plans, new_villages, rejected, aliases = _check(uow, data, parsed, options, status, today, progress)
    return ImportPreview(rows=rows, households=plans, new_villages=new_villages, households_rejected=rejected,
                         village_aliases=aliases,
                         fullwidth_fixed=parsed.corrections.fullwidth, spaces_fixed=parsed.corrections.spaces,
                         **base)


def _first_sheet_with_header(wb, sheets) -> str:
    if len(sheets) == 1:
        return sheets[0]
    for name in sheets:
        if roster_read.find_header(wb.read(name)) is not None:
            return name
    return sheets[0]


def _samples(data, header: Header, width: int) -> tuple[str, ...]:
    out = [""] * width
    for r in range(header.last_row + 1, min(len(data.rows), header.last_row + 40)):
        for c, v in enumerate(data.rows[r][:width]):
            if not out[c] and v not in ("", None):
                out[c] = roster_read._text(v)
    return tuple(out)


def _registered(uow: UnitOfWork, numbers: list[str], details: bool = True) -> dict[str, tuple[int, str, str]]:
    """ID number -> (household id, head name, village name) for those in the store (names
    left "" without ``details``)."""
    found: dict[str, tuple[int, str, str]] = {}
    conn = uow.session.connection()
    if not numbers or conn.exec_driver_sql(f'SELECT 1 FROM "{Member.__tablename__}" LIMIT 1').first() is None:
        return found  # an empty store (the first import): nothing to look up
    # Straight on the driver, 900 numbers a query (under SQLite's oldest parameter limit):
    # a statement per 500 through the ORM cost more than the lookups themselves.
    m, h, v = Member.__table__.name, Household.__table__.name, Village.__table__.name
    hids: dict[str, int] = {}
    if _most_of(conn, m, len(numbers)):
        # The roster names a good part of the store (a second import): one pass over the
        # store is cheaper than looking each number up.
        wanted = set(numbers)
        hids = {number: hid for number, hid in _fetch(conn, f'SELECT id_number, household_id FROM "{m}"', ())
                if number in wanted}
    else:
        for i in range(0, len(numbers), _LOOKUP_CHUNK):
            chunk = numbers[i:i + _LOOKUP_CHUNK]
            hids.update(_fetch(conn, f'SELECT id_number, household_id FROM "{m}" '
                                     f'WHERE id_number IN ({",".join("?" * len(chunk))})', tuple(chunk)))
    if not details:
        return {number: (hid, "", "") for number, hid in hids.items()}
    heads: dict[int, tuple[str, str]] = {}
    sql = f'SELECT h.id, h.head_name, v.name FROM "{h}" h JOIN "{v}" v ON h.village_id = v.id'
    wanted_hids = sorted(set(hids.values()))
    if _most_of(conn, h, len(wanted_hids)):
        heads = {hid: (head, village) for hid, head, village in _fetch(conn, sql, ())}
    else:
        for i in range(0, len(wanted_hids), _LOOKUP_CHUNK):
            chunk = tuple(wanted_hids[i:i + _LOOKUP_CHUNK])
            heads.update((hid, (head, village)) for hid, head, village in _fetch(
                conn, f'{sql} WHERE h.id IN ({",".join("?" * len(chunk))})', chunk))
    for number, hid in hids.items():
        head, village = heads.get(hid, ("", ""))
        found[number] = (hid, head, village)
    return found


def _most_of(conn, table: str, wanted: int) -> bool:
    """Is `wanted` rows a good part (an eighth or more) of the table? Then reading all of it
    in one pass beats looking rows up by the hundred."""
    if wanted < 4 * _LOOKUP_CHUNK:
        return False
    return wanted * 8 >= _fetch(conn, f'SELECT count(*) FROM "{table}"', ())[0][0]


def _check(uow, data, parsed, options: ImportOptions, status: str, today: dt.date,
           progress: Progress):
    """Every row's status and problems, and the households that can be written."""
    row_problems: dict[int, list[Problem]] = {}

    def problems_of(line: int) -> list[Problem]:
        found = row_problems.get(line)
        if found is None:
            found = row_problems[line] = []
        return found

    groups = parsed.groups
    mapping = parsed.mapping
    flat = [p for group in groups for p in group]
    with uow:
        villages = {name: vid for vid, name in uow.session.execute(select(Village.id, Village.name))}
        # 1. each person on its own. Most rows are a name, a valid number and a relation:
        # their numbers are checked all at once, the others one by one.
        progress.check()
        progress.update(0, len(groups), "正在核对身份证号…")
        infos = idcard.quick_facts([p.id_number for p in flat], today=today)
        for k in [k for k, (p, info) in enumerate(zip(flat, infos))
                  if info is None or p.problems or not p.name or not (p.starts_household or p.relation)]:
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
        numbers = [info[0] for info in infos if info is not None]
        seen: dict[str, int] = {}
        same_row_twice: set[int] = set()  # rows giving two persons (head and member) one number
        if len(set(numbers)) != len(numbers):
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
        else:
            seen = dict(zip(numbers, (p.line for p, info in zip(flat, infos) if info is not None)))
        progress.check()
        progress.update(0, len(groups), "正在核对系统中已登记的人员…")
        registered = _registered(uow, list(seen))
        existing_rows = _existing_rows(uow, {registered[n][0] for n in registered}) if registered else {}

    # 2. each household
    error_lines = {line for line, found in row_problems.items() if _has_error(found)}

    def add(line: int, *found: Problem) -> None:
        problems_of(line).extend(found)
        if _has_error(found):
            error_lines.add(line)

    plans: list[PlannedHousehold] = []
    plan_of_line: dict[int, int] = {}
    new_villages: list[str] = []
    new_village_set: set[str] = set()
    village_names = roster_read.VillageNames(villages)
    aliases: dict[str, str] = {}  # a roster's way of writing a village -> the village it means
    village_meant: dict[str, str] = {}  # every name not in the store -> the village it means (maybe itself)
    # A new village the roster names with its kind (南山村, or 南山村委会) is what a bare 南山
    # elsewhere in the roster means, whichever comes first in the file.
    for name in dict.fromkeys(p.cells.village for p in flat if p.cells is not None and p.cells.village):
        key = roster_read.village_key(name)
        if name not in villages and key.endswith(("村", "社区")) and village_names.resolve(name) == name:
            village_names.add(key)
    last_village = ""
    rejected = 0
    used_existing: dict[int, int] = {}  # registered household -> the roster row that updates it
    hukou_mapped = "hukou" in mapping
    category_mapped = "category" in mapping
    # Per person, in file order; a household is a slice of these.
    lines_all = [p.line for p in flat]
    rows_all = [line + 1 for line in lines_all]
    relations_all = [p.relation or "other" for p in flat]
    members_all = list(zip([p.name for p in flat], [i[0] if i else "" for i in infos], relations_all,
                           [p.says for p in flat]))
    facts_all = [(i[1], i[2]) if i else None for i in infos]
    heads_all = [r == "head" for r in relations_all]
    hukou_all = [p.hukou for p in flat] if hukou_mapped else None
    relations_known = set(relations_all) <= _RELATIONS
    offset = 0
    for g, group in enumerate(groups):
        if g % 5000 == 0:
            progress.check()
            progress.update(g, len(groups), "正在核对家庭…")
        head = group[0]
        size = len(group)
        start, offset = offset, offset + size
        infos_g = infos[start:offset]
        lines_g = lines_all[start:offset]
        cells = head.cells or _NO_CELLS  # the household's cells, as the head's row gives them
        village = cells.village or next((p.village for p in group if p.village), "") or last_village \
            or options.default_village
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
        bad = not error_lines.isdisjoint(lines_g)
        if not bad:
            members = tuple(members_all[start:offset])
            given = [h for h in hukou_all[start:offset] if h] if hukou_all is not None else ()
            hukou = given[0] if given else options.hukou
            plan = PlannedHousehold(
                rows=tuple(rows_all[start:offset]), members=members, village=village,
                village_id=villages.get(village) or 0, hukou_type=hukou, address=cells.address,
                phone=cells.phone, bank_name=cells.bank_name, bank_account=cells.bank_account, note=cells.note,
                category=(cells.category if category_mapped and cells.category_text else None),
                monthly_benefit_fen=cells.benefit_fen, hukou_given=bool(given),
                facts=tuple(facts_all[start:offset]), benefit_start=cells.start, covered=cells.covered,
                income_fen=(cells.income_fen if cells.income_fen is not None else
                            None if cells.income_per_capita_fen is None else
                            cells.income_per_capita_fen * (cells.persons or size)))
            account = cells.bank_account
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
            hids = set()
            if registered:
                hids = {registered[info[0]][0] for info in infos_g if info[0] in registered}
                for p, info in zip(group, infos_g):
                    if info[0] in registered:
                        hid, rhead, rvillage = registered[info[0]]
                        add(p.line, Problem("roster.registered", "id_number",
                                            {"village": rvillage, "head": rhead, "household_id": hid},
                                            severity="warning"))
                if len(hids) > 1:
                    heads_text = "、".join(sorted({registered[i[0]][1] for i in infos_g if i[0] in registered}))
                    add(head.line, Problem("roster.split_households", "id_number", {"heads": heads_text}))
            declared = cells.persons
            if declared is not None and declared != size:
                add(head.line, Problem("roster.persons_mismatch", "persons", {"declared": declared, "found": size},
                                       severity="warning"))
            if cells.covered is not None and cells.covered != size:
                add(head.line, Problem("roster.covered_mismatch", "covered", {"declared": cells.covered, "found": size},
                                       severity="warning"))
            if village and village not in villages and village not in new_village_set:
                new_village_set.add(village)
                new_villages.append(village)
                village_names.add(village)
                add(head.line, Problem("roster.village_new", "village", {"name": village}, severity="warning"))
            bad = not error_lines.isdisjoint(lines_g)
            if not bad and hids:
                plan.existing_id = next(iter(hids))
                stored_rows = existing_rows.get(plan.existing_id)
                if plan.existing_id in used_existing:
                    add(head.line, Problem(
                        "roster.same_household_twice", "id_number",
                        {"other_row": used_existing[plan.existing_id]}))
                elif stored_rows is not None:
                    listed = {m[1] for m in plan.members}
                    gone = tuple((m[1], m[2], m[3]) for m in stored_rows[1] if m[2] not in listed)
                    # The roster no longer lists them: moved out. Not when the stored head is
                    # among them (the roster makes another household of it: a conflict below).
                    if not any(rel == "head" for _n, _i, rel in gone):
                        plan.gone = tuple((n, i) for n, i, _rel in gone)
                    if plan.gone:
                        add(head.line, Problem("roster.members_gone", "members", {
                            "names": "、".join(n for n, _ in plan.gone), "count": len(plan.gone),
                            "on": today.isoformat()}, severity="warning"))
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
                plan_of_line.update(dict.fromkeys(lines_g, len(plans)))
                plans.append(plan)
        if bad:
            rejected += 1
            bad_lines = [line for line in lines_g if line in error_lines]
            for p in group:
                if p.line not in bad_lines:
                    add(p.line, Problem("roster.household_rejected", "", {"rows": [b + 1 for b in bad_lines]}))

    rows = PreviewRows(data.rows, parsed.lines, row_problems, plan_of_line)
    return rows, tuple(plans), tuple(new_villages), rejected, tuple(aliases.items())


def _validate(draft: HouseholdDraft, today: dt.date, ids_valid: bool = False, known=()) -> list[Problem]:
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
_NO_CELLS = roster_read.NO_HOUSEHOLD_CELLS
NOTHING_SAID = roster_read.NOTHING_SAID
_HUKOU_TYPES = frozenset(rules.HUKOU_TYPES)
_WORK_CAPACITY = frozenset(rules.WORK_CAPACITY)
_DISABILITY = frozenset(rules.DISABILITY_GRADES)


def _has_error(problems) -> bool:
    for x in problems:
        if x.severity == "error":
            return True
    return False


# ---- registered households --------------------------------------------------------------

@dataclass(frozen=True)
class _Existing:
    draft: HouseholdDraft
    status: str
    category: str
    monthly_benefit_fen: int
    benefit_start: dt.date | None = None


_H_COLS = ("id", "village_id", "hukou_type", "address", "phone", "bank_name", "bank_account", "note",
           "status", "category", "monthly_benefit_fen", "benefit_start")
_M_COLS = ("household_id", "name", "id_number", "relation", "disability_grade", "serious_illness",
           "illness_note", "work_capacity", "employment", "covered", "not_covered_reason")


def _existing_rows(uow: UnitOfWork, ids) -> dict[int, tuple[tuple, list[tuple]]]:
    """What the roster may change of registered households, as stored: household id ->
    (its row, its members' rows in order), the columns of _H_COLS and _M_COLS, read on the
    driver (booleans as SQLite keeps them, 0 or 1). Incomes, property and supporters are not
    touched by a roster and are left out (they stay as they are)."""
    out: dict[int, tuple[tuple, list[tuple]]] = {}
    ids_list = sorted(ids)
    conn = uow.session.connection()
    h_sql = f'SELECT {", ".join(_H_COLS)} FROM "{Household.__table__.name}" WHERE id IN '
    m_sql = (f'SELECT {", ".join(_M_COLS)} FROM "{Member.__table__.name}" WHERE household_id IN ({{}}) '
             f'ORDER BY household_id, position')
    if _most_of(conn, Household.__table__.name, len(ids_list)):
        wanted = set(ids_list)
        members: dict[int, list[tuple]] = {}
        for r in _fetch(conn, m_sql.replace("WHERE household_id IN ({})", ""), ()):
            if r[0] in wanted:
                members.setdefault(r[0], []).append(r)
        for r in _fetch(conn, h_sql.removesuffix(" WHERE id IN "), ()):
            if r[0] in wanted:
                out[r[0]] = (r, members.get(r[0], []))
        return out
    for i in range(0, len(ids_list), _LOOKUP_CHUNK):
        chunk = tuple(ids_list[i:i + _LOOKUP_CHUNK])
        marks = ",".join("?" * len(chunk))
        members: dict[int, list[tuple]] = {}
        for r in _fetch(conn, m_sql.format(marks), chunk):
            members.setdefault(r[0], []).append(r)
        for r in _fetch(conn, f"{h_sql}({marks})", chunk):
            out[r[0]] = (r, members.get(r[0], []))
    return out


def _fetch(conn, sql: str, params: tuple) -> list[tuple]:
    """All rows of a query as plain tuples, on the session's own DB-API connection (same
    transaction): SQLAlchemy's per-row result handling cost more than the lookups."""
    cur = conn.connection.dbapi_connection.cursor()
    try:
        cur.execute(sql, params)
        return cur.fetchall()
    finally:
        cur.close()


def _existing_of(rows: tuple[tuple, list[tuple]]) -> _Existing:
    h, ms = rows
    members = tuple(MemberDraft(name, id_number, relation, disability_grade, bool(serious_illness), illness_note,
                                work_capacity, employment, bool(covered), not_covered_reason)
                    for (_hid, name, id_number, relation, disability_grade, serious_illness, illness_note,
                         work_capacity, employment, covered, not_covered_reason) in ms)
    _id, village_id, hukou_type, address, phone, bank_name, bank_account, note, status, category, benefit, start = h
    draft = HouseholdDraft(village_id=village_id, hukou_type=hukou_type, members=members, address=address,
                           phone=phone, bank_name=bank_name, bank_account=bank_account, note=note)
    return _Existing(draft, status, category, benefit, _date(start))


def _date(value) -> dt.date | None:
    """A date as SQLite gives it back on the driver (text), or None."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def merge(before: _Existing, plan: PlannedHousehold, status: str,
          villages: dict[str, int]) -> tuple[_Existing, int]:
    """A registered household with what the roster says applied; and how many members
    were added or changed. What the roster leaves blank keeps its stored value; members
    the roster does not list stay."""
    d = before.draft
    if not plan.gone and _leaves_unchanged(before, plan, status, villages):
        return before, 0
    gone = {number for _name, number in plan.gone}
    members = [m for m in d.members if m.id_number not in gone]  # recorded as moved out
    index = {m.id_number: i for i, m in enumerate(members)}
    changes = 0
    for name, number, relation, says in plan.members:
        i = index.get(number)
        if i is None:
            members.append(_said(MemberDraft(name, number, relation), says))
            changes += 1
        else:
            old = members[i]
            new = _said(replace(old, name=name, relation=relation), says)  # blank cells keep what is stored
            if new != old:
                members[i] = new
                changes += 1
    r = plan.draft
    merged = replace(
        d, members=tuple(members),
        village_id=villages.get(plan.village, d.village_id) if plan.village else d.village_id,
        hukou_type=r.hukou_type if plan.hukou_given else d.hukou_type,
        address=r.address or d.address, phone=r.phone or d.phone,
        bank_name=r.bank_name or d.bank_name, bank_account=r.bank_account or d.bank_account)
    new_status = status if before.status == "registered" else before.status
    start = before.benefit_start
    if start is None and new_status == "receiving":
        start = plan.benefit_start  # a start the store does not know yet; a known one stays
    return _Existing(
        merged, new_status,
        plan.category if plan.category is not None else before.category,
        plan.monthly_benefit_fen if plan.monthly_benefit_fen is not None else before.monthly_benefit_fen,
        start,
    ), changes + len(gone)


def _said(m: MemberDraft, says: roster_read.MemberSays) -> MemberDraft:
    """A member with what the roster says of disability, illness and work capacity applied
    (what it does not say stays as it is)."""
    if says is NOTHING_SAID:
        return m
    changes = {f: v for f, v in (("disability_grade", says.disability), ("serious_illness", says.serious_illness),
                                 ("illness_note", says.illness_note), ("work_capacity", says.work_capacity))
               if v is not None}
    return replace(m, **changes) if changes else m


def _leaves_rows_unchanged(rows: tuple[tuple, list[tuple]], plan: PlannedHousehold, status: str,
                           villages: dict[str, int]) -> bool:
    """``_leaves_unchanged`` on the household's rows as read (_H_COLS, _M_COLS), without
    making drafts of both: a second import of a county's roster asks this 40,000 times."""
    h, ms = rows
    (_id, village_id, hukou_type, address, phone, bank_name, bank_account, _note, stored_status, category, benefit,
     start) = h
    if stored_status == "registered" and status != "registered":
        return False
    if start is None and plan.benefit_start is not None and stored_status == "receiving":
        return False
    if plan.category is not None and plan.category != category:
        return False
    if plan.monthly_benefit_fen is not None and plan.monthly_benefit_fen != benefit:
        return False
    if plan.village and villages.get(plan.village, village_id) != village_id:
        return False
    if plan.hukou_given and plan.hukou_type != hukou_type:
        return False
    if ((plan.address and plan.address != address) or (plan.phone and plan.phone != phone)
            or (plan.bank_name and plan.bank_name != bank_name)
            or (plan.bank_account and plan.bank_account != bank_account)):
        return False
    stored = {m[2]: m for m in ms}  # ID number -> a row of _M_COLS
    for name, number, relation, says in plan.members:
        old = stored.get(number)
        if old is None or old[1] != name or old[3] != relation:
            return False
        if says is not NOTHING_SAID and (
                (says.disability is not None and old[4] != says.disability)
                or (says.serious_illness is not None and bool(old[5]) != says.serious_illness)
                or (says.illness_note is not None and old[6] != says.illness_note)
                or (says.work_capacity is not None and old[7] != says.work_capacity)):
            return False
    return True


def _leaves_unchanged(before: _Existing, plan: PlannedHousehold, status: str, villages: dict[str, int]) -> bool:
    """Would ``merge`` give back the household as it is? (The second import of a file.)"""
    d, r = before.draft, plan.draft
    if before.status == "registered" and status != "registered":
        return False
    if before.benefit_start is None and plan.benefit_start is not None and before.status == "receiving":
        return False
    if plan.category is not None and plan.category != before.category:
        return False
    if plan.monthly_benefit_fen is not None and plan.monthly_benefit_fen != before.monthly_benefit_fen:
        return False
    if plan.village and villages.get(plan.village, d.village_id) != d.village_id:
        return False
    if plan.hukou_given and r.hukou_type != d.hukou_type:
        return False
    if ((r.address and r.address != d.address) or (r.phone and r.phone != d.phone)
            or (r.bank_name and r.bank_name != d.bank_name)
            or (r.bank_account and r.bank_account != d.bank_account)):
        return False
    stored = {m.id_number: m for m in d.members}
    for name, number, relation, says in plan.members:
        old = stored.get(number)
        if old is None or old.name != name or old.relation != relation or _said(old, says) != old:
            return False
    return True


# ---- mappings ---------------------------------------------------------------------------

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


def _remember(uow: UnitOfWork, labels, mapping) -> bool:
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


# ---- writing ----------------------------------------------------------------------------

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
    with uow:
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
        audit_rows: list[dict] = []
        villages = {name: vid for vid, name in s.execute(select(Village.id, Village.name))}
        created_villages: list[str] = []
        for name in pv.new_villages:
            if name in villages:
                continue
            v = Village(name=name, kind="community" if name.endswith("社区") else "village", population=0)
            s.add(v)
            s.flush()
            villages[name] = v.id
            created_villages.append(name)
            audit_rows.append(_audit(now_s, operator, "village", v.id, "import", None,
                                     {"name": name, "kind": v.kind, "file": file_name}))
        new = [p for p in plans if p.existing_id is None]
        old = [p for p in plans if p.existing_id is not None]
        next_hid = (s.scalar(select(func.max(Household.id))) or 0) + 1
        next_mid = (s.scalar(select(func.max(Member.id))) or 0) + 1
        conn = s.connection()
        if audit_rows:  # the new villages'
            _insert_many(conn, AuditLog.__table__, audit_rows)
            audit_rows.clear()
        total = len(plans)
        first_hid = next_hid
        persons_created = sum(len(p.members) for p in new)
        for start in range(0, len(new), _WRITE_BATCH):
            # written batch by batch to keep memory flat; still one transaction
            progress.check()
            progress.update(start, total, "正在写入新家庭…")
            h_rows, m_rows, next_mid = _new_rows(new[start:start + _WRITE_BATCH], next_hid + start, next_mid,
                                                 villages, pv.status, now_s)
            conn.exec_driver_sql(_NEW_HOUSEHOLD_SQL, h_rows)
            incomes = [(hid, p.income_fen) for hid, p in zip(range(next_hid + start, next_hid + start + len(h_rows)),
                                                            new[start:start + _WRITE_BATCH]) if p.income_fen]
            if incomes:  # the roster's income: one item a household, its kind not known
                conn.exec_driver_sql(_NEW_INCOME_SQL, incomes)
            if m_rows:
                conn.exec_driver_sql(_NEW_MEMBER_SQL if len(m_rows[0]) == len(_M_NEW) else _NEW_PLAIN_MEMBER_SQL,
                                     m_rows)
        if new:
            # One audit row per new household, made by SQLite from the rows just written (what
            # the household is after the import) and the sheet rows it came from.
            progress.update(len(new), total, "正在记录操作日志…")
            conn.exec_driver_sql("DROP TABLE IF EXISTS temp.roster_import_rows")
            conn.exec_driver_sql("CREATE TEMP TABLE roster_import_rows (hid INTEGER PRIMARY KEY, rows TEXT NOT NULL)")
            conn.exec_driver_sql("INSERT INTO temp.roster_import_rows VALUES (?, ?)",
                                 [(first_hid + k, "[%s]" % ",".join(map(str, p.rows))) for k, p in enumerate(new)])
            conn.exec_driver_sql(_NEW_AUDIT_SQL, (now_s, operator, file_name, first_hid, first_hid + len(new) - 1))
            conn.exec_driver_sql("DROP TABLE temp.roster_import_rows")
        progress.update(len(new), total, "正在保存…")

        updated = unchanged = skipped = persons_updated = persons_skipped = moved_out = 0
        if on_existing == "skip":
            skipped = len(old)
            persons_skipped = sum(len(p.members) for p in old)
        else:
            progress.update(len(new), total, "正在更新已登记的家庭…")
            existing = _existing_rows(uow, {q.existing_id for q in old})
            for k, p in enumerate(old):
                if k % 2000 == 0:
                    progress.check()
                    progress.update(len(new) + k, total, "正在更新已登记的家庭…")
                rows = existing[p.existing_id]
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
                _write_update(s, p.existing_id, before, after, today)
                if p.gone:
                    # Members the roster no longer lists: moved out on the day of the import, an
                    # event that makes the household's review due (recorded, never silent).
                    s.add(ReviewEvent(household_id=p.existing_id, kind="moved_away", on=today,
                                      detail="、".join(f"{n}（{i}）" for n, i in p.gone), source=file_name))
                    moved_out += len(p.gone)
                updated += 1
                persons_updated += changes
                audit_rows.append(_audit(now_s, operator, "household", p.existing_id, "import_update",
                                         _snap(before), _snap(after) | {"file": file_name} | (
                                             {"moved_out": [list(m) for m in p.gone], "moved_out_on": today}
                                             if p.gone else {})))
        mapping_changed = _remember(uow, pv.labels, pv.mapping)
        audit_id = None
        if new or updated or created_villages:
            summary = {
                "file": file_name, "sha256": pv.checksum, "sheet": pv.sheet,
                "households_created": len(new), "persons_created": persons_created,
                "households_updated": updated, "households_unchanged": unchanged,
                "households_skipped": skipped, "rows_rejected": rejected_rows, "members_moved_out": moved_out,
                "villages_created": created_villages, "on_existing": on_existing, "status": pv.status,
            }
            res = s.execute(insert(AuditLog).returning(AuditLog.id),
                            [_audit(now, operator, "roster_import", None, "import", None, summary)])
            audit_id = res.scalar_one()
        if audit_rows:
            _insert_many(s.connection(), AuditLog.__table__, audit_rows)
        progress.check()
        if new or updated or created_villages or mapping_changed:
            uow.commit()
    if new:
        from dibao_desk.services import ledger

        ledger.build(uow, today)  # households imported as receiving get their ledger from their start
    progress.update(total, total, "完成")
    return ImportResult(
        households_created=len(new), persons_created=persons_created, households_updated=updated,
        persons_updated=persons_updated, households_unchanged=unchanged, households_skipped=skipped,
        persons_skipped=persons_skipped, rows_rejected=rejected_rows,
        households_rejected=rejected_households, villages_created=tuple(created_villages),
        members_moved_out=moved_out, audit_id=audit_id)


_WRITE_BATCH = 5000
_H_NEW = ("id", "village_id", "hukou_type", "address", "phone", "bank_name", "bank_account", "note", "status",
          "category", "monthly_benefit_fen", "head_name", "head_sort_key", "head_id_number", "person_count",
          "covered_count", "search_text", "created_at", "updated_at", "benefit_start", "income_fen", "per_capita_fen")
_NEW_HOUSEHOLD_SQL = (
    f'INSERT INTO "{Household.__tablename__}" ({", ".join(_H_NEW)}, employment_deduction_fen, '
    f'consent_full_notice) '
    f'VALUES ({", ".join("?" * len(_H_NEW))}, 0, 0)')
_NEW_INCOME_SQL = (
    f'INSERT INTO "{IncomeItem.__tablename__}" (household_id, member_id, kind, amount_fen, note) '
    "VALUES (?, NULL, 'other', ?, '花名册导入')")
_M_NEW = ("id", "household_id", "position", "name", "id_number", "sex", "birth_date", "relation", "disability_grade",
          "serious_illness", "illness_note", "work_capacity")
_NEW_MEMBER_SQL = (
    f'INSERT INTO "{Member.__tablename__}" ({", ".join(_M_NEW)}, employment, covered, not_covered_reason) '
    f"VALUES ({', '.join('?' * len(_M_NEW))}, 'none', 1, '')")
# The audit of a new household: what it is after the import, keys in order as json.dumps(sort_keys=True).
_NEW_AUDIT_SQL = (
    f'INSERT INTO "{AuditLog.__tablename__}" (at, operator, entity, entity_id, action, "before", "after") '
    "SELECT ?, ?, 'household', h.id, 'import', '', json_object("
    "'bank_account', h.bank_account, 'bank_name', h.bank_name, 'benefit_start', h.benefit_start, "
    "'category', h.category, 'file', ?, 'hukou_type', h.hukou_type, 'income_fen', h.income_fen, 'members', (SELECT json_group_array(json_array(m.name, m.id_number, m.relation)) "
    f'FROM (SELECT name, id_number, relation FROM "{Member.__tablename__}" '
    "WHERE household_id = h.id ORDER BY position) AS m), "
    "'monthly_benefit_fen', h.monthly_benefit_fen, 'rows', json(r.rows), 'status', h.status, 'village', v.name) "
    f'FROM "{Household.__tablename__}" AS h JOIN "{Village.__tablename__}" AS v ON v.id = h.village_id '
    "JOIN temp.roster_import_rows AS r ON r.hid = h.id WHERE h.id BETWEEN ? AND ? ORDER BY h.id")


# Members of whom the roster says no more than name, number and relation: the rest as literals.
_NEW_PLAIN_MEMBER_SQL = (
    f'INSERT INTO "{Member.__tablename__}" ({", ".join(_M_NEW[:-4])}, disability_grade, serious_illness, '
    f"illness_note, work_capacity, employment, covered, not_covered_reason) "
    f"VALUES ({', '.join('?' * (len(_M_NEW) - 4))}, 0, 0, '', 'full', 'none', 1, '')")


def _new_rows(plans: list[PlannedHousehold], hid: int, mid: int, villages: dict[str, int], status: str,
              now_s: str) -> tuple[list[tuple], list[tuple], int]:
    """The household and member rows of new households (in _H_NEW and _M_NEW order), with the
    list columns the household service keeps (a roster brings no income: it counts 0). The
    roster's texts are cleaned already (no stray spaces: roster_read.clean_text)."""
    h_rows: list[tuple] = []
    sort_key, search_text = names.sort_key, names.search_text
    members_all = [m for p in plans for m in p.members]
    names.keys_many([m[0] for m in members_all])  # the batch at once, then cached
    receiving = status == "receiving"
    for p in plans:
        members = p.members
        head = members[0] if members[0][2] == "head" else next((m for m in members if m[2] == "head"), members[0])
        income = p.income_fen or 0
        start = p.benefit_start.isoformat() if receiving and p.benefit_start is not None else None
        h_rows.append((
            hid, villages[p.village], p.hukou_type, p.address, p.phone, p.bank_name, p.bank_account, p.note, status,
            p.category or "", p.monthly_benefit_fen or 0, head[0], sort_key(head[0]), head[1], len(members),
            len(members), search_text([m[:2] for m in members]), now_s, now_s, start, income,
            income // len(members)))  # as households.income_summary: per person living together
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


def _insert_many(conn, table, rows: list[dict]) -> None:
    """executemany straight on the driver: SQLAlchemy's per-row parameter handling costs more
    than SQLite's insert for a county's roster. Same connection, same transaction. Rows hold
    plain values (dates already as SQLAlchemy's SQLite text), every row the same keys."""
    keys = list(rows[0])
    sql = (f'INSERT INTO "{table.name}" ({", ".join(chr(34) + k + chr(34) for k in keys)}) '
           f'VALUES ({", ".join("?" for _ in keys)})')
    conn.exec_driver_sql(sql, [tuple(r.values()) for r in rows])


# json.dumps(v, ensure_ascii=False, sort_keys=True, default=str), without a new encoder per call
_dump_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str).encode


def _audit(at, operator, entity, entity_id, action, before, after) -> dict:
    return dict(at=at, operator=operator, entity=entity, entity_id=entity_id, action=action,
                before="" if before is None else _dump_json(before),
                after="" if after is None else _dump_json(after))


def _snap(e: _Existing) -> dict:
    return asdict(e.draft) | {"status": e.status, "category": e.category,
                              "monthly_benefit_fen": e.monthly_benefit_fen, "benefit_start": e.benefit_start}


def _write_update(s, hid: int, before: _Existing, after: _Existing, today: dt.date) -> None:
    h = s.get(Household, hid)
    d = after.draft
    h.village_id = d.village_id
    h.hukou_type = d.hukou_type
    h.address, h.phone, h.bank_name, h.bank_account = d.address, d.phone, d.bank_name, d.bank_account
    h.status, h.category, h.monthly_benefit_fen = after.status, after.category, after.monthly_benefit_fen
    h.benefit_start = after.benefit_start
    keep = {m.id_number for m in d.members}
    for row in [m for m in h.members if m.id_number not in keep]:
        h.members.remove(row)  # moved out (the caller records the event)
    by_number = {m.id_number: m for m in h.members}
    for pos, m in enumerate(d.members):
        row = by_number.get(m.id_number)
        if row is None:
            info, _ = idcard.parse(m.id_number, today=today)
            h.members.append(Member(
                position=pos, name=m.name, id_number=info.number, sex=info.sex, birth_date=info.birth_date,
                relation=m.relation, disability_grade=m.disability_grade, serious_illness=m.serious_illness,
                illness_note=m.illness_note, work_capacity=m.work_capacity, employment=m.employment,
                covered=m.covered, not_covered_reason=m.not_covered_reason))
        else:
            row.name, row.relation, row.disability_grade = m.name, m.relation, m.disability_grade
            row.position = pos
            row.serious_illness, row.illness_note = m.serious_illness, m.illness_note
            row.work_capacity = m.work_capacity
    s.flush()
    household_service.refresh_list_columns(h, household_service.to_draft(h))  # with its incomes
    s.flush()


# ---- the error workbook -----------------------------------------------------------------

def error_workbook_path(pv: ImportPreview) -> Path:
    """Where ``write_errors`` puts the rows not imported: ``<file>-未导入.xlsx`` beside the file."""
    return roster_errors.default_path(pv.path)


def write_errors(pv: ImportPreview, target: str | Path | None = None,
                 progress: Progress | None = None) -> Path | None:
    """Write the rows that will not be imported, with their reasons. None when there are none.
    Progress is reported but not cancellable: by then the import itself is done."""
    errors = pv.error_rows
    if not errors:
        return None
    target = Path(target) if target else roster_errors.default_path(pv.path)
    rows = [roster_errors.ErrorRow(r.sheet_row, r.cells, "；".join(messages.text(p) for p in r.problems))
            for r in errors]

    def on_row(k: int, total: int) -> None:
        if progress is not None:
            progress.update(k, total, "正在写入未导入的行…")

    return roster_errors.write_error_workbook(target, list(pv.labels), list(pv.mapping), rows, on_row=on_row)


def reason(row: PreviewRow) -> str:
    """The row's reasons in one line (what the preview and the error workbook show)."""
    if row.status == "skipped":
        return messages.label("roster_line", row.kind)
    return "；".join(messages.text(p) for p in row.problems)


__all__ = [
    "EXISTING_CHOICES", "IMPORT_STATUSES", "ImportOptions", "ImportPreview", "ImportResult",
    "PlannedHousehold", "PreviewRow", "commit", "error_workbook_path", "file_checksum", "list_sheets", "merge", "preview",
    "reason", "remembered_mapping", "write_errors",
]
