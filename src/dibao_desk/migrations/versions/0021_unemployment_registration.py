"""a member's 失业登记 (registered as unemployed), counted in the 台账

Revision ID: 0021
Revises: 0020
"""

from alembic import op
import sqlalchemy as sa

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # every member held so far: not known to be registered (the window warns where one should be)
    op.add_column("member", sa.Column("unemployment_registered", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("member", "unemployment_registered")
