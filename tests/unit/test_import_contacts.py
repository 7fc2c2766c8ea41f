"""Importing contacts: validation with reasons, duplicates, the diff, one undoable batch."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.errors import UserError
from app.exchange import importer
from app.exchange import values as cv
from app.exchange.importer import ImportOptions, preview_import, run_import, write_rejects
from app.exchange.mapping import (
    delete_preset,
    list_presets,
    load_preset,
    mapping_from_headers,
    save_preset,
)
from app.exchange.sources import ExchangeError
from app.history import list_batches, undo_batch
from app.validation import MSG_NAME
from models import ChangeLogEntry, Company, Contact, ContactTag, Tag
from models.database import Database
from models.enums import BatchKind
from tests.conftest import REPO
from tests.unit.test_import_files import write_xlsx

HEADERS = ["N° client", "Nom", "Prénom", "Courriel", "Tél.", "CP", "Ville", "Société"]


def contacts(db: Database) -> list[Contact]:
    with db.read() as session:
        return list(
            session.scalars(
                select(Contact).where(Contact.deleted_at.is_(None)).order_by(Contact.sort_name)
            )
        )


def count(db: Database, model: type = Contact) -> int:
    with db.read() as session:
        return session.scalar(
            select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        )


def test_a_french_workbook_imports_without_a_mapping(db: Database, tmp_path: Path):
    path = write_xlsx(
        tmp_path / "clients.xlsx",
        [
            ["Export clients"],
            [],
            HEADERS,
            ["C1", "Durand", "Zoé", "zoe@exemple.fr", 612345678, 1000, "Bourg", "Café Zoé"],
            ["C2", "Lefe\u0300vre", " He\u0301le\u0300ne\u200b", None, "01 42 68 53 00",
             "75011", "Paris", "café zoé"],
        ],
    )  # fmt: skip
    summary = run_import(db, path, ImportOptions("contacts"))
    assert (summary.read, summary.created, summary.rejected) == (2, 2, 0)
    durand, lefevre = contacts(db)
    assert (durand.external_ref, durand.first_name, durand.email) == ("C1", "Zoé", "zoe@exemple.fr")
    assert (durand.phone, durand.phone_e164) == ("06 12 34 56 78", "+33612345678")
    assert durand.postcode == "01000"  # the leading zero a number cell lost
    assert (lefevre.last_name, lefevre.first_name) == ("Lefèvre", "Hélène")  # NFC, no ZWSP
    assert lefevre.sort_name == "lefevre helene"
    assert durand.company_id == lefevre.company_id  # one company, matched folded
    assert count(db, Company) == 1
    # The batch is an import, labelled with the file; the full-text search finds them.
    batch = list_batches(db)[0]
    assert batch.id == summary.batch_id and batch.kind == BatchKind.IMPORT
    assert "clients.xlsx" in batch.label
    from app.contacts import ContactQuery, ContactService

    assert ContactService(db).search_ids(ContactQuery(text="helene")) == [lefevre.id]


def test_invalid_rows_are_rejected_with_reasons_and_valid_rows_go_in(db: Database, tmp_path: Path):
    path = write_xlsx(
        tmp_path / "mixed.xlsx",
        [
            HEADERS,
            ["C1", "Durand", "Zoé", "zoe@exemple.fr", None, None, None, None],
            ["C2", None, None, None, "0612345679", None, "Lyon", None],  # no name, no e-mail
            ["C3", "Martin", "Léo", "leo@@exemple", None, None, None, None],  # bad e-mail
            ["C4", "x" * 201, "Léa", None, None, None, None, None],  # too long
            ["C5", "Petit", "Jo", None, "12", "750", None, None],  # bad phone and postcode
            ["C6", "Bon", "Jean", None, None, None, None, None],
        ],
    )
    summary = run_import(db, path, ImportOptions("contacts"))
    assert (summary.read, summary.created, summary.rejected) == (6, 2, 4)
    assert sorted(c.external_ref for c in contacts(db)) == ["C1", "C6"]
    reasons = {reject.row: reject for reject in summary.rejects}
    assert sorted(reasons) == [3, 4, 5, 6]
    assert [m.template for m in reasons[3].messages] == [MSG_NAME]
    assert reasons[4].messages[0].template == cv.MSG_EMAIL
    assert "leo@@exemple" in reasons[4].reason
    assert reasons[5].messages[0].template == cv.MSG_TOO_LONG
    assert reasons[5].messages[0].params == {"field": "Last name", "length": 201, "max": 200}
    assert {m.template for m in reasons[6].messages} == {cv.MSG_PHONE, cv.MSG_POSTCODE}
    assert reasons[4].cells[0] == "C3"  # the row as it was in the file
    # All of it is one batch.
    assert len([b for b in list_batches(db) if b.kind == BatchKind.IMPORT]) == 1

    out = tmp_path / "rejects.xlsx"
    write_rejects(summary, None, out)
    sheet = openpyxl.load_workbook(out).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["Row", "Reason", *HEADERS]
    assert [row[0] for row in rows[1:]] == [3, 4, 5, 6]
    assert "e-mail" in rows[2][1] and rows[2][2] == "C3"


def test_rejects_never_become_formulas(tmp_path: Path):
    reject = importer.Reject(2, "bad", ['=HYPERLINK("http://x")', "+33", "@SUM(A1)"])
    out = tmp_path / "rejects.xlsx"
    write_rejects([reject], ["A", "B", "C"], out)
    sheet = openpyxl.load_workbook(out).active
    assert [cell.data_type for cell in sheet[2]][2:] == ["s", "s", "s"]
    assert sheet["C2"].value == '=HYPERLINK("http://x")'


def test_a_missing_required_column_is_refused_before_reading(db: Database, tmp_path: Path):
    path = write_xlsx(tmp_path / "orders.xlsx", [["Date", "Montant"], ["31/12/2024", 12]])
    with pytest.raises(UserError) as error:
        run_import(db, path, ImportOptions("orders"))
    assert error.value.template == importer.MSG_REQUIRED_COLUMN
    assert count(db) == 0


def test_duplicates_inside_the_file_are_skipped_with_the_row_they_repeat(
    db: Database, tmp_path: Path
):
    path = write_xlsx(
        tmp_path / "dups.xlsx",
        [
            ["Nom", "Courriel", "Portable"],
            ["Durand", "zoe@exemple.fr", "06 12 34 56 78"],
            ["Durand Z.", "ZOE@exemple.fr", None],  # same e-mail, other case
            ["Autre", None, "+33 6 12 34 56 78"],  # same mobile, other spelling
        ],
    )
    summary = run_import(db, path, ImportOptions("contacts"))
    assert (summary.created, summary.skipped) == (1, 2)
    assert count(db) == 1


def _existing(db: Database) -> str:
    with db.write(BatchKind.CREATE, "New contact") as session:
        contact = Contact(
            first_name="Zoé",
            last_name="Durand",
            email="zoe@exemple.fr",
            city="Lyon",
            external_ref="C1",
        )
        session.add(contact)
        session.flush()
        return contact.id


@pytest.fixture
def update_file(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "update.xlsx",
        [
            ["N° client", "Nom", "Ville", "Portable", "Courriel"],
            ["C1", "Durand", "Paris", "06 12 34 56 78", None],  # matched on the reference
            ["C9", "Neuf", "Nice", None, "neuf@exemple.fr"],
        ],
    )


def test_skip_leaves_the_known_record_alone(db: Database, update_file: Path):
    contact_id = _existing(db)
    summary = run_import(db, update_file, ImportOptions("contacts", on_duplicate="skip"))
    assert (summary.created, summary.updated, summary.skipped) == (1, 0, 1)
    with db.read() as session:
        assert session.get(Contact, contact_id).city == "Lyon"


def test_update_overwrites_with_the_non_empty_values_and_the_preview_shows_the_diff(
    db: Database, update_file: Path
):
    contact_id = _existing(db)
    options = ImportOptions("contacts", on_duplicate="update")
    preview = preview_import(db, update_file, options)
    assert [row.status for row in preview.rows] == ["update", "create"]
    assert preview.counts["update"] == 1 and preview.counts["create"] == 1
    assert {(c.record, c.label, c.old, c.new) for c in preview.changes} == {
        ("Zoé Durand", "City", "Lyon", "Paris"),
        ("Zoé Durand", "Mobile", "", "06 12 34 56 78"),
    }
    assert all(c.record_id == contact_id for c in preview.changes)
    assert count(db) == 1  # the preview wrote nothing

    summary = run_import(db, update_file, options)
    assert (summary.created, summary.updated) == (1, 1)
    with db.read() as session:
        contact = session.get(Contact, contact_id)
        assert (contact.city, contact.mobile_e164, contact.email) == (
            "Paris",
            "+33612345678",
            "zoe@exemple.fr",  # an empty cell never erases
        )
        entry = session.scalars(
            select(ChangeLogEntry).where(
                ChangeLogEntry.entity_id == contact_id, ChangeLogEntry.op == "update"
            )
        ).one()
        assert entry.changes["city"] == ["Lyon", "Paris"]
        assert entry.batch_id == summary.batch_id
    # Undo puts the old values back and removes the new contact.
    undo_batch(db, summary.batch_id)
    with db.read() as session:
        assert session.get(Contact, contact_id).city == "Lyon"
        assert session.get(Contact, contact_id).mobile is None
    assert count(db) == 1


def test_merge_only_fills_empty_fields(db: Database, update_file: Path):
    contact_id = _existing(db)
    summary = run_import(db, update_file, ImportOptions("contacts", on_duplicate="merge"))
    assert summary.updated == 1
    with db.read() as session:
        contact = session.get(Contact, contact_id)
        assert contact.city == "Lyon"  # kept
        assert contact.mobile == "06 12 34 56 78"  # filled


def test_matching_on_email_and_phone_can_be_turned_off(db: Database, tmp_path: Path):
    _existing(db)
    path = write_xlsx(tmp_path / "e.xlsx", [["Nom", "Courriel"], ["Durand", "ZOE@Exemple.fr"]])
    summary = run_import(db, path, ImportOptions("contacts"))
    assert summary.skipped == 1  # matched on the e-mail, whatever its case
    summary = run_import(db, path, ImportOptions("contacts", match_on=("external_ref",)))
    assert summary.created == 1


def test_an_import_is_undone_completely(db: Database, tmp_path: Path):
    path = write_xlsx(
        tmp_path / "t.xlsx",
        [["Nom", "Société", "Tags"], ["Durand", "Café Zoé", "VIP, Lyon"], ["Martin", None, "VIP"]],
    )
    summary = run_import(db, path, ImportOptions("contacts"))
    assert summary.extra == {"companies": 1}
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(ContactTag)) == 3
        assert sorted(session.scalars(select(Tag.name))) == ["Lyon", "VIP"]
    result = undo_batch(db, summary.batch_id)
    assert result.conflicts == ()
    assert count(db) == 0 and count(db, Company) == 0 and count(db, Tag) == 0
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(ContactTag)) == 0


def test_an_unreadable_file_changes_nothing(db: Database, tmp_path: Path):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"")
    with pytest.raises(ExchangeError):
        run_import(db, path, ImportOptions("contacts"))
    assert list_batches(db)[0].kind != BatchKind.IMPORT


def test_a_dry_run_counts_everything_and_writes_nothing(db: Database, update_file: Path):
    _existing(db)
    summary = run_import(
        db, update_file, ImportOptions("contacts", on_duplicate="update"), dry_run=True
    )
    assert (summary.created, summary.updated, summary.batch_id) == (1, 1, None)
    assert count(db) == 1
    assert not [b for b in list_batches(db) if b.kind == BatchKind.IMPORT]


def _many(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "many.csv"
    lines = ["Nom;Prénom;Courriel"] + [f"Nom{i};P{i};p{i}@exemple.fr" for i in range(n)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_cancel_leaves_nothing_and_progress_is_reported(db: Database, tmp_path: Path):
    path = _many(tmp_path, 3000)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append((done, total))

    with pytest.raises(importer.ImportCancelled):
        run_import(db, path, ImportOptions("contacts"), progress, lambda: len(seen) > 2)
    assert count(db) == 0
    assert seen[0] == (0, 3000) and seen[-1][0] > 0
    summary = run_import(db, path, ImportOptions("contacts"), progress)
    assert summary.created == 3000 and seen[-1] == (3000, 3000)


def test_a_killed_import_leaves_nothing(db_path: Path, tmp_path: Path):
    from app.workspace import open_workspace

    open_workspace(db_path).dispose()
    path = _many(tmp_path, 5000)
    script = textwrap.dedent(
        f"""
        import os, sys
        sys.path.insert(0, {str(REPO)!r})
        from app.workspace import open_workspace
        from app.exchange.importer import ImportOptions, run_import

        db = open_workspace({str(db_path)!r})
        def progress(done, total, message):
            if done >= 3000:  # rows already written in the open transaction
                os._exit(9)
        run_import(db, {str(path)!r}, ImportOptions("contacts"), progress)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert result.returncode == 9, result.stderr
    database = open_workspace(db_path)
    try:
        assert count(database) == 0
        with database.read() as session:
            assert session.scalar(select(func.count()).select_from(ChangeLogEntry).where(
                ChangeLogEntry.entity == "contacts")) == 0  # fmt: skip
        assert not [b for b in list_batches(database) if b.kind == BatchKind.IMPORT]
    finally:
        database.dispose()


