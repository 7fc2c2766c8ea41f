"""Importing companies, products, interactions and deals."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import UserError
from app.exchange import importer
from app.exchange.importer import ImportOptions, preview_import, run_import
from app.exchange.mapping import KINDS, fields, guess_mapping
from app.history import undo_batch
from models import Company, Contact, Deal, Interaction, Pipeline, PipelineStage, Product
from models.database import Database
from models.enums import BatchKind, DealStatus, StageKind
from tests.unit.test_import_files import write_xlsx


def test_every_kind_has_fields_with_labels_and_required_ones():
    for kind in KINDS:
        specs = fields(kind)
        assert specs and all(spec.label for spec in specs)
        assert len({spec.name for spec in specs}) == len(specs)
    assert [s.name for s in fields("orders") if s.required] == ["number", "date"]
    with pytest.raises(UserError):
        fields("invoices")


def test_companies_with_siret_and_updates_by_siret(db: Database, tmp_path: Path):
    path = write_xlsx(
        tmp_path / "societes.xlsx",
        [
            ["Raison sociale", "SIRET", "Tél.", "Code postal", "Ville", "Secteur d'activité"],
            ["Café Zoé", 73282932000074, "04 72 00 00 00", 69003, "Lyon", "Restauration"],
            ["Sans nom", None, None, None, None, None],
            [None, None, None, None, "Nice", None],  # no name: rejected
        ],
    )
    summary = run_import(db, path, ImportOptions("companies"))
    assert (summary.created, summary.rejected) == (2, 1)
    assert summary.rejects[0].messages[0].params == {"field": "Company name"}
    with db.read() as session:
        cafe = session.scalars(select(Company).where(Company.name == "Café Zoé")).one()
        assert (cafe.siret, cafe.siren, cafe.phone_e164) == (
            "73282932000074", "732829320", "+33472000000",
        )  # fmt: skip
        assert cafe.sort_name == "cafe zoe"
    again = write_xlsx(
        tmp_path / "maj.xlsx",
        [["SIRET", "Raison sociale", "Ville"], ["73282932000074", "Café Zoé SARL", "Villeurbanne"]],
    )
    preview = preview_import(db, again, ImportOptions("companies", on_duplicate="update"))
    assert {(c.label, c.old, c.new) for c in preview.changes} == {
        ("Company name", "Café Zoé", "Café Zoé SARL"),
        ("City", "Lyon", "Villeurbanne"),
    }
    summary = run_import(db, again, ImportOptions("companies", on_duplicate="update"))
    assert summary.updated == 1
    with db.read() as session:
        assert session.get(Company, cafe.id).sort_name == "cafe zoe sarl"
    # Without a SIRET, the same name is the same company.
    same = write_xlsx(tmp_path / "nom.xlsx", [["Société", "Site web"], ["SANS NOM", "x.fr"]])
    summary = run_import(db, same, ImportOptions("companies", on_duplicate="merge"))
    assert (summary.created, summary.updated) == (0, 1)


def test_products_matched_on_their_reference(db: Database, tmp_path: Path):
    path = write_xlsx(
        tmp_path / "produits.xlsx",
        [
            ["Référence", "Désignation", "Prix TTC", "TVA", "Catégorie"],
            ["CAF-01", "Café moulu 250 g", "4,50 €", "5,5 %", "Épicerie"],
            ["THE-02", "Thé vert", 6, 0.2, None],
            ["CAF-01", "Café moulu (doublon)", 5, None, None],
            ["X", None, "abc", None, None],
        ],
    )
    summary = run_import(db, path, ImportOptions("products"))
    assert (summary.created, summary.skipped, summary.rejected) == (2, 1, 1)
    with db.read() as session:
        products = {p.reference: p for p in session.scalars(select(Product))}
    assert (products["CAF-01"].unit_price_cents, products["CAF-01"].vat_rate_bp) == (450, 550)
    assert (products["THE-02"].unit_price_cents, products["THE-02"].vat_rate_bp) == (600, 2000)
    summary = run_import(db, path, ImportOptions("products", on_duplicate="update"))
    assert (summary.updated, summary.skipped) == (1, 2)  # only the doublon changes anything
    assert [(c.record, c.label, c.old, c.new) for c in summary.changes] == [
        ("CAF-01", "Product name", "Café moulu 250 g", "Café moulu (doublon)"),
        ("CAF-01", "Unit price", "4.50", "5.00"),
    ]
    with db.read() as session:
        caf = session.scalars(select(Product).where(Product.reference == "CAF-01")).one()
        assert (caf.name, caf.unit_price_cents) == ("Café moulu (doublon)", 500)


def _customer(db: Database) -> str:
    with db.write(BatchKind.CREATE, "Customer") as session:
        contact = Contact(last_name="Durand", email="zoe@exemple.fr", external_ref="C1")
        session.add(contact)
        session.flush()
        return contact.id


def test_interactions_are_linked_and_not_imported_twice(db: Database, tmp_path: Path):
    contact_id = _customer(db)
    path = write_xlsx(
        tmp_path / "historique.xlsx",
        [
            ["Date", "Type", "Sens", "Objet", "Compte rendu", "N° client"],
            ["12/03/2025 10:30", "Appel", "Entrant", "Commande", "Veut 3 cafés", "C1"],
            [datetime(2025, 3, 13, 9), "E-mail", None, "Devis", None, "C1"],
            ["13/03/2025", "Pigeon", None, "?", None, "C1"],
            ["14/03/2025", "Visite", None, "Passage", None, "C404"],
        ],
    )
    summary = run_import(db, path, ImportOptions("interactions"))
    assert (summary.created, summary.rejected) == (2, 2)
    assert summary.rejects[1].messages[0].template == importer.MSG_NO_CUSTOMER
    with db.read() as session:
        calls = session.scalars(select(Interaction).order_by(Interaction.occurred_at)).all()
    assert [(i.channel, i.direction, i.contact_id) for i in calls] == [
        ("phone", "in", contact_id),
        ("email", "out", contact_id),
    ]
    assert calls[0].occurred_at == datetime(2025, 3, 12, 10, 30).astimezone(UTC)
    again = run_import(db, path, ImportOptions("interactions"))
    assert (again.created, again.skipped) == (0, 2)
    undo_batch(db, summary.batch_id)
    with db.read() as session:
        assert all(i.deleted_at for i in session.scalars(select(Interaction)))


def test_deals_in_the_pipeline_stages(db: Database, tmp_path: Path):
    contact_id = _customer(db)
    with db.write(BatchKind.CREATE, "Pipeline") as session:
        pipeline = Pipeline(name="Ventes", is_default=True)
        session.add(pipeline)
        session.flush()
        for position, (name, kind) in enumerate(
            [
                ("Contact", StageKind.OPEN),
                ("Devis", StageKind.OPEN),
                ("Gagné", StageKind.WON),
                ("Perdu", StageKind.LOST),
            ]  # fmt: skip
        ):
            session.add(
                PipelineStage(pipeline_id=pipeline.id, name=name, position=position, kind=kind)
            )
    path = write_xlsx(
        tmp_path / "affaires.xlsx",
        [
            ["Réf", "Affaire", "Montant", "Étape", "Courriel", "Clôture prévue"],
            ["A1", "Mariage Durand", "2 500,00", "devis", "zoe@exemple.fr", "30/06/2025"],
            ["A2", "Traiteur", 800, "Gagné", None, None],
            ["A3", "Inconnue", 10, "Négociation", None, None],
        ],
    )
    assert guess_mapping("deals", ["Réf", "Affaire", "Montant", "Étape"]) == {
        0: "external_ref", 1: "title", 2: "amount", 3: "stage",
    }  # fmt: skip
    summary = run_import(db, path, ImportOptions("deals"))
    assert (summary.created, summary.rejected) == (2, 1)
    assert summary.rejects[0].messages[0].template == importer.MSG_UNKNOWN_STAGE
    with db.read() as session:
        deals = {d.external_ref: d for d in session.scalars(select(Deal))}
        stages = {s.id: s.name for s in session.scalars(select(PipelineStage))}
    assert (deals["A1"].amount_cents, stages[deals["A1"].stage_id]) == (250000, "Devis")
    assert deals["A1"].contact_id == contact_id
    assert deals["A1"].expected_close_date == date(2025, 6, 30)
    assert (deals["A2"].status, deals["A2"].closed_at is not None) == (DealStatus.WON, True)


def test_deals_need_a_pipeline(db: Database, tmp_path: Path):
    path = write_xlsx(tmp_path / "a.xlsx", [["Affaire"], ["X"]])
    with pytest.raises(UserError) as error:
        run_import(db, path, ImportOptions("deals"))
    assert error.value.template == importer.MSG_NO_PIPELINE
