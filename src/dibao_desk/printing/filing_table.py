"""The yearly 备案表: close relatives of handling staff and village cadres who are registered,
with the household each belongs to and whether it receives dibao (seeds 000, 001: such cases
are registered and reviewed strictly). An internal document: full ID numbers are shown."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from dibao_desk.printing import forms
from dibao_desk.printing import layout as L
from dibao_desk.printing.document import RenderInfo

TITLE = "{office}{year}年度经办人员和村（社区）干部近亲属享受低保备案表"
NOTE = ("说明：本表登记{year}年度备案的经办人员和村（社区）干部的近亲属。近亲属申请或享受低保的，"
        "乡镇（街道）从严审核，相关工作人员和村（社区）干部应当回避，不得经办、评议或审批。")
EMPTY = "本年度没有备案的近亲属。"

COLUMNS = (
    L.Column("no", "序号", 0.5),
    L.Column("staff", "工作人员", 1.0),
    L.Column("role", "人员类别", 1.4),
    L.Column("post", "所在村（社区）及职务", 1.6),
    L.Column("name", "近亲属姓名", 1.0),
    L.Column("relation", "关系", 0.9),
    L.Column("id_number", "近亲属身份证号", 2.0),
    L.Column("household", "所在家庭（户编号、户主）", 1.6),
    L.Column("status", "低保状态", 0.9),
    L.Column("registered_on", "备案日期", 1.1),
)


@dataclass(frozen=True)
class FilingRow:
    staff: str
    role: str  # printed words
    post: str
    name: str
    relation: str
    id_number: str
    household: str
    status: str
    registered_on: dt.date


def document(office_title: str, signer: str, year: int, rows: list[FilingRow], on: dt.date) -> forms.FormDoc:
    grid_rows = tuple({"no": str(i), "staff": r.staff, "role": r.role, "post": r.post, "name": r.name,
                       "relation": r.relation, "id_number": r.id_number, "household": r.household,
                       "status": r.status, "registered_on": r.registered_on.isoformat()}
                      for i, r in enumerate(rows, 1))
    sections: list = [forms.Grid("", COLUMNS, grid_rows, min_rows=1)]
    if not rows:
        sections.append(forms.Text(EMPTY))
    sections += [forms.Text(NOTE.format(year=year)), forms.Seal(signer, on)]
    return forms.FormDoc(TITLE.format(office=office_title, year=year), tuple(sections))


def render(path: str | Path, doc: forms.FormDoc) -> RenderInfo:
    return forms.render(path, doc, L.PageSpec("A4", True, 12))
