"""Bank-file layouts as data, and the writer: bytes as the bank reads them."""

from __future__ import annotations

import json
import subprocess

import pytest

from dibao_desk.domain.problems import RuleError
from dibao_desk.exchange import bank_files, bank_layouts
from dibao_desk.exchange.bank_layouts import PayLine

LINES = [
    PayLine("张三", "360426196003150118", "6217995000000000007", "403", 123456, "DB202611-00001", "邮储"),
    PayLine("欧阳小明", "36042619850101002X", "6228480000000000004", "103", 50, "DB202611-00002", "农行"),
]


@pytest.fixture
def layouts():
    return bank_layouts.load()


def test_the_fixed_gbk_layout_writes_gbk_bytes_in_fixed_columns_with_crlf(tmp_path, layouts):
    out = tmp_path / "代发.txt"
    done = bank_files.write(layouts.get("fixed_gbk"), LINES, out, batch="DB202611")
    assert (done.count, done.total_fen) == (2, 123506)
    data = out.read_bytes()
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    header, first, second, trailer = data.split(b"\r\n")[:-1]
    assert header == b"H" + b"DB202611".ljust(20) + b"00000002" + b"000000000123506"
    assert trailer == b"T00000002000000000123506"
    width = sum(c.width for c in layouts.get("fixed_gbk").columns)
    assert len(first) == len(second) == width
    # name: 30 bytes of GBK from byte 26 (seq 6 + account 20); a Chinese character is 2 bytes
    assert first[26:56] == "张三".encode("gbk") + b" " * 26
    assert second[26:56].decode("gbk").rstrip() == "欧阳小明"
    assert first[:6] == b"000001" and first[6:26] == b"6217995000000000007 "
    assert first[74:89] == b"000000000123456"  # amount in fen, right-aligned, zero-padded
    assert second[89:92] == b"103"


def test_a_rare_character_outside_gbk_is_refused_with_the_name_and_line_and_nothing_is_written(tmp_path, layouts):
    out = tmp_path / "代发.txt"
    out.write_bytes(b"old")
    lines = [LINES[0], LINES[1]._replace(name="王䶮")]  # 䶮 is in GB18030 but not in GBK
    with pytest.raises(RuleError) as err:
        bank_files.write(layouts.get("fixed_gbk"), lines, out)
    [p] = err.value.problems
    assert (p.code, p.params["line"], p.params["name"], p.params["char"]) == ("bank_file.unencodable", 2, "王䶮", "䶮")
    assert out.read_bytes() == b"old"
    assert [f.name for f in tmp_path.iterdir()] == ["代发.txt"]


def test_a_value_wider_than_its_column_is_refused_not_cut(tmp_path, layouts):
    lines = [LINES[0]._replace(name="阿卜杜热合曼·买买提依明·艾则孜江")]
    with pytest.raises(RuleError) as err:
        bank_files.write(layouts.get("fixed_gbk"), lines, tmp_path / "x.txt")
    assert err.value.problems[0].code == "bank_file.too_wide"
    assert not (tmp_path / "x.txt").exists()


def test_zero_amounts_are_never_written(tmp_path, layouts):
    with pytest.raises(RuleError) as err:
        bank_files.write(layouts.get("package_xlsx"), [LINES[0]._replace(amount_fen=0)], tmp_path / "x.xlsx")
    assert err.value.problems[0].code == "bank_file.amount"


