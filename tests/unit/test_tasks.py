"""The tasks service: writes and their batches, validation, views in local time, reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app import tasks
from app.contacts import ContactInput, ContactService
from app.errors import NotFoundError, ValidationError
from app.history import last_undoable_batch, undo_batch
from app.tasks import Clock, TaskInput, TaskQuery
from app.validation import MSG_CHOICE
from models import (
    Batch,
    ChangeLogEntry,
    Company,
    Contact,
    Deal,
    Pipeline,
    PipelineStage,
    Task,
    User,
)
from models.database import Database
from models.enums import BatchKind

PARIS = ZoneInfo("Europe/Paris")


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS).astimezone(UTC)  # type: ignore[misc]


def clock_at(moment: datetime) -> Clock:
    return Clock(lambda: moment, PARIS)


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    service = ContactService(db)
    helene = service.create(
        ContactInput(first_name="Hélène", last_name="Dupré", company_name="Boulangerie Dupré")
    )
    marc = service.create(ContactInput(first_name="Marc", last_name="Martin"))
    with db.read() as session:
        company_id = session.scalar(select(Contact.company_id).where(Contact.id == helene))
    with db.write(BatchKind.CREATE, "deal") as session:
        pipeline = Pipeline(name="Ventes")
        stage = PipelineStage(pipeline_id=pipeline.id, name="Devis")
        deal = Deal(
            title="Vitrine réfrigérée",
            contact_id=marc,
            pipeline_id=pipeline.id,
            stage_id=stage.id,
        )
        session.add_all([pipeline, stage, deal])
    assert company_id is not None
    return {"helene": helene, "marc": marc, "company": company_id, "deal": deal.id}


def titles(db: Database, query: TaskQuery, clock: Clock) -> list[str]:
    return [row.title for row in tasks.rows(db, tasks.search_ids(db, query, clock), clock)]


def done_at(db: Database, task_id: str) -> datetime | None:
    with db.read() as session:
        return session.scalar(select(Task.done_at).where(Task.id == task_id))


# -- create, validate -----------------------------------------------------------------


def test_create_stores_the_task_with_defaults_and_links(
    db: Database, people: dict[str, str]
) -> None:
    due = paris(2025, 6, 3, 14, 0)
    task_id = tasks.create_task(
        db,
        TaskInput(
            title="  Rappeler   Hélène ",
            due_at=due,
            priority="high",
            contact_id=people["helene"],
            notes=" devis ; tarifs\n",
        ),
    )
    with db.read() as session:
        task = session.get(Task, task_id)
        assert task is not None
        assert task.title == "Rappeler Hélène"
        assert task.due_at == due
        assert task.priority == "high"
        assert task.owner_id == db.user_id  # the current user by default
        assert task.company_id == people["company"]  # the contact's company
        assert task.notes == "devis ; tarifs"
        assert task.done_at is None
        batch = session.scalars(select(Batch).order_by(Batch.created_at.desc())).first()
        assert batch is not None and batch.label == "New task Rappeler Hélène"
        assert batch.kind == BatchKind.CREATE


def test_a_task_on_a_deal_gets_the_deal_s_contact(db: Database, people: dict[str, str]) -> None:
    task_id = tasks.create_task(db, TaskInput(title="Relancer", deal_id=people["deal"]))
    row = tasks.get_row(db, task_id)
    assert (row.deal, row.contact_id, row.contact) == (
        "Vitrine réfrigérée",
        people["marc"],
        "Marc Martin",
    )


def test_add_task_joins_the_caller_s_batch(db: Database, people: dict[str, str]) -> None:
    with db.write(BatchKind.CREATE, "Log call") as session:
        first = tasks.add_task(session, TaskInput(title="Un", contact_id=people["marc"]))
        second = tasks.add_task(session, TaskInput(title="Deux"))
    with db.read() as session:
        batches = set(
            session.scalars(
                select(Batch.label)
                .join(ChangeLogEntry, ChangeLogEntry.batch_id == Batch.id)
                .where(ChangeLogEntry.entity_id.in_([first, second]))
            )
        )
    assert batches == {"Log call"}
    assert {r.title for r in tasks.rows(db, [first, second])} == {"Un", "Deux"}


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (TaskInput(title="   "), "title", tasks.MSG_TITLE),
        (TaskInput(title="x" * 301), "title", tasks.MSG_TITLE_LONG),
        (TaskInput(title="Ok", priority="urgent"), "priority", MSG_CHOICE),
        (TaskInput(title="Ok", contact_id="no-such-contact"), "contact_id", tasks.MSG_NO_CONTACT),
        (TaskInput(title="Ok", company_id="nope"), "company_id", tasks.MSG_NO_COMPANY),
        (TaskInput(title="Ok", deal_id="nope"), "deal_id", tasks.MSG_NO_DEAL),
        (TaskInput(title="Ok", owner_id="nope"), "owner_id", tasks.MSG_NO_OWNER),
    ],
)
def test_invalid_tasks_are_refused_and_nothing_is_written(
    db: Database, data: TaskInput, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        tasks.create_task(db, data)
    assert raised.value.fields[field] == message
    with db.read() as session:
        assert session.scalars(select(Task)).all() == []


def test_a_deleted_contact_cannot_be_linked(db: Database, people: dict[str, str]) -> None:
    ContactService(db).delete([people["marc"]])
    with pytest.raises(ValidationError) as raised:
        tasks.create_task(db, TaskInput(title="Ok", contact_id=people["marc"]))
    assert raised.value.fields == {"contact_id": tasks.MSG_NO_CONTACT}


def test_a_title_of_300_characters_is_accepted(db: Database) -> None:
    task_id = tasks.create_task(db, TaskInput(title="é" * 300))
    assert tasks.get_row(db, task_id).title == "é" * 300


def test_a_plain_date_means_due_all_day() -> None:
    clock = Clock(tasks.utcnow, PARIS)
    moment = tasks.all_day(date(2025, 6, 3), clock)
    assert moment == paris(2025, 6, 3, 23, 59, 59)
    assert tasks.is_all_day(moment, clock)
    assert not tasks.is_all_day(paris(2025, 6, 3, 23, 59), clock)
    assert not tasks.is_all_day(None, clock)


def test_a_date_given_as_due_is_stored_as_all_day(db: Database) -> None:
    task_id = tasks.create_task(db, TaskInput(title="Inventaire", due_at=date(2025, 6, 3)))  # type: ignore[arg-type]
    row = tasks.get_row(db, task_id)
    assert row.all_day
    assert row.due_at == tasks.all_day(date(2025, 6, 3))


# -- edit, complete, reopen, delete, undo ---------------------------------------------


def test_edit_changes_the_fields_and_keeps_done(db: Database, people: dict[str, str]) -> None:
    task_id = tasks.create_task(db, TaskInput(title="Appeler"))
    tasks.complete_task(db, task_id)
    finished = done_at(db, task_id)
    data = tasks.load_task(db, task_id)
    data.title = "Appeler Hélène"
    data.contact_id = people["helene"]
    data.priority = "low"
    tasks.update_task(db, task_id, data)
    row = tasks.get_row(db, task_id)
    assert (row.title, row.contact, row.priority) == ("Appeler Hélène", "Hélène Dupré", "low")
    assert row.done_at == finished
    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "Edit task Appeler Hélène"


def test_complete_then_undo_reopens(db: Database) -> None:
    task_id = tasks.create_task(db, TaskInput(title="Envoyer le devis"))
    moment = datetime(2025, 6, 3, 9, 30, tzinfo=UTC)
    assert tasks.set_done(db, task_id, True, at=moment) == 1
    assert done_at(db, task_id) == moment
    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "Complete task Envoyer le devis"
    undo_batch(db, batch.id)
    assert done_at(db, task_id) is None
    # Completing again twice changes it once, and the second call writes no batch.
    assert tasks.complete_task(db, task_id) == 1
    assert tasks.complete_task(db, task_id) == 0
    assert tasks.reopen_task(db, task_id) == 1
    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "Reopen task Envoyer le devis"
    assert done_at(db, task_id) is None


def test_completing_several_is_one_batch(db: Database) -> None:
    ids = [tasks.create_task(db, TaskInput(title=f"T{i}")) for i in range(3)]
    assert tasks.set_done(db, ids) == 3
    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "Complete 3 tasks" and batch.entries == 3
    undo_batch(db, batch.id)
    assert all(done_at(db, i) is None for i in ids)


def test_delete_restore_and_undo(db: Database) -> None:
    keep = tasks.create_task(db, TaskInput(title="Garder"))
    gone = tasks.create_task(db, TaskInput(title="Jeter"))
    assert tasks.delete_tasks(db, gone) == 1
    assert tasks.search_ids(db, TaskQuery()) == [keep]
    with pytest.raises(NotFoundError):
        tasks.load_task(db, gone)
    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "Delete task Jeter"
    undo_batch(db, batch.id)
    assert set(tasks.search_ids(db, TaskQuery())) == {keep, gone}
    tasks.delete_tasks(db, [keep, gone])
    assert tasks.search_ids(db, TaskQuery()) == []
    assert tasks.restore_tasks(db, [gone]) == 1
    assert tasks.search_ids(db, TaskQuery()) == [gone]


def test_snooze_sets_the_reminder(db: Database) -> None:
    task_id = tasks.create_task(db, TaskInput(title="Rappel"))
    later = datetime(2025, 6, 3, 10, 10, tzinfo=UTC)
    tasks.snooze_task(db, task_id, later)
    assert tasks.get_row(db, task_id).reminder_at == later
    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "Snooze task Rappel"


# -- views ----------------------------------------------------------------------------


@pytest.fixture
def late_evening(db: Database) -> tuple[Clock, dict[str, str]]:
    """23:30 in Paris on 10 March 2025 (22:30 UTC): the UTC and local days differ."""
    clock = clock_at(paris(2025, 3, 10, 23, 30))
    due = {
        # 00:30 local on the 10th is 23:30 UTC on the 9th: today, and overdue.
        "early": paris(2025, 3, 10, 0, 30),
        # Later tonight: today, not overdue yet.
        "tonight": paris(2025, 3, 10, 23, 45),
        # 00:15 local on the 11th is still the 10th in UTC: not today.
        "tomorrow": paris(2025, 3, 11, 0, 15),
        "last week": paris(2025, 3, 3, 10, 0),
        "next month": paris(2025, 4, 10, 10, 0),
    }
    ids = {
        name: tasks.create_task(db, TaskInput(title=name, due_at=at)) for name, at in due.items()
    }
    ids["someday"] = tasks.create_task(db, TaskInput(title="someday"))
    ids["finished"] = tasks.create_task(
        db, TaskInput(title="finished", due_at=paris(2025, 3, 10, 9, 0))
    )
    ids["old"] = tasks.create_task(db, TaskInput(title="old", due_at=paris(2025, 2, 1, 9, 0)))
    tasks.set_done(db, ids["old"], at=paris(2025, 2, 1, 10, 0))
    tasks.set_done(db, ids["finished"], at=paris(2025, 3, 10, 9, 30))
    return clock, ids


def test_views_follow_the_local_day(
    db: Database, late_evening: tuple[Clock, dict[str, str]]
) -> None:
    clock, _ = late_evening
    # Today: open first, then by due; done ones listed too.
    assert titles(db, TaskQuery(view="today"), clock) == ["early", "tonight", "finished"]
    assert titles(db, TaskQuery(view="overdue"), clock) == ["last week", "early"]
    assert titles(db, TaskQuery(view="upcoming"), clock) == ["tomorrow", "next month", "someday"]
    assert titles(db, TaskQuery(view="done"), clock) == ["finished", "old"]
    assert len(titles(db, TaskQuery(view="all"), clock)) == 8
    counts = tasks.view_counts(db, TaskQuery(view="today"), clock)
    assert (counts.today, counts.overdue, counts.upcoming, counts.done, counts.all) == (
        2,
        2,
        3,
        2,
        8,
    )
    assert tasks.count(db, TaskQuery(view="upcoming"), clock) == 3


def test_rows_carry_overdue_and_today_flags(
    db: Database, late_evening: tuple[Clock, dict[str, str]]
) -> None:
    clock, ids = late_evening
    by_title = {r.title: r for r in tasks.rows(db, list(ids.values()), clock)}
    assert by_title["early"].overdue and by_title["early"].due_today
    assert not by_title["tonight"].overdue and by_title["tonight"].due_today
    assert not by_title["tomorrow"].due_today
    assert not by_title["finished"].overdue and by_title["finished"].done
    assert not by_title["someday"].overdue


def test_at_midnight_today_moves_on(
    db: Database, late_evening: tuple[Clock, dict[str, str]]
) -> None:
    _, _ = late_evening
    after_midnight = clock_at(paris(2025, 3, 11, 0, 5))
    assert titles(db, TaskQuery(view="today"), after_midnight) == ["tomorrow"]
    assert "tonight" in titles(db, TaskQuery(view="overdue"), after_midnight)


def test_the_day_of_the_clock_change_has_23_hours(db: Database) -> None:
    # Summer time starts in Paris on 30 March 2025: that day lasts 23 hours.
    clock = clock_at(paris(2025, 3, 30, 12, 0))
    late = tasks.create_task(db, TaskInput(title="late", due_at=paris(2025, 3, 30, 23, 30)))
    next_day = tasks.create_task(db, TaskInput(title="next", due_at=paris(2025, 3, 31, 0, 30)))
    assert tasks.search_ids(db, TaskQuery(view="today"), clock) == [late]
    assert tasks.search_ids(db, TaskQuery(view="upcoming"), clock) == [next_day]


def test_an_all_day_task_is_overdue_only_after_its_day(db: Database) -> None:
    clock = clock_at(paris(2025, 6, 3, 18, 0))
    day_clock = Clock(tasks.utcnow, PARIS)
    task_id = tasks.create_task(
        db, TaskInput(title="Inventaire", due_at=tasks.all_day(date(2025, 6, 3), day_clock))
    )
    assert tasks.search_ids(db, TaskQuery(view="today"), clock) == [task_id]
    assert tasks.search_ids(db, TaskQuery(view="overdue"), clock) == []
    next_morning = clock_at(paris(2025, 6, 4, 8, 0))
    assert tasks.search_ids(db, TaskQuery(view="overdue"), next_morning) == [task_id]


def test_search_filters_and_sorts(db: Database, people: dict[str, str]) -> None:
    clock = clock_at(paris(2025, 6, 1, 12, 0))
    with db.write(BatchKind.CREATE, "colleague") as session:
        colleague = User(name="Zoé", login="zoe")
        session.add(colleague)
    a = tasks.create_task(
        db,
        TaskInput(
            title="Livrer 50% de la commande",
            contact_id=people["helene"],
            due_at=paris(2025, 6, 5, 9, 0),
            priority="low",
        ),
    )
    b = tasks.create_task(
        db,
        TaskInput(
            title="Appeler Marc",
            contact_id=people["marc"],
            due_at=paris(2025, 6, 2, 9, 0),
            owner_id=colleague.id,
            priority="high",
        ),
    )
    c = tasks.create_task(db, TaskInput(title="Devis vitrine", deal_id=people["deal"]))
    # Accents do not matter in linked names; % is a plain character.
    assert tasks.search_ids(db, TaskQuery(text="helene"), clock) == [a]
    assert tasks.search_ids(db, TaskQuery(text="dupre"), clock) == [a]  # the company too
    assert tasks.search_ids(db, TaskQuery(text="50%"), clock) == [a]
    assert tasks.search_ids(db, TaskQuery(text="%"), clock) == [a]
    assert tasks.search_ids(db, TaskQuery(text="vitrine"), clock) == [c]
    assert tasks.search_ids(db, TaskQuery(text="APPELER"), clock) == [b]
    # Filters.
    assert tasks.search_ids(db, TaskQuery(owner_id=colleague.id), clock) == [b]
    assert tasks.search_ids(db, TaskQuery(company_id=people["company"]), clock) == [a]
    assert tasks.search_ids(db, TaskQuery(contact_id=people["marc"]), clock) == [b, c]
    assert tasks.search_ids(db, TaskQuery(deal_id=people["deal"]), clock) == [c]
    counts = tasks.view_counts(db, TaskQuery(owner_id=db.user_id), clock)
    assert (counts.all, counts.upcoming) == (2, 2)
    # Sorting: natural order by due, no due last; by priority; by title either way.
    assert tasks.search_ids(db, TaskQuery(), clock) == [b, a, c]
    assert tasks.search_ids(db, TaskQuery(sort="priority"), clock) == [b, c, a]
    assert tasks.search_ids(db, TaskQuery(sort="title"), clock) == [b, c, a]
    assert tasks.search_ids(db, TaskQuery(sort="title", descending=True), clock) == [a, c, b]
    assert tasks.search_ids(db, TaskQuery(sort="due", descending=True), clock) == [a, b, c]
    assert tasks.search_ids(db, TaskQuery(sort="owner"), clock)[-1] == b
    assert tasks.search_ids(db, TaskQuery(sort="contact"), clock)[0] == a  # Dupré < Martin
    with pytest.raises(ValueError, match="unknown sort"):
        tasks.search_ids(db, TaskQuery(sort="nonsense"), clock)


def test_the_company_filter_includes_the_company_s_own_tasks(
    db: Database, people: dict[str, str]
) -> None:
    own = tasks.create_task(db, TaskInput(title="Visite", company_id=people["company"]))
    with db.read() as session:
        assert session.get(Company, people["company"]) is not None
    assert tasks.search_ids(db, TaskQuery(company_id=people["company"])) == [own]


# -- reminders ------------------------------------------------------------------------


def test_due_between_uses_the_reminder_else_the_due_time(db: Database) -> None:
    clock = Clock(tasks.utcnow, PARIS)
    base = datetime(2025, 6, 3, 8, 0, tzinfo=UTC)
    at_due = tasks.create_task(db, TaskInput(title="at due", due_at=base + timedelta(minutes=5)))
    reminded = tasks.create_task(
        db,
        TaskInput(
            title="reminded",
            due_at=base + timedelta(days=1),
            reminder_at=base + timedelta(minutes=2),
        ),
    )
    # Its reminder is later than the window, though its due time is inside.
    tasks.create_task(
        db,
        TaskInput(
            title="reminded later",
            due_at=base + timedelta(minutes=3),
            reminder_at=base + timedelta(hours=5),
        ),
    )
    finished = tasks.create_task(db, TaskInput(title="done", due_at=base + timedelta(minutes=4)))
    tasks.complete_task(db, finished)
    tasks.create_task(db, TaskInput(title="before", due_at=base))  # the window is (start, end]
    tasks.create_task(db, TaskInput(title="all day", due_at=tasks.all_day(date(2025, 6, 2), clock)))
    found = tasks.due_between(db, base, base + timedelta(minutes=10), clock)
    assert [row.id for row in found] == [reminded, at_due]
    everything = tasks.due_between(db, None, base + timedelta(minutes=10), clock)
    assert [row.title for row in everything] == ["before", "reminded", "at due"]


def test_users_lists_the_active_users(db: Database) -> None:
    with db.write(BatchKind.CREATE, "users") as session:
        session.add_all(
            [User(name="Albane", login="albane"), User(name="Parti", login="p", is_active=False)]
        )
    names = [u.name for u in tasks.users(db)]
    assert "Albane" in names and "Parti" not in names
    assert db.user_id in {u.id for u in tasks.users(db)}


def test_clock_needs_aware_times() -> None:
    with pytest.raises(ValueError, match="aware"):
        Clock(lambda: datetime(2025, 1, 1), PARIS).now()
    assert Clock(lambda: datetime(2025, 1, 1, tzinfo=UTC), PARIS).today() == date(2025, 1, 1)
    assert Clock(lambda: datetime(2025, 1, 1, 23, 30, tzinfo=UTC), PARIS).today() == date(
        2025, 1, 2
    )
    assert Clock(zone=PARIS).at(date(2025, 1, 1), time(1, 0)) == datetime(2025, 1, 1, tzinfo=UTC)
