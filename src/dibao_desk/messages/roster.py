"""Words for reading files and importing rosters (花名册)."""

LABELS: dict[str, dict[str, str]] = {
    "roster_field": {
        "ignore": "（不导入）", "seq": "序号", "village": "村（社区）", "head_name": "户主姓名",
        "head_id": "户主身份证号", "name": "姓名", "id_number": "身份证号", "relation": "与户主关系",
        "persons": "家庭人口", "category": "保障类别", "benefit": "月保障金（元）",
        "bank_name": "开户银行", "bank_account": "银行账号", "hukou": "户籍类型", "address": "家庭住址",
        "phone": "联系电话", "note": "备注", "disability": "残疾等级",
        "illness": "重病（病名）", "work_capacity": "劳动能力", "covered": "保障人口",
        "income": "家庭收入（元）", "income_per_capita": "月人均收入（元）", "start": "批准（纳入）时间",
    },
    "roster_status": {"ok": "正常", "warning": "提示", "error": "错误", "skipped": "跳过"},
    "roster_line": {
        "person": "", "blank": "空行", "total": "合计/小计行", "signature": "签字、日期或说明行",
        "header": "重复的表头行", "no_person": "没有姓名和身份证号",
    },
    "roster_existing": {"update": "更新已登记的家庭", "skip": "跳过已登记的家庭"},
}

