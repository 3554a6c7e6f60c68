"""services.roster_merge: a re-imported roster never changes a receiving household's money.
It proposes a 变更 through the policy's steps, and it flags an income or start month that
differs from the store."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from dibao_desk.models import Household
from dibao_desk.services import roster_import as ri
from tests.exchange.test_roster_layouts import OPTS, TODAY, _by_row, _codes, carrying_roster


def english(problem) -> str:
    """The problem's sentence as the English translation (resources/translations) words it."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from dibao_desk import messages

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "dibao_desk_en.ts"
    template = messages.TEMPLATES[problem.code]
    [found] = [m.findtext("translation") for m in ET.parse(ts).getroot().iter("message")
               if m.findtext("source") == template]
    return found.format(**problem.params)


def _reimported(path, changes: dict[int, dict[int, object]]):
    """carrying_roster with cells changed: {sheet row: {column (0-based): value}}."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    for row, cells in changes.items():
        for col, value in cells.items():
            ws.cell(row=row, column=col + 1, value=value)
    wb.save(path)
    return path


def test_a_reimported_roster_proposes_other_amounts_and_flags_income_and_start(ctx, villages, tmp_path):
    """A receiving household whose amount the roster gives otherwise keeps its money: the
    import opens a 变更 proposal through the policy's steps. An income or start month differing
    from the store is flagged in the preview (not written); a household with an open case is
    listed for the operator instead of proposed."""
    from dibao_desk.services import ledger, procedure, proposals

    ri.commit(ctx.uow(), carrying_roster(tmp_path / "r.xlsx"), options=OPTS)
    with ctx.uow() as uow:
        ids = dict(uow.session.execute(select(Household.head_name, Household.id)).all())
    # 谢五 has a case open (a change received at the office) before the roster comes again
    procedure.open_case(ctx.uow(), ids["谢五"], "change", "户主重病", TODAY, None,
                        {"category": "class1", "monthly_benefit_fen": 90000})
    again = _reimported(tmp_path / "r.xlsx", {
        2: {9: 800},  # 刘一: 770 -> 800 元
        4: {8: "一类", 11: "2021.01"},  # 马二: 二类 -> 一类; approved 2021-01, the store says 2020-07
        5: {10: 120},  # 何三: income 120 元 a person (the store: 90.50)
        9: {9: 900, 11: None},  # 谢五: 770 -> 900 元, but a case of it is open
    })
    pv = ri.preview(ctx.uow(), again, options=OPTS)
    rows = _by_row(pv)
    assert "roster.amount_differs" in _codes(rows[2])
    assert "花名册中为一类 800.00 元/月，系统中在保为一类 770.00 元/月" in ri.reason(rows[2])
    assert "导入不改保障金" in ri.reason(rows[2])
    assert {"roster.amount_differs", "roster.start_differs"} <= set(_codes(rows[4]))
    assert "纳入时间 2021年1月 与系统中的 2020年7月 不同" in ri.reason(rows[4])
    # the months are the message's parameters, so the English sentence says them its own way
    [differs] = [p for p in rows[4].problems if p.code == "roster.start_differs"]
    assert english(differs) == ("The roster's start month 1/2021 differs from the system's 7/2020: "
                                "not updated; please check")
    assert "roster.income_differs" in _codes(rows[5]) and "360.00 元与系统中的 271.50 元" in ri.reason(rows[5])
    assert "roster.amount_differs" not in _codes(rows[8])  # 罗四 as before

    res = ri.commit(ctx.uow(), pv)
    assert (res.amounts_proposed, res.amounts_not_proposed) == (2, (ids["谢五"],))
    with ctx.uow() as uow:  # the money as it was: nothing granted yet
        money = dict((n, (c, a, s, i)) for n, c, a, s, i in uow.session.execute(
            select(Household.head_name, Household.category, Household.monthly_benefit_fen,
                   Household.benefit_start, Household.income_fen)))
    assert money["刘一"] == ("class1", 77000, dt.date(2019, 3, 1), 30000)
    assert money["马二"] == ("class2", 52000, dt.date(2020, 7, 1), 20000)  # start and income not written
    assert money["何三"][3] == 27150 and money["谢五"][1] == 77000
    assert ledger.value_now(ctx.uow(), ids["刘一"], dt.date(2026, 12, 1)).amount_fen == 77000
    open_ = {p.household_id: p for p in proposals.list_proposals(ctx.uow(), today=TODAY)}
    assert {hid: (p.kind, p.after_fen, p.effective_month) for hid, p in open_.items()
            if p.kind == "roster_change"} == {
        ids["刘一"]: ("roster_change", 80000, dt.date(2026, 12, 1)),
        ids["马二"]: ("roster_change", 52000, dt.date(2026, 12, 1))}
    detail = procedure.get_case(ctx.uow(), open_[ids["马二"]].case_id, TODAY)
    assert detail.flow == (3, 4, 6, 7, 8, 9, 10) and detail.proposed_category == "class1"
    assert "r.xlsx" in detail.info.reason
    # the same file a third time: the proposals are open, nothing more is proposed
    third = ri.commit(ctx.uow(), again, options=OPTS)
    assert third.amounts_proposed == 0 and len(third.amounts_not_proposed) == 3


def test_the_command_line_says_amounts_are_proposed_not_written(ctx, villages, tmp_path, capsys):
    from dibao_desk.cli import main

    path = carrying_roster(tmp_path / "r.xlsx")
    assert main(["--data-dir", str(ctx.data_dir), "import-roster", str(path)]) == 0
    _reimported(path, {2: {9: 800}})
    capsys.readouterr()
    assert main(["--data-dir", str(ctx.data_dir), "import-roster", str(path)]) == 0
    out = capsys.readouterr().out
    assert "在保家庭中有 1 户的类别或金额与花名册不同：导入不改保障金" in out
    assert "1 户已提出变更建议" in out
    with ctx.uow() as uow:
        assert uow.session.scalar(select(Household.monthly_benefit_fen).where(Household.head_name == "刘一")) == 77000



def test_a_start_month_excel_may_have_shortened_is_said_with_the_month_as_parameters(ctx, villages, tmp_path):
    """2019.1 typed as a number: January 2019, or a 2019.10 Excel shows the same. The warning
    names the month read (2019年1月; 1/2019 in English), not Chinese words inside the English."""
    from openpyxl import load_workbook

    roster = carrying_roster(tmp_path / "r.xlsx")
    wb = load_workbook(roster)
    cell = wb.active.cell(row=4, column=12, value=2019.1)
    cell.number_format = "General"  # a number, as a clerk types 2019.10 and Excel keeps 2019.1
    wb.save(roster)
    rows = _by_row(ri.preview(ctx.uow(), roster, options=OPTS))
    [ambiguous] = [p for p in rows[4].problems if p.code == "roster.start_ambiguous"]
    assert ambiguous.params == {"value": "2019.1", "year": 2019, "month": 1}
    assert "批准（纳入）时间“2019.1”按 2019年1月 登记" in ri.reason(rows[4])
    assert english(ambiguous) == ('Grant date "2019.1" recorded as 1/2019; Excel shows October (e.g. 2019.10) '
                                  "like this too, please check")
