"""Reviews (动态管理): who is due when, recording what a review decided, gradual exit,
refusals of work, events that make a review due at once, and counts for reports.

Each receiving household has one ``review_schedule`` row with its next review
date and the rule that set it (indexed by date), so the due and overdue lists
are one indexed query. The row is kept in step:

* when a review, an event, stable work or a refusal is recorded here;
* whenever a household, its members or its incomes change through the ORM in
  any feature (a session hook collects the touched households and reschedules
  them just before the transaction commits);
* by ``reschedule_all`` (bulk), to run after a rule change or a bulk import,
  and to fill rows missing after bulk inserts (``due_list`` does this for
  receiving households that have no row yet).

This module is the reviews' front: callers import from here. The work is done in
    reviews_results    what the services return (frozen records)
    reviews_schedule   rule sets, each household's next review, the bulk pass, the session hooks
    reviews_lists      due and overdue lists, the calendar, the quarter plan, counts, workbooks
    reviews_record     recording a review, events, stable work and gradual exit, refusals
"""

from __future__ import annotations

from dibao_desk.models import ReviewSchedule  # noqa: F401 - tests reached the schedule row through here
from dibao_desk.services.reviews_results import (  # noqa: F401 - the reviews' names, as before the split
    DueRow, EventInfo, ExitInfo, MonthCounts, PlanResult, PlanRow, RefusalInfo, RefusalResult, ReviewInfo,
    ReviewInput, RuleSetInfo, ScheduleInfo,
)
from dibao_desk.services.reviews_schedule import (  # noqa: F401
    check_rule_set, fill_missing, install_hooks, list_rule_sets, missing_schedules, reschedule,
    reschedule_all, rules_in_force, save_rule_set, schedule_of,
)
from dibao_desk.services.reviews_lists import (  # noqa: F401
    calendar_counts, clear_schedule, due_list, export_due_list, export_plan, left_out_problem, outcome_counts,
    plan_quarter, print_due_list, print_plan, village_choices,
)
from dibao_desk.services.reviews_record import (  # noqa: F401
    HouseholdBrief, apply_exit_stops, brief, check_review, exits, open_events, raise_event, record_refusal,
    record_review, record_stable_work, refusals_of, reviews_of,
)

__all__ = [
    "DueRow", "EventInfo", "ExitInfo", "HouseholdBrief", "MonthCounts", "PlanResult", "PlanRow",
    "RefusalInfo", "RefusalResult", "ReviewInfo", "ReviewInput", "RuleSetInfo", "ScheduleInfo",
    "apply_exit_stops", "brief", "calendar_counts", "check_review", "check_rule_set", "clear_schedule",
    "due_list", "exits", "export_due_list", "export_plan", "fill_missing", "install_hooks", "list_rule_sets",
    "left_out_problem", "missing_schedules", "open_events", "outcome_counts", "plan_quarter", "print_due_list", "print_plan",
    "raise_event",
    "record_refusal",
    "record_review", "record_stable_work", "refusals_of", "reschedule", "reschedule_all", "reviews_of",
    "rules_in_force", "save_rule_set", "schedule_of", "village_choices",
]
