"""Words for bank codes, account numbers, bank-file layouts, bank files, bank returns and the
import of the bank's list of opened accounts."""

LABELS: dict[str, dict[str, str]] = {
    "accounts_change": {"filled": "补填", "corrected": "更正", "unchanged": "无变化", "unknown": "查无此人",
                        "two_households": "两户", "error": "错误"},
    "accounts_holder": {"head": "户主", "member": "家庭成员"},
    "bank_layout_kind": {"xlsx": "Excel 表格（xlsx）", "text": "定长文本"},
    "bank_return_kind": {"xlsx": "Excel 表格", "csv": "CSV 表格", "text": "定长文本"},  # xlsx or xls
}

TEMPLATES: dict[str, str] = {
    # account numbers
    "bank_account.missing": "没有银行账号",
    "bank_account.not_digits": "银行账号“{account}”只能包含数字",
    "bank_account.luhn": "银行卡号“{account}”的校验位不对（按卡号校验规则核对不通过），可能有数字录错，请与存折或银行卡逐位核对",
    "bank_account.length": "银行账号“{account}”有 {length} 位，不像银行卡号（16～19 位）或存折账号（8～20 位）",
    "bank_account.too_long": "银行账号“{account}”有 {length} 位，超过银行代发文件账号栏的 {max} 位，不能登记（不会截断）："
                             "请向开户行索取该户的银行卡号（16～19 位，如惠民惠农一卡通）或 {max} 位以内的账号",
    "bank_account.passbook_length": "存折账号“{account}”有 {length} 位，{bank}的存折账号通常是 {usual} 位，请核对",
    # layouts
    "bank_layout.unknown": "没有名为“{name}”的银行文件格式（可用：{known}）",
    "bank_layout.unreadable": "银行文件格式文件“{file}”无法读取（可能正被其他程序打开），请关闭后再试",
    "bank_layout.syntax": "银行文件格式文件“{file}”第 {line} 行写法不对（不是正确的 JSON/TOML），请对照说明改正",
    "bank_layout.syntax_file": "银行文件格式文件“{file}”写法不对（不是正确的 JSON/TOML），请对照说明改正",
    "bank_layout.not_utf8": "银行文件格式文件“{file}”不是 UTF-8 编码的文字，请用记事本“另存为”UTF-8 后再放入",
    "bank_layout.not_object": "银行文件格式文件“{file}”的“{field}”应当是一组“键: 值”（{{…}}）",
    "bank_layout.not_list": "银行文件格式文件“{file}”的“{field}”应当是一个列表（[…]）",
    "bank_layout.not_text": "银行文件格式文件“{file}”的“{field}”应当是文字",
    "bank_layout.unknown_key": "银行文件格式文件“{file}”中有不认识的项“{field}”（可能拼错了）",
    "bank_layout.bad_value": "银行文件格式文件“{file}”的“{field}”填写有误",
    "bank_layout.name": "银行文件格式文件“{file}”的“name”（格式名称）“{value}”不可用：只能用字母、数字、下划线和减号，最多 40 个",
    "bank_layout.kind": "银行文件格式文件“{file}”的“kind”（文件种类）“{value}”不对，只能是 xlsx 或 text",
    "bank_layout.encoding": "银行文件格式文件“{file}”的“encoding”（编码）“{value}”不对，只能是 gbk、gb18030 或 utf-8",
    "bank_layout.line_ending": "银行文件格式文件“{file}”的“line_ending”（换行）“{value}”不对，只能是 crlf 或 lf",
    "bank_layout.unencodable": "银行文件格式文件“{file}”的“unencodable”只能是 refuse（编码写不出的姓名一律拒绝，不替换）",
    "bank_layout.template": "银行文件格式文件“{file}”的“{field}”中的大括号不成对：{value}",
    "bank_layout.template_field": "银行文件格式文件“{file}”的“{field}”中有不认识的占位符“{value}”（可用：{allowed}）",
    "bank_layout.no_columns": "银行文件格式文件“{file}”的“{field}”没有列出任何列",
    "bank_layout.field": "银行文件格式文件“{file}”的“{field}”（列的内容）“{value}”不对，可用：{allowed}",
    "bank_layout.width": "银行文件格式文件“{file}”的“{field}”（列宽，字节数）“{value}”不对，定长文本的每一列都要写 1～200 的整数",
    "bank_layout.align": "银行文件格式文件“{file}”的“{field}”（对齐）“{value}”不对，只能是 left 或 right",
    "bank_layout.pad": "银行文件格式文件“{file}”的“{field}”（填充字符）“{value}”不对，要写一个半角字符，如空格或 0",
    "bank_layout.amount": "银行文件格式文件“{file}”的“{field}”（金额单位）“{value}”不对，只能是 fen（分）或 yuan（元，两位小数）",
    "bank_layout.needs_field": "银行文件格式文件“{file}”的“{field}”缺少必需的列：{value}",
    "bank_layout.status_words": "银行文件格式文件“{file}”的“status_words”应写成 {{\"paid\": [\"成功\"], \"failed\": [\"失败\"]}}",
    "bank_layout.sheet": "银行文件格式文件“{file}”的“sheet”（工作表名）“{value}”不可用：1～31 个字，不能有 [ ] : * ? / \\",
    # bank files
    "bank_file.amount": "第 {line} 行（{name}）金额为 {amount} 元，银行文件只能有大于 0 的金额",
    "bank_file.no_account": "第 {line} 行（{name}）没有银行账号",
    "bank_file.unencodable": "第 {line} 行的姓名“{name}”中的“{char}”无法用 {encoding} 编码写出（生僻字）。请向银行确认该户名在银行系统中的写法并照此修改，或改用 GB18030/UTF-8 格式；银行文件没有生成",
    "bank_file.too_wide": "第 {line} 行（{name}）的“{value}”超出该列宽度 {width} 字节，银行文件没有生成（不会截断）",
    "bank_file.control_char": "第 {line} 行的 {name} 含有不可见的控制字符，请修改后再生成",
    # bank returns: the file
    "return.encoding": "文件“{name}”的编码是 {found}，不是 GBK 或 UTF-8，无法读取。请让银行提供 GBK 或 UTF-8 编码的文件",
    "return.encoding_line": "文件“{name}”第 {line} 行不是 {encoding} 编码的文字（编码不一致或文件已损坏），没有导入",
    "return.encoding_layout": "文件“{name}”是 {found} 编码，而格式“{layout}”规定为 {expected}：定长文本的列宽按编码的字节计算，编码不同不能读取，没有导入",
    "return.truncated": "文件“{name}”在第 {line} 行处不完整（可能没有复制完或被截断），请重新从银行取得文件",
    "return.after_trailer": "文件“{name}”第 {line} 行在该格式规定的尾行（第 {trailer} 行，笔数、金额）之后：所选格式没有这样的行，"
                            "可能选错了格式，或银行的格式与县里设定的不同，请与银行或县民政局核对",
    "return.header_line": "文件“{name}”第 {line} 行不是该格式规定的首行（批次、笔数、金额），可能选错了格式",
    "return.short_line": "文件“{name}”第 {line} 行只有 {width} 字节，该格式一行应有 {expected} 字节，可能选错了格式",
    "return.formula": "第 {line} 行的“{column}”是没有计算结果的公式，无法读取其值（Excel 打开时才计算）。请在 Excel 或 WPS 中打开后保存一次再导入，或请银行重新提供文件",
    "return.short_row": "文件“{name}”第 {line} 行只有 {width} 列，表头要求至少 {expected} 列：这一行不完整，没有导入",
    "return.no_header": "文件“{name}”前 {rows} 行中找不到表头（至少要有账号、金额、状态三列）",
    "return.no_header_text": "文件“{name}”前 {rows} 行中找不到表头（至少要有账号、金额、状态三列）。"
                             "如果这是银行的定长格式文本文件（没有表头），请先选定它的银行文件格式（命令行：--layout 格式名）",
    "return.csv": "文件“{name}”从第 {line} 行起无法按逗号或制表符分隔的表格读取，没有导入",
    "return.csv_quote": "文件“{name}”第 {line} 行有一个双引号（\"）没有配对，后面的内容都被当成了同一格，没有导入。"
                        "请在记事本或 Excel 中改正这一行，或请银行重新提供文件",
    "return.not_text": "文件“{name}”不是银行回盘文件（应为 Excel 表格、逗号分隔的 CSV 或定长文本），可能选错了文件，没有导入",
    "return.empty": "文件“{name}”中没有任何回盘明细",
    "return.count_differs": "文件“{name}”的合计行写明 {declared} 笔，实际读到 {read} 笔：文件不完整，没有导入",
    "return.total_differs": "文件“{name}”的合计行写明 {declared} 元，明细合计为 {read} 元：文件不完整或被改动，没有导入",
    # bank returns: one line
    "return.account_number": "第 {line} 行的账号被存成了数字（{value}），后几位已经丢失。请让银行以文本格式提供账号",
    "return.account_format": "第 {line} 行的账号“{value}”不是数字",
    "return.amount_format": "第 {line} 行（账号 {account}）的金额“{value}”无法识别",
    "return.status_unknown": "第 {line} 行（账号 {account}）的处理结果“{value}”无法识别为成功或失败",
    "return.flag_unknown": "第 {line} 行（账号 {account}）的“{column}”为“{value}”，无法确定是成功还是失败：成功标志只认"
                           "是/否、Y/N、1/0、成功/失败。银行用其他代码的（如 0000 表示成功），请在它的银行文件格式中"
                           "用 status_words 写明哪些代码表示成功、哪些表示失败，再选用这个格式读取",
    "return.same_file": "文件“{name}”与 {on} 为 {period} {kind}造册导入的回盘文件“{first}”内容完全相同，可能是那一期的回盘又被选中，"
                        "没有导入；请核对是否选对了文件",
    "return.other_roster": "第 {line} 行（{name}，账号 {account}）的业务编号“{reference}”不属于本期造册（{batch}），可能是另一期的回盘文件",
    "return.other_batch": "文件“{name}”首行的批次“{found}”不是本期造册的批次（{batch}），可能是另一期或另一份造册的回盘文件，没有导入",
    "return.unknown_reference": "第 {line} 行（{name}，账号 {account}）的业务编号“{reference}”在本期造册中找不到",
    "return.account_differs": "第 {line} 行（{name}）的账号 {account} 与造册中该笔的账号 {expected} 不同",
    "return.unknown_account": "第 {line} 行（{name}）的账号 {account} 不在本期造册中",
    "return.two_households": "第 {line} 行（{name}）的账号 {account} 在本期造册中属于 {households} 户，回盘没有业务编号，无法确定是哪一户",
    "return.twice": "第 {line} 行（{name}，账号 {account}）与第 {first} 行回答的是同一笔，重复",
    "return.amount_differs": "第 {line} 行（{name}，账号 {account}）金额 {amount} 元，造册中为 {expected} 元",
    "return.name_differs": "第 {line} 行账号 {account} 的户名“{name}”与造册中的“{expected}”不同",
    # the bank's list of opened accounts
    "accounts_import.no_header": "在工作表“{sheet}”的前 {rows} 行中找不到表头（至少要有身份证号和账号两列）",
    "accounts_import.id": "第 {row} 行：身份证号“{value}”不正确",
    "accounts_import.id_number_cell": "第 {row} 行：身份证号“{value}”已被 Excel 转成数字（科学计数法），后几位已丢失，无法恢复。"
                                      "请把这一列设为“文本”，按原证重新录入后再导入",
    "accounts_import.account_number_cell": "第 {row} 行：银行账号“{value}”已被 Excel 转成数字（科学计数法），后几位已丢失，无法恢复。"
                                           "请让银行重新提供名单，或把这一列设为“文本”后按原账号重新录入",
    "accounts_import.formula": "第 {row} 行的“{column}”是没有计算结果的公式，无法读取其值。请在 Excel 或 WPS 中打开后保存一次，或改为填写数值，再导入",
    "accounts_import.two_households": "第 {row} 行（{name}）：账号 {account} 同时属于另一户（{other}），一个账号不能给两户",
    "accounts_import.twice": "第 {row} 行（{name}）：与第 {first} 行是同一户，但账号不同",
    "accounts_import.repeated": "第 {row} 行（{name}）：与第 {first} 行相同（同一户、同一账号），只计一次",
    "accounts_import.name_differs": "第 {row} 行：姓名“{name}”与登记的“{expected}”不一致，请核对",
    "accounts_import.holder_id": "第 {row} 行：开户人身份证号“{value}”不正确",
    "accounts_import.holder_not_member": "第 {row} 行：开户人（身份证号 {value}）不是该户成员，请核对",
    "accounts_import.holder_unknown": "第 {row} 行：该户没有名叫“{name}”的成员，无法确定开户人",
    "accounts_import.holder_ambiguous": "第 {row} 行：该户有几名成员叫“{name}”，请填写开户人身份证号",
    "accounts_import.holder_name_differs": "第 {row} 行：开户人姓名“{name}”与登记的“{expected}”不一致，请核对",
    "accounts_import.holder_minor": "第 {row} 行：开户人{name}只有 {age} 岁（未满16岁），银行可能不接受以其账户代发，请核对",
    "accounts_import.holder_left": "第 {row} 行：开户人{name}已不在本户（{status}），审核造册时将被拒绝，请核对",
    "accounts_import.unknown_bank": "第 {row} 行（{name}）：开户行“{bank}”不在银行名单中，按原文保存",
    "accounts_import.has_errors": "银行开户名单中有 {count} 行错误，请改正后再导入（全部不导入）",
    "accounts_import.stale": "预览之后数据有变动（{name}），请重新预览",
}

