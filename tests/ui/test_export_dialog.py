"""Export… from the lists: exactly the current view (columns, filter, sort) to a file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialogButtonBox

from models import Contact, Order, OrderLine
from ui.export_dialog import ExportDialog, export_orders
from ui.jobs import JobManager


@pytest.fixture
def jobs():
    """A synchronous job manager, its finished jobs deleted before it goes (else a job's
    pending deferred delete outlives it and crashes a later test)."""
    manager = JobManager(synchronous=True)
    yield manager
    manager.shutdown()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def contacts_pane(qtbot, db, people, jobs):
    from ui.contacts_pane import ContactsPane

    widget = ContactsPane(db, jobs)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    yield widget
    widget.close()


def run_dialog(qtbot, pane, path: Path, fmt: str = "xlsx") -> ExportDialog:
    pane.action_export_list.trigger()
    dialog = pane.property("exportDialog")
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.format_buttons[fmt], Qt.MouseButton.LeftButton)
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return dialog


def test_export_action_writes_the_filtered_sorted_view_with_its_columns(
    qtbot, contacts_pane, tmp_path
):
    pane = contacts_pane
    assert pane.action_export_list.shortcut().toString() == "Ctrl+Shift+S"
    # Customers only, sorted by name descending, the e-mail column hidden.
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("customer"))
    pane.table.sortByColumn(pane.model.column_of("name"), Qt.SortOrder.DescendingOrder)
    pane.table.setColumnHidden(pane.model.column_of("email"), True)
    shown = [pane.model.index(row, 0).data() for row in range(pane.model.rowCount())]
    assert shown == ["Alain Petit", "Hélène Dupré"]

    out = tmp_path / "clients.xlsx"
    dialog = run_dialog(qtbot, pane, out)
    assert dialog.result_label.isVisible()
    assert "2" in dialog.result_label.text()
    assert dialog.open_file_button.isVisible() and dialog.open_folder_button.isVisible()

    book = openpyxl.load_workbook(out)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert "E-mail" not in header
    assert header[:2] == ("Name", "Company")
    assert [row[0] for row in rows[1:]] == shown
    status = header.index("Status")
    assert {row[status] for row in rows[1:]} == {"Customer"}
    info = {row[0]: row[1] for row in book.worksheets[1].iter_rows(values_only=True)}
    assert info["Status"] == "Customer"
    assert info["Sort"] == "Name, descending"
    assert info["Rows"] == 2


def test_csv_export_and_the_remembered_folder_and_format(qtbot, contacts_pane, tmp_path):
    out = tmp_path / "folder" / "all.csv"
    out.parent.mkdir()
    dialog = run_dialog(qtbot, contacts_pane, out, "csv")
    dialog.close()
    text = out.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    lines = text.decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("Name;Company;E-mail")
    assert len([line for line in lines[1:] if line]) == 4
    contacts_pane.action_export_list.trigger()
    second = contacts_pane.property("exportDialog")
    assert second is not dialog
    assert Path(second.path_edit.text()).parent == out.parent
    assert second.chosen_format() == "csv"
    assert second.path_edit.text().endswith(".csv")
    qtbot.mouseClick(second.format_buttons["xlsx"], Qt.MouseButton.LeftButton)
    assert second.path_edit.text().endswith(".xlsx")
    second.close()


def test_a_failed_export_shows_a_message_and_writes_nothing(qtbot, contacts_pane, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    out = tmp_path / "missing" / "x.xlsx"
    dialog = run_dialog(qtbot, contacts_pane, out)
    box = dialog.findChild(QMessageBox)
    assert box is not None and "does not exist" in box.text()
    assert not out.exists()
    assert not dialog.open_file_button.isVisible()
    box.close()


def test_orders_export_of_a_period(qtbot, db, tmp_path, jobs):
    alice = Contact(first_name="Alice", last_name="Martin")
    orders = [
        Order(
            number=f"F{i}",
            contact_id=alice.id,
            ordered_at=datetime(2025, m, 5, 10, tzinfo=UTC),
            total_cents=1200,
        )
        for i, m in enumerate((1, 2, 11), start=1)
    ]
    with db.write("edit", "orders") as session:
        session.add_all([alice, *orders])
        session.flush()
        session.add(OrderLine(order_id=orders[0].id, amount_cents=1200, vat_rate_bp=2000))
    dialog = export_orders(db, jobs)
    qtbot.addWidget(dialog)
    assert dialog.period_box is not None and "format_vcf" not in [
        b.objectName() for b in dialog.format_buttons.values()
    ]
    from PySide6.QtCore import QDate

    from ui.export_dialog import date_format

    # Both ends of the period are written the same way (four-digit years).
    assert dialog.date_from.displayFormat() == dialog.date_to.displayFormat() == date_format()
    dialog.date_from.setDate(QDate(2025, 1, 1))
    dialog.date_to.setDate(QDate(2025, 3, 31))
    out = tmp_path / "orders.xlsx"
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == ["F1", "F2"]
    assert rows[1][8] == 10  # excl. VAT where the lines give it
    dialog.all_dates.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 4
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


@pytest.mark.parametrize(
    ("module", "cls", "kind"),
    [
        ("ui.companies_pane", "CompaniesPane", "companies"),
        ("ui.pipeline_pane", "PipelinePane", "deals"),
        ("ui.tasks_pane", "TasksPane", "tasks"),
        ("ui.activity_pane", "ActivityPane", "interactions"),
    ],
)
def test_every_list_pane_has_the_export_action(qtbot, db, tmp_path, jobs, module, cls, kind):
    import importlib

    from app.demo import populate

    populate(db, contacts=30, years=1, seed=5)
    pane = getattr(importlib.import_module(module), cls)(db, jobs)
    qtbot.addWidget(pane)
    pane.resize(1200, 700)
    pane.show()
    if hasattr(pane, "activate"):
        pane.activate()
    assert pane.action_export_list in pane.menu_actions()
    out = tmp_path / f"{kind}.xlsx"
    dialog = run_dialog(qtbot, pane, out)
    assert dialog.spec.kind == kind
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    model = pane.table.model()
    assert len(rows) == 1 + model.rowCount()
    visible = [
        model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(model.columnCount())
        if not pane.table.isColumnHidden(c)
    ]
    assert len(rows[0]) == len(visible)
    dialog.close()
    pane.close()


def test_accountant_summary_dialog_saves_the_workbook_of_a_year(qtbot, db, tmp_path, jobs):
    from ui.summary_dialog import accountant_summary

    alice = Contact(first_name="Alice", last_name="Martin")
    orders = [
        Order(
            number="F1",
            contact_id=alice.id,
            ordered_at=datetime(2024, 5, 5, 10, tzinfo=UTC),
            total_cents=1200,
        ),
        Order(
            number="F2",
            contact_id=alice.id,
            ordered_at=datetime(2023, 5, 5, 10, tzinfo=UTC),
            total_cents=800,
        ),
    ]
    with db.write("edit", "orders") as session:
        session.add_all([alice, *orders])
    dialog = accountant_summary(db, jobs)
    qtbot.addWidget(dialog)
    dialog.period_combo.setCurrentIndex(dialog.period_combo.findData(2024))
    assert not dialog.dates_row.isEnabled()
    assert dialog.path_edit.text().endswith("2024.xlsx")
    out = tmp_path / "compta"
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(tmp_path / "compta.xlsx", data_only=True)
    orders_sheet = list(book["Orders"].iter_rows(values_only=True))
    assert [row[0] for row in orders_sheet[1:-1]] == ["F1"]
    assert orders_sheet[-1][7] == 12
    assert "1 order" in dialog.result_label.text()
    dialog.period_combo.setCurrentIndex(dialog.period_combo.findData("custom"))
    assert dialog.dates_row.isEnabled()
