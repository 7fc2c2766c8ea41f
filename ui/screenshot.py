"""Rendering a pane of the real main window to a PNG file, without a screen."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.workspace import open_workspace
from models.database import Database
from ui.main_window import PANES

MSG_NO_CONTACT = QT_TRANSLATE_NOOP("errors", "There is no contact to show in this database.")
MSG_NO_RECORD = QT_TRANSLATE_NOOP(
    "errors", "There is nothing of this kind to show in this database."
)


def _first_record(db: Database, kind: str) -> str | None:
    """The first company by name, or the open deal closing soonest."""
    from sqlalchemy import select

    from models import Company, Deal

    with db.read() as session:
        if kind == "company":
            return session.scalar(
                select(Company.id)
                .where(Company.deleted_at.is_(None))
                .order_by(Company.sort_name)
                .limit(1)
            )
        return session.scalar(
            select(Deal.id)
            .where(Deal.deleted_at.is_(None), Deal.status == "open")
            .order_by(Deal.expected_close_date, Deal.title)
            .limit(1)
        )


def _process_events(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while True:
        QApplication.processEvents()
        if time.monotonic() >= deadline:
            return
        time.sleep(0.01)


def render_screenshot(
    db_path: Path | None,
    out: Path,
    pane: str,
    contact_id: str | None,
    size: tuple[int, int],
) -> None:
    """Show ``pane`` of the main window on the database at ``db_path`` and save it as PNG.

    ``pane`` is one of ``PANES`` (a list or the dashboard — computed in full before the
    picture is taken; "contact", "company", "deal": the file of ``contact_id`` (any
    record's id) or else of the first contact, company or open deal); any other name
    raises ``ValueError``.
    """
    if pane not in PANES:
        raise ValueError(f"unknown pane {pane!r}; the panes are: {', '.join(PANES)}")
    width, height = size
    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from ui.application import application, create_main_window
    from ui.i18n import install_translators

    application()
    install_translators()
    db = open_workspace(db_path)
    window = create_main_window(
        db, synchronous_jobs=True, remember_layout=False, reminders=False
    )
    try:
        smallest = window.minimumSizeHint()
        if width < smallest.width() or height < smallest.height():
            raise ValueError(
                f"the size {width}x{height} is too small for the window "
                f"(at least {smallest.width()}x{smallest.height()})"
            )
        window.resize(width, height)
        window.show()
        if pane == "contact":
            target = contact_id
            if target is None and window.contacts.model.rowCount():
                target = window.contacts.model.contact_id(0)
            if target is None:
                raise UserError(MSG_NO_CONTACT)
            window.open_contact(target)
        elif pane in ("company", "deal"):
            target = contact_id or _first_record(db, pane)
            if target is None:
                raise UserError(MSG_NO_RECORD)
            window.open_record(pane, target)
        else:
            window.show_pane(pane)
        _process_events(0.3)
        window.resize(width, height)
        _process_events(0.1)
        image = window.grab()
        if (image.width(), image.height()) != (width, height):
            image = image.scaled(width, height)  # a high-DPI screen: back to the size asked
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise OSError(f"could not write {out}")
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        db.dispose()


__all__ = ["render_screenshot"]
