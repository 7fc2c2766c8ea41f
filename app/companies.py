"""Companies (B2B accounts): create, edit, delete and restore, search and list, tags.

Views ask this service; it returns plain dataclasses, never live ORM objects. The list is
filtered and sorted in SQL; its figures (people, revenue of the last 12 months, last
interaction) are computed for the rows shown only, a page at a time. Sorting by one of
those figures, and searching as you type (accent-free, over the name, legal name, city,
postcode, SIREN/SIRET digits, VAT number, sector), use a copy of all the companies'
figures or search text, made once and kept while the database does not change (every
write adds a change-log entry, so the newest entry tells).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Select, and_, case, exists, func, or_, select, union_all
from sqlalchemy.orm import Session

from app import custom_fields as custom_module
from app.contacts import _tag, _tag_names
from app.custom_fields import CustomField, custom_fields_of
from app.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from app.identifiers import (
    clean_siren,
    clean_siret,
    clean_vat_number,
    siren_of_siret,
    siren_of_vat_number,
)
from app.validation import (
    MSG_CHOICE,
    MSG_TOO_LONG,
    clean_email,
    clean_postcode,
    clean_text,
    parse_phone,
)
from models import (
    ChangeLogEntry,
    Company,
    CompanyTag,
    Contact,
    Interaction,
    Order,
    Tag,
    fold,
    utcnow,
)
from models.database import Database
from models.enums import BatchKind

MSG_COMPANY_NAME = QT_TRANSLATE_NOOP("errors", "Give the company's name.")
MSG_WEBSITE = QT_TRANSLATE_NOOP("errors", "This website address is not valid.")
MSG_COUNTRY = QT_TRANSLATE_NOOP("errors", "A country is given by its 2-letter code (FR, BE…).")

#: Head-count ranges of INSEE, as stored ("5000+": 5,000 employees or more).
SIZE_CODES: tuple[str, ...] = ("0", "1-9", "10-49", "50-249", "250-4999", "5000+")
#: Codes written by earlier versions, still accepted and shown.
LEGACY_SIZE_CODES: dict[str, str] = {"250+": "250-4999"}
_SIZE_RANK = {code: rank for rank, code in enumerate(SIZE_CODES)} | {"250+": 4}

MAX_LENGTHS = {
    "name": 300,
    "legal_name": 300,
    "sector": 200,
    "email": 320,
    "website": 300,
    "address_line1": 300,
    "address_line2": 300,
    "city": 200,
    "delivery_address_line1": 300,
    "delivery_address_line2": 300,
    "delivery_city": 200,
    "notes": 20000,
}
TEXT_FIELDS = (
    "name",
    "legal_name",
    "sector",
    "address_line1",
    "address_line2",
    "city",
    "delivery_address_line1",
    "delivery_address_line2",
    "delivery_city",
)
#: The revenue shown in the list: the orders of the last 365 days.
REVENUE_DAYS = 365
DUPLICATE_NAME_SCORE = 90
_WEBSITE = re.compile(
    r"^https?://([A-Za-z0-9\u00c0-\uffff]([A-Za-z0-9\u00c0-\uffff-]{0,61}[A-Za-z0-9\u00c0-\uffff])?\.)+"
    r"[A-Za-z\u00c0-\uffff]{2,63}(:\d{1,5})?([/?#]\S*)?$"
)
_DIGIT_QUERY = re.compile(r"^[\d\s.\-/\u00a0\u202f]+$")


@dataclass
class CompanyInput:
    """What the new/edit form holds. Empty strings mean "no value".

    An empty delivery address means "same as the head office".
    """

    name: str = ""
    legal_name: str = ""
    siren: str = ""
    siret: str = ""
    vat_number: str = ""
    sector: str = ""
    size: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    address_line1: str = ""
    address_line2: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "FR"
    delivery_address_line1: str = ""
    delivery_address_line2: str = ""
    delivery_postcode: str = ""
    delivery_city: str = ""
    delivery_country: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    custom: dict[str, Any] = field(default_factory=dict)

    @property
    def has_delivery_address(self) -> bool:
        return any(
            (getattr(self, name) or "").strip()
            for name in (
                "delivery_address_line1",
                "delivery_address_line2",
                "delivery_postcode",
                "delivery_city",
            )
        )


@dataclass(frozen=True)
class CompanyQuery:
    """A filtered, sorted view of the companies."""

    text: str = ""
    sector: str | None = None
    city: str | None = None
    tag: str | None = None
    #: A column key: "name", "siren", "city", "postcode", "sector", "size", "people",
    #: "revenue", "last_interaction", "tags", "updated", "created" or "custom:<key>".
    sort: str = "name"
    descending: bool = False
    deleted: bool = False
    #: Only these companies, still searched, filtered and sorted.
    ids: frozenset[str] | None = None
    #: Conditions on custom fields: ``app.custom_fields.CustomFilter`` values or
    #: (key, operator, value) tuples (operators: see ``_custom_filter``).
    custom: tuple[Any, ...] = ()


@dataclass(frozen=True)
class CompanyRow:
    id: str
    name: str
    siren: str
    city: str
    postcode: str
    sector: str
    size: str
    #: How many (live) people work there.
    people: int
    #: Revenue of the last 12 months, in cents (credit notes deducted).
    revenue: int
    currency: str
    last_interaction: datetime | None
    tags: tuple[str, ...]
    custom: dict[str, Any]
    updated_at: datetime


@dataclass(frozen=True)
class CompanyDuplicate:
    id: str
    name: str
    city: str
    siren: str
    #: Why it looks like the same company: "siren", "siret", "vat" or "name".
    reason: str
    score: int


@dataclass(frozen=True)
class CompanyTagInfo:
    id: str
    name: str
    companies: int


SORT_COLUMNS: dict[str, Any] = {
    "name": Company.sort_name,
    "siren": Company.siren,
    "city": Company.city,
    "postcode": Company.postcode,
    "sector": Company.sector,
    "size": case(_SIZE_RANK, value=Company.size, else_=-1),
    "tags": Company.sort_name,
    "updated": Company.updated_at,
    "created": Company.created_at,
}
#: Sorts by a figure computed over other tables (see ``_figure``).
FIGURE_SORTS = ("people", "revenue", "last_interaction")
#: Sorts by words, accent-free (done in Python: a few thousand companies at most).
WORD_SORTS: dict[str, Any] = {"city": Company.city, "sector": Company.sector}


def size_rank(code: str | None) -> int:
    """Where a head-count code sorts (-1 for none or an unknown one)."""
    return _SIZE_RANK.get(code or "", -1)


class CompanyService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        # Valid while the change log's newest entry is the same.
        self._haystacks: tuple[str | None, dict[str, str]] | None = None
        self._figures: dict[str, tuple[str | None, dict[str, Any]]] = {}

    # -- lists ------------------------------------------------------------------------

    def _head(self, session: Session) -> str | None:
        return session.scalar(select(func.max(ChangeLogEntry.hlc)))

    def _filtered(
        self, session: Session, statement: Select[Any], query: CompanyQuery
    ) -> Select[Any]:
        deleted = Company.deleted_at.is_not(None) if query.deleted else Company.deleted_at.is_(None)
        statement = statement.where(deleted)
        if query.sector:
            statement = statement.where(Company.sector == query.sector)
        if query.city:
            statement = statement.where(func.lower(Company.city) == query.city.lower())
        if query.tag:
            statement = statement.where(
                exists().where(
                    CompanyTag.company_id == Company.id,
                    CompanyTag.tag_id == Tag.id,
                    Tag.name == query.tag,
                )
            )
        if query.custom:
            fields = {f.key: f for f in custom_fields_of(session, "company")}
            for condition in query.custom:
                key, op, value = _condition(condition)
                definition = fields.get(key) or CustomField(key, key, "text", (), 0)
                statement = statement.where(_custom_filter(definition, op, value))
        return statement

    def _ordering(self, session: Session, query: CompanyQuery) -> list[Any]:
        if query.sort.startswith("custom:"):
            key = query.sort.removeprefix("custom:")
            fields = {f.key: f for f in custom_fields_of(session, "company")}
            definition = fields.get(key) or CustomField(key, key, "text", (), 0)
            return [*_custom_order(definition, query.descending), Company.sort_name, Company.id]
        column = SORT_COLUMNS.get(query.sort, Company.sort_name)
        ordering = [column.desc() if query.descending else column.asc()]
        if column is not Company.sort_name:
            ordering.append(Company.sort_name)
        ordering.append(Company.id)
        return ordering

    def search_ids(self, query: CompanyQuery) -> list[str]:
        """The ids of the companies in the view, in display order."""
        only = query.ids
        if only is not None and not only:
            return []
        with self.db.read() as session:
            figure = query.sort if query.sort in FIGURE_SORTS else None
            words = query.sort if query.sort in WORD_SORTS else None
            if figure or words:
                # Read in name order, then sorted below (stable: ties keep the name order).
                ordering = self._ordering(session, CompanyQuery(sort="name"))
            else:
                ordering = self._ordering(session, query)
            columns = [Company.id] + ([WORD_SORTS[words]] if words else [])
            statement = self._filtered(session, select(*columns), query).order_by(*ordering)
            rows = session.execute(statement).all()
            ids = [row[0] for row in rows]
            if query.text.strip():
                matches = self._matches(session, query.text)
                ids = [company_id for company_id in ids if company_id in matches]
            if only is not None:
                ids = [company_id for company_id in ids if company_id in only]
            if figure:
                values = self._figure(session, figure)
                ids.sort(key=lambda i: _figure_key(values.get(i)), reverse=query.descending)
            elif words:
                # Accent-free ("Évreux" beside "Evreux"), and companies without one last.
                folded = {row[0]: fold(row[1]) for row in rows}
                ids.sort(key=lambda i: folded[i], reverse=query.descending)
                ids = [i for i in ids if folded[i]] + [i for i in ids if not folded[i]]
            return ids

    def count(self, query: CompanyQuery) -> int:
        if query.ids is not None or query.text.strip():
            return len(self.search_ids(query))
        with self.db.read() as session:
            statement = self._filtered(session, select(func.count()).select_from(Company), query)
            return session.scalar(statement) or 0

    def _matches(self, session: Session, typed: str) -> set[str]:
        """The companies (deleted ones too) whose search text holds every typed word."""
        haystacks = self._all_haystacks(session)
        if _DIGIT_QUERY.match(typed) and sum(c.isdigit() for c in typed) >= 2:
            words = ["".join(c for c in typed if c.isdigit())]
        else:
            words = [w for w in re.split(r"[\s,;]+", fold(typed)) if w]
        if not words:
            return set()
        return {
            company_id
            for company_id, text in haystacks.items()
            if all(word in text for word in words)
        }

    def _all_haystacks(self, session: Session) -> dict[str, str]:
        head = self._head(session)
        with self._lock:
            if self._haystacks is not None and self._haystacks[0] == head:
                return self._haystacks[1]
        haystacks: dict[str, str] = {}
        for row in session.execute(
            select(
                Company.id,
                Company.sort_name,
                Company.legal_name,
                Company.city,
                Company.postcode,
                Company.siren,
                Company.siret,
                Company.vat_number,
                Company.sector,
                Company.email,
                Company.phone_e164,
                Company.external_ref,
            )
        ):
            company_id, *parts = row
            text = fold(" ".join(part for part in parts if part))
            phone = row.phone_e164 or ""
            haystacks[company_id] = f"{text} 0{phone[3:]}" if phone.startswith("+33") else text
        with self._lock:
            self._haystacks = (head, haystacks)
        return haystacks

    def _figure(self, session: Session, name: str) -> dict[str, Any]:
        """Every company's people count, revenue or last interaction (kept, see module)."""
        head = self._head(session)
        with self._lock:
            cached = self._figures.get(name)
            if cached is not None and cached[0] == head:
                return cached[1]
        if name == "people":
            values: dict[str, Any] = _people_counts(session, None)
        elif name == "revenue":
            values = _revenues(session, None, utcnow() - timedelta(days=REVENUE_DAYS))
        else:
            values = _last_interactions(session, None)
        with self._lock:
            self._figures[name] = (head, values)
        return values

    def rows(self, ids: Sequence[str]) -> list[CompanyRow]:
        """The rows for these ids, in the same order (missing ids are skipped)."""
        if not ids:
            return []
        wanted = list(ids)
        with self.db.read() as session:
            records = session.execute(
                select(
                    Company.id,
                    Company.name,
                    Company.siren,
                    Company.city,
                    Company.postcode,
                    Company.sector,
                    Company.size,
                    Company.custom,
                    Company.updated_at,
                ).where(Company.id.in_(wanted))
            ).all()
            people = _people_counts(session, wanted)
            revenue = _revenues(session, wanted, utcnow() - timedelta(days=REVENUE_DAYS))
            last = _last_interactions(session, wanted)
            tags = _tags_of(session, wanted)
        by_id = {
            r.id: CompanyRow(
                id=r.id,
                name=r.name,
                siren=r.siren or "",
                city=r.city or "",
                postcode=r.postcode or "",
                sector=r.sector or "",
                size=r.size or "",
                people=people.get(r.id, 0),
                revenue=revenue.get(r.id, 0),
                currency="EUR",
                last_interaction=last.get(r.id),
                tags=tuple(tags.get(r.id, ())),
                custom=dict(r.custom or {}),
                updated_at=r.updated_at,
            )
            for r in records
        }
        return [by_id[i] for i in wanted if i in by_id]

    def sectors(self, limit: int = 200) -> list[str]:
        """The sectors in use, most common first: suggestions for the form and the filter."""
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(Company.sector)
                    .where(Company.deleted_at.is_(None), Company.sector.is_not(None))
                    .where(Company.sector != "")
                    .group_by(Company.sector)
                    .order_by(func.count().desc(), Company.sector)
                    .limit(limit)
                )
            )

    def cities(self, limit: int = 500) -> list[str]:
        """The companies' most common cities, for the city filter."""
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(Company.city)
                    .where(Company.deleted_at.is_(None), Company.city.is_not(None))
                    .where(Company.city != "")
                    .group_by(Company.city)
                    .order_by(func.count().desc(), Company.city)
                    .limit(limit)
                )
            )

    def tags(self) -> list[CompanyTagInfo]:
        """Every tag (shared with contacts), with how many companies carry it."""
        with self.db.read() as session:
            records = session.execute(
                select(Tag.id, Tag.name, func.count(CompanyTag.id))
                .outerjoin(CompanyTag, CompanyTag.tag_id == Tag.id)
                .where(Tag.deleted_at.is_(None))
                .group_by(Tag.id, Tag.name)
                .order_by(Tag.name)
            ).all()
        return [CompanyTagInfo(*record) for record in records]

    def custom_fields(self) -> list[CustomField]:
        """The companies' custom fields, in form order."""
        with self.db.read() as session:
            return custom_fields_of(session, "company")

    def name_of(self, company_id: str) -> str:
        with self.db.read() as session:
            return _get(session, company_id).name

    # -- one company ------------------------------------------------------------------

    def load_input(self, company_id: str) -> CompanyInput:
        """The form values of an existing company, for the edit dialog."""
        with self.db.read() as session:
            company = _get(session, company_id)
            values = CompanyInput(
                **{
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
                        "website",
                        "address_line1",
                        "address_line2",
                        "postcode",
                        "city",
                        "delivery_address_line1",
                        "delivery_address_line2",
                        "delivery_postcode",
                        "delivery_city",
                        "delivery_country",
                        "notes",
                    )
                },
                country=company.country or "FR",
                tags=_tags_of(session, [company_id]).get(company_id, []),
                custom=dict(company.custom or {}),
            )
        return values

    def validate(self, data: CompanyInput) -> dict[str, str]:
        """Field -> message template, for every field that is not acceptable."""
        return _normalise(data)[1]

    def find_duplicates(
        self, data: CompanyInput, exclude_id: str | None = None, limit: int = 5
    ) -> list[CompanyDuplicate]:
        """Existing companies that are likely the same as ``data``: same SIREN, SIRET or
        VAT number, or a very similar name in the same city."""
        values = _normalise(data)[0]
        found: dict[str, CompanyDuplicate] = {}
        with self.db.read() as session:
            base = select(Company).where(Company.deleted_at.is_(None))
            if exclude_id:
                base = base.where(Company.id != exclude_id)
            for reason, column, value, score in (
                ("siret", Company.siret, values["siret"], 100),
                ("siren", Company.siren, values["siren"], 100),
                ("vat", Company.vat_number, values["vat_number"], 100),
            ):
                if not value:
                    continue
                for company in session.scalars(base.where(column == value).limit(limit)):
                    found.setdefault(company.id, _duplicate(company, reason, score))
            name = fold(values["name"])
            places = []
            if values["city"]:
                places.append(func.lower(Company.city) == values["city"].lower())
            if values["postcode"]:
                places.append(Company.postcode == values["postcode"])
            if name and places:
                for company in session.scalars(base.where(or_(*places)).limit(2000)):
                    if company.id in found:
                        continue
                    score = int(fuzz.token_sort_ratio(name, company.sort_name))
                    if score >= DUPLICATE_NAME_SCORE:
                        found[company.id] = _duplicate(company, "name", score)
        ranked = sorted(found.values(), key=lambda c: (-c.score, c.name))
        return ranked[:limit]

    def create(self, data: CompanyInput) -> str:
        values = _clean(data)
        with self.db.write(BatchKind.CREATE, f"New company {values['name']}") as session:
            company = Company(name=values["name"])
            _apply(company, values)
            session.add(company)
            session.flush()
            _set_tags(session, company.id, values["tags"])
            return company.id

    def update(self, company_id: str, data: CompanyInput) -> None:
        values = _clean(data)
        with self.db.write(BatchKind.EDIT, f"Edit company {values['name']}") as session:
            company = _get(session, company_id)
            _apply(company, values)
            _set_tags(session, company_id, values["tags"])

    def delete(self, company_ids: Iterable[str]) -> int:
        """Tombstone the companies (they can be restored, or the batch undone).

        Their people stay in the contacts, still linked to the company.
        """
        ids = list(company_ids)
        now = utcnow()
        with self.db.write(BatchKind.DELETE, f"Delete {len(ids)} company(ies)") as session:
            companies = session.scalars(
                select(Company).where(Company.id.in_(ids), Company.deleted_at.is_(None))
            ).all()
            for company in companies:
                company.deleted_at = now
            return len(companies)

    def restore(self, company_ids: Iterable[str]) -> int:
        ids = list(company_ids)
        with self.db.write(BatchKind.RESTORE, f"Restore {len(ids)} company(ies)") as session:
            companies = session.scalars(
                select(Company).where(Company.id.in_(ids), Company.deleted_at.is_not(None))
            ).all()
            for company in companies:
                company.deleted_at = None
            return len(companies)

    def add_tags(self, company_ids: Iterable[str], names: Iterable[str]) -> int:
        """Put tags on companies (a mass edit, one batch). Returns the links created."""
        ids, tag_names = list(company_ids), _tag_names(names)
        created = 0
        label = f"Tag {len(ids)} company(ies): {', '.join(tag_names)}"
        with self.db.write(BatchKind.MASS_EDIT, label) as session:
            tags = [_tag(session, name) for name in tag_names]
            session.flush()
            existing = set(
                session.execute(
                    select(CompanyTag.company_id, CompanyTag.tag_id).where(
                        CompanyTag.company_id.in_(ids),
                        CompanyTag.tag_id.in_([t.id for t in tags]),
                    )
                )
            )
            live = set(
                session.scalars(
                    select(Company.id).where(Company.id.in_(ids), Company.deleted_at.is_(None))
                )
            )
            for company_id in ids:
                for tag in tags:
                    if company_id in live and (company_id, tag.id) not in existing:
                        session.add(CompanyTag(company_id=company_id, tag_id=tag.id))
                        existing.add((company_id, tag.id))
                        created += 1
        return created

    def remove_tags(self, company_ids: Iterable[str], names: Iterable[str]) -> int:
        ids, tag_names = list(company_ids), _tag_names(names)
        label = f"Untag {len(ids)} company(ies): {', '.join(tag_names)}"
        with self.db.write(BatchKind.MASS_EDIT, label) as session:
            links = session.scalars(
                select(CompanyTag)
                .join(Tag, Tag.id == CompanyTag.tag_id)
                .where(CompanyTag.company_id.in_(ids), Tag.name.in_(tag_names))
            ).all()
            for link in links:
                session.delete(link)
            return len(links)


