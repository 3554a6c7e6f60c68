"""Translation sources and compiled translations.

    python installer/translations.py update    # pyside6-lupdate -> resources/translations/*.ts
    python installer/translations.py release   # pyside6-lrelease -> src/dibao_desk/resources/translations/*.qm

``update`` collects every string the window wraps for translation (``self.tr``,
``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``) in ``src/dibao_desk/ui`` and the
core's words in ``dibao_desk.messages`` (problem sentences, labels, row prefixes), which the
window translates at run time in the contexts "messages" and "labels". Existing translations
are kept; strings no longer in the program are dropped. ``release`` compiles every .ts (run by
``make.py bundle`` and ``make.py run``; the .qm files are build output, not in git).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = SRC / "dibao_desk" / "resources" / "translations"
LANGUAGES = ("en",)  # the program's own strings are Simplified Chinese


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside the running Python (a venv's bin or Scripts)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Scripts" / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def ui_sources() -> list[Path]:
    return sorted((SRC / "dibao_desk" / "ui").rglob("*.py"))


def core_words_source() -> str:
    """A Python file of QT_TRANSLATE_NOOP calls for the core's words, for lupdate to read."""
    sys.path.insert(0, str(SRC))
    try:
        from dibao_desk import messages
    finally:
        sys.path.pop(0)
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    seen: set[tuple[str, str]] = set()

    def add(context: str, text: str) -> None:
        if text and (context, text) not in seen:
            seen.add((context, text))
            lines.append(f"QT_TRANSLATE_NOOP({context!r}, {text!r})")

    for template in messages.TEMPLATES.values():
        add("messages", template)
    for prefix in messages.ROW_PREFIX.values():
        add("messages", prefix)
    for words in messages.LABELS.values():
        for word in words.values():
            add("labels", word)
    return "\n".join(lines) + "\n"


def update(ts_dir: Path = TS_DIR, languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    ts_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        core = Path(tmp) / "core_words.py"
        core.write_text(core_words_source(), encoding="utf-8")
        written = []
        for lang in languages:
            ts = ts_dir / f"dibao_desk_{lang}.ts"
            subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
                            "-source-language", "zh_CN", "-target-language", lang,
                            *map(str, ui_sources()), str(core), "-ts", str(ts)],
                           check=True, stdout=subprocess.DEVNULL)
            written.append(ts)
    return written


def release(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> list[Path]:
    qm_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = qm_dir / ts.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "release"):
        print(__doc__)
        return 2
    done = update() if argv[0] == "update" else release()
    for path in done:
        print(os.path.relpath(path, ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
