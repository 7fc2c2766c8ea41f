"""Merging two contacts (or two companies) that are the same person (or firm).

One record survives; for each field, the caller says whose value it keeps (the
survivor's, the other's, or for notes both, one after the other); custom fields are
chosen key by key. Everything that belonged to the other record then moves to the
survivor — interactions, orders, deals, tasks, consents (the most recent one per channel
and purpose stays in force), tags (without doubles), campaign memberships; for companies
their contacts and company tags — and the other record is tombstoned with
``merged_into_id`` pointing at the survivor. It is all one batch of kind "merge" in the
change log, so ``app.history.undo_batch`` puts everything back as it was.

:func:`merge_preview` says, field by field, what both records hold and which value is
suggested (a non-empty one; a more complete one; the most recently updated record's), and
how much history each one would bring along, for the merge dialog.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.custom_fields import custom_fields_of
from app.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from models import (
    CampaignMember,
    Company,
    CompanyTag,
    Consent,
    Contact,
    ContactTag,
    Deal,
    Interaction,
    Order,
    Task,
    User,
    fold,
    utcnow,
)
from models.database import Database, batch_of
from models.enums import BatchKind, CampaignMemberStatus, ContactStatus

#: Choices for a field: keep the survivor's value, take the other's, or (notes) both.
KEEP_SURVIVOR = "survivor"
TAKE_OTHER = "other"
BOTH = "both"
#: Sides of a preview.
SIDE_A = "a"
SIDE_B = "b"
#: The prefix of a custom field's key among the fields.
CUSTOM_PREFIX = "custom:"
#: Between the two texts of notes kept both.
NOTES_SEPARATOR = "\n\n"

MSG_SAME_RECORD = QT_TRANSLATE_NOOP("errors", "A record cannot be merged with itself.")
MSG_CONTACT_GONE = QT_TRANSLATE_NOOP("errors", "This contact no longer exists.")
MSG_COMPANY_GONE = QT_TRANSLATE_NOOP("errors", "This company no longer exists.")
MSG_ALREADY_MERGED = QT_TRANSLATE_NOOP(
    "errors", "“{name}” was deleted or merged in the meantime: it cannot be merged."
)
MSG_BAD_CHOICE = QT_TRANSLATE_NOOP("errors", "There is no field “{field}” to choose for a merge.")


@dataclass(frozen=True)
class _Field:
    key: str
    columns: tuple[str, ...]
    combinable: bool = False

    @property
    def compared(self) -> tuple[str, ...]:
        """The columns that say whether the field is empty (not a default country…)."""
        return tuple(
            c for c in self.columns if not c.endswith("country") and not c.endswith("_e164")
        )


_ADDRESS = ("address_line1", "address_line2", "postcode", "city", "country")
_DELIVERY = (
    "delivery_address_line1",
    "delivery_address_line2",
    "delivery_postcode",
    "delivery_city",
    "delivery_country",
)

CONTACT_FIELDS: tuple[_Field, ...] = (
    _Field("civility", ("civility",)),
    _Field("first_name", ("first_name",)),
    _Field("last_name", ("last_name",)),
    _Field("email", ("email",)),
    _Field("email2", ("email2",)),
    _Field("phone", ("phone", "phone_e164")),
    _Field("mobile", ("mobile", "mobile_e164")),
    _Field("address", _ADDRESS),
    _Field("birthday", ("birthday",)),
    _Field("company_id", ("company_id",)),
    _Field("job_title", ("job_title",)),
    _Field("status", ("status",)),
    _Field("relationship_stage", ("relationship_stage",)),
    _Field("preferred_channel", ("preferred_channel",)),
    _Field("source", ("source",)),
    _Field("owner_id", ("owner_id",)),
    _Field("customer_number", ("customer_number",)),
    _Field("external_ref", ("external_ref",)),
    _Field("notes", ("notes",), combinable=True),
)

COMPANY_FIELDS: tuple[_Field, ...] = (
    _Field("name", ("name",)),
    _Field("legal_name", ("legal_name",)),
    _Field("siren", ("siren",)),
    _Field("siret", ("siret",)),
    _Field("vat_number", ("vat_number",)),
    _Field("sector", ("sector",)),
    _Field("size", ("size",)),
    _Field("email", ("email",)),
    _Field("phone", ("phone", "phone_e164")),
    _Field("website", ("website",)),
    _Field("address", _ADDRESS),
    _Field("delivery_address", _DELIVERY),
    _Field("owner_id", ("owner_id",)),
    _Field("external_ref", ("external_ref",)),
    _Field("notes", ("notes",), combinable=True),
)

#: English names of the fields, for labels of batches and for plain-text callers (the GUI
#: shows its own translated labels).
FIELD_NAMES = {
    "civility": "Civility",
    "first_name": "First name",
    "last_name": "Last name",
    "name": "Name",
    "legal_name": "Legal name",
    "siren": "SIREN",
    "siret": "SIRET",
    "vat_number": "VAT number",
    "sector": "Sector",
    "size": "Size",
    "website": "Website",
    "email": "E-mail",
    "email2": "Second e-mail",
    "phone": "Phone",
    "mobile": "Mobile",
    "address": "Address",
    "delivery_address": "Delivery address",
    "birthday": "Birthday",
    "company_id": "Company",
    "job_title": "Job title",
    "status": "Status",
    "relationship_stage": "Relationship stage",
    "preferred_channel": "Preferred channel",
    "source": "Source",
    "owner_id": "Owner",
    "customer_number": "Customer number",
    "external_ref": "External reference",
    "notes": "Notes",
}

#: Numbers given once and printed on cards or invoices: the first one given stays.
_FIRST_GIVEN = frozenset({"customer_number", "external_ref"})
#: Further is stronger: the status a merged contact keeps when the choice is left open.
_STATUS_RANK = {
    ContactStatus.PROSPECT.value: 0,
    ContactStatus.FORMER.value: 1,
    ContactStatus.CUSTOMER.value: 2,
}
#: A campaign membership keeps the furthest status of the two (an opt-out wins).
_MEMBER_RANK = {
    CampaignMemberStatus.TARGETED.value: 0,
    CampaignMemberStatus.SENT.value: 1,
    CampaignMemberStatus.OPENED.value: 2,
    CampaignMemberStatus.RESPONDED.value: 3,
    CampaignMemberStatus.CONVERTED.value: 4,
    CampaignMemberStatus.UNSUBSCRIBED.value: 5,
}


@dataclass(frozen=True)
class MoveCounts:
    """What a record brings to the survivor (live rows)."""

    interactions: int = 0
    orders: int = 0
    deals: int = 0
    tasks: int = 0
    tags: int = 0
    consents: int = 0
    campaigns: int = 0
    #: A company's contacts.
    contacts: int = 0

    @property
    def history(self) -> int:
        """How much history the record holds (to choose which one survives)."""
        return self.interactions + self.orders + self.deals + self.tasks + self.contacts


@dataclass(frozen=True)
class MergeField:
    """One row of the side-by-side choice."""

    key: str
    #: English name (a custom field: its label as the shop wrote it).
    name: str
    #: The stored values of both records (a tuple of columns for an address).
    values: tuple[Any, Any]
    #: The values as plain text (codes as stored; the GUI labels them).
    texts: tuple[str, str]
    #: SIDE_A, SIDE_B or BOTH.
    suggestion: str
    #: Both values can be kept (notes).
    combinable: bool = False
    #: A custom field's type ("text", "date"…), else "".
    field_type: str = ""

    @property
    def same(self) -> bool:
        return _empty_or(self.texts[0]) == _empty_or(self.texts[1])

    @property
    def custom(self) -> bool:
        return self.key.startswith(CUSTOM_PREFIX)


@dataclass(frozen=True)
class MergeSide:
    id: str
    title: str
    subtitle: str
    created_at: datetime
    updated_at: datetime
    counts: MoveCounts


@dataclass(frozen=True)
class MergePreview:
    kind: str
    a: MergeSide
    b: MergeSide
    fields: tuple[MergeField, ...]
    #: SIDE_A or SIDE_B: the one with more history (the older one when even).
    suggested_survivor: str
    #: Tags both records bear (they are not moved: the survivor has them already).
    shared_tags: int = 0

    def moving(self, survivor: str) -> MoveCounts:
        """What moves to ``survivor`` (SIDE_A or SIDE_B) from the other record."""
        counts = self.side(SIDE_B if survivor == SIDE_A else SIDE_A).counts
        return replace(counts, tags=max(0, counts.tags - self.shared_tags))

    def side(self, which: str) -> MergeSide:
        return self.a if which == SIDE_A else self.b

    def choices(self, survivor: str, picks: dict[str, str] | None = None) -> dict[str, str]:
        """The ``choices`` for merge_contacts/merge_companies when ``survivor`` (SIDE_A or
        SIDE_B) survives, from ``picks`` (field -> SIDE_A/SIDE_B/BOTH; suggestions else).
        """
        result: dict[str, str] = {}
        for item in self.fields:
            pick = (picks or {}).get(item.key, item.suggestion)
            if pick == BOTH:
                result[item.key] = BOTH if item.combinable else KEEP_SURVIVOR
            else:
                result[item.key] = KEEP_SURVIVOR if pick == survivor else TAKE_OTHER
        return result


@dataclass(frozen=True)
class MergeResult:
    kind: str
    survivor_id: str
    other_id: str
    batch_id: str
    label: str
    #: What moved from the other record to the survivor.
    moved: MoveCounts
    #: The fields whose value changed on the survivor.
    changed_fields: tuple[str, ...] = field(default_factory=tuple)


# --- Preview ------------------------------------------------------------------------------


def merge_preview(db: Database, a_id: str, b_id: str, kind: str = "contact") -> MergePreview:
    """Both records field by field, with suggestions, and what each one would bring."""
    if a_id == b_id:
        raise UserError(MSG_SAME_RECORD)
    model, fields = _kind(kind)
    with db.read() as session:
        a = _live(session, model, a_id)
        b = _live(session, model, b_id)
        texts = _Texts(session, [a, b])
        rows = [_preview_field(spec, a, b, texts) for spec in fields]
        definitions = {d.key: d for d in custom_fields_of(session, kind)}
        for key in _custom_keys(a, b, definitions):
            definition = definitions.get(key)
            values = ((a.custom or {}).get(key), (b.custom or {}).get(key))
            rows.append(
                MergeField(
                    key=CUSTOM_PREFIX + key,
                    name=definition.label if definition else key,
                    values=values,
                    texts=(_text(values[0]), _text(values[1])),
                    suggestion=_suggest(None, values[0], values[1], a, b),
                    field_type=definition.field_type if definition else "text",
                )
            )
        side_a = MergeSide(
            a.id, _title(a), _subtitle(a), a.created_at, a.updated_at, _counts(session, kind, a.id)
        )
        shared = _shared_tags(session, kind, a.id, b.id)
        side_b = MergeSide(
            b.id, _title(b), _subtitle(b), b.created_at, b.updated_at, _counts(session, kind, b.id)
        )
    return MergePreview(
        kind=kind,
        a=side_a,
        b=side_b,
        fields=tuple(rows),
        suggested_survivor=_suggested_survivor(side_a, side_b),
        shared_tags=shared,
    )


def _shared_tags(session: Session, kind: str, a_id: str, b_id: str) -> int:
    model: Any = ContactTag if kind == "contact" else CompanyTag
    column = model.contact_id if kind == "contact" else model.company_id
    tags = [set(session.scalars(select(model.tag_id).where(column == i))) for i in (a_id, b_id)]
    return len(tags[0] & tags[1])


def _suggested_survivor(a: MergeSide, b: MergeSide) -> str:
    if a.counts.history != b.counts.history:
        return SIDE_A if a.counts.history > b.counts.history else SIDE_B
    return SIDE_A if (a.created_at, a.id) <= (b.created_at, b.id) else SIDE_B


def _preview_field(spec: _Field, a: Any, b: Any, texts: _Texts) -> MergeField:
    values = (_values(a, spec), _values(b, spec))
    plain = (texts.of(spec, values[0]), texts.of(spec, values[1]))
    return MergeField(
        key=spec.key,
        name=FIELD_NAMES.get(spec.key, spec.key),
        values=(_single(values[0]), _single(values[1])),
        texts=plain,
        suggestion=_suggest(spec, _compared(spec, a), _compared(spec, b), a, b),
        combinable=spec.combinable,
    )


def _values(record: Any, spec: _Field) -> tuple[Any, ...]:
    return tuple(getattr(record, column) for column in spec.columns)


def _compared(spec: _Field, record: Any) -> Any:
    values = tuple(getattr(record, column) for column in spec.compared)
    if not any(_present(v) for v in values):
        return None
    return values[0] if len(values) == 1 else " ".join(str(v) for v in values if _present(v))


def _single(values: tuple[Any, ...]) -> Any:
    return values[0] if len(values) == 1 else values


def _present(value: Any) -> bool:
    return value is not None and value != "" and value != {}


def _empty_or(text: str) -> str:
    return " ".join(fold(text).split())


def _suggest(spec: _Field | None, a_value: Any, b_value: Any, a: Any, b: Any) -> str:
    """Which side's value to keep: a non-empty one, the more complete one, the newer one."""
    a_has, b_has = _present(a_value), _present(b_value)
    if not b_has:
        return SIDE_A
    if not a_has:
        return SIDE_B
    if _empty_or(_text(a_value)) == _empty_or(_text(b_value)):
        return SIDE_A
    if spec is not None and spec.combinable:
        return BOTH
    if spec is not None and spec.key == "status":
        rank_a, rank_b = _STATUS_RANK.get(a_value, 0), _STATUS_RANK.get(b_value, 0)
        if rank_a != rank_b:
            return SIDE_A if rank_a > rank_b else SIDE_B
    if spec is not None and spec.key in _FIRST_GIVEN:
        return SIDE_A if (a.created_at, a.id) <= (b.created_at, b.id) else SIDE_B
    if isinstance(a_value, str) and isinstance(b_value, str):
        if _completes(b_value, a_value):  # "Jean Dupont" completes "J. Dupont"
            return SIDE_B
        if _completes(a_value, b_value):
            return SIDE_A
    return SIDE_A if (a.updated_at, a.created_at) >= (b.updated_at, b.created_at) else SIDE_B


