"""The import wizard: a spreadsheet, a CSV file or an address book into the database.

Steps (a list on the left shows where the user is):

1. **File** — what to import (contacts, companies, products, orders, interactions, deals)
   and from which file (Browse…, or drop a file onto the wizard);
2. **Sheet** — which sheet of a workbook (hidden sheets are marked; skipped when there is
   only one);
3. **Header row** — detected by the engine, correctable; a grid shows the first rows and
   a click on a row makes it the header;
4. **Columns** — each column of the file goes to a field of the kind or is ignored;
   guessed from the headers, savable as a named preset; required fields are flagged;
5. **Check** — the first rows validated as the import will: valid, or rejected with the
   reason;
6. **Duplicates** — skip, update or merge the records already in the database, matched
   on the external reference, the e-mail or the phone; when records will change, a diff
   lists each record, field, old and new value;
7. **Import** — in the background (``ui.jobs.JobManager``, one writer) with a progress
   bar and Cancel; the import is one batch: all of it or nothing;
8. **Summary** — counts, the rejected rows (savable as .xlsx), "Undo this import" and
   "Show the imported contacts".

The wizard drives the engine of ``app.exchange`` only (``sources``, ``mapping``,
``importer``); it never blocks (``open()``/``show()``), every button has a mnemonic and
Enter goes to the next step. Errors of the engine (``ExchangeError``, ``UserError``) are
shown with ``ui.errors.show_error`` in the user's language.

The main window opens it with ``ImportWizard(db, jobs, parent, kind=..., path=...)`` and
``open()``, and connects ``imported(batch_id, kind)`` (refresh the panes),
``undone(batch_id)`` and ``showContactsRequested(ids, title)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.database import Database
from ui import formatting as fmt
from ui.errors import ask, show_error, translate_template
from ui.icons import icon
from ui.jobs import Job, JobManager

#: What can be imported, in the order the combo lists them.
KINDS = ("contacts", "companies", "products", "orders", "interactions", "deals")
KIND_LABELS = {
    "contacts": QT_TRANSLATE_NOOP("ImportWizard", "Contacts"),
    "companies": QT_TRANSLATE_NOOP("ImportWizard", "Companies"),
    "products": QT_TRANSLATE_NOOP("ImportWizard", "Products"),
    "orders": QT_TRANSLATE_NOOP("ImportWizard", "Orders (sales, invoices)"),
    "interactions": QT_TRANSLATE_NOOP("ImportWizard", "Interactions (calls, visits…)"),
    "deals": QT_TRANSLATE_NOOP("ImportWizard", "Deals"),
}
#: The fields records are matched on to find those already in the database.
MATCH_LABELS = {
    "external_ref": QT_TRANSLATE_NOOP("ImportWizard", "External reference (customer number…)"),
    "email": QT_TRANSLATE_NOOP("ImportWizard", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
}
FILE_PATTERNS = "*.xlsx *.xlsm *.csv *.txt *.tsv *.vcf"
#: Rows of the file shown on the header step, and rows checked on the check step.
RAW_PREVIEW_ROWS = 30
CHECK_ROWS = 200
SHEET_PREVIEW_ROWS = 12
#: Rejected rows listed on the summary (all of them go into the saved file).
SUMMARY_REJECTS = 1000
CELL_MAX = 80
ERROR_COLOR = "#b42318"
SUCCESS_COLOR = "#05603a"
MUTED_COLOR = "#667085"
HEADER_BACKGROUND = "#dbe8f6"
REJECTED_BACKGROUND = "#fdecea"
CHANGED_BACKGROUND = "#fff4d6"
REJECT = "reject"
STEP_FILE, STEP_SHEET, STEP_HEADER, STEP_MAPPING = 0, 1, 2, 3
STEP_CHECK, STEP_DUPLICATES, STEP_IMPORT, STEP_SUMMARY = 4, 5, 6, 7


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("ImportWizard", KIND_LABELS.get(kind, kind))


def cell_text(value: object) -> str:
    """A cell of the file as people read it (dates in the locale, 12.0 as 12)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return fmt.yes_no(value)
    if isinstance(value, datetime):
        if value.hour == value.minute == value.second == 0:
            return fmt.date_text(value.date())
        if value.tzinfo is None:
            return value.strftime("%Y-%m-%d %H:%M")
        return fmt.datetime_text(value)
    if isinstance(value, date):
        return fmt.date_text(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = " ".join(str(value).split())
    return text if len(text) <= CELL_MAX else text[: CELL_MAX - 1] + "…"


def column_letter(index: int) -> str:
    """A, B, … Z, AA… as spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def message_text(message: object) -> str:
    """A message of the engine (a template and its parameters) in the user's language."""
    if message is None:
        return ""
    if isinstance(message, str):
        return translate_template(message, {})
    if isinstance(message, tuple) and len(message) == 2 and isinstance(message[0], str):
        return translate_template(message[0], dict(message[1] or {}))
    template = getattr(message, "template", None)
    if isinstance(template, str):
        return translate_template(template, dict(getattr(message, "params", None) or {}))
    return str(message)


def value_text(field: str, value: object) -> str:
    """A value of a record as people read it: the label of a stored code, "—" for none."""
    text = cell_text(value)
    if not text:
        return "—"
    return fmt.code_label(field, text) or text


def field_text(spec: Any) -> str:
    """The label of a field of the engine (marked in the "exchange" context)."""
    return QCoreApplication.translate("exchange", spec.label)


def _table(name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)
    return table


def _item(text: str, tooltip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip if tooltip is not None else text)
    return item


def fill_grid(table: QTableWidget, rows: Sequence[Sequence[object]]) -> None:
    """Show raw rows of a file, columns named A, B, C… as in a spreadsheet."""
    width = max((len(row) for row in rows), default=0)
    table.clear()
    table.setColumnCount(width)
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels([column_letter(i) for i in range(width)])
    for r, row in enumerate(rows):
        for c in range(width):
            table.setItem(r, c, _item(cell_text(row[c]) if c < len(row) else ""))
    table.resizeColumnsToContents()
    for column in range(width):
        table.setColumnWidth(column, min(table.columnWidth(column), 220))


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED_COLOR};")
    return label


# --- the pages ---------------------------------------------------------------------------


class WizardPage(QWidget):
    """One step: ``enter()`` when shown, ``is_complete()`` for Next, ``leave()`` on Next."""

    completeChanged = Signal()

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard = wizard

    def title(self) -> str:
        return ""

    def subtitle(self) -> str:
        return ""

    def enter(self) -> None:
        """The page is shown (after Next or Back)."""

    def is_complete(self) -> bool:
        return True

    def leave(self) -> bool:
        """Next was pressed: check and keep what the page holds; False stays here."""
        return True


