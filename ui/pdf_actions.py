"""Export PDF: choose a file, write the document in the background, open it.

Every place that prints a document (the contact, company and deal files, the dashboard)
goes through :class:`PdfExporter`: a save dialog (never blocking) proposes a file name,
the document is written by a job of :class:`ui.jobs.JobManager` (in the user's language
and locale), then the file is opened with the system's PDF viewer
(``QDesktopServices.openUrl``). Tests replace ``choose`` and ``opener``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from app.analytics.cache import AnalyticsCache
from models.database import Database
from ui.errors import show_error

if TYPE_CHECKING:  # reportlab loads when a document is written, not when the window opens
    from app.documents.base import DocumentOptions

#: Export PDF in the record files; the dashboard's report and call list.
PDF_SHORTCUT = "Ctrl+P"
CALLS_SHORTCUT = "Ctrl+Alt+P"

Build = Callable[["DocumentOptions", Path], Any]
Chooser = Callable[[QWidget, str, str, Callable[[str], None]], Any]


def translate(context: str, text: str) -> str:
    """Qt's translation, as the documents call it (thread-safe)."""
    return QCoreApplication.translate(context, text)


def document_options(
    db: Database, analytics: AnalyticsCache | None = None, **kwargs: Any
) -> DocumentOptions:
    """Options for a document in the user's language and locale, signed by the user."""
    from app.documents.base import DocumentOptions
    from app.documents.render import Texts

    locale = QLocale().name()
    return DocumentOptions(
        texts=Texts(translate=translate, locale=locale if locale != "C" else "en"),
        author=_user_name(db),
        analytics=analytics,
        **kwargs,
    )


def _user_name(db: Database) -> str:
    from models import User

    if db.user_id is None:
        return ""
    with db.read() as session:
        user = session.get(User, db.user_id)
        return user.name if user is not None else ""


def safe_file_name(title: str) -> str:
    """A file name made of ``title``: no path separators or characters Windows refuses."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")
    return (re.sub(r"\s+", " ", name) or "document")[:120] + ".pdf"


def choose_pdf_path(
    parent: QWidget, title: str, suggested: str, chosen: Callable[[str], None]
) -> QFileDialog:
    """A non-blocking save dialog for a PDF; ``chosen(path)`` runs when the user accepts."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    dialog = QFileDialog(parent, title, str(Path(folder or ".") / suggested))
    dialog.setObjectName("pdfSaveDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    dialog.setNameFilter(QCoreApplication.translate("PdfExporter", "PDF documents (*.pdf)"))
    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog


def open_with_system_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PdfExporter(QObject):
    """Writes documents for one view; ``written(path)`` once a file is done and opened."""

    written = Signal(str)

    def __init__(
        self,
        db: Database,
        parent: QWidget,
        *,
        jobs: Any = None,
        analytics: AnalyticsCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.jobs = jobs
        self.analytics = analytics
        self.widget = parent
        #: Replaced in tests: the save dialog, and what opens the written file.
        self.choose: Chooser = choose_pdf_path
        self.opener: Callable[[Path], Any] = open_with_system_viewer
        self.last_result: Any = None

    def make_action(self, text: str, name: str, shortcut: str, tip: str) -> QAction:
        """An action with its shortcut in its tooltip (the caller connects it)."""
        from ui.record_file import icon_or_blank, native_shortcut

        action = QAction(icon_or_blank("pdf"), text, self.widget)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{tip} ({native_shortcut(shortcut)})")
        action.setStatusTip(tip)
        self.widget.addAction(action)
        return action

    def export(self, title: str, suggested: str, build: Build, *, writes: bool = False) -> Any:
        """Ask where to save, then write the document with ``build(options, path)``."""
        dialog_title = self.tr("Export PDF — %1").replace("%1", title)
        return self.choose(
            self.widget,
            dialog_title,
            safe_file_name(suggested),
            lambda path: self.write(Path(path), build, writes=writes),
        )

    def write(self, path: Path, build: Build, *, writes: bool = False) -> None:
        """Write the document to ``path`` in the background, then open it."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        db, analytics = self.db, self.analytics
        options = document_options(db, analytics)

        def job(progress: Any, cancel: Any) -> Any:
            from dataclasses import replace

            return build(replace(options, progress=progress, cancel=cancel), path)

        label = self.tr("Writing %1…").replace("%1", path.name)
        if self.jobs is None:
            try:
                result = job(None, None)
            except Exception as error:  # shown to the user (bugs are logged)
                self._failed(error)
                return
            self._done(path, result)
            return
        self.jobs.run(
            job,
            label=label,
            writes=writes,
            on_success=lambda result: self._done(path, result),
            on_failure=self._failed,
        )

    def _done(self, path: Path, result: Any) -> None:
        self.last_result = result
        self.opener(path)
        self.written.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        show_error(self.widget, error)


__all__ = [
    "CALLS_SHORTCUT",
    "PDF_SHORTCUT",
    "PdfExporter",
    "choose_pdf_path",
    "document_options",
    "safe_file_name",
]