# -- figures of several companies (None: of all of them) --------------------------------


def _in(column: Any, ids: Sequence[str] | None) -> Any:
    return column.is_not(None) if ids is None else column.in_(ids)


def _people_counts(session: Session, ids: Sequence[str] | None) -> dict[str, int]:
    return dict(
        session.execute(
            select(Contact.company_id, func.count())
            .where(_in(Contact.company_id, ids), Contact.deleted_at.is_(None))
            .group_by(Contact.company_id)
        ).all()
    )


def account_orders(
    company_ids: Sequence[str] | None, *columns: Any, since: datetime | None = None
) -> Any:
    """The live orders of accounts, as (company_id, *columns) rows: the orders of the
    company, and those of its people placed without a company (since ``since``)."""
    on_company = select(Order.company_id.label("company_id"), *columns).where(
        _in(Order.company_id, company_ids), Order.deleted_at.is_(None)
    )
    of_people = (
        select(Contact.company_id.label("company_id"), *columns)
        .join(Order, Order.contact_id == Contact.id)
        .where(
            _in(Contact.company_id, company_ids),
            # Not "company_id IS NULL": the planner would take it for a selective index
            # lookup and read every order placed without a company.
            func.coalesce(Order.company_id, "") == "",
            Order.deleted_at.is_(None),
        )
    )
    if since is not None:
        on_company = on_company.where(Order.ordered_at >= since)
        of_people = of_people.where(Order.ordered_at >= since)
    return union_all(on_company, of_people).subquery()


