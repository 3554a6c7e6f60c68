"""Words for payment rosters (造册): kinds, states, line reasons and problems."""

from dibao_desk.domain.payroll import BankStatus, PayrollStatus

LABELS: dict[str, dict[str, str]] = {
    "payroll_kind": {"regular": "常规", "back_pay": "补发", "subsidy": "专项补贴"},
    "payroll_status": {PayrollStatus.DRAFT: "草稿", PayrollStatus.REVIEWED: "已审核", PayrollStatus.REPORTED: "已报县"},
    "payroll_line_kind": {"regular": "保障金", "back_pay": "补发", "recovery": "追回", "subsidy": "专项补贴"},
    "bank_status": {BankStatus.UNANSWERED: "未回盘", BankStatus.PAID: "已发放", BankStatus.FAILED: "发放失败"},
    "subsidy_basis": {"household": "每户", "person": "每人"},
    "payroll_period": {"month": "按月", "quarter": "按季度"},
    "fund_source": {"central": "中央", "provincial": "省级", "city": "市级", "county": "县级", "township": "乡镇"},
}

PARAM_LABELS: dict[str, dict[str, str]] = {
    "payroll.locked": {"kind": "payroll_kind", "status": "payroll_status"},
    "payroll.not_draft": {"status": "payroll_status"},
    "payroll.not_reviewed": {"status": "payroll_status"},
}

