"""Words for the integrity registers: 诚信档案/黑名单, 近亲属备案, complaints, events, warnings."""

from dibao_desk.domain.registers import ComplaintStatus, EventKind

LABELS: dict[str, dict[str, str]] = {
    "declaration_outcome": {"warning": "警示（允许更正后再申报）", "listed": "列入诚信黑名单"},
    "staff_role": {"handling_staff": "经办人员", "village_cadre": "村（社区）干部"},
    "kin_relation": {
        "spouse": "配偶", "parent": "父母", "child": "子女", "sibling": "兄弟姐妹", "grandparent": "祖父母、外祖父母",
        "grandchild": "孙子女、外孙子女", "parent_in_law": "岳父母、公婆", "child_in_law": "儿媳、女婿", "other": "其他近亲属",
    },
    "complaint_channel": {"box": "举报箱", "phone": "电话", "letter": "来信", "visit": "来访"},
    "complaint_finding": {"substantiated": "属实", "partly": "部分属实", "unfounded": "不属实"},
    "complaint_status": {ComplaintStatus.OPEN: "待答复", ComplaintStatus.ANSWERED: "已答复"},
    "event_kind": {EventKind.DEATH: "成员死亡", EventKind.MOVED_AWAY: "迁出", EventKind.RELOCATION: "搬迁安置",
                   EventKind.BANKRUPTCY: "破产", EventKind.IMPRISONMENT: "成员服刑",
                   "other": "其他"},  # the household form's 新增家庭成员 (services.households)
    "followup_kind": {"cancel": "取消保障", "recover": "追回保障金"},
    "followup_source": {"event": "家庭变故", "warning": "核对预警", "complaint": "举报"},
    "followup_status": {"recorded": "已登记，待复核", "proposed": "已提出"},
    "filed_mark": {"True": "备案", "False": ""},
    "register_text": {"name": "姓名", "staff_name": "工作人员姓名", "complainant": "举报人姓名", "post": "职务",
                      "contact": "联系方式", "override_note": "说明"},  # a member is a registered relative of staff or a cadre
}

