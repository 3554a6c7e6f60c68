"""The window's words: every one is translatable, none is English on the Chinese screens, Qt's
own buttons speak Chinese, and 设置 switches the language for the next start.

"Translatable" is checked with a pseudo-translation: the strings pyside6-lupdate finds in the
sources get the translation ``⟪source⟫``; with it installed, a Chinese character shown outside
``⟪…⟫`` (and not data from the store) is a word the English translation could never reach.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from dibao_desk.models.store import DB_NAME
from dibao_desk.services import demo
from dibao_desk.services.context import open_context
from dibao_desk.ui import i18n
from dibao_desk.ui.main_window import MainWindow
from tests.ui.screens import tour

ROOT = Path(__file__).resolve().parents[2]
HOW_TO_FIX = """
How to fix a string listed above (pyside6-lupdate only finds a literal string in self.tr("…"),
QCoreApplication.translate("Context", "…") or QT_TRANSLATE_NOOP("Context", "…"), and files it
under that context; the running window looks it up under the class of the object whose tr() is
called, or the context named in translate()):
- in a QObject subclass (dialog, view, model): self.tr("原文") with a literal;
- in ui/actions (functions that get `window`): QCoreApplication.translate("MainWindow", "原文")
  — not window.tr("原文"), which lupdate files under the context "window";
- a helper function that gets a widget: QCoreApplication.translate("<ClassName>", "原文"),
  not widget.tr("原文") (context "widget") and not tr = self.tr; tr("原文") (context "");
- words in a module-level list, a class attribute or a base class (column headers, step
  labels): QT_TRANSLATE_NOOP("<Context>", "原文") where declared, and
  QCoreApplication.translate("<Context>", word) where shown;
- a sentence with values: self.tr("已导出 {0} 户到 {1}").format(n, path) — never self.tr(f"…")
  or self.tr(text_already_formatted);
- words from the core (dibao_desk.messages: problems, labels): ui.texts.problem_text / label;
- a value from the store (a name, a village) is data, not a word: it is not listed here.
Then run `python3 make.py translations` and add the English in resources/translations/dibao_desk_en.ts.
A new dialog reached only from a button inside another dialog is not walked: add it to
tests/ui/screens.py (tour). See docs/installer.md, Languages."""
IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]")
MARKED = re.compile(r"⟪[^⟪⟫]*⟫")
ENGLISH = re.compile(r"[A-Za-z]{2,}")
# Names of formats and devices an office knows by these letters, the pinyin example "zs", and
# the bundled font's name and licence (a proper name, as printed in 关于).
ALLOWED_LATIN = {"Excel", "PDF", "pdf", "xlsx", "xls", "USB", "SHA", "ID", "zs", "WPS", "JPG", "PNG", "MB",
                 "WenQuanYi", "Micro", "Hei", "Apache", "License"}
# Not words: file paths and file patterns, key names (Ctrl+S), the program's name dibao-desk.
NOT_WORDS = re.compile(r"(?:[A-Za-z]:)?[\\/][^\s：，。）)]*|\(\*\.[\w*. ]+\)|\b(?:Ctrl|Shift|Alt)\+\w+|dibao-desk")


def translations_tool():
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "installer" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    """Fresh .ts from the sources (pyside6-lupdate), the pseudo-translation and the English
    translation compiled (pyside6-lrelease)."""
    tool = translations_tool()
    folder = tmp_path_factory.mktemp("translations")
    [ts] = tool.update(folder, ("en",))
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        translation.text = f"⟪{message.findtext('source')}⟫"
    pseudo_dir = folder / "pseudo"
    pseudo_dir.mkdir()
    tree.write(pseudo_dir / "dibao_desk_pseudo.ts", encoding="utf-8", xml_declaration=True)
    [pseudo_qm] = tool.release(pseudo_dir, pseudo_dir)
    qm_dir = folder / "qm"
    tool.release(tool.TS_DIR, qm_dir)  # the English translation as shipped
    return {"pseudo": pseudo_qm, "qm_dir": qm_dir, "ts": ts}


@pytest.fixture
def settings_file(tmp_path):
    """QSettings in a file of this test's own."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@pytest.fixture
def demo_ctx(tmp_path):
    context = open_context(tmp_path / "demo")
    demo.generate(context.uow(), households=40, seed=3)
    yield context
    context.close()


@pytest.fixture
def restore_locale(qapp):
    """The default locale as it was, and no translation left installed by an earlier test (a
    test that starts the program through ui.app.make_app installs the Chinese ones)."""
    before = QLocale()
    i18n.uninstall(qapp)
    yield
    i18n.uninstall(qapp)
    QLocale.setDefault(before)


