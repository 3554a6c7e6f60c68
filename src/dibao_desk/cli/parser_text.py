"""argparse's own words (usage, section titles, --help, its error messages) in Chinese.

argparse looks each of its texts up through ``gettext`` at the moment it prints it, and
Python carries no Chinese catalogue for them, so ``dibao-desk --help`` and a mistyped command
line used to answer in English around our Chinese help texts. ``install`` puts a lookup of
our own in argparse's place: the texts below in Chinese, any other (a newer Python's, or the
programming errors a user never sees) as argparse has it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

# argparse's message ids (Python 3.11-3.13) -> what the operator reads
TEXTS: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "subcommands": "子命令",
    "show this help message and exit": "显示本帮助并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "the following arguments are required: %s": "缺少必须给出的参数：%s",
    "one of the arguments %s is required": "参数 %s 中必须给出一个",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "此选项不带值，多给的 %r 无法使用",
    "expected one argument": "后面需要一个值",
    "expected at most one argument": "后面最多一个值",
    "expected at least one argument": "后面至少需要一个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是：%(matches)s",
    "unexpected option string: %s": "此处不能用选项：%s",
    "invalid %(type)s value: %(value)r": "%(value)r 不是有效的值（应为 %(type)s）",
    "invalid choice: %(value)r (choose from %(choices)s)": "%(value)r 不是可选的值（可选：%(choices)s）",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "没有命令 %(parser_name)r（可用的命令：%(choices)s）",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
}
# argparse's ngettext ids (singular, plural) -> the text for any count
PLURALS: dict[tuple[str, str], str] = {
    ("expected %s argument", "expected %s arguments"): "后面需要 %s 个值",
}


def gettext(message: str) -> str:
    return TEXTS.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    found = PLURALS.get((singular, plural))
    if found is not None:
        return found
    return singular if n == 1 else plural


def install(module: object = argparse) -> None:
    """Make argparse (``module``) look its texts up here. Idempotent."""
    look_up: Callable[[str], str] = gettext
    setattr(module, "_", look_up)
    setattr(module, "ngettext", ngettext)
