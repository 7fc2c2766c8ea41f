"""The duplicates pane: scan, the list of pairs, merge, "not duplicates", open, cancel."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.contacts import ContactInput, ContactService
from app.duplicates import ScanCancelled, ignored_pairs, pair_key, scan_contacts
from models import Company, Contact
from models.database import Database
from models.enums import BatchKind
from ui.duplicates_pane import COLUMNS, DuplicatePairModel, DuplicatesPane
from ui.jobs import JobManager


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    """Hélène twice (same e-mail); Marc three times: the same mobile in Lyon and in
    Villeurbanne, a similar name in the same postcode of Lyon."""
    service = ContactService(db)

    def add(key: str, first: str, last: str, **values: str) -> tuple[str, str]:
        return key, service.create(ContactInput(first_name=first, last_name=last, **values))

    return dict(
        [
            add("helene", "Hélène", "Dupré", email="helene@orange.fr", city="Tours"),
            add("helene2", "H.", "Dupré", email="Helene@orange.fr", city="Tours"),
            add("marc", "Marc", "Martin", mobile="06 12 34 56 78", postcode="69001", city="Lyon"),
            add("marc2", "Marc", "Martin", mobile="0612345678", city="Villeurbanne"),
            add("marc3", "Marc", "Martins", postcode="69001", city="Lyon"),
            add("zoe", "Zoé", "Bernard", email="zoe@example.fr", city="Paris"),
        ]
    )


@pytest.fixture
def pane(qtbot, db: Database) -> DuplicatesPane:
    jobs = JobManager(synchronous=True)
    widget = DuplicatesPane(db, jobs)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    jobs.shutdown()


def row_texts(pane: DuplicatesPane, row: int) -> dict[str, str]:
    model = pane.model
    return {key: model.index(row, column).data() for column, key in enumerate(COLUMNS)}


def select_pair(pane: DuplicatesPane, a: str, b: str) -> int:
    row = pane.model.row_of(pair_key(a, b))
    assert row is not None
    pane.table.selectRow(row)
    return row


def test_scan_lists_the_pairs_best_first_with_why_and_where(qtbot, pane, people) -> None:
    assert pane.model.rowCount() == 0
    assert "Press Scan (F5)" in pane.status.text()

    qtbot.mouseClick(pane.toolbar.widgetForAction(pane.action_scan), Qt.MouseButton.LeftButton)

    assert pane.model.rowCount() == 3
    assert pane.status.text().startswith("3 possible duplicate(s) found in ")
    first = row_texts(pane, 0)
    assert first["score"] == "100 %"
    assert {first["a"], first["b"]} == {"Hélène Dupré", "H. Dupré"}
    assert first["reasons"] == "Same e-mail"
    assert first["place"] == "Tours"
    assert first["emails"] == "helene@orange.fr / Helene@orange.fr"
    reasons = {row_texts(pane, row)["reasons"] for row in range(3)}
    assert "Same phone, similar name (100 %)" in reasons
    assert any(text.startswith("Similar name (9") for text in reasons)
    scores = [pane.model.pair(row).score for row in range(3)]
    assert scores == sorted(scores, reverse=True)


def test_the_model_passes_the_model_tester(qtmodeltester, db, people) -> None:
    model = DuplicatePairModel(db, page_size=2)
    qtmodeltester.check(model)
    model.set_pairs("contact", scan_contacts(db))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(2, COLUMNS.index("a")).data()
    assert model.fetches == 1  # only the page of the last row so far


def test_merge_from_the_list_updates_the_pairs_and_the_database(qtbot, pane, db, people) -> None:
    pane.start_scan()
    select_pair(pane, people["marc"], people["marc2"])
    changes = []
    pane.changed.connect(lambda: changes.append(1))

    qtbot.keyClick(pane.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)

    dialog = pane.dialog
    assert dialog is not None and dialog.isVisible()
    survivor = dialog.preview.side(dialog.survivor()).id
    other = people["marc2"] if survivor == people["marc"] else people["marc"]
    with qtbot.waitSignal(dialog.merged):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    with db.read() as session:
        merged = session.get(Contact, other)
        assert merged is not None and merged.deleted_at is not None
        assert merged.merged_into_id == survivor
    keys = {pane.model.pair(row).key for row in range(pane.model.rowCount())}
    assert pair_key(people["marc"], people["marc2"]) not in keys
    # Marc Martins was paired with both: one pair with the survivor is left.
    assert pair_key(survivor, people["marc3"]) in keys
    assert not any(other in key for key in keys)
    assert pane.model.rowCount() == 2
    assert changes == [1]
    assert pane.status.text() == "2 possible duplicate(s) left"


def test_not_duplicates_sets_the_pair_aside_for_later_scans(qtbot, pane, db, people) -> None:
    pane.start_scan()
    select_pair(pane, people["helene"], people["helene2"])
    pane.table.setFocus()

    qtbot.keyClick(pane.table, Qt.Key.Key_Delete)

    key = pair_key(people["helene"], people["helene2"])
    assert ignored_pairs(db, "contact") == {key}
    assert pane.model.row_of(key) is None
    assert pane.model.rowCount() == 2
    pane.action_scan.trigger()
    assert pane.model.rowCount() == 2 and pane.model.row_of(key) is None


def test_open_a_and_open_b_ask_for_the_records(qtbot, pane, people) -> None:
    pane.start_scan()
    select_pair(pane, people["helene"], people["helene2"])
    pair = pane.current_pair()

    with qtbot.waitSignal(pane.openRequested) as first:
        pane.action_open_a.trigger()
    with qtbot.waitSignal(pane.openRequested) as second:
        pane.action_open_b.trigger()

    assert first.args == ["contact", pair.a_id]
    assert second.args == ["contact", pair.b_id]


def test_companies_are_scanned_apart_and_each_list_is_kept(qtbot, pane, db, people) -> None:
    with db.write(BatchKind.CREATE, "Firms") as session:
        session.add(Company(name="Boulangerie Martin", siren="123456789", city="Tours"))
        session.add(Company(name="Boulangerie Martin SARL", siret="12345678900017"))
    pane.start_scan()

    qtbot.mouseClick(pane.kind_companies, Qt.MouseButton.LeftButton)

    assert pane.kind() == "company" and pane.model.rowCount() == 0
    pane.start_scan()
    assert pane.model.rowCount() == 1
    assert row_texts(pane, 0)["reasons"] == "Same SIREN, similar name (100 %)"
    qtbot.mouseClick(pane.kind_contacts, Qt.MouseButton.LeftButton)
    assert pane.model.rowCount() == 3


def test_a_scan_can_be_cancelled(qtbot, db, people, monkeypatch) -> None:
    started = threading.Event()

    def slow_scan(db, kind, progress, cancel):
        progress(10, 1000, "Comparing names, place by place…")
        started.set()
        while not cancel():
            threading.Event().wait(0.01)
        raise ScanCancelled()

    monkeypatch.setattr("ui.duplicates_pane.scan", slow_scan)
    jobs = JobManager()
    pane = DuplicatesPane(db, jobs)
    qtbot.addWidget(pane)
    pane.show()
    pane.start_scan()
    assert started.wait(5)
    qtbot.waitUntil(lambda: pane.progress.value() == 10)
    assert pane.is_scanning() and pane.cancel_button.isVisible()
    assert not pane.action_scan.isEnabled()

    qtbot.mouseClick(pane.cancel_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not pane.is_scanning(), timeout=5000)
    assert pane.status.text() == "The scan was cancelled."
    assert not pane.cancel_button.isVisible() and pane.action_scan.isEnabled()
    assert pane.model.rowCount() == 0
    assert jobs.shutdown()


def test_menu_actions_have_the_shortcuts(pane) -> None:
    shortcuts = {
        action.objectName(): action.shortcut().toString()
        for action in pane.menu_actions()
        if action is not None
    }
    assert shortcuts["scanDuplicates"] == "F5"
    assert shortcuts["mergeDuplicates"] == "Ctrl+M"
    assert shortcuts["ignoreDuplicates"] == "Del"


def test_records_deleted_since_the_scan_are_struck_out(qtbot, pane, db, people) -> None:
    pane.start_scan()
    row = select_pair(pane, people["helene"], people["helene2"])
    ContactService(db).delete([people["helene2"]])

    pane.refresh()

    pair = pane.model.pair(row)
    column = COLUMNS.index("a" if pair.a_id == people["helene2"] else "b")
    assert pane.model.index(row, column).data(Qt.ItemDataRole.FontRole).strikeOut()
    with db.read() as session:
        assert session.scalars(select(Contact.id).where(Contact.deleted_at.is_(None))).all()