def _revenues(session: Session, ids: Sequence[str] | None, since: datetime) -> dict[str, int]:
    orders = account_orders(ids, Order.total_cents.label("total"), since=since)
    return {
        company_id: int(total or 0)
        for company_id, total in session.execute(
            select(orders.c.company_id, func.sum(orders.c.total)).group_by(orders.c.company_id)
        )
    }


def _last_interactions(session: Session, ids: Sequence[str] | None) -> dict[str, datetime]:
    live = Interaction.deleted_at.is_(None)
    found: dict[str, datetime] = {}
    for statement in (
        select(Interaction.company_id, func.max(Interaction.occurred_at))
        .where(_in(Interaction.company_id, ids), live)
        .group_by(Interaction.company_id),
        select(Contact.company_id, func.max(Interaction.occurred_at))
        .join(Interaction, Interaction.contact_id == Contact.id)
        .where(_in(Contact.company_id, ids), live)
        .group_by(Contact.company_id),
    ):
        for company_id, when in session.execute(statement):
            if when is not None and (company_id not in found or when > found[company_id]):
                found[company_id] = when
    return found


def _figure_key(value: Any) -> Any:
    if value is None:
        return (0, 0)
    if isinstance(value, datetime):
        return (1, value.timestamp())
    return (1, value)


