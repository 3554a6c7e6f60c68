"""Exchange packages, reading: ``read_package`` checks the file, the manifest, the headers, the
row counts and the checksum, and returns the rows (converted to values on first use)."""

from __future__ import annotations

import logging
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, KeysView

from dibao_desk.domain.problems import Problem
from dibao_desk.exchange.bulk import gc_paused
from dibao_desk.exchange.package_cells import _Digest, _read_line, _typed_rows, canonical, restore
from dibao_desk.exchange.package_format import (
    FORMAT, KINDS, MANIFEST_SHA256, MANIFEST_SHEET, SCHEMA_VERSION, TEXT, Manifest, PackageError, SheetSpec,
    manifest_sha256,
)

log = logging.getLogger(__name__)


def _unreadable(path: Path, exc: BaseException) -> Problem:
    """What a person reads when python-calamine cannot open or parse the package: an open
    password said as such, anything else as a damaged file. The reader's own (English) words go
    to the log only."""
    if type(exc).__name__ == "PasswordError" or _ole_encrypted(path):
        return Problem("file.encrypted", "file", {"name": path.name})
    log.warning("package %s unreadable: %s", path, exc)
    return Problem("package.unreadable", "", {"name": path.name, "detail": str(exc)[:200]})


def _ole_encrypted(path: Path) -> bool:
    """``safety.ole_encrypted``, or False when the roster importer's checks are not installed."""
    try:
        from dibao_desk.exchange import safety
    except ModuleNotFoundError:
        return False
    return safety.ole_encrypted(path)


class _Records(dict[str, list[dict[str, Any]]]):
    """Sheet name -> rows as dicts keyed by column key, converted when first asked for."""

    def __init__(self, raw: dict[str, tuple[list[str], list[str], list[list[Any]]]]) -> None:
        super().__init__()
        self._raw = raw

    def __missing__(self, name: str) -> list[dict[str, Any]]:
        keys, types, body = self._raw[name]
        rows = _typed_rows(keys, types, body)
        self[name] = rows
        return rows

    def get(self, name: str, default: Any = None) -> Any:
        return self[name] if name in self._raw else default

    def __contains__(self, name: object) -> bool:
        return name in self._raw

    def keys(self) -> KeysView[str]:  # type: ignore[override]
        return self._raw.keys()

    def raw(self, name: str) -> list[list[Any]]:
        """The data rows as read (text still neutralised, numbers as floats): for fast readers."""
        return self._raw[name][2] if name in self._raw else []


@dataclass
class Package:
    """A package read and checked: the manifest and each data sheet as dicts keyed by column key
    (``sheets[name]``, converted on first use)."""

    path: Path
    manifest: Manifest
    sheets: _Records


# ---- reading -----------------------------------------------------------------------------

def _safety_problems(path: Path) -> list[Problem]:
    try:
        from dibao_desk.exchange import safety
    except ModuleNotFoundError as exc:  # the roster importer's checks are not installed
        if exc.name != "dibao_desk.exchange.safety":
            raise
        return _basic_checks(path)
    return [p for p in safety.check_workbook(path) if p.severity == "error"]


def _basic_checks(path: Path) -> list[Problem]:
    import zipfile

    if not path.exists():
        return [Problem("package.missing", "", {"path": str(path)})]
    if not zipfile.is_zipfile(path):
        return [Problem("package.not_xlsx", "", {"path": str(path)})]
    return []


def read_package(path: Path, *, expect_kinds: Iterable[str] | None = None,
                 specs: dict[str, SheetSpec] | Callable[[str], dict[str, SheetSpec]] | None = None,
                 trusted: bool = False) -> Package:
    """Read and check a package. Raises PackageError with the reasons it cannot be used.

    ``specs`` (sheet name -> spec, or a function of the package kind giving them) gives the
    expected headers; sheets not in it are read with their own header row as keys.
    ``trusted`` skips the checks for hostile files (only for a file this program just wrote).
    """
    with gc_paused():
        return _read_package(Path(path), expect_kinds, specs, trusted)


def _read_package(path: Path, expect_kinds: Iterable[str] | None,
                  specs: dict[str, SheetSpec] | Callable[[str], dict[str, SheetSpec]] | None,
                  trusted: bool) -> Package:
    from python_calamine import CalamineWorkbook

    problems = [] if trusted else _safety_problems(path)
    if problems:
        raise PackageError(problems)
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for broken files
        raise PackageError(_unreadable(path, exc)) from exc
    try:
        names = list(wb.sheet_names)
        if MANIFEST_SHEET not in names:
            raise PackageError(Problem("package.no_manifest", "", {"sheet": MANIFEST_SHEET}))
        raw = _sheet_rows(wb, MANIFEST_SHEET)
        manifest = _parse_manifest(raw)
        stated = manifest.extra.get(MANIFEST_SHA256)
        if stated is not None and stated.strip().lower() != manifest_sha256(manifest):
            raise PackageError(Problem("package.manifest_checksum", MANIFEST_SHA256, {"sheet": MANIFEST_SHEET}))
        if expect_kinds is not None and manifest.kind not in set(expect_kinds):
            raise PackageError(Problem("package.kind", "kind", {"kind": manifest.kind}))
        if callable(specs):
            specs = specs(manifest.kind)
        digest = _Digest()
        data: dict[str, tuple[list[str], list[str], list[list[Any]]]] = {}
        for name in manifest.sheets:
            if name not in names:
                raise PackageError(Problem("package.sheet_missing", "", {"sheet": name}))
        # python-calamine parses a sheet without holding the GIL, but one workbook object
        # parses one sheet at a time: each data sheet gets its own reader (opening one only
        # reads the zip directory), so on two cores the sheets are parsed side by side while
        # the first one done is hashed and checked.
        workers = max(1, min(2, len(manifest.sheets), os.cpu_count() or 1))
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="package-read")
        pending = [pool.submit(_own_sheet_rows, path, name) for name in manifest.sheets]
        try:
            checked = _check_sheets(manifest, pending, specs, digest, data, path)
        finally:
            for f in pending:
                f.cancel()
            pool.shutdown(wait=True)
        if digest.hexdigest() != manifest.sha256.lower():
            raise PackageError(Problem("package.checksum", "sha256", {}))
        return Package(path, manifest, _Records(checked))
    finally:
        try:
            wb.close()
        except Exception:  # noqa: BLE001 - closing a reader must not hide the real outcome
            pass


