"""The history dialog: who changed what, and undoing it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.contacts import ContactInput, ContactService
from models import Contact
from models.database import Database

history = pytest.importorskip("app.history", reason="app/history.py is not written yet")

from ui.history_dialog import HistoryDialog, describe  # noqa: E402


@pytest.fixture
def service(db: Database) -> ContactService:
    return ContactService(db)


@pytest.fixture
def contact_id(service: ContactService) -> str:
    return service.create(ContactInput(first_name="Hélène", last_name="Dupont", city="Lyon"))


def move(service: ContactService, contact_id: str, city: str) -> None:
    values = service.load_input(contact_id)
    values.city = city
    service.update(contact_id, values)


def rows(dialog: HistoryDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [
        (table.item(r, 2).text(), table.item(r, 3).text(), table.item(r, 4).text())
        for r in range(table.rowCount())
    ]


def row_of(dialog: HistoryDialog, changes: str) -> int:
    for index, (_what, _item, text) in enumerate(rows(dialog)):
        if changes in text:
            return index
    raise AssertionError(f"no row with {changes!r} in {rows(dialog)}")


def city_of(db: Database, contact_id: str) -> str | None:
    with db.read() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        return contact.city


def test_an_edit_is_listed_as_old_to_new(
    qtbot: QtBot, db: Database, service: ContactService, contact_id: str
) -> None:
    move(service, contact_id, "Paris")
    dialog = HistoryDialog(db, contact_id, contact_name="Hélène Dupont")
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.windowTitle() == "History — Hélène Dupont"
    listed = rows(dialog)
    # Newest first: the edit, then the creation.
    assert listed[0] == ("Edit contact Hélène Dupont", "Contact", "City: Lyon → Paris")
    assert listed[-1][1:] == ("Contact", "created — Hélène Dupont")
    assert dialog.table.item(0, 1).text() == db_user_name(db)


def db_user_name(db: Database) -> str:
    from models import User

    with db.read() as session:
        user = session.get(User, db.user_id)
        assert user is not None
        return user.name


def test_undo_from_the_dialog_reverts_the_database(
    qtbot: QtBot, db: Database, service: ContactService, contact_id: str
) -> None:
    move(service, contact_id, "Paris")
    dialog = HistoryDialog(db, contact_id)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.undo_button.isEnabled()  # nothing selected yet
    dialog.select_row(row_of(dialog, "City: Lyon → Paris"))
    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert city_of(db, contact_id) == "Lyon"
    assert dialog.message.isVisible()
    assert dialog.message.text() == "Undone: Edit contact Hélène Dupont"
    # The undo is in the history too, and the undone edit cannot be undone twice.
    assert rows(dialog)[0] == (
        "Undo: Edit contact Hélène Dupont",
        "Contact",
        "City: Paris → Lyon",
    )
    dialog.select_row(row_of(dialog, "City: Lyon → Paris"))
    assert not dialog.undo_button.isEnabled()
    assert "was undone on" in dialog.batch_label.text()


def test_undo_with_the_keyboard(
    qtbot: QtBot, db: Database, service: ContactService, contact_id: str
) -> None:
    move(service, contact_id, "Paris")
    dialog = HistoryDialog(db, contact_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.select_row(0)
    dialog.table.setFocus()
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert city_of(db, contact_id) == "Lyon"


def test_conflicts_are_shown_without_blocking(
    qtbot: QtBot, db: Database, service: ContactService, contact_id: str
) -> None:
    move(service, contact_id, "Paris")
    move(service, contact_id, "Marseille")  # someone changed the city since
    dialog = HistoryDialog(db, contact_id)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.select_row(row_of(dialog, "City: Lyon → Paris"))
    with qtbot.assertNotEmitted(dialog.changed):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert city_of(db, contact_id) == "Marseille"
    text = dialog.message.text()
    assert "Nothing in the batch" in text
    assert "Contact · City (changed since)" in text


def test_deletes_restores_and_tags_read_well(
    qtbot: QtBot, db: Database, service: ContactService, contact_id: str
) -> None:
    values = service.load_input(contact_id)
    values.tags = ["VIP"]
    service.update(contact_id, values)
    service.delete([contact_id])
    service.restore([contact_id])
    dialog = HistoryDialog(db, contact_id)
    qtbot.addWidget(dialog)
    dialog.open()
    listed = rows(dialog)
    assert listed[0][1:] == ("Contact", "restored")
    assert listed[1][1:] == ("Contact", "deleted")
    assert ("Tag", "added — VIP") in [r[1:] for r in listed]


def test_all_recent_changes(qtbot: QtBot, db: Database, service: ContactService) -> None:
    service.create(ContactInput(last_name="Alpha"))
    service.create(ContactInput(last_name="Beta"))
    dialog = HistoryDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.windowTitle() == "Recent changes"
    changes = [r[2] for r in rows(dialog)]
    assert "created — Beta" in changes and "created — Alpha" in changes
    assert changes.index("created — Beta") < changes.index("created — Alpha")


def test_an_empty_history(qtbot: QtBot, db: Database) -> None:
    dialog = HistoryDialog(db, "no-such-contact")
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.table.rowCount() == 0
    assert dialog.empty_label.isVisibleTo(dialog)
    assert not dialog.undo_button.isEnabled()


def test_describe_renders_values_readably() -> None:
    record = history.ChangeRecord(
        id="x",
        when=datetime(2025, 1, 1, tzinfo=UTC),
        hlc="0",
        user_id=None,
        user_name=None,
        device_id="device",
        batch_id=None,
        batch_kind="edit",
        batch_label="Edit",
        entity="contacts",
        entity_id="c",
        op="update",
        changes={
            "status": ("prospect", "customer"),
            "notes": (None, "Call"),
            "company_id": ("a", "b"),
            "updated_at": ("2025-01-01", "2025-01-02"),
        },
    )
    assert describe(record).splitlines() == [
        "Status: Prospect → Customer",
        "Notes: — → Call",
        "Company: changed",
    ]
