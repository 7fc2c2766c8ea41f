"""The company profile: the shop's identity printed on its quotes and documents.

Opened from Settings (Company profile…). Never blocks: ``open()``; OK saves through
``app.company_profile.save_profile`` and shows each invalid value under its field.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.company_profile import CompanyProfile, load_profile, save_profile
from app.errors import ValidationError
from models.database import Database
from ui.errors import show_error, translate_template


class CompanyProfileDialog(QDialog):
    """Edit the company profile; ``saved`` after a successful OK."""

    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyProfileDialog")
        self.setWindowTitle(self.tr("Company profile"))
        self.db = db
        self.logo_dialog: QFileDialog | None = None
        profile = load_profile(db)
        self.edits: dict[str, QLineEdit | QPlainTextEdit | QSpinBox] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "name": self.tr("Business &name:"),
            "address_line1": self.tr("&Address:"),
            "address_line2": self.tr("Address (line &2):"),
            "postcode": self.tr("&Postcode:"),
            "city": self.tr("&City:"),
            "phone": self.tr("P&hone:"),
            "email": self.tr("&E-mail:"),
            "website": self.tr("&Website:"),
            "siret": self.tr("&SIRET:"),
            "vat_number": self.tr("&VAT number:"),
            "legal_mentions": self.tr("&Legal mentions:"),
            "logo_path": self.tr("L&ogo:"),
            "payment_terms": self.tr("Pa&yment terms:"),
            "quote_validity_days": self.tr("Quotes &valid for:"),
            "quote_prefix": self.tr("Quote number &prefix:"),
        }
        hints = {
            "legal_mentions": self.tr("Legal form, capital, registry (RCS)… printed at the bottom"),
            "payment_terms": self.tr("Printed under the totals of each quote"),
            "quote_prefix": self.tr("Quotes are numbered PREFIX-YEAR-0001, without gaps"),
        }
        for name, text in labels.items():
            value = getattr(profile, name)
            editor: QLineEdit | QPlainTextEdit | QSpinBox
            if name in ("legal_mentions", "payment_terms"):
                editor = QPlainTextEdit(value, self)
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 3 + 14)
            elif name == "quote_validity_days":
                editor = QSpinBox(self)
                editor.setRange(1, 365)
                editor.setSuffix(self.tr(" days"))
                editor.setValue(value)
            else:
                editor = QLineEdit(value, self)
            if name in hints:
                editor.setToolTip(hints[name])
                if isinstance(editor, QLineEdit | QPlainTextEdit):
                    editor.setPlaceholderText(hints[name])
            editor.setObjectName(name)
            self.edits[name] = editor
            error = QLabel(self)
            error.setObjectName(f"{name}Error")
            error.setStyleSheet("color: #b84a00;")
            error.setWordWrap(True)
            error.hide()
            self.errors[name] = error
            cell = QVBoxLayout()
            cell.setSpacing(2)
            if name == "logo_path":
                row = QHBoxLayout()
                row.addWidget(editor, 1)
                browse = QPushButton(self.tr("&Browse…"), self)
                browse.setObjectName("browseLogo")
                browse.setAutoDefault(False)
                browse.clicked.connect(self.ask_logo)
                row.addWidget(browse)
                cell.addLayout(row)
            else:
                cell.addWidget(editor)
            cell.addWidget(error)
            label = QLabel(text, self)
            label.setBuddy(editor)
            form.addRow(label, cell)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Your business as it appears on quotes and printed documents."), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def profile(self) -> CompanyProfile:
        """The profile as typed (not checked yet)."""
        values: dict[str, object] = {}
        for item in fields(CompanyProfile):
            editor = self.edits.get(item.name)
            if isinstance(editor, QLineEdit):
                values[item.name] = editor.text()
            elif isinstance(editor, QPlainTextEdit):
                values[item.name] = editor.toPlainText()
            elif isinstance(editor, QSpinBox):
                values[item.name] = editor.value()
        current = load_profile(self.db)
        return CompanyProfile(**{**current.as_dict(), **values})

    def ask_logo(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose the logo"))
        dialog.setObjectName("logoFileDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Images (*.png *.jpg *.jpeg)"))
        edit = self.edits["logo_path"]
        assert isinstance(edit, QLineEdit)
        dialog.fileSelected.connect(edit.setText)
        self.logo_dialog = dialog
        dialog.open()
        return dialog

    def accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        try:
            save_profile(self.db, self.profile())
        except ValidationError as error:
            first = None
            for name, template in error.fields.items():
                label = self.errors.get(name)
                if label is None:
                    continue
                label.setText(translate_template(template))
                label.show()
                first = first or self.edits[name]
            if first is not None:
                first.setFocus()
            return
        except Exception as error:  # the world's fault is shown, a bug logged
            show_error(self, error)
            return
        super().accept()
        self.saved.emit()


def open_company_profile_dialog(db: Database, parent: QWidget | None) -> CompanyProfileDialog:
    dialog = CompanyProfileDialog(db, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["CompanyProfileDialog", "open_company_profile_dialog"]
