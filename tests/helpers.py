"""Importable helpers for tests (``from tests.helpers import make_id, type_text``)."""

from tests.conftest import make_id, simple_draft  # noqa: F401


def type_text(widget, text: str, clear: bool = True) -> None:
    """Type text into a widget key by key, as a person (or an input method) does.

    QTest.keyClicks only knows ASCII keys; Chinese characters arrive as key events
    carrying text, which is what an input method delivers to the widget.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    if clear:
        widget.clear()
    widget.setFocus()
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
    QApplication.processEvents()


def tiny_pdf(path, pages: int = 1, text: str = "scan", prefix: bytes = b""):
    """Write a real PDF of ``pages`` pages at ``path`` (a stand-in for a scan, one a viewer
    opens); ``text`` on each page keeps two stand-ins' hashes apart; ``prefix`` is written
    before the ``%PDF`` header, as some scanners do. Returns the path."""
    import io
    from pathlib import Path

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(200, 200), invariant=1, pageCompression=0)  # text readable in the bytes
    for n in range(pages):
        c.drawString(20, 100, f"{text} {n + 1}")
        c.showPage()
    c.save()
    path = Path(path)
    path.write_bytes(prefix + buffer.getvalue())
    return path


def walk_case(ctx, case_id, day, *, start_month=None, category=None, monthly_fen=None, person="王经办",
              approver="县民政局", until=None):
    """Take an open case through every step of its flow, a day apart (a notice runs its
    window), and grant it from ``start_month``. 乡镇审核 of a new case proposes what its form
    proposes. Returns (detail, the day of the last step)."""
    import datetime as dt

    from dibao_desk.domain import procedure as rules
    from dibao_desk.services import procedure

    detail = procedure.get_case(ctx.uow(), case_id, day)
    for step in detail.flow:
        if step < (detail.next_step or 99):
            continue  # done already
        if until is not None and step == until:
            break
        if step in rules.NOTICE_STAGE:
            procedure.start_notice(ctx.uow(), case_id, step, day, person, day)
            day = day + dt.timedelta(days=procedure.notice_days(ctx.uow(), day))
            data = {}
        elif step == rules.DEMOCRATIC_REVIEW:
            data = {"place": "村委会", "attendees": "村民代表 9 人", "objections": {}, "outcome": "pass"}
        elif step == rules.COUNTY_DECISION:
            data = {"approved": True, "sampled": False}
        elif step == rules.TOWNSHIP_REVIEW and detail.info.kind == rules.CaseKind.NEW:
            # a new case goes up with the class and amount the review form proposes (the
            # assessment's); ``category`` / ``monthly_fen`` only where the form would show none
            suggestion = procedure.suggest_grant(ctx.uow(), case_id, day)
            data = {"category": suggestion.category or category or "",
                    "monthly_fen": suggestion.monthly_fen or monthly_fen or 0, "amount_reason": "按复核核定"}
        elif step == rules.GRANT:
            suggestion = procedure.suggest_grant(ctx.uow(), case_id, day)
            data = {"start_month": start_month or suggestion.start_month, "amount_reason": "按复核核定",
                    "category": category if category is not None else suggestion.category,
                    "monthly_fen": monthly_fen if monthly_fen is not None else suggestion.monthly_fen}
        else:
            data = {}
        who = approver if step == rules.COUNTY_DECISION else person
        detail = procedure.record_step(ctx.uow(), case_id, step, {"on": day, "person": who, **data}, day)
        if step not in rules.NOTICE_STAGE:
            day = day + dt.timedelta(days=1)
    return detail, day


def previous_revision(revision: str) -> str:
    """The schema revision a migration upgrades from."""
    from alembic.script import ScriptDirectory

    from dibao_desk.models.store import alembic_config

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_revision(revision).down_revision


def downgrade_folder(data_dir, revision: str):
    """Take the store file in ``data_dir`` back to ``revision`` (the store must be closed)."""
    from alembic import command

    from dibao_desk.models.store import DB_NAME, alembic_config, make_engine

    engine = make_engine(data_dir / DB_NAME)
    cfg = alembic_config(str(engine.url))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        engine.dispose()
    return data_dir


def downgrade_store(context, revision: str):
    """Close the test's store and take its file back to ``revision``, as an office's store of
    that version would be; the next ``open_context`` on its folder upgrades it again. Returns
    the data folder."""
    context.store.close()
    return downgrade_folder(context.data_dir, revision)
