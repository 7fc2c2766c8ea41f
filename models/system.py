"""Settings, batches and the append-only change log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdColumn, new_id, utcnow


class Setting(Base):
    """Shop-wide settings (company profile, defaults). Per-machine ones live in the UI."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Batch(Base):
    """A group of writes made by one user action or job: an edit, an import, a merge…

    Undo works on whole batches. Import batches also record their source and counts.
    """

    __tablename__ = "batches"
    __logged__ = False

    id: Mapped[str] = mapped_column(IdColumn, primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(500), default="")
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    source: Mapped[str | None] = mapped_column(String(1000))
    stats: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Set when the batch was undone, with the batch that undid it.
    undone_at: Mapped[datetime | None]
    undone_by: Mapped[str | None] = mapped_column(IdColumn)
    #: For an undo batch: the batch it reverted.
    undo_of: Mapped[str | None] = mapped_column(IdColumn)


class ChangeLogEntry(Base):
    """One write to one row: the fields with their old and new values.

    Append-only. ``hlc`` (hybrid logical clock) orders entries across devices.
    """

    __tablename__ = "change_log"
    __logged__ = False
    __table_args__ = (
        Index("ix_change_log_entity", "entity", "entity_id"),
        Index("ix_change_log_batch", "batch_id"),
    )

    id: Mapped[str] = mapped_column(IdColumn, primary_key=True, default=new_id)
    hlc: Mapped[str] = mapped_column(String(40), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(100))
    #: "insert", "update" or "delete".
    op: Mapped[str] = mapped_column(String(10))
    #: {field: [old, new]} as JSON-ready values.
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    user_id: Mapped[str | None] = mapped_column(IdColumn)
    device_id: Mapped[str] = mapped_column(String(36))
    batch_id: Mapped[str | None] = mapped_column(IdColumn)
