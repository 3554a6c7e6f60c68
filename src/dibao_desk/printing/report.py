"""The monthly / quarterly report (月报 / 季报) as a PDF: its tables, ruled, with totals, and
charts drawn with reportlab's own graphics in the shipped font (embedded like every text)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

from dibao_desk.domain.statistics import MONEY, Chart, Table, cell_text as cell, chart_label
from dibao_desk.printing.document import RenderInfo, Styles, build, grid_table, para
from dibao_desk.printing.layout import Column, PageSpec

PAGE = PageSpec("A4", landscape=True, margin_mm=12)
LABEL_SIZE = 7  # points, the names under a chart's bars
BAR_LABEL_LEAST = 4  # points, the smallest figure over a bar


def _columns(table: Table) -> list[Column]:
    out = []
    for i, (header, kind) in enumerate(zip(table.headers, table.kinds)):
        width = 2.2 if i == 0 else (1.6 if kind == MONEY else 1.1)
        out.append(Column(f"c{i}", header, width, "LEFT" if i == 0 else "RIGHT"))
    return out


def _rows(table: Table) -> list[dict]:
    return [{f"c{i}": cell(v, k) for i, (v, k) in enumerate(zip(row, table.kinds))} for row in table.all_rows]


def _yuan_axis_label(fen: float) -> str:
    """A tick of an amount axis: yuan, from 10,000 yuan in 万 (50万, 2.5万, 800)."""
    yuan = fen / 100
    return f"{yuan / 10000:g}万" if abs(yuan) >= 10000 else f"{yuan:g}"


def _shortened(text: str, font: str, room: float) -> str:
    """``text`` cut to ``room`` points, marked with …, for a name under a chart's bar."""
    if stringWidth(text, font, LABEL_SIZE) <= room:
        return text
    while text and stringWidth(text + "…", font, LABEL_SIZE) > room:
        text = text[:-1]
    return text + "…"


def _chart(chart: Chart, width: float, height: float, font: str) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = font  # type: ignore[attr-defined]  # read by the renderer (its default font is a Helvetica never embedded); not in the stubs
    d.add(String(width / 2, height - 12, chart.title, fontName=font, fontSize=10, textAnchor="middle"))
    values = list(chart.values) or [0]
    labels = list(chart.labels) or [""]
    c: VerticalBarChart | HorizontalLineChart
    if chart.kind == "bar":
        bars = c = VerticalBarChart()
        bars.bars[0].fillColor = colors.Color(0.30, 0.50, 0.75)
        bars.barLabelFormat = lambda v: chart_label(int(v), chart.money)
        bars.barLabels.fontName = font
        bars.barLabels.nudge = 6
    else:
        line = c = HorizontalLineChart()
        line.lines[0].strokeColor = colors.Color(0.75, 0.30, 0.25)
        line.lines[0].strokeWidth = 1.5
        line.lineLabelFormat = lambda v: chart_label(int(v), chart.money)
        line.lineLabels.fontName = font
        line.lineLabels.fontSize = 6
    c.x, c.y = 45, 40
    c.width, c.height = width - 60, height - 70  # type: ignore[assignment]  # reportlab takes any number; its stubs say int
    c.data = [values]
    slot = c.width / len(labels)
    if chart.kind == "bar":
        # the figure over each bar, smaller where the bars are narrow (20 villages); left off where
        # even the smallest would run into its neighbour's: the table above gives every figure
        size = 5.5 if len(values) > 8 else 6.5
        widest = max(stringWidth(chart_label(int(v), chart.money), font, size) for v in values)
        size = min(size, size * slot * 0.9 / widest) if widest else size
        if size >= BAR_LABEL_LEAST:
            bars.barLabels.fontSize = size
        else:
            bars.barLabelFormat = None
    turn = len(labels) > 6 or any(stringWidth(t, font, LABEL_SIZE) > slot for t in labels)
    if turn:  # turned 30°: a name may run down to the drawing's foot, a longer one is shortened
        labels = [_shortened(t, font, (c.y - 4) / math.sin(math.radians(30))) for t in labels]
    c.categoryAxis.categoryNames = labels
    c.categoryAxis.labels.fontName = font
    c.categoryAxis.labels.fontSize = LABEL_SIZE
    c.categoryAxis.labels.angle = 30 if turn else 0
    c.categoryAxis.labels.boxAnchor = "ne" if turn else "n"
    if chart.money:  # the values are fen: the axis reads yuan, as the title says
        c.valueAxis.labelTextFormat = _yuan_axis_label
    c.valueAxis.labels.fontName = font
    c.valueAxis.labels.fontSize = 7
    # from 0, or below it when a month's 追回 exceed what it pays: its bar hangs under 0 inside
    # the chart, not down through the names and out of the drawing
    low = min(min(values), 0)
    c.valueAxis.valueMin = low * 1.15
    top = max(values) if values else 0
    unit = 100 if chart.money else 1  # a yuan, a person: no tick between two
    c.valueAxis.valueMax = max(top * 1.15, 5 * unit)
    if low >= 0 and c.valueAxis.valueMax < 100 * unit:  # small figures: whole steps (reportlab would pick 0.2 or 2.5)
        c.valueAxis.valueStep = unit * next(s for s in (1, 2, 5, 10, 20) if s * 6 >= c.valueAxis.valueMax / unit)
    d.add(c)
    return d


def render(path: str | Path, title: str, tables: Sequence[Table], charts: Sequence[Chart],
           subtitle: str = "", progress=None) -> RenderInfo:
    """Write the report: the title, each table (a total row where the table has one), then the
    charts, two to a row."""
    page = PAGE
    styles = Styles(page)
    info = RenderInfo()
    story: list[Flowable] = [para(title, styles.title, info)]
    if subtitle:
        story.append(para(subtitle, styles.center, info))
    for t in tables:
        block: list[Flowable] = [Spacer(1, 4 * mm), para(t.title, styles.body, info)]
        if t.note:
            block.append(para(t.note, styles.body, info))
        block.append(grid_table(_columns(t), _rows(t), page.frame_width, styles, info))
        story.append(KeepTogether(block) if len(t.rows) < 16 else block[0])
        if len(t.rows) >= 16:
            story.extend(block[1:])
    width = page.frame_width / 2 - 4
    for i in range(0, len(charts), 2):
        row = [_chart(c, width, 62 * mm, styles.font) for c in charts[i:i + 2]]
        pair = Drawing(page.frame_width, 62 * mm)
        pair.initialFontName = styles.font  # type: ignore[attr-defined]  # as in _chart
        for j, d in enumerate(row):
            d.shift(j * (width + 8), 0)
            pair.add(d)
        story += [Spacer(1, 4 * mm), pair]
    return build(path, page, story, info, title, running_title=True, progress=progress)