def _check_sheets(manifest: Manifest, pending: list[Future[list[list[Any]]]], specs: dict[str, SheetSpec] | None,
                  digest: "_Digest", data: dict[str, tuple[list[str], list[str], list[list[Any]]]],
                  manifest_path: Path = Path(""),
                  ) -> dict[str, tuple[list[str], list[str], list[list[Any]]]]:
    for name, future in zip(manifest.sheets, pending):
        try:
            rows = future.result()
        except Exception as exc:  # calamine's own errors for a broken sheet
            raise PackageError(_unreadable(manifest_path, exc)) from exc
        while rows and all(v == "" or v is None for v in rows[-1]):
            rows.pop()
        if not rows:
            raise PackageError(Problem("package.sheet_empty", "", {"sheet": name}))
        header = [canonical(v) for v in rows[0]]
        while header and header[-1] == "":
            header.pop()
        width = len(header)
        spec = (specs or {}).get(name)
        if spec is not None and not _headers_fit(header, spec):
            raise PackageError(Problem("package.columns", "", {
                "sheet": name, "expected": "、".join(spec.headers), "found": "、".join(header)}))
        digest.line(f"[{name}]\n")
        for values in rows:
            digest.line(_read_line(values, width))
        body = rows[1:]
        if len(body) != manifest.rows.get(name, -1):
            raise PackageError(Problem("package.row_count", "", {
                "sheet": name, "expected": manifest.rows.get(name, 0), "found": len(body)}))
        keys = [c.key for c in spec.columns][:width] if spec is not None else header
        types = [c.type for c in spec.columns][:width] if spec is not None else [TEXT] * width
        data[name] = (keys, types, body)
    return data


def _headers_fit(header: list[str], spec: SheetSpec) -> bool:
    """The header is the spec's, or the spec's without some of its trailing optional columns
    (a package from a program that did not write them yet)."""
    expected = spec.headers
    if header == expected:
        return True
    n = len(header)
    return n < len(expected) and header == expected[:n] and all(c.optional for c in spec.columns[n:])


def _sheet_rows(wb: Any, name: str) -> list[list[Any]]:
    return wb.get_sheet_by_name(name).to_python(skip_empty_area=False)


def _own_sheet_rows(path: Path, name: str) -> list[list[Any]]:
    """One sheet read through a workbook reader of its own (so sheets can be parsed at once)."""
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    try:
        return _sheet_rows(wb, name)
    finally:
        try:
            wb.close()
        except Exception:  # noqa: BLE001 - closing a reader must not hide the real outcome
            pass


def _parse_manifest(raw: list[list[Any]]) -> Manifest:
    values: dict[str, str] = {}
    for row in raw[1:]:
        if not row or row[0] in ("", None):
            continue
        key = str(row[0]).strip()
        value = row[1] if len(row) > 1 else ""
        values[key] = restore(canonical(value)) if not isinstance(value, str) else restore(value)
    if values.get("format") != FORMAT:
        raise PackageError(Problem("package.not_package", "format", {}))
    try:
        version = int(values.get("schema_version", ""))
    except ValueError:
        raise PackageError(Problem("package.manifest", "schema_version", {"field": "schema_version"}))
    if version > SCHEMA_VERSION:
        raise PackageError(Problem("package.newer_schema", "schema_version",
                                   {"version": version, "supported": SCHEMA_VERSION}))
    if version < 1:
        raise PackageError(Problem("package.manifest", "schema_version", {"field": "schema_version"}))
    required = ("kind", "direction", "township_code", "sequence", "sheets", "sha256")
    for key in required:
        if not values.get(key, "").strip():
            raise PackageError(Problem("package.manifest", key, {"field": key}))
    kind = values["kind"].strip()
    if kind not in KINDS:
        raise PackageError(Problem("package.kind", "kind", {"kind": kind}))
    try:
        sequence = int(values["sequence"])
    except ValueError:
        raise PackageError(Problem("package.manifest", "sequence", {"field": "sequence"}))
    if sequence < 1:
        raise PackageError(Problem("package.manifest", "sequence", {"field": "sequence"}))
    sheets = tuple(s.strip() for s in values["sheets"].split(",") if s.strip())
    rows: dict[str, int] = {}
    for name in sheets:
        try:
            rows[name] = int(values.get(f"rows.{name}", ""))
        except ValueError:
            raise PackageError(Problem("package.manifest_rows", f"rows.{name}", {"sheet": name}))
    known = {"format", "schema_version", "kind", "direction", "township_code", "township_name",
             "county_name", "sequence", "period", "created_at", "program", "sheets", "sha256"}
    extra = {k: v for k, v in values.items() if k not in known and not k.startswith("rows.")}
    return Manifest(
        kind=kind, direction=values["direction"].strip(), township_code=values["township_code"].strip(),
        township_name=values.get("township_name", "").strip(), county_name=values.get("county_name", "").strip(),
        sequence=sequence, period=values.get("period", "").strip(), created_at=values.get("created_at", ""),
        program=values.get("program", ""), schema_version=version, sheets=sheets, rows=rows,
        sha256=values["sha256"].strip(), extra=extra)