TEMPLATES: dict[str, str] = {
    # the file (shared by every workbook or package read)
    "file.missing": "找不到文件“{name}”",
    "file.not_file": "“{name}”不是文件",
    "file.empty": "文件“{name}”是空的（0 字节），无法导入",
    "file.too_large": "文件“{name}”太大（{size_mb} MB，上限 {limit_mb} MB），不像是花名册，已拒绝",
    "file.not_workbook": "文件“{name}”不是 Excel 工作簿（.xlsx 或 .xls）。如果是改了扩展名的其他文件，请用 Excel 另存为工作簿后再导入",
    "file.truncated": "文件“{name}”不完整或已损坏（可能没有复制完），请从原电脑重新复制",
    "file.unreadable": "文件“{name}”无法读取，可能已损坏，请用 Excel 打开后另存一份再导入",
    "file.encrypted": "文件“{name}”设置了打开密码，请先在 Excel 中取消密码再导入",
    "file.zip_members": "文件“{name}”内部包含 {count} 个部件（上限 {limit}），不像正常的工作簿，已拒绝",
    "file.zip_bomb": "文件“{name}”解压后异常巨大（约 {size_mb} MB），可能是恶意文件，已拒绝，没有读取其中内容",
    "file.xml_entities": "文件“{name}”含有 XML 实体声明（{member}），正常的 Excel 工作簿不会有，可能是恶意文件，已拒绝",
    "file.sheet_extent": "文件“{name}”的工作表“{sheet}”的单元格一直排到第 {rows} 行、第 {cols} 列，读入它需要的内存超出本程序的限度（{limit} 个单元格），已拒绝读取。请在 Excel 中删去表格右边或下面多余的单元格后另存，再导入",
    "file.too_many_cells": "文件“{name}”的工作表“{sheet}”有 {rows} 行 {cols} 列，超过一次能读取的上限（{limit} 个单元格）。请删去表格右边或下面多余的内容，或按村拆成几个文件分别导入",
    "file.no_sheet": "文件“{name}”中没有名为“{sheet}”的工作表",
    # the sheet
    "roster.on_server": "乡镇花名册导入只用于乡镇自己的数据文件；县级数据库请导入乡镇报送的数据包（import-package）",
    "roster.no_header": "在工作表“{sheet}”的前 {rows} 行中找不到表头（至少要有“姓名”和“身份证号”两列）",
    "roster.mapping_needs_name": "请指定哪一列是姓名（户主姓名或成员姓名）",
    "roster.mapping_needs_id": "请指定哪一列是身份证号",
    "roster.mapping_width": "列对应关系的列数（{given}）与工作表的列数（{width}）不一致",
    "roster.no_rows": "表头下面没有人员行",
    "roster.store_changed": "预览之后数据已有变动（{count} 个身份证号的登记情况变了），请重新预览后再导入",
    "roster.file_changed": "预览之后文件“{name}”已被修改，请重新预览后再导入",
    # a row
    "roster.duplicate_in_file": "与第 {other_row} 行是同一人（身份证号 {value} 重复）",
    "roster.registered": "已在系统中登记（{village}，户主“{head}”）",
    "roster.split_households": "本户成员在系统中分属不同的家庭（户主：{heads}），请先在系统中核对",
    "roster.same_household_twice": "本户成员已在系统中登记为一户，而第 {other_row} 行的家庭也要更新这一户；一户只能对应花名册中的一户",
    "roster.update_conflict": "并入系统中已登记的家庭（户主“{head}”）后不符合登记规则，见下一条原因",
    "roster.member_without_head": "成员行上面没有户主行，不知道属于哪一户",
    "roster.household_rejected": "同户第 {rows} 行有错误，整户未导入",
    "roster.name_missing": "姓名未填写",
    "roster.relation_unknown": "与户主关系“{value}”不认识，按“其他”登记",
    "roster.relation_missing": "与户主关系未填写，按“其他”登记",
    "roster.category_unknown": "保障类别“{value}”不认识（应为一类、二类、三类或 A、B、C 类），未登记类别",
    "roster.hukou_unknown": "户籍类型“{value}”不认识，按默认户籍类型登记",
    "roster.persons_invalid": "家庭人口“{value}”不是数字",
    "roster.persons_mismatch": "家庭人口填的是 {declared} 人，名单中有 {found} 人，按名单登记",
    "roster.formula_no_value": "{column} 列是没有计算结果的公式，无法读取其值（请在 Excel 中打开并保存后再导入，或改为填写数值）",
    "roster.account_number": "银行账号“{value}”已被 Excel 转成数字，后几位已丢失，无法恢复，请按存折重新录入",
    "roster.village_new": "村（社区）“{name}”尚未建立，导入时将新建",
    "roster.disability_unknown": "残疾等级“{value}”看不出是几级（应为一级至四级或“无”），未登记残疾等级",
    "roster.work_capacity_unknown": "劳动能力“{value}”不认识（应为有、部分丧失或无），未登记劳动能力",
    "roster.village_alias": "村（社区）“{given}”按“{name}”导入（同一个村的不同写法）",
    "roster.village_missing": "未填写村（社区），且本户上面没有可沿用的村名",
    "roster.covered_invalid": "保障人口“{value}”不是数字",
    "roster.covered_mismatch": "保障人口填的是 {declared} 人，名单中只有 {found} 人：按名单登记，其余成员请在家庭信息中补登",
    "roster.covered_fewer": "保障人口填的是 {declared} 人，少于名单中的 {found} 人：花名册没有写明谁不享受保障，"
                            "导入后全部按享受保障登记，本户转为需要复核，请复核时标明不享受保障的成员",
    "roster.covered_event": "花名册保障人口 {covered} 人，少于列出的 {found} 人：请标明不享受保障的成员",
    "roster.income_invalid": "收入“{value}”不是金额，未登记收入",
    "roster.start_invalid": "批准（纳入）时间“{value}”看不出是哪年哪月，未登记，本户的首次复核按导入当天计",
    "roster.start_ambiguous": "批准（纳入）时间“{value}”按 {month} 登记；Excel 把 10 月（如 2019.10）也显示成这样，请核对",
    "roster.amount_differs": "花名册中为{category} {yuan} 元/月，系统中在保为{stored_category} {stored_yuan} 元/月："
                             "导入不改保障金，确认导入后提出变更建议，按规定程序审批后才生效",
    "roster.proposal_reason": "花名册《{file}》为{category} {yuan} 元/月，与在保记录不同",
    "roster.amount_not_receiving": "该户在系统中为“{status}”，花名册中的类别、金额不导入",
    "roster.start_differs": "花名册中的纳入时间 {given} 与系统中的 {stored} 不同：未更新，请核实",
    "roster.income_differs": "花名册中的家庭月收入 {yuan} 元与系统中的 {stored_yuan} 元不同：未更新，请在复核时核实",
    "roster.members_gone": "系统中登记的 {names}（{count} 人）不在本花名册中：确认导入后按 {on} 迁出登记，本户转为需要复核",
    "roster.converted15_row": "15 位旧身份证号已转换为 18 位：{value}",
}


PARAM_LABELS: dict[str, dict[str, str]] = {
    "roster.amount_differs": {"category": "category", "stored_category": "category"},
    "roster.amount_not_receiving": {"status": "status"},
}
