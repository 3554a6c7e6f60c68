"""Bank-file layouts as data: which columns, how wide, padded how, in which encoding.

A layout is a JSON (or TOML) file. The program ships its own in ``resources/bank_layouts``; a
county adds its bank's in the data folder's ``bank_layouts/`` (a file there with the name of a
built-in layout replaces it). Everything a layout says is checked when it is read, and a wrong
one is refused with the file and the field named (codes ``bank_layout.*``).

Keys (see resources/bank_layouts/fixed_gbk.json):
  name, title          how the layout is chosen (name: letters, digits, _ and -) and shown
  kind                 "xlsx" or "text" (fixed columns)
  encoding             text only: "gbk" (default), "gb18030" or "utf-8"
  line_ending          text only: "crlf" (default) or "lf"
  sheet                xlsx only: the sheet's name
  header_lines         lines before the rows; trailer_lines: after them. Templates with
                       {count} {total_fen} {total_yuan} {batch} {date} and format specs
                       ({count:08d}); in xlsx each is a row of one cell
  column_headers       text only: write a line of the columns' headers (xlsx always does)
  columns              [{field, header, width, align, pad, amount, value}]: field one of FIELDS;
                       width (text: bytes in the encoding), align "left"/"right", pad one
                       character, amount "fen" or "yuan", value the text of a "const" column
  return_columns       text only: the columns of the bank's result file; default the columns
                       followed by status (width 4) and reason (width 60)
  status_words         {"paid": [...], "failed": [...]} the words the bank writes; when
                       given, they are the only words read (a success flag's 是/否, Y/N, 1/0
                       defaults are not)
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.resources import ROOT as RESOURCES

BUILTIN_DIR = RESOURCES / "bank_layouts"
COUNTY_DIR_NAME = "bank_layouts"

FIELDS = ("seq", "name", "id_number", "account", "bank_code", "bank_name", "amount", "reference", "const",
          "blank")
RETURN_FIELDS = FIELDS + ("status", "reason")
KINDS = ("xlsx", "text")
ENCODINGS = {"gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "utf8": "utf-8"}
LINE_ENDINGS = {"crlf": "\r\n", "lf": "\n"}
TEMPLATE_FIELDS = ("count", "total_fen", "total_yuan", "batch", "date")
PAID_WORDS = ("成功", "已付", "已支付", "已入账", "入账", "支付成功", "交易成功", "代发成功", "S", "SUCCESS", "OK")
FAILED_WORDS = ("失败", "未成功", "不成功", "未付", "未入账", "退回", "退票", "F", "FAIL", "FAILED", "ERROR")
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,40}$")


class PayLine(NamedTuple):
    """One transfer as a bank file carries it."""

    name: str
    id_number: str
    account: str
    bank_code: str
    amount_fen: int
    reference: str
    bank_name: str = ""


@dataclass(frozen=True)
class Column:
    field: str
    header: str = ""
    width: int = 0
    align: str = "left"
    pad: str = " "
    amount: str = "yuan"
    value: str = ""


@dataclass(frozen=True)
class Layout:
    name: str
    title: str
    kind: str
    columns: tuple[Column, ...]
    encoding: str = "gbk"
    line_ending: str = "\r\n"
    sheet: str = "代发明细"
    header_lines: tuple[str, ...] = ()
    trailer_lines: tuple[str, ...] = ()
    column_headers: bool = False
    return_columns: tuple[Column, ...] = ()
    paid_words: tuple[str, ...] = PAID_WORDS
    failed_words: tuple[str, ...] = FAILED_WORDS
    status_words_given: bool = False  # the layout names its bank's words: no defaults are guessed
    source: str = ""  # the file it was read from
    builtin: bool = True

    @property
    def width(self) -> int:
        return sum(c.width for c in self.columns)

    @property
    def result_columns(self) -> tuple[Column, ...]:
        if self.return_columns:
            return self.return_columns
        return self.columns + (Column("status", "状态", 4), Column("reason", "原因", 60))


def _bad(source: str, key: str, code: str = "bank_layout.bad_value", **params) -> Problem:
    return Problem(code, key, {"file": source, "field": key, **params})


def _template(source: str, key: str, text: Any, problems: list[Problem]) -> str:
    if not isinstance(text, str):
        problems.append(_bad(source, key, "bank_layout.not_text"))
        return ""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        problems.append(_bad(source, key, "bank_layout.template", value=text))
        return ""
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in TEMPLATE_FIELDS or conversion or (spec and "{" in spec):
            # the placeholder as written ({batch!r}, not batch: that one is allowed)
            written = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            problems.append(_bad(source, key, "bank_layout.template_field", value=written,
                                 allowed="、".join(TEMPLATE_FIELDS)))
    return text


def _column(source: str, key: str, raw: Any, kind: str, allowed: tuple[str, ...],
            problems: list[Problem]) -> Column | None:
    if not isinstance(raw, dict):
        problems.append(_bad(source, key, "bank_layout.not_object"))
        return None
    unknown = set(raw) - {"field", "header", "width", "align", "pad", "amount", "value"}
    if unknown:
        problems.append(_bad(source, f"{key}.{sorted(unknown)[0]}", "bank_layout.unknown_key"))
    fld = raw.get("field")
    if fld not in allowed:
        problems.append(_bad(source, f"{key}.field", "bank_layout.field", value=str(fld),
                             allowed="、".join(allowed)))
        return None
    width = raw.get("width", 0)
    if kind == "text" and (not isinstance(width, int) or isinstance(width, bool) or not 1 <= width <= 200):
        problems.append(_bad(source, f"{key}.width", "bank_layout.width", value=str(width)))
        width = 0
    align = raw.get("align", "left")
    if align not in ("left", "right"):
        problems.append(_bad(source, f"{key}.align", "bank_layout.align", value=str(align)))
    pad = raw.get("pad", " ")
    if not isinstance(pad, str) or len(pad) != 1 or not pad.isascii():
        problems.append(_bad(source, f"{key}.pad", "bank_layout.pad", value=str(pad)))
        pad = " "
    amount = raw.get("amount", "yuan")
    if amount not in ("fen", "yuan"):
        problems.append(_bad(source, f"{key}.amount", "bank_layout.amount", value=str(amount)))
    header = raw.get("header", "")
    value = raw.get("value", "")
    if not isinstance(header, str) or not isinstance(value, str):
        problems.append(_bad(source, f"{key}.header", "bank_layout.not_text"))
    return Column(fld, str(header), width if isinstance(width, int) else 0, align, pad, amount, str(value))


def from_dict(data: Any, source: str, builtin: bool = False) -> Layout:
    """A layout from its parsed file; RuleError naming every wrong field."""
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise RuleError(_bad(source, "", "bank_layout.not_object"))
    known = {"name", "title", "kind", "encoding", "line_ending", "sheet", "header_lines", "trailer_lines",
             "column_headers", "columns", "return_columns", "status_words", "unencodable"}
    for key in sorted(set(data) - known):
        problems.append(_bad(source, key, "bank_layout.unknown_key"))
    name = data.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name):
        problems.append(_bad(source, "name", "bank_layout.name", value=str(name)))
        name = ""
    title = data.get("title", name)
    kind = data.get("kind")
    if kind not in KINDS:
        problems.append(_bad(source, "kind", "bank_layout.kind", value=str(kind)))
        kind = "text"
    encoding = str(data.get("encoding", "gbk")).lower()
    if encoding not in ENCODINGS:
        problems.append(_bad(source, "encoding", "bank_layout.encoding", value=encoding))
        encoding = "gbk"
    ending = str(data.get("line_ending", "crlf")).lower()
    if ending not in LINE_ENDINGS:
        problems.append(_bad(source, "line_ending", "bank_layout.line_ending", value=ending))
        ending = "crlf"
    if data.get("unencodable", "refuse") != "refuse":
        problems.append(_bad(source, "unencodable", "bank_layout.unencodable", value=str(data.get("unencodable"))))
    lines = {}
    for key in ("header_lines", "trailer_lines"):
        raw = data.get(key, [])
        if not isinstance(raw, list):
            problems.append(_bad(source, key, "bank_layout.not_list"))
            raw = []
        lines[key] = tuple(_template(source, f"{key}[{i + 1}]", t, problems) for i, t in enumerate(raw))
    columns = []
    for key, allowed in (("columns", FIELDS), ("return_columns", RETURN_FIELDS)):
        raw = data.get(key, [])
        if not isinstance(raw, list) or (key == "columns" and not raw):
            problems.append(_bad(source, key, "bank_layout.no_columns"))
            raw = []
        columns.append(tuple(c for c in (_column(source, f"{key}[{i + 1}]", r, kind, allowed, problems)
                                         for i, r in enumerate(raw)) if c is not None))
    fields = {c.field for c in columns[0]}
    for needed in ("account", "amount"):
        if columns[0] and needed not in fields:
            problems.append(_bad(source, "columns", "bank_layout.needs_field", value=needed))
    if columns[1] and not {"account", "amount", "status"} <= {c.field for c in columns[1]}:
        problems.append(_bad(source, "return_columns", "bank_layout.needs_field", value="account、amount、status"))
    words = data.get("status_words", {})
    paid, failed = PAID_WORDS, FAILED_WORDS
    if not isinstance(words, dict) or set(words) - {"paid", "failed"} or not all(
            isinstance(v, list) and v and all(isinstance(w, str) and w for w in v) for v in words.values()):
        problems.append(_bad(source, "status_words", "bank_layout.status_words"))
    else:
        paid = tuple(words.get("paid", paid))
        failed = tuple(words.get("failed", failed))
    sheet = data.get("sheet", "代发明细")
    if not isinstance(sheet, str) or not sheet or len(sheet) > 31 or any(ch in sheet for ch in "[]:*?/\\"):
        problems.append(_bad(source, "sheet", "bank_layout.sheet", value=str(sheet)))
        sheet = "代发明细"
    if not isinstance(title, str):
        problems.append(_bad(source, "title", "bank_layout.not_text"))
        title = name
    if problems:
        raise RuleError(problems)
    return Layout(name=name, title=title or name, kind=kind, columns=columns[0], encoding=ENCODINGS[encoding],
                  line_ending=LINE_ENDINGS[ending], sheet=sheet, header_lines=lines["header_lines"],
                  trailer_lines=lines["trailer_lines"], column_headers=bool(data.get("column_headers", False)),
                  return_columns=columns[1], paid_words=paid, failed_words=failed,
                  status_words_given=isinstance(words, dict) and bool(words), source=source, builtin=builtin)


def read_file(path: Path, builtin: bool = False) -> Layout:
    """One layout file (.json or .toml)."""
    source = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RuleError(_bad(source, "", "bank_layout.unreadable", reason=str(exc))) from exc
    try:
        text = raw.decode("utf-8-sig")
        if path.suffix.lower() == ".toml":
            import tomllib

            data = tomllib.loads(text)
        else:
            data = json.loads(text)
    except UnicodeDecodeError as exc:
        raise RuleError(_bad(source, "", "bank_layout.not_utf8")) from exc
    except ValueError as exc:  # JSONDecodeError and TOMLDecodeError are ValueErrors
        # the parsers' own (English) words name the line; the person reads the line only
        line = getattr(exc, "lineno", None)
        if line is None:
            found = re.search(r"\(at line (\d+)", str(exc))
            line = int(found.group(1)) if found else None
        if line is None:
            raise RuleError(_bad(source, "", "bank_layout.syntax_file")) from exc
        raise RuleError(_bad(source, "", "bank_layout.syntax", line=line)) from exc
    return from_dict(data, source, builtin)


def _files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".json", ".toml") and p.is_file())
    except OSError:
        return []


@dataclass(frozen=True)
class Layouts:
    """The layouts to choose from, and the county files that were refused (with why)."""

    layouts: dict[str, Layout]
    refused: tuple[Problem, ...] = field(default=())

    def get(self, name: str) -> Layout:
        try:
            return self.layouts[name]
        except KeyError:
            raise RuleError(Problem("bank_layout.unknown", "layout", {
                "name": name, "known": "、".join(sorted(self.layouts))})) from None


def load(data_dir: Path | None = None) -> Layouts:
    """The built-in layouts, then the county's from ``data_dir/bank_layouts`` (same name: the
    county's wins). A wrong county file is left out and reported, the others still load."""
    layouts = {}
    for path in _files(BUILTIN_DIR):
        lay = read_file(path, builtin=True)
        layouts[lay.name] = lay
    refused: list[Problem] = []
    if data_dir is not None:
        for path in _files(Path(data_dir) / COUNTY_DIR_NAME):
            try:
                lay = read_file(path)
            except RuleError as exc:
                refused.extend(exc.problems)
                continue
            layouts[lay.name] = lay
    return Layouts(layouts, tuple(refused))


def yuan_text(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100}.{fen % 100:02d}"
