"""What every printed document shares: the font, paragraph styles scaled to the paper,
tables built from column specs, and a two-pass canvas that prints "第 x 页 共 y 页"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence, cast

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.paragraph import cleanBlockQuotedText

from dibao_desk.atomic import replacing
from dibao_desk.printing import fonts
from dibao_desk.printing.layout import (
    DEMO_LINE, DEMO_MARK, PAGE_FOOTER, RUNNING_TITLE, Column, PageSpec,
)

CELL_PAD = 3  # points each side of a table cell

_DEMO: ContextVar[bool] = ContextVar("dibao_desk_demo_pages", default=False)


@contextmanager
def demo_pages(demo: bool = True) -> Iterator[None]:
    """Documents rendered inside this block carry 演示数据 across every page (the demo store)."""
    token = _DEMO.set(demo)
    try:
        yield
    finally:
        _DEMO.reset(token)


DEMO_LINE_MM = 5.0  # the demo line's baseline, from the top edge (8 pt type)


def running_title_drop(page: PageSpec, size: float) -> float:
    """How far below the top edge the running title's baseline stands: in the top margin,
    and below the demo line on a demo township's pages, so the two never overlap."""
    drop = page.margin * 0.6
    if _DEMO.get():
        drop = max(drop, (DEMO_LINE_MM + 0.8) * mm + 0.9 * size)
    return drop


def stamp_demo(canvas: Canvas, width: float, height: float) -> None:
    """演示数据 across the page, light enough to read through, and a line saying so at its top."""
    if not _DEMO.get():
        return
    font = fonts.register()
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.28))
    canvas.setFont(font, min(width, height) / 5)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(30)
    canvas.drawCentredString(0, -min(width, height) / 15, DEMO_MARK)
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.7, 0.1, 0.1))
    canvas.setFont(font, 8)
    canvas.drawCentredString(width / 2, height - DEMO_LINE_MM * mm, DEMO_LINE)
    canvas.restoreState()


@dataclass
class RenderInfo:
    """What a renderer reports back: pages written and characters the font could not draw."""

    pages: int = 0
    missing: list[str] = field(default_factory=list)
    texts_with_missing: list[str] = field(default_factory=list)

    def check(self, text: str) -> str:
        """``text`` ready to draw; remembers characters the font lacks (and where)."""
        lacking = fonts.missing(text)
        if not lacking:
            return text
        for ch in lacking:
            if ch not in self.missing:
                self.missing.append(ch)
        if text not in self.texts_with_missing:
            self.texts_with_missing.append(text)
        return fonts.printable(text)


# Room to write a date by hand (no-break spaces: a paragraph would collapse ordinary ones).
_GAP = "\u00a0" * 5
BLANK_DATE = f"{_GAP * 2}年{_GAP}月{_GAP}日"
BLANK_MONTH = f"{_GAP * 2}年{_GAP}月"


def chinese_date(day: dt.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else BLANK_DATE


class Styles:
    """Paragraph styles in the shipped font, sized for the paper. ``density`` below 1 sets
    smaller type on tighter lines, to fit a form meant for one sheet (``forms.render``)."""

    def __init__(self, page: PageSpec, density: float = 1.0):
        font = fonts.register()
        s = page.scale
        self.density = density
        self.body_size = 10.5 * s * density
        tight = 0.15 if density < 1 else 0.0  # lines closer together once the type shrinks
        self.title = ParagraphStyle("title", fontName=font, fontSize=18 * s * max(density, 0.85),
                                    leading=26 * s * max(density, 0.85), alignment=TA_CENTER,
                                    spaceAfter=4 * mm * density, wordWrap="CJK")
        self.body = ParagraphStyle("body", fontName=font, fontSize=self.body_size,
                                   leading=self.body_size * (1.5 - tight), wordWrap="CJK")
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=self.body_size,
                                   leading=self.body_size * (1.3 - tight / 2), wordWrap="CJK", alignment=TA_LEFT)
        self.cells = {"LEFT": self.cell,
                      "CENTER": ParagraphStyle("cellc", parent=self.cell, alignment=TA_CENTER),
                      "RIGHT": ParagraphStyle("cellr", parent=self.cell, alignment=TA_RIGHT)}
        self.letter = ParagraphStyle("letter", fontName=font, fontSize=13 * s, leading=13 * s * 1.9,
                                     wordWrap="CJK", firstLineIndent=26 * s)
        self.letter_first = ParagraphStyle("letter_first", parent=self.letter, firstLineIndent=0)
        self.font = font