def data_strings(ctx) -> list[str]:
    """Every text the store holds with Chinese in it (names, villages, notes): data, not words
    of the program, longest first."""
    found: set[str] = set()
    with sqlite3.connect(ctx.data_dir / DB_NAME) as db:
        tables = [r[0] for r in db.execute("select name from sqlite_master where type='table'")]
        for table in tables:
            for row in db.execute(f'select * from "{table}"'):
                found.update(v for v in row if isinstance(v, str) and len(v) >= 2 and IDEOGRAPH.search(v))
    return sorted(found, key=len, reverse=True)


def without(text: str, data: list[str]) -> str:
    while True:
        shorter = MARKED.sub(" ", text)
        if shorter == text:
            break
        text = shorter
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    return text


def open_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def report(bad) -> str:
    """One line a finding: where it was seen, the text, and the ui/ files that hold it."""
    return "\n".join(f"{where}: {text!r}  (in: {where_in_sources(text)})" for where, text in sorted(bad))


def known_contexts() -> set[str]:
    """The contexts the running window looks words up in: the classes of ui/ (``self.tr``) and
    the contexts named literally in QCoreApplication.translate / QT_TRANSLATE_NOOP calls."""
    names = {"messages", "labels"}
    for path in (ROOT / "src" / "dibao_desk" / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
                  and isinstance(node.args[0].value, str) and len(node.args) >= 2
                  and (getattr(node.func, "attr", None) == "translate"
                       or getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP")):
                names.add(node.args[0].value)
    return names


def where_in_sources(text: str) -> str:
    """The files of ui/ that hold ``text`` (first line of it), to point a developer at them."""
    pieces = [p for p in re.split(r"[\s⟪⟫]+", text) if IDEOGRAPH.search(p)] or [text]
    found = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "src" / "dibao_desk" / "ui").rglob("*.py"))
             if any(piece in p.read_text(encoding="utf-8") for piece in pieces[:3])]
    return ", ".join(found[:4]) or "not found literally: a formatted or composed text"


def test_every_wrapped_string_has_the_context_it_is_looked_up_in(compiled):
    """lupdate files ``tr = self.tr; tr("…")`` under the empty context and ``widget.tr("…")``
    under a context named "widget"; the running window looks the words up under the class of
    the object (``self.tr``) or the context named in ``QCoreApplication.translate``, so a
    translation filed elsewhere is never found."""
    tree = ET.parse(compiled["ts"])
    known = known_contexts()
    lost = [(c.findtext("name") or "", m.findtext("source")) for c in tree.getroot()
            if (c.findtext("name") or "") not in known for m in c.iter("message")]
    assert not lost, ("strings filed by pyside6-lupdate under a context the window never looks in:\n"
                      + "\n".join(f"context {name!r}: {text!r}  ({where_in_sources(text)})" for name, text in lost)
                      + "\n" + HOW_TO_FIX)


def test_no_word_is_translated_at_import_time():
    """A translate() or tr() run when a module is imported (a column header in a module-level
    list) gives the Chinese for good when the module is imported before the translation is
    installed, and the screen walk only catches it when the test order happens to do that."""
    found = []
    for path in sorted((ROOT / "src" / "dibao_desk" / "ui").rglob("*.py")):
        def visit(node, inside: bool) -> None:
            for child in ast.iter_child_nodes(node):
                now = inside or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                if not now and isinstance(child, ast.Call) and (
                        getattr(child.func, "attr", None) in ("translate", "tr")
                        or getattr(child.func, "id", None) == "tr"):
                    found.append(f"{path.relative_to(ROOT)}:{child.lineno}")
                visit(child, now)
        visit(ast.parse(path.read_text(encoding="utf-8")), False)
    assert not found, ("translated when the module is imported, not when shown:\n" + "\n".join(found)
                       + "\nMark the word with QT_TRANSLATE_NOOP(\"Context\", \"原文\") where it is declared and call "
                       "QCoreApplication.translate(\"Context\", word) where it is shown (e.g. in headerData)."
                       + "\n" + HOW_TO_FIX)


def test_every_word_on_screen_is_translatable(qtbot, qapp, demo_ctx, compiled, message_boxes, settings_file,
                                              restore_locale):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    translator = QTranslator()
    assert translator.load(str(compiled["pseudo"]))
    qapp.installTranslator(translator)
    try:
        window = open_window(qtbot, demo_ctx)
        seen = tour(window, qtbot, message_boxes)
        window.close()
    finally:
        qapp.removeTranslator(translator)
    assert len(seen) > 300  # the tour really went through the menus and dialogs
    data = data_strings(demo_ctx)
    bad = {(where.split(">")[0].strip(), " ".join(without(text, data).split())) for where, text in seen
           if IDEOGRAPH.search(without(text, data))}
    assert not bad, ("words shown that no translation can reach (what is left outside ⟪…⟫):\n" + report(bad)
                     + "\n" + HOW_TO_FIX)


