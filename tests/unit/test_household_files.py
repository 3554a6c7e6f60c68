"""一户一档 documents over a real store: all or nothing, refusals with reasons, the audit,
and revision 0019 from a 0016 store that holds a household."""

import datetime as dt
import shutil

import pytest
from sqlalchemy import func, select

from dibao_desk import messages
from dibao_desk.domain import household_files as rules
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog
from dibao_desk.models.household_files import HouseholdFile
from dibao_desk.models.store import DB_NAME
from dibao_desk.services import household_files
from dibao_desk.services.context import open_context
from tests.helpers import downgrade_store, tiny_pdf


def rows(ctx) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(HouseholdFile))


@pytest.fixture
def scan(tmp_path):
    return tiny_pdf(tmp_path / "收入证明.pdf", pages=3, text="income")


def test_a_file_is_copied_under_its_hash_and_recorded(ctx, make_household, scan):
    hh = make_household()
    info = household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, scan, "income_proof", pages=3)
    assert info.stored_path.startswith(f"files/{hh.id}/") and info.stored_path.endswith(".pdf")
    assert info.path(ctx.data_dir).read_bytes() == scan.read_bytes()
    assert (info.kind, info.pages, info.size, info.added_by) == ("income_proof", 3, scan.stat().st_size, "王经办")
    assert [f.id for f in household_files.list_files(ctx.uow(), hh.id)] == [info.id]


@pytest.mark.parametrize("name, size, code", [
    ("scan.docx", 100, "household_file.type"),
    ("scan.jpg", rules.MAX_BYTES + 1, "household_file.too_large"),
    ("scan.png", 0, "household_file.empty"),
])
def test_a_wrong_file_is_refused_with_its_reason_and_nothing_is_written(ctx, make_household, tmp_path, name, size,
                                                                       code):
    hh = make_household()
    path = tmp_path / name
    with open(path, "wb") as f:
        f.truncate(size)
    with pytest.raises(RuleError) as info:
        household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, path, "other")
    assert [p.code for p in info.value.problems] == [code]
    assert name in messages.text(info.value.problems[0])
    assert rows(ctx) == 0 and not (ctx.data_dir / "files").exists()


@pytest.mark.parametrize("name, head", [
    ("申请书.pdf", b"MZ\x90\x00\x03"),                      # a program renamed .pdf
    ("户口本.jpg", b"PK\x03\x04\x14\x00\x06\x00"),         # a Word or WPS document renamed .jpg
    ("照片.png", b"<html><script>"),                          # a saved web page
    ("签字表格.pdf", b"\x89PNG\r\n\x1a\n"),                  # a photo named .pdf: no viewer opens it as one
])
def test_a_file_whose_content_is_not_what_its_name_says_is_refused(ctx, make_household, tmp_path, name, head):
    hh = make_household()
    path = tmp_path / name
    path.write_bytes(head + b"\0" * 2000)
    with pytest.raises(RuleError) as info:
        household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, path, "other")
    assert [p.code for p in info.value.problems] == ["household_file.content"]
    assert name in messages.text(info.value.problems[0])
    assert rows(ctx) == 0 and not (ctx.data_dir / "files").exists()


@pytest.mark.parametrize("name, head", [
    ("照片.jpeg", b"\xff\xd8\xff\xe1"),
    ("照片.jpg", b"\x89PNG\r\n\x1a\n"),  # a phone's PNG named .jpg: image viewers look at the content
])
def test_scans_and_photos_as_scanners_and_phones_write_them_are_filed(ctx, make_household, tmp_path, name, head):
    hh = make_household()
    path = tmp_path / name
    path.write_bytes(head + b"\0" * 2000)
    household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, path, "other")
    assert rows(ctx) == 1


@pytest.mark.parametrize("name, prefix", [("扫描.pdf", b""), ("扫描.PDF", b"\xef\xbb\xbf")])
def test_a_scanned_pdf_is_filed_even_with_bytes_before_its_header(ctx, make_household, tmp_path, name, prefix):
    hh = make_household()
    household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, tiny_pdf(tmp_path / name, prefix=prefix), "other")
    assert rows(ctx) == 1


