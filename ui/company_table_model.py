"""The companies table: ids from a search, rows fetched page by page when shown.

See :mod:`ui.lazy_table`: the model holds only the ordered ids of the companies in the
view (``CompanyService.search_ids``) and fetches the rows with their figures (people,
revenue of the last 12 months, last interaction) a page at a time
(``CompanyService.rows``). Custom fields can be shown as extra columns
("custom:<key>"), sorted like the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.companies import SIZE_CODES, CompanyQuery, CompanyRow, CompanyService
from app.custom_fields import CustomField
from app.identifiers import format_siren
from ui import formatting as fmt
from ui.lazy_table import IdRole, LazyTableModel, RawValueRole

#: The columns, by the sort key ``CompanyService`` knows them by.
COLUMNS: tuple[str, ...] = (
    "name",
    "siren",
    "city",
    "sector",
    "size",
    "people",
    "revenue",
    "last_interaction",
    "tags",
)
CompanyIdRole = IdRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def size_labels() -> dict[str, str]:
    """The INSEE head-count ranges, as people read them."""
    return {
        "0": QCoreApplication.translate("labels", "No employee"),
        "1-9": QCoreApplication.translate("labels", "1–9 employees"),
        "10-49": QCoreApplication.translate("labels", "10–49 employees"),
        "50-249": QCoreApplication.translate("labels", "50–249 employees"),
        "250-4999": QCoreApplication.translate("labels", "250–4,999 employees"),
        "5000+": QCoreApplication.translate("labels", "5,000 employees or more"),
        "250+": QCoreApplication.translate("labels", "250 employees or more"),
    }


def size_label(code: str | None) -> str:
    """The label of a head-count code ("10-49" → "10–49 employees"); unknown codes as is."""
    if not code:
        return ""
    return size_labels().get(code, code)


def size_short_labels() -> dict[str, str]:
    """The head-count ranges in a few characters, for the list's "Employees" column."""
    return {
        "0": QCoreApplication.translate("labels", "none"),
        "1-9": "1–9",
        "10-49": "10–49",
        "50-249": "50–249",
        "250-4999": fmt.number(250) + "–" + fmt.number(4999),
        "5000+": fmt.number(5000) + "+",
        "250+": fmt.number(250) + "+",
    }


def size_choices() -> list[tuple[str, str]]:
    """(code, label) of the head-count ranges, smallest first, for combos."""
    labels = size_labels()
    return [(code, labels[code]) for code in SIZE_CODES]


class CompanyTableModel(LazyTableModel[CompanyQuery, CompanyRow]):
    CompanyIdRole = CompanyIdRole
    COLUMNS = COLUMNS

    def __init__(
        self,
        service: CompanyService,
        parent: QObject | None = None,
        *,
        page_size: int = 200,
        max_pages: int = 20,
    ) -> None:
        super().__init__(CompanyQuery(), COLUMNS, parent, page_size=page_size, max_pages=max_pages)
        self.service = service
        self._custom: dict[str, CustomField] = {}

    def set_custom_fields(self, fields: Sequence[CustomField]) -> None:
        """Show these custom fields as extra columns, after the fixed ones."""
        self._custom = {f"custom:{f.key}": f for f in fields}
        self.set_columns([*COLUMNS, *self._custom])

    def custom_columns(self) -> list[str]:
        return list(self._custom)

    def search_ids(self, query: CompanyQuery) -> list[str]:
        return self.service.search_ids(query)

    def fetch_rows(self, ids: Sequence[str]) -> list[CompanyRow]:
        return self.service.rows(ids)

    def company_id(self, row: int) -> str:
        return self.record_id(row)

    def display(self, row: CompanyRow, key: str) -> Any:
        if key == "siren":
            return format_siren(row.siren)
        if key == "size":
            return size_short_labels().get(row.size, row.size)
        if key == "people":
            return fmt.number(row.people) if row.people else ""
        if key == "revenue":
            return fmt.money(row.revenue, row.currency) if row.revenue else ""
        if key == "last_interaction":
            return fmt.date_text(row.last_interaction)
        if key == "tags":
            return ", ".join(row.tags)
        if key in self._custom:
            from ui.record_file import custom_value_text

            field = self._custom[key]
            return custom_value_text(field.field_type, row.custom.get(field.key))
        return getattr(row, key)

    def raw(self, row: CompanyRow, key: str) -> Any:
        if key in self._custom:
            return row.custom.get(self._custom[key].key)
        return getattr(row, key)

    def tooltip(self, row: CompanyRow, key: str) -> Any:
        if key == "last_interaction" and row.last_interaction is not None:
            return fmt.relative_day(row.last_interaction)
        if key == "revenue":
            return self.tr("Revenue of the last 12 months")
        if key == "size":
            return size_label(row.size) or None
        return getattr(row, key) if key in ("name", "sector", "city") else None

    def alignment(self, key: str) -> Qt.AlignmentFlag | None:
        if key in ("people", "revenue", "size"):
            return _RIGHT
        field = self._custom.get(key)
        if field is not None and field.field_type == "number":
            return _RIGHT
        return None

    def column_titles(self) -> dict[str, str]:
        titles = {
            "name": self.tr("Name"),
            "siren": self.tr("SIREN"),
            "city": self.tr("City"),
            "sector": self.tr("Sector"),
            "size": self.tr("Employees"),
            "people": self.tr("People"),
            "revenue": self.tr("Revenue (12 months)"),
            "last_interaction": self.tr("Last interaction"),
            "tags": self.tr("Tags"),
        }
        titles.update({key: field.label for key, field in self._custom.items()})
        return titles


__all__ = [
    "COLUMNS",
    "CompanyIdRole",
    "CompanyTableModel",
    "RawValueRole",
    "size_choices",
    "size_label",
    "size_labels",
    "size_short_labels",
]
