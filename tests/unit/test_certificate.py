"""The 低保证: numbers (urban/rural prefix, township code, year, a serial restarting each year),
新发 / 换发 / 补发 (with the reason) / 核销 on cancellation, the booklet print with the printer
offset, the command line, and the revision from the previous schema with data in it."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess

import pytest

from tests.helpers import downgrade_store, previous_revision, walk_case
from pypdf import PdfReader
from sqlalchemy import select

from dibao_desk.domain import certificate as rules
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog
from dibao_desk.services import certificate
from dibao_desk.services import procedure as proc
from dibao_desk.services.context import open_context
from tests.conftest import make_id
from tests.exchange.exchange_fixtures import set_receiving

D = dt.date


@pytest.fixture
def receiving(ctx, make_household):
    def _make(head, n, hukou="rural"):
        h = make_household(head=head, head_id=make_id("19600315", n), hukou=hukou)
        set_receiving(ctx, h.id, monthly_fen=31200, start=D(2025, 3, 1))
        return h.id
    return _make


def codes(exc) -> list[str]:
    return [p.code for p in exc.value.problems]


def test_the_number_names_urban_or_rural_the_township_the_year_and_a_serial():
    assert rules.number("rural", "360426100000", 2026, 17) == "N360426100202600017"
    assert rules.number("urban", "360426100000", 2026, 1) == "C360426100202600001"


@pytest.mark.parametrize("last_day", [D(2026, 12, 31), D(2027, 1, 31), D(2028, 2, 29), D(2026, 11, 30)])
def test_serials_count_per_prefix_and_restart_each_year(ctx, receiving, last_day):
    a, b, c, d = (receiving(f"户主{i}", i, hukou) for i, hukou in ((1, "rural"), (2, "rural"), (3, "urban"), (4, "rural")))
    before = D(last_day.year - 1, 12, 31)
    numbers = [certificate.issue(ctx.uow(), h, "new", before, last_day).number for h in (a, b, c)]
    assert numbers == [f"N360426100{before.year}00001", f"N360426100{before.year}00002",
                       f"C360426100{before.year}00001"]
    # the next year's first certificate starts again at 1
    nxt = certificate.issue(ctx.uow(), d, "new", last_day, last_day)
    assert nxt.number == f"N360426100{last_day.year}00001"


def test_the_real_date(ctx, receiving):
    today = dt.date.today()
    c = certificate.issue(ctx.uow(), receiving("李堃", 1), "new", today, today)
    assert c.number == f"N360426100{today.year}00001" and c.issued_on == today


def test_reissue_and_replace_supersede_and_cancellation_revokes(ctx, receiving):
    h = receiving("李堃", 1)
    today = D(2026, 11, 30)
    with pytest.raises(RuleError) as exc:
        certificate.issue(ctx.uow(), h, "reissue", today, today)
    assert codes(exc) == ["certificate.no_active"]
    first = certificate.issue(ctx.uow(), h, "new", D(2026, 3, 2), today)
    with pytest.raises(RuleError) as exc:
        certificate.issue(ctx.uow(), h, "new", today, today)
    assert codes(exc) == ["certificate.has_active"]
    with pytest.raises(RuleError) as exc:
        certificate.issue(ctx.uow(), h, "replace", today, today, reason="  ")
    assert codes(exc) == ["certificate.reason_empty"]
    second = certificate.issue(ctx.uow(), h, "reissue", D(2026, 6, 1), today)
    third = certificate.issue(ctx.uow(), h, "replace", today, today, reason="遗失")
    assert [(c.kind, c.state, c.reason) for c in certificate.history(ctx.uow(), h)] == [
        ("new", "superseded", ""), ("reissue", "superseded", ""), ("replace", "active", "遗失")]
    assert certificate.current_numbers(ctx.uow()) == {h: third.number}
    assert len({first.number, second.number, third.number}) == 3
    # the cancellation's grant step revokes (核销) it
    case = proc.open_case(ctx.uow(), h, "cancel", "家庭人均收入已超过标准", D(2026, 12, 1))
    _detail, end = walk_case(ctx, case.id, D(2026, 12, 2), start_month=D(2027, 1, 1))
    last = certificate.history(ctx.uow(), h)[-1]
    assert (last.state, last.ended_on) == ("revoked", D(2027, 1, 1))
    assert certificate.current_numbers(ctx.uow()) == {}
    with pytest.raises(RuleError) as exc:
        certificate.issue(ctx.uow(), h, "new", end, end)
    assert codes(exc) == ["certificate.not_receiving"]
    with ctx.uow() as u:
        actions = [a.action for a in u.session.scalars(select(AuditLog).where(AuditLog.entity == "certificate"))]
    assert actions == ["new", "supersede", "reissue", "supersede", "replace", "revoke"]


def word_x(pdf, word: str) -> float:
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    line = next(line for line in out.splitlines() if f">{word}<" in line)
    return float(line.split('xMin="')[1].split('"')[0])


def test_the_booklet_print_follows_the_printer_offset(ctx, receiving, tmp_path):
    h = receiving("李堃", 1)
    c = certificate.issue(ctx.uow(), h, "new", D(2026, 11, 30), D(2026, 11, 30))
    plain = tmp_path / "plain.pdf"
    moved = tmp_path / "moved.pdf"
    certificate.print_certificate(ctx.uow(), h, plain)
    certificate.print_certificate(ctx.uow(), h, moved, offset_x_mm=5, offset_y_mm=-2)
    text = "".join(PdfReader(str(plain)).pages[0].extract_text().split())
    for expected in (c.number, "李堃", "东风村", "农村最低生活保障", "312.00", "2025年3月", "2026年11月30日", "德安镇人民政府"):
        assert expected in text, expected
    assert "户主姓名" not in text  # the card's labels are pre-printed
    assert word_x(moved, c.number) - word_x(plain, c.number) == pytest.approx(5 * 72 / 25.4, abs=0.5)
    proof = tmp_path / "proof.pdf"
    certificate.print_certificate(ctx.uow(), h, proof, proof=True)
    assert "户主姓名" in "".join(PdfReader(str(proof)).pages[0].extract_text().split())


def test_the_revision_upgrades_a_store_of_the_previous_schema_with_data(ctx, receiving, tmp_path):
    h = receiving("李堃", 1)
    path = ctx.store.path
    previous = previous_revision("0013")
    downgrade_store(ctx, previous)
    con = sqlite3.connect(path)
    assert "certificate" not in {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    assert con.execute("select count(*) from household").fetchone()[0] == 1
    con.close()
    reopened = open_context(path.parent)
    try:
        c = certificate.issue(reopened.uow(), h, "new", D(2026, 11, 30), D(2026, 11, 30))
        assert c.number == "N360426100202600001"
    finally:
        reopened.close()


def test_the_roster_package_carries_the_number_and_an_older_roster_still_reads(ctx, receiving, tmp_path):
    from dibao_desk.exchange import package as pkg
    from dibao_desk.exchange import packages_out as out
    from dibao_desk.services import exchange

    a, b = receiving("李堃", 1), receiving("王五", 2)
    c = certificate.issue(ctx.uow(), a, "new", D(2026, 11, 2), D(2026, 11, 30))
    result = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=D(2026, 11, 30))
    rows = pkg.read_package(result.path, specs=out.specs_for("roster")).sheets["花名册"]
    assert {r["household_ref"]: r["certificate"] for r in rows} == {str(a): c.number, str(b): ""}
    # a roster written before the column existed: still accepted, the column absent
    keys = [col.key for col in out.ROSTER_HOUSEHOLDS.columns]
    old_spec = pkg.SheetSpec("花名册", out.ROSTER_HOUSEHOLDS.columns[:keys.index("certificate")])
    old = tmp_path / "旧.xlsx"
    pkg.write_package(old, kind="roster", direction="up", township_code="360426100000", township_name="德安镇",
                      county_name="德安县", sequence=1, period="2026-11",
                      sheets=[pkg.SheetData(old_spec, [("1", "东风村", "李堃", make_id("19600315", 1), "农村", 1, 1,
                                                        "二类", 31200, "2025-03", "")])])
    back = pkg.read_package(old, specs=out.specs_for("roster")).sheets["花名册"]
    assert back[0]["head_name"] == "李堃" and "certificate" not in back[0]
    # any other difference is still refused
    wrong = pkg.SheetSpec("花名册", out.ROSTER_HOUSEHOLDS.columns[:keys.index("certificate") - 1])
    bad = tmp_path / "错.xlsx"
    pkg.write_package(bad, kind="roster", direction="up", township_code="360426100000", township_name="德安镇",
                      county_name="德安县", sequence=1, period="2026-11",
                      sheets=[pkg.SheetData(wrong, [("1", "东风村", "李堃", make_id("19600315", 1), "农村", 1, 1,
                                                     "二类", 31200, "2025-03")])])
    with pytest.raises(pkg.PackageError):
        pkg.read_package(bad, specs=out.specs_for("roster"))


def word_y(pdf, word: str) -> float:
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    line = next(line for line in out.splitlines() if f">{word}<" in line)
    return float(line.split('yMin="')[1].split('"')[0])


def test_the_saved_printer_offset_moves_every_print_and_is_audited(ctx, receiving, tmp_path):
    h = receiving("李堃", 1)
    c = certificate.issue(ctx.uow(), h, "new", D(2026, 11, 30), D(2026, 11, 30))
    plain = tmp_path / "plain.pdf"
    certificate.print_certificate(ctx.uow(), h, plain)
    assert certificate.printer_offset(ctx.uow()) == certificate.PrinterOffset(0, 0)
    certificate.set_printer_offset(ctx.uow(), 3.5, 2)
    assert certificate.printer_offset(ctx.uow()) == certificate.PrinterOffset(3.5, 2)
    moved = tmp_path / "moved.pdf"
    certificate.print_certificate(ctx.uow(), h, moved)  # no offset given: the saved one
    assert word_x(moved, c.number) - word_x(plain, c.number) == pytest.approx(3.5 * 72 / 25.4, abs=0.5)
    assert word_y(moved, c.number) - word_y(plain, c.number) == pytest.approx(2 * 72 / 25.4, abs=0.5)  # down
    with pytest.raises(RuleError) as exc:
        certificate.set_printer_offset(ctx.uow(), 31, 0)
    assert codes(exc) == ["certificate.offset_range"]
    assert certificate.printer_offset(ctx.uow()) == certificate.PrinterOffset(3.5, 2)
    with ctx.uow() as u:
        saved = u.session.execute(select(AuditLog.action, AuditLog.after).where(AuditLog.entity == "setting")).all()
    assert [a for a, _ in saved] == ["save"] and "certificate.offset_x_mm" in saved[0][1]
    test = tmp_path / "test.pdf"
    certificate.print_calibration(ctx.uow(), test)
    text = "".join(PdfReader(str(test)).pages[0].extract_text().split())
    assert "户主姓名" in text and "20毫米" in text


def test_a_batch_prints_one_page_per_valid_certificate_issued_in_the_days(ctx, receiving, tmp_path):
    a, b, c = receiving("李堃", 1), receiving("王五", 2), receiving("赵六", 3)
    ca = certificate.issue(ctx.uow(), a, "new", D(2026, 11, 2), D(2026, 11, 30))
    cb = certificate.issue(ctx.uow(), b, "new", D(2026, 11, 30), D(2026, 11, 30))
    certificate.issue(ctx.uow(), c, "new", D(2026, 10, 31), D(2026, 11, 30))
    ids = certificate.issued_between(ctx.uow(), D(2026, 11, 1), D(2026, 11, 30))
    assert sorted(ids) == sorted([a, b])
    out = tmp_path / "batch.pdf"
    result = certificate.print_certificates(ctx.uow(), ids, out)
    pages = PdfReader(str(out)).pages
    assert (result.pages, len(pages)) == (2, 2)
    texts = ["".join(p.extract_text().split()) for p in pages]
    assert {ca.number, cb.number} == {n for n in (ca.number, cb.number) for t in texts if n in t}
    with pytest.raises(RuleError) as exc:
        certificate.print_certificates(ctx.uow(), [], out)
    assert codes(exc) == ["certificate.none_to_print"]


def word_boxes(pdf) -> list[tuple[str, float, float]]:
    """Each word pdftotext finds: its text, left and right edges (points)."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [(line.split(">")[1].split("<")[0], float(line.split('xMin="')[1].split('"')[0]),
             float(line.split('xMax="')[1].split('"')[0]))
            for line in out.splitlines() if line.strip().startswith("<word ")]


