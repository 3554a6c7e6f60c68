"""Several clerks at once on the county's PostgreSQL store: two processes import and decide at
the same moment; nothing is lost or doubled, and the audit chain names each clerk and holds.

On SQLite (no DIBAO_TEST_PG_URL) the county's folder has one writer by design: the tests that
need two writers are skipped there."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
from pathlib import Path

import pytest

from dibao_desk.domain.accounts import Role
from dibao_desk.services import accounts, audit, county, exchange
from dibao_desk.services.context import open_context
from tests import pg
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401

pytestmark = [pytest.mark.pg, pg.skip_without_pg]

CLERKS = {"李经办": "li-secret-1", "赵经办": "zhao-secret-2"}


def _clerk(folder: str, name: str, barrier, job: str, arg: str, out) -> None:
    """One clerk's program: sign in, wait for the other, then do ``job`` at the same moment."""
    ctx = open_context(folder)
    ctx.sign_in(accounts.sign_in(ctx.uow(), name, CLERKS[name]))
    barrier.wait(timeout=60)
    try:
        if job == "import":
            r = exchange.import_package(ctx.uow(), arg, today=TODAY)
            out.put((name, "receipt_again" if r.receipt_again else "imported", r.received_id))
        elif job == "draw":
            d = county.draw_sample(ctx.uow(), seed=7, today=TODAY)
            out.put((name, "drew", d.population))
        elif job == "decide":
            row = county.record_decision(ctx.uow(), int(arg), True, "", dt.date(2026, 11, 20), name, today=TODAY)
            out.put((name, "decided", row.id))
        elif job == "send-warnings":
            sent = county.export_warnings(ctx.uow(), "360426100000", Path(arg) / f"核对预警-{name}.xlsx", today=TODAY)
            out.put((name, "sent", sent.sequence))
        elif job == "edit-warning":
            ref, id_number = arg.split("|")
            row = county.update_warning(ctx.uow(), ref, id_number, "deposit", "名下存款 15 万元（已更正）",
                                        dt.date(2026, 12, 23), today=TODAY)
            out.put((name, "edited", row.warning_ref))
    except exchange.PackageRefused as exc:
        out.put((name, "refused", exc.problems[0].code))
    except Exception as exc:  # noqa: BLE001 - reported to the test
        from dibao_desk.domain.problems import RuleError

        out.put((name, "rule" if isinstance(exc, RuleError) else "error",
                 exc.problems[0].code if isinstance(exc, RuleError) else repr(exc)))
    finally:
        ctx.close()


def _together(folder: Path, jobs: list[tuple[str, str, str]]) -> list[tuple]:
    """Run each (clerk, job, arg) in its own process, released at once; their results."""
    mpc = mp.get_context("spawn")
    barrier, out = mpc.Barrier(len(jobs)), mpc.Queue()
    procs = [mpc.Process(target=_clerk, args=(str(folder), name, barrier, job, arg, out)) for name, job, arg in jobs]
    for p in procs:
        p.start()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return sorted(results)


@pytest.fixture
def clerks(county_ctx):
    if not county_ctx.store.on_server:
        pytest.skip("two writers at once: the county store on PostgreSQL only")
    accounts.create_account(county_ctx.uow(), "陈科长", "admin-secret", {Role.ADMIN})
    for name, password in CLERKS.items():
        accounts.create_account(county_ctx.uow(), name, password, {Role.CLERK, Role.REVIEWER})
    return county_ctx


def _count(ctx, sql: str) -> int:
    with ctx.uow() as uow:
        return uow.session.connection().exec_driver_sql(sql).scalar()


def test_the_same_package_imported_twice_at_once_lands_once(ctx, township, clerks, tmp_path):
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    results = _together(clerks.data_dir, [("李经办", "import", str(roster.path)),
                                          ("赵经办", "import", str(roster.path))])
    outcomes = sorted(r[1] for r in results)
    # the later one refused, or (once the first had committed) only writing the receipt again
    assert outcomes in (["imported", "refused"], ["imported", "receipt_again"]), results
    assert [r[2] for r in results if r[1] == "refused"] in ([], ["package.sequence_repeat"], ["package.repeat"])
    assert _count(clerks, "SELECT count(*) FROM exchange_received") == 1
    assert _count(clerks, "SELECT count(*) FROM county_roster_household") == 3  # not 6
    assert _count(clerks, "SELECT count(*) FROM county_township") == 1
    check = audit.check_chain(clerks.uow())
    assert check.ok and check.report.rows == _count(clerks, "SELECT count(*) FROM audit_log")


