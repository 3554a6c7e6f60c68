"""The window's language: Qt's own words (OK/Cancel, Discard, file and print dialogs) and the
program's.

The program's strings are written in Simplified Chinese, so Chinese needs no translation of
them; it needs Qt's own ``qtbase_zh_CN.qm`` (shipped with PySide6) so that Qt's buttons and
dialogs speak Chinese too, and ``qt_supplement_zh_CN.qm`` for the few words of Qt's dialogs
that file leaves in English. Other languages load ``dibao_desk_<lang>.qm``. The program's
.qm files are compiled from ``resources/translations/*.ts`` at build time
(``python3 make.py translations``).

The choice is kept in QSettings under ``ui/language`` and takes effect at the next start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from dibao_desk.resources import TRANSLATIONS_DIR

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
SETTINGS_KEY = "ui/language"
# Each language is named in itself, so a person who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}
_LOCALES = {"zh_CN": (QLocale.Language.Chinese, QLocale.Country.China),
            "en": (QLocale.Language.English, QLocale.Country.UnitedStates)}


class TranslationMissing(RuntimeError):
    """A translation file the chosen language needs is not where the program looks for it."""


@dataclass(frozen=True)
class Installed:
    language: str
    files: tuple[Path, ...]


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own .qm files may be: Qt's configured folder, then PySide6's own (a frozen
    build may not carry a qt.conf pointing at it; Windows wheels have no Qt/ level)."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        dirs += [package / "Qt" / "translations", package / "translations"]
    except (ImportError, TypeError):  # pragma: no cover - PySide6 is imported above
        pass
    return dirs


def qt_translation_file(language: str) -> Path | None:
    for folder in qt_translations_dirs():
        candidate = folder / f"qtbase_{language}.qm"
        if candidate.is_file():
            return candidate
    return None


def program_translation_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"dibao_desk_{language}.qm"


def supplement_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"qt_supplement_{language}.qm"


def available_languages() -> list[str]:
    """Chinese always; another language when its compiled translation is present."""
    return [lang for lang in LANGUAGE_NAMES
            if lang == DEFAULT_LANGUAGE or program_translation_file(lang).is_file()]


def saved_language() -> str:
    value = QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGE_NAMES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    if language not in LANGUAGE_NAMES:
        raise ValueError(language)
    QSettings().setValue(SETTINGS_KEY, language)


def _load(app: QCoreApplication, path: Path) -> QTranslator:
    translator = QTranslator(app)
    if not translator.load(str(path)):
        raise TranslationMissing(str(path))
    app.installTranslator(translator)
    return translator


def uninstall(app: QCoreApplication) -> None:
    for old in getattr(app, "_dibao_translators", []):
        app.removeTranslator(old)
    app._dibao_translators = []  # type: ignore[attr-defined]


def install(app: QCoreApplication, language: str | None = None, *, strict: bool = False) -> Installed:
    """Install the translators for ``language`` (default: the saved choice), replacing any
    installed before. A missing file is logged and the language falls back to Chinese, or
    raises ``TranslationMissing`` when ``strict`` (the frozen build's self-check)."""
    language = language or saved_language()
    uninstall(app)
    translators: list[QTranslator] = []
    files: list[Path] = []
    try:
        if language != DEFAULT_LANGUAGE:
            path = program_translation_file(language)
            translators.append(_load(app, path))
            files.append(path)
        qt_file = qt_translation_file(language)
        if qt_file is not None:
            translators.append(_load(app, qt_file))
            files.append(qt_file)
        elif language == DEFAULT_LANGUAGE:
            raise TranslationMissing(f"qtbase_{language}.qm in {', '.join(map(str, qt_translations_dirs()))}")
        supplement = supplement_file(language)
        if supplement.is_file() or (strict and language == DEFAULT_LANGUAGE):
            translators.append(_load(app, supplement))
            files.append(supplement)
    except TranslationMissing:
        for t in translators:
            app.removeTranslator(t)
        if strict:
            raise
        log.warning("translation for %s missing; the window shows untranslated words", language, exc_info=True)
        if language != DEFAULT_LANGUAGE:
            return install(app, DEFAULT_LANGUAGE)
        return Installed(language, ())
    app._dibao_translators = translators  # type: ignore[attr-defined]
    QLocale.setDefault(QLocale(*_LOCALES[language]))
    return Installed(language, tuple(files))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name: lupdate looks for it)
    """Qt's marker of a word translated where it is shown, typed: PySide6's stub returns object."""
    return text
