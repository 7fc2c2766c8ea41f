"""Finding a record by a few typed letters, for the "link to…" fields of the forms.

A contact, a company or a deal is found by the start of its words (name, city, company,
e-mail or phone for a contact; name, city, SIREN for a company; title, contact or company
for a deal) and described in one line, so a form can offer it in a completion list.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, and_, or_, select, text
from sqlalchemy.orm import aliased

from models import Company, Contact, Deal, PipelineStage, fold
from models.database import Database
from models.enums import DealStatus
from models.search_index import match_expression

KINDS = ("contact", "company", "deal")


@dataclass(frozen=True)
class Choice:
    id: str
    title: str
    subtitle: str


def _words(typed: str) -> list[str]:
    return [word for word in fold(typed).replace(",", " ").split() if word]


def _contact_choice(contact: Contact, company: str | None) -> Choice:
    title = contact.display_name or contact.email or ""
    details = [company or "", contact.city or "", contact.email or ""]
    return Choice(contact.id, title, " · ".join(part for part in details if part))


def find_contacts(db: Database, typed: str, limit: int = 20) -> list[Choice]:
    """Live contacts matching every typed word (as a prefix), in name order."""
    if not typed.strip():
        return []
    with db.read() as session:
        statement = (
            select(Contact, Company.name)
            .outerjoin(Company, Company.id == Contact.company_id)
            .where(Contact.deleted_at.is_(None))
        )
        expression = match_expression(typed)
        if session.get_bind().dialect.name == "sqlite" and expression:
            statement = statement.where(
                text(
                    "contacts.rowid IN "
                    "(SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :fts)"
                )
            ).params(fts=expression)
        else:
            for word in _words(typed):
                statement = statement.where(Contact.sort_name.contains(word, autoescape=True))
        rows = session.execute(statement.order_by(Contact.sort_name, Contact.id).limit(limit))
        return [_contact_choice(contact, company) for contact, company in rows]


def _company_choice(company: Company) -> Choice:
    details = [company.city or "", company.sector or ""]
    if company.siren:
        details.append(f"SIREN {company.siren}")
    return Choice(company.id, company.name, " · ".join(part for part in details if part))


def find_companies(db: Database, typed: str, limit: int = 20) -> list[Choice]:
    """Live companies whose name, city or SIREN holds every typed word.

    Digits typed with spaces ("732 829 320") are one SIREN/SIRET.
    """
    words = _words(typed)
    if not words:
        return []
    digits = "".join(words)
    with db.read() as session:
        statement = select(Company).where(Company.deleted_at.is_(None))
        if digits.isdigit():
            statement = statement.where(
                or_(
                    Company.siren.startswith(digits[:9], autoescape=True),
                    Company.siret.startswith(digits, autoescape=True),
                    Company.postcode.startswith(digits, autoescape=True),
                )
            )
        for word in [] if digits.isdigit() else words:
            statement = statement.where(
                or_(
                    Company.sort_name.contains(word, autoescape=True),
                    Company.city.ilike(f"{word}%"),
                )
            )
        rows = session.scalars(statement.order_by(Company.sort_name, Company.id).limit(limit))
        return [_company_choice(company) for company in rows]


def _deals() -> Select[tuple[Deal, str | None, str | None, str | None]]:
    person = aliased(Contact)
    return (
        select(
            Deal,
            PipelineStage.name,
            Company.name,
            (person.first_name + " " + person.last_name).label("person"),
        )
        .outerjoin(PipelineStage, PipelineStage.id == Deal.stage_id)
        .outerjoin(Company, Company.id == Deal.company_id)
        .outerjoin(person, person.id == Deal.contact_id)
        .where(Deal.deleted_at.is_(None))
    )


def _deal_choice(deal: Deal, stage: str | None, company: str | None, person: str | None) -> Choice:
    details = [stage or "", (company or "") or (person or "").strip()]
    return Choice(deal.id, deal.title, " · ".join(part for part in details if part))


def find_deals(
    db: Database, typed: str, limit: int = 20, *, open_only: bool = False
) -> list[Choice]:
    """Live deals whose title, company or contact holds every typed word; open ones first."""
    words = typed.split()
    if not words:
        return []
    with db.read() as session:
        statement = _deals()
        person = statement.selected_columns[3]
        for word in words:
            statement = statement.where(
                or_(
                    Deal.title.ilike(f"%{word}%"),
                    Company.name.ilike(f"%{word}%"),
                    person.ilike(f"%{word}%"),
                )
            )
        if open_only:
            statement = statement.where(Deal.status == DealStatus.OPEN.value)
        rows = session.execute(
            statement.order_by((Deal.status != DealStatus.OPEN.value), Deal.title).limit(limit)
        )
        return [_deal_choice(*row) for row in rows]


def describe(db: Database, kind: str, record_id: str) -> Choice | None:
    """One record as a choice (None when it does not exist or was deleted)."""
    with db.read() as session:
        if kind == "contact":
            row = session.execute(
                select(Contact, Company.name)
                .outerjoin(Company, Company.id == Contact.company_id)
                .where(and_(Contact.id == record_id, Contact.deleted_at.is_(None)))
            ).first()
            return _contact_choice(*row) if row else None
        if kind == "company":
            company = session.get(Company, record_id)
            if company is None or company.deleted_at is not None:
                return None
            return _company_choice(company)
        if kind == "deal":
            found = session.execute(_deals().where(Deal.id == record_id)).first()
            return _deal_choice(*found) if found else None
    raise ValueError(f"unknown kind {kind!r}; the kinds are: {', '.join(KINDS)}")


__all__ = ["KINDS", "Choice", "describe", "find_companies", "find_contacts", "find_deals"]
