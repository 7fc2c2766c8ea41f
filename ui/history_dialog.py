"""Who changed what: the change log of one contact (or of everything), with undo.

Each row is one write to one record; the action it belongs to (an edit, an import, a
mass edit…) is a *batch*, and "Undo this change" reverts the whole batch through
``app.history.undo_batch``. Conflicts (fields changed since by someone else) are listed
in the dialog itself: nothing here ever blocks.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.contacts import ContactService
from app.errors import UserError
from app.history import BatchRecord, ChangeRecord, get_batch, list_changes, undo_batch
from models.database import Database
from models.enums import FINAL_BATCH_KINDS, BatchKind
from ui import formatting as fmt
from ui.interaction_dialog import error_text

CONTEXT = "HistoryDialog"
PAGE = 200
#: Bookkeeping columns never shown as changes.
HIDDEN_FIELDS = frozenset({"id", "created_at", "updated_at", "sort_name"})
#: Tables whose rows link two records: an insert "adds", a delete "removes".
LINK_TABLES = frozenset({"contact_tags", "company_tags", "campaign_members"})
#: Fields whose values are record ids (not worth showing as such).
ID_SUFFIX = "_id"
VALUE_MAX = 60
ERROR_COLOR = "#b42318"
WARNING_COLOR = "#93370d"
SUCCESS_COLOR = "#05603a"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= VALUE_MAX else text[: VALUE_MAX - 1] + "…"


def value_text(field: str, value: Any, currency: str = "EUR") -> str:
    """One logged value as people read it ("Lyon", "31/12/2025", "Customer", "12,50 €")."""
    if value is None or value == "" or value == {} or value == []:
        return "—"
    if isinstance(value, bool):
        return fmt.yes_no(value)
    if field.endswith("_cents") and isinstance(value, int):
        return fmt.money(value, currency)
    if isinstance(value, str):
        labelled = fmt.code_label(field, value)
        if labelled != value:
            return labelled
        moment = _moment(value)
        if moment is not None:
            return moment
        return _short(value)
    if isinstance(value, dict):
        parts = [f"{key}: {value_text(key, item)}" for key, item in value.items()]
        return _short(", ".join(parts))
    if isinstance(value, list):
        return _short(", ".join(value_text(field, item) for item in value))
    if isinstance(value, int | float):
        return fmt.number(value, 0 if float(value).is_integer() else 2)
    return _short(json.dumps(value, ensure_ascii=False))


def _moment(text: str) -> str | None:
    """An ISO date or datetime from the log, shown in the locale (local time)."""
    if len(text) < 10 or not text[:4].isdigit() or text[4:5] != "-":
        return None
    try:
        if len(text) == 10:
            return fmt.date_text(date.fromisoformat(text))
        return fmt.datetime_text(datetime.fromisoformat(text))
    except ValueError:
        return None


def _record_name(record: ChangeRecord, tag_names: dict[str, str]) -> str:
    """A few words naming the record a log entry is about, when the entry tells."""
    values = {key: (new if new is not None else old) for key, (old, new) in record.changes.items()}
    if record.entity in ("contact_tags", "company_tags"):
        return tag_names.get(str(values.get("tag_id") or ""), "")
    name = " ".join(str(values.get(k) or "") for k in ("first_name", "last_name")).strip()
    for key in ("subject", "title", "name", "number", "label"):
        if name:
            break
        if values.get(key):
            name = str(values[key])
    return _short(name) if name else ""


def describe(record: ChangeRecord, tag_names: dict[str, str] | None = None) -> str:
    """The changes of one log entry, one per line: "City: Lyon → Paris", "created"…"""
    name = _record_name(record, tag_names or {})
    suffix = f" — {name}" if name else ""
    if record.op == "insert":
        verb = (
            QCoreApplication.translate("HistoryDialog", "added")
            if record.entity in LINK_TABLES
            else QCoreApplication.translate("HistoryDialog", "created")
        )
        return verb + suffix
    if record.op == "delete":
        return QCoreApplication.translate("HistoryDialog", "removed") + suffix
    lines = []
    currency = "EUR"
    currency_change = record.changes.get("currency")
    if currency_change and currency_change[1]:
        currency = str(currency_change[1])
    for field, (old, new) in record.changes.items():
        if field in HIDDEN_FIELDS:
            continue
        if field == "deleted_at":
            lines.append(
                QCoreApplication.translate("HistoryDialog", "deleted")
                if new is not None
                else QCoreApplication.translate("HistoryDialog", "restored")
            )
            continue
        label = fmt.field_label(field)
        if field.endswith(ID_SUFFIX):
            if old is None:
                lines.append(
                    QCoreApplication.translate("HistoryDialog", "{field}: set").replace(
                        "{field}", label
                    )
                )
            elif new is None:
                lines.append(
                    QCoreApplication.translate("HistoryDialog", "{field}: removed").replace(
                        "{field}", label
                    )
                )
            else:
                lines.append(
                    QCoreApplication.translate("HistoryDialog", "{field}: changed").replace(
                        "{field}", label
                    )
                )
            continue
        lines.append(
            f"{label}: {value_text(field, old, currency)} \u2192 {value_text(field, new, currency)}"
        )
    if not lines:
        return QCoreApplication.translate("HistoryDialog", "changed") + suffix
    return "\n".join(lines)


class HistoryDialog(QDialog):
    """The change log of a record — a contact, or with ``kind`` a company or a deal — or
    every recent change when ``contact_id`` (the record's id) is None.

    ``changed()`` is emitted after an undo, so that open views reload. Open it with
    ``open()`` or ``show()``.
    """

    changed = Signal()

    COLUMNS = ("when", "who", "what", "item", "changes")

    def __init__(
        self,
        db: Database,
        contact_id: str | None = None,
        parent: QWidget | None = None,
        *,
        contact_name: str = "",
        kind: str = "contact",
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.contact_id = contact_id
        self.kind = kind
        self.records: list[ChangeRecord] = []
        self._more_available = False
        self._tag_names: dict[str, str] = {}
        self.setObjectName("historyDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if contact_id is None:
            self.setWindowTitle(self.tr("Recent changes"))
            intro = self.tr("Every change made in this database, newest first.")
        else:
            title = self.tr("History")
            if contact_name:
                title = f"{title} — {contact_name}"
            self.setWindowTitle(title)
            intro = {
                "company": self.tr(
                    "Every change to this company and to what belongs to it, newest first."
                ),
                "deal": self.tr(
                    "Every change to this deal and to what belongs to it, newest first."
                ),
            }.get(
                kind,
                self.tr("Every change to this contact and to what belongs to it, newest first."),
            )
        self.resize(980, 560)

        self.intro = QLabel(
            intro
            + " "
            + self.tr("Undo reverts the whole action a change belongs to (an edit, an import…)."),
            self,
        )
        self.intro.setWordWrap(True)

        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Item"),
                self.tr("Changes"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 260)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # Row heights depend on the column widths: fit them again once the widths settle.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(self._fit_timer.start)

        self.empty_label = QLabel(self.tr("No change recorded yet."), self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        self.message = QLabel(self)
        self.message.setObjectName("undoMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        undo_keys = QKeySequence(QKeySequence.StandardKey.Undo)
        self.undo_button = QPushButton(self._undo_icon(), self.tr("&Undo this change"), self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setEnabled(False)
        self.undo_button.setToolTip(
            self.tr("Revert the whole action this change belongs to (%1)").replace(
                "%1", undo_keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.undo_button.clicked.connect(self.undo_selected)
        QShortcut(undo_keys, self, activated=self.undo_selected)
        self.more_button = QPushButton(self.tr("Load older changes"), self)
        self.more_button.setObjectName("moreButton")
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        self.batch_label = QLabel(self)
        self.batch_label.setObjectName("batchLabel")
        self.batch_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        actions = QHBoxLayout()
        actions.addWidget(self.undo_button)
        actions.addWidget(self.batch_label, 1)
        actions.addWidget(self.more_button)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.reload()

    # -- public -----------------------------------------------------------------------

    def _scope(self) -> dict[str, str]:
        return {f"{self.kind}_id": self.contact_id} if self.contact_id else {}

    @Slot()
    def reload(self) -> None:
        """Read the log again from the newest change."""
        self.records = []
        self.table.setRowCount(0)
        self._tag_names = {tag.id: tag.name for tag in ContactService(self.db).tags()}
        self._append(list_changes(self.db, **self._scope(), limit=PAGE, offset=0))

    @Slot()
    def load_more(self) -> None:
        self._append(list_changes(self.db, **self._scope(), limit=PAGE, offset=len(self.records)))

    def selected_record(self) -> ChangeRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.records[rows[0].row()]

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    @Slot()
    def undo_selected(self) -> None:
        """Undo the batch of the selected change; say what happened in the dialog."""
        record = self.selected_record()
        if record is None or record.batch_id is None or not self.undo_button.isEnabled():
            return
        try:
            result = undo_batch(self.db, record.batch_id)
        except UserError as error:
            conflicts = getattr(error, "conflicts", ())
            text = error_text(error.template, error.params)
            if conflicts:
                text += "\n" + self._conflicts_text(conflicts)
            self._show_message(text, ERROR_COLOR)
            self._selection_changed()
            return
        text = self.tr("Undone: {label}").replace("{label}", record.batch_label or "")
        if result.conflicts:
            text += "\n" + self._conflicts_text(result.conflicts)
            self._show_message(text, WARNING_COLOR)
        else:
            self._show_message(text, SUCCESS_COLOR)
        self.reload()
        self.changed.emit()

    # -- internals --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_timer.start()

    def _append(self, records: list[ChangeRecord]) -> None:
        start = len(self.records)
        self.records.extend(records)
        self._more_available = len(records) == PAGE
        self.more_button.setVisible(self._more_available)
        self.table.setRowCount(len(self.records))
        for offset, record in enumerate(records):
            self._fill_row(start + offset, record)
        self.table.resizeRowsToContents()
        empty = not self.records
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)
        if empty:
            self.undo_button.setEnabled(False)

    def _fill_row(self, row: int, record: ChangeRecord) -> None:
        when = QTableWidgetItem(fmt.datetime_text(record.when))
        when.setToolTip(fmt.relative_day(record.when))
        who = QTableWidgetItem(record.user_name or "—")
        who.setToolTip(self.tr("Device {device}").replace("{device}", record.device_id[:8]))
        kind = fmt.batch_kind_label(record.batch_kind)
        what = QTableWidgetItem(record.batch_label or kind)
        what.setToolTip(kind)
        item = QTableWidgetItem(fmt.entity_label(record.entity))
        changes = QTableWidgetItem(describe(record, self._tag_names))
        changes.setToolTip(changes.text())
        for column, cell in enumerate((when, who, what, item, changes)):
            cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.table.setItem(row, column, cell)

    @Slot()
    def _selection_changed(self) -> None:
        record = self.selected_record()
        batch: BatchRecord | None = None
        if record is not None and record.batch_id is not None:
            try:
                batch = get_batch(self.db, record.batch_id)
            except UserError:
                batch = None
        enabled = (
            batch is not None and not batch.is_undone and batch.kind not in FINAL_BATCH_KINDS
        )
        self.undo_button.setEnabled(enabled)
        if batch is None:
            self.batch_label.clear()
        elif batch.is_undone:
            self.batch_label.setText(
                self.tr("This action was undone on {when}.").replace(
                    "{when}", fmt.datetime_text(batch.undone_at)
                )
            )
        elif batch.kind == BatchKind.SYSTEM:
            self.batch_label.setText(self.tr("Made by Comptoir itself: it cannot be undone."))
        elif batch.kind == BatchKind.ISSUE:
            self.batch_label.setText(
                self.tr("A numbered document was issued: it is kept and cannot be undone.")
            )
        else:
            self.batch_label.setText(
                self.tr("{count} change(s) in this action").replace(
                    "{count}", fmt.number(batch.entries)
                )
            )

    def _conflicts_text(self, conflicts: Any) -> str:
        lines = [self.tr("Left as they are, because they changed since:")]
        for conflict in conflicts:
            what = fmt.entity_label(conflict.entity)
            if conflict.field:
                what = f"{what} · {fmt.field_label(conflict.field)}"
            reasons = {
                "changed": self.tr("changed since"),
                "missing": self.tr("no longer exists"),
                "exists": self.tr("exists again"),
            }
            lines.append(f"• {what} ({reasons.get(conflict.reason, conflict.reason)})")
        return "\n".join(lines)

    def _show_message(self, text: str, color: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {color}; font-weight: 600;")
        self.message.show()

    @staticmethod
    def _undo_icon() -> Any:
        from PySide6.QtGui import QIcon

        try:
            from ui.icons import icon

            return icon("undo")
        except (ImportError, KeyError, OSError):
            return QIcon()


__all__ = ["HistoryDialog", "describe", "value_text"]
