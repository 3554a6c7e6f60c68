"""Exchange packages, the format's terms: kinds, column types, sheet specs, the manifest and the
error a package that cannot be used raises. ``exchange/package.py`` (the front) describes the
format and re-exports these names."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from dibao_desk import __version__
from dibao_desk.domain.problems import Problem

FORMAT = "dibao-desk-exchange"
SCHEMA_VERSION = 1
MANIFEST_SHEET = "包信息"
PROGRAM = f"dibao-desk {__version__}"

UP_KINDS = ("roster", "cases", "reviews", "payments")  # township -> county
DOWN_KINDS = ("decisions", "policy", "warnings")  # county -> township
KINDS = UP_KINDS + DOWN_KINDS + ("receipt",)

# Column types (see docs/exchange.md)
TEXT = "text"      # a string; written as a text cell
ID = "id"          # an identifier (ID number, account, code): text cell formatted as text ('@')
INT = "int"        # a whole number
MONEY = "money"    # yuan with two decimals, written as a number formatted 0.00; held in fen
DATE = "date"      # text YYYY-MM-DD


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    type: str = TEXT
    optional: bool = False  # a trailing column an older writer did not have: its absence is no error


@dataclass(frozen=True)
class SheetSpec:
    name: str
    columns: tuple[Column, ...]

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]


@dataclass
class SheetData:
    """Rows to write: each row a sequence of Python values in column order.

    Values by column type: text/id -> str; int -> int; money -> int fen; date -> date or "".
    """

    spec: SheetSpec
    rows: Iterable[Sequence[Any]]
    count_hint: int = 0


@dataclass(frozen=True)
class Manifest:
    kind: str
    direction: str  # up | down | receipt
    township_code: str
    township_name: str
    county_name: str
    sequence: int
    period: str
    created_at: str
    program: str
    schema_version: int
    sheets: tuple[str, ...]
    rows: dict[str, int]
    sha256: str
    format: str = FORMAT
    extra: dict[str, str] = field(default_factory=dict)

    def as_rows(self) -> list[tuple[str, str, str]]:
        rows = [
            ("format", self.format, "格式标识"),
            ("schema_version", str(self.schema_version), "格式版本"),
            ("kind", self.kind, "数据包类别"),
            ("direction", self.direction, "方向：up 乡镇报县，down 县发乡镇"),
            ("township_code", self.township_code, "乡镇（街道）行政区划代码"),
            ("township_name", self.township_name, "乡镇（街道）名称"),
            ("county_name", self.county_name, "县（市、区）名称"),
            ("sequence", str(self.sequence), "顺序号"),
            ("period", self.period, "所属期间"),
            ("created_at", self.created_at, "生成时间"),
            ("program", self.program, "生成程序"),
            ("sheets", ",".join(self.sheets), "数据工作表"),
        ]
        rows += [(f"rows.{name}", str(self.rows.get(name, 0)), f"“{name}”数据行数") for name in self.sheets]
        rows += [(k, v, _EXTRA_NOTES.get(k, "")) for k, v in sorted(self.extra.items())]
        rows.append(("sha256", self.sha256, "数据工作表校验值（SHA-256）"))
        return rows


MANIFEST_SHA256 = "manifest_sha256"  # the manifest's own checksum (optional: see manifest_sha256)
_EXTRA_NOTES = {MANIFEST_SHA256: "包信息校验值（SHA-256，本表其他各项）"}


def manifest_sha256(m: Manifest) -> str:
    """The checksum of the manifest's keys and values but this one's: the SHA-256 of the UTF-8
    lines ``key TAB value LF``, sorted by key, backslash, TAB, CR and LF written as in a cell's
    canonical text. ``sha256`` covers the data sheets only, so without this a 顺序号, a period or
    an addressee changed by hand in 包信息 would pass (see docs/exchange.md)."""
    import hashlib

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")

    digest = hashlib.sha256()
    for key, value, _note in sorted((r for r in m.as_rows() if r[0] != MANIFEST_SHA256), key=lambda r: r[0]):
        digest.update(f"{esc(key)}\t{esc(value)}\n".encode("utf-8"))
    return digest.hexdigest()


class PackageError(Exception):
    """The file is not a package this program can use; ``problems`` say why (codes)."""

    def __init__(self, problems: list[Problem] | Problem):
        if isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("; ".join(p.code for p in self.problems))


# ---- periods ------------------------------------------------------------------------------

def period_months(text: str) -> int:
    return 3 if "Q" in text else 1
