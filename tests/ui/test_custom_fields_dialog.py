"""The custom fields editor (from Settings), and custom fields in the contact form."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLineEdit, QMessageBox
from sqlalchemy import select

from app.contacts import ContactInput, ContactService
from app.custom_fields import create_field, list_fields
from app.history import last_undoable_batch, undo_batch
from models import CustomFieldDefinition
from tests.ui.conftest import type_text
from ui.custom_fields_dialog import CustomFieldsDialog, FieldEditor, open_custom_fields_dialog
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, db) -> CustomFieldsDialog:
    dialog = open_custom_fields_dialog(db, None)
    qtbot.addWidget(dialog)
    return dialog


def save(qtbot, editor: FieldEditor) -> None:
    button = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_settings_opens_the_editor_and_a_choice_field_is_added(qtbot, db):
    settings = SettingsDialog(db.path, None, db=db)
    qtbot.addWidget(settings)
    settings.open()
    qtbot.mouseClick(settings.custom_fields_button, Qt.MouseButton.LeftButton)
    dialog = settings.custom_fields_dialog
    assert isinstance(dialog, CustomFieldsDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    page = dialog.page("contact")
    assert page.labels() == [] and page.empty.isVisibleTo(page)

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None and editor.isVisible()
    type_text(qtbot, editor.label, "Vin préféré")
    editor.field_type.setCurrentIndex(editor.field_type.findData("choice"))
    assert editor.choices.isVisibleTo(editor)
    editor.choices.setFocus()
    qtbot.keyClicks(editor.choices, "Rouge")
    qtbot.keyClick(editor.choices, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.choices, "Blanc")
    # The preview shows the field as forms will.
    preview = editor.preview_form.itemAt(0, editor.preview_form.ItemRole.FieldRole).widget()
    assert isinstance(preview, QComboBox)
    assert [preview.itemText(i) for i in range(1, preview.count())] == ["Rouge", "Blanc"]
    with qtbot.waitSignal(settings.customFieldsChanged):
        save(qtbot, editor)
    assert not editor.isVisible()

    assert page.labels() == ["Vin préféré"]
    assert page.current_field().key == "vin_prefere"
    with db.read() as session:
        definition = session.scalar(select(CustomFieldDefinition))
    assert (definition.entity, definition.key, definition.field_type) == (
        "contact",
        "vin_prefere",
        "choice",
    )
    assert definition.choices == ["Rouge", "Blanc"]


def test_mistakes_are_shown_in_the_editor(qtbot, db, dialog):
    create_field(db, "contact", "Allergies", "text")
    dialog.reload()
    page = dialog.page()
    editor = page.add_field()
    save(qtbot, editor)
    assert editor.isVisible()
    assert editor.errors["label"].isVisibleTo(editor)
    assert editor.errors["label"].text() == "Give the field a name."
    qtbot.keyClicks(editor.label, "allergies")
    save(qtbot, editor)
    assert editor.errors["label"].text() == "Another field already has this name."
    editor.label.clear()
    qtbot.keyClicks(editor.label, "Taille")
    editor.field_type.setCurrentIndex(editor.field_type.findData("choice"))
    save(qtbot, editor)
    assert editor.errors["choices"].text() == "Give at least one choice, one per line."
    assert [f.label for f in list_fields(db, "contact")] == ["Allergies"]


def test_a_field_holding_values_keeps_its_type(qtbot, db, dialog):
    create_field(db, "contact", "Pointure", "number")
    ContactService(db).create(ContactInput(last_name="Roux", custom={"pointure": "38"}))
    dialog.reload()
    page = dialog.page()
    assert page.list.topLevelItem(0).text(2) == "1 record(s)"
    editor = page.edit_field()
    editor.field_type.setCurrentIndex(editor.field_type.findData("date"))
    assert editor.type_note.isVisibleTo(editor)
    save(qtbot, editor)
    assert editor.isVisible()
    assert "already holds values in 1 record(s)" in editor.general_error.text()
    assert list_fields(db, "contact")[0].field_type == "number"
    # Renaming is fine, and keeps the key (so the values).
    editor.field_type.setCurrentIndex(editor.field_type.findData("number"))
    editor.label.clear()
    qtbot.keyClicks(editor.label, "Pointure (EU)")
    save(qtbot, editor)
    assert page.labels() == ["Pointure (EU)"]
    assert list_fields(db, "contact")[0].key == "pointure"


def test_fields_move_and_are_deleted_then_undone(qtbot, db, dialog):
    for label in ("Allergies", "Pointure", "Carte"):
        create_field(db, "contact", label, "text")
    dialog.reload()
    page = dialog.page()
    page.select("carte")
    changes = []
    dialog.changed.connect(lambda: changes.append(1))
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert page.labels() == ["Allergies", "Carte", "Pointure"]
    assert page.current_field().key == "carte"
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert page.labels() == ["Carte", "Allergies", "Pointure"]
    assert not page.up_button.isEnabled()
    assert [f.label for f in list_fields(db, "contact")] == ["Carte", "Allergies", "Pointure"]

    page.select("allergies")
    box = page.delete_field()
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert page.labels() == ["Carte", "Pointure"]
    assert len(changes) == 3
    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "Delete custom field Allergies"
    undo_batch(db, batch.id)
    dialog.reload()
    assert page.labels() == ["Carte", "Allergies", "Pointure"]


def test_each_kind_of_record_has_its_tab(qtbot, db, dialog):
    create_field(db, "deal", "Origine", "choice", ["Salon", "Site web"])
    dialog.reload()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Contacts",
        "Companies",
        "Deals",
    ]
    assert dialog.page("deal").labels() == ["Origine"]
    assert dialog.page("contact").labels() == []
    dialog.show_entity("deal")
    assert dialog.page() is dialog.page("deal")


def test_the_contact_form_edits_every_type_of_field(qtbot, db):
    from ui.contact_dialog import ContactDialog

    create_field(db, "contact", "Carte", "text")
    create_field(db, "contact", "Pointure", "number")
    create_field(db, "contact", "Client depuis", "date")
    create_field(db, "contact", "Vin", "choice", ["Rouge", "Blanc"])
    create_field(db, "contact", "Newsletter papier", "bool")
    dialog = ContactDialog(db, None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert isinstance(dialog.fields["custom:carte"], QLineEdit)
    assert isinstance(dialog.fields["custom:newsletter_papier"], QCheckBox)
    qtbot.keyClicks(dialog.fields["last_name"], "Roux")
    qtbot.keyClicks(dialog.fields["custom:carte"], "F-1234")
    size = dialog.fields["custom:pointure"]
    qtbot.keyClicks(size, "beaucoup")
    assert dialog.check() == {"custom:pointure": "This number is not valid."}
    size.clear()
    qtbot.keyClicks(size, "38.5")  # the keypad's point, whatever the language
    assert dialog.check() == {}
    dialog.fields["custom:client_depuis"].set_value(date(2019, 3, 1))
    wine = dialog.fields["custom:vin"]
    wine.setCurrentIndex(wine.findData("Blanc"))
    dialog.fields["custom:newsletter_papier"].setChecked(True)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    service = ContactService(db)
    assert service.load_input(saved.args[0]).custom == {
        "carte": "F-1234",
        "pointure": 38.5,
        "client_depuis": "2019-03-01",
        "vin": "Blanc",
        "newsletter_papier": True,
    }
    # A choice removed since is kept as it is when the contact is saved again.
    from app.custom_fields import update_field

    update_field(db, "contact", "vin", choices=["Rouge", "Rosé"])
    edit = ContactDialog(db, saved.args[0], None)
    qtbot.addWidget(edit)
    edit.show()
    assert edit.fields["custom:vin"].currentText() == "Blanc"
    assert edit.check() == {}
