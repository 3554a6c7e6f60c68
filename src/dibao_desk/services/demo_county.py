"""A demo county: a county civil-affairs bureau's store filled the way a real one is, by the
packages its townships send.

Each demo township is made in a folder of its own (``demo.generate``), builds its ledger,
makes and signs the month's regular roster, records the bank's answers (a few transfers fail
on a closed account, corrected afterwards), makes and signs a 补发 roster for them and a
专项补贴 roster, and exports its roster and payments packages. The county store imports those
packages through the real import (``exchange.import_package``), as a county clerk would: its
发放汇总 tab then shows each township's money with the 补发 and 专项补贴 rosters beside the
regular one.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from dibao_desk.domain.payroll import BankStatus, PayrollKind, SubsidyBasis, SubsidyRule
from dibao_desk.models import CountyTownship, Household
from dibao_desk.models import bank as bank_store
from dibao_desk.services import accounts, demo, exchange, ledger, office, payroll
from dibao_desk.services.context import open_context
from dibao_desk.services.progress import Progress
from dibao_desk.services.uow import UnitOfWork

COUNTY = office.OfficeInfo(name="德安县民政局", admin_code="360426000000", county_name="德安县",
                           complaint_phone="0792-4621000", complaint_box="县民政局一楼大厅意见箱", mode="county",
                           operator="演示经办人")
# (name, code, leader who signs its rosters, its 专项补贴 that month)
TOWNSHIPS = (
    ("蒲亭镇", "360426100000", "刘镇长", SubsidyRule("冬季取暖补贴", SubsidyBasis.HOUSEHOLD, 20000)),
    ("丰林镇", "360426101000", "张镇长", SubsidyRule("节日慰问金", SubsidyBasis.PERSON, 10000)),
    ("宝塔乡", "360426200000", "李乡长", SubsidyRule("冬季取暖补贴", SubsidyBasis.HOUSEHOLD, 15000)),
    ("吴山镇", "360426102000", "王镇长", SubsidyRule("物价临时补贴", SubsidyBasis.PERSON, 5000)),
)
FAILED_REASON = "账户已销户"


@dataclass(frozen=True)
class CountyDemoResult:
    office_name: str
    townships: int
    households: int
    packages: int
    period: str


def generate_county(uow: UnitOfWork, townships: int = 3, households: int = 300, seed: int = 1,
                    today: dt.date | None = None, progress: Progress | None = None) -> CountyDemoResult:
    """Fill an empty store with a demo county of ``townships`` townships (at most four) of
    ``households`` households each. Refuses a store that already holds households or
    townships' packages (demo.DemoRefused), or an office's own store (RuleError demo.real_store).

    The townships are made and their packages written in a temporary folder, all before the
    county store is touched; the county then imports them one by one, all in one transaction
    (``UnitOfWork.all_or_nothing``, as ``demo.generate`` fills a township): a township whose
    package fails leaves the store as it was, without the county's name or the townships
    imported before it. A file store or the county's PostgreSQL alike."""
    today = today or dt.date.today()
    townships = max(1, min(townships, len(TOWNSHIPS)))
    _refuse_a_used_store(uow)
    period = f"{today:%Y-%m}"
    total = 0
    # On Windows a file of the work folder may still be held (a virus scanner reading a package):
    # its removal must neither turn a made county into a failure nor hide why one failed.
    with tempfile.TemporaryDirectory(prefix="dibao-demo-county-", ignore_cleanup_errors=True) as work:
        packages: list[Path] = []
        for i, (name, code, leader, subsidy) in enumerate(TOWNSHIPS[:townships]):
            if progress is not None:
                progress.update(i, townships + 1, name)
                progress.check()
            total += _township(Path(work) / code, name, code, leader, subsidy, households, seed + i, today,
                               period, packages)
        if progress is not None:
            progress.update(townships, townships + 1, COUNTY.name)
        with uow.all_or_nothing():
            office.save_office(uow, COUNTY)
            accounts.mark_demo(uow)
            uow.audit("demo", None, "generate_county", None,
                      {"townships": townships, "households": households, "seed": seed})
            for path in packages:
                exchange.import_package(uow, path, today=today, receipt_dir=Path(work))
    if progress is not None:
        progress.update(townships + 1, townships + 1, "")
    return CountyDemoResult(COUNTY.name, townships, total, len(packages), period)


