"""The dashboard: key indicators, charts, segments and smart lists for a period.

What a shop owner looks at every morning. The figures come from ``app.analytics`` (KPIs,
revenue, Pareto, cohorts, pipeline) and from the shared :class:`AnalyticsCache` (the RFM
table and the lifetime-value fit, which the contact file uses too). Everything is computed
in the background: the pane shows what is ready and fills in the rest, and a newer request
(another period, a write) makes older results be dropped when they arrive.

Clicking a segment, a grid cell, a month, a cohort, a pipeline stage, the Pareto chart or a
smart list emits ``customersRequested(ids, title)``; the main window shows those contacts.

matplotlib is imported only when the dashboard is first shown (``ui.charts``), so the
window starts as fast as before.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analytics.cache import AnalyticsCache
from models.database import Database
from ui import formatting as fmt
from ui.errors import error_text, is_world_error
from ui.i18n import settings
from ui.icons import icon
from ui.jobs import JobManager

if TYPE_CHECKING:
    from app.analytics.clv import ClvResult
    from app.analytics.kpis import Kpi, KpiReport, Period
    from app.analytics.rfm import RfmTable
    from ui.charts import (
        CohortChart,
        FunnelChart,
        ParetoChart,
        RevenueChart,
        RfGridChart,
        SegmentChart,
    )

log = logging.getLogger(__name__)

PERIOD_KEY = "dashboard/period"
#: The period choices, in the selector's order.
PERIODS = ("30d", "90d", "12m", "this_year", "last_year", "custom")
DEFAULT_PERIOD = "12m"
#: The revenue chart shows at least this many months.
MIN_MONTHS = 12
#: Colours of a change for the better and for the worse (Okabe–Ito bluish green and
#: vermillion, darkened for text contrast), always with ▲/▼ so colour is never alone.
GOOD = "#00795a"
BAD = "#b84a00"
CURRENCY = "EUR"
#: The narrowest a KPI tile gets, in pixels.
TILE_WIDTH = 150
#: The indicator that needs the lifetime-value fit.
PREDICTED_KPI = "average_predicted_value"


# -- showing values (no matplotlib here: the contact file uses these too) ----------------


def analytics_text(text: str) -> str:
    """A label from ``app.analytics`` (English, marked for translation) in the user's language."""
    return QCoreApplication.translate("analytics", text)


def _babel_locale() -> str:
    name = QLocale().name()
    return name if name and name != "C" else "en"


def percent_text(fraction: float | None, decimals: int = 0) -> str:
    """A share in the user's locale: "45 %" (fr), "45%" (en); "—" for none."""
    if fraction is None or not math.isfinite(fraction):
        return "—"
    from babel import Locale
    from babel.numbers import format_percent

    try:
        locale = Locale.parse(_babel_locale())
        pattern = locale.percent_formats[None].pattern
        if decimals:
            pattern = pattern.replace("0", "0." + "0" * decimals, 1)
        return format_percent(fraction, pattern, locale=locale)
    except (ValueError, LookupError, AttributeError):
        return f"{fraction * 100:.{decimals}f}%"


def share_text(fraction: float | None) -> str:
    """A share with one decimal below 10 % ("4.2 %"), none above ("42 %")."""
    return percent_text(fraction, 1 if fraction is not None and abs(fraction) < 0.1 else 0)


def compact_money(units: float, currency: str = CURRENCY) -> str:
    """A short amount for chart axes: "1,2 k €" (fr), "€1.2K" (en)."""
    from babel.numbers import format_compact_currency

    value = float(units)
    digits = 0 if abs(value) < 1000 or abs(value) >= 100_000 else 1
    try:
        return format_compact_currency(
            value, currency, locale=_babel_locale(), fraction_digits=digits
        )
    except (ValueError, LookupError):
        return fmt.number(value)


def month_text(day: date, short: bool = False, medium: bool = False) -> str:
    """A month in the user's language: "mars 2025"; "mars 25" when ``short``, "déc. 2025"
    when ``medium``."""
    pattern = "MMM yy" if short else "MMM yyyy" if medium else "MMMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, 1), pattern)


def money_text(cents: float, currency: str = CURRENCY) -> str:
    """An amount for a tile: cents below 10,000, whole units above."""
    if abs(cents) < 1_000_000:
        return fmt.money(round(cents), currency)
    locale = QLocale()
    symbol = "€" if currency == "EUR" else currency
    text = locale.toCurrencyString(abs(cents) / 100, symbol, 0)
    return f"{locale.negativeSign()}{text}" if cents < 0 else text


def kpi_value_text(value: float | None, unit: str) -> str:
    """A KPI's value shown by its unit ("count", "cents", "percent", "days", "score", "ratio")."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    if unit == "count":
        return fmt.number(value)
    if unit == "cents":
        return money_text(value)
    if unit == "percent":  # 0–100
        return percent_text(value / 100, 1 if abs(value) < 10 else 0)
    if unit == "days":
        return QCoreApplication.translate("dashboard", "%1 d").replace(
            "%1", fmt.number(value, 0 if abs(value) >= 10 else 1)
        )
    if unit == "score":
        return fmt.number(value, 1)
    return fmt.number(value, 2)


def kpi_change(kpi: Kpi) -> tuple[float, float] | None:
    """A KPI's change from the previous period: (signed change, size shown), or None.

    Percentages and scores change by a difference (points); the other units by a ratio.
    A change too small to show is 0.
    """
    if kpi.value is None or kpi.previous is None:
        return None
    if kpi.unit in ("percent", "score"):
        difference = kpi.value - kpi.previous
        return (0.0 if abs(difference) < 0.05 else difference), abs(difference)
    ratio = kpi.change
    if ratio is None:
        return None
    return (0.0 if abs(ratio) < 0.0005 else ratio), abs(ratio)


def _months_between(first: date, last: date) -> list[date]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(date(year, month, 1))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return months


def _add_months(day: date, count: int) -> date:
    index = day.year * 12 + day.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


# -- what the background jobs hand back ---------------------------------------------------


@dataclass
class Figures:
    """The data of the period's charts that do not need the RFM table or the CLV fit."""

    period: Period
    months: list[date]
    cents: list[int]
    previous: list[int | None]
    in_period: list[bool]
    pareto: Any
    cohorts: Any
    funnel: tuple[Any, ...]