def _words(text: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in fold(text)).split()


def _completes(longer: str, shorter: str) -> bool:
    """Whether ``longer`` says all ``shorter`` says, and more ("Jean" for "J.")."""
    big, small = _words(longer), _words(shorter)
    if not small or big == small:
        return False
    if " ".join(small) in " ".join(big):
        return True
    return len(big) == len(small) and all(b.startswith(s) for b, s in zip(big, small, strict=True))


def _custom_keys(a: Any, b: Any, definitions: dict[str, Any]) -> list[str]:
    keys = [k for k in definitions if k in (a.custom or {}) or k in (b.custom or {})]
    extra = sorted({*(a.custom or {}), *(b.custom or {})} - set(definitions))
    return keys + extra


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


class _Texts:
    """Plain text of field values: names of linked companies and users."""

    def __init__(self, session: Session, records: Iterable[Any]) -> None:
        records = list(records)
        company_ids = {getattr(r, "company_id", None) for r in records} - {None}
        owner_ids = {r.owner_id for r in records} - {None}
        self.companies: dict[str, str] = {}
        self.users: dict[str, str] = {}
        if company_ids:
            statement = select(Company.id, Company.name).where(Company.id.in_(company_ids))
            self.companies = {row[0]: row[1] for row in session.execute(statement)}
        if owner_ids:
            statement = select(User.id, User.name).where(User.id.in_(owner_ids))
            self.users = {row[0]: row[1] for row in session.execute(statement)}

    def of(self, spec: _Field, values: tuple[Any, ...]) -> str:
        if spec.key == "company_id":
            return self.companies.get(values[0], "") if values[0] else ""
        if spec.key == "owner_id":
            return self.users.get(values[0], "") if values[0] else ""
        if spec.key in ("address", "delivery_address"):
            line1, line2, postcode, city, country = values
            place = " ".join(_text(v) for v in (postcode, city) if _present(v))
            parts = [_text(v) for v in (line1, line2) if _present(v)]
            if place:
                parts.append(place)
            if parts and country and country != "FR":
                parts.append(str(country))
            return ", ".join(parts)
        return _text(values[0])


