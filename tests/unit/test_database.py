"""The database floor: pragmas, ids, timestamps, money, the change log, errors, migrations."""

from __future__ import annotations

import itertools
import sqlite3
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Integer, func, select, text
from sqlalchemy.exc import StatementError

import models.database
from app.workspace import open_workspace
from models import (
    Base,
    Batch,
    ChangeLogEntry,
    Consent,
    Contact,
    Interaction,
    Order,
    Tag,
    Task,
    migrations,
)
from models.database import (
    SCHEMA_HEAD,
    Database,
    LockedDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    batch_of,
    make_engine,
)
from models.enums import BatchKind

PARIS_WINTER = timezone(timedelta(hours=1))


def counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Contact, Tag, Batch, ChangeLogEntry)
        }


def sqlite_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "data")


# --- Connections -------------------------------------------------------------------------


def _pragmas(connection: object) -> dict[str, object]:
    run = connection.exec_driver_sql  # type: ignore[attr-defined]
    return {
        name: run(f"PRAGMA {name}").scalar()
        for name in (
            "journal_mode",
            "foreign_keys",
            "trusted_schema",
            "busy_timeout",
            "synchronous",
        )
    }


EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "trusted_schema": 0,
    "busy_timeout": models.database.BUSY_TIMEOUT_MS,
    "synchronous": 1,  # NORMAL
}


def test_every_connection_gets_the_pragmas(db: Database) -> None:
    with db.read() as session:
        assert _pragmas(session.connection()) == EXPECTED_PRAGMAS
    with db.write(BatchKind.EDIT, "nothing") as session:
        assert _pragmas(session.connection()) == EXPECTED_PRAGMAS
    # Several connections at once: the pool has to open new ones.
    with db.engine.connect() as first, db.engine.connect() as second:
        assert _pragmas(first) == EXPECTED_PRAGMAS
        assert _pragmas(second) == EXPECTED_PRAGMAS


def test_a_read_session_refuses_to_write(db: Database) -> None:
    with pytest.raises(RuntimeError, match="outside a batch"), db.read() as session:
        session.add(Tag(name="sneaky"))
        session.flush()
    assert counts(db)["tags"] == 0


# --- Ids, timestamps, money --------------------------------------------------------------


def test_ids_are_random_uuids_given_at_construction(db: Database) -> None:
    first, second = Contact(first_name="A"), Contact(first_name="B")
    assert uuid.UUID(first.id).version == 4
    assert first.id != second.id
    with db.write(BatchKind.CREATE, "Two") as session:
        session.add_all([first, second])
    with db.read() as session:
        assert set(session.scalars(select(Contact.id))) == {first.id, second.id}


def test_timestamps_are_stored_as_utc_and_read_back_aware(db: Database) -> None:
    local = datetime(2025, 1, 15, 9, 30, tzinfo=PARIS_WINTER)
    with db.write(BatchKind.CREATE, "Call") as session:
        call = Interaction(channel="phone", occurred_at=local)
        session.add(call)
    with db.read() as session:
        stored = session.get(Interaction, call.id)
        assert stored is not None
        assert stored.occurred_at == local
        assert stored.occurred_at.utcoffset() == timedelta(0)
        assert stored.occurred_at.hour == 8
        assert stored.created_at.tzinfo is not None
        assert abs(datetime.now(UTC) - stored.created_at) < timedelta(minutes=1)
        raw = session.execute(
            text("SELECT occurred_at FROM interactions WHERE id = :id"), {"id": call.id}
        ).scalar()
    assert str(raw).startswith("2025-01-15 08:30:00")


def test_naive_timestamps_are_refused_and_nothing_is_written(db: Database) -> None:
    before = counts(db)
    with pytest.raises(StatementError, match="naive datetime"):
        with db.write(BatchKind.CREATE, "Call") as session:
            session.add(Interaction(channel="phone", occurred_at=datetime(2025, 1, 15, 9, 30)))
    assert counts(db) == before