def test_no_english_word_on_the_chinese_screens(qtbot, qapp, demo_ctx, compiled, message_boxes, settings_file,
                                                restore_locale, monkeypatch):
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", compiled["qm_dir"])
    installed = i18n.install(qapp, "zh_CN", strict=True)
    try:
        assert any(f.name == "qtbase_zh_CN.qm" for f in installed.files)
        window = open_window(qtbot, demo_ctx)
        seen = tour(window, qtbot, message_boxes)
        window.close()
    finally:
        i18n.uninstall(qapp)
    assert len(seen) > 300
    data = data_strings(demo_ctx)
    bad = {(where, text) for where, text in seen
           if set(ENGLISH.findall(NOT_WORDS.sub(" ", without(text, data).replace("&", "")))) - ALLOWED_LATIN}
    assert not bad, "English on the Chinese screens:\n" + report(bad)


def test_qt_buttons_and_dialogs_speak_chinese(qapp, compiled, settings_file, restore_locale, monkeypatch):
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", compiled["qm_dir"])
    i18n.install(qapp, "zh_CN", strict=True)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Discard)
        texts = {b: box.button(b).text() for b in (QDialogButtonBox.StandardButton.Ok,
                                                    QDialogButtonBox.StandardButton.Cancel,
                                                    QDialogButtonBox.StandardButton.Discard)}
        assert texts[QDialogButtonBox.StandardButton.Cancel] == "取消"
        assert "确定" in texts[QDialogButtonBox.StandardButton.Ok]
        assert not ENGLISH.search(texts[QDialogButtonBox.StandardButton.Discard])
        # the question before typed words are thrown away says 放弃 (确定要放弃吗？); qtbase's
        # 丢弃 on its button read as another choice, so the supplement says 放弃 there too
        assert texts[QDialogButtonBox.StandardButton.Discard] == "放弃"
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："  # our supplement
        assert QLocale().language() == QLocale.Language.Chinese
    finally:
        i18n.uninstall(qapp)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text().replace("&", "") == "Cancel"


def test_english_is_compiled_from_the_shipped_source(qapp, compiled, monkeypatch, settings_file, restore_locale):
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", compiled["qm_dir"])
    assert i18n.available_languages() == ["zh_CN", "en"]
    installed = i18n.install(qapp, "en", strict=True)
    try:
        assert "dibao_desk_en.qm" in [f.name for f in installed.files]
        assert QCoreApplication.translate("MainWindow", "文件(&F)") == "&File"
        assert QCoreApplication.translate("SettingsDialog", "界面语言") == "Language"
    finally:
        i18n.uninstall(qapp)


def test_a_missing_translation_falls_back_to_chinese_or_fails_the_self_check(qapp, tmp_path, monkeypatch,
                                                                            settings_file, restore_locale):
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path / "nowhere")
    assert i18n.available_languages() == ["zh_CN"]
    with pytest.raises(i18n.TranslationMissing):
        i18n.install(qapp, "en", strict=True)
    try:
        assert i18n.install(qapp, "en").language == "zh_CN"
    finally:
        i18n.uninstall(qapp)
    monkeypatch.setattr(i18n, "qt_translations_dirs", lambda: [tmp_path / "nowhere"])
    with pytest.raises(i18n.TranslationMissing):
        i18n.install(qapp, "zh_CN", strict=True)


def test_choosing_english_in_settings_is_kept_for_the_next_start(qtbot, ctx, compiled, monkeypatch,
                                                                 settings_file):
    from dibao_desk.ui.actions import settings as actions

    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", compiled["qm_dir"])
    window = open_window(qtbot, ctx)
    assert i18n.saved_language() == "zh_CN"
    dialog = actions.open_settings(window)
    qtbot.waitExposed(dialog)
    page = dialog.language_page
    dialog.tabs.setCurrentWidget(page)
    assert page.combo.currentText() == "简体中文"
    page.combo.setCurrentIndex(page.combo.findText("English"))
    assert "重新打开" in page.saved.text()
    dialog.accept()
    assert QSettings().value(i18n.SETTINGS_KEY) == "en"
    assert i18n.saved_language() == "en"
    assert (settings_file / "dibao-desk" / "dibao-desk.ini").exists() or any(settings_file.rglob("*.ini"))


def test_a_portable_program_keeps_its_settings_beside_its_data(qapp, tmp_path, monkeypatch, restore_locale):
    from dibao_desk.services import context
    from dibao_desk.ui import app

    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / context.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "dibao-desk.exe"))
    try:
        app.make_app()
        i18n.save_language("en")
        assert Path(QSettings().fileName()).parent.parent == folder / "data"
        assert i18n.saved_language() == "en"
    finally:
        i18n.uninstall(qapp)
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
