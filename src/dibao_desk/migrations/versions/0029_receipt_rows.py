"""the rows of the receipt (回执) an import wrote, kept with the package's record: a receipt
that could not be saved on the stick (pulled out after the commit) is written again from them
when the same package is imported again

Revision ID: 0029
Revises: 0028
"""

import sqlalchemy as sa
from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exchange_received") as batch:
        batch.add_column(sa.Column("receipt_rows", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("exchange_received") as batch:
        batch.drop_column("receipt_rows")
