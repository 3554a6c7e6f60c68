"""Pinyin search keys: the fast paths must give exactly what pypinyin's lazy_pinyin gives."""

from __future__ import annotations

import random

import pytest
from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS
from pypinyin.seg import mmseg

from dibao_desk.domain import names

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
            "龚邵万钱严覃武戴莫孔向汤单乐朴区仇解查柏翟缪长重")
COMPOUND = ("欧阳", "司马", "诸葛", "上官", "长孙", "尉迟", "单于", "东方", "皇甫", "令狐", "慕容", "公孙")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文斌辉鹏志宏海燕春梅凤兵林琴云"
         "德福贵生荣发祥金银宝山水石松柏竹菊莲龙虎威武忠孝仁义礼智信良善婷婉淑小大中长少新永远成功利"
         "民安康泰和顺吉庆喜乐欢晨曦朝阳光月星辰雨雪霜露清泉江河湖波浩然博学思源子豪宇轩瑞泽嘉怡欣悦"
         "梓涵诗琪佳颖可馨雅琳晓雯倩蕾丹妮翠娥秋冬夏荷彩兴旺昌盛家富振卫东跃进立爱党向行重传朴解单")
RARE = "䶮𠮷堃㛃𡈼𪚥"
OTHER = ("·", " ", "A", "b", "Z", "3", "0", "-", "(", "Ⅱ", "\u3000", "é", "ΑΣ", "\x00", "\xfe", "\xff",
         "\ufffe", "\uffff", "〇", "々")


def reference(name: str) -> tuple[str, str]:
    items = lazy_pinyin(name, style=Style.NORMAL, errors="default")
    return "".join(p[0] for p in items if p).lower(), "".join(items).lower()


def _unknown_han() -> list[str]:
    """Han characters (by pypinyin's own pattern) that pypinyin has no reading for."""
    found = [chr(c) for c in range(0x3400, 0x3500) if RE_HANS.match(chr(c)) and c not in PINYIN_DICT]
    return found[:5]