def _title(record: Any) -> str:
    if isinstance(record, Contact):
        return record.display_name
    return record.name or ""


def _subtitle(record: Any) -> str:
    parts = [record.email or "", " ".join(p for p in (record.postcode, record.city) if p)]
    return " · ".join(p for p in parts if p)


def _counts(session: Session, kind: str, record_id: str) -> MoveCounts:
    def count(model: Any, column: Any, live: bool = True) -> int:
        statement = select(func.count()).select_from(model).where(column == record_id)
        if live and hasattr(model, "deleted_at"):
            statement = statement.where(model.deleted_at.is_(None))
        return session.scalar(statement) or 0

    if kind == "contact":
        return MoveCounts(
            interactions=count(Interaction, Interaction.contact_id),
            orders=count(Order, Order.contact_id),
            deals=count(Deal, Deal.contact_id),
            tasks=count(Task, Task.contact_id),
            tags=count(ContactTag, ContactTag.contact_id),
            consents=count(Consent, Consent.contact_id),
            campaigns=count(CampaignMember, CampaignMember.contact_id),
        )
    return MoveCounts(
        interactions=count(Interaction, Interaction.company_id),
        orders=count(Order, Order.company_id),
        deals=count(Deal, Deal.company_id),
        tasks=count(Task, Task.company_id),
        tags=count(CompanyTag, CompanyTag.company_id),
        contacts=count(Contact, Contact.company_id),
    )


