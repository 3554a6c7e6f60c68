"""audit log as a hash chain: prev_hash and row_hash on each row, the chain's head

Revision ID: 0008
Revises: 0007

Existing rows are chained in id order, so an upgraded store verifies from its first row.
"""

from alembic import op
import sqlalchemy as sa

from dibao_desk.domain import audit_chain
from dibao_desk.models import dialect

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("row_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    conn = op.get_bind()
    prev, last_id = audit_chain.GENESIS, 0
    while True:
        rows = dialect.run(conn,
            f'SELECT id, {dialect.timestamp_text_sql(conn, "at")}, operator, entity, entity_id, action, "before", "after" '
            "FROM audit_log WHERE id > ? ORDER BY id LIMIT ?", (last_id, _BATCH)).all()
        if not rows:
            break
        links = audit_chain.chain(prev, [tuple(r) for r in rows])
        dialect.run(conn, "UPDATE audit_log SET prev_hash = ?, row_hash = ? WHERE id = ?",
                             [(p, h, i) for i, p, h in links])
        last_id, _, prev = links[-1]
    if last_id:
        dialect.run(conn, "INSERT INTO audit_head (id, last_id, hash) VALUES (1, ?, ?)", (last_id, prev))


def downgrade() -> None:
    op.drop_table("audit_head")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("row_hash")
        batch.drop_column("prev_hash")
