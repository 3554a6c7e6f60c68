"""Words for the procedure (三环节十步骤): steps, kinds, results, what a case waits for,
the items put before the democratic review."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dibao_desk.domain.household import PersonStatus
from dibao_desk.domain.procedure import CaseKind, CaseStatus, ObjectionResult, ReviewVerdict, StepResult

LABELS: dict[str, dict[str, str]] = {
    "step": {
        "1": "申请受理", "2": "调查核实", "3": "民主评议", "4": "一榜公示", "5": "经办机构审查",
        "6": "乡镇政府审核", "7": "二榜公示", "8": "县民政局审批", "9": "三榜公示", "10": "待遇批准",
    },
    # How a step reads in a cancellation (the last step stops the benefit).
    "step_cancel": {"10": "停发待遇"},
    "step_change": {"10": "变更待遇"},
    "case_kind": {CaseKind.NEW: "新增", CaseKind.CHANGE: "变更", CaseKind.CANCEL: "取消"},
    "case_status": {CaseStatus.OPEN: "办理中", CaseStatus.DONE: "已办结", CaseStatus.REFUSED: "未通过",
                    CaseStatus.WITHDRAWN: "已撤回"},
    "step_result": {StepResult.PASSED: "通过", StepResult.REFUSED: "不予通过", StepResult.RETURNED: "退回重新调查", "": ""},
    # a step's result in a line of the county package's evidence summary
    "step_result_brief": {StepResult.PASSED: "通过", StepResult.REFUSED: "未通过", StepResult.RETURNED: "退回"},
    "notice_stage": {"1": "一榜公示", "2": "二榜公示", "3": "三榜公示"},
    "objection_channel": {"box": "举报箱", "phone": "电话", "visit": "来访"},
    "objection_result": {ObjectionResult.UPHELD: "属实", ObjectionResult.DISMISSED: "不属实", "": "未处理"},
    "review_verdict": {ReviewVerdict.PASS: "评议通过", ReviewVerdict.RETURN: "退回重新入户调查", ReviewVerdict.REFUSE: "不予通过"},
    "review_item_kind": {"member": "家庭成员", "income": "收入", "property": "财产", "supporter": "赡养（抚养、扶养）人"},
    "special_case": {"serious_illness": "重病", "spending_over_income": "支出大于收入"},
}

PARAM_LABELS: dict[str, dict[str, str]] = {
    "procedure.step_done": {"step_name": "step"},
}

TEMPLATES: dict[str, str] = {
    # The store check (``check``): procedure state that does not add up.
    "check.case.two_open": "户 {household_id} 同时有两件以上办理中的申请或变更",
    "check.case.open_without_step": "申请 {case_id}（户 {household_id}）标为办理中，却没有待办的步骤",
    "check.case.closed_with_step": "申请 {case_id}（户 {household_id}）已结束，却仍记有待办步骤或缺少结束日期",
    "check.case.unknown_status": "申请 {case_id}（户 {household_id}）的类型或状态无法识别",
    "check.case.household_not_applying": "申请 {case_id} 正在办理新增，户 {household_id} 却不是“申请中”",
    "check.case.done_without_grant": "申请 {case_id}（户 {household_id}）已办结，却没有待遇批准的记录",
    "check.case.refused_without_step": "申请 {case_id}（户 {household_id}）未通过，却没有哪一步记为不予通过",
    "check.case.proposed_nothing": "申请 {case_id}（户 {household_id}）审核定了类别，月保障金却为 0，无法批准待遇",
    "check.case.no_proposal": "新增申请 {case_id}（户 {household_id}，户主 {head}）已过乡镇审核，却没有拟定类别或拟定月保障金："
                              "请退回乡镇审核（案件页的“退回乡镇审核…”，或命令 dibao-desk return-review {case_id}），"
                              "补录拟定类别和金额后再报县",
    "check.case.no_proposal_sent": "新增申请 {case_id}（户 {household_id}，户主 {head}）已报县，却没有拟定类别或拟定月保障金："
                                   "请退回乡镇审核（案件页的“退回乡镇审核…”，或命令 dibao-desk return-review {case_id}），"
                                   "补录拟定类别和金额后，随下一次案件包重新报县",
    "check.county_case.no_proposal": "{township}报来的新增案件 {case_ref}（户主 {head}）没有拟定类别或拟定月保障金："
                                     "请退回乡镇审核，由乡镇补录后重新报送",
    "check.case.stale_step": "申请 {case_id}（户 {household_id}）列表中记的下一步（第 {stored} 步）与步骤记录（第 {expected} 步）不符",
    # what a case waits for (the cases view)
    "waiting.step1": "待申请受理",
    "waiting.step2": "待入户调查",
    "waiting.step3": "待民主评议",
    "waiting.review_open": "民主评议已开启，待登记评议结果",
    "waiting.step5": "待经办机构审查",
    "waiting.step6": "待乡镇政府审核",
    "waiting.step8": "待县局审批",
    "waiting.step10": "待批准待遇",
    "waiting.start_notice": "待张贴{stage_name}",
    "waiting.notice_running": "{stage_name}至 {end_md}{objections_note}",
    "waiting.objections": "{stage_name}期满，{count} 件异议待处理",
    "waiting.close_notice": "{stage_name}期满，待结束公示",
    "waiting.done": "已办结",
    "waiting.refused": "未通过",
    "waiting.withdrawn": "申请人已撤回",
    # rules
    "procedure.case_missing": "找不到编号为 {id} 的案件",
    "procedure.kind": "案件类别不对",
    "procedure.case_exists": "该户已有一件正在办理的案件（案件编号 {case_id}），请先办结",
    "procedure.new_status": "该户正在享受低保或正在申请中，不能再提出新的低保申请",
    "procedure.before_last_case": "申请日期 {date} 早于该户上一件案件（案件编号 {case_id}）办结的日期 {closed_on}，"
                                  "同一户不能同时有两件申请，请核对日期",
    "procedure.change_status": "只有在保家庭才能办理变更或取消",
    "procedure.case_closed": "该案件已办结或已终止，不能再办理",
    "procedure.step_not_in_flow": "此类案件不经过第 {step} 步",
    "procedure.step_done": "第 {step} 步（{step_name}）已由“{person}”于 {on} 办理（另一操作员或另一窗口刚刚登记），"
                           "本次未保存。请刷新案件后再看",
    "procedure.out_of_order": "不能跳步或倒序办理：现在应办理第 {expected} 步，不是第 {step} 步",
    "procedure.future_date": "日期 {date} 晚于今天（{today}），不能预先登记",
    "procedure.before_previous": "日期 {date} 早于上一步的日期 {previous}，请核对",
    "procedure.person_empty": "请填写负责人（经办人）",
    "procedure.reason_empty": "请填写理由",
    "procedure.withdraw_request_empty": "请注明申请人的书面撤回申请（如递交日期、签字人）",
    "procedure.means_test_failed": "按保障金测算该户不符合低保条件。只有家庭确有大病患者或资金支出大于收入的特殊情况，"
                                   "经审批机关集体讨论，才能批准：请登记集体讨论的情况，或不予批准",
    "procedure.special_kind": "请选择特殊情况（重病或支出大于收入）",
    "procedure.special_date": "请填写集体讨论的日期",
    "procedure.special_date_after": "集体讨论日期 {date} 晚于批复日期 {approved_on}",
    "procedure.special_date_before_opened": "集体讨论日期 {date} 早于该案件受理的日期 {opened_on}，请核对年份",
    "procedure.special_participants": "请填写参加集体讨论的人员（至少两人，用顿号分开）",
    "procedure.special_minutes": "请填写集体讨论的纪要或批准理由",
    "procedure.special_marked": "特殊情况（{kind}），经审批机关 {date} 集体讨论批准",
    "procedure.notice_not_started": "公示尚未张贴，请先登记张贴日期",
    "procedure.not_a_notice": "这一步不是公示",
    "procedure.notice_started": "公示已于 {start} 张贴",
    "procedure.batch_more": "另有 {count} 件案件也不能办理（未逐一列出）；整批均未办理，请核对后再试",
    "procedure.batch_cancelled": "已取消，整批均未办理，没有写入任何记录",
    "progress.proposal.step": "正在办理批量建议…",
    "progress.proposal.grant": "正在按新标准写入 {count} 户的台账…",
    "progress.notice_batch.post1": "正在张贴一榜公示：案件 {at}/{of}…",
    "progress.notice_batch.post2": "正在张贴二榜公示：案件 {at}/{of}…",
    "progress.notice_batch.post3": "正在张贴三榜公示：案件 {at}/{of}…",
    "progress.notice_batch.close1": "正在结束一榜公示：案件 {at}/{of}…",
    "progress.notice_batch.close2": "正在结束二榜公示：案件 {at}/{of}…",
    "progress.notice_batch.close3": "正在结束三榜公示：案件 {at}/{of}…",
    "procedure.window_open": "公示期未满，{end} 起才能结束公示",
    "procedure.objections_open": "还有 {count} 件公示异议未处理完毕，处理后才能进入下一步",
    "procedure.objection_channel": "请选择异议的来源（举报箱、电话或来访）",
    "procedure.objection_empty": "请填写异议内容",
    "procedure.objection_outside_window": "收到日期 {date} 不在公示期内（{start} 至 {end}）",
    "procedure.objection_missing": "找不到这件异议",
    "procedure.objection_resolved": "这件异议已经处理过了",
    "procedure.objection_result": "请选择核查结论（属实或不属实）",
    "procedure.resolution_note_empty": "请填写核查和答复情况",
    "procedure.resolved_before_received": "处理日期 {date} 早于收到日期 {received}",
    "procedure.review_place": "请填写评议地点",
    "procedure.review_attendees": "请填写参加评议的人员",
    "procedure.review_outcome": "请选择评议结论",
    "procedure.review_failed_items": "有 {count} 项信息被提出有理由的异议（{items}），不能评议通过：请退回重新调查或不予通过",
    "procedure.review_return_without_objection": "没有任何一项被提出异议，不能退回重新调查",
    "procedure.review_opened": "民主评议已经开启，请登记评议结果",
    "procedure.review_item_unknown": "评议项目已变化，请重新打开评议表（{items}）",
    "procedure.declaration_unsigned": "申请人须在家庭收入、财产申报书上签字",
    "procedure.authorisation_unsigned": "申请人须签署家庭经济状况核对授权书",
    "procedure.investigator_unsigned": "入户调查结果须由调查人签字",
    "procedure.applicant_unsigned": "入户调查结果须由申请人签字确认",
    "procedure.start_month": "请填写待遇起始月份",
    "procedure.start_month_day": "待遇起始月份应为某月 1 日",
    "procedure.start_before_opened": "起始月份 {month.year}年{month.month}月 早于申请月份（{opened_on.year}年{opened_on.month}月）",
    "procedure.start_month_late": "起始月份 {month.year}年{month.month}月 晚于批准的次月（{latest.year}年{latest.month}月），"
                                  "请核对年份和月份",
    "procedure.category": "请选择保障类别",
    "procedure.amount": "月保障金应大于 0",
    "procedure.township_category": "请选择拟定保障类别（县民政局按拟定的类别和金额审批）",
    "procedure.return_not_reviewed": "只有已通过乡镇审核、正在二榜公示或等待县局审批的案件才能退回乡镇审核",
    "procedure.refuse_county_approved": "县民政局已于 {date} 审批通过该案件，乡镇不能不予批准；情况如有变化，"
                                        "请报县民政局处理，或在待遇批准后办理变更或取消",
    "procedure.return_county_decided": "县民政局已于 {date} 审批该案件，不能再退回乡镇审核；审核如有错误，请报县民政局处理",
    "procedure.return_objections_open": "二榜公示还有 {count} 件异议未处理，请先处理异议，再退回乡镇审核",
    "procedure.return_reason_empty": "请填写退回乡镇审核的理由（如类别或金额有误）",
    "procedure.return_before_review": "退回日期 {date} 早于乡镇审核的日期 {reviewed}，请核对",
    "procedure.township_amount": "拟定月保障金应大于 0；不符合条件的请作不予通过",
    "procedure.change_review_incomplete": "变更案件的乡镇审核应同时填写拟定保障类别和拟定月保障金；"
                                          "两项都不填，则按立案时拟定的变更内容报县民政局审批",
}



def waiting_params(code: str, params: dict[str, Any]) -> dict[str, Any]:
    """Parameters of a waiting text with the words it needs (stage name, month and day: the
    year too when the end falls in another year than the day the case is looked at, as a
    notice posted on 28 December and ending on 4 January: "一榜公示至 2027年1月4日")."""
    out = dict(params)
    if "stage" in params:
        out["stage_name"] = LABELS["notice_stage"].get(str(params["stage"]), "公示")
    pending = params.get("objections") or 0
    out["objections_note"] = f"（{pending} 件异议待处理）" if pending else ""
    end = params.get("end")
    if end is not None:
        today = params.get("today")
        year = f"{end.year}年" if today is not None and today.year != end.year else ""
        out["end_md"] = f"{year}{end.month}月{end.day}日"
    return out


def decided_lines(snap: dict[str, Any]) -> list[str]:
    """The household as its case was decided (``services.procedure.decided_snapshot``), line by line."""
    from dibao_desk import messages
    from dibao_desk.domain.money import fen_to_yuan

    if not snap:
        return []
    word = messages.label
    decision = {"grant": "批准", "refuse": "未通过", "withdraw": "申请人撤回"}.get(snap.get("decision", ""), snap.get("decision", ""))
    money = snap.get("income", {})
    lines = [f"决定：{decision}（{snap.get('on') or '日期不详'}）",
             f"村（社区）：{snap.get('village', '')}，户籍：{word('hukou_type', snap.get('hukou_type', ''))}",
             f"保障类别：{word('category', snap.get('category', '')) or '—'}，"
             f"月保障金：{fen_to_yuan(int(snap.get('monthly_benefit_fen', 0)))} 元"
             + (f"，起始：{str(snap['benefit_start'])[:7]}" if snap.get("benefit_start") else ""),
             f"主要致贫原因：{word('poverty_cause', snap.get('poverty_cause', '')) or '未填'}"
             + ("，三无人员户" if snap.get("sanwu") else ""),
             f"家庭人口 {money.get('persons', 0)} 人，保障人口 {money.get('covered_persons', 0)} 人；"
             f"月收入 {fen_to_yuan(int(money.get('total_fen', 0)))} 元，扣减 {fen_to_yuan(int(money.get('deduction_fen', 0)))} 元，"
             f"计入 {fen_to_yuan(int(money.get('counted_fen', 0)))} 元，月人均 {fen_to_yuan(int(money.get('per_capita_fen', 0)))} 元",
             "成员："]
    for m in snap.get("members", []):
        extra = [word("relation", m.get("relation", "")), word("work_capacity", m.get("work_capacity", ""))]
        if m.get("disability_grade"):
            extra.append(f"残疾{m['disability_grade']}级")
        if m.get("serious_illness"):
            extra.append("重病")
        if m.get("health"):
            extra.append(f"健康状况{word('health', m['health'])}")
        if m.get("self_care"):
            extra.append(f"生活自理{word('self_care', m['self_care'])}")
        if m.get("person_status", PersonStatus.NORMAL) != PersonStatus.NORMAL:
            extra.append(word("person_status", m["person_status"]))
        if not m.get("covered", True):
            extra.append("不纳入保障")
        lines.append(f"  {m.get('name', '')}　{m.get('id_number', '')}　{'，'.join(e for e in extra if e)}")
    if snap.get("incomes"):
        lines.append("收入：")
        lines += [f"  {word('income_kind', i.get('kind', ''))} {fen_to_yuan(int(i.get('amount_fen', 0)))} 元/月"
                  + (f"（{i['member']}）" if i.get("member") else "") for i in snap["incomes"]]
    if snap.get("properties"):
        lines.append("财产：")
        lines += [f"  {word('property_kind', p.get('kind', ''))} {fen_to_yuan(int(p.get('value_fen', 0)))} 元"
                  + (f"，{int(p['area_m2_x100']) / 100:g} ㎡" if p.get("area_m2_x100") else "")
                  + (f"，{p['note']}" if p.get("note") else "") for p in snap["properties"]]
    if snap.get("supporters"):
        lines.append("赡养（抚养、扶养）人：")
        lines += [f"  {sp.get('name', '')}（{sp.get('relation', '')}）月给付 {fen_to_yuan(int(sp.get('support_paid_fen', 0)))} 元"
                  for sp in snap["supporters"]]
    return lines


# ---- the items of the democratic review (kept with the review as it was held) --------------

def review_member(name: str, relation: str, sex: str, birth_date: dt.date, disability_grade: str | int | None,
                  covered: bool) -> tuple[str, str]:
    """(label, detail) of a member as the representatives read it."""
    from dibao_desk import messages

    detail = f"{messages.label('relation', relation)}，{sex}，{birth_date:%Y-%m-%d}"
    if disability_grade:
        detail += f"，残疾{messages.label('disability_grade', disability_grade)}"
    if not covered:
        detail += "，不纳入保障"
    return f"成员 {name}", detail


def review_income(kind: str, member: str, amount_fen: int, note: str) -> tuple[str, str]:
    """(label, detail) of an income; ``member`` empty: the family's."""
    from dibao_desk import messages
    from dibao_desk.domain.money import fen_to_yuan

    detail = f"{member or '家庭'}，每月 {fen_to_yuan(amount_fen)} 元" + (f"，{note}" if note else "")
    return f"收入 {messages.label('income_kind', kind)}", detail


