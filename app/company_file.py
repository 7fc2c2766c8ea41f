"""The company file: everything about one B2B account, for one screen.

Who the company is (identity, legal identifiers, addresses, custom fields, tags), the
people who work there, the combined timeline of the company and its people, the orders
of the account and its revenue, the open deals and the open tasks — loaded in a few
queries and returned as plain data. Only what is shown is fetched: a page of the
timeline and of the orders, with their counts and totals computed in SQL, so that an
account with 500 people and 10,000 interactions opens as fast as a small one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.companies import _get, _tags_of, account_orders
from app.contact_file import CustomValue, OrderSummary, TaskSummary
from app.custom_fields import custom_fields_of
from app.interactions import TimelineEntry, timeline
from models import (
    Contact,
    Deal,
    Interaction,
    Order,
    OrderLine,
    PipelineStage,
    Task,
    User,
)
from models.database import Database
from models.enums import DealStatus, OrderKind

#: How many interactions and orders are loaded with the file (the rest on demand).
TIMELINE_PAGE = 30
ORDERS_PAGE = 20


@dataclass(frozen=True)
class PersonSummary:
    id: str
    name: str
    job_title: str
    email: str
    phone: str
    last_interaction: datetime | None


@dataclass(frozen=True)
class CompanyDealSummary:
    id: str
    title: str
    stage: str
    amount_cents: int
    currency: str
    expected_close_date: date | None
    contact_name: str


@dataclass(frozen=True)
class CompanyTaskSummary:
    id: str
    title: str
    due_at: datetime | None
    priority: str
    contact_name: str


@dataclass(frozen=True)
class CompanyOrderSummary:
    id: str
    number: str
    ordered_at: datetime
    kind: str
    lines: int
    total_cents: int
    currency: str
    contact_id: str | None
    contact_name: str


@dataclass(frozen=True)
class CompanyFile:
    id: str
    name: str
    legal_name: str
    siren: str
    siret: str
    vat_number: str
    sector: str
    size: str
    email: str
    phone: str
    phone_e164: str
    website: str
    address_line1: str
    address_line2: str
    postcode: str
    city: str
    country: str
    #: The delivery address; all empty means "same as the head office".
    delivery_address_line1: str
    delivery_address_line2: str
    delivery_postcode: str
    delivery_city: str
    delivery_country: str
    owner: str
    notes: str
    external_ref: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    merged_into_id: str | None
    tags: tuple[str, ...]
    custom: tuple[CustomValue, ...]
    #: Everyone who works there (live contacts), in name order.
    people: tuple[PersonSummary, ...]
    #: The newest interactions of the company and of its people (a page), and how many
    #: there are in all.
    interactions: tuple[TimelineEntry, ...]
    interaction_count: int
    #: The latest orders of the account (a page), and the figures over all of them.
    orders: tuple[CompanyOrderSummary, ...]
    order_count: int
    credit_note_count: int
    revenue_this_year_cents: int
    revenue_last_year_cents: int
    revenue_total_cents: int
    average_basket_cents: int
    first_order: datetime | None
    last_order: datetime | None
    currency: str
    open_deals: tuple[CompanyDealSummary, ...]
    open_deals_cents: int
    won_deals_count: int
    won_deals_cents: int
    open_tasks: tuple[CompanyTaskSummary, ...]

    @property
    def has_delivery_address(self) -> bool:
        return any(
            (
                self.delivery_address_line1,
                self.delivery_address_line2,
                self.delivery_postcode,
                self.delivery_city,
            )
        )


def load_company_file(
    db: Database,
    company_id: str,
    *,
    timeline_limit: int = TIMELINE_PAGE,
    order_limit: int = ORDERS_PAGE,
    today: date | None = None,
) -> CompanyFile:
    """The company's file; ``NotFoundError`` if it does not exist (deleted ones load)."""
    today = today or datetime.now(UTC).date()
    with db.read() as session:
        company = _get(session, company_id)
        owner = session.get(User, company.owner_id) if company.owner_id else None
        definitions = custom_fields_of(session, "company")
        values = company.custom or {}
        custom = tuple(
            CustomValue(d.key, d.label, d.field_type, values.get(d.key)) for d in definitions
        )
        people_ids = select(Contact.id).where(Contact.company_id == company_id)
        people = _people(session, company_id)
        interaction_count = (
            session.scalar(
                select(func.count())
                .select_from(Interaction)
                .where(
                    Interaction.deleted_at.is_(None),
                    or_(
                        Interaction.company_id == company_id,
                        Interaction.contact_id.in_(people_ids),
                    ),
                )
            )
            or 0
        )
        orders, figures = _orders(session, company_id, order_limit, today)
        deals, open_cents = _open_deals(session, company_id, people_ids)
        won_count, won_cents = session.execute(
            select(func.count(), func.coalesce(func.sum(Deal.amount_cents), 0)).where(
                _deal_of(company_id, people_ids),
                Deal.deleted_at.is_(None),
                Deal.status == DealStatus.WON,
            )
        ).one()
        tasks = _open_tasks(session, company_id, people_ids)
        data = {
            name: getattr(company, name) or ""
            for name in (
                "name",
                "legal_name",
                "siren",
                "siret",
                "vat_number",
                "sector",
                "size",
                "email",
                "phone",
                "phone_e164",
                "website",
                "address_line1",
                "address_line2",
                "postcode",
                "city",
                "country",
                "delivery_address_line1",
                "delivery_address_line2",
                "delivery_postcode",
                "delivery_city",
                "delivery_country",
                "notes",
                "external_ref",
            )
        }
        result = CompanyFile(
            id=company.id,
            **data,
            owner=owner.name if owner else "",
            created_at=company.created_at,
            updated_at=company.updated_at,
            deleted_at=company.deleted_at,
            merged_into_id=company.merged_into_id,
            tags=tuple(_tags_of(session, [company_id]).get(company_id, ())),
            custom=custom,
            people=people,
            interactions=(),
            interaction_count=interaction_count,
            orders=orders,
            open_deals=deals,
            open_deals_cents=open_cents,
            won_deals_count=won_count,
            won_deals_cents=int(won_cents),
            open_tasks=tasks,
            **figures,
        )
    entries = tuple(timeline(db, company_id=company_id, limit=timeline_limit))
    from dataclasses import replace

    return replace(result, interactions=entries)


