"""开户人: a household's bank account opened in a member's name. The form's warnings, what the
household keeps, the roster and the bank file paying the holder's name, signing refused when the
holder has left, and a 户名不符 return re-sent once the holder is recorded. Fixed clocks on month
ends, once the real date."""

import datetime as dt
from dataclasses import replace

import pytest

from dibao_desk import messages
from dibao_desk.domain import bank_holder
from dibao_desk.domain.bank_holder import HolderState, holder_of
from dibao_desk.domain.household import MemberDraft
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import Household, PayrollLine
from dibao_desk.printing.payroll import payee
from dibao_desk.services import bank, events, households, payroll
from tests.conftest import make_id, simple_draft
from tests.unit.test_bank import bank_answers, card, fixed  # noqa: F401 (fixture)
from tests.unit.test_ledger import put_on_benefit

D = dt.date
HEAD_ID = make_id("19500315", 11)
DAUGHTER_ID = make_id("19780402", 22)
GRANDSON_ID = make_id("20100228", 33)  # born 28 Feb 2010


def _members(*extra):
    return (MemberDraft("李秀英", DAUGHTER_ID, "daughter"), *extra)


# ---- the rule ----------------------------------------------------------------------------

def test_holder_of_says_head_member_left_or_gone():
    members = [("王大山", HEAD_ID, "normal"), ("李秀英", DAUGHTER_ID, "normal"), ("王小", GRANDSON_ID, "dead")]
    assert holder_of(None, "王大山", HEAD_ID, members) == bank_holder.Holder("王大山", HEAD_ID, HolderState.HEAD)
    assert holder_of(HEAD_ID, "王大山", HEAD_ID, members).state is HolderState.HEAD
    found = holder_of(DAUGHTER_ID, "王大山", HEAD_ID, members)
    assert (found.name, found.id_number, found.state, found.payable) == ("李秀英", DAUGHTER_ID, HolderState.MEMBER,
                                                                         True)
    assert holder_of(GRANDSON_ID, "王大山", HEAD_ID, members).state is HolderState.LEFT
    gone = holder_of(DAUGHTER_ID, "王大山", HEAD_ID, members[:1])  # moved to another household
    assert (gone.name, gone.state, gone.payable, gone.recorded) == ("王大山", HolderState.GONE, False, DAUGHTER_ID)


@pytest.mark.parametrize("reason,refused", [
    ("户名不符", True), ("户名与账号不符", True), ("账户名称不一致", True), ("姓名不符", True),
    ("账户冻结", False), ("", False), (None, False), ("账号不存在", False)])
def test_a_return_saying_the_name_did_not_match(reason, refused):
    assert bank_holder.name_refused(reason) is refused


@pytest.mark.parametrize("today,minor", [
    (D(2026, 2, 27), True),    # the day before the 16th birthday
    (D(2026, 2, 28), False),   # born 28 Feb: 16 on 28 Feb
    (D(2025, 12, 31), True),
    (D(2026, 11, 30), False),
])
def test_a_minor_holder_is_a_warning_at_the_forms_date(today, minor):
    draft = simple_draft(1, head="王大山", head_id=HEAD_ID, extra_members=_members(
        MemberDraft("王小", GRANDSON_ID, "grandson")), bank_holder_id_number=GRANDSON_ID)
    found = bank_holder.draft_problems(draft, today)
    assert [p.code for p in found] == (["household.holder_minor"] if minor else [])
    assert all(p.severity == "warning" for p in found)
    if minor:
        assert "王小" in messages.text(found[0]) and "15 岁" in messages.text(found[0])


def test_a_holder_born_on_29_february_is_16_on_29_february():
    leap = make_id("20080229", 35)
    draft = simple_draft(1, head="王大山", head_id=HEAD_ID, extra_members=(MemberDraft("王闰", leap, "grandson"),),
                         bank_holder_id_number=leap)
    assert [p.code for p in bank_holder.draft_problems(draft, D(2024, 2, 28))] == ["household.holder_minor"]
    assert bank_holder.draft_problems(draft, D(2024, 2, 29)) == []


