"""Write a bank transfer file (代发文件) in a layout: all of it or nothing.

Every line is formatted and checked before the file is touched, and the file is written
through ``atomic.replacing``. A name the layout's encoding cannot carry (a rare character
outside GBK) is refused with the name and the line, never replaced by “?”: the bank matches
the name on the account, and a substituted character fails the transfer or, worse, pays a
different spelling. The office asks the bank how its system spells that person's name and
types it that way, or chooses a layout in GB18030 or UTF-8 if the bank takes one. A value
wider than its column is refused too, never cut.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Sequence

from dibao_desk.atomic import replacing
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.exchange.bank_layouts import Column, Layout, PayLine, yuan_text

MAX_PROBLEMS = 50


@dataclass(frozen=True)
class Written:
    path: Path
    layout: str
    count: int
    total_fen: int


def _cell_text(col: Column, line: PayLine, seq: int) -> str:
    f = col.field
    if f == "seq":
        return str(seq)
    if f == "amount":
        return str(line.amount_fen) if col.amount == "fen" else yuan_text(line.amount_fen)
    if f == "const":
        return col.value
    if f == "blank":
        return ""
    return getattr(line, f)


def _getter(col: Column):
    """(line, seq) -> the cell's text, chosen once per column."""
    f = col.field
    if f == "seq":
        return lambda line, seq: str(seq)
    if f == "amount":
        if col.amount == "fen":
            return lambda line, seq: str(line.amount_fen)
        return lambda line, seq: yuan_text(line.amount_fen)
    if f == "const":
        return lambda line, seq, v=col.value: v
    if f == "blank":
        return lambda line, seq: ""
    index = PayLine._fields.index(f)
    return lambda line, seq: line[index]


def template_values(count: int, total_fen: int, batch: str, date: dt.date) -> dict:
    return {"count": count, "total_fen": total_fen, "total_yuan": yuan_text(total_fen), "batch": batch,
            "date": date.strftime("%Y%m%d")}


def _check_lines(lines: Sequence[PayLine]) -> list[Problem]:
    problems = []
    for i, line in enumerate(lines, start=1):
        if line.amount_fen <= 0:
            problems.append(Problem("bank_file.amount", "amount", {"line": i, "name": line.name,
                                                                   "amount": yuan_text(line.amount_fen)}))
        if not line.account:
            problems.append(Problem("bank_file.no_account", "account", {"line": i, "name": line.name}))
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems


def text_lines(layout: Layout, lines: Sequence[PayLine], values: dict) -> list[bytes]:
    """The file's lines as bytes in the layout's encoding, or RuleError naming each bad line."""
    enc = layout.encoding
    out: list[bytes] = []
    problems: list[Problem] = []

    def encode(text: str, line_no: int, name: str, what: str) -> bytes | None:
        try:
            return text.encode(enc)
        except UnicodeEncodeError as exc:
            problems.append(Problem("bank_file.unencodable", what, {
                "line": line_no, "name": name, "char": text[exc.start:exc.end], "encoding": enc.upper()}))
            return None

    def fixed(text: str, col: Column, line_no: int, name: str) -> bytes:
        data = encode(text, line_no, name, col.field)
        if data is None:
            return b""
        if len(data) > col.width:
            problems.append(Problem("bank_file.too_wide", col.field, {
                "line": line_no, "name": name, "value": text, "width": col.width, "field": col.field}))
            return data
        pad = col.pad.encode("ascii") * (col.width - len(data))
        return pad + data if col.align == "right" else data + pad

    for i, t in enumerate(layout.header_lines, start=1):
        data = encode(t.format(**values), 0, "", "header_lines")
        if data is not None:
            out.append(data)
    if layout.column_headers:
        out.append(b"".join(fixed(c.header, c, 0, "") for c in layout.columns))
    cols = layout.columns
    getters = [_getter(c) for c in cols]
    specs = [(get, c.width, c.align == "right", c.pad.encode("ascii")) for get, c in zip(getters, cols)]
    for seq, line in enumerate(lines, start=1):
        parts = []
        try:  # the common case, without a call per cell; a line that fails is looked at again below
            for get, width, right, pad in specs:
                data = get(line, seq).encode(enc)
                if len(data) > width:
                    raise ValueError
                parts.append(data.rjust(width, pad) if right else data.ljust(width, pad))
        except (UnicodeEncodeError, ValueError):
            parts = [fixed(_cell_text(c, line, seq), c, seq, line.name) for c in cols]
        out.append(b"".join(parts))
        if len(problems) >= MAX_PROBLEMS:
            break
    for t in layout.trailer_lines:
        data = encode(t.format(**values), 0, "", "trailer_lines")
        if data is not None:
            out.append(data)
    if problems:
        raise RuleError(problems)
    return out


