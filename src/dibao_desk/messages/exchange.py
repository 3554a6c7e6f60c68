"""Words for the exchange with the county (packages, receipts, county mode)."""

from dibao_desk.domain.county import CountyCaseStatus
from dibao_desk.domain.registers import WarningStatus

LABELS: dict[str, dict[str, str]] = {
    "exchange_kind": {
        "roster": "花名册", "cases": "待审批案件", "reviews": "复核结果", "payments": "发放造册",
        "decisions": "审批结果", "policy": "政策标准", "warnings": "核对预警", "receipt": "回执",
    },
    "exchange_direction": {"up": "乡镇报县", "down": "县发乡镇", "receipt": "回执"},
    "warning_kind": {
        "death": "死亡", "vehicle": "车辆", "deposit": "存款", "securities": "有价证券",
        "housing": "房产", "business": "营业执照", "tax": "个人所得税", "insurance": "商业保险",
        "housing_fund": "住房公积金", "employment": "就业", "pension": "养老金",
        "marriage": "婚姻", "hukou": "户籍", "disability": "残疾", "other": "其他",
    },
    "warning_status": {WarningStatus.OPEN: "待答复", WarningStatus.ANSWERED: "已答复", WarningStatus.WITHDRAWN: "视为退出",
                       WarningStatus.CONFIRMED: "核实属实"},
    "county_case_status": {CountyCaseStatus.AWAITING: "待审批", CountyCaseStatus.DECIDED: "已审批",
                           CountyCaseStatus.SENT: "已下发", CountyCaseStatus.ENDED: "乡镇已终止"},
    # The keys of a package's 包信息 sheet, by the words its third column gives them.
    "manifest_field": {
        "format": "格式标识", "schema_version": "格式版本", "kind": "数据包类别", "direction": "方向",
        "township_code": "乡镇（街道）行政区划代码", "township_name": "乡镇（街道）名称",
        "county_name": "县（市、区）名称", "sequence": "顺序号", "period": "所属期间", "created_at": "生成时间",
        "program": "生成程序", "sheets": "数据工作表", "sha256": "数据工作表校验值（SHA-256）",
        "manifest_sha256": "包信息校验值（SHA-256）",
    },
}

PARAM_LABELS: dict[str, dict[str, str]] = {"package.manifest": {"field": "manifest_field"},
                                           "exchange.kind_for_mode": {"kind": "exchange_kind", "mode": "mode"},
                                           "package.receipt": {"kind": "exchange_kind"},
                                           "exchange.again_period": {"kind": "exchange_kind"},
                                           "exchange.again_differs": {"kind": "exchange_kind"}}

