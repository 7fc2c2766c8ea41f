"""Reminders: a card appears when a task falls due (on an injected clock); its buttons."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from app import tasks
from app.contacts import ContactInput, ContactService
from app.history import last_undoable_batch
from app.tasks import Clock, TaskInput
from models import Task
from models.database import Database
from ui.reminders import INTERVAL_MS, ReminderService, ReminderToast

PARIS = ZoneInfo("Europe/Paris")
START = datetime(2025, 6, 4, 12, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class FakeTray:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title: str, message: str, *args: object) -> None:
        self.messages.append((title, message))


@pytest.fixture
def now() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


@pytest.fixture
def tray() -> FakeTray:
    return FakeTray()


@pytest.fixture
def service(db: Database, window: QWidget, now: FakeClock, tray: FakeTray):
    reminders = ReminderService(db, window, clock=Clock(now, PARIS), tray=tray)
    yield reminders
    reminders.stop()


@pytest.fixture
def helene(db: Database) -> str:
    return ContactService(db).create(ContactInput(first_name="Hélène", last_name="Dupré"))


def done_at(db: Database, task_id: str) -> datetime | None:
    with db.read() as session:
        return session.scalar(select(Task.done_at).where(Task.id == task_id))


def test_a_card_appears_when_a_task_falls_due_and_done_completes_it(
    qtbot, db: Database, service: ReminderService, now: FakeClock, tray: FakeTray, helene: str
) -> None:
    service.start()
    assert service.timer.isActive() and service.timer.interval() == INTERVAL_MS
    assert service.toasts() == []  # nothing overdue at start
    task_id = tasks.create_task(
        db,
        TaskInput(title="Rappeler Hélène", due_at=START + timedelta(minutes=5), contact_id=helene),
    )
    now.advance(minutes=4)
    assert service.check_now() == []
    assert service.toasts() == []
    now.advance(minutes=2)
    assert service.check_now() == [task_id]
    [toast] = service.toasts()
    assert toast.title_label.text() == "Rappeler Hélène"
    assert "Hélène Dupré" in toast.about_label.text()
    assert toast.due_label.text() == "Due today 14:05"  # Paris time
    assert tray.messages == [("Rappeler Hélène", "Hélène Dupré\nDue today 14:05")]
    # In the bottom-right corner of the window.
    window = service.anchor
    assert toast.parent() is window
    assert toast.geometry().right() == window.rect().right() - 16
    assert toast.geometry().bottom() < window.rect().bottom()
    # The same moment is not shown twice.
    assert service.check_now() == []
    messages: list[str] = []
    service.message.connect(messages.append)
    with qtbot.waitSignal(service.changed):
        qtbot.mouseClick(toast.done_button, Qt.MouseButton.LeftButton)
    assert done_at(db, task_id) is not None
    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "Complete task Rappeler Hélène"
    assert messages == ["Task completed — Ctrl+Z to undo"]
    qtbot.waitUntil(lambda: service.toasts() == [])


def test_the_reminder_time_comes_before_the_due_time(
    db: Database, service: ReminderService, now: FakeClock
) -> None:
    service.check_now()
    task_id = tasks.create_task(
        db,
        TaskInput(
            title="Réunion",
            due_at=START + timedelta(hours=2),
            reminder_at=START + timedelta(minutes=30),
        ),
    )
    now.advance(minutes=31)
    assert service.check_now() == [task_id]
    assert service.toasts()[0].heading.text() == "Reminder"
    now.advance(hours=2)
    assert service.check_now() == []  # its reminder was its moment


def test_snooze_reminds_again_ten_minutes_later(
    qtbot, db: Database, service: ReminderService, now: FakeClock
) -> None:
    service.check_now()
    task_id = tasks.create_task(db, TaskInput(title="Relance", due_at=START + timedelta(minutes=1)))
    now.advance(minutes=2)
    service.check_now()
    [toast] = service.toasts()
    with qtbot.waitSignal(service.changed):
        qtbot.mouseClick(toast.snooze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service.toasts() == [])
    assert tasks.get_row(db, task_id).reminder_at == now.now + timedelta(minutes=10)
    assert last_undoable_batch(db).label == "Snooze task Relance"
    now.advance(minutes=9)
    assert service.check_now() == []
    now.advance(minutes=2)
    assert service.check_now() == [task_id]
    assert done_at(db, task_id) is None


def test_open_and_links_ask_the_window(
    qtbot, db: Database, service: ReminderService, now: FakeClock, helene: str
) -> None:
    service.check_now()
    task_id = tasks.create_task(
        db, TaskInput(title="Devis", due_at=START + timedelta(minutes=1), contact_id=helene)
    )
    now.advance(minutes=1)
    service.check_now()
    [toast] = service.toasts()
    with qtbot.waitSignal(service.openRequested) as opened:
        toast.about_label.linkActivated.emit(f"contact:{helene}")
    assert opened.args == ["contact", helene]
    with qtbot.waitSignal(service.openTaskRequested) as opened_task:
        qtbot.mouseClick(toast.open_button, Qt.MouseButton.LeftButton)
    assert opened_task.args == [task_id]
    qtbot.waitUntil(lambda: service.toasts() == [])
    assert done_at(db, task_id) is None


def test_tasks_overdue_at_start_make_one_summary(
    qtbot, db: Database, service: ReminderService, tray: FakeTray
) -> None:
    for days in (1, 2, 3):
        tasks.create_task(
            db, TaskInput(title=f"En retard {days}", due_at=START - timedelta(days=days))
        )
    finished = tasks.create_task(db, TaskInput(title="Fini", due_at=START - timedelta(days=1)))
    tasks.complete_task(db, finished)
    tasks.create_task(db, TaskInput(title="Plus tard", due_at=START + timedelta(days=1)))
    service.start()
    [toast] = service.toasts()
    assert toast.task is None
    assert toast.title_label.text() == "3 overdue task(s)"
    assert "En retard 3" in toast.about_label.text() and "Fini" not in toast.about_label.text()
    assert tray.messages[0][0] == "3 overdue task(s)"
    with qtbot.waitSignal(service.showTasksRequested) as shown:
        qtbot.mouseClick(toast.show_button, Qt.MouseButton.LeftButton)
    assert shown.args == ["overdue"]
    # Only what falls due afterwards is shown next.
    assert service.check_now() == []


def test_a_single_overdue_task_at_start_gets_its_own_card(
    db: Database, service: ReminderService
) -> None:
    task_id = tasks.create_task(db, TaskInput(title="Seul", due_at=START - timedelta(hours=3)))
    assert service.check_now() == [task_id]
    [toast] = service.toasts()
    assert toast.task is not None and toast.heading.text() == "Overdue task"
    assert toast.done_button is not None


def test_many_tasks_falling_due_at_once_make_a_summary_and_cards_stack(
    db: Database, service: ReminderService, now: FakeClock
) -> None:
    service.check_now()
    for i in range(2):
        tasks.create_task(db, TaskInput(title=f"A{i}", due_at=START + timedelta(minutes=1)))
    now.advance(minutes=2)
    service.check_now()
    first, second = service.toasts()
    assert first.geometry().bottom() < second.geometry().top()  # stacked upwards
    for i in range(4):
        tasks.create_task(db, TaskInput(title=f"B{i}", due_at=now.now + timedelta(minutes=1)))
    now.advance(minutes=2)
    assert len(service.check_now()) == 4
    summary = service.toasts()[-1]
    assert summary.task is None and summary.title_label.text() == "4 task(s) due now"


def test_later_closes_the_card_without_writing(
    qtbot, db: Database, service: ReminderService, now: FakeClock
) -> None:
    service.check_now()
    task_id = tasks.create_task(
        db, TaskInput(title="Plus tard", due_at=START + timedelta(seconds=10))
    )
    now.advance(seconds=30)
    service.check_now()
    toast: ReminderToast = service.toasts()[0]
    qtbot.mouseClick(toast.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service.toasts() == [])
    row = tasks.get_row(db, task_id)
    assert row.done_at is None and row.reminder_at is None
