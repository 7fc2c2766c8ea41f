"""The products pane and dialog: the catalogue listed, searched, created, edited, deleted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.products import ProductInput, create_product, get_product, search_products
from models.database import Database
from tests.ui.conftest import type_text
from ui.jobs import JobManager
from ui.product_dialog import ProductDialog, parse_decimal, parse_money
from ui.products_pane import COLUMNS, ProductsPane, ProductTableModel


@pytest.fixture
def catalogue(db: Database) -> dict[str, str]:
    return {
        "comte": create_product(
            db,
            ProductInput(
                name="Comté 18 mois",
                reference="FRO-001",
                category="Fromages",
                unit_price_cents=3290,
                vat_rate_bp=550,
            ),
        ),
        "vouvray": create_product(
            db,
            ProductInput(
                name="Vouvray sec", reference="VIN-001", category="Vins", unit_price_cents=1650
            ),
        ),
    }


@pytest.fixture
def pane(qtbot, db: Database, catalogue) -> ProductsPane:
    jobs = JobManager(synchronous=True)
    widget = ProductsPane(db, jobs)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.activate()
    yield widget
    jobs.shutdown()


def names(pane: ProductsPane) -> list[str]:
    model = pane.model
    column = COLUMNS.index("name")
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_catalogue_is_listed_with_prices_excluding_and_including_vat(pane):
    assert names(pane) == ["Comté 18 mois", "Vouvray sec"]
    model = pane.model
    assert model.index(0, COLUMNS.index("price")).data() == "€32.90"
    assert model.index(0, COLUMNS.index("vat")).data() == "5.5%"
    # 32,90 + 5,5 % = 34,7095 → 34,71.
    assert model.index(0, COLUMNS.index("price_ttc")).data() == "€34.71"
    assert pane.count_label.text().startswith("2 product")


def test_search_category_and_sort(qtbot, pane):
    type_text(qtbot, pane.search, "comte")
    pane.apply_filters()
    assert names(pane) == ["Comté 18 mois"]
    pane.search.clear()
    pane.category_filter.setCurrentIndex(pane.category_filter.findData("Vins"))
    assert names(pane) == ["Vouvray sec"]
    pane.category_filter.setCurrentIndex(0)
    pane.table.sortByColumn(COLUMNS.index("price"), Qt.SortOrder.AscendingOrder)
    assert names(pane) == ["Vouvray sec", "Comté 18 mois"]


def test_model_is_a_good_model(qtmodeltester, db, catalogue):
    model = ProductTableModel(db)
    model.reload()
    qtmodeltester.check(model)


def test_new_product_through_the_dialog(qtbot, pane, db):
    dialog = pane.new_product()
    assert isinstance(dialog, ProductDialog) and dialog.isVisible()
    type_text(qtbot, dialog.name, "Crémant de Loire")
    qtbot.keyClicks(dialog.reference, "vin-001")  # taken (case does not matter)
    qtbot.keyClicks(dialog.price, "11,90")
    dialog.vat.set_rate(2000)
    assert dialog.save() is False
    assert "reference" in dialog.visible_errors()
    dialog.reference.clear()
    qtbot.keyClicks(dialog.reference, "VIN-007")
    with qtbot.waitSignal(pane.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    found = search_products(db, "cremant")
    assert [(p.reference, p.unit_price_cents, p.vat_rate_bp) for p in found] == [
        ("VIN-007", 1190, 2000)
    ]
    assert "Crémant de Loire" in names(pane)
    assert pane.selected_ids() == [found[0].id]


def test_edit_deactivate_delete_restore(qtbot, pane, db, catalogue):
    pane.select_ids({catalogue["vouvray"]})
    dialog = pane.edit_current()
    assert dialog is not None and dialog.price.text() == "16.50"
    dialog.price.clear()
    qtbot.keyClicks(dialog.price, "17")
    assert dialog.save()
    assert get_product(db, catalogue["vouvray"]).unit_price_cents == 1700
    pane.select_ids({catalogue["vouvray"]})
    pane.action_toggle.trigger()
    assert get_product(db, catalogue["vouvray"]).is_active is False
    pane.select_ids({catalogue["vouvray"]})
    box = pane.delete_selected()
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(pane.changed):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert names(pane) == ["Comté 18 mois"]
    pane.show_deleted.setChecked(True)
    assert names(pane) == ["Vouvray sec"]
    pane.table.selectRow(0)
    pane.action_restore.trigger()
    assert get_product(db, catalogue["vouvray"]).deleted is False


def test_amounts_are_read_as_people_type_them():
    assert parse_money("1 234,56 €") == 123456
    assert parse_money("1234.5") == 123450
    assert parse_money("1,234.56") == 123456
    assert parse_money("") is None
    assert parse_decimal("12,5 %") == parse_decimal("12.5")
    with pytest.raises(ValueError):
        parse_money("douze")
