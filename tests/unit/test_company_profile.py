"""The company profile: stored in the settings, checked, printed on the quotes."""

from __future__ import annotations

import pytest

from app.company_profile import CompanyProfile, load_profile, save_profile
from app.errors import ValidationError
from app.history import list_batches


def test_a_new_database_has_an_empty_profile(db):
    assert load_profile(db) == CompanyProfile()
    assert load_profile(db).is_empty


def test_saving_cleans_and_keeps_the_profile_in_one_batch(db):
    saved = save_profile(
        db,
        CompanyProfile(
            name="  Cave  Saint-Éloi ",
            siret="732 829 320 00074",
            vat_number="fr44732829320",
            email="Contact@Cave.FR",
            quote_prefix="dv",
            quote_validity_days=15,
        ),
    )
    assert saved.name == "Cave Saint-Éloi"
    assert saved.siren == "732829320"  # from the SIRET
    assert saved.siret == "73282932000074"
    assert saved.vat_number == "FR44732829320"
    assert saved.email == "Contact@cave.fr"
    assert saved.quote_prefix == "DV"
    assert load_profile(db) == saved
    assert list_batches(db)[0].label == "Edit the company profile"


def test_bad_values_are_named_field_by_field(db, tmp_path):
    with pytest.raises(ValidationError) as caught:
        save_profile(
            db,
            CompanyProfile(
                name="",
                siret="123",
                quote_validity_days=0,
                quote_prefix="DEV 2026!",
                logo_path=str(tmp_path / "missing.png"),
            ),
        )
    assert set(caught.value.fields) == {
        "name",
        "siret",
        "quote_validity_days",
        "quote_prefix",
        "logo_path",
    }
    assert load_profile(db).is_empty


def test_unknown_or_broken_stored_values_are_ignored():
    profile = CompanyProfile.from_dict({"name": "X", "quote_validity_days": "30", "other": 1})
    assert profile.name == "X" and profile.quote_validity_days == 30
