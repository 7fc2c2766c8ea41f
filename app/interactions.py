"""Interactions: logging a call, an e-mail, a meeting, a visit or a note; timelines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.validation import clean_text
from models import Contact, Interaction, User, utcnow
from models.database import Database
from models.enums import BatchKind, Channel, Direction

MSG_SUBJECT = QT_TRANSLATE_NOOP("errors", "Say in a few words what it was about.")
MSG_SCORE = QT_TRANSLATE_NOOP("errors", "The satisfaction score goes from 0 to 10.")
MSG_FUTURE = QT_TRANSLATE_NOOP("errors", "An interaction cannot be in the future.")


@dataclass
class InteractionInput:
    contact_id: str | None
    channel: str = Channel.PHONE.value
    direction: str = Direction.OUTBOUND.value
    subject: str = ""
    body: str = ""
    outcome: str = ""
    occurred_at: datetime | None = None
    satisfaction_score: int | None = None
    is_complaint: bool = False
    company_id: str | None = None
    deal_id: str | None = None


@dataclass(frozen=True)
class TimelineEntry:
    id: str
    occurred_at: datetime
    channel: str
    direction: str
    subject: str
    body: str
    outcome: str
    satisfaction_score: int | None
    is_complaint: bool
    complaint_status: str | None
    user: str


def log_interaction(db: Database, data: InteractionInput) -> str:
    errors: dict[str, str] = {}
    subject = clean_text(data.subject)[:300]
    if not subject and not (data.body or "").strip():
        errors["subject"] = MSG_SUBJECT
    if data.satisfaction_score is not None and not 0 <= data.satisfaction_score <= 10:
        errors["satisfaction_score"] = MSG_SCORE
    occurred_at = data.occurred_at or utcnow()
    if occurred_at > utcnow() + timedelta(minutes=5):
        errors["occurred_at"] = MSG_FUTURE
    if data.channel not in {c.value for c in Channel}:
        raise ValueError(f"unknown channel {data.channel!r}")
    if errors:
        raise ValidationError(errors)
    label = f"Log {data.channel}: {subject}" if subject else f"Log {data.channel}"
    with db.write(BatchKind.CREATE, label) as session:
        company_id = data.company_id
        if data.contact_id and company_id is None:
            company_id = session.scalar(
                select(Contact.company_id).where(Contact.id == data.contact_id)
            )
        interaction = Interaction(
            channel=data.channel,
            direction=data.direction,
            occurred_at=occurred_at,
            subject=subject,
            body=(data.body or "").strip() or None,
            outcome=clean_text(data.outcome) or None,
            satisfaction_score=data.satisfaction_score,
            satisfaction_scale=10 if data.satisfaction_score is not None else None,
            is_complaint=data.is_complaint,
            complaint_status="open" if data.is_complaint else None,
            contact_id=data.contact_id,
            company_id=company_id,
            deal_id=data.deal_id,
            user_id=db.user_id,
        )
        session.add(interaction)
        session.flush()
        return interaction.id


def timeline(db: Database, contact_id: str, limit: int = 500) -> list[TimelineEntry]:
    """A contact's interactions, newest first."""
    with db.read() as session:
        records = session.execute(
            select(Interaction, User.name)
            .outerjoin(User, User.id == Interaction.user_id)
            .where(Interaction.contact_id == contact_id, Interaction.deleted_at.is_(None))
            .order_by(Interaction.occurred_at.desc())
            .limit(limit)
        ).all()
        return [
            TimelineEntry(
                id=i.id,
                occurred_at=i.occurred_at,
                channel=i.channel,
                direction=i.direction,
                subject=i.subject,
                body=i.body or "",
                outcome=i.outcome or "",
                satisfaction_score=i.satisfaction_score,
                is_complaint=i.is_complaint,
                complaint_status=i.complaint_status,
                user=user or "",
            )
            for i, user in records
        ]
