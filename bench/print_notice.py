"""Bench: a 5,000-household public notice as PDF, beside a bare reportlab table of the
same rows in the same font, made in the same run (target: at most 1.5 times the bare table).

    .venv/bin/python bench/print_notice.py [--households 5000]

Figures:
  notice (render)   dibao_desk.printing.notice.render of the long-term notice
  notice (service)  read the long-term list from the store, then services.printing.print_notice
                    (labels, render, write atomically)
  bare table        SimpleDocTemplate + one platypus Table (repeatRows=1) of the same cells,
                    with the same font and size; no title, footer or page count
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from reportlab.lib import colors  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle  # noqa: E402

from dibao_desk.domain.money import fen_to_yuan  # noqa: E402
from dibao_desk.printing import fonts, layout  # noqa: E402
from dibao_desk.printing.notice import NoticeDoc, NoticeRow, render  # noqa: E402
from dibao_desk.services import demo, office, printing, procedure  # noqa: E402
from dibao_desk.services.context import open_context  # noqa: E402


def bare_table(path: Path, rows: list[list[str]], page: layout.PageSpec) -> int:
    font = fonts.register()
    header = [c.header for c in layout.LONG_TERM_COLUMNS]
    total = sum(c.width for c in layout.LONG_TERM_COLUMNS)
    widths = [page.frame_width * c.width / total for c in layout.LONG_TERM_COLUMNS]
    table = Table([header] + rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                               ("GRID", (0, 0), (-1, -1), 0.6, colors.black)]))
    doc = SimpleDocTemplate(str(path), pagesize=page.size, leftMargin=page.margin, rightMargin=page.margin,
                            topMargin=page.margin, bottomMargin=page.margin)
    doc.build([table])
    return doc.page


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-print-"))
    ctx = open_context(tmp / "data")
    office.save_office(ctx.uow(), office.OfficeInfo(
        name="德安镇", admin_code="360426100000", county_name="德安县", complaint_phone="0792-4321000",
        complaint_box="镇政府一楼大厅", mode="township", operator="王经办"))
    t = time.perf_counter()
    # The demo makes about 87% of its households receiving; make enough for the figure asked.
    demo.generate(ctx.uow(), households=int(args.households / 0.85) + 50, seed=1, today=dt.date(2026, 11, 23))
    entries = procedure.long_term_notice(ctx.uow())[: args.households]
    print(f"store: {len(entries)} receiving households on the notice (made in {time.perf_counter() - t:.1f} s)")
    fonts.register()
    page = layout.PageSpec("A4")
    rows = printing.notice_rows_from_entries(entries)
    doc = NoticeDoc("long", "德安县德安镇", "德安镇人民政府", dt.date(2026, 11, 23), "0792-4321000", "镇政府一楼大厅",
                    tuple(rows))
    cells = [[str(i), r.village, r.head_name, str(r.persons), r.category, fen_to_yuan(r.monthly_fen),
              f"{r.since.year}年{r.since.month}月" if r.since else ""] for i, r in enumerate(rows, 1)]

    pages = {}

    def ours():
        pages["ours"] = render(tmp / "notice.pdf", doc, page).pages

    def bare():
        pages["bare"] = bare_table(tmp / "bare.pdf", cells, page)

    def service():  # read the list from the store, then print it
        listed = procedure.long_term_notice(ctx.uow())[: args.households]
        pages["service"] = printing.print_notice(ctx.uow(), "long", tmp / "service.pdf",
                                                 on=dt.date(2026, 11, 23), entries=listed).pages

    base_best, base_med = best(bare, args.repeat)
    ours_best, ours_med = best(ours, args.repeat)
    svc_best, svc_med = best(service, args.repeat)
    print(f"{'':22}{'best':>9}{'median':>9}{'pages':>7}{'ratio':>8}")
    print(f"{'bare reportlab table':22}{base_best:9.2f}{base_med:9.2f}{pages['bare']:7}{1:8.2f}")
    print(f"{'notice (render)':22}{ours_best:9.2f}{ours_med:9.2f}{pages['ours']:7}{ours_best / base_best:8.2f}")
    print(f"{'notice (service)':22}{svc_best:9.2f}{svc_med:9.2f}{pages['service']:7}{svc_best / base_best:8.2f}")
    print(f"target: notice at most 1.5 x the bare table -> {'met' if svc_best <= 1.5 * base_best else 'NOT met'}")
    ctx.close()


if __name__ == "__main__":
    main()
