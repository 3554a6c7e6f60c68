"""Every dialog fits an office laptop: 1366×768 less a taskbar leaves 1366×728 for a window,
and a dialog whose minimum size is larger hides its Save or Import button off screen."""

import datetime as dt
import importlib
import inspect
import pkgutil

from PySide6.QtWidgets import QDialog

from dibao_desk.domain.problems import RuleError
from dibao_desk.services import demo, households, procedure
from dibao_desk.services.context import open_context
from dibao_desk.ui import dialogs

TODAY = dt.date(2026, 11, 30)
SCREEN_W, SCREEN_H = 1366, 728
TITLE_BAR = 32  # Windows 10 at 100 %: a 31 px caption and a 1 px border above the dialog's own area


def _dialog_classes():
    for info in pkgutil.iter_modules(dialogs.__path__):
        module = importlib.import_module(f"{dialogs.__name__}.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                yield cls


def _arguments(cls, ctx, household_id, case_id):
    values = {"ctx": ctx, "household_id": household_id, "case_id": case_id, "today": TODAY, "step": 4,
              "start": dt.date(2027, 1, 1), "villages": [], "village_id": None}
    args, positional_done = [], False
    for name, p in list(inspect.signature(cls.__init__).parameters.items())[1:]:
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if p.kind == p.KEYWORD_ONLY:
            if p.default is inspect.Parameter.empty:
                return None  # a base class the others fill in
            continue
        if name in values and not positional_done:
            args.append(values[name])
        elif p.default is inspect.Parameter.empty:
            return None
        else:
            positional_done = True
    return args


def test_no_dialog_is_larger_than_the_screen(qtbot, tmp_path, program_font):
    ctx = open_context(tmp_path / "d")
    demo.generate(ctx.uow(), households=300, seed=3, today=TODAY)
    ids = households.query_ids(ctx.uow(), households.HouseholdQuery())
    cases = [c.id for c in procedure.list_cases(ctx.uow(), today=TODAY)]
    measured, too_big, opens_too_tall = [], [], []
    for cls in _dialog_classes():
        built = None
        for household_id, case_id in zip(ids[:8], cases[:8]):
            args = _arguments(cls, ctx, household_id, case_id)
            if args is None:
                break
            try:
                built = cls(*args)
            except (RuleError, ValueError, LookupError):
                continue  # not applicable to this household or case: try the next
            break
        if built is None:
            continue
        qtbot.addWidget(built)
        hint = built.minimumSizeHint().expandedTo(built.minimumSize())
        measured.append(f"{cls.__name__} {hint.width()}×{hint.height()}")
        if hint.width() > SCREEN_W or hint.height() > SCREEN_H:
            too_big.append(f"{cls.__name__} {hint.width()}×{hint.height()}")
        if built.width() > SCREEN_W or built.height() + TITLE_BAR > SCREEN_H:  # its buttons under the taskbar
            opens_too_tall.append(f"{cls.__name__} {built.width()}×{built.height()}")
    ctx.close()
    assert len(measured) >= 15, measured
    assert any(m.startswith("HouseholdPageDialog ") for m in measured), measured  # 一户一档 is measured too
    assert too_big == []
    assert opens_too_tall == []


def test_the_window_opens_above_the_taskbar(qtbot, ctx):
    """The first time, before any size is remembered, the window and its title bar fit the
    1366×728 left by the taskbar: the status bar (where 备份 warnings show) is not under it."""
    from dibao_desk.ui.main_window import MainWindow

    window = MainWindow(ctx)  # QSettings in tmp_path (conftest): nothing remembered
    qtbot.addWidget(window)
    assert window.width() <= SCREEN_W and window.height() + TITLE_BAR <= SCREEN_H


def test_on_a_smaller_screen_the_window_and_a_tall_form_open_inside_it(qtbot, qapp, ctx):
    """At 125 % a 1366×768 screen is 1093×614 for Qt (about 1093×582 above the taskbar): the
    window's default 1200×680 and a form of 680 px would put 保存 and the status bar under the
    taskbar. The offscreen screen of the tests (800×600) is smaller still. The program shrinks
    a window that opens larger than its screen, down to no less than its minimum size."""
    from PySide6.QtCore import QLocale, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from dibao_desk.ui import app as app_module
    from dibao_desk.ui import i18n, screen_fit
    from dibao_desk.ui.dialogs.household_form import HouseholdForm
    from dibao_desk.ui.main_window import MainWindow

    import sys

    font, locale, hook = QApplication.font(), QLocale(), sys.excepthook
    app_module.make_app()  # as the program starts
    try:
        room = qapp.primaryScreen().availableGeometry()
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.width() > 0 and window.height() > 0
        assert window.y() + window.height() + TITLE_BAR <= room.bottom() + 1, (window.geometry(), room)
        assert window.x() + window.width() <= room.right() + 1
        status = window.statusBar()
        assert status.mapToGlobal(status.rect().bottomLeft()).y() <= room.bottom()

        seen = {}

        def look() -> None:  # inside the form's own event loop: what the person sees, then 取消
            form = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HouseholdForm) and w.isVisible())
            save = form.findChild(QDialogButtonBox).buttons()[0]
            seen["form"] = form.frameGeometry()
            seen["height"] = form.height()
            seen["save"] = save.mapToGlobal(save.rect().bottomRight())
            form.reject()

        QTimer.singleShot(200, look)
        next(a for a in window.menu("households").actions() if a.text().startswith("新增家庭")).trigger()
        assert seen, "the form did not open"
        form, save = seen["form"], seen["save"]
        assert room.contains(form) and seen["height"] + TITLE_BAR <= room.height(), (form, room)
        assert save.y() <= room.bottom() and save.x() <= room.right(), (save, room)
    finally:
        i18n.uninstall(qapp)
        QLocale.setDefault(locale)
        QApplication.setFont(font)
        screen_fit.uninstall(qapp)
        sys.excepthook = hook


def test_a_maximised_window_stays_maximised(qtbot, qapp, ctx):
    """A window the person left maximised opens maximised again: its frame reaching past the
    screen's edge is the system's doing, not a size to shrink."""
    from PySide6.QtCore import Qt

    from dibao_desk.ui import screen_fit
    from dibao_desk.ui.main_window import MainWindow

    screen_fit.install(qapp)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.showMaximized()
        qtbot.waitExposed(window)
        assert window.windowState() & Qt.WindowState.WindowMaximized
    finally:
        screen_fit.uninstall(qapp)
