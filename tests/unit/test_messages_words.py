"""A person reads words, never the codes behind them: parameters that are codes are shown by
their labels, in the terminal and in the window alike."""

from __future__ import annotations

import re

import pytest

from dibao_desk import messages
from dibao_desk.domain import reviews as review_rules
from dibao_desk.domain.problems import Problem
from dibao_desk.exchange import package

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.mark.parametrize("key", ["format", "schema_version", "kind", "direction", "township_code", "sequence",
                                 "sheets", "sha256"])
def test_a_bad_manifest_key_is_named_by_its_chinese_words(key):
    text = messages.text(Problem("package.manifest", key, {"field": key}))
    assert key not in text
    assert "“" + messages.label("manifest_field", key) + "”" in text


def test_every_manifest_key_written_has_words():
    manifest = package.Manifest(kind="roster", direction="up", township_code="360426100000", township_name="德安镇",
                                county_name="德安县", sequence=1, period="2026-11", created_at="2026-11-30T10:00:00",
                                program="dibao-desk", schema_version=1, sheets=("花名册",), rows={"花名册": 1},
                                sha256="0" * 64)
    keys = {key for key, _value, _note in manifest.as_rows() if not key.startswith("rows.")}
    assert keys <= set(messages.LABELS["manifest_field"])


def test_a_missing_row_count_names_the_sheet():
    text = messages.text(Problem("package.manifest_rows", "rows.花名册", {"sheet": "花名册"}))
    assert "花名册" in text and not LATIN_WORD.search(text)


def test_every_review_rule_has_a_short_word_for_the_status_line():
    rules = set(review_rules.RULE_CODES) | {review_rules.FIRST_RULE, review_rules.GRADUAL_EXIT_RULE}
    short = messages.LABELS["review_rule_short"]
    assert rules <= set(short), rules - set(short)
    assert all(not LATIN_WORD.search(word) for word in short.values())


def test_status_and_rule_parameters_are_words():
    assert "首次复核" in messages.text(Problem("reviews.interval", "", {"rule": "first"}))
    text = messages.text(Problem("reviews.not_receiving", "", {"status": "cancelled"}))
    assert "cancelled" not in text and messages.label("status", "cancelled") in text
