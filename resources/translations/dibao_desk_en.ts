<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountsImportDialog</name>
    <message>
        <source>导入银行开户名单</source>
        <translation>Import bank account list</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
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
        <source>开户人</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>原账号</source>
        <translation>Old account</translation>
    </message>
    <message>
        <source>新账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>开户行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>行别代码</source>
        <translation>Bank code</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>请选择银行提供的开户名单（Excel，含姓名、身份证号、账号、开户行）。</source>
        <translation>Choose the account list the bank provided (Excel, with name, ID number, account number and bank).</translation>
    </message>
    <message>
        <source>选择文件(&amp;O)…</source>
        <translation>Ch&amp;oose file…</translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{0}（原为{1}）</source>
        <translation>{0} (was {1})</translation>
    </message>
    <message>
        <source>其他成员</source>
        <translation>another member</translation>
    </message>
    <message>
        <source>选择银行开户名单</source>
        <translation>Choose the bank&apos;s account list</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx *.xls)</source>
        <translation>Excel workbook (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>文件：{0}（工作表“{1}”，表头在第 {2} 行）</source>
        <translation>File: {0} (sheet &quot;{1}&quot;, header on row {2})</translation>
    </message>
    <message>
        <source>{0} {1} 行</source>
        <translation>{0}: {1} rows</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{0}。有 {1} 行错误，改正名单后再导入（全部不导入）。</source>
        <translation>{0}. {1} rows have errors; correct the list and import again (nothing imported).</translation>
    </message>
    <message>
        <source>{0}。没有需要补填或更正的账号。</source>
        <translation>{0}. No account numbers to fill in or correct.</translation>
    </message>
    <message>
        <source>{0}。点“导入”补填、更正上列账号；查无此人的行不导入。</source>
        <translation>{0}. Click &quot;Import&quot; to fill in or correct the accounts above; rows with no such person are not imported.</translation>
    </message>
    <message>
        <source>没有导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>补填 {0} 户，更正 {1} 户，无变化 {2} 户，查无此人 {3} 行（未导入）。</source>
        <translation>Filled in {0} households, corrected {1}, unchanged {2}, no such person {3} rows (not imported).</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>新建账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>保存所选账号的角色</source>
        <translation>Save the selected account&apos;s role</translation>
    </message>
    <message>
        <source>为所选账号设置新密码</source>
        <translation>Set a new password for the selected account</translation>
    </message>
    <message>
        <source>账号忘记密码时，由管理员填写新密码后点此按钮，再把新密码告诉本人</source>
        <translation>When someone forgot their password, an administrator types a new one, clicks here and tells the person</translation>
    </message>
    <message>
        <source>生成新的恢复码…</source>
        <translation>New recovery code…</translation>
    </message>
    <message>
        <source>管理员忘记密码时凭恢复码设置新密码；生成新的后，旧的作废</source>
        <translation>An administrator who forgot the password sets a new one with the recovery code; a new code voids the old one</translation>
    </message>
    <message>
        <source>密码（新建或设置新密码时）</source>
        <translation>Password (new account or new password)</translation>
    </message>
    <message>
        <source>锁定至 {0}（多次输错密码）</source>
        <translation>Locked until {0} (wrong passwords)</translation>
    </message>
    <message>
        <source>设置新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>已为账号“{0}”设置新密码。</source>
        <translation>Account &quot;{0}&quot; has a new password.</translation>
    </message>
    <message>
        <source>生成新的恢复码</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>生成新的恢复码后，原来抄下的恢复码就不能再用了。继续吗？</source>
        <translation>After a new recovery code is made, the one written down before no longer works. Go on?</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>无人操作多久后锁定窗口（0 为不锁定）</source>
        <translation>Lock the window after this long without use (0: never)</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>申请低保 — 申请受理</source>
        <translation>Apply for dibao — Application received</translation>
    </message>
    <message>
        <source>{village}&#x3000;户主 {head}&#x3000;{persons} 人（{hukou}户籍）</source>
        <translation>{village}  Head {head}  {persons} persons ({hukou} hukou)</translation>
    </message>
    <message>
        <source>如：因病致贫、无劳动能力、家庭收入低</source>
        <translation>e.g. poverty from illness, no work capacity, low household income</translation>
    </message>
    <message>
        <source>申请人已在家庭收入、财产申报书上签字</source>
        <translation>Applicant signed the household income and assets declaration</translation>
    </message>
    <message>
        <source>申请人已签署家庭经济状况核对授权书</source>
        <translation>Applicant signed the authorization for the household finance check</translation>
    </message>
    <message>
        <source>申请理由</source>
        <translation>Reason for applying</translation>
    </message>
</context>
<context>
    <name>AssistanceDialog</name>
    <message>
        <source>联动救助 — {0}（户编号 {1}）</source>
        <translation>Linked assistance — {0} (household {1})</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>For</translation>
    </message>
    <message>
        <source>给予单位</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>元，如 380 或 1250.50</source>
        <translation>yuan, e.g. 380 or 1250.50</translation>
    </message>
    <message>
        <source>如 县医保局、县教育局、乡镇民政办</source>
        <translation>e.g. county medical insurance bureau, county education bureau, township civil-affairs office</translation>
    </message>
    <message>
        <source>全户</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>{0}（已不在本户）</source>
        <translation>{0} (no longer in the household)</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>给予日期</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>登记这笔救助</source>
        <translation>Record this assistance</translation>
    </message>
    <message>
        <source>删除所选记录</source>
        <translation>Delete selected record</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>金额“{0}”不是数字</source>
        <translation>Amount &quot;{0}&quot; is not a number</translation>
    </message>
    <message>
        <source>请先在表中选择一条记录。</source>
        <translation>Select a record in the table first.</translation>
    </message>
    <message>
        <source>删除救助记录</source>
        <translation>Delete assistance record</translation>
    </message>
    <message>
        <source>确定删除 {0} 的“{1}”{2} 元吗？</source>
        <translation>Delete &quot;{1}&quot; of {0}, {2} yuan?</translation>
    </message>
    <message>
        <source>{0} {1} 元</source>
        <translation>{0} {1} yuan</translation>
    </message>
    <message>
        <source>该户一旦停保或取消，将同时失去以下联动救助（近一年）：{0}</source>
        <translation>If this household&apos;s dibao is stopped or cancelled, it also loses this linked assistance (last 12 months): {0}</translation>
    </message>
</context>
<context>
    <name>AssistanceSection</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>For</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>给予单位</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>全户</source>
        <translation>Whole household</translation>
    </message>
</context>
<context>
    <name>BatchStepDialog</name>
    <message>
        <source>批量建议不予批准</source>
        <translation>Batch proposal not approved</translation>
    </message>
    <message>
        <source>张贴公示：{0}</source>
        <translation>Post public notice: {0}</translation>
    </message>
    <message>
        <source>办理：{0}</source>
        <translation>Handle: {0}</translation>
    </message>
    <message>
        <source>批量建议 {0}（{1}）：{2} 户 {3} 人，自 {4}年{5}月起月保障金合计由 {6} 元调整为 {7} 元。
须经步骤：{8}
现在：{9}</source>
        <translation>Batch proposal {0} ({1}): {2} households, {3} persons; from {4}-{5} the monthly total changes from {6} yuan to {7} yuan.
Steps required: {8}
Now: {9}</translation>
    </message>
    <message>
        <source>公示开始日期</source>
        <translation>Notice starts on</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>负责人（审批机关）</source>
        <translation>Responsible (approving office)</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>不予批准的理由</source>
        <translation>Reason for not approving</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>不予批准</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>张贴</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>批量建议已批准</source>
        <translation>Batch proposal granted</translation>
    </message>
    <message>
        <source>已按新标准写入台账：{0} 户自 {1}年{2}月起。</source>
        <translation>Written to the ledger at the new standard: {0} households from {2}/{1}.</translation>
    </message>
    <message>
        <source>{0} 户此后另有本户的决定（{1}）：新标准只计到该决定之前的月份，已发放月份的差额作为补发或追回记入批准当月；自该决定起仍按该决定发放。</source>
        <translation>{0} households have a later decision of their own ({1}): the new standard applies only to the months before that decision; the difference for months already paid is booked as back pay or recovery in the month of the grant; from that decision on they are paid as it says.</translation>
    </message>
    <message>
        <source>{0} 户在 {1}年{2}月未领取保障金，此后才有本户的决定（{3}）：未按新标准计发，下次重新计算时按现状提出。</source>
        <translation>{0} households were not paid in {2}/{1} and have a decision of their own after it ({3}): the new standard was not applied; the next recompute proposes it on what they are now.</translation>
    </message>
    <message>
        <source>{0} 户在建议提出后金额或类别已有变更（{1}）：未纳入本批，下次重新计算时按现状提出。</source>
        <translation>{0} households had their amount or class changed after the proposal was made ({1}): left out of this batch; the next recompute proposes the new standard on what they are now.</translation>
    </message>
    <message>
        <source>{0}（{1}年{2}月起）</source>
        <translation>{0} (from {2}/{1})</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>等</source>
        <translation> and others</translation>
    </message>
</context>
<context>
    <name>BlacklistDialog</name>
    <message>
        <source>诚信档案与黑名单</source>
        <translation>Integrity records and blacklist</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>申报不实次数</source>
        <translation>False declarations</translation>
    </message>
    <message>
        <source>最近查实</source>
        <translation>Last confirmed</translation>
    </message>
    <message>
        <source>可再申请日期</source>
        <translation>May apply again from</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>黑名单中</source>
        <translation>On blacklist</translation>
    </message>
    <message>
        <source>已期满</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>含已期满的</source>
        <translation>Include expired</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>身份证号：查看此人的诚信档案</source>
        <translation>ID number: view this person&apos;s integrity record</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>更正所选…</source>
        <translation>Correct selected…</translation>
    </message>
    <message>
        <source>删除所选…</source>
        <translation>Delete selected…</translation>
    </message>
    <message>
        <source>18 位身份证号</source>
        <translation>18-digit ID number</translation>
    </message>
    <message>
        <source>如：隐瞒存款 5 万元、隐瞒车辆</source>
        <translation>e.g. hid 50,000 yuan savings, hid a vehicle</translation>
    </message>
    <message>
        <source>（不填）</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>不实内容</source>
        <translation>What was false</translation>
    </message>
    <message>
        <source>查实日期</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <source>所在户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <source>登记申报不实</source>
        <translation>Record false declaration</translation>
    </message>
    <message>
        <source>登记申报不实（第一次警示，第二次起列入黑名单）</source>
        <translation>Record false declaration (first time: warning; from the second: blacklist)</translation>
    </message>
    <message>
        <source>个人诚信档案</source>
        <translation>Personal integrity record</translation>
    </message>
    <message>
        <source>{0} 没有申报不实记录</source>
        <translation>{0} has no false declarations</translation>
    </message>
    <message>
        <source>{0}（{1}）：黑名单中，{2} 起可再申请</source>
        <translation>{0} ({1}): on blacklist, may apply again from {2}</translation>
    </message>
    <message>
        <source>{0}（{1}）：未在黑名单中</source>
        <translation>{0} ({1}): not on blacklist</translation>
    </message>
    <message>
        <source>请先在个人诚信档案中选择一条记录。</source>
        <translation>First select a record in the personal integrity record.</translation>
    </message>
    <message>
        <source>更正申报不实记录</source>
        <translation>Correct false declaration record</translation>
    </message>
    <message>
        <source>{0}（{1}）的记录；警示和黑名单期限按更正后的日期重新计算。</source>
        <translation>Record of {0} ({1}); the warning and blacklist periods are recomputed from the corrected date.</translation>
    </message>
    <message>
        <source>已更正 {0} 的记录。</source>
        <translation>Corrected the record of {0}.</translation>
    </message>
    <message>
        <source>删除申报不实记录</source>
        <translation>Delete false declaration record</translation>
    </message>
    <message>
        <source>删除 {0}（{1}）{2} 的记录“{3}”；其余记录的警示和黑名单期限重新计算。</source>
        <translation>Delete the record &quot;{3}&quot; of {0} ({1}) on {2}; the warning and blacklist periods of the other records are recomputed.</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>已删除 {0} 的一条记录。</source>
        <translation>Deleted a record of {0}.</translation>
    </message>
    <message>
        <source>{0} 已列入诚信黑名单，{1} 起方可重新申请。</source>
        <translation>{0} is on the integrity blacklist and may apply again from {1}.</translation>
    </message>
    <message>
        <source>{0} 第一次申报不实，已予警示，允许更正后再申报一次。</source>
        <translation>{0}: first false declaration, warned; may correct and declare once more.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>请在左侧选择一件案件</source>
        <translation>Select a case on the left</translation>
    </message>
    <message>
        <source>不予通过…</source>
        <translation>Not approved…</translation>
    </message>
    <message>
        <source>申请人撤回…</source>
        <translation>Withdrawn by applicant…</translation>
    </message>
    <message>
        <source>退回乡镇审核…</source>
        <translation>Return to township review…</translation>
    </message>
    <message>
        <source>乡镇审核有误（如拟定类别或金额）：退回重新审核，之后重新张贴二榜公示</source>
        <translation>The township review was wrong (e.g. the proposed class or amount): send it back for a new review, then post the second notice again</translation>
    </message>
    <message>
        <source>{kind}&#x3000;{village}&#x3000;户主 {head}&#x3000;（案件 {id}）</source>
        <translation>{kind}  {village}  Head {head}  (case {id})</translation>
    </message>
    <message>
        <source>&#x3000;【备案】</source>
        <translation>  [Filed]</translation>
    </message>
    <message>
        <source>受理日期 {d}&#x3000;状态：{s}&#x3000;保障人数 {n}</source>
        <translation>Received {d}  Status: {s}  Covered {n}</translation>
    </message>
    <message>
        <source>事由：{r}</source>
        <translation>Reason: {r}</translation>
    </message>
    <message>
        <source>变更前：{b}&#x3000;变更后：{a}</source>
        <translation>Before: {b}  After: {a}</translation>
    </message>
    <message>
        <source>在保：{c}，月保障金 {m} 元</source>
        <translation>Receiving: {c}, {m} yuan/month</translation>
    </message>
    <message>
        <source>未通过理由：{r}</source>
        <translation>Reason not approved: {r}</translation>
    </message>
    <message>
        <source>申请人于 {on} 撤回（经办人 {person}）：{request}</source>
        <translation>Withdrawn by the applicant on {on} (taken by {person}): {request}</translation>
    </message>
    <message>
        <source>【备案】本户成员 {member} 是{role} {staff} 的{relation}，须从严审核；{staff} 应回避，不能经办、审批本案</source>
        <translation>[Filed] Member {member} is the {relation} of {role} {staff}: check strictly; {staff} must stand aside and may not handle or approve this case</translation>
    </message>
    <message>
        <source>张贴{0}…</source>
        <translation>Post {0}…</translation>
    </message>
    <message>
        <source>{0}：登记或处理异议…</source>
        <translation>{0}: record or handle objections…</translation>
    </message>
    <message>
        <source>结束{0}…</source>
        <translation>End {0}…</translation>
    </message>
    <message>
        <source>登记县局审批结果…</source>
        <translation>Record county decision…</translation>
    </message>
    <message>
        <source>办理：{0}…</source>
        <translation>Handle: {0}…</translation>
    </message>
    <message>
        <source>{0} 元/月</source>
        <translation>{0} yuan/month</translation>
    </message>
    <message>
        <source>{0} 人</source>
        <translation>{0} persons</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
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
        <translation>Result</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{0} 至 {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <source>公示中</source>
        <translation>On notice</translation>
    </message>
    <message>
        <source>评议中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>调查人、申请人均已签字</source>
        <translation>Investigator and applicant both signed</translation>
    </message>
    <message>
        <source>{place}，{att}</source>
        <translation>{place}, {att}</translation>
    </message>
    <message>
        <source>异议：</source>
        <translation>Objections:</translation>
    </message>
    <message>
        <source>异议 {n} 件，未处理 {o} 件</source>
        <translation>{n} objections, {o} open</translation>
    </message>
    <message>
        <source>入户抽查</source>
        <translation>County spot check</translation>
    </message>
    <message>
        <source>未抽查</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>特殊情况（{k}）集体讨论批准</source>
        <translation>Special case ({k}) approved by collective decision</translation>
    </message>
    <message>
        <source>拟定{c}，{m} 元/月</source>
        <translation>Proposed {c}, {m} yuan/month</translation>
    </message>
    <message>
        <source>自 {m} 起停发</source>
        <translation>Stopped from {m}</translation>
    </message>
    <message>
        <source>自 {m} 起，{c}，{a} 元/月</source>
        <translation>From {m}, {c}, {a} yuan/month</translation>
    </message>
    <message>
        <source>★ 特殊情况（{k}）：不符合测算条件，经审批机关 {on} 集体讨论批准；参加人员：{who}；纪要：{m}</source>
        <translation>★ Special case ({k}): not eligible by the calculation, approved by the approving office&apos;s collective decision on {on}; present: {who}; minutes: {m}</translation>
    </message>
    <message>
        <source>此前的记录（已退回，不再有效）：</source>
        <translation>Earlier records (sent back, no longer in force):</translation>
    </message>
    <message>
        <source>{on} 退回乡镇审核：{reason}</source>
        <translation>{on} returned to township review: {reason}</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>申请</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>起始月份</source>
        <translation>Start month</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>申请、变更、取消及各步骤</source>
        <translation>Applications, changes, cancellations and their steps</translation>
    </message>
    <message>
        <source>决定时的家庭情况（批准或不予通过时留存，之后修改家庭信息不影响）</source>
        <translation>Household as decided (kept at approval or refusal; later edits do not change it)</translation>
    </message>
    <message>
        <source>变更建议</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>该户还没有已批准或不予通过的案件。</source>
        <translation>This household has no approved or refused case yet.</translation>
    </message>
    <message>
        <source>{0} 第 {1} 号（{2}）</source>
        <translation>{0} No. {1} ({2})</translation>
    </message>
    <message>
        <source>{0} 第 {1} 号（{2}，{3}）</source>
        <translation>{0} no. {1} ({2}, {3})</translation>
    </message>
    <message>
        <source>公示中</source>
        <translation>On notice</translation>
    </message>
    <message>
        <source>评议中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>（已作废）</source>
        <translation>(void)</translation>
    </message>
    <message>
        <source>未通过理由</source>
        <translation>Reason not approved</translation>
    </message>
    <message>
        <source>申请人撤回</source>
        <translation>Withdrawn by applicant</translation>
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
        <source>显示全部</source>
        <translation>Show all</translation>
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
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>只列出：{words}</source>
        <translation>Only: {words}</translation>
    </message>
    <message>
        <source>共 {n} 件</source>
        <translation>{n} cases</translation>
    </message>
</context>
<context>
    <name>CertificateBatchDialog</name>
    <message>
        <source>批量打印低保证</source>
        <translation>Print dibao certificates in batch</translation>
    </message>
    <message>
        <source>按这一天所在月份的发放打印：哪些户在发放、印上的人数和金额；当月暂停发放的户不打印</source>
        <translation>Printed as paid in this day&apos;s month: which households are paid, and the persons and amounts printed; households suspended that month are not printed</translation>
    </message>
    <message>
        <source>全部村（社区）</source>
        <translation>All villages (communities)</translation>
    </message>
    <message>
        <source>发证日期从</source>
        <translation>Issued from</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>按哪天的发放打印</source>
        <translation>Print as paid on</translation>
    </message>
    <message>
        <source>要打印</source>
        <translation>To print</translation>
    </message>
    <message>
        <source>打印（预览）…</source>
        <translation>Print (preview)…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{0} 本有效的低保证</source>
        <translation>{0} valid dibao certificates</translation>
    </message>
    <message>
        <source>正在生成 {0} 本低保证……</source>
        <translation>Making {0} dibao certificates…</translation>
    </message>
    <message>
        <source>以下 {0} 户暂停发放，未打印低保证：</source>
        <translation>These {0} households are suspended and got no certificate:</translation>
    </message>
    <message>
        <source>已生成 {0} 页。</source>
        <translation>{0} pages made.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>低保证（户编号 {0}）</source>
        <translation>Dibao certificate (household {0})</translation>
    </message>
    <message>
        <source>补发须写原因：遗失、损毁……</source>
        <translation>A replacement needs a reason: lost, damaged…</translation>
    </message>
    <message>
        <source>发证</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>打印（预览）…</source>
        <translation>Print (preview)…</translation>
    </message>
    <message>
        <source>按“发证日期”所在月份实际发放的人数和金额打印</source>
        <translation>Prints the persons and the amount paid in the month of the issue date</translation>
    </message>
    <message>
        <source>发放方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>发证日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>发证需要“经办人”角色</source>
        <translation>Issuing needs the &quot;operator&quot; role</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>本户的低保证（有效的在前）：</source>
        <translation>This household&apos;s certificates (valid first):</translation>
    </message>
    <message>
        <source>{number}（{kind}{reason}，{issued}，{state}）</source>
        <translation>{number} ({kind}{reason}, {issued}, {state})</translation>
    </message>
    <message>
        <source>未发证</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <source>按本单位的打印偏移：向右 {0} 毫米，向下 {1} 毫米</source>
        <translation>Office print offset: {0} mm right, {1} mm down</translation>
    </message>
    <message>
        <source>已发证：{0}（{1}）</source>
        <translation>Issued: {0} ({1})</translation>
    </message>
    <message>
        <source>按 {0}年{1}月 发放的人数和金额打印。</source>
        <translation>Printed with the persons and the amount paid for {1}/{0}.</translation>
    </message>
</context>
<context>
    <name>CertificateOffsetDialog</name>
    <message>
        <source>低保证打印位置</source>
        <translation>Certificate print position</translation>
    </message>
    <message>
        <source> 毫米</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>先用白纸打印测试页：十字中心应距纸张左边、上边各 20 毫米。量出实际位置，偏右（偏下）几毫米就把向右（向下）的偏移减去几毫米，再打测试页核对，满意后保存。</source>
        <translation>First print the test page on plain paper: the centre of the cross should be 20 mm from the left and top edges. Measure where it really is; if it is a few mm too far right (down), subtract that from the right (down) offset, print the test page again to check, and save when it is right.</translation>
    </message>
    <message>
        <source>向右偏移（负数向左）</source>
        <translation>Right offset (negative: left)</translation>
    </message>
    <message>
        <source>向下偏移（负数向上）</source>
        <translation>Down offset (negative: up)</translation>
    </message>
    <message>
        <source>打印测试页（预览）…</source>
        <translation>Print test page (preview)…</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>保存打印位置需要“经办人”或“管理员”角色</source>
        <translation>Saving the print position needs the &quot;operator&quot; or &quot;administrator&quot; role</translation>
    </message>
    <message>
        <source>这个偏移会把十字移出纸外，测试页上的十字改为距纸张左边 {0} 毫米、上边 {1} 毫米，请按这个距离量。</source>
        <translation>This offset would move the cross off the sheet: on the test sheet it should land {0} mm from the left edge and {1} mm from the top instead. Measure against these distances.</translation>
    </message>
</context>
<context>
    <name>ChangeCaseDialog</name>
    <message>
        <source>变更或取消低保</source>
        <translation>Change or cancel dibao</translation>
    </message>
    <message>
        <source>{village}&#x3000;户主 {head}&#x3000;现为{category}，月保障金 {amount} 元，保障 {n} 人</source>
        <translation>{village}  Head {head}  now {category}, {amount} yuan/month, {n} covered</translation>
    </message>
    <message>
        <source>变更（类别、金额、人员）</source>
        <translation>Change (class, amount, persons)</translation>
    </message>
    <message>
        <source>取消低保</source>
        <translation>Cancel dibao</translation>
    </message>
    <message>
        <source>如：复核发现家庭收入增加；户主去世；迁出本乡镇</source>
        <translation>e.g. review found higher income; head died; moved out of the township</translation>
    </message>
    <message>
        <source>办理事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>变更后类别</source>
        <translation>New class</translation>
    </message>
    <message>
        <source>变更后月保障金（元）</source>
        <translation>New monthly benefit (yuan)</translation>
    </message>
    <message>
        <source>受理后须经{steps}，批准后自下月起生效；此前保障金不变。</source>
        <translation>After acceptance it goes through {steps}; once approved it takes effect from next month. Until then the benefit is unchanged.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>当前密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输入一次新密码</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>账号“{0}”</source>
        <translation>Account &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>保存新密码</source>
        <translation>Save the new password</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ComplaintsDialog</name>
    <message>
        <source>举报登记（有报必查、有查必答）</source>
        <translation>Complaints (every complaint checked and answered)</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>举报人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>被举报家庭</source>
        <translation>Household complained about</translation>
    </message>
    <message>
        <source>举报内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>答复期限</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>只看待答复的</source>
        <translation>Only those awaiting an answer</translation>
    </message>
    <message>
        <source>（请填户编号）</source>
        <translation>(enter household no.)</translation>
    </message>
    <message>
        <source>不填为匿名</source>
        <translation>Leave blank for anonymous</translation>
    </message>
    <message>
        <source>被举报户编号</source>
        <translation>Household no. complained about</translation>
    </message>
    <message>
        <source>举报方式</source>
        <translation>How received</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>登记举报</source>
        <translation>Record complaint</translation>
    </message>
    <message>
        <source>受理举报</source>
        <translation>Receive complaint</translation>
    </message>
    <message>
        <source>调查核实情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>调查人</source>
        <translation>Investigator</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>答复所选举报</source>
        <translation>Answer selected complaint</translation>
    </message>
    <message>
        <source>调查与答复</source>
        <translation>Investigation and answer</translation>
    </message>
    <message>
        <source>更正所选…</source>
        <translation>Correct selected…</translation>
    </message>
    <message>
        <source>删除所选…</source>
        <translation>Delete selected…</translation>
    </message>
    <message>
        <source>工作日历…</source>
        <translation>Working calendar…</translation>
    </message>
    <message>
        <source>补录或更正放假、调休的日期（用于计算答复期限）</source>
        <translation>Enter or correct holidays and swapped working days (for complaint deadlines)</translation>
    </message>
    <message>
        <source>* 期限所跨年份的节假日安排尚未录入，按周一至周五推算；国家公布后请点“工作日历…”补录。</source>
        <translation>* The holidays of a year the deadline runs into are not entered yet: counted on Monday to Friday; once they are published, enter them with &quot;Working calendar…&quot;.</translation>
    </message>
    <message>
        <source>已答复：{0}</source>
        <translation>Answered: {0}</translation>
    </message>
    <message>
        <source>已超期 {0} 天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <source>剩 {0} 天</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <source>已登记举报 {0}，应于 {1} 前答复。</source>
        <translation>Complaint {0} recorded; answer due before {1}.</translation>
    </message>
    <message>
        <source>（所跨年份的节假日安排尚未录入，期限按周一至周五推算）</source>
        <translation>(holidays for the years covered are not entered yet; the deadline counts Monday to Friday)</translation>
    </message>
    <message>
        <source>请先在列表中选择一件举报。</source>
        <translation>Select a complaint in the list first.</translation>
    </message>
    <message>
        <source>更正举报 {0}</source>
        <translation>Correct complaint {0}</translation>
    </message>
    <message>
        <source>更正受理时登记的内容；收到日期改变时答复期限重新计算。</source>
        <translation>Correct what was recorded on receipt; if the received date changes, the answer deadline is recomputed.</translation>
    </message>
    <message>
        <source>已更正举报 {0}。</source>
        <translation>Corrected complaint {0}.</translation>
    </message>
    <message>
        <source>删除举报 {0}</source>
        <translation>Delete complaint {0}</translation>
    </message>
    <message>
        <source>删除误登记（如重复登记）的举报：{0} {1}，{2}。</source>
        <translation>Delete a complaint recorded by mistake (e.g. twice): {0} {1}, {2}.</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>已删除举报 {0}。</source>
        <translation>Deleted complaint {0}.</translation>
    </message>
    <message>
        <source>举报 {0} 已答复：{1}。</source>
        <translation>Complaint {0} answered: {1}.</translation>
    </message>
    <message>
        <source>该户复核已设为立即到期。</source>
        <translation>This household&apos;s review is now due at once.</translation>
    </message>
    <message>
        <source>该户现不在保障中，没有复核可安排；查实的情况请在该户办理中的案件里核查，已领取的保障金属不当领取的，请登记追回。</source>
        <translation>The household is not on benefit, so there is no review to bring forward; check what was found in its open case, and record a recovery for any benefit it received wrongly.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>必填：为什么更正或删除（记入操作日志）</source>
        <translation>Required: why correct or delete (recorded in the audit log)</translation>
    </message>
    <message>
        <source>保存更正</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
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
        <translation>Approve</translation>
    </message>
    <message>
        <source>不予批准</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>不予批准时必填；批准时可填批复文号等</source>
        <translation>Required when not approving; when approving, e.g. the reply&apos;s document number</translation>
    </message>
    <message>
        <source>该户在县局入户抽查样本中</source>
        <translation>This household is in the county&apos;s spot-check sample</translation>
    </message>
    <message>
        <source>审批结果</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>理由 / 批复</source>
        <translation>Reason / reply</translation>
    </message>
    <message>
        <source>特殊情况：经审批机关集体讨论批准</source>
        <translation>Special case: approved by the approving office&apos;s collective decision</translation>
    </message>
    <message>
        <source>参加集体讨论的人员，用顿号分开</source>
        <translation>People at the collective discussion, separated by 、</translation>
    </message>
    <message>
        <source>讨论纪要或批准理由，如：户主患尿毒症，每月透析费用超过家庭收入</source>
        <translation>Minutes or reason for approval, e.g. head has uremia; monthly dialysis costs exceed household income</translation>
    </message>
    <message>
        <source>按保障金测算，该户不符合低保条件：只有重病或支出大于收入的特殊情况，经集体讨论方可批准。</source>
        <translation>By the benefit calculation this household is not eligible: only a special case of serious illness or spending above income may be approved, by collective decision.</translation>
    </message>
    <message>
        <source>特殊情况</source>
        <translation>Special case</translation>
    </message>
    <message>
        <source>讨论日期</source>
        <translation>Discussed on</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>纪要 / 理由</source>
        <translation>Minutes / reason</translation>
    </message>
</context>
<context>
    <name>CountyPaymentsTab</name>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>相符</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>无账册合计</source>
        <translation>No ledger totals</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation>Area code</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township (street)</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>保障人口</source>
        <translation>Covered persons</translation>
    </message>
    <message>
        <source>造册金额（元）</source>
        <translation>Roster amount (yuan)</translation>
    </message>
    <message>
        <source>账册户数</source>
        <translation>Ledger households</translation>
    </message>
    <message>
        <source>账册应发（元）</source>
        <translation>Ledger due (yuan)</translation>
    </message>
    <message>
        <source>补发（元）</source>
        <translation>Back pay (yuan)</translation>
    </message>
    <message>
        <source>专项补贴（元）</source>
        <translation>Special subsidies (yuan)</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>核对</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>造册类型</source>
        <translation>Roster type</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>造册期间</source>
        <translation>Roster period</translation>
    </message>
    <message>
        <source>审核日期</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <source>户次</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>补发、专项补贴造册（乡镇另行造册发放，不计入上面的常规造册及其与账册的核对）</source>
        <translation>Back-pay and special-subsidy rosters (paid by the township apart; not in the regular rosters above nor in their check against the ledger)</translation>
    </message>
    <message>
        <source>各乡镇上报的发放造册（同一期间以最近一次为准）</source>
        <translation>Payment rosters reported by townships (latest one per period)</translation>
    </message>
    <message>
        <source>补发 {0} 份 {1} 元</source>
        <translation>back pay: {0} rosters, {1} yuan</translation>
    </message>
    <message>
        <source>专项补贴 {0} 份 {1} 元</source>
        <translation>special subsidies: {0} rosters, {1} yuan</translation>
    </message>
    <message>
        <source>{0}：{1} 个乡镇，{2} 户，{3} 人，{4} 元</source>
        <translation>{0}: {1} townships, {2} households, {3} persons, {4} yuan</translation>
    </message>
    <message>
        <source>；发放合计 {0} 元</source>
        <translation>; paid in all {0} yuan</translation>
    </message>
    <message>
        <source>{0} 份造册与乡镇账册不符，请核对</source>
        <translation>{0} rosters do not match the township ledger; please check</translation>
    </message>
</context>
<context>
    <name>CountyRecoveryTab</name>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>登记编号</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>应追回（元）</source>
        <translation>To recover (yuan)</translation>
    </message>
    <message>
        <source>已收回（元）</source>
        <translation>Recovered (yuan)</translation>
    </message>
    <message>
        <source>其中待银行回执（元）</source>
        <translation>Of which awaiting bank (yuan)</translation>
    </message>
    <message>
        <source>尚欠（元）</source>
        <translation>Owed (yuan)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>只显示待追回的</source>
        <translation>Only open recoveries</translation>
    </message>
    <message>
        <source>各乡镇随花名册上报的追回登记</source>
        <translation>Recoveries reported by townships with their rosters</translation>
    </message>
    <message>
        <source>共 {0} 条，尚欠合计 {1} 元</source>
        <translation>{0} entries, {1} yuan owed in total</translation>
    </message>
    <message>
        <source>；已收回中有 {0} 元为造册扣减、待银行回执（银行回盘为成功后才实际收回）</source>
        <translation>; {0} yuan of the amount recovered are roster deductions awaiting the bank&apos;s answer (recovered only once the bank reports them paid)</translation>
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
        <translation>Covered persons</translation>
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
        <source>低保证号</source>
        <translation>Certificate no.</translation>
    </message>
</context>
<context>
    <name>CountyView</name>
    <message>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <source>{0} 户，保障 {1} 人，月保障金 {2} 元</source>
        <translation>{0} households, {1} covered, {2} yuan/month</translation>
    </message>
    <message>
        <source>待审批 {0} 件，其中尚未抽样 {1} 件。</source>
        <translation>{0} cases awaiting approval, {1} of them not yet sampled.</translation>
    </message>
    <message>
        <source>入户抽查</source>
        <translation>County spot check</translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation>Area code</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township (street)</translation>
    </message>
    <message>
        <source>花名册期间</source>
        <translation>Roster period</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>保障人口</source>
        <translation>Covered persons</translation>
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
        <translation>Township</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case no.</translation>
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
        <translation>Proposed benefit (yuan/month)</translation>
    </message>
    <message>
        <source>抽中</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <source>未抽中</source>
        <translation>Not drawn</translation>
    </message>
    <message>
        <source>未抽样</source>
        <translation>Not sampled</translation>
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
        <translation>Approve</translation>
    </message>
    <message>
        <source>特殊情况</source>
        <translation>Special case</translation>
    </message>
    <message>
        <source>证据摘要</source>
        <translation>Evidence summary</translation>
    </message>
    <message>
        <source>显示已审批的案件</source>
        <translation>Show decided cases</translation>
    </message>
    <message>
        <source>抽取入户抽查样本…</source>
        <translation>Draw spot-check sample…</translation>
    </message>
    <message>
        <source>批准所选</source>
        <translation>Approve selected</translation>
    </message>
    <message>
        <source>不批准所选…</source>
        <translation>Refuse selected…</translation>
    </message>
    <message>
        <source>按特殊情况批准…</source>
        <translation>Approve as special case…</translation>
    </message>
    <message>
        <source>重病或支出大于收入的特殊情况，经集体讨论批准</source>
        <translation>Special case of serious illness or spending above income, approved by collective decision</translation>
    </message>
    <message>
        <source>按回执退回重审…</source>
        <translation>Reopen from receipt…</translation>
    </message>
    <message>
        <source>乡镇导入审批结果时拒收的案件（见乡镇的回执），退回待审批，重新审批</source>
        <translation>Cases whose decision the township rejected on import (see its receipt) go back to awaiting approval, to be decided again</translation>
    </message>
    <message>
        <source>各乡镇上报的待审批案件</source>
        <translation>Cases from the townships awaiting approval</translation>
    </message>
    <message>
        <source>各乡镇花名册合计（最近一次上报）</source>
        <translation>Township roster totals (latest report)</translation>
    </message>
    <message>
        <source>待审批案件</source>
        <translation>Cases for approval</translation>
    </message>
    <message>
        <source>合并花名册</source>
        <translation>Merged roster</translation>
    </message>
    <message>
        <source>发放汇总</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>追回登记</source>
        <translation>Recoveries</translation>
    </message>
    <message>
        <source>核对预警…</source>
        <translation>Cross-check warnings…</translation>
    </message>
    <message>
        <source>为花名册上的家庭录入核对预警，并导出下发乡镇</source>
        <translation>Enter cross-check warnings for households on the roster and export them to the townships</translation>
    </message>
    <message>
        <source>乡镇（街道）：</source>
        <translation>Township (street):</translation>
    </message>
    <message>
        <source>全县合计：{0} 个乡镇（街道），{1} 户，保障 {2} 人，月保障金 {3} 元；待审批 {4} 件，已审批 {5} 件</source>
        <translation>County total: {0} townships, {1} households, {2} covered persons, monthly benefit {3} yuan; {4} cases awaiting, {5} decided</translation>
    </message>
    <message>
        <source>从尚未抽样的待审批案件中抽取的比例（%，不低于政策规定的 {0}%）：</source>
        <translation>Share of unsampled pending cases to draw (%, at least the policy&apos;s {0}%):</translation>
    </message>
    <message>
        <source>不能抽样</source>
        <translation>Cannot draw sample</translation>
    </message>
    <message>
        <source>抽样完成</source>
        <translation>Sample drawn</translation>
    </message>
    <message>
        <source>{0} 件中抽取 {1} 件入户抽查（比例 {2}%，随机种子 {3}，已记录，可复核）。</source>
        <translation>{1} of {0} cases drawn for spot checks (share {2}%, random seed {3}, recorded and repeatable).</translation>
    </message>
    <message>
        <source>请先选择</source>
        <translation>Select first</translation>
    </message>
    <message>
        <source>请先在列表中选择案件。</source>
        <translation>Select cases in the list first.</translation>
    </message>
    <message>
        <source>未审批</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>{0}（案件 {1}）</source>
        <translation>{0} (cases {1})</translation>
    </message>
    <message>
        <source>选择乡镇的回执</source>
        <translation>Choose the township&apos;s receipt</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>不能退回重审</source>
        <translation>Cannot reopen</translation>
    </message>
    <message>
        <source>已退回待审批：{0} 号案件（{1}），乡镇拒收原因：{2}</source>
        <translation>Back to awaiting approval: case {0} ({1}); the township rejected it because: {2}</translation>
    </message>
    <message>
        <source>未改动：{0} 号案件（{1}）：{2}</source>
        <translation>Unchanged: case {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>退回重审</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>回执中没有被乡镇拒收的审批结果。</source>
        <translation>The receipt has no decision the township rejected.</translation>
    </message>
    <message>
        <source>不批准</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>不批准的理由：</source>
        <translation>Reason for refusing:</translation>
    </message>
    <message>
        <source>部分案件未审批</source>
        <translation>Some cases not decided</translation>
    </message>
</context>
<context>
    <name>CountyWarningDialog</name>
    <message>
        <source>核对预警（下发乡镇）</source>
        <translation>Cross-check warnings (to townships)</translation>
    </message>
    <message>
        <source>户主身份证号（须在该乡镇最近上报的花名册上）</source>
        <translation>Head&apos;s ID number (must be on the township&apos;s latest roster)</translation>
    </message>
    <message>
        <source>比对发现了什么，如：名下存款 12 万元</source>
        <translation>What the check found, e.g. savings of 120,000 yuan</translation>
    </message>
    <message>
        <source>登记预警</source>
        <translation>Record warning</translation>
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
        <translation>Warning type</translation>
    </message>
    <message>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>比对日期</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>答复截止日期</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <source>取消修改</source>
        <translation>Cancel editing</translation>
    </message>
    <message>
        <source>预警编号</source>
        <translation>Warning no.</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>答复截止</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <source>修改所选…</source>
        <translation>Edit selected…</translation>
    </message>
    <message>
        <source>把所选预警填回上面修改；已下发的预警不能修改</source>
        <translation>Put the selected warning back in the form above to edit it; a warning already sent cannot be edited</translation>
    </message>
    <message>
        <source>删除所选…</source>
        <translation>Delete selected…</translation>
    </message>
    <message>
        <source>删除录错的预警；已下发的预警不能删除</source>
        <translation>Delete a warning entered by mistake; a warning already sent cannot be deleted</translation>
    </message>
    <message>
        <source>这里只列待下发的预警，可以修改或删除；已下发的预警乡镇已收到，只读。</source>
        <translation>Only warnings not yet sent are listed here; they can be edited or deleted. Sent warnings are with the township and read-only.</translation>
    </message>
    <message>
        <source>导出待下发预警…</source>
        <translation>Export warnings to send…</translation>
    </message>
    <message>
        <source>重新导出上一包…</source>
        <translation>Export the last package again…</translation>
    </message>
    <message>
        <source>U 盘丢失或损坏时：再写一次上一个预警数据包（顺序号不变）</source>
        <translation>When the USB stick was lost or damaged: write the last warnings package again (same number)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>该乡镇待下发的预警 {0} 条</source>
        <translation>{0} warnings waiting to be sent to this township</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>删除预警</source>
        <translation>Delete warning</translation>
    </message>
    <message>
        <source>删除预警 {0}（{1}，{2}）？删除后不会下发乡镇。</source>
        <translation>Delete warning {0} ({1}, {2})? It will not be sent to the township.</translation>
    </message>
    <message>
        <source>不能删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>没有乡镇</source>
        <translation>No townships</translation>
    </message>
    <message>
        <source>请先导入乡镇上报的花名册。</source>
        <translation>Import a township&apos;s roster first.</translation>
    </message>
    <message>
        <source>不能修改</source>
        <translation>Cannot edit</translation>
    </message>
    <message>
        <source>不能登记</source>
        <translation>Cannot record</translation>
    </message>
    <message>
        <source>导出核对预警数据包</source>
        <translation>Export cross-check warnings package</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>导出完成，请注意</source>
        <translation>Exported — please note</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出第 {0} 号核对预警数据包：{1} 条。
文件已读回核对无误：{2}</source>
        <translation>Exported cross-check warnings package no. {0}: {1} warnings.
The file was read back and checked: {2}</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <source>设置管理员账号</source>
        <translation>Set up the administrator account</translation>
    </message>
    <message>
        <source>管理员账号</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输入一次密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>本单位的数据还没有账号，打开数据需要登录。请设置管理员账号和密码（管理员同时拥有经办人、审核人角色，一个人办理也只需这一个账号）。</source>
        <translation>The office&apos;s data has no account yet, and opening it needs a sign-in. Set the administrator account and password (the administrator also has the operator and reviewer roles, so one person working alone needs only this account).</translation>
    </message>
    <message>
        <source>保存并登录</source>
        <translation>Save and sign in</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>Quit</translation>
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
        <translation>Answer by</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>逾期 {0} 天</source>
        <translation>{0} days overdue</translation>
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
        <translation>Details</translation>
    </message>
    <message>
        <source>只看待答复的</source>
        <translation>Only those awaiting an answer</translation>
    </message>
    <message>
        <source>家庭须在截止日期前提供反证；逾期未答复的视为退出，可按规定办理。</source>
        <translation>The household must give counter-evidence before the deadline; no answer by then counts as leaving, to be handled as the rules say.</translation>
    </message>
    <message>
        <source>已提供反证…</source>
        <translation>Counter-evidence given…</translation>
    </message>
    <message>
        <source>核实属实…</source>
        <translation>Confirmed…</translation>
    </message>
    <message>
        <source>逾期视为退出…</source>
        <translation>Overdue: counts as leaving…</translation>
    </message>
    <message>
        <source>逾期未答复的全部视为退出</source>
        <translation>All overdue unanswered warnings count as leaving</translation>
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
        <translation>Select a warning in the list first.</translation>
    </message>
    <message>
        <source>登记答复</source>
        <translation>Record answer</translation>
    </message>
    <message>
        <source>说明（反证材料、核实情况等）：</source>
        <translation>Note (counter-evidence, findings, etc.):</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>逾期预警</source>
        <translation>Overdue warnings</translation>
    </message>
    <message>
        <source>{0} 条预警逾期未答复，已登记为视为退出；相关家庭复核已到期，并已登记取消保障。</source>
        <translation>{0} warnings were overdue without answer and are recorded as leaving; those households&apos; reviews are due and cancellations are recorded.</translation>
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
        <translation>e.g. Dongfeng village committee meeting room</translation>
    </message>
    <message>
        <source>如：村民代表 11 人、驻村干部 1 人</source>
        <translation>e.g. 11 villager representatives, 1 village-based cadre</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>逐项评议：对某一项提出有理由的异议，在“异议理由”中写明，该项即不通过（不是表决）。</source>
        <translation>Item by item: a reasoned objection to an item, written under &quot;Objection&quot;, fails that item (it is not a vote).</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>异议理由</source>
        <translation>Objection</translation>
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
        <translation>Reason for not passing (blank: the objections)</translation>
    </message>
    <message>
        <source>评议结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>{n} 项有异议，不能评议通过</source>
        <translation>{n} items with objections: cannot pass</translation>
    </message>
    <message>
        <source>共 {n} 项，均无异议</source>
        <translation>{n} items, no objections</translation>
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
        <translation>USB drive: {0} ({1}, {2} GB free)</translation>
    </message>
    <message>
        <source>上次使用的文件夹：{0}</source>
        <translation>Last folder used: {0}</translation>
    </message>
    <message>
        <source>导出数据包</source>
        <translation>Export package</translation>
    </message>
    <message>
        <source>月份如 2026-11，季度如 2026Q4</source>
        <translation>Month e.g. 2026-11, quarter e.g. 2026Q4</translation>
    </message>
    <message>
        <source>重新导出上一个数据包（顺序号不变，用于 U 盘丢失或损坏）</source>
        <translation>Export the last package again (same number; for a lost or damaged USB drive)</translation>
    </message>
    <message>
        <source>文件先写入临时文件，读回核对无误后才会出现在目标文件夹中。</source>
        <translation>The file is written to a temporary file first and appears in the folder only after it has been read back and checked.</translation>
    </message>
    <message>
        <source>数据包类别</source>
        <translation>Package type</translation>
    </message>
    <message>
        <source>下发给</source>
        <translation>Send to</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>主文件夹：{0}</source>
        <translation>Home folder: {0}</translation>
    </message>
    <message>
        <source>其他文件夹…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <source>选择保存的文件夹</source>
        <translation>Choose the folder to save in</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>请选择保存的文件夹并填写文件名。</source>
        <translation>Choose the folder and enter a file name.</translation>
    </message>
    <message>
        <source>文件已存在</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>{0} 已存在，要替换它吗？</source>
        <translation>{0} already exists. Replace it?</translation>
    </message>
    <message>
        <source>正在导出数据包…</source>
        <translation>Exporting package…</translation>
    </message>
    <message>
        <source>{0} {1} 行</source>
        <translation>{0} {1} rows</translation>
    </message>
    <message>
        <source>已导出第 {0} 号{1}数据包：{2}。
文件已读回核对无误：{3}</source>
        <translation>Exported {1} package no. {0}: {2}.
The file was read back and checked: {3}</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>导出失败，未生成文件。详细原因已记入日志。</source>
        <translation>Export failed; no file was written. Details are in the log.</translation>
    </message>
    <message>
        <source>导出未完成</source>
        <translation>Export not finished</translation>
    </message>
</context>
<context>
    <name>FilesSection</name>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>归档时间</source>
        <translation>Filed at</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>所属</source>
        <translation>Filed under</translation>
    </message>
    <message>
        <source> 页</source>
        <translation> pages</translation>
    </message>
    <message>
        <source>材料归入本户，或归入本户的某件申请、变更、取消</source>
        <translation>File the document under the household, or under one of its applications, changes or cancellations</translation>
    </message>
    <message>
        <source>添加材料…</source>
        <translation>Add document…</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>打印材料目录…</source>
        <translation>Print document list…</translation>
    </message>
    <message>
        <source>材料类别</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>归入</source>
        <translation>File under</translation>
    </message>
    <message>
        <source>扫描件或照片（PDF、JPG、PNG，每个不超过 {0} MB）复制到 {1} 保存，备份时一并备份，恢复备份时一并恢复。</source>
        <translation>Scans or photos (PDF, JPG, PNG, at most {0} MB each) are copied to {1}; backups include them and a restore brings them back.</translation>
    </message>
    <message>
        <source>本户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>{0}第{1}号（{2}）</source>
        <translation>{0} No. {1} ({2})</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>无法预览</source>
        <translation>No preview</translation>
    </message>
    <message>
        <source>保存材料目录</source>
        <translation>Save document list</translation>
    </message>
    <message>
        <source>档案材料目录-户{0}.pdf</source>
        <translation>document-list-household-{0}.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>未能生成</source>
        <translation>Could not create</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>选择扫描件或照片</source>
        <translation>Choose scans or photos</translation>
    </message>
    <message>
        <source>扫描件或照片 (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scans or photos (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>未能归档</source>
        <translation>Could not file</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>数据文件夹中找不到“{0}”，可能已被移走。</source>
        <translation>&quot;{0}&quot; is not in the data folder; it may have been moved.</translation>
    </message>
    <message>
        <source>请先选择</source>
        <translation>Select first</translation>
    </message>
    <message>
        <source>请先在列表中选择一份材料。</source>
        <translation>First select a document in the list.</translation>
    </message>
    <message>
        <source>删除材料</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <source>确定删除“{0}”吗？删除会记入操作记录。</source>
        <translation>Delete &quot;{0}&quot;? The deletion is recorded in the audit log.</translation>
    </message>
    <message>
        <source>未能删除</source>
        <translation>Could not delete</translation>
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
        <source>您的姓名，也是登录用的管理员账号</source>
        <translation>Your name, also the administrator account for signing in</translation>
    </message>
    <message>
        <source>至少 6 位</source>
        <translation>At least 6 characters</translation>
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
        <source>管理员账号</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输入一次密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>从备份恢复本单位的数据（换了电脑或重装后）…</source>
        <translation>Restore this office&apos;s data from a backup (new PC or reinstalled)…</translation>
    </message>
    <message>
        <source>第一次使用，请填写本单位信息（以后可在“设置”中修改），并设置管理员账号的密码。</source>
        <translation>First start: enter your office&apos;s details (you can change them later in Settings) and set the administrator&apos;s password.</translation>
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
        <source>选择备份文件（U 盘或备份文件夹中的 dibao-….sqlite3）</source>
        <translation>Choose the backup (dibao-….sqlite3 on the USB stick or in the backup folder)</translation>
    </message>
    <message>
        <source>数据备份 (*.sqlite3)</source>
        <translation>Data backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>已恢复{0}的数据。请用本单位原来的账号和密码登录。</source>
        <translation>The data of {0} is restored. Sign in with the office&apos;s own account and password.</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
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
        <translation>Stop from month (inclusive)</translation>
    </message>
    <message>
        <source>起始月份</source>
        <translation>Start month</translation>
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
        <translation>By the benefit calculation</translation>
    </message>
    <message>
        <source>按乡镇审核拟定</source>
        <translation>As proposed by the township check</translation>
    </message>
    <message>
        <source>按该户现有待遇</source>
        <translation>The household&apos;s current benefit</translation>
    </message>
    <message>
        <source>无测算，请填写</source>
        <translation>No calculation; please enter</translation>
    </message>
    <message>
        <source>默认值</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>按保障金测算，该户目前不符合低保条件，请核实后再办理。</source>
        <translation>By the benefit calculation this household is not eligible now; check before going on.</translation>
    </message>
    <message>
        <source>保障金测算</source>
        <translation>Benefit calculation</translation>
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
        <translation>Investigation (home visit)</translation>
    </message>
    <message>
        <source>两名调查人，如：李明、赵华</source>
        <translation>Two investigators, e.g. Li Ming, Zhao Hua</translation>
    </message>
    <message>
        <source>家庭成员、收入、财产、居住、劳动能力等调查情况</source>
        <translation>Findings on members, income, assets, housing, work capacity, etc.</translation>
    </message>
    <message>
        <source>调查人已在调查表上签字</source>
        <translation>Investigators signed the investigation form</translation>
    </message>
    <message>
        <source>申请人已签字确认调查结果</source>
        <translation>Applicant signed to confirm the findings</translation>
    </message>
    <message>
        <source>调查情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>HouseholdEventDialog</name>
    <message>
        <source>登记家庭变故</source>
        <translation>Record household event</translation>
    </message>
    <message>
        <source>全户</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>哪位成员、什么情况、证明材料</source>
        <translation>Which member, what happened, supporting documents</translation>
    </message>
    <message>
        <source>变故</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>哪位成员</source>
        <translation>Which member</translation>
    </message>
    <message>
        <source>人员状态</source>
        <translation>Person status</translation>
    </message>
    <message>
        <source>新户主</source>
        <translation>New head</translation>
    </message>
    <message>
        <source>发生日期</source>
        <translation>Happened on</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>登记后该户复核立即到期。成员死亡、迁出或服刑的，该成员不再计入家庭人口：其余成员从次月起重新核定保障金（变更），没有其余成员的取消保障；均须办完审批，批准前保障金不变。</source>
        <translation>Once saved, the household&apos;s review is due at once. A member who died, moved away or is serving a sentence no longer counts in the household: the benefit of the members who remain is assessed again from the next month (a change); with no member remaining, the benefit is cancelled. Either goes through approval, and the benefit stays as it is until it is granted.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>户主：{0}&#x3000;{1}</source>
        <translation>Head: {0}  {1}</translation>
    </message>
    <message>
        <source>已登记{0}，复核已到期</source>
        <translation>{0} recorded; review is due</translation>
    </message>
    <message>
        <source>；{0}不再计入家庭人口</source>
        <translation>; {0} no longer counts in the household</translation>
    </message>
    <message>
        <source>，户主改为{0}（请改为新户主的发放账号）</source>
        <translation>, head of household now {0} (change the payment account to the new head&apos;s)</translation>
    </message>
    <message>
        <source>；{0}与新户主的关系无法确定，已记为“其他”，请核对</source>
        <translation>; the relation of {0} to the new head could not be determined and was set to “other”: please check</translation>
    </message>
    <message>
        <source>；已提出变更（家庭成员减少），{0}年{1}月起按其余 {2} 人重新核定</source>
        <translation>; a change (fewer members) is proposed: from {1}/{0} the benefit is assessed again for the {2} remaining</translation>
    </message>
    <message>
        <source>；已登记{0}</source>
        <translation>; {0} recorded</translation>
    </message>
</context>
<context>
    <name>HouseholdEventUndoDialog</name>
    <message>
        <source>撤销家庭变故</source>
        <translation>Undo a household event</translation>
    </message>
    <message>
        <source>为什么撤销：如登记错了成员、日期，或并无此事</source>
        <translation>Why undo: e.g. the wrong member or date was entered, or it did not happen</translation>
    </message>
    <message>
        <source>变故</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>撤销原因</source>
        <translation>Reason for undoing</translation>
    </message>
    <message>
        <source>撤销后，该成员的人员状态、户主和成员关系恢复到登记前，其提出的尚未开始办理的案件一并撤回。案件已开始办理、已批准、变故已复核，或其后又登记了成员变故的，不能撤销。撤销“新增家庭成员”即从该户删除新增的成员。</source>
        <translation>Undoing puts the member&apos;s status, the head and the relations back as they were before the event, and withdraws the cases it proposed that have not begun. It cannot be undone once a case has begun or been approved, the event has been reviewed, or a later member event was recorded. Undoing an &quot;added member&quot; event removes the added members from the household.</translation>
    </message>
    <message>
        <source>撤销此事件</source>
        <translation>Undo this event</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>该户没有登记的变故。</source>
        <translation>No event is recorded for this household.</translation>
    </message>
    <message>
        <source>已撤销{0}的{1}</source>
        <translation>Undid the {1} of {0}</translation>
    </message>
    <message>
        <source>；误增的成员{0}已从该户删除</source>
        <translation>; {0}, added by mistake, removed from the household</translation>
    </message>
    <message>
        <source>；{0}的人员状态恢复为{1}，户主为{2}</source>
        <translation>; {0}&apos;s status is {1} again, the head is {2}</translation>
    </message>
    <message>
        <source>；其提出的案件 {0} 已撤回</source>
        <translation>; the case it proposed, {0}, is withdrawn</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <source>新增家庭</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>修改家庭信息</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <source>银行账户以谁的名义开立：银行代发时核对户名</source>
        <translation>In whose name the bank account is opened: the bank checks the name when it pays</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>开户人</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>已签字同意公示家庭及赡养人收入（详细公示）</source>
        <translation>Signed consent to publish household and supporters&apos; income (detailed notice)</translation>
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
        <translation>Work-cost deduction (yuan/month)</translation>
    </message>
    <message>
        <source>低保证</source>
        <translation>Dibao certificate</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>三无人员户（无劳动能力、无生活来源、无法定赡养抚养扶养义务人）</source>
        <translation>“Three-nos” household (no capacity to work, no income, no one with a legal duty of support)</translation>
    </message>
    <message>
        <source>主要致贫原因</source>
        <translation>Main cause of poverty</translation>
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
        <translation>18 digits</translation>
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
        <translation>Employment</translation>
    </message>
    <message>
        <source>已办失业登记</source>
        <translation>Registered unemployed</translation>
    </message>
    <message>
        <source>纳入保障</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>不纳入原因</source>
        <translation>Why not covered</translation>
    </message>
    <message>
        <source>生活自理</source>
        <translation>Self-care</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>人员状态</source>
        <translation>Person status</translation>
    </message>
    <message>
        <source>状态日期</source>
        <translation>Status date</translation>
    </message>
    <message>
        <source>年-月-日</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>收入类别</source>
        <translation>Income type</translation>
    </message>
    <message>
        <source>收入人</source>
        <translation>Earner</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>按</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>折合</source>
        <translation>Equals</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>财产类别</source>
        <translation>Asset type</translation>
    </message>
    <message>
        <source>价值（元）</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <source>面积（㎡）</source>
        <translation>Area (㎡)</translation>
    </message>
    <message>
        <source>房产填写</source>
        <translation>Housing details</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>义务</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>家庭人口</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>家庭月收入（元）</source>
        <translation>Household income (yuan/month)</translation>
    </message>
    <message>
        <source>月给付（元）</source>
        <translation>Monthly support (yuan)</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>添加成员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>家庭收入</source>
        <translation>Household income</translation>
    </message>
    <message>
        <source>添加收入</source>
        <translation>Add income</translation>
    </message>
    <message>
        <source>家庭财产</source>
        <translation>Household assets</translation>
    </message>
    <message>
        <source>添加财产</source>
        <translation>Add asset</translation>
    </message>
    <message>
        <source>赡养（抚养、扶养）人</source>
        <translation>Supporters</translation>
    </message>
    <message>
        <source>添加赡养人</source>
        <translation>Add supporter</translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation>Delete selected row</translation>
    </message>
    <message>
        <source>双击一条问题，转到出错的地方</source>
        <translation>Double-click a problem to go to the field it is about</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>家庭基本情况</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>需要更正的问题：</source>
        <translation>To correct:</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>（未填姓名）</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>{0}，{1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>原开户人（身份证号 {0}）已不是本户成员，开户人已改为户主：请核对银行账号是否为户主本人的账户，或重新选择开户人</source>
        <translation>The former account holder (ID number {0}) is no longer a member of this household; the holder is now the head: check that the bank account is the head&apos;s own, or choose another holder</translation>
    </message>
    <message>
        <source>全家</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>第{0}人</source>
        <translation>Person {0}</translation>
    </message>
    <message>
        <source>{0}（已停用）</source>
        <translation>{0} (retired)</translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>家庭月收入 {0} 元，扣减 {1} 元，计算收入 {2} 元；家庭人口 {3} 人（保障 {4} 人）；月人均收入 {5} 元</source>
        <translation>Household income {0} yuan/month, deductions {1} yuan, counted income {2} yuan; {3} persons ({4} covered); income per person {5} yuan/month</translation>
    </message>
    <message>
        <source>每月 {0} 元</source>
        <translation>{0} yuan a month</translation>
    </message>
    <message>
        <source>每年 {0} 元</source>
        <translation>{0} yuan a year</translation>
    </message>
    <message>
        <source>{number}（{kind}{reason}，{issued}，{state}）</source>
        <translation>{number} ({kind}{reason}, {issued}, {state})</translation>
    </message>
    <message>
        <source>未发证</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>尚未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>填写的内容还没有保存，确定要放弃吗？</source>
        <translation>What you entered is not saved. Discard it?</translation>
    </message>
</context>
<context>
    <name>HouseholdLedgerDialog</name>
    <message>
        <source>保障金台账：{0}</source>
        <translation>Benefit ledger: {0}</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;{2} 年 {3} 月及以前为已发放月份，不再改写；更正记为补发或追回。</source>
        <translation>{0}  {1}  Months up to {2}-{3} are paid and never rewritten; corrections are booked as back pay or recovery.</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
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
        <source>保障人数</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>月保障金（元）</source>
        <translation>Monthly benefit (yuan)</translation>
    </message>
    <message>
        <source>其中分类施保/加发</source>
        <translation>Of which class supplement</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>批准日期</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>（未发放）</source>
        <translation>(not paid yet)</translation>
    </message>
    <message>
        <source>（案件 {0}）</source>
        <translation>(case {0})</translation>
    </message>
    <message>
        <source>{0}年{1}月 {2} {3} 元（{4} 至 {5}）</source>
        <translation>{0}-{1} {2} {3} yuan ({4} to {5})</translation>
    </message>
    <message>
        <source>没有补发或追回。</source>
        <translation>No back pay or recovery.</translation>
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
    <name>HouseholdPageDialog</name>
    <message>
        <source>显示完整的身份证号和银行账号</source>
        <translation>Show full ID and account numbers</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>收入与财产</source>
        <translation>Income and assets</translation>
    </message>
    <message>
        <source>待遇与台账</source>
        <translation>Benefit and ledger</translation>
    </message>
    <message>
        <source>审批记录</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>复核</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>联动救助</source>
        <translation>Linked assistance</translation>
    </message>
    <message>
        <source>诚信与监督</source>
        <translation>Integrity and oversight</translation>
    </message>
    <message>
        <source>档案材料</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>修改家庭信息…</source>
        <translation>Edit household…</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>打印本户表格</source>
        <translation>Print household forms</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>找不到这一户</source>
        <translation>Household not found</translation>
    </message>
    <message>
        <source>开户人：{0}（{1}，非户主本人）：造册和银行文件按开户人姓名发放</source>
        <translation>Account holder: {0} ({1}, not the head): rosters and bank files pay under the holder&apos;s name</translation>
    </message>
    <message>
        <source>身份证号 {0}</source>
        <translation>ID number {0}</translation>
    </message>
    <message>
        <source>开户人：{0} 已不在本户：审核造册时将被拒绝，请在家庭信息中重新选择开户人并更正银行账号</source>
        <translation>Account holder: {0} no longer lives in the household: signing a roster will be refused; choose another holder and correct the bank account in the household&apos;s details</translation>
    </message>
    <message>
        <source>一户一档 — {0}（户编号 {1}）</source>
        <translation>Household file — {0} (household {1})</translation>
    </message>
    <message>
        <source>{0} 家 · {1} · 户编号 {2}</source>
        <translation>{0} household · {1} · no. {2}</translation>
    </message>
    <message>
        <source>{0}，{1}，月保障金 {2} 元</source>
        <translation>{0}, {1}, {2} yuan/month</translation>
    </message>
    <message>
        <source>户籍：{0}&#x3000;住址：{1}&#x3000;电话：{2}</source>
        <translation>Hukou: {0}&#x3000;Address: {1}&#x3000;Phone: {2}</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>状态：{0}&#x3000;家庭人口 {1} 人，保障 {2} 人&#x3000;月人均收入 {3} 元</source>
        <translation>Status: {0}&#x3000;{1} persons, {2} covered&#x3000;income {3} yuan/person/month</translation>
    </message>
    <message>
        <source>开户银行：{0}&#x3000;账号：{1}&#x3000;低保证：{2}</source>
        <translation>Bank: {0}&#x3000;Account: {1}&#x3000;Certificate: {2}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>主要致贫原因：{0}{1}</source>
        <translation>Main cause of poverty: {0}{1}</translation>
    </message>
    <message>
        <source>&#x3000;三无人员户</source>
        <translation> “three-nos” household</translation>
    </message>
    <message>
        <source>备注：{0}</source>
        <translation>Notes: {0}</translation>
    </message>
    <message>
        <source>【备案】{0}</source>
        <translation>[Filed] {0}</translation>
    </message>
    <message>
        <source>待答复举报 {0} 件</source>
        <translation>{0} complaints to answer</translation>
    </message>
    <message>
        <source>待答复预警 {0} 条</source>
        <translation>{0} warnings to answer</translation>
    </message>
    <message>
        <source>有办理中的{0}</source>
        <translation>{0} in progress</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
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
    <message>
        <source>备案</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>低保证号</source>
        <translation>Certificate no.</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>导入数据包</source>
        <translation>Import package</translation>
    </message>
    <message>
        <source>请选择县民政局下发（或乡镇上报）的数据包文件（.xlsx）。</source>
        <translation>Choose the package file (.xlsx) sent by the county civil-affairs bureau (or reported by a township).</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>确认导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>以县里的工作日历为准（本办自己录入、与县里不同的日子改按县里的）</source>
        <translation>Follow the county&apos;s working calendar (days this office entered that differ take the county&apos;s word)</translation>
    </message>
    <message>
        <source>选择数据包</source>
        <translation>Choose package</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>文件：{0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>正在检查数据包…</source>
        <translation>Checking package…</translation>
    </message>
    <message>
        <source>{0}（{1}）的{2}数据包，第 {3} 号，期间 {4}，生成于 {5}。</source>
        <translation>{2} package of {0} ({1}), no. {3}, period {4}, made on {5}.</translation>
    </message>
    <message>
        <source>已拒绝，不能导入：</source>
        <translation>Refused, cannot import:</translation>
    </message>
    <message>
        <source>核对无误。导入后将接受 {0} 行，拒绝 {1} 行（原因见下表）；回执将保存在数据包旁边。</source>
        <translation>Checked. Importing will accept {0} rows and refuse {1} rows (reasons below); the receipt is saved beside the package.</translation>
    </message>
    <message>
        <source>正在导入数据包…</source>
        <translation>Importing package…</translation>
    </message>
    <message>
        <source>回执无法保存</source>
        <translation>The receipt cannot be saved</translation>
    </message>
    <message>
        <source>{0}

未导入任何数据。导入时必须同时保存回执：是否选择另一个文件夹（如电脑上的文件夹）保存回执，再导入这个数据包？</source>
        <translation>{0}

Nothing was imported. The receipt must be saved with the import: choose another folder (for example one on this computer) for the receipt and import this package?</translation>
    </message>
    <message>
        <source>选择保存回执的文件夹</source>
        <translation>Choose the folder for the receipt</translation>
    </message>
    <message>
        <source>回执未保存</source>
        <translation>Receipt not saved</translation>
    </message>
    <message>
        <source>已重新生成回执</source>
        <translation>Receipt written again</translation>
    </message>
    <message>
        <source>该数据包已导入，已重新生成回执：{0}
请将回执带回交给对方。</source>
        <translation>This package was imported already; its receipt was written again: {0}
Take the receipt back to the sender.</translation>
    </message>
    <message>
        <source>导入完成，回执未保存</source>
        <translation>Imported; the receipt was not saved</translation>
    </message>
    <message>
        <source>已导入：接受 {0} 行，拒绝 {1} 行。
{2}</source>
        <translation>Imported: {0} rows accepted, {1} rows refused.
{2}</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>已导入：接受 {0} 行，拒绝 {1} 行。
回执已保存：{2}
请将回执带回交给对方。</source>
        <translation>Imported: {0} rows accepted, {1} refused.
Receipt saved: {2}
Take the receipt back to the sender.</translation>
    </message>
    <message>
        <source>已取消，未导入任何数据。</source>
        <translation>Cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>处理失败，未导入任何数据。详细原因已记入日志。</source>
        <translation>Failed; nothing was imported. Details are in the log.</translation>
    </message>
    <message>
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
</context>
<context>
    <name>IntegritySection</name>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>备案人</source>
        <translation>Filed by</translation>
    </message>
    <message>
        <source>备案人身份</source>
        <translation>Filer&apos;s position</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>比对日期</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>答复期限</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>变故</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>已复核</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>查实日期</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>可再申请日期</source>
        <translation>May apply again from</translation>
    </message>
    <message>
        <source>虚报内容</source>
        <translation>False declaration</translation>
    </message>
    <message>
        <source>近亲属备案</source>
        <translation>Relatives of staff</translation>
    </message>
    <message>
        <source>举报</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>比对预警</source>
        <translation>Cross-check warnings</translation>
    </message>
    <message>
        <source>家庭变故</source>
        <translation>Household event</translation>
    </message>
    <message>
        <source>诚信档案（虚报、隐瞒）</source>
        <translation>Integrity records (false or hidden declarations)</translation>
    </message>
    <message>
        <source>（已超期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
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
    <name>LedgerSection</name>
    <message>
        <source>月份</source>
        <translation>Month</translation>
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
        <source>保障人数</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>月保障金（元）</source>
        <translation>Monthly benefit (yuan)</translation>
    </message>
    <message>
        <source>其中加发（元）</source>
        <translation>Of which supplements (yuan)</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>已发放</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>记入月份</source>
        <translation>Booked in</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>所涉月份</source>
        <translation>Months concerned</translation>
    </message>
    <message>
        <source>逐月台账</source>
        <translation>Monthly ledger</translation>
    </message>
    <message>
        <source>补发与追回</source>
        <translation>Back pay and recovery</translation>
    </message>
    <message>
        <source>状态：{0}；类别：{1}；月保障金 {2} 元；起始 {3}</source>
        <translation>Status: {0}; class: {1}; {2} yuan/month; from {3}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{0}，{1} 决定</source>
        <translation>{0}, decided {1}</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>窗口已锁定</source>
        <translation>Window locked</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>长时间没有操作，窗口已锁定。请输入密码继续。</source>
        <translation>The window was locked after a long time without use. Enter the password to go on.</translation>
    </message>
    <message>
        <source>{0}：请登录</source>
        <translation>{0}: sign in</translation>
    </message>
    <message>
        <source>请登录</source>
        <translation>Please sign in</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>忘记密码…</source>
        <translation>Forgot the password…</translation>
    </message>
    <message>
        <source>只有“{0}”本人或管理员可以解锁</source>
        <translation>Only &quot;{0}&quot; or an administrator can unlock</translation>
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
        <source>常用</source>
        <translation>Common</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>离开演示数据，开始登记本单位(&amp;L)</source>
        <translation>&amp;Leave the demo data and start with your office</translation>
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
        <source>【演示数据】</source>
        <translation>[DEMO DATA]</translation>
    </message>
    <message>
        <source>（虚构的家庭，不是本单位的数据）</source>
        <translation> (made-up households, not your office&apos;s data)</translation>
    </message>
    <message>
        <source>每天开始</source>
        <translation>Starting the day</translation>
    </message>
    <message>
        <source>打开程序先看“家庭名册”和“复核”两页：复核页列出本月应复核、已逾期的家庭，双击一行即可记录复核。</source>
        <translation>First look at the Households and Reviews tabs: Reviews lists the households due this month and overdue; double-click a row to record a review.</translation>
    </message>
    <message>
        <source>登记家庭</source>
        <translation>Registering a household</translation>
    </message>
    <message>
        <source>家庭 → 新增家庭（Ctrl+N）。先填户主，再“添加成员”；身份证号填错会立即标红并说明原因。保存后，该户在名册中选中，窗口底部状态栏会提示已保存。</source>
        <translation>Households → New household (Ctrl+N). Enter the head first, then &quot;Add member&quot;; a wrong ID number turns red at once with the reason. After saving, the household is selected in the list and the status bar says it was saved.</translation>
    </message>
    <message>
        <source>查找家庭</source>
        <translation>Finding a household</translation>
    </message>
    <message>
        <source>按 Ctrl+F，在名册上方的搜索框输入姓名、拼音首字母（如 zs）或身份证号的一部分，按回车（或↓）到找到的第一户，再按回车打开。找到的是家庭成员而不是户主时，户主姓名后会注明“成员 某某”。</source>
        <translation>Press Ctrl+F and type in the search box above the list a name, pinyin initials (e.g. zs) or part of an ID number; Enter (or Down) goes to the first household found, a second Enter opens it. When the match is a member, not the head, the head&apos;s name is followed by &quot;member so-and-so&quot;.</translation>
    </message>
    <message>
        <source>在名册中右键一户 → 申请低保，按三环节十步骤逐步登记；公示期满、县局审批后批准待遇。</source>
        <translation>Right-click a household in the list → Apply for dibao, then record the ten steps of the three stages; after the notice period and the county&apos;s approval, grant the benefit.</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>设置 → 设置 → 村（社区）：可以添加、改名、填写户籍人口，或把一个村合并到另一个村（家庭一起转过去）。</source>
        <translation>Settings → Settings → Villages: add, rename, enter the registered population, or merge one village into another (its households move with it).</translation>
    </message>
    <message>
        <source>数据安全</source>
        <translation>Keeping data safe</translation>
    </message>
    <message>
        <source>数据保存在“关于”中显示的数据文件夹里。请定期把该文件夹备份到U盘或其他电脑。</source>
        <translation>The data is kept in the data folder shown in About. Back this folder up regularly to a USB drive or another computer.</translation>
    </message>
    <message>
        <source>使用说明(&amp;G)</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>使用说明</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>低保经办</source>
        <translation>dibao-desk</translation>
    </message>
    <message>
        <source>最低生活保障经办：家庭登记、申请审批、复核、公示与报送。</source>
        <translation>Minimum living guarantee (dibao) casework: households, applications, reviews, public notices and reports.</translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>随程序提供的字体</source>
        <translation>Bundled font</translation>
    </message>
    <message>
        <source>文泉驿微米黑（WenQuanYi Micro Hei），Apache License 2.0 许可。许可全文：</source>
        <translation>WenQuanYi Micro Hei, Apache License 2.0. Full licence: </translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
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
        <source>工作日历（随政策标准下发）(&amp;C)…</source>
        <translation>Working &amp;calendar (sent with the policy figures)…</translation>
    </message>
    <message>
        <source>⚠ 其中“{0}”旁边有对方导出中断留下的旧文件（{1}），这个数据包可能没有在对方电脑上登记为已导出：导入前请向对方核对导出时是否看到了“导出完成”</source>
        <translation>⚠ Beside “{0}” lies an older file left by an export cut short ({1}); the sender&apos;s computer may not have recorded this package as exported: before importing, ask the sender whether they saw “导出完成” (export finished)</translation>
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
        <source>查找家庭(&amp;F)</source>
        <translation>&amp;Find household</translation>
    </message>
    <message>
        <source>修改所选家庭(&amp;E)…</source>
        <translation>&amp;Edit selected household…</translation>
    </message>
    <message>
        <source>下一户(&amp;J)</source>
        <translation>Next household (&amp;J)</translation>
    </message>
    <message>
        <source>上一户(&amp;K)</source>
        <translation>Previous household (&amp;K)</translation>
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
        <source>已登记新家庭：户主 {0}，{1} 人</source>
        <translation>New household registered: head {0}, {1} persons</translation>
    </message>
    <message>
        <source>已保存 户主 {0} 家（{1} 人）的修改</source>
        <translation>Saved changes to the household of {0} ({1} persons)</translation>
    </message>
    <message>
        <source>确定删除{0}户主 {1} 家（{2} 人）的登记信息吗？
只有误登记、没有任何办理记录的家庭才能删除；删除后不能恢复，此操作会记入操作记录。</source>
        <translation>Delete the registration of the household of {1} in {0} ({2} persons)?
Only a household registered by mistake, with no records at all, can be deleted; it cannot be undone, and the audit log records it.</translation>
    </message>
    <message>
        <source>已删除户主 {0} 家的登记信息</source>
        <translation>Deleted the registration of {0}&apos;s household</translation>
    </message>
    <message>
        <source>联动救助（1+X）…</source>
        <translation>Linked assistance (1+X)…</translation>
    </message>
    <message>
        <source>所选家庭的联动救助(&amp;L)…</source>
        <translation>&amp;Linked assistance of the selected household…</translation>
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
        <source>保存{form}</source>
        <translation>Save {form}</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>低保证(&amp;C)</source>
        <translation>Dibao &amp;certificate</translation>
    </message>
    <message>
        <source>本户低保证（发证、打印）(&amp;O)…</source>
        <translation>Certificate of this h&amp;ousehold (issue, print)…</translation>
    </message>
    <message>
        <source>批量打印低保证(&amp;B)…</source>
        <translation>Print certificates in &amp;batch…</translation>
    </message>
    <message>
        <source>低保证打印位置(&amp;P)…</source>
        <translation>Certificate &amp;print position…</translation>
    </message>
    <message>
        <source>低保证…</source>
        <translation>Dibao certificate…</translation>
    </message>
    <message>
        <source>请先在家庭列表中选中一户。</source>
        <translation>First select a household in the list.</translation>
    </message>
    <message>
        <source>低保证</source>
        <translation>Dibao certificate</translation>
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
        <source>请告知县民政局</source>
        <translation>Tell the county bureau</translation>
    </message>
    <message>
        <source>案件 {0} 已随案件包报送县民政局。请告知县民政局申请人已撤回；下一次案件包不再列出该案件。</source>
        <translation>Case {0} was already sent to the county civil-affairs bureau in a cases package. Tell the county that the applicant withdrew; the next cases package no longer lists it.</translation>
    </message>
    <message>
        <source>案件 {0} 已退回乡镇审核。原审核及其后的记录保留为此前的记录；请重新办理乡镇审核，之后重新张贴二榜公示。</source>
        <translation>Case {0} was returned to the township review. The old review and the records after it are kept as earlier records; record the township review again, then post the second notice again.</translation>
    </message>
    <message>
        <source>该案件已随案件包报送县民政局，县民政局仍是原来的审核记录：下一次案件包不再列出该案件，重新审核并二榜公示期满后，随之后的案件包按新的类别和金额重新报送。</source>
        <translation>This case was already sent to the county civil-affairs bureau in a cases package, and the county still holds the old review: the next cases package no longer lists it; once it is reviewed again and its second notice has ended, a later cases package sends it again with the new class and amount.</translation>
    </message>
    <message>
        <source>已退回乡镇审核</source>
        <translation>Returned to township review</translation>
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
        <source>已导出 {0} 户到 {1}</source>
        <translation>Exported {0} households to {1}</translation>
    </message>
    <message>
        <source>请先在复核名单或家庭名册中选定一户。</source>
        <translation>First select a household in the review list or the household list.</translation>
    </message>
    <message>
        <source>正在导出复核名单…</source>
        <translation>Exporting review list…</translation>
    </message>
    <message>
        <source>逾期未复核名单.pdf</source>
        <translation>overdue-reviews.pdf</translation>
    </message>
    <message>
        <source>复核名单{0}年{1}月.pdf</source>
        <translation>reviews-{0}-{1}.pdf</translation>
    </message>
    <message>
        <source>正在生成复核名单…</source>
        <translation>Making the review list…</translation>
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
        <source>{0} 户按现有登记已不符合低保条件（合计中计为 0；不列入调整标准的建议，仍按原金额发放），请安排复核或办理取消。</source>
        <translation>{0} households are no longer eligible as registered (0 in the totals; left out of the new-standard proposal, still paid their amount); schedule a review or cancel.</translation>
    </message>
    <message>
        <source>  户 {0}&#x3000;{1}&#x3000;{2}&#x3000;月保障金 {3} 元</source>
        <translation>  Household {0}, {1}, {2}: {3} yuan a month</translation>
    </message>
    <message>
        <source>  ……等 {0} 户</source>
        <translation>  ... {0} households in all</translation>
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
        <source>没有哪一户的金额或类别变化，无需建议。</source>
        <translation>No household&apos;s amount or class changes; no proposal needed.</translation>
    </message>
    <message>
        <source>已提出批量建议 {0}：{1} 户的金额或类别将自 {2}年{3}月起变化；须经{4}，批准后才写入保障金台账。请在“申请审批”→“变更建议”中办理。</source>
        <translation>Batch proposal {0} made: the amount or class of {1} households changes from {2}-{3}; it needs {4}, and is written to the benefit ledger only when approved. Handle it under Applications → Proposals.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>保障金已重新计算</source>
        <translation>Benefits recomputed</translation>
    </message>
    <message>
        <source>正在重新计算保障金…</source>
        <translation>Recomputing benefits…</translation>
    </message>
    <message>
        <source>窗口已锁定</source>
        <translation>The window is locked</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>当前账号：{0}（{1}）</source>
        <translation>Signed in as: {0} ({1})</translation>
    </message>
    <message>
        <source>锁定窗口(&amp;L)</source>
        <translation>&amp;Lock window</translation>
    </message>
    <message>
        <source>修改密码(&amp;P)…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>密码已修改，下次登录请用新密码。</source>
        <translation>The password was changed; sign in with the new one next time.</translation>
    </message>
    <message>
        <source>账号已停用</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>管理员已停用账号“{0}”，窗口已退出登录。请用其他账号登录，或关闭程序。</source>
        <translation>An administrator disabled the account &quot;{0}&quot;; the window has signed out. Sign in with another account, or close the program.</translation>
    </message>
    <message>
        <source>账号权限已更改</source>
        <translation>Account rights changed</translation>
    </message>
    <message>
        <source>管理员已更改账号“{0}”的角色，现在是：{1}。窗口已按新的角色更新。</source>
        <translation>An administrator changed the roles of the account &quot;{0}&quot;; they are now: {1}. The window now follows the new roles.</translation>
    </message>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>备份文件夹(&amp;F)…</source>
        <translation>Backup &amp;folder…</translation>
    </message>
    <message>
        <source>恢复备份(&amp;R)…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <source>需要备份（今天未备份，或一周内未备份到其他磁盘、U 盘）</source>
        <translation>Backup needed (none today, or none to another disk or USB drive within a week)</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>已备份到：
{0}</source>
        <translation>Backed up to:
{0}</translation>
    </message>
    <message>
        <source>备份失败</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>选择第二个备份文件夹（U 盘、移动硬盘或另一块磁盘）</source>
        <translation>Choose a second backup folder (USB drive, external disk or another disk)</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <source>数据备份 (*.sqlite3)</source>
        <translation>Data backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>已恢复。恢复前的数据已另存为：
{0}</source>
        <translation>Restored. The data before restoring was saved as:
{0}</translation>
    </message>
    <message>
        <source>恢复的数据中没有启用的账号“{0}”：账号和密码都回到了备份时的样子。本次仍可操作；关闭程序前，请在“设置 → 账号”中重新建立您的账号，或为备份中的管理员设置新密码，否则下次无法登录。</source>
        <translation>The restored data has no active account &quot;{0}&quot;: accounts and passwords are as the backup had them. You can go on working now; before closing the program, make your account again in Settings → Accounts, or give the backup&apos;s administrator a new password, or you cannot sign in next time.</translation>
    </message>
    <message>
        <source>账号、密码和找回码保持恢复前的样子，没有回到备份时。</source>
        <translation>The accounts, passwords and recovery code stay as they were before the restore; they did not go back to the backup&apos;s.</translation>
    </message>
    <message>
        <source>账号和密码也回到了备份时的样子。</source>
        <translation>Accounts and passwords are as the backup had them, too.</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>变更建议</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>变更建议与保障金台账(&amp;L)</source>
        <translation>Proposals and benefit &amp;ledger</translation>
    </message>
    <message>
        <source>保障金台账…</source>
        <translation>Benefit ledger…</translation>
    </message>
    <message>
        <source>办理中的变更建议（变更、取消、调标）</source>
        <translation>Proposals in progress (change, cancellation, new standard)</translation>
    </message>
    <message>
        <source>诚信档案与黑名单(&amp;B)…</source>
        <translation>Integrity records and &amp;blacklist…</translation>
    </message>
    <message>
        <source>近亲属备案(&amp;K)…</source>
        <translation>Relatives of staff (&amp;K)…</translation>
    </message>
    <message>
        <source>举报登记(&amp;C)…</source>
        <translation>&amp;Complaints…</translation>
    </message>
    <message>
        <source>登记家庭变故…</source>
        <translation>Record household event…</translation>
    </message>
    <message>
        <source>撤销家庭变故…</source>
        <translation>Undo household event…</translation>
    </message>
    <message>
        <source>登记举报…</source>
        <translation>Record complaint…</translation>
    </message>
    <message>
        <source>七日内到期或已超期、尚未答复的举报</source>
        <translation>Unanswered complaints due within seven days or overdue</translation>
    </message>
    <message>
        <source>七日内到期或已过期、尚未答复的核对预警</source>
        <translation>Unanswered cross-check warnings due within seven days or overdue</translation>
    </message>
    <message>
        <source>{0} 件举报已超过答复期限</source>
        <translation>{0} complaints past their answer deadline</translation>
    </message>
    <message>
        <source>{0} 条核对预警已过答复截止日期</source>
        <translation>{0} cross-check warnings past their answer date</translation>
    </message>
    <message>
        <source>{0} 项取消或追回待办理</source>
        <translation>{0} cancellations or recoveries to handle</translation>
    </message>
    <message>
        <source>提醒：</source>
        <translation>Reminder: </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>统计报表（PDF）…</source>
        <translation>Statistics report (PDF)…</translation>
    </message>
    <message>
        <source>低保对象台账（Excel）…</source>
        <translation>Dibao ledger (Excel)…</translation>
    </message>
    <message>
        <source>低保统计报表</source>
        <translation>Dibao statistics report</translation>
    </message>
    <message>
        <source>低保对象台账</source>
        <translation>Dibao ledger</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>已写入：{0}</source>
        <translation>Written: {0}</translation>
    </message>
    <message>
        <source>未能写入</source>
        <translation>Not written</translation>
    </message>
    <message>
        <source>文件未能写入（{0}）。请检查 U 盘或文件夹是否可写，文件是否在其他程序中打开。</source>
        <translation>The file could not be written ({0}). Check that the USB drive or folder is writable and the file is not open in another program.</translation>
    </message>
    <message>
        <source>正在生成报表</source>
        <translation>Making the report</translation>
    </message>
    <message>
        <source>复核已逾期的家庭</source>
        <translation>Households with overdue reviews</translation>
    </message>
    <message>
        <source>本月还要复核的家庭</source>
        <translation>Households still to review this month</translation>
    </message>
    <message>
        <source>本期保障金发放造册待造册或待审核签字</source>
        <translation>This period&apos;s payment roster to make or to sign</translation>
    </message>
    <message>
        <source>{0} 年第 {1} 季度</source>
        <translation>Q{1} {0}</translation>
    </message>
    <message>
        <source>{0} 年 {1} 月</source>
        <translation>{0}-{1}</translation>
    </message>
    <message>
        <source>本期（{0}）保障金发放造册尚未造册</source>
        <translation>Payment roster for this period ({0}) not made yet</translation>
    </message>
    <message>
        <source>本期（{0}）保障金发放造册是草稿，尚未审核签字</source>
        <translation>Payment roster for this period ({0}) is a draft, not yet signed</translation>
    </message>
    <message>
        <source>本期（{0}）保障金发放造册已审核签字</source>
        <translation>Payment roster for this period ({0}) is signed</translation>
    </message>
    <message>
        <source>U 盘或导入文件夹中尚未导入的乡镇数据包</source>
        <translation>Township packages on a USB drive or in the import folder, not yet imported</translation>
    </message>
    <message>
        <source>U 盘或导入文件夹中尚未导入的县级数据包（审批结果、政策标准、核对预警）</source>
        <translation>County packages on a USB drive or in the import folder, not yet imported (decisions, policy, warnings)</translation>
    </message>
    <message>
        <source>等待张贴公示的申请</source>
        <translation>Applications waiting for their notice to be posted</translation>
    </message>
    <message>
        <source>七日内公示期满的申请</source>
        <translation>Applications whose notice ends within 7 days</translation>
    </message>
    <message>
        <source>公示期已满、等待登记结果的申请</source>
        <translation>Applications past their notice, waiting for the result</translation>
    </message>
    <message>
        <source>等待办理下一步的申请</source>
        <translation>Applications waiting for the next step</translation>
    </message>
    <message>
        <source>今日待办</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>导入银行开户名单(&amp;B)…</source>
        <translation>Import &amp;bank account list…</translation>
    </message>
    <message>
        <source>从银行提供的开户名单补填或更正各户的银行账号</source>
        <translation>Fill in or correct households&apos; bank accounts from the account list the bank provided</translation>
    </message>
    <message>
        <source>一户一档…</source>
        <translation>Household file…</translation>
    </message>
    <message>
        <source>追回登记(&amp;R)…</source>
        <translation>&amp;Recoveries…</translation>
    </message>
    <message>
        <source>登记追回…</source>
        <translation>Record recovery…</translation>
    </message>
    <message>
        <source>造册</source>
        <translation>Rosters</translation>
    </message>
    <message>
        <source>打印保障金发放造册（PDF）…</source>
        <translation>Print payment roster (PDF)…</translation>
    </message>
    <message>
        <source>往期没有造册发放的月份</source>
        <translation>Earlier months without a payment roster</translation>
    </message>
    <message>
        <source>本期（{0}）已由已审核的 {1}造册发放，不必另行造册</source>
        <translation>This period ({0}) is paid by the signed roster {1}; no roster of its own is needed</translation>
    </message>
    <message>
        <source>本期（{0}）中 {1} 已由已审核的 {2}造册发放</source>
        <translation>In this period ({0}), {1} is paid by the signed roster {2}</translation>
    </message>
    <message>
        <source>其余月份请按月造册：{0} 尚未造册</source>
        <translation>Make the other months&apos; rosters month by month: {0} not made yet</translation>
    </message>
    <message>
        <source>{0} 的造册是草稿，尚未审核签字</source>
        <translation>The roster for {0} is a draft, not yet signed</translation>
    </message>
    <message>
        <source>{0} 下月起按月造册</source>
        <translation>{0}: made month by month from next month</translation>
    </message>
    <message>
        <source>不必另行造册</source>
        <translation>No roster of its own needed</translation>
    </message>
    <message>
        <source>往期没有造册发放的月份：{0}，请补造常规造册（{1}）</source>
        <translation>Earlier months without a payment roster: {0}; make their regular rosters ({1})</translation>
    </message>
    <message>
        <source>往期造册是草稿、尚未审核的月份：{0}</source>
        <translation>Earlier months whose roster is still an unsigned draft: {0}</translation>
    </message>
    <message>
        <source>往期月份都已造册发放</source>
        <translation>Every earlier month has been paid by a roster</translation>
    </message>
    <message>
        <source>打印造册</source>
        <translation>Print roster</translation>
    </message>
    <message>
        <source>请先在“造册”中造册并选中一份。</source>
        <translation>First make a roster in &quot;Rosters&quot; and select it.</translation>
    </message>
    <message>
        <source>保障金发放造册-{0}.pdf</source>
        <translation>payment-roster-{0}.pdf</translation>
    </message>
    <message>
        <source>未能打印</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>保障金发放造册 {0}</source>
        <translation>Payment roster {0}</translation>
    </message>
</context>
<context>
    <name>MeansSection</name>
    <message>
        <source>收入类别</source>
        <translation>Income type</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>月收入（元）</source>
        <translation>Monthly income (yuan)</translation>
    </message>
    <message>
        <source>年收入（元）</source>
        <translation>Yearly income (yuan)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>财产类别</source>
        <translation>Asset type</translation>
    </message>
    <message>
        <source>价值（元）</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <source>面积（㎡）</source>
        <translation>Area (㎡)</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>义务</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>家庭人口</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>家庭月收入（元）</source>
        <translation>Household income (yuan/month)</translation>
    </message>
    <message>
        <source>每月给付（元）</source>
        <translation>Pays per month (yuan)</translation>
    </message>
    <message>
        <source>家庭收入（按月计算）</source>
        <translation>Household income (per month)</translation>
    </message>
    <message>
        <source>家庭财产</source>
        <translation>Household assets</translation>
    </message>
    <message>
        <source>赡养（抚养、扶养）义务人</source>
        <translation>Supporters</translation>
    </message>
    <message>
        <source>月收入合计 {0} 元（年 {1} 元），月人均收入 {2} 元；就业成本扣减每月 {3} 元</source>
        <translation>Monthly income {0} yuan (yearly {1} yuan), {2} yuan per person; work-cost deduction {3} yuan/month</translation>
    </message>
    <message>
        <source>（申报 {0} 元，按政策扣减 {1} 元）</source>
        <translation> (declared {0} yuan, {1} yuan deducted as the policy allows)</translation>
    </message>
</context>
<context>
    <name>MembersSection</name>
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
        <translation>Employment</translation>
    </message>
    <message>
        <source>保障</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>生活自理</source>
        <translation>Self-care</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>人员状态</source>
        <translation>Person status</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>纳入</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>不纳入</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <source>不再计入</source>
        <translation>No longer counted</translation>
    </message>
</context>
<context>
    <name>NoticeBatchDialog</name>
    <message>
        <source>按村张贴或结束公示</source>
        <translation>Post or end notices by village</translation>
    </message>
    <message>
        <source>一次办理一个村（社区）公示栏上的整张名单。</source>
        <translation>Handles the whole list on one village&apos;s notice board at once.</translation>
    </message>
    <message>
        <source>全部村（社区）</source>
        <translation>All villages (communities)</translation>
    </message>
    <message>
        <source>张贴公示</source>
        <translation>Post notice</translation>
    </message>
    <message>
        <source>结束公示（期满且异议已处理）</source>
        <translation>End notice (period over, objections handled)</translation>
    </message>
    <message>
        <source>公示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>待张贴 {n} 户。</source>
        <translation>{n} households to post.</translation>
    </message>
    <message>
        <source>可结束 {n} 户；公示期未满 {r} 户；异议未处理完 {o} 户（不在此次办理之列）。</source>
        <translation>{n} households can end; {r} not yet at the end of the period; {o} with open objections (not handled now).</translation>
    </message>
    <message>
        <source>正在张贴公示…</source>
        <translation>Posting the notice…</translation>
    </message>
    <message>
        <source>正在结束公示…</source>
        <translation>Taking the notice down…</translation>
    </message>
    <message>
        <source>没有办理</source>
        <translation>Not done</translation>
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
        <source>张贴公示</source>
        <translation>Post notice</translation>
    </message>
    <message>
        <source>公示期：{start} 至 {end}</source>
        <translation>Notice period: {start} to {end}</translation>
    </message>
    <message>
        <source>公示期间收到的异议</source>
        <translation>Objections received during the notice</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>核查结论</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>核查和答复</source>
        <translation>Check and answer</translation>
    </message>
    <message>
        <source>异议内容（如：反映其子女在外务工收入较高）</source>
        <translation>Objection (e.g. says the children earn well working away)</translation>
    </message>
    <message>
        <source>登记异议</source>
        <translation>Record objection</translation>
    </message>
    <message>
        <source>新异议</source>
        <translation>New objection</translation>
    </message>
    <message>
        <source>核查情况及答复</source>
        <translation>Findings and answer</translation>
    </message>
    <message>
        <source>处理所选异议</source>
        <translation>Handle selected objection</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>结束公示</source>
        <translation>End notice</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
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
        <translation>End notice and go to the next step</translation>
    </message>
    <message>
        <source>还有 {n} 条未处理的异议，须先核查并答复（在上表选择后点“处理所选异议”），才能结束公示。</source>
        <translation>{n} objection(s) not yet dealt with: check and answer each (select it above and click Handle selected objection) before closing the notice.</translation>
    </message>
    <message>
        <source>&#x3000;（公示期未满，{end} 起可结束公示）</source>
        <translation>  (notice period not over; may end from {end})</translation>
    </message>
    <message>
        <source>公示期 {days} 天：{start} 至 {end}，{end_md} 起方可结束公示、进入下一步。</source>
        <translation>Notice period {days} days: {start} to {end}; the notice may be closed and the case moved on from {end_md}.</translation>
    </message>
    <message>
        <source>请先在表中选择要处理的异议</source>
        <translation>Select the objection to handle in the table first</translation>
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
        <translation>Check opinion</translation>
    </message>
    <message>
        <source>材料齐全、程序合规等审查意见；不予通过请在案件页点“不予通过”</source>
        <translation>Opinion on completeness of documents and procedure; to refuse, click &quot;Not approved&quot; on the case page</translation>
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
    <name>PayrollBankButtons</name>
    <message>
        <source>银行代发文件…</source>
        <translation>Bank payment file…</translation>
    </message>
    <message>
        <source>按银行要求的格式生成本造册的代发文件（须已审核）</source>
        <translation>Make this roster&apos;s payment file in the format the bank requires (roster must be reviewed)</translation>
    </message>
    <message>
        <source>导入银行回盘…</source>
        <translation>Import bank return…</translation>
    </message>
    <message>
        <source>导入银行的处理结果：每户成功或失败及原因；不符合造册的一律不导入</source>
        <translation>Import the bank&apos;s results: each household paid or failed and why; nothing is imported that does not match the roster</translation>
    </message>
    <message>
        <source>确认已发放…</source>
        <translation>Confirm paid…</translation>
    </message>
    <message>
        <source>银行不提供回盘文件时：按银行的书面答复，确认本造册尚未回盘的转账都已发放（其中的追回扣减计为已扣回）</source>
        <translation>When the bank sends no result file: on the bank&apos;s written answer, confirm that every transfer of this roster not answered yet was paid (the recovery deductions in them then count as recovered)</translation>
    </message>
    <message>
        <source>失败名单…</source>
        <translation>Failed transfers…</translation>
    </message>
    <message>
        <source>列出银行回盘发放失败的户：序号、村、收款人、账号、金额、失败原因</source>
        <translation>List the households whose transfer the bank returned failed: No., village, payee, account, amount, reason</translation>
    </message>
    <message>
        <source>银行：已发放 {0} 户，失败 {1} 户，未回盘 {2} 户</source>
        <translation>Bank: paid {0} households, failed {1}, no return {2}</translation>
    </message>
    <message>
        <source>第 {0} 号  {1}  {2}  账号 {3}  {4} 元  {5}</source>
        <translation>No. {0}  {1}  {2}  account {3}  {4} yuan  {5}</translation>
    </message>
    <message>
        <source>（无账号）</source>
        <translation>(no account)</translation>
    </message>
    <message>
        <source>银行未说明原因</source>
        <translation>no reason given by the bank</translation>
    </message>
    <message>
        <source>…… 共 {0} 户，只列出前 30 户（命令 payroll bank-status 列出全部）</source>
        <translation>… {0} households in all, the first 30 listed (the command payroll bank-status lists all)</translation>
    </message>
    <message>
        <source>发放失败 {0} 户，合计 {1} 元：</source>
        <translation>{0} households failed, {1} yuan in all:</translation>
    </message>
    <message>
        <source>发放失败名单</source>
        <translation>Failed transfers</translation>
    </message>
    <message>
        <source>有银行文件格式未能使用</source>
        <translation>Some bank file formats could not be used</translation>
    </message>
    <message>
        <source>银行文件格式</source>
        <translation>Bank file format</translation>
    </message>
    <message>
        <source>选择银行要求的格式：</source>
        <translation>Choose the format the bank requires:</translation>
    </message>
    <message>
        <source>保存银行代发文件</source>
        <translation>Save bank payment file</translation>
    </message>
    <message>
        <source>代发-{0}{1}</source>
        <translation>payment-{0}{1}</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>文本文件 (*.txt)</source>
        <translation>Text file (*.txt)</translation>
    </message>
    <message>
        <source>未生成银行文件</source>
        <translation>Bank file not made</translation>
    </message>
    <message>
        <source>已生成 {0}：{1} 笔，合计 {2} 元。</source>
        <translation>Made {0}: {1} payments, {2} yuan in total.</translation>
    </message>
    <message>
        <source>未列入：{0}（本期合计 {1} 元）</source>
        <translation>Not included: {0} ({1} yuan in this period)</translation>
    </message>
    <message>
        <source>银行代发文件</source>
        <translation>Bank payment file</translation>
    </message>
    <message>
        <source>银行代发文件（有转账未写入）</source>
        <translation>Bank payment file (transfers left out)</translation>
    </message>
    <message>
        <source>选择银行回盘文件</source>
        <translation>Choose the bank&apos;s return file</translation>
    </message>
    <message>
        <source>回盘文件 (*.xlsx *.xls *.csv *.txt *.dat);;所有文件 (*)</source>
        <translation>Return files (*.xlsx *.xls *.csv *.txt *.dat);;All files (*)</translation>
    </message>
    <message>
        <source>回盘没有导入</source>
        <translation>Return not imported</translation>
    </message>
    <message>
        <source>读到 {0} 行：成功 {1} 笔 {2} 元，失败 {3} 笔 {4} 元；本造册未回盘 {5} 笔。</source>
        <translation>Read {0} rows: paid {1} ({2} yuan), failed {3} ({4} yuan); {5} roster payments without a return.</translation>
    </message>
    <message>
        <source>以下问题，全部不导入：</source>
        <translation>Nothing imported because of these problems:</translation>
    </message>
    <message>
        <source>导入银行回盘</source>
        <translation>Import bank return</translation>
    </message>
    <message>
        <source>记录这些结果？</source>
        <translation>Record these results?</translation>
    </message>
    <message>
        <source>追回扣减没有扣成</source>
        <translation>Recovery deductions not made</translation>
    </message>
    <message>
        <source>发放失败的转账中有 {0} 笔追回扣减共 {1} 元没有扣成：已退回追回登记的尚欠金额（扣减冲回），由以后的造册按计划再扣，或随更正账号后的补发造册扣回。</source>
        <translation>{0} recovery deductions totalling {1} yuan were on failed transfers and were not made: they are owed again in the recovery register (deduction reversed), to be deducted by later rosters as planned, or with the back-pay roster once the account is corrected.</translation>
    </message>
    <message>
        <source>回盘内容与另一期相同</source>
        <translation>Return identical to another period&apos;s</translation>
    </message>
    <message>
        <source>如果银行对两期造册的回盘确实相同（银行文件不含批次，两期每户账号、金额都没有变化），核对无误后可以仍然导入。仍然作为本期的回盘导入？</source>
        <translation>If the bank really answered both rosters with the same file (the bank&apos;s file carries no batch, and no household&apos;s account or amount changed between the two periods), it can still be imported once checked. Import it as this period&apos;s return anyway?</translation>
    </message>
    <message>
        <source>确认已发放</source>
        <translation>Confirm paid</translation>
    </message>
    <message>
        <source>银行对本造册的 {0} 户共 {1} 元转账还没有回盘。确认这些转账都已由银行发放（{2}）？
确认后其中的追回扣减计为已扣回；银行如有退回，请不要确认，改为导入回盘文件。</source>
        <translation>The bank has not answered the transfers of {0} households ({1} yuan) of this roster. Confirm that the bank paid them all ({2})?
The recovery deductions in them will then count as recovered; if the bank sent any back, do not confirm: import its result file instead.</translation>
    </message>
    <message>
        <source>没有确认</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <source>已确认 {0} 笔转账共 {1} 元已发放。</source>
        <translation>{0} transfers ({1} yuan) confirmed paid.</translation>
    </message>
    <message>
        <source>其中 {0} 笔追回扣减共 {1} 元计为已扣回。</source>
        <translation> Of them, {0} recovery deductions ({1} yuan) count as recovered.</translation>
    </message>
</context>
<context>
    <name>PayrollSettingsPage</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>造册周期决定“造册”默认的期间：按月为当月（如 2026-12），按季度为当季（如 2026Q4，季初造册）。已造的册不受影响。</source>
        <translation>The roster cycle sets the default period in &quot;Rosters&quot;: monthly gives the current month (e.g. 2026-12), quarterly the current quarter (e.g. 2026Q4, made at the start of the quarter). Rosters already made are not affected.</translation>
    </message>
    <message>
        <source>造册周期</source>
        <translation>Roster cycle</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>造册周期已保存</source>
        <translation>Roster cycle saved</translation>
    </message>
</context>
<context>
    <name>PayrollView</name>
    <message>
        <source>如 2026-12 或 2026Q4</source>
        <translation>e.g. 2026-12 or 2026Q4</translation>
    </message>
    <message>
        <source>补贴名称，如：春节慰问金</source>
        <translation>Subsidy name, e.g. Spring Festival grant</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>全部村（社区）</source>
        <translation>All villages (communities)</translation>
    </message>
    <message>
        <source>造册</source>
        <translation>Make roster</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>审核的主管领导姓名</source>
        <translation>Name of the reviewing leader</translation>
    </message>
    <message>
        <source>审核（锁定）</source>
        <translation>Review (lock)</translation>
    </message>
    <message>
        <source>已报县</source>
        <translation>Reported to county</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>主管领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>批次名（可不填）</source>
        <translation>Batch name (optional)</translation>
    </message>
    <message>
        <source>还没有造册。填写期间、选择类型后点“造册”。</source>
        <translation>No roster yet. Enter the period, choose the type and click &quot;Make roster&quot;.</translation>
    </message>
    <message>
        <source>{0} {1}造册（{2}）：{3} 户，{4} 人，{5} 元；其中补差 {6} 元，分类施保/加发 {7} 元，补发 {8} 元，追回 {9} 元</source>
        <translation>{0} {1} roster ({2}): {3} households, {4} persons, {5} yuan; of which difference {6}, class supplements {7}, back pay {8}, recovery {9} yuan</translation>
    </message>
    <message>
        <source>专项补贴 {0} 元</source>
        <translation>Special subsidy {0} yuan</translation>
    </message>
    <message>
        <source>另列不发放 {0} 行（不计入合计）</source>
        <translation>{0} rows listed but not paid (not in the total)</translation>
    </message>
    <message>
        <source>{0} 行没有银行账号</source>
        <translation>{0} rows without a bank account</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{0} {1} 户 {2} 元</source>
        <translation>{0} {1} households {2} yuan</translation>
    </message>
    <message>
        <source>{0} {1}% {2} 元</source>
        <translation>{0} {1}% {2} yuan</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>城乡：{0}</source>
        <translation>Urban/rural: {0}</translation>
    </message>
    <message>
        <source>资金来源：{0}</source>
        <translation>Funding: {0}</translation>
    </message>
    <message>
        <source>已由 {0} 于 {1} 审核，造册已锁定；此后的变化在下一期补发、追回。</source>
        <translation>Reviewed by {0} on {1}; the roster is locked. Later changes go into the next period&apos;s back pay and recovery.</translation>
    </message>
    <message>
        <source>无法办理</source>
        <translation>Cannot do this</translation>
    </message>
    <message>
        <source>补贴金额“{0}”不是数字</source>
        <translation>Subsidy amount &quot;{0}&quot; is not a number</translation>
    </message>
    <message>
        <source>重新造册</source>
        <translation>Make roster again</translation>
    </message>
    <message>
        <source>{0} 已有一份草稿，重新造册将按现在的台账替换它。继续吗？</source>
        <translation>{0} already has a draft; making the roster again replaces it from the current ledger. Continue?</translation>
    </message>
    <message>
        <source>造册需要核对</source>
        <translation>Roster needs checking</translation>
    </message>
    <message>
        <source>{0} 造册第 {1} 行 {2}，账号 {3}，{4} 元（{5}）</source>
        <translation>{0} roster line {1} {2}, account {3}, {4} yuan ({5})</translation>
    </message>
    <message>
        <source>失败</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>…… 共 {0} 笔</source>
        <translation>… {0} transfers in all</translation>
    </message>
    <message>
        <source>按原账号重发</source>
        <translation>Re-send to the same account</translation>
    </message>
    <message>
        <source>以下 {0} 笔转账银行回盘失败，账号至今没有更正：
{1}

如已与银行核实原账号现在可以入账（如账户已解冻、银行方差错），选“是”列入本次补发造册按原账号重发；选“否”不列入（请先更正这些户的账号）。</source>
        <translation>The bank returned these {0} transfers as failed and their accounts have not been corrected:
{1}

If the bank has confirmed the account can be paid now (an account unfrozen, an error on the bank&apos;s side), choose Yes to re-send them to the same account on this back-pay roster; No leaves them out (correct these households&apos; accounts first).</translation>
    </message>
    <message>
        <source>已审核，请核对账号</source>
        <translation>Signed: please check the accounts</translation>
    </message>
    <message>
        <source>已审核，请核对</source>
        <translation>Signed; please check</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>预览：{title}</source>
        <translation>Preview: {title}</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>共 {pages} 页</source>
        <translation>{pages} pages</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>缩放</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
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
        <translation>Standards</translation>
    </message>
    <message>
        <source>施保办法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>分类加发（施保办法为“补差加分类加发”时）</source>
        <translation>Class supplements (when the method is &quot;difference plus class supplement&quot;)</translation>
    </message>
    <message>
        <source>家庭财产限额</source>
        <translation>Household asset limits</translation>
    </message>
    <message>
        <source>收入扣减</source>
        <translation>Income deductions</translation>
    </message>
    <message>
        <source>劳动年龄（城市申请人失业登记）</source>
        <translation>Working age (unemployment registration of urban applicants)</translation>
    </message>
    <message>
        <source>程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>资金来源（五级合计 100%）</source>
        <translation>Funding sources (five levels add up to 100%)</translation>
    </message>
    <message>
        <source>变更、取消须经的步骤</source>
        <translation>Steps required for changes and cancellations</translation>
    </message>
    <message>
        <source>新增一套政策标准</source>
        <translation>New policy set</translation>
    </message>
    <message>
        <source>例如：县民政局2026年第5号文件，农村标准提高到每人每月480元</source>
        <translation>e.g. county civil-affairs bureau document no. 5 of 2026: rural standard raised to 480 yuan per person per month</translation>
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
        <translation>Save as a new policy set</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>从生效日期起，保障金按这套标准计算；以前的各套标准保留不变，以前月份的保障金仍按当时的标准计算。</source>
        <translation>From its effective date, benefits are computed with this set; earlier sets are kept, and earlier months stay computed with the standards of their time.</translation>
    </message>
    <message>
        <source>生效日期不是某月 1 日：每月保障金按当月 1 日执行的标准计算，这套标准从 {0} 年 {1} 月起用于保障金，{2} 年 {3} 月仍按原标准。</source>
        <translation>The effective date is not the 1st of a month: each month&apos;s benefit is computed with the set in force on the 1st, so this set is used for benefits from {1}/{0}; {3}/{2} stays on the previous set.</translation>
    </message>
    <message>
        <source>“{0}”填的“{1}”不是数字</source>
        <translation>&quot;{1}&quot; entered for &quot;{0}&quot; is not a number</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>正在保存政策标准并重新计算复核日期…</source>
        <translation>Saving the policy figures and recomputing review dates…</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>姓名 / 乡镇</source>
        <translation>Name / township</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>将发生的变化或拒绝原因</source>
        <translation>Change to be made, or why refused</translation>
    </message>
    <message>
        <source>接受</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Refuse</translation>
    </message>
</context>
<context>
    <name>PrintNoticeDialog</name>
    <message>
        <source>打印公示表</source>
        <translation>Print public notice</translation>
    </message>
    <message>
        <source>全乡镇（所有村、社区）</source>
        <translation>Whole township (all villages)</translation>
    </message>
    <message>
        <source>横向</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>详细公示：列出家庭及赡养人收入（只含已签署同意书的家庭）</source>
        <translation>Detailed notice: list household and supporters&apos; income (only households that signed consent)</translation>
    </message>
    <message>
        <source>登记张贴：本榜等待张贴的案件于公示日期一起张贴</source>
        <translation>Record posting: this list&apos;s cases waiting to be posted are posted together on the notice date</translation>
    </message>
    <message>
        <source>张贴人</source>
        <translation>Posted by</translation>
    </message>
    <message>
        <source>生成公示表的同时记下张贴：这些案件的公示期从公示日期起算</source>
        <translation>Record the posting while making the notice: these cases&apos; notice periods start on the notice date</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>公示类别</source>
        <translation>Notice type</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>公示批次</source>
        <translation>Notice batch</translation>
    </message>
    <message>
        <source>公示日期</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <source>办公室留存本：标注备案家庭和特殊情况（不得张贴）</source>
        <translation>Office copy: marks filed households and special cases (not for posting)</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
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
        <source>生成 PDF 并在预览窗口中逐页查看</source>
        <translation>Make the PDF and look at it page by page</translation>
    </message>
    <message>
        <source>生成 PDF，选择打印机、份数和页码后打印</source>
        <translation>Make the PDF, choose the printer, copies and pages, and print</translation>
    </message>
    <message>
        <source>注意：这一批张贴时未留存公示内容，其中 {count} 户将按重印当日档案数据打印，与张贴时可能不同；打印出的表上会注明。</source>
        <translation>Note: this posting did not keep what its list showed; {count} households will be printed from today&apos;s records and may differ from the sheet as posted. The printed sheet says so.</translation>
    </message>
    <message>
        <source>已登记张贴：{households} 户。</source>
        <translation>Posting recorded: {households} households.</translation>
    </message>
    <message>
        <source>已送往打印机。</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>未打印（已取消或打印机无法使用）。</source>
        <translation>Not printed (cancelled or printer unavailable).</translation>
    </message>
    <message>
        <source>保存公示表</source>
        <translation>Save public notice</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>（长期公示不分批次）</source>
        <translation>(standing notices have no batches)</translation>
    </message>
    <message>
        <source>最近一批仍在公示的</source>
        <translation>Latest batch still on notice</translation>
    </message>
    <message>
        <source>{start} 张贴（至 {end}，{cases} 户，仍在公示 {open} 户）</source>
        <translation>Posted {start} (to {end}, {cases} households, {open} still on notice)</translation>
    </message>
    <message>
        <source>请填写张贴人。</source>
        <translation>Enter who posted it.</translation>
    </message>
    <message>
        <source>正在生成……</source>
        <translation>Making…</translation>
    </message>
    <message>
        <source>生成公示表</source>
        <translation>Make public notice</translation>
    </message>
    <message>
        <source>已生成：{title}，共 {households} 户，{pages} 页。</source>
        <translation>Made: {title}, {households} households, {pages} pages.</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <source>也显示已批准、未批准的</source>
        <translation>Also show approved and refused</translation>
    </message>
    <message>
        <source>办理下一步…</source>
        <translation>Next step…</translation>
    </message>
    <message>
        <source>不予批准…</source>
        <translation>Not approved…</translation>
    </message>
    <message>
        <source>保障金台账：月合计</source>
        <translation>Benefit ledger: month totals</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>办理中的建议 {0} 份（每份须经政策规定的步骤批准后才改变保障金）</source>
        <translation>{0} proposals in progress (each changes benefits only after the steps the policy names)</translation>
    </message>
    <message>
        <source>全乡镇</source>
        <translation>Whole township</translation>
    </message>
    <message>
        <source>{0}年{1}月：{2} 户，{3} 人，{4} 元（其中分类施保/加发 {5} 元）</source>
        <translation>{0}-{1}: {2} households, {3} persons, {4} yuan (class supplements {5} yuan)</translation>
    </message>
    <message>
        <source>其中 {0} 户本月 0 元（造册另列不发放）</source>
        <translation>of which {0} households at 0 yuan this month (listed apart on the roster, not paid)</translation>
    </message>
    <message>
        <source>按类别</source>
        <translation>By class</translation>
    </message>
    <message>
        <source>按城乡</source>
        <translation>Urban/rural</translation>
    </message>
    <message>
        <source>按状态</source>
        <translation>By status</translation>
    </message>
    <message>
        <source>{0} {1} 户 {2} 人 {3} 元</source>
        <translation>{0} {1} households {2} persons {3} yuan</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>本月补发 {0} 元，追回 {1} 元（{2} 笔）</source>
        <translation>This month back pay {0} yuan, recovery {1} yuan ({2} entries)</translation>
    </message>
</context>
<context>
    <name>RecordReviewDialog</name>
    <message>
        <source>记录复核 — {0}</source>
        <translation>Record review — {0}</translation>
    </message>
    <message>
        <source>入户复核的工作人员，多人用顿号分开</source>
        <translation>Staff who made the home visit, separated by 、</translation>
    </message>
    <message>
        <source>家庭人口、收入、财产有无变化；成员、收入、财产的改动请在家庭登记表中修改</source>
        <translation>Any change in household size, income or assets; change members, income and assets in the household form</translation>
    </message>
    <message>
        <source>复核日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>入户复核人</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <source>复核情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>家庭收入短期内变化不大，改为每半年复核</source>
        <translation>Income hardly changes in the short term: review every six months</translation>
    </message>
    <message>
        <source>修改家庭成员、收入、财产…</source>
        <translation>Edit members, income, assets…</translation>
    </message>
    <message>
        <source>复核结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>变更或取消的理由，如：家庭成员务工收入增加</source>
        <translation>Reason for change or cancellation, e.g. a member&apos;s wages went up</translation>
    </message>
    <message>
        <source>变更后类别</source>
        <translation>New class</translation>
    </message>
    <message>
        <source>变更后月保障金（元）</source>
        <translation>New monthly benefit (yuan)</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;{2}人&#x3000;{3}&#x3000;月保障金 {4} 元</source>
        <translation>{0}  {1}  {2} persons  {3}  {4} yuan/month</translation>
    </message>
    <message>
        <source>未定类别</source>
        <translation>No class</translation>
    </message>
    <message>
        <source>应复核日期 {0}（{1}）</source>
        <translation>Review due {0} ({1})</translation>
    </message>
    <message>
        <source>自复核后第 {0} 个月起</source>
        <translation>From month {0} after the review</translation>
    </message>
    <message>
        <source>自复核当月起</source>
        <translation>From the month of the review</translation>
    </message>
    <message>
        <source>变更、取消：提出建议，经评议、公示、审批后{0}执行</source>
        <translation>Change or cancel: a proposal, carried out {0} after review meeting, notice and approval</translation>
    </message>
    <message>
        <source>复核已记录。{0}须经公示，已转入审批程序（案件编号 {1}）。</source>
        <translation>Review recorded. {0} needs a public notice and has gone to approval (case {1}).</translation>
    </message>
    <message>
        <source>复核已记录：{0}，自 {1} 年 {2} 月起执行。</source>
        <translation>Review recorded: {0}, from {1}-{2}.</translation>
    </message>
    <message>
        <source>复核已记录：保留。</source>
        <translation>Review recorded: keep.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>恢复码：{0}

请把它抄在纸上，和单位公章一起保管，不要存在这台电脑里。管理员忘记密码时，在登录窗口点“忘记密码…”，凭恢复码设置新密码。每用一次会换一个新的恢复码；管理员可以在“设置 → 账号”中重新生成（旧的随即作废）。</source>
        <translation>Recovery code: {0}

Write it on paper and keep it with the office&apos;s seal, not on this PC. An administrator who forgot the password clicks &quot;Forgot the password…&quot; in the sign-in window and sets a new one with this code. Each use gives a new code; an administrator can make a new one in Settings → Accounts (the old one then stops working).</translation>
    </message>
    <message>
        <source>恢复码（请抄写并妥善保管）</source>
        <translation>Recovery code (write it down and keep it safe)</translation>
    </message>
    <message>
        <source>忘记密码</source>
        <translation>Forgot the password</translation>
    </message>
    <message>
        <source>管理员忘记密码时，用第一次使用时抄下的恢复码设置新密码。其他账号忘记密码，请管理员在“设置 → 账号”中设置新密码。</source>
        <translation>An administrator who forgot the password sets a new one with the recovery code written down at the first start. Other accounts ask an administrator for a new password (Settings → Accounts).</translation>
    </message>
    <message>
        <source>管理员账号</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>恢复码</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输入一次新密码</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>设置新密码</source>
        <translation>Set the new password</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已设置新密码，请用新密码登录。原来的恢复码已用过，新的恢复码如下，请抄下来换掉原来那张纸。</source>
        <translation>The new password is set; sign in with it. The old recovery code is used up: write down the new one below in place of the old sheet.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>追回登记</source>
        <translation>Recoveries</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>所属月份</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>应追回（元）</source>
        <translation>To recover (yuan)</translation>
    </message>
    <message>
        <source>已收回（元）</source>
        <translation>Recovered (yuan)</translation>
    </message>
    <message>
        <source>待银行回执（元）</source>
        <translation>Awaiting bank (yuan)</translation>
    </message>
    <message>
        <source>尚欠（元）</source>
        <translation>Owed (yuan)</translation>
    </message>
    <message>
        <source>追回方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>待追回</source>
        <translation>To recover</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>（请填写）</source>
        <translation>(enter)</translation>
    </message>
    <message>
        <source>如：德民追〔2026〕5号</source>
        <translation>e.g. Demin Zhui [2026] No. 5</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>年-月，如 2026-01</source>
        <translation>year-month, e.g. 2026-01</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>自动（仍在发放的扣减，否则现金退回）</source>
        <translation>Automatic (deduct while still paid, otherwise cash refund)</translation>
    </message>
    <message>
        <source>不填为一次扣完</source>
        <translation>blank: deduct all at once</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{0} 户 {1}：{2}</source>
        <translation>Household {0} {1}: {2}</translation>
    </message>
    <message>
        <source>待登记的追回事项</source>
        <translation>Recovery items to record</translation>
    </message>
    <message>
        <source>追回决定文号</source>
        <translation>Recovery decision no.</translation>
    </message>
    <message>
        <source>应追回金额（元）</source>
        <translation>Amount to recover (yuan)</translation>
    </message>
    <message>
        <source>每月扣减（元）</source>
        <translation>Monthly deduction (yuan)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>登记追回</source>
        <translation>Record recovery</translation>
    </message>
    <message>
        <source>登记应追回的保障金</source>
        <translation>Record benefit to be recovered</translation>
    </message>
    <message>
        <source>请先在上表中选择一条追回登记</source>
        <translation>First select a recovery in the table above</translation>
    </message>
    <message>
        <source>现金退回填写收据号</source>
        <translation>Receipt no. for cash refunds</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>扣减所在造册行</source>
        <translation>Roster row of the deduction</translation>
    </message>
    <message>
        <source>登记收回</source>
        <translation>Record repayment</translation>
    </message>
    <message>
        <source>如：本人死亡，无遗产可供追回</source>
        <translation>e.g. died, no estate to recover from</translation>
    </message>
    <message>
        <source>核销余额</source>
        <translation>Write off balance</translation>
    </message>
    <message>
        <source>收回与核销（所选登记）</source>
        <translation>Repayment and write-off (selected entry)</translation>
    </message>
    <message>
        <source>核销理由</source>
        <translation>Write-off reason</translation>
    </message>
    <message>
        <source>每月扣减（元），不填一次扣完</source>
        <translation>Per month (yuan)</translation>
    </message>
    <message>
        <source>修改追回方式</source>
        <translation>Change method</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>待追回 {0} 条，尚欠合计 {1} 元</source>
        <translation>{0} open, {1} yuan owed in total</translation>
    </message>
    <message>
        <source>；已扣减 {0} 元待银行回执</source>
        <translation>; {0} yuan deducted, awaiting the bank&apos;s return</translation>
    </message>
    <message>
        <source>追回 {0}：{1}，应追回 {2} 元，尚欠 {3} 元</source>
        <translation>Recovery {0}: {1}, {2} yuan to recover, {3} yuan owed</translation>
    </message>
    <message>
        <source>（不指定造册行）</source>
        <translation>(no roster line)</translation>
    </message>
    <message>
        <source>{0} {1}造册 第 {2} 行：{3} {4} 元</source>
        <translation>{0} {1} roster, line {2}: {3} {4} yuan</translation>
    </message>
    <message>
        <source>月份“{0}”格式不对，应为 YYYY-MM</source>
        <translation>Month &quot;{0}&quot; is not in the form YYYY-MM</translation>
    </message>
    <message>
        <source>已登记追回 {0}：{1} 应追回 {2} 元，{3}。</source>
        <translation>Recorded recovery {0}: {1} to recover {2} yuan, {3}.</translation>
    </message>
    <message>
        <source>已登记收回 {0} 元，追回 {1} 尚欠 {2} 元（{3}）。</source>
        <translation>Recorded repayment of {0} yuan; recovery {1} still owes {2} yuan ({3}).</translation>
    </message>
    <message>
        <source>已核销追回 {0}：{1}</source>
        <translation>Wrote off recovery {0}: {1}</translation>
    </message>
    <message>
        <source>追回 {0} 改为{1}。</source>
        <translation>Recovery {0} changed to {1}.</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>登记拒绝就业</source>
        <translation>Record refused job offer</translation>
    </message>
    <message>
        <source>介绍的工作：单位、岗位、工资</source>
        <translation>Job offered: employer, post, wage</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>已登记的拒绝就业：{0}
按现行规定，有完全劳动能力的成员拒绝 {1} 次：{2}</source>
        <translation>Refused job offers recorded: {0}
Under the current rules a member with full work capacity refusing {1} times: {2}</translation>
    </message>
    <message>
        <source>该户没有登记为有完全劳动能力的成员，拒绝就业不计次数。</source>
        <translation>No member of this household is registered with full work capacity; refusals are not counted.</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>介绍的工作</source>
        <translation>Job offered</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已登记第 {0} 次拒绝就业（达到 {1} 次将按规定处理）。</source>
        <translation>Refusal no. {0} recorded (at {1} the rules apply).</translation>
    </message>
    <message>
        <source>已登记第 {0} 次拒绝就业：已提出{1}建议，经审批后自 {2} 年 {3} 月起执行。</source>
        <translation>Refusal no. {0} recorded: a {1} proposal was made, effective from {2}-{3} once approved.</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>不予通过 — {step}</source>
        <translation>Not approved — {step}</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>不予通过的理由（将告知申请人）</source>
        <translation>Reason for not approving (the applicant will be told)</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>只读：登记、答复或更正{0}。</source>
        <translation>Read only (registering, answering or correcting: {0}).</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>请先选择</source>
        <translation>Select first</translation>
    </message>
</context>
<context>
    <name>RelativesDialog</name>
    <message>
        <source>近亲属备案</source>
        <translation>Relatives of staff</translation>
    </message>
    <message>
        <source>备案日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Staff type</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>所在村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>近亲属</source>
        <translation>Relative</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>所在家庭</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>户 {0} {1}（{2}）</source>
        <translation>Household {0} {1} ({2})</translation>
    </message>
    <message>
        <source>（经办人员不填）</source>
        <translation>(leave blank for office staff)</translation>
    </message>
    <message>
        <source>工作人员身份证号</source>
        <translation>Staff ID number</translation>
    </message>
    <message>
        <source>工作人员姓名</source>
        <translation>Staff name</translation>
    </message>
    <message>
        <source>近亲属身份证号</source>
        <translation>Relative&apos;s ID number</translation>
    </message>
    <message>
        <source>近亲属姓名</source>
        <translation>Relative&apos;s name</translation>
    </message>
    <message>
        <source>登记备案</source>
        <translation>File</translation>
    </message>
    <message>
        <source>登记近亲属</source>
        <translation>File a relative</translation>
    </message>
    <message>
        <source>更正所选…</source>
        <translation>Correct selected…</translation>
    </message>
    <message>
        <source>删除所选…</source>
        <translation>Delete selected…</translation>
    </message>
    <message>
        <source>更正所选的工作人员…</source>
        <translation>Correct selected staff member…</translation>
    </message>
    <message>
        <source>打印年度备案表…</source>
        <translation>Print yearly register…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已备案：{0} 的{1} {2}。</source>
        <translation>Filed: {0}&apos;s {1} {2}.</translation>
    </message>
    <message>
        <source>其所在的户 {0}（户主 {1}）已标记为备案。</source>
        <translation>Their household {0} (head {1}) is marked as filed.</translation>
    </message>
    <message>
        <source>请先在列表中选择一条备案。</source>
        <translation>First select a record in the list.</translation>
    </message>
    <message>
        <source>更正近亲属备案</source>
        <translation>Correct relative record</translation>
    </message>
    <message>
        <source>{0} 登记的近亲属 {1}（{2}）。身份证号登记错的，请删除后重新登记。</source>
        <translation>Relative {1} ({2}) recorded by {0}. If the ID number is wrong, delete the record and record it again.</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>已更正 {0} 的备案。</source>
        <translation>Corrected the record of {0}.</translation>
    </message>
    <message>
        <source>更正工作人员</source>
        <translation>Correct staff member</translation>
    </message>
    <message>
        <source>{0}（{1}）：其登记的全部近亲属随之更正。身份证号登记错的，请删除后重新登记。</source>
        <translation>{0} ({1}): all relatives recorded for them are corrected too. If the ID number is wrong, delete and record again.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>已更正工作人员 {0}。</source>
        <translation>Corrected staff member {0}.</translation>
    </message>
    <message>
        <source>删除近亲属备案</source>
        <translation>Delete relative record</translation>
    </message>
    <message>
        <source>删除 {0} 登记的近亲属 {1}（{2}）；其所在家庭不再因此标记为备案。</source>
        <translation>Delete relative {1} ({2}) recorded by {0}; their household is no longer marked as filed.</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>已删除 {0} 的备案。</source>
        <translation>Deleted the record of {0}.</translation>
    </message>
    <message>
        <source>打印备案表</source>
        <translation>Print register</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>保存备案表</source>
        <translation>Save register</translation>
    </message>
    <message>
        <source>{0}年度近亲属备案表.pdf</source>
        <translation>Relatives register {0}.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已生成 {0}（{1} 页）</source>
        <translation>Made {0} ({1} pages)</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>正在核对备份“{0}”，请稍候…</source>
        <translation>Checking the backup &quot;{0}&quot;, please wait…</translation>
    </message>
    <message>
        <source>核对完成前不能恢复。备份很大时（或一户一档文件很多），核对可能要几分钟。</source>
        <translation>It cannot be restored before the check is done. A large backup (or one with many household documents) may take a few minutes to check.</translation>
    </message>
    <message>
        <source>我已核对以上账号的变化，确认恢复</source>
        <translation>I have checked the account differences above; restore</translation>
    </message>
    <message>
        <source>正在核对备份…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>恢复后，当前数据会被这份备份替换。恢复前的数据会先另存为一份备份，需要时可以再恢复回来。</source>
        <translation>Restoring replaces the current data with this backup. The current data is first saved as a backup, so you can restore it again if needed.</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReturnReviewDialog</name>
    <message>
        <source>退回乡镇审核</source>
        <translation>Return to township review</translation>
    </message>
    <message>
        <source>拟定{c}，{m} 元/月</source>
        <translation>Proposed {c}, {m} yuan/month</translation>
    </message>
    <message>
        <source>未拟定类别和金额</source>
        <translation>No class or amount proposed</translation>
    </message>
    <message>
        <source>原乡镇审核</source>
        <translation>Township review</translation>
    </message>
    <message>
        <source>{on}&#x3000;{person}&#x3000;{proposed}</source>
        <translation>{on}  {person}  {proposed}</translation>
    </message>
    <message>
        <source>退回理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>如：拟定类别有误，应为一类；拟定金额计算有误</source>
        <translation>e.g. the proposed class is wrong, it should be class 1; the proposed amount was miscalculated</translation>
    </message>
    <message>
        <source>退回后，原乡镇审核和其后的记录（如已张贴的二榜公示）保留为此前的记录，不再有效；案件回到“乡镇政府审核”，重新审核后须重新张贴二榜公示。</source>
        <translation>After the return, the old township review and the records after it (such as a second notice already posted) are kept as earlier records, no longer in force; the case goes back to “Township review”, and after the new review the second notice must be posted again.</translation>
    </message>
</context>
<context>
    <name>ReviewPlanDialog</name>
    <message>
        <source>季度复核计划</source>
        <translation>Quarterly review plan</translation>
    </message>
    <message>
        <source>第 {0} 季度</source>
        <translation>Quarter {0}</translation>
    </message>
    <message>
        <source>全部村（社区）</source>
        <translation>All villages (communities)</translation>
    </message>
    <message>
        <source>节假日（可不填），如 2027-01-01, 2027-02-16</source>
        <translation>Holidays (optional), e.g. 2027-01-01, 2027-02-16</translation>
    </message>
    <message>
        <source>生成计划</source>
        <translation>Make plan</translation>
    </message>
    <message>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
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
        <translation>Wrong date</translation>
    </message>
    <message>
        <source>节假日请按 2027-01-01 的样子填写，用逗号分开。</source>
        <translation>Enter holidays like 2027-01-01, separated by commas.</translation>
    </message>
    <message>
        <source>{0} 至 {1}：{2} 户，{3} 个工作日，每日约 {4} 户；其中已逾期 {5} 户</source>
        <translation>{0} to {1}: {2} households, {3} working days, about {4} a day; {5} of them overdue</translation>
    </message>
    <message>
        <source>；备案 {0} 户（户主后标“（备案）”：本户有成员是经办人员或村干部登记的近亲属），应从严复核</source>
        <translation>; {0} filed households (marked “[Filed]” after the head: a member is a registered close relative of staff or a village cadre), to be reviewed strictly</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>导出复核计划</source>
        <translation>Export review plan</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
</context>
<context>
    <name>ReviewRulesPage</name>
    <message>
        <source>复核周期（月）：同时符合几项时取最短的</source>
        <translation>Review interval (months): the shortest applies when several fit</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source> 岁</source>
        <translation> years</translation>
    </message>
    <message>
        <source> 次</source>
        <translation> times</translation>
    </message>
    <message>
        <source>变更须经公示（转入审批程序）</source>
        <translation>Changes need a public notice (go to approval)</translation>
    </message>
    <message>
        <source>取消须经公示（转入审批程序）</source>
        <translation>Cancellations need a public notice (go to approval)</translation>
    </message>
    <message>
        <source> 个月后</source>
        <translation> months later</translation>
    </message>
    <message>
        <source>老年人年龄线</source>
        <translation>Elderly from age</translation>
    </message>
    <message>
        <source>重度残疾（每半年复核）</source>
        <translation>Severe disability (review every six months)</translation>
    </message>
    <message>
        <source>就业渐退期</source>
        <translation>Employment phase-out period</translation>
    </message>
    <message>
        <source>停发前提醒</source>
        <translation>Remind before stopping</translation>
    </message>
    <message>
        <source>完全劳动能力者拒绝就业达到</source>
        <translation>Refusals of work by a person with full work capacity reaching</translation>
    </message>
    <message>
        <source>变更、取消及拒绝就业处理生效</source>
        <translation>Changes, cancellations and refusal measures take effect</translation>
    </message>
    <message>
        <source>已有复核周期标准：{0}。{1} 之前仍按随程序提供的示例周期。</source>
        <translation>Existing review intervals: {0}. Before {1} the sample intervals shipped with the program still apply.</translation>
    </message>
    <message>
        <source>没有保存。</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <source>拒绝就业的处理</source>
        <translation>Measure for refused work</translation>
    </message>
    <message>
        <source>减发金额（元/月）</source>
        <translation>Reduce by (yuan/month)</translation>
    </message>
    <message>
        <source>或比例</source>
        <translation>or share</translation>
    </message>
    <message>
        <source>保存为新的复核周期标准</source>
        <translation>Save as new review intervals</translation>
    </message>
    <message>
        <source>自何日起执行</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>现用的是随程序提供的示例周期（据民政部门公开资料）。请按本县规定核对后保存。</source>
        <translation>These are the sample intervals shipped with the program (from public civil-affairs material). Check them against your county&apos;s rules and save.</translation>
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
        <source>正在保存并重新计算下次复核日期…</source>
        <translation>Saving and recomputing next review dates…</translation>
    </message>
    <message>
        <source>正在保存复核周期…</source>
        <translation>Saving review intervals…</translation>
    </message>
    <message>
        <source>已保存，所有在保家庭的下次复核日期已重新计算。</source>
        <translation>Saved; the next review dates of all receiving households were recomputed.</translation>
    </message>
</context>
<context>
    <name>ReviewStatusDialog</name>
    <message>
        <source>就业渐退与复核统计</source>
        <translation>Employment phase-out and review figures</translation>
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
        <translation>Employed member</translation>
    </message>
    <message>
        <source>就业日期</source>
        <translation>Employed since</translation>
    </message>
    <message>
        <source>发放至</source>
        <translation>Paid until</translation>
    </message>
    <message>
        <source>停发月份</source>
        <translation>Stop month</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>渐退期满：提出取消建议</source>
        <translation>Phase-out ended: propose cancellation</translation>
    </message>
    <message>
        <source>就业渐退</source>
        <translation>Employment phase-out</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
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
        <source>渐退期满停发</source>
        <translation>Stopped at end of gradual exit</translation>
    </message>
    <message>
        <source>拒绝就业停发（减发）</source>
        <translation>Stopped (reduced) for refusing work</translation>
    </message>
    <message>
        <source>变更、取消按批准生效的月份计数（未获批准的不计）；渐退期满、拒绝就业由程序提出，另列。</source>
        <translation>Changes and cancellations count in the month they were granted (those not granted are not counted); the end of gradual exit and refusals of work are proposed by the program and listed apart.</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>复核统计</source>
        <translation>Review figures</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>渐退中 {0} 户，即将停发 {1} 户，已到停发月份 {2} 户</source>
        <translation>{0} households phasing out, {1} stopping soon, {2} at their stop month</translation>
    </message>
    <message>
        <source>另有 {0} 户正在办理其他案件（变更、取消等），办结后再点此按钮提出。</source>
        <translation>{0} more households have another case under way (a change, a cancellation...); click this button again once it is closed.</translation>
    </message>
    <message>
        <source>渐退期满</source>
        <translation>Phase-out ended</translation>
    </message>
    <message>
        <source>已为 {0} 户提出取消建议，经审批程序批准后自期满次月起停发。</source>
        <translation>Cancellation proposed for {0} households; once approved, payment stops from the month after the period ends.</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReviewsSection</name>
    <message>
        <source>复核日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>入户人</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>调整前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>调整后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>生效月份</source>
        <translation>Effective month</translation>
    </message>
    <message>
        <source>情况与理由</source>
        <translation>Findings and reasons</translation>
    </message>
    <message>
        <source>已做的复核</source>
        <translation>Reviews done</translation>
    </message>
    <message>
        <source>下次复核：未排定（不在保的家庭不排复核）</source>
        <translation>Next review: not scheduled (households not receiving dibao have no reviews)</translation>
    </message>
    <message>
        <source>（已逾期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>下次复核：{0}{1}，按“{2}”每 {3} 个月</source>
        <translation>Next review: {0}{1}, every {3} months as &quot;{2}&quot;</translation>
    </message>
    <message>
        <source>下次复核：{0}{1}，因“{2}”</source>
        <translation>Next review: {0}{1}, for “{2}”</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <source>本月应复核</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <source>下月应复核</source>
        <translation>Due next month</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>指定月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>记录复核…</source>
        <translation>Record review…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>季度计划…</source>
        <translation>Quarter plan…</translation>
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
        <translation>Reviews per day</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>正在安排复核日期…</source>
        <translation>Scheduling review dates…</translation>
    </message>
    <message>
        <source>无法安排复核日期</source>
        <translation>Cannot schedule review dates</translation>
    </message>
    <message>
        <source>{0} 年 {1} 月共 {2} 户应复核</source>
        <translation>{2} households due for review in {0}-{1}</translation>
    </message>
    <message>
        <source>截至 {0} 已逾期未复核 {1} 户</source>
        <translation>{1} households overdue for review as of {0}</translation>
    </message>
    <message>
        <source>{0} 年 {1} 月应复核 {2} 户</source>
        <translation>{2} households due for review in {0}-{1}</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <source>&#x3000;就业渐退：即将停发 {0} 户，已到停发月份 {1} 户（复核 → 就业渐退与复核统计）</source>
        <translation>  Employment phase-out: {0} stopping soon, {1} at their stop month (Reviews → Employment phase-out and review figures)</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>导入花名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择原来用 Excel 记录的低保花名册（.xlsx 或 .xls）。程序会自动找到表头、识别各列，成员行（户主列为空、填了与户主关系）归入上面的户主；合计、小计、空行和签字行会跳过。导入前会逐行列出检查结果，确认后才写入。</source>
        <translation>Choose the dibao roster kept in Excel (.xlsx or .xls). The program finds the header and the columns; member rows (head column empty, relation to head filled) go under the head above; totals, subtotals, empty rows and signature rows are skipped. Every row&apos;s check result is listed before anything is written.</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>工作表：</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>第一行的值</source>
        <translation>First row&apos;s value</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>新导入家庭的状态：</source>
        <translation>Status of newly imported households:</translation>
    </message>
    <message>
        <source>已登记的家庭：</source>
        <translation>Households already registered:</translation>
    </message>
    <message>
        <source>没有户籍类型列时按：</source>
        <translation>Without a hukou column, use:</translation>
    </message>
    <message>
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>全部行</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>仅错误</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>仅提示</source>
        <translation>Notes only</translation>
    </message>
    <message>
        <source>仅跳过</source>
        <translation>Skipped only</translation>
    </message>
    <message>
        <source>打开错误工作簿</source>
        <translation>Open error workbook</translation>
    </message>
    <message>
        <source>用 Excel 或 WPS 打开未导入的行及原因，改正后可再次导入</source>
        <translation>Open the rows not imported, with reasons, in Excel or WPS; correct them and import again</translation>
    </message>
    <message>
        <source>没能自动打开，请在文件夹中双击打开：{0}</source>
        <translation>Could not open it; double-click it in its folder: {0}</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>选择花名册</source>
        <translation>Choose roster</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx *.xlsm *.xls);;所有文件 (*)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm *.xls);;All files (*)</translation>
    </message>
    <message>
        <source>正在检查花名册…</source>
        <translation>Checking roster…</translation>
    </message>
    <message>
        <source>读取花名册时出错，详情已记入日志。</source>
        <translation>Error reading the roster; details are in the log.</translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <source>已按表头自动识别</source>
        <translation>Recognized from the header</translation>
    </message>
    <message>
        <source>沿用上次这种表格的对应关系</source>
        <translation>Same columns as last time for this kind of sheet</translation>
    </message>
    <message>
        <source>按您的选择</source>
        <translation>As you chose</translation>
    </message>
    <message>
        <source>工作表“{0}”，表头在第 {1} 行。各列导入为（{2}，可修改）：</source>
        <translation>Sheet &quot;{0}&quot;, header in row {1}. Columns import as ({2}; you can change them):</translation>
    </message>
    <message>
        <source>共 {0} 行：正常 {1}，提示 {2}，错误 {3}，跳过 {4}。</source>
        <translation>{0} rows: {1} ok, {2} notes, {3} errors, {4} skipped.</translation>
    </message>
    <message>
        <source>可导入 {0} 户 {1} 人（其中已登记 {2} 户）。</source>
        <translation>{0} households, {1} persons can be imported ({2} households already registered).</translation>
    </message>
    <message>
        <source>{0} 户有错误，不导入，将写入错误工作簿。</source>
        <translation>{0} households have errors: not imported, written to the error workbook.</translation>
    </message>
    <message>
        <source>村名按同一个村对应：{0}。</source>
        <translation>Village names taken as the same village: {0}.</translation>
    </message>
    <message>
        <source>将新建 {0} 个村（社区）：{1} 等（见“提示”行）。</source>
        <translation>{0} new villages will be created: {1} and others (see the &quot;note&quot; rows).</translation>
    </message>
    <message>
        <source>将新建村（社区）：{0}。</source>
        <translation>New villages will be created: {0}.</translation>
    </message>
    <message>
        <source>已登记的家庭中有 {0} 名成员不在本花名册中：选择“更新”并确认导入后，按今天迁出登记（见“提示”行）。</source>
        <translation>{0} members of registered households are not on this roster: with &quot;Update&quot; and the import confirmed, they are recorded as moved away today (see the &quot;note&quot; rows).</translation>
    </message>
    <message>
        <source>在保家庭中有 {0} 户的类别或金额与花名册不同：导入不改保障金，选择“更新”并确认导入后为每户提出变更建议，审批后才生效（见“提示”行）。</source>
        <translation>{0} households receiving dibao differ from the roster in class or amount: the import does not change benefits. Choose &quot;Update&quot; and confirm the import to propose a change for each; it takes effect only after approval (see the &quot;Note&quot; rows).</translation>
    </message>
    <message>
        <source>已自动更正全角数字 {0} 处、多余空格 {1} 处。</source>
        <translation>Corrected automatically: {0} full-width digits, {1} extra spaces.</translation>
    </message>
    <message>
        <source>正在导入花名册…</source>
        <translation>Importing roster…</translation>
    </message>
    <message>
        <source>导入完成。</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <source>新建：{0} 户 {1} 人</source>
        <translation>New: {0} households, {1} persons</translation>
    </message>
    <message>
        <source>更新已登记的家庭：{0} 户（{1} 人有变动）</source>
        <translation>Registered households updated: {0} ({1} persons changed)</translation>
    </message>
    <message>
        <source>已登记且无变化：{0} 户</source>
        <translation>Registered and unchanged: {0} households</translation>
    </message>
    <message>
        <source>跳过已登记的家庭：{0} 户 {1} 人</source>
        <translation>Registered households skipped: {0} households, {1} persons</translation>
    </message>
    <message>
        <source>未导入：{0} 行（{1} 户）</source>
        <translation>Not imported: {0} rows ({1} households)</translation>
    </message>
    <message>
        <source>新建村（社区）：{0}</source>
        <translation>New villages: {0}</translation>
    </message>
    <message>
        <source>不在花名册中的成员：{0} 人，已按迁出登记，所在家庭转为需要复核</source>
        <translation>Members not on the roster: {0}, recorded as moved away; their households need a review</translation>
    </message>
    <message>
        <source>类别或金额与在保记录不同：{0} 户，已提出变更建议（见“变更建议”），审批前保障金不变</source>
        <translation>Class or amount differs from the record: {0} households; changes proposed (see &quot;Proposals&quot;); benefits unchanged until approved</translation>
    </message>
    <message>
        <source>类别或金额与花名册不同但已有在办案件、未提出建议：{0} 户（户号 {1}），请办完后核实</source>
        <translation>Class or amount differs from the roster but a case is in progress, no proposal: {0} households (nos. {1}); check after the case is done</translation>
    </message>
    <message>
        <source>未导入的行及原因已写入：{0}（改正后可再次导入）</source>
        <translation>Rows not imported, with reasons, written to: {0} (correct them and import again)</translation>
    </message>
    <message>
        <source>以上家庭已保存。但未导入的行没能写入错误工作簿“{0}”（文件可能正被 Excel 打开、已有同名的文件夹或磁盘已满）。处理后用同一个花名册再做一次预览，即可生成。</source>
        <translation>The households above were saved, but the rows not imported could not be written to the error workbook &quot;{0}&quot; (the file may be open in Excel, a folder of that name exists, or the disk is full). Fix that and preview the same roster again to make it.</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>导入已取消，没有写入任何数据。</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>导入时出错，没有写入任何数据。详情已记入日志。</source>
        <translation>Error while importing; nothing was written. Details are in the log.</translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
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
    <message>
        <source>{0}页填写的内容还没有保存，确定要放弃吗？</source>
        <translation>What was typed on the {0} page is not saved. Discard it?</translation>
    </message>
</context>
<context>
    <name>SpecialCaseDialog</name>
    <message>
        <source>按特殊情况批准（集体讨论）</source>
        <translation>Approve as special case (collective decision)</translation>
    </message>
    <message>
        <source>参加集体讨论的人员，用顿号分开</source>
        <translation>People at the collective discussion, separated by 、</translation>
    </message>
    <message>
        <source>讨论纪要或批准理由</source>
        <translation>Minutes or reason for approval</translation>
    </message>
    <message>
        <source>特殊情况</source>
        <translation>Special case</translation>
    </message>
    <message>
        <source>讨论日期</source>
        <translation>Discussed on</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>纪要 / 理由</source>
        <translation>Minutes / reason</translation>
    </message>
    <message>
        <source>批准所选 {0} 件</source>
        <translation>Approve the {0} selected</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StableWorkDialog</name>
    <message>
        <source>登记稳定就业（渐退）</source>
        <translation>Record stable employment (phase-out)</translation>
    </message>
    <message>
        <source>工作单位、岗位、月收入</source>
        <translation>Employer, post, monthly income</translation>
    </message>
    <message>
        <source>就业成员</source>
        <translation>Employed member</translation>
    </message>
    <message>
        <source>就业日期</source>
        <translation>Employed since</translation>
    </message>
    <message>
        <source>就业情况</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>户主：{0}&#x3000;{1}</source>
        <translation>Head: {0}  {1}</translation>
    </message>
    <message>
        <source>按现行规定渐退 {0} 个月（含取得稳定收入当月）：保障金发放至 {1} 年 {2} 月，{3} 年 {4} 月起停发；停发前 {5} 个月起提醒。</source>
        <translation>Under the current rules the phase-out is {0} months (counting the month stable income starts): paid until {1}-{2}, stopped from {3}-{4}; reminders from {5} months before.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>今日待办&#x3000;{0} 年 {1} 月 {2} 日</source>
        <translation>Today  {0}-{1}-{2}</translation>
    </message>
    <message>
        <source>去办理</source>
        <translation>Go</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>yyyy年M月</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>{0}年第{1}季度</source>
        <translation>{0} Q{1}</translation>
    </message>
    <message>
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>{0}{1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>打印统计报表（PDF）…</source>
        <translation>Print statistics report (PDF)…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>导出台账…</source>
        <translation>Export ledger…</translation>
    </message>
    <message>
        <source>统计期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>全乡镇</source>
        <translation>Whole township</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>正在统计</source>
        <translation>Counting</translation>
    </message>
    <message>
        <source>统计失败，详情已记入日志。</source>
        <translation>Statistics failed; details are in the log.</translation>
    </message>
    <message>
        <source>{0}：在保 {1} 户 {2} 人，月保障金 {3} 元；本期到期未复核 {4} 户，已逾期 {5} 户</source>
        <translation>{0}: {1} households, {2} persons receiving, monthly benefit {3} yuan; due in the period and not yet reviewed {4} households, overdue {5}</translation>
    </message>
    <message>
        <source>（在保户数、金额按{0}台账计划数，该月尚未到）</source>
        <translation> (households and amounts from the ledger&apos;s plan for {0}, not reached yet)</translation>
    </message>
    <message>
        <source>（{0}）</source>
        <translation> ({0})</translation>
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
        <source>快捷键 Ctrl+S</source>
        <translation>Shortcut Ctrl+S</translation>
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
        <source>{0} 元（上限 {1} 元：保障标准×保障人数＋加发）</source>
        <translation>{0} yuan (ceiling {1} yuan: standard × covered + supplements)</translation>
    </message>
    <message>
        <source>按标准计算</source>
        <translation>By the standard</translation>
    </message>
    <message>
        <source>金额与计算结果不同时必填，将注明在审批表和报县数据中</source>
        <translation>Required when the amount differs from the calculation; shown on the approval form and in the county data</translation>
    </message>
    <message>
        <source>金额不同的理由</source>
        <translation>Why the amount differs</translation>
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
        <source>{0}（{1} 元/人·月）</source>
        <translation>{0} ({1} yuan per person per month)</translation>
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
    <message>
        <source>撤回日期</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>登记撤回</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <source>退回日期</source>
        <translation>Return date</translation>
    </message>
    <message>
        <source>退回乡镇审核</source>
        <translation>Return to township review</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
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
        <translation>Township check opinion</translation>
    </message>
    <message>
        <source>元/月</source>
        <translation>yuan/month</translation>
    </message>
    <message>
        <source>拟定保障类别</source>
        <translation>Proposed class</translation>
    </message>
    <message>
        <source>拟定月保障金（元）</source>
        <translation>Proposed benefit (yuan/month)</translation>
    </message>
    <message>
        <source>按保障金测算，该户目前不符合低保条件，请核实后再办理。</source>
        <translation>By the benefit calculation this household is not eligible now; check before going on.</translation>
    </message>
    <message>
        <source>保障金测算</source>
        <translation>Benefit calculation</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>尚未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>填写的内容还没有保存，确定要放弃吗？</source>
        <translation>What you entered is not saved. Discard it?</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>户籍人口</source>
        <translation>Registered population</translation>
    </message>
    <message>
        <source>登记户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>添加为新村（社区）</source>
        <translation>Add as new village</translation>
    </message>
    <message>
        <source>保存所选村的名称和人口</source>
        <translation>Save the selected village&apos;s name and population</translation>
    </message>
    <message>
        <source>把所选村合并到…</source>
        <translation>Merge the selected village into…</translation>
    </message>
    <message>
        <source>停用所选村</source>
        <translation>Retire selected village</translation>
    </message>
    <message>
        <source>户籍人口（用于统计保障面）</source>
        <translation>Registered population (for coverage figures)</translation>
    </message>
    <message>
        <source>合并后，被合并村的全部家庭转到目标村，户籍人口相加，被合并村从名单中去掉。停用后，不能再在该村登记新家庭，已有家庭不变。</source>
        <translation>Merging moves all households of the merged village to the target village, adds the populations and removes the merged village from the list. A retired village takes no new households; existing households stay.</translation>
    </message>
    <message>
        <source>{0} 起停用</source>
        <translation>Retired from {0}</translation>
    </message>
    <message>
        <source>使用中</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>恢复使用所选村</source>
        <translation>Reinstate selected village</translation>
    </message>
    <message>
        <source>“{0}”已恢复使用</source>
        <translation>&quot;{0}&quot; is in use again</translation>
    </message>
    <message>
        <source>停用村（社区）</source>
        <translation>Retire village</translation>
    </message>
    <message>
        <source>停用“{0}”吗？停用后不能再在该村登记新家庭，已有家庭不变。此操作会记入操作记录。</source>
        <translation>Retire &quot;{0}&quot;? No new households can be registered in it; existing households stay. This is recorded in the audit log.</translation>
    </message>
    <message>
        <source>“{0}”已停用</source>
        <translation>&quot;{0}&quot; retired</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>已添加“{0}”</source>
        <translation>Added &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>已保存“{0}”，户籍人口 {1} 人</source>
        <translation>Saved &quot;{0}&quot;, registered population {1}</translation>
    </message>
    <message>
        <source>合并村（社区）</source>
        <translation>Merge villages</translation>
    </message>
    <message>
        <source>把“{0}”的全部家庭转到“{1}”，并去掉“{0}”吗？此操作会记入操作记录。</source>
        <translation>Move all households of &quot;{0}&quot; to &quot;{1}&quot; and remove &quot;{0}&quot;? This is recorded in the audit log.</translation>
    </message>
    <message>
        <source>已把“{0}”的 {1} 户并入“{2}”</source>
        <translation>Moved {1} households of &quot;{0}&quot; into &quot;{2}&quot;</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>申请人撤回</source>
        <translation>Withdrawn by applicant</translation>
    </message>
    <message>
        <source>书面撤回申请</source>
        <translation>Written request</translation>
    </message>
    <message>
        <source>申请人递交的书面撤回申请：递交日期、签字人等</source>
        <translation>The applicant&apos;s written request to withdraw: date handed in, who signed, etc.</translation>
    </message>
    <message>
        <source>撤回不是不予批准：案件以“已撤回”结束，不出具不予批准通知书；新增申请的家庭恢复申请前的状态，之后可以重新申请。</source>
        <translation>A withdrawal is not a refusal: the case ends as withdrawn and no refusal notice is issued; for a new application the household returns to its status before applying and may apply again later.</translation>
    </message>
</context>
<context>
    <name>WorkdayCalendarDialog</name>
    <message>
        <source>工作日历（随政策标准下发各乡镇）</source>
        <translation>Working calendar (sent to the townships with the policy figures)</translation>
    </message>
    <message>
        <source>工作日历（计算举报答复期限）</source>
        <translation>Working calendar (complaint deadlines)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>休息日</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>休息日（放假）</source>
        <translation>Day off (holiday)</translation>
    </message>
    <message>
        <source>工作日（调休上班）</source>
        <translation>Working day (swapped)</translation>
    </message>
    <message>
        <source>按国家日历（删除补录）</source>
        <translation>As the national calendar (remove the entry)</translation>
    </message>
    <message>
        <source>如：春节放假、国庆调休上班</source>
        <translation>e.g. Spring Festival holiday, National Day swapped working day</translation>
    </message>
    <message>
        <source>保存这一天</source>
        <translation>Save this day</translation>
    </message>
    <message>
        <source>这一天是</source>
        <translation>This day is</translation>
    </message>
    <message>
        <source>国务院公布新一年的放假和调休安排后，请在这里逐日录入放假日和调休上班日，再导出政策标准数据包下发各乡镇；乡镇导入后按此计算举报答复期限和复核计划。</source>
        <translation>When the State Council publishes the new year&apos;s holidays and make-up working days, enter them here day by day, then export the policy package to the townships; once they import it, their complaint deadlines and review plans count by it.</translation>
    </message>
    <message>
        <source>程序只知道国家已公布的节假日安排；尚未公布的年份，答复期限按周一至周五推算。县里随政策标准下发工作日历的，导入数据包即可；否则请在这里补录。</source>
        <translation>The program knows only the holiday arrangements already published; for a year not yet published, deadlines count Monday to Friday. If the county sends a working calendar with the policy figures, import that package; otherwise enter the days here.</translation>
    </message>
    <message>
        <source>县里下发的工作日历：</source>
        <translation>Working calendar sent by the county:</translation>
    </message>
    <message>
        <source>{0} 年（放假 {1} 天，调休上班 {2} 天，第 {3} 号政策标准数据包）</source>
        <translation>{0} ({1} holidays, {2} make-up working days, policy package no. {3})</translation>
    </message>
    <message>
        <source>已保存 {0}：{1}。待答复举报的期限已按此重新计算。</source>
        <translation>Saved {0}: {1}. The deadlines of open complaints were counted again.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>这一步没有完成：发生了意外错误，详细情况已记入日志（数据文件夹中的 dibao-desk.log）。请按 F5 刷新后查看结果再试；仍然出错，请把日志文件交给技术人员。</source>
        <translation>This step did not finish: an unexpected error occurred; the details are in the log (dibao-desk.log in the data folder). Press F5 to refresh, check the result and try again; if it keeps failing, give the log file to technical support.</translation>
    </message>
    <message>
        <source>出错了</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>低保经办</source>
        <translation>dibao-desk</translation>
    </message>
    <message>
        <source>数据库密码</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>数据库 {url} 的密码：</source>
        <translation>Password for database {url}:</translation>
    </message>
    <message>
        <source>无法打开数据</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <source>数据正在使用</source>
        <translation>Data in use</translation>
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
    <message>
        <source>特殊情况</source>
        <translation>Special case</translation>
    </message>
    <message>
        <source>备案</source>
        <translation>Filed</translation>
    </message>
</context>
<context>
    <name>households</name>
    <message>
        <source>{0}（成员 {1}）</source>
        <translation>{0} (member {1})</translation>
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
        <source>有重病成员</source>
        <translation>Seriously ill member</translation>
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
        <translation>Phasing out</translation>
    </message>
    <message>
        <source>首次</source>
        <translation>First</translation>
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
        <source>{period}尚无已审核的常规造册，本期造册实发空白（按季度造册的，按季度统计时列出）</source>
        <translation>{period} has no signed regular roster yet: paid by the period&apos;s roster is blank (an office making quarterly rosters finds it in the quarter&apos;s statistics)</translation>
    </message>
    <message>
        <source>按台账是否发放统计：上月未发放（含台账 0 元另列不发放）、本月发放的户计入新增，上月发放、本月未发放（含转为 0 元）的户计入停保，所以新增不一定是审批新增；变更增减人数为上月、本月都发放的户保障人口的增减（成员死亡、迁出、新增成员等）；本月人数 = 上月人数 + 新增人数 − 停保人数 + 变更增减人数</source>
        <translation>Counted by whether the ledger pays: a household not paid last month (including one at 0 yuan, listed apart) and paid this month is new; one paid last month and not this month (including one now at 0 yuan) is stopped, so new is not always a newly approved case. Persons gained/lost (changes): covered persons gained or lost by households paid both months (a member&apos;s death, a move away, a new member); this month&apos;s persons = last month&apos;s + new − stopped + gained/lost</translation>
    </message>
    <message>
        <source>本期内到期、尚未复核（户）</source>
        <translation>Due in the period, not yet reviewed (households)</translation>
    </message>
    <message>
        <source>按{month}台账在保户统计，人数为当月保障的人员（不含不享受保障的成员和当月以前死亡、迁出等已离开家庭的成员），各项人数合计与基本情况表保障人数相同；致贫原因、三无按户，其余按人（户数为有此类成员的户）。</source>
        <translation>Households paid in {month} by the ledger; persons are those the month pays for (not members not covered, nor members who died or moved away before the month), so each item adds up to the covered persons of the basic table; cause of poverty and three-nos per household, the rest per person (households: those with such a member).</translation>
    </message>
    <message>
        <source>台账应发合计（元）</source>
        <translation>Due by the ledger (yuan)</translation>
    </message>
    <message>
        <source>造册实发（元）</source>
        <translation>Paid by the rosters (yuan)</translation>
    </message>
    <message>
        <source>其中银行退回（元）</source>
        <translation>Of which returned by the bank (yuan)</translation>
    </message>
    <message>
        <source>造册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{kind}造册（{period}）</source>
        <translation>{kind} roster ({period})</translation>
    </message>
    <message>
        <source>保障金（元）</source>
        <translation>Benefit (yuan)</translation>
    </message>
    <message>
        <source>追回扣减（元）</source>
        <translation>Recovery deducted (yuan)</translation>
    </message>
    <message>
        <source>专项补贴（元）</source>
        <translation>Subsidies (yuan)</translation>
    </message>
    <message>
        <source>银行退回（笔）</source>
        <translation>Returned by the bank (transfers)</translation>
    </message>
    <message>
        <source>银行退回（元）</source>
        <translation>Returned by the bank (yuan)</translation>
    </message>
    <message>
        <source>本期尚无已审核的造册，没有实发金额可统计；资金汇总表中的台账应发合计不是实发金额。</source>
        <translation>No roster of this period is signed yet, so nothing paid can be counted; the funds table&apos;s figure due by the ledger is not what was paid.</translation>
    </message>
    <message>
        <source>{month}（计划）</source>
        <translation>{month} (planned)</translation>
    </message>
    <message>
        <source>近十二个月台账应发金额（元）</source>
        <translation>Due by the ledger, last 12 months (yuan)</translation>
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
        <source>本期各月保障金及补发、追回（追回与资金汇总表同口径），按政策标准规定的中央、省、市、县、乡镇资金比例分摊（分摊到分，合计相符）。</source>
        <translation>This period&apos;s monthly benefits, back pay and recoveries (recoveries as the funds table counts them), split by the central, provincial, city, county and township shares set in the policy standard (to the fen; totals match).</translation>
    </message>
    <message>
        <source>台账应发合计 = 台账所载当月保障金 + 补发 − 追回（补发按决定当月列出）。追回为当月以各种方式追回的金额，每笔只计一次：台账追回按决定当月计入（其后造册扣减或现金退回的是同一笔钱，不再计入）；追回登记中手工登记的追回，造册扣减（含手工登记的扣减）计入所在造册的月份（季度造册计入季度首月，银行退回冲回的减去），现金退回计入收款当月。造册实发为该月起始的已审核常规、补发造册所发金额（已扣减追回，季度造册计入季度首月），没有已审核造册的月份空白；其中银行退回为银行答复转账失败、未到账的金额。标“计划”的月份尚未到，为台账计划数。</source>
        <translation>Due by the ledger = the ledger&apos;s benefits of the month + back pay − recovery (back pay in the month decided). Recovery: what was recovered in the month by every route, each amount once: the ledger&apos;s recoveries in the month decided (a later roster deduction or cash repayment of them is the same money and not counted again); for recoveries entered by hand in the recovery register, roster deductions (including deductions recorded by hand) in the month of their roster (a quarter&apos;s roster in its first month, less deductions reversed when the bank failed the transfer), and cash in the month received. Paid by the rosters: the signed regular and back-pay rosters whose period starts that month (net of deductions; a quarter&apos;s roster in its first month); blank where no roster is signed. Returned by the bank: transfers the bank answered as failed, not received. Months marked planned are not reached yet: the ledger&apos;s plan.</translation>
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
        <source>申请书</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>身份证复印件</source>
        <translation>ID card copy</translation>
    </message>
    <message>
        <source>户口簿复印件</source>
        <translation>Hukou book copy</translation>
    </message>
    <message>
        <source>收入证明</source>
        <translation>Income proof</translation>
    </message>
    <message>
        <source>入户调查照片</source>
        <translation>Home visit photos</translation>
    </message>
    <message>
        <source>签字表格</source>
        <translation>Signed forms</translation>
    </message>
    <message>
        <source>其他材料</source>
        <translation>Other documents</translation>
    </message>
    <message>
        <source>元/月</source>
        <translation>yuan/month</translation>
    </message>
    <message>
        <source>元/年</source>
        <translation>yuan/year</translation>
    </message>
    <message>
        <source>支出大于收入</source>
        <translation>Spending above income</translation>
    </message>
    <message>
        <source>城市一类（三无）</source>
        <translation>Urban class 1 (three-no)</translation>
    </message>
    <message>
        <source>城市二类（特困）</source>
        <translation>Urban class 2 (extreme poverty)</translation>
    </message>
    <message>
        <source>城市三类（一般）</source>
        <translation>Urban class 3 (general)</translation>
    </message>
    <message>
        <source>农村一类（三无）</source>
        <translation>Rural class 1 (three-no)</translation>
    </message>
    <message>
        <source>农村二类（特困）</source>
        <translation>Rural class 2 (extreme poverty)</translation>
    </message>
    <message>
        <source>农村三类（一般）</source>
        <translation>Rural class 3 (general)</translation>
    </message>
    <message>
        <source>有重度残疾成员</source>
        <translation>Has a severely disabled member</translation>
    </message>
    <message>
        <source>收入短期内变化不大</source>
        <translation>Income hardly changes in the short term</translation>
    </message>
    <message>
        <source>搬迁安置</source>
        <translation>Relocation</translation>
    </message>
    <message>
        <source>破产</source>
        <translation>Bankruptcy</translation>
    </message>
    <message>
        <source>服刑</source>
        <translation>Imprisonment</translation>
    </message>
    <message>
        <source>疾病</source>
        <translation>Illness</translation>
    </message>
    <message>
        <source>灾害</source>
        <translation>Disaster</translation>
    </message>
    <message>
        <source>缺乏劳动力</source>
        <translation>Lack of labour</translation>
    </message>
    <message>
        <source>失业</source>
        <translation>Unemployment</translation>
    </message>
    <message>
        <source>失地</source>
        <translation>Loss of land</translation>
    </message>
    <message>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>部分</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>健康</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>失踪</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>嫁娶</source>
        <translation>Married out</translation>
    </message>
    <message>
        <source>分户迁出</source>
        <translation>Split off and moved</translation>
    </message>
    <message>
        <source>城市一类</source>
        <translation>Urban class 1</translation>
    </message>
    <message>
        <source>城市二类</source>
        <translation>Urban class 2</translation>
    </message>
    <message>
        <source>城市三类</source>
        <translation>Urban class 3</translation>
    </message>
    <message>
        <source>农村一类</source>
        <translation>Rural class 1</translation>
    </message>
    <message>
        <source>农村二类</source>
        <translation>Rural class 2</translation>
    </message>
    <message>
        <source>农村三类</source>
        <translation>Rural class 3</translation>
    </message>
    <message>
        <source>重度残疾</source>
        <translation>Severe disability</translation>
    </message>
    <message>
        <source>收入变化不大</source>
        <translation>Income stable</translation>
    </message>
    <message>
        <source>成员服刑</source>
        <translation>Member imprisoned</translation>
    </message>
    <message>
        <source>停发</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>新增批准</source>
        <translation>New grant</translation>
    </message>
    <message>
        <source>变更批准</source>
        <translation>Change granted</translation>
    </message>
    <message>
        <source>取消批准</source>
        <translation>Cancellation granted</translation>
    </message>
    <message>
        <source>调整标准</source>
        <translation>Standard adjusted</translation>
    </message>
    <message>
        <source>就业渐退</source>
        <translation>Employment phase-out</translation>
    </message>
    <message>
        <source>建账时原有记录</source>
        <translation>Existing record at ledger start</translation>
    </message>
    <message>
        <source>补发</source>
        <translation>Back pay</translation>
    </message>
    <message>
        <source>追回</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <source>复核变更</source>
        <translation>Review change</translation>
    </message>
    <message>
        <source>复核取消</source>
        <translation>Review cancellation</translation>
    </message>
    <message>
        <source>渐退期满</source>
        <translation>Phase-out ended</translation>
    </message>
    <message>
        <source>核对预警属实</source>
        <translation>Cross-check warning confirmed</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>预警逾期未举证</source>
        <translation>Warning overdue without evidence</translation>
    </message>
    <message>
        <source>调整标准（批量）</source>
        <translation>Standard adjusted (batch)</translation>
    </message>
    <message>
        <source>受理变更</source>
        <translation>Change received</translation>
    </message>
    <message>
        <source>受理取消</source>
        <translation>Cancellation received</translation>
    </message>
    <message>
        <source>花名册金额不一致</source>
        <translation>Roster amount differs</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>未批准</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>专项补贴</source>
        <translation>Special subsidy</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已审核</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>已报县</source>
        <translation>Reported to county</translation>
    </message>
    <message>
        <source>保障金</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>未回盘</source>
        <translation>No return</translation>
    </message>
    <message>
        <source>已发放</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>发放失败</source>
        <translation>Payment failed</translation>
    </message>
    <message>
        <source>每户</source>
        <translation>Per household</translation>
    </message>
    <message>
        <source>每人</source>
        <translation>Per person</translation>
    </message>
    <message>
        <source>按月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>按季度</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>中央</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>省级</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>市级</source>
        <translation>City</translation>
    </message>
    <message>
        <source>县级</source>
        <translation>County</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>补填</source>
        <translation>Filled in</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>查无此人</source>
        <translation>No such person</translation>
    </message>
    <message>
        <source>两户</source>
        <translation>Two households</translation>
    </message>
    <message>
        <source>Excel 表格（xlsx）</source>
        <translation>Excel sheet (xlsx)</translation>
    </message>
    <message>
        <source>定长文本</source>
        <translation>Fixed-width text</translation>
    </message>
    <message>
        <source>没有账号</source>
        <translation>No account</translation>
    </message>
    <message>
        <source>含有非数字</source>
        <translation>Non-digits</translation>
    </message>
    <message>
        <source>卡号校验位不对</source>
        <translation>Card check digit wrong</translation>
    </message>
    <message>
        <source>位数不对</source>
        <translation>Wrong length</translation>
    </message>
    <message>
        <source>存折账号位数少见</source>
        <translation>Unusual passbook length</translation>
    </message>
    <message>
        <source>警示（允许更正后再申报）</source>
        <translation>Warning (may correct and declare again)</translation>
    </message>
    <message>
        <source>列入诚信黑名单</source>
        <translation>On integrity blacklist</translation>
    </message>
    <message>
        <source>经办人员</source>
        <translation>Office staff</translation>
    </message>
    <message>
        <source>村（社区）干部</source>
        <translation>Village cadre</translation>
    </message>
    <message>
        <source>父母</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>子女</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>祖父母、外祖父母</source>
        <translation>Grandparents</translation>
    </message>
    <message>
        <source>孙子女、外孙子女</source>
        <translation>Grandchildren</translation>
    </message>
    <message>
        <source>岳父母、公婆</source>
        <translation>Parents-in-law</translation>
    </message>
    <message>
        <source>儿媳、女婿</source>
        <translation>Son-/daughter-in-law</translation>
    </message>
    <message>
        <source>其他近亲属</source>
        <translation>Other close relative</translation>
    </message>
    <message>
        <source>来信</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>部分属实</source>
        <translation>Partly true</translation>
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
        <source>取消保障</source>
        <translation>Cancel dibao</translation>
    </message>
    <message>
        <source>追回保障金</source>
        <translation>Recover benefits</translation>
    </message>
    <message>
        <source>家庭变故</source>
        <translation>Household event</translation>
    </message>
    <message>
        <source>举报</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>已登记，待复核</source>
        <translation>Recorded, awaiting review</translation>
    </message>
    <message>
        <source>已提出</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>备案</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>取消追溯</source>
        <translation>Backdated cancellation</translation>
    </message>
    <message>
        <source>变更追溯</source>
        <translation>Backdated change</translation>
    </message>
    <message>
        <source>虚报冒领</source>
        <translation>Fraudulent claim</translation>
    </message>
    <message>
        <source>银行差错</source>
        <translation>Bank error</translation>
    </message>
    <message>
        <source>待追回</source>
        <translation>To recover</translation>
    </message>
    <message>
        <source>已追回</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>已核销</source>
        <translation>Written off</translation>
    </message>
    <message>
        <source>从以后发放中扣减</source>
        <translation>Deduct from later payments</translation>
    </message>
    <message>
        <source>现金退回</source>
        <translation>Cash refund</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>{n} 条审批记录</source>
        <translation>{n} procedure case(s)</translation>
    </message>
    <message>
        <source>{n} 项待遇决定</source>
        <translation>{n} benefit decision(s)</translation>
    </message>
    <message>
        <source>{n} 段保障金台账</source>
        <translation>{n} ledger period(s)</translation>
    </message>
    <message>
        <source>{n} 笔补发或追回</source>
        <translation>{n} back payment(s) or recovery(ies)</translation>
    </message>
    <message>
        <source>{n} 份变更建议</source>
        <translation>{n} change proposal(s)</translation>
    </message>
    <message>
        <source>{n} 条批量建议明细</source>
        <translation>{n} line(s) of batch proposals</translation>
    </message>
    <message>
        <source>{n} 条发放名册记录</source>
        <translation>{n} payment roster line(s)</translation>
    </message>
    <message>
        <source>{n} 次复核记录</source>
        <translation>{n} review(s)</translation>
    </message>
    <message>
        <source>{n} 条复核事由</source>
        <translation>{n} review event(s)</translation>
    </message>
    <message>
        <source>{n} 条就业渐退记录</source>
        <translation>{n} gradual-exit employment record(s)</translation>
    </message>
    <message>
        <source>{n} 条拒绝就业记录</source>
        <translation>{n} refused job offer(s)</translation>
    </message>
    <message>
        <source>{n} 条收入稳定认定</source>
        <translation>{n} stable-income finding(s)</translation>
    </message>
    <message>
        <source>{n} 件举报</source>
        <translation>{n} complaint(s)</translation>
    </message>
    <message>
        <source>{n} 条诚信档案记录</source>
        <translation>{n} false-declaration record(s)</translation>
    </message>
    <message>
        <source>{n} 条待办取消或追回</source>
        <translation>{n} pending cancellation(s) or recovery(ies)</translation>
    </message>
    <message>
        <source>{n} 条核对预警</source>
        <translation>{n} cross-check warning(s)</translation>
    </message>
    <message>
        <source>{n} 笔追回登记</source>
        <translation>{n} recovery entry(ies)</translation>
    </message>
    <message>
        <source>{n} 本低保证</source>
        <translation>{n} dibao certificate(s)</translation>
    </message>
    <message>
        <source>{n} 项联动救助</source>
        <translation>{n} linked assistance item(s)</translation>
    </message>
    <message>
        <source>{n} 份一户一档材料</source>
        <translation>{n} filed document(s)</translation>
    </message>
    <message>
        <source>{n} 条其他记录</source>
        <translation>{n} other record(s)</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>价值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>家庭月收入</source>
        <translation>Household monthly income</translation>
    </message>
    <message>
        <source>月给付</source>
        <translation>Monthly support paid</translation>
    </message>
    <message>
        <source>就业成本扣减</source>
        <translation>Employment cost deduction</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>农村低保标准提高后复核</source>
        <translation>Review after the rural standard was raised</translation>
    </message>
    <message>
        <source>提标复核</source>
        <translation>Review at the raise</translation>
    </message>
    <message>
        <source>继续保障</source>
        <translation>Kept on benefit</translation>
    </message>
    <message>
        <source>渐退期满未予取消，继续保障</source>
        <translation>End of gradual exit not granted, kept on benefit</translation>
    </message>
    <message>
        <source>家庭成员减少</source>
        <translation>Fewer members</translation>
    </message>
    <message>
        <source>Excel 表格</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>CSV 表格</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>超过 20 位</source>
        <translation>longer than 20 digits</translation>
    </message>
    <message>
        <source>工作人员姓名</source>
        <translation>Staff name</translation>
    </message>
    <message>
        <source>举报人姓名</source>
        <translation>Complainant&apos;s name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>已扣减，待银行回执</source>
        <translation>Deducted, awaiting the bank&apos;s return</translation>
    </message>
    <message>
        <source>扣减</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>扣减冲回</source>
        <translation>Deduction reversed</translation>
    </message>
    <message>
        <source>各行合计与造册总额不符</source>
        <translation>Row total differs from roster total</translation>
    </message>
    <message>
        <source>造册金额与账册不符</source>
        <translation>Roster amount differs from ledger</translation>
    </message>
    <message>
        <source>造册户数与账册不符</source>
        <translation>Roster households differ from ledger</translation>
    </message>
    <message>
        <source>代缴医保参保费（参合金）</source>
        <translation>Medical insurance premium paid</translation>
    </message>
    <message>
        <source>医疗救助</source>
        <translation>Medical assistance</translation>
    </message>
    <message>
        <source>教育救助（两免一补）</source>
        <translation>Education assistance (fees waived, subsidy)</translation>
    </message>
    <message>
        <source>住房救助</source>
        <translation>Housing assistance</translation>
    </message>
    <message>
        <source>取暖救助</source>
        <translation>Heating assistance</translation>
    </message>
    <message>
        <source>临时救助</source>
        <translation>Temporary assistance</translation>
    </message>
    <message>
        <source>其他救助</source>
        <translation>Other assistance</translation>
    </message>
    <message>
        <source>给予单位</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>基本情况表</source>
        <translation>Basic figures</translation>
    </message>
    <message>
        <source>月度增减变动表</source>
        <translation>Monthly changes</translation>
    </message>
    <message>
        <source>资金汇总表（近十二个月）</source>
        <translation>Funds (last 12 months)</translation>
    </message>
    <message>
        <source>资金汇总表（全年各月）</source>
        <translation>Funds summary (each month of the year)</translation>
    </message>
    <message>
        <source>资金来源表（本期）</source>
        <translation>Funding sources (this period)</translation>
    </message>
    <message>
        <source>各村（社区）保障情况</source>
        <translation>By village</translation>
    </message>
    <message>
        <source>审批新增与复核结论（近十二个月）</source>
        <translation>Approvals and review results (last 12 months)</translation>
    </message>
    <message>
        <source>动态管理（复核）情况</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>联动救助（1+X）情况</source>
        <translation>Linked assistance (1+X)</translation>
    </message>
    <message>
        <source>投诉举报情况（有报必查、有查必答）</source>
        <translation>Complaints (every complaint checked and answered)</translation>
    </message>
    <message>
        <source>诚信与监督（诚信档案、黑名单、近亲属备案、家庭变故）</source>
        <translation>Integrity and oversight (integrity records, blacklist, relatives on file, household events)</translation>
    </message>
    <message>
        <source>低保对象台账</source>
        <translation>Dibao ledger</translation>
    </message>
    <message>
        <source>造册发放情况（本期已审核的造册）</source>
        <translation>Payments by the rosters (signed rosters of the period)</translation>
    </message>
    <message>
        <source>保障对象结构（致贫原因、三无、自理能力、健康、人员状态）</source>
        <translation>Recipients by cause of poverty, three-nos, self-care, health and person status</translation>
    </message>
    <message>
        <source>主要致贫原因</source>
        <translation>Main cause of poverty</translation>
    </message>
    <message>
        <source>三无人员</source>
        <translation>Three-nos person</translation>
    </message>
    <message>
        <source>生活自理能力</source>
        <translation>Self-care ability</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>人员状态</source>
        <translation>Person status</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>变更增减人数</source>
        <translation>Persons gained/lost (changes)</translation>
    </message>
    <message>
        <source>{villages}未填户籍人口，不计保障人口占比；合计占比只按已填户籍人口的村（社区）计算</source>
        <translation>{villages}: population not entered, no share of covered persons; the total share counts only the villages (communities) whose population is entered</translation>
    </message>
    <message>
        <source>本期造册实发（元）</source>
        <translation>Paid by the period&apos;s roster (yuan)</translation>
    </message>
    <message>
        <source>月保障金合计为{month}台账所载一个月的金额，不含补发、追回；本期造册实发为{period}已审核常规造册发给各村的金额，即报县造册数据包“村汇总”中的金额：造册所含各月合计（季度造册为三个月），已加补发、减追回扣减，另列不发放的不计，故两者可能不同</source>
        <translation>The monthly benefits are one month as the ledger holds {month}, without back pay or recovery; paid by the period&apos;s roster is what the signed regular roster of {period} pays each village, the amount in the village totals (村汇总) of the payments package sent to the county: every month of the roster (three for a quarter&apos;s), plus back pay, less recovery deductions, lines listed apart not counted; hence the two may differ</translation>
    </message>
    <message>
        <source>月保障金合计（元）</source>
        <translation>Monthly benefits (yuan)</translation>
    </message>
    <message>
        <source>补差（元）</source>
        <translation>Difference (yuan)</translation>
    </message>
    <message>
        <source>分类施保/加发（元）</source>
        <translation>Class supplements (yuan)</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>未分类</source>
        <translation>No class</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>申请不予批准</source>
        <translation>Applications refused</translation>
    </message>
    <message>
        <source>申请人撤回</source>
        <translation>Withdrawn by applicant</translation>
    </message>
    <message>
        <source>渐退期满停发</source>
        <translation>Stopped at end of gradual exit</translation>
    </message>
    <message>
        <source>拒绝就业停发（减发）</source>
        <translation>Stopped (reduced) for refusing work</translation>
    </message>
    <message>
        <source>户籍人口</source>
        <translation>Registered population</translation>
    </message>
    <message>
        <source>保障人口占比（‰）</source>
        <translation>Coverage (‰)</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>救助类别</source>
        <translation>Assistance type</translation>
    </message>
    <message>
        <source>笔数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>至今已逾期未复核（户）</source>
        <translation>Overdue for review to date (households)</translation>
    </message>
    <message>
        <source>本期复核结论为{outcome}（户）</source>
        <translation>Reviewed this period: {outcome} (households)</translation>
    </message>
    <message>
        <source>本期收到（件）</source>
        <translation>Received this period</translation>
    </message>
    <message>
        <source>查实（属实、部分属实，件）</source>
        <translation>Found true (fully or partly)</translation>
    </message>
    <message>
        <source>按期答复（件）</source>
        <translation>Answered in time</translation>
    </message>
    <message>
        <source>逾期未答复（件）</source>
        <translation>Overdue, not answered</translation>
    </message>
    <message>
        <source>本期查实虚报、予以警示（人次）</source>
        <translation>False declarations found this period, warned (times)</translation>
    </message>
    <message>
        <source>本期列入诚信黑名单（人次）</source>
        <translation>Put on the blacklist this period (times)</translation>
    </message>
    <message>
        <source>期末仍在黑名单限制期内（人）</source>
        <translation>Still barred at the end of the period (persons)</translation>
    </message>
    <message>
        <source>期末在保家庭中的备案近亲属（人）</source>
        <translation>Relatives on file in receiving households at the end of the period (persons)</translation>
    </message>
    <message>
        <source>本期登记的家庭变故（死亡、迁出等，件）</source>
        <translation>Household events recorded this period (death, moving away etc.)</translation>
    </message>
    <message>
        <source>按{month}台账统计</source>
        <translation>From the ledger of {month}</translation>
    </message>
    <message>
        <source>；村（社区）、户籍、户主、月人均收入和银行账户为该月末的登记（按操作日志还原），家庭人口按成员的出生和死亡、迁出日期计；残疾、在学、就业、劳动能力为当前登记</source>
        <translation>; village, hukou, head, monthly income per person and bank account are as registered at the month&apos;s end (restored from the audit log); household size counts members by birth, death and move-out dates; disability, schooling, employment and work capacity are as registered now</translation>
    </message>
    <message>
        <source>；另有 {households} 户 {persons} 人台账本月保障金为 0 元（造册另列不发放，未计入本表，应经复核变更或取消）</source>
        <translation>; besides, {households} households ({persons} persons) are at 0 yuan in this month&apos;s ledger (listed apart on the roster, not paid, not counted in this table; to be changed or cancelled after review)</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>三无人员户</source>
        <translation>“Three-nos” household</translation>
    </message>
    <message>
        <source>月报</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>季报</source>
        <translation>Quarterly report</translation>
    </message>
    <message>
        <source>年报</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>补发（元）</source>
        <translation>Back pay (yuan)</translation>
    </message>
    <message>
        <source>追回（元）</source>
        <translation>Recovery (yuan)</translation>
    </message>
    <message>
        <source>追回扣减待银行回执（元）</source>
        <translation>Deductions awaiting the bank (yuan)</translation>
    </message>
    <message>
        <source>按已审核（已报县）的造册统计，另列不发放的不计；造册实发 = 保障金 + 补发 − 追回扣减 + 专项补贴。银行退回为银行答复转账失败、未到账的笔数和金额，改正账户后由补发造册再发。追回扣减待银行回执为银行尚未答复的转账中的扣减，回盘为成功（或确认已发放）后才计为已追回。</source>
        <translation>From signed (or reported) rosters; lines listed apart are not counted. Paid by rosters = benefit + back pay − recovery deductions + special subsidies. Sent back by the bank: transfers the bank answered as failed, not received, with their amount; paid again by a back-pay roster once the account is corrected. Deductions awaiting the bank: deductions in transfers the bank has not answered yet; they count as recovered once the return says paid (or the office confirms the roster paid).</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>比例</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>补发、追回（元）</source>
        <translation>Back pay, recovery (yuan)</translation>
    </message>
    <message>
        <source>各村（社区）保障人数</source>
        <translation>Covered persons by village</translation>
    </message>
    <message>
        <source>近十二个月保障人数</source>
        <translation>Covered persons, last 12 months</translation>
    </message>
    <message>
        <source>户编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>保障人口</source>
        <translation>Covered persons</translation>
    </message>
    <message>
        <source>女性</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>残疾人</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>老年人</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>就业（含务农、灵活就业）</source>
        <translation>Working (incl. farming, casual work)</translation>
    </message>
    <message>
        <source>劳动年龄内无业</source>
        <translation>Working age, no work</translation>
    </message>
    <message>
        <source>其中已办失业登记</source>
        <translation>of whom registered unemployed</translation>
    </message>
    <message>
        <source>月人均收入（元）</source>
        <translation>Income/person (yuan)</translation>
    </message>
    <message>
        <source>保障标准（元）</source>
        <translation>Standard (yuan)</translation>
    </message>
    <message>
        <source>开户人（非户主时）</source>
        <translation>Account holder (when not the head)</translation>
    </message>
    <message>
        <source>本月变动</source>
        <translation>This month&apos;s change</translation>
    </message>
    <message>
        <source>停保</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>增加</source>
        <translation>Increase</translation>
    </message>
    <message>
        <source>减少</source>
        <translation>Decrease</translation>
    </message>
    <message>
        <source>新发</source>
        <translation>New issue</translation>
    </message>
    <message>
        <source>换发</source>
        <translation>Reissue</translation>
    </message>
    <message>
        <source>上</source>
        <translation>up</translation>
    </message>
    <message>
        <source>下</source>
        <translation>down</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>已换发（补发）作废</source>
        <translation>Replaced (reissued), void</translation>
    </message>
    <message>
        <source>核销</source>
        <translation>Written off</translation>
    </message>
    <message>
        <source>家庭收入（元）</source>
        <translation>Household income (yuan)</translation>
    </message>
    <message>
        <source>批准（纳入）时间</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <source>开户人（姓名或身份证号）</source>
        <translation>Account holder (name or ID number)</translation>
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
        <source>乡镇已终止</source>
        <translation>Ended by the township</translation>
    </message>
    <message>
        <source>格式标识</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>格式版本</source>
        <translation>Format version</translation>
    </message>
    <message>
        <source>数据包类别</source>
        <translation>Package type</translation>
    </message>
    <message>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>乡镇（街道）行政区划代码</source>
        <translation>Township area code</translation>
    </message>
    <message>
        <source>乡镇（街道）名称</source>
        <translation>Township (street) name</translation>
    </message>
    <message>
        <source>县（市、区）名称</source>
        <translation>County name</translation>
    </message>
    <message>
        <source>顺序号</source>
        <translation>Sequence no.</translation>
    </message>
    <message>
        <source>所属期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>生成时间</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>生成程序</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>数据工作表</source>
        <translation>Data sheet</translation>
    </message>
    <message>
        <source>数据工作表校验值（SHA-256）</source>
        <translation>Data sheet checksum (SHA-256)</translation>
    </message>
    <message>
        <source>包信息校验值（SHA-256）</source>
        <translation>manifest checksum (SHA-256)</translation>
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
        <translation>Round down to whole yuan</translation>
    </message>
    <message>
        <source>不取整（到分）</source>
        <translation>No rounding (to the fen)</translation>
    </message>
    <message>
        <source>高龄老人</source>
        <translation>Very old</translation>
    </message>
    <message>
        <source>重度残疾人</source>
        <translation>Severely disabled</translation>
    </message>
    <message>
        <source>重病患者</source>
        <translation>Seriously ill</translation>
    </message>
    <message>
        <source>未成年人</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>单亲家庭成员</source>
        <translation>Single-parent family member</translation>
    </message>
    <message>
        <source>家庭收入</source>
        <translation>Household income</translation>
    </message>
    <message>
        <source>家庭财产</source>
        <translation>Household assets</translation>
    </message>
    <message>
        <source>城市低保标准（元/人·月）</source>
        <translation>Urban standard (yuan/person/month)</translation>
    </message>
    <message>
        <source>农村低保标准（元/人·月）</source>
        <translation>Rural standard (yuan/person/month)</translation>
    </message>
    <message>
        <source>施保办法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>一类对象月补助（元/人）</source>
        <translation>Class 1 monthly supplement (yuan/person)</translation>
    </message>
    <message>
        <source>二类对象月补助（元/人）</source>
        <translation>Class 2 monthly supplement (yuan/person)</translation>
    </message>
    <message>
        <source>三类对象月补助（元/人）</source>
        <translation>Class 3 monthly supplement (yuan/person)</translation>
    </message>
    <message>
        <source>高龄老人加发（元/人·月）</source>
        <translation>Very old supplement (yuan/person/month)</translation>
    </message>
    <message>
        <source>高龄起始年龄（岁）</source>
        <translation>Very old from age</translation>
    </message>
    <message>
        <source>重度残疾人加发（元/人·月）</source>
        <translation>Severe disability supplement (yuan/person/month)</translation>
    </message>
    <message>
        <source>重度残疾：残疾等级至（级）</source>
        <translation>Severe disability: grades up to</translation>
    </message>
    <message>
        <source>重病患者加发（元/人·月）</source>
        <translation>Serious illness supplement (yuan/person/month)</translation>
    </message>
    <message>
        <source>未成年人加发（元/人·月）</source>
        <translation>Minor supplement (yuan/person/month)</translation>
    </message>
    <message>
        <source>未成年：不满（岁）</source>
        <translation>Minor: under age</translation>
    </message>
    <message>
        <source>单亲家庭成员加发（元/人·月）</source>
        <translation>Single-parent family supplement (yuan/person/month)</translation>
    </message>
    <message>
        <source>多项加发可叠加</source>
        <translation>Supplements add up</translation>
    </message>
    <message>
        <source>存款及有价证券上限（元/人）</source>
        <translation>Savings and securities limit (yuan/person)</translation>
    </message>
    <message>
        <source>允许机动车辆（辆）</source>
        <translation>Vehicles allowed</translation>
    </message>
    <message>
        <source>价值低于此数的车辆不计（元，如摩托车、农用车；0 为都计）</source>
        <translation>Vehicles worth less than this are not counted (yuan, e.g. motorbikes, farm vehicles; 0: count all)</translation>
    </message>
    <message>
        <source>允许住房（套）</source>
        <translation>Homes allowed</translation>
    </message>
    <message>
        <source>人均住房面积上限（平方米，0 为不限）</source>
        <translation>Housing area limit per person (㎡, 0: no limit)</translation>
    </message>
    <message>
        <source>就业成本扣减（元/就业成员·月）</source>
        <translation>Work-cost deduction (yuan/working member/month)</translation>
    </message>
    <message>
        <source>就业成本扣减比例（‰，占就业收入）</source>
        <translation>Work-cost deduction share (‰ of work income)</translation>
    </message>
    <message>
        <source>劳动年龄：自（岁）</source>
        <translation>Working age: from (years)</translation>
    </message>
    <message>
        <source>劳动年龄：男性不满（岁）</source>
        <translation>Working age: men under (years)</translation>
    </message>
    <message>
        <source>劳动年龄：女性不满（岁）</source>
        <translation>Working age: women under (years)</translation>
    </message>
    <message>
        <source>取整办法</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <source>每户最低保障金（元/月，0 为不设）</source>
        <translation>Minimum benefit per household (yuan/month, 0: none)</translation>
    </message>
    <message>
        <source>公示天数</source>
        <translation>Notice days</translation>
    </message>
    <message>
        <source>县级抽查比例（‰）</source>
        <translation>County spot-check share (‰)</translation>
    </message>
    <message>
        <source>详细公示列出赡养（抚养、扶养）人姓名</source>
        <translation>Detailed notice names the supporters</translation>
    </message>
    <message>
        <source>诚信黑名单期限（月）</source>
        <translation>Blacklist period (months)</translation>
    </message>
    <message>
        <source>举报答复时限（工作日）</source>
        <translation>Complaint answer deadline (working days)</translation>
    </message>
    <message>
        <source>变更须经步骤（步骤序号，逗号分隔）</source>
        <translation>Steps for a change (step numbers, comma-separated)</translation>
    </message>
    <message>
        <source>取消须经步骤</source>
        <translation>Steps for a cancellation</translation>
    </message>
    <message>
        <source>死亡、迁出（取消或家庭成员减少）须经步骤（免评议）</source>
        <translation>Steps for a death or move away (cancellation or fewer members; no democratic review)</translation>
    </message>
    <message>
        <source>调整标准（批量）须经步骤</source>
        <translation>Steps for a standard adjustment (batch)</translation>
    </message>
    <message>
        <source>中央财政资金（%）</source>
        <translation>Central funds (%)</translation>
    </message>
    <message>
        <source>省级财政资金（%）</source>
        <translation>Provincial funds (%)</translation>
    </message>
    <message>
        <source>市级财政资金（%）</source>
        <translation>City funds (%)</translation>
    </message>
    <message>
        <source>县级财政资金（%）</source>
        <translation>County funds (%)</translation>
    </message>
    <message>
        <source>乡镇财政资金（%）</source>
        <translation>Township funds (%)</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>户</source>
        <translation>households</translation>
    </message>
    <message>
        <source>人</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>操作记录</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>身份证号未填写</source>
        <translation>ID number missing</translation>
    </message>
    <message>
        <source>身份证号“{value}”已被 Excel 转成数字（科学计数法），后几位已丢失，无法恢复，请按原证重新录入</source>
        <translation>ID number &quot;{value}&quot; was turned into a number by Excel (scientific notation); the last digits are lost and cannot be recovered. Enter it again from the card</translation>
    </message>
    <message>
        <source>身份证号“{value}”格式不对：应为 18 位，前 17 位是数字，最后一位是数字或 X</source>
        <translation>ID number &quot;{value}&quot; is malformed: it must have 18 characters, the first 17 digits, the last a digit or X</translation>
    </message>
    <message>
        <source>身份证号“{value}”位数不对：有 {length} 位，应为 18 位</source>
        <translation>ID number &quot;{value}&quot; has {length} characters; it must have 18</translation>
    </message>
    <message>
        <source>身份证号“{value}”中的出生日期 {date} 不存在</source>
        <translation>ID number &quot;{value}&quot;: birth date {date} does not exist</translation>
    </message>
    <message>
        <source>身份证号“{value}”中的出生日期 {date} 晚于今天（{today}），请核对是否录错</source>
        <translation>The birth date {date} in ID number “{value}” is after today ({today}); please check it was typed correctly</translation>
    </message>
    <message>
        <source>身份证号“{value}”校验位不对（最后一位应为 {expected}），请核对是否录错</source>
        <translation>ID number &quot;{value}&quot;: wrong check digit (the last should be {expected}); check for a typing error</translation>
    </message>
    <message>
        <source>身份证号“{value}”的地区码 {region} 不存在</source>
        <translation>ID number &quot;{value}&quot;: area code {region} does not exist</translation>
    </message>
    <message>
        <source>15 位旧身份证号已转换为 18 位：{value}，请提醒本人换领新证</source>
        <translation>Old 15-digit ID number converted to 18 digits: {value}; remind the person to get a new card</translation>
    </message>
    <message>
        <source>第 {row} 名成员未填姓名</source>
        <translation>Member {row}: name missing</translation>
    </message>
    <message>
        <source>第 {row} 名成员已从{village}户主“{head}”的家庭（户编号 {household_id}）{status}，保存后其成员记录转入本户</source>
        <translation>Member {row} left the household of {head} in {village} (household {household_id}) as &quot;{status}&quot;; on saving, the member&apos;s record moves to this household</translation>
    </message>
    <message>
        <source>新增家庭成员 {names}：该户正在领取低保，复核立即到期，重新核定保障金</source>
        <translation>New household member {names}: the household receives dibao, its review is due at once to reassess the benefit</translation>
    </message>
    <message>
        <source>第 {row} 名成员改为“{status}”：该户正在领取低保，请用“登记家庭变故”登记，以便从次月起重新核定保障金</source>
        <translation>Member {row} changed to &quot;{status}&quot;: the household receives benefit; record it with &quot;Record household event&quot; so that the benefit is assessed again from the next month</translation>
    </message>
    <message>
        <source>第 {row} 名成员的状态日期“{value}”应写成 YYYY-MM-DD，例如 2027-01-31</source>
        <translation>Member {row}: the status date &quot;{value}&quot; must be written YYYY-MM-DD, e.g. 2027-01-31</translation>
    </message>
    <message>
        <source>第 {row} 名成员的身份证号与第 {other_row} 名重复</source>
        <translation>Member {row}: ID number same as member {other_row}</translation>
    </message>
    <message>
        <source>第 {row} 名成员的身份证号已登记在{village}户主“{head}”的家庭中（户编号 {household_id}）</source>
        <translation>Member {row}: ID number already registered in the household of head &quot;{head}&quot; in {village} (household {household_id})</translation>
    </message>
    <message>
        <source>第 {row} 名成员与户主关系未选择</source>
        <translation>Member {row}: relation to head not chosen</translation>
    </message>
    <message>
        <source>第 {row} 名成员劳动能力未选择</source>
        <translation>Member {row}: work capacity not chosen</translation>
    </message>
    <message>
        <source>第 {row} 名成员的生活自理能力不在代码表中（有、部分、无）</source>
        <translation>Member {row}: self-care ability is not in the code list (yes, partly, none)</translation>
    </message>
    <message>
        <source>第 {row} 名成员的健康状况不在代码表中（健康、一般、重病）</source>
        <translation>Member {row}: health is not in the code list (healthy, fair, serious illness)</translation>
    </message>
    <message>
        <source>第 {row} 名成员的人员状态不在代码表中（正常、失踪、死亡、嫁娶、服刑、分户迁出）</source>
        <translation>Member {row}: person status is not in the code list (normal, missing, deceased, married out, imprisoned, split off and moved)</translation>
    </message>
    <message>
        <source>案件 {id} 不是本户的案件，材料不能归入该案件</source>
        <translation>Case {id} is not this household&apos;s case; the document cannot be filed under it</translation>
    </message>
    <message>
        <source>主要致贫原因不在代码表中（疾病、灾害、残疾、缺乏劳动力、失业、失地、其他）</source>
        <translation>The main cause of poverty is not in the code list (illness, disaster, disability, lack of labour, unemployment, loss of land, other)</translation>
    </message>
    <message>
        <source>第 {row} 名成员残疾等级不对</source>
        <translation>Member {row}: wrong disability grade</translation>
    </message>
    <message>
        <source>第 {row} 名成员不纳入保障，需填写原因</source>
        <translation>Member {row} is not covered: give the reason</translation>
    </message>
    <message>
        <source>第 {row} 名成员只有 {age} 岁，却填为完全劳动能力，请核对</source>
        <translation>Member {row} is only {age} but entered with full work capacity; please check</translation>
    </message>
    <message>
        <source>第 {row} 名成员已 {age} 岁，却填为完全劳动能力，请核对</source>
        <translation>Member {row} is {age} years old but is entered as fully able to work; please check</translation>
    </message>
    <message>
        <source>第 {row} 名成员的身份证号是{sex}性，与户主关系却填为“{relation}”，请核对关系或身份证号</source>
        <translation>The ID number of member {row} is a {sex} person&apos;s, but the relation to the head is “{relation}”; please check the relation or the ID number</translation>
    </message>
    <message>
        <source>第 {row} 名成员的状态日期 {date} 晚于今天，请核对</source>
        <translation>The status date {date} of member {row} is after today; please check</translation>
    </message>
    <message>
        <source>第 {row} 名成员的状态日期 {date} 早于其出生日期 {birth}，请核对</source>
        <translation>The status date {date} of member {row} is before their birth date {birth}; please check</translation>
    </message>
    <message>
        <source>第 {row} 名成员只有 {age} 岁，却填为务工、务农或灵活就业，请核对</source>
        <translation>Member {row} is only {age} but entered as working, farming or casual work; please check</translation>
    </message>
    <message>
        <source>第 {row} 名成员只有 {age} 岁，却填为在校学生，请核对</source>
        <translation>Member {row} is only {age} but entered as a student; please check</translation>
    </message>
    <message>
        <source>第 {row} 名成员只有 {age} 岁，未到法定婚龄，与户主关系却填为“{relation}”，请核对关系或身份证号</source>
        <translation>Member {row} is only {age}, below the legal marriage age, yet is entered as “{relation}” of the head; please check the relation or the ID number</translation>
    </message>
    <message>
        <source>第 {row} 名成员与户主关系填为“{relation}”，却不比户主年幼（{age} 岁，户主 {head_age} 岁），请核对关系或身份证号</source>
        <translation>Member {row} is entered as “{relation}” of the head but is not younger than the head ({age}, head {head_age}); please check the relation or the ID number</translation>
    </message>
    <message>
        <source>第 {row} 名成员与户主关系填为“{relation}”，却不比户主年长（{age} 岁，户主 {head_age} 岁），请核对关系或身份证号</source>
        <translation>Member {row} is entered as “{relation}” of the head but is not older than the head ({age}, head {head_age}); please check the relation or the ID number</translation>
    </message>
    <message>
        <source>第 {row} 名成员已 {age} 岁，却填为学龄前，请核对</source>
        <translation>Member {row} is {age} but entered as pre-school; please check</translation>
    </message>
    <message>
        <source>赡养（抚养、扶养）人每月给付合计 {paid} 元，家庭收入中的赡养（抚养、扶养）费只有 {counted} 元，请在“家庭收入”中补记（给付计入家庭收入）</source>
        <translation>The supporters pay {paid} yuan a month in all, but the household&apos;s income holds only {counted} yuan of support; please add it under “Household income” (support paid counts as income)</translation>
    </message>
    <message>
        <source>已勾选三无人员户，但家庭有收入，请核对</source>
        <translation>Ticked as a 三无 household (no income, no work capacity, no supporter), but the household has income; please check</translation>
    </message>
    <message>
        <source>已勾选三无人员户，但登记了赡养（抚养、扶养）人，请核对</source>
        <translation>Ticked as a 三无 household, but supporters are entered; please check</translation>
    </message>
    <message>
        <source>已勾选三无人员户，但有成员不是无劳动能力，请核对</source>
        <translation>Ticked as a 三无 household, but a member is not entered as unable to work; please check</translation>
    </message>
    <message>
        <source>请选择户籍类型（城市或农村）</source>
        <translation>Choose the hukou type (urban or rural)</translation>
    </message>
    <message>
        <source>请选择所在村（社区）</source>
        <translation>Choose the village</translation>
    </message>
    <message>
        <source>家庭至少要有一名成员</source>
        <translation>A household needs at least one member</translation>
    </message>
    <message>
        <source>家庭成员中没有户主，请指定一名户主</source>
        <translation>No member is the head; choose one</translation>
    </message>
    <message>
        <source>第 {rows} 名成员都被设为户主，一户只能有一名户主</source>
        <translation>Members {rows} are all set as head; a household has only one head</translation>
    </message>
    <message>
        <source>银行账号只能包含数字</source>
        <translation>The bank account may contain digits only</translation>
    </message>
    <message>
        <source>家庭住址最多 {max} 个字，现填了 {length} 个字，请精简</source>
        <translation>The address may be at most {max} characters; {length} were entered. Please shorten it</translation>
    </message>
    <message>
        <source>联系电话最多 {max} 个字，现填了 {length} 个字，请精简</source>
        <translation>The phone may be at most {max} characters; {length} were entered. Please shorten it</translation>
    </message>
    <message>
        <source>开户银行最多 {max} 个字，现填了 {length} 个字，请精简</source>
        <translation>The bank name may be at most {max} characters; {length} were entered. Please shorten it</translation>
    </message>
    <message>
        <source>第 {row} 名成员有一项填写过长：最多 {max} 个字，现填了 {length} 个字，请精简</source>
        <translation>A field of member {row} is too long: at most {max} characters, {length} were entered. Please shorten it</translation>
    </message>
    <message>
        <source>第 {row} 名赡养（抚养、扶养）人有一项填写过长：最多 {max} 个字，现填了 {length} 个字，请精简</source>
        <translation>A field of supporter {row} is too long: at most {max} characters, {length} were entered. Please shorten it</translation>
    </message>
    <message>
        <source>开户人{name}已不在本户（{status}），银行账户须改用在户成员的账户</source>
        <translation>The account holder {name} no longer lives in the household ({status}): the bank account must be one of a member living in it</translation>
    </message>
    <message>
        <source>开户人{name}只有 {age} 岁（未满16岁），银行可能不接受以其账户代发，请核对</source>
        <translation>The account holder {name} is only {age} (under 16): the bank may not accept transfers to this account; please check</translation>
    </message>
    <message>
        <source>开户人（身份证号 {id_number}）不是本户成员，请重新选择开户人</source>
        <translation>The account holder (ID number {id_number}) is not a member of this household; please choose the holder again</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的家庭</source>
        <translation>No household with number {id}</translation>
    </message>
    <message>
        <source>户主“{head}”的家庭（户编号 {id}）在打开本窗口后已被修改（另一窗口或他人保存过），本次修改未保存。请关闭窗口，重新打开后再修改</source>
        <translation>The household of head “{head}” (no. {id}) was changed after this window was opened (saved in another window or by someone else); these changes were not saved. Close the window and open it again to edit</translation>
    </message>
    <message>
        <source>第 {row} 项收入的类别未选择</source>
        <translation>Income {row}: type not chosen</translation>
    </message>
    <message>
        <source>第 {row} 项收入所属成员不对</source>
        <translation>Income {row}: wrong member</translation>
    </message>
    <message>
        <source>第 {row} 项财产的类别未选择</source>
        <translation>Asset {row}: type not chosen</translation>
    </message>
    <message>
        <source>第 {row} 名赡养（抚养、扶养）人未填姓名</source>
        <translation>Supporter {row}: name missing</translation>
    </message>
    <message>
        <source>第 {row} 名赡养（抚养、扶养）人的义务类别未选择</source>
        <translation>Supporter {row}: duty not chosen</translation>
    </message>
    <message>
        <source>第 {row} 名赡养（抚养、扶养）人的家庭人口至少为 1</source>
        <translation>Supporter {row}: household size must be at least 1</translation>
    </message>
    <message>
        <source>金额或数量不能为负数</source>
        <translation>Amounts and quantities cannot be negative</translation>
    </message>
    <message>
        <source>“{value}”不是有效的金额</source>
        <translation>&quot;{value}&quot; is not a valid amount</translation>
    </message>
    <message>
        <source>{what}“{value}”不是有效的金额，请填写数字，例如 350.50</source>
        <translation>{what} “{value}” is not a valid amount: type a number, e.g. 350.50</translation>
    </message>
    <message>
        <source>{what}“{value}”超过两位小数：金额记到分为止，请核对，例如 350.50</source>
        <translation>{what} “{value}” has more than two decimals: amounts are kept to the fen; please check, e.g. 350.50</translation>
    </message>
    <message>
        <source>面积“{value}”不是有效的数字（平方米，最多两位小数），例如 65.5</source>
        <translation>Area “{value}” is not a valid number (square metres, at most two decimals), e.g. 65.5</translation>
    </message>
    <message>
        <source>申报的就业成本扣减 {declared} 元超过现行政策标准（{date} 起执行）允许的 {allowed} 元，认定收入和测算保障金时按 {deduction} 元计</source>
        <translation>The declared employment-cost deduction of {declared} yuan is more than the {allowed} yuan the policy in force (from {date}) allows; the means test and the benefit count {deduction} yuan</translation>
    </message>
    <message>
        <source>金额 {value} 元大得不合常理（上限 1000 万元），请核对是否多输了位数</source>
        <translation>The amount {value} yuan is implausibly large (the limit is 10 million yuan); check for extra digits</translation>
    </message>
    <message>
        <source>各项收入合计 {value} 元大得不合常理（上限每月 1000 万元），请核对是否多输了位数</source>
        <translation>The incomes add up to {value} yuan, implausibly large (the limit is 10 million yuan a month); check for extra digits</translation>
    </message>
    <message>
        <source>请填写乡镇（街道）名称</source>
        <translation>Enter the township&apos;s name</translation>
    </message>
    <message>
        <source>行政区划代码应为 12 位数字</source>
        <translation>The area code must be 12 digits</translation>
    </message>
    <message>
        <source>请填写所属县（市、区）名称</source>
        <translation>Enter the county&apos;s name</translation>
    </message>
    <message>
        <source>工作模式不对</source>
        <translation>Wrong working mode</translation>
    </message>
    <message>
        <source>请填写村（社区）名称</source>
        <translation>Enter the village&apos;s name</translation>
    </message>
    <message>
        <source>村（社区）“{name}”已存在</source>
        <translation>Village &quot;{name}&quot; already exists</translation>
    </message>
    <message>
        <source>找不到这个村（社区），可能已被合并</source>
        <translation>Village not found; it may have been merged</translation>
    </message>
    <message>
        <source>“{name}”已于 {on} 停用，不能再登记或转入家庭；请选择现在所在的村（社区）</source>
        <translation>&quot;{name}&quot; was retired on {on}; no household can be registered in or moved to it. Choose the village it lives in now</translation>
    </message>
    <message>
        <source>“{name}”已于 {on} 停用</source>
        <translation>&quot;{name}&quot; was retired on {on}</translation>
    </message>
    <message>
        <source>请选择另一个村（社区）作为合并后的村</source>
        <translation>Choose another village to merge into</translation>
    </message>
    <message>
        <source>“{name}”已于 {on} 停用，不能把其他村（社区）并入；请先恢复使用，或选择仍在使用的村（社区）</source>
        <translation>&quot;{name}&quot; was retired on {on}; no other village can be merged into it. Reinstate it first, or choose a village still in use</translation>
    </message>
    <message>
        <source>数据升级失败，服务器上的数据库未作任何改动（版本 {revision}）。请暂时继续使用旧版程序，并把数据文件夹中的 dibao-desk.log 交给技术人员</source>
        <translation>Upgrading the data failed; the database on the server has not been changed (version {revision}). Please keep using the old version of the program for now, and give dibao-desk.log from the data folder to a technician</translation>
    </message>
    <message>
        <source>另一个 dibao-desk 程序正在升级这个数据文件夹的数据，等它升级完成后再打开……</source>
        <translation>Another dibao-desk program is upgrading the data in this data folder; waiting for its upgrade to finish before opening…</translation>
    </message>
    <message>
        <source>另一个 dibao-desk 程序正在升级这个数据文件夹的数据，已等待 {minutes} 分钟仍未完成，本程序没有打开数据，数据未作任何改动。请等那个程序升级完成后再打开</source>
        <translation>Another dibao-desk program is upgrading the data in this data folder and has not finished after {minutes} minutes of waiting; this program did not open the data, and nothing has been changed. Please open it again once that program has finished the upgrade</translation>
    </message>
    <message>
        <source>“{name}”不是可以归档的文件：只能归档 PDF、JPG、PNG 格式的扫描件或照片</source>
        <translation>&quot;{name}&quot; cannot be filed: only scans or photos in PDF, JPG or PNG format</translation>
    </message>
    <message>
        <source>“{name}”的内容与扩展名不符，不是 PDF、JPG 或 PNG 格式的扫描件或照片（可能是改了扩展名的其他文件），没有归档。请用扫描仪或手机重新保存后再归档</source>
        <translation>&quot;{name}&quot; is not what its name says: not a scan or photo in PDF, JPG or PNG format (perhaps another file renamed). Nothing was filed. Save it again from the scanner or phone and file it then</translation>
    </message>
    <message>
        <source>“{name}”打不开：文件已损坏、没有复制完整，或没有任何页面，没有归档。请在电脑上打开看一下，重新扫描或重新保存后再归档</source>
        <translation>&quot;{name}&quot; cannot be opened: the file is damaged, was not copied completely, or has no pages. Nothing was filed. Open it on the computer to check, then scan or save it again before filing</translation>
    </message>
    <message>
        <source>“{name}”有 {size_mb} MB，超过了 {max_mb} MB 的上限；请用较低的分辨率重新扫描，或分成几个文件</source>
        <translation>&quot;{name}&quot; is {size_mb} MB, over the {max_mb} MB limit; scan again at a lower resolution, or split it into several files</translation>
    </message>
    <message>
        <source>“{name}”是空文件（0 字节），请重新扫描</source>
        <translation>&quot;{name}&quot; is empty (0 bytes); scan it again</translation>
    </message>
    <message>
        <source>请选择材料类别</source>
        <translation>Choose the document type</translation>
    </message>
    <message>
        <source>页数应在 1 到 999 之间（填写的是 {pages}）</source>
        <translation>Pages must be 1 to 999 (entered: {pages})</translation>
    </message>
    <message>
        <source>无法读取“{name}”：文件不存在，或被其他程序占用</source>
        <translation>Cannot read &quot;{name}&quot;: the file does not exist or another program is using it</translation>
    </message>
    <message>
        <source>“{name}”与本户已归档的“{filed_as}”内容完全相同，无需重复归档</source>
        <translation>&quot;{name}&quot; is identical to &quot;{filed_as}&quot; already filed for this household; no need to file it again</translation>
    </message>
    <message>
        <source>“{name}”未能复制到数据文件夹（磁盘已满或无写入权限），没有归档任何内容</source>
        <translation>&quot;{name}&quot; could not be copied to the data folder (disk full or no write permission); nothing was filed</translation>
    </message>
    <message>
        <source>找不到这份材料，可能已被删除</source>
        <translation>Document not found; it may have been deleted</translation>
    </message>
    <message>
        <source>数据库地址“{url}”不对，应为 postgresql://用户名@服务器[:端口]/数据库名</source>
        <translation>The database address “{url}” is wrong; it should be postgresql://user@server[:port]/database</translation>
    </message>
    <message>
        <source>数据库地址“{url}”中含有密码。密码不要写在命令行上：请在提示时输入，或写入 pgpass 文件，或设置环境变量 PGPASSWORD</source>
        <translation>The database address “{url}” contains a password. Do not put passwords on the command line: type it when asked, put it in a pgpass file, or set the PGPASSWORD environment variable</translation>
    </message>
    <message>
        <source>连接数据库“{url}”需要密码：请在提示时输入，或写入 pgpass 文件，或设置环境变量 PGPASSWORD</source>
        <translation>Connecting to database “{url}” needs a password: type it when asked, put it in a pgpass file, or set the PGPASSWORD environment variable</translation>
    </message>
    <message>
        <source>数据库“{url}”拒绝了这个密码（用户名或密码不对），没有连接上。请核对密码（区分大小写）后重试</source>
        <translation>The database “{url}” refused this password (wrong user name or password): not connected. Check the password (it is case-sensitive) and try again</translation>
    </message>
    <message>
        <source>无法连接数据库“{url}”：{error}。请确认数据库服务已启动、地址和账号无误</source>
        <translation>Cannot connect to database “{url}”: {error}. Check that the database server is running and that the address and account are right</translation>
    </message>
    <message>
        <source>无法连接数据库“{url}”：服务器上没有名为“{database}”的数据库。请检查地址中的数据库名，或先按说明建立数据库</source>
        <translation>Cannot connect to the database &quot;{url}&quot;: the server has no database named &quot;{database}&quot;. Check the database name in the address, or create the database as described</translation>
    </message>
    <message>
        <source>无法连接数据库“{url}”：服务器上没有名为“{user}”的数据库用户。请检查地址中的用户名，或请管理员建立该用户</source>
        <translation>Cannot connect to the database &quot;{url}&quot;: the server has no database user named &quot;{user}&quot;. Check the user name in the address, or ask the administrator to create that user</translation>
    </message>
    <message>
        <source>无法连接数据库“{url}”：服务器拒绝连接（数据库服务没有启动，或服务器地址、端口不对）</source>
        <translation>Cannot connect to the database &quot;{url}&quot;: the server refused the connection (the database service is not running, or the server address or port is wrong)</translation>
    </message>
    <message>
        <source>无法连接数据库“{url}”：找不到服务器“{host}”。请检查服务器的名称或 IP 地址</source>
        <translation>Cannot connect to the database &quot;{url}&quot;: the server &quot;{host}&quot; cannot be found. Check the server&apos;s name or IP address</translation>
    </message>
    <message>
        <source>无法连接数据库“{url}”：服务器长时间没有响应。请检查网络和服务器是否开机</source>
        <translation>Cannot connect to the database &quot;{url}&quot;: the server did not answer in time. Check the network and that the server is switched on</translation>
    </message>
    <message>
        <source>与数据库服务器的连接中断，操作没有完成，本次未保存任何内容。请确认数据库服务已启动、网络畅通后重试</source>
        <translation>The connection to the database server was lost: the operation did not finish and nothing was saved. Check that the database service is running and the network works, then try again</translation>
    </message>
    <message>
        <source>其他经办人正在修改同一批数据，已重试 {tries} 次仍未成功，请稍后再试，本次未保存任何内容</source>
        <translation>Another operator is changing the same data; {tries} tries failed. Please try again later; nothing was saved</translation>
    </message>
    <message>
        <source>目标数据库“{url}”已有数据（表 {table} 中有 {rows} 行），为免覆盖，只能复制到空数据库</source>
        <translation>The target database “{url}” already holds data ({rows} rows in table {table}); to overwrite nothing, copy only into an empty database</translation>
    </message>
    <message>
        <source>找不到数据文件“{path}”</source>
        <translation>Data file “{path}” not found</translation>
    </message>
    <message>
        <source>文件“{path}”不是本程序的数据文件</source>
        <translation>“{path}” is not a dibao-desk data file</translation>
    </message>
    <message>
        <source>数据文件“{path}”的版本（{revision}）与本程序不一致，请先用本程序打开一次（会自动升级）再复制</source>
        <translation>Data file “{path}” has another version ({revision}); open it once with this program (it upgrades itself), then copy it</translation>
    </message>
    <message>
        <source>复制后核对不符：表 {table} 原有 {source} 行，目标库有 {target} 行</source>
        <translation>Check after copying failed: table {table} had {source} rows, the target has {target}</translation>
    </message>
    <message>
        <source>复制后核对不符：表 {table} 的内容校验值不同（原 {source}，目标 {target}）</source>
        <translation>Check after copying failed: table {table} has a different checksum (source {source}, target {target})</translation>
    </message>
    <message>
        <source>复制后核对不符：目标数据库“{url}”中的操作记录链不连续，已撤销复制</source>
        <translation>Check after copying failed: the audit chain in target database “{url}” is broken; the copy was undone</translation>
    </message>
    <message>
        <source>目标应为 PostgreSQL 数据库地址（postgresql://用户名@服务器/数据库名）</source>
        <translation>The target must be a PostgreSQL database address (postgresql://user@server/database)</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>读取家庭</source>
        <translation>Reading households</translation>
    </message>
    <message>
        <source>写入</source>
        <translation>Writing</translation>
    </message>
    <message>
        <source>户 {household_id} 同时有两件以上办理中的申请或变更</source>
        <translation>Household {household_id} has more than one open application or change</translation>
    </message>
    <message>
        <source>申请 {case_id}（户 {household_id}）标为办理中，却没有待办的步骤</source>
        <translation>Case {case_id} (household {household_id}) is open but has no pending step</translation>
    </message>
    <message>
        <source>申请 {case_id}（户 {household_id}）已结束，却仍记有待办步骤或缺少结束日期</source>
        <translation>Case {case_id} (household {household_id}) is closed but still has pending steps or no end date</translation>
    </message>
    <message>
        <source>申请 {case_id}（户 {household_id}）的类型或状态无法识别</source>
        <translation>Case {case_id} (household {household_id}): kind or status not recognized</translation>
    </message>
    <message>
        <source>申请 {case_id} 正在办理新增，户 {household_id} 却不是“申请中”</source>
        <translation>Case {case_id} is a new application, but household {household_id} is not &quot;applying&quot;</translation>
    </message>
    <message>
        <source>申请 {case_id}（户 {household_id}）已办结，却没有待遇批准的记录</source>
        <translation>Case {case_id} (household {household_id}) is finished but has no benefit grant</translation>
    </message>
    <message>
        <source>申请 {case_id}（户 {household_id}）未通过，却没有哪一步记为不予通过</source>
        <translation>Case {case_id} (household {household_id}) was refused but no step is recorded as refused</translation>
    </message>
    <message>
        <source>申请 {case_id}（户 {household_id}）审核定了类别，月保障金却为 0，无法批准待遇</source>
        <translation>Case {case_id} (household {household_id}): the check set a class but the benefit is 0; cannot grant</translation>
    </message>
    <message>
        <source>{township}报来的新增案件 {case_ref}（户主 {head}）没有拟定类别或拟定月保障金：请退回乡镇审核，由乡镇补录后重新报送</source>
        <translation>New case {case_ref} from {township} (head {head}) has no proposed class or monthly benefit: return it to the township review for the township to complete and send again</translation>
    </message>
    <message>
        <source>申请 {case_id}（户 {household_id}）列表中记的下一步（第 {stored} 步）与步骤记录（第 {expected} 步）不符</source>
        <translation>Case {case_id} (household {household_id}): the next step in the list (step {stored}) does not match the step records (step {expected})</translation>
    </message>
    <message>
        <source>待申请受理</source>
        <translation>Awaiting receipt</translation>
    </message>
    <message>
        <source>待入户调查</source>
        <translation>Awaiting home visit</translation>
    </message>
    <message>
        <source>待民主评议</source>
        <translation>Awaiting review meeting</translation>
    </message>
    <message>
        <source>民主评议已开启，待登记评议结果</source>
        <translation>Review meeting opened; awaiting result</translation>
    </message>
    <message>
        <source>待经办机构审查</source>
        <translation>Awaiting office check</translation>
    </message>
    <message>
        <source>待乡镇政府审核</source>
        <translation>Awaiting township check</translation>
    </message>
    <message>
        <source>待县局审批</source>
        <translation>Awaiting county approval</translation>
    </message>
    <message>
        <source>待批准待遇</source>
        <translation>Awaiting benefit grant</translation>
    </message>
    <message>
        <source>待张贴{stage_name}</source>
        <translation>Awaiting posting of {stage_name}</translation>
    </message>
    <message>
        <source>{stage_name}至 {end_md}{objections_note}</source>
        <translation>{stage_name} until {end_md}{objections_note}</translation>
    </message>
    <message>
        <source>{stage_name}期满，{count} 件异议待处理</source>
        <translation>{stage_name} ended; {count} objections to handle</translation>
    </message>
    <message>
        <source>{stage_name}期满，待结束公示</source>
        <translation>{stage_name} ended; to be closed</translation>
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
        <source>申请人已撤回</source>
        <translation>Withdrawn by the applicant</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的案件</source>
        <translation>No case with number {id}</translation>
    </message>
    <message>
        <source>案件类别不对</source>
        <translation>Wrong case kind</translation>
    </message>
    <message>
        <source>该户已有一件正在办理的案件（案件编号 {case_id}），请先办结</source>
        <translation>This household already has an open case (case {case_id}); finish it first</translation>
    </message>
    <message>
        <source>该户正在享受低保或正在申请中，不能再提出新的低保申请</source>
        <translation>This household receives dibao or is applying; it cannot apply again</translation>
    </message>
    <message>
        <source>申请日期 {date} 早于该户上一件案件（案件编号 {case_id}）办结的日期 {closed_on}，同一户不能同时有两件申请，请核对日期</source>
        <translation>The application date {date} is before {closed_on}, when the household&apos;s last case (case {case_id}) ended; a household cannot have two applications at once, please check the date</translation>
    </message>
    <message>
        <source>只有在保家庭才能办理变更或取消</source>
        <translation>Only receiving households can be changed or cancelled</translation>
    </message>
    <message>
        <source>该案件已办结或已终止，不能再办理</source>
        <translation>This case is finished or stopped; nothing more can be done</translation>
    </message>
    <message>
        <source>此类案件不经过第 {step} 步</source>
        <translation>This kind of case has no step {step}</translation>
    </message>
    <message>
        <source>第 {step} 步（{step_name}）已由“{person}”于 {on} 办理（另一操作员或另一窗口刚刚登记），本次未保存。请刷新案件后再看</source>
        <translation>Step {step} ({step_name}) was recorded by “{person}” on {on} (another operator or another window just did it); this was not saved. Refresh the case and look again</translation>
    </message>
    <message>
        <source>不能跳步或倒序办理：现在应办理第 {expected} 步，不是第 {step} 步</source>
        <translation>Steps cannot be skipped or done backwards: step {expected} is next, not step {step}</translation>
    </message>
    <message>
        <source>日期 {date} 晚于今天（{today}），不能预先登记</source>
        <translation>Date {date} is after today ({today}); cannot record in advance</translation>
    </message>
    <message>
        <source>日期 {date} 早于上一步的日期 {previous}，请核对</source>
        <translation>Date {date} is before the previous step&apos;s date {previous}; please check</translation>
    </message>
    <message>
        <source>请填写负责人（经办人）</source>
        <translation>Enter the person responsible (operator)</translation>
    </message>
    <message>
        <source>请填写理由</source>
        <translation>Enter the reason</translation>
    </message>
    <message>
        <source>请注明申请人的书面撤回申请（如递交日期、签字人）</source>
        <translation>Note the applicant&apos;s written request to withdraw (date handed in, who signed)</translation>
    </message>
    <message>
        <source>按保障金测算该户不符合低保条件。只有家庭确有大病患者或资金支出大于收入的特殊情况，经审批机关集体讨论，才能批准：请登记集体讨论的情况，或不予批准</source>
        <translation>By the benefit calculation this household is not eligible. It can be approved only for serious illness or spending above income, by the approving office&apos;s collective decision: record the collective decision, or refuse</translation>
    </message>
    <message>
        <source>请选择特殊情况（重病或支出大于收入）</source>
        <translation>Choose the special case (serious illness or spending above income)</translation>
    </message>
    <message>
        <source>请填写集体讨论的日期</source>
        <translation>Enter the date of the collective discussion</translation>
    </message>
    <message>
        <source>集体讨论日期 {date} 晚于批复日期 {approved_on}</source>
        <translation>Collective discussion date {date} is after the approval date {approved_on}</translation>
    </message>
    <message>
        <source>集体讨论日期 {date} 早于该案件受理的日期 {opened_on}，请核对年份</source>
        <translation>The collective discussion date {date} is before the case was received ({opened_on}); please check the year</translation>
    </message>
    <message>
        <source>请填写参加集体讨论的人员（至少两人，用顿号分开）</source>
        <translation>Enter those present at the collective discussion (at least two, separated by 、)</translation>
    </message>
    <message>
        <source>请填写集体讨论的纪要或批准理由</source>
        <translation>Enter the minutes or the reason for approval</translation>
    </message>
    <message>
        <source>特殊情况（{kind}），经审批机关 {date} 集体讨论批准</source>
        <translation>Special case ({kind}), approved by the approving office&apos;s collective decision on {date}</translation>
    </message>
    <message>
        <source>公示尚未张贴，请先登记张贴日期</source>
        <translation>The notice is not posted yet; record the posting date first</translation>
    </message>
    <message>
        <source>这一步不是公示</source>
        <translation>This step is not a notice</translation>
    </message>
    <message>
        <source>公示已于 {start} 张贴</source>
        <translation>The notice was posted on {start}</translation>
    </message>
    <message>
        <source>另有 {count} 件案件也不能办理（未逐一列出）；整批均未办理，请核对后再试</source>
        <translation>{count} more cases cannot be processed either (not listed); nothing in the batch was recorded: check and try again</translation>
    </message>
    <message>
        <source>已取消，整批均未办理，没有写入任何记录</source>
        <translation>Cancelled: none of the batch was done, nothing was written</translation>
    </message>
    <message>
        <source>正在办理批量建议…</source>
        <translation>Recording the batch proposal…</translation>
    </message>
    <message>
        <source>正在按新标准写入 {count} 户的台账…</source>
        <translation>Writing the ledger of {count} households at the new standard…</translation>
    </message>
    <message>
        <source>正在张贴一榜公示：案件 {at}/{of}…</source>
        <translation>Posting the first notice: case {at}/{of}…</translation>
    </message>
    <message>
        <source>正在张贴二榜公示：案件 {at}/{of}…</source>
        <translation>Posting the second notice: case {at}/{of}…</translation>
    </message>
    <message>
        <source>正在张贴三榜公示：案件 {at}/{of}…</source>
        <translation>Posting the third notice: case {at}/{of}…</translation>
    </message>
    <message>
        <source>正在结束一榜公示：案件 {at}/{of}…</source>
        <translation>Closing the first notice: case {at}/{of}…</translation>
    </message>
    <message>
        <source>正在结束二榜公示：案件 {at}/{of}…</source>
        <translation>Closing the second notice: case {at}/{of}…</translation>
    </message>
    <message>
        <source>正在结束三榜公示：案件 {at}/{of}…</source>
        <translation>Closing the third notice: case {at}/{of}…</translation>
    </message>
    <message>
        <source>公示期未满，{end} 起才能结束公示</source>
        <translation>The notice period is not over; it can end from {end}</translation>
    </message>
    <message>
        <source>还有 {count} 件公示异议未处理完毕，处理后才能进入下一步</source>
        <translation>{count} objections to the notice are still open; handle them before the next step</translation>
    </message>
    <message>
        <source>请选择异议的来源（举报箱、电话或来访）</source>
        <translation>Choose where the objection came from (box, phone or visit)</translation>
    </message>
    <message>
        <source>请填写异议内容</source>
        <translation>Enter the objection</translation>
    </message>
    <message>
        <source>收到日期 {date} 不在公示期内（{start} 至 {end}）</source>
        <translation>Received date {date} is not in the notice period ({start} to {end})</translation>
    </message>
    <message>
        <source>找不到这件异议</source>
        <translation>Objection not found</translation>
    </message>
    <message>
        <source>这件异议已经处理过了</source>
        <translation>This objection was already handled</translation>
    </message>
    <message>
        <source>请选择核查结论（属实或不属实）</source>
        <translation>Choose the finding (true or not true)</translation>
    </message>
    <message>
        <source>请填写核查和答复情况</source>
        <translation>Enter the check and the answer</translation>
    </message>
    <message>
        <source>处理日期 {date} 早于收到日期 {received}</source>
        <translation>Handled date {date} is before the received date {received}</translation>
    </message>
    <message>
        <source>请填写评议地点</source>
        <translation>Enter the meeting place</translation>
    </message>
    <message>
        <source>请填写参加评议的人员</source>
        <translation>Enter who took part in the review meeting</translation>
    </message>
    <message>
        <source>请选择评议结论</source>
        <translation>Choose the meeting&apos;s conclusion</translation>
    </message>
    <message>
        <source>有 {count} 项信息被提出有理由的异议（{items}），不能评议通过：请退回重新调查或不予通过</source>
        <translation>{count} items drew reasoned objections ({items}); the review cannot pass: send back for a new investigation or refuse</translation>
    </message>
    <message>
        <source>没有任何一项被提出异议，不能退回重新调查</source>
        <translation>No item drew an objection; cannot send back for a new investigation</translation>
    </message>
    <message>
        <source>民主评议已经开启，请登记评议结果</source>
        <translation>The review meeting is open; record its result</translation>
    </message>
    <message>
        <source>评议项目已变化，请重新打开评议表（{items}）</source>
        <translation>The review items changed; open the review form again ({items})</translation>
    </message>
    <message>
        <source>申请人须在家庭收入、财产申报书上签字</source>
        <translation>The applicant must sign the household income and assets declaration</translation>
    </message>
    <message>
        <source>申请人须签署家庭经济状况核对授权书</source>
        <translation>The applicant must sign the authorization for the household finance check</translation>
    </message>
    <message>
        <source>入户调查结果须由调查人签字</source>
        <translation>The investigators must sign the home visit findings</translation>
    </message>
    <message>
        <source>入户调查结果须由申请人签字确认</source>
        <translation>The applicant must sign to confirm the home visit findings</translation>
    </message>
    <message>
        <source>请填写待遇起始月份</source>
        <translation>Enter the benefit&apos;s start month</translation>
    </message>
    <message>
        <source>待遇起始月份应为某月 1 日</source>
        <translation>The start month must be the 1st of a month</translation>
    </message>
    <message>
        <source>请选择保障类别</source>
        <translation>Choose the class</translation>
    </message>
    <message>
        <source>月保障金应大于 0</source>
        <translation>The monthly benefit must be above 0</translation>
    </message>
    <message>
        <source>请选择拟定保障类别（县民政局按拟定的类别和金额审批）</source>
        <translation>Choose the proposed benefit class (the county approves the proposed class and amount)</translation>
    </message>
    <message>
        <source>只有已通过乡镇审核、正在二榜公示或等待县局审批的案件才能退回乡镇审核</source>
        <translation>Only a case that passed the township review and is on its second notice or waiting for the county&apos;s approval can be returned to the township review</translation>
    </message>
    <message>
        <source>县民政局已于 {date} 审批通过该案件，乡镇不能不予批准；情况如有变化，请报县民政局处理，或在待遇批准后办理变更或取消</source>
        <translation>The county civil affairs bureau approved this case on {date}; the township cannot refuse it. If the situation has changed, report it to the county bureau, or open a change or cancellation once the benefit is granted</translation>
    </message>
    <message>
        <source>县民政局已于 {date} 审批该案件，不能再退回乡镇审核；审核如有错误，请报县民政局处理</source>
        <translation>The county civil-affairs bureau decided this case on {date}; it can no longer be returned to the township review. If the review was wrong, report it to the county bureau</translation>
    </message>
    <message>
        <source>二榜公示还有 {count} 件异议未处理，请先处理异议，再退回乡镇审核</source>
        <translation>{count} objection(s) to the second notice are still open: resolve them first, then return the case to the township review</translation>
    </message>
    <message>
        <source>请填写退回乡镇审核的理由（如类别或金额有误）</source>
        <translation>Enter the reason for returning the case to the township review (e.g. a wrong class or amount)</translation>
    </message>
    <message>
        <source>退回日期 {date} 早于乡镇审核的日期 {reviewed}，请核对</source>
        <translation>The return date {date} is before the township review&apos;s date {reviewed}; please check</translation>
    </message>
    <message>
        <source>拟定月保障金应大于 0；不符合条件的请作不予通过</source>
        <translation>The proposed monthly benefit must be above 0; refuse an application that does not qualify</translation>
    </message>
    <message>
        <source>变更案件的乡镇审核应同时填写拟定保障类别和拟定月保障金；两项都不填，则按立案时拟定的变更内容报县民政局审批</source>
        <translation>The township review of a change case gives both the proposed class and the proposed monthly benefit; leave both empty to send the county the change proposed when the case was opened</translation>
    </message>
    <message>
        <source>复核周期“{rule}”应为 1 至 36 个月</source>
        <translation>Review interval &quot;{rule}&quot; must be 1 to 36 months</translation>
    </message>
    <message>
        <source>渐退期应为 3 至 12 个月</source>
        <translation>The phase-out period must be 3 to 12 months</translation>
    </message>
    <message>
        <source>停发前提醒的月数不能超过渐退期</source>
        <translation>Months of reminder before stopping cannot exceed the phase-out period</translation>
    </message>
    <message>
        <source>拒绝就业次数线至少为 1 次</source>
        <translation>The refusal threshold must be at least 1</translation>
    </message>
    <message>
        <source>请选择拒绝就业的处理方式</source>
        <translation>Choose the measure for refused work</translation>
    </message>
    <message>
        <source>请填写减发的金额或比例（1%–100%）</source>
        <translation>Enter the reduction as an amount or a share (1%–100%)</translation>
    </message>
    <message>
        <source>请选择按重度残疾每半年复核的残疾等级（一至四级中至少一级）</source>
        <translation>Choose the disability grades reviewed every six months (at least one of grades 1–4)</translation>
    </message>
    <message>
        <source>老年人年龄线应在 40 至 100 岁之间</source>
        <translation>The elderly age must be between 40 and 100</translation>
    </message>
    <message>
        <source>生效月份应为复核当月或其后 3 个月内</source>
        <translation>The effective month must be the review month or within the 3 months after</translation>
    </message>
    <message>
        <source>该户不在保（状态：{status}），不能复核</source>
        <translation>This household is not receiving (status: {status}); cannot review</translation>
    </message>
    <message>
        <source>请选择复核结论（保留、变更或取消）</source>
        <translation>Choose the review conclusion (keep, change or cancel)</translation>
    </message>
    <message>
        <source>请填写入户复核人</source>
        <translation>Enter who made the home visit</translation>
    </message>
    <message>
        <source>日期 {date} 晚于今天</source>
        <translation>Date {date} is after today</translation>
    </message>
    <message>
        <source>复核日期 {date} 早于该户享受低保的起始日期 {start}</source>
        <translation>Review date {date} is before the household&apos;s benefit began ({start})</translation>
    </message>
    <message>
        <source>取得稳定收入的日期 {date} 早于该户享受低保的起始日期 {start}</source>
        <translation>The date stable income began, {date}, is before the household&apos;s benefit start {start}</translation>
    </message>
    <message>
        <source>拒绝就业的日期 {date} 早于该户享受低保的起始日期 {start}</source>
        <translation>The date work was refused, {date}, is before the household&apos;s benefit start {start}</translation>
    </message>
    <message>
        <source>变更或取消须填写理由</source>
        <translation>A change or cancellation needs a reason</translation>
    </message>
    <message>
        <source>类别不对</source>
        <translation>Wrong class</translation>
    </message>
    <message>
        <source>变更须改动类别或保障金额</source>
        <translation>A change must alter the class or the amount</translation>
    </message>
    <message>
        <source>变更后的保障金为 0 元：复核结论应为“取消”</source>
        <translation>The changed benefit would be 0 yuan: the review&apos;s conclusion should be &quot;cancel&quot;</translation>
    </message>
    <message>
        <source>该户 {date} 已记录过一次复核（复核人：{visitor}，结论：{outcome}），同一天不能再记录一次；如须更正，请查看该户的复核记录</source>
        <translation>A review of this household was already recorded on {date} (by {visitor}, outcome: {outcome}); it cannot be recorded twice on one day. To correct it, look at the household&apos;s review records</translation>
    </message>
    <message>
        <source>该户已于 {date} 登记过{member}取得稳定就业收入，正在渐退：保障金发放至 {last}，{stop} 起停发；不能重复登记</source>
        <translation>Stable work income of {member} was recorded for this household on {date} and its gradual exit is running: paid until {last}, stopped from {stop}; it cannot be recorded again</translation>
    </message>
    <message>
        <source>复核日期 {date} 早于该户最近一次复核（{latest}），变更或取消不能早于最近一次复核</source>
        <translation>Review date {date} is before the household&apos;s latest review ({latest}); a change or cancellation cannot be dated before the latest review</translation>
    </message>
    <message>
        <source>事件类别“{kind}”不对</source>
        <translation>Wrong event kind &quot;{kind}&quot;</translation>
    </message>
    <message>
        <source>请填写提供的工作岗位</source>
        <translation>Enter the job offered</translation>
    </message>
    <message>
        <source>请选择拒绝就业的家庭成员（“{member}”不是该户成员）</source>
        <translation>Choose the member who refused work (&quot;{member}&quot; is not a member of this household)</translation>
    </message>
    <message>
        <source>{member}未登记为有完全劳动能力，拒绝就业不计次数；如劳动能力已有变化，请先修改家庭成员信息</source>
        <translation>{member} is not registered with full work capacity, so the refusal is not counted; if the work capacity changed, edit the member first</translation>
    </message>
    <message>
        <source>起始月 {first} 晚于截止月 {last}，请把两个月份对调</source>
        <translation>The first month {first} is after the last month {last}; swap the two months</translation>
    </message>
    <message>
        <source>无法写入文件 {path}：{error}</source>
        <translation>Cannot write file {path}: {error}</translation>
    </message>
    <message>
        <source>{start} 至 {end} 已没有剩余的工作日：{count} 户到期或已逾期的复核未排入计划，请做下一季度的计划</source>
        <translation>No working day is left from {start} to {end}: {count} households due or overdue for review are not in the plan; make the next quarter&apos;s plan</translation>
    </message>
    <message>
        <source>{year}年第{quarter}季度已于 {end} 结束：{count} 户到期或已逾期的复核未排入计划，请做本季度的计划</source>
        <translation>Quarter {quarter} of {year} ended on {end}: {count} households due or overdue are not in the plan; make the plan of this quarter</translation>
    </message>
    <message>
        <source>计划所跨年份的法定节假日安排尚未录入，工作日按周一至周五推算，请在工作日历中补录</source>
        <translation>The official holidays of a year the plan covers have not been entered; working days are taken as Monday to Friday. Enter them in the working calendar</translation>
    </message>
    <message>
        <source>其中备案 {count} 户：户主后标“（备案）”的，本户有成员是经办人员或村干部登记的近亲属，应从严复核</source>
        <translation>Of these, {count} filed: a household marked “[Filed]” after the head has a member who is a registered close relative of staff or a village cadre, and is to be reviewed strictly</translation>
    </message>
    <message>
        <source>计算复核日期</source>
        <translation>Computing review dates</translation>
    </message>
    <message>
        <source>无法识别的建议类别“{kind}”</source>
        <translation>Unknown proposal kind &quot;{kind}&quot;</translation>
    </message>
    <message>
        <source>请填写执行月份</source>
        <translation>Enter the month it takes effect</translation>
    </message>
    <message>
        <source>变更后的类别和金额与现在相同，无需变更</source>
        <translation>The new class and amount are the same as now; no change needed</translation>
    </message>
    <message>
        <source>已有一份调整标准的批量建议（编号 {id}）在办理中，请先办完</source>
        <translation>A batch proposal to adjust the standard (no. {id}) is already in progress; finish it first</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的建议</source>
        <translation>No proposal with number {id}</translation>
    </message>
    <message>
        <source>月保障金 {amount_yuan} 元超过该户上限 {ceiling_yuan} 元（保障标准×保障人数＋加发），不能通过</source>
        <translation>Monthly benefit {amount_yuan} yuan is above this household&apos;s ceiling of {ceiling_yuan} yuan (standard × covered + supplements); cannot pass</translation>
    </message>
    <message>
        <source>填写的金额 {amount_yuan} 元与计算结果 {computed_yuan} 元不同，请写明理由</source>
        <translation>The amount entered, {amount_yuan} yuan, differs from the calculated {computed_yuan} yuan; give the reason</translation>
    </message>
    <message>
        <source>户 {household_id} 现为“{status}” {category} {amount} 元，台账最后一月为 {ledger}</source>
        <translation>Household {household_id} is now &quot;{status}&quot; {category} {amount} yuan; the ledger&apos;s last month is {ledger}</translation>
    </message>
    <message>
        <source>户 {household_id} 现为“{status}”，但没有保障金台账</source>
        <translation>Household {household_id} is now &quot;{status}&quot; but has no benefit ledger</translation>
    </message>
    <message>
        <source>造册期间 {period} 从 {first} 开始，今天（{today}）还不能为它造册：造册最多提前到上一个月办理，今天最远只能为 {latest} 开始的期间造册。请核对期间是否写错</source>
        <translation>Roster period {period} starts in {first}; it cannot be made today ({today}): a roster is made at most in the month before its period, so today the furthest is a period starting in {latest}. Check the period for a typing mistake</translation>
    </message>
    <message>
        <source>审核日期 {on} 晚于今天（{today}），不能预先审核；请在主管领导审核的当天或以后登记</source>
        <translation>Review date {on} is after today ({today}); a review cannot be recorded in advance. Record it on or after the day the leader reviews</translation>
    </message>
    <message>
        <source>审核日期 {on} 早于 {period} 造册的日期 {made}，请核对审核日期</source>
        <translation>Review date {on} is before the {period} roster was made ({made}); check the review date</translation>
    </message>
    <message>
        <source>报县日期 {on} 晚于今天（{today}），请在报县的当天或以后登记</source>
        <translation>Report date {on} is after today ({today}); record it on or after the day it is reported to the county</translation>
    </message>
    <message>
        <source>报县日期 {on} 早于 {period} 造册的审核日期 {signed}，请核对报县日期</source>
        <translation>Report date {on} is before the {period} roster was reviewed ({signed}); check the report date</translation>
    </message>
    <message>
        <source>造册周期“{value}”无法识别，应为按月或按季度</source>
        <translation>Roster cycle &quot;{value}&quot; not recognised; use monthly or quarterly</translation>
    </message>
    <message>
        <source>造册类型“{value}”无法识别，应为常规、补发或专项补贴</source>
        <translation>Roster type &quot;{value}&quot; not recognised; use regular, back pay or special subsidy</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的造册</source>
        <translation>No roster with number {id}</translation>
    </message>
    <message>
        <source>{period} 的{kind}造册{status}（审核人：{by}），不能再修改或重新造册；此后的变化请在下一期以补发、追回造册</source>
        <translation>The {kind} roster of {period} is {status} (reviewer: {by}); it cannot be changed or made again. Put later changes into the next period&apos;s back pay and recovery</translation>
    </message>
    <message>
        <source>{period} 的造册{status}，不能再次审核</source>
        <translation>The roster of {period} is {status}; it cannot be reviewed again</translation>
    </message>
    <message>
        <source>{period} 的造册现为“{status}”，须先经主管领导审核才能报县</source>
        <translation>The roster of {period} is &quot;{status}&quot;; the leader must review it before it is reported to the county</translation>
    </message>
    <message>
        <source>请填写审核的主管领导姓名</source>
        <translation>Enter the name of the reviewing leader</translation>
    </message>
    <message>
        <source>{period} 的造册中有 {households} 户的家庭成员都已死亡，仍列有死亡次月以后的保障金（{names}），不能审核：死亡的次月起停发。请先办理死亡停发（保障金台账），重新造册后再审核</source>
        <translation>The {period} roster still pays {households} household(s) whose members have all died for months after the death ({names}) and cannot be signed: payment stops the month after death. Record the death stop in the benefit ledger first, then make the roster again and sign it</translation>
    </message>
    <message>
        <source>造册第 {position} 行 {name}：{died}，仍发 {months} 的保障金</source>
        <translation>Roster line {position}, {name}: {died}, still paid for {months}</translation>
    </message>
    <message>
        <source>有 {households} 户的家庭成员都已死亡，造册仍列有死亡次月以后的保障金（{names}）：死亡的次月起停发，这份造册不能审核。请先办理死亡停发（保障金台账），再重新造册</source>
        <translation>{households} household(s) whose members have all died are still paid on this roster for months after the death ({names}): payment stops the month after death, so this roster cannot be signed. Record the death stop in the benefit ledger first, then make the roster again</translation>
    </message>
    <message>
        <source>{period} 的造册没有需要发放的家庭，不能审核</source>
        <translation>The roster of {period} has no households to pay; it cannot be reviewed</translation>
    </message>
    <message>
        <source>{period} 的造册中有补发或重发的款项已列入另一份已审核的造册，请重新造册后再审核</source>
        <translation>The roster of {period} has back pay or repayments already in another reviewed roster; make the roster again before reviewing</translation>
    </message>
    <message>
        <source>{period} 的造册是 {made} 做的，此后保障金台账又有批准的变化（新增、变更、取消或调整标准），{households} 户的金额、类别或人数与台账不再相符：请重新造册后再审核</source>
        <translation>The roster of {period} was made on {made}; the benefit ledger has approved changes since (new, changed, cancelled or a new standard), and for {households} households the amount, class or persons no longer match it: make the roster again before signing</translation>
    </message>
    <message>
        <source>{period} 的造册做好以后，追回登记又收到了退款或作了核销，造册扣减的多于尚欠金额，请重新造册后再审核</source>
        <translation>Since the {period} roster was made, the recovery register received a repayment or a write-off: the roster deducts more than is still owed. Make the roster again, then review it</translation>
    </message>
    <message>
        <source>本期 {period} 中 {months} 已由已审核的 {others} 常规造册发放，不能再按 {period} 造册；本期其余月份请按月造册：{rest}，下一期起按新的造册周期造册</source>
        <translation>In this period {period}, {months} is paid by the signed regular roster(s) {others}, so no roster can be made for {period}; make this period&apos;s other months month by month: {rest}; from the next period rosters follow the new cycle</translation>
    </message>
    <message>
        <source>本期 {period} 的 {months} 已由已审核的 {others} 常规造册发放，本期不必另行造册；下一期起按新的造册周期造册</source>
        <translation>{months} of this period {period} is paid by the signed regular roster(s) {others}; no roster of its own is needed this period; from the next period rosters follow the new cycle</translation>
    </message>
    <message>
        <source>专项补贴造册须填写补贴名称（如：春节慰问金）</source>
        <translation>A special subsidy roster needs the subsidy&apos;s name (e.g. Spring Festival grant)</translation>
    </message>
    <message>
        <source>专项补贴的金额应大于 0</source>
        <translation>The special subsidy amount must be more than 0</translation>
    </message>
    <message>
        <source>专项补贴金额 {value} 元大得不合常理（上限 1000 万元），请核对是否多输了位数</source>
        <translation>The special subsidy amount {value} yuan is implausibly large (the limit is 10 million yuan); check for extra digits</translation>
    </message>
    <message>
        <source>补贴发放依据“{value}”无法识别，应为每户或每人</source>
        <translation>Subsidy basis &quot;{value}&quot; not recognised; use per household or per person</translation>
    </message>
    <message>
        <source>{months}保障金（{decision} {decided}）</source>
        <translation>{months} benefit ({decision} {decided})</translation>
    </message>
    <message>
        <source>{months}渐退期保障金（{decision} {decided}）</source>
        <translation>{months} phase-out benefit ({decision} {decided})</translation>
    </message>
    <message>
        <source>{months}核定保障金为 0 元，不发放</source>
        <translation>{months} benefit set at 0 yuan; not paid</translation>
    </message>
    <message>
        <source>{months}停发（{decided} 决定），不发放</source>
        <translation>{months} stopped (decided {decided}); not paid</translation>
    </message>
    <message>
        <source>{months}保障金（尚未建立待遇台账，按现有待遇发放）</source>
        <translation>{months} benefit (no benefit ledger yet; paid at the current benefit)</translation>
    </message>
    <message>
        <source>补发{months}（{booked}记账；{decision}，{decided}，决定第 {number} 号）</source>
        <translation>Back pay {months} (booked {booked}; {decision}, {decided}, decision no. {number})</translation>
    </message>
    <message>
        <source>追回{months}多发部分（{booked}记账；{decision}，{decided}，决定第 {number} 号）</source>
        <translation>Recovery of overpayment {months} (booked {booked}; {decision}, {decided}, decision no. {number})</translation>
    </message>
    <message>
        <source>；本期没有可抵扣的保障金，另行追回</source>
        <translation>; no benefit this period to deduct from; recovered separately</translation>
    </message>
    <message>
        <source>重发 {period} 造册第 {position} 行：{months}（银行退回：{bank_reason}；开户人已登记，收款人由 {before} 改为 {after}）</source>
        <translation>Re-sent line {position} of the {period} roster: {months} (returned by the bank: {bank_reason}; the account holder is recorded now, payee changed from {before} to {after})</translation>
    </message>
    <message>
        <source>重发 {period} 造册第 {position} 行：{months}（银行退回：{bank_reason}；账号 {account} 未变，经办人核实后按原账号重发）</source>
        <translation>Re-sent from {period} roster line {position}: {months} (the bank returned it: {bank_reason}; account {account} unchanged, re-sent to it after the office checked)</translation>
    </message>
    <message>
        <source>{name}（{basis} {amount} 元，{persons} 人）</source>
        <translation>{name} ({basis} {amount} yuan, {persons} persons)</translation>
    </message>
    <message>
        <source>{period} 的常规造册尚未经主管领导审核，不能报送发放数据；请先在“造册”中造册并审核</source>
        <translation>The regular roster of {period} is not yet reviewed by the leader; payment data cannot be reported. Make and review the roster in &quot;Rosters&quot; first</translation>
    </message>
    <message>
        <source>{period} 没有自己的常规造册：它的月份由已审核的 {others} 常规造册发放（造册周期改变以后），发放数据请按 {others} 分别报送{rest}</source>
        <translation>{period} has no regular roster of its own: its months are paid by the signed regular roster(s) {others} (since the roster cycle changed); send the payments of {others} one by one{rest}</translation>
    </message>
    <message>
        <source>没有银行账号</source>
        <translation>No bank account</translation>
    </message>
    <message>
        <source>银行账号“{account}”只能包含数字</source>
        <translation>Bank account &quot;{account}&quot; may contain only digits</translation>
    </message>
    <message>
        <source>银行卡号“{account}”的校验位不对（按卡号校验规则核对不通过），可能有数字录错，请与存折或银行卡逐位核对</source>
        <translation>The check digit of bank card &quot;{account}&quot; is wrong (the card number check fails); a digit may be mistyped. Compare it digit by digit with the passbook or card</translation>
    </message>
    <message>
        <source>存折账号“{account}”有 {length} 位，{bank}的存折账号通常是 {usual} 位，请核对</source>
        <translation>Passbook account &quot;{account}&quot; has {length} digits; {bank} passbook accounts usually have {usual}. Please check</translation>
    </message>
    <message>
        <source>没有名为“{name}”的银行文件格式（可用：{known}）</source>
        <translation>No bank file format named &quot;{name}&quot; (available: {known})</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“{field}”应当是一组“键: 值”（{{…}}）</source>
        <translation>In bank file format file &quot;{file}&quot;, &quot;{field}&quot; should be a set of &quot;key: value&quot; ({{…}})</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“{field}”应当是一个列表（[…]）</source>
        <translation>In bank file format file &quot;{file}&quot;, &quot;{field}&quot; should be a list ([…])</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“{field}”应当是文字</source>
        <translation>In bank file format file &quot;{file}&quot;, &quot;{field}&quot; should be text</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”中有不认识的项“{field}”（可能拼错了）</source>
        <translation>Bank file format file &quot;{file}&quot; has an unknown item &quot;{field}&quot; (perhaps misspelled)</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“{field}”填写有误</source>
        <translation>In bank file format file &quot;{file}&quot;, &quot;{field}&quot; is wrong</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“name”（格式名称）“{value}”不可用：只能用字母、数字、下划线和减号，最多 40 个</source>
        <translation>In bank file format file &quot;{file}&quot;, the &quot;name&quot; (format name) &quot;{value}&quot; cannot be used: only letters, digits, underscore and hyphen, at most 40</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“kind”（文件种类）“{value}”不对，只能是 xlsx 或 text</source>
        <translation>In bank file format file &quot;{file}&quot;, the &quot;kind&quot; (file kind) &quot;{value}&quot; is wrong; only xlsx or text</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“encoding”（编码）“{value}”不对，只能是 gbk、gb18030 或 utf-8</source>
        <translation>In bank file format file &quot;{file}&quot;, the &quot;encoding&quot; &quot;{value}&quot; is wrong; only gbk, gb18030 or utf-8</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“line_ending”（换行）“{value}”不对，只能是 crlf 或 lf</source>
        <translation>In bank file format file &quot;{file}&quot;, the &quot;line_ending&quot; &quot;{value}&quot; is wrong; only crlf or lf</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“unencodable”只能是 refuse（编码写不出的姓名一律拒绝，不替换）</source>
        <translation>In bank file format file &quot;{file}&quot;, &quot;unencodable&quot; can only be refuse (names the encoding cannot write are refused, never replaced)</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“{field}”中的大括号不成对：{value}</source>
        <translation>In bank file format file &quot;{file}&quot;, the braces in &quot;{field}&quot; do not pair: {value}</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“{field}”中有不认识的占位符“{value}”（可用：{allowed}）</source>
        <translation>In bank file format file &quot;{file}&quot;, &quot;{field}&quot; has an unknown placeholder &quot;{value}&quot; (available: {allowed})</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“{field}”没有列出任何列</source>
        <translation>In bank file format file &quot;{file}&quot;, &quot;{field}&quot; lists no columns</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“{field}”（列的内容）“{value}”不对，可用：{allowed}</source>
        <translation>In bank file format file &quot;{file}&quot;, &quot;{field}&quot; (column content) &quot;{value}&quot; is wrong; available: {allowed}</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“{field}”（列宽，字节数）“{value}”不对，定长文本的每一列都要写 1～200 的整数</source>
        <translation>In bank file format file &quot;{file}&quot;, &quot;{field}&quot; (column width in bytes) &quot;{value}&quot; is wrong; every column of fixed-width text needs a whole number 1–200</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“{field}”（对齐）“{value}”不对，只能是 left 或 right</source>
        <translation>In bank file format file &quot;{file}&quot;, &quot;{field}&quot; (alignment) &quot;{value}&quot; is wrong; only left or right</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“{field}”（填充字符）“{value}”不对，要写一个半角字符，如空格或 0</source>
        <translation>In bank file format file &quot;{file}&quot;, &quot;{field}&quot; (fill character) &quot;{value}&quot; is wrong; give one half-width character, such as a space or 0</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“{field}”（金额单位）“{value}”不对，只能是 fen（分）或 yuan（元，两位小数）</source>
        <translation>In bank file format file &quot;{file}&quot;, &quot;{field}&quot; (amount unit) &quot;{value}&quot; is wrong; only fen or yuan (two decimals)</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“{field}”缺少必需的列：{value}</source>
        <translation>In bank file format file &quot;{file}&quot;, &quot;{field}&quot; lacks required columns: {value}</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“status_words”应写成 {{&quot;paid&quot;: [&quot;成功&quot;], &quot;failed&quot;: [&quot;失败&quot;]}}</source>
        <translation>In bank file format file &quot;{file}&quot;, &quot;status_words&quot; should be written as {{&quot;paid&quot;: [&quot;成功&quot;], &quot;failed&quot;: [&quot;失败&quot;]}}</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”的“sheet”（工作表名）“{value}”不可用：1～31 个字，不能有 [ ] : * ? / \</source>
        <translation>In bank file format file &quot;{file}&quot;, the &quot;sheet&quot; (sheet name) &quot;{value}&quot; cannot be used: 1–31 characters, none of [ ] : * ? / \</translation>
    </message>
    <message>
        <source>第 {line} 行（{name}）金额为 {amount} 元，银行文件只能有大于 0 的金额</source>
        <translation>Line {line} ({name}) has amount {amount} yuan; a bank file can only have amounts above 0</translation>
    </message>
    <message>
        <source>第 {line} 行（{name}）没有银行账号</source>
        <translation>Line {line} ({name}) has no bank account</translation>
    </message>
    <message>
        <source>第 {line} 行的姓名“{name}”中的“{char}”无法用 {encoding} 编码写出（生僻字）。请向银行确认该户名在银行系统中的写法并照此修改，或改用 GB18030/UTF-8 格式；银行文件没有生成</source>
        <translation>On line {line}, &quot;{char}&quot; in the name &quot;{name}&quot; cannot be written in {encoding} (rare character). Ask the bank how the name is written in its system and change it to match, or use a GB18030/UTF-8 format; the bank file was not made</translation>
    </message>
    <message>
        <source>第 {line} 行（{name}）的“{value}”超出该列宽度 {width} 字节，银行文件没有生成（不会截断）</source>
        <translation>Line {line} ({name}): &quot;{value}&quot; is wider than the column&apos;s {width} bytes; the bank file was not made (nothing is cut off)</translation>
    </message>
    <message>
        <source>第 {line} 行的 {name} 含有不可见的控制字符，请修改后再生成</source>
        <translation>The {name} on line {line} contains invisible control characters; correct it and make the file again</translation>
    </message>
    <message>
        <source>文件“{name}”的编码是 {found}，不是 GBK 或 UTF-8，无法读取。请让银行提供 GBK 或 UTF-8 编码的文件</source>
        <translation>File &quot;{name}&quot; is encoded as {found}, not GBK or UTF-8, and cannot be read. Ask the bank for a GBK or UTF-8 file</translation>
    </message>
    <message>
        <source>文件“{name}”第 {line} 行不是 {encoding} 编码的文字（编码不一致或文件已损坏），没有导入</source>
        <translation>Line {line} of file &quot;{name}&quot; is not {encoding} text (mixed encodings or a damaged file); nothing imported</translation>
    </message>
    <message>
        <source>文件“{name}”是 {found} 编码，而格式“{layout}”规定为 {expected}：定长文本的列宽按编码的字节计算，编码不同不能读取，没有导入</source>
        <translation>File &quot;{name}&quot; is encoded as {found}, but format &quot;{layout}&quot; requires {expected}: fixed-width columns are counted in bytes of the encoding, so it cannot be read; nothing imported</translation>
    </message>
    <message>
        <source>文件“{name}”在第 {line} 行处不完整（可能没有复制完或被截断），请重新从银行取得文件</source>
        <translation>File &quot;{name}&quot; is incomplete at line {line} (perhaps not fully copied, or cut off); get the file from the bank again</translation>
    </message>
    <message>
        <source>文件“{name}”第 {line} 行在该格式规定的尾行（第 {trailer} 行，笔数、金额）之后：所选格式没有这样的行，可能选错了格式，或银行的格式与县里设定的不同，请与银行或县民政局核对</source>
        <translation>File &quot;{name}&quot; line {line} comes after the layout&apos;s trailer (line {trailer}, count and total): the chosen layout has no such line; the wrong layout may have been chosen, or the bank&apos;s layout differs from the county&apos;s; check with the bank or the county civil affairs bureau</translation>
    </message>
    <message>
        <source>文件“{name}”第 {line} 行不是该格式规定的首行（批次、笔数、金额），可能选错了格式</source>
        <translation>Line {line} of file &quot;{name}&quot; is not the first line this format requires (batch, count, amount); perhaps the wrong format was chosen</translation>
    </message>
    <message>
        <source>文件“{name}”第 {line} 行只有 {width} 字节，该格式一行应有 {expected} 字节，可能选错了格式</source>
        <translation>Line {line} of file &quot;{name}&quot; has only {width} bytes; a line of this format has {expected}; perhaps the wrong format was chosen</translation>
    </message>
    <message>
        <source>第 {line} 行的“{column}”是没有计算结果的公式，无法读取其值（Excel 打开时才计算）。请在 Excel 或 WPS 中打开后保存一次再导入，或请银行重新提供文件</source>
        <translation>Line {line}: &quot;{column}&quot; is a formula without a calculated result (Excel calculates it only when it opens the file), so its value cannot be read. Open the file in Excel or WPS and save it once, then import again, or ask the bank for the file again</translation>
    </message>
    <message>
        <source>文件“{name}”第 {line} 行只有 {width} 列，表头要求至少 {expected} 列：这一行不完整，没有导入</source>
        <translation>Line {line} of file &quot;{name}&quot; has only {width} cells; the header needs at least {expected}: the line is incomplete. Nothing was imported</translation>
    </message>
    <message>
        <source>文件“{name}”前 {rows} 行中找不到表头（至少要有账号、金额、状态三列）</source>
        <translation>No header in the first {rows} rows of file &quot;{name}&quot; (needs at least account, amount and status columns)</translation>
    </message>
    <message>
        <source>文件“{name}”前 {rows} 行中找不到表头（至少要有账号、金额、状态三列）。如果这是银行的定长格式文本文件（没有表头），请先选定它的银行文件格式（命令行：--layout 格式名）</source>
        <translation>No header in the first {rows} rows of &quot;{name}&quot; (it needs at least account, amount and status columns). If this is a bank&apos;s fixed-column text file (it has no header), first choose its bank file layout (command line: --layout NAME)</translation>
    </message>
    <message>
        <source>文件“{name}”中没有任何回盘明细</source>
        <translation>File &quot;{name}&quot; holds no return details</translation>
    </message>
    <message>
        <source>文件“{name}”的合计行写明 {declared} 笔，实际读到 {read} 笔：文件不完整，没有导入</source>
        <translation>The total line of file &quot;{name}&quot; states {declared} payments, but {read} were read: the file is incomplete; nothing imported</translation>
    </message>
    <message>
        <source>文件“{name}”的合计行写明 {declared} 元，明细合计为 {read} 元：文件不完整或被改动，没有导入</source>
        <translation>The total line of file &quot;{name}&quot; states {declared} yuan, but the details add up to {read} yuan: the file is incomplete or altered; nothing imported</translation>
    </message>
    <message>
        <source>第 {line} 行的账号被存成了数字（{value}），后几位已经丢失。请让银行以文本格式提供账号</source>
        <translation>The account on line {line} was stored as a number ({value}); its last digits are lost. Ask the bank to give accounts as text</translation>
    </message>
    <message>
        <source>第 {line} 行的账号“{value}”不是数字</source>
        <translation>The account &quot;{value}&quot; on line {line} is not a number</translation>
    </message>
    <message>
        <source>第 {line} 行（账号 {account}）的金额“{value}”无法识别</source>
        <translation>Line {line} (account {account}): amount &quot;{value}&quot; not recognised</translation>
    </message>
    <message>
        <source>第 {line} 行（账号 {account}）的处理结果“{value}”无法识别为成功或失败</source>
        <translation>Line {line} (account {account}): result &quot;{value}&quot; not recognised as paid or failed</translation>
    </message>
    <message>
        <source>第 {line} 行（账号 {account}）的“{column}”为“{value}”，无法确定是成功还是失败：成功标志只认是/否、Y/N、1/0、成功/失败。银行用其他代码的（如 0000 表示成功），请在它的银行文件格式中用 status_words 写明哪些代码表示成功、哪些表示失败，再选用这个格式读取</source>
        <translation>Line {line} (account {account}): &quot;{column}&quot; is &quot;{value}&quot;, which says neither success nor failure: a success flag is read only as 是/否, Y/N, 1/0, 成功/失败. For a bank using other codes (such as 0000 for success), name its success and failure codes in status_words of its bank-file layout and read the file with that layout</translation>
    </message>
    <message>
        <source>文件“{name}”与 {on} 为 {period} {kind}造册导入的回盘文件“{first}”内容完全相同，可能是那一期的回盘又被选中，没有导入；请核对是否选对了文件</source>
        <translation>File &quot;{name}&quot; is the same as the return file &quot;{first}&quot; recorded on {on} for the {period} {kind} roster; that period&apos;s return may have been chosen again; nothing was recorded; check the file</translation>
    </message>
    <message>
        <source>第 {line} 行（{name}，账号 {account}）的业务编号“{reference}”不属于本期造册（{batch}），可能是另一期的回盘文件</source>
        <translation>Line {line} ({name}, account {account}): reference &quot;{reference}&quot; is not from this roster ({batch}); it may be another period&apos;s return file</translation>
    </message>
    <message>
        <source>文件“{name}”首行的批次“{found}”不是本期造册的批次（{batch}），可能是另一期或另一份造册的回盘文件，没有导入</source>
        <translation>The batch &quot;{found}&quot; on the first line of file &quot;{name}&quot; is not this roster&apos;s batch ({batch}); it may be the return file of another period or roster; nothing imported</translation>
    </message>
    <message>
        <source>第 {line} 行（{name}，账号 {account}）的业务编号“{reference}”在本期造册中找不到</source>
        <translation>Line {line} ({name}, account {account}): reference &quot;{reference}&quot; is not in this roster</translation>
    </message>
    <message>
        <source>第 {line} 行（{name}）的账号 {account} 与造册中该笔的账号 {expected} 不同</source>
        <translation>Line {line} ({name}): account {account} differs from the roster&apos;s account {expected} for this payment</translation>
    </message>
    <message>
        <source>第 {line} 行（{name}）的账号 {account} 不在本期造册中</source>
        <translation>Line {line} ({name}): account {account} is not in this roster</translation>
    </message>
    <message>
        <source>第 {line} 行（{name}）的账号 {account} 在本期造册中属于 {households} 户，回盘没有业务编号，无法确定是哪一户</source>
        <translation>Line {line} ({name}): account {account} belongs to {households} households in this roster and the return has no reference, so the household cannot be told</translation>
    </message>
    <message>
        <source>第 {line} 行（{name}，账号 {account}）与第 {first} 行回答的是同一笔，重复</source>
        <translation>Line {line} ({name}, account {account}) answers the same payment as line {first}: duplicate</translation>
    </message>
    <message>
        <source>第 {line} 行（{name}，账号 {account}）金额 {amount} 元，造册中为 {expected} 元</source>
        <translation>Line {line} ({name}, account {account}): amount {amount} yuan, the roster has {expected} yuan</translation>
    </message>
    <message>
        <source>第 {line} 行账号 {account} 的户名“{name}”与造册中的“{expected}”不同</source>
        <translation>Line {line}, account {account}: account name &quot;{name}&quot; differs from &quot;{expected}&quot; in the roster</translation>
    </message>
    <message>
        <source>在工作表“{sheet}”的前 {rows} 行中找不到表头（至少要有身份证号和账号两列）</source>
        <translation>No header in the first {rows} rows of sheet &quot;{sheet}&quot; (needs at least ID number and account columns)</translation>
    </message>
    <message>
        <source>第 {row} 行：身份证号“{value}”不正确</source>
        <translation>Row {row}: ID number &quot;{value}&quot; is not valid</translation>
    </message>
    <message>
        <source>第 {row} 行：身份证号“{value}”已被 Excel 转成数字（科学计数法），后几位已丢失，无法恢复。请把这一列设为“文本”，按原证重新录入后再导入</source>
        <translation>Row {row}: Excel turned the ID number &quot;{value}&quot; into a number (scientific notation); its last digits are lost for good. Format the column as Text, type the numbers again from the ID cards and import again</translation>
    </message>
    <message>
        <source>第 {row} 行：银行账号“{value}”已被 Excel 转成数字（科学计数法），后几位已丢失，无法恢复。请让银行重新提供名单，或把这一列设为“文本”后按原账号重新录入</source>
        <translation>Row {row}: Excel turned the bank account &quot;{value}&quot; into a number (scientific notation); its last digits are lost for good. Ask the bank for the list again, or format the column as Text and type the accounts again</translation>
    </message>
    <message>
        <source>第 {row} 行的“{column}”是没有计算结果的公式，无法读取其值。请在 Excel 或 WPS 中打开后保存一次，或改为填写数值，再导入</source>
        <translation>Row {row}: &quot;{column}&quot; is a formula without a calculated result, so its value cannot be read. Open the file in Excel or WPS and save it once, or type the value instead, then import again</translation>
    </message>
    <message>
        <source>第 {row} 行（{name}）：账号 {account} 同时属于另一户（{other}），一个账号不能给两户</source>
        <translation>Row {row} ({name}): account {account} also belongs to another household ({other}); one account cannot serve two households</translation>
    </message>
    <message>
        <source>第 {row} 行（{name}）：与第 {first} 行是同一户，但账号不同</source>
        <translation>Row {row} ({name}): same household as row {first}, but a different account</translation>
    </message>
    <message>
        <source>第 {row} 行（{name}）：与第 {first} 行相同（同一户、同一账号），只计一次</source>
        <translation>Row {row} ({name}): the same as row {first} (same household, same account), counted once</translation>
    </message>
    <message>
        <source>第 {row} 行：姓名“{name}”与登记的“{expected}”不一致，请核对</source>
        <translation>Row {row}: name &quot;{name}&quot; differs from the recorded &quot;{expected}&quot;; please check</translation>
    </message>
    <message>
        <source>第 {row} 行：开户人身份证号“{value}”不正确</source>
        <translation>Row {row}: the account holder&apos;s ID number &quot;{value}&quot; is not valid</translation>
    </message>
    <message>
        <source>第 {row} 行：开户人（身份证号 {value}）不是该户成员，请核对</source>
        <translation>Row {row}: the account holder (ID number {value}) is not a member of that household; please check</translation>
    </message>
    <message>
        <source>第 {row} 行：该户没有名叫“{name}”的成员，无法确定开户人</source>
        <translation>Row {row}: the household has no member named &quot;{name}&quot;; the account holder cannot be told</translation>
    </message>
    <message>
        <source>第 {row} 行：该户有几名成员叫“{name}”，请填写开户人身份证号</source>
        <translation>Row {row}: several members of the household are named &quot;{name}&quot;; give the account holder&apos;s ID number</translation>
    </message>
    <message>
        <source>第 {row} 行：开户人姓名“{name}”与登记的“{expected}”不一致，请核对</source>
        <translation>Row {row}: the account holder&apos;s name &quot;{name}&quot; differs from the registered &quot;{expected}&quot;; please check</translation>
    </message>
    <message>
        <source>第 {row} 行：开户人{name}只有 {age} 岁（未满16岁），银行可能不接受以其账户代发，请核对</source>
        <translation>Row {row}: the account holder {name} is only {age} (under 16): the bank may not accept transfers to this account; please check</translation>
    </message>
    <message>
        <source>第 {row} 行：开户人{name}已不在本户（{status}），审核造册时将被拒绝，请核对</source>
        <translation>Row {row}: the account holder {name} no longer lives in the household ({status}); signing a roster will be refused; please check</translation>
    </message>
    <message>
        <source>第 {row} 行（{name}）：开户行“{bank}”不在银行名单中，按原文保存</source>
        <translation>Row {row} ({name}): bank &quot;{bank}&quot; is not in the bank list; saved as written</translation>
    </message>
    <message>
        <source>银行开户名单中有 {count} 行错误，请改正后再导入（全部不导入）</source>
        <translation>The bank account list has {count} rows with errors; correct them and import again (nothing imported)</translation>
    </message>
    <message>
        <source>预览之后数据有变动（{name}），请重新预览</source>
        <translation>The data changed after the preview ({name}); preview again</translation>
    </message>
    <message>
        <source>{period} 的造册尚未经主管领导审核（现为“{status}”），不能生成银行文件或导入回盘</source>
        <translation>The roster of {period} is not yet reviewed by the leader (now &quot;{status}&quot;); no bank file can be made or return imported</translation>
    </message>
    <message>
        <source>{period} 的造册没有需要银行发放的款项</source>
        <translation>The roster of {period} has nothing to be paid through the bank</translation>
    </message>
    <message>
        <source>{period} 的造册没有尚未回盘的转账：银行已回答每一笔</source>
        <translation>The roster of {period} has no transfer awaiting the bank: the bank answered every one</translation>
    </message>
    <message>
        <source>确认日期 {on} 晚于今天，请核对</source>
        <translation>Confirmation date {on} is after today; please check</translation>
    </message>
    <message>
        <source>确认日期 {on} 早于造册审核日期 {signed}，请核对</source>
        <translation>Confirmation date {on} is before the roster was signed ({signed}); please check</translation>
    </message>
    <message>
        <source>第 {line} 笔（造册第 {position} 行，{name}）：账号 {account} 不能用于代发（{detail}），请先更正该户的账号并重新造册</source>
        <translation>Payment {line} (roster row {position}, {name}): account {account} cannot be used for payment ({detail}); correct the household&apos;s account and make the roster again</translation>
    </message>
    <message>
        <source>{period} 的造册中有 {households} 户的银行账号不能代发（{names}），不能审核：请先更正这些户的账号，重新造册后再审核</source>
        <translation>In the roster of {period}, {households} households have a bank account that cannot be paid ({names}); it cannot be signed: correct their accounts, make the roster again, then sign</translation>
    </message>
    <message>
        <source>{households} 户（{names}）的账号不能代发，共 {amount} 元未写入银行文件，已记为发放失败（账号缺失/无效）；更正这些户的账号后，由补发造册发放</source>
        <translation>{households} households ({names}) have an account that cannot be paid: {amount} yuan was left out of the bank file and recorded as failed (account missing/invalid); once their accounts are corrected, a back-pay roster pays them</translation>
    </message>
    <message>
        <source>{period} 的造册中有 {households} 户（户主 {names}）的开户人（{holders}）已不在本户，不能审核：银行不能再向其账户代发。请在家庭登记表中重新选择开户人并更正银行账号，重新造册后再审核</source>
        <translation>In the {period} roster, the account holders ({holders}) of {households} households (heads {names}) no longer live in them, so it cannot be signed: the bank can no longer pay into their accounts. Choose another account holder and correct the bank account in the household form, make the roster again, then sign it</translation>
    </message>
    <message>
        <source>有 {households} 户的银行账号校验不通过（{names}）：审核照常进行，但生成银行文件时这些转账不写入、记为发放失败。请在报送银行前核对这些户的账号，有误的更正后由补发造册发放</source>
        <translation>The bank accounts of {households} households fail their check ({names}): the roster is signed all the same, but these transfers will be left out of the bank file and recorded failed. Check these accounts before the file goes to the bank; once corrected, a back-pay roster pays them</translation>
    </message>
    <message>
        <source>造册第 {line} 笔（第 {position} 行，{name}）：账号 {account} 不能用于代发（{detail}）</source>
        <translation>Transfer {line} of the roster (line {position}, {name}): account {account} cannot be paid into ({detail})</translation>
    </message>
    <message>
        <source>造册第 {position} 行 {name}：账号 {account} 不能用于代发（{detail}），未写入银行文件</source>
        <translation>Roster line {position} {name}: account {account} cannot be paid ({detail}); left out of the bank file</translation>
    </message>
    <message>
        <source>{period} 的造册中 {households} 户的账号都不能代发，没有生成银行文件；这些转账已记为发放失败（账号缺失/无效），更正账号后由补发造册发放</source>
        <translation>None of the {households} accounts on the roster of {period} can be paid; no bank file was written; the transfers are recorded as failed (account missing/invalid) and a back-pay roster pays them once the accounts are corrected</translation>
    </message>
    <message>
        <source>第 {line} 笔（{name}）的开户银行“{bank}”不在银行名单中，行别代码为空</source>
        <translation>Payment {line} ({name}): bank &quot;{bank}&quot; is not in the bank list; bank code left blank</translation>
    </message>
    <message>
        <source>第 {line} 行（{name}，账号 {account}）：本笔此前的回盘为“{before}”，这次为“{after}”，前后不一致</source>
        <translation>Line {line} ({name}, account {account}): this payment&apos;s earlier return was &quot;{before}&quot;, now &quot;{after}&quot;; they disagree</translation>
    </message>
    <message>
        <source>请填写姓名</source>
        <translation>Enter the name</translation>
    </message>
    <message>
        <source>更正或删除登记，请写明原因</source>
        <translation>Give the reason for correcting or deleting the record</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的申报不实记录</source>
        <translation>No false declaration record with number {id}</translation>
    </message>
    <message>
        <source>身份证号 {id_number} 在本所登记的是户 {household_id} 的 {recorded}，与填写的姓名“{name}”不一致，请核对</source>
        <translation>ID number {id_number} is {recorded} of household {household_id} in this office&apos;s records, not &quot;{name}&quot; as entered; please check</translation>
    </message>
    <message>
        <source>{what}太长（{length} 个字，最多 {max} 个字）</source>
        <translation>{what} is too long ({length} characters, at most {max})</translation>
    </message>
    <message>
        <source>{name}（{id_number}）{date} 查实的申报不实已登记（记录 {id}），同一天查实的算一次；如需补充不实内容，请更正那条记录</source>
        <translation>A false declaration of {name} ({id_number}) found on {date} is already recorded (record {id}); what is found on one day counts once: to add to what was false, correct that record</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的近亲属备案</source>
        <translation>No relative record with number {id}</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的工作人员（村干部）</source>
        <translation>No staff member (village cadre) with number {id}</translation>
    </message>
    <message>
        <source>请填写工作人员（村干部）姓名</source>
        <translation>Enter the staff member&apos;s (village cadre&apos;s) name</translation>
    </message>
    <message>
        <source>请填写日期</source>
        <translation>Enter the date</translation>
    </message>
    <message>
        <source>日期 {date} 晚于今天，请核对</source>
        <translation>Date {date} is after today; please check</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的案件</source>
        <translation>No case with number {id}</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的村（社区）</source>
        <translation>No village with number {id}</translation>
    </message>
    <message>
        <source>请写明哪些申报内容不实</source>
        <translation>Say what was declared falsely</translation>
    </message>
    <message>
        <source>{name}（{id_number}）在诚信黑名单上，{until} 起方可重新申请低保</source>
        <translation>{name} ({id_number}) is on the integrity blacklist and may apply for dibao again from {until}</translation>
    </message>
    <message>
        <source>已记入诚信档案：{name} 第一次申报不实，予以警示，允许更正后再申报一次</source>
        <translation>Recorded in the integrity records: {name}&apos;s first false declaration; warned, may correct and declare once more</translation>
    </message>
    <message>
        <source>已记入诚信档案：{name} 第 {count} 次申报不实，列入诚信黑名单，{until} 起方可重新申请</source>
        <translation>Recorded in the integrity records: {name}&apos;s false declaration no. {count}; put on the integrity blacklist, may apply again from {until}</translation>
    </message>
    <message>
        <source>人员类别“{value}”无法识别，应为经办人员或村（社区）干部</source>
        <translation>Staff type &quot;{value}&quot; not recognized; must be office staff or village cadre</translation>
    </message>
    <message>
        <source>村（社区）干部请填写所在村（社区）</source>
        <translation>Enter the village of the village cadre</translation>
    </message>
    <message>
        <source>亲属关系“{value}”无法识别</source>
        <translation>Relation &quot;{value}&quot; not recognized</translation>
    </message>
    <message>
        <source>近亲属的身份证号与工作人员本人相同，请核对</source>
        <translation>The relative&apos;s ID number is the staff member&apos;s own; please check</translation>
    </message>
    <message>
        <source>身份证号 {id_number} 已登记为 {name}，姓名或人员类别与已登记的不一致，请核对</source>
        <translation>ID number {id_number} is registered as {name}, with a different name or staff type; please check</translation>
    </message>
    <message>
        <source>备案日期 {date} 早于身份证号 {id_number} 的出生日期 {birth}，请核对年份</source>
        <translation>The registration date {date} is before the birth date {birth} in ID number {id_number}; please check the year</translation>
    </message>
    <message>
        <source>{staff} 已于 {registered_on} 登记过近亲属 {name}（{id_number}），不能重复登记</source>
        <translation>{staff} already filed relative {name} ({id_number}) on {registered_on}; cannot file twice</translation>
    </message>
    <message>
        <source>{person} 已将本户成员 {member} 登记为近亲属（备案），按回避规定不能经办、审批此案，请由其他人员办理</source>
        <translation>{person} filed member {member} of this household as a relative and must stand aside: may not handle or approve this case; have someone else do it</translation>
    </message>
    <message>
        <source>{person} 已将本户成员 {member} 登记为近亲属（备案），按回避规定不能复核本户，请由其他人员入户复核</source>
        <translation>{person} registered {member}, a member of this household, as a close relative (备案): by the rule on withdrawal {person} may not review this household; another person must visit and review it</translation>
    </message>
    <message>
        <source>举报方式“{value}”无法识别，应为举报箱、电话、来信或来访</source>
        <translation>Complaint channel &quot;{value}&quot; not recognized; must be box, phone, letter or visit</translation>
    </message>
    <message>
        <source>请选择被举报的家庭</source>
        <translation>Choose the household complained about</translation>
    </message>
    <message>
        <source>请填写举报内容</source>
        <translation>Enter the complaint</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的举报</source>
        <translation>No complaint with number {id}</translation>
    </message>
    <message>
        <source>举报 {id} 已于 {date} 答复，不能再次答复</source>
        <translation>Complaint {id} was answered on {date}; cannot answer again</translation>
    </message>
    <message>
        <source>请选择调查结论（属实、部分属实或不属实）</source>
        <translation>Choose the finding (true, partly true or not true)</translation>
    </message>
    <message>
        <source>请填写调查核实情况</source>
        <translation>Enter the investigation&apos;s findings</translation>
    </message>
    <message>
        <source>请填写答复内容</source>
        <translation>Enter the answer</translation>
    </message>
    <message>
        <source>答复日期不能早于受理日期 {received_on}</source>
        <translation>The answer date cannot be before the received date {received_on}</translation>
    </message>
    <message>
        <source>答复期限所跨年份的法定节假日安排尚未录入，期限按周一至周五推算，请在工作日历中补录</source>
        <translation>The public holidays of the years the deadline spans are not entered; the deadline counts Monday to Friday. Add them in the work calendar</translation>
    </message>
    <message>
        <source>举报 {id}（{household}）的答复期限已按新版程序的法定节假日安排重新计算：由 {before} 改为 {after}</source>
        <translation>The answer deadline of complaint {id} ({household}) was counted again on this version&apos;s official holiday calendar: moved from {before} to {after}</translation>
    </message>
    <message>
        <source>备案：成员{member}是{role}{staff}的{relation}，须从严审核（{staff}应回避）</source>
        <translation>Filed: member {member} is the {relation} of {role} {staff}; check strictly ({staff} must stand aside)</translation>
    </message>
    <message>
        <source>事件类别“{value}”无法识别，应为死亡、迁出、搬迁安置、破产或服刑</source>
        <translation>Event kind &quot;{value}&quot; not recognized; must be death, move away, relocation, bankruptcy or imprisonment</translation>
    </message>
    <message>
        <source>请选择发生变故的家庭</source>
        <translation>Choose the household the event concerns</translation>
    </message>
    <message>
        <source>死亡日期 {date} 晚于今天，请核对</source>
        <translation>Death date {date} is after today; please check</translation>
    </message>
    <message>
        <source>预警 {id} 已登记过结果</source>
        <translation>Warning {id} already has a result</translation>
    </message>
    <message>
        <source>答复期限（{date}）尚未届满，不能按逾期视为退出</source>
        <translation>The answer deadline ({date}) has not passed; cannot count it as leaving</translation>
    </message>
    <message>
        <source>该户有几名成员，请选择“{kind}”的是哪位成员</source>
        <translation>The household has several members: choose which member the &quot;{kind}&quot; concerns</translation>
    </message>
    <message>
        <source>“{kind}”是全户的变故，不登记到某位成员</source>
        <translation>&quot;{kind}&quot; concerns the whole household, not one member</translation>
    </message>
    <message>
        <source>该户没有编号为 {id} 的成员</source>
        <translation>The household has no member numbered {id}</translation>
    </message>
    <message>
        <source>该户没有姓名或身份证号为“{text}”的成员</source>
        <translation>The household has no member with the name or ID number &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>该户有几名成员叫“{text}”，请写身份证号</source>
        <translation>Several members of the household are called &quot;{text}&quot;: give the ID number</translation>
    </message>
    <message>
        <source>{name} 的人员状态已是“{status}”，不在该户共同生活</source>
        <translation>{name}&apos;s status is already &quot;{status}&quot;: not living in the household</translation>
    </message>
    <message>
        <source>“{kind}”的成员人员状态不能是“{status}”</source>
        <translation>A member&apos;s status after &quot;{kind}&quot; cannot be &quot;{status}&quot;</translation>
    </message>
    <message>
        <source>“{kind}”的日期 {date} 早于 {name} 的出生日期（{born}，按身份证号），请核对日期</source>
        <translation>The date {date} of &quot;{kind}&quot; is before {name}&apos;s birth ({born}, by the ID number): please check the date</translation>
    </message>
    <message>
        <source>新户主须是该户仍共同生活的另一位成员（编号 {id} 不是）</source>
        <translation>The new head must be another member still living in the household (number {id} is not)</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的变故登记</source>
        <translation>No event is recorded with number {id}</translation>
    </message>
    <message>
        <source>请写明撤销的原因</source>
        <translation>Please give the reason for undoing</translation>
    </message>
    <message>
        <source>该“{kind}”来自“{source}”，不是本乡镇登记的变故，不能撤销</source>
        <translation>This “{kind}” came from “{source}”, not from an entry of the township, and cannot be undone</translation>
    </message>
    <message>
        <source>{on} 的“{kind}”已经复核处理，不能撤销</source>
        <translation>The “{kind}” of {on} has been dealt with by a review and cannot be undone</translation>
    </message>
    <message>
        <source>该户在“{kind}”之后又登记了 {later_on} 的“{later_kind}”，是按撤销前的家庭成员办理的：请先撤销后面的变故</source>
        <translation>A “{later_kind}” of {later_on} was recorded after the “{kind}”, on the members it left: undo the later event first</translation>
    </message>
    <message>
        <source>“{kind}”登记后家庭成员的关系或人员状态又在家庭信息中修改过，不能自动撤销，请在“修改家庭信息”中核对更正</source>
        <translation>The members&apos; relations or statuses were changed on the household form after the “{kind}” was recorded, so it cannot be undone automatically; check and correct them in “Edit household”</translation>
    </message>
    <message>
        <source>该变故提出的案件 {case} 已办理到“{step}”，不能撤销；请在审批流程中处理该案件</source>
        <translation>The case {case} the event proposed has reached “{step}” and the event cannot be undone; deal with the case in the procedure</translation>
    </message>
    <message>
        <source>该变故提出的案件 {case} 已批准，台账已按其变更，不能撤销；请另行提出变更更正</source>
        <translation>The case {case} the event proposed was granted and the ledger changed by it, so the event cannot be undone; propose a change to correct it</translation>
    </message>
    <message>
        <source>{on} 的“{kind}”登记时没有留下操作记录，无法确定它改动了哪些成员，不能自动撤销：请在“修改家庭信息”中核对更正成员的人员状态、户主和关系，在审批流程中撤回它提出的案件，复核时说明该变故系误录</source>
        <translation>The &quot;{kind}&quot; of {on} left no audit record when it was entered, so which members it changed is not known and it cannot be undone automatically: check and correct the members&apos; status, the head and the relations in Edit household, withdraw the case it proposed in the procedure, and note at the review that the event was entered by mistake</translation>
    </message>
    <message>
        <source>{on} 的新增家庭成员登记时没有留下操作记录，不能自动撤销：请在“修改家庭信息”中删除误增的成员，复核时说明系误录</source>
        <translation>The members added on {on} left no audit record, so the addition cannot be undone automatically: remove the member added by mistake in Edit household and note it at the review</translation>
    </message>
    <message>
        <source>{name} 是 {on} 从{village}户主“{head}”的家庭（户编号 {household_id}）转入的，该户之后又修改过，不能自动撤销：请先在本户“修改家庭信息”中删除该成员，再在原户“修改家庭信息”中按原样补录（关系、人员状态及日期、收入）</source>
        <translation>{name} moved in on {on} from the household of {head} in {village} (household {household_id}), which has changed since, so this cannot be undone automatically: delete the member in this household&apos;s form, then enter them again in the original household&apos;s form as they were (relation, status and date, income)</translation>
    </message>
    <message>
        <source>{name} 的成员记录已于 {on} 转入{village}户主“{head}”的家庭（户编号 {household_id}），不能撤销这次“{kind}”：请先在该户撤销 {on} 的“新增家庭成员”，使其回到本户，再撤销本次变故</source>
        <translation>{name}&apos;s record moved on {on} to the household of {head} in {village} (household {household_id}); this {kind} cannot be undone: first undo that household&apos;s member addition of {on} so the member returns here, then undo this event</translation>
    </message>
    <message>
        <source>{name} 的成员记录已转入{village}户主“{head}”的家庭（户编号 {household_id}），不能自动撤销这次“{kind}”：如确属误录，请在该户“修改家庭信息”中删除该成员，在本户“修改家庭信息”中补录该成员并核对户主和关系，在审批流程中撤回它提出的案件，复核时说明该变故系误录</source>
        <translation>{name}&apos;s record has moved to the household of {head} in {village} (household {household_id}); this {kind} cannot be undone automatically: if it was entered by mistake, delete the member in that household&apos;s form, enter them again in this household&apos;s form and check the head and relations, withdraw the case it proposed, and note the mistake at the review</translation>
    </message>
    <message>
        <source>追回登记第 {number} 号：从本期发放中扣减</source>
        <translation>Recovery no. {number}: deducted from this period&apos;s payment</translation>
    </message>
    <message>
        <source>追回登记 {id}：已收回 {recovered} 元与各次收回合计 {instalments} 元（应追回 {amount} 元）或状态不符</source>
        <translation>Recovery {id}: recovered {recovered} yuan does not match the repayments&apos; total {instalments} yuan (to recover {amount} yuan) or the status</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的追回登记</source>
        <translation>No recovery with number {id}</translation>
    </message>
    <message>
        <source>追回原因“{value}”无法识别，应为取消追溯、变更追溯、虚报冒领、银行差错或其他</source>
        <translation>Recovery reason &quot;{value}&quot; not recognised; use backdated cancellation, backdated change, fraudulent claim, bank error or other</translation>
    </message>
    <message>
        <source>追回方式“{value}”无法识别，应为扣减或现金退回</source>
        <translation>Recovery method &quot;{value}&quot; not recognised; use deduction or cash refund</translation>
    </message>
    <message>
        <source>追回款方式“{value}”无法识别，应为退回或扣减</source>
        <translation>Repayment method &quot;{value}&quot; not recognised; use refund or deduction</translation>
    </message>
    <message>
        <source>追回金额应大于 0 元</source>
        <translation>The amount to recover must be more than 0 yuan</translation>
    </message>
    <message>
        <source>请填写追回决定日期</source>
        <translation>Enter the date of the recovery decision</translation>
    </message>
    <message>
        <source>请填写收回日期</source>
        <translation>Enter the repayment date</translation>
    </message>
    <message>
        <source>请填写追回决定文号</source>
        <translation>Enter the recovery decision&apos;s document number</translation>
    </message>
    <message>
        <source>所属月份 {first} 晚于 {last}，请核对</source>
        <translation>Month {first} is later than {last}; please check</translation>
    </message>
    <message>
        <source>每月扣减金额不能为负数；现金退回不设每月扣减</source>
        <translation>The monthly deduction cannot be negative; cash refunds have no monthly deduction</translation>
    </message>
    <message>
        <source>该追回登记{status}，不能再登记收回或核销</source>
        <translation>This recovery is {status}; no more repayments or write-offs can be recorded</translation>
    </message>
    <message>
        <source>{period} {kind}造册还是草稿，第 {line} 行还没有发放；造册审核后才能登记从中扣减</source>
        <translation>The {period} {kind} roster is still a draft and line {line} has not been paid; a deduction from it can be recorded once the roster is reviewed</translation>
    </message>
    <message>
        <source>{period} {kind}造册第 {line} 行另列不发放，没有从中扣减；请核对扣减所在的造册序号</source>
        <translation>Line {line} of the {period} {kind} roster is listed apart and was not paid, so nothing was deducted from it; check the line number of the deduction</translation>
    </message>
    <message>
        <source>{period} {kind}造册第 {line} 行的转账银行回盘为发放失败，没有发放也就没有从中扣减；请核对扣减所在的造册序号（重发后请选补发造册中的行）</source>
        <translation>The bank returned line {line} of the {period} {kind} roster as failed: nothing was paid, so nothing was deducted from it; check the roster line of the deduction (once re-sent, choose the line on the back-pay roster)</translation>
    </message>
    <message>
        <source>本次收回 {amount_yuan} 元超过尚欠金额 {balance_yuan} 元，不能多收</source>
        <translation>This repayment of {amount_yuan} yuan is more than the {balance_yuan} yuan owed</translation>
    </message>
    <message>
        <source>现金退回请填写收据号</source>
        <translation>Enter the receipt number for a cash refund</translation>
    </message>
    <message>
        <source>请写明核销理由</source>
        <translation>Give the reason for the write-off</translation>
    </message>
    <message>
        <source>编号为 {id} 的追回事项不存在或不属于该户</source>
        <translation>Recovery item {id} does not exist or does not belong to this household</translation>
    </message>
    <message>
        <source>“{column}”与应追回减已收回不符</source>
        <translation>&quot;{column}&quot; does not equal to-recover minus recovered</translation>
    </message>
    <message>
        <source>“{column}”应在 0 与已收回之间</source>
        <translation>&quot;{column}&quot; must be between 0 and the amount recovered</translation>
    </message>
    <message>
        <source>编号为 {id} 的追回事项已登记过追回</source>
        <translation>Recovery item {id} is already recorded</translation>
    </message>
    <message>
        <source>救助类别“{value}”无法识别</source>
        <translation>Assistance type &quot;{value}&quot; not recognized</translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <source>金额超过 100 万元，请核对是否多输了位数</source>
        <translation>The amount is over 1,000,000 yuan; check for extra digits</translation>
    </message>
    <message>
        <source>给予日期 {date} 晚于今天</source>
        <translation>Given date {date} is after today</translation>
    </message>
    <message>
        <source>请填写给予救助的单位（如县医保局、县教育局）</source>
        <translation>Enter who gave the assistance (e.g. county medical insurance bureau, county education bureau)</translation>
    </message>
    <message>
        <source>该身份证号不是本户成员</source>
        <translation>This ID number is not a member of the household</translation>
    </message>
    <message>
        <source>第 {id} 条救助记录已不存在（可能已被删除）</source>
        <translation>Assistance record {id} no longer exists (it may have been deleted)</translation>
    </message>
    <message>
        <source>{date} 已登记过同一笔“{kind}”{yuan} 元（第 {id} 条），请勿重复登记</source>
        <translation>The same “{kind}” of {yuan} yuan was already recorded on {date} (item {id}); do not record it twice</translation>
    </message>
    <message>
        <source>{name}（已不在本户）</source>
        <translation>{name} (no longer in the household)</translation>
    </message>
    <message>
        <source>该户一旦停保或取消，将同时失去以下联动救助（近一年）：{items}</source>
        <translation>If this household&apos;s dibao is stopped or cancelled, it also loses this linked assistance (last 12 months): {items}</translation>
    </message>
    <message>
        <source>统计期“{value}”格式不对，应为月份 2026-11（也可写 2026年11月）、季度 2026Q4（也可写 2026-Q4、2026年第4季度）或年度 2026（也可写 2026年）</source>
        <translation>The period “{value}” is not in a known form: a month 2026-11 (or 2026年11月), a quarter 2026Q4 (or 2026-Q4, 2026年第4季度) or a year 2026 (or 2026年)</translation>
    </message>
    <message>
        <source>没有名为“{value}”的村（社区）</source>
        <translation>No village named &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>尚未填写本单位信息（乡镇名称、监督电话等），请先在“设置”中填写</source>
        <translation>Your office&apos;s details (township name, supervision phone, etc.) are not entered; enter them in Settings first</translation>
    </message>
    <message>
        <source>公示类别“{stage}”不对：应为 1、2、3（一、二、三榜）或 long（长期公示）</source>
        <translation>Wrong notice type &quot;{stage}&quot;: must be 1, 2, 3 (first, second, third list) or long (standing notice)</translation>
    </message>
    <message>
        <source>纸张“{paper}”不支持：应为 A4 或 A3</source>
        <translation>Paper &quot;{paper}&quot; not supported: must be A4 or A3</translation>
    </message>
    <message>
        <source>找不到村（社区）“{name}”</source>
        <translation>Village &quot;{name}&quot; not found</translation>
    </message>
    <message>
        <source>表格类别“{kind}”不对</source>
        <translation>Wrong form type &quot;{kind}&quot;</translation>
    </message>
    <message>
        <source>文件夹“{folder}”不存在</source>
        <translation>Folder &quot;{folder}&quot; does not exist</translation>
    </message>
    <message>
        <source>该户没有办理中的案件，无法填写{form}</source>
        <translation>This household has no open case; cannot fill in {form}</translation>
    </message>
    <message>
        <source>该户的申请已由申请人撤回（{on}），不是不予批准，不出具不予批准通知书</source>
        <translation>The applicant withdrew this household&apos;s application ({on}); it was not refused, so no refusal notice is issued</translation>
    </message>
    <message>
        <source>该户的案件没有不予批准的决定，无法打印不予批准通知书</source>
        <translation>This household&apos;s case has no refusal; cannot print the refusal notice</translation>
    </message>
    <message>
        <source>该户没有取消（终止）保障的案件，无法打印终止保障通知书</source>
        <translation>This household has no cancellation case; cannot print the termination notice</translation>
    </message>
    <message>
        <source>该户未在享受低保，不能打印{form}</source>
        <translation>This household does not receive dibao; cannot print {form}</translation>
    </message>
    <message>
        <source>字体中没有这些字：{chars}（出现在：{names}），打印处留为“□”，请手写补全</source>
        <translation>The font lacks these characters: {chars} (in: {names}); printed as &quot;□&quot;, fill in by hand</translation>
    </message>
    <message>
        <source>{count} 户未签署同意公开收入情况的书面意见，未列入详细公示</source>
        <translation>{count} households did not sign consent to publish their income and are left out of the detailed notice</translation>
    </message>
    <message>
        <source>本表有 {count} 户的公示内容张贴时未留存，按重印当日档案数据生成，与张贴时可能不同</source>
        <translation>{count} households on this sheet were not kept when it was posted: they are printed from today&apos;s records and may differ from the sheet as posted</translation>
    </message>
    <message>
        <source>没有需要公示的对象，打印的是空表</source>
        <translation>Nobody to put on notice; the printed list is empty</translation>
    </message>
    <message>
        <source>取消保障的案件还在办理中（尚未审批并确定停发月份），暂不能打印终止保障通知书</source>
        <translation>The cancellation case is still in progress (not yet approved with a stop month); the termination notice cannot be printed yet</translation>
    </message>
    <message>
        <source>长期公示不需要登记张贴</source>
        <translation>Standing notices need no posting record</translation>
    </message>
    <message>
        <source>没有等待{stage}张贴的案件</source>
        <translation>No cases waiting for the {stage} to be posted</translation>
    </message>
    <message>
        <source>{day}没有张贴过{stage}名单{where}；最近张贴的日期：{days}。请用其中一个日期重印</source>
        <translation>No {stage} list was posted on {day}{where}; the latest posting days: {days}. Reprint with one of these days</translation>
    </message>
    <message>
        <source>{day}没有张贴过{stage}名单{where}，也还没有张贴过任何一次</source>
        <translation>No {stage} list was posted on {day}{where}, and none has been posted yet</translation>
    </message>
    <message>
        <source>读取公示名单</source>
        <translation>Reading the notice list</translation>
    </message>
    <message>
        <source>生成 PDF</source>
        <translation>Making the PDF</translation>
    </message>
    <message>
        <source>正在排版第 {page} 页</source>
        <translation>Laying out page {page}</translation>
    </message>
    <message>
        <source>找不到户编号 {id}</source>
        <translation>No household number {id}</translation>
    </message>
    <message>
        <source>该户未在享受低保，不能发放低保证</source>
        <translation>This household does not receive dibao; no certificate can be issued</translation>
    </message>
    <message>
        <source>该户已有有效的低保证；证件损坏或信息变化请换发，遗失请补发</source>
        <translation>This household already has a valid certificate; reissue it if damaged or changed, replace it if lost</translation>
    </message>
    <message>
        <source>该户没有有效的低保证，请先新发</source>
        <translation>This household has no valid certificate; issue a new one first</translation>
    </message>
    <message>
        <source>补发低保证请写明原因（如遗失、损毁）</source>
        <translation>Give the reason for the replacement (e.g. lost, damaged)</translation>
    </message>
    <message>
        <source>发证日期不能晚于今天</source>
        <translation>The issue date cannot be after today</translation>
    </message>
    <message>
        <source>打印偏移不能超过 {max} 毫米（再大应是纸张放错了，请检查进纸）</source>
        <translation>The print offset cannot exceed {max} mm (more means the paper is in wrong; check the paper feed)</translation>
    </message>
    <message>
        <source>没有要打印的低保证</source>
        <translation>No certificates to print</translation>
    </message>
    <message>
        <source>向{way}偏移最多 {max} 毫米：再多，“{field}”一栏就打到证件外面了</source>
        <translation>The offset may go at most {max} mm {way}: any further and the “{field}” field is printed off the certificate</translation>
    </message>
    <message>
        <source>发证日期不能早于该户上一本低保证的发证日期（{last}）</source>
        <translation>The issue date cannot be earlier than the household&apos;s last certificate ({last})</translation>
    </message>
    <message>
        <source>该户户籍类型已改为{now}，低保证 {number} 是{was}低保的证：请先换发，再打印新证</source>
        <translation>The household&apos;s hukou is now {now}; certificate {number} is a {was} dibao certificate: reissue it first, then print the new one</translation>
    </message>
    <message>
        <source>该户 {year}年{month}月 暂停发放低保，不能打印低保证；恢复发放后再打印</source>
        <translation>The household&apos;s benefit is suspended in {month}/{year}: no certificate can be printed; print it once payment resumes</translation>
    </message>
    <message>
        <source>未打印：户编号 {household_id} {name}（{year}年{month}月 暂停发放）</source>
        <translation>Not printed: household {household_id} {name} (suspended in {month}/{year})</translation>
    </message>
    <message>
        <source>要打印的 {count} 户在 {year}年{month}月 都暂停发放低保，没有可打印的低保证</source>
        <translation>All {count} households to print are suspended in {month}/{year}: no certificate to print</translation>
    </message>
    <message>
        <source>找不到文件“{name}”</source>
        <translation>File &quot;{name}&quot; not found</translation>
    </message>
    <message>
        <source>“{name}”不是文件</source>
        <translation>&quot;{name}&quot; is not a file</translation>
    </message>
    <message>
        <source>文件“{name}”是空的（0 字节），无法导入</source>
        <translation>File &quot;{name}&quot; is empty (0 bytes); cannot import</translation>
    </message>
    <message>
        <source>文件“{name}”不是 Excel 工作簿（.xlsx 或 .xls）。如果是改了扩展名的其他文件，请用 Excel 另存为工作簿后再导入</source>
        <translation>File &quot;{name}&quot; is not an Excel workbook (.xlsx or .xls). If it is another file renamed, save it as a workbook in Excel and import that</translation>
    </message>
    <message>
        <source>文件“{name}”不完整或已损坏（可能没有复制完），请从原电脑重新复制</source>
        <translation>File &quot;{name}&quot; is incomplete or damaged (perhaps not fully copied); copy it again from the original computer</translation>
    </message>
    <message>
        <source>文件“{name}”无法读取，可能已损坏，请用 Excel 打开后另存一份再导入</source>
        <translation>File &quot;{name}&quot; cannot be read and may be damaged; open it in Excel, save a copy and import that</translation>
    </message>
    <message>
        <source>文件“{name}”设置了打开密码，请先在 Excel 中取消密码再导入</source>
        <translation>File &quot;{name}&quot; has an opening password; remove it in Excel first</translation>
    </message>
    <message>
        <source>文件“{name}”内部包含 {count} 个部件（上限 {limit}），不像正常的工作簿，已拒绝</source>
        <translation>File &quot;{name}&quot; holds {count} parts (limit {limit}); not a normal workbook; refused</translation>
    </message>
    <message>
        <source>文件“{name}”解压后异常巨大（约 {size_mb} MB），可能是恶意文件，已拒绝，没有读取其中内容</source>
        <translation>File &quot;{name}&quot; would unpack to a huge size (about {size_mb} MB) and may be malicious; refused without reading it</translation>
    </message>
    <message>
        <source>文件“{name}”含有 XML 实体声明（{member}），正常的 Excel 工作簿不会有，可能是恶意文件，已拒绝</source>
        <translation>File &quot;{name}&quot; contains an XML entity declaration ({member}), which a normal Excel workbook never has; it may be malicious; refused</translation>
    </message>
    <message>
        <source>文件“{name}”的工作表“{sheet}”的单元格一直排到第 {rows} 行、第 {cols} 列，读入它需要的内存超出本程序的限度（{limit} 个单元格），已拒绝读取。请在 Excel 中删去表格右边或下面多余的单元格后另存，再导入</source>
        <translation>In file &quot;{name}&quot;, sheet &quot;{sheet}&quot; has cells up to row {rows}, column {cols}; reading it needs more memory than this program allows ({limit} cells); refused. Delete the extra cells right of or below the table in Excel, save and import again</translation>
    </message>
    <message>
        <source>文件“{name}”的工作表“{sheet}”有 {rows} 行 {cols} 列，超过一次能读取的上限（{limit} 个单元格）。请删去表格右边或下面多余的内容，或按村拆成几个文件分别导入</source>
        <translation>In file &quot;{name}&quot;, sheet &quot;{sheet}&quot; has {rows} rows and {cols} columns, above what can be read at once ({limit} cells). Delete the extra content right of or below the table, or split it by village into several files</translation>
    </message>
    <message>
        <source>文件“{name}”中没有名为“{sheet}”的工作表</source>
        <translation>File &quot;{name}&quot; has no sheet named &quot;{sheet}&quot;</translation>
    </message>
    <message>
        <source>乡镇花名册导入只用于乡镇自己的数据文件；县级数据库请导入乡镇报送的数据包（import-package）</source>
        <translation>The township roster import is for a township&apos;s own data file; a county database imports the townships&apos; packages (import-package)</translation>
    </message>
    <message>
        <source>在工作表“{sheet}”的前 {rows} 行中找不到表头（至少要有“姓名”和“身份证号”两列）</source>
        <translation>No header found in the first {rows} rows of sheet &quot;{sheet}&quot; (it needs at least &quot;姓名&quot; and &quot;身份证号&quot; columns)</translation>
    </message>
    <message>
        <source>请指定哪一列是姓名（户主姓名或成员姓名）</source>
        <translation>Say which column is the name (head or member)</translation>
    </message>
    <message>
        <source>请指定哪一列是身份证号</source>
        <translation>Say which column is the ID number</translation>
    </message>
    <message>
        <source>列对应关系的列数（{given}）与工作表的列数（{width}）不一致</source>
        <translation>The column mapping has {given} columns; the sheet has {width}</translation>
    </message>
    <message>
        <source>表头下面没有人员行</source>
        <translation>No person rows under the header</translation>
    </message>
    <message>
        <source>预览之后数据已有变动（{count} 个身份证号的登记情况变了），请重新预览后再导入</source>
        <translation>The data changed after the preview ({count} ID numbers&apos; registrations changed); preview again before importing</translation>
    </message>
    <message>
        <source>预览之后文件“{name}”已被修改，请重新预览后再导入</source>
        <translation>File &quot;{name}&quot; changed after the preview; preview again before importing</translation>
    </message>
    <message>
        <source>与第 {other_row} 行是同一人（身份证号 {value} 重复）</source>
        <translation>Same person as row {other_row} (ID number {value} repeated)</translation>
    </message>
    <message>
        <source>已在系统中登记（{village}，户主“{head}”）</source>
        <translation>Already registered ({village}, head &quot;{head}&quot;)</translation>
    </message>
    <message>
        <source>本户成员在系统中分属不同的家庭（户主：{heads}），请先在系统中核对</source>
        <translation>The members of this household belong to different households in the program (heads: {heads}); check them in the program first</translation>
    </message>
    <message>
        <source>本户成员已在系统中登记为一户，而第 {other_row} 行的家庭也要更新这一户；一户只能对应花名册中的一户</source>
        <translation>The members are already registered as one household, which the household of row {other_row} would also update; one registered household matches one roster household only</translation>
    </message>
    <message>
        <source>并入系统中已登记的家庭（户主“{head}”）后不符合登记规则，见下一条原因</source>
        <translation>Joined with the registered household (head &quot;{head}&quot;) it would break the registration rules; see the next reason</translation>
    </message>
    <message>
        <source>成员行上面没有户主行，不知道属于哪一户</source>
        <translation>A member row with no head row above it: household unknown</translation>
    </message>
    <message>
        <source>同户第 {rows} 行有错误，整户未导入</source>
        <translation>Rows {rows} of the same household have errors; the whole household is not imported</translation>
    </message>
    <message>
        <source>姓名未填写</source>
        <translation>Name missing</translation>
    </message>
    <message>
        <source>与户主关系“{value}”不认识，按“其他”登记</source>
        <translation>Relation to head &quot;{value}&quot; not recognized; recorded as &quot;other&quot;</translation>
    </message>
    <message>
        <source>与户主关系未填写，按“其他”登记</source>
        <translation>Relation to head missing; recorded as &quot;other&quot;</translation>
    </message>
    <message>
        <source>保障类别“{value}”不认识（应为一类、二类、三类或 A、B、C 类），未登记类别</source>
        <translation>Class &quot;{value}&quot; not recognized (should be class 1, 2, 3 or A, B, C); no class recorded</translation>
    </message>
    <message>
        <source>户籍类型“{value}”不认识，按默认户籍类型登记</source>
        <translation>Hukou type &quot;{value}&quot; not recognized; the default hukou type is used</translation>
    </message>
    <message>
        <source>家庭人口“{value}”不是数字</source>
        <translation>Household size &quot;{value}&quot; is not a number</translation>
    </message>
    <message>
        <source>家庭人口填的是 {declared} 人，名单中有 {found} 人，按名单登记</source>
        <translation>Household size entered as {declared}, the list has {found}; recorded from the list</translation>
    </message>
    <message>
        <source>{column} 列是没有计算结果的公式，无法读取其值（请在 Excel 中打开并保存后再导入，或改为填写数值）</source>
        <translation>Column {column} is a formula without a computed value and cannot be read (open and save it in Excel, or enter values)</translation>
    </message>
    <message>
        <source>开户人“{value}”不是本户的成员（按姓名或身份证号都找不到），请核对</source>
        <translation>Account holder &quot;{value}&quot; is not a member of this household (no member has that name or ID number); please check</translation>
    </message>
    <message>
        <source>本户有几名成员叫“{value}”，开户人请填写身份证号</source>
        <translation>Several members of this household are named &quot;{value}&quot;; give the account holder&apos;s ID number</translation>
    </message>
    <message>
        <source>银行账号“{value}”已被 Excel 转成数字，后几位已丢失，无法恢复，请按存折重新录入</source>
        <translation>Bank account &quot;{value}&quot; was turned into a number by Excel; the last digits are lost and cannot be recovered. Enter it again from the passbook</translation>
    </message>
    <message>
        <source>村（社区）“{name}”尚未建立，导入时将新建</source>
        <translation>Village &quot;{name}&quot; does not exist yet; it will be created on import</translation>
    </message>
    <message>
        <source>残疾等级“{value}”看不出是几级（应为一级至四级或“无”），未登记残疾等级</source>
        <translation>Disability grade &quot;{value}&quot; unclear (should be grade 1 to 4 or &quot;none&quot;); no grade recorded</translation>
    </message>
    <message>
        <source>劳动能力“{value}”不认识（应为有、部分丧失或无），未登记劳动能力</source>
        <translation>Work capacity &quot;{value}&quot; not recognized (should be full, partial or none); not recorded</translation>
    </message>
    <message>
        <source>村（社区）“{given}”按“{name}”导入（同一个村的不同写法）</source>
        <translation>Village &quot;{given}&quot; imported as &quot;{name}&quot; (another spelling of the same village)</translation>
    </message>
    <message>
        <source>未填写村（社区），且本户上面没有可沿用的村名</source>
        <translation>No village given, and no village above in this household to carry over</translation>
    </message>
    <message>
        <source>保障人口“{value}”不是数字</source>
        <translation>Covered persons &quot;{value}&quot; is not a number</translation>
    </message>
    <message>
        <source>收入 {value} 元大得不合常理（上限 1000 万元），未登记收入，请核对是否多输了位数</source>
        <translation>An income of {value} yuan is implausibly large (the limit is 10 million yuan); the income was not registered. Check for extra digits</translation>
    </message>
    <message>
        <source>批准（纳入）时间“{value}”按 {year}年{month}月 登记；Excel 把 10 月（如 2019.10）也显示成这样，请核对</source>
        <translation>Grant date &quot;{value}&quot; recorded as {month}/{year}; Excel shows October (e.g. 2019.10) like this too, please check</translation>
    </message>
    <message>
        <source>花名册中的纳入时间 {given_year}年{given_month}月 与系统中的 {stored_year}年{stored_month}月 不同：未更新，请核实</source>
        <translation>The roster&apos;s start month {given_month}/{given_year} differs from the system&apos;s {stored_month}/{stored_year}: not updated; please check</translation>
    </message>
    <message>
        <source>正在检查文件…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>正在读取工作表…</source>
        <translation>Reading the worksheet…</translation>
    </message>
    <message>
        <source>正在识别行…</source>
        <translation>Recognising rows…</translation>
    </message>
    <message>
        <source>正在核对身份证号…</source>
        <translation>Checking ID numbers…</translation>
    </message>
    <message>
        <source>正在核对系统中已登记的人员…</source>
        <translation>Checking persons already registered…</translation>
    </message>
    <message>
        <source>正在核对家庭…</source>
        <translation>Checking households…</translation>
    </message>
    <message>
        <source>正在写入未导入的行…</source>
        <translation>Writing the rows not imported…</translation>
    </message>
    <message>
        <source>正在写入新家庭…</source>
        <translation>Writing new households…</translation>
    </message>
    <message>
        <source>正在记录操作日志…</source>
        <translation>Recording the audit log…</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>正在更新已登记的家庭…</source>
        <translation>Updating registered households…</translation>
    </message>
    <message>
        <source>正在提出变更建议…</source>
        <translation>Proposing changes…</translation>
    </message>
    <message>
        <source>“{name}”是导出中断（如 U 盘被拔出或写满）时留下的临时文件，不是对方导出完成的数据包，不能导入。请对方重新导出，导入文件名不以“.~”开头的正式数据包</source>
        <translation>“{name}” is a temporary file left by an export that was cut short (the USB stick pulled out or full), not a package the other office finished writing, and cannot be imported. Ask them to export again and import the real package, whose name does not start with “.~”</translation>
    </message>
    <message>
        <source>注意：这个数据包旁边有“{name}”，是对方导出这个数据包时中断（程序被关闭或断电）留下的旧文件，这个数据包可能没有在对方电脑上登记为已导出。请向对方核对：导出时看到了“导出完成”，可以导入；没有看到，请不要导入，请对方把 U 盘插回原电脑重新导出（程序会整理这个旧文件）后再导入</source>
        <translation>Note: beside this package lies “{name}”, an older file left when the sender&apos;s export was cut short (program closed or power lost); the sender&apos;s computer may not have recorded this package as exported. Ask the sender: if they saw “导出完成” (export finished), import it; if not, do not import it: ask them to put the stick back in their computer and export again (the program tidies the older file), then import</translation>
    </message>
    <message>
        <source>数据包“{name}”无法读取：文件已损坏、没有复制完，或不是 Excel 工作簿（.xlsx）。请从原电脑重新复制</source>
        <translation>Package &quot;{name}&quot; cannot be read: the file is damaged, was not copied completely, or is not an Excel workbook (.xlsx). Copy it again from the other computer</translation>
    </message>
    <message>
        <source>数据包的“{sheet}”工作表在导出后被改动过（如顺序号、期间或收件单位），已拒绝。请对方重新导出，不要手工修改数据包</source>
        <translation>The package&apos;s “{sheet}” sheet was changed after it was exported (for example its sequence number, period or addressee); refused. Ask the other office to export it again, and do not edit packages by hand</translation>
    </message>
    <message>
        <source>这是“{by}”收到第 {sequence} 号{kind}数据包后写的回执（接受 {accepted} 行，拒绝 {rejected} 行），不需要导入：用 Excel 或 WPS 打开即可查看每一行的结果和被拒绝的原因</source>
        <translation>This is the receipt &quot;{by}&quot; wrote after receiving {kind} package No. {sequence} ({accepted} rows accepted, {rejected} refused); it is not imported: open it in Excel or WPS to see each row&apos;s result and why rows were refused</translation>
    </message>
    <message>
        <source>这个数据包来自“{name}”，代码 {code} 是县一级的代码，不是乡镇（街道）的代码，已拒绝。请对方在“本单位信息”中填写本乡镇的 12 位区划代码后重新导出</source>
        <translation>This package comes from &quot;{name}&quot;, whose code {code} is a county&apos;s code, not a township&apos;s (or street&apos;s); refused. Ask the sender to enter their township&apos;s 12-digit administrative code in the office details and export again</translation>
    </message>
    <message>
        <source>该数据包已导入（第 {sequence} 号，{received_at}），不会再次导入任何数据，导入时只重新生成回执</source>
        <translation>This package was imported already (no. {sequence}, {received_at}); nothing will be imported again, only its receipt is written again</translation>
    </message>
    <message>
        <source>该数据包已导入，已重新生成回执：{path}</source>
        <translation>This package was imported already; its receipt was written again: {path}</translation>
    </message>
    <message>
        <source>案件 {case}（{head}）在本乡镇已于 {on} 结案（{status}），不再等待县民政局审批，这一审批未处理。请告知县民政局该案件已结案</source>
        <translation>Case {case} ({head}) was closed in this township on {on} ({status}) and no longer awaits the county&apos;s decision; this decision was not applied. Tell the county bureau the case is closed</translation>
    </message>
    <message>
        <source>案件 {case}（{head}）已于 {on} 退回乡镇审核并重新审核，县民政局的这一审批是按原来报送的内容作出的，未处理。须待县里收到重新报送的待审批数据包（第 {sequence} 号）后按新内容重新审批</source>
        <translation>Case {case} ({head}) was returned to the township review on {on} and reviewed again; the county&apos;s decision was made on the record first sent and was not applied. The county must decide again once it has received the cases package sent again (No. {sequence})</translation>
    </message>
    <message>
        <source>案件 {case}（{head}）已于 {on} 退回乡镇审核，县民政局的这一审批是按原来报送的内容作出的，未处理。请重新审核并公示后导出待审批数据包报县，县里收到后按新内容重新审批</source>
        <translation>Case {case} ({head}) was returned to the township review on {on}; the county&apos;s decision was made on the record first sent and was not applied. Review it again, post the notice and export a cases package to the county, which then decides on the new record</translation>
    </message>
    <message>
        <source>{on} 起的“{label}”在数据包中出现两次且数值不同（第 {first_row} 行“{first}”，第 {row} 行“{value}”），不知以哪个为准，这一套标准未导入，请县民政局更正后重新下发</source>
        <translation>“{label}” from {on} appears twice in the package with different values (row {first_row} “{first}”, row {row} “{value}”); it is not clear which applies, so this set of figures was not imported. Ask the county civil-affairs bureau to correct it and send it again</translation>
    </message>
    <message>
        <source>本单位的工作模式是“{mode}”，不能导出“{kind}”数据包：乡镇上报花名册、待审批案件、复核结果、发放造册，县民政局下发审批结果、政策标准、核对预警</source>
        <translation>This office works in mode &quot;{mode}&quot; and cannot export &quot;{kind}&quot; packages: townships send rosters, cases awaiting approval, review results and payment rosters; the county civil-affairs bureau sends approvals, policy figures and cross-check warnings</translation>
    </message>
    <message>
        <source>上一个{kind}数据包（第 {sequence} 号）是 {period} 期间的，重新导出只能是同一期间（不写期间即按 {period}）。{given} 的数据包请在对方收到第 {sequence} 号后再导出</source>
        <translation>The last {kind} package (No. {sequence}) was for {period}; it can only be exported again for the same period (leave the period out to use {period}). Export the package for {given} after the other office has received No. {sequence}</translation>
    </message>
    <message>
        <source>第 {sequence} 号{kind}数据包（{period}）已按现在的数据重新生成，与第一次导出的内容不同（其间数据有变动）。对方如已收到第一次的数据包，会拒收这一份</source>
        <translation>{kind} package No. {sequence} ({period}) was rebuilt from the data as it is now and differs from the first export (the data changed in between). If the other office received the first package, it will refuse this one</translation>
    </message>
    <message>
        <source>第 {sequence} 号政策标准数据包已按第一次导出时已录入的各套标准重新生成；程序升级后政策项目有增减，文件与第一次的不完全相同</source>
        <translation>Policy package No. {sequence} was rebuilt from the policy sets entered before its first export; the program was upgraded since and its policy items changed, so the file is not exactly the first one</translation>
    </message>
    <message>
        <source>文件夹中的“{name}”是以前导出“{target}”时中断（程序被关闭、断电或 U 盘被拔出）留下的，是当时被替换下来的旧文件。程序无法确定它该保留还是删除，未作改动。请核对：现在的“{target}”如是本单位导出的数据包，可以删除“{name}”；如不是，请先把现在的“{target}”移到别处，再把“{name}”改名为“{target}”</source>
        <translation>“{name}” in the folder was left when an earlier export of “{target}” was cut short (program closed, power lost or stick pulled out): it is the older file that was being replaced. The program cannot tell whether to keep or delete it and left it alone. Check: if the present “{target}” is a package this office exported, “{name}” can be deleted; if not, move the present “{target}” elsewhere, then rename “{name}” to “{target}”</translation>
    </message>
    <message>
        <source>数据包已导入，但回执没能保存为“{path}”（{error}），对方收不到这份回执。请检查 U 盘或文件夹后告知对方：这个数据包已导入</source>
        <translation>The package was imported, but its receipt could not be saved as “{path}” ({error}), so the sender will not get it. Check the stick or folder, and tell the sender that this package was imported</translation>
    </message>
    <message>
        <source>“{name}”是乡镇导入数据包中断（程序出错、U 盘被拔出或写保护）时留下的临时文件，不是导入完成后的回执：这个数据包在乡镇可能没有导入。请乡镇重新导入后，按导入后生成的回执重新审批</source>
        <translation>“{name}” is a temporary file left when the township&apos;s import was cut short (program error, stick pulled out or write-protected), not the receipt of a finished import: the township may not have imported the package. Ask the township to import it again, then decide again from the receipt that import writes</translation>
    </message>
    <message>
        <source>这不是乡镇对审批结果数据包写的回执（回执文件名以“-回执”结尾），无法据此重新审批</source>
        <translation>This is not a township&apos;s receipt of a decisions package (a receipt&apos;s file name ends in &quot;-回执&quot;); nothing can be reopened from it</translation>
    </message>
    <message>
        <source>这份回执答复的不是本县下发给“{name}”的第 {sequence} 号审批结果数据包，未处理</source>
        <translation>This receipt does not answer decisions package No. {sequence} that this county sent to &quot;{name}&quot;; nothing done</translation>
    </message>
    <message>
        <source>该案件在本县不是“已下发”状态，或已按其他数据包处理，未改动</source>
        <translation>The case is not &quot;sent&quot; here, or was handled by another package; unchanged</translation>
    </message>
    <message>
        <source>没有编号为 {ref} 的核对预警</source>
        <translation>There is no cross-check warning numbered {ref}</translation>
    </message>
    <message>
        <source>预警 {ref} 已下发乡镇，不能再修改或删除；如有错误，请另录一条预警说明</source>
        <translation>Warning {ref} has been sent to the township and can no longer be edited or deleted; to correct it, enter a new warning that explains</translation>
    </message>
    <message>
        <source>其中 {count} 条预警的答复截止日期已过（{refs}），乡镇收到时即为逾期；如需给家庭答复时间，请另行录入新的预警</source>
        <translation>{count} of these warnings are past their answer-by date ({refs}) and will be overdue when the township receives them; to give the household time to answer, enter a new warning</translation>
    </message>
    <message>
        <source>{county}工作日历：{year} 年放假 {holidays} 天、调休上班 {workdays} 天（未列出的日子周一至周五上班、周末休息），举报答复期限和复核计划按此计算</source>
        <translation>{county} working calendar: {year}, {holidays} holidays and {workdays} make-up working days (days not listed: Monday to Friday working, weekends off); complaint deadlines and review plans count by it</translation>
    </message>
    <message>
        <source>{day}：本办自己录入为{office}，县里的日历为{county}；保留本办录入的{office}（如应以县里的为准，请勾选“以县里的工作日历为准”后再导入）</source>
        <translation>{day}: this office entered {office}, the county&apos;s calendar says {county}; this office&apos;s {office} is kept (to follow the county, tick “以县里的工作日历为准” and import again)</translation>
    </message>
    <message>
        <source>{day}：本办自己录入为{office}，县里的日历为{county}；已按县里的改为{county}</source>
        <translation>{day}: this office entered {office}, the county&apos;s calendar says {county}; changed to the county&apos;s {county}</translation>
    </message>
    <message>
        <source>工作日历第 {row} 行的日期不是真实的日期（应为 YYYY-MM-DD，如 2027-02-06）</source>
        <translation>Working calendar row {row}: the date is not a real date (write YYYY-MM-DD, e.g. 2027-02-06)</translation>
    </message>
    <message>
        <source>工作日历第 {row} 行（{day}）的类别应为“放假”或“调休上班”</source>
        <translation>Working calendar row {row} ({day}): the kind must be “放假” (holiday) or “调休上班” (make-up working day)</translation>
    </message>
    <message>
        <source>工作日历第 {row} 行的日期 {day} 超出范围（只收 {first} 年至 {last} 年）</source>
        <translation>Working calendar row {row}: the date {day} is out of range (only {first} to {last})</translation>
    </message>
    <message>
        <source>工作日历第 {row} 行的日期 {day} 与第 {first_row} 行重复</source>
        <translation>Working calendar row {row}: the date {day} repeats row {first_row}</translation>
    </message>
    <message>
        <source>工作日历 {year} 年列出 {count} 天，超过一年最多 {max} 天，不像国家的放假安排</source>
        <translation>The working calendar lists {count} days in {year}, more than the {max} a year can have; it does not look like the national holiday arrangement</translation>
    </message>
    <message>
        <source>工作日历有 {count} 行，超过最多 {max} 行，不像国家的放假安排</source>
        <translation>The working calendar has {count} rows, more than the {max} allowed; it does not look like the national holiday arrangement</translation>
    </message>
    <message>
        <source>工作日历另有 {count} 处错误未列出</source>
        <translation>The working calendar has {count} more errors not listed</translation>
    </message>
    <message>
        <source>核对预警（{kind}）：{detail}，答复截止日期 {answer_by} 收到时已过，已登记并标为逾期，请尽快通知家庭答复（户主：{household}）</source>
        <translation>Cross-check warning ({kind}): {detail}; the answer-by date {answer_by} had already passed on receipt, registered and marked overdue, ask the household to answer promptly (head: {household})</translation>
    </message>
    <message>
        <source>注意：户主 {head}（{id_number}，户编号 {ref}）同时在“{other}”的花名册上（户编号 {other_ref}），可能重复享受低保。已登记核对预警 {warning}，待下发“{township}”核实</source>
        <translation>Note: head {head} ({id_number}, household {ref}) is also on the roster of “{other}” (household {other_ref}) and may be receiving twice. Cross-check warning {warning} registered, to be sent to “{township}” for checking</translation>
    </message>
    <message>
        <source>注意：户主 {head}（{id_number}，户编号 {ref}）同时在“{other}”的花名册上（户编号 {other_ref}），已有核对预警 {warning}</source>
        <translation>Note: head {head} ({id_number}, household {ref}) is also on the roster of “{other}” (household {other_ref}); cross-check warning {warning} already exists</translation>
    </message>
    <message>
        <source>户主同时在“{other}”的花名册上（户编号 {other_ref}，{other_village}），可能重复享受低保，请核实户籍和居住情况</source>
        <translation>The head is also on the roster of “{other}” (household {other_ref}, {other_village}) and may be receiving twice; please check household registration and residence</translation>
    </message>
    <message>
        <source>已有 {days} 天没有备份到数据文件夹以外的地方（U 盘、移动硬盘或另一块磁盘），电脑损坏时数据可能全部丢失。请管理员在“文件 → 备份文件夹”中选择位置并立即备份</source>
        <translation>No backup outside the data folder (USB drive, external disk or another disk) for {days} days; if the computer breaks, all data may be lost. Ask an administrator to choose a place in File → Backup folder and back up now</translation>
    </message>
    <message>
        <source>还没有备份到数据文件夹以外的地方（U 盘、移动硬盘或另一块磁盘），电脑损坏时数据可能全部丢失。请管理员在“文件 → 备份文件夹”中选择位置并立即备份</source>
        <translation>No backup outside the data folder (USB drive, external disk or another disk) yet; if the computer breaks, all data may be lost. Ask an administrator to choose a place in File → Backup folder and back up now</translation>
    </message>
    <message>
        <source>已有 {days} 天没有备份到选定的备份文件夹“{folder}”（U 盘或移动硬盘没有插上？），电脑损坏时数据可能全部丢失。请插上后点“文件 → 立即备份”</source>
        <translation>No backup in the chosen backup folder “{folder}” for {days} days (is the USB drive or external disk not plugged in?); if the computer breaks, all data may be lost. Plug it in, then click File → Back up now</translation>
    </message>
    <message>
        <source>还没有备份到选定的备份文件夹“{folder}”（U 盘或移动硬盘没有插上？），电脑损坏时数据可能全部丢失。请插上后点“文件 → 立即备份”</source>
        <translation>No backup in the chosen backup folder “{folder}” yet (is the USB drive or external disk not plugged in?); if the computer breaks, all data may be lost. Plug it in, then click File → Back up now</translation>
    </message>
    <message>
        <source>账号与备份时不同的有 {count} 处。恢复只恢复业务数据，账号、角色、密码和找回码保持现在的样子，不回到备份时：</source>
        <translation>The accounts differ from the backup&apos;s in {count} places. The restore brings back the data only; the accounts, roles, passwords and recovery code stay as they are now:</translation>
    </message>
    <message>
        <source>账号“{name}”：备份之后新建，备份中没有（恢复后保留）</source>
        <translation>Account &quot;{name}&quot;: created after the backup, not in it (kept after the restore)</translation>
    </message>
    <message>
        <source>账号“{name}”：备份中有，现在没有（恢复后也没有）</source>
        <translation>Account &quot;{name}&quot;: in the backup, not in the store now (not there after the restore either)</translation>
    </message>
    <message>
        <source>账号“{name}”：现已停用，备份时是启用的（恢复后仍停用）</source>
        <translation>Account &quot;{name}&quot;: disabled now, enabled in the backup (stays disabled after the restore)</translation>
    </message>
    <message>
        <source>账号“{name}”：现为启用，备份时是停用的（恢复后仍启用）</source>
        <translation>Account &quot;{name}&quot;: enabled now, disabled in the backup (stays enabled after the restore)</translation>
    </message>
    <message>
        <source>账号“{name}”：角色现为{roles_now}，备份时为{roles_then}（恢复后仍为{roles_now}）</source>
        <translation>Account &quot;{name}&quot;: roles now {roles_now}, in the backup {roles_then} (still {roles_now} after the restore)</translation>
    </message>
    <message>
        <source>账号“{name}”：密码在备份之后改过（恢复后仍用现在的密码，备份时的旧密码不能登录）</source>
        <translation>Account &quot;{name}&quot;: password changed after the backup (the present password stays; the backup&apos;s old one does not sign in)</translation>
    </message>
    <message>
        <source>管理员找回码在备份之后换过（恢复后仍用现在的找回码，备份时的旧找回码无效）</source>
        <translation>The administrator&apos;s recovery code was replaced after the backup (the present code stays; the backup&apos;s old code is not valid)</translation>
    </message>
    <message>
        <source>账号保持现在的样子，不随备份恢复。确认恢复吗？</source>
        <translation>The accounts stay as they are now and are not restored from the backup. Restore?</translation>
    </message>
    <message>
        <source>备份文件“{path}”在检查之后被改动过，没有恢复，当前数据未改变。请重新选择该文件，检查后再恢复</source>
        <translation>The backup file &quot;{path}&quot; was changed after it was checked: nothing was restored, the current data is unchanged. Choose the file again and restore it after the check</translation>
    </message>
    <message>
        <source>正在备份到“{folder}”并核对…</source>
        <translation>Backing up to &quot;{folder}&quot; and checking…</translation>
    </message>
    <message>
        <source>正在把备份复制到第二个文件夹“{folder}”并核对…</source>
        <translation>Copying the backup to the second folder &quot;{folder}&quot; and checking…</translation>
    </message>
    <message>
        <source>正在按保留规则整理旧备份…</source>
        <translation>Removing old backups by the keeping rules…</translation>
    </message>
    <message>
        <source>正在复制备份文件“{name}”并核对校验值（SHA-256）…</source>
        <translation>Copying the backup file &quot;{name}&quot; and checking its checksum (SHA-256)…</translation>
    </message>
    <message>
        <source>正在核对备份文件“{name}”的校验值（SHA-256）…</source>
        <translation>Checking the checksum (SHA-256) of the backup file &quot;{name}&quot;…</translation>
    </message>
    <message>
        <source>正在检查备份中的数据是否完整…</source>
        <translation>Checking that the data in the backup is intact…</translation>
    </message>
    <message>
        <source>正在核对备份中的一户一档文件（共 {count} 个）…</source>
        <translation>Checking the household documents in the backup ({count} in all)…</translation>
    </message>
    <message>
        <source>正在把当前数据另存为一份备份（恢复前的数据）…</source>
        <translation>Saving the current data as a backup (the data before restoring)…</translation>
    </message>
    <message>
        <source>正在用备份替换当前数据…</source>
        <translation>Replacing the current data with the backup…</translation>
    </message>
    <message>
        <source>文件名“{name}”含有 U 盘和 Windows 不允许的字符（{chars}），请去掉这些字符后再试</source>
        <translation>The file name “{name}” has characters a USB stick and Windows do not allow ({chars}); remove them and try again</translation>
    </message>
    <message>
        <source>文件名“{name}”以点或空格结尾，Windows 会把它们去掉，存下的文件就不叫这个名字了，请去掉后再试</source>
        <translation>The file name “{name}” ends with a dot or a space, which Windows removes, so the saved file would have another name; remove it and try again</translation>
    </message>
    <message>
        <source>“{name}”是 Windows 留作设备用的名字（如 CON、NUL、COM1），不能用作文件名，请换一个名字</source>
        <translation>“{name}” is a name Windows keeps for devices (such as CON, NUL, COM1) and cannot be a file name; choose another name</translation>
    </message>
    <message>
        <source>文件名“{name}”太长，U 盘上存不下，请缩短到 {limit} 个字以内（不算“.xlsx”）再试</source>
        <translation>The file name “{name}” is too long for the USB stick; shorten it to {limit} characters or fewer (not counting “.xlsx”) and try again</translation>
    </message>
    <message>
        <source>案件 {case_id}（户主 {head}）：</source>
        <translation>Case {case_id} (head of household {head}): </translation>
    </message>
    <message>
        <source>审批日期 {date} 晚于今天（{today}），不能预先审批，请核对</source>
        <translation>Approval date {date} is after today ({today}); a case cannot be approved in advance. Please check</translation>
    </message>
    <message>
        <source>审批日期 {date} 早于乡镇审核日期 {reviewed}，请核对</source>
        <translation>Approval date {date} is before the township review date {reviewed}. Please check</translation>
    </message>
    <message>
        <source>注意：第 {case} 号案件乡镇已终止，县局不再审批（{township}{village} {head}）；已作出但尚未下发的审批结果（{decision}，审批日期 {on}）已撤回，不再下发</source>
        <translation>Note: case {case} was ended by the township; the county no longer decides it ({township} {village} {head}); the decision made but not yet sent ({decision}, dated {on}) is withdrawn and will not be sent</translation>
    </message>
    <message>
        <source>“{township}”{period} 花名册早于本县已有的 {held} 花名册，已收到，未替换（仍以 {held} 为该乡镇的花名册）</source>
        <translation>&quot;{township}&quot; roster for {period} is older than the {held} roster the county already holds; received, not replaced ({held} remains this township&apos;s roster)</translation>
    </message>
    <message>
        <source>更新“{township}”{period} 追回登记：{entries} 条（原 {before} 条），尚欠合计 {balance} 元{awaiting}</source>
        <translation>Updated recoveries of &quot;{township}&quot; {period}: {entries} entries (was {before}), {balance} yuan owed in total{awaiting}</translation>
    </message>
    <message>
        <source>；已收回中有 {awaiting} 元为造册扣减、待银行回执（银行回盘为成功后才实际收回）</source>
        <translation>; {awaiting} yuan of the amount recovered are roster deductions awaiting the bank&apos;s answer (recovered only once the bank reports them paid)</translation>
    </message>
    <message>
        <source>“{township}”{period} 另有补发、专项补贴造册 {rosters} 份：{households} 户次，金额 {amount} 元（{names}）；不计入上面常规造册与账册的核对</source>
        <translation>&quot;{township}&quot; {period} also has {rosters} back-pay or special-subsidy rosters: {households} payments, {amount} yuan ({names}); not part of the regular roster&apos;s check against the ledger above</translation>
    </message>
    <message>
        <source>计算保障金</source>
        <translation>Computing benefits</translation>
    </message>
    <message>
        <source>密码不能全是空格</source>
        <translation>A password cannot be spaces only</translation>
    </message>
    <message>
        <source>账号“{name}”与已有的账号“{existing}”只差全角半角或大小写，登录时无法区分。请换一个名称</source>
        <translation>The account name “{name}” differs from the existing account “{existing}” only in full-width/half-width characters or case, so the two could not be told apart at sign-in. Please choose another name</translation>
    </message>
    <message>
        <source>账号或密码不正确（同一账号连续输错 {failures} 次将锁定 {minutes} 分钟）</source>
        <translation>Wrong account name or password (an account is locked for {minutes} minutes after {failures} wrong passwords in a row)</translation>
    </message>
    <message>
        <source>账号“{name}”已被管理员停用，不能登录。请找管理员</source>
        <translation>Account &quot;{name}&quot; was disabled by an administrator and cannot sign in. Please ask an administrator</translation>
    </message>
    <message>
        <source>当前密码不对，密码没有改</source>
        <translation>The current password is wrong; the password was not changed</translation>
    </message>
    <message>
        <source>恢复码不对。请核对抄在纸上的恢复码（最近一次生成或使用后给出的那一个）</source>
        <translation>The recovery code is wrong. Check the code written down (the one given last, when it was made or used)</translation>
    </message>
    <message>
        <source>本单位的数据还没有生成过恢复码，无法这样找回。请另一位管理员在“设置 → 账号”中为您设置新密码</source>
        <translation>This office&apos;s data has no recovery code yet. Ask another administrator to set a new password in Settings → Accounts</translation>
    </message>
    <message>
        <source>“{name}”不是启用的管理员账号。恢复码只能为管理员设置新密码；其他账号请管理员设置</source>
        <translation>&quot;{name}&quot; is not an active administrator account. The recovery code sets administrators&apos; passwords only; ask an administrator for other accounts</translation>
    </message>
    <message>
        <source>账号“{name}”已被管理员停用，这项操作没有做。请用其他账号登录</source>
        <translation>An administrator disabled the account &quot;{name}&quot;; this was not done. Sign in with another account</translation>
    </message>
    <message>
        <source>不能停用自己正在使用的账号“{name}”。请用另一个管理员账号登录后停用它</source>
        <translation>You cannot disable the account you are signed in with (“{name}”). Sign in with another administrator account to disable it</translation>
    </message>
    <message>
        <source>需要{what}，但本命令的输入不是终端（被重定向到文件或管道）。为免把文件内容当作{what}，程序不从中读取：请在命令行窗口中直接运行并在提示时输入，或设置环境变量 {env}</source>
        <translation>{what} is needed, but this command&apos;s input is not a terminal (it is redirected from a file or a pipe). So that a file&apos;s contents are never taken for {what}, nothing is read from it: run the command in a command window and type it when asked, or set the environment variable {env}</translation>
    </message>
    <message>
        <source>数据在 PostgreSQL 数据库服务器上：请用数据库自己的备份（pg_dump）和恢复（pg_restore），本程序的备份和恢复只用于数据文件</source>
        <translation>The data is on a PostgreSQL server: use the database&apos;s own backup (pg_dump) and restore (pg_restore); this program&apos;s backup and restore are for data files only</translation>
    </message>
    <message>
        <source>“{folder}”是一个文件，不是文件夹：请选一个文件夹（如 U 盘的根目录）作为备份文件夹</source>
        <translation>&quot;{folder}&quot; is a file, not a folder: choose a folder (such as the USB stick&apos;s top folder) as the backup folder</translation>
    </message>
    <message>
        <source>“{folder}”在本程序的数据文件夹里，和数据在同一块磁盘上，电脑坏了会一起丢失。请选 U 盘、移动硬盘或另一块磁盘上的文件夹</source>
        <translation>“{folder}” is inside this program&apos;s data folder, on the same disk as the data, and would be lost with it if the computer fails. Please choose a folder on a USB stick, an external drive or another disk</translation>
    </message>
    <message>
        <source>备份无法写入“{folder}”（U 盘或磁盘出错），请检查后再试</source>
        <translation>The backup could not be written to &quot;{folder}&quot; (a USB stick or disk error). Check and try again</translation>
    </message>
    <message>
        <source>备份无法写入“{folder}”：没有写入权限，或 U 盘有写保护。请换一个文件夹，或把 U 盘的写保护开关拨到可写一侧后再试</source>
        <translation>The backup could not be written to &quot;{folder}&quot;: no permission to write there, or the USB stick is write-protected. Choose another folder, or slide the stick&apos;s lock switch to the writable side and try again</translation>
    </message>
    <message>
        <source>一户一档的文件“{path}”不见了，备份中没有它（其他数据和文件已备份）。请在该户的档案中重新添加</source>
        <translation>Household document “{path}” is missing and is not in the backup (all other data and documents were backed up). Add it again in the household&apos;s file</translation>
    </message>
    <message>
        <source>一户一档的文件“{path}”已被改动，与存档时不符，备份中没有它（其他数据和文件已备份）。请在该户的档案中重新添加</source>
        <translation>Household document “{path}” was changed since it was filed and is not in the backup (all other data and documents were backed up). Add it again in the household&apos;s file</translation>
    </message>
    <message>
        <source>备份“{path}”中的一户一档文件不完整或已损坏，不能使用</source>
        <translation>The household documents in backup “{path}” are incomplete or damaged and cannot be used</translation>
    </message>
    <message>
        <source>备份“{path}”缺少一户一档文件的压缩包（{archive}），不能完整恢复</source>
        <translation>Backup “{path}” lacks its household documents archive ({archive}) and cannot be fully restored</translation>
    </message>
    <message>
        <source>文件“{path}”旁边有“{wal}”：这是从数据文件夹直接复制（或正在使用）的数据文件，不是备份，最近的修改还在“{wal}”里，直接恢复会丢失这些修改。请先把它做成备份：dibao-desk --data-dir &quot;{folder}&quot; backup，再恢复生成的备份</source>
        <translation>“{path}” has “{wal}” beside it: it is a data file copied straight out of a data folder (or still in use), not a backup, and its latest changes are still in “{wal}”; restoring it as it is would lose them. Make it into a backup first: dibao-desk --data-dir &quot;{folder}&quot; backup, then restore the backup made</translation>
    </message>
    <message>
        <source>该备份由旧版程序写入（版本 {revision}），升级到本程序的数据版本时出错，没有恢复，当前数据未改变</source>
        <translation>This backup was written by an older version of the program (version {revision}); upgrading it to this program&apos;s data version failed, so nothing was restored and the current data is unchanged</translation>
    </message>
    <message>
        <source>这是县民政局（县级模式）数据的备份：{name}（{code}），不能恢复到乡镇的数据中</source>
        <translation>This is a backup of a county civil affairs bureau&apos;s data (county mode): {name} ({code}); it cannot be restored into a township&apos;s data</translation>
    </message>
    <message>
        <source>这是乡镇的数据备份：{name}（{code}），不能恢复到县民政局（县级模式）的数据中</source>
        <translation>This is a backup of a township&apos;s data: {name} ({code}); it cannot be restored into a county civil affairs bureau&apos;s data (county mode)</translation>
    </message>
    <message>
        <source>“{path}”是一个文件夹，不是文件：请换一个文件名再试</source>
        <translation>&quot;{path}&quot; is a folder, not a file: choose another file name</translation>
    </message>
    <message>
        <source>“{path}”是一个文件，不是文件夹，不能把文件写在它里面：请换一个文件夹再试</source>
        <translation>&quot;{path}&quot; is a file, not a folder, so nothing can be written inside it: choose another folder</translation>
    </message>
    <message>
        <source>找不到“{path}”或它所在的文件夹（U 盘可能已拔出，或文件夹不存在），请检查后再试</source>
        <translation>Cannot find &quot;{path}&quot; or its folder (the USB stick may have been pulled out, or the folder does not exist). Check and try again</translation>
    </message>
    <message>
        <source>没有权限读写“{path}”：它可能正被其他程序（如 Excel、WPS）打开，或 U 盘有写保护。请关闭后再试</source>
        <translation>No permission to read or write &quot;{path}&quot;: another program (Excel, WPS) may have it open, or the USB stick is write-protected. Close it and try again</translation>
    </message>
    <message>
        <source>无法读写“{path}”（U 盘或磁盘出错），请检查后再试</source>
        <translation>Cannot read or write &quot;{path}&quot; (a USB stick or disk error). Check and try again</translation>
    </message>
    <message>
        <source>第 {row} 行：</source>
        <translation>Row {row}: </translation>
    </message>
    <message>
        <source>户编号 {row}：</source>
        <translation>Household {row}: </translation>
    </message>
    <message>
        <source>收入“{value}”不是金额，未登记收入</source>
        <translation>Income &quot;{value}&quot; is not an amount; no income recorded</translation>
    </message>
    <message>
        <source>该户（户主 {head}）现为“{status}”，不能删除：只有误登记、尚未申请的家庭才能删除</source>
        <translation>This household (head {head}) is now &quot;{status}&quot; and cannot be deleted: only a household registered by mistake that has not applied can be deleted</translation>
    </message>
    <message>
        <source>已删除的家庭（户主 {head}）</source>
        <translation>Deleted household (head {head})</translation>
    </message>
    <message>
        <source>该户（户主 {head}）已有 {refs}，不能删除；如需停止保障请办理取消</source>
        <translation>This household (head {head}) already has {refs} and cannot be deleted; to stop its benefit, process a cancellation</translation>
    </message>
    <message>
        <source>数据由更新版本的 dibao-desk 创建（数据版本 {revision}），本程序无法打开，数据未作任何改动。请安装新版 dibao-desk 后再打开</source>
        <translation>The data was created by a newer version of dibao-desk (data version {revision}). This program cannot open it and has not changed it in any way. Please install the new version of dibao-desk and open it again</translation>
    </message>
    <message>
        <source>数据已升级（原数据副本：{copy}）</source>
        <translation>The data has been upgraded (copy of the original data: {copy})</translation>
    </message>
    <message>
        <source>数据已升级（服务器上的数据库，原数据请用服务器的备份保存）</source>
        <translation>The data has been upgraded (a database on a server: the server&apos;s own backups keep the original data)</translation>
    </message>
    <message>
        <source>数据升级失败，原数据未作任何改动（版本 {revision}），原数据副本：{copy}。请暂时继续使用旧版程序，并把数据文件夹中的 dibao-desk.log 交给技术人员</source>
        <translation>Upgrading the data failed; the original data has not been changed (version {revision}). Copy of the original data: {copy}. Please keep using the old version of the program for now, and give dibao-desk.log from the data folder to a technician</translation>
    </message>
    <message>
        <source>升级数据前未能保存原数据副本（{path}），数据未作任何改动、也未升级：请检查磁盘空间和写入权限后再打开</source>
        <translation>A copy of the original data ({path}) could not be saved before upgrading, so the data has been neither changed nor upgraded. Please check the free disk space and write permissions, then open it again</translation>
    </message>
    <message>
        <source>新增申请 {case_id}（户 {household_id}，户主 {head}）已过乡镇审核，却没有拟定类别或拟定月保障金：请退回乡镇审核（案件页的“退回乡镇审核…”，或命令 dibao-desk return-review {case_id}），补录拟定类别和金额后再报县</source>
        <translation>New application {case_id} (household {household_id}, head {head}) passed the township review without a proposed class or monthly benefit: return it to the township review (“Return to township review…” on the case page, or the command dibao-desk return-review {case_id}) and enter the class and amount before sending it to the county</translation>
    </message>
    <message>
        <source>新增申请 {case_id}（户 {household_id}，户主 {head}）已报县，却没有拟定类别或拟定月保障金：请退回乡镇审核（案件页的“退回乡镇审核…”，或命令 dibao-desk return-review {case_id}），补录拟定类别和金额后，随下一次案件包重新报县</source>
        <translation>New application {case_id} (household {household_id}, head {head}) was sent to the county without a proposed class or monthly benefit: return it to the township review (“Return to township review…” on the case page, or the command dibao-desk return-review {case_id}), enter the class and amount, and it is sent again with the next cases package</translation>
    </message>
    <message>
        <source>起始月份 {month.year}年{month.month}月 早于申请月份（{opened_on.year}年{opened_on.month}月）</source>
        <translation>Start month {month.month}/{month.year} is before the application month ({opened_on.month}/{opened_on.year})</translation>
    </message>
    <message>
        <source>起始月份 {month.year}年{month.month}月 晚于批准的次月（{latest.year}年{latest.month}月），请核对年份和月份</source>
        <translation>The start month {month.month}/{month.year} is later than the month after the grant ({latest.month}/{latest.year}); please check the year and month</translation>
    </message>
    <message>
        <source>月份应写成 YYYY-MM，例如 2026-12（也可写 2026年12月）</source>
        <translation>Write the month as YYYY-MM, e.g. 2026-12 (or 2026年12月)</translation>
    </message>
    <message>
        <source>{period} 的常规造册与已审核的 {other} 常规造册（审核人：{by}）都发 {months} 的保障金，这些月份已经造册发放，不能再发一次；请只为其余月份造册：{rest}（造册周期按季度时也可按月造册）</source>
        <translation>The regular roster for {period} and the signed regular roster for {other} (signed by {by}) both pay {months}; those months are paid already and cannot be paid again. Make rosters only for the other months: {rest} (months may be rostered one by one even when the cycle is quarterly)</translation>
    </message>
    <message>
        <source>{period} 的月份（{months}）已由已审核的 {other} 常规造册（审核人：{by}）发放，不能再发一次，不必为 {period} 造册</source>
        <translation>The months of {period} ({months}) are paid by the signed regular roster for {other} (signed by {by}) and cannot be paid again; no roster is needed for {period}</translation>
    </message>
    <message>
        <source>{months} 没有常规造册：台账上这些月份有应发的保障金，至今未造册发放（共 {count} 个月）。请补造 {periods} 的常规造册并审核，迟发的月份照常发放；造册周期按季度时也可按月造册</source>
        <translation>{months} have no regular roster: the ledger owes benefit for them and nothing has been paid ({count} months). Make and sign regular rosters for {periods}; late months are paid as usual, and months may be rostered one by one even when the cycle is quarterly</translation>
    </message>
    <message>
        <source>{months} 的常规造册还是草稿，尚未审核，这些月份的保障金还没有发放。请审核这些草稿（或按 {periods} 重新造册后审核）</source>
        <translation>The regular rosters for {months} are still unsigned drafts, so those months are not paid yet. Sign the drafts (or make rosters for {periods} again and sign them)</translation>
    </message>
    <message>
        <source>；追回登记定为现金退回，本期不扣减，另行追回</source>
        <translation>; the recovery register says it is repaid in cash: not deducted this period, recovered separately</translation>
    </message>
    <message>
        <source>重发 {period} 造册第 {position} 行：{months}（银行退回：{bank_reason}；账号已由 {before} 更正为 {after}）</source>
        <translation>Repay {period} roster row {position}: {months} (returned by bank: {bank_reason}; account corrected from {before} to {after})</translation>
    </message>
    <message>
        <source>银行账号“{account}”有 {length} 位，不像银行卡号（16～19 位）或存折账号（8～20 位）</source>
        <translation>Bank account “{account}” has {length} digits: neither a card number (16–19 digits) nor a passbook account (8–20 digits)</translation>
    </message>
    <message>
        <source>银行账号“{account}”有 {length} 位，超过银行代发文件账号栏的 {max} 位，不能登记（不会截断）：请向开户行索取该户的银行卡号（16～19 位，如惠民惠农一卡通）或 {max} 位以内的账号</source>
        <translation>Bank account “{account}” has {length} digits, more than the {max} of the bank file&apos;s account column, and cannot be registered (it is never cut): ask the bank for the household&apos;s card number (16–19 digits, such as the benefits card) or an account of at most {max} digits</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”无法读取（可能正被其他程序打开），请关闭后再试</source>
        <translation>Bank file layout &quot;{file}&quot; cannot be read (another program may have it open). Close it and try again</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”第 {line} 行写法不对（不是正确的 JSON/TOML），请对照说明改正</source>
        <translation>Line {line} of bank file layout &quot;{file}&quot; is not written correctly (not valid JSON/TOML). Correct it following the instructions</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”写法不对（不是正确的 JSON/TOML），请对照说明改正</source>
        <translation>Bank file layout &quot;{file}&quot; is not written correctly (not valid JSON/TOML). Correct it following the instructions</translation>
    </message>
    <message>
        <source>银行文件格式文件“{file}”不是 UTF-8 编码的文字，请用记事本“另存为”UTF-8 后再放入</source>
        <translation>Bank file layout &quot;{file}&quot; is not UTF-8 text. Save it as UTF-8 in Notepad (Save As) and put it back</translation>
    </message>
    <message>
        <source>{on} 新增家庭成员后，该户的成员或收入又修改过（或登记了成员变故），不能自动撤销：请在“修改家庭信息”中删除误增的成员{moved}</source>
        <translation>After the member added on {on}, the household&apos;s members or income changed again (or a member event was recorded), so this cannot be undone automatically: delete the member added by mistake in the household form{moved}</translation>
    </message>
    <message>
        <source>{on} 新增的成员已是户主或收款人，不能自动撤销：请在“修改家庭信息”中先改定户主和收款人，再删除误增的成员{moved}</source>
        <translation>The member added on {on} is now the head or the account holder, so this cannot be undone automatically: in the household form, set the head and account holder first, then delete the member added by mistake{moved}</translation>
    </message>
    <message>
        <source>；其中 {name} 是从{village}户主“{head}”的家庭（户编号 {household_id}）转入的，删除后即不在任何一户：请再在该户“修改家庭信息”中按原样补录（关系、人员状态及日期、收入）</source>
        <translation>; {name} moved in from the household of {head} in {village} (household {household_id}) and, once deleted, belongs to no household: enter them again in that household&apos;s form as they were (relation, status and date, income)</translation>
    </message>
    <message>
        <source>找不到编号为 {line} 的造册行</source>
        <translation>There is no roster line with id {line}</translation>
    </message>
    <message>
        <source>请填写扣减所在造册的期间（如 2026-12），造册序号在该期造册中查找</source>
        <translation>Give the period of the roster the deduction was made on (such as 2026-12): the line number is looked up on that roster</translation>
    </message>
    <message>
        <source>{period} 还没有{kind}造册，请核对扣减所在的造册期间</source>
        <translation>There is no {kind} roster for {period} yet; check the period of the deduction</translation>
    </message>
    <message>
        <source>{period} {kind}造册没有第 {line} 行（共 {count} 行），请核对扣减所在的造册序号</source>
        <translation>The {period} {kind} roster has no line {line} ({count} lines); check the line number of the deduction</translation>
    </message>
    <message>
        <source>{period} {kind}造册第 {line} 行是{head}（户编号 {household}）的，不是这一户（{own_head}）的，请核对扣减所在的造册序号</source>
        <translation>Line {line} of the {period} {kind} roster is {head}&apos;s (household {household}), not this household&apos;s ({own_head}); check the line number of the deduction</translation>
    </message>
    <message>
        <source>{period} {kind}造册第 {line} 行的扣减已经登记过，不能重复登记</source>
        <translation>The deduction on line {line} of the {period} {kind} roster is already recorded; it cannot be recorded twice</translation>
    </message>
    <message>
        <source>第 {line} 行在 {roster} 的造册中，不在 {period} 的造册中，请核对扣减所在的造册序号和期间</source>
        <translation>Line {line} is on the {roster} roster, not the {period} one; check the line number and period of the deduction</translation>
    </message>
    <message>
        <source>无法写入“{path}”：文件可能正在被其他程序（如 WPS、Adobe Reader）打开，请关闭后再试</source>
        <translation>Cannot write &quot;{path}&quot;: the file may be open in another program (such as WPS or Adobe Reader); close it and try again</translation>
    </message>
    <message>
        <source>文件“{name}”太大（{size_mb} MB，上限 {limit_mb} MB），不像是要导入的表格或数据包，已拒绝。请确认选对了文件</source>
        <translation>File &quot;{name}&quot; is too large ({size_mb} MB, the limit is {limit_mb} MB) to be a list or package to import, and was refused. Check that the right file was chosen</translation>
    </message>
    <message>
        <source>批准（纳入）时间“{value}”看不出是哪年哪月，未登记，本户的首次复核按导入当天计</source>
        <translation>Grant date &quot;{value}&quot; does not show a year and month; not recorded, the first review counts from the import day</translation>
    </message>
    <message>
        <source>花名册中为{category} {yuan} 元/月，系统中在保为{stored_category} {stored_yuan} 元/月：导入不改保障金，确认导入后提出变更建议，按规定程序审批后才生效</source>
        <translation>The roster has {category} {yuan} yuan/month, the system records {stored_category} {stored_yuan} yuan/month: the import does not change the benefit; after the import a change is proposed, which takes effect only after approval</translation>
    </message>
    <message>
        <source>花名册《{file}》为{category} {yuan} 元/月，与在保记录不同</source>
        <translation>Roster &quot;{file}&quot; has {category} {yuan} yuan/month, unlike the record</translation>
    </message>
    <message>
        <source>该户在系统中为“{status}”，花名册中的类别、金额不导入</source>
        <translation>This household is &quot;{status}&quot; in the system; the roster&apos;s class and amount are not imported</translation>
    </message>
    <message>
        <source>花名册中的家庭月收入 {yuan} 元与系统中的 {stored_yuan} 元不同：未更新，请在复核时核实</source>
        <translation>The roster&apos;s household income {yuan} yuan/month differs from the system&apos;s {stored_yuan} yuan: not updated; check it at the review</translation>
    </message>
    <message>
        <source>系统中登记的 {names}（{count} 人）不在本花名册中：确认导入后按 {on} 迁出登记，本户转为需要复核</source>
        <translation>{names} ({count} persons) registered in the program are not on this roster: once the import is confirmed they are recorded as moved away on {on} and the household needs a review</translation>
    </message>
    <message>
        <source>15 位旧身份证号已转换为 18 位：{value}</source>
        <translation>Old 15-digit ID number converted to 18 digits: {value}</translation>
    </message>
    <message>
        <source>找不到文件 {path}</source>
        <translation>File {path} not found</translation>
    </message>
    <message>
        <source>这不是 Excel 工作簿（.xlsx）文件，无法作为数据包导入</source>
        <translation>Not an Excel workbook (.xlsx); cannot import as a package</translation>
    </message>
    <message>
        <source>这个工作簿不是低保数据包：缺少“包信息”或格式标识不对。请确认拿到的是县民政局或乡镇导出的数据包，而不是普通表格</source>
        <translation>This workbook is not a dibao package: the &quot;包信息&quot; sheet is missing or its format mark is wrong. Make sure it is a package exported by the county bureau or a township, not an ordinary sheet</translation>
    </message>
    <message>
        <source>这个工作簿不是低保数据包：缺少“{sheet}”工作表</source>
        <translation>This workbook is not a dibao package: sheet &quot;{sheet}&quot; is missing</translation>
    </message>
    <message>
        <source>数据包的“包信息”缺少或写错了“{field}”一项，无法确认来源，已拒绝</source>
        <translation>The package&apos;s &quot;包信息&quot; lacks or has a wrong &quot;{field}&quot;; its origin cannot be confirmed; refused</translation>
    </message>
    <message>
        <source>数据包的“包信息”缺少或写错了工作表“{sheet}”的数据行数，无法确认来源，已拒绝</source>
        <translation>The package&apos;s &quot;包信息&quot; lacks or has a wrong row count for sheet &quot;{sheet}&quot;; its origin cannot be confirmed; refused</translation>
    </message>
    <message>
        <source>不认识的数据包类别“{kind}”</source>
        <translation>Unknown package type &quot;{kind}&quot;</translation>
    </message>
    <message>
        <source>数据包由更新版本的程序生成（格式版本 {version}，本程序只能读到版本 {supported}），请先升级本程序再导入</source>
        <translation>The package was made by a newer version (format {version}; this program reads up to {supported}); upgrade this program first</translation>
    </message>
    <message>
        <source>数据包缺少工作表“{sheet}”，文件不完整</source>
        <translation>The package lacks sheet &quot;{sheet}&quot;; the file is incomplete</translation>
    </message>
    <message>
        <source>数据包的工作表“{sheet}”是空的，文件不完整</source>
        <translation>Sheet &quot;{sheet}&quot; of the package is empty; the file is incomplete</translation>
    </message>
    <message>
        <source>工作表“{sheet}”的列与格式不符：应为 {expected}，实际为 {found}。数据包可能被人改动过</source>
        <translation>Columns of sheet &quot;{sheet}&quot; do not match the format: expected {expected}, found {found}. The package may have been altered</translation>
    </message>
    <message>
        <source>工作表“{sheet}”应有 {expected} 行数据，实际有 {found} 行。数据包不完整或被改动过</source>
        <translation>Sheet &quot;{sheet}&quot; should have {expected} data rows but has {found}. The package is incomplete or altered</translation>
    </message>
    <message>
        <source>数据包的校验值不对：内容在导出后被改动过或文件已损坏。请对方重新导出，不要手工修改数据包</source>
        <translation>Wrong package checksum: the content was changed after export or the file is damaged. Ask the sender to export again; never edit a package by hand</translation>
    </message>
    <message>
        <source>数据包写入后读回核对不一致，未保存。请检查 U 盘或磁盘后重试（{path}）</source>
        <translation>The package read back after writing did not match; not saved. Check the USB drive or disk and try again ({path})</translation>
    </message>
    <message>
        <source>这个数据包（{kind_word}）不应在本单位导入：乡镇只导入县里下发的数据包，县里只导入乡镇上报的数据包</source>
        <translation>This package ({kind_word}) is not for this office: a township imports only packages from the county, the county only packages from townships</translation>
    </message>
    <message>
        <source>这个数据包是发给“{name}”（代码 {code}）的，不是本乡镇（{ours}）的，已拒绝</source>
        <translation>This package is for &quot;{name}&quot; (code {code}), not this township ({ours}); refused</translation>
    </message>
    <message>
        <source>这个数据包来自“{name}”（代码 {code}），不属于本县（{ours}），已拒绝</source>
        <translation>This package comes from &quot;{name}&quot; (code {code}), not in this county ({ours}); refused</translation>
    </message>
    <message>
        <source>这个数据包已经导入过（第 {sequence} 号，{received_at}），不能重复导入</source>
        <translation>This package was already imported (no. {sequence}, {received_at}); cannot import twice</translation>
    </message>
    <message>
        <source>这个数据包的顺序号是第 {sequence} 号，本机已收到第 {last} 号，属于重复或过期的数据包，已拒绝</source>
        <translation>This package is no. {sequence}, but no. {last} was already received here; a repeated or outdated package; refused</translation>
    </message>
    <message>
        <source>这个数据包是第 {sequence} 号，但本机应当先收到第 {expected} 号（缺 {missing} 个）。请先导入缺少的数据包，或请对方重新导出</source>
        <translation>This package is no. {sequence}, but no. {expected} should come first ({missing} missing). Import the missing packages first, or ask the sender to export again</translation>
    </message>
    <message>
        <source>“{column}”未填写</source>
        <translation>&quot;{column}&quot; missing</translation>
    </message>
    <message>
        <source>“{column}”不是有效日期：“{value}”（应为 YYYY-MM-DD）</source>
        <translation>&quot;{column}&quot; is not a valid date: &quot;{value}&quot; (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>“{column}”的内容“{value}”不在规定范围内（可填：{allowed}）</source>
        <translation>&quot;{column}&quot; value &quot;{value}&quot; is not allowed (allowed: {allowed})</translation>
    </message>
    <message>
        <source>“{column}”应为数字</source>
        <translation>&quot;{column}&quot; must be a number</translation>
    </message>
    <message>
        <source>“{column}”不是有效的身份证号：“{value}”</source>
        <translation>&quot;{column}&quot; is not a valid ID number: &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>不批准时必须填写“{column}”</source>
        <translation>&quot;{column}&quot; is required when not approving</translation>
    </message>
    <message>
        <source>案件 {case} 在本数据包中出现了不止一次，只处理第一行</source>
        <translation>Case {case} appears more than once in this package; only the first row is used</translation>
    </message>
    <message>
        <source>本乡镇没有编号为 {case} 的案件</source>
        <translation>This township has no case {case}</translation>
    </message>
    <message>
        <source>案件 {case} 的户主身份证号与本乡镇记录（{head}）不一致</source>
        <translation>The head&apos;s ID number of case {case} differs from this township&apos;s record ({head})</translation>
    </message>
    <message>
        <source>案件 {case}（{head}）目前不在等待县民政局审批，未处理</source>
        <translation>Case {case} ({head}) is not waiting for county approval; not handled</translation>
    </message>
    <message>
        <source>案件 {case} 县里已经审批，不能再次上报</source>
        <translation>Case {case} was already decided by the county; cannot report it again</translation>
    </message>
    <message>
        <source>第 {row} 行的项目代码“{key}”不认识</source>
        <translation>Row {row}: item code &quot;{key}&quot; not recognized</translation>
    </message>
    <message>
        <source>第 {row} 行“{key}”的数值“{value}”不对</source>
        <translation>Row {row}: value &quot;{value}&quot; of &quot;{key}&quot; is wrong</translation>
    </message>
    <message>
        <source>身份证号 {id_number} 不是本乡镇登记的家庭成员</source>
        <translation>ID number {id_number} is not a member of a household registered in this township</translation>
    </message>
    <message>
        <source>预警 {ref} 已经收到过</source>
        <translation>Warning {ref} was already received</translation>
    </message>
    <message>
        <source>请先在设置中填写本单位信息</source>
        <translation>Enter your office&apos;s details in Settings first</translation>
    </message>
    <message>
        <source>请选择要下发的乡镇</source>
        <translation>Choose the township to send to</translation>
    </message>
    <message>
        <source>还没有导出过这类数据包，无法重新导出</source>
        <translation>No package of this type was exported yet; nothing to export again</translation>
    </message>
    <message>
        <source>有 {count} 户没有银行账号，造册中账号为空（第 {rows} 行），请补录后重新导出</source>
        <translation>{count} households have no bank account; their account is blank in the payroll (rows {rows}). Add them and export again</translation>
    </message>
    <message>
        <source>还没有录入本县的政策标准（示例标准不下发）</source>
        <translation>Your county&apos;s policy standards are not entered (the sample standards are not sent)</translation>
    </message>
    <message>
        <source>答复结果不对</source>
        <translation>Wrong answer result</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的核对预警</source>
        <translation>No cross-check warning number {id}</translation>
    </message>
    <message>
        <source>只有县民政局模式才能使用此功能</source>
        <translation>Only in county bureau mode</translation>
    </message>
    <message>
        <source>没有代码为 {code} 的乡镇，请先导入该乡镇的数据包</source>
        <translation>No township with code {code}; import that township&apos;s package first</translation>
    </message>
    <message>
        <source>“{name}”没有待下发的审批结果</source>
        <translation>No decisions waiting to be sent to &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>该案件已审批，不能重复审批</source>
        <translation>This case is already decided; cannot decide again</translation>
    </message>
    <message>
        <source>该案件乡镇已终止（乡镇最近上报的待审批案件中已没有它），县局不再审批；如是乡镇退回重新审核，乡镇再次报送后按新报送的内容恢复待审批</source>
        <translation>The township ended this case (its latest cases package no longer lists it); the county no longer decides it. If the township returned it to its review, it is awaiting again, as sent, once the township sends it again</translation>
    </message>
    <message>
        <source>请先抽取入户抽查样本，再审批该案件</source>
        <translation>Draw the spot-check sample before deciding this case</translation>
    </message>
    <message>
        <source>不批准时必须填写理由</source>
        <translation>A refusal needs a reason</translation>
    </message>
    <message>
        <source>抽查比例应在 1% 到 100% 之间</source>
        <translation>The spot-check share must be between 1% and 100%</translation>
    </message>
    <message>
        <source>没有尚未抽样的待审批案件</source>
        <translation>No unsampled cases awaiting approval</translation>
    </message>
    <message>
        <source>身份证号 {id_number} 不在“{township}”最近上报的花名册上（须为在保家庭户主）</source>
        <translation>ID number {id_number} is not on the latest roster reported by &quot;{township}&quot; (must be the head of a receiving household)</translation>
    </message>
    <message>
        <source>预警类别“{kind}”不对，请从列表中选择</source>
        <translation>Wrong warning type &quot;{kind}&quot;; choose one from the list</translation>
    </message>
    <message>
        <source>请填写预警详情（比对发现了什么）</source>
        <translation>Enter the warning&apos;s details (what the check found)</translation>
    </message>
    <message>
        <source>答复截止日期 {answer_by} 不能早于今天</source>
        <translation>The answer deadline {answer_by} cannot be before today</translation>
    </message>
    <message>
        <source>该户已有一条未下发的同类预警（{ref}），不必重复录入</source>
        <translation>This household already has an unsent warning of this type ({ref}); no need to enter it again</translation>
    </message>
    <message>
        <source>“{name}”没有待下发的核对预警</source>
        <translation>No cross-check warnings waiting to be sent to &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>批准：{village} {case} 号案件，审批日期 {on}，抽查：{sampled}</source>
        <translation>Approved: {village} case {case}, decided {on}, spot check: {sampled}</translation>
    </message>
    <message>
        <source>批准：{village} {case} 号案件，审批日期 {on}，抽查：{sampled}；特殊情况（{special}），经审批机关 {special_on} 集体讨论批准</source>
        <translation>Approved: {village} case {case}, decided {on}, spot check: {sampled}; special case ({special}), approved by the approving office&apos;s collective decision on {special_on}</translation>
    </message>
    <message>
        <source>不批准：{village} {case} 号案件，审批日期 {on}，理由：{reason}</source>
        <translation>Refused: {village} case {case}, decided {on}, reason: {reason}</translation>
    </message>
    <message>
        <source>{on} 起的“{label}”与本机已有标准相同，无变化</source>
        <translation>&quot;{label}&quot; from {on} is the same as the standard here; no change</translation>
    </message>
    <message>
        <source>核对预警（{kind}）：{detail}，须在 {answer_by} 前答复（户主：{household}）</source>
        <translation>Cross-check warning ({kind}): {detail}; answer before {answer_by} (head: {household})</translation>
    </message>
    <message>
        <source>新收案件：{township}{village} {case} 号，拟定月保障金 {amount} 元</source>
        <translation>New case: {township}{village} no. {case}, proposed {amount} yuan/month</translation>
    </message>
    <message>
        <source>更新案件：{township}{village} {case} 号，拟定月保障金 {amount} 元</source>
        <translation>Case updated: {township}{village} no. {case}, proposed {amount} yuan/month</translation>
    </message>
    <message>
        <source>第 {case} 号案件乡镇已终止，县局不再审批（{township}{village} {head}，第 {sequence} 号待审批案件数据包已不再列出）；如是乡镇退回重新审核，再次报送时按新报送的内容恢复待审批</source>
        <translation>Case {case} was ended by the township; the county no longer decides it ({township} {village} {head}; cases package No. {sequence} no longer lists it). If the township returned it to its review, it is awaiting again, as sent, when it is sent again</translation>
    </message>
    <message>
        <source>更新“{township}”{period} 花名册：{households} 户（原 {before} 户），保障 {persons} 人，月保障金 {amount} 元</source>
        <translation>Roster of &quot;{township}&quot; for {period} updated: {households} households (before {before}), {persons} covered, {amount} yuan/month</translation>
    </message>
    <message>
        <source>收到“{township}”{period} 的数据 {rows} 行</source>
        <translation>Received {rows} rows of data from &quot;{township}&quot; for {period}</translation>
    </message>
    <message>
        <source>收到“{township}”{period} 发放造册：{households} 户，保障 {persons} 人，金额 {amount} 元</source>
        <translation>Received the payment roster of &quot;{township}&quot; {period}: {households} households, {persons} covered, {amount} yuan</translation>
    </message>
    <message>
        <source>注意：“{township}”{period} 造册各行合计 {amount} 元与造册总额 {roster} 元不符</source>
        <translation>Note: the rows of the &quot;{township}&quot; {period} roster add up to {amount} yuan, not the roster total {roster} yuan</translation>
    </message>
    <message>
        <source>注意：“{township}”{period} 造册保障金 {regular} 元与该乡镇账册应发 {ledger} 元不符</source>
        <translation>Note: the benefit of {regular} yuan in the &quot;{township}&quot; {period} roster differs from the {ledger} yuan due in the township&apos;s ledger</translation>
    </message>
    <message>
        <source>注意：“{township}”{period} 造册 {households} 户与该乡镇账册应发 {ledger_households} 户不符</source>
        <translation>Note: the &quot;{township}&quot; {period} roster has {households} households; the township&apos;s ledger has {ledger_households} due</translation>
    </message>
    <message>
        <source>请填写生效日期</source>
        <translation>Enter the effective date</translation>
    </message>
    <message>
        <source>“{label}”应为整数</source>
        <translation>&quot;{label}&quot; must be a whole number</translation>
    </message>
    <message>
        <source>“{label}”不能为负数</source>
        <translation>&quot;{label}&quot; cannot be negative</translation>
    </message>
    <message>
        <source>“{label}”应为 1 至 10 的步骤序号，由小到大，以 10（待遇批准）结束</source>
        <translation>&quot;{label}&quot; must be step numbers from 1 to 10, ascending, ending with 10 (benefit grant)</translation>
    </message>
    <message>
        <source>“{label}”不能去掉步骤 3（民主评议）：新增、变更、取消都要经民主评议</source>
        <translation>&quot;{label}&quot; cannot drop step 3 (democratic review): new cases, changes and cancellations all need a democratic review</translation>
    </message>
    <message>
        <source>“{label}”至少要有一次公示（步骤 4、7 或 9）</source>
        <translation>&quot;{label}&quot; needs at least one public notice (step 4, 7 or 9)</translation>
    </message>
    <message>
        <source>“{label}”不能去掉步骤 8（县民政局审批）：变更、取消都由县民政局审批</source>
        <translation>&quot;{label}&quot; cannot drop step 8 (county approval): changes and cancellations are all approved by the county civil-affairs bureau</translation>
    </message>
    <message>
        <source>“{label}”的数值 {value} 大得不合常理，请核对是否多输了位数</source>
        <translation>&quot;{label}&quot;: {value} is far too large to be a real figure; check for extra digits</translation>
    </message>
    <message>
        <source>“{label}”应大于 0</source>
        <translation>&quot;{label}&quot; must be above 0</translation>
    </message>
    <message>
        <source>施保办法“{value}”无法识别</source>
        <translation>Benefit method &quot;{value}&quot; not recognized</translation>
    </message>
    <message>
        <source>取整办法“{value}”无法识别</source>
        <translation>Rounding &quot;{value}&quot; not recognized</translation>
    </message>
    <message>
        <source>按类别定额施保时，至少要填一个类别的月补助金额</source>
        <translation>With fixed amounts by class, enter at least one class&apos;s monthly amount</translation>
    </message>
    <message>
        <source>“{label}”不能超过 1000‰</source>
        <translation>&quot;{label}&quot; cannot exceed 1000‰</translation>
    </message>
    <message>
        <source>资金来源中央、省、市、县、乡镇五级所占比例合计应为 100%，现在合计 {sum}%</source>
        <translation>The central, provincial, city, county and township funding shares must add up to 100%; now {sum}%</translation>
    </message>
    <message>
        <source>重度残疾的等级应在 0 到 4 级之间</source>
        <translation>The severe disability grade must be between 0 and 4</translation>
    </message>
    <message>
        <source>劳动年龄的起始年龄应小于男性、女性的截止年龄</source>
        <translation>The working age&apos;s start must be below the men&apos;s and women&apos;s end ages</translation>
    </message>
    <message>
        <source>{date} 没有生效的政策标准，请在“设置”中添加一套生效日期不晚于该日的政策标准</source>
        <translation>No policy standards in force on {date}; add in Settings a policy set effective on or before that date</translation>
    </message>
    <message>
        <source>月份“{value}”格式不对，应为 YYYY-MM，如 2026-11</source>
        <translation>Month &quot;{value}&quot; is malformed; use YYYY-MM, e.g. 2026-11</translation>
    </message>
    <message>
        <source>户籍：户籍在本乡镇（{township}），{covered} 人纳入保障（共 {persons} 人，{not_covered} 人不纳入）</source>
        <translation>Hukou: registered in this township ({township}); {covered} covered ({persons} persons, {not_covered} not covered)</translation>
    </message>
    <message>
        <source>户籍：不符合户籍条件（共 {persons} 人，{covered} 人纳入保障）</source>
        <translation>Hukou: does not meet the hukou condition ({persons} persons, {covered} covered)</translation>
    </message>
    <message>
        <source>户籍所在村（社区）：{village}，属本乡镇（{township}）</source>
        <translation>Hukou village: {village}, in this township ({township})</translation>
    </message>
    <message>
        <source>户籍不在本乡镇（{township}）的村（社区），应向户籍所在地乡镇（街道）申请</source>
        <translation>Hukou is not in a village of this township ({township}); apply to the township of the hukou</translation>
    </message>
    <message>
        <source>纳入保障 {covered} 人（共 {persons} 人）</source>
        <translation>{covered} covered ({persons} persons)</translation>
    </message>
    <message>
        <source>家庭中没有纳入保障的成员（共 {persons} 人，均已标明不纳入保障）</source>
        <translation>No member of the household is covered ({persons} persons, all marked not covered)</translation>
    </message>
    <message>
        <source>{name}：城市户籍、劳动年龄内、有完全劳动能力、未就业，申请前应先到就业服务机构办理失业登记（请核对失业登记证明）</source>
        <translation>{name}: urban hukou, working age, full work capacity, not working; must register as unemployed at the employment service before applying (check the unemployment registration)</translation>
    </message>
    <message>
        <source>施保办法：补差（按全家合计：保障标准 × 家庭人口 − 家庭收入，按保障人数所占比例计）</source>
        <translation>Method: difference (whole household: standard × household size − household income, prorated by persons covered)</translation>
    </message>
    <message>
        <source>补差：{standard} 元 × {persons} 人 − {counted} 元 = {amount} 元</source>
        <translation>Difference: {standard} yuan × {persons} persons − {counted} yuan = {amount} yuan</translation>
    </message>
    <message>
        <source>补差：（{standard} 元 × {persons} 人 − {counted} 元）× {covered} ÷ {persons} = {amount} 元</source>
        <translation>Difference: ({standard} yuan × {persons} persons − {counted} yuan) × {covered} ÷ {persons} = {amount} yuan</translation>
    </message>
    <message>
        <source>收入：家庭月收入 {total} 元，扣减就业成本 {deduction} 元，计入 {counted} 元，{persons} 人，人均 {per_capita} 元，低于保障标准 {standard} 元</source>
        <translation>Income: household {total} yuan/month, work-cost deduction {deduction} yuan, counted {counted} yuan, {persons} persons, {per_capita} yuan per person, below the standard of {standard} yuan</translation>
    </message>
    <message>
        <source>月份“{value}”格式不对，应为 2026-03（也可写 2026-3、2026年3月）</source>
        <translation>Month &quot;{value}&quot; is malformed; use 2026-03 (or 2026-3, 2026年3月)</translation>
    </message>
    <message>
        <source>季度“{value}”格式不对，应为 2027Q1（也可写 2027-Q1、2027年第1季度），或季度中的任一月，如 2027-03</source>
        <translation>Quarter &quot;{value}&quot; is malformed; use 2027Q1 (or 2027-Q1, 2027年第1季度), or any month of the quarter, e.g. 2027-03</translation>
    </message>
    <message>
        <source>造册期间“{period}”格式不对，应为月份 2026-12（也可写 2026年12月）或季度 2026Q4（也可写 2026-Q4、2026年第4季度）</source>
        <translation>Roster period &quot;{period}&quot; is not valid: use a month 2026-12 (or 2026年12月) or a quarter 2026Q4 (or 2026-Q4, 2026年第4季度)</translation>
    </message>
    <message>
        <source>文件“{name}”从第 {line} 行起无法按逗号或制表符分隔的表格读取，没有导入</source>
        <translation>File &quot;{name}&quot; cannot be read as a comma- or tab-separated table from line {line} on. Nothing was imported</translation>
    </message>
    <message>
        <source>文件“{name}”第 {line} 行有一个双引号（&quot;）没有配对，后面的内容都被当成了同一格，没有导入。请在记事本或 Excel 中改正这一行，或请银行重新提供文件</source>
        <translation>Line {line} of file &quot;{name}&quot; has a double quote (&quot;) that is never closed, so everything after it reads as one cell. Nothing was imported. Correct that line in Notepad or Excel, or ask the bank for the file again</translation>
    </message>
    <message>
        <source>文件“{name}”不是银行回盘文件（应为 Excel 表格、逗号分隔的 CSV 或定长文本），可能选错了文件，没有导入</source>
        <translation>File &quot;{name}&quot; is not a bank return file (an Excel workbook, a comma-separated CSV or fixed-column text); perhaps the wrong file was chosen. Nothing was imported</translation>
    </message>
    <message>
        <source>保障人口填的是 {declared} 人，名单中只有 {found} 人：按名单登记，其余成员请在家庭信息中补登</source>
        <translation>Covered persons entered as {declared}, the list has only {found}: recorded as listed; add the other members in the household form</translation>
    </message>
    <message>
        <source>保障人口填的是 {declared} 人，少于名单中的 {found} 人：花名册没有写明谁不享受保障，导入后全部按享受保障登记，本户转为需要复核，请复核时标明不享受保障的成员</source>
        <translation>Covered persons entered as {declared}, fewer than the {found} in the list: the roster does not say who is not covered, so all are recorded as covered and the household needs a review; mark the members not covered at the review</translation>
    </message>
    <message>
        <source>花名册保障人口 {covered} 人，少于列出的 {found} 人：请标明不享受保障的成员</source>
        <translation>The roster gives {covered} covered persons, fewer than the {found} listed: mark the members not covered</translation>
    </message>
    <message>
        <source>注意：代码 {code} 在本县登记为“{known}”，这个数据包来自“{name}”。如是同一乡镇改名，可以导入（导入后改称“{name}”）；如不是同一乡镇，请不要导入，请对方核对本单位的区划代码</source>
        <translation>Note: code {code} is registered in this county as &quot;{known}&quot;, but this package comes from &quot;{name}&quot;. If the township was renamed, import it (it will then be called &quot;{name}&quot;); if it is another township, do not import it and ask the sender to check their administrative code</translation>
    </message>
    <message>
        <source>期间“{period}”格式不对：月份写作 2026-11（或 2026年11月），季度写作 2026Q4（或 2026-Q4、2026年第4季度）</source>
        <translation>Period &quot;{period}&quot; is malformed: a month is 2026-11 (or 2026年11月), a quarter 2026Q4 (or 2026-Q4, 2026年第4季度)</translation>
    </message>
    <message>
        <source>{on} 起执行：{label} = {shown}</source>
        <translation>From {on}: {label} = {shown}</translation>
    </message>
    <message>
        <source>收入：家庭月收入 {total} 元，扣减就业成本 {deduction} 元，计入 {counted} 元，{persons} 人，人均 {per_capita} 元，不低于保障标准 {standard} 元</source>
        <translation>Income: household {total} yuan/month, work-cost deduction {deduction} yuan, counted {counted} yuan, {persons} persons, {per_capita} yuan per person, not below the standard of {standard} yuan</translation>
    </message>
    <message>
        <source>财产：在规定限额以内</source>
        <translation>Assets: within the limits</translation>
    </message>
    <message>
        <source>财产：有 {failed} 项超过规定限额</source>
        <translation>Assets: {failed} items above the limits</translation>
    </message>
    <message>
        <source>存款及有价证券共 {deposits} 元，{persons} 人，人均 {per_person} 元（上限 {limit} 元/人）</source>
        <translation>Savings and securities {deposits} yuan, {persons} persons, {per_person} yuan per person (limit {limit} yuan/person)</translation>
    </message>
    <message>
        <source>机动车辆 {count} 辆（允许 {allowed} 辆）</source>
        <translation>Vehicles: {count} (allowed {allowed})</translation>
    </message>
    <message>
        <source>住房 {count} 套（允许 {allowed} 套）</source>
        <translation>Homes: {count} (allowed {allowed})</translation>
    </message>
    <message>
        <source>住房面积 {area} 平方米，人均 {per_person} 平方米（上限 {limit} 平方米/人）</source>
        <translation>Housing {area} ㎡, {per_person} ㎡ per person (limit {limit} ㎡/person)</translation>
    </message>
    <message>
        <source>{year}年{month}月的保障金按 {effective_from} 起执行的政策标准计算</source>
        <translation>Benefit for {year}-{month} computed with the policy in force from {effective_from}</translation>
    </message>
    <message>
        <source>{year}年{month}月的保障金按 {effective_from} 起执行的政策标准计算（注意：这是随程序提供的示例标准，请在“设置”中换成本县公布的标准）</source>
        <translation>Benefit for {year}-{month} computed with the policy in force from {effective_from} (note: these are the sample standards shipped with the program; replace them in Settings with your county&apos;s)</translation>
    </message>
    <message>
        <source>施保办法：分类施保（按类别定额，乘以保障人数）</source>
        <translation>Method: by class (fixed amount per class, times persons covered)</translation>
    </message>
    <message>
        <source>施保办法：补差，另按类别加发</source>
        <translation>Method: difference, plus a supplement by class</translation>
    </message>
    <message>
        <source>保障标准：城市 {standard} 元/人·月</source>
        <translation>Standard: urban {standard} yuan/person/month</translation>
    </message>
    <message>
        <source>保障标准：农村 {standard} 元/人·月</source>
        <translation>Standard: rural {standard} yuan/person/month</translation>
    </message>
    <message>
        <source>家庭月收入 {total} 元，扣减就业成本 {deduction} 元，计入 {counted} 元；共 {persons} 人，人均 {per_capita} 元</source>
        <translation>Household income {total} yuan/month, work-cost deduction {deduction} yuan, counted {counted} yuan; {persons} persons, {per_capita} yuan per person</translation>
    </message>
    <message>
        <source>就业成本扣减：申报 {declared} 元，政策允许至多 {allowed} 元（不超过收入），按 {deduction} 元计</source>
        <translation>Work-cost deduction: declared {declared} yuan, policy allows at most {allowed} yuan (not above income); {deduction} yuan counted</translation>
    </message>
    <message>
        <source>保障人数：{covered} 人（共 {persons} 人，{not_covered} 人不纳入保障）</source>
        <translation>Covered: {covered} ({persons} persons, {not_covered} not covered)</translation>
    </message>
    <message>
        <source>类别：一类（已登记）</source>
        <translation>Class: 1 (registered)</translation>
    </message>
    <message>
        <source>类别：二类（已登记）</source>
        <translation>Class: 2 (registered)</translation>
    </message>
    <message>
        <source>类别：三类（已登记）</source>
        <translation>Class: 3 (registered)</translation>
    </message>
    <message>
        <source>类别：一类（按家庭情况建议，尚未登记）</source>
        <translation>Class: 1 (suggested from the household&apos;s situation, not registered)</translation>
    </message>
    <message>
        <source>类别：二类（按家庭情况建议，尚未登记）</source>
        <translation>Class: 2 (suggested from the household&apos;s situation, not registered)</translation>
    </message>
    <message>
        <source>类别：三类（按家庭情况建议，尚未登记）</source>
        <translation>Class: 3 (suggested from the household&apos;s situation, not registered)</translation>
    </message>
    <message>
        <source>不符合户籍条件，不发放保障金</source>
        <translation>Hukou condition not met; no benefit</translation>
    </message>
    <message>
        <source>人均收入不低于保障标准，不发放保障金</source>
        <translation>Income per person not below the standard; no benefit</translation>
    </message>
    <message>
        <source>家庭财产超过规定限额，不发放保障金</source>
        <translation>Household assets above the limits; no benefit</translation>
    </message>
    <message>
        <source>一类对象 {each} 元/人 × {covered} 人 = {amount} 元</source>
        <translation>Class 1: {each} yuan/person × {covered} = {amount} yuan</translation>
    </message>
    <message>
        <source>二类对象 {each} 元/人 × {covered} 人 = {amount} 元</source>
        <translation>Class 2: {each} yuan/person × {covered} = {amount} yuan</translation>
    </message>
    <message>
        <source>三类对象 {each} 元/人 × {covered} 人 = {amount} 元</source>
        <translation>Class 3: {each} yuan/person × {covered} = {amount} yuan</translation>
    </message>
    <message>
        <source>加发：高龄老人 {persons} 人 × {each} 元 = {amount} 元</source>
        <translation>Supplement: very old {persons} × {each} yuan = {amount} yuan</translation>
    </message>
    <message>
        <source>加发：重度残疾人 {persons} 人 × {each} 元 = {amount} 元</source>
        <translation>Supplement: severely disabled {persons} × {each} yuan = {amount} yuan</translation>
    </message>
    <message>
        <source>加发：重病患者 {persons} 人 × {each} 元 = {amount} 元</source>
        <translation>Supplement: seriously ill {persons} × {each} yuan = {amount} yuan</translation>
    </message>
    <message>
        <source>加发：未成年人 {persons} 人 × {each} 元 = {amount} 元</source>
        <translation>Supplement: minors {persons} × {each} yuan = {amount} yuan</translation>
    </message>
    <message>
        <source>加发：单亲家庭成员 {persons} 人 × {each} 元 = {amount} 元</source>
        <translation>Supplement: single-parent family {persons} × {each} yuan = {amount} yuan</translation>
    </message>
    <message>
        <source>其中 {persons} 人符合多项加发条件，按就高原则只计最高一项</source>
        <translation>{persons} persons qualify for several supplements; only the highest counts</translation>
    </message>
    <message>
        <source>合计 {amount} 元</source>
        <translation>Total {amount} yuan</translation>
    </message>
    <message>
        <source>进到整元：{before} 元 → {after} 元</source>
        <translation>Rounded up to whole yuan: {before} yuan → {after} yuan</translation>
    </message>
    <message>
        <source>四舍五入到整元：{before} 元 → {after} 元</source>
        <translation>Rounded to whole yuan: {before} yuan → {after} yuan</translation>
    </message>
    <message>
        <source>舍到整元：{before} 元 → {after} 元</source>
        <translation>Rounded down to whole yuan: {before} yuan → {after} yuan</translation>
    </message>
    <message>
        <source>不足每户最低保障金 {minimum} 元，按 {minimum} 元发放</source>
        <translation>Below the minimum benefit per household of {minimum} yuan; {minimum} yuan paid</translation>
    </message>
    <message>
        <source>每月保障金：{amount} 元</source>
        <translation>Monthly benefit: {amount} yuan</translation>
    </message>
    <message>
        <source>请填写账号名称</source>
        <translation>Enter the account name</translation>
    </message>
    <message>
        <source>账号名称太长（最多 50 个字）</source>
        <translation>Account name too long (at most 50 characters)</translation>
    </message>
    <message>
        <source>密码至少 {min} 位</source>
        <translation>The password needs at least {min} characters</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <source>请至少选择一个角色</source>
        <translation>Choose at least one role</translation>
    </message>
    <message>
        <source>第一个账号必须是管理员</source>
        <translation>The first account must be an administrator</translation>
    </message>
    <message>
        <source>账号“{name}”已存在</source>
        <translation>Account &quot;{name}&quot; already exists</translation>
    </message>
    <message>
        <source>没有账号“{name}”（或已停用）</source>
        <translation>No account &quot;{name}&quot; (or it is disabled)</translation>
    </message>
    <message>
        <source>账号“{name}”因多次输错密码已暂时锁定，请 {minutes} 分钟后再试</source>
        <translation>Account &quot;{name}&quot; is locked for now after too many wrong passwords; try again in {minutes} minutes</translation>
    </message>
    <message>
        <source>密码已连续输错 {failures} 次，账号“{name}”锁定 {minutes} 分钟</source>
        <translation>Wrong password {failures} times in a row; account &quot;{name}&quot; locked for {minutes} minutes</translation>
    </message>
    <message>
        <source>当前账号没有这项操作的权限（需要“经办人”角色）</source>
        <translation>This account may not do this (needs the &quot;operator&quot; role)</translation>
    </message>
    <message>
        <source>当前账号没有这项操作的权限（需要“审核人”角色，例如乡镇审核、签发发放花名册）</source>
        <translation>This account may not do this (needs the &quot;reviewer&quot; role, e.g. township check, signing the payroll)</translation>
    </message>
    <message>
        <source>当前账号没有这项操作的权限（需要“管理员”角色）</source>
        <translation>This account may not do this (needs the &quot;administrator&quot; role)</translation>
    </message>
    <message>
        <source>至少要保留一个启用的管理员账号</source>
        <translation>At least one active administrator account must remain</translation>
    </message>
    <message>
        <source>自动锁定的分钟数不能为负数</source>
        <translation>Auto-lock minutes cannot be negative</translation>
    </message>
    <message>
        <source>本单位的数据还没有账号，不能在命令行操作。请先建立管理员账号：dibao-desk account add 姓名 --role admin（密码从提示输入或 DIBAO_DESK_NEW_PASSWORD），或打开窗口按提示建立</source>
        <translation>This office&apos;s data has no accounts yet, so the command line cannot be used. First create an administrator account: dibao-desk account add NAME --role admin (password from the prompt or DIBAO_DESK_NEW_PASSWORD), or open the window and follow the prompts</translation>
    </message>
    <message>
        <source>此数据需要登录：请用 --user 指定账号（或设置环境变量 DIBAO_DESK_USER）</source>
        <translation>This data needs a sign-in: give the account with --user (or set DIBAO_DESK_USER)</translation>
    </message>
    <message>
        <source>数据文件夹中已有单位信息或账号，不能再次初始化</source>
        <translation>The data folder already holds office details or accounts; cannot set up again</translation>
    </message>
    <message>
        <source>此数据属于一个已建立账号的单位，不能生成演示数据。请用 --data-dir 指定一个空文件夹</source>
        <translation>This data belongs to an office with accounts; no demo data can be made here. Give an empty folder with --data-dir</translation>
    </message>
    <message>
        <source>操作记录完整：共 {rows} 条，链尾为第 {head_id} 条（{head_hash}）</source>
        <translation>Audit log intact: {rows} entries, last is no. {head_id} ({head_hash})</translation>
    </message>
    <message>
        <source>还没有操作记录</source>
        <translation>No audit log entries yet</translation>
    </message>
    <message>
        <source>第 {id} 条操作记录被改动过（{at}，{operator}，{entity} {entity_id}，{action}）</source>
        <translation>Audit entry {id} was altered ({at}, {operator}, {entity} {entity_id}, {action})</translation>
    </message>
    <message>
        <source>第 {id} 条操作记录被改动过</source>
        <translation>Audit entry {id} was altered</translation>
    </message>
    <message>
        <source>第 {id} 条操作记录被删除了</source>
        <translation>Audit entry {id} was deleted</translation>
    </message>
    <message>
        <source>第 {id} 至 {to} 条操作记录被删除了</source>
        <translation>Audit entries {id} to {to} were deleted</translation>
    </message>
    <message>
        <source>第 {id} 条操作记录不是本程序写入的（{at}，{operator}，{entity} {entity_id}，{action}）</source>
        <translation>Audit entry {id} was not written by this program ({at}, {operator}, {entity} {entity_id}, {action})</translation>
    </message>
    <message>
        <source>注意：{sender} 本次数据包中的操作记录只到第 {now} 条，比上次数据包（第 {before} 条）少，操作记录可能被删除过</source>
        <translation>Note: the audit log in {sender}&apos;s package now goes only to entry {now}, fewer than in the last package (entry {before}); entries may have been deleted</translation>
    </message>
    <message>
        <source>注意：{sender} 的操作记录第 {id} 条与上次数据包中的不一致，两次报送之间操作记录被改写过</source>
        <translation>Note: {sender}&apos;s audit entry {id} differs from the last package; the log was rewritten between the two reports</translation>
    </message>
    <message>
        <source>此前最后一条完好的记录：第 {id} 条（{at}）</source>
        <translation>Last intact entry before that: no. {id} ({at})</translation>
    </message>
    <message>
        <source>磁盘空间不足，备份没有写入“{folder}”。原数据未受影响，请清理磁盘或换一个位置</source>
        <translation>Not enough disk space; the backup was not written to &quot;{folder}&quot;. The data is unharmed; free some space or choose another place</translation>
    </message>
    <message>
        <source>找不到备份文件夹“{folder}”（U 盘或移动硬盘是否已插好？）</source>
        <translation>Backup folder &quot;{folder}&quot; not found (is the USB drive or external disk plugged in?)</translation>
    </message>
    <message>
        <source>备份“{path}”写入后核对不通过，已删除，请换一个位置再试</source>
        <translation>Backup &quot;{path}&quot; failed its check after writing and was deleted; try another place</translation>
    </message>
    <message>
        <source>已有 {days} 天没有备份到数据文件夹以外的地方（U 盘、移动硬盘或另一块磁盘），电脑损坏时数据可能全部丢失。请在“文件 → 备份文件夹”中选择位置并立即备份</source>
        <translation>No backup outside the data folder (USB drive, external disk or another disk) for {days} days; if the computer breaks, all data may be lost. Choose a place in File → Backup folder and back up now</translation>
    </message>
    <message>
        <source>还没有备份到数据文件夹以外的地方（U 盘、移动硬盘或另一块磁盘），电脑损坏时数据可能全部丢失。请在“文件 → 备份文件夹”中选择位置并立即备份</source>
        <translation>No backup outside the data folder (USB drive, external disk or another disk) yet; if the computer breaks, all data may be lost. Choose a place in File → Backup folder and back up now</translation>
    </message>
    <message>
        <source>无法读取文件“{path}”</source>
        <translation>Cannot read file &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>文件“{path}”已损坏或不是本程序的备份，不能恢复</source>
        <translation>File &quot;{path}&quot; is damaged or not a backup of this program; cannot restore</translation>
    </message>
    <message>
        <source>文件“{path}”不是本程序的数据备份</source>
        <translation>File &quot;{path}&quot; is not a data backup of this program</translation>
    </message>
    <message>
        <source>备份“{path}”里有本程序不会建立的触发器或视图（{names}），可能被其他软件改动过，不能恢复</source>
        <translation>Backup &quot;{path}&quot; holds triggers or views this program never makes ({names}); other software may have altered it. It cannot be restored</translation>
    </message>
    <message>
        <source>文件“{path}”与备份时记录的校验值（SHA-256）不符，可能已被改动或损坏，不能恢复</source>
        <translation>File &quot;{path}&quot; does not match the checksum (SHA-256) recorded at backup; it may be altered or damaged; cannot restore</translation>
    </message>
    <message>
        <source>该备份由更新版本的程序写入（版本 {revision}），请先升级本程序</source>
        <translation>This backup was written by a newer version (version {revision}); upgrade this program first</translation>
    </message>
    <message>
        <source>正在恢复备份，请等恢复完成后再试</source>
        <translation>A backup is being restored; try again when it has finished</translation>
    </message>
    <message>
        <source>另一个程序正在读取数据，无法恢复。请关闭其他打开本数据的程序后再试，当前数据未改变</source>
        <translation>Another program is reading the data; cannot restore. Close other programs using this data and try again; the current data is unchanged</translation>
    </message>
    <message>
        <source>这是演示数据的备份（假数据），不能恢复到本单位的数据中</source>
        <translation>This is a backup of demo data (made up); it cannot be restored into your office&apos;s data</translation>
    </message>
    <message>
        <source>这是一个单位的数据备份，不能恢复到演示数据中。请在新的数据文件夹中恢复</source>
        <translation>This is an office&apos;s data backup; it cannot be restored into demo data. Restore it in a new data folder</translation>
    </message>
    <message>
        <source>该备份属于另一个单位：{name}（{code}），不能恢复到本单位的数据中</source>
        <translation>This backup belongs to another office: {name} ({code}); it cannot be restored into this office&apos;s data</translation>
    </message>
    <message>
        <source>数据文件夹“{folder}”正被另一个程序使用：计算机 {host} 上的“{program}”（进程 {pid}），自 {since} 起。请先关闭那个程序再试</source>
        <translation>Data folder &quot;{folder}&quot; is in use by another program: &quot;{program}&quot; on computer {host} (process {pid}), since {since}. Close that program first</translation>
    </message>
    <message>
        <source>数据文件夹“{folder}”正被另一个程序使用。请先关闭那个程序再试</source>
        <translation>Data folder &quot;{folder}&quot; is in use by another program. Close that program first</translation>
    </message>
    <message>
        <source>磁盘空间不足，文件没有写入。原有数据和文件都没有改变，请清理磁盘或换一个位置</source>
        <translation>Not enough disk space; the file was not written. Data and files are unchanged; free some space or choose another place</translation>
    </message>
    <message>
        <source>第 {row} 名成员：</source>
        <translation>Member {row}: </translation>
    </message>
    <message>
        <source>第 {row} 名赡养（抚养、扶养）人：</source>
        <translation>Supporter {row}: </translation>
    </message>
    <message>
        <source>第 {row} 项收入：</source>
        <translation>Income {row}: </translation>
    </message>
    <message>
        <source>第 {row} 项财产：</source>
        <translation>Asset {row}: </translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <source>磁盘或U盘已满，文件没有写完{0}。请腾出空间后再试，原有数据没有改动。</source>
        <translation>The disk or USB drive is full; the file was not completely written{0}. Free some space and try again; the existing data is unchanged.</translation>
    </message>
    <message>
        <source>U盘有写保护或是只读的，文件没有写入{0}。请把写保护开关拨到可写一侧，或换一个位置。</source>
        <translation>The USB stick is write-protected or read-only; the file was not written{0}. Slide its lock switch to the writable side, or choose another place.</translation>
    </message>
    <message>
        <source>没有权限写入，或文件正被其他程序（如 Excel、WPS）打开{0}。请关闭后再试。</source>
        <translation>No permission to write, or the file is open in another program (such as Excel or WPS){0}. Close it and try again.</translation>
    </message>
    <message>
        <source>这个名字已被一个文件夹占用{0}，文件没有写入。请换一个文件名。</source>
        <translation>A folder already has this name{0}; the file was not written. Choose another file name.</translation>
    </message>
    <message>
        <source>找不到文件或文件夹{0}，可能U盘已拔出。</source>
        <translation>File or folder not found{0}; the USB drive may have been removed.</translation>
    </message>
    <message>
        <source>无法读写文件{0}。请检查U盘或文件夹后再试，原有数据没有改动。</source>
        <translation>Cannot read or write the file{0}. Check the USB drive or folder and try again; the existing data is unchanged.</translation>
    </message>
    <message>
        <source>操作没有完成，发生了意外错误，数据没有改动。详细情况已记入日志。</source>
        <translation>The operation did not finish because of an unexpected error; the data is unchanged. Details are in the log.</translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation>Cannot read</translation>
    </message>
</context>
<context>
    <name>payroll</name>
    <message>
        <source>{0}（户主 {1}）</source>
        <translation>{0} (head {1})</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>另列不发放</source>
        <translation>Listed, not paid</translation>
    </message>
    <message>
        <source>造册</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>审核</source>
        <translation>Reviewed by</translation>
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
        <source>收款人</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>银行账号</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>（无账号）</source>
        <translation>(no account)</translation>
    </message>
    <message>
        <source>开户银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>月数</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>补差（元/月）</source>
        <translation>Difference (yuan/month)</translation>
    </message>
    <message>
        <source>施保加发（元/月）</source>
        <translation>Class supplement (yuan/month)</translation>
    </message>
    <message>
        <source>银行回盘</source>
        <translation>Bank return</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>【不发放】</source>
        <translation>[Not paid] </translation>
    </message>
</context>
<context>
    <name>pdf_view</name>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>打印机“{printer}”无法使用，没有打印。请检查打印机是否已连接并开机，或选择另一台打印机。</source>
        <translation>The printer “{printer}” cannot be used; nothing was printed. Check that the printer is connected and switched on, or choose another printer.</translation>
    </message>
</context>
<context>
    <name>proposals</name>
    <message>
        <source>{0} 户</source>
        <translation>{0} households</translation>
    </message>
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
        <source>户主 / 户数</source>
        <translation>Head / households</translation>
    </message>
    <message>
        <source>执行月份</source>
        <translation>Month in force</translation>
    </message>
    <message>
        <source>原月保障金</source>
        <translation>Old monthly benefit</translation>
    </message>
    <message>
        <source>建议月保障金</source>
        <translation>Proposed monthly benefit</translation>
    </message>
    <message>
        <source>等待事项</source>
        <translation>Waiting for</translation>
    </message>
</context>
<context>
    <name>reviews</name>
    <message>
        <source>{0}（备案）</source>
        <translation>{0} [Filed]</translation>
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
        <source>户籍</source>
        <translation>Hukou</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>应复核日期</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>复核依据</source>
        <translation>Reason for review</translation>
    </message>
    <message>
        <source>上次复核/享受起始</source>
        <translation>Last review / receiving since</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>{0} 天</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <source>计划日期</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>需要“{0}”角色</source>
        <translation>Needs the &quot;{0}&quot; role</translation>
    </message>
    <message>
        <source>”或“</source>
        <translation>&quot; or &quot;</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>upgrade</name>
    <message>
        <source>正在升级数据…</source>
        <translation>Upgrading the data…</translation>
    </message>
    <message>
        <source>正在升级数据…

本程序是新版本，正在把数据升级到新版的格式，升级前已保存原数据副本。
数据较多时需要几分钟，请勿关闭程序或电脑。</source>
        <translation>Upgrading the data…

This is a new version of the program: the data is being upgraded to its format. A copy of the original data was saved first.
With a lot of data this takes a few minutes; please do not close the program or turn off the computer.</translation>
    </message>
    <message>
        <source>数据已升级</source>
        <translation>Data upgraded</translation>
    </message>
</context>
</TS>
