"""Words for accounts, the audit chain, backups, restore and the store lock."""

LABELS: dict[str, dict[str, str]] = {
    "role": {"clerk": "经办人", "reviewer": "审核人", "admin": "管理员"},
}

TEMPLATES: dict[str, str] = {
    "audit.ok": "操作记录完整：共 {rows} 条，链尾为第 {head_id} 条（{head_hash}）",
    "audit.empty": "还没有操作记录",
    "audit.changed": "第 {id} 条操作记录被改动过（{at}，{operator}，{entity} {entity_id}，{action}）",
    "audit.changed_gone": "第 {id} 条操作记录被改动过",
    "audit.removed": "第 {id} 条操作记录被删除了",
    "audit.removed_range": "第 {id} 至 {to} 条操作记录被删除了",
    "audit.inserted": "第 {id} 条操作记录不是本程序写入的（{at}，{operator}，{entity} {entity_id}，{action}）",
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
