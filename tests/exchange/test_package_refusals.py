"""Every package the township must refuse: a clear reason, and nothing written."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from dibao_desk import messages
from dibao_desk.exchange import package as pkg
from dibao_desk.exchange import packages_out as out
from dibao_desk.services import exchange
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, file_digest, store_state, township  # noqa: F401
from tests.helpers import make_id

OURS = "360426100000"


def decisions_package(path: Path, case_ids, *, sequence=1, township_code=OURS, decision="批准",
                      schema_version=None) -> Path:
    """A decision package as the county's own system would write it."""
    rows = [(str(c), "", "", "", decision, "" if decision == "批准" else "不符合条件", dt.date(2026, 11, 20),
             "否", "陈科长") for c in case_ids]
    pkg.write_package(path, kind="decisions", direction="down", township_code=township_code,
                      township_name="德安镇", county_name="德安县", sequence=sequence, period="2026-11",
                      sheets=[pkg.SheetData(out.DECISIONS, rows)])
    return path


def refused(ctx, path: Path, code: str):
    """Import must raise PackageRefused with ``code`` (a code ending in "." matches a family);
    the store's tables, the audit trail and the database file stay exactly as they were."""
    matches = (lambda c: c.startswith(code)) if code.endswith(".") else (lambda c: c == code)
    before, digest = store_state(ctx), file_digest(ctx.store.path)
    preview = exchange.preview_package(ctx.uow(), path, today=TODAY)
    assert not preview.ok and matches(preview.refusals[0].code), preview.refusals
    with pytest.raises(exchange.PackageRefused) as info:
        exchange.import_package(ctx.uow(), path, today=TODAY)
    problem = info.value.problems[0]
    assert matches(problem.code)
    assert store_state(ctx) == before
    assert file_digest(ctx.store.path) == digest
    assert not exchange.receipt_path_for(Path(path)).exists()
    sentence = messages.text(problem)
    assert sentence != problem.code and any("\u4e00" <= ch <= "\u9fff" for ch in sentence)
    return problem


def test_not_a_workbook(ctx, township, tmp_path):
    bad = tmp_path / "审批结果.xlsx"
    bad.write_text("这不是工作簿", encoding="utf-8")
    refused(ctx, bad, "file.")


def test_truncated_package(ctx, township, tmp_path):
    good = decisions_package(tmp_path / "full.xlsx", township["cases"])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    refused(ctx, cut, "file.")


def test_xml_entities_are_refused(ctx, township, tmp_path):
    good = decisions_package(tmp_path / "good.xlsx", township["cases"])
    evil = tmp_path / "evil.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<worksheet", b'<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]><worksheet', 1)
            dst.writestr(item, data)
    refused(ctx, evil, "file.xml_entities")


def test_zip_bomb_is_refused(ctx, township, tmp_path):
    good = decisions_package(tmp_path / "good.xlsx", township["cases"])
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/media/padding.bin", b"\0" * (40 * 1024 * 1024))  # inflates ~1000 times
    refused(ctx, bomb, "file.zip_bomb")


def test_a_plain_workbook_is_not_a_package(ctx, township, tmp_path):
    plain = tmp_path / "名单.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["案件编号", "审批结果"])
    wb.save(plain)
    refused(ctx, plain, "package.no_manifest")


def test_package_for_another_township(ctx, township, tmp_path):
    path = decisions_package(tmp_path / "other.xlsx", township["cases"], township_code="360426101000")
    p = refused(ctx, path, "package.other_township")
    assert "360426101000" in messages.text(p)


def test_tampered_checksum(ctx, township, tmp_path):
    path = decisions_package(tmp_path / "审批结果.xlsx", township["cases"], decision="不批准")
    wb = openpyxl.load_workbook(path)
    wb["审批结果"]["E2"] = "批准"  # someone turns a refusal into an approval
    wb.save(path)
    refused(ctx, path, "package.checksum")


def test_tampered_rows_and_columns(ctx, township, tmp_path):
    path = decisions_package(tmp_path / "a.xlsx", township["cases"])
    wb = openpyxl.load_workbook(path)
    wb["审批结果"].delete_rows(3)
    wb.save(path)
    refused(ctx, path, "package.row_count")
    path = decisions_package(tmp_path / "b.xlsx", township["cases"])
    wb = openpyxl.load_workbook(path)
    wb["审批结果"]["E1"] = "结果"
    wb.save(path)
    refused(ctx, path, "package.columns")


