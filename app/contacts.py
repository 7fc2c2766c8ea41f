"""Contacts: create, edit, delete and restore, search and list, tags, duplicates.

Views ask this service; it returns plain dataclasses, never live ORM objects, so the
results can cross threads. Lists are filtered, sorted and paged in SQL.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Select, exists, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from app.custom_fields import (
    CustomField,
    CustomFilter,
    clean_custom_values,
    custom_fields_of,
    custom_filter_clauses,
    custom_ordering,
    fields_by_key,
    merge_custom,
)
from app.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from app.validation import (
    MSG_CHOICE,
    MSG_NAME,
    MSG_TOO_LONG,
    clean_email,
    clean_postcode,
    clean_text,
    parse_phone,
)
from models import (
    ChangeLogEntry,
    Company,
    Contact,
    ContactTag,
    Tag,
    fold,
    utcnow,
)
from models.database import Database
from models.enums import BatchKind, Channel, Civility, ContactStatus, RelationshipStage
from models.search_index import match_expression

MAX_LENGTHS = {
    "first_name": 200,
    "last_name": 200,
    "email": 320,
    "email2": 320,
    "job_title": 200,
    "address_line1": 300,
    "address_line2": 300,
    "city": 200,
    "source": 100,
    "notes": 20000,
}
CHOICES: dict[str, set[str]] = {
    "civility": {c.value for c in Civility},
    "status": {s.value for s in ContactStatus},
    "relationship_stage": {s.value for s in RelationshipStage},
    "preferred_channel": {c.value for c in Channel},
}


@dataclass
class ContactInput:
    """What the new/edit form holds. Empty strings mean "no value"."""

    first_name: str = ""
    last_name: str = ""
    civility: str = ""
    email: str = ""
    email2: str = ""
    phone: str = ""
    mobile: str = ""
    address_line1: str = ""
    address_line2: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "FR"
    birthday: date | None = None
    company_name: str = ""
    job_title: str = ""
    source: str = ""
    status: str = ContactStatus.PROSPECT.value
    relationship_stage: str = ""
    preferred_channel: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    custom: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ContactQuery:
    """A filtered, sorted view of the contacts."""

    text: str = ""
    status: str | None = None
    tag: str | None = None
    city: str | None = None
    sort: str = "name"
    descending: bool = False
    deleted: bool = False
    #: Only these contacts (a segment, a smart list…), still searched, filtered and sorted.
    ids: frozenset[str] | None = None
    #: Conditions on custom fields (all must hold). Sort keys "custom:<key>" sort on one.
    custom: tuple[CustomFilter, ...] = ()


@dataclass(frozen=True)
class ContactRow:
    id: str
    name: str
    company: str
    email: str
    phone: str
    city: str
    postcode: str
    status: str
    tags: tuple[str, ...]
    updated_at: datetime
    #: The stored custom values, by field key.
    custom: dict[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class DuplicateCandidate:
    id: str
    name: str
    city: str
    email: str
    phone: str
    #: Why it looks like the same person: "email", "phone" or "name".
    reason: str
    score: int


@dataclass(frozen=True)
class TagInfo:
    id: str
    name: str
    contacts: int


SORT_COLUMNS: dict[str, Any] = {
    "name": Contact.sort_name,
    "company": Company.sort_name,
    "email": Contact.email,
    "phone": Contact.phone,
    "city": Contact.city,
    "postcode": Contact.postcode,
    "status": Contact.status,
    "tags": Contact.sort_name,
    "updated": Contact.updated_at,
    "created": Contact.created_at,
}
DUPLICATE_NAME_SCORE = 88
CUSTOM_SORT = "custom:"


@dataclass(frozen=True)
class _OrderedBase:
    """Every live contact in one order: rowids (as text, as FTS gives them) beside ids."""

    rowids: list[str]
    ids: list[str]


class ContactService:
    def __init__(self, db: Database) -> None:
        self.db = db
        # The whole base in display order, per sort: rowids (as text) and ids. Searching as
        # you type intersects the full-text matches with it instead of sorting them again
        # in SQL. Valid while the change log's newest entry is the same (every write adds
        # one).
        self._ordered: OrderedDict[tuple[str, bool], tuple[str | None, _OrderedBase]]
        self._ordered = OrderedDict()
        self._lock = threading.Lock()

    # -- lists ------------------------------------------------------------------------

    def _filtered(
        self, statement: Select[Any], query: ContactQuery, fields: list[CustomField]
    ) -> Select[Any]:
        deleted = Contact.deleted_at.is_not(None) if query.deleted else Contact.deleted_at.is_(None)
        statement = statement.where(deleted)
        typed = fold(query.text)
        expression = match_expression(query.text) if typed else None
        if len(typed) == 1 and typed.isalpha():
            # One letter: the names starting with it, like a phone book (an index range).
            statement = statement.where(
                Contact.sort_name >= typed, Contact.sort_name < chr(ord(typed) + 1)
            )
        elif expression:
            statement = statement.where(
                text(
                    "contacts.rowid IN (SELECT rowid FROM contacts_fts "
                    "WHERE contacts_fts MATCH :fts)"
                ).bindparams(fts=expression)
            )
        elif query.text and query.text.strip():
            statement = statement.where(Contact.id.is_(None))  # only punctuation: no match
        if query.status:
            statement = statement.where(Contact.status == query.status)
        if query.city:
            statement = statement.where(Contact.city == query.city)
        if query.tag:
            statement = statement.where(
                exists().where(
                    ContactTag.contact_id == Contact.id,
                    ContactTag.tag_id == Tag.id,
                    Tag.name == query.tag,
                )
            )
        if query.custom:
            statement = statement.where(
                *custom_filter_clauses(Contact.custom, fields, query.custom)
            )
        return statement

    def _ordering(self, query: ContactQuery, fields: list[CustomField]) -> list[Any]:
        custom = _custom_sort(query, fields)
        if custom is not None:
            return [
                *custom_ordering(Contact.custom, custom, query.descending),
                Contact.sort_name,
                Contact.id,
            ]
        column = SORT_COLUMNS.get(query.sort, Contact.sort_name)
        ordering = [column.desc() if query.descending else column.asc()]
        if column is not Contact.sort_name:
            ordering.append(Contact.sort_name)
        ordering.append(Contact.id)
        return ordering

    def _sorted(
        self, statement: Select[Any], query: ContactQuery, fields: list[CustomField]
    ) -> Select[Any]:
        if query.sort == "company":
            statement = statement.outerjoin(Company, Company.id == Contact.company_id)
        return statement.order_by(*self._ordering(query, fields))

    def search_ids(self, query: ContactQuery) -> list[str]:
        """The ids of the contacts in the view, in display order."""
        typed = fold(query.text)
        expression = match_expression(query.text) if typed else None
        plain = not (query.status or query.tag or query.city or query.deleted or query.custom)
        only = query.ids
        if only is not None and not only:
            return []
        with self.db.read() as session:
            fields = self._fields_for(session, query)
            # One letter is a phone-book jump (SQL, an index range); anything else typed
            # is matched in the index and kept in the order of the cached base.
            phone_book = len(typed) == 1 and typed.isalpha()
            if plain and (not typed or (expression and not phone_book)):
                base = self._ordered_base(session, query, fields)
                if not typed:
                    if only is not None:
                        return [contact_id for contact_id in base.ids if contact_id in only]
                    return list(base.ids)
                # The matches come back as one text ("12,57,…"): fetching 100,000 rows one
                # by one costs four times as much as the search itself.
                found = session.execute(
                    text(
                        "SELECT count(*), group_concat(rowid) FROM contacts_fts "
                        "WHERE contacts_fts MATCH :fts"
                    ),
                    {"fts": expression},
                ).one()
                if not found[0]:
                    return []
                if found[0] >= len(base.ids) and only is None:
                    return list(base.ids)  # everyone matches ("0" for French phones)
                matches = set(found[1].split(","))
                return [
                    contact_id
                    for rowid, contact_id in zip(base.rowids, base.ids, strict=True)
                    if rowid in matches and (only is None or contact_id in only)
                ]
            statement = self._filtered(select(Contact.id), query, fields)
            found = session.scalars(self._sorted(statement, query, fields))
            if only is not None:
                # A set filter rather than a huge IN (...) list: segments can be 50,000 ids.
                return [contact_id for contact_id in found if contact_id in only]
            return list(found)

    def _fields_for(self, session: Session, query: ContactQuery) -> list[CustomField]:
        """The custom fields, when the query filters or sorts on them (else no query)."""
        if query.custom or query.sort.startswith(CUSTOM_SORT):
            return custom_fields_of(session, "contact")
        return []

    def _ordered_base(
        self, session: Session, query: ContactQuery, fields: list[CustomField]
    ) -> _OrderedBase:
        """Every live contact's rowid and id, in the query's order (cached, see __init__)."""
        custom = _custom_sort(query, fields)
        if custom is not None:
            sort = custom.column
        else:
            sort = query.sort if query.sort in SORT_COLUMNS else "name"
        key = (sort, query.descending)
        head = session.scalar(select(func.max(ChangeLogEntry.hlc)))
        with self._lock:
            cached = self._ordered.get(key)
            if cached is not None and cached[0] == head:
                self._ordered.move_to_end(key)
                return cached[1]
        statement = select(literal_column("contacts.rowid"), Contact.id).where(
            Contact.deleted_at.is_(None)
        )
        rowids: list[str] = []
        ids: list[str] = []
        for rowid, contact_id in session.execute(self._sorted(statement, query, fields)):
            rowids.append(str(rowid))
            ids.append(contact_id)
        base = _OrderedBase(rowids, ids)
        with self._lock:
            self._ordered[key] = (head, base)
            while len(self._ordered) > 2:
                self._ordered.popitem(last=False)
        return base

    def count(self, query: ContactQuery) -> int:
        if query.ids is not None:
            return len(self.search_ids(query))
        with self.db.read() as session:
            fields = self._fields_for(session, query)
            statement = self._filtered(select(func.count()).select_from(Contact), query, fields)
            return session.scalar(statement) or 0

    def rows(self, ids: Sequence[str]) -> list[ContactRow]:
        """The rows for these ids, in the same order (missing ids are skipped)."""
        if not ids:
            return []
        with self.db.read() as session:
            records = session.execute(
                select(
                    Contact.id,
                    Contact.first_name,
                    Contact.last_name,
                    Company.name,
                    Contact.email,
                    Contact.phone,
                    Contact.mobile,
                    Contact.city,
                    Contact.postcode,
                    Contact.status,
                    Contact.updated_at,
                    Contact.custom,
                )
                .outerjoin(Company, Company.id == Contact.company_id)
                .where(Contact.id.in_(ids))
            ).all()
            tags = _tags_of(session, ids)
        by_id = {
            r[0]: ContactRow(
                id=r[0],
                name=f"{r[1]} {r[2]}".strip() or (r[4] or ""),
                company=r[3] or "",
                email=r[4] or "",
                phone=r[5] or r[6] or "",
                city=r[7] or "",
                postcode=r[8] or "",
                status=r[9],
                tags=tuple(tags.get(r[0], ())),
                updated_at=r[10],
                custom=dict(r[11] or {}),
            )
            for r in records
        }
        return [by_id[i] for i in ids if i in by_id]

    def cities(self, limit: int = 500) -> list[str]:
        """The most common cities, for the city filter."""
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(Contact.city)
                    .where(Contact.deleted_at.is_(None), Contact.city.is_not(None))
                    .group_by(Contact.city)
                    .order_by(func.count().desc(), Contact.city)
                    .limit(limit)
                )
            )

    def company_names(self, limit: int = 5000) -> list[str]:
        """The companies' names in alphabetical order, for suggestions as one types."""
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(Company.name)
                    .where(Company.deleted_at.is_(None))
                    .order_by(Company.sort_name)
                    .limit(limit)
                )
            )

    def tags(self) -> list[TagInfo]:
        with self.db.read() as session:
            records = session.execute(
                select(Tag.id, Tag.name, func.count(ContactTag.id))
                .outerjoin(ContactTag, ContactTag.tag_id == Tag.id)
                .where(Tag.deleted_at.is_(None))
                .group_by(Tag.id, Tag.name)
                .order_by(Tag.name)
            ).all()
        return [TagInfo(*record) for record in records]

    def custom_fields(self) -> list[CustomField]:
        """The contacts' custom fields, in form order."""
        with self.db.read() as session:
            return custom_fields_of(session, "contact")

    # -- one contact ------------------------------------------------------------------

    def load_input(self, contact_id: str) -> ContactInput:
        """The form values of an existing contact, for the edit dialog."""
        with self.db.read() as session:
            contact = _get(session, contact_id)
            values = ContactInput(
                first_name=contact.first_name,
                last_name=contact.last_name,
                civility=contact.civility or "",
                email=contact.email or "",
                email2=contact.email2 or "",
                phone=contact.phone or "",
                mobile=contact.mobile or "",
                address_line1=contact.address_line1 or "",
                address_line2=contact.address_line2 or "",
                postcode=contact.postcode or "",
                city=contact.city or "",
                country=contact.country or "FR",
                birthday=contact.birthday,
                company_name=contact.company.name if contact.company else "",
                job_title=contact.job_title or "",
                source=contact.source or "",
                status=contact.status,
                relationship_stage=contact.relationship_stage or "",
                preferred_channel=contact.preferred_channel or "",
                notes=contact.notes or "",
                tags=sorted(link.tag.name for link in contact.tag_links),
                custom=dict(contact.custom or {}),
            )
        return values

    def validate(self, data: ContactInput, contact_id: str | None = None) -> dict[str, str]:
        """Field -> message template, for every field that is not acceptable.

        Custom fields are checked too, under "custom:<key>" (with ``contact_id``, a value
        left as it is stored is accepted, even a choice removed since).
        """
        with self.db.read() as session:
            fields = custom_fields_of(session, "contact")
            stored = _stored_custom(session, contact_id)
        return _normalise(data, fields, stored)[1]

    def find_duplicates(
        self, data: ContactInput, exclude_id: str | None = None, limit: int = 5
    ) -> list[DuplicateCandidate]:
        """Existing contacts that are likely the same person as ``data``."""
        values = _normalise(data)[0]
        found: dict[str, DuplicateCandidate] = {}
        with self.db.read() as session:
            base = select(Contact).where(Contact.deleted_at.is_(None))
            if exclude_id:
                base = base.where(Contact.id != exclude_id)
            emails = [e.lower() for e in (values["email"], values["email2"]) if e]
            if emails:
                for contact in session.scalars(
                    base.where(
                        or_(
                            func.lower(Contact.email).in_(emails),
                            func.lower(Contact.email2).in_(emails),
                        )
                    ).limit(limit)
                ):
                    found.setdefault(contact.id, _candidate(contact, "email", 100))
            phones = [p for p in (values["phone_e164"], values["mobile_e164"]) if p]
            if phones:
                for contact in session.scalars(
                    base.where(
                        or_(Contact.phone_e164.in_(phones), Contact.mobile_e164.in_(phones))
                    ).limit(limit)
                ):
                    found.setdefault(contact.id, _candidate(contact, "phone", 95))
            name = fold(f"{values['last_name']} {values['first_name']}")
            places = []
            if values["postcode"]:
                places.append(Contact.postcode == values["postcode"])
            if values["city"]:
                places.append(func.lower(Contact.city) == values["city"].lower())
            if name and places:
                first_letter = name[:1]
                for contact in session.scalars(
                    base.where(or_(*places), Contact.sort_name.like(f"{first_letter}%")).limit(2000)
                ):
                    score = int(fuzz.token_sort_ratio(name, contact.sort_name))
                    if score >= DUPLICATE_NAME_SCORE and contact.id not in found:
                        found[contact.id] = _candidate(contact, "name", score)
        ranked = sorted(found.values(), key=lambda c: (-c.score, c.name))
        return ranked[:limit]

    def create(self, data: ContactInput) -> str:
        with self.db.read() as session:
            fields = custom_fields_of(session, "contact")
        values = _clean(data, fields)
        label = _display(values)
        with self.db.write(BatchKind.CREATE, f"New contact {label}") as session:
            contact = Contact()
            _apply(session, contact, values)
            contact.customer_number = _next_customer_number(session)
            session.add(contact)
            session.flush()
            _set_tags(session, contact, values["tags"])
            return contact.id

    def update(self, contact_id: str, data: ContactInput) -> None:
        with self.db.read() as session:
            fields = custom_fields_of(session, "contact")
            stored = _stored_custom(session, contact_id)
        values = _clean(data, fields, stored)
        # The form shows the live fields only: the values of deleted ones are kept.
        values["custom"] = merge_custom(fields, stored, values["custom"])
        with self.db.write(BatchKind.EDIT, f"Edit contact {_display(values)}") as session:
            contact = _get(session, contact_id)
            _apply(session, contact, values)
            _set_tags(session, contact, values["tags"])

    def delete(self, contact_ids: Iterable[str]) -> int:
        """Tombstone the contacts (they can be restored, or the batch undone)."""
        ids = list(contact_ids)
        now = utcnow()
        with self.db.write(BatchKind.DELETE, _count_label("Delete", ids)) as session:
            contacts = session.scalars(
                select(Contact).where(Contact.id.in_(ids), Contact.deleted_at.is_(None))
            ).all()
            for contact in contacts:
                contact.deleted_at = now
            return len(contacts)

    def restore(self, contact_ids: Iterable[str]) -> int:
        ids = list(contact_ids)
        with self.db.write(BatchKind.RESTORE, _count_label("Restore", ids)) as session:
            contacts = session.scalars(
                select(Contact).where(Contact.id.in_(ids), Contact.deleted_at.is_not(None))
            ).all()
            for contact in contacts:
                contact.deleted_at = None
            return len(contacts)

    def add_tags(self, contact_ids: Iterable[str], names: Iterable[str]) -> int:
        """Put tags on contacts (a mass edit, one batch). Returns the links created."""
        ids, tag_names = list(contact_ids), _tag_names(names)
        created = 0
        label = f"Tag {len(ids)} contact(s): {', '.join(tag_names)}"
        with self.db.write(BatchKind.MASS_EDIT, label) as session:
            tags = [_tag(session, name) for name in tag_names]
            session.flush()
            existing = {
                (contact_id, tag_id)
                for contact_id, tag_id in session.execute(
                    select(ContactTag.contact_id, ContactTag.tag_id).where(
                        ContactTag.contact_id.in_(ids),
                        ContactTag.tag_id.in_([t.id for t in tags]),
                    )
                )
            }
            live = set(
                session.scalars(
                    select(Contact.id).where(Contact.id.in_(ids), Contact.deleted_at.is_(None))
                )
            )
            for contact_id in ids:
                for tag in tags:
                    if contact_id in live and (contact_id, tag.id) not in existing:
                        session.add(ContactTag(contact_id=contact_id, tag_id=tag.id))
                        created += 1
        return created

    def remove_tags(self, contact_ids: Iterable[str], names: Iterable[str]) -> int:
        ids, tag_names = list(contact_ids), _tag_names(names)
        label = f"Untag {len(ids)} contact(s): {', '.join(tag_names)}"
        with self.db.write(BatchKind.MASS_EDIT, label) as session:
            links = session.scalars(
                select(ContactTag)
                .join(Tag, Tag.id == ContactTag.tag_id)
                .where(ContactTag.contact_id.in_(ids), Tag.name.in_(tag_names))
            ).all()
            for link in links:
                session.delete(link)
            return len(links)