class FilePage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.setPlaceholderText(self.tr("Choose a file, or drop it here"))
        self.path_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setObjectName("browseButton")
        self.browse_button.setToolTip(self.tr("Choose the file to import (Ctrl+O)"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        kind_label_widget = QLabel(self.tr("&What do you import?"))
        kind_label_widget.setBuddy(self.kind_combo)
        form.addRow(kind_label_widget, self.kind_combo)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)

        self.drop_zone = QLabel(
            self.tr("Drop an Excel workbook (.xlsx), a CSV file or a vCard file (.vcf) here")
        )
        self.drop_zone.setObjectName("dropZone")
        self.drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_zone.setWordWrap(True)
        self.drop_zone.setMinimumHeight(110)
        self.drop_zone.setStyleSheet(
            f"QLabel#dropZone {{ border: 2px dashed #b0bac5; border-radius: 8px;"
            f" color: {MUTED_COLOR}; padding: 16px; }}"
        )
        hints = _muted(
            self.tr(
                "Excel files (.xlsx) may hold several sheets; CSV files written by French "
                "Excel (';' and accents) are read as they are. vCard files hold contacts. "
                "Nothing is written before the last step, and an import can be undone."
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.drop_zone)
        layout.addWidget(hints)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.browse_button.clicked.connect(self.browse)
        self.file_dialog: QFileDialog | None = None

    def title(self) -> str:
        return self.tr("Choose the file")

    def subtitle(self) -> str:
        return self.tr("What kind of records does the file hold, and where is it?")

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        index = self.kind_combo.findData(kind)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)

    def _kind_changed(self) -> None:
        self.wizard.kind = self.kind()

    def path(self) -> Path | None:
        text = self.path_edit.text().strip().strip('"')
        return Path(text).expanduser() if text else None

    def is_complete(self) -> bool:
        return self.path() is not None

    def browse(self) -> QFileDialog:
        """Open the (non-blocking) file dialog; its choice fills the path."""
        dialog = QFileDialog(self, self.tr("Import a file"))
        dialog.setObjectName("importFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [
                self.tr("Spreadsheets and address books (%1)").replace("%1", FILE_PATTERNS),
                self.tr("All files (*)"),
            ]
        )
        current = self.path()
        if current is not None and current.parent.is_dir():
            dialog.setDirectory(str(current.parent))
        dialog.fileSelected.connect(self._chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _chosen(self, path: str) -> None:
        if path:
            self.path_edit.setText(path)
            self.wizard.next_button.setFocus()

    def leave(self) -> bool:
        path = self.path()
        if path is None:
            return False
        return self.wizard.load_file(path, self.kind())


class SheetPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.sheet_list = QListWidget()
        self.sheet_list.setObjectName("sheetList")
        self.sheet_list.setStyleSheet("QListWidget#sheetList::item { padding: 5px 4px; }")
        self.sheet_list.setMaximumHeight(170)
        label = QLabel(self.tr("&Sheets of the workbook:"))
        label.setBuddy(self.sheet_list)
        self.first_rows = _table("sheetPreview", [])
        self.first_rows.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.first_rows.verticalHeader().setVisible(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.sheet_list)
        layout.addWidget(
            _muted(
                self.tr(
                    "Hidden sheets are marked: they often hold lists for drop-downs or "
                    "calculations rather than records."
                )
            )
        )
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("First rows of the sheet:")))
        layout.addWidget(self.first_rows, 1)
        self.sheet_list.currentRowChanged.connect(self.completeChanged)
        self.sheet_list.currentRowChanged.connect(self._show_first_rows)
        self.sheet_list.itemActivated.connect(lambda _item: self.wizard.next())

    def title(self) -> str:
        return self.tr("Choose the sheet")

    def subtitle(self) -> str:
        return self.tr("The workbook holds several sheets: which one holds the records?")

    def enter(self) -> None:
        wizard = self.wizard
        self.sheet_list.clear()
        chosen = 0
        for index, sheet in enumerate(wizard.sheets):
            if sheet.rows is None:
                text = sheet.name
            else:
                text = self.tr("%1 — %Ln row(s)", "", int(sheet.rows)).replace("%1", sheet.name)
            if sheet.hidden:
                text += " " + self.tr("(hidden)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, sheet.name)
            if sheet.hidden:
                item.setForeground(QColor(MUTED_COLOR))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.sheet_list.addItem(item)
            if sheet.name == wizard.sheet:
                chosen = index
            elif wizard.sheet is None and sheet.hidden and chosen == index:
                chosen = index + 1
        self.sheet_list.setCurrentRow(min(chosen, self.sheet_list.count() - 1))
        self.sheet_list.setFocus()

    def _show_first_rows(self) -> None:
        sheet = self.current_sheet()
        rows = self.wizard.first_rows(sheet, SHEET_PREVIEW_ROWS) if sheet is not None else []
        fill_grid(self.first_rows, rows)

    def current_sheet(self) -> str | None:
        item = self.sheet_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, name: str) -> None:
        for row in range(self.sheet_list.count()):
            if self.sheet_list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.sheet_list.setCurrentRow(row)

    def is_complete(self) -> bool:
        return self.sheet_list.currentItem() is not None

    def leave(self) -> bool:
        sheet = self.current_sheet()
        if sheet is None:
            return False
        return self.wizard.choose_sheet(sheet)


class HeaderPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("headerSpin")
        self.header_spin.setRange(1, RAW_PREVIEW_ROWS)
        self.detected_label = _muted()
        self.detected_label.setObjectName("detectedLabel")
        label = QLabel(self.tr("&Titles are on row:"))
        label.setBuddy(self.header_spin)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.header_spin)
        row.addSpacing(12)
        row.addWidget(self.detected_label, 1)
        self.grid = _table("rawPreview", [])
        self.grid.verticalHeader().setVisible(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setDefaultSectionSize(120)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.grid, 1)
        layout.addWidget(
            _muted(
                self.tr("Click a row to make it the row of titles; the rows above it are skipped.")
            )
        )
        self.header_spin.valueChanged.connect(self._spin_changed)
        self.grid.cellClicked.connect(lambda row, _column: self.header_spin.setValue(row + 1))

    def title(self) -> str:
        return self.tr("Find the row of titles")

    def subtitle(self) -> str:
        return self.tr("The records start below the row holding the column titles.")

    def enter(self) -> None:
        wizard = self.wizard
        rows = wizard.raw_rows
        fill_grid(self.grid, rows)
        self.header_spin.setRange(1, max(1, len(rows)))
        self.detected_label.setText(
            self.tr("Comptoir found the titles on row %1.").replace(
                "%1", str(wizard.detected_header + 1)
            )
        )
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(wizard.header_row + 1)
        self.header_spin.blockSignals(False)
        self._paint()
        self.header_spin.setFocus()
        self.header_spin.selectAll()

    def _spin_changed(self, value: int) -> None:
        self.wizard.set_header_row(value - 1)
        self._paint()

    def _paint(self) -> None:
        header = self.wizard.header_row
        bold = QFont(self.grid.font())
        bold.setBold(True)
        for r in range(self.grid.rowCount()):
            for c in range(self.grid.columnCount()):
                item = self.grid.item(r, c)
                if item is None:
                    item = QTableWidgetItem("")
                    self.grid.setItem(r, c, item)
                if r == header:
                    item.setBackground(QColor(HEADER_BACKGROUND))
                    item.setFont(bold)
                    item.setForeground(QColor("#101828"))
                elif r < header:
                    item.setBackground(QColor(0, 0, 0, 0))
                    item.setFont(self.grid.font())
                    item.setForeground(QColor("#98a2b3"))
                else:
                    item.setBackground(QColor(0, 0, 0, 0))
                    item.setFont(self.grid.font())
                    item.setForeground(QColor("#101828"))
        if 0 <= header < self.grid.rowCount():
            self.grid.scrollToItem(self.grid.item(header, 0))


