"""payment rosters (造册) and their lines

Revision ID: 0017
Revises: 0016
"""

from alembic import op
import sqlalchemy as sa

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payroll",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("first_month", sa.Date(), nullable=False),
        sa.Column("last_month", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("subsidy_basis", sa.String(length=12), nullable=False),
        sa.Column("subsidy_fen", sa.Integer(), nullable=False),
        sa.Column("subsidy_scope", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("made_by", sa.String(length=50), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("reviewed_by", sa.String(length=50), nullable=False),
        sa.Column("reviewed_account", sa.String(length=50), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("reported_by", sa.String(length=50), nullable=False),
        sa.Column("households", sa.Integer(), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.Column("total_fen", sa.Integer(), nullable=False),
        sa.Column("benefit_fen", sa.Integer(), nullable=False),
        sa.Column("supplement_fen", sa.Integer(), nullable=False),
        sa.Column("back_pay_fen", sa.Integer(), nullable=False),
        sa.Column("recovery_fen", sa.Integer(), nullable=False),
        sa.Column("subsidy_total_fen", sa.Integer(), nullable=False),
        sa.Column("lines_count", sa.Integer(), nullable=False),
        sa.Column("zero_households", sa.Integer(), nullable=False),
        sa.Column("source_shares", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payroll")),
        sa.UniqueConstraint("period", "kind", "name", name="uq_payroll_period_kind_name"),
    )
    op.create_index(op.f("ix_payroll_status"), "payroll", ["status"], unique=False)
    op.create_table(
        "payroll_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payroll_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("account_name", sa.String(length=50), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("account", sa.String(length=40), nullable=False),
        sa.Column("bank_name", sa.String(length=100), nullable=False),
        sa.Column("bank_code", sa.String(length=12), nullable=False),
        sa.Column("village", sa.String(length=50), nullable=False),
        sa.Column("category", sa.String(length=12), nullable=False),
        sa.Column("hukou_type", sa.String(length=10), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("first_month", sa.Date(), nullable=True),
        sa.Column("last_month", sa.Date(), nullable=True),
        sa.Column("benefit_fen", sa.Integer(), nullable=False),
        sa.Column("supplement_fen", sa.Integer(), nullable=False),
        sa.Column("line_kind", sa.String(length=12), nullable=False),
        sa.Column("total_fen", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("zero", sa.Boolean(), nullable=False),
        sa.Column("ledger_adjustment_id", sa.Integer(), nullable=True),
        sa.Column("recovery_id", sa.Integer(), nullable=True),
        sa.Column("bank_status", sa.String(length=10), nullable=False),
        sa.Column("bank_reason", sa.String(length=200), nullable=False),
        sa.Column("bank_answered_on", sa.Date(), nullable=True),
        sa.Column("carried_from_line_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["payroll_id"], ["payroll.id"], name=op.f("fk_payroll_line_payroll_id_payroll"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["household_id"], ["household.id"],
                                name=op.f("fk_payroll_line_household_id_household")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payroll_line")),
    )
    op.create_index("ix_payroll_line_payroll", "payroll_line", ["payroll_id", "position"], unique=False)
    op.create_index(op.f("ix_payroll_line_household_id"), "payroll_line", ["household_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_payroll_line_household_id"), table_name="payroll_line")
    op.drop_index("ix_payroll_line_payroll", table_name="payroll_line")
    op.drop_table("payroll_line")
    op.drop_index(op.f("ix_payroll_status"), table_name="payroll")
    op.drop_table("payroll")
