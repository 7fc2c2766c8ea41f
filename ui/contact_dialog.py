"""The New/Edit contact dialog.

The form holds a ``ContactInput``. Mistakes are shown inline, in red under their field, as
the user leaves a field and when they press Save (``ContactService.validate``); Save stays
enabled but refuses while a mistake remains. Likely duplicates (same e-mail, same phone,
similar name in the same place) are looked up after those fields are edited and on Save;
they are listed in a panel with "Save anyway" and "Open existing", so a duplicate is never
created silently.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
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

from app.contacts import ContactInput, ContactService, DuplicateCandidate
from app.custom_fields import CustomField
from app.errors import UserError, ValidationError
from models.database import Database, DatabaseError
from models.enums import Channel, CustomFieldType
from ui.errors import show_error, translate_template
from ui.formatting import (
    CHANNEL_CODES,
    CIVILITY_CODES,
    STAGE_CODES,
    STATUS_CODES,
    channel_label,
    civility_label,
    stage_label,
    status_label,
)
from ui.i18n import settings

ERROR_STYLE = "color: #c53030;"
GEOMETRY_KEY = "contact_dialog/geometry"
#: Fields after whose edit the dialog looks for likely duplicates.
MSG_NUMBER = QT_TRANSLATE_NOOP("errors", "This number is not valid.")
DUPLICATE_FIELDS = ("email", "email2", "phone", "mobile", "first_name", "last_name", "city")


def countries() -> list[tuple[str, str]]:
    """(ISO code, name) of the countries offered first."""
    return [
        ("FR", QCoreApplication.translate("countries", "France")),
        ("BE", QCoreApplication.translate("countries", "Belgium")),
        ("CH", QCoreApplication.translate("countries", "Switzerland")),
        ("LU", QCoreApplication.translate("countries", "Luxembourg")),
        ("MC", QCoreApplication.translate("countries", "Monaco")),
        ("DE", QCoreApplication.translate("countries", "Germany")),
        ("ES", QCoreApplication.translate("countries", "Spain")),
        ("IT", QCoreApplication.translate("countries", "Italy")),
        ("PT", QCoreApplication.translate("countries", "Portugal")),
        ("NL", QCoreApplication.translate("countries", "Netherlands")),
        ("GB", QCoreApplication.translate("countries", "United Kingdom")),
        ("IE", QCoreApplication.translate("countries", "Ireland")),
        ("US", QCoreApplication.translate("countries", "United States")),
        ("CA", QCoreApplication.translate("countries", "Canada")),
        ("MA", QCoreApplication.translate("countries", "Morocco")),
        ("DZ", QCoreApplication.translate("countries", "Algeria")),
        ("TN", QCoreApplication.translate("countries", "Tunisia")),
        ("SN", QCoreApplication.translate("countries", "Senegal")),
    ]


class ListCompleter(QCompleter):
    """Completes the last item of a comma-separated list ("vip, newsl" → "vip, newsletter")."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex) -> str:
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = [part.strip() for part in text.split(",")[:-1] if part.strip()]
        return ", ".join([*head, str(index.data())]) + ", "


class OptionalDate(QWidget):
    """A date that may be missing: a date editor and a "no date" check box.

    While there is no date the editor shows a dash; unticking the box brings back the date
    shown before (or ``default``).
    """

    def __init__(
        self, none_text: str, parent: QWidget | None = None, default: QDate | None = None
    ) -> None:
        super().__init__(parent)
        self._last = default or QDate.currentDate()
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(QDate(1900, 1, 1))
        self.edit.setMaximumDate(QDate(2100, 12, 31))
        self.edit.setSpecialValueText("—")
        self.none = QCheckBox(none_text, self)
        self.none.toggled.connect(self._toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.none)
        self.setFocusProxy(self.edit)
        self.none.setChecked(True)

    def _toggled(self, none: bool) -> None:
        if none:
            if self.edit.date() != self.edit.minimumDate():
                self._last = self.edit.date()
            self.edit.setDate(self.edit.minimumDate())  # shows the dash
        else:
            self.edit.setDate(self._last)
        self.edit.setDisabled(none)

    def value(self) -> date | None:
        if self.none.isChecked():
            return None
        qdate = self.edit.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.none.setChecked(True)
        else:
            self._last = QDate(value.year, value.month, value.day)
            if self.none.isChecked():
                self.none.setChecked(False)
            else:
                self.edit.setDate(self._last)


