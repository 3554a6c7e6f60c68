"""The bank's result file: read back what the writer wrote, and refuse what does not fit."""

from __future__ import annotations

import pytest

from dibao_desk import messages
from dibao_desk.domain.bank_return import Expected, Outcome, match, parse_amount
from dibao_desk.domain.problems import RuleError
from dibao_desk.exchange import bank_files, bank_layouts, bank_return
from dibao_desk.exchange.bank_layouts import PayLine

LINES = [
    PayLine("张三", "360426196003150118", "6217995000000000007", "403", 123456, "DB202611-00001"),
    PayLine("欧阳小明", "36042619850101002X", "6228480000000000004", "103", 50, "DB202611-00002"),
    PayLine("李四", "360426197001010011", "6222020000000000002", "102", 99900, "DB202611-00003"),
]
EXPECTED = [Expected(i + 1, 100 + i, ln.account, ln.name, ln.amount_fen, ln.reference) for i, ln in enumerate(LINES)]
RESULTS = [("成功", ""), ("失败", "账户已销户"), ("S", "")]


@pytest.fixture(scope="module")
def layouts():
    return bank_layouts.load()


def fixed_return(tmp_path, layout, results=RESULTS, lines=LINES, batch="DB202611", encoding="gbk") -> bytes:
    out = tmp_path / "sent.txt"
    bank_files.write(layout, lines, out, batch=batch)
    rows = out.read_bytes().split(b"\r\n")[:-1]
    body = [row + status.encode("gbk").ljust(4) + reason.encode("gbk")
            for row, (status, reason) in zip(rows[1:-1], results)]
    data = b"\r\n".join([rows[0], *body, rows[-1]]) + b"\r\n"
    if encoding != "gbk":
        data = data.decode("gbk").encode(encoding)
    return data


def test_round_trip_fixed_gbk_file_written_then_read_as_the_banks_return(tmp_path, layouts):
    lay = layouts.get("fixed_gbk")
    path = tmp_path / "回盘.txt"
    path.write_bytes(fixed_return(tmp_path, lay))
    got = bank_return.read(path, lay)
    assert (got.encoding, got.batch, got.declared_count, got.declared_total_fen) == ("gbk", "DB202611", 3, 223406)
    assert [(ln.line, ln.account, ln.name, ln.amount_fen, ln.outcome, ln.reason) for ln in got.lines] == [
        (2, LINES[0].account, "张三", 123456, Outcome.PAID, ""),
        (3, LINES[1].account, "欧阳小明", 50, Outcome.FAILED, "账户已销户"),
        (4, LINES[2].account, "李四", 99900, Outcome.PAID, "")]
    m = match(EXPECTED, got.lines, batch="DB202611")
    assert m.problems == ()
    assert {k: v.outcome for k, v in m.answers.items()} == {1: Outcome.PAID, 2: Outcome.FAILED, 3: Outcome.PAID}


def test_round_trip_xlsx_with_the_banks_status_and_reason_columns_added(tmp_path, layouts):
    from openpyxl import load_workbook

    out = tmp_path / "代发.xlsx"
    bank_files.write(layouts.get("package_xlsx"), LINES, out, batch="DB202611")
    wb = load_workbook(out)
    ws = wb.active
    ws.cell(1, 9, "处理状态")
    ws.cell(1, 10, "失败原因")
    for r, (status, reason) in enumerate(RESULTS, start=2):
        ws.cell(r, 9, status)
        ws.cell(r, 10, reason)
    wb.save(tmp_path / "回盘.xlsx")
    got = bank_return.read(tmp_path / "回盘.xlsx")
    assert got.kind == "xlsx" and (got.declared_count, got.declared_total_fen) == (3, 223406)
    m = match(EXPECTED, got.lines, batch="DB202611")
    assert m.problems == () and m.answers[2].reason == "账户已销户"


CSV_HEAD = "账号,户名,金额,处理结果,失败原因\r\n"


def write_csv(tmp_path, body: str, encoding="gbk", bom=False) -> object:
    path = tmp_path / "回盘.csv"
    data = (CSV_HEAD + body).encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


