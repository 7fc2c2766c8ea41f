"""The full-text index of contacts (SQLite FTS5, accent-insensitive).

It is kept in step from the flush hook below, in the same transaction as the rows it
indexes (triggers cannot write to FTS5 with ``trusted_schema=OFF``). Bulk loads that
bypass the ORM call :func:`rebuild_contacts` afterwards. Tombstoned contacts are left out.
Other databases skip it (PostgreSQL will use its own full-text search).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session, UOWTransaction

from models.people import Company, Contact

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

_CHUNK = 500


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def reindex_contacts(connection: Connection, contact_ids: Iterable[str]) -> None:
    """Refresh the index rows of these contacts (dropping deleted ones)."""
    ids = sorted(set(contact_ids))
    for chunk in _chunks(ids):
        marks = ", ".join(f":p{i}" for i in range(len(chunk)))
        params = {f"p{i}": value for i, value in enumerate(chunk)}
        connection.execute(
            text(
                f"DELETE FROM contacts_fts WHERE rowid IN "
                f"(SELECT rowid FROM contacts WHERE id IN ({marks}))"
            ),
            params,
        )
        connection.execute(
            text(
                f"INSERT INTO contacts_fts ({COLUMNS}) SELECT {ROW} FROM contacts AS c "
                f"WHERE c.id IN ({marks}) AND c.deleted_at IS NULL"
            ),
            params,
        )


def rebuild_contacts(connection: Connection) -> None:
    """Rebuild the whole index from the contacts table."""
    connection.execute(text("DELETE FROM contacts_fts"))
    connection.execute(
        text(
            f"INSERT INTO contacts_fts ({COLUMNS}) SELECT {ROW} FROM contacts AS c "
            "WHERE c.deleted_at IS NULL"
        )
    )


def update_index(session: Session, flush_context: UOWTransaction) -> None:
    """``after_flush`` hook: reindex the contacts written, and those of renamed companies."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    contacts: set[str] = set()
    companies: set[str] = set()
    removed: set[str] = set()
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Contact):
            contacts.add(obj.id)
        elif isinstance(obj, Company) and obj not in session.new:
            if session.is_modified(obj) and "name" in _changed(obj):
                companies.add(obj.id)
    for obj in session.deleted:
        if isinstance(obj, Contact):
            removed.add(obj.id)
    for company_id in companies:
        contacts.update(
            connection.execute(
                text("SELECT id FROM contacts WHERE company_id = :c"), {"c": company_id}
            ).scalars()
        )
    if contacts:
        reindex_contacts(connection, contacts)
    for contact_id in removed:
        connection.execute(
            text("DELETE FROM contacts_fts WHERE contact_id = :c"), {"c": contact_id}
        )


def _changed(obj: Company) -> set[str]:
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
