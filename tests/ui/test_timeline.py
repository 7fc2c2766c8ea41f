"""The timeline card: entries with their contact and deal, and the actions on an entry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.contacts import ContactInput, ContactService
from app.interactions import InteractionInput, log_interaction, timeline
from models import Contact, Deal, Interaction, Pipeline, PipelineStage
from models.database import Database
from models.enums import BatchKind
from tests.ui.conftest import type_text
from ui.interaction_dialog import InteractionDialog, ResolveComplaintDialog
from ui.timeline import TimelineActions, TimelineCard

NOW = datetime.now(UTC)


@pytest.fixture
def data(db: Database) -> dict[str, str]:
    service = ContactService(db)
    helene = service.create(
        ContactInput(first_name="Hélène", last_name="Dupré", company_name="Boulangerie Dupré")
    )
    with db.read() as session:
        bakery = session.scalar(select(Contact.company_id).where(Contact.id == helene))
    with db.write(BatchKind.CREATE, "setup") as session:
        pipeline = Pipeline(name="Ventes")
        stage = PipelineStage(pipeline_id=pipeline.id, name="Devis")
        deal = Deal(
            title="Four à pain",
            contact_id=helene,
            company_id=bakery,
            pipeline_id=pipeline.id,
            stage_id=stage.id,
        )
        session.add_all([pipeline, stage, deal])
    call = log_interaction(
        db,
        InteractionInput(
            contact_id=helene,
            deal_id=deal.id,
            subject="Devis four",
            duration_minutes=20,
            satisfaction_score=4,
            satisfaction_scale=5,
            occurred_at=NOW - timedelta(days=1),
        ),
    )
    complaint = log_interaction(
        db,
        InteractionInput(
            contact_id=helene,
            channel="email",
            direction="in",
            subject="Pain brûlé",
            is_complaint=True,
            occurred_at=NOW - timedelta(hours=2),
        ),
    )
    return {
        "helene": helene,
        "bakery": str(bakery),
        "deal": deal.id,
        "call": call,
        "complaint": complaint,
    }


class Host(QWidget):
    """A file view in miniature: a timeline card it rebuilds after each change."""

    def __init__(self, db: Database, context: str, record_id: str) -> None:
        super().__init__()
        self.db = db
        self.context = context
        self.record_id = record_id
        self.actions = TimelineActions(db, self)
        self.actions.changed.connect(self.load)
        self.card: TimelineCard | None = None
        self.load()

    def load(self) -> None:
        if self.card is not None:
            self.card.deleteLater()
        entries = timeline(self.db, **{f"{self.context}_id": self.record_id})
        self.card = TimelineCard(entries, len(entries), self, context=self.context)
        self.actions.attach(self.card)
        self.card.show()


def texts(card: TimelineCard, name: str) -> list[str]:
    return [label.text() for label in card.findChildren(QLabel, name)]


def entry_menu_action(card: TimelineCard, interaction_id: str, name: str) -> QAction | None:
    menu = card.entry_menu(interaction_id)
    for action in menu.actions():
        if action.objectName() == name:
            return action
    return None


def trigger(card: TimelineCard, interaction_id: str, name: str) -> None:
    action = entry_menu_action(card, interaction_id, name)
    assert action is not None, name
    action.trigger()


def test_a_company_timeline_names_the_contact_and_the_deal(
    qtbot: QtBot, db: Database, data: dict[str, str]
) -> None:
    host = Host(db, "company", data["bakery"])
    qtbot.addWidget(host)
    card = host.card
    assert card is not None
    assert texts(card, "entrySubject") == ["Pain brûlé", "Devis four"]
    meta = texts(card, "entryMeta")
    assert f'href="contact:{data["helene"]}">Hélène Dupré</a>' in meta[1]
    assert f'href="deal:{data["deal"]}">Four à pain</a>' in meta[1]
    assert "20 min" in meta[1]
    assert "Satisfaction: 4/5" in texts(card, "entryExtras")
    with qtbot.waitSignal(host.actions.openRequested) as opened:
        trigger(card, data["call"], "openEntryContact")
    assert opened.args == ["contact", data["helene"]]
    with qtbot.waitSignal(host.actions.openRequested) as opened:
        card.findChildren(QLabel, "entryMeta")[1].linkActivated.emit(f"deal:{data['deal']}")
    assert opened.args == ["deal", data["deal"]]


def test_a_contact_timeline_names_the_deal_and_a_deal_timeline_the_contact(
    qtbot: QtBot, db: Database, data: dict[str, str]
) -> None:
    contact = Host(db, "contact", data["helene"])
    deal = Host(db, "deal", data["deal"])
    qtbot.addWidget(contact)
    qtbot.addWidget(deal)
    assert contact.card is not None and deal.card is not None
    contact_meta = texts(contact.card, "entryMeta")
    assert "Four à pain" in contact_meta[1] and "Hélène" not in contact_meta[1]
    (deal_meta,) = texts(deal.card, "entryMeta")
    assert "Hélène Dupré" in deal_meta and "Four à pain" not in deal_meta


def test_edit_an_entry_from_its_menu(qtbot: QtBot, db: Database, data: dict[str, str]) -> None:
    host = Host(db, "contact", data["helene"])
    qtbot.addWidget(host)
    host.show()
    assert host.card is not None
    assert len(host.card.findChildren(QToolButton, "entryActions")) == 2
    with qtbot.waitSignal(host.card.editRequested) as asked:
        trigger(host.card, data["call"], "editEntry")
    assert asked.args == [data["call"]]
    dialog = host.actions.dialog
    assert isinstance(dialog, InteractionDialog) and dialog.interaction_id == data["call"]
    assert dialog.subject_edit.text() == "Devis four"
    dialog.subject_edit.clear()
    qtbot.keyClicks(dialog.subject_edit, "Devis four mixte")
    with qtbot.waitSignal(host.actions.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Devis four mixte" in texts(host.card, "entrySubject")
    with db.read() as session:
        stored = session.get(Interaction, data["call"])
        assert stored is not None
        assert (stored.subject, stored.deal_id, stored.satisfaction_scale) == (
            "Devis four mixte",
            data["deal"],
            5,
        )


def test_a_double_click_edits(qtbot: QtBot, db: Database, data: dict[str, str]) -> None:
    host = Host(db, "contact", data["helene"])
    qtbot.addWidget(host)
    host.show()
    assert host.card is not None
    entry = host.card.entry_widgets()[0]
    with qtbot.waitSignal(host.card.editRequested) as asked:
        qtbot.mouseDClick(entry, Qt.MouseButton.LeftButton)
    assert asked.args == [data["complaint"]]
    assert isinstance(host.actions.dialog, InteractionDialog)
    host.actions.dialog.reject()


def test_resolve_then_reopen_a_complaint(qtbot: QtBot, db: Database, data: dict[str, str]) -> None:
    host = Host(db, "contact", data["helene"])
    qtbot.addWidget(host)
    host.show()
    assert host.card is not None
    assert entry_menu_action(host.card, data["call"], "resolveEntry") is None  # not a complaint
    trigger(host.card, data["complaint"], "resolveEntry")
    dialog = host.actions.dialog
    assert isinstance(dialog, ResolveComplaintDialog)
    type_text(qtbot, dialog.resolution_edit, "Fournée offerte")
    with qtbot.waitSignal(host.actions.changed, timeout=2000):
        qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert "\u26a0 Complaint resolved" in texts(host.card, "complaintBadge")
    assert "Resolution: Fournée offerte" in texts(host.card, "entryExtras")
    with db.read() as session:
        stored = session.get(Interaction, data["complaint"])
        assert stored is not None and stored.complaint_status == "resolved"
    with qtbot.waitSignal(host.actions.changed, timeout=2000):
        trigger(host.card, data["complaint"], "reopenEntry")
    assert texts(host.card, "complaintBadge") == ["\u26a0 Complaint"]


def test_delete_an_entry_after_asking(qtbot: QtBot, db: Database, data: dict[str, str]) -> None:
    host = Host(db, "contact", data["helene"])
    qtbot.addWidget(host)
    host.show()
    assert host.card is not None
    trigger(host.card, data["call"], "deleteEntry")
    box = host.actions.dialog
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(host.actions.changed, timeout=2000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert texts(host.card, "entrySubject") == ["Pain brûlé"]
    with db.read() as session:
        stored = session.get(Interaction, data["call"])
        assert stored is not None and stored.deleted_at is not None


def test_a_read_only_card_has_no_actions(qtbot: QtBot, db: Database, data: dict[str, str]) -> None:
    entries = timeline(db, data["helene"])
    card = TimelineCard(entries, len(entries), context="contact", editable=False)
    qtbot.addWidget(card)
    assert card.findChildren(QToolButton, "entryActions") == []
    with qtbot.assertNotEmitted(card.editRequested):
        qtbot.mouseDClick(card.entry_widgets()[0], Qt.MouseButton.LeftButton)
