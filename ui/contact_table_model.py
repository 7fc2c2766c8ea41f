"""The contacts table: ids from a search, rows fetched page by page when shown.

See :mod:`ui.lazy_table`: the model holds only the ordered ids of the contacts in the
view (``ContactService.search_ids``) and fetches the rows (``ContactService.rows``) in
pages as the view shows them. Sorting and filtering happen in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from app.contacts import SORT_COLUMNS, ContactQuery, ContactRow, ContactService
from app.custom_fields import CustomField, typed_value
from ui.custom_columns import custom_alignment, custom_text
from ui.formatting import status_label
from ui.lazy_table import IdRole, LazyTableModel, RawValueRole

#: The usual columns, by the sort key ``ContactService`` knows them by. The custom fields
#: follow, as "custom:<key>" (see ``set_custom_fields``).
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
        super().__init__(ContactQuery(), COLUMNS, parent, page_size=page_size, max_pages=max_pages)
        self.service = service
        #: The custom fields shown after the usual columns, by column key.
        self._custom: dict[str, CustomField] = {}

    def set_custom_fields(self, fields: Sequence[CustomField]) -> bool:
        """Show these custom fields as columns after the usual ones; whether that changed."""
        custom = {f.column: f for f in fields}
        if custom == self._custom:
            return False
        self._custom = custom
        columns = (*COLUMNS, *custom)
        if columns == self.columns:
            self.mark_stale()  # same keys, other labels, types or choices
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(columns) - 1)
        else:
            self.set_columns(columns)
        return True

    def custom_fields(self) -> list[CustomField]:
        return list(self._custom.values())

    def search_ids(self, query: ContactQuery) -> list[str]:
        return self.service.search_ids(query)

    def fetch_rows(self, ids: Sequence[str]) -> list[ContactRow]:
        return self.service.rows(ids)

    def contact_id(self, row: int) -> str:
        return self.record_id(row)

    def contact_row(self, row: int) -> ContactRow | None:
        return self.record(row)

    def display(self, row: ContactRow, key: str) -> Any:
        field = self._custom.get(key)
        if field is not None:
            return custom_text(field.field_type, row.custom.get(field.key))
        if key == "status":
            return status_label(row.status)
        if key == "tags":
            return ", ".join(row.tags)
        return getattr(row, key)

    def raw(self, row: ContactRow, key: str) -> Any:
        field = self._custom.get(key)
        if field is not None:
            return typed_value(field, row.custom.get(field.key))
        return getattr(row, key)

    def tooltip(self, row: ContactRow, key: str) -> Any:
        field = self._custom.get(key)
        if field is not None:
            text = custom_text(field.field_type, row.custom.get(field.key))
            return text if field.field_type == "text" and text else None
        return getattr(row, key) if key in ("name", "company", "email") else None

    def alignment(self, key: str) -> Qt.AlignmentFlag | None:
        field = self._custom.get(key)
        return custom_alignment(field.field_type) if field is not None else None

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
            **{key: field.label for key, field in self._custom.items()},
        }


__all__ = ["COLUMNS", "ContactIdRole", "ContactTableModel", "RawValueRole"]
