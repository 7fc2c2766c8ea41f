"""The New/Edit contact dialog: typing, inline validation, duplicates, custom fields."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from app.contacts import ContactQuery
from models import CustomFieldDefinition
from tests.ui.conftest import type_text, visible_names
from ui.contact_dialog import ContactDialog


def active(qtbot, dialog):
    """The dialog, shown and active (so that focus and Tab work as for a user)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.fixture
def dialog(qtbot, shown):
    """A New contact dialog opened from the window, shown."""
    return active(qtbot, shown.new_contact())


def type_into(qtbot, dialog, key, text):
    editor = dialog.fields[key]
    editor.setFocus()
    type_text(qtbot, editor, text)


def leave(qtbot, dialog, key):
    """Leave a field as the user does, with Tab."""
    qtbot.keyClick(dialog.fields[key], Qt.Key.Key_Tab)


def test_creating_a_contact_by_typing_then_save(qtbot, shown, dialog, service):
    type_into(qtbot, dialog, "first_name", "Hélène")
    type_into(qtbot, dialog, "last_name", "Dupré")
    type_into(qtbot, dialog, "company_name", "Épicerie du Marché")
    type_into(qtbot, dialog, "email", "helene@example.fr")
    type_into(qtbot, dialog, "phone", "02 47 00 00 01")
    type_into(qtbot, dialog, "postcode", "37000")
    type_into(qtbot, dialog, "city", "Tours")
    type_into(qtbot, dialog, "tags", "vip, salon")
    status = dialog.fields["status"]
    status.setCurrentIndex(status.findData("customer"))
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    contact_id = saved.args[0]
    data = service.load_input(contact_id)
    assert (data.first_name, data.last_name, data.email) == ("Hélène", "Dupré", "helene@example.fr")
    assert (data.company_name, data.city, data.postcode) == ("Épicerie du Marché", "Tours", "37000")
    assert data.status == "customer"
    assert data.tags == ["salon", "vip"]
    assert data.birthday is None
    assert not dialog.isVisible()
    assert "Hélène Dupré" in visible_names(shown.contacts)
    assert shown.contacts.selected_ids() == [contact_id]
    assert shown.action_undo.text() == "&Undo New contact Hélène Dupré"


def test_an_invalid_email_is_shown_under_its_field_and_nothing_is_saved(qtbot, dialog, service):
    type_into(qtbot, dialog, "last_name", "Martin")
    type_into(qtbot, dialog, "email", "marc.martin@")
    leave(qtbot, dialog, "email")
    label = dialog.error_labels["email"]
    assert label.isVisible()
    assert label.text() == "This e-mail address is not valid."
    assert not dialog.error_labels["last_name"].isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.save_button.isEnabled()
    assert service.count(ContactQuery()) == 0
    # Mending the address takes the message away as the user types.
    qtbot.keyClicks(dialog.fields["email"], "example.fr")
    assert not label.isVisible()


def test_save_shows_every_mistake_at_once(qtbot, dialog, service):
    type_into(qtbot, dialog, "phone", "12")
    type_into(qtbot, dialog, "postcode", "ABC")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.visible_errors() == {
        "last_name": "Give at least a last name, a first name or an e-mail.",
        "phone": "This phone number is not valid.",
        "postcode": "A French postcode has five digits (e.g. 75011).",
    }
    assert service.count(ContactQuery()) == 0


def test_a_contact_with_the_same_phone_shows_the_duplicate_panel(
    qtbot, add_contact, shown, service
):
    existing = add_contact("Marc", "Martin", phone="06 12 34 56 78", city="Lyon")
    dialog = active(qtbot, shown.new_contact())
    type_into(qtbot, dialog, "first_name", "Marco")
    type_into(qtbot, dialog, "last_name", "Martini")
    type_into(qtbot, dialog, "mobile", "+33 6 12 34 56 78")
    leave(qtbot, dialog, "mobile")
    assert dialog.duplicate_panel.isVisible()
    assert [d.id for d in dialog.duplicates] == [existing]
    item = dialog.duplicate_list.item(0).text()
    assert "Marc Martin" in item and "Lyon" in item and "same phone number" in item

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert service.count(ContactQuery()) == 1  # never silently created
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_anyway_button, Qt.MouseButton.LeftButton)
    assert service.count(ContactQuery()) == 2


