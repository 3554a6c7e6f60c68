"""Search keys for Chinese names: pinyin initials (``zs`` finds 张三) and full pinyin.

Contract: ``pinyin_keys(name)`` is what ``lazy_pinyin(name, style=Style.NORMAL,
errors="default")`` (pypinyin) gives: the full key is its items joined, the initials the first
letter of each item, both lower case. pypinyin reads a name in several µs and a county roster
brings ~100,000 mostly distinct names, so the common case is answered from a table built from
pypinyin itself and only the rest is handed to it:

* ``_TABLE``: a character's code point -> its reading alone, capitalised, as ASCII bytes
  (张 -> ``b"Zhang"``). One C call (``codecs.charmap_encode``) turns a name into
  ``b"ZhangSan"``: in lower case the full key, its capitals the initials. A character met for
  the first time is read by pypinyin (the ``_fill`` error handler) and kept. ``b"\\xff"`` marks a
  character pypinyin must read in context: anything but a Han character it knows whose
  ``lazy_pinyin`` alone is one plain lower-case ASCII item (Latin letters, digits, spaces, ·,
  characters pypinyin does not know); names holding one go to ``lazy_pinyin`` whole.
* pypinyin cuts a run of Han characters into the longest words of its phrase dictionary, each
  read as a whole (欧阳, 长孙, a polyphonic character in a word), and reads the rest one
  character at a time. Every word of two or more characters starts with one of the
  two-character prefixes in ``_P2``, so a name none of whose adjacent pairs is in ``_P2`` is read
  character by character. The few others are cut as pypinyin's segmenter cuts them (its loop
  written out for two or three characters, pypinyin's own beyond) and each word is read by
  pypinyin once (``_WORDS``).

``keys_many`` does the same for a batch with a handful of C calls over all the names joined;
it also fills the cache that ``pinyin_keys``, ``sort_key`` and ``search_text`` read.
"""

from __future__ import annotations

import codecs
import threading
import unicodedata
from codecs import charmap_encode as _encode
from itertools import compress, repeat
from operator import itemgetter
from typing import Any, Container, Iterable, Sequence

from dibao_desk.domain.idcard import convert_15 as _convert_15

_UNSAFE = b"\xff"  # a character pypinyin must read in context
_SEP = b"\xfe"  # what the batch separator "\x00" becomes
_INITIALS = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
_LOWER = b"abcdefghijklmnopqrstuvwxyz"  # deleted from b"ZhangSan" to leave the initials
_HEAD = itemgetter(slice(0, 2))
_TAIL = itemgetter(slice(1, 3))
_CACHE_MAX = 200_000
_ERRORS = "dibao_desk.names.fill"  # the codec error handler that reads new characters

_tables: tuple[Any, ...] | None = None  # (lazy_pinyin, Style.NORMAL, PINYIN_DICT, RE_HANS, the segmenter's cut, PHRASES_DICT)
_load_lock = threading.Lock()
_P2: frozenset[str] = frozenset()  # the first two characters of every phrase of pypinyin's
_P3: frozenset[str] = frozenset()  # the first three characters of its phrases of three or more
_WORDS: dict[str, tuple[str, str] | None] = {}  # a phrase -> (initials, full); None: read in context
_TABLE: list[bytes | None] = []  # code point (BMP) -> b"Zhang" or _UNSAFE; None: not read yet
_ASTRAL: dict[int, bytes] = {}  # the same beyond the BMP
_CACHE: dict[str, tuple[str, str]] = {}  # name -> (initials, full)


def _load() -> tuple[Any, ...]:
    # pypinyin's dictionaries take ~50 MB: loaded when a name is first written, not at start-up.
    global _tables, _P2, _P3
    if _tables is None:
        with _load_lock:
            if _tables is None:
                from pypinyin import Style, lazy_pinyin
                from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS
                from pypinyin.seg import mmseg

                _P2 = frozenset([w[:2] for w in PHRASES_DICT if len(w) >= 2])
                _P3 = frozenset([w[:3] for w in PHRASES_DICT if len(w) >= 3])
                _tables = (lazy_pinyin, Style.NORMAL, PINYIN_DICT, RE_HANS, mmseg.seg.cut, PHRASES_DICT)
    return _tables


