"""The company file view, driven like a user would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.companies import CompanyInput, CompanyService
from models import (
    Company,
    Contact,
    Deal,
    Interaction,
    Order,
    OrderLine,
    Pipeline,
    PipelineStage,
    Task,
)
from models.database import Database
from models.enums import BatchKind
from ui.company_file import FIRST_TIMELINE_PAGE, ORDERS_SHOWN, CompanyFileView
from ui.interaction_dialog import InteractionDialog


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def company_id(db: Database) -> str:
    return CompanyService(db).create(
        CompanyInput(
            name="Hôtel Le Cèdre Bleu",
            legal_name="SAS LE CEDRE BLEU",
            siret="73282932000074",
            vat_number="FR44732829320",
            sector="Hôtellerie",
            size="50-249",
            email="contact@cedre-bleu.fr",
            website="www.cedre-bleu.fr",
            address_line1="12 rue Colbert",
            postcode="37000",
            city="Tours",
            tags=["VIP"],
            notes="Livraison par la cour.",
        )
    )


@pytest.fixture
def people(db: Database, company_id: str) -> dict[str, str]:
    ids = {}
    with db.write(BatchKind.CREATE, "people") as session:
        for first, last, title in (("Anne", "Arnaud", "Directrice"), ("Bruno", "Blanc", "Chef")):
            contact = Contact(
                first_name=first, last_name=last, job_title=title, company_id=company_id
            )
            session.add(contact)
            ids[first] = contact.id
    return ids


@pytest.fixture
def view(qtbot: QtBot, db: Database) -> CompanyFileView:
    widget = CompanyFileView(db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def labels(widget: QWidget, name: str) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel, name)]


def add_interactions(db: Database, company_id: str, contact_id: str | None, count: int) -> None:
    now = datetime.now(UTC)
    with db.write(BatchKind.CREATE, "interactions") as session:
        for n in range(count):
            session.add(
                Interaction(
                    channel="phone",
                    occurred_at=now - timedelta(days=n + 1),
                    subject=f"Appel {n:02d}",
                    company_id=company_id if n % 2 else None,
                    contact_id=contact_id,
                )
            )


def test_the_file_shows_the_company_its_people_and_its_sales(
    qtbot: QtBot, view: CompanyFileView, db: Database, company_id: str, people: dict[str, str]
) -> None:
    now = datetime.now(UTC)
    with db.write(BatchKind.CREATE, "orders") as session:
        for number, total, contact in (("F1", 10_000, people["Anne"]), ("F2", 30_000, None)):
            order = Order(
                number=number,
                company_id=company_id,
                contact_id=contact,
                ordered_at=now - timedelta(days=2 if number == "F1" else 1),
                total_cents=total,
            )
            session.add(order)
            session.add(OrderLine(order_id=order.id, description="Comté", amount_cents=total))
    view.show_company(company_id)
    view.show()
    assert labels(view, "nameLabel") == ["Hôtel Le Cèdre Bleu"]
    assert labels(view, "legalName") == ["SAS LE CEDRE BLEU"]
    assert labels(view, "siren") == ["732 829 320"]
    assert labels(view, "siret") == ["732 829 320 00074"]
    assert labels(view, "vatNumber") == ["FR 44 732 829 320"]
    assert labels(view, "sectorBadge") == ["Hôtellerie"]
    assert labels(view, "sizeBadge") == ["50–249 employees"]
    assert labels(view, "tagChip") == ["# VIP"]
    assert labels(view, "notesLabel") == ["Livraison par la cour."]
    assert labels(view, "figureTotal") == ["€400.00"]
    assert labels(view, "figureAverage") == ["€200.00"]
    assert labels(view, "figureOrders") == ["2"]
    orders = view.findChild(QTableView, "ordersTable")
    assert orders is not None and orders.model().rowCount() == 2
    assert orders.model().index(1, 2).data() == "Anne Arnaud"
    table = view.findChild(QTableView, "peopleTable")
    assert table is not None
    assert [table.model().index(r, 0).data() for r in range(2)] == ["Anne Arnaud", "Bruno Blanc"]
    assert table.model().index(1, 1).data() == "Chef"


def test_clicking_a_person_opens_their_file(
    qtbot: QtBot, view: CompanyFileView, company_id: str, people: dict[str, str]
) -> None:
    view.show_company(company_id)
    view.show()
    table = view.findChild(QTableView, "peopleTable")
    assert table is not None
    rect = table.visualRect(table.model().index(1, 0))
    with qtbot.waitSignal(view.openRequested, timeout=1000) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["contact", people["Bruno"]]


def test_open_deals_open_the_deal(
    qtbot: QtBot, view: CompanyFileView, db: Database, company_id: str
) -> None:
    with db.write(BatchKind.CREATE, "deals") as session:
        pipeline = Pipeline(name="Ventes", is_default=True)
        stage = PipelineStage(pipeline_id=pipeline.id, name="Proposition", probability=50)
        deal = Deal(
            title="Séminaire de printemps",
            company_id=company_id,
            pipeline_id=pipeline.id,
            stage_id=stage.id,
            amount_cents=250_000,
        )
        session.add_all([pipeline, stage, deal])
        deal_id = deal.id
    view.show_company(company_id)
    view.show()
    assert labels(view, "dealsSummary") == ["Open: €2,500.00 in 1 deal(s)"]
    link = view.findChild(QPushButton, "dealLink")
    assert link is not None and link.text() == "Séminaire de printemps"
    with qtbot.waitSignal(view.openRequested, timeout=1000) as opened:
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert opened.args == ["deal", deal_id]


def test_log_an_interaction_for_the_company(
    qtbot: QtBot, view: CompanyFileView, db: Database, company_id: str
) -> None:
    view.show_company(company_id)
    view.show()
    assert labels(view, "noInteraction")
    qtbot.mouseClick(view.file_buttons["logCompanyInteraction"], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, InteractionDialog)
    qtbot.keyClicks(dialog.subject_edit, "Visite de la cuisine")
    with qtbot.waitSignal(view.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Visite de la cuisine" in labels(view, "entrySubject")
    with db.read() as session:
        stored = session.scalars(select(Interaction)).all()
        assert [(i.company_id, i.subject) for i in stored] == [(company_id, "Visite de la cuisine")]


def test_new_task_is_linked_to_the_company(
    qtbot: QtBot, view: CompanyFileView, db: Database, company_id: str
) -> None:
    from ui.task_dialog import TaskDialog

    view.show_company(company_id)
    view.show()
    assert labels(view, "noTask")
    view.task_action.trigger()
    dialog = view.dialog
    assert isinstance(dialog, TaskDialog)
    assert dialog.company_picker.record_id() == company_id
    qtbot.keyClicks(dialog.title_edit, "Envoyer le devis")
    with qtbot.waitSignal(view.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.read() as session:
        stored = session.scalars(select(Task)).all()
        assert [(t.company_id, t.title) for t in stored] == [(company_id, "Envoyer le devis")]
    assert labels(view, "taskTitle") == ["Envoyer le devis"]


def test_the_combined_timeline_pages_its_older_entries(
    qtbot: QtBot, view: CompanyFileView, db: Database, company_id: str, people: dict[str, str]
) -> None:
    add_interactions(db, company_id, people["Anne"], FIRST_TIMELINE_PAGE + 5)
    view.show_company(company_id)
    view.show()
    subjects = labels(view, "entrySubject")
    assert len(subjects) == FIRST_TIMELINE_PAGE
    assert subjects[0] == "Appel 00"
    more = view.findChild(QPushButton, "moreInteractions")
    assert more is not None and "5 more" in more.text()
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert len(labels(view, "entrySubject")) == FIRST_TIMELINE_PAGE + 5
    assert view.findChild(QPushButton, "moreInteractions") is None


def test_long_order_lists_are_folded(
    qtbot: QtBot, view: CompanyFileView, db: Database, company_id: str
) -> None:
    now = datetime.now(UTC)
    with db.write(BatchKind.CREATE, "orders") as session:
        for n in range(ORDERS_SHOWN + 3):
            session.add(
                Order(
                    number=f"F{n:02d}",
                    company_id=company_id,
                    ordered_at=now - timedelta(days=n),
                    total_cents=1000,
                )
            )
    view.show_company(company_id)
    view.show()
    table = view.findChild(QTableView, "ordersTable")
    assert table is not None and table.model().rowCount() == ORDERS_SHOWN
    more = view.findChild(QPushButton, "moreOrders")
    assert more is not None
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    table = view.findChild(QTableView, "ordersTable")
    assert table is not None and table.model().rowCount() == ORDERS_SHOWN + 3


def test_edit_history_and_back_are_signalled(
    qtbot: QtBot, view: CompanyFileView, company_id: str
) -> None:
    view.show_company(company_id)
    view.show()
    with qtbot.waitSignal(view.editRequested, timeout=1000) as edit:
        view.edit_action.trigger()
    assert edit.args == [company_id]
    with qtbot.waitSignal(view.historyRequested, timeout=1000) as history:
        view.history_action.trigger()
    assert history.args == [company_id]
    with qtbot.waitSignal(view.backRequested, timeout=1000):
        view.back_action.trigger()


def test_a_deleted_company_shows_a_banner_and_can_be_restored(
    qtbot: QtBot, view: CompanyFileView, db: Database, company_id: str
) -> None:
    CompanyService(db).delete([company_id])
    view.show_company(company_id)
    view.show()
    assert view.banner.isVisible()
    assert "was deleted on" in view.banner_label.text()
    assert not view.log_action.isEnabled()
    assert view.log_interaction() is None
    with qtbot.waitSignal(view.changed, timeout=2000):
        qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert not view.banner.isVisible()
    assert view.log_action.isEnabled()
    with db.read() as session:
        assert session.get(Company, company_id).deleted_at is None


def test_a_missing_company_is_said_so(view: CompanyFileView) -> None:
    view.show_company("no-such-company")
    assert labels(view, "messageLabel") == ["This company no longer exists."]
    assert not view.edit_action.isEnabled()
