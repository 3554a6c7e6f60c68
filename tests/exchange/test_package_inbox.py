"""今日待办's packages not yet imported: found in the import folders by their manifest alone."""

from __future__ import annotations

import dataclasses
import datetime as dt

import openpyxl

from dibao_desk.services import exchange, package_inbox, policy
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401


def policy_package(county_ctx, folder, ctx=None):
    """A policy package the county's own program writes for the township (360426100000)."""
    if ctx is not None:  # the county knows the township from its roster
        roster = exchange.export_package(ctx.uow(), "roster", "2026-11", folder.parent / "up.xlsx", today=TODAY)
        exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
        base = policy.policy_in_force(county_ctx.uow(), dt.date(2027, 1, 1)).figures
        raised = dataclasses.replace(base, rural_standard_fen=base.rural_standard_fen + 3000)
        policy.add_policy_set(county_ctx.uow(), dt.date(2027, 1, 1), raised, "2027 年提标", today=dt.date.today())
    return exchange.export_package(county_ctx.uow(), "policy", "", folder / "德安县-政策标准.xlsx",
                                   township_code="360426100000", today=TODAY).path


def test_a_county_package_is_waiting_until_it_is_imported(ctx, township, county_ctx, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    path = policy_package(county_ctx, stick, ctx)
    found = package_inbox.waiting(ctx.uow(), [stick])
    assert [(f.path, f.kind, f.sequence) for f in found] == [(path, "policy", 1)]
    # the same file copied to a second folder is one package to import
    other = tmp_path / "last"
    other.mkdir()
    (other / "copy.xlsx").write_bytes(path.read_bytes())
    assert len(package_inbox.waiting(ctx.uow(), [stick, other])) == 1
    exchange.import_package(ctx.uow(), path, today=TODAY)
    assert package_inbox.waiting(ctx.uow(), [stick, other]) == []  # its receipt beside it is no package for us


def test_files_that_are_not_packages_for_us_are_ignored(ctx, township, county_ctx, tmp_path):
    folder = tmp_path / "u"
    folder.mkdir()
    wb = openpyxl.Workbook()
    wb.active.append(["户主姓名", "身份证号"])
    wb.save(folder / "花名册.xlsx")  # a random workbook
    (folder / "坏文件.xlsx").write_bytes(b"PK\x03\x04 broken")  # a broken file
    (folder / "文本.xlsx").write_text("这不是工作簿", encoding="utf-8")
    (folder / "~$锁文件.xlsx").write_bytes(b"")
    assert package_inbox.waiting(ctx.uow(), [folder, tmp_path / "不存在", ""]) == []
    good = policy_package(county_ctx, folder, ctx)
    # a package the township itself sent up is not one to import here
    exchange.export_package(ctx.uow(), "roster", "2026-11", folder / "上报花名册.xlsx", today=TODAY)
    assert [f.path for f in package_inbox.waiting(ctx.uow(), [folder])] == [good]


def test_a_file_too_large_and_the_cap_on_files(ctx, township, county_ctx, tmp_path, monkeypatch):
    folder = tmp_path / "u"
    folder.mkdir()
    policy_package(county_ctx, folder, ctx)
    monkeypatch.setattr(package_inbox, "MAX_BYTES", 1000)
    assert package_inbox.waiting(ctx.uow(), [folder]) == []
    monkeypatch.undo()
    for i in range(5):
        (folder / f"a{i}.xlsx").write_bytes(b"not a workbook")  # sorted before the package
    assert package_inbox.waiting(ctx.uow(), [folder], max_files=5) == []
    assert len(package_inbox.waiting(ctx.uow(), [folder], max_files=6)) == 1


def test_at_the_county_a_package_carrying_only_the_county_code_is_not_waiting(county_ctx, tmp_path):
    # an office set up with the county's code (360426000000) instead of its township's: the import
    # refuses it (package.not_township), so 今日待办 does not offer it
    from dibao_desk.exchange import package as pkg
    from dibao_desk.exchange import packages_out
    from tests.conftest import make_id

    stick = tmp_path / "stick"
    stick.mkdir()
    households = [("7", "东风村", "赵六", make_id("19550101", 21), "rural", 1, 1, "class1", 52000, "2025-03", "")]
    persons = [("7", "赵六", make_id("19550101", 21), "男", "1955-01-01", "户主", True, None)]
    for code, name in (("360426000000", "德安县"), ("360426101000", "车桥镇")):
        pkg.write_package(stick / f"{name}-花名册.xlsx", kind="roster", direction="up", township_code=code,
                          township_name=name, county_name="德安县", sequence=1, period="2026-11",
                          sheets=packages_out.roster_sheets(households, persons, 1, 1))
    found = package_inbox.waiting(county_ctx.uow(), [stick])
    assert [(f.path.name, f.township_code) for f in found] == [("车桥镇-花名册.xlsx", "360426101000")]
    refused = exchange.preview_package(county_ctx.uow(), stick / "德安县-花名册.xlsx", today=TODAY)
    assert [p.code for p in refused.refusals] == ["package.not_township"]


def test_a_package_whose_write_was_cut_short_is_neither_listed_nor_imported(
        ctx, township, county_ctx, tmp_path, monkeypatch):
    """The county writes the policy package; the stick is pulled out while the workbook, whole
    by then, is read back, so its temporary file (.~….tmp.xlsx) stays on the stick and the
    county records nothing as sent. Back in the township that file must not pass for the
    package: the county will write package 1 again, perhaps with other rows."""
    import errno

    import pytest

    from dibao_desk import atomic, messages
    from dibao_desk.exchange import package_write
    from tests.exchange.exchange_fixtures import store_state

    stick = tmp_path / "stick"
    stick.mkdir()
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "up.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    base = policy.policy_in_force(county_ctx.uow(), dt.date(2027, 1, 1)).figures
    policy.add_policy_set(county_ctx.uow(), dt.date(2027, 1, 1),
                          dataclasses.replace(base, rural_standard_fen=base.rural_standard_fen + 3000), "2027 年提标", today=dt.date.today())

    def pulled_out(*a, **k):
        raise OSError(errno.EIO, "Input/output error")

    with monkeypatch.context() as m:
        m.setattr(package_write, "read_package", pulled_out)
        m.setattr(atomic.Pending, "discard", lambda self: None)  # the stick is gone: nothing removed
        with pytest.raises(OSError):
            exchange.export_package(county_ctx.uow(), "policy", "", stick / "德安县-政策标准.xlsx",
                                    township_code="360426100000", today=TODAY)
    [left] = list(stick.iterdir())
    assert left.name.startswith(".~德安县-政策标准.") and left.name.endswith(".tmp.xlsx")
    assert exchange.list_sent(county_ctx.uow()) == []  # no number used

    assert package_inbox.waiting(ctx.uow(), [stick]) == []
    before = store_state(ctx)
    preview = exchange.preview_package(ctx.uow(), left, today=TODAY)
    assert [p.code for p in preview.refusals] == ["package.leftover"] and preview.changes == ()
    with pytest.raises(exchange.PackageRefused) as info:
        exchange.import_package(ctx.uow(), left, today=TODAY)
    text = messages.text(info.value.problems[0])
    assert left.name in text and "重新导出" in text
    assert store_state(ctx) == before and exchange.list_received(ctx.uow()) == []
    assert not exchange.receipt_path_for(left).exists()

    # written again, whole: the real package 1 is listed and imported
    again = exchange.export_package(county_ctx.uow(), "policy", "", stick / "德安县-政策标准.xlsx",
                                    township_code="360426100000", today=TODAY)
    assert again.sequence == 1
    assert [f.path for f in package_inbox.waiting(ctx.uow(), [stick])] == [again.path]
    exchange.import_package(ctx.uow(), again.path, today=TODAY)
    assert [(r.kind, r.sequence) for r in exchange.list_received(ctx.uow())] == [("policy", 1)]


def test_a_package_whose_export_was_cut_short_is_listed_with_the_older_file_beside_it(ctx, township, county_ctx,
                                                                                      tmp_path):
    # the county's export set the older file aside and was stopped before it recorded the package:
    # the start page says so before the clerk opens the package, as the import's preview does
    stick = tmp_path / "stick"
    stick.mkdir()
    path = policy_package(county_ctx, stick, ctx)
    (stick / ".~德安县-政策标准.k3j_x9a2.old").write_bytes(b"the older package")
    (stick / ".~别的文件.k3j_x9a2.old").write_bytes(b"another file's")
    found = package_inbox.waiting(ctx.uow(), [stick])
    assert [(f.path, f.older_aside) for f in found] == [(path, (".~德安县-政策标准.k3j_x9a2.old",))]
