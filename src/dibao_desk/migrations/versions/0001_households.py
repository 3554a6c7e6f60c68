"""households, villages, office, audit

Revision ID: 0001
Revises: 
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('operator', sa.String(length=50), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('before', sa.Text(), nullable=False),
    sa.Column('after', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('office',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('admin_code', sa.String(length=12), nullable=False),
    sa.Column('county_name', sa.String(length=100), nullable=False),
    sa.Column('complaint_phone', sa.String(length=40), nullable=False),
    sa.Column('complaint_box', sa.String(length=200), nullable=False),
    sa.Column('mode', sa.String(length=10), nullable=False),
    sa.Column('operator', sa.String(length=50), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office'))
    )
    op.create_table('village',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('population', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_village')),
    sa.UniqueConstraint('name', name=op.f('uq_village_name'))
    )
    op.create_table('household',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_id', sa.Integer(), nullable=False),
    sa.Column('hukou_type', sa.String(length=10), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('bank_name', sa.String(length=100), nullable=False),
    sa.Column('bank_account', sa.String(length=40), nullable=False),
    sa.Column('employment_deduction_fen', sa.Integer(), nullable=False),
    sa.Column('consent_full_notice', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('category', sa.String(length=12), nullable=False),
    sa.Column('monthly_benefit_fen', sa.Integer(), nullable=False),
    sa.Column('benefit_start', sa.Date(), nullable=True),
    sa.Column('head_name', sa.String(length=50), nullable=False),
    sa.Column('head_sort_key', sa.String(length=200), nullable=False),
    sa.Column('head_id_number', sa.String(length=18), nullable=False),
    sa.Column('person_count', sa.Integer(), nullable=False),
    sa.Column('covered_count', sa.Integer(), nullable=False),
    sa.Column('income_fen', sa.Integer(), nullable=False),
    sa.Column('per_capita_fen', sa.Integer(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_household_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household'))
    )
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.create_index('ix_household_head_sort', ['head_sort_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_village_id'), ['village_id'], unique=False)
        batch_op.create_index('ix_household_village_status', ['village_id', 'status'], unique=False)

    op.create_table('member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('sex', sa.String(length=2), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.Column('disability_grade', sa.Integer(), nullable=False),
    sa.Column('serious_illness', sa.Boolean(), nullable=False),
    sa.Column('illness_note', sa.String(length=200), nullable=False),
    sa.Column('work_capacity', sa.String(length=10), nullable=False),
    sa.Column('employment', sa.String(length=20), nullable=False),
    sa.Column('covered', sa.Boolean(), nullable=False),
    sa.Column('not_covered_reason', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_member_household_id_household'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member')),
    sa.UniqueConstraint('id_number', name=op.f('uq_member_id_number'))
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_household_id'), ['household_id'], unique=False)

    op.create_table('property_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('value_fen', sa.Integer(), nullable=False),
    sa.Column('area_m2_x100', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_property_item_household_id_household'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_property_item'))
    )
    with op.batch_alter_table('property_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_property_item_household_id'), ['household_id'], unique=False)

    op.create_table('supporter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.Column('duty', sa.String(length=20), nullable=False),
    sa.Column('household_size', sa.Integer(), nullable=False),
    sa.Column('household_income_fen', sa.Integer(), nullable=False),
    sa.Column('support_paid_fen', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_supporter_household_id_household'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supporter'))
    )
    with op.batch_alter_table('supporter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supporter_household_id'), ['household_id'], unique=False)

    op.create_table('income_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_income_item_household_id_household'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_income_item_member_id_member'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_income_item'))
    )
    with op.batch_alter_table('income_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_income_item_household_id'), ['household_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('income_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_income_item_household_id'))

    op.drop_table('income_item')
    with op.batch_alter_table('supporter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supporter_household_id'))

    op.drop_table('supporter')
    with op.batch_alter_table('property_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_property_item_household_id'))

    op.drop_table('property_item')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_household_id'))

    op.drop_table('member')
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_index('ix_household_village_status')
        batch_op.drop_index(batch_op.f('ix_household_village_id'))
        batch_op.drop_index(batch_op.f('ix_household_status'))
        batch_op.drop_index('ix_household_head_sort')

    op.drop_table('household')
    op.drop_table('village')
    op.drop_table('office')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    
