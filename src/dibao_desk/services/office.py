"""The office this store belongs to, and its villages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.county import office_title
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.villages import VillageKind
from dibao_desk.models import Household, Office, Village
from dibao_desk.services.uow import UnitOfWork


@dataclass(frozen=True)
class OfficeInfo:
    name: str
    admin_code: str
    county_name: str
    complaint_phone: str
    complaint_box: str
    mode: str
    operator: str

    @property
    def full_name(self) -> str:
        """The office as a title names it: 德安县示例镇, but 德安县民政局 (not 德安县德安县民政局)."""
        return office_title(self.county_name, self.name)


@dataclass(frozen=True)
class VillageInfo:
    id: int
    name: str
    kind: str
    population: int
    retired_on: dt.date | None = None  # no new households from this day; the existing ones stay


def _info(o: Office) -> OfficeInfo:
    return OfficeInfo(o.name, o.admin_code, o.county_name, o.complaint_phone, o.complaint_box,
                      o.mode, o.operator)


def get_office(uow: UnitOfWork) -> OfficeInfo | None:
    with uow:
        o = uow.session.scalars(select(Office).limit(1)).first()
        return _info(o) if o else None


def validate_office(info: OfficeInfo) -> list[Problem]:
    problems = []
    if not info.name.strip():
        problems.append(Problem("office.name", "name"))
    if not (len(info.admin_code) == 12 and info.admin_code.isdigit()):
        problems.append(Problem("office.admin_code", "admin_code"))
    if not info.county_name.strip():
        problems.append(Problem("office.county", "county_name"))
    if info.mode not in ("township", "county"):
        problems.append(Problem("office.mode", "mode"))
    return problems


def save_office(uow: UnitOfWork, info: OfficeInfo) -> OfficeInfo:
    uow.require(Role.ADMIN)
    problems = validate_office(info)
    if problems:
        raise RuleError(problems)
    with uow:
        o = uow.session.scalars(select(Office).limit(1)).first()
        before = None
        if o is None:
            o = Office()
            uow.session.add(o)
        else:
            before = _info(o).__dict__.copy()
        for k, v in info.__dict__.items():
            setattr(o, k, v.strip() if isinstance(v, str) else v)
        uow.session.flush()
        uow.audit("office", o.id, "save", before, _info(o).__dict__)
        uow.operator = o.operator or uow.operator
        uow.commit()
        return _info(o)


def list_villages(uow: UnitOfWork) -> list[VillageInfo]:
    with uow:
        rows = uow.session.scalars(select(Village).order_by(Village.id)).all()
        return [VillageInfo(v.id, v.name, v.kind, v.population, v.retired_on) for v in rows]


def add_village(uow: UnitOfWork, name: str, kind: str = VillageKind.VILLAGE, population: int = 0) -> VillageInfo:
    uow.require(Role.CLERK, Role.ADMIN)
    name = name.strip()
    if not name:
        raise RuleError(Problem("village.name", "name"))
    if population < 0:
        raise RuleError(Problem("amount.negative", "population"))
    with uow:
        if uow.session.scalar(select(Village.id).where(Village.name == name)) is not None:
            raise RuleError(Problem("village.duplicate", "name", {"name": name}))
        v = Village(name=name, kind=kind, population=population)
        uow.session.add(v)
        uow.session.flush()
        uow.audit("village", v.id, "create", None, {"name": name, "kind": kind, "population": population})
        uow.commit()
        return VillageInfo(v.id, v.name, v.kind, v.population, v.retired_on)


def village_household_counts(uow: UnitOfWork) -> dict[int, int]:
    with uow:
        rows = uow.session.execute(select(Household.village_id, func.count()).group_by(Household.village_id))
        return {vid: n for vid, n in rows}