def test_a_long_village_and_address_stay_on_the_booklet(ctx, receiving, tmp_path):
    from dibao_desk.services import office

    address = "新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县孙扎齐牛录乡第十二村民小组一百二十三号"
    village = "察布查尔锡伯自治县孙扎齐牛录乡乌珠牛录村民委员会"
    vid = office.add_village(ctx.uow(), village, "village", 900).id
    h = receiving("阿卜杜热合曼·买买提依明", 1)
    with ctx.uow() as uow:
        from dibao_desk.models import Household
        row = uow.session.get(Household, h)
        row.address, row.village_id = address, vid
        uow.commit()
    certificate.issue(ctx.uow(), h, "new", D(2026, 11, 30), D(2026, 11, 30))
    out = tmp_path / "c.pdf"
    certificate.print_certificate(ctx.uow(), h, out)
    right_edge = 210 * 72 / 25.4 - 5 * 72 / 25.4  # 5 mm from the booklet's right edge
    for word, _left, right in word_boxes(out):
        assert right <= right_edge, word
    text = "".join(PdfReader(str(out)).pages[0].extract_text().split())
    for expected in (address, village, "阿卜杜热合曼·买买提依明"):
        assert expected in text, expected


def test_the_booklet_shows_what_is_paid_until_the_change_is_granted(ctx, make_household):
    """张小明 dies on 29 February 2028; the 变更 (750 → 300 元) is granted in March. A booklet
    printed in between showed 2 persons beside the 750 元 still paid for 3 (the household's
    own columns count those who remain at once); it shows the pair the ledger pays in the
    month it is printed, as the 长期公示 does: 3 persons at 750 元, then 2 at 300 元."""
    from dibao_desk.services import events
    from tests.unit import test_member_events as ev

    hid = ev.three(make_household).id
    assert ev.receiving(ctx, hid, D(2028, 2, 1), D(2028, 2, 29)) == 75000
    certificate.issue(ctx.uow(), hid, "new", D(2028, 2, 10), D(2028, 2, 10))
    boy, *_ = ev.member(ctx, hid, "张小明")
    r = events.add_event(ctx.uow(), hid, "death", D(2028, 2, 29), member_id=boy, today=D(2028, 2, 29))
    assert ev.household_row(ctx, hid)[3] == 2

    def booklet(on: dt.date) -> tuple[int, str, int]:
        d = certificate.print_data(ctx.uow(), hid, on)
        return d.persons, d.category, d.monthly_fen

    assert booklet(D(2028, 3, 1)) == (3, "class2", 75000)
    walk_case(ctx, r.change.case_id, D(2028, 2, 29))  # granted in early March, from March
    assert booklet(D(2028, 3, 10)) == (2, "class2", 30000)


