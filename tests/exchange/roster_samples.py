"""Messy rosters (花名册) as offices keep them, built for the roster-import tests."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from tests.conftest import make_id

# Valid IDs used below (birth dates and sequence numbers are arbitrary)
ZHANG = make_id("19600315", 11)
LI = make_id("19620520", 22)
ZHANG_SON = make_id("19900101", 31)
WANG = make_id("19450808", 41)
ZHAO = make_id("19700707", 51)
ZHAO_SON = make_id("19980909", 61)
SUN = make_id("19380101", 71)
ZHOU = make_id("19550505", 81)
ZHAO_BAD = ZHAO[:17] + ("0" if ZHAO[17] != "0" else "1")  # wrong check digit
FULLWIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def messy_roster(path: Path) -> Path:
    """Title rows, a 填报单位 line, a two-row merged header, member rows under their head,
    a subtotal, a total, signature lines, mangled IDs, a duplicate, full-width digits and
    stray spaces."""
    wb = Workbook()
    ws = wb.active
    ws.title = "低保花名册"
    ws["A1"] = "德安镇2026年农村最低生活保障对象花名册"
    ws.merge_cells("A1:L1")
    ws["A2"] = "填报单位：德安镇人民政府（盖章）                 填报日期：2026年11月"
    ws.merge_cells("A2:L2")
    for col, text in zip("ABHIJKL", ("序号", "村（社区）", "家庭人口", "保障类别", "月保障金（元）",
                                    "开户银行", "银行账号")):
        ws[f"{col}3"] = text
        ws.merge_cells(f"{col}3:{col}4")
    ws["C3"] = "户主"
    ws.merge_cells("C3:D3")
    ws["E3"] = "家庭成员"
    ws.merge_cells("E3:G3")
    for col, text in zip("CDEFG", ("姓名", "身份证号码", "姓名", "公民身份号码", "与户主关系")):
        ws[f"{col}4"] = text
    rows = [
        # 5: a household of three
        [1, "东风村", "张三", ZHANG, "张三", ZHANG, "户主", 3, "一类", 770, "德安农商银行", "6217001234567890123"],
        [None, None, None, None, "李四", LI, "妻", None, None, None, None, None],
        [None, None, None, None, "张小三", " " + ZHANG_SON[:6] + " " + ZHANG_SON[6:].translate(FULLWIDTH),
         "子", None, None, None, None, None],
        # 8: stray spaces in the name
        [2, "东风村", "王 五 ", WANG, "王 五 ", WANG, "户主", 1, "B类", "520", None, None],
        # 9: bad check digit on the head; 10: the member is rejected with the household
        [3, "新丰村", "赵六", ZHAO_BAD, "赵六", ZHAO_BAD, "户主", 2, "A类", 770, None, None],
        [None, None, None, None, "赵七", ZHAO_SON, "子", None, None, None, None, None],
        # 11: an ID Excel turned into a number
        [4, "东风村", "钱八", 3.60426195001012E+17, "钱八", 3.60426195001012E+17, "户主", 1, "三类", 420, None, None],
        # 12: a subtotal
        ["东风村小计", None, None, None, None, None, None, 5, None, 1710, None, None],
        # 13, 14: a new village (a 社区) and a household whose member is a duplicate
        [5, "城南社区", "孙九", SUN, "孙九", SUN, "户主", 1, "三类", 420, None, None],
        [6, "向阳社区", "周十", ZHOU, "周十", ZHOU, "户主", 2, "二类", 520, None, None],
        [None, None, None, None, "李四", LI, "妻", None, None, None, None, None],
        # 16: blank; 17: total; 18, 19: signature and note lines
        [None] * 12,
        ["合  计", None, None, None, None, None, None, 10, None, 2900, None, None],
        ["制表人：王经办            审核人：李主任            日期：2026年11月23日"],
        ["注：本表一式三份，乡镇、县民政局各存档。"],
    ]
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def simple_roster(path: Path, households: list[tuple[str, str, list[tuple[str, str, str]]]],
                  *, village: str = "东风村", benefit: bool = True) -> Path:
    """A plain one-row header: 村, 户主姓名, 姓名, 身份证号, 与户主关系, (月保障金)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    header = ["序号", "村（社区）", "户主姓名", "姓名", "身份证号", "与户主关系"]
    if benefit:
        header.append("月保障金")
    ws.append(header)
    for n, (head, head_id, members) in enumerate(households, 1):
        row = [n, village, head, head, head_id, "户主"]
        if benefit:
            row.append(300)
        ws.append(row)
        for name, id_number, relation in members:
            ws.append([None, None, None, name, id_number, relation] + ([None] if benefit else []))
    wb.save(path)
    return path
