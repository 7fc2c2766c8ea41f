"""A field that links a form to a contact, a company or a deal, found by typing.

Typing a few letters lists the matching records (``app.lookup``) in a completion popup;
choosing one links it and shows its name. Editing the text again unlinks it until another
record is chosen; clearing the field unlinks it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QWidget

from app import lookup
from models.database import Database

SEARCH_DELAY_MS = 120
LIMIT = 20
IdRole = Qt.ItemDataRole.UserRole + 1


class RecordPicker(QWidget):
    """``chosen(id or None)`` is emitted when the linked record changes."""

    chosen = Signal(object)

    def __init__(self, db: Database, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in lookup.KINDS:
            raise ValueError(f"unknown kind {kind!r}; the kinds are: {', '.join(lookup.KINDS)}")
        self.db = db
        self.kind = kind
        self._record_id: str | None = None
        self._title = ""
        self._edit = QLineEdit(self)
        self._edit.setObjectName(f"{kind}Picker")
        self._edit.setClearButtonEnabled(True)
        self._edit.setPlaceholderText(
            {
                "contact": self.tr("Type a name, an e-mail or a phone…"),
                "company": self.tr("Type a company name, a city or a SIREN…"),
                "deal": self.tr("Type a deal title or a customer…"),
            }[kind]
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._edit)
        self.setFocusProxy(self._edit)

        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self)
        self._completer.setModel(self._model)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self._completer.setWidget(self._edit)
        self._completer.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._edit.textEdited.connect(self._edited)
        self._edit.textChanged.connect(self._changed)

    # -- public API -------------------------------------------------------------------

    def line_edit(self) -> QLineEdit:
        return self._edit

    def record_id(self) -> str | None:
        return self._record_id

    def set_record(self, record_id: str | None) -> None:
        """Link ``record_id`` (None: no record) and show its name."""
        choice = lookup.describe(self.db, self.kind, record_id) if record_id else None
        self._set(choice)

    def choices(self) -> list[lookup.Choice]:
        """The records listed in the popup (for tests)."""
        return [
            lookup.Choice(
                str(self._model.item(row).data(IdRole)),
                str(self._model.item(row).data(Qt.ItemDataRole.UserRole + 2)),
                "",
            )
            for row in range(self._model.rowCount())
        ]

    def choose(self, record_id: str) -> None:
        """Link a record listed in the popup (what clicking it does)."""
        for row in range(self._model.rowCount()):
            if self._model.item(row).data(IdRole) == record_id:
                self._activated(self._model.index(row, 0))
                return
        self.set_record(record_id)

    @Slot()
    def search_now(self) -> None:
        """List the records matching the text typed (done by itself shortly after typing)."""
        self._timer.stop()
        typed = self._edit.text().strip()
        if self.kind == "contact":
            found = lookup.find_contacts(self.db, typed, LIMIT)
        elif self.kind == "company":
            found = lookup.find_companies(self.db, typed, LIMIT)
        else:
            found = lookup.find_deals(self.db, typed, LIMIT)
        self._model.clear()
        for choice in found:
            text = f"{choice.title} — {choice.subtitle}" if choice.subtitle else choice.title
            item = QStandardItem(text)
            item.setData(choice.id, IdRole)
            item.setData(choice.title, Qt.ItemDataRole.UserRole + 2)
            item.setToolTip(text)
            self._model.appendRow(item)
        if not found and typed:
            item = QStandardItem(self.tr("No match for “%1”").replace("%1", typed))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self._model.appendRow(item)
        if typed and self._edit.hasFocus():
            self._completer.complete()

    # -- slots --------------------------------------------------------------------------

    def _set(self, choice: lookup.Choice | None) -> None:
        previous = self._record_id
        self._record_id = choice.id if choice else None
        self._title = choice.title if choice else ""
        with QSignalBlocker(self._edit):
            self._edit.setText(self._title)
        self._edit.setToolTip(choice.subtitle if choice else "")
        if previous != self._record_id:
            self.chosen.emit(self._record_id)

    @Slot(str)
    def _edited(self, text: str) -> None:
        if self._record_id is not None and text != self._title:
            self._record_id = None
            self._title = ""
            self._edit.setToolTip("")
            self.chosen.emit(None)
        self._timer.start()

    @Slot(str)
    def _changed(self, text: str) -> None:
        # The clear button empties the field without a textEdited signal.
        if not text and self._record_id is not None:
            self._set(None)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        record_id = index.data(IdRole)
        if not record_id:
            return
        self._set(
            lookup.Choice(
                str(record_id),
                str(index.data(Qt.ItemDataRole.UserRole + 2)),
                str(index.data(Qt.ItemDataRole.ToolTipRole) or ""),
            )
        )
        # The completer writes the whole line into the field: show the title only.
        QTimer.singleShot(0, self, self._restore_title)

    def _restore_title(self) -> None:
        with QSignalBlocker(self._edit):
            self._edit.setText(self._title)


__all__ = ["RecordPicker"]
