"""``dibao-desk setup`` (a new office's store and its administrator) and ``dibao-desk account``."""

from __future__ import annotations

from dibao_desk import messages
from dibao_desk.cli.common import (
    ENV_NEW_PASSWORD,
    ENV_PASSWORD,
    ENV_RECOVERY_CODE,
    NoTerminal,
    context,
    read_new_password,
    report_rule_error,
    type_password_twice,
    type_secret,
)
from dibao_desk.domain.accounts import Role, name_key
from dibao_desk.domain.problems import RuleError

ROLE_CHOICES = [r.value for r in Role]


def register(sub) -> None:
    p = sub.add_parser("setup", help="建立一个单位的数据：单位信息和管理员账号（密码从提示输入或 DIBAO_DESK_PASSWORD）")
    p.add_argument("--township", required=True, metavar="NAME", help="乡镇（街道）名称")
    p.add_argument("--code", required=True, metavar="CODE", help="12 位行政区划代码")
    p.add_argument("--county", required=True, metavar="NAME", help="所属县（市、区）")
    p.add_argument("--admin", required=True, metavar="NAME", help="管理员账号名称（同时拥有经办人、审核人角色）")
    p.add_argument("--mode", choices=("township", "county"), default="township", help="工作模式（默认 township）")
    p.set_defaults(handler=run_setup)

    p = sub.add_parser("account", help="账号：列出、新建、改角色（需要管理员），改密码")
    asub = p.add_subparsers(dest="account_command", metavar="子命令", required=True)
    a = asub.add_parser("list", help="列出账号")
    a.set_defaults(handler=run_list)
    a = asub.add_parser("add", help="新建账号（密码从提示输入或 DIBAO_DESK_PASSWORD）")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--role", action="append", choices=ROLE_CHOICES, required=True,
                   help="角色：clerk 经办人，reviewer 审核人，admin 管理员（可重复）")
    a.set_defaults(handler=run_add)
    a = asub.add_parser("roles", help="改账号的角色或停用账号")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--role", action="append", choices=ROLE_CHOICES, required=True)
    a.add_argument("--disable", action="store_true", help="停用该账号")
    a.set_defaults(handler=run_roles)
    a = asub.add_parser("idle", help="窗口无人操作多少分钟后自动锁定（0 为不锁定）")
    a.add_argument("minutes", type=int, metavar="MINUTES")
    a.set_defaults(handler=run_idle)
    a = asub.add_parser("password", help="设置账号的新密码：自己的账号任何角色都可以改，别人的账号需要管理员"
                                              "（新密码从提示输入或 DIBAO_DESK_NEW_PASSWORD）")
    a.add_argument("name", metavar="NAME")
    a.set_defaults(handler=run_password)
    a = asub.add_parser("recover", help="管理员忘记密码：凭恢复码设置新密码（不需要登录；恢复码从提示输入或 "
                                        "DIBAO_DESK_RECOVERY_CODE，新密码从提示输入或 DIBAO_DESK_NEW_PASSWORD）")
    a.add_argument("name", metavar="NAME", help="管理员账号")
    a.set_defaults(handler=run_recover)
    a = asub.add_parser("recovery-code", help="生成新的恢复码（需要管理员；原来的恢复码作废）")
    a.set_defaults(handler=run_recovery_code)


def run_setup(args) -> int:
    from dibao_desk.services import accounts, office

    ctx = context(args)
    password = read_new_password(args.admin)
    if password is None:
        return 2
    info = office.OfficeInfo(name=args.township, admin_code=args.code, county_name=args.county,
                             complaint_phone="", complaint_box="", mode=args.mode, operator=args.admin)
    try:
        ctx.sign_in(accounts.setup(ctx.uow(), info, args.admin, password))
        code = accounts.make_recovery_code(ctx.uow())
    except RuleError as exc:
        return report_rule_error(exc)
    print(f"已建立：{args.county}{args.township}（{args.code}），管理员账号“{args.admin}”。")
    print(f"数据文件夹：{ctx.data_dir}")
    print(_recovery_text(code))
    return 0


def _recovery_text(code: str) -> str:
    return (f"恢复码：{code}\n请把它抄在纸上，和单位公章一起保管。管理员忘记密码时：dibao-desk account recover 账号"
            "（或在登录窗口点“忘记密码…”）。每用一次会换一个新的恢复码。")