TEMPLATES.update({
    "bank.not_signed": "{period} 的造册尚未经主管领导审核（现为“{status}”），不能生成银行文件或导入回盘",
    "bank.nothing_to_pay": "{period} 的造册没有需要银行发放的款项",
    "bank.confirm_nothing": "{period} 的造册没有尚未回盘的转账：银行已回答每一笔",
    "bank.confirm_future": "确认日期 {on} 晚于今天，请核对",
    "bank.confirm_before_signed": "确认日期 {on} 早于造册审核日期 {signed}，请核对",
    "bank.account": "第 {line} 笔（造册第 {position} 行，{name}）：账号 {account} 不能用于代发（{detail}），请先更正该户的账号并重新造册",
    "payroll.unpayable": "{period} 的造册中有 {households} 户的银行账号不能代发（{names}），不能审核：请先更正这些户的账号，重新造册后再审核",
    "bank.left_out": "{households} 户（{names}）的账号不能代发，共 {amount} 元未写入银行文件，已记为发放失败（账号缺失/无效）；更正这些户的账号后，由补发造册发放",
    "payroll.holder_gone": "{period} 的造册中有 {households} 户（户主 {names}）的开户人（{holders}）已不在本户，不能审核："
                           "银行不能再向其账户代发。请在家庭登记表中重新选择开户人并更正银行账号，重新造册后再审核",
    "payroll.account_warning": "有 {households} 户的银行账号校验不通过（{names}）：审核照常进行，但生成银行文件时这些转账不写入、记为发放失败。请在报送银行前核对这些户的账号，有误的更正后由补发造册发放",
    "payroll.account_warning_line": "造册第 {line} 笔（第 {position} 行，{name}）：账号 {account} 不能用于代发（{detail}）",
    "bank.left_out_line": "造册第 {position} 行 {name}：账号 {account} 不能用于代发（{detail}），未写入银行文件",
    "bank.all_left_out": "{period} 的造册中 {households} 户的账号都不能代发，没有生成银行文件；这些转账已记为发放失败（账号缺失/无效），更正账号后由补发造册发放",
    "bank.no_bank_code": "第 {line} 笔（{name}）的开户银行“{bank}”不在银行名单中，行别代码为空",
    "bank.answered": "第 {line} 行（{name}，账号 {account}）：本笔此前的回盘为“{before}”，这次为“{after}”，前后不一致",
})
PARAM_LABELS = {"accounts_import.holder_left": {"status": "person_status"},
                "bank.account": {"detail": "bank_account_problem"},
                "bank.left_out_line": {"detail": "bank_account_problem"},
                "payroll.account_warning_line": {"detail": "bank_account_problem"},
                "bank.answered": {"before": "bank_status", "after": "bank_status"},
                "bank.not_signed": {"status": "payroll_status"},
                "return.same_file": {"kind": "payroll_kind"}}
LABELS["bank_account_problem"] = {
    "bank_account.missing": "没有账号", "bank_account.not_digits": "含有非数字", "bank_account.luhn": "卡号校验位不对",
    "bank_account.length": "位数不对", "bank_account.passbook_length": "存折账号位数少见",
    "bank_account.too_long": "超过 20 位"}
