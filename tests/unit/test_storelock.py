"""One program per data folder: a second one is refused and told who has it; a crashed
program's lock is taken over; read-only commands still run."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from dibao_desk.cli import main as cli_main
from dibao_desk.services.storelock import StoreBusy, StoreLock, read_owner

SRC = str(Path(__file__).resolve().parents[2] / "src")

HOLDER = """
import sys, time
from dibao_desk.services.storelock import StoreLock
lock = StoreLock(sys.argv[1], "dibao-desk import-roster").acquire()
print("ready", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def holder(ctx):
    """Another process that holds the data folder's lock until it is killed."""
    env = {**os.environ, "PYTHONPATH": SRC}
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(ctx.data_dir)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, env=env, text=True)
    assert proc.stdout.readline().strip() == "ready"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def test_a_second_program_is_refused_and_told_who_has_the_folder(ctx, holder, capsys):
    with pytest.raises(StoreBusy) as info:
        StoreLock(ctx.data_dir, "dibao-desk").acquire()
    owner = info.value.owner
    assert (owner.host, owner.pid, owner.program) == (socket.gethostname(), holder.pid, "dibao-desk import-roster")

    assert cli_main(["--data-dir", str(ctx.data_dir), "backup"]) == 3
    err = capsys.readouterr().err
    assert f"进程 {holder.pid}" in err and socket.gethostname() in err and owner.since in err
    assert not (ctx.data_dir / "backups").exists()  # nothing was written


def test_read_only_commands_run_beside_the_holder(ctx, holder, capsys):
    assert cli_main(["--data-dir", str(ctx.data_dir), "check"]) == 0
    assert "结论：正常" in capsys.readouterr().out


def test_a_crashed_programs_lock_is_taken_over(ctx, holder, capsys):
    (ctx.data_dir / ".~dibao.abc123.part").write_bytes(b"half a file")
    holder.kill()  # no clean exit: the owner file stays behind
    holder.wait()
    assert read_owner(ctx.data_dir).pid == holder.pid
    lock = StoreLock(ctx.data_dir, "dibao-desk").acquire()
    try:
        assert lock.took_over.pid == holder.pid
        assert read_owner(ctx.data_dir).pid == os.getpid()
        assert [p.name for p in lock.cleaned] == [".~dibao.abc123.part"]
        assert not (ctx.data_dir / ".~dibao.abc123.part").exists()
    finally:
        lock.release()
    assert read_owner(ctx.data_dir) is None
    assert cli_main(["--data-dir", str(ctx.data_dir), "backup"]) == 0


def test_the_same_process_cannot_hold_it_twice(tmp_path):
    with StoreLock(tmp_path, "dibao-desk"):
        with pytest.raises(StoreBusy):
            StoreLock(tmp_path, "dibao-desk demo").acquire()
    with StoreLock(tmp_path, "dibao-desk demo"):
        pass
