"""Finding contacts, companies and deals by a few typed letters."""

from __future__ import annotations

from app import lookup
from app.contacts import ContactInput, ContactService
from models import Company, Deal, Pipeline, PipelineStage
from models.database import Database
from models.enums import BatchKind


def _company_and_deal(db: Database) -> tuple[str, str]:
    with db.write(BatchKind.CREATE, "setup") as session:
        company = Company(name="Épicerie Laurent", city="Tours", siren="732829320")
        pipeline = Pipeline(name="Ventes", is_default=True)
        session.add_all([company, pipeline])
        session.flush()
        stage = PipelineStage(pipeline_id=pipeline.id, name="Devis", probability=40)
        session.add(stage)
        session.flush()
        deal = Deal(
            title="Paniers de Noël",
            company_id=company.id,
            pipeline_id=pipeline.id,
            stage_id=stage.id,
        )
        session.add(deal)
        session.flush()
        return company.id, deal.id


def test_contacts_are_found_by_the_start_of_their_words(db: Database) -> None:
    service = ContactService(db)
    helene = service.create(
        ContactInput(first_name="Hélène", last_name="Dupré", city="Tours", company_name="Acme")
    )
    service.create(ContactInput(first_name="Marc", last_name="Martin", city="Lyon"))
    found = lookup.find_contacts(db, "hel dup")
    assert [c.id for c in found] == [helene]
    assert found[0].title == "Hélène Dupré"
    assert "Acme" in found[0].subtitle and "Tours" in found[0].subtitle
    assert lookup.find_contacts(db, "  ") == []
    service.delete([helene])
    assert lookup.find_contacts(db, "helene") == []


def test_companies_by_name_without_accents_city_or_siren(db: Database) -> None:
    company_id, _ = _company_and_deal(db)
    for typed in ("epicerie", "laur", "732 829", "tours"):
        assert [c.id for c in lookup.find_companies(db, typed)] == [company_id], typed
    assert lookup.find_companies(db, "boulangerie") == []
    assert "SIREN 732829320" in lookup.describe(db, "company", company_id).subtitle


def test_deals_by_title_or_customer_and_described(db: Database) -> None:
    company_id, deal_id = _company_and_deal(db)
    assert [c.id for c in lookup.find_deals(db, "noël")] == [deal_id]
    assert [c.id for c in lookup.find_deals(db, "Laurent")] == [deal_id]
    choice = lookup.describe(db, "deal", deal_id)
    assert choice is not None
    assert choice.title == "Paniers de Noël"
    assert choice.subtitle == "Devis · Épicerie Laurent"
    assert lookup.describe(db, "deal", "nope") is None
