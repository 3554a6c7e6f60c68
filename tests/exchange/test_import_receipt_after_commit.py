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