@pytest.mark.parametrize("encoding, bom", [("gbk", False), ("utf-8", False), ("utf-8", True)])
def test_a_csv_return_in_gbk_or_utf8_with_or_without_bom_reads_the_same(tmp_path, encoding, bom):
    path = write_csv(tmp_path, '6217995000000000007,张三,"1,234.56",成功,\r\n'
                               "6228480000000000004,欧阳小明,０．５０元,失败,账户已销户\r\n"
                               "6222020000000000002,李四,999元,成功,\r\n", encoding, bom)
    got = bank_return.read(path)
    assert got.encoding == ("gbk" if encoding == "gbk" else "utf-8")
    assert [ln.amount_fen for ln in got.lines] == [123456, 50, 99900]
    assert match(EXPECTED, got.lines).problems == ()


@pytest.mark.parametrize("value, fen", [("1,234.56", 123456), ("１２３４．５６", 123456), ("12.5元", 1250),
                                        ("￥ 3", 300), (12.5, 1250), (7, 700), ("12.345", None), ("-5", None),
                                        ("abc", None), (309.99999999999994, 31000), (1234.5600000000002, 123456),
                                        (12.345, None), (-5.0, None), (float("nan"), None)])
def test_amounts_as_banks_write_them(value, fen):
    assert parse_amount(value) == fen


@pytest.mark.parametrize("value, fen", [(123450.0, 123450), (30999.999999999996, 31000), (12.5, None)])
def test_a_number_cell_in_fen_is_a_whole_fen(value, fen):
    assert parse_amount(value, unit="fen") == fen


def test_an_xlsx_return_whose_amounts_a_formula_summed_is_read_to_the_fen(tmp_path):
    # 0.1 + 0.2 in a sheet is 0.30000000000000004: the bank's sum of parts is not the amount
    # typed to the last binary digit, and the whole return was refused as amounts not read
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["账号", "户名", "金额（元）", "处理结果", "失败原因"])
    for ln, amount in zip(LINES, (1234.43 + 0.13, 0.7 - 0.2, 999.0)):  # 1234.5600000000002, 0.49999999999999994
        ws.append([ln.account, ln.name, amount, "成功", ""])
    wb.save(tmp_path / "回盘.xlsx")
    got = bank_return.read(tmp_path / "回盘.xlsx")
    assert [ln.amount_fen for ln in got.lines] == [123456, 50, 99900]
    assert match(EXPECTED, got.lines).problems == ()


@pytest.mark.parametrize("value", ["9" * 5000, "9" * 5000 + ".00", "1" + "0" * 20, 10 ** 30, 1e300])
def test_an_amount_beyond_any_real_one_is_not_an_amount(value):
    # 5,000 digits in a cell made Python refuse the conversion (ValueError: Exceeds the limit
    # (4300 digits) for integer string conversion) and the bank return stopped with a traceback.
    assert parse_amount(value) is None
    assert parse_amount(value, unit="fen") is None


def codes(exc: RuleError) -> list[tuple[str, int]]:
    return [(p.code, p.params.get("line")) for p in exc.problems]


def test_a_fixed_file_cut_short_is_refused_as_truncated(tmp_path, layouts):
    lay = layouts.get("fixed_gbk")
    data = fixed_return(tmp_path, lay)
    path = tmp_path / "回盘.txt"
    path.write_bytes(data[:len(data) - 60])  # the trailer and part of the last line are gone
    with pytest.raises(RuleError) as err:
        bank_return.read(path, lay)
    assert codes(err.value)[0][0] == "return.truncated"


def test_a_csv_cut_mid_line_is_refused_naming_the_line(tmp_path):
    path = write_csv(tmp_path, "6217995000000000007,张三,1234.56,成功,\r\n6228480000000000004,欧阳")
    with pytest.raises(RuleError) as err:
        bank_return.read(path)
    assert codes(err.value) == [("return.truncated", 3)]


def test_an_xlsx_cut_short_is_refused(tmp_path, layouts):
    out = tmp_path / "代发.xlsx"
    bank_files.write(layouts.get("package_xlsx"), LINES, out)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(out.read_bytes()[:-400])
    with pytest.raises(RuleError) as err:
        bank_return.read(cut)
    assert err.value.problems[0].code in ("file.truncated", "file.unreadable")


def test_a_total_line_that_does_not_add_up_is_refused(tmp_path):
    path = write_csv(tmp_path, "6217995000000000007,张三,1234.56,成功,\r\n合计：2 笔，1234.56 元\r\n")
    with pytest.raises(RuleError) as err:
        bank_return.read(path)
    assert err.value.problems[0].code == "return.count_differs"


