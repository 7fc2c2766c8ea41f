"""Starting the GUI: the application, translations, logging, the database, the window."""

from __future__ import annotations

import logging
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.workspace import open_workspace, setup_logging
from models.database import Database, DatabaseError
from ui.errors import error_text, install_excepthook
from ui.i18n import APPLICATION, ORGANIZATION, install_translators
from ui.icons import icon
from ui.jobs import JobManager
from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_main_window(
    db: Database,
    *,
    synchronous_jobs: bool = False,
    remember_layout: bool = True,
    reminders: bool = True,
) -> MainWindow:
    """The main window on ``db`` (not shown). Tests use ``synchronous_jobs=True``."""
    jobs = JobManager(synchronous=synchronous_jobs)
    return MainWindow(db, jobs, remember_layout=remember_layout, reminders=reminders)


def application() -> QApplication:
    """The QApplication (made if there is none yet), named for QSettings."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setWindowIcon(icon("comptoir"))
    try:
        app.setApplicationVersion(version("comptoir"))
    except PackageNotFoundError:  # a frozen build without package metadata
        app.setApplicationVersion("0.1")
    return app


class Session(QObject):
    """The open database and its window; makes the window again on request."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.window = self._make_window()

    def _make_window(self) -> MainWindow:
        window = create_main_window(self.db)
        window.restartRequested.connect(self.restart)
        return window

    def restart(self, path: Path | None) -> None:
        """Make the window again (new language), on another database if ``path``."""
        old = self.window
        pane = old.current_pane()
        contact_id = old.contact_view.current_id()
        db = self.db
        if path is not None:
            try:
                db = open_workspace(path)
            except DatabaseError as error:
                from ui.errors import show_error

                show_error(old, error)
                return
        old.save_layout()
        old.jobs.shutdown()
        if db is not self.db:
            self.db.dispose()
            self.db = db
            pane, contact_id = "contacts", None
        self.window = self._make_window()
        if pane == "contact" and contact_id:
            self.window.open_contact(contact_id)
        self.window.show()
        old.remember_layout = False
        old.close()
        old.deleteLater()
        if path is not None:
            self.window.maybe_offer_demo_data()

    def close(self) -> None:
        self.window.jobs.shutdown()
        self.db.dispose()


def run_gui(db_path: Path | None) -> int:
    """Run the desktop application on ``db_path`` (default: the data folder's database)."""
    app = application()
    log_file = setup_logging()
    install_translators()
    install_excepthook()
    try:
        db = open_workspace(db_path)
    except DatabaseError as error:
        log.warning("cannot open the database: %s", error)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("errors", "Comptoir"),
            error_text(error),
            QMessageBox.StandardButton.Ok,
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()  # nothing else is running yet: a blocking box is right here
        return 1
    log.info("Comptoir started on %s (log: %s)", db.path, log_file)
    session = Session(db)
    session.window.show()
    session.window.maybe_offer_demo_data()
    try:
        return app.exec()
    finally:
        session.close()


__all__ = ["Session", "application", "create_main_window", "run_gui"]
