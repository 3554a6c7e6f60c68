"""Accounts: setup, sign-in with lockout, roles enforced by the services, demo stores ask nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from dibao_desk.domain import accounts as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.policy import PolicyFigures  # noqa: F401
from dibao_desk import messages
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import accounts, backup, households, office, restore
from dibao_desk.services.context import open_context
from tests.conftest import make_id, simple_draft

PASSWORD = "dibao-2026"


def _info(**kw):
    base = dict(name="车桥镇", admin_code="360426101000", county_name="德安县", complaint_phone="",
                complaint_box="", mode="township", operator="")
    return office.OfficeInfo(**{**base, **kw})


@pytest.fixture
def real(tmp_path):
    """An office's store made by setup: 刘主任 (every role), 小王 (经办人), 老李 (审核人)."""
    ctx = open_context(tmp_path / "real")
    admin = accounts.setup(ctx.uow(), _info(), "刘主任", PASSWORD)
    ctx.sign_in(admin)
    accounts.create_account(ctx.uow(), "小王", PASSWORD, {Role.CLERK})
    accounts.create_account(ctx.uow(), "老李", PASSWORD, {Role.REVIEWER})
    office.add_village(ctx.uow(), "东风村")
    yield ctx
    ctx.close()


def _as(ctx, name):
    ctx.sign_in(accounts.sign_in(ctx.uow(), name, PASSWORD))
    return ctx


def test_setup_makes_an_administrator_holding_every_role(real):
    assert accounts.needs_sign_in(real.uow()) and not accounts.is_demo(real.uow())
    by_name = {a.name: a for a in accounts.list_accounts(real.uow())}
    assert by_name["刘主任"].roles == rules.ALL_ROLES
    con = sqlite3.connect(real.store.path)
    stored = con.execute("select password_hash from account where name = '刘主任'").fetchone()[0]
    con.close()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert PASSWORD.encode() not in real.store.path.read_bytes()


def test_roles_are_enforced_by_the_services(real):
    village = office.list_villages(real.uow())[0].id
    _as(real, "老李")  # 审核人 only
    with pytest.raises(RuleError) as info:
        households.save(real.uow(), simple_draft(village))
    assert info.value.problems[0].code == "account.forbidden.clerk"
    _as(real, "小王")  # 经办人 only
    detail = households.save(real.uow(), simple_draft(village), today=dt.date(2026, 11, 30))
    for call in (lambda: office.save_office(real.uow(), _info(complaint_phone="1")),
                 lambda: accounts.create_account(real.uow(), "新人", PASSWORD, {Role.CLERK}),
                 lambda: backup.set_backup_folder(real.uow(), real.data_dir),
                 lambda: restore.restore(real, real.store.path)):
        with pytest.raises(RuleError) as info:
            call()
        assert info.value.problems[0].code == "account.forbidden.admin"
    con = sqlite3.connect(real.store.path)
    who = con.execute("select operator from audit_log where entity = 'household' and entity_id = ?",
                      (detail.id,)).fetchone()[0]
    con.close()
    assert who == "小王"  # the audit row names the account


def test_only_a_clerk_records_a_households_answer_to_a_crosscheck_warning(real):
    """核对预警: the window lets only a 经办人 record the answer; the service refuses a 审核人 too."""
    from dibao_desk.domain.registers import WarningStatus
    from dibao_desk.models import CrossCheckWarning
    from dibao_desk.services import exchange

    uow = real.uow()
    with uow:
        warning = CrossCheckWarning(id_number="360426199001011234", name="张三", kind="vehicle",
                                    answer_by=dt.date(2028, 2, 29))
        uow.session.add(warning)
        uow.commit()
        warning_id = warning.id
    _as(real, "老李")  # 审核人 only
    with pytest.raises(RuleError) as info:
        exchange.answer_warning(real.uow(), warning_id, WarningStatus.ANSWERED, dt.date(2028, 2, 29), "车已过户")
    assert info.value.problems[0].code == "account.forbidden.clerk"
    assert [(w.status, w.answer_note) for w in exchange.list_warnings(real.uow())] == [(WarningStatus.OPEN, "")]
    _as(real, "小王")  # 经办人
    exchange.answer_warning(real.uow(), warning_id, WarningStatus.ANSWERED, dt.date(2028, 2, 29), "车已过户")
    assert [(w.status, w.answer_note) for w in exchange.list_warnings(real.uow())] == [
        (WarningStatus.ANSWERED, "车已过户")]


