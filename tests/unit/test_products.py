"""The products catalogue: create, edit, unique references, search, delete and restore."""

from __future__ import annotations

import pytest

from app import products as pr
from app.errors import NotFoundError, UserError, ValidationError
from app.history import last_undoable_batch, undo_batch
from app.products import ProductInput
from models.database import Database


def make(db: Database, name: str, reference: str = "", **values: object) -> str:
    return pr.create_product(db, ProductInput(name=name, reference=reference, **values))  # type: ignore[arg-type]


def test_create_and_edit(db: Database):
    product_id = make(
        db,
        "  Comté   AOP 18 mois ",
        "FRO-001",
        category="Fromages",
        unit_price_cents=3290,
        vat_rate_bp=550,
    )
    row = pr.get_product(db, product_id)
    assert (row.name, row.reference, row.category, row.unit_price_cents, row.vat_rate_bp) == (
        "Comté AOP 18 mois",
        "FRO-001",
        "Fromages",
        3290,
        550,
    )
    assert row.label == "FRO-001 — Comté AOP 18 mois"
    assert last_undoable_batch(db).label == "New product Comté AOP 18 mois"  # type: ignore[union-attr]
    pr.update_product(
        db,
        product_id,
        ProductInput(
            name="Comté AOP 24 mois",
            reference="FRO-001",
            unit_price_cents=3890,
            vat_rate_bp=550,
            category="Fromages",
            is_active=False,
        ),
    )
    row = pr.get_product(db, product_id)
    assert (row.name, row.unit_price_cents, row.is_active) == ("Comté AOP 24 mois", 3890, False)
    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "Edit product Comté AOP 24 mois"
    undo_batch(db, batch.id)
    assert pr.get_product(db, product_id).unit_price_cents == 3290


def test_validation(db: Database):
    make(db, "Vouvray", "VIN-001")
    errors = pr.validate_product(
        db, ProductInput(name=" ", reference="vin-001", unit_price_cents=-1, vat_rate_bp=1960)
    )
    assert errors == {
        "name": pr.MSG_PRODUCT_NAME,
        "reference": pr.MSG_REFERENCE_TAKEN,
        "unit_price_cents": pr.MSG_PRICE,
        "vat_rate_bp": pr.MSG_VAT,
    }
    with pytest.raises(ValidationError) as caught:
        make(db, "Autre Vouvray", "VIN-001")
    assert caught.value.fields == {"reference": pr.MSG_REFERENCE_TAKEN}
    # Every French rate is accepted, and no reference at all is fine (twice).
    for rate in pr.VAT_RATES:
        make(db, f"Taux {rate}", vat_rate_bp=rate)
    assert len(pr.search_products(db, "taux")) == len(pr.VAT_RATES)


def test_search_sort_and_categories(db: Database):
    make(db, "Époisses de Bourgogne", "FRO-009", category="Fromages", unit_price_cents=1190)
    make(db, "Vouvray sec", "VIN-001", category="Vins", unit_price_cents=1650)
    make(db, "Crottin de Chavignol", "FRO-005", category="Fromages", unit_price_cents=390)
    old = make(db, "Ancien coffret", "COF-001", category="Coffrets", is_active=False)
    assert [r.name for r in pr.search_products(db, "epoisses")] == ["Époisses de Bourgogne"]
    assert [r.reference for r in pr.search_products(db, "fro")] == ["FRO-005", "FRO-009"]
    assert [r.name for r in pr.search_products(db, "de bourg")] == ["Époisses de Bourgogne"]
    assert [r.unit_price_cents for r in pr.search_products(db, sort="price")] == [
        0,
        390,
        1190,
        1650,
    ]
    assert [
        r.reference
        for r in pr.search_products(db, category="Fromages", sort="reference", descending=True)
    ] == ["FRO-009", "FRO-005"]
    assert old not in {r.id for r in pr.search_products(db, active_only=True)}
    assert pr.categories(db) == ["Coffrets", "Fromages", "Vins"]
    assert pr.set_active(db, [old], True) == 1
    assert old in {r.id for r in pr.search_products(db, active_only=True)}


def test_delete_and_restore(db: Database):
    first = make(db, "Vouvray", "VIN-001")
    assert pr.delete_products(db, [first]) == 1
    assert pr.search_products(db) == []
    assert [r.id for r in pr.search_products(db, deleted=True)] == [first]
    # The reference is free again once the product is deleted…
    second = make(db, "Vouvray 2022", "VIN-001")
    # …so the first cannot come back with it.
    with pytest.raises(UserError) as caught:
        pr.restore_products(db, [first])
    assert caught.value.params == {"name": "Vouvray", "reference": "VIN-001"}
    pr.delete_products(db, [second])
    assert pr.restore_products(db, [first]) == 1
    assert [r.id for r in pr.search_products(db)] == [first]
    with pytest.raises(NotFoundError):
        pr.update_product(db, second, ProductInput(name="X"))
