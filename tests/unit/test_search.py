"""The global search and the full-text indexes of companies, deals and interactions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

import app.search
from app.search import search_everything
from models import Company, Contact, Deal, Interaction, Pipeline, PipelineStage, migrations, utcnow
from models.database import Database, make_engine
from models.enums import BatchKind
from models.search_index import rebuild_all


def found(db: Database, table: str, words: str) -> set[str]:
    """The ids the index ``table`` finds for an FTS5 query."""
    column = {
        "companies_fts": "company_id",
        "deals_fts": "deal_id",
        "interactions_fts": "interaction_id",
        "contacts_fts": "contact_id",
    }[table]
    with db.read() as session:
        rows = session.execute(
            text(f"SELECT {column} FROM {table} WHERE {table} MATCH :q"), {"q": words}
        )
        return set(rows.scalars())


def add(db: Database, *rows: object) -> None:
    with db.write(BatchKind.CREATE, "Test rows") as session:
        session.add_all(rows)


def edit(db: Database, model: type, record_id: str, **values: object) -> None:
    with db.write(BatchKind.EDIT, "Test edit") as session:
        row = session.get(model, record_id)
        for name, value in values.items():
            setattr(row, name, value)


@pytest.fixture
def shop(db: Database) -> dict[str, str]:
    """A company with a contact, a deal and interactions; name -> id."""
    pipeline = Pipeline(name="Ventes")
    stage = PipelineStage(pipeline_id=pipeline.id, name="Proposition", probability=50)
    company = Company(
        name="Fromagerie Lefèvre",
        legal_name="SARL LEFEVRE",
        siren="732829320",
        siret="73282932000074",
        city="Tours",
        postcode="37000",
        email="bonjour@lefevre.fr",
        phone="02 47 00 11 22",
        notes="Livre le mardi",
    )
    other = Company(name="Cave Martin", city="Amboise", postcode="37400")
    contact = Contact(
        first_name="Hélène",
        last_name="Dupré",
        company_id=company.id,
        city="Tours",
        email="helene@lefevre.fr",
    )
    martin = Contact(first_name="Paul", last_name="Martin", city="Blois")
    living = Contact(first_name="Zoé", last_name="Aubry", city="Saint-Martin")
    deal = Deal(
        title="Plateaux de Noël",
        contact_id=contact.id,
        company_id=company.id,
        pipeline_id=pipeline.id,
        stage_id=stage.id,
        amount_cents=120000,
        notes="Pour le comité d'entreprise",
    )
    won = Deal(
        title="Plateaux de printemps",
        contact_id=martin.id,
        pipeline_id=pipeline.id,
        stage_id=stage.id,
        status="won",
    )
    now = utcnow()
    call = Interaction(
        channel="phone",
        occurred_at=now - timedelta(days=2),
        subject="Appel devis plateaux",
        body="Souhaite un devis pour 40 personnes",
        outcome="Devis envoyé",
        contact_id=contact.id,
        company_id=company.id,
    )
    visit = Interaction(
        channel="visit",
        occurred_at=now - timedelta(days=1),
        subject="Passage en boutique",
        body="A goûté le comté 24 mois",
        company_id=other.id,
    )
    add(db, pipeline, stage, company, other, contact, martin, living, deal, won, call, visit)
    return {
        "lefevre": company.id,
        "cave": other.id,
        "helene": contact.id,
        "martin": martin.id,
        "aubry": living.id,
        "deal": deal.id,
        "won": won.id,
        "call": call.id,
        "visit": visit.id,
    }


# -- the indexes follow the rows ----------------------------------------------------------


def test_companies_are_indexed_renamed_and_deleted(db: Database, shop: dict[str, str]) -> None:
    lefevre = shop["lefevre"]
    assert found(db, "companies_fts", '"lefevre"*') == {lefevre}  # accents ignored
    assert found(db, "companies_fts", '"732829320"') == {lefevre}
    assert found(db, "companies_fts", '"0247"*') == {lefevre}
    assert found(db, "companies_fts", '"mardi"') == {lefevre}
    assert found(db, "companies_fts", '"37"*') == {lefevre, shop["cave"]}

    edit(db, Company, lefevre, name="Crèmerie Lefèvre")
    assert found(db, "companies_fts", '"cremerie"') == {lefevre}
    assert found(db, "companies_fts", '"fromagerie"') == set()
    # Its contacts and deals are found by the new name too.
    assert found(db, "contacts_fts", '"cremerie"') == {shop["helene"]}
    assert found(db, "deals_fts", '"cremerie"') == {shop["deal"]}

    edit(db, Company, lefevre, deleted_at=utcnow())
    assert found(db, "companies_fts", '"cremerie"') == set()
    edit(db, Company, lefevre, deleted_at=None)
    assert found(db, "companies_fts", '"cremerie"') == {lefevre}


def test_deals_follow_their_title_contact_and_deletion(db: Database, shop: dict[str, str]) -> None:
    assert found(db, "deals_fts", '"noel"') == {shop["deal"]}
    assert found(db, "deals_fts", '"plateaux"') == {shop["deal"], shop["won"]}
    assert found(db, "deals_fts", '"helene" "dupre"') == {shop["deal"]}
    assert found(db, "deals_fts", '"comite"') == {shop["deal"]}

    edit(db, Deal, shop["deal"], title="Buffet de Noël")
    assert found(db, "deals_fts", '"buffet"') == {shop["deal"]}
    assert found(db, "deals_fts", '"plateaux"') == {shop["won"]}
    # Renaming the contact reindexes the contact's deals.
    edit(db, Contact, shop["martin"], last_name="Martineau")
    assert found(db, "deals_fts", '"martineau"') == {shop["won"]}
    edit(db, Deal, shop["won"], deleted_at=utcnow())
    assert found(db, "deals_fts", '"martineau"') == set()


def test_interactions_follow_their_edits_and_deletion(db: Database, shop: dict[str, str]) -> None:
    assert found(db, "interactions_fts", '"devis"') == {shop["call"]}
    assert found(db, "interactions_fts", '"gou"*') == {shop["visit"]}  # "goûté"
    edit(db, Interaction, shop["call"], subject="Rappel", body=None, outcome=None)
    assert found(db, "interactions_fts", '"devis"') == set()
    assert found(db, "interactions_fts", '"rappel"') == {shop["call"]}
    edit(db, Interaction, shop["visit"], deleted_at=utcnow())
    assert found(db, "interactions_fts", '"comte"') == set()
    # Removed for good (an undone insert that had no tombstone would be): gone too.
    with db.write(BatchKind.DELETE, "Remove") as session:
        session.delete(session.get(Interaction, shop["call"]))
    assert found(db, "interactions_fts", '"rappel"') == set()


def test_rebuild_all_gives_the_same_indexes(db: Database, shop: dict[str, str]) -> None:
    def snapshot() -> dict[str, list[tuple]]:
        with db.read() as session:
            return {
                table: session.execute(text(f"SELECT * FROM {table} ORDER BY rowid")).all()
                for table in ("contacts_fts", "companies_fts", "deals_fts", "interactions_fts")
            }

    before = snapshot()
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM deals_fts")
        rebuild_all(connection)
    assert snapshot() == before


def test_migration_0004_indexes_the_existing_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    migrations.upgrade(engine, "0003")
    now = "2025-05-01 10:00:00.000000"
    with engine.begin() as connection:
        for sql in (
            "INSERT INTO companies (id, name, siren, city, postcode, country, custom, sort_name,"
            " created_at, updated_at) VALUES ('co1', 'Épicerie Fine Roux', '552100554', 'Tours',"
            " '37000', 'FR', '{}', 'epicerie fine roux', :now, :now)",
            "INSERT INTO companies (id, name, country, custom, sort_name, created_at, updated_at,"
            " deleted_at) VALUES ('co2', 'Épicerie fermée', 'FR', '{}', 'epicerie fermee', :now,"
            " :now, :now)",
            "INSERT INTO contacts (id, first_name, last_name, country, status, custom, sort_name,"
            " company_id, created_at, updated_at) VALUES ('c1', 'Hélène', 'Roux', 'FR',"
            " 'customer', '{}', 'roux helene', 'co1', :now, :now)",
            "INSERT INTO pipelines (id, name, position, is_default, created_at, updated_at)"
            " VALUES ('p1', 'Ventes', 0, 1, :now, :now)",
            "INSERT INTO pipeline_stages (id, pipeline_id, name, position, probability, kind,"
            " created_at, updated_at) VALUES ('s1', 'p1', 'Nouveau', 0, 10, 'open', :now, :now)",
            "INSERT INTO deals (id, title, contact_id, company_id, pipeline_id, stage_id,"
            " amount_cents, currency, status, position, custom, created_at, updated_at) VALUES"
            " ('d1', 'Coffrets cadeaux', 'c1', 'co1', 'p1', 's1', 50000, 'EUR', 'open', 0, '{}',"
            " :now, :now)",
            "INSERT INTO interactions (id, channel, direction, occurred_at, subject, body,"
            " is_complaint, contact_id, created_at, updated_at) VALUES ('i1', 'email', 'in', :now,"
            " 'Réclamation livraison', 'Colis abîmé', 0, 'c1', :now, :now)",
        ):
            connection.execute(text(sql), {"now": now})
    migrations.upgrade(engine, "0004")
    with engine.connect() as connection:

        def match(table: str, column: str, words: str) -> list[str]:
            return list(
                connection.execute(
                    text(f"SELECT {column} FROM {table} WHERE {table} MATCH :q"), {"q": words}
                ).scalars()
            )

        assert match("companies_fts", "company_id", '"epicerie"*') == ["co1"]
        assert match("companies_fts", "company_id", '"552100554"') == ["co1"]
        assert match("deals_fts", "deal_id", '"coffrets" "helene" "roux"') == ["d1"]
        assert match("interactions_fts", "interaction_id", '"reclamation" "abime"') == ["i1"]
    migrations.upgrade(engine, "0004")  # nothing to do
    from alembic import command

    cfg = migrations.config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0003")
    with engine.connect() as connection:
        tables = set(
            connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
            .scalars()
            .all()
        )
    engine.dispose()
    assert "companies_fts" not in tables and "contacts_fts" in tables


# -- search_everything ------------------------------------------------------------------


@pytest.fixture(params=["sorted", "walked"])
def strategy(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of finding the first matches give the same hits (big sets are walked)."""
    if request.param == "walked":
        monkeypatch.setattr(app.search, "SMALL_SET", 0)
    return str(request.param)


