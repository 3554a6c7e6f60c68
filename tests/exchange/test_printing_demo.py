"""Documents printed from the demo township say 演示数据 on every page; an office's do not."""

import datetime as dt

import pytest
from pypdf import PdfReader

from dibao_desk.services import demo, households, printing, procedure
from dibao_desk.services.context import open_context

TODAY = dt.date(2026, 11, 30)


def pages(path) -> list[str]:
    return ["".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]


@pytest.fixture(scope="module")
def demo_ctx(tmp_path_factory):
    ctx = open_context(tmp_path_factory.mktemp("demo"))
    demo.generate(ctx.uow(), households=120, seed=2, today=TODAY)
    yield ctx
    ctx.close()


def test_every_page_of_a_notice_and_a_form_from_the_demo_says_so(demo_ctx, tmp_path):
    notice = printing.print_notice(demo_ctx.uow(), 3, tmp_path / "n.pdf", on=TODAY)
    case = procedure.list_cases(demo_ctx.uow(), today=TODAY)[0]
    form = printing.print_form(demo_ctx.uow(), "home_visit", case.household_id, tmp_path / "f.pdf", today=TODAY)
    hid = households.query_ids(demo_ctx.uow(), households.HouseholdQuery(status="receiving"))[0]
    placard = printing.print_form(demo_ctx.uow(), "placard", hid, tmp_path / "p.pdf", today=TODAY)
    for result in (notice, form, placard):
        texts = pages(result.path)
        assert texts and all("【演示数据】" in t and "虚构的家庭" in t for t in texts), result.path


def test_an_offices_form_has_no_demo_mark(office_ctx, make_household, tmp_path):
    hh = make_household()
    result = printing.print_form(office_ctx.uow(), "application", hh.id, tmp_path / "f.pdf", today=TODAY)
    texts = pages(result.path)
    assert texts and all("张三" in t for t in texts)  # the form's text is read, page by page
    assert all("演示数据" not in t for t in texts)


def test_every_page_of_the_payment_roster_from_the_demo_says_so(demo_ctx, tmp_path):
    from dibao_desk.services import payroll

    made = payroll.make(demo_ctx.uow(), "2026-12", today=TODAY, made_by="演示经办人")
    out = tmp_path / "造册.pdf"
    payroll.print_roster(demo_ctx.uow(), made.id, out)
    texts = pages(out)
    assert len(texts) > 1 and all("【演示数据】" in t and "虚构的家庭" in t for t in texts)


def _boxes(pdf, page: int) -> list[tuple[str, float, float]]:
    import subprocess

    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [(line.split(">")[1].split("<")[0], float(line.split('yMin="')[1].split('"')[0]),
             float(line.split('yMax="')[1].split('"')[0])) for line in out.splitlines() if "<word " in line]


def test_the_running_title_of_later_pages_stays_clear_of_the_demo_line(demo_ctx, tmp_path):
    from dibao_desk.services import payroll, statistics

    made = payroll.make(demo_ctx.uow(), "2027-01", today=dt.date(2026, 12, 31), made_by="演示经办人")
    roster = tmp_path / "造册.pdf"
    payroll.print_roster(demo_ctx.uow(), made.id, roster)
    report = tmp_path / "月报.pdf"
    from dibao_desk.domain.periods import period_of

    statistics.write_report(demo_ctx.uow(), period_of("2026-11"), pdf=report, today=TODAY)
    for pdf in (roster, report):
        words = _boxes(pdf, 2)
        demo_line = next(w for w in words if "演示数据" in w[0])
        title = next(w for w in words if "（续）" in w[0])
        assert title[1] >= demo_line[2], (pdf.name, title, demo_line)
