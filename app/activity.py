"""The Activity view: every interaction, on every channel, filtered and sorted in SQL.

``search_ids(db, query)`` gives the ids of the interactions a query selects, in display
order (newest first by default); ``rows(db, ids)`` fetches what the table shows for a
page of them. The filters follow the indexes of the ``interactions`` table (time; channel
and time; user and time), so the usual views — the last 90 days, one channel, one
user — are range scans even on hundreds of thousands of interactions.

Text search uses the full-text index ``interactions_fts`` when the database has it, and
falls back to a plain match on the subject and notes otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, Select, and_, case, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from app.analytics.sql import bare
from app.tasks import SYSTEM_CLOCK, Clock
from models import Company, Contact, Deal, Interaction, User
from models.database import Database
from models.enums import Channel, ComplaintStatus
from models.search_index import match_expression

#: The sort keys (the Activity table's columns).
SORT_KEYS = (
    "when",
    "channel",
    "direction",
    "subject",
    "contact",
    "company",
    "deal",
    "user",
    "satisfaction",
    "complaint",
)
#: The complaint filters: None (every interaction), or complaints only: all, open, resolved.
COMPLAINT_FILTERS = (None, "all", "open", "resolved")
#: The date presets of the filter bar, in their order.
DATE_PRESETS = ("today", "week", "month", "90days", "year", "all")
DEFAULT_PRESET = "90days"
EXCERPT_CHARS = 160
TOOLTIP_CHARS = 1500
FTS_TABLE = "interactions_fts"
#: Per database: whether it has the full-text index (see ``_has_fts``).
_FTS_PRESENT: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()


@dataclass(frozen=True)
class ActivityQuery:
    """What the Activity view shows. Empty ``channels``: every channel.

    ``date_from`` is included and ``date_to`` excluded (aware datetimes; None: open).
    """

    channels: frozenset[str] = frozenset()
    user_id: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    direction: str | None = None
    complaints: str | None = None
    text: str = ""
    contact_id: str | None = None
    company_id: str | None = None
    deal_id: str | None = None
    sort: str = "when"
    descending: bool = True
    #: Show the deleted interactions (to restore them) instead of the live ones.
    deleted: bool = False


@dataclass(frozen=True)
class ActivityRow:
    id: str
    occurred_at: datetime
    channel: str
    direction: str
    subject: str
    #: The notes on one line, cut to about ``EXCERPT_CHARS``.
    excerpt: str
    #: The start of the notes as written (for a tooltip).
    notes: str
    outcome: str
    contact_id: str | None
    contact_name: str
    company_id: str | None
    company_name: str
    deal_id: str | None
    deal_title: str
    user_id: str | None
    user_name: str
    satisfaction_score: int | None
    satisfaction_scale: int | None
    is_complaint: bool
    complaint_status: str | None
    resolved_at: datetime | None
    duration_minutes: int | None
    deleted_at: datetime | None

    @property
    def is_open_complaint(self) -> bool:
        return self.is_complaint and self.complaint_status != ComplaintStatus.RESOLVED.value


@dataclass(frozen=True)
class UserChoice:
    id: str
    name: str


# -- dates ---------------------------------------------------------------------------------


def preset_range(
    preset: str, clock: Clock = SYSTEM_CLOCK
) -> tuple[datetime | None, datetime | None]:
    """The UTC bounds of a date preset, in the user's local calendar.

    "today", "week" (from Monday), "month", "90days" (the last 90 days, today included),
    "year" (from 1 January), "all" (no bounds). The end is open: nothing is in the future.
    """
    today = clock.today()
    if preset == "all":
        return None, None
    starts: dict[str, date] = {
        "today": today,
        "week": today - timedelta(days=today.weekday()),
        "month": today.replace(day=1),
        "90days": today - timedelta(days=89),
        "year": today.replace(month=1, day=1),
    }
    if preset not in starts:
        raise ValueError(f"unknown date preset {preset!r}")
    return clock.day_start(starts[preset]), None


def day_range(first: date, last: date, clock: Clock = SYSTEM_CLOCK) -> tuple[datetime, datetime]:
    """The UTC bounds of the local days from ``first`` to ``last``, both included."""
    if last < first:
        first, last = last, first
    return clock.day_start(first), clock.day_start(last + timedelta(days=1))


# -- the search ----------------------------------------------------------------------------


def _has_fts(session: Session) -> bool:
    """Whether the database has the full-text index of interactions (SQLite, schema 0004)."""
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    engine = bind.engine
    if engine not in _FTS_PRESENT:
        found = session.execute(
            text("SELECT 1 FROM sqlite_master WHERE name = :name"), {"name": FTS_TABLE}
        ).first()
        _FTS_PRESENT[engine] = found is not None
    return _FTS_PRESENT[engine]


def _text_clause(session: Session, typed: str, *, deleted: bool) -> Any:
    """Every typed word (as a word prefix) in the subject, notes or outcome."""
    expression = match_expression(typed)
    if expression is None:
        return Interaction.id.is_(None)  # only punctuation: nothing matches
    if not deleted and _has_fts(session):
        # The index rows have the rowids of the interactions (deleted ones are left out).
        return text(
            f"interactions.rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts)"
        ).bindparams(fts=expression)
    clauses = []
    for word in typed.split():
        pattern = f"%{word}%"
        clauses.append(
            or_(
                Interaction.subject.ilike(pattern),
                Interaction.body.ilike(pattern),
                Interaction.outcome.ilike(pattern),
            )
        )
    return and_(*clauses)


def _filtered(
    session: Session, statement: Select[Any], query: ActivityQuery, *, channels: bool = True
) -> Select[Any]:
    i = Interaction
    statement = statement.where(
        i.deleted_at.is_not(None) if query.deleted else i.deleted_at.is_(None)
    )
    if channels and query.channels:
        statement = statement.where(i.channel.in_(sorted(query.channels)))
    if query.user_id:
        statement = statement.where(i.user_id == query.user_id)
    if query.date_from is not None:
        statement = statement.where(i.occurred_at >= query.date_from)
    if query.date_to is not None:
        statement = statement.where(i.occurred_at < query.date_to)
    if query.direction:
        statement = statement.where(i.direction == query.direction)
    if query.complaints == "all":
        statement = statement.where(i.is_complaint.is_(True))
    elif query.complaints == "open":
        statement = statement.where(
            i.is_complaint.is_(True),
            or_(i.complaint_status.is_(None), i.complaint_status != ComplaintStatus.RESOLVED.value),
        )
    elif query.complaints == "resolved":
        statement = statement.where(
            i.is_complaint.is_(True), i.complaint_status == ComplaintStatus.RESOLVED.value
        )
    elif query.complaints is not None:
        raise ValueError(f"unknown complaint filter {query.complaints!r}")
    if query.contact_id:
        statement = statement.where(i.contact_id == query.contact_id)
    if query.company_id:
        people = select(Contact.id).where(Contact.company_id == query.company_id)
        statement = statement.where(or_(i.company_id == query.company_id, i.contact_id.in_(people)))
    if query.deal_id:
        statement = statement.where(i.deal_id == query.deal_id)
    if query.text.strip():
        statement = statement.where(
            _text_clause(session, query.text.strip(), deleted=query.deleted)
        )
    return statement


def _whole_table(query: ActivityQuery) -> bool:
    """Whether the query has no filter an index narrows (no dates, channel, user, record).

    Then reading the table in order and sorting is three times faster on SQLite than
    walking the time index and fetching each row from it (see ``bare``).
    """
    return not (
        query.date_from
        or query.date_to
        or query.channels
        or query.user_id
        or query.contact_id
        or query.company_id
        or query.deal_id
    )


def _sorted(statement: Select[Any], query: ActivityQuery) -> Select[Any]:
    i = Interaction
    key = query.sort if query.sort in SORT_KEYS else "when"
    moment: Any = bare(i.occurred_at) if _whole_table(query) else i.occurred_at
    newest = [moment.desc(), i.id.desc()]
    if key == "when":
        if query.descending:
            return statement.order_by(*newest)
        return statement.order_by(moment.asc(), i.id.asc())
    column: Any
    if key == "channel":
        column = i.channel
    elif key == "direction":
        column = i.direction
    elif key == "subject":
        column = func.lower(i.subject)
    elif key == "contact":
        person = aliased(Contact)
        statement = statement.outerjoin(person, person.id == i.contact_id)
        column = person.sort_name
    elif key == "company":
        firm = aliased(Company)
        statement = statement.outerjoin(firm, firm.id == i.company_id)
        column = func.lower(firm.name)
    elif key == "deal":
        deal = aliased(Deal)
        statement = statement.outerjoin(deal, deal.id == i.deal_id)
        column = func.lower(deal.title)
    elif key == "user":
        user = aliased(User)
        statement = statement.outerjoin(user, user.id == i.user_id)
        column = func.lower(user.name)
    elif key == "satisfaction":
        column = i.satisfaction_score * 10.0 / func.nullif(i.satisfaction_scale, 0)
    else:  # complaint: open ones first (descending), then resolved, then the others
        column = case(
            (i.is_complaint.is_not(True), 0),
            (i.complaint_status == ComplaintStatus.RESOLVED.value, 1),
            else_=2,
        )
    # Empty values last whichever the direction.
    empty_last = case((column.is_(None), 1), else_=0)
    direction = column.desc() if query.descending else column.asc()
    return statement.order_by(empty_last, direction, *newest)


def search_ids(db: Database, query: ActivityQuery) -> list[str]:
    """The ids of the interactions the query selects, in display order."""
    with db.read() as session:
        statement = _filtered(session, select(Interaction.id), query)
        return list(session.scalars(_sorted(statement, query)))


def count(db: Database, query: ActivityQuery) -> int:
    with db.read() as session:
        statement = _filtered(session, select(func.count()).select_from(Interaction), query)
        return int(session.scalar(statement) or 0)


def channel_counts(db: Database, query: ActivityQuery) -> dict[str, int]:
    """How many interactions each channel has under the query's other filters."""
    whole = _whole_table(replace(query, channels=frozenset()))
    channel: Any = bare(Interaction.channel) if whole else Interaction.channel
    with db.read() as session:
        statement = _filtered(
            session,
            select(channel, func.count()).select_from(Interaction),
            query,
            channels=False,
        ).group_by(channel)
        found = {channel: int(n) for channel, n in session.execute(statement)}
    counts = {c.value: 0 for c in Channel}
    counts.update(found)
    return counts


