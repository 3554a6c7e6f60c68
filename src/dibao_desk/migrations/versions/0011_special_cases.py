"""special cases approved by collective decision: the case carries the kind

Revision ID: 0011
Revises: 0010

Cases decided before this revision were approved without a collective decision: they
keep "" (not a special case).
"""

from alembic import op
import sqlalchemy as sa

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('procedure_case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('special_case', sa.String(length=20), server_default='', nullable=False))


def downgrade() -> None:
    # DROP COLUMN in place: a batch copy of the table would drop the old one, and with
    # foreign keys on that deletes every step of every case (ON DELETE CASCADE).
    op.execute("ALTER TABLE procedure_case DROP COLUMN special_case")
