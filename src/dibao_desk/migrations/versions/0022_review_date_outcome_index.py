"""the reviews' date index carries the outcome too: the statistics count reviews by month and
outcome from the index alone

Revision ID: 0022
Revises: 0021
"""

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # (review_date, outcome) serves every lookup (review_date) served, so it replaces it
    op.create_index("ix_review_date_outcome", "review", ["review_date", "outcome"], unique=False)
    op.drop_index("ix_review_review_date", table_name="review")


def downgrade() -> None:
    op.create_index("ix_review_review_date", "review", ["review_date"], unique=False)
    op.drop_index("ix_review_date_outcome", table_name="review")
