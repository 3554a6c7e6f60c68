"""Statuses and kinds are enums in domain/: every value the store holds is a member, and every
member has the word a person reads (messages/), so no status is shown as its code."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from enum import StrEnum

import pytest

from dibao_desk import messages
from dibao_desk.domain.certificate import CertificateState, IssueKind
from dibao_desk.domain.county import CountyCaseStatus
from dibao_desk.domain.household import HouseholdStatus, PersonStatus
from dibao_desk.domain.ledger import LedgerStatus, ProposalStatus
from dibao_desk.domain.payroll import BankStatus, PayrollStatus
from dibao_desk.domain.procedure import CaseKind, CaseStatus, ObjectionResult, ReviewVerdict, StepResult
from dibao_desk.domain.recovery import RecoveryStatus
from dibao_desk.domain.registers import ComplaintStatus, EventKind, WarningStatus
from dibao_desk.domain.reviews import ExitState, ReviewEventKind, ReviewOutcome
from dibao_desk.domain.villages import VillageKind, kind_of_name
from dibao_desk.services import demo
from dibao_desk.services.context import open_context

LATIN = re.compile(r"[A-Za-z]")

# enum -> the messages label group holding its words
WORDS: list[tuple[type[StrEnum], str]] = [
    (HouseholdStatus, "status"),
    (PersonStatus, "person_status"),
    (CaseKind, "case_kind"),
    (CaseStatus, "case_status"),
    (StepResult, "step_result"),
    (ObjectionResult, "objection_result"),
    (LedgerStatus, "ledger_status"),
    (ProposalStatus, "proposal_status"),
    (ComplaintStatus, "complaint_status"),
    (WarningStatus, "warning_status"),
    (RecoveryStatus, "recovery_status"),
    (IssueKind, "certificate_kind"),
    (CertificateState, "certificate_state"),
    (PayrollStatus, "payroll_status"),
    (BankStatus, "bank_status"),
    (ReviewOutcome, "review_outcome"),
    (ExitState, "exit_state"),
    (ReviewVerdict, "review_verdict"),
    (CountyCaseStatus, "county_case_status"),
    (VillageKind, "village_kind"),
    (ReviewEventKind, "review_event"),
    (EventKind, "event_kind"),
]
# Words a group holds beyond its enum's members: the review counts add the new cases granted;
# the 追回 register shows an entry deducted in full, the bank's return not in, as awaiting it.
EXTRA_WORDS = {"review_outcome": {"new"}, "recovery_status": {"awaiting_bank"},
               "event_kind": {"other"}}  # the form's 新增家庭成员 (ReviewEventKind.OTHER), undone like an event

# (table, column) -> the enum its values belong to ("" where the column may say "not yet")
STORED: list[tuple[str, str, type[StrEnum]]] = [
    ("household", "status", HouseholdStatus),
    ("member", "person_status", PersonStatus),
    ("procedure_case", "kind", CaseKind),
    ("procedure_case", "status", CaseStatus),
    ("procedure_step", "result", StepResult),
    ("ledger_period", "status", LedgerStatus),
    ("review", "outcome", ReviewOutcome),
    ("village", "kind", VillageKind),
]
MAY_BE_EMPTY = {("procedure_step", "result")}


@pytest.mark.parametrize(("enum", "group"), WORDS, ids=[e.__name__ for e, _g in WORDS])
def test_every_member_has_a_chinese_word_and_every_word_a_member(enum, group):
    words = messages.LABELS[group]
    for member in enum:
        word = messages.label(group, member)
        assert word and word != member.value and not LATIN.search(word), (member, word)
    assert {code for code in words if code} <= {m.value for m in enum} | EXTRA_WORDS.get(group, set())


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    data = tmp_path_factory.mktemp("demo")
    ctx = open_context(data)
    demo.generate(ctx.uow(), households=200, seed=5, today=dt.date(2026, 11, 30))
    path = ctx.store.path
    ctx.close()
    return path


@pytest.mark.parametrize(("table", "column", "enum"), STORED, ids=[f"{t}.{c}" for t, c, _e in STORED])
def test_every_value_the_store_holds_is_a_member(demo_store, table, column, enum):
    con = sqlite3.connect(demo_store)
    values = {v for (v,) in con.execute(f"SELECT DISTINCT {column} FROM {table}")}
    con.close()
    assert values - {""}, f"the demo holds no {table}.{column}"
    allowed = {m.value for m in enum} | ({""} if (table, column) in MAY_BE_EMPTY else set())
    assert values <= allowed, values - allowed


@pytest.mark.parametrize(("name", "kind"), [("城东社区", VillageKind.COMMUNITY), ("李家村", VillageKind.VILLAGE),
                                            ("社区村", VillageKind.VILLAGE), ("林场", VillageKind.VILLAGE)])
def test_a_new_place_is_a_community_when_its_name_says_so(name, kind):
    # the roster import and the first start both create places this way
    assert kind_of_name(name) is kind


def test_the_events_the_office_enters_are_review_events():
    # an event entered in the register makes the review due under the same code
    assert {k.value for k in EventKind} <= {k.value for k in ReviewEventKind}
