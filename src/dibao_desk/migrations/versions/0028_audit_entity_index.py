"""an index on audit_log (entity, entity_id): a notice reprint finds the audit row of an older
posting (and other lookups of one record's audit rows) without reading the whole log

Revision ID: 0028
Revises: 0027
"""

from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the lookups filter on entity and entity_id (and action): 11,800 rows scanned took 55 ms
    op.create_index("ix_audit_log_entity", "audit_log", ["entity", "entity_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audit_log_entity", table_name="audit_log")
