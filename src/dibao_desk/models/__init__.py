"""SQLAlchemy 2.0 models of the local store.

The model modules load when they are first needed: a model named from this package
(``from dibao_desk.models import Household``) loads its module then, and a model module loads
the modules of the tables its foreign keys name. So a command that writes a few tables does not
build the classes of all the others (``import-roster`` loads about half of them).
``load_all()`` loads every model module, for what needs every table in ``Base.metadata``:
Alembic, copying a whole store, the checks that compare the scripts with the models.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import MetaData

from dibao_desk.models.base import Base

if TYPE_CHECKING:  # what the names are, for the type checker (they load as said above)
    from dibao_desk.models.office import Office, Village
    from dibao_desk.models.household import Household, IncomeItem, Member, PropertyItem, Supporter
    from dibao_desk.models.household_files import HouseholdFile
    from dibao_desk.models.audit import AuditHead, AuditLog
    from dibao_desk.models.assistance import LinkedAssistance
    from dibao_desk.models.certificate import Certificate
    from dibao_desk.models.accounts import Account, BackupRecord, StoreSetting
    from dibao_desk.models.roster import RosterMapping
    from dibao_desk.models.exchange import (
        CountyCase, CountyDecision, CountyRosterHousehold, CountySampleDraw, CountyTownship,
        CrossCheckWarning, PackageReceived, PackageSent,
    )
    from dibao_desk.models.procedure import Case, CaseStep, NoticeObjection, ReviewItemRecord
    from dibao_desk.models.policy import PolicySet
    from dibao_desk.models.registers import (
        Complaint, FalseDeclaration, FilingRelative, FilingStaff, FollowUp, WorkdayOverride,
    )
    from dibao_desk.models.ledger import (
        LedgerAdjustment, LedgerDecision, LedgerPaidMonth, LedgerPeriod, Proposal, ProposalItem, ProposalStep,
    )
    from dibao_desk.models.payroll import Payroll, PayrollLine
    from dibao_desk.models.recovery import (CountyPayment, CountyPaymentOther, CountyRecoveryEntry, RecoveryEntry,
                                             RecoveryInstalment)
    from dibao_desk.models.reviews import (
        EmploymentEvent, IncomeStable, Review, ReviewEvent, ReviewInterval, ReviewRuleSet, ReviewSchedule,
        WorkRefusal,
    )

# Each model module and the names it gives this package, in the order this package always
# imported them.
MODULES: dict[str, tuple[str, ...]] = {
    "office": ("Office", "Village"),
    "household": ("Household", "IncomeItem", "Member", "PropertyItem", "Supporter"),
    "household_files": ("HouseholdFile",),
    "audit": ("AuditHead", "AuditLog"),
    "assistance": ("LinkedAssistance",),
    "certificate": ("Certificate",),
    "accounts": ("Account", "BackupRecord", "StoreSetting"),
    "roster": ("RosterMapping",),
    "exchange": (
        "CountyCase", "CountyDecision", "CountyRosterHousehold", "CountySampleDraw", "CountyTownship",
        "CrossCheckWarning", "PackageReceived", "PackageSent",
    ),
    "procedure": ("Case", "CaseStep", "NoticeObjection", "ReviewItemRecord"),
    "policy": ("PolicySet",),
    "registers": (
        "Complaint", "FalseDeclaration", "FilingRelative", "FilingStaff", "FollowUp", "WorkdayOverride",
    ),
    "ledger": (
        "LedgerAdjustment", "LedgerDecision", "LedgerPaidMonth", "LedgerPeriod", "Proposal", "ProposalItem",
        "ProposalStep",
    ),
    "payroll": ("Payroll", "PayrollLine"),
    "recovery": ("CountyPayment", "CountyPaymentOther", "CountyRecoveryEntry", "RecoveryEntry", "RecoveryInstalment"),
    "reviews": (
        "EmploymentEvent", "IncomeStable", "Review", "ReviewEvent", "ReviewInterval", "ReviewRuleSet",
        "ReviewSchedule", "WorkRefusal",
    ),
}
_WHERE = {name: module for module, names in MODULES.items() for name in names}


def load_all() -> MetaData:
    """Load every model module; ``Base.metadata``, which then knows every table."""
    for module in MODULES:
        importlib.import_module(f"{__name__}.{module}")
    return Base.metadata


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "CountyCase", "CountyDecision", "CountyRosterHousehold", "CountySampleDraw", "CountyTownship",
    "CrossCheckWarning", "PackageReceived", "PackageSent",
    "Account", "BackupRecord", "StoreSetting",
    "AuditHead", "AuditLog", "Base", "HouseholdFile", "Certificate", "LinkedAssistance", "Case", "CaseStep", "NoticeObjection", "ReviewItemRecord", "Household", "IncomeItem", "Member", "Office", "PolicySet", "PropertyItem",
    "RosterMapping", "Supporter", "Village",
    "EmploymentEvent", "Review", "ReviewEvent", "ReviewInterval", "ReviewRuleSet", "ReviewSchedule",
    "WorkRefusal", "IncomeStable",
    "Complaint", "FalseDeclaration", "FilingRelative", "FilingStaff", "FollowUp", "WorkdayOverride",
    "LedgerAdjustment", "LedgerDecision", "LedgerPaidMonth", "LedgerPeriod", "Proposal", "ProposalItem",
    "ProposalStep",
    "Payroll", "PayrollLine",
    "CountyPayment", "CountyPaymentOther", "CountyRecoveryEntry", "RecoveryEntry", "RecoveryInstalment",
]
