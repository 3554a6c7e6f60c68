"""A roster to the bank and back over a real store: roster → bank file → bank return."""

import datetime as dt

import pytest
from stdnum import luhn

from dibao_desk.domain.problems import RuleError
from dibao_desk.exchange import bank_layouts
from dibao_desk.models import AuditLog, PayrollLine
from dibao_desk.services import bank, payroll
from tests.unit.test_payroll import homes, set_account  # noqa: F401 (fixture)

D = dt.date


def card(n: int) -> str:
    body = f"621799{n:012d}"
    return body + luhn.calc_check_digit(body)


@pytest.fixture
def signed(ctx, homes):  # noqa: F811
    for i, hid in enumerate(homes):
        set_account(ctx, hid, card(i + 1), "中国邮政储蓄银行德安县支行" if i != 1 else "德安农商行")
    info = payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30), made_by="王经办")
    payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    return info


@pytest.fixture
def fixed():
    return bank_layouts.load().get("fixed_gbk")


def bank_answers(path, out, answers):
    """What the bank sends back: each line of our file with its status (4 bytes) and reason."""
    rows = path.read_bytes().split(b"\r\n")[:-1]
    body = [r + s.encode("gbk").ljust(4) + why.encode("gbk") for r, (s, why) in zip(rows[1:-1], answers)]
    out.write_bytes(b"\r\n".join([rows[0], *body, rows[-1]]) + b"\r\n")
    return out


def statuses(ctx, payroll_id):
    with ctx.uow() as uow:
        return sorted((x.household_id, x.bank_status, x.bank_reason, x.bank_answered_on)
                      for x in uow.session.query(PayrollLine).filter_by(payroll_id=payroll_id, zero=False))


def test_round_trip_roster_to_bank_file_to_bank_return(ctx, homes, signed, fixed, tmp_path):  # noqa: F811
    a, b, c = homes
    out = tmp_path / "代发.txt"
    res = bank.bank_file(ctx.uow(), signed.id, fixed, out, today=D(2026, 11, 30))
    assert (res.count, res.total_fen) == (3, 45000 + 60000 + 30000)
    assert res.batch == f"DB202611R{signed.id}"
    lines = out.read_bytes().split(b"\r\n")
    assert lines[0].startswith(b"H" + res.batch.encode())
    assert {ln[89:92] for ln in lines[1:4]} == {b"403", b"402"}  # bank codes from the names typed
    before = bank.counts(ctx.uow(), signed.id)
    assert (before.paid, before.failed, before.unanswered, before.unanswered_fen) == (0, 0, 3, 135000)

    ret = bank_answers(out, tmp_path / "回盘.txt", [("成功", ""), ("失败", "户名与账号不符"), ("成功", "")])
    dry = bank.record_bank_return(ctx.uow(), signed.id, ret, fixed, dry_run=True, today=D(2026, 12, 3))
    assert (dry.lines_read, dry.paid, dry.failed, dry.problems, dry.written) == (3, 2, 1, (), False)
    assert [s for _h, s, _r, _d in statuses(ctx, signed.id)] == ["", "", ""]

    rc = bank.record_bank_return(ctx.uow(), signed.id, ret, fixed, today=D(2026, 12, 3))
    assert rc.written and rc.unanswered == 0
    failed_household = [t.household_id for t in bank.transfers(ctx.uow(), signed.id)][1]
    assert [(h, s, r) for h, s, r, _d in statuses(ctx, signed.id) if s == "failed"] == [
        (failed_household, "failed", "户名与账号不符")]
    assert {d for *_x, d in statuses(ctx, signed.id)} == {D(2026, 12, 3)}
    after = bank.counts(ctx.uow(), signed.id)
    assert (after.paid, after.failed, after.unanswered) == (2, 1, 0)
    with ctx.uow() as uow:
        assert uow.session.query(AuditLog).filter_by(entity="payroll", action="bank_return").count() == 1
    again = bank.record_bank_return(ctx.uow(), signed.id, ret, fixed, today=D(2026, 12, 4))
    assert (again.already, again.written, again.problems) == (3, False, ())


