"""The bank's list of opened accounts: preview, apply all or nothing, refusals."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from stdnum import luhn

from dibao_desk import messages
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, Household
from dibao_desk.services import bank_accounts
from tests.conftest import MemberDraft, make_id


def card(n: int) -> str:
    body = f"621799{n:012d}"
    return body + luhn.calc_check_digit(body)


HEAD_A, HEAD_B, WIFE_B, HEAD_C = (make_id("19600315", 11), make_id("19550101", 21), make_id("19580202", 22),
                                  make_id("19700707", 31))


@pytest.fixture
def people(make_household):
    a = make_household(head="张三", head_id=HEAD_A)
    b = make_household(head="李四", head_id=HEAD_B, bank_name="农行", bank_account=card(2),
                       extra_members=(MemberDraft("王芳", WIFE_B, "spouse"),))
    c = make_household(head="赵六", head_id=HEAD_C, bank_name="邮储", bank_account=card(3))
    return a.id, b.id, c.id


def workbook(path, rows, header=("序号", "姓名", "身份证号", "账号", "开户行")):
    wb = Workbook()
    ws = wb.active
    ws.append(["德安县邮储银行低保代发开户清单"])
    ws.append(list(header))
    for n, r in enumerate(rows, 1):
        ws.append([n, *r])
    wb.save(path)
    return path


def stored(ctx, hid):
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        return h.bank_account, h.bank_name


def test_preview_says_what_changes_and_apply_writes_it_with_an_audit_row(ctx, people, tmp_path):
    a, b, c = people
    path = workbook(tmp_path / "开户.xlsx", [
        ("张三", HEAD_A, card(1), "中国邮政储蓄银行德安县支行"),   # filled
        ("王芳", WIFE_B, card(4), "邮储"),                      # corrected, held by a member
        ("赵六", HEAD_C, card(3), "邮储"),                      # unchanged
        ("陌生人", make_id("19900101", 41), card(5), "邮储"),   # unknown person
    ])
    pv = bank_accounts.preview(ctx.uow(), path)
    assert (pv.sheet, pv.header_row) == ("Sheet", 2)
    assert [(r.row, r.change, r.holder, r.bank_code) for r in pv.rows] == [
        (3, "filled", "head", "403"), (4, "corrected", "member", "403"), (5, "unchanged", "head", "403"),
        (6, "unknown", "", "403")]
    assert pv.rows[1].before_account == card(2) and pv.rows[1].head_name == "李四"
    assert pv.can_apply
    assert stored(ctx, a) == ("", "")  # a preview writes nothing
    res = bank_accounts.apply(ctx.uow(), pv)
    assert (res.filled, res.corrected, res.unchanged, res.unknown) == (1, 1, 1, 1)
    assert stored(ctx, a) == (card(1), "中国邮政储蓄银行德安县支行")
    assert stored(ctx, b) == (card(4), "邮储")
    with ctx.uow() as uow:
        audits = uow.session.query(AuditLog).filter_by(action="bank_account").all()
        assert sorted(x.entity_id for x in audits) == sorted([a, b])
        assert card(2) in next(x.before for x in audits if x.entity_id == b)


def test_a_bad_card_an_account_of_another_household_or_a_household_twice_blocks_the_whole_import(ctx, people, tmp_path):
    a, b, c = people
    wrong = card(7)[:-1] + str((int(card(7)[-1]) + 1) % 10)
    path = workbook(tmp_path / "开户.xlsx", [
        ("张三", HEAD_A, card(1), "邮储"),          # would be filled
        ("李四", HEAD_B, wrong, "农行"),            # Luhn fails
        ("王芳", WIFE_B, card(9), "农行"),          # same household as the row before, another account
        ("赵六", HEAD_C, card(1), "邮储"),          # the account row 3 gives to 张三
    ])
    pv = bank_accounts.preview(ctx.uow(), path)
    assert [(r.row, r.change) for r in pv.rows] == [(3, "filled"), (4, "error"), (5, "error"), (6, "two_households")]
    words = [messages.text(p) for r in pv.rows for p in r.problems]
    assert any(w.startswith("第 4 行：") and "校验位" in w for w in words)
    assert any("第 6 行（赵六）" in w and "张三" in w for w in words)
    assert not pv.can_apply
    with pytest.raises(RuleError) as err:
        bank_accounts.apply(ctx.uow(), pv)
    assert err.value.problems[0].code == "accounts_import.has_errors"
    assert stored(ctx, a) == ("", "")


def test_an_account_already_held_by_another_household_is_two_households(ctx, people, tmp_path):
    path = workbook(tmp_path / "开户.xlsx", [("张三", HEAD_A, card(3), "邮储")])  # 赵六's account
    [row] = bank_accounts.preview(ctx.uow(), path).rows
    assert row.change == "two_households" and "赵六" in messages.text(row.problems[0])


def test_a_change_made_after_the_preview_makes_apply_refuse_and_write_nothing(ctx, people, tmp_path):
    a, b, c = people
    path = workbook(tmp_path / "开户.xlsx", [("张三", HEAD_A, card(1), "邮储"), ("李四", HEAD_B, card(8), "农行")])
    pv = bank_accounts.preview(ctx.uow(), path)
    with ctx.uow() as uow:
        uow.session.get(Household, b).bank_account = card(6)
        uow.commit()
    with pytest.raises(RuleError) as err:
        bank_accounts.apply(ctx.uow(), pv)
    assert err.value.problems[0].code == "accounts_import.stale"
    assert stored(ctx, a) == ("", "")


def test_a_passbook_of_an_odd_length_and_a_differing_name_are_warnings_only(ctx, people, tmp_path):
    path = workbook(tmp_path / "开户.xlsx", [("张叁", HEAD_A, "1234567890123", "邮储")])
    [row] = bank_accounts.preview(ctx.uow(), path).rows
    assert row.change == "filled"
    assert sorted(p.code for p in row.problems) == ["accounts_import.name_differs", "bank_account.passbook_length"]


def test_a_sheet_without_id_and_account_columns_is_refused(ctx, tmp_path):
    path = workbook(tmp_path / "x.xlsx", [("张三", "x")], header=("姓名", "备注"))
    with pytest.raises(RuleError) as err:
        bank_accounts.preview(ctx.uow(), path)
    assert err.value.problems[0].code == "accounts_import.no_header"


def test_an_id_number_or_account_excel_turned_into_a_number_says_the_digits_are_lost(ctx, people, tmp_path):
    # A list re-saved by Excel or WPS with the columns as General: 18- and 19-digit numbers keep only
    # 15 significant digits. The operator is told that, in Excel's own spelling of the number.
    path = workbook(tmp_path / "开户.xlsx", [
        ("张三", float(HEAD_A[:17] + "1"), card(1), "邮储"),
        ("李四", HEAD_B, float(card(8)), "邮储"),
    ])
    rows = bank_accounts.preview(ctx.uow(), path).rows
    assert [r.change for r in rows] == ["error", "error"]
    [id_problem] = rows[0].problems
    [account_problem] = rows[1].problems
    assert (id_problem.code, account_problem.code) == ("accounts_import.id_number_cell",
                                                       "accounts_import.account_number_cell")
    id_text, account_text = messages.text(id_problem), messages.text(account_problem)
    assert "第 3 行" in id_text and "科学计数法" in id_text and "E+17" in id_text
    assert "第 4 行" in account_text and "科学计数法" in account_text and "E+18" in account_text


def test_a_hidden_sheet_is_not_picked_before_the_visible_list(ctx, people, tmp_path):
    # A bank's workbook keeps last year's list on a hidden sheet before this year's: the sheet the
    # operator sees in Excel is the one imported.
    wb = Workbook()
    old = wb.active
    old.title = "上年名单"
    old.append(["姓名", "身份证号", "账号", "开户行"])
    old.append(["张三", HEAD_A, card(11), "邮储"])
    old.sheet_state = "hidden"
    new = wb.create_sheet("开户名单")
    new.append(["姓名", "身份证号", "账号", "开户行"])
    new.append(["张三", HEAD_A, card(12), "邮储"])
    wb.active = 1
    path = tmp_path / "开户.xlsx"
    wb.save(path)
    pv = bank_accounts.preview(ctx.uow(), path)
    assert pv.sheet == "开户名单" and [r.account for r in pv.rows] == [card(12)]


def test_an_account_that_is_a_formula_without_a_result_says_so(ctx, people, tmp_path):
    # A list put together by a program that writes formulas but never calculates them: the cell
    # holds "=..." and no value. It was read as an empty cell: "没有银行账号".
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "账号", "开户行"])
    ws.append(["张三", HEAD_A, f'=TEXT({card(1)},"0")', "邮储"])
    path = tmp_path / "开户.xlsx"
    wb.save(path)
    [row] = bank_accounts.preview(ctx.uow(), path).rows
    assert row.change == "error"
    assert [p.code for p in row.problems] == ["accounts_import.formula"]
    text = messages.text(row.problems[0])
    assert "第 2 行" in text and "公式" in text


def test_a_bank_typed_as_a_number_is_kept_as_typed(ctx, people, tmp_path):
    """The bank's code 102 typed in the 开户行 column was stored as 102.0."""
    a, *_ = people
    path = workbook(tmp_path / "开户.xlsx", [("张三", HEAD_A, card(1), 102)])
    pv = bank_accounts.preview(ctx.uow(), path)
    assert pv.can_apply
    bank_accounts.apply(ctx.uow(), pv)
    assert stored(ctx, a) == (card(1), "102")


