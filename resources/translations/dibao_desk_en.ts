<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>申请低保 — 申请受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{village}&#x3000;户主 {head}&#x3000;{persons} 人（{hukou}户籍）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：因病致贫、无劳动能力、家庭收入低</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人已在家庭收入、财产申报书上签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人已签署家庭经济状况核对授权书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请理由</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>请在左侧选择一件案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予通过…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}&#x3000;{village}&#x3000;户主 {head}&#x3000;（案件 {id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理日期 {d}&#x3000;状态：{s}&#x3000;保障人数 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事由：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更前：{b}&#x3000;变更后：{a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在保：{c}，月保障金 {m} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未通过理由：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>张贴{0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}：登记或处理异议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束{0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记县局审批结果…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理：{0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 元/月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>步骤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 至 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调查人、申请人均已签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}，{att}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异议：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异议 {n} 件，未处理 {o} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入户抽查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未抽查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拟定{c}，{m} 元/月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自 {m} 起停发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自 {m} 起，{c}，{a} 元/月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此前的记录（已退回重新调查）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>按步骤</source>
        <translation>By step</translation>
    </message>
    <message>
        <source>全部办理中</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>共 {n} 件</source>
        <translation>{n} cases</translation>
    </message>
</context>
<context>
    <name>ChangeCaseDialog</name>
    <message>
        <source>变更或取消低保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{village}&#x3000;户主 {head}&#x3000;现为{category}，月保障金 {amount} 元，保障 {n} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更（类别、金额、人员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消低保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：复核发现家庭收入增加；户主去世；迁出本乡镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更后类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更后月保障金（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理后经乡镇审核、公示、县局审批后生效。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountyDecisionDialog</name>
    <message>
        <source>县民政局审批</source>
        <translation>County approval</translation>
    </message>
    <message>
        <source>县民政局</source>
        <translation>County civil-affairs bureau</translation>
    </message>
    <message>
        <source>批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予批准时必填；批准时可填批复文号等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该户在县局入户抽查样本中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批结果</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>理由 / 批复</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountyRosterModel</name>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township (street)</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>户编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>户主姓名</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>户主身份证号</source>
        <translation>Head&apos;s ID number</translation>
    </message>
    <message>
        <source>保障人口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保障类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>月保障金（元）</source>
        <translation>Monthly benefit (yuan)</translation>
    </message>
</context>
<context>
    <name>CountyView</name>
    <message>
        <source>全部乡镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 户，保障 {1} 人，月保障金 {2} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待审批 {0} 件，其中尚未抽样 {1} 件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入户抽查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township (street)</translation>
    </message>
    <message>
        <source>花名册期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保障人口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月保障金（元）</source>
        <translation>Monthly benefit (yuan)</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>已审批</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>月人均收入（元）</source>
        <translation>Income/person (yuan)</translation>
    </message>
    <message>
        <source>拟定月保障金（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抽中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未抽中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未抽样</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>审批结果</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证据摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示已审批的案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抽取入户抽查样本…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批准所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不批准所选…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各乡镇上报的待审批案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各乡镇花名册合计（最近一次上报）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待审批案件</source>
        <translation>Cases for approval</translation>
    </message>
    <message>
        <source>合并花名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核对预警…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为花名册上的家庭录入核对预警，并导出下发乡镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>乡镇（街道）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从尚未抽样的待审批案件中抽取的比例（%，不低于政策规定的 {0}%）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能抽样</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抽样完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 件中抽取 {1} 件入户抽查（比例 {2}%，随机种子 {3}，已记录，可复核）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择</source>
        <translation>Select first</translation>
    </message>
    <message>
        <source>请先在列表中选择案件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不批准的理由：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部分案件未审批</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountyWarningDialog</name>
    <message>
        <source>核对预警（下发乡镇）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户主身份证号（须在该乡镇最近上报的花名册上）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比对发现了什么，如：名下存款 12 万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township (street)</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>预警类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比对日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复截止日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预警编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>答复截止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出待下发预警…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>该乡镇待下发的预警 {0} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有乡镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先导入乡镇上报的花名册。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出核对预警数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出第 {0} 号核对预警数据包：{1} 条。
