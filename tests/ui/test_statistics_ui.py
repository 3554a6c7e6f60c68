"""The 统计 tab as an operator uses it: pick a month, read the tables and charts, export the
report and the 台账 by clicking."""

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from dibao_desk.services import statistics
from dibao_desk.domain.periods import period_of
from tests.unit.test_statistics import TODAY, town  # noqa: F401 (fixture)


def open_tab(qtbot, ctx):
    from dibao_desk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.view("statistics")
    view.today = TODAY
    window.resize(1366, 728)
    window.show()
    return window, view


def choose(qtbot, view, text):
    view.period_combo.setCurrentIndex(view.period_combo.findData(text))
    qtbot.waitUntil(lambda: view.overview is not None and view.overview.period.text == text, timeout=10000)


def test_the_tab_shows_the_months_tables_and_charts(qtbot, ctx, town):
    window, view = open_tab(qtbot, ctx)
    window.show_view("statistics")
    choose(qtbot, view, "2026-11")
    basic = view.tables["basic"]
    last = basic.rowCount() - 1
    assert [basic.item(last, c).text() for c in range(basic.columnCount())] == [
        "合计", "3", "6", "920.00", "50.00", "970.00"]
    assert "在保 3 户 6 人，月保障金 970.00 元" in view.status.text()
    trend = view.charts[2].chart
    assert trend.values[-1] == 99000 and trend.money
    expected = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    assert view.overview.totals == expected.totals

    village = view.village_combo.findText("向阳社区")
    view.village_combo.setCurrentIndex(village)
    qtbot.waitUntil(lambda: view.overview.village_id is not None, timeout=10000)
    assert view.overview.totals.households == 1