def write(layout: Layout, lines: Sequence[PayLine], out: str | Path, *, batch: str = "",
          date: dt.date | None = None) -> Written:
    """Write ``lines`` to ``out`` in ``layout``; nothing is written unless every line is good."""
    problems = _check_lines(lines)
    if problems:
        raise RuleError(problems)
    total = sum(line.amount_fen for line in lines)
    values = template_values(len(lines), total, batch, date or dt.date.today())
    out = Path(out)
    if layout.kind == "text":
        data = text_lines(layout, lines, values)
        eol = layout.line_ending.encode("ascii")
        with replacing(out) as tmp:
            with open(tmp, "wb") as fh:
                fh.write(eol.join(data) + eol)
    else:
        _check_text_cells(layout, lines)
        with replacing(out, suffix=".part.xlsx") as tmp:
            _write_xlsx(layout, lines, values, tmp)
    return Written(out, layout.name, len(lines), total)


def _check_text_cells(layout: Layout, lines: Sequence[PayLine]) -> None:
    """xlsx carries any character; only characters XML cannot hold (control characters) are refused."""
    import re

    bad = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
    problems = [Problem("bank_file.control_char", "name", {"line": i, "name": repr(line.name)})
                for i, line in enumerate(lines, start=1)
                if bad.search(line.name) or bad.search(line.account) or bad.search(line.reference)]
    if problems:
        raise RuleError(problems[:MAX_PROBLEMS])


def _write_xlsx(layout: Layout, lines: Sequence[PayLine], values: dict, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(layout.sheet)
    for t in layout.header_lines:
        ws.append([t.format(**values)])
    ws.append([c.header for c in layout.columns])
    # One getter per column, chosen once: text fields stay str (text cells, never numbers:
    # an 18-digit ID or a 19-digit account typed as a number loses its last digits in Excel).
    getters: list[Callable[..., Any] | None] = []
    for c in layout.columns:
        f = c.field
        if f == "seq":
            getters.append(None)
        elif f == "amount":
            getters.append((lambda ln: ln.amount_fen) if c.amount == "fen"
                           else (lambda ln: Decimal(ln.amount_fen).scaleb(-2)))
        elif f == "const":
            getters.append(lambda ln, v=c.value: v)
        elif f == "blank":
            getters.append(lambda ln: None)
        else:
            getters.append(lambda ln, f=f: getattr(ln, f))
    # A write-only sheet writes each appended row out at once, so one styled cell per money
    # column serves every row (a new styled cell per row costs more than the rest of the row).
    money_cells = {}
    for i, c in enumerate(layout.columns):
        if c.field == "amount" and c.amount == "yuan":
            money_cells[i] = WriteOnlyCell(ws)
            money_cells[i].number_format = "0.00"
    for seq, line in enumerate(lines, start=1):
        row = [seq if g is None else g(line) for g in getters]
        for i, cell in money_cells.items():
            cell.value = row[i]
            row[i] = cell
        ws.append(row)
    for t in layout.trailer_lines:
        ws.append([t.format(**values)])
    wb.save(path)