def test_lockout_after_repeated_wrong_passwords(real):
    now = dt.datetime(2026, 11, 30, 9, 0)
    for n in range(1, rules.MAX_FAILURES):
        with pytest.raises(RuleError) as info:
            accounts.sign_in(real.uow(), "小王", "wrong", now)
        assert info.value.problems[0].code == "account.sign_in_failed"
    with pytest.raises(RuleError) as info:
        accounts.sign_in(real.uow(), "小王", "wrong", now)
    assert info.value.problems[0].code == "account.locked_now"
    with pytest.raises(RuleError) as info:  # even the right password, while locked
        accounts.sign_in(real.uow(), "小王", PASSWORD, now + dt.timedelta(minutes=14))
    assert info.value.problems[0].code == "account.locked"
    assert accounts.sign_in(real.uow(), "小王", PASSWORD, now + dt.timedelta(minutes=15)).name == "小王"
    # the count starts again after a good password
    later = now + dt.timedelta(minutes=16)
    for n in range(1, rules.MAX_FAILURES):
        with pytest.raises(RuleError) as info:
            accounts.sign_in(real.uow(), "小王", "wrong", later)
        assert info.value.problems[0].code == "account.sign_in_failed"
    assert accounts.sign_in(real.uow(), "小王", PASSWORD, later).name == "小王"


def test_a_lock_that_ran_out_gives_the_full_count_of_tries_again(real):
    """The refusal says 5 wrong passwords in a row lock for 15 minutes: after the lock ends,
    one mistyped password is not another 15 minutes."""
    now = dt.datetime(2027, 12, 31, 23, 50)
    for _ in range(rules.MAX_FAILURES):
        with pytest.raises(RuleError):
            accounts.sign_in(real.uow(), "小王", "wrong", now)
    after = now + rules.LOCK_FOR + dt.timedelta(minutes=1)  # 2028-01-01 00:06
    for n in range(1, rules.MAX_FAILURES):
        with pytest.raises(RuleError) as info:
            accounts.sign_in(real.uow(), "小王", "wrong", after)
        assert info.value.problems[0].code == "account.sign_in_failed", n
    with pytest.raises(RuleError) as info:
        accounts.sign_in(real.uow(), "小王", "wrong", after)
    assert info.value.problems[0].code == "account.locked_now"
    assert info.value.problems[0].params["failures"] == rules.MAX_FAILURES
    assert accounts.sign_in(real.uow(), "小王", PASSWORD, after + rules.LOCK_FOR).name == "小王"


def test_the_last_administrator_cannot_be_removed(real):
    with pytest.raises(RuleError) as info:
        accounts.set_roles(real.uow(), "刘主任", {Role.CLERK})
    assert info.value.problems[0].code == "account.last_admin"


def test_demo_data_never_goes_into_an_offices_store(real):
    from dibao_desk.services import demo

    with pytest.raises(RuleError) as info:
        demo.generate(real.uow(), households=10)
    assert info.value.problems[0].code == "demo.real_store"
    assert not accounts.is_demo(real.uow())