def test_exporting_the_quarter_workbook_and_the_ledger_book(qtbot, ctx, town, tmp_path, monkeypatch):
    from dibao_desk.ui.actions import statistics as actions

    window, view = open_tab(qtbot, ctx)
    window.show_view("statistics")
    choose(qtbot, view, "2026Q4")
    target = tmp_path / "季报.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    QTest.mouseClick(view.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=20000)
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[:2] == ["基本情况表", "月度增减变动表"]
    ws = wb["月度增减变动表"]
    assert "变更增减人数" in ws.cell(row=2, column=1).value  # the note saying how the figures add up
    assert [ws.cell(row=r, column=1).value for r in range(4, 8)] == ["2026年10月", "2026年11月", "2026年12月（计划）", "合计"]  # exported in November
    assert ws.freeze_panes == "B4" and ws.cell(row=3, column=1).font.bold

    book = tmp_path / "台账.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(book), "Excel (*.xlsx)"))
    QTest.mouseClick(view.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(book.exists, timeout=20000)
    ws = openpyxl.load_workbook(book).active
    heads = sorted(ws.cell(row=r, column=3).value for r in range(4, 7))
    assert heads == sorted(["张三", "李四", "赵六"])
    assert actions.default_name(window, view, "book").endswith(".xlsx")


def test_a_villages_report_is_offered_a_name_of_its_own(qtbot, ctx, town):
    """The township's November report is offered 低保统计报表-2026年11月.pdf; with 向阳社区 chosen,
    低保统计报表-向阳社区-2026年11月.pdf, not the township's name to be saved over."""
    from dibao_desk.ui.actions import statistics as actions

    window, view = open_tab(qtbot, ctx)
    window.show_view("statistics")
    choose(qtbot, view, "2026-11")
    assert actions.default_name(window, view, "pdf") == "低保统计报表-2026年11月.pdf"
    view.village_combo.setCurrentIndex(view.village_combo.findText("向阳社区"))
    assert actions.default_name(window, view, "pdf") == "低保统计报表-向阳社区-2026年11月.pdf"
    assert actions.default_name(window, view, "book") == "低保对象台账-向阳社区-2026年11月.xlsx"


def test_a_window_left_open_overnight_into_a_new_month_offers_the_new_month(qtbot, ctx, town):
    """The window opened on 30 November and still open on 1 December: back on the 统计 tab the
    period is December (listed, chosen, its figures shown), not November until a restart."""
    window, view = open_tab(qtbot, ctx)
    window.show_view("statistics")
    view.refresh()
    qtbot.waitUntil(lambda: view.overview is not None and view.overview.period.text == "2026-11", timeout=10000)
    window.show_view("households")
    view.today = dt.date(2026, 12, 1)  # the clock passes midnight
    window.show_view("statistics")
    assert view.period_combo.currentData() == "2026-12"
    qtbot.waitUntil(lambda: view.overview is not None and view.overview.period.text == "2026-12", timeout=10000)
    # a period the operator chose stays chosen when the list is made again
    choose(qtbot, view, "2026-10")
    window.show_view("households")
    view.today = dt.date(2026, 12, 2)
    window.show_view("statistics")
    assert view.period_combo.currentData() == "2026-10"


def test_every_number_and_name_on_a_crowded_chart_can_be_read(qtbot, program_font):
    """A township of 20 villages: each village's count and name is written where it can be read
    whole (turned upright when it is wider than its bar), none over another, none cut at the
    chart's edges; so are the twelve months' amounts in 万."""
    from PySide6.QtGui import QFontMetricsF

    from dibao_desk.domain.statistics import Chart
    from dibao_desk.ui.widgets.chart_view import ChartView

    villages = Chart("villages", "各村（社区）保障人数", "bar",
                     tuple(f"{name}村" for name in "爱民 城南 塘山 人民 车桥 彭山 青竹 吴山 岷山 梅溪 "
                                                   "木环 城北 林泉 宝塔 和平 长岭 马回 黄桥 下湾 磨溪".split()) [:-1]
                     + ("磨溪社区",), tuple(2185 - 8 * i for i in range(20)))
    money = Chart("paid", "近十二个月实发金额（元）", "bar", tuple(f"2026年{m}月" for m in range(1, 13)),
                  tuple(2_609_370_00 + 2_500_000_00 * m // 100 for m in range(12)), money=True)
    for chart in (villages, money):
        view = ChartView()
        qtbot.addWidget(view)
        view.resize(420, view.sizeHint().height())
        view.set_chart(chart)
        boxes = view.text_boxes()
        assert len(boxes) == 2 * len(chart.values)
        metrics = QFontMetricsF(view.chart_font())
        for box in boxes:
            long_side = max(box.rect.width(), box.rect.height())
            assert QRectF(view.rect()).contains(box.rect), box
            if not box.wraps:  # a month may wrap to two lines; anything else is written on one
                assert metrics.horizontalAdvance(box.text) <= long_side + 0.5, box
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not a.rect.intersected(b.rect).isValid() or a.rect.intersected(b.rect).isEmpty(), (a, b)


@pytest.mark.parametrize("values", [(30000, 30000, -90000), (2_500_000_00, -1_200_000_00, 3_000_000_00)])
def test_a_month_whose_recoveries_exceed_its_payments_is_drawn_below_0_above_the_names(qtbot, program_font, values):
    """台账应发合计 below 0 in a month (its 追回 exceed what it pays): its bar hangs from the 0 line
    inside the chart, its value under it, and the months' names stay below everything, readable."""
    from dibao_desk.domain.statistics import Chart
    from dibao_desk.ui.widgets.chart_view import ChartView

    chart = Chart("money", "近十二个月台账应发金额（元）", "bar", ("2026年9月", "2026年10月", "2026年11月"), values,
                  money=True)
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(420, view.sizeHint().height())
    view.set_chart(chart)
    layout = view._layout()
    boxes = view.text_boxes()
    names = [b for b in boxes if not b.value]
    numbers = [b for b in boxes if b.value]
    assert [b.text for b in numbers] == [view.value_text(v) for v in values]
    names_top = min(b.rect.top() for b in names)
    low = layout.points[1] if values[1] < 0 else layout.points[2]
    assert low.y() < names_top and all(b.rect.bottom() <= names_top for b in numbers)
    assert layout.area.top() <= layout.baseline < low.y() <= layout.area.bottom()
    for box in boxes:
        assert QRectF(view.rect()).contains(box.rect), box
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.rect.intersected(b.rect).isValid() or a.rect.intersected(b.rect).isEmpty(), (a, b)


def test_the_current_quarter_chosen_in_november_says_december_is_planned(qtbot, ctx, town):
    window, view = open_tab(qtbot, ctx)
    window.show_view("statistics")
    choose(qtbot, view, "2026Q4")
    changes = view.tables["changes"]
    assert [changes.item(r, 0).text() for r in range(changes.rowCount())] == [
        "2026年10月", "2026年11月", "2026年12月（计划）", "合计"]
    assert "2026年12月台账计划数，该月尚未到" in view.status.text()
    assert "计划" in view.titles["basic"].text()


def test_the_tab_offers_the_year_and_exports_its_report(qtbot, ctx, town, tmp_path, monkeypatch):
    """The 统计 tab lists 2026年 (年报): chosen, it shows December's households and the year's
    twelve months, and 导出 Excel writes them."""
    window, view = open_tab(qtbot, ctx)
    window.show_view("statistics")
    assert view.period_combo.findText("2026年") >= 0
    choose(qtbot, view, "2026")
    assert view.overview.period.is_year and view.overview.month == dt.date(2026, 12, 1)
    assert view.tables["changes"].rowCount() == 13  # twelve months and the total
    target = tmp_path / "年报.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    QTest.mouseClick(view.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=20000)
    assert "2026年" in openpyxl.load_workbook(target)["基本情况表"].cell(row=1, column=1).value
