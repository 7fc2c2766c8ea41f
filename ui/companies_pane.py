"""The companies pane: search, filters, the companies table and the actions on a selection.

The list of B2B accounts: search as you type (name, city, postcode, SIREN/SIRET digits,
VAT number…), filters by sector, city and tag, the deleted companies (to restore them),
and, for the selection, delete and tag. New and Edit open :class:`CompanyDialog`;
double-click or Enter opens the company's file (``openRequested("company", id)``).
Custom fields can be shown as extra columns (right-click on the header).
"""

from __future__ import annotations

from collections.abc import Callable
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
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence
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
    QVBoxLayout,
    QWidget,
)

from app.companies import CompanyQuery, CompanyService
from models.database import Database
from ui.company_dialog import CompanyDialog
from ui.company_table_model import COLUMNS, CompanyTableModel
from ui.errors import ask
from ui.export_dialog import add_export_action, table_spec
from ui.i18n import settings
from ui.jobs import JobManager
from ui.panes import Pane

#: How long the search waits after the last key press.
SEARCH_DELAY_MS = 150
HEADER_KEY = "companies/header"
COLUMNS_KEY = "companies/custom_columns"
DEFAULT_WIDTHS = {
    "name": 230,
    "siren": 105,
    "city": 130,
    "sector": 175,
    "size": 90,
    "people": 70,
    "revenue": 155,
    "last_interaction": 125,
}


def _icon(name: str) -> QIcon:
    """An application icon, or none if the icon set does not list it (yet)."""
    try:
        from ui.icons import icon

        return icon(name)
    except (ImportError, KeyError, OSError):
        return QIcon()