def test_presets_are_saved_by_header_and_applied_to_moved_columns(db: Database):
    save_preset(db, "contacts", "Caisse", {"Nom client": "last_name", "Mail": "email"})
    save_preset(db, "contacts", "Boutique en ligne", {"Email": "email"})
    assert list_presets(db, "contacts") == ["Boutique en ligne", "Caisse"]
    assert list_presets(db, "orders") == []
    preset = load_preset(db, "contacts", "Caisse")
    assert mapping_from_headers("contacts", ["MAIL", "x", "nom client"], preset) == {
        0: "email",
        2: "last_name",
    }
    with pytest.raises(UserError):
        save_preset(db, "contacts", "Bad", {"Nom": "no_such_field"})
    with pytest.raises(UserError):
        save_preset(db, "contacts", "  ", {"Nom": "last_name"})
    delete_preset(db, "contacts", "Caisse")
    assert list_presets(db, "contacts") == ["Boutique en ligne"]
    with pytest.raises(UserError):
        load_preset(db, "contacts", "Caisse")


def test_a_given_mapping_header_row_and_sheet_are_used(db: Database, tmp_path: Path):
    path = write_xlsx(
        tmp_path / "two.xlsx",
        [["ignored"]],
        more={"Clients": [["a", "b"], ["x", "y"], ["Durand", "1980-05-04"]]},
    )
    options = ImportOptions(
        "contacts", sheet="Clients", header_row=1, mapping={0: "last_name", 1: "birthday"}
    )
    summary = run_import(db, path, options)
    assert summary.created == 1
    (contact,) = contacts(db)
    assert (contact.last_name, contact.birthday) == ("Durand", date(1980, 5, 4))