def test_a_return_with_one_bad_line_writes_nothing_and_says_what_was_read(ctx, signed, fixed, tmp_path):
    out = tmp_path / "代发.txt"
    bank.bank_file(ctx.uow(), signed.id, fixed, out)
    raw = out.read_bytes().replace(b"000000000045000", b"000000000045001")  # one amount changed, totals kept apart
    changed = tmp_path / "changed.txt"
    changed.write_bytes(raw)
    ret = bank_answers(changed, tmp_path / "回盘.txt", [("成功", "")] * 3)
    rc = bank.record_bank_return(ctx.uow(), signed.id, ret, fixed, today=D(2026, 12, 5))
    assert not rc.written and rc.problems
    assert rc.problems[0].code in ("return.total_differs", "return.amount_differs")
    assert [s for _h, s, _r, _d in statuses(ctx, signed.id)] == ["", "", ""]


def test_another_rosters_return_is_refused(ctx, signed, fixed, tmp_path):
    out = tmp_path / "代发.txt"
    bank.bank_file(ctx.uow(), signed.id, fixed, out)
    other = tmp_path / "other.txt"
    other.write_bytes(out.read_bytes().replace(f"DB202611R{signed.id}".encode(), b"DB202610R9".ljust(
        len(f"DB202611R{signed.id}"))))
    ret = bank_answers(other, tmp_path / "回盘.txt", [("成功", "")] * 3)
    rc = bank.record_bank_return(ctx.uow(), signed.id, ret, fixed, today=D(2026, 12, 5))
    assert not rc.written and {p.code for p in rc.problems} == {"return.other_batch", "return.other_roster"}
    from dibao_desk import messages

    assert "DB202610R9" in messages.text(rc.problems[0]) and "第 2 行" in messages.text(rc.problems[1])


def test_a_draft_roster_has_no_bank_file_and_a_card_failing_its_check_digit_is_left_out(
        ctx, homes, fixed, tmp_path):  # noqa: F811
    draft = payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30), made_by="王经办")
    with pytest.raises(RuleError) as err:
        bank.bank_file(ctx.uow(), draft.id, fixed, tmp_path / "x.txt")
    assert err.value.problems[0].code == "bank.not_signed"
    # a check-digit failure does not refuse signing (a typo the bank file names): that card is
    # left out of the file and recorded failed, the others are paid
    info = payroll.sign(ctx.uow(), draft.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    found = bank.transfers(ctx.uow(), draft.id)
    bad = [t for t in found if not luhn.is_valid(t.account)]
    assert bad and len(bad) < len(found)  # the fixture's made-up cards: most fail
    # signing named them as a warning, so the office can check before the file goes
    assert info.locked and info.warnings[0].code == "payroll.account_warning"
    assert info.warnings[0].params["households"] == len(bad)
    assert [(q.params["name"], q.params["account"]) for q in info.warnings[1:]] == [(t.name, t.account) for t in bad]
    from dibao_desk import messages

    text = messages.text(info.warnings[0])
    assert all(t.name in text for t in bad) and "审核照常进行" in text
    assert "卡号校验位不对" in messages.text(info.warnings[1])
    res = bank.bank_file(ctx.uow(), draft.id, fixed, tmp_path / "x.txt")
    assert res.count == len(found) - len(bad)
    assert {p.params["detail"] for p in res.left_out} == {"bank_account.luhn"}
    assert res.total_fen + res.left_out_fen == sum(t.amount_fen for t in found)
    failed = {h for h, s, _r, _d in statuses(ctx, draft.id) if s == "failed"}
    assert failed == {t.household_id for t in bad}


def test_a_roster_whose_accounts_all_pass_is_signed_without_a_warning(ctx, homes):  # noqa: F811
    for i, hid in enumerate(homes):
        set_account(ctx, hid, card(i + 1), "中国邮政储蓄银行德安县支行")
    info = payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30), made_by="王经办")
    done = payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    assert done.locked and done.warnings == ()


def test_a_household_without_an_account_is_named_in_a_whole_sentence_and_the_roster_is_not_signed(
        ctx, homes, fixed, tmp_path):  # noqa: F811
    """A signed roster cannot be made again: a household with no account found only at the bank
    file would hold up the whole township's payment. Signing refuses it, naming the household."""
    from dibao_desk import messages

    for i, hid in enumerate(homes):
        set_account(ctx, hid, card(i + 1))
    set_account(ctx, homes[1], "")
    info = payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30), made_by="王经办")
    with pytest.raises(RuleError) as err:
        payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    first = messages.text(err.value.problems[0])
    assert err.value.problems[0].code == "payroll.unpayable"
    assert "{" not in first and "户主1" in first and "1 户" in first, first
    assert any("没有账号" in messages.text(p) for p in err.value.problems[1:])
    assert payroll.find(ctx.uow(), "2026-11").status.value == "draft"
    set_account(ctx, homes[1], card(2))  # corrected, made again: signed
    info = payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30), made_by="王经办")
    assert payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30)).locked


