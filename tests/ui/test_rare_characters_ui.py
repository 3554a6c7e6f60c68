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


RARE = "李\U00030000"  # CJK Extension G: in no shipped font, printed as □


def test_the_file_list_and_the_filing_table_say_which_characters_printed_as_a_box(
        qtbot, ctx, make_household, tmp_path, monkeypatch):
    import datetime as dt

    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from dibao_desk.services import household_page, relatives
    from dibao_desk.ui.dialogs.relatives_register import RelativesDialog
    from dibao_desk.ui.widgets.household_files_section import FilesSection
    from tests.conftest import MemberDraft, make_id

    spouse = make_id("19650402", 22)
    hh = make_household(head=RARE, extra_members=(MemberDraft(RARE + "四", spouse, "spouse"),))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a, **k: told.append(text))
    section = FilesSection(ctx)
    qtbot.addWidget(section)
    section.show_page(household_page.page(ctx.uow(), hh.id, dt.date(2026, 11, 30)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "目录.pdf"), ""))
    section.print_list()
    section.preview.close()
    assert any("字体中没有这些字：\U00030000" in t for t in told), told

    relatives.add_relative(ctx.uow(), staff_id_number=make_id("19700101", 31), staff_name="赵村长",
                           role="handling_staff", id_number=spouse, name=RARE + "四", relation="sibling",
                           registered_on=dt.date(2026, 11, 30), today=dt.date(2026, 11, 30))
    dialog = RelativesDialog(ctx, dt.date(2026, 11, 30))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2026, True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "备案表.pdf"), ""))
    dialog.print_table()
    assert "字体中没有这些字：\U00030000" in dialog.message.text()
