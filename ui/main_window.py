"""The main window: navigation on the left, the panes on the right, menus and status bar."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app import history
from app.analytics.cache import AnalyticsCache
from app.contacts import ContactQuery, ContactService
from models.database import Database, DatabaseError
from models.enums import BatchKind
from ui.contact_dialog import ContactDialog
from ui.contact_file import ContactFileView
from ui.contacts_pane import ContactsPane
from ui.dashboard import DashboardPane
from ui.errors import show_error
from ui.history_dialog import HistoryDialog
from ui.i18n import settings
from ui.icons import icon
from ui.jobs import JobManager
from ui.settings_dialog import SettingsDialog

#: The panes ``show_pane`` knows, in navigation order.
PANES = ("contacts", "contact", "dashboard")
#: Panes listed in the navigation (the contact file opens from the list).
NAVIGATION = ("contacts", "dashboard")
#: The navigation entry each pane belongs to.
_NAVIGATION_OF = {"contacts": "contacts", "contact": "contacts", "dashboard": "dashboard"}
DEMO_DECLINED_KEY = "welcome/declined"
DEMO_CONTACTS = 300
DEMO_YEARS = 4

_LABEL_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^New contact (?P<x>.*)$"), "new"),
    (re.compile(r"^Edit contact (?P<x>.*)$"), "edit"),
    (re.compile(r"^Delete (?P<n>\d+) contact\(s\)$"), "delete"),
    (re.compile(r"^Restore (?P<n>\d+) contact\(s\)$"), "restore"),
    (re.compile(r"^Tag (?P<n>\d+) contact\(s\): (?P<x>.*)$"), "tag"),
    (re.compile(r"^Untag (?P<n>\d+) contact\(s\): (?P<x>.*)$"), "untag"),
    (re.compile(r"^Undo: (?P<x>.*)$"), "undo"),
    (re.compile(r"^Redo: (?P<x>.*)$"), "redo"),
    (re.compile(r"^Demo data$"), "demo"),
]


def batch_label_text(label: str) -> str:
    """A batch label (stored in English by the services) in the user's language."""
    translate = QCoreApplication.translate
    for pattern, kind in _LABEL_PATTERNS:
        found = pattern.match(label)
        if not found:
            continue
        values = found.groupdict()
        x = values.get("x") or ""
        n = int(values.get("n") or 0)
        if kind == "new":
            text = translate("batches", "New contact %1")
        elif kind == "edit":
            text = translate("batches", "Edit contact %1")
        elif kind == "delete":
            text = translate("batches", "Delete %n contact(s)", None, n)
        elif kind == "restore":
            text = translate("batches", "Restore %n contact(s)", None, n)
        elif kind == "tag":
            text = translate("batches", "Tag %n contact(s): %1", None, n)
        elif kind == "untag":
            text = translate("batches", "Untag %n contact(s): %1", None, n)
        elif kind == "undo":
            text, x = translate("batches", "Undo: %1"), batch_label_text(x)
        elif kind == "redo":
            text, x = translate("batches", "Redo: %1"), batch_label_text(x)
        else:
            text = translate("batches", "Demo data")
        return text.replace("%1", x)
    return label