def test_money_is_whole_cents_in_integer_columns(db: Database) -> None:
    money = [
        (table.name, column.name)
        for table in Base.metadata.tables.values()
        for column in table.columns
        if column.name.endswith("_cents")
    ]
    assert ("orders", "total_cents") in money
    assert all(isinstance(Base.metadata.tables[t].c[c].type, Integer) for t, c in money), (
        "money must be integer cents"
    )
    with db.write(BatchKind.CREATE, "Order") as session:
        order = Order(ordered_at=datetime.now(UTC), total_cents=123_456_789_01)
        session.add(order)
    with db.read() as session:
        stored = session.get(Order, order.id)
        assert stored is not None
        assert stored.total_cents == 123_456_789_01
        assert type(stored.total_cents) is int
        kind = session.execute(
            text("SELECT typeof(total_cents) FROM orders WHERE id = :id"), {"id": order.id}
        ).scalar()
    assert kind == "integer"


# --- The change log ----------------------------------------------------------------------


def test_each_write_is_logged_with_who_where_and_its_batch(db: Database) -> None:
    with db.write(BatchKind.CREATE, "New contact") as session:
        contact = Contact(first_name="Zoé", last_name="Brun")
        session.add(contact)
        session.flush()
        batch_id = batch_of(session).batch_id
        assert batch_of(session).touched == {("contacts", contact.id)}
    with db.write(BatchKind.EDIT, "Edit") as session:
        stored = session.get(Contact, contact.id)
        assert stored is not None
        stored.first_name = "Zoë"
    with db.read() as session:
        entries = session.scalars(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.entity_id == contact.id)
            .order_by(ChangeLogEntry.hlc)
        ).all()
        batch = session.get(Batch, batch_id)
    assert [(e.entity, e.op) for e in entries] == [("contacts", "insert"), ("contacts", "update")]
    insert, update = entries
    assert insert.batch_id == batch_id
    assert insert.user_id == db.user_id
    assert insert.device_id == db.device_id
    assert insert.changes["first_name"] == [None, "Zoé"]
    assert isinstance(insert.changes["created_at"][1], str)  # dates as ISO text
    assert datetime.fromisoformat(insert.changes["created_at"][1]).tzinfo is not None
    assert update.changes == {"first_name": ["Zoé", "Zoë"]}
    assert batch is not None
    assert (batch.kind, batch.label, batch.user_id) == ("create", "New contact", db.user_id)


def test_the_old_value_is_logged_even_when_it_was_not_loaded(db: Database) -> None:
    with db.write(BatchKind.CREATE, "New contact") as session:
        contact = Contact(first_name="Zoé", email="old@example.fr")
        session.add(contact)
    with db.write(BatchKind.EDIT, "Edit") as session:
        stored = session.get(Contact, contact.id)
        assert stored is not None
        session.expire(stored)  # as after a rolled-back savepoint
        stored.email = "new@example.fr"
    with db.read() as session:
        update = session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.op == "update")).one()
    assert update.changes == {"email": ["old@example.fr", "new@example.fr"]}


def test_a_failed_write_leaves_no_rows_no_log_and_no_batch(db: Database) -> None:
    before = counts(db)
    with pytest.raises(ZeroDivisionError), db.write(BatchKind.CREATE, "Doomed") as session:
        session.add(Contact(first_name="Ghost"))
        session.add(Tag(name="ghost"))
        session.flush()  # rows and log entries are written in the transaction...
        assert session.scalar(select(func.count()).select_from(ChangeLogEntry)) == (
            before["change_log"] + 2
        )
        _ = 1 / 0  # ...and all rolled back
    assert counts(db) == before
    with db.read() as session:
        assert "Doomed" not in session.scalars(select(Batch.label)).all()
        assert session.execute(text("SELECT count(*) FROM contacts_fts")).scalar() == 0


def test_a_contact_and_its_rows_can_be_created_in_one_flush(db: Database) -> None:
    with db.write(BatchKind.CREATE, "New customer with history") as session:
        contact = Contact(first_name="Inès")
        session.add(contact)
        session.add(
            Interaction(channel="phone", occurred_at=datetime.now(UTC), contact_id=contact.id)
        )
        session.add(Task(title="Call back", contact_id=contact.id))
        session.add(Consent(channel="email", status="granted", contact_id=contact.id))
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)) == 1


