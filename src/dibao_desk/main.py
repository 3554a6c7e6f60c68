"""The program's entry point: ``dibao-desk`` opens the window, ``dibao-desk COMMAND`` runs a command.

It sits above both the window (ui/) and the command line (cli/), so that the
command line itself never imports Qt.
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
import threading

from dibao_desk.cli import build_parser, run_command, start_early, timings, utf8_stdio


def main(argv: list[str] | None = None, *, leave: bool = False) -> int:
    """Open the window or run the command ``argv`` names; the exit code. With ``leave`` (the
    process's own entry points, never a caller that goes on), a command ends the process
    itself once everything is closed (see ``leave_process``)."""
    timings.mark("main")
    collecting = gc.isenabled()
    gc.disable()  # see cycle_collector
    try:
        utf8_stdio()
        if hasattr(signal, "SIGPIPE"):  # `dibao-desk cases | head` ends quietly
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        argv = sys.argv[1:] if argv is None else argv
        started = start_early(argv)  # import-roster's read-ahead, before the other commands load
        if started is not None:
            # The command's own parser read the whole line, nothing left over: the full parser
            # (every command's module loaded, its parser built: 0.02-0.03 s) reads it the same way.
            args = argparse.Namespace(**started.args)
        else:
            args = build_parser().parse_args(argv)
        if args.command in (None, "gui"):
            if collecting:
                gc.enable()
            from dibao_desk.ui.app import run

            return run(args.data_dir, screenshot=getattr(args, "screenshot", None), db=args.db)
        cycle_collector(args, collecting, leave)
        code = run_command(args, started)
        timings.mark("done")
        if leave:
            leave_process(code)
        timings.report()
        return code
    finally:
        if collecting and not leave:
            gc.enable()


def cycle_collector(args: argparse.Namespace, collecting: bool, leave: bool) -> None:
    """Turn Python's cycle collector back on for a command (it is off while the parser's
    modules are imported: what they make lives as long as the process). In a process of its
    own (``leave``), what is alive by then is frozen (never walked again), and a command that
    says ``cycle_collector=False`` runs with the collector off for its whole life: one that
    makes hundreds of thousands of objects in no cycle, on more than one thread, which the
    collector would walk again and again while they are made (``import-roster``: its
    read-ahead reads the sheet while the store and the services are imported, outside the
    preview's and the commit's pauses), in a process that then ends without freeing them
    (``leave_process``). A caller that goes on gets the collector back as it was."""
    if not collecting:
        return
    if leave:
        if not getattr(args, "cycle_collector", True):
            return
        gc.freeze()
    gc.enable()


def launch() -> int:
    """``dibao-desk`` (the console script), ``python -m dibao_desk`` and the frozen program."""
    return main(leave=True)


def leave_process(code: int) -> None:
    """End the process with ``code`` after a command, without the interpreter freeing every
    object one by one (0.5 s and more after an import of 100,000 persons: its rows, pypinyin's
    tables, the caches). Nothing is skipped that normal exit would do for the program: every
    store still open is closed (its engine disposed, so SQLite checkpoints the WAL as it does
    when the last connection closes), the atexit handlers run (logging's shutdown flushes and
    closes the log, filelock releases, weakref finalizers such as temporary folders' cleanup),
    and stdout and stderr are flushed. Returns (and the caller exits normally) when a thread
    that normal exit would wait for is still running, or the interpreter lacks what is needed."""
    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        return
    run_exitfuncs = getattr(__import__("atexit"), "_run_exitfuncs", None)
    if run_exitfuncs is None:
        return
    store = sys.modules.get("dibao_desk.models.store")
    if store is not None:
        store.close_open_stores()
    timings.report()
    run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe: normal exit could not write it either
            pass
    os._exit(code)


if __name__ == "__main__":
    raise SystemExit(launch())
