"""What the register commands share (cli/common.py): a bad date or amount ends in exit 2 with
the reason, a rule's refusal in exit 1, a command group alone prints its help, and a removal
asks for a reason and removes the one registration named."""

from __future__ import annotations

from dibao_desk.cli import main
from dibao_desk.domain.household import MemberDraft
from dibao_desk.services import relatives
from tests.helpers import make_id

SPOUSE = make_id("19650402", 22)
CADRE = make_id("19700101", 31)


def run(ctx, *argv):
    return main(["--data-dir", str(ctx.data_dir), *argv])


def test_a_relative_is_removed_with_a_reason(ctx, make_household, capsys):
    make_household(extra_members=(MemberDraft("李四", SPOUSE, "spouse"),))
    assert run(ctx, "relatives", "add", "--staff-id", CADRE, "--staff-name", "赵村长", "--role", "village_cadre",
               "--village", "东风村", "--id", SPOUSE, "--name", "李四", "--relation", "sibling") == 0
    (r,) = relatives.list_relatives(ctx.uow())
    capsys.readouterr()
    assert run(ctx, "relatives", "remove", str(r.id), "--reason", " ") == 1  # refused by the service
    assert "原因" in capsys.readouterr().err
    assert len(relatives.list_relatives(ctx.uow())) == 1
    assert run(ctx, "relatives", "remove", str(r.id), "--reason", "误登记") == 0
    assert f"已删除备案 {r.id}。" in capsys.readouterr().out
    assert relatives.list_relatives(ctx.uow()) == []


def test_bad_dates_end_in_exit_2_and_groups_print_their_help(ctx, make_household, capsys):
    hh = make_household()
    assert run(ctx, "complaints", "add", "--household", str(hh.id), "--date", "2026-11-31") == 2
    assert "2026-11-31" in capsys.readouterr().err
    assert run(ctx, "recovery", "list") == 0
    assert run(ctx, "recovery", "write-off", "1", "--reason", "x", "--date", "2026-13-01") == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    capsys.readouterr()
    assert run(ctx, "complaints") == 0
    assert "子命令" in capsys.readouterr().out
