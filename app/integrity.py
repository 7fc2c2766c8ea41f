"""Checking a database: SQLite's own checks, the schema revision, the search index, sizes.

:func:`check_database` only reads (the FTS5 "integrity-check" command is written as an
INSERT but changes nothing, and its transaction is rolled back). The report lists every
problem found as one sentence; ``report.ok`` is true when there is none.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import DBAPIError

from app.errors import QT_TRANSLATE_NOOP
from models import Base, Batch, ChangeLogEntry
from models.database import SCHEMA_HEAD, Database

#: Tables reported apart (the log and its batches), not in ``row_counts``.
BOOKKEEPING = frozenset({"change_log", "batches"})
#: At most this many lines of SQLite's integrity check are kept.
MAX_INTEGRITY_LINES = 20

MSG_INTEGRITY = QT_TRANSLATE_NOOP("check", "SQLite found damage in the file: {detail}")
MSG_FOREIGN_KEYS = QT_TRANSLATE_NOOP(
    "check", "Rows pointing to rows that do not exist: {count} (first: {table} row {rowid})."
)
MSG_REVISION = QT_TRANSLATE_NOOP(
    "check", "The schema is at revision {revision}; this version of Comptoir expects {head}."
)
MSG_FTS_MISSING = QT_TRANSLATE_NOOP("check", "Contacts missing from the search index: {count}.")
MSG_FTS_STALE = QT_TRANSLATE_NOOP(
    "check", "Search index entries of deleted or changed contacts: {count}."
)
MSG_FTS_DAMAGED = QT_TRANSLATE_NOOP("check", "The search index is damaged: {detail}")


@dataclass(frozen=True)
class ForeignKeyViolation:
    """A row whose reference points nowhere (from ``PRAGMA foreign_key_check``)."""

    table: str
    rowid: int | None
    parent: str
    constraint: int


@dataclass(frozen=True)
class CheckReport:
    path: str | None
    #: Bytes of the database file, and of its write-ahead log (None when absent).
    file_size: int | None
    wal_size: int | None
    #: SQLite's ``PRAGMA integrity_check`` lines: ("ok",) when the file is sound.
    sqlite_integrity: tuple[str, ...]
    foreign_key_violations: tuple[ForeignKeyViolation, ...]
    schema_revision: str | None
    schema_head: str
    #: Search index: rows it holds, contacts it should hold (not deleted), and the
    #: difference both ways; ``fts_integrity`` is "ok" or FTS5's complaint.
    fts_indexed: int | None
    fts_expected: int | None
    fts_missing: int | None
    fts_stale: int | None
    fts_integrity: str | None
    #: Rows per table, all of them and those not tombstoned (tables with ``deleted_at``).
    row_counts: dict[str, int] = field(default_factory=dict)
    active_counts: dict[str, int] = field(default_factory=dict)
    change_log_entries: int = 0
    batches: int = 0
    #: One sentence per problem found.
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"ok": self.ok, **asdict(self)}


def check_database(db: Database) -> CheckReport:
    """Run every check on the open database; raises DatabaseError only if it cannot be read."""
    problems: list[str] = []
    sqlite = db.engine.dialect.name == "sqlite"
    with db.read() as session:
        connection = session.connection()
        integrity: tuple[str, ...] = ()
        violations: tuple[ForeignKeyViolation, ...] = ()
        if sqlite:
            integrity = _integrity(connection)
            if integrity != ("ok",):
                problems.append(MSG_INTEGRITY.format(detail="; ".join(integrity[:3])))
            violations = _foreign_keys(connection)
            if violations:
                first = violations[0]
                problems.append(
                    MSG_FOREIGN_KEYS.format(
                        count=len(violations), table=first.table, rowid=first.rowid
                    )
                )
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision != SCHEMA_HEAD:
            problems.append(MSG_REVISION.format(revision=revision, head=SCHEMA_HEAD))
        rows, active = _row_counts(connection)
        log_entries = connection.execute(select(func.count()).select_from(ChangeLogEntry)).scalar()
        batches = connection.execute(select(func.count()).select_from(Batch)).scalar()
        fts: dict[str, Any] = {
            "fts_indexed": None,
            "fts_expected": None,
            "fts_missing": None,
            "fts_stale": None,
            "fts_integrity": None,
        }
        if sqlite and _has_table(connection, "contacts_fts"):
            fts = _search_index(connection)
            if fts["fts_missing"]:
                problems.append(MSG_FTS_MISSING.format(count=fts["fts_missing"]))
            if fts["fts_stale"]:
                problems.append(MSG_FTS_STALE.format(count=fts["fts_stale"]))
            if fts["fts_integrity"] != "ok":
                problems.append(MSG_FTS_DAMAGED.format(detail=fts["fts_integrity"]))
        session.rollback()
    return CheckReport(
        path=str(db.path) if db.path else None,
        file_size=_size(db.path),
        wal_size=_size(db.path.with_name(db.path.name + "-wal")) if db.path else None,
        sqlite_integrity=integrity,
        foreign_key_violations=violations,
        schema_revision=revision,
        schema_head=SCHEMA_HEAD,
        row_counts=rows,
        active_counts=active,
        change_log_entries=log_entries or 0,
        batches=batches or 0,
        problems=tuple(problems),
        **fts,
    )


def _integrity(connection: Connection) -> tuple[str, ...]:
    lines = connection.exec_driver_sql(f"PRAGMA integrity_check({MAX_INTEGRITY_LINES})")
    return tuple(str(line) for line in lines.scalars())


def _foreign_keys(connection: Connection) -> tuple[ForeignKeyViolation, ...]:
    return tuple(
        ForeignKeyViolation(table=table, rowid=rowid, parent=parent, constraint=constraint)
        for table, rowid, parent, constraint in connection.exec_driver_sql(
            "PRAGMA foreign_key_check"
        )
    )


def _row_counts(connection: Connection) -> tuple[dict[str, int], dict[str, int]]:
    rows: dict[str, int] = {}
    active: dict[str, int] = {}
    for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
        if table.name in BOOKKEEPING:
            continue
        rows[table.name] = connection.execute(select(func.count()).select_from(table)).scalar() or 0
        if "deleted_at" in table.c:
            active[table.name] = (
                connection.execute(
                    select(func.count()).select_from(table).where(table.c.deleted_at.is_(None))
                ).scalar()
                or 0
            )
    return rows, active


def _has_table(connection: Connection, name: str) -> bool:
    found = connection.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).scalar()
    return bool(found)


def _search_index(connection: Connection) -> dict[str, Any]:
    def count(sql: str) -> int:
        return int(connection.exec_driver_sql(sql).scalar() or 0)

    indexed = count("SELECT count(*) FROM contacts_fts")
    expected = count("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")
    missing = count(
        "SELECT count(*) FROM contacts AS c WHERE c.deleted_at IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM contacts_fts AS f "
        "WHERE f.rowid = c.rowid AND f.contact_id = c.id)"
    )
    stale = count(
        "SELECT count(*) FROM contacts_fts AS f WHERE NOT EXISTS "
        "(SELECT 1 FROM contacts AS c WHERE c.rowid = f.rowid AND c.id = f.contact_id "
        "AND c.deleted_at IS NULL)"
    )
    try:
        # Written as an INSERT, but it only reads; the caller rolls the transaction back.
        connection.exec_driver_sql(
            "INSERT INTO contacts_fts(contacts_fts) VALUES('integrity-check')"
        )
        integrity = "ok"
    except DBAPIError as error:
        message = str(error.orig) if error.orig else str(error)
        if "locked" in message or "busy" in message:
            raise
        integrity = message.splitlines()[0]
    return {
        "fts_indexed": indexed,
        "fts_expected": expected,
        "fts_missing": missing,
        "fts_stale": stale,
        "fts_integrity": integrity,
    }


def _size(path: Path | None) -> int | None:
    if path is None:
        return None
    try:
        return path.stat().st_size
    except OSError:
        return None
