"""SIREN, SIRET and VAT numbers: check digits, the La Poste exception, tolerant input."""

from __future__ import annotations

import random

import pytest

from app import demo
from app.identifiers import (
    MSG_SIREN_CHECK,
    MSG_SIREN_LENGTH,
    MSG_SIRET_CHECK,
    MSG_SIRET_LENGTH,
    MSG_SIRET_NOT_SIREN,
    MSG_SIRET_SIREN_CHECK,
    MSG_VAT_COUNTRY,
    MSG_VAT_FORMAT,
    MSG_VAT_FR_KEY,
    MSG_VAT_FR_LENGTH,
    MSG_VAT_FR_SIREN,
    MSG_VAT_NOT_SIREN,
    clean_siren,
    clean_siret,
    clean_vat_number,
    format_siren,
    format_siret,
    format_vat_number,
    french_vat_key,
    french_vat_number,
    is_siren,
    is_siret,
    luhn_complete,
    luhn_ok,
    siren_error,
    siren_of_siret,
    siret_error,
    vat_error,
)

# -- SIREN -------------------------------------------------------------------------------


@pytest.mark.parametrize("siren", ["732829320", "552008443", "356000000", "443061841"])
def test_real_sirens_are_valid(siren):
    assert siren_error(siren) is None
    assert is_siren(siren)
    assert clean_siren(siren) == siren


@pytest.mark.parametrize(
    "typed",
    [
        "732 829 320",
        "732.829.320",
        "732\u00a0829\u00a0320",  # non-breaking spaces, as pasted from a web page
        "732\u202f829\u202f320",  # narrow non-breaking spaces (French typography)
        " 732-829-320 ",
    ],
)
def test_a_siren_is_accepted_however_it_is_grouped_and_stored_bare(typed):
    assert clean_siren(typed) == "732829320"


@pytest.mark.parametrize("typed", ["73282932", "7328293201", "73282932A", "SIREN", "7 3 2"])
def test_a_siren_without_nine_digits_says_so(typed):
    assert siren_error(typed) == MSG_SIREN_LENGTH
    with pytest.raises(ValueError, match="9 digits"):
        clean_siren(typed)


@pytest.mark.parametrize("typed", ["732829321", "404833047", "732 829 302"])
def test_a_siren_with_a_wrong_check_digit_says_so(typed):
    assert siren_error(typed) == MSG_SIREN_CHECK
    assert "check digit" in MSG_SIREN_CHECK
    assert MSG_SIREN_CHECK != MSG_SIREN_LENGTH


def test_an_empty_siren_is_no_siren_rather_than_an_error():
    assert siren_error("") is None
    assert siren_error("  ") is None
    assert clean_siren(None) is None
    assert clean_siren(" \u00a0") is None
    assert not is_siren("")


def test_every_single_digit_typo_in_a_siren_is_caught():
    rng = random.Random(7)
    for _ in range(200):
        siren = luhn_complete(f"{rng.randrange(10**8):08d}")
        assert luhn_ok(siren)
        position = rng.randrange(9)
        wrong = str((int(siren[position]) + rng.randint(1, 9)) % 10)
        typo = siren[:position] + wrong + siren[position + 1 :]
        assert siren_error(typo) == MSG_SIREN_CHECK, (siren, typo)


def test_luhn_refuses_what_is_not_digits():
    assert not luhn_ok("")
    assert not luhn_ok("12a")
    assert not luhn_ok("١٢٣")  # Arabic-Indic digits are digits to Python, not to us
    assert luhn_ok("0")


# -- SIRET -------------------------------------------------------------------------------


def test_a_real_siret_is_valid_and_grouped_for_display():
    assert siret_error("73282932000074") is None
    assert clean_siret("732 829 320 00074") == "73282932000074"
    assert format_siret("73282932000074") == "732 829 320 00074"
    assert siren_of_siret("732 829 320 00074") == "732829320"
    assert is_siret("732.829.320.00074")


@pytest.mark.parametrize("typed", ["7328293200007", "732829320000745", "7328293200007X"])
def test_a_siret_without_fourteen_digits_says_so(typed):
    assert siret_error(typed) == MSG_SIRET_LENGTH
    with pytest.raises(ValueError, match="14 digits"):
        clean_siret(typed)


def test_a_siret_with_a_wrong_check_digit_says_so():
    assert siret_error("73282932000079") == MSG_SIRET_CHECK
    assert siren_of_siret("73282932000079") is None


def test_a_siret_whose_siren_part_is_wrong_says_so():
    head = next(f"{n:09d}" for n in range(100000000, 100000100) if not luhn_ok(f"{n:09d}"))
    siret = luhn_complete(f"{head}0001")
    assert luhn_ok(siret)
    assert siret_error(siret) == MSG_SIRET_SIREN_CHECK


def test_the_siret_must_begin_with_the_siren_when_both_are_given():
    assert siret_error("73282932000074", "732829320") is None
    assert siret_error("73282932000074", "732 829 320") is None
    assert siret_error("73282932000074", "552008443") == MSG_SIRET_NOT_SIREN
    with pytest.raises(ValueError):
        clean_siret("73282932000074", "552008443")
    # An invalid SIREN beside it is that field's problem, not the SIRET's.
    assert siret_error("73282932000074", "123") is None


