"""Start the window, fill a demo township, check the store."""

from __future__ import annotations

import sys
import time

from dibao_desk.cli.common import context, fail, report_rule_error
from dibao_desk.domain.problems import RuleError


def register(sub) -> None:
    p = sub.add_parser("gui", help="打开主窗口（默认）")  # started by dibao_desk.main
    p.add_argument("--screenshot", metavar="PNG",
                   help="自检：打开主窗口，名册显示后截图保存到该文件并退出（缺少翻译、字体等文件时返回 1）")

    p = sub.add_parser("demo", help="在数据文件夹中生成一个演示乡镇（--county：演示县民政局）")
    p.add_argument("--households", type=int, default=None,
                   help="户数（默认 2000；--county 时为每个乡镇的户数，默认 300）")
    p.add_argument("--seed", type=int, default=1, help="随机种子（相同种子生成相同数据）")
    p.add_argument("--villages", type=int, default=0, help="村（社区）数，默认按户数估算")
    p.add_argument("--county", action="store_true",
                   help="生成演示县民政局：几个演示乡镇报来的花名册和发放造册（含补发、专项补贴造册）已导入")
    p.add_argument("--townships", type=int, default=3, help="--county 时的乡镇数（1 至 4，默认 3）")
    p.set_defaults(handler=run_demo)

    p = sub.add_parser("check", help="检查数据文件的完整性（正常返回 0，有问题返回 1）")
    p.add_argument("--audit", action="store_true", help="同时核对操作记录有没有被改动、删除或插入")
    p.set_defaults(handler=run_check)

    p = sub.add_parser("copy-store", help="把现有数据文件（SQLite）复制到县级 PostgreSQL 数据库，并逐表核对")
    p.add_argument("--from", dest="source", required=True, metavar="SQLITE_FILE", help="数据文件（dibao.sqlite3）")
    p.add_argument("--to", dest="target", required=True, metavar="URL",
                   help="空的 PostgreSQL 数据库 postgresql://用户名@服务器[:端口]/数据库名（密码不写在这里）")
    p.set_defaults(handler=run_copy_store)

    p = sub.add_parser("office", help="填写或修改本单位信息（与第一次打开窗口时填写的相同）")
    p.add_argument("--name", required=True, help="乡镇（街道）或县民政局名称")
    p.add_argument("--code", required=True, help="12 位行政区划代码")
    p.add_argument("--county", required=True, help="所属县（市、区）")
    p.add_argument("--mode", choices=("township", "county"), default="township",
                   help="township：乡镇（街道）；county：县民政局")
    p.add_argument("--phone", default="", help="投诉举报电话")
    p.add_argument("--box", default="", help="意见箱位置")
    p.add_argument("--operator", default="", help="经办人")
    p.set_defaults(handler=run_office)


def run_demo(args) -> int:
    from dibao_desk.services import demo

    ctx = context(args)
    if args.county:
        return _run_county_demo(args, ctx)
    started = time.perf_counter()
    try:
        households = 2000 if args.households is None else args.households
        result = demo.generate(ctx.uow(), households=households, seed=args.seed, villages=args.villages or None)
    except demo.DemoRefused as exc:
        print(f"错误：数据文件夹中已有 {exc.households} 户数据，演示数据只能生成在空的数据文件夹中。"
              f"请用 --data-dir 指定另一个文件夹。", file=sys.stderr)
        return 1
    except RuleError as exc:
        report_rule_error(exc)
        fail("演示数据没有生成，数据文件夹保持原样。")
        return 1
    elapsed = time.perf_counter() - started
    print(f"已生成演示乡镇“{result.office_name}”：{result.villages} 个村（社区），"
          f"{result.households} 户，{result.persons} 人，用时 {elapsed:.1f} 秒。")
    print(f"数据文件夹：{ctx.data_dir}")
    return 0