def test_a_fixed_file_in_utf8_for_a_gbk_layout_is_refused_as_another_encoding(tmp_path, layouts):
    lay = layouts.get("fixed_gbk")
    path = tmp_path / "回盘.txt"
    path.write_bytes(fixed_return(tmp_path, lay, encoding="utf-8"))
    with pytest.raises(RuleError) as err:
        bank_return.read(path, lay)
    assert codes(err.value) == [("return.encoding_layout", 1)]


def test_utf16_and_a_utf8_file_with_a_stretch_of_another_encoding_are_refused_naming_the_line(tmp_path):
    path = tmp_path / "回盘.csv"
    path.write_bytes((CSV_HEAD + "6217995000000000007,张三,1,成功,\r\n").encode("utf-16"))
    with pytest.raises(RuleError) as err:
        bank_return.read(path)
    assert err.value.problems[0].code == "return.encoding"
    path.write_bytes((CSV_HEAD + "6217995000000000007,张三,1,成功,\r\n").encode("utf-8")
                     + "6228480000000000004,欧阳小明,1,成功,\r\n".encode("gbk"))
    with pytest.raises(RuleError) as err:
        bank_return.read(path)
    assert codes(err.value) == [("return.encoding_line", 3)]


def test_a_line_whose_status_is_neither_paid_nor_failed_is_refused(tmp_path):
    path = write_csv(tmp_path, "6217995000000000007,张三,1234.56,处理中,\r\n")
    with pytest.raises(RuleError) as err:
        bank_return.read(path)
    assert codes(err.value) == [("return.status_unknown", 2)]


def lines_of(tmp_path, body: str):
    return bank_return.read(write_csv(tmp_path, body)).lines


def test_another_rosters_lines_are_refused_by_their_reference(tmp_path, layouts):
    lay = layouts.get("fixed_gbk")
    other = [ln._replace(reference=ln.reference.replace("202611", "202610")) for ln in LINES]
    path = tmp_path / "回盘.txt"
    path.write_bytes(fixed_return(tmp_path, lay, lines=other, batch="DB202610"))
    got = bank_return.read(path, lay)
    m = match(EXPECTED, got.lines, batch="DB202611")
    assert [(p.code, p.params["line"]) for p in m.problems] == [("return.other_roster", n) for n in (2, 3, 4)]
    assert m.answers == {}


@pytest.mark.parametrize("body, code, line", [
    ("6217995000000000015,张三,1234.56,成功,\r\n", "return.unknown_account", 2),
    ("6217995000000000007,张三,1234.50,成功,\r\n", "return.amount_differs", 2),
    ("6217995000000000007,张三,1234.56,成功,\r\n6217995000000000007,张三,1234.56,成功,\r\n", "return.twice", 3),
    ("6217995000000000007,张四,1234.56,成功,\r\n", "return.name_differs", 2),
])
def test_lines_that_do_not_fit_the_roster_are_refused_naming_the_line(tmp_path, body, code, line):
    m = match(EXPECTED, lines_of(tmp_path, body))
    assert [(p.code, p.params["line"]) for p in m.problems] == [(code, line)]
    assert m.answers == {}


@pytest.mark.parametrize("written", ["买买提艾力", "买买提・艾力", "买买提•艾力", "买买提.艾力", "买买提·艾力"])
def test_a_holder_whose_name_the_bank_writes_with_another_dot_or_none_is_answered(tmp_path, written):
    expected = [Expected(1, 100, "6217995000000000007", "买买提·艾力", 123456, "DB202611-00001")]
    m = match(expected, bank_return.read(write_csv(tmp_path, f"6217995000000000007,{written},1234.56,成功,\r\n",
                                                   encoding="utf-8")).lines)  # GBK has no ・ nor •
    assert m.problems == () and m.answers[1].outcome is Outcome.PAID


def test_an_account_two_households_share_is_refused_when_the_line_does_not_say_which(tmp_path):
    shared = EXPECTED + [Expected(9, 109, LINES[0].account, "张三", 123456, "DB202611-00009")]
    m = match(shared, lines_of(tmp_path, "6217995000000000007,张三,1234.56,成功,\r\n"))
    assert [(p.code, p.params["line"], p.params["households"]) for p in m.problems] == [("return.two_households", 2, 2)]


