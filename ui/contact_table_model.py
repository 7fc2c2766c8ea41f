"""The contacts table: ids from a search, rows fetched page by page when shown.

See :mod:`ui.lazy_table`: the model holds only the ordered ids of the contacts in the
view (``ContactService.search_ids``) and fetches the rows (``ContactService.rows``) in
pages as the view shows them. Sorting and filtering happen in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject

from app.contacts import SORT_COLUMNS, ContactQuery, ContactRow, ContactService
from ui.formatting import status_label
from ui.lazy_table import IdRole, LazyTableModel, RawValueRole

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

ContactIdRole = IdRole


class ContactTableModel(LazyTableModel[ContactQuery, ContactRow]):
    ContactIdRole = ContactIdRole
    COLUMNS = COLUMNS

    def __init__(
        self,
        service: ContactService,
        parent: QObject | None = None,
        *,
        page_size: int = 200,
        max_pages: int = 20,
    ) -> None:
        super().__init__(
            ContactQuery(), COLUMNS, parent, page_size=page_size, max_pages=max_pages
        )
        self.service = service

    def search_ids(self, query: ContactQuery) -> list[str]:
        return self.service.search_ids(query)

    def fetch_rows(self, ids: Sequence[str]) -> list[ContactRow]:
        return self.service.rows(ids)

    def contact_id(self, row: int) -> str:
        return self.record_id(row)

    def contact_row(self, row: int) -> ContactRow | None:
        return self.record(row)

    def display(self, row: ContactRow, key: str) -> Any:
        if key == "status":
            return status_label(row.status)
        if key == "tags":
            return ", ".join(row.tags)
        return getattr(row, key)

    def raw(self, row: ContactRow, key: str) -> Any:
        return getattr(row, key)

    def tooltip(self, row: ContactRow, key: str) -> Any:
        return getattr(row, key) if key in ("name", "company", "email") else None

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


__all__ = ["COLUMNS", "ContactIdRole", "ContactTableModel", "RawValueRole"]
