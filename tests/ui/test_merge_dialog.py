"""The side-by-side merge dialog: choosing, merging, undoing — and what the database holds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app.contacts import ContactInput, ContactService
from app.history import undo_batch
from models import Batch, Contact, ContactTag, Interaction, Order
from models.database import Database
from models.enums import BatchKind
from tests.ui.conftest import find_top_level
from tests.unit.test_merge import snapshot
from ui.merge_dialog import MergeDialog

T0 = datetime(2024, 5, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def two(db: Database) -> dict[str, str]:
    """ "Hélène Dupré" with her history, and "H. Dupré" typed again later at the till."""
    service = ContactService(db)
    old = service.create(
        ContactInput(
            first_name="Hélène",
            last_name="Dupré",
            email="helene.dupre@orange.fr",
            phone="02 47 11 22 33",
            postcode="37000",
            city="Tours",
            status="customer",
            tags=["vip"],
        )
    )
    new = service.create(
        ContactInput(
            first_name="H.",
            last_name="Dupré",
            email="hdupre@gmail.com",
            mobile="06 12 34 56 78",
            postcode="37000",
            city="Tours",
            notes="Wants the gluten-free range.",
            tags=["vip", "newsletter"],
        )
    )
    with db.write(BatchKind.CREATE, "History") as session:
        for days in (0, 30, 60):
            session.add(
                Interaction(
                    channel="visit",
                    occurred_at=T0 + timedelta(days=days),
                    subject=f"Visit {days}",
                    contact_id=old,
                )
            )
        session.add(Order(number="F-9", contact_id=old, ordered_at=T0, total_cents=4200))
        session.add(Interaction(channel="phone", occurred_at=T0, subject="Call", contact_id=new))
    return {"old": old, "new": new}


def open_dialog(qtbot, db: Database, a: str, b: str, parent=None) -> MergeDialog:
    dialog = MergeDialog.for_records(db, "contact", a, b, parent)
    if parent is None:
        qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def contact(db: Database, contact_id: str) -> Contact:
    with db.read() as session:
        found = session.get(Contact, contact_id)
        assert found is not None
        return found


def test_rows_show_both_values_with_the_suggestions_selected(qtbot, db, two) -> None:
    dialog = open_dialog(qtbot, db, two["new"], two["old"])

    # The record with more history is kept by default (here B, the older one).
    assert dialog.survivor_b.isChecked()
    assert dialog.findChild(type(dialog.survivor_a), "choice_email_a").text() == "hdupre@gmail.com"
    # Non-empty values and the more complete name are chosen.
    assert dialog.pick("first_name") == "b"  # "Hélène" rather than "H."
    assert dialog.pick("mobile") == "a"
    assert dialog.pick("phone") == "b"
    assert dialog.pick("notes") == "a"
    # Identical rows are greyed and cannot be changed; different ones are highlighted.
    assert not dialog.rows["last_name"][1].isEnabled()
    assert dialog.rows["email"][1].isEnabled()
    assert "background" in dialog.rows["email"][0].styleSheet()
    assert dialog.summary.text().startswith("Moving to “Hélène Dupré”: ")
    assert "1 interaction" in dialog.summary.text()
    assert "1 tag" in dialog.summary.text()  # vip is on both: only newsletter moves


def merge_in_dialog(qtbot, db: Database, two: dict[str, str], parent=None) -> tuple[str, str]:
    """Open the dialog on both, take B's e-mail, click Merge: (survivor id, batch id)."""
    dialog = open_dialog(qtbot, db, two["old"], two["new"], parent)
    qtbot.mouseClick(
        dialog.findChild(type(dialog.survivor_a), "choice_email_b"), Qt.MouseButton.LeftButton
    )
    assert dialog.pick("email") == "b"
    with qtbot.waitSignal(dialog.merged) as merged:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    return merged.args[0], merged.args[1]


