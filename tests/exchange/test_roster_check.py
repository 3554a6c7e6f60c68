"""services.roster_check: the import's quick household check says what the household rules say."""

from __future__ import annotations

import datetime as dt

from dibao_desk.services import roster_check
from tests.conftest import make_id

TODAY = dt.date(2026, 11, 23)


def test_import_household_check_says_exactly_what_the_household_rules_say():
    """The import's quick check of a household gives the household rules' own problems, for
    plain roster households and for every kind of fault a merge with the store may bring."""
    import random
    from dataclasses import replace as dc_replace

    from dibao_desk.domain import household as rules
    from dibao_desk.domain.household import HouseholdDraft, IncomeDraft, MemberDraft

    rnd = random.Random(5)
    ids = [make_id(f"19{rnd.randint(40, 99)}0{rnd.randint(1, 9)}1{rnd.randint(0, 9)}", rnd.randint(0, 999))
           for _ in range(30)]
    faults = [
        lambda d: d,
        lambda d: dc_replace(d, hukou_type="elsewhere"),
        lambda d: dc_replace(d, village_id=None),
        lambda d: dc_replace(d, bank_account="6217 00x"),
        lambda d: dc_replace(d, bank_account="6217 0001"),
        lambda d: dc_replace(d, members=()),
        lambda d: dc_replace(d, members=d.members + (dc_replace(d.members[0], name="又一户主"),)),
        lambda d: dc_replace(d, members=tuple(dc_replace(m, relation="son") for m in d.members)),
        lambda d: dc_replace(d, members=d.members + (MemberDraft("重号", d.members[0].id_number, "son"),)),
        lambda d: dc_replace(d, members=d.members + (MemberDraft("坏号", ids[0][:17] + "0", "son"),)),
        lambda d: dc_replace(d, members=d.members + (MemberDraft(" ", ids[1], "son"),)),
        lambda d: dc_replace(d, members=d.members + (MemberDraft("某", ids[2], "cousin"),)),
        lambda d: dc_replace(d, members=d.members + (MemberDraft("某", ids[3], "son", work_capacity="x"),)),
        lambda d: dc_replace(d, members=d.members + (MemberDraft("某", ids[4], "son", covered=False),)),
        lambda d: dc_replace(d, members=d.members + (MemberDraft("某", ids[5], "son", disability_grade=9),)),
        lambda d: dc_replace(d, incomes=(IncomeDraft(kind="wage", amount_fen=-1),)),
        lambda d: dc_replace(d, employment_deduction_fen=-5),
    ]
    for k in range(200):
        size = rnd.randint(1, 4)
        chosen = rnd.sample(ids[6:], size)
        members = tuple(MemberDraft(f"成员{i}", n, "head" if i == 0 else rnd.choice(("spouse", "son", "other")))
                        for i, n in enumerate(chosen))
        draft = HouseholdDraft(village_id=rnd.choice((0, 3)), hukou_type=rnd.choice(("rural", "urban")),
                               members=members, bank_account=rnd.choice(("", "62170001")))
        faulty = faults[k % len(faults)](draft)
        assert roster_check._validate(faulty, TODAY) == rules.validate(faulty, today=TODAY)
        if k % len(faults) == 0:
            assert roster_check._validate(faulty, TODAY, ids_valid=True) == rules.validate(faulty, today=TODAY) == []


def test_the_registered_warning_is_the_problem_the_constructor_makes():
    """The warning a second import gives every registered person, made without the dataclass's
    __init__, is in every way the one Problem(...) makes: equal, same hash, same text."""
    from dibao_desk import messages
    from dibao_desk.domain.problems import Problem

    quick = roster_check._registered_problem((7, "张三", "东风村"))
    made = Problem("roster.registered", "id_number", {"village": "东风村", "head": "张三", "household_id": 7},
                   severity="warning")
    assert quick == made and hash(quick) == hash(made) and repr(quick) == repr(made)
    assert type(quick) is Problem and vars(quick) == vars(made)
    assert messages.text(quick) == messages.text(made) and "张三" in messages.text(quick)
