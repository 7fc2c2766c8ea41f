"""The contacts list: the lazy table model, search, filters, sorting, bulk actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from app.contacts import ContactQuery
from tests.ui.conftest import make_contacts, visible_names
from ui.contact_table_model import COLUMNS, ContactIdRole, ContactTableModel, RawValueRole

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


# -- custom fields: columns, sorting, filters ---------------------------------------------


@pytest.fixture
def custom_people(db, service, people):
    """The four people with a shoe size, a favourite wine and a loyalty card."""
    from app.custom_fields import create_field

    create_field(db, "contact", "Pointure", "number")
    create_field(db, "contact", "Vin", "choice", ["Rouge", "Blanc"])
    create_field(db, "contact", "Carte", "bool")
    values = {
        "Dupré": {"pointure": 38, "vin": "Blanc", "carte": True},
        "Martin": {"pointure": 44.5, "vin": "Rouge"},
        "Bernard": {"pointure": 36},
        "Petit": {"vin": "Blanc", "carte": True},
    }
    for name, custom in values.items():
        data = service.load_input(people[name])
        data.custom = custom
        service.update(people[name], data)
    return people


@pytest.fixture
def pane(qtbot, db):
    from ui.contacts_pane import ContactsPane
    from ui.jobs import JobManager

    made = []

    def make():
        widget = ContactsPane(db, JobManager(synchronous=True))
        qtbot.addWidget(widget)
        widget.resize(1200, 700)
        widget.show()
        made.append(widget)
        return widget

    # Held until the end of the test: a pane collected by Python while Qt paints it crashes.
    yield make
    for widget in made:
        widget.close()


def custom_column(pane, key):
    return [
        pane.model.index(row, pane.model.column_of(f"custom:{key}")).data()
        for row in range(pane.model.rowCount())
    ]


def test_custom_fields_are_columns_that_sort_in_sql(qtbot, custom_people, pane, qtmodeltester):
    pane = pane()
    model = pane.model
    assert model.columns[len(COLUMNS) :] == ("custom:pointure", "custom:vin", "custom:carte")
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles[len(COLUMNS) :] == ["Pointure", "Vin", "Carte"]
    qtmodeltester.check(model)
    assert visible_names(pane) == ["Zoé Bernard", "Hélène Dupré", "Marc Martin", "Alain Petit"]
    assert custom_column(pane, "pointure") == ["36", "38", "44.5", ""]
    assert custom_column(pane, "carte") == ["", "yes", "", "yes"]
    size = model.column_of("custom:pointure")
    assert model.index(2, size).data(RawValueRole) == 44.5
    assert (
        model.index(2, size).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    )

    header = pane.table.horizontalHeader()
    pane.table.scrollTo(model.index(0, size))
    x = header.sectionViewportPosition(size) + header.sectionSize(size) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert model.query().sort == "custom:pointure"
    assert custom_column(pane, "pointure") == ["36", "38", "44.5", ""]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert custom_column(pane, "pointure") == ["44.5", "38", "36", ""]  # empty ones last
    # With search text too.
    qtbot.keyClicks(pane.search, "tours")
    qtbot.waitUntil(lambda: visible_names(pane) == ["Hélène Dupré", "Zoé Bernard"])


def test_the_header_menu_hides_columns_and_they_stay_hidden(qtbot, custom_people, pane):
    first = pane()
    menu = first.columns_menu()
    actions = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert actions["column:name"].isChecked() and not actions["column:name"].isEnabled()
    assert actions["column:custom:vin"].isChecked()
    actions["column:custom:vin"].trigger()
    actions["column:email"].trigger()
    header = first.table.horizontalHeader()
    assert header.isSectionHidden(first.model.column_of("custom:vin"))
    assert header.isSectionHidden(first.model.column_of("email"))
    header.resizeSection(first.model.column_of("custom:pointure"), 123)
    first.save_state()

    second = pane()
    header = second.table.horizontalHeader()
    assert header.isSectionHidden(second.model.column_of("custom:vin"))
    assert header.isSectionHidden(second.model.column_of("email"))
    assert not header.isSectionHidden(second.model.column_of("custom:carte"))
    assert header.sectionSize(second.model.column_of("custom:pointure")) == 123
    # A right-click on the header offers the same menu.
    header.customContextMenuRequested.emit(QPoint(10, 5))
    assert second.columns.last_menu is not None
    shown = {a.objectName(): a.isChecked() for a in second.columns.last_menu.actions()}
    assert shown["column:custom:vin"] is False and shown["column:custom:pointure"] is True
    second.columns.last_menu.close()


def test_a_new_custom_field_appears_after_a_refresh_keeping_the_columns(
    qtbot, db, custom_people, pane
):
    from app.custom_fields import create_field, delete_field

    pane = pane()
    header = pane.table.horizontalHeader()
    header.resizeSection(pane.model.column_of("email"), 250)
    pane.columns.set_visible("custom:vin", False)
    create_field(db, "contact", "Allergies", "text")
    pane.refresh()
    assert pane.model.columns[-1] == "custom:allergies"
    assert header.sectionSize(pane.model.column_of("email")) == 250
    assert header.isSectionHidden(pane.model.column_of("custom:vin"))
    delete_field(db, "contact", "pointure")
    pane.refresh()
    assert "custom:pointure" not in pane.model.columns
    assert header.isSectionHidden(pane.model.column_of("custom:vin"))


def test_more_filters_adds_removable_chips(qtbot, custom_people, pane):
    from PySide6.QtWidgets import QToolButton

    pane = pane()
    assert pane.custom_filters.button.isVisible()
    assert not pane.custom_filters.isVisible()
    popup = pane.custom_filters.open_popup()
    assert popup is not None and popup.isVisible()
    popup.field.setCurrentIndex(popup.field.findData("pointure"))
    popup.operator.setCurrentIndex(popup.operator.findData("gt"))
    qtbot.keyClicks(popup.text_value, "37,5")
    qtbot.keyClick(popup.text_value, Qt.Key.Key_Return)
    assert sorted(visible_names(pane)) == ["Hélène Dupré", "Marc Martin"]
    assert pane.custom_filters.isVisible()
    labels = [label.text() for label in pane.custom_filters.findChildren(QLabel, "filterChipLabel")]
    assert labels == ["Pointure more than 37.5"]
    assert pane.custom_filters.button.text() == "More filters (1)"

    popup = pane.custom_filters.open_popup()
    popup.field.setCurrentIndex(popup.field.findData("carte"))
    popup.operator.setCurrentIndex(popup.operator.findData("yes"))
    qtbot.mouseClick(popup.add_button, Qt.MouseButton.LeftButton)
    assert visible_names(pane) == ["Hélène Dupré"]
    assert pane.count_label.text().startswith("1 ")
    # With the search text and the other filters too.
    qtbot.keyClicks(pane.search, "marc")
    qtbot.waitUntil(lambda: visible_names(pane) == [])
    assert "No contacts match" in pane.empty_label.text()
    pane.search.clear()
    qtbot.waitUntil(lambda: visible_names(pane) == ["Hélène Dupré"])

    chip_buttons = pane.custom_filters.findChildren(QToolButton, "filterChipRemove")
    qtbot.mouseClick(chip_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sorted(visible_names(pane)) == ["Alain Petit", "Hélène Dupré"])
    remaining = pane.custom_filters.findChildren(QToolButton, "filterChipRemove")
    qtbot.waitUntil(lambda: len(pane.custom_filters.filters()) == 1)
    qtbot.mouseClick(remaining[-1], Qt.MouseButton.LeftButton)
    assert len(visible_names(pane)) == 4
    assert not pane.custom_filters.isVisible()


def test_a_bad_number_in_the_filter_popup_is_explained(qtbot, custom_people, pane):
    pane = pane()
    popup = pane.custom_filters.open_popup()
    popup.field.setCurrentIndex(popup.field.findData("pointure"))
    qtbot.keyClicks(popup.text_value, "grand")
    qtbot.mouseClick(popup.add_button, Qt.MouseButton.LeftButton)
    assert popup.isVisible() and popup.error.isVisibleTo(popup)
    assert pane.custom_filters.filters() == ()
    popup.close()


def test_deleting_the_sorted_custom_field_sorts_by_name_again(qtbot, db, custom_people, pane):
    from app.custom_fields import delete_field

    pane = pane()
    pane.table.sortByColumn(pane.model.column_of("custom:pointure"), Qt.SortOrder.DescendingOrder)
    assert pane.model.query().sort == "custom:pointure"
    delete_field(db, "contact", "pointure")
    pane.refresh()
    pane.apply_filters()
    assert pane.current_query().sort == "name"
    assert visible_names(pane) == ["Zoé Bernard", "Hélène Dupré", "Marc Martin", "Alain Petit"]
