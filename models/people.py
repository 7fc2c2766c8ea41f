"""Who the business deals with: users, companies, contacts, tags, consents, custom fields."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint, event, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Entity, IdColumn, new_id, utcnow
from models.enums import ContactStatus


def fold(text: str | None) -> str:
    """Lower-case, accent-free form used for sorting and matching ("Hélène" -> "helene")."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


class User(Entity, Base):
    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(200))
    login: Mapped[str | None] = mapped_column(String(200), unique=True)
    email: Mapped[str | None] = mapped_column(String(320))
    is_active: Mapped[bool] = mapped_column(default=True)


class Company(Entity, Base):
    __tablename__ = "companies"

    name: Mapped[str] = mapped_column(String(300))
    legal_name: Mapped[str | None] = mapped_column(String(300))
    siren: Mapped[str | None] = mapped_column(String(9), index=True)
    siret: Mapped[str | None] = mapped_column(String(14))
    vat_number: Mapped[str | None] = mapped_column(String(20))
    sector: Mapped[str | None] = mapped_column(String(200))
    size: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(50))
    phone_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    website: Mapped[str | None] = mapped_column(String(300))
    #: The head office (or billing) address.
    address_line1: Mapped[str | None] = mapped_column(String(300))
    address_line2: Mapped[str | None] = mapped_column(String(300))
    postcode: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(200), index=True)
    country: Mapped[str] = mapped_column(String(2), default="FR")
    #: Where goods are delivered, when not at the head office.
    delivery_address_line1: Mapped[str | None] = mapped_column(String(300))
    delivery_address_line2: Mapped[str | None] = mapped_column(String(300))
    delivery_postcode: Mapped[str | None] = mapped_column(String(20))
    delivery_city: Mapped[str | None] = mapped_column(String(200))
    delivery_country: Mapped[str | None] = mapped_column(String(2))
    notes: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    external_ref: Mapped[str | None] = mapped_column(String(100), index=True)
    custom: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sort_name: Mapped[str] = mapped_column(String(300), default="", index=True)
    #: Set on the tombstone of a company merged into another: the one that remains.
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("companies.id"))

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="company", foreign_keys="Contact.company_id"
    )


_LIVE = text("deleted_at IS NULL")


class Contact(Entity, Base):
    __tablename__ = "contacts"
    # The contacts list reads live rows in name order, filtered by status or city:
    # partial indexes over live rows let it do so without touching the table.
    __table_args__ = (
        Index(
            "ix_contacts_live_sort", "sort_name", "id", sqlite_where=_LIVE, postgresql_where=_LIVE
        ),
        Index(
            "ix_contacts_live_status",
            "status",
            "sort_name",
            "id",
            sqlite_where=_LIVE,
            postgresql_where=_LIVE,
        ),
        Index(
            "ix_contacts_live_city",
            "city",
            "sort_name",
            "id",
            sqlite_where=_LIVE,
            postgresql_where=_LIVE,
        ),
    )

    customer_number: Mapped[str | None] = mapped_column(String(50), index=True)
    external_ref: Mapped[str | None] = mapped_column(String(100), index=True)
    civility: Mapped[str | None] = mapped_column(String(10))
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    email2: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(50))
    phone_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    mobile: Mapped[str | None] = mapped_column(String(50))
    mobile_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    address_line1: Mapped[str | None] = mapped_column(String(300))
    address_line2: Mapped[str | None] = mapped_column(String(300))
    postcode: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2), default="FR")
    birthday: Mapped[date | None]
    company_id: Mapped[str | None] = mapped_column(ForeignKey("companies.id"), index=True)
    job_title: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default=ContactStatus.PROSPECT, index=True)
    relationship_stage: Mapped[str | None] = mapped_column(String(20))
    preferred_channel: Mapped[str | None] = mapped_column(String(20))
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    custom: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Folded "last first" name, kept by the mapper events below; sorts "Émile" beside "Emile".
    sort_name: Mapped[str] = mapped_column(String(400), default="")
    #: Set on the tombstone of a contact merged into another: the one that remains.
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"))

    company: Mapped[Company | None] = relationship(
        back_populates="contacts", foreign_keys=[company_id]
    )
    tag_links: Mapped[list[ContactTag]] = relationship(
        back_populates="contact", cascade="all, delete-orphan"
    )

    @property
    def display_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return name or (self.email or "")


def _contact_sort_name(mapper: Any, connection: Any, target: Contact) -> None:
    target.sort_name = fold(f"{target.last_name or ''} {target.first_name or ''}")


def _company_sort_name(mapper: Any, connection: Any, target: Company) -> None:
    target.sort_name = fold(target.name)


for _kind in ("before_insert", "before_update"):
    event.listen(Contact, _kind, _contact_sort_name)
    event.listen(Company, _kind, _company_sort_name)


class Tag(Entity, Base):
    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(100), index=True)
    color: Mapped[str | None] = mapped_column(String(9))


class ContactTag(Base):
    """A tag put on a contact. Removing the tag removes the row (the change log keeps it)."""

    __tablename__ = "contact_tags"
    __table_args__ = (UniqueConstraint("contact_id", "tag_id"),)

    id: Mapped[str] = mapped_column(IdColumn, primary_key=True, default=new_id)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"), index=True)
    tag_id: Mapped[str] = mapped_column(ForeignKey("tags.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    contact: Mapped[Contact] = relationship(back_populates="tag_links")
    tag: Mapped[Tag] = relationship()


class CompanyTag(Base):
    __tablename__ = "company_tags"
    __table_args__ = (UniqueConstraint("company_id", "tag_id"),)

    id: Mapped[str] = mapped_column(IdColumn, primary_key=True, default=new_id)
    company_id: Mapped[str] = mapped_column(ForeignKey("companies.id"), index=True)
    tag_id: Mapped[str] = mapped_column(ForeignKey("tags.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Consent(Entity, Base):
    """A contact's consent for one channel and purpose (RGPD), with its proof."""

    __tablename__ = "consents"

    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    purpose: Mapped[str] = mapped_column(String(50), default="marketing")
    status: Mapped[str] = mapped_column(String(20))
    source: Mapped[str | None] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class CustomFieldDefinition(Entity, Base):
    """A field the shop adds to contacts, companies or deals; values live in ``custom``."""

    __tablename__ = "custom_field_definitions"

    entity: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(100))
    label: Mapped[str] = mapped_column(String(200))
    field_type: Mapped[str] = mapped_column(String(20))
    choices: Mapped[list[str] | None] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(default=0)
