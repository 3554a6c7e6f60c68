"""an index on audit_log (entity, entity_id): a notice reprint finds the audit row of an older
posting (and other lookups of one record's audit rows) without reading the whole log; and on
PostgreSQL household.head_sort_key compared byte by byte (COLLATE "C"), so two heads whose names
read the same in pinyin come in the same order as on SQLite (pinyin key, then the name's code
points), whatever collation the database was made with

Revision ID: 0028
Revises: 0027
"""

import sqlalchemy as sa
from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the lookups filter on entity and entity_id (and action): 11,800 rows scanned took 55 ms
    op.create_index("ix_audit_log_entity", "audit_log", ["entity", "entity_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        # the values are already "pinyin name" (names.sort_key): only the comparison changes;
        # PostgreSQL rebuilds ix_household_head_sort with the new collation
        op.alter_column("household", "head_sort_key", existing_type=sa.String(length=200),
                        type_=sa.String(length=200, collation="C"), existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("household", "head_sort_key", existing_type=sa.String(length=200, collation="C"),
                        type_=sa.String(length=200), existing_nullable=False)
    op.drop_index("ix_audit_log_entity", table_name="audit_log")
