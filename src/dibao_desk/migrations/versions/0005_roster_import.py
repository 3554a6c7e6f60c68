"""remembered column mappings for roster import

Revision ID: 0005
Revises: 0004
"""

from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "roster_mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shape_key", sa.String(length=64), nullable=False),
        sa.Column("labels", sa.Text(), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_mapping")),
        sa.UniqueConstraint("shape_key", name=op.f("uq_roster_mapping_shape_key")),
    )


def downgrade() -> None:
    op.drop_table("roster_mapping")