# -- helpers --------------------------------------------------------------------------


def _get(session: Session, contact_id: str) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This contact no longer exists."))
    return contact


def _tags_of(session: Session, ids: Sequence[str]) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for contact_id, name in session.execute(
        select(ContactTag.contact_id, Tag.name)
        .join(Tag, Tag.id == ContactTag.tag_id)
        .where(ContactTag.contact_id.in_(ids))
        .order_by(Tag.name)
    ):
        tags.setdefault(contact_id, []).append(name)
    return tags


def _tag_names(names: Iterable[str]) -> list[str]:
    cleaned = {clean_text(name)[:100] for name in names}
    return sorted(name for name in cleaned if name)


def _tag(session: Session, name: str) -> Tag:
    tag = session.scalar(select(Tag).where(Tag.name == name, Tag.deleted_at.is_(None)))
    if tag is None:
        tag = Tag(name=name)
        session.add(tag)
    return tag


def _set_tags(session: Session, contact: Contact, names: list[str]) -> None:
    wanted = set(names)
    for link in list(contact.tag_links):
        if link.tag.name not in wanted:
            contact.tag_links.remove(link)
    have = {link.tag.name for link in contact.tag_links}
    for name in sorted(wanted - have):
        contact.tag_links.append(ContactTag(tag=_tag(session, name)))