def _clear_line_account(ctx, payroll_id, household_id):
    """What a store signed before signing checked accounts holds: a signed line with no account."""
    with ctx.uow() as uow:
        for x in uow.session.query(PayrollLine).filter_by(payroll_id=payroll_id, household_id=household_id):
            x.account = ""
        uow.commit()


def test_a_signed_roster_with_an_unpayable_account_pays_everyone_else_and_the_rest_goes_to_back_pay(
        ctx, homes, signed, fixed, tmp_path):  # noqa: F811
    a, b, c = homes
    _clear_line_account(ctx, signed.id, b)
    out = tmp_path / "代发.txt"
    res = bank.bank_file(ctx.uow(), signed.id, fixed, out, today=D(2026, 12, 1))
    assert (res.count, res.total_fen) == (2, 45000 + 30000)  # 60000 of b's left out
    assert res.left_out_fen == 60000 and [p.params["name"] for p in res.left_out] == ["户主1"]
    assert out.read_bytes().count(b"\r\n") == 2 + 2  # header, two transfers, trailer
    got = {h: (s, r) for h, s, r, _d in statuses(ctx, signed.id)}
    assert got[b] == ("failed", "账号缺失/无效") and got[a] == ("", "") and got[c] == ("", "")
    n = bank.counts(ctx.uow(), signed.id)
    assert (n.failed, n.failed_fen, n.unanswered, n.unanswered_fen) == (1, 60000, 2, 75000)
    with ctx.uow() as uow:
        audit = uow.session.query(AuditLog).filter_by(entity="payroll", action="bank_file").one()
        assert "户主1" in audit.after
    again = bank.bank_file(ctx.uow(), signed.id, fixed, tmp_path / "again.txt", today=D(2026, 12, 2))
    assert (again.count, again.total_fen, again.left_out_fen) == (2, 75000, 60000)
    # the bank pays the two it was sent; b's account is corrected: the 补发 roster pays b's 600 元
    ret = bank_answers(out, tmp_path / "回盘.txt", [("成功", ""), ("成功", "")])
    assert bank.record_bank_return(ctx.uow(), signed.id, ret, fixed, today=D(2026, 12, 3)).written
    n = bank.counts(ctx.uow(), signed.id)
    assert (n.paid, n.paid_fen, n.failed, n.failed_fen, n.unanswered) == (2, 75000, 1, 60000, 0)
    set_account(ctx, b, card(9))
    back = payroll.make(ctx.uow(), "2026-12", "back_pay", today=D(2026, 12, 3), made_by="王经办")
    assert (back.households, back.total_fen) == (1, 60000)
    with ctx.uow() as uow:
        line = uow.session.query(PayrollLine).filter_by(payroll_id=back.id).one()
        assert (line.household_id, line.account) == (b, card(9))


def test_a_return_is_not_recorded_on_a_draft_roster(ctx, homes, tmp_path):  # noqa: F811
    """Nothing is sent to the bank before the leader signs: an answer read onto a draft (the
    wrong roster picked in the terminal) would mark it paid, and be lost when it is made again."""
    for i, hid in enumerate(homes):
        set_account(ctx, hid, card(i + 1))
    draft = payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30), made_by="王经办")
    path = tmp_path / "回盘.csv"
    rows = ["账号,户名,金额,处理结果"] + [f"{t.account},{t.name},{t.amount_fen / 100:.2f},成功"
                                       for t in bank.transfers(ctx.uow(), draft.id)]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("gbk"))
    with pytest.raises(RuleError) as err:
        bank.record_bank_return(ctx.uow(), draft.id, path, today=D(2026, 12, 2))
    assert err.value.problems[0].code == "bank.not_signed"
    assert {s for _h, s, _r, _d in statuses(ctx, draft.id)} == {""}


