"""The New/Edit deal dialog: the deal, where it stands, its product lines.

The amounts are **excluding VAT** (HT): a deal with product lines is worth the lines'
total excluding VAT (the amount field then shows it, read-only); the VAT and the total
including VAT are shown under the lines. Mistakes are shown inline as fields are left and
on Save (``app.pipeline.validate_deal``); bad line cells are tinted, with the message in
their tooltip. Pipeline, stage and status stay in step: a won or lost stage closes the
deal, a won or lost status moves it to that kind of stage.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QDoubleValidator, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import pipeline as pl
from app.custom_fields import CustomField
from app.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from app.pipeline import DealInput, DealLineInput, PipelineInfo, StageInfo
from app.products import ProductRow, search_products
from models.database import Database, DatabaseError
from models.enums import CustomFieldType
from ui import formatting as fmt
from ui.contact_dialog import OptionalDate
from ui.errors import show_error, translate_template
from ui.i18n import settings
from ui.product_dialog import (
    MoneyEdit,
    VatCombo,
    decimal_text,
    money_input_text,
    parse_decimal,
    parse_money,
    percent_text,
    vat_label,
)
from ui.record_picker import RecordPicker

ERROR_STYLE = "color: #c53030;"
ERROR_BACKGROUND = "#fde2e1"
GEOMETRY_KEY = "deal_dialog/geometry"
MSG_NUMBER = QT_TRANSLATE_NOOP("errors", "This number is not valid.")
Index = QModelIndex | QPersistentModelIndex

LINE_COLUMNS = ("product", "description", "quantity", "unit_price", "discount", "vat", "total")
#: The field of DealLineInput each column edits (for the messages of validate_deal).
LINE_FIELDS = {
    "product": "description",
    "description": "description",
    "quantity": "quantity",
    "unit_price": "unit_price_cents",
    "discount": "discount_bp",
    "vat": "vat_rate_bp",
}


# -- the lines ------------------------------------------------------------------------


class DealLinesModel(QAbstractTableModel):
    """The product lines being edited: plain ``DealLineInput`` values."""

    #: The lines changed (a value, a line added or removed): the totals need updating.
    linesChanged = Signal()

    def __init__(self, products: list[ProductRow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[DealLineInput] = []
        self.products = {p.id: p for p in products}
        self._by_text: dict[str, ProductRow] = {}
        for product in products:
            for text in (product.label, product.reference, product.name):
                if text:
                    self._by_text.setdefault(text.casefold(), product)
        #: (row, column key) -> message template.
        self.errors: dict[tuple[int, str], str] = {}
        #: Cells whose text could not be read, (row, column key) -> text typed.
        self.unreadable: dict[tuple[int, str], str] = {}

    def set_lines(self, lines: list[DealLineInput]) -> None:
        self.beginResetModel()
        self.lines = [DealLineInput(**vars(line)) for line in lines]
        self.errors.clear()
        self.unreadable.clear()
        self.endResetModel()
        self.linesChanged.emit()

    def product_label(self, product_id: str | None) -> str:
        product = self.products.get(product_id or "")
        return product.label if product else ""

    def find_product(self, text: str) -> ProductRow | None:
        return self._by_text.get(text.strip().casefold())

    # -- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LINE_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(LINE_COLUMNS):
            return None
        key = LINE_COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "product": self.tr("Product"),
                "description": self.tr("Description"),
                "quantity": self.tr("Quantity"),
                "unit_price": self.tr("Unit price excl. VAT"),
                "discount": self.tr("Discount"),
                "vat": self.tr("VAT"),
                "total": self.tr("Total excl. VAT"),
            }[key]
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("product", "description"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if LINE_COLUMNS[index.column()] != "total":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        key = LINE_COLUMNS[index.column()]
        cell = (index.row(), key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            editing = role == Qt.ItemDataRole.EditRole
            if cell in self.unreadable:
                return self.unreadable[cell]
            if key == "product":
                product = self.products.get(line.product_id or "")
                if product is None:
                    return ""
                return product.label if editing else (product.reference or product.name)
            if key == "description":
                return line.description
            if key == "quantity":
                return decimal_text(line.quantity, 3)
            if key == "unit_price":
                if editing:
                    return money_input_text(line.unit_price_cents)
                return fmt.money(line.unit_price_cents)
            if key == "discount":
                if editing:
                    return decimal_text(line.discount_bp / 100)
                return percent_text(line.discount_bp) if line.discount_bp else ""
            if key == "vat":
                return line.vat_rate_bp if editing else vat_label(line.vat_rate_bp)
            return fmt.money(line.total_cents)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("product", "description"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and cell in self.errors:
            return QColor(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell in self.errors:
                return translate_template(self.errors[cell])
            if key == "product" and line.product_id in self.products:
                return self.products[line.product_id].label
        if role == Qt.ItemDataRole.FontRole and key == "total":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = index.row()
        line = self.lines[row]
        key = LINE_COLUMNS[index.column()]
        cell = (row, key)
        text = "" if value is None else str(value)
        self.unreadable.pop(cell, None)
        self.errors.pop(cell, None)
        try:
            if key == "product":
                self._set_product(line, text)
            elif key == "description":
                line.description = text
            elif key == "quantity":
                number = parse_decimal(text)
                line.quantity = float(number) if number is not None else 0.0
            elif key == "unit_price":
                line.unit_price_cents = parse_money(text) or 0
            elif key == "discount":
                number = parse_decimal(text)
                line.discount_bp = pl.round_half_up((number or 0) * 100)
            elif key == "vat":
                line.vat_rate_bp = int(value)
        except ValueError:
            self.unreadable[cell] = text
            self.errors[cell] = MSG_NUMBER
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(LINE_COLUMNS) - 1))
        self.linesChanged.emit()
        return True

    def _set_product(self, line: DealLineInput, text: str) -> None:
        previous = self.products.get(line.product_id or "")
        if not text.strip():
            line.product_id = None
            return
        product = self.find_product(text)
        if product is None:
            # Not a product of the catalogue: the text describes the line.
            line.product_id = None
            if not line.description or (previous and line.description == previous.name):
                line.description = text.strip()
            return
        line.product_id = product.id
        if not line.description or (previous and line.description == previous.name):
            line.description = product.name
        line.unit_price_cents = product.unit_price_cents
        line.vat_rate_bp = product.vat_rate_bp

    def add_line(self, product: ProductRow | None = None) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        line = DealLineInput()
        if product is not None:
            line.product_id = product.id
            line.description = product.name
            line.unit_price_cents = product.unit_price_cents
            line.vat_rate_bp = product.vat_rate_bp
        self.lines.append(line)
        self.endInsertRows()
        self.linesChanged.emit()
        return row

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self.lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.lines[row]
        self.errors = {(r - (r > row), k): m for (r, k), m in self.errors.items() if r != row}
        self.unreadable = {
            (r - (r > row), k): t for (r, k), t in self.unreadable.items() if r != row
        }
        self.endRemoveRows()
        self.linesChanged.emit()

    def set_errors(self, errors: dict[str, str]) -> None:
        """Show the service's line messages ("lines.3.quantity" → its cells)."""
        kept = {cell: MSG_NUMBER for cell in self.unreadable}
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) != 3 or parts[0] != "lines" or not parts[1].isdigit():
                continue
            row, field = int(parts[1]), parts[2]
            for column, edited in LINE_FIELDS.items():
                if edited == field and (row, column) not in kept:
                    kept[(row, column)] = message
        if kept != self.errors:
            self.errors = kept
            if self.lines:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self.lines) - 1, len(LINE_COLUMNS) - 1)
                )