def _next_customer_number(session: Session) -> str:
    last = session.scalar(
        select(Contact.customer_number)
        .where(Contact.customer_number.like("C-%"))
        .order_by(Contact.customer_number.desc())
        .limit(1)
    )
    number = int(last[2:]) + 1 if last and last[2:].isdigit() else 1
    return f"C-{number:06d}"


def _count_label(verb: str, ids: list[str]) -> str:
    return f"{verb} {len(ids)} contact(s)"


def _display(values: dict[str, Any]) -> str:
    return f"{values['first_name']} {values['last_name']}".strip() or (values["email"] or "")


def _candidate(contact: Contact, reason: str, score: int) -> DuplicateCandidate:
    return DuplicateCandidate(
        id=contact.id,
        name=contact.display_name,
        city=contact.city or "",
        email=contact.email or "",
        phone=contact.phone or contact.mobile or "",
        reason=reason,
        score=score,
    )


def _custom_sort(query: ContactQuery, fields: list[CustomField]) -> CustomField | None:
    """The custom field the query sorts on, if any (None for a field deleted since)."""
    if not query.sort.startswith(CUSTOM_SORT):
        return None
    return fields_by_key(fields).get(query.sort[len(CUSTOM_SORT) :])


def _stored_custom(session: Session, contact_id: str | None) -> dict[str, Any]:
    if contact_id is None:
        return {}
    return dict(session.scalar(select(Contact.custom).where(Contact.id == contact_id)) or {})


