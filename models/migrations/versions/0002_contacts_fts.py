"""Full-text index of contacts (accent-insensitive).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The index holds the contact's name, company, e-mails, phones (as typed, digits only and
international), city and postcode, notes and references; models.search_index keeps it in
step. Prefixes of one to three characters are indexed too: searching as you type starts
with them. SQLite only: PostgreSQL will use its own full-text search (a later migration).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of the row expression as it was at this revision.
_PHONE_DIGITS = "replace(replace(replace(replace(replace(replace(coalesce({col}, ''), ' ', ''), '.', ''), '-', ''), '(', ''), ')', ''), '/', '')"  # noqa: E501
_ROW = f"""
    c.rowid, c.id,
    trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')),
    coalesce((SELECT name FROM companies WHERE id = c.company_id), ''),
    coalesce(c.email, '') || ' ' || coalesce(c.email2, ''),
    coalesce(c.phone, '') || ' ' || {_PHONE_DIGITS.format(col="c.phone")} || ' '
        || coalesce(c.phone_e164, '') || ' ' || coalesce(c.mobile, '') || ' '
        || {_PHONE_DIGITS.format(col="c.mobile")} || ' ' || coalesce(c.mobile_e164, ''),
    coalesce(c.city, '') || ' ' || coalesce(c.postcode, ''),
    coalesce(c.notes, '') || ' ' || coalesce(c.customer_number, '') || ' '
        || coalesce(c.external_ref, '')
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE contacts_fts USING fts5("
        "contact_id UNINDEXED, name, company, emails, phones, city, notes, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    op.execute(
        "INSERT INTO contacts_fts "
        "(rowid, contact_id, name, company, emails, phones, city, notes) "
        f"SELECT {_ROW} FROM contacts AS c WHERE c.deleted_at IS NULL"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS contacts_fts")