def test_on_the_real_date_a_child_holder_is_a_minor_and_the_check_uses_the_clock_only_when_no_date_is_given(
        ctx, villages):
    today = dt.date.today()
    child = make_id(f"{today.year - 10}0101", 37)
    draft = simple_draft(villages["东风村"], head="王大山", head_id=HEAD_ID, extra_members=(
        MemberDraft("王童", child, "grandson", work_capacity="none"),), bank_holder_id_number=child)
    assert "household.holder_minor" in {p.code for p in households.check(ctx.uow(), draft, look_up=False)}
    later = dt.date(today.year + 7, 1, 1)  # 16 by then: the date given is the one that counts
    assert "household.holder_minor" not in {p.code for p in households.check(ctx.uow(), draft, today=later,
                                                                               look_up=False)}


def test_a_holder_who_left_or_is_not_a_member_is_a_warning_and_the_head_none_at_all():
    left = simple_draft(1, head="王大山", head_id=HEAD_ID, extra_members=(
        MemberDraft("李秀英", DAUGHTER_ID, "daughter", person_status="dead"),), bank_holder_id_number=DAUGHTER_ID)
    [p] = bank_holder.draft_problems(left, D(2026, 12, 31))
    assert (p.code, p.severity) == ("household.holder_left", "warning")
    assert messages.text(p) == "开户人李秀英已不在本户（死亡），银行账户须改用在户成员的账户"
    other = replace(left, bank_holder_id_number=make_id("19900101", 44))
    assert [p.code for p in bank_holder.draft_problems(other, D(2026, 12, 31))] == ["household.holder_not_member"]
    assert bank_holder.draft_problems(replace(left, bank_holder_id_number=HEAD_ID), D(2026, 12, 31)) == []
    assert bank_holder.draft_problems(replace(left, bank_holder_id_number=""), dt.date.today()) == []


# ---- the household keeps it ----------------------------------------------------------------

@pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)
def test_saving_keeps_the_members_id_number_and_the_head_as_none(ctx, villages):
    draft = simple_draft(villages["东风村"], head="王大山", head_id=HEAD_ID, extra_members=_members(),
                         bank_holder_id_number=f" {DAUGHTER_ID[:9]} {DAUGHTER_ID[9:]}")
    saved = households.save(ctx.uow(), draft, today=D(2026, 11, 30))
    assert saved.draft.bank_holder_id_number == DAUGHTER_ID
    with ctx.uow() as uow:
        assert uow.session.get(Household, saved.id).bank_holder_id_number == DAUGHTER_ID
    again = households.save(ctx.uow(), replace(saved.draft, bank_holder_id_number=HEAD_ID), saved.id,
                            today=D(2026, 12, 31))
    with ctx.uow() as uow:
        assert uow.session.get(Household, again.id).bank_holder_id_number is None  # the head holds it
    assert again.draft.bank_holder_id_number == ""


def test_checking_the_form_warns_of_a_minor_holder_at_the_date_given_not_the_clock(ctx, villages):
    draft = simple_draft(villages["东风村"], head="王大山", head_id=HEAD_ID, extra_members=_members(
        MemberDraft("王小", GRANDSON_ID, "grandson", work_capacity="none")), bank_holder_id_number=GRANDSON_ID)
    codes = {p.code for p in households.check(ctx.uow(), draft, today=D(2026, 1, 31))}
    assert "household.holder_minor" in codes
    codes = {p.code for p in households.check(ctx.uow(), draft, today=D(2026, 2, 28))}
    assert "household.holder_minor" not in codes
    households.save(ctx.uow(), draft, today=D(2026, 1, 31))  # a warning: saved all the same


# ---- the roster and the bank ---------------------------------------------------------------

@pytest.fixture
def held(ctx, villages):
    """王大山's household (450 元) paid into 李秀英's account, and 张三's (head holds it)."""
    a = households.save(ctx.uow(), simple_draft(villages["东风村"], head="王大山", head_id=HEAD_ID, wages_fen=0,
                                                extra_members=_members(), bank_name="中国邮政储蓄银行德安县支行",
                                                bank_account=card(1), bank_holder_id_number=DAUGHTER_ID),
                        today=D(2026, 3, 1))
    b = households.save(ctx.uow(), simple_draft(villages["东风村"], head="张三", head_id=make_id("19600315", 13),
                                                wages_fen=0, bank_name="中国邮政储蓄银行德安县支行",
                                                bank_account=card(2)), today=D(2026, 3, 1))
    put_on_benefit(ctx, a.id, fen=45000, today=D(2026, 9, 30))
    put_on_benefit(ctx, b.id, fen=30000, today=D(2026, 9, 30))
    return a.id, b.id


