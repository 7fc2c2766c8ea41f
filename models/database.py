"""Opening a Comptoir database: engine, connection pragmas, migrations, write batches.

A database is opened with :func:`open_database`, which refuses files that are not
Comptoir databases or that a newer version wrote, backs the file up before migrating it,
and turns SQLite's errors into :class:`DatabaseError` subclasses that say what is wrong.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from models.changelog import HybridLogicalClock, WriteContext, record_changes
from models.people import User
from models.search_index import update_index
from models.system import Batch, ChangeLogEntry

#: The newest schema revision this version knows (checked against Alembic by a test).
SCHEMA_HEAD = "0005"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """The database cannot be used; the message says why, in one sentence.

    ``template`` is the English sentence with ``{placeholders}``; the GUI translates it.
    """

    template = "The database {path} cannot be opened."

    def __init__(self, path: Path | str, **params: Any) -> None:
        self.path = str(path)
        self.params = {"path": self.path, **params}
        super().__init__(self.template.format(**self.params))


class NotADatabaseError(DatabaseError):
    template = "{path} is not a Comptoir database, or it is damaged."


class CorruptDatabaseError(DatabaseError):
    template = "The database {path} is damaged ({detail}). Restore a backup copy."


class NewerDatabaseError(DatabaseError):
    template = (
        "The database {path} was written by a newer version of Comptoir (schema {revision}). "
        "Update Comptoir to open it; the file was left untouched."
    )


class LockedDatabaseError(DatabaseError):
    template = "The database {path} is in use by another program. Close it and try again."


class UnwritableDatabaseError(DatabaseError):
    template = "The database {path} cannot be written ({detail})."


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide where transactions begin (see _begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA trusted_schema = OFF")
    finally:
        cursor.close()


def _begin(connection: Any) -> None:
    # Writers take the write lock up front, so a read-then-write never fails half-way,
    # and check foreign keys at commit, whatever order the unit of work inserts rows in.
    if connection.get_execution_options().get("comptoir_write", False):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    else:
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_pragmas)
        event.listen(engine, "begin", _begin)
    return engine


class Database:
    """An open database: sessions for reading, and write batches that are logged."""

    def __init__(self, engine: Engine, *, path: Path | None, device_id: str, user_login: str):
        self.engine = engine
        self.path = path
        self.device_id = device_id
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(comptoir_write=True), expire_on_commit=False
        )
        event.listen(self._write, "after_flush", record_changes)
        event.listen(self._write, "after_flush", update_index)
        event.listen(self._read, "after_flush", record_changes)
        self._write_lock = threading.RLock()
        with self.read() as session:
            last = session.scalar(select(ChangeLogEntry.hlc).order_by(ChangeLogEntry.hlc.desc()))
        self.clock = HybridLogicalClock(device_id, last)
        self.user_id = self._ensure_user(user_login)

    def _ensure_user(self, login: str) -> str:
        with self.read() as session:
            user_id = session.scalar(select(User.id).where(User.login == login))
        if user_id:
            return user_id
        self.user_id = None
        with self.write("system", f"First use by {login}") as session:
            user = User(name=login, login=login)
            session.add(user)
            session.flush()
            return user.id

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; anything it would write raises."""
        with _translate_errors(self.path), self._read() as session:
            yield session

    @contextmanager
    def write(self, kind: str, label: str = "", *, source: str | None = None) -> Iterator[Session]:
        """One user action or job: one transaction, one batch in the change log.

        All of it is committed, or (on any exception) none of it.
        """
        with _translate_errors(self.path), self._write_lock, self._write.begin() as session:
            batch = Batch(
                kind=kind,
                label=label,
                user_id=self.user_id,
                device_id=self.device_id,
                source=source,
            )
            session.add(batch)
            session.flush()
            context = WriteContext(batch.id, self.user_id, self.device_id, self.clock)
            session.info["write"] = context
            yield session
            session.flush()
            if context.entries == 0:
                session.delete(batch)

    def dispose(self) -> None:
        """Close the database, refreshing the query planner's statistics if they are stale."""
        if self.engine.dialect.name == "sqlite":
            try:
                with self.engine.begin() as connection:  # committed, so its ANALYZE is kept
                    connection.exec_driver_sql("PRAGMA optimize")
            except SADatabaseError:
                pass  # a read-only or vanished file: nothing to optimise
        self.engine.dispose()


