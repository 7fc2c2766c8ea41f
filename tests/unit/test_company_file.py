"""The company file: identity, people, the combined timeline, orders and revenue, deals, tasks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.companies import CompanyInput, CompanyService
from app.company_file import load_company_file, load_orders
from app.errors import NotFoundError
from models import (
    Company,
    Contact,
    CustomFieldDefinition,
    Deal,
    Interaction,
    Order,
    OrderLine,
    Pipeline,
    PipelineStage,
    Task,
    utcnow,
)
from models.enums import BatchKind, DealStatus, OrderKind

TODAY = date(2026, 6, 15)


def at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 10, tzinfo=UTC)


@pytest.fixture
def account(db) -> dict[str, str]:
    """A company with three people (one deleted), another company, and their history."""
    service = CompanyService(db)
    ids = {
        "company": service.create(
            CompanyInput(
                name="Hôtel Le Cèdre Bleu",
                legal_name="SAS LE CEDRE BLEU",
                siret="732 829 320 00074",
                vat_number="FR44732829320",
                sector="Hôtellerie",
                size="50-249",
                city="Tours",
                postcode="37000",
                delivery_address_line1="Cuisine centrale",
                delivery_postcode="37100",
                delivery_city="Tours",
                tags=["VIP"],
            )
        ),
        "other": service.create(CompanyInput(name="Le Zinc")),
    }
    with db.write(BatchKind.CREATE, "history") as session:
        anne = Contact(first_name="Anne", last_name="Arnaud", company_id=ids["company"])
        bruno = Contact(
            first_name="Bruno",
            last_name="Blanc",
            company_id=ids["company"],
            job_title="Chef",
            email="bruno@cedre.fr",
            mobile="06 12 34 56 78",
        )
        gone = Contact(
            first_name="Gaston", last_name="Gone", company_id=ids["company"], deleted_at=utcnow()
        )
        stranger = Contact(first_name="Zoé", last_name="Zola", company_id=ids["other"])
        session.add_all([anne, bruno, gone, stranger])
        ids |= {"anne": anne.id, "bruno": bruno.id, "stranger": stranger.id}
        # Interactions: on the company, by its people (with or without the company), a
        # deleted one, and one of another company.
        for n, (company, contact, when, deleted) in enumerate(
            [
                (ids["company"], None, at(2026, 6, 1), False),
                (ids["company"], anne.id, at(2026, 5, 1), False),
                (None, bruno.id, at(2026, 6, 10), False),
                (ids["company"], bruno.id, at(2026, 6, 12), True),
                (ids["other"], stranger.id, at(2026, 6, 14), False),
            ]
        ):
            session.add(
                Interaction(
                    channel="phone",
                    occurred_at=when,
                    subject=f"Appel {n}",
                    company_id=company,
                    contact_id=contact,
                    deleted_at=utcnow() if deleted else None,
                )
            )
        # Orders: the company's (this year, last year, older), a person's without a
        # company, a credit note, a deleted one, and another company's.
        for number, company, contact, when, total, kind, deleted in [
            ("F1", ids["company"], anne.id, at(2026, 3, 1), 10_000, "order", False),
            ("F2", ids["company"], None, at(2025, 7, 1), 20_000, "order", False),
            ("F3", ids["company"], None, at(2023, 1, 1), 30_000, "order", False),
            ("F4", None, bruno.id, at(2026, 5, 1), 5_000, "order", False),
            ("A1", ids["company"], None, at(2026, 5, 2), -1_000, OrderKind.CREDIT_NOTE, False),
            ("F5", ids["company"], None, at(2026, 5, 3), 99_000, "order", True),
            ("F6", ids["other"], bruno.id, at(2026, 5, 4), 7_000, "order", False),
        ]:
            order = Order(
                number=number,
                company_id=company,
                contact_id=contact,
                ordered_at=when,
                total_cents=total,
                kind=kind,
                deleted_at=utcnow() if deleted else None,
            )
            session.add(order)
            session.add(OrderLine(order_id=order.id, description="x", amount_cents=total))
        pipeline = Pipeline(name="Ventes", is_default=True)
        session.add(pipeline)
        stage = PipelineStage(pipeline_id=pipeline.id, name="Proposition", probability=50)
        session.add(stage)
        for title, company, contact, amount, status, close in [
            ("Séminaire", ids["company"], None, 300_000, DealStatus.OPEN, date(2026, 7, 1)),
            ("Vins de Noël", None, anne.id, 50_000, DealStatus.OPEN, None),
            ("Mariage", ids["company"], bruno.id, 80_000, DealStatus.WON, None),
            ("Perdu", ids["company"], None, 10_000, DealStatus.LOST, None),
            ("Ailleurs", ids["other"], None, 70_000, DealStatus.OPEN, None),
        ]:
            session.add(
                Deal(
                    title=title,
                    company_id=company,
                    contact_id=contact,
                    pipeline_id=pipeline.id,
                    stage_id=stage.id,
                    amount_cents=amount,
                    status=status,
                    expected_close_date=close,
                )
            )
        for title, company, contact, done in [
            ("Rappeler le chef", None, bruno.id, False),
            ("Envoyer le devis", ids["company"], None, False),
            ("Fait", ids["company"], None, True),
            ("Pas d'ici", ids["other"], None, False),
        ]:
            session.add(
                Task(
                    title=title,
                    company_id=company,
                    contact_id=contact,
                    due_at=at(2026, 6, 20),
                    done_at=utcnow() if done else None,
                )
            )
        session.add(
            CustomFieldDefinition(entity="company", key="beds", label="Beds", field_type="number")
        )
    with db.write(BatchKind.EDIT, "beds") as session:
        session.get(Company, ids["company"]).custom = {"beds": 42}
    return ids


def test_identity_addresses_tags_and_custom_values(db, account):
    data = load_company_file(db, account["company"], today=TODAY)
    assert data.name == "Hôtel Le Cèdre Bleu"
    assert data.legal_name == "SAS LE CEDRE BLEU"
    assert (data.siren, data.siret, data.vat_number) == (
        "732829320",
        "73282932000074",
        "FR44732829320",
    )
    assert (data.sector, data.size, data.city) == ("Hôtellerie", "50-249", "Tours")
    assert data.has_delivery_address and data.delivery_postcode == "37100"
    assert data.tags == ("VIP",)
    assert [(c.key, c.value) for c in data.custom] == [("beds", 42)]
    assert data.deleted_at is None


def test_the_people_who_work_there_with_their_last_interaction(db, account):
    data = load_company_file(db, account["company"], today=TODAY)
    assert [p.name for p in data.people] == ["Anne Arnaud", "Bruno Blanc"]
    anne, bruno = data.people
    assert anne.last_interaction == at(2026, 5, 1)
    assert bruno.last_interaction == at(2026, 6, 10)  # the deleted one does not count
    assert (bruno.job_title, bruno.email, bruno.phone) == (
        "Chef",
        "bruno@cedre.fr",
        "06 12 34 56 78",
    )


def test_the_timeline_combines_the_company_and_its_people(db, account):
    data = load_company_file(db, account["company"], today=TODAY)
    assert [e.subject for e in data.interactions] == ["Appel 2", "Appel 0", "Appel 1"]
    assert data.interaction_count == 3
    page = load_company_file(db, account["company"], timeline_limit=2, today=TODAY)
    assert [e.subject for e in page.interactions] == ["Appel 2", "Appel 0"]
    assert page.interaction_count == 3


def test_orders_and_revenue_of_the_account(db, account):
    data = load_company_file(db, account["company"], today=TODAY)
    assert [o.number for o in data.orders] == ["A1", "F4", "F1", "F2", "F3"]
    assert data.orders[1].contact_name == "Bruno Blanc"
    assert data.orders[0].lines == 1
    assert data.order_count == 4
    assert data.credit_note_count == 1
    assert data.revenue_this_year_cents == 10_000 + 5_000 - 1_000
    assert data.revenue_last_year_cents == 20_000
    assert data.revenue_total_cents == 64_000
    assert data.average_basket_cents == 16_000
    assert data.first_order == at(2023, 1, 1)
    assert data.last_order == at(2026, 5, 2)
    assert data.currency == "EUR"
    latest = load_company_file(db, account["company"], order_limit=2, today=TODAY)
    assert [o.number for o in latest.orders] == ["A1", "F4"]
    assert latest.order_count == 4
    assert [o.number for o in load_orders(db, account["company"], 3)] == ["A1", "F4", "F1"]


def test_open_deals_won_total_and_open_tasks(db, account):
    data = load_company_file(db, account["company"], today=TODAY)
    assert [(d.title, d.stage) for d in data.open_deals] == [
        ("Séminaire", "Proposition"),
        ("Vins de Noël", "Proposition"),
    ]
    assert data.open_deals[1].contact_name == "Anne Arnaud"
    assert data.open_deals_cents == 350_000
    assert (data.won_deals_count, data.won_deals_cents) == (1, 80_000)
    assert sorted(t.title for t in data.open_tasks) == ["Envoyer le devis", "Rappeler le chef"]


def test_an_empty_company_and_a_missing_one(db, account):
    data = load_company_file(db, account["other"], today=TODAY)
    assert [p.name for p in data.people] == ["Zoé Zola"]
    assert data.interaction_count == 1
    assert [o.number for o in data.orders] == ["F6"]
    assert data.open_deals_cents == 70_000
    lonely = CompanyService(db).create(CompanyInput(name="Personne"))
    empty = load_company_file(db, lonely, today=TODAY)
    assert (empty.people, empty.interactions, empty.orders) == ((), (), ())
    assert (empty.order_count, empty.revenue_total_cents, empty.average_basket_cents) == (0, 0, 0)
    assert empty.first_order is None and empty.last_order is None
    assert not empty.has_delivery_address
    with pytest.raises(NotFoundError):
        load_company_file(db, "missing")


def test_a_deleted_company_still_opens(db, account):
    CompanyService(db).delete([account["company"]])
    data = load_company_file(db, account["company"], today=TODAY)
    assert data.deleted_at is not None
    assert data.deleted_at > utcnow() - timedelta(minutes=1)
