"""a member's 人员状态 date (the day of a death, a move away, a marriage out, imprisonment)

Revision ID: 0023
Revises: 0022
"""

from alembic import op
import sqlalchemy as sa

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # every member held so far: no date known for the status it has
    op.add_column("member", sa.Column("status_on", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("member", "status_on")
