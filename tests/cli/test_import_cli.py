"""comptoir import, run as a user runs it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from app.workspace import open_workspace
from models import Contact, Order
from tests.cli.test_cli import assert_world_fault, comptoir
from tests.conftest import SHARED_DATA
from tests.unit.test_import_files import write_xlsx


def _count(db_path: Path, model: type) -> int:
    db = open_workspace(db_path)
    try:
        with db.read() as session:
            return session.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            )
    finally:
        db.dispose()


def test_orders_from_the_real_workbook_with_the_guessed_mapping(tmp_path: Path):
    db = tmp_path / "shop.db"
    book = shutil.copy(SHARED_DATA / "online_retail_II_sample.xlsx", tmp_path / "retail.xlsx")
    result = comptoir("--db", str(db), "import", "orders", str(book))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Columns of retail.xlsx (sheet “Year 2009-2010”, headers on row 1):"
    assert "  Invoice -> Order or invoice number" in lines
    assert "  Customer ID -> Customer reference" in lines
    assert "read 14269, created 14269, updated 0, skipped 0, rejected 0" in lines
    batch = next(line for line in lines if line.startswith("batch "))
    batch_id = batch.split()[1]
    assert _count(db, Order) > 700
    # The other sheet, by name: invoices already there are skipped.
    result = comptoir("--db", str(db), "import", "orders", str(book), "--sheet", "Year 2010-2011")
    assert result.returncode == 0, result.stderr
    assert "skipped 441" in result.stdout
    # The batch id undoes the whole first import.
    result = comptoir("--db", str(db), "undo", batch_id)
    assert result.returncode == 0, result.stderr


def test_a_mapping_file_dry_run_and_rejects(tmp_path: Path):
    db = tmp_path / "shop.db"
    book = write_xlsx(
        tmp_path / "clients.xlsx",
        [
            ["Col A", "Col B", "Col C"],
            ["Durand", "zoe@exemple.fr", "x"],
            ["Martin", "pas-une-adresse", "y"],
        ],
    )
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"Col A": "last_name", "Col B": "email", "Col C": ""}))
    rejects = tmp_path / "rejets.xlsx"
    args = ["--db", str(db), "import", "contacts", str(book), "--mapping", str(mapping)]
    result = comptoir(*args, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "Columns of" not in result.stdout  # the mapping was given
    assert "read 2, created 1, updated 0, skipped 0, rejected 1" in result.stdout
    assert "dry run: nothing was written" in result.stdout
    assert _count(db, Contact) == 0

    result = comptoir(*args, "--rejects", str(rejects))
    assert result.returncode == 0, result.stderr
    assert "row 3: E-mail: “pas-une-adresse” is not a valid e-mail address." in result.stdout
    assert _count(db, Contact) == 1
    sheet = openpyxl.load_workbook(rejects).active
    reason = "E-mail: “pas-une-adresse” is not a valid e-mail address."
    assert [c.value for c in sheet[2]][:3] == [3, reason, "Martin"]

    # Again with --on-duplicate update: Durand is known (same e-mail), nothing changes.
    result = comptoir(*args, "--on-duplicate", "update")
    assert "read 2, created 0, updated 0, skipped 1, rejected 1" in result.stdout
    assert "nothing to write: the database is unchanged" in result.stdout


def test_files_that_cannot_be_imported_exit_1_with_one_line(tmp_path: Path):
    db = tmp_path / "shop.db"
    legacy = tmp_path / "vieux.xls"
    legacy.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "Workbook".encode("utf-16-le")
    )
    result = comptoir("--db", str(db), "import", "contacts", str(legacy))
    assert_world_fault(
        result,
        "The file vieux.xls is an old Excel 97–2003 workbook (.xls). Open it in Excel or "
        "LibreOffice and save it as an Excel workbook (.xlsx), then import that file.",
    )
    empty = tmp_path / "vide.xlsx"
    empty.write_bytes(b"")
    assert_world_fault(
        comptoir("--db", str(db), "import", "contacts", str(empty)), "The file vide.xlsx is empty."
    )
    bad_mapping = tmp_path / "m.json"
    bad_mapping.write_text("{not json")
    book = write_xlsx(tmp_path / "c.xlsx", [["Nom"], ["Durand"]])
    result = comptoir(
        "--db", str(db), "import", "contacts", str(book), "--mapping", str(bad_mapping)
    )
    assert result.returncode == 1 and "The mapping file" in result.stderr
    result = comptoir("--db", str(db), "import", "contacts", str(book), "--sheet", "Nope")
    assert_world_fault(result, "The workbook c.xlsx has no sheet named “Nope”.")


def test_usage_errors_exit_2(tmp_path: Path):
    result = comptoir("--db", str(tmp_path / "x.db"), "import", "invoices", "f.xlsx")
    assert result.returncode == 2
    result = comptoir("--db", str(tmp_path / "x.db"), "import", "contacts", "f.xlsx",
                      "--on-duplicate", "replace")  # fmt: skip
    assert result.returncode == 2
