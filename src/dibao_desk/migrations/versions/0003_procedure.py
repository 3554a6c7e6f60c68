"""applications and the ten steps

Revision ID: 0003
Revises: 0002
"""

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('procedure_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('refused_reason', sa.Text(), nullable=False),
    sa.Column('before_json', sa.Text(), nullable=False),
    sa.Column('after_json', sa.Text(), nullable=False),
    sa.Column('proposed_category', sa.String(length=12), nullable=False),
    sa.Column('proposed_fen', sa.Integer(), nullable=False),
    sa.Column('next_step', sa.Integer(), nullable=False),
    sa.Column('notice_start', sa.Date(), nullable=True),
    sa.Column('notice_end', sa.Date(), nullable=True),
    sa.Column('open_objections', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_procedure_case_household_id_household'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedure_case'))
    )
    with op.batch_alter_table('procedure_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_case_household_id'), ['household_id'], unique=False)
        batch_op.create_index('ix_procedure_case_status_step', ['status', 'next_step'], unique=False)

    op.create_table('procedure_objection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('result', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['procedure_case.id'], name=op.f('fk_procedure_objection_case_id_procedure_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedure_objection'))
    )
    with op.batch_alter_table('procedure_objection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_objection_case_id'), ['case_id'], unique=False)

    op.create_table('procedure_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('window_end', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('person', sa.String(length=50), nullable=False),
    sa.Column('result', sa.String(length=10), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('data_json', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['procedure_case.id'], name=op.f('fk_procedure_step_case_id_procedure_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedure_step'))
    )
    with op.batch_alter_table('procedure_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_step_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_procedure_step_step_start', ['step', 'started_on'], unique=False)

    op.create_table('procedure_review_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_step_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=30), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('detail', sa.String(length=300), nullable=False),
    sa.Column('objection', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_step_id'], ['procedure_step.id'], name=op.f('fk_procedure_review_item_case_step_id_procedure_step'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedure_review_item'))
    )
    with op.batch_alter_table('procedure_review_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_review_item_case_step_id'), ['case_step_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('procedure_review_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedure_review_item_case_step_id'))

    op.drop_table('procedure_review_item')
    with op.batch_alter_table('procedure_step', schema=None) as batch_op:
        batch_op.drop_index('ix_procedure_step_step_start')
        batch_op.drop_index(batch_op.f('ix_procedure_step_case_id'))

    op.drop_table('procedure_step')
    with op.batch_alter_table('procedure_objection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedure_objection_case_id'))

    op.drop_table('procedure_objection')
    with op.batch_alter_table('procedure_case', schema=None) as batch_op:
        batch_op.drop_index('ix_procedure_case_status_step')
        batch_op.drop_index(batch_op.f('ix_procedure_case_household_id'))

    op.drop_table('procedure_case')
