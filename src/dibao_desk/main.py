"""The program's entry point: ``dibao-desk`` opens the window, ``dibao-desk COMMAND`` runs a command.

It sits above both the window (ui/) and the command line (cli/), so that the
command line itself never imports Qt.
"""

from __future__ import annotations

import signal

from dibao_desk.cli import build_parser, run_command, utf8_stdio


def main(argv: list[str] | None = None) -> int:
    utf8_stdio()
    if hasattr(signal, "SIGPIPE"):  # `dibao-desk cases | head` ends quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        from dibao_desk.ui.app import run

        return run(args.data_dir, screenshot=getattr(args, "screenshot", None), db=args.db)
    return run_command(args)


if __name__ == "__main__":
    raise SystemExit(main())
