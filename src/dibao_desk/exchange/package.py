"""Exchange packages: .xlsx workbooks carried on a USB stick between a township and its county.

A package is a workbook whose data sheets come first and whose last sheet, ``包信息``, is the
manifest: what the package is, who sent it to whom, its sequence number and a SHA-256 of the
data sheets. ``docs/exchange.md`` describes the format for other programs; this module is its
reference implementation:

* ``write_package`` writes a package atomically (temporary file in the target folder, fsync,
  read back and checked, rename) and returns its manifest;
* ``read_package`` checks the file (``exchange.safety``), reads it with python-calamine,
  checks the manifest, the column headers, the row counts and the checksum, and returns the
  rows with neutralised text restored.

Checksum: SHA-256 (lower-case hex) of the UTF-8 bytes of the *canonical text* of the data
sheets, in the order the manifest lists them. For each sheet: a line ``[sheet name]``, then the
header row and every data row, cells joined by TAB, each line ending in LF. A cell's canonical
text: empty -> ""; text -> as stored in the file (after neutralisation) with ``\\`` TAB CR LF
escaped as ``\\\\ \\t \\r \\n``; a number -> decimal digits, with exactly two decimals if it has
a fraction (rounded to the cent), otherwise none (``12`` and ``12.0`` both give ``12``, ``12.5``
gives ``12.50``). Each row has exactly as many cells as its header; empty rows at the end of a
sheet are not part of it. The result depends only on cell values, not on the zip bytes.

Neutralisation: a text cell that would start with ``= + - @`` TAB or CR (possibly after
apostrophes) is written with one more leading apostrophe (U+0027); a reader removes one leading
apostrophe from any text matching ``'+[=+\\-@\\t\\r]``. So no spreadsheet program ever runs a
cell as a formula, and every text comes back as it was.

This module is the front: callers import from here. The work is done in ``package_format``
(kinds, column types, sheet specs, the manifest, ``PackageError``), ``package_cells``
(neutralisation, canonical text, stored and read values), ``package_write`` (``write_package``
and the sheet's look) and ``package_read`` (``read_package`` and the manifest's checks).
"""

from __future__ import annotations

from dibao_desk.domain.periods import parse_period
from dibao_desk.exchange.bulk import gc_paused
from dibao_desk.exchange.package_cells import (
    _stored, canonical, canonical_line, neutralise, read_code, read_text, restore, to_fen, to_int,
)
from dibao_desk.exchange.package_format import (
    DATE, DOWN_KINDS, FORMAT, ID, INT, KINDS, MANIFEST_SHEET, MONEY, PROGRAM, SCHEMA_VERSION, TEXT, UP_KINDS,
    Column, Manifest, PackageError, SheetData, SheetSpec, period_months,
)
from dibao_desk.exchange.package_read import Package, _parse_manifest, _sheet_rows, read_package
from dibao_desk.exchange.package_write import (
    LONG_TEXT_HEADERS, ROW_HEIGHT, WriteResult, column_widths, is_long, sheets_sha256, write_package,
)

__all__ = [
    "DATE", "DOWN_KINDS", "FORMAT", "ID", "INT", "KINDS", "LONG_TEXT_HEADERS", "MANIFEST_SHEET", "MONEY", "PROGRAM",
    "ROW_HEIGHT", "SCHEMA_VERSION", "TEXT", "UP_KINDS",
    "Column", "Manifest", "Package", "PackageError", "SheetData", "SheetSpec", "WriteResult",
    "canonical", "canonical_line", "column_widths", "gc_paused", "is_long", "neutralise", "parse_period",
    "period_months", "read_code", "read_package", "read_text", "restore", "sheets_sha256", "to_fen", "to_int",
    "write_package",
    # read by services/package_inbox.py (a manifest without the whole package) and bench/exchange.py
    "_parse_manifest", "_sheet_rows", "_stored",
]
