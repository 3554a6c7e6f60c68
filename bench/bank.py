"""Bench: a month's roster of the 40,000-household demo township to the bank and back, each
figure beside a baseline measured in the same run.

    .venv/bin/python bench/bank.py [--households 40000]

* bank file writer (exchange.bank_files.write: every line formatted and checked, written
  atomically), xlsx layout, beside a bare openpyxl write_only of the same rows. Target <= 1.3x.
  Below it the whole command (services.bank.bank_file: the roster's lines read, one transfer
  per household, every account checked with Luhn, written, audited) beside the same baseline.
* the same for the fixed-column GBK text layout, beside a bare writer of the same rows (each
  field encoded and padded to its width, lines joined, written). The whole command cannot
  come near 1.3x of writing rows already in memory: reading 40,000 lines and checking their
  accounts costs more than writing 3 MB of text; it is printed for what it is.
* bank return of every transfer (services.bank.record_bank_return: the file read and decoded,
  each line parsed and matched to the roster, the answers stored), fixed text and csv, beside a
  bare read of the same file (decode, split, cut the columns). Target <= 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from _common import best  # noqa: E402 (bench/ is on the path from here)

TODAY = dt.date(2026, 11, 30)


def ratio_row(name: str, seconds: float, baseline: float, target_ratio: float) -> str:
    r = seconds / baseline
    return f"{name:<44}{seconds:>9.3f}{baseline:>10.3f}{r:>8.2f}   <= {target_ratio:g}x {'met' if r <= target_ratio else 'NOT met'}"


def time_row(name: str, seconds: float, baseline: float, target: float) -> str:
    return (f"{name:<44}{seconds:>9.3f}{baseline:>10.3f}{seconds / baseline:>8.1f}   <= {target:g} s "
            f"{'met' if seconds <= target else 'NOT met'}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=40000)
    args = parser.parse_args()

    from _common import county_store
    from stdnum import luhn

    from dibao_desk.models import Household
    from dibao_desk.models import payroll as payroll_store
    from dibao_desk.services import bank, payroll
    from dibao_desk.services.context import open_context

    source = county_store(args.households)
    work = Path(tempfile.mkdtemp(prefix="bench-bank-"))
    try:
        data = work / "data"
        shutil.copytree(source, data)
        ctx = open_context(data)
        with ctx.uow() as uow:  # a store built before demo accounts carried check digits
            for h in uow.session.query(Household).filter(Household.bank_account != ""):
                if len(h.bank_account) == 19 and not luhn.is_valid(h.bank_account):
                    h.bank_account = h.bank_account[:-1] + luhn.calc_check_digit(h.bank_account[:-1])
            uow.commit()
        t0 = time.perf_counter()
        info = payroll.make(ctx.uow(), "2026-11", today=TODAY, made_by="bench")
        made = time.perf_counter() - t0
        payroll.sign(ctx.uow(), info.id, "bench", TODAY)
        transfers = bank.transfers(ctx.uow(), info.id)
        print(f"roster 2026-11: {len(transfers)} transfers, made in {made:.3f} s", file=sys.stderr)
        layouts = bank.layouts(data)
        xlsx, fixed = layouts.get("package_xlsx"), layouts.get("fixed_gbk")
        out = work / "out"
        out.mkdir()
        rows = [(n, t.name, t.id_number, t.account, Decimal(t.amount_fen).scaleb(-2), t.bank_name, t.bank_code,
                 t.reference) for n, t in enumerate(transfers, start=1)]

        def bare_xlsx():
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet("造册")
            ws.append([c.header for c in xlsx.columns])
            for r in rows:
                ws.append(r)
            wb.save(out / "bare.xlsx")

        def bare_text():
            widths = [(c.width, c.align == "right", c.pad.encode()) for c in fixed.columns]
            lines = []
            for t_row in rows:
                n, name, number, account, _amount, _bank, code, ref = t_row
                values = (str(n), account, name, number, str(int(_amount * 100)), code, ref)
                parts = []
                for v, (w, right, pad) in zip(values, widths):
                    b = v.encode("gbk")
                    parts.append(b.rjust(w, pad) if right else b.ljust(w, pad))
                lines.append(b"".join(parts))
            (out / "bare.txt").write_bytes(b"\r\n".join(lines) + b"\r\n")

        from dibao_desk.exchange import bank_files
        from dibao_desk.exchange.bank_layouts import PayLine

        pay = [PayLine(t.name, t.id_number, t.account, t.bank_code, t.amount_fen, t.reference, t.bank_name)
               for t in transfers]
        figures = []
        base = best(bare_xlsx, rounds=3)
        ours = best(lambda: bank_files.write(xlsx, pay, out / "w.xlsx", batch="B", date=TODAY), rounds=3)
        figures.append(ratio_row("bank file writer, xlsx layout", ours, base, 1.3))
        ours = best(lambda: bank.bank_file(ctx.uow(), info.id, xlsx, out / "代发.xlsx", today=TODAY), rounds=3)
        figures.append(ratio_row("  whole bank-file command (reads, checks)", ours, base, 1.3))
        base = best(bare_text, rounds=3)
        ours = best(lambda: bank_files.write(fixed, pay, out / "w.txt", batch="B", date=TODAY), rounds=3)
        figures.append(ratio_row("bank file writer, fixed GBK text layout", ours, base, 1.3))
        ours = best(lambda: bank.bank_file(ctx.uow(), info.id, fixed, out / "代发.txt", today=TODAY), rounds=3)
        figures.append(ratio_row("  whole bank-file command (reads, checks)", ours, base, 1.3))

        # The bank's answer: every line back with its status; one in fifty failed.
        sent = (out / "代发.txt").read_bytes().split(b"\r\n")[:-1]
        body = [r + ("失败" if i % 50 == 0 else "成功").encode("gbk") + ("账户已销户".encode("gbk") if i % 50 == 0 else b"")
                for i, r in enumerate(sent[1:-1])]
        ret = out / "回盘.txt"
        ret.write_bytes(b"\r\n".join([sent[0], *body, sent[-1]]) + b"\r\n")
        csv_ret = out / "回盘.csv"
        csv_ret.write_text("账号,户名,金额,处理结果,失败原因,业务编号\r\n" + "".join(
            f"{t.account},{t.name},\"{t.amount_fen / 100:,.2f}\",{'失败' if i % 50 == 0 else '成功'},"
            f"{'账户已销户' if i % 50 == 0 else ''},{t.reference}\r\n" for i, t in enumerate(transfers)),
            encoding="gbk")

        def bare_read_fixed():
            text = ret.read_bytes().decode("gbk")
            out_rows = []
            for line in text.split("\r\n")[1:-2]:
                b = line.encode("gbk")
                out_rows.append((b[6:26].strip(), b[26:56].decode("gbk").strip(), int(b[74:89]), b[112:116]))
            return out_rows

        def bare_read_csv():
            import csv

            return list(csv.reader(csv_ret.read_bytes().decode("gbk").splitlines()))

        def reset():
            with ctx.uow() as uow:
                uow.session.connection().execute(payroll_store.L.update().where(
                    payroll_store.L.c.payroll_id == info.id).values(bank_status="", bank_reason="",
                                                                      bank_answered_on=None))
                uow.commit()

        cpu = {}

        def ours_return(path, layout):
            times = []
            for _ in range(3):
                reset()
                t0, c0 = time.perf_counter(), time.process_time()
                rc = bank.record_bank_return(ctx.uow(), info.id, path, layout, today=TODAY)
                times.append(time.perf_counter() - t0)
                cpu[path.suffix] = min(cpu.get(path.suffix, 1e9), time.process_time() - c0)
                assert rc.written and not rc.problems, rc.problems[:3]
            c = bank.counts(ctx.uow(), info.id)  # every answer stored, the failed ones apart
            assert (c.paid + c.failed, c.unanswered, c.failed) == (len(transfers), 0, (len(transfers) + 49) // 50), c
            return min(times)

        figures.append(time_row(f"bank return, {len(transfers)} lines, fixed text", ours_return(ret, fixed),
                                best(bare_read_fixed, rounds=3), 2.0))
        figures.append(time_row(f"bank return, {len(transfers)} lines, csv", ours_return(csv_ret, None),
                                best(bare_read_csv, rounds=3), 2.0))
        ctx.close()
        for suffix, seconds in cpu.items():
            figures.append(f"  (bank return {suffix}: {seconds:.3f} s of CPU; the wall times above include waiting "
                           f"for a shared CPU)")
        print(f"{'':<44}{'seconds':>9}{'baseline':>10}{'ratio':>8}")
        for line in figures:
            print(line)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
