"""Export PDF from the files and the dashboard; the company profile in the settings."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import func, select

from app import demo
from app.analytics.cache import AnalyticsCache
from app.company_profile import CompanyProfile, load_profile, save_profile
from app.workspace import open_workspace
from models import Company, Contact, DealLine, Order, Quote
from models.database import Database
from models.enums import BatchKind
from tests.ui.conftest import type_text
from ui.company_file import CompanyFileView
from ui.company_profile_dialog import CompanyProfileDialog
from ui.contact_file import ContactFileView
from ui.dashboard import DashboardPane
from ui.deal_file import DealFileView
from ui.jobs import JobManager
from ui.settings_dialog import SettingsDialog

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def shop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pdfshop")
    (folder / "data").mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COMPTOIR_DATA_DIR", str(folder / "data"))
        database = open_workspace(folder / "shop.db")
        demo.populate(database, contacts=100, years=2, seed=5, today=TODAY)
        database.dispose()
    return folder / "shop.db"


@pytest.fixture
def db(db_path: Path, shop_file: Path) -> Iterator[Database]:
    shutil.copyfile(shop_file, db_path)
    database = open_workspace(db_path)
    yield database
    database.dispose()


@pytest.fixture
def english() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


def fake_dialogs(exporter, target: Path) -> list[Path]:
    """The save dialog answers ``target``; returns the list of files "opened"."""
    opened: list[Path] = []
    asked: list[str] = []

    def choose(parent, title, suggested, chosen):
        asked.append(suggested)
        chosen(str(target))

    exporter.choose = choose
    exporter.opener = opened.append
    exporter.asked = asked
    return opened


def text_of(path: Path) -> str:
    return " ".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_contact_file_exports_its_pdf_with_ctrl_p(qtbot, db, tmp_path, english):
    with db.read() as session:
        contact = session.scalars(
            select(Contact).join(Order, Order.contact_id == Contact.id).limit(1)
        ).first()
    view = ContactFileView(db, jobs=JobManager(synchronous=True))
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show_record(contact.id)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.setFocus()
    target = tmp_path / "fiche.pdf"
    opened = fake_dialogs(view.pdf, target)
    assert "Ctrl+P" in view.pdf_action.toolTip()
    assert "exportContactPdf" in view.file_buttons
    qtbot.keyClick(view.scroll, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened == [target]
    assert view.pdf.asked[0].startswith("Customer file ")
    assert f"{contact.first_name} {contact.last_name}" in text_of(target)


def test_company_file_exports_its_pdf(qtbot, db, tmp_path, english):
    with db.read() as session:
        company = session.scalars(select(Company).where(Company.siret.is_not(None))).first()
    view = CompanyFileView(db, jobs=JobManager(synchronous=True))
    qtbot.addWidget(view)
    view.show()
    view.show_record(company.id)
    target = tmp_path / "entreprise.pdf"
    opened = fake_dialogs(view.pdf, target)
    view.file_buttons["exportCompanyPdf"].click()
    assert opened == [target]
    assert company.name in text_of(target)


def test_deal_file_issues_a_numbered_quote_and_prints_it_again(qtbot, db, tmp_path, english):
    save_profile(db, CompanyProfile(name="Cave Saint-Éloi", city="Tours"))
    with db.read() as session:
        deal_id = session.scalar(select(DealLine.deal_id).group_by(DealLine.deal_id).limit(1))
    view = DealFileView(db, jobs=JobManager(synchronous=True))
    qtbot.addWidget(view)
    view.show()
    view.show_record(deal_id)
    opened = fake_dialogs(view.pdf, tmp_path / "devis.pdf")
    view.quote_action.trigger()
    year = date.today().year
    assert opened == [tmp_path / "devis.pdf"]
    assert view.pdf.last_result.number == f"DEV-{year}-0001"
    assert f"DEV-{year}-0001" in text_of(tmp_path / "devis.pdf")
    view.quote_action.trigger()
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Quote)) == 1


def forget_profile(db):
    """The demo data fills in a demo shop's profile: start without one."""
    from app.company_profile import SETTING_KEY
    from models import Setting

    with db.write(BatchKind.EDIT, "Forget the profile") as session:
        session.delete(session.get(Setting, SETTING_KEY))


def test_a_quote_without_profile_says_what_to_do(qtbot, db, tmp_path, english):
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import find_top_level

    forget_profile(db)

    with db.read() as session:
        deal_id = session.scalar(select(DealLine.deal_id).limit(1))
    view = DealFileView(db, jobs=JobManager(synchronous=True))
    qtbot.addWidget(view)
    view.show()
    view.show_record(deal_id)
    opened = fake_dialogs(view.pdf, tmp_path / "devis.pdf")
    view.quote_action.trigger()
    assert opened == []
    box = find_top_level(QMessageBox, "errorBox")
    assert box is not None and "company profile" in box.text()
    box.close()
    assert not (tmp_path / "devis.pdf").exists()


def test_dashboard_exports_the_period_and_a_segment_call_list(qtbot, db, tmp_path, english):
    cache = AnalyticsCache(db, today=lambda: TODAY)
    pane = DashboardPane(db, JobManager(synchronous=True), cache, today=lambda: TODAY)
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    pane.activate()
    opened = fake_dialogs(pane.pdf, tmp_path / "report.pdf")
    pane.export_pdf()
    assert opened == [tmp_path / "report.pdf"]
    text = text_of(tmp_path / "report.pdf")
    assert "Dashboard report" in text and "Key indicators" in text
    assert "Ctrl+Alt+P" in pane.calls_action.toolTip()
    pane.segment_table.setCurrentCell(0, 0)
    opened = fake_dialogs(pane.pdf, tmp_path / "calls.pdf")
    pane.calls_action.trigger()
    assert opened == [tmp_path / "calls.pdf"]
    calls = text_of(tmp_path / "calls.pdf")
    assert "Call list — Champions" in calls
    ids = pane.segment_ids("champions")
    assert f"{len(ids)} contact(s)" in calls


def test_company_profile_is_edited_from_the_settings(qtbot, db, english):
    forget_profile(db)
    settings = SettingsDialog(db.path, db=db)
    qtbot.addWidget(settings)
    settings.open()
    dialog = settings.open_company_profile()
    assert isinstance(dialog, CompanyProfileDialog)
    type_text(qtbot, dialog.edits["name"], "Épicerie Fine Léa")
    type_text(qtbot, dialog.edits["siret"], "123")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.errors["siret"].isVisibleTo(dialog)
    assert load_profile(db).is_empty
    dialog.edits["siret"].clear()
    type_text(qtbot, dialog.edits["siret"], "732 829 320 00074")
    dialog.edits["quote_validity_days"].setValue(60)
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    profile = load_profile(db)
    assert profile.name == "Épicerie Fine Léa"
    assert profile.siret == "73282932000074"
    assert profile.quote_validity_days == 60
