"""Exports of lists: typed cells, the view's columns/order, formula injection, CSV bytes."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from app.contacts import ContactQuery, ContactService
from app.errors import UserError
from app.exchange.export import (
    Column,
    ExportCancelled,
    TableSpec,
    export_table,
    safe_text,
)
from app.exchange.export_kinds import Period
from models import Company, Contact, Deal, Order, OrderLine, Pipeline, PipelineStage

NASTY = ["=1+1", "+33 6 12 34 56 78", "-2", "@SUM(A1)", "\tx", "\rx", "\nx", '=HYPERLINK("x")']


@pytest.fixture
def people(db) -> dict[str, str]:
    acme = Company(name="Acme")
    rows = [
        acme,
        Contact(
            first_name="Zoé",
            last_name="Abel",
            email="zoe@example.fr",
            city="Lyon",
            postcode="01000",
            status="customer",
            birthday=date(1990, 5, 17),
            company_id=acme.id,
        ),
        Contact(first_name="=1+1", last_name="Bad", phone="+33 6 12 34 56 78", city="Paris"),
        Contact(first_name="Marc", last_name="Cros", notes="@SUM(A1)", city="Lyon"),
    ]
    with db.write("edit", "people") as session:
        session.add_all(rows)
    return {c.last_name: c.id for c in rows if isinstance(c, Contact)}


def test_the_view_columns_and_order_are_exported_with_the_given_titles(db, people, tmp_path):
    service = ContactService(db)
    ids = service.search_ids(ContactQuery(city="Lyon", sort="name", descending=True))
    spec = TableSpec(
        "contacts",
        (Column("name", "Nom"), Column("postcode", "CP"), Column("status", "Statut")),
        tuple(ids),
        title="Contacts",
        filters=(("Ville", "Lyon"), ("Tri", "Nom, décroissant")),
        labels={"status": {"customer": "Client"}},
        texts={"sheet": "Export", "list": "Liste", "rows": "Lignes", "exported": "Exporté le"},
    )
    out = tmp_path / "contacts.xlsx"
    result = export_table(db, spec, out, now=datetime(2026, 1, 2, 10, 0, tzinfo=UTC))
    assert result.rows == 2
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows == [
        ("Nom", "CP", "Statut"),
        ("Marc Cros", None, "Prospect"),
        ("Zoé Abel", "01000", "Client"),
    ]
    assert sheet["B3"].data_type == "s"  # the postcode keeps its leading zero, as text
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C3"
    assert sheet.column_dimensions["A"].width >= 9
    info = {row[0]: row[1] for row in book.worksheets[1].iter_rows(values_only=True)}
    assert info["Liste"] == "Contacts"
    assert info["Ville"] == "Lyon" and info["Tri"] == "Nom, décroissant"
    assert info["Lignes"] == 2
    assert isinstance(info["Exporté le"], datetime)


def test_no_text_cell_is_ever_a_formula_in_xlsx(db, tmp_path):
    rows = [Contact(first_name="X", last_name=str(i), notes=text) for i, text in enumerate(NASTY)]
    with db.write("edit", "nasty") as session:
        session.add_all(rows)
    spec = TableSpec(
        "contacts",
        (Column("last_name", "Last"), Column("notes", "=Notes")),
        tuple(r.id for r in rows),
    )
    out = tmp_path / "nasty.xlsx"
    export_table(db, spec, out)
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet["B1"].value == "=Notes" and sheet["B1"].data_type == "s"
    for index, text in enumerate(NASTY, start=2):
        cell = sheet.cell(index, 2)
        assert cell.data_type == "s", text
        # openpyxl reads \r back as \n inside the XML text; the start is what matters
        assert cell.value.lstrip("\r\n") == text.lstrip("\r\n")
        assert cell.quotePrefix, text


def test_csv_is_french_excel_flavoured_and_defused(db, people, tmp_path):
    spec = TableSpec(
        "contacts",
        (Column("name", "Nom"), Column("phone", "Téléphone"), Column("birthday", "Anniv")),
        (people["Abel"], people["Bad"]),
    )
    out = tmp_path / "contacts.csv"
    export_table(db, spec, out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").split("\r\n") == [
        "Nom;Téléphone;Anniv",
        "Zoé Abel;;17/05/1990",
        "'=1+1 Bad;'+33 6 12 34 56 78;",
        "",
    ]
    assert safe_text("plain") == "plain"
    assert all(safe_text(text).startswith("'") for text in NASTY)


def deal_setup(db) -> tuple[str, str]:
    pipeline = Pipeline(name="Ventes")
    stage = PipelineStage(pipeline_id=pipeline.id, name="Devis", probability=40)
    deal = Deal(
        title="Cave",
        pipeline_id=pipeline.id,
        stage_id=stage.id,
        amount_cents=123456,
        probability=25,
        expected_close_date=date(2026, 3, 31),
    )
    with db.write("edit", "deal") as session:
        session.add_all([pipeline, stage])
        session.flush()
        session.add(deal)
    return deal.id, stage.id


def test_amounts_percentages_and_dates_are_typed(db, tmp_path):
    deal_id, _ = deal_setup(db)
    spec = TableSpec(
        "deals",
        (
            Column("title", "Affaire"),
            Column("amount", "Montant"),
            Column("probability", "Probabilité"),
            Column("close", "Clôture"),
        ),
        (deal_id,),
    )
    out = tmp_path / "deals.xlsx"
    export_table(db, spec, out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    amount, probability, close = sheet["B2"], sheet["C2"], sheet["D2"]
    assert amount.value == pytest.approx(1234.56) and amount.data_type == "n"
    assert "€" in amount.number_format and "0.00" in amount.number_format
    assert probability.value == pytest.approx(0.25) and probability.number_format == "0%"
    assert close.is_date and close.value.date() == date(2026, 3, 31)
    csv_out = tmp_path / "deals.csv"
    export_table(db, spec, csv_out)
    assert csv_out.read_text("utf-8-sig").splitlines()[1] == "Cave;1234,56;25 %;31/03/2026"


def test_orders_with_period_vat_split_and_credit_notes(db, tmp_path):
    alice = Contact(first_name="Alice", last_name="Martin", customer_number="C-1")
    order = Order(
        number="F1",
        contact_id=alice.id,
        ordered_at=datetime(2025, 3, 5, 10, tzinfo=UTC),
        total_cents=1200,
    )
    credit = Order(
        number="A1",
        kind="credit_note",
        contact_id=alice.id,
        ordered_at=datetime(2025, 3, 9, 10, tzinfo=UTC),
        total_cents=-600,
    )
    outside = Order(
        number="F0",
        contact_id=alice.id,
        ordered_at=datetime(2024, 3, 5, 10, tzinfo=UTC),
        total_cents=50,
    )
    lines = [
        OrderLine(order_id=order.id, amount_cents=1200, vat_rate_bp=2000),
        OrderLine(order_id=credit.id, amount_cents=-600, vat_rate_bp=2000),
    ]
    with db.write("edit", "orders") as session:
        session.add_all([alice, order, credit, outside])
        session.flush()
        session.add_all(lines)
    out = tmp_path / "orders.xlsx"
    result = export_table(
        db, TableSpec("orders", period=Period(date(2025, 1, 1), date(2025, 12, 31))), out
    )
    assert result.rows == 2
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    second = dict(zip(header, rows[2], strict=True))
    assert first["Number"] == "F1" and first["Kind"] == "Order"
    assert first["Amount excl. VAT"] == 10 and first["VAT"] == 2 and first["Amount incl. VAT"] == 12
    assert second["Kind"] == "Credit note" and second["Amount incl. VAT"] == -6
    assert second["Amount excl. VAT"] == -5
    assert first["Customer"] == "Alice Martin" and first["Customer number"] == "C-1"


@pytest.mark.parametrize("kind", ["companies", "deals", "tasks", "interactions", "orders"])
def test_every_kind_exports_its_default_columns(db, tmp_path, kind):
    deal_setup(db)
    out = tmp_path / f"{kind}.xlsx"
    export_table(db, TableSpec(kind), out)
    header = next(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert len(header) >= 5 and all(header)


def test_failures_leave_no_file_and_say_why(db, people, tmp_path):
    spec = TableSpec("contacts", (Column("name", "Name"),))
    with pytest.raises(UserError, match="does not exist"):
        export_table(db, spec, tmp_path / "missing" / "x.xlsx")
    with pytest.raises(UserError, match="xlsx, .csv or .vcf"):
        export_table(db, spec, tmp_path / "x.pdf")
    with pytest.raises(UserError, match="Only contacts"):
        export_table(db, TableSpec("deals"), tmp_path / "x.vcf")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "keep.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        export_table(db, spec, target, cancel=lambda: True)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in folder.iterdir()) == ["keep.xlsx"]  # no temp file left


def test_a_file_open_in_excel_or_a_full_disk_is_a_clear_message(db, people, tmp_path, monkeypatch):
    import errno
    import os

    target = tmp_path / "open.xlsx"
    target.write_bytes(b"old")

    def locked(source, destination):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError, match="open in another program"):
        export_table(db, TableSpec("contacts"), target)
    assert target.read_bytes() == b"old"

    def full(source, destination):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(UserError, match="disk is full"):
        export_table(db, TableSpec("contacts"), tmp_path / "new.csv")
    assert sorted(p.name for p in tmp_path.glob("*.part")) == []
    assert not (tmp_path / "new.csv").exists()


def test_custom_field_columns_are_typed(db, tmp_path):
    from app.custom_fields import create_field

    field = create_field(db, "contact", "Points", "number")
    contact = Contact(first_name="A", last_name="B", custom={field.key: "12.5"})
    with db.write("edit", "c") as session:
        session.add(contact)
    out = tmp_path / "c.xlsx"
    export_table(db, TableSpec("contacts", (Column(field.column, "Points"),), (contact.id,)), out)
    assert openpyxl.load_workbook(out).worksheets[0]["A2"].value == 12.5


def test_full_contact_export_has_every_field(db, people, tmp_path):
    out = tmp_path / "all.csv"
    result = export_table(db, TableSpec("contacts"), out)
    assert result.rows == 3
    lines = out.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("Customer number;Civility;First name;Last name;Company")
    assert Path(out).stat().st_size > 100


def test_vcard_export_of_contacts(db, people, tmp_path):
    from app.exchange.vcard import parse_vcards

    with db.write("edit", "mobile") as session:
        session.add(Contact(first_name="Mo", last_name="Bile", mobile="06 11 22 33 44"))
    out = tmp_path / "c.vcf"
    result = export_table(db, TableSpec("contacts"), out)
    assert result.rows == 4 and result.format == "vcf"
    text = out.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD") == 4 and "END:VCARD\r\n" in text
    cards = list(parse_vcards(text))
    mobile_only = next(c for c in cards if c.get("last_name") == "Bile")
    assert mobile_only.get("mobile") == "06 11 22 33 44" and not mobile_only.get("phone")
    assert any(c.get("birthday") == date(1990, 5, 17) for c in cards)