def review_property(kind: str, value_fen: int, area_m2_x100: int | None, quantity: int,
                    note: str) -> tuple[str, str]:
    """(label, detail) of a property."""
    from dibao_desk import messages
    from dibao_desk.domain.money import fen_to_yuan

    detail = f"价值 {fen_to_yuan(value_fen)} 元"
    if area_m2_x100:
        detail += f"，面积 {area_m2_x100 / 100:g} 平方米"
    if quantity != 1:
        detail += f"，数量 {quantity}"
    return f"财产 {messages.label('property_kind', kind)}", detail + (f"，{note}" if note else "")


def review_supporter(duty: str, name: str, household_size: int, household_income_fen: int,
                     support_paid_fen: int) -> tuple[str, str]:
    """(label, detail) of a supporter (赡养、抚养、扶养人)."""
    from dibao_desk import messages
    from dibao_desk.domain.money import fen_to_yuan

    return (f"{messages.label('duty', duty)}人 {name}",
            f"家庭 {household_size} 人，月收入 {fen_to_yuan(household_income_fen)} 元，"
            f"每月给付 {fen_to_yuan(support_paid_fen)} 元")


def review_refusal(failed: list[tuple[str, str]]) -> str:
    """The reason a review refused on: each failed item (label, objection)."""
    return "；".join(f"{label}：{objection}" for label, objection in failed)
