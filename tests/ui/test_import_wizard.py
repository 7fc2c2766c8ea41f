"""The import wizard, walked through with the keyboard and the mouse on generated files."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from app.contacts import ContactInput, ContactService
from app.exchange.mapping import list_presets
from models import Contact, Order
from models.database import Database
from tests.conftest import SHARED_DATA
from ui.import_wizard import (
    STEP_CHECK,
    STEP_DUPLICATES,
    STEP_FILE,
    STEP_HEADER,
    STEP_MAPPING,
    STEP_SHEET,
    STEP_SUMMARY,
    ImportWizard,
    cell_text,
    column_letter,
)
from ui.jobs import JobManager

CONTACT_ROWS = [
    ["N° client", "Civilité", "Nom", "Prénom", "Courriel", "Tél.", "Code postal", "Ville"],
    ["C001", "Mme", "Dupré", "Hélène", "helene.dupre@example.fr", "0612345678", "37000", "Tours"],
    [
        "C002",
        "M.",
        "Lefèvre",
        "François",
        "francois@example.fr",
        "02 47 00 00 01",
        "37100",
        "Tours",
    ],
    ["C003", "Mme", "Bénard", "Zoé", "pas-un-email", "0247000002", "69001", "Lyon"],
    ["C004", "M.", "Garçon", "Loïc", "loic.garcon@example.fr", "0145000000", "44000", "Nantes"],
]


def write_csv(path: Path, rows: list[list[str]], *, title: str | None = None) -> Path:
    """A CSV file as French Excel writes it: ';', Windows-1252, CRLF."""
    lines = [] if title is None else [title + ";" * (len(rows[0]) - 1), ""]
    lines += [";".join(row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def write_xlsx(
    path: Path, sheets: dict[str, list[list[object]]], hidden: frozenset[str] = frozenset()
) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


@pytest.fixture
def jobs(qapp):
    manager = JobManager(synchronous=True)
    yield manager
    manager.shutdown()


@pytest.fixture
def make_wizard(qtbot, db: Database, jobs: JobManager):
    def make(path: Path | None = None, kind: str = "contacts") -> ImportWizard:
        wizard = ImportWizard(db, jobs, kind=kind, path=path)
        qtbot.addWidget(wizard)
        wizard.open()
        return wizard

    return make


def press_next(qtbot, wizard: ImportWizard) -> None:
    assert wizard.next_button.isEnabled(), wizard.current_page().title()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)


def open_error_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "errorBox" and w.isVisible()
    ]


def close_boxes() -> None:
    for box in open_error_boxes():
        box.close()


def contact_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(
            select(func.count()).select_from(Contact).where(Contact.deleted_at.is_(None))
        )


# --- small pieces ------------------------------------------------------------------------


def test_cells_are_shown_as_people_read_them():
    assert cell_text(None) == ""
    assert cell_text(12.0) == "12"
    assert cell_text(2.95) == "2.95"
    assert cell_text(datetime(2010, 1, 8, 10, 43)) == "2010-01-08 10:43"
    assert cell_text("  a \n b ") == "a b"
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


# --- choosing the file, the sheet and the header row --------------------------------------


def test_a_french_csv_goes_to_the_header_step_with_the_titles_found(tmp_path, qtbot, make_wizard):
    path = write_csv(tmp_path / "clients.csv", CONTACT_ROWS, title="Export clients — 23/11/2026")
    wizard = make_wizard()
    assert wizard.current_step() == STEP_FILE
    assert not wizard.next_button.isEnabled()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    press_next(qtbot, wizard)
    # One sheet: the sheet step is skipped.
    assert wizard.current_step() == STEP_HEADER
    assert wizard.header_page.header_spin.value() == 3
    assert wizard.headers[:3] == ["N° client", "Civilité", "Nom"]
    grid = wizard.header_page.grid
    assert grid.item(3, 2).text() == "Dupré"
    assert grid.item(2, 0).font().bold()
    # Back skips the sheet step too.
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.current_step() == STEP_FILE


def test_the_header_row_can_be_corrected_by_clicking_a_row(tmp_path, qtbot, make_wizard):
    rows = [["Nom", "Ville"], ["Nom de famille", "Commune"], ["Dupré", "Tours"]]
    path = write_csv(tmp_path / "two-titles.csv", rows)
    wizard = make_wizard(path)
    press_next(qtbot, wizard)
    assert wizard.current_step() == STEP_HEADER
    grid = wizard.header_page.grid
    rect = grid.visualItemRect(grid.item(1, 1))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.header_page.header_spin.value() == 2
    assert wizard.header_row == 1
    assert wizard.headers == ["Nom de famille", "Commune"]
    press_next(qtbot, wizard)
    assert wizard.current_step() == STEP_MAPPING
    assert wizard.mapping == {0: "last_name", 1: "city"}


def test_a_workbook_lists_its_sheets_with_the_hidden_ones_marked(tmp_path, qtbot, make_wizard):
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {
            "Listes": [["Statuts"], ["client"], ["prospect"]],
            "Clients": CONTACT_ROWS,
            "Archives": [["Nom"], ["Ancien"]],
        },
        hidden={"Listes"},
    )
    wizard = make_wizard(path)
    press_next(qtbot, wizard)
    assert wizard.current_step() == STEP_SHEET
    sheets = wizard.sheet_page.sheet_list
    texts = [sheets.item(i).text() for i in range(sheets.count())]
    assert "(hidden)" in texts[0] and "Listes" in texts[0]
    assert "(hidden)" not in texts[1]
    # The first visible sheet is chosen, and its first rows are shown.
    assert wizard.sheet_page.current_sheet() == "Clients"
    assert wizard.sheet_page.first_rows.item(1, 2).text() == "Dupré"
    sheets.setFocus()
    qtbot.keyClick(sheets, Qt.Key.Key_Down)
    assert wizard.sheet_page.current_sheet() == "Archives"
    qtbot.keyClick(sheets, Qt.Key.Key_Up)
    press_next(qtbot, wizard)
    assert wizard.current_step() == STEP_HEADER
    assert wizard.sheet == "Clients"
    assert wizard.headers[2] == "Nom"


def test_an_unreadable_file_is_refused_with_a_message_and_nothing_changes(
    tmp_path, qtbot, make_wizard, db
):
    fake = tmp_path / "old.xlsx"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    wizard = make_wizard(fake)
    press_next(qtbot, wizard)
    assert wizard.current_step() == STEP_FILE
    boxes = open_error_boxes()
    assert boxes and "old.xlsx" in boxes[0].text()
    close_boxes()
    wizard.file_page.path_edit.setText(str(empty))
    press_next(qtbot, wizard)
    assert wizard.current_step() == STEP_FILE
    assert "empty" in open_error_boxes()[0].text()
    close_boxes()
    assert contact_count(db) == 0


def test_a_file_dropped_onto_the_wizard_is_taken(tmp_path, qtbot, make_wizard):
    path = write_csv(tmp_path / "dropped.csv", CONTACT_ROWS)
    wizard = make_wizard()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(20, 20).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(wizard, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(20, 20).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(wizard, drop)
    assert wizard.file_page.path_edit.text() == str(path)
    assert wizard.next_button.isEnabled()


# --- the columns --------------------------------------------------------------------------


def test_columns_are_guessed_and_can_be_corrected_and_saved_as_a_preset(
    tmp_path, qtbot, make_wizard, db
):
    rows = [
        ["Nom", "Prénom", "Mél perso", "Notes diverses"],
        ["Dupré", "Hélène", "h@example.fr", "x"],
    ]
    path = write_csv(tmp_path / "clients.csv", rows)
    wizard = make_wizard(path)
    press_next(qtbot, wizard)
    press_next(qtbot, wizard)
    page = wizard.mapping_page
    assert wizard.current_step() == STEP_MAPPING
    assert wizard.mapping[0] == "last_name" and wizard.mapping[1] == "first_name"
    # Correct a column with the keyboard: the combo of column 3 -> "E-mail".
    combo = page.combos[2]
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("email"))
    assert wizard.mapping[2] == "email"
    page.set_field(3, "")
    assert 3 not in wizard.mapping
    assert "ignored" in page.status_label.text()
    # The same field twice blocks Next.
    page.set_field(3, "email")
    assert not wizard.next_button.isEnabled()
    assert "more than one column" in page.status_label.text()
    page.set_field(3, "notes")
    assert wizard.next_button.isEnabled()

    dialog = page.ask_preset_name()
    dialog.setTextValue("Fichier boutique")
    dialog.accept()
    assert list_presets(db, "contacts") == ["Fichier boutique"]
    assert page.preset_combo.currentText() == "Fichier boutique"

    # Back to the guess, then the preset again.
    page.preset_combo.setCurrentIndex(0)
    page.preset_combo.activated.emit(0)
    assert 2 not in wizard.mapping  # "Mél perso" is not guessed
    page.preset_combo.setCurrentIndex(1)
    page.preset_combo.activated.emit(1)
    assert wizard.mapping == {0: "last_name", 1: "first_name", 2: "email", 3: "notes"}
    assert page.combos[3].currentData() == "notes"

    box = page.ask_delete_preset()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert list_presets(db, "contacts") == []
    assert page.preset_combo.count() == 1


def test_a_required_field_left_out_blocks_the_next_step(tmp_path, qtbot, make_wizard):
    rows = [["Invoice", "InvoiceDate", "Customer ID"], ["536365", "01/12/2010", "17850"]]
    path = write_csv(tmp_path / "orders.csv", rows)
    wizard = make_wizard(path, kind="orders")
    press_next(qtbot, wizard)
    press_next(qtbot, wizard)
    page = wizard.mapping_page
    assert wizard.next_button.isEnabled()
    page.set_field(1, "")
    assert not wizard.next_button.isEnabled()
    assert "Required" in page.status_label.text() and "Date" in page.status_label.text()
    labels = [page.combos[0].itemText(i) for i in range(page.combos[0].count())]
    assert "Order or invoice number *" in labels


# --- checking, duplicates, importing, the summary, undo -----------------------------------


def walk_to(qtbot, wizard: ImportWizard, step: int) -> None:
    while wizard.current_step() < step:
        press_next(qtbot, wizard)


def test_contacts_from_a_french_csv_are_checked_imported_and_undone(
    tmp_path, qtbot, make_wizard, db
):
    path = write_csv(tmp_path / "clients.csv", CONTACT_ROWS, title="Export clients")
    wizard = make_wizard(path)
    with qtbot.waitSignal(wizard.imported) as imported:
        walk_to(qtbot, wizard, STEP_CHECK)
        check = wizard.check_page
        table = check.table
        assert table.rowCount() == 4
        statuses = [table.item(r, 1).text() for r in range(4)]
        assert statuses == ["New", "New", "Rejected", "New"]
        reason = table.item(2, table.columnCount() - 1).text()
        assert "pas-un-email" in reason
        assert "3 valid" in check.counts_label.text() and "1 rejected" in check.counts_label.text()
        check.only_rejected.click()
        assert [table.isRowHidden(r) for r in range(4)] == [True, True, False, True]
        press_next(qtbot, wizard)
        assert wizard.current_step() == STEP_DUPLICATES
        # Enter on the last step before the import starts it.
        qtbot.keyClick(wizard.next_button, Qt.Key.Key_Return)
    assert wizard.current_step() == STEP_SUMMARY
    batch_id, kind = imported.args
    assert kind == "contacts"
    page = wizard.summary_page
    assert page.count_labels["created"].text() == "3"
    assert page.count_labels["rejected"].text() == "1"
    assert page.count_labels["read"].text() == "4"
    assert page.rejects_table.rowCount() == 1
    assert page.rejects_table.item(0, 0).text() == "6"
    with db.read() as session:
        names = sorted(
            session.scalars(select(Contact.last_name).where(Contact.deleted_at.is_(None)))
        )
    assert names == ["Dupré", "Garçon", "Lefèvre"]

    # The rejected rows, saved to an Excel file.
    out = tmp_path / "rejets.xlsx"
    dialog = wizard.ask_rejects_path()
    assert dialog.isVisible()
    dialog.close()
    wizard.save_rejects(out)
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][0] == 6 and "pas-un-email" in rows[1][1]
    assert str(out) in page.status.text()

    # "Show the imported contacts" lists exactly them.
    with qtbot.waitSignal(wizard.showContactsRequested) as shown:
        qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    ids, title = shown.args
    assert len(ids) == 3 and "clients.csv" in title

    # Undo, after the question.
    with qtbot.waitSignal(wizard.undone) as undone:
        box = wizard.ask_undo()
        box.button(QMessageBox.StandardButton.Yes).click()
    assert undone.args == [batch_id]
    assert contact_count(db) == 0
    assert "undone" in page.status.text()
    assert not page.undo_button.isEnabled()
    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()


def test_update_shows_the_diff_before_and_writes_it(tmp_path, qtbot, make_wizard, db):
    service = ContactService(db)
    known = service.create(
        ContactInput(
            first_name="Hélène", last_name="Dupré", email="helene.dupre@example.fr", city="Paris"
        )
    )
    path = write_xlsx(tmp_path / "clients.xlsx", {"Clients": CONTACT_ROWS})
    wizard = make_wizard(path)
    walk_to(qtbot, wizard, STEP_DUPLICATES)
    page = wizard.duplicates_page
    assert "1 row" in page.diff_label.text() and "skipped" in page.diff_label.text()
    assert not page.diff_table.isVisible()
    page.radios["update"].click()
    assert wizard.on_duplicate == "update"
    assert page.diff_table.isVisible()
    diff = {
        page.diff_table.item(r, 1).text(): (
            page.diff_table.item(r, 2).text(),
            page.diff_table.item(r, 3).text(),
        )
        for r in range(page.diff_table.rowCount())
    }
    assert page.diff_table.item(0, 0).text() == "Hélène Dupré"
    assert diff["City"] == ("Paris", "Tours")
    assert diff["Postcode"] == ("—", "37000")
    assert "1 known record" in page.diff_label.text()
    # Matching on nothing: no record is known, nothing changes.
    for check in page.match_checks.values():
        check.setChecked(False)
    assert page.diff_table.rowCount() == 0
    for check in page.match_checks.values():
        check.setChecked(True)
    assert page.diff_table.rowCount() == len(diff)
    press_next(qtbot, wizard)
    assert wizard.current_step() == STEP_SUMMARY
    assert wizard.summary_page.count_labels["updated"].text() == "1"
    assert wizard.summary_page.count_labels["created"].text() == "2"
    with db.read() as session:
        contact = session.get(Contact, known)
        assert (contact.city, contact.postcode) == ("Tours", "37000")


def test_orders_lines_import_with_their_customers(tmp_path, qtbot, make_wizard, db):
    rows = [
        ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID"],
        ["536365", "85123A", "WHITE HANGING HEART", 6, datetime(2010, 12, 1, 8, 26), 2.55, 17850],
        ["536365", "71053", "WHITE METAL LANTERN", 6, datetime(2010, 12, 1, 8, 26), 3.39, 17850],
        ["536366", "22633", "HAND WARMER UNION JACK", 6, datetime(2010, 12, 1, 8, 28), 1.85, 17851],
        ["C536379", "D", "Discount", -1, datetime(2010, 12, 1, 9, 41), 27.5, 17851],
        ["536380", "22961", "JAM MAKING SET", 2, None, 1.45, 17852],
    ]
    path = write_xlsx(tmp_path / "ventes.xlsx", {"Ventes": rows})
    wizard = make_wizard(path, kind="orders")
    walk_to(qtbot, wizard, STEP_CHECK)
    table = wizard.check_page.table
    assert [table.item(r, 1).text() for r in range(table.rowCount())][-1] == "Rejected"
    walk_to(qtbot, wizard, STEP_DUPLICATES)
    assert not wizard.duplicates_page.policy_box.isEnabled()
    press_next(qtbot, wizard)
    assert wizard.current_step() == STEP_SUMMARY
    page = wizard.summary_page
    assert page.count_labels["rejected"].text() == "1"
    assert "credit note" in page.extra_label.text()
    with db.read() as session:
        numbers = sorted(session.scalars(select(Order.number)))
    assert numbers == ["536365", "536366", "C536379"]
    with qtbot.waitSignal(wizard.showContactsRequested) as shown:
        page.show_button.click()
    assert len(shown.args[0]) == 2


def test_a_cancelled_import_keeps_nothing(tmp_path, qtbot, make_wizard, db, jobs):
    path = write_csv(tmp_path / "clients.csv", CONTACT_ROWS)
    wizard = make_wizard(path)
    walk_to(qtbot, wizard, STEP_DUPLICATES)
    # The job is cancelled as soon as it starts (the tests run jobs synchronously).
    jobs.jobStarted.connect(lambda job: job.cancel() if job.writes else None)
    press_next(qtbot, wizard)
    assert wizard.current_step() == STEP_DUPLICATES
    assert "cancelled" in wizard.duplicates_page.diff_label.text()
    assert wizard.summary is None
    assert contact_count(db) == 0


def test_the_real_online_retail_workbook_goes_through_as_orders(tmp_path, qtbot, make_wizard):
    source = SHARED_DATA / "online_retail_II_sample.xlsx"
    if not source.exists():
        pytest.skip("the shared data folder is not here")
    path = tmp_path / "online_retail.xlsx"
    shutil.copy(source, path)
    path.chmod(0o644)
    wizard = make_wizard(path, kind="orders")
    press_next(qtbot, wizard)
    assert wizard.current_step() == STEP_SHEET
    assert wizard.sheet_page.sheet_list.count() == 2
    walk_to(qtbot, wizard, STEP_CHECK)
    assert set(wizard.mapping.values()) >= {"number", "date", "customer_ref", "quantity"}
    assert wizard.check_page.table.rowCount() == 200
    assert "200 valid" in wizard.check_page.counts_label.text()
