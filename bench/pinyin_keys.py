"""Pinyin search keys of a county's names: the current ``dibao_desk.domain.names`` beside the
previous algorithm (kept below as ``Baseline``), in the same process, over the same names.

    .venv/bin/python bench/pinyin_keys.py [--names 137000] [--households 37000] [--rounds 5]

Prints, for each workload, the median time of the baseline and of the current code and the
ratio (target ≥ 5× for a cold cache):
- ``pinyin_keys`` over ~137,000 mostly distinct 2–3 character names, cold caches
  (character table and name cache emptied before each round; pypinyin itself already loaded);
- the same, warm character table but empty name cache (a second roster);
- the import's calls: for each of ~37,000 households ``sort_key(head)`` and
  ``search_text([(name, id), ...])`` of its members, cold caches;
- ``keys_many`` over the names (the batch form, beside the baseline ``pinyin_keys`` loop), cold
  and with a warm character table;
- the import's calls again, the names of all members first read with one ``keys_many``;
- the import's calls with every name already cached (what is left besides reading names).
Every round also checks that both give the same answers. The cycle collector is paused while
timing, as the roster import pauses it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from functools import lru_cache

from dibao_desk.domain import names
from dibao_desk.exchange.bulk import gc_paused

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
            "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
            "武戴莫孔向汤单乐朴区仇解查柏翟缪")
COMPOUND = ("欧阳", "司马", "诸葛", "上官", "长孙", "尉迟", "单于", "东方", "皇甫", "令狐")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文斌辉鹏志宏海燕春梅凤兵林琴云"
         "德福贵生荣发祥金银宝山水石松柏竹菊莲凤凰龙虎豹彪雄威武忠孝仁义礼智信良善美丽娟婷婉娴淑"
         "小大中长少新永远成功利民安康泰和顺吉庆喜乐欢笑晨曦朝阳光明月星辰雨雪霜露清泉江河湖波涛"
         "浩然博学思源子豪宇轩浩瑞泽嘉怡欣悦梓涵诗琪佳颖可馨雅琳晓雯倩蕾丹妮翠娥秋菊冬梅夏荷彩霞"
         "兴旺昌盛家富国强振华卫东红军跃进立新爱党向阳海燕秀英桂兰玉珍凤英淑珍素芬秀兰")


def make_names(count: int, seed: int = 1) -> list[str]:
    """Township names: a common surname (sometimes a polyphonic or compound one) and one or two
    given-name characters; mostly distinct."""
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        surname = rnd.choice(COMPOUND) if rnd.random() < 0.01 else rnd.choice(SURNAMES)
        out.append(surname + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2, 2)))))
    return out


def make_households(all_names: list[str], households: int, seed: int = 2):
    """(head name, [(name, id number), ...]) for each household, the names taken in order."""
    rnd = random.Random(seed)
    out = []
    i = 0
    for _ in range(households):
        size = rnd.choice((1, 2, 3, 3, 4, 5))
        members = [(all_names[(i + k) % len(all_names)],
                    f"36042619{rnd.randint(50, 99)}0101{rnd.randint(100, 999)}X") for k in range(size)]
        i += size
        out.append((members[0][0], members))
    return out


# --- the previous implementation, verbatim (module state renamed with _old) ---------------------

_old_READINGS: dict[str, list[str]] = {}
_old_tables = None


def _old_load():
    global _old_tables
    if _old_tables is None:
        from pypinyin import Style, lazy_pinyin
        from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS

        _old_tables = (lazy_pinyin, Style.NORMAL, PHRASES_DICT, PINYIN_DICT, RE_HANS)
    return _old_tables


def _old_readings(name: str) -> list[str]:
    lazy_pinyin, normal, phrases, chars, re_hans = _old_load()
    n = len(name)
    simple = n > 0 and re_hans.match(name) is not None
    if simple:
        for ch in name:
            if ord(ch) not in chars:
                simple = False
                break
    if simple:
        for i in range(n - 1):
            for j in range(i + 2, n + 1):
                if name[i:j] in phrases:
                    simple = False
                    break
            if not simple:
                break
    if not simple:
        return lazy_pinyin(name, style=normal, errors="default")
    out: list[str] = []
    for ch in name:
        r = _old_READINGS.get(ch)
        if r is None:
            r = _old_READINGS[ch] = lazy_pinyin(ch, style=normal, errors="default")
        out.extend(r)
    return out


@lru_cache(maxsize=200_000)
def _old_pinyin_keys(name: str) -> tuple[str, str]:
    full = _old_readings(name)
    initials = "".join(p[0] for p in full if p)
    return initials.lower(), "".join(full).lower()


def _old_sort_key(name: str) -> str:
    _initials, full = _old_pinyin_keys(name)
    return f"{full} {name}"


def _old_search_text(names_and_ids: list[tuple[str, str]]) -> str:
    parts: list[str] = []
    for name, id_number in names_and_ids:
        initials, full = _old_pinyin_keys(name)
        if "v" in full:  # ü also as u and yu (the search text's form 2)
            full = f"{full}/{full.replace('v', 'u')}/{full.replace('v', 'yu')}"
        parts.extend((name, initials, full, id_number.lower()))
    return "|" + "|".join(parts) + "|"

# -----------------------------------------------------------------------------------------------


class Baseline:
    load = staticmethod(_old_load)
    pinyin_keys = staticmethod(_old_pinyin_keys)
    sort_key = staticmethod(_old_sort_key)
    search_text = staticmethod(_old_search_text)

    @staticmethod
    def clear(chars: bool = True) -> None:
        _old_pinyin_keys.cache_clear()
        if chars:
            _old_READINGS.clear()


def clear_new(chars: bool = True) -> None:
    if chars:
        names.clear_caches()
    else:
        names._CACHE.clear()


def timed(fn) -> tuple[float, object]:
    started = time.perf_counter()
    out = fn()
    return time.perf_counter() - started, out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--names", type=int, default=137_000)
    ap.add_argument("--households", type=int, default=37_000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    all_names = make_names(args.names)
    homes = make_households(all_names, args.households)
    print(f"{len(all_names)} names, {len(set(all_names))} distinct; {len(homes)} households, "
          f"{sum(len(m) for _h, m in homes)} persons")

    old = Baseline()
    t_import, _ = timed(old.load)
    t_load, _ = timed(names._load)  # the new code also builds its phrase-prefix set here
    print(f"loading pypinyin: {t_import * 1000:.0f} ms; then the new tables (phrase prefixes): "
          f"{t_load * 1000:.1f} ms (once per process)")

    def rounds(label, run_old, run_new, reset_old, reset_new):
        t_old, t_new = [], []
        for _ in range(args.rounds):
            reset_old()
            with gc_paused():  # as the roster import runs
                a, ra = timed(run_old)
            reset_new()
            with gc_paused():
                b, rb = timed(run_new)
            if ra != rb:
                raise SystemExit(f"{label}: the new code gave different answers")
            t_old.append(a)
            t_new.append(b)
        mo, mn = statistics.median(t_old), statistics.median(t_new)
        print(f"{label:<46} baseline {mo * 1000:8.1f} ms   new {mn * 1000:7.1f} ms   "
              f"ratio {mo / mn:5.1f}x")

    rounds("pinyin_keys, cold caches",
           lambda: [old.pinyin_keys(n) for n in all_names],
           lambda: [names.pinyin_keys(n) for n in all_names],
           old.clear, clear_new)
    rounds("pinyin_keys, warm characters, cold names",
           lambda: [old.pinyin_keys(n) for n in all_names],
           lambda: [names.pinyin_keys(n) for n in all_names],
           lambda: old.clear(chars=False), lambda: clear_new(chars=False))
    rounds("import: sort_key + search_text, cold caches",
           lambda: [(old.sort_key(h), old.search_text(m)) for h, m in homes],
           lambda: [(names.sort_key(h), names.search_text(m)) for h, m in homes],
           old.clear, clear_new)
    rounds("keys_many (new) vs pinyin_keys loop, cold",
           lambda: [old.pinyin_keys(n) for n in all_names],
           lambda: names.keys_many(all_names),
           old.clear, clear_new)
    rounds("keys_many, warm characters, cold names",
           lambda: [old.pinyin_keys(n) for n in all_names],
           lambda: names.keys_many(all_names),
           lambda: old.clear(chars=False), lambda: clear_new(chars=False))

    def import_batched():
        names.keys_many([name for _h, members in homes for name, _id in members])
        return [(names.sort_key(h), names.search_text(m)) for h, m in homes]

    rounds("import, keys_many first, cold caches",
           lambda: [(old.sort_key(h), old.search_text(m)) for h, m in homes],
           import_batched, old.clear, clear_new)
    members = [name for _h, m in homes for name, _id in m]
    rounds("import calls, every name already cached",
           lambda: [(old.sort_key(h), old.search_text(m)) for h, m in homes],
           lambda: [(names.sort_key(h), names.search_text(m)) for h, m in homes],
           lambda: [old.pinyin_keys(n) for n in members], lambda: names.keys_many(members))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
