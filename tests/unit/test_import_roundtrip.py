"""Import, export, re-import: contacts come back without any change.

The export is ``app.exchange.export.export_table`` (the export helper's module), with the
default columns of the contacts list, to .xlsx, .csv (French Excel flavour) and .vcf.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.exchange.importer import ImportOptions, run_import
from models import Contact, ContactTag, Tag
from models.database import Database
from tests.unit.test_import_files import write_xlsx

ROWS = [
    ["Civilité", "Nom", "Prénom", "Société", "Courriel", "Tél.", "Portable", "Adresse",
     "Complément d'adresse", "CP", "Ville", "Date de naissance", "Statut", "Tags", "Notes"],
    ["Mme", "Lefe\u0300vre", "Hélène", "Café Zoé", "helene@exemple.fr", "01 42 68 53 00",
     612345678, "12 rue de la Paix", "Bât. B", 1000, "Bourg-en-Bresse", "12/04/1980",
     "Client", "VIP, Lyon", "Appeler le matin.\nFidèle depuis 2015."],
    ["M.", "Durand", "Jean-Éric", None, "jean@exemple.fr", None, "07 11 22 33 44",
     None, None, "75011", "Paris", None, "Prospect", None, None],
    [None, "Petit", None, "Café Zoé", None, "+33 4 72 00 00 00", None, None, None, None,
     "Lyon", None, None, "VIP", "=1+1 n'est pas une formule"],
]  # fmt: skip

EXCLUDED = {"updated_at", "sort_name"}


def snapshot(db: Database) -> dict[str, dict[str, Any]]:
    with db.read() as session:
        contacts = session.scalars(select(Contact).where(Contact.deleted_at.is_(None))).all()
        tags: dict[str, set[str]] = {}
        for contact_id, name in session.execute(
            select(ContactTag.contact_id, Tag.name).join(Tag, Tag.id == ContactTag.tag_id)
        ):
            tags.setdefault(contact_id, set()).add(name)
        return {
            c.id: {
                **{
                    column.key: getattr(c, column.key)
                    for column in Contact.__table__.columns
                    if column.key not in EXCLUDED
                },
                "tags": tags.get(c.id, set()),
            }
            for c in contacts
        }


@pytest.fixture
def imported(db: Database, tmp_path: Path) -> dict[str, dict[str, Any]]:
    summary = run_import(db, write_xlsx(tmp_path / "clients.xlsx", ROWS), ImportOptions("contacts"))
    assert (summary.created, summary.rejected) == (3, 0)
    before = snapshot(db)
    helene = next(c for c in before.values() if c["first_name"] == "Hélène")
    assert helene["customer_number"].startswith("C-")
    assert (helene["postcode"], helene["mobile"], helene["birthday"]) == (
        "01000", "06 12 34 56 78", date(1980, 4, 12),
    )  # fmt: skip
    return before


@pytest.mark.parametrize("suffix", ["xlsx", "csv", "vcf"])
def test_contacts_round_trip_without_changes(
    db: Database, tmp_path: Path, imported: dict[str, dict[str, Any]], suffix: str
):
    export = pytest.importorskip("app.exchange.export")
    out = tmp_path / f"export.{suffix}"
    result = export.export_table(db, export.TableSpec(kind="contacts"), out)
    assert result.rows == 3
    for policy in ("update", "merge", "skip"):
        summary = run_import(db, out, ImportOptions("contacts", on_duplicate=policy))
        assert (summary.read, summary.created, summary.updated, summary.rejected) == (
            3, 0, 0, 0,
        ), (policy, summary.changes, summary.rejects)  # fmt: skip
        assert summary.changes == []
        assert summary.batch_id is None  # nothing written, no batch left behind
        assert snapshot(db) == imported
