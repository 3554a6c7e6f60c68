"""The monthly report as its readers get it: a PDF whose totals are the tables' and whose fonts
are all embedded, a workbook with one sheet per table that LibreOffice reads back, the 台账."""

import csv
import shutil
import subprocess

import openpyxl
import pytest
from pypdf import PdfReader

from dibao_desk.cli import main
from dibao_desk.domain.periods import period_of
from dibao_desk.services import statistics
from tests.unit.test_statistics import TODAY, town  # noqa: F401 (fixture)

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def test_the_pdf_carries_the_tables_totals_and_embeds_every_font(ctx, town, tmp_path):
    out = tmp_path / "月报.pdf"
    statistics.write_report(ctx.uow(), period_of("2026-11"), pdf=out, today=TODAY)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "德安镇最低生活保障2026年11月月报" in text
    assert "基本情况表" in text and "月度增减变动表" in text and "联动救助" in text
    assert "合计 3 6 920.00 50.00 970.00" in " ".join(text.split())
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and "Helvetica" not in fonts
    assert all(r.split()[-5] == "yes" for r in rows), fonts


def test_every_column_header_of_the_pdf_stays_inside_its_cell(ctx, town):
    """A header too wide for its column ("追回扣减（元）" among the twelve columns of the
    造册发放情况) is broken over lines, not printed across the next column's rule."""
    from dibao_desk.printing import report
    from dibao_desk.printing.document import CELL_PAD, RenderInfo, Styles, column_widths, grid_table

    o = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    styles = Styles(report.PAGE)
    width = report.PAGE.frame_width
    for t in statistics.tables(o):
        columns = report._columns(t)
        table = grid_table(columns, [], width, styles, RenderInfo())
        for cell, w, c in zip(table._cellvalues[0], column_widths(columns, width), columns):
            cell.wrap(w - 2 * CELL_PAD, 1000)
            spare = [line[0] if isinstance(line, tuple) else line.extraSpace for line in cell.blPara.lines]
            over = [x for x in spare if x < -0.01]
            assert not over, (t.title, c.header, over)


def test_a_chart_of_amounts_reads_its_axis_in_yuan(tmp_path):
    """The axis of 近十二个月台账应发金额（元） is in yuan as its title says (the values are fen):
    about 1,050,000 yuan a month is read 100万, not 100000000."""
    from dibao_desk.domain.statistics import Chart
    from dibao_desk.printing import report

    chart = Chart("money", "近十二个月台账应发金额（元）", "bar", ("2026年10月", "2026年11月"),
                  (104088400, 105251500), money=True)
    out = tmp_path / "chart.pdf"
    report.render(out, "图", [], [chart])
    words = PdfReader(out).pages[0].extract_text().split()
    assert "105.3万" in words
    assert not [w for w in words if w.isdigit() and int(w) >= 10000000], words
    assert "100.0万" in words or "100万" in words, words



def test_a_month_whose_recoveries_exceed_its_payments_hangs_its_bar_inside_the_printed_chart():
    """A village's November: its one household cancelled back to July, 900 元 of 追回 booked and
    nothing paid, 台账应发合计 −900 元. The printed bar goes below 0 inside the chart (from 0
    down, above the months' names), not from the foot of the chart out of the drawing."""
    from reportlab.graphics.shapes import Rect

    from dibao_desk.domain.statistics import Chart
    from dibao_desk.printing import report

    chart = Chart("money", "近十二个月台账应发金额（元）", "bar", ("2026年9月", "2026年10月", "2026年11月"),
                  (30000, 30000, -90000), money=True)
    drawing = report._chart(chart, 300, 180, "Helvetica")
    bars_chart = drawing.contents[1]

    def rects(group, out):
        for shape in getattr(group, "contents", []):
            if isinstance(shape, Rect):
                out.append(shape)
            rects(shape, out)
        return out

    bars = rects(bars_chart.draw(), [])
    assert len(bars) == 3
    foot, head = bars_chart.y, bars_chart.y + bars_chart.height
    for bar in bars:
        assert foot <= min(bar.y, bar.y + bar.height) and max(bar.y, bar.y + bar.height) <= head, (bar.y, bar.height)
    assert bars[2].height < 0 < bars[0].height and bars[0].y == bars[2].y  # from the same 0, one up, one down

@pytest.mark.parametrize("names", [
    ("东风村民委员会第十二村民小组易地扶贫搬迁安置点社区", "丰林村", "向阳村", "新塘村", "红星村", "车桥社区"),
    ("东风村", "丰林村"), tuple(f"第{i}村民委员会" for i in range(12))])
