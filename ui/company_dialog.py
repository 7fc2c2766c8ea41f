"""The New/Edit company dialog.

The form holds a ``CompanyInput``. The legal identifiers are checked as they are typed:
while digits are missing the field counts them ("6 of 9 digits"); once the number is
complete it says at once whether it is valid, or why not ("not 9 digits", "the check
digit is wrong", "not this company's SIREN"). Other mistakes are shown in red under
their field when the user leaves it and on Save (``CompanyService.validate``). The
delivery address is the head office's unless "Same as the head office" is unticked.
Likely duplicates (same SIREN, SIRET or VAT number, a similar name in the same city) are
looked up after those fields are edited and on Save, and listed with "Save anyway" and
"Open existing", so a duplicate is never created silently.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QDoubleValidator
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
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.companies import CompanyDuplicate, CompanyInput, CompanyService
from app.custom_fields import CustomField
from app.errors import UserError, ValidationError
from app.identifiers import (
    compact,
    format_siren,
    format_siret,
    format_vat_number,
    french_vat_number,
    siren_error,
    siret_error,
    vat_error,
)
from models.database import Database, DatabaseError
from models.enums import CustomFieldType
from ui.company_table_model import size_choices
from ui.contact_dialog import MSG_NUMBER, ListCompleter, OptionalDate, countries
from ui.errors import show_error, translate_template
from ui.i18n import settings

ERROR_STYLE = "color: #c53030;"
VALID_STYLE = "color: #15803d;"
HINT_STYLE = "color: palette(mid);"
GEOMETRY_KEY = "company_dialog/geometry"
#: Fields after whose edit the dialog looks for likely duplicates.
DUPLICATE_FIELDS = ("name", "siren", "siret", "vat_number", "city", "postcode")
#: The identifiers checked as they are typed, and how many digits they have.
IDENTIFIERS = {"siren": 9, "siret": 14}
DELIVERY_FIELDS = (
    "delivery_address_line1",
    "delivery_address_line2",
    "delivery_postcode",
    "delivery_city",
    "delivery_country",
)


class CompanyDialog(QDialog):
    """Create a company (``company_id`` None) or edit one; emits ``saved(company_id)``."""

    saved = Signal(str)
    #: The user chose to open an existing company listed as a likely duplicate.
    openCompanyRequested = Signal(str)

    def __init__(
        self,
        db: Database,
        company_id: str | None = None,
        parent: QWidget | None = None,
        *,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("companyDialog")
        self.db = db
        self.company_id = company_id
        self.service = CompanyService(db)
        self.fields: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.errors: dict[str, str] = {}
        self.duplicates: list[CompanyDuplicate] = []
        self._touched: set[str] = set()
        #: The identifiers' mistakes shown now (None: none, or still being typed).
        self._identifier_errors: dict[str, str | None] = {}
        self._show_all = False
        self._definitions: list[CustomField] = self.service.custom_fields()
        self._build()
        if company_id is not None:
            data = self.service.load_input(company_id)
            self.set_input(data)
            self.setWindowTitle(self.tr("Edit company — %1").replace("%1", data.name))
        else:
            self.setWindowTitle(self.tr("New company"))
            if name:
                self._line_edit("name").setText(name)
        self._restore_geometry()

    # -- building -----------------------------------------------------------------------

    def _error_label(self, key: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.error_labels[key] = label
        return label

    def _add(self, form: QFormLayout, key: str, label: str, editor: QWidget) -> QWidget:
        """A form row: the editor with its (hidden) message under it."""
        editor.setObjectName(key)
        self.fields[key] = editor
        holder = QWidget(self)
        holder.setObjectName(f"row_{key}")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(self._error_label(key))
        form.addRow(label, holder)
        buddy = form.labelForField(holder)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(editor)
        self._watch(key, editor)
        return editor

    def _line(self, placeholder: str = "", max_length: int = 0) -> QLineEdit:
        edit = QLineEdit(self)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        if max_length:
            edit.setMaxLength(max_length)
        return edit

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        for code, text in items:
            combo.addItem(text, code)
        return combo

    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return box, form

    def _completer(self, edit: QLineEdit, words: list[str]) -> None:
        completer = QCompleter(words, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)

    def _build(self) -> None:
        identity, form = self._form(self.tr("Company"))
        self._add(form, "name", self.tr("&Name:"), self._line(self.tr("Trade name"), 300))
        self._add(
            form,
            "legal_name",
            self.tr("&Legal name:"),
            self._line(self.tr("As registered (SAS …, SARL …)"), 300),
        )
        sector = self._add(
            form, "sector", self.tr("Sec&tor:"), self._line(self.tr("Restaurants, hotels…"), 200)
        )
        assert isinstance(sector, QLineEdit)
        self._completer(sector, self.service.sectors())
        self._add(
            form,
            "size",
            self.tr("Si&ze:"),
            self._combo([("", self.tr("—")), *size_choices()]),
        )
        tags = self._add(
            form, "tags", self.tr("Ta&gs:"), self._line(self.tr("Separated by commas"))
        )
        assert isinstance(tags, QLineEdit)
        tag_completer = ListCompleter(
            QStringListModel([t.name for t in self.service.tags()], tags), tags
        )
        tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        tags.setCompleter(tag_completer)

        legal, form = self._form(self.tr("Legal identifiers"))
        self._add(form, "siren", self.tr("S&IREN:"), self._line("123 456 789"))
        self._add(form, "siret", self.tr("SI&RET:"), self._line("123 456 789 00012"))
        self._add(form, "vat_number", self.tr("&VAT number:"), self._line("FR 12 345 678 901"))
        hint = QLabel(self.tr("Spaces and dots may be typed: they are not kept."), legal)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        form.addRow(hint)

        contact, form = self._form(self.tr("Contact"))
        self._add(
            form, "email", self.tr("&E-mail:"), self._line(self.tr("contact@example.fr"), 320)
        )
        self._add(form, "phone", self.tr("&Phone:"), self._line(self.tr("02 47 12 34 56")))
        self._add(form, "website", self.tr("&Website:"), self._line(self.tr("www.example.fr"), 300))

        head, form = self._form(self.tr("Head office"))
        self._add(form, "address_line1", self.tr("&Address:"), self._line(max_length=300))
        self._add(form, "address_line2", self.tr("Address (line &2):"), self._line(max_length=300))
        self._add(form, "postcode", self.tr("Post&code:"), self._line(max_length=12))
        city = self._add(form, "city", self.tr("Cit&y:"), self._line(max_length=200))
        assert isinstance(city, QLineEdit)
        self._completer(city, self.service.cities())
        self._add(form, "country", self.tr("Co&untry:"), self._combo(countries()))

        delivery = QGroupBox(self.tr("Delivery address"), self)
        column = QVBoxLayout(delivery)
        self.same_address = QCheckBox(self.tr("Sa&me as the head office"), delivery)
        self.same_address.setObjectName("sameAddress")
        self.same_address.setChecked(True)
        self.same_address.toggled.connect(self._same_toggled)
        column.addWidget(self.same_address)
        self.delivery_box = QWidget(delivery)
        self.delivery_box.setObjectName("deliveryBox")
        form = QFormLayout(self.delivery_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._add(form, "delivery_address_line1", self.tr("Address:"), self._line(max_length=300))
        self._add(
            form, "delivery_address_line2", self.tr("Address (line 2):"), self._line(max_length=300)
        )
        self._add(form, "delivery_postcode", self.tr("Postcode:"), self._line(max_length=12))
        self._add(form, "delivery_city", self.tr("City:"), self._line(max_length=200))
        self._add(form, "delivery_country", self.tr("Country:"), self._combo(countries()))
        column.addWidget(self.delivery_box)
        column.addStretch(1)
        self.delivery_box.hide()

        notes_box, form = self._form(self.tr("Notes"))
        notes = QPlainTextEdit(self)
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(60)
        self._add(form, "notes", self.tr("N&otes:"), notes)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        grid.addWidget(identity, 0, 0)
        grid.addWidget(legal, 1, 0)
        grid.addWidget(contact, 2, 0)
        grid.addWidget(head, 0, 1)
        grid.addWidget(delivery, 1, 1)
        grid.addWidget(notes_box, 2, 1)
        if self._definitions:
            grid.addWidget(self._custom_box(), 3, 0, 1, 2)
        grid.setRowStretch(4, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        body = QWidget(self)
        body.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.general_error = self._error_label("general")
        self._build_duplicate_panel()

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.duplicate_panel)
        layout.addWidget(self.buttons)
        self.setMinimumSize(680, 480)
        self.resize(940, 720)
        self._update_vat_placeholder()

    def _custom_box(self) -> QGroupBox:
        box, form = self._form(self.tr("Other information"))
        for definition in self._definitions:
            key = f"custom:{definition.key}"
            label = f"{definition.label}:"
            kind = definition.field_type
            editor: QWidget
            if kind == CustomFieldType.BOOL:
                editor = QCheckBox(self)
            elif kind == CustomFieldType.CHOICE:
                editor = self._combo(
                    [("", self.tr("—")), *[(c, c) for c in (definition.choices or [])]]
                )
            elif kind == CustomFieldType.DATE:
                editor = OptionalDate(self.tr("No date"), self)
            elif kind == CustomFieldType.NUMBER:
                editor = self._line()
                editor.setValidator(QDoubleValidator(editor))
            else:
                editor = self._line()
            self._add(form, key, label, editor)
        return box

    def _build_duplicate_panel(self) -> None:
        panel = QFrame(self)
        panel.setObjectName("duplicatePanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setStyleSheet(
            "#duplicatePanel { background: #fff8e1; border: 1px solid #f0c36d;"
            " border-radius: 4px; } #duplicatePanel QLabel { color: #5f4600; }"
        )
        self.duplicate_title = QLabel(panel)
        self.duplicate_title.setWordWrap(True)
        font = self.duplicate_title.font()
        font.setBold(True)
        self.duplicate_title.setFont(font)
        self.duplicate_list = QListWidget(panel)
        self.duplicate_list.setObjectName("duplicateList")
        self.duplicate_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.duplicate_list.itemActivated.connect(lambda _item: self.open_existing())
        self.save_anyway_button = QPushButton(self.tr("Save &anyway"), panel)
        self.save_anyway_button.setObjectName("saveAnyway")
        self.save_anyway_button.setAutoDefault(False)
        self.save_anyway_button.clicked.connect(self.save_anyway)
        self.open_existing_button = QPushButton(self.tr("&Open existing"), panel)
        self.open_existing_button.setObjectName("openExisting")
        self.open_existing_button.setAutoDefault(False)
        self.open_existing_button.clicked.connect(self.open_existing)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_existing_button)
        buttons.addWidget(self.save_anyway_button)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.duplicate_title)
        layout.addWidget(self.duplicate_list)
        layout.addLayout(buttons)
        panel.hide()
        self.duplicate_panel = panel

    # -- values -------------------------------------------------------------------------

    def _watch(self, key: str, editor: QWidget) -> None:
        if isinstance(editor, QLineEdit):
            editor.editingFinished.connect(lambda: self._left(key))
            editor.textEdited.connect(lambda _text: self._edited(key))
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _i: self._left(key))
        elif isinstance(editor, OptionalDate):
            editor.edit.dateChanged.connect(lambda _d: self._edited(key))
            editor.none.toggled.connect(lambda _on: self._edited(key))
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(lambda: self._edited(key))
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(lambda _on: self._edited(key))

    def _line_edit(self, key: str) -> QLineEdit:
        editor = self.fields[key]
        assert isinstance(editor, QLineEdit)
        return editor

    def input(self) -> CompanyInput:
        """The form's values (no delivery address while "same as the head office")."""
        text = self._text
        custom: dict[str, Any] = {}
        for definition in self._definitions:
            custom[definition.key] = self._custom_value(definition)
        same = self.same_address.isChecked()
        return CompanyInput(
            name=text("name"),
            legal_name=text("legal_name"),
            siren=text("siren"),
            siret=text("siret"),
            vat_number=text("vat_number"),
            sector=text("sector"),
            size=self._code("size"),
            email=text("email"),
            phone=text("phone"),
            website=text("website"),
            address_line1=text("address_line1"),
            address_line2=text("address_line2"),
            postcode=text("postcode"),
            city=text("city"),
            country=self._code("country") or "FR",
            delivery_address_line1="" if same else text("delivery_address_line1"),
            delivery_address_line2="" if same else text("delivery_address_line2"),
            delivery_postcode="" if same else text("delivery_postcode"),
            delivery_city="" if same else text("delivery_city"),
            delivery_country="" if same else self._code("delivery_country"),
            notes=self._notes(),
            tags=[t.strip() for t in text("tags").split(",") if t.strip()],
            custom={k: v for k, v in custom.items() if v is not None},
        )

    def set_input(self, data: CompanyInput) -> None:
        """Fill the form (for editing); identifiers are shown grouped."""
        shown = {
            "siren": format_siren(data.siren),
            "siret": format_siret(data.siret),
            "vat_number": format_vat_number(data.vat_number),
        }
        for key in (
            "name",
            "legal_name",
            "siren",
            "siret",
            "vat_number",
            "sector",
            "email",
            "phone",
            "website",
            "address_line1",
            "address_line2",
            "postcode",
            "city",
            "delivery_address_line1",
            "delivery_address_line2",
            "delivery_postcode",
            "delivery_city",
        ):
            self._line_edit(key).setText(shown.get(key, getattr(data, key) or ""))
        self._set_code("size", data.size or "")
        self._set_code("country", data.country or "FR")
        self._set_code("delivery_country", data.delivery_country or data.country or "FR")
        self.same_address.setChecked(not data.has_delivery_address)
        self._line_edit("tags").setText(", ".join(data.tags))
        notes = self.fields["notes"]
        assert isinstance(notes, QPlainTextEdit)
        notes.setPlainText(data.notes or "")
        for definition in self._definitions:
            self._set_custom_value(definition, (data.custom or {}).get(definition.key))
        self._touched.clear()
        for key in IDENTIFIERS:
            self._identifier_feedback(key)
        self._update_vat_placeholder()

    def _text(self, key: str) -> str:
        editor = self.fields[key]
        return editor.text() if isinstance(editor, QLineEdit) else ""

    def _code(self, key: str) -> str:
        editor = self.fields[key]
        return str(editor.currentData() or "") if isinstance(editor, QComboBox) else ""

    def _set_code(self, key: str, code: str) -> None:
        editor = self.fields[key]
        assert isinstance(editor, QComboBox)
        found = editor.findData(code)
        if found < 0 and code:
            editor.addItem(code, code)  # a value this version does not list: kept as it is
            found = editor.count() - 1
        editor.setCurrentIndex(max(found, 0))

    def _notes(self) -> str:
        editor = self.fields["notes"]
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else ""

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
            number, ok = editor.locale().toDouble(text)
            if not ok:
                return None
            return int(number) if number.is_integer() else number
        return None

    def _set_custom_value(self, definition: CustomField, value: Any) -> None:
        editor = self.fields[f"custom:{definition.key}"]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            self._set_code(f"custom:{definition.key}", str(value) if value else "")
        elif isinstance(editor, OptionalDate):
            try:
                editor.set_value(date.fromisoformat(str(value)) if value else None)
            except ValueError:
                editor.set_value(None)
        elif isinstance(editor, QLineEdit):
            if isinstance(value, int | float) and not isinstance(value, bool):
                editor.setText(editor.locale().toString(float(value), "g", 15))
            else:
                editor.setText("" if value is None else str(value))

    def _same_toggled(self, same: bool) -> None:
        self.delivery_box.setVisible(not same)
        if not same:
            self._set_code("delivery_country", self._code("delivery_country") or "FR")
            self.fields["delivery_address_line1"].setFocus(Qt.FocusReason.OtherFocusReason)
        self._refresh_errors()

    # -- checking -----------------------------------------------------------------------

    def check(self) -> dict[str, str]:
        """Every mistake in the form: field -> message template (English)."""
        errors = dict(self.service.validate(self.input()))
        for definition in self._definitions:
            editor = self.fields[f"custom:{definition.key}"]
            if (
                definition.field_type == CustomFieldType.NUMBER
                and isinstance(editor, QLineEdit)
                and editor.text().strip()
                and not editor.locale().toDouble(editor.text().strip())[1]
            ):
                errors[f"custom:{definition.key}"] = MSG_NUMBER
        return errors

    def _left(self, key: str) -> None:
        """The user left a field: check it, and look for duplicates if it can reveal one."""
        self._touched.add(key)
        self._refresh_errors()
        if key in DUPLICATE_FIELDS:
            self.look_for_duplicates()

    def _edited(self, key: str) -> None:
        if key in IDENTIFIERS or key == "vat_number":
            # Checked as typed: the message says at once what is wrong, or that it is right.
            self._refresh_errors()
            if key == "siren":
                self._update_vat_placeholder()
            return
        # While a field shows a mistake, the message goes as soon as it is mended.
        if key in self.errors or key == "notes" or key.startswith("custom:"):
            self._touched.add(key)
            self._refresh_errors()

    def _identifier_error(self, key: str) -> str | None:
        """The message of an identifier being typed (None while it is not complete)."""
        text = self._text(key)
        digits = compact(text)
        siren = self._text("siren")
        if key == "vat_number":
            if len(digits) < 4 and key not in self._touched and not self._show_all:
                return None
            return vat_error(text, siren if siren_error(siren) is None else None)
        wanted = IDENTIFIERS[key]
        if (
            len(digits) < wanted
            and digits.isdigit()
            and not (key in self._touched or self._show_all)
        ):
            return None  # still typing
        if key == "siren":
            return siren_error(text)
        return siret_error(text, siren if siren_error(siren) is None else None)

    def _identifier_feedback(self, key: str) -> None:
        """Under an identifier: its mistake, how many digits are still missing, or ✓."""
        label = self.error_labels[key]
        text = self._text(key)
        digits = compact(text)
        error = self._identifier_error(key) if digits else None
        self._identifier_errors[key] = error
        if not digits:
            label.hide()
            return
        if error:
            label.setText(translate_template(error))
            label.setStyleSheet(ERROR_STYLE)
        elif key in IDENTIFIERS and len(digits) < IDENTIFIERS[key]:
            label.setText(
                self.tr("%1 of %2 digits")
                .replace("%1", str(len(digits)))
                .replace("%2", str(IDENTIFIERS[key]))
            )
            label.setStyleSheet(HINT_STYLE)
        elif key == "vat_number" and len(digits) < 4:
            label.hide()
            return
        else:
            valid = {
                "siren": self.tr("✓ Valid SIREN"),
                "siret": self.tr("✓ Valid SIRET"),
                "vat_number": self.tr("✓ Valid VAT number"),
            }[key]
            label.setText(valid)
            label.setStyleSheet(VALID_STYLE)
        label.show()

    def _update_vat_placeholder(self) -> None:
        """The VAT field suggests the French number of the SIREN typed."""
        vat = french_vat_number(self._text("siren"))
        edit = self._line_edit("vat_number")
        if vat:
            edit.setPlaceholderText(format_vat_number(vat))
            edit.setToolTip(
                self.tr("The French VAT number of this SIREN is %1").replace(
                    "%1", format_vat_number(vat)
                )
            )
        else:
            edit.setPlaceholderText("FR 12 345 678 901")
            edit.setToolTip("")

    def _refresh_errors(self) -> dict[str, str]:
        errors = self.check()
        self.errors = errors
        general: list[str] = []
        for key, label in self.error_labels.items():
            if key == "general":
                continue
            if key in IDENTIFIERS or key == "vat_number":
                self._identifier_feedback(key)
                continue
            message = errors.get(key)
            hidden = key.startswith("delivery_") and self.same_address.isChecked()
            visible = message is not None and not hidden
            visible = visible and (self._show_all or key in self._touched)
            label.setText(translate_template(message) if message else "")
            label.setVisible(visible)
        for key, message in errors.items():
            if key not in self.error_labels and self._show_all:
                general.append(translate_template(message))
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        return errors

    def visible_errors(self) -> dict[str, str]:
        """The mistakes shown under the fields now (translated), by field."""
        shown = {}
        for key, label in self.error_labels.items():
            if label.isHidden() or not label.text():
                continue
            if key in IDENTIFIERS or key == "vat_number":
                if self._identifier_errors.get(key):
                    shown[key] = label.text()
            elif key in self.errors or key == "general":
                shown[key] = label.text()
        return shown

    def feedback(self, key: str) -> str:
        """What is shown under a field now ("" when nothing)."""
        label = self.error_labels[key]
        return "" if label.isHidden() else label.text()

    def look_for_duplicates(self) -> list[CompanyDuplicate]:
        """Look for companies that are likely this one; show them in the panel if any."""
        data = self.input()
        if not (data.siren or data.siret or data.vat_number) and not (
            data.name and (data.city or data.postcode)
        ):
            self._show_duplicates([])
            return []
        try:
            found = self.service.find_duplicates(data, self.company_id)
        except (UserError, DatabaseError) as error:
            show_error(self, error)
            return []
        self._show_duplicates(found)
        return found

    def _show_duplicates(self, found: list[CompanyDuplicate], on_save: bool = False) -> None:
        self.duplicates = found
        self.duplicate_list.clear()
        if not found:
            self.duplicate_panel.hide()
            return
        if on_save:
            title = self.tr(
                "Check before saving: this company may already exist. "
                "Open the existing one, or save anyway."
            )
        else:
            title = self.tr("This company may already exist:")
        self.duplicate_title.setText(title)
        reasons = {
            "siren": self.tr("same SIREN"),
            "siret": self.tr("same SIRET"),
            "vat": self.tr("same VAT number"),
            "name": self.tr("similar name, same city"),
        }
        for candidate in found:
            parts = [candidate.name]
            parts += [p for p in (candidate.city, format_siren(candidate.siren)) if p]
            reason = reasons.get(candidate.reason, candidate.reason)
            item = QListWidgetItem(f"{' — '.join(parts)}  ({reason})")
            item.setData(Qt.ItemDataRole.UserRole, candidate.id)
            self.duplicate_list.addItem(item)
        self.duplicate_list.setCurrentRow(0)
        rows = min(len(found), 4)
        self.duplicate_list.setFixedHeight(
            rows * self.duplicate_list.sizeHintForRow(0) + 2 * self.duplicate_list.frameWidth() + 4
        )
        self.duplicate_panel.show()

    # -- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        """Save if the form is right and no likely duplicate exists; True when saved."""
        self._show_all = True
        errors = self._refresh_errors()
        if errors:
            self._focus_first_error(errors)
            return False
        if self.company_id is None:
            try:
                found = self.service.find_duplicates(self.input())
            except (UserError, DatabaseError) as error:
                show_error(self, error)
                return False
            if found:
                self._show_duplicates(found, on_save=True)
                self.open_existing_button.setFocus()
                return False
        return self._write()

    def save_anyway(self) -> bool:
        """Save even though likely duplicates exist (mistakes still refuse)."""
        self._show_all = True
        errors = self._refresh_errors()
        if errors:
            self._focus_first_error(errors)
            return False
        return self._write()

    def open_existing(self) -> None:
        item = self.duplicate_list.currentItem() or self.duplicate_list.item(0)
        if item is None:
            return
        self.openCompanyRequested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        self.reject()

    def _write(self) -> bool:
        data = self.input()
        try:
            if self.company_id is None:
                company_id = self.service.create(data)
            else:
                self.service.update(self.company_id, data)
                company_id = self.company_id
        except ValidationError as error:
            self.errors = dict(error.fields)
            for key, message in error.fields.items():
                label = self.error_labels.get(key, self.general_error)
                label.setText(translate_template(message))
                label.setStyleSheet(ERROR_STYLE)
                label.show()
            return False
        except (UserError, DatabaseError) as error:
            show_error(self, error)
            return False
        self.company_id = company_id
        self.saved.emit(company_id)
        self.accept()
        return True

    def _focus_first_error(self, errors: dict[str, str]) -> None:
        if any(key.startswith("delivery_") for key in errors):
            self.same_address.setChecked(False)
        for key in self.fields:
            if key in errors:
                self.fields[key].setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # -- geometry -----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = settings().value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)

    def done(self, result: int) -> None:
        settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)


__all__ = ["CompanyDialog"]
