"""The custom fields editor: the fields a shop adds to contacts, companies and deals.

One tab per kind of record lists its fields in form order, with how many records hold a
value; Add…, Edit…, Delete and Move up/down act on them (each one an undoable batch, see
``app.custom_fields``). The field editor shows a preview of the field as forms show it.
Open it with :func:`open_custom_fields_dialog`; it emits ``changed`` after every write.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import custom_fields as service
from app.custom_fields import CustomField
from app.errors import UserError, ValidationError
from models.database import Database, DatabaseError
from ui.errors import ask, show_error, translate_template
from ui.icons import icon

ERROR_STYLE = "color: #c53030;"
#: The kinds of record with custom fields, in tab order.
ENTITIES = ("contact", "company", "deal")
FIELD_TYPES = ("text", "number", "date", "choice", "bool")


def entity_title(entity: str) -> str:
    return {
        "contact": QCoreApplication.translate("CustomFieldsDialog", "Contacts"),
        "company": QCoreApplication.translate("CustomFieldsDialog", "Companies"),
        "deal": QCoreApplication.translate("CustomFieldsDialog", "Deals"),
    }[entity]


def type_label(field_type: str) -> str:
    labels = {
        "text": QCoreApplication.translate("CustomFieldsDialog", "Text"),
        "number": QCoreApplication.translate("CustomFieldsDialog", "Number"),
        "date": QCoreApplication.translate("CustomFieldsDialog", "Date"),
        "choice": QCoreApplication.translate("CustomFieldsDialog", "Choice list"),
        "bool": QCoreApplication.translate("CustomFieldsDialog", "Yes / No"),
    }
    return labels.get(field_type, field_type)


def preview_widget(field_type: str, choices: list[str], parent: QWidget) -> QWidget:
    """The editor a form shows for a field of this type (for the preview)."""
    if field_type == "bool":
        return QCheckBox(parent)
    if field_type == "choice":
        combo = QComboBox(parent)
        combo.addItem(QCoreApplication.translate("CustomFieldsDialog", "—"))
        combo.addItems(choices)
        return combo
    if field_type == "date":
        edit = QDateEdit(QDate.currentDate(), parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        return edit
    line = QLineEdit(parent)
    if field_type == "number":
        line.setPlaceholderText(QLocale().toString(1234.5, "f", 2))
        line.setAlignment(Qt.AlignmentFlag.AlignRight)
    return line


class FieldEditor(QDialog):
    """Add a field (``field`` None) or edit one: label, type, choices, with a preview."""

    saved = Signal(object)

    def __init__(
        self,
        db: Database,
        entity: str,
        field: CustomField | None,
        parent: QWidget | None = None,
        *,
        held: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customFieldEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.entity = entity
        self.field = field
        #: How many records hold a value for the field (its type is then restricted).
        self.held = held
        if field is None:
            title = self.tr("New field — %1").replace("%1", entity_title(entity))
        else:
            title = self.tr("Edit field “%1”").replace("%1", field.label)
        self.setWindowTitle(title)

        self.label = QLineEdit(field.label if field else "", self)
        self.label.setObjectName("label")
        self.label.setMaxLength(service.MAX_LABEL)
        self.label.setPlaceholderText(self.tr("e.g. Favourite wine"))
        self.field_type = QComboBox(self)
        self.field_type.setObjectName("fieldType")
        for code in FIELD_TYPES:
            self.field_type.addItem(type_label(code), code)
        if field is not None:
            self.field_type.setCurrentIndex(max(self.field_type.findData(field.field_type), 0))
        self.choices = QPlainTextEdit(self)
        self.choices.setObjectName("choices")
        self.choices.setPlaceholderText(self.tr("One choice per line"))
        self.choices.setTabChangesFocus(True)
        self.choices.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        if field is not None:
            self.choices.setPlainText("\n".join(field.choices))
        self.choices_label = QLabel(self.tr("&Choices:"), self)
        self.choices_label.setBuddy(self.choices)
        self.errors: dict[str, QLabel] = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self._with_error("label", self.label))
        form.addRow(self.tr("&Type:"), self._with_error("field_type", self.field_type))
        form.addRow(self.choices_label, self._with_error("choices", self.choices))
        self.type_note = QLabel(self)
        self.type_note.setObjectName("typeNote")
        self.type_note.setWordWrap(True)
        form.addRow("", self.type_note)

        self.preview_box = QGroupBox(self.tr("Preview"), self)
        self.preview_form = QFormLayout(self.preview_box)
        self.preview_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("error_general")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.label.textChanged.connect(self._update)
        self.field_type.currentIndexChanged.connect(self._update)
        self.choices.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(440)

    def _with_error(self, key: str, editor: QWidget) -> QWidget:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        error = QLabel(holder)
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.errors[key] = error
        return holder

    def chosen_type(self) -> str:
        return str(self.field_type.currentData())

    def choice_lines(self) -> list[str]:
        return service.clean_choices(self.choices.toPlainText())

    def _update(self) -> None:
        kind = self.chosen_type()
        is_choice = kind == "choice"
        self.choices.setVisible(is_choice)
        self.choices_label.setVisible(is_choice)
        self.errors["choices"].setVisible(is_choice and bool(self.errors["choices"].text()))
        safe = {kind, self.field.field_type} <= {"text", "choice"} if self.field else True
        if self.field is not None and self.held and kind != self.field.field_type and not safe:
            self.type_note.setText(
                self.tr(
                    "%n record(s) hold a value for this field: its type can only change "
                    "between Text and Choice list. Create a new field instead.",
                    "",
                    self.held,
                )
            )
            self.type_note.setStyleSheet("color: #b45309;")
            self.type_note.show()
        elif self.field is not None and kind == "choice" and self.field.field_type == "text":
            self.type_note.setText(self.tr("The values already typed are added to the choices."))
            self.type_note.show()
        else:
            self.type_note.hide()
        while self.preview_form.rowCount():
            self.preview_form.removeRow(0)
        label = " ".join(self.label.text().split()) or self.tr("New field")
        self.preview_form.addRow(
            f"{label}:", preview_widget(kind, self.choice_lines(), self.preview_box)
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            message = errors.get(key)
            label.setText(translate_template(message) if message else "")
            label.setVisible(bool(message))

    def save(self) -> None:
        label = self.label.text()
        kind = self.chosen_type()
        choices = self.choices.toPlainText() if kind == "choice" else None
        self.general_error.hide()
        try:
            if self.field is None:
                field = service.create_field(self.db, self.entity, label, kind, choices)
            else:
                field = service.update_field(
                    self.db,
                    self.entity,
                    self.field.key,
                    label=label,
                    field_type=kind,
                    choices=choices if choices is not None else [],
                )
        except ValidationError as error:
            self.show_errors(error.fields)
            return
        except UserError as error:
            self.show_errors({})
            self.general_error.setText(translate_template(error.template, error.params))
            self.general_error.show()
            return
        except DatabaseError as error:
            show_error(self, error)
            return
        self.saved.emit(field)
        self.accept()


class FieldsPage(QWidget):
    """The fields of one kind of record, and the buttons acting on them."""

    def __init__(self, dialog: CustomFieldsDialog, entity: str) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.db = dialog.db
        self.entity = entity
        self.setObjectName(f"fields_{entity}")
        self.fields: list[CustomField] = []

        self.counts: dict[str, int] = {}
        self.list = QTreeWidget(self)
        self.list.setObjectName("fieldList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("Field"), self.tr("Type"), self.tr("Values")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(lambda _item, _column: self.edit_field())
        self.list.currentItemChanged.connect(self._update_buttons)
        self.empty = QLabel(
            self.tr("No field yet. Add one with “Add…”: it appears in every form and list."),
            self,
        )
        self.empty.setObjectName("emptyLabel")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); padding: 16px;")

        self.add_button = self._button("addField", self.tr("&Add…"), "new", self.add_field)
        self.edit_button = self._button("editField", self.tr("&Edit…"), "edit", self.edit_field)
        self.delete_button = self._button(
            "deleteField", self.tr("&Delete"), "delete", self.delete_field
        )
        self.up_button = self._button("moveUp", self.tr("Move &up"), None, lambda: self.move(-1))
        self.down_button = self._button(
            "moveDown", self.tr("Move do&wn"), None, lambda: self.move(1)
        )
        for name, keys, slot in (
            ("moveUpShortcut", "Ctrl+Up", lambda: self.move(-1)),
            ("moveDownShortcut", "Ctrl+Down", lambda: self.move(1)),
            ("deleteShortcut", "Del", self.delete_field),
            ("addShortcut", "Ins", self.add_field),
            ("editShortcut", "F2", self.edit_field),
        ):
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.list.addAction(action)
        self.up_button.setToolTip(self.tr("Move the field up in the forms (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Move the field down in the forms (Ctrl+Down)"))
        self.add_button.setToolTip(self.tr("Add a field (Ins)"))
        self.edit_button.setToolTip(self.tr("Change the field's name, type or choices (F2)"))
        self.delete_button.setToolTip(self.tr("Delete the field (Del); its values are kept"))

        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)

        self.preview_box = QGroupBox(self.tr("In the forms"), self)
        self.preview_box.setObjectName("formPreview")
        self.preview_form = QFormLayout(self.preview_box)
        self.preview_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        left = QVBoxLayout()
        left.addWidget(self.list, 3)
        left.addWidget(self.empty)
        left.addWidget(self.preview_box, 2)
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addLayout(buttons)

    def _button(
        self, name: str, text: str, icon_name: str | None, slot: Callable[[], object]
    ) -> QPushButton:
        button = QPushButton(text, self)
        if icon_name:
            button.setIcon(icon(icon_name))
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def reload(self, select_key: str | None = None) -> None:
        current = self.current_field()
        key = select_key or (current.key if current else None)
        self.fields = service.list_fields(self.db, self.entity)
        self.counts = service.value_counts(self.db, self.entity)
        self.list.clear()
        for field in self.fields:
            count = self.counts.get(field.key, 0)
            kind = type_label(field.field_type)
            used = self.tr("%n record(s)", "", count) if count else self.tr("none yet")
            item = QTreeWidgetItem([field.label, kind, used])
            item.setData(0, Qt.ItemDataRole.UserRole, field.key)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if field.field_type == "choice":
                item.setToolTip(1, "\n".join(field.choices))
            self.list.addTopLevelItem(item)
        keys = [f.key for f in self.fields]
        self.set_current_row(keys.index(key) if key in keys else (0 if keys else -1))
        self.list.setVisible(bool(self.fields))
        self.empty.setVisible(not self.fields)
        self._update_preview()
        self._update_buttons()

    def current_row(self) -> int:
        item = self.list.currentItem()
        return self.list.indexOfTopLevelItem(item) if item is not None else -1

    def set_current_row(self, row: int) -> None:
        item = self.list.topLevelItem(row) if row >= 0 else None
        self.list.setCurrentItem(item)
        self._update_buttons()

    def current_field(self) -> CustomField | None:
        row = self.current_row()
        return self.fields[row] if 0 <= row < len(self.fields) else None

    def labels(self) -> list[str]:
        """The fields' names as listed, top to bottom."""
        return [self.list.topLevelItem(row).text(0) for row in range(self.list.topLevelItemCount())]

    def select(self, key: str) -> None:
        keys = [f.key for f in self.fields]
        if key in keys:
            self.set_current_row(keys.index(key))

    def _update_buttons(self, *_args: object) -> None:
        row = self.current_row()
        chosen = 0 <= row < len(self.fields)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < len(self.fields) - 1)

    def _update_preview(self) -> None:
        while self.preview_form.rowCount():
            self.preview_form.removeRow(0)
        for field in self.fields:
            self.preview_form.addRow(
                f"{field.label}:",
                preview_widget(field.field_type, list(field.choices), self.preview_box),
            )
        self.preview_box.setVisible(bool(self.fields))

    # -- actions ----------------------------------------------------------------------

    def add_field(self) -> FieldEditor:
        editor = FieldEditor(self.db, self.entity, None, self)
        editor.saved.connect(lambda field: self._written(field.key))
        self.dialog.editor = editor
        editor.open()
        return editor

    def edit_field(self) -> FieldEditor | None:
        field = self.current_field()
        if field is None:
            return None
        editor = FieldEditor(self.db, self.entity, field, self, held=self.counts.get(field.key, 0))
        editor.saved.connect(lambda saved: self._written(saved.key))
        self.dialog.editor = editor
        editor.open()
        return editor

    def delete_field(self) -> QMessageBox | None:
        field = self.current_field()
        if field is None:
            return None
        return ask(
            self,
            self.tr("Delete the field “%1”?").replace("%1", field.label),
            self.tr(
                "It disappears from the forms and lists. The values already typed are kept: "
                "Edit ▸ Undo brings the field back with them."
            ),
            self.tr("Delete"),
            lambda: self._run(lambda: service.delete_field(self.db, self.entity, field.key)),
            name="confirmDeleteField",
        )

    def move(self, offset: int) -> None:
        field = self.current_field()
        if field is None:
            return
        row = self.current_row()
        if not 0 <= row + offset < len(self.fields):
            return
        self._run(lambda: service.move_field(self.db, self.entity, field.key, offset), field.key)

    def _run(self, write: Callable[[], object], select_key: str | None = None) -> None:
        try:
            write()
        except (UserError, DatabaseError) as error:
            show_error(self, error)
            self.reload()
            return
        self._written(select_key)

    def _written(self, select_key: str | None) -> None:
        self.reload(select_key)
        self.dialog.changed.emit()


