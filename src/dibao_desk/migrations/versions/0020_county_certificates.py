"""the county keeps each household's 低保证号 from the township's roster

Revision ID: 0020
Revises: 0019

Rosters received before this revision carried no number the county kept: they read "".
The next roster a township sends fills it in.
"""

from alembic import op
import sqlalchemy as sa

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('county_roster_household', schema=None) as batch_op:
        batch_op.add_column(sa.Column('certificate', sa.String(length=30), server_default='', nullable=False))
        batch_op.create_index(batch_op.f('ix_county_roster_household_certificate'), ['certificate'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('county_roster_household', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_county_roster_household_certificate'))
        batch_op.drop_column('certificate')
