"""Packages lying in the office's import folders that were not imported yet (今日待办).

Nothing records a package before it arrives, so the start page looks at the folders the
operator imports from: the folder the import dialog last used and, on Windows, the root of each
removable drive. Looking must be cheap and must never fail on a file that is not a package:
only ``*.xlsx`` files directly in each folder are considered, at most ``MAX_FILES`` of them,
files over ``MAX_BYTES`` (or whose zip entries unpack to more than ``MAX_UNPACKED``) are skipped,
and of each candidate only the manifest sheet (``包信息``) is read. A file that cannot be read,
is not a package, is not addressed to this office (at the county: comes from another county, or
carries only a county's code where a township's belongs), or whose identity (counterpart, kind,
sequence number) is already recorded as received is left out. The checksum is not verified
here: the import dialog does that when the operator opens the package. A package beside which
the sender's export left the older file it set aside (``atomic.older_aside``: the export was
cut short, the package may never have been recorded as sent) is listed with that file's name, so
the start page says so before the operator opens it, as the import's preview does.
"""

from __future__ import annotations

import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from sqlalchemy import func, select

from dibao_desk.atomic import is_leftover, older_aside
from dibao_desk.exchange import package as pkg
from dibao_desk.models import Office, PackageReceived
from dibao_desk.services.uow import UnitOfWork

log = logging.getLogger(__name__)

MAX_FILES = 200  # candidate files looked at over all folders
MAX_BYTES = 20 * 2**20  # a county package for one township is far smaller
MAX_UNPACKED = 200 * 2**20  # what the zip entries claim to unpack to (a zip bomb is skipped)


@dataclass(frozen=True)
class FoundPackage:
    path: Path
    kind: str
    direction: str
    township_code: str
    township_name: str
    county_name: str
    sequence: int
    period: str
    sha256: str
    older_aside: tuple[str, ...] = ()  # names of older files an export cut short left beside it


def read_manifest(path: Path) -> pkg.Manifest | None:
    """The manifest of ``path`` if it is a package (reading only that sheet), else None.

    Never raises for a bad file: anything that cannot be read as a package is not one."""
    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size > MAX_BYTES or not zipfile.is_zipfile(path):
            return None
        with zipfile.ZipFile(path) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNPACKED:
                return None
            if "xl/workbook.xml" not in z.namelist():
                return None
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(str(path))
        try:
            if pkg.MANIFEST_SHEET not in list(wb.sheet_names):
                return None
            return pkg._parse_manifest(pkg._sheet_rows(wb, pkg.MANIFEST_SHEET))
        finally:
            try:
                wb.close()
            except Exception:  # noqa: BLE001 - closing a reader must not hide the outcome
                pass
    except pkg.PackageError:
        return None
    except Exception:  # noqa: BLE001 - a broken or foreign file is simply not a package
        log.debug("not a package: %s", path, exc_info=True)
        return None


def candidates(folders: Iterable[str | Path], max_files: int = MAX_FILES) -> list[Path]:
    """``*.xlsx`` files directly in each folder, at most ``max_files``: no lock files ``~$…``
    and no temporary files ``.~…`` that a write cut short left (``atomic.is_leftover``)."""
    out: list[Path] = []
    seen: set[str] = set()
    for folder in folders:
        if not folder:
            continue
        try:
            base = Path(folder)
            if not base.is_dir():
                continue
            entries = sorted(base.iterdir(), key=lambda p: p.name)
        except OSError:  # a drive pulled out, a folder not readable
            continue
        for p in entries:
            if len(out) >= max_files:
                return out
            if p.suffix.lower() != ".xlsx" or p.name.startswith("~$") or is_leftover(p):
                continue
            try:
                key = str(p.resolve()).lower()
            except OSError:
                continue
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out


def scan(folders: Iterable[str | Path], max_files: int = MAX_FILES) -> list[tuple[Path, pkg.Manifest]]:
    """Every package found in ``folders`` with its manifest (no store needed)."""
    found = []
    for path in candidates(folders, max_files):
        m = read_manifest(path)
        if m is not None:
            found.append((path, m))
    return found


def _county_code(admin_code: str) -> str:
    return admin_code[:6] + "000000"


def waiting(uow: UnitOfWork, folders: Iterable[str | Path], max_files: int = MAX_FILES) -> list[FoundPackage]:
    """Packages in ``folders`` addressed to this office and not received yet, in the order they
    must be imported (kind, then sequence number). The same package twice (copied to two
    folders) is listed once. Reads only: nothing is written."""
    found = scan(folders, max_files)
    if not found:
        return []
    with uow:
        office = uow.session.scalars(select(Office).limit(1)).first()
        if office is None:
            return []
        county = office.mode == "county"
        kinds, direction = (pkg.UP_KINDS, "up") if county else (pkg.DOWN_KINDS, "down")
        last_of: dict[tuple[str, str], int] = {}
        out: dict[tuple[str, str, int], FoundPackage] = {}
        for path, m in found:
            if m.kind not in kinds or m.direction != direction:
                continue
            if county:
                if m.township_code[:6] != office.admin_code[:6]:
                    continue
                if m.township_code[6:9] == "000":
                    continue  # a county's own code, not a township's: the import refuses it (package.not_township)
                counterpart = m.township_code
            else:
                if m.township_code != office.admin_code:
                    continue
                counterpart = _county_code(office.admin_code)
            ident = (counterpart, m.kind)
            if ident not in last_of:
                last_of[ident] = uow.session.scalar(select(func.max(PackageReceived.sequence)).where(
                    PackageReceived.counterpart == counterpart, PackageReceived.kind == m.kind)) or 0
            if m.sequence <= last_of[ident]:
                continue  # received already (this package, or another with its number)
            out.setdefault((counterpart, m.kind, m.sequence), FoundPackage(
                path, m.kind, m.direction, m.township_code, m.township_name, m.county_name, m.sequence,
                m.period, m.sha256.lower(), _older_aside_of(path)))
    return [out[k] for k in sorted(out)]


def _older_aside_of(path: Path) -> tuple[str, ...]:
    """The older files the sender's export of ``path`` set aside and left beside it."""
    return tuple(aside.name for aside, stem in older_aside(path.parent) if stem == path.stem)
