"""What happens with customers: interactions on every channel, and tasks."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Entity
from models.enums import TaskPriority


class Interaction(Entity, Base):
    """One contact with a customer: a call, an e-mail, a meeting, a visit, a note…"""

    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_contact_time", "contact_id", "occurred_at"),
        Index("ix_interactions_company_time", "company_id", "occurred_at"),
        # The Activity view: newest first, by channel or by user.
        Index("ix_interactions_time", "occurred_at"),
        Index("ix_interactions_channel_time", "channel", "occurred_at"),
        Index("ix_interactions_user_time", "user_id", "occurred_at"),
    )

    channel: Mapped[str] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(3), default="out")
    occurred_at: Mapped[datetime]
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(300))
    duration_minutes: Mapped[int | None]
    #: Satisfaction given by the customer, on ``satisfaction_scale`` (5 or 10; 0–10 feeds NPS).
    satisfaction_score: Mapped[int | None]
    satisfaction_scale: Mapped[int | None]
    is_complaint: Mapped[bool] = mapped_column(default=False)
    complaint_status: Mapped[str | None] = mapped_column(String(20))
    resolved_at: Mapped[datetime | None]
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"))
    company_id: Mapped[str | None] = mapped_column(ForeignKey("companies.id"))
    deal_id: Mapped[str | None] = mapped_column(ForeignKey("deals.id"), index=True)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))


class Task(Entity, Base):
    __tablename__ = "tasks"

    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    due_at: Mapped[datetime | None] = mapped_column(index=True)
    priority: Mapped[str] = mapped_column(String(10), default=TaskPriority.NORMAL)
    done_at: Mapped[datetime | None]
    reminder_at: Mapped[datetime | None]
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    company_id: Mapped[str | None] = mapped_column(ForeignKey("companies.id"), index=True)
    deal_id: Mapped[str | None] = mapped_column(ForeignKey("deals.id"), index=True)
    interaction_id: Mapped[str | None] = mapped_column(ForeignKey("interactions.id"))