# -- custom fields ----------------------------------------------------------------------


def _custom_order(definition: CustomField, descending: bool) -> list[Any]:
    """ORDER BY terms for a custom field, records without a value last (the shared
    helper's when it exists)."""
    helper: Callable[..., Any] | None = getattr(custom_module, "custom_ordering", None)
    if helper is not None:
        return list(helper(Company.custom, definition, descending))
    value = Company.custom[definition.key]
    empty = case((value.as_string().is_(None), 1), else_=0)
    if definition.field_type == "number":
        expression: Any = value.as_float()
    elif definition.field_type == "bool":
        expression = value.as_boolean()
    else:
        expression = func.lower(value.as_string())
    return [empty.asc(), expression.desc() if descending else expression.asc()]


def _custom_filter(definition: CustomField, op: str, wanted: Any) -> Any:
    """A condition on a custom field (the shared helper's when it exists).

    Operators: "equals", "contains", "lt", "gt", "between" (a (low, high) pair), "empty",
    "not_empty", "yes", "no".
    """
    helper: Callable[..., Any] | None = getattr(custom_module, "custom_filter_clause", None)
    if helper is not None:
        return helper(Company.custom, definition, op, wanted)
    value = Company.custom[definition.key]
    text = value.as_string()
    if op == "empty":
        return or_(text.is_(None), text == "")
    if op == "not_empty":
        return and_(text.is_not(None), text != "")
    if op in ("yes", "no"):
        flag = value.as_boolean()
        return flag.is_(True) if op == "yes" else or_(flag.is_(None), flag.is_(False))
    if op == "contains":
        return func.lower(text).contains(str(wanted).lower(), autoescape=True)
    typed: Any = value.as_float() if definition.field_type == "number" else text

    def convert(raw: Any) -> Any:
        return float(raw) if definition.field_type == "number" else str(raw)

    if op == "between":
        low, high = wanted if isinstance(wanted, list | tuple) else (wanted, None)
        parts = [text.is_not(None)]
        if low not in (None, ""):
            parts.append(typed >= convert(low))
        if high not in (None, ""):
            parts.append(typed <= convert(high))
        return and_(*parts)
    if op == "lt":
        return typed < convert(wanted)
    if op == "gt":
        return typed > convert(wanted)
    if op == "equals":
        if isinstance(wanted, list | tuple | set | frozenset):
            return text.in_([str(v) for v in wanted])
        if definition.field_type == "text":
            return func.lower(text) == str(wanted).lower()
        return typed == convert(wanted)
    raise ValueError(f"unknown operator {op!r}")