def _clean(
    data: ContactInput,
    fields: list[CustomField] | None = None,
    stored: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Normalised values ready to store; ValidationError naming every bad field."""
    values, errors = _normalise(data, fields, stored)
    if errors:
        raise ValidationError(errors)
    return values


def _normalise(
    data: ContactInput,
    fields: list[CustomField] | None = None,
    stored: dict[str, Any] | None = None,
) -> tuple[dict[str, Any], dict[str, str]]:
    """Normalised values (invalid ones emptied) and the message of each invalid field."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    for name in (
        "first_name",
        "last_name",
        "address_line1",
        "address_line2",
        "city",
        "job_title",
        "source",
        "company_name",
    ):
        values[name] = clean_text(getattr(data, name))
    values["notes"] = (data.notes or "").strip()
    for name, limit in MAX_LENGTHS.items():
        value = values.get(name, getattr(data, name, ""))
        if value and len(value) > limit:
            errors[name] = MSG_TOO_LONG
    for name in ("email", "email2"):
        try:
            values[name] = clean_email(getattr(data, name))
        except ValueError as error:
            errors[name] = str(error)
            values[name] = None
    values["country"] = (clean_text(data.country) or "FR").upper()[:2]
    for name in ("phone", "mobile"):
        try:
            phone = parse_phone(getattr(data, name), values["country"])
        except ValueError as error:
            errors[name] = str(error)
            phone = None
        values[name] = phone.display if phone else None
        values[f"{name}_e164"] = phone.e164 if phone else None
    try:
        values["postcode"] = clean_postcode(data.postcode, values["country"])
    except ValueError as error:
        errors["postcode"] = str(error)
        values["postcode"] = None
    for name, allowed in CHOICES.items():
        value = clean_text(getattr(data, name))
        if value and value not in allowed:
            errors[name] = MSG_CHOICE
        values[name] = value or None
    values["status"] = values["status"] or ContactStatus.PROSPECT.value
    values["birthday"] = data.birthday
    values["tags"] = _tag_names(data.tags)
    values["custom"], custom_errors = clean_custom_values(fields or [], data.custom, stored)
    errors.update(custom_errors)
    if not (values["first_name"] or values["last_name"] or values.get("email")):
        if "email" not in errors:
            errors["last_name"] = MSG_NAME
    return values, errors


def _apply(session: Session, contact: Contact, values: dict[str, Any]) -> None:
    for name in (
        "first_name",
        "last_name",
        "civility",
        "email",
        "email2",
        "phone",
        "phone_e164",
        "mobile",
        "mobile_e164",
        "address_line1",
        "address_line2",
        "postcode",
        "city",
        "country",
        "birthday",
        "job_title",
        "source",
        "status",
        "relationship_stage",
        "preferred_channel",
        "notes",
    ):
        value = values[name]
        if name in ("first_name", "last_name"):
            value = value or ""
        elif value == "":
            value = None
        if getattr(contact, name) != value:
            setattr(contact, name, value)
    if (contact.custom or {}) != values["custom"]:
        contact.custom = values["custom"]
    company_name = values["company_name"]
    if not company_name:
        if contact.company_id is not None:
            contact.company = None
    elif contact.company is None or contact.company.name != company_name:
        company = session.scalar(
            select(Company)
            .where(Company.sort_name == fold(company_name), Company.deleted_at.is_(None))
            .limit(1)
        )
        contact.company = company or Company(name=company_name)


__all__ = [
    "ContactInput",
    "ContactQuery",
    "ContactRow",
    "ContactService",
    "DuplicateCandidate",
    "TagInfo",
]
