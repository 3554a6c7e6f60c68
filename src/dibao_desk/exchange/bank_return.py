"""Read a bank's result file (回盘): xlsx, csv or fixed-column text, GBK or UTF-8.

Only reading happens here: the lines come back as ``ReturnLine`` with the line a person
finds them on, and whatever makes the file unusable is a problem naming the line (codes
``return.*``, words in messages/bank.py). Matching the lines to the roster is
``domain.bank_return.match``.

Encoding: a UTF-8 byte order mark is skipped; otherwise the file is UTF-8 if it decodes as
UTF-8, else GBK if it decodes as GBK
(GB18030 when the layout is in GB18030). A file that is neither (UTF-16, Big5, a picture), or a
UTF-8 file with a stretch in another encoding, is refused naming the line. A fixed-column file
must be in its layout's encoding: its widths are counted in that encoding's bytes.
"""

from __future__ import annotations

import codecs
import csv
import re
import string
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from dibao_desk.domain.bank_return import Outcome, ReturnLine, parse_amount, parse_flag, parse_status
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.exchange import safety
from dibao_desk.exchange.bank_layouts import FAILED_WORDS, PAID_WORDS, Column, Layout

MAX_PROBLEMS = 50
# A bank's answer to 40,000 transfers is a few MB (about 150 bytes a line); reading costs about
# twenty times the file's size in memory. A file far beyond any roster is refused unread.
MAX_FILE_BYTES = 32 * safety.MB
_LIMITS = replace(safety.DEFAULT_LIMITS, max_file_bytes=MAX_FILE_BYTES)
HEADER_ROWS = 15  # the column headers are looked for in this many first rows
TOTAL_ROW = re.compile(r"^(合计|总计)")
_COUNT_TOTAL = re.compile(r"(\d+)\s*笔.*?([\d,]+(?:\.\d{1,2})?)\s*元")
# A status column headed as one of these answers yes or no (是/否, Y/N, 1/0): domain.parse_flag.
FLAG_HEADERS = ("成功标志", "处理标志", "入账标志", "交易标志")


def _flag_header(label: str) -> bool:
    t = "".join(unicodedata.normalize("NFKC", label or "").split())
    return any(w in t for w in FLAG_HEADERS)


@dataclass(frozen=True)
class ReturnFile:
    name: str
    kind: str                   # xlsx | csv | text
    encoding: str               # utf-8 | gbk | ascii | "" (xlsx)
    lines: tuple[ReturnLine, ...]
    batch: str = ""             # from a header line, when the layout has one
    declared_count: int | None = None
    declared_total_fen: int | None = None


class _Problems(list):
    def add(self, code: str, line: int, **params) -> None:
        if len(self) < MAX_PROBLEMS:
            self.append(Problem(code, "line", {"line": line, **params}))


