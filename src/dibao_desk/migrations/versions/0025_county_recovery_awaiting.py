"""the county keeps, per 追回 entry a township reports, the part of 已收回 deducted on roster
transfers the bank has not answered yet (the package's 其中待银行回执 column)

Revision ID: 0025
Revises: 0024
"""

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # entries received before: their packages may have carried the figure, but it was not kept;
    # 0 until the township's next roster package replaces its register
    op.add_column("county_recovery_entry",
                  sa.Column("awaiting_fen", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("county_recovery_entry") as batch:
        batch.drop_column("awaiting_fen")