def load_orders(db: Database, company_id: str, limit: int) -> tuple[CompanyOrderSummary, ...]:
    """The latest ``limit`` orders of the account (for "show more")."""
    with db.read() as session:
        return _orders(session, company_id, limit)[0]


# -- parts ------------------------------------------------------------------------------


def _name(first: str | None, last: str | None, email: str | None = None) -> str:
    return f"{first or ''} {last or ''}".strip() or (email or "")


def _people(session: Session, company_id: str) -> tuple[PersonSummary, ...]:
    # Each person's newest live interaction: one step down an index per person.
    last = (
        select(Interaction.occurred_at)
        .where(Interaction.contact_id == Contact.id, Interaction.deleted_at.is_(None))
        .order_by(Interaction.occurred_at.desc())
        .limit(1)
        .correlate(Contact)
        .scalar_subquery()
    )
    return tuple(
        PersonSummary(
            id=r.id,
            name=_name(r.first_name, r.last_name, r.email),
            job_title=r.job_title or "",
            email=r.email or "",
            phone=r.mobile or r.phone or "",
            last_interaction=_aware(r.last),
        )
        for r in session.execute(
            select(
                Contact.id,
                Contact.first_name,
                Contact.last_name,
                Contact.email,
                Contact.job_title,
                Contact.phone,
                Contact.mobile,
                last.label("last"),
            )
            .where(Contact.company_id == company_id, Contact.deleted_at.is_(None))
            .order_by(Contact.sort_name, Contact.id)
        )
    )