def two_months_same_answer(ctx, homes, tmp_path):  # noqa: F811
    """November and December signed with the same accounts and amounts; the bank's csv (no
    reference of ours) for November recorded; returns (nov, dec, a copy of November's file)."""
    for i, hid in enumerate(homes):
        set_account(ctx, hid, card(i + 1))
    rosters = []
    for period in ("2026-11", "2026-12"):
        info = payroll.make(ctx.uow(), period, today=D(2026, 11, 30), made_by="王经办")
        payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
        rosters.append(info)
    nov, dec = rosters
    path = tmp_path / "邮储回盘1130.csv"
    rows = ["账号,户名,金额,处理结果,失败原因"] + [f"{t.account},{t.name},{t.amount_fen / 100:.2f},成功,"
                                             for t in bank.transfers(ctx.uow(), nov.id)]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("gbk"))
    assert bank.record_bank_return(ctx.uow(), nov.id, path, today=D(2026, 12, 2)).written
    again = tmp_path / "邮储回盘0103.csv"
    again.write_bytes(path.read_bytes())
    return nov, dec, again


def test_last_months_return_picked_again_for_this_month_is_refused(ctx, homes, tmp_path):  # noqa: F811
    """A bank's own csv carries no reference of ours. November's answer, recorded, then picked
    again from the folder for December's roster: every account and amount fits December too
    (nothing changed), so it would be recorded as December's answer. The same file is known."""
    nov, dec, again = two_months_same_answer(ctx, homes, tmp_path)
    rc = bank.record_bank_return(ctx.uow(), dec.id, again, today=D(2027, 1, 3))
    assert not rc.written and [p.code for p in rc.problems] == ["return.same_file"]
    from dibao_desk import messages
    text = messages.text(rc.problems[0])
    assert "2026-11" in text and "邮储回盘1130.csv" in text and "2026-12-02" in text, text
    assert {s for _h, s, _r, _d in statuses(ctx, dec.id)} == {""}
    # the same file for its own roster again is what it was: already recorded, no problem
    assert bank.record_bank_return(ctx.uow(), nov.id, tmp_path / "邮储回盘1130.csv", today=D(2026, 12, 3)).problems == ()


def test_a_bank_answering_two_months_with_the_same_file_is_recorded_once_the_office_confirms(
        ctx, homes, tmp_path):  # noqa: F811
    """A small township whose accounts and amounts did not change between November and
    December gets a byte-identical csv from a bank that writes no batch or date. Refused as last
    month's file picked again until the office confirms; then recorded for December, the
    confirmation in the audit row, and November's answers untouched."""
    nov, dec, again = two_months_same_answer(ctx, homes, tmp_path)
    assert [p.code for p in bank.record_bank_return(ctx.uow(), dec.id, again, today=D(2027, 1, 3)).problems] == [
        "return.same_file"]
    dry = bank.record_bank_return(ctx.uow(), dec.id, again, dry_run=True, today=D(2027, 1, 3), same_content=True)
    assert dry.problems == () and not dry.written and dry.paid == 3
    assert {s for _h, s, _r, _d in statuses(ctx, dec.id)} == {""}
    rc = bank.record_bank_return(ctx.uow(), dec.id, again, today=D(2027, 1, 3), same_content=True)
    assert rc.written and rc.paid == 3
    assert {s for _h, s, _r, _d in statuses(ctx, dec.id)} == {"paid"}
    assert {s for _h, s, _r, _d in statuses(ctx, nov.id)} == {"paid"}
    with ctx.uow() as uow:
        after = uow.session.query(AuditLog.after).filter_by(
            entity="payroll", entity_id=dec.id, action="bank_return").scalar()
    assert '"same_content_as"' in after and "邮储回盘1130.csv" in after


