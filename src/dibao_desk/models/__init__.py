"""SQLAlchemy 2.0 models of the local store.

Every model module is imported here so that ``Base.metadata`` knows every table
(Alembic and the tests rely on it).
"""

from dibao_desk.models.base import Base
from dibao_desk.models.office import Office, Village
from dibao_desk.models.household import Household, IncomeItem, Member, PropertyItem, Supporter
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
from dibao_desk.models.reviews import (
    EmploymentEvent, IncomeStable, Review, ReviewEvent, ReviewInterval, ReviewRuleSet, ReviewSchedule,
    WorkRefusal,
)

__all__ = [
    "CountyCase", "CountyDecision", "CountyRosterHousehold", "CountySampleDraw", "CountyTownship",
    "CrossCheckWarning", "PackageReceived", "PackageSent",
    "Account", "BackupRecord", "StoreSetting",
    "AuditHead", "AuditLog", "Base", "Certificate", "LinkedAssistance", "Case", "CaseStep", "NoticeObjection", "ReviewItemRecord", "Household", "IncomeItem", "Member", "Office", "PolicySet", "PropertyItem",
    "RosterMapping", "Supporter", "Village",
    "EmploymentEvent", "Review", "ReviewEvent", "ReviewInterval", "ReviewRuleSet", "ReviewSchedule",
    "WorkRefusal", "IncomeStable",
    "Complaint", "FalseDeclaration", "FilingRelative", "FilingStaff", "FollowUp", "WorkdayOverride",
    "LedgerAdjustment", "LedgerDecision", "LedgerPaidMonth", "LedgerPeriod", "Proposal", "ProposalItem",
    "ProposalStep",
    "Payroll", "PayrollLine",
]
