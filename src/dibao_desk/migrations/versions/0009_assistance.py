"""linked assistance (1+X) per household and member

Revision ID: 0009
Revises: 0008
"""

from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "linked_assistance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("member_id_number", sa.String(length=18), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("giver", sa.String(length=100), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["household_id"], ["household.id"], ondelete="CASCADE",
                                name=op.f("fk_linked_assistance_household_id_household")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_linked_assistance")),
    )
    op.create_index("ix_linked_assistance_household", "linked_assistance", ["household_id", "given_on"])
    op.create_index("ix_linked_assistance_given_on", "linked_assistance", ["given_on", "kind"])


def downgrade() -> None:
    op.drop_index("ix_linked_assistance_given_on", table_name="linked_assistance")
    op.drop_index("ix_linked_assistance_household", table_name="linked_assistance")
    op.drop_table("linked_assistance")
