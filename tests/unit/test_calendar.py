"""Tasks exported to an iCalendar file: read back with the icalendar library."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from app import calendar, tasks
from app.contacts import ContactInput, ContactService
from app.errors import UserError
from app.tasks import Clock, TaskInput, TaskQuery
from models.database import Database

PARIS = ZoneInfo("Europe/Paris")
CLOCK = Clock(lambda: datetime(2025, 6, 1, 10, 0, tzinfo=UTC), PARIS)
NASTY_TITLE = "Rappeler Hélène, Zoé; « devis » \\ 50 % — café ☕"
LONG_NOTES = "Première ligne, avec virgule; et point-virgule\nDeuxième ligne : " + "é" * 200


@pytest.fixture
def exported(db: Database) -> dict[str, str]:
    contact = ContactService(db).create(
        ContactInput(first_name="Hélène", last_name="Dupré", company_name="Dupré & Fils, SARL")
    )
    ids = {
        "timed": tasks.create_task(
            db,
            TaskInput(
                title=NASTY_TITLE,
                due_at=datetime(2025, 6, 3, 12, 30, tzinfo=UTC),
                priority="high",
                contact_id=contact,
                notes=LONG_NOTES,
                reminder_at=datetime(2025, 6, 3, 12, 15, tzinfo=UTC),
            ),
        ),
        "all_day": tasks.create_task(
            db,
            TaskInput(
                title="Inventaire",
                due_at=tasks.all_day(date(2025, 6, 4), CLOCK),
                priority="low",
            ),
        ),
        "no_due": tasks.create_task(db, TaskInput(title="Un jour")),
        "done": tasks.create_task(
            db, TaskInput(title="Fait", due_at=datetime(2025, 5, 30, 8, 0, tzinfo=UTC))
        ),
    }
    tasks.set_done(db, ids["done"], at=datetime(2025, 5, 30, 9, 0, tzinfo=UTC))
    return ids


def read_back(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def by_uid(cal: Calendar, name: str) -> dict[str, object]:
    return {str(c["uid"]): c for c in cal.walk(name)}


def test_to_dos_carry_every_field(db: Database, exported: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "tâches.ics"
    result = calendar.export_tasks(db, path, TaskQuery(), as_events=False, clock=CLOCK)
    assert (result.written, result.without_due) == (4, 0)
    cal = read_back(path)
    assert str(cal["version"]) == "2.0" and "Comptoir" in str(cal["prodid"])
    todos = by_uid(cal, "VTODO")
    assert set(todos) == {f"{task_id}@comptoir" for task_id in exported.values()}
    timed = todos[f"{exported['timed']}@comptoir"]
    # Accents, commas, semicolons, backslashes and new lines come back as they were.
    assert str(timed["summary"]) == NASTY_TITLE
    text = str(timed["description"])
    assert text.startswith(LONG_NOTES)
    assert "Contact: Hélène Dupré" in text and "Company: Dupré & Fils, SARL" in text
    assert timed["due"].dt == datetime(2025, 6, 3, 12, 30, tzinfo=UTC)
    assert int(timed["priority"]) == 1
    assert str(timed["status"]) == "NEEDS-ACTION"
    alarm = timed.walk("VALARM")[0]
    assert alarm["trigger"].dt == timedelta(minutes=-15)
    assert str(alarm["action"]) == "DISPLAY"
    all_day = todos[f"{exported['all_day']}@comptoir"]
    assert all_day["due"].dt == date(2025, 6, 4)
    assert int(all_day["priority"]) == 9
    assert "due" not in todos[f"{exported['no_due']}@comptoir"]
    done = todos[f"{exported['done']}@comptoir"]
    assert str(done["status"]) == "COMPLETED"
    assert done["completed"].dt == datetime(2025, 5, 30, 9, 0, tzinfo=UTC)


def test_events_are_placed_at_the_due_time(
    db: Database, exported: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "events.ics"
    result = calendar.export_tasks(db, path, TaskQuery(), clock=CLOCK)
    assert (result.written, result.without_due) == (3, 1)  # events need a due date
    events = by_uid(read_back(path), "VEVENT")
    timed = events[f"{exported['timed']}@comptoir"]
    assert str(timed["summary"]) == NASTY_TITLE
    assert timed["dtstart"].dt == datetime(2025, 6, 3, 12, 30, tzinfo=UTC)
    assert timed["dtend"].dt == datetime(2025, 6, 3, 13, 0, tzinfo=UTC)
    assert str(timed["transp"]) == "TRANSPARENT"
    assert timed.walk("VALARM")[0]["trigger"].dt == timedelta(minutes=-15)
    all_day = events[f"{exported['all_day']}@comptoir"]
    assert all_day["dtstart"].dt == date(2025, 6, 4)
    assert all_day["dtend"].dt == date(2025, 6, 5)
    assert str(events[f"{exported['done']}@comptoir"]["summary"]) == "\u2713 Fait"


def test_the_file_follows_rfc_5545_lines(
    db: Database, exported: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "t.ics"
    calendar.export_tasks(db, path, list(exported.values()), as_events=False, clock=CLOCK)
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    lines = raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75  # long lines are folded
    assert b"\n" not in raw.replace(b"\r\n", b"")  # no bare new lines
    raw.decode("utf-8")
    # Commas and semicolons are escaped in text values.
    assert rb"Rappeler H" in raw and rb"\, Zo" in raw and rb"\; " in raw


def test_export_of_chosen_ids_keeps_their_order(db: Database, exported: dict[str, str]) -> None:
    ids = [exported["done"], exported["timed"]]
    content, written, _ = calendar.calendar_bytes(db, ids, as_events=False, clock=CLOCK)
    assert written == 2
    uids = [str(c["uid"]) for c in Calendar.from_ical(content).walk("VTODO")]
    assert uids == [f"{i}@comptoir" for i in ids]


def test_translated_labels_are_used(db: Database, exported: dict[str, str]) -> None:
    labels = {"contact": "Contact", "company": "Entreprise", "calendar": "Tâches Comptoir"}
    content, _, _ = calendar.calendar_bytes(
        db, [exported["timed"]], as_events=False, clock=CLOCK, labels=labels
    )
    cal = Calendar.from_ical(content)
    assert str(cal["x-wr-calname"]) == "Tâches Comptoir"
    assert "Entreprise: Dupré & Fils, SARL" in str(cal.walk("VTODO")[0]["description"])


def test_an_unwritable_place_is_the_world_s_fault(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError) as raised:
        calendar.export_tasks(db, tmp_path / "missing" / "t.ics", TaskQuery())
    assert raised.value.template == calendar.MSG_CANNOT_WRITE
    assert not (tmp_path / "missing").exists()


def test_a_cancelled_export_writes_nothing(
    db: Database, exported: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "t.ics"
    reports: list[tuple[int, int]] = []
    result = calendar.export_tasks(
        db,
        path,
        TaskQuery(),
        clock=CLOCK,
        cancel=lambda: True,
        progress=lambda done, total, _message: reports.append((done, total)),
    )
    assert result.written == 0 and not path.exists()
    calendar.export_tasks(
        db,
        path,
        TaskQuery(),
        clock=CLOCK,
        progress=lambda done, total, _message: reports.append((done, total)),
    )
    assert reports == [(4, 4)] and path.exists()
