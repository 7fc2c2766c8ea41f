"""Custom fields in lists: their columns, the header's show/hide menu, a filter control.

Reused by every list that shows records with custom fields (contacts, companies, deals):

- :func:`custom_text` / :func:`custom_alignment` show a stored value in a cell;
- :class:`HeaderColumns` gives a table's header a context menu to show or hide columns,
  and remembers the columns' widths, order, visibility and the sorted column *by key*
  (so the state survives custom fields being added or removed);
- :class:`CustomFilterBar` is a "More filters" button opening a small popup (field,
  operator, value) and the active filters shown as removable chips; ``filters()`` gives
  the ``CustomFilter`` tuple for the list's query, ``filtersChanged`` says when to search
  again.

A list model with custom columns names them "custom:<key>" (``CustomField.column``), the
sort key the services know.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.custom_fields import (
    BETWEEN,
    CONTAINS,
    EMPTY,
    EQUALS,
    GREATER,
    LESS,
    NO,
    NO_VALUE,
    NOT_EMPTY,
    OPERATORS,
    YES,
    CustomField,
    CustomFilter,
    parse_number,
    typed_value,
)
from ui import formatting as fmt
from ui.i18n import settings
from ui.icons import icon
from ui.record_file import FlowLayout

CUSTOM_PREFIX = "custom:"


def optional_icon(*names: str) -> QIcon:
    """The first of these icons that exists (others may not be drawn yet)."""
    for name in names:
        try:
            return icon(name)
        except KeyError:
            continue
    return QIcon()


# -- showing values -----------------------------------------------------------------------


def custom_text(field_type: str, value: Any) -> str:
    """A stored custom value as the user reads it: "1 234,5", "31/12/2025", "yes"…"""
    if value is None or value == "":
        return ""
    typed = typed_value(CustomField("", "", field_type, (), 0), value)
    if isinstance(typed, bool):
        return fmt.yes_no(typed)
    if isinstance(typed, date):
        return fmt.date_text(typed)
    if isinstance(typed, int | float):
        decimals = 0 if float(typed).is_integer() else 2
        text = fmt.number(typed, decimals)
        return text.rstrip("0").rstrip(QLocale().decimalPoint()) if decimals else text
    return str(typed)


def custom_alignment(field_type: str) -> Qt.AlignmentFlag | None:
    if field_type == "number":
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return None


def operator_label(op: str, field_type: str) -> str:
    """The operator as the filter popup lists it."""
    translate = QCoreApplication.translate
    dated = field_type == "date"
    if op == CONTAINS:
        return translate("CustomFilterBar", "contains")
    if op == EQUALS:
        if field_type in ("choice", "text"):
            return translate("CustomFilterBar", "is")
        return translate("CustomFilterBar", "equals")
    if op == EMPTY:
        return translate("CustomFilterBar", "is empty")
    if op == NOT_EMPTY:
        return translate("CustomFilterBar", "is filled in")
    if op == LESS:
        if dated:
            return translate("CustomFilterBar", "before")
        return translate("CustomFilterBar", "less than")
    if op == GREATER:
        if dated:
            return translate("CustomFilterBar", "after")
        return translate("CustomFilterBar", "more than")
    if op == BETWEEN:
        return translate("CustomFilterBar", "between")
    if op == YES:
        return translate("CustomFilterBar", "is yes")
    if op == NO:
        return translate("CustomFilterBar", "is no")
    return op


def _value_text(field: CustomField, value: Any) -> str:
    if field.field_type in ("number", "date"):
        return custom_text(field.field_type, value)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def filter_text(field: CustomField, condition: CustomFilter) -> str:
    """A filter in a few words, for its chip: "Pointure more than 40"."""
    op = operator_label(condition.op, field.field_type)
    if condition.op in NO_VALUE:
        return f"{field.label} {op}"
    if condition.op == BETWEEN:
        low, high = condition.value
        if low is None or low == "":
            return (
                QCoreApplication.translate("CustomFilterBar", "{field} up to {high}")
                .replace("{field}", field.label)
                .replace("{high}", _value_text(field, high))
            )
        if high is None or high == "":
            return (
                QCoreApplication.translate("CustomFilterBar", "{field} from {low}")
                .replace("{field}", field.label)
                .replace("{low}", _value_text(field, low))
            )
        return (
            QCoreApplication.translate("CustomFilterBar", "{field} between {low} and {high}")
            .replace("{field}", field.label)
            .replace("{low}", _value_text(field, low))
            .replace("{high}", _value_text(field, high))
        )
    value = _value_text(field, condition.value)
    if field.field_type == "text":
        value = f"“{value}”"
    return f"{field.label} {op} {value}"


# -- the header: columns shown, widths, order, sort ---------------------------------------


class HeaderColumns(QObject):
    """A table header whose columns can be hidden (right-click) and whose state is kept.

    ``key_of(section)`` and ``title_of(key)`` come from the model; ``fixed`` columns can
    not be hidden; ``default_hidden`` says which columns start hidden. The state is saved
    under ``settings_key`` as JSON (widths, visual order, hidden columns, sorted column).
    Call :meth:`keeping` around a change of the model's columns so that the columns that
    remain keep their width, place and visibility.
    """

    changed = Signal()

    def __init__(
        self,
        table: QTableView,
        settings_key: str,
        *,
        key_of: Callable[[int], str],
        title_of: Callable[[str], str],
        fixed: Sequence[str] = (),
        default_hidden: Callable[[str], bool] = lambda key: False,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.settings_key = settings_key
        self.key_of = key_of
        self.title_of = title_of
        self.fixed = set(fixed)
        self.default_hidden = default_hidden
        #: Visibility chosen by the user, by key (others follow ``default_hidden``).
        self._chosen: dict[str, bool] = {}
        header = self.header
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._context_menu)
        self.last_menu: QMenu | None = None

    @property
    def header(self) -> QHeaderView:
        return self.table.horizontalHeader()

    def keys(self) -> list[str]:
        return [self.key_of(section) for section in range(self.header.count())]

    def section_of(self, key: str) -> int | None:
        keys = self.keys()
        return keys.index(key) if key in keys else None

    # -- visibility -------------------------------------------------------------------

    def is_visible(self, key: str) -> bool:
        if key in self.fixed:
            return True
        return self._chosen.get(key, not self.default_hidden(key))

    def set_visible(self, key: str, visible: bool) -> None:
        if key in self.fixed:
            return
        self._chosen[key] = visible
        section = self.section_of(key)
        if section is not None:
            self.header.setSectionHidden(section, not visible)
            if visible and self.header.sectionSize(section) < 30:
                self.header.resizeSection(section, self.header.defaultSectionSize())
        self.changed.emit()

    def apply_visibility(self) -> None:
        for section, key in enumerate(self.keys()):
            self.header.setSectionHidden(section, not self.is_visible(key))

    def menu(self, parent: QWidget | None = None) -> QMenu:
        """A menu listing the columns, each checked when shown."""
        menu = QMenu(parent or self.table)
        menu.setObjectName("columnsMenu")
        menu.setTitle(self.tr("&Columns"))
        custom_started = False
        for key in self.keys():
            if key.startswith(CUSTOM_PREFIX) and not custom_started:
                custom_started = True
                menu.addSeparator()
            action = QAction(self.title_of(key), menu)
            action.setObjectName(f"column:{key}")
            action.setCheckable(True)
            action.setChecked(self.is_visible(key))
            action.setEnabled(key not in self.fixed)
            action.toggled.connect(lambda on, key=key: self.set_visible(key, on))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Show the usual columns"))
        reset.setObjectName("resetColumns")
        reset.triggered.connect(self.reset)
        return menu

    def reset(self) -> None:
        self._chosen.clear()
        self.apply_visibility()
        self.changed.emit()

    def _context_menu(self, position: QPoint) -> None:
        menu = self.menu(self.header)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_menu = menu
        menu.popup(self.header.viewport().mapToGlobal(position))

    # -- state --------------------------------------------------------------------------

    def capture(self) -> dict[str, Any]:
        header = self.header
        keys = self.keys()
        order = [keys[header.logicalIndex(visual)] for visual in range(header.count())]
        widths = {
            key: header.sectionSize(section)
            for section, key in enumerate(keys)
            if not header.isSectionHidden(section)
        }
        sort_section = header.sortIndicatorSection()
        sort = None
        if 0 <= sort_section < len(keys):
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            sort = [keys[sort_section], descending]
        return {
            "order": order,
            "widths": widths,
            "visible": dict(self._chosen),
            "sort": sort,
        }

    def apply(self, state: dict[str, Any], *, sort: bool = True) -> None:
        header = self.header
        keys = self.keys()
        self._chosen.update(
            {k: bool(v) for k, v in (state.get("visible") or {}).items() if isinstance(k, str)}
        )
        order = [key for key in state.get("order") or [] if key in keys]
        for target, key in enumerate(order):
            section = keys.index(key)
            current = header.visualIndex(section)
            if current != target:
                header.moveSection(current, target)
        for key, width in (state.get("widths") or {}).items():
            if key in keys and isinstance(width, int) and width > 0:
                header.resizeSection(keys.index(key), width)
        self.apply_visibility()
        chosen = state.get("sort")
        if sort and chosen and chosen[0] in keys:
            order_flag = Qt.SortOrder.DescendingOrder if chosen[1] else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(keys.index(chosen[0]), order_flag)

    @contextmanager
    def keeping(self) -> Iterator[None]:
        """Keep widths, order, visibility and sort across a change of the model's columns."""
        state = self.capture()
        yield
        sorted_key = state.get("sort")
        if sorted_key and sorted_key[0] not in self.keys():
            # The sorted column is gone (a custom field deleted): back to the first one.
            state["sort"] = [self.key_of(0), False] if self.header.count() else None
        self.apply(state)

    def save(self) -> None:
        settings().setValue(self.settings_key, json.dumps(self.capture()))

    def restore(self) -> bool:
        """Apply the saved state; False if there was none."""
        raw = settings().value(self.settings_key)
        if not raw:
            self.apply_visibility()
            return False
        try:
            state = json.loads(str(raw))
        except ValueError:
            self.apply_visibility()
            return False
        if not isinstance(state, dict):
            return False
        self.apply(state)
        return True


