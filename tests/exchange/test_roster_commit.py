"""The roster import's commit: the rows it writes, and a failure or a cancel half-way."""

from __future__ import annotations

import datetime as dt
import json
import sys

import pytest

from openpyxl import Workbook

from dibao_desk.models import insert_thread
from dibao_desk.services import audit, roster_import as ri
from tests.conftest import make_id

TODAY = dt.date(2026, 11, 23)
OPTS = ri.ImportOptions(today=TODAY)

# What json_object made of the rows just written, when SQLite made the audit texts: the
# texts the import writes must stay these (a store's audit log keeps its texts as they were).
_JSON_OBJECT_SQL = """
SELECT h.id, json_object(
  'bank_account', h.bank_account, 'bank_holder_id_number', coalesce(h.bank_holder_id_number, ''),
  'bank_name', h.bank_name, 'benefit_start', h.benefit_start,
  'category', h.category, 'file', ?, 'hukou_type', h.hukou_type, 'income_fen', h.income_fen,
  'members', (SELECT json_group_array(json_array(m.name, m.id_number, m.relation))
              FROM (SELECT name, id_number, relation FROM member WHERE household_id = h.id ORDER BY position) m),
  'monthly_benefit_fen', h.monthly_benefit_fen, 'rows', json(?), 'status', h.status, 'village', v.name)
FROM household h JOIN village v ON v.id = h.village_id WHERE h.id = ?
"""


def _roster(path, households):
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村（社区）", "户主姓名", "姓名", "身份证号", "与户主关系", "月保障金", "开户银行", "银行账号"])
    for n, (village, bank, account, members) in enumerate(households, 1):
        for k, (name, number, relation) in enumerate(members):
            ws.append([n, village, members[0][0], name, number, relation, 300 * len(members), bank, account] if k == 0
                      else [None, None, None, name, number, relation, None, None, None])
    wb.save(path)
    return path


def test_audit_texts_are_the_ones_sqlite_made_from_the_rows_written(ctx, villages, tmp_path, monkeypatch):
    """Quotes, backslashes, tabs, non-BMP characters and a new village: each new household's
    audit text is exactly what SQLite's json_object makes of its rows as stored, and the chain holds."""
    monkeypatch.setattr(insert_thread, "MAX_ROWS_PER_STATEMENT", 2)  # INSERTs of two rows and of one
    households = [
        ("东风村", '德安"农商"银行\\营业部', "6217\t001", [("张三", make_id("19600315", 11), "户主"),
                                                    ("李四", make_id("19620520", 22), "妻")]),
        ("新建村😀", "", "", [("阿依古丽·买买提", make_id("19550505", 81), "户主")]),
        ("东风村", "邮储银行", "62170012", [("王五", make_id("19450808", 41), "户主"),
                                         ("王𠀀", make_id("19900101", 31), "子"),
                                         ("王小五", make_id("19980909", 61), "孙子")]),
    ]
    path = _roster(tmp_path / "花名册.xlsx", households)
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert not pv.count("error"), [r.problems for r in pv.rows]
    result = ri.commit(ctx.uow(), pv)
    assert result.households_created == 3
    with ctx.uow() as uow:
        conn = uow.session.connection()
        stored = conn.exec_driver_sql(
            "SELECT entity_id, after FROM audit_log WHERE entity = 'household' AND action = 'import' ORDER BY id").all()
        assert len(stored) == 3
        for (hid, after), p in zip(stored, pv.households):
            rows = "[%s]" % ",".join(map(str, p.rows))
            made = conn.exec_driver_sql(_JSON_OBJECT_SQL, (path.name, rows, hid)).one()[1]
            assert after == made
    assert '德安\\"农商\\"银行\\\\营业部' in stored[0][1] and "😀" in stored[1][1]
    check = audit.check_chain(ctx.uow())
    assert check.ok


def _everything(ctx):
    """Every row of the tables the import writes."""
    with ctx.uow() as uow:
        conn = uow.session.connection()
        return {t: conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY 1').all()
                for t in ("household", "member", "income_item", "audit_log", "audit_head", "village",
                          "roster_mapping", "ledger_period", "ledger_decision", "review_event")}


def _big_roster(tmp_path, count=11):
    households = [("东风村" if i % 2 else "新丰村", "邮储银行", f"6217{i:04d}",
                   [(f"户主{i}", make_id("19500101", 2 * i + 1), "户主"), (f"成员{i}", make_id("19800101", 2 * i), "子")])
                  for i in range(count)]
    return _roster(tmp_path / "花名册.xlsx", households)


