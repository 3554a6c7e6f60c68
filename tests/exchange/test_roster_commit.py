"""The roster import's commit: the rows it writes, and a failure or a cancel half-way."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from dibao_desk.services import audit, roster_import as ri
from tests.conftest import make_id

TODAY = dt.date(2026, 11, 23)
OPTS = ri.ImportOptions(today=TODAY)

# What json_object made of the rows just written, when SQLite made the audit texts: the
# texts the import writes must stay these (a store's audit log keeps its texts as they were).
_JSON_OBJECT_SQL = """
SELECT h.id, json_object(
  'bank_account', h.bank_account, 'bank_name', h.bank_name, 'benefit_start', h.benefit_start,
  'category', h.category, 'file', ?, 'hukou_type', h.hukou_type, 'income_fen', h.income_fen,
  'members', (SELECT json_group_array(json_array(m.name, m.id_number, m.relation))
              FROM (SELECT name, id_number, relation FROM member WHERE household_id = h.id ORDER BY position) m),
  'monthly_benefit_fen', h.monthly_benefit_fen, 'rows', json(?), 'status', h.status, 'village', v.name)
FROM household h JOIN village v ON v.id = h.village_id WHERE h.id = ?
"""


def _roster(path, households):
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村（社区）", "户主姓名", "姓名", "身份证号", "与户主关系", "月保障金", "开户银行", "银行账号"])
    for n, (village, bank, account, members) in enumerate(households, 1):
        for k, (name, number, relation) in enumerate(members):
            ws.append([n, village, members[0][0], name, number, relation, 300 * len(members), bank, account] if k == 0
                      else [None, None, None, name, number, relation, None, None, None])
    wb.save(path)
    return path


def test_audit_texts_are_the_ones_sqlite_made_from_the_rows_written(ctx, villages, tmp_path):
    """Quotes, backslashes, tabs, non-BMP characters and a new village: each new household's
    audit text is exactly what SQLite's json_object makes of its rows as stored, and the chain holds."""
    households = [
        ("东风村", '德安"农商"银行\\营业部', "6217\t001", [("张三", make_id("19600315", 11), "户主"),
                                                    ("李四", make_id("19620520", 22), "妻")]),
        ("新建村😀", "", "", [("阿依古丽·买买提", make_id("19550505", 81), "户主")]),
        ("东风村", "邮储银行", "62170012", [("王五", make_id("19450808", 41), "户主"),
                                         ("王𠀀", make_id("19900101", 31), "子"),
                                         ("王小五", make_id("19980909", 61), "孙子")]),
    ]
    path = _roster(tmp_path / "花名册.xlsx", households)
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert not pv.count("error"), [r.problems for r in pv.rows]
    result = ri.commit(ctx.uow(), pv)
    assert result.households_created == 3
    with ctx.uow() as uow:
        conn = uow.session.connection()
        stored = conn.exec_driver_sql(
            "SELECT entity_id, after FROM audit_log WHERE entity = 'household' AND action = 'import' ORDER BY id").all()
        assert len(stored) == 3
        for (hid, after), p in zip(stored, pv.households):
            rows = "[%s]" % ",".join(map(str, p.rows))
            made = conn.exec_driver_sql(_JSON_OBJECT_SQL, (path.name, rows, hid)).one()[1]
            assert after == made
    assert '德安\\"农商\\"银行\\\\营业部' in stored[0][1] and "😀" in stored[1][1]
    check = audit.check_chain(ctx.uow())
    assert check.ok
