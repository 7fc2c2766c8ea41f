"""Showing failures: the world's fault in one sentence, our fault as an apology.

``UserError`` (app/) and ``DatabaseError`` (models/) carry an English ``template`` and
its ``params``; they are shown translated. Anything else is a bug: it is logged with its
traceback and shown as an apology that says where the log file is.

Message boxes here are opened with ``open()`` (never ``exec()``), so nothing blocks tests.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import UserError
from app.workspace import log_path
from models.database import DatabaseError

log = logging.getLogger("comptoir.ui")
CONTEXT = "errors"
#: The messages of models.database's errors, marked here for translation (models/ does
#: not use Qt's tools; a test checks that every DatabaseError template is listed).
DATABASE_MESSAGES = (
    QT_TRANSLATE_NOOP("errors", "The database {path} cannot be opened."),
    QT_TRANSLATE_NOOP("errors", "{path} is not a Comptoir database, or it is damaged."),
    QT_TRANSLATE_NOOP(
        "errors", "The database {path} is damaged ({detail}). Restore a backup copy."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} was written by a newer version of Comptoir (schema {revision}). "
        "Update Comptoir to open it; the file was left untouched.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "The database {path} is in use by another program. Close it and try again."
    ),
    QT_TRANSLATE_NOOP("errors", "The database {path} cannot be written ({detail})."),
)
#: Boxes without a parent window are kept here while open (else Python would delete them).
_orphans: list[QMessageBox] = []


def _keep(box: QMessageBox) -> None:
    if box.parent() is None:
        _orphans.append(box)
        box.finished.connect(lambda _result: _orphans.remove(box) if box in _orphans else None)


def translate_template(template: str, params: dict[str, Any] | None = None) -> str:
    """The user's-language sentence for an English template with ``{placeholders}``."""
    text = QCoreApplication.translate(CONTEXT, template)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder: better English than nothing.
        return template.format(**(params or {}))


def is_world_error(error: BaseException) -> bool:
    """True for failures that are not a bug: bad input, a file or database problem."""
    return isinstance(error, UserError | DatabaseError)


def error_text(error: BaseException) -> str:
    """One sentence for the user."""
    if isinstance(error, UserError | DatabaseError):
        return translate_template(error.template, error.params)
    return apology_text()


def apology_text() -> str:
    text = QCoreApplication.translate(
        "errors", "Sorry, something went wrong in Comptoir. The details were written to {path}."
    )
    return text.replace("{path}", str(log_path()))


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Tell the user about ``error`` in a non-blocking message box (returned)."""
    world = is_world_error(error)
    if not world:
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Warning if world else QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("errors", "Comptoir"))
    box.setText(error_text(error))
    if not world:
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("errorBox")
    _keep(box)
    box.open()
    return box


def ask(
    parent: QWidget | None,
    text: str,
    informative: str,
    yes_text: str,
    on_yes: Callable[[], None],
    *,
    name: str = "question",
) -> QMessageBox:
    """A non-blocking yes/cancel question; ``on_yes`` runs when the user says yes.

    The box is returned (already open); its yes button is ``box.button(Yes)``.
    """
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("errors", "Comptoir"))
    box.setText(text)
    box.setInformativeText(informative)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(yes_text)

    def clicked(button: object) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:  # type: ignore[arg-type]
            on_yes()

    box.buttonClicked.connect(clicked)
    _keep(box)
    box.open()
    return box


def install_excepthook() -> Callable[..., Any]:
    """Log uncaught exceptions with their traceback and apologise; returns the old hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        if error.__traceback__ is None and tb is not None:
            error = error.with_traceback(tb)
        if QApplication.instance() is None:
            log.error("uncaught error", exc_info=(kind, error, tb))
            previous(kind, error, tb)
            return
        show_error(QApplication.activeWindow(), error)

    sys.excepthook = hook
    return previous


__all__ = [
    "apology_text",
    "ask",
    "error_text",
    "install_excepthook",
    "is_world_error",
    "show_error",
    "translate_template",
]
