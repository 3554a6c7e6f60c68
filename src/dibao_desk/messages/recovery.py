"""Words for the 追回 register."""

from dibao_desk.domain.recovery import AWAITING_BANK, RecoveryStatus

LABELS: dict[str, dict[str, str]] = {
    "recovery_source": {"cancellation": "取消追溯", "change": "变更追溯", "false_declaration": "虚报冒领",
                        "bank_error": "银行差错", "other": "其他"},
    "recovery_status": {RecoveryStatus.OPEN: "待追回", RecoveryStatus.SETTLED: "已追回",
                        RecoveryStatus.WRITTEN_OFF: "已核销", AWAITING_BANK: "已扣减，待银行回执"},
    "recovery_method": {"deduct": "从以后发放中扣减", "cash": "现金退回"},
    "recovery_instalment": {"cash": "退回", "deduction": "扣减", "reversed": "扣减冲回"},
    "county_payment_mismatch": {"lines": "各行合计与造册总额不符", "ledger_amount": "造册金额与账册不符",
                                "ledger_households": "造册户数与账册不符"},
}

PARAM_LABELS: dict[str, dict[str, str]] = {
    "recovery.not_open": {"status": "recovery_status"},
    **{code: {"kind": "payroll_kind"} for code in (
        "recovery.roster_missing", "recovery.line_position", "recovery.line_household", "recovery.line_taken",
        "recovery.line_draft", "recovery.line_apart", "recovery.line_failed",
        "recovery.line_period")},
}

TEMPLATES: dict[str, str] = {
    "payroll.reason.register": "追回登记第 {number} 号：从本期发放中扣减",
    "recovery.inconsistent": "追回登记 {id}：已收回 {recovered} 元与各次收回合计 {instalments} 元（应追回 {amount} 元）或状态不符",
    "recovery.missing": "没有编号为 {id} 的追回登记",
    "recovery.source": "追回原因“{value}”无法识别，应为取消追溯、变更追溯、虚报冒领、银行差错或其他",
    "recovery.method": "追回方式“{value}”无法识别，应为扣减或现金退回",
    "recovery.instalment_kind": "追回款方式“{value}”无法识别，应为退回或扣减",
    "recovery.amount": "追回金额应大于 0 元",
    "recovery.decided_on_empty": "请填写追回决定日期",
    "recovery.received_on_empty": "请填写收回日期",
    "recovery.date_future": "日期 {date} 晚于今天，请核对",
    "recovery.reference_empty": "请填写追回决定文号",
    "recovery.months": "所属月份 {first} 晚于 {last}，请核对",
    "recovery.per_month": "每月扣减金额不能为负数；现金退回不设每月扣减",
    "recovery.not_open": "该追回登记{status}，不能再登记收回或核销",
    "recovery.line_unknown": "找不到编号为 {line} 的造册行",
    "recovery.line_needs_period": "请填写扣减所在造册的期间（如 2026-12），造册序号在该期造册中查找",
    "recovery.roster_missing": "{period} 还没有{kind}造册，请核对扣减所在的造册期间",
    "recovery.line_position": "{period} {kind}造册没有第 {line} 行（共 {count} 行），请核对扣减所在的造册序号",
    "recovery.line_household": "{period} {kind}造册第 {line} 行是{head}（户编号 {household}）的，不是这一户（{own_head}）的，"
                               "请核对扣减所在的造册序号",
    "recovery.line_draft": "{period} {kind}造册还是草稿，第 {line} 行还没有发放；造册审核后才能登记从中扣减",
    "recovery.line_apart": "{period} {kind}造册第 {line} 行另列不发放，没有从中扣减；请核对扣减所在的造册序号",
    "recovery.line_failed": "{period} {kind}造册第 {line} 行的转账银行回盘为发放失败，没有发放也就没有从中扣减；"
                            "请核对扣减所在的造册序号（重发后请选补发造册中的行）",
    "recovery.line_taken": "{period} {kind}造册第 {line} 行的扣减已经登记过，不能重复登记",
    "recovery.line_period": "第 {line} 行在 {roster} 的造册中，不在 {period} 的造册中，请核对扣减所在的造册序号和期间",
    "recovery.overpaid": "本次收回 {amount_yuan} 元超过尚欠金额 {balance_yuan} 元，不能多收",
    "recovery.receipt_empty": "现金退回请填写收据号",
    "recovery.receipt_taken": "收据号 {receipt} 已于 {on} 登记过（追回登记 {entry}，{head}，户编号 {household}），"
                              "同一张收据不能重复登记；请核对收据号，已登记的收回不必再登记",
    "recovery.reason_empty": "请写明核销理由",
    "recovery.followup": "编号为 {id} 的追回事项不存在或不属于该户",
    "row.recovery_balance": "“{column}”与应追回减已收回不符",
    "row.recovery_awaiting": "“{column}”应在 0 与已收回之间",
    "recovery.followup_taken": "编号为 {id} 的追回事项已登记过追回",
}
