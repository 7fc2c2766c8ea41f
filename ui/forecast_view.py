"""The forecast: open deals by expected close month, weighted by their probability.

A bar chart (weighted and unweighted amounts of the open deals, and the amounts won) above
a table of the same buckets — the months before this one (won deals), the overdue deals,
this month and the following ones, later, without a date — with a totals row. Clicking a
bar or double-clicking a row asks for the list of those deals (``bucketChosen``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# isort: split
# matplotlib after PySide6, so that its Qt backend uses this binding.
import numpy as np
from matplotlib.ticker import FuncFormatter, MaxNLocator

from app import pipeline as pl
from app.pipeline import LATER, NO_DATE, OVERDUE, ForecastMonth
from models.database import Database
from ui import formatting as fmt
from ui.charts import OKABE_ITO, ChartCanvas
from ui.dashboard import compact_money, month_text

#: How many months before this one show their wins.
PAST_MONTHS = 3
HORIZONS = (6, 12, 24)
DANGER = "#b42318"


def bucket_label(bucket: ForecastMonth, short: bool = False) -> str:
    if bucket.month is not None:
        return month_text(bucket.month, short=short, medium=not short)
    labels = {
        OVERDUE: QCoreApplication.translate("ForecastView", "Overdue"),
        LATER: QCoreApplication.translate("ForecastView", "Later"),
        NO_DATE: QCoreApplication.translate("ForecastView", "No date"),
    }
    return labels.get(bucket.key, bucket.key)


class ForecastChart(ChartCanvas):
    """Weighted and unweighted open amounts and won amounts, per bucket.

    Clicking a bucket emits its key ("YYYY-MM", "overdue", "later", "none")."""

    def set_data(self, buckets: Sequence[ForecastMonth], currency: str = "EUR") -> None:
        self.buckets = list(buckets)
        self.currency = currency
        if not any(b.amount_cents or b.won_cents for b in self.buckets):
            self.show_message(
                QCoreApplication.translate("ForecastChart", "No open or won deals in this period.")
            )
            return
        ax = self._reset()
        positions = np.arange(len(self.buckets))
        width = 0.27
        unweighted = [b.amount_cents / 100 for b in self.buckets]
        weighted = [b.weighted_cents / 100 for b in self.buckets]
        won = [b.won_cents / 100 for b in self.buckets]
        ax.bar(
            positions - width,
            unweighted,
            width=width,
            color="#a9d0ea",
            zorder=2,
            label=QCoreApplication.translate("ForecastChart", "Open amount"),
        )
        ax.bar(
            positions,
            weighted,
            width=width,
            color=OKABE_ITO["blue"],
            zorder=2,
            label=QCoreApplication.translate("ForecastChart", "Weighted"),
        )
        ax.bar(
            positions + width,
            won,
            width=width,
            color=OKABE_ITO["bluish_green"],
            zorder=2,
            label=QCoreApplication.translate("ForecastChart", "Won"),
        )
        overdue = [i for i, b in enumerate(self.buckets) if b.key == OVERDUE]
        for index in overdue:
            ax.axvspan(index - 0.48, index + 0.48, color="#fde2e1", zorder=0)
        ax.yaxis.set_major_formatter(
            FuncFormatter(lambda value, _pos: compact_money(value, currency))
        )
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5, min_n_ticks=3))
        ax.grid(axis="y", color=self.chart_style.grid, linewidth=0.8, zorder=0)
        ax.set_xticks(positions)
        ax.set_xticklabels([bucket_label(b, short=True) for b in self.buckets])
        for label, bucket in zip(ax.get_xticklabels(), self.buckets, strict=True):
            if bucket.key == OVERDUE:
                label.set_color(DANGER)
        ax.set_xlim(-0.6, len(self.buckets) - 0.4)
        ax.margins(y=0.08)
        ax.legend(
            loc="upper right",
            frameon=False,
            fontsize=self.chart_style.font_size,
            labelcolor=self.chart_style.text,
            ncols=3,
            bbox_to_anchor=(1, 1.14),
            borderaxespad=0,
        )
        if len(self.buckets) > 14:
            for label in ax.get_xticklabels():
                label.set_rotation(45)
                label.set_ha("right")
        self._finish(ax)

    def item_at(self, x: float, y: float) -> str | None:
        index = round(x)
        if 0 <= index < len(self.buckets) and abs(x - index) <= 0.45:
            return self.buckets[index].key
        return None

    def describe(self, item: Any) -> str:
        bucket = next(b for b in self.buckets if b.key == item)
        lines = [bucket_label(bucket)]
        if bucket.deals:
            lines.append(
                QCoreApplication.translate("ForecastChart", "%n open deal(s)", None, bucket.deals)
            )
            lines.append(
                QCoreApplication.translate("ForecastChart", "Open amount: %1").replace(
                    "%1", fmt.money(bucket.amount_cents, self.currency)
                )
            )
            lines.append(
                QCoreApplication.translate("ForecastChart", "Weighted: %1").replace(
                    "%1", fmt.money(bucket.weighted_cents, self.currency)
                )
            )
        if bucket.won_deals:
            lines.append(
                QCoreApplication.translate("ForecastChart", "Won: %1").replace(
                    "%1", fmt.money(bucket.won_cents, self.currency)
                )
            )
        if bucket.key != NO_DATE:
            lines.append(QCoreApplication.translate("ForecastChart", "Click to list these deals."))
        return "\n".join(lines)


COLUMN_KEYS = ("bucket", "deals", "amount", "weighted", "won_deals", "won")


class ForecastView(QWidget):
    """The forecast of one pipeline (or all of them)."""

    #: A bucket was chosen (a bar clicked, a row activated): its key.
    bucketChosen = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastView")
        self.db = db
        self.pipeline_id: str | None = None
        self.owner_id: str | None = None
        self.today: date | None = None
        self.buckets: list[ForecastMonth] = []
        self.currency = "EUR"

        self.horizon = QComboBox(self)
        self.horizon.setObjectName("horizon")
        for months in HORIZONS:
            self.horizon.addItem(self.tr("Next %n month(s)", "", months), months)
        self.horizon.setCurrentIndex(HORIZONS.index(12))
        self.horizon.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel(self)
        self.summary.setObjectName("forecastSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        note = QLabel(self.tr("Amounts excluding VAT."), self)
        note.setStyleSheet("color: palette(mid);")

        self.chart = ForecastChart(self, height=260)
        self.chart.setObjectName("forecastChart")
        self.chart.clicked.connect(lambda key: self.bucketChosen.emit(str(key)))

        self.table = QTableWidget(0, len(COLUMN_KEYS), self)
        self.table.setObjectName("forecastTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Month"),
                self.tr("Open deals"),
                self.tr("Open amount"),
                self.tr("Weighted"),
                self.tr("Won deals"),
                self.tr("Won amount"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellActivated.connect(self._row_activated)

        top = QHBoxLayout()
        top.addWidget(self.horizon)
        top.addWidget(self.summary, 1)
        top.addWidget(note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)

    def months(self) -> int:
        return int(self.horizon.currentData())

    def set_scope(self, pipeline_id: str | None, owner_id: str | None = None) -> None:
        self.pipeline_id = pipeline_id
        self.owner_id = owner_id
        self.refresh()

    def refresh(self) -> None:
        buckets = pl.forecast(
            self.db,
            self.pipeline_id,
            months=self.months(),
            today=self.today,
            past_months=PAST_MONTHS,
            owner_id=self.owner_id,
        )
        self.show_buckets(buckets)

    def show_buckets(self, buckets: list[ForecastMonth], currency: str = "EUR") -> None:
        self.buckets = buckets
        self.currency = currency
        self.chart.set_data(buckets, currency)
        totals = pl.forecast_totals(buckets)
        self.table.setRowCount(len(buckets) + 1)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, bucket in enumerate(buckets):
            values = (
                bucket_label(bucket),
                fmt.number(bucket.deals) if bucket.deals else "",
                fmt.money(bucket.amount_cents, currency) if bucket.deals else "",
                fmt.money(bucket.weighted_cents, currency) if bucket.deals else "",
                fmt.number(bucket.won_deals) if bucket.won_deals else "",
                fmt.money(bucket.won_cents, currency) if bucket.won_deals else "",
            )
            for column, text in enumerate(values):
                item = self._item(text, column)
                item.setData(Qt.ItemDataRole.UserRole, bucket.key)
                if bucket.key == OVERDUE and bucket.deals:
                    item.setForeground(QBrush(QColor(DANGER)))
                self.table.setItem(row, column, item)
        total_values = (
            self.tr("Total"),
            fmt.number(totals.deals),
            fmt.money(totals.amount_cents, currency),
            fmt.money(totals.weighted_cents, currency),
            fmt.number(totals.won_deals),
            fmt.money(totals.won_cents, currency),
        )
        for column, text in enumerate(total_values):
            item = self._item(text, column)
            item.setFont(bold)
            self.table.setItem(len(buckets), column, item)
        self.summary.setText(
            self.tr("Open: %1, weighted %2")
            .replace("%1", fmt.money(totals.amount_cents, currency))
            .replace("%2", fmt.money(totals.weighted_cents, currency))
        )

    def _item(self, text: str, column: int) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if column:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _row_activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.buckets):
            self.bucketChosen.emit(self.buckets[row].key)

    def bucket_range(self, key: str) -> tuple[date | None, date | None] | None:
        """The expected close dates a bucket covers (for the list's filter), or None."""
        today = self.today or date.today()
        if key == OVERDUE:
            return None, date.fromordinal(today.toordinal() - 1)
        if key == LATER:
            months = [b.month for b in self.buckets if b.month is not None]
            if not months:
                return None
            last = months[-1]
            following = date(last.year + (last.month == 12), last.month % 12 + 1, 1)
            return following, None
        bucket = next((b for b in self.buckets if b.key == key and b.month is not None), None)
        if bucket is None or bucket.month is None:
            return None
        start = bucket.month
        following = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        end = date.fromordinal(following.toordinal() - 1)
        if start.year * 12 + start.month == today.year * 12 + today.month:
            start = today
        return start, end


__all__ = ["ForecastChart", "ForecastView", "bucket_label"]
