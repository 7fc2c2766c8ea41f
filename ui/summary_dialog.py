"""*File → Accountant summary…*: choose a period, then save the accountant's workbook.

The workbook (:mod:`app.exchange.summary`) has the revenue by month, by customer and by
product, and the orders with their amounts excluding and including VAT; its totals are
Excel formulas. It is written in the background; the dialog then offers to open it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.exchange.export_kinds import Period
from app.exchange.summary import SummaryResult, export_summary
from models.database import Database
from ui import formatting as fmt
from ui.errors import show_error
from ui.export_dialog import FOLDER_KEY, SaveFileDialog, date_format
from ui.i18n import settings
from ui.jobs import JobManager

CUSTOM = "custom"


class SummaryDialog(SaveFileDialog):
    """The period (a year, or from/to dates) and the file; then the workbook is written."""

    exported = Signal(object)

    def __init__(self, db: Database, jobs: JobManager, parent: QWidget | None = None) -> None:
        super().__init__(db, jobs, parent)
        self.setObjectName("summaryDialog")
        self.setWindowTitle(self.tr("Accountant summary"))
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "An Excel workbook for your accountant: revenue by month, by customer and "
                "by product, and every order and credit note with its amounts excluding "
                "and including VAT. The totals are formulas."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)

        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("periodCombo")
        this_year = date.today().year
        for year in range(this_year, this_year - 6, -1):
            self.period_combo.addItem(str(year), year)
        self.period_combo.addItem(self.tr("Other dates…"), CUSTOM)
        self.period_combo.setCurrentIndex(1 if date.today().month <= 3 else 0)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        form.addRow(self.tr("&Period:"), self.period_combo)

        dates = QWidget(self)
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), 1, 1), dates)
        self.date_from.setObjectName("dateFrom")
        self.date_to = QDateEdit(today, dates)
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.dateChanged.connect(self._suggest_name)
        row.addWidget(self.date_from)
        row.addWidget(QLabel("–", dates))
        row.addWidget(self.date_to)
        row.addStretch(1)
        self.dates_row = dates
        form.addRow(self.tr("&Dates:"), dates)

        self._add_file_row(form, "summary")
        self.save_button = self._add_result_and_buttons(
            layout, "summary", self.tr("&Save"), "saveButton"
        )
        self.save_button.clicked.connect(self.start)
        self._period_changed()

    # -- choices ------------------------------------------------------------------------

    def period(self) -> Period:
        data = self.period_combo.currentData()
        if data != CUSTOM:
            return Period(date(int(data), 1, 1), date(int(data), 12, 31))
        start, end = self.date_from.date(), self.date_to.date()
        return Period(
            date(start.year(), start.month(), start.day()),
            date(end.year(), end.month(), end.day()),
        )

    def _period_changed(self) -> None:
        custom = self.period_combo.currentData() == CUSTOM
        self.dates_row.setEnabled(custom)
        self._suggest_name()

    def _suggest_name(self) -> None:
        if not hasattr(self, "path_edit"):
            return
        period = self.period()
        if self.period_combo.currentData() != CUSTOM:
            label = str(self.period_combo.currentData())
        else:
            label = f"{period.start} {period.end}"
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else self._folder()
        name = self.tr("Accountant summary %1").replace("%1", label)
        self.path_edit.setText(str(folder / f"{name}.xlsx"))

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(bool(self.path_edit.text().strip()))

    def browse(self) -> None:
        self._choose_file(
            self.tr("Save the summary"),
            "summaryFileChooser",
            self.tr("Excel workbook (*.xlsx)"),
            "xlsx",
        )

    # -- saving -------------------------------------------------------------------------

    def _texts(self) -> dict[str, str]:
        return {
            "summary": self.tr("Summary"),
            "by_month": self.tr("By month"),
            "by_customer": self.tr("By customer"),
            "by_product": self.tr("By product"),
            "orders": self.tr("Orders"),
            "period": self.tr("Period"),
            "from": self.tr("From"),
            "to": self.tr("To"),
            "all": self.tr("All dates"),
            "exported": self.tr("Exported on"),
            "currency": self.tr("Currency"),
            "order_count": self.tr("Orders"),
            "credit_count": self.tr("Credit notes"),
            "month": self.tr("Month"),
            "customer": self.tr("Customer"),
            "customer_number": self.tr("Customer number"),
            "product": self.tr("Product"),
            "reference": self.tr("Reference"),
            "quantity": self.tr("Quantity"),
            "number": self.tr("Number"),
            "date": self.tr("Date"),
            "kind": self.tr("Kind"),
            "order": self.tr("Order"),
            "credit_note": self.tr("Credit note"),
            "excl_vat": self.tr("Amount excl. VAT"),
            "vat": self.tr("VAT"),
            "incl_vat": self.tr("Amount incl. VAT"),
            "total": self.tr("Total"),
            "no_customer": self.tr("(no customer)"),
            "unknown_product": self.tr("(no product)"),
            "note": self.tr(
                "Amounts excluding VAT are left empty where the order has no lines (VAT unknown)."
            ),
        }

    def target(self) -> Path:
        return self._target("xlsx")

    def start(self) -> None:
        path = self.target()
        period = self.period()
        texts = self._texts()
        settings().setValue(FOLDER_KEY, str(path.parent))
        self.save_button.setEnabled(False)
        self.result_label.hide()
        db = self.db
        self.jobs.run(
            lambda progress, cancel: export_summary(
                db, path, period, progress, cancel, texts=texts
            ),
            label=self.tr("Writing the accountant summary…"),
            on_success=self._done,
            on_failure=lambda error: show_error(self, error),
            on_finished=self._update_buttons,
        )

    def _done(self, result: SummaryResult) -> None:
        text = (
            self.tr(
                "%n order(s) and credit note(s), %1 including VAT, saved to %2.", "", result.orders
            )
            .replace("%1", fmt.money(result.total_incl_cents, result.currency))
            .replace("%2", result.path.name)
        )
        self._show_done(result, text)
        self.exported.emit(result)


def accountant_summary(
    db: Database, jobs: JobManager, parent: QWidget | None = None
) -> SummaryDialog:
    """*File → Accountant summary…*: open the dialog (non-blocking) and return it."""
    dialog = SummaryDialog(db, jobs, parent)
    dialog.open()
    return dialog


__all__ = ["SummaryDialog", "accountant_summary"]