def titles(results: app.search.SearchResults, kind: str) -> list[str]:
    return [hit.title for hit in results.hits(kind)]


def test_search_finds_every_kind_with_details(
    db: Database, shop: dict[str, str], strategy: str
) -> None:
    results = search_everything(db, "lefevre")
    assert titles(results, "company") == ["Fromagerie Lefèvre"]
    assert titles(results, "contact") == ["Hélène Dupré"]  # by her company's name
    assert titles(results, "deal") == ["Plateaux de Noël"]  # by its company's name
    contact = results.hits("contact")[0]
    assert contact.subtitle == "Fromagerie Lefèvre · Tours"
    assert (contact.open_kind, contact.open_id) == ("contact", shop["helene"])
    company = results.hits("company")[0]
    assert company.subtitle == "37000 Tours"

    results = search_everything(db, "plateaux")
    assert titles(results, "deal") == ["Plateaux de Noël", "Plateaux de printemps"]  # open first
    deal = results.hits("deal")[0]
    assert (deal.amount_cents, deal.currency, deal.stage, deal.status) == (
        120000,
        "EUR",
        "Proposition",
        "open",
    )
    assert deal.subtitle == "Proposition · Fromagerie Lefèvre"
    call = results.hits("interaction")[0]
    assert (call.title, call.channel) == ("Appel devis plateaux", "phone")
    assert (call.open_kind, call.open_id) == ("contact", shop["helene"])
    assert call.subtitle == "Hélène Dupré · Fromagerie Lefèvre"
    assert call.when is not None and call.when.tzinfo is not None

    visit = search_everything(db, "comté").hits("interaction")[0]
    assert (visit.open_kind, visit.open_id) == ("company", shop["cave"])
    assert results.group("interaction").total == 1