def _kind(kind: str) -> tuple[type[Contact] | type[Company], tuple[_Field, ...]]:
    if kind == "contact":
        return Contact, CONTACT_FIELDS
    if kind == "company":
        return Company, COMPANY_FIELDS
    raise ValueError(f"unknown kind of record: {kind}")


def _live(session: Session, model: Any, record_id: str) -> Any:
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(MSG_CONTACT_GONE if model is Contact else MSG_COMPANY_GONE)
    if record.deleted_at is not None:
        raise UserError(MSG_ALREADY_MERGED, name=_title(record))
    return record


# --- Merge --------------------------------------------------------------------------------


def merge_contacts(
    db: Database, survivor_id: str, other_id: str, choices: dict[str, Any] | None = None
) -> MergeResult:
    """Merge contact ``other_id`` into ``survivor_id``, in one undoable batch.

    ``choices`` maps a field (see ``CONTACT_FIELDS``; "custom:<key>" for custom fields)
    to KEEP_SURVIVOR, TAKE_OTHER or BOTH (notes), or to the id of the record whose value
    to keep; a field left out takes the suggested value (as ``merge_preview`` gives it).
    """
    return _merge(db, "contact", survivor_id, other_id, choices or {})


def merge_companies(
    db: Database, survivor_id: str, other_id: str, choices: dict[str, Any] | None = None
) -> MergeResult:
    """Merge company ``other_id`` into ``survivor_id`` (see ``merge_contacts``)."""
    return _merge(db, "company", survivor_id, other_id, choices or {})


