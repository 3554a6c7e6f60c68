"""一户一档: scanned or photographed documents filed with a household.

A file is copied into ``<data folder>/files/<household id>/<sha256><suffix>`` and recorded in
one transaction: the copy is written beside its final name, checked against the hash read
from the original, renamed, and only then is the row committed; if anything fails, the copy
is removed and no row is left. Removing a document deletes its row (the audit keeps what it
was) and its file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from dibao_desk.atomic import replacing
from dibao_desk.domain import household_files as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Case, Household
from dibao_desk.models.household_files import HouseholdFile
from dibao_desk.services.uow import UnitOfWork

if TYPE_CHECKING:
    from dibao_desk.services.printing import PrintResult

log = logging.getLogger(__name__)

FOLDER = "files"


@dataclass(frozen=True)
class FileInfo:
    id: int
    household_id: int
    kind: str
    original_name: str
    stored_path: str  # relative to the data folder
    sha256: str
    size: int
    pages: int
    note: str
    added_at: dt.datetime
    added_by: str
    case_id: int | None = None  # filed with this case of the household, else with the household

    def path(self, data_dir: Path) -> Path:
        return Path(data_dir).joinpath(*self.stored_path.split("/"))


def _info(r: HouseholdFile) -> FileInfo:
    return FileInfo(r.id, r.household_id, r.kind, r.original_name, r.stored_path, r.sha256, r.size, r.pages,
                    r.note, r.added_at, r.added_by, r.case_id)


def _audit(r: HouseholdFile) -> dict[str, Any]:
    return {"household_id": r.household_id, "case_id": r.case_id, "kind": r.kind, "original_name": r.original_name,
            "stored_path": r.stored_path, "sha256": r.sha256, "size": r.size, "pages": r.pages, "note": r.note}


def _hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _pdf_pages(source: Path) -> int | None:
    """The pages of a PDF as the file has them (what the 档案材料目录 lists); None for an image or
    for a PDF of more pages than a count can hold (the count given is kept). RuleError for a PDF
    pdfium cannot open or that has no page: a damaged scan, or a file cut short while copying,
    that no viewer would show when the file is looked at."""
    if rules.suffix_of(source.name) != ".pdf":
        return None
    from dibao_desk.printing.raster import PdfPages

    try:
        with PdfPages(source) as doc:
            count = doc.count
    except Exception:  # pdfium's own error for a damaged file, or the file gone  # noqa: BLE001
        log.info("could not open %s as a PDF", source.name, exc_info=True)
        raise RuleError(Problem("household_file.bad_pdf", "path", {"name": source.name})) from None
    if count < 1:
        raise RuleError(Problem("household_file.bad_pdf", "path", {"name": source.name}))
    return count if count <= 999 else None


def list_files(uow: UnitOfWork, household_id: int) -> list[FileInfo]:
    """The household's documents in the order filed; RuleError when there is no such household."""
    with uow:
        if uow.session.get(Household, household_id) is None:
            raise RuleError(Problem("household.missing", "household_id", {"id": household_id}))
        return [_info(r) for r in uow.session.scalars(
            select(HouseholdFile).where(HouseholdFile.household_id == household_id).order_by(HouseholdFile.id))]


def add_file(uow: UnitOfWork, data_dir: Path, household_id: int, source: str | os.PathLike[str], kind: str,
             pages: int = 1, note: str = "", case_id: int | None = None) -> FileInfo:
    """File a copy of ``source`` with the household, or with one of its cases (``case_id``).
    A PDF is recorded with the pages it has (one that cannot be opened is refused); ``pages``
    counts an image. All or nothing; RuleError with the reason."""
    uow.require(Role.CLERK)
    source = Path(source)
    try:
        size = source.stat().st_size
    except OSError:
        raise RuleError(Problem("household_file.unreadable", "path", {"name": source.name})) from None
    problems = rules.check(source.name, size, kind, pages)
    if problems:
        raise RuleError(problems)
    try:
        with open(source, "rb") as f:
            head = f.read(rules.HEAD_BYTES)
    except OSError:
        raise RuleError(Problem("household_file.unreadable", "path", {"name": source.name})) from None
    if not rules.content_fits(source.name, head):
        raise RuleError(Problem("household_file.content", "path", {"name": source.name}))
    pages = _pdf_pages(source) or pages
    try:
        digest = _hash(source)
    except OSError:
        raise RuleError(Problem("household_file.unreadable", "path", {"name": source.name})) from None
    relative = f"{FOLDER}/{household_id}/{digest}{rules.suffix_of(source.name)}"
    target = Path(data_dir).joinpath(*relative.split("/"))
    with uow:
        s = uow.session
        if s.get(Household, household_id) is None:
            raise RuleError(Problem("household.missing", "household_id", {"id": household_id}))
        if case_id is not None:
            case = s.get(Case, case_id)
            if case is None or case.household_id != household_id:
                raise RuleError(Problem("household_file.case", "case_id", {"id": case_id}))
        same = s.scalars(select(HouseholdFile).where(HouseholdFile.household_id == household_id,
                                                     HouseholdFile.sha256 == digest)).first()
        if same is not None:
            kept = Path(data_dir).joinpath(*same.stored_path.split("/"))
            if _intact(kept, digest):
                raise RuleError(Problem("household_file.duplicate", "path",
                                        {"name": source.name, "filed_as": same.original_name}))
            # its copy was deleted or changed behind the program's back (the page could not open
            # it, the backup listed it as missing): the same scan filed again puts the copy back
            # under its record, which keeps its kind, case, pages and who filed it when
            uow.audit("household_file", same.id, "recopy", None, _audit(same))
            _copy(source, kept, digest, uow)
            return _info(same)
        row = HouseholdFile(household_id=household_id, case_id=case_id, kind=kind, original_name=source.name[:255],
                            stored_path=relative, sha256=digest, size=size, pages=pages, note=note,
                            added_by=uow.operator or "")
        s.add(row)
        s.flush()
        uow.audit("household_file", row.id, "add", None, _audit(row))
        _copy(source, target, digest, uow)
        return _info(row)


