"""``dibao-desk COMMAND`` as a process (dibao_desk/main.py): it ends without the interpreter
freeing every object, and keeps everything normal exit keeps — its output, its exit code, the
store's writes with the WAL checkpointed, the log; the parser alone loads neither the store nor
Qt; ``DIBAO_TIMINGS=1`` prints where the process spent its time."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook

import dibao_desk
from dibao_desk.cli import roster as roster_cli, timings
from dibao_desk.main import leave_process
from dibao_desk.models.store import DB_NAME
from dibao_desk.services import households
from dibao_desk.services.context import open_context
from dibao_desk.services.roster_plan import IMPORT_STATUSES
from tests.exchange.roster_samples import messy_roster
from tests.helpers import downgrade_folder

SRC = str(Path(dibao_desk.__file__).resolve().parents[1])


def _env(**extra: str) -> dict[str, str]:
    # stdout and stderr buffered, as in an office's terminal or a pipe: what they hold must be
    # flushed before the process leaves
    env = {k: v for k, v in os.environ.items() if k not in (timings.ENV, "PYTHONUNBUFFERED")}
    env["PYTHONPATH"] = SRC + os.pathsep + env.get("PYTHONPATH", "")
    return {**env, **extra}


def _process(data: Path, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m dibao_desk --data-dir DATA ARGV...`` as a person runs it; what it printed."""
    return subprocess.run([sys.executable, "-m", "dibao_desk", "--data-dir", str(data), *argv],
                          capture_output=True, text=True, encoding="utf-8", env=_env(**env), timeout=300)


def test_an_import_run_as_a_process_keeps_its_output_exit_code_and_writes(ctx, tmp_path):
    path = messy_roster(tmp_path / "花名册.xlsx")
    data = ctx.data_dir
    ctx.close()
    done = _process(data, "import-roster", str(path))
    assert done.returncode == 0, done.stderr
    assert "新建 3 户 5 人" in done.stdout and "拒绝 5 行（3 户）" in done.stdout
    assert done.stdout.rstrip().endswith(
        f"未导入的行及原因已写入：{tmp_path / '花名册-未导入.xlsx'}（改正后可再次导入）")
    assert "用时" in done.stderr
    # its progress on stderr, a pipe here: one line per job, no percentages
    assert done.stderr.startswith("检查花名册：完成\n导入花名册：完成\n") and "%" not in done.stderr
    sheet = load_workbook(tmp_path / "花名册-未导入.xlsx", read_only=True).worksheets[0]
    assert len(list(sheet.iter_rows(values_only=True))) == 1 + 5  # header and the five rejected rows
    # The store was closed before the process ended: its WAL was checkpointed into the file.
    assert not (data / f"{DB_NAME}-wal").exists()
    again = open_context(data)
    try:
        assert households.count(again.uow()) == 3
    finally:
        again.close()