def _reading(ch: str) -> bytes:
    """b"Zhang" for 张: a Han character read alone as one plain lower-case item; else _UNSAFE."""
    lazy_pinyin, normal, chars, re_hans = _load()[:4]
    if ord(ch) in chars and re_hans.match(ch) is not None:
        items = lazy_pinyin(ch, style=normal, errors="default")
        if len(items) == 1:
            r: str = items[0]
            if r.isascii() and r.isalpha() and r.islower():
                return r.capitalize().encode("ascii")
    return _UNSAFE


def _fill(exc: UnicodeError) -> tuple[bytes, int]:
    """Codec error handler: characters not in ``_TABLE`` yet are read and kept."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start:exc.end]:
        code = ord(ch)
        if code < 0x10000:
            v = _TABLE[code] = _reading(ch)
        else:
            cached = _ASTRAL.get(code)
            if cached is None:
                cached = _ASTRAL[code] = _reading(ch)
            v = cached
        out.append(v)
    return b"".join(out), exc.end


codecs.register_error(_ERRORS, _fill)


def _reset_table() -> None:
    _ASTRAL.clear()
    _TABLE[:] = [None] * 0x10000
    _TABLE[:128] = [_UNSAFE] * 128  # ASCII is never a Han character
    _TABLE[0] = _SEP


_reset_table()


def _whole(name: str) -> tuple[str, str]:
    """pypinyin reads the whole name (the reference for every other path)."""
    lazy_pinyin, normal = _load()[:2]
    items = lazy_pinyin(name, style=normal, errors="default")
    return "".join(p[0] for p in items if p).lower(), "".join(items).lower()


def _word(word: str) -> tuple[str, str] | None:
    try:
        return _WORDS[word]
    except KeyError:
        lazy_pinyin, normal = _load()[:2]
        items = lazy_pinyin(word, style=normal, errors="default")
        full = "".join(items)
        # only ASCII: lower-casing the parts then joining them equals lower-casing the whole
        r = ("".join(p[0] for p in items if p).lower(), full.lower()) if full.isascii() else None
        _WORDS[word] = r
        return r


def _cut2(text: str, phrases: Container[str]) -> list[str]:
    return [text] if text in phrases else list(text)


def _cut3(text: str) -> list[str]:
    """How pypinyin's segmenter (``pypinyin.seg.mmseg.Seg.cut``, strict mode: words of its phrase
    dictionary, else single characters) cuts a text of two or three characters, its loop
    written out; the prefixes of the phrases are ``_P2`` and ``_P3``."""
    phrases = _load()[5]
    if len(text) == 2:
        return _cut2(text, phrases)
    a = text[0]
    ab = text[:2]
    if ab in _P2:
        if text in _P3:
            if text in phrases:
                return [text]
            if ab in phrases:
                return [ab, text[2]]
            if a in phrases:
                return [a, *_cut2(text[1:], phrases)]
            return list(text)  # the whole text is only a prefix: one character at a time
        if ab in phrases:
            return [ab, text[2]]
    return [a, *_cut2(text[1:], phrases)]


def _phrased(name: str) -> tuple[str, str]:
    """A name of Han characters with one plain reading each that may hold a phrase: cut as
    pypinyin cuts it, each word read as pypinyin reads it alone."""
    initials: list[str] = []
    full: list[str] = []
    for word in (_cut3(name) if len(name) <= 3 else _load()[4](name)):
        if len(word) == 1:
            b = _encode(word, _ERRORS, _TABLE)[0]
            initials.append(chr(b[0] | 0x20))
            full.append(b.lower().decode("ascii"))
        else:
            r = _word(word)
            if r is None:
                return _whole(name)
            initials.append(r[0])
            full.append(r[1])
    return "".join(initials), "".join(full)


def _keys(name: str) -> tuple[str, str]:
    b = _encode(name, _ERRORS, _TABLE)[0]
    if b.isascii():  # every character is a Han character with one plain reading
        n = len(name)
        if n == 3:
            if name[:2] in _P2 or name[1:] in _P2:
                return _phrased(name)
        elif n == 2:
            if name in _P2:
                return _phrased(name)
        elif n > 3:
            p2 = _P2
            for i in range(n - 1):
                if name[i:i + 2] in p2:
                    return _phrased(name)
        return b.translate(_INITIALS, _LOWER).decode("ascii"), b.lower().decode("ascii")
    return _whole(name)


def _miss(name: str) -> tuple[str, str]:
    r = _keys(name)
    if len(_CACHE) >= _CACHE_MAX:
        _CACHE.clear()
    _CACHE[name] = r
    return r


def pinyin_keys(name: str) -> tuple[str, str]:
    """Return (initials, full pinyin) of a name, lower case, without tones."""
    return _CACHE.get(name) or _miss(name)


def keys_many(names: Iterable[str]) -> list[tuple[str, str]]:
    """``[pinyin_keys(n) for n in names]``, faster for a batch (say a roster's names): the
    answers are also kept for ``pinyin_keys``, ``sort_key`` and ``search_text``. Each name is
    read once however often the batch holds it (a county's roster repeats many), and not
    again when it is kept already."""
    if not isinstance(names, list):
        names = list(names)
    if len(names) < 16:
        return [pinyin_keys(x) for x in names]
    cache = _CACHE
    todo = [x for x in dict.fromkeys(names) if x not in cache]
    if len(todo) > _CACHE_MAX:
        return _read_many(names)  # more than are kept: read as they come
    if len(todo) >= 16:
        if len(cache) + len(todo) > _CACHE_MAX:
            cache.clear()  # (the names of the batch kept before are read again below)
        cache.update(zip(todo, _read_many(todo)))
    get = cache.get
    return [get(x) or _miss(x) for x in names]


def _read_many(names: list[str]) -> list[tuple[str, str]]:
    """The keys of ``names`` with a handful of C calls over all of them joined."""
    n = len(names)
    if n < 16:
        return [_keys(x) for x in names]
    big = "\x00".join(names)
    if big.count("\x00") != n - 1:  # a name holds the separator
        return [_keys(x) for x in names]
    enc = _encode(big, _ERRORS, _TABLE)[0]
    full = enc.lower().decode("latin-1").split("\xfe")
    out = list(zip(enc.translate(_INITIALS, _LOWER).decode("latin-1").split("\xfe"), full))
    redo = set(compress(range(n), map((3).__lt__, map(len, names))))  # four characters or more
    if _UNSAFE in enc:
        redo.update(compress(range(n), map(str.__contains__, full, repeat("\xff"))))
    p2 = _P2.__contains__
    redo.update(compress(range(n), map(p2, map(_HEAD, names))))
    redo.update(compress(range(n), map(p2, map(_TAIL, names))))
    for i in redo:
        out[i] = _keys(names[i])  # pypinyin's phrases, long names, other characters
    return out


def preload() -> None:
    """Load pypinyin's tables now (about 0.2 s of imports), for instance on a helper thread
    while a roster is being read, instead of when the first name is written."""
    _load()


def clear_caches() -> None:
    """Forget every name and character read so far (the next ones are read afresh)."""
    _CACHE.clear()
    _WORDS.clear()
    _reset_table()


def sort_key(name: str) -> str:
    """A key that sorts names the way a Chinese reader expects (by pinyin)."""
    return f"{(_CACHE.get(name) or _miss(name))[1]} {name}"


# The search text's form. 2: a full key holding ü (pypinyin writes it v: 吕 lv, 略 lve) also
# holds the spellings with u and yu, so "lu" and "lyu" find 吕 as "lv" does. 3: a name with a
# dot between its parts (买买提·艾力) also holds its name and keys without the dot (买买提艾力,
# mmtal, maimaitiaili), which is how offices type it; an ID number registered with the old 15
# digits is held as the 18 digits the list shows.
SEARCH_KEYS_VERSION = 3
_SPELLINGS = "/"  # between a part's spellings (a typed search never holds it)


def spellings(full: str) -> str:
    """A full key as the search text holds it: with ü (v) also as u and as yu, the three
    spellings offices type (lvxiaoming/luxiaoming/lyuxiaoming); other keys as they are."""
    if "v" not in full:
        return full
    return f"{full}{_SPELLINGS}{full.replace('v', 'u')}{_SPELLINGS}{full.replace('v', 'yu')}"


def _undotted(part: str) -> list[str]:
    """A name or key holding a dot between its parts, as it is and as typed without the dot
    (any of ``NAME_DOTS`` read as ·): 买买提·艾力 -> [买买提·艾力, 买买提艾力]."""
    dotted = part.translate(NAME_DOTS)
    return list(dict.fromkeys((part, dotted, dotted.replace("·", ""))))


def _member_parts(name: str, initials: str, full: str, number: str) -> tuple[str, str, str, str]:
    """The four parts a member has in the search text: name, initials, full key (``spellings``)
    and ID number; each part's first spelling is the name or key itself."""
    if name.isalnum():  # no dot (nor anything else between letters): the common case
        return name, initials, spellings(full) if "v" in full else full, number
    return (_SPELLINGS.join(_undotted(name)), _SPELLINGS.join(_undotted(initials)),
            _SPELLINGS.join(map(spellings, _undotted(full))), number)


def search_text(names_and_ids: Iterable[Sequence[Any]]) -> str:
    """The text the household list searches: for each member its name, pinyin initials, full
    pinyin (``spellings``) and ID number (each item (name, ID number, ...): a member's first
    two fields), a dotted name also without its dot (``_member_parts``)."""
    get = _CACHE.get
    parts: list[str] = []
    for m in names_and_ids:
        name = m[0]
        r = get(name) or _miss(name)
        parts += _member_parts(name, r[0], r[1], m[1].lower())
    return "|" + "|".join(parts) + "|"


def shown_name(part: str) -> str:
    """The member's name in the name part of a search text (its first spelling)."""
    return part.split(_SPELLINGS, 1)[0]


def upgrade_search_text(text: str) -> str:
    """A search text written by an older form in today's form: the same members, each rebuilt
    from the name and keys it holds (no pinyin is read again) and an ID number of 15 digits
    as its 18 digits."""
    parts = text[1:-1].split("|") if len(text) >= 2 else []
    if len(parts) % 4:
        return text  # not the four parts a member: left alone
    out: list[str] = []
    for i in range(0, len(parts), 4):
        number = parts[i + 3]
        if len(number) == 15 and number.isdigit():
            number = _convert_15(number)
        name, initials, full = (p.split(_SPELLINGS, 1)[0] for p in parts[i:i + 3])
        out += _member_parts(name, initials, full, number)
    return "|" + "|".join(out) + "|"


# The dots typed between the parts of a name (买买提•艾力, 买买提・艾力, 买买提.艾力) for the one the
# identity card and the bank write: the middle dot U+00B7.
NAME_DOTS = str.maketrans({c: "·" for c in "•・.．‧﹒･⋅∙"})


def clean(name: str) -> str:
    """A name as it is stored: stripped, with its separating dot the identity card's ·, so
    the same person is written (and found, and matched with the bank's 户名) one way."""
    return name.strip().translate(NAME_DOTS)


_NO_DOTS = str.maketrans("", "", "·" + "".join(chr(c) for c in NAME_DOTS))


def _folded(name: str) -> str:
    t = unicodedata.normalize("NFKC", name or "")
    return "".join(t.split()).translate(_NO_DOTS).casefold()


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two writings are one person's name to a name check (the bank's 户名 beside the
    household's, a list's name beside the member's): spaces, full-width forms and the dot
    between a name's parts, written or not and whichever dot (买买提·艾力, 买买提艾力, 买买提•艾力,
    买买提・艾力, 买买提.艾力), do not make another name."""
    return (a or "") == (b or "") or _folded(a or "") == _folded(b or "")
