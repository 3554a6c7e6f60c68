"""The receipt (回执) an import writes counts only once the import is committed: written whole
before the commit (a folder that cannot take it refuses the import) but under its temporary name,
and given its own name after. A commit that fails on a stick that can then not be written leaves
no receipt under its name, which the county would take as the township's answer."""

from __future__ import annotations

import errno
import pathlib
import sqlite3

import pytest

from dibao_desk import atomic, messages
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import PackageReceived
from dibao_desk.services import county_reopen, exchange, package_inbox
from dibao_desk.services.uow import UnitOfWork
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401
from tests.exchange.test_package_inbox import policy_package


def _received(ctx):
    with ctx.uow() as uow:
        return uow.session.query(PackageReceived).count()


def test_a_commit_failing_on_a_stick_gone_read_only_leaves_no_receipt(ctx, township, county_ctx, tmp_path,
                                                                    monkeypatch):
    stick = tmp_path / "U盘"
    stick.mkdir()
    path = policy_package(county_ctx, stick, ctx)
    real_unlink = pathlib.Path.unlink

    def read_only(self, *a, **k):  # the stick's write-protect switch pushed, or the stick failing
        if self.parent == stick:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_unlink(self, *a, **k)

    monkeypatch.setattr(UnitOfWork, "commit",
                        lambda self: (_ for _ in ()).throw(sqlite3.OperationalError("disk I/O error")))
    monkeypatch.setattr(pathlib.Path, "unlink", read_only)
    with pytest.raises(Exception):
        exchange.import_package(ctx.uow(), path, today=TODAY)
    monkeypatch.undo()

    assert _received(ctx) == 0
    receipts = [p for p in stick.iterdir() if p.name.endswith(f"{exchange.RECEIPT_SUFFIX}.xlsx")]
    assert [p.name for p in receipts if not atomic.is_leftover(p)] == []
    # still waiting to be imported, and what the failed import left is no receipt to act on
    assert [f.path for f in package_inbox.waiting(ctx.uow(), [stick])] == [path]
    for left in receipts:
        with pytest.raises(RuleError) as refused:
            county_reopen.reopen_rejected(county_ctx.uow(), left)
        assert refused.value.problems[0].code == "county.reopen_leftover"
        assert "不是导入完成后的回执" in messages.text(refused.value.problems[0])
        with pytest.raises(exchange.PackageRefused):
            exchange.import_package(county_ctx.uow(), left, today=TODAY)

    result = exchange.import_package(ctx.uow(), path, today=TODAY)  # the stick is writable again
    assert result.receipt_problem is None and result.receipt_path.is_file()
    assert _received(ctx) == 1


def test_a_receipt_that_cannot_take_its_name_after_the_commit_is_said_and_the_import_stands(
        ctx, township, county_ctx, tmp_path, monkeypatch):
    stick = tmp_path / "U盘"
    stick.mkdir()
    path = policy_package(county_ctx, stick, ctx)

    def pulled(self):
        self.discard()
        raise OSError(errno.EIO, "Input/output error", str(self.target))

    monkeypatch.setattr(atomic.Pending, "place", pulled)
    result = exchange.import_package(ctx.uow(), path, today=TODAY)
    monkeypatch.undo()

    assert _received(ctx) == 1  # the store counts the package: importing it again is refused as a repeat
    assert result.receipt_problem is not None and not result.receipt_path.exists()
    text = messages.text(result.receipt_problem)
    assert text.startswith("数据包已导入，但回执没能保存为") and result.receipt_path.name in text


def test_the_receipt_lost_to_a_pulled_stick_is_written_again_by_importing_the_same_package(
        ctx, township, county_ctx, tmp_path, monkeypatch):
    stick = tmp_path / "U盘"
    stick.mkdir()
    path = policy_package(county_ctx, stick, ctx)

    def pulled(self):
        self.discard()
        raise OSError(errno.EIO, "Input/output error", str(self.target))

    monkeypatch.setattr(atomic.Pending, "place", pulled)
    first = exchange.import_package(ctx.uow(), path, today=TODAY)
    monkeypatch.undo()
    assert first.receipt_problem is not None and not first.receipt_path.exists()

    preview = exchange.preview_package(ctx.uow(), path, today=TODAY)  # what the window shows first
    assert preview.ok and preview.changes == ()
    assert "不会再次导入任何数据" in messages.text(preview.warnings[0])
    again = exchange.import_package(ctx.uow(), path, today=TODAY)
    assert again.receipt_again and again.receipt_problem is None and again.received_id == first.received_id
    assert again.receipt_path == first.receipt_path and again.receipt_path.is_file()
    assert _received(ctx) == 1  # nothing applied twice
    assert "已重新生成回执" in messages.text("exchange.receipt_again", path=again.receipt_path)
    # the receipt written again reads as the first one would have, row by row
    from dibao_desk.exchange import package as pkg
    receipt = pkg.read_package(again.receipt_path)
    lines = ["".join(str(v) for v in row) for row in receipt.sheets.raw("回执")]
    assert first.preview.changes and all(
        any(exchange.change_text(c) in line for line in lines) for c in first.preview.changes), lines
    assert receipt.manifest.extra["accepted_rows"] == str(first.preview.accepted)


