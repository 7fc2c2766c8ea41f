"""Cells as people type them, turned into clean values (or a clear reason why not)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from app.exchange import values as cv
from app.exchange.mapping import guess_mapping, normalise_header


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("31/12/2024", datetime(2024, 12, 31)),
        ("31-12-24", datetime(2024, 12, 31)),
        ("1.2.2025", datetime(2025, 2, 1)),
        ("2024-12-31", datetime(2024, 12, 31)),
        ("2024-12-31T14:30:00", datetime(2024, 12, 31, 14, 30)),
        ("31/12/2024 09h05", datetime(2024, 12, 31, 9, 5)),
        (" 31/12/2024\u00a0", datetime(2024, 12, 31)),
        (45657, datetime(2024, 12, 31)),  # a serial number, 1900 date system
        (45657.75, datetime(2024, 12, 31, 18, 0)),
        ("45657", datetime(2024, 12, 31)),
        (date(2024, 12, 31), datetime(2024, 12, 31)),
    ],
)
def test_dates_as_text_serials_and_cells(cell: object, expected: datetime):
    assert cv.moment(cell, "Date") == expected


def test_serials_in_the_1904_date_system():
    # The same day is 1462 days less in a 1904 workbook.
    assert cv.moment(45657 - 1462, "Date", epoch_1904=True) == datetime(2024, 12, 31)
    assert cv.day(45657 - 1462, "Date", epoch_1904=True) == date(2024, 12, 31)


@pytest.mark.parametrize("cell", ["31/02/2024", "demain", "12/13/2024", -5, True])
def test_a_cell_that_is_no_date_gives_a_reason(cell: object):
    with pytest.raises(cv.CellError) as error:
        cv.moment(cell, "Date")
    assert error.value.template == cv.MSG_DATE
    assert error.value.params["field"] == "Date"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1 234,56", Decimal("1234.56")),
        ("1\u00a0234,56 €", Decimal("1234.56")),
        ("1\u202f234,56", Decimal("1234.56")),
        ("1.234,56", Decimal("1234.56")),
        ("1,234.56", Decimal("1234.56")),
        ("-12,5", Decimal("-12.5")),
        ("(12,50)", Decimal("-12.50")),
        ("2.95", Decimal("2.95")),
        (2.95, Decimal("2.95")),
        (3, Decimal(3)),
        ("20 %", Decimal(20)),
    ],
)
def test_french_and_english_numbers(cell: object, expected: Decimal):
    assert cv.decimal(cell, "Prix") == expected


def test_money_in_cents_and_rates_in_basis_points():
    assert cv.cents("1 234,56", "Montant") == 123456
    assert cv.cents(0.1 + 0.2, "Montant") == 30
    assert cv.rate_bp("20 %", "TVA") == 2000
    assert cv.rate_bp(0.055, "TVA") == 550
    assert cv.rate_bp("5,5", "TVA") == 550
    with pytest.raises(cv.CellError) as error:
        cv.decimal("douze", "Prix")
    assert error.value.template == cv.MSG_NUMBER


@pytest.mark.parametrize(
    ("cell", "display", "e164"),
    [
        (612345678, "06 12 34 56 78", "+33612345678"),  # a number: its 0 was lost
        (612345678.0, "06 12 34 56 78", "+33612345678"),
        ("612345678", "06 12 34 56 78", "+33612345678"),
        ("06 12 34 56 78", "06 12 34 56 78", "+33612345678"),
        ("01.42.68.53.00", "01.42.68.53.00", "+33142685300"),
        ("+33 1 42 68 53 00", "+33 1 42 68 53 00", "+33142685300"),
        (33612345678, "+33612345678", "+33612345678"),
    ],
)
def test_phones_get_their_leading_zero_back(cell: object, display: str, e164: str):
    phone = cv.phone(cell, "Tél.")
    assert phone is not None
    assert (phone.display, phone.e164) == (display, e164)


def test_an_invalid_phone_gives_a_reason():
    with pytest.raises(cv.CellError) as error:
        cv.phone("12", "Tél.")
    assert error.value.template == cv.MSG_PHONE


def test_long_identifiers_stored_as_numbers_are_flagged():
    assert cv.identifier(12417, "N° client") == "12417"
    assert cv.identifier(12417.0, "N° client") == "12417"
    assert cv.identifier("00123", "N° client") == "00123"
    assert cv.identifier(123456789012345, "SIRET") == "123456789012345"
    for cell in (1234567890123456789, 1.2345678901234568e18, "1,23457E+15", "1.23457e+15"):
        with pytest.raises(cv.CellError) as error:
            cv.identifier(cell, "EAN")
        assert error.value.template == cv.MSG_PRECISION


def test_text_is_normalised():
    decomposed = "He\u0301le\u0300ne"  # NFD, as macOS writes it
    assert cv.text(decomposed) == "Hélène"
    assert cv.text(" Jean\u200b  Dupont\u00a0") == "Jean Dupont"
    assert cv.text("\ufeffZoé\u200d") == "Zoé"
    assert cv.text(12.0) == "12"
    assert cv.text(None) == ""


def test_headers_are_compared_folded():
    assert normalise_header(" N° Client ") == "n client"
    assert normalise_header("E-MAIL") == "e mail"
    assert normalise_header("Te\u0301l.") == "tel"


def test_french_and_english_headers_are_guessed():
    french = ["Nom", "Prénom", "Raison sociale", "Courriel", "Tél.", "Portable", "Adresse",
              "CP", "Ville", "N° client"]  # fmt: skip
    assert guess_mapping("contacts", french) == {
        0: "last_name", 1: "first_name", 2: "company", 3: "email", 4: "phone", 5: "mobile",
        6: "address_line1", 7: "postcode", 8: "city", 9: "external_ref",
    }  # fmt: skip
    english = ["Customer ID", "E-mail", "Code postal", "Société", "Something else"]
    assert guess_mapping("contacts", english) == {
        0: "external_ref",
        1: "email",
        2: "postcode",
        3: "company",
    }
    orders = ["N° facture", "Date", "N° client", "Quantité", "Prix unitaire", "Montant TTC"]
    assert guess_mapping("orders", orders) == {
        0: "number",
        1: "date",
        2: "customer_ref",
        3: "quantity",
        4: "unit_price",
        5: "amount",
    }
    retail = ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price",
              "Customer ID", "Country"]  # fmt: skip
    assert guess_mapping("orders", retail) == {
        0: "number", 1: "product_ref", 2: "description", 3: "quantity", 4: "date",
        5: "unit_price", 6: "customer_ref", 7: "country",
    }  # fmt: skip
    # A field goes to one column only: the first that names it.
    assert guess_mapping("contacts", ["E-mail", "Courriel"]) == {0: "email"}