class MainWindow(QMainWindow):
    """Comptoir's window on one database."""

    #: Settings asked for the window to be made again: on another database (a Path), or on
    #: the same one (None) after a change of language.
    restartRequested = Signal(object)

    def __init__(
        self,
        db: Database,
        jobs: JobManager | None = None,
        parent: QWidget | None = None,
        *,
        remember_layout: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.db = db
        self.service = ContactService(db)
        self.jobs = jobs if jobs is not None else JobManager(self)
        self.jobs.setParent(self)
        self.jobs.dialog_parent = self
        self.remember_layout = remember_layout
        self._undo_target: history.BatchRecord | None = None
        self._redo_target: history.BatchRecord | None = None
        self._splitter_restored = False
        self.demo_job: Any = None
        self.setWindowIcon(icon("comptoir"))
        name = Path(db.path).name if db.path else ":memory:"
        self.setWindowTitle(f"Comptoir — {name}")

        #: The RFM table and lifetime values, shared by the dashboard and the contact file.
        self.analytics = AnalyticsCache(db)
        self.contacts = ContactsPane(db, self.jobs, self)
        self.contact_view = ContactFileView(db, self, analytics=self.analytics, jobs=self.jobs)
        # Built when first shown (matplotlib is loaded then, not at start-up).
        self.dashboard = DashboardPane(db, self.jobs, self.analytics, self)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("panes")
        self.stack.addWidget(self.contacts)
        self.stack.addWidget(self.contact_view)
        self.stack.addWidget(self.dashboard)
        self._pages = {
            "contacts": self.contacts,
            "contact": self.contact_view,
            "dashboard": self.dashboard,
        }

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setMinimumWidth(130)
        self.navigation.setStyleSheet(
            "#navigation { background: palette(window); padding-top: 6px; }"
            " #navigation::item { padding: 6px 8px; border-radius: 4px; }"
            " #navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        for key in NAVIGATION:
            item = QListWidgetItem(icon(key), self._pane_title(key), self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.setCurrentRow(0)
        self.navigation.currentItemChanged.connect(self._navigated)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([150, 1050])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self._restore_layout()
        self.show_pane("contacts")
        self.refresh_undo()
        self.update_count()

    # -- building -----------------------------------------------------------------------

    def _pane_title(self, key: str) -> str:
        return {
            "contacts": self.tr("Contacts"),
            "contact": self.tr("Contact file"),
            "dashboard": self.tr("Dashboard"),
        }[key]

    def _action(
        self,
        name: str,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.action_settings = self._action(
            "settings", self.tr("&Settings…"), self.open_settings, "Ctrl+,", "settings"
        )
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_quit = self._action("quit", self.tr("&Quit"), self.close, "Ctrl+Q", "quit")
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_undo = self._action("undo", self.tr("&Undo"), self.undo, "Ctrl+Z", "undo")
        self.action_redo = self._action("redo", self.tr("&Redo"), self.redo, "Ctrl+Shift+Z", "redo")
        self.action_find = self._action(
            "find", self.tr("&Find contacts"), self.find, "Ctrl+F", "search"
        )
        self.action_show_contacts = self._action(
            "showContacts", self.tr("&Contacts"), lambda: self.show_pane("contacts"), "Ctrl+1"
        )
        self.action_show_contacts.setIcon(icon("contacts"))
        self.action_show_dashboard = self._action(
            "showDashboard",
            self.tr("&Dashboard"),
            lambda: self.show_pane("dashboard"),
            "Ctrl+3",
            "dashboard",
        )
        self.action_refresh_dashboard = self._action(
            "refreshDashboard", self.tr("Re&fresh the dashboard"), self.dashboard.refresh, "F5"
        )
        self.action_show_contact = self._action(
            "showContact",
            self.tr("Contact &file"),
            lambda: self.show_pane("contact"),
            "Ctrl+2",
            "contact",
        )
        # History of the contact selected in the list (the contact file has its own).
        self.action_history = self._action(
            "history", self.tr("&History…"), self.show_history, "Ctrl+H", "history"
        )
        self.action_recent = self._action(
            "recentChanges", self.tr("&Recent changes…"), self.show_recent_changes
        )
        # Esc goes back too (Alt+Left is the contact file's own Back action).
        self.action_back_esc = self._action(
            "backEsc", self.tr("Back"), self.back, Qt.Key.Key_Escape
        )
        self.addAction(self.action_back_esc)
        self.action_about = self._action(
            "about", self.tr("&About Comptoir"), self.show_about, None, "about"
        )
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.contacts.action_new)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_settings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.action_about)

    def _fill_page_menus(self) -> None:
        """The Edit and View menus hold the actions of the page shown.

        The contacts list and the contact file each have their own Edit and History
        actions (same shortcuts); only the shown page's are in the menus, so a shortcut is
        never ambiguous.
        """
        on_file = self.stack.currentWidget() is self.contact_view
        on_dashboard = self.stack.currentWidget() is self.dashboard
        self.edit_menu.clear()
        self.edit_menu.addAction(self.action_undo)
        self.edit_menu.addAction(self.action_redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.action_find)
        self.edit_menu.addSeparator()
        if on_dashboard:
            pass  # the dashboard only reads: nothing to edit there
        elif on_file:
            self.edit_menu.addAction(self.contact_view.edit_action)
            self.edit_menu.addSeparator()
            for action in self.contact_view.quick_actions():
                self.edit_menu.addAction(action)
        else:
            self.edit_menu.addAction(self.contacts.action_edit)
            for action in self.contacts.actions_for_menu():
                if action is None:
                    self.edit_menu.addSeparator()
                else:
                    self.edit_menu.addAction(action)
        self.view_menu.clear()
        self.view_menu.addAction(self.action_show_contacts)
        self.view_menu.addAction(self.action_show_contact)
        self.view_menu.addAction(self.action_show_dashboard)
        self.view_menu.addSeparator()
        if on_dashboard:
            self.view_menu.addAction(self.action_refresh_dashboard)
        elif on_file:
            self.view_menu.addAction(self.contact_view.back_action)
            self.view_menu.addAction(self.contact_view.history_action)
        else:
            self.view_menu.addAction(self.action_history)
        self.view_menu.addAction(self.action_recent)
        self.action_back_esc.setEnabled(on_file)
        self.action_show_contact.setEnabled(self.contact_view.current_id() is not None)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("statusCount")
        self.path_label = QLabel(self)
        self.path_label.setObjectName("statusPath")
        path = str(self.db.path) if self.db.path else ":memory:"
        self.path_label.setText(path)
        self.path_label.setToolTip(self.tr("The database in use: %1").replace("%1", path))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addPermanentWidget(self.count_label)
        status.addPermanentWidget(self.path_label)

    def _connect(self) -> None:
        self.contacts.openRequested.connect(self.open_contact)
        self.contacts.editRequested.connect(self.edit_contact)
        self.contacts.newRequested.connect(self.new_contact)
        self.contacts.changed.connect(self._data_changed)
        self.contacts.message.connect(self.show_message)
        self.contact_view.editRequested.connect(self.edit_contact)
        self.contact_view.backRequested.connect(self.back)
        self.contact_view.changed.connect(self._data_changed)
        self.contact_view.historyRequested.connect(self.show_history)
        self.dashboard.customersRequested.connect(self.show_customers)
        self.dashboard.message.connect(self.show_message)

    # -- panes --------------------------------------------------------------------------

    def show_pane(self, name: str) -> None:
        """Show a pane: "contacts" (the list), "contact" (the file of the last contact) or
        "dashboard"."""
        if name not in PANES:
            raise ValueError(f"unknown pane {name!r}; the panes are: {', '.join(PANES)}")
        if name == "contact" and self.contact_view.current_id() is None:
            contact_id = self.contacts.current_contact_id()
            if contact_id is None and self.contacts.model.rowCount():
                contact_id = self.contacts.model.contact_id(0)
            if contact_id is None:
                self.show_message(self.tr("Choose a contact in the list first."))
                return
            self.contact_view.show_contact(contact_id)
        self.stack.setCurrentWidget(self._pages[name])
        key = _NAVIGATION_OF[name]  # the contact file belongs to the list in the navigation
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.blockSignals(True)
                self.navigation.setCurrentRow(row)
                self.navigation.blockSignals(False)
        self._fill_page_menus()
        if name == "contacts":
            self.contacts.table.setFocus()
        elif name == "dashboard":
            self.dashboard.activate()
            self.dashboard.setFocus()
        else:
            self.contact_view.setFocus()

    def current_pane(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, page in self._pages.items() if page is widget)

    def _navigated(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.show_pane(str(item.data(Qt.ItemDataRole.UserRole)))

    def open_contact(self, contact_id: str) -> None:
        """Show a contact's file."""
        self.contact_view.show_contact(contact_id)
        self.show_pane("contact")

    def show_customers(self, ids: list[str], title: str) -> None:
        """List exactly these contacts (from the dashboard), ready to export or act on."""
        self.contacts.show_ids(ids, title)
        self.show_pane("contacts")
        self.show_message(self.tr("%1 — %Ln contact(s) listed.", "", len(ids)).replace("%1", title))

    def back(self) -> None:
        """From a contact's file back to the list, on that contact."""
        if self.stack.currentWidget() is not self.contact_view:
            return
        contact_id = self.contact_view.current_id()
        self.show_pane("contacts")
        if contact_id and self.contacts.model.row_of(contact_id) is not None:
            self.contacts.select_ids([contact_id])

    def current_contact_id(self) -> str | None:
        if self.stack.currentWidget() is self.contact_view:
            return self.contact_view.current_id()
        return self.contacts.current_contact_id()

    def find(self) -> None:
        self.show_pane("contacts")
        self.contacts.focus_search()

    # -- dialogs ------------------------------------------------------------------------

    def new_contact(self) -> ContactDialog:
        return self._contact_dialog(None)

    def edit_contact(self, contact_id: str) -> ContactDialog:
        return self._contact_dialog(contact_id)

    def _contact_dialog(self, contact_id: str | None) -> ContactDialog:
        dialog = ContactDialog(self.db, contact_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda saved_id: self._contact_saved(saved_id, contact_id is None))
        dialog.openContactRequested.connect(self.open_contact)
        dialog.open()
        return dialog

    def _contact_saved(self, contact_id: str, created: bool) -> None:
        self._data_changed()
        if created:
            self.show_message(self.tr("Contact created."))
            if self.stack.currentWidget() is self.contacts:
                self.contacts.select_ids([contact_id])
        else:
            self.show_message(self.tr("Contact saved."))
        if self.contact_view.current_id() == contact_id:
            self.contact_view.refresh()

    def show_history(self, contact_id: str | None = None) -> HistoryDialog:
        """The history of a contact (the one shown or selected), or the recent changes."""
        contact_id = contact_id or self.current_contact_id()
        name = ""
        if contact_id:
            rows = self.service.rows([contact_id])
            name = rows[0].name if rows else ""
        dialog = HistoryDialog(self.db, contact_id, self, contact_name=name)
        dialog.changed.connect(self._data_changed)
        dialog.changed.connect(self.contact_view.refresh)
        dialog.open()
        return dialog

    def show_recent_changes(self) -> HistoryDialog:
        dialog = HistoryDialog(self.db, None, self)
        dialog.changed.connect(self._data_changed)
        dialog.changed.connect(self.contact_view.refresh)
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.db.path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.languageChosen.connect(self._language_chosen)
        dialog.databaseChosen.connect(self.restartRequested.emit)
        dialog.open()
        return dialog

    def _language_chosen(self, _language: str) -> None:
        # The translators are already installed; the window is made again in the language.
        self.restartRequested.emit(None)

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("aboutBox")
        box.setIconPixmap(icon("comptoir").pixmap(64, 64))
        box.setWindowTitle(self.tr("About Comptoir"))
        version = QCoreApplication.applicationVersion() or "0.1"
        box.setText(f"<b>Comptoir {version}</b>")
        box.setInformativeText(
            self.tr(
                "A desktop CRM for small businesses: contacts, interactions and history, "
                "on your own computer.\n\nFree software under the GNU GPL, version 3 or later."
            )
        )
        box.open()
        return box

    # -- undo ---------------------------------------------------------------------------

    def refresh_undo(self) -> None:
        """Say in the Undo and Redo actions what they would undo and redo."""
        try:
            newest = history.last_undoable_batch(self.db)
            redoing = (
                newest is not None
                and newest.kind == BatchKind.UNDO
                and (not newest.label.startswith("Redo: "))
            )
            undo = history.last_undoable_batch(self.db, include_undos=False) if redoing else newest
        except DatabaseError:
            newest = undo = None
            redoing = False
        self._undo_target = undo
        self._redo_target = newest if redoing else None
        if undo is not None:
            label = undo.label.removeprefix("Redo: ")
            self.action_undo.setText(self.tr("&Undo %1").replace("%1", batch_label_text(label)))
        else:
            self.action_undo.setText(self.tr("&Undo"))
        self.action_undo.setEnabled(undo is not None)
        if self._redo_target is not None:
            label = self._redo_target.label.removeprefix("Undo: ")
            self.action_redo.setText(self.tr("&Redo %1").replace("%1", batch_label_text(label)))
        else:
            self.action_redo.setText(self.tr("&Redo"))
        self.action_redo.setEnabled(self._redo_target is not None)

    def undo(self) -> None:
        """Undo the last action (a whole batch: an edit, a deletion, an import…)."""
        self.refresh_undo()
        if self._undo_target is not None:
            self._revert(self._undo_target, self.tr("Undone: %1"))

    def redo(self) -> None:
        self.refresh_undo()
        if self._redo_target is not None:
            self._revert(self._redo_target, self.tr("Redone: %1"))

    def _revert(self, batch: history.BatchRecord, done_text: str) -> None:
        label = batch_label_text(batch.label.removeprefix("Undo: ").removeprefix("Redo: "))

        def finished(result: history.UndoResult) -> None:
            message = done_text.replace("%1", label)
            if result.conflicts:
                message += " " + self.tr(
                    "(%n change(s) made since were kept as they are.)", "", len(result.conflicts)
                )
            self._data_changed()
            self.contact_view.refresh()
            self.show_message(message)

        def failed(error: BaseException) -> None:
            self.refresh_undo()
            show_error(self, error)

        self.action_undo.setEnabled(False)
        self.action_redo.setEnabled(False)
        self.jobs.run(
            lambda _progress, _cancel: history.undo_batch(self.db, batch.id),
            label=self.tr("Undoing “%1”…").replace("%1", label),
            writes=True,
            on_success=finished,
            on_failure=failed,
        )

    # -- refreshing ---------------------------------------------------------------------

    def _data_changed(self) -> None:
        """Something was written: the list, the count and the undo actions follow."""
        self.contacts.refresh()
        self.update_count()
        self.refresh_undo()
        self.dashboard.data_changed()

    def refresh_all(self) -> None:
        self._data_changed()
        self.contact_view.refresh()

    def update_count(self) -> None:
        count = self.service.count(ContactQuery())
        self.count_label.setText(self.tr("%Ln contact(s)", "", count))

    def show_message(self, message: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    # -- first start --------------------------------------------------------------------

    def maybe_offer_demo_data(self) -> QMessageBox | None:
        """On an empty database (never declined before), offer the demo data."""
        if self.service.count(ContactQuery()) or self.service.count(ContactQuery(deleted=True)):
            return None
        declined = settings().value(DEMO_DECLINED_KEY, []) or []
        if isinstance(declined, str):
            declined = [declined]
        if str(self.db.path) in declined:
            return None
        return self.offer_demo_data()

    def offer_demo_data(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("welcomeBox")
        box.setIconPixmap(icon("comptoir").pixmap(64, 64))
        box.setWindowTitle(self.tr("Welcome to Comptoir"))
        box.setText(self.tr("Your database is empty."))
        box.setInformativeText(
            self.tr(
                "Start with an empty database and add your own customers, or explore "
                "Comptoir with the demo data of a small shop (%1 customers over %2 years). "
                "The demo data can be removed at once with Edit ▸ Undo."
            )
            .replace("%1", str(DEMO_CONTACTS))
            .replace("%2", str(DEMO_YEARS))
        )
        self.demo_button = box.addButton(
            self.tr("Explore with demo data"), QMessageBox.ButtonRole.AcceptRole
        )
        self.empty_button = box.addButton(
            self.tr("Start with an empty database"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(self.empty_button)

        def clicked(button: object) -> None:
            if button is self.demo_button:
                self.load_demo_data()
            else:
                self._decline_demo()

        box.buttonClicked.connect(clicked)
        box.open()
        return box

    def _decline_demo(self) -> None:
        store = settings()
        declined = store.value(DEMO_DECLINED_KEY, []) or []
        if isinstance(declined, str):
            declined = [declined]
        store.setValue(DEMO_DECLINED_KEY, [*declined, str(self.db.path)])

    def load_demo_data(self, contacts: int | None = None, years: int | None = None) -> Any:
        """Fill the database with demo data in the background (with progress and Cancel)."""
        from app import demo

        contacts = contacts or DEMO_CONTACTS
        years = years or DEMO_YEARS

        def done(summary: demo.DemoSummary) -> None:
            self.refresh_all()
            self.contacts.reload_choices()
            self.show_message(
                self.tr("Demo data ready: %n contact(s).", "", summary.contacts), 10000
            )

        def failed(error: BaseException) -> None:
            if not isinstance(error, demo.DemoCancelled):
                show_error(self, error)

        self.demo_job = self.jobs.run(
            lambda progress, cancel: demo.populate(
                self.db, contacts=contacts, years=years, progress=progress, cancel=cancel
            ),
            label=self.tr("Creating the demo data…"),
            writes=True,
            on_success=done,
            on_failure=failed,
        )
        return self.demo_job

    # -- layout -------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        if not self.remember_layout:
            self.resize(1200, 760)
            return
        store = settings()
        geometry = store.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.remember_layout and not self._splitter_restored:
            # Restored once shown: before, the splitter has no width to share out.
            self._splitter_restored = True
            state = settings().value("main_window/splitter")
            if state is not None:
                self.splitter.restoreState(state)

    def save_layout(self) -> None:
        if not self.remember_layout:
            return
        store = settings()
        store.setValue("main_window/geometry", self.saveGeometry())
        if self._splitter_restored:
            store.setValue("main_window/splitter", self.splitter.saveState())
        self.contacts.save_state()
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.jobs.shutdown()
        super().closeEvent(event)


__all__ = ["MainWindow", "NAVIGATION", "PANES", "batch_label_text"]
