"""Built-in smart lists: the tactical targets of the analytical CRM, always up to date.

Each list is a rule over the data, evaluated when asked: best customers, high potential,
new customers, inactive customers, dissatisfied customers, former customers, prospects
never converted. :func:`smart_list_ids` gives the live contacts of a list in name order,
ready to show, export or act on. The exact rules are in ``docs/analytics.md``.

Names and descriptions are English strings marked for Qt's translation tools (context
``"analytics"``); codes never change (settings and files use them).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from app.analytics.kpis import Period
from app.analytics.segments import (
    AT_RISK,
    CANT_LOSE,
    CHAMPIONS,
    HIBERNATING,
    LOYAL,
    POTENTIAL_LOYALISTS,
    PROMISING,
)
from app.errors import QT_TRANSLATE_NOOP
from models.activity import Interaction
from models.database import Database
from models.enums import ComplaintStatus, ContactStatus, OrderKind
from models.people import Contact
from models.sales import Order

BEST_CUSTOMERS = "best_customers"
HIGH_POTENTIAL = "high_potential"
NEW_CUSTOMERS = "new_customers"
INACTIVE = "inactive"
DISSATISFIED = "dissatisfied"
FORMER_CUSTOMERS = "former_customers"
NEVER_CONVERTED = "never_converted"

#: RFM segments of the best customers, and of the high potential ones without a CLV model.
BEST_SEGMENTS = frozenset({CHAMPIONS, LOYAL})
POTENTIAL_SEGMENTS = frozenset({POTENTIAL_LOYALISTS, PROMISING})
#: The segments where inactive customers are mostly found (for the description only).
SLEEPING_SEGMENTS = frozenset({AT_RISK, CANT_LOSE, HIBERNATING})
#: High potential: the best share of predicted values, among customers at least this
#: likely to be still active.
POTENTIAL_SHARE = 0.2
MIN_P_ALIVE = 0.5
#: New customers: first order less than this many days ago (today counts as day 0).
NEW_DAYS = 90
#: Inactive customers: no order for more than this many days.
INACTIVE_DAYS = 365
#: Dissatisfied: a latest score at or below this, out of 10.
DISSATISFIED_MAX = 6.0


@dataclass(frozen=True)
class SmartList:
    code: str
    name: str
    description: str


#: The built-in smart lists, in display order.
SMART_LISTS: tuple[SmartList, ...] = (
    SmartList(
        BEST_CUSTOMERS,
        QT_TRANSLATE_NOOP("analytics", "Best customers"),
        QT_TRANSLATE_NOOP(
            "analytics",
            "Champions and loyal customers (RFM segments): they bought recently and buy "
            "often. Thank them and keep them loyal.",
        ),
    ),
    SmartList(
        HIGH_POTENTIAL,
        QT_TRANSLATE_NOOP("analytics", "High potential"),
        QT_TRANSLATE_NOOP(
            "analytics",
            "The 20 % of customers with the highest predicted value among those probably "
            "still active (50 % or more); without a lifetime-value model, the potential "
            "loyalists and promising customers (RFM segments). Develop them.",
        ),
    ),
    SmartList(
        NEW_CUSTOMERS,
        QT_TRANSLATE_NOOP("analytics", "New customers"),
        QT_TRANSLATE_NOOP(
            "analytics",
            "Customers whose first order is less than 90 days old. Welcome them and give "
            "them a reason to come back.",
        ),
    ),
    SmartList(
        INACTIVE,
        QT_TRANSLATE_NOOP("analytics", "Inactive customers"),
        QT_TRANSLATE_NOOP(
            "analytics",
            "Customers whose last order is more than 365 days old (mostly the at risk, "
            "can't lose them and hibernating segments). Win them back.",
        ),
    ),
    SmartList(
        DISSATISFIED,
        QT_TRANSLATE_NOOP("analytics", "Dissatisfied customers"),
        QT_TRANSLATE_NOOP(
            "analytics",
            "Contacts whose latest satisfaction score is 6 out of 10 or less, or who have "
            "a complaint not resolved yet. Call them.",
        ),
    ),
    SmartList(
        FORMER_CUSTOMERS,
        QT_TRANSLATE_NOOP("analytics", "Former customers"),
        QT_TRANSLATE_NOOP("analytics", "Contacts whose status is former customer."),
    ),
    SmartList(
        NEVER_CONVERTED,
        QT_TRANSLATE_NOOP("analytics", "Prospects never converted"),
        QT_TRANSLATE_NOOP(
            "analytics", "Contacts whose status is prospect and who have never ordered."
        ),
    ),
)

_BY_CODE = {smart.code: smart for smart in SMART_LISTS}


def smart_list(code: str) -> SmartList:
    """The smart list of this code (``KeyError`` for an unknown code)."""
    return _BY_CODE[code]


class _RfmRow(Protocol):
    @property
    def contact_id(self) -> str: ...
    @property
    def recency_days(self) -> int: ...
    @property
    def segment(self) -> str: ...


class RfmLike(Protocol):
    """What the smart lists need from an RFM table (``RfmTable``)."""

    @property
    def rows(self) -> Sequence[_RfmRow]: ...


class _ClvRow(Protocol):
    @property
    def contact_id(self) -> str: ...
    @property
    def p_alive(self) -> float: ...
    @property
    def predicted_value(self) -> float: ...


class ClvLike(Protocol):
    """What the smart lists need from a lifetime-value result (``ClvResult``)."""

    @property
    def rows(self) -> Sequence[_ClvRow]: ...


#: Ids per "IN (…)" list: well under every database's limit on bound parameters.
_CHUNK = 1000


#: Above this many ids, every live contact is read in name order and the wanted ones kept
#: (one pass over an index), rather than looking the ids up chunk by chunk.
_SCAN_ABOVE = 3000


def _by_name(session: Session, ids: Iterable[str]) -> list[str]:
    """The ids of live contacts among ``ids``, in name order (sort name, then id)."""
    wanted = set(ids)
    if len(wanted) > _SCAN_ABOVE:
        everyone = session.connection().execute(
            select(Contact.id)
            .where(Contact.deleted_at.is_(None))
            .order_by(Contact.sort_name, Contact.id)
        )
        return [contact_id for (contact_id,) in everyone if contact_id in wanted]
    chosen = list(wanted)
    found: list[tuple[str, str]] = []
    for begin in range(0, len(chosen), _CHUNK):
        part = chosen[begin : begin + _CHUNK]
        found.extend(
            (sort_name, contact_id)  # plain tuples: sorting Row objects is slow
            for sort_name, contact_id in session.execute(
                select(Contact.sort_name, Contact.id).where(
                    Contact.id.in_(part), Contact.deleted_at.is_(None)
                )
            )
        )
    found.sort()
    return [contact_id for _, contact_id in found]


def _need(rfm: RfmLike | None, code: str) -> RfmLike:
    if rfm is None:
        raise ValueError(f"the smart list {code!r} needs an RFM table")
    return rfm


def _high_potential(session: Session, clv: ClvLike) -> list[str]:
    """The best 20 % of predicted values (rounded up, ties kept) among likely-alive customers."""
    candidates = [
        row for row in clv.rows if row.p_alive >= MIN_P_ALIVE and math.isfinite(row.predicted_value)
    ]
    deleted = set(session.scalars(select(Contact.id).where(Contact.deleted_at.is_not(None))))
    candidates = [row for row in candidates if row.contact_id not in deleted]
    values = sorted((row.predicted_value for row in candidates), reverse=True)
    if not values:
        return []
    threshold = values[math.ceil(POTENTIAL_SHARE * len(values) - 1e-9) - 1]
    return [row.contact_id for row in candidates if row.predicted_value >= threshold]


def _purchase(order: Any) -> Any:
    return and_(order.kind == OrderKind.ORDER, order.deleted_at.is_(None))


def _live_by_name(session: Session, *where: Any) -> list[str]:
    return list(
        session.scalars(
            select(Contact.id)
            .where(Contact.deleted_at.is_(None), *where)
            .order_by(Contact.sort_name, Contact.id)
        )
    )


def _new_customers(session: Session, today: date) -> list[str]:
    window = Period(today - timedelta(days=NEW_DAYS - 1), today)
    earlier = aliased(Order)
    buyers = (
        select(Order.contact_id)
        .where(
            _purchase(Order),
            Order.contact_id.is_not(None),
            Order.ordered_at >= window.start_at,
            Order.ordered_at < window.end_at,
        )
        .group_by(Order.contact_id)
        .having(
            ~exists().where(
                earlier.contact_id == Order.contact_id,
                _purchase(earlier),
                earlier.ordered_at < window.start_at,
            )
        )
    )
    return _live_by_name(session, Contact.id.in_(buyers))


def _dissatisfied(session: Session, today: date) -> list[str]:
    """Latest score (normalised to 10) at most 6, or a complaint not resolved, by ``today``.

    The scored interactions and the complaints are few: they are read (one plain scan of
    the table, which no index could shorten) and the latest score of each contact is
    picked here.
    """
    i = Interaction
    until = Period(today, today).end_at
    latest: dict[str, tuple[datetime, str, float]] = {}
    unhappy: set[str] = set()
    rows = session.execute(
        select(
            i.contact_id,
            i.occurred_at,
            i.id,
            i.satisfaction_score,
            i.satisfaction_scale,
            i.is_complaint,
            i.complaint_status,
        ).where(
            i.deleted_at.is_(None),
            or_(i.satisfaction_score.is_not(None), i.is_complaint.is_(True)),
        )
    )
    for contact_id, occurred_at, row_id, score, scale, complaint, status in rows:
        if contact_id is None or occurred_at >= until:
            continue
        if complaint and status != ComplaintStatus.RESOLVED:
            unhappy.add(contact_id)
        if score is not None and scale:
            key = (occurred_at, row_id, score * 10.0 / scale)
            if contact_id not in latest or key[:2] > latest[contact_id][:2]:
                latest[contact_id] = key
    unhappy.update(c for c, (_at, _id, score10) in latest.items() if score10 <= DISSATISFIED_MAX)
    return _by_name(session, unhappy)


def _never_converted(session: Session) -> list[str]:
    return _live_by_name(
        session,
        Contact.status == ContactStatus.PROSPECT,
        ~exists().where(Order.contact_id == Contact.id, _purchase(Order)),
    )


def smart_list_ids(
    db: Database,
    code: str,
    rfm: RfmLike | None,
    clv: ClvLike | None = None,
    today: date | None = None,
) -> list[str]:
    """The live contacts of the smart list ``code``, in name order.

    ``rfm`` (an ``RfmTable``) serves the best customers, the inactive ones and the high
    potential ones without ``clv`` (a ``ClvResult``); the other lists do not use it.
    ``today`` (for new customers and the latest satisfaction scores) defaults to the RFM
    table's as-of date, else to the current UTC date. ``KeyError`` for an unknown code.
    """
    smart_list(code)
    if today is None:
        today = getattr(rfm, "as_of", None) or datetime.now(UTC).date()
    with db.read() as session:
        if code == BEST_CUSTOMERS:
            rows = _need(rfm, code).rows
            return _by_name(session, (r.contact_id for r in rows if r.segment in BEST_SEGMENTS))
        if code == HIGH_POTENTIAL:
            if clv is not None:
                return _by_name(session, _high_potential(session, clv))
            rows = _need(rfm, code).rows
            return _by_name(
                session, (r.contact_id for r in rows if r.segment in POTENTIAL_SEGMENTS)
            )
        if code == NEW_CUSTOMERS:
            return _new_customers(session, today)
        if code == INACTIVE:
            rows = _need(rfm, code).rows
            return _by_name(session, (r.contact_id for r in rows if r.recency_days > INACTIVE_DAYS))
        if code == DISSATISFIED:
            return _dissatisfied(session, today)
        if code == FORMER_CUSTOMERS:
            return _live_by_name(session, Contact.status == ContactStatus.FORMER)
        return _never_converted(session)


__all__ = [
    "BEST_CUSTOMERS",
    "DISSATISFIED",
    "FORMER_CUSTOMERS",
    "HIGH_POTENTIAL",
    "INACTIVE",
    "NEVER_CONVERTED",
    "NEW_CUSTOMERS",
    "SMART_LISTS",
    "ClvLike",
    "RfmLike",
    "SmartList",
    "smart_list",
    "smart_list_ids",
]
