"""Settings: the language of the interface, the database file in use, the custom fields."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.database import Database
from ui.i18n import chosen_language, install_translators, set_chosen_language
from ui.icons import icon

DATABASE_FILTER_EXTENSIONS = "*.db *.sqlite *.sqlite3 *.comptoir"


class SettingsDialog(QDialog):
    """Open it with ``open()``; the choices are applied when the user presses OK."""

    #: The language was changed (and its translations installed): "system", "fr" or "en".
    languageChosen = Signal(str)
    #: The user chose another database file (a Path) to work on.
    databaseChosen = Signal(object)
    #: Custom fields were added, changed, moved or deleted (lists and forms need them).
    customFieldsChanged = Signal()

    def __init__(
        self,
        db_path: Path | str | None,
        parent: QWidget | None = None,
        *,
        db: Database | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.db_path = Path(db_path) if db_path else None
        self.db = db
        self.file_dialog: QFileDialog | None = None
        self.custom_fields_dialog: QDialog | None = None

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("System language"), "system")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(chosen_language()), 0))
        note = QLabel(self.tr("The window is shown again at once in the language chosen."), self)
        note.setWordWrap(True)
        note.setEnabled(False)
        interface = QGroupBox(self.tr("Interface"), self)
        form = QFormLayout(interface)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", note)

        self.path = QLineEdit(str(self.db_path) if self.db_path else "", self)
        self.path.setObjectName("databasePath")
        self.path.setReadOnly(True)
        self.path.setMinimumWidth(380)
        self.path.setCursorPosition(0)
        open_button = QPushButton(icon("database"), self.tr("&Open another database…"), self)
        open_button.setObjectName("openDatabase")
        open_button.setAutoDefault(False)
        open_button.clicked.connect(self.ask_database)
        new_button = QPushButton(self.tr("&New database…"), self)
        new_button.setObjectName("newDatabase")
        new_button.setAutoDefault(False)
        new_button.clicked.connect(lambda: self.ask_database(new=True))
        buttons_row = QHBoxLayout()
        buttons_row.addStretch(1)
        buttons_row.addWidget(new_button)
        buttons_row.addWidget(open_button)
        database = QGroupBox(self.tr("Database"), self)
        database_layout = QVBoxLayout(database)
        database_layout.addWidget(QLabel(self.tr("The file Comptoir works on:"), self))
        database_layout.addWidget(self.path)
        database_layout.addLayout(buttons_row)

        fields_box = QGroupBox(self.tr("Custom fields"), self)
        fields_note = QLabel(
            self.tr("Your own fields on contacts, companies and deals (loyalty card, size…)."),
            self,
        )
        fields_note.setWordWrap(True)
        self.custom_fields_button = QPushButton(icon("settings"), self.tr("&Custom fields…"), self)
        self.custom_fields_button.setObjectName("customFields")
        self.custom_fields_button.setAutoDefault(False)
        self.custom_fields_button.setEnabled(db is not None)
        self.custom_fields_button.clicked.connect(self.open_custom_fields)
        fields_row = QHBoxLayout(fields_box)
        fields_row.addWidget(fields_note, 1)
        fields_row.addWidget(self.custom_fields_button)

        self.company_profile_dialog: QDialog | None = None
        profile_box = QGroupBox(self.tr("Company profile"), self)
        profile_note = QLabel(
            self.tr("Your business's name, address, SIRET, VAT number and logo, for quotes."),
            self,
        )
        profile_note.setWordWrap(True)
        self.company_profile_button = QPushButton(self.tr("Company &profile…"), self)
        self.company_profile_button.setObjectName("companyProfile")
        self.company_profile_button.setAutoDefault(False)
        self.company_profile_button.setEnabled(db is not None)
        self.company_profile_button.clicked.connect(self.open_company_profile)
        profile_row = QHBoxLayout(profile_box)
        profile_row.addWidget(profile_note, 1)
        profile_row.addWidget(self.company_profile_button)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(interface)
        layout.addWidget(database)
        layout.addWidget(fields_box)
        layout.addWidget(profile_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def open_custom_fields(self) -> QDialog | None:
        """Open the custom fields editor (beside this dialog, which may close meanwhile)."""
        if self.db is None:
            return None
        from ui.custom_fields_dialog import open_custom_fields_dialog

        dialog = open_custom_fields_dialog(self.db, self.parentWidget() or self)
        dialog.changed.connect(self.customFieldsChanged)
        self.custom_fields_dialog = dialog
        return dialog

    def open_company_profile(self) -> QDialog | None:
        """Open the company profile editor (beside this dialog, which may close meanwhile)."""
        if self.db is None:
            return None
        from ui.company_profile_dialog import open_company_profile_dialog

        dialog = open_company_profile_dialog(self.db, self.parentWidget() or self)
        self.company_profile_dialog = dialog
        return dialog

    def chosen(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        language = self.chosen()
        changed = language != chosen_language()
        super().accept()
        if changed:
            set_chosen_language(language)
            install_translators(language)
            self.languageChosen.emit(language)

    def ask_database(self, new: bool = False) -> QFileDialog:
        """Ask (without blocking) for a database file; ``choose_database`` gets the answer."""
        dialog = QFileDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setObjectName("databaseFileDialog")
        dialog.setNameFilters(
            [
                self.tr("Comptoir databases (%1)").replace("%1", DATABASE_FILTER_EXTENSIONS),
                self.tr("All files (*)"),
            ]
        )
        if self.db_path is not None:
            dialog.setDirectory(str(self.db_path.parent))
        if new:
            dialog.setWindowTitle(self.tr("New database"))
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("db")
        else:
            dialog.setWindowTitle(self.tr("Open a database"))
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.choose_database(Path(name)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def choose_database(self, path: Path) -> None:
        """Work on ``path`` from now on (the window is made again on it)."""
        if self.db_path is not None and path.resolve() == self.db_path.resolve():
            return
        self.path.setText(str(path))
        super().accept()
        self.databaseChosen.emit(path)


__all__ = ["SettingsDialog"]
