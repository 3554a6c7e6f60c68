"""A signed roster to the bank and back: the transfer file and the bank's result file.

One transfer per household: a household's paid lines of the roster (its months, 补发, and 追回
deducted) add up to what the bank pays into its account; 0 元 lines are never sent, and a
household whose lines add up to nothing is listed apart. Each transfer carries a reference
(``<batch>-<position>``, the batch naming the roster), so a result file is matched line by
line even when two households share an account; an old result file, or another roster's, is
recognised by it.

``record_bank_return`` stores the bank's answer (paid / failed, reason, date) on every line of
the household's transfer, all of them or none; the roster then counts paid, failed and
unanswered.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from dibao_desk.domain import bank_accounts, bank_holder, banks
from dibao_desk.domain.names import clean as clean_name
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.bank_return import Expected, Outcome, match
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.payroll import LOCKED_STATUSES, BankStatus, PayrollKind
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.exchange import bank_files, bank_layouts, bank_return
from dibao_desk.exchange.bulk import gc_paused
from dibao_desk.exchange.bank_layouts import Layout, Layouts, PayLine
from dibao_desk.models import Payroll
from dibao_desk.models import bank as store
from dibao_desk.models import payroll as payroll_store
from dibao_desk.models import recovery as recovery_store
from dibao_desk.services import recovery
from dibao_desk.services.uow import UnitOfWork

KIND_LETTER = {PayrollKind.REGULAR.value: "R", PayrollKind.BACK_PAY.value: "B", PayrollKind.SUBSIDY.value: "S"}


class Transfer(NamedTuple):
    """One payment to one household's account (a NamedTuple: a roster makes 40,000)."""

    position: int               # the first line's position on the roster
    household_id: int
    line_ids: tuple[int, ...]
    name: str
    id_number: str
    account: str
    bank_name: str
    bank_code: str
    amount_fen: int
    reference: str


@dataclass(frozen=True)
class BankFileResult:
    path: Path
    layout: str
    batch: str
    count: int
    total_fen: int
    not_sent: tuple[tuple[str, int], ...]   # (name, net fen) of households whose lines add up to nothing
    warnings: tuple[Problem, ...]           # passbook lengths, banks not in the list
    # transfers of a roster signed with an account that cannot be paid: left out of the file and
    # recorded failed (账号缺失/无效), so they go to the 补发 roster once the account is corrected
    left_out: tuple[Problem, ...] = ()
    left_out_fen: int = 0


@dataclass(frozen=True)
class BankCounts:
    paid: int
    paid_fen: int
    failed: int
    failed_fen: int
    unanswered: int
    unanswered_fen: int


@dataclass(frozen=True)
class BankFailure:
    """A transfer of a roster the bank returned failed (or left out of the file for its account):
    whom the office calls. ``account`` is the whole number: mask it where it is shown."""

    position: int      # 序号: the household's first line on the roster
    village: str
    name: str
    account: str
    amount_fen: int
    reason: str


@dataclass(frozen=True)
class ReturnReceipt:
    """What a result file held and what became of it."""

    file: str
    kind: str
    encoding: str
    lines_read: int
    paid: int
    paid_fen: int
    failed: int
    failed_fen: int
    unanswered: int             # transfers of the roster the file does not answer
    already: int                # answers the roster already held, the same
    problems: tuple[Problem, ...]
    written: bool
    deductions_reversed: int = 0  # 追回 deductions on failed transfers, owed again (冲回)
    deductions_reversed_fen: int = 0


def layouts(data_dir: Path | None) -> Layouts:
    """The built-in layouts and the county's from ``data_dir/bank_layouts``."""
    return bank_layouts.load(data_dir)


def batch_of(row: Payroll) -> str:
    return f"DB{row.period.replace('-', '')}{KIND_LETTER.get(row.kind, 'X')}{row.id}"


