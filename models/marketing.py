"""Saved segments and campaigns."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Entity
from models.enums import CampaignMemberStatus


class Segment(Entity, Base):
    """A named list of contacts: a saved filter (dynamic) or a fixed list (static)."""

    __tablename__ = "segments"

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(10), default="dynamic")
    definition: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Campaign(Entity, Base):
    __tablename__ = "campaigns"

    name: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str | None] = mapped_column(String(20))
    objective: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    budget_cents: Mapped[int | None]
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    segment_id: Mapped[str | None] = mapped_column(ForeignKey("segments.id"))


class CampaignMember(Entity, Base):
    __tablename__ = "campaign_members"
    __table_args__ = (UniqueConstraint("campaign_id", "contact_id"),)

    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaigns.id"), index=True)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default=CampaignMemberStatus.TARGETED)
    responded_at: Mapped[datetime | None]
