"""Interactions: logging a call, an e-mail, a meeting, a visit or a note; timelines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, select, union

from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.validation import clean_text
from models import Contact, Deal, Interaction, User, utcnow
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
    resolved_at: datetime | None = None
    contact_id: str | None = None
    contact_name: str = ""
    company_id: str | None = None
    deal_id: str | None = None
    deal_title: str = ""


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


def timeline(
    db: Database,
    contact_id: str | None = None,
    *,
    company_id: str | None = None,
    deal_id: str | None = None,
    limit: int = 500,
) -> list[TimelineEntry]:
    """Interactions newest first: a contact's, a deal's, or a company's.

    A company's timeline combines the interactions logged on the company and those of
    the people who work there.
    """
    if (contact_id, company_id, deal_id).count(None) != 2:
        raise ValueError("give exactly one of contact_id, company_id, deal_id")
    live = Interaction.deleted_at.is_(None)
    newest = Interaction.occurred_at.desc()
    wanted: Select[tuple[str]]
    if contact_id is not None:
        wanted = (
            select(Interaction.id)
            .where(Interaction.contact_id == contact_id, live)
            .order_by(newest)
            .limit(limit)
        )
    elif deal_id is not None:
        wanted = (
            select(Interaction.id)
            .where(Interaction.deal_id == deal_id, live)
            .order_by(newest)
            .limit(limit)
        )
    else:
        # Two indexed range scans (company, people of the company), each newest first.
        on_company = (
            select(Interaction.id, Interaction.occurred_at)
            .where(Interaction.company_id == company_id, live)
            .order_by(newest)
            .limit(limit)
        )
        people = select(Contact.id).where(Contact.company_id == company_id)
        of_people = (
            select(Interaction.id, Interaction.occurred_at)
            .where(Interaction.contact_id.in_(people), live)
            .order_by(newest)
            .limit(limit)
        )
        both = union(on_company.subquery().select(), of_people.subquery().select()).subquery()
        wanted = select(both.c.id).order_by(both.c.occurred_at.desc()).limit(limit)
    with db.read() as session:
        ids = list(session.scalars(wanted))
        records = session.execute(
            select(
                Interaction,
                User.name,
                Contact.first_name,
                Contact.last_name,
                Deal.title,
            )
            .outerjoin(User, User.id == Interaction.user_id)
            .outerjoin(Contact, Contact.id == Interaction.contact_id)
            .outerjoin(Deal, Deal.id == Interaction.deal_id)
            .where(Interaction.id.in_(ids))
            .order_by(Interaction.occurred_at.desc(), Interaction.id)
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
                resolved_at=i.resolved_at,
                contact_id=i.contact_id,
                contact_name=f"{first or ''} {last or ''}".strip(),
                company_id=i.company_id,
                deal_id=i.deal_id,
                deal_title=title or "",
            )
            for i, user, first, last, title in records
        ]
