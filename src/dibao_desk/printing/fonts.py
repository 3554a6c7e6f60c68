"""The shipped fonts, registered once with reportlab: WenQuanYi Micro Hei for everything,
and Hanazono Mincho for the rare characters in names it lacks (CJK Extension A, and
Extension B and beyond: 䶮 㛃 𠮷 𡒄).

reportlab embeds only the glyphs used (a subset). It does not fall back from one font to
another by itself: :func:`markup` and :func:`runs` split a text into runs, each in a font
that has its characters. The fallback fonts are read only when a text needs them (each
takes about half a second to read). A character no shipped font has cannot be drawn:
:func:`printable` puts a hollow square in its place so the spot is visible on paper and
can be completed by hand, and :func:`missing` tells the caller which characters were
affected so the operator is warned.
"""

from __future__ import annotations

import threading
from typing import Iterator

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from dibao_desk.resources import FALLBACK_FONT_FILES, FONT_FILE

FONT_NAME = "WQYMicroHei"
FALLBACK_NAMES = ("HanaMinExtA", "HanaMinB")
# Drawn where no font has a glyph: a visible gap to be completed by hand.
PLACEHOLDER = "\u25a1"  # □
_CONTROL = "\n\t"

_lock = threading.Lock()
_font: TTFont | None = None
_cmap: frozenset[int] | None = None
_fallbacks: list[tuple[str, frozenset[int]]] | None = None


def _utf16_hex(code: int) -> str:
    return "".join(f"{unit:04X}" for unit in
                   ((0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF))
                    if code > 0xFFFF else (code,)))


def _to_unicode_cmap(fontname, subset):
    """reportlab's ToUnicode map, with characters beyond U+FFFF (CJK Extension B …) written as
    UTF-16 surrogate pairs as the PDF reference requires; reportlab writes the bare code point,
    so 𠮷 printed correctly but could not be found or copied in the PDF."""
    text = _reportlab_to_unicode(fontname, subset)
    if all(v <= 0xFFFF for v in subset):
        return text
    lines = text.split("\n")
    start = lines.index(f"{len(subset)} beginbfchar") + 1
    for i, v in enumerate(subset):
        lines[start + i] = f"<{i:02X}> <{_utf16_hex(v)}>"
    return "\n".join(lines)


_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def register() -> str:
    """Register the main font with reportlab (once) and return its name."""
    global _font, _cmap
    with _lock:
        if ttfonts.makeToUnicodeCMap is _reportlab_to_unicode:
            ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        if _font is None:
            font = TTFont(FONT_NAME, str(FONT_FILE), subfontIndex=0)
            pdfmetrics.registerFont(font)
            _cmap = frozenset(font.face.charToGlyph)
            _font = font
    return FONT_NAME


def fallbacks() -> list[tuple[str, frozenset[int]]]:
    """The fallback fonts (name, characters), registered on first use."""
    global _fallbacks
    register()
    with _lock:
        if _fallbacks is None:
            found = []
            for name, path in zip(FALLBACK_NAMES, FALLBACK_FONT_FILES):
                if not path.exists():
                    continue
                font = TTFont(name, str(path))
                pdfmetrics.registerFont(font)
                found.append((name, frozenset(font.face.charToGlyph)))
            _fallbacks = found
    return _fallbacks


def charmap() -> frozenset[int]:
    """Code points the main font has a glyph for."""
    register()
    assert _cmap is not None
    return _cmap


def font_for(ch: str) -> str | None:
    """The font that draws ``ch``: the main one if it can, else a fallback, else None."""
    code = ord(ch)
    if code in charmap() or ch in _CONTROL:
        return FONT_NAME
    for name, cmap in fallbacks():
        if code in cmap:
            return name
    return None


def has_char(ch: str) -> bool:
    """Some shipped font draws ``ch``."""
    return font_for(ch) is not None


def in_main_font(text: str) -> bool:
    cmap = charmap()
    return all(ord(ch) in cmap or ch in _CONTROL for ch in text)


def missing(text: str) -> list[str]:
    """The characters of ``text`` no shipped font can draw, each once, in order of appearance."""
    if in_main_font(text):
        return []
    seen: list[str] = []
    for ch in text:
        if ch not in seen and font_for(ch) is None:
            seen.append(ch)
    return seen


def printable(text: str) -> str:
    """``text`` with every character no font has replaced by the placeholder."""
    if in_main_font(text):
        return text
    return "".join(ch if font_for(ch) is not None else PLACEHOLDER for ch in text)


def runs(text: str) -> Iterator[tuple[str, str]]:
    """``text`` as (font name, piece) runs, each piece drawn by its font (run :func:`printable` first)."""
    if in_main_font(text):
        if text:
            yield FONT_NAME, text
        return
    current, piece = None, ""
    for ch in text:
        name = font_for(ch) or FONT_NAME
        if name != current and piece:
            yield current, piece  # type: ignore[misc]
            piece = ""
        current = name
        piece += ch
    if piece:
        yield current, piece  # type: ignore[misc]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str) -> str:
    """``text`` escaped for a reportlab paragraph, rare characters in their fallback font."""
    return "".join(_escape(piece) if name == FONT_NAME else f'<font name="{name}">{_escape(piece)}</font>'
                   for name, piece in runs(text))


def string_width(text: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in runs(text))


def draw_string(canvas, x: float, y: float, text: str, size: float, align: str = "left") -> None:
    """Draw ``text`` on a canvas at ``size``, each run in its font (left, centre or right of ``x``)."""
    width = string_width(text, size)
    start = {"center": x - width / 2, "right": x - width}.get(align, x)
    for name, piece in runs(text):
        canvas.setFont(name, size)
        canvas.drawString(start, y, piece)
        start += pdfmetrics.stringWidth(piece, name, size)
