"""The companies list: the lazy table model, search, filters, sorting, bulk actions, forms."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.companies import CompanyInput, CompanyQuery, CompanyService
from models import Company, CompanyTag, CustomFieldDefinition, Order, utcnow
from models.database import Database
from models.enums import BatchKind
from tests.ui.conftest import type_text
from ui.companies_pane import CompaniesPane
from ui.company_dialog import CompanyDialog
from ui.company_table_model import COLUMNS, CompanyIdRole, CompanyTableModel
from ui.jobs import JobManager


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def service(db: Database) -> CompanyService:
    return CompanyService(db)


@pytest.fixture
def companies(service: CompanyService) -> dict[str, str]:
    """Three companies with different sectors, cities, sizes and tags; short name -> id."""
    return {
        "cedre": service.create(
            CompanyInput(
                name="Hôtel Le Cèdre Bleu",
                siret="732 829 320 00074",
                sector="Hôtellerie",
                size="50-249",
                city="Tours",
                postcode="37000",
                tags=["VIP"],
            )
        ),
        "zinc": service.create(
            CompanyInput(name="Le Zinc", sector="Restauration", size="1-9", city="Amboise")
        ),
        "mairie": service.create(
            CompanyInput(
                name="Mairie de Vouvray",
                sector="Administration publique",
                size="50-249",
                city="Vouvray",
            )
        ),
    }


@pytest.fixture
def pane(qtbot: QtBot, db: Database, companies: dict[str, str]) -> Iterator[CompaniesPane]:
    jobs = JobManager(synchronous=True)
    widget = CompaniesPane(db, jobs)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    yield widget
    jobs.shutdown()


def names(pane: CompaniesPane) -> list[str]:
    model = pane.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def select_rows(pane: CompaniesPane, *rows: int) -> None:
    pane.table.clearSelection()
    for row in rows:
        pane.table.selectionModel().select(
            pane.model.index(row, 0),
            pane.table.selectionModel().SelectionFlag.Select
            | pane.table.selectionModel().SelectionFlag.Rows,
        )


def make_companies(service: CompanyService, count: int) -> list[str]:
    return [service.create(CompanyInput(name=f"Société {i:03d}")) for i in range(count)]


# -- the model ----------------------------------------------------------------------------


@pytest.mark.parametrize("count", [0, 1, 250])
def test_model_passes_the_model_tester(qtmodeltester, service, count):
    make_companies(service, count)
    model = CompanyTableModel(service, page_size=50, max_pages=3)
    model.set_query(CompanyQuery())
    qtmodeltester.check(model)
    assert model.rowCount() == count
    model.sort(model.column_of("name"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    if count:
        assert model.index(0, 0).data() == f"Société {count - 1:03d}"
        assert model.index(0, 0).data(CompanyIdRole) == model.company_id(0)


def test_model_fetches_rows_by_page(service):
    make_companies(service, 120)
    model = CompanyTableModel(service, page_size=50, max_pages=2)
    model.set_query(CompanyQuery())
    assert model.fetches == 0
    assert model.index(119, 0).data() == "Société 119"
    assert model.index(0, 0).data() == "Société 000"
    assert model.fetches == 2


def test_model_shows_figures_and_labels(db, service, companies):
    with db.write(BatchKind.CREATE, "order") as session:
        session.add(
            Order(
                company_id=companies["cedre"],
                ordered_at=utcnow() - timedelta(days=3),
                total_cents=123456,
            )
        )
    model = CompanyTableModel(service)
    model.set_query(CompanyQuery())
    row = model.row_of(companies["cedre"])

    def cell(key: str, role=Qt.ItemDataRole.DisplayRole):
        return model.index(row, COLUMNS.index(key)).data(role)

    assert cell("siren") == "732 829 320"
    assert cell("size") == "50–249"
    assert cell("size", Qt.ItemDataRole.ToolTipRole) == "50–249 employees"
    assert cell("revenue") == "€1,234.56"
    assert cell("tags") == "VIP"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers == [
        "Name",
        "SIREN",
        "City",
        "Sector",
        "Employees",
        "People",
        "Revenue (12 months)",
        "Last interaction",
        "Tags",
    ]


# -- search, filters, sorting ---------------------------------------------------------------


def test_typing_in_the_search_field_filters_the_table(qtbot, pane):
    assert len(names(pane)) == 3
    type_text(qtbot, pane.search, "cèdre")
    qtbot.waitUntil(lambda: names(pane) == ["Hôtel Le Cèdre Bleu"])
    pane.search.clear()
    qtbot.keyClicks(pane.search, "732 829")
    qtbot.waitUntil(lambda: names(pane) == ["Hôtel Le Cèdre Bleu"])
    pane.search.clear()
    qtbot.keyClicks(pane.search, "nothing like it")
    qtbot.waitUntil(lambda: names(pane) == [])
    assert pane.empty_label.isVisible()
    assert "No companies match" in pane.empty_label.text()
    assert pane.count_label.text().startswith("0")


def test_the_filters_narrow_the_list(qtbot, pane):
    pane.sector_filter.setCurrentIndex(pane.sector_filter.findData("Restauration"))
    assert names(pane) == ["Le Zinc"]
    pane.sector_filter.setCurrentIndex(0)
    pane.tag_filter.setCurrentIndex(pane.tag_filter.findData("VIP"))
    assert names(pane) == ["Hôtel Le Cèdre Bleu"]
    pane.tag_filter.setCurrentIndex(0)
    pane.city_filter.setEditText("vouvray")
    pane.apply_filters()
    assert names(pane) == ["Mairie de Vouvray"]


def test_clicking_a_header_sorts_in_sql(qtbot, pane):
    header = pane.table.horizontalHeader()
    size = COLUMNS.index("size")
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(size) + 10, header.height() // 2),
    )
    assert pane.model.query().sort == "size"
    assert names(pane)[0] == "Le Zinc"


def test_enter_and_double_click_open_the_company_file(qtbot, pane, companies):
    pane.table.setFocus()
    pane.table.selectRow(0)
    with qtbot.waitSignal(pane.openRequested, timeout=1000) as opened:
        qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert opened.args == ["company", companies["cedre"]]
    rect = pane.table.visualRect(pane.model.index(1, 0))
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(pane.openRequested, timeout=1000) as opened:
        qtbot.mouseDClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["company", companies["zinc"]]


# -- bulk actions -----------------------------------------------------------------------------


def test_delete_asks_then_tombstones_and_restore_brings_back(qtbot, pane, db, companies):
    select_rows(pane, 0, 1)
    assert pane.action_delete.isEnabled()
    box = pane.delete_selected()
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(pane.changed, timeout=2000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert names(pane) == ["Mairie de Vouvray"]
    with db.read() as session:
        deleted = session.scalars(select(Company.name).where(Company.deleted_at.is_not(None)))
        assert sorted(deleted) == ["Hôtel Le Cèdre Bleu", "Le Zinc"]
    pane.show_deleted.setChecked(True)
    assert names(pane) == ["Hôtel Le Cèdre Bleu", "Le Zinc"]
    assert not pane.action_delete.isEnabled()
    select_rows(pane, 1)
    assert pane.action_restore.isEnabled()
    with qtbot.waitSignal(pane.changed, timeout=2000):
        pane.action_restore.trigger()
    assert names(pane) == ["Hôtel Le Cèdre Bleu"]
    with db.read() as session:
        assert session.get(Company, companies["zinc"]).deleted_at is None


def test_tags_are_put_on_the_selection(qtbot, pane, db, companies):
    select_rows(pane, 1, 2)
    dialog = pane.add_tag_to_selection()
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue("Salon 2026")
    with qtbot.waitSignal(pane.changed, timeout=2000):
        dialog.accept()
    with db.read() as session:
        count = session.scalar(select(func.count()).select_from(CompanyTag))
        assert count == 3  # VIP on the hotel, and the new tag on two companies
    assert pane.tag_filter.findData("Salon 2026") > 0
    tags = pane.model.index(pane.model.row_of(companies["zinc"]), COLUMNS.index("tags")).data()
    assert tags == "Salon 2026"
    remove = pane.remove_tag_from_selection()
    assert isinstance(remove, QInputDialog)
    remove.setTextValue("Salon 2026")
    with qtbot.waitSignal(pane.changed, timeout=2000):
        remove.accept()
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(CompanyTag)) == 1


# -- new and edit -----------------------------------------------------------------------------


def test_new_company_from_the_toolbar(qtbot, pane, db):
    pane.action_new.trigger()
    dialog = pane.dialog
    assert isinstance(dialog, CompanyDialog)
    assert dialog.isVisible()
    type_text(qtbot, dialog.fields["name"], "La Guinguette de Loire")
    qtbot.keyClicks(dialog.fields["siren"], "552 008 443")
    with qtbot.waitSignal(pane.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "La Guinguette de Loire" in names(pane)
    selected = pane.selected_ids()
    with db.read() as session:
        company = session.scalar(select(Company).where(Company.siren == "552008443"))
        assert company is not None and selected == [company.id]


def test_edit_the_current_company(qtbot, pane, db, companies):
    pane.select_ids([companies["zinc"]])
    dialog = pane.edit_current()
    assert isinstance(dialog, CompanyDialog)
    assert dialog.fields["name"].text() == "Le Zinc"
    dialog.fields["city"].setText("Chinon")
    with qtbot.waitSignal(pane.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.read() as session:
        assert session.get(Company, companies["zinc"]).city == "Chinon"
    row = pane.model.row_of(companies["zinc"])
    assert pane.model.index(row, COLUMNS.index("city")).data() == "Chinon"


def test_the_empty_list_says_how_to_begin(qtbot, db):
    jobs = JobManager(synchronous=True)
    widget = CompaniesPane(db, jobs)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.empty_label.isVisible()
    assert "Ctrl+N" in widget.empty_label.text()
    assert widget.menu_actions()[0] is widget.action_new
    jobs.shutdown()


# -- custom fields as columns -----------------------------------------------------------------


def test_a_custom_field_can_be_shown_as_a_sortable_column(qtbot, pane, db, service, companies):
    with db.write(BatchKind.CREATE, "field") as session:
        session.add(
            CustomFieldDefinition(entity="company", key="beds", label="Beds", field_type="number")
        )
    for key, beds in (("cedre", 40), ("zinc", 5)):
        data = service.load_input(companies[key])
        data.custom = {"beds": beds}
        service.update(companies[key], data)
    menu = pane._header_menu(QPoint(10, 5))
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.text() == "Beds")
    action.setChecked(True)
    menu.close()
    assert pane.model.columns[-1] == "custom:beds"
    column = pane.model.column_of("custom:beds")
    assert pane.model.headerData(column, Qt.Orientation.Horizontal) == "Beds"
    pane.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert names(pane) == ["Hôtel Le Cèdre Bleu", "Le Zinc", "Mairie de Vouvray"]
    assert pane.model.index(0, column).data() == "40"
    QApplication.processEvents()
    pane.show_custom_column("beds", False)
    assert "custom:beds" not in pane.model.columns