def run_recover(args) -> int:
    import os

    from dibao_desk.services import accounts

    ctx = context(args)
    try:
        code = os.environ.get(ENV_RECOVERY_CODE) or type_secret("恢复码：", "恢复码", ENV_RECOVERY_CODE)
    except NoTerminal:
        return 2
    password = os.environ.get(ENV_NEW_PASSWORD) or _prompt_new(args.name)
    if password is None:
        return 2
    try:
        fresh = accounts.recover(ctx.uow(), args.name, code, password)
    except RuleError as exc:
        return report_rule_error(exc)
    print(f"已为管理员账号“{args.name.strip()}”设置新密码。原来的恢复码已用过，新的如下：")
    print(_recovery_text(fresh))
    return 0


def run_recovery_code(args) -> int:
    from dibao_desk.services import accounts

    ctx = context(args)
    try:
        code = accounts.make_recovery_code(ctx.uow())
    except RuleError as exc:
        return report_rule_error(exc)
    print("已生成新的恢复码，原来的作废。")
    print(_recovery_text(code))
    return 0


def _roles_text(roles) -> str:
    return "、".join(messages.label("role", r.value) for r in Role if r in roles)


def run_list(args) -> int:
    from dibao_desk.services import accounts

    ctx = context(args)
    for a in accounts.list_accounts(ctx.uow()):
        state = "" if a.active else "（已停用）"
        print(f"{a.name}{state}：{_roles_text(a.roles)}")
    return 0


def run_add(args) -> int:
    from dibao_desk.services import accounts

    ctx = context(args)
    import os

    password = os.environ.get(ENV_NEW_PASSWORD) or _prompt_new(args.name)
    if password is None:
        return 2
    first = not accounts.has_accounts(ctx.uow())
    try:
        a = accounts.create_account(ctx.uow(), args.name, password, {Role(r) for r in args.role})
        if first:  # the office's first administrator: its recovery code, as at a setup
            ctx.sign_in(accounts.SignedIn(a.name, a.roles))
            code = accounts.make_recovery_code(ctx.uow())
    except RuleError as exc:
        return report_rule_error(exc)
    print(f"已新建账号“{a.name}”：{_roles_text(a.roles)}")
    if first:
        print(_recovery_text(code))
    return 0


def run_roles(args) -> int:
    from dibao_desk.services import accounts

    ctx = context(args)
    try:
        a = accounts.set_roles(ctx.uow(), args.name, {Role(r) for r in args.role}, active=not args.disable)
    except RuleError as exc:
        return report_rule_error(exc)
    print(f"账号“{a.name}”：{_roles_text(a.roles)}" + ("" if a.active else "（已停用）"))
    return 0


def run_idle(args) -> int:
    from dibao_desk.services import accounts

    ctx = context(args)
    try:
        accounts.set_idle_minutes(ctx.uow(), args.minutes)
    except RuleError as exc:
        return report_rule_error(exc)
    print(f"窗口无人操作 {args.minutes} 分钟后自动锁定。" if args.minutes else "窗口不再自动锁定。")
    return 0


def run_password(args) -> int:
    from dibao_desk.services import accounts

    ctx = context(args)
    import os

    own = ctx.account is not None and name_key(ctx.account.name) == name_key(args.name)
    # one's own password: the one this command signed in with is the old one (no administrator needed)
    try:
        old = _current_password(args.name) if own else None
    except NoTerminal:
        return 2
    password = os.environ.get(ENV_NEW_PASSWORD) or _prompt_new(args.name)
    if password is None:
        return 2
    try:
        accounts.set_password(ctx.uow(), args.name, password, old)
    except RuleError as exc:
        return report_rule_error(exc)
    print(f"已为账号“{args.name}”设置新密码。")
    return 0


def _current_password(name: str) -> str:
    """The signed-in account's password: DIBAO_DESK_PASSWORD, as signing in read it, or typed again."""
    import os

    return os.environ.get(ENV_PASSWORD) or type_secret(f"账号“{name}”的当前密码：", "当前密码", ENV_PASSWORD)


def _prompt_new(name: str) -> str | None:
    """A new password typed twice at a terminal; None (after saying why) otherwise."""
    try:
        return type_password_twice(f"账号“{name}”的新密码：", ENV_NEW_PASSWORD)
    except NoTerminal:
        return None
