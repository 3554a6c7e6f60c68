"""Words for review scheduling (复核、动态管理)."""

from dibao_desk.domain.reviews import ExitState, ReviewEventKind, ReviewOutcome

LABELS: dict[str, dict[str, str]] = {
    "review_rule": {
        "class1": "城市一类（三无）", "class2": "城市二类（特困）", "class3": "城市三类（一般）",
        "class1_rural": "农村一类（三无）", "class2_rural": "农村二类（特困）", "class3_rural": "农村三类（一般）",
        "serious_illness": "有重病成员", "disabled": "有重度残疾成员", "elderly": "有老年成员",
        "single_parent": "单亲家庭", "stable_income": "收入短期内变化不大",
        "unstable_urban": "城市收入不稳定、有劳动能力",
        "unstable_rural": "农村收入不稳定、有劳动能力", "default": "其他在保家庭",
        "gradual_exit": "渐退期满前复核", "first": "首次复核", "standard_raise": "农村低保标准提高后复核",
        "event:death": "成员死亡", "event:moved_away": "成员迁出", "event:complaint": "举报查实",
        "event:cross_check": "核对预警", "event:other": "其他情况",
        "event:relocation": "搬迁安置", "event:bankruptcy": "破产", "event:imprisonment": "服刑",
        "work_refused": "拒绝就业",
    },
    "review_rule_short": {
        "class1": "城市一类", "class2": "城市二类", "class3": "城市三类",
        "class1_rural": "农村一类", "class2_rural": "农村二类", "class3_rural": "农村三类",
        "serious_illness": "重病", "disabled": "重度残疾", "elderly": "老年", "single_parent": "单亲",
        "stable_income": "收入变化不大", "unstable_urban": "城市不稳定收入",
        "unstable_rural": "农村不稳定收入", "default": "其他", "gradual_exit": "渐退", "first": "首次",
        "standard_raise": "提标复核", "work_refused": "拒绝就业",
    },
    "review_outcome": {ReviewOutcome.KEEP: "保留", ReviewOutcome.CHANGE: "变更", ReviewOutcome.CANCEL: "取消", "new": "新增"},
    "review_event": {
        ReviewEventKind.DEATH: "成员死亡", ReviewEventKind.MOVED_AWAY: "成员迁出", ReviewEventKind.RELOCATION: "搬迁安置",
        ReviewEventKind.BANKRUPTCY: "破产", ReviewEventKind.IMPRISONMENT: "成员服刑", ReviewEventKind.COMPLAINT: "举报查实",
        ReviewEventKind.CROSS_CHECK: "核对预警", ReviewEventKind.OTHER: "其他",
    },
    "refusal_consequence": {"stop": "停发保障金", "reduce_amount": "按金额减发", "reduce_share": "按比例减发"},
    "exit_state": {ExitState.RUNNING: "渐退中", ExitState.REMIND: "即将停发", ExitState.STOPPED: "已停发",
                   ExitState.WITHDRAWN: "已撤销", ExitState.KEPT: "继续保障"},
    "review_reason": {"gradual_exit_ended": "就业渐退期满，停发保障金", "work_refused": "多次拒绝就业"},
}

PARAM_LABELS: dict[str, dict[str, str]] = {
    "reviews.interval": {"rule": "review_rule"},
    "reviews.not_receiving": {"status": "status"},
    "reviews.review_same_day": {"outcome": "review_outcome"},
    "reviews.recorded_meanwhile": {"outcome": "review_outcome"},
}

TEMPLATES: dict[str, str] = {
    "reviews.interval": "复核周期“{rule}”应为 1 至 36 个月",
    "reviews.gradual_exit_months": "渐退期应为 3 至 12 个月",
    "reviews.exit_reminder_months": "停发前提醒的月数不能超过渐退期",
    "reviews.refusal_threshold": "拒绝就业次数线至少为 1 次",
    "reviews.refusal_consequence": "请选择拒绝就业的处理方式",
    "reviews.refusal_reduce": "请填写减发的金额或比例（1%–100%）",
    "reviews.severe_disability_grades": "请选择按重度残疾每半年复核的残疾等级（一至四级中至少一级）",
    "reviews.elderly_age": "老年人年龄线应在 40 至 100 岁之间",
    "reviews.effect_offset": "生效月份应为复核当月或其后 3 个月内",
    "reviews.not_receiving": "该户不在保（状态：{status}），不能复核",
    "reviews.outcome": "请选择复核结论（保留、变更或取消）",
    "reviews.visitor_empty": "请填写入户复核人",
    "reviews.date_future": "日期 {date} 晚于今天",
    "reviews.date_before_start": "复核日期 {date} 早于该户享受低保的起始日期 {start}",
    "reviews.work_date_before_start": "取得稳定收入的日期 {date} 早于该户享受低保的起始日期 {start}",
    "reviews.refusal_date_before_start": "拒绝就业的日期 {date} 早于该户享受低保的起始日期 {start}",
    "reviews.reason_empty": "变更或取消须填写理由",
    "reviews.category": "类别不对",
    "reviews.change_nothing": "变更须改动类别或保障金额",
    "reviews.change_to_zero": "变更后的保障金为 0 元：复核结论应为“取消”",
    "reviews.review_same_day": "该户 {date} 已记录过一次复核（复核人：{visitor}，结论：{outcome}），同一天不能再记录一次；"
                               "如须更正，请查看该户的复核记录",
    "reviews.recorded_meanwhile": "打开本窗口后，该户又记录了一次复核（{date}，复核人：{visitor}，结论：{outcome}），"
                                  "本次复核未保存。请关闭窗口，查看该户的复核记录后再决定是否重新记录",
    "reviews.exit_running": "该户已于 {date} 登记过{member}取得稳定就业收入，正在渐退：保障金发放至 {last}，{stop} 起停发；"
                            "不能重复登记",
    "reviews.date_before_latest": "复核日期 {date} 早于该户最近一次复核（{latest}），变更或取消不能早于最近一次复核",
    "reviews.event_kind": "事件类别“{kind}”不对",
    "reviews.offer_empty": "请填写提供的工作岗位",
    "reviews.refusal_member": "请选择拒绝就业的家庭成员（“{member}”不是该户成员）",
    "reviews.refusal_capacity": "{member}未登记为有完全劳动能力，拒绝就业不计次数；如劳动能力已有变化，请先修改家庭成员信息",
    "reviews.month": "月份“{value}”格式不对，应为 2026-03（也可写 2026-3、2026年3月）",
    "reviews.months_reversed": "起始月 {first} 晚于截止月 {last}，请把两个月份对调",
    "reviews.quarter": "季度“{value}”格式不对，应为 2027Q1（也可写 2027-Q1、2027年第1季度），或季度中的任一月，如 2027-03",
    "reviews.write_failed": "无法写入文件 {path}：{error}",
    "reviews.plan_no_days": "{start} 至 {end} 已没有剩余的工作日：{count} 户到期或已逾期的复核未排入计划，请做下一季度的计划",
    "reviews.plan_past": "{year}年第{quarter}季度已于 {end} 结束：{count} 户到期或已逾期的复核未排入计划，请做本季度的计划",
    "reviews.plan_approximate": "计划所跨年份的法定节假日安排尚未录入，工作日按周一至周五推算，请在工作日历中补录",
    # under a list of reviews (due, overdue, a quarter's plan) that marks 备案 households
    "reviews.filed_note": "其中备案 {count} 户：户主后标“（备案）”的，本户有成员是经办人员或村干部登记的近亲属，应从严复核",
    "progress.reviews.compute": "计算复核日期",  # over the bar of a schedule rebuild
}
