"""The township sends a case back to its own review (退回乡镇审核).

A case past 乡镇审核 (on its 二榜 notice, or waiting for the county) whose review was wrong
(the class or amount), or was recorded by an older version without them, is returned: the
乡镇审核 record and every record after it are set aside (``active`` False, kept as history,
as the democratic review's return to the home visit does), and the case waits for 乡镇审核
again; the review is then recorded as usual and the 二榜 notice is posted again.

Once the county's decision is recorded the township cannot take the case back: it goes
through the county. A case a cases package already carried up may still be returned: the
county keeps the old record until the next cases package, which no longer lists the case
(the county closes it as no longer awaiting, so it cannot decide on the old values) or,
once the review is redone and the notice is over, lists it again with the new class and
amount, which the county takes in place of the old ones."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dibao_desk.domain import procedure as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.services.procedure_results import CaseDetail
from dibao_desk.services.procedure_store import (
    _active, _detail, _get_case, _json, _load, _raise, _refresh, _state, _step_audit,
)
from dibao_desk.services.procedure_withdraw import _at_county
from dibao_desk.services.uow import UnitOfWork, retrying


@dataclass(frozen=True)
class ReviewReturn:
    """A case sent back to 乡镇审核 as it now stands; ``at_county``: a cases package carried it
    to the county, which holds the old record until the case is sent again with the next one."""

    detail: CaseDetail
    at_county: bool
    set_aside: tuple[int, ...]  # the steps whose records were set aside (6, and 7 when the notice began)


@retrying
def return_to_review(uow: UnitOfWork, case_id: int, on: dt.date, reason: str, today: dt.date) -> ReviewReturn:
    """Send the case back to 乡镇审核 on ``on`` for ``reason``; the 审核人's (乡镇审核's role)."""
    uow.require(Role.REVIEWER)
    with uow:
        case = _get_case(uow, case_id, lock=True)
        _raise(rules.check_return_review(_state(case), on, today, reason))
        reason = reason.strip()
        at_county = _at_county(uow, case)
        step = case.next_step
        review = _active(case, rules.TOWNSHIP_REVIEW)
        assert review is not None  # check_return_review found it done
        returned = {"on": on, "reason": reason, "by": uow.operator, "at_county": at_county}
        review.data_json = _json(_load(review.data_json) | {"returned": returned})
        set_aside = []
        for rec in case.steps:
            if rec.active and rec.step >= rules.TOWNSHIP_REVIEW:
                before = _step_audit(rec)
                rec.active = False
                set_aside.append(rec.step)
                uow.audit("case_step", case.id, f"step{rec.step}.set_aside", before, _step_audit(rec))
        # The review set aside no longer counts: the case proposes what it was opened with
        # until the review is done again (whose class and amount, or none, then count).
        opened = _load(case.after_json) or {}
        case.proposed_category = str(opened.get("category", "") or "")
        case.proposed_fen = int(opened.get("monthly_benefit_fen", 0) or 0)
        _refresh(case)
        uow.session.flush()
        uow.audit("case", case.id, "return_review", {"next_step": step},
                  {"next_step": case.next_step, "proposed_category": case.proposed_category,
                   "proposed_fen": case.proposed_fen, "set_aside": set_aside} | returned)
        uow.commit()
        return ReviewReturn(_detail(uow, case, today), at_county, tuple(set_aside))


__all__ = ["ReviewReturn", "return_to_review"]