def _lines(ctx, payroll_id):
    return {x.household_id: x for x in payroll.lines(ctx.uow(), payroll_id) if not x.zero}


@pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)
def test_the_roster_pays_the_holders_name_and_says_whose_household(ctx, held):
    a, b = held
    info = payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30), made_by="王经办")
    lines = _lines(ctx, info.id)
    assert (lines[a].account_name, lines[a].id_number, lines[a].head_name) == ("李秀英", DAUGHTER_ID, "王大山")
    assert (lines[b].account_name, lines[b].head_name) == ("张三", "张三")
    assert payee(lines[a]) == "李秀英（户主 王大山）"
    assert payee(lines[b]) == "张三"


def test_the_bank_file_carries_the_holders_name_in_gbk(ctx, held, fixed, tmp_path):  # noqa: F811
    a, _b = held
    info = payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30), made_by="王经办")
    payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    out = tmp_path / "代发.txt"
    bank.bank_file(ctx.uow(), info.id, fixed, out, today=D(2026, 11, 30))
    raw = out.read_bytes()
    assert "李秀英".encode("gbk") in raw and DAUGHTER_ID.encode() in raw
    assert "王大山".encode("gbk") not in raw and HEAD_ID.encode() not in raw
    [t] = [t for t in bank.transfers(ctx.uow(), info.id) if t.household_id == a]
    assert (t.name, t.id_number, t.account) == ("李秀英", DAUGHTER_ID, card(1))


def test_signing_is_refused_when_the_holder_has_died_naming_the_household(ctx, held):
    a, _b = held
    info = payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30), made_by="王经办")
    daughter = events.find_member(ctx.uow(), a, "李秀英")
    events.add_event(ctx.uow(), a, "death", D(2026, 11, 30), member_id=daughter, today=D(2026, 11, 30))
    with pytest.raises(RuleError) as err:
        payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    [p] = err.value.problems
    assert p.code == "payroll.holder_gone" and p.params["households"] == 1
    said = messages.text(p)
    assert "王大山" in said and "李秀英" in said and "张三" not in said
    assert payroll.show(ctx.uow(), info.id).status.value == "draft"
    # the office records the head as holder (with the head's account): signed
    detail = households.get(ctx.uow(), a)
    assert detail.draft.bank_holder_id_number == DAUGHTER_ID  # kept: the form shows it fell back
    with ctx.uow() as uow:
        uow.session.get(Household, a).bank_holder_id_number = None
        uow.commit()
    payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30), made_by="王经办")
    again = payroll.find(ctx.uow(), "2026-12")
    assert payroll.sign(ctx.uow(), again.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30)).locked
    assert _lines(ctx, again.id)[a].account_name == "王大山"


def test_a_holder_moved_to_another_household_falls_back_to_the_head_and_refuses_signing(ctx, held, villages):
    a, _b = held
    daughter = events.find_member(ctx.uow(), a, "李秀英")
    events.add_event(ctx.uow(), a, "moved_away", D(2026, 10, 31), "分户另立", member_id=daughter,
                     today=D(2026, 10, 31))
    households.save(ctx.uow(), simple_draft(villages["东风村"], head="李秀英", head_id=DAUGHTER_ID),
                    today=D(2026, 10, 31))  # her record moves to her own household
    info = payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30), made_by="王经办")
    assert _lines(ctx, info.id)[a].account_name == "王大山"  # the record no longer holds her name
    with pytest.raises(RuleError) as err:
        payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    assert err.value.problems[0].code == "payroll.holder_gone"


