"""review rules: severe disability grades, rural class intervals, stable income; working age

Revision ID: 0010
Revises: 0009

Every rule set an office saved gets the figures the new rules need, from what it holds:
the rural class intervals take the months of the class (until now one interval served
urban and rural), ``stable_income`` is half-yearly (seed 001), and the half-yearly
disability rule applies to grades 1 and 2 (重残, seed 000). Every policy set gets the
working age (劳动年龄) the 失业登记 check item uses: from 16 to below 60 for men, 55 for women.
"""

import json

from alembic import op
import sqlalchemy as sa

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

RURAL_CLASS_RULES = {"class1_rural": "class1", "class2_rural": "class2", "class3_rural": "class3"}
STABLE_INCOME_MONTHS = 6
WORKING_AGE = {"working_age_min": 16, "working_age_end_male": 60, "working_age_end_female": 55}


def upgrade() -> None:
    with op.batch_alter_table('review_rule_set', schema=None) as batch_op:
        batch_op.add_column(sa.Column('severe_disability_grades', sa.String(length=20), server_default='1,2',
                                      nullable=False))
    op.create_table('review_income_stable',
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('marked_on', sa.Date(), nullable=False),
    sa.Column('marked_by', sa.String(length=50), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_review_income_stable_household_id_household'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_review_income_stable_review_id_review'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('household_id', name=op.f('pk_review_income_stable'))
    )
    conn = op.get_bind()
    sets = [r[0] for r in conn.execute(sa.text("SELECT id FROM review_rule_set"))]
    for set_id in sets:
        have: dict[str, int] = dict(conn.execute(sa.text("SELECT rule, months FROM review_interval WHERE rule_set_id = :s"),
                                 {"s": set_id}).all())
        add = {rural: have[urban] for rural, urban in RURAL_CLASS_RULES.items() if rural not in have and urban in have}
        if "stable_income" not in have:
            add["stable_income"] = STABLE_INCOME_MONTHS
        for rule, months in add.items():
            conn.execute(sa.text("INSERT INTO review_interval (rule_set_id, rule, months) VALUES (:s, :r, :m)"),
                         {"s": set_id, "r": rule, "m": months})
    for set_id, text in conn.execute(sa.text("SELECT id, figures_json FROM policy_set")).all():
        figures = json.loads(text)
        if all(k in figures for k in WORKING_AGE):
            continue
        figures = {**WORKING_AGE, **figures}
        conn.execute(sa.text("UPDATE policy_set SET figures_json = :f WHERE id = :i"),
                     {"f": json.dumps(figures, ensure_ascii=False, sort_keys=True), "i": set_id})


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM review_interval WHERE rule IN "
                         "('class1_rural', 'class2_rural', 'class3_rural', 'stable_income')"))
    op.drop_table('review_income_stable')
    # in place: a batch copy of review_rule_set would cascade-delete every review_interval
    op.execute("ALTER TABLE review_rule_set DROP COLUMN severe_disability_grades")