def test_an_account_stored_as_a_number_in_xlsx_is_refused_because_digits_are_lost(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["账号", "户名", "金额", "状态"])
    ws.append([6217995000000000007, "张三", 1234.56, "成功"])
    wb.save(tmp_path / "r.xlsx")
    with pytest.raises(RuleError) as err:
        bank_return.read(tmp_path / "r.xlsx")
    assert codes(err.value) == [("return.account_number", 2)]


def test_a_fixed_file_with_blank_lines_after_its_trailer_reads_as_the_file_itself(tmp_path, layouts):
    # Opened in Notepad and saved again, or copied by a bank's export tool: empty lines (or a line
    # of spaces) after the trailer. The trailer is still the last line that holds anything.
    lay = layouts.get("fixed_gbk")
    path = tmp_path / "回盘.txt"
    path.write_bytes(fixed_return(tmp_path, lay) + b"\r\n\r\n   \r\n")
    got = bank_return.read(path, lay)
    assert (got.declared_count, len(got.lines)) == (3, 3)


@pytest.mark.parametrize("after", [10, 6000])
def test_a_csv_with_a_quote_never_closed_is_refused_in_chinese_naming_the_line(tmp_path, after):
    # A stray double quote opens a field that swallows the rest of the file: the lines after it
    # vanished into one cell, and in a long file Python's csv module said "field larger than
    # field limit (131072)", which an operator cannot read.
    rows = "".join(f"62179950000000{n:05d},张三,1,成功,\r\n" for n in range(after))
    path = write_csv(tmp_path, '6217995000000000007,"张三,1,成功,\r\n' + rows)
    with pytest.raises(RuleError) as err:
        bank_return.read(path)
    [problem] = err.value.problems
    assert (problem.code, problem.params["line"]) == ("return.csv_quote", 2)
    text = messages.text(problem)
    assert "第 2 行" in text and "引号" in text and "field" not in text


def test_a_pdf_or_picture_given_as_the_return_is_not_called_utf16(tmp_path):
    path = tmp_path / "回盘.csv"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 5 >>\nstream\n\x00\x01\x02\xff\nendstream\n")
    with pytest.raises(RuleError) as err:
        bank_return.read(path)
    assert codes(err.value) == [("return.not_text", None)]
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(RuleError) as err:
        bank_return.read(path)
    assert codes(err.value) == [("return.not_text", None)]


def test_a_csv_row_with_too_few_cells_counts_cells_not_bytes(tmp_path):
    path = write_csv(tmp_path, "6217995000000000007,张三\r\n6228480000000000004,欧阳小明,1,成功,\r\n")
    with pytest.raises(RuleError) as err:
        bank_return.read(path)
    [problem] = err.value.problems
    assert (problem.code, problem.params["line"]) == ("return.short_row", 2)
    text = messages.text(problem)
    assert "2 列" in text and "字节" not in text


def test_a_status_that_is_a_formula_without_a_result_is_named_as_such(tmp_path, layouts):
    # A bank's export tool writes =IF(...) in the status column and never calculates it: Excel
    # shows 成功, the file holds no value. It was refused as '处理结果“”无法识别'.
    from openpyxl import load_workbook

    out = tmp_path / "代发.xlsx"
    bank_files.write(layouts.get("package_xlsx"), LINES, out, batch="DB202611")
    wb = load_workbook(out)
    ws = wb.active
    ws.cell(1, 9, "处理状态")
    for r in range(2, 5):
        ws.cell(r, 9, "成功")
    ws.cell(3, 9, '=IF(1=1,"成功","失败")')
    wb.save(tmp_path / "回盘.xlsx")
    with pytest.raises(RuleError) as err:
        bank_return.read(tmp_path / "回盘.xlsx")
    [problem] = err.value.problems
    assert (problem.code, problem.params["line"]) == ("return.formula", 3)
    text = messages.text(problem)
    assert "处理状态" in text and "公式" in text


