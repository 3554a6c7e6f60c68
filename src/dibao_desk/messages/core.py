"""Words for the households, office and store codes."""

from dibao_desk.domain.household import HouseholdStatus, PersonStatus
from dibao_desk.domain.villages import VillageKind

LABELS: dict[str, dict[str, str]] = {
    # The records that keep a household from being deleted (models.household_refs), {n} of each
    "household_ref": {
        "cases": "{n} 条审批记录", "ledger_decisions": "{n} 项待遇决定", "ledger_periods": "{n} 段保障金台账",
        "ledger_adjustments": "{n} 笔补发或追回", "proposals": "{n} 份变更建议", "proposal_items": "{n} 条批量建议明细",
        "payroll_lines": "{n} 条发放名册记录", "reviews": "{n} 次复核记录", "review_events": "{n} 条复核事由",
        "employment": "{n} 条就业渐退记录", "work_refusals": "{n} 条拒绝就业记录", "income_stable": "{n} 条收入稳定认定",
        "complaints": "{n} 件举报", "false_declarations": "{n} 条诚信档案记录", "followups": "{n} 条待办取消或追回",
        "warnings": "{n} 条核对预警", "recoveries": "{n} 笔追回登记", "certificates": "{n} 本低保证",
        "assistance": "{n} 项联动救助", "files": "{n} 份一户一档材料", "other": "{n} 条其他记录",
    },
    "hukou_type": {"rural": "农村", "urban": "城市"},
    "relation": {
        "head": "户主", "spouse": "配偶", "son": "子", "daughter": "女", "father": "父亲",
        "mother": "母亲", "grandson": "孙子", "granddaughter": "孙女", "grandfather": "祖父",
        "grandmother": "祖母", "son_in_law": "女婿", "daughter_in_law": "儿媳", "sibling": "兄弟姐妹",
        "other": "其他",
    },
    "work_capacity": {"full": "完全劳动能力", "partial": "部分劳动能力", "none": "无劳动能力"},
    "employment": {
        "none": "无业", "farming": "务农", "employed": "务工/在职", "flexible": "灵活就业",
        "student": "在校学生", "retired": "退休", "preschool": "学龄前", "other": "其他",
    },
    "income_kind": {
        "wages": "工资性收入", "farming": "农业生产经营收入", "business": "非农经营收入",
        "casual_labour": "劳务及灵活就业收入", "property_income": "财产性收入（租金、利息、分红）",
        "land_transfer": "土地流转及征地补偿收入", "pension": "养老金、离退休金",
        "unemployment": "失业保险金", "support": "赡养（抚养、扶养）费",
        "survivor": "遗属补助、抚恤金", "transfer": "亲友赠与等转移性收入",
        "compensation": "赔偿及保险理赔收入", "other": "其他收入",
    },
    "property_kind": {
        "deposit": "存款", "securities": "有价证券", "vehicle": "机动车辆", "housing": "房产",
        "business": "经营资本", "insurance": "商业保险", "other": "其他财产",
    },
    "duty": {"maintain_elder": "赡养", "raise_child": "抚养", "support_spouse": "扶养"},
    "disability_grade": {"0": "无", "1": "一级", "2": "二级", "3": "三级", "4": "四级"},
    "status": {
        HouseholdStatus.REGISTERED: "已登记", HouseholdStatus.APPLYING: "申请中", HouseholdStatus.RECEIVING: "在保",
        HouseholdStatus.SUSPENDED: "暂停", HouseholdStatus.CANCELLED: "已取消", HouseholdStatus.REFUSED: "未通过",
    },
    "category": {"": "", "class1": "一类", "class2": "二类", "class3": "三类"},
    "village_kind": {VillageKind.VILLAGE: "村", VillageKind.COMMUNITY: "社区"},
    "mode": {"township": "乡镇（街道）", "county": "县民政局"},
    "file_kind": {
        "application": "申请书", "id_copy": "身份证复印件", "hukou_copy": "户口簿复印件",
        "income_proof": "收入证明", "visit_photo": "入户调查照片", "signed_form": "签字表格", "other": "其他材料",
    },
    "income_unit": {"month": "元/月", "year": "元/年"},
    "poverty_cause": {"illness": "疾病", "disaster": "灾害", "disability": "残疾", "no_labour": "缺乏劳动力",
                      "unemployment": "失业", "landless": "失地", "other": "其他"},
    "self_care": {"able": "有", "partial": "部分", "unable": "无"},
    "health": {"healthy": "健康", "fair": "一般", "severe": "重病"},
    "person_status": {PersonStatus.NORMAL: "正常", PersonStatus.MISSING: "失踪", PersonStatus.DEAD: "死亡",
                      PersonStatus.MARRIED_OUT: "嫁娶", PersonStatus.IMPRISONED: "服刑", PersonStatus.SPLIT_OUT: "分户迁出"},
}

