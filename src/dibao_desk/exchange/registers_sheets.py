"""The integrity registers in the packages to the county (schema version 1).

``roster`` carries the registers as they stand at the end of the period: ``诚信档案`` (every
false declaration found, with the bar), ``近亲属备案`` (every close relative registered),
``举报`` (complaints received in the period or still open at its end; never the
complainant's name or contact), ``家庭变故`` (events in the period) and ``追回`` (the 追回
register: entries decided by the period's end and still open at its start, with what had
come back by its end). ``cases`` carries
``备案标记``: the cases whose household includes a registered relative. Packages written
before these sheets existed simply lack them. The words in enumerated columns are part of
the format, listed here and in docs/exchange.md.
"""

from __future__ import annotations

from dibao_desk.domain.recovery import RecoveryStatus
from dibao_desk.domain.registers import ComplaintStatus
from dibao_desk.exchange.package import DATE, ID, MONEY, Column, SheetSpec

DECLARATION_OUTCOMES = {"warning": "警示", "listed": "列入黑名单"}
STAFF_ROLES = {"handling_staff": "经办人员", "village_cadre": "村（社区）干部"}
RELATIONS = {"spouse": "配偶", "parent": "父母", "child": "子女", "sibling": "兄弟姐妹", "grandparent": "祖父母外祖父母",
             "grandchild": "孙子女外孙子女", "parent_in_law": "岳父母公婆", "child_in_law": "儿媳女婿",
             "other": "其他近亲属"}
CHANNELS = {"box": "举报箱", "phone": "电话", "letter": "来信", "visit": "来访"}
COMPLAINT_STATUSES = {ComplaintStatus.OPEN: "待答复", ComplaintStatus.ANSWERED: "已答复"}
FINDINGS = {"": "", "substantiated": "属实", "partly": "部分属实", "unfounded": "不属实"}
EVENT_KINDS = {"death": "死亡", "moved_away": "迁出", "relocation": "搬迁安置", "bankruptcy": "破产",
               "imprisonment": "服刑"}

DECLARATIONS = SheetSpec("诚信档案", (
    Column("id_number", "身份证号", ID),
    Column("name", "姓名"),
    Column("household_ref", "户编号"),
    Column("found_on", "查实日期", DATE),
    Column("what", "不实内容"),
    Column("outcome", "处理"),
    Column("bar_ends", "可再申请日期", DATE),
))

FILINGS = SheetSpec("近亲属备案", (
    Column("staff_name", "工作人员姓名"),
    Column("staff_id_number", "工作人员身份证号", ID),
    Column("role", "人员类别"),
    Column("village", "所在村（社区）"),
    Column("post", "职务"),
    Column("name", "近亲属姓名"),
    Column("id_number", "近亲属身份证号", ID),
    Column("relation", "关系"),
    Column("registered_on", "备案日期", DATE),
    Column("household_ref", "户编号"),
))

COMPLAINTS = SheetSpec("举报", (
    Column("complaint_ref", "举报编号"),
    Column("received_on", "收到日期", DATE),
    Column("channel", "举报方式"),
    Column("household_ref", "户编号"),
    Column("head_name", "户主姓名"),
    Column("description", "举报内容"),
    Column("due_on", "答复期限", DATE),
    Column("status", "状态"),
    Column("finding", "调查结论"),
    Column("answered_on", "答复日期", DATE),
))

EVENTS = SheetSpec("家庭变故", (
    Column("household_ref", "户编号"),
    Column("head_name", "户主姓名"),
    Column("kind", "变故类别"),
    Column("on", "发生日期", DATE),
    Column("detail", "说明"),
))

RECOVERY_SOURCES = {"cancellation": "取消追溯", "change": "变更追溯", "false_declaration": "虚报冒领",
                    "bank_error": "银行差错", "other": "其他"}
RECOVERY_STATUSES = {RecoveryStatus.OPEN: "待追回", RecoveryStatus.SETTLED: "已追回",
                     RecoveryStatus.WRITTEN_OFF: "已核销"}

RECOVERY = SheetSpec("追回", (
    Column("entry_ref", "登记编号"),
    Column("household_ref", "户编号"),
    Column("head_name", "户主姓名"),
    Column("head_id_number", "户主身份证号", ID),
    Column("source", "追回原因"),
    Column("reference", "决定文号"),
    Column("decided_on", "决定日期", DATE),
    Column("months", "所属月份"),
    Column("amount", "应追回（元）", MONEY),
    Column("recovered", "已收回（元）", MONEY),
    Column("balance", "尚欠（元）", MONEY),
    Column("status", "状态"),
    # of 已收回, deducted on roster transfers the bank has not answered yet (not come back
    # until a return says paid; a failed one reverses it); older packages end before it
    Column("awaiting", "其中待银行回执（元）", MONEY, optional=True),
))

FILING_MARKS = SheetSpec("备案标记", (
    Column("case_ref", "案件编号"),
    Column("household_ref", "户编号"),
    Column("member_name", "成员姓名"),
    Column("staff_name", "工作人员姓名"),
    Column("role", "人员类别"),
    Column("relation", "关系"),
))

ROSTER_SHEETS = (DECLARATIONS, FILINGS, COMPLAINTS, EVENTS, RECOVERY)
CASES_SHEETS = (FILING_MARKS,)