def test_a_refused_import_keeps_its_exit_code_and_message(ctx, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    ctx.close()
    done = _process(ctx.data_dir, "import-roster", str(bad))
    assert done.returncode == 2
    assert "不是 Excel 工作簿" in done.stderr


def test_an_old_store_is_upgraded_by_a_command_and_the_log_is_kept(ctx, tmp_path):
    data = ctx.data_dir
    ctx.close()
    downgrade_folder(data, "0021")
    done = _process(data, "import-roster", str(messy_roster(tmp_path / "花名册.xlsx")), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "可新建 3 户 5 人" in done.stdout
    assert (data / "dibao.before-0021.sqlite3").exists()
    # written by the log handler during the command, flushed and closed before the process left
    assert "before migration" in (data / "dibao-desk.log").read_text(encoding="utf-8")


def test_timings_are_printed_on_stderr_only_when_asked(ctx, tmp_path):
    path = messy_roster(tmp_path / "花名册.xlsx")
    ctx.close()
    done = _process(ctx.data_dir, "import-roster", str(path), "--dry-run", DIBAO_TIMINGS="1")
    assert done.returncode == 0, done.stderr
    marks = timings.parse(done.stderr)
    # "read": when the read-ahead had the sheet, on its own thread (before or after the store)
    assert [m for m in marks if m != "read"] == ["main", "command", "store", "preview", "errors", "done", "exit"]
    walls = [wall for name, (wall, _cpu) in marks.items() if name != "read"]
    assert walls == sorted(walls)
    assert marks["main"][0] < marks["read"][0] < marks["preview"][0]
    assert timings.parse(_process(ctx.data_dir, "import-roster", str(path), "--dry-run").stderr) == {}


def test_building_the_parser_loads_neither_the_store_nor_qt_nor_the_writers():
    code = ("import sys; from dibao_desk.cli import build_parser; build_parser(); "
            "print(' '.join(sorted({m.split('.')[0] for m in sys.modules} | "
            "{m for m in sys.modules if m.startswith('dibao_desk.')})))")
    loaded = set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(),
                                check=True, timeout=120).stdout.split())
    assert "dibao_desk.cli.roster" in loaded  # every command was registered
    for heavy in ("sqlalchemy", "alembic", "openpyxl", "reportlab", "PySide6", "python_calamine", "pypinyin",
                  "stdnum", "dibao_desk.models", "dibao_desk.services.context"):
        assert heavy not in loaded, heavy


def test_the_roster_commands_statuses_are_the_ones_an_import_may_give():
    assert roster_cli.IMPORT_STATUS_CHOICES == tuple(s.value for s in IMPORT_STATUSES)


def test_the_process_is_not_cut_short_while_a_thread_normal_exit_waits_for_runs():
    release = threading.Event()
    worker = threading.Thread(target=release.wait, daemon=False)
    worker.start()
    try:
        leave_process(0)  # returns: normal exit would wait for the worker, so the caller exits normally
    finally:
        release.set()
        worker.join()


