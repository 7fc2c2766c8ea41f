"""The pipeline pane: board, list and forecast views, filters, actions, pipelines dialog."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app import pipeline as pl
from app.pipeline import DealInput
from models import Deal, PipelineStage
from models.database import Database
from ui.deal_dialog import DealDialog
from ui.deal_table_model import DealTableModel
from ui.jobs import JobManager
from ui.kanban import LostReasonDialog
from ui.pipeline_pane import PipelinePane
from ui.pipelines_dialog import PipelinesDialog

TODAY = date.today()


@pytest.fixture
def sales(db: Database) -> pl.PipelineInfo:
    return pl.get_pipeline(db, pl.create_pipeline(db, "Ventes"))


def stage_id(pipeline: pl.PipelineInfo, name: str) -> str:
    return next(s.id for s in pipeline.stages if s.name == name)


@pytest.fixture
def deals(db: Database, sales) -> dict[str, str]:
    def add(title: str, stage: str, amount: int, days: int | None) -> str:
        return pl.create_deal(
            db,
            DealInput(
                title=title,
                pipeline_id=sales.id,
                stage_id=stage_id(sales, stage),
                amount_cents=amount,
                expected_close_date=TODAY + timedelta(days=days) if days is not None else None,
                owner_id=db.user_id,
            ),
        )

    return {
        "cave": add("Cave à vins", "New", 100_000, 40),
        "mariage": add("Mariage Dupré", "Proposal", 300_000, 70),
        "hotel": add("Hôtel du Parc", "Negotiation", 50_000, -5),
    }


@pytest.fixture
def pane(qtbot, db: Database, deals) -> PipelinePane:
    jobs = JobManager(synchronous=True)
    widget = PipelinePane(db, jobs)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.activate()
    yield widget
    jobs.shutdown()


def board_titles(pane: PipelinePane) -> dict[str, list[str]]:
    return {
        column.stage.name: [card.title for card in column.model.cards()]
        for column in pane.board.columns
    }


def deal_in_db(db: Database, deal_id: str) -> Deal:
    with db.read() as session:
        deal = session.get(Deal, deal_id)
        assert deal is not None
        return deal


def test_board_is_the_first_view(pane, deals):
    assert pane.current_view() == "board"
    titles = board_titles(pane)
    assert titles["New"] == ["Cave à vins"]
    assert titles["Proposal"] == ["Mariage Dupré"]
    assert pane.summary.text().startswith("3 open deal")
    assert "4,500.00" in pane.summary.text()


def test_search_and_owner_filter_the_board(qtbot, pane, db, deals):
    qtbot.keyClicks(pane.search, "dupre")
    pane.apply_filters()
    assert [t for ts in board_titles(pane).values() for t in ts] == ["Mariage Dupré"]
    pane.search.clear()
    pane.apply_filters()
    pl.quick_update(
        db,
        deals["cave"],
        title="Cave à vins",
        amount_cents=100_000,
        expected_close_date=None,
        probability=None,
    )
    with db.write("edit", "no owner") as session:
        session.get(Deal, deals["cave"]).owner_id = None  # type: ignore[union-attr]
    pane.refresh()
    pane.owner_filter.setCurrentIndex(pane.owner_filter.findData(db.user_id))
    assert "Cave à vins" not in [t for ts in board_titles(pane).values() for t in ts]


def test_views_switch_by_keyboard(qtbot, pane, deals):
    qtbot.keyClick(pane.search, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert pane.current_view() == "list"
    assert pane.view_actions_by_name["list"].isChecked()
    assert not pane.view_actions_by_name["board"].isChecked()
    # The list shows the open deals, first to close first (the overdue one on top).
    model = pane.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Hôtel du Parc",
        "Cave à vins",
        "Mariage Dupré",
    ]
    close = model.index(0, model.column_of("close"))
    assert close.data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue: red
    qtbot.keyClick(pane.search, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert pane.current_view() == "forecast"
    qtbot.keyClick(pane.search, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert pane.current_view() == "board"


def test_list_filters_and_sorting(qtbot, pane, db, sales, deals):
    pane.show_view("list")
    pane.stage_filter.setCurrentIndex(pane.stage_filter.findData(stage_id(sales, "Proposal")))
    assert pane.model.rowCount() == 1
    pane.stage_filter.setCurrentIndex(0)
    pane.table.sortByColumn(pane.model.column_of("amount"), Qt.SortOrder.DescendingOrder)
    assert [pane.model.index(r, 0).data() for r in range(3)] == [
        "Mariage Dupré",
        "Cave à vins",
        "Hôtel du Parc",
    ]
    pane.close_from.set_value(TODAY)
    pane.close_to.set_value(TODAY + timedelta(days=50))
    assert [pane.model.index(r, 0).data() for r in range(pane.model.rowCount())] == ["Cave à vins"]


def test_deal_table_model_is_a_good_model(qtmodeltester, db, deals):
    model = DealTableModel(db)
    model.set_query(pl.DealQuery())
    qtmodeltester.check(model)


def test_forecast_bucket_lists_its_deals(qtbot, pane, deals):
    pane.show_view("forecast")
    keys = [bucket.key for bucket in pane.forecast.buckets]
    assert "overdue" in keys
    month = TODAY + timedelta(days=70)
    key = f"{month.year:04d}-{month.month:02d}"
    bucket = next(b for b in pane.forecast.buckets if b.key == key)
    assert bucket.deals == 1 and bucket.weighted_cents == 150_000
    with qtbot.waitSignal(pane.forecast.bucketChosen):
        pane.forecast.chart.click_at(keys.index(key), 1.0)
    assert pane.current_view() == "list"
    assert [pane.model.index(r, 0).data() for r in range(pane.model.rowCount())] == [
        "Mariage Dupré"
    ]
    pane.show_view("forecast")
    pane.forecast.chart.click_at(keys.index("overdue"), 1.0)
    assert [pane.model.index(r, 0).data() for r in range(pane.model.rowCount())] == [
        "Hôtel du Parc"
    ]


def test_new_deal_from_the_pane(qtbot, pane, db, sales):
    dialog = pane.new_deal()
    assert isinstance(dialog, DealDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.title, "Coffrets CSE")
    dialog.amount.setText("2500")
    with qtbot.waitSignal(pane.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert board_titles(pane)["New"] == ["Coffrets CSE", "Cave à vins"]
    assert pane.board.current_deal_id() is not None


def test_won_lost_reopen_delete_restore(qtbot, pane, db, sales, deals):
    pane.board.select_deal(deals["mariage"])
    assert pane.action_won.isEnabled()
    pane.action_won.trigger()
    assert deal_in_db(db, deals["mariage"]).status == "won"
    assert "Mariage Dupré" in board_titles(pane)["Won"]
    pane.board.select_deal(deals["mariage"])
    pane.action_reopen.trigger()
    assert deal_in_db(db, deals["mariage"]).status == "open"
    pane.board.select_deal(deals["mariage"])
    dialog = pane.mark_lost()
    assert isinstance(dialog, LostReasonDialog)
    dialog.setTextValue("Budget")
    dialog.accept()
    deal = deal_in_db(db, deals["mariage"])
    assert (deal.status, deal.close_reason) == ("lost", "Budget")
    pane.board.select_deal(deals["cave"])
    box = pane.delete_selected()
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(pane.changed):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert deal_in_db(db, deals["cave"]).deleted_at is not None
    pane.show_view("list")
    pane.show_deleted.setChecked(True)
    pane.status_filter.setCurrentIndex(0)
    assert pane.model.rowCount() == 1
    pane.table.selectRow(0)
    assert pane.action_restore.isEnabled()
    pane.action_restore.trigger()
    assert deal_in_db(db, deals["cave"]).deleted_at is None


def test_open_deal_asks_for_its_file(qtbot, pane, deals):
    pane.board.select_deal(deals["hotel"])
    with qtbot.waitSignal(pane.openRequested) as opened:
        pane.action_open.trigger()
    assert opened.args == ["deal", deals["hotel"]]
    pane.show_view("list")
    pane.table.setCurrentIndex(pane.model.index(1, 0))
    with qtbot.waitSignal(pane.openRequested) as opened:
        qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert opened.args == ["deal", pane.model.deal_id(1)]


def test_pipelines_dialog_edits_stages(qtbot, pane, db, sales, deals):
    dialog = pane.edit_pipelines()
    assert isinstance(dialog, PipelinesDialog)
    assert [dialog.pipeline_list.item(i).text() for i in range(1)] == ["Ventes (default)"]
    # A new pipeline with the default stages.
    prompt = dialog.new_pipeline()
    prompt.setTextValue("Événements")
    with qtbot.waitSignal(dialog.changed):
        prompt.accept()
    assert [p.name for p in pl.pipelines(db)] == ["Ventes", "Événements"]
    assert dialog.current_pipeline().name == "Événements"  # type: ignore[union-attr]
    # Rename a stage and change its probability in the table.
    name = dialog.stage_table.item(0, 0)
    name.setText("Demande")
    probability = dialog.stage_table.item(0, 1)
    probability.setData(Qt.ItemDataRole.UserRole, 15)
    events = pl.pipelines(db)[1]
    assert (events.stages[0].name, events.stages[0].probability) == ("Demande", 15)
    # Back on Ventes: deleting a stage that holds a deal asks where it goes.
    dialog.pipeline_list.setCurrentRow(0)
    dialog.stage_table.selectRow(0)  # "New" holds "Cave à vins"
    ask = dialog.delete_stage()
    assert ask is not None and ask.objectName() == "moveDealsPrompt"
    ask.setTextValue("Qualified")
    with qtbot.waitSignal(dialog.changed):
        ask.accept()
    with db.read() as session:
        stage = session.get(PipelineStage, stage_id(sales, "New"))
        assert stage is not None and stage.deleted_at is not None
    assert deal_in_db(db, deals["cave"]).stage_id == stage_id(sales, "Qualified")
    # The pane follows.
    assert "New" not in board_titles(pane)
    assert board_titles(pane)["Qualified"] == ["Cave à vins"]


def test_pipelines_dialog_reorders_and_adds_a_stage(qtbot, db, sales):
    dialog = PipelinesDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.stage_table.selectRow(1)
    dialog.stage_up.click()
    assert [s.name for s in pl.get_pipeline(db, sales.id).stages][:2] == ["Qualified", "New"]
    prompt = dialog.add_stage()
    prompt.setTextValue("Dégustation")
    prompt.accept()
    names = [s.name for s in pl.get_pipeline(db, sales.id).stages]
    assert names.index("Dégustation") == names.index("Won") - 1
    # An empty stage can change its kind (one holding deals cannot: see the unit tests).
    with db.read() as session:
        assert session.scalars(select(Deal)).all() == []
    kind = dialog.stage_table.cellWidget(0, 2)
    kind.setCurrentIndex(kind.findData("won"))
    refreshed = pl.get_pipeline(db, sales.id)
    assert refreshed.stages[0].kind == "won"
