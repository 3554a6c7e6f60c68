"""Files shipped with the program (the CJK fonts and their licences)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
FONT_FILE = ROOT / "fonts" / "wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"
# Rare characters in names the main font lacks: CJK Extension A, and Extension B and beyond
# (Hanazono Mincho, Hanazono Font License; see fonts/LICENSE-hanazono.txt). Tried in order.
FALLBACK_FONT_FILES = (ROOT / "fonts" / "hanamin-exta.ttf", ROOT / "fonts" / "HanaMinB.ttf")
