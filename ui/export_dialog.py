"""Export a list as shown (its columns, filter and sort) to .xlsx, .csv or .vcf.

:func:`table_spec` turns a list pane's table (a :class:`~ui.lazy_table.LazyTableModel`
in a ``QTableView``) into the plain-data :class:`~app.exchange.export.TableSpec` the
export writes: the visible columns in the order shown with their titles, the row ids in
display order, the labels of the codes and lines describing the filter and the sort.
:func:`add_export_action` gives a pane its *Export…* action (Ctrl+Shift+S);
:class:`ExportDialog` asks for the format and the file, runs the export in the
background (``ui.jobs``) and offers to open the file or its folder. Opened without a
list (*File → Export orders…*), the dialog exports the orders of a period.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.exchange.export import Column, ExportResult, TableSpec, export_table
from app.exchange.export_kinds import Period
from models.database import Database
from ui import formatting as fmt
from ui.errors import show_error
from ui.i18n import settings
from ui.icons import NAMES as ICON_NAMES
from ui.icons import icon
from ui.jobs import JobManager

#: The shortcut of every list's Export… action (Ctrl+E is Edit in the lists).
EXPORT_SHORTCUT = "Ctrl+Shift+S"
FOLDER_KEY = "export/folder"
FORMAT_KEY = "export/format"


def date_format() -> str:
    """The locale's short date format, with a four-digit year (31/12/2025)."""
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in text:
        text = text.replace("yy", "yyyy")
    return text


def export_icon() -> Any:
    return icon("export") if "export" in ICON_NAMES else icon("open")


# -- the list as shown --------------------------------------------------------------------


def _code_labels(kind: str) -> dict[str, Mapping[str, str]]:
    """The labels the list shows for stored codes, by column key."""
    if kind == "contacts":
        return {"status": fmt.status_labels(), "civility": fmt.civility_labels()}
    if kind == "companies":
        from ui.company_table_model import size_labels

        return {"size": size_labels()}
    if kind == "deals":
        from ui.deal_table_model import deal_status_labels

        return {"status": deal_status_labels()}
    if kind == "tasks":
        return {"priority": fmt.priority_labels()}
    if kind == "interactions":
        return {
            "channel": fmt.channel_labels(),
            "direction": fmt.direction_labels(),
            "complaint": {
                "open": QCoreApplication.translate("ExportDialog", "Open"),
                "resolved": QCoreApplication.translate("ExportDialog", "Resolved"),
            },
        }
    return {}


def _info_texts() -> dict[str, str]:
    return {
        "sheet": QCoreApplication.translate("ExportDialog", "Export"),
        "list": QCoreApplication.translate("ExportDialog", "List"),
        "filter": QCoreApplication.translate("ExportDialog", "Filter"),
        "sort": QCoreApplication.translate("ExportDialog", "Sort"),
        "rows": QCoreApplication.translate("ExportDialog", "Rows"),
        "exported": QCoreApplication.translate("ExportDialog", "Exported on"),
        "none": QCoreApplication.translate("ExportDialog", "None"),
        "true": QCoreApplication.translate("ExportDialog", "Yes"),
        "false": QCoreApplication.translate("ExportDialog", "No"),
    }


