"""The deals list: ids from a search (``app.pipeline.search_ids``), rows fetched by page.

See :mod:`ui.lazy_table`. Sorting and filtering happen in SQL; amounts are excluding VAT.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from app import pipeline as pl
from app.pipeline import DealQuery, DealRow
from models.database import Database
from ui import formatting as fmt
from ui.lazy_table import IdRole, LazyTableModel, RawValueRole
from ui.product_dialog import percent_text

#: The columns, by the sort key ``app.pipeline.search_ids`` knows them by.
COLUMNS: tuple[str, ...] = (
    "title",
    "contact",
    "company",
    "stage",
    "status",
    "owner",
    "amount",
    "probability",
    "weighted",
    "close",
)
assert all(key in pl.SORT_COLUMNS for key in COLUMNS)
NUMERIC = {"amount", "probability", "weighted"}
DANGER = "#b42318"
WON = "#15803d"
LOST = "#6b7280"


def deal_status_labels() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("DealTableModel", "Open"),
        "won": QCoreApplication.translate("DealTableModel", "Won"),
        "lost": QCoreApplication.translate("DealTableModel", "Lost"),
    }


def deal_status_label(code: str | None) -> str:
    return deal_status_labels().get(code or "", code or "")


class DealTableModel(LazyTableModel[DealQuery, DealRow]):
    COLUMNS = COLUMNS

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        page_size: int = 200,
        max_pages: int = 20,
    ) -> None:
        super().__init__(DealQuery(), COLUMNS, parent, page_size=page_size, max_pages=max_pages)
        self.db = db

    def search_ids(self, query: DealQuery) -> list[str]:
        return pl.search_ids(self.db, query)

    def fetch_rows(self, ids: Sequence[str]) -> list[DealRow]:
        return pl.rows(self.db, ids)

    def deal_id(self, row: int) -> str:
        return self.record_id(row)

    def column_titles(self) -> dict[str, str]:
        return {
            "title": self.tr("Deal"),
            "contact": self.tr("Contact"),
            "company": self.tr("Company"),
            "stage": self.tr("Stage"),
            "status": self.tr("Status"),
            "owner": self.tr("Owner"),
            "amount": self.tr("Amount excl. VAT"),
            "probability": self.tr("Probability"),
            "weighted": self.tr("Weighted"),
            "close": self.tr("Expected close"),
        }

    def display(self, row: DealRow, key: str) -> Any:
        if key == "amount":
            return fmt.money(row.amount_cents, row.currency)
        if key == "weighted":
            return fmt.money(row.weighted_cents, row.currency)
        if key == "probability":
            return percent_text(row.probability * 100)
        if key == "close":
            return fmt.date_text(row.expected_close_date)
        if key == "status":
            return deal_status_label(row.status)
        return getattr(row, key)

    def raw(self, row: DealRow, key: str) -> Any:
        return {
            "amount": row.amount_cents,
            "weighted": row.weighted_cents,
            "probability": row.probability,
            "close": row.expected_close_date,
        }.get(key, getattr(row, key, None))

    def alignment(self, key: str) -> Qt.AlignmentFlag | None:
        if key in NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def foreground(self, row: DealRow, key: str) -> Any:
        if key == "close" and row.overdue:
            return QColor(DANGER)
        if key == "status" and row.status == "won":
            return QColor(WON)
        if key == "status" and row.status == "lost":
            return QColor(LOST)
        if key == "probability" and row.default_probability:
            return QColor(LOST)
        return None

    def font(self, row: DealRow, key: str) -> Any:
        if key == "close" and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def tooltip(self, row: DealRow, key: str) -> Any:
        if key == "close" and row.overdue:
            return self.tr("Overdue: the expected close date is past")
        if key == "probability" and row.default_probability:
            return self.tr("The stage's default probability")
        if key == "status" and row.close_reason:
            return row.close_reason
        if key in ("title", "contact", "company"):
            return getattr(row, key) or None
        return None


__all__ = [
    "COLUMNS",
    "DealTableModel",
    "IdRole",
    "RawValueRole",
    "deal_status_label",
    "deal_status_labels",
]