def test_a_name_the_bank_writes_without_its_dot_or_with_another_is_the_same_person(ctx, make_household, tmp_path):
    head, wife = make_id("19700101", 51), make_id("19720303", 62)
    h = make_household(head="买买提·艾力", head_id=head,
                       extra_members=(MemberDraft("阿依古丽·买买提", wife, "spouse"),))
    path = workbook(tmp_path / "开户.xlsx", [("买买提艾力", head, "阿依古丽•买买提", card(7), "邮储")],
                    header=("序号", "姓名", "身份证号", "开户人姓名", "账号", "开户行"))
    [row] = bank_accounts.preview(ctx.uow(), path).rows
    assert (row.change, row.holder_id, row.holder_name, row.problems) == ("filled", wife, "阿依古丽·买买提", ())
    bank_accounts.apply(ctx.uow(), bank_accounts.preview(ctx.uow(), path))
    assert stored(ctx, h.id)[0] == card(7)


PASSBOOK_21 = "620123456789012345678"  # a rural credit cooperative passbook: 21 digits


def test_an_account_longer_than_the_bank_files_column_is_refused_at_registration_not_cut(ctx, make_household):
    # The bank file's account column is 20 bytes: a 21st digit would be cut or the whole file
    # refused months later; the clerk hears it on the form, with what to ask the bank for.
    with pytest.raises(RuleError) as refused:
        make_household(head="钱七", head_id=make_id("19700101", 31), bank_name="德安县农村信用社",
                       bank_account=PASSBOOK_21)
    [p] = [p for p in refused.value.problems if p.field == "bank_account"]
    assert (p.code, p.severity, p.params["length"], p.params["max"]) == ("bank_account.too_long", "error", 21, 20)
    assert "超过银行代发文件账号栏的 20 位" in messages.text(p) and "不会截断" in messages.text(p)
    ok = make_household(head="钱七", head_id=make_id("19700101", 31), bank_name="德安县农村信用社",
                        bank_account=PASSBOOK_21[:20])
    assert stored(ctx, ok.id)[0] == PASSBOOK_21[:20]


def test_an_accounts_list_with_a_21_digit_passbook_is_refused_whole(ctx, people, tmp_path):
    a, b, _c = people
    path = workbook(tmp_path / "开户.xlsx", [("张三", HEAD_A, PASSBOOK_21, "信用社"), ("李四", HEAD_B, card(8), "农行")])
    pv = bank_accounts.preview(ctx.uow(), path)
    assert [p.code for p in pv.rows[0].problems] == ["bank_account.too_long"] and pv.blocking
    with pytest.raises(RuleError):
        bank_accounts.apply(ctx.uow(), pv)
    assert (stored(ctx, a)[0], stored(ctx, b)[0]) == ("", card(2))
