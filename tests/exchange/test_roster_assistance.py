"""The roster package's 联动救助 sheet names the member who received each item; a member who
has since left the household is named as such, not dropped nor shown as a member."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from sqlalchemy import text

from dibao_desk.domain.assistance import AssistanceDraft
from dibao_desk.services import assistance, exchange
from tests.conftest import make_id
from tests.exchange.exchange_fixtures import TODAY, township  # noqa: F401


def test_a_member_who_left_is_named_as_no_longer_in_the_household(ctx, township, tmp_path):
    zhang, li, wang = township["households"]
    given = dt.date(2026, 11, 5)
    wife_zhang, wife_li = make_id("19620510", 12), make_id("19620511", 14)
    for hid, number in ((zhang, wife_zhang), (li, wife_li), (wang, make_id("19620512", 16))):
        assistance.add(ctx.uow(), hid, AssistanceDraft("medical", 30000, given, "县医保局", number), today=TODAY)
    assistance.add(ctx.uow(), zhang, AssistanceDraft("heating", 20000, given, "县住建局"), today=TODAY)
    with ctx.uow() as uow:  # 张三妻 has married out (still listed, status of one who left);
        uow.session.execute(text("UPDATE member SET person_status = 'married_out', status_on = :d "
                                 "WHERE id_number = :n"), {"d": dt.date(2026, 11, 10), "n": wife_zhang})
        # 李四妻 has moved to 王五's household
        uow.session.execute(text("UPDATE member SET household_id = :h WHERE id_number = :n"),
                            {"h": wang, "n": wife_li})
        uow.commit()

    out = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    assert out.rows["联动救助"] == 4
    ws = load_workbook(out.path, read_only=True)["联动救助"]
    rows = [r for r in ws.iter_rows(values_only=True)]
    header = rows.index(next(r for r in rows if r and r[0] == "户编号"))
    got = [(r[0], r[1], r[2], r[3]) for r in rows[header + 1:] if r and r[0]]
    assert got == [
        (str(zhang), wife_zhang, "张三妻（已不在本户）", "医疗救助"),
        (str(zhang), None, None, "取暖救助"),  # the household's own: no member
        (str(li), wife_li, "李四妻（已不在本户）", "医疗救助"),
        (str(wang), make_id("19620512", 16), "王五妻", "医疗救助"),
    ]
