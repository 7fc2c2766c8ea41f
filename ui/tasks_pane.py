"""The Tasks pane: Today / Overdue / Upcoming / Done / All, search, owner filter, the table.

Ticking a task's box completes it (one batch, undone by Edit ▸ Undo); double-clicking a
task edits it, double-clicking its contact, company or deal opens that file. Every write
goes through ``app.tasks`` and is followed by ``changed`` and a status-bar ``message``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QRadioButton,
    QTabBar,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import calendar, tasks
from app.tasks import SYSTEM_CLOCK, Clock, TaskQuery
from models.database import Database
from ui.errors import show_error
from ui.export_dialog import add_export_action, table_spec
from ui.i18n import settings
from ui.icons import icon
from ui.jobs import JobManager
from ui.panes import Pane
from ui.task_dialog import TaskDialog
from ui.task_table_model import COLUMNS, LINK_COLUMNS, OVERDUE_COLOR, TaskTableModel, task_icon

SEARCH_DELAY_MS = 150
HEADER_KEY = "tasks/header"
VIEW_KEY = "tasks/view"
OWNER_KEY = "tasks/owner"
EXPORT_DIR_KEY = "tasks/export_dir"
EXPORT_EVENTS_KEY = "tasks/export_events"
DEFAULT_WIDTHS = {
    "done": 30,
    "title": 290,
    "due": 160,
    "priority": 85,
    "contact": 150,
    "company": 140,
    "deal": 150,
}
#: The owner filter's special choices.
MINE = "__mine__"
EVERYONE = "__everyone__"


class TasksPane(Pane):
    """The tasks, by view. It asks ``app.tasks`` for everything it shows or writes."""

    def __init__(
        self,
        db: Database,
        jobs: JobManager,
        parent: QWidget | None = None,
        *,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tasksPane")
        self.db = db
        self.jobs = jobs
        self.clock = clock
        self.model = TaskTableModel(db, self, clock=clock)
        self.model.toggleRequested.connect(self._toggle_requested)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        #: The dialog open now (new/edit task, export), for tests and to avoid piling up.
        self.dialog: QDialog | None = None
        self._build_actions()
        self._build()
        self._restore_state()
        self.table.setSortingEnabled(True)
        self._update_actions()

    # -- building -----------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        icon_name: str | None,
        slot: Callable[[], Any],
        shortcuts: tuple[str, ...] = (),
        short: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(task_icon(icon_name))
        action.setObjectName(name)
        action.setIconText(short or text.replace("&", "").replace("…", ""))
        tip = text.replace("&", "").replace("…", "")
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            keys = ", ".join(
                QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts
            )
            tip = f"{tip} ({keys})"
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.action_new = self._action(
            "newTask",
            self.tr("&New task…"),
            "task-new",
            self.new_task,
            ("Ctrl+T",),
            self.tr("New task"),
        )
        self.action_edit = self._action(
            "editTask",
            self.tr("&Edit task…"),
            "edit",
            self.edit_current,
            ("F2",),
            self.tr("Edit"),
        )
        # Enter edits too (handled by the table, so that Enter in the search box does not).
        self.action_edit.setToolTip(
            self.tr("Edit task (%1)").replace(
                "%1",
                ", ".join(
                    QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                    for k in ("Return", "F2")
                ),
            )
        )
        self.action_toggle = self._action(
            "toggleTask",
            self.tr("Mark &done"),
            "task-done",
            self.toggle_selected,
            ("Ctrl+D",),
            self.tr("Done"),
        )
        self.action_delete = self._action(
            "deleteTasks",
            self.tr("De&lete"),
            "delete",
            self.delete_selected,
            ("Del",),
        )
        self.action_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_export = self._action(
            "exportTasks",
            self.tr("E&xport to calendar (.ics)…"),
            "task-calendar",
            self.export_dialog,
            ("Ctrl+Shift+E",),
            self.tr("Export"),
        )
        self.action_open_contact = self._action(
            "openTaskContact",
            self.tr("Open &contact"),
            "contact",
            lambda: self.open_link("contact"),
            ("Ctrl+O",),
        )
        self.action_open_company = self._action(
            "openTaskCompany",
            self.tr("Open c&ompany"),
            None,
            lambda: self.open_link("company"),
            ("Ctrl+Shift+O",),
        )
        self.action_open_deal = self._action(
            "openTaskDeal",
            self.tr("Open de&al"),
            None,
            lambda: self.open_link("deal"),
            ("Ctrl+Shift+D",),
        )
        self.action_search = self._action(
            "findTask",
            self.tr("&Find a task"),
            "search",
            self.focus_search,
            ("Ctrl+F",),
        )
        self.view_action_list: list[QAction] = []
        for number, (key, text) in enumerate(self._view_titles().items(), start=1):
            action = self._action(
                f"tasksView_{key}",
                text,
                None,
                lambda k=key: self.set_view(k),
                (f"Alt+{number}",),
            )
            action.setCheckable(True)
            self.view_action_list.append(action)
        for action in (
            self.action_new,
            self.action_edit,
            self.action_toggle,
            self.action_delete,
            self.action_export,
            self.action_open_contact,
            self.action_open_company,
            self.action_open_deal,
            self.action_search,
            *self.view_action_list,
        ):
            action.setShortcutContext(
                action.shortcutContext()
                if action is self.action_delete
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            self.addAction(action)

    def _view_titles(self) -> dict[str, str]:
        return {
            "today": self.tr("Today"),
            "overdue": self.tr("Overdue"),
            "upcoming": self.tr("Upcoming"),
            "done": self.tr("Done"),
            "all": self.tr("All"),
        }

    def _build(self) -> None:
        self.toolbar = QToolBar(self.tr("Tasks"), self)
        self.toolbar.setObjectName("tasksToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.action_new)
        self.toolbar.addSeparator()
        for action in (self.action_toggle, self.action_edit, self.action_delete):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_export)
        # Export the list as shown (ui/export_dialog.py).
        self.action_export_list = add_export_action(
            self,
            self.db,
            self.jobs,
            "tasks",
            lambda: table_spec("tasks", self.table, self.tr("Tasks")),
        )
        self.toolbar.addAction(self.action_export_list)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.tabs = QTabBar(self)
        self.tabs.setObjectName("viewTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for key, text in self._view_titles().items():
            index = self.tabs.addTab(text)
            self.tabs.setTabData(index, key)
        self.tabs.currentChanged.connect(self._view_changed)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search tasks, contacts, companies, deals…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        self.search.installEventFilter(self)

        self.owner_filter = QComboBox(self)
        self.owner_filter.setObjectName("ownerFilter")
        self.owner_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner_filter.setToolTip(self.tr("Whose tasks to show"))
        self.reload_owners()
        self.owner_filter.currentIndexChanged.connect(self.apply_filters)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.tabs)
        filters.addStretch(1)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.owner_filter)

        self.table = QTableView(self)
        self.table.setObjectName("tasksTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setMinimumSectionSize(28)
        # No column chosen: each view's natural order (see app.tasks).
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(lambda _section: header.setSortIndicatorShown(True))
        for key, width in DEFAULT_WIDTHS.items():
            header.resizeSection(COLUMNS.index(key), width)
        header.setSectionResizeMode(COLUMNS.index("done"), QHeaderView.ResizeMode.Fixed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.installEventFilter(self)

        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); font-size: 13pt; padding: 24px;")
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.table.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    # -- Pane ---------------------------------------------------------------------------

    def menu_actions(self) -> list[QAction | None]:
        return [
            self.action_new,
            self.action_edit,
            self.action_toggle,
            self.action_delete,
            None,
            self.action_open_contact,
            self.action_open_company,
            self.action_open_deal,
            None,
            self.action_export,
            self.action_export_list,
        ]

    def view_actions(self) -> list[QAction | None]:
        return [*self.view_action_list, None, self.action_search]

    def refresh(self) -> None:
        """Show the database as it is now (after a write here or elsewhere)."""
        selected = set(self.selected_ids())
        self.reload_owners()
        query = self.current_query()
        if query != self.model.query():
            self.model.set_query(query)
        else:
            self.model.refresh()
        self._reselect(selected)
        self._update_counts()

    def save_state(self) -> None:
        store = settings()
        store.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        store.setValue(VIEW_KEY, self.view())
        owner = self.owner_filter.currentData()
        store.setValue(OWNER_KEY, owner if owner in (MINE, EVERYONE) else EVERYONE)

    def _restore_state(self) -> None:
        store = settings()
        state = store.value(HEADER_KEY)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)  # type: ignore[arg-type]
        owner = str(store.value(OWNER_KEY, EVERYONE) or EVERYONE)
        index = self.owner_filter.findData(owner)
        self.owner_filter.blockSignals(True)
        self.owner_filter.setCurrentIndex(max(index, 0))
        self.owner_filter.blockSignals(False)
        view = str(store.value(VIEW_KEY, "today") or "today")
        # Shown later: the tasks are loaded when the pane is first shown (activate).
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(tasks.VIEWS.index(view if view in tasks.VIEWS else "today"))
        self.tabs.blockSignals(False)
        self._reset_sort()

    # -- view and filters ---------------------------------------------------------------

    def view(self) -> str:
        return str(self.tabs.tabData(self.tabs.currentIndex()) or "today")

    def set_view(self, view: str) -> None:
        """Show a view: "today", "overdue", "upcoming", "done" or "all"."""
        if view not in tasks.VIEWS:
            raise ValueError(f"unknown view {view!r}; the views are: {', '.join(tasks.VIEWS)}")
        index = tasks.VIEWS.index(view)
        if self.tabs.currentIndex() != index:
            self.tabs.setCurrentIndex(index)  # calls _view_changed
        else:
            self._view_changed(index)

    def _reset_sort(self) -> None:
        """Back to the view's natural order; the view actions follow the tab."""
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(False)
        header.blockSignals(False)
        for action, key in zip(self.view_action_list, tasks.VIEWS, strict=True):
            action.setChecked(key == self.view())

    @Slot(int)
    def _view_changed(self, _index: int) -> None:
        self._reset_sort()
        self._stale = False
        self.table.clearSelection()
        self.apply_filters(force=True)
        if self.model.rowCount():
            self.table.scrollToTop()

    def reload_owners(self) -> None:
        """Refill the owner filter with the users, keeping the choice."""
        current = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("Everyone's tasks"), EVERYONE)
        self.owner_filter.addItem(self.tr("My tasks"), MINE)
        others = [u for u in tasks.users(self.db) if u.id != self.db.user_id]
        if others:
            self.owner_filter.insertSeparator(self.owner_filter.count())
            for user in others:
                self.owner_filter.addItem(user.name, user.id)
        index = self.owner_filter.findData(current) if current else 0
        self.owner_filter.setCurrentIndex(max(index, 0))
        self.owner_filter.blockSignals(False)

    def current_query(self) -> TaskQuery:
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        sort = ""
        if header.isSortIndicatorShown() and 0 <= section < len(COLUMNS):
            sort = COLUMNS[section]
        owner = self.owner_filter.currentData()
        owner_id = self.db.user_id if owner == MINE else None if owner == EVERYONE else owner
        return TaskQuery(
            view=self.view(),
            text=self.search.text().strip(),
            owner_id=owner_id,
            sort=sort,
            descending=bool(sort) and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    @Slot()
    def apply_filters(self, force: bool = False) -> None:
        """Run the search now (the search field calls this after a short pause)."""
        self._search_timer.stop()
        query = self.current_query()
        if not force and query == self.model.query():
            self._update_counts()
            return
        selected = set(self.selected_ids())
        self.model.set_query(query)
        self._reselect(selected)
        self._update_counts()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_counts(self) -> None:
        counts = tasks.view_counts(self.db, self.current_query(), self.clock)
        for index, (key, title) in enumerate(self._view_titles().items()):
            number = counts.of(key)
            self.tabs.setTabText(
                index, self.tr("%1 (%2)").replace("%1", title).replace("%2", str(number))
            )
            color = QColor(OVERDUE_COLOR) if key == "overdue" and number else QColor()
            self.tabs.setTabTextColor(index, color)
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("%n task(s)", "", shown))
        self._update_empty_state()
        self._update_actions()

    def _update_empty_state(self) -> None:
        if self.model.rowCount():
            self.empty_label.hide()
            return
        query = self.model.query()
        if query.text:
            text = self.tr("No tasks match “%1”.").replace("%1", query.text)
        else:
            keys = QKeySequence("Ctrl+T").toString(QKeySequence.SequenceFormat.NativeText)
            texts = {
                "today": self.tr("Nothing due today.\nPlan a call or a visit with New task (%1)."),
                "overdue": self.tr("Nothing overdue. Well done!"),
                "upcoming": self.tr("Nothing planned ahead.\nCreate a task with New task (%1)."),
                "done": self.tr("No completed tasks yet.\nTick a task's box when it is done."),
                "all": self.tr("No tasks yet.\nCreate the first one with New task (%1)."),
            }
            text = texts.get(query.view, texts["all"]).replace("%1", keys)
            if query.owner_id:
                text += "\n" + self.tr("(Only the tasks of the chosen owner are shown.)")
        self.empty_label.setText(text)
        self.empty_label.setGeometry(self.table.viewport().rect())
        self.empty_label.show()

    # -- selection ----------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The ids of the selected tasks, in display order."""
        selection = self.table.selectionModel()
        if selection is None:
            return []
        rows = sorted(index.row() for index in selection.selectedRows())
        return [self.model.task_id(row) for row in rows if row < self.model.rowCount()]

    def current_task_id(self) -> str | None:
        index = self.table.currentIndex()
        ids = self.selected_ids()
        if index.isValid() and (not ids or self.model.task_id(index.row()) in ids):
            return self.model.task_id(index.row())
        return ids[0] if ids else None

    def select_ids(self, task_ids: list[str] | set[str]) -> None:
        self.table.clearSelection()
        self._reselect(set(task_ids))

    def _reselect(self, ids: set[str]) -> None:
        if not ids:
            return
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for task_id in ids:
            row = self.model.row_of(task_id)
            if row is None:
                continue
            selection.select(self.model.index(row, 0), flags)
            first = row if first is None else min(first, row)
        if first is not None:
            selection.setCurrentIndex(
                self.model.index(first, 1), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(self.model.index(first, 1))

    def _update_actions(self) -> None:
        ids = self.selected_ids()
        all_done = self._all_done(ids)
        self.action_toggle.setText(
            self.tr("Mark as not &done") if all_done else self.tr("Mark &done")
        )
        self.action_toggle.setIconText(self.tr("Not done") if all_done else self.tr("Done"))
        self.action_toggle.setIcon(task_icon("task-reopen" if all_done else "task-done"))
        self.action_toggle.setEnabled(bool(ids))
        self.action_edit.setEnabled(len(ids) >= 1)
        self.action_delete.setEnabled(bool(ids))
        current = self._current_row()
        self.action_open_contact.setEnabled(bool(current and current.contact_id))
        self.action_open_company.setEnabled(bool(current and current.company_id))
        self.action_open_deal.setEnabled(bool(current and current.deal_id))
        self.action_export.setEnabled(self.model.rowCount() > 0)

    def _current_row(self) -> tasks.TaskRow | None:
        task_id = self.current_task_id()
        if task_id is None:
            return None
        row = self.model.row_of(task_id)
        return self.model.task_row(row) if row is not None else None

    # -- actions ------------------------------------------------------------------------

    def new_task(self, **links: Any) -> TaskDialog:
        """Open the New task dialog (links: contact_id=…, company_id=…, deal_id=…)."""
        dialog = TaskDialog(self.db, self, clock=self.clock, **links)
        dialog.saved.connect(lambda task_id: self._saved(task_id, self.tr("Task created.")))
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_current(self) -> TaskDialog | None:
        task_id = self.current_task_id()
        return self.edit_task(task_id) if task_id else None

    def edit_task(self, task_id: str) -> TaskDialog | None:
        try:
            dialog = TaskDialog(self.db, self, task_id=task_id, clock=self.clock)
        except Exception as error:
            show_error(self, error)
            self.refresh()
            return None
        dialog.saved.connect(lambda saved_id: self._saved(saved_id, self.tr("Task saved.")))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, task_id: str, text: str) -> None:
        self.refresh()
        if self.model.row_of(task_id) is not None:
            self.select_ids([task_id])
        else:
            text += " " + self.tr("It is not in this view.")
        self.changed.emit()
        self.message.emit(text)

    @Slot(str, bool)
    def _toggle_requested(self, task_id: str, done: bool) -> None:
        self.set_done([task_id], done)

    def toggle_selected(self) -> None:
        """Complete the selected tasks, or reopen them when they are all done."""
        ids = self.selected_ids()
        if not ids:
            return
        self.set_done(ids, not self._all_done(ids))

    def _all_done(self, ids: list[str]) -> bool:
        """Whether every one of these tasks is done (read from the rows shown)."""
        if not ids:
            return False
        for task_id in ids:
            row = self.model.row_of(task_id)
            record = self.model.task_row(row) if row is not None else None
            if record is None or not record.done:
                return False
        return True

    def set_done(self, task_ids: list[str], done: bool) -> int:
        """Complete (or reopen) tasks: one batch, then ``changed`` and a message."""
        try:
            count = tasks.set_done(self.db, task_ids, done)
        except Exception as error:
            show_error(self, error)
            return 0
        if not count:
            self.refresh()
            return 0
        undo = (
            QKeySequence(QKeySequence.StandardKey.Undo).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            or "Ctrl+Z"
        )
        if done:
            text = self.tr("%n task(s) completed — %1 to undo", "", count)
        else:
            text = self.tr("%n task(s) reopened — %1 to undo", "", count)
        self._written(text.replace("%1", undo), task_ids)
        return count

    def delete_selected(self) -> int:
        """Delete the selected tasks at once (Edit ▸ Undo brings them back)."""
        ids = self.selected_ids()
        if not ids:
            return 0
        try:
            count = tasks.delete_tasks(self.db, ids)
        except Exception as error:
            show_error(self, error)
            return 0
        undo = (
            QKeySequence(QKeySequence.StandardKey.Undo).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            or "Ctrl+Z"
        )
        self._written(self.tr("%n task(s) deleted — %1 to undo", "", count).replace("%1", undo), [])
        return count

    def _written(self, text: str, keep_selected: list[str]) -> None:
        selected = set(keep_selected) or set(self.selected_ids())
        self.model.refresh()
        self.table.clearSelection()
        self._reselect(selected)
        self._update_counts()
        self.changed.emit()
        self.message.emit(text)

    def open_link(self, kind: str) -> None:
        row = self._current_row()
        record_id = getattr(row, f"{kind}_id", None) if row else None
        if record_id:
            self.openRequested.emit(kind, record_id)

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        key = self.model.column_key(index.column())
        if key == "done":
            return
        row = self.model.task_row(index.row())
        if row is None:
            return
        if key in LINK_COLUMNS and getattr(row, f"{key}_id"):
            self.openRequested.emit(LINK_COLUMNS[key], getattr(row, f"{key}_id"))
            return
        self.edit_task(row.id)

    @Slot(QPoint)
    def _context_menu(self, point: QPoint) -> QMenu | None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return None
        if self.model.task_id(index.row()) not in self.selected_ids():
            self.table.selectRow(index.row())
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setObjectName("taskMenu")
        for action in self.menu_actions():
            if action is None:
                menu.addSeparator()
            elif action.isEnabled() or action is self.action_new:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(point))
        return menu

    # -- export -------------------------------------------------------------------------

    def export_dialog(self) -> ExportDialog:
        """Ask what to export and how, then where (nothing blocks)."""
        dialog = ExportDialog(self.model.rowCount(), len(self.selected_ids()), self)
        dialog.chosen.connect(self._choose_export_file)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _choose_export_file(self, selected_only: bool, as_events: bool) -> QFileDialog:
        store = settings()
        folder = str(store.value(EXPORT_DIR_KEY, str(Path.home())) or Path.home())
        chooser = QFileDialog(self, self.tr("Export tasks to a calendar file"))
        chooser.setObjectName("exportFileDialog")
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(self.tr("iCalendar files (*.ics)"))
        chooser.setDefaultSuffix("ics")
        chooser.setDirectory(folder)
        chooser.selectFile(self.tr("comptoir-tasks") + ".ics")
        ids = self.selected_ids() if selected_only else self.model.ids()
        chooser.fileSelected.connect(lambda path: self.export_to(Path(path), ids, as_events))
        chooser.open()
        return chooser

    def export_to(self, path: Path, ids: list[str], as_events: bool) -> None:
        """Write these tasks to an .ics file (as events or as to-dos), in the background."""
        store = settings()
        store.setValue(EXPORT_DIR_KEY, str(path.parent))
        store.setValue(EXPORT_EVENTS_KEY, as_events)
        labels = {
            "contact": self.tr("Contact"),
            "company": self.tr("Company"),
            "deal": self.tr("Deal"),
            "owner": self.tr("Owner"),
            "calendar": self.tr("Comptoir tasks"),
        }

        def job(progress: Any, cancel: Any) -> calendar.ExportResult:
            return calendar.export_tasks(
                self.db,
                path,
                ids,
                as_events=as_events,
                clock=self.clock,
                labels=labels,
                progress=progress,
                cancel=cancel,
            )

        self.jobs.run(
            job,
            label=self.tr("Exporting tasks…"),
            writes=False,
            on_success=self._exported,
            on_failure=lambda error: show_error(self, error),
        )

    def _exported(self, result: calendar.ExportResult) -> None:
        text = self.tr("%n task(s) exported to %1.", "", result.written).replace(
            "%1", Path(result.path).name
        )
        if result.without_due:
            text += " " + self.tr(
                "%n task(s) without a due date left out (a calendar event needs a date).",
                "",
                result.without_due,
            )
        self.message.emit(text)

    # -- events -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_label.setGeometry(self.table.viewport().rect())
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if watched is self.table and plain:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.edit_current()
                    return True
                if key == Qt.Key.Key_Space:
                    self.toggle_selected()
                    return True
            if watched is self.search and key == Qt.Key.Key_Down and self.model.rowCount():
                # Down from the search field goes into the list.
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.selected_ids():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)


