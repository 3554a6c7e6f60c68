"""exchange packages with the county, cross-check warnings, county mode

Revision ID: 0006
Revises: 0005
"""

from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('county_sample_draw',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('drawn_at', sa.DateTime(), nullable=False),
    sa.Column('seed', sa.Integer(), nullable=False),
    sa.Column('share_permille', sa.Integer(), nullable=False),
    sa.Column('population', sa.Integer(), nullable=False),
    sa.Column('sampled', sa.Integer(), nullable=False),
    sa.Column('case_ids', sa.Text(), nullable=False),
    sa.Column('operator', sa.String(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_county_sample_draw'))
    )
    op.create_table('county_township',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_county_township')),
    sa.UniqueConstraint('code', name=op.f('uq_county_township_code'))
    )
    op.create_table('exchange_received',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counterpart', sa.String(length=12), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('accepted_rows', sa.Integer(), nullable=False),
    sa.Column('rejected_rows', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('operator', sa.String(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_received')),
    sa.UniqueConstraint('counterpart', 'kind', 'sequence', name='uq_exchange_received_sequence')
    )
    with op.batch_alter_table('exchange_received', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_received_sha256'), ['sha256'], unique=False)

    op.create_table('exchange_sent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counterpart', sa.String(length=12), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('operator', sa.String(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_sent'))
    )
    with op.batch_alter_table('exchange_sent', schema=None) as batch_op:
        batch_op.create_index('ix_exchange_sent_counterpart_kind', ['counterpart', 'kind', 'sequence'], unique=False)

    op.create_table('county_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('township_id', sa.Integer(), nullable=False),
    sa.Column('case_ref', sa.String(length=40), nullable=False),
    sa.Column('household_ref', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('village', sa.String(length=100), nullable=False),
    sa.Column('head_name', sa.String(length=50), nullable=False),
    sa.Column('head_id_number', sa.String(length=18), nullable=False),
    sa.Column('hukou_type', sa.String(length=10), nullable=False),
    sa.Column('persons', sa.Integer(), nullable=False),
    sa.Column('covered', sa.Integer(), nullable=False),
    sa.Column('income_fen', sa.Integer(), nullable=False),
    sa.Column('per_capita_fen', sa.Integer(), nullable=False),
    sa.Column('proposed_category', sa.String(length=12), nullable=False),
    sa.Column('proposed_fen', sa.Integer(), nullable=False),
    sa.Column('township_reviewed_on', sa.Date(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('received_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('sampled', sa.Boolean(), nullable=False),
    sa.Column('draw_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['draw_id'], ['county_sample_draw.id'], name=op.f('fk_county_case_draw_id_county_sample_draw'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['received_id'], ['exchange_received.id'], name=op.f('fk_county_case_received_id_exchange_received'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['township_id'], ['county_township.id'], name=op.f('fk_county_case_township_id_county_township')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_county_case')),
    sa.UniqueConstraint('township_id', 'case_ref', name='uq_county_case_ref')
    )
    with op.batch_alter_table('county_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_county_case_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_county_case_township_id'), ['township_id'], unique=False)

    op.create_table('county_roster_household',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('township_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('household_ref', sa.String(length=40), nullable=False),
    sa.Column('village', sa.String(length=100), nullable=False),
    sa.Column('head_name', sa.String(length=50), nullable=False),
    sa.Column('head_id_number', sa.String(length=18), nullable=False),
    sa.Column('hukou_type', sa.String(length=10), nullable=False),
    sa.Column('persons', sa.Integer(), nullable=False),
    sa.Column('covered', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=12), nullable=False),
    sa.Column('monthly_fen', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['township_id'], ['county_township.id'], name=op.f('fk_county_roster_household_township_id_county_township')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_county_roster_household'))
    )
    with op.batch_alter_table('county_roster_household', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_county_roster_household_head_id_number'), ['head_id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_county_roster_household_township_id'), ['township_id'], unique=False)

    op.create_table('county_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('approved', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('decided_by', sa.String(length=50), nullable=False),
    sa.Column('sampled', sa.Boolean(), nullable=False),
    sa.Column('sent_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['county_case.id'], name=op.f('fk_county_decision_case_id_county_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sent_id'], ['exchange_sent.id'], name=op.f('fk_county_decision_sent_id_exchange_sent'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_county_decision')),
    sa.UniqueConstraint('case_id', name=op.f('uq_county_decision_case_id'))
    )
    op.create_table('crosscheck_warning',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=True),
    sa.Column('answer_by', sa.Date(), nullable=True),
    sa.Column('county_ref', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('answer_note', sa.Text(), nullable=False),
    sa.Column('received_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_crosscheck_warning_household_id_household'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['received_id'], ['exchange_received.id'], name=op.f('fk_crosscheck_warning_received_id_exchange_received'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crosscheck_warning'))
    )
    with op.batch_alter_table('crosscheck_warning', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crosscheck_warning_answer_by'), ['answer_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_crosscheck_warning_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_crosscheck_warning_id_number'), ['id_number'], unique=False)

    op.create_table('county_warning',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('township_id', sa.Integer(), nullable=False),
    sa.Column('warning_ref', sa.String(length=40), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=True),
    sa.Column('answer_by', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('sent_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('operator', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['sent_id'], ['exchange_sent.id'], name=op.f('fk_county_warning_sent_id_exchange_sent'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['township_id'], ['county_township.id'], name=op.f('fk_county_warning_township_id_county_township')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_county_warning')),
    sa.UniqueConstraint('warning_ref', name=op.f('uq_county_warning_warning_ref'))
    )
    with op.batch_alter_table('county_warning', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_county_warning_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_county_warning_township_id'), ['township_id'], unique=False)


def downgrade() -> None:

    with op.batch_alter_table('county_warning', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_county_warning_township_id'))
        batch_op.drop_index(batch_op.f('ix_county_warning_status'))

    op.drop_table('county_warning')

    with op.batch_alter_table('crosscheck_warning', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crosscheck_warning_id_number'))
        batch_op.drop_index(batch_op.f('ix_crosscheck_warning_household_id'))
        batch_op.drop_index(batch_op.f('ix_crosscheck_warning_answer_by'))

    op.drop_table('crosscheck_warning')
    op.drop_table('county_decision')
    with op.batch_alter_table('county_roster_household', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_county_roster_household_township_id'))
        batch_op.drop_index(batch_op.f('ix_county_roster_household_head_id_number'))

    op.drop_table('county_roster_household')
    with op.batch_alter_table('county_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_county_case_township_id'))
        batch_op.drop_index(batch_op.f('ix_county_case_status'))

    op.drop_table('county_case')
    with op.batch_alter_table('exchange_sent', schema=None) as batch_op:
        batch_op.drop_index('ix_exchange_sent_counterpart_kind')

    op.drop_table('exchange_sent')
    with op.batch_alter_table('exchange_received', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exchange_received_sha256'))

    op.drop_table('exchange_received')
    op.drop_table('county_township')
    op.drop_table('county_sample_draw')
