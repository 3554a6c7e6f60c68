"""Revision 0022 (the reviews' date index carries the outcome) from a 0021 store that holds reviews."""

import datetime as dt
import sqlite3

from dibao_desk.models.store import DB_NAME
from dibao_desk.services import reviews
from dibao_desk.services.context import open_context
from dibao_desk.services.reviews import ReviewInput
from tests.helpers import downgrade_store, previous_revision
from tests.unit.test_reviews_schedule import home, receive  # noqa: F401 (fixture)

D = dt.date
TODAY = D(2026, 11, 23)


def _indexes(data_dir) -> set[str]:
    con = sqlite3.connect(data_dir / DB_NAME)
    try:
        return {name for (name,) in con.execute("select name from sqlite_master where type = 'index' "
                                                "and tbl_name = 'review'")}
    finally:
        con.close()


def test_a_0021_store_keeps_its_reviews_and_counts_them_from_the_new_index(ctx, home):
    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 10, 5), "王", "keep"), today=TODAY)
    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 11, 5), "王", "keep"), today=TODAY)
    assert previous_revision("0022") == "0021"
    data_dir = downgrade_store(ctx, "0021")
    assert "ix_review_review_date" in _indexes(data_dir) and "ix_review_date_outcome" not in _indexes(data_dir)
    again = open_context(data_dir)  # 0021 -> head
    try:
        counts = reviews.outcome_counts(again.uow(), D(2026, 10, 1), D(2026, 11, 1))
        assert [(c.month, c.keep, c.change, c.cancel) for c in counts] == [
            (D(2026, 10, 1), 1, 0, 0), (D(2026, 11, 1), 1, 0, 0)]
    finally:
        again.close()
    found = _indexes(data_dir)
    assert "ix_review_date_outcome" in found and "ix_review_review_date" not in found
