"""Importing orders: lines grouped by invoice, credit notes, customers created, real data."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select

from app.analytics.rfm import compute_rfm
from app.exchange import importer
from app.exchange import values as cv
from app.exchange.importer import ImportOptions, run_import
from app.history import undo_batch
from models import Contact, Order, OrderLine, Product
from models.database import Database
from models.enums import BatchKind, OrderKind
from tests.conftest import SHARED_DATA
from tests.unit.test_import_files import write_xlsx


def live(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(
            select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        )


def test_the_real_retail_workbook_imports_without_a_mapping(db: Database, tmp_path: Path):
    path = shutil.copy(SHARED_DATA / "online_retail_II_sample.xlsx", tmp_path / "retail.xlsx")
    summary = run_import(db, path, ImportOptions("orders"))
    assert summary.read == 14_269 and summary.rejected == 0
    assert set(summary.mapping.values()) == {
        "number", "product_ref", "description", "quantity", "date", "unit_price",
        "customer_ref", "country",
    }  # fmt: skip
    with db.read() as session:
        orders = session.execute(select(Order.number, Order.kind, Order.total_cents)).all()
        cancellations = {n for n, kind, _ in orders if kind == OrderKind.CREDIT_NOTE}
        assert cancellations and all(n.startswith("C") for n in cancellations)
        assert all(total <= 0 for n, kind, total in orders if kind == OrderKind.CREDIT_NOTE)
        assert {n for n, kind, _ in orders if n.startswith("C")} == cancellations
        assert len(orders) == summary.extra["orders"] + summary.extra["credit_notes"]
        # Line amount = quantity × price; the order total is the sum of its lines.
        first = session.scalars(select(Order).where(Order.number == "490397")).one()
        assert first.total_cents == sum(line.amount_cents for line in first.lines)
        mug = next(line for line in first.lines if line.description == "RETRO SPOT MUG")
        assert (mug.quantity, mug.unit_price_cents, mug.amount_cents) == (6, 295, 1770)
        assert first.ordered_at == datetime(2009, 12, 6, 10, 30).astimezone(UTC)
        # The customer was created from its reference, with its country.
        customer = session.get(Contact, first.contact_id)
        assert (customer.external_ref, customer.country) == ("12417", "BE")
        assert (
            session.scalar(select(func.count(func.distinct(Order.contact_id))))
            == (summary.extra["contacts"])
        )
        assert live(db, Product) == summary.extra["products"]
    # Sensible RFM figures afterwards.
    table = compute_rfm(db, date(2010, 12, 31))
    with db.read() as session:
        buyers = session.scalar(
            select(func.count(func.distinct(Order.contact_id))).where(Order.kind == OrderKind.ORDER)
        )
    assert len(table.rows) == buyers > 0.95 * summary.extra["contacts"]
    assert all(row.frequency >= 1 and row.customer_id.isdigit() for row in table.rows)
    assert sum(row.monetary_cents > 0 for row in table.rows) > 0.9 * len(table.rows)

    # Importing again writes nothing: every order is already there.
    again = run_import(db, path, ImportOptions("orders"))
    assert (again.created, again.skipped, again.batch_id) == (0, 14_269, None)
    assert again.rejects == []
    # Undo removes orders, lines, customers and products.
    undo_batch(db, summary.batch_id)
    assert [live(db, m) for m in (Order, OrderLine, Contact, Product)] == [0, 0, 0, 0]


def test_one_row_per_order_in_french(db: Database, tmp_path: Path):
    path = tmp_path / "ventes.csv"
    path.write_bytes(
        "N° facture;Date;N° client;Courriel;Montant TTC\r\n"
        "F-001;31/12/2024;C1;zoe@exemple.fr;1 234,56\r\n"
        "F-002;02/01/2025;C1;;10\r\n"
        "AV-003;03/01/2025;C1;;-10\r\n"
        "F-004;32/01/2025;C2;;5\r\n"
        "F-005;04/01/2025;C2;;\r\n".encode("cp1252")
    )
    summary = run_import(db, path, ImportOptions("orders"))
    assert (summary.created, summary.rejected) == (3, 2)
    reasons = {r.row: r.messages[0].template for r in summary.rejects}
    assert reasons == {5: cv.MSG_DATE, 6: importer.MSG_NEED_AMOUNT}
    with db.read() as session:
        orders = {o.number: o for o in session.scalars(select(Order))}
        assert orders["F-001"].total_cents == 123456
        assert orders["F-001"].lines == []  # one row per order: no lines
        assert orders["AV-003"].kind == OrderKind.CREDIT_NOTE
        assert orders["F-002"].kind == OrderKind.ORDER
        (customer,) = session.scalars(select(Contact)).all()
        assert (customer.external_ref, customer.email) == ("C1", "zoe@exemple.fr")
        assert {o.contact_id for o in orders.values()} == {customer.id}


def test_lines_are_grouped_by_invoice_even_when_apart(db: Database, tmp_path: Path):
    with db.write(BatchKind.CREATE, "Known customer") as session:
        known = Contact(last_name="Durand", email="zoe@exemple.fr", external_ref="C7")
        session.add(known)
        session.add(Product(reference="P1", name="Café", unit_price_cents=450))
    path = write_xlsx(
        tmp_path / "lignes.xlsx",
        [
            ["N° facture", "Date", "Courriel", "Réf", "Désignation", "Quantité", "Prix unitaire"],
            ["F1", datetime(2025, 3, 1, 10), "ZOE@exemple.fr", "P1", "Café", 2, "4,50"],
            ["F2", datetime(2025, 3, 2, 10), None, "P2", "Thé", 1, 3],
            ["F1", datetime(2025, 3, 1, 10), "zoe@exemple.fr", "P2", "Thé", 3, 3],
            ["F3", datetime(2025, 3, 4, 10), None, "P1", "Retour café", -1, 4.5],
        ],
    )
    summary = run_import(db, path, ImportOptions("orders"))
    assert summary.created == 4
    assert summary.extra == {
        "orders": 2, "credit_notes": 1, "lines": 4, "contacts": 0, "products": 1,
    }  # fmt: skip
    with db.read() as session:
        f1 = session.scalars(select(Order).where(Order.number == "F1")).one()
        assert f1.contact_id == known.id  # matched on the e-mail, whatever its case
        assert [(line.description, line.amount_cents) for line in f1.lines] == [
            ("Café", 900),
            ("Thé", 900),
        ]
        assert f1.total_cents == 1800
        f3 = session.scalars(select(Order).where(Order.number == "F3")).one()
        assert (f3.kind, f3.total_cents) == (OrderKind.CREDIT_NOTE, -450)
        products = dict(session.execute(select(Product.reference, Product.name)).all())
        assert products == {"P1": "Café", "P2": "Thé"}
        f2 = session.scalars(select(Order).where(Order.number == "F2")).one()
        assert f2.contact_id is None  # an anonymous till sale