class CjkParagraph(Paragraph):
    """A paragraph of plain text broken into lines by :func:`cjk_lines` for the width it is
    given, so no line starts with a closing mark: reportlab's CJK wrapping lets "，" "：" "；"
    start a line and lets "）" hang across a cell's rule."""

    def __init__(self, text: str | None, style: ParagraphStyle | None = None, bulletText: str | None = None,
                 frags: Any = None, **kw: Any) -> None:
        self._plain = text if frags is None else None  # None: a piece reportlab split off
        self._broken_for: float | None = None
        markup = fonts.markup(text).replace("\n", "<br/>") if self._plain is not None and text else text
        super().__init__(markup, style, bulletText, frags, **kw)  # type: ignore[arg-type]  # reportlab's split passes None with frags

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        if self._plain is not None and availWidth != self._broken_for:
            self._broken_for = availWidth
            st = self.style
            room = availWidth - st.leftIndent - st.rightIndent
            lines: list[str] = []
            for part in self._plain.split("\n"):
                lines += cjk_lines(part, st.fontName, st.fontSize, room - (0 if lines else st.firstLineIndent), room)
            self._setup("<br/>".join(fonts.markup(line) for line in lines), st,  # type: ignore[attr-defined]  # not in the stubs
                        self.bulletText, None, cleanBlockQuotedText)
        return super().wrap(availWidth, availHeight)


