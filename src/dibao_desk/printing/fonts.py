"""The shipped font (WenQuanYi Micro Hei), registered once with reportlab.

reportlab embeds only the glyphs used (a subset) by default. Characters the
font lacks (some rare characters in names, e.g. CJK Extension A/B) cannot be
drawn: :func:`printable` puts a hollow square in their place so the spot is
visible on paper and can be completed by hand, and :func:`missing` tells the
caller which characters were affected so the operator is warned.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dibao_desk.resources import FONT_FILE

FONT_NAME = "WQYMicroHei"
# Drawn where the font has no glyph: a visible gap to be completed by hand.
PLACEHOLDER = "\u25a1"  # □

_lock = threading.Lock()
_font: TTFont | None = None
_cmap: frozenset[int] | None = None


def register() -> str:
    """Register the font with reportlab (once) and return its name."""
    global _font, _cmap
    with _lock:
        if _font is None:
            font = TTFont(FONT_NAME, str(FONT_FILE), subfontIndex=0)
            pdfmetrics.registerFont(font)
            _cmap = frozenset(font.face.charToGlyph)
            _font = font
    return FONT_NAME


def charmap() -> frozenset[int]:
    """Code points the font has a glyph for."""
    register()
    assert _cmap is not None
    return _cmap


def has_char(ch: str) -> bool:
    return ch in "\n\t" or ord(ch) in charmap()


def missing(text: str) -> list[str]:
    """The characters of ``text`` the font cannot draw, each once, in order of appearance."""
    cmap = charmap()
    seen: list[str] = []
    for ch in text:
        if ord(ch) not in cmap and ch not in "\n\t" and ch not in seen:
            seen.append(ch)
    return seen


def printable(text: str) -> str:
    """``text`` with every character the font lacks replaced by the placeholder."""
    cmap = charmap()
    if all(ord(ch) in cmap or ch in "\n\t" for ch in text):
        return text
    return "".join(ch if (ord(ch) in cmap or ch in "\n\t") else PLACEHOLDER for ch in text)