def _cache_sizes(ctx):
    """The page cache of every connection the store's pool holds (PRAGMA cache_size)."""
    with ctx.uow() as uow:
        return {uow.session.connection().exec_driver_sql("PRAGMA cache_size").scalar()}


def _insert_threads():
    import threading

    return [t for t in threading.enumerate() if t.name == "dibao-insert"]


def test_a_failure_in_the_third_batch_leaves_the_store_as_it_was(ctx, villages, tmp_path, monkeypatch):
    """The rows are inserted batch by batch on a thread of their own: when the store refuses a
    row of the third batch, the commit fails with the store's error, nothing of the first two
    batches is left, no thread is left running, and the same preview then imports."""
    from sqlalchemy.exc import IntegrityError

    from dibao_desk.services import roster_commit as rc

    pv = ri.preview(ctx.uow(), _big_roster(tmp_path), options=OPTS)
    before = _everything(ctx)
    monkeypatch.setattr(rc, "_WRITE_BATCH", 4)
    monkeypatch.setattr(insert_thread, "MAX_ROWS_PER_STATEMENT", 3)  # a batch: an INSERT of 3 rows, then of the rest
    made = rc._new_rows
    batches = []

    def third_batch_repeats_an_id(plans, hid, mid, *args):
        h_rows, m_rows, next_mid = made(plans, hid, mid, *args)
        batches.append(h_rows)
        if len(batches) == 3:  # the first household of the first batch again: the store refuses it
            h_rows = [batches[0][0]] + h_rows[1:]
        return h_rows, m_rows, next_mid

    monkeypatch.setattr(rc, "_new_rows", third_batch_repeats_an_id)
    monkeypatch.setattr(rc, "_LARGE", 1)  # with a larger page cache for the transaction
    sizes = _cache_sizes(ctx)
    interval = sys.getswitchinterval()
    with pytest.raises(IntegrityError):
        ri.commit(ctx.uow(), pv)
    assert len(batches) == 3
    assert not _insert_threads() and sys.getswitchinterval() == interval
    assert _everything(ctx) == before
    assert _cache_sizes(ctx) == sizes  # as it was
    monkeypatch.setattr(rc, "_new_rows", made)
    res = ri.commit(ctx.uow(), pv)
    assert res.households_created == 11 and res.persons_created == 22
    assert audit.check_chain(ctx.uow()).ok
    assert _cache_sizes(ctx) == sizes


def test_a_cancel_between_batches_leaves_the_store_as_it_was(ctx, villages, tmp_path, monkeypatch):
    """Cancelled while the thread may still be inserting the batches before: it is waited
    for, what it wrote is rolled back, and no thread is left running."""
    from dibao_desk.services import roster_commit as rc
    from dibao_desk.services.progress import Cancelled, Progress

    pv = ri.preview(ctx.uow(), _big_roster(tmp_path), options=OPTS)
    before = _everything(ctx)
    monkeypatch.setattr(rc, "_WRITE_BATCH", 4)
    monkeypatch.setattr(insert_thread, "MAX_ROWS_PER_STATEMENT", 3)

    class CancelAtTheSecondBatch(Progress):
        checked = 0

        def check(self):
            self.checked += 1
            super().check()

        def update(self, done, total=None, message=None, **params):
            super().update(done, total, message, **params)
            if message == "progress.roster.new" and done >= 4:  # the first batch is queued, the second is made
                self.cancel()

    progress = CancelAtTheSecondBatch()
    interval = sys.getswitchinterval()
    with pytest.raises(Cancelled):
        ri.commit(ctx.uow(), pv, progress=progress)
    assert sys.getswitchinterval() == interval
    assert progress.checked == 4  # after the store check, the batches at 0 and 4 went on; the one at 8 stopped
    assert not _insert_threads()
    assert _everything(ctx) == before
    res = ri.commit(ctx.uow(), pv)
    assert res.households_created == 11
    assert audit.check_chain(ctx.uow()).ok


def test_audit_rows_go_in_plain_when_the_log_does_not_end_at_its_head(ctx, villages, tmp_path, monkeypatch):
    """A log whose head names rows it no longer has (its last rows removed): the import's audit
    rows are not chained as they go in, they go in plain (as any writer's), and the import
    is written all the same; the check still reports the removed rows."""
    from dibao_desk.models import audit as audit_store

    with ctx.uow() as uow:
        uow.session.connection().exec_driver_sql("UPDATE audit_head SET last_id = last_id + 3")
        uow.commit()
    pv = ri.preview(ctx.uow(), _big_roster(tmp_path, count=5), options=OPTS)
    appended = []
    real = audit_store.append_chained
    monkeypatch.setattr(audit_store, "append_chained", lambda conn, rows: appended.append(len(rows)) or real(conn, rows))
    assert ri.commit(ctx.uow(), pv).households_created == 5
    assert appended == [5]
    with ctx.uow() as uow:
        rows = uow.session.connection().exec_driver_sql(
            "SELECT entity_id FROM audit_log WHERE entity = 'household' AND action = 'import'").all()
    assert len(rows) == 5
    assert not audit.check_chain(ctx.uow()).ok