def issue_at_once(ctx, tmp_path, monkeypatch, first_household: int, second_household: int):
    """The first clerk issues a 新发; while it has read the last serial and not yet written, a
    second window on the same store issues one too. (first number, second number or the
    exception the second clerk saw)."""
    import threading

    other = open_context(tmp_path / "data")  # the second window
    day = D(2026, 12, 31)
    got: dict[str, object] = {}

    def second_clerk() -> None:
        try:
            got["second"] = certificate.issue(other.uow(), second_household, "new", day, day).number
        except Exception as exc:  # noqa: BLE001 - what the second clerk would have seen
            got["second"] = exc

    real_number, started = rules.number, []

    def number_while_the_other_clerk_issues(*args):
        if not started:  # the first clerk has read the last serial: the second one clicks now
            started.append(threading.Thread(target=second_clerk))
            started[0].start()
            started[0].join(1.0)  # old code: the second issue is done by now; new: it waits for us
        return real_number(*args)

    monkeypatch.setattr(rules, "number", number_while_the_other_clerk_issues)
    try:
        first = certificate.issue(ctx.uow(), first_household, "new", day, day).number
    finally:
        if started:
            started[0].join()
        other.close()
    return first, got["second"]


@pytest.mark.pg_store
def test_two_clerks_issuing_at_once_get_consecutive_numbers(ctx, receiving, tmp_path, monkeypatch):
    """Two windows on one store issue at the same moment. The second clerk's issue ran while the
    first had read the last serial but not written its certificate: both read 0, the second
    took 00001, and the first clerk's issue failed with 'database is locked' (on PostgreSQL:
    a duplicate key, the same serial twice). Now the numbering is locked before the last serial
    is read: the second clerk waits for the first's commit and takes the next serial."""
    a, b = receiving("户主甲", 1), receiving("户主乙", 2)
    first, second = issue_at_once(ctx, tmp_path, monkeypatch, a, b)
    assert sorted([first, second]) == ["N360426100202600001", "N360426100202600002"]
    assert {c.number for h in (a, b) for c in certificate.history(ctx.uow(), h)} == {first, second}