def test_empty_batches_are_dropped(db: Database) -> None:
    before = counts(db)
    with db.write(BatchKind.EDIT, "Nothing") as session:
        session.scalars(select(Contact)).all()
    with db.write(BatchKind.EDIT, "Unchanged") as session:
        pass
    assert counts(db) == before
    with db.read() as session:
        assert "Nothing" not in session.scalars(select(Batch.label)).all()


def test_the_clock_never_goes_back(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = time.time_ns()
    hour = 3_600_000_000_000
    ticks: Iterator[int] = (real - step * hour for step in itertools.count())
    monkeypatch.setattr(time, "time_ns", lambda: next(ticks))  # an hour back at every call
    for name in ("a", "b", "c"):
        with db.write(BatchKind.CREATE, name) as session:
            session.add(Tag(name=name))
            session.add(Tag(name=name + "2"))
    db.dispose()
    # A new session on this device, its clock still going back, carries on after the log.
    reopened = open_workspace(db_path)
    try:
        with reopened.write(BatchKind.CREATE, "d") as session:
            session.add(Tag(name="d"))
        with reopened.read() as session:
            # In the order the entries were written.
            written = session.execute(text("SELECT hlc FROM change_log ORDER BY rowid"))
            hlcs = list(written.scalars())
    finally:
        reopened.dispose()
    assert len(hlcs) == 8  # the user, then 7 tags
    assert hlcs == sorted(hlcs)
    assert len(set(hlcs)) == len(hlcs)


# --- The world's faults ------------------------------------------------------------------


def test_a_locked_database_gives_a_clear_error(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(models.database, "BUSY_TIMEOUT_MS", 50)
    db = open_workspace(db_path)
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0.05)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(LockedDatabaseError) as caught:
            with db.write(BatchKind.CREATE, "Blocked") as session:
                session.add(Tag(name="blocked"))
        assert str(caught.value) == (
            f"The database {db_path} is in use by another program. Close it and try again."
        )
        other.execute("ROLLBACK")
        with db.write(BatchKind.CREATE, "Free again") as session:
            session.add(Tag(name="free"))
        with db.read() as session:
            assert session.scalars(select(Tag.name)).all() == ["free"]
    finally:
        other.close()
        db.dispose()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "clients.db"
    content = b"Nom;Prenom;Ville\nDupre;Helene;Lyon\n" * 50
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError) as caught:
        open_workspace(path)
    assert str(caught.value) == f"{path} is not a Comptoir database, or it is damaged."
    assert path.read_bytes() == content
    assert sqlite_files(tmp_path) == ["clients.db"]


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE notes (body TEXT)")
    other.execute("INSERT INTO notes VALUES ('keep me')")
    other.commit()
    other.close()
    content = path.read_bytes()
    with pytest.raises(NotADatabaseError):
        open_workspace(path)
    assert path.read_bytes() == content


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_workspace(path).dispose()
    future = sqlite3.connect(path)
    future.execute("UPDATE alembic_version SET version_num = '9999'")
    future.commit()
    future.close()
    content = path.read_bytes()

    with pytest.raises(NewerDatabaseError) as caught:
        open_workspace(path)

    assert "written by a newer version of Comptoir (schema 9999)" in str(caught.value)
    assert path.read_bytes() == content
    assert sqlite_files(tmp_path) == ["future.db"]  # no backup copy, no leftovers


# --- Migrations --------------------------------------------------------------------------


