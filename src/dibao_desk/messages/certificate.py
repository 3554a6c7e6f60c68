"""Words for the 低保证 (certificate)."""

LABELS: dict[str, dict[str, str]] = {
    "certificate_kind": {"new": "新发", "reissue": "换发", "replace": "补发"},
    "certificate_state": {"active": "有效", "superseded": "已换发（补发）作废", "revoked": "核销"},
}

TEMPLATES: dict[str, str] = {
    "certificate.no_household": "找不到户编号 {id}",
    "certificate.not_receiving": "该户未在享受低保，不能发放低保证",
    "certificate.has_active": "该户已有有效的低保证；证件损坏或信息变化请换发，遗失请补发",
    "certificate.no_active": "该户没有有效的低保证，请先新发",
    "certificate.reason_empty": "补发低保证请写明原因（如遗失、损毁）",
    "certificate.future": "发证日期不能晚于今天",
    "certificate.offset_range": "打印偏移不能超过 {max} 毫米（再大应是纸张放错了，请检查进纸）",
    "certificate.none_to_print": "没有要打印的低保证",
}
