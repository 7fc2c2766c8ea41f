"""Full-text indexes of companies, deals and interactions (accent-insensitive).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

For the global search (Ctrl+K): companies by name and legal name, SIREN/SIRET/VAT number,
city and postcode, e-mail, website and phone, notes and sector; deals by title, the names
of their contact and company, notes; interactions by subject, body and outcome.
models.search_index keeps them in step. Each index row has the rowid of the row it
indexes. SQLite only: PostgreSQL will use its own full-text search (a later migration).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the row expressions as they were at this revision.
_PHONE_DIGITS = "replace(replace(replace(replace(replace(replace(coalesce({col}, ''), ' ', ''), '.', ''), '-', ''), '(', ''), ')', ''), '/', '')"  # noqa: E501
_COMPANY_ROW = f"""
    c.rowid, c.id,
    trim(coalesce(c.name, '') || ' ' || coalesce(c.legal_name, '')),
    coalesce(c.siren, '') || ' ' || coalesce(c.siret, '') || ' ' || coalesce(c.vat_number, '')
        || ' ' || coalesce(c.external_ref, ''),
    coalesce(c.city, '') || ' ' || coalesce(c.postcode, '') || ' '
        || coalesce(c.delivery_city, '') || ' ' || coalesce(c.delivery_postcode, ''),
    coalesce(c.email, '') || ' ' || coalesce(c.website, '') || ' ' || coalesce(c.phone, '')
        || ' ' || {_PHONE_DIGITS.format(col="c.phone")} || ' ' || coalesce(c.phone_e164, ''),
    coalesce(c.notes, '') || ' ' || coalesce(c.sector, '')
"""
_DEAL_ROW = """
    c.rowid, c.id,
    coalesce(c.title, ''),
    trim(coalesce((SELECT trim(first_name || ' ' || last_name) FROM contacts
                   WHERE id = c.contact_id), '')
        || ' ' || coalesce((SELECT name FROM companies WHERE id = c.company_id), '')),
    coalesce(c.notes, '') || ' ' || coalesce(c.external_ref, '')
"""
_INTERACTION_ROW = """
    c.rowid, c.id, coalesce(c.subject, ''), coalesce(c.body, ''), coalesce(c.outcome, '')
"""
_INDEXES = (
    (
        "companies_fts",
        "company_id UNINDEXED, name, ids, place, contact, notes",
        "'1 2 3'",
        "rowid, company_id, name, ids, place, contact, notes",
        _COMPANY_ROW,
        "companies",
    ),
    (
        "deals_fts",
        "deal_id UNINDEXED, title, people, notes",
        "'1 2 3'",
        "rowid, deal_id, title, people, notes",
        _DEAL_ROW,
        "deals",
    ),
    (
        "interactions_fts",
        "interaction_id UNINDEXED, subject, body, outcome",
        "'2 3'",
        "rowid, interaction_id, subject, body, outcome",
        _INTERACTION_ROW,
        "interactions",
    ),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, definition, prefix, columns, row, base in _INDEXES:
        op.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5({definition}, "
            f"tokenize = 'unicode61 remove_diacritics 2', prefix = {prefix})"
        )
        op.execute(
            f"INSERT INTO {table} ({columns}) SELECT {row} FROM {base} AS c "
            "WHERE c.deleted_at IS NULL"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, *_ in _INDEXES:
        op.execute(f"DROP TABLE IF EXISTS {table}")