@pytest.mark.pg_store
def test_two_clerks_issuing_the_same_household_at_once_give_it_one_certificate(ctx, receiving, tmp_path,
                                                                              monkeypatch):
    """Both clerks 新发 the same household at the same moment: each had seen no valid certificate,
    so the household could end with two valid ones. The second now waits, then is told the
    household has one."""
    a = receiving("户主甲", 1)
    first, second = issue_at_once(ctx, tmp_path, monkeypatch, a, a)
    assert first == "N360426100202600001"
    assert isinstance(second, RuleError) and [p.code for p in second.problems] == ["certificate.has_active"]
    assert [(c.number, c.state) for c in certificate.history(ctx.uow(), a)] == [(first, "active")]


def test_a_household_moving_from_rural_to_urban_gets_a_new_number_by_reissue(ctx, receiving, tmp_path):
    """A rural household's hukou becomes urban (户口迁入城镇). Its N certificate printed as a
    城市最低生活保障 booklet with the rural number; printing it is now refused with what to do,
    and the 换发 gives a C number from the urban sequence, printed as urban."""
    import dataclasses

    from dibao_desk.services import households

    other_urban = receiving("城市户", 2, "urban")
    certificate.issue(ctx.uow(), other_urban, "new", D(2026, 3, 1), D(2026, 3, 1))  # C…00001
    h = receiving("李堃", 1)
    old = certificate.issue(ctx.uow(), h, "new", D(2026, 3, 2), D(2026, 3, 2))
    assert old.number == "N360426100202600001"
    detail = households.get(ctx.uow(), h)
    households.save(ctx.uow(), dataclasses.replace(detail.draft, hukou_type="urban"), h, today=D(2026, 11, 30))
    out = tmp_path / "证.pdf"
    with pytest.raises(RuleError) as exc:
        certificate.print_certificate(ctx.uow(), h, out, on=D(2026, 11, 30))
    assert codes(exc) == ["certificate.hukou_changed"] and not out.exists()
    from dibao_desk import messages
    assert messages.text(exc.value.problems[0]) == (
        "该户户籍类型已改为城市，低保证 N360426100202600001 是农村低保的证：请先换发，再打印新证")
    new = certificate.issue(ctx.uow(), h, "reissue", D(2026, 11, 30), D(2026, 11, 30))
    assert new.number == "C360426100202600002"
    certificate.print_certificate(ctx.uow(), h, out, on=D(2026, 11, 30))
    text = "".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "C360426100202600002" in text and "城市最低生活保障" in text