def test_the_terminal_says_how_to_record_a_return_the_same_as_another_month(ctx, homes, tmp_path, capsys):  # noqa: F811
    from dibao_desk.main import main

    nov, dec, again = two_months_same_answer(ctx, homes, tmp_path)
    args = ["--data-dir", str(ctx.data_dir), "payroll", "bank-return", "--period", "2026-12", str(again)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "内容完全相同" in err and "--same-content" in err
    assert {s for _h, s, _r, _d in statuses(ctx, dec.id)} == {""}
    assert main([*args[:-1], "--same-content", str(again)]) == 0
    assert "已记录银行回盘" in capsys.readouterr().out
    assert {s for _h, s, _r, _d in statuses(ctx, dec.id)} == {"paid"}


def test_a_return_with_a_long_reason_read_again_is_already_recorded(ctx, homes, tmp_path):  # noqa: F811
    for i, hid in enumerate(homes):
        set_account(ctx, hid, card(i + 1))
    info = payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30), made_by="王经办")
    payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    why = "账户状态异常：" + "该账户已被司法冻结，请持户主身份证到开户网点办理解冻手续后重新发起代发" * 6
    assert len(why) > 200
    path = tmp_path / "回盘.csv"
    rows = ["账号,户名,金额,处理结果,失败原因"] + [
        f"{t.account},{t.name},{t.amount_fen / 100:.2f},{'失败' if n == 0 else '成功'},{why if n == 0 else ''}"
        for n, t in enumerate(bank.transfers(ctx.uow(), info.id))]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("gbk"))
    assert bank.record_bank_return(ctx.uow(), info.id, path, today=D(2026, 12, 2)).written
    again = bank.record_bank_return(ctx.uow(), info.id, path, today=D(2026, 12, 3))
    assert again.problems == () and again.already == 3


def test_a_failed_transfer_on_an_unchanged_account_is_re_sent_when_asked_and_never_twice(
        ctx, homes, signed, fixed, tmp_path):  # noqa: F811
    """A frozen account unfrozen since, an error on the bank's side: the account is right, the
    money was not paid. The office re-sends it by a 补发 roster once it has checked with the bank;
    once re-sent on a signed roster, or paid, it is never offered again."""
    a, b, c = homes
    out = tmp_path / "代发.txt"
    bank.bank_file(ctx.uow(), signed.id, fixed, out, today=D(2026, 11, 30))
    ret = bank_answers(out, tmp_path / "回盘.txt", [("成功", ""), ("失败", "账户冻结"), ("成功", "")])
    assert bank.record_bank_return(ctx.uow(), signed.id, ret, fixed, today=D(2026, 12, 1)).written

    [f] = payroll.unchanged_failed(ctx.uow())
    assert (f.household_id, f.name, f.account, f.total_fen, f.bank_reason, f.period) == (
        b, "户主1", card(2), 60000, "账户冻结", "2026-11")
    plain = payroll.make(ctx.uow(), "2026-12", "back_pay", today=D(2026, 12, 1), made_by="王经办")
    assert (plain.households, plain.total_fen) == (0, 0)  # not re-sent unless asked: it may fail again

    back = payroll.make(ctx.uow(), "2026-12", "back_pay", today=D(2026, 12, 1), made_by="王经办",
                        resend_unchanged=True)
    assert (back.households, back.total_fen, back.back_pay_fen) == (1, 60000, 60000)
    with ctx.uow() as uow:
        line = uow.session.query(PayrollLine).filter_by(payroll_id=back.id).one()
        assert (line.household_id, line.account, line.carried_from_line_id) == (b, card(2), f.line_id)
        assert "账户冻结" in line.reason and "原账号" in line.reason
    payroll.sign(ctx.uow(), back.id, "李镇长", D(2026, 12, 1), today=D(2026, 12, 1))
    assert payroll.unchanged_failed(ctx.uow()) == []  # re-sent on a signed roster: not offered again
    again = payroll.make(ctx.uow(), "2026-12", "back_pay", today=D(2026, 12, 2), made_by="王经办",
                         name="第二批", resend_unchanged=True)
    assert again.total_fen == 0

    out2 = tmp_path / "补发.txt"
    res = bank.bank_file(ctx.uow(), back.id, fixed, out2, today=D(2026, 12, 2))
    assert (res.count, res.total_fen) == (1, 60000)
    ret2 = bank_answers(out2, tmp_path / "补发回盘.txt", [("成功", "")])
    assert bank.record_bank_return(ctx.uow(), back.id, ret2, fixed, today=D(2026, 12, 3)).written
    paid = bank.counts(ctx.uow(), back.id)
    assert (paid.paid, paid.paid_fen, paid.failed) == (1, 60000, 0)
    assert payroll.unchanged_failed(ctx.uow()) == []
    third = payroll.make(ctx.uow(), "2026-12", "back_pay", today=D(2026, 12, 3), made_by="王经办",
                         name="第三批", resend_unchanged=True)
    assert third.total_fen == 0