def test_two_clerks_importing_and_then_drawing_and_deciding_at_once(ctx, township, clerks, tmp_path):
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    cases = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "待审批.xlsx", today=TODAY)
    # two kinds of the same (new) township at once: both land, one township row
    results = _together(clerks.data_dir, [("李经办", "import", str(roster.path)),
                                          ("赵经办", "import", str(cases.path))])
    assert [r[1] for r in results] == ["imported", "imported"], results
    assert _count(clerks, "SELECT count(*) FROM county_township") == 1
    assert _count(clerks, "SELECT count(*) FROM county_case") == 2
    assert _count(clerks, "SELECT count(*) FROM county_roster_household") == 3

    # two draws at once: each awaiting case is drawn once
    results = _together(clerks.data_dir, [("李经办", "draw", ""), ("赵经办", "draw", "")])
    assert sorted(r[1] for r in results) == ["drew", "rule"], results
    assert [r[2] for r in results if r[1] == "rule"] == ["county.nothing_to_draw"]
    assert _count(clerks, "SELECT count(DISTINCT draw_id) FROM county_case") == 1

    # the same case decided by both at once: one decision; the other case by one of them
    first, second = [c.id for c in county.list_cases(clerks.uow())]
    results = _together(clerks.data_dir, [("李经办", "decide", str(first)), ("赵经办", "decide", str(first))])
    assert sorted(r[1] for r in results) == ["decided", "rule"], results
    assert [r[2] for r in results if r[1] == "rule"] == ["county.case_not_awaiting"]
    results = _together(clerks.data_dir, [("李经办", "decide", str(second))])
    assert _count(clerks, "SELECT count(*) FROM county_decision") == 2

    # the chain holds across both writers and names each clerk
    check = audit.check_chain(clerks.uow())
    assert check.ok and check.report.rows == _count(clerks, "SELECT count(*) FROM audit_log")
    with clerks.uow() as uow:
        who = dict(uow.session.connection().exec_driver_sql(
            "SELECT entity, string_agg(DISTINCT operator, ',') FROM audit_log "
            "WHERE entity IN ('package', 'county_decision') GROUP BY entity").all())
    assert set(who["package"].split(",")) == set(CLERKS)
    assert "李经办" in who["county_decision"].split(",") and set(who["county_decision"].split(",")) <= set(CLERKS)


def test_two_clerks_sending_a_townships_warnings_at_once_send_each_warning_once(ctx, township, clerks, tmp_path):
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    exchange.import_package(clerks.uow(), roster.path, today=TODAY)
    heads = [r.head_id_number for r in county.roster(clerks.uow())]
    for head in heads:
        county.add_warning(clerks.uow(), "360426100000", head, "deposit", "名下存款 12 万元",
                           dt.date(2026, 12, 23), today=TODAY)
    (tmp_path / "usb").mkdir()
    results = _together(clerks.data_dir, [("李经办", "send-warnings", str(tmp_path / "usb")),
                                          ("赵经办", "send-warnings", str(tmp_path / "usb"))])
    # one package carries the three warnings; the other clerk is told there is nothing left to send
    assert sorted(r[1] for r in results) == ["rule", "sent"], results
    assert [r[2] for r in results if r[1] == "rule"] == ["county.no_warnings"]
    assert len(list((tmp_path / "usb").glob("*.xlsx"))) == 1
    assert _count(clerks, "SELECT count(*) FROM exchange_sent WHERE kind = 'warnings'") == 1
    assert _count(clerks, "SELECT count(DISTINCT sent_id) FROM county_warning") == 1


def test_the_townships_totals_read_while_another_clerk_imports_count_the_package_wholly_or_not(
        ctx, township, clerks, tmp_path):
    """The 乡镇汇总 is several statements; a roster package another clerk's import commits between
    them must not show the township with the package's period and none of its households."""
    from sqlalchemy import event

    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    other = open_context(clerks.data_dir)  # the second clerk's program on the same server
    landed = []

    def import_between(conn, cursor, statement, *args):
        if not landed and "county_roster_household" in statement:  # after the first read of the rows
            landed.append(exchange.import_package(other.uow(), roster.path, today=TODAY).received_id)

    engine = clerks.store.engine
    event.listen(engine, "after_cursor_execute", import_between)
    try:
        totals = county.townships(clerks.uow())
    finally:
        event.remove(engine, "after_cursor_execute", import_between)
        other.close()
    assert landed  # the import committed in the middle of the reading
    assert totals == []  # as the store was when the reading began: no township yet
    after = county.townships(clerks.uow())
    assert [(t.code, t.households, t.period) for t in after] == [("360426100000", 3, "2026-11")]