@pytest.mark.parametrize("kind", ["reissue", "replace"])
def test_a_reissue_cannot_be_dated_before_the_booklet_it_replaces(ctx, receiving, kind):
    """A 换发/补发 dated before the active certificate's own issue ended that one before it began
    (issued 30 Nov, 作废 1 Mar); it is refused and nothing is written."""
    h = receiving("李堃", 1)
    today = D(2026, 11, 30)
    first = certificate.issue(ctx.uow(), h, "new", today, today)
    with pytest.raises(RuleError) as exc:
        certificate.issue(ctx.uow(), h, kind, D(2026, 3, 1), today, reason="遗失")
    assert codes(exc) == ["certificate.before_last"]
    assert [(c.number, c.state, c.ended_on) for c in certificate.history(ctx.uow(), h)] == [
        (first.number, "active", None)]
    same_day = certificate.issue(ctx.uow(), h, kind, today, today, reason="遗失")  # the same day is fine
    assert same_day.number == "N360426100202600002"


def test_a_household_cancelled_and_granted_again_gets_a_new_first_certificate(ctx, receiving):
    """核销 on cancellation; re-admitted a year later, the household gets a 新发 with the year's
    next serial, and its history keeps the revoked one."""
    from tests.exchange.exchange_fixtures import set_receiving

    h = receiving("李堃", 1)
    first = certificate.issue(ctx.uow(), h, "new", D(2026, 3, 2), D(2026, 3, 2))
    case = proc.open_case(ctx.uow(), h, "cancel", "家庭成员已稳定就业", D(2026, 11, 2))
    walk_case(ctx, case.id, D(2026, 11, 3), start_month=D(2026, 12, 1))
    assert [(c.state, c.ended_on) for c in certificate.history(ctx.uow(), h)] == [("revoked", D(2026, 12, 1))]
    with pytest.raises(RuleError) as exc:
        certificate.issue(ctx.uow(), h, "new", D(2026, 12, 31), D(2026, 12, 31))
    assert codes(exc) == ["certificate.not_receiving"]
    set_receiving(ctx, h, start=D(2027, 3, 1))  # granted again (the procedure as for any new case)
    again = certificate.issue(ctx.uow(), h, "new", D(2027, 3, 1), D(2027, 3, 1))
    assert again.number == "N360426100202700001" and again.number != first.number
    assert certificate.current_numbers(ctx.uow(), [h]) == {h: again.number}