@pytest.mark.parametrize("label", ["成功标志", "处理标志", "入账标志"])
def test_a_status_column_headed_as_banks_head_it_is_found(tmp_path, label):
    """A return whose status column was headed 成功标志 or 处理标志 was refused as having no header."""
    path = tmp_path / "回盘.csv"
    path.write_bytes((f"账号,户名,金额,{label},失败原因\r\n"
                      "6217995000000000007,张三,1234.56,成功,\r\n"
                      "6228480000000000004,欧阳小明,0.50,失败,账户已销户\r\n").encode("gbk"))
    got = bank_return.read(path)
    assert [(ln.amount_fen, ln.outcome) for ln in got.lines] == [(123456, Outcome.PAID), (50, Outcome.FAILED)]
    assert got.lines[1].reason == "账户已销户"


def test_a_fixed_file_read_without_its_layout_says_to_choose_the_layout(tmp_path, layouts):
    """Read without --layout, a fixed-column return was only 'without a header'."""
    from dibao_desk import messages

    path = tmp_path / "回盘.txt"
    path.write_bytes(fixed_return(tmp_path, layouts.get("fixed_gbk")))
    assert bank_return.read(path, layouts.get("fixed_gbk")).lines  # with its layout it reads
    with pytest.raises(RuleError) as err:
        bank_return.read(path)
    [problem] = err.value.problems
    assert problem.code == "return.no_header_text"
    assert "请先选定它的银行文件格式（命令行：--layout 格式名）" in messages.text(problem)


# ---- success flags (成功标志 是/否, Y/N, 1/0) --------------------------------------------------

FLAG_ACCOUNTS = ["6217995000000000007", "6228480000000000004", "6222020000000000002",
                 "6217995000000000015", "6228480000000000012", "6222020000000000010"]


@pytest.mark.parametrize("label", ["成功标志", "处理标志", "入账标志", "交易标志"])
def test_a_gbk_csv_success_flag_column_reads_yes_no_y_n_1_0_as_paid_and_failed(tmp_path, label):
    """A bank's 成功标志 of 是/否, Y/N or 1/0 was refused line by line as neither paid nor failed."""
    path = tmp_path / "回盘.csv"
    flags = ["是", "否", "Y", "n", "1", "0"]
    path.write_bytes((f"账号,户名,金额,{label},失败原因\r\n" + "".join(
        f"{a},张三,100.00,{f},{'' if f in ('是', 'Y', '1') else '账户已冻结'}\r\n"
        for a, f in zip(FLAG_ACCOUNTS, flags))).encode("gbk"))
    got = bank_return.read(path)
    assert got.encoding == "gbk"
    assert [ln.outcome for ln in got.lines] == [Outcome.PAID, Outcome.FAILED] * 3
    assert [ln.reason for ln in got.lines] == ["", "账户已冻结"] * 3


def test_an_xlsx_success_flag_read_from_text_number_and_true_false_cells(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["账号", "户名", "金额（元）", "成功标志", "备注"])
    for account, flag in zip(FLAG_ACCOUNTS, ["是", "否", 1, 0, True, False]):
        ws.append([account, "张三", 100, flag, ""])
    wb.save(tmp_path / "回盘.xlsx")
    got = bank_return.read(tmp_path / "回盘.xlsx")
    assert [(ln.line, ln.outcome) for ln in got.lines] == [
        (2, Outcome.PAID), (3, Outcome.FAILED), (4, Outcome.PAID), (5, Outcome.FAILED), (6, Outcome.PAID),
        (7, Outcome.FAILED)]


@pytest.mark.parametrize("value", ["0000", "00", "2", "是否", "处理中"])
def test_a_success_flag_that_is_no_yes_or_no_is_refused_naming_the_row_and_the_value(tmp_path, value):
    """A code (0000 is success at some banks, failure at none we can tell) is not guessed."""
    path = tmp_path / "回盘.csv"
    path.write_bytes(("账号,户名,金额,交易标志\r\n"
                      f"{FLAG_ACCOUNTS[0]},张三,100.00,1\r\n"
                      f"{FLAG_ACCOUNTS[1]},李四,100.00,{value}\r\n").encode("gbk"))
    with pytest.raises(RuleError) as err:
        bank_return.read(path)
    [problem] = err.value.problems
    assert (problem.code, problem.params["line"]) == ("return.flag_unknown", 3)
    text = messages.text(problem)
    assert f"第 3 行（账号 {FLAG_ACCOUNTS[1]}）的“交易标志”为“{value}”" in text
    assert "status_words" in text


