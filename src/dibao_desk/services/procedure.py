"""The procedure (三环节十步骤): open cases, record steps, notices and objections,
the county's decision and the grant; list cases and what each waits for.

Every function is one transaction and leaves an audit row for what it changed.
Dates are given by the caller (``today``); nothing here reads the clock except
where a caller from outside the window (a county decision file) gives none.

This module is the procedure's front: callers import from here. The work is done in
    procedure_results  what the procedure services return (cases, steps, notices, the grant's suggestion)
    procedure_store    a case's records read into rules and results; list columns; audit values; figures
    procedure_open     opening a case (新增 with its receipt; 变更 / 取消 as proposals)
    procedure_record   recording steps: the democratic review, refusal, the county's decision, the grant
    procedure_notice   notices (一榜/二榜/三榜), objections, the lists a notice prints
    procedure_withdraw the household withdraws its case (申请人撤回): its own outcome, not a refusal
    procedure_return   the township sends a case back to its own review (退回乡镇审核)
    procedure_lists    reading: one case, the case list, counts by step, a case's audit trail
"""

from __future__ import annotations

from dibao_desk.domain import procedure as rules  # noqa: F401 - ``procedure.rules``, as before the split
from dibao_desk.services.procedure_lists import (  # noqa: F401 - the procedure's names, as before the split
    _row_waiting, audit_trail, case_for_household, counts_by_step, get_case, list_cases,
)
from dibao_desk.services.procedure_notice import (  # noqa: F401
    _notice_base, cases_on_notice, close_notice_batch, log_objection, long_term_notice, notice_batch,
    notice_postings, objections, resolve_objection, start_notice, start_notice_batch,
)
from dibao_desk.services.procedure_open import (  # noqa: F401
    NEW_FROM, _open, _open_checks, can_open, can_open_here, open_case, receive_application,
)
from dibao_desk.services.procedure_record import (  # noqa: F401
    _amount_problems, _close_refused, _grant, _record, _record_review, _refuse, _review_snapshot, open_review,
    record_county_decision, record_step, refuse, review_items, suggest_grant,
)
from dibao_desk.services.procedure_withdraw import Withdrawal, withdraw  # noqa: F401
from dibao_desk.services.procedure_return import ReviewReturn, return_to_review  # noqa: F401
from dibao_desk.services.procedure_results import (  # noqa: F401
    CaseDetail, CaseInfo, CaseRow, GrantSuggestion, LongTermEntry, NoticeBatch, NoticeEntry, NoticePosting,
    ObjectionInfo, ReviewItemInfo, StepInfo,
)
from dibao_desk.services.procedure_store import (  # noqa: F401
    COMMON_FIELDS, EXAMPLE_CATEGORIES, _active, _assessment, _detail, _get_case, _household_values, _info, _json,
    _load, _objection_info, _raise, _refresh, _require_text, _special, _state, _step_audit, _step_info,
    benefit_categories, case_state, class_amounts, case_step_on, decided_snapshot, notice_days,
)

__all__ = [
    "CaseDetail", "CaseInfo", "CaseRow", "GrantSuggestion", "LongTermEntry", "NoticeEntry", "NoticePosting",
    "notice_postings",
    "ObjectionInfo", "ReviewItemInfo", "StepInfo", "audit_trail", "benefit_categories", "class_amounts",
    "NoticeBatch", "can_open", "can_open_here", "case_for_household", "cases_on_notice", "close_notice_batch", "notice_batch",
    "counts_by_step", "get_case", "list_cases", "log_objection",
    "long_term_notice", "notice_days", "objections", "open_case", "open_review", "receive_application",
    "record_county_decision", "record_step", "refuse", "resolve_objection", "review_items", "start_notice",
    "start_notice_batch", "suggest_grant", "Withdrawal", "withdraw", "ReviewReturn", "return_to_review",
]
