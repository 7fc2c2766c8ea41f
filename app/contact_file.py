"""The contact file: everything about one contact, for one screen.

Who they are, what they bought, how we stand, and what happens next — loaded in a few
queries and returned as plain data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from app.contacts import _get
from app.custom_fields import custom_fields_of
from app.interactions import TimelineEntry, timeline
from models import (
    Company,
    Consent,
    ContactTag,
    Deal,
    Order,
    OrderLine,
    PipelineStage,
    Tag,
    Task,
    User,
)
from models.database import Database
from models.enums import DealStatus, OrderKind


@dataclass(frozen=True)
class OrderSummary:
    id: str
    number: str
    ordered_at: datetime
    kind: str
    lines: int
    total_cents: int
    currency: str


@dataclass(frozen=True)
class ConsentSummary:
    channel: str
    purpose: str
    status: str
    recorded_at: datetime


@dataclass(frozen=True)
class CustomValue:
    key: str
    label: str
    field_type: str
    value: Any


@dataclass(frozen=True)
class DealSummary:
    id: str
    title: str
    stage: str
    amount_cents: int
    currency: str
    expected_close_date: date | None


@dataclass(frozen=True)
class TaskSummary:
    id: str
    title: str
    due_at: datetime | None
    priority: str


@dataclass(frozen=True)
class ContactFile:
    id: str
    customer_number: str
    civility: str
    first_name: str
    last_name: str
    display_name: str
    email: str
    email2: str
    phone: str
    phone_e164: str
    mobile: str
    mobile_e164: str
    address_line1: str
    address_line2: str
    postcode: str
    city: str
    country: str
    birthday: date | None
    company_id: str | None
    company_name: str
    job_title: str
    source: str
    status: str
    relationship_stage: str
    preferred_channel: str
    owner: str
    notes: str
    external_ref: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    tags: tuple[str, ...]
    custom: tuple[CustomValue, ...]
    consents: tuple[ConsentSummary, ...]
    orders: tuple[OrderSummary, ...]
    order_count: int
    total_spent_cents: int
    average_basket_cents: int
    first_purchase: datetime | None
    last_purchase: datetime | None
    open_deals: tuple[DealSummary, ...]
    open_tasks: tuple[TaskSummary, ...]
    interactions: tuple[TimelineEntry, ...]


def load_contact_file(db: Database, contact_id: str, order_limit: int = 200) -> ContactFile:
    with db.read() as session:
        contact = _get(session, contact_id)
        company = session.get(Company, contact.company_id) if contact.company_id else None
        owner = session.get(User, contact.owner_id) if contact.owner_id else None
        tags = tuple(
            session.scalars(
                select(Tag.name)
                .join(ContactTag, ContactTag.tag_id == Tag.id)
                .where(ContactTag.contact_id == contact_id)
                .order_by(Tag.name)
            )
        )
        definitions = custom_fields_of(session, "contact")
        values = contact.custom or {}
        custom = tuple(
            CustomValue(d.key, d.label, d.field_type, values.get(d.key)) for d in definitions
        )
        # The latest consent per channel and purpose.
        consents: dict[tuple[str, str], ConsentSummary] = {}
        for consent in session.scalars(
            select(Consent)
            .where(Consent.contact_id == contact_id, Consent.deleted_at.is_(None))
            .order_by(Consent.recorded_at)
        ):
            consents[(consent.channel, consent.purpose)] = ConsentSummary(
                consent.channel, consent.purpose, consent.status, consent.recorded_at
            )
        live_orders = (Order.contact_id == contact_id, Order.deleted_at.is_(None))
        line_count = (
            select(func.count())
            .where(OrderLine.order_id == Order.id, OrderLine.deleted_at.is_(None))
            .correlate(Order)
            .scalar_subquery()
        )
        orders = tuple(
            OrderSummary(
                o.id, o.number or "", o.ordered_at, o.kind, n or 0, o.total_cents, o.currency
            )
            for o, n in session.execute(
                select(Order, line_count)
                .where(*live_orders)
                .order_by(Order.ordered_at.desc())
                .limit(order_limit)
            )
        )
        count, total, first, last = session.execute(
            select(
                func.count().filter(Order.kind == OrderKind.ORDER),
                func.coalesce(func.sum(Order.total_cents), 0),
                func.min(Order.ordered_at),
                func.max(Order.ordered_at),
            ).where(*live_orders)
        ).one()
        deals = tuple(
            DealSummary(d.id, d.title, stage, d.amount_cents, d.currency, d.expected_close_date)
            for d, stage in session.execute(
                select(Deal, PipelineStage.name)
                .join(PipelineStage, PipelineStage.id == Deal.stage_id)
                .where(
                    Deal.contact_id == contact_id,
                    Deal.deleted_at.is_(None),
                    Deal.status == DealStatus.OPEN,
                )
                .order_by(Deal.expected_close_date.is_(None), Deal.expected_close_date)
            )
        )
        tasks = tuple(
            TaskSummary(t.id, t.title, t.due_at, t.priority)
            for t in session.scalars(
                select(Task)
                .where(
                    Task.contact_id == contact_id,
                    Task.deleted_at.is_(None),
                    Task.done_at.is_(None),
                )
                .order_by(Task.due_at.is_(None), Task.due_at)
            )
        )
        result = ContactFile(
            id=contact.id,
            customer_number=contact.customer_number or "",
            civility=contact.civility or "",
            first_name=contact.first_name,
            last_name=contact.last_name,
            display_name=contact.display_name,
            email=contact.email or "",
            email2=contact.email2 or "",
            phone=contact.phone or "",
            phone_e164=contact.phone_e164 or "",
            mobile=contact.mobile or "",
            mobile_e164=contact.mobile_e164 or "",
            address_line1=contact.address_line1 or "",
            address_line2=contact.address_line2 or "",
            postcode=contact.postcode or "",
            city=contact.city or "",
            country=contact.country or "",
            birthday=contact.birthday,
            company_id=contact.company_id,
            company_name=company.name if company else "",
            job_title=contact.job_title or "",
            source=contact.source or "",
            status=contact.status,
            relationship_stage=contact.relationship_stage or "",
            preferred_channel=contact.preferred_channel or "",
            owner=owner.name if owner else "",
            notes=contact.notes or "",
            external_ref=contact.external_ref or "",
            created_at=contact.created_at,
            updated_at=contact.updated_at,
            deleted_at=contact.deleted_at,
            tags=tags,
            custom=custom,
            consents=tuple(consents.values()),
            orders=orders,
            order_count=count,
            total_spent_cents=total,
            average_basket_cents=round(total / count) if count else 0,
            first_purchase=first,
            last_purchase=last,
            open_deals=deals,
            open_tasks=tasks,
            interactions=(),
        )
    return _with_timeline(db, result)


def _with_timeline(db: Database, result: ContactFile) -> ContactFile:
    from dataclasses import replace

    return replace(result, interactions=tuple(timeline(db, result.id)))