def assert_merged(db: Database, two: dict[str, str], batch_id: str) -> None:
    kept, gone = contact(db, two["old"]), contact(db, two["new"])
    assert (kept.first_name, kept.email, kept.mobile_e164, kept.phone_e164) == (
        "Hélène",
        "hdupre@gmail.com",
        "+33612345678",
        "+33247112233",
    )
    assert kept.notes == "Wants the gluten-free range."
    assert gone.deleted_at is not None and gone.merged_into_id == two["old"]
    with db.read() as session:
        assert set(session.scalars(select(Interaction.contact_id))) == {two["old"]}
        assert set(session.scalars(select(Order.contact_id))) == {two["old"]}
        tags = session.scalar(
            select(func.count()).select_from(ContactTag).where(ContactTag.contact_id == two["old"])
        )
        assert tags == 2  # vip once, newsletter moved
        batch = session.get(Batch, batch_id)
        assert batch is not None and batch.kind == "merge"


def assert_as_before(db: Database, before: dict, batch_id: str) -> None:
    after = snapshot(db)
    for table in before:
        assert after[table] == before[table], table
    with db.read() as session:
        batch = session.get(Batch, batch_id)
        assert batch is not None and batch.undone_at is not None


def test_merging_in_the_dialog_then_undoing_the_merge(qtbot, db, two) -> None:
    before = snapshot(db)

    survivor_id, batch_id = merge_in_dialog(qtbot, db, two)

    assert survivor_id == two["old"]
    assert_merged(db, two, batch_id)

    result = undo_batch(db, batch_id)

    assert result.conflicts == ()
    assert_as_before(db, before, batch_id)
    assert contact(db, two["new"]).deleted_at is None


def test_the_windows_undo_takes_the_merge_back(qtbot, db, window, two) -> None:
    before = snapshot(db)
    _survivor, batch_id = merge_in_dialog(qtbot, db, two, window)
    assert_merged(db, two, batch_id)

    window.refresh_undo()
    window.action_undo.trigger()

    assert_as_before(db, before, batch_id)


def test_alt_1_and_alt_2_take_every_value_of_one_side(qtbot, db, two) -> None:
    dialog = open_dialog(qtbot, db, two["old"], two["new"])
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)

    assert dialog.pick("email") == "b" and dialog.pick("first_name") == "b"
    assert dialog.pick("phone") == "a"  # B has none: A's is kept
    qtbot.keyClick(dialog, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert dialog.pick("email") == "a" and dialog.pick("mobile") == "b"


def test_changing_the_survivor_changes_the_summary(qtbot, db, two) -> None:
    dialog = open_dialog(qtbot, db, two["old"], two["new"])
    assert dialog.survivor_a.isChecked()

    qtbot.mouseClick(dialog.survivor_b, Qt.MouseButton.LeftButton)

    assert dialog.survivor() == "b"
    text = dialog.summary.text()
    assert text.startswith("Moving to “H. Dupré”: 3 interaction")
    assert "1 order" in text and "“Hélène Dupré” will be deleted" in text


def test_cancel_changes_nothing(qtbot, db, two) -> None:
    dialog = open_dialog(qtbot, db, two["old"], two["new"])
    merges = []
    dialog.merged.connect(lambda *args: merges.append(args))

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert not dialog.isVisible() and merges == []
    with db.read() as session:
        assert session.scalars(select(Batch).where(Batch.kind == "merge")).all() == []
    assert contact(db, two["new"]).deleted_at is None


def test_a_record_deleted_meanwhile_is_refused_with_a_message(qtbot, db, two) -> None:
    dialog = open_dialog(qtbot, db, two["old"], two["new"])
    ContactService(db).delete([two["new"]])

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    box = find_top_level(QMessageBox, "errorBox")
    assert box is not None and "H. Dupré" in box.text()
    assert dialog.isVisible()
    box.close()
    assert contact(db, two["old"]).deleted_at is None
