"""The full-text indexes (SQLite FTS5, accent-insensitive) of contacts, companies, deals
and interactions.

They are kept in step from the flush hook below, in the same transaction as the rows they
index (triggers cannot write to FTS5 with ``trusted_schema=OFF``). Bulk loads that
bypass the ORM call :func:`rebuild_all` afterwards. Tombstoned rows are left out. Each
index row has the rowid of the row it indexes (so a search gives rowids to join on) and
its id. Other databases skip it (PostgreSQL will use its own full-text search).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session, UOWTransaction

from models.activity import Interaction
from models.people import Company, Contact
from models.sales import Deal

COLUMNS = "rowid, contact_id, name, company, emails, phones, city, notes"


def _digits(column: str) -> str:
    inner = f"coalesce({column}, '')"
    for char in (" ", ".", "-", "(", ")", "/"):
        inner = f"replace({inner}, '{char}', '')"
    return inner


ROW = f"""
    c.rowid,
    c.id,
    trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')),
    coalesce((SELECT name FROM companies WHERE id = c.company_id), ''),
    coalesce(c.email, '') || ' ' || coalesce(c.email2, ''),
    coalesce(c.phone, '') || ' ' || {_digits("c.phone")} || ' '
        || coalesce(c.phone_e164, '') || ' ' || coalesce(c.mobile, '') || ' '
        || {_digits("c.mobile")} || ' ' || coalesce(c.mobile_e164, ''),
    coalesce(c.city, '') || ' ' || coalesce(c.postcode, ''),
    coalesce(c.notes, '') || ' ' || coalesce(c.customer_number, '') || ' '
        || coalesce(c.external_ref, '')
"""

COMPANY_COLUMNS = "rowid, company_id, name, ids, place, contact, notes"
COMPANY_ROW = f"""
    c.rowid,
    c.id,
    trim(coalesce(c.name, '') || ' ' || coalesce(c.legal_name, '')),
    coalesce(c.siren, '') || ' ' || coalesce(c.siret, '') || ' ' || coalesce(c.vat_number, '')
        || ' ' || coalesce(c.external_ref, ''),
    coalesce(c.city, '') || ' ' || coalesce(c.postcode, '') || ' '
        || coalesce(c.delivery_city, '') || ' ' || coalesce(c.delivery_postcode, ''),
    coalesce(c.email, '') || ' ' || coalesce(c.website, '') || ' ' || coalesce(c.phone, '')
        || ' ' || {_digits("c.phone")} || ' ' || coalesce(c.phone_e164, ''),
    coalesce(c.notes, '') || ' ' || coalesce(c.sector, '')
"""

DEAL_COLUMNS = "rowid, deal_id, title, people, notes"
DEAL_ROW = """
    c.rowid,
    c.id,
    coalesce(c.title, ''),
    trim(coalesce((SELECT trim(first_name || ' ' || last_name) FROM contacts
                   WHERE id = c.contact_id), '')
        || ' ' || coalesce((SELECT name FROM companies WHERE id = c.company_id), '')),
    coalesce(c.notes, '') || ' ' || coalesce(c.external_ref, '')
"""

INTERACTION_COLUMNS = "rowid, interaction_id, subject, body, outcome"
INTERACTION_ROW = """
    c.rowid,
    c.id,
    coalesce(c.subject, ''),
    coalesce(c.body, ''),
    coalesce(c.outcome, '')