# -- the filter control -------------------------------------------------------------------


class CustomFilterPopup(QFrame):
    """The small popup of "More filters": a field, an operator, a value; Add (Enter)."""

    added = Signal(object)

    def __init__(self, fields: Sequence[CustomField], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("customFilterPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.fields = list(fields)

        self.field = QComboBox(self)
        self.field.setObjectName("filterField")
        for field in self.fields:
            self.field.addItem(field.label, field.key)
        self.operator = QComboBox(self)
        self.operator.setObjectName("filterOperator")

        self.text_value = QLineEdit(self)
        self.text_value.setObjectName("filterText")
        self.choice_value = QComboBox(self)
        self.choice_value.setObjectName("filterChoice")
        self.low = QLineEdit(self)
        self.low.setObjectName("filterLow")
        self.high = QLineEdit(self)
        self.high.setObjectName("filterHigh")
        self.low_date = self._date_edit("filterLowDate")
        self.high_date = self._date_edit("filterHighDate")
        self.and_label = QLabel(self.tr("and"), self)
        self.and_date_label = QLabel(self.tr("and"), self)

        # The value editors: none, text (or one number), a choice, two numbers, dates.
        self.values = QStackedWidget(self)
        self.values.addWidget(QWidget(self))
        self.values.addWidget(self.text_value)
        self.values.addWidget(self.choice_value)
        self.values.addWidget(self._pair(self.low, self.and_label, self.high))
        self.values.addWidget(self._pair(self.low_date, self.and_date_label, self.high_date))

        self.error = QLabel(self)
        self.error.setObjectName("filterError")
        self.error.setStyleSheet("color: #c53030;")
        self.error.hide()
        self.add_button = QPushButton(icon("new"), self.tr("&Add filter"), self)
        self.add_button.setObjectName("addFilter")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)

        form = QFormLayout()
        form.addRow(self.tr("Field:"), self.field)
        form.addRow(self.tr("Condition:"), self.operator)
        form.addRow(self.tr("Value:"), self.values)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(360)

        self.field.currentIndexChanged.connect(self._field_chosen)
        self.operator.currentIndexChanged.connect(self._operator_chosen)
        for edit in (self.text_value, self.low, self.high):
            edit.returnPressed.connect(self.add)
        self._field_chosen()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate(), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        return edit

    def _pair(self, first: QWidget, middle: QLabel, second: QWidget) -> QWidget:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first, 1)
        row.addWidget(middle)
        row.addWidget(second, 1)
        return holder

    def current_field(self) -> CustomField | None:
        index = self.field.currentIndex()
        return self.fields[index] if 0 <= index < len(self.fields) else None

    def _field_chosen(self) -> None:
        field = self.current_field()
        self.operator.blockSignals(True)
        self.operator.clear()
        if field is not None:
            for op in OPERATORS.get(field.field_type, ()):
                self.operator.addItem(operator_label(op, field.field_type), op)
            self.choice_value.clear()
            for choice in field.choices:
                self.choice_value.addItem(choice, choice)
        self.operator.blockSignals(False)
        self._operator_chosen()

    def _operator_chosen(self) -> None:
        field = self.current_field()
        op = self.operator.currentData()
        self.error.hide()
        if field is None or op in NO_VALUE or op is None:
            page = 0
        elif field.field_type == "choice":
            page = 2
        elif field.field_type == "date":
            page = 4
        elif op == BETWEEN:
            page = 3
        else:
            page = 1
        self.values.setCurrentIndex(page)
        between = op == BETWEEN
        self.and_date_label.setVisible(between)
        self.high_date.setVisible(between)
        placeholder = ""
        if field is not None and field.field_type == "number":
            placeholder = QLocale().toString(1234.5, "f", 1)
        self.text_value.setPlaceholderText(placeholder)

    def _number(self, text: str) -> float | int | None:
        text = text.strip()
        if not text:
            return None
        number, ok = QLocale().toDouble(text)
        if ok:
            return int(number) if number.is_integer() else number
        return parse_number(text)

    def condition(self) -> CustomFilter:
        """The filter as chosen; ValueError (with a message to show) when incomplete."""
        field = self.current_field()
        if field is None:
            raise ValueError(self.tr("There is no custom field to filter on."))
        op = str(self.operator.currentData())
        if op in NO_VALUE:
            return CustomFilter(field.key, op)
        kind = field.field_type
        if kind == "choice":
            value = self.choice_value.currentData()
            if value is None:
                raise ValueError(self.tr("Choose a value."))
            return CustomFilter(field.key, op, value)
        if kind == "date":
            low = _pydate(self.low_date.date())
            if op == BETWEEN:
                high = _pydate(self.high_date.date())
                if high < low:
                    low, high = high, low
                return CustomFilter(field.key, op, (low, high))
            return CustomFilter(field.key, op, low)
        if kind == "number":
            try:
                if op == BETWEEN:
                    low_n, high_n = self._number(self.low.text()), self._number(self.high.text())
                    if low_n is None and high_n is None:
                        raise ValueError
                    return CustomFilter(field.key, op, (low_n, high_n))
                number = self._number(self.text_value.text())
                if number is None:
                    raise ValueError
            except ValueError:
                raise ValueError(self.tr("Type a number, e.g. 12,5.")) from None
            return CustomFilter(field.key, op, number)
        text = " ".join(self.text_value.text().split())
        if not text:
            raise ValueError(self.tr("Type the text to look for."))
        return CustomFilter(field.key, op, text)

    def add(self) -> None:
        try:
            condition = self.condition()
        except ValueError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.added.emit(condition)
        self.close()


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CustomFilterBar(QWidget):
    """The active custom filters as chips (✕ removes one), and the "More filters" button.

    Put ``button`` where the list's filters are and the bar itself under them (it hides
    itself while no filter is active).
    """

    filtersChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customFilterBar")
        self._fields: list[CustomField] = []
        self._filters: list[CustomFilter] = []
        self.popup: CustomFilterPopup | None = None
        self.button = QToolButton(parent)
        self.button.setObjectName("moreFilters")
        self.button.setIcon(optional_icon("filter", "search"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.button.clicked.connect(self.open_popup)
        self.chips = FlowLayout(self, spacing=6)
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.setStyleSheet(
            "QWidget#filterChip { background: #eef2f7; border: 1px solid #c5d0dc;"
            " border-radius: 11px; }"
            " QWidget#filterChip QLabel { color: #22313f; }"
            " QWidget#filterChip QToolButton { border: none; color: #22313f; font-weight: 700;"
            " padding: 0 3px; }"
            " QWidget#filterChip QToolButton:hover { color: #b84a00; }"
        )
        self._update()

    # -- what the list asks -----------------------------------------------------------

    def set_fields(self, fields: Sequence[CustomField]) -> None:
        """The fields one can filter on; filters on fields gone are dropped."""
        self._fields = list(fields)
        keys = {f.key: f for f in fields}
        kept = [
            f for f in self._filters if f.key in keys and f.op in OPERATORS[keys[f.key].field_type]
        ]
        changed = kept != self._filters
        self._filters = kept
        self._update()
        if changed:
            self.filtersChanged.emit()

    def fields(self) -> list[CustomField]:
        return list(self._fields)

    def filters(self) -> tuple[CustomFilter, ...]:
        return tuple(self._filters)

    def set_filters(self, filters: Sequence[CustomFilter], *, notify: bool = True) -> None:
        self._filters = list(filters)
        self._update()
        if notify:
            self.filtersChanged.emit()

    def add_filter(self, condition: CustomFilter) -> None:
        if condition in self._filters:
            return
        # One condition per field and operator: a new one replaces the old.
        self._filters = [f for f in self._filters if (f.key, f.op) != (condition.key, condition.op)]
        self._filters.append(condition)
        self._update()
        self.filtersChanged.emit()

    def remove_filter(self, index: int) -> None:
        if 0 <= index < len(self._filters):
            del self._filters[index]
            self._update()
            self.filtersChanged.emit()

    def clear(self, *, notify: bool = True) -> None:
        if self._filters:
            self._filters = []
            self._update()
            if notify:
                self.filtersChanged.emit()

    # -- the popup and the chips --------------------------------------------------------

    def open_popup(self) -> CustomFilterPopup | None:
        if not self._fields:
            return None
        popup = CustomFilterPopup(self._fields, self.button.window())
        popup.added.connect(self.add_filter)
        popup.destroyed.connect(lambda: setattr(self, "popup", None))
        self.popup = popup
        popup.adjustSize()
        below = self.button.mapToGlobal(QPoint(0, self.button.height() + 2))
        popup.move(below)
        popup.show()
        popup.field.setFocus(Qt.FocusReason.PopupFocusReason)
        return popup

    def _update(self) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        by_key = {f.key: f for f in self._fields}
        for index, condition in enumerate(self._filters):
            field = by_key.get(condition.key)
            if field is not None:
                self.chips.addWidget(self._chip(index, filter_text(field, condition)))
        count = len(self._filters)
        if count:
            self.button.setText(self.tr("More filters (%1)").replace("%1", str(count)))
        else:
            self.button.setText(self.tr("More filters"))
        keys = self.button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.button.setToolTip(
            self.tr("Filter on the custom fields (%1)").replace("%1", keys)
            if self._fields
            else self.tr("No custom field yet: add some in Settings ▸ Custom fields")
        )
        self.button.setEnabled(bool(self._fields))
        self.button.setVisible(bool(self._fields) or bool(self._filters))
        self.setVisible(bool(self._filters))

    def _chip(self, index: int, text: str) -> QWidget:
        chip = QWidget(self)
        chip.setObjectName("filterChip")
        chip.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(chip)
        row.setContentsMargins(10, 2, 4, 2)
        row.setSpacing(4)
        label = QLabel(text, chip)
        label.setObjectName("filterChipLabel")
        label.setTextFormat(Qt.TextFormat.PlainText)
        close = QToolButton(chip)
        close.setObjectName("filterChipRemove")
        close.setText("\u2715")
        close.setToolTip(self.tr("Remove this filter"))
        close.setCursor(Qt.CursorShape.PointingHandCursor)
        close.clicked.connect(lambda: self.remove_filter(index))
        row.addWidget(label)
        row.addWidget(close)
        return chip


__all__ = [
    "CustomFilterBar",
    "CustomFilterPopup",
    "HeaderColumns",
    "custom_alignment",
    "custom_text",
    "filter_text",
    "operator_label",
    "optional_icon",
]