TEMPLATES: dict[str, str] = {
    "payroll.period": "造册期间“{period}”格式不对，应为月份 2026-12（也可写 2026年12月）或季度 2026Q4（也可写 2026-Q4、2026年第4季度）",
    "payroll.period_ahead": "造册期间 {period} 从 {first} 开始，今天（{today}）还不能为它造册：造册最多提前到"
                            "上一个月办理，今天最远只能为 {latest} 开始的期间造册。请核对期间是否写错",
    "payroll.sign_future": "审核日期 {on} 晚于今天（{today}），不能预先审核；请在主管领导审核的当天或以后登记",
    "payroll.sign_before_made": "审核日期 {on} 早于 {period} 造册的日期 {made}，请核对审核日期",
    "payroll.report_future": "报县日期 {on} 晚于今天（{today}），请在报县的当天或以后登记",
    "payroll.report_before_signed": "报县日期 {on} 早于 {period} 造册的审核日期 {signed}，请核对报县日期",
    "payroll.period_unit": "造册周期“{value}”无法识别，应为按月或按季度",
    "payroll.kind": "造册类型“{value}”无法识别，应为常规、补发或专项补贴",
    "payroll.missing": "找不到编号为 {id} 的造册",
    "payroll.locked": "{period} 的{kind}造册{status}（审核人：{by}），不能再修改或重新造册；"
                      "此后的变化请在下一期以补发、追回造册",
    "payroll.not_draft": "{period} 的造册{status}，不能再次审核",
    "payroll.not_reviewed": "{period} 的造册现为“{status}”，须先经主管领导审核才能报县",
    "payroll.leader_required": "请填写审核的主管领导姓名",
    "payroll.after_death": "{period} 的造册中有 {households} 户的家庭成员都已死亡，仍列有死亡次月以后的保障金（{names}），"
                           "不能审核：死亡的次月起停发。请先办理死亡停发（保障金台账），重新造册后再审核",
    "payroll.after_death_line": "造册第 {position} 行 {name}：{died}，仍发 {months} 的保障金",
    "payroll.after_death_warning": "有 {households} 户的家庭成员都已死亡，造册仍列有死亡次月以后的保障金（{names}）："
                                   "死亡的次月起停发，这份造册不能审核。请先办理死亡停发（保障金台账），再重新造册",
    "payroll.empty": "{period} 的造册没有需要发放的家庭，不能审核",
    "payroll.stale": "{period} 的造册中有补发或重发的款项已列入另一份已审核的造册，请重新造册后再审核",
    "payroll.stale_ledger": "{period} 的造册是 {made} 做的，此后保障金台账又有批准的变化（新增、变更、取消或调整标准），"
                            "{households} 户的金额、类别或人数与台账不再相符：请重新造册后再审核",
    "payroll.stale_recovery": "{period} 的造册做好以后，追回登记又收到了退款或作了核销，造册扣减的多于尚欠金额，"
                              "请重新造册后再审核",
    "payroll.overlap": "{period}的常规造册不能再发已经造册发放的月份。{paid}。请只为其余月份造册：{rest}"
                       "（造册周期按季度时也可按月造册）",
    "payroll.overlap_whole": "{period}：已发放（{other}造册已审核，审核人：{by}），不能再发一次，不必另行造册",
    "payroll.cycle_split": "本期（{period}）按月造册，不能再按季度造册。{paid}；{rest}：请按月造册。"
                           "下一期起按新的造册周期造册",
    "payroll.cycle_paid": "本期（{period}）：已发放（{others}造册已审核），不必另行造册；下一期起按新的造册周期造册",
    "payroll.months_unpaid": "{months} 没有常规造册：台账上这些月份有应发的保障金，至今未造册发放（共 {count} 个月）。"
                             "请补造 {periods} 的常规造册并审核，迟发的月份照常发放；造册周期按季度时也可按月造册",
    "payroll.months_draft": "{months} 的常规造册还是草稿，尚未审核，这些月份的保障金还没有发放。"
                            "请审核这些草稿（或按 {periods} 重新造册后审核）",
    "payroll.subsidy_name": "专项补贴造册须填写补贴名称（如：春节慰问金）",
    "payroll.subsidy_amount": "专项补贴的金额应大于 0",
    "payroll.subsidy_too_large": "专项补贴金额 {value} 元大得不合常理（上限 1000 万元），请核对是否多输了位数",
    "payroll.subsidy_basis": "补贴发放依据“{value}”无法识别，应为每户或每人",
    "payroll.reason.regular": "{months}保障金（{decision} {decided}）",
    "payroll.reason.gradual_exit": "{months}渐退期保障金（{decision} {decided}）",
    "payroll.reason.zero_amount": "{months}核定保障金为 0 元，不发放",
    "payroll.reason.suspended": "{months}停发（{decided} 决定），不发放",
    "payroll.reason.no_ledger": "{months}保障金（尚未建立待遇台账，按现有待遇发放）",
    "payroll.reason.back_pay": "补发{months}（{booked}记账；{decision}，{decided}，决定第 {number} 号）",
    "payroll.reason.recovery": "追回{months}多发部分（{booked}记账；{decision}，{decided}，决定第 {number} 号）",
    "payroll.reason.not_deducted": "；本期没有可抵扣的保障金，另行追回",
    "payroll.reason.cash": "；追回登记定为现金退回，本期不扣减，另行追回",
    "payroll.reason.carried": "重发 {period} 造册第 {position} 行：{months}（银行退回：{bank_reason}；"
                              "账号已由 {before} 更正为 {after}）",
    "payroll.reason.holder": "重发 {period} 造册第 {position} 行：{months}（银行退回：{bank_reason}；"
                             "开户人已登记，收款人由 {before} 改为 {after}）",
    "payroll.reason.resent": "重发 {period} 造册第 {position} 行：{months}（银行退回：{bank_reason}；"
                             "账号 {account} 未变，经办人核实后按原账号重发）",
    "payroll.reason.subsidy": "{name}（{basis} {amount} 元，{persons} 人）",
    "exchange.payroll_unsigned": "{period} 的常规造册尚未经主管领导审核，不能报送发放数据；"
                                 "请先在“造册”中造册并审核",
    "exchange.payroll_by_months": "{period} 没有自己的常规造册：它的月份由已审核的 {others} 常规造册发放"
                                  "（造册周期改变以后），发放数据请按 {others} 分别报送{rest}",
}
