"""What the command line says about itself and about a mistyped command is Chinese, argparse's
own words included (usage, section titles, --help, its error messages)."""

from __future__ import annotations

import pytest

from dibao_desk.cli import build_parser

ENGLISH = ("usage:", "error:", "show this help", "the following arguments are required", "unrecognized arguments",
           "invalid choice", "positional arguments", "options:", "show program's version")


def _run(capsys, argv: list[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(argv)
    out = capsys.readouterr()
    return int(stop.value.code or 0), out.out + out.err


def test_help_is_chinese(capsys) -> None:
    code, text = _run(capsys, ["--help"])
    assert code == 0
    assert text.startswith("用法：dibao-desk")
    assert "显示本帮助并退出" in text and "显示程序版本并退出" in text
    assert "位置参数" in text and "选项" in text
    assert not [w for w in ENGLISH if w in text]


def test_a_command_help_is_chinese(capsys) -> None:
    code, text = _run(capsys, ["import-roster", "--help"])
    assert code == 0
    assert text.startswith("用法：dibao-desk import-roster")
    assert "显示本帮助并退出" in text and "花名册文件" in text
    assert not [w for w in ENGLISH if w in text]


def test_a_missing_file_is_said_in_chinese(capsys) -> None:
    code, text = _run(capsys, ["import-roster"])
    assert code == 2
    assert "dibao-desk import-roster：错误：缺少必须给出的参数：FILE" in text
    assert not [w for w in ENGLISH if w in text]


def test_an_extra_word_and_a_wrong_choice_are_said_in_chinese(capsys) -> None:
    code, text = _run(capsys, ["import-roster", "a.xlsx", "b.xlsx"])
    assert code == 2
    assert "错误：无法识别的参数：b.xlsx" in text
    code, text = _run(capsys, ["import-roster", "a.xlsx", "--existing", "replace"])
    assert code == 2
    assert "错误：参数 --existing：" in text and "'replace'" in text
    assert not [w for w in ENGLISH if w in text]