def read(path: str | Path, layout: Layout | None = None) -> ReturnFile:
    """The lines of a result file, or RuleError with every problem found (each naming its line)."""
    path = Path(path)
    _STATUS_CACHE.clear()
    problems = safety.check_file(path, _LIMITS)
    if problems:
        raise RuleError(problems)
    kind = safety.sniff(path)
    if kind in ("zip", "ole"):
        return _read_workbook(path, layout)
    data = path.read_bytes()
    # GB18030 holds GBK and the rare names GBK cannot write: a layout in it is read in it
    legacy = "gb18030" if layout is not None and layout.encoding == "gb18030" else "gbk"
    text, encoding = decode(data, path.name, legacy)
    if layout is not None and layout.kind == "text" and not _delimited(text):
        return _read_fixed(path.name, text, encoding, layout, ended=data.endswith(b"\n"))
    return _read_delimited(path.name, text, encoding, layout, ended=data.endswith(b"\n"))


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes, name: str = "", legacy: str = "gbk") -> tuple[str, str]:
    """(text, encoding) or RuleError naming the line where the bytes stop making sense.
    ``legacy``: the encoding tried when the bytes are not UTF-8 (gbk, or gb18030 for a layout in it)."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            raise RuleError(_undecodable(data, exc.start + 3, "UTF-8", name, exc)) from None
    if data.startswith(_NOT_TEXT_MAGIC):
        raise RuleError(Problem("return.not_text", "file", {"name": name}))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_without_bom(data[:4096]):
        raise RuleError(Problem("return.encoding", "file", {"name": name, "line": 1, "found": "UTF-16"}))
    if b"\x00" in data[:4096]:  # no text file holds NUL bytes: a picture, a document, a program
        raise RuleError(Problem("return.not_text", "file", {"name": name}))
    try:
        text = data.decode("utf-8")
        if text.isascii():
            return text, "ascii"
        if _UTF8_TEXT.search(text) or not _is_legacy(data, legacy):
            return text, "utf-8"
        return data.decode(legacy), legacy  # GBK names whose bytes happen to be valid UTF-8 too
    except UnicodeDecodeError as exc:
        utf8_exc = exc
    good = data[:utf8_exc.start]
    if _UTF8_TEXT.search(good.decode("utf-8")):  # UTF-8 up to here: the rest is cut short or in another encoding
        raise RuleError(_undecodable(data, utf8_exc.start, "UTF-8", name, utf8_exc))
    try:
        return data.decode(legacy), legacy
    except UnicodeDecodeError as exc:
        raise RuleError(_undecodable(data, exc.start, legacy.upper(), name, exc)) from None


# A character a UTF-8 bank file holds (a Chinese name: three bytes in UTF-8). Two GBK bytes are
# often a valid two-byte UTF-8 sequence too (史 is CA B7, read as ʷ), so UTF-8 that spells only
# characters below U+0800 is no evidence against GBK.
_UTF8_TEXT = re.compile("[\u0800-\U0010ffff]")


def _is_legacy(data: bytes, legacy: str) -> bool:
    try:
        data.decode(legacy)
    except UnicodeDecodeError:
        return False
    return True


# Files people pick by mistake: PDF, PNG, JPEG, GIF, a Word or WPS document's zip is caught earlier.
_NOT_TEXT_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM")


def _utf16_without_bom(head: bytes) -> bool:
    """UTF-16 text without a byte order mark: mostly ASCII, so every other byte is NUL."""
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return max(even.count(0) / len(even), odd.count(0) / len(odd)) > 0.4


def _undecodable(data: bytes, offset: int, enc: str, name: str, exc: UnicodeDecodeError) -> Problem:
    line = _line_of(data, offset)
    if exc.reason == "unexpected end of data" or offset >= len(data) - 3:
        return Problem("return.truncated", "file", {"name": name, "line": line})
    return Problem("return.encoding_line", "file", {"name": name, "line": line, "encoding": enc})


def _delimited(text: str) -> bool:
    for raw in text.splitlines():
        if raw.strip():
            return "," in raw or "\t" in raw
    return False


# ---- fixed columns ---------------------------------------------------------------------

def template_regex(template: str) -> re.Pattern:
    """A header or trailer template read backwards: each field's width from its format spec."""
    parts = []
    for i, (literal, name, spec, _conv) in enumerate(string.Formatter().parse(template)):
        parts.append(re.escape(literal))
        if name is None:
            continue
        m = re.match(r"^(?:.?[<>^=])?[+\- ]?#?0?(\d+)", spec or "")
        width = int(m.group(1)) if m else 0
        parts.append(f"(?P<{name}_{i}>.{{{width}}})" if width else f"(?P<{name}_{i}>.*?)")
    return re.compile("^" + "".join(parts) + "$")


def _template_values(regex: re.Pattern, line: str) -> dict[str, str] | None:
    m = regex.match(line)
    if m is None:
        return None
    return {k.rsplit("_", 1)[0]: v.strip() for k, v in m.groupdict().items()}