def test_newer_schema(ctx, township, tmp_path):
    path = decisions_package(tmp_path / "new.xlsx", township["cases"])
    wb = openpyxl.load_workbook(path)
    ws = wb[pkg.MANIFEST_SHEET]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "schema_version":
            row[1].value = str(pkg.SCHEMA_VERSION + 1)
    wb.save(path)
    refused(ctx, path, "package.newer_schema")


def test_repeat_and_sequence_rules(ctx, township, tmp_path):
    first = decisions_package(tmp_path / "1.xlsx", township["cases"][:1], sequence=1)
    exchange.import_package(ctx.uow(), first, today=TODAY)
    # the very same file again: nothing applied, only its receipt written again
    again = tmp_path / "1-copy.xlsx"
    shutil.copy(first, again)
    before = store_state(ctx)
    result = exchange.import_package(ctx.uow(), again, today=TODAY)
    assert result.receipt_again and result.preview.changes == () and result.receipt_path.is_file()
    assert store_state(ctx) == before
    # another package that claims the number already received
    other = decisions_package(tmp_path / "1b.xlsx", township["cases"][1:], sequence=1)
    refused(ctx, other, "package.sequence_repeat")
    # number 3 before number 2
    skipped = decisions_package(tmp_path / "3.xlsx", township["cases"][1:], sequence=3)
    p = refused(ctx, skipped, "package.sequence_skipped")
    assert p.params["expected"] == 2
    # number 2 is then accepted
    second = decisions_package(tmp_path / "2.xlsx", township["cases"][1:], sequence=2)
    assert exchange.preview_package(ctx.uow(), second, today=TODAY).ok


def test_township_does_not_import_a_township_package(ctx, township, tmp_path):
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    refused(ctx, roster.path, "package.direction")


def test_a_row_that_does_not_fit_is_rejected_and_the_rest_applied(ctx, township, make_household, tmp_path):
    extra = make_household(head="赵六", head_id=make_id("19700101", 21))
    path = decisions_package(tmp_path / "d.xlsx", [township["cases"][0], 99999, extra.id])
    preview = exchange.preview_package(ctx.uow(), path, today=TODAY)
    assert preview.ok and preview.accepted == 1 and preview.rejected == 2
    assert [p.code for c in preview.changes if not c.accepted for p in c.problems] == [
        "row.case_unknown", "row.case_unknown"]


ENCRYPTED = Path(__file__).parent / "data" / "encrypted-123.xlsx"  # a workbook with the open password 123


def _no_english(sentence: str, name: str) -> None:
    import re

    assert not re.search(r"[A-Za-z]{3,}", sentence.replace(name, "").replace("Excel", "").replace("xlsx", "")), sentence


def test_a_password_protected_workbook_is_refused_as_such_in_chinese(ctx, township, tmp_path):
    path = tmp_path / "审批结果.xlsx"
    shutil.copy(ENCRYPTED, path)
    p = refused(ctx, path, "file.encrypted")
    _no_english(messages.text(p), path.name)


def test_another_compound_file_renamed_xlsx_is_refused_without_the_readers_english(ctx, township, tmp_path):
    path = tmp_path / "审批结果.xlsx"  # an old .doc or .xls renamed: the reader says "invalid Zip archive"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1536)
    p = refused(ctx, path, "package.unreadable")
    _no_english(messages.text(p), path.name)


def test_a_package_too_large_is_not_called_a_roster(ctx, township, tmp_path):
    # The size check is shared by every file that comes in: its sentence said "不像是花名册"
    # for a package, a bank list or a bank return alike.
    path = tmp_path / "审批结果.xlsx"
    with open(path, "wb") as f:
        f.truncate(250 * 1024 * 1024)  # sparse: no disk used
    p = refused(ctx, path, "file.too_large")
    assert "花名册" not in messages.text(p) and "250 MB" in messages.text(p)