def test_la_poste_establishments_only_need_a_digit_sum_multiple_of_five():
    # 3+5+6+4+9+8+3+7 = 45: an establishment of La Poste, although it fails Luhn.
    assert not luhn_ok("35600000049837")
    assert siret_error("35600000049837") is None
    assert siret_error("35600000049838") == MSG_SIRET_CHECK  # sum 46
    # Its head office follows Luhn like everyone else.
    assert luhn_ok("35600000000048")
    assert siret_error("35600000000048") is None
    assert siret_error("356 000 000 49837", "356000000") is None
    # The exception is for La Poste only.
    other = "73282932049837"
    assert sum(int(c) for c in other) % 5 != 0 or not luhn_ok(other)
    assert siret_error(other) == MSG_SIRET_CHECK


def test_demo_sirets_are_valid():
    rng = random.Random(3)
    for _ in range(50):
        siren = demo.random_siren(rng, public=rng.random() < 0.3)
        assert siren_error(siren) is None
        for establishment in (1, 2, 17):
            assert siret_error(demo.siret_for(siren, establishment), siren) is None


# -- VAT numbers ---------------------------------------------------------------------------


def test_the_french_vat_number_is_computed_from_the_siren():
    assert french_vat_key("732829320") == "44"
    assert french_vat_number("732 829 320") == "FR44732829320"
    assert french_vat_number("732829321") is None
    rng = random.Random(11)
    for _ in range(50):
        siren = demo.random_siren(rng)
        assert french_vat_number(siren) == demo.vat_number(siren)
        assert vat_error(demo.vat_number(siren), siren) is None


@pytest.mark.parametrize(
    "typed",
    ["FR44732829320", "FR 44 732 829 320", "fr44 732.829.320", "FR\u00a044\u00a0732829320"],
)
def test_a_french_vat_number_is_stored_bare_and_shown_grouped(typed):
    assert vat_error(typed) is None
    assert clean_vat_number(typed) == "FR44732829320"
    assert format_vat_number(clean_vat_number(typed)) == "FR 44 732 829 320"


def test_a_french_vat_number_with_the_wrong_key_says_so():
    assert vat_error("FR45732829320") == MSG_VAT_FR_KEY


def test_a_french_vat_number_with_a_wrong_siren_says_so():
    assert vat_error("FR44732829321") == MSG_VAT_FR_SIREN


def test_a_french_vat_number_of_the_wrong_length_says_so():
    assert vat_error("FR4473282932") == MSG_VAT_FR_LENGTH
    assert vat_error("FR447328293201") == MSG_VAT_FR_LENGTH
    assert vat_error("FRIO334175221") == MSG_VAT_FR_LENGTH  # keys never hold I or O


def test_the_vat_number_must_be_that_of_the_siren_given():
    assert vat_error("FR44732829320", "732829320") is None
    assert vat_error("FR44732829320", "552008443") == MSG_VAT_NOT_SIREN
    with pytest.raises(ValueError):
        clean_vat_number("FR44732829320", "552 008 443")


@pytest.mark.parametrize("number", ["FRK7399859412", "FR4Z123456782", "FR40303265045"])
def test_newer_french_keys_with_letters_are_checked_too(number):
    assert vat_error(number) is None


def test_monaco_numbers_have_no_siren_but_their_key_is_checked():
    number = "000012345"
    assert not luhn_ok(number)
    good = f"FR{french_vat_key(number)}{number}"
    assert vat_error(good) is None
    bad_key = f"{(int(french_vat_key(number)) + 1) % 97:02d}"
    assert vat_error(f"FR{bad_key}{number}") == MSG_VAT_FR_KEY


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("DE123456789", "DE123456789"),
        ("be 0123.456.789", "BE0123456789"),
        ("NL123456789B01", "NL123456789B01"),
        ("ATU12345678", "ATU12345678"),
        ("GR 123456789", "EL123456789"),  # Greece is EL for VAT
        ("IT 12345678901", "IT12345678901"),
        ("ESX1234567X", "ESX1234567X"),
        ("CHE-123.456.789 TVA", "CHE123456789TVA"),
    ],
)
def test_other_countries_numbers_are_checked_by_format(typed, stored):
    assert vat_error(typed) is None
    assert clean_vat_number(typed) == stored


@pytest.mark.parametrize("typed", ["DE12345678", "BE2123456789", "NL123456789X01", "ATU1234567"])
def test_a_foreign_number_of_the_wrong_format_says_so(typed):
    assert vat_error(typed) == MSG_VAT_FORMAT


@pytest.mark.parametrize("typed", ["XX123456789", "123456789", "44732829320"])
def test_a_vat_number_needs_its_country_prefix(typed):
    assert vat_error(typed) == MSG_VAT_COUNTRY


def test_showing_odd_values_keeps_them_as_stored():
    assert format_siren("732829320") == "732 829 320"
    assert format_siren("12") == "12"
    assert format_siret("") == ""
    assert format_siret(None) == ""
    assert format_vat_number("DE123456789") == "DE 123456789"
    assert format_vat_number("??") == "??"


def test_the_siren_inside_a_french_vat_number():
    from app.identifiers import siren_of_vat_number

    assert siren_of_vat_number("FR 44 732 829 320") == "732829320"
    assert siren_of_vat_number("FR45732829320") is None  # wrong key
    assert siren_of_vat_number("DE123456789") is None
    assert siren_of_vat_number(f"FR{french_vat_key('000012345')}000012345") is None  # Monaco
    assert siren_of_vat_number("") is None
