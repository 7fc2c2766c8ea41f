"""The Activity pane: every interaction on every channel, filtered, newest first.

Filters: channel chips (with their counts under the other filters), who logged it, a date
range (presets or custom days), the direction, complaints, and a text search. The table is
lazy (``ActivityTableModel``): only the ids of the interactions are held, rows are fetched
by page as they show. Enter or a double click edits the interaction; the toolbar and the
context menu log a new one, delete, resolve a complaint, or open its contact, company or
deal (``openRequested``). The filters and the column widths are remembered.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import activity
from app.activity import ActivityQuery, ActivityRow
from app.errors import UserError
from app.interactions import delete_interactions, reopen_complaint, restore_interactions
from models.database import Database
from models.enums import Channel
from ui import formatting as fmt
from ui.activity_table_model import COLUMNS, ActivityTableModel
from ui.errors import ask, show_error
from ui.export_dialog import add_export_action, table_spec
from ui.i18n import settings
from ui.icons import icon
from ui.interaction_dialog import (
    InteractionDialog,
    ResolveComplaintDialog,
    app_icon,
    channel_icon,
)
from ui.jobs import JobManager
from ui.panes import Pane
from ui.record_file import FlowLayout

#: How long the search waits after the last key press.
SEARCH_DELAY_MS = 200
HEADER_KEY = "activity/header"
FILTERS_KEY = "activity/filters"
DEFAULT_WIDTHS = {
    "when": 125,
    "channel": 105,
    "direction": 75,
    "subject": 250,
    "contact": 150,
    "company": 130,
    "deal": 110,
    "user": 105,
    "satisfaction": 80,
}
CUSTOM = "custom"

LOG_SHORTCUT = "Ctrl+Shift+L"
EDIT_SHORTCUT = "Ctrl+E"
DELETE_SHORTCUT = "Del"
RESTORE_SHORTCUT = "Ctrl+Shift+R"
RESOLVE_SHORTCUT = "Ctrl+Shift+C"
OPEN_CONTACT_SHORTCUT = "Ctrl+O"
OPEN_COMPANY_SHORTCUT = "Ctrl+Shift+O"
OPEN_DEAL_SHORTCUT = "Ctrl+Alt+O"


class ActivityPane(Pane):
    """The list of interactions. It asks ``app.activity`` for what it shows."""

    def __init__(self, db: Database, jobs: JobManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityPane")
        self.db = db
        self.jobs = jobs
        self.model = ActivityTableModel(db, self)
        self._dialog: QWidget | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        #: Set while filters are set by code (not by the user).
        self._quiet = False
        self._build_actions()
        self._build()
        self.reload_users()
        self._restore_state()
        self.table.setSortingEnabled(True)
        self._update_actions()

    # -- building -----------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        short: str,
        icon_name: str,
        slot: Callable[[], Any],
        shortcut: str,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ) -> QAction:
        """An action: ``text`` for menus, ``short`` for the toolbar; the tip shows the keys."""
        action = QAction(app_icon(icon_name), text, self)
        action.setObjectName(name)
        action.setIconText(short)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(context)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').replace('…', '')} ({keys})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_log = self._action(
            "logInteraction",
            self.tr("&Log interaction…"),
            self.tr("Log"),
            "log",
            self.log_interaction,
            LOG_SHORTCUT,
        )
        self.action_edit = self._action(
            "editInteraction",
            self.tr("&Edit interaction…"),
            self.tr("Edit"),
            "edit",
            self.edit_current,
            EDIT_SHORTCUT,
        )
        self.action_delete = self._action(
            "deleteInteractions",
            self.tr("&Delete…"),
            self.tr("Delete"),
            "delete",
            self.delete_selected,
            DELETE_SHORTCUT,
        )
        self.action_restore = self._action(
            "restoreInteractions",
            self.tr("&Restore"),
            self.tr("Restore"),
            "restore",
            self.restore_selected,
            RESTORE_SHORTCUT,
        )
        self.action_resolve = self._action(
            "resolveComplaint",
            self.tr("Re&solve complaint…"),
            self.tr("Resolve"),
            "complaint",
            self.resolve_current,
            RESOLVE_SHORTCUT,
        )
        self.action_open_contact = self._action(
            "openContact",
            self.tr("Open &contact"),
            self.tr("Contact"),
            "contact",
            partial(self.open_record, "contact"),
            OPEN_CONTACT_SHORTCUT,
        )
        self.action_open_company = self._action(
            "openCompany",
            self.tr("Open com&pany"),
            self.tr("Company"),
            "contacts",
            partial(self.open_record, "company"),
            OPEN_COMPANY_SHORTCUT,
        )
        self.action_open_deal = self._action(
            "openDeal",
            self.tr("Open &deal"),
            self.tr("Deal"),
            "open",
            partial(self.open_record, "deal"),
            OPEN_DEAL_SHORTCUT,
        )
        self.action_show_deleted = QAction(self.tr("Show &deleted interactions"), self)
        self.action_show_deleted.setObjectName("showDeletedInteractions")
        self.action_show_deleted.setCheckable(True)
        self.action_show_deleted.toggled.connect(self._show_deleted_toggled)

    def _build(self) -> None:
        self.toolbar = QToolBar(self.tr("Activity"), self)
        self.toolbar.setObjectName("activityToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.action_log)
        self.toolbar.addSeparator()
        for action in (self.action_edit, self.action_resolve, self.action_delete):
            self.toolbar.addAction(action)
        self.toolbar.addAction(self.action_restore)
        # Export the list as shown (ui/export_dialog.py).
        self.action_export_list = add_export_action(
            self,
            self.db,
            self.jobs,
            "interactions",
            lambda: table_spec("interactions", self.table, self.tr("Interactions")),
        )
        self.toolbar.addAction(self.action_export_list)
        self.toolbar.addSeparator()
        open_button = QToolButton(self)
        open_button.setObjectName("openMenuButton")
        open_button.setText(self.tr("Open"))
        open_button.setIcon(icon("open"))
        open_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        open_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        open_menu = QMenu(open_button)
        for action in (self.action_open_contact, self.action_open_company, self.action_open_deal):
            open_menu.addAction(action)
        open_button.setMenu(open_menu)
        self.toolbar.addWidget(open_button)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.count_label)

        chips_box = QWidget(self)
        chips_box.setObjectName("channelChips")
        chips = FlowLayout(chips_box, spacing=4)
        self.all_chip = self._chip("chip_all", self.tr("All channels"), chips_box)
        self.all_chip.setToolTip(self.tr("Show every channel"))
        self.all_chip.clicked.connect(self._all_channels)
        chips.addWidget(self.all_chip)
        self.channel_chips: dict[str, QToolButton] = {}
        for code in fmt.CHANNEL_CODES:
            chip = self._chip(f"chip_{code}", fmt.channel_label(code), chips_box)
            chip.setIcon(channel_icon(code, 16))
            chip.setToolTip(
                self.tr("Show {channel} (click several channels to combine them)").replace(
                    "{channel}", fmt.channel_label(code)
                )
            )
            chip.toggled.connect(self._chip_toggled)
            chips.addWidget(chip)
            self.channel_chips[code] = chip

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search subjects, notes, outcomes…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(180)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        self.search.installEventFilter(self)

        self.user_filter = QComboBox(self)
        self.user_filter.setObjectName("userFilter")
        self.user_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.user_filter.currentIndexChanged.connect(self._filter_changed)

        self.date_filter = QComboBox(self)
        self.date_filter.setObjectName("dateFilter")
        presets = {
            "today": self.tr("Today"),
            "week": self.tr("This week"),
            "month": self.tr("This month"),
            "90days": self.tr("Last 90 days"),
            "year": self.tr("This year"),
            "all": self.tr("All dates"),
        }
        for preset in activity.DATE_PRESETS:
            self.date_filter.addItem(presets[preset], preset)
        self.date_filter.addItem(self.tr("Custom…"), CUSTOM)
        self.date_filter.setCurrentIndex(self.date_filter.findData(activity.DEFAULT_PRESET))
        self.date_filter.currentIndexChanged.connect(self._date_preset_changed)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-29), self)
        self.date_from.setObjectName("dateFrom")
        self.date_to = QDateEdit(today, self)
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._filter_changed)
            edit.hide()
        self.date_dash = QLabel("\u2013", self)
        self.date_dash.hide()

        self.direction_filter = QComboBox(self)
        self.direction_filter.setObjectName("directionFilter")
        self.direction_filter.addItem(self.tr("In and out"), None)
        self.direction_filter.addItem(self.tr("Inbound"), "in")
        self.direction_filter.addItem(self.tr("Outbound"), "out")
        self.direction_filter.currentIndexChanged.connect(self._filter_changed)

        self.complaint_filter = QComboBox(self)
        self.complaint_filter.setObjectName("complaintFilter")
        self.complaint_filter.addItem(self.tr("All interactions"), None)
        self.complaint_filter.addItem(self.tr("Complaints"), "all")
        self.complaint_filter.addItem(app_icon("complaint"), self.tr("Open complaints"), "open")
        self.complaint_filter.addItem(self.tr("Resolved complaints"), "resolved")
        self.complaint_filter.currentIndexChanged.connect(self._filter_changed)

        self.show_deleted = QCheckBox(self.tr("Deleted"), self)
        self.show_deleted.setObjectName("showDeleted")
        self.show_deleted.setToolTip(self.tr("Show the deleted interactions, to restore them"))
        self.show_deleted.toggled.connect(self.action_show_deleted.setChecked)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.date_filter)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_dash)
        filters.addWidget(self.date_to)
        filters.addWidget(self.user_filter)
        filters.addWidget(self.direction_filter)
        filters.addWidget(self.complaint_filter)
        filters.addWidget(self.show_deleted)

        self.table = QTableView(self)
        self.table.setObjectName("activityTable")
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
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        for key, width in DEFAULT_WIDTHS.items():
            header.resizeSection(COLUMNS.index(key), width)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.selectionModel().currentChanged.connect(self._update_actions)

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
        layout.addWidget(chips_box)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setStyleSheet(
            "QToolButton[chip=true] { border: 1px solid palette(mid); border-radius: 11px;"
            " padding: 2px 9px; }"
            " QToolButton[chip=true]:checked { background: #dbeafe; border-color: #3b82f6;"
            " color: #1e3a8a; font-weight: 600; }"
            " QToolButton[chip=true]:disabled { color: palette(mid); }"
        )

    def _chip(self, name: str, text: str, parent: QWidget) -> QToolButton:
        chip = QToolButton(parent)
        chip.setObjectName(name)
        chip.setProperty("chip", True)
        chip.setCheckable(True)
        chip.setText(text)
        chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        chip.setCursor(Qt.CursorShape.PointingHandCursor)
        chip.setProperty("label", text)
        return chip

    # -- the Pane interface -------------------------------------------------------------

    def menu_actions(self) -> list[QAction | None]:
        return [
            self.action_log,
            self.action_edit,
            self.action_resolve,
            self.action_delete,
            self.action_restore,
            None,
            self.action_open_contact,
            self.action_open_company,
            self.action_open_deal,
            None,
            self.action_export_list,
        ]

    def view_actions(self) -> list[QAction | None]:
        return [self.action_show_deleted]

    def refresh(self) -> None:
        """Show the database as it is now (after a write here or elsewhere)."""
        selected = set(self.selected_ids())
        self.reload_users()
        self.model.set_query(self.current_query())
        self._reselect(selected)
        self._update_counts()

    def save_state(self) -> None:
        """Remember the filters, the column widths, order and sorting."""
        store = settings()
        store.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        store.setValue(FILTERS_KEY, json.dumps(self.filter_state()))

    # -- filters ------------------------------------------------------------------------

    def reload_users(self) -> None:
        """Refill the user filter, keeping who is chosen."""
        chosen = self.user_filter.currentData()
        self.user_filter.blockSignals(True)
        self.user_filter.clear()
        self.user_filter.addItem(self.tr("Everyone"), None)
        for user in activity.users(self.db):
            self.user_filter.addItem(user.name, user.id)
        self.user_filter.setCurrentIndex(max(self.user_filter.findData(chosen), 0))
        self.user_filter.blockSignals(False)

    def selected_channels(self) -> frozenset[str]:
        return frozenset(code for code, chip in self.channel_chips.items() if chip.isChecked())

    def set_channels(self, channels: set[str] | frozenset[str]) -> None:
        self._quiet = True
        try:
            for code, chip in self.channel_chips.items():
                chip.setChecked(code in channels)
        finally:
            self._quiet = False
        self.apply_filters()

    def set_date_preset(self, preset: str) -> None:
        index = self.date_filter.findData(preset)
        if index >= 0:
            self.date_filter.setCurrentIndex(index)

    def set_custom_dates(self, first: date, last: date) -> None:
        self._quiet = True
        try:
            self.date_from.setDate(fmt.qdate(first))
            self.date_to.setDate(fmt.qdate(last))
            self.date_filter.setCurrentIndex(self.date_filter.findData(CUSTOM))
        finally:
            self._quiet = False
        self._date_preset_changed()

    def current_query(self) -> ActivityQuery:
        """The query the filters and the sorted column make."""
        preset = self.date_filter.currentData()
        if preset == CUSTOM:
            first = self.date_from.date()
            last = self.date_to.date()
            date_from, date_to = activity.day_range(
                date(first.year(), first.month(), first.day()),
                date(last.year(), last.month(), last.day()),
            )
        else:
            date_from, date_to = activity.preset_range(preset or activity.DEFAULT_PRESET)
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        return ActivityQuery(
            channels=self.selected_channels(),
            user_id=self.user_filter.currentData(),
            date_from=date_from,
            date_to=date_to,
            direction=self.direction_filter.currentData(),
            complaints=self.complaint_filter.currentData(),
            text=self.search.text().strip(),
            sort=COLUMNS[section] if 0 <= section < len(COLUMNS) else "when",
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
            deleted=self.show_deleted.isChecked(),
        )

    @Slot()
    def apply_filters(self) -> None:
        """Run the search now (the search field calls this after a short pause)."""
        self._search_timer.stop()
        if self._quiet:
            return
        query = self.current_query()
        if query != self.model.query() or not self.model.rowCount():
            selected = set(self.selected_ids())
            self.model.set_query(query)
            self._reselect(selected)
        self._update_counts()

    @Slot()
    def _filter_changed(self, *_args: object) -> None:
        if not self._quiet:
            self.apply_filters()

    @Slot()
    def _chip_toggled(self, *_args: object) -> None:
        self.all_chip.setChecked(not self.selected_channels())
        self._filter_changed()

    @Slot()
    def _all_channels(self) -> None:
        self.set_channels(set())

    @Slot()
    def _date_preset_changed(self, *_args: object) -> None:
        custom = self.date_filter.currentData() == CUSTOM
        for widget in (self.date_from, self.date_dash, self.date_to):
            widget.setVisible(custom)
        self._filter_changed()

    @Slot(bool)
    def _show_deleted_toggled(self, checked: bool) -> None:
        if self.show_deleted.isChecked() != checked:
            self.show_deleted.setChecked(checked)
        self._filter_changed()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def filter_state(self) -> dict[str, Any]:
        """The filters, as remembered between sessions (the search text is not kept)."""
        preset = self.date_filter.currentData()
        return {
            "channels": sorted(self.selected_channels()),
            "user": self.user_filter.currentData(),
            "dates": preset,
            "from": self.date_from.date().toString(Qt.DateFormat.ISODate),
            "to": self.date_to.date().toString(Qt.DateFormat.ISODate),
            "direction": self.direction_filter.currentData(),
            "complaints": self.complaint_filter.currentData(),
        }

    def restore_filter_state(self, state: dict[str, Any]) -> None:
        self._quiet = True
        try:
            channels = set(state.get("channels") or [])
            for code, chip in self.channel_chips.items():
                chip.setChecked(code in channels)
            self.all_chip.setChecked(not channels)
            for combo, key in (
                (self.user_filter, "user"),
                (self.date_filter, "dates"),
                (self.direction_filter, "direction"),
                (self.complaint_filter, "complaints"),
            ):
                index = combo.findData(state.get(key))
                if index >= 0:
                    combo.setCurrentIndex(index)
            for edit, key in ((self.date_from, "from"), (self.date_to, "to")):
                value = QDate.fromString(str(state.get(key) or ""), Qt.DateFormat.ISODate)
                if value.isValid():
                    edit.setDate(value)
        finally:
            self._quiet = False
        custom = self.date_filter.currentData() == CUSTOM
        for widget in (self.date_from, self.date_dash, self.date_to):
            widget.setVisible(custom)

    def _restore_state(self) -> None:
        store = settings()
        header = store.value(HEADER_KEY)
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        raw = store.value(FILTERS_KEY)
        if raw:
            try:
                state = json.loads(str(raw))
            except ValueError:
                state = None
            if isinstance(state, dict):
                self.restore_filter_state(state)
        self.all_chip.setChecked(not self.selected_channels())

    # -- counts and empty state -----------------------------------------------------------

    def _update_counts(self) -> None:
        query = self.model.query()
        counts = activity.channel_counts(self.db, query)
        total = 0
        for code, chip in self.channel_chips.items():
            n = counts.get(code, 0)
            total += n
            chip.setText(f"{chip.property('label')}  {fmt.number(n)}")
            # A chip with nothing to show is dimmed (still usable, to keep a choice).
            chip.setEnabled(n > 0 or chip.isChecked())
        self.all_chip.setText(f"{self.all_chip.property('label')}  {fmt.number(total)}")
        count = self.model.rowCount()
        if query.deleted:
            text = self.tr("%n deleted interaction(s)", "", count)
        else:
            text = self.tr("%n interaction(s)", "", count)
        self.count_label.setText(text)
        self._update_empty_state()
        self._update_actions()

    def _update_empty_state(self) -> None:
        if self.model.rowCount():
            self.empty_label.hide()
            return
        query = self.model.query()
        if query.deleted:
            text = self.tr("There are no deleted interactions here.")
        elif (
            query.text
            or query.channels
            or query.user_id
            or query.direction
            or query.complaints
            or query.date_from
        ):
            text = self.tr("No interaction matches these filters.")
        else:
            keys = self.action_log.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text = self.tr("No interaction yet.\nLog the first one with {keys}.").replace(
                "{keys}", keys
            )
        self.empty_label.setText(text)
        self.empty_label.setGeometry(self.table.viewport().rect())
        self.empty_label.show()

    # -- selection ----------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The ids of the selected interactions, in display order."""
        selection = self.table.selectionModel()
        if selection is None:
            return []
        rows = sorted(index.row() for index in selection.selectedRows())
        return [self.model.record_id(row) for row in rows if row < self.model.rowCount()]

    def current_row(self) -> ActivityRow | None:
        """The interaction the user points at: the current row if selected, else the first."""
        index = self.table.currentIndex()
        ids = self.selected_ids()
        if index.isValid() and self.model.record_id(index.row()) in ids:
            return self.model.record(index.row())
        if ids:
            row = self.model.row_of(ids[0])
            return self.model.record(row) if row is not None else None
        return None

    def select_ids(self, ids: list[str] | set[str]) -> None:
        self.table.clearSelection()
        self._reselect(set(ids))

    def _reselect(self, ids: set[str]) -> None:
        if not ids:
            return
        from PySide6.QtCore import QItemSelectionModel

        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row is None:
                continue
            selection.select(self.model.index(row, 0), flags)
            first = row if first is None else min(first, row)
        if first is not None:
            selection.setCurrentIndex(
                self.model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(self.model.index(first, 0))

    @Slot()
    def _update_actions(self, *_args: object) -> None:
        count = len(self.selected_ids())
        deleted = self.show_deleted.isChecked()
        row = self.current_row() if count else None
        self.action_edit.setEnabled(count >= 1 and not deleted)
        self.action_delete.setEnabled(count >= 1 and not deleted)
        self.action_restore.setEnabled(count >= 1 and deleted)
        complaint = row is not None and row.is_complaint and not deleted
        self.action_resolve.setEnabled(complaint)
        if row is not None and row.is_complaint and not row.is_open_complaint:
            self.action_resolve.setText(self.tr("Re&open complaint"))
            self.action_resolve.setIconText(self.tr("Reopen"))
        else:
            self.action_resolve.setText(self.tr("Re&solve complaint…"))
            self.action_resolve.setIconText(self.tr("Resolve"))
        self.action_open_contact.setEnabled(row is not None and row.contact_id is not None)
        self.action_open_company.setEnabled(row is not None and row.company_id is not None)
        self.action_open_deal.setEnabled(row is not None and row.deal_id is not None)

    # -- actions ------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and not self.show_deleted.isChecked():
            self.edit_interaction(self.model.record_id(index.row()))

    def log_interaction(self) -> InteractionDialog:
        """Open the form for a new interaction (the channel chosen in the chips, if one)."""
        channels = self.selected_channels()
        channel = next(iter(channels)) if len(channels) == 1 else Channel.PHONE.value
        return self._open_dialog(InteractionDialog(self.db, None, channel, self))

    def edit_current(self) -> InteractionDialog | None:
        row = self.current_row()
        if row is None or self.show_deleted.isChecked():
            return None
        return self.edit_interaction(row.id)

    def edit_interaction(self, interaction_id: str) -> InteractionDialog:
        return self._open_dialog(
            InteractionDialog(
                self.db, None, Channel.PHONE.value, self, interaction_id=interaction_id
            )
        )

    def _open_dialog(self, dialog: InteractionDialog) -> InteractionDialog:
        if self._dialog is not None:
            self._dialog.close()
        dialog.saved.connect(self._saved)
        dialog.destroyed.connect(self._dialog_destroyed)
        self._dialog = dialog
        dialog.open()
        return dialog

    @property
    def dialog(self) -> QWidget | None:
        """The form currently open, if any."""
        return self._dialog

    @Slot()
    def _dialog_destroyed(self) -> None:
        self._dialog = None

    @Slot(str)
    def _saved(self, interaction_id: str) -> None:
        self.refresh()
        if self.model.row_of(interaction_id) is not None:
            self.select_ids({interaction_id})
        self.changed.emit()
        self.message.emit(self.tr("Interaction saved."))

    def resolve_current(self) -> QWidget | None:
        """Resolve the current complaint (asks how), or reopen it when resolved."""
        row = self.current_row()
        if row is None or not row.is_complaint or self.show_deleted.isChecked():
            return None
        if not row.is_open_complaint:
            try:
                reopen_complaint(self.db, row.id)
            except UserError as error:
                show_error(self, error)
                return None
            self._written(self.tr("Complaint reopened."))
            return None
        dialog = ResolveComplaintDialog(self.db, row.id, self)
        dialog.saved.connect(lambda _id: self._written(self.tr("Complaint resolved.")))
        dialog.destroyed.connect(self._dialog_destroyed)
        if self._dialog is not None:
            self._dialog.close()
        self._dialog = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> QMessageBox | None:
        """Ask (without blocking) whether to delete the selected interactions."""
        ids = self.selected_ids()
        if not ids or self.show_deleted.isChecked():
            return None
        return ask(
            self,
            self.tr("Delete %n interaction(s)?", "", len(ids)),
            self.tr("You can undo this with Edit ▸ Undo, or restore them from the deleted ones."),
            self.tr("Delete"),
            lambda: self._delete(ids),
            name="confirmDelete",
        )

    def _delete(self, ids: list[str]) -> None:
        self.jobs.run(
            lambda _progress, _cancel: delete_interactions(self.db, ids),
            label=self.tr("Deleting interactions…"),
            writes=True,
            on_success=lambda n: self._written(self.tr("%n interaction(s) deleted.", "", n)),
        )

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.show_deleted.isChecked():
            return
        self.jobs.run(
            lambda _progress, _cancel: restore_interactions(self.db, ids),
            label=self.tr("Restoring interactions…"),
            writes=True,
            on_success=lambda n: self._written(self.tr("%n interaction(s) restored.", "", n)),
        )

    def open_record(self, kind: str) -> None:
        """Ask the window to show the contact, company or deal of the current interaction."""
        row = self.current_row()
        if row is None:
            return
        record_id = {"contact": row.contact_id, "company": row.company_id, "deal": row.deal_id}[
            kind
        ]
        if record_id:
            self.openRequested.emit(kind, record_id)

    def _written(self, message: str) -> None:
        self.refresh()
        self.changed.emit()
        self.message.emit(message)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        menu = self.context_menu()
        menu.popup(self.table.viewport().mapToGlobal(position))

    def context_menu(self) -> QMenu:
        """The menu of the selected interactions (for the right click)."""
        menu = QMenu(self)
        menu.setObjectName("activityMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in self.menu_actions()[1:]:
            if action is None:
                menu.addSeparator()
            elif action.isEnabled():
                menu.addAction(action)
        return menu

    # -- events ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_label.setGeometry(self.table.viewport().rect())
        elif (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            # Down from the search field goes into the list.
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.selected_ids():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)


__all__ = ["ActivityPane"]