def test_full_names_are_split_and_civilities_read(db: Database, tmp_path: Path):
    path = write_xlsx(
        tmp_path / "n.xlsx",
        [["Civilité", "Nom complet"], ["Mme", "DUPONT Marie-Claire"], ["M.", "Jean Martin"]],
    )
    run_import(db, path, ImportOptions("contacts"))
    found = {(c.civility, c.first_name, c.last_name) for c in contacts(db)}
    assert found == {("mrs", "Marie-Claire", "DUPONT"), ("mr", "Jean", "Martin")}


def test_csv_in_french_excel_flavour(db: Database, tmp_path: Path):
    path = tmp_path / "clients.csv"
    path.write_bytes("Nom;Prénom;Ville\r\nLefèvre;Zoé;Orléans\r\n".encode("cp1252"))
    run_import(db, path, ImportOptions("contacts"))
    (contact,) = contacts(db)
    assert (contact.last_name, contact.city) == ("Lefèvre", "Orléans")


@pytest.mark.parametrize("chunk", [2, 1000])
def test_a_later_row_updates_the_record_an_earlier_row_created(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
):
    monkeypatch.setattr(importer, "_CHUNK", chunk)  # written already, or still pending
    path = write_xlsx(
        tmp_path / "again.xlsx",
        [
            ["N° client", "Nom", "Ville", "Portable"],
            ["C1", "Durand", "Lyon", None],
            ["C2", "Martin", "Nice", None],
            ["C3", "Petit", "Dax", None],
            ["C1", "Durand", "Paris", "0612345678"],
        ],
    )
    summary = run_import(db, path, ImportOptions("contacts", on_duplicate="update"))
    assert (summary.created, summary.updated) == (3, 1)
    assert {(c.record, c.field, c.old, c.new) for c in summary.changes} == {
        ("Durand", "city", "Lyon", "Paris"),
        ("Durand", "mobile", "", "0612345678"),  # as typed
    }
    by_ref = {c.external_ref: c for c in contacts(db)}
    assert (by_ref["C1"].city, by_ref["C1"].mobile_e164) == ("Paris", "+33612345678")
    from app.contacts import ContactQuery, ContactService

    assert ContactService(db).search_ids(ContactQuery(text="0612345678")) == [by_ref["C1"].id]


