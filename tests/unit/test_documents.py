"""The PDF documents: text extracted from the files and checked against the database."""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.analytics.kpis import Period, compute_kpis
from app.analytics.rfm import compute_rfm
from app.company_profile import CompanyProfile, save_profile
from app.demo import populate
from app.documents.base import DocumentOptions
from app.documents.calls import audience_call_list_pdf, call_list_pdf
from app.documents.customer import company_file_pdf, contact_file_pdf
from app.documents.dashboard import dashboard_pdf, top_customers
from app.documents.render import Texts
from app.errors import UserError
from app.workspace import open_workspace
from models import Company, Contact, Order
from models.enums import OrderKind

TODAY = date(2026, 11, 23)
OPTIONS = DocumentOptions(today=TODAY)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("shop") / "shop.db"
    db = open_workspace(path)
    populate(db, contacts=120, years=3, seed=11, today=TODAY)
    yield db
    db.dispose()


def pdf_text(path: Path) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(str(path))
    return reader, [page.extract_text() for page in reader.pages]


def flat(text: str) -> str:
    """Extracted text with every kind of space and line break as one plain space."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


def best_customer(db) -> str:
    """The contact with the most orders whose name has an accent."""
    with db.read() as session:
        rows = session.execute(
            select(Contact.id, Contact.first_name, Contact.last_name, func.count())
            .join(Order, Order.contact_id == Contact.id)
            .where(Contact.deleted_at.is_(None), Order.deleted_at.is_(None))
            .group_by(Contact.id)
            .order_by(func.count().desc())
        ).all()
    for cid, first, last, _n in rows:
        if re.search(r"[^\x00-\x7f]", f"{first}{last}"):
            return cid
    raise AssertionError("no customer with an accented name in the demo data")


def test_contact_file_shows_the_database_figures_with_accents_and_page_numbers(shop, tmp_path):
    cid = best_customer(shop)
    out = contact_file_pdf(shop, cid, tmp_path / "fiche.pdf", OPTIONS)
    reader, pages = pdf_text(out)
    text = flat(" ".join(pages))
    with shop.read() as session:
        contact = session.get(Contact, cid)
        name = f"{contact.first_name} {contact.last_name}"
        total, count = session.execute(
            select(
                func.sum(Order.total_cents),
                func.count().filter(Order.kind == OrderKind.ORDER),
            ).where(Order.contact_id == cid, Order.deleted_at.is_(None))
        ).one()
    texts = Texts()
    assert name in text
    assert flat(texts.money(total)) in text
    assert flat(texts.money(round(total / count))) in text  # average basket
    row = compute_rfm(shop, TODAY).by_contact(cid)
    assert f"R{row.r_score} · F{row.f_score} · M{row.m_score}" in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} / {len(pages)}" in page
    assert reader.metadata.title == f"Customer file — {name}"
    assert reader.metadata.author == "La Boutique de démonstration"  # the demo shop's profile
    # Fonts are embedded (subset TrueType), not the 14 standard fonts.
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font.get("/DescendantFonts")
        descriptor = (
            descendant[0].get_object()["/FontDescriptor"] if descendant else font["/FontDescriptor"]
        )
        assert "/FontFile2" in descriptor.get_object()
        assert "DejaVu" in str(font["/BaseFont"])


def test_company_file_shows_identity_people_and_revenue(shop, tmp_path):
    with shop.read() as session:
        company = session.scalars(
            select(Company)
            .join(Contact, Contact.company_id == Company.id)
            .where(Company.siret.is_not(None), Company.deleted_at.is_(None))
            .limit(1)
        ).first()
        people = session.scalars(
            select(Contact.last_name).where(
                Contact.company_id == company.id, Contact.deleted_at.is_(None)
            )
        ).all()
    out = company_file_pdf(shop, company.id, tmp_path / "company.pdf", OPTIONS)
    _reader, pages = pdf_text(out)
    text = flat(" ".join(pages))
    from app.company_file import load_company_file
    from app.identifiers import format_siret

    data = load_company_file(shop, company.id)
    assert company.name in text
    assert format_siret(company.siret) in text
    assert flat(Texts().money(data.revenue_total_cents)) in text
    for last in people:
        assert last in text


def test_dashboard_report_matches_the_indicators_and_lists_segments(shop, tmp_path):
    period = Period(date(2025, 11, 24), TODAY)
    out = dashboard_pdf(shop, tmp_path / "dash.pdf", period, OPTIONS, lifetime=False)
    reader, pages = pdf_text(out)
    text = flat(" ".join(pages))
    report = compute_kpis(shop, period)
    texts = Texts()
    assert flat(texts.money(report.get("revenue_cents").value)) in text
    assert flat(texts.money(report.get("revenue_cents").previous)) in text
    assert texts.number(report.get("orders").value) in text
    for segment in ("Champions", "Hibernating", "Keep loyal", "Win back"):
        assert segment in text
    best = top_customers(shop, period)
    assert best and best[0].name in text
    assert best == sorted(best, key=lambda c: -c.revenue_cents)
    assert reader.metadata.title == "Dashboard report"
    assert "Page 1 / " in pages[0]


def test_call_list_of_a_segment_lists_every_contact_with_a_notes_column(shop, tmp_path):
    out, count = audience_call_list_pdf(shop, tmp_path / "calls.pdf", "at risk", OPTIONS)
    _reader, pages = pdf_text(out)
    text = flat(" ".join(pages))
    table = compute_rfm(shop, TODAY)
    at_risk = [row.contact_id for row in table.rows if row.segment == "at_risk"]
    assert count == len(at_risk) > 0
    with shop.read() as session:
        names = session.execute(
            select(Contact.first_name, Contact.last_name).where(Contact.id.in_(at_risk))
        ).all()
    for first, last in names:
        assert f"{first} {last}" in text
    assert "Call list — At risk" in text
    assert "Notes" in text


def test_unknown_audience_is_the_users_fault(shop, tmp_path):
    with pytest.raises(UserError):
        audience_call_list_pdf(shop, tmp_path / "calls.pdf", "no such list", OPTIONS)
    assert not (tmp_path / "calls.pdf").exists()


def test_french_texts_money_and_dates(shop, tmp_path):
    french = {
        "Page {page} / {pages}": "Page {page} sur {pages}",
        "Call list": "Liste d'appels",
        "Notes": "Notes d'appel",
    }
    texts = Texts(translate=lambda _context, source: french.get(source, source), locale="fr_FR")
    ids = [best_customer(shop)]
    out = call_list_pdf(
        shop,
        tmp_path / "appels.pdf",
        ids,
        "Clients à rappeler",
        DocumentOptions(texts, today=TODAY),
    )
    _reader, pages = pdf_text(out)
    text = flat(" ".join(pages))
    assert "Liste d'appels — Clients à rappeler" in text
    assert "Page 1 sur 1" in text
    assert "Notes d'appel" in text
    assert "23 nov. 2026" in text
    assert flat(texts.money(123456)) == "1 234,56 €"
    assert texts.rate(550) == "5,5\u00a0%"


def test_a_page_renders_to_an_image(shop, tmp_path):
    import pypdfium2

    out = contact_file_pdf(shop, best_customer(shop), tmp_path / "fiche.pdf", OPTIONS)
    pdf = pypdfium2.PdfDocument(str(out))
    try:
        page = pdf[0]
        width, height = page.get_size()
        assert round(width) == 595 and round(height) == 842  # A4 in points
        image = page.render(scale=150 / 72).to_pil().convert("L")
    finally:
        pdf.close()
    assert abs(image.size[0] - 1240) <= 1 and abs(image.size[1] - 1754) <= 1
    histogram = image.histogram()
    dark = sum(histogram[:128])
    # Text and charts cover part of the page, not nothing and not all of it.
    assert 0.005 < dark / (image.size[0] * image.size[1]) < 0.5


def test_an_unwritable_target_is_the_users_fault(shop, tmp_path):
    with pytest.raises(UserError):
        contact_file_pdf(shop, best_customer(shop), tmp_path / "missing" / "x.pdf", OPTIONS)
    with pytest.raises(UserError):
        contact_file_pdf(shop, best_customer(shop), tmp_path / "x.txt", OPTIONS)


def test_the_author_and_the_shop_name_come_from_the_profile(db, tmp_path):
    from app.contacts import ContactInput, ContactService

    cid = ContactService(db).create(ContactInput(first_name="Hélène", last_name="Żółć"))
    save_profile(db, CompanyProfile(name="Épicerie Ça Va"))
    out = contact_file_pdf(
        db, cid, tmp_path / "h.pdf", DocumentOptions(author="Hélène V.", today=TODAY)
    )
    reader, pages = pdf_text(out)
    assert reader.metadata.author == "Hélène V."
    assert "Épicerie Ça Va" in pages[0]
    assert "Hélène Żółć" in pages[0]
    assert "No purchase" in pages[0]


def half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))