def test_a_name_mismatch_return_is_re_sent_once_the_holder_is_recorded(ctx, villages, fixed, tmp_path):  # noqa: F811
    """Paid under the head's name into the daughter's account, the bank returns 户名不符; the
    office records her as holder: the next 补发 re-sends it to the same account under her name."""
    hh = households.save(ctx.uow(), simple_draft(villages["东风村"], head="王大山", head_id=HEAD_ID, wages_fen=0,
                                                 extra_members=_members(), bank_name="中国邮政储蓄银行德安县支行",
                                                 bank_account=card(1)), today=D(2026, 3, 1))
    put_on_benefit(ctx, hh.id, fen=45000, today=D(2026, 9, 30))
    info = payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30), made_by="王经办")
    payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    out = tmp_path / "代发.txt"
    bank.bank_file(ctx.uow(), info.id, fixed, out, today=D(2026, 11, 30))
    ret = bank_answers(out, tmp_path / "回盘.txt", [("失败", "户名不符")])
    assert bank.record_bank_return(ctx.uow(), info.id, ret, fixed, today=D(2026, 12, 1)).written

    before = payroll.make(ctx.uow(), "2026-12", "back_pay", today=D(2026, 12, 1), made_by="王经办")
    assert before.total_fen == 0  # same account, same name: nothing changed yet

    detail = households.get(ctx.uow(), hh.id)
    households.save(ctx.uow(), replace(detail.draft, bank_holder_id_number=DAUGHTER_ID), hh.id,
                    today=D(2026, 12, 1))
    back = payroll.make(ctx.uow(), "2026-12", "back_pay", today=D(2026, 12, 1), made_by="王经办")
    assert (back.households, back.total_fen) == (1, 45000)
    with ctx.uow() as uow:
        line = uow.session.query(PayrollLine).filter_by(payroll_id=back.id).one()
        assert (line.account_name, line.id_number, line.account, line.head_name) == (
            "李秀英", DAUGHTER_ID, card(1), "王大山")
        assert "户名不符" in line.reason and "李秀英" in line.reason
    assert payroll.unchanged_failed(ctx.uow()) == []  # changed: not offered as unchanged


# ---- the 台账 ---------------------------------------------------------------------------------

@pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)
def test_the_ledger_book_names_the_holder_only_when_not_the_head(ctx, held):
    from dibao_desk.services import statistics

    t = statistics.ledger_book(ctx.uow(), D(2026, 11, 1), today=D(2026, 11, 30))
    col = {h: i for i, h in enumerate(t.headers)}
    rows = {r[col["户主姓名"]]: r for r in t.rows}
    assert rows["王大山"][col["开户人（非户主时）"]] == "李秀英"
    assert rows["张三"][col["开户人（非户主时）"]] == ""
    assert col["开户人（非户主时）"] == col["银行账号"] + 1


# ---- the bank's list of accounts ---------------------------------------------------------------

def _bank_list(path, header, rows):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["德安县邮储银行低保代发开户清单"])
    ws.append(list(header))
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def _stored_holder(ctx, hid):
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        return h.bank_account, h.bank_holder_id_number


@pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)
def test_the_bank_list_sets_the_holder_from_its_holder_id_column_and_a_holder_alone_is_a_correction(
        ctx, villages, tmp_path):
    from dibao_desk.services import bank_accounts

    hh = households.save(ctx.uow(), simple_draft(villages["东风村"], head="王大山", head_id=HEAD_ID, extra_members=_members(),
                                                 bank_name="邮储", bank_account=card(1)), today=D(2026, 12, 31))
    path = _bank_list(tmp_path / "开户.xlsx", ("户主姓名", "身份证号", "开户人身份证号", "账号", "开户行"),
                      [("王大山", HEAD_ID, DAUGHTER_ID, card(1), "邮储")])
    pv = bank_accounts.preview(ctx.uow(), path)
    [r] = pv.rows
    assert (r.change, r.holder, r.holder_id, r.holder_name, r.before_holder) == (
        "corrected", "head", DAUGHTER_ID, "李秀英", "")
    bank_accounts.apply(ctx.uow(), pv)
    assert _stored_holder(ctx, hh.id) == (card(1), DAUGHTER_ID)
    again = bank_accounts.preview(ctx.uow(), path)
    assert again.rows[0].change == "unchanged"