class _LineDelegate(QStyledItemDelegate):
    """Editors of the line cells: products with completion, amounts, the VAT rates."""

    def __init__(self, labels: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = labels

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        key = LINE_COLUMNS[index.column()]
        if key == "vat":
            return VatCombo(parent)
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if key == "product":
            completer = QCompleter(self.labels, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setMaxVisibleItems(12)
            editor.setCompleter(completer)
            editor.setPlaceholderText(
                QCoreApplication.translate("DealDialog", "Reference or name…")
            )
        if key not in ("product", "description"):
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, VatCombo):
            editor.set_rate(int(value or 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, VatCombo):
            model.setData(index, editor.rate(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


# -- the dialog -----------------------------------------------------------------------


class DealDialog(QDialog):
    """Create a deal (``deal_id`` None) or edit one; emits ``saved(deal_id)``."""

    saved = Signal(str)

    def __init__(
        self,
        db: Database,
        deal_id: str | None = None,
        parent: QWidget | None = None,
        *,
        pipeline_id: str | None = None,
        stage_id: str | None = None,
        contact_id: str | None = None,
        company_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dealDialog")
        self.db = db
        self.deal_id = deal_id
        self.fields: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.errors: dict[str, str] = {}
        self._touched: set[str] = set()
        self._show_all = False
        self._syncing = False
        self.pipelines: list[PipelineInfo] = pl.pipelines(db)
        self.users = pl.users(db)
        self.products = search_products(db)
        self._definitions: list[CustomField] = pl.deal_custom_fields(db)
        self._build()
        if deal_id is not None:
            data = pl.load_deal_input(db, deal_id)
            self.set_input(data)
            self.setWindowTitle(self.tr("Edit deal — %1").replace("%1", data.title))
        else:
            data = DealInput(
                pipeline_id=pipeline_id or pl.default_pipeline_id(db),
                stage_id=stage_id,
                contact_id=contact_id,
                company_id=company_id,
                owner_id=db.user_id,
            )
            if stage_id and not pipeline_id:
                data.pipeline_id = next(
                    (p.id for p in self.pipelines if p.stage(stage_id) is not None),
                    data.pipeline_id,
                )
            self.set_input(data)
            self.setWindowTitle(self.tr("New deal"))
        self._restore_geometry()

    # -- building -------------------------------------------------------------------------

    def _error_label(self, key: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.error_labels[key] = label
        return label

    def _add(self, form: QFormLayout, key: str, text: str, editor: QWidget) -> QWidget:
        editor.setObjectName(key)
        self.fields[key] = editor
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(self._error_label(key))
        form.addRow(text, holder)
        label = form.labelForField(holder)
        if isinstance(label, QLabel):
            label.setBuddy(editor)
        return editor

    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return box, form

    def _build(self) -> None:
        deal_box, form = self._form(self.tr("Deal"))
        self.title = QLineEdit(self)
        self.title.setMaxLength(300)
        self.title.setPlaceholderText(self.tr("e.g. Christmas hampers 2025 — Town hall"))
        self._add(form, "title", self.tr("&Title:"), self.title)
        self.contact = RecordPicker(self.db, "contact", self)
        self._add(form, "contact_id", self.tr("C&ontact:"), self.contact)
        self.company = RecordPicker(self.db, "company", self)
        self._add(form, "company_id", self.tr("Co&mpany:"), self.company)
        self.contact.chosen.connect(self._contact_chosen)
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("—"), None)
        for user in self.users:
            self.owner.addItem(user.name, user.id)
        self._add(form, "owner_id", self.tr("O&wner:"), self.owner)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        self._add(form, "notes", self.tr("&Notes:"), self.notes)

        stand_box, form = self._form(self.tr("Where it stands"))
        self.pipeline = QComboBox(self)
        for info in self.pipelines:
            self.pipeline.addItem(info.name, info.id)
        self.pipeline.currentIndexChanged.connect(self._pipeline_changed)
        self._add(form, "pipeline_id", self.tr("&Pipeline:"), self.pipeline)
        self.stage = QComboBox(self)
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self._add(form, "stage_id", self.tr("&Stage:"), self.stage)
        self.status = QComboBox(self)
        for code, text in (
            ("open", self.tr("Open")),
            ("won", self.tr("Won")),
            ("lost", self.tr("Lost")),
        ):
            self.status.addItem(text, code)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._add(form, "status", self.tr("Stat&us:"), self.status)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.lineEdit().setMaxLength(300)
        self.reason.lineEdit().editingFinished.connect(lambda: self._left("close_reason"))
        self._add(form, "close_reason", self.tr("&Reason:"), self.reason)
        self.close_date = OptionalDate(self.tr("No date"), self)
        self._add(form, "expected_close_date", self.tr("Expected &close:"), self.close_date)
        self.probability = QSpinBox(self)
        self.probability.setRange(-1, 100)
        self.probability.setSuffix(" %")
        self.probability.valueChanged.connect(lambda _v: self._update_totals())
        self._add(form, "probability", self.tr("Pro&bability:"), self.probability)
        self.amount = MoneyEdit(self)
        self.amount.valueChanged.connect(self._update_totals)
        self.amount.editingFinished.connect(lambda: self._left("amount_cents"))
        self._add(form, "amount_cents", self.tr("&Amount excl. VAT:"), self.amount)
        self.weighted = QLabel(self)
        self.weighted.setObjectName("weightedLabel")
        form.addRow(self.tr("Weighted:"), self.weighted)
        self.title.editingFinished.connect(lambda: self._left("title"))

        lines_box = QGroupBox(self.tr("Products"), self)
        self.lines = DealLinesModel(self.products, self)
        self.lines.linesChanged.connect(self._lines_changed)
        self.lines_view = QTableView(self)
        self.lines_view.setObjectName("linesTable")
        self.lines_view.setModel(self.lines)
        self.lines_view.setItemDelegate(
            _LineDelegate([p.label for p in self.products if p.is_active], self.lines_view)
        )
        self.lines_view.verticalHeader().hide()
        self.lines_view.setWordWrap(False)
        self.lines_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.lines_view.setMinimumHeight(130)
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (2, 80), (3, 130), (4, 80), (5, 70), (6, 120)):
            header.resizeSection(column, width)
        self.add_line_button = QPushButton(self.tr("Add &line"), self)
        self.add_line_button.setObjectName("addLine")
        self.add_line_button.setAutoDefault(False)
        self.add_line_button.setToolTip(self.tr("Add a product line (Ctrl+Shift+L)"))
        self.add_line_button.clicked.connect(self.add_line)
        QShortcut(QKeySequence("Ctrl+Shift+L"), self, activated=self.add_line)
        self.remove_line_button = QPushButton(self.tr("Remo&ve line"), self)
        self.remove_line_button.setObjectName("removeLine")
        self.remove_line_button.setAutoDefault(False)
        self.remove_line_button.clicked.connect(self.remove_line)
        self.lines_error = self._error_label("lines")
        self.total_ht = QLabel(self)
        self.total_ht.setObjectName("totalHt")
        self.total_vat = QLabel(self)
        self.total_vat.setObjectName("totalVat")
        self.total_ttc = QLabel(self)
        self.total_ttc.setObjectName("totalTtc")
        bold = self.total_ttc.font()
        bold.setBold(True)
        self.total_ttc.setFont(bold)
        self.total_ht.setFont(bold)
        totals = QGridLayout()
        totals.setHorizontalSpacing(12)
        for row, (text, label) in enumerate(
            (
                (self.tr("Total excl. VAT:"), self.total_ht),
                (self.tr("VAT:"), self.total_vat),
                (self.tr("Total incl. VAT:"), self.total_ttc),
            )
        ):
            caption = QLabel(text, self)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight)
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            label.setMinimumWidth(110)
            totals.addWidget(caption, row, 0)
            totals.addWidget(label, row, 1)
        under = QHBoxLayout()
        under.addWidget(self.add_line_button, 0, Qt.AlignmentFlag.AlignTop)
        under.addWidget(self.remove_line_button, 0, Qt.AlignmentFlag.AlignTop)
        under.addWidget(self.lines_error, 1, Qt.AlignmentFlag.AlignTop)
        under.addStretch(1)
        under.addLayout(totals)
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.addWidget(self.lines_view, 1)
        lines_layout.addLayout(under)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        grid.addWidget(deal_box, 0, 0)
        grid.addWidget(stand_box, 0, 1)
        grid.addWidget(lines_box, 1, 0, 1, 2)
        if self._definitions:
            grid.addWidget(self._custom_box(), 2, 0, 1, 2)
        grid.setRowStretch(1, 1)
        body = QWidget(self)
        body.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.general_error = self._error_label("general")
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.setMinimumSize(720, 520)
        self.resize(980, 720)

    def _custom_box(self) -> QGroupBox:
        box, form = self._form(self.tr("Other information"))
        for definition in self._definitions:
            key = f"custom:{definition.key}"
            editor: QWidget
            if definition.field_type == CustomFieldType.BOOL:
                editor = QCheckBox(self)
            elif definition.field_type == CustomFieldType.CHOICE:
                editor = QComboBox(self)
                editor.addItem(self.tr("—"), "")
                for choice in definition.choices:
                    editor.addItem(choice, choice)
            elif definition.field_type == CustomFieldType.DATE:
                editor = OptionalDate(self.tr("No date"), self)
            elif definition.field_type == CustomFieldType.NUMBER:
                editor = QLineEdit(self)
                editor.setValidator(QDoubleValidator(editor))
            else:
                editor = QLineEdit(self)
            self._add(form, key, f"{definition.label}:", editor)
        return box

    # -- pipeline, stage, status ----------------------------------------------------------

    def current_pipeline(self) -> PipelineInfo | None:
        pipeline_id = self.pipeline.currentData()
        return next((p for p in self.pipelines if p.id == pipeline_id), None)

    def current_stage(self) -> StageInfo | None:
        info = self.current_pipeline()
        return info.stage(str(self.stage.currentData())) if info else None

    def _fill_stages(self, stage_id: str | None) -> None:
        info = self.current_pipeline()
        self.stage.blockSignals(True)
        self.stage.clear()
        for stage in info.stages if info else ():
            self.stage.addItem(stage.name, stage.id)
        found = self.stage.findData(stage_id) if stage_id else -1
        if found < 0 and info is not None:
            first = info.first_stage("open")
            found = self.stage.findData(first.id) if first else 0
        self.stage.setCurrentIndex(max(found, 0))
        self.stage.blockSignals(False)
        self._stage_changed()

    def _pipeline_changed(self) -> None:
        if not self._syncing:
            self._fill_stages(None)

    def _stage_changed(self) -> None:
        stage = self.current_stage()
        if stage is None:
            return
        self.probability.setSpecialValueText(
            self.tr("Stage default (%1)").replace("%1", percent_text(stage.probability * 100))
        )
        if not self._syncing:
            self._syncing = True
            wanted = stage.kind if not stage.is_open else "open"
            if wanted != "open" or self.status.currentData() != "open":
                self.status.setCurrentIndex(max(self.status.findData(wanted), 0))
            self._syncing = False
        self._status_shown()
        self._update_totals()

    def _status_changed(self) -> None:
        if self._syncing:
            self._status_shown()
            return
        status = str(self.status.currentData())
        info = self.current_pipeline()
        stage = self.current_stage()
        if info is not None and stage is not None:
            target: StageInfo | None = None
            if status != "open" and stage.kind != status:
                target = info.first_stage(status)
            elif status == "open" and not stage.is_open:
                opened = [s for s in info.stages if s.is_open]
                target = opened[-1] if opened else None
            if target is not None:
                self._syncing = True
                self.stage.setCurrentIndex(max(self.stage.findData(target.id), 0))
                self._syncing = False
                self._stage_changed()
        self._status_shown()

    def _status_shown(self) -> None:
        status = str(self.status.currentData())
        closed = status != "open"
        self.reason.setEnabled(closed)
        label = self.fields["close_reason"].parentWidget()
        if label is not None:
            label.setVisible(True)
        if closed:
            current = self.reason.currentText()
            self.reason.blockSignals(True)
            self.reason.clear()
            self.reason.addItems(pl.close_reasons(self.db, status))
            self.reason.setCurrentText(current)
            self.reason.blockSignals(False)
            self.reason.lineEdit().setPlaceholderText(
                self.tr("Why it was lost (required)")
                if status == "lost"
                else self.tr("Why it was won (optional)")
            )
        else:
            self.reason.lineEdit().setPlaceholderText("")
        if self._show_all or "close_reason" in self._touched:
            self._refresh_errors()

    def _contact_chosen(self, contact_id: object) -> None:
        """A contact of a company: link the company too, when none is linked yet."""
        if not contact_id or self.company.record_id():
            return
        company_id = pl.company_of_contact(self.db, str(contact_id))
        if company_id:
            self.company.set_record(company_id)

    # -- values ---------------------------------------------------------------------------

    def set_input(self, data: DealInput) -> None:
        self._syncing = True
        self.title.setText(data.title)
        self.contact.set_record(data.contact_id)
        self.company.set_record(data.company_id)
        found = self.owner.findData(data.owner_id) if data.owner_id else 0
        self.owner.setCurrentIndex(max(found, 0))
        self.notes.setPlainText(data.notes)
        pipeline = self.pipeline.findData(data.pipeline_id) if data.pipeline_id else 0
        self.pipeline.setCurrentIndex(max(pipeline, 0))
        self._syncing = False
        self._fill_stages(data.stage_id)
        self._syncing = True
        self.status.setCurrentIndex(max(self.status.findData(data.status), 0))
        self._syncing = False
        self._status_shown()
        self.reason.setCurrentText(data.close_reason)
        self.close_date.set_value(data.expected_close_date)
        self.probability.setValue(-1 if data.probability is None else data.probability)
        self.amount.set_cents(data.amount_cents if not data.lines else None)
        self.lines.set_lines(data.lines)
        for definition in self._definitions:
            self._set_custom(definition, (data.custom or {}).get(definition.key))
        self._touched.clear()
        self._update_totals()

    def input(self) -> DealInput:
        """The form's values (an unreadable amount is given as −1, which is refused)."""
        try:
            amount = self.amount.cents() or 0
        except ValueError:
            amount = -1
        probability = self.probability.value()
        custom = {d.key: self._custom_value(d) for d in self._definitions}
        return DealInput(
            title=self.title.text(),
            pipeline_id=self.pipeline.currentData(),
            stage_id=self.stage.currentData(),
            contact_id=self.contact.record_id(),
            company_id=self.company.record_id(),
            owner_id=self.owner.currentData(),
            amount_cents=amount,
            expected_close_date=self.close_date.value(),
            probability=None if probability < 0 else probability,
            status=str(self.status.currentData()),
            close_reason=self.reason.currentText() if self.status.currentData() != "open" else "",
            notes=self.notes.toPlainText(),
            lines=[DealLineInput(**vars(line)) for line in self.lines.lines],
            custom={k: v for k, v in custom.items() if v is not None},
        )

    def _custom_value(self, definition: CustomField) -> Any:
        editor = self.fields[f"custom:{definition.key}"]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData() or None
        if isinstance(editor, OptionalDate):
            value = editor.value()
            return value.isoformat() if value else None
        if isinstance(editor, QLineEdit):
            text = editor.text().strip()
            if definition.field_type != CustomFieldType.NUMBER or not text:
                return text or None
            try:
                number = parse_decimal(text)
            except ValueError:
                return None
            if number is None:
                return None
            return int(number) if number == number.to_integral_value() else float(number)
        return None

    def _set_custom(self, definition: CustomField, value: Any) -> None:
        editor = self.fields[f"custom:{definition.key}"]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            found = editor.findData(str(value) if value else "")
            if found < 0 and value:
                editor.addItem(str(value), str(value))
                found = editor.count() - 1
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, OptionalDate):
            try:
                editor.set_value(date.fromisoformat(str(value)) if value else None)
            except ValueError:
                editor.set_value(None)
        elif isinstance(editor, QLineEdit):
            if isinstance(value, int | float) and not isinstance(value, bool):
                editor.setText(decimal_text(value, 6))
            else:
                editor.setText("" if value is None else str(value))

    # -- lines and totals -----------------------------------------------------------------

    def add_line(self) -> int:
        row = self.lines.add_line()
        index = self.lines.index(row, 0)
        self.lines_view.setCurrentIndex(index)
        self.lines_view.setFocus()
        self.lines_view.edit(index)
        return row

    def remove_line(self) -> None:
        index = self.lines_view.currentIndex()
        if index.isValid():
            self.lines.remove_line(index.row())

    def _lines_changed(self) -> None:
        has_lines = bool(self.lines.lines)
        self.amount.setReadOnly(has_lines)
        self.amount.setEnabled(not has_lines)
        self.amount.setToolTip(
            self.tr("The total of the product lines, excluding VAT") if has_lines else ""
        )
        if self._show_all or self.lines.errors:
            self._refresh_errors()
        self._update_totals()

    def totals(self) -> pl.Totals:
        return pl.totals_of(self.lines.lines)

    def _update_totals(self) -> None:
        totals = self.totals()
        if self.lines.lines:
            self.amount.blockSignals(True)
            self.amount.setText(money_input_text(totals.ht_cents))
            self.amount.blockSignals(False)
            amount = totals.ht_cents
        else:
            try:
                amount = self.amount.cents() or 0
            except ValueError:
                amount = 0
        self.total_ht.setText(fmt.money(totals.ht_cents))
        self.total_vat.setText(fmt.money(totals.vat_cents))
        self.total_ttc.setText(fmt.money(totals.ttc_cents))
        rates = ", ".join(
            f"{vat_label(rate)} : {fmt.money(vat)}" for rate, _base, vat in totals.by_rate
        )
        self.total_vat.setToolTip(rates)
        stage = self.current_stage()
        probability = self.probability.value()
        if probability < 0:
            probability = stage.probability if stage is not None else 0
        if str(self.status.currentData()) == "won":
            probability = 100
        elif str(self.status.currentData()) == "lost":
            probability = 0
        self.weighted.setText(
            f"{fmt.money(pl.weighted_cents(amount, probability))}"
            f"  ({percent_text(probability * 100)})"
        )

    # -- checking and saving --------------------------------------------------------------

    def check(self) -> dict[str, str]:
        errors = dict(pl.validate_deal(self.db, self.input()))
        if not self.lines.lines and not self.amount.is_valid():
            errors["amount_cents"] = MSG_NUMBER
        for (row, column), _text in self.lines.unreadable.items():
            errors[f"lines.{row}.{LINE_FIELDS.get(column, column)}"] = MSG_NUMBER
        for definition in self._definitions:
            editor = self.fields[f"custom:{definition.key}"]
            if definition.field_type == CustomFieldType.NUMBER and isinstance(editor, QLineEdit):
                try:
                    parse_decimal(editor.text())
                except ValueError:
                    errors[f"custom:{definition.key}"] = MSG_NUMBER
        return errors

    def _left(self, key: str) -> None:
        self._touched.add(key)
        self._refresh_errors()

    def _refresh_errors(self) -> dict[str, str]:
        errors = self.check()
        self.errors = errors
        for key, label in self.error_labels.items():
            if key in ("general", "lines"):
                continue
            message = errors.get(key)
            shown = message is not None and (self._show_all or key in self._touched)
            label.setText(translate_template(message) if message else "")
            label.setVisible(shown)
        line_errors = {k: v for k, v in errors.items() if k.startswith("lines.")}
        self.lines.set_errors(line_errors if self._show_all else {})
        if line_errors and (self._show_all or self.lines.unreadable):
            self.lines_error.setText(self.tr("Check the highlighted cells of the lines."))
            self.lines_error.show()
        else:
            self.lines_error.hide()
        others = [
            translate_template(m)
            for k, m in errors.items()
            if self._show_all and k not in self.error_labels and not k.startswith("lines.")
        ]
        self.general_error.setText("\n".join(others))
        self.general_error.setVisible(bool(others))
        return errors

    def visible_errors(self) -> dict[str, str]:
        return {k: v.text() for k, v in self.error_labels.items() if not v.isHidden() and v.text()}

    def save(self) -> bool:
        """Save if the form is right; True when saved."""
        index = self.lines_view.currentIndex()
        editor = self.lines_view.indexWidget(index) if index.isValid() else None
        if editor is not None:
            self.lines_view.commitData(editor)
        self._show_all = True
        errors = self._refresh_errors()
        if errors:
            for key in self.fields:
                if key in errors:
                    self.fields[key].setFocus(Qt.FocusReason.OtherFocusReason)
                    break
            else:
                self.lines_view.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        data = self.input()
        try:
            if self.deal_id is None:
                self.deal_id = pl.create_deal(self.db, data)
            else:
                pl.update_deal(self.db, self.deal_id, data)
        except ValidationError as error:
            for key, message in error.fields.items():
                label = self.error_labels.get(key, self.general_error)
                label.setText(translate_template(message))
                label.show()
            return False
        except (UserError, DatabaseError) as error:
            show_error(self, error)
            return False
        self.saved.emit(self.deal_id)
        self.accept()
        return True

    def _restore_geometry(self) -> None:
        geometry = settings().value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)

    def done(self, result: int) -> None:
        settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)


__all__ = ["DealDialog", "DealLinesModel", "LINE_COLUMNS"]