@pytest.mark.parametrize("body", [
    b"%PDF-1.7\n" + b"\0" * 2000,  # only a header: what a copy cut short or a broken scanner leaves
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",  # no page tree, no trailer
])
def test_a_pdf_that_cannot_be_opened_is_refused_and_nothing_is_written(ctx, make_household, tmp_path, body):
    """Filed, such a scan is a blank in the 一户一档 that nobody notices until an inspection asks
    for it; refused, the clerk scans it again while the family is still at the window."""
    hh = make_household()
    path = tmp_path / "申请书.pdf"
    path.write_bytes(body)
    with pytest.raises(RuleError) as info:
        household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, path, "application")
    assert [p.code for p in info.value.problems] == ["household_file.bad_pdf"]
    assert "“申请书.pdf”打不开" in messages.text(info.value.problems[0])
    assert rows(ctx) == 0 and not (ctx.data_dir / "files").exists()


def test_a_pdf_without_pages_is_refused(ctx, make_household, tmp_path, monkeypatch):
    from dibao_desk.printing import raster

    hh = make_household()
    path = tiny_pdf(tmp_path / "空白.pdf")
    monkeypatch.setattr(raster.PdfPages, "__init__", lambda self, p: setattr(self, "_doc", None) or
                        setattr(self, "count", 0))
    with pytest.raises(RuleError) as info:
        household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, path, "other")
    assert [p.code for p in info.value.problems] == ["household_file.bad_pdf"]
    assert rows(ctx) == 0


def test_a_failed_copy_leaves_no_row_and_no_file(ctx, make_household, scan, monkeypatch):
    hh = make_household()

    def full_disk(src, dst):
        with open(dst, "wb") as f:
            f.write(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", full_disk)
    with pytest.raises(RuleError) as info:
        household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, scan, "income_proof")
    assert [p.code for p in info.value.problems] == ["household_file.copy_failed"]
    assert rows(ctx) == 0
    assert [p for p in (ctx.data_dir / "files").rglob("*") if p.is_file()] == []
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(AuditLog)
                                  .where(AuditLog.entity == "household_file")) == 0


def test_removing_keeps_what_it_was_in_the_audit_and_deletes_the_file(ctx, make_household, scan):
    hh = make_household()
    info = household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, scan, "income_proof")
    household_files.remove_file(ctx.uow(), ctx.data_dir, info.id)
    assert rows(ctx) == 0 and not info.path(ctx.data_dir).exists()
    with ctx.uow() as uow:
        actions = [(a.action, scan.name in (a.before + a.after)) for a in uow.session.scalars(
            select(AuditLog).where(AuditLog.entity == "household_file").order_by(AuditLog.id))]
    assert actions == [("add", True), ("remove", True)]


def test_0019_upgrades_a_0016_store_that_holds_a_household(ctx, make_household, scan):
    hh = make_household()
    data_dir = downgrade_store(ctx, "0016")
    import sqlite3

    con = sqlite3.connect(data_dir / DB_NAME)
    member_columns = {r[1] for r in con.execute("pragma table_info(member)")}
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    con.close()
    assert "household_file" not in tables and not member_columns & {"self_care", "health", "person_status"}
    again = open_context(data_dir)  # 0016 -> head
    try:
        info = household_files.add_file(again.uow(), data_dir, hh.id, scan, "application")
        assert [f.id for f in household_files.list_files(again.uow(), hh.id)] == [info.id]
        from dibao_desk.services import households

        d = households.get(again.uow(), hh.id).draft  # the household from before, with the new fields' defaults
        assert (d.poverty_cause, d.sanwu, d.members[0].person_status, d.members[0].health) == ("", False, "normal", "")
    finally:
        again.close()


