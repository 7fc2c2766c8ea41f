"""The Activity table: interaction ids from a search, rows fetched page by page when shown.

See :mod:`ui.lazy_table`: the model holds the ordered ids of the interactions the query
selects (``app.activity.search_ids``) and fetches their rows (``app.activity.rows``) in
pages as the view shows them. Sorting and filtering happen in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from app import activity
from app.activity import ActivityQuery, ActivityRow
from models.database import Database
from models.enums import Channel
from ui import formatting as fmt
from ui.interaction_dialog import app_icon, channel_icon
from ui.lazy_table import IdRole, LazyTableModel, RawValueRole

#: The columns, by the sort key ``app.activity`` knows them by.
COLUMNS: tuple[str, ...] = (
    "when",
    "channel",
    "direction",
    "subject",
    "contact",
    "company",
    "deal",
    "user",
    "satisfaction",
    "complaint",
)
assert all(key in activity.SORT_KEYS for key in COLUMNS)
OPEN_COMPLAINT_COLOR = "#b42318"
RESOLVED_COLOR = "#15803d"
MUTED_COLOR = "#6b7280"


class ActivityTableModel(LazyTableModel[ActivityQuery, ActivityRow]):
    COLUMNS = COLUMNS

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        query: ActivityQuery | None = None,
        page_size: int = 200,
        max_pages: int = 20,
    ) -> None:
        super().__init__(
            query or ActivityQuery(), COLUMNS, parent, page_size=page_size, max_pages=max_pages
        )
        self.db = db

    def search_ids(self, query: ActivityQuery) -> list[str]:
        return activity.search_ids(self.db, query)

    def fetch_rows(self, ids: Sequence[str]) -> list[ActivityRow]:
        return activity.rows(self.db, ids)

    def column_titles(self) -> dict[str, str]:
        return {
            "when": self.tr("When"),
            "channel": self.tr("Channel"),
            "direction": self.tr("Direction"),
            "subject": self.tr("Subject"),
            "contact": self.tr("Contact"),
            "company": self.tr("Company"),
            "deal": self.tr("Deal"),
            "user": self.tr("By"),
            "satisfaction": self.tr("Satisfaction"),
            "complaint": self.tr("Complaint"),
        }

    # -- cells ------------------------------------------------------------------------------

    def display(self, row: ActivityRow, key: str) -> Any:
        if key == "when":
            return fmt.datetime_text(row.occurred_at)
        if key == "channel":
            return fmt.channel_label(row.channel)
        if key == "direction":
            if row.channel == Channel.NOTE.value:
                return ""
            return fmt.direction_label(row.direction)
        if key == "subject":
            return row.subject or row.excerpt
        if key == "contact":
            return row.contact_name
        if key == "company":
            return row.company_name
        if key == "deal":
            return row.deal_title
        if key == "user":
            return row.user_name
        if key == "satisfaction":
            if row.satisfaction_score is None:
                return ""
            return f"{row.satisfaction_score}/{row.satisfaction_scale or 10}"
        if key == "complaint":
            if not row.is_complaint:
                return ""
            if row.is_open_complaint:
                return self.tr("Open")
            return self.tr("Resolved")
        return getattr(row, key, "")

    def raw(self, row: ActivityRow, key: str) -> Any:
        values = {
            "when": row.occurred_at,
            "channel": row.channel,
            "direction": row.direction,
            "subject": row.subject,
            "contact": row.contact_id,
            "company": row.company_id,
            "deal": row.deal_id,
            "user": row.user_id,
            "satisfaction": row.satisfaction_score,
            "complaint": row.complaint_status if row.is_complaint else None,
        }
        return values.get(key)

    def tooltip(self, row: ActivityRow, key: str) -> Any:
        if key == "subject":
            parts = [row.subject] if row.subject else []
            if row.notes:
                notes = row.notes if len(row.notes) < activity.TOOLTIP_CHARS else row.notes + "…"
                parts.append(notes)
            if row.outcome:
                parts.append(self.tr("Outcome: {text}").replace("{text}", row.outcome))
            return "\n\n".join(parts) or None
        if key == "when":
            text = fmt.relative_day(row.occurred_at)
            if row.duration_minutes:
                duration = self.tr("%n minute(s)", "", row.duration_minutes)
                text = f"{text} · {duration}"
            return text
        if key == "complaint" and row.is_complaint:
            if row.is_open_complaint:
                return self.tr("Open complaint: not resolved yet")
            when = fmt.datetime_text(row.resolved_at)
            if when:
                return self.tr("Resolved on {date}").replace("{date}", when)
            return None
        if key in ("contact", "company", "deal"):
            return self.display(row, key) or None
        if key == "satisfaction" and row.satisfaction_score is not None:
            return (
                self.tr("Satisfaction {score} out of {scale}")
                .replace("{score}", str(row.satisfaction_score))
                .replace("{scale}", str(row.satisfaction_scale or 10))
            )
        return None

    def alignment(self, key: str) -> Qt.AlignmentFlag | None:
        if key == "satisfaction":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def foreground(self, row: ActivityRow, key: str) -> Any:
        if row.is_open_complaint and key in ("subject", "complaint"):
            return QColor(OPEN_COMPLAINT_COLOR)
        if key == "complaint" and row.is_complaint:
            return QColor(RESOLVED_COLOR)
        if key in ("direction", "user"):
            return QColor(MUTED_COLOR)
        if key == "satisfaction" and row.satisfaction_score is not None:
            on_ten = row.satisfaction_score * 10 / (row.satisfaction_scale or 10)
            if on_ten <= 6:
                return QColor(OPEN_COMPLAINT_COLOR)
            if on_ten >= 9:
                return QColor(RESOLVED_COLOR)
        return None

    def decoration(self, row: ActivityRow, key: str) -> Any:
        if key == "channel":
            return channel_icon(row.channel, 16)
        if key == "complaint" and row.is_open_complaint:
            return app_icon("complaint")
        return None

    def font(self, row: ActivityRow, key: str) -> Any:
        if row.is_open_complaint and key in ("subject", "complaint"):
            font = QFont()
            font.setBold(True)
            return font
        return None


__all__ = ["COLUMNS", "ActivityTableModel", "IdRole", "RawValueRole"]
