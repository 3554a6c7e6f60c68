"""the bank account may be opened in a member's name (开户人), not the head's: the household keeps
the holder's ID number (NULL: the head holds it, as before), and a roster line keeps the head's
name beside the payee's, so a line paid to a member still says whose household it is

Revision ID: 0026
Revises: 0025
"""

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("household", sa.Column("bank_holder_id_number", sa.String(18), nullable=True))
    op.create_index("ix_household_bank_holder", "household", ["bank_holder_id_number"])
    op.add_column("payroll_line",
                  sa.Column("head_name", sa.String(50), nullable=False, server_default=""))
    # every line made before was paid to the head: the payee is the head
    op.execute("UPDATE payroll_line SET head_name = account_name")


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN in place (SQLite ≥ 3.35 and PostgreSQL): a batch copy of the
    # household table would drop the table the members' foreign keys point at
    op.drop_column("payroll_line", "head_name")
    op.drop_index("ix_household_bank_holder", table_name="household")
    op.drop_column("household", "bank_holder_id_number")
