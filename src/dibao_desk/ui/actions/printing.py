"""打印 menu: public notices (dialog), the forms and placard of the household selected in
the household list; preview in the system's PDF viewer and print through the system."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from dibao_desk.domain.problems import RuleError
from dibao_desk.services import printing
from dibao_desk.ui.ops import Op
from dibao_desk.ui.texts import label, problem_text


def preview_path(name: str) -> Path:
    """A fresh file in the program's temporary folder (a viewer may still hold the last one open)."""
    folder = Path(tempfile.gettempdir()) / "dibao-desk-print"
    folder.mkdir(parents=True, exist_ok=True)
    stem, suffix = os.path.splitext(name)
    stamp = dt.datetime.now().strftime("%H%M%S%f")
    return folder / f"{stem}-{stamp}{suffix or '.pdf'}"


def open_pdf(path: Path) -> bool:
    """Open a PDF in the system's viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_pdf(path: Path) -> bool:
    """Send a PDF to the default printer: the PDF handler's print verb on Windows, lp (CUPS)
    elsewhere. False when that is not possible (the caller then opens the viewer)."""
    try:
        if sys.platform.startswith("win"):
            os.startfile(str(path), "print")  # type: ignore[attr-defined]
            return True
        lp = shutil.which("lp")
        if lp is None:
            return False
        return subprocess.run([lp, str(path)], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def install(window) -> None:
    menu = window.menu("print")
    notice = menu.addAction(window.tr("打印公示表(&N)…"))
    notice.triggered.connect(lambda: print_notice(window))
    menu.addSeparator()
    forms = menu.addMenu(window.tr("本户表格（在家庭列表中选中一户）(&F)"))
    window.print_actions = {"notice": notice}
    for kind in printing.FORM_KINDS:
        if kind == "placard":
            continue
        action = forms.addAction(label("form_kind", kind))
        action.triggered.connect(lambda _=False, k=kind: print_form(window, k))
        window.print_actions[kind] = action
    placard = menu.addAction(window.tr("打印低保户挂牌(&P)…"))
    placard.triggered.connect(lambda: print_form(window, "placard"))
    window.print_actions["placard"] = placard


def print_notice(window, today=None):
    from dibao_desk.ui.dialogs.print_notice import PrintNoticeDialog

    dialog = PrintNoticeDialog(window.ctx, window, today=today)
    window.print_dialog = dialog
    dialog.exec()
    return dialog.result_info


def selected_household(window) -> int | None:
    view = window.view("households")
    getter = getattr(view, "selected_household_id", None)
    return getter() if getter is not None else None


def print_form(window, kind: str, today=None):
    """Fill the form ``kind`` for the selected household and open it in the system's viewer."""
    household_id = selected_household(window)
    if household_id is None:
        QMessageBox.information(window, window.tr("打印"), window.tr("请先在家庭列表中选中一户。"))
        return None
    out = preview_path(f"{label('form_kind', kind)}-{household_id}.pdf")
    uow = window.ctx.uow()
    done: dict = {}

    def finished(result):
        done["result"] = result
        for p in result.problems:
            QMessageBox.information(window, window.tr("打印"), problem_text(p))
        open_pdf(result.path)

    def failed(exc):
        if isinstance(exc, RuleError):
            QMessageBox.warning(window, window.tr("无法打印"), "\n".join(problem_text(p) for p in exc.problems))
        else:
            QMessageBox.warning(window, window.tr("无法打印"), str(exc))

    window.print_op = Op(window, lambda progress: printing.print_form(uow, kind, household_id, out, today=today),
                         title=window.tr("生成表格"), on_done=finished, on_error=failed, cancellable=False).start()
    return window.print_op