def test_one_or_zero_in_a_column_headed_only_status_is_still_refused(tmp_path):
    """1 and 0 say nothing in a 处理状态 column (a count? a code?): only a success flag's header
    says what they mean."""
    path = tmp_path / "回盘.csv"
    path.write_bytes(f"账号,户名,金额,处理状态\r\n{FLAG_ACCOUNTS[0]},张三,100.00,1\r\n".encode("gbk"))
    with pytest.raises(RuleError) as err:
        bank_return.read(path)
    assert codes(err.value) == [("return.status_unknown", 2)]


def test_a_layouts_own_status_words_win_over_the_flags_defaults(tmp_path):
    """A bank whose 处理标志 says 0000 for paid and 0 for failed: the county's layout says so and
    the file is read by it (0 is then failed, 0000 paid; 1 is not this bank's word)."""
    lay = bank_layouts.from_dict({
        "name": "rcc_flags", "title": "农商行代发（处理标志）", "kind": "xlsx",
        "columns": [{"field": "account", "header": "账号"}, {"field": "amount", "header": "金额"}],
        "status_words": {"paid": ["0000"], "failed": ["0", "9999"]}}, "rcc_flags.json")
    path = tmp_path / "回盘.csv"
    path.write_bytes(("账号,户名,金额,处理标志\r\n"
                      f"{FLAG_ACCOUNTS[0]},张三,100.00,0000\r\n"
                      f"{FLAG_ACCOUNTS[1]},李四,100.00,0\r\n"
                      f"{FLAG_ACCOUNTS[2]},王五,100.00,9999\r\n").encode("gbk"))
    assert [ln.outcome for ln in bank_return.read(path, lay).lines] == [
        Outcome.PAID, Outcome.FAILED, Outcome.FAILED]
    path.write_bytes(("账号,户名,金额,处理标志\r\n"
                      f"{FLAG_ACCOUNTS[0]},张三,100.00,1\r\n").encode("gbk"))
    with pytest.raises(RuleError) as err:
        bank_return.read(path, lay)
    assert codes(err.value) == [("return.status_unknown", 2)]


def test_a_fixed_file_whose_layout_heads_its_status_column_as_a_flag_reads_1_and_0(tmp_path, layouts):
    base = layouts.get("fixed_gbk")
    lay = bank_layouts.from_dict({
        "name": "fixed_flag", "title": "定长（成功标志）", "kind": "text", "encoding": "gbk",
        "header_lines": list(base.header_lines), "trailer_lines": list(base.trailer_lines),
        "columns": [{"field": c.field, "width": c.width, "align": c.align, "pad": c.pad, "amount": c.amount}
                    for c in base.columns],
        "return_columns": [{"field": c.field, "width": c.width, "align": c.align, "pad": c.pad, "amount": c.amount}
                           for c in base.columns]
        + [{"field": "status", "header": "成功标志", "width": 4}, {"field": "reason", "width": 60}]},
        "fixed_flag.json")
    path = tmp_path / "回盘.txt"
    path.write_bytes(fixed_return(tmp_path, lay, results=[("1", ""), ("0", "账户已销户"), ("1", "")]))
    got = bank_return.read(path, lay)
    assert [(ln.outcome, ln.reason) for ln in got.lines] == [
        (Outcome.PAID, ""), (Outcome.FAILED, "账户已销户"), (Outcome.PAID, "")]


def test_a_gbk_return_whose_first_name_is_also_valid_utf8_bytes_reads_as_gbk(tmp_path, layouts):
    """史 is CA B7 in GBK, which is also a valid two-byte UTF-8 sequence (ʷ): a file beginning with
    such a name is GBK all the same, not 'UTF-8 with a stretch of another encoding'."""
    lay = layouts.get("fixed_gbk")
    lines = [LINES[0]._replace(name="史俊阳"), *LINES[1:]]
    path = tmp_path / "回盘.txt"
    path.write_bytes(fixed_return(tmp_path, lay, lines=lines))
    got = bank_return.read(path, lay)
    assert got.encoding == "gbk"
    assert [ln.name for ln in got.lines] == ["史俊阳", "欧阳小明", "李四"]