def test_a_batch_refused_for_one_household_says_which(ctx, receiving, tmp_path):
    """A batch with one household that cannot be printed is refused whole; the message said
    "该户没有有效的低保证" without saying which of the batch's households: it names it."""
    import dataclasses

    from dibao_desk import messages
    from dibao_desk.services import households

    a, b = receiving("李堃", 1), receiving("王五", 2)
    for h in (a, b):
        certificate.issue(ctx.uow(), h, "new", D(2026, 11, 2), D(2026, 11, 30))
    detail = households.get(ctx.uow(), b)
    households.save(ctx.uow(), dataclasses.replace(detail.draft, hukou_type="urban"), b, today=D(2026, 11, 30))
    out = tmp_path / "batch.pdf"
    with pytest.raises(RuleError) as exc:
        certificate.print_certificates(ctx.uow(), [a, b], out, on=D(2026, 11, 30))
    assert [messages.text(p) for p in exc.value.problems] == [
        f"户编号 {b}：该户户籍类型已改为城市，低保证 N360426100202600002 是农村低保的证：请先换发，再打印新证"]
    c = receiving("赵六", 3)  # no certificate at all
    with pytest.raises(RuleError) as exc:
        certificate.print_certificates(ctx.uow(), [a, c], out, on=D(2026, 11, 30))
    assert [messages.text(p) for p in exc.value.problems] == [f"户编号 {c}：该户没有有效的低保证，请先新发"]
    assert not out.exists()


def test_a_batch_reads_the_store_a_few_times_not_once_per_booklet(ctx, make_household, tmp_path):
    """A batch of 1,000 booklets took about 17 s, most of it reading each household alone (its
    certificate, household, village, ledger month and the office: thousands of queries). The
    batch is read a few hundred households at a time: the statements do not grow with it, and
    each page still shows its own household."""
    from sqlalchemy import event

    from tests.exchange.exchange_fixtures import set_receiving

    ids = []
    for i in range(40):
        h = make_household(head=f"户主{i:02d}", head_id=make_id("19600315", 100 + i))
        set_receiving(ctx, h.id, monthly_fen=30000 + i * 101, start=D(2026, 1, 1))
        certificate.issue(ctx.uow(), h.id, "new", D(2026, 11, 30), D(2026, 11, 30))
        ids.append(h.id)
    statements: list[str] = []
    listen = lambda *args: statements.append(args[2])  # noqa: E731 - (conn, cursor, statement, ...)
    event.listen(ctx.store.engine, "before_cursor_execute", listen)
    try:
        few = tmp_path / "few.pdf"
        certificate.print_certificates(ctx.uow(), ids[:2], few, on=D(2026, 11, 30))
        for_two = len(statements)
        statements.clear()
        many = tmp_path / "many.pdf"
        result = certificate.print_certificates(ctx.uow(), ids, many, on=D(2026, 11, 30))
    finally:
        event.remove(ctx.store.engine, "before_cursor_execute", listen)
    assert len(statements) == for_two and result.pages == 40
    pages = ["".join(p.extract_text().split()) for p in PdfReader(str(many)).pages]
    for i, text in enumerate(pages):
        assert f"户主{i:02d}" in text and f"N3604261002026{i + 1:05d}" in text, i
        assert f"{(30000 + i * 101) // 100}.{(30000 + i * 101) % 100:02d}元" in text, i