def corpus(count: int = 6000, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    phrases = sorted(w for w in PHRASES_DICT if 2 <= len(w) <= 4)
    unknown = _unknown_han()
    assert unknown
    out = ["", "张", "张三", "张三丰", "欧阳娜娜", "单于燕", "尉迟恭", "长孙无忌", "曾国藩", "阿·买买提",
           "Tom张", "张 三", "李4", "䶮", "𠮷", "堃", "王长江", "单田芳", "重庆", "银行", "張三", "ΑΣ张",
           "李小长江", "王丽银行", "孙丹重庆"]
    for _ in range(count):
        k = rnd.random()
        surname = rnd.choice(COMPOUND) if rnd.random() < 0.05 else rnd.choice(SURNAMES)
        given = "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2, 2))))
        if k < 0.55:
            name = surname + given
        elif k < 0.75:  # a phrase of pypinyin's inside or beside the name
            w = rnd.choice(phrases)
            name = rnd.choice((surname + w, w + given, surname + w[:2], w[-2:] + given, w,
                               surname + rnd.choice(GIVEN) + w[:2]))
        elif k < 0.85:  # rare characters and characters pypinyin does not know
            name = surname + rnd.choice(RARE + "".join(unknown)) + given[:1]
        else:  # separators, Latin letters, digits, spaces
            cut = rnd.randint(0, len(given))
            name = surname + given[:cut] + rnd.choice(OTHER) + given[cut:]
        out.append(name)
    return out


@pytest.fixture(autouse=True)
def cold():
    names.clear_caches()
    yield
    names.clear_caches()


def test_known_answers():
    assert names.pinyin_keys("张三") == ("zs", "zhangsan")
    assert names.pinyin_keys("") == ("", "")
    assert names.pinyin_keys("欧阳娜娜") == ("oynn", "ouyangnana")
    assert names.pinyin_keys("单于燕") == ("cyy", "chanyuyan")  # the compound surname is read as a word
    assert names.pinyin_keys("单田芳") == ("dtf", "dantianfang")
    assert names.pinyin_keys("尉迟恭") == ("ycg", "yuchigong")
    assert names.pinyin_keys("长孙无忌") == ("zswj", "zhangsunwuji")
    assert names.pinyin_keys("王长江") == ("wcj", "wangchangjiang")  # 长 alone is zhang
    assert names.pinyin_keys("李小长江") == ("lxcj", "lixiaochangjiang")
    assert names.pinyin_keys("阿·买买提") == ("a·mmt", "a·maimaiti")
    assert names.pinyin_keys("Tom张") == ("tz", "tomzhang")
    assert names.pinyin_keys("张 三") == ("z s", "zhang san")
    assert names.pinyin_keys("䶮𠮷堃") == ("y𠮷k", "yan𠮷kun")
    assert names.sort_key("张三") == "zhangsan 张三"
    assert names.search_text([("张三", "36042619800101123X"), ("李四", "")]) == (
        "|张三|zs|zhangsan|36042619800101123x|李四|ls|lisi||")
    assert names.search_text([]) == "||"
    # ü, which pypinyin writes v, is also held as u and yu: the spellings offices type
    assert names.search_text([("吕女", "")]) == "|吕女|ln|lvnv/lunu/lyunyu||"
    assert names.search_text([("刘略", "")]) == "|刘略|ll|liulve/liulue/liulyue||"
    # a name with a dot between its parts is also held without it, as offices type it
    assert names.search_text([("买买提·艾力", "")]) == (
        "|买买提·艾力/买买提艾力|mmt·al/mmtal|maimaiti·aili/maimaitiaili||")
    assert names.search_text([("阿依古丽•吕", "")]) == (
        "|阿依古丽•吕/阿依古丽·吕/阿依古丽吕|aygl•l/aygl·l/aygll|ayiguli•lv/ayiguli•lu/ayiguli•lyu/"
        "ayiguli·lv/ayiguli·lu/ayiguli·lyu/ayigulilv/ayigulilu/ayigulilyu||")
    assert names.shown_name("买买提·艾力/买买提艾力") == "买买提·艾力"


def test_a_search_text_of_the_old_form_is_brought_to_the_new_one():
    old = "|吕女|ln|lvnv|36042619800101123x|张三|zs|zhangsan||"
    new = names.upgrade_search_text(old)
    assert new == names.search_text([("吕女", "36042619800101123X"), ("张三", "")])
    # form 2: a dotted name held only with its dot, a 15-digit number as registered
    old = "|买买提·艾力|mmt·al|maimaiti·aili|360426800101123|吕女|ln|lvnv/lunu/lyunyu||"
    new = names.upgrade_search_text(old)
    assert new == ("|买买提·艾力/买买提艾力|mmt·al/mmtal|maimaiti·aili/maimaitiaili|360426198001011232"
                   "|吕女|ln|lvnv/lunu/lyunyu||")
    assert new == names.search_text([("买买提·艾力", "360426198001011232"), ("吕女", "")])
    assert names.upgrade_search_text(new) == new  # once only
    assert names.upgrade_search_text("||") == "||"
    assert names.upgrade_search_text("|odd|parts|") == "|odd|parts|"


def test_every_path_agrees_with_lazy_pinyin_cold_and_warm():
    sample = corpus()
    expected = [reference(n) for n in sample]
    assert [names.pinyin_keys(n) for n in sample] == expected  # cold: tables filled on the way
    names._CACHE.clear()
    assert [names.pinyin_keys(n) for n in sample] == expected  # warm character table
    assert [names.pinyin_keys(n) for n in sample] == expected  # from the cache


def test_batch_agrees_with_lazy_pinyin(monkeypatch):
    sample = [n for n in corpus(seed=11) if "\x00" not in n]  # the batch joins names with NUL
    expected = [reference(n) for n in sample]
    one_by_one = []
    monkeypatch.setattr(names, "pinyin_keys", lambda n: one_by_one.append(n))
    assert names.keys_many(sample) == expected
    assert not one_by_one  # the batch path itself was checked
    monkeypatch.undo()
    assert [names.pinyin_keys(n) for n in sample] == expected  # what the batch left in the cache
    names.clear_caches()
    assert names.keys_many(sample) == expected  # the character table filled by the per-name calls
    names.clear_caches()
    assert names.keys_many(iter(sample[:10])) == expected[:10]  # a small batch, any iterable
    assert names.keys_many([]) == []
    names.clear_caches()
    with_separator = sample[:100] + ["张\x00三"]
    assert names.keys_many(with_separator) == expected[:100] + [reference("张\x00三")]
    names.clear_caches()
    names.pinyin_keys(sample[3])  # some kept already, the rest repeated: each read once, same answers
    assert names.keys_many(sample[:60] * 2 + sample[:5]) == expected[:60] * 2 + expected[:5]


def test_sort_key_and_search_text_agree_with_lazy_pinyin():
    sample = corpus(count=1500, seed=3)
    rnd = random.Random(5)
    for i in range(0, len(sample) - 4, 4):
        members = [(n, rnd.choice(("", f"36042619{rnd.randint(50, 99)}0101{rnd.randint(100, 999)}X")))
                   for n in sample[i:i + rnd.randint(1, 4)]]
        head = members[0][0]
        assert names.sort_key(head) == f"{reference(head)[1]} {head}"
        parts = []
        for name, number in members:
            initials, full = reference(name)
            variants = [(name, initials, full)]
            if not name.isalnum():  # a dot between the parts: also without it
                dotless = [(x.translate(names.NAME_DOTS), x.translate(names.NAME_DOTS).replace("·", ""))
                           for x in (name, initials, full)]
                variants = [(name, initials, full), *zip(*dotless)]
            fulls = []
            for _, _, f in variants:
                fulls += (f, f.replace("v", "u"), f.replace("v", "yu")) if "v" in f else (f,)
            parts += ("/".join(dict.fromkeys(v[0] for v in variants)),
                      "/".join(dict.fromkeys(v[1] for v in variants)), "/".join(dict.fromkeys(fulls)), number.lower())
        assert names.search_text(members) == "|" + "|".join(parts) + "|"


def test_plain_names_do_not_go_to_pypinyin(monkeypatch):
    """The comparisons above cover the fast path: ordinary names never reach lazy_pinyin whole."""
    names.pinyin_keys("李")  # loads pypinyin and reads a first character
    names.keys_many(["张伟", "刘芳芳"] * 20)

    def whole(name):
        raise AssertionError(f"{name} went to pypinyin")

    monkeypatch.setattr(names, "_whole", whole)
    names._CACHE.clear()
    assert names.pinyin_keys("张伟") == ("zw", "zhangwei")
    assert names.pinyin_keys("刘芳芳") == ("lff", "liufangfang")
    assert names.keys_many(["刘芳芳", "张伟"] * 10)[:2] == [("lff", "liufangfang"), ("zw", "zhangwei")]


def test_short_cut_is_pypinyins_cut():
    """The segmenter's loop written out for two or three characters, over texts made of the
    prefixes of pypinyin's phrases (where the cut is not simply one character at a time)."""
    names.pinyin_keys("李")
    rnd = random.Random(9)
    p2 = sorted(names._P2)
    p3 = sorted(names._P3)
    chars = sorted({c for w in p2 for c in w})
    for _ in range(20000):
        k = rnd.random()
        if k < 0.3:
            text = rnd.choice(p3)
        elif k < 0.6:
            text = rnd.choice(p2) + rnd.choice(chars)
        elif k < 0.9:
            text = rnd.choice(chars) + rnd.choice(p2)
        else:
            text = rnd.choice(p2)
        assert names._cut3(text) == list(mmseg.seg.cut(text)), text
        assert names.pinyin_keys(text) == reference(text), text


@pytest.mark.parametrize("other", ["买买提·艾力", "买买提艾力", "买买提•艾力", "买买提・艾力", "买买提･艾力", "买买提.艾力",
                                   "买买提．艾力", "买买提‧艾力", " 买买提 · 艾力 "])
def test_a_name_with_or_without_its_dot_whichever_dot_is_the_same_name(other):
    assert names.same_name("买买提·艾力", other) and names.same_name(other, "买买提·艾力")


@pytest.mark.parametrize("a, b", [("买买提·艾力", "买买提·艾买"), ("张三", "张叁"), ("张三", ""), ("艾力", "买买提·艾力")])
def test_other_names_stay_other(a, b):
    assert not names.same_name(a, b)