def test_an_old_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    engine = make_engine(f"sqlite:///{path}")
    migrations.upgrade(engine, "0001")
    now = "2024-05-01 10:00:00.000000"
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO contacts (id, first_name, last_name, email, country, status, "
                "custom, sort_name, created_at, updated_at) VALUES (:id, 'Hélène', 'Dupré', "
                "'helene@example.fr', 'FR', 'customer', '{}', 'dupre helene', :now, :now)"
            ),
            {"id": "c0ffee00-0000-4000-8000-000000000001", "now": now},
        )
    engine.dispose()
    assert sqlite_files(tmp_path) == ["shop.db"]

    db = open_workspace(path)
    try:
        with db.read() as session:
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
            found = (
                session.execute(
                    text(
                        "SELECT contact_id FROM contacts_fts "
                        "WHERE contacts_fts MATCH 'helene dupre'"
                    )
                )
                .scalars()
                .all()
            )
            contact = session.get(Contact, "c0ffee00-0000-4000-8000-000000000001")
    finally:
        db.dispose()

    assert revision == SCHEMA_HEAD
    assert found == ["c0ffee00-0000-4000-8000-000000000001"]
    assert contact is not None and contact.email == "helene@example.fr"
    backups = [name for name in sqlite_files(tmp_path) if name.startswith("shop.before-0001-")]
    assert len(backups) == 1
    backup = sqlite3.connect(tmp_path / backups[0])
    try:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT first_name FROM contacts").fetchall() == [("Hélène",)]
    finally:
        backup.close()


def test_the_code_knows_the_newest_migration() -> None:
    assert migrations.head() == SCHEMA_HEAD
    assert migrations.is_known("0001")
    assert not migrations.is_known("9999")


def test_an_upgrade_keeps_rows_that_refer_to_each_other(tmp_path: Path) -> None:
    """Companies referred to by contacts, contacts by interactions: upgrading from 0002
    must not copy those tables (foreign keys would fail) nor renumber contacts (the
    full-text index refers to their rowids)."""
    path = tmp_path / "shop.db"
    engine = make_engine(f"sqlite:///{path}")
    migrations.upgrade(engine, "0002")
    now = "2024-05-01 10:00:00.000000"
    company = "c0ffee00-0000-4000-8000-00000000000c"
    contact = "c0ffee00-0000-4000-8000-000000000001"
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO companies (id, name, country, custom, sort_name, created_at, "
                "updated_at) VALUES (:id, 'Épicerie Laurent', 'FR', '{}', 'epicerie laurent', "
                ":now, :now)"
            ),
            {"id": company, "now": now},
        )
        # A deleted contact first, so that the live one's rowid is not 1.
        for contact_id, deleted in ((contact.replace("1", "2"), now), (contact, None)):
            connection.execute(
                text(
                    "INSERT INTO contacts (id, first_name, last_name, country, status, custom, "
                    "sort_name, company_id, created_at, updated_at, deleted_at) VALUES (:id, "
                    "'Hélène', 'Dupré', 'FR', 'customer', '{}', 'dupre helene', :company, "
                    ":now, :now, :deleted)"
                ),
                {"id": contact_id, "company": company, "now": now, "deleted": deleted},
            )
        connection.execute(
            text(
                "INSERT INTO contacts_fts (rowid, contact_id, name, company, emails, phones, "
                "city, notes) SELECT rowid, id, 'Hélène Dupré', '', '', '', '', '' "
                "FROM contacts WHERE id = :id"
            ),
            {"id": contact},
        )
        connection.execute(
            text(
                "INSERT INTO interactions (id, channel, direction, occurred_at, subject, "
                "is_complaint, contact_id, company_id, created_at, updated_at) VALUES "
                "('c0ffee00-0000-4000-8000-0000000000a1', 'phone', 'out', :now, 'Appel', 0, "
                ":contact, :company, :now, :now)"
            ),
            {"contact": contact, "company": company, "now": now},
        )
    engine.dispose()

    db = open_workspace(path)
    try:
        with db.read() as session:
            found = (
                session.execute(
                    text("SELECT contact_id FROM contacts_fts WHERE contacts_fts MATCH 'helene'")
                )
                .scalars()
                .all()
            )
            problems = session.execute(text("PRAGMA foreign_key_check")).all()
            linked = session.execute(
                text("SELECT company_id FROM contacts WHERE id = :id"), {"id": contact}
            ).scalar()
    finally:
        db.dispose()
    assert found == [contact]
    assert problems == []
    assert linked == company