def _condition(condition: Any) -> tuple[str, str, Any]:
    if isinstance(condition, tuple):
        key, op, value = condition
        return key, op, value
    return condition.key, condition.op, condition.value


# -- helpers ----------------------------------------------------------------------------


def _get(session: Session, company_id: str) -> Company:
    company = session.get(Company, company_id)
    if company is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This company no longer exists."))
    return company


def _tags_of(session: Session, ids: Sequence[str]) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for company_id, name in session.execute(
        select(CompanyTag.company_id, Tag.name)
        .join(Tag, Tag.id == CompanyTag.tag_id)
        .where(CompanyTag.company_id.in_(ids))
        .order_by(Tag.name)
    ):
        tags.setdefault(company_id, []).append(name)
    return tags


def _set_tags(session: Session, company_id: str, names: list[str]) -> None:
    wanted = set(names)
    links = session.execute(
        select(CompanyTag, Tag.name)
        .join(Tag, Tag.id == CompanyTag.tag_id)
        .where(CompanyTag.company_id == company_id)
    ).all()
    have: set[str] = set()
    for link, name in links:
        if name in wanted:
            have.add(name)
        else:
            session.delete(link)
    for name in sorted(wanted - have):
        session.add(CompanyTag(company_id=company_id, tag_id=_tag(session, name).id))