class ContactDialog(QDialog):
    """Create a contact (``contact_id`` None) or edit one; emits ``saved(contact_id)``."""

    saved = Signal(str)
    #: The user chose to open an existing contact listed as a likely duplicate.
    openContactRequested = Signal(str)

    def __init__(
        self, db: Database, contact_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.db = db
        self.contact_id = contact_id
        self.service = ContactService(db)
        self.fields: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.errors: dict[str, str] = {}
        self.duplicates: list[DuplicateCandidate] = []
        self._touched: set[str] = set()
        self._show_all = False
        self._definitions: list[CustomField] = self.service.custom_fields()
        self._build()
        if contact_id is not None:
            data = self.service.load_input(contact_id)
            self.set_input(data)
            name = f"{data.first_name} {data.last_name}".strip() or data.email
            self.setWindowTitle(self.tr("Edit contact — %1").replace("%1", name))
        else:
            self.setWindowTitle(self.tr("New contact"))
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
        """A form row: the editor with its (hidden) error message under it."""
        editor.setObjectName(key)
        self.fields[key] = editor
        holder = QWidget(self)
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

    def _build(self) -> None:
        none = self.tr("—")
        identity, form = self._form(self.tr("Identity"))
        self._add(
            form,
            "civility",
            self.tr("Civility:"),
            self._combo([("", none), *[(c, civility_label(c)) for c in CIVILITY_CODES]]),
        )
        self._add(form, "first_name", self.tr("&First name:"), self._line(max_length=200))
        self._add(form, "last_name", self.tr("&Last name:"), self._line(max_length=200))
        company = self._add(form, "company_name", self.tr("C&ompany:"), self._line())
        assert isinstance(company, QLineEdit)
        company_completer = QCompleter(self.service.company_names(), company)
        company_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        company_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        company.setCompleter(company_completer)
        self._add(form, "job_title", self.tr("&Job title:"), self._line(max_length=200))
        birthday = OptionalDate(self.tr("No birthday"), self, QDate(1980, 1, 1))
        birthday.edit.setMaximumDate(QDate.currentDate())
        self._add(form, "birthday", self.tr("&Birthday:"), birthday)

        contact, form = self._form(self.tr("Contact"))
        self._add(form, "email", self.tr("&E-mail:"), self._line(self.tr("name@example.com"), 320))
        self._add(form, "email2", self.tr("Second e-&mail:"), self._line(max_length=320))
        self._add(form, "phone", self.tr("&Phone:"), self._line(self.tr("01 23 45 67 89")))
        self._add(form, "mobile", self.tr("Mo&bile:"), self._line(self.tr("06 12 34 56 78")))
        channels = [c for c in CHANNEL_CODES if c != Channel.NOTE.value]
        self._add(
            form,
            "preferred_channel",
            self.tr("Preferred c&hannel:"),
            self._combo([("", none), *[(c, channel_label(c)) for c in channels]]),
        )

        address, form = self._form(self.tr("Address"))
        self._add(form, "address_line1", self.tr("&Address:"), self._line(max_length=300))
        self._add(form, "address_line2", self.tr("Address (line &2):"), self._line(max_length=300))
        self._add(form, "postcode", self.tr("Post&code:"), self._line(max_length=12))
        city = self._add(form, "city", self.tr("Cit&y:"), self._line(max_length=200))
        assert isinstance(city, QLineEdit)
        city_completer = QCompleter(self.service.cities(), city)
        city_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        city.setCompleter(city_completer)
        self._add(form, "country", self.tr("Co&untry:"), self._combo(countries()))

        crm, form = self._form(self.tr("Customer relationship"))
        self._add(
            form,
            "status",
            self.tr("&Status:"),
            self._combo([(c, status_label(c)) for c in STATUS_CODES]),
        )
        self._add(
            form,
            "relationship_stage",
            self.tr("Relationship s&tage:"),
            self._combo([("", none), *[(c, stage_label(c)) for c in STAGE_CODES]]),
        )
        self._add(
            form,
            "source",
            self.tr("So&urce:"),
            self._line(self.tr("Shop, website, word of mouth…"), 100),
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
        notes = QPlainTextEdit(self)
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(70)
        self._add(form, "notes", self.tr("&Notes:"), notes)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        grid.addWidget(identity, 0, 0)
        grid.addWidget(contact, 1, 0)
        grid.addWidget(address, 0, 1)
        grid.addWidget(crm, 1, 1)
        if self._definitions:
            grid.addWidget(self._custom_box(), 2, 0, 1, 2)
        grid.setRowStretch(3, 1)
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
        self.setMinimumSize(640, 480)
        self.resize(920, 700)

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
                # No validator: "1 234,5", "1234.5" (the keypad's point) are all accepted,
                # and a mistake is shown under the field like any other.
                editor = self._line()
                editor.setAlignment(Qt.AlignmentFlag.AlignRight)
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

    def input(self) -> ContactInput:
        """The form's values."""
        text = self._text
        custom: dict[str, Any] = {}
        for definition in self._definitions:
            custom[definition.key] = self._custom_value(definition)
        return ContactInput(
            first_name=text("first_name"),
            last_name=text("last_name"),
            civility=self._code("civility"),
            email=text("email"),
            email2=text("email2"),
            phone=text("phone"),
            mobile=text("mobile"),
            address_line1=text("address_line1"),
            address_line2=text("address_line2"),
            postcode=text("postcode"),
            city=text("city"),
            country=self._code("country") or "FR",
            birthday=self._date("birthday"),
            company_name=text("company_name"),
            job_title=text("job_title"),
            source=text("source"),
            status=self._code("status"),
            relationship_stage=self._code("relationship_stage"),
            preferred_channel=self._code("preferred_channel"),
            notes=self._notes(),
            tags=[t.strip() for t in text("tags").split(",") if t.strip()],
            custom={k: v for k, v in custom.items() if v is not None},
        )

    def set_input(self, data: ContactInput) -> None:
        """Fill the form (for editing)."""
        for key in (
            "first_name",
            "last_name",
            "email",
            "email2",
            "phone",
            "mobile",
            "address_line1",
            "address_line2",
            "postcode",
            "city",
            "company_name",
            "job_title",
            "source",
        ):
            editor = self.fields[key]
            assert isinstance(editor, QLineEdit)
            editor.setText(getattr(data, key) or "")
        for key in ("civility", "status", "relationship_stage", "preferred_channel", "country"):
            self._set_code(key, getattr(data, key) or "")
        birthday = self.fields["birthday"]
        assert isinstance(birthday, OptionalDate)
        birthday.set_value(data.birthday)
        tags = self.fields["tags"]
        assert isinstance(tags, QLineEdit)
        tags.setText(", ".join(data.tags))
        notes = self.fields["notes"]
        assert isinstance(notes, QPlainTextEdit)
        notes.setPlainText(data.notes or "")
        for definition in self._definitions:
            self._set_custom_value(definition, (data.custom or {}).get(definition.key))
        self._touched.clear()

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

    def _date(self, key: str) -> date | None:
        editor = self.fields[key]
        return editor.value() if isinstance(editor, OptionalDate) else None

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
                return text  # read by the service ("1234.5" in French), or refused there
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

    # -- checking -----------------------------------------------------------------------

    def check(self) -> dict[str, str]:
        """Every mistake in the form: field -> message template (English)."""
        # The service checks the custom fields too ("custom:<key>"); with the contact's id,
        # a value left as stored (a choice removed since) is accepted.
        return dict(self.service.validate(self.input(), self.contact_id))

    def _left(self, key: str) -> None:
        """The user left a field: check it, and look for duplicates if it can reveal one."""
        self._touched.add(key)
        self._refresh_errors()
        if key in DUPLICATE_FIELDS:
            self.look_for_duplicates()

    def _edited(self, key: str) -> None:
        # While a field shows a mistake, the message goes as soon as it is mended.
        if key in self.errors or key in ("birthday", "notes"):
            self._touched.add(key)
            self._refresh_errors()

    def _refresh_errors(self) -> dict[str, str]:
        errors = self.check()
        self.errors = errors
        general: list[str] = []
        for key, label in self.error_labels.items():
            if key == "general":
                continue
            message = errors.get(key)
            visible = message is not None and (self._show_all or key in self._touched)
            label.setText(translate_template(message) if message else "")
            label.setVisible(visible)
        for key, message in errors.items():
            if key not in self.error_labels and self._show_all:
                general.append(translate_template(message))
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        return errors

    def visible_errors(self) -> dict[str, str]:
        """The messages shown under the fields now (translated), by field."""
        return {
            key: label.text()
            for key, label in self.error_labels.items()
            if not label.isHidden() and label.text()
        }

    def look_for_duplicates(self) -> list[DuplicateCandidate]:
        """Look for contacts that are likely this one; show them in the panel if any."""
        data = self.input()
        if not (data.email or data.email2 or data.phone or data.mobile) and not (
            (data.first_name or data.last_name) and (data.city or data.postcode)
        ):
            self._show_duplicates([])
            return []
        try:
            found = self.service.find_duplicates(data, self.contact_id)
        except (UserError, DatabaseError) as error:
            show_error(self, error)
            return []
        self._show_duplicates(found)
        return found

    def _show_duplicates(self, found: list[DuplicateCandidate], on_save: bool = False) -> None:
        self.duplicates = found
        self.duplicate_list.clear()
        if not found:
            self.duplicate_panel.hide()
            return
        if on_save:
            title = self.tr(
                "Check before saving: this contact may already exist. "
                "Open the existing one, or save anyway."
            )
        else:
            title = self.tr("This contact may already exist:")
        self.duplicate_title.setText(title)
        reasons = {
            "email": self.tr("same e-mail"),
            "phone": self.tr("same phone number"),
            "name": self.tr("similar name, same place"),
        }
        for candidate in found:
            parts = [candidate.name or self.tr("(no name)")]
            parts += [p for p in (candidate.city, candidate.email or candidate.phone) if p]
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
        try:
            found = self.service.find_duplicates(self.input(), self.contact_id)
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
        self.openContactRequested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        self.reject()

    def _write(self) -> bool:
        data = self.input()
        try:
            if self.contact_id is None:
                contact_id = self.service.create(data)
            else:
                self.service.update(self.contact_id, data)
                contact_id = self.contact_id
        except ValidationError as error:
            self.errors = dict(error.fields)
            for key, message in error.fields.items():
                label = self.error_labels.get(key, self.general_error)
                label.setText(translate_template(message))
                label.show()
            return False
        except (UserError, DatabaseError) as error:
            show_error(self, error)
            return False
        self.contact_id = contact_id
        self.saved.emit(contact_id)
        self.accept()
        return True

    def _focus_first_error(self, errors: dict[str, str]) -> None:
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


__all__ = ["ContactDialog", "ListCompleter", "OptionalDate", "countries"]