def test_the_village_chart_keeps_each_name_apart_from_the_next(names):
    """Under 各村（社区）保障人数 a name wider than its bar's slot is turned (and a very long one
    shortened with …) so that it neither runs into the next name nor off the chart."""
    import math

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from dibao_desk.domain.statistics import Chart
    from dibao_desk.printing import report
    from dibao_desk.printing.document import Styles

    font = Styles(report.PAGE).font
    chart = Chart("villages", "各村（社区）保障人数", "bar", names, tuple(range(400, 400 + len(names))))
    drawing = report._chart(chart, report.PAGE.frame_width / 2 - 4, 170, font)
    bars = next(x for x in drawing.contents if hasattr(x, "categoryAxis"))
    axis = bars.categoryAxis
    slot = bars.width / len(names)
    size = axis.labels.fontSize
    for name, shown in zip(names, axis.categoryNames):
        assert shown == name or (shown.endswith("…") and name.startswith(shown[:-1])), (name, shown)
        across = stringWidth(shown, font, size)
        if axis.labels.angle == 0:
            assert across <= slot, (shown, across, slot)
        else:
            angle = math.radians(axis.labels.angle)
            assert across * math.sin(angle) <= bars.y, (shown, across)  # stays above the drawing's foot
            assert slot * math.sin(angle) >= size, slot  # the turned names are a line apart


def test_the_workbook_has_a_sheet_per_table_with_totals_that_add_up(ctx, town, tmp_path):
    out = tmp_path / "季报.xlsx"
    o = statistics.write_report(ctx.uow(), period_of("2026Q4"), xlsx=out, today=TODAY)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [t.title[:31] for t in statistics.tables(o)]
    ws = wb["基本情况表"]
    body = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    total = body[-1]
    assert total[0] == "合计"
    assert total[1:] == [sum(r[i] for r in body[:-1]) for i in range(1, len(total))]
    assert ws.cell(row=3, column=2).font.bold and ws.freeze_panes == "B4"
    assert ws.print_title_rows == "$3:$3" and ws.page_setup.orientation == "landscape"


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
def test_libreoffice_reads_the_ledger_book(ctx, town, tmp_path):
    book = tmp_path / "台账.xlsx"
    statistics.write_report(ctx.uow(), period_of("2026-11"), book=book, today=TODAY)
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path), str(book)],
                   check=True, capture_output=True, timeout=180)
    rows = list(csv.reader((tmp_path / "台账.csv").open(encoding="utf-8")))
    header = next(r for r in rows if "户主姓名" in r)
    col = header.index("月保障金（元）")
    data = rows[rows.index(header) + 1:]
    assert sorted(r[header.index("户主姓名")] for r in data[:-1]) == sorted(["张三", "李四", "赵六"])
    assert data[-1][0] == "合计" and float(data[-1][col]) == 970.0


