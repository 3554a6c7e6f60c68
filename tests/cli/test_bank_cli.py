"""`dibao-desk import-accounts` and `dibao-desk payroll bank-file|bank-return|bank-status` from a terminal."""

from __future__ import annotations

import datetime as dt

from dibao_desk.models import Household
from tests.unit.test_bank_accounts import HEAD_A, HEAD_B, card, people, workbook  # noqa: F401
from tests.unit.test_bank import bank_answers, signed  # noqa: F401
from tests.unit.test_payroll import homes  # noqa: F401
from tests.cli.terminal import run_captured as run

D = dt.date


def account_of(ctx, hid):
    with ctx.uow() as uow:
        return uow.session.get(Household, hid).bank_account


def test_import_accounts_dry_run_then_for_real(ctx, people, tmp_path, capsys):  # noqa: F811
    a, b, c = people
    path = workbook(tmp_path / "开户.xlsx", [("张三", HEAD_A, card(1), "邮储"), ("李四", HEAD_B, card(8), "农行")])
    code, out, _ = run(ctx, capsys, "import-accounts", str(path), "--dry-run")
    assert code == 0 and "第 3 行 张三 补填" in out and "更正" in out and "检查完成（未写入）" in out
    assert account_of(ctx, a) == ""
    code, out, _ = run(ctx, capsys, "import-accounts", str(path))
    assert code == 0 and "补填 1 户，更正 1 户" in out
    assert (account_of(ctx, a), account_of(ctx, b)) == (card(1), card(8))


def test_import_accounts_with_an_error_writes_nothing(ctx, people, tmp_path, capsys):  # noqa: F811
    a, b, c = people
    wrong = card(1)[:-1] + str((int(card(1)[-1]) + 1) % 10)
    path = workbook(tmp_path / "开户.xlsx", [("张三", HEAD_A, wrong, "邮储"), ("李四", HEAD_B, card(8), "农行")])
    code, out, err = run(ctx, capsys, "import-accounts", str(path))
    assert code == 1 and "校验位" in out and "全部不导入" in err
    assert account_of(ctx, b) == card(2)