def test_leaving_runs_the_atexit_handlers_flushes_and_keeps_the_exit_code():
    """What any library registered to run at exit (logging's shutdown, filelock, temporary
    folders' cleanup) still runs; output written after it is flushed too."""
    code = ("import atexit, sys; from dibao_desk.main import leave_process; "
            "atexit.register(lambda: print('at exit')); print('before'); print('said', file=sys.stderr); "
            "leave_process(3); print('never')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=120)
    assert done.returncode == 3
    assert done.stdout == "before\nat exit\n"
    assert done.stderr == "said\n"


def test_a_caller_that_goes_on_gets_the_cycle_collector_back(ctx, tmp_path):
    """The collector is off while a command's parser is built (and, in a process of its own,
    for the whole of an import); a caller that goes on afterwards has it as it was."""
    import gc

    from dibao_desk.main import main

    path = messy_roster(tmp_path / "花名册.xlsx")
    assert gc.isenabled()
    assert main(["--data-dir", str(ctx.data_dir), "import-roster", str(path), "--dry-run"]) == 0
    assert gc.isenabled()
    gc.disable()
    try:
        assert main(["--data-dir", str(ctx.data_dir), "check"]) in (0, 1)
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()


def test_an_import_process_runs_without_the_cycle_collector(ctx, tmp_path):
    code = ("import gc, sys; from dibao_desk.cli import roster; seen = []; run = roster.run_import_roster; "
            "roster.run_import_roster = lambda args: seen.append(gc.isenabled()) or run(args); "
            "sys.argv = ['dibao-desk', '--data-dir', sys.argv[1], 'import-roster', sys.argv[2], '--dry-run']; "
            "import atexit; atexit.register(lambda: print('collector', seen)); "
            "from dibao_desk.main import launch; launch()")
    path = messy_roster(tmp_path / "花名册.xlsx")
    ctx.close()
    done = subprocess.run([sys.executable, "-c", code, str(ctx.data_dir), str(path)], capture_output=True,
                          text=True, encoding="utf-8", env=_env(), timeout=300)
    assert done.returncode == 0, done.stderr
    assert "collector [False]" in done.stdout


def _count_reads(monkeypatch) -> list[tuple]:
    from dibao_desk.exchange import read_ahead

    started: list[tuple] = []
    real_start = read_ahead.ReadAhead.start
    monkeypatch.setattr(read_ahead.ReadAhead, "start",
                        classmethod(lambda cls, *a, **k: started.append(a) or real_start(*a, **k)))
    return started


def test_the_read_ahead_starts_before_the_parser_and_reads_the_file_once(ctx, tmp_path, capsys, monkeypatch):
    from dibao_desk.cli import start_early
    from dibao_desk.main import main

    path = messy_roster(tmp_path / "花名册.xlsx")
    started = _count_reads(monkeypatch)
    argv = [f"--data-dir={ctx.data_dir}", "import-roster", "--village", "东风村", "--sheet=低保花名册", str(path),
            "--dry-run"]
    early = start_early(argv)
    assert early is not None and started == [(str(path), "低保花名册")]
    early.work.close()
    started.clear()
    assert main(argv) == 0
    assert "可新建 3 户 5 人" in capsys.readouterr().out
    assert started == [(str(path), "低保花名册")]  # once, before the parser was built, and used
    for other in (["--data-dir", str(ctx.data_dir), "check"], ["import-roster"], ["import-roster", "a", "b"],
                  ["import-roster", str(path), "--help"], ["--version"], ["--data-dir", "import-roster", "check"]):
        assert start_early(other) is None, other


def test_a_command_line_the_import_roster_parser_reads_is_read_as_the_full_parser_reads_it(ctx, tmp_path):
    """The process then runs on what the command's own parser read, without building the others'."""
    from dibao_desk.cli import build_parser, start_early

    path = str(messy_roster(tmp_path / "花名册.xlsx"))
    for argv in ([f"--data-dir={ctx.data_dir}", "import-roster", path],
                 ["--data-dir", str(ctx.data_dir), "--user", "张三", "import-roster", "--exist", "skip", "--dry", path],
                 ["--db=postgresql://clerk@server/county", "import-roster", path, "--status", "registered",
                  "--hukou", "urban", "--village=东风村", "--sheet", "低保花名册"]):
        early = start_early(argv)
        assert early is not None, argv
        early.work.close()
        assert early.args == vars(build_parser().parse_args(argv)), argv


def test_a_command_line_the_parser_refuses_leaves_no_reader_behind(ctx, tmp_path, capsys, monkeypatch):
    from dibao_desk.main import main

    path = messy_roster(tmp_path / "花名册.xlsx")
    started = _count_reads(monkeypatch)
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(ctx.data_dir), "import-roster", str(path), "--existing", "maybe"])
    assert exit_.value.code == 2 and "--existing" in capsys.readouterr().err
    assert started == []  # the command's own parser refused it too: nothing was read
    with pytest.raises(SystemExit):
        main(["--data-dir", str(ctx.data_dir), "import-roster", str(path), "--help"])
    assert "--dry-run" in capsys.readouterr().out
    assert not [t for t in threading.enumerate() if t.name == "workbook-read-ahead"]


def test_a_lock_left_by_a_crashed_command_is_taken_over_without_english_on_the_terminal(ctx):
    """A command killed mid-way (a closed pipe, a closed terminal) leaves its lock's owner file;
    the next command takes the lock over and says nothing of it in English: it goes to the log."""
    from dibao_desk.services.storelock import OWNER_NAME

    data = ctx.data_dir
    ctx.close()
    (data / OWNER_NAME).write_text('{"host": "office-pc", "pid": 4242, "program": "dibao-desk stats", '
                                   '"since": "2026-11-30 16:59:58"}', encoding="utf-8")
    done = _process(data, "recompute", "--month", "2026-11")
    assert done.returncode == 0, done.stderr
    assert "took over" not in done.stderr and "lock" not in done.stderr
    assert "月保障金合计" in done.stdout, done.stdout
    log = (data / "dibao-desk.log").read_text(encoding="utf-8")
    assert "took over the lock of dibao-desk stats (process 4242 on office-pc" in log