def test_stats_from_a_terminal_prints_the_same_figures(ctx, town, tmp_path, capsys):
    pdf = tmp_path / "r.pdf"
    assert main(["--data-dir", str(ctx.data_dir), "stats", "--period", "2026-11", "--pdf", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "【基本情况表】" in out and pdf.exists()
    total = next(line for line in out.splitlines() if line.startswith("合计") and "970.00" in line)
    assert total.split() == ["合计", "3", "6", "920.00", "50.00", "970.00"]
    assert main(["--data-dir", str(ctx.data_dir), "stats", "--period", "2026-13"]) == 2
    assert "统计期“2026-13”格式不对" in capsys.readouterr().err
    assert main(["--data-dir", str(ctx.data_dir), "stats", "--village", "火星村"]) == 2


def test_stats_for_a_year_out_of_range_is_refused_in_chinese(ctx, capsys):
    """Year 0 or the last month of year 9999 made a traceback (ValueError: year 0 is out of
    range); they are refused like any period not written as one."""
    for text in ("0000-01", "9999-12", "9999Q4", "0001-01"):
        assert main(["--data-dir", str(ctx.data_dir), "stats", "--period", text]) == 2, text
        err = capsys.readouterr().err
        assert f"统计期“{text}”格式不对" in err and "Traceback" not in err, text


def test_stats_reads_a_quarter_or_month_as_an_office_writes_it(ctx, town, capsys):
    """`stats --period 2026年第4季度` (or 2026-Q4, 2026q4) is the quarter 2026Q4, and 2026年11月
    is 2026-11: each prints the same table as the written form."""
    def table(period: str) -> str:
        assert main(["--data-dir", str(ctx.data_dir), "stats", "--period", period]) == 0, period
        return capsys.readouterr().out

    quarter = table("2026Q4")
    assert "按2026年12月台账统计" in quarter  # the quarter is read to its last month
    for typed in ("2026q4", "2026-Q4", "2026年第4季度", "2026年四季度"):
        assert table(typed) == quarter, typed
    assert table("2026年11月") == table("2026-11")


@pytest.mark.parametrize("money,values", [(False, (0, 0)), (True, (0, 0)), (False, (1, 3)), (True, (0, 150))])
def test_a_chart_of_counts_or_small_amounts_has_no_fractional_ticks(tmp_path, money, values):
    """A village with nobody covered, a month with nothing paid, or two villages of 1 and 3
    persons: the axis reads whole persons and whole yuan (0, 1, 2 …), never 0.2 persons or
    0.002 元."""
    from dibao_desk.domain.statistics import Chart
    from dibao_desk.printing import report

    chart = Chart("c", "各村（社区）保障人数", "bar", ("空村", "新村"), values, money=money)
    out = tmp_path / "chart.pdf"
    report.render(out, "图", [], [chart])
    words = PdfReader(out).pages[0].extract_text().split()
    fractions = [w for w in words if "." in w and w.replace(".", "", 1).isdigit()]
    assert not fractions, words


def test_stats_for_a_year_prints_the_years_report(ctx, town, tmp_path, capsys):
    """`stats --period 2026` (or 2026年) was refused as no period; it prints the year's tables
    (its twelve months) and writes the 年报 workbook."""
    xlsx = tmp_path / "年报.xlsx"
    assert main(["--data-dir", str(ctx.data_dir), "stats", "--period", "2026", "--xlsx", str(xlsx)]) == 0
    out = capsys.readouterr().out
    assert "按2026年12月台账统计" in out and "2026年1月" in out and "统计期" not in out
    wb = openpyxl.load_workbook(xlsx)
    assert "年报" in wb["基本情况表"].cell(row=1, column=1).value
    funds = wb["资金汇总表（全年各月）"]
    assert [funds.cell(row=r, column=1).value for r in (4, 15, 16)] == ["2026年1月", "2026年12月", "合计"]
    assert main(["--data-dir", str(ctx.data_dir), "stats", "--period", "2026年"]) == 0
    assert capsys.readouterr().out == out.split("已写入")[0]
    assert main(["--data-dir", str(ctx.data_dir), "stats", "--period", "9999"]) == 2
    assert "统计期“9999”格式不对" in capsys.readouterr().err


@pytest.mark.parametrize("count, value", [(6, 999999999), (20, 12345678), (20, 999999999), (40, 999999999)])
def test_the_figures_over_the_bars_keep_apart(count, value):
    """Over the bars of 20 villages paying 1000万 each, the figures (1000.0万) were wider than a
    bar's slot and ran into each other, unreadable. They are set smaller to fit the slot, or,
    where they would not fit at 4 pt, left off (the table gives every figure)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from dibao_desk.domain.statistics import Chart, chart_label
    from dibao_desk.printing import report
    from dibao_desk.printing.document import Styles

    font = Styles(report.PAGE).font
    chart = Chart("villages", "各村（社区）保障金", "bar", tuple(f"村{i}" for i in range(count)),
                  (value,) * count, money=True)
    drawing = report._chart(chart, report.PAGE.frame_width / 2 - 4, 170, font)
    bars = next(x for x in drawing.contents if hasattr(x, "categoryAxis"))
    slot = bars.width / count
    if bars.barLabelFormat is None:
        assert stringWidth(chart_label(value, True), font, 4) > slot * 0.9
    else:
        label = bars.barLabelFormat(value)
        assert label == chart_label(value, True)
        assert 4 <= bars.barLabels.fontSize and stringWidth(label, font, bars.barLabels.fontSize) < slot, label
    if count <= 20 and value < 99999999:
        assert bars.barLabelFormat is not None  # 1234.6万 over 20 bars: still written


def test_stats_from_a_terminal_reads_the_period_on_the_command_s_day(ctx, town, capsys):
    """Acting on 1 January 2027 (the computer says otherwise): January is this month, its 台账 not
    marked as planned, and it is the period when none is given."""
    assert main(["--data-dir", str(ctx.data_dir), "stats", "--today", "2027-01-01"]) == 0
    out = capsys.readouterr().out
    assert "按2027年1月台账统计" in out and "2027年1月（计划）" not in out
    assert main(["--data-dir", str(ctx.data_dir), "stats", "--period", "2027-02", "--today", "2027-01-31"]) == 0
    assert "按2027年2月（计划）台账统计" in capsys.readouterr().out
