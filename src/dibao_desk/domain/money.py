"""Money is held in integer fen (分). These helpers parse and format yuan."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation, ROUND_HALF_UP


def yuan_to_fen(text: str | int | float | Decimal | None) -> int:
    """Parse an amount in yuan ("1,234.5", "１２３", 12.3) into fen. Raises ValueError."""
    if text is None:
        raise ValueError("empty")
    if isinstance(text, (int, Decimal)):
        value = Decimal(text)
    elif isinstance(text, float):
        value = Decimal(repr(text))
    else:
        import unicodedata

        cleaned = unicodedata.normalize("NFKC", text).replace(",", "").replace("元", "").strip()
        if not cleaned:
            raise ValueError("empty")
        try:
            value = Decimal(cleaned)
        except InvalidOperation as exc:
            raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    try:
        return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    except InvalidOperation as exc:  # "1e400": more digits than any amount has
        raise ValueError(text) from exc


class BelowFen(ValueError):
    """An amount typed with more than two decimals: below a fen, which no amount is kept in."""


def typed_yuan_to_fen(text: str) -> int:
    """An amount a person typed, in yuan, into fen: as ``yuan_to_fen``, but "350.505" is refused
    (``BelowFen``) instead of being kept as 350.51, which is not what was typed ("350.500" is
    350.50). Raises ValueError for what is no amount."""
    fen = yuan_to_fen(text)
    import unicodedata

    cleaned = unicodedata.normalize("NFKC", text).replace(",", "").replace("元", "").strip()
    if Decimal(cleaned) * 100 != fen:
        raise BelowFen(text)
    return fen


def fen_to_yuan(fen: int, *, decimals: int = 2) -> str:
    """12345 -> '123.45'; with decimals=0, rounded to whole yuan."""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    if decimals == 0:
        return f"{sign}{(fen + 50) // 100}"
    return f"{sign}{fen // 100}.{fen % 100:02d}"
