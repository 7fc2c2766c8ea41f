"""The deal dialog: product lines typed in, totals, stage and status in step, validation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from sqlalchemy import select

from app import pipeline as pl
from app.contacts import ContactInput, ContactService
from app.pipeline import DealInput, DealLineInput
from app.products import ProductInput, create_product
from models import Deal, DealLine
from models.database import Database
from tests.ui.conftest import type_text
from ui.deal_dialog import LINE_COLUMNS, DealDialog


@pytest.fixture
def sales(db: Database) -> pl.PipelineInfo:
    return pl.get_pipeline(db, pl.create_pipeline(db, "Ventes"))


@pytest.fixture
def products(db: Database) -> dict[str, str]:
    return {
        "vouvray": create_product(
            db,
            ProductInput(name="Vouvray sec", reference="VIN-001", unit_price_cents=1650),
        ),
        "comte": create_product(
            db,
            ProductInput(
                name="Comté 18 mois", reference="FRO-001", unit_price_cents=3290, vat_rate_bp=550
            ),
        ),
    }


def stage_id(pipeline: pl.PipelineInfo, name: str) -> str:
    return next(s.id for s in pipeline.stages if s.name == name)


def open_dialog(qtbot, db: Database, deal_id: str | None = None, **values) -> DealDialog:
    dialog = DealDialog(db, deal_id, **values)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def edit_cell(qtbot, dialog: DealDialog, row: int, key: str, text: str) -> None:
    """Type ``text`` in a cell of the lines table, as a user does (the cell's editor)."""
    view = dialog.lines_view
    index = dialog.lines.index(row, LINE_COLUMNS.index(key))
    editing = view.state() == QAbstractItemView.State.EditingState
    if not (editing and view.currentIndex() == index):
        view.setCurrentIndex(index)
        view.edit(index)
    editor = view.focusWidget() if isinstance(view.focusWidget(), QLineEdit) else None
    if editor is None:
        editors = view.viewport().findChildren(QLineEdit)
        editor = editors[-1]
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_lines_typed_in_compute_the_totals_and_are_saved(qtbot, db, sales, products):
    dialog = open_dialog(qtbot, db, pipeline_id=sales.id)
    type_text(qtbot, dialog.title, "Cave de Noël")
    qtbot.mouseClick(dialog.add_line_button, Qt.MouseButton.LeftButton)
    # The product found by its reference fills the description, price and VAT rate.
    edit_cell(qtbot, dialog, 0, "product", "VIN-001")
    line = dialog.lines.lines[0]
    assert (line.product_id, line.description, line.unit_price_cents, line.vat_rate_bp) == (
        products["vouvray"],
        "Vouvray sec",
        1650,
        2000,
    )
    edit_cell(qtbot, dialog, 0, "quantity", "12")
    edit_cell(qtbot, dialog, 0, "discount", "10")
    qtbot.mouseClick(dialog.add_line_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, dialog, 1, "product", "Comté 18 mois")
    edit_cell(qtbot, dialog, 1, "quantity", "1.25")
    # 12 × 16,50 × 0,9 = 178,20 ; 1,25 × 32,90 = 41,125 → 41,13.
    assert dialog.lines.index(0, LINE_COLUMNS.index("total")).data() == "€178.20"
    assert dialog.lines.index(1, LINE_COLUMNS.index("total")).data() == "€41.13"
    assert dialog.total_ht.text() == "€219.33"
    # VAT per line: 35,64 + 2,26.
    assert dialog.total_vat.text() == "€37.90"
    assert dialog.total_ttc.text() == "€257.23"
    # The amount is the lines' total excluding VAT, and cannot be typed any more.
    assert dialog.amount.text() == "219.33" and not dialog.amount.isEnabled()
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.read() as session:
        deal = session.get(Deal, saved.args[0])
        assert deal is not None
        assert (deal.title, deal.amount_cents, deal.stage_id) == (
            "Cave de Noël",
            21933,
            stage_id(sales, "New"),
        )
        lines = session.scalars(
            select(DealLine).where(DealLine.deal_id == deal.id).order_by(DealLine.position)
        ).all()
        assert [
            (x.product_id, x.quantity, x.unit_price_cents, x.discount_bp, x.vat_rate_bp)
            for x in lines
        ] == [
            (products["vouvray"], 12.0, 1650, 1000, 2000),
            (products["comte"], 1.25, 3290, 0, 550),
        ]


def test_an_unreadable_cell_is_shown_and_refused(qtbot, db, sales, products):
    dialog = open_dialog(qtbot, db, pipeline_id=sales.id)
    qtbot.keyClicks(dialog.title, "Cave")
    dialog.add_line()
    edit_cell(qtbot, dialog, 0, "product", "VIN-001")
    edit_cell(qtbot, dialog, 0, "quantity", "douze")
    assert dialog.save() is False
    assert dialog.lines_error.isVisible()
    cell = dialog.lines.index(0, LINE_COLUMNS.index("quantity"))
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert cell.data() == "douze"
    edit_cell(qtbot, dialog, 0, "quantity", "2")
    assert dialog.save() is True


def test_removing_lines_gives_back_the_typed_amount(qtbot, db, sales, products):
    dialog = open_dialog(qtbot, db, pipeline_id=sales.id)
    qtbot.keyClicks(dialog.title, "Cave")
    dialog.add_line()
    edit_cell(qtbot, dialog, 0, "product", "VIN-001")
    dialog.lines_view.setCurrentIndex(dialog.lines.index(0, 0))
    qtbot.mouseClick(dialog.remove_line_button, Qt.MouseButton.LeftButton)
    assert dialog.lines.rowCount() == 0 and dialog.amount.isEnabled()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "1 500,50")
    assert dialog.save()
    with db.read() as session:
        assert session.scalar(select(Deal.amount_cents)) == 150050


