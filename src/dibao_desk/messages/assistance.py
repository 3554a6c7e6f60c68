"""Words for linked assistance (1+X)."""

LABELS: dict[str, dict[str, str]] = {
    "assistance_kind": {
        "medical_insurance": "代缴医保参保费（参合金）",
        "medical": "医疗救助",
        "education": "教育救助（两免一补）",
        "housing": "住房救助",
        "heating": "取暖救助",
        "temporary": "临时救助",
        "other": "其他救助",
    },
    "assistance_text": {"giver": "给予单位", "note": "说明"},
}

TEMPLATES: dict[str, str] = {
    "assistance.kind": "救助类别“{value}”无法识别",
    "assistance.negative": "金额不能为负数",
    "assistance.too_large": "金额超过 100 万元，请核对是否多输了位数",
    "assistance.future": "给予日期 {date} 晚于今天",
    "assistance.giver": "请填写给予救助的单位（如县医保局、县教育局）",
    "assistance.member": "该身份证号不是本户成员",
    "assistance.missing": "第 {id} 条救助记录已不存在（可能已被删除）",
    "assistance.too_long": "{what}太长（{length} 个字，最多 {max} 个字）",
    "assistance.duplicate": "{date} 已登记过同一笔“{kind}”{yuan} 元（第 {id} 条），请勿重复登记",
    "assistance.member_gone": "{name}（已不在本户）",
    "assistance.cliff": "该户一旦停保或取消，将同时失去以下联动救助（近一年）：{items}",
}

PARAM_LABELS: dict[str, dict[str, str]] = {
    "assistance.too_long": {"what": "assistance_text"},
    "assistance.duplicate": {"kind": "assistance_kind"},
}