def merge(
    db: Database, kind: str, survivor_id: str, other_id: str, choices: dict[str, Any] | None = None
) -> MergeResult:
    """``merge_contacts`` or ``merge_companies`` by ``kind``."""
    return _merge(db, kind, survivor_id, other_id, choices or {})


def _merge(
    db: Database, kind: str, survivor_id: str, other_id: str, choices: dict[str, Any]
) -> MergeResult:
    if survivor_id == other_id:
        raise UserError(MSG_SAME_RECORD)
    model, fields = _kind(kind)
    with db.read() as session:
        label = _label(
            kind,
            _title(_live(session, model, other_id)),
            _title(_live(session, model, survivor_id)),
        )
    with db.write(BatchKind.MERGE, label) as session:
        survivor = _live(session, model, survivor_id)
        other = _live(session, model, other_id)
        normalised = _normalise_choices(choices, fields, survivor, other)
        changed = _apply_fields(fields, survivor, other, normalised)
        if _apply_custom(survivor, other, normalised):
            changed.append("custom")
        if kind == "contact":
            moved = _move_contact_rows(session, survivor.id, other.id)
        else:
            moved = _move_company_rows(session, survivor.id, other.id)
        for merged in session.scalars(select(model).where(model.merged_into_id == other.id)):
            merged.merged_into_id = survivor.id  # earlier merges now lead to the survivor
        other.deleted_at = utcnow()
        other.merged_into_id = survivor.id
        session.flush()
        batch_id = batch_of(session).batch_id
    return MergeResult(kind, survivor_id, other_id, batch_id, label, moved, tuple(changed))


