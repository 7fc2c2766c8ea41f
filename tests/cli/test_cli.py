"""The ``comptoir`` command line, run as a user runs it: a separate process.

Each test has its own data folder (COMPTOIR_DATA_DIR, set by the autouse fixture and
inherited by the child process) and its own database file.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.cli import TextProgress, describe_summary
from app.workspace import open_workspace
from models import Contact
from models.database import SCHEMA_HEAD, batch_of
from models.enums import BatchKind

REPO = Path(__file__).resolve().parents[2]


def comptoir(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def assert_world_fault(result: subprocess.CompletedProcess[str], message: str) -> None:
    """Exit 1, the message as the one line on stderr, no traceback anywhere."""
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [message]
    assert "Traceback" not in result.stdout + result.stderr


def make_contact(path: Path, **fields: str) -> tuple[str, str]:
    """A contact written through the API, in its own batch: (contact id, batch id)."""
    db = open_workspace(path)
    try:
        with db.write(BatchKind.CREATE, "New contact Hélène Dupré") as session:
            contact = Contact(first_name="Hélène", last_name="Dupré", **fields)
            session.add(contact)
            batch_id = batch_of(session).batch_id
        return contact.id, batch_id
    finally:
        db.dispose()


def edit_contact(path: Path, contact_id: str, label: str, **fields: str) -> str:
    db = open_workspace(path)
    try:
        with db.write(BatchKind.EDIT, label) as session:
            contact = session.get(Contact, contact_id)
            assert contact is not None
            for key, value in fields.items():
                setattr(contact, key, value)
            return batch_of(session).batch_id
    finally:
        db.dispose()


def read_contact(path: Path, contact_id: str) -> tuple[Contact, list[str]]:
    """The contact as stored, and what the search index finds for "helene"."""
    db = open_workspace(path)
    try:
        with db.read() as session:
            contact = session.get(Contact, contact_id)
            assert contact is not None
            found = session.execute(
                text("SELECT contact_id FROM contacts_fts WHERE contacts_fts MATCH 'helene'")
            )
            return contact, list(found.scalars())
    finally:
        db.dispose()


# --- check -------------------------------------------------------------------------------


def test_check_on_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "new.db"

    result = comptoir("--db", str(path), "check")

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert f"Database:     {path}" in result.stdout
    assert f"revision {SCHEMA_HEAD} (expected {SCHEMA_HEAD})" in result.stdout
    assert "SQLite:       integrity ok, 0 broken references" in result.stdout
    assert result.stdout.rstrip().endswith("Result:       OK")
    assert path.is_file()


def test_check_as_json_with_db_after_the_command(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    make_contact(path)

    result = comptoir("check", "--json", "--db", str(path))

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert report["problems"] == []
    assert report["schema_revision"] == SCHEMA_HEAD
    assert report["sqlite_integrity"] == ["ok"]
    assert report["row_counts"]["contacts"] == 1
    assert (report["fts_indexed"], report["fts_expected"], report["fts_missing"]) == (1, 1, 0)
    assert report["change_log_entries"] == 2  # the user, then the contact
    assert report["file_size"] == path.stat().st_size


def test_check_reports_a_search_index_out_of_step(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    make_contact(path)
    raw = sqlite3.connect(path)
    raw.execute("DELETE FROM contacts_fts")
    raw.commit()
    raw.close()

    result = comptoir("--db", str(path), "check")

    assert result.returncode == 1
    assert "  - Contacts missing from the search index: 1." in result.stdout
    assert result.stderr.splitlines() == [f"The check found 1 problem in {path}."]


def test_without_db_the_data_folder_database_is_used(data_dir: Path) -> None:
    result = comptoir("check", "--json")

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["path"] == str(data_dir / "comptoir.db")
    assert (data_dir / "comptoir.db").is_file()


# --- history and undo --------------------------------------------------------------------


def test_history_lists_batches_and_changes_made_through_the_api(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    contact_id, batch_id = make_contact(path, city="Besançon")
    edit_id = edit_contact(path, contact_id, "Move", city="Dijon")

    batches = comptoir("--db", str(path), "history", "--batches", "--json")
    changes = comptoir("history", "--db", str(path), "--contact", contact_id)
    of_batch = comptoir("history", "--db", str(path), "--batch", batch_id[:8], "--json")

    assert batches.returncode == 0, batches.stderr
    listed = json.loads(batches.stdout)
    assert [(b["id"], b["kind"], b["label"], b["entries"]) for b in listed[:2]] == [
        (edit_id, "edit", "Move", 1),
        (batch_id, "create", "New contact Hélène Dupré", 1),
    ]
    assert listed[2]["kind"] == "system"
    assert changes.returncode == 0, changes.stderr
    lines = changes.stdout.splitlines()
    assert len(lines) == 4  # two batches, one change each, newest first
    assert lines[0].endswith(f"edit “Move”  (batch {edit_id})")
    assert lines[1] == f'    update contacts {contact_id}: city: "Besançon" → "Dijon"'
    assert lines[2].endswith(f"create “New contact Hélène Dupré”  (batch {batch_id})")
    assert lines[3].startswith(f'    insert contacts {contact_id}: first_name="Hélène"')
    assert of_batch.returncode == 0, of_batch.stderr
    entries = json.loads(of_batch.stdout)
    assert [(e["entity"], e["entity_id"], e["op"]) for e in entries] == [
        ("contacts", contact_id, "insert")
    ]
    assert entries[0]["changes"]["city"] == [None, "Besançon"]


def test_undo_reverts_a_batch_and_refuses_a_second_time(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    contact_id, batch_id = make_contact(path)
    assert read_contact(path, contact_id)[1] == [contact_id]

    result = comptoir("--db", str(path), "undo", batch_id)

    assert result.returncode == 0, result.stderr
    first_line = result.stdout.splitlines()[0]
    assert first_line.startswith(
        f"Undid “New contact Hélène Dupré” ({batch_id}): 1 change reverted, recorded as batch "
    )
    assert first_line.endswith("“Undo: New contact Hélène Dupré”.")
    contact, found = read_contact(path, contact_id)
    assert contact.deleted_at is not None
    assert found == []

    again = comptoir("undo", batch_id, "--db", str(path))

    assert_world_fault(again, "The batch “New contact Hélène Dupré” was already undone.")
    assert read_contact(path, contact_id)[0].deleted_at is not None


def test_undo_prints_the_fields_left_as_they_are(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    contact_id, _ = make_contact(path, email="old@example.fr", city="Lyon")
    batch_id = edit_contact(path, contact_id, "Edit", email="new@example.fr", city="Paris")
    edit_contact(path, contact_id, "Other edit", email="theirs@example.fr")

    result = comptoir("--db", str(path), "undo", batch_id)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "1 change left as it is:",
        f"  contacts {contact_id} email: changed since",
    ]
    contact, _ = read_contact(path, contact_id)
    assert (contact.email, contact.city) == ("theirs@example.fr", "Lyon")


def test_undo_of_an_unknown_batch(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    make_contact(path)

    result = comptoir("--db", str(path), "undo", "0123456789")

    assert_world_fault(result, "There is no batch 0123456789 in this database.")
    assert result.stdout == ""


def test_history_of_an_unknown_contact(tmp_path: Path) -> None:
    result = comptoir("--db", str(tmp_path / "shop.db"), "history", "--contact", "nobody")

    assert_world_fault(result, "There is no contact nobody in this database.")


# --- Files that are not ours -------------------------------------------------------------


@pytest.mark.parametrize("command", [["check"], ["history"], ["undo", "0123"]])
def test_a_file_that_is_not_a_database(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "clients.db"
    content = "Nom;Prénom;Ville\nDupré;Hélène;Lyon\n".encode() * 20
    path.write_bytes(content)

    result = comptoir("--db", str(path), *command)

    assert_world_fault(result, f"{path} is not a Comptoir database, or it is damaged.")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clients.db", "data"]


def test_a_database_from_a_newer_version(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    make_contact(path)
    future = sqlite3.connect(path)
    future.execute("UPDATE alembic_version SET version_num = '9999'")
    future.commit()
    future.close()
    content = path.read_bytes()

    result = comptoir("--db", str(path), "check")

    assert_world_fault(
        result,
        f"The database {path} was written by a newer version of Comptoir (schema 9999). "
        "Update Comptoir to open it; the file was left untouched.",
    )
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "future.db"]


# --- Usage, version, bugs ----------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["undo"],
        ["frobnicate"],
        ["history", "--limit", "0"],
        ["history", "--batches", "--contact", "x"],
        ["screenshot", "out.png", "--size", "big"],
        ["check", "--nonsense"],
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    result = comptoir("--db", str(tmp_path / "shop.db"), *args)

    assert result.returncode == 2
    assert result.stderr.startswith("usage: comptoir")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "shop.db").exists()


def test_version() -> None:
    result = comptoir("--version")

    assert result.returncode == 0
    assert result.stdout.startswith("comptoir ")
    assert result.stdout.split()[1][0].isdigit()


def test_a_bug_is_logged_and_apologised_for(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "shop.db"
    make_contact(path)
    raw = sqlite3.connect(path)
    raw.execute("UPDATE change_log SET changes = 'not json {'")  # what the code never expects
    raw.commit()
    raw.close()

    result = comptoir("--db", str(path), "history")

    log = data_dir / "comptoir.log"
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "Sorry, Comptoir ran into an unexpected problem (a bug). "
        f"The details were written to {log}."
    ]
    assert "Traceback" not in result.stderr
    assert "Traceback (most recent call last)" in log.read_text(encoding="utf-8")
    assert "comptoir history failed" in log.read_text(encoding="utf-8")


def test_the_api_and_the_cli_see_the_same_database(tmp_path: Path) -> None:
    """What ``undo`` wrote is an ordinary batch: the API lists it and can undo it (redo)."""
    path = tmp_path / "shop.db"
    contact_id, batch_id = make_contact(path)
    assert comptoir("--db", str(path), "undo", batch_id).returncode == 0

    listed = json.loads(comptoir("--db", str(path), "history", "--batches", "--json").stdout)
    undo = listed[0]
    assert (undo["kind"], undo["undo_of"]) == ("undo", batch_id)
    redo = comptoir("--db", str(path), "undo", undo["id"][:8])

    assert redo.returncode == 0, redo.stderr
    assert "“Redo: New contact Hélène Dupré”" in redo.stdout
    contact, found = read_contact(path, contact_id)
    assert contact.deleted_at is None
    assert found == [contact_id]
    db = open_workspace(path)
    try:
        with db.read() as session:
            assert session.scalars(select(Contact.id)).all() == [contact_id]
    finally:
        db.dispose()


def test_check_reports_broken_references_and_stale_index_entries(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    contact_id, _ = make_contact(path)
    raw = sqlite3.connect(path)  # foreign keys are off in a plain sqlite3 connection
    raw.execute(
        "INSERT INTO tasks (id, title, priority, contact_id, created_at, updated_at) "
        "VALUES ('t1', 'Orphan', 'normal', 'no-such-contact', '2025-01-01', '2025-01-01')"
    )
    raw.execute("UPDATE contacts SET deleted_at = '2025-01-02' WHERE id = ?", (contact_id,))
    raw.commit()
    raw.close()

    result = comptoir("--db", str(path), "check", "--json")

    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert [(v["table"], v["rowid"], v["parent"]) for v in report["foreign_key_violations"]] == [
        ("tasks", 1, "contacts")
    ]
    assert (report["fts_indexed"], report["fts_expected"], report["fts_stale"]) == (1, 0, 1)
    assert report["problems"] == [
        "Rows pointing to rows that do not exist: 1 (first: tasks row 1).",
        "Search index entries of deleted or changed contacts: 1.",
    ]
    assert result.stderr.splitlines() == [f"The check found 2 problems in {path}."]


# --- Helpers of the demo command (the demo itself is tested with app.demo) ----------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_understands_the_usual_callback_shapes() -> None:
    terminal = FakeTerminal()
    progress = TextProgress(terminal)

    progress(25, 100, "Contacts")
    assert terminal.getvalue().rstrip().endswith("[########......................]  25% Contacts")
    progress(0.5)
    assert "[###############...............]  50%" in terminal.getvalue()
    progress(done=3, total=3, message="Orders")
    assert terminal.getvalue().rstrip().endswith("100% Orders")
    progress.close()
    assert terminal.getvalue().endswith("\n")


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    progress = TextProgress()  # stderr, captured here: not a terminal
    progress(1, 2)
    progress.close()
    assert capsys.readouterr().err == ""


def test_the_demo_summary_names_every_count() -> None:
    @dataclasses.dataclass
    class Summary:
        contacts: int
        order_lines: int
        seed_name: str
        ratio: float

    text = describe_summary(Summary(contacts=300, order_lines=12_345, seed_name="x", ratio=0.5))

    assert text == "300 contacts, 12,345 order lines, 0.5 ratio"
    assert describe_summary({"tasks": 7}) == "7 tasks"
    assert describe_summary("done") == "done"


def test_screenshot_of_a_pane_and_of_an_unknown_pane(tmp_path: Path) -> None:
    database = tmp_path / "shop.db"
    make_contact(database, city="Tours")
    out = tmp_path / "contacts.png"
    result = comptoir("--db", str(database), "screenshot", str(out), "--size", "1000x700")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    result = comptoir(
        "--db", str(database), "screenshot", str(tmp_path / "x.png"), "--pane", "nope"
    )
    assert result.returncode == 2
    assert "contacts, companies, pipeline" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()
