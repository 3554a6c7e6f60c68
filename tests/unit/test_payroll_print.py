"""The printed roster's signature lines (制表人/审核人/主管领导) stay on the page of the last
table: a page holding only the signatures has nothing above them to sign for."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from types import SimpleNamespace as NS

import pytest

from dibao_desk.domain.payroll import LineKind, PayrollKind, PayrollStatus
from dibao_desk.printing import payroll as printed

WORDS = printed.Words({"class3": "三类"}, {"rural": "农村"}, {"regular": "常规"}, {"reviewed": "已审核"},
                      {"central": "中央", "provincial": "省级", "city": "市级", "county": "县级"}, {})
SHARES = (("central", 6000), ("provincial", 2000), ("city", 1000), ("county", 1000))


def _totals(key, n):
    return NS(key=key, households=n, persons=2 * n, benefit_fen=31000 * n, supplement_fen=0, adjustment_fen=0,
              total_fen=31000 * n)


def _roster(n, sources=True):
    lines = [NS(zero=False, position=i + 1, village="东风村", account_name=f"张{i + 1}号", head_name="",
                id_number="360426196003150118", account="6217995000000000007", bank_name="邮储", category="class3",
                hukou_type="rural", persons=2, months=1, benefit_fen=31000, supplement_fen=0, total_fen=31000,
                reason="", line_kind=LineKind.REGULAR) for i in range(n)]
    roster = NS(kind=PayrollKind.REGULAR, name="", period="2026-11", status=PayrollStatus.REVIEWED, made_by="王经办",
                made_on=dt.date(2026, 11, 30), reviewed_by="赵镇长", reviewed_on=dt.date(2026, 11, 30))
    by_source = [NS(source=s, share_bp=bp, households=n, persons=2 * n, benefit_fen=31000 * n * bp // 10000,
                    supplement_fen=0, adjustment_fen=0, total_fen=31000 * n * bp // 10000) for s, bp in SHARES]
    summary = NS(roster=roster, by_village=[_totals("东风村", n)], total=_totals("合计", n),
                 by_category=[_totals("class3", n)], by_hukou=[_totals("rural", n)],
                 by_source=by_source if sources else [])
    return summary, lines


# 8 to 12 lines, or 40 to 44, filled the first or second page up to the money by source: the
# signatures were printed alone on the page after it
@pytest.mark.parametrize("n, sources", [(8, True), (10, True), (12, True), (42, True), (10, False), (44, False)])
def test_the_signatures_are_printed_under_the_last_table_never_alone(tmp_path, n, sources):
    assert shutil.which("pdftotext"), "pdftotext is needed (Debian: apt-get install poppler-utils)"
    out = tmp_path / "造册.pdf"
    summary, lines = _roster(n, sources)
    printed.render(out, "德安镇人民政府", summary, lines, WORDS)
    pages = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")[:-1]
    [signed] = [p for p in pages if "制表人：王经办" in p]
    assert signed is pages[-1] and "主管领导：赵镇长" in signed
    last_title = "资金来源" if sources else "按类别、城乡合计"
    assert last_title in signed
    assert f"{31000 * n // 100}.00" in signed.split(last_title)[-1].split("制表人")[0]  # its 合计 row above them
    assert sum(f"张{i + 1}号" in "".join(pages) for i in range(n)) == n


def test_the_largest_amounts_are_printed_whole_on_one_line(tmp_path):
    """A monthly amount of 9,999,999.99 was wider than the 补差 column and broke over two lines
    ("9999999.9" above "9"), read as another sum. It is set a little smaller instead, on one line."""
    summary, lines = _roster(2, sources=False)
    lines[0].benefit_fen = lines[0].total_fen = 999999999
    lines[1].benefit_fen = lines[1].total_fen = 1
    out = tmp_path / "造册.pdf"
    printed.render(out, "德安镇人民政府", summary, lines, WORDS)
    words = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout.split()
    assert words.count("9999999.99") == 2, words  # 补差 and 金额 of the line
    assert "9999999.9" not in words and "0.01" in words