def _run_county_demo(args, ctx) -> int:
    from dibao_desk import messages
    from dibao_desk.services import demo, demo_county
    from dibao_desk.services.exchange_common import PackageRefused

    started = time.perf_counter()
    try:
        households = 300 if args.households is None else args.households
        result = demo_county.generate_county(ctx.uow(), townships=args.townships, households=households,
                                             seed=args.seed)
    except demo.DemoRefused as exc:
        print(f"错误：数据文件夹中已有 {exc.households} 户（或乡镇）的数据，演示数据只能生成在空的数据文件夹中。"
              f"请用 --data-dir 指定另一个文件夹。", file=sys.stderr)
        return 1
    except RuleError as exc:
        report_rule_error(exc)
        fail("演示数据没有生成，数据文件夹保持原样。")
        return 1
    except PackageRefused as exc:  # a township's package not taken: none of them is kept
        for p in exc.problems:
            fail(messages.text(p))
        fail("演示数据没有生成，数据文件夹保持原样。")
        return 1
    except Exception:
        # The store was rolled back whatever failed; the cause is said (disk full, a file
        # not written) by the command line's own handler, or shown as the error it is.
        fail("演示数据没有生成，数据文件夹保持原样。")
        raise
    elapsed = time.perf_counter() - started
    print(f"已生成演示县民政局“{result.office_name}”：{result.townships} 个乡镇报来的 {result.packages} 个数据包已导入"
          f"（{result.households} 户；{result.period} 的发放造册含补发、专项补贴造册），用时 {elapsed:.1f} 秒。")
    print(f"数据文件夹：{ctx.data_dir}")
    return 0


def run_office(args) -> int:
    from dibao_desk.domain.problems import RuleError
    from dibao_desk.services import office

    ctx = context(args)
    info = office.OfficeInfo(name=args.name, admin_code=args.code, county_name=args.county,
                             complaint_phone=args.phone, complaint_box=args.box, mode=args.mode,
                             operator=args.operator)
    try:
        saved = office.save_office(ctx.uow(), info)
    except RuleError as exc:
        return report_rule_error(exc)
    print(f"已保存本单位信息：{saved.full_name}（{saved.admin_code}）")
    return 0


def run_check(args) -> int:
    from dibao_desk.services import integrity

    ctx = context(args)
    report = integrity.check(ctx.uow(), ctx.store)
    print(f"数据库：{ctx.store.where}" if ctx.store.on_server else f"数据文件：{ctx.store.path}")
    print(f"完整性检查：{'正常' if report.integrity_ok else '发现问题'}")
    for line in report.integrity_messages:
        if line != "ok":
            print(f"  {line}")
    print(f"外键检查：{'正常' if not report.foreign_key_problems else f'{report.foreign_key_problems} 处问题'}")
    print(f"数据结构版本：{report.schema_revision}（程序版本 {report.head_revision}）")
    for name, n in report.counts.items():
        print(f"  {name}：{n}")
    for line in report.consistency_problems:
        print(f"  不一致：{line}")
    ok = report.ok
    if getattr(args, "audit", False) or ctx.store.on_server:  # several writers: always walk the chain
        ok = _print_audit(ctx) and ok
    print("结论：" + ("正常" if ok else "有问题"))
    return 0 if ok else 1


def run_copy_store(args) -> int:
    from dibao_desk import messages
    from dibao_desk.cli.common import ENV_DB_PASSWORD, NoTerminal, type_secret
    from dibao_desk.models.store import PASSWORD_CODES, StoreError
    from dibao_desk.services import copystore

    def on_table(name: str, rows: int) -> None:
        if rows:
            print(f"  已复制 {name}：{rows} 行")

    print("正在复制，完成后逐表核对行数和校验值……")
    password = None
    for _ in range(2):
        try:
            result = copystore.copy_store(args.source, args.target, password=password, on_table=on_table)
            break
        except StoreError as exc:
            if exc.code not in PASSWORD_CODES or password is not None:
                fail(messages.text(exc.code, **exc.params))
                return 1
            try:
                password = type_secret(f"数据库 {exc.params.get('url', '')} 的密码：", "数据库密码",
                                       ENV_DB_PASSWORD)
            except NoTerminal:
                return 1
        except RuleError as exc:
            report_rule_error(exc)
            fail("目标数据库未写入任何数据。")
            return 1
    else:  # pragma: no cover
        return 1
    print(f"已复制到 {result.target}：{len(result.tables)} 张表，共 {result.rows} 行；"
          f"每张表的行数和校验值（SHA-256）均与原文件一致，操作记录链完整（{result.audit_rows} 条）。")
    print(f"今后请用 --db {result.target} 打开（或写入数据文件夹中的 database.txt）。")
    return 0


def _print_audit(ctx) -> bool:
    from dibao_desk.messages.accounts import audit_lines
    from dibao_desk.services import audit

    result = audit.check_chain(ctx.uow())
    for line in audit_lines(result):
        print(line)
    return result.ok