def test_at_the_command_line_importing_again_writes_the_lost_receipt(ctx, township, county_ctx, tmp_path,
                                                                    monkeypatch, capsys):
    from dibao_desk.cli import main

    stick = tmp_path / "U盘"
    stick.mkdir()
    path = policy_package(county_ctx, stick, ctx)

    def pulled(self):
        self.discard()
        raise OSError(errno.EIO, "Input/output error", str(self.target))

    monkeypatch.setattr(atomic.Pending, "place", pulled)
    assert main(["--data-dir", str(ctx.data_dir), "import-package", str(path)]) == 0
    monkeypatch.undo()
    receipt = exchange.receipt_path_for(path)
    assert not receipt.exists() and "回执没能保存为" in capsys.readouterr().err

    assert main(["--data-dir", str(ctx.data_dir), "import-package", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"该数据包已导入，已重新生成回执：{receipt}" in out and "合计" not in out
    assert receipt.is_file() and _received(ctx) == 1


def test_a_package_imported_before_its_receipt_rows_were_kept_gets_the_receipt_its_record_allows(
        ctx, township, county_ctx, tmp_path, monkeypatch, capsys):
    from sqlalchemy import update

    from dibao_desk.cli import main
    from dibao_desk.exchange import package as pkg
    from tests.exchange.exchange_fixtures import store_state

    stick = tmp_path / "U盘"
    stick.mkdir()
    path = policy_package(county_ctx, stick, ctx)

    def pulled(self):
        self.discard()
        raise OSError(errno.EIO, "Input/output error", str(self.target))

    monkeypatch.setattr(atomic.Pending, "place", pulled)
    first = exchange.import_package(ctx.uow(), path, today=TODAY)
    monkeypatch.undo()
    assert not first.receipt_path.exists()
    with ctx.uow() as uow:  # imported by a program before 0029: what its upgrade left
        uow.session.execute(update(PackageReceived).values(receipt_rows=""))
        uow.commit()
    before = store_state(ctx)

    preview = exchange.preview_package(ctx.uow(), path, today=TODAY)
    assert preview.ok and preview.changes == ()
    assert [w.code for w in preview.warnings] == ["package.receipt_again", "package.receipt_rows_missing"]
    assert "没有保存" in messages.text(preview.warnings[1])
    again = exchange.import_package(ctx.uow(), path, today=TODAY)
    assert again.receipt_again and again.receipt_problem is None and again.receipt_path.is_file()
    assert store_state(ctx) == before  # nothing applied, nothing recorded
    receipt = pkg.read_package(again.receipt_path)
    x = receipt.manifest.extra
    assert (x["receipt_for_kind"], x["receipt_for_sequence"], x["receipt_for_sha256"]) == (
        "policy", str(first.preview.manifest.sequence), first.preview.manifest.sha256)
    assert (x["accepted_rows"], x["rejected_rows"]) == (str(first.preview.accepted), str(first.preview.rejected))
    assert x["receipt_rows_missing"] == "1" and x["receipt_imported_at"]
    rows = list(receipt.sheets["回执"])
    assert len(rows) == 1 and not rows[0]["结果"] and "无法列出" in rows[0]["原因"]
    assert x["receipt_imported_at"] in rows[0]["原因"]

    # the terminal says the same
    again.receipt_path.unlink()
    assert main(["--data-dir", str(ctx.data_dir), "import-package", str(path)]) == 0
    out = capsys.readouterr().out
    assert "已重新生成回执" in out and "逐行的结果和原因没有保存" in out and again.receipt_path.is_file()
