"""Every problem code the core can report has its Chinese sentence."""

from __future__ import annotations

import ast
from pathlib import Path

import dibao_desk
from dibao_desk import messages

SRC = Path(dibao_desk.__file__).parent
REPORTERS = {"Problem", "RuleError", "StoreError"}


def reported_codes() -> dict[str, str]:
    """Codes written as a literal first argument of Problem(...), RuleError(...) or StoreError(...)."""
    found: dict[str, str] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            first = node.args[0]
            if name in REPORTERS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, f"{path.relative_to(SRC)}:{node.lineno}")
    return found


def test_the_scan_finds_the_codes_it_should():
    codes = reported_codes()
    assert len(codes) > 100
    assert "household.missing" in codes and "store.newer_schema" in codes


def test_every_reported_code_has_a_sentence():
    missing = {code: where for code, where in reported_codes().items() if code not in messages.TEMPLATES}
    assert missing == {}


def test_every_sentence_is_chinese_and_its_placeholders_are_well_formed():
    import string

    for code, template in messages.TEMPLATES.items():
        assert any("\u4e00" <= ch <= "\u9fff" for ch in template), code
        list(string.Formatter().parse(template))  # raises on a stray brace


def reported_progress() -> dict[str, str]:
    """What long jobs say they are doing: literal third arguments of ``progress.update(...)``."""
    found: dict[str, str] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "update"
                    and len(node.args) >= 3 and isinstance(node.args[2], ast.Constant)
                    and isinstance(node.args[2].value, str) and node.args[2].value):
                found.setdefault(node.args[2].value, f"{path.relative_to(SRC)}:{node.lineno}")
    return found


def test_progress_is_reported_as_codes_with_words_in_messages():
    reported = reported_progress()
    assert "progress.roster.check_file" in reported and "progress.print.page" in reported
    not_codes = {word: where for word, where in reported.items() if not word.startswith("progress.")}
    assert not_codes == {}  # a sentence typed in the core drifts from messages/ and is never translated
    missing = {code: where for code, where in reported.items() if code not in messages.TEMPLATES}
    assert missing == {}
    assert messages.text("progress.print.page", page=3) == "正在排版第 3 页"
