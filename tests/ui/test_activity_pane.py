"""The Activity pane: filters by channel, dates, complaints; edit, resolve, delete, open."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.contacts import ContactInput, ContactService
from app.interactions import InteractionInput, log_interaction
from models import Contact, Deal, Interaction, Pipeline, PipelineStage
from models.database import Database
from models.enums import BatchKind
from tests.ui.conftest import type_text
from ui.activity_pane import ActivityPane
from ui.activity_table_model import ActivityTableModel
from ui.interaction_dialog import InteractionDialog, ResolveComplaintDialog
from ui.jobs import JobManager

NOW = datetime.now(UTC)


@pytest.fixture
def data(db: Database) -> dict[str, str]:
    service = ContactService(db)
    helene = service.create(
        ContactInput(first_name="Hélène", last_name="Dupré", company_name="Boulangerie Dupré")
    )
    marc = service.create(ContactInput(first_name="Marc", last_name="Martin"))
    with db.read() as session:
        bakery = session.scalar(select(Contact.company_id).where(Contact.id == helene))
    with db.write(BatchKind.CREATE, "setup") as session:
        pipeline = Pipeline(name="Ventes")
        stage = PipelineStage(pipeline_id=pipeline.id, name="Devis")
        deal = Deal(
            title="Vitrine réfrigérée",
            contact_id=marc,
            pipeline_id=pipeline.id,
            stage_id=stage.id,
        )
        session.add_all([pipeline, stage, deal])
    ids = {"helene": helene, "marc": marc, "bakery": str(bakery), "deal": deal.id}
    plans = [
        ("Appel commande", "phone", 1, helene, None, False),
        ("Colis en retard", "email", 2, helene, None, True),
        ("Devis vitrine", "phone", 5, marc, deal.id, False),
        ("Carte de vœux", "letter", 10, marc, None, False),
        ("Vieille visite", "visit", 200, helene, None, False),
    ]
    for subject, channel, days, contact, deal_id, complaint in plans:
        ids[subject] = log_interaction(
            db,
            InteractionInput(
                contact_id=contact,
                deal_id=deal_id,
                channel=channel,
                subject=subject,
                occurred_at=NOW - timedelta(days=days),
                is_complaint=complaint,
            ),
        )
    return ids


@pytest.fixture
def pane(qtbot: QtBot, db: Database, data: dict[str, str]) -> ActivityPane:
    jobs = JobManager(synchronous=True)
    widget = ActivityPane(db, jobs)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.activate()
    return widget


def subjects(pane: ActivityPane) -> list[str]:
    model = pane.model
    column = model.column_of("subject")
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select_subject(pane: ActivityPane, subject: str) -> None:
    row = subjects(pane).index(subject)
    pane.table.setFocus()
    pane.table.selectRow(row)


def test_the_model_passes_the_model_tester(
    qtmodeltester, db: Database, data: dict[str, str]
) -> None:
    model = ActivityTableModel(db, page_size=2)
    model.set_query(model.query())
    assert model.rowCount() == 5
    qtmodeltester.check(model)


def test_last_90_days_newest_first_by_default(pane: ActivityPane) -> None:
    assert subjects(pane) == ["Appel commande", "Colis en retard", "Devis vitrine", "Carte de vœux"]
    assert pane.count_label.text() == "4 interaction(s)"
    pane.set_date_preset("all")
    assert subjects(pane)[-1] == "Vieille visite"
    pane.set_custom_dates(date.today() - timedelta(days=6), date.today() - timedelta(days=2))
    assert pane.date_from.isVisible()
    assert subjects(pane) == ["Colis en retard", "Devis vitrine"]


def test_filter_by_channel_with_the_chips(qtbot: QtBot, pane: ActivityPane) -> None:
    phone = pane.channel_chips["phone"]
    assert phone.text() == "Phone  2"
    assert pane.channel_chips["letter"].text() == "Letter  1"
    assert not pane.channel_chips["sms"].isEnabled()  # nothing to show
    assert pane.all_chip.isChecked() and pane.all_chip.text() == "All channels  4"
    qtbot.mouseClick(phone, Qt.MouseButton.LeftButton)
    assert subjects(pane) == ["Appel commande", "Devis vitrine"]
    assert not pane.all_chip.isChecked()
    # The counts of the other channels stay, to add them.
    assert pane.channel_chips["email"].text() == "E-mail  1"
    qtbot.mouseClick(pane.channel_chips["letter"], Qt.MouseButton.LeftButton)
    assert subjects(pane) == ["Appel commande", "Devis vitrine", "Carte de vœux"]
    qtbot.mouseClick(pane.all_chip, Qt.MouseButton.LeftButton)
    assert len(subjects(pane)) == 4
    assert not phone.isChecked()


def test_other_filters_and_search(qtbot: QtBot, pane: ActivityPane) -> None:
    pane.complaint_filter.setCurrentIndex(pane.complaint_filter.findData("open"))
    assert subjects(pane) == ["Colis en retard"]
    pane.complaint_filter.setCurrentIndex(0)
    pane.direction_filter.setCurrentIndex(pane.direction_filter.findData("in"))
    assert subjects(pane) == []
    assert pane.empty_label.isVisible()
    assert pane.empty_label.text() == "No interaction matches these filters."
    pane.direction_filter.setCurrentIndex(0)
    type_text(qtbot, pane.search, "CARTE")
    pane.apply_filters()  # what the pause after typing does
    assert subjects(pane) == ["Carte de vœux"]


def test_open_the_contact_company_or_deal(
    qtbot: QtBot, pane: ActivityPane, data: dict[str, str]
) -> None:
    select_subject(pane, "Devis vitrine")
    assert pane.action_open_deal.isEnabled()
    assert not pane.action_open_company.isEnabled()  # Marc works nowhere
    with qtbot.waitSignal(pane.openRequested) as opened:
        qtbot.keyClick(pane.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert opened.args == ["contact", data["marc"]]
    with qtbot.waitSignal(pane.openRequested) as opened:
        pane.action_open_deal.trigger()
    assert opened.args == ["deal", data["deal"]]
    select_subject(pane, "Appel commande")
    with qtbot.waitSignal(pane.openRequested) as opened:
        pane.action_open_company.trigger()
    assert opened.args == ["company", data["bakery"]]


def test_enter_edits_the_interaction(
    qtbot: QtBot, pane: ActivityPane, db: Database, data: dict[str, str]
) -> None:
    select_subject(pane, "Carte de vœux")
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    dialog = pane.dialog
    assert isinstance(dialog, InteractionDialog)
    assert dialog.isVisible() and dialog.interaction_id == data["Carte de vœux"]
    assert dialog.channel() == "letter"
    dialog.subject_edit.selectAll()
    type_text(qtbot, dialog.subject_edit, "Carte de bonne année")
    with qtbot.waitSignal(pane.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Carte de bonne année" in subjects(pane)
    assert pane.selected_ids() == [data["Carte de vœux"]]
    with db.read() as session:
        stored = session.get(Interaction, data["Carte de vœux"])
        assert stored is not None and stored.subject == "Carte de bonne année"


def test_log_from_the_pane_presets_the_channel_shown(qtbot: QtBot, pane: ActivityPane) -> None:
    qtbot.mouseClick(pane.channel_chips["letter"], Qt.MouseButton.LeftButton)
    pane.action_log.trigger()
    dialog = pane.dialog
    assert isinstance(dialog, InteractionDialog)
    assert dialog.channel() == "letter" and dialog.interaction_id is None
    dialog.reject()


def test_resolve_then_reopen_a_complaint(
    qtbot: QtBot, pane: ActivityPane, db: Database, data: dict[str, str]
) -> None:
    select_subject(pane, "Appel commande")
    assert not pane.action_resolve.isEnabled()
    select_subject(pane, "Colis en retard")
    assert pane.action_resolve.isEnabled()
    pane.action_resolve.trigger()
    dialog = pane.dialog
    assert isinstance(dialog, ResolveComplaintDialog)
    type_text(qtbot, dialog.resolution_edit, "Livré avec un geste commercial")
    with qtbot.waitSignal(pane.changed, timeout=2000):
        qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    complaint = data["Colis en retard"]
    with db.read() as session:
        stored = session.get(Interaction, complaint)
        assert stored is not None
        assert (stored.complaint_status, stored.outcome) == (
            "resolved",
            "Livré avec un geste commercial",
        )
    row = pane.model.row_of(complaint)
    assert row is not None
    assert pane.model.index(row, pane.model.column_of("complaint")).data() == "Resolved"
    select_subject(pane, "Colis en retard")
    assert pane.action_resolve.text() == "Re&open complaint"
    with qtbot.waitSignal(pane.changed, timeout=2000):
        pane.action_resolve.trigger()
    with db.read() as session:
        stored = session.get(Interaction, complaint)
        assert stored is not None and stored.complaint_status == "open"


def test_delete_and_restore(
    qtbot: QtBot, pane: ActivityPane, db: Database, data: dict[str, str]
) -> None:
    select_subject(pane, "Appel commande")
    box = pane.delete_selected()
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(pane.changed, timeout=2000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert "Appel commande" not in subjects(pane)
    with db.read() as session:
        stored = session.get(Interaction, data["Appel commande"])
        assert stored is not None and stored.deleted_at is not None
    pane.action_show_deleted.trigger()
    assert pane.show_deleted.isChecked()
    assert subjects(pane) == ["Appel commande"]
    pane.table.selectRow(0)
    assert pane.action_restore.isEnabled() and not pane.action_delete.isEnabled()
    with qtbot.waitSignal(pane.changed, timeout=2000):
        pane.action_restore.trigger()
    with db.read() as session:
        stored = session.get(Interaction, data["Appel commande"])
        assert stored is not None and stored.deleted_at is None


def test_filters_are_remembered(qtbot: QtBot, pane: ActivityPane, db: Database) -> None:
    qtbot.mouseClick(pane.channel_chips["letter"], Qt.MouseButton.LeftButton)
    pane.set_date_preset("year")
    pane.complaint_filter.setCurrentIndex(pane.complaint_filter.findData("resolved"))
    pane.table.horizontalHeader().resizeSection(3, 333)
    pane.save_state()
    again = ActivityPane(db, JobManager(synchronous=True))
    qtbot.addWidget(again)
    assert again.selected_channels() == {"letter"}
    assert again.date_filter.currentData() == "year"
    assert again.complaint_filter.currentData() == "resolved"
    assert again.table.horizontalHeader().sectionSize(3) == 333