def test_names_come_first_then_other_matches(
    db: Database, shop: dict[str, str], strategy: str
) -> None:
    results = search_everything(db, "martin")
    # Paul Martin by his name, then Zoé Aubry who lives in Saint-Martin.
    assert titles(results, "contact") == ["Paul Martin", "Zoé Aubry"]
    assert results.group("contact").total == 2
    assert titles(results, "company") == ["Cave Martin"]
    limited = search_everything(db, "martin", limit_per_kind=1)
    assert titles(limited, "contact") == ["Paul Martin"]
    assert limited.group("contact").total == 2


def test_interactions_newest_first(db: Database, shop: dict[str, str], strategy: str) -> None:
    base = datetime(2025, 1, 1, tzinfo=UTC)
    add(
        db,
        *(
            Interaction(
                channel="email",
                occurred_at=base + timedelta(days=n),
                subject=f"Relance {n}",
                contact_id=shop["martin"],
            )
            for n in (3, 1, 2)
        ),
    )
    results = search_everything(db, "relance", limit_per_kind=2)
    assert titles(results, "interaction") == ["Relance 3", "Relance 2"]
    assert results.group("interaction").total == 3
    # Short words matching most rows: checked row by row when walked.
    results = search_everything(db, "rel", limit_per_kind=2)
    assert titles(results, "interaction") == ["Relance 3", "Relance 2"]


