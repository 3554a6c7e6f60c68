"""Files shipped with the program (the CJK font and its licence)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
FONT_FILE = ROOT / "fonts" / "wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"