def rows(db: Database, ids: Sequence[str]) -> list[ActivityRow]:
    """The rows of these interactions, in the same order (missing ids are skipped)."""
    if not ids:
        return []
    i = Interaction
    with db.read() as session:
        records = session.execute(
            select(
                i.id,
                i.occurred_at,
                i.channel,
                i.direction,
                i.subject,
                func.substr(i.body, 1, TOOLTIP_CHARS),
                i.outcome,
                i.contact_id,
                Contact.first_name,
                Contact.last_name,
                Contact.email,
                i.company_id,
                Company.name,
                i.deal_id,
                Deal.title,
                i.user_id,
                User.name,
                i.satisfaction_score,
                i.satisfaction_scale,
                i.is_complaint,
                i.complaint_status,
                i.resolved_at,
                i.duration_minutes,
                i.deleted_at,
            )
            .outerjoin(Contact, Contact.id == i.contact_id)
            .outerjoin(Company, Company.id == i.company_id)
            .outerjoin(Deal, Deal.id == i.deal_id)
            .outerjoin(User, User.id == i.user_id)
            .where(i.id.in_(list(ids)))
        ).all()
    by_id: dict[str, ActivityRow] = {}
    for r in records:
        notes = r[5] or ""
        by_id[r[0]] = ActivityRow(
            id=r[0],
            occurred_at=r[1],
            channel=r[2],
            direction=r[3],
            subject=r[4] or "",
            excerpt=excerpt(notes),
            notes=notes,
            outcome=r[6] or "",
            contact_id=r[7],
            contact_name=f"{r[8] or ''} {r[9] or ''}".strip() or (r[10] or ""),
            company_id=r[11],
            company_name=r[12] or "",
            deal_id=r[13],
            deal_title=r[14] or "",
            user_id=r[15],
            user_name=r[16] or "",
            satisfaction_score=r[17],
            satisfaction_scale=r[18],
            is_complaint=bool(r[19]),
            complaint_status=r[20],
            resolved_at=r[21],
            duration_minutes=r[22],
            deleted_at=r[23],
        )
    return [by_id[record_id] for record_id in ids if record_id in by_id]


def excerpt(notes: str, limit: int = EXCERPT_CHARS) -> str:
    """The notes on one line, cut at a word near ``limit`` characters."""
    flat = " ".join(notes.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut + "\u2026"


def users(db: Database) -> list[UserChoice]:
    """Everyone who can have logged an interaction, by name (inactive users included)."""
    with db.read() as session:
        records = session.execute(
            select(User.id, User.name)
            .where(User.deleted_at.is_(None))
            .order_by(func.lower(User.name), User.id)
        ).all()
    return [UserChoice(user_id, name) for user_id, name in records]


__all__ = [
    "COMPLAINT_FILTERS",
    "DATE_PRESETS",
    "DEFAULT_PRESET",
    "SORT_KEYS",
    "ActivityQuery",
    "ActivityRow",
    "UserChoice",
    "channel_counts",
    "count",
    "day_range",
    "excerpt",
    "preset_range",
    "rows",
    "search_ids",
    "users",
]