@pytest.mark.parametrize("offset_x", [12.0, 30.0])
def test_a_value_moved_right_by_the_offset_stays_on_the_sheet(ctx, make_household, tmp_path, offset_x):
    """The offset moved the fields, but their room was measured from where the card has them:
    12 mm to the right, the tail of a long name and address (and the 享受起始 month) went past
    the sheet's right edge and were not printed. The room now ends at the sheet's edge."""
    from tests.exchange.exchange_fixtures import set_receiving

    name, address = "阿卜杜热合曼·买买提依明·艾合买提江", "东风村第十二村民小组（原东风林场职工宿舍）三单元五楼五百零二室"
    h = make_household(head=name, address=address)
    set_receiving(ctx, h.id, monthly_fen=123456, start=D(2026, 12, 1))
    certificate.issue(ctx.uow(), h.id, "new", D(2026, 11, 30), D(2026, 11, 30))
    out = tmp_path / "证.pdf"
    certificate.print_certificate(ctx.uow(), h.id, out, offset_x_mm=offset_x, on=D(2026, 12, 2))
    page_width = 210 * 72 / 25.4
    for word, _left, right in word_boxes(out):
        assert right <= page_width, word
    text = "".join(PdfReader(str(out)).pages[0].extract_text().split())
    for expected in (name, address, "1234.56元", "2026年12月", "二类"):
        assert expected in text, expected


def test_an_offset_that_moves_a_field_up_or_down_off_the_sheet_is_refused(ctx, receiving, tmp_path):
    """Within ±30 mm, 20 mm down put 发证机关 below the sheet's edge and 20 mm up put the 证号 above
    it: the booklet came out without them, silently. Such an offset is refused, saying how far
    it may go and which field would be lost; the window's field keeps to ``offset_range_mm``."""
    from dibao_desk import messages

    h = receiving("李堃", 1)
    certificate.issue(ctx.uow(), h, "new", D(2026, 11, 30), D(2026, 11, 30))
    out = tmp_path / "证.pdf"
    for y, words in ((20, "向下偏移最多 16 毫米：再多，“发证机关”一栏就打到证件外面了"),
                     (-20, "向上偏移最多 19.1 毫米：再多，“证号”一栏就打到证件外面了")):
        with pytest.raises(RuleError) as exc:
            certificate.print_certificate(ctx.uow(), h, out, offset_y_mm=y)
        assert [messages.text(p) for p in exc.value.problems] == [words] and not out.exists()
        with pytest.raises(RuleError):
            certificate.set_printer_offset(ctx.uow(), 0, y)
    assert certificate.printer_offset(ctx.uow()) == certificate.PrinterOffset(0, 0)
    for y in (16, -19.1):  # as far as it goes, every field is on the sheet
        certificate.print_certificate(ctx.uow(), h, out, offset_y_mm=y, on=D(2026, 12, 2))
        text = "".join(PdfReader(str(out)).pages[0].extract_text().split())
        assert "N360426100202600001" in text and "德安镇人民政府" in text
    assert certificate.offset_range_mm() == ((-30, 30), (-19.1, 16))


def test_the_booklet_names_the_new_head_after_the_head_died(ctx, make_household, tmp_path):
    """张三, the head, dies; 李梅 becomes head. The booklet printed afterwards (the old one, and
    the 换发 that follows) names 李梅, never the dead head."""
    from dibao_desk.services import events
    from tests.unit import test_member_events as ev

    hid = ev.three(make_household).id
    ev.receiving(ctx, hid, D(2026, 2, 1), D(2026, 2, 20))
    certificate.issue(ctx.uow(), hid, "new", D(2026, 2, 21), D(2026, 2, 21))
    head, *_ = ev.member(ctx, hid, "张三")
    wife, *_ = ev.member(ctx, hid, "李梅")
    events.add_event(ctx.uow(), hid, "death", D(2026, 12, 31), member_id=head, new_head_id=wife, today=D(2026, 12, 31))
    assert certificate.print_data(ctx.uow(), hid, D(2026, 12, 31)).head_name == "李梅"
    new = certificate.issue(ctx.uow(), hid, "reissue", D(2027, 1, 1), D(2027, 1, 1))
    out = tmp_path / "证.pdf"
    certificate.print_certificate(ctx.uow(), hid, out, on=D(2027, 1, 1))
    text = "".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert new.number == "N360426100202700001" and new.number in text and "李梅" in text and "张三" not in text