def test_serials_of_a_1904_workbook_and_long_references_stored_as_numbers(
    db: Database, tmp_path: Path
):
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    def mac(workbook: openpyxl.Workbook) -> None:
        workbook.epoch = CALENDAR_MAC_1904

    path = write_xlsx(
        tmp_path / "mac.xlsx",
        [
            ["N° client", "Nom", "Date de naissance"],
            [12417, "Durand", 45657 - 1462],  # a day serial, not formatted as a date
            [1234567890123456789, "Martin", "31/12/2024"],
        ],
        setup=mac,
    )
    summary = run_import(db, path, ImportOptions("contacts"))
    assert (summary.created, summary.rejected) == (1, 1)
    (durand,) = contacts(db)
    assert (durand.external_ref, durand.birthday) == ("12417", date(2024, 12, 31))
    message = summary.rejects[0].messages[0]
    assert message.template == cv.MSG_PRECISION
    assert message.params["field"] == "Customer reference"


def test_the_change_log_of_an_import_reads_like_any_other(db: Database, tmp_path: Path):
    from app.history import list_changes

    path = write_xlsx(tmp_path / "c.xlsx", [["Nom", "Ville"], ["Durand", "Lyon"]])
    summary = run_import(db, path, ImportOptions("contacts"))
    (contact,) = contacts(db)
    (change,) = list_changes(db, contact_id=contact.id)
    assert (change.op, change.batch_id, change.batch_kind) == (
        "insert", summary.batch_id, BatchKind.IMPORT,
    )  # fmt: skip
    assert change.changes["last_name"] == (None, "Durand")
    assert change.changes["created_at"][1] == contact.created_at.isoformat()
    assert "sort_name" not in change.changes and "updated_at" not in change.changes
    # Undo, then undo the undo (redo): the contact is back.
    undone = undo_batch(db, summary.batch_id)
    assert count(db) == 0
    undo_batch(db, undone.undo_batch_id)
    assert [c.id for c in contacts(db)] == [contact.id]