def test_open_existing_shows_the_duplicate_instead(qtbot, add_contact, shown, service):
    existing = add_contact("Zoé", "Bernard", email="zoe@example.fr")
    dialog = active(qtbot, shown.new_contact())
    type_into(qtbot, dialog, "email", "ZOE@example.fr")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.duplicate_panel.isVisible()
    assert "same e-mail" in dialog.duplicate_list.item(0).text()
    qtbot.mouseClick(dialog.open_existing_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert shown.current_pane() == "contact"
    assert shown.contact_view.current_id() == existing
    assert service.count(ContactQuery()) == 1


def test_editing_fills_the_form_and_saves_the_changes(qtbot, add_contact, shown, service):
    contact_id = add_contact(
        "Alain", "Petit", email="alain@example.com", birthday=date(1970, 5, 17), tags=["vip"]
    )
    shown.contacts.refresh()
    dialog = active(qtbot, shown.edit_contact(contact_id))
    assert dialog.windowTitle() == "Edit contact — Alain Petit"
    assert dialog.fields["email"].text() == "alain@example.com"
    assert dialog.fields["tags"].text() == "vip"
    assert dialog.fields["birthday"].value() == date(1970, 5, 17)
    dialog.fields["city"].setFocus()
    type_text(qtbot, dialog.fields["city"], "Paris")
    dialog.fields["birthday"].none.setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    data = service.load_input(contact_id)
    assert data.city == "Paris"
    assert data.birthday is None
    assert data.tags == ["vip"]
    assert service.count(ContactQuery()) == 1
    assert shown.action_undo.text() == "&Undo Edit contact Alain Petit"


def test_custom_fields_get_an_editor_of_their_type(qtbot, db, shown, service):
    with db.write("system", "custom fields") as session:
        for position, (key, label, kind, choices) in enumerate(
            [
                ("loyalty", "Loyalty card", "text", None),
                ("children", "Children", "number", None),
                ("since", "Customer since", "date", None),
                ("wine", "Favourite wine", "choice", ["Red", "White"]),
                ("newsletter_paper", "Paper newsletter", "bool", None),
            ]
        ):
            session.add(
                CustomFieldDefinition(
                    entity="contact",
                    key=key,
                    label=label,
                    field_type=kind,
                    choices=choices,
                    position=position,
                )
            )
    dialog = ContactDialog(db, None, shown)
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    assert isinstance(dialog.fields["custom:loyalty"], QLineEdit)
    assert isinstance(dialog.fields["custom:wine"], QComboBox)
    assert isinstance(dialog.fields["custom:newsletter_paper"], QCheckBox)
    type_into(qtbot, dialog, "last_name", "Roux")
    type_into(qtbot, dialog, "custom:loyalty", "F-1234")
    type_into(qtbot, dialog, "custom:children", "3")
    dialog.fields["custom:since"].set_value(date(2019, 3, 1))
    wine = dialog.fields["custom:wine"]
    wine.setCurrentIndex(wine.findData("White"))
    dialog.fields["custom:newsletter_paper"].setChecked(True)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    custom = service.load_input(saved.args[0]).custom
    assert custom == {
        "loyalty": "F-1234",
        "children": 3,
        "since": "2019-03-01",
        "wine": "White",
        "newsletter_paper": True,
    }
    edit = ContactDialog(db, saved.args[0], shown)
    qtbot.addWidget(edit)
    assert edit.input().custom == custom


def test_the_company_field_suggests_existing_companies(qtbot, shown, service):
    from app.contacts import ContactInput

    service.create(ContactInput(last_name="Martin", company_name="Bistrot des Halles"))
    service.create(ContactInput(last_name="Petit", company_name="Épicerie du Marché"))
    dialog = active(qtbot, shown.new_contact())
    completer = dialog.fields["company_name"].completer()
    completer.setCompletionPrefix("bis")
    assert completer.currentCompletion() == "Bistrot des Halles"
    completer.setCompletionPrefix("épi")
    assert completer.currentCompletion() == "Épicerie du Marché"