def test_a_holder_named_in_the_list_is_matched_to_one_member_or_the_whole_import_is_refused(ctx, villages, tmp_path):
    from dibao_desk.services import bank_accounts

    a = households.save(ctx.uow(), simple_draft(villages["东风村"], head="王大山", head_id=HEAD_ID, extra_members=_members(),
                                                bank_name="邮储", bank_account=card(1)), today=D(2026, 11, 30))
    b = households.save(ctx.uow(), simple_draft(villages["东风村"], head="张三", head_id=make_id("19600315", 13)),
                        today=D(2026, 11, 30))
    header = ("姓名", "身份证号", "开户人姓名", "账号", "开户行")
    rows = [("王大山", HEAD_ID, "李秀英", card(5), "邮储"),
            ("张三", make_id("19600315", 13), "张小三", card(6), "邮储")]  # no such member
    pv = bank_accounts.preview(ctx.uow(), _bank_list(tmp_path / "a.xlsx", header, rows))
    assert [(r.change, r.holder_id) for r in pv.rows] == [("corrected", DAUGHTER_ID), ("error", "")]
    assert "该户没有名叫“张小三”的成员" in messages.text(pv.rows[1].problems[0])
    with pytest.raises(RuleError):
        bank_accounts.apply(ctx.uow(), pv)
    assert _stored_holder(ctx, a.id) == (card(1), None) and _stored_holder(ctx, b.id) == ("", None)  # nothing written

    rows[1] = ("张三", make_id("19600315", 13), "张三", card(6), "邮储")  # the head by name: the head holds it
    pv = bank_accounts.preview(ctx.uow(), _bank_list(tmp_path / "b.xlsx", header, rows))
    assert [(r.change, r.holder_id) for r in pv.rows] == [("corrected", DAUGHTER_ID), ("filled", "")]
    bank_accounts.apply(ctx.uow(), pv)
    assert _stored_holder(ctx, a.id) == (card(5), DAUGHTER_ID) and _stored_holder(ctx, b.id) == (card(6), None)


def test_a_row_of_a_member_makes_that_member_the_holder_and_a_stranger_as_holder_is_an_error(ctx, villages, tmp_path):
    from dibao_desk.services import bank_accounts

    hh = households.save(ctx.uow(), simple_draft(villages["东风村"], head="王大山", head_id=HEAD_ID, extra_members=_members()),
                         today=D(2026, 11, 30))
    path = _bank_list(tmp_path / "a.xlsx", ("姓名", "身份证号", "账号", "开户行"), [("李秀英", DAUGHTER_ID, card(7), "邮储")])
    pv = bank_accounts.preview(ctx.uow(), path)
    assert [(r.change, r.holder, r.holder_id) for r in pv.rows] == [("filled", "member", DAUGHTER_ID)]
    bank_accounts.apply(ctx.uow(), pv)
    assert _stored_holder(ctx, hh.id) == (card(7), DAUGHTER_ID)
    stranger = make_id("19900101", 41)
    path = _bank_list(tmp_path / "b.xlsx", ("姓名", "身份证号", "开户人身份证号", "账号"),
                      [("王大山", HEAD_ID, stranger, card(7))])
    [r] = bank_accounts.preview(ctx.uow(), path).rows
    assert r.change == "error" and r.problems[0].code == "accounts_import.holder_not_member"


def test_a_head_who_dies_leaves_the_account_recorded_in_his_name_until_the_office_changes_it(ctx, held):
    a, _b = held
    with ctx.uow() as uow:
        uow.session.get(Household, a).bank_holder_id_number = None  # the head holds the account
        uow.commit()
    head = events.find_member(ctx.uow(), a, "王大山")
    daughter = events.find_member(ctx.uow(), a, "李秀英")
    r = events.add_event(ctx.uow(), a, "death", D(2026, 11, 30), member_id=head, new_head_id=daughter,
                         today=D(2026, 11, 30))
    assert r.new_head == "李秀英"
    draft = households.get(ctx.uow(), a).draft
    assert draft.bank_holder_id_number == HEAD_ID  # the account is still the dead head's
    assert [p.code for p in bank_holder.draft_problems(draft, D(2026, 11, 30))] == ["household.holder_left"]
    info = payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30), made_by="王经办")
    assert _lines(ctx, info.id)[a].account_name == "王大山"  # not the new head's name into his account
    with pytest.raises(RuleError) as err:
        payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    assert err.value.problems[0].code == "payroll.holder_gone"
    # the office gives the new head's account with 开户人 户主: paid under her name
    households.save(ctx.uow(), replace(draft, bank_account=card(9), bank_holder_id_number=""), a,
                    today=D(2026, 11, 30))
    again = payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30), made_by="王经办")
    assert _lines(ctx, again.id)[a].account_name == "李秀英"
    assert payroll.sign(ctx.uow(), again.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30)).locked


