"""The products catalogue pane: search, category filter, the table, and its actions.

A catalogue holds hundreds of products, not hundreds of thousands: the table model holds
every row the search finds (sorted in SQL by ``app.products.search_products``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.pipeline import vat_cents
from app.products import (
    ProductRow,
    categories,
    delete_products,
    restore_products,
    search_products,
    set_active,
)
from models.database import Database, DatabaseError
from ui import formatting as fmt
from ui.errors import ask, show_error
from ui.i18n import settings
from ui.jobs import JobManager
from ui.lazy_table import IdRole, RawValueRole
from ui.panes import Pane
from ui.product_dialog import ProductDialog, app_icon, vat_label

COLUMNS = ("reference", "name", "category", "price", "vat", "price_ttc", "active")
SORTABLE = {"reference", "name", "category", "price", "vat", "active"}
HEADER_KEY = "products/header"
SEARCH_DELAY_MS = 150
Index = QModelIndex | QPersistentModelIndex


class ProductTableModel(QAbstractTableModel):
    """The products found by the search, one per row."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._rows: list[ProductRow] = []
        self.text = ""
        self.category: str | None = None
        self.deleted = False
        self.sort_key = "name"
        self.descending = False

    def reload(self) -> None:
        rows = search_products(
            self.db,
            self.text,
            category=self.category,
            deleted=self.deleted,
            sort=self.sort_key,
            descending=self.descending,
        )
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def product(self, row: int) -> ProductRow:
        return self._rows[row]

    def row_of(self, product_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == product_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == IdRole:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "reference":
                return row.reference
            if key == "name":
                return row.name
            if key == "category":
                return row.category
            if key == "price":
                return fmt.money(row.unit_price_cents, row.currency)
            if key == "vat":
                return vat_label(row.vat_rate_bp)
            if key == "price_ttc":
                total = row.unit_price_cents + vat_cents(row.unit_price_cents, row.vat_rate_bp)
                return fmt.money(total, row.currency)
            return self.tr("Active") if row.is_active else self.tr("Inactive")
        if role == RawValueRole:
            return {
                "price": row.unit_price_cents,
                "vat": row.vat_rate_bp,
                "active": row.is_active,
            }.get(key, getattr(row, key, None))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("price", "vat", "price_ttc"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.is_active:
            return QColor("#6b7280")
        if role == Qt.ItemDataRole.ToolTipRole and key == "name" and row.description:
            return row.description
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "reference": self.tr("Reference"),
                "name": self.tr("Name"),
                "category": self.tr("Category"),
                "price": self.tr("Price excl. VAT"),
                "vat": self.tr("VAT"),
                "price_ttc": self.tr("Price incl. VAT"),
                "active": self.tr("Status"),
            }[COLUMNS[section]]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in (
            "price",
            "vat",
            "price_ttc",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else "name"
        self.sort_key = {"price_ttc": "price"}.get(key, key)
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._rows = search_products(
            self.db,
            self.text,
            category=self.category,
            deleted=self.deleted,
            sort=self.sort_key,
            descending=self.descending,
        )
        self.layoutChanged.emit()


class ProductsPane(Pane):
    """The products catalogue."""

    def __init__(self, db: Database, jobs: JobManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productsPane")
        self.db = db
        self.jobs = jobs
        self.model = ProductTableModel(db, self)
        self._dialog: ProductDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self._build_actions()
        self._build()
        state = settings().value(HEADER_KEY)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

    def _action(
        self,
        name: str,
        text: str,
        short: str,
        icon_name: str,
        slot: Callable[[], Any],
        shortcut: str,
    ) -> QAction:
        action = QAction(app_icon(icon_name), text, self)
        action.setObjectName(name)
        action.setIconText(short)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').replace('…', '')} ({keys})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_new = self._action(
            "newProduct",
            self.tr("&New product…"),
            self.tr("New product"),
            "new",
            self.new_product,
            "Ctrl+N",
        )
        self.action_edit = self._action(
            "editProduct",
            self.tr("&Edit product…"),
            self.tr("Edit"),
            "edit",
            self.edit_current,
            "Ctrl+E",
        )
        self.action_delete = self._action(
            "deleteProducts",
            self.tr("&Delete…"),
            self.tr("Delete"),
            "delete",
            self.delete_selected,
            "Del",
        )
        self.action_restore = self._action(
            "restoreProducts",
            self.tr("&Restore"),
            self.tr("Restore"),
            "restore",
            self.restore_selected,
            "Ctrl+Shift+R",
        )
        self.action_toggle = self._action(
            "toggleActive",
            self.tr("&Activate or deactivate"),
            self.tr("Activate / deactivate"),
            "products",
            self.toggle_active,
            "Ctrl+Shift+A",
        )

    def menu_actions(self) -> list[QAction | None]:
        return [
            self.action_new,
            self.action_edit,
            self.action_toggle,
            None,
            self.action_delete,
            self.action_restore,
        ]

    def _build(self) -> None:
        self.toolbar = QToolBar(self.tr("Products"), self)
        self.toolbar.setObjectName("productsToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.action_new)
        self.toolbar.addSeparator()
        for action in (self.action_edit, self.action_toggle, self.action_delete):
            self.toolbar.addAction(action)
        self.toolbar.addAction(self.action_restore)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search name, reference, category…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(app_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("categoryFilter")
        self.category_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category_filter.currentIndexChanged.connect(self.apply_filters)
        self.show_deleted = QCheckBox(self.tr("Deleted"), self)
        self.show_deleted.setObjectName("showDeleted")
        self.show_deleted.setToolTip(self.tr("Show the deleted products, to restore them"))
        self.show_deleted.toggled.connect(self.apply_filters)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")

        top = QHBoxLayout()
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.category_filter)
        filters.addWidget(self.show_deleted)

        self.table = QTableView(self)
        self.table.setObjectName("productsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        for key, width in (
            ("reference", 100),
            ("category", 150),
            ("price", 120),
            ("vat", 70),
            ("price_ttc", 120),
            ("active", 90),
        ):
            header.resizeSection(COLUMNS.index(key), width)
        header.setSortIndicator(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    # -- data -----------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = set(self.selected_ids())
        current = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("All categories"), None)
        for name in categories(self.db):
            self.category_filter.addItem(name, name)
        found = self.category_filter.findData(current) if current else 0
        self.category_filter.setCurrentIndex(max(found, 0))
        self.category_filter.blockSignals(False)
        self.apply_filters()
        self.select_ids(selected)

    def apply_filters(self) -> None:
        self._timer.stop()
        self.model.text = self.search.text().strip()
        self.model.category = self.category_filter.currentData()
        self.model.deleted = self.show_deleted.isChecked()
        self.model.reload()
        count = self.model.rowCount()
        if self.model.deleted:
            text = self.tr("%n deleted product(s)", "", count)
        else:
            text = self.tr("%n product(s)", "", count)
        self.count_label.setText(text)
        self._update_actions()

    def selected_ids(self) -> list[str]:
        selection = self.table.selectionModel()
        if selection is None:
            return []
        rows = sorted(index.row() for index in selection.selectedRows())
        return [self.model.product(row).id for row in rows if row < self.model.rowCount()]

    def select_ids(self, ids: set[str]) -> None:
        self.table.clearSelection()
        for product_id in ids:
            row = self.model.row_of(product_id)
            if row is not None:
                self.table.selectRow(row)

    def _update_actions(self) -> None:
        count = len(self.selected_ids())
        deleted = self.show_deleted.isChecked()
        self.action_edit.setEnabled(count == 1 and not deleted)
        self.action_delete.setEnabled(count >= 1 and not deleted)
        self.action_toggle.setEnabled(count >= 1 and not deleted)
        self.action_restore.setEnabled(count >= 1 and deleted)

    # -- actions --------------------------------------------------------------------------

    def new_product(self) -> ProductDialog:
        return self._open_dialog(None)

    def edit_current(self) -> ProductDialog | None:
        ids = self.selected_ids()
        if len(ids) != 1 or self.show_deleted.isChecked():
            return None
        return self._open_dialog(ids[0])

    def _open_dialog(self, product_id: str | None) -> ProductDialog:
        dialog = ProductDialog(self.db, product_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, product_id: str) -> None:
        self.refresh()
        self.select_ids({product_id})
        self.changed.emit()
        self.message.emit(self.tr("Product saved."))

    def _run(self, work: Callable[[], int], message: Callable[[int], str]) -> None:
        try:
            count = work()
        except (UserError, DatabaseError) as error:
            show_error(self, error)
            return
        self.refresh()
        self.changed.emit()
        self.message.emit(message(count))

    def delete_selected(self) -> QMessageBox | None:
        ids = self.selected_ids()
        if not ids or self.show_deleted.isChecked():
            return None
        return ask(
            self,
            self.tr("Delete %n product(s)?", "", len(ids)),
            self.tr("Deal lines keep their description and price. You can undo this."),
            self.tr("Delete"),
            lambda: self._run(
                lambda: delete_products(self.db, ids),
                lambda n: self.tr("%n product(s) deleted.", "", n),
            ),
            name="confirmDelete",
        )

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.show_deleted.isChecked():
            self._run(
                lambda: restore_products(self.db, ids),
                lambda n: self.tr("%n product(s) restored.", "", n),
            )

    def toggle_active(self) -> None:
        """Deactivate the selected products (or activate them if all are inactive)."""
        ids = self.selected_ids()
        if not ids or self.show_deleted.isChecked():
            return
        rows = [self.model.product(self.model.row_of(i) or 0) for i in ids]
        activate = not any(row.is_active for row in rows)
        self._run(
            lambda: set_active(self.db, ids, activate),
            lambda n: (
                self.tr("%n product(s) activated.", "", n)
                if activate
                else self.tr("%n product(s) deactivated.", "", n)
            ),
        )

    def save_state(self) -> None:
        settings().setValue(HEADER_KEY, self.table.horizontalHeader().saveState())


__all__ = ["COLUMNS", "ProductTableModel", "ProductsPane"]