def test_validation_is_inline(qtbot, db, sales):
    dialog = open_dialog(qtbot, db, pipeline_id=sales.id)
    assert dialog.save() is False
    assert "title" in dialog.visible_errors()
    qtbot.keyClicks(dialog.title, "Cave")
    # Lost needs a reason: choosing the status moves the deal to the lost stage.
    dialog.status.setCurrentIndex(dialog.status.findData("lost"))
    assert dialog.stage.currentData() == stage_id(sales, "Lost")
    assert dialog.save() is False
    assert "close_reason" in dialog.visible_errors()
    assert "title" not in dialog.visible_errors()
    dialog.reason.setCurrentText("Trop cher")
    assert dialog.save() is True
    with db.read() as session:
        deal = session.scalars(select(Deal)).one()
        assert (deal.status, deal.close_reason) == ("lost", "Trop cher")


def test_stage_status_and_probability_stay_in_step(qtbot, db, sales):
    dialog = open_dialog(qtbot, db, pipeline_id=sales.id)
    assert dialog.stage.currentText() == "New"
    assert "10" in dialog.probability.specialValueText()
    dialog.stage.setCurrentIndex(dialog.stage.findData(stage_id(sales, "Proposal")))
    assert "50" in dialog.probability.specialValueText()
    dialog.amount.setText("1000")
    assert dialog.weighted.text().startswith("€500.00")
    dialog.stage.setCurrentIndex(dialog.stage.findData(stage_id(sales, "Won")))
    assert dialog.status.currentData() == "won" and dialog.reason.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData("open"))
    assert dialog.stage.currentText() == "Negotiation"
    assert not dialog.reason.isEnabled()


def test_edit_an_existing_deal(qtbot, db, sales, products):
    service = ContactService(db)
    contact = service.create(ContactInput(first_name="Hélène", last_name="Dupré"))
    deal_id = pl.create_deal(
        db,
        DealInput(
            title="Cave",
            pipeline_id=sales.id,
            stage_id=stage_id(sales, "Qualified"),
            contact_id=contact,
            expected_close_date=date(2030, 1, 31),
            probability=40,
            lines=[DealLineInput("Vouvray sec", 6, 1650, 0, 2000, product_id=products["vouvray"])],
        ),
    )
    dialog = open_dialog(qtbot, db, deal_id)
    assert dialog.windowTitle().endswith("Cave")
    assert dialog.contact.record_id() == contact
    assert dialog.contact.line_edit().text() == "Hélène Dupré"
    assert dialog.probability.value() == 40
    assert dialog.close_date.value() == date(2030, 1, 31)
    assert dialog.total_ht.text() == "€99.00"
    assert dialog.lines.index(0, 0).data() == "VIN-001"
    edit_cell(qtbot, dialog, 0, "quantity", "12")
    dialog.probability.setValue(-1)  # back to the stage's default
    assert dialog.save()
    with db.read() as session:
        deal = session.get(Deal, deal_id)
        assert deal is not None
        assert (deal.amount_cents, deal.probability) == (19800, None)


def test_custom_fields_of_deals(qtbot, db, sales):
    from models import CustomFieldDefinition

    with db.write("create", "Custom field") as session:
        session.add(
            CustomFieldDefinition(
                entity="deal",
                key="source",
                label="Origine",
                field_type="choice",
                choices=["Salon", "Site web"],
                position=0,
            )
        )
        session.add(
            CustomFieldDefinition(
                entity="deal", key="guests", label="Convives", field_type="number", position=1
            )
        )
    dialog = open_dialog(qtbot, db, pipeline_id=sales.id)
    qtbot.keyClicks(dialog.title, "Mariage")
    source = dialog.fields["custom:source"]
    source.setCurrentIndex(source.findData("Salon"))
    qtbot.keyClicks(dialog.fields["custom:guests"], "120")
    assert dialog.save()
    with db.read() as session:
        deal = session.scalars(select(Deal)).one()
        assert deal.custom == {"source": "Salon", "guests": 120}
    again = open_dialog(qtbot, db, deal.id)
    assert again.fields["custom:source"].currentData() == "Salon"
    assert again.fields["custom:guests"].text() == "120"