def _orders(
    session: Session, company_id: str, limit: int, today: date | None = None
) -> tuple[tuple[CompanyOrderSummary, ...], dict[str, Any]]:
    """The latest ``limit`` orders of the account, and the figures over all of them.

    The account's orders are read once (date, total, kind: a few thousand rows for a big
    account) and summed here, rather than read again by each figure's query.
    """
    account = account_orders(
        [company_id],
        Order.id.label("id"),
        Order.ordered_at.label("at"),
        Order.total_cents.label("total"),
        Order.kind.label("kind"),
        Order.currency.label("currency"),
    )
    rows = session.execute(
        select(account.c.id, account.c.at, account.c.total, account.c.kind, account.c.currency)
    ).all()
    today = today or datetime.now(UTC).date()
    this_year = datetime(today.year, 1, 1, tzinfo=UTC)
    last_year = datetime(today.year - 1, 1, 1, tzinfo=UTC)
    count = credits = revenue = this = last = 0
    currencies: dict[str, int] = {}
    dated: list[tuple[datetime, str]] = []
    for order_id, raw_at, total, kind, currency in rows:
        at = _aware(raw_at)
        assert at is not None
        dated.append((at, order_id))
        total = total or 0
        revenue += total
        if kind == OrderKind.CREDIT_NOTE:
            credits += 1
        else:
            count += 1
        if at >= this_year:
            this += total
        elif at >= last_year:
            last += total
        currencies[currency] = currencies.get(currency, 0) + 1
    dated.sort(reverse=True)
    figures = {
        "order_count": count,
        "credit_note_count": credits,
        "revenue_total_cents": revenue,
        "revenue_this_year_cents": this,
        "revenue_last_year_cents": last,
        "average_basket_cents": round(revenue / count) if count else 0,
        "first_order": dated[-1][0] if dated else None,
        "last_order": dated[0][0] if dated else None,
        "currency": max(currencies, key=lambda c: currencies[c]) if currencies else "EUR",
    }
    wanted = [order_id for _, order_id in dated[:limit]]
    if not wanted:
        return (), figures
    line_count = (
        select(func.count())
        .where(OrderLine.order_id == Order.id, OrderLine.deleted_at.is_(None))
        .correlate(Order)
        .scalar_subquery()
    )
    orders = tuple(
        CompanyOrderSummary(
            id=o.id,
            number=o.number or "",
            ordered_at=o.ordered_at,
            kind=o.kind,
            lines=lines or 0,
            total_cents=o.total_cents,
            currency=o.currency,
            contact_id=o.contact_id,
            contact_name=_name(first, last) if o.contact_id else "",
        )
        for o, lines, first, last in session.execute(
            select(Order, line_count, Contact.first_name, Contact.last_name)
            .outerjoin(Contact, Contact.id == Order.contact_id)
            .where(Order.id.in_(wanted))
            .order_by(Order.ordered_at.desc(), Order.id)
        )
    )
    return orders, figures


def _aware(value: Any) -> datetime | None:
    """A min/max over a union comes back as text or a naive datetime on SQLite."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def _deal_of(company_id: str, people_ids: Any) -> Any:
    """A deal of the account: on the company, or with one of its people and no company."""
    return or_(
        Deal.company_id == company_id,
        Deal.company_id.is_(None) & Deal.contact_id.in_(people_ids),
    )


def _open_deals(
    session: Session, company_id: str, people_ids: Any
) -> tuple[tuple[CompanyDealSummary, ...], int]:
    rows = session.execute(
        select(Deal, PipelineStage.name, Contact.first_name, Contact.last_name)
        .join(PipelineStage, PipelineStage.id == Deal.stage_id)
        .outerjoin(Contact, Contact.id == Deal.contact_id)
        .where(
            _deal_of(company_id, people_ids),
            Deal.deleted_at.is_(None),
            Deal.status == DealStatus.OPEN,
        )
        .order_by(Deal.expected_close_date.is_(None), Deal.expected_close_date, Deal.title)
    )
    deals = tuple(
        CompanyDealSummary(
            id=d.id,
            title=d.title,
            stage=stage,
            amount_cents=d.amount_cents,
            currency=d.currency,
            expected_close_date=d.expected_close_date,
            contact_name=_name(first, last) if d.contact_id else "",
        )
        for d, stage, first, last in rows
    )
    return deals, sum(d.amount_cents for d in deals)


def _open_tasks(
    session: Session, company_id: str, people_ids: Any
) -> tuple[CompanyTaskSummary, ...]:
    return tuple(
        CompanyTaskSummary(
            id=t.id,
            title=t.title,
            due_at=t.due_at,
            priority=t.priority,
            contact_name=_name(first, last) if t.contact_id else "",
        )
        for t, first, last in session.execute(
            select(Task, Contact.first_name, Contact.last_name)
            .outerjoin(Contact, Contact.id == Task.contact_id)
            .where(
                or_(Task.company_id == company_id, Task.contact_id.in_(people_ids)),
                Task.deleted_at.is_(None),
                Task.done_at.is_(None),
            )
            .order_by(Task.due_at.is_(None), Task.due_at, Task.title)
            .limit(100)
        )
    )


__all__ = [
    "ORDERS_PAGE",
    "TIMELINE_PAGE",
    "CompanyDealSummary",
    "CompanyFile",
    "CompanyOrderSummary",
    "CompanyTaskSummary",
    "CustomValue",
    "OrderSummary",
    "PersonSummary",
    "TaskSummary",
    "load_company_file",
    "load_orders",
]