def suspend(ctx, hid, from_month, decided):
    """The benefit of a household suspended (停发) from ``from_month`` on, as a decision writes it."""
    from dibao_desk.domain.ledger import DecisionKind, LedgerStatus, MonthValue
    from dibao_desk.services import ledger

    with ctx.uow() as uow:
        ledger.write_decision(uow, DecisionKind.CHANGE, from_month, decided, "李局长",
                              {hid: MonthValue(LedgerStatus.SUSPENDED, "class2", 1, 0)}, household_id=hid,
                              today=decided)
        uow.commit()


def test_a_household_suspended_on_the_day_gets_no_certificate(ctx, receiving, tmp_path):
    """王五's benefit is suspended from December 2026. A batch printed as of 30 November still
    prints his booklet; as of 5 December it prints the other two and names him as skipped;
    his own print is refused; a batch of suspended households only is refused."""
    from dibao_desk import messages

    a, b, c = receiving("李堃", 1), receiving("王五", 2), receiving("赵六", 3)
    numbers = {h: certificate.issue(ctx.uow(), h, "new", D(2026, 11, 2), D(2026, 11, 30)).number for h in (a, b, c)}
    suspend(ctx, b, D(2026, 12, 1), D(2026, 11, 30))
    out = tmp_path / "batch.pdf"
    november = certificate.print_certificates(ctx.uow(), [a, b, c], out, on=D(2026, 11, 30))
    assert (november.pages, november.skipped) == (3, ())
    december = certificate.print_certificates(ctx.uow(), [a, b, c], out, on=D(2026, 12, 5))
    texts = ["".join(p.extract_text().split()) for p in PdfReader(str(out)).pages]
    assert [[h for h, n in numbers.items() if n in t] for t in texts] == [[a], [c]]
    assert december.pages == 2
    assert [messages.text(p) for p in december.skipped] == [f"未打印：户编号 {b} 王五（2026年12月 暂停发放）"]
    assert december.skipped[0] in december.problems
    single = tmp_path / "one.pdf"
    with pytest.raises(RuleError) as exc:
        certificate.print_certificate(ctx.uow(), b, single, on=D(2026, 12, 5))
    assert [messages.text(p) for p in exc.value.problems] == [
        "该户 2026年12月 暂停发放低保，不能打印低保证；恢复发放后再打印"]
    assert not single.exists()
    certificate.print_certificate(ctx.uow(), b, single, on=D(2026, 11, 30))  # before the suspension: printed
    assert numbers[b] in "".join(PdfReader(str(single)).pages[0].extract_text().split())
    suspend(ctx, c, D(2026, 12, 1), D(2026, 11, 30))
    before = out.read_bytes()
    with pytest.raises(RuleError) as exc:
        certificate.print_certificates(ctx.uow(), [b, c], out, on=D(2026, 12, 5))
    assert [messages.text(p) for p in exc.value.problems] == [
        "要打印的 2 户在 2026年12月 都暂停发放低保，没有可打印的低保证"]
    assert out.read_bytes() == before


def test_a_household_marked_suspended_without_a_ledger_month_is_skipped(ctx, receiving, tmp_path):
    """Without a ledger month for the day, the household's own status 暂停 decides."""
    from dibao_desk.models import Household

    a, b = receiving("李堃", 1), receiving("王五", 2)
    for h in (a, b):
        certificate.issue(ctx.uow(), h, "new", D(2026, 11, 2), D(2026, 11, 30))
    with ctx.uow() as uow:
        uow.session.get(Household, b).status = "suspended"
        uow.commit()
    result = certificate.print_certificates(ctx.uow(), [a, b], tmp_path / "b.pdf", on=D(2026, 11, 30))
    assert result.pages == 1 and [p.params["household_id"] for p in result.skipped] == [b]