def test_a_document_filed_with_a_case_of_the_household_and_not_with_anothers(ctx, make_household, scan, tmp_path):
    from dibao_desk.services import procedure
    from tests.conftest import make_id

    hh = make_household()
    other = make_household(head="李四", head_id=make_id("19600316", 13))
    on = dt.date(2026, 11, 2)
    case = procedure.receive_application(ctx.uow(), hh.id, {"on": on, "person": "王经办", "declaration_signed": True,
                                                            "authorisation_signed": True}, on)
    with pytest.raises(RuleError) as info:
        household_files.add_file(ctx.uow(), ctx.data_dir, other.id, scan, "signed_form", case_id=case.info.id)
    assert [p.code for p in info.value.problems] == ["household_file.case"]
    assert rows(ctx) == 0
    filed = household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, scan, "signed_form", pages=2,
                                     case_id=case.info.id)
    assert filed.case_id == case.info.id
    assert household_files.list_files(ctx.uow(), hh.id)[0].case_id == case.info.id


def test_the_printed_document_list_names_each_document_its_pages_and_case(ctx, make_household, scan, tmp_path):
    import subprocess

    from dibao_desk.services import procedure

    hh = make_household()
    on = dt.date(2026, 11, 2)
    case = procedure.receive_application(ctx.uow(), hh.id, {"on": on, "person": "王经办", "declaration_signed": True,
                                                            "authorisation_signed": True}, on)
    household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, scan, "income_proof", pages=3)
    photo = tmp_path / "入户照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"y" * 3000)
    household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, photo, "visit_photo", case_id=case.info.id)
    out = tmp_path / "目录.pdf"
    result = household_files.print_list(ctx.uow(), hh.id, out, today=dt.date(2026, 11, 30))
    assert result.path == out and result.pages == 1
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "档案材料目录" in text and "共 2 份材料，4 页" in text.replace("\n", "")
    assert "收入证明" in text and scan.name in text and "本户" in text
    assert "入户调查照片" in text and f"新增第{case.info.id}号" in text


def test_files_from_the_terminal(ctx, make_household, scan, tmp_path, capsys):
    from dibao_desk.cli import main as cli_main

    hh = make_household()
    base = ["--data-dir", str(ctx.data_dir), "files"]
    assert cli_main(base + ["add", "--household", str(hh.id), str(scan), "--kind", "income_proof",
                            "--pages", "3"]) == 0
    assert "已归档：收入证明.pdf（收入证明，3 页）" in capsys.readouterr().out
    assert cli_main(base + ["list", "--household", str(hh.id)]) == 0
    out = capsys.readouterr().out
    assert "收入证明.pdf" in out and "本户" in out and "共 1 份，3 页" in out
    pdf = tmp_path / "目录.pdf"
    assert cli_main(base + ["print", "--household", str(hh.id), "--out", str(pdf)]) == 0 and pdf.exists()
    assert cli_main(base + ["add", "--household", str(hh.id), str(scan), "--kind", "other"]) == 1
    assert "内容完全相同" in capsys.readouterr().err
    broken = tmp_path / "申请书.pdf"
    broken.write_bytes(b"%PDF-1.4\n")
    assert cli_main(base + ["add", "--household", str(hh.id), str(broken), "--kind", "application"]) == 1
    assert "“申请书.pdf”打不开" in capsys.readouterr().err
    file_id = household_files.list_files(ctx.uow(), hh.id)[0].id
    assert cli_main(base + ["remove", str(file_id)]) == 0
    assert rows(ctx) == 0


def test_a_scanned_pdf_is_filed_with_the_pages_it_has(ctx, make_household, tmp_path):
    """A clerk files a 3-page scan without counting (the command's and the window's count start
    at 1): the 档案材料目录 must list 3 pages, not 1. A photo keeps the count given."""
    from reportlab.pdfgen import canvas

    hh = make_household()
    path = tmp_path / "申请书.pdf"
    c = canvas.Canvas(str(path))
    for n in range(3):
        c.drawString(100, 700, f"page {n + 1}")
        c.showPage()
    c.save()
    info = household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, path, "application")
    assert info.pages == 3
    assert [f.pages for f in household_files.list_files(ctx.uow(), hh.id)] == [3]
    photo = tmp_path / "入户.jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    assert household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, photo, "visit_photo", pages=2).pages == 2


