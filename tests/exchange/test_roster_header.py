"""exchange.roster_header: the header's labels mapped to fields by the words offices write."""

from dibao_desk.exchange.roster_header import guess_field, guess_mapping


def test_header_words_and_their_variants_are_guessed():
    """Including: a number right after 户主 is the head's; 残疾等级 is a member's disability,
    never the household's category."""
    labels = ["序号", "乡镇", "村组", "户主", "公民身份号码", "享受人员姓名", "身份证号", "与户主关系", "性别",
              "残疾等级", "人口数", "类别", "保障金额（元/月）", "开户行", "银行卡号", "家庭住址", "联系电话", "备注"]
    assert guess_mapping(labels) == (
        "seq", "ignore", "village", "head_name", "head_id", "name", "id_number", "relation", "ignore",
        "disability", "persons", "category", "benefit", "bank_name", "bank_account", "address", "phone", "note")


def test_columns_about_certificates_allowances_and_head_counts_are_no_members_state():
    for label in ("残疾证号", "残疾人补助金", "大病救助金", "大病医疗费用", "家庭劳动力人数"):
        assert guess_field(label) == "ignore", label
    assert [guess_field(x) for x in ("残疾等级", "是否重病", "劳动能力")] == ["disability", "illness", "work_capacity"]