TEMPLATES: dict[str, str] = {
    "id.empty": "身份证号未填写",
    "id.scientific": "身份证号“{value}”已被 Excel 转成数字（科学计数法），后几位已丢失，无法恢复，请按原证重新录入",
    "id.format": "身份证号“{value}”格式不对：应为 18 位，前 17 位是数字，最后一位是数字或 X",
    "id.length": "身份证号“{value}”位数不对：有 {length} 位，应为 18 位",
    "id.birthdate": "身份证号“{value}”中的出生日期 {date} 不存在",
    "id.checksum": "身份证号“{value}”校验位不对（最后一位应为 {expected}），请核对是否录错",
    "id.region": "身份证号“{value}”的地区码 {region} 不存在",
    "id.converted15": "15 位旧身份证号已转换为 18 位：{value}，请提醒本人换领新证",
    "member.name_empty": "第 {row} 名成员未填姓名",
    "member.moved_in": "第 {row} 名成员已从{village}户主“{head}”的家庭（户编号 {household_id}）{status}，"
                       "保存后其成员记录转入本户",
    "member.left_by_event": "第 {row} 名成员改为“{status}”：该户正在领取低保，请用“登记家庭变故”登记，"
                            "以便从次月起重新核定保障金",
    "member.status_on": "第 {row} 名成员的状态日期“{value}”应写成 YYYY-MM-DD，例如 2027-01-31",
    "member.duplicate_id": "第 {row} 名成员的身份证号与第 {other_row} 名重复",
    "member.id_registered": "第 {row} 名成员的身份证号已登记在{village}户主“{head}”的家庭中（户编号 {household_id}）",
    "member.relation": "第 {row} 名成员与户主关系未选择",
    "member.work_capacity": "第 {row} 名成员劳动能力未选择",
    "member.self_care": "第 {row} 名成员的生活自理能力不在代码表中（有、部分、无）",
    "member.health": "第 {row} 名成员的健康状况不在代码表中（健康、一般、重病）",
    "member.person_status": "第 {row} 名成员的人员状态不在代码表中（正常、失踪、死亡、嫁娶、服刑、分户迁出）",
    "household_file.case": "案件 {id} 不是本户的案件，材料不能归入该案件",
    "household.poverty_cause": "主要致贫原因不在代码表中（疾病、灾害、残疾、缺乏劳动力、失业、失地、其他）",
    "member.disability": "第 {row} 名成员残疾等级不对",
    "member.not_covered_reason": "第 {row} 名成员不纳入保障，需填写原因",
    "member.age_capacity": "第 {row} 名成员只有 {age} 岁，却填为完全劳动能力，请核对",
    "member.age_old_capacity": "第 {row} 名成员已 {age} 岁，却填为完全劳动能力，请核对",
    "member.relation_sex": "第 {row} 名成员的身份证号是{sex}性，与户主关系却填为“{relation}”，请核对关系或身份证号",
    "member.status_on_future": "第 {row} 名成员的状态日期 {date} 晚于今天，请核对",
    "member.status_on_before_birth": "第 {row} 名成员的状态日期 {date} 早于其出生日期 {birth}，请核对",
    "member.age_employment": "第 {row} 名成员只有 {age} 岁，却填为务工、务农或灵活就业，请核对",
    "member.age_student": "第 {row} 名成员只有 {age} 岁，却填为在校学生，请核对",
    "member.age_preschool": "第 {row} 名成员已 {age} 岁，却填为学龄前，请核对",
    "supporter.paid_not_counted": "赡养（抚养、扶养）人每月给付合计 {paid} 元，家庭收入中的赡养（抚养、扶养）费只有 {counted} 元，"
                                  "请在“家庭收入”中补记（给付计入家庭收入）",
    "household.sanwu_income": "已勾选三无人员户，但家庭有收入，请核对",
    "household.sanwu_supporters": "已勾选三无人员户，但登记了赡养（抚养、扶养）人，请核对",
    "household.sanwu_able": "已勾选三无人员户，但有成员不是无劳动能力，请核对",
    "household.hukou": "请选择户籍类型（城市或农村）",
    "household.village": "请选择所在村（社区）",
    "household.no_members": "家庭至少要有一名成员",
    "household.no_head": "家庭成员中没有户主，请指定一名户主",
    "household.two_heads": "第 {rows} 名成员都被设为户主，一户只能有一名户主",
    "household.bank_account": "银行账号只能包含数字",
    "household.holder_left": "开户人{name}已不在本户（{status}），银行账户须改用在户成员的账户",
    "household.holder_minor": "开户人{name}只有 {age} 岁（未满16岁），银行可能不接受以其账户代发，请核对",
    "household.holder_not_member": "开户人（身份证号 {id_number}）不是本户成员，请重新选择开户人",
    "household.missing": "找不到编号为 {id} 的家庭",
    "household.delete_status": "该户（户主 {head}）现为“{status}”，不能删除：只有误登记、尚未申请的家庭才能删除",
    # a register's record whose household was deleted (by an older version) names it so
    "household.deleted_ref": "已删除的家庭（户主 {head}）",
    "household.delete_refs": "该户（户主 {head}）已有 {refs}，不能删除；如需停止保障请办理取消",
    "income.kind": "第 {row} 项收入的类别未选择",
    "income.member": "第 {row} 项收入所属成员不对",
    "property.kind": "第 {row} 项财产的类别未选择",
    "supporter.name_empty": "第 {row} 名赡养（抚养、扶养）人未填姓名",
    "supporter.duty": "第 {row} 名赡养（抚养、扶养）人的义务类别未选择",
    "supporter.household_size": "第 {row} 名赡养（抚养、扶养）人的家庭人口至少为 1",
    "amount.negative": "金额或数量不能为负数",
    "amount.invalid": "“{value}”不是有效的金额",
    "office.name": "请填写乡镇（街道）名称",
    "office.admin_code": "行政区划代码应为 12 位数字",
    "office.county": "请填写所属县（市、区）名称",
    "office.mode": "工作模式不对",
    "village.name": "请填写村（社区）名称",
    "village.duplicate": "村（社区）“{name}”已存在",
    "village.missing": "找不到这个村（社区），可能已被合并",
    "household.village_retired": "“{name}”已于 {on} 停用，不能再登记或转入家庭；请选择现在所在的村（社区）",
    "village.retired_already": "“{name}”已于 {on} 停用",
    "village.merge_same": "请选择另一个村（社区）作为合并后的村",
    "store.newer_schema": "数据由更新版本的 dibao-desk 创建（数据版本 {revision}），本程序无法打开，数据未作任何改动。"
                          "请安装新版 dibao-desk 后再打开",
    # opening a store of an older version upgrades it (models.store.open_store)
    "store.upgraded": "数据已升级（原数据副本：{copy}）",
    "store.upgraded_on_server": "数据已升级（服务器上的数据库，原数据请用服务器的备份保存）",
    "store.upgrade_failed": "数据升级失败，原数据未作任何改动（版本 {revision}），原数据副本：{copy}。"
                            "请暂时继续使用旧版程序，并把数据文件夹中的 dibao-desk.log 交给技术人员",
    "store.upgrade_failed_on_server": "数据升级失败，服务器上的数据库未作任何改动（版本 {revision}）。"
                                      "请暂时继续使用旧版程序，并把数据文件夹中的 dibao-desk.log 交给技术人员",
    "store.upgrade_copy_failed": "升级数据前未能保存原数据副本（{path}），数据未作任何改动、也未升级："
                                 "请检查磁盘空间和写入权限后再打开",
    # 一户一档: documents filed with a household
    "household_file.type": "“{name}”不是可以归档的文件：只能归档 PDF、JPG、PNG 格式的扫描件或照片",
    "household_file.content": "“{name}”的内容与扩展名不符，不是 PDF、JPG 或 PNG 格式的扫描件或照片（可能是改了扩展名的其他文件），"
                              "没有归档。请用扫描仪或手机重新保存后再归档",
    "household_file.too_large": "“{name}”有 {size_mb} MB，超过了 {max_mb} MB 的上限；请用较低的分辨率重新扫描，或分成几个文件",
    "household_file.empty": "“{name}”是空文件（0 字节），请重新扫描",
    "household_file.kind": "请选择材料类别",
    "household_file.pages": "页数应在 1 到 999 之间（填写的是 {pages}）",
    "household_file.unreadable": "无法读取“{name}”：文件不存在，或被其他程序占用",
    "household_file.duplicate": "“{name}”与本户已归档的“{filed_as}”内容完全相同，无需重复归档",
    "household_file.copy_failed": "“{name}”未能复制到数据文件夹（磁盘已满或无写入权限），没有归档任何内容",
    "household_file.missing": "找不到这份材料，可能已被删除",
    "store.bad_url": "数据库地址“{url}”不对，应为 postgresql://用户名@服务器[:端口]/数据库名",
    "store.password_in_url": "数据库地址“{url}”中含有密码。密码不要写在命令行上：请在提示时输入，或写入 pgpass 文件，或设置环境变量 PGPASSWORD",
    "store.password_needed": "连接数据库“{url}”需要密码：请在提示时输入，或写入 pgpass 文件，或设置环境变量 PGPASSWORD",
    "store.server_unreachable": "无法连接数据库“{url}”：{error}。请确认数据库服务已启动、地址和账号无误",
    "store.server_no_database": "无法连接数据库“{url}”：服务器上没有名为“{database}”的数据库。请检查地址中的数据库名，或先按说明建立数据库",
    "store.server_no_role": "无法连接数据库“{url}”：服务器上没有名为“{user}”的数据库用户。请检查地址中的用户名，或请管理员建立该用户",
    "store.server_refused": "无法连接数据库“{url}”：服务器拒绝连接（数据库服务没有启动，或服务器地址、端口不对）",
    "store.server_unknown_host": "无法连接数据库“{url}”：找不到服务器“{host}”。请检查服务器的名称或 IP 地址",
    "store.server_timeout": "无法连接数据库“{url}”：服务器长时间没有响应。请检查网络和服务器是否开机",
    "store.busy_retry": "其他经办人正在修改同一批数据，已重试 {tries} 次仍未成功，请稍后再试，本次未保存任何内容",
    "copy.target_not_empty": "目标数据库“{url}”已有数据（表 {table} 中有 {rows} 行），为免覆盖，只能复制到空数据库",
    "copy.source_missing": "找不到数据文件“{path}”",
    "copy.source_not_store": "文件“{path}”不是本程序的数据文件",
    "copy.source_old": "数据文件“{path}”的版本（{revision}）与本程序不一致，请先用本程序打开一次（会自动升级）再复制",
    "copy.count_mismatch": "复制后核对不符：表 {table} 原有 {source} 行，目标库有 {target} 行",
    "copy.checksum_mismatch": "复制后核对不符：表 {table} 的内容校验值不同（原 {source}，目标 {target}）",
    "copy.audit_chain": "复制后核对不符：目标数据库“{url}”中的操作记录链不连续，已撤销复制",
    "copy.target_not_server": "目标应为 PostgreSQL 数据库地址（postgresql://用户名@服务器/数据库名）",
    # what a long job is doing (``Progress.update``), shown over its bar
    "progress.done": "完成",
    "progress.read_households": "读取家庭",
    "progress.write": "写入",
}


PARAM_LABELS: dict[str, dict[str, str]] = {"member.relation_sex": {"relation": "relation"},
<<<<<<< HEAD
                                           "household.delete_refs": {"refs": "household_ref"},
                                           "household.delete_status": {"status": "status"}}
=======
                                          "household.holder_left": {"status": "person_status"}}
>>>>>>> s14-holder
