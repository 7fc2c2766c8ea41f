"""The kanban board: columns, drag and drop between and within stages, keyboard, quick edit."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app import pipeline as pl
from app.history import last_undoable_batch, list_changes, undo_batch
from app.pipeline import DealInput
from models import Deal
from models.database import Database
from ui.kanban import CardRole, KanbanBoard, LostReasonDialog, QuickEditDialog


@pytest.fixture
def sales(db: Database) -> pl.PipelineInfo:
    return pl.get_pipeline(db, pl.create_pipeline(db, "Ventes"))


def stage_id(pipeline: pl.PipelineInfo, name: str) -> str:
    return next(s.id for s in pipeline.stages if s.name == name)


def add(db: Database, pipeline: pl.PipelineInfo, title: str, stage: str, **values) -> str:
    return pl.create_deal(
        db,
        DealInput(
            title=title, pipeline_id=pipeline.id, stage_id=stage_id(pipeline, stage), **values
        ),
    )


@pytest.fixture
def deals(db: Database, sales) -> dict[str, str]:
    ids = {}
    for title in ("A", "B", "C"):  # shown C, B, A: new deals go on top
        ids[title] = add(db, sales, title, "Qualified", amount_cents=10_000)
    ids["M"] = add(db, sales, "M", "New", amount_cents=40_000, expected_close_date=date(2020, 1, 1))
    return ids


@pytest.fixture
def board(qtbot, db: Database, sales, deals) -> KanbanBoard:
    widget = KanbanBoard(db)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.set_pipeline(sales.id)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def titles(board: KanbanBoard, name: str) -> list[str]:
    column = next(c for c in board.columns if c.stage.name == name)
    return [card.title for card in column.model.cards()]


def column(board: KanbanBoard, name: str):
    return next(c for c in board.columns if c.stage.name == name)


def row_in_db(db: Database, deal_id: str) -> Deal:
    with db.read() as session:
        deal = session.get(Deal, deal_id)
        assert deal is not None
        return deal


def drop(source, row: int, target, target_row: int | None) -> bool:
    """Drop the card ``row`` of ``source`` on ``target``: above its card ``target_row``, or
    on the empty space under its cards (None). The events a user's drag sends to the view's
    viewport (enter, move, drop) take the user's path: view.dropEvent → model.dropMimeData
    (QDrag.exec itself cannot run offscreen)."""
    view = target.view
    mime = source.model.mimeData([source.model.index(row, 0)])
    if target_row is None:
        count = target.model.rowCount()
        last = view.visualRect(target.model.index(count - 1, 0)) if count else None
        y = (last.bottom() + 20) if last is not None else 10
        point = QPointF(view.viewport().width() / 2, y)
    else:
        rect = view.visualRect(target.model.index(target_row, 0))
        point = QPointF(rect.center().x(), rect.top() + 2)
    arguments = (
        point,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    for kind in (QDragEnterEvent, QDragMoveEvent):
        event = kind(*arguments)
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted(), kind.__name__
    event = QDropEvent(*arguments)
    QApplication.sendEvent(view.viewport(), event)
    return event.isAccepted()


def test_columns_show_stages_counts_and_totals(board, sales):
    assert [c.stage.name for c in board.columns] == [s.name for s in sales.stages]
    qualified = column(board, "Qualified")
    assert titles(board, "Qualified") == ["C", "B", "A"]
    assert qualified.summary.text().startswith("3 deal")
    assert "300.00" in qualified.summary.text()  # 3 × 100 €
    assert "75.00" in qualified.weighted.text()  # 25 % of 300 €
    card = column(board, "New").model.index(0, 0).data(CardRole)
    assert card.title == "M" and card.overdue
    # Won and lost columns are narrower, and can be collapsed.
    won = column(board, "Won")
    assert won.width() < qualified.width()
    won.collapse_button.click()
    assert won.collapsed and won.width() < 60 and won.view.isHidden()
    assert board.collapsed_stages() == [won.stage.id]


def test_drag_a_card_to_another_stage_saves_and_logs_the_move(qtbot, db, board, sales, deals):
    with qtbot.waitSignal(board.moved, timeout=3000):
        drop(column(board, "New"), 0, column(board, "Qualified"), 1)  # above B
    assert titles(board, "Qualified") == ["C", "M", "B", "A"]
    assert titles(board, "New") == []
    moved = row_in_db(db, deals["M"])
    assert moved.stage_id == stage_id(sales, "Qualified")
    b, c = row_in_db(db, deals["B"]), row_in_db(db, deals["C"])
    assert c.position < moved.position < b.position
    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "Move deal M to Qualified"
    assert {change.entity_id for change in list_changes(db, batch_id=batch.id)} == {deals["M"]}
    # The moved card stays selected.
    assert board.current_deal_id() == deals["M"]
    # Undo puts it back where it was.
    undo_batch(db, batch.id)
    board.reload()
    assert titles(board, "New") == ["M"]
    assert titles(board, "Qualified") == ["C", "B", "A"]
    assert row_in_db(db, deals["M"]).stage_id == stage_id(sales, "New")


def test_drag_within_a_column_and_to_its_end(qtbot, db, board, sales, deals):
    qualified = column(board, "Qualified")
    with qtbot.waitSignal(board.moved, timeout=3000):
        drop(qualified, 0, qualified, None)  # C to the end
    assert titles(board, "Qualified") == ["B", "A", "C"]
    with qtbot.waitSignal(board.moved, timeout=3000):
        drop(column(board, "Qualified"), 2, column(board, "Qualified"), 0)  # C back on top
    assert titles(board, "Qualified") == ["C", "B", "A"]
    # Dropped where it already was: nothing is written.
    before = last_undoable_batch(db)
    assert not drop(column(board, "Qualified"), 1, column(board, "Qualified"), 1)
    qtbot.wait(50)
    assert last_undoable_batch(db) == before


def test_drop_into_lost_asks_why(qtbot, db, board, sales, deals):
    drop(column(board, "New"), 0, column(board, "Lost"), None)
    qtbot.waitUntil(lambda: isinstance(board._dialog, LostReasonDialog))
    prompt = board._dialog
    assert prompt.isVisible()
    assert prompt.windowModality() != Qt.WindowModality.ApplicationModal
    # Nothing is written before the answer.
    assert row_in_db(db, deals["M"]).stage_id == stage_id(sales, "New")
    prompt.setTextValue("Trop cher")
    with qtbot.waitSignal(board.moved, timeout=3000):
        prompt.accept()
    deal = row_in_db(db, deals["M"])
    assert (deal.stage_id, deal.status, deal.close_reason) == (
        stage_id(sales, "Lost"),
        "lost",
        "Trop cher",
    )
    assert titles(board, "Lost") == ["M"]


def test_cancelling_the_reason_leaves_the_deal(qtbot, db, board, sales, deals):
    drop(column(board, "New"), 0, column(board, "Lost"), None)
    qtbot.waitUntil(lambda: isinstance(board._dialog, LostReasonDialog))
    board._dialog.reject()
    assert row_in_db(db, deals["M"]).stage_id == stage_id(sales, "New")
    assert titles(board, "New") == ["M"]


def test_drop_into_won_closes_the_deal(qtbot, db, board, sales, deals):
    with qtbot.waitSignal(board.moved, timeout=3000):
        drop(column(board, "New"), 0, column(board, "Won"), None)
    deal = row_in_db(db, deals["M"])
    assert (deal.status, deal.closed_at is not None) == ("won", True)
    assert titles(board, "Won") == ["M"]


def test_keyboard_moves_focus_and_cards(qtbot, db, board, sales, deals):
    assert board.select_deal(deals["M"])
    new_view = column(board, "New").view
    qtbot.waitUntil(new_view.hasFocus)
    # Right goes to the next column with cards, keeping the row.
    qtbot.keyClick(new_view, Qt.Key.Key_Right)
    qualified_view = column(board, "Qualified").view
    assert qualified_view.hasFocus()
    assert board.current_deal_id() == deals["C"]
    qtbot.keyClick(qualified_view, Qt.Key.Key_Down)
    assert board.current_deal_id() == deals["B"]
    # Ctrl+Right moves the selected deal to the next stage (on top), Ctrl+Left back.
    with qtbot.waitSignal(board.moved, timeout=3000):
        qtbot.keyClick(qualified_view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert row_in_db(db, deals["B"]).stage_id == stage_id(sales, "Proposal")
    assert titles(board, "Proposal") == ["B"]
    assert board.current_deal_id() == deals["B"]
    proposal_view = column(board, "Proposal").view
    qtbot.waitUntil(proposal_view.hasFocus)
    with qtbot.waitSignal(board.moved, timeout=3000):
        qtbot.keyClick(proposal_view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert row_in_db(db, deals["B"]).stage_id == stage_id(sales, "Qualified")
    assert titles(board, "Qualified") == ["B", "C", "A"]
    # Enter opens the deal's file.
    with qtbot.waitSignal(board.openRequested) as opened:
        qtbot.keyClick(column(board, "Qualified").view, Qt.Key.Key_Return)
    assert opened.args == [deals["B"]]


def test_quick_edit_with_f2(qtbot, db, board, sales, deals):
    board.select_deal(deals["M"])
    view = column(board, "New").view
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    dialog = board._dialog
    assert isinstance(dialog, QuickEditDialog) and dialog.isVisible()
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Mariage Martin")
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "1234.5")
    dialog.probability.setValue(60)
    dialog.close_date.set_value(date(2030, 5, 4))
    with qtbot.waitSignal(board.changed):
        qtbot.mouseClick(dialog.findChild(object, "saveButton"), Qt.MouseButton.LeftButton)
    deal = row_in_db(db, deals["M"])
    assert (deal.title, deal.amount_cents, deal.probability, deal.expected_close_date) == (
        "Mariage Martin",
        123_450,
        60,
        date(2030, 5, 4),
    )
    assert titles(board, "New") == ["Mariage Martin"]


def test_quick_edit_refuses_an_empty_title(qtbot, db, board, deals):
    board.select_deal(deals["M"])
    dialog = board.quick_edit_current()
    assert dialog is not None
    dialog.title.clear()
    assert dialog.save() is False
    assert dialog.error.isVisible() and dialog.error.text()
    assert row_in_db(db, deals["M"]).title == "M"


def test_filters_by_owner_and_words(qtbot, db, board, sales, deals):
    board.set_filters(pl.BoardFilter(text="m"))
    assert titles(board, "New") == ["M"] and titles(board, "Qualified") == []
    board.set_filters(pl.BoardFilter(owner_id="nobody"))
    assert all(c.model.rowCount() == 0 for c in board.columns)


def test_column_model_is_a_good_model(qtmodeltester, board):
    qtmodeltester.check(column(board, "Qualified").model)
