"""Words for the benefit ledger (保障金台账) and proposals (变更建议)."""

from dibao_desk.domain.ledger import LedgerStatus, ProposalStatus

LABELS: dict[str, dict[str, str]] = {
    "ledger_status": {LedgerStatus.RECEIVING: "在保", LedgerStatus.GRADUAL_EXIT: "渐退", LedgerStatus.SUSPENDED: "停发",
                      LedgerStatus.CANCELLED: "取消"},
    "decision_kind": {
        "grant": "新增批准", "change": "变更批准", "cancel": "取消批准", "policy": "调整标准",
        "gradual_exit": "就业渐退", "history": "建账时原有记录",
        "exit_kept": "渐退期满未予取消，继续保障",
    },
    "adjustment_kind": {"back_pay": "补发", "recovery": "追回"},
    "proposal_kind": {
        "review_change": "复核变更", "review_cancel": "复核取消", "exit_end": "渐退期满",
        "work_refusal": "拒绝就业", "crosscheck": "核对预警属实", "death": "死亡",
        "moved_away": "迁出", "overdue_warning": "预警逾期未举证", "standard": "调整标准（批量）",
        "office_change": "受理变更", "office_cancel": "受理取消", "roster_change": "花名册金额不一致",
        "member_left": "家庭成员减少",
    },
    "proposal_status": {ProposalStatus.OPEN: "办理中", ProposalStatus.GRANTED: "已批准", ProposalStatus.REFUSED: "未批准"},
}

TEMPLATES: dict[str, str] = {
    "ledger.proposal_kind": "无法识别的建议类别“{kind}”",
    "ledger.effective_month": "请填写执行月份",
    "ledger.nothing_changes": "变更后的类别和金额与现在相同，无需变更",
    "ledger.batch_open": "已有一份调整标准的批量建议（编号 {id}）在办理中，请先办完",
    "ledger.proposal_missing": "找不到编号为 {id} 的建议",
    "ledger.above_ceiling": "月保障金 {amount_yuan} 元超过该户上限 {ceiling_yuan} 元（保障标准×保障人数＋加发），不能通过",
    "ledger.amount_reason": "填写的金额 {amount_yuan} 元与计算结果 {computed_yuan} 元不同，请写明理由",
    "ledger.month": "月份应写成 YYYY-MM，例如 2026-12（也可写 2026年12月）",
}

TEMPLATES.update({
    "ledger.mismatch": "户 {household_id} 现为“{status}” {category} {amount} 元，台账最后一月为 {ledger}",
    "ledger.missing": "户 {household_id} 现为“{status}”，但没有保障金台账",
})
