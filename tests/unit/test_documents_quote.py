"""Quotes: totals and VAT per rate, numbering without gaps, printing again."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.company_profile import CompanyProfile, save_profile
from app.documents import quote as quote_module
from app.documents.base import DocumentOptions
from app.documents.quote import issue_quote, quotes_of_deal
from app.documents.render import Texts
from app.errors import UserError
from app.pipeline import DealInput, DealLineInput, create_deal, default_pipeline_id, update_deal
from models import Company, Contact, Quote
from models.enums import BatchKind

TODAY = date(2026, 11, 23)
LINES = [
    DealLineInput("Comté 24 mois (au kg)", 2.5, 3290, 0, 550),
    DealLineInput("Crémant de Loire", 12, 1450, 1000, 2000),
    DealLineInput("Coffret dégustation", 3, 4999, 500, 2000),
    DealLineInput("Livraison", 1, 1500, 0, 2000),
]


def half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@pytest.fixture
def deal(db) -> str:
    save_profile(
        db,
        CompanyProfile(
            name="Fromagerie Lefèvre",
            address_line1="3 place Plumereau",
            postcode="37000",
            city="Tours",
            siret="732 829 320 00074",
            payment_terms="Paiement à 30 jours.",
            quote_validity_days=45,
        ),
    )
    with db.write(BatchKind.CREATE, "customer") as session:
        company = Company(
            name="Hôtel Le Cèdre Bleu",
            legal_name="SAS LE CÈDRE BLEU",
            address_line1="1 quai d'Orléans",
            postcode="37000",
            city="Tours",
        )
        session.add(company)
        session.flush()
        contact = Contact(first_name="Élodie", last_name="Gaspard", company_id=company.id)
        session.add(contact)
    pipeline = default_pipeline_id(db)
    if pipeline is None:
        from app.pipeline import StageInput, create_pipeline

        pipeline = create_pipeline(db, "Ventes", [StageInput("Proposition", 50)])
    return create_deal(
        db,
        DealInput(
            title="Réception de fin d'année",
            pipeline_id=pipeline,
            contact_id=contact.id,
            company_id=company.id,
            lines=list(LINES),
        ),
    )


def text_of(path) -> str:
    reader = PdfReader(str(path))
    return (
        " ".join(page.extract_text() for page in reader.pages)
        .replace("\u202f", " ")
        .replace("\u00a0", " ")
    )


def test_quote_totals_and_vat_per_rate_match_the_lines(db, deal, tmp_path):
    info = issue_quote(db, deal, tmp_path / "devis.pdf", DocumentOptions(today=TODAY))
    # Independent arithmetic: each line rounded half up, VAT per line, summed per rate.
    by_rate: dict[int, list[int]] = {}
    for line in LINES:
        ht = half_up(
            Decimal(str(line.quantity)) * line.unit_price_cents * (10000 - line.discount_bp) / 10000
        )
        vat = half_up(Decimal(ht) * line.vat_rate_bp / 10000)
        sums = by_rate.setdefault(line.vat_rate_bp, [0, 0])
        sums[0] += ht
        sums[1] += vat
    ht_total = sum(s[0] for s in by_rate.values())
    vat_total = sum(s[1] for s in by_rate.values())
    assert (info.total_excl_vat_cents, info.total_vat_cents, info.total_incl_vat_cents) == (
        ht_total,
        vat_total,
        ht_total + vat_total,
    )
    assert info.number == "DEV-2026-0001" and info.new
    assert info.valid_until == date(2027, 1, 7)
    text = text_of(tmp_path / "devis.pdf")
    texts = Texts()
    assert "DEV-2026-0001" in text
    assert texts.money(ht_total) in text
    assert texts.money(ht_total + vat_total) in text
    for rate, (base, vat) in by_rate.items():
        assert f"VAT {texts.rate(rate)} on {texts.money(base)}" in text
        assert texts.money(vat) in text
    for name in (
        "Fromagerie Lefèvre",
        "SAS LE CÈDRE BLEU",
        "Élodie Gaspard",
        "Comté 24 mois",
        "Crémant de Loire",
        "Paiement à 30 jours.",
        "732 829 320 00074",
    ):
        assert name in text
    reader = PdfReader(str(tmp_path / "devis.pdf"))
    assert reader.metadata.title == "Quote DEV-2026-0001"
    assert reader.metadata.author == "Fromagerie Lefèvre"


def test_printing_again_keeps_the_number_and_a_change_gets_the_next(db, deal, tmp_path):
    options = DocumentOptions(today=TODAY)
    first = issue_quote(db, deal, tmp_path / "a.pdf", options)
    again = issue_quote(db, deal, tmp_path / "b.pdf", options)
    assert again.number == first.number and not again.new
    assert text_of(tmp_path / "a.pdf") == text_of(tmp_path / "b.pdf")
    update_deal(
        db,
        deal,
        DealInput(
            title="Réception de fin d'année",
            pipeline_id=default_pipeline_id(db),
            lines=[*LINES, DealLineInput("Plateau", 1, 2500, 0, 2000)],
        ),
    )
    changed = issue_quote(db, deal, tmp_path / "c.pdf", options)
    assert changed.number == "DEV-2026-0002" and changed.new
    forced = issue_quote(db, deal, tmp_path / "d.pdf", options, new=True)
    assert forced.number == "DEV-2026-0003"
    assert [q.number for q in quotes_of_deal(db, deal)] == [
        "DEV-2026-0003",
        "DEV-2026-0002",
        "DEV-2026-0001",
    ]
    # A new year starts a new series.
    next_year = issue_quote(
        db, deal, tmp_path / "e.pdf", DocumentOptions(today=date(2027, 1, 2)), new=True
    )
    assert next_year.number == "DEV-2027-0001"


def test_a_failed_generation_does_not_use_a_number(db, deal, tmp_path, monkeypatch):
    options = DocumentOptions(today=TODAY)

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(quote_module, "write_pdf", broken)
    with pytest.raises(OSError):
        issue_quote(db, deal, tmp_path / "x.pdf", options)
    assert not (tmp_path / "x.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == []
    with db.read() as session:
        assert session.scalars(select(Quote)).all() == []
    monkeypatch.undo()
    info = issue_quote(db, deal, tmp_path / "x.pdf", options)
    assert info.number == "DEV-2026-0001"


def test_a_quote_needs_lines_and_a_company_profile(db, deal, tmp_path):
    pipeline = default_pipeline_id(db)
    empty = create_deal(db, DealInput(title="Sans lignes", pipeline_id=pipeline))
    with pytest.raises(UserError, match="no product lines"):
        issue_quote(db, empty, tmp_path / "x.pdf")
    save_profile_raw(db, {})
    with pytest.raises(UserError, match="company profile"):
        issue_quote(db, deal, tmp_path / "x.pdf")
    with pytest.raises(UserError):
        issue_quote(db, "no-such-deal", tmp_path / "x.pdf")


def save_profile_raw(db, value) -> None:
    from models import Setting

    with db.write(BatchKind.EDIT, "profile") as session:
        session.get(Setting, "company_profile").value = value


def test_an_issued_quote_is_not_undone_so_its_number_is_never_given_twice(db, deal, tmp_path):
    from app.history import last_undoable_batch, undo_batch
    from models import Batch

    before = last_undoable_batch(db)
    info = issue_quote(db, deal, tmp_path / "a.pdf", DocumentOptions(today=TODAY))
    with db.read() as session:
        batch = session.scalars(select(Batch).where(Batch.kind == BatchKind.ISSUE)).one()
    # Ctrl+Z goes past it, and undoing it by its id is refused.
    assert last_undoable_batch(db) == before
    with pytest.raises(UserError) as refused:
        undo_batch(db, batch.id)
    assert "cannot be undone" in refused.value.template
    assert [quote.number for quote in quotes_of_deal(db, deal)] == [info.number]