class CompaniesPane(Pane):
    """The list of companies. It asks ``CompanyService`` for everything it shows or writes.

    Signals (besides ``Pane``'s ``changed``, ``message`` and ``openRequested(kind, id)``):
    ``selectionChanged()``.
    """

    selectionChanged = Signal()

    def __init__(self, db: Database, jobs: JobManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companiesPane")
        self.db = db
        self.jobs = jobs
        self.service = CompanyService(db)
        self.model = CompanyTableModel(self.service, self)
        self.dialog: CompanyDialog | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._cities: dict[str, str] = {}
        self._build_actions()
        self._build()
        self._restore_columns()
        self.reload_choices()
        self.apply_filters()
        self.table.setSortingEnabled(True)
        self._update_actions()
        self._stale = False

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
        action = QAction(_icon(icon_name), text, self)
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
            "newCompany",
            self.tr("&New company…"),
            self.tr("New company"),
            "new",
            self.new_company,
            "Ctrl+N",
        )
        self.action_open = self._action(
            "openCompany",
            self.tr("&Open company"),
            self.tr("Open"),
            "open",
            self.open_current,
            "Ctrl+O",
        )
        self.action_edit = self._action(
            "editCompany",
            self.tr("&Edit company…"),
            self.tr("Edit"),
            "edit",
            self.edit_current,
            "Ctrl+E",
        )
        self.action_delete = self._action(
            "deleteCompanies",
            self.tr("&Delete…"),
            self.tr("Delete"),
            "delete",
            self.delete_selected,
            "Del",
        )
        self.action_restore = self._action(
            "restoreCompanies",
            self.tr("&Restore"),
            self.tr("Restore"),
            "restore",
            self.restore_selected,
            "Ctrl+Shift+R",
        )
        self.action_add_tag = self._action(
            "addCompanyTag",
            self.tr("&Add tag…"),
            self.tr("Add tag"),
            "tag",
            self.add_tag_to_selection,
            "Ctrl+T",
        )
        self.action_remove_tag = self._action(
            "removeCompanyTag",
            self.tr("Re&move tag…"),
            self.tr("Remove tag"),
            "untag",
            self.remove_tag_from_selection,
            "Ctrl+Shift+T",
        )
        # Like the contacts list's: the shortcuts act while the pane (its toolbar) is shown,
        # so the same keys serve both lists. Delete acts on the table only, not in the
        # search field.
        self.action_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def menu_actions(self) -> list[QAction | None]:
        """The pane's actions for the Edit menu (None is a separator)."""
        return [
            self.action_new,
            self.action_open,
            self.action_edit,
            self.action_delete,
            self.action_restore,
            None,
            self.action_add_tag,
            self.action_remove_tag,
            None,
            self.action_export_list,
        ]

    def _build(self) -> None:
        self.toolbar = QToolBar(self.tr("Companies"), self)
        self.toolbar.setObjectName("companiesToolbar")
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
            "companies",
            lambda: table_spec("companies", self.table, self.tr("Companies")),
        )
        self.toolbar.addAction(self.action_export_list)

        self.search = QLineEdit(self)
        self.search.setObjectName("companySearch")
        self.search.setPlaceholderText(self.tr("Search name, city, SIREN, SIRET, VAT number…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_now)
        self.search.installEventFilter(self)

        self.sector_filter = QComboBox(self)
        self.sector_filter.setObjectName("sectorFilter")
        self.sector_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sector_filter.setMaximumWidth(220)
        self.sector_filter.currentIndexChanged.connect(self.apply_filters)

        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("companyTagFilter")
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag_filter.setMaximumWidth(190)
        self.tag_filter.currentIndexChanged.connect(self.apply_filters)

        self.city_filter = QComboBox(self)
        self.city_filter.setObjectName("companyCityFilter")
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

        self.show_deleted = QCheckBox(self.tr("Deleted"), self)
        self.show_deleted.setObjectName("showDeletedCompanies")
        self.show_deleted.setToolTip(self.tr("Show the deleted companies, to restore them"))
        self.show_deleted.toggled.connect(self.apply_filters)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("companyCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.sector_filter)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.city_filter)
        filters.addWidget(self.show_deleted)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.count_label)

        self.table = QTableView(self)
        self.table.setObjectName("companiesTable")
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
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._default_widths()
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.addAction(self.action_delete)

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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _default_widths(self) -> None:
        header = self.table.horizontalHeader()
        for key, width in DEFAULT_WIDTHS.items():
            header.resizeSection(COLUMNS.index(key), width)

    # -- custom field columns -----------------------------------------------------------

    def _header_menu(self, position: QPoint) -> QMenu:
        """Right-click on the header: show or hide the custom fields' columns."""
        menu = QMenu(self)
        menu.setObjectName("columnsMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fields = self.service.custom_fields()
        shown = set(self.model.custom_columns())
        if not fields:
            empty = menu.addAction(self.tr("No custom field for companies"))
            empty.setEnabled(False)
        for field in fields:
            action = menu.addAction(field.label)
            action.setObjectName(f"column_custom:{field.key}")
            action.setCheckable(True)
            action.setChecked(f"custom:{field.key}" in shown)
            action.toggled.connect(
                lambda on, key=field.key: self.show_custom_column(key, on)  # type: ignore[misc]
            )
        menu.popup(self.table.horizontalHeader().mapToGlobal(position))
        return menu

    def show_custom_column(self, key: str, shown: bool) -> None:
        """Show or hide the column of the custom field ``key``."""
        wanted = [k.removeprefix("custom:") for k in self.model.custom_columns()]
        if shown and key not in wanted:
            wanted.append(key)
        elif not shown and key in wanted:
            wanted.remove(key)
        self._set_custom_columns(wanted)
        settings().setValue(COLUMNS_KEY, wanted)

    def _set_custom_columns(self, keys: list[str]) -> None:
        by_key = {field.key: field for field in self.service.custom_fields()}
        fields = [by_key[key] for key in keys if key in by_key]
        header = self.table.horizontalHeader()
        sort_key = self.model.query().sort
        order = header.sortIndicatorOrder()
        self.model.set_custom_fields(fields)
        self._default_widths()
        columns = self.model.columns
        header.setSortIndicator(
            columns.index(sort_key) if sort_key in columns else 0,
            order if sort_key in columns else Qt.SortOrder.AscendingOrder,
        )
        self.apply_filters(force=True)

    def _restore_columns(self) -> None:
        keys = settings().value(COLUMNS_KEY) or []
        if isinstance(keys, str):
            keys = [keys]
        if keys:
            by_key = {field.key: field for field in self.service.custom_fields()}
            self.model.set_custom_fields([by_key[k] for k in keys if k in by_key])
        state = settings().value(HEADER_KEY)
        stored = settings().value(f"{HEADER_KEY}_columns") or []
        if isinstance(stored, str):
            stored = [stored]
        if state is not None and list(stored) == list(self.model.columns):
            self.table.horizontalHeader().restoreState(state)
        elif self.model.custom_columns():
            self._default_widths()

    # -- filters ------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Refill the sector, tag and city filters from the database, keeping the choice."""
        for combo, first, values in (
            (self.sector_filter, self.tr("All sectors"), self.service.sectors()),
            (
                self.tag_filter,
                self.tr("All tags"),
                [info.name for info in self.service.tags() if info.companies],
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for value in sorted(values, key=str.casefold):
                combo.addItem(value, value)
            found = combo.findData(chosen) if chosen else 0
            if found < 0 and chosen:
                combo.addItem(chosen, chosen)  # keep the filter while it matches nothing
                found = combo.count() - 1
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

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

    def current_query(self) -> CompanyQuery:
        """The query the search field, the filters and the sorted column make."""
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        columns = self.model.columns
        return CompanyQuery(
            text=self.search.text().strip(),
            sector=self.sector_filter.currentData(),
            tag=self.tag_filter.currentData(),
            city=self._city() or None,
            sort=columns[section] if 0 <= section < len(columns) else "name",
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
            deleted=self.show_deleted.isChecked(),
        )

    def _city(self) -> str:
        text = " ".join(self.city_filter.currentText().split())
        return self._cities.get(text.casefold(), text)

    @Slot()
    def apply_filters(self, force: bool = False) -> None:
        """Run the search now (the search field calls this after a short pause)."""
        self._search_timer.stop()
        query = self.current_query()
        if not force and query == self.model.query() and self.model.rowCount() > 0:
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
        if not text.strip() or " ".join(text.split()).casefold() in self._cities:
            self._search_timer.start()

    def refresh(self) -> None:
        """Show the database as it is now (after a write here or elsewhere)."""
        selected = set(self.selected_ids())
        self.reload_choices()
        if self.model.query() != self.current_query():
            self.model.set_query(self.current_query())
        else:
            self.model.refresh()
        self._reselect(selected)
        self._update_count()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.show_deleted.isChecked():
            text = self.tr("%Ln deleted company(ies)", "", count)
        else:
            text = self.tr("%Ln company(ies)", "", count)
        self.count_label.setText(text)
        self._update_empty_state()
        self._update_actions()

    def _update_empty_state(self) -> None:
        if self.model.rowCount():
            self.empty_label.hide()
            return
        query = self.model.query()
        if query.text or query.sector or query.tag or query.city:
            text = self.tr("No companies match the search.")
        elif query.deleted:
            text = self.tr("There are no deleted companies.")
        else:
            text = self.tr("No companies yet.\nCreate the first one with New company (Ctrl+N).")
        self.empty_label.setText(text)
        self.empty_label.setGeometry(self.table.viewport().rect())
        self.empty_label.show()

    # -- selection ----------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The ids of the selected companies, in display order."""
        selection = self.table.selectionModel()
        if selection is None:
            return []
        rows = sorted(index.row() for index in selection.selectedRows())
        return [self.model.company_id(row) for row in rows if row < self.model.rowCount()]

    def current_company_id(self) -> str | None:
        """The company the user points at: the only selected one, or the current row."""
        ids = self.selected_ids()
        if len(ids) == 1:
            return ids[0]
        index = self.table.currentIndex()
        if ids and index.isValid() and self.model.company_id(index.row()) in ids:
            return self.model.company_id(index.row())
        return ids[0] if ids else None

    def select_ids(self, company_ids: list[str] | set[str]) -> None:
        self.table.clearSelection()
        self._reselect(set(company_ids))

    def _reselect(self, ids: set[str]) -> None:
        if not ids:
            return
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for company_id in ids:
            row = self.model.row_of(company_id)
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
            self.openRequested.emit("company", self.model.company_id(index.row()))

    def open_current(self) -> None:
        company_id = self.current_company_id()
        if company_id:
            self.openRequested.emit("company", company_id)

    def new_company(self, name: str = "") -> CompanyDialog:
        """Open the New company form (never blocks); returns it."""
        return self._open_dialog(None, name=name)

    def edit_current(self) -> CompanyDialog | None:
        company_id = self.current_company_id()
        if company_id is None or self.show_deleted.isChecked():
            return None
        return self.edit_company(company_id)

    def edit_company(self, company_id: str) -> CompanyDialog:
        """Open the Edit form of a company (never blocks); returns it."""
        return self._open_dialog(company_id)

    def _open_dialog(self, company_id: str | None, name: str = "") -> CompanyDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog = CompanyDialog(self.db, company_id, self, name=name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.openCompanyRequested.connect(lambda i: self.openRequested.emit("company", i))
        dialog.destroyed.connect(self._dialog_gone)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _dialog_gone(self) -> None:
        self.dialog = None

    @Slot(str)
    def _saved(self, company_id: str) -> None:
        self.refresh()
        if self.model.row_of(company_id) is None and not self.show_deleted.isChecked():
            # Created but hidden by the search or a filter: show it anyway.
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.apply_filters(force=True)
        self.select_ids([company_id])
        self.changed.emit()
        self.message.emit(self.tr("Company saved."))

    def delete_selected(self) -> QMessageBox | None:
        """Ask (without blocking) whether to delete the selected companies; returns the box."""
        ids = self.selected_ids()
        if not ids or self.show_deleted.isChecked():
            return None
        return ask(
            self,
            self.tr("Delete %n company(ies)?", "", len(ids)),
            self.tr(
                "Their people stay in the contacts. You can undo this with Edit ▸ Undo, "
                "or restore them from the deleted companies."
            ),
            self.tr("Delete"),
            lambda: self._delete(ids),
            name="confirmDeleteCompanies",
        )

    def _delete(self, ids: list[str]) -> None:
        self.jobs.run(
            lambda _progress, _cancel: self.service.delete(ids),
            label=self.tr("Deleting companies…"),
            writes=True,
            on_success=lambda count: self._written(self.tr("%n company(ies) deleted.", "", count)),
        )

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.show_deleted.isChecked():
            return
        self.jobs.run(
            lambda _progress, _cancel: self.service.restore(ids),
            label=self.tr("Restoring companies…"),
            writes=True,
            on_success=lambda count: self._written(self.tr("%n company(ies) restored.", "", count)),
        )

    def _tag_prompt(self, label: str, names: list[str], editable: bool) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setObjectName("companyTagPrompt")
        dialog.setWindowTitle(self.tr("Tags"))
        dialog.setLabelText(label)
        dialog.setComboBoxItems(names)
        dialog.setComboBoxEditable(editable)
        dialog.setTextValue("" if editable else (names[0] if names else ""))
        dialog.setOkButtonText(self.tr("OK"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        return dialog

    def add_tag_to_selection(self) -> QInputDialog | None:
        """Ask (without blocking) for a tag to put on the selected companies."""
        ids = self.selected_ids()
        if not ids or self.show_deleted.isChecked():
            return None
        names = [info.name for info in self.service.tags()]
        dialog = self._tag_prompt(
            self.tr("Tag to add to %n company(ies):", "", len(ids)), names, editable=True
        )
        dialog.textValueSelected.connect(lambda name: self._add_tag(ids, name))
        dialog.open()
        return dialog

    def _add_tag(self, ids: list[str], name: str) -> None:
        if not name.strip():
            return
        self.jobs.run(
            lambda _progress, _cancel: self.service.add_tags(ids, [name]),
            label=self.tr("Tagging companies…"),
            writes=True,
            on_success=lambda _count: self._written(
                self.tr("Tag “%1” put on %n company(ies).", "", len(ids)).replace("%1", name)
            ),
        )

    def remove_tag_from_selection(self) -> QInputDialog | None:
        """Ask (without blocking) for a tag to take off the selected companies."""
        ids = self.selected_ids()
        if not ids or self.show_deleted.isChecked():
            return None
        names = [info.name for info in self.service.tags() if info.companies]
        if not names:
            self.message.emit(self.tr("No company has a tag."))
            return None
        dialog = self._tag_prompt(
            self.tr("Tag to remove from %n company(ies):", "", len(ids)), names, editable=False
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
                self.tr("Tag “%1” removed from %n company(ies).", "", count).replace("%1", name)
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

    def save_state(self) -> None:
        """Remember the column widths, order and sorting."""
        store = settings()
        store.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        store.setValue(f"{HEADER_KEY}_columns", list(self.model.columns))


__all__ = ["SEARCH_DELAY_MS", "CompaniesPane"]