def _label(kind: str, other: str, survivor: str) -> str:
    noun = "contact" if kind == "contact" else "company"
    return f"Merge {noun} {other} into {survivor}"[:500]


def _normalise_choices(
    choices: dict[str, Any], fields: tuple[_Field, ...], survivor: Any, other: Any
) -> dict[str, str]:
    known = {spec.key for spec in fields}
    custom = {CUSTOM_PREFIX + k for k in (*(survivor.custom or {}), *(other.custom or {}))}
    result: dict[str, str] = {}
    for key, choice in choices.items():
        if key not in known and key not in custom:
            if key.startswith(CUSTOM_PREFIX):
                continue  # a custom field neither record has: nothing to choose
            raise UserError(MSG_BAD_CHOICE, field=key)
        if choice in (KEEP_SURVIVOR, survivor.id):
            result[key] = KEEP_SURVIVOR
        elif choice in (TAKE_OTHER, other.id):
            result[key] = TAKE_OTHER
        elif choice == BOTH:
            result[key] = BOTH
        else:
            raise UserError(MSG_BAD_CHOICE, field=f"{key}={choice}")
    return result


def _side_choice(suggestion: str) -> str:
    return {SIDE_A: KEEP_SURVIVOR, SIDE_B: TAKE_OTHER}.get(suggestion, BOTH)


def _apply_fields(
    fields: tuple[_Field, ...], survivor: Any, other: Any, choices: dict[str, str]
) -> list[str]:
    changed: list[str] = []
    for spec in fields:
        choice = choices.get(spec.key)
        if choice is None:
            choice = _side_choice(
                _suggest(spec, _compared(spec, survivor), _compared(spec, other), survivor, other)
            )
        if choice == BOTH and not spec.combinable:
            choice = KEEP_SURVIVOR
        if choice == KEEP_SURVIVOR:
            continue
        if choice == BOTH:
            column = spec.columns[0]
            mine, theirs = getattr(survivor, column), getattr(other, column)
            if _present(mine) and _present(theirs) and _empty_or(mine) != _empty_or(theirs):
                value = f"{mine.rstrip()}{NOTES_SEPARATOR}{theirs.strip()}"
            else:
                value = mine if _present(mine) else theirs
            if value != mine:
                setattr(survivor, column, value)
                changed.append(spec.key)
            continue
        moved = False
        for column in spec.columns:
            value = getattr(other, column)
            if column in ("first_name", "last_name", "name") and value is None:
                value = ""
            if getattr(survivor, column) != value:
                setattr(survivor, column, value)
                moved = True
        if moved:
            changed.append(spec.key)
    return changed


def _apply_custom(survivor: Any, other: Any, choices: dict[str, str]) -> bool:
    mine, theirs = dict(survivor.custom or {}), dict(other.custom or {})
    result = dict(mine)
    for key in {*mine, *theirs}:
        choice = choices.get(CUSTOM_PREFIX + key)
        if choice is None:
            choice = _side_choice(_suggest(None, mine.get(key), theirs.get(key), survivor, other))
        if choice == TAKE_OTHER:
            if _present(theirs.get(key)):
                result[key] = theirs[key]
            else:
                result.pop(key, None)
    if result != mine:
        survivor.custom = result  # a new dict: JSON columns do not see in-place changes
        return True
    return False


