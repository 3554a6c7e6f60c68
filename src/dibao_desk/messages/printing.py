"""Words for printing (notices, forms, placard)."""

LABELS: dict[str, dict[str, str]] = {
    "notice_stage": {"1": "一榜公示", "2": "二榜公示", "3": "三榜公示", "long": "长期公示"},
    "form_kind": {
        "application": "申请表", "home_visit": "入户调查表", "review_record": "民主评议记录",
        "approval": "审核审批表", "review_notice": "复审告知书", "refusal": "不予批准通知书",
        "cancellation": "终止保障通知书", "placard": "低保户挂牌",
    },
}

TEMPLATES: dict[str, str] = {
    "printing.no_office": "尚未填写本单位信息（乡镇名称、监督电话等），请先在“设置”中填写",
    "printing.stage": "公示类别“{stage}”不对：应为 1、2、3（一、二、三榜）或 long（长期公示）",
    "printing.paper": "纸张“{paper}”不支持：应为 A4 或 A3",
    "printing.village": "找不到村（社区）“{name}”",
    "printing.form_kind": "表格类别“{kind}”不对",
    "printing.folder": "文件夹“{folder}”不存在",
    # {error} (the system's words, in English, naming the temporary file) stays in the log
    "printing.write": "无法写入“{path}”：文件可能正在被其他程序（如 WPS、Adobe Reader）打开，请关闭后再试",
    "printing.no_case": "该户没有办理中的案件，无法填写{form}",
    "printing.withdrawn": "该户的申请已由申请人撤回（{on}），不是不予批准，不出具不予批准通知书",
    "printing.not_refused": "该户的案件没有不予批准的决定，无法打印不予批准通知书",
    "printing.not_cancelled": "该户没有取消（终止）保障的案件，无法打印终止保障通知书",
    "printing.not_receiving": "该户未在享受低保，不能打印{form}",
    "printing.missing_chars": "字体中没有这些字：{chars}（出现在：{names}），打印处留为“□”，请手写补全",
    "printing.left_out": "{count} 户未签署同意公开收入情况的书面意见，未列入详细公示",
    "printing.not_as_posted": "本表有 {count} 户的公示内容张贴时未留存，按重印当日档案数据生成，与张贴时可能不同",
    "printing.empty": "没有需要公示的对象，打印的是空表",
    "printing.cancellation_open": "取消保障的案件还在办理中（尚未审批并确定停发月份），暂不能打印终止保障通知书",
    "printing.post_long": "长期公示不需要登记张贴",
    "printing.nothing_to_post": "没有等待{stage}张贴的案件",
    "printing.posted_none": "{day}没有张贴过{stage}名单{where}；最近张贴的日期：{days}。请用其中一个日期重印",
    "printing.posted_never": "{day}没有张贴过{stage}名单{where}，也还没有张贴过任何一次",
    # what printing is doing, shown over its bar
    "progress.notice.read": "读取公示名单",
    "progress.print.pdf": "生成 PDF",
    "progress.print.page": "正在排版第 {page} 页",
}
