"""dated policy figures, with the example set

Revision ID: 0002
Revises: 0001
"""

import datetime as dt
import json

from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The example set every new store starts with (marked as an example to replace).
EXAMPLE_FIGURES = {
    "urban_standard_fen": 60000, "rural_standard_fen": 45000, "method": "difference",
    "class1_fen": 7700, "class2_fen": 5200, "class3_fen": 4200,
    "elderly_supplement_fen": 3000, "elderly_age": 70, "disabled_supplement_fen": 5000,
    "disabled_grade_max": 2, "ill_supplement_fen": 5000, "minor_supplement_fen": 3000,
    "minor_age": 18, "single_parent_supplement_fen": 2000, "supplements_stack": False,
    "deposit_limit_per_person_fen": 1000000, "vehicles_allowed": 0, "vehicle_exempt_below_fen": 0, "houses_max": 1,
    "housing_area_per_person_m2_x100": 0, "employment_deduction_per_member_fen": 10000,
    "employment_deduction_permille": 0, "rounding": "yuan_up", "minimum_benefit_fen": 0,
    "notice_days": 7, "county_check_permille": 300,
}
EXAMPLE_NOTE = ("示例数据（保障标准为示例值；分类施保金额取自某市报告：一类77元、二类52元、三类42元），"
                "请按县民政局公布的标准另建一套政策标准")


def upgrade() -> None:
    policy_set = op.create_table('policy_set',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('is_example', sa.Boolean(), nullable=False),
    sa.Column('figures_json', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_set'))
    )
    with op.batch_alter_table('policy_set', schema=None) as batch_op:
        batch_op.create_index('ix_policy_set_effective', ['effective_from', 'id'], unique=False)
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    op.bulk_insert(policy_set, [{
        "effective_from": dt.date(2000, 1, 1), "note": EXAMPLE_NOTE, "is_example": True,
        "figures_json": json.dumps(EXAMPLE_FIGURES, ensure_ascii=False, sort_keys=True),
        "created_by": "", "created_at": now, "updated_at": now}])


def downgrade() -> None:
    with op.batch_alter_table('policy_set', schema=None) as batch_op:
        batch_op.drop_index('ix_policy_set_effective')
    op.drop_table('policy_set')