@dataclass
class Segments:
    """The RFM table as of a day, and what the dashboard shows of it."""

    as_of: date
    rfm: RfmTable
    sizes: dict[str, tuple[int, int]]
    grid: list[list[int]]


@dataclass
class Lifetime:
    """The lifetime-value fit (or why there is none)."""

    as_of: date
    clv: ClvResult | None
    error: BaseException | None = None
    #: The "average predicted value" indicator, in cents (None without a fit).
    average_predicted_cents: float | None = None


def period_for(key: str, today: date, custom: tuple[date, date] | None = None) -> Period:
    """The period a selector choice means on ``today``."""
    from app.analytics.kpis import Period

    if key == "30d":
        return Period.last_days(30, today)
    if key == "90d":
        return Period.last_days(90, today)
    if key == "this_year":
        return Period.year_to_date(today)
    if key == "last_year":
        return Period.year(today.year - 1)
    if key == "custom" and custom is not None:
        start, end = sorted(custom)
        return Period(start, end)
    return Period.twelve_months_to(today)


# -- the pane -----------------------------------------------------------------------------


class KpiTile(QFrame):
    """One indicator: caption, value, change since the previous period."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("kpiTile")
        self.setProperty("kpi", key)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 9, 12, 9)
        column.setSpacing(2)
        self.caption = QLabel(self)
        self.caption.setObjectName("kpiCaption")
        self.caption.setProperty("muted", True)
        # Two lines for every caption, so values line up across the row.
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.caption.setFixedHeight(self.caption.fontMetrics().lineSpacing() * 2 + 2)
        self.caption.setMinimumWidth(60)
        self.value = QLabel("…", self)
        self.value.setObjectName("kpiValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.value.setFont(font)
        self.change = QLabel(self)
        self.change.setObjectName("kpiChange")
        for label in (self.caption, self.value, self.change):
            label.setTextFormat(Qt.TextFormat.PlainText)
            column.addWidget(label)

    def set_kpi(
        self, kpi: Kpi, previous_period: Period, *, description: str = "", now: bool = False
    ) -> None:
        """Show ``kpi``; ``now`` for a snapshot of the present (no previous value)."""
        self.caption.setText(analytics_text(kpi.label))
        self.value.setText(kpi_value_text(kpi.value, kpi.unit))
        previous = kpi_value_text(kpi.previous, kpi.unit)
        period = f"{fmt.date_text(previous_period.start)} – {fmt.date_text(previous_period.end)}"
        tip = analytics_text(description) + "\n" if description else ""
        if now:
            tip += self.tr("The situation right now, whatever the period.")
        else:
            tip += self.tr("Previous period (%1): %2").replace("%1", period).replace("%2", previous)
        change = kpi_change(kpi)
        if change is None:
            self.change.setText(self.tr("right now") if now else self.tr("no comparison"))
            self.change.setStyleSheet("")
            self.change.setProperty("muted", True)
            self.change.setProperty("trend", "none")
        else:
            size, amount = change
            if kpi.unit == "percent":  # a difference of percentages, in points
                amount = fmt.number(amount, 1) + " " + self.tr("pts")
            elif kpi.unit == "score":  # a difference of scores (satisfaction, NPS)
                amount = fmt.number(amount, 1)
            else:  # a relative change
                amount = percent_text(amount, 0 if amount >= 0.1 else 1)
            if size == 0:
                text, trend = f"= {amount}", "flat"
                color = ""
            else:
                up = size > 0
                text = f"{'▲' if up else '▼'} {amount}"
                better = up == kpi.better_when_higher
                trend = "better" if better else "worse"
                color = GOOD if better else BAD
                tip += "\n" + (
                    self.tr("Better than before.") if better else self.tr("Worse than before.")
                )
            self.change.setText(text)
            self.change.setProperty("muted", False)
            self.change.setProperty("trend", trend)
            self.change.setStyleSheet(f"color: {color}; font-weight: 600;" if color else "")
        self.setToolTip(tip)

    def set_message(self, caption: str, value: str, short: str, message: str) -> None:
        """A tile that says why there is no figure (the lifetime-value fit failed…): a
        ``short`` note on the tile, the whole ``message`` in its tooltip."""
        self.caption.setText(caption)
        self.value.setText(value)
        self.change.setText(short)
        self.change.setProperty("trend", "none")
        self.change.setStyleSheet(f"color: {BAD};")
        self.setToolTip(message)


class DashboardPane(QWidget):
    """The dashboard tab. Built when first shown; recomputed when shown after a change."""

    #: Contacts to list (ids, title of the filter), from a click on a chart or a list.
    customersRequested = Signal(list, str)
    #: A short message for the status bar.
    message = Signal(str)
    #: Everything asked for the current period has arrived (tests, benchmarks).
    ready = Signal()

    def __init__(
        self,
        db: Database,
        jobs: JobManager,
        analytics: AnalyticsCache,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPane")
        self.db = db
        self.jobs = jobs
        self.analytics = analytics
        self._today = today or date.today
        self._built = False
        self._stale = True
        self._generation = 0
        self._pending: set[str] = set()
        #: The period of the figures asked for last.
        self._requested: Period | None = None
        self.figures: Figures | None = None
        self.kpis: KpiReport | None = None
        #: The contacts of each smart list, by code.
        self.smart: dict[str, list[str]] = {}
        self.segments: Segments | None = None
        self.lifetime: Lifetime | None = None
        self.tiles: dict[str, KpiTile] = {}
        self._tile_columns = 0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

    # -- public -------------------------------------------------------------------------

    def today(self) -> date:
        return self._today()

    def set_today(self, day: date) -> None:
        """Fix "today" (tests, screenshots of demo data made on a given day)."""
        self._today = lambda: day
        self._stale = True

    def period(self) -> Period:
        custom = None
        if self._built:
            custom = (_pydate(self.start_edit.date()), _pydate(self.end_edit.date()))
        return period_for(self.period_key(), self.today(), custom)

    def period_key(self) -> str:
        if not self._built:
            saved = str(settings().value(PERIOD_KEY, DEFAULT_PERIOD) or DEFAULT_PERIOD)
            return saved if saved in PERIODS and saved != "custom" else DEFAULT_PERIOD
        return str(self.period_combo.currentData())

    def as_of(self) -> date:
        """The day the segments and lifetime values are computed for: the period's end."""
        return min(self.period().end, self.today())

    def is_busy(self) -> bool:
        """True while some figures of the current request are still being computed."""
        return bool(self._pending)

    def data_changed(self) -> None:
        """The database changed: recompute now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def ensure_built(self) -> None:
        if not self._built:
            self._build()
            self.setFocusProxy(self.period_combo)

    def activate(self) -> None:
        """The pane is (about to be) shown: build it, and compute what is out of date."""
        self.ensure_built()
        if self._stale:
            self.refresh()

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        from ui import charts

        self._built = True
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.Text)
        border = palette.color(QPalette.ColorRole.Mid)
        muted = _mix(text, base, 0.45)
        tile = _mix(window, base, 0.5)
        self.setStyleSheet(
            f"""
            QWidget#dashboardPage {{ background: {window.name()}; }}
            QFrame#dashboardBar {{ border-bottom: 1px solid {_mix(border, window, 0.5).name()}; }}
            QFrame#dashCard {{
                background: {base.name()};
                border: 1px solid {_mix(border, base, 0.45).name()};
                border-radius: 8px;
            }}
            QFrame#kpiTile {{
                background: {base.name()};
                border: 1px solid {_mix(border, base, 0.45).name()};
                border-radius: 8px;
            }}
            QFrame#clvFigure {{ background: {tile.name()}; border-radius: 6px; }}
            QLabel[muted="true"] {{ color: {muted.name()}; }}
            QPushButton#smartList {{
                text-align: left; padding: 5px 8px; border: none; border-radius: 4px;
                color: {palette.color(QPalette.ColorRole.Link).name()};
            }}
            QPushButton#smartList:hover {{ background: {tile.name()}; }}
            """
        )
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.addWidget(self._build_bar())

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("dashboardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        page.setObjectName("dashboardPage")
        self.page = page
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 12, 16, 20)
        column.setSpacing(12)

        self.tile_grid = QGridLayout()
        self.tile_grid.setHorizontalSpacing(10)
        self.tile_grid.setVerticalSpacing(10)
        column.addLayout(self.tile_grid)

        self.revenue_chart: RevenueChart = charts.RevenueChart(page)
        self.pareto_chart: ParetoChart = charts.ParetoChart(page)
        self.segment_chart: SegmentChart = charts.SegmentChart(page, height=330)
        self.grid_chart: RfGridChart = charts.RfGridChart(page, height=330)
        self.cohort_chart: CohortChart = charts.CohortChart(page)
        self.funnel_chart: FunnelChart = charts.FunnelChart(page, height=360)
        self.charts = {
            "revenue": self.revenue_chart,
            "pareto": self.pareto_chart,
            "segments": self.segment_chart,
            "grid": self.grid_chart,
            "cohorts": self.cohort_chart,
            "funnel": self.funnel_chart,
        }
        for name, chart in self.charts.items():
            chart.setObjectName(f"{name}Chart")
        self.revenue_chart.clicked.connect(self._month_clicked)
        self.pareto_chart.clicked.connect(self._pareto_clicked)
        self.segment_chart.clicked.connect(self._segment_clicked)
        self.grid_chart.clicked.connect(self._cell_clicked)
        self.cohort_chart.clicked.connect(self._cohort_clicked)
        self.funnel_chart.clicked.connect(self._stage_clicked)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        for row, column_index, name, title, span in (
            (0, 0, "revenue", self.tr("Revenue by month"), 1),
            (0, 1, "pareto", self.tr("Share of revenue by share of customers"), 1),
            (1, 0, "segments", self.tr("Customers by RFM segment"), 1),
            (1, 1, "grid", self.tr("Recency × frequency"), 1),
            (2, 0, "cohorts", self.tr("Monthly cohorts: customers buying again"), 2),
            (3, 0, "funnel", self.tr("Open pipeline by stage"), 1),
        ):
            card = self._chart_card(name, title, page)
            grid.addWidget(card, row, column_index, 1, span)
        side = QVBoxLayout()
        side.setSpacing(12)
        side.addWidget(self._lifetime_card(page))
        side.addWidget(self._smart_lists_card(page))
        side.addStretch(1)
        grid.addLayout(side, 3, 1)
        grid.addWidget(self._segment_table_card(page), 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)
        column.addStretch(1)
        self.scroll.setWidget(page)
        outer.addWidget(self.scroll, 1)

    def _build_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("dashboardBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(8)
        label = QLabel(self.tr("&Period:"), bar)
        self.period_combo = QComboBox(bar)
        self.period_combo.setObjectName("periodCombo")
        label.setBuddy(self.period_combo)
        names = {
            "30d": self.tr("Last 30 days"),
            "90d": self.tr("Last 90 days"),
            "12m": self.tr("Last 12 months"),
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
            "custom": self.tr("Custom…"),
        }
        for key in PERIODS:
            self.period_combo.addItem(names[key], key)
        saved = str(settings().value(PERIOD_KEY, DEFAULT_PERIOD) or DEFAULT_PERIOD)
        index = self.period_combo.findData(saved if saved in PERIODS else DEFAULT_PERIOD)
        self.period_combo.setCurrentIndex(max(index, 0))
        today = self.today()
        self.start_edit = QDateEdit(bar)
        self.start_edit.setObjectName("periodStart")
        self.end_edit = QDateEdit(bar)
        self.end_edit.setObjectName("periodEnd")
        for edit, day in (
            (self.start_edit, today.replace(day=1) - timedelta(days=365)),
            (self.end_edit, today),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.dateChanged.connect(self._custom_changed)
        self.start_edit.setToolTip(self.tr("First day of the period"))
        self.end_edit.setToolTip(self.tr("Last day of the period"))
        self.dash_label = QLabel("–", bar)
        self.compare_label = QLabel(bar)
        self.compare_label.setObjectName("compareLabel")
        self.compare_label.setProperty("muted", True)
        self.status_label = QLabel(bar)
        self.status_label.setObjectName("dashboardStatus")
        self.status_label.setProperty("muted", True)
        self.refresh_button = QPushButton(self.tr("Refresh"), bar)
        self.refresh_button.setObjectName("refreshDashboard")
        self.refresh_button.setToolTip(self.tr("Compute the figures again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(label)
        row.addWidget(self.period_combo)
        row.addWidget(self.start_edit)
        row.addWidget(self.dash_label)
        row.addWidget(self.end_edit)
        row.addSpacing(8)
        row.addWidget(self.compare_label, 1)
        row.addWidget(self.status_label)
        row.addWidget(self.refresh_button)
        self._build_pdf_actions(bar, row)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self._show_custom(self.period_key() == "custom")
        return bar

    def _build_pdf_actions(self, bar: QWidget, row: QHBoxLayout) -> None:
        from PySide6.QtWidgets import QToolButton

        from ui.pdf_actions import CALLS_SHORTCUT, PDF_SHORTCUT, PdfExporter

        self.pdf = PdfExporter(self.db, self, jobs=self.jobs, analytics=self.analytics)
        self.pdf_action = self.pdf.make_action(
            self.tr("Export PDF"),
            "exportDashboardPdf",
            PDF_SHORTCUT,
            self.tr("The report of the period shown as a PDF"),
        )
        self.pdf_action.triggered.connect(self.export_pdf)
        self.calls_action = self.pdf.make_action(
            self.tr("Call list PDF"),
            "exportCallListPdf",
            CALLS_SHORTCUT,
            self.tr("The call list of the segment selected in the table, as a PDF"),
        )
        self.calls_action.triggered.connect(self.export_call_list)
        self.calls_action.setIcon(icon("contacts"))
        for action in (self.pdf_action, self.calls_action):
            button = QToolButton(bar)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setObjectName(f"{action.objectName()}Button")
            row.addWidget(button)

    def export_pdf(self) -> object:
        """Ask where to save the report of the period shown, write it, open it."""
        from app.documents.dashboard import dashboard_pdf

        period, today, db = self.period(), self.today(), self.db

        def build(options: Any, path: Any) -> object:
            return dashboard_pdf(db, path, period, replace(options, today=today))

        title = (
            self.tr("Dashboard %1 – %2")
            .replace("%1", period.start.isoformat())
            .replace("%2", period.end.isoformat())
        )
        return self.pdf.export(self.tr("Dashboard report"), title, build)

    def selected_segment(self) -> str | None:
        """The code of the segment selected in the segment table (None when none is)."""
        from app.analytics.segments import SEGMENTS

        if not self._built:
            return None
        row = self.segment_table.currentRow()
        return SEGMENTS[row].code if 0 <= row < len(SEGMENTS) else None

    def export_call_list(self) -> object:
        """The call list of the selected segment (the first row's when none is selected)."""
        from app.analytics.segments import SEGMENTS, segment_info
        from app.documents.calls import call_list_pdf

        code = self.selected_segment() or SEGMENTS[0].code
        ids = self.segment_ids(code)
        name = analytics_text(segment_info(code).name)
        today, db = self.today(), self.db

        def build(options: Any, path: Any) -> object:
            return call_list_pdf(db, path, ids, name, replace(options, today=today))

        return self.pdf.export(name, self.tr("Call list %1").replace("%1", name), build)

    def _card(self, title: str, parent: QWidget, name: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame(parent)
        card.setObjectName("dashCard")
        card.setProperty("section", name)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        heading = QLabel(title, card)
        heading.setObjectName(f"{name}Title")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.08)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        return card, layout

    def _chart_card(self, name: str, title: str, parent: QWidget) -> QFrame:
        card, layout = self._card(title, parent, name)
        chart = self.charts[name]
        chart.setParent(card)
        layout.addWidget(chart)
        return card

    def _segment_table_card(self, parent: QWidget) -> QFrame:
        card, layout = self._card(self.tr("RFM segments"), parent, "segmentTable")
        self.segments_note = QLabel(card)
        self.segments_note.setObjectName("segmentsNote")
        self.segments_note.setProperty("muted", True)
        self.segments_note.setWordWrap(True)
        layout.addWidget(self.segments_note)
        table = QTableWidget(0, 5, card)
        table.setObjectName("segmentTable")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Segment"),
                self.tr("Customers"),
                self.tr("Share of revenue"),
                self.tr("Strategy"),
                self.tr("Suggested action"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for index in range(4):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(lambda index: self._segment_row_activated(index.row()))
        table.setToolTip(self.tr("Double-click or press Enter to list the customers of a segment"))
        self.segment_table = table
        table.installEventFilter(self)
        layout.addWidget(table)
        return card

    def _lifetime_card(self, parent: QWidget) -> QFrame:
        card, layout = self._card(self.tr("Lifetime value (next 12 months)"), parent, "lifetime")
        self.lifetime_message = QLabel(self.tr("Computing…"), card)
        self.lifetime_message.setObjectName("lifetimeMessage")
        self.lifetime_message.setWordWrap(True)
        self.lifetime_message.setProperty("muted", True)
        layout.addWidget(self.lifetime_message)
        figures = QGridLayout()
        figures.setHorizontalSpacing(8)
        figures.setVerticalSpacing(8)
        self.lifetime_values: dict[str, QLabel] = {}
        for index, (name, caption) in enumerate(
            (
                ("clvTotal", self.tr("Predicted value")),
                ("clvAverage", self.tr("Per customer")),
                ("clvActive", self.tr("Probably still active")),
            )
        ):
            box = QFrame(card)
            box.setObjectName("clvFigure")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(10, 6, 10, 6)
            inner.setSpacing(1)
            title = QLabel(caption, box)
            title.setProperty("muted", True)
            value = QLabel("…", box)
            value.setObjectName(name)
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            font.setBold(True)
            value.setFont(font)
            inner.addWidget(title)
            inner.addWidget(value)
            self.lifetime_values[name] = value
            figures.addWidget(box, 0, index)
        self.lifetime_figures = QWidget(card)
        self.lifetime_figures.setLayout(figures)
        figures.setContentsMargins(0, 0, 0, 0)
        self.lifetime_figures.hide()
        layout.addWidget(self.lifetime_figures)
        return card

    def _smart_lists_card(self, parent: QWidget) -> QFrame:
        from app.analytics.smart_lists import SMART_LISTS

        card, layout = self._card(self.tr("Smart lists"), parent, "smartLists")
        self.smart_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(0)
        for index, smart in enumerate(SMART_LISTS):
            button = QPushButton(analytics_text(smart.name), card)
            button.setObjectName("smartList")
            button.setProperty("code", smart.code)
            button.setToolTip(analytics_text(smart.description))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setEnabled(False)
            button.clicked.connect(
                lambda _checked=False, code=smart.code: self._smart_clicked(code)
            )
            self.smart_buttons[smart.code] = button
            grid.addWidget(button, index // 2, index % 2)
        layout.addLayout(grid)
        return card

    # -- layout -------------------------------------------------------------------------

    def _place_tiles(self, force: bool = False) -> None:
        if not self._built or not self.tiles:
            return
        width = self.scroll.viewport().width() - 32
        most = max(2, min(8, width // TILE_WIDTH))
        rows = math.ceil(len(self.tiles) / most)
        columns = math.ceil(len(self.tiles) / rows)  # rows as full as possible
        self._equalize_captions(width, columns)
        if columns == self._tile_columns and not force:
            return
        self._tile_columns = columns
        for tile in self.tiles.values():
            self.tile_grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles.values()):
            self.tile_grid.addWidget(
                tile, index // columns, index % columns, Qt.AlignmentFlag.AlignTop
            )
        for column in range(8):
            self.tile_grid.setColumnStretch(column, 1 if column < columns else 0)

    def _equalize_captions(self, width: int, columns: int) -> None:
        """Captions as tall as the longest one needs (at least two lines), so the values of
        a row line up and no caption is cut."""
        spacing = self.tile_grid.horizontalSpacing()
        inner = (width - spacing * (columns - 1)) // columns - 26  # the tile's margins
        tiles = list(self.tiles.values())
        need = 2 * tiles[0].caption.fontMetrics().lineSpacing() + 2
        if inner > 20:
            need = max([need, *(tile.caption.heightForWidth(inner) for tile in tiles)])
        for tile in tiles:
            tile.caption.setFixedHeight(need)

    def _fit_segment_table(self) -> None:
        """Rows as tall as their wrapped action, the table as tall as its rows."""
        table = self.segment_table
        table.resizeRowsToContents()
        for row in range(table.rowCount()):
            table.setRowHeight(row, table.rowHeight(row) + 6)  # air between the rows
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is getattr(self, "segment_table", None)
            and event.type() == QEvent.Type.Resize
            and self.segment_table.rowCount()
        ):
            QTimer.singleShot(0, self._fit_segment_table)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_tiles()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activate()
        QTimer.singleShot(0, self._place_tiles)

    # -- computing ----------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Compute everything for the period chosen (in the background)."""
        self.ensure_built()
        self._start_jobs()
        self._show_request()

    def _show_request(self) -> None:
        """Say which period is being shown, and compared with which."""
        period = self._requested
        if period is None:
            return
        previous = period.previous()
        self.compare_label.setText(
            self.tr("%1 – %2, compared with %3 – %4")
            .replace("%1", fmt.date_text(period.start))
            .replace("%2", fmt.date_text(period.end))
            .replace("%3", fmt.date_text(previous.start))
            .replace("%4", fmt.date_text(previous.end))
        )
        self._set_status()

    def _start_jobs(self) -> None:
        """Start computing the period's figures; results arrive through ``_deliver``."""
        self._refresh_timer.stop()
        self._stale = False
        self._generation += 1
        generation = self._generation
        period = self.period()
        self._requested = period
        as_of = self.as_of()
        today = self.today()
        self._pending = {"kpis", "figures", "segments", "lifetime", "smart"}
        self.kpis = None
        self.lifetime = None
        db, cache = self.db, self.analytics

        def kpis(_progress: object, _cancel: object) -> KpiReport:
            return compute_indicators(db, period, cache, as_of)

        def figures(_progress: object, _cancel: object) -> Figures:
            return compute_figures(db, period, as_of)

        def segments(_progress: object, cancel: Any) -> Segments:
            return compute_segments(db, cache, as_of, today)

        def lifetime(progress: Any, cancel: Any) -> Lifetime:
            return compute_lifetime(db, cache, as_of, today, progress, cancel)

        def smart(_progress: object, _cancel: object) -> dict[str, list[str]]:
            return compute_smart_lists(cache, as_of, today)

        # Separate jobs, so the SQL of the indicators and of the charts run side by side
        # and each part shows as soon as it is ready.
        for name, fn, done in (
            ("kpis", kpis, self._kpis_ready),
            ("figures", figures, self._figures_ready),
            ("segments", segments, self._segments_ready),
            ("lifetime", lifetime, self._lifetime_ready),
            ("smart", smart, self._smart_ready),
        ):
            try:
                self.jobs.run(
                    fn,
                    label=self.tr("Computing the dashboard…"),
                    show_progress=False,
                    on_success=lambda result, g=generation, d=done: self._deliver(g, d, result),
                    on_failure=lambda error, g=generation, n=name: self._failed(g, n, error),
                )
            except RuntimeError:  # the window is closing: its job manager was shut down
                self._pending.clear()
                return

    def _deliver(self, generation: int, done: Callable[[Any], None], result: Any) -> None:
        if generation == self._generation:
            done(result)

    def _finished(self, name: str) -> None:
        self._pending.discard(name)
        self._set_status()
        if not self._pending:
            self.ready.emit()

    def _set_status(self) -> None:
        if not self._built:
            return
        if self._pending:
            self.status_label.setText(self.tr("Computing…"))
        elif self.status_label.text() == self.tr("Computing…"):
            self.status_label.setText("")

    def _failed(self, generation: int, name: str, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not is_world_error(error):
            log.error(
                "dashboard: %s failed", name, exc_info=(type(error), error, error.__traceback__)
            )
        text = error_text(error)
        if name == "kpis":
            self.status_label.setText(text)
        elif name == "figures":
            for key in ("revenue", "pareto", "cohorts", "funnel"):
                self.charts[key].show_message(text)
        elif name == "segments":
            for key in ("segments", "grid"):
                self.charts[key].show_message(text)
            self.segments_note.setText(text)
        elif name == "smart":
            for button in self.smart_buttons.values():
                button.setToolTip(text)
        else:
            self._show_lifetime_error(error)
        self._finished(name)

    # -- results ------------------------------------------------------------------------

    def _kpis_ready(self, report: KpiReport) -> None:
        self.kpis = report
        self._show_kpis(report)
        self._show_predicted()
        self._finished("kpis")

    def _figures_ready(self, figures: Figures) -> None:
        self.figures = figures
        self.revenue_chart.set_data(
            figures.months, figures.cents, figures.previous, figures.in_period, CURRENCY
        )
        pareto = figures.pareto
        self.pareto_chart.set_data(
            list(pareto.customer_share), list(pareto.revenue_share), pareto.top20_share
        )
        cohorts = figures.cohorts
        self.cohort_chart.set_data(list(cohorts.cohorts), list(cohorts.sizes), cohorts.retention)
        from ui.charts import FunnelBar

        self.funnel_chart.set_data(
            [
                FunnelBar(s.stage_id, s.name, s.deals, s.amount_cents, s.weighted_cents)
                for s in figures.funnel
            ],
            CURRENCY,
        )
        self._finished("figures")

    def _show_kpis(self, report: KpiReport) -> None:
        new_tiles = False
        for kpi in report.kpis:
            tile = self.tiles.get(kpi.key)
            if tile is None:
                tile = KpiTile(kpi.key, self.page)
                self.tiles[kpi.key] = tile
                new_tiles = True
            self._set_tile(tile, kpi, report)
        self._place_tiles(force=new_tiles)

    def _segments_ready(self, segments: Segments) -> None:
        from app.analytics.segments import SEGMENTS, segment_for
        from ui.charts import SegmentBar

        self.segments = segments
        total = sum(cents for _count, cents in segments.sizes.values()) or 1
        bars = []
        self.segment_table.setRowCount(0)
        for info in SEGMENTS:
            customers, cents = segments.sizes.get(info.code, (0, 0))
            bars.append(
                SegmentBar(
                    info.code,
                    analytics_text(info.name),
                    customers,
                    cents / total,
                    analytics_text(info.strategy),
                )
            )
        self.segment_chart.set_data(bars)
        self.grid_chart.set_data(
            segments.grid, lambda r, f: analytics_text(_segment_name(segment_for(r, f)))
        )
        table = self.segment_table
        table.setRowCount(len(SEGMENTS))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, (info, bar) in enumerate(zip(SEGMENTS, bars, strict=True)):
            cells = [
                QTableWidgetItem(bar.label),
                QTableWidgetItem(fmt.number(bar.customers)),
                QTableWidgetItem(share_text(bar.revenue_share)),
                QTableWidgetItem(bar.strategy),
                QTableWidgetItem(analytics_text(info.action)),
            ]
            cells[0].setData(Qt.ItemDataRole.UserRole, info.code)
            font = cells[0].font()
            font.setBold(True)
            cells[0].setFont(font)
            cells[1].setTextAlignment(right)
            cells[2].setTextAlignment(right)
            description = analytics_text(info.description)
            for column, item in enumerate(cells):
                item.setToolTip(description)
                table.setItem(row, column, item)
        self._fit_segment_table()
        customers = sum(count for count, _cents in segments.sizes.values())
        self.segments_note.setText(
            self.tr(
                "%Ln customer(s) with at least one order, scored as of %1.", "", customers
            ).replace("%1", fmt.date_text(segments.as_of))
        )
        self._finished("segments")

    def _lifetime_ready(self, lifetime: Lifetime) -> None:
        self.lifetime = lifetime
        if lifetime.error is not None:
            self._show_lifetime_error(lifetime.error)
        elif lifetime.clv is not None:
            rows = lifetime.clv.rows
            total = sum(row.predicted_value for row in rows)
            count = len(rows)
            active = sum(1 for row in rows if row.p_alive >= 0.5)
            self.lifetime_values["clvTotal"].setText(money_text(total * 100))
            self.lifetime_values["clvAverage"].setText(
                money_text(total * 100 / count) if count else "—"
            )
            self.lifetime_values["clvActive"].setText(
                percent_text(active / count) if count else "—"
            )
            self.lifetime_message.setText(
                self.tr(
                    "Predicted from each customer's purchase rhythm (BG/NBD and Gamma-Gamma "
                    "models), as of %1, with a monthly discount rate of 1 %."
                ).replace("%1", fmt.date_text(lifetime.as_of))
            )
            self.lifetime_message.setStyleSheet("")
            self.lifetime_figures.show()
        self._show_predicted()
        self._finished("lifetime")

    def _show_predicted(self) -> None:
        """The average predicted value tile, once both the KPIs and the fit are here."""
        report, lifetime = self.kpis, self.lifetime
        tile = self.tiles.get(PREDICTED_KPI)
        if report is None or lifetime is None or tile is None:
            return
        if lifetime.error is not None:
            self._show_lifetime_error(lifetime.error)
            return
        kpi = report.get(PREDICTED_KPI)
        if kpi.value is None and lifetime.average_predicted_cents is not None:
            kpi = replace(kpi, value=lifetime.average_predicted_cents)
        self._set_tile(tile, kpi, report)

    def _set_tile(self, tile: KpiTile, kpi: Kpi, report: KpiReport) -> None:
        from app.analytics.kpis import KPI_DEFINITIONS

        definition = next((d for d in KPI_DEFINITIONS if d.key == kpi.key), None)
        tile.set_kpi(
            kpi,
            report.previous_period,
            description=definition.description if definition else "",
            now=bool(definition and definition.now),
        )

    def _show_lifetime_error(self, error: BaseException) -> None:
        text = error_text(error)
        self.lifetime_figures.hide()
        self.lifetime_message.setText(text)
        self.lifetime_message.setStyleSheet(f"color: {BAD};")
        tile = self.tiles.get(PREDICTED_KPI)
        if tile is not None and self.kpis is not None:
            label = analytics_text(self.kpis.get(PREDICTED_KPI).label)
            tile.set_message(label, "—", self.tr("cannot be estimated"), text)

    def _smart_ready(self, smart: dict[str, list[str]]) -> None:
        from app.analytics.smart_lists import SMART_LISTS

        self.smart = smart
        names = {s.code: analytics_text(s.name) for s in SMART_LISTS}
        for code, ids in smart.items():
            button = self.smart_buttons.get(code)
            if button is None:
                continue
            button.setText(f"{names[code]}  ({fmt.number(len(ids))})")
            button.setEnabled(True)
            button.setProperty("count", len(ids))
        self._finished("smart")

    # -- drilling down ------------------------------------------------------------------

    def _request(self, ids: Sequence[str], title: str) -> None:
        self.customersRequested.emit(list(ids), title)

    def segment_ids(self, code: str) -> list[str]:
        if self.segments is None:
            return []
        return [row.contact_id for row in self.segments.rfm.rows if row.segment == code]

    def cell_ids(self, r: int, f: int) -> list[str]:
        if self.segments is None:
            return []
        return [
            row.contact_id
            for row in self.segments.rfm.rows
            if row.r_score == r and row.f_score == f
        ]

    @Slot(object)
    def _segment_clicked(self, code: object) -> None:
        code = str(code)
        self._request(
            self.segment_ids(code),
            self.tr("Segment: %1").replace("%1", analytics_text(_segment_name(code))),
        )

    def _segment_row_activated(self, row: int) -> None:
        item = self.segment_table.item(row, 0)
        if item is not None:
            self._segment_clicked(item.data(Qt.ItemDataRole.UserRole))

    @Slot(object)
    def _cell_clicked(self, cell: object) -> None:
        from app.analytics.segments import segment_for

        r, f = cell  # type: ignore[misc]
        name = analytics_text(_segment_name(segment_for(r, f)))
        self._request(
            self.cell_ids(r, f),
            self.tr("R%1 · F%2 (%3)")
            .replace("%1", str(r))
            .replace("%2", str(f))
            .replace("%3", name),
        )

    @Slot(object)
    def _month_clicked(self, month: object) -> None:
        from app.analytics.kpis import buyers_in_month

        assert isinstance(month, date)
        title = self.tr("Bought in %1").replace("%1", month_text(month))
        self.jobs.run(
            lambda _p, _c: buyers_in_month(self.db, month),
            label=title,
            on_success=lambda ids: self._request(ids, title),
        )

    @Slot(object)
    def _cohort_clicked(self, cohort: object) -> None:
        if self.figures is None:
            return
        assert isinstance(cohort, date)
        members = self.figures.cohorts.members.get(cohort, ())
        self._request(
            list(members), self.tr("First purchase in %1").replace("%1", month_text(cohort))
        )

    @Slot(object)
    def _stage_clicked(self, stage_id: object) -> None:
        if self.figures is None:
            return
        for stage in self.figures.funnel:
            if stage.stage_id == stage_id:
                self._request(
                    list(stage.contact_ids),
                    self.tr("Open deals at stage: %1").replace("%1", stage.name),
                )
                return

    @Slot(object)
    def _pareto_clicked(self, _item: object) -> None:
        if self.figures is None:
            return
        self._request(
            list(self.figures.pareto.top_ids()), self.tr("Top 20 % of customers by revenue")
        )

    def _smart_clicked(self, code: str) -> None:
        from app.analytics.smart_lists import SMART_LISTS

        ids: list[str] | None = None
        ids = self.smart.get(code)
        if ids is None:
            return
        name = next(analytics_text(s.name) for s in SMART_LISTS if s.code == code)
        self._request(ids, self.tr("Smart list: %1").replace("%1", name))

    # -- events -------------------------------------------------------------------------

    def _show_custom(self, shown: bool) -> None:
        for widget in (self.start_edit, self.dash_label, self.end_edit):
            widget.setVisible(shown)

    @Slot(int)
    def _period_changed(self, _index: int) -> None:
        key = self.period_key()
        self._show_custom(key == "custom")
        settings().setValue(PERIOD_KEY, key)
        self.refresh()

    @Slot()
    def _custom_changed(self) -> None:
        if self.period_key() == "custom":
            self._refresh_timer.start()


# -- the computations (run on a pool thread: no Qt here) ----------------------------------


def _segment_name(code: str) -> str:
    from app.analytics.segments import segment_info

    return segment_info(code).name


def compute_indicators(
    db: Database, period: Period, cache: AnalyticsCache, as_of: date
) -> KpiReport:
    """The period's key indicators (with the lifetime values if they are fitted already)."""
    from app.analytics.clv import ClvFitError
    from app.analytics.kpis import compute_kpis

    try:
        clv = cache.peek_clv(as_of)
    except ClvFitError:
        clv = None
    return compute_kpis(db, period, clv=clv)


def compute_figures(db: Database, period: Period, as_of: date) -> Figures:
    """The data of the revenue, Pareto, cohort and pipeline charts."""
    from app.analytics.kpis import (
        cohort_retention,
        pareto_curve,
        pipeline_funnel,
        revenue_by_month,
    )

    last = date(period.end.year, period.end.month, 1)
    first = date(period.start.year, period.start.month, 1)
    if len(_months_between(first, last)) < MIN_MONTHS:
        first = _add_months(last, -(MIN_MONTHS - 1))
    months = _months_between(first, last)
    monthly = revenue_by_month(db, _add_months(first, -12), period.end)
    revenue = {
        month: int(cents)
        for month, cents in zip(monthly.months, monthly.revenue_cents, strict=True)
    }
    cents = [revenue.get(month, 0) for month in months]
    previous: list[int | None] = [int(revenue.get(_add_months(m, -12), 0)) for m in months]
    in_period = [_add_months(month, 1) > period.start and month <= period.end for month in months]
    return Figures(
        period=period,
        months=months,
        cents=cents,
        previous=previous,
        in_period=in_period,
        pareto=pareto_curve(db, period),
        cohorts=cohort_retention(db, as_of, months=12),
        funnel=tuple(pipeline_funnel(db)),
    )


def compute_segments(db: Database, cache: AnalyticsCache, as_of: date, today: date) -> Segments:
    """The RFM table, its segment sizes and the R × F counts."""
    rfm = cache.rfm(as_of)
    grid = [[int(count) for count in row] for row in rfm.grid_counts()]
    return Segments(as_of=as_of, rfm=rfm, sizes=dict(rfm.segment_sizes()), grid=grid)


def compute_smart_lists(cache: AnalyticsCache, as_of: date, today: date) -> dict[str, list[str]]:
    """The contacts of every smart list (high potential from the lifetime values, if fitted)."""
    from app.analytics.clv import ClvFitError
    from app.analytics.smart_lists import HIGH_POTENTIAL, SMART_LISTS

    lists = {}
    for smart in SMART_LISTS:
        clv = None
        if smart.code == HIGH_POTENTIAL:
            try:
                clv = cache.clv(as_of)  # shared with the lifetime job: computed once
            except ClvFitError:
                clv = None  # the list falls back on the RFM segments
        lists[smart.code] = cache.smart_list_ids(smart.code, as_of, today=today, clv=clv)
    return lists


def compute_lifetime(
    db: Database,
    cache: AnalyticsCache,
    as_of: date,
    today: date,
    progress: Any = None,
    cancel: Any = None,
) -> Lifetime:
    """The lifetime-value fit and the indicator that uses it."""
    from app.analytics.clv import ClvFitError

    try:
        clv = cache.clv(as_of, progress=progress, cancel=cancel)
    except ClvFitError as error:
        return Lifetime(as_of=as_of, clv=None, error=error)
    return Lifetime(as_of=as_of, clv=clv, average_predicted_cents=average_predicted_cents(clv))


def average_predicted_cents(clv: ClvResult) -> float | None:
    """The mean predicted value of the customers, in cents, as ``compute_kpis`` defines it.

    Computed here from the fit, so the indicators need not be computed again when the fit
    arrives after them (a test checks both agree).
    """
    values = [float(row.predicted_value) for row in clv.rows]
    values = [value for value in values if math.isfinite(value)]
    return float(round(100.0 * sum(values) / len(values))) if values else None


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _mix(first: QColor, second: QColor, ratio: float) -> QColor:
    return QColor(
        round(first.red() + (second.red() - first.red()) * ratio),
        round(first.green() + (second.green() - first.green()) * ratio),
        round(first.blue() + (second.blue() - first.blue()) * ratio),
    )


__all__ = [
    "DashboardPane",
    "KpiTile",
    "PERIODS",
    "analytics_text",
    "compact_money",
    "kpi_value_text",
    "month_text",
    "percent_text",
    "period_for",
]
