"""an index on income_item.member_id: removing a member (a roster's update moving members out, the
household form) no longer scans every income row for its foreign key

Revision ID: 0024
Revises: 0023
"""

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite checks income_item for every member deleted (ON DELETE SET NULL): without an
    # index on the column, a scan of the whole table each time
    op.create_index("ix_income_item_member_id", "income_item", ["member_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_income_item_member_id", table_name="income_item")