def test_payroll_bank_file_then_bank_return_then_status(ctx, signed, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "代发.txt"
    code, text, err = run(ctx, capsys, "payroll", "bank-file", "--period", "2026-11", "--layout", "fixed_gbk",
                          "--out", str(out))
    assert code == 0, err
    assert "3 笔，合计 1350.00 元" in text
    ret = bank_answers(out, tmp_path / "回盘.txt", [("成功", ""), ("失败", "账户冻结"), ("成功", "")])
    code, text, err = run(ctx, capsys, "payroll", "bank-return", "--period", "2026-11", "--layout", "fixed_gbk",
                          "--dry-run", str(ret))
    assert code == 0 and "成功 2 笔" in text and "失败 1 笔 600.00 元" in text and "未写入" in text
    code, text, _ = run(ctx, capsys, "payroll", "bank-status", "--period", "2026-11")
    assert "未回盘 3 户" in text
    code, text, _ = run(ctx, capsys, "payroll", "bank-return", "--period", "2026-11", "--layout", "fixed_gbk", str(ret))
    assert code == 0 and "已记录银行回盘" in text
    code, text, _ = run(ctx, capsys, "payroll", "bank-status", "--period", "2026-11")
    assert "已发放 2 户 750.00 元；发放失败 1 户 600.00 元；未回盘 0 户" in text
    # whom to call: the failed household's line, its account masked as the window masks it
    from dibao_desk.services import bank

    t = bank.transfers(ctx.uow(), signed.id)[1]
    row = next(ln for ln in text.splitlines() if ln.strip().startswith(f"{t.position}\t"))
    assert row.split("\t")[1:] == ["东风村", t.name, "*" * (len(t.account) - 4) + t.account[-4:], "600.00", "账户冻结"]
    assert t.account not in text and "发放失败的户" in text


def test_a_truncated_return_is_refused_from_the_terminal_naming_the_line(ctx, signed, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "代发.txt"
    run(ctx, capsys, "payroll", "bank-file", "--period", "2026-11", "--layout", "fixed_gbk", "--out", str(out))
    ret = bank_answers(out, tmp_path / "回盘.txt", [("成功", "")] * 3)
    ret.write_bytes(ret.read_bytes()[:-40])
    code, _text, err = run(ctx, capsys, "payroll", "bank-return", "--period", "2026-11", "--layout", "fixed_gbk",
                           str(ret))
    assert code == 2 and "不完整" in err and "第 " in err and "全部不导入" in err


def test_a_target_that_cannot_be_written_is_said_in_chinese_and_leaves_nothing(ctx, signed, tmp_path, capsys):  # noqa: F811
    # The name is taken by a folder, the stick's folder is gone (pulled out), a file stands where
    # a folder should be: one sentence naming the file, no traceback, nothing left behind.
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "代发.txt").mkdir()
    (usb / "低保").write_text("x")
    for out, words in ((usb / "代发.txt", "文件夹"), (usb / "拔出" / "代发.txt", "找不到"),
                       (usb / "低保" / "代发.txt", "找不到")):
        code, text, err = run(ctx, capsys, "payroll", "bank-file", "--period", "2026-11", "--layout", "fixed_gbk",
                              "--out", str(out))
        assert code == 1, (out, text, err)
        assert words in err and out.name in err and "Traceback" not in err and "Errno" not in err
    assert sorted(p.name for p in usb.iterdir()) == ["代发.txt", "低保"]
    assert list((usb / "代发.txt").iterdir()) == []


def test_an_export_into_a_folder_that_is_a_file_is_said_in_chinese(ctx, tmp_path, capsys):
    (tmp_path / "低保").write_text("x")
    code, _text, err = run(ctx, capsys, "export", "roster", "--period", "2026-11",
                           "--out", str(tmp_path / "低保" / "花名册.xlsx"))
    assert code == 1 and "是一个文件，不是文件夹" in err and "File exists" not in err


def test_the_return_receipt_names_the_kind_of_file_in_chinese_and_counts_the_unanswered_truly(ctx, signed, tmp_path, capsys):  # noqa: F811,E501
    out = tmp_path / "代发.txt"
    run(ctx, capsys, "payroll", "bank-file", "--period", "2026-11", "--layout", "fixed_gbk", "--out", str(out))
    ret = bank_answers(out, tmp_path / "回盘.txt", [("成功", "")] * 3)
    code, text, _ = run(ctx, capsys, "payroll", "bank-return", "--period", "2026-11", "--layout", "fixed_gbk",
                        "--dry-run", str(ret))
    assert code == 0 and "（定长文本，编码 GBK）" in text and "text" not in text
    ret.write_bytes(ret.read_bytes()[:-40])  # cut short: nothing can be read, and all 3 still wait
    code, text, err = run(ctx, capsys, "payroll", "bank-return", "--period", "2026-11", "--layout", "fixed_gbk",
                          str(ret))
    assert code == 2 and "本造册未回盘 3 笔" in text + err and "未回盘 0 笔" not in text + err


def test_a_correction_of_the_bank_alone_says_which_bank_it_was(ctx, people, tmp_path, capsys):  # noqa: F811
    a, b, c = people  # b: 李四, card(2) at 农行
    path = workbook(tmp_path / "开户.xlsx", [("李四", HEAD_B, card(2), "中国农业银行德安县支行")])
    code, out, _ = run(ctx, capsys, "import-accounts", str(path), "--dry-run")
    assert code == 0
    line = next(x for x in out.splitlines() if "李四" in x)
    assert "开户行：农行 → 中国农业银行德安县支行" in line and f"{card(2)} → {card(2)}" not in line, line


def test_the_same_row_twice_in_the_banks_list_is_one_household_corrected_once(ctx, people, tmp_path, capsys):  # noqa: F811
    a, b, c = people
    row = ("李四", HEAD_B, card(8), "农行")
    path = workbook(tmp_path / "开户.xlsx", [row, row])
    code, out, _ = run(ctx, capsys, "import-accounts", str(path))
    assert code == 0 and "合计：更正 1 户" in out and "更正 1 户" in out.splitlines()[-1], out
    assert "与第 3 行相同" in out
    assert account_of(ctx, b) == card(8)


def test_payroll_bank_file_names_a_transfer_left_out_for_its_account(ctx, homes, signed, tmp_path, capsys):  # noqa: F811
    from tests.unit.test_bank import _clear_line_account

    _clear_line_account(ctx, signed.id, homes[1])
    out = tmp_path / "代发.txt"
    code, text, err = run(ctx, capsys, "payroll", "bank-file", "--period", "2026-11", "--layout", "fixed_gbk",
                          "--out", str(out))
    assert code == 0, err
    assert "2 笔，合计 750.00 元" in text and "注意：1 户（户主1）" in text and "600.00 元未写入" in text
    assert "造册第 2 行 户主1：账号 （未填写） 不能用于代发（没有账号）" in text, text
    code, text, _ = run(ctx, capsys, "payroll", "bank-status", "--period", "2026-11")
    assert code == 0 and "发放失败 1 户 600.00 元；未回盘 2 户 750.00 元" in text, text


def test_payroll_make_back_pay_lists_failed_transfers_and_re_sends_them_when_asked(
        ctx, signed, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "代发.txt"
    run(ctx, capsys, "payroll", "bank-file", "--period", "2026-11", "--layout", "fixed_gbk", "--out", str(out))
    ret = bank_answers(out, tmp_path / "回盘.txt", [("成功", ""), ("失败", "账户冻结"), ("成功", "")])
    code, _, err = run(ctx, capsys, "payroll", "bank-return", "--period", "2026-11", "--layout", "fixed_gbk", str(ret))
    assert code == 0, err
    code, text, _ = run(ctx, capsys, "payroll", "make", "--period", "2026-12", "--kind", "back_pay",
                        "--today", "2026-12-01")
    assert code == 0 and "1 笔账号没有更正，未列入" in text and "户主1" in text and "账户冻结" in text, text
    assert "--resend-unchanged" in text
    code, text, _ = run(ctx, capsys, "payroll", "make", "--period", "2026-12", "--kind", "back_pay",
                        "--resend-unchanged", "--today", "2026-12-01")
    assert code == 0 and "1 笔已按原账号列入重发" in text and "补发 600.00 元" in text, text
    code, _, err = run(ctx, capsys, "payroll", "make", "--period", "2026-12", "--resend-unchanged",
                       "--today", "2026-12-01")
    assert code == 2 and "只用于补发造册" in err


def test_bank_file_is_dated_by_the_hidden_today_as_other_payroll_commands_are(ctx, signed, tmp_path, capsys):  # noqa: F811
    # A county layout whose header carries the file's date: --today fixes it, not the real clock.
    import json

    folder = ctx.data_dir / "bank_layouts"
    folder.mkdir(exist_ok=True)
    (folder / "dated.json").write_text(json.dumps({
        "name": "dated", "title": "带日期的代发格式", "kind": "text", "encoding": "gbk", "line_ending": "crlf",
        "header_lines": ["H{date}{count:08d}"],
        "columns": [{"field": "account", "width": 20}, {"field": "amount", "width": 15, "align": "right",
                                                         "pad": "0", "amount": "fen"}],
        "trailer_lines": ["T{count:08d}{total_fen:015d}"]}, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "代发.txt"
    code, _text, err = run(ctx, capsys, "payroll", "bank-file", "--period", "2026-11", "--layout", "dated",
                           "--out", str(out), "--today", "2026-12-02")
    assert code == 0, err
    assert out.read_bytes().split(b"\r\n")[0] == b"H2026120200000003"
    code, _text, err = run(ctx, capsys, "payroll", "bank-file", "--period", "2026-11", "--layout", "dated",
                           "--out", str(out), "--today", "2026-13-02")
    assert code == 2 and "2026-13-02" in err


def test_a_bank_return_is_recorded_on_the_command_s_day(ctx, signed, tmp_path, capsys):  # noqa: F811
    """Imported on 31 December 2026 (the computer says otherwise), the answers are dated that day:
    the day a failed transfer's deduction is owed again and the return was recorded."""
    from sqlalchemy import select

    from dibao_desk.models import PayrollLine

    out = tmp_path / "代发.txt"
    run(ctx, capsys, "payroll", "bank-file", "--period", "2026-11", "--layout", "fixed_gbk", "--out", str(out),
        "--today", "2026-12-30")
    ret = bank_answers(out, tmp_path / "回盘.txt", [("成功", ""), ("失败", "账户冻结"), ("成功", "")])
    code, text, err = run(ctx, capsys, "payroll", "bank-return", "--period", "2026-11", "--layout", "fixed_gbk",
                          str(ret), "--today", "2026-12-31")
    assert code == 0 and "已记录银行回盘" in text, err
    with ctx.uow() as uow:
        days = set(uow.session.scalars(select(PayrollLine.bank_answered_on)
                                       .where(PayrollLine.payroll_id == signed.id)))
    assert days == {D(2026, 12, 31)}