def _read_fixed(name: str, text: str, encoding: str, layout: Layout, ended: bool) -> ReturnFile:
    problems = _Problems()
    if encoding not in ("ascii", layout.encoding) and not (layout.encoding == "gb18030" and encoding == "gbk"):
        raise RuleError(Problem("return.encoding_layout", "file", {
            "name": name, "line": 1, "found": encoding.upper(), "expected": layout.encoding.upper(),
            "layout": layout.title}))
    raw_lines = text.split("\n")
    while raw_lines and not raw_lines[-1].strip():  # blank lines after the trailer (an editor, a copy)
        raw_lines.pop()
    rows = [(i, r[:-1] if r.endswith("\r") else r) for i, r in enumerate(raw_lines, start=1)]
    n_head, n_tail = len(layout.header_lines), len(layout.trailer_lines)
    info: dict[str, str] = {}
    for (no, row), tmpl in zip(rows[:n_head], layout.header_lines):
        got = _template_values(template_regex(tmpl), row)
        if got is None:
            problems.add("return.header_line", no, name=name)
        else:
            info.update(got)
    if len(rows) < n_head + n_tail:
        raise RuleError(Problem("return.truncated", "file", {"name": name, "line": len(rows) + 1}))
    tail = rows[len(rows) - n_tail:] if n_tail else []
    for (no, row), tmpl in zip(tail, layout.trailer_lines):
        got = _template_values(template_regex(tmpl), row)
        if got is None:
            raise RuleError(_no_trailer(name, rows, n_head, n_tail, layout.trailer_lines, no))
        info.update(got)
    body = rows[n_head:len(rows) - n_tail]
    cols = layout.result_columns
    needed = _needed_width(cols)
    full = sum(c.width for c in cols)
    enc = layout.encoding
    units = _units(cols)
    cuts = []  # (field, start, end) of the columns a return needs, found once
    pos = 0
    for c in cols:
        if c.field in ("account", "name", "amount", "status", "reason", "reference"):
            cuts.append((c.field, pos, pos + c.width))
        pos += c.width
    lines = []
    for idx, (no, row) in enumerate(body):
        if not row.strip():
            continue
        data = row.encode(enc)
        if len(data) < needed:
            last = idx == len(body) - 1 and not n_tail and not ended
            problems.add("return.truncated" if last else "return.short_line", no, name=name,
                         width=len(data), expected=full)
            continue
        try:
            cells = {f: data[a:b].decode(enc).strip() for f, a, b in cuts}
        except UnicodeDecodeError:  # a column boundary cuts a character: the widths do not fit
            problems.add("return.short_line", no, name=name, width=len(data), expected=full)
            continue
        line = _line(no, cells, units, layout, problems)
        if line is not None:
            lines.append(line)
    if problems:
        raise RuleError(list(problems))
    return _finish(name, "text", encoding, lines, info)


def _no_trailer(name: str, rows: list[tuple[int, str]], n_head: int, n_tail: int, trailer: tuple[str, ...],
                at: int) -> Problem:
    """The file does not end with its trailer: cut short, unless the trailer is there with lines
    after it (a bank's own end line the layout does not name), which are named instead."""
    regexes = [template_regex(t) for t in trailer]
    for k in range(len(rows) - n_tail - 1, n_head - 1, -1):
        block = rows[k:k + n_tail]
        if all(_template_values(rx, row) is not None for (_no, row), rx in zip(block, regexes)):
            return Problem("return.after_trailer", "file", {"name": name, "line": rows[k + n_tail][0],
                                                            "trailer": block[-1][0]})
    return Problem("return.truncated", "file", {"name": name, "line": at})


def _needed_width(cols: tuple[Column, ...]) -> int:
    """Banks trim trailing spaces: a line must reach the end of the last column that is not text
    a bank may leave empty (the reason, a reference)."""
    width = 0
    need = 0
    for c in cols:
        width += c.width
        if c.field not in ("reason", "reference", "blank", "name", "bank_name", "const"):
            need = width
    return need


def _units(cols: tuple[Column, ...]) -> dict[str, str]:
    units = {"amount": next((c.amount for c in cols if c.field == "amount"), "yuan")}
    header = next((c.header for c in cols if c.field == "status"), "")
    if _flag_header(header):
        units["flag"] = header
    return units


_STATUS_CACHE: dict = {}  # emptied by read() for each file: the words depend on the layout


