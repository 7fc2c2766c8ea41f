"""The deal file: header, lines and totals, links, tasks, timeline, stage and status actions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from app import pipeline as pl
from app.contacts import ContactInput, ContactService
from app.interactions import InteractionInput, log_interaction
from app.pipeline import DealInput, DealLineInput
from models import Contact, Deal
from models.database import Database
from ui.deal_file import DealFileView
from ui.kanban import LostReasonDialog


@pytest.fixture
def sales(db: Database) -> pl.PipelineInfo:
    return pl.get_pipeline(db, pl.create_pipeline(db, "Ventes"))


def stage_id(pipeline: pl.PipelineInfo, name: str) -> str:
    return next(s.id for s in pipeline.stages if s.name == name)


@pytest.fixture
def deal_id(db: Database, sales) -> str:
    contact = ContactService(db).create(
        ContactInput(first_name="Hélène", last_name="Dupré", company_name="Hôtel du Parc")
    )
    with db.read() as session:
        company = session.get(Contact, contact).company_id  # type: ignore[union-attr]
    deal = pl.create_deal(
        db,
        DealInput(
            title="Petits-déjeuners terroir",
            pipeline_id=sales.id,
            stage_id=stage_id(sales, "Proposal"),
            contact_id=contact,
            company_id=company,
            owner_id=db.user_id,
            expected_close_date=date.today() - timedelta(days=3),
            lines=[
                DealLineInput("Comté", 1.25, 3290, 0, 550),
                DealLineInput("Vouvray", 12, 1650, 1000, 2000),
            ],
            notes="Rappeler après la dégustation.",
        ),
    )
    log_interaction(
        db,
        InteractionInput(contact_id=contact, subject="Devis envoyé", channel="email", deal_id=deal),
    )
    return deal


@pytest.fixture
def view(qtbot, db: Database, deal_id) -> DealFileView:
    widget = DealFileView(db)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    widget.show_deal(deal_id)
    return widget


def label(view: DealFileView, name: str) -> str:
    found = view.findChild(QLabel, name)
    assert found is not None, name
    return found.text()


def deal_in_db(db: Database, deal_id: str) -> Deal:
    with db.read() as session:
        deal = session.get(Deal, deal_id)
        assert deal is not None
        return deal


def test_header_lines_and_totals(view, deal_id):
    assert label(view, "dealTitle") == "Petits-déjeuners terroir"
    assert label(view, "stageBadge") == "Proposal"
    # 41,13 + 178,20 excluding VAT; 50 % (the stage's default) of it.
    assert label(view, "amountValue") == "€219.33"
    assert label(view, "probabilityValue") == "50%"
    assert label(view, "weightedValue") == "€109.67"
    close = view.findChild(QLabel, "closeValue")
    assert close is not None and "b42318" in close.styleSheet()  # overdue: red
    assert label(view, "totalHt") == "€219.33"
    assert label(view, "totalTtc") == "€257.23"
    assert label(view, "notesText") == "Rappeler après la dégustation."
    assert label(view, "ownerValue")


def test_links_open_the_contact_and_the_company(qtbot, view):
    link = view.findChild(QPushButton, "contactLink")
    assert link is not None and link.text() == "Hélène Dupré"
    with qtbot.waitSignal(view.openRequested) as opened:
        link.click()
    assert opened.args[0] == "contact"
    with qtbot.waitSignal(view.openRequested) as opened:
        view.findChild(QPushButton, "companyLink").click()  # type: ignore[union-attr]
    assert opened.args[0] == "company"


def test_the_timeline_shows_the_deal_interactions(view):
    assert view.record_data().interactions[0].subject == "Devis envoyé"
    assert view.record_data().deal.interaction_count == 1


def test_next_stage_won_lost_reopen(qtbot, view, db, sales, deal_id):
    assert view.next_stage_action.isEnabled()
    with qtbot.waitSignal(view.changed):
        view.next_stage_action.trigger()
    assert deal_in_db(db, deal_id).stage_id == stage_id(sales, "Negotiation")
    assert label(view, "stageBadge") == "Negotiation"
    assert not view.next_stage_action.isEnabled()  # the last open stage
    with qtbot.waitSignal(view.changed):
        view.won_action.trigger()
    assert deal_in_db(db, deal_id).status == "won"
    assert label(view, "statusBadge") == "Won"
    assert view.reopen_action.isEnabled() and not view.won_action.isEnabled()
    prompt = view.mark_lost()
    assert isinstance(prompt, LostReasonDialog)
    prompt.setTextValue("Budget")
    with qtbot.waitSignal(view.changed):
        prompt.accept()
    deal = deal_in_db(db, deal_id)
    assert (deal.status, deal.close_reason, deal.stage_id) == (
        "lost",
        "Budget",
        stage_id(sales, "Lost"),
    )
    assert label(view, "closeReason") == "Budget"
    with qtbot.waitSignal(view.changed):
        view.reopen_action.trigger()
    assert deal_in_db(db, deal_id).status == "open"


def test_new_task_is_linked_to_the_deal(qtbot, view, deal_id):
    dialog = view.new_task()
    assert dialog is not None and dialog.isVisible()
    assert dialog.deal_picker.record_id() == deal_id
    dialog.title_edit.setText("Relancer l'hôtel")
    with qtbot.waitSignal(view.changed):
        dialog.save()
    tasks = view.record_data().deal.tasks
    assert [task.title for task in tasks] == ["Relancer l'hôtel"]


def test_log_interaction_about_the_deal(qtbot, view, deal_id):
    dialog = view.log_interaction()
    assert dialog is not None and dialog.isVisible()
    assert dialog.deal_picker.record_id() == deal_id


def test_edit_and_history_ask_the_window(qtbot, view, deal_id):
    with qtbot.waitSignal(view.editRequested) as edit:
        view.edit_action.trigger()
    assert edit.args == [deal_id]
    with qtbot.waitSignal(view.historyRequested) as history:
        view.history_action.trigger()
    assert history.args == [deal_id]


def test_a_deleted_deal_can_be_restored(qtbot, view, db, deal_id):
    pl.delete_deals(db, [deal_id])
    view.refresh()
    assert view.banner.isVisible()
    assert not view.won_action.isEnabled()
    with qtbot.waitSignal(view.changed):
        view.restore_button.click()
    assert deal_in_db(db, deal_id).deleted_at is None
    assert not view.banner.isVisible()


def test_an_unknown_deal_says_so(qtbot, db):
    widget = DealFileView(db)
    qtbot.addWidget(widget)
    widget.show_deal("no-such-deal")
    assert widget.record_data() is None
    message = widget.findChild(QLabel, "messageLabel")
    assert message is not None and "no longer exists" in message.text()