def _second_township(folder: Path) -> Path:
    """Another township's office (爱民乡) with two receiving households; its roster package."""
    from dibao_desk.services import households, office
    from tests.conftest import make_id, mark_test_data, simple_draft
    from tests.exchange.exchange_fixtures import set_receiving

    t = open_context(folder)
    try:
        office.save_office(t.uow(), office.OfficeInfo(
            name="爱民乡", admin_code="360426101000", county_name="德安县", complaint_phone="",
            complaint_box="", mode="township", operator="周经办"))
        t.operator = "周经办"
        mark_test_data(t)
        village = office.add_village(t.uow(), "𠮷祥村", "village", 900).id
        for i, head in enumerate(("𠮷大伯", "欧阳娜娜")):
            d = households.save(t.uow(), simple_draft(village, head=head, head_id=make_id(f"1958042{i}", 21 + 2 * i)),
                                today=TODAY)
            set_receiving(t, d.id)
        return exchange.export_package(t.uow(), "roster", "2026-11", folder / "爱民乡花名册.xlsx", today=TODAY).path
    finally:
        t.close()


def test_two_townships_packages_imported_at_the_same_moment_both_land_whole(ctx, township, clerks, tmp_path):
    first = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY).path
    second = _second_township(tmp_path / "aimin")
    results = _together(clerks.data_dir, [("李经办", "import", str(first)), ("赵经办", "import", str(second))])
    assert [r[1] for r in results] == ["imported", "imported"], results
    totals = county.townships(clerks.uow())
    assert [(t.code, t.name, t.households) for t in totals] == [
        ("360426100000", "德安镇", 3), ("360426101000", "爱民乡", 2)]
    # a rare character (outside the BMP) comes back as it was typed
    heads = sorted(r.head_name for r in county.roster(clerks.uow(), "360426101000"))
    assert heads == ["欧阳娜娜", "𠮷大伯"] and {r.village for r in county.roster(clerks.uow(), "360426101000")} == {"𠮷祥村"}
    check = audit.check_chain(clerks.uow())
    assert check.ok and check.report.rows == _count(clerks, "SELECT count(*) FROM audit_log")


def test_a_warning_edited_while_another_clerk_sends_it_goes_as_it_was_sent(ctx, township, clerks, tmp_path):
    """One clerk corrects a pending warning while the other sends the township's warnings: the
    correction lands before the send (and the package carries it) or is refused as sent; never
    a package with the old words and a store with the new."""
    from openpyxl import load_workbook

    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    exchange.import_package(clerks.uow(), roster.path, today=TODAY)
    head = county.roster(clerks.uow())[0].head_id_number
    w = county.add_warning(clerks.uow(), "360426100000", head, "deposit", "名下存款 12 万元",
                           dt.date(2026, 12, 23), today=TODAY)
    (tmp_path / "usb").mkdir()
    results = _together(clerks.data_dir, [("李经办", "send-warnings", str(tmp_path / "usb")),
                                          ("赵经办", "edit-warning", f"{w.warning_ref}|{head}")])
    outcomes = {r[0]: r[1:] for r in results}
    assert outcomes["李经办"][0] == "sent", results
    [sent_file] = list((tmp_path / "usb").glob("*.xlsx"))
    cells = {str(c.value) for ws in load_workbook(sent_file, read_only=True) for row in ws.iter_rows() for c in row}
    stored = county.list_warnings(clerks.uow(), status=None)[0]
    if outcomes["赵经办"][0] == "edited":
        assert stored.detail == "名下存款 15 万元（已更正）" and "名下存款 15 万元（已更正）" in cells
    else:
        assert outcomes["赵经办"] == ("rule", "county.warning_sent"), results
        assert stored.detail == "名下存款 12 万元" and "名下存款 12 万元" in cells
    assert stored.status == "sent"
