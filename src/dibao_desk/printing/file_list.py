"""档案材料目录: the documents filed with one household (一户一档), for the front of its paper
folder: kind, name, pages, the case each belongs to, when and by whom it was filed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from dibao_desk.printing import forms
from dibao_desk.printing import layout as L
from dibao_desk.printing.document import RenderInfo

TITLE = "{office}最低生活保障家庭档案材料目录"
HEAD = "户编号：{ref}；村（社区）：{village}；户主：{head}；共 {count} 份材料，{pages} 页"
RUNNING_NOTE = "　户编号：{ref}　户主：{head}"
EMPTY = "本户尚未归档任何材料。"
NOTE = "说明：材料的电子件保存在本机数据文件夹中，随数据备份；纸质件按本目录顺序装订。"

COLUMNS = (
    L.Column("no", "序号", 0.5),
    L.Column("kind", "材料类别", 1.3),
    L.Column("name", "文件名", 2.6),
    L.Column("pages", "页数", 0.6),
    L.Column("case", "所属", 2.2),
    L.Column("added_on", "归档日期", 1.1),
    L.Column("added_by", "经办人", 0.9),
)


@dataclass(frozen=True)
class FileRow:
    kind: str  # printed words
    name: str
    pages: int
    case: str  # 本户, or the case it belongs to in words
    added_on: dt.date
    added_by: str


def document(office_title: str, signer: str, ref: str, village: str, head: str, rows: list[FileRow],
             on: dt.date) -> forms.FormDoc:
    grid_rows = tuple({"no": str(i), "kind": r.kind, "name": r.name, "pages": str(r.pages), "case": r.case,
                       "added_on": r.added_on.isoformat(), "added_by": r.added_by} for i, r in enumerate(rows, 1))
    sections: list = [forms.Text(HEAD.format(ref=ref, village=village, head=head, count=len(rows),
                                             pages=sum(r.pages for r in rows))),
                      forms.Grid("", COLUMNS, grid_rows, min_rows=1)]
    if not rows:
        sections.append(forms.Text(EMPTY))
    sections += [forms.Text(NOTE), forms.Seal(signer, on)]
    # a loose page after the first finds its folder, as a form's does
    return forms.FormDoc(TITLE.format(office=office_title), tuple(sections),
                         running_note=RUNNING_NOTE.format(ref=ref, head=head))


def render(path: str | Path, doc: forms.FormDoc) -> RenderInfo:
    return forms.render(path, doc, L.PageSpec("A4", False, 12))
