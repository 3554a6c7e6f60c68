"""A realistic demo township: villages, households, members, incomes, property, supporters.

Deterministic for a seed. Rows are written with bulk inserts in one transaction,
so 40,000 households (about 100,000 persons) take seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import func, insert, select

from dibao_desk.atomic import replacing
from dibao_desk.domain import idcard
from dibao_desk.domain.household import HouseholdStatus, PersonStatus, list_columns
from dibao_desk.domain.procedure import ReviewVerdict, next_month
from dibao_desk.domain.reviews import ReviewOutcome
from dibao_desk.domain.villages import VillageKind
from dibao_desk.models import (
    Account, Household, StoreSetting, IncomeItem, Member, Office, PropertyItem, Review, Supporter, Village,
)
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.services.accounts import SETTING_DEMO
from dibao_desk.services.progress import Progress
from dibao_desk.services.uow import UnitOfWork

# Members looked up once, not per generated household (enum members are slow class attributes).
_STATUSES = (HouseholdStatus.RECEIVING, HouseholdStatus.APPLYING, HouseholdStatus.REGISTERED, HouseholdStatus.CANCELLED)
_STATUS_WEIGHTS = (85, 5, 7, 3)
_RECEIVING, _NORMAL = HouseholdStatus.RECEIVING, PersonStatus.NORMAL

# 德安县 and neighbours (江西省九江市): real region codes, so IDs carry a real place.
REGIONS = ("360426", "360426", "360426", "360426", "360424", "360425", "360429", "360402")

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程"
            "魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向汤")
GIVEN_MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳建国志文春生福贵荣发根水金海"
GIVEN_FEMALE = "芳娜敏静丽艳娟霞秀英华玲桂兰梅琴云莲凤红燕萍雪琳洁淑惠珍月菊香翠玉美"
VILLAGE_STEMS = ("东风", "红星", "向阳", "新塘", "丰林", "车桥", "宝塔", "聂桥", "爱民", "林泉", "吴山",
                 "磨溪", "河东", "塘山", "永安", "长岭", "木环", "高塘", "丰收", "马回岭", "岷山", "彭山",
                 "大屋", "官田", "石门", "桥头", "青竹", "黄桥", "上湾", "下湾", "新村", "梅溪", "花园",
                 "城南", "城北", "建设", "人民", "胜利", "和平", "朝阳")
BANKS = ("德安县农村信用合作联社", "中国邮政储蓄银行德安县支行", "中国农业银行德安县支行")


def _card(digits: str) -> str:
    """A 19-digit card number whose last digit is its Luhn check digit, as real cards have."""
    from stdnum import luhn

    return digits[:-1] + luhn.calc_check_digit(digits[:-1])


# The demo township lives in a folder of its own inside the data folder, marked as a demo,
# so it never mixes with the office's own households.
DEMO_FOLDER = "demo"
DEMO_MARK = "DEMO.txt"


def demo_folder(data_dir: Path) -> Path:
    """Where the demo township is kept for the office whose data folder is ``data_dir``."""
    return Path(data_dir) / DEMO_FOLDER


def is_demo_folder(data_dir: Path) -> bool:
    return (Path(data_dir) / DEMO_MARK).exists()


def mark_demo_folder(data_dir: Path) -> None:
    """Mark a folder as the demo's (the window's title and printed pages say 演示数据)."""
    with replacing(Path(data_dir) / DEMO_MARK) as tmp:
        tmp.write_text("dibao-desk demo township: invented households, not an office's data.\n",
                       encoding="utf-8")


class DemoRefused(Exception):
    def __init__(self, households: int):
        self.households = households
        super().__init__(households)


@dataclass(frozen=True)
class DemoResult:
    office_name: str
    villages: int
    households: int
    persons: int


class _People:
    """Makes unique, valid ID numbers and plausible names."""

    def __init__(self, rng: random.Random, today: dt.date):
        self.rng = rng
        self.today = today
        self.used: set[str] = set()

    def name(self, sex: str, surname: str | None = None) -> str:
        rng = self.rng
        surname = surname or rng.choice(SURNAMES)
        pool = GIVEN_MALE if sex == "男" else GIVEN_FEMALE
        given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.7 else "")
        return surname + given

    def id_number(self, birth: dt.date, sex: str) -> str:
        rng = self.rng
        while True:
            region = rng.choice(REGIONS)
            seq = rng.randrange(0, 500) * 2 + (1 if sex == "男" else 0)
            body = f"{region}{birth:%Y%m%d}{seq:03d}"
            number = body + idcard.check_character(body)
            if number not in self.used:
                self.used.add(number)
                return number

    def birth(self, age_low: int, age_high: int) -> dt.date:
        age = self.rng.randint(age_low, age_high)
        day = self.rng.randint(0, 364)
        return dt.date(self.today.year - age - 1, 1, 1) + dt.timedelta(days=day)


def generate(uow: UnitOfWork, households: int = 2000, seed: int = 1, villages: int | None = None,
             today: dt.date | None = None, progress: Progress | None = None) -> DemoResult:
    """Fill an empty store with a demo township. Refuses a store that already has households.

    All or nothing: households, benefits, review schedules and the cases in progress are
    one transaction, so a failure anywhere leaves the store as it was."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    people = _People(rng, today)
    n_villages = villages or max(3, min(40, households // 120 + 3))
    with uow.all_or_nothing():
        s = uow.session
        existing = s.scalar(select(func.count()).select_from(Household)) or 0
        if existing:
            raise DemoRefused(existing)
        if s.scalar(select(func.count()).select_from(Account)):
            raise RuleError(Problem("demo.real_store"))  # an office's store never becomes a demo
        # Fake data only: marked so, and no program asks for an account on it.
        s.merge(StoreSetting(key=SETTING_DEMO, value="1"))
        office = s.scalars(select(Office)).first()
        if office is None:
            office = Office(name="示例镇", admin_code="360426100000", county_name="德安县",
                            complaint_phone="0792-4321000", complaint_box="镇政府一楼便民服务大厅意见箱",
                            mode="township", operator="演示经办人")
            s.add(office)
        taken = set(s.scalars(select(Village.name)))
        stems = [st for st in VILLAGE_STEMS if st + "村" not in taken and st + "社区" not in taken]
        new_villages = []
        for i in range(n_villages):
            stem = stems[i % len(stems)] + ("" if i < len(stems) else str(i // len(stems) + 1))
            kind = VillageKind.COMMUNITY if i % 6 == 5 else VillageKind.VILLAGE
            new_villages.append({"name": stem + ("社区" if kind == VillageKind.COMMUNITY else "村"), "kind": kind,
                                 "population": rng.randint(1500, 6000)})
        s.execute(insert(Village), new_villages)
        village_rows = s.execute(select(Village.id, Village.kind)).all()
        village_ids = [v for v, _k in village_rows]
        community = {v for v, k in village_rows if k == VillageKind.COMMUNITY}

        next_hid = (s.scalar(select(func.max(Household.id))) or 0) + 1
        next_mid = (s.scalar(select(func.max(Member.id))) or 0) + 1
        hh_rows, member_rows, income_rows, property_rows, supporter_rows = [], [], [], [], []
        review_rows: list[dict[str, Any]] = []
        persons = 0
        for k in range(households):
            if progress is not None and k % 2000 == 0:
                progress.update(k, households, "")
                progress.check()
            hid = next_hid + k
            vid = rng.choice(village_ids)
            hukou = "urban" if (vid in community or rng.random() < 0.12) else "rural"
            members, incomes, props, sups = _household(rng, people, hukou)
            for pos, m in enumerate(members):
                m.update(id=next_mid, household_id=hid, position=pos)
                next_mid += 1
            for inc in incomes:
                owner = inc.pop("owner")
                inc.update(household_id=hid, member_id=members[owner]["id"] if owner is not None else None)
            for p in props:
                p["household_id"] = hid
            for sp in sups:
                sp["household_id"] = hid
            total = sum(i["amount_fen"] for i in incomes)
            covered = sum(1 for m in members if m["covered"])
            status = rng.choices(_STATUSES, _STATUS_WEIGHTS)[0]
            category = ""
            if status == _RECEIVING:
                oldest = min(m["birth_date"] for m in members)
                alone_old = len(members) == 1 and idcard.age_on(oldest, today) >= 60
                category = "class1" if alone_old and not sups else rng.choices(("class2", "class3"), (55, 45))[0]
            start = None
            if status == _RECEIVING:
                start = dt.date(today.year - rng.randint(0, 8), rng.randint(1, 12), 1)
                if start > today:
                    start = dt.date(today.year - 1, start.month, 1)
            if start is not None:
                last = _last_review(rng, today, start)
                if last is not None:
                    review_rows.append({"household_id": hid, "review_date": last, "visitor": office.operator,
                                        "findings": "家庭情况无明显变化", "outcome": ReviewOutcome.KEEP, "reason": "",
                                        "before_category": category, "after_category": category})
            registered = dt.datetime.combine(start or today - dt.timedelta(days=rng.randint(10, 400)), dt.time(9))
            hh_rows.append({
                "created_at": registered, "updated_at": registered,
                "id": hid, "village_id": vid, "hukou_type": hukou,
                "address": f"{rng.randint(1, 30)}组{rng.randint(1, 120)}号",
                "phone": f"1{rng.choice('35789')}{rng.randint(0, 999999999):09d}",
                "bank_name": rng.choice(BANKS),
                "bank_account": _card(f"6{rng.randint(10**17, 10**18 - 1)}"),
                "employment_deduction_fen": 0, "consent_full_notice": rng.random() < 0.3, "note": "",
                "status": status, "category": category, "monthly_benefit_fen": 0, "benefit_start": start,
                **list_columns([(m["name"], m["id_number"], m["relation"]) for m in members], covered,
                               total)._asdict(),
                "poverty_cause": _poverty_cause(members, incomes), "sanwu": category == "class1",
            })
            member_rows.extend(members)
            income_rows.extend(incomes)
            property_rows.extend(props)
            supporter_rows.extend(sups)
            persons += len(members)
        if progress is not None:
            progress.update(households, households, "")
        tables = [(Household, hh_rows), (Member, member_rows), (IncomeItem, income_rows),
                  (PropertyItem, property_rows), (Supporter, supporter_rows)]
        tables.append((Review, review_rows))
        for table, rows in tables:
            for start_at in range(0, len(rows), 20000):
                s.execute(insert(table), rows[start_at:start_at + 20000])
        uow.audit("demo", None, "generate", None,
                  {"households": households, "persons": persons, "seed": seed, "villages": n_villages})
        office_name = office.county_name + office.name
        _recompute_if_available(uow, today)
        _open_cases_if_available(uow, today, seed)
    return DemoResult(office_name, n_villages, households, persons)


def _recompute_if_available(uow: UnitOfWork, today: dt.date) -> None:
    """Give receiving households their benefit under the policy in force and their next
    review date, where those features are installed."""
    benefit: ModuleType | None
    try:
        from dibao_desk.services import benefit
    except ImportError:
        benefit = None
    if benefit is not None:
        benefit.recompute_all(uow, today.replace(day=1))
        from dibao_desk.services import ledger

        ledger.build(uow, today)
    try:
        from dibao_desk.services import reviews
    except ImportError:
        return
    reviews.reschedule_all(uow, today=today)


MAX_DEMO_CASES = 150


def _open_cases_if_available(uow: UnitOfWork, today: dt.date, seed: int) -> None:
    """Put the applying households' cases at different steps of the procedure, each step dated
    as an office would have done it, so the 申请审批 view shows work in progress."""
    try:
        from dibao_desk.services import benefit, procedure
    except ImportError:
        return
    rng = random.Random(seed + 1)
    with uow:
        ids = list(uow.session.scalars(select(Household.id).where(Household.status == HouseholdStatus.APPLYING)
                                       .order_by(Household.id).limit(MAX_DEMO_CASES)))
        operator = uow.session.scalar(select(Office.operator)) or ""
    for hid in ids:
        day = today - dt.timedelta(days=rng.randint(1, 45))
        detail = procedure.receive_application(uow, hid, {
            "on": day, "person": operator, "declaration_signed": True, "authorisation_signed": True}, day)
        _advance(uow, procedure, benefit, detail.info.id, hid, day, today, rng, operator)


def _advance(uow: UnitOfWork, procedure: ModuleType, benefit: ModuleType, case_id: int, hid: int, day: dt.date, today: dt.date,
             rng: random.Random, operator: str) -> None:
    grant = None
    eligible = True
    for step in range(2, 11):
        day = day + dt.timedelta(days=rng.randint(1, 3))
        if day > today:
            return
        if step == 2:
            data = {"person": "入户调查组", "investigator_signed": True, "applicant_signed": True,
                    "findings": "与申报情况基本一致"}
        elif step == 3:
            data = {"person": "村民主评议小组", "place": "村委会", "attendees": "村民代表 11 人",
                    "objections": {}, "outcome": ReviewVerdict.PASS}
        elif step in (4, 7, 9):
            procedure.start_notice(uow, case_id, step, day, operator, day)
            day = day + dt.timedelta(days=procedure.notice_days(uow, day))
            if day > today:
                return
            data = {"person": operator}
        elif step == 6:
            a = benefit.assess(uow, hid, next_month(day))
            if not a.eligible or a.amount_fen <= 0:
                # The township refuses an applicant the means test does not let through,
                # as an office does; a grant of nothing is no grant.
                procedure.refuse(uow, case_id, step, "经审核，家庭人均收入或财产超过保障标准，不符合低保条件",
                                 day, "分管领导", day)
                return
            grant = {"category": a.category or a.suggested_category or "class3", "monthly_fen": a.amount_fen}
            eligible = a.eligible
            data = {"person": "分管领导", **grant}
        elif step == 8:
            procedure.record_county_decision(uow, case_id, eligible, "" if eligible else "经核查不符合低保条件", day,
                                             rng.random() < 0.3, "县民政局", today=day)
            if not eligible:
                return
            continue
        elif step == 10:
            assert grant is not None  # step 6 came first
            data = {"person": operator, "start_month": next_month(day), **grant}
        else:
            data = {"person": "经办机构"}
        procedure.record_step(uow, case_id, step, {"on": day, **data}, day)


SCHOOL_START_AGE = 6  # a demo child is 学龄前 below this age, 在校学生 from it


def _age(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _last_review(rng: random.Random, today: dt.date, start: dt.date) -> dt.date | None:
    """Most households were reviewed recently; a few are overdue; some never reviewed yet."""
    r = rng.random()
    if r < 0.88:
        day = today - dt.timedelta(days=rng.randint(3, 80))
    elif r < 0.94:
        day = today - dt.timedelta(days=rng.randint(190, 420))
    else:
        return None
    return day if day > start else None


Rows = list[dict[str, Any]]


def _household(rng: random.Random, people: _People, hukou: str) -> tuple[Rows, Rows, Rows, Rows]:
    """One household: members, monthly incomes, property, supporters (plain dicts)."""
    shape = rng.choices(("old_single", "old_couple", "single_parent", "family", "disabled_adult"),
                        (25, 20, 10, 35, 10))[0]
    surname = rng.choice(SURNAMES)
    members: list[dict[str, Any]] = []

    def add(relation: str, sex: str, age: tuple[int, int], *, same_surname: bool = True,
            **kw: Any) -> dict[str, Any]:
        birth = people.birth(*age)
        name = people.name(sex, surname if same_surname else None)
        member = {
            "name": name, "id_number": people.id_number(birth, sex), "sex": sex, "birth_date": birth,
            "relation": relation, "disability_grade": 0, "serious_illness": False, "illness_note": "",
            "work_capacity": "full", "employment": "farming" if hukou == "rural" else "flexible",
            "covered": True, "not_covered_reason": "",
        }
        member.update(kw)
        if member["employment"] in ("student", "preschool"):  # drawn above; the age decides which
            member["employment"] = "preschool" if _age(birth, people.today) < SCHOOL_START_AGE else "student"
        # the county fields follow from the others (no draw: the demo's seeds give the same households)
        member["self_care"] = "partial" if member["disability_grade"] in (1, 2) else "able"
        member["health"] = ("severe" if member["serious_illness"] else
                            "fair" if member["work_capacity"] != "full" and age[0] >= 18 else "healthy")
        member["person_status"] = _NORMAL
        members.append(member)
        return member

    head_sex = rng.choice("男女") if shape != "single_parent" else rng.choices("男女", (3, 7))[0]
    if shape in ("old_single", "old_couple"):
        add("head", head_sex, (62, 90), work_capacity=rng.choice(("partial", "none")), employment="none",
            serious_illness=rng.random() < 0.2)
        if shape == "old_couple":
            add("spouse", "女" if head_sex == "男" else "男", (60, 88), same_surname=False,
                work_capacity=rng.choice(("partial", "none")), employment="none")
    elif shape == "single_parent":
        add("head", head_sex, (28, 50), employment=rng.choice(("flexible", "farming", "none")))
        for _ in range(rng.randint(1, 3)):
            sex = rng.choice("男女")
            add("son" if sex == "男" else "daughter", sex, (1, 17), work_capacity="none",
                employment=rng.choice(("student", "preschool")))
    elif shape == "family":
        add("head", "男", (30, 58), employment=rng.choice(("farming", "flexible", "employed")),
            serious_illness=rng.random() < 0.15)
        add("spouse", "女", (28, 56), same_surname=False, employment=rng.choice(("farming", "none")))
        for _ in range(rng.randint(0, 3)):
            sex = rng.choice("男女")
            add("son" if sex == "男" else "daughter", sex, (1, 20), work_capacity="none",
                employment=rng.choice(("student", "preschool")))
        if rng.random() < 0.25:
            add("mother", "女", (62, 88), same_surname=False, work_capacity="none", employment="none")
    else:
        add("head", head_sex, (35, 65), disability_grade=rng.randint(1, 4), work_capacity="none",
            employment="none")
        if rng.random() < 0.5:
            add("mother" if rng.random() < 0.5 else "father", rng.choice("男女"), (60, 85), work_capacity="none",
                employment="none")
    if len(members) > 2 and rng.random() < 0.05:
        members[-1]["covered"] = False
        members[-1]["not_covered_reason"] = "在外务工，收入稳定"
    incomes: list[dict[str, Any]] = []
    for idx, m in enumerate(members):
        if m["work_capacity"] == "full" and m["employment"] in ("farming", "flexible", "employed"):
            kind = {"farming": "farming", "flexible": "casual_labour", "employed": "wages"}[m["employment"]]
            incomes.append({"kind": kind, "amount_fen": rng.randint(8, 45) * 1000, "owner": idx, "note": ""})
        elif m["work_capacity"] == "partial" and rng.random() < 0.4:
            incomes.append({"kind": "farming", "amount_fen": rng.randint(3, 25) * 1000, "owner": idx, "note": ""})
    if any(m["birth_date"].year <= people.today.year - 60 for m in members) and rng.random() < 0.7:
        incomes.append({"kind": "pension", "amount_fen": rng.randint(110, 200) * 100, "owner": 0, "note": "城乡居民基本养老保险"})
    props: list[dict[str, Any]] = []
    if rng.random() < 0.35:
        props.append({"kind": "deposit", "value_fen": rng.randint(1, 120) * 10000, "area_m2_x100": 0,
                      "quantity": 1, "note": ""})
    props.append({"kind": "housing", "value_fen": 0, "area_m2_x100": rng.randint(30, 140) * 100,
                  "quantity": 1, "note": "自建房" if hukou == "rural" else "住房"})
    if rng.random() < 0.02:
        props.append({"kind": "vehicle", "value_fen": rng.randint(3, 30) * 100000, "area_m2_x100": 0,
                      "quantity": 1, "note": "农用三轮车"})
    sups: list[dict[str, Any]] = []
    if shape in ("old_single", "old_couple") and rng.random() < 0.6:
        for _ in range(rng.randint(1, 3)):
            sex = rng.choice("男女")
            birth = people.birth(30, 60)
            paid = rng.choice((0, 0, 10000, 20000, 30000))
            sups.append({"name": people.name(sex, surname if sex == "男" else None),
                         "id_number": people.id_number(birth, sex), "relation": "子女",
                         "duty": "maintain_elder", "household_size": rng.randint(2, 5),
                         "household_income_fen": rng.randint(150, 600) * 1000,
                         "support_paid_fen": paid, "note": ""})
            if paid:
                incomes.append({"kind": "support", "amount_fen": paid, "owner": 0, "note": "子女赡养费"})
    return members, incomes, props, sups


def _poverty_cause(members: list[dict[str, Any]], incomes: list[dict[str, Any]]) -> str:
    """主要致贫原因 as a township would record it from what the household holds."""
    if any(m["serious_illness"] for m in members):
        return "illness"
    if any(m["disability_grade"] for m in members):
        return "disability"
    if all(m["work_capacity"] != "full" for m in members) or not incomes:
        return "no_labour"
    return "unemployment" if members[0]["employment"] == "none" else "other"
