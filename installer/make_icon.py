"""Draw the program icon and the installer's images.

    python installer/make_icon.py

resources/icons/dibao-desk.png (256 px) and .ico (16-256 px): a red seal-like square with the
character 保 in white, drawn with Qt and the shipped font; Pillow writes the multi-size .ico.
resources/installer/wizard.bmp (164x314, Inno Setup's welcome page) and wizard-small.bmp
(55x55, the other pages). The files are committed; run this only to change them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPainterPath, QPen

    sys.path.insert(0, str(ROOT / "src"))
    from dibao_desk.resources import FONT_FILE

    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(FONT_FILE)))[0]
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.04
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    path = QPainterPath()
    path.addRoundedRect(rect, size * 0.16, size * 0.16)
    p.fillPath(path, QColor("#c0272d"))
    if size >= 32:  # an inner line, like a seal's border
        inner = rect.adjusted(size * 0.08, size * 0.08, -size * 0.08, -size * 0.08)
        p.setPen(QPen(QColor(255, 255, 255, 200), max(1.0, size * 0.025)))
        p.drawRoundedRect(inner, size * 0.09, size * 0.09)
    font = QFont(family)
    font.setPixelSize(int(size * (0.62 if size >= 32 else 0.78)))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "保")
    p.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PIL import Image

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts need it)
    OUT.mkdir(parents=True, exist_ok=True)
    frames = []
    for size in SIZES:
        image = draw(size)
        png = OUT / f"dibao-desk-{size}.png"
        image.save(str(png))
        frames.append(Image.open(png).convert("RGBA"))
    (OUT / "dibao-desk-256.png").replace(OUT / "dibao-desk.png")
    frames[-1].save(OUT / "dibao-desk.ico", sizes=[(s, s) for s in SIZES], append_images=frames[:-1])
    for size in SIZES[:-1]:
        (OUT / f"dibao-desk-{size}.png").unlink()
    wizard_images()
    print(OUT / "dibao-desk.png", OUT / "dibao-desk.ico", INSTALLER)
    return 0


INSTALLER = ROOT / "resources" / "installer"


def wizard_images() -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    INSTALLER.mkdir(parents=True, exist_ok=True)
    tall = QImage(164, 314, QImage.Format.Format_RGB32)
    tall.fill(QColor("#fbf4ec"))
    p = QPainter(tall)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(0, 0, 164, 8, QColor("#c0272d"))
    p.fillRect(0, 306, 164, 8, QColor("#c0272d"))
    p.drawImage(QRectF(34, 60, 96, 96), draw(96))
    font = QFont("WenQuanYi Micro Hei")  # registered by draw()
    font.setPixelSize(24)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#7a1a1e"))
    p.drawText(QRectF(0, 180, 164, 36), Qt.AlignmentFlag.AlignCenter, "低保经办")
    font.setPixelSize(12)
    font.setBold(False)
    p.setFont(font)
    p.setPen(QColor("#5b4a3f"))
    p.drawText(QRectF(8, 222, 148, 40), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
               "乡镇最低生活保障经办")
    p.end()
    tall.save(str(INSTALLER / "wizard.bmp"))
    small = QImage(55, 55, QImage.Format.Format_RGB32)
    small.fill(QColor("white"))
    p = QPainter(small)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.drawImage(QRectF(2, 2, 51, 51), draw(51))
    p.end()
    small.save(str(INSTALLER / "wizard-small.bmp"))



if __name__ == "__main__":
    raise SystemExit(main())
