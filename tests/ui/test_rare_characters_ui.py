"""Names with rare characters show in the window: the shipped fallback fonts are registered
with Qt behind the main font, and each character is laid out with a real glyph."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from dibao_desk.ui import app as app_module


@pytest.fixture
def app_font(qapp):
    before = QApplication.font()
    app_module.register_font(qapp)
    yield QApplication.font()
    QApplication.setFont(before)


def glyph_runs(text: str, font) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


@pytest.mark.parametrize("name, family", [("王䶮", "HanaMinA"), ("刘㛃", "HanaMinA"), ("吉𠮷", "HanaMinB"),
                                          ("陈𡒄", "HanaMinB")])
def test_a_rare_character_is_laid_out_with_a_glyph_of_a_shipped_font(qtbot, app_font, name, family, tmp_path):
    runs = glyph_runs(name, app_font)
    assert all(0 not in glyphs for _f, glyphs in runs), runs  # glyph 0 is .notdef
    assert any(f.startswith(family) for f, _g in runs), runs
    label = QLabel(name)
    label.setFont(app_font)
    qtbot.addWidget(label)
    label.resize(200, 60)
    label.grab().save(str(tmp_path / "name.png"))


def test_the_main_font_stays_first(app_font):
    assert app_font.families()[0] == "WenQuanYi Micro Hei"
    [(family, glyphs)] = glyph_runs("李堃", app_font)
    assert family == "WenQuanYi Micro Hei" and 0 not in glyphs
