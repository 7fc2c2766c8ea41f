"""Big lists: a table model that holds ids from a search and fetches rows page by page.

Like anki's browser table model, the model keeps only the ordered ids of the records in
the view; the rows themselves are fetched in pages of ``page_size`` when the view asks
for them and kept in a bounded cache. After a change the cache is marked stale and the
visible cells are refreshed, instead of resetting the whole model. Sorting and filtering
happen in SQL, in the service the subclass asks.

A subclass says what its columns are and how to search and fetch:

- ``search_ids(query)`` -> the ordered ids; ``fetch_rows(ids)`` -> rows with an ``id``;
- ``column_titles()`` -> {column key: header text};
- ``display(row, key)`` -> the text of a cell (``raw`` / ``tooltip`` / ``alignment`` /
  ``foreground`` / ``decoration`` refine it).

The query is a frozen dataclass with ``sort`` and ``descending`` fields.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

#: The record id of a row.
IdRole = Qt.ItemDataRole.UserRole + 1
#: The raw stored value of the cell (a code rather than its label, a number, a date…).
RawValueRole = Qt.ItemDataRole.UserRole + 2

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ID = int(IdRole)
_RAW = int(RawValueRole)
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)

Index = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    @property
    def id(self) -> str: ...


QueryT = TypeVar("QueryT")
RowT = TypeVar("RowT", bound=HasId)


class LazyTableModel(QAbstractTableModel, Generic[QueryT, RowT]):
    IdRole = IdRole
    RawValueRole = RawValueRole

    def __init__(
        self,
        query: QueryT,
        columns: Sequence[str],
        parent: QObject | None = None,
        *,
        page_size: int = 200,
        max_pages: int = 20,
    ) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.max_pages = max_pages
        self._columns: tuple[str, ...] = tuple(columns)
        self._query = query
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, RowT]] = OrderedDict()
        #: Pages fetched since the model was made (for tests and benchmarks).
        self.fetches = 0
        # The roles worth fetching a row for, each with its hook: the display ones, and
        # those whose hook the subclass gives (the view asks every role of every cell it
        # paints, so data() answers the others at once). Keys are plain ints: Qt passes
        # ints, and comparing them with enum members costs more than the lookup.
        hooks = {
            Qt.ItemDataRole.ToolTipRole: "tooltip",
            Qt.ItemDataRole.ForegroundRole: "foreground",
            Qt.ItemDataRole.DecorationRole: "decoration",
            Qt.ItemDataRole.FontRole: "font",
        }
        self._row_roles: dict[int, Callable[[RowT, str], Any]] = {
            _DISPLAY: self.display,
            _RAW: self.raw,
        }
        for role, name in hooks.items():
            if getattr(type(self), name) is not getattr(LazyTableModel, name):
                self._row_roles[int(role)] = getattr(self, name)

    # -- what a subclass provides ---------------------------------------------------------

    def search_ids(self, query: QueryT) -> list[str]:
        raise NotImplementedError

    def fetch_rows(self, ids: Sequence[str]) -> list[RowT]:
        raise NotImplementedError

    def column_titles(self) -> dict[str, str]:
        raise NotImplementedError

    def display(self, row: RowT, key: str) -> Any:
        return getattr(row, key)

    def raw(self, row: RowT, key: str) -> Any:
        return getattr(row, key)

    def tooltip(self, row: RowT, key: str) -> Any:
        return None

    def alignment(self, key: str) -> Qt.AlignmentFlag | None:
        return None

    def foreground(self, row: RowT, key: str) -> Any:
        return None

    def decoration(self, row: RowT, key: str) -> Any:
        return None

    def font(self, row: RowT, key: str) -> Any:
        return None

    # -- the search -----------------------------------------------------------------------

    @property
    def columns(self) -> tuple[str, ...]:
        return self._columns

    def set_columns(self, columns: Sequence[str]) -> None:
        """Show other columns (custom fields added or removed)."""
        columns = tuple(columns)
        if columns == self._columns:
            return
        self.beginResetModel()
        self._columns = columns
        self._pages.clear()
        self.endResetModel()

    def query(self) -> QueryT:
        return self._query

    def set_query(self, query: QueryT) -> None:
        """Show the records of ``query`` (the rows are fetched when shown)."""
        ids = self.search_ids(query)
        self.beginResetModel()
        self._query = query
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Search again after a change: keep the rows if the same records are shown."""
        ids = self.search_ids(self._query)
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
        if self._ids and self._columns:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1)
            )

    def column_key(self, column: int) -> str:
        return self._columns[column]

    def column_of(self, key: str) -> int:
        return self._columns.index(key)

    def record_id(self, row: int) -> str:
        return self._ids[row]

    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, record_id: str) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def record(self, row: int) -> RowT | None:
        """The row's data (fetched with its page if needed); None if it disappeared."""
        if not 0 <= row < len(self._ids):
            return None
        page = row // self.page_size
        rows = self._pages.get(page)
        if rows is None:
            start = page * self.page_size
            rows = {r.id: r for r in self.fetch_rows(self._ids[start : start + self.page_size])}
            self.fetches += 1
            self._pages[page] = rows
            while len(self._pages) > self.max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    # -- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The hottest method of the app (about 1,500 calls a repaint): the common cases
        # first, with as few calls into Qt as possible.
        hook = self._row_roles.get(role)
        if hook is not None:
            row = self.record(index.row())  # None for an invalid index (row -1)
            if row is None:
                return None
            return hook(row, self._columns[index.column()])
        if role == _ALIGNMENT:
            if not index.isValid():
                return None
            return self.alignment(self._columns[index.column()])
        if role == _ID:
            row_number = index.row()
            return self._ids[row_number] if 0 <= row_number < len(self._ids) else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            key = self._columns[section]
            return self.column_titles().get(key, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(self._columns[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; selected rows stay selected."""
        if not 0 <= column < len(self._columns):
            return
        query = replace(  # type: ignore[type-var]
            self._query,
            sort=self._columns[column],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if query == self._query:
            return
        ids = self.search_ids(query)
        if len(ids) != len(self._ids) or set(ids) != set(self._ids):
            # The records changed meanwhile: start again.
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
        rows = {record_id: row for row, record_id in enumerate(ids)}
        self.changePersistentIndexList(
            old,
            [
                self.index(rows[record_id], index.column())
                for record_id, index in zip(old_ids, old, strict=True)
            ],
        )
        self.layoutChanged.emit()


__all__ = ["IdRole", "LazyTableModel", "RawValueRole"]