def test_the_payments_package_pays_the_holder_and_names_the_head(ctx, held, tmp_path):
    from dibao_desk.exchange import package as pkg
    from dibao_desk.exchange import packages_out
    from dibao_desk.services import exchange

    info = payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30), made_by="王经办")
    payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    result = exchange.export_package(ctx.uow(), "payments", "2026-12", tmp_path / "造册.xlsx", today=D(2026, 11, 30))
    p = pkg.read_package(result.path, specs=packages_out.specs_for("payments"))
    assert sorted((r["name"], r["id_number"], r["head_name"]) for r in p.sheets["造册"]) == [
        ("张三", make_id("19600315", 13), "张三"), ("李秀英", DAUGHTER_ID, "王大山")]


# ---- a minor holder in the imports (a warning, as in the form) ---------------------------

NEW_YEAR_EVE = make_id("20101231", 51)  # 16 on 31 Dec 2026
NEW_YEAR = make_id("20110101", 53)  # 16 on 1 Jan 2027


@pytest.mark.parametrize("today,minors", [
    (D(2026, 12, 30), ["王除夕", "王元旦"]),
    (D(2026, 12, 31), ["王元旦"]),  # the 31 Dec child is 16 today
    (D(2027, 1, 1), []),
    (D(2026, 2, 28), ["王除夕", "王元旦"]),
    (D(2026, 11, 30), ["王除夕", "王元旦"]),
])
def test_the_bank_accounts_list_warns_of_a_holder_under_16_and_still_imports(ctx, villages, tmp_path, today, minors):
    from dibao_desk.services import bank_accounts

    heads = (HEAD_ID, make_id("19520101", 13))
    made = [households.save(ctx.uow(), simple_draft(villages["东风村"], head=head, head_id=number, extra_members=(
        MemberDraft(child, child_id, "grandson", work_capacity="none"),)), today=D(2026, 11, 30)).id
        for head, number, child, child_id in (("王大山", heads[0], "王除夕", NEW_YEAR_EVE),
                                              ("王二山", heads[1], "王元旦", NEW_YEAR))]
    path = _bank_list(tmp_path / "开户.xlsx", ("户主姓名", "身份证号", "开户人身份证号", "账号", "开户行"),
                      [("王大山", heads[0], NEW_YEAR_EVE, card(1), "邮储"), ("王二山", heads[1], NEW_YEAR, card(2), "邮储")])
    pv = bank_accounts.preview(ctx.uow(), path, today=today)
    warned = [p for r in pv.rows for p in r.problems]
    assert [p.params.get("name") for p in warned] == minors, [messages.text(p) for p in warned]
    assert all(p.code == "accounts_import.holder_minor" and p.severity == "warning" for p in warned)
    if minors:
        assert "开户人王元旦只有 15 岁（未满16岁）" in messages.text(warned[-1])
    assert [r.change for r in pv.rows] == ["filled", "filled"] and not pv.blocking  # a warning, never a refusal
    bank_accounts.apply(ctx.uow(), pv)
    assert [_stored_holder(ctx, hid) for hid in made] == [(card(1), NEW_YEAR_EVE), (card(2), NEW_YEAR)]


def test_the_bank_accounts_list_tells_a_minor_holder_on_the_real_date(ctx, villages, tmp_path):
    from dibao_desk.services import bank_accounts

    child = make_id(f"{dt.date.today().year - 10}0101", 37)
    households.save(ctx.uow(), simple_draft(villages["东风村"], head="王大山", head_id=HEAD_ID, extra_members=(
        MemberDraft("王童", child, "grandson", work_capacity="none"),)))
    path = _bank_list(tmp_path / "开户.xlsx", ("姓名", "身份证号", "账号", "开户行"), [("王童", child, card(3), "邮储")])
    [r] = bank_accounts.preview(ctx.uow(), path).rows
    assert [p.code for p in r.problems] == ["accounts_import.holder_minor"] and r.change == "filled"
