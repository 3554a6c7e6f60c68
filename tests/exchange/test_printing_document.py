"""Running text and table cells as reportlab lays them out: Chinese line-breaking rules."""

from __future__ import annotations

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from dibao_desk.printing.document import RenderInfo, Styles, para
from dibao_desk.printing.layout import PageSpec

CLOSING = "，。、；：？！）》」』”’"
NOTE = ("说明：本表登记德安县示例镇2026年度备案的经办人员和村（社区）干部的近亲属。近亲属申请或享受低保的，"
        "乡镇（街道）从严审核，相关工作人员和村（社区）干部应当回避，不得经办、评议或审批。")


def test_no_line_of_a_paragraph_starts_with_a_closing_mark(tmp_path):
    """The note under the 备案表 printed '，不得经办、评议或审批。' at the start of a line:
    reportlab's CJK wrapping does not know the full-width comma, colon or semicolon."""
    styles = Styles(PageSpec("A4", landscape=True))
    starts = []
    for width in range(300, 760, 7):
        out = tmp_path / f"p{width}.pdf"
        canvas = Canvas(str(out), pagesize=A4)
        for style in (styles.body, styles.cell, styles.cells["CENTER"]):
            p = para(NOTE, style, RenderInfo())
            p.wrapOn(canvas, width, 1000)
            p.drawOn(canvas, 20, 400)
            canvas.showPage()
        canvas.save()
        for page in PdfReader(str(out)).pages:
            lines = [line.strip() for line in page.extract_text().splitlines()]
            starts += [(width, line) for line in lines if line and line[0] in CLOSING]
    assert not starts, starts[:5]


def test_a_label_with_its_unit_in_brackets_breaks_before_the_bracket():
    """The 申请表's label 计算收入（元/月） in its narrow cell printed 计算收入（元 over /月）:
    a short bracketed unit goes to the next line whole, and no line ends with an opening mark."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from dibao_desk.printing.document import cjk_lines

    font = Styles(PageSpec()).font
    for label in ("计算收入（元/月）", "家庭月总收入（元）", "家庭人均月收入（元）", "月保障金（元）"):
        for room in range(40, int(stringWidth(label, font, 10.5)) + 1, 3):
            lines = cjk_lines(label, font, 10.5, room, room)
            unit = label[label.index("（"):]
            if stringWidth(unit, font, 10.5) <= room:
                assert any(line == unit or line.endswith(unit) for line in lines), (label, room, lines)
            assert not any(line.endswith("（") for line in lines), (label, room, lines)
