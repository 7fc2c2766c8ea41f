"""The global search (Ctrl+K): contacts, companies, deals and interactions at once.

:func:`search_everything` runs on every keystroke, so each kind is one or two indexed
queries on its full-text index (``models.search_index``), whatever the size of the base:

- the matches are counted first (cheap in FTS5); a small set is sorted directly, a big
  one by walking the table's sort index and stopping at the first ``limit`` matches —
  sorting 50,000 matches to show 8 would cost more than the rest together;
- contacts and companies whose *name* matches come first, in name order, then the others
  (a contact living in "Saint-Martin" after the Martins);
- deals: open ones first, then the most recently changed;
- interactions: the newest first. A single letter does not search the interactions
  (nearly all of them would match).

Every word typed must match the start of a word (accents and case ignored). On databases
other than SQLite (no FTS5) a simpler LIKE search is used.

The hits are plain data: the UI formats amounts and dates in the user's locale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from models import Company, Contact, Deal, Interaction, PipelineStage, fold
from models.database import Database
from models.enums import DealStatus
from models.search_index import match_expression

KINDS = ("contact", "company", "deal", "interaction")
#: Up to this many matches are sorted directly; more are found by walking a sort index.
SMALL_SET = 2000
#: A set is dense when it holds at least 1 row in DENSE.
DENSE = 3
_WORDS = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: str
    title: str
    #: A line of plain details: company and city (contact), city (company), stage and
    #: company or contact (deal), the contact or company (interaction).
    subtitle: str
    #: The record to open for this hit: itself, or for an interaction its contact,
    #: company or deal (in that order of preference).
    open_kind: str
    open_id: str
    #: Deals: the amount, its currency and the status ("open", "won", "lost").
    amount_cents: int | None = None
    currency: str = "EUR"
    status: str = ""
    #: Interactions: when and on which channel (a stored code); deals: the stage name.
    when: datetime | None = None
    channel: str = ""
    stage: str = ""
    #: Deals and interactions: the company or contact they are about.
    related: str = ""


@dataclass(frozen=True)
class KindResults:
    kind: str
    hits: tuple[SearchHit, ...]
    #: How many records of this kind match (``hits`` holds the first ones).
    total: int


@dataclass(frozen=True)
class SearchResults:
    text: str
    groups: tuple[KindResults, ...] = field(default_factory=tuple)

    def group(self, kind: str) -> KindResults:
        for group in self.groups:
            if group.kind == kind:
                return group
        return KindResults(kind, (), 0)

    def hits(self, kind: str | None = None) -> list[SearchHit]:
        if kind is not None:
            return list(self.group(kind).hits)
        return [hit for group in self.groups for hit in group.hits]

    @property
    def total(self) -> int:
        return sum(group.total for group in self.groups)

    def __bool__(self) -> bool:
        return any(group.hits for group in self.groups)


def search_everything(db: Database, typed: str, limit_per_kind: int = 8) -> SearchResults:
    """The records matching what was typed, grouped by kind, the best first."""
    folded = fold(typed)
    if not folded or limit_per_kind <= 0:
        return SearchResults(typed)
    expression = match_expression(typed)
    if expression is None:
        return SearchResults(typed)
    with db.read() as session:
        if session.get_bind().dialect.name != "sqlite":
            return _like_search(session, typed, limit_per_kind)
        letter = folded if len(folded) == 1 and folded.isalpha() else None
        searches = (
            ("contact", lambda: _contacts(session, expression, letter, limit_per_kind)),
            ("company", lambda: _companies(session, expression, letter, limit_per_kind)),
            ("deal", lambda: _deals(session, expression, limit_per_kind)),
            ("interaction", lambda: _interactions(session, expression, letter, limit_per_kind)),
        )
        groups = []
        for kind, run in searches:
            total, hits = run()
            groups.append(KindResults(kind, tuple(hits), total))
    return SearchResults(typed, tuple(groups))


# -- finding the ids -----------------------------------------------------------------------


def _count(session: Session, fts: str, expression: str) -> int:
    return int(
        session.execute(
            text(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH :e"), {"e": expression}
        ).scalar()
        or 0
    )


def _short_words(expression: str) -> bool:
    """Whether every word of an FTS query is served by a prefix index (3 letters or fewer)."""
    words = _WORDS.findall(expression)
    return bool(words) and all(len(word) <= 3 for word in words)


def _first_matches(
    session: Session,
    *,
    table: str,
    fts: str,
    expression: str,
    count: int,
    order: str,
    index: str,
    limit: int,
    exclude: tuple[str, ...] = (),
) -> list[str]:
    """The ids of the first ``limit`` live rows of ``table`` matching, in ``order``.

    Few matches are sorted. Many are found by reading the rows in the order of ``index``
    and keeping the first that match: checked against the list of matches, or, when most
    rows match and the words are short (prefix-indexed, so one check is cheap), by asking
    the index about each row — building the list would then cost more than the search.
    """
    if count == 0 or limit <= 0:
        return []
    params: dict[str, Any] = {"e": expression, "n": limit}
    skip = ""
    if exclude:
        marks = ", ".join(f":x{i}" for i in range(len(exclude)))
        skip = f" AND id NOT IN ({marks})"
        params.update({f"x{i}": value for i, value in enumerate(exclude)})
    if count <= SMALL_SET:
        source, match = table, f"rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH :e)"
    else:
        source = f"{table} INDEXED BY {index}"
        rows = session.execute(text(f"SELECT max(rowid) FROM {table}")).scalar() or 0
        if count * DENSE >= rows and _short_words(expression):
            match = f"EXISTS (SELECT 1 FROM {fts} WHERE {fts} MATCH :e AND rowid = {table}.rowid)"
        else:
            match = f"rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH :e)"
    sql = (
        f"SELECT id FROM {source} WHERE deleted_at IS NULL AND {match}{skip} "
        f"ORDER BY {order} LIMIT :n"
    )
    return list(session.execute(text(sql), params).scalars())


def _name_first(
    session: Session,
    *,
    table: str,
    fts: str,
    column: str,
    expression: str,
    order: str,
    index: str,
    limit: int,
) -> tuple[int, list[str]]:
    """Matches on the name column first, then the others; (count of all matches, ids)."""
    total = _count(session, fts, expression)
    if total == 0:
        return 0, []
    named = f"{column} : ({expression})"
    options = {"table": table, "fts": fts, "order": order, "index": index}
    ids = _first_matches(
        session, expression=named, count=_count(session, fts, named), limit=limit, **options
    )
    if len(ids) < limit:
        ids += _first_matches(
            session,
            expression=expression,
            count=total,
            limit=limit - len(ids),
            exclude=tuple(ids),
            **options,
        )
    return total, ids


def _contacts(
    session: Session, expression: str, letter: str | None, limit: int
) -> tuple[int, list[SearchHit]]:
    if letter is not None:
        # One letter: the names starting with it, like a phone book (an index range).
        where = and_(
            Contact.deleted_at.is_(None),
            Contact.sort_name >= letter,
            Contact.sort_name < chr(ord(letter) + 1),
        )
        total = session.scalar(select(func.count()).select_from(Contact).where(where)) or 0
        ids = list(
            session.scalars(
                select(Contact.id).where(where).order_by(Contact.sort_name, Contact.id).limit(limit)
            )
        )
    else:
        total, ids = _name_first(
            session,
            table="contacts",
            fts="contacts_fts",
            column="name",
            expression=expression,
            order="sort_name, id",
            index="ix_contacts_live_sort",
            limit=limit,
        )
    return total, _contact_hits(session, ids)


def _companies(
    session: Session, expression: str, letter: str | None, limit: int
) -> tuple[int, list[SearchHit]]:
    if letter is not None:
        where = and_(
            Company.deleted_at.is_(None),
            Company.sort_name >= letter,
            Company.sort_name < chr(ord(letter) + 1),
        )
        total = session.scalar(select(func.count()).select_from(Company).where(where)) or 0
        ids = list(
            session.scalars(
                select(Company.id).where(where).order_by(Company.sort_name, Company.id).limit(limit)
            )
        )
    else:
        total, ids = _name_first(
            session,
            table="companies",
            fts="companies_fts",
            column="name",
            expression=expression,
            order="sort_name, id",
            index="ix_companies_sort_name",
            limit=limit,
        )
    return total, _company_hits(session, ids)


def _deals(session: Session, expression: str, limit: int) -> tuple[int, list[SearchHit]]:
    total = _count(session, "deals_fts", expression)
    ids = (
        list(
            session.execute(
                text(
                    "SELECT id FROM deals WHERE deleted_at IS NULL AND rowid IN "
                    "(SELECT rowid FROM deals_fts WHERE deals_fts MATCH :e) "
                    "ORDER BY status <> 'open', updated_at DESC, id LIMIT :n"
                ),
                {"e": expression, "n": limit},
            ).scalars()
        )
        if total
        else []
    )
    return total, _deal_hits(session, ids)


def _interactions(
    session: Session, expression: str, letter: str | None, limit: int
) -> tuple[int, list[SearchHit]]:
    if letter is not None:
        return 0, []
    total = _count(session, "interactions_fts", expression)
    ids = _first_matches(
        session,
        table="interactions",
        fts="interactions_fts",
        expression=expression,
        count=total,
        order="occurred_at DESC, id",
        index="ix_interactions_time",
        limit=limit,
    )
    return total, _interaction_hits(session, ids)


# -- describing the hits -------------------------------------------------------------------


def _in_order(ids: list[str], hits: dict[str, SearchHit]) -> list[SearchHit]:
    return [hits[record_id] for record_id in ids if record_id in hits]


def _join(*parts: str | None) -> str:
    return " · ".join(part.strip() for part in parts if part and part.strip())


def _contact_hits(session: Session, ids: list[str]) -> list[SearchHit]:
    if not ids:
        return []
    rows = session.execute(
        select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.email,
            Contact.city,
            Company.name,
        )
        .outerjoin(Company, Company.id == Contact.company_id)
        .where(Contact.id.in_(ids))
    )
    hits = {}
    for record_id, first, last, email, city, company in rows:
        title = f"{first} {last}".strip() or (email or "")
        hits[record_id] = SearchHit(
            "contact", record_id, title, _join(company, city), "contact", record_id
        )
    return _in_order(ids, hits)


def _company_hits(session: Session, ids: list[str]) -> list[SearchHit]:
    if not ids:
        return []
    rows = session.execute(
        select(Company.id, Company.name, Company.postcode, Company.city).where(Company.id.in_(ids))
    )
    hits = {
        record_id: SearchHit(
            "company",
            record_id,
            name,
            _join(f"{postcode or ''} {city or ''}"),
            "company",
            record_id,
        )
        for record_id, name, postcode, city in rows
    }
    return _in_order(ids, hits)


def _deal_hits(session: Session, ids: list[str]) -> list[SearchHit]:
    if not ids:
        return []
    person = aliased(Contact)
    rows = session.execute(
        select(
            Deal.id,
            Deal.title,
            Deal.amount_cents,
            Deal.currency,
            Deal.status,
            PipelineStage.name,
            Company.name,
            person.first_name,
            person.last_name,
        )
        .outerjoin(PipelineStage, PipelineStage.id == Deal.stage_id)
        .outerjoin(Company, Company.id == Deal.company_id)
        .outerjoin(person, person.id == Deal.contact_id)
        .where(Deal.id.in_(ids))
    )
    hits = {}
    for record_id, title, amount, currency, status, stage, company, first, last in rows:
        who = company or f"{first or ''} {last or ''}".strip()
        hits[record_id] = SearchHit(
            "deal",
            record_id,
            title,
            _join(stage, who),
            "deal",
            record_id,
            amount_cents=amount,
            currency=currency or "EUR",
            status=status,
            stage=stage or "",
            related=who,
        )
    return _in_order(ids, hits)


def _interaction_hits(session: Session, ids: list[str]) -> list[SearchHit]:
    if not ids:
        return []
    rows = session.execute(
        select(
            Interaction.id,
            Interaction.subject,
            Interaction.channel,
            Interaction.occurred_at,
            Interaction.deal_id,
            Contact.id,
            Contact.deleted_at,
            Contact.first_name,
            Contact.last_name,
            Company.id,
            Company.deleted_at,
            Company.name,
        )
        .outerjoin(Contact, Contact.id == Interaction.contact_id)
        .outerjoin(Company, Company.id == Interaction.company_id)
        .where(Interaction.id.in_(ids))
    )
    hits = {}
    for row in rows:
        record_id, subject, channel, when, deal_id = row[:5]
        contact_id, contact_gone, first, last, company_id, company_gone, company = row[5:]
        # Opened in the file of its contact, else its company, else its deal (live ones).
        if contact_id and contact_gone is None:
            target = ("contact", contact_id)
        elif company_id and company_gone is None:
            target = ("company", company_id)
        elif deal_id:
            target = ("deal", deal_id)
        else:
            continue  # nothing left to open it in
        person = f"{first or ''} {last or ''}".strip()
        hits[record_id] = SearchHit(
            "interaction",
            record_id,
            subject or "",
            _join(person, company),
            target[0],
            target[1],
            when=when,
            channel=channel or "",
            related=_join(person, company),
        )
    return _in_order(ids, hits)


# -- other databases -----------------------------------------------------------------------


def _like_search(session: Session, typed: str, limit: int) -> SearchResults:
    """Without FTS5: every word must be in one of a few columns (LIKE, case-insensitive)."""
    words = [word for word in typed.split() if word]

    def matching(statement: Select[Any], *columns: Any) -> Select[Any]:
        for word in words:
            statement = statement.where(or_(*(column.ilike(f"%{word}%") for column in columns)))
        return statement

    def run(statement: Select[Any], order: list[Any]) -> tuple[int, list[str]]:
        total = session.scalar(select(func.count()).select_from(statement.subquery())) or 0
        ids = list(session.scalars(statement.order_by(*order).limit(limit)))
        return total, ids

    contacts = matching(
        select(Contact.id).where(Contact.deleted_at.is_(None)),
        Contact.first_name,
        Contact.last_name,
        Contact.email,
        Contact.city,
        Contact.phone,
    )
    companies = matching(
        select(Company.id).where(Company.deleted_at.is_(None)),
        Company.name,
        Company.legal_name,
        Company.siren,
        Company.city,
    )
    deals = matching(select(Deal.id).where(Deal.deleted_at.is_(None)), Deal.title, Deal.notes)
    interactions = matching(
        select(Interaction.id).where(Interaction.deleted_at.is_(None)),
        Interaction.subject,
        Interaction.body,
        Interaction.outcome,
    )
    groups = []
    for kind, statement, order, describe in (
        ("contact", contacts, [Contact.sort_name, Contact.id], _contact_hits),
        ("company", companies, [Company.sort_name, Company.id], _company_hits),
        (
            "deal",
            deals,
            [Deal.status != DealStatus.OPEN.value, Deal.updated_at.desc(), Deal.id],
            _deal_hits,
        ),
        ("interaction", interactions, [Interaction.occurred_at.desc()], _interaction_hits),
    ):
        total, ids = run(statement, order)
        groups.append(KindResults(kind, tuple(describe(session, ids)), total))
    return SearchResults(typed, tuple(groups))


__all__ = ["KINDS", "KindResults", "SearchHit", "SearchResults", "search_everything"]
