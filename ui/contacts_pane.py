"""The contacts pane: search, filters, the contacts table and the actions on a selection."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
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

from app.contacts import ContactQuery, ContactService
from models.database import Database
from ui.contact_table_model import COLUMNS, ContactTableModel
from ui.custom_columns import CustomFilterBar, HeaderColumns
from ui.errors import ask
from ui.export_dialog import add_export_action, table_spec
from ui.formatting import STATUS_CODES, status_label
from ui.icons import icon
from ui.jobs import JobManager

#: How long the search waits after the last key press.
SEARCH_DELAY_MS = 150
#: The columns' widths, order, visibility and the sorted column, by column key.
HEADER_KEY = "contacts/columns"
DEFAULT_WIDTHS = {
    "name": 175,
    "company": 140,
    "email": 205,
    "phone": 125,
    "city": 125,
    "postcode": 75,
    "status": 115,
}


class ContactsPane(QWidget):
    """The list of contacts. It asks ``ContactService`` for everything it shows or writes."""

    #: The user wants to see a contact's file.
    openRequested = Signal(str)
    #: The user wants to edit a contact.
    editRequested = Signal(str)
    #: The user wants a new contact.
    newRequested = Signal()
    #: Contacts were written (deleted, restored, tagged): counts and undo need refreshing.
    changed = Signal()
    #: A short message for the status bar.
    message = Signal(str)
    #: The selection changed.
    selectionChanged = Signal()
    #: The list was restricted to given contacts (True) or shows all again (False).
    idsFilterChanged = Signal(bool)

    def __init__(self, db: Database, jobs: JobManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsPane")
        self.db = db
        self.jobs = jobs
        self.service = ContactService(db)
        self.model = ContactTableModel(self.service, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        #: The known cities by their case-folded name (the filter matches the exact name).
        self._cities: dict[str, str] = {}
        #: Only these contacts are listed (from the dashboard), and the filter's title.
        self._only_ids: frozenset[str] | None = None
        self._only_title = ""
        self._build_actions()
        self._build()
        self.reload_choices()
        self.columns.restore()
        self.apply_filters()
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
        shortcut: str | None = None,
    ) -> QAction:
        """An action: ``text`` for menus, ``short`` for the toolbar; the tip shows the keys."""
        action = QAction(icon(icon_name), text, self)
        action.setObjectName(name)
        action.setIconText(short)
        tip = text.replace("&", "").replace("…", "")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{tip} ({keys})"
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.action_new = self._action(
            "newContact",
            self.tr("&New contact…"),
            self.tr("New contact"),
            "new",
            self.newRequested.emit,
            "Ctrl+N",
        )
        self.action_open = self._action(
            "openContact",
            self.tr("&Open contact"),
            self.tr("Open"),
            "open",
            self.open_current,
            "Ctrl+O",
        )
        self.action_edit = self._action(
            "editContact",
            self.tr("&Edit contact…"),
            self.tr("Edit"),
            "edit",
            self.edit_current,
            "Ctrl+E",
        )
        self.action_delete = self._action(
            "deleteContacts",
            self.tr("&Delete…"),
            self.tr("Delete"),
            "delete",
            self.delete_selected,
            "Del",
        )
        self.action_restore = self._action(
            "restoreContacts",
            self.tr("&Restore"),
            self.tr("Restore"),
            "restore",
            self.restore_selected,
            "Ctrl+Shift+R",
        )
        self.action_add_tag = self._action(
            "addTag",
            self.tr("&Add tag…"),
            self.tr("Add tag"),
            "tag",
            self.add_tag_to_selection,
            "Ctrl+T",
        )
        self.action_remove_tag = self._action(
            "removeTag",
            self.tr("Re&move tag…"),
            self.tr("Remove tag"),
            "untag",
            self.remove_tag_from_selection,
            "Ctrl+Shift+T",
        )
        # Delete acts on the table only: Del in the search field deletes characters.
        self.action_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def actions_for_menu(self) -> list[QAction | None]:
        """The pane's actions for the Edit menu (None is a separator)."""
        return [
            self.action_open,
            self.action_delete,
            self.action_restore,
            None,
            self.action_add_tag,
            self.action_remove_tag,
        ]

    def _build(self) -> None:
        self.toolbar = QToolBar(self.tr("Contacts"), self)
        self.toolbar.setObjectName("contactsToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.action_new)
        self.toolbar.addSeparator()
        for action in (self.action_open, self.action_edit, self.action_delete):
            self.toolbar.addAction(action)
        self.toolbar.addAction(self.action_restore)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_add_tag)
        self.toolbar.addAction(self.action_remove_tag)
        # Export the list as shown (ui/export_dialog.py).
        self.action_export_list = add_export_action(
            self,
            self.db,
            self.jobs,
            "contacts",
            lambda: table_spec("contacts", self.table, self.tr("Contacts")),
        )
        self.toolbar.addAction(self.action_export_list)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search name, company, e-mail, phone, city…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_now)
        self.search.installEventFilter(self)

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for code in STATUS_CODES:
            self.status_filter.addItem(status_label(code), code)
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)

        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("tagFilter")
        # As wide as its longest tag, within reason (the list itself shows them whole).
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag_filter.setMaximumWidth(190)
        self.tag_filter.currentIndexChanged.connect(self.apply_filters)

        self.city_filter = QComboBox(self)
        self.city_filter.setObjectName("cityFilter")
        self.city_filter.setEditable(True)
        self.city_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.city_filter.setMinimumContentsLength(12)
        self.city_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        city_edit = self.city_filter.lineEdit()
        city_edit.setPlaceholderText(self.tr("All cities"))
        city_edit.setClearButtonEnabled(True)
        completer = QCompleter(self.city_filter.model(), self.city_filter)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.city_filter.setCompleter(completer)
        self.city_filter.activated.connect(self.apply_filters)
        completer.activated.connect(self.apply_filters)
        city_edit.editingFinished.connect(self.apply_filters)
        city_edit.textChanged.connect(self._city_typed)

        self.custom_filters = CustomFilterBar(self)
        self.custom_filters.filtersChanged.connect(self.apply_filters)

        self.show_deleted = QCheckBox(self.tr("Deleted"), self)
        self.show_deleted.setObjectName("showDeleted")
        self.show_deleted.setToolTip(self.tr("Show the deleted contacts, to restore them"))
        self.show_deleted.toggled.connect(self.apply_filters)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.city_filter)
        filters.addWidget(self.custom_filters.button)
        filters.addWidget(self.show_deleted)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.count_label)
        self.ids_chip = self._build_ids_chip()

        self.table = QTableView(self)
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for key, width in DEFAULT_WIDTHS.items():
            header.resizeSection(COLUMNS.index(key), width)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.addAction(self.action_delete)
        self.columns = HeaderColumns(
            self.table,
            HEADER_KEY,
            key_of=self.model.column_key,
            title_of=lambda key: self.model.column_titles().get(key, key),
            fixed=("name",),
        )

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
        chips = QHBoxLayout()
        chips.setSpacing(8)
        chips.addWidget(self.ids_chip, 0, Qt.AlignmentFlag.AlignTop)
        chips.addWidget(self.custom_filters, 1)
        layout.addLayout(chips)
        layout.addWidget(self.table, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _build_ids_chip(self) -> QWidget:
        """The chip saying the list is restricted to some contacts, with ✕ to show all."""
        chip = QWidget(self)
        chip.setObjectName("idsChip")
        chip.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        chip.setStyleSheet(
            "#idsChip { background: #e0effa; border: 1px solid #9cc9e8; border-radius: 12px; }"
            " #idsChip QLabel { color: #0b3d63; font-weight: 600; }"
            " #idsChip QToolButton { border: none; color: #0b3d63; font-weight: 700;"
            " padding: 0 4px; }"
            " #idsChip QToolButton:hover { color: #b84a00; }"
        )
        row = QHBoxLayout(chip)
        row.setContentsMargins(10, 2, 4, 2)
        row.setSpacing(4)
        self.ids_chip_label = QLabel(chip)
        self.ids_chip_label.setObjectName("idsChipLabel")
        self.ids_chip_label.setTextFormat(Qt.TextFormat.PlainText)
        self.ids_chip_close = QToolButton(chip)
        self.ids_chip_close.setObjectName("idsChipClose")
        self.ids_chip_close.setText("\u2715")
        self.ids_chip_close.setToolTip(self.tr("Remove this filter and show all contacts"))
        self.ids_chip_close.setCursor(Qt.CursorShape.PointingHandCursor)
        self.ids_chip_close.clicked.connect(self.clear_ids)
        row.addWidget(self.ids_chip_label)
        row.addWidget(self.ids_chip_close)
        chip.hide()
        return chip

    # -- filters ------------------------------------------------------------------------

    def show_ids(self, ids: list[str] | set[str] | frozenset[str], title: str) -> None:
        """List exactly these contacts (a segment, a smart list…) under a removable chip.

        The search field and the filters are cleared first, so the list shows all of
        them; they still work within the chosen contacts afterwards.
        """
        self._only_ids = frozenset(ids)
        self._only_title = title
        self.ids_chip_label.setText(
            self.tr("%1 — %Ln contact(s)", "", len(self._only_ids)).replace("%1", title)
        )
        self.ids_chip.setToolTip(title)
        for widget in (self.search, self.status_filter, self.tag_filter, self.show_deleted):
            widget.blockSignals(True)
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.tag_filter.setCurrentIndex(0)
        self.show_deleted.setChecked(False)
        self.custom_filters.clear(notify=False)
        for widget in (self.search, self.status_filter, self.tag_filter, self.show_deleted):
            widget.blockSignals(False)
        self.city_filter.lineEdit().blockSignals(True)
        self.city_filter.setEditText("")
        self.city_filter.lineEdit().blockSignals(False)
        self.ids_chip.show()
        self.table.clearSelection()
        self.apply_filters()
        if self.model.rowCount():
            self.table.scrollToTop()
        self.idsFilterChanged.emit(True)

    @Slot()
    def clear_ids(self) -> None:
        """Show all contacts again (the chip's ✕)."""
        if self._only_ids is None:
            return
        self._only_ids = None
        self._only_title = ""
        self.ids_chip.hide()
        self.apply_filters()
        self.idsFilterChanged.emit(False)

    def ids_filter(self) -> tuple[frozenset[str], str] | None:
        """The contacts the list is restricted to and the filter's title, if any."""
        if self._only_ids is None:
            return None
        return self._only_ids, self._only_title

    def reload_choices(self) -> None:
        """Refill the tag and city filters and the custom fields, keeping what is chosen."""
        fields = self.service.custom_fields()
        with self.columns.keeping():
            self.model.set_custom_fields(fields)
        self.custom_filters.blockSignals(True)
        before = self.custom_filters.filters()
        self.custom_filters.set_fields(fields)
        self.custom_filters.blockSignals(False)
        filters_dropped = before != self.custom_filters.filters()

        tag = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for info in self.service.tags():
            self.tag_filter.addItem(info.name, info.name)
        found = self.tag_filter.findData(tag) if tag else 0
        self.tag_filter.setCurrentIndex(max(found, 0))
        self.tag_filter.blockSignals(False)

        text = self.city_filter.currentText()
        cities = self.service.cities()
        self._cities = {city.casefold(): city for city in cities}
        for widget in (self.city_filter, self.city_filter.lineEdit()):
            widget.blockSignals(True)
        self.city_filter.clear()
        self.city_filter.addItems(cities)
        self.city_filter.setCurrentIndex(-1)
        self.city_filter.setEditText(text)
        for widget in (self.city_filter, self.city_filter.lineEdit()):
            widget.blockSignals(False)
        if (tag and found < 0) or filters_dropped:
            self.apply_filters()

    def current_query(self) -> ContactQuery:
        """The query the search field, the filters and the sorted column make."""
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        return ContactQuery(
            text=self.search.text().strip(),
            status=self.status_filter.currentData(),
            tag=self.tag_filter.currentData(),
            city=self._city() or None,
            sort=self.model.column_key(section) if 0 <= section < header.count() else "name",
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
            deleted=self.show_deleted.isChecked(),
            ids=self._only_ids,
            custom=self.custom_filters.filters(),
        )

    def _city(self) -> str:
        text = " ".join(self.city_filter.currentText().split())
        return self._cities.get(text.casefold(), text)

    @Slot()
    def apply_filters(self) -> None:
        """Run the search now (the search field calls this after a short pause)."""
        self._search_timer.stop()
        query = self.current_query()
        if query == self.model.query() and self.model.rowCount() > 0:
            return
        selected = set(self.selected_ids())
        self.model.set_query(query)
        self._reselect(selected)
        self._update_count()

    def _search_now(self) -> None:
        self.apply_filters()
        if self.model.rowCount() and not self.selected_ids():
            self.table.selectRow(0)

    def _city_typed(self, text: str) -> None:
        # Filter as soon as the text is a known city (or empty); otherwise wait for Enter.
        if not text.strip() or " ".join(text.split()).casefold() in self._cities:
            self._search_timer.start()

    def refresh(self) -> None:
        """Show the database as it is now (after a write here or elsewhere)."""
        selected = set(self.selected_ids())
        self.reload_choices()
        self.model.refresh()
        self._reselect(selected)
        self._update_count()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.show_deleted.isChecked():
            text = self.tr("%Ln deleted contact(s)", "", count)
        else:
            text = self.tr("%Ln contact(s)", "", count)
        self.count_label.setText(text)
        self._update_empty_state()
        self._update_actions()

    def _update_empty_state(self) -> None:
        if self.model.rowCount():
            self.empty_label.hide()
            return
        query = self.model.query()
        filtered = bool(query.text or query.status or query.tag or query.city or query.custom)
        filtered = filtered or query.ids is not None
        if filtered:
            text = self.tr("No contacts match the search.")
        elif query.deleted:
            text = self.tr("There are no deleted contacts.")
        else:
            text = self.tr(
                "No contacts yet.\nCreate the first one with File ▸ New contact (Ctrl+N)."
            )
        self.empty_label.setText(text)
        self.empty_label.setGeometry(self.table.viewport().rect())
        self.empty_label.show()

    # -- selection ----------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The ids of the selected contacts, in display order."""
        selection = self.table.selectionModel()
        if selection is None:
            return []
        rows = sorted(index.row() for index in selection.selectedRows())
        return [self.model.contact_id(row) for row in rows if row < self.model.rowCount()]

    def current_contact_id(self) -> str | None:
        """The contact the user points at: the only selected one, or the current row."""
        ids = self.selected_ids()
        if len(ids) == 1:
            return ids[0]
        index = self.table.currentIndex()
        if ids and index.isValid() and self.model.contact_id(index.row()) in ids:
            return self.model.contact_id(index.row())
        return ids[0] if ids else None

    def select_ids(self, contact_ids: list[str] | set[str]) -> None:
        self.table.clearSelection()
        self._reselect(set(contact_ids))

    def _reselect(self, ids: set[str]) -> None:
        if not ids:
            return
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for contact_id in ids:
            row = self.model.row_of(contact_id)
            if row is None:
                continue
            selection.select(self.model.index(row, 0), flags)
            first = row if first is None else min(first, row)
        if first is not None:
            selection.setCurrentIndex(
                self.model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(self.model.index(first, 0))

    def _selection_changed(self, *_args: object) -> None:
        self._update_actions()
        self.selectionChanged.emit()

    def _update_actions(self) -> None:
        count = len(self.selected_ids())
        deleted = self.show_deleted.isChecked()
        self.action_open.setEnabled(count >= 1)
        self.action_edit.setEnabled(count >= 1 and not deleted)
        self.action_delete.setEnabled(count >= 1 and not deleted)
        self.action_restore.setEnabled(count >= 1 and deleted)
        self.action_add_tag.setEnabled(count >= 1 and not deleted)
        self.action_remove_tag.setEnabled(count >= 1 and not deleted)

    # -- actions ------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.model.contact_id(index.row()))

    def open_current(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id:
            self.openRequested.emit(contact_id)

    def edit_current(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id and not self.show_deleted.isChecked():
            self.editRequested.emit(contact_id)

    def delete_selected(self) -> QMessageBox | None:
        """Ask (without blocking) whether to delete the selected contacts; returns the box."""
        ids = self.selected_ids()
        if not ids or self.show_deleted.isChecked():
            return None
        return ask(
            self,
            self.tr("Delete %n contact(s)?", "", len(ids)),
            self.tr(
                "You can undo this with Edit ▸ Undo, or restore them from the deleted contacts."
            ),
            self.tr("Delete"),
            lambda: self._delete(ids),
            name="confirmDelete",
        )

    def _delete(self, ids: list[str]) -> None:
        self.jobs.run(
            lambda _progress, _cancel: self.service.delete(ids),
            label=self.tr("Deleting contacts…"),
            writes=True,
            on_success=lambda count: self._written(self.tr("%n contact(s) deleted.", "", count)),
        )

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.show_deleted.isChecked():
            return
        self.jobs.run(
            lambda _progress, _cancel: self.service.restore(ids),
            label=self.tr("Restoring contacts…"),
            writes=True,
            on_success=lambda count: self._written(self.tr("%n contact(s) restored.", "", count)),
        )

    def _tag_prompt(self, label: str, names: list[str], editable: bool) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setObjectName("tagPrompt")
        dialog.setWindowTitle(self.tr("Tags"))
        dialog.setLabelText(label)
        dialog.setComboBoxItems(names)
        dialog.setComboBoxEditable(editable)
        dialog.setTextValue("" if editable else (names[0] if names else ""))
        dialog.setOkButtonText(self.tr("OK"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        return dialog

    def add_tag_to_selection(self) -> QInputDialog | None:
        """Ask (without blocking) for a tag to put on the selected contacts."""
        ids = self.selected_ids()
        if not ids or self.show_deleted.isChecked():
            return None
        names = [info.name for info in self.service.tags()]
        dialog = self._tag_prompt(
            self.tr("Tag to add to %n contact(s):", "", len(ids)), names, editable=True
        )
        dialog.textValueSelected.connect(lambda name: self._add_tag(ids, name))
        dialog.open()
        return dialog

    def _add_tag(self, ids: list[str], name: str) -> None:
        if not name.strip():
            return
        self.jobs.run(
            lambda _progress, _cancel: self.service.add_tags(ids, [name]),
            label=self.tr("Tagging contacts…"),
            writes=True,
            on_success=lambda _count: self._written(
                self.tr("Tag “%1” put on %n contact(s).", "", len(ids)).replace("%1", name)
            ),
        )

    def remove_tag_from_selection(self) -> QInputDialog | None:
        """Ask (without blocking) for a tag to take off the selected contacts."""
        ids = self.selected_ids()
        if not ids or self.show_deleted.isChecked():
            return None
        names = [info.name for info in self.service.tags() if info.contacts]
        if not names:
            self.message.emit(self.tr("No contact has a tag."))
            return None
        dialog = self._tag_prompt(
            self.tr("Tag to remove from %n contact(s):", "", len(ids)), names, editable=False
        )
        dialog.textValueSelected.connect(lambda name: self._remove_tag(ids, name))
        dialog.open()
        return dialog

    def _remove_tag(self, ids: list[str], name: str) -> None:
        if not name:
            return
        self.jobs.run(
            lambda _progress, _cancel: self.service.remove_tags(ids, [name]),
            label=self.tr("Removing a tag…"),
            writes=True,
            on_success=lambda count: self._written(
                self.tr("Tag “%1” removed from %n contact(s).", "", count).replace("%1", name)
            ),
        )

    def _written(self, message: str) -> None:
        self.refresh()
        self.changed.emit()
        self.message.emit(message)

    # -- events and state ---------------------------------------------------------------

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

    def columns_menu(self, parent: QWidget | None = None) -> QMenu:
        """The columns to show or hide (also on a right-click on the header)."""
        return self.columns.menu(parent)

    def save_state(self) -> None:
        """Remember the columns' widths, order, visibility and the sorting."""
        self.columns.save()


__all__ = ["ContactsPane", "SEARCH_DELAY_MS"]