TEMPLATES: dict[str, str] = {
    # shared
    "registers.name_empty": "请填写姓名",
    "registers.reason_empty": "更正或删除登记，请写明原因",
    "registers.declaration_missing": "没有编号为 {id} 的申报不实记录",
    "registers.name_differs": "身份证号 {id_number} 在本所登记的是户 {household_id} 的 {recorded}，与填写的姓名“{name}”不一致，请核对",
    "registers.too_long": "{what}太长（{length} 个字，最多 {max} 个字）",
    "registers.declaration_same_day": "{name}（{id_number}）{date} 查实的申报不实已登记（记录 {id}），同一天查实的算一次；"
                                      "如需补充不实内容，请更正那条记录",
    "registers.relative_missing": "没有编号为 {id} 的近亲属备案",
    "registers.staff_missing": "没有编号为 {id} 的工作人员（村干部）",
    "registers.staff_name_empty": "请填写工作人员（村干部）姓名",
    "registers.date_empty": "请填写日期",
    "registers.date_future": "日期 {date} 晚于今天，请核对",
    "registers.case_missing": "没有编号为 {id} 的案件",
    "registers.village_missing": "没有编号为 {id} 的村（社区）",
    # 诚信档案 / 黑名单
    "registers.what_empty": "请写明哪些申报内容不实",
    "registers.barred": "{name}（{id_number}）在诚信黑名单上，{until} 起方可重新申请低保",
    "registers.declared_warning": "已记入诚信档案：{name} 第一次申报不实，予以警示，允许更正后再申报一次",
    "registers.declared_listed": "已记入诚信档案：{name} 第 {count} 次申报不实，列入诚信黑名单，{until} 起方可重新申请",
    # 近亲属备案
    "registers.role": "人员类别“{value}”无法识别，应为经办人员或村（社区）干部",
    "registers.cadre_village": "村（社区）干部请填写所在村（社区）",
    "registers.relation": "亲属关系“{value}”无法识别",
    "registers.self_relative": "近亲属的身份证号与工作人员本人相同，请核对",
    "registers.staff_differs": "身份证号 {id_number} 已登记为 {name}，姓名或人员类别与已登记的不一致，请核对",
    "registers.filed_before_birth": "备案日期 {date} 早于身份证号 {id_number} 的出生日期 {birth}，请核对年份",
    "registers.duplicate_relative": "{staff} 已于 {registered_on} 登记过近亲属 {name}（{id_number}），不能重复登记",
    "registers.conflict_of_interest": "{person} 已将本户成员 {member} 登记为近亲属（备案），按回避规定不能经办、审批此案，"
                                      "请由其他人员办理",
    "registers.conflict_of_interest_review": "{person} 已将本户成员 {member} 登记为近亲属（备案），按回避规定不能复核本户，"
                                             "请由其他人员入户复核",
    # complaints
    "registers.channel": "举报方式“{value}”无法识别，应为举报箱、电话、来信或来访",
    "registers.complaint_household": "请选择被举报的家庭",
    "registers.complaint_description": "请填写举报内容",
    "registers.complaint_missing": "没有编号为 {id} 的举报",
    "registers.complaint_answered": "举报 {id} 已于 {date} 答复，不能再次答复",
    "registers.finding": "请选择调查结论（属实、部分属实或不属实）",
    "registers.investigation_empty": "请填写调查核实情况",
    "registers.answer_empty": "请填写答复内容",
    "registers.answer_before_received": "答复日期不能早于受理日期 {received_on}",
    "registers.due_approximate": "答复期限所跨年份的法定节假日安排尚未录入，期限按周一至周五推算，请在工作日历中补录",
    "registers.due_recounted": "举报 {id}（{household}）的答复期限已按新版程序的法定节假日安排重新计算：由 {before} 改为 {after}",
    "registers.evidence_filing": "备案：成员{member}是{role}{staff}的{relation}，须从严审核（{staff}应回避）",
    # events
    "registers.event_kind": "事件类别“{value}”无法识别，应为死亡、迁出、搬迁安置、破产或服刑",
    "registers.event_household": "请选择发生变故的家庭",
    "registers.death_future": "死亡日期 {date} 晚于今天，请核对",
    # warnings
    "registers.warning_closed": "预警 {id} 已登记过结果",
    "registers.warning_not_due": "答复期限（{date}）尚未届满，不能按逾期视为退出",
}

