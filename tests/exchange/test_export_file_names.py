"""File names a USB stick (FAT32) or Windows refuses: the export says so in Chinese before it
writes anything, from the terminal and the window alike; a receipt never gets a name too long."""

from __future__ import annotations

import pytest

from dibao_desk import messages
from dibao_desk.cli import main
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import PackageSent
from dibao_desk.services import exchange
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)


def _sent(ctx):
    with ctx.uow() as uow:
        return uow.session.query(PackageSent).count()


@pytest.mark.parametrize("name, code, words", [
    ("德安镇:花名册.xlsx", "file.name_chars", "不允许的字符（:）"),
    ('花名册*?"<>|.xlsx', "file.name_chars", '*、?、"、<、>、|'),
    ("花名册.xlsx.", "file.name_end", "以点或空格结尾"),
    ("花名册.xlsx ", "file.name_end", "以点或空格结尾"),
    ("CON.xlsx", "file.name_reserved", "设备"),
    ("花" * 240 + ".xlsx", "file.name_long", "太长"),
])
def test_a_name_the_stick_refuses_is_said_before_anything_is_written(ctx, township, tmp_path, name, code, words):
    stick = tmp_path / "U盘"
    stick.mkdir()
    with pytest.raises(RuleError) as refused:
        exchange.export_package(ctx.uow(), "roster", "2026-11", stick / name, today=TODAY)
    assert [p.code for p in refused.value.problems] == [code]
    assert words in messages.text(refused.value.problems[0])
    assert list(stick.iterdir()) == [] and _sent(ctx) == 0


def test_the_longest_name_allowed_is_written_and_its_receipt_too(ctx, township, county_ctx, tmp_path):
    """Up to the limit the message gives, the package and the receipt the county writes beside it fit."""
    stick = tmp_path / "U盘"
    stick.mkdir()
    with pytest.raises(RuleError) as refused:
        exchange.export_package(ctx.uow(), "roster", "2026-11", stick / ("花" * 240 + ".xlsx"), today=TODAY)
    limit = refused.value.problems[0].params["limit"]
    sent = exchange.export_package(ctx.uow(), "roster", "2026-11", stick / ("花" * limit + ".xlsx"), today=TODAY)
    result = exchange.import_package(county_ctx.uow(), sent.path, today=TODAY)
    assert result.receipt_path.exists() and result.receipt_path.name == "花" * limit + "-回执.xlsx"


def test_a_package_renamed_long_gets_a_shorter_receipt_name(ctx, township, county_ctx, tmp_path):
    stick = tmp_path / "U盘"
    sent = exchange.export_package(ctx.uow(), "roster", "2026-11", stick / "花名册.xlsx", today=TODAY)
    # renamed on the stick to the longest name this system takes (255 bytes here, 255 UTF-16 units on Windows)
    longest = "a" * 250 + ".xlsx"
    renamed = sent.path.rename(stick / longest)

    result = exchange.import_package(county_ctx.uow(), renamed, today=TODAY)

    assert result.receipt_path.exists() and result.receipt_path.parent == stick
    assert result.receipt_path.name.endswith("-回执.xlsx") and result.receipt_path.name.startswith("aaaa")


def test_the_terminal_says_which_characters_to_take_out(ctx, township, tmp_path, capsys):
    out = tmp_path / "德安镇:花名册.xlsx"
    assert main(["--data-dir", str(ctx.data_dir), "export", "roster", "--period", "2026-11", "--out", str(out)]) != 0
    assert "不允许的字符（:）" in capsys.readouterr().err
    assert not out.exists() and _sent(ctx) == 0
