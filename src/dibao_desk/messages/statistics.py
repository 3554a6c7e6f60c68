"""Words of the statistics and the monthly / quarterly report."""

LABELS: dict[str, dict[str, str]] = {
    "stats_table": {
        "basic": "基本情况表",
        "changes": "月度增减变动表",
        "funds": "资金汇总表（近十二个月）", "funds_year": "资金汇总表（全年各月）",
        "sources": "资金来源表（本期）",
        "villages": "各村（社区）保障情况",
        "flows": "审批新增与复核结论（近十二个月）",
        "reviews": "动态管理（复核）情况",
        "assistance": "联动救助（1+X）情况",
        "complaints": "投诉举报情况（有报必查、有查必答）",
        "integrity": "诚信与监督（诚信档案、黑名单、近亲属备案、家庭变故）",
        "ledger_book": "低保对象台账",
        "rosters": "造册发放情况（本期已审核的造册）",
        "fields": "保障对象结构（致贫原因、三无、自理能力、健康、人员状态）",
    },
    "stats_field": {
        "poverty_cause": "主要致贫原因", "sanwu": "三无人员", "self_care": "生活自理能力",
        "health": "健康状况", "person_status": "人员状态",
    },
    "stats": {
        "group": "类别", "households": "户数", "persons": "人数", "money": "金额（元）",
        "persons_moved": "变更增减人数",
        "population_unknown": "{villages}未填户籍人口，不计保障人口占比；合计占比只按已填户籍人口的村（社区）计算",
        "village_roster_fen": "本期造册实发（元）",
        "villages_note": "月保障金合计为{month}台账所载一个月的金额，不含补发、追回；本期造册实发为{period}已审核常规造册发给各村的金额，"
                         "即报县造册数据包“村汇总”中的金额：造册所含各月合计（季度造册为三个月），已加补发、减追回扣减，另列不发放的不计，"
                         "故两者可能不同",
        "villages_no_roster": "{period}尚无已审核的常规造册，本期造册实发空白（按季度造册的，按季度统计时列出）",
        "changes_note": "按台账是否发放统计：上月未发放（含台账 0 元另列不发放）、本月发放的户计入新增，"
                        "上月发放、本月未发放（含转为 0 元）的户计入停保，所以新增不一定是审批新增；"
                        "变更增减人数为上月、本月都发放的户保障人口的增减（成员死亡、迁出、新增成员等）；"
                        "本月人数 = 上月人数 + 新增人数 − 停保人数 + 变更增减人数",
        "amount_fen": "月保障金合计（元）", "difference_fen": "补差（元）", "supplement_fen": "分类施保/加发（元）",
        "total": "合计", "unclassed": "未分类", "month": "月份", "village": "村（社区）",
        "applications_refused": "申请不予批准", "applications_withdrawn": "申请人撤回",
        "exit_end_granted": "渐退期满停发", "work_refused_granted": "拒绝就业停发（减发）",
        "population": "户籍人口", "share": "保障人口占比（‰）", "item": "项目", "count": "数量",
        "kind": "救助类别", "items": "笔数", "reviews_due": "本期内到期、尚未复核（户）",
        "reviews_overdue": "至今已逾期未复核（户）", "reviews_done": "本期复核结论为{outcome}（户）",
        "complaints_received": "本期收到（件）", "complaints_found": "查实（属实、部分属实，件）",
        "complaints_on_time": "按期答复（件）", "complaints_answered_late": "逾期答复（件）",
        "complaints_late": "逾期未答复（件）",
        "declared_warning": "本期查实虚报、予以警示（人次）", "declared_listed": "本期列入诚信黑名单（人次）",
        "barred": "期末仍在黑名单限制期内（人）", "filed_relatives": "期末在保家庭中的备案近亲属（人）",
        "events": "本期登记的家庭变故（死亡、迁出等，件）",
        "as_of": "按{month}台账统计",
        "book_then": "；村（社区）、户籍、户主、月人均收入和银行账户为该月末的登记（按操作日志还原），"
                     "家庭人口按成员的出生和死亡、迁出日期计；残疾、在学、就业、劳动能力为当前登记",
        "zero_apart": "；另有 {households} 户 {persons} 人台账本月保障金为 0 元（造册另列不发放，未计入本表，应经复核变更或取消）", "not_told": "未填", "sanwu_yes": "三无人员户",
        "fields_note": "按{month}台账在保户统计，人数为当月保障的人员（不含不享受保障的成员和当月以前死亡、迁出等已离开家庭的成员），各项人数合计与基本情况表保障人数相同；致贫原因、三无按户，其余按人（户数为有此类成员的户）。", "monthly": "月报", "quarterly": "季报", "yearly": "年报",
        "back_pay_fen": "补发（元）", "recovery_fen": "追回（元）", "ledger_fen": "台账应发合计（元）",
        "roster_paid_fen": "造册实发（元）", "roster_failed_fen": "其中银行退回（元）",
        "roster": "造册", "roster_status": "状态", "roster_name": "{kind}造册（{period}）",
        "roster_regular_fen": "保障金（元）", "roster_recovery_fen": "追回扣减（元）",
        "roster_subsidy_fen": "专项补贴（元）", "roster_failed": "银行退回（笔）", "roster_failed_only_fen": "银行退回（元）",
        "roster_recovery_awaiting_fen": "追回扣减待银行回执（元）",
        "rosters_note": "按已审核（已报县）的造册统计，另列不发放的不计；造册实发 = 保障金 + 补发 − 追回扣减 + 专项补贴。"
                        "银行退回为银行答复转账失败、未到账的笔数和金额，改正账户后由补发造册再发。"
                        "追回扣减待银行回执为银行尚未答复的转账中的扣减，回盘为成功（或确认已发放）后才计为已追回。",
        "rosters_none": "本期尚无已审核的造册，没有实发金额可统计；资金汇总表中的台账应发合计不是实发金额。",
        "planned_month": "{month}（计划）",
        "source": "资金来源", "source_share": "比例", "adjustments_fen": "补发、追回（元）",
        "sources_note": "本期各月保障金及补发、追回（追回与资金汇总表同口径），按政策标准规定的中央、省、市、县、乡镇资金比例分摊（分摊到分，合计相符）。",
        "funds_note": "台账应发合计 = 台账所载当月保障金 + 补发 − 追回（补发按决定当月列出）。"
                      "追回为当月以各种方式追回的金额，每笔只计一次：台账追回按决定当月计入（其后造册扣减或现金退回的是同一笔钱，不再计入）；"
                      "追回登记中手工登记的追回，造册扣减（含手工登记的扣减）计入所在造册的月份（季度造册计入季度首月，银行退回冲回的减去），"
                      "现金退回计入收款当月。"
                      "造册实发为该月起始的已审核常规、补发造册所发金额（已扣减追回，季度造册计入季度首月），"
                      "没有已审核造册的月份空白；其中银行退回为银行答复转账失败、未到账的金额。"
                      "标“计划”的月份尚未到，为台账计划数。",
    },
    "stats_chart": {
        "village_persons": "各村（社区）保障人数",
        "trend_persons": "近十二个月保障人数",
        "trend_money": "近十二个月台账应发金额（元）",
    },
    "stats_book": {
        "household": "户编号", "head": "户主姓名", "head_id": "户主身份证号", "hukou": "户籍",
        "category": "保障类别", "persons_all": "家庭人口", "persons": "保障人口", "women": "女性",
        "disabled": "残疾人", "elderly": "老年人", "students": "在校学生", "working": "就业（含务农、灵活就业）",
        "no_work": "劳动年龄内无业", "no_work_registered": "其中已办失业登记", "no_capacity": "无劳动能力", "per_capita": "月人均收入（元）",
        "standard": "保障标准（元）", "amount_fen": "月保障金（元）", "bank": "开户银行", "account": "银行账号",
        "holder": "开户人（非户主时）", "change": "本月变动",
    },
    "change_kind": {"new": "新增", "stopped": "停保", "raised": "增加", "lowered": "减少"},
}

TEMPLATES: dict[str, str] = {
    "stats.period": "统计期“{value}”格式不对，应为月份 2026-11（也可写 2026年11月）、季度 2026Q4（也可写 2026-Q4、2026年第4季度）或年度 2026（也可写 2026年）",
    "stats.village": "没有名为“{value}”的村（社区）",
}
