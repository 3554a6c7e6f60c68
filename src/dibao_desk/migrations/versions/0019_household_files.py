"""documents filed with a household (一户一档); a village may be retired

Revision ID: 0019
Revises: 0018
"""

from alembic import op
import sqlalchemy as sa

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "household_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("stored_path", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(["household_id"], ["household.id"], name=op.f("fk_household_file_household_id_household"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_file")),
        sa.UniqueConstraint("household_id", "sha256", name=op.f("uq_household_file_household_id")),
    )
    op.create_index(op.f("ix_household_file_household_id"), "household_file", ["household_id"], unique=False)
    op.add_column("village", sa.Column("retired_on", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("village", "retired_on")  # ALTER TABLE … DROP COLUMN: SQLite ≥ 3.35 and PostgreSQL
    op.drop_index(op.f("ix_household_file_household_id"), table_name="household_file")
    op.drop_table("household_file")
