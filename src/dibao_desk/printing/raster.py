"""PDF pages as pixels (pypdfium2), for the preview window and for printing through the
system's printer dialog. Qt-free: the window turns the bytes into an image.

pypdfium2 (Apache-2.0/BSD, about 9 MB installed) was chosen over QtPdf, which needs
PySide6-Addons (several hundred MB) for the same two functions.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

# pdfium is not thread-safe: one page at a time in the whole process.
_lock = threading.Lock()


@dataclass(frozen=True)
class PageImage:
    """An RGB image of one page: ``height`` rows of ``stride`` bytes."""

    width: int
    height: int
    stride: int
    data: bytes
    width_pt: float  # the page's size in points (1/72 inch)
    height_pt: float


class PdfPages:
    """An open PDF whose pages can be drawn at any resolution. Close it (or use ``with``)."""

    def __init__(self, path: str | Path):
        with _lock:
            self._doc = pdfium.PdfDocument(str(path))
            self.count = len(self._doc)

    def size(self, index: int) -> tuple[float, float]:
        with _lock:
            w, h = self._doc[index].get_size()
            return float(w), float(h)

    def render(self, index: int, dpi: float) -> PageImage:
        with _lock:
            page = self._doc[index]
            w, h = page.get_size()
            bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)  # RGB, not BGR
            try:
                return PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer), w, h)
            finally:
                bitmap.close()
                page.close()

    def close(self) -> None:
        with _lock:
            if self._doc is not None:
                self._doc.close()
                self._doc = None

    def __enter__(self) -> "PdfPages":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
