"""The history of changes, and the undo of a whole batch.

Every write is one batch in the change log (see ``models.changelog``). This module reads
that log back as plain records (what changed, when, by whom, in which batch) and reverts a
batch in one new "undo" batch. The undo goes through the ORM, so it is itself logged (and
can be undone: that is "redo") and the full-text index follows it.

Reverting, entry by entry, newest first:

- an insert is undone by tombstoning the row (``deleted_at``), or by deleting it when the
  table has no tombstone (tag links);
- an update by putting each field back, unless the field was changed since by someone
  else: such a field is left as it is and reported as a conflict;
- a delete by inserting the row again from the values the log kept.

It is all or nothing: if the database refuses any part, nothing is changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    Numeric,
    Time,
    UniqueConstraint,
    and_,
    func,
    or_,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapper, Session

from app.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from models import (
    Base,
    Batch,
    CampaignMember,
    ChangeLogEntry,
    CompanyTag,
    Consent,
    ContactTag,
    Deal,
    DealLine,
    Interaction,
    Order,
    OrderLine,
    Task,
    User,
    utcnow,
)
from models.base import UTCDateTime
from models.database import Database, batch_of
from models.enums import FINAL_BATCH_KINDS, BatchKind

#: Rows that belong to a contact through their ``contact_id`` column.
COMPANY_CHILDREN: tuple[type[Base], ...] = (CompanyTag, Interaction, Task, Order, Deal)
DEAL_CHILDREN: tuple[type[Base], ...] = (DealLine, Interaction, Task)
CONTACT_CHILDREN: tuple[type[Base], ...] = (
    ContactTag,
    Interaction,
    Task,
    Consent,
    Order,
    Deal,
    CampaignMember,
)
#: Conflict reasons.
CHANGED = "changed"  # the field was changed since; it was left as it is
MISSING = "missing"  # the row is gone; its fields could not be put back
EXISTS = "exists"  # the row (or one with the same unique values) exists again

MSG_UNKNOWN_BATCH = QT_TRANSLATE_NOOP("errors", "There is no batch {batch_id} in this database.")
MSG_AMBIGUOUS_BATCH = QT_TRANSLATE_NOOP(
    "errors", "Several batches start with {batch_id}: give more of the batch id."
)
MSG_ALREADY_UNDONE = QT_TRANSLATE_NOOP("errors", "The batch “{label}” was already undone.")
MSG_SYSTEM_BATCH = QT_TRANSLATE_NOOP(
    "errors", "The batch “{label}” was made by Comptoir itself and cannot be undone."
)
MSG_ISSUED_BATCH = QT_TRANSLATE_NOOP(
    "errors",
    "“{label}” issued a numbered document: it is kept as issued and cannot be undone.",
)
MSG_NOTHING_TO_UNDO = QT_TRANSLATE_NOOP(
    "errors",
    "Nothing in the batch “{label}” can be undone: all its changes were changed or removed since.",
)
MSG_UNDO_REFUSED = QT_TRANSLATE_NOOP(
    "errors",
    "The batch “{label}” cannot be undone: the database refused it ({detail}). "
    "Nothing was changed.",
)

_CHUNK = 500
_LABEL_MAX = 500


@dataclass(frozen=True)
class ChangeRecord:
    """One entry of the change log: one write to one row."""

    id: str
    when: datetime
    hlc: str
    user_id: str | None
    user_name: str | None
    device_id: str
    batch_id: str | None
    batch_kind: str | None
    batch_label: str | None
    entity: str
    entity_id: str
    op: str
    #: {field: (old, new)}, as the log holds them (dates as ISO text).
    changes: dict[str, tuple[Any, Any]]


@dataclass(frozen=True)
class BatchRecord:
    """One batch: a user action or a job, with the number of rows it wrote."""

    id: str
    kind: str
    label: str
    when: datetime
    user_id: str | None
    user_name: str | None
    device_id: str
    source: str | None
    entries: int
    undone_at: datetime | None
    undone_by: str | None
    undo_of: str | None

    @property
    def is_undone(self) -> bool:
        return self.undone_at is not None


@dataclass(frozen=True)
class UndoConflict:
    """A part of the batch that was not reverted, because the data changed since.

    ``field`` is None when the whole row is concerned (``reason`` is MISSING or EXISTS).
    """

    entity: str
    entity_id: str
    field: str | None
    reason: str


@dataclass(frozen=True)
class UndoResult:
    batch_id: str
    undo_batch_id: str
    label: str
    #: Log entries of the original batch that were reverted (wholly or in part).
    reverted: int
    #: Entries with nothing left to revert (the row was already as before).
    skipped: int
    conflicts: tuple[UndoConflict, ...]


class NothingToUndoError(UserError):
    """Every change of the batch was changed or removed since; ``conflicts`` says which."""

    def __init__(self, label: str, conflicts: Sequence[UndoConflict]) -> None:
        self.conflicts = tuple(conflicts)
        super().__init__(MSG_NOTHING_TO_UNDO, label=label)


# --- Reading the log ---------------------------------------------------------------------


def list_changes(
    db: Database,
    *,
    contact_id: str | None = None,
    company_id: str | None = None,
    deal_id: str | None = None,
    batch_id: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[ChangeRecord]:
    """Change log entries, newest first.

    With ``contact_id``: the contact's own entries and those of the rows that belong to it
    (tag links, interactions, tasks, consents, orders and their lines, deals and their
    lines, campaign memberships), including rows since removed.
    With ``company_id`` / ``deal_id``: the company's (tag links, interactions, tasks,
    orders, deals) or the deal's (lines, interactions, tasks) likewise.
    With ``batch_id``: the entries of that batch.
    """
    with db.read() as session:
        statement = (
            select(ChangeLogEntry, User.name, Batch.kind, Batch.label)
            .outerjoin(User, User.id == ChangeLogEntry.user_id)
            .outerjoin(Batch, Batch.id == ChangeLogEntry.batch_id)
            .order_by(ChangeLogEntry.hlc.desc(), ChangeLogEntry.id)
            .limit(limit)
            .offset(offset)
        )
        if batch_id is not None:
            statement = statement.where(ChangeLogEntry.batch_id == batch_id)
        if contact_id is not None:
            statement = statement.where(_about_contact(session, contact_id))
        if company_id is not None:
            statement = statement.where(
                _about(session, "companies", company_id, "company_id", COMPANY_CHILDREN)
            )
        if deal_id is not None:
            statement = statement.where(
                _about(session, "deals", deal_id, "deal_id", DEAL_CHILDREN)
            )
        return [
            ChangeRecord(
                id=entry.id,
                when=entry.at,
                hlc=entry.hlc,
                user_id=entry.user_id,
                user_name=user_name,
                device_id=entry.device_id,
                batch_id=entry.batch_id,
                batch_kind=kind,
                batch_label=label,
                entity=entry.entity,
                entity_id=entry.entity_id,
                op=entry.op,
                changes={key: (pair[0], pair[1]) for key, pair in entry.changes.items()},
            )
            for entry, user_name, kind, label in session.execute(statement)
        ]


def _about_contact(session: Session, contact_id: str) -> Any:
    """A condition on ChangeLogEntry: the entry is about the contact or one of its rows."""
    owned: dict[str, set[str]] = {}
    for model in CONTACT_CHILDREN:
        table = model.__table__
        owned[table.name] = set(
            session.scalars(select(table.c.id).where(table.c.contact_id == contact_id))
        )
    # Tag links are deleted, not tombstoned: the removed ones are only in the log.
    links = ChangeLogEntry.changes[("contact_id", 0)].as_string()
    owned["contact_tags"].update(
        session.scalars(
            select(ChangeLogEntry.entity_id).where(
                ChangeLogEntry.entity == "contact_tags",
                ChangeLogEntry.op == "delete",
                links == contact_id,
            )
        )
    )
    # Rows that belong to the contact's orders and deals.
    for line, parent, key in (
        (OrderLine, "orders", OrderLine.order_id),
        (DealLine, "deals", DealLine.deal_id),
    ):
        parents = sorted(owned[parent])
        found: set[str] = set()
        for chunk in _chunks(parents):
            found.update(session.scalars(select(line.id).where(key.in_(chunk))))
        owned[line.__table__.name] = found
    conditions = [and_(ChangeLogEntry.entity == "contacts", ChangeLogEntry.entity_id == contact_id)]
    for table, ids in owned.items():
        if ids:
            conditions.append(
                and_(ChangeLogEntry.entity == table, ChangeLogEntry.entity_id.in_(sorted(ids)))
            )
    return or_(*conditions)


def _about(
    session: Session,
    table_name: str,
    record_id: str,
    key: str,
    children: tuple[type[Base], ...],
) -> Any:
    """A condition on ChangeLogEntry: about the record or a row holding ``key`` = its id
    (now, or when it was deleted: removed rows are only in the log)."""
    conditions = [
        and_(ChangeLogEntry.entity == table_name, ChangeLogEntry.entity_id == record_id)
    ]
    linked = ChangeLogEntry.changes[(key, 0)].as_string()
    for model in children:
        table = model.__table__
        ids = set(session.scalars(select(table.c.id).where(table.c[key] == record_id)))
        ids.update(
            session.scalars(
                select(ChangeLogEntry.entity_id).where(
                    ChangeLogEntry.entity == table.name,
                    ChangeLogEntry.op == "delete",
                    linked == record_id,
                )
            )
        )
        for chunk in _chunks(sorted(ids)):
            conditions.append(
                and_(ChangeLogEntry.entity == table.name, ChangeLogEntry.entity_id.in_(chunk))
            )
    return or_(*conditions)


def list_batches(db: Database, limit: int = 50, offset: int = 0) -> list[BatchRecord]:
    """The batches, newest first, with the number of log entries each one holds."""
    entries = (
        select(func.count(ChangeLogEntry.id))
        .where(ChangeLogEntry.batch_id == Batch.id)
        .correlate(Batch)
        .scalar_subquery()
    )
    latest = (
        select(func.max(ChangeLogEntry.hlc))
        .where(ChangeLogEntry.batch_id == Batch.id)
        .correlate(Batch)
        .scalar_subquery()
    )
    with db.read() as session:
        statement = (
            _batch_query(entries)
            .order_by(Batch.created_at.desc(), latest.desc(), Batch.id)
            .limit(limit)
            .offset(offset)
        )
        return [_batch_record(*row) for row in session.execute(statement)]


def get_batch(db: Database, batch_id: str) -> BatchRecord:
    """The batch with this id, or with an id that starts with it (at least 4 characters).

    Raises NotFoundError for an unknown or ambiguous id.
    """
    wanted = batch_id.strip().lower()
    entries = (
        select(func.count(ChangeLogEntry.id))
        .where(ChangeLogEntry.batch_id == Batch.id)
        .correlate(Batch)
        .scalar_subquery()
    )
    with db.read() as session:
        rows = session.execute(_batch_query(entries).where(Batch.id == wanted)).all()
        if not rows and len(wanted) >= 4:
            escaped = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            rows = session.execute(
                _batch_query(entries).where(Batch.id.like(f"{escaped}%", escape="\\")).limit(2)
            ).all()
    if not rows:
        raise NotFoundError(MSG_UNKNOWN_BATCH, batch_id=batch_id)
    if len(rows) > 1:
        raise NotFoundError(MSG_AMBIGUOUS_BATCH, batch_id=batch_id)
    return _batch_record(*rows[0])


def last_undoable_batch(
    db: Database, user_id: str | None = None, *, include_undos: bool = True
) -> BatchRecord | None:
    """The newest batch that can still be undone, or None.

    System batches (made by Comptoir itself) are never undone; demo data is ("remove the
    demo data"). An undo batch is undoable too (that is "redo"); pass
    ``include_undos=False`` to walk back through the history instead, one batch per call.
    With ``user_id``, only that user's batches are considered.
    """
    entries = (
        select(func.count(ChangeLogEntry.id))
        .where(ChangeLogEntry.batch_id == Batch.id)
        .correlate(Batch)
        .scalar_subquery()
    )
    statement = _batch_query(entries).where(
        Batch.undone_at.is_(None), Batch.kind.not_in(FINAL_BATCH_KINDS)
    )
    if not include_undos:
        statement = statement.where(Batch.kind != BatchKind.UNDO.value)
    if user_id is not None:
        statement = statement.where(Batch.user_id == user_id)
    latest = (
        select(func.max(ChangeLogEntry.hlc))
        .where(ChangeLogEntry.batch_id == Batch.id)
        .correlate(Batch)
        .scalar_subquery()
    )
    with db.read() as session:
        row = session.execute(
            statement.order_by(Batch.created_at.desc(), latest.desc(), Batch.id).limit(1)
        ).first()
    return _batch_record(*row) if row else None


def _batch_query(entries: Any) -> Any:
    return select(Batch, User.name, entries).outerjoin(User, User.id == Batch.user_id)


def _batch_record(batch: Batch, user_name: str | None, entries: int) -> BatchRecord:
    return BatchRecord(
        id=batch.id,
        kind=batch.kind,
        label=batch.label,
        when=batch.created_at,
        user_id=batch.user_id,
        user_name=user_name,
        device_id=batch.device_id,
        source=batch.source,
        entries=entries or 0,
        undone_at=batch.undone_at,
        undone_by=batch.undone_by,
        undo_of=batch.undo_of,
    )


# --- Undo --------------------------------------------------------------------------------


def undo_label(label: str) -> str:
    """The label of the batch that undoes a batch labelled ``label``.

    "X" gives "Undo: X"; undoing "Undo: X" is "Redo: X", and undoing that is "Undo: X".
    """
    if label.startswith("Undo: "):
        text = "Redo: " + label.removeprefix("Undo: ")
    elif label.startswith("Redo: "):
        text = "Undo: " + label.removeprefix("Redo: ")
    else:
        text = "Undo: " + label
    return text if len(text) <= _LABEL_MAX else text[: _LABEL_MAX - 1] + "…"


def undo_batch(db: Database, batch_id: str) -> UndoResult:
    """Revert every change of a batch, in one new batch of kind "undo".

    Raises NotFoundError for an unknown batch, UserError for a batch already undone or made
    by Comptoir itself, NothingToUndoError when nothing of it is left to revert; in every
    one of these cases the database is left as it was.
    """
    with db.read() as session:
        original = session.get(Batch, batch_id)
        if original is None:
            raise NotFoundError(MSG_UNKNOWN_BATCH, batch_id=batch_id)
        label = original.label
    _check_undoable(original)
    new_label = undo_label(label)
    undoer: _Undoer | None = None
    try:
        with db.write(BatchKind.UNDO, new_label) as session:
            # Checked again inside the write transaction: another window may have been quicker.
            original = session.get(Batch, batch_id, populate_existing=True)
            if original is None:
                raise NotFoundError(MSG_UNKNOWN_BATCH, batch_id=batch_id)
            _check_undoable(original)
            context = batch_of(session)
            undoer = _Undoer(session)
            undoer.run(_entries_newest_first(session, batch_id))
            session.flush()
            if context.entries == 0:
                raise NothingToUndoError(label, undoer.conflicts)
            now = utcnow()
            original.undone_at = now
            original.undone_by = context.batch_id
            undo = session.get(Batch, context.batch_id)
            assert undo is not None
            undo.undo_of = original.id
            new_batch_id = context.batch_id
    except IntegrityError as error:
        detail = str(error.orig).splitlines()[0] if error.orig else type(error).__name__
        raise UserError(MSG_UNDO_REFUSED, label=label, detail=detail) from error
    return UndoResult(
        batch_id=batch_id,
        undo_batch_id=new_batch_id,
        label=new_label,
        reverted=undoer.reverted,
        skipped=undoer.skipped,
        conflicts=tuple(undoer.conflicts),
    )


def _check_undoable(batch: Batch) -> None:
    if batch.undone_at is not None:
        raise UserError(MSG_ALREADY_UNDONE, label=batch.label)
    if batch.kind == BatchKind.SYSTEM:
        raise UserError(MSG_SYSTEM_BATCH, label=batch.label)
    if batch.kind == BatchKind.ISSUE:
        raise UserError(MSG_ISSUED_BATCH, label=batch.label)


@dataclass(frozen=True)
class _Entry:
    entity: str
    entity_id: str
    op: str
    changes: dict[str, list[Any]]


def _entries_newest_first(session: Session, batch_id: str) -> Iterator[_Entry]:
    statement = (
        select(
            ChangeLogEntry.entity,
            ChangeLogEntry.entity_id,
            ChangeLogEntry.op,
            ChangeLogEntry.changes,
        )
        .where(ChangeLogEntry.batch_id == batch_id)
        .order_by(ChangeLogEntry.hlc.desc(), ChangeLogEntry.id.desc())
    )
    for entity, entity_id, op, changes in session.execute(statement).all():
        yield _Entry(entity, entity_id, op, changes)


def _mappers() -> dict[str, Mapper[Any]]:
    return {
        mapper.local_table.name: mapper
        for mapper in Base.registry.mappers
        if mapper.local_table is not None
    }


class _Undoer:
    """Reverts log entries in the session, collecting what could not be reverted."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.mappers = _mappers()
        self.reverted = 0
        self.skipped = 0
        self.conflicts: list[UndoConflict] = []
        self._rows: dict[tuple[str, str], Any] = {}

    def run(self, entries: Iterable[_Entry]) -> None:
        """Revert in runs of the same operation, flushing between runs so that the order
        of deletes and inserts is kept (SQLAlchemy orders one flush by table, not by time).
        """
        run: list[_Entry] = []
        for entry in entries:
            if run and (entry.op != run[0].op or len(run) >= _CHUNK):
                self._run(run)
                run = []
            run.append(entry)
        if run:
            self._run(run)

    def _run(self, entries: list[_Entry]) -> None:
        self._prefetch(entries)
        for entry in entries:
            if entry.entity not in self.mappers:
                raise RuntimeError(f"the change log names an unknown table: {entry.entity}")
            if entry.op == "insert":
                self._undo_insert(entry)
            elif entry.op == "update":
                self._undo_update(entry)
            elif entry.op == "delete":
                self._undo_delete(entry)
            else:
                raise RuntimeError(f"unknown change log operation: {entry.op}")
        self.session.flush()
        self._rows.clear()

    def _prefetch(self, entries: list[_Entry]) -> None:
        """Load the rows of these entries in a few queries (instead of one per entry)."""
        wanted: dict[str, set[str]] = {}
        for entry in entries:
            wanted.setdefault(entry.entity, set()).add(entry.entity_id)
        for table, ids in wanted.items():
            mapper = self.mappers.get(table)
            if mapper is None or len(mapper.primary_key) != 1:
                continue
            key = mapper.primary_key[0]
            attribute = mapper.get_property_by_column(key).key
            for chunk in _chunks(sorted(ids)):
                for obj in self.session.scalars(select(mapper.class_).where(key.in_(chunk))):
                    self._rows[(table, str(getattr(obj, attribute)))] = obj

    def _get(self, entry: _Entry) -> Any:
        found = self._rows.get((entry.entity, entry.entity_id))
        if found is not None:
            return found
        mapper = self.mappers[entry.entity]
        identity = entry.entity_id.split(":") if len(mapper.primary_key) > 1 else entry.entity_id
        return self.session.get(mapper.class_, identity)

    def _conflict(self, entry: _Entry, field: str | None, reason: str) -> None:
        self.conflicts.append(UndoConflict(entry.entity, entry.entity_id, field, reason))

    def _undo_insert(self, entry: _Entry) -> None:
        obj = self._get(entry)
        if obj is None:
            self.skipped += 1  # removed since: nothing left to remove
            return
        mapper = self.mappers[entry.entity]
        if "deleted_at" in mapper.column_attrs:
            if obj.deleted_at is not None:
                self.skipped += 1
                return
            obj.deleted_at = utcnow()
        else:
            self.session.delete(obj)
        self.reverted += 1

    def _undo_update(self, entry: _Entry) -> None:
        obj = self._get(entry)
        if obj is None:
            self._conflict(entry, None, MISSING)
            return
        mapper = self.mappers[entry.entity]
        changed = False
        for field, (old_text, new_text) in entry.changes.items():
            if field not in mapper.column_attrs:
                continue
            column = mapper.column_attrs[field].columns[0]
            old, new = _python(column, old_text), _python(column, new_text)
            current = getattr(obj, field)
            if _same(current, new):
                setattr(obj, field, old)
                changed = True
            elif not _same(current, old):
                self._conflict(entry, field, CHANGED)
        if changed:
            self.reverted += 1
        else:
            self.skipped += 1

    def _undo_delete(self, entry: _Entry) -> None:
        if self._get(entry) is not None:
            self._conflict(entry, None, EXISTS)
            return
        mapper = self.mappers[entry.entity]
        values: dict[str, Any] = {}
        for field, (old_text, _new) in entry.changes.items():
            if field in mapper.column_attrs:
                values[field] = _python(mapper.column_attrs[field].columns[0], old_text)
        taken = self._unique_taken(mapper, values)
        if taken:
            self._conflict(entry, taken, EXISTS)
            return
        obj = mapper.class_(**values)
        self.session.add(obj)
        # One row at a time: the log holds children before parents, so in reverse the parents
        # come first, and the unit of work cannot reorder tables it sees no relationship
        # between (it would insert an interaction before its contact).
        self.session.flush()
        self._rows[(entry.entity, entry.entity_id)] = obj
        self.reverted += 1

    def _unique_taken(self, mapper: Mapper[Any], values: dict[str, Any]) -> str | None:
        """The unique fields another row now holds with these values, if any."""
        for constraint in mapper.local_table.constraints:
            if not isinstance(constraint, UniqueConstraint):
                continue
            keys = [mapper.get_property_by_column(column).key for column in constraint.columns]
            if any(values.get(key) is None for key in keys):
                continue
            condition = and_(
                *(
                    column == values[key]
                    for column, key in zip(constraint.columns, keys, strict=True)
                )
            )
            if self.session.scalar(
                select(func.count()).select_from(mapper.local_table).where(condition)
            ):
                return ",".join(keys)
        return None


def _python(column: Column[Any], value: Any) -> Any:
    """A value read from the log (JSON) as the column's Python type."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime | DateTime) and isinstance(value, str):
        moment = datetime.fromisoformat(value)
        if isinstance(kind, UTCDateTime) and moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment
    if isinstance(kind, Date) and isinstance(value, str):
        return date.fromisoformat(value)
    if isinstance(kind, Time) and isinstance(value, str):
        return time.fromisoformat(value)
    if isinstance(kind, Numeric) and not isinstance(kind, Float) and isinstance(value, str):
        return Decimal(value)
    return value


def _same(current: Any, logged: Any) -> bool:
    # Aware datetimes compare by instant, whatever their offsets; aware never equals naive.
    return bool(current == logged)


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


__all__ = [
    "BatchRecord",
    "ChangeRecord",
    "NothingToUndoError",
    "UndoConflict",
    "UndoResult",
    "get_batch",
    "last_undoable_batch",
    "list_batches",
    "list_changes",
    "undo_batch",
    "undo_label",
]