def _line(no: int, cells: dict, units: dict, layout: Layout | None, problems: _Problems) -> ReturnLine | None:
    account = cells.get("account", "")
    if not isinstance(account, str):
        account, bad = _number_text(account)
        if bad:
            problems.add("return.account_number", no, value=account)
            return None
    if not (account.isascii() and account.isdigit()):
        account = _as_text("".join(unicodedata.normalize("NFKC", account).split()))
    if not account.isdigit():
        problems.add("return.account_format", no, value=_shown(account))
        return None
    amount = parse_amount(cells.get("amount"), units.get("amount", "yuan"))
    if amount is None:
        problems.add("return.amount_format", no, value=_shown(cells.get("amount", "")), account=_shown(account))
        return None
    status = cells.get("status")
    try:
        outcome = _STATUS_CACHE[status]  # a file says 成功 40,000 times: each word is read once
    except (KeyError, TypeError):
        paid = layout.paid_words if layout else PAID_WORDS
        failed = layout.failed_words if layout else FAILED_WORDS
        outcome = parse_status(status, paid, failed)
        if outcome is None and "flag" in units and not (layout and layout.status_words_given):
            outcome = parse_flag(status)
        if isinstance(status, str) and len(_STATUS_CACHE) < 200:
            _STATUS_CACHE[status] = outcome
    if outcome is None and "flag" in units and not (layout and layout.status_words_given):
        problems.add("return.flag_unknown", no, value=_shown(_cell_text(status)), account=_shown(account),
                     column=units["flag"])
        return None
    if outcome is None:
        problems.add("return.status_unknown", no, value=_shown(cells.get("status") or ""), account=_shown(account))
        return None
    reason = str(cells.get("reason") or "").strip() if outcome is Outcome.FAILED else ""
    return ReturnLine(no, account, str(cells.get("name") or "").strip(), amount, outcome, reason,
                      _as_text(str(cells.get("reference") or "").strip()))


_EXCEL_TEXT = re.compile(r'^(?:\'|="(.*)"$)')


def _as_text(cell: str) -> str:
    """A number a csv keeps as text for Excel: '6217… or ="6217…" is 6217…."""
    m = _EXCEL_TEXT.match(cell)
    if m is None:
        return cell
    return m.group(1) if m.group(1) is not None else cell[1:]


def _cell_text(value: object) -> str:
    """A cell as the person sees it in the file: 1 for a number cell holding 1.0."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _shown(value: object, width: int = 40) -> str:
    """A cell's text as a sentence quotes it: a cell of thousands of characters is cut short."""
    text = str(value)
    return text if len(text) <= width else text[:width] + "…"


