"""documents filed with a household or a case (一户一档); a village may be retired; each case
keeps the household as it was decided; the county systems' fields (主要致贫原因, 三无, and per
member 生活自理能力, 健康状况, 人员状态)

Revision ID: 0019
Revises: 0018
"""

from alembic import op
import sqlalchemy as sa

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "household_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("stored_path", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(["household_id"], ["household.id"], name=op.f("fk_household_file_household_id_household"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["case_id"], ["procedure_case.id"], name=op.f("fk_household_file_case_id_procedure_case"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_file")),
        sa.UniqueConstraint("household_id", "sha256", name=op.f("uq_household_file_household_id")),
    )
    op.create_index(op.f("ix_household_file_household_id"), "household_file", ["household_id"], unique=False)
    op.create_index(op.f("ix_household_file_case_id"), "household_file", ["case_id"], unique=False)
    op.add_column("village", sa.Column("retired_on", sa.Date(), nullable=True))
    op.add_column("procedure_case", sa.Column("decided_json", sa.Text(), nullable=False, server_default=""))
    op.add_column("household", sa.Column("poverty_cause", sa.String(length=12), nullable=False, server_default=""))
    op.add_column("household", sa.Column("sanwu", sa.Boolean(), nullable=False, server_default=sa.false()))
    for name, length, default in (("self_care", 8, ""), ("health", 8, ""), ("person_status", 12, "normal")):
        op.add_column("member", sa.Column(name, sa.String(length=length), nullable=False, server_default=default))


def downgrade() -> None:
    for table, name in (("member", "person_status"), ("member", "health"), ("member", "self_care"),
                        ("household", "sanwu"), ("household", "poverty_cause"), ("procedure_case", "decided_json")):
        op.drop_column(table, name)
    op.drop_column("village", "retired_on")  # ALTER TABLE … DROP COLUMN: SQLite ≥ 3.35 and PostgreSQL
    op.drop_index(op.f("ix_household_file_case_id"), table_name="household_file")
    op.drop_index(op.f("ix_household_file_household_id"), table_name="household_file")
    op.drop_table("household_file")
