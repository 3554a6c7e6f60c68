"""One village's statistics of a past month when a household moved village since: what December
recorded about it — its review, the 追回 it paid back, its lines of December's signed roster, the
1+X assistance it was given — is its December village's, as December's 台账 lists it, not the
village it moved to on 1 January."""

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import update

from dibao_desk.domain.assistance import AssistanceDraft
from dibao_desk.domain.periods import period_of
from dibao_desk.models.audit import AuditLog
from dibao_desk.services import assistance, households, office, payroll, recovery, reviews, statistics
from dibao_desk.services.reviews_results import ReviewInput
from tests.unit.test_payroll import homes  # noqa: F401 (fixture)

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)

D = dt.date


def _utc(local: dt.datetime) -> dt.datetime:
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


def _moves(ctx, hid, village_id, local):
    """The household moves to ``village_id``, saved by the form at ``local`` (the office's time;
    the log keeps the computer's clock, which the tests cannot set: the row is dated after)."""
    loaded = households.get(ctx.uow(), hid)
    households.save(ctx.uow(), dataclasses.replace(loaded.draft, village_id=village_id), hid,
                    today=local.date(), expected=loaded.draft)
    with ctx.uow() as uow:
        row = max(r.id for r in uow.session.query(AuditLog).filter_by(entity="household", entity_id=hid))
        uow.session.execute(update(AuditLog).where(AuditLog.id == row).values(at=_utc(local)))
        uow.commit()


@pytest.fixture
def december(ctx, homes):  # noqa: F811 (fixture)
    """a and b of 东风村, c of 西山村, paid since March 2026. In December a is reviewed (kept),
    pays back 200 元 in cash on an entry made by hand, is given 300 元 medical assistance, and is
    paid by December's roster, signed on 31 December. On 1 January 2027 a moves to 西山村."""
    a, b, c = homes
    with ctx.uow() as uow:  # everything so far was recorded long before December ended
        uow.session.execute(update(AuditLog).values(at=_utc(dt.datetime(2026, 9, 30, 9, 0))))
        uow.commit()
    reviews.record_review(ctx.uow(), ReviewInput(a, D(2026, 12, 15), "王经办", "keep", findings="无变化"),
                          today=D(2026, 12, 15))
    entry = recovery.add(ctx.uow(), a, "false_declaration", "德民〔2026〕3号", D(2026, 12, 1), 20000, method="cash",
                         today=D(2026, 12, 1))
    recovery.receive(ctx.uow(), entry.id, 20000, D(2026, 12, 20), receipt_no="No.3", today=D(2026, 12, 20))
    assistance.add(ctx.uow(), a, AssistanceDraft("medical", 30000, D(2026, 12, 10), "县医保局"), today=D(2026, 12, 10))
    roster = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 31))
    payroll.sign(ctx.uow(), roster.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    villages = {v.name: v.id for v in office.list_villages(ctx.uow())}
    _moves(ctx, a, villages["西山村"], dt.datetime(2027, 1, 1, 8, 30))
    return villages


def _overview(ctx, villages, name, period="2026-12"):
    return statistics.overview(ctx.uow(), period_of(period), villages[name], today=D(2027, 1, 20))


def test_a_past_months_review_outcomes_count_a_household_where_it_was(ctx, december):
    def kept(name, period="2026-12"):
        table = statistics.flows_table(_overview(ctx, december, name, period))
        row = next(r for r in table.rows if r[0] == "2026年12月")
        return row[table.headers.index("保留")]

    assert (kept("东风村"), kept("西山村")) == (1, 0)
    # as the reviews table of the same village says
    assert _overview(ctx, december, "东风村").reviews.done.get("keep") == 1
    # January's twelve months still count December where a was then
    assert (kept("东风村", "2027-01"), kept("西山村", "2027-01")) == (1, 0)


def test_a_past_months_recovered_money_counts_a_household_where_it_was(ctx, december):
    assert _overview(ctx, december, "东风村").recovered == {D(2026, 12, 1): 20000}
    assert _overview(ctx, december, "西山村").recovered == {}


def test_a_past_months_signed_roster_counts_a_households_lines_where_it_was(ctx, december):
    def paid(name):
        (roster,) = _overview(ctx, december, name).in_period()
        return roster.households, roster.total_fen

    assert paid("东风村") == (2, 45000 + 60000)
    assert paid("西山村") == (1, 30000)


def test_a_past_months_assistance_counts_a_household_where_it_was(ctx, december):
    east, west = _overview(ctx, december, "东风村"), _overview(ctx, december, "西山村")
    assert statistics.assistance_table(east).total == ("合计", 1, 1, 30000)
    assert statistics.assistance_table(west).rows == ()
    assert west.assistance_households == 0
