"""Files shipped with the program: the CJK fonts and their licences, the compiled translations
(``translations/*.qm``, built from the top-level ``resources/translations/*.ts``), the national
bank codes (``bank_codes.tsv``, read by ``domain.banks``) and the built-in bank-file layouts
(``bank_layouts/*.json``, read by ``exchange.bank_layouts``)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
FONT_FILE = ROOT / "fonts" / "wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"
# Rare characters in names the main font lacks: CJK Extension A, and Extension B and beyond
# (Hanazono Mincho, Hanazono Font License; see fonts/LICENSE-hanazono.txt). Tried in order.
FALLBACK_FONT_FILES = (ROOT / "fonts" / "hanamin-exta.ttf", ROOT / "fonts" / "HanaMinB.ttf")
TRANSLATIONS_DIR = ROOT / "translations"


def icon_file() -> Path | None:
    """The program icon: copied into the package by the frozen build, else the checkout's own."""
    for candidate in (ROOT / "icons" / "dibao-desk.png",
                      ROOT.parent.parent.parent / "resources" / "icons" / "dibao-desk.png"):
        if candidate.is_file():
            return candidate
    return None
