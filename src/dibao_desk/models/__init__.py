"""SQLAlchemy 2.0 models of the local store.

Every model module is imported here so that ``Base.metadata`` knows every table
(Alembic and the tests rely on it).
"""

from dibao_desk.models.base import Base
from dibao_desk.models.office import Office, Village
from dibao_desk.models.household import Household, IncomeItem, Member, PropertyItem, Supporter
from dibao_desk.models.audit import AuditLog

__all__ = [
    "AuditLog", "Base", "Household", "IncomeItem", "Member", "Office", "PropertyItem",
    "Supporter", "Village",
]