文件已读回核对无误：{2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossCheckWarningsDialog</name>
    <message>
        <source>核对预警</source>
        <translation>Cross-check warning</translation>
    </message>
    <message>
        <source>答复截止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只看待答复的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭须在截止日期前提供反证；逾期未答复的视为退出，可按规定办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已提供反证…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核实属实…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期视为退出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>请先选择</source>
        <translation>Select first</translation>
    </message>
    <message>
        <source>请先在列表中选择一条预警。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明（反证材料、核实情况等）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未登记</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemocraticReviewDialog</name>
    <message>
        <source>民主评议</source>
        <translation>Democratic review</translation>
    </message>
    <message>
        <source>如：东风村村民委员会会议室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：村民代表 11 人、驻村干部 1 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逐项评议：对某一项提出有理由的异议，在“异议理由”中写明，该项即不通过（不是表决）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异议理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评议通过</source>
        <translation>Passed review</translation>
    </message>
    <message>
        <source>退回重新入户调查</source>
        <translation>Sent back for a new home visit</translation>
    </message>
    <message>
        <source>不予通过</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>不予通过的理由（不填则以各项异议为理由）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评议结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 项有异议，不能评议通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 项，均无异议</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>yyyy年M月</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>计算月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>请选择一户。</source>
        <translation>Select a household.</translation>
    </message>
    <message>
        <source>符合低保条件</source>
        <translation>Eligible for dibao</translation>
    </message>
    <message>
        <source>不符合低保条件</source>
        <translation>Not eligible for dibao</translation>
    </message>
    <message>
        <source>{0}，每月保障金 {1} 元</source>
        <translation>{0}, monthly benefit {1} yuan</translation>
    </message>
    <message>
        <source>现登记发放 {0} 元/月，与按标准计算的结果不同。</source>
        <translation>Recorded payment {0} yuan/month differs from the amount computed by the standard.</translation>
    </message>
    <message>
        <source>已登记为{0}；按家庭情况建议为{1}。</source>
        <translation>Recorded as {0}; the household situation suggests {1}.</translation>
    </message>
    <message>
        <source>认定条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>保障金计算</source>
        <translation>Benefit calculation</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>U 盘 / 移动盘：{0}（{1}，可用 {2} GB）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次使用的文件夹：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份如 2026-11，季度如 2026Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新导出上一个数据包（顺序号不变，用于 U 盘丢失或损坏）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件先写入临时文件，读回核对无误后才会出现在目标文件夹中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下发给</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他文件夹…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择保存的文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择保存的文件夹并填写文件名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件已存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 已存在，要替换它吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出第 {0} 号{1}数据包：{2}。
文件已读回核对无误：{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入文件：{0}。请检查 U 盘是否插好、是否写保护、空间是否足够。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出失败，未生成文件。详细原因已记入日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出未完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>欢迎使用低保经办</source>
        <translation>Welcome to dibao-desk</translation>
    </message>
    <message>
        <source>例如：德安镇</source>
        <translation>e.g. De&apos;an Town</translation>
    </message>
    <message>
        <source>12 位统计用区划代码</source>
        <translation>12-digit statistical division code</translation>
    </message>
    <message>
        <source>例如：德安县</source>
        <translation>e.g. De&apos;an County</translation>
    </message>
    <message>
        <source>每行一个村（社区），例如：
东风村
向阳社区</source>
        <translation>One village (community) per line, e.g.:
Dongfeng Village
Xiangyang Community</translation>
    </message>
    <message>
        <source>乡镇（街道）名称</source>
        <translation>Township (street) name</translation>
    </message>
    <message>
        <source>行政区划代码</source>
        <translation>Administrative division code</translation>
    </message>
    <message>
        <source>所属县（市、区）</source>
        <translation>County (city, district)</translation>
    </message>
    <message>
        <source>投诉举报电话</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <source>意见箱位置</source>
        <translation>Complaint box location</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>先打开一个演示乡镇看看</source>
        <translation>Open a demo township first</translation>
    </message>
    <message>
        <source>开始使用</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>第一次使用，请填写本单位信息（以后可在“设置”中修改）。</source>
        <translation>First start: enter this office&apos;s details (you can change them later in Settings).</translation>
    </message>
    <message>
        <source>或者：</source>
        <translation>Or:</translation>
    </message>
    <message>
        <source>请补全信息</source>
        <translation>Please complete the details</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>无法生成演示数据</source>
        <translation>Cannot create demo data</translation>
    </message>
    <message>
        <source>正在生成演示乡镇…</source>
        <translation>Creating a demo township…</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>待遇批准</source>
        <translation>Benefit granted</translation>
    </message>
    <message>
        <source>变更待遇</source>
        <translation>Benefit changed</translation>
    </message>
    <message>
        <source>停发待遇</source>
        <translation>Benefit stopped</translation>
    </message>
    <message>
        <source>yyyy年M月</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>停发月份（自该月起）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>起始月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保障类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>月保障金（元）</source>
        <translation>Monthly benefit (yuan)</translation>
    </message>
    <message>
        <source>按保障金测算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按乡镇审核拟定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按该户现有待遇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无测算，请填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按保障金测算，该户目前不符合低保条件，请核实后再办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保障金测算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>HomeVisitDialog</name>
    <message>
        <source>调查核实（入户调查）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两名调查人，如：李明、赵华</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员、收入、财产、居住、劳动能力等调查情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调查人已在调查表上签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人已签字确认调查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调查情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <source>新增家庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改家庭信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签字同意公示家庭及赡养人收入（详细公示）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>户籍类型</source>
        <translation>Hukou type</translation>
    </message>
    <message>
        <source>家庭住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>开户银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>银行账号</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>就业成本扣减（元/月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>18 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>残疾等级</source>
        <translation>Disability grade</translation>
    </message>
    <message>
        <source>重病</source>
        <translation>Serious illness</translation>
    </message>
    <message>
        <source>劳动能力</source>
        <translation>Work capacity</translation>
    </message>
    <message>
        <source>就业状况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纳入保障</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不纳入原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收入类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收入人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月收入（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>财产类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>价值（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>面积（㎡）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房产填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>义务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭人口</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>家庭月收入（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月给付（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>添加成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭财产</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加财产</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>赡养（抚养、扶养）人</source>
        <translation>Supporters</translation>
    </message>
    <message>
        <source>添加赡养人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>家庭基本情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需要更正的问题：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{0}人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭月收入 {0} 元，扣减 {1} 元，计算收入 {2} 元；家庭人口 {3} 人（保障 {4} 人）；月人均收入 {5} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>尚未保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写的内容还没有保存，确定要放弃吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdList</name>
    <message>
        <source>搜索：户主或成员姓名、拼音首字母（如 zs）、身份证号</source>
        <translation>Search: name of head or member, pinyin initials (e.g. zs), ID number</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部村（社区）</source>
        <translation>All villages (communities)</translation>
    </message>
    <message>
        <source>共 {0} 户</source>
        <translation>{0} households</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>户编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>户主姓名</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>户主身份证号</source>
        <translation>Head&apos;s ID number</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>户籍</source>
        <translation>Hukou</translation>
    </message>
    <message>
        <source>家庭人口</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>保障人数</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>月人均收入（元）</source>
        <translation>Income/person (yuan)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>月保障金（元）</source>
        <translation>Monthly benefit (yuan)</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>导入数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择县民政局下发（或乡镇上报）的数据包文件（.xlsx）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>确认导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>文件：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}（{1}）的{2}数据包，第 {3} 号，期间 {4}，生成于 {5}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已拒绝，不能导入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核对无误。导入后将接受 {0} 行，拒绝 {1} 行（原因见下表）；回执将保存在数据包旁边。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入：接受 {0} 行，拒绝 {1} 行。
回执已保存：{2}
请将回执带回交给对方。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消，未导入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读写文件：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理失败，未导入任何数据。详细原因已记入日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未导入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>默认为简体中文。更改后，下次启动程序时生效。</source>
        <translation>Simplified Chinese by default. A change takes effect the next time the program starts.</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>已保存。请关闭程序后重新打开，界面将显示为“{0}”。</source>
        <translation>Saved. Close and reopen the program to see it in “{0}”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>家庭(&amp;H)</source>
        <translation>&amp;Households</translation>
    </message>
    <message>
        <source>审批(&amp;A)</source>
        <translation>&amp;Applications</translation>
    </message>
    <message>
        <source>复核(&amp;R)</source>
        <translation>&amp;Reviews</translation>
    </message>
    <message>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>数据交换(&amp;E)</source>
        <translation>&amp;Exchange</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>He&amp;lp</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>低保经办 — {0}</source>
        <translation>dibao-desk — {0}</translation>
    </message>
    <message>
        <source>低保经办</source>
        <translation>dibao-desk</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>导出数据包(&amp;E)…</source>
        <translation>&amp;Export package…</translation>
    </message>
    <message>
        <source>导入数据包(&amp;D)…</source>
        <translation>Import pac&amp;kage…</translation>
    </message>
    <message>
        <source>核对预警(&amp;W)…</source>
        <translation>Cross-check &amp;warnings…</translation>
    </message>
    <message>
        <source>县级审批与汇总</source>
        <translation>County approval and totals</translation>
    </message>
    <message>
        <source>抽取入户抽查样本(&amp;S)…</source>
        <translation>Draw home-visit &amp;sample…</translation>
    </message>
    <message>
        <source>核对预警（下发乡镇）(&amp;W)…</source>
        <translation>Cross-check &amp;warnings (to townships)…</translation>
    </message>
    <message>
        <source>家庭名册</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>新增家庭(&amp;N)…</source>
        <translation>&amp;New household…</translation>
    </message>
    <message>
        <source>修改所选家庭(&amp;E)…</source>
        <translation>&amp;Edit selected household…</translation>
    </message>
    <message>
        <source>删除所选家庭(&amp;D)</source>
        <translation>&amp;Delete selected household</translation>
    </message>
    <message>
        <source>修改家庭信息…</source>
        <translation>Edit household…</translation>
    </message>
    <message>
        <source>请先选择</source>
        <translation>Select first</translation>
    </message>
    <message>
        <source>请先在家庭名册中选择一户。</source>
        <translation>First select a household in the list.</translation>
    </message>
    <message>
        <source>删除家庭</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <source>确定删除该户的登记信息吗？此操作会记入操作记录。</source>
        <translation>Delete this household&apos;s registration? The deletion is recorded in the audit log.</translation>
    </message>
    <message>
        <source>不能删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>打印公示表(&amp;N)…</source>
        <translation>Public &amp;notice…</translation>
    </message>
    <message>
        <source>本户表格（在家庭列表中选中一户）(&amp;F)</source>
        <translation>Household &amp;forms (select a household in the list)</translation>
    </message>
    <message>
        <source>打印低保户挂牌(&amp;P)…</source>
        <translation>Door &amp;placard…</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>请先在家庭列表中选中一户。</source>
        <translation>First select a household in the list.</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>生成表格</source>
        <translation>Making the form</translation>
    </message>
    <message>
        <source>申请审批</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>申请审批(&amp;V)</source>
        <translation>Applications (&amp;V)</translation>
    </message>
    <message>
        <source>为所选家庭申请低保(&amp;A)…</source>
        <translation>&amp;Apply for dibao for the selected household…</translation>
    </message>
    <message>
        <source>为所选家庭办理变更或取消(&amp;C)…</source>
        <translation>&amp;Change or cancel for the selected household…</translation>
    </message>
    <message>
        <source>办理所选案件的下一步(&amp;N)…</source>
        <translation>&amp;Next step of the selected case…</translation>
    </message>
    <message>
        <source>所选案件不予通过(&amp;R)…</source>
        <translation>&amp;Refuse the selected case…</translation>
    </message>
    <message>
        <source>按村张贴或结束公示(&amp;B)…</source>
        <translation>Post or end notices &amp;by village…</translation>
    </message>
    <message>
        <source>申请低保…</source>
        <translation>Apply for dibao…</translation>
    </message>
    <message>
        <source>变更或取消低保…</source>
        <translation>Change or cancel dibao…</translation>
    </message>
    <message>
        <source>不能申请</source>
        <translation>Cannot apply</translation>
    </message>
    <message>
        <source>不能办理</source>
        <translation>Cannot proceed</translation>
    </message>
    <message>
        <source>请先在家庭名册中选择要申请低保的家庭。</source>
        <translation>First select the applying household in the list.</translation>
    </message>
    <message>
        <source>请先在家庭名册中选择要变更或取消的在保家庭。</source>
        <translation>First select the receiving household to change or cancel.</translation>
    </message>
    <message>
        <source>请先在申请审批中选择一件办理中的案件。</source>
        <translation>First select an open case under Applications.</translation>
    </message>
    <message>
        <source>复核</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>本月应复核(&amp;M)</source>
        <translation>Due this &amp;month</translation>
    </message>
    <message>
        <source>下月应复核(&amp;N)</source>
        <translation>Due &amp;next month</translation>
    </message>
    <message>
        <source>已逾期(&amp;O)</source>
        <translation>&amp;Overdue</translation>
    </message>
    <message>
        <source>记录所选家庭的复核(&amp;R)…</source>
        <translation>&amp;Record a review of the selected household…</translation>
    </message>
    <message>
        <source>导出本页名单(&amp;E)…</source>
        <translation>&amp;Export this list…</translation>
    </message>
    <message>
        <source>打印本页名单(&amp;T)…</source>
        <translation>Prin&amp;t this list…</translation>
    </message>
    <message>
        <source>季度复核计划(&amp;P)…</source>
        <translation>Quarterly review &amp;plan…</translation>
    </message>
    <message>
        <source>就业渐退与复核统计(&amp;S)…</source>
        <translation>Gradual exit and review &amp;statistics…</translation>
    </message>
    <message>
        <source>所选家庭登记稳定就业（渐退）(&amp;W)…</source>
        <translation>Record stable &amp;work (gradual exit)…</translation>
    </message>
    <message>
        <source>所选家庭登记拒绝就业(&amp;J)…</source>
        <translation>Record refused &amp;job offer…</translation>
    </message>
    <message>
        <source>重新计算下次复核日期(&amp;C)</source>
        <translation>Re&amp;compute next review dates</translation>
    </message>
    <message>
        <source>记录复核…</source>
        <translation>Record review…</translation>
    </message>
    <message>
        <source>登记稳定就业（渐退）…</source>
        <translation>Record stable work (gradual exit)…</translation>
    </message>
    <message>
        <source>登记拒绝就业…</source>
        <translation>Record refused job offer…</translation>
    </message>
    <message>
        <source>复核周期</source>
        <translation>Review intervals</translation>
    </message>
    <message>
        <source>复核周期(&amp;R)…</source>
        <translation>Review inte&amp;rvals…</translation>
    </message>
    <message>
        <source>请先在复核名单中选定一户。</source>
        <translation>First select a household in the review list.</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>导出复核名单</source>
        <translation>Export review list</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>无法写入文件 {0}：{1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message>
        <source>已导出 {0} 户到 {1}</source>
        <translation>Exported {0} households to {1}</translation>
    </message>
    <message>
        <source>已重新计算 {0} 户的下次复核日期</source>
        <translation>Recomputed the next review date of {0} households</translation>
    </message>
    <message>
        <source>无法计算</source>
        <translation>Cannot compute</translation>
    </message>
    <message>
        <source>计算时出错，没有改动任何数据。详情已记入日志。</source>
        <translation>The computation failed; nothing was changed. The details are in the log.</translation>
    </message>
    <message>
        <source>正在计算下次复核日期…</source>
        <translation>Computing next review dates…</translation>
    </message>
    <message>
        <source>导入花名册(&amp;I)…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <source>从原来用 Excel 记录的低保花名册导入家庭</source>
        <translation>Bring in households from an existing Excel roster</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>重新计算在保家庭保障金(&amp;R)…</source>
        <translation>&amp;Recompute benefits of receiving households…</translation>
    </message>
    <message>
        <source>重新计算保障金</source>
        <translation>Recompute benefits</translation>
    </message>
    <message>
        <source>新标准自 {0} 起执行，本月（{1}年{2}月）的保障金应按它计算。现在重新计算所有在保家庭的保障金吗？</source>
        <translation>The new standard applies from {0}, so this month&apos;s benefits ({1}-{2}) follow it. Recompute the benefits of all receiving households now?</translation>
    </message>
    <message>
        <source>{0}年{1}月，按 {2} 起执行的政策标准计算。</source>
        <translation>{0}-{1}, computed with the policy in force from {2}.</translation>
    </message>
    <message>
        <source>注意：这是随程序提供的示例标准，请在“设置”中换成本县公布的标准。</source>
        <translation>Note: this is the example standard shipped with the program; replace it in Settings with the one your county published.</translation>
    </message>
    <message>
        <source>在保 {0} 户 {1} 人，月保障金合计 {2} 元，人均 {3} 元；有变化的 {4} 户。</source>
        <translation>{0} households, {1} persons receiving; monthly total {2} yuan, {3} yuan per person; {4} households changed.</translation>
    </message>
    <message>
        <source>  {0}：{1} 户 {2} 人，{3} 元</source>
        <translation>  {0}: {1} households, {2} persons, {3} yuan</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>{0} 户按现有登记已不符合低保条件（保障金计为 0），请安排复核或办理取消。</source>
        <translation>{0} households are no longer eligible as registered (benefit 0); schedule a review or cancel.</translation>
    </message>
    <message>
        <source>按哪个月执行的政策标准计算（年-月）：</source>
        <translation>Compute with the policy in force in month (year-month):</translation>
    </message>
    <message>
        <source>月份不对</source>
        <translation>Wrong month</translation>
    </message>
    <message>
        <source>请按“2026-11”的样子填写年和月。</source>
        <translation>Enter year and month like “2026-11”.</translation>
    </message>
    <message>
        <source>保障金已重新计算</source>
        <translation>Benefits recomputed</translation>
    </message>
    <message>
        <source>正在重新计算保障金…</source>
        <translation>Recomputing benefits…</translation>
    </message>
</context>
<context>
    <name>NoticeBatchDialog</name>
    <message>
        <source>按村张贴或结束公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一次办理一个村（社区）公示栏上的整张名单。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部村（社区）</source>
        <translation>All villages (communities)</translation>
    </message>
    <message>
        <source>张贴公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束公示（期满且异议已处理）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待张贴 {n} 户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可结束 {n} 户；公示期未满 {r} 户；异议未处理完 {o} 户（不在此次办理之列）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>张贴日期</source>
        <translation>Posted on</translation>
    </message>
    <message>
        <source>张贴人</source>
        <translation>Posted by</translation>
    </message>
    <message>
        <source>公示期 {days} 天，期满后方可进入下一步。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>张贴公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示期：{start} 至 {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示期间收到的异议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核查结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核查和答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异议内容（如：反映其子女在外务工收入较高）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记异议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新异议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核查情况及答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理所选异议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>结束公示，进入下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;（公示期未满，{end} 起可结束公示）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在表中选择要处理的异议</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeCheckDialog</name>
    <message>
        <source>经办机构审查</source>
        <translation>Office check</translation>
    </message>
    <message>
        <source>审查意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>材料齐全、程序合规等审查意见；不予通过请在案件页点“不予通过”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>乡镇（街道）名称</source>
        <translation>Township (street) name</translation>
    </message>
    <message>
        <source>行政区划代码</source>
        <translation>Administrative division code</translation>
    </message>
    <message>
        <source>所属县（市、区）</source>
        <translation>County (city, district)</translation>
    </message>
    <message>
        <source>投诉举报电话</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <source>意见箱位置</source>
        <translation>Complaint box location</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>单位类别</source>
        <translation>Office kind</translation>
    </message>
    <message>
        <source>保存本单位信息</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>执行至</source>
        <translation>In force until</translation>
    </message>
    <message>
        <source>城市标准（元）</source>
        <translation>Urban standard (yuan)</translation>
    </message>
    <message>
        <source>农村标准（元）</source>
        <translation>Rural standard (yuan)</translation>
    </message>
    <message>
        <source>施保办法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>公示天数</source>
        <translation>Notice days</translation>
    </message>
    <message>
        <source>县级抽查</source>
        <translation>County check</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>依据、说明</source>
        <translation>Basis, note</translation>
    </message>
    <message>
        <source>新增一套标准…</source>
        <translation>Add a policy set…</translation>
    </message>
    <message>
        <source>各套政策标准按生效日期排列。新标准只能新增，不能改动旧标准；每月保障金按该月1日执行的标准计算。</source>
        <translation>Policy sets by effective date. A new standard is added, never an old one changed; each month&apos;s benefit follows the set in force on the 1st.</translation>
    </message>
    <message>
        <source>现行</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>待生效</source>
        <translation>Future</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>已被同日更正</source>
        <translation>Corrected the same day</translation>
    </message>
    <message>
        <source>现行标准是随程序提供的示例，请按县民政局公布的标准新增一套。</source>
        <translation>The standard in force is the example shipped with the program; add the one your county civil-affairs bureau published.</translation>
    </message>
    <message>
        <source>{0} 起执行</source>
        <translation>In force from {0}</translation>
    </message>
    <message>
        <source>（至 {0}）</source>
        <translation> (until {0})</translation>
    </message>
    <message>
        <source>录入：{0} {1}</source>
        <translation>Entered: {0} {1}</translation>
    </message>
</context>
<context>
    <name>PolicySetDialog</name>
    <message>
        <source>保障标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>施保办法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>分类加发（施保办法为“补差加分类加发”时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭财产限额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收入扣减</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增一套政策标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：县民政局2026年第5号文件，农村标准提高到每人每月480元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>依据、说明</source>
        <translation>Basis, note</translation>
    </message>
    <message>
        <source>保存为新的一套标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>从生效日期起，保障金按这套标准计算；以前的各套标准保留不变，以前月份的保障金仍按当时的标准计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”填的“{1}”不是数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名 / 乡镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将发生的变化或拒绝原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接受</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintNoticeDialog</name>
    <message>
        <source>打印公示表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全乡镇（所有村、社区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>横向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详细公示：列出家庭及赡养人收入（只含已签署同意书的家庭）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>纸张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>生成 PDF 并用系统的 PDF 阅读器打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成 PDF 并送往系统默认打印机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存公示表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成公示表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已生成：{title}，共 {households} 户，{pages} 页。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法直接送往打印机，已用 PDF 阅读器打开，请在其中打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入文件：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成失败：{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordReviewDialog</name>
    <message>
        <source>记录复核 — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入户复核的工作人员，多人用顿号分开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭人口、收入、财产有无变化；成员、收入、财产的改动请在家庭登记表中修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入户复核人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改家庭成员、收入、财产…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更或取消的理由，如：家庭成员务工收入增加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更后类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更后月保障金（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;{2}人&#x3000;{3}&#x3000;月保障金 {4} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未定类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应复核日期 {0}（{1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须经公示（转入审批程序）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自复核后第 {0} 个月起执行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自复核当月起执行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自复核后第 {0} 个月起停发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自复核当月起停发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核已记录。{0}须经公示，已转入审批程序（案件编号 {1}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核已记录：{0}，自 {1} 年 {2} 月起执行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核已记录：保留。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>登记拒绝就业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>介绍的工作：单位、岗位、工资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>已登记的拒绝就业：{0}
按现行规定，拒绝 {1} 次：{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>介绍的工作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已登记第 {0} 次拒绝就业（达到 {1} 次将按规定处理）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记第 {0} 次拒绝就业：{1}，自 {2} 年 {3} 月起执行。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>不予通过 — {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予通过的理由（将告知申请人）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPlanDialog</name>
    <message>
        <source>季度复核计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {0} 季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部村（社区）</source>
        <translation>All villages (communities)</translation>
    </message>
    <message>
        <source>节假日（可不填），如 2027-01-01, 2027-02-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>日期不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日请按 2027-01-01 的样子填写，用逗号分开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 至 {1}：{2} 户，{3} 个工作日，每日约 {4} 户；其中已逾期 {5} 户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}{1} 年第 {2} 季度低保复核计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出复核计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>无法写入文件 {0}：{1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ReviewRulesPage</name>
    <message>
        <source>复核周期（月）：同时符合几项时取最短的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更须经公示（转入审批程序）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消须经公示（转入审批程序）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个月后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>老年人年龄线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就业渐退期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停发前提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拒绝就业达到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拒绝就业的处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>减发金额（元/月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>或比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更、取消生效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为新的复核周期标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自何日起执行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现用的是随程序提供的示例周期（据民政部门公开资料）。请按本县规定核对后保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有复核周期标准：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 起执行</source>
        <translation>In force from {0}</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>已保存，所有在保家庭的下次复核日期已重新计算。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStatusDialog</name>
    <message>
        <source>就业渐退与复核统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>就业成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就业日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停发月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>办理渐退期满停发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就业渐退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>保留</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>渐退中 {0} 户，即将停发 {1} 户，已到停发月份 {2} 户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>渐退期满停发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已为 {0} 户办理停发。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <source>本月应复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下月应复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指定月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录复核…</source>
        <translation>Record review…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>季度计划…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>每日应复核户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 年 {1} 月共 {2} 户应复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截至 {0} 已逾期未复核 {1} 户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 年 {1} 月应复核 {2} 户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;就业渐退：即将停发 {0} 户，已到停发月份 {1} 户（复核 → 就业渐退与复核统计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}逾期未复核低保家庭名单（截至 {1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}{1} 年 {2} 月应复核低保家庭名单</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>导入花名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择原来用 Excel 记录的低保花名册（.xlsx 或 .xls）。程序会自动找到表头、识别各列，成员行（户主列为空、填了与户主关系）归入上面的户主；合计、小计、空行和签字行会跳过。导入前会逐行列出检查结果，确认后才写入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第一行的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新导入家庭的状态：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记的家庭：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有户籍类型列时按：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仅错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仅提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仅跳过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择花名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx *.xlsm *.xls);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查花名册…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读取花名册时出错，详情已记入日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已按表头自动识别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>沿用上次这种表格的对应关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按您的选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表“{0}”，表头在第 {1} 行。各列导入为（{2}，可修改）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {0} 行：正常 {1}，提示 {2}，错误 {3}，跳过 {4}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可导入 {0} 户 {1} 人（其中已登记 {2} 户）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 户有错误，不导入，将写入错误工作簿。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村名按同一个村对应：{0}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将新建 {0} 个村（社区）：{1} 等（见“提示”行）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将新建村（社区）：{0}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已自动更正全角数字 {0} 处、多余空格 {1} 处。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入花名册…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入完成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建：{0} 户 {1} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新已登记的家庭：{0} 户（{1} 人有变动）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记且无变化：{0} 户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跳过已登记的家庭：{0} 户 {1} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未导入：{0} 行（{1} 户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建村（社区）：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未导入的行及原因已写入：{0}（改正后可再次导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>导入已取消，没有写入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入时出错，没有写入任何数据。详情已记入日志。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>本单位</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>政策标准</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>本单位信息已修改但未保存，要保存吗？</source>
        <translation>The office details changed but are not saved. Save them?</translation>
    </message>
</context>
<context>
    <name>StableWorkDialog</name>
    <message>
        <source>登记稳定就业（渐退）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作单位、岗位、月收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就业成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就业日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就业情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>户主：{0}&#x3000;{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按现行规定渐退 {0} 个月：保障金发放至 {1} 年 {2} 月，{3} 年 {4} 月起停发；停发前 {5} 个月起提醒。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>负责人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{village}&#x3000;户主 {head}&#x3000;{kind}&#x3000;案件编号 {id}</source>
        <translation>{village}  head {head}  {kind}  case {id}</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>受理人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>受理申请</source>
        <translation>Receive application</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>批复日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>审批机关</source>
        <translation>Approving authority</translation>
    </message>
    <message>
        <source>登记审批结果</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>评议日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>主持人</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <source>登记评议结果</source>
        <translation>Record review result</translation>
    </message>
    <message>
        <source>批准日期</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <source>批准待遇</source>
        <translation>Grant benefit</translation>
    </message>
    <message>
        <source>调查日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>调查人</source>
        <translation>Investigator</translation>
    </message>
    <message>
        <source>登记调查结果</source>
        <translation>Record findings</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>张贴日期</source>
        <translation>Posted on</translation>
    </message>
    <message>
        <source>张贴人</source>
        <translation>Posted by</translation>
    </message>
    <message>
        <source>审查日期</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>审查人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>审查通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不予通过</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>审核日期</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <source>审核人（签字领导）</source>
        <translation>Reviewed by (signing leader)</translation>
    </message>
    <message>
        <source>审核同意</source>
        <translation>Agree</translation>
    </message>
</context>
<context>
    <name>TownshipReviewDialog</name>
    <message>
        <source>乡镇政府审核</source>
        <translation>Township review</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元/月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拟定保障类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拟定月保障金（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按保障金测算，该户目前不符合低保条件，请核实后再办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保障金测算</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>低保经办</source>
        <translation>dibao-desk</translation>
    </message>
    <message>
        <source>无法打开数据</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <source>数据库密码</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>数据库 {url} 的密码：</source>
        <translation>Password of the database {url}:</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>当前步骤</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>等待事项</source>
        <translation>Waiting for</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>农村</source>
        <translation>Rural</translation>
    </message>
    <message>
        <source>城市</source>
        <translation>Urban</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>子</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Daughter</translation>
    </message>
    <message>
        <source>父亲</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>母亲</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>孙子</source>
        <translation>Grandson</translation>
    </message>
    <message>
        <source>孙女</source>
        <translation>Granddaughter</translation>
    </message>
    <message>
        <source>祖父</source>
        <translation>Grandfather</translation>
    </message>
    <message>
        <source>祖母</source>
        <translation>Grandmother</translation>
    </message>
    <message>
        <source>女婿</source>
        <translation>Son-in-law</translation>
    </message>
    <message>
        <source>儿媳</source>
        <translation>Daughter-in-law</translation>
    </message>
    <message>
        <source>兄弟姐妹</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>完全劳动能力</source>
        <translation>Full work capacity</translation>
    </message>
    <message>
        <source>部分劳动能力</source>
        <translation>Partial work capacity</translation>
    </message>
    <message>
        <source>无劳动能力</source>
        <translation>No work capacity</translation>
    </message>
    <message>
        <source>无业</source>
        <translation>Not working</translation>
    </message>
    <message>
        <source>务农</source>
        <translation>Farming</translation>
    </message>
    <message>
        <source>务工/在职</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>灵活就业</source>
        <translation>Casual work</translation>
    </message>
    <message>
        <source>在校学生</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>退休</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>学龄前</source>
        <translation>Pre-school</translation>
    </message>
    <message>
        <source>工资性收入</source>
        <translation>Wages</translation>
    </message>
    <message>
        <source>农业生产经营收入</source>
        <translation>Farming income</translation>
    </message>
    <message>
        <source>非农经营收入</source>
        <translation>Business income</translation>
    </message>
    <message>
        <source>劳务及灵活就业收入</source>
        <translation>Casual labour income</translation>
    </message>
    <message>
        <source>财产性收入（租金、利息、分红）</source>
        <translation>Property income (rent, interest, dividends)</translation>
    </message>
    <message>
        <source>土地流转及征地补偿收入</source>
        <translation>Land transfer and compensation</translation>
    </message>
    <message>
        <source>养老金、离退休金</source>
        <translation>Pensions</translation>
    </message>
    <message>
        <source>失业保险金</source>
        <translation>Unemployment insurance</translation>
    </message>
    <message>
        <source>赡养（抚养、扶养）费</source>
        <translation>Support payments</translation>
    </message>
    <message>
        <source>遗属补助、抚恤金</source>
        <translation>Survivor and martyr benefits</translation>
    </message>
    <message>
        <source>亲友赠与等转移性收入</source>
        <translation>Gifts and transfers</translation>
    </message>
    <message>
        <source>赔偿及保险理赔收入</source>
        <translation>Compensation and insurance payouts</translation>
    </message>
    <message>
        <source>其他收入</source>
        <translation>Other income</translation>
    </message>
    <message>
        <source>存款</source>
        <translation>Deposits</translation>
    </message>
    <message>
        <source>有价证券</source>
        <translation>Securities</translation>
    </message>
    <message>
        <source>机动车辆</source>
        <translation>Motor vehicles</translation>
    </message>
    <message>
        <source>房产</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>经营资本</source>
        <translation>Business capital</translation>
    </message>
    <message>
        <source>商业保险</source>
        <translation>Commercial insurance</translation>
    </message>
    <message>
        <source>其他财产</source>
        <translation>Other property</translation>
    </message>
    <message>
        <source>赡养</source>
        <translation>Support of parents</translation>
    </message>
    <message>
        <source>抚养</source>
        <translation>Support of children</translation>
    </message>
    <message>
        <source>扶养</source>
        <translation>Support of spouse</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>一级</source>
        <translation>Grade 1</translation>
    </message>
    <message>
        <source>二级</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <source>三级</source>
        <translation>Grade 3</translation>
    </message>
    <message>
        <source>四级</source>
        <translation>Grade 4</translation>
    </message>
    <message>
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>申请中</source>
        <translation>Applying</translation>
    </message>
    <message>
        <source>在保</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>一类</source>
        <translation>Class 1</translation>
    </message>
    <message>
        <source>二类</source>
        <translation>Class 2</translation>
    </message>
    <message>
        <source>三类</source>
        <translation>Class 3</translation>
    </message>
    <message>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township (street)</translation>
    </message>
    <message>
        <source>县民政局</source>
        <translation>County civil-affairs bureau</translation>
    </message>
    <message>
        <source>申请受理</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>调查核实</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>民主评议</source>
        <translation>Democratic review</translation>
    </message>
    <message>
        <source>一榜公示</source>
        <translation>First notice</translation>
    </message>
    <message>
        <source>经办机构审查</source>
        <translation>Office check</translation>
    </message>
    <message>
        <source>乡镇政府审核</source>
        <translation>Township review</translation>
    </message>
    <message>
        <source>二榜公示</source>
        <translation>Second notice</translation>
    </message>
    <message>
        <source>县民政局审批</source>
        <translation>County approval</translation>
    </message>
    <message>
        <source>三榜公示</source>
        <translation>Third notice</translation>
    </message>
    <message>
        <source>待遇批准</source>
        <translation>Benefit granted</translation>
    </message>
    <message>
        <source>停发待遇</source>
        <translation>Benefit stopped</translation>
    </message>
    <message>
        <source>变更待遇</source>
        <translation>Benefit changed</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不予通过</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>退回重新调查</source>
        <translation>Sent back for a new visit</translation>
    </message>
    <message>
        <source>长期公示</source>
        <translation>Long-term notice</translation>
    </message>
    <message>
        <source>举报箱</source>
        <translation>Complaint box</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>属实</source>
        <translation>Substantiated</translation>
    </message>
    <message>
        <source>不属实</source>
        <translation>Unfounded</translation>
    </message>
    <message>
        <source>未处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>评议通过</source>
        <translation>Passed review</translation>
    </message>
    <message>
        <source>退回重新入户调查</source>
        <translation>Sent back for a new home visit</translation>
    </message>
    <message>
        <source>保留</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>收入</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>财产</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>赡养（抚养、扶养）人</source>
        <translation>Supporters</translation>
    </message>
    <message>
        <source>一类（三无）每年</source>
        <translation>Class 1 (no income, capacity or supporter): yearly</translation>
    </message>
    <message>
        <source>二类（特困）每半年</source>
        <translation>Class 2 (extreme hardship): half-yearly</translation>
    </message>
    <message>
        <source>三类每季度</source>
        <translation>Class 3: quarterly</translation>
    </message>
    <message>
        <source>有重病成员</source>
        <translation>Seriously ill member</translation>
    </message>
    <message>
        <source>有残疾成员</source>
        <translation>Disabled member</translation>
    </message>
    <message>
        <source>有老年成员</source>
        <translation>Elderly member</translation>
    </message>
    <message>
        <source>单亲家庭</source>
        <translation>Single-parent household</translation>
    </message>
    <message>
        <source>城市收入不稳定、有劳动能力</source>
        <translation>Urban, unstable income, able to work</translation>
    </message>
    <message>
        <source>农村收入不稳定、有劳动能力</source>
        <translation>Rural, unstable income, able to work</translation>
    </message>
    <message>
        <source>其他在保家庭</source>
        <translation>Other receiving households</translation>
    </message>
    <message>
        <source>渐退期满前复核</source>
        <translation>Review before gradual exit ends</translation>
    </message>
    <message>
        <source>首次复核</source>
        <translation>First review</translation>
    </message>
    <message>
        <source>成员死亡</source>
        <translation>Member died</translation>
    </message>
    <message>
        <source>成员迁出</source>
        <translation>Member moved away</translation>
    </message>
    <message>
        <source>举报查实</source>
        <translation>Complaint substantiated</translation>
    </message>
    <message>
        <source>核对预警</source>
        <translation>Cross-check warning</translation>
    </message>
    <message>
        <source>其他情况</source>
        <translation>Other event</translation>
    </message>
    <message>
        <source>拒绝就业</source>
        <translation>Refused work</translation>
    </message>
    <message>
        <source>重病</source>
        <translation>Serious illness</translation>
    </message>
    <message>
        <source>残疾</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>老年</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>单亲</source>
        <translation>Single parent</translation>
    </message>
    <message>
        <source>城市不稳定收入</source>
        <translation>Urban unstable income</translation>
    </message>
    <message>
        <source>农村不稳定收入</source>
        <translation>Rural unstable income</translation>
    </message>
    <message>
        <source>渐退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停发保障金</source>
        <translation>Stop benefit</translation>
    </message>
    <message>
        <source>按金额减发</source>
        <translation>Reduce by amount</translation>
    </message>
    <message>
        <source>按比例减发</source>
        <translation>Reduce by share</translation>
    </message>
    <message>
        <source>渐退中</source>
        <translation>Gradual exit</translation>
    </message>
    <message>
        <source>即将停发</source>
        <translation>Stopping soon</translation>
    </message>
    <message>
        <source>已停发</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>就业渐退期满，停发保障金</source>
        <translation>Gradual exit ended, benefit stopped</translation>
    </message>
    <message>
        <source>多次拒绝就业</source>
        <translation>Refused work repeatedly</translation>
    </message>
    <message>
        <source>申请表</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>入户调查表</source>
        <translation>Home visit form</translation>
    </message>
    <message>
        <source>民主评议记录</source>
        <translation>Democratic review record</translation>
    </message>
    <message>
        <source>审核审批表</source>
        <translation>Review and approval form</translation>
    </message>
    <message>
        <source>复审告知书</source>
        <translation>Review notification</translation>
    </message>
    <message>
        <source>不予批准通知书</source>
        <translation>Refusal notice</translation>
    </message>
    <message>
        <source>终止保障通知书</source>
        <translation>Termination notice</translation>
    </message>
    <message>
        <source>低保户挂牌</source>
        <translation>Door placard</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>户主姓名</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>户主身份证号</source>
        <translation>Head&apos;s ID number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>家庭人口</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>保障类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>月保障金（元）</source>
        <translation>Monthly benefit (yuan)</translation>
    </message>
    <message>
        <source>开户银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>银行账号</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>户籍类型</source>
        <translation>Hukou type</translation>
    </message>
    <message>
        <source>家庭住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>残疾等级</source>
        <translation>Disability grade</translation>
    </message>
    <message>
        <source>重病（病名）</source>
        <translation>Serious illness (name)</translation>
    </message>
    <message>
        <source>劳动能力</source>
        <translation>Work capacity</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>空行</source>
        <translation>Empty row</translation>
    </message>
    <message>
        <source>合计/小计行</source>
        <translation>Total row</translation>
    </message>
    <message>
        <source>签字、日期或说明行</source>
        <translation>Signature, date or note row</translation>
    </message>
    <message>
        <source>重复的表头行</source>
        <translation>Repeated header row</translation>
    </message>
    <message>
        <source>没有姓名和身份证号</source>
        <translation>No name and ID number</translation>
    </message>
    <message>
        <source>更新已登记的家庭</source>
        <translation>Update registered households</translation>
    </message>
    <message>
        <source>跳过已登记的家庭</source>
        <translation>Skip registered households</translation>
    </message>
    <message>
        <source>花名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>待审批案件</source>
        <translation>Cases for approval</translation>
    </message>
    <message>
        <source>复核结果</source>
        <translation>Review results</translation>
    </message>
    <message>
        <source>发放造册</source>
        <translation>Payment roster</translation>
    </message>
    <message>
        <source>审批结果</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>政策标准</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>乡镇报县</source>
        <translation>Township to county</translation>
    </message>
    <message>
        <source>县发乡镇</source>
        <translation>County to township</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>Death</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>营业执照</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>个人所得税</source>
        <translation>Income tax</translation>
    </message>
    <message>
        <source>住房公积金</source>
        <translation>Housing fund</translation>
    </message>
    <message>
        <source>就业</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>养老金</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>婚姻</source>
        <translation>Marriage</translation>
    </message>
    <message>
        <source>户籍</source>
        <translation>Hukou</translation>
    </message>
    <message>
        <source>待答复</source>
        <translation>Awaiting answer</translation>
    </message>
    <message>
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>视为退出</source>
        <translation>Taken as withdrawn</translation>
    </message>
    <message>
        <source>核实属实</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>已审批</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>已下发</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>格式标识</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>格式版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>乡镇（街道）行政区划代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>乡镇（街道）名称</source>
        <translation type="unfinished">Township (street) name</translation>
    </message>
    <message>
        <source>县（市、区）名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>顺序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据工作表校验值（SHA-256）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补差</source>
        <translation>Difference subsidy</translation>
    </message>
    <message>
        <source>分类施保（按类别定额）</source>
        <translation>Class-based (fixed amount per class)</translation>
    </message>
    <message>
        <source>补差加分类加发</source>
        <translation>Difference subsidy plus class supplements</translation>
    </message>
    <message>
        <source>进到整元</source>
        <translation>Round up to the yuan</translation>
    </message>
    <message>
        <source>四舍五入到整元</source>
        <translation>Round to the nearest yuan</translation>
    </message>
    <message>
        <source>舍到整元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不取整（到分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高龄老人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重度残疾人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重病患者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未成年人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单亲家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭财产</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>城市低保标准（元/人·月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>农村低保标准（元/人·月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>施保办法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>一类对象月补助（元/人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二类对象月补助（元/人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三类对象月补助（元/人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高龄老人加发（元/人·月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高龄起始年龄（岁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重度残疾人加发（元/人·月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重度残疾：残疾等级至（级）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重病患者加发（元/人·月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未成年人加发（元/人·月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未成年：不满（岁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单亲家庭成员加发（元/人·月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>多项加发可叠加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>存款及有价证券上限（元/人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>允许机动车辆（辆）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>价值低于此数的车辆不计（元，如摩托车、农用车；0 为都计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>允许住房（套）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人均住房面积上限（平方米，0 为不限）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就业成本扣减（元/就业成员·月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就业成本扣减比例（‰，占就业收入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取整办法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每户最低保障金（元/月，0 为不设）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示天数</source>
        <translation>Notice days</translation>
    </message>
    <message>
        <source>县级抽查比例（‰）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>身份证号未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号“{value}”已被 Excel 转成数字（科学计数法），后几位已丢失，无法恢复，请按原证重新录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号“{value}”格式不对：应为 18 位，前 17 位是数字，最后一位是数字或 X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号“{value}”位数不对：有 {length} 位，应为 18 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号“{value}”中的出生日期 {date} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号“{value}”校验位不对（最后一位应为 {expected}），请核对是否录错</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号“{value}”的地区码 {region} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 位旧身份证号已转换为 18 位：{value}，请提醒本人换领新证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 名成员未填姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 名成员的身份证号与第 {other_row} 名重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 名成员的身份证号已登记在{village}户主“{head}”的家庭中（户编号 {household_id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 名成员与户主关系未选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 名成员劳动能力未选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 名成员残疾等级不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 名成员不纳入保障，需填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择户籍类型（城市或农村）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择所在村（社区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭至少要有一名成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员中没有户主，请指定一名户主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {rows} 名成员都被设为户主，一户只能有一名户主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>银行账号只能包含数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的家庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该户已进入申请程序，不能删除（可办理取消）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 项收入的类别未选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 项收入所属成员不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 项财产的类别未选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 名赡养（抚养、扶养）人未填姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 名赡养（抚养、扶养）人的义务类别未选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 名赡养（抚养、扶养）人的家庭人口至少为 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额或数量不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}”不是有效的金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写乡镇（街道）名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行政区划代码应为 12 位数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写所属县（市、区）名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作模式不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写村（社区）名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村（社区）“{name}”已存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件由更新版本的程序写入（版本 {revision}），本程序无法打开，请升级程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待申请受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待入户调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待民主评议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民主评议已开启，待登记评议结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待经办机构审查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待乡镇政府审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待县局审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待批准待遇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待张贴{stage_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage_name}至 {end_md}{objections_note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage_name}期满，{count} 件异议待处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage_name}期满，待结束公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件类别不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该户已有一件正在办理的案件（案件编号 {case_id}），请先办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该户正在享受低保或正在申请中，不能再提出新的低保申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有在保家庭才能办理变更或取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该案件已办结或已终止，不能再办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此类案件不经过第 {step} 步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能跳步或倒序办理：现在应办理第 {expected} 步，不是第 {step} 步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期 {date} 晚于今天（{today}），不能预先登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期 {date} 早于上一步的日期 {previous}，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写负责人（经办人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示尚未张贴，请先登记张贴日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一步不是公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示已于 {start} 张贴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示期未满，{end} 起才能结束公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还有 {count} 件公示异议未处理完毕，处理后才能进入下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择异议的来源（举报箱、电话或来访）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写异议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收到日期 {date} 不在公示期内（{start} 至 {end}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到这件异议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这件异议已经处理过了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择核查结论（属实或不属实）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写核查和答复情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理日期 {date} 早于收到日期 {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写评议地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写参加评议的人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择评议结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有 {count} 项信息被提出有理由的异议（{items}），不能评议通过：请退回重新调查或不予通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有任何一项被提出异议，不能退回重新调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民主评议已经开启，请登记评议结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评议项目已变化，请重新打开评议表（{items}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人须在家庭收入、财产申报书上签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人须签署家庭经济状况核对授权书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入户调查结果须由调查人签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入户调查结果须由申请人签字确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写待遇起始月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待遇起始月份应为某月 1 日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>起始月份 {month} 早于申请月份（{opened_on}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择保障类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月保障金应大于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核周期“{rule}”应为 1 至 36 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>渐退期应为 3 至 12 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停发前提醒的月数不能超过渐退期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拒绝就业次数线至少为 1 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择拒绝就业的处理方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写减发的金额或比例（1%–100%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>老年人年龄线应在 40 至 100 岁之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生效月份应为复核当月或其后 3 个月内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该户不在保（状态：{status}），不能复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择复核结论（保留、变更或取消）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写入户复核人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期 {date} 晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更或取消须填写理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更须改动类别或保障金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事件类别“{kind}”不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写提供的工作岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份“{value}”格式不对，应为 YYYY-MM，例如 2026-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入文件 {path}：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未填写本单位信息（乡镇名称、监督电话等），请先在“设置”中填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示类别“{stage}”不对：应为 1、2、3（一、二、三榜）或 long（长期公示）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纸张“{paper}”不支持：应为 A4 或 A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到村（社区）“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格类别“{kind}”不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件夹“{folder}”不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入“{path}”（文件可能正在被其他程序打开）：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该户没有办理中的案件，无法填写{form}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该户的案件没有不予批准的决定，无法打印不予批准通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该户没有取消（终止）保障的案件，无法打印终止保障通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该户未在享受低保，不能打印{form}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字体中没有这些字：{chars}（出现在：{names}），打印处留为“□”，请手写补全</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} 户未签署同意公开收入情况的书面意见，未列入详细公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有需要公示的对象，打印的是空表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到文件“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”不是文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”是空的（0 字节），无法导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”太大（{size_mb} MB，上限 {limit_mb} MB），不像是花名册，已拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”不是 Excel 工作簿（.xlsx 或 .xls）。如果是改了扩展名的其他文件，请用 Excel 另存为工作簿后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”不完整或已损坏（可能没有复制完），请从原电脑重新复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”无法读取，可能已损坏，请用 Excel 打开后另存一份再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”设置了打开密码，请先在 Excel 中取消密码再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”内部包含 {count} 个部件（上限 {limit}），不像正常的工作簿，已拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”解压后异常巨大（约 {size_mb} MB），可能是恶意文件，已拒绝，没有读取其中内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”含有 XML 实体声明（{member}），正常的 Excel 工作簿不会有，可能是恶意文件，已拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”的工作表“{sheet}”有 {rows} 行 {cols} 列，超过一次能读取的上限（{limit} 个单元格）。请删去表格右边或下面多余的内容，或按村拆成几个文件分别导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”中没有名为“{sheet}”的工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在工作表“{sheet}”的前 {rows} 行中找不到表头（至少要有“姓名”和“身份证号”两列）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请指定哪一列是姓名（户主姓名或成员姓名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请指定哪一列是身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列对应关系的列数（{given}）与工作表的列数（{width}）不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表头下面没有人员行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览之后数据已有变动（{count} 个身份证号的登记情况变了），请重新预览后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览之后文件“{name}”已被修改，请重新预览后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与第 {other_row} 行是同一人（身份证号 {value} 重复）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已在系统中登记（{village}，户主“{head}”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本户成员在系统中分属不同的家庭（户主：{heads}），请先在系统中核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本户成员已在系统中登记为一户，而第 {other_row} 行的家庭也要更新这一户；一户只能对应花名册中的一户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>并入系统中已登记的家庭（户主“{head}”）后不符合登记规则，见下一条原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成员行上面没有户主行，不知道属于哪一户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同户第 {rows} 行有错误，整户未导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与户主关系“{value}”不认识，按“其他”登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与户主关系未填写，按“其他”登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保障类别“{value}”不认识（应为一类、二类、三类或 A、B、C 类），未登记类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户籍类型“{value}”不认识，按默认户籍类型登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭人口“{value}”不是数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭人口填的是 {declared} 人，名单中有 {found} 人，按名单登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} 列是没有计算结果的公式，无法读取其值（请在 Excel 中打开并保存后再导入，或改为填写数值）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>银行账号“{value}”已被 Excel 转成数字，后几位已丢失，无法恢复，请按存折重新录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村（社区）“{name}”尚未建立，导入时将新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>残疾等级“{value}”看不出是几级（应为一级至四级或“无”），未登记残疾等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>劳动能力“{value}”不认识（应为有、部分丧失或无），未登记劳动能力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村（社区）“{given}”按“{name}”导入（同一个村的不同写法）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写村（社区），且本户上面没有可沿用的村名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 位旧身份证号已转换为 18 位：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到文件 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这不是 Excel 工作簿（.xlsx）文件，无法作为数据包导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包无法读取，文件可能已损坏（{detail}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个工作簿不是低保数据包：缺少“包信息”或格式标识不对。请确认拿到的是县民政局或乡镇导出的数据包，而不是普通表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个工作簿不是低保数据包：缺少“{sheet}”工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包的“包信息”缺少或写错了“{field}”一项，无法确认来源，已拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包的“包信息”缺少或写错了工作表“{sheet}”的数据行数，无法确认来源，已拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不认识的数据包类别“{kind}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包由更新版本的程序生成（格式版本 {version}，本程序只能读到版本 {supported}），请先升级本程序再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包缺少工作表“{sheet}”，文件不完整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包的工作表“{sheet}”是空的，文件不完整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表“{sheet}”的列与格式不符：应为 {expected}，实际为 {found}。数据包可能被人改动过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表“{sheet}”应有 {expected} 行数据，实际有 {found} 行。数据包不完整或被改动过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包的校验值不对：内容在导出后被改动过或文件已损坏。请对方重新导出，不要手工修改数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包写入后读回核对不一致，未保存。请检查 U 盘或磁盘后重试（{path}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个数据包（{kind_word}）不应在本单位导入：乡镇只导入县里下发的数据包，县里只导入乡镇上报的数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个数据包是发给“{name}”（代码 {code}）的，不是本乡镇（{ours}）的，已拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个数据包来自“{name}”（代码 {code}），不属于本县（{ours}），已拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个数据包已经导入过（第 {sequence} 号，{received_at}），不能重复导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个数据包的顺序号是第 {sequence} 号，本机已收到第 {last} 号，属于重复或过期的数据包，已拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个数据包是第 {sequence} 号，但本机应当先收到第 {expected} 号（缺 {missing} 个）。请先导入缺少的数据包，或请对方重新导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{column}”未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{column}”不是有效日期：“{value}”（应为 YYYY-MM-DD）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{column}”的内容“{value}”不在规定范围内（可填：{allowed}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{column}”应为数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{column}”不是有效的身份证号：“{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不批准时必须填写“{column}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件 {case} 在本数据包中出现了不止一次，只处理第一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本乡镇没有编号为 {case} 的案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件 {case} 的户主身份证号与本乡镇记录（{head}）不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件 {case}（{head}）目前不在等待县民政局审批，未处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件 {case} 县里已经审批，不能再次上报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 行的项目代码“{key}”不认识</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 行“{key}”的数值“{value}”不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号 {id_number} 不是本乡镇登记的家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预警 {ref} 已经收到过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在设置中填写本单位信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前工作模式下不能导出“{kind}”数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期间“{period}”格式不对：月份写作 2026-11，季度写作 2026Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择要下发的乡镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有导出过这类数据包，无法重新导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核功能尚未启用，无法导出复核结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有 {count} 户没有银行账号，造册中账号为空（第 {rows} 行），请补录后重新导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策标准功能尚未启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有录入本县的政策标准（示例标准不下发）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复结果不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的核对预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有县民政局模式才能使用此功能</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有代码为 {code} 的乡镇，请先导入该乡镇的数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”没有待下发的审批结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该案件已审批，不能重复审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先抽取入户抽查样本，再审批该案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不批准时必须填写理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抽查比例应在 1% 到 100% 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有尚未抽样的待审批案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号 {id_number} 不在“{township}”最近上报的花名册上（须为在保家庭户主）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预警类别“{kind}”不对，请从列表中选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写预警详情（比对发现了什么）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复截止日期 {answer_by} 不能早于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该户已有一条未下发的同类预警（{ref}），不必重复录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”没有待下发的核对预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批准：{village} {case} 号案件，审批日期 {on}，抽查：{sampled}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不批准：{village} {case} 号案件，审批日期 {on}，理由：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{on} 起执行：{label} = {value}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{on} 起的“{label}”与本机已有标准相同，无变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核对预警（{kind}）：{detail}，须在 {answer_by} 前答复（户主：{household}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新收案件：{township}{village} {case} 号，拟定月保障金 {amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新案件：{township}{village} {case} 号，拟定月保障金 {amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新“{township}”{period} 花名册：{households} 户（原 {before} 户），保障 {persons} 人，月保障金 {amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收到“{township}”{period} 的数据 {rows} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写生效日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}”应为整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}”不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}”应大于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>施保办法“{value}”无法识别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取整办法“{value}”无法识别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按类别定额施保时，至少要填一个类别的月补助金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}”不能超过 1000‰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重度残疾的等级应在 0 到 4 级之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} 没有生效的政策标准，请在“设置”中添加一套生效日期不晚于该日的政策标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份“{value}”格式不对，应为 YYYY-MM，如 2026-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户籍：户籍在本乡镇（{township}），{covered} 人纳入保障（共 {persons} 人，{not_covered} 人不纳入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户籍：家庭中没有纳入保障的成员（共 {persons} 人，均已标明不纳入保障）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收入：家庭月收入 {total} 元，扣减就业成本 {deduction} 元，计入 {counted} 元，{persons} 人，人均 {per_capita} 元，低于保障标准 {standard} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收入：家庭月收入 {total} 元，扣减就业成本 {deduction} 元，计入 {counted} 元，{persons} 人，人均 {per_capita} 元，不低于保障标准 {standard} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>财产：在规定限额以内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>财产：有 {failed} 项超过规定限额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>存款及有价证券共 {deposits} 元，{persons} 人，人均 {per_person} 元（上限 {limit} 元/人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>机动车辆 {count} 辆（允许 {allowed} 辆）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住房 {count} 套（允许 {allowed} 套）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住房面积 {area} 平方米，人均 {per_person} 平方米（上限 {limit} 平方米/人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年{month}月的保障金按 {effective_from} 起执行的政策标准计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年{month}月的保障金按 {effective_from} 起执行的政策标准计算（注意：这是随程序提供的示例标准，请在“设置”中换成本县公布的标准）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>施保办法：补差（保障标准减人均收入，乘以保障人数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>施保办法：分类施保（按类别定额，乘以保障人数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>施保办法：补差，另按类别加发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保障标准：城市 {standard} 元/人·月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保障标准：农村 {standard} 元/人·月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭月收入 {total} 元，扣减就业成本 {deduction} 元，计入 {counted} 元；共 {persons} 人，人均 {per_capita} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就业成本扣减：申报 {declared} 元，政策允许至多 {allowed} 元（不超过收入），按 {deduction} 元计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保障人数：{covered} 人（共 {persons} 人，{not_covered} 人不纳入保障）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别：一类（已登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别：二类（已登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别：三类（已登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别：一类（按家庭情况建议，尚未登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别：二类（按家庭情况建议，尚未登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别：三类（按家庭情况建议，尚未登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不符合户籍条件，不发放保障金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人均收入不低于保障标准，不发放保障金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭财产超过规定限额，不发放保障金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补差：（{standard} − {per_capita}）= {gap} 元/人 × {covered} 人 = {amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一类对象 {each} 元/人 × {covered} 人 = {amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二类对象 {each} 元/人 × {covered} 人 = {amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三类对象 {each} 元/人 × {covered} 人 = {amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加发：高龄老人 {persons} 人 × {each} 元 = {amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加发：重度残疾人 {persons} 人 × {each} 元 = {amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加发：重病患者 {persons} 人 × {each} 元 = {amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加发：未成年人 {persons} 人 × {each} 元 = {amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加发：单亲家庭成员 {persons} 人 × {each} 元 = {amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其中 {persons} 人符合多项加发条件，按就高原则只计最高一项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计 {amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进到整元：{before} 元 → {after} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四舍五入到整元：{before} 元 → {after} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>舍到整元：{before} 元 → {after} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不足每户最低保障金 {minimum} 元，按 {minimum} 元发放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每月保障金：{amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 名成员：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 名赡养（抚养、扶养）人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 项收入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 项财产：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reviews</name>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>户籍</source>
        <translation>Hukou</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>应复核日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次复核/享受起始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