def test_a_township_roster_with_an_amount_beyond_any_integer_is_rejected_not_a_crash(ctx, township, county_ctx,
                                                                                        tmp_path):
    # A roster package whose 月保障金 says 10^20 yuan (a slip in a county's own tool, or a hostile
    # file: the checksum's recipe is public). The county's preview stopped with "OverflowError:
    # Python int too large to convert to SQLite INTEGER".
    from dibao_desk.exchange.package_read import read_package

    sent = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    got = read_package(sent.path, specs=lambda k: {s.name: s for s in out.KIND_SHEETS[k]})
    m = got.manifest
    sheets = []
    for spec in out.KIND_SHEETS["roster"]:
        rows = [[r.get(c.key) for c in spec.columns] for r in got.sheets[spec.name]]
        if spec.name == out.ROSTER_HOUSEHOLDS.name:
            rows[0][[c.key for c in spec.columns].index("monthly")] = 10 ** 22  # fen
        sheets.append(pkg.SheetData(spec, rows))
    bad = tmp_path / "bad.xlsx"
    pkg.write_package(bad, kind="roster", direction="up", township_code=m.township_code,
                      township_name=m.township_name, county_name=m.county_name, sequence=m.sequence,
                      period=m.period, sheets=sheets, extra=m.extra)
    before = store_state(county_ctx)
    preview = exchange.preview_package(county_ctx.uow(), bad, today=TODAY)
    [rejected] = [c for c in preview.changes if not c.accepted]
    assert rejected.row == 2 and [p.code for p in rejected.problems] == ["row.number"]
    assert "月保障金" in messages.text(rejected.problems[0])
    assert store_state(county_ctx) == before


@pytest.mark.skipif(not hasattr(__import__("time"), "tzset"), reason="needs time.tzset to set the zone")
def test_a_repeat_says_when_it_was_imported_in_the_offices_local_time(ctx, township, tmp_path, monkeypatch):
    # an office in China (UTC+8) imports a package at 07:30 on 2 December, local time; importing
    # it again must name that moment, not 23:30 of the day before (the stored UTC time)
    import time

    from dibao_desk.models import PackageReceived

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        first = decisions_package(tmp_path / "1.xlsx", township["cases"][:1], sequence=1)
        exchange.import_package(ctx.uow(), first, today=TODAY)
        with ctx.uow() as uow:  # the moment it was imported, as stored (UTC)
            uow.session.query(PackageReceived).update({"received_at": dt.datetime(2026, 12, 1, 23, 30)})
            uow.commit()
        again = tmp_path / "1-copy.xlsx"
        shutil.copy(first, again)
        [p] = exchange.preview_package(ctx.uow(), again, today=TODAY).warnings
        assert p.code == "package.receipt_again" and "2026-12-02 07:30" in messages.text(p), messages.text(p)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


@pytest.mark.parametrize("key, value", [("sequence", "1"), ("period", "2026-12"), ("township_name", "德安乡")])
def test_a_manifest_edited_by_hand_is_refused_naming_the_sheet(ctx, township, tmp_path, key, value):
    # The county's package 1 is lost on the way and package 2 arrives; someone changes 顺序号 in
    # 包信息 from 2 to 1 (or the period, or the addressee's name) to get it in. The data sheets are
    # untouched, so their checksum alone lets it pass; the county's package 1 would later be
    # refused as a repeated number.
    path = decisions_package(tmp_path / "审批结果.xlsx", township["cases"], sequence=2)
    wb = openpyxl.load_workbook(path)
    [row] = [r for r in wb[pkg.MANIFEST_SHEET].iter_rows(min_row=2) if r[0].value == key]
    row[1].value = value
    wb.save(path)
    problem = refused(ctx, path, "package.manifest_checksum")
    assert "包信息" in messages.text(problem) and exchange.list_received(ctx.uow()) == []


def test_a_manifest_resaved_unchanged_and_one_without_its_own_checksum_are_accepted(ctx, township, tmp_path):
    # resaved by a spreadsheet program; and as another program (or an older dibao-desk) writes it
    path = decisions_package(tmp_path / "审批结果.xlsx", township["cases"])
    wb = openpyxl.load_workbook(path)
    wb.save(path)
    assert exchange.preview_package(ctx.uow(), path, today=TODAY).accepted == 2
    ws = wb[pkg.MANIFEST_SHEET]
    [row] = [r for r in ws.iter_rows(min_row=2) if r[0].value == "manifest_sha256"]
    ws.delete_rows(row[0].row)
    wb.save(path)
    result = exchange.import_package(ctx.uow(), path, today=TODAY)
    assert result.preview.accepted == 2 and [r.sequence for r in exchange.list_received(ctx.uow())] == [1]