def batch_of(session: Session) -> WriteContext:
    """The write context (batch id, rows touched) of a session opened by ``write``."""
    context: WriteContext | None = session.info.get("write")
    if context is None:
        raise RuntimeError("not a write session")
    return context


@contextmanager
def _translate_errors(path: Path | None) -> Iterator[None]:
    try:
        yield
    except (OperationalError, SADatabaseError) as error:
        translated = _world_error(path, error)
        if translated is error:
            raise
        raise translated from error


def _world_error(path: Path | None, error: Exception) -> Exception:
    message = str(getattr(error, "orig", error)).lower()
    where = path or "(memory)"
    if "locked" in message or "busy" in message:
        return LockedDatabaseError(where)
    if "not a database" in message or "file is encrypted" in message:
        return NotADatabaseError(where)
    if "malformed" in message or "corrupt" in message:
        return CorruptDatabaseError(where, detail=message)
    if "readonly" in message or "read-only" in message or "disk is full" in message:
        return UnwritableDatabaseError(where, detail=message)
    if "unable to open" in message:
        return UnwritableDatabaseError(where, detail=message)
    return error


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        tables = (
            set(
                connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                ).scalars()
            )
            if engine.dialect.name == "sqlite"
            else None
        )
        if tables is not None and "alembic_version" not in tables:
            if tables:
                raise ValueError("tables without a schema version")
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_file(path: Path, revision: str) -> Path:
    """Copy the database (consistently, WAL included) beside itself before a migration."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def open_database(
    path: Path | str,
    *,
    device_id: str,
    user_login: str,
    create: bool = True,
) -> Database:
    """Open (creating and migrating as needed) the SQLite database at ``path``."""
    path = Path(path)
    if path.exists():
        if path.is_dir():
            raise NotADatabaseError(path)
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            raise NotADatabaseError(path)
        revision = _peek_revision(path) if header else None
        if revision is not None and revision != SCHEMA_HEAD:
            from models import migrations

            if not migrations.is_known(revision):
                raise NewerDatabaseError(path, revision=revision)
    elif not create:
        raise UnwritableDatabaseError(path, detail="no such file")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UnwritableDatabaseError(path, detail=error.strerror or str(error)) from error
    engine = make_engine(f"sqlite:///{path}")
    try:
        with _translate_errors(path):
            migrate(engine, path)
        return Database(engine, path=path, device_id=device_id, user_login=user_login)
    except BaseException:
        engine.dispose()
        raise


def _peek_revision(path: Path) -> str | None:
    """The schema revision of an existing file, read without changing anything in it.

    (The engine's connections switch the file to WAL mode: a file that is not ours, or
    that a newer version wrote, must be refused before that.)
    """
    try:
        # Read-write but only reading: SQLite then removes the WAL files it opened on close.
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.Error as error:
        raise _world_error(path, error) from error
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            if tables:
                raise NotADatabaseError(path)
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error as error:
        raise _world_error(path, error) from error
    finally:
        connection.close()


def migrate(engine: Engine, path: Path | None) -> None:
    """Bring the schema to head: refuse newer files, back up before changing a file."""
    try:
        revision = current_revision(engine)
    except ValueError as error:
        raise NotADatabaseError(path or "(memory)") from error
    if revision == SCHEMA_HEAD:
        return
    from models import migrations  # Alembic is only loaded when there is work to do.

    if revision is not None and not migrations.is_known(revision):
        raise NewerDatabaseError(path or "(memory)", revision=revision)
    if revision is not None and path is not None:
        backup_file(path, revision)
    migrations.upgrade(engine)


__all__ = [
    "SCHEMA_HEAD",
    "CorruptDatabaseError",
    "Database",
    "DatabaseError",
    "LockedDatabaseError",
    "NewerDatabaseError",
    "NotADatabaseError",
    "UnwritableDatabaseError",
    "batch_of",
    "open_database",
]
