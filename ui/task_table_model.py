"""The tasks table: ids from a view of the tasks, rows fetched page by page when shown.

See :mod:`ui.lazy_table`. The first column is a check box: ticking it asks (through
``toggleRequested``) to complete the task, unticking it to reopen it; the pane does the
write, so that it is one logged, undoable batch. Overdue due dates are red with a marker,
high priorities are flagged, done tasks are struck through and greyed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from app import tasks
from app.tasks import SYSTEM_CLOCK, Clock, TaskQuery, TaskRow
from models.database import Database
from ui import icons
from ui.formatting import date_text, datetime_text, priority_label
from ui.lazy_table import IdRole, LazyTableModel, RawValueRole

#: The columns, by the sort key ``app.tasks`` knows them by.
COLUMNS: tuple[str, ...] = (
    "done",
    "title",
    "due",
    "priority",
    "contact",
    "company",
    "deal",
    "owner",
)
assert all(key in tasks.SORT_KEYS for key in COLUMNS)
#: Columns that name a linked record, and the kind of record.
LINK_COLUMNS = {"contact": "contact", "company": "company", "deal": "deal"}
OVERDUE_COLOR = "#c53030"
HIGH_COLOR = "#c05621"
DONE_COLOR = "#8a94a0"

Index = QModelIndex | QPersistentModelIndex


@cache
def task_icon(name: str) -> QIcon:
    """An icon of resources/icons (``ui.icons`` for the shared ones, task-* read here)."""
    if name in icons.NAMES:
        return icons.icon(name)
    data = (resources.files("resources") / "icons" / f"{name}.svg").read_bytes()
    renderer = QSvgRenderer(QByteArray(data))
    result = QIcon()
    for size in icons.SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def when_text(moment: datetime, clock: Clock = SYSTEM_CLOCK, *, all_day: bool = False) -> str:
    """A moment as people say it: "today 14:00", "yesterday", "in 3 days", "31/12/2025"…"""
    translate = QCoreApplication.translate
    local = clock.local(moment)
    days = (local.date() - clock.today()).days
    hour = ""
    if not all_day:
        hour = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if days == 0:
        return translate("TaskTableModel", "today %1").replace("%1", hour).strip()
    if days == -1:
        return translate("TaskTableModel", "yesterday %1").replace("%1", hour).strip()
    if days == 1:
        return translate("TaskTableModel", "tomorrow %1").replace("%1", hour).strip()
    if 1 < days <= 6:
        return translate("TaskTableModel", "in %n day(s)", "", days)
    if -6 <= days < -1:
        return translate("TaskTableModel", "%n day(s) ago", "", -days)
    day = date_text(local.date())
    return day if all_day else f"{day} {hour}"


def due_text(row: TaskRow, clock: Clock = SYSTEM_CLOCK) -> str:
    """When a task is due, as people say it (empty without a due date)."""
    if row.due_at is None:
        return ""
    return when_text(row.due_at, clock, all_day=row.all_day)


def due_tooltip(row: TaskRow, clock: Clock = SYSTEM_CLOCK) -> str:
    if row.due_at is None:
        return QCoreApplication.translate("TaskTableModel", "No due date")
    translate = QCoreApplication.translate
    when = (
        translate("TaskTableModel", "%1, no particular time").replace("%1", date_text(row.due_at))
        if row.all_day
        else datetime_text(row.due_at)
    )
    text = translate("TaskTableModel", "Due %1").replace("%1", when)
    if row.overdue:
        text += "\n" + translate("TaskTableModel", "Overdue")
    if row.reminder_at is not None and row.done_at is None:
        text += "\n" + translate("TaskTableModel", "Reminder: %1").replace(
            "%1", datetime_text(row.reminder_at)
        )
    if row.done_at is not None:
        text += "\n" + translate("TaskTableModel", "Done %1").replace(
            "%1", datetime_text(row.done_at)
        )
    return text


class TaskTableModel(LazyTableModel[TaskQuery, TaskRow]):
    COLUMNS = COLUMNS
    TaskIdRole = IdRole

    #: The user ticked (True) or unticked (False) the done box of a task.
    toggleRequested = Signal(str, bool)

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        clock: Clock = SYSTEM_CLOCK,
        page_size: int = 200,
        max_pages: int = 20,
    ) -> None:
        super().__init__(
            TaskQuery(view="today"), COLUMNS, parent, page_size=page_size, max_pages=max_pages
        )
        self.db = db
        self.clock = clock

    # -- what LazyTableModel asks -------------------------------------------------------

    def search_ids(self, query: TaskQuery) -> list[str]:
        return tasks.search_ids(self.db, query, self.clock)

    def fetch_rows(self, ids: Sequence[str]) -> list[TaskRow]:
        return tasks.rows(self.db, ids, self.clock)

    def task_id(self, row: int) -> str:
        return self.record_id(row)

    def task_row(self, row: int) -> TaskRow | None:
        return self.record(row)

    def column_titles(self) -> dict[str, str]:
        return {
            "done": "",
            "title": self.tr("Task"),
            "due": self.tr("Due"),
            "priority": self.tr("Priority"),
            "contact": self.tr("Contact"),
            "company": self.tr("Company"),
            "deal": self.tr("Deal"),
            "owner": self.tr("Owner"),
        }

    def display(self, row: TaskRow, key: str) -> Any:
        if key == "done":
            return None
        if key == "due":
            return due_text(row, self.clock)
        if key == "priority":
            return priority_label(row.priority)
        return getattr(row, key)

    def raw(self, row: TaskRow, key: str) -> Any:
        if key == "done":
            return row.done_at
        if key == "due":
            return row.due_at
        return getattr(row, key)

    def tooltip(self, row: TaskRow, key: str) -> Any:
        if key == "done":
            return self.tr("Mark as not done") if row.done else self.tr("Mark as done")
        if key == "due":
            return due_tooltip(row, self.clock)
        if key == "title":
            return f"{row.title}\n\n{row.notes}" if row.notes else row.title
        if key in LINK_COLUMNS and getattr(row, key):
            return self.tr("%1 — double-click to open").replace("%1", getattr(row, key))
        return None

    def foreground(self, row: TaskRow, key: str) -> Any:
        if row.done:
            return QBrush(QColor(DONE_COLOR))
        if key == "due" and row.overdue:
            return QBrush(QColor(OVERDUE_COLOR))
        if key == "priority" and row.priority == "high":
            return QBrush(QColor(HIGH_COLOR))
        if key in LINK_COLUMNS:
            return QApplication.palette().brush(QPalette.ColorRole.Link)
        return None

    def font(self, row: TaskRow, key: str) -> Any:
        if key == "title" and row.done:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if (key == "due" and row.overdue) or (
            key == "priority" and row.priority == "high" and not row.done
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def decoration(self, row: TaskRow, key: str) -> Any:
        if key == "due" and row.overdue:
            return task_icon("task-overdue")
        if key == "priority" and row.priority == "high" and not row.done:
            return task_icon("task-high")
        return None

    # -- the check box ------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.column_key(index.column()) == "done":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and index.isValid()
            and index.row() < self.rowCount()
            and self.column_key(index.column()) == "done"
        ):
            row = self.record(index.row())
            if row is None:
                return None
            return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid():
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or self.column_key(index.column()) != "done"
        ):
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        self.toggleRequested.emit(self.record_id(index.row()), state == Qt.CheckState.Checked)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            key = self.column_key(section)
            if key == "done" and role == Qt.ItemDataRole.DecorationRole:
                return task_icon("task-done")
            if key == "done" and role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Done")
        return super().headerData(section, orientation, role)


__all__ = [
    "COLUMNS",
    "LINK_COLUMNS",
    "RawValueRole",
    "TaskTableModel",
    "due_text",
    "due_tooltip",
    "task_icon",
    "when_text",
]
