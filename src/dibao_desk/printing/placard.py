"""The household placard (挂牌) for the door: "农村低保户" / "城市低保户" in large type,
the head of household, the village, the office and the complaint phone."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from dibao_desk.printing import fonts
from dibao_desk.printing import layout as L
from dibao_desk.printing.document import RenderInfo, save_canvas, stamp_demo
from dibao_desk.printing.mask import scrub


@dataclass(frozen=True)
class PlacardData:
    hukou: str  # rural | urban
    head_name: str
    village: str
    signer: str  # 德安镇人民政府
    phone: str
    number: str = ""  # the household's number in this office


# The head and the village share a line down to this size (points); below it they take a line each.
PLACARD_LINE_LEAST = 28.0


def _fit(text: str, size: float, width: float) -> float:
    """The largest size up to ``size`` at which ``text`` fits ``width``."""
    w = fonts.string_width(text, size)
    return size if w <= width else size * width / w


def render(path: str | Path, data: PlacardData, page: L.PageSpec | None = None) -> RenderInfo:
    page = page or L.PageSpec("A4", True)
    info = RenderInfo()
    font = fonts.register()
    w, h = page.size
    c = Canvas(str(path), pagesize=page.size, initialFontName=font)  # type: ignore[arg-type]  # a font name; reportlab's stubs say float
    c.setTitle(L.FORM_TITLES["placard"])
    c.setAuthor("dibao-desk")
    m = page.margin
    c.setStrokeColor(colors.Color(0.75, 0.1, 0.1))
    c.setLineWidth(4)
    c.rect(m, m, w - 2 * m, h - 2 * m)
    c.setLineWidth(1)
    c.rect(m + 3 * mm, m + 3 * mm, w - 2 * m - 6 * mm, h - 2 * m - 6 * mm)
    inner = w - 2 * m - 30 * mm
    headline = L.PLACARD_LINES.get(data.hukou, "低保户")
    size = _fit(headline, 120, inner)
    c.setFillColor(colors.Color(0.75, 0.1, 0.1))
    c.setFont(font, size)
    c.drawCentredString(w / 2, h * 0.58, headline)
    c.setFillColor(colors.black)
    # the door is as public as the board: a number written into the name or village is masked
    # (the phone at the foot is the office's own)
    head_name, village = scrub(data.head_name), scrub(data.village)
    line = info.check(f"户主：{head_name}　　{village}")
    if _fit(line, 40, inner) >= PLACARD_LINE_LEAST:
        fonts.draw_string(c, w / 2, h * 0.38, line, _fit(line, 40, inner), "center")
    else:  # a long name or village: two lines, each large enough to read from the path
        for text, y in ((f"户主：{head_name}", 0.42), (village, 0.30)):
            text = info.check(text)
            fonts.draw_string(c, w / 2, h * y, text, _fit(text, 40, inner), "center")
    foot = info.check(f"{data.signer}　　监督电话：{data.phone}" + (f"　　编号：{data.number}" if data.number else ""))
    fonts.draw_string(c, w / 2, m + 16 * mm, foot, _fit(foot, 18, inner), "center")
    stamp_demo(c, w, h)
    c.showPage()
    save_canvas(c, path)
    info.pages = 1
    return info