def test_one_letter_searches_names_only(db: Database, shop: dict[str, str]) -> None:
    results = search_everything(db, "d")
    assert titles(results, "contact") == ["Hélène Dupré"]  # last names starting with D
    assert results.hits("interaction") == []
    assert titles(search_everything(db, "c"), "company") == ["Cave Martin"]


def test_nothing_typed_or_found(db: Database, shop: dict[str, str]) -> None:
    assert not search_everything(db, "")
    assert not search_everything(db, "  ")
    assert not search_everything(db, '"*(')
    nothing = search_everything(db, "zzzzz")
    assert not nothing and nothing.total == 0
    assert [group.kind for group in nothing.groups] == [
        "contact",
        "company",
        "deal",
        "interaction",
    ]


def test_deleted_records_are_not_found(db: Database, shop: dict[str, str]) -> None:
    edit(db, Contact, shop["martin"], deleted_at=utcnow())
    edit(db, Deal, shop["won"], deleted_at=utcnow())
    results = search_everything(db, "martin")
    assert titles(results, "contact") == ["Zoé Aubry"]
    assert titles(search_everything(db, "printemps"), "deal") == []


def test_the_search_without_full_text_indexes_finds_the_same(
    db: Database, shop: dict[str, str]
) -> None:
    """The LIKE search other databases use (run here on SQLite)."""
    with db.read() as session:
        results = app.search._like_search(session, "martin", 8)
    assert titles(results, "contact") == ["Zoé Aubry", "Paul Martin"]  # in name order
    assert titles(results, "company") == ["Cave Martin"]
    with db.read() as session:
        results = app.search._like_search(session, "plateaux", 8)
    assert titles(results, "deal") == ["Plateaux de Noël", "Plateaux de printemps"]
    assert titles(results, "interaction") == ["Appel devis plateaux"]