class CustomFieldsDialog(QDialog):
    """The fields of contacts, companies and deals; ``changed`` after every write."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, entity: str = "contact"):
        super().__init__(parent)
        self.setObjectName("customFieldsDialog")
        self.setWindowTitle(self.tr("Custom fields"))
        self.db = db
        #: The field editor opened last (for tests and the screenshot).
        self.editor: FieldEditor | None = None
        intro = QLabel(
            self.tr(
                "Add your own fields to contacts, companies and deals: they appear in the "
                "forms and the files, and as columns and filters in the lists."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("entityTabs")
        self.pages: dict[str, FieldsPage] = {}
        for name in ENTITIES:
            page = FieldsPage(self, name)
            self.pages[name] = page
            self.tabs.addTab(page, entity_title(name))
        self.tabs.setCurrentIndex(ENTITIES.index(entity) if entity in ENTITIES else 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        for page in self.pages.values():
            page.reload()
        self.resize(640, 520)

    def page(self, entity: str | None = None) -> FieldsPage:
        """The page of ``entity``, or the one shown."""
        if entity is None:
            current = self.tabs.currentWidget()
            assert isinstance(current, FieldsPage)
            return current
        return self.pages[entity]

    def show_entity(self, entity: str) -> None:
        self.tabs.setCurrentWidget(self.pages[entity])

    def reload(self) -> None:
        """Show the fields as they are now (after an undo, for instance)."""
        for page in self.pages.values():
            page.reload()


def open_custom_fields_dialog(
    db: Database, parent: QWidget | None = None, entity: str = "contact"
) -> CustomFieldsDialog:
    """Open the custom fields editor (not blocking) and return it."""
    dialog = CustomFieldsDialog(db, parent, entity)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = [
    "CustomFieldsDialog",
    "FieldEditor",
    "FieldsPage",
    "open_custom_fields_dialog",
    "preview_widget",
    "type_label",
]