def para(text: str, style: ParagraphStyle, info: RenderInfo) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept; rare characters in their font),
    broken by :func:`cjk_lines` for the width it is laid out in."""
    return CjkParagraph(info.check(text), style)


# A number with what it counts stays on one line ("1234.56 元", "3 人"); a closing mark never
# starts a line.
_TOKEN = re.compile(r"[0-9A-Za-z.,:/\-]+(?:[ \u00a0]?[元人户月日年天岁项%])?|\s+|.", re.S)
_NO_LINE_START = frozenset("，。、；：？！）》」』”’%…·")
_NO_LINE_END = frozenset("（《「『“‘")
_CLOSING_BRACKETS = frozenset("）》」』”’")
_BRACKET_GROUP = 6  # tokens: a bracket this short moves to the next line whole


def cjk_lines(text: str, font: str, size: float, first: float, rest: float) -> list[str]:
    """``text`` broken into lines that fit ``first`` (the first line) and ``rest`` points,
    never inside a number and its unit (reportlab's CJK wrapping breaks anywhere). A closing
    mark that does not fit takes the word before it to the next line: a line over its room
    would be broken again by reportlab, the mark alone at the start of the next. A short
    bracket ("（元/月）") is not broken, and an opening mark never ends a line."""
    lines: list[str] = []
    toks: list[str] = []
    used, room = 0.0, first
    all_toks = _TOKEN.findall(text)
    for n, tok in enumerate(all_toks):
        w = stringWidth(tok, font, size)
        if toks and used + w > room:
            keep = len(toks)
            if len(tok) == 1 and tok in _NO_LINE_START:
                keep = next((i for i in range(len(toks) - 1, 0, -1)
                             if not toks[i].isspace() and toks[i] not in _NO_LINE_START), 0)
            keep = _before_short_bracket(toks, all_toks[n:], keep)
            while keep > 1 and toks[keep - 1] in _NO_LINE_END:
                keep -= 1
            if keep:
                lines.append("".join(toks[:keep]).rstrip())
                toks = toks[keep:]
                toks.append(tok)
                toks[0] = toks[0].lstrip()
                if not toks[0]:
                    toks.pop(0)
                used, room = sum(stringWidth(t, font, size) for t in toks), rest
                continue
        toks.append(tok)
        used += w
    if toks or not lines:
        lines.append("".join(toks))
    return lines


def _before_short_bracket(line: list[str], ahead: list[str], keep: int) -> int:
    """Where to break ``line`` (tokens) so that a short bracket opened on it and closed in the
    next tokens (``ahead``) goes to the next line whole: the opening mark's index, else ``keep``."""
    for i in range(len(line) - 1, max(0, len(line) - _BRACKET_GROUP), -1):
        if line[i] in _CLOSING_BRACKETS:
            return keep
        if line[i] in _NO_LINE_END:
            rest = line[i:] + ahead
            closed = next((k for k, t in enumerate(rest) if t in _CLOSING_BRACKETS), None)
            return min(i, keep) if closed is not None and closed < _BRACKET_GROUP else keep
    return keep


def letter_para(text: str, style: ParagraphStyle, width: float, info: RenderInfo) -> Paragraph:
    """A paragraph of running text, broken by :func:`cjk_lines` (room for the frame's padding)."""
    checked = info.check(text)
    room = width - 12 - 1
    lines = cjk_lines(checked, style.fontName, style.fontSize, room - style.firstLineIndent, room)
    return Paragraph("<br/>".join(fonts.markup(line) for line in lines), style)


_TRAILING_BRACKETS = re.compile(r"(?:（[^（）]*）)+$")


def title_text(text: str, style: ParagraphStyle, width: float) -> str:
    """A title too wide for one line broken before the bracketed words it ends with
    (一榜公示 / （新增、变更、取消）), as far right as the line allows, rather than inside
    them (…（新增、变更、取 / 消）)."""
    size = style.fontSize
    if fonts.string_width(text, size) <= width:
        return text
    tail = _TRAILING_BRACKETS.search(text)
    if not tail or tail.start() == 0:
        return text
    cuts = [m.start() for m in re.finditer("（", text) if m.start() >= tail.start()]
    for cut in reversed(cuts):
        if fonts.string_width(text[:cut], size) <= width:
            return text[:cut] + "\n" + text[cut:]
    return text[:tail.start()] + "\n" + text[tail.start():]  # the head is broken as it must


def column_widths(columns: Sequence[Column], width: float) -> list[float]:
    total = sum(c.width for c in columns)
    return [width * c.width / total for c in columns]


def table_style(font: str, commands: Sequence) -> TableStyle:
    """A table style in the shipped font (a table's default font is a Helvetica never embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font), *commands])


def dense_padding(styles: Styles) -> list[tuple]:
    """Table style commands for type set below its size (``Styles.density``): cells padded
    less above and below their words (reportlab's default is 3 points)."""
    if styles.density >= 1:
        return []
    pad = max(1.0, 3 * styles.density - 0.8)
    return [("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]


def _header_text(text: str, font: str, size: float, room: float) -> str:
    """A column header broken over lines where it is wider than its column: before its unit
    ("追回扣减\n（元）"), then wherever :func:`cjk_lines` breaks. reportlab's CJK wrapping would
    let "（元）" hang past the cell's rule rather than start a line with "）"."""
    if "\n" in text or stringWidth(text, font, size) <= room:
        return text
    cut = text.rfind("（")
    parts = [text[:cut], text[cut:]] if cut > 0 else [text]
    return "\n".join(line for part in parts for line in cjk_lines(part, font, size, room, room))


_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")  # an amount, a count, a share: never broken
NUMBER_LEAST = 0.7  # a number too wide for its cell is set smaller down to this part of the type
SHRINK_LEAST = 0.6  # a text over a column's max_lines is set smaller down to this part of the type


def _grid_parts(columns: Sequence[Column], rows: Sequence[dict], width: float, styles: Styles,
                info: RenderInfo, row_height: float | None, min_rows: int):
    """The cells, row heights and style commands of a ruled table (header row first)."""
    widths = column_widths(columns, width)
    size = styles.body_size
    font = styles.font
    header = [para(_header_text(c.header, font, size, w - 2 * CELL_PAD), styles.cells["CENTER"], info)
              for c, w in zip(columns, widths)]
    data: list[list] = [header]
    heights: list[float | None] = [None]
    fixed = row_height or size * (2.0 if styles.density >= 1 else 1.7)
    smaller: list[tuple] = []
    for row in rows:
        cells: list[Paragraph | str] = []
        wrapped = False
        for i, (c, w) in enumerate(zip(columns, widths)):
            value = row.get(c.key, "")
            text = info.check(value if isinstance(value, str) else str(value))
            wide = stringWidth(text, font, size)
            if wide > w - 2 * CELL_PAD and _NUMBER.fullmatch(text) and wide * NUMBER_LEAST <= w - 2 * CELL_PAD:
                # a number broken over two lines reads as two (9999999.9 above 9): set smaller
                cells.append(text)
                smaller.append(("FONTSIZE", (i, len(data)), (i, len(data)), size * (w - 2 * CELL_PAD) / wide))
            elif c.max_lines and "\n" not in text and wide > c.max_lines * (w - 2 * CELL_PAD):
                # a long name set smaller to stay within its lines (a line's end wastes up to a character)
                scale = max(SHRINK_LEAST, c.max_lines * (w - 2 * CELL_PAD - size) / wide)
                style = styles.cells[c.align]
                cells.append(para(text, ParagraphStyle(f"{style.name}{scale:.3f}", parent=style,
                                                       fontSize=style.fontSize * scale,
                                                       leading=style.leading * scale), info))
                wrapped = True
            elif "\n" in text or wide > w - 2 * CELL_PAD or not fonts.in_main_font(text):
                cells.append(para(text, styles.cells[c.align], info))
                wrapped = True
            else:
                cells.append(text)
        data.append(cells)
        heights.append(None if wrapped else fixed)
    for _ in range(max(0, min_rows - len(rows))):
        data.append([""] * len(columns))
        heights.append(fixed)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        *dense_padding(styles),
        *smaller,
    ]
    for i, c in enumerate(columns):
        commands.append(("ALIGN", (i, 1), (i, -1), c.align))
    return widths, data, heights, commands


def grid_table(columns: Sequence[Column], rows: Sequence[dict], width: float, styles: Styles,
               info: RenderInfo, *, repeat_header: bool = True, row_height: float | None = None,
               min_rows: int = 0) -> Table:
    """A ruled table from column specs and row dicts. Short cells are drawn as plain strings
    (fast, one line, fixed height); a cell too long for its column becomes a wrapping paragraph."""
    widths, data, heights, commands = _grid_parts(columns, rows, width, styles, info, row_height, min_rows)
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1 if repeat_header else 0)
    table.setStyle(TableStyle(commands))
    return table


class TableWithTail(Flowable):
    """A ruled table whose last ``keep`` rows stay on the page of what follows it (the
    totals and the seal): the stamped sheet always carries rows of the list. Where the
    table has to break, rows move to the next page rather than leave the tail alone."""

    def __init__(self, widths, data, heights, commands, tail: list[Flowable], *, keep: int,
                 frame_height: float, start: int = 1):
        super().__init__()
        self._parts = (widths, data, heights, commands)
        self._tail = tail
        self._keep = keep
        self._frame_height = frame_height
        self._start = start  # first data row (index into data) this part shows
        self._table = self._make(start, len(data))
        self._tail_heights: list[float] = []

    def _make(self, lo: int, hi: int) -> Table:
        widths, data, heights, commands = self._parts
        t = Table([data[0]] + data[lo:hi], colWidths=widths, rowHeights=[heights[0]] + heights[lo:hi],
                  repeatRows=1)
        t.setStyle(TableStyle(commands))
        return t

    def wrap(self, aw, ah):
        _w, th = self._table.wrap(aw, ah)
        self._tail_heights = [f.wrap(aw, ah)[1] for f in self._tail]
        self.width, self.height = aw, th + sum(self._tail_heights)
        return self.width, self.height

    def draw(self):
        y = self.height - self._table._height  # type: ignore[attr-defined]  # set by Table.wrap; reportlab's stubs omit it
        self._table.drawOn(self.canv, 0, y)
        for f, h in zip(self._tail, self._tail_heights):
            y -= h
            align = getattr(f, "hAlign", "LEFT")
            fw = cast(float, getattr(f, "_width", None) or getattr(f, "width", self.width))  # set by wrap()
            x = {"RIGHT": self.width - fw, "CENTER": (self.width - fw) / 2}.get(align, 0)
            f.drawOn(self.canv, x, y)

    def split(self, aw, ah):
        self.wrap(aw, ah)
        heights = self._table._rowHeights  # type: ignore[attr-defined]  # set by Table.wrap; reportlab's stubs omit it
        rows = heights[1:]
        n = len(rows)
        used, fitted = heights[0], 0
        while fitted < n and used + rows[fitted] <= ah:
            used += rows[fitted]
            fitted += 1
        cut = min(fitted, n - min(self._keep, n))
        if cut <= 0:
            if ah < self._frame_height - 2:
                return []  # all of it on the next page, which is empty
            if fitted == 0 or fitted == n:
                return [self._table, *self._tail]  # a row or the tail taller than a page
            cut = fitted
        lo = self._start
        widths, data, heights, commands = self._parts
        rest = TableWithTail(widths, data, heights, commands, self._tail, keep=self._keep,
                             frame_height=self._frame_height, start=lo + cut)
        return [self._make(lo, lo + cut), rest]


def table_with_tail(columns: Sequence[Column], rows: Sequence[dict], page: PageSpec, styles: Styles,
                    info: RenderInfo, tail: list[Flowable], *, keep: int = 3, min_rows: int = 0,
                    footer: bool = True) -> TableWithTail:
    """:func:`grid_table` followed by ``tail``, the tail never alone on a page (see TableWithTail)."""
    widths, data, heights, commands = _grid_parts(columns, rows, page.frame_width, styles, info, None, min_rows)
    return TableWithTail(widths, data, heights, commands, tail, keep=keep, frame_height=frame_height(page, footer))


def frame_height(page: PageSpec, footer: bool = True, margin: float | None = None) -> float:
    """The height a flowable has on an empty page laid out by :func:`build` (frame padding off)."""
    m = page.margin if margin is None else margin
    return page.size[1] - 2 * m - (4 * mm if footer else 0) - 12


def running_line(title: str, note: str, size: float, room: float) -> tuple[str, float]:
    """The running title, marked 续, and ``note`` as one line no wider than ``room``, and its
    size: set smaller down to 7/9 of ``size``, then the title shortened in its middle (…), so
    its start (the office, the village) and its end (what the document is, 续) stay, and the
    note (the household) whole. A long village's name ran the line past both edges of the sheet."""
    line = RUNNING_TITLE.format(title=title) + note
    width = fonts.string_width(line, size)
    if width <= room:
        return line, size
    least = size * 7 / 9
    if width * least / size <= room:
        return line, size * room / width
    for keep in range(len(title) - 1, 1, -1):  # characters kept, their middle dropped
        head = (keep + 1) // 2
        line = RUNNING_TITLE.format(title=title[:head] + "…" + title[len(title) - keep + head:]) + note
        if fonts.string_width(line, least) <= room:
            break
    return line, least


def numbered_canvas(page: PageSpec, info: RenderInfo, footer: bool = True, running_title: str = "",
                    running_note: str = ""):
    """A canvas class that holds pages until the end, then stamps "第 x 页 共 y 页" on each
    (and the document's title, marked 续, at the top of every page after the first)."""
    font = fonts.register()
    size = 9 * page.scale

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # reportlab's default first font is a Helvetica it never embeds
            # (the doc template passes None)
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font
            super().__init__(*args, **kwargs)
            self._states: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._states.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # Canvas's own page reset, not in its stubs

        def save(self) -> None:
            total = len(self._states)
            number: int
            info.pages = total
            for state in self._states:
                self.__dict__.update(state)
                number = self.getPageNumber()
                if footer:
                    fonts.draw_string(self, page.size[0] / 2, page.margin / 2,
                                      PAGE_FOOTER.format(page=number, pages=total), size, "center")
                if running_title and number > 1:
                    line, line_size = running_line(running_title, running_note, size,
                                                   page.size[0] - 2 * page.margin)
                    fonts.draw_string(self, page.size[0] / 2, page.size[1] - running_title_drop(page, size),
                                      line, line_size, "center")
                stamp_demo(self, page.size[0], page.size[1])
                super().showPage()
            super().save()

    return NumberedCanvas


PDF_PART = ".part.pdf"


def build(path: str | Path, page: PageSpec, story: list[Flowable], info: RenderInfo, title: str,
          *, footer: bool = True, margin: float | None = None, running_title: bool = False,
          running_note: str = "", progress=None) -> RenderInfo:
    """Lay out ``story`` and write it. ``progress`` (update/check) hears of each page laid out
    and may stop the job between pages. ``running_title`` repeats the title, marked 续, at the
    top of every page after the first, followed by ``running_note`` (a form's household)."""
    while story and isinstance(story[-1], Spacer):
        story = story[:-1]  # a gap at the end could start an empty page
    m = page.margin if margin is None else margin

    def on_page(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        if progress is not None:
            progress.check()
            progress.update(canvas.getPageNumber(), 0, "progress.print.page", page=canvas.getPageNumber())

    # reportlab writes the file itself, at the end: into a temporary file beside the target, put
    # in place whole, so a full stick or a pulled one never leaves half a PDF under its name.
    with replacing(path, PDF_PART) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=page.size, leftMargin=m, rightMargin=m,
                                topMargin=m, bottomMargin=m + (4 * mm if footer else 0),
                                title=title, author="dibao-desk", creator="dibao-desk")
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page,
                  canvasmaker=numbered_canvas(page, info, footer, info.check(title) if running_title else "",
                                              info.check(running_note)))
    return info


def save_canvas(c: Canvas, path: str | Path) -> None:
    """``c.save()`` for a canvas drawn page by page: the PDF is put at ``path`` whole or not at all."""
    with replacing(path, PDF_PART) as tmp:
        tmp.write_bytes(c.getpdfdata())
