"""What each list exports: its columns (with a type), how to find its rows and their values.

One :class:`Kind` per exportable list — contacts, companies, deals, tasks, interactions,
orders. A kind knows every column it can export by the **same key as the list's table
model** (``ui/*_table_model.py`` ``COLUMNS``, plus ``custom:<key>`` for custom fields and a
few extra columns the CLI exports), its type (how the cell is written: text, a number, an
amount, a date…) and its English title (the CLI's header; the GUI hands over its own,
translated, titles). Values are typed Python values; codes (a status, a channel…) stay
codes, and the writer turns them into labels (:mod:`app.exchange.export`).

Values come from the same services the lists use (``rows(ids)``), so a cell holds what
the list shows, typed. Contacts have their own query: the export of 100,000 contacts must
take seconds, and it needs fields the list does not show.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from app.custom_fields import CustomField, list_fields, typed_value
from models.database import Database
from models.people import Company, Contact, ContactTag, Tag
from models.sales import Order, OrderLine

# Column types: how a value is written.
TEXT = "text"
INTEGER = "integer"
NUMBER = "number"
#: (cents, currency) -> an amount with a currency format.
MONEY = "money"
#: A fraction (0.25) shown as 25 %.
PERCENT = "percent"
DATE = "date"
DATETIME = "datetime"
BOOL = "bool"
#: A stored code (status, channel…) written as its label.
CODE = "code"

#: Rows fetched per query.
CHUNK = 900


@dataclass(frozen=True)
class ColumnDef:
    key: str
    title: str
    type: str = TEXT


@dataclass(frozen=True)
class Period:
    """Days from ``start`` to ``end``, both included (None: open)."""

    start: date | None = None
    end: date | None = None

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        """The UTC datetimes [from, to) of the period's local days."""
        low = _local_midnight(self.start) if self.start else None
        high = _local_midnight(self.end + timedelta(days=1)) if self.end else None
        return low, high

    def contains(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


def _local_midnight(day: date) -> datetime:
    """The start of a local day, as a UTC datetime."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


@dataclass
class Kind:
    name: str
    #: English name of the list (the info sheet of a CLI export).
    title: str
    #: Every column, by key, in a sensible order (custom fields added at run time).
    catalogue: tuple[ColumnDef, ...]
    #: The columns the CLI exports, in order (custom fields follow for contacts/companies).
    default: tuple[str, ...]
    #: The custom-field entity ("contact", "company") or "".
    custom_entity: str = ""
    #: Every id of the list in its default order (CLI); an orders export takes a period.
    all_ids: Callable[..., list[str]] = field(default=lambda db, **kw: [])
    #: ``values(db, ids, keys)`` -> one list of typed values per id found, in order.
    values: Callable[[Database, Sequence[str], Sequence[str]], list[tuple[str, list[Any]]]] = field(
        default=lambda db, ids, keys: []
    )
    #: English labels of the codes, by column key (when no translated ones are given).
    labels: dict[str, dict[str, str]] = field(default_factory=dict)

    def columns(self, db: Database) -> dict[str, ColumnDef]:
        """Every exportable column by key, custom fields included."""
        found = {c.key: c for c in self.catalogue}
        for custom in self.custom_fields(db):
            found[custom.column] = ColumnDef(custom.column, custom.label, _custom_type(custom))
        return found

    def custom_fields(self, db: Database) -> list[CustomField]:
        return list_fields(db, self.custom_entity) if self.custom_entity else []

    def default_columns(self, db: Database) -> list[ColumnDef]:
        columns = self.columns(db)
        keys = [*self.default, *(f.column for f in self.custom_fields(db))]
        return [columns[key] for key in keys]


def _custom_type(custom: CustomField) -> str:
    return {"number": NUMBER, "date": DATE, "bool": BOOL}.get(custom.field_type, TEXT)


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for begin in range(0, len(ids), CHUNK):
        yield ids[begin : begin + CHUNK]


def _custom_value(fields: dict[str, CustomField], key: str, custom: dict[str, Any]) -> Any:
    found = fields.get(key)
    return typed_value(found, custom.get(found.key)) if found is not None else None


def _fields(db: Database, entity: str, keys: Sequence[str]) -> dict[str, CustomField]:
    if not any(key.startswith("custom:") for key in keys):
        return {}
    return {f.column: f for f in list_fields(db, entity)}


STATUS_LABELS = {"prospect": "Prospect", "customer": "Customer", "former": "Former customer"}

# -- contacts -----------------------------------------------------------------------------

_CONTACT_FIELDS: dict[str, Any] = {
    "customer_number": Contact.customer_number,
    "external_ref": Contact.external_ref,
    "civility": Contact.civility,
    "first_name": Contact.first_name,
    "last_name": Contact.last_name,
    "email": Contact.email,
    "email2": Contact.email2,
    "mobile": Contact.mobile,
    "address_line1": Contact.address_line1,
    "address_line2": Contact.address_line2,
    "postcode": Contact.postcode,
    "city": Contact.city,
    "country": Contact.country,
    "birthday": Contact.birthday,
    "job_title": Contact.job_title,
    "source": Contact.source,
    "status": Contact.status,
    "relationship_stage": Contact.relationship_stage,
    "preferred_channel": Contact.preferred_channel,
    "notes": Contact.notes,
    "updated": Contact.updated_at,
    "created": Contact.created_at,
}

CONTACTS = Kind(
    "contacts",
    "Contacts",
    (
        ColumnDef("name", "Name"),
        ColumnDef("customer_number", "Customer number"),
        ColumnDef("external_ref", "External reference"),
        ColumnDef("civility", "Civility", CODE),
        ColumnDef("first_name", "First name"),
        ColumnDef("last_name", "Last name"),
        ColumnDef("company", "Company"),
        ColumnDef("job_title", "Job title"),
        ColumnDef("email", "E-mail"),
        ColumnDef("email2", "Other e-mail"),
        # The list's "phone" is the phone, else the mobile; "landline" is the phone alone.
        ColumnDef("phone", "Phone"),
        ColumnDef("landline", "Phone"),
        ColumnDef("mobile", "Mobile"),
        ColumnDef("address_line1", "Address"),
        ColumnDef("address_line2", "Address (continued)"),
        ColumnDef("postcode", "Postcode"),
        ColumnDef("city", "City"),
        ColumnDef("country", "Country"),
        ColumnDef("birthday", "Birthday", DATE),
        ColumnDef("status", "Status", CODE),
        ColumnDef("relationship_stage", "Relationship stage", CODE),
        ColumnDef("preferred_channel", "Preferred channel", CODE),
        ColumnDef("source", "Source"),
        ColumnDef("tags", "Tags"),
        ColumnDef("notes", "Notes"),
        ColumnDef("created", "Created", DATETIME),
        ColumnDef("updated", "Updated", DATETIME),
    ),
    (
        "customer_number",
        "civility",
        "first_name",
        "last_name",
        "company",
        "job_title",
        "email",
        "email2",
        "landline",
        "mobile",
        "address_line1",
        "address_line2",
        "postcode",
        "city",
        "country",
        "birthday",
        "status",
        "source",
        "tags",
        "notes",
    ),
    custom_entity="contact",
    labels={
        "status": STATUS_LABELS,
        "civility": {"mr": "Mr", "mrs": "Mrs", "ms": "Ms"},
        "relationship_stage": {
            "discovery": "Discovery",
            "exploration": "Exploration",
            "expansion": "Expansion",
            "commitment": "Commitment",
            "dissolution": "Dissolution",
        },
        "preferred_channel": {},
    },
)


def _contact_ids(db: Database, **_: Any) -> list[str]:
    from app.contacts import ContactQuery, ContactService

    return ContactService(db).search_ids(ContactQuery())


def _contact_values(
    db: Database, ids: Sequence[str], keys: Sequence[str]
) -> list[tuple[str, list[Any]]]:
    """Typed values; "name" and "phone" are computed as ``ContactService.rows`` does."""
    customs = _fields(db, "contact", keys)
    wanted = set(keys) | {"first_name", "last_name", "email", "phone", "mobile"}
    columns = [name for name in _CONTACT_FIELDS if name in wanted]
    need_tags = "tags" in keys
    need_company = "company" in keys
    need_custom = bool(customs)
    statement_columns: list[Any] = [Contact.id, Contact.phone]
    statement_columns += [_CONTACT_FIELDS[name] for name in columns]
    if need_company:
        statement_columns.append(Company.name)
    if need_custom:
        statement_columns.append(Contact.custom)
    result: list[tuple[str, list[Any]]] = []
    with db.read() as session:
        connection = session.connection()
        for part in _chunks(ids):
            statement = select(*statement_columns).where(Contact.id.in_(part))
            if need_company:
                statement = statement.outerjoin(Company, Company.id == Contact.company_id)
            found: dict[str, dict[str, Any]] = {}
            for record in connection.execute(statement):
                values = dict(zip(columns, record[2 : 2 + len(columns)], strict=True))
                values["phone"] = record[1]
                position = 2 + len(columns)
                if need_company:
                    values["company"] = record[position]
                    position += 1
                if need_custom:
                    values["_custom"] = record[position] or {}
                found[record[0]] = values
            tags: dict[str, list[str]] = {}
            if need_tags:
                for contact_id, name in connection.execute(
                    select(ContactTag.contact_id, Tag.name)
                    .join(Tag, Tag.id == ContactTag.tag_id)
                    .where(ContactTag.contact_id.in_(part))
                    .order_by(Tag.name)
                ):
                    tags.setdefault(contact_id, []).append(name)
            for contact_id in part:
                values = found.get(contact_id)
                if values is None:
                    continue
                row: list[Any] = []
                for key in keys:
                    if key == "name":
                        name = f"{values['first_name'] or ''} {values['last_name'] or ''}"
                        row.append(name.strip() or (values["email"] or ""))
                    elif key == "phone":
                        row.append(values["phone"] or values["mobile"] or "")
                    elif key == "landline":
                        row.append(values["phone"])
                    elif key == "tags":
                        row.append(", ".join(tags.get(contact_id, ())))
                    elif key in customs:
                        row.append(_custom_value(customs, key, values["_custom"]))
                    else:
                        row.append(values.get(key))
                result.append((contact_id, row))
    return result


CONTACTS.all_ids = _contact_ids
CONTACTS.values = _contact_values

# -- companies ----------------------------------------------------------------------------

_COMPANY_EXTRA: dict[str, Any] = {
    "legal_name": Company.legal_name,
    "siret": Company.siret,
    "vat_number": Company.vat_number,
    "email": Company.email,
    "phone": Company.phone,
    "website": Company.website,
    "address_line1": Company.address_line1,
    "address_line2": Company.address_line2,
    "country": Company.country,
    "external_ref": Company.external_ref,
    "notes": Company.notes,
}

COMPANIES = Kind(
    "companies",
    "Companies",
    (
        ColumnDef("name", "Name"),
        ColumnDef("legal_name", "Legal name"),
        ColumnDef("siren", "SIREN"),
        ColumnDef("siret", "SIRET"),
        ColumnDef("vat_number", "VAT number"),
        ColumnDef("sector", "Sector"),
        ColumnDef("size", "Employees", CODE),
        ColumnDef("email", "E-mail"),
        ColumnDef("phone", "Phone"),
        ColumnDef("website", "Website"),
        ColumnDef("address_line1", "Address"),
        ColumnDef("address_line2", "Address (continued)"),
        ColumnDef("postcode", "Postcode"),
        ColumnDef("city", "City"),
        ColumnDef("country", "Country"),
        ColumnDef("people", "People", INTEGER),
        ColumnDef("revenue", "Revenue (12 months)", MONEY),
        ColumnDef("last_interaction", "Last interaction", DATE),
        ColumnDef("tags", "Tags"),
        ColumnDef("external_ref", "External reference"),
        ColumnDef("notes", "Notes"),
        ColumnDef("updated", "Updated", DATETIME),
    ),
    (
        "name",
        "legal_name",
        "siren",
        "siret",
        "vat_number",
        "sector",
        "size",
        "email",
        "phone",
        "website",
        "address_line1",
        "postcode",
        "city",
        "people",
        "revenue",
        "last_interaction",
        "tags",
    ),
    custom_entity="company",
)


def _company_ids(db: Database, **_: Any) -> list[str]:
    from app.companies import CompanyQuery, CompanyService

    return CompanyService(db).search_ids(CompanyQuery())


def _company_values(
    db: Database, ids: Sequence[str], keys: Sequence[str]
) -> list[tuple[str, list[Any]]]:
    from app.companies import CompanyService

    service = CompanyService(db)
    customs = _fields(db, "company", keys)
    extra_keys = [key for key in keys if key in _COMPANY_EXTRA]
    result: list[tuple[str, list[Any]]] = []
    for part in _chunks(ids):
        extra: dict[str, tuple[Any, ...]] = {}
        if extra_keys:
            with db.read() as session:
                statement = select(Company.id, *(_COMPANY_EXTRA[k] for k in extra_keys)).where(
                    Company.id.in_(part)
                )
                extra = {r[0]: tuple(r[1:]) for r in session.execute(statement)}
        for row in service.rows(part):
            values: list[Any] = []
            for key in keys:
                if key in customs:
                    values.append(_custom_value(customs, key, row.custom))
                elif key in _COMPANY_EXTRA:
                    values.append(extra.get(row.id, ())[extra_keys.index(key)])
                elif key == "revenue":
                    values.append((row.revenue, row.currency) if row.revenue else None)
                elif key == "people":
                    values.append(row.people)
                elif key == "tags":
                    values.append(", ".join(row.tags))
                elif key == "updated":
                    values.append(row.updated_at)
                else:
                    values.append(getattr(row, key, None))
            result.append((row.id, values))
    return result


COMPANIES.all_ids = _company_ids
COMPANIES.values = _company_values

# -- deals --------------------------------------------------------------------------------

DEALS = Kind(
    "deals",
    "Deals",
    (
        ColumnDef("title", "Deal"),
        ColumnDef("contact", "Contact"),
        ColumnDef("company", "Company"),
        ColumnDef("pipeline", "Pipeline"),
        ColumnDef("stage", "Stage"),
        ColumnDef("status", "Status", CODE),
        ColumnDef("owner", "Owner"),
        ColumnDef("amount", "Amount excl. VAT", MONEY),
        ColumnDef("probability", "Probability", PERCENT),
        ColumnDef("weighted", "Weighted", MONEY),
        ColumnDef("close", "Expected close", DATE),
        ColumnDef("close_reason", "Close reason"),
        ColumnDef("created", "Created", DATETIME),
        ColumnDef("closed", "Closed", DATETIME),
    ),
    (
        "title",
        "contact",
        "company",
        "pipeline",
        "stage",
        "status",
        "owner",
        "amount",
        "probability",
        "weighted",
        "close",
        "close_reason",
        "created",
        "closed",
    ),
    labels={"status": {"open": "Open", "won": "Won", "lost": "Lost"}},
)


def _deal_ids(db: Database, **_: Any) -> list[str]:
    from app.pipeline import DealQuery, search_ids

    return search_ids(db, DealQuery())


def _deal_values(
    db: Database, ids: Sequence[str], keys: Sequence[str]
) -> list[tuple[str, list[Any]]]:
    from app.pipeline import rows

    result: list[tuple[str, list[Any]]] = []
    for part in _chunks(ids):
        for row in rows(db, part):
            values: list[Any] = []
            for key in keys:
                if key == "amount":
                    values.append((row.amount_cents, row.currency))
                elif key == "weighted":
                    values.append((row.weighted_cents, row.currency))
                elif key == "probability":
                    values.append(row.probability / 100)
                elif key == "close":
                    values.append(row.expected_close_date)
                elif key == "created":
                    values.append(row.created_at)
                elif key == "closed":
                    values.append(row.closed_at)
                else:
                    values.append(getattr(row, key, None))
            result.append((row.id, values))
    return result


DEALS.all_ids = _deal_ids
DEALS.values = _deal_values

# -- tasks --------------------------------------------------------------------------------

TASKS = Kind(
    "tasks",
    "Tasks",
    (
        ColumnDef("done", "Done", BOOL),
        ColumnDef("title", "Task"),
        ColumnDef("due", "Due", DATETIME),
        ColumnDef("priority", "Priority", CODE),
        ColumnDef("contact", "Contact"),
        ColumnDef("company", "Company"),
        ColumnDef("deal", "Deal"),
        ColumnDef("owner", "Owner"),
        ColumnDef("notes", "Notes"),
        ColumnDef("done_at", "Done on", DATETIME),
    ),
    ("done", "title", "due", "priority", "contact", "company", "deal", "owner", "notes"),
    labels={"priority": {"low": "Low", "normal": "Normal", "high": "High"}},
)


def _task_ids(db: Database, **_: Any) -> list[str]:
    from app.tasks import TaskQuery, search_ids

    return search_ids(db, TaskQuery(view="all"))


def _task_values(
    db: Database, ids: Sequence[str], keys: Sequence[str]
) -> list[tuple[str, list[Any]]]:
    from app.tasks import rows

    result: list[tuple[str, list[Any]]] = []
    for part in _chunks(ids):
        for row in rows(db, part):
            values: list[Any] = []
            for key in keys:
                if key == "done":
                    values.append(row.done)
                elif key == "due":
                    due = row.due_at
                    if due is not None and row.all_day:
                        values.append(_local_day(due))
                    else:
                        values.append(due)
                else:
                    values.append(getattr(row, key, None))
            result.append((row.id, values))
    return result


def _local_day(moment: datetime) -> date:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


TASKS.all_ids = _task_ids
TASKS.values = _task_values

# -- interactions -------------------------------------------------------------------------

INTERACTIONS = Kind(
    "interactions",
    "Interactions",
    (
        ColumnDef("when", "When", DATETIME),
        ColumnDef("channel", "Channel", CODE),
        ColumnDef("direction", "Direction", CODE),
        ColumnDef("subject", "Subject"),
        ColumnDef("contact", "Contact"),
        ColumnDef("company", "Company"),
        ColumnDef("deal", "Deal"),
        ColumnDef("user", "By"),
        ColumnDef("satisfaction", "Satisfaction", NUMBER),
        ColumnDef("complaint", "Complaint", CODE),
        ColumnDef("notes", "Notes"),
        ColumnDef("outcome", "Outcome"),
        ColumnDef("duration", "Duration (minutes)", INTEGER),
    ),
    (
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
        "outcome",
        "duration",
    ),
    labels={
        "channel": {
            "phone": "Phone",
            "email": "E-mail",
            "meeting": "Meeting",
            "visit": "Visit",
            "letter": "Letter",
            "sms": "SMS",
            "web": "Web",
            "social": "Social",
            "note": "Note",
        },
        "direction": {"in": "Inbound", "out": "Outbound"},
        "complaint": {"open": "Open", "resolved": "Resolved"},
    },
)


def _interaction_ids(db: Database, **_: Any) -> list[str]:
    from app.activity import ActivityQuery, search_ids

    return search_ids(db, ActivityQuery())


def _interaction_values(
    db: Database, ids: Sequence[str], keys: Sequence[str]
) -> list[tuple[str, list[Any]]]:
    from app.activity import rows

    result: list[tuple[str, list[Any]]] = []
    for part in _chunks(ids):
        for row in rows(db, part):
            values: list[Any] = []
            for key in keys:
                if key == "when":
                    values.append(row.occurred_at)
                elif key == "direction":
                    values.append(None if row.channel == "note" else row.direction)
                elif key == "subject":
                    values.append(row.subject or row.excerpt)
                elif key in ("contact", "company", "deal", "user"):
                    name = {"contact": "contact_name", "company": "company_name"}.get(key)
                    name = name or {"deal": "deal_title", "user": "user_name"}[key]
                    values.append(getattr(row, name))
                elif key == "satisfaction":
                    score, scale = row.satisfaction_score, row.satisfaction_scale or 10
                    values.append(None if score is None else round(score * 10 / scale, 1))
                elif key == "complaint":
                    values.append((row.complaint_status or "open") if row.is_complaint else None)
                elif key == "duration":
                    values.append(row.duration_minutes)
                else:
                    values.append(getattr(row, key, None))
            result.append((row.id, values))
    return result


INTERACTIONS.all_ids = _interaction_ids
INTERACTIONS.values = _interaction_values

# -- orders -------------------------------------------------------------------------------

ORDERS = Kind(
    "orders",
    "Orders",
    (
        ColumnDef("number", "Number"),
        ColumnDef("date", "Date", DATE),
        ColumnDef("kind", "Kind", CODE),
        ColumnDef("customer", "Customer"),
        ColumnDef("customer_number", "Customer number"),
        ColumnDef("company", "Company"),
        ColumnDef("channel", "Channel"),
        ColumnDef("lines", "Lines", INTEGER),
        ColumnDef("excl_vat", "Amount excl. VAT", MONEY),
        ColumnDef("vat", "VAT", MONEY),
        ColumnDef("incl_vat", "Amount incl. VAT", MONEY),
        ColumnDef("currency", "Currency"),
        ColumnDef("external_ref", "External reference"),
    ),
    (
        "number",
        "date",
        "kind",
        "customer",
        "customer_number",
        "company",
        "channel",
        "lines",
        "excl_vat",
        "vat",
        "incl_vat",
        "currency",
    ),
    labels={"kind": {"order": "Order", "credit_note": "Credit note"}},
)


def _order_ids(db: Database, *, period: Period | None = None, **_: Any) -> list[str]:
    """The live orders and credit notes of the period, by date then number."""
    low, high = (period or Period()).bounds()
    statement = select(Order.id).where(Order.deleted_at.is_(None))
    if low is not None:
        statement = statement.where(Order.ordered_at >= low)
    if high is not None:
        statement = statement.where(Order.ordered_at < high)
    with db.read() as session:
        return list(session.scalars(statement.order_by(Order.ordered_at, Order.number, Order.id)))


@dataclass(frozen=True)
class OrderFigures:
    """An order's amounts in cents; excl. VAT and VAT are None when no line gives a rate."""

    lines: int
    incl_vat: int
    excl_vat: int | None
    vat: int | None


def vat_split(amount_incl: int, rate_bp: int) -> tuple[int, int]:
    """(excl. VAT, VAT) of an amount including VAT at ``rate_bp`` (rounded to the cent)."""
    excl = round(amount_incl * 10000 / (10000 + rate_bp))
    return excl, amount_incl - excl


def order_figures(db: Database, ids: Sequence[str]) -> dict[str, OrderFigures]:
    """The figures of these orders from their lines (the total alone without lines)."""
    figures: dict[str, OrderFigures] = {}
    with db.read() as session:
        connection = session.connection()
        for part in _chunks(ids):
            totals = dict(
                connection.execute(
                    select(Order.id, Order.total_cents).where(Order.id.in_(part))
                ).all()
            )
            lines: dict[str, list[tuple[int, int | None]]] = {}
            for order_id, amount, rate in connection.execute(
                select(OrderLine.order_id, OrderLine.amount_cents, OrderLine.vat_rate_bp).where(
                    OrderLine.order_id.in_(part), OrderLine.deleted_at.is_(None)
                )
            ):
                lines.setdefault(order_id, []).append((amount, rate))
            for order_id, total in totals.items():
                own = lines.get(order_id, [])
                if not own:
                    figures[order_id] = OrderFigures(0, total, None, None)
                    continue
                excl = vat = 0
                for amount, rate in own:
                    if rate is None:
                        break
                    line_excl, line_vat = vat_split(amount, rate)
                    excl += line_excl
                    vat += line_vat
                else:
                    # VAT known for every line; the total incl. VAT is the order's own.
                    figures[order_id] = OrderFigures(len(own), total, total - vat, vat)
                    continue
                figures[order_id] = OrderFigures(len(own), total, None, None)
    return figures


def _order_values(
    db: Database, ids: Sequence[str], keys: Sequence[str]
) -> list[tuple[str, list[Any]]]:
    figures = order_figures(db, ids) if {"lines", "excl_vat", "vat", "incl_vat"} & set(keys) else {}
    result: list[tuple[str, list[Any]]] = []
    with db.read() as session:
        connection = session.connection()
        for part in _chunks(ids):
            records = {
                r.id: r
                for r in connection.execute(
                    select(
                        Order.id,
                        Order.number,
                        Order.ordered_at,
                        Order.kind,
                        Order.currency,
                        Order.channel,
                        Order.external_ref,
                        Contact.first_name,
                        Contact.last_name,
                        Contact.customer_number,
                        Company.name.label("company"),
                    )
                    .outerjoin(Contact, Contact.id == Order.contact_id)
                    .outerjoin(Company, Company.id == Order.company_id)
                    .where(Order.id.in_(part))
                )
            }
            for order_id in part:
                r = records.get(order_id)
                if r is None:
                    continue
                numbers = figures.get(order_id)
                values: list[Any] = []
                for key in keys:
                    if key == "date":
                        values.append(_local_day(r.ordered_at))
                    elif key == "customer":
                        name = f"{r.first_name or ''} {r.last_name or ''}".strip()
                        values.append(name or r.company or "")
                    elif key == "lines":
                        values.append(numbers.lines if numbers else None)
                    elif key in ("excl_vat", "vat", "incl_vat"):
                        cents = getattr(numbers, key) if numbers else None
                        values.append(None if cents is None else (cents, r.currency))
                    else:
                        values.append(getattr(r, key, None))
                result.append((order_id, values))
    return result


ORDERS.all_ids = _order_ids
ORDERS.values = _order_values

KINDS: dict[str, Kind] = {
    kind.name: kind for kind in (CONTACTS, COMPANIES, DEALS, TASKS, INTERACTIONS, ORDERS)
}


def kind(name: str) -> Kind:
    """The kind called ``name`` (KeyError otherwise)."""
    return KINDS[name]


def live_count(db: Database, name: str) -> int:
    """How many live records of a kind there are (for messages)."""
    table = {"contacts": Contact, "companies": Company, "orders": Order}[name]
    with db.read() as session:
        return (
            session.scalar(
                select(func.count()).select_from(table).where(table.deleted_at.is_(None))
            )
            or 0
        )


__all__ = [
    "BOOL",
    "CODE",
    "DATE",
    "DATETIME",
    "INTEGER",
    "KINDS",
    "MONEY",
    "NUMBER",
    "PERCENT",
    "TEXT",
    "ColumnDef",
    "Kind",
    "OrderFigures",
    "Period",
    "kind",
    "order_figures",
    "vat_split",
]
