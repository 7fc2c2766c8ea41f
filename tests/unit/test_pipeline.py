"""The pipeline service: pipelines and stages, deals, moves, won/lost, lines, board, list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app import pipeline as pl
from app.contacts import ContactInput, ContactService
from app.errors import NotFoundError, UserError, ValidationError
from app.history import last_undoable_batch, list_changes, undo_batch
from app.pipeline import BoardFilter, DealInput, DealLineInput, DealQuery, StageInput
from app.products import ProductInput, create_product
from models import Batch, ChangeLogEntry, Contact, Deal, DealLine, User
from models.database import Database
from models.enums import BatchKind


@pytest.fixture
def sales(db: Database) -> pl.PipelineInfo:
    """A pipeline New 10 % / Qualified 25 % / Proposal 50 % / Negotiation 75 % / Won / Lost."""
    return pl.get_pipeline(db, pl.create_pipeline(db, "Ventes"))


def stage(pipeline: pl.PipelineInfo, name: str) -> pl.StageInfo:
    return next(s for s in pipeline.stages if s.name == name)


def new_deal(
    db: Database, pipeline: pl.PipelineInfo, title: str, stage_name: str = "New", **values: object
) -> str:
    return pl.create_deal(
        db,
        DealInput(
            title=title, pipeline_id=pipeline.id, stage_id=stage(pipeline, stage_name).id, **values
        ),  # type: ignore[arg-type]
    )


def deal_row(db: Database, deal_id: str) -> Deal:
    with db.read() as session:
        deal = session.get(Deal, deal_id)
        assert deal is not None
        return deal


def column_titles(db: Database, pipeline: pl.PipelineInfo, stage_name: str) -> list[str]:
    column = pl.board(db, pipeline.id).column_of(stage(pipeline, stage_name).id)
    assert column is not None
    return [card.title for card in column.cards]


# -- money ------------------------------------------------------------------------------


def test_line_total_rounds_once_half_away_from_zero():
    # 3 × 0,35 € = 1,05 € ; 10 % off = 0,945 € → 0,95 € (not 0,94 €, not 0,9 €).
    assert pl.line_total_cents(3, 35, 1000) == 95
    # 0.1 kg × 12,34 € = 1,234 € → 1,23 €; floats are read as written (0.1, not 0.1000…01).
    assert pl.line_total_cents(0.1, 1234) == 123
    assert pl.line_total_cents(2.5, 1) == 3  # 2,5 cents → 3
    assert pl.line_total_cents(1.5, 3290, 10000) == 0  # 100 % off
    assert pl.vat_cents(95, 550) == 5  # 5,225 cents → 5
    assert pl.vat_cents(1050, 2000) == 210
    assert pl.weighted_cents(12345, 25) == 3086  # 3086,25 → 3086
    assert pl.weighted_cents(10, 25) == 3  # 2,5 → 3


def test_totals_compute_vat_per_rate_on_its_base():
    lines = [
        DealLineInput("Comté", 1.25, 3290, 0, 550),  # 41,125 → 41,13 ; VAT 2,26
        DealLineInput("Vouvray", 12, 1650, 1000, 2000),  # 178,20 ; VAT 35,64
        DealLineInput("Crottin", 3, 390, 0, 550),  # 11,70 ; VAT 0,64
    ]
    totals = pl.totals_of(lines)
    assert [line.total_cents for line in lines] == [4113, 17820, 1170]
    assert [line.vat_cents for line in lines] == [226, 3564, 64]
    assert totals.ht_cents == 4113 + 17820 + 1170
    # 5.5 % of 52.83 is 2.905 → 2.91, where rounding line by line gives 2.26 + 0.64 = 2.90:
    # the VAT printed for a rate is that rate applied to its base.
    assert totals.by_rate == ((2000, 17820, 3564), (550, 5283, 291))
    assert totals.vat_cents == 3564 + 291
    assert totals.ttc_cents == totals.ht_cents + totals.vat_cents


def test_deal_amount_is_the_lines_total_excluding_vat(db: Database, sales):
    product = create_product(
        db, ProductInput(name="Vouvray sec", reference="VIN-001", unit_price_cents=1650)
    )
    deal_id = new_deal(
        db,
        sales,
        "Cave",
        amount_cents=999_999,  # ignored: the lines decide
        lines=[
            DealLineInput("", 12, 1650, 1000, 2000, product_id=product),
            DealLineInput("Livraison", 1, 2500, 0, 2000),
        ],
    )
    assert deal_row(db, deal_id).amount_cents == 17820 + 2500
    with db.read() as session:
        lines = session.scalars(
            select(DealLine).where(DealLine.deal_id == deal_id).order_by(DealLine.position)
        ).all()
        # A line picked from the catalogue without a description gets the product's name.
        assert [(line.description, line.position) for line in lines] == [
            ("Vouvray sec", 0),
            ("Livraison", 1),
        ]
    # Without lines, the typed amount is kept.
    data = pl.load_deal_input(db, deal_id)
    data.lines = []
    data.amount_cents = 50_000
    pl.update_deal(db, deal_id, data)
    assert deal_row(db, deal_id).amount_cents == 50_000
    with db.read() as session:
        live = session.scalars(
            select(DealLine).where(DealLine.deal_id == deal_id, DealLine.deleted_at.is_(None))
        ).all()
        assert live == []


def test_editing_lines_changes_rows_in_place(db: Database, sales):
    deal_id = new_deal(
        db, sales, "Cave", lines=[DealLineInput("A", 1, 100), DealLineInput("B", 2, 100)]
    )
    data = pl.load_deal_input(db, deal_id)
    data.lines[1].quantity = 5
    pl.update_deal(db, deal_id, data)
    with db.read() as session:
        lines = session.scalars(select(DealLine).where(DealLine.deal_id == deal_id)).all()
        assert sorted((line.description, line.quantity) for line in lines) == [
            ("A", 1.0),
            ("B", 5.0),
        ]
        batch = last_undoable_batch(db)
        assert batch is not None
        entries = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.batch_id == batch.id)
        ).all()
        # One line changed, and the deal's amount: nothing else was rewritten.
        assert sorted(e.entity for e in entries) == ["deal_lines", "deals"]
    assert deal_row(db, deal_id).amount_cents == 600


def test_deal_validation_names_every_bad_field(db: Database, sales):
    errors = pl.validate_deal(
        db,
        DealInput(
            title="  ",
            pipeline_id=sales.id,
            stage_id=stage(sales, "Lost").id,
            probability=120,
            lines=[DealLineInput("", 0, -5, 20000)],
        ),
    )
    assert errors == {
        "title": pl.MSG_DEAL_TITLE,
        "probability": pl.MSG_PROBABILITY,
        "close_reason": pl.MSG_LOST_REASON,
        "lines.0.description": pl.MSG_LINE_DESCRIPTION,
        "lines.0.quantity": pl.MSG_QUANTITY,
        "lines.0.unit_price_cents": pl.MSG_UNIT_PRICE,
        "lines.0.discount_bp": pl.MSG_DISCOUNT,
    }
    with pytest.raises(ValidationError):
        pl.create_deal(db, DealInput(title="", pipeline_id=sales.id))
    with db.read() as session:
        assert session.scalars(select(Deal)).all() == []


def test_new_deal_goes_to_the_default_pipeline_first_open_stage(db: Database, sales):
    deal_id = pl.create_deal(db, DealInput(title="Sans étape"))
    deal = deal_row(db, deal_id)
    assert (deal.pipeline_id, deal.stage_id, deal.status) == (
        sales.id,
        stage(sales, "New").id,
        "open",
    )
    with db.read() as session:
        assert session.scalar(select(Batch.label).order_by(Batch.created_at.desc())) == (
            "New deal Sans étape"
        )


def test_stage_default_probability_applies_until_the_deal_has_its_own(db: Database, sales):
    deal_id = new_deal(db, sales, "Mariage", "Qualified", amount_cents=100_000)
    card = pl.board(db, sales.id).column_of(stage(sales, "Qualified").id).cards[0]
    assert (card.probability, card.default_probability, card.weighted_cents) == (25, True, 25_000)
    pl.move_deal(db, deal_id, stage(sales, "Proposal").id)
    card = pl.board(db, sales.id).column_of(stage(sales, "Proposal").id).cards[0]
    assert (card.probability, card.weighted_cents) == (50, 50_000)
    pl.quick_update(
        db,
        deal_id,
        title="Mariage",
        amount_cents=100_000,
        expected_close_date=None,
        probability=90,
    )
    card = pl.board(db, sales.id).column_of(stage(sales, "Proposal").id).cards[0]
    assert (card.probability, card.default_probability, card.weighted_cents) == (90, False, 90_000)
    info = pl.load_deal_file(db, deal_id)
    assert (info.probability, info.weighted_cents, info.stage_probability) == (90, 90_000, 50)


# -- moves ------------------------------------------------------------------------------


def test_move_changes_stage_and_position_in_one_batch(db: Database, sales):
    a = new_deal(db, sales, "A", "Qualified")
    new_deal(db, sales, "B", "Qualified")
    new_deal(db, sales, "C", "Qualified")
    moving = new_deal(db, sales, "M", "New")
    # New deals go to the top of their column.
    assert column_titles(db, sales, "Qualified") == ["C", "B", "A"]
    pl.move_deal(db, moving, stage(sales, "Qualified").id, 2)
    assert column_titles(db, sales, "Qualified") == ["C", "B", "M", "A"]
    assert column_titles(db, sales, "New") == []
    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "Move deal M to Qualified"
    assert batch.kind == BatchKind.EDIT
    changes = list_changes(db, batch_id=batch.id)
    assert {(c.entity, c.entity_id) for c in changes} <= {("deals", moving)} | {
        ("deals", d) for d in (a,)
    }
    assert "stage_id" in {field for c in changes if c.entity_id == moving for field in c.changes}
    # Within a column, and to the end with no index.
    pl.move_deal(db, moving, stage(sales, "Qualified").id, 0)
    assert column_titles(db, sales, "Qualified") == ["M", "C", "B", "A"]
    pl.move_deal(db, moving, stage(sales, "Qualified").id)
    assert column_titles(db, sales, "Qualified") == ["C", "B", "A", "M"]
    # Before / after a given card wins over the index (a filtered board).
    pl.move_deal(db, moving, stage(sales, "Qualified").id, 0, before_id=a)
    assert column_titles(db, sales, "Qualified") == ["C", "B", "M", "A"]
    pl.move_deal(db, moving, stage(sales, "Qualified").id, 0, after_id=a)
    assert column_titles(db, sales, "Qualified") == ["C", "B", "A", "M"]


def test_move_between_neighbours_without_room_spreads_the_column(db: Database, sales):
    ids = [new_deal(db, sales, title, "Proposal") for title in "ABCDE"]
    with db.write(BatchKind.EDIT, "tight positions") as session:
        for position, deal_id in enumerate(reversed(ids)):  # E D C B A at 0 1 2 3 4
            session.get(Deal, deal_id).position = position  # type: ignore[union-attr]
    assert column_titles(db, sales, "Proposal") == list("EDCBA")
    moving = new_deal(db, sales, "M")
    pl.move_deal(db, moving, stage(sales, "Proposal").id, 3)
    assert column_titles(db, sales, "Proposal") == ["E", "D", "C", "M", "B", "A"]
    # Again, now that there is room: only the moved deal is written.
    pl.move_deal(db, moving, stage(sales, "Proposal").id, 1)
    assert column_titles(db, sales, "Proposal") == ["E", "M", "D", "C", "B", "A"]
    batch = last_undoable_batch(db)
    assert batch is not None
    assert {c.entity_id for c in list_changes(db, batch_id=batch.id)} == {moving}


def test_undo_puts_a_moved_deal_back(db: Database, sales):
    first = new_deal(db, sales, "A", "Qualified")
    moving = new_deal(db, sales, "M", "New")
    before = deal_row(db, moving)
    pl.move_deal(db, moving, stage(sales, "Qualified").id, 1)
    batch = last_undoable_batch(db)
    assert batch is not None
    undo_batch(db, batch.id)
    after = deal_row(db, moving)
    assert (after.stage_id, after.position, after.status) == (
        before.stage_id,
        before.position,
        "open",
    )
    assert column_titles(db, sales, "Qualified") == ["A"]
    assert deal_row(db, first).stage_id == stage(sales, "Qualified").id


def test_moving_to_won_closes_and_back_to_open_reopens(db: Database, sales):
    deal_id = new_deal(db, sales, "Cave", "Negotiation")
    pl.move_deal(db, deal_id, stage(sales, "Won").id, 0)
    deal = deal_row(db, deal_id)
    assert deal.status == "won" and deal.closed_at is not None
    pl.move_deal(db, deal_id, stage(sales, "Negotiation").id, 0)
    deal = deal_row(db, deal_id)
    assert (deal.status, deal.closed_at, deal.close_reason) == ("open", None, None)


def test_moving_to_lost_needs_a_reason(db: Database, sales):
    deal_id = new_deal(db, sales, "Cave", "Negotiation")
    with pytest.raises(ValidationError) as caught:
        pl.move_deal(db, deal_id, stage(sales, "Lost").id, 0)
    assert caught.value.fields == {"close_reason": pl.MSG_LOST_REASON}
    assert deal_row(db, deal_id).stage_id == stage(sales, "Negotiation").id
    pl.move_deal(db, deal_id, stage(sales, "Lost").id, 0, reason="  Trop cher ")
    deal = deal_row(db, deal_id)
    assert (deal.status, deal.close_reason) == ("lost", "Trop cher")
    assert deal.closed_at is not None
    # Within the lost column, the reason is already known.
    pl.move_deal(db, deal_id, stage(sales, "Lost").id, 0)
    assert pl.close_reasons(db) == ["Trop cher"]


def test_mark_won_lost_and_reopen(db: Database, sales):
    deal_id = new_deal(db, sales, "Cave", "Qualified")
    pl.mark_won(db, deal_id, "Devis accepté")
    deal = deal_row(db, deal_id)
    assert (deal.stage_id, deal.status, deal.close_reason) == (
        stage(sales, "Won").id,
        "won",
        "Devis accepté",
    )
    assert last_undoable_batch(db).label == "Mark deal Cave as won"  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        pl.mark_lost(db, deal_id, " ")
    pl.mark_lost(db, deal_id, "Budget")
    deal = deal_row(db, deal_id)
    assert (deal.stage_id, deal.status, deal.close_reason) == (
        stage(sales, "Lost").id,
        "lost",
        "Budget",
    )
    pl.reopen(db, deal_id)
    deal = deal_row(db, deal_id)
    assert (deal.stage_id, deal.status, deal.closed_at, deal.close_reason) == (
        stage(sales, "Negotiation").id,
        "open",
        None,
        None,
    )


def test_move_to_next_stage(db: Database, sales):
    deal_id = new_deal(db, sales, "Cave", "Proposal")
    assert pl.next_stage(db, deal_id).name == "Negotiation"  # type: ignore[union-attr]
    pl.move_to_next_stage(db, deal_id)
    assert deal_row(db, deal_id).stage_id == stage(sales, "Negotiation").id
    assert pl.next_stage(db, deal_id) is None
    with pytest.raises(UserError):
        pl.move_to_next_stage(db, deal_id)


def test_form_status_won_moves_to_the_won_stage(db: Database, sales):
    deal_id = new_deal(db, sales, "Cave", "Proposal")
    data = pl.load_deal_input(db, deal_id)
    data.status = "won"
    pl.update_deal(db, deal_id, data)
    deal = deal_row(db, deal_id)
    assert (deal.stage_id, deal.status) == (stage(sales, "Won").id, "won")
    data = pl.load_deal_input(db, deal_id)
    data.status, data.close_reason = "lost", ""
    assert pl.validate_deal(db, data) == {"close_reason": pl.MSG_LOST_REASON}


def test_delete_and_restore_deals(db: Database, sales):
    deal_id = new_deal(db, sales, "Cave")
    assert pl.delete_deals(db, [deal_id]) == 1
    assert column_titles(db, sales, "New") == []
    assert pl.search_ids(db, DealQuery(deleted=True)) == [deal_id]
    with pytest.raises(NotFoundError):
        pl.move_deal(db, deal_id, stage(sales, "Won").id)
    assert pl.restore_deals(db, [deal_id]) == 1
    assert column_titles(db, sales, "New") == ["Cave"]


# -- pipelines and stages ---------------------------------------------------------------


def test_pipelines_in_order_with_their_stages_and_counts(db: Database, sales):
    events = pl.create_pipeline(
        db, "Événements", [StageInput("Demande", 10), StageInput("Confirmé", 100, "won")]
    )
    new_deal(db, sales, "A", "Qualified")
    found = pl.pipelines(db)
    assert [(p.name, p.is_default) for p in found] == [("Ventes", True), ("Événements", False)]
    assert [s.name for s in found[0].stages] == [
        "New",
        "Qualified",
        "Proposal",
        "Negotiation",
        "Won",
        "Lost",
    ]
    assert found[0].deals == 1 and stage(found[0], "Qualified").deals == 1
    pl.set_default_pipeline(db, events)
    pl.move_pipeline(db, events, -1)
    assert [(p.name, p.is_default) for p in pl.pipelines(db)] == [
        ("Événements", True),
        ("Ventes", False),
    ]
    assert pl.default_pipeline_id(db) == events
    pl.rename_pipeline(db, events, "Traiteur")
    assert pl.get_pipeline(db, events).name == "Traiteur"
    with pytest.raises(ValidationError):
        pl.create_pipeline(db, "Sans étape ouverte", [StageInput("Gagné", 100, "won")])
    with pytest.raises(ValidationError):
        pl.rename_pipeline(db, events, "  ")


def test_deleting_a_pipeline_with_deals_needs_somewhere_to_move_them(db: Database, sales):
    other = pl.get_pipeline(
        db,
        pl.create_pipeline(
            db,
            "Événements",
            [
                StageInput("Demande", 10),
                StageInput("Devis", 40),
                StageInput("Confirmé", 100, "won"),
                StageInput("Annulé", 0, "lost"),
            ],
        ),
    )
    negotiating = new_deal(db, sales, "A", "Negotiation")
    won = new_deal(db, sales, "B", "Won")
    with pytest.raises(UserError) as caught:
        pl.delete_pipeline(db, sales.id)
    assert caught.value.params == {"name": "Ventes", "count": 2}
    assert pl.delete_pipeline(db, sales.id, move_to=other.id) == 2
    # Same kind, same rank or the last open stage.
    assert deal_row(db, negotiating).stage_id == stage(other, "Devis").id
    assert deal_row(db, won).stage_id == stage(other, "Confirmé").id
    assert deal_row(db, won).status == "won"
    assert [(p.name, p.is_default) for p in pl.pipelines(db)] == [("Événements", True)]
    with pytest.raises(UserError):
        pl.delete_pipeline(db, other.id)  # the last one


def test_stages_add_edit_reorder_delete(db: Database, sales):
    added = pl.add_stage(db, sales.id, StageInput("Dégustation", 60))
    names = [s.name for s in pl.get_pipeline(db, sales.id).stages]
    # An open stage goes before the won and lost ones.
    assert names == ["New", "Qualified", "Proposal", "Negotiation", "Dégustation", "Won", "Lost"]
    pl.move_stage(db, added, -2)
    pl.update_stage(db, added, StageInput("Dégustation sur place", 40))
    refreshed = pl.get_pipeline(db, sales.id)
    assert [s.name for s in refreshed.stages][:3] == ["New", "Qualified", "Dégustation sur place"]
    assert stage(refreshed, "Dégustation sur place").probability == 40
    assert [s.position for s in refreshed.stages] == list(range(7))
    deal_id = new_deal(db, refreshed, "A", "Dégustation sur place")
    with pytest.raises(UserError):
        pl.update_stage(db, added, StageInput("Dégustation sur place", 40, "won"))
    with pytest.raises(UserError) as caught:
        pl.delete_stage(db, added)
    assert caught.value.params == {"name": "Dégustation sur place", "count": 1}
    assert pl.delete_stage(db, added, move_to=stage(refreshed, "Proposal").id) == 1
    assert deal_row(db, deal_id).stage_id == stage(refreshed, "Proposal").id
    names = [s.name for s in pl.get_pipeline(db, sales.id).stages]
    assert names == ["New", "Qualified", "Proposal", "Negotiation", "Won", "Lost"]
    pl.reorder_stages(db, sales.id, [stage(refreshed, n).id for n in ("Qualified", "New")])
    assert [s.name for s in pl.get_pipeline(db, sales.id).stages][:2] == ["Qualified", "New"]


def test_the_last_open_stage_stays(db: Database):
    pipeline = pl.get_pipeline(
        db, pl.create_pipeline(db, "Mini", [StageInput("Seule", 50), StageInput("OK", 100, "won")])
    )
    with pytest.raises(UserError):
        pl.delete_stage(db, stage(pipeline, "Seule").id)
    with pytest.raises(ValidationError):
        pl.update_stage(db, stage(pipeline, "Seule").id, StageInput("Seule", 50, "won"))
    with pytest.raises(ValidationError):
        pl.add_stage(db, pipeline.id, StageInput("", 50))
    with pytest.raises(ValidationError):
        pl.add_stage(db, pipeline.id, StageInput("Trop", 150))


# -- board and list ---------------------------------------------------------------------


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    service = ContactService(db)
    return {
        "helene": service.create(
            ContactInput(first_name="Hélène", last_name="Dupré", company_name="Hôtel du Parc")
        ),
        "marc": service.create(ContactInput(first_name="Marc", last_name="Martin")),
    }


def test_board_cards_totals_and_filters(db: Database, sales, people):
    with db.write(BatchKind.CREATE, "Users") as session:
        claire = User(name="Claire Moreau", login="claire")
        session.add(claire)
    today = date(2025, 6, 15)
    with db.read() as session:
        company_id = session.scalar(select(Deal.company_id))  # none yet
    assert company_id is None
    new_deal(
        db,
        sales,
        "Séminaire",
        "Proposal",
        contact_id=people["helene"],
        amount_cents=200_000,
        expected_close_date=date(2025, 6, 1),
        owner_id=claire.id,
    )
    new_deal(
        db,
        sales,
        "Cave",
        "Proposal",
        contact_id=people["marc"],
        amount_cents=10_001,
        expected_close_date=date(2025, 7, 1),
        probability=25,
    )
    lost = new_deal(db, sales, "Perdu", "Proposal", amount_cents=5000)
    pl.mark_lost(db, lost, "Budget")
    board = pl.board(db, sales.id, today=today)
    assert [c.stage.name for c in board.columns] == [s.name for s in sales.stages]
    column = board.column_of(stage(sales, "Proposal").id)
    assert column is not None
    assert [card.title for card in column.cards] == ["Cave", "Séminaire"]
    assert column.count == 2
    assert column.amount_cents == 210_001
    # 200 000 × 50 % + 10 001 × 25 % = 100 000 + 2 500,25 → 102 500.
    assert column.weighted_cents == 102_500
    seminar = column.cards[1]
    assert (seminar.contact_name, seminar.owner_initials, seminar.overdue) == (
        "Hélène Dupré",
        "CM",
        True,
    )
    assert column.cards[0].overdue is False
    assert board.column_of(stage(sales, "Lost").id).count == 1  # type: ignore[union-attr]
    assert board.open_count == 2
    # Words match the title, the contact or the company, without accents.
    filtered = pl.board(db, sales.id, BoardFilter(text="helene"), today=today)
    assert [c.title for c in filtered.column_of(stage(sales, "Proposal").id).cards] == ["Séminaire"]
    mine = pl.board(db, sales.id, BoardFilter(owner_id=claire.id), today=today)
    assert mine.open_count == 1
    # Won and lost columns only show recent closures.
    with db.write(BatchKind.EDIT, "old") as session:
        session.get(Deal, lost).closed_at -= timedelta(days=400)  # type: ignore[union-attr]
    assert pl.board(db, sales.id).column_of(stage(sales, "Lost").id).count == 0  # type: ignore
    everything = pl.board(db, sales.id, BoardFilter(closed_days=None))
    assert everything.column_of(stage(sales, "Lost").id).count == 1  # type: ignore[union-attr]


def test_board_of_nothing(db: Database):
    board = pl.board(db)
    assert board.pipeline is None and board.columns == ()


def test_list_query_filters_and_sorts_in_sql(db: Database, sales, people):
    a = new_deal(db, sales, "Alpha", "New", amount_cents=300, expected_close_date=date(2025, 3, 1))
    with db.read() as session:
        hotel = session.scalar(select(Contact.company_id).where(Contact.id == people["helene"]))
    b = new_deal(
        db,
        sales,
        "Bravo",
        "Proposal",
        amount_cents=100,
        contact_id=people["helene"],
        company_id=hotel,
    )
    c = new_deal(
        db, sales, "Charlie", "Qualified", amount_cents=200, expected_close_date=date(2025, 1, 5)
    )
    pl.mark_won(db, c)
    assert pl.search_ids(db, DealQuery(sort="amount")) == [b, c, a]
    assert pl.search_ids(db, DealQuery(sort="amount", descending=True)) == [a, c, b]
    # Without a close date: last both ways.
    assert pl.search_ids(db, DealQuery(sort="close")) == [c, a, b]
    assert pl.search_ids(db, DealQuery(sort="close", descending=True)) == [a, c, b]
    assert pl.search_ids(db, DealQuery(status="open", sort="title")) == [a, b]
    assert pl.search_ids(db, DealQuery(stage_id=stage(sales, "Proposal").id)) == [b]
    assert pl.search_ids(db, DealQuery(text="DUPRE")) == [b]
    assert pl.search_ids(db, DealQuery(text="hotel parc")) == [b]
    assert pl.search_ids(
        db, DealQuery(close_from=date(2025, 2, 1), close_to=date(2025, 3, 31))
    ) == [a]
    assert pl.search_ids(db, DealQuery(sort="stage")) == [a, b, c]
    found = pl.rows(db, [c, a])
    assert [(r.title, r.stage, r.status, r.probability) for r in found] == [
        ("Charlie", "Won", "won", 100),
        ("Alpha", "New", "open", 10),
    ]
    assert pl.count(db, DealQuery(pipeline_id=sales.id)) == 3


def test_deal_file_has_lines_totals_and_next_stage(db: Database, sales, people):
    deal_id = new_deal(
        db,
        sales,
        "Cave",
        "Qualified",
        contact_id=people["helene"],
        lines=[DealLineInput("Vouvray", 12, 1650, 1000, 2000)],
        notes="Rappeler lundi",
    )
    info = pl.load_deal_file(db, deal_id)
    assert info.contact_name == "Hélène Dupré"
    assert info.totals.ht_cents == 17820 and info.totals.ttc_cents == 17820 + 3564
    assert info.amount_cents == 17820
    assert info.next_stage is not None and info.next_stage.name == "Proposal"
    assert info.notes == "Rappeler lundi"
    assert [line.total_cents for line in info.lines] == [17820]


def test_initials():
    assert pl.initials("Claire Moreau") == "CM"
    assert pl.initials("Jean-Pierre Lefèvre") == "JL"
    assert pl.initials("admin") == "AD"
    assert pl.initials("") == ""