class MappingPage(WizardPage):
    IGNORE = ""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.setMinimumContentsLength(18)
        self.preset_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.save_preset_button = QPushButton(self.tr("&Save as preset…"))
        self.save_preset_button.setObjectName("savePresetButton")
        self.save_preset_button.setToolTip(
            self.tr("Keep this choice of columns under a name, for the next file like this one")
        )
        self.delete_preset_button = QPushButton(self.tr("&Delete preset"))
        self.delete_preset_button.setObjectName("deletePresetButton")
        preset_label = QLabel(self.tr("&Preset:"))
        preset_label.setBuddy(self.preset_combo)
        top = QHBoxLayout()
        top.addWidget(preset_label)
        top.addWidget(self.preset_combo)
        top.addWidget(self.save_preset_button)
        top.addWidget(self.delete_preset_button)
        top.addStretch(1)
        self.table = _table(
            "mappingTable",
            [self.tr("Column of the file"), self.tr("Examples"), self.tr("Imported as")],
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.status_label = QLabel()
        self.status_label.setObjectName("mappingStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        self.combos: list[QComboBox] = []
        self.preset_combo.activated.connect(self._preset_chosen)
        self.save_preset_button.clicked.connect(self.ask_preset_name)
        self.delete_preset_button.clicked.connect(self.ask_delete_preset)
        self.name_dialog: QInputDialog | None = None

    def title(self) -> str:
        return self.tr("Match the columns")

    def subtitle(self) -> str:
        return self.tr("Say what each column of the file holds; fields marked * are required.")

    # -- building --------------------------------------------------------------------------

    def enter(self) -> None:
        wizard = self.wizard
        specs = wizard.field_specs()
        self.table.setRowCount(len(wizard.headers))
        self.combos = []
        examples = wizard.examples()
        for column, header in enumerate(wizard.headers):
            name = header or self.tr("Column %1").replace("%1", column_letter(column))
            title = _item(name)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            self.table.setItem(column, 0, title)
            sample = " · ".join(examples[column]) if column < len(examples) else ""
            self.table.setItem(column, 1, _item(sample))
            combo = QComboBox()
            combo.setObjectName(f"fieldCombo{column}")
            combo.addItem(self.tr("— Ignore —"), self.IGNORE)
            for spec in specs:
                label = field_text(spec) + (" *" if spec.required else "")
                combo.addItem(label, spec.name)
            combo.setAccessibleName(name)
            field = wizard.mapping.get(column, self.IGNORE)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            combo.currentIndexChanged.connect(self._combo_changed)
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 140), 260))
        widest = max((c.sizeHint().width() for c in self.combos), default=200)
        self.table.setColumnWidth(2, max(widest + 8, 220))
        self.reload_presets()
        self._update_status()
        if self.combos:
            self.combos[0].setFocus()

    def reload_presets(self, current: str | None = None) -> None:
        names = self.wizard.preset_names()
        self.preset_combo.blockSignals(True)
        self.preset_combo.clear()
        self.preset_combo.addItem(self.tr("(guessed from the titles)"), "")
        for name in names:
            self.preset_combo.addItem(name, name)
        index = self.preset_combo.findData(current or self.wizard.preset or "")
        self.preset_combo.setCurrentIndex(max(index, 0))
        self.preset_combo.blockSignals(False)
        self.delete_preset_button.setEnabled(bool(self.preset_combo.currentData()))

    # -- editing ---------------------------------------------------------------------------

    def set_field(self, column: int, field: str) -> None:
        """Send a column of the file to a field ("" ignores it)."""
        combo = self.combos[column]
        index = combo.findData(field)
        if index < 0:
            raise KeyError(field)
        combo.setCurrentIndex(index)

    def _combo_changed(self) -> None:
        self._read_combos()
        self._update_status()

    def _read_combos(self) -> None:
        self.wizard.mapping = {
            column: str(combo.currentData())
            for column, combo in enumerate(self.combos)
            if combo.currentData()
        }

    def problems(self) -> tuple[list[str], list[str]]:
        """(labels of required fields not mapped, labels of fields mapped twice)."""
        specs = self.wizard.field_specs()
        chosen = list(self.wizard.mapping.values())
        missing = [field_text(s) for s in specs if s.required and s.name not in chosen]
        twice = [field_text(s) for s in specs if chosen.count(s.name) > 1]
        return missing, twice

    def _update_status(self) -> None:
        missing, twice = self.problems()
        lines = []
        if missing:
            lines.append(
                self.tr("Required, not matched yet: %1.").replace("%1", ", ".join(missing))
            )
        if twice:
            lines.append(
                self.tr("Chosen for more than one column: %1.").replace("%1", ", ".join(twice))
            )
        if lines:
            self.status_label.setText("\n".join(lines))
            self.status_label.setStyleSheet(f"color: {ERROR_COLOR};")
        else:
            count = len(self.wizard.mapping)
            ignored = len(self.wizard.headers) - count
            self.status_label.setText(
                self.tr("%n column(s) imported", "", count)
                + " · "
                + self.tr("%n column(s) ignored", "", ignored)
            )
            self.status_label.setStyleSheet(f"color: {SUCCESS_COLOR};")
        for column, combo in enumerate(self.combos):
            item = self.table.item(column, 0)
            if item is not None:
                item.setForeground(QColor(MUTED_COLOR if not combo.currentData() else "#101828"))
        self.completeChanged.emit()

    def is_complete(self) -> bool:
        missing, twice = self.problems()
        return not missing and not twice and bool(self.wizard.mapping)

    # -- presets ---------------------------------------------------------------------------

    def _preset_chosen(self, _index: int) -> None:
        name = str(self.preset_combo.currentData() or "")
        self.wizard.apply_preset(name or None)
        self.enter()

    def ask_preset_name(self) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setObjectName("presetNameDialog")
        dialog.setWindowTitle(self.tr("Save as preset"))
        dialog.setLabelText(self.tr('Name of the preset (e.g. "Web shop export"):'))
        dialog.setTextValue(
            self.wizard.preset or (self.wizard.path.stem if self.wizard.path else "")
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.save_preset)
        self.name_dialog = dialog
        dialog.open()
        return dialog

    def save_preset(self, name: str) -> None:
        name = " ".join(name.split())
        if name and self.wizard.save_preset(name):
            self.reload_presets(name)

    def ask_delete_preset(self) -> QWidget | None:
        name = str(self.preset_combo.currentData() or "")
        if not name:
            return None
        return ask(
            self,
            self.tr("Delete the preset “%1”?").replace("%1", name),
            self.tr("The columns of this import stay as they are."),
            self.tr("Delete"),
            lambda: self._delete_preset(name),
            name="deletePresetQuestion",
        )

    def _delete_preset(self, name: str) -> None:
        if self.wizard.delete_preset(name):
            self.reload_presets("")


class CheckPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("checkCounts")
        self.counts_label.setWordWrap(True)
        self.only_rejected = QCheckBox(self.tr("Show only the &rejected rows"))
        self.only_rejected.setObjectName("onlyRejected")
        top = QHBoxLayout()
        top.addWidget(self.counts_label, 1)
        top.addWidget(self.only_rejected)
        self.table = _table("checkTable", [])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.note = _muted()
        layout.addWidget(self.note)
        self.only_rejected.toggled.connect(self._filter)
        self.loading = False

    def title(self) -> str:
        return self.tr("Check the rows")

    def subtitle(self) -> str:
        return self.tr(
            "Each row is checked as the import will check it; rejected rows are skipped."
        )

    def enter(self) -> None:
        self.loading = True
        self.counts_label.setText(self.tr("Checking the rows…"))
        self.table.setRowCount(0)
        self.completeChanged.emit()
        self.wizard.refresh_preview(self._show)

    def status_text(self, status: str) -> str:
        texts = {
            "create": self.tr("New"),
            "update": self.tr("Update"),
            "merge": self.tr("Merge"),
            "skip": self.tr("Skipped"),
            "reject": self.tr("Rejected"),
        }
        return texts.get(status, status)

    def _show(self, preview: Any) -> None:
        self.loading = False
        wizard = self.wizard
        columns = sorted(wizard.mapping)
        labels = [wizard.field_label(wizard.mapping[c]) for c in columns]
        headers = [self.tr("Row"), self.tr("Result"), *labels, self.tr("Reason")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        rows = list(preview.rows)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            rejected = row.status == REJECT
            self.table.setItem(r, 0, _item(str(row.row)))
            status = _item(self.status_text(row.status))
            status.setData(Qt.ItemDataRole.UserRole, row.status)
            status.setForeground(
                QColor(
                    ERROR_COLOR
                    if rejected
                    else SUCCESS_COLOR
                    if row.status != "skip"
                    else MUTED_COLOR
                )
            )
            self.table.setItem(r, 1, status)
            for offset, column in enumerate(columns):
                value = row.cells[column] if column < len(row.cells) else None
                self.table.setItem(r, 2 + offset, _item(cell_text(value)))
            reasons = " ".join(message_text(m) for m in row.messages)
            self.table.setItem(r, len(headers) - 1, _item(reasons))
            if rejected:
                for c in range(len(headers)):
                    item = self.table.item(r, c)
                    if item is not None:
                        item.setBackground(QColor(REJECTED_BACKGROUND))
        self.table.resizeColumnsToContents()
        for c in range(len(headers) - 1):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 200))
        self.table.horizontalHeader().setStretchLastSection(True)
        counts = preview.counts
        rejected = counts.get(REJECT, 0)
        valid = len(rows) - rejected
        text = (
            self.tr("%n row(s) checked", "", len(rows))
            + ": "
            + self.tr("%n valid", "", valid)
            + ", "
            + self.tr("%n rejected", "", rejected)
        )
        self.counts_label.setText(text)
        self.counts_label.setStyleSheet(f"color: {ERROR_COLOR};" if rejected else "")
        if len(rows) >= CHECK_ROWS:
            self.note.setText(
                self.tr(
                    "Only the first %1 rows are shown here; every row is checked the same way "
                    "during the import, and the summary lists every rejected row."
                ).replace("%1", fmt.number(CHECK_ROWS))
            )
        else:
            self.note.setText(
                self.tr(
                    "Rejected rows are not imported; the summary lets you save them to fix them."
                )
            )
        self._filter()
        self.completeChanged.emit()

    def _filter(self) -> None:
        only = self.only_rejected.isChecked()
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 1)
            rejected = item is not None and item.data(Qt.ItemDataRole.UserRole) == REJECT
            self.table.setRowHidden(r, only and not rejected)

    def is_complete(self) -> bool:
        return not self.loading and self.wizard.preview is not None


