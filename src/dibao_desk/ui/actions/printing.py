"""打印 menu: public notices (dialog), the forms and placard of the household selected in
the household list. Every document opens in the program's own preview (pages drawn with
pdfium, zoom, page by page) and prints through the system's print dialog (QPrinter): no PDF
reader and no `lp` needed."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dibao_desk.domain.problems import RuleError
from dibao_desk.services import printing
from dibao_desk.ui import pdf_view
from dibao_desk.ui.ops import Op, error_text
from dibao_desk.ui.texts import label, problem_text

FORMS_FOLDER = "printing/forms_folder"  # the folder the last form was saved in


def preview_path(name: str) -> Path:
    """A fresh file in the program's temporary folder (for a preview not saved)."""
    folder = Path(tempfile.gettempdir()) / "dibao-desk-print"
    folder.mkdir(parents=True, exist_ok=True)
    stem, suffix = os.path.splitext(name)
    stamp = dt.datetime.now().strftime("%H%M%S%f")
    return folder / f"{stem}-{stamp}{suffix or '.pdf'}"


def documents_folder() -> Path:
    """The office's documents folder: where forms were last saved, else 文档/低保经办."""
    last = str(QSettings().value(FORMS_FOLDER, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    folder = Path(docs) / "低保经办"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path(docs)
    return folder


def preview(window, path: Path, title: str = ""):
    """Show the PDF in the program's preview; the person may print or save from there."""
    from dibao_desk.ui.dialogs.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(path, title, window)
    window.preview_dialog = dialog
    dialog.exec()
    return dialog


def print_pdf(window, path: Path, title: str = "") -> bool:
    """The system's print dialog (printer, copies, pages), then the pages to the printer."""
    return pdf_view.print_pdf(window, path, title)


def install(window) -> None:
    menu = window.menu("print")
    notice = menu.addAction(QCoreApplication.translate("MainWindow", "打印公示表(&N)…"))
    notice.triggered.connect(lambda: print_notice(window))
    menu.addSeparator()
    forms = menu.addMenu(QCoreApplication.translate("MainWindow", "本户表格（在家庭列表中选中一户）(&F)"))
    window.print_actions = {"notice": notice}
    for kind in printing.FORM_KINDS:
        if kind == "placard":
            continue
        action = forms.addAction(label("form_kind", kind))
        action.triggered.connect(lambda _=False, k=kind: print_form(window, k))
        window.print_actions[kind] = action
    placard = menu.addAction(QCoreApplication.translate("MainWindow", "打印低保户挂牌(&P)…"))
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


def form_file_name(kind: str, household_id: int, today: dt.date) -> str:
    name = f"{household_id}-{label('form_kind', kind)}-{today:%Y%m%d}.pdf"
    return re.sub(r'[\\/:*?"<>|]', "_", name)


def ask_form_path(window, kind: str, household_id: int, today: dt.date) -> Path | None:
    """A save dialog in the office's documents folder, named for the household and form."""
    start = documents_folder() / form_file_name(kind, household_id, today)
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("MainWindow", "保存{form}").format(form=label("form_kind", kind)),
                                          str(start), QCoreApplication.translate("MainWindow", "PDF 文件 (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    return Path(path)


def print_form(window, kind: str, today=None, household_id: int | None = None):
    """Fill the form ``kind`` for ``household_id`` (else the household selected in the list), save
    it where the person chooses (the office's documents folder by default) and show it in the preview."""
    household_id = household_id if household_id is not None else selected_household(window)
    if household_id is None:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "打印"), QCoreApplication.translate("MainWindow", "请先在家庭列表中选中一户。"))
        return None
    out = ask_form_path(window, kind, household_id, today or dt.date.today())
    if out is None:
        return None
    uow = window.ctx.uow()
    done: dict = {}

    def finished(result):
        done["result"] = result
        QSettings().setValue(FORMS_FOLDER, str(result.path.parent))
        for p in result.problems:
            QMessageBox.information(window, QCoreApplication.translate("MainWindow", "打印"), problem_text(p))
        preview(window, result.path, result.title)

    def failed(exc):
        if isinstance(exc, RuleError):
            QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "无法打印"), "\n".join(problem_text(p) for p in exc.problems))
        else:
            QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "无法打印"), error_text(exc))

    window.print_op = Op(window, lambda progress: printing.print_form(uow, kind, household_id, out, today=today),
                         title=QCoreApplication.translate("MainWindow", "生成表格"), on_done=finished, on_error=failed, cancellable=False).start()
    return window.print_op
