"""Saving an openpyxl workbook so that a failed save leaves nothing behind to complain.

openpyxl's ``Workbook.save`` opens a ZipFile and, when writing fails (a full disk), leaves
it open: later the garbage collector closes it, the close writes the ZIP's directory to the
same full disk and Python prints "Exception ignored in ZipFile.__del__" under the program's
own message; so do the write-only sheets' row writers. Here both are let go of at once
without writing more (the file is a temporary one that ``atomic.replacing`` removes)."""

from __future__ import annotations

import datetime as dt
import os
from zipfile import ZIP_DEFLATED, ZipFile


def save_workbook(wb, path: str | os.PathLike) -> None:
    """``wb.save(path)``; on failure the archive and its file are closed quietly and the
    original error is raised."""
    from openpyxl.writer.excel import ExcelWriter  # not loaded by writers that only use ``discard``

    if wb.write_only and not wb.worksheets:
        wb.create_sheet()
    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        wb.properties.modified = dt.datetime.now(tz=dt.timezone.utc).replace(tzinfo=None)
        ExcelWriter(wb, archive).save()
    except BaseException:
        abandon(wb)
        discard(archive)
        raise


def abandon(wb) -> None:
    """Close the half-written sheets of a write-only workbook so nothing writes to them later
    (their generators would otherwise complain when collected)."""
    for ws in getattr(wb, "_sheets", []) if wb is not None else []:
        rows = getattr(ws, "_rows", None)
        if rows is not None:
            try:
                rows.close()
            except Exception:  # noqa: BLE001 - the original error is the one to report
                pass


def discard(archive: ZipFile) -> None:
    """Close the archive's file without writing its directory (which would fail again)."""
    fp, archive.fp = archive.fp, None  # ZipFile.close and __del__ do nothing without a file
    archive._didModify = False  # type: ignore[attr-defined]  # ZipFile's private flag, read by close(); not in typeshed
    if fp is not None:
        try:
            fp.close()
        except OSError:
            pass  # the buffered bytes could not be written either: the file is abandoned