def _query_filters(
    query: Any, titles: Mapping[str, str], labels: Mapping[str, Mapping[str, str]]
) -> list[tuple[str, str]]:
    """(label, value) lines for what the query filters on, and its sort."""
    names = {
        "text": QCoreApplication.translate("ExportDialog", "Search"),
        "status": QCoreApplication.translate("ExportDialog", "Status"),
        "tag": QCoreApplication.translate("ExportDialog", "Tag"),
        "city": QCoreApplication.translate("ExportDialog", "City"),
        "sector": QCoreApplication.translate("ExportDialog", "Sector"),
        "view": QCoreApplication.translate("ExportDialog", "View"),
        "channels": QCoreApplication.translate("ExportDialog", "Channels"),
        "direction": QCoreApplication.translate("ExportDialog", "Direction"),
        "complaints": QCoreApplication.translate("ExportDialog", "Complaints"),
        "date_from": QCoreApplication.translate("ExportDialog", "From"),
        "date_to": QCoreApplication.translate("ExportDialog", "To"),
        "close_from": QCoreApplication.translate("ExportDialog", "Expected close from"),
        "close_to": QCoreApplication.translate("ExportDialog", "Expected close to"),
        "deleted": QCoreApplication.translate("ExportDialog", "Deleted records"),
        "custom": QCoreApplication.translate("ExportDialog", "Custom fields"),
        "ids": QCoreApplication.translate("ExportDialog", "Only"),
    }
    lines: list[tuple[str, str]] = []
    if not dataclasses.is_dataclass(query):
        return lines
    default = type(query)()
    for item in dataclasses.fields(query):
        name = item.name
        value = getattr(query, name)
        if name in ("sort", "descending") or value == getattr(default, name):
            continue
        if name.endswith("_id"):
            continue  # ids mean nothing to a reader; the pane describes them (extra lines)
        label = names.get(name, name.replace("_", " ").capitalize())
        if name == "ids":
            text = QCoreApplication.translate("ExportDialog", "%n chosen record(s)", "", len(value))
        elif isinstance(value, bool):
            text = (
                QCoreApplication.translate("ExportDialog", "Yes")
                if value
                else QCoreApplication.translate("ExportDialog", "No")
            )
        elif isinstance(value, datetime | date):
            text = fmt.date_text(value)
        elif isinstance(value, frozenset | tuple | list):
            code_labels = labels.get(name.rstrip("s"), {})
            text = ", ".join(sorted(str(code_labels.get(str(v), v)) for v in value))
        else:
            code_labels = labels.get(name, {})
            text = str(code_labels.get(str(value), value))
        lines.append((label, text))
    sort = getattr(query, "sort", "")
    if sort:
        title = titles.get(sort, sort)
        order = (
            QCoreApplication.translate("ExportDialog", "descending")
            if getattr(query, "descending", False)
            else QCoreApplication.translate("ExportDialog", "ascending")
        )
        lines.append((QCoreApplication.translate("ExportDialog", "Sort"), f"{title}, {order}"))
    return lines


def table_spec(
    kind: str,
    view: QTableView,
    title: str,
    extra_filters: list[tuple[str, str]] | None = None,
) -> TableSpec:
    """The list shown in ``view`` (a LazyTableModel) as a TableSpec: visible columns in
    visual order with their header titles, the ids in display order, filter and sort."""
    model: Any = view.model()
    header = view.horizontalHeader()
    titles: dict[str, str] = {}
    columns: list[Column] = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if header.isSectionHidden(logical):
            continue
        key = model.column_key(logical)
        text = model.headerData(logical, Qt.Orientation.Horizontal) or ""
        if not text:
            text = (
                model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                or key
            )
        titles[key] = str(text)
        columns.append(Column(key, str(text)))
    labels = _code_labels(kind)
    filters = [*(extra_filters or []), *_query_filters(model.query(), titles, labels)]
    return TableSpec(
        kind,
        tuple(columns),
        tuple(model.ids()),
        title=title,
        filters=tuple(filters),
        labels=labels,
        texts=_info_texts(),
    )


