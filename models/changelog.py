"""The append-only change log, written through SQLAlchemy session events.

Every flush inside a write batch records one entry per row written, in the same
transaction: the entity, its id, the fields with their old and new values, the user, the
device, a hybrid-logical-clock time and the batch. This one log is the audit trail, the
undo of a whole batch, and the outbox that devices will sync from.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Mapper, Session, UOWTransaction

from models.base import Base, new_id, utcnow
from models.system import ChangeLogEntry

#: Columns that are derived or bookkeeping: never logged, never undone.
UNLOGGED_COLUMNS = frozenset({"updated_at", "sort_name"})


class HybridLogicalClock:
    """Hybrid logical clock (Kulkarni et al., 2014): wall-clock milliseconds plus a counter.

    Values are fixed-width strings, so sorting them as text orders events, even when
    a device's clock goes back or two devices write in the same millisecond.
    """

    def __init__(self, device_id: str, last: str | None = None) -> None:
        self.device_id = device_id
        self._lock = threading.Lock()
        self._millis = 0
        self._counter = 0
        if last:
            self.observe(last)

    def now(self) -> str:
        with self._lock:
            physical = time.time_ns() // 1_000_000
            if physical > self._millis:
                self._millis, self._counter = physical, 0
            else:
                self._counter += 1
            return self._format()

    def observe(self, remote: str) -> None:
        """Move past a time seen elsewhere (the last local entry, or a remote one)."""
        millis_text, counter_text, _ = remote.split("-", 2)
        millis, counter = int(millis_text), int(counter_text)
        with self._lock:
            if (millis, counter) > (self._millis, self._counter):
                self._millis, self._counter = millis, counter

    def _format(self) -> str:
        return f"{self._millis:015d}-{self._counter:06d}-{self.device_id[:8]}"


@dataclass
class WriteContext:
    """What the change log needs to know about the write under way."""

    batch_id: str
    user_id: str | None
    device_id: str
    clock: HybridLogicalClock
    entries: int = 0
    touched: set[tuple[str, str]] = field(default_factory=set)


def jsonable(value: Any) -> Any:
    """A column value as JSON can hold it (dates as ISO text)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, set | tuple):
        return list(value)
    return value


def _column_keys(obj: Base) -> list[str]:
    return [
        attr.key for attr in inspect(type(obj)).column_attrs if attr.key not in UNLOGGED_COLUMNS
    ]


def _entity_id(obj: Base) -> str:
    key = inspect(type(obj)).primary_key_from_instance(obj)
    return ":".join(str(part) for part in key)


def _row_changes(obj: Base, op: str) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for key in _column_keys(obj):
        if op == "insert":
            value = state.dict.get(key)
            if value is not None:
                changes[key] = [None, jsonable(value)]
        elif op == "delete":
            changes[key] = [jsonable(state.dict.get(key)), None]
        else:
            history = state.attrs[key].history
            if not history.added and not history.deleted:
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[key] = [jsonable(old), jsonable(new)]
    return changes


def _keep_old_values(mapper: Mapper[Any], cls: type) -> None:
    """Load a column's old value when it is set unloaded, so the log never records a guess."""
    if not getattr(cls, "__logged__", False):
        return
    for attr in mapper.column_attrs:
        if attr.key not in UNLOGGED_COLUMNS:
            event.listen(getattr(cls, attr.key), "set", _noop, active_history=True)


def _noop(target: Any, value: Any, oldvalue: Any, initiator: Any) -> None:
    return None


event.listen(Mapper, "mapper_configured", _keep_old_values)


def _table_order() -> dict[str, int]:
    return {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}


def record_changes(session: Session, flush_context: UOWTransaction) -> None:
    """``after_flush`` hook: append the flushed rows to the change log."""
    context: WriteContext | None = session.info.get("write")
    pending = [
        *(("insert", o) for o in session.new),
        *(("update", o) for o in session.dirty if session.is_modified(o)),
        *(("delete", o) for o in session.deleted),
    ]
    pending = [(op, o) for op, o in pending if getattr(type(o), "__logged__", False)]
    if not pending:
        return
    if context is None:
        raise RuntimeError("a write outside a batch: use Database.write()")
    order = _table_order()
    pending.sort(
        key=lambda item: (
            {"insert": 0, "update": 1, "delete": 2}[item[0]],
            order[item[1].__table__.name] * (-1 if item[0] == "delete" else 1),
        )
    )
    at = utcnow()
    rows = []
    for op, obj in pending:
        changes = _row_changes(obj, op)
        if op == "update" and not changes:
            continue
        entity_id = _entity_id(obj)
        rows.append(
            {
                "id": new_id(),
                "hlc": context.clock.now(),
                "at": at,
                "entity": obj.__table__.name,
                "entity_id": entity_id,
                "op": op,
                "changes": changes,
                "user_id": context.user_id,
                "device_id": context.device_id,
                "batch_id": context.batch_id,
            }
        )
        context.touched.add((obj.__table__.name, entity_id))
    if rows:
        session.connection().execute(insert(ChangeLogEntry), rows)
        context.entries += len(rows)