TEMPLATES: dict[str, str] = {
    # the file and its manifest
    "package.missing": "找不到文件 {path}",
    "package.leftover": "“{name}”是导出中断（如 U 盘被拔出或写满）时留下的临时文件，不是对方导出完成的数据包，不能导入。"
                        "请对方重新导出，导入文件名不以“.~”开头的正式数据包",
    "package.older_aside": "注意：这个数据包旁边有“{name}”，是对方导出这个数据包时中断（程序被关闭或断电）留下的旧文件，"
                           "这个数据包可能没有在对方电脑上登记为已导出。请向对方核对：导出时看到了“导出完成”，可以导入；"
                           "没有看到，请不要导入，请对方把 U 盘插回原电脑重新导出（程序会整理这个旧文件）后再导入",
    "package.not_xlsx": "这不是 Excel 工作簿（.xlsx）文件，无法作为数据包导入",
    "package.unreadable": "数据包“{name}”无法读取：文件已损坏、没有复制完，或不是 Excel 工作簿（.xlsx）。请从原电脑重新复制",
    "package.not_package": "这个工作簿不是低保数据包：缺少“包信息”或格式标识不对。请确认拿到的是县民政局或乡镇导出的数据包，而不是普通表格",
    "package.no_manifest": "这个工作簿不是低保数据包：缺少“{sheet}”工作表",
    "package.manifest": "数据包的“包信息”缺少或写错了“{field}”一项，无法确认来源，已拒绝",
    "package.manifest_rows": "数据包的“包信息”缺少或写错了工作表“{sheet}”的数据行数，无法确认来源，已拒绝",
    "package.kind": "不认识的数据包类别“{kind}”",
    "package.newer_schema": "数据包由更新版本的程序生成（格式版本 {version}，本程序只能读到版本 {supported}），请先升级本程序再导入",
    "package.sheet_missing": "数据包缺少工作表“{sheet}”，文件不完整",
    "package.sheet_empty": "数据包的工作表“{sheet}”是空的，文件不完整",
    "package.columns": "工作表“{sheet}”的列与格式不符：应为 {expected}，实际为 {found}。数据包可能被人改动过",
    "package.row_count": "工作表“{sheet}”应有 {expected} 行数据，实际有 {found} 行。数据包不完整或被改动过",
    "package.manifest_checksum": "数据包的“{sheet}”工作表在导出后被改动过（如顺序号、期间或收件单位），已拒绝。"
                                 "请对方重新导出，不要手工修改数据包",
    "package.checksum": "数据包的校验值不对：内容在导出后被改动过或文件已损坏。请对方重新导出，不要手工修改数据包",
    "package.write_check": "数据包写入后读回核对不一致，未保存。请检查 U 盘或磁盘后重试（{path}）",
    "package.direction": "这个数据包（{kind_word}）不应在本单位导入：乡镇只导入县里下发的数据包，县里只导入乡镇上报的数据包",
    "package.receipt": "这是“{by}”收到第 {sequence} 号{kind}数据包后写的回执（接受 {accepted} 行，拒绝 {rejected} 行），"
                       "不需要导入：用 Excel 或 WPS 打开即可查看每一行的结果和被拒绝的原因",
    "package.other_township": "这个数据包是发给“{name}”（代码 {code}）的，不是本乡镇（{ours}）的，已拒绝",
    "package.not_township": "这个数据包来自“{name}”，代码 {code} 是县一级的代码，不是乡镇（街道）的代码，已拒绝。请对方在“本单位信息”中填写本乡镇的 12 位区划代码后重新导出",
    "package.other_county": "这个数据包来自“{name}”（代码 {code}），不属于本县（{ours}），已拒绝",
    "package.repeat": "这个数据包已经导入过（第 {sequence} 号，{received_at}），不能重复导入",
    "package.receipt_again": "该数据包已导入（第 {sequence} 号，{received_at}），不会再次导入任何数据，"
                             "导入时只重新生成回执",
    "exchange.receipt_again": "该数据包已导入，已重新生成回执：{path}",
    "package.receipt_rows_missing": "该数据包是在本程序保存回执明细之前导入的，当时逐行的结果和原因没有保存，"
                                    "重新生成的回执只写明导入时间（{received_at}）和接受 {accepted} 行、拒绝 {rejected} 行。"
                                    "如对方需要逐行结果（特别是被拒绝的行），请找到当时的回执，或把被拒绝的行逐一告知对方",
    # the one row of a receipt written again without its rows (the county reads it)
    "receipt.rows_missing": "本回执由收件方按导入记录重新生成：该数据包于 {received_at} 导入，接受 {accepted} 行、"
                            "拒绝 {rejected} 行；逐行的结果和原因当时没有保存，无法列出",
    "package.sequence_repeat": "这个数据包的顺序号是第 {sequence} 号，本机已收到第 {last} 号，属于重复或过期的数据包，已拒绝",
    "package.sequence_skipped": "这个数据包是第 {sequence} 号，但本机应当先收到第 {expected} 号（缺 {missing} 个）。请先导入缺少的数据包，或请对方重新导出",
    # rows
    "row.missing": "“{column}”未填写",
    "row.date": "“{column}”不是有效日期：“{value}”（应为 YYYY-MM-DD）",
    "row.word": "“{column}”的内容“{value}”不在规定范围内（可填：{allowed}）",
    "row.number": "“{column}”应为数字",
    "row.id_number": "“{column}”不是有效的身份证号：“{value}”",
    "row.refusal_reason": "不批准时必须填写“{column}”",
    "row.duplicate_case": "案件 {case} 在本数据包中出现了不止一次，只处理第一行",
    "row.case_unknown": "本乡镇没有编号为 {case} 的案件",
    "row.case_mismatch": "案件 {case} 的户主身份证号与本乡镇记录（{head}）不一致",
    "row.case_ended": "案件 {case}（{head}）在本乡镇已于 {on} 结案（{status}），不再等待县民政局审批，这一审批未处理。"
                      "请告知县民政局该案件已结案",
    "row.case_not_waiting": "案件 {case}（{head}）目前不在等待县民政局审批，未处理",
    "row.case_returned": "案件 {case}（{head}）已于 {on} 退回乡镇审核并重新审核，县民政局的这一审批是按原来报送的内容作出的，"
                         "未处理。须待县里收到重新报送的待审批数据包（第 {sequence} 号）后按新内容重新审批",
    "row.case_returned_unsent": "案件 {case}（{head}）已于 {on} 退回乡镇审核，县民政局的这一审批是按原来报送的内容作出的，"
                                "未处理。请重新审核并公示后导出待审批数据包报县，县里收到后按新内容重新审批",
    "row.case_decided": "案件 {case} 县里已经审批，不能再次上报",
    "row.policy_key": "第 {row} 行的项目代码“{key}”不认识",
    "row.policy_value": "第 {row} 行“{key}”的数值“{value}”不对",
    "row.policy_twice": "{on} 起的“{label}”在数据包中出现两次且数值不同（第 {first_row} 行“{first}”，第 {row} 行“{value}”），"
                        "不知以哪个为准，这一套标准未导入，请县民政局更正后重新下发",
    "row.person_unknown": "身份证号 {id_number} 不是本乡镇登记的家庭成员",
    "package.township_name": "注意：代码 {code} 在本县登记为“{known}”，这个数据包来自“{name}”。如是同一乡镇改名，可以导入（导入后改称“{name}”）；如不是同一乡镇，请不要导入，请对方核对本单位的区划代码",
    "row.warning_repeat": "预警 {ref} 已经收到过",
    # exporting
    "exchange.no_office": "请先在设置中填写本单位信息",
    "exchange.kind_for_mode": "本单位的工作模式是“{mode}”，不能导出“{kind}”数据包：乡镇上报花名册、待审批案件、复核结果、"
                              "发放造册，县民政局下发审批结果、政策标准、核对预警",
    "exchange.period": "期间“{period}”格式不对：月份写作 2026-11（或 2026年11月），季度写作 2026Q4（或 2026-Q4、2026年第4季度）",
    "exchange.township_required": "请选择要下发的乡镇",
    "exchange.nothing_to_resend": "还没有导出过这类数据包，无法重新导出",
    "exchange.again_period": "上一个{kind}数据包（第 {sequence} 号）是 {period} 期间的，重新导出只能是同一期间"
                             "（不写期间即按 {period}）。{given} 的数据包请在对方收到第 {sequence} 号后再导出",
    "exchange.again_differs": "第 {sequence} 号{kind}数据包（{period}）已按现在的数据重新生成，与第一次导出的内容不同"
                              "（其间数据有变动）。对方如已收到第一次的数据包，会拒收这一份",
    "exchange.again_policy_rebuilt": "第 {sequence} 号政策标准数据包已按第一次导出时已录入的各套标准重新生成；"
                                     "程序升级后政策项目有增减，文件与第一次的不完全相同",
    "exchange.older_aside": "文件夹中的“{name}”是以前导出“{target}”时中断（程序被关闭、断电或 U 盘被拔出）留下的，"
                            "是当时被替换下来的旧文件。程序无法确定它该保留还是删除，未作改动。请核对：现在的“{target}”"
                            "如是本单位导出的数据包，可以删除“{name}”；如不是，请先把现在的“{target}”移到别处，"
                            "再把“{name}”改名为“{target}”",
    "exchange.no_account": "有 {count} 户没有银行账号，造册中账号为空（第 {rows} 行），请补录后重新导出",
    "exchange.no_policy": ("还没有录入本县的政策标准（示例标准不下发），也没有录入工作日历，没有可下发的内容："
                           "请在“设置 → 政策标准”中点“新增一套标准…”，按县民政局公布的标准录入后再下发"),
    "exchange.warning_status": "答复结果不对",
    "exchange.warning_missing": "找不到编号为 {id} 的核对预警",
    # county mode
    "county.not_county": "只有县民政局模式才能使用此功能",
    "county.township_unknown": "没有代码为 {code} 的乡镇，请先导入该乡镇的数据包",
    "county.no_decisions": "“{name}”没有待下发的审批结果",
    "county.case_missing": "找不到编号为 {id} 的案件",
    "county.case_not_awaiting": "该案件已审批，不能重复审批",
    "exchange.receipt_not_placed": "数据包已导入，但回执没能保存为“{path}”（{error}），对方收不到这份回执。"
                                   "请检查 U 盘或文件夹后告知对方：这个数据包已导入",
    "county.reopen_leftover": "“{name}”是乡镇导入数据包中断（程序出错、U 盘被拔出或写保护）时留下的临时文件，"
                              "不是导入完成后的回执：这个数据包在乡镇可能没有导入。请乡镇重新导入后，按导入后生成的回执重新审批",
    "county.reopen_not_receipt": "这不是乡镇对审批结果数据包写的回执（回执文件名以“-回执”结尾），无法据此重新审批",
    "county.reopen_unknown_package": "这份回执答复的不是本县下发给“{name}”的第 {sequence} 号审批结果数据包，未处理",
    "county.reopen_not_sent": "该案件在本县不是“已下发”状态，或已按其他数据包处理，未改动",
    "county.case_ended": "该案件乡镇已终止（乡镇最近上报的待审批案件中已没有它），县局不再审批；"
                         "如是乡镇退回重新审核，乡镇再次报送后按新报送的内容恢复待审批",
    "county.not_drawn": "请先抽取入户抽查样本，再审批该案件",
    "county.decided_future": "审批日期 {date} 晚于今天（{today}），不能预先审批，请核对",
    "county.decided_before_review": "审批日期 {date} 早于乡镇审核日期 {reviewed}，请核对",
    "county.reason_required": "不批准时必须填写理由",
    "county.share": "抽查比例应在 1% 到 100% 之间",
    "county.nothing_to_draw": "没有尚未抽样的待审批案件",
    "county.warning_not_on_roster": "身份证号 {id_number} 不在“{township}”最近上报的花名册上（须为在保家庭户主）",
    "county.warning_kind": "预警类别“{kind}”不对，请从列表中选择",
    "county.warning_detail": "请填写预警详情（比对发现了什么）",
    "county.warning_answer_by": "答复截止日期 {answer_by} 不能早于今天",
    "county.warning_repeat": "该户已有一条未下发的同类预警（{ref}），不必重复录入",
    "county.warning_unknown": "没有编号为 {ref} 的核对预警",
    "county.warning_sent": "预警 {ref} 已下发乡镇，不能再修改或删除；如有错误，请另录一条预警说明",
    "county.no_warnings": "“{name}”没有待下发的核对预警",
    "county.warnings_overdue": "其中 {count} 条预警的答复截止日期已过（{refs}），乡镇收到时即为逾期；"
                               "如需给家庭答复时间，请另行录入新的预警",
    # what a row does
    "change.approve": "批准：{village} {case} 号案件，审批日期 {on}，抽查：{sampled}",
    "change.approve_special": "批准：{village} {case} 号案件，审批日期 {on}，抽查：{sampled}；"
                              "特殊情况（{special}），经审批机关 {special_on} 集体讨论批准",
    "change.refuse": "不批准：{village} {case} 号案件，审批日期 {on}，理由：{reason}",
    "change.policy": "{on} 起执行：{label} = {shown}",
    "change.policy_same": "{on} 起的“{label}”与本机已有标准相同，无变化",
    "change.calendar_year": "{county}工作日历：{year} 年放假 {holidays} 天、调休上班 {workdays} 天"
                            "（未列出的日子周一至周五上班、周末休息），举报答复期限和复核计划按此计算",
    # the way to let the county's day win is the window's tick box or the command's option:
    # each says its own (ui/dialogs/import_package.py, cli/exchange.py), not the receipt
    "change.calendar_office": "{day}：本办自己录入为{office}，县里的日历为{county}；保留本办录入的{office}",
    "change.calendar_county": "{day}：本办自己录入为{office}，县里的日历为{county}；已按县里的改为{county}",
    # a county calendar refused (the whole package: nothing written)
    "calendar.bad_day": "工作日历第 {row} 行的日期不是真实的日期（应为 YYYY-MM-DD，如 2027-02-06）",
    "calendar.bad_kind": "工作日历第 {row} 行（{day}）的类别应为“放假”或“调休上班”",
    "calendar.year_range": "工作日历第 {row} 行的日期 {day} 超出范围（只收 {first} 年至 {last} 年）",
    "calendar.twice": "工作日历第 {row} 行的日期 {day} 与第 {first_row} 行重复",
    "calendar.year_too_many": "工作日历 {year} 年列出 {count} 天，超过一年最多 {max} 天，不像国家的放假安排",
    "calendar.too_many": "工作日历有 {count} 行，超过最多 {max} 行，不像国家的放假安排",
    "calendar.more": "工作日历另有 {count} 处错误未列出",
    "change.warning": "核对预警（{kind}）：{detail}，须在 {answer_by} 前答复（户主：{household}）",
    "change.warning_overdue": "核对预警（{kind}）：{detail}，答复截止日期 {answer_by} 收到时已过，已登记并标为逾期，"
                              "请尽快通知家庭答复（户主：{household}）",
    "change.case_new": "新收案件：{township}{village} {case} 号，拟定月保障金 {amount} 元",
    "change.case_update": "更新案件：{township}{village} {case} 号，拟定月保障金 {amount} 元",
    "change.case_ended": "第 {case} 号案件乡镇已终止，县局不再审批（{township}{village} {head}，第 {sequence} 号待审批案件数据包已不再列出）；"
                         "如是乡镇退回重新审核，再次报送时按新报送的内容恢复待审批",
    "change.case_ended_decided": "注意：第 {case} 号案件乡镇已终止，县局不再审批（{township}{village} {head}）；"
                                 "已作出但尚未下发的审批结果（{decision}，审批日期 {on}）已撤回，不再下发",
    "change.roster_elsewhere": "注意：户主 {head}（{id_number}，户编号 {ref}）同时在“{other}”的花名册上（户编号 {other_ref}），"
                               "可能重复享受低保。已登记核对预警 {warning}，待下发“{township}”核实",
    "change.roster_elsewhere_known": "注意：户主 {head}（{id_number}，户编号 {ref}）同时在“{other}”的花名册上（户编号 {other_ref}），"
                                     "已有核对预警 {warning}",
    "county.warning_elsewhere_detail": "户主同时在“{other}”的花名册上（户编号 {other_ref}，{other_village}），"
                                       "可能重复享受低保，请核实户籍和居住情况",
    "change.roster": "更新“{township}”{period} 花名册：{households} 户（原 {before} 户），保障 {persons} 人，月保障金 {amount} 元",
    "change.roster_older": "“{township}”{period} 花名册早于本县已有的 {held} 花名册，已收到，未替换（仍以 {held} 为该乡镇的花名册）",
    "change.received": "收到“{township}”{period} 的数据 {rows} 行",
    "change.recovery_register": "更新“{township}”{period} 追回登记：{entries} 条（原 {before} 条），尚欠合计 {balance} 元{awaiting}",
    "change.recovery_awaiting": "；已收回中有 {awaiting} 元为造册扣减、待银行回执（银行回盘为成功后才实际收回）",
    "change.payments": "收到“{township}”{period} 发放造册：{households} 户，保障 {persons} 人，金额 {amount} 元",
    "change.payments_others": "“{township}”{period} 另有补发、专项补贴造册 {rosters} 份：{households} 户次，金额 {amount} 元（{names}）；"
                              "不计入上面常规造册与账册的核对",
    "change.payments_lines": "注意：“{township}”{period} 造册各行合计 {amount} 元与造册总额 {roster} 元不符",
    "change.payments_ledger_amount": "注意：“{township}”{period} 造册保障金 {regular} 元与该乡镇账册应发 {ledger} 元不符",
    "change.payments_ledger_households": "注意：“{township}”{period} 造册 {households} 户与该乡镇账册应发 {ledger_households} 户不符",
}
