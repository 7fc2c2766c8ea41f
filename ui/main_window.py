"""The main window: navigation on the left, the panes on the right, menus and status bar.

The panes (lists, board, dashboard…) and the files of records (contact, company, deal)
live in one stack. Panes talk to the window through signals (``ui.panes.Pane``): a
write anywhere marks the others stale, "open this record" shows its file, and Back
returns to where the user came from. Global actions work from anywhere: search
everything (Ctrl+K), log an interaction (Ctrl+L), new task (Ctrl+Shift+K).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import history
from app.analytics.cache import AnalyticsCache
from app.contacts import ContactQuery, ContactService
from models.database import Database, DatabaseError
from models.enums import BatchKind
from ui.activity_pane import ActivityPane
from ui.companies_pane import CompaniesPane
from ui.company_dialog import CompanyDialog
from ui.company_file import CompanyFileView
from ui.contact_dialog import ContactDialog
from ui.contact_file import ContactFileView
from ui.contacts_pane import ContactsPane
from ui.custom_fields_dialog import open_custom_fields_dialog
from ui.dashboard import DashboardPane
from ui.deal_dialog import DealDialog
from ui.deal_file import DealFileView
from ui.duplicates_pane import DuplicatesPane
from ui.errors import show_error
from ui.global_search import GlobalSearch
from ui.history_dialog import HistoryDialog
from ui.i18n import settings
from ui.icons import icon
from ui.interaction_dialog import InteractionDialog
from ui.jobs import JobManager
from ui.panes import Pane
from ui.pipeline_pane import PipelinePane
from ui.products_pane import ProductsPane
from ui.record_file import RecordFileView
from ui.reminders import ReminderService
from ui.settings_dialog import SettingsDialog
from ui.task_dialog import TaskDialog
from ui.tasks_pane import TasksPane

#: The panes listed in the navigation, in order (Ctrl+1 … Ctrl+8).
NAVIGATION = (
    "contacts",
    "companies",
    "pipeline",
    "tasks",
    "activity",
    "dashboard",
    "products",
    "duplicates",
)
#: The files of records, and the navigation entry each belongs to.
FILES = {"contact": "contacts", "company": "companies", "deal": "pipeline"}
#: The panes ``show_pane`` knows.
PANES = (*NAVIGATION, *FILES)
#: The navigation entry each pane belongs to.
_NAVIGATION_OF = {**{name: name for name in NAVIGATION}, **FILES}
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
    (re.compile(r"^New company (?P<x>.*)$"), "new_company"),
    (re.compile(r"^Edit company (?P<x>.*)$"), "edit_company"),
    (re.compile(r"^Delete (?P<n>\d+) company\(ies\)$"), "delete_companies"),
    (re.compile(r"^Restore (?P<n>\d+) company\(ies\)$"), "restore_companies"),
    (re.compile(r"^New deal (?P<x>.*)$"), "new_deal"),
    (re.compile(r"^Edit deal (?P<x>.*)$"), "edit_deal"),
    (re.compile(r"^Move deal (?P<x>.*) to (?P<y>.*)$"), "move_deal"),
    (re.compile(r"^Mark deal (?P<x>.*) as won$"), "won_deal"),
    (re.compile(r"^Mark deal (?P<x>.*) as lost$"), "lost_deal"),
    (re.compile(r"^Reopen deal (?P<x>.*)$"), "reopen_deal"),
    (re.compile(r"^New task (?P<x>.*)$"), "new_task"),
    (re.compile(r"^Edit task (?P<x>.*)$"), "edit_task"),
    (re.compile(r"^Complete task (?P<x>.*)$"), "complete_task"),
    (re.compile(r"^Complete (?P<n>\d+) tasks$"), "complete_tasks"),
    (re.compile(r"^Reopen task (?P<x>.*)$"), "reopen_task"),
    (re.compile(r"^Delete task (?P<x>.*)$"), "delete_task"),
    (re.compile(r"^Snooze task (?P<x>.*)$"), "snooze_task"),
    (re.compile(r"^Log (?P<y>[\w-]+): (?P<x>.*)$"), "log"),
    (re.compile(r"^Edit interaction (?P<x>.*)$"), "edit_interaction"),
    (re.compile(r"^Resolve complaint (?P<x>.*)$"), "resolve"),
    (re.compile(r"^Merge contact (?P<x>.*) into (?P<y>.*)$"), "merge_contact"),
    (re.compile(r"^Merge company (?P<x>.*) into (?P<y>.*)$"), "merge_company"),
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
        y = values.get("y") or ""
        n = int(values.get("n") or 0)
        if kind in ("undo", "redo"):
            template = translate("batches", "Undo: %1" if kind == "undo" else "Redo: %1")
            return template.replace("%1", batch_label_text(x))
        if kind == "log":
            y = _channel_noun(y)
        return _batch_template(kind, n).replace("%1", x).replace("%2", y)
    return label


def _batch_template(kind: str, n: int) -> str:
    """The translated template of a kind of batch label (%1, %2: its names)."""
    translate = QCoreApplication.translate
    texts = {
        "new": lambda: translate("batches", "New contact %1"),
        "edit": lambda: translate("batches", "Edit contact %1"),
        "delete": lambda: translate("batches", "Delete %n contact(s)", None, n),
        "restore": lambda: translate("batches", "Restore %n contact(s)", None, n),
        "tag": lambda: translate("batches", "Tag %n contact(s): %1", None, n),
        "untag": lambda: translate("batches", "Untag %n contact(s): %1", None, n),
        "demo": lambda: translate("batches", "Demo data"),
        "new_company": lambda: translate("batches", "New company %1"),
        "edit_company": lambda: translate("batches", "Edit company %1"),
        "delete_companies": lambda: translate("batches", "Delete %n company(ies)", None, n),
        "restore_companies": lambda: translate("batches", "Restore %n company(ies)", None, n),
        "new_deal": lambda: translate("batches", "New deal %1"),
        "edit_deal": lambda: translate("batches", "Edit deal %1"),
        "move_deal": lambda: translate("batches", "Move deal %1 to %2"),
        "won_deal": lambda: translate("batches", "Mark deal %1 as won"),
        "lost_deal": lambda: translate("batches", "Mark deal %1 as lost"),
        "reopen_deal": lambda: translate("batches", "Reopen deal %1"),
        "new_task": lambda: translate("batches", "New task %1"),
        "edit_task": lambda: translate("batches", "Edit task %1"),
        "complete_task": lambda: translate("batches", "Complete task %1"),
        "complete_tasks": lambda: translate("batches", "Complete %n task(s)", None, n),
        "reopen_task": lambda: translate("batches", "Reopen task %1"),
        "delete_task": lambda: translate("batches", "Delete task %1"),
        "snooze_task": lambda: translate("batches", "Snooze task %1"),
        "log": lambda: translate("batches", "Log %2: %1"),
        "edit_interaction": lambda: translate("batches", "Edit interaction %1"),
        "resolve": lambda: translate("batches", "Resolve complaint %1"),
        "merge_contact": lambda: translate("batches", "Merge contact %1 into %2"),
        "merge_company": lambda: translate("batches", "Merge company %1 into %2"),
    }
    return texts[kind]()


def _channel_noun(noun: str) -> str:
    """The channel as a batch label names it ("call", "e-mail"…), translated."""
    translate = QCoreApplication.translate
    return {
        "call": lambda: translate("batches", "call"),
        "e-mail": lambda: translate("batches", "e-mail"),
        "meeting": lambda: translate("batches", "meeting"),
        "visit": lambda: translate("batches", "visit"),
        "letter": lambda: translate("batches", "letter"),
        "SMS": lambda: translate("batches", "SMS"),
        "sms": lambda: translate("batches", "SMS"),
        "web contact": lambda: translate("batches", "web contact"),
        "social media message": lambda: translate("batches", "social media message"),
        "note": lambda: translate("batches", "note"),
    }.get(noun, lambda: noun)()


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
        reminders: bool = True,
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
        #: Where Back returns to: (pane, record id or None), the newest last.
        self._trail: list[tuple[str, str | None]] = []
        self.demo_job: Any = None
        self.search_popup: GlobalSearch | None = None
        self.setWindowIcon(icon("comptoir"))
        name = Path(db.path).name if db.path else ":memory:"
        self.setWindowTitle(f"Comptoir — {name}")

        #: The RFM table and lifetime values, shared by the dashboard and the contact file.
        self.analytics = AnalyticsCache(db)
        self.contacts = ContactsPane(db, self.jobs, self)
        self.companies = CompaniesPane(db, self.jobs, self)
        self.pipeline = PipelinePane(db, self.jobs, self)
        self.tasks = TasksPane(db, self.jobs, self)
        self.activity = ActivityPane(db, self.jobs, self)
        # Built when first shown (matplotlib is loaded then, not at start-up).
        self.dashboard = DashboardPane(db, self.jobs, self.analytics, self)
        self.products = ProductsPane(db, self.jobs, self)
        self.duplicates = DuplicatesPane(db, self.jobs, self)
        self.contact_view = ContactFileView(db, self, analytics=self.analytics, jobs=self.jobs)
        self.company_view = CompanyFileView(db, self, jobs=self.jobs)
        self.deal_view = DealFileView(db, self, jobs=self.jobs)
        self._pages: dict[str, QWidget] = {
            "contacts": self.contacts,
            "companies": self.companies,
            "pipeline": self.pipeline,
            "tasks": self.tasks,
            "activity": self.activity,
            "dashboard": self.dashboard,
            "products": self.products,
            "duplicates": self.duplicates,
            "contact": self.contact_view,
            "company": self.company_view,
            "deal": self.deal_view,
        }
        self.files: dict[str, RecordFileView] = {
            "contact": self.contact_view,
            "company": self.company_view,
            "deal": self.deal_view,
        }
        self.stack = _Pages(self)
        self.stack.setObjectName("panes")
        for page in self._pages.values():
            self.stack.addWidget(page)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setMinimumWidth(150)
        self.navigation.setStyleSheet(
            "#navigation { background: palette(window); padding-top: 6px; }"
            " #navigation::item { padding: 6px 8px; border-radius: 4px; }"
            " #navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        for number, key in enumerate(NAVIGATION, start=1):
            item = QListWidgetItem(icon(_NAVIGATION_ICONS[key]), self._pane_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{self._pane_title(key)} (Ctrl+{number})")
            self.navigation.addItem(item)
        self.navigation.setCurrentRow(0)
        self.navigation.currentItemChanged.connect(self._navigated)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([170, 1030])
        self.setCentralWidget(self.splitter)

        self.reminders = ReminderService(db, self) if reminders else None
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
            "companies": self.tr("Companies"),
            "pipeline": self.tr("Pipeline"),
            "tasks": self.tr("Tasks"),
            "activity": self.tr("Activity"),
            "dashboard": self.tr("Dashboard"),
            "products": self.tr("Products"),
            "duplicates": self.tr("Duplicates"),
            "contact": self.tr("Contact file"),
            "company": self.tr("Company file"),
            "deal": self.tr("Deal file"),
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
        self.action_custom_fields = self._action(
            "customFields", self.tr("C&ustom fields…"), self.open_custom_fields
        )
        self.action_import = self._action(
            "importFile", self.tr("&Import…"), self.open_import, "Ctrl+I", "import"
        )
        self.action_export_orders = self._action(
            "exportOrders", self.tr("Export &orders…"), self.export_orders, None, "export"
        )
        self.action_summary = self._action(
            "accountantSummary", self.tr("&Accountant summary…"), self.accountant_summary
        )
        self.action_quit = self._action("quit", self.tr("&Quit"), self.close, "Ctrl+Q", "quit")
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_undo = self._action("undo", self.tr("&Undo"), self.undo, "Ctrl+Z", "undo")
        self.action_redo = self._action("redo", self.tr("&Redo"), self.redo, "Ctrl+Shift+Z", "redo")
        self.action_find = self._action(
            "find", self.tr("&Find in this list"), self.find, "Ctrl+F", "search"
        )
        self.action_search = self._action(
            "searchEverything",
            self.tr("&Search everything…"),
            self.search_everything,
            "Ctrl+K",
            "search",
        )
        self.action_log = self._action(
            "quickLog",
            self.tr("&Log an interaction…"),
            self.quick_log,
            "Ctrl+L",
            "log",
        )
        self.action_new_task = self._action(
            "quickTask", self.tr("New &task…"), self.quick_task, "Ctrl+Shift+K", "task-new"
        )
        # The File menu's "new" actions have no keys: Ctrl+N is "new" in the list shown.
        self.action_new_contact = self._action(
            "newContactGlobal", self.tr("New &contact…"), self.new_contact, None, "new"
        )
        self.action_new_company = self._action(
            "newCompanyGlobal", self.tr("New c&ompany…"), self.new_company, None, "company"
        )
        self.action_new_deal = self._action(
            "newDealGlobal", self.tr("New &deal…"), self.new_deal, None, "deal"
        )
        self.navigation_actions: dict[str, QAction] = {}
        for number, key in enumerate(NAVIGATION, start=1):
            action = self._action(
                f"show_{key}",
                _menu_titles(self)[key],
                lambda _checked=False, key=key: self.show_pane(key),
                f"Ctrl+{number}",
                _NAVIGATION_ICONS[key],
            )
            self.navigation_actions[key] = action
        self.action_show_contacts = self.navigation_actions["contacts"]
        self.action_show_dashboard = self.navigation_actions["dashboard"]
        self.action_refresh_dashboard = self._action(
            "refreshDashboard", self.tr("Re&fresh the dashboard"), self.dashboard.refresh, "F5"
        )
        self.action_show_contact = self._action(
            "showContact",
            self.tr("Contact &file"),
            lambda: self.show_pane("contact"),
            None,
            "contact",
        )
        # History of the contact selected in the list (the files have their own).
        self.action_history = self._action(
            "history", self.tr("&History…"), self.show_history, "Ctrl+H", "history"
        )
        self.action_recent = self._action(
            "recentChanges", self.tr("&Recent changes…"), self.show_recent_changes
        )
        # Esc goes back too (Alt+Left is the files' own Back action).
        self.action_back_esc = self._action(
            "backEsc", self.tr("Back"), self.back, Qt.Key.Key_Escape
        )
        self.addAction(self.action_back_esc)
        for action in (
            self.action_search,
            self.action_log,
            self.action_new_task,
            *self.navigation_actions.values(),
        ):
            self.addAction(action)
        self.action_shortcuts = self._action(
            "shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/"
        )
        self.action_about = self._action(
            "about", self.tr("&About Comptoir"), self.show_about, None, "about"
        )
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.action_new_contact)
        self.file_menu.addAction(self.action_new_company)
        self.file_menu.addAction(self.action_new_deal)
        self.file_menu.addAction(self.action_new_task)
        self.file_menu.addAction(self.action_log)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_import)
        self.file_menu.addAction(self.action_export_orders)
        self.file_menu.addAction(self.action_summary)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_settings)
        self.file_menu.addAction(self.action_custom_fields)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.action_shortcuts)
        self.help_menu.addAction(self.action_about)

    def _page_actions(self, widget: QWidget) -> tuple[list[QAction | None], list[QAction | None]]:
        """The Edit and View menu actions of the page shown."""
        if widget is self.contacts:
            return [self.contacts.action_edit, *self.contacts.actions_for_menu()], [
                self.action_history
            ]
        if widget is self.dashboard:
            self.dashboard.ensure_built()  # its PDF actions come with its tool bar
            return [self.dashboard.pdf_action, self.dashboard.calls_action], [
                self.action_refresh_dashboard
            ]
        if widget is self.contact_view:
            return [self.contact_view.edit_action, None, *self.contact_view.quick_actions()], [
                self.contact_view.back_action,
                self.contact_view.history_action,
            ]
        if isinstance(widget, RecordFileView):
            return [widget.edit_action, None, *widget.file_actions()], [
                widget.back_action,
                widget.history_action,
            ]
        if isinstance(widget, Pane):
            return widget.menu_actions(), widget.view_actions()
        return [], []

    def _fill_page_menus(self) -> None:
        """The Edit and View menus hold the actions of the page shown.

        Each list and file has its own actions, some with the same shortcuts (Ctrl+E edits
        what is shown); only the shown page's are in the menus and active, so a shortcut
        is never ambiguous.
        """
        widget = self.stack.currentWidget()
        edit_actions, view_actions = self._page_actions(widget)
        self.edit_menu.clear()
        self.edit_menu.addAction(self.action_undo)
        self.edit_menu.addAction(self.action_redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.action_find)
        self.edit_menu.addAction(self.action_search)
        self.edit_menu.addSeparator()
        _add_all(self.edit_menu, edit_actions)
        self.view_menu.clear()
        for action in self.navigation_actions.values():
            self.view_menu.addAction(action)
        self.view_menu.addAction(self.action_show_contact)
        self.view_menu.addSeparator()
        if _add_all(self.view_menu, view_actions):
            self.view_menu.addSeparator()
        self.view_menu.addAction(self.action_recent)
        self.action_back_esc.setEnabled(widget in self.files.values() and bool(self._trail))
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
        for pane in self._panes():
            pane.changed.connect(self._data_changed)
            pane.message.connect(self.show_message)
            pane.openRequested.connect(self.open_record)
        for view in self.files.values():
            view.editRequested.connect(self._edit_from_file)
            view.backRequested.connect(self.back)
            view.changed.connect(self._data_changed)
            view.historyRequested.connect(self._history_from_file)
            view.openRequested.connect(self.open_record)
            view.message.connect(self.show_message)
        self.dashboard.customersRequested.connect(self.show_customers)
        self.dashboard.message.connect(self.show_message)
        if self.reminders is not None:
            self.reminders.changed.connect(self._data_changed)
            self.reminders.message.connect(self.show_message)
            self.reminders.openRequested.connect(self.open_record)
            self.reminders.openTaskRequested.connect(self._open_task)
            self.reminders.showTasksRequested.connect(self._show_tasks)

    def _panes(self) -> list[Pane]:
        return [page for page in self._pages.values() if isinstance(page, Pane)]

    # -- panes --------------------------------------------------------------------------

    def show_pane(self, name: str) -> None:
        """Show a pane (see ``PANES``); a file shows the record it showed last ("contact"
        with none shows the contact selected in the list)."""
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
        elif name in FILES and self.files[name].current_id() is None:
            return
        if name not in FILES:
            self._trail.clear()
        self._show(name)

    def _show(self, name: str) -> None:
        page = self._pages[name]
        self.stack.setCurrentWidget(page)
        self.stack.updateGeometry()  # its minimum size is the shown page's
        key = _NAVIGATION_OF[name]  # a file belongs to its list in the navigation
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
        elif isinstance(page, Pane):
            page.activate()
            page.setFocus()
        else:
            page.setFocus()

    def current_pane(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, page in self._pages.items() if page is widget)

    def _navigated(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.show_pane(str(item.data(Qt.ItemDataRole.UserRole)))

    def open_record(self, kind: str, record_id: str) -> None:
        """Show the file of a contact, a company or a deal; Back returns here."""
        if kind not in FILES:
            raise ValueError(f"unknown kind of record {kind!r}")
        current = self.current_pane()
        view = self.files[kind]
        here = (current, self.files[current].current_id() if current in FILES else None)
        if not self._trail or self._trail[-1] != here:
            if here != (kind, record_id):
                self._trail.append(here)
        if kind == "contact":
            self.contact_view.show_contact(record_id)
        else:
            view.show_record(record_id)
        self._show(kind)

    def open_contact(self, contact_id: str) -> None:
        """Show a contact's file."""
        self.open_record("contact", contact_id)

    def show_customers(self, ids: list[str], title: str) -> None:
        """List exactly these contacts (from the dashboard), ready to export or act on."""
        self.contacts.show_ids(ids, title)
        self.show_pane("contacts")
        self.show_message(self.tr("%1 — %Ln contact(s) listed.", "", len(ids)).replace("%1", title))

    def back(self) -> None:
        """From a file back to where it was opened from (a list, or another file)."""
        current = self.current_pane()
        if current not in FILES:
            return
        record_id = self.files[current].current_id()
        target, target_id = self._trail.pop() if self._trail else (FILES[current], None)
        if target == "contact" and target_id:
            self.contact_view.show_contact(target_id)
        elif target in FILES and target_id:
            self.files[target].show_record(target_id)
        self._show(target)
        if target == "contacts" and current == "contact" and record_id:
            if self.contacts.model.row_of(record_id) is not None:
                self.contacts.select_ids([record_id])

    def current_contact_id(self) -> str | None:
        if self.stack.currentWidget() is self.contact_view:
            return self.contact_view.current_id()
        return self.contacts.current_contact_id()

    def current_record(self) -> tuple[str, str] | None:
        """The record the user is on: a file shown, or the contact selected in the list."""
        current = self.current_pane()
        if current in FILES:
            record_id = self.files[current].current_id()
            return (current, record_id) if record_id else None
        if current == "contacts":
            contact_id = self.contacts.current_contact_id()
            return ("contact", contact_id) if contact_id else None
        return None

    def find(self) -> None:
        """Search in the list shown (the contacts when a file or the dashboard is shown)."""
        widget = self.stack.currentWidget()
        if not hasattr(widget, "focus_search"):
            self.show_pane("contacts")
            widget = self.contacts
        widget.focus_search()

    # -- global actions -----------------------------------------------------------------

    def search_everything(self) -> GlobalSearch:
        """The search across contacts, companies, deals and interaction notes (Ctrl+K)."""
        if self.search_popup is not None:
            self.search_popup.close()
        popup = GlobalSearch(self.db, self)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.openRequested.connect(self.open_record)
        popup.showAllContactsRequested.connect(self._show_contacts_matching)
        popup.destroyed.connect(self._search_closed)
        self.search_popup = popup
        popup.open()
        return popup

    def _search_closed(self) -> None:
        self.search_popup = None

    def _show_contacts_matching(self, text: str) -> None:
        self.show_pane("contacts")
        self.contacts.search.setText(text)
        self.contacts.apply_filters()

    def _links(self) -> dict[str, str]:
        record = self.current_record()
        if record is None:
            return {}
        kind, record_id = record
        return {f"{kind}_id": record_id}

    def quick_log(self) -> InteractionDialog:
        """Log an interaction from anywhere, linked to the record shown (Ctrl+L)."""
        links = self._links()
        dialog = InteractionDialog(
            self.db,
            links.get("contact_id"),
            "phone",
            self,
            company_id=links.get("company_id"),
            deal_id=links.get("deal_id"),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self._saved(self.tr("Interaction logged.")))
        dialog.open()
        return dialog

    def quick_task(self) -> TaskDialog:
        """A new task from anywhere, linked to the record shown (Ctrl+Shift+K)."""
        dialog = TaskDialog(self.db, self, **self._links())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self._saved(self.tr("Task saved.")))
        dialog.open()
        return dialog

    def _saved(self, message: str) -> None:
        self._data_changed()
        self._refresh_file()
        self.show_message(message)

    def _open_task(self, task_id: str) -> None:
        self.show_pane("tasks")
        self.tasks.edit_task(task_id)

    def _show_tasks(self, view: str) -> None:
        self.show_pane("tasks")
        self.tasks.set_view(view)

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

    def new_company(self) -> CompanyDialog:
        return self.edit_company(None)

    def edit_company(self, company_id: str | None) -> CompanyDialog:
        dialog = CompanyDialog(self.db, company_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self._saved(self.tr("Company saved.")))
        dialog.openCompanyRequested.connect(lambda found: self.open_record("company", found))
        dialog.open()
        return dialog

    def new_deal(self) -> DealDialog:
        return self.edit_deal(None)

    def edit_deal(self, deal_id: str | None) -> DealDialog:
        links = {} if deal_id else self._links()
        dialog = DealDialog(
            self.db,
            deal_id,
            self,
            contact_id=links.get("contact_id"),
            company_id=links.get("company_id"),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self._saved(self.tr("Deal saved.")))
        dialog.open()
        return dialog

    def _edit_from_file(self, record_id: str) -> None:
        view = self.sender()
        if view is self.contact_view:
            self.edit_contact(record_id)
        elif view is self.company_view:
            self.edit_company(record_id)
        elif view is self.deal_view:
            self.edit_deal(record_id)

    def _history_from_file(self, record_id: str) -> HistoryDialog:
        view = self.sender()
        kind = next((k for k, v in self.files.items() if v is view), "contact")
        return self.show_history(record_id, kind=kind)

    def show_history(self, record_id: str | None = None, *, kind: str = "contact") -> HistoryDialog:
        """The history of a record (the contact shown or selected), or the recent changes."""
        if record_id is None and kind == "contact":
            record_id = self.current_contact_id()
        name = ""
        if record_id:
            from app import lookup

            choice = lookup.describe(self.db, kind, record_id)
            name = choice.title if choice else ""
        dialog = HistoryDialog(self.db, record_id, self, contact_name=name, kind=kind)
        dialog.changed.connect(self._data_changed)
        dialog.changed.connect(self._refresh_file)
        dialog.open()
        return dialog

    def show_recent_changes(self) -> HistoryDialog:
        dialog = HistoryDialog(self.db, None, self)
        dialog.changed.connect(self._data_changed)
        dialog.changed.connect(self._refresh_file)
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.db.path, self, db=self.db)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.languageChosen.connect(self._language_chosen)
        dialog.customFieldsChanged.connect(self._custom_fields_changed)
        dialog.databaseChosen.connect(self.restartRequested.emit)
        dialog.open()
        return dialog

    def open_import(self, path: str | None = None) -> QDialog:
        """The import wizard (File ▸ Import…), for the kind of list shown."""
        from ui.import_wizard import ImportWizard  # openpyxl and the engine, when needed

        kinds = {"companies": "companies", "pipeline": "deals", "products": "products"}
        kinds |= {"activity": "interactions", "company": "companies", "deal": "deals"}
        wizard = ImportWizard(
            self.db,
            self.jobs,
            self,
            kind=kinds.get(self.current_pane(), "contacts"),
            path=Path(path) if path else None,
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda _batch, _kind: self._data_changed())
        wizard.undone.connect(lambda _batch: self._data_changed())
        wizard.showContactsRequested.connect(self.show_customers)
        wizard.open()
        return wizard

    def export_orders(self) -> QDialog:
        """The orders of a period to .xlsx or .csv (there is no orders list to export)."""
        from ui.export_dialog import export_orders

        return export_orders(self.db, self.jobs, self)

    def accountant_summary(self) -> QDialog:
        """The accountant's workbook: revenue by month, customer and product, the orders."""
        from ui.summary_dialog import accountant_summary

        return accountant_summary(self.db, self.jobs, self)

    def open_custom_fields(self) -> QDialog:
        dialog = open_custom_fields_dialog(self.db, self)
        dialog.changed.connect(self._custom_fields_changed)
        return dialog

    def _custom_fields_changed(self) -> None:
        self._data_changed()
        self._refresh_file()

    def _language_chosen(self, _language: str) -> None:
        # The translators are already installed; the window is made again in the language.
        self.restartRequested.emit(None)

    def show_shortcuts(self) -> QDialog:
        """Every action of the menus and of the page shown, with its keys."""
        dialog = QDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setObjectName("shortcutsDialog")
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        menus = [self.file_menu, self.edit_menu, self.view_menu, self.help_menu]
        for menu in menus:
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                text = action.text().replace("&", "").rstrip("…").strip()
                if action.isSeparator() or not keys or text in seen:
                    continue
                seen.add(text)
                rows.append((text, keys))
        rows += [
            (self.tr("Back"), "Esc, Alt+←"),
            (self.tr("Open the selected record"), "Enter"),
        ]
        table = QTableWidget(len(rows), 2, dialog)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (text, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(text))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        note = QLabel(
            self.tr("The actions of the page shown are in the Edit and View menus."), dialog
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(520, 560)
        dialog.open()
        return dialog

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
                "A desktop CRM for small businesses: contacts, companies, deals, tasks and "
                "every interaction, on your own computer.\n\nFree software under the GNU "
                "GPL, version 3 or later."
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
        """Something was written: the lists, the count and the undo actions follow."""
        self.contacts.refresh()
        for pane in self._panes():
            pane.mark_stale()
        self.update_count()
        self.refresh_undo()
        self.dashboard.data_changed()
        self._refresh_file()

    def _refresh_file(self) -> None:
        """Reload the file shown (the others reload when shown again)."""
        widget = self.stack.currentWidget()
        if isinstance(widget, RecordFileView) and widget.current_id():
            widget.refresh()

    def refresh_all(self) -> None:
        self._data_changed()
        for view in self.files.values():
            view.refresh()

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
        if self.reminders is not None:
            self.reminders.start()

    def save_layout(self) -> None:
        if not self.remember_layout:
            return
        store = settings()
        store.setValue("main_window/geometry", self.saveGeometry())
        if self._splitter_restored:
            store.setValue("main_window/splitter", self.splitter.saveState())
        self.contacts.save_state()
        for pane in self._panes():
            pane.save_state()
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reminders is not None:
            self.reminders.stop()
        self.save_layout()
        self.jobs.shutdown()
        super().closeEvent(event)


class _Pages(QStackedWidget):
    """The stack of panes, as small as the pane shown allows (not the widest pane)."""

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


_NAVIGATION_ICONS = {
    "contacts": "contacts",
    "companies": "companies",
    "pipeline": "pipeline",
    "tasks": "tasks",
    "activity": "activity",
    "dashboard": "dashboard",
    "products": "products",
    "duplicates": "duplicates",
}


def _menu_titles(window: MainWindow) -> dict[str, str]:
    """The navigation entries as the View menu names them (with their access keys)."""
    translate = QCoreApplication.translate
    return {
        "contacts": translate("MainWindow", "&Contacts"),
        "companies": translate("MainWindow", "C&ompanies"),
        "pipeline": translate("MainWindow", "&Pipeline"),
        "tasks": translate("MainWindow", "&Tasks"),
        "activity": translate("MainWindow", "&Activity"),
        "dashboard": translate("MainWindow", "&Dashboard"),
        "products": translate("MainWindow", "P&roducts"),
        "duplicates": translate("MainWindow", "D&uplicates"),
    }


def _add_all(menu: QMenu, actions: list[QAction | None]) -> bool:
    """Add actions to a menu, None being a separator (never two in a row, none last).

    True when an action was added."""
    pending = added = False
    for action in actions:
        if action is None:
            pending = bool(menu.actions())
            continue
        if pending:
            menu.addSeparator()
            pending = False
        menu.addAction(action)
        added = True
    return added


__all__ = ["FILES", "MainWindow", "NAVIGATION", "PANES", "batch_label_text"]
