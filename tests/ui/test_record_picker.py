"""The "link to a record" field of the forms."""

from __future__ import annotations

import pytest

from app.contacts import ContactInput, ContactService
from models.database import Database
from tests.ui.conftest import type_text
from ui.record_picker import RecordPicker


def test_typing_lists_matches_and_choosing_links_the_record(qtbot, db: Database) -> None:
    service = ContactService(db)
    helene = service.create(ContactInput(first_name="Hélène", last_name="Dupré"))
    service.create(ContactInput(first_name="Marc", last_name="Martin"))
    picker = RecordPicker(db, "contact")
    qtbot.addWidget(picker)
    picker.show()
    picker.line_edit().setFocus()
    with qtbot.waitSignal(picker.chosen) as chosen:
        type_text(qtbot, picker.line_edit(), "hélè")
        picker.search_now()
        assert [c.id for c in picker.choices()] == [helene]
        picker.choose(helene)
    assert chosen.args == [helene]
    assert picker.record_id() == helene
    qtbot.waitUntil(lambda: picker.line_edit().text() == "Hélène Dupré")
    # Typing again unlinks until another record is chosen.
    with qtbot.waitSignal(picker.chosen) as unlinked:
        qtbot.keyClick(picker.line_edit(), "x")
    assert unlinked.args == [None]
    assert picker.record_id() is None


def test_set_record_shows_the_name_and_clearing_unlinks(qtbot, db: Database) -> None:
    marc = ContactService(db).create(ContactInput(first_name="Marc", last_name="Martin"))
    picker = RecordPicker(db, "contact")
    qtbot.addWidget(picker)
    picker.set_record(marc)
    assert picker.line_edit().text() == "Marc Martin"
    with qtbot.waitSignal(picker.chosen) as cleared:
        picker.line_edit().clear()
    assert cleared.args == [None]
    assert picker.record_id() is None


def test_unknown_kind_is_refused(qtbot, db: Database) -> None:
    with pytest.raises(ValueError):
        RecordPicker(db, "order")
