"""The contacts table: ids from a search, rows fetched page by page when shown.

Like anki's browser table model, the model holds only the ordered ids of the contacts in
the view (``ContactService.search_ids``); the rows themselves are fetched in pages of
``page_size`` when the view asks for them (``ContactService.rows``) and kept in a bounded
cache. After a change the cache is marked stale and the visible cells are refreshed,
instead of resetting the whole model. Sorting and filtering happen in SQL.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.contacts import SORT_COLUMNS, ContactQuery, ContactRow, ContactService
from ui.formatting import status_label

#: The columns, by the sort key ``ContactService`` knows them by.
COLUMNS: tuple[str, ...] = (
    "name",
    "company",
    "email",
    "phone",
    "city",
    "postcode",
    "status",
    "tags",
)
assert all(key in SORT_COLUMNS for key in COLUMNS)

ContactIdRole = Qt.ItemDataRole.UserRole + 1
#: The raw stored value of the cell (the status code rather than its label, tags as a tuple).
RawValueRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ContactTableModel(QAbstractTableModel):
    ContactIdRole = ContactIdRole
    RawValueRole = RawValueRole
    COLUMNS = COLUMNS

    def __init__(
        self,
        service: ContactService,
        parent: QObject | None = None,
        *,
        page_size: int = 200,
        max_pages: int = 20,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.page_size = page_size
        self.max_pages = max_pages
        self._query = ContactQuery()
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, ContactRow]] = OrderedDict()
        #: Pages fetched since the model was made (for tests and benchmarks).
        self.fetches = 0

    # -- the search -------------------------------------------------------------------

    def query(self) -> ContactQuery:
        return self._query

    def set_query(self, query: ContactQuery) -> None:
        """Show the contacts of ``query`` (the rows are fetched when shown)."""
        ids = self.service.search_ids(query)
        self.beginResetModel()
        self._query = query
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-run the search after a change: keep the rows if the same contacts are shown."""
        ids = self.service.search_ids(self._query)
        if ids == self._ids:
            self.mark_stale()
            return
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def mark_stale(self) -> None:
        """Forget the cached rows; the view fetches them again as it repaints."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    def column_key(self, column: int) -> str:
        return COLUMNS[column]

    def column_of(self, key: str) -> int:
        return COLUMNS.index(key)

    def contact_id(self, row: int) -> str:
        return self._ids[row]

    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, contact_id: str) -> int | None:
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return None

    def contact_row(self, row: int) -> ContactRow | None:
        """The row's data (fetched with its page if needed); None if it disappeared."""
        if not 0 <= row < len(self._ids):
            return None
        page = row // self.page_size
        rows = self._pages.get(page)
        if rows is None:
            start = page * self.page_size
            rows = {r.id: r for r in self.service.rows(self._ids[start : start + self.page_size])}
            self.fetches += 1
            self._pages[page] = rows
            while len(self._pages) > self.max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    # -- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

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
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ContactIdRole:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            RawValueRole,
        ):
            return None
        row = self.contact_row(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()]
        if role == RawValueRole:
            return row.tags if key == "tags" else getattr(row, key)
        if key == "status":
            return status_label(row.status)
        if key == "tags":
            return ", ".join(row.tags)
        if role == Qt.ItemDataRole.ToolTipRole and key not in ("name", "company", "email"):
            return None
        return getattr(row, key)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_titles()[COLUMNS[section]]
        return None

    def column_titles(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "company": self.tr("Company"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "city": self.tr("City"),
            "postcode": self.tr("Postcode"),
            "status": self.tr("Status"),
            "tags": self.tr("Tags"),
        }

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; selected rows stay selected."""
        if not 0 <= column < len(COLUMNS):
            return
        query = replace(
            self._query,
            sort=COLUMNS[column],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if query == self._query:
            return
        ids = self.service.search_ids(query)
        if len(ids) != len(self._ids) or set(ids) != set(self._ids):
            # The contacts changed meanwhile: start again.
            self.beginResetModel()
            self._query, self._ids = query, ids
            self._pages.clear()
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._ids[index.row()] for index in old]
        self._query, self._ids = query, ids
        self._pages.clear()
        rows = {contact_id: row for row, contact_id in enumerate(ids)}
        self.changePersistentIndexList(
            old,
            [
                self.index(rows[contact_id], index.column())
                for contact_id, index in zip(old_ids, old, strict=True)
            ],
        )
        self.layoutChanged.emit()


__all__ = ["COLUMNS", "ContactIdRole", "ContactTableModel", "RawValueRole"]
