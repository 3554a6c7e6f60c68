"""review rules, schedules and recorded reviews

Revision ID: 0004
Revises: 0003
"""

from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('review_rule_set',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('elderly_age', sa.Integer(), nullable=False),
    sa.Column('gradual_exit_months', sa.Integer(), nullable=False),
    sa.Column('exit_reminder_months', sa.Integer(), nullable=False),
    sa.Column('refusal_threshold', sa.Integer(), nullable=False),
    sa.Column('refusal_consequence', sa.String(length=20), nullable=False),
    sa.Column('refusal_reduce_fen', sa.Integer(), nullable=False),
    sa.Column('refusal_reduce_percent', sa.Integer(), nullable=False),
    sa.Column('change_needs_notice', sa.Boolean(), nullable=False),
    sa.Column('cancel_needs_notice', sa.Boolean(), nullable=False),
    sa.Column('effect_offset_months', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_rule_set')),
    sa.UniqueConstraint('effective_from', name=op.f('uq_review_rule_set_effective_from'))
    )
    op.create_table('review_interval',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rule_set_id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=20), nullable=False),
    sa.Column('months', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['rule_set_id'], ['review_rule_set.id'], name=op.f('fk_review_interval_rule_set_id_review_rule_set'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_interval'))
    )
    with op.batch_alter_table('review_interval', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_interval_rule_set_id'), ['rule_set_id'], unique=False)

    op.create_table('review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('review_date', sa.Date(), nullable=False),
    sa.Column('visitor', sa.String(length=100), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('effective_month', sa.Date(), nullable=True),
    sa.Column('before_category', sa.String(length=12), nullable=False),
    sa.Column('after_category', sa.String(length=12), nullable=False),
    sa.Column('before_fen', sa.Integer(), nullable=False),
    sa.Column('after_fen', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('due_rule', sa.String(length=30), nullable=False),
    sa.Column('recorded_by', sa.String(length=50), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_review_household_id_household'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review'))
    )
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_review_date'), ['review_date'], unique=False)

    op.create_table('review_employment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('member_name', sa.String(length=50), nullable=False),
    sa.Column('gained_on', sa.Date(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('last_paid_month', sa.Date(), nullable=False),
    sa.Column('stop_month', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_review_employment_household_id_household'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_employment'))
    )
    with op.batch_alter_table('review_employment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_employment_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_employment_stop_month'), ['stop_month'], unique=False)

    op.create_table('review_schedule',
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('next_review_date', sa.Date(), nullable=False),
    sa.Column('next_review_rule', sa.String(length=30), nullable=False),
    sa.Column('months', sa.Integer(), nullable=False),
    sa.Column('base_date', sa.Date(), nullable=True),
    sa.Column('applicable', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_review_schedule_household_id_household'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('household_id', name=op.f('pk_review_schedule'))
    )
    with op.batch_alter_table('review_schedule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_schedule_next_review_date'), ['next_review_date'], unique=False)

    op.create_table('review_work_refusal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('member_name', sa.String(length=50), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('offer', sa.Text(), nullable=False),
    sa.Column('acted', sa.Boolean(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_review_work_refusal_household_id_household'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_work_refusal'))
    )
    with op.batch_alter_table('review_work_refusal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_work_refusal_household_id'), ['household_id'], unique=False)

    op.create_table('review_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=100), nullable=False),
    sa.Column('resolved_by', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_review_event_household_id_household'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resolved_by'], ['review.id'], name=op.f('fk_review_event_resolved_by_review'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_event'))
    )
    with op.batch_alter_table('review_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_event_household_id'), ['household_id'], unique=False)
        batch_op.create_index('ix_review_event_open', ['household_id', 'resolved_by'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('review_event', schema=None) as batch_op:
        batch_op.drop_index('ix_review_event_open')
        batch_op.drop_index(batch_op.f('ix_review_event_household_id'))

    op.drop_table('review_event')
    with op.batch_alter_table('review_work_refusal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_work_refusal_household_id'))

    op.drop_table('review_work_refusal')
    with op.batch_alter_table('review_schedule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_schedule_next_review_date'))

    op.drop_table('review_schedule')
    with op.batch_alter_table('review_employment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_employment_stop_month'))
        batch_op.drop_index(batch_op.f('ix_review_employment_household_id'))

    op.drop_table('review_employment')
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_review_date'))
        batch_op.drop_index(batch_op.f('ix_review_household_id'))

    op.drop_table('review')
    with op.batch_alter_table('review_interval', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_interval_rule_set_id'))

    op.drop_table('review_interval')
    op.drop_table('review_rule_set')