def test_a_failed_transfer_confirmed_paid_or_without_a_payable_account_is_not_offered(
        ctx, homes, signed, fixed, tmp_path):  # noqa: F811
    a, b, c = homes
    out = tmp_path / "代发.txt"
    bank.bank_file(ctx.uow(), signed.id, fixed, out, today=D(2026, 11, 30))
    ret = bank_answers(out, tmp_path / "回盘.txt", [("失败", "账户冻结"), ("失败", "户名不符"), ("成功", "")])
    bank.record_bank_return(ctx.uow(), signed.id, ret, fixed, today=D(2026, 12, 1))
    assert {f.household_id for f in payroll.unchanged_failed(ctx.uow())} == {a, b}
    set_account(ctx, b, "")  # cleared: nothing to send to
    set_account(ctx, a, card(7))  # corrected: re-sent as such, without being asked
    assert payroll.unchanged_failed(ctx.uow()) == []
    back = payroll.make(ctx.uow(), "2026-12", "back_pay", today=D(2026, 12, 1), made_by="王经办",
                        resend_unchanged=True)
    assert (back.households, back.total_fen) == (1, 45000)


def test_a_signed_roster_whose_every_account_is_unpayable_writes_no_file_and_records_all_failed(
        ctx, homes, signed, fixed, tmp_path):  # noqa: F811
    from dibao_desk import messages

    for hid in homes:
        _clear_line_account(ctx, signed.id, hid)
    out = tmp_path / "代发.txt"
    with pytest.raises(RuleError) as err:
        bank.bank_file(ctx.uow(), signed.id, fixed, out, today=D(2026, 12, 1))
    assert err.value.problems[0].code == "bank.all_left_out" and not out.exists()
    assert "3 户" in messages.text(err.value.problems[0])
    assert {(s, r) for _h, s, r, _d in statuses(ctx, signed.id)} == {("failed", "账号缺失/无效")}
    n = bank.counts(ctx.uow(), signed.id)
    assert (n.failed, n.failed_fen, n.unanswered) == (3, 135000, 0)


def test_a_name_kept_with_a_bullet_for_its_dot_is_written_to_a_gbk_file_with_the_id_cards_dot(
        ctx, homes, fixed, tmp_path):  # noqa: F811
    """GBK has no • (nor ・): a name imported as typed, 买买提•艾力, refused the whole bank file."""
    from dibao_desk.models import Household, Member

    a = homes[0]
    with ctx.uow() as uow:
        uow.session.query(Member).filter_by(household_id=a, position=0).update({"name": "买买提•艾力"})
        uow.session.query(Household).filter_by(id=a).update({"head_name": "买买提•艾力"})
        uow.commit()
    for i, hid in enumerate(homes):
        set_account(ctx, hid, card(i + 1), "中国邮政储蓄银行德安县支行")
    info = payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30))
    payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    out = tmp_path / "代发.txt"
    res = bank.bank_file(ctx.uow(), info.id, fixed, out, today=D(2026, 11, 30))
    assert res.count == 3
    assert "买买提·艾力".encode("gbk") in out.read_bytes()
    # the bank answers with the name as written: the return is recorded
    ret = bank_answers(out, tmp_path / "回盘.txt", [("成功", "")] * 3)
    rc = bank.record_bank_return(ctx.uow(), info.id, ret, fixed, today=D(2026, 12, 3))
    assert (rc.written, rc.paid, rc.problems) == (True, 3, ())


def test_a_21_digit_account_stored_before_the_check_refuses_signing_and_is_never_cut(ctx, homes):  # noqa: F811
    # An account registered before accounts longer than the bank file's 20-byte column were
    # refused: signing names it, so it is corrected before the file, not cut in it.
    for i, hid in enumerate(homes):
        set_account(ctx, hid, card(i + 1), "中国邮政储蓄银行德安县支行")
    set_account(ctx, homes[1], "620123456789012345678", "德安县农村信用社")
    info = payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30))
    with pytest.raises(RuleError) as refused:
        payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    codes = [(p.code, p.params.get("detail")) for p in refused.value.problems]
    assert codes == [("payroll.unpayable", None), ("bank.account", "bank_account.too_long")]
    assert refused.value.problems[1].params["account"] == "620123456789012345678"
