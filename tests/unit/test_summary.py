"""The accountant's workbook: sheets, amounts against the database, real formulas."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime

import openpyxl
import pytest
from sqlalchemy import func, select

from app.errors import UserError
from app.exchange.export_kinds import Period
from app.exchange.summary import export_summary, year_period
from models import Contact, Order, OrderLine, Product


@pytest.fixture
def shop(db) -> None:
    alice = Contact(first_name="Alice", last_name="Martin", customer_number="C-1")
    bruno = Contact(first_name="Bruno", last_name="Durand")
    wine = Product(name="Vin rouge", reference="VIN-1", vat_rate_bp=2000)
    cheese = Product(name="Comté", reference="FRO-1", vat_rate_bp=550)
    orders = [
        Order(
            number="F1",
            contact_id=alice.id,
            ordered_at=datetime(2025, 1, 10, 10, tzinfo=UTC),
            total_cents=3255,
        ),
        Order(
            number="F2",
            contact_id=bruno.id,
            ordered_at=datetime(2025, 3, 2, 10, tzinfo=UTC),
            total_cents=1200,
        ),
        # A credit note stored with a positive total still counts as a negative.
        Order(
            number="A1",
            kind="credit_note",
            contact_id=alice.id,
            ordered_at=datetime(2025, 3, 20, 10, tzinfo=UTC),
            total_cents=1200,
        ),
        # No lines: VAT unknown.
        Order(
            number="F3",
            contact_id=bruno.id,
            ordered_at=datetime(2025, 6, 1, 10, tzinfo=UTC),
            total_cents=500,
        ),
        Order(
            number="F0",
            contact_id=bruno.id,
            ordered_at=datetime(2024, 12, 1, 10, tzinfo=UTC),
            total_cents=999,
        ),
    ]
    lines = [
        OrderLine(
            order_id=orders[0].id,
            product_id=wine.id,
            quantity=1,
            amount_cents=1200,
            vat_rate_bp=2000,
        ),
        OrderLine(
            order_id=orders[0].id,
            product_id=cheese.id,
            quantity=2,
            amount_cents=2055,
            vat_rate_bp=550,
        ),
        OrderLine(
            order_id=orders[1].id,
            product_id=wine.id,
            quantity=1,
            amount_cents=1200,
            vat_rate_bp=2000,
        ),
        OrderLine(
            order_id=orders[2].id,
            product_id=wine.id,
            quantity=-1,
            amount_cents=-1200,
            vat_rate_bp=2000,
        ),
    ]
    with db.write("edit", "shop") as session:
        session.add_all([alice, bruno, wine, cheese, *orders])
        session.flush()
        session.add_all(lines)


def sheets(path, data_only=False):
    book = openpyxl.load_workbook(path, data_only=data_only)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}


def test_sheets_figures_and_formulas(db, shop, tmp_path):
    out = tmp_path / "summary.xlsx"
    result = export_summary(db, out, year_period(2025))
    assert (result.orders, result.credit_notes, result.total_incl_cents) == (4, 1, 3755)
    formulas = sheets(out)
    values = sheets(out, data_only=True)
    assert list(formulas) == ["Summary", "By month", "By customer", "By product", "Orders"]
    # By month: all twelve months, then a SUM row whose cached value is the total.
    months = formulas["By month"]
    assert len(months) == 1 + 12 + 1
    assert months[-1][4] == "=SUM(E2:E13)"
    assert values["By month"][-1][4] == pytest.approx(37.55)
    assert values["By month"][1][4] == pytest.approx(32.55)  # January
    assert values["By month"][3][4] == pytest.approx(0)  # March: 12 - 12
    # Orders: the credit note is negative, F3 has no VAT split.
    orders = {row[0]: row for row in values["Orders"][1:-1]}
    assert orders["A1"][2] == "Credit note" and orders["A1"][7] == pytest.approx(-12)
    assert orders["A1"][5] == pytest.approx(-10)
    assert orders["F3"][5] is None and orders["F3"][7] == pytest.approx(5)
    # F1: 12.00 at 20 % = 10.00 + 2.00; 20.55 at 5.5 % = 19.48 + 1.07
    assert orders["F1"][5] == pytest.approx(29.48) and orders["F1"][6] == pytest.approx(3.07)
    assert formulas["Orders"][-1][5:8] == ("=SUM(F2:F5)", "=SUM(G2:G5)", "=SUM(H2:H5)")
    assert values["Orders"][-1][7] == pytest.approx(37.55)
    # By product: wine 12 + 12 - 12, cheese 20.55; by customer: Alice 32.55 - 12.
    products = {row[0]: row for row in values["By product"][1:-1]}
    assert products["Vin rouge"][2] == 1 and products["Vin rouge"][5] == pytest.approx(12)
    assert products["Comté"][5] == pytest.approx(20.55)
    customers = {row[0]: row for row in values["By customer"][1:-1]}
    assert customers["Alice Martin"][5] == pytest.approx(20.55)
    assert customers["Bruno Durand"][5] == pytest.approx(17)
    # The front sheet points at the Orders totals.
    front = {row[0]: row[1] for row in formulas["Summary"]}
    assert front["Amount incl. VAT"] == "='Orders'!H6"
    assert {row[0]: row[1] for row in values["Summary"]}["Amount incl. VAT"] == pytest.approx(37.55)
    with zipfile.ZipFile(out) as archive:
        assert 'fullCalcOnLoad="1"' in archive.read("xl/workbook.xml").decode()


def test_totals_match_the_database(db, shop, tmp_path):
    out = tmp_path / "all.xlsx"
    export_summary(db, out, Period())
    with db.read() as session:
        orders = session.scalar(select(func.sum(Order.total_cents)).where(Order.kind == "order"))
        credits = session.scalar(
            select(func.sum(Order.total_cents)).where(Order.kind == "credit_note")
        )
    expected = (orders - abs(credits)) / 100
    assert sheets(out, data_only=True)["Orders"][-1][7] == pytest.approx(expected)


def test_bad_period_or_format(db, tmp_path):
    with pytest.raises(UserError, match="before it starts"):
        export_summary(db, tmp_path / "x.xlsx", Period(date(2025, 5, 1), date(2025, 1, 1)))
    with pytest.raises(UserError, match="Excel workbook"):
        export_summary(db, tmp_path / "x.csv", Period())