# ---- the ledger, written in the import's transaction ------------------------------------------

def _ledger_rows(ctx):
    """Every period (without its id and decision's id) and the decisions (kind, month, day, note)."""
    with ctx.uow() as uow:
        conn = uow.session.connection()
        periods = sorted(conn.exec_driver_sql(
            "SELECT p.household_id, first_month, last_month, status, category, covered, amount_fen, supplement_fen, "
            "d.kind FROM ledger_period p JOIN ledger_decision d ON d.id = p.decision_id").all())
        decisions = conn.exec_driver_sql(
            "SELECT kind, household_id, effective_month, decided_on, approved_by, note, recorded_by "
            "FROM ledger_decision ORDER BY id").all()
        builds = [json.loads(a) for (a,) in conn.exec_driver_sql(
            "SELECT after FROM audit_log WHERE entity = 'ledger' AND action = 'build' ORDER BY id")]
    return periods, decisions, builds


def _receiving_without_ledger(ctx, make_household, head, number):
    hid = make_household(head=head, head_id=number).id
    with ctx.uow() as uow:
        uow.session.connection().exec_driver_sql(
            "UPDATE household SET status = 'receiving', category = 'class1', monthly_benefit_fen = 77000 WHERE id = ?",
            (hid,))
        uow.commit()
    return hid


@pytest.mark.parametrize("method", ["class", "amount"])
def test_the_ledger_written_with_the_import_is_the_one_ledger_build_made(ctx, villages, tmp_path, make_household,
                                                                         method):
    """Households imported as receiving (with a start month, without one, with one the office
    wrote unreadably) get their ledger in the import's transaction, and it is the ledger
    ``ledger.build`` makes of the same store after the import: one open period each from the
    start month (without one, the month of the import), at their class, persons covered and
    amount, the amount as the supplement under a class-based policy; a store's household
    with a ledger keeps it, one waiting for its ledger gets it under the same decision, and
    one audit row names the periods written, after the import's own rows."""
    import dataclasses

    from dibao_desk.domain.policy import PolicyFigures
    from dibao_desk.services import ledger, policy
    from tests.exchange.test_roster_layouts import carrying_roster

    if method == "class":
        policy.add_policy_set(ctx.uow(), dt.date(2020, 1, 1), dataclasses.replace(PolicyFigures(), method="class"), today=dt.date.today())
    built = _receiving_without_ledger(ctx, make_household, "周一", make_id("19500101", 901))
    assert ledger.build(ctx.uow(), TODAY) == 1
    waiting = _receiving_without_ledger(ctx, make_household, "吴二", make_id("19500202", 902))
    before = _ledger_rows(ctx)

    pv = ri.preview(ctx.uow(), carrying_roster(tmp_path / "r.xlsx"), options=OPTS)
    assert ri.commit(ctx.uow(), pv).households_created == 5
    periods, decisions, builds = _ledger_rows(ctx)
    month = dt.date.today().replace(day=1).isoformat()  # the import's (as the rows' created_at)
    class_part = method == "class"
    new = [(hid, first, None, "receiving", cat, covered, fen, fen if class_part else 0, "history")
           for hid, first, cat, covered, fen in [
               (waiting + 1, "2019-03-01", "class1", 2, 77000), (waiting + 2, "2020-07-01", "class2", 1, 52000),
               (waiting + 3, "2019-12-01", "class3", 3, 84000), (waiting + 4, month, "class1", 1, 77000),
               (waiting + 5, month, "class1", 1, 77000)]]
    mine = (waiting, month, None, "receiving", "class1", 1, 77000, 77000 if class_part else 0, "history")
    assert periods == sorted(before[0] + new + [mine])
    assert [p for p in periods if p[0] == built] == [p for p in before[0] if p[0] == built]
    assert decisions == before[1] + [("history", None, "2026-11-01", TODAY.isoformat(), "", 
                                      "ledger built from the store's history", "")]
    assert builds == before[2] + [{"periods": 6, "today": TODAY.isoformat()}]
    with ctx.uow() as uow:
        last = uow.session.connection().exec_driver_sql(
            "SELECT entity, action FROM audit_log ORDER BY id DESC LIMIT 2").all()
    assert last == [("ledger", "build"), ("roster_import", "import")]
    assert audit.check_chain(ctx.uow()).ok
    assert ledger.check(ctx.uow()) == (0, [])

    # what ledger.build makes of the store as the import left it: the same
    with ctx.uow() as uow:
        conn = uow.session.connection()
        conn.exec_driver_sql("DELETE FROM ledger_period WHERE decision_id = (SELECT max(id) FROM ledger_decision)")
        conn.exec_driver_sql("DELETE FROM ledger_decision WHERE id = (SELECT max(id) FROM ledger_decision)")
        uow.commit()
    assert ledger.build(ctx.uow(), TODAY) == 6
    again = _ledger_rows(ctx)
    assert (again[0], again[1], again[2][-1]) == (periods, decisions, builds[-1])


