"""Words for the 低保证 (certificate)."""

from dibao_desk.domain.certificate import CertificateState, IssueKind

LABELS: dict[str, dict[str, str]] = {
    "certificate_kind": {IssueKind.NEW: "新发", IssueKind.REISSUE: "换发", IssueKind.REPLACE: "补发"},
    "offset_way": {"up": "上", "down": "下"},
    "certificate_state": {CertificateState.ACTIVE: "有效", CertificateState.SUPERSEDED: "已换发（补发）作废",
                          CertificateState.REVOKED: "核销"},
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
    "certificate.offset_off_sheet": "向{way}偏移最多 {max} 毫米：再多，“{field}”一栏就打到证件外面了",
    "certificate.before_last": "发证日期不能早于该户上一本低保证的发证日期（{last}）",
    "certificate.hukou_changed": "该户户籍类型已改为{now}，低保证 {number} 是{was}低保的证：请先换发，再打印新证",
    "certificate.suspended": "该户 {year}年{month}月 暂停发放低保，不能打印低保证；恢复发放后再打印",
    "certificate.skipped_suspended": "未打印：户编号 {household_id} {name}（{year}年{month}月 暂停发放）",
    "certificate.all_suspended": "要打印的 {count} 户在 {year}年{month}月 都暂停发放低保，没有可打印的低保证",
}

PARAM_LABELS = {"certificate.offset_off_sheet": {"way": "offset_way"}}
