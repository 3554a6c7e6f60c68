"""Where printed documents go: the office's documents folder (where a form was last saved,
else 文档/低保经办) and fresh files for previews that are not saved. Used by the print actions
and the print and preview dialogs alike, so none of those imports another for it."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

FORMS_FOLDER = "printing/forms_folder"  # the folder the last form was saved in


def preview_path(name: str) -> Path:
    """A fresh file in the program's temporary folder (for a preview not saved)."""
    folder = Path(tempfile.gettempdir()) / "dibao-desk-print"
    folder.mkdir(parents=True, exist_ok=True)
    stem, suffix = os.path.splitext(name)
    stamp = dt.datetime.now().strftime("%H%M%S%f")
    return folder / f"{stem}-{stamp}{suffix or '.pdf'}"


def saved_name(path: Path) -> str:
    """The name to save a document under: a preview's file without the time :func:`preview_path`
    added to keep it apart (一榜公示-20261201-061755123456.pdf -> 一榜公示-20261201.pdf)."""
    if Path(tempfile.gettempdir()) / "dibao-desk-print" == path.parent:
        return re.sub(r"-\d{12}(?=\.[^.]*$|$)", "", path.name)
    return path.name


def documents_folder() -> Path:
    """The office's documents folder: where forms were last saved, else 文档/低保经办."""
    last = str(QSettings().value(FORMS_FOLDER, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    folder = Path(docs) / "低保经办"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path(docs)
    return folder