def test_listing_the_files_of_a_household_that_does_not_exist_says_so(ctx, make_household, capsys):
    """files list --household 9999 answered 第 9999 户没有档案材料: a mistyped number read as an
    empty file (一户一档 with nothing in it) instead of no such household."""
    from dibao_desk.cli import main as cli_main

    hh = make_household()
    base = ["--data-dir", str(ctx.data_dir), "files", "list", "--household"]
    assert cli_main(base + [str(hh.id + 9999)]) == 1
    err = capsys.readouterr().err
    assert f"找不到编号为 {hh.id + 9999} 的家庭" in err
    assert cli_main(base + [str(hh.id)]) == 0
    assert f"第 {hh.id} 户没有档案材料" in capsys.readouterr().out


@pytest.mark.parametrize("name", [".pdf", ".PDF", "低保 申请书 (2).PDF", "a:b?.pdf", "CON.pdf", "申" * 80 + ".pdf"])
def test_a_pdf_of_any_name_is_kept_as_a_pdf_with_its_pages(ctx, make_household, tmp_path, name):
    """The copy is named by its hash and the suffix the name has, so names Windows refuses
    (``a:b?``, ``CON``) or a name that is only ``.pdf`` are filed alike: a copy that opens as a
    PDF, with the pages the scan has, under the name the clerk gave."""
    hh = make_household()
    folder = tmp_path / "in"
    folder.mkdir()
    path = tiny_pdf(folder / name, pages=2, text=name)
    info = household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, path, "application")
    assert (info.original_name, info.pages) == (name, 2)
    assert info.stored_path == f"files/{hh.id}/{info.sha256}.pdf"
    assert info.path(ctx.data_dir).read_bytes() == path.read_bytes()


@pytest.mark.parametrize("mishap", ["deleted", "changed"])
def test_filing_the_scan_again_puts_back_a_copy_lost_on_disk(ctx, make_household, scan, tmp_path, mishap):
    """The copy in the data folder was deleted (or overwritten) behind the program's back: the
    page cannot open it and the backup lists it as missing. Filing the same scan again was
    refused as 内容完全相同 — the only way out was to remove the record and file it anew, losing
    its case, kind and who filed it. Now the copy is put back under the same record."""
    hh = make_household()
    info = household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, scan, "income_proof", pages=3,
                                    note="村委会出具")
    stored = info.path(ctx.data_dir)
    if mishap == "deleted":
        stored.unlink()
    else:
        stored.write_bytes(b"%PDF-1.4 something else")
    again = household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, scan, "other")
    assert again == info  # the same record: kind, pages, note, who and when
    assert stored.read_bytes() == scan.read_bytes()
    assert [f.id for f in household_files.list_files(ctx.uow(), hh.id)] == [info.id]
    with ctx.uow() as uow:
        actions = uow.session.scalars(select(AuditLog.action).where(AuditLog.entity == "household_file")
                                      .order_by(AuditLog.id)).all()
    assert actions == ["add", "recopy"]
    # once the copy is back, the same scan is a duplicate again
    with pytest.raises(RuleError) as refused:
        household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, scan, "other")
    assert [p.code for p in refused.value.problems] == ["household_file.duplicate"]


def test_a_failed_copy_back_leaves_the_record_and_no_half_file(ctx, make_household, scan, monkeypatch):
    hh = make_household()
    info = household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, scan, "income_proof")
    info.path(ctx.data_dir).unlink()

    def full_disk(src, dst):
        with open(dst, "wb") as f:
            f.write(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", full_disk)
    with pytest.raises(RuleError) as failed:
        household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, scan, "income_proof")
    assert [p.code for p in failed.value.problems] == ["household_file.copy_failed"]
    assert [f.id for f in household_files.list_files(ctx.uow(), hh.id)] == [info.id]
    assert [p for p in (ctx.data_dir / "files").rglob("*") if p.is_file()] == []
    with ctx.uow() as uow:
        assert uow.session.scalars(select(AuditLog.action).where(AuditLog.entity == "household_file")).all() == [
            "add"]