def test_an_import_of_registered_households_builds_no_ledger_for_them(ctx, villages, tmp_path):
    """Not receiving (no benefit column): the households have no ledger, as before, and no
    decision is written."""
    path = tmp_path / "r.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村（社区）", "姓名", "身份证号", "与户主关系"])
    ws.append([1, "东风村", "郑一", make_id("19700101", 911), "户主"])
    wb.save(path)
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert ri.commit(ctx.uow(), pv).households_created == 1
    assert _ledger_rows(ctx) == ([], [], [])


def test_a_failure_while_the_ledger_is_built_leaves_neither_households_nor_ledger(ctx, villages, tmp_path,
                                                                                   make_household, monkeypatch):
    """The ledger is part of the import's transaction: when building the ledger of a household
    waiting for one fails, after the new households and their periods are in, nothing of the
    import is left: no household, no period, no decision, no audit row."""
    from dibao_desk.models import ledger as ledger_store

    _receiving_without_ledger(ctx, make_household, "吴二", make_id("19500202", 902))
    pv = ri.preview(ctx.uow(), _big_roster(tmp_path), options=OPTS)
    before = _everything(ctx)
    real = ledger_store.build_from_history
    written = []

    def fails(conn, *args, **kw):
        written.append(real(conn, *args, **kw))
        raise OSError("disk full")

    monkeypatch.setattr(ledger_store, "build_from_history", fails)
    with pytest.raises(OSError):
        ri.commit(ctx.uow(), pv)
    assert written == [12]  # the 11 imported, and the one waiting
    assert _everything(ctx) == before
    monkeypatch.setattr(ledger_store, "build_from_history", real)
    assert ri.commit(ctx.uow(), pv).households_created == 11
    assert _ledger_rows(ctx)[2] == [{"periods": 12, "today": TODAY.isoformat()}]


def test_an_updated_households_audit_text_is_what_asdict_of_its_draft_gives():
    """The before and after an update's audit row records of a household (``_snap``) are the
    text ``dataclasses.asdict`` of its draft gave: the audit log of every update keeps one form."""
    from dataclasses import asdict

    from dibao_desk.domain.household import HouseholdDraft, IncomeDraft, MemberDraft, PropertyDraft, SupporterDraft
    from dibao_desk.services import roster_commit
    from dibao_desk.services.roster_lookup import _Existing

    draft = HouseholdDraft(
        village_id=3, hukou_type="urban", address="东风村 3 组", phone="13800000000", bank_name="农商行",
        bank_account="6217990000000000015", note="备注", poverty_cause="illness", sanwu=False,
        members=(MemberDraft("张三", make_id("19600315", 11), "head", disability_grade=2, serious_illness=True,
                             illness_note="尿毒症", person_status="dead", status_on=dt.date(2026, 11, 30)),
                 MemberDraft("张小明", make_id("20100601", 33), "son", covered=False, not_covered_reason="在外")),
        incomes=(IncomeDraft("wages", 120000, 1), IncomeDraft("other", 3050, None, "花名册导入")),
        properties=(PropertyDraft("house", 0, 8050, 1, "自建房"),),
        supporters=(SupporterDraft("张大", make_id("19850101", 51), "son", household_income_fen=500000),))
    e = _Existing(draft, "receiving", "class2", 45000, dt.date(2019, 3, 1))
    expected = asdict(draft) | {"status": "receiving", "category": "class2", "monthly_benefit_fen": 45000,
                                "benefit_start": dt.date(2019, 3, 1)}
    assert roster_commit._dump_json(roster_commit._snap(e)) == roster_commit._dump_json(expected)
