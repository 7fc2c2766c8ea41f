"""The New/Edit company dialog: identifiers checked as typed, addresses, duplicates, saving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.companies import CompanyInput, CompanyService
from app.identifiers import format_vat_number, french_vat_number
from models import Company, CustomFieldDefinition
from models.database import Database
from models.enums import BatchKind
from tests.ui.conftest import type_text
from ui.company_dialog import CompanyDialog


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> CompanyDialog:
    widget = CompanyDialog(db)
    qtbot.addWidget(widget)
    widget.open()
    return widget


def count_companies(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Company)) or 0


# -- identifiers as you type ----------------------------------------------------------------


def test_the_siren_is_checked_as_it_is_typed(qtbot, dialog):
    siren = dialog.fields["siren"]
    qtbot.keyClicks(siren, "732 82")
    assert dialog.feedback("siren") == "5 of 9 digits"
    assert "siren" not in dialog.visible_errors()
    qtbot.keyClicks(siren, "9 320")
    assert dialog.feedback("siren") == "✓ Valid SIREN"
    qtbot.keyClick(siren, Qt.Key.Key_Backspace)
    qtbot.keyClicks(siren, "1")
    assert "check digit is wrong" in dialog.visible_errors()["siren"]
    qtbot.keyClicks(siren, "5")
    assert dialog.visible_errors()["siren"] == "A SIREN number has 9 digits."


def test_a_siren_left_incomplete_says_it_lacks_digits(qtbot, dialog):
    siren = dialog.fields["siren"]
    siren.setFocus()
    qtbot.keyClicks(siren, "7328")
    dialog.fields["siret"].setFocus()
    siren.editingFinished.emit()
    assert dialog.visible_errors()["siren"] == "A SIREN number has 9 digits."


def test_the_siret_must_be_of_the_siren_and_the_vat_number_is_suggested(qtbot, dialog):
    qtbot.keyClicks(dialog.fields["siren"], "552 008 443")
    expected = format_vat_number(french_vat_number("552008443"))
    assert expected == "FR 19 552 008 443"
    assert dialog.fields["vat_number"].placeholderText() == expected
    qtbot.keyClicks(dialog.fields["siret"], "732 829 320 00074")
    assert "does not begin with the company's SIREN" in dialog.visible_errors()["siret"]
    qtbot.keyClicks(dialog.fields["vat_number"], "FR 44 732 829 320")
    assert dialog.visible_errors()["vat_number"] == (
        "This VAT number is not that of the SIREN given."
    )
    dialog.fields["siren"].clear()
    qtbot.keyClicks(dialog.fields["siren"], "732829320")
    assert dialog.visible_errors() == {}
    assert dialog.feedback("siret") == "✓ Valid SIRET"
    assert dialog.feedback("vat_number") == "✓ Valid VAT number"


def test_a_wrong_siret_check_digit_is_told_apart_from_a_wrong_length(qtbot, dialog):
    siret = dialog.fields["siret"]
    qtbot.keyClicks(siret, "73282932000079")
    assert "check digit is wrong" in dialog.visible_errors()["siret"]
    siret.clear()
    qtbot.keyClicks(siret, "732829320000745")
    assert "14 digits" in dialog.visible_errors()["siret"]


# -- saving -----------------------------------------------------------------------------------


def test_save_refuses_mistakes_and_writes_nothing(qtbot, db, dialog):
    qtbot.keyClicks(dialog.fields["email"], "not-an-email")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    errors = dialog.visible_errors()
    assert errors["name"] == "Give the company's name."
    assert errors["email"] == "This e-mail address is not valid."
    assert dialog.isVisible()
    assert count_companies(db) == 0


def test_a_new_company_is_saved_with_bare_identifiers(qtbot, db, dialog):
    type_text(qtbot, dialog.fields["name"], "Hôtel du Théâtre")
    qtbot.keyClicks(dialog.fields["siret"], "732.829.320.00074")
    qtbot.keyClicks(dialog.fields["vat_number"], "fr 44 732 829 320")
    type_text(qtbot, dialog.fields["sector"], "Hôtellerie")
    dialog.fields["size"].setCurrentIndex(dialog.fields["size"].findData("10-49"))
    qtbot.keyClicks(dialog.fields["website"], "hotel-theatre.fr")
    qtbot.keyClicks(dialog.fields["postcode"], "37000")
    qtbot.keyClicks(dialog.fields["city"], "Tours")
    qtbot.keyClicks(dialog.fields["tags"], "VIP, Salon")
    with qtbot.waitSignal(dialog.saved, timeout=2000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with db.read() as session:
        company = session.get(Company, saved.args[0])
        assert company.name == "Hôtel du Théâtre"
        assert (company.siren, company.siret, company.vat_number) == (
            "732829320",
            "73282932000074",
            "FR44732829320",
        )
        assert (company.sector, company.size) == ("Hôtellerie", "10-49")
        assert company.website == "https://hotel-theatre.fr"
        assert company.delivery_address_line1 is None
    assert CompanyService(db).load_input(saved.args[0]).tags == ["Salon", "VIP"]


def test_a_delivery_address_when_not_the_head_office(qtbot, db, dialog):
    assert dialog.same_address.isChecked()
    assert not dialog.delivery_box.isVisible()
    type_text(qtbot, dialog.fields["name"], "Le Zinc")
    qtbot.keyClick(dialog.same_address, Qt.Key.Key_Space)
    assert dialog.delivery_box.isVisible()
    qtbot.keyClicks(dialog.fields["delivery_address_line1"], "Quai de Loire")
    qtbot.keyClicks(dialog.fields["delivery_postcode"], "999")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "five digits" in dialog.visible_errors()["delivery_postcode"]
    dialog.fields["delivery_postcode"].setText("37400")
    qtbot.keyClicks(dialog.fields["delivery_city"], "Amboise")
    with qtbot.waitSignal(dialog.saved, timeout=2000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.read() as session:
        company = session.get(Company, saved.args[0])
        assert (company.delivery_address_line1, company.delivery_city) == (
            "Quai de Loire",
            "Amboise",
        )
        assert company.delivery_country == "FR"


def test_editing_shows_identifiers_grouped_and_the_delivery_address(qtbot, db):
    service = CompanyService(db)
    company_id = service.create(
        CompanyInput(
            name="Le Zinc",
            siret="73282932000074",
            delivery_address_line1="Cuisine centrale",
            delivery_city="Tours",
        )
    )
    dialog = CompanyDialog(db, company_id)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.windowTitle() == "Edit company — Le Zinc"
    assert dialog.fields["siren"].text() == "732 829 320"
    assert dialog.fields["siret"].text() == "732 829 320 00074"
    assert dialog.feedback("siret") == "✓ Valid SIRET"
    assert not dialog.same_address.isChecked()
    assert dialog.fields["delivery_address_line1"].text() == "Cuisine centrale"
    qtbot.keyClick(dialog.same_address, Qt.Key.Key_Space)  # back to the head office
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.read() as session:
        company = session.get(Company, company_id)
        assert company.delivery_address_line1 is None and company.delivery_city is None
    assert count_companies(db) == 1  # editing never asks about duplicates of itself


# -- duplicates -------------------------------------------------------------------------------


def test_a_company_with_the_same_siren_is_flagged_before_saving(qtbot, db, dialog):
    existing = CompanyService(db).create(
        CompanyInput(name="Hôtel Le Cèdre Bleu", siren="732829320", city="Tours")
    )
    type_text(qtbot, dialog.fields["name"], "Cèdre Bleu")
    qtbot.keyClicks(dialog.fields["siren"], "732 829 320")
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.duplicate_panel.isVisible()
    assert dialog.duplicate_list.count() == 1
    assert "same SIREN" in dialog.duplicate_list.item(0).text()
    with qtbot.waitSignal(dialog.openCompanyRequested, timeout=1000) as opened:
        qtbot.mouseClick(dialog.open_existing_button, Qt.MouseButton.LeftButton)
    assert opened.args == [existing]
    assert count_companies(db) == 1


def test_save_anyway_creates_the_duplicate(qtbot, db, dialog):
    CompanyService(db).create(CompanyInput(name="Le Zinc", city="Tours"))
    type_text(qtbot, dialog.fields["name"], "Le Zinc")
    qtbot.keyClicks(dialog.fields["city"], "Tours")
    dialog.fields["city"].editingFinished.emit()
    assert dialog.duplicate_panel.isVisible()
    assert "similar name, same city" in dialog.duplicate_list.item(0).text()
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        qtbot.mouseClick(dialog.save_anyway_button, Qt.MouseButton.LeftButton)
    assert count_companies(db) == 2


# -- custom fields ----------------------------------------------------------------------------


def test_custom_fields_are_in_the_form(qtbot, db):
    with db.write(BatchKind.CREATE, "fields") as session:
        session.add(
            CustomFieldDefinition(entity="company", key="beds", label="Beds", field_type="number")
        )
        session.add(
            CustomFieldDefinition(
                entity="company",
                key="segment",
                label="Segment",
                field_type="choice",
                choices=["Premium", "Standard"],
                position=1,
            )
        )
    dialog = CompanyDialog(db)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.fields["name"].setText("Le Cèdre")
    qtbot.keyClicks(dialog.fields["custom:beds"], "42")
    dialog.fields["custom:segment"].setCurrentIndex(
        dialog.fields["custom:segment"].findData("Premium")
    )
    with qtbot.waitSignal(dialog.saved, timeout=2000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.read() as session:
        assert session.get(Company, saved.args[0]).custom == {"beds": 42, "segment": "Premium"}