def _get(uow: UnitOfWork, payroll_id: int) -> Payroll:
    row = uow.session.get(Payroll, payroll_id)
    if row is None:
        raise RuleError(Problem("payroll.missing", "payroll", {"id": payroll_id}))
    return row


def _transfers(row: Payroll, lines: list[tuple[Any, ...]]) -> tuple[list[Transfer], list[tuple[str, int]]]:
    """Lines as ``models.bank.transfer_lines`` gives them, one transfer per household."""
    batch = batch_of(row)
    groups: dict[int, list[Any]] = {}  # household -> [first line, line ids, net]
    for x in lines:
        if x[9]:  # zero: listed apart, never paid
            continue
        g = groups.get(x[2])
        if g is None:
            groups[x[2]] = [x, [x[0]], x[8]]
        else:
            g[1].append(x[0])
            g[2] += x[8]
    out, not_sent = [], []
    codes: dict[str, str] = {}
    for hid, (first, ids, net) in groups.items():
        line_id, position, _hid, name, number, account, bank_name, code, _total, _zero, _s, _r = first
        if net <= 0:
            not_sent.append((name, net))
            continue
        if not code:
            code = codes.get(bank_name)
            if code is None:
                found = banks.find(bank_name)
                code = codes[bank_name] = found.code if found else ""
        out.append(Transfer(position, hid, tuple(ids), name, number, account, bank_name, code, net,
                            f"{batch}-{position:05d}"))
    out.sort()  # by position, the first field
    return out, not_sent


def _signed(row: Payroll) -> None:
    if row.status not in {s.value for s in LOCKED_STATUSES}:
        raise RuleError(Problem("bank.not_signed", "status", {"period": row.period, "status": row.status}))


ACCOUNT_FAILED_REASON = "账号缺失/无效"  # stored as the bank's reason on a transfer left out of the file


# Account problems that refuse signing: a transfer with no account, or one that is not a number,
# can go nowhere, nor one longer than the bank file's account column (it would be cut). A card failing its check digit (a typo, but also many test and demo stores'
# made-up numbers) is left to the bank file, which leaves it out and records it failed.
NOT_SIGNED = frozenset({"bank_account.missing", "bank_account.not_digits", "bank_account.too_long"})


def account_problems(found: list[Transfer]) -> tuple[list[tuple[Transfer, Problem]], list[Problem]]:
    """(transfers whose account cannot be paid, with the problem; warnings) of ``found``: an
    error of ``domain.bank_accounts.check`` (no account, not digits, a card failing its check
    digit, a length no account has) cannot be sent; a rare passbook length or a bank not in the
    list is a warning."""
    errors: list[tuple[Transfer, Problem]] = []
    warnings: list[Problem] = []
    for n, t in enumerate(found, start=1):
        bank = banks.by_code(t.bank_code) if t.bank_code else None
        for p in bank_accounts.check(t.account, bank):
            q = Problem("bank.account", "account", {"line": n, "name": t.name, "position": t.position,
                                                    **p.params, "account": t.account or "（未填写）",
                                                    "detail": p.code}, severity=p.severity)
            if p.severity == "error":
                errors.append((t, q))
            else:
                warnings.append(q)
        if not t.bank_code:
            warnings.append(Problem("bank.no_bank_code", "bank", {"line": n, "name": t.name, "bank": t.bank_name},
                                    severity="warning"))
    return errors, warnings


def _payable_firsts(lines: list[dict[str, Any]]) -> list[tuple[int, dict[str, Any]]]:
    """(transfer number, first line) of each transfer of a roster's ``lines``
    (``models.payroll.lines_of``, in printed order) whose lines add up to money paid, in the
    order of the bank file."""
    net: dict[int, int] = {}
    first: dict[int, dict[str, Any]] = {}
    for x in lines:
        if x["zero"]:
            continue
        hid = x["household_id"]
        if hid not in first:
            first[hid] = x
            net[hid] = 0
        net[hid] += x["total_fen"]
    out: list[tuple[int, dict[str, Any]]] = []
    for hid, x in first.items():  # in order of each household's first line, as the bank file
        if net[hid] > 0:
            out.append((len(out) + 1, x))
    return out


