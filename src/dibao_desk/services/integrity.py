"""Integrity of the store (SQLite file or PostgreSQL database): the engine's own check, foreign keys, schema version, counts, and
whether the list columns and the procedure's cases agree with the records they summarise."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from dibao_desk.domain.household import LEFT_STATUSES
from dibao_desk import messages as words
from dibao_desk.models import AuditLog, Household, Member, Village, dialect
from dibao_desk.models.exchange import CountyCase, CountyRosterHousehold, CountyTownship
from dibao_desk.models.store import Store, current_revision, head_revision
from dibao_desk.services import procedure_check, recovery
from dibao_desk.services.uow import UnitOfWork


@dataclass(frozen=True)
class IntegrityReport:
    integrity_ok: bool
    integrity_messages: list[str]
    foreign_key_problems: int
    schema_revision: str
    head_revision: str
    counts: dict[str, int]
    consistency_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (self.integrity_ok and self.foreign_key_problems == 0
                and self.schema_revision == self.head_revision and not self.consistency_problems)


def ledger_problems(uow: UnitOfWork) -> list[str]:
    """Households whose current status, class or amount the ledger does not bear out."""
    from dibao_desk import messages
    from dibao_desk.domain.money import fen_to_yuan
    from dibao_desk.services import ledger

    count, bad = ledger.check(uow)
    out = []
    for m in bad:
        status, category, fen = m.household
        params = {"household_id": m.household_id, "status": messages.label("status", status),
                  "category": messages.label("category", category), "amount": fen_to_yuan(fen)}
        if m.ledger is None:
            out.append(messages.text("ledger.missing", **params))
        else:
            st, cat, amount = m.ledger
            out.append(messages.text("ledger.mismatch", **params, ledger=(
                f"{messages.label('ledger_status', st)} {messages.label('category', cat)} {fen_to_yuan(amount)} 元")))
    if count > len(bad):
        out.append(f"…… 共 {count} 户台账与现状不符")
    return out


def check(uow: UnitOfWork, store: Store) -> IntegrityReport:
    with uow:
        s = uow.session
        messages = dialect.integrity_messages(s.connection())
        fk = dialect.foreign_key_problems(s.connection())
        counts = {
            "村（社区）": s.scalar(select(func.count()).select_from(Village)) or 0,
            "户": s.scalar(select(func.count()).select_from(Household)) or 0,
            "人": s.scalar(select(func.count()).select_from(Member)) or 0,
            "操作记录": s.scalar(select(func.count()).select_from(AuditLog)) or 0,
        }
        towns = s.scalar(select(func.count()).select_from(CountyTownship)) or 0
        if towns:  # a county office's store: what it holds of its townships
            counts["乡镇"] = towns
            counts["县级名册户"] = s.scalar(select(func.count()).select_from(CountyRosterHousehold)) or 0
            counts["报县案件"] = s.scalar(select(func.count()).select_from(CountyCase)) or 0
        # The list columns must agree with the members they summarise: those living in the
        # household (a member dead or moved out stays on file, not counted).
        member_counts = (select(Member.household_id, func.count().label("n"))
                         .where(Member.person_status.not_in(sorted(LEFT_STATUSES)))
                         .group_by(Member.household_id).subquery())
        bad = s.execute(
            select(Household.id).outerjoin(member_counts, member_counts.c.household_id == Household.id)
            .where(func.coalesce(member_counts.c.n, 0) != Household.person_count).limit(20)
        ).scalars().all()
    problems = [f"户 {hid} 的人数与成员记录不符" for hid in bad]
    problems += ledger_problems(uow)
    problems += [words.text(p) for p in procedure_check.check(uow)]
    problems += [words.text(p) for p in recovery.check(uow)]
    if towns:
        problems += [words.text(p) for p in procedure_check.county_check(uow)]
    return IntegrityReport(
        integrity_ok=messages == ["ok"], integrity_messages=messages, foreign_key_problems=fk,
        schema_revision=current_revision(store.engine) or "", head_revision=head_revision(),
        counts=counts, consistency_problems=problems)
