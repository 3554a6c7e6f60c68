"""the county keeps the 补发 and 专项补贴 rosters a township's payments package carries (its
optional sheet 补发及专项造册), one row a roster beside the township's payments of the period

Revision ID: 0027
Revises: 0026
"""

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

# the sheet's words for the roster kinds (and the codes the audit rows of later versions keep)
_KINDS = {"补发": "back_pay", "专项补贴": "subsidy", "back_pay": "back_pay", "subsidy": "subsidy"}


def upgrade() -> None:
    op.create_table(
        "county_payment_other",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("township_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("roster_period", sa.String(length=40), nullable=False),
        sa.Column("reviewed_by", sa.String(length=50), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("households", sa.Integer(), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("received_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["payment_id"], ["county_payment.id"], ondelete="CASCADE",
                                name=op.f("fk_county_payment_other_payment_id_county_payment")),
        sa.ForeignKeyConstraint(["township_id"], ["county_township.id"],
                                name=op.f("fk_county_payment_other_township_id_county_township")),
        sa.ForeignKeyConstraint(["received_id"], ["exchange_received.id"], ondelete="SET NULL",
                                name=op.f("fk_county_payment_other_received_id_exchange_received")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_county_payment_other")),
    )
    op.create_index(op.f("ix_county_payment_other_payment_id"), "county_payment_other", ["payment_id"],
                    unique=False)
    op.create_index(op.f("ix_county_payment_other_township_id"), "county_payment_other", ["township_id"],
                    unique=False)
    _from_the_audit()


def _from_the_audit() -> None:
    """Packages received before were read in full, and their rosters kept in the audit row of
    the township's payments (``other_rosters``): the payments held now get their rosters from
    the latest such row, with the received package's record where it is found."""
    conn = op.get_bind()
    meta = sa.MetaData()
    payment = sa.Table("county_payment", meta, autoload_with=conn)
    township = sa.Table("county_township", meta, autoload_with=conn)
    audit = sa.Table("audit_log", meta, autoload_with=conn)
    received = sa.Table("exchange_received", meta, autoload_with=conn)
    other = sa.Table("county_payment_other", meta, autoload_with=conn)
    held = conn.execute(sa.select(payment.c.id, payment.c.township_id, payment.c.period, payment.c.sequence,
                                  township.c.code)
                        .join(township, township.c.id == payment.c.township_id)).all()
    rows = []
    for pid, town_id, period, sequence, code in held:
        after = conn.execute(sa.select(audit.c.after)
                             .where(audit.c.entity == "county_payment", audit.c.entity_id == pid)
                             .order_by(audit.c.id.desc()).limit(1)).scalar()
        try:
            rosters = json.loads(after or "{}").get("other_rosters") or []
        except (ValueError, AttributeError):
            continue
        if not rosters:
            continue
        record = conn.execute(sa.select(received.c.id, received.c.sha256).where(
            received.c.counterpart == code, received.c.kind == "payments",
            received.c.sequence == sequence)).first()
        for i, r in enumerate(rosters):
            kind = _KINDS.get(str(r.get("kind") or "").strip())
            if kind is None:
                continue
            try:
                on = dt.date.fromisoformat(str(r.get("reviewed_on") or "")[:10])
            except ValueError:
                on = None
            rows.append({
                "payment_id": pid, "township_id": town_id, "period": period, "position": i, "kind": kind,
                "name": str(r.get("name") or "")[:100], "roster_period": str(r.get("period") or "")[:40],
                "reviewed_by": str(r.get("reviewed_by") or "")[:50], "reviewed_on": on,
                "households": int(r.get("households") or 0), "persons": int(r.get("persons") or 0),
                "amount_fen": int(r.get("amount") or 0), "sequence": sequence or 0,
                "sha256": record[1] if record else "", "received_id": record[0] if record else None})
    if rows:
        conn.execute(other.insert(), rows)


def downgrade() -> None:
    op.drop_index(op.f("ix_county_payment_other_township_id"), table_name="county_payment_other")
    op.drop_index(op.f("ix_county_payment_other_payment_id"), table_name="county_payment_other")
    op.drop_table("county_payment_other")