def test_the_xlsx_layout_keeps_ids_and_accounts_as_text_as_a_spreadsheet_reads_them(tmp_path, layouts):
    out = tmp_path / "代发.xlsx"
    bank_files.write(layouts.get("package_xlsx"), LINES, out, batch="DB202611")
    subprocess.run(["soffice", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", "--outdir", str(tmp_path),
                    str(out)], check=True, capture_output=True, timeout=120)
    rows = (tmp_path / "代发.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].split(",")[:5] == ["序号", "姓名", "身份证号", "银行账号", "金额（元）"]
    assert rows[1].split(",")[:5] == ["1", "张三", "360426196003150118", "6217995000000000007", "1234.56"]
    assert rows[2].split(",")[2:5] == ["36042619850101002X", "6228480000000000004", "0.50"]
    assert rows[3].startswith("合计：2 笔，1235.06 元")
    from openpyxl import load_workbook

    ws = load_workbook(out).active
    assert [c.data_type for c in ws[2][1:4]] == ["s", "s", "s"]


def county_layout(**over) -> dict:
    data = {"name": "ccb_county", "title": "县建行代发（UTF-8）", "kind": "text", "encoding": "utf-8",
            "line_ending": "crlf", "header_lines": ["{date}|{count}|{total_yuan}"],
            "columns": [{"field": "account", "width": 19}, {"field": "const", "value": "|", "width": 1},
                        {"field": "name", "width": 24}, {"field": "amount", "width": 12, "align": "right",
                                                         "amount": "yuan"}]}
    data.update(over)
    return data


def test_a_county_adds_its_banks_layout_as_a_file_in_the_data_folder(tmp_path):
    folder = tmp_path / "bank_layouts"
    folder.mkdir()
    (folder / "ccb.json").write_text(json.dumps(county_layout(), ensure_ascii=False), encoding="utf-8")
    (folder / "abc.toml").write_text('name = "abc_toml"\nkind = "xlsx"\nsheet = "明细"\n'
                                     'columns = [{field = "account", header = "卡号"}, '
                                     '{field = "amount", header = "金额", amount = "fen"}]\n', encoding="utf-8")
    found = bank_layouts.load(tmp_path)
    assert {"package_xlsx", "fixed_gbk", "ccb_county", "abc_toml"} <= set(found.layouts)
    assert found.refused == ()
    out = tmp_path / "x.txt"
    import datetime as dt

    bank_files.write(found.get("ccb_county"), LINES[:1], out, date=dt.date(2026, 11, 30))
    assert out.read_bytes().split(b"\r\n")[:2] == [
        b"20261130|1|1234.56", b"6217995000000000007|" + "张三".encode("utf-8").ljust(24) + b"     1234.56"]


@pytest.mark.parametrize("over, code, field", [
    ({"kind": "pdf"}, "bank_layout.kind", "kind"),
    ({"encoding": "big5"}, "bank_layout.encoding", "encoding"),
    ({"columns": [{"field": "account", "width": 0}, {"field": "amount", "width": 9}]}, "bank_layout.width",
     "columns[1].width"),
    ({"columns": [{"field": "acount", "width": 9}, {"field": "amount", "width": 9}]}, "bank_layout.field",
     "columns[1].field"),
    ({"columns": [{"field": "name", "width": 9}]}, "bank_layout.needs_field", "columns"),
    ({"columns": [{"field": "account", "width": 9}, {"field": "amount", "width": 9, "amount": "jiao"}]},
     "bank_layout.amount", "columns[2].amount"),
    ({"header_lines": ["{count.__class__}"]}, "bank_layout.template_field", "header_lines[1]"),
    ({"colums": []}, "bank_layout.unknown_key", "colums"),
    ({"name": "代发"}, "bank_layout.name", "name"),
])
def test_a_wrong_county_layout_is_refused_naming_the_field_and_the_others_still_load(tmp_path, over, code, field):
    from dibao_desk import messages

    folder = tmp_path / "bank_layouts"
    folder.mkdir()
    (folder / "bad.json").write_text(json.dumps(county_layout(**over), ensure_ascii=False), encoding="utf-8")
    found = bank_layouts.load(tmp_path)
    assert "fixed_gbk" in found.layouts and "ccb_county" not in found.layouts
    assert code in [p.code for p in found.refused]
    p = next(p for p in found.refused if p.code == code)
    assert p.params["field"] == field
    words = messages.text(p)
    assert "bad.json" in words and field in words


def test_a_layout_file_that_is_not_json_says_so(tmp_path):
    folder = tmp_path / "bank_layouts"
    folder.mkdir()
    (folder / "x.json").write_text("{name: 1", encoding="utf-8")
    [p] = bank_layouts.load(tmp_path).refused
    assert p.code == "bank_layout.syntax"


def test_an_unknown_layout_name_lists_the_known_ones(layouts):
    with pytest.raises(RuleError) as err:
        layouts.get("nope")
    assert "fixed_gbk" in err.value.problems[0].params["known"]


@pytest.mark.parametrize("name, data, where", [
    ("x.json", '{"name": "x",\n "title": 1,,}'.encode(), "第 2 行"),
    ("x.toml", 'name = "x"\n[[['.encode(), "第 2 行"),
    ("x.json", b"\xff\xfe{\x00", "UTF-8"),  # saved as "Unicode" (UTF-16) by Notepad
])
def test_a_layout_file_that_cannot_be_parsed_says_where_in_chinese(tmp_path, name, data, where):
    from dibao_desk import messages

    folder = tmp_path / "bank_layouts"
    folder.mkdir()
    (folder / name).write_bytes(data)
    [p] = bank_layouts.load(tmp_path).refused
    text = messages.text(p)
    assert p.code.startswith("bank_layout.") and where in text
    assert not any(w in text for w in ("Expecting", "Invalid", "codec", "decode", "line 2"))


def test_an_allowed_placeholder_written_with_a_conversion_is_named_as_written(tmp_path):
    """{batch!r} was reported as the unknown placeholder “batch”, beside a list allowing batch."""
    from dibao_desk import messages

    folder = tmp_path / "bank_layouts"
    folder.mkdir()
    (folder / "bad.json").write_text(json.dumps(county_layout(header_lines=["{batch!r}|{count:>{width}}"]),
                                                ensure_ascii=False), encoding="utf-8")
    found = [p for p in bank_layouts.load(tmp_path).refused if p.code == "bank_layout.template_field"]
    assert [p.params["value"] for p in found] == ["{batch!r}", "{count:>{width}}"]
    assert "不认识的占位符“{batch!r}”" in messages.text(found[0])
