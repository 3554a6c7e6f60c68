"""registers: false declarations (诚信档案), relatives of staff and cadres (近亲属备案),
complaints, the office's working-day overrides, follow-ups (取消 / 追回 called for)

Revision ID: 0012
Revises: 0011
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('workday_override',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('workday', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_workday_override'))
    )
    op.create_table('filing_staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('village_id', sa.Integer(), nullable=True),
    sa.Column('post', sa.String(length=50), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_filing_staff_village_id_village'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_filing_staff')),
    sa.UniqueConstraint('id_number', name=op.f('uq_filing_staff_id_number'))
    )
    with op.batch_alter_table('filing_staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_filing_staff_village_id'), ['village_id'], unique=False)

    op.create_table('complaint',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('complainant', sa.String(length=50), nullable=False),
    sa.Column('contact', sa.String(length=60), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('household_name', sa.String(length=50), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('due_approximate', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('investigation', sa.Text(), nullable=False),
    sa.Column('investigator', sa.String(length=50), nullable=False),
    sa.Column('finding', sa.String(length=15), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('recorded_by', sa.String(length=50), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_complaint_household_id_household'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint'))
    )
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaint_received_on'), ['received_on'], unique=False)
        batch_op.create_index('ix_complaint_status_due', ['status', 'due_on'], unique=False)

    op.create_table('filing_relative',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=50), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['filing_staff.id'], name=op.f('fk_filing_relative_staff_id_filing_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_filing_relative')),
    sa.UniqueConstraint('staff_id', 'id_number', name='uq_filing_relative_staff_person')
    )
    with op.batch_alter_table('filing_relative', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_filing_relative_id_number'), ['id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_filing_relative_staff_id'), ['staff_id'], unique=False)

    op.create_table('integrity_followup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_integrity_followup_household_id_household'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_integrity_followup')),
    sa.UniqueConstraint('kind', 'source', 'source_id', name='uq_integrity_followup_source')
    )
    with op.batch_alter_table('integrity_followup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_integrity_followup_household_id'), ['household_id'], unique=False)

    op.create_table('integrity_declaration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('found_on', sa.Date(), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('bar_ends', sa.Date(), nullable=True),
    sa.Column('recorded_by', sa.String(length=50), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['procedure_case.id'], name=op.f('fk_integrity_declaration_case_id_procedure_case'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_integrity_declaration_household_id_household'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_integrity_declaration'))
    )
    with op.batch_alter_table('integrity_declaration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_integrity_declaration_bar_ends'), ['bar_ends'], unique=False)
        batch_op.create_index(batch_op.f('ix_integrity_declaration_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_integrity_declaration_id_number'), ['id_number'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('integrity_declaration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_integrity_declaration_id_number'))
        batch_op.drop_index(batch_op.f('ix_integrity_declaration_household_id'))
        batch_op.drop_index(batch_op.f('ix_integrity_declaration_bar_ends'))

    op.drop_table('integrity_declaration')
    with op.batch_alter_table('integrity_followup', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_integrity_followup_household_id'))

    op.drop_table('integrity_followup')
    with op.batch_alter_table('filing_relative', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_filing_relative_staff_id'))
        batch_op.drop_index(batch_op.f('ix_filing_relative_id_number'))

    op.drop_table('filing_relative')
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.drop_index('ix_complaint_status_due')
        batch_op.drop_index(batch_op.f('ix_complaint_received_on'))
        batch_op.drop_index(batch_op.f('ix_complaint_household_id'))

    op.drop_table('complaint')
    with op.batch_alter_table('filing_staff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_filing_staff_village_id'))

    op.drop_table('filing_staff')
    op.drop_table('workday_override')