def test_the_township_review_and_payment_rosters_need_a_reviewer(real, tmp_path):
    from dibao_desk.domain import procedure as steps
    from dibao_desk.services import exchange, procedure

    _as(real, "小王")  # 经办人
    with pytest.raises(RuleError) as info:
        procedure.record_step(real.uow(), 1, steps.TOWNSHIP_REVIEW, {}, dt.date(2026, 11, 30))
    assert info.value.problems[0].code == "account.forbidden.reviewer"
    with pytest.raises(RuleError) as info:
        exchange.export_package(real.uow(), "payments", "2026-11", tmp_path / "pay.xlsx")
    assert info.value.problems[0].code == "account.forbidden.reviewer"
    _as(real, "老李")  # 审核人 only: the steps of the 经办人 are not theirs
    with pytest.raises(RuleError) as info:
        procedure.record_step(real.uow(), 1, steps.OFFICE_CHECK, {}, dt.date(2026, 11, 30))
    assert info.value.problems[0].code == "account.forbidden.clerk"
    assert not (tmp_path / "pay.xlsx").exists()


def test_a_reviewer_changes_no_village_and_records_no_review(real):
    """审核人 reads; renaming, merging or retiring a village and recording a review's stable work
    or refusal of work are the 经办人's (or, for villages, the 管理员's), as adding a village is."""
    from dibao_desk.services import reviews, villages

    east = office.list_villages(real.uow())[0].id
    west = office.add_village(real.uow(), "西山村").id
    _as(real, "小王")
    household = households.save(real.uow(), simple_draft(east), today=dt.date(2026, 11, 30)).id
    _as(real, "老李")  # 审核人 only
    for call in (lambda: villages.rename_village(real.uow(), east, "东风社区"),
                 lambda: villages.set_population(real.uow(), east, 1200),
                 lambda: villages.merge_villages(real.uow(), west, east),
                 lambda: villages.retire_village(real.uow(), west, dt.date(2026, 11, 30)),
                 lambda: villages.reinstate_village(real.uow(), west),
                 lambda: reviews.record_stable_work(real.uow(), household, dt.date(2026, 11, 1), "户主",
                                                    today=dt.date(2026, 11, 30)),
                 lambda: reviews.record_refusal(real.uow(), household, dt.date(2026, 11, 20), "环卫工",
                                                "户主", today=dt.date(2026, 11, 30))):
        with pytest.raises(RuleError) as info:
            call()
        assert info.value.problems[0].code == "account.forbidden.clerk"
    assert [(v.name, v.population) for v in office.list_villages(real.uow())] == [("东风村", 0), ("西山村", 0)]
    _as(real, "刘主任")  # the administrator still may
    assert villages.rename_village(real.uow(), west, "西山社区").name == "西山社区"


def test_setting_up_the_office_is_audited_under_its_administrator(tmp_path):
    """The first audit rows (the office's details, the administrator's account) name who set them up."""
    ctx = open_context(tmp_path / "new")
    accounts.setup(ctx.uow(), _info(), "刘主任", PASSWORD)
    con = sqlite3.connect(ctx.store.path)
    rows = con.execute("select operator, entity, action from audit_log order by id").fetchall()
    con.close()
    ctx.close()
    assert rows == [("刘主任", "office", "save"), ("刘主任", "account", "create")]