def _duplicate(company: Company, reason: str, score: int) -> CompanyDuplicate:
    return CompanyDuplicate(
        id=company.id,
        name=company.name,
        city=company.city or "",
        siren=company.siren or "",
        reason=reason,
        score=score,
    )


def clean_website(value: str | None) -> str | None:
    """A website address with its scheme ("www.x.fr" → "https://www.x.fr"); ValueError."""
    text = clean_text(value).replace(" ", "")
    if not text:
        return None
    if not re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):
        text = f"https://{text}"
    scheme, rest = text.split("://", 1)
    text = f"{scheme.lower()}://{rest}"
    if not _WEBSITE.match(text):
        raise ValueError(MSG_WEBSITE)
    return text


def _clean(data: CompanyInput) -> dict[str, Any]:
    """Normalised values ready to store; ValidationError naming every bad field."""
    values, errors = _normalise(data)
    if errors:
        raise ValidationError(errors)
    return values


def _normalise(data: CompanyInput) -> tuple[dict[str, Any], dict[str, str]]:
    """Normalised values (invalid ones emptied) and the message of each invalid field."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {name: clean_text(getattr(data, name)) for name in TEXT_FIELDS}
    values["notes"] = (data.notes or "").strip()
    if not values["name"]:
        errors["name"] = MSG_COMPANY_NAME
    for name, limit in MAX_LENGTHS.items():
        value = values.get(name, getattr(data, name, ""))
        if value and len(value) > limit:
            errors[name] = MSG_TOO_LONG
    # Identifiers: the SIREN, the SIRET (of that SIREN), the VAT number (of that SIREN).
    siren: str | None = None
    try:
        siren = clean_siren(data.siren)
    except ValueError as error:
        errors["siren"] = str(error)
    try:
        values["siret"] = clean_siret(data.siret, siren)
    except ValueError as error:
        errors["siret"] = str(error)
        values["siret"] = None
    if siren is None and "siren" not in errors and values["siret"]:
        siren = siren_of_siret(values["siret"])  # the SIRET gives the SIREN
    values["siren"] = siren
    try:
        values["vat_number"] = clean_vat_number(data.vat_number, siren)
    except ValueError as error:
        errors["vat_number"] = str(error)
        values["vat_number"] = None
    if siren is None and "siren" not in errors and values["vat_number"]:
        siren = siren_of_vat_number(values["vat_number"])  # a French VAT number gives it
        values["siren"] = siren
    # Contact details.
    country = (clean_text(data.country) or "FR").upper()
    if len(country) != 2 or not country.isalpha():
        errors["country"] = MSG_COUNTRY
        country = "FR"
    values["country"] = country
    try:
        values["email"] = clean_email(data.email)
    except ValueError as error:
        errors["email"] = str(error)
        values["email"] = None
    try:
        phone = parse_phone(data.phone, country)
    except ValueError as error:
        errors["phone"] = str(error)
        phone = None
    values["phone"] = phone.display if phone else None
    values["phone_e164"] = phone.e164 if phone else None
    try:
        values["website"] = clean_website(data.website)
    except ValueError as error:
        errors["website"] = str(error)
        values["website"] = None
    try:
        values["postcode"] = clean_postcode(data.postcode, country)
    except ValueError as error:
        errors["postcode"] = str(error)
        values["postcode"] = None
    # The delivery address: none means "same as the head office".
    if data.has_delivery_address:
        delivery_country = (clean_text(data.delivery_country) or country).upper()
        if len(delivery_country) != 2 or not delivery_country.isalpha():
            errors["delivery_country"] = MSG_COUNTRY
            delivery_country = country
        values["delivery_country"] = delivery_country
        try:
            values["delivery_postcode"] = clean_postcode(data.delivery_postcode, delivery_country)
        except ValueError as error:
            errors["delivery_postcode"] = str(error)
            values["delivery_postcode"] = None
    else:
        values["delivery_country"] = None
        values["delivery_postcode"] = None
    # Classification.
    size = clean_text(data.size)
    if size and size not in _SIZE_RANK:
        errors["size"] = MSG_CHOICE
    values["size"] = size or None
    values["tags"] = _tag_names(data.tags)
    values["custom"] = {k: v for k, v in (data.custom or {}).items() if v not in (None, "")}
    return values, errors


_STORED = (
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
)


def _apply(company: Company, values: dict[str, Any]) -> None:
    if company.name != values["name"]:
        company.name = values["name"]
    for name in _STORED:
        value = values[name]
        if value == "":
            value = None
        if name == "country":
            value = value or "FR"
        if getattr(company, name) != value:
            setattr(company, name, value)
    if (company.custom or {}) != values["custom"]:
        company.custom = values["custom"]


__all__ = [
    "FIGURE_SORTS",
    "LEGACY_SIZE_CODES",
    "SIZE_CODES",
    "SORT_COLUMNS",
    "CompanyDuplicate",
    "CompanyInput",
    "CompanyQuery",
    "CompanyRow",
    "CompanyService",
    "CompanyTagInfo",
    "account_orders",
    "clean_website",
    "size_rank",
]
