"""The New/Edit task dialog: typing a task in, quick dates, links, reminders, errors."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTime
from sqlalchemy import select

from app import tasks
from app.contacts import ContactInput, ContactService
from app.history import last_undoable_batch
from app.tasks import Clock, TaskInput
from models import Task
from models.database import Database
from tests.ui.conftest import type_text
from ui.task_dialog import TaskDialog, next_week

PARIS = ZoneInfo("Europe/Paris")
#: A Wednesday morning in Paris.
NOW = datetime(2025, 6, 4, 8, 0, tzinfo=UTC)
CLOCK = Clock(lambda: NOW, PARIS)


@pytest.fixture
def helene(db: Database) -> str:
    return ContactService(db).create(
        ContactInput(first_name="Hélène", last_name="Dupré", company_name="Boulangerie Dupré")
    )


def open_dialog(qtbot, db: Database, **kwargs) -> TaskDialog:
    dialog = TaskDialog(db, clock=CLOCK, **kwargs)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def stored(db: Database) -> list[Task]:
    with db.read() as session:
        return list(session.scalars(select(Task)))


def test_creating_a_task_through_the_dialog(qtbot, db: Database, helene: str) -> None:
    dialog = open_dialog(qtbot, db)
    assert dialog.windowTitle() == "New task"
    assert dialog.title_edit.hasFocus() or dialog.focusWidget() is dialog.title_edit
    type_text(qtbot, dialog.title_edit, "Rappeler Hélène pour le devis")
    qtbot.mouseClick(dialog.quick_buttons["tomorrow"], Qt.MouseButton.LeftButton)
    dialog.no_time_check.setChecked(False)
    dialog.time_edit.setTime(QTime(14, 30))
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData("high"))
    picker = dialog.contact_picker
    type_text(qtbot, picker.line_edit(), "hele")
    picker.search_now()
    assert [c.id for c in picker.choices()] == [helene]
    picker.choose(helene)
    dialog.reminder_combo.setCurrentIndex(dialog.reminder_combo.findData("15m"))
    dialog.notes_edit.setPlainText("Apporter le catalogue")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [task] = stored(db)
    assert task.id == saved.args[0]
    assert task.title == "Rappeler Hélène pour le devis"
    assert task.due_at == datetime(2025, 6, 5, 14, 30, tzinfo=PARIS).astimezone(UTC)
    assert task.reminder_at == task.due_at - timedelta(minutes=15)
    assert task.priority == "high"
    assert task.contact_id == helene
    assert task.company_id is not None  # the contact's company
    assert task.owner_id == db.user_id
    assert task.notes == "Apporter le catalogue"
    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "New task Rappeler Hélène pour le devis"


def test_a_missing_title_is_shown_under_the_field_and_nothing_is_saved(qtbot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    error = dialog.error_labels["title"]
    assert not error.isHidden() and error.text() == "Give the task a title."
    assert stored(db) == []
    type_text(qtbot, dialog.title_edit, "Appeler")
    dialog.save()
    assert [t.title for t in stored(db)] == ["Appeler"]


def test_quick_dates_and_no_time(qtbot, db: Database) -> None:
    dialog = open_dialog(qtbot, db, title="Inventaire")
    # New tasks are due today, at no particular time.
    assert dialog.no_time_check.isChecked() and not dialog.time_edit.isVisible()
    assert dialog.due_at() == tasks.all_day(date(2025, 6, 4), CLOCK)
    dialog.quick_buttons["in3days"].click()
    assert dialog.due_day() == date(2025, 6, 7)
    dialog.quick_buttons["nextweek"].click()
    assert dialog.due_day() == date(2025, 6, 9)  # the next Monday
    assert next_week(date(2025, 6, 9)) == date(2025, 6, 16)
    dialog.no_due_check.setChecked(True)
    assert dialog.due_at() is None
    assert not dialog.date_edit.isEnabled() and not dialog.reminder_combo.isEnabled()
    dialog.quick_buttons["today"].click()  # a quick date brings the due date back
    assert not dialog.no_due_check.isChecked()
    dialog.reminder_combo.setCurrentIndex(dialog.reminder_combo.findData("due"))
    # An all-day task reminds at 9:00 on its day.
    assert dialog.reminder_combo.currentText() == "On the day, at 9:00"
    assert dialog.reminder_at() == datetime(2025, 6, 4, 9, 0, tzinfo=PARIS).astimezone(UTC)
    dialog.save()
    [task] = stored(db)
    assert task.due_at == tasks.all_day(date(2025, 6, 4), CLOCK)


def test_editing_loads_the_task_and_saves_the_changes(qtbot, db: Database, helene: str) -> None:
    due = datetime(2025, 6, 10, 16, 0, tzinfo=PARIS).astimezone(UTC)
    task_id = tasks.create_task(
        db,
        TaskInput(
            title="Livrer la commande",
            due_at=due,
            priority="low",
            contact_id=helene,
            notes="Code porte 1234",
            reminder_at=due - timedelta(hours=1),
        ),
    )
    dialog = open_dialog(qtbot, db, task_id=task_id)
    assert dialog.windowTitle() == "Edit task — Livrer la commande"
    assert dialog.title_edit.text() == "Livrer la commande"
    assert dialog.due_day() == date(2025, 6, 10)
    assert not dialog.no_time_check.isChecked()
    assert dialog.time_edit.time() == QTime(16, 0)
    assert dialog.priority_combo.currentData() == "low"
    assert dialog.contact_picker.record_id() == helene
    assert dialog.contact_picker.line_edit().text() == "Hélène Dupré"
    assert dialog.reminder_combo.currentData() == "1h"
    assert dialog.notes_edit.toPlainText() == "Code porte 1234"
    dialog.title_edit.setText("Livrer la commande de Noël")
    dialog.contact_picker.line_edit().clear()
    dialog.save()
    row = tasks.get_row(db, task_id)
    assert row.title == "Livrer la commande de Noël"
    assert row.contact_id is None
    assert row.due_at == due and row.reminder_at == due - timedelta(hours=1)
    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "Edit task Livrer la commande de Noël"


def test_a_done_task_says_so(qtbot, db: Database) -> None:
    task_id = tasks.create_task(db, TaskInput(title="Fait"))
    new = open_dialog(qtbot, db, task_id=task_id)
    assert new.done_label.isHidden()
    tasks.complete_task(db, task_id)
    done = open_dialog(qtbot, db, task_id=task_id)
    assert not done.done_label.isHidden() and done.done_label.text().startswith("Done on ")


def test_an_unusual_reminder_is_kept_when_editing(qtbot, db: Database) -> None:
    due = datetime(2025, 6, 10, 14, 0, tzinfo=UTC)
    odd = datetime(2025, 6, 8, 7, 45, tzinfo=UTC)
    task_id = tasks.create_task(db, TaskInput(title="Relance", due_at=due, reminder_at=odd))
    dialog = open_dialog(qtbot, db, task_id=task_id)
    assert dialog.reminder_combo.currentData() == "custom"
    dialog.save()
    assert tasks.get_row(db, task_id).reminder_at == odd


def test_links_and_due_date_given_by_the_caller(qtbot, db: Database, helene: str) -> None:
    dialog = open_dialog(
        qtbot, db, contact_id=helene, title="Rappeler dans 3 jours", due_at=date(2025, 6, 7)
    )
    assert dialog.title_edit.text() == "Rappeler dans 3 jours"
    assert dialog.contact_picker.record_id() == helene
    assert dialog.no_time_check.isChecked() and dialog.due_day() == date(2025, 6, 7)
    timed = open_dialog(qtbot, db, due_at=datetime(2025, 6, 7, 8, 30, tzinfo=UTC))
    assert not timed.no_time_check.isChecked()
    assert timed.time_edit.time() == QTime(10, 30)  # Paris time
    assert timed.due_at() == datetime(2025, 6, 7, 8, 30, tzinfo=UTC)
    assert time(10, 30) == time(timed.time_edit.time().hour(), timed.time_edit.time().minute())


def test_a_contact_deleted_meanwhile_is_reported_beside_its_field(
    qtbot, db: Database, helene: str
) -> None:
    dialog = open_dialog(qtbot, db, contact_id=helene, title="Appeler")
    ContactService(db).delete([helene])
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error_labels["contact_id"].text() == "This contact no longer exists."
    assert stored(db) == []