def test_the_only_administrator_who_forgot_the_password_gets_back_in_with_the_recovery_code(real):
    """The code written down at the first start sets a new password for an administrator (and lifts
    a lockout); it is used up, the new code replaces it; only its hash is kept."""
    code = accounts.make_recovery_code(real.uow())
    assert accounts.has_recovery_code(real.uow())
    for _ in range(rules.MAX_FAILURES):
        with pytest.raises(RuleError):
            accounts.sign_in(real.uow(), "刘主任", "forgotten")
    with pytest.raises(RuleError) as info:
        accounts.recover(real.uow(), "刘主任", "AAAA-BBBB-CCCC-DDDD", "new-password")
    assert info.value.problems[0].code == "account.recovery_wrong"
    with pytest.raises(RuleError) as info:
        accounts.recover(real.uow(), "小王", code, "new-password")  # not for a clerk's account
    assert info.value.problems[0].code == "account.recovery_not_admin"
    fresh = accounts.recover(real.uow(), "刘主任", " " + code.lower().replace("-", " "), "new-password")
    assert fresh != code
    assert accounts.sign_in(real.uow(), "刘主任", "new-password").name == "刘主任"
    with pytest.raises(RuleError) as info:
        accounts.recover(real.uow(), "刘主任", code, "another-one")
    assert info.value.problems[0].code == "account.recovery_wrong"
    con = sqlite3.connect(real.store.path)
    stored = " ".join(str(v) for row in con.execute("select value from store_setting") for v in row)
    audit = " ".join(str(v) for row in con.execute("select before, after from audit_log") for v in row)
    con.close()
    assert code not in stored and fresh not in stored and code not in audit and fresh not in audit
    _as(real, "小王")
    with pytest.raises(RuleError) as info:
        accounts.make_recovery_code(real.uow())
    assert info.value.problems[0].code == "account.forbidden.admin"


def test_a_reviewer_receives_no_application(real):
    """Receiving an application (step 1 at the window) is the 经办人's, as opening any case is."""
    from dibao_desk.services import procedure

    village = office.list_villages(real.uow())[0].id
    _as(real, "小王")
    household = households.save(real.uow(), simple_draft(village), today=dt.date(2026, 11, 30)).id
    _as(real, "老李")  # 审核人 only
    with pytest.raises(RuleError) as info:
        procedure.receive_application(real.uow(), household, {"on": dt.date(2026, 11, 30)}, dt.date(2026, 11, 30))
    assert info.value.problems[0].code == "account.forbidden.clerk"
    assert procedure.list_cases(real.uow()) == []


def test_a_sign_in_under_an_unknown_or_disabled_name_is_audited(real):
    """Someone trying names at the sign-in (管理员, admin, a clerk who left): each attempt is in
    the audit with the name tried, as a wrong password is, though no account counts it."""
    import json

    from sqlalchemy import select

    from dibao_desk.models import AuditLog

    accounts.set_roles(real.uow(), "小王", {Role.CLERK}, active=False)
    for name in ("admin", "小王"):
        with pytest.raises(RuleError) as info:
            accounts.sign_in(real.uow(), name, "guess-2026")
        assert info.value.problems[0].code == "account.sign_in_failed"
    with real.uow() as uow:
        rows = uow.session.execute(select(AuditLog.action, AuditLog.after).where(
            AuditLog.action == "sign_in_failed").order_by(AuditLog.id)).all()
    assert [(a, json.loads(after)["name"], json.loads(after).get("reason")) for a, after in rows] == [
        ("sign_in_failed", "admin", "unknown"), ("sign_in_failed", "小王", "disabled")]


def test_the_sign_in_does_not_tell_which_accounts_exist(real):
    """A name with no account, a disabled one and a wrong password get the same sentence; only
    someone who knows a disabled account's password is told it is disabled. Five wrong passwords
    still lock the account."""
    from dibao_desk.messages import text

    answers = []
    for name, password in (("admin", "guess-2026"), ("小王", "guess-2026"), ("刘主任", "guess-2026")):
        with pytest.raises(RuleError) as info:
            accounts.sign_in(real.uow(), name, password)
        answers.append(text(info.value.problems[0].code, **info.value.problems[0].params))
    assert answers[0] == answers[1] == answers[2]
    assert answers[0].startswith("账号或密码不正确") and "admin" not in answers[0]
    accounts.set_roles(real.uow(), "小王", {Role.CLERK}, active=False)
    with pytest.raises(RuleError) as info:
        accounts.sign_in(real.uow(), "小王", "guess-2026")
    assert text(info.value.problems[0].code, **info.value.problems[0].params) == answers[0]
    with pytest.raises(RuleError) as info:
        accounts.sign_in(real.uow(), "小王", PASSWORD)
    assert info.value.problems[0].code == "account.disabled_at_sign_in"


