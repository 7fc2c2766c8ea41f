"""Merging two records side by side: choose, field by field, which value to keep.

Two columns, record A and record B, one row per field with a radio button on each side
(pre-selected as ``app.merge.merge_preview`` suggests; notes may keep both). Rows that
differ are highlighted, identical ones greyed. Which record survives is chosen at the top
(the one with more history, by default); a summary says what will move to it. "Merge"
runs ``app.merge.merge`` (one undoable batch) and emits ``merged(survivor_id, batch_id)``.

Keyboard: Tab goes from row to row, the arrow keys switch sides within a row, Alt+1 and
Alt+2 take every value of record A or B at once; Enter merges, Esc cancels.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.merge import BOTH, SIDE_A, SIDE_B, MergeField, MergePreview, merge, merge_preview
from models.database import Database
from ui import formatting as fmt
from ui.errors import show_error

#: Longest line of a value shown in a choice (the whole value is in its tooltip).
VALUE_LINE_MAX = 70
VALUE_LINES_MAX = 4
DIFFERENT_BACKGROUND = "#fff4d6"
IDENTICAL_COLOR = "#8a94a0"
#: Fields whose stored codes have labels.
CODED_FIELDS = frozenset({"status", "relationship_stage", "preferred_channel", "civility"})


def _clip(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines() if line.strip()]
    clipped = [
        line if len(line) <= VALUE_LINE_MAX else line[: VALUE_LINE_MAX - 1] + "…"
        for line in lines[:VALUE_LINES_MAX]
    ]
    if len(lines) > VALUE_LINES_MAX:
        clipped[-1] = clipped[-1].rstrip("…") + " …"
    return "\n".join(clipped)


class MergeDialog(QDialog):
    """Side-by-side merge of two contacts or two companies; never blocks (``open()``)."""

    #: The records were merged: the survivor's id and the batch (to undo it).
    merged = Signal(str, str)

    def __init__(self, db: Database, preview: MergePreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.db = db
        self.preview = preview
        self.kind = preview.kind
        self.setWindowTitle(
            self.tr("Merge two contacts")
            if self.kind == "contact"
            else self.tr("Merge two companies")
        )
        self.setSizeGripEnabled(True)
        #: Field key -> its button group (ids: 0 = A, 1 = B, 2 = both).
        self.groups: dict[str, QButtonGroup] = {}
        #: Field key -> the row's widgets (label and choices), for styling and tests.
        self.rows: dict[str, list[QWidget]] = {}
        self._build()
        self.set_survivor(preview.suggested_survivor)
        self.resize(860, 640)

    @classmethod
    def for_records(
        cls, db: Database, kind: str, a_id: str, b_id: str, parent: QWidget | None = None
    ) -> MergeDialog:
        """The dialog for two records (raises UserError if one is gone)."""
        return cls(db, merge_preview(db, a_id, b_id, kind), parent)

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        preview = self.preview
        intro = QLabel(
            self.tr(
                "Choose, line by line, the value to keep. Everything attached to the other "
                "record moves to the one that is kept."
            ),
            self,
        )
        intro.setWordWrap(True)

        keep = QHBoxLayout()
        keep.setSpacing(16)
        keep_label = QLabel(self.tr("Keep:"), self)
        keep.addWidget(keep_label)
        self.survivor_group = QButtonGroup(self)
        self.survivor_a = QRadioButton(self)
        self.survivor_a.setObjectName("survivorA")
        self.survivor_b = QRadioButton(self)
        self.survivor_b.setObjectName("survivorB")
        for number, (button, side) in enumerate(
            ((self.survivor_a, preview.a), (self.survivor_b, preview.b))
        ):
            letter = "A" if number == 0 else "B"
            button.setText(
                self.tr("Record %1: %2 (%3)")
                .replace("%1", letter)
                .replace("%2", side.title)
                .replace("%3", self._history_text(side.counts))
            )
            self.survivor_group.addButton(button, number)
            keep.addWidget(button)
        keep.addStretch(1)
        self.survivor_group.idToggled.connect(self._survivor_toggled)

        grid_host = QWidget(self)
        grid_host.setObjectName("mergeGrid")
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self._heading(self.tr("Field")), 0, 0)
        grid.addWidget(
            self._side_heading("A", preview.a.title, preview.a.subtitle, preview.a.created_at), 0, 1
        )
        grid.addWidget(
            self._side_heading("B", preview.b.title, preview.b.subtitle, preview.b.created_at), 0, 2
        )
        line = QFrame(grid_host)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, 1, 0, 1, 4)
        for row, item in enumerate(preview.fields, start=2):
            self._add_row(grid, row, item)
        grid.setRowStretch(len(preview.fields) + 2, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("mergeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(grid_host)

        self.take_a = QPushButton(self.tr("Take all from A"), self)
        self.take_a.setObjectName("takeAllA")
        self.take_a.setToolTip(self.tr("Keep every value of record A that is not empty (Alt+1)"))
        self.take_a.clicked.connect(lambda: self.take_all(SIDE_A))
        self.take_b = QPushButton(self.tr("Take all from B"), self)
        self.take_b.setObjectName("takeAllB")
        self.take_b.setToolTip(self.tr("Keep every value of record B that is not empty (Alt+2)"))
        self.take_b.clicked.connect(lambda: self.take_all(SIDE_B))
        for button in (self.take_a, self.take_b):
            button.setAutoDefault(False)
        QShortcut(QKeySequence("Alt+1"), self, activated=lambda: self.take_all(SIDE_A))
        QShortcut(QKeySequence("Alt+2"), self, activated=lambda: self.take_all(SIDE_B))
        self.differences = QLabel(self)
        self.differences.setObjectName("differences")
        count = sum(1 for item in preview.fields if not item.same)
        self.differences.setText(self.tr("%n field(s) differ", "", count))
        takes = QHBoxLayout()
        takes.addWidget(self.take_a)
        takes.addWidget(self.take_b)
        takes.addStretch(1)
        takes.addWidget(self.differences)

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("font-weight: 600;")

        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.do_merge)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(keep)
        layout.addWidget(scroll, 1)
        layout.addLayout(takes)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet("font-weight: 600;")
        return label

    def _side_heading(self, letter: str, title: str, subtitle: str, created: datetime) -> QLabel:
        text = self.tr("%1 — %2").replace("%1", letter).replace("%2", title)
        lines = [text, *subtitle.split(" · "), self._created_text(created)]
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText("\n".join(line for line in lines if line))
        label.setStyleSheet("font-weight: 600;")
        label.setWordWrap(True)
        return label

    def _created_text(self, created: datetime) -> str:
        return self.tr("created %1").replace("%1", fmt.date_text(created))

    def _add_row(self, grid: QGridLayout, row: int, item: MergeField) -> None:
        label = QLabel(self._field_label(item), self)
        label.setObjectName(f"label_{item.key}")
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        group = QButtonGroup(self)
        group.setObjectName(f"group_{item.key}")
        widgets: list[QWidget] = [label]
        empty = self.tr("(empty)")
        for column, side in ((1, 0), (2, 1)):
            value = item.values[side]
            text = self._value_text(item, value, item.texts[side])
            button = QRadioButton(_clip(text) if text else empty, self)
            button.setObjectName(f"choice_{item.key}_{'ab'[side]}")
            button.setToolTip(text if text else self.tr("No value"))
            button.setAccessibleName(label.text() + ": " + (text or empty))
            group.addButton(button, side)
            widgets.append(button)
            if column == 2 and item.combinable:
                both = QRadioButton(self.tr("Both"), self)
                both.setObjectName(f"choice_{item.key}_both")
                both.setToolTip(self.tr("Keep both texts, one after the other"))
                group.addButton(both, 2)
                cell = QWidget(self)
                cell_layout = QVBoxLayout(cell)
                cell_layout.setContentsMargins(0, 0, 0, 0)
                cell_layout.setSpacing(2)
                cell_layout.addWidget(button)
                cell_layout.addWidget(both)
                widgets.append(both)
                grid.addWidget(cell, row, column)
            else:
                grid.addWidget(button, row, column)
        grid.addWidget(label, row, 0)
        pick = {SIDE_A: 0, SIDE_B: 1, BOTH: 2}[item.suggestion]
        chosen = group.button(pick)
        if chosen is not None:
            chosen.setChecked(True)
        if item.same:
            for widget in widgets:
                widget.setEnabled(False)
                widget.setStyleSheet(f"color: {IDENTICAL_COLOR};")
        else:
            for widget in widgets:
                widget.setAutoFillBackground(False)
                widget.setStyleSheet(
                    f"background: {DIFFERENT_BACKGROUND}; padding: 3px 4px; border-radius: 3px;"
                )
        self.groups[item.key] = group
        self.rows[item.key] = widgets

    def _field_label(self, item: MergeField) -> str:
        if item.custom:
            return item.name
        labels = {
            "name": self.tr("Name"),
            "address": self.tr("Address"),
            "delivery_address": self.tr("Delivery address"),
            "legal_name": self.tr("Legal name"),
            "siren": self.tr("SIREN"),
            "siret": self.tr("SIRET"),
            "vat_number": self.tr("VAT number"),
            "sector": self.tr("Sector"),
            "size": self.tr("Headcount"),
            "website": self.tr("Website"),
        }
        return labels.get(item.key) or fmt.field_label(item.key)

    def _value_text(self, item: MergeField, value: Any, text: str) -> str:
        if not text:
            return ""
        if item.key in CODED_FIELDS:
            return fmt.code_label(item.key, value)
        if isinstance(value, date | datetime):
            return fmt.date_text(value)
        if item.field_type == "date" and isinstance(value, str):
            try:
                return fmt.date_text(date.fromisoformat(value))
            except ValueError:
                return text
        if isinstance(value, bool):
            return fmt.yes_no(value)
        return text

    def _history_text(self, counts: Any) -> str:
        parts = [
            self.tr("%n interaction(s)", "", counts.interactions),
            self.tr("%n order(s)", "", counts.orders),
        ]
        if counts.deals:
            parts.append(self.tr("%n deal(s)", "", counts.deals))
        if self.kind == "company":
            parts.append(self.tr("%n contact(s)", "", counts.contacts))
        return ", ".join(parts)

    # -- state ----------------------------------------------------------------------------

    def survivor(self) -> str:
        """SIDE_A or SIDE_B: the record that is kept."""
        return SIDE_B if self.survivor_b.isChecked() else SIDE_A

    def set_survivor(self, side: str) -> None:
        (self.survivor_b if side == SIDE_B else self.survivor_a).setChecked(True)
        self._update_summary()

    def pick(self, key: str) -> str:
        """The side chosen for a field: SIDE_A, SIDE_B or BOTH."""
        group = self.groups[key]
        return {0: SIDE_A, 1: SIDE_B, 2: BOTH}.get(group.checkedId(), SIDE_A)

    def set_pick(self, key: str, side: str) -> None:
        button = self.groups[key].button({SIDE_A: 0, SIDE_B: 1, BOTH: 2}[side])
        if button is not None:
            button.setChecked(True)

    def picks(self) -> dict[str, str]:
        return {key: self.pick(key) for key in self.groups}

    @Slot()
    def take_all(self, side: str) -> None:
        """Every field from ``side`` where it has a value (the other's value elsewhere)."""
        index = 0 if side == SIDE_A else 1
        for item in self.preview.fields:
            if item.same:
                continue
            if item.texts[index]:
                self.set_pick(item.key, side)
            else:
                self.set_pick(item.key, SIDE_B if side == SIDE_A else SIDE_A)

    @Slot(int, bool)
    def _survivor_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._update_summary()

    def _update_summary(self) -> None:
        survivor = self.preview.side(self.survivor())
        other = self.preview.side(SIDE_B if self.survivor() == SIDE_A else SIDE_A)
        counts = self.preview.moving(self.survivor())
        parts = []
        for count, text in (
            (counts.contacts, self.tr("%n contact(s)", "", counts.contacts)),
            (counts.interactions, self.tr("%n interaction(s)", "", counts.interactions)),
            (counts.orders, self.tr("%n order(s)", "", counts.orders)),
            (counts.deals, self.tr("%n deal(s)", "", counts.deals)),
            (counts.tasks, self.tr("%n task(s)", "", counts.tasks)),
            (counts.tags, self.tr("%n tag(s)", "", counts.tags)),
            (counts.consents, self.tr("%n consent(s)", "", counts.consents)),
            (counts.campaigns, self.tr("%n campaign(s)", "", counts.campaigns)),
        ):
            if count:
                parts.append(text)
        if not parts:
            moving = self.tr("Nothing else is attached to “%1”.").replace("%1", other.title)
        else:
            listed = (
                parts[0]
                if len(parts) == 1
                else (
                    self.tr("%1 and %2")
                    .replace("%1", ", ".join(parts[:-1]))
                    .replace("%2", parts[-1])
                )
            )
            moving = (
                self.tr("Moving to “%1”: %2.").replace("%1", survivor.title).replace("%2", listed)
            )
        ending = self.tr("“%1” will be deleted; the merge can be undone (Ctrl+Z).").replace(
            "%1", other.title
        )
        self.summary.setText(f"{moving} {ending}")

    # -- merging --------------------------------------------------------------------------

    @Slot()
    def do_merge(self) -> None:
        survivor = self.survivor()
        survivor_id = self.preview.side(survivor).id
        other_id = self.preview.side(SIDE_B if survivor == SIDE_A else SIDE_A).id
        choices = self.preview.choices(survivor, self.picks())
        try:
            result = merge(self.db, self.kind, survivor_id, other_id, choices)
        except UserError as error:
            show_error(self, error)
            return
        self.accept()
        self.merged.emit(result.survivor_id, result.batch_id)


__all__ = ["MergeDialog"]