def unsignable(lines: list[dict[str, Any]]) -> list[tuple[str, Problem]]:
    """(name, problem) of each transfer of a roster's ``lines`` (``models.payroll.lines_of``, in
    printed order) whose account refuses signing (``NOT_SIGNED``: none, not a number, longer
    than the bank file's column). Read from the lines signing already holds: signing 40,000
    lines makes no second query."""
    out: list[tuple[str, Problem]] = []
    for n, x in _payable_firsts(lines):
        account = x["account"] or ""
        if account.isdigit() and len(account) <= bank_accounts.ACCOUNT_MAX:
            continue
        for p in bank_accounts.check(account):
            if p.code in NOT_SIGNED:
                out.append((x["account_name"], Problem("bank.account", "account", {
                    "line": n, "name": x["account_name"], "position": x["position"], **p.params,
                    "account": account or "（未填写）", "detail": p.code})))
    return out


def holders_gone(conn: Any, lines: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Households of a roster's ``lines`` (``models.payroll.lines_of``) paid money whose account
    holder (开户人) is recorded as a member who no longer lives in the household (dead, moved
    out …) or is no longer among its members: (head's name, holder's name or recorded ID number)
    in printed order. The bank cannot pay a departed holder's account to the household."""
    firsts = _payable_firsts(lines)
    recorded = payroll_store.recorded_holders(conn, {x["household_id"] for _n, x in firsts})
    out = []
    for _n, x in firsts:
        found = recorded.get(x["household_id"])
        if found is None:
            continue
        head, head_id, number, members = found
        holder = bank_holder.holder_of(number, head, head_id, members)
        if not holder.payable:
            who = holder.name if holder.state is bank_holder.HolderState.LEFT else number
            out.append((head, who))
    return out


def signing_warnings(lines: list[dict[str, Any]]) -> list[Problem]:
    """Accounts of a roster's ``lines`` that do not refuse signing but that the bank file will
    leave out (a card failing its check digit, a length no account has), as warnings: a summary
    naming the households, then one a transfer (the first 20). Empty when there are none."""
    found: list[tuple[int, dict[str, Any], Problem]] = []
    codes: dict[str, banks.Bank | None] = {}
    for n, x in _payable_firsts(lines):
        account = x["account"] or ""
        if not account.isdigit():
            continue  # refused by ``unsignable``
        key = x["bank_code"] or x["bank_name"] or ""
        if key not in codes:
            codes[key] = banks.by_code(x["bank_code"]) if x["bank_code"] else banks.find(x["bank_name"] or "")
        found.extend((n, x, p) for p in bank_accounts.check(account, codes[key])
                     if p.severity == "error" and p.code not in NOT_SIGNED)
    if not found:
        return []
    names = "、".join(x["account_name"] for _n, x, _p in found[:10]) + ("等" if len(found) > 10 else "")
    return [Problem("payroll.account_warning", "payroll", {"households": len(found), "names": names},
                    severity="warning"),
            *(Problem("payroll.account_warning_line", "account", {
                "line": n, "name": x["account_name"], "position": x["position"], **p.params,
                "account": x["account"], "detail": p.code}, severity="warning") for n, x, p in found[:20])]


def transfers(uow: UnitOfWork, payroll_id: int) -> list[Transfer]:
    with uow:
        row = _get(uow, payroll_id)
        return _transfers(row, store.transfer_lines(uow.session.connection(), row.id))[0]


@gc_paused()  # 40,000 transfers are many small objects, none in a cycle: see exchange.bulk
def bank_file(uow: UnitOfWork, payroll_id: int, layout: Layout, out: str | Path,
              today: dt.date | None = None) -> BankFileResult:
    """Write the roster's transfers in ``layout`` to ``out``: only a signed roster (已审核 or
    已报县), every account checked first. Signing refuses an account that cannot be paid; a
    roster signed with one all the same (signed before that check) is not held up by it: its
    transfer is left out of the file and recorded failed (账号缺失/无效), so it goes to the 补发
    roster once the household's account is corrected, and the result names it."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    with uow:
        row = _get(uow, payroll_id)
        _signed(row)
        lines = store.transfer_lines(uow.session.connection(), row.id)
        found, not_sent = _transfers(row, lines)
        batch = batch_of(row)
        period = row.period
    errors, warnings = account_problems(found)
    status = {x[0]: x[10] for x in lines}
    left = {t.line_ids[0]: (t, Problem("bank.left_out_line", "account", q.params, severity="warning"))
            for t, q in errors}
    pay_found = [t for t in found if t.line_ids[0] not in left]
    if not found:
        raise RuleError(Problem("bank.nothing_to_pay", "payroll", {"period": period}))
    written = None
    if pay_found:
        # a name's dot as the identity card's · (GBK has it; • and ・, kept from a list imported
        # as typed, it has not, and the whole file was refused for them)
        pay = [PayLine(clean_name(t.name), t.id_number, t.account, t.bank_code, t.amount_fen, t.reference,
                       t.bank_name) for t in pay_found]
        written = bank_files.write(layout, pay, out, batch=batch, date=today)
    left_fen = sum(t.amount_fen for t, _q in left.values())
    with uow:
        # left out: failed, unless the bank already answered it (a file written again)
        fresh = [t for t, _q in left.values() if not status[t.line_ids[0]]]
        if fresh:
            conn = uow.session.connection()
            store.set_bank_answers(conn, payroll_id, [(i, str(BankStatus.FAILED), ACCOUNT_FAILED_REASON)
                                                      for t in fresh for i in t.line_ids], today)
            recovery.reverse_failed(uow, {i: ACCOUNT_FAILED_REASON for t in fresh for i in t.line_ids}, today)
        uow.audit("payroll", payroll_id, "bank_file", None, {
            "layout": layout.name, "file": Path(out).name if written else "", "batch": batch,
            "count": written.count if written else 0, "total_fen": written.total_fen if written else 0,
            "left_out": [[t.household_id, t.name, t.account, t.amount_fen] for t, _q in left.values()][:500],
            "left_out_fen": left_fen})
        uow.commit()
    if written is None:  # every account unpayable: all recorded failed, no file
        raise RuleError([Problem("bank.all_left_out", "payroll", {"period": period, "households": len(left)}),
                         *[q for _t, q in left.values()][:50]])
    return BankFileResult(written.path, layout.name, batch, written.count, written.total_fen, tuple(not_sent),
                          tuple(warnings), tuple(q for _t, q in left.values()), left_fen)


def left_out_summary(res: BankFileResult) -> Problem | None:
    """One problem saying how many transfers were left out of the file and whose, or None."""
    if not res.left_out:
        return None
    names = "、".join(q.params["name"] for q in res.left_out[:10]) + ("等" if len(res.left_out) > 10 else "")
    return Problem("bank.left_out", "payroll", {"households": len(res.left_out), "names": names,
                                                "amount": fen_to_yuan(res.left_out_fen)}, severity="warning")


def counts(uow: UnitOfWork, payroll_id: int) -> BankCounts:
    """Paid, failed and unanswered transfers of a roster (households, and money)."""
    with uow:
        row = _get(uow, payroll_id)
        lines = store.transfer_lines(uow.session.connection(), row.id)
        found, _ = _transfers(row, lines)
    status = {x[0]: x[10] for x in lines}
    tally: dict[str, list[int]] = {BankStatus.PAID: [0, 0], BankStatus.FAILED: [0, 0], BankStatus.UNANSWERED: [0, 0]}
    for t in found:
        s = status[t.line_ids[0]] or ""
        tally[s if s in tally else BankStatus.UNANSWERED][0] += 1
        tally[s if s in tally else BankStatus.UNANSWERED][1] += t.amount_fen
    paid, failed, unanswered = (tally[BankStatus.PAID], tally[BankStatus.FAILED], tally[BankStatus.UNANSWERED])
    return BankCounts(paid[0], paid[1], failed[0], failed[1], unanswered[0], unanswered[1])


def failures(uow: UnitOfWork, payroll_id: int) -> tuple[BankFailure, ...]:
    """The roster's failed transfers in printed order: 序号, village, name, account, amount and
    the bank's reason, so the office knows whom to call."""
    with uow:
        row = _get(uow, payroll_id)
        conn = uow.session.connection()
        lines = store.transfer_lines(conn, row.id)
        found, _ = _transfers(row, lines)
        answer = {x[0]: (x[10], x[11]) for x in lines}
        failed = [t for t in found if answer[t.line_ids[0]][0] == BankStatus.FAILED.value]
        villages = store.line_villages(conn, [t.line_ids[0] for t in failed]) if failed else {}
    return tuple(BankFailure(t.position, villages.get(t.line_ids[0], ""), t.name, t.account, t.amount_fen,
                             answer[t.line_ids[0]][1]) for t in failed)


@dataclass(frozen=True)
class Confirmed:
    """Transfers the office confirmed paid without a result file, and the deductions they carried."""

    transfers: int
    amount_fen: int
    deductions: int       # 追回 deductions on them: made from now on
    deductions_fen: int


def confirm_paid(uow: UnitOfWork, payroll_id: int, on: dt.date | None = None, *,
                 today: dt.date | None = None) -> Confirmed:
    """The office has the bank's word that every transfer of the signed roster the bank has
    not answered yet was paid (a statement on paper, a bank that sends no result file): they
    are recorded paid as of ``on``, and the 追回 deductions they carry count as made. A
    transfer the bank answered (paid or failed) keeps its answer. Audited."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    on = on or today
    with uow:
        row = _get(uow, payroll_id)
        _signed(row)
        if on > today:
            raise RuleError(Problem("bank.confirm_future", "on", {"on": on.isoformat()}))
        if row.reviewed_on is not None and on < row.reviewed_on:
            raise RuleError(Problem("bank.confirm_before_signed", "on", {
                "on": on.isoformat(), "signed": row.reviewed_on.isoformat()}))
        conn = uow.session.connection()
        lines = store.transfer_lines(conn, row.id)
        found, _ = _transfers(row, lines)
        status = {x[0]: x[10] for x in lines}
        waiting = [t for t in found if not status[t.line_ids[0]]]
        if not waiting:
            raise RuleError(Problem("bank.confirm_nothing", "payroll", {"period": row.period}))
        line_ids = {i for t in waiting for i in t.line_ids}
        carried = [fen for lines_ in recovery_store.awaiting_bank(conn).values()
                   for line_id, fen in lines_.items() if line_id in line_ids]
        store.set_bank_answers(conn, row.id, [(i, str(BankStatus.PAID), "") for i in sorted(line_ids)], on)
        result = Confirmed(len(waiting), sum(t.amount_fen for t in waiting), len(carried), sum(carried))
        uow.audit("payroll", row.id, "bank_confirmed", None, {
            "on": on, "transfers": result.transfers, "amount_fen": result.amount_fen,
            "deductions": result.deductions, "deductions_fen": result.deductions_fen})
        uow.commit()
    return result


@gc_paused()
def record_bank_return(uow: UnitOfWork, payroll_id: int, path: str | Path, layout: Layout | None = None, *,
                       today: dt.date, dry_run: bool = False, same_content: bool = False) -> ReturnReceipt:
    """Read the bank's result file for the roster and, unless ``dry_run`` or anything in it
    does not fit, store each transfer's answer on its lines, dated ``today`` (the program's
    clock). Nothing is written when any line is refused; the receipt says what was read either way.

    A file whose content is that of a return recorded for another roster is refused
    (``return.same_file``: last month's file picked again) unless ``same_content``: the office
    confirms that the bank answered two rosters with the same file (a bank file that carries no
    batch or reference of ours, for a month in which no account or amount changed)."""
    uow.require(Role.CLERK)
    path = Path(path)
    with uow:  # nothing goes to the bank before the leader signs: no answer either
        _signed(_get(uow, payroll_id))
    try:
        read = bank_return.read(path, layout)
    except RuleError as exc:  # nothing read: every transfer not answered before still waits
        waiting = counts(uow, payroll_id).unanswered
        return ReturnReceipt(path.name, "", "", 0, 0, 0, 0, 0, waiting, 0, tuple(exc.problems), False)
    with uow:
        row = _get(uow, payroll_id)
        conn = uow.session.connection()
        lines = store.transfer_lines(conn, row.id)
        found, _ = _transfers(row, lines)
        batch = batch_of(row)
        problems = []
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        seen = store.return_recorded(conn, digest, row.id)
        if seen is not None and not same_content:  # a bank's own file names no roster: last month's again
            other = _get(uow, seen[0])
            problems.append(Problem("return.same_file", "file", {
                "name": read.name, "first": seen[1], "on": seen[2], "period": other.period, "kind": other.kind}))
        if read.batch and read.batch != batch:
            problems.append(Problem("return.other_batch", "file", {
                "line": 1, "name": read.name, "found": read.batch, "batch": batch}))
        expected = [Expected(t.line_ids[0], t.household_id, t.account, t.name, t.amount_fen, t.reference)
                    for t in found]
        m = match(expected, read.lines, batch=batch)
        problems.extend(m.problems)
        by_key = {t.line_ids[0]: t for t in found}
        status = {x[0]: (x[10], x[11]) for x in lines}
        already = 0
        changes = []
        for key, ans in m.answers.items():
            before = status[key]
            if before[0] == ans.outcome.value and before[1] == ans.reason[:200]:  # stored cut to 200
                already += 1
                continue
            if before[0]:
                problems.append(Problem("bank.answered", "line", {
                    "line": ans.line, "name": ans.name, "account": ans.account, "before": before[0],
                    "after": ans.outcome.value}))
                continue
            changes.append((by_key[key], ans))
        paid = [a for a in m.answers.values() if a.outcome is Outcome.PAID]
        failed = [a for a in m.answers.values() if a.outcome is Outcome.FAILED]
        written = False
        reversed_ = (0, 0)
        if not problems and not dry_run and changes:
            store.set_bank_answers(conn, row.id, [(line_id, ans.outcome.value, ans.reason[:200])
                                          for t, ans in changes for line_id in t.line_ids], today)
            # a deduction on a failed transfer was never withheld: the 追回 register owes it again
            reversed_ = recovery.reverse_failed(uow, {line_id: ans.reason[:200] for t, ans in changes
                                          if ans.outcome is Outcome.FAILED for line_id in t.line_ids}, today)
            uow.audit("payroll", row.id, "bank_return", None, {
                "file": path.name, "on": today, "sha256": digest, "paid": len(paid), "failed": len(failed),
                **({"same_content_as": {"payroll": seen[0], "file": seen[1], "on": seen[2]}}
                   if seen is not None else {}),
                "failed_lines": [[t.household_id, ans.reason] for t, ans in changes
                                 if ans.outcome is Outcome.FAILED][:500]})
            uow.commit()
            written = True
    answered = set(m.answers) if not problems else set()
    unanswered = sum(1 for t in found if t.line_ids[0] not in answered and not status[t.line_ids[0]][0])
    return ReturnReceipt(path.name, read.kind, read.encoding, len(read.lines), len(paid),
                         sum(a.amount_fen for a in paid), len(failed), sum(a.amount_fen for a in failed),
                         unanswered, already, tuple(problems), written, *reversed_)
