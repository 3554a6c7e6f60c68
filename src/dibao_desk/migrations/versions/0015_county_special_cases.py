"""county decisions carry the collective decision of a special case

Revision ID: 0015
Revises: 0014

Decisions recorded before this revision were not special cases: they keep "".
"""

from alembic import op
import sqlalchemy as sa

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('county_decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('special_json', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    op.execute("ALTER TABLE county_decision DROP COLUMN special_json")