def _household_count(ctx) -> int:
    return len(households.query_ids(ctx.uow(), households.HouseholdQuery()))


def test_a_role_taken_away_counts_at_once_in_a_session_signed_in_before(real):
    """小王 signed in as 经办人; the administrator, in another session on the same store, takes the
    role away. 小王's next call is refused although the session still remembers the old role."""
    village = office.list_villages(real.uow())[0].id
    clerk = open_context(real.data_dir)
    clerk.sign_in(accounts.sign_in(clerk.uow(), "小王", PASSWORD))
    households.save(clerk.uow(), simple_draft(village), today=dt.date(2026, 11, 30))
    accounts.set_roles(real.uow(), "小王", {Role.REVIEWER})  # 刘主任's session
    assert clerk.account.roles == frozenset({Role.CLERK})  # what the session remembers
    second = simple_draft(village, head="李四", head_id=make_id("19700101", 21))
    with pytest.raises(RuleError) as info:
        households.save(clerk.uow(), second, today=dt.date(2026, 11, 30))
    assert [p.code for p in info.value.problems] == ["account.forbidden.clerk"]
    assert _household_count(real) == 1
    assert accounts.current(clerk.uow()) == accounts.SignedIn("小王", frozenset({Role.REVIEWER}))
    accounts.set_roles(real.uow(), "小王", {Role.CLERK})  # given back: works again without signing in
    households.save(clerk.uow(), second, today=dt.date(2026, 11, 30))
    assert _household_count(real) == 2
    clerk.close()


def test_a_role_given_counts_at_once_too(real):
    _as(real, "老李")  # 审核人 only
    admin = _as(open_context(real.data_dir), "刘主任")
    accounts.set_roles(admin.uow(), "老李", {Role.REVIEWER, Role.CLERK})
    village = office.list_villages(real.uow())[0].id
    households.save(real.uow(), simple_draft(village), today=dt.date(2026, 11, 30))
    assert _household_count(real) == 1
    admin.close()


def test_a_disabled_account_writes_nothing_more(real):
    """Disabled while signed in: neither a call that needs a role nor one that needs none (its own
    password) writes anything; the session is told the account is disabled."""
    village = office.list_villages(real.uow())[0].id
    _as(real, "小王")
    admin = _as(open_context(real.data_dir), "刘主任")
    accounts.set_roles(admin.uow(), "小王", {Role.CLERK}, active=False)
    for call in (lambda: households.save(real.uow(), simple_draft(village), today=dt.date(2026, 11, 30)),
                 lambda: accounts.set_password(real.uow(), "小王", "new-pass-2026", PASSWORD)):
        with pytest.raises(RuleError) as info:
            call()
        assert [p.code for p in info.value.problems] == ["account.disabled"]
    assert _household_count(admin) == 0
    assert accounts.current(real.uow()) is None
    accounts.set_roles(admin.uow(), "小王", {Role.CLERK}, active=True)
    assert accounts.sign_in(real.uow(), "小王", PASSWORD).name == "小王"  # the old password still holds
    admin.close()