def add_export_action(
    pane: QWidget,
    db: Database,
    jobs: JobManager,
    kind: str,
    spec: Callable[[], TableSpec],
) -> QAction:
    """The pane's *Export…* action (Ctrl+Shift+S): opens :class:`ExportDialog` on ``spec()``."""
    action = QAction(
        export_icon(), QCoreApplication.translate("ExportDialog", "E&xport list…"), pane
    )
    action.setObjectName("exportList")
    action.setIconText(QCoreApplication.translate("ExportDialog", "Export"))
    action.setShortcut(QKeySequence(EXPORT_SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(
        QCoreApplication.translate(
            "ExportDialog", "Export the list as shown to Excel, CSV or vCard"
        )
        + f" ({keys})"
    )

    def trigger() -> None:
        dialog = ExportDialog(db, jobs, spec(), pane)
        pane.setProperty("exportDialog", dialog)
        dialog.open()

    action.triggered.connect(trigger)
    pane.addAction(action)
    return action


# -- the dialog ---------------------------------------------------------------------------


class SaveFileDialog(QDialog):
    """What the export and the accountant's summary dialogs share: a file row (path and
    Browse…), the result line, and the buttons (the action, Open the file, Show in folder,
    Close), translated under "SaveFileDialog" rather than the subclass's name.

    Subclasses build their own choices, then call :meth:`_add_file_row` and
    :meth:`_add_result_and_buttons`; :meth:`_show_done` reports the written file.
    """

    def __init__(self, db: Database, jobs: JobManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.jobs = jobs
        self.result: Any = None
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _add_file_row(self, form: QFormLayout, name: str) -> None:
        file_row = QWidget(self)
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        self.path_edit = QLineEdit(file_row)
        self.path_edit.setObjectName(f"{name}Path")
        self.path_edit.setMinimumWidth(380)
        self.path_edit.textChanged.connect(self._update_buttons)
        self.browse_button = QPushButton(
            QCoreApplication.translate("SaveFileDialog", "&Browse…"), file_row
        )
        self.browse_button.setObjectName("browseButton")
        self.browse_button.clicked.connect(self.browse)
        file_layout.addWidget(self.path_edit, 1)
        file_layout.addWidget(self.browse_button)
        form.addRow(QCoreApplication.translate("SaveFileDialog", "F&ile:"), file_row)

    def _add_result_and_buttons(
        self, layout: QVBoxLayout, name: str, action_text: str, action_name: str
    ) -> QPushButton:
        """The result line and the buttons; returns the action button (Export, Save)."""
        self.result_label = QLabel(self)
        self.result_label.setObjectName(f"{name}Result")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(self)
        action = self.buttons.addButton(action_text, QDialogButtonBox.ButtonRole.AcceptRole)
        action.setObjectName(action_name)
        action.setDefault(True)
        self.open_file_button = self.buttons.addButton(
            QCoreApplication.translate("SaveFileDialog", "&Open the file"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.open_file_button.setObjectName("openFileButton")
        self.open_folder_button = self.buttons.addButton(
            QCoreApplication.translate("SaveFileDialog", "Show in &folder"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.open_folder_button.setObjectName("openFolderButton")
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button.clicked.connect(self.open_folder)
        close.clicked.connect(self.reject)
        self.open_file_button.hide()
        self.open_folder_button.hide()
        layout.addWidget(self.buttons)
        return action

    def _choose_file(self, title: str, name: str, name_filter: str, suffix: str) -> None:
        """A non-blocking save dialog that fills the path field."""
        chooser = QFileDialog(self, title, self.path_edit.text())
        chooser.setObjectName(name)
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(name_filter)
        chooser.setDefaultSuffix(suffix)
        chooser.fileSelected.connect(self.path_edit.setText)
        self._chooser = chooser
        chooser.open()

    def _folder(self) -> Path:
        """The folder used last, else the user's documents folder."""
        stored = settings().value(FOLDER_KEY, "")
        if stored and Path(str(stored)).is_dir():
            return Path(str(stored))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _target(self, suffix: str) -> Path:
        """The path typed, with the suffix added when it is not there."""
        path = Path(self.path_edit.text().strip()).expanduser()
        wanted = "." + suffix
        return path if path.suffix.lower() == wanted else path.with_name(path.name + wanted)

    def _show_done(self, result: Any, text: str) -> None:
        self.result = result
        self.result_label.setText(text)
        self.result_label.show()
        self.open_file_button.show()
        self.open_folder_button.show()
        self.open_file_button.setFocus()

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def browse(self) -> None:
        raise NotImplementedError

    def open_file(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path)))

    def open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path.parent)))


class ExportDialog(SaveFileDialog):
    """Choose the format and the file, export in the background, then open it.

    ``spec`` None: the orders of a period (chosen in the dialog).
    """

    #: Emitted (on the main thread) with the ExportResult once the file is written.
    exported = Signal(object)

    def __init__(
        self,
        db: Database,
        jobs: JobManager,
        spec: TableSpec | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, jobs, parent)
        self.setObjectName("exportDialog")
        self.spec = spec or TableSpec("orders", title=self.tr("Orders"), texts=_info_texts())
        self.setWindowTitle(self.tr("Export"))
        self._build()

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        spec = self.spec
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        form = QFormLayout()
        layout.addLayout(form)

        formats = QWidget(self)
        row = QHBoxLayout(formats)
        row.setContentsMargins(0, 0, 0, 0)
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        choices = [
            ("xlsx", self.tr("Excel workbook (.xlsx)")),
            ("csv", self.tr("CSV for Excel (.csv, “;”)")),
        ]
        if spec.kind == "contacts":
            choices.append(("vcf", self.tr("vCard (.vcf)")))
        for code, text in choices:
            button = QRadioButton(text, formats)
            button.setObjectName(f"format_{code}")
            self.format_group.addButton(button)
            self.format_buttons[code] = button
            row.addWidget(button)
            button.toggled.connect(self._format_changed)
        row.addStretch(1)
        form.addRow(self.tr("&Format:"), formats)
        remembered = str(settings().value(FORMAT_KEY, "xlsx") or "xlsx")
        self.format_buttons.get(remembered, self.format_buttons["xlsx"]).setChecked(True)

        self.period_box: QWidget | None = None
        if spec.kind == "orders" and spec.ids is None:
            self.period_box = QWidget(self)
            period_row = QHBoxLayout(self.period_box)
            period_row.setContentsMargins(0, 0, 0, 0)
            today = QDate.currentDate()
            self.date_from = QDateEdit(QDate(today.year(), 1, 1), self.period_box)
            self.date_from.setObjectName("dateFrom")
            self.date_to = QDateEdit(today, self.period_box)
            self.date_to.setObjectName("dateTo")
            for edit in (self.date_from, self.date_to):
                edit.setCalendarPopup(True)
                edit.setDisplayFormat(date_format())
            self.all_dates = QCheckBox(self.tr("&All dates"), self.period_box)
            self.all_dates.setObjectName("allDates")
            self.all_dates.toggled.connect(self._all_dates_changed)
            period_row.addWidget(self.date_from)
            period_row.addWidget(QLabel("–", self.period_box))
            period_row.addWidget(self.date_to)
            period_row.addWidget(self.all_dates)
            period_row.addStretch(1)
            form.addRow(self.tr("&Period:"), self.period_box)

        self._add_file_row(form, "export")
        self.export_button = self._add_result_and_buttons(
            layout, "export", self.tr("&Export"), "exportButton"
        )
        self.export_button.clicked.connect(self.start_export)

        self._update_summary()
        self.path_edit.setText(str(self._default_path()))

    def _update_summary(self) -> None:
        spec = self.spec
        title = spec.title or spec.kind
        if spec.ids is None:
            text = self.tr("Export “%1”.").replace("%1", title)
        else:
            text = self.tr(
                "Export “%1”: %n row(s), the columns, filter and sort as shown.", "", len(spec.ids)
            ).replace("%1", title)
        self.summary.setText(text)

    # -- choices ------------------------------------------------------------------------

    def chosen_format(self) -> str:
        for code, button in self.format_buttons.items():
            if button.isChecked():
                return code
        return "xlsx"

    def _default_path(self) -> Path:
        name = self.spec.title or self.spec.kind
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip()
        stamp = date.today().isoformat()
        return self._folder() / f"{safe or 'export'} {stamp}.{self.chosen_format()}"

    def _format_changed(self, checked: bool) -> None:
        if not checked or not hasattr(self, "path_edit"):
            return
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix("." + self.chosen_format())))

    def _all_dates_changed(self, checked: bool) -> None:
        self.date_from.setEnabled(not checked)
        self.date_to.setEnabled(not checked)

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(bool(self.path_edit.text().strip()))

    def browse(self) -> None:
        """Choose the file in a (non-blocking) save dialog."""
        filters = {
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV file (*.csv)"),
            "vcf": self.tr("vCard (*.vcf)"),
        }
        self._choose_file(
            self.tr("Export to"),
            "exportFileChooser",
            filters[self.chosen_format()],
            self.chosen_format(),
        )

    def period(self) -> Period | None:
        if self.period_box is None or self.all_dates.isChecked():
            return None
        start, end = self.date_from.date(), self.date_to.date()
        return Period(
            date(start.year(), start.month(), start.day()),
            date(end.year(), end.month(), end.day()),
        )

    # -- export -------------------------------------------------------------------------

    def target(self) -> Path:
        return self._target(self.chosen_format())

    def start_export(self) -> None:
        path = self.target()
        spec = self.spec
        if self.period_box is not None:
            spec = dataclasses.replace(spec, period=self.period())
        store = settings()
        store.setValue(FOLDER_KEY, str(path.parent))
        store.setValue(FORMAT_KEY, self.chosen_format())
        self.export_button.setEnabled(False)
        self.result_label.hide()
        db = self.db
        self.jobs.run(
            lambda progress, cancel: export_table(db, spec, path, progress, cancel),
            label=self.tr("Exporting…"),
            on_success=self._done,
            on_failure=self._failed,
            on_finished=self._update_buttons,
        )

    def _done(self, result: ExportResult) -> None:
        self._show_done(
            result,
            self.tr("%n row(s) exported to %1.", "", result.rows).replace("%1", result.path.name),
        )
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)


def export_orders(db: Database, jobs: JobManager, parent: QWidget | None = None) -> ExportDialog:
    """*File → Export orders…*: the dialog on the orders of a period (opened, returned)."""
    dialog = ExportDialog(db, jobs, None, parent)
    dialog.open()
    return dialog


__all__ = [
    "EXPORT_SHORTCUT",
    "ExportDialog",
    "add_export_action",
    "export_orders",
    "table_spec",
]
