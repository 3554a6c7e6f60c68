"""The 低保证 booklet: the household's data written into the fields of the pre-printed
card, at the places ``layout.CERTIFICATE_FIELDS`` gives, moved by the office's printer
offset. ``proof`` also draws the card's labels and edge, on plain paper, to check the
alignment before printing on a booklet."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.printing import fonts
from dibao_desk.printing import layout as L
from dibao_desk.printing.document import RenderInfo, cjk_lines, save_canvas, stamp_demo


@dataclass(frozen=True)
class CertificateCard:
    number: str
    head_name: str
    village: str
    address: str
    hukou_type: str
    persons: int
    category: str  # as printed (二类)
    monthly_fen: int
    start: dt.date | None
    issued_on: dt.date
    issuer: str


FIELD_GAP_MM = 3.0  # kept free before the next field on the same line
FIELD_EDGE_MM = 8.0  # kept free at the booklet's right edge
FIELD_MIN_SIZE = 7.0  # a value is shrunk down to this size, then broken over lines
LINE_PITCH = 1.2  # baseline to baseline, times the type size

CROSS_MM = (20.0, 20.0)  # where the calibration cross should land, from the left and top edges
CROSS_NOTE = "此十字中心应距纸张左边 {x:g} 毫米、上边 {y:g} 毫米"
CROSS_ARM_MM = 3.0  # the cross's arms, from its centre


def _cross(c: Canvas, x: float, y: float) -> None:
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.3)
    c.line(x - CROSS_ARM_MM * mm, y, x + CROSS_ARM_MM * mm, y)
    c.line(x, y - CROSS_ARM_MM * mm, x, y + CROSS_ARM_MM * mm)
    c.circle(x, y, 1.5 * mm)


def calibration_cross_mm(offset_x_mm: float, offset_y_mm: float) -> tuple[float, float]:
    """Where (mm from the sheet's left and top edges) the test sheet's cross should land once
    the offset is right: ``CROSS_MM``, unless the offset would draw it (moved like the fields)
    off the sheet, where a PDF carries nothing (more than about 16 mm left or up): then
    further in, by whole millimetres, so that all of it is printed. The sheet says the
    distance in words beside the cross."""
    def inside(target: float, offset: float) -> float:
        least = PAGE_MARGIN_MM + CROSS_ARM_MM - offset  # the arm's end stays a margin inside the edge
        return target if target >= least else float(math.ceil(least))

    return inside(CROSS_MM[0], offset_x_mm), inside(CROSS_MM[1], offset_y_mm)


def field_room_mm(x: float, y: float) -> float:
    """The width a field at (x, y) may fill: up to the next field on its line, or the
    booklet's right edge."""
    following = [fx for _key, _label, fx, fy, _size in L.CERTIFICATE_FIELDS if fy == y and fx > x]
    end = min(following) - FIELD_GAP_MM if following else L.CERTIFICATE_PAGE_MM[0] - FIELD_EDGE_MM
    return end - x


PAGE_MARGIN_MM = 1.0  # kept free at the sheet's edges when the printer offset moves the fields


def vertical_offset_limits_mm() -> tuple[tuple[float, str], tuple[float, str]]:
    """How far up and how far down (mm) the printer offset may move the fields before one of
    them leaves the sheet: a PDF carries nothing beyond its page, so that field would not be
    printed at all. Each with the label of the field that leaves first (the top one going up,
    the bottom one going down)."""
    to_mm = 25.4 / 72
    top = min(L.CERTIFICATE_FIELDS, key=lambda f: f[3] - f[4] * to_mm)
    bottom = max(L.CERTIFICATE_FIELDS, key=lambda f: f[3] + 0.25 * f[4] * to_mm)
    up = top[3] - top[4] * to_mm - PAGE_MARGIN_MM
    down = L.CERTIFICATE_PAGE_MM[1] - PAGE_MARGIN_MM - (bottom[3] + 0.25 * bottom[4] * to_mm)
    return (math.floor(up * 10) / 10, top[1]), (math.floor(down * 10) / 10, bottom[1])


def field_width_pt(x: float, y: float, offset_x_mm: float) -> float:
    """The width a field may fill on the sheet: its room on the card (``field_room_mm``), but
    no further than the sheet's right edge once the offset has moved it (a value moved right
    by the offset is shrunk or broken so that none of it is cut off)."""
    return min(field_room_mm(x, y), L.CERTIFICATE_PAGE_MM[0] - PAGE_MARGIN_MM - x - offset_x_mm) * mm


def field_depth_pt(y: float) -> float:
    """How far below its baseline a field at ``y`` mm may write further lines before it meets
    the top of the next field down (or the booklet's bottom edge)."""
    below = [(fy, size) for _key, _label, _fx, fy, size in L.CERTIFICATE_FIELDS if fy > y]
    if not below:
        return (L.CERTIFICATE_PAGE_MM[1] - FIELD_EDGE_MM - y) * mm
    next_y, next_size = min(below)
    return (next_y - y) * mm - next_size - 1


def fit_field(text: str, size: float, width: float, font: str, depth: float) -> tuple[float, list[str]]:
    """The size and lines at which ``text`` fits ``width`` points: as given if it fits, else
    shrunk to one line down to ``FIELD_MIN_SIZE``, else broken over the lines that fit
    ``depth`` points below the first baseline, at the largest size that lets it (a long
    address or village)."""
    full = fonts.string_width(text, size)
    if full <= width:
        return size, [text]
    if size * width / full >= FIELD_MIN_SIZE:
        return size * width / full, [text]
    step = size
    while step > FIELD_MIN_SIZE:
        lines = cjk_lines(text, font, step, width, width)
        deep = (len(lines) - 1) * LINE_PITCH * step + 0.25 * step
        if deep <= depth and all(fonts.string_width(line, step) <= width for line in lines):
            return step, lines
        step -= 0.5
    return FIELD_MIN_SIZE, cjk_lines(text, font, FIELD_MIN_SIZE, width, width)


def values(card: CertificateCard) -> dict[str, str]:
    return {
        "number": card.number, "head_name": card.head_name, "village": card.village, "address": card.address,
        "kind": L.CERTIFICATE_KINDS.get(card.hukou_type, ""), "persons": f"{card.persons} 人",
        "category": card.category, "monthly": f"{fen_to_yuan(card.monthly_fen)} 元",
        "start": f"{card.start.year}年{card.start.month}月" if card.start else "",
        "issued_on": f"{card.issued_on.year}年{card.issued_on.month}月{card.issued_on.day}日", "issuer": card.issuer,
    }


def render(path: str | Path, card: CertificateCard, *, offset_x_mm: float = 0.0, offset_y_mm: float = 0.0,
           proof: bool = False) -> RenderInfo:
    return render_many(path, [card], offset_x_mm=offset_x_mm, offset_y_mm=offset_y_mm, proof=proof)


def render_many(path: str | Path, cards, *, offset_x_mm: float = 0.0, offset_y_mm: float = 0.0,
                proof: bool = False, calibrate: bool = False) -> RenderInfo:
    """One booklet page per card (a batch goes through the printer in one job). The offset
    moves every field: x to the right, y down, in millimetres. ``calibrate`` adds a cross
    that should land ``CROSS_MM`` from the sheet's left and top edges: measure where it
    lands and correct the offset by the difference (``calibration_cross_mm``: further in
    when the offset would move it off the sheet)."""
    info = RenderInfo()
    font = fonts.register()
    w, h = (v * mm for v in L.CERTIFICATE_PAGE_MM)
    c = Canvas(str(path), pagesize=(w, h), initialFontName=font)  # type: ignore[arg-type]  # a font name; reportlab's stubs say float
    c.setTitle(L.CERTIFICATE_TITLE)
    c.setAuthor("dibao-desk")
    dx, dy = offset_x_mm * mm, offset_y_mm * mm
    for card in cards:
        if proof:
            c.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
            c.rect(1, 1, w - 2, h - 2)
            c.line(w / 2, 0, w / 2, h)
            c.setFillColor(colors.Color(0.5, 0.5, 0.5))
            fonts.draw_string(c, w * 0.75, h - 12 * mm, L.CERTIFICATE_TITLE, 14, "center")
        shown = values(card)
        for key, label_text, x, y, size in L.CERTIFICATE_FIELDS:
            baseline = h - y * mm - dy
            if proof:  # the card's own words stay where the card has them
                c.setFillColor(colors.Color(0.5, 0.5, 0.5))
                fonts.draw_string(c, x * mm - 2 * mm, h - y * mm, label_text + "：", 8, "right")
            c.setFillColor(colors.black)
            fitted, lines = fit_field(info.check(shown[key]), size, field_width_pt(x, y, offset_x_mm), font,
                                      field_depth_pt(y))
            for i, line in enumerate(lines):
                fonts.draw_string(c, x * mm + dx, baseline - i * fitted * LINE_PITCH, line, fitted)
        if calibrate:
            cross_x, cross_y = calibration_cross_mm(offset_x_mm, offset_y_mm)
            _cross(c, cross_x * mm + dx, h - cross_y * mm - dy)
            c.setFillColor(colors.black)
            fonts.draw_string(c, cross_x * mm + dx + 4 * mm, h - cross_y * mm - dy - 1 * mm,
                              CROSS_NOTE.format(x=cross_x, y=cross_y), 8)
        stamp_demo(c, w, h)
        c.showPage()
        info.pages += 1
    save_canvas(c, path)
    return info