def _move_contact_rows(session: Session, survivor_id: str, other_id: str) -> MoveCounts:
    counts: dict[str, int] = {}
    for name, model in (
        ("interactions", Interaction),
        ("orders", Order),
        ("deals", Deal),
        ("tasks", Task),
    ):
        rows = session.scalars(select(model).where(model.contact_id == other_id)).all()
        for row in rows:
            row.contact_id = survivor_id
        counts[name] = sum(1 for row in rows if row.deleted_at is None)
    counts["consents"] = _move_consents(session, survivor_id, other_id)
    counts["tags"] = _move_links(session, ContactTag, ContactTag.contact_id, survivor_id, other_id)
    counts["campaigns"] = _move_memberships(session, survivor_id, other_id)
    return MoveCounts(**counts)


def _move_company_rows(session: Session, survivor_id: str, other_id: str) -> MoveCounts:
    counts: dict[str, int] = {}
    for name, model in (
        ("contacts", Contact),
        ("interactions", Interaction),
        ("orders", Order),
        ("deals", Deal),
        ("tasks", Task),
    ):
        rows = session.scalars(select(model).where(model.company_id == other_id)).all()
        for row in rows:
            row.company_id = survivor_id
        counts[name] = sum(1 for row in rows if row.deleted_at is None)
    counts["tags"] = _move_links(session, CompanyTag, CompanyTag.company_id, survivor_id, other_id)
    return MoveCounts(**counts)


def _move_links(session: Session, model: Any, column: Any, survivor_id: str, other_id: str) -> int:
    """Move tag links; a tag both records bear keeps the survivor's link only."""
    attribute = column.key
    have = set(session.scalars(select(model.tag_id).where(column == survivor_id)))
    moved = 0
    for link in session.scalars(select(model).where(column == other_id)).all():
        if link.tag_id in have:
            session.delete(link)
        else:
            setattr(link, attribute, survivor_id)
            have.add(link.tag_id)
            moved += 1
    return moved


def _move_consents(session: Session, survivor_id: str, other_id: str) -> int:
    """Move the consents; per channel and purpose only the most recent one stays in force."""
    mine = session.scalars(select(Consent).where(Consent.contact_id == survivor_id)).all()
    theirs = session.scalars(select(Consent).where(Consent.contact_id == other_id)).all()
    for consent in theirs:
        consent.contact_id = survivor_id
    latest: dict[tuple[str, str], Consent] = {}
    now = utcnow()
    for consent in sorted(
        (c for c in (*mine, *theirs) if c.deleted_at is None),
        key=lambda c: (c.recorded_at, c.created_at, c.id),
        reverse=True,
    ):
        key = (consent.channel, consent.purpose)
        if key in latest:
            consent.deleted_at = now  # superseded by a more recent one
        else:
            latest[key] = consent
    return sum(1 for c in theirs if c.deleted_at is None)


def _move_memberships(session: Session, survivor_id: str, other_id: str) -> int:
    """Move campaign memberships; in a campaign both were in, the survivor's one keeps the
    furthest status (an opt-out wins) and the other's is tombstoned."""
    mine = {
        m.campaign_id: m
        for m in session.scalars(
            select(CampaignMember).where(CampaignMember.contact_id == survivor_id)
        )
    }
    moved = 0
    now = utcnow()
    for member in session.scalars(
        select(CampaignMember).where(CampaignMember.contact_id == other_id)
    ).all():
        kept = mine.get(member.campaign_id)
        if kept is None:
            member.contact_id = survivor_id
            moved += member.deleted_at is None
            continue
        if member.deleted_at is None:
            if kept.deleted_at is not None:
                kept.deleted_at = None
                kept.status, kept.responded_at = member.status, member.responded_at
            elif _MEMBER_RANK.get(member.status, 0) > _MEMBER_RANK.get(kept.status, 0):
                kept.status = member.status
                kept.responded_at = member.responded_at or kept.responded_at
            member.deleted_at = now
    return moved


__all__ = [
    "BOTH",
    "COMPANY_FIELDS",
    "CONTACT_FIELDS",
    "CUSTOM_PREFIX",
    "FIELD_NAMES",
    "KEEP_SURVIVOR",
    "SIDE_A",
    "SIDE_B",
    "TAKE_OTHER",
    "MergeField",
    "MergePreview",
    "MergeResult",
    "MergeSide",
    "MoveCounts",
    "merge",
    "merge_companies",
    "merge_contacts",
    "merge_preview",
]