def _refuse_a_used_store(uow: UnitOfWork) -> None:
    with uow:
        s = uow.session
        existing = (s.scalar(select(func.count()).select_from(Household)) or 0) + \
            (s.scalar(select(func.count()).select_from(CountyTownship)) or 0)
    if existing:
        raise demo.DemoRefused(existing)
    if accounts.has_accounts(uow) and not accounts.is_demo(uow):
        from dibao_desk.domain.problems import Problem, RuleError

        raise RuleError(Problem("demo.real_store"))


def _township(folder: Path, name: str, code: str, leader: str, subsidy: SubsidyRule, households: int, seed: int,
              today: dt.date, period: str, packages: list[Path]) -> int:
    """One demo township in ``folder``: its month's rosters signed, its packages for the county
    appended to ``packages``. Returns its number of households."""
    ctx = open_context(folder)
    try:
        uow = ctx.uow
        office.save_office(uow(), office.OfficeInfo(
            name=name, admin_code=code, county_name=COUNTY.county_name, complaint_phone="0792-4321000",
            complaint_box="政府一楼便民服务大厅意见箱", mode="township", operator="演示经办人"))
        made = demo.generate(uow(), households=households, seed=seed, today=today)
        ledger.build(uow(), today)
        regular = payroll.make(uow(), period, today=today)
        regular = payroll.sign(uow(), regular.id, leader, today, today=today)
        failed = _bank_answers(uow(), regular.id, random.Random(seed), today)
        others = 0
        if failed:  # the office corrects the closed accounts and pays those households again
            _new_accounts(uow(), failed, random.Random(seed + 100))
            back = payroll.make(uow(), period, PayrollKind.BACK_PAY, today=today)
            payroll.sign(uow(), back.id, leader, today, today=today)
            others += 1
        extra = payroll.make(uow(), period, PayrollKind.SUBSIDY, today=today, subsidy=subsidy)
        payroll.sign(uow(), extra.id, leader, today, today=today)
        for kind in ("roster", "payments"):
            out = exchange.export_package(uow(), kind, period, folder.parent / f"{code}-{kind}.xlsx", today=today)
            packages.append(out.path)
        return made.households
    finally:
        ctx.close()


def _bank_answers(uow: UnitOfWork, payroll_id: int, rng: random.Random, today: dt.date) -> list[int]:
    """The bank's answers to the roster's transfers: paid, but for two or three accounts found
    closed. Returns the households whose transfer failed."""
    with uow:
        conn = uow.session.connection()
        lines = [row for row in bank_store.transfer_lines(conn, payroll_id) if not row[9]]
        failed = {row[0] for row in rng.sample(lines, min(len(lines), rng.randint(2, 3)))}
        bank_store.set_bank_answers(conn, payroll_id, [
            (row[0], str(BankStatus.FAILED if row[0] in failed else BankStatus.PAID),
             FAILED_REASON if row[0] in failed else "") for row in lines], today)
        uow.commit()
        return [row[2] for row in lines if row[0] in failed]


def _new_accounts(uow: UnitOfWork, household_ids: list[int], rng: random.Random) -> None:
    with uow:
        for hid in household_ids:
            h = uow.session.get(Household, hid)
            assert h is not None
            h.bank_account = demo._card(f"6{rng.randint(10**17, 10**18 - 1)}")
        uow.commit()


__all__ = ["COUNTY", "TOWNSHIPS", "CountyDemoResult", "generate_county"]