class ExportDialog(QDialog):
    """Which tasks to export (the view or the selection), as events or as to-dos."""

    #: (selected tasks only, as events)
    chosen = Signal(bool, bool)

    def __init__(self, shown: int, selected: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Export to calendar"))
        self.all_radio = QRadioButton(self.tr("The %n task(s) of this view", "", shown), self)
        self.all_radio.setObjectName("exportAll")
        self.selected_radio = QRadioButton(self.tr("The %n selected task(s)", "", selected), self)
        self.selected_radio.setObjectName("exportSelected")
        self.selected_radio.setEnabled(selected > 0)
        (self.selected_radio if selected > 1 else self.all_radio).setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.all_radio)
        scope.addButton(self.selected_radio)

        self.events_radio = QRadioButton(self.tr("As calendar &events"), self)
        self.events_radio.setObjectName("asEvents")
        self.todos_radio = QRadioButton(self.tr("As &to-dos"), self)
        self.todos_radio.setObjectName("asTodos")
        shape = QButtonGroup(self)
        shape.addButton(self.events_radio)
        shape.addButton(self.todos_radio)
        events = settings().value(EXPORT_EVENTS_KEY, True)
        (self.todos_radio if str(events).lower() == "false" else self.events_radio).setChecked(True)
        events_help = QLabel(
            self.tr(
                "Shown by every calendar program (Google Calendar, Outlook, Apple Calendar…), "
                "at the due time. Tasks without a due date are left out."
            ),
            self,
        )
        todos_help = QLabel(
            self.tr(
                "For programs with a task list (Thunderbird, Apple Reminders…); "
                "many calendars ignore them when importing."
            ),
            self,
        )
        for label in (events_help, todos_help):
            label.setWordWrap(True)
            label.setStyleSheet("color: palette(mid); margin-left: 22px;")

        buttons = QDialogButtonBox(self)
        export = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        export.setObjectName("exportButton")
        export.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        which = QLabel(self.tr("Which tasks:"), self)
        how = QLabel(self.tr("How:"), self)
        for label in (which, how):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(which)
        layout.addWidget(self.all_radio)
        layout.addWidget(self.selected_radio)
        layout.addSpacing(8)
        layout.addWidget(how)
        layout.addWidget(self.events_radio)
        layout.addWidget(events_help)
        layout.addWidget(self.todos_radio)
        layout.addWidget(todos_help)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        super().accept()
        self.chosen.emit(self.selected_radio.isChecked(), self.events_radio.isChecked())


__all__ = ["ExportDialog", "TasksPane"]