class DuplicatesPage(WizardPage):
    POLICIES = ("skip", "update", "merge")

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        box = self.policy_box = QGroupBox(self.tr("Records already in the database"))
        self.policy_group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        texts = {
            "skip": self.tr("&Skip them: keep the records as they are"),
            "update": self.tr("&Update them: the file's values replace the stored ones"),
            "merge": self.tr("&Merge: only fill in the fields that are empty"),
        }
        policy_layout = QVBoxLayout(box)
        for index, policy in enumerate(self.POLICIES):
            radio = QRadioButton(texts[policy])
            radio.setObjectName(f"policy_{policy}")
            self.policy_group.addButton(radio, index)
            self.radios[policy] = radio
            policy_layout.addWidget(radio)
        self.radios["skip"].setChecked(True)
        match_box = self.match_box = QGroupBox(self.tr("Recognise a record by"))
        match_layout = QVBoxLayout(match_box)
        self.match_checks: dict[str, QCheckBox] = {}
        for key, text in MATCH_LABELS.items():
            check = QCheckBox(QCoreApplication.translate("ImportWizard", text))
            check.setObjectName(f"match_{key}")
            check.setChecked(True)
            self.match_checks[key] = check
            match_layout.addWidget(check)
        match_layout.addStretch(1)
        for group in (box, match_box):
            group.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        top = QHBoxLayout()
        top.addWidget(box, 3, Qt.AlignmentFlag.AlignTop)
        top.addWidget(match_box, 2, Qt.AlignmentFlag.AlignTop)
        self.diff_label = QLabel()
        self.diff_label.setObjectName("diffLabel")
        self.diff_label.setWordWrap(True)
        self.diff_table = _table(
            "diffTable", [self.tr("Record"), self.tr("Field"), self.tr("From"), self.tr("To")]
        )
        header = self.diff_table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.whole_button = QPushButton(self.tr("Check the &whole file"))
        self.whole_button.setObjectName("wholeFileButton")
        self.whole_button.setToolTip(
            self.tr("Only the first rows are compared above; list the changes of every row")
        )
        self.whole_button.setVisible(False)
        diff_row = QHBoxLayout()
        diff_row.addWidget(self.diff_label, 1)
        diff_row.addWidget(self.whole_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(diff_row)
        layout.addWidget(self.diff_table, 1)
        #: Takes the room of the diff while it is hidden.
        self.filler = QWidget()
        layout.addWidget(self.filler, 1)
        self.whole_button.clicked.connect(self.check_whole_file)
        self.policy_group.idToggled.connect(self._policy_toggled)
        for check in self.match_checks.values():
            check.toggled.connect(self._options_changed)
        self.loading = False

    def title(self) -> str:
        return self.tr("Records already known")

    def subtitle(self) -> str:
        return self.tr("What to do with the rows that match a record already in the database.")

    def policy(self) -> str:
        return self.POLICIES[max(0, self.policy_group.checkedId())]

    def match_on(self) -> tuple[str, ...]:
        return tuple(key for key, check in self.match_checks.items() if check.isChecked())

    def set_policy(self, policy: str) -> None:
        self.radios[policy].setChecked(True)

    def enter(self) -> None:
        applies = self.wizard.policy_applies()
        available = self.wizard.match_keys()
        for key, check in self.match_checks.items():
            check.setVisible(key in available)
        self.policy_box.setEnabled(applies)
        self.match_box.setEnabled(applies)
        self._options_changed()

    def _policy_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._options_changed()

    def _options_changed(self) -> None:
        if not self.isVisible() and self.wizard.current_step() != STEP_DUPLICATES:
            return
        self.wizard.on_duplicate = self.policy()
        self.wizard.match_on = self.match_on()
        self.loading = True
        self.diff_label.setText(self.tr("Looking for the records already known…"))
        self.diff_table.setRowCount(0)
        self.completeChanged.emit()
        self.wizard.refresh_preview(self._show)

    def _show(self, preview: Any) -> None:
        self.loading = False
        counts = preview.counts
        matched = sum(counts.get(status, 0) for status in ("skip", "update", "merge"))
        self.show_changes(list(preview.changes), matched, whole=False)
        self.whole_button.setVisible(
            self.policy() != "skip"
            and self.wizard.policy_applies()
            and len(preview.rows) >= CHECK_ROWS
        )
        self.whole_button.setEnabled(True)
        self.completeChanged.emit()

    def show_changes(self, changes: list[Any], matched: int, *, whole: bool) -> None:
        """Fill the diff: each record, each field that changes, from what to what."""
        policy = self.policy()
        self.diff_table.setRowCount(len(changes))
        previous = None
        for r, change in enumerate(changes):
            shown = change.record if change.record != previous else ""
            previous = change.record
            self.diff_table.setItem(r, 0, _item(shown, change.record))
            self.diff_table.setItem(
                r, 1, _item(QCoreApplication.translate("exchange", change.label))
            )
            self.diff_table.setItem(r, 2, _item(value_text(change.field, change.old)))
            to = _item(value_text(change.field, change.new))
            to.setBackground(QColor(CHANGED_BACKGROUND))
            self.diff_table.setItem(r, 3, to)
        self.diff_table.setVisible(policy != "skip" and bool(changes))
        self.filler.setVisible(self.diff_table.isHidden())
        records = len({change.record_id for change in changes})
        if not self.wizard.policy_applies():
            text = self.tr(
                "Records already in the database (the same order number, or the same contact, "
                "date, channel and subject) are always skipped: an import never counts a sale "
                "or a call twice."
            )
        elif policy == "skip":
            text = (
                self.tr(
                    "In the whole file, %n row(s) match a known record: they will be skipped.",
                    "",
                    matched,
                )
                if whole
                else self.tr(
                    "%n row(s) of the first rows match a known record: they will be skipped.",
                    "",
                    matched,
                )
            )
        elif changes:
            text = (
                self.tr(
                    "In the whole file, %n known record(s) will change, as follows:", "", records
                )
                if whole
                else self.tr("%n known record(s) will change, as follows:", "", records)
            )
        else:
            text = self.tr("No known record will change.")
        self.diff_label.setText(text)

    def check_whole_file(self) -> None:
        """Run the import without keeping it, to list every change of the whole file."""
        self.whole_button.setEnabled(False)
        self.wizard.dry_run(self._whole_done)

    def _whole_done(self, summary: Any) -> None:
        self.show_changes(list(summary.changes), summary.updated + summary.skipped, whole=True)
        self.whole_button.setVisible(False)

    def is_complete(self) -> bool:
        return not self.loading


class ProgressPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.label = QLabel()
        self.label.setObjectName("importLabel")
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.bar.setRange(0, 0)
        self.message = _muted()
        self.cancel_button = QPushButton(self.tr("&Cancel the import"))
        self.cancel_button.setObjectName("cancelImportButton")
        self.cancel_button.setToolTip(self.tr("Stop now: nothing of this import is kept (Esc)"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addStretch(2)
        self.cancel_button.clicked.connect(self.wizard.cancel_import)

    def title(self) -> str:
        return self.tr("Importing")

    def subtitle(self) -> str:
        return self.tr("The import runs in the background; it is kept only when it finishes.")

    def enter(self) -> None:
        name = self.wizard.path.name if self.wizard.path else ""
        self.label.setText(self.tr("Importing “%1”…").replace("%1", name))
        self.bar.setRange(0, 0)
        self.message.setText("")
        self.cancel_button.setEnabled(True)
        self.cancel_button.setFocus()

    def progressed(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if message:
            self.message.setText(message_text(message))
        elif total > 0:
            self.message.setText(
                self.tr("%1 of %2 rows")
                .replace("%1", fmt.number(done))
                .replace("%2", fmt.number(total))
            )

    def is_complete(self) -> bool:
        return False


class SummaryPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.headline = QLabel()
        self.headline.setObjectName("summaryHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.headline.setFont(font)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.count_labels: dict[str, QLabel] = {}
        names = {
            "read": self.tr("Rows read"),
            "created": self.tr("Created"),
            "updated": self.tr("Updated"),
            "skipped": self.tr("Skipped"),
            "rejected": self.tr("Rejected"),
        }
        for column, (key, text) in enumerate(names.items()):
            value = QLabel("0")
            value.setObjectName(f"count_{key}")
            big = value.font()
            big.setPointSizeF(big.pointSizeF() * 1.6)
            big.setBold(True)
            value.setFont(big)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = _muted(text)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(value, 0, column)
            grid.addWidget(caption, 1, column)
            self.count_labels[key] = value
        frame = QFrame()
        frame.setObjectName("countsFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setLayout(grid)
        self.extra_label = QLabel()
        self.extra_label.setObjectName("extraLabel")
        self.extra_label.setWordWrap(True)
        self.rejects_label = QLabel()
        self.rejects_label.setObjectName("rejectsLabel")
        self.rejects_table = _table("rejectsTable", [self.tr("Row"), self.tr("Reason")])
        self.rejects_table.horizontalHeader().setStretchLastSection(True)
        self.save_button = QPushButton(self.tr("Save the &rejected rows…"))
        self.save_button.setObjectName("saveRejectsButton")
        self.save_button.setToolTip(
            self.tr(
                "An Excel file with the rejected rows and their reasons, to fix and import again"
            )
        )
        self.undo_button = QPushButton(self.tr("&Undo this import"))
        self.undo_button.setObjectName("undoImportButton")
        self.undo_button.setToolTip(self.tr("Remove everything this import created or changed"))
        self.show_button = QPushButton(self.tr("&Show the imported contacts"))
        self.show_button.setObjectName("showImportedButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.undo_button)
        self.status = QLabel()
        self.status.setObjectName("summaryStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(frame)
        layout.addWidget(self.extra_label)
        layout.addSpacing(6)
        layout.addWidget(self.rejects_label)
        layout.addWidget(self.rejects_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.filler = QWidget()
        layout.addWidget(self.filler, 1)
        self.save_button.clicked.connect(self.wizard.ask_rejects_path)
        self.undo_button.clicked.connect(self.wizard.ask_undo)
        self.show_button.clicked.connect(self.wizard.show_imported)

    def title(self) -> str:
        return self.tr("Done")

    def subtitle(self) -> str:
        return self.tr("The import is one change in the history: it can be undone, even later.")

    def extra_text(self, extra: dict[str, int]) -> str:
        """What else the import wrote: "1,234 orders, 12 new customers…"."""
        parts = []
        for key, count in extra.items():
            if not count:
                continue
            if key == "orders":
                parts.append(self.tr("%Ln order(s)", "", count))
            elif key == "credit_notes":
                parts.append(self.tr("%Ln credit note(s)", "", count))
            elif key == "lines":
                parts.append(self.tr("%Ln order line(s)", "", count))
            elif key == "contacts":
                parts.append(self.tr("%Ln new customer(s)", "", count))
            elif key == "products":
                parts.append(self.tr("%Ln new product(s)", "", count))
            elif key == "companies":
                parts.append(self.tr("%Ln new company(ies)", "", count))
        if not parts:
            return ""
        return self.tr("Written: %1.").replace("%1", ", ".join(parts))

    def enter(self) -> None:
        wizard = self.wizard
        summary = wizard.summary
        if summary is None:
            return
        for key, label in self.count_labels.items():
            label.setText(fmt.number(int(getattr(summary, key, 0) or 0)))
        self.count_labels["rejected"].setStyleSheet(
            f"color: {ERROR_COLOR};" if getattr(summary, "rejected", 0) else ""
        )
        self.headline.setText(
            self.tr("The import of “%1” is finished.").replace(
                "%1", wizard.path.name if wizard.path else ""
            )
        )
        self.extra_label.setText(self.extra_text(dict(summary.extra)))
        self.extra_label.setVisible(bool(self.extra_label.text()))
        rejects = list(getattr(summary, "rejects", []) or [])
        self.rejects_table.setRowCount(min(len(rejects), SUMMARY_REJECTS))
        for r, reject in enumerate(rejects[:SUMMARY_REJECTS]):
            self.rejects_table.setItem(r, 0, _item(str(reject.row)))
            text = (
                " ".join(message_text(m) for m in reject.messages)
                if reject.messages
                else reject.reason
            )
            self.rejects_table.setItem(r, 1, _item(text))
        self.rejects_table.resizeColumnToContents(0)
        if rejects:
            self.rejects_label.setText(self.tr("Rejected rows and why:"))
        else:
            self.rejects_label.setText(self.tr("No row was rejected."))
        self.rejects_table.setVisible(bool(rejects))
        self.filler.setVisible(not rejects)
        self.save_button.setEnabled(bool(rejects))
        self.save_button.setVisible(bool(rejects))
        batch = getattr(summary, "batch_id", None)
        self.undo_button.setEnabled(bool(batch))
        self.show_button.setVisible(wizard.kind in ("contacts", "orders", "interactions", "deals"))
        self.show_button.setText(
            self.tr("&Show the imported contacts")
            if wizard.kind == "contacts"
            else self.tr("&Show their contacts")
        )
        self.show_button.setEnabled(bool(batch))
        self.status.setText("")
        wizard.finish_button.setFocus()


# --- the wizard ---------------------------------------------------------------------------


class ImportWizard(QDialog):
    """The import wizard; never blocks (``open()``), emits ``imported`` when done."""

    #: An import was applied: its batch id and the kind of records.
    imported = Signal(str, str)
    #: The import of this batch was undone from the summary.
    undone = Signal(str)
    #: "Show the imported contacts": their ids and a title for the list.
    showContactsRequested = Signal(list, str)

    def __init__(
        self,
        db: Database,
        jobs: JobManager,
        parent: QWidget | None = None,
        *,
        kind: str = "contacts",
        path: Path | str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWindowIcon(icon("import"))
        self.setSizeGripEnabled(True)
        self.setAcceptDrops(True)
        self.db = db
        self.jobs = jobs
        self.kind = kind if kind in KINDS else "contacts"
        self.path: Path | None = None
        self.sheets: list[Any] = []
        self.sheet: str | None = None
        self.raw_rows: list[list[object]] = []
        self.detected_header = 0
        self.header_row = 0
        self.headers: list[str] = []
        self.mapping: dict[int, str] = {}
        self.preset: str | None = None
        self.on_duplicate = "skip"
        self.match_on: tuple[str, ...] = tuple(MATCH_LABELS)
        self.preview: Any = None
        self.summary: Any = None
        self.import_job: Job | None = None
        self.undo_result: Any = None
        self.rejects_dialog: QFileDialog | None = None
        self._preview_token = 0
        #: "done" or "failed" once the import job reported; None while it runs.
        self._import_outcome: str | None = None
        self._close_when_stopped = False
        self._specs_cache: dict[str, list[Any]] = {}
        self._build()
        self.file_page.set_kind(self.kind)
        if path is not None:
            self.file_page.path_edit.setText(str(path))
        self._go(STEP_FILE)

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.header_page = HeaderPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.progress_page = ProgressPage(self)
        self.summary_page = SummaryPage(self)
        self.pages: list[WizardPage] = [
            self.file_page,
            self.sheet_page,
            self.header_page,
            self.mapping_page,
            self.check_page,
            self.duplicates_page,
            self.progress_page,
            self.summary_page,
        ]
        self.steps = QListWidget()
        self.steps.setObjectName("stepList")
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.steps.setFrameShape(QFrame.Shape.NoFrame)
        self.steps.setStyleSheet(
            "QListWidget#stepList { background: #f2f4f7; padding: 10px 4px; }"
            "QListWidget#stepList::item { padding: 6px 8px; }"
        )
        step_names = [
            self.tr("File"),
            self.tr("Sheet"),
            self.tr("Row of titles"),
            self.tr("Columns"),
            self.tr("Check"),
            self.tr("Duplicates"),
            self.tr("Import"),
            self.tr("Summary"),
        ]
        for number, name in enumerate(step_names, start=1):
            self.steps.addItem(QListWidgetItem(f"{number}. {name}"))
        width = max(
            self.steps.fontMetrics().horizontalAdvance(self.steps.item(i).text())
            for i in range(self.steps.count())
        )
        self.steps.setFixedWidth(width + 48)

        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.subtitle_label = _muted()
        self.subtitle_label.setObjectName("pageSubtitle")
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
            page.completeChanged.connect(self._update_buttons)

        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.setToolTip(self.tr("The previous step (Alt+B)"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self.finish_button = QPushButton(self.tr("&Close"))
        self.finish_button.setObjectName("closeButton")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip(self.tr("Close without importing (Esc)"))
        for button in (self.back_button, self.next_button, self.finish_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setMinimumWidth(110)
        self.next_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.finish_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.cancel_button)

        right = QVBoxLayout()
        right.setContentsMargins(18, 14, 18, 12)
        right.addWidget(self.title_label)
        right.addWidget(self.subtitle_label)
        right.addSpacing(8)
        right.addWidget(self.stack, 1)
        right.addSpacing(6)
        right.addLayout(buttons)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.steps)
        outer.addLayout(right, 1)
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self._browse_shortcut)
        self.resize(980, 640)
        self.setMinimumSize(760, 500)

    def _browse_shortcut(self) -> None:
        if self.current_step() == STEP_FILE:
            self.file_page.browse()

    # -- navigation ----------------------------------------------------------------------------

    def current_step(self) -> int:
        return self.stack.currentIndex()

    def current_page(self) -> WizardPage:
        return self.pages[self.stack.currentIndex()]

    def _go(self, step: int) -> None:
        page = self.pages[step]
        self.stack.setCurrentIndex(step)
        self.title_label.setText(page.title())
        self.subtitle_label.setText(page.subtitle())
        for index in range(self.steps.count()):
            item = self.steps.item(index)
            font = item.font()
            font.setBold(index == step)
            item.setFont(font)
            done = index < step
            item.setForeground(
                QColor("#101828") if index == step else QColor(SUCCESS_COLOR if done else "#98a2b3")
            )
            hidden = index == STEP_SHEET and len(self.sheets) <= 1 and step > STEP_SHEET
            item.setHidden(False)
            if hidden:
                item.setForeground(QColor("#c0c6cf"))
        page.enter()
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.current_step()
        page = self.current_page()
        running = step == STEP_IMPORT
        finished = step == STEP_SUMMARY
        self.back_button.setVisible(not finished)
        self.back_button.setEnabled(step > STEP_FILE and not running)
        self.next_button.setVisible(not finished and not running)
        self.next_button.setEnabled(page.is_complete())
        self.next_button.setText(
            self.tr("&Import") if step == STEP_DUPLICATES else self.tr("&Next >")
        )
        self.next_button.setToolTip(
            self.tr("Import the file now (Enter)")
            if step == STEP_DUPLICATES
            else self.tr("The next step (Enter)")
        )
        self.finish_button.setVisible(finished)
        self.cancel_button.setVisible(not finished)
        self.cancel_button.setEnabled(not running)
        if finished:
            self.finish_button.setDefault(True)
        else:
            self.next_button.setDefault(True)

    def next(self) -> None:
        """Go to the next step (Enter); the duplicates step starts the import."""
        step = self.current_step()
        page = self.current_page()
        if step >= STEP_IMPORT or not page.is_complete() or not page.leave():
            return
        if step == STEP_DUPLICATES:
            self.start_import()
            return
        following = step + 1
        if following == STEP_SHEET and len(self.sheets) <= 1:
            following = STEP_HEADER
        self._go(following)

    def back(self) -> None:
        step = self.current_step()
        if step <= STEP_FILE or step >= STEP_IMPORT:
            return
        previous = step - 1
        if previous == STEP_SHEET and len(self.sheets) <= 1:
            previous = STEP_FILE
        self._go(previous)

    # -- the file ------------------------------------------------------------------------------

    def set_file(self, path: Path | str, kind: str | None = None) -> None:
        """Start again from the first step with this file (a drop, or the main window)."""
        if self.current_step() >= STEP_IMPORT:
            return
        if kind is not None:
            self.file_page.set_kind(kind)
        self.file_page.path_edit.setText(str(path))
        if self.current_step() != STEP_FILE:
            self._go(STEP_FILE)
        self.next_button.setFocus()

    def load_file(self, path: Path, kind: str) -> bool:
        """Open the file and read its sheets; False (and a message) when it cannot be read."""
        from app.exchange.sources import open_source

        try:
            with open_source(path) as source:
                sheets = list(source.sheets)
        except Exception as error:
            show_error(self, error)
            return False
        if path != self.path or kind != self.kind:
            self.sheet = None
            self.mapping = {}
            self.preset = None
            self.preview = None
        self.path = path
        self.kind = kind
        self.sheets = sheets
        if len(sheets) <= 1:
            return self.choose_sheet(sheets[0].name if sheets else None)
        return True

    def first_rows(self, sheet: str | None, count: int) -> list[list[object]]:
        """The first rows of a sheet ([] when it cannot be read: Next will tell why)."""
        from app.exchange.sources import open_source

        if self.path is None:
            return []
        try:
            with open_source(self.path) as source:
                return [list(row) for row in source.preview(sheet, count)]
        except Exception:
            return []

    def choose_sheet(self, sheet: str | None) -> bool:
        """Read the first rows of a sheet and find its row of titles."""
        from app.exchange.sources import open_source

        assert self.path is not None
        try:
            with open_source(self.path) as source:
                rows = [list(row) for row in source.preview(sheet, RAW_PREVIEW_ROWS)]
                detected = int(source.detect_header(sheet))
        except Exception as error:
            show_error(self, error)
            return False
        changed = sheet != self.sheet or rows != self.raw_rows
        self.sheet = sheet
        self.raw_rows = rows
        self.detected_header = min(max(detected, 0), max(len(rows) - 1, 0))
        if changed:
            self.header_row = self.detected_header
            self._read_headers(guess=True)
        return True

    def set_header_row(self, row: int) -> None:
        if row == self.header_row:
            return
        self.header_row = max(0, min(row, max(len(self.raw_rows) - 1, 0)))
        self._read_headers(guess=True)

    def _read_headers(self, *, guess: bool) -> None:
        from app.exchange.mapping import guess_mapping
        from app.exchange.sources import header_text

        row = self.raw_rows[self.header_row] if self.raw_rows else []
        width = max((len(r) for r in self.raw_rows), default=0)
        self.headers = [header_text(row[i]) if i < len(row) else "" for i in range(width)]
        while (
            self.headers
            and not self.headers[-1]
            and not any(
                len(r) >= len(self.headers) and r[len(self.headers) - 1] not in (None, "")
                for r in self.raw_rows[self.header_row + 1 :]
            )
        ):
            self.headers.pop()
        self.preview = None
        if guess:
            self.preset = None
            self.mapping = dict(guess_mapping(self.kind, self.headers))

    def examples(self) -> list[list[str]]:
        """Up to three values of each column, from the rows under the titles."""
        result: list[list[str]] = [[] for _ in self.headers]
        for row in self.raw_rows[self.header_row + 1 :]:
            for column in range(len(self.headers)):
                if column < len(row) and len(result[column]) < 3:
                    text = cell_text(row[column])
                    if text and text not in result[column]:
                        result[column].append(text)
        return result

    # -- fields and presets ----------------------------------------------------------------------

    def field_specs(self) -> list[Any]:
        if self.kind not in self._specs_cache:
            from app.exchange.mapping import fields

            self._specs_cache[self.kind] = list(fields(self.kind))
        return self._specs_cache[self.kind]

    def field_label(self, name: str) -> str:
        for spec in self.field_specs():
            if spec.name == name:
                return field_text(spec)
        return fmt.field_label(name)

    def policy_applies(self) -> bool:
        """Whether the duplicate policy means something for this kind (not for orders)."""
        return self.kind in ("contacts", "companies", "products", "deals")

    def match_keys(self) -> tuple[str, ...]:
        """The keys records of this kind can be matched on."""
        from app.exchange.importer import MATCH_KEYS

        if self.kind in ("contacts", "companies"):
            return tuple(MATCH_KEYS)
        return ("external_ref",)

    def preset_names(self) -> list[str]:
        from app.exchange.mapping import list_presets

        try:
            return list(list_presets(self.db, self.kind))
        except Exception as error:
            show_error(self, error)
            return []

    def apply_preset(self, name: str | None) -> None:
        """Use a saved preset (its columns matched by title), or the guess for None."""
        from app.exchange.mapping import guess_mapping, load_preset, mapping_from_headers

        if name is None:
            self.preset = None
            self.mapping = dict(guess_mapping(self.kind, self.headers))
            return
        try:
            saved = load_preset(self.db, self.kind, name)
            self.mapping = dict(mapping_from_headers(self.kind, self.headers, saved))
        except Exception as error:
            show_error(self, error)
            return
        self.preset = name

    def save_preset(self, name: str) -> bool:
        from app.exchange.mapping import mapping_by_header, save_preset

        by_title = mapping_by_header(self.headers, self.mapping)
        try:
            save_preset(self.db, self.kind, name, by_title)
        except Exception as error:
            show_error(self, error)
            return False
        self.preset = name
        return True

    def delete_preset(self, name: str) -> bool:
        from app.exchange.mapping import delete_preset

        try:
            delete_preset(self.db, self.kind, name)
        except Exception as error:
            show_error(self, error)
            return False
        if self.preset == name:
            self.preset = None
        return True

    # -- preview and import ----------------------------------------------------------------------

    def options(self) -> Any:
        from app.exchange.importer import ImportOptions

        return ImportOptions(
            kind=self.kind,
            sheet=self.sheet,
            header_row=self.header_row,
            mapping=dict(self.mapping),
            on_duplicate=self.on_duplicate,
            match_on=tuple(self.match_on),
        )

    def refresh_preview(self, done: Callable[[Any], None]) -> None:
        """Check the first rows with the current options (in the background)."""
        from app.exchange.importer import preview_import

        self._preview_token += 1
        token = self._preview_token
        path, options = self.path, self.options()

        def work(_progress: object, _cancel: object) -> Any:
            return preview_import(self.db, path, options, limit=CHECK_ROWS)

        def success(preview: Any) -> None:
            if token == self._preview_token:
                self.preview = preview
                done(preview)

        self.jobs.run(
            work,
            label=self.tr("Checking the rows…"),
            writes=False,
            on_success=success,
            on_failure=self._failed,
        )

    def dry_run(self, done: Callable[[Any], None]) -> Job:
        """Import the whole file without keeping anything (for the full list of changes)."""
        from app.exchange.importer import run_import

        path, options = self.path, self.options()

        def work(progress: Any, cancel: Any) -> Any:
            return run_import(self.db, path, options, progress, cancel, dry_run=True)

        return self.jobs.run(
            work,
            label=self.tr("Comparing the whole file with the database…"),
            writes=True,
            on_success=done,
            on_failure=self._failed,
            on_finished=self._dry_run_finished,
        )

    def _dry_run_finished(self) -> None:
        self.duplicates_page.whole_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.check_page.loading = False
        self.duplicates_page.loading = False
        self._update_buttons()

    def start_import(self) -> Job:
        """Run the import in the background; the progress step shows it."""
        from app.exchange.importer import run_import

        path, options = self.path, self.options()
        self.summary = None
        self._import_outcome = None
        self._go(STEP_IMPORT)

        def work(progress: Any, cancel: Any) -> Any:
            return run_import(self.db, path, options, progress, cancel)

        job = self.jobs.run(
            work,
            label=self.tr("Importing “%1”…").replace("%1", path.name if path else ""),
            writes=True,
            on_success=self._import_done,
            on_failure=self._import_failed,
            on_finished=self._import_finished,
            show_progress=False,
        )
        if not job.done:
            self.import_job = job
            job.progressed.connect(self.progress_page.progressed)
        return job

    def cancel_import(self) -> None:
        job = self.import_job
        if job is not None and not job.done:
            job.cancel()
            self.progress_page.cancel_button.setEnabled(False)
            self.progress_page.message.setText(self.tr("Cancelling…"))

    def _import_done(self, summary: Any) -> None:
        self._import_outcome = "done"
        self.summary = summary
        self._go(STEP_SUMMARY)
        batch = getattr(summary, "batch_id", None)
        if batch:
            self.imported.emit(str(batch), self.kind)

    def _import_failed(self, error: BaseException) -> None:
        self._import_outcome = "failed"
        self._go(STEP_DUPLICATES)
        show_error(self, error)

    def _import_finished(self) -> None:
        if self._import_outcome is None:  # stopped by Cancel: nothing was kept
            self._go(STEP_DUPLICATES)
            self.duplicates_page.diff_label.setText(
                self.tr("The import was cancelled: nothing was changed.")
            )
        self.import_job = None
        if self._close_when_stopped:
            self._close_when_stopped = False
            super().reject()

    # -- the summary's actions -------------------------------------------------------------------

    def ask_rejects_path(self) -> QFileDialog:
        stem = self.path.stem if self.path else "import"
        folder = self.path.parent if self.path else Path.home()
        dialog = QFileDialog(self, self.tr("Save the rejected rows"))
        dialog.setObjectName("rejectsFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbook (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.selectFile(str(folder / self.tr("%1 - rejected.xlsx").replace("%1", stem)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: self.save_rejects(Path(chosen)))
        self.rejects_dialog = dialog
        dialog.open()
        return dialog

    def save_rejects(self, out: Path) -> None:
        """Write the rejected rows and their reasons to an .xlsx file."""
        from app.exchange.importer import write_rejects

        summary, headers = self.summary, list(self.headers)

        def work(_progress: object, _cancel: object) -> Path:
            write_rejects(summary, headers, out, translate=message_text)
            return out

        self.jobs.run(
            work,
            label=self.tr("Saving the rejected rows…"),
            on_success=self._rejects_saved,
            on_failure=lambda error: show_error(self, error),
        )

    def _rejects_saved(self, out: Path) -> None:
        self.summary_page.status.setText(
            self.tr("The rejected rows were saved to %1.").replace("%1", str(out))
        )
        self.summary_page.status.setStyleSheet(f"color: {SUCCESS_COLOR};")

    def ask_undo(self) -> QWidget:
        return ask(
            self,
            self.tr("Undo this import?"),
            self.tr("Everything it created or changed is put back as it was before."),
            self.tr("Undo the import"),
            self.undo_import,
            name="undoImportQuestion",
        )

    def undo_import(self) -> None:
        from app.history import undo_batch

        batch = getattr(self.summary, "batch_id", None)
        if not batch:
            return
        self.summary_page.undo_button.setEnabled(False)

        def work(_progress: object, _cancel: object) -> Any:
            return undo_batch(self.db, batch)

        self.jobs.run(
            work,
            label=self.tr("Undoing the import…"),
            writes=True,
            on_success=self._undone,
            on_failure=self._undo_failed,
        )

    def _undone(self, result: Any) -> None:
        self.undo_result = result
        page = self.summary_page
        page.status.setText(self.tr("The import was undone."))
        page.status.setStyleSheet(f"color: {SUCCESS_COLOR};")
        page.show_button.setEnabled(False)
        conflicts = getattr(result, "conflicts", ())
        if conflicts:
            page.status.setText(
                page.status.text()
                + " "
                + self.tr("%n change(s) made since were kept.", "", len(conflicts))
            )
        self.undone.emit(str(getattr(self.summary, "batch_id", "")))

    def _undo_failed(self, error: BaseException) -> None:
        self.summary_page.undo_button.setEnabled(True)
        show_error(self, error)

    def imported_contact_ids(self) -> list[str]:
        """The contacts the import created or changed (or those its records belong to)."""
        from app.history import list_changes

        batch = getattr(self.summary, "batch_id", None)
        if not batch:
            return []
        ids: dict[str, None] = {}
        for change in list_changes(self.db, batch_id=batch, limit=10_000_000):
            if change.entity == "contacts":
                ids[change.entity_id] = None
            elif "contact_id" in change.changes:
                value = change.changes["contact_id"][1]
                if value:
                    ids[str(value)] = None
        return list(ids)

    def show_imported(self) -> None:
        name = self.path.name if self.path else ""

        def work(_progress: object, _cancel: object) -> list[str]:
            return self.imported_contact_ids()

        def done(ids: list[str]) -> None:
            self.showContactsRequested.emit(ids, self.tr("Imported from %1").replace("%1", name))

        self.jobs.run(work, label=self.tr("Listing the contacts…"), on_success=done)

    # -- closing, drag and drop ----------------------------------------------------------------

    def reject(self) -> None:
        """Esc / Cancel: close, or cancel a running import first (nothing is kept)."""
        if self.import_job is not None and not self.import_job.done:
            self._close_when_stopped = True
            self.cancel_import()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_job is not None and not self.import_job.done:
            self._close_when_stopped = True
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)

    def _dropped_file(self, urls: Iterable[QUrl]) -> Path | None:
        for url in urls:
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                if path.is_file():
                    return path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if (
            self.current_step() < STEP_IMPORT
            and mime.hasUrls()
            and self._dropped_file(mime.urls()) is not None
        ):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event.mimeData().urls())
        if path is None or self.current_step() >= STEP_IMPORT:
            event.ignore()
            return
        event.acceptProposedAction()
        self.set_file(path)


__all__ = ["KINDS", "ImportWizard", "cell_text", "column_letter", "message_text"]