# a member leaving the household (domain.members)
TEMPLATES.update({
    "event.member_needed": "该户有几名成员，请选择“{kind}”的是哪位成员",
    "event.member_kind": "“{kind}”是全户的变故，不登记到某位成员",
    "event.member_missing": "该户没有编号为 {id} 的成员",
    "event.member_unknown": "该户没有姓名或身份证号为“{text}”的成员",
    "event.member_ambiguous": "该户有几名成员叫“{text}”，请写身份证号",
    "event.member_left": "{name} 的人员状态已是“{status}”，不在该户共同生活",
    "event.member_status": "“{kind}”的成员人员状态不能是“{status}”",
    "event.before_birth": "“{kind}”的日期 {date} 早于 {name} 的出生日期（{born}，按身份证号），请核对日期",
    "event.new_head": "新户主须是该户仍共同生活的另一位成员（编号 {id} 不是）",
    # 撤销此事件 (services.events_undo)
    "event.undo_missing": "没有编号为 {id} 的变故登记",
    "event.undo_reason": "请写明撤销的原因",
    "event.undo_not_office": "该“{kind}”来自“{source}”，不是本乡镇登记的变故，不能撤销",
    "event.undo_reviewed": "{on} 的“{kind}”已经复核处理，不能撤销",
    "event.undo_later": "该户在“{kind}”之后又登记了 {later_on} 的“{later_kind}”，是按撤销前的家庭成员办理的："
                        "请先撤销后面的变故",
    "event.undo_changed_since": "“{kind}”登记后家庭成员的关系或人员状态又在家庭信息中修改过，不能自动撤销，请在“修改家庭信息”中核对更正",
    "event.undo_case_started": "该变故提出的案件 {case} 已办理到“{step}”，不能撤销；请在审批流程中处理该案件",
    "event.undo_booked": "该变故提出的案件 {case} 已批准，台账已按其变更，不能撤销；请另行提出变更更正",
    "event.undo_no_record": "{on} 的“{kind}”登记时没有留下操作记录，无法确定它改动了哪些成员，不能自动撤销："
                            "请在“修改家庭信息”中核对更正成员的人员状态、户主和关系，在审批流程中撤回它提出的案件，"
                            "复核时说明该变故系误录",
    "event.undo_added_no_record": "{on} 的新增家庭成员登记时没有留下操作记录，不能自动撤销：请在“修改家庭信息”中删除误增的成员，"
                                  "复核时说明系误录",
    "event.undo_added_changed": "{on} 新增家庭成员后，该户的成员或收入又修改过（或登记了成员变故），不能自动撤销："
                                "请在“修改家庭信息”中删除误增的成员{moved}",
    "event.undo_added_head": "{on} 新增的成员已是户主或收款人，不能自动撤销：请在“修改家庭信息”中先改定户主和收款人，"
                             "再删除误增的成员{moved}",
    # ``moved``: empty, or what follows for members whose records the addition took from other households
    "event.undo_added_moved_from": "；其中 {name} 是从{village}户主“{head}”的家庭（户编号 {household_id}）转入的，"
                                   "删除后即不在任何一户：请再在该户“修改家庭信息”中按原样补录（关系、人员状态及日期、收入）",
    "event.undo_added_moved_changed": "{name} 是 {on} 从{village}户主“{head}”的家庭（户编号 {household_id}）转入的，"
                                      "该户之后又修改过，不能自动撤销：请先在本户“修改家庭信息”中删除该成员，"
                                      "再在原户“修改家庭信息”中按原样补录（关系、人员状态及日期、收入）",
    "event.undo_moved_on": "{name} 的成员记录已于 {on} 转入{village}户主“{head}”的家庭（户编号 {household_id}），"
                           "不能撤销这次“{kind}”：请先在该户撤销 {on} 的“新增家庭成员”，使其回到本户，再撤销本次变故",
    "event.undo_moved_on_by_hand": "{name} 的成员记录已转入{village}户主“{head}”的家庭（户编号 {household_id}），"
                                   "不能自动撤销这次“{kind}”：如确属误录，请在该户“修改家庭信息”中删除该成员，"
                                   "在本户“修改家庭信息”中补录该成员并核对户主和关系，在审批流程中撤回它提出的案件，"
                                   "复核时说明该变故系误录",
})
PARAM_LABELS: dict[str, dict[str, str]] = {
    "event.member_needed": {"kind": "event_kind"}, "event.member_kind": {"kind": "event_kind"},
    "event.before_birth": {"kind": "event_kind"},
    "event.member_left": {"status": "person_status"},
    "event.undo_reviewed": {"kind": "event_kind"}, "event.undo_not_office": {"kind": "event_kind"}, "event.undo_changed_since": {"kind": "event_kind"},
    "event.undo_no_record": {"kind": "event_kind"},
    "event.undo_moved_on": {"kind": "event_kind"}, "event.undo_moved_on_by_hand": {"kind": "event_kind"},
    "event.undo_later": {"kind": "event_kind", "later_kind": "event_kind"},
    "event.undo_case_started": {"step": "step"}, "event.undo_booked": {"kind": "event_kind"},
    "event.member_status": {"kind": "event_kind", "status": "person_status"},
    "member.left_by_event": {"status": "person_status"},
    "member.moved_in": {"status": "person_status"},
    "registers.too_long": {"what": "register_text"},
}