def _intact(path: Path, digest: str) -> bool:
    """Whether the copy at ``path`` is there with the content ``digest`` names."""
    try:
        return path.is_file() and _hash(path) == digest
    except OSError:
        return False


def _copy(source: Path, target: Path, digest: str, uow: UnitOfWork) -> None:
    """Put a checked copy of ``source`` at ``target`` and commit ``uow``: all or nothing. A copy
    already there with the same content (left by a removal whose delete failed) is kept; one
    changed on disk is replaced. If the copy or the commit fails, nothing is committed and no
    copy made here is left."""
    existed = _intact(target, digest)
    try:
        if not existed:
            target.parent.mkdir(parents=True, exist_ok=True)
            with replacing(target) as tmp:
                shutil.copyfile(source, tmp)
                if _hash(tmp) != digest:
                    raise OSError("the copy differs from the original")
        uow.commit()
    except BaseException as exc:
        if not existed:
            target.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            log.exception("filing %s failed", source)
            raise RuleError(Problem("household_file.copy_failed", "path", {"name": source.name})) from exc
        raise


def remove_file(uow: UnitOfWork, data_dir: Path, file_id: int) -> None:
    """Remove a document: its row (the audit keeps what it was), then its file."""
    uow.require(Role.CLERK)
    with uow:
        s = uow.session
        row = s.get(HouseholdFile, file_id)
        if row is None:
            raise RuleError(Problem("household_file.missing", "id", {"id": file_id}))
        path = Path(data_dir).joinpath(*row.stored_path.split("/"))
        uow.audit("household_file", row.id, "remove", _audit(row), None)
        s.delete(row)
        s.flush()
        shared = s.scalars(select(HouseholdFile.id).where(HouseholdFile.stored_path == row.stored_path)).first()
        uow.commit()
    if shared is None:
        try:
            path.unlink(missing_ok=True)
        except OSError:  # open in a viewer on Windows: the row is gone, the file goes at the next removal
            log.warning("could not delete %s", path, exc_info=True)


def print_list(uow: UnitOfWork, household_id: int, out: str | Path, today: dt.date) -> PrintResult:
    """The household's 档案材料目录 as a PDF at ``out`` (written whole or not at all), dated
    ``today`` (the program's clock): each document with its kind, pages, the case it belongs to
    and when it was filed."""
    from dibao_desk import messages
    from dibao_desk.printing import file_list
    from dibao_desk.services import households, printing

    head = printing.heading(uow)
    detail = households.get(uow, household_id, today)
    with uow:
        cases = {i: (kind, opened) for i, kind, opened in uow.session.execute(
            select(Case.id, Case.kind, Case.opened_on).where(Case.household_id == household_id))}
    files = list_files(uow, household_id)

    def case_words(case_id: int | None) -> str:
        if case_id not in cases:
            return "本户"
        kind, opened = cases[case_id]
        return f"{messages.label('case_kind', kind)}第{case_id}号（{opened:%Y-%m-%d}）"

    rows = [file_list.FileRow(messages.label("file_kind", f.kind), f.original_name, f.pages, case_words(f.case_id),
                              f.added_at.date(), f.added_by) for f in files]
    head_member = next((m for m in detail.draft.members if m.relation == "head"), detail.draft.members[0])
    doc = file_list.document(head.title, head.signer, str(household_id), detail.village, head_member.name,
                             rows, today)
    path, info = printing.write_atomically(out, lambda tmp: file_list.render(tmp, doc), uow)
    return printing.PrintResult(path, doc.title, info.pages, 1, missing_chars=tuple(info.missing),
                                texts_with_missing=tuple(info.texts_with_missing))