def test_a_short_gbk_return_whose_every_byte_is_also_valid_utf8_reads_as_gbk(tmp_path, layouts):
    """卢平 in GBK (C2 AC C6 BD) decodes as UTF-8 too (¬ƽ): a file of such names and S/F statuses
    holds no character a UTF-8 bank file would, so it is read as the GBK it is."""
    lay = layouts.get("fixed_gbk")
    path = tmp_path / "回盘.txt"
    path.write_bytes(fixed_return(tmp_path, lay, lines=[LINES[0]._replace(name="卢平")], results=[("S", "")]))
    path.read_bytes().decode("utf-8")  # the premise: every byte is valid UTF-8
    got = bank_return.read(path, lay)
    assert (got.encoding, [ln.name for ln in got.lines]) == ("gbk", ["卢平"])


def test_lines_after_the_trailer_are_named_as_such_not_as_a_file_cut_short(tmp_path, layouts):
    """A bank that ends its file with a line of its own after the trailer (END, a checksum) has
    not sent a truncated file: fetching it again gives the same file. The line is named."""
    lay = layouts.get("fixed_gbk")
    path = tmp_path / "回盘.txt"
    path.write_bytes(fixed_return(tmp_path, lay) + b"END\r\n")
    with pytest.raises(RuleError) as err:
        bank_return.read(path, lay)
    assert codes(err.value) == [("return.after_trailer", 6)]
    text = messages.text(err.value.problems[0])
    assert "第 6 行" in text and "第 5 行" in text and "尾行" in text and "截断" not in text


def test_a_return_far_larger_than_any_roster_is_refused_before_it_is_read(tmp_path):
    """A bank's answer to 40,000 transfers is a few MB; reading a 58 MB csv took 1.2 GB of memory
    (a MemoryError and a traceback on an office PC). Far beyond any roster, it is refused unread."""
    path = tmp_path / "回盘.csv"
    with open(path, "wb") as f:
        f.write((CSV_HEAD + "6217995000000000007,张三,1234.56,成功,\r\n").encode("gbk"))
        f.truncate(bank_return.MAX_FILE_BYTES + 1)
    with pytest.raises(RuleError) as err:
        bank_return.read(path)
    assert err.value.problems[0].code == "file.too_large"
    assert "太大" in messages.text(err.value.problems[0])


def test_a_gb18030_layouts_return_with_a_name_outside_gbk_reads_back(tmp_path, layouts):
    """docs/bank.md: a name GBK cannot write is sent in a gb18030 layout when the bank takes one.
    The bank's return in that layout holds the same bytes and must read back, not be refused as
    'not GBK'."""
    import json

    folder = tmp_path / "data" / "bank_layouts"
    folder.mkdir(parents=True)
    fixed = layouts.get("fixed_gbk")
    spec = {"name": "rcc_gb18030", "title": "县农商行代发（GB18030）", "kind": "text", "encoding": "gb18030",
            "line_ending": "crlf", "header_lines": list(fixed.header_lines),
            "trailer_lines": list(fixed.trailer_lines),
            "columns": [{"field": "account", "width": 20}, {"field": "name", "width": 30},
                        {"field": "amount", "width": 15, "align": "right", "pad": "0", "amount": "fen"},
                        {"field": "reference", "width": 20}]}
    (folder / "rcc.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    lay = bank_layouts.load(tmp_path / "data").get("rcc_gb18030")
    rare = "王\u4dae"  # 䶮: no GBK bytes
    with pytest.raises(UnicodeEncodeError):
        rare.encode("gbk")
    lines = [LINES[0]._replace(name=rare), LINES[2]]
    path = tmp_path / "回盘.txt"
    path.write_bytes(fixed_return(tmp_path, lay, results=[("成功", ""), ("失败", "户名不符")], lines=lines))
    got = bank_return.read(path, lay)
    assert got.encoding == "gb18030"
    assert [(ln.name, ln.outcome) for ln in got.lines] == [(rare, Outcome.PAID), ("李四", Outcome.FAILED)]


@pytest.mark.parametrize("cell", ["'6217995000000000007", '="6217995000000000007"', "'６２１７９９５０００００００００００７"])
def test_an_account_a_banks_csv_keeps_as_text_for_excel_reads_as_the_account(tmp_path, cell):
    """Systems writing csv for Excel keep a long number as text with a leading apostrophe or as
    ="…" (else Excel shows 6.21799E+18): the account is the digits inside."""
    body = f"{cell},张三,1234.56,成功,\r\n"
    got = bank_return.read(write_csv(tmp_path, body))
    assert [ln.account for ln in got.lines] == ["6217995000000000007"]