def _number_text(value) -> tuple[str, bool]:
    """An account typed into a number cell: exact below 10^15, else digits already lost."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and 0 <= value < 1e15:
            return str(int(value)), False
        return f"{value:.6E}" if abs(value) >= 1e15 else str(value), True
    return str(value or ""), False


def _finish(name: str, kind: str, encoding: str, lines: list[ReturnLine], info: dict) -> ReturnFile:
    count = int(info["count"]) if str(info.get("count", "")).isdigit() else None
    total = None
    if info.get("total_fen", "").isdigit():
        total = int(info["total_fen"])
    elif info.get("total_yuan"):
        total = parse_amount(info["total_yuan"])
    if count is not None and count != len(lines):
        raise RuleError(Problem("return.count_differs", "file", {"name": name, "declared": count,
                                                                  "read": len(lines)}))
    if total is not None and total != sum(ln.amount_fen for ln in lines):
        raise RuleError(Problem("return.total_differs", "file", {
            "name": name, "declared": _yuan(total), "read": _yuan(sum(ln.amount_fen for ln in lines))}))
    if not lines:
        raise RuleError(Problem("return.empty", "file", {"name": name}))
    return ReturnFile(name, kind, encoding, tuple(lines), info.get("batch", ""), count, total)


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


# ---- columns with headers (xlsx, csv) ---------------------------------------------------

def guess_field(label: str) -> str:
    t = "".join(unicodedata.normalize("NFKC", label or "").split())
    if not t:
        return ""
    rules = ((("原因", "说明", "备注", "错误", "附言"), "reason"), (("状态", "结果", *FLAG_HEADERS), "status"),
             (("金额",), "amount"), (("账号", "帐号", "卡号", "存折"), "account"),
             (("开户", "银行", "行别", "行号"), ""), (("身份证", "证件"), "id_number"),
             (("业务编号", "参考号", "批次"), "reference"), (("名", "收款人"), "name"), (("账户",), "account"))
    for words, fld in rules:
        if any(w in t for w in words):
            return fld
    return ""


def _header(rows: list[list]) -> tuple[int, dict[str, int], dict[str, str]] | None:
    for r, row in enumerate(rows[:HEADER_ROWS]):
        found: dict[str, int] = {}
        units = {"amount": "yuan"}
        for c, cell in enumerate(row):
            fld = guess_field(str(cell) if cell is not None else "")
            if fld and fld not in found:
                found[fld] = c
                if fld == "status" and _flag_header(str(cell)):
                    units["flag"] = "".join(str(cell).split())
                if fld == "amount" and "分" in str(cell) and "元" not in str(cell):
                    units["amount"] = "fen"
        if {"account", "amount", "status"} <= set(found):
            return r, found, units
    return None


def _rows_lines(name: str, rows: list[list], kind: str, encoding: str, layout: Layout | None,
                ended: bool = True, formulas: frozenset[tuple[int, int]] = frozenset()) -> ReturnFile:
    """The lines of a table (csv or a sheet); ``formulas``: the (row, column) cells, 0-based, that
    hold a formula no program calculated (their value is unknown)."""
    head = _header(rows)
    if head is None:
        # a text file read without a layout may be a bank's fixed-column file, which has no header
        code = "return.no_header_text" if kind == "csv" and layout is None else "return.no_header"
        raise RuleError(Problem(code, "file", {"name": name, "rows": HEADER_ROWS}))
    r0, where, units = head
    problems = _Problems()
    lines = []
    info: dict[str, str] = {}
    body = rows[r0 + 1:]
    width = max(where.values()) + 1
    for idx, row in enumerate(body):
        no = r0 + 2 + idx
        if not any(c not in (None, "") and str(c).strip() for c in row):
            continue
        first = next((str(c).strip() for c in row if c not in (None, "")), "")
        if TOTAL_ROW.match(first):
            m = _COUNT_TOTAL.search(unicodedata.normalize("NFKC", " ".join(str(c) for c in row if c is not None)))
            if m:
                info = {"count": m.group(1), "total_yuan": m.group(2)}
            continue
        if len(row) < width and kind == "csv":
            last = idx == len(body) - 1 and not ended
            problems.add("return.truncated" if last else "return.short_row", no, name=name,
                         width=len(row), expected=width)
            continue
        unknown = [c for c in where.values() if (no - 1, c) in formulas]
        if unknown:
            problems.add("return.formula", no, column=str(rows[r0][unknown[0]] or "").strip())
            continue
        cells = {f: (row[c] if c < len(row) else None) for f, c in where.items()}
        line = _line(no, cells, units, layout, problems)
        if line is not None:
            lines.append(line)
    if problems:
        raise RuleError(list(problems))
    return _finish(name, kind, encoding, lines, info)


def _read_delimited(name: str, text: str, encoding: str, layout: Layout | None, ended: bool) -> ReturnFile:
    first = next((r for r in text.splitlines() if r.strip()), "")
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    rows: list[list[str]] = []
    reader = csv.reader(text.splitlines(), delimiter=delimiter)
    start = 1  # the line the row being read begins on
    try:
        for row in reader:
            if reader.line_num > start:  # a quoted field ran over a line end: a quote not closed
                raise RuleError(Problem("return.csv_quote", "file", {"name": name, "line": start}))
            rows.append(row)
            start = reader.line_num + 1
    except csv.Error as exc:
        # In practice only a double quote never closed: the field runs on to the end of the file
        # until it passes the csv module's field limit.
        code = "return.csv_quote" if "field limit" in str(exc) else "return.csv"
        raise RuleError(Problem(code, "file", {"name": name, "line": start})) from exc
    return _rows_lines(name, rows, "csv", encoding, layout, ended)


def _read_workbook(path: Path, layout: Layout | None) -> ReturnFile:
    with safety.open_workbook(path) as book:
        last = None
        for sheet_name in book.visible_first:
            sheet = book.read(sheet_name)
            if _header(sheet.rows) is not None:
                return _rows_lines(path.name, sheet.rows, "xlsx", "", layout, formulas=sheet.formula_without_value)
            last = sheet_name
    raise RuleError(Problem("return.no_header", "file", {"name": path.name, "rows": HEADER_ROWS, "sheet": last}))
