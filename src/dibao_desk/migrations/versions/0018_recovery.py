"""the 追回 register, its instalments; the county's copy of townships' registers and payments

Revision ID: 0018
Revises: 0017
"""

from alembic import op
import sqlalchemy as sa

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recovery_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("recovered_fen", sa.Integer(), nullable=False),
        sa.Column("first_month", sa.Date(), nullable=True),
        sa.Column("last_month", sa.Date(), nullable=True),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("per_month_fen", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("ledger_decision_id", sa.Integer(), nullable=True),
        sa.Column("ledger_adjustment_id", sa.Integer(), nullable=True),
        sa.Column("followup_id", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("write_off_reason", sa.Text(), nullable=False),
        sa.Column("write_off_by", sa.String(length=50), nullable=False),
        sa.Column("recorded_by", sa.String(length=50), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["household_id"], ["household.id"],
                                name=op.f("fk_recovery_entry_household_id_household"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["ledger_decision_id"], ["ledger_decision.id"],
                                name=op.f("fk_recovery_entry_ledger_decision_id_ledger_decision"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["ledger_adjustment_id"], ["ledger_adjustment.id"],
                                name=op.f("fk_recovery_entry_ledger_adjustment_id_ledger_adjustment"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["followup_id"], ["integrity_followup.id"],
                                name=op.f("fk_recovery_entry_followup_id_integrity_followup"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recovery_entry")),
    )
    op.create_index(op.f("ix_recovery_entry_household_id"), "recovery_entry", ["household_id"], unique=False)
    op.create_index(op.f("ix_recovery_entry_status"), "recovery_entry", ["status"], unique=False)
    op.create_index(op.f("ix_recovery_entry_ledger_decision_id"), "recovery_entry", ["ledger_decision_id"],
                    unique=False)
    op.create_table(
        "recovery_instalment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("receipt_no", sa.String(length=60), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("payroll_line_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=50), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["recovery_entry.id"],
                                name=op.f("fk_recovery_instalment_entry_id_recovery_entry"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["payroll_line_id"], ["payroll_line.id"],
                                name=op.f("fk_recovery_instalment_payroll_line_id_payroll_line"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recovery_instalment")),
    )
    op.create_index(op.f("ix_recovery_instalment_entry_id"), "recovery_instalment", ["entry_id"], unique=False)
    op.create_index(op.f("ix_recovery_instalment_payroll_line_id"), "recovery_instalment", ["payroll_line_id"],
                    unique=False)
    op.create_table(
        "county_recovery_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("township_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("entry_ref", sa.String(length=40), nullable=False),
        sa.Column("household_ref", sa.String(length=40), nullable=False),
        sa.Column("head_name", sa.String(length=50), nullable=False),
        sa.Column("head_id_number", sa.String(length=18), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("recovered_fen", sa.Integer(), nullable=False),
        sa.Column("balance_fen", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(["township_id"], ["county_township.id"],
                                name=op.f("fk_county_recovery_entry_township_id_county_township")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_county_recovery_entry")),
    )
    op.create_index(op.f("ix_county_recovery_entry_township_id"), "county_recovery_entry", ["township_id"],
                    unique=False)
    op.create_table(
        "county_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("township_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.Column("households", sa.Integer(), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.Column("lines_fen", sa.Integer(), nullable=False),
        sa.Column("roster_total_fen", sa.Integer(), nullable=True),
        sa.Column("roster_adjustment_fen", sa.Integer(), nullable=True),
        sa.Column("ledger_households", sa.Integer(), nullable=True),
        sa.Column("ledger_total_fen", sa.Integer(), nullable=True),
        sa.Column("ledger_adjustment_fen", sa.Integer(), nullable=True),
        sa.Column("reviewed_by", sa.String(length=50), nullable=False),
        sa.Column("mismatch", sa.String(length=40), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["township_id"], ["county_township.id"],
                                name=op.f("fk_county_payment_township_id_county_township")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_county_payment")),
        sa.UniqueConstraint("township_id", "period", name=op.f("uq_county_payment_township_id")),
    )
    op.create_index(op.f("ix_county_payment_township_id"), "county_payment", ["township_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_county_payment_township_id"), table_name="county_payment")
    op.drop_table("county_payment")
    op.drop_index(op.f("ix_county_recovery_entry_township_id"), table_name="county_recovery_entry")
    op.drop_table("county_recovery_entry")
    op.drop_index(op.f("ix_recovery_instalment_payroll_line_id"), table_name="recovery_instalment")
    op.drop_index(op.f("ix_recovery_instalment_entry_id"), table_name="recovery_instalment")
    op.drop_table("recovery_instalment")
    op.drop_index(op.f("ix_recovery_entry_ledger_decision_id"), table_name="recovery_entry")
    op.drop_index(op.f("ix_recovery_entry_status"), table_name="recovery_entry")
    op.drop_index(op.f("ix_recovery_entry_household_id"), table_name="recovery_entry")
    op.drop_table("recovery_entry")