"""


@dataclass(frozen=True)
class FullTextIndex:
    """An FTS5 table and how its rows are made from the rows of ``base``."""

    table: str
    base: str
    id_column: str
    columns: str
    row: str


CONTACTS = FullTextIndex("contacts_fts", "contacts", "contact_id", COLUMNS, ROW)
COMPANIES = FullTextIndex("companies_fts", "companies", "company_id", COMPANY_COLUMNS, COMPANY_ROW)
DEALS = FullTextIndex("deals_fts", "deals", "deal_id", DEAL_COLUMNS, DEAL_ROW)
INTERACTIONS = FullTextIndex(
    "interactions_fts", "interactions", "interaction_id", INTERACTION_COLUMNS, INTERACTION_ROW
)
#: The indexes by the model whose rows they index.
INDEXES: dict[type, FullTextIndex] = {
    Contact: CONTACTS,
    Company: COMPANIES,
    Deal: DEALS,
    Interaction: INTERACTIONS,
}

_CHUNK = 500


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def reindex(connection: Connection, index: FullTextIndex, ids: Iterable[str]) -> None:
    """Refresh the index rows of these records (dropping deleted ones)."""
    for chunk in _chunks(sorted(set(ids))):
        marks = ", ".join(f":p{i}" for i in range(len(chunk)))
        params = {f"p{i}": value for i, value in enumerate(chunk)}
        connection.execute(
            text(
                f"DELETE FROM {index.table} WHERE rowid IN "
                f"(SELECT rowid FROM {index.base} WHERE id IN ({marks}))"
            ),
            params,
        )
        connection.execute(
            text(
                f"INSERT INTO {index.table} ({index.columns}) SELECT {index.row} "
                f"FROM {index.base} AS c WHERE c.id IN ({marks}) AND c.deleted_at IS NULL"
            ),
            params,
        )


def rebuild(connection: Connection, index: FullTextIndex) -> None:
    """Rebuild a whole index from its table."""
    connection.execute(text(f"DELETE FROM {index.table}"))
    connection.execute(
        text(
            f"INSERT INTO {index.table} ({index.columns}) SELECT {index.row} "
            f"FROM {index.base} AS c WHERE c.deleted_at IS NULL"
        )
    )


def reindex_contacts(connection: Connection, contact_ids: Iterable[str]) -> None:
    """Refresh the index rows of these contacts (dropping deleted ones)."""
    reindex(connection, CONTACTS, contact_ids)


def rebuild_contacts(connection: Connection) -> None:
    """Rebuild the whole contacts index from the contacts table."""
    rebuild(connection, CONTACTS)


def rebuild_all(connection: Connection) -> None:
    """Rebuild every index (after a bulk load that bypassed the ORM)."""
    for index in INDEXES.values():
        rebuild(connection, index)


def update_index(session: Session, flush_context: UOWTransaction) -> None:
    """``after_flush`` hook: reindex the rows written, and those that show a renamed name.

    Renaming a company reindexes its contacts and deals; renaming a contact, its deals.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    written: dict[type, set[str]] = {kind: set() for kind in INDEXES}
    renamed_companies: set[str] = set()
    renamed_contacts: set[str] = set()
    removed: dict[type, set[str]] = {kind: set() for kind in INDEXES}
    for obj in (*session.new, *session.dirty):
        kind = type(obj)
        if kind not in written:
            continue
        new = obj in session.new
        if not new and not session.is_modified(obj):
            continue
        written[kind].add(obj.id)
        if new:
            continue
        if kind is Company and "name" in _changed(obj):
            renamed_companies.add(obj.id)
        elif kind is Contact and _changed(obj) & {"first_name", "last_name"}:
            renamed_contacts.add(obj.id)
    for obj in session.deleted:
        if type(obj) in removed:
            removed[type(obj)].add(obj.id)
    for company_id in renamed_companies:
        for table, into in (("contacts", written[Contact]), ("deals", written[Deal])):
            into.update(
                connection.execute(
                    text(f"SELECT id FROM {table} WHERE company_id = :c"), {"c": company_id}
                ).scalars()
            )
    for contact_id in renamed_contacts:
        written[Deal].update(
            connection.execute(
                text("SELECT id FROM deals WHERE contact_id = :c"), {"c": contact_id}
            ).scalars()
        )
    for kind, index in INDEXES.items():
        if written[kind]:
            reindex(connection, index, written[kind])
        for record_id in removed[kind]:
            connection.execute(
                text(f"DELETE FROM {index.table} WHERE {index.id_column} = :i"), {"i": record_id}
            )


def _changed(obj: object) -> set[str]:
    from sqlalchemy import inspect

    state = inspect(obj)
    return {attr.key for attr in state.attrs if attr.history.has_changes()}


_TOKEN = re.compile(r"\w+", re.UNICODE)
_PHONE_LIKE = re.compile(r"^[\d\s.()/+-]+$")


def match_expression(query: str) -> str | None:
    """An FTS5 query for what a user typed: every word, as a prefix, must match.

    "jean dup" -> '"jean"* "dup"*'. A query made of digits ("06 12 34", "+33 6 12") is one
    number: it matches the digits-only and international forms of the phones.
    Punctuation is ignored, so any input is safe.
    """
    if _PHONE_LIKE.match(query) and sum(c.isdigit() for c in query) >= 2:
        digits = "".join(c for c in query if c.isdigit())
        return f'"{digits}"*'
    tokens = _TOKEN.findall(query)
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)
