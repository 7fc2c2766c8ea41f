"""Interactions on every channel: logging, editing, complaints, timelines.

An interaction is one contact with a customer — a call, an e-mail, a meeting, a visit to
the shop, a letter, a text message, a web form, a social network message, or a note —
linked to a contact, a company and/or a deal (at least one). The company is filled from
the contact, and the contact and company from the deal, when they are not given.

A complaint is an interaction with a status (open / resolved) and a resolution date; the
way it was resolved is written in the interaction's ``outcome``.

Every write is one batch of the change log: logging an interaction and the follow-up task
it asks for ("call back in 3 days") are stored, and undone, together.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, select, union
from sqlalchemy.orm import Session

from app.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from app.validation import clean_text
from models import Company, Contact, Deal, Interaction, User, utcnow
from models.database import Database
from models.enums import BatchKind, Channel, ComplaintStatus, Direction

MSG_SUBJECT = QT_TRANSLATE_NOOP("errors", "Say in a few words what it was about.")
MSG_SCORE = QT_TRANSLATE_NOOP("errors", "The satisfaction score goes from 0 to 10.")
MSG_SCORE_5 = QT_TRANSLATE_NOOP("errors", "A satisfaction score out of 5 goes from 1 to 5.")
MSG_SCALE = QT_TRANSLATE_NOOP("errors", "Satisfaction is given out of 5 or out of 10.")
MSG_FUTURE = QT_TRANSLATE_NOOP("errors", "An interaction cannot be in the future.")
MSG_LINK = QT_TRANSLATE_NOOP("errors", "Choose the contact, the company or the deal it concerns.")
MSG_NO_CONTACT = QT_TRANSLATE_NOOP("errors", "This contact does not exist or was deleted.")
MSG_NO_COMPANY = QT_TRANSLATE_NOOP("errors", "This company does not exist or was deleted.")
MSG_NO_DEAL = QT_TRANSLATE_NOOP("errors", "This deal does not exist or was deleted.")
MSG_DURATION = QT_TRANSLATE_NOOP("errors", "A duration goes from 0 to 24 hours.")
MSG_STATUS = QT_TRANSLATE_NOOP("errors", "A complaint is open or resolved.")
MSG_RESOLVED_FUTURE = QT_TRANSLATE_NOOP("errors", "A complaint cannot be resolved in the future.")
MSG_RESOLVED_BEFORE = QT_TRANSLATE_NOOP(
    "errors", "A complaint cannot be resolved before it was made."
)
MSG_FOLLOW_UP = QT_TRANSLATE_NOOP("errors", "Call back in 0 to 365 days.")
MSG_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This interaction does not exist or was deleted.")
MSG_NOT_COMPLAINT = QT_TRANSLATE_NOOP("errors", "This interaction is not a complaint.")

#: The satisfaction scales: stars out of 5 (CSAT) or a score out of 10 (feeds the NPS).
SCALES = (5, 10)
#: The lowest score on each scale.
SCALE_MIN = {5: 1, 10: 0}
MAX_DURATION_MINUTES = 24 * 60
MAX_FOLLOW_UP_DAYS = 365
#: A little tolerance for clocks that differ between the shop PC and a laptop.
CLOCK_SLACK = timedelta(minutes=5)
SUBJECT_MAX = 300
OUTCOME_MAX = 300

#: The channels, as batch labels name them ("Log call: …").
CHANNEL_NOUNS = {
    Channel.PHONE.value: "call",
    Channel.EMAIL.value: "e-mail",
    Channel.MEETING.value: "meeting",
    Channel.VISIT.value: "visit",
    Channel.LETTER.value: "letter",
    Channel.SMS.value: "SMS",
    Channel.WEB.value: "web contact",
    Channel.SOCIAL.value: "social media message",
    Channel.NOTE.value: "note",
}
#: Channels that take a duration (the others are instantaneous).
TIMED_CHANNELS = frozenset({Channel.PHONE.value, Channel.MEETING.value, Channel.VISIT.value})


@dataclass
class InteractionInput:
    """What the interaction form holds (and what ``load_input`` gives back)."""

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
    duration_minutes: int | None = None
    #: 5 (stars) or 10 (0–10, the NPS question); used only with a score.
    satisfaction_scale: int = 10
    #: "open" or "resolved" for a complaint (None: open).
    complaint_status: str | None = None
    #: When the complaint was resolved (None: now, when resolved).
    resolved_at: datetime | None = None
    #: Create a task "call back" due in this many days, in the same batch.
    follow_up_days: int | None = None
    follow_up_title: str = ""


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
    satisfaction_scale: int | None = None
    duration_minutes: int | None = None
    company_name: str = ""

    @property
    def is_open_complaint(self) -> bool:
        return self.is_complaint and self.complaint_status != ComplaintStatus.RESOLVED.value


@dataclass(frozen=True)
class _Clean:
    """Validated values of an ``InteractionInput``."""

    subject: str
    body: str | None
    outcome: str | None
    occurred_at: datetime
    duration_minutes: int | None
    satisfaction_score: int | None
    satisfaction_scale: int | None
    complaint_status: str | None
    resolved_at: datetime | None


# -- validation --------------------------------------------------------------------------


def validate(data: InteractionInput) -> dict[str, str]:
    """Field -> message template, for every value that is not acceptable."""
    return _clean(data)[1]


def _clean(data: InteractionInput, now: datetime | None = None) -> tuple[_Clean, dict[str, str]]:
    if data.channel not in {c.value for c in Channel}:
        raise ValueError(f"unknown channel {data.channel!r}")
    if data.direction not in {d.value for d in Direction}:
        raise ValueError(f"unknown direction {data.direction!r}")
    now = now or utcnow()
    errors: dict[str, str] = {}
    subject = clean_text(data.subject)[:SUBJECT_MAX]
    body = (data.body or "").strip() or None
    if not subject and not body:
        errors["subject"] = MSG_SUBJECT
    if not (data.contact_id or data.company_id or data.deal_id):
        errors["contact_id"] = MSG_LINK
    occurred_at = data.occurred_at or now
    if occurred_at.tzinfo is None:
        raise ValueError("occurred_at must be timezone-aware")
    if occurred_at > now + CLOCK_SLACK:
        errors["occurred_at"] = MSG_FUTURE
    duration = data.duration_minutes
    if duration is not None and not 0 <= duration <= MAX_DURATION_MINUTES:
        errors["duration_minutes"] = MSG_DURATION
    score = data.satisfaction_score
    scale: int | None = None
    if score is not None:
        scale = data.satisfaction_scale
        if scale not in SCALES:
            errors["satisfaction_score"] = MSG_SCALE
        elif not SCALE_MIN[scale] <= score <= scale:
            errors["satisfaction_score"] = MSG_SCORE if scale == 10 else MSG_SCORE_5
    status: str | None = None
    resolved_at: datetime | None = None
    if data.is_complaint:
        status = data.complaint_status or ComplaintStatus.OPEN.value
        if status not in {s.value for s in ComplaintStatus}:
            errors["complaint_status"] = MSG_STATUS
        elif status == ComplaintStatus.RESOLVED.value:
            resolved_at = data.resolved_at or max(now, occurred_at)
            if resolved_at > now + CLOCK_SLACK:
                errors["resolved_at"] = MSG_RESOLVED_FUTURE
            elif resolved_at < occurred_at - CLOCK_SLACK:
                errors["resolved_at"] = MSG_RESOLVED_BEFORE
    if data.follow_up_days is not None and not 0 <= data.follow_up_days <= MAX_FOLLOW_UP_DAYS:
        errors["follow_up_days"] = MSG_FOLLOW_UP
    clean = _Clean(
        subject=subject,
        body=body,
        outcome=clean_text(data.outcome)[:OUTCOME_MAX] or None,
        occurred_at=occurred_at,
        duration_minutes=duration,
        satisfaction_score=score,
        satisfaction_scale=scale,
        complaint_status=status,
        resolved_at=resolved_at,
    )
    return clean, errors


def _links(
    session: Session, data: InteractionInput, kept: Iterable[str | None] = ()
) -> tuple[str | None, str | None, str | None]:
    """The contact, company and deal of an interaction: checked, and filled in.

    The deal gives its contact and its company where they are not given; then the
    contact gives its company. A deleted record is refused, unless it is ``kept`` (the
    links an edited interaction already had).
    """
    allowed = {record_id for record_id in kept if record_id}
    errors: dict[str, str] = {}
    contact_id, company_id, deal_id = data.contact_id, data.company_id, data.deal_id
    if deal_id:
        deal = session.get(Deal, deal_id)
        if deal is None or (deal.deleted_at is not None and deal_id not in allowed):
            errors["deal_id"] = MSG_NO_DEAL
        else:
            contact_id = contact_id or _live(session, Contact, deal.contact_id)
            company_id = company_id or _live(session, Company, deal.company_id)
    if data.contact_id:
        contact = session.get(Contact, data.contact_id)
        if contact is None or (contact.deleted_at is not None and contact.id not in allowed):
            errors["contact_id"] = MSG_NO_CONTACT
    if contact_id and company_id is None:
        company_id = _live(
            session,
            Company,
            session.scalar(select(Contact.company_id).where(Contact.id == contact_id)),
        )
    if data.company_id:
        company = session.get(Company, data.company_id)
        if company is None or (company.deleted_at is not None and company.id not in allowed):
            errors["company_id"] = MSG_NO_COMPANY
    if errors:
        raise ValidationError(errors)
    return contact_id, company_id, deal_id


def default_links(
    db: Database, contact_id: str | None = None, deal_id: str | None = None
) -> tuple[str | None, str | None]:
    """The contact and company an interaction would get from its deal and its contact.

    What ``log_interaction`` fills in when they are not given, for a form to show it.
    """
    with db.read() as session:
        company_id: str | None = None
        if deal_id:
            deal = session.get(Deal, deal_id)
            if deal is not None and deal.deleted_at is None:
                contact_id = contact_id or _live(session, Contact, deal.contact_id)
                company_id = _live(session, Company, deal.company_id)
        if contact_id and company_id is None:
            company_id = _live(
                session,
                Company,
                session.scalar(select(Contact.company_id).where(Contact.id == contact_id)),
            )
        return contact_id, company_id


def _live(
    session: Session, kind: type[Contact] | type[Company], record_id: str | None
) -> str | None:
    """``record_id`` if that record exists and is not deleted."""
    if record_id is None:
        return None
    record = session.get(kind, record_id)
    return record_id if record is not None and record.deleted_at is None else None


def _label(verb: str, channel: str, subject: str) -> str:
    noun = CHANNEL_NOUNS.get(channel, channel)
    text = f"{verb} {noun}"
    return f"{text}: {subject}" if subject else text


def _subject_of(interaction: Interaction) -> str:
    return interaction.subject or (interaction.body or "").split("\n", 1)[0][:80]


def _get(session: Session, interaction_id: str, *, deleted: bool = False) -> Interaction:
    interaction = session.get(Interaction, interaction_id)
    if interaction is None or (interaction.deleted_at is not None) != deleted:
        raise NotFoundError(MSG_NOT_FOUND)
    return interaction


# -- writing -----------------------------------------------------------------------------


def add_interaction(session: Session, data: InteractionInput, user_id: str | None) -> str:
    """Store an interaction (and its follow-up task) inside a caller's write batch.

    Raises ``ValidationError`` (the caller's batch is then rolled back).
    """
    clean, errors = _clean(data)
    if errors:
        raise ValidationError(errors)
    contact_id, company_id, deal_id = _links(session, data)
    interaction = Interaction(
        channel=data.channel,
        direction=_direction(data),
        occurred_at=clean.occurred_at,
        subject=clean.subject,
        body=clean.body,
        outcome=clean.outcome,
        duration_minutes=clean.duration_minutes,
        satisfaction_score=clean.satisfaction_score,
        satisfaction_scale=clean.satisfaction_scale,
        is_complaint=data.is_complaint,
        complaint_status=clean.complaint_status,
        resolved_at=clean.resolved_at,
        contact_id=contact_id,
        company_id=company_id,
        deal_id=deal_id,
        user_id=user_id,
    )
    session.add(interaction)
    session.flush()
    if data.follow_up_days is not None:
        _add_follow_up(session, interaction, data, user_id)
    return interaction.id


def log_interaction(db: Database, data: InteractionInput) -> str:
    """Store a new interaction (and the follow-up task it asks for) in one batch."""
    clean, errors = _clean(data)
    if errors:
        raise ValidationError(errors)
    with db.write(BatchKind.CREATE, _label("Log", data.channel, clean.subject)) as session:
        return add_interaction(session, data, db.user_id)


def update_interaction(db: Database, interaction_id: str, data: InteractionInput) -> None:
    """Change an interaction (a follow-up asked for is created in the same batch)."""
    clean, errors = _clean(data)
    if errors:
        raise ValidationError(errors)
    label = f"Edit interaction {clean.subject}".strip()
    with db.write(BatchKind.EDIT, label) as session:
        interaction = _get(session, interaction_id)
        kept = (interaction.contact_id, interaction.company_id, interaction.deal_id)
        contact_id, company_id, deal_id = _links(session, data, kept)
        values = {
            "channel": data.channel,
            "direction": _direction(data),
            "occurred_at": clean.occurred_at,
            "subject": clean.subject,
            "body": clean.body,
            "outcome": clean.outcome,
            "duration_minutes": clean.duration_minutes,
            "satisfaction_score": clean.satisfaction_score,
            "satisfaction_scale": clean.satisfaction_scale,
            "is_complaint": data.is_complaint,
            "complaint_status": clean.complaint_status,
            "resolved_at": clean.resolved_at,
            "contact_id": contact_id,
            "company_id": company_id,
            "deal_id": deal_id,
        }
        if (
            data.is_complaint
            and data.resolved_at is None
            and clean.complaint_status == interaction.complaint_status == "resolved"
        ):
            # Still resolved: keep the day it was resolved rather than "now".
            values["resolved_at"] = interaction.resolved_at
        for name, value in values.items():
            if getattr(interaction, name) != value:
                setattr(interaction, name, value)
        if data.follow_up_days is not None:
            session.flush()
            _add_follow_up(session, interaction, data, db.user_id)


def _direction(data: InteractionInput) -> str:
    # A note is written by us, to ourselves.
    return Direction.OUTBOUND.value if data.channel == Channel.NOTE.value else data.direction


def _add_follow_up(
    session: Session, interaction: Interaction, data: InteractionInput, user_id: str | None
) -> str:
    """The task "call back in N days": due all day N local days from today."""
    from app.tasks import SYSTEM_CLOCK, TaskInput, add_task

    days = data.follow_up_days or 0
    title = clean_text(data.follow_up_title) or _subject_of(interaction)
    return add_task(
        session,
        TaskInput(
            title=title[:SUBJECT_MAX],
            due_at=SYSTEM_CLOCK.today() + timedelta(days=days),  # type: ignore[arg-type]
            owner_id=user_id,
            contact_id=interaction.contact_id,
            company_id=interaction.company_id,
            deal_id=interaction.deal_id,
            interaction_id=interaction.id,
        ),
    )


def delete_interactions(db: Database, interaction_ids: Iterable[str]) -> int:
    """Tombstone interactions (they can be restored, or the batch undone)."""
    ids = list(dict.fromkeys(interaction_ids))
    now = utcnow()
    with db.write(BatchKind.DELETE, _batch_label(db, "Delete", ids)) as session:
        found = session.scalars(
            select(Interaction).where(Interaction.id.in_(ids), Interaction.deleted_at.is_(None))
        ).all()
        for interaction in found:
            interaction.deleted_at = now
        return len(found)


def delete_interaction(db: Database, interaction_id: str) -> None:
    if not delete_interactions(db, [interaction_id]):
        raise NotFoundError(MSG_NOT_FOUND)


def restore_interactions(db: Database, interaction_ids: Iterable[str]) -> int:
    ids = list(dict.fromkeys(interaction_ids))
    with db.write(BatchKind.RESTORE, _batch_label(db, "Restore", ids)) as session:
        found = session.scalars(
            select(Interaction).where(Interaction.id.in_(ids), Interaction.deleted_at.is_not(None))
        ).all()
        for interaction in found:
            interaction.deleted_at = None
        return len(found)


def restore_interaction(db: Database, interaction_id: str) -> None:
    if not restore_interactions(db, [interaction_id]):
        raise NotFoundError(MSG_NOT_FOUND)


def resolve_complaint(
    db: Database, interaction_id: str, resolution: str = "", when: datetime | None = None
) -> None:
    """Mark a complaint resolved (now, or ``when``); ``resolution`` says how.

    The resolution is written in the interaction's outcome, after what it held if
    anything.
    """
    text = clean_text(resolution)
    now = utcnow()
    with db.read() as session:
        interaction = _get(session, interaction_id)
        subject = _subject_of(interaction)
        occurred_at = interaction.occurred_at
        if not interaction.is_complaint:
            raise ValidationError({"complaint_status": MSG_NOT_COMPLAINT})
    resolved_at = when or max(now, occurred_at)
    if resolved_at.tzinfo is None:
        raise ValueError("when must be timezone-aware")
    if resolved_at > now + CLOCK_SLACK:
        raise ValidationError({"resolved_at": MSG_RESOLVED_FUTURE})
    if resolved_at < occurred_at - CLOCK_SLACK:
        raise ValidationError({"resolved_at": MSG_RESOLVED_BEFORE})
    with db.write(BatchKind.EDIT, f"Resolve complaint {subject}".strip()) as session:
        interaction = _get(session, interaction_id)
        interaction.complaint_status = ComplaintStatus.RESOLVED.value
        interaction.resolved_at = resolved_at
        if text:
            interaction.outcome = _appended(interaction.outcome or "", text)


def _appended(old: str, text: str) -> str:
    """``text`` after ``old`` (shortened to fit the outcome's length, ``text`` kept whole)."""
    if not old or text in old:
        return (old or text)[:OUTCOME_MAX]
    room = OUTCOME_MAX - len(text) - 3
    if room < 10:
        return text[:OUTCOME_MAX]
    if len(old) > room:
        old = old[: room - 1].rstrip() + "\u2026"
    return f"{old} \u2014 {text}"


def reopen_complaint(db: Database, interaction_id: str) -> None:
    """A resolved complaint is open again (its resolution date is cleared)."""
    label = _batch_label(db, "Reopen complaint", [interaction_id])
    with db.write(BatchKind.EDIT, label) as session:
        interaction = _get(session, interaction_id)
        if not interaction.is_complaint:
            raise ValidationError({"complaint_status": MSG_NOT_COMPLAINT})
        interaction.complaint_status = ComplaintStatus.OPEN.value
        interaction.resolved_at = None


def _batch_label(db: Database, verb: str, ids: list[str]) -> str:
    """ "Delete interaction Late delivery", "Delete 3 interactions"."""
    if len(ids) != 1:
        return f"{verb} {len(ids)} interactions"
    with db.read() as session:
        interaction = session.get(Interaction, ids[0])
        subject = _subject_of(interaction) if interaction is not None else ""
    noun = "" if verb.endswith("complaint") else " interaction"
    return f"{verb}{noun} {subject}".strip()


# -- reading -----------------------------------------------------------------------------


def load_input(db: Database, interaction_id: str) -> InteractionInput:
    """The form values of a stored interaction, for the edit form."""
    with db.read() as session:
        i = _get(session, interaction_id)
        return InteractionInput(
            contact_id=i.contact_id,
            channel=i.channel,
            direction=i.direction,
            subject=i.subject or "",
            body=i.body or "",
            outcome=i.outcome or "",
            occurred_at=i.occurred_at,
            satisfaction_score=i.satisfaction_score,
            is_complaint=i.is_complaint,
            company_id=i.company_id,
            deal_id=i.deal_id,
            duration_minutes=i.duration_minutes,
            satisfaction_scale=i.satisfaction_scale or 10,
            complaint_status=i.complaint_status if i.is_complaint else None,
            resolved_at=i.resolved_at,
        )


def get_entry(db: Database, interaction_id: str) -> TimelineEntry:
    """One interaction as a timeline entry (deleted ones too)."""
    with db.read() as session:
        entries = _entries(session, [interaction_id])
    if not entries:
        raise NotFoundError(MSG_NOT_FOUND)
    return entries[0]


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
        return _entries(session, list(session.scalars(wanted)))


def _entries(session: Session, ids: list[str]) -> list[TimelineEntry]:
    if not ids:
        return []
    records = session.execute(
        select(
            Interaction,
            User.name,
            Contact.first_name,
            Contact.last_name,
            Deal.title,
            Company.name,
        )
        .outerjoin(User, User.id == Interaction.user_id)
        .outerjoin(Contact, Contact.id == Interaction.contact_id)
        .outerjoin(Deal, Deal.id == Interaction.deal_id)
        .outerjoin(Company, Company.id == Interaction.company_id)
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
            satisfaction_scale=i.satisfaction_scale,
            duration_minutes=i.duration_minutes,
            company_name=company or "",
        )
        for i, user, first, last, title, company in records
    ]


__all__ = [
    "SCALES",
    "TIMED_CHANNELS",
    "InteractionInput",
    "TimelineEntry",
    "add_interaction",
    "default_links",
    "delete_interaction",
    "delete_interactions",
    "get_entry",
    "load_input",
    "log_interaction",
    "reopen_complaint",
    "resolve_complaint",
    "restore_interaction",
    "restore_interactions",
    "timeline",
    "update_interaction",
    "validate",
]
