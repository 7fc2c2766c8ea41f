"""The contacts list: the lazy table model, search, filters, sorting, bulk actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.contacts import ContactQuery
from tests.ui.conftest import make_contacts, visible_names
from ui.contact_table_model import COLUMNS, ContactIdRole, ContactTableModel

# -- the model ----------------------------------------------------------------------------


@pytest.mark.parametrize("count", [0, 1, 250])
def test_model_passes_the_model_tester(qtmodeltester, service, count):
    make_contacts(service, count)
    model = ContactTableModel(service, page_size=50, max_pages=3)
    model.set_query(ContactQuery())
    qtmodeltester.check(model)
    assert model.rowCount() == count
    model.sort(model.column_of("name"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    if count:
        assert model.index(0, 0).data() == f"Prénom{count - 1:03d} Nom{count - 1:03d}"


def test_model_fetches_rows_by_page_and_bounds_its_cache(service):
    make_contacts(service, 250)
    model = ContactTableModel(service, page_size=50, max_pages=2)
    model.set_query(ContactQuery())
    assert model.fetches == 0  # only ids so far
    assert model.index(0, 0).data() == "Prénom000 Nom000"
    assert model.index(49, 0).data() == "Prénom049 Nom049"
    assert model.fetches == 1
    assert model.index(249, 0).data() == "Prénom249 Nom249"
    assert model.index(120, 0).data() == "Prénom120 Nom120"
    assert model.fetches == 3
    assert model.index(0, 0).data() == "Prénom000 Nom000"  # page 0 was dropped
    assert model.fetches == 4
    assert model.index(0, 0).data(ContactIdRole) == model.contact_id(0)


def test_model_keeps_rows_after_an_edit_and_shows_the_new_values(service, people):
    model = ContactTableModel(service)
    model.set_query(ContactQuery())
    row = model.row_of(people["Martin"])
    city = model.index(row, COLUMNS.index("city"))
    assert city.data() == "Lyon"
    data = service.load_input(people["Martin"])
    data.city = "Villeurbanne"
    service.update(people["Martin"], data)
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    model.refresh()
    assert not resets  # same contacts: the cache is marked stale, no reset
    assert model.index(row, COLUMNS.index("city")).data() == "Villeurbanne"


def test_model_shows_translated_status_and_tags(service, people):
    model = ContactTableModel(service)
    model.set_query(ContactQuery())
    row = model.row_of(people["Dupré"])
    assert model.index(row, COLUMNS.index("status")).data() == "Customer"
    assert model.index(row, COLUMNS.index("tags")).data() == "vip"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers == ["Name", "Company", "E-mail", "Phone", "City", "Postcode", "Status", "Tags"]


# -- search, sort and filters ------------------------------------------------------------


def test_typing_in_the_search_field_filters_the_table(qtbot, people, window):
    pane = window.contacts
    assert len(visible_names(pane)) == 4
    qtbot.keyClicks(pane.search, "helene")
    qtbot.waitUntil(lambda: visible_names(pane) == ["Hélène Dupré"])
    pane.search.clear()
    qtbot.keyClicks(pane.search, "tours")
    qtbot.waitUntil(lambda: sorted(visible_names(pane)) == ["Hélène Dupré", "Zoé Bernard"])
    assert pane.count_label.text().startswith("2 ")
    qtbot.keyClicks(pane.search, " nobody")
    qtbot.waitUntil(lambda: visible_names(pane) == [])
    assert pane.empty_label.isVisibleTo(pane)
    assert "No contacts match" in pane.empty_label.text()


def test_clicking_a_column_header_sorts_in_sql(qtbot, people, shown):
    pane = shown.contacts
    assert visible_names(pane) == ["Zoé Bernard", "Hélène Dupré", "Marc Martin", "Alain Petit"]
    header = pane.table.horizontalHeader()
    city = COLUMNS.index("city")
    x = header.sectionViewportPosition(city) + header.sectionSize(city) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert pane.model.query().sort == "city"
    cities = [pane.model.index(r, city).data() for r in range(pane.model.rowCount())]
    assert cities == ["Lyon", "Paris", "Tours", "Tours"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    cities = [pane.model.index(r, city).data() for r in range(pane.model.rowCount())]
    assert cities == ["Tours", "Tours", "Paris", "Lyon"]


def test_sorting_keeps_the_selection(people, window):
    pane = window.contacts
    pane.select_ids([people["Martin"]])
    pane.table.sortByColumn(COLUMNS.index("email"), Qt.SortOrder.DescendingOrder)
    assert pane.selected_ids() == [people["Martin"]]
    assert visible_names(pane)[0] == "Zoé Bernard"


def test_status_tag_and_city_filters(qtbot, people, window):
    pane = window.contacts
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("customer"))
    assert sorted(visible_names(pane)) == ["Alain Petit", "Hélène Dupré"]
    pane.status_filter.setCurrentIndex(0)
    pane.tag_filter.setCurrentIndex(pane.tag_filter.findData("newsletter"))
    assert visible_names(pane) == ["Zoé Bernard"]
    pane.tag_filter.setCurrentIndex(0)
    qtbot.keyClicks(pane.city_filter.lineEdit(), "lyon")
    qtbot.waitUntil(lambda: visible_names(pane) == ["Marc Martin"])
    pane.city_filter.lineEdit().clear()
    qtbot.waitUntil(lambda: len(visible_names(pane)) == 4)
    assert pane.tag_filter.itemText(0) == "All tags"
    assert {pane.tag_filter.itemText(i) for i in range(1, pane.tag_filter.count())} == {
        "newsletter",
        "vip",
    }


def test_empty_database_says_how_to_start(window):
    pane = window.contacts
    assert pane.model.rowCount() == 0
    assert pane.empty_label.isVisibleTo(pane)
    assert "New contact" in pane.empty_label.text()


# -- actions on the selection -------------------------------------------------------------


def select_rows(pane, names):
    selection = pane.table.selectionModel()
    selection.clearSelection()
    for row, name in enumerate(visible_names(pane)):
        if name in names:
            selection.select(
                pane.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_bulk_tag_then_bulk_delete_with_confirmation(qtbot, people, shown, service):
    pane = shown.contacts
    select_rows(pane, ["Marc Martin", "Alain Petit"])
    assert pane.action_add_tag.isEnabled()
    pane.action_add_tag.trigger()
    prompt = pane.findChild(QInputDialog, "tagPrompt")
    assert prompt is not None and prompt.isVisible()
    prompt.setTextValue("salon 2025")
    prompt.accept()
    tagged = service.search_ids(ContactQuery(tag="salon 2025"))
    assert sorted(tagged) == sorted([people["Martin"], people["Petit"]])
    assert pane.tag_filter.findData("salon 2025") > 0
    assert "salon 2025" in shown.statusBar().currentMessage()

    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Delete)
    box = pane.findChild(QMessageBox, "confirmDelete")
    assert box is not None and box.isVisible()
    assert "2 contact" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert sorted(visible_names(pane)) == ["Hélène Dupré", "Zoé Bernard"]
    assert service.count(ContactQuery()) == 2
    assert sorted(service.search_ids(ContactQuery(deleted=True))) == sorted(
        [people["Martin"], people["Petit"]]
    )


def test_cancelled_delete_deletes_nothing(qtbot, people, window, service):
    pane = window.contacts
    select_rows(pane, ["Marc Martin"])
    box = pane.delete_selected()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert service.count(ContactQuery()) == 4


def test_delete_key_in_the_search_field_edits_the_text(qtbot, people, shown, service):
    pane = shown.contacts
    select_rows(pane, ["Marc Martin"])
    qtbot.keyClicks(pane.search, "abc")
    pane.search.setCursorPosition(0)
    qtbot.keyClick(pane.search, Qt.Key.Key_Delete)
    assert pane.search.text() == "bc"
    assert pane.findChild(QMessageBox, "confirmDelete") is None
    assert service.count(ContactQuery()) == 4


def test_remove_tag_from_selection(people, window, service):
    pane = window.contacts
    select_rows(pane, ["Hélène Dupré", "Alain Petit", "Marc Martin"])
    prompt = pane.remove_tag_from_selection()
    assert prompt.comboBoxItems() == ["newsletter", "vip"]
    prompt.setTextValue("vip")
    prompt.accept()
    assert service.search_ids(ContactQuery(tag="vip")) == []
    assert service.search_ids(ContactQuery(tag="newsletter")) == [people["Bernard"]]


def test_deleted_contacts_can_be_seen_and_restored(people, window, service):
    service.delete([people["Martin"]])
    pane = window.contacts
    pane.refresh()
    assert "Marc Martin" not in visible_names(pane)
    pane.show_deleted.setChecked(True)
    assert visible_names(pane) == ["Marc Martin"]
    assert "deleted" in pane.count_label.text()
    select_rows(pane, ["Marc Martin"])
    assert pane.action_restore.isEnabled() and not pane.action_delete.isEnabled()
    pane.action_restore.trigger()
    assert visible_names(pane) == []
    assert service.count(ContactQuery()) == 4
    pane.show_deleted.setChecked(False)
    assert "Marc Martin" in visible_names(pane)


def test_column_widths_are_remembered(qtbot, people, window, db):
    from ui.contacts_pane import ContactsPane
    from ui.jobs import JobManager

    header = window.contacts.table.horizontalHeader()
    header.resizeSection(COLUMNS.index("email"), 321)
    window.contacts.save_state()
    other = ContactsPane(db, JobManager(synchronous=True))
    qtbot.addWidget(other)
    assert other.table.horizontalHeader().sectionSize(COLUMNS.index("email")) == 321
