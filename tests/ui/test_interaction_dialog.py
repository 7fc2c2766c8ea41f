"""The interaction form: quick log with a contact picked by keyboard, follow-up task, edit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.contacts import ContactInput, ContactService
from app.interactions import MSG_LINK, MSG_SCORE_5, InteractionInput, log_interaction
from app.tasks import SYSTEM_CLOCK
from models import ChangeLogEntry, Contact, Deal, Interaction, Pipeline, PipelineStage, Task
from models.database import Database
from models.enums import BatchKind
from tests.ui.conftest import type_text
from ui.interaction_dialog import InteractionDialog


@pytest.fixture
def people(db: Database) -> dict[str, str]:
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
            contact_id=helene,
            company_id=bakery,
            pipeline_id=pipeline.id,
            stage_id=stage.id,
        )
        session.add_all([pipeline, stage, deal])
    return {"helene": helene, "marc": marc, "bakery": str(bakery), "deal": deal.id}


def open_dialog(qtbot: QtBot, dialog: InteractionDialog) -> InteractionDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.open()
        dialog.activateWindow()
    return dialog


def error_label(dialog: InteractionDialog, name: str) -> QLabel:
    label = dialog.findChild(QLabel, f"{name}Error")
    assert label is not None
    return label


def test_quick_log_a_letter_with_a_contact_picked_and_a_follow_up(
    qtbot: QtBot, db: Database, people: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, InteractionDialog(db, None, "phone"))
    picker = dialog.contact_picker
    # No record given: the contact field has the focus, to say who it was with.
    assert QApplication.focusWidget() is picker.line_edit()
    type_text(qtbot, picker.line_edit(), "dupr")
    popup = picker._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(picker.chosen) as chosen:
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert chosen.args == [people["helene"]]
    QApplication.processEvents()  # the picker puts the name back after the popup wrote
    assert picker.line_edit().text() == "Hélène Dupré"
    # The company comes from the contact, and shows.
    assert dialog.company_picker.record_id() == people["bakery"]
    assert "Hélène Dupré" in dialog.heading.text()
    # The channel, by keyboard: ← from the phone goes round to the note, "L" to the letter.
    dialog.channel_selector.focus_button().setFocus()  # type: ignore[union-attr]
    qtbot.keyClick(dialog.channel_selector.focus_button(), Qt.Key.Key_L)  # type: ignore[arg-type]
    assert dialog.channel() == "letter"
    assert dialog.windowTitle() == "Log a letter"
    assert not dialog.duration_spin.isVisible()  # letters take no time to log
    qtbot.keyClicks(dialog.subject_edit, "Devis pour le mariage")
    type_text(qtbot, dialog.body_edit, "Envoyé par courrier avec les tarifs.")
    qtbot.mouseClick(dialog.follow_up_check, Qt.MouseButton.LeftButton)
    assert dialog.follow_up_days.value() == 3
    assert dialog.follow_up_title.placeholderText() == "Call back Hélène Dupré"
    with qtbot.waitSignal(dialog.saved, timeout=2000) as saved:
        qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    interaction_id = saved.args[0]
    with db.read() as session:
        interaction = session.get(Interaction, interaction_id)
        assert interaction is not None
        assert (interaction.channel, interaction.subject, interaction.direction) == (
            "letter",
            "Devis pour le mariage",
            "out",
        )
        assert (interaction.contact_id, interaction.company_id) == (
            people["helene"],
            people["bakery"],
        )
        assert interaction.user_id == db.user_id
        task = session.scalars(select(Task)).one()
        assert (task.title, task.interaction_id, task.contact_id) == (
            "Call back Hélène Dupré",
            interaction_id,
            people["helene"],
        )
        assert task.due_at is not None
        assert SYSTEM_CLOCK.local(task.due_at).date() == SYSTEM_CLOCK.today() + timedelta(days=3)
        batches = set(
            session.scalars(
                select(ChangeLogEntry.batch_id).where(
                    ChangeLogEntry.entity_id.in_([interaction_id, task.id])
                )
            )
        )
    assert len(batches) == 1


def test_a_link_is_required_and_nothing_is_stored_without(
    qtbot: QtBot, db: Database, people: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, InteractionDialog(db, None, "sms"))
    qtbot.keyClicks(dialog.subject_edit, "Rappel rendez-vous")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    error = error_label(dialog, "contact_id")
    assert error.isVisible() and error.text() == MSG_LINK
    assert QApplication.focusWidget() is dialog.contact_picker.line_edit()
    with db.read() as session:
        assert session.scalars(select(Interaction)).all() == []
    # A deal alone is enough: its contact and company are filled in, and show.
    dialog.deal_picker.set_record(people["deal"])
    assert dialog.contact_picker.record_id() == people["helene"]
    assert dialog.company_picker.record_id() == people["bakery"]
    with qtbot.waitSignal(dialog.saved, timeout=2000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.read() as session:
        stored = session.get(Interaction, saved.args[0])
        assert stored is not None
        assert (stored.channel, stored.deal_id, stored.contact_id) == (
            "sms",
            people["deal"],
            people["helene"],
        )


def test_channel_fields_satisfaction_out_of_5_and_duration(
    qtbot: QtBot, db: Database, people: dict[str, str]
) -> None:
    dialog = open_dialog(
        qtbot, InteractionDialog(db, people["marc"], "meeting", contact_name="Marc Martin")
    )
    assert QApplication.focusWidget() is dialog.subject_edit
    assert dialog.heading.text().endswith("Log a meeting — Marc Martin")
    assert dialog.duration_spin.isVisible()
    # A note has no direction; a visit is inbound by default.
    dialog.set_channel("note")
    assert not dialog.direction_combo.isVisible()
    dialog.set_channel("visit")
    assert dialog.direction_combo.isVisible()
    assert dialog.direction_combo.currentData() == "in"
    dialog.duration_spin.setValue(45)
    type_text(qtbot, dialog.subject_edit, "Dégustation")
    qtbot.mouseClick(dialog.satisfaction_check, Qt.MouseButton.LeftButton)
    dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData(5))
    assert (dialog.satisfaction_spin.minimum(), dialog.satisfaction_spin.maximum()) == (1, 5)
    assert dialog.satisfaction_spin.value() == 4  # 8 out of 10 became 4 out of 5
    with qtbot.waitSignal(dialog.saved, timeout=2000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.read() as session:
        stored = session.get(Interaction, saved.args[0])
        assert stored is not None
        assert (stored.channel, stored.direction, stored.duration_minutes) == ("visit", "in", 45)
        assert (stored.satisfaction_score, stored.satisfaction_scale) == (4, 5)
        assert stored.company_id is None  # Marc works nowhere
        assert session.scalars(select(Task)).all() == []


def test_errors_of_the_service_show_beside_their_field(
    qtbot: QtBot, db: Database, people: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, InteractionDialog(db, people["marc"], "phone"))
    qtbot.keyClicks(dialog.subject_edit, "Appel")
    dialog.when_edit.setDateTime(QDateTime.currentDateTime().addDays(1))
    dialog.satisfaction_check.setChecked(True)
    dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData(5))
    dialog.satisfaction_spin.setRange(0, 10)  # as if the spin box let 0 through
    dialog.satisfaction_spin.setValue(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert error_label(dialog, "occurred_at").isVisible()
    assert error_label(dialog, "satisfaction_score").text() == MSG_SCORE_5
    assert QApplication.focusWidget() is dialog.when_edit


def test_edit_a_complaint_and_resolve_it(
    qtbot: QtBot, db: Database, people: dict[str, str]
) -> None:
    opened = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    complaint = log_interaction(
        db,
        InteractionInput(
            contact_id=people["helene"],
            channel="email",
            direction="in",
            subject="Pain rassis",
            occurred_at=opened,
            is_complaint=True,
        ),
    )
    dialog = open_dialog(qtbot, InteractionDialog(db, None, "phone", interaction_id=complaint))
    assert dialog.windowTitle() == "Edit interaction"
    assert dialog.channel() == "email"
    assert dialog.direction_combo.currentData() == "in"
    assert dialog.subject_edit.text() == "Pain rassis"
    assert dialog.contact_picker.record_id() == people["helene"]
    assert dialog.complaint_check.isChecked()
    assert not dialog.resolved_edit.isVisible()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("resolved"))
    assert dialog.resolved_edit.isVisible()
    assert dialog.outcome_label.text() == "&Resolution:"
    type_text(qtbot, dialog.outcome_edit, "Remboursé")
    with qtbot.waitSignal(dialog.saved, timeout=2000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [complaint]
    with db.read() as session:
        stored = session.get(Interaction, complaint)
        assert stored is not None
        assert (stored.complaint_status, stored.outcome, stored.occurred_at) == (
            "resolved",
            "Remboursé",
            opened,
        )
        assert stored.resolved_at is not None
        assert session.scalar(select(Interaction.id).where(Interaction.id != complaint)) is None