def test_names_differing_only_in_width_spaces_or_case_are_one_account(real):
    # An input method left in full-width mode types "ｗａｎｇ"; "Wang" and "wang" look the same
    # on a list. They were three accounts, and "WANG" was told the password was wrong.
    a = accounts.create_account(real.uow(), "ｗａｎｇ", PASSWORD, {Role.CLERK})
    assert a.name == "wang"
    for name in ("wang", "Wang", " ＷＡＮＧ "):
        with pytest.raises(RuleError) as info:
            accounts.create_account(real.uow(), name, PASSWORD, {Role.CLERK})
        assert info.value.problems[0].code in ("account.duplicate", "account.duplicate_like")
    with pytest.raises(RuleError) as info:
        accounts.create_account(real.uow(), "Wang", PASSWORD, {Role.CLERK})
    assert "wang" in messages.text(info.value.problems[0])
    assert accounts.create_account(real.uow(), "张　三", PASSWORD, {Role.CLERK}).name == "张 三"
    with pytest.raises(RuleError):
        accounts.create_account(real.uow(), "张  三", PASSWORD, {Role.CLERK})
    assert [x.name for x in accounts.list_accounts(real.uow())] == ["刘主任", "小王", "老李", "wang", "张 三"]
    # whichever way it is typed, the account signs in under its own name
    for typed in ("wang", "WANG", "ｗａｎｇ", "Ｗａｎｇ "):
        assert accounts.sign_in(real.uow(), typed, PASSWORD).name == "wang"
    assert accounts.sign_in(real.uow(), "张　三", PASSWORD).name == "张 三"
    # and wrong passwords typed either way count against the one account
    real.sign_in(accounts.sign_in(real.uow(), "刘主任", PASSWORD))
    accounts.set_password(real.uow(), "WANG", "new-pass-1")
    assert accounts.sign_in(real.uow(), "ｗａｎｇ", "new-pass-1").name == "wang"


def test_an_administrator_cannot_disable_the_account_in_use_but_may_give_up_the_role(real):
    # With a second administrator, 刘主任 disabling 刘主任 was refused as "已被管理员停用" (the
    # commit of a disabled account), which it was not.
    accounts.create_account(real.uow(), "副主任", PASSWORD, set(Role))
    with pytest.raises(RuleError) as info:
        accounts.set_roles(real.uow(), "刘主任", set(Role), active=False)
    assert [p.code for p in info.value.problems] == ["account.disable_self"]
    assert "刘主任" in messages.text(info.value.problems[0])
    assert {a.name: a.active for a in accounts.list_accounts(real.uow())}["刘主任"]
    # giving up the administrator's role is possible while another holds it, and counts at once
    accounts.set_roles(real.uow(), "刘主任", {Role.CLERK})
    with pytest.raises(RuleError) as info:
        accounts.create_account(real.uow(), "新人", PASSWORD, {Role.CLERK})
    assert info.value.problems[0].code == "account.forbidden.admin"
    # the other administrator disables it; then the last administrator cannot go
    _as(real, "副主任")
    assert not accounts.set_roles(real.uow(), "刘主任", {Role.CLERK}, active=False).active
    for change in (dict(roles={Role.CLERK}), dict(roles=set(Role), active=False)):
        with pytest.raises(RuleError) as info:
            accounts.set_roles(real.uow(), "副主任", **change)
        assert info.value.problems[0].code in ("account.last_admin", "account.disable_self")
    assert [(a.name, a.active) for a in accounts.list_accounts(real.uow()) if Role.ADMIN in a.roles] == [("副主任", True)]


def test_a_password_of_spaces_only_is_refused_everywhere_a_password_is_set(real):
    code = accounts.make_recovery_code(real.uow())
    for blank in (" " * rules.MIN_PASSWORD, "\u3000" * 8, " \t  \t "):
        for call in (lambda: accounts.create_account(real.uow(), "新人", blank, {Role.CLERK}),
                     lambda: accounts.set_password(real.uow(), "小王", blank),
                     lambda: accounts.recover(real.uow(), "刘主任", code, blank)):
            with pytest.raises(RuleError) as info:
                call()
            assert [p.code for p in info.value.problems] == ["account.password_blank"]
            assert messages.text(info.value.problems[0]) == "密码不能全是空格"
    assert accounts.sign_in(real.uow(), "小王", PASSWORD).name == "小王"  # nothing was changed
    assert accounts.recover(real.uow(), "刘主任", code, " pass word ")  # spaces inside a password are fine


