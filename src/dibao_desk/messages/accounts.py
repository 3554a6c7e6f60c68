"""Words for accounts, the audit chain, backups, restore and the store lock."""

LABELS: dict[str, dict[str, str]] = {
    "role": {"clerk": "经办人", "reviewer": "审核人", "admin": "管理员"},
}

TEMPLATES: dict[str, str] = {
    "account.name": "请填写账号名称",
    "account.name_long": "账号名称太长（最多 50 个字）",
    "account.password_short": "密码至少 {min} 位",
    "account.password_blank": "密码不能全是空格",
    "account.password_mismatch": "两次输入的密码不一致",
    "account.no_role": "请至少选择一个角色",
    "account.first_is_admin": "第一个账号必须是管理员",
    "account.duplicate": "账号“{name}”已存在",
    "account.duplicate_like": "账号“{name}”与已有的账号“{existing}”只差全角半角或大小写，登录时无法区分。请换一个名称",
    "account.unknown": "没有账号“{name}”（或已停用）",
    "account.sign_in_failed": "账号或密码不正确（同一账号连续输错 {failures} 次将锁定 {minutes} 分钟）",
    "account.disabled_at_sign_in": "账号“{name}”已被管理员停用，不能登录。请找管理员",
    "account.old_password_wrong": "当前密码不对，密码没有改",
    "account.recovery_wrong": "恢复码不对。请核对抄在纸上的恢复码（最近一次生成或使用后给出的那一个）",
    "account.recovery_none": "本单位的数据还没有生成过恢复码，无法这样找回。请另一位管理员在“设置 → 账号”中为您设置新密码",
    "account.recovery_not_admin": "“{name}”不是启用的管理员账号。恢复码只能为管理员设置新密码；其他账号请管理员设置",
    "account.locked": "账号“{name}”因多次输错密码已暂时锁定，请 {minutes} 分钟后再试",
    "account.locked_now": "密码已连续输错 {failures} 次，账号“{name}”锁定 {minutes} 分钟",
    "account.forbidden.clerk": "当前账号没有这项操作的权限（需要“经办人”角色）",
    "account.forbidden.reviewer": "当前账号没有这项操作的权限（需要“审核人”角色，例如乡镇审核、签发发放花名册）",
    "account.forbidden.admin": "当前账号没有这项操作的权限（需要“管理员”角色）",
    "account.disabled": "账号“{name}”已被管理员停用，这项操作没有做。请用其他账号登录",
    "account.last_admin": "至少要保留一个启用的管理员账号",
    "account.disable_self": "不能停用自己正在使用的账号“{name}”。请用另一个管理员账号登录后停用它",
    "account.idle_minutes": "自动锁定的分钟数不能为负数",
    "account.first_admin_required": "本单位的数据还没有账号，不能在命令行操作。请先建立管理员账号："
                                    "dibao-desk account add 姓名 --role admin（密码从提示输入或 DIBAO_DESK_NEW_PASSWORD），"
                                    "或打开窗口按提示建立",
    "account.user_required": "此数据需要登录：请用 --user 指定账号（或设置环境变量 DIBAO_DESK_USER）",
    "account.password_no_terminal": "需要{what}，但本命令的输入不是终端（被重定向到文件或管道）。"
                                    "为免把文件内容当作{what}，程序不从中读取：请在命令行窗口中直接运行并在提示时输入，"
                                    "或设置环境变量 {env}",
    "setup.exists": "数据文件夹中已有单位信息或账号，不能再次初始化",
    "demo.real_store": "此数据属于一个已建立账号的单位，不能生成演示数据。请用 --data-dir 指定一个空文件夹",
    "audit.ok": "操作记录完整：共 {rows} 条，链尾为第 {head_id} 条（{head_hash}）",
    "audit.empty": "还没有操作记录",
    "audit.changed": "第 {id} 条操作记录被改动过（{at}，{operator}，{entity} {entity_id}，{action}）",
    "audit.changed_gone": "第 {id} 条操作记录被改动过",
    "audit.removed": "第 {id} 条操作记录被删除了",
    "audit.removed_range": "第 {id} 至 {to} 条操作记录被删除了",
    "audit.inserted": "第 {id} 条操作记录不是本程序写入的（{at}，{operator}，{entity} {entity_id}，{action}）",
    "audit.history_shorter": "注意：{sender} 本次数据包中的操作记录只到第 {now} 条，比上次数据包（第 {before} 条）少，操作记录可能被删除过",
    "audit.history_rewritten": "注意：{sender} 的操作记录第 {id} 条与上次数据包中的不一致，两次报送之间操作记录被改写过",
    "audit.last_good": "此前最后一条完好的记录：第 {id} 条（{at}）",
}


def audit_lines(result) -> list[str]:
    """The sentences that report an audit check (also used by the window)."""
    from dibao_desk import messages
    from dibao_desk.domain.audit_chain import Tamper

    r = result.report
    if r.ok:
        if not r.rows:
            return [messages.text("audit.empty")]
        return [messages.text("audit.ok", rows=r.rows, head_id=r.head_id, head_hash=r.head_hash[:16])]
    b = r.first_break
    row = result.row
    if b.kind is Tamper.REMOVED:
        lines = [messages.text("audit.removed_range", id=b.row_id, to=b.removed_to)
                 if b.removed_to and b.removed_to != b.row_id else messages.text("audit.removed", id=b.row_id)]
    elif row is None:
        lines = [messages.text("audit.changed_gone", id=b.row_id)]
    else:
        code = "audit.changed" if b.kind is Tamper.CHANGED else "audit.inserted"
        lines = [messages.text(code, id=row.id, at=row.at, operator=row.operator or "-", entity=row.entity,
                               entity_id="" if row.entity_id is None else row.entity_id, action=row.action)]
    if result.last_good is not None:
        lines.append(messages.text("audit.last_good", id=result.last_good.id, at=result.last_good.at))
    return lines