def test_sign_ins_tried_while_an_account_is_locked_are_kept_in_the_audit(real):
    # Five wrong passwords lock 小王 for 15 minutes; the guesses that went on meanwhile were
    # refused without a trace, though every failed sign-in is to be kept.
    import json

    from sqlalchemy import select

    from dibao_desk.models import AuditLog

    now = dt.datetime(2026, 12, 31, 23, 50)
    for _ in range(rules.MAX_FAILURES):
        with pytest.raises(RuleError):
            accounts.sign_in(real.uow(), "小王", "wrong", now)
    for guess in ("123456", PASSWORD):
        with pytest.raises(RuleError) as info:
            accounts.sign_in(real.uow(), "小王", guess, now + dt.timedelta(minutes=5))
        assert info.value.problems[0].code == "account.locked"
    with real.uow() as uow:
        rows = uow.session.execute(select(AuditLog.after).where(AuditLog.action == "sign_in_failed")
                                   .order_by(AuditLog.id)).scalars().all()
    assert [json.loads(r).get("reason") for r in rows] == [None] * rules.MAX_FAILURES + ["locked", "locked"]
    assert not any("123456" in r or PASSWORD in r for r in rows)
    # after the lock the right password works (the guesses during it counted no further)
    assert accounts.sign_in(real.uow(), "小王", PASSWORD, dt.datetime(2027, 1, 1, 0, 5)).name == "小王"


def test_a_failed_sign_in_at_a_locked_window_is_not_put_on_the_account_signed_in_there(real):
    # 刘主任's window locked itself; someone tried 小王's name with a wrong password there. The
    # audit row read "刘主任 … sign_in_failed 小王", as if 刘主任 had tried.
    from sqlalchemy import select

    from dibao_desk.models import AuditLog

    assert real.operator == "刘主任"
    accounts.make_recovery_code(real.uow())
    for name, password, code in (("小王", "wrong-2026", "account.sign_in_failed"), ("无此人", "x-2026-x", "account.sign_in_failed")):
        with pytest.raises(RuleError) as info:
            accounts.sign_in(real.uow(), name, password, dt.datetime(2026, 2, 28, 23, 59))
        assert info.value.problems[0].code == code
    with pytest.raises(RuleError):
        accounts.recover(real.uow(), "刘主任", "AAAA-BBBB-CCCC-DDDD", "new-pass-2026")
    with real.uow() as uow:
        rows = uow.session.execute(select(AuditLog.operator, AuditLog.action).where(
            AuditLog.action.in_(("sign_in_failed", "recover_failed", "sign_in"))).order_by(AuditLog.id)).all()
    assert [tuple(r) for r in rows][-3:] == [("", "sign_in_failed"), ("", "sign_in_failed"), ("", "recover_failed")]
    assert accounts.sign_in(real.uow(), "小王", PASSWORD).name == "小王"
    with real.uow() as uow:
        last = uow.session.execute(select(AuditLog.operator, AuditLog.action).order_by(AuditLog.id.desc())).first()
    assert tuple(last) == ("小王", "sign_in")


def test_the_audit_row_of_a_role_change_names_the_account(real):
    # The operation log said only "account 2: roles" — whose roles an administrator changed, or
    # which account was disabled, took a lookup by id (and a deleted store row could not say).
    import json

    from sqlalchemy import select

    from dibao_desk.models import AuditLog

    accounts.set_roles(real.uow(), "小王", {Role.CLERK, Role.REVIEWER})
    accounts.set_roles(real.uow(), "老李", {Role.REVIEWER}, active=False)
    with real.uow() as uow:
        rows = uow.session.execute(select(AuditLog.operator, AuditLog.before, AuditLog.after).where(
            AuditLog.entity == "account", AuditLog.action == "roles").order_by(AuditLog.id)).all()
    got = [(operator, json.loads(before), json.loads(after)) for operator, before, after in rows]
    assert [(op, after["name"], after["active"], before["active"]) for op, before, after in got] == [
        ("刘主任", "小王", True, True), ("刘主任", "老李", False, True)]
    assert got[0][1]["roles"] == rules.roles_text({Role.CLERK}) != got[0][2]["roles"]
