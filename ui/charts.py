"""The dashboard's charts: matplotlib figures drawn inside the Qt window.

Every chart is a ``FigureCanvasQTAgg`` that takes plain values (``set_data``), draws them
with the Okabe–Ito palette (readable by colour-blind people), fonts of at least 9 points,
numbers, money and dates in the user's locale, on the background of the Qt palette.

A click on a bar, a cell or a segment emits ``clicked`` with what was clicked (a segment
code, an (r, f) cell, a month, a cohort, a stage id); :meth:`ChartCanvas.click_at` does the
same from data coordinates (tests, keyboard). Hovering shows what is under the pointer in a
tooltip and a pointing hand where a click leads somewhere.

PySide6 is imported before matplotlib, and the Qt Agg backend is used explicitly, so that
matplotlib never picks another Qt binding.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

# isort: split
# matplotlib after PySide6, so that its Qt backend uses this binding.
import numpy as np
from matplotlib.axes import Axes
from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ui import formatting as fmt
from ui.dashboard import compact_money, month_text, percent_text, share_text

#: The Okabe–Ito palette (Okabe & Ito 2008): distinguishable with every colour vision.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}
#: The order colours are handed out in (strongest contrast on a light background first).
SERIES = ("blue", "orange", "bluish_green", "vermillion", "reddish_purple", "sky_blue")
#: A sequential map from the background to Okabe–Ito blue: its lightness falls steadily,
#: so it reads the same in grey or to a colour-blind eye.
HEAT_MAP = LinearSegmentedColormap.from_list("comptoir_heat", ["#f2f7fb", "#9ccbe8", "#0072B2"])
#: The smallest font size used in a chart, in points.
MIN_POINTS = 9.0
#: Pareto curves and other long series are drawn with at most this many points.
MAX_CURVE_POINTS = 600


def _luminance(rgba: Sequence[float]) -> float:
    r, g, b = rgba[:3]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@dataclass(frozen=True)
class ChartStyle:
    """Colours and fonts of the charts, from the Qt palette and the application font."""

    background: str
    text: str
    muted: str
    grid: str
    font_family: str
    font_size: float

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartStyle:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = _mix(text, base, 0.4)
        grid = _mix(text, base, 0.88)
        font = QApplication.font()
        size = font.pointSizeF() if font.pointSizeF() > 0 else MIN_POINTS
        return cls(
            background=base.name(),
            text=text.name(),
            muted=muted.name(),
            grid=grid.name(),
            font_family=font.family(),
            font_size=max(MIN_POINTS, size),
        )


def _mix(first: QColor, second: QColor, ratio: float) -> QColor:
    return QColor(
        round(first.red() + (second.red() - first.red()) * ratio),
        round(first.green() + (second.green() - first.green()) * ratio),
        round(first.blue() + (second.blue() - first.blue()) * ratio),
    )


@cache
def _font_family(wanted: str) -> list[str]:
    """The Qt font first when matplotlib knows it, then DejaVu Sans (always there)."""
    from matplotlib import font_manager

    names = {entry.name for entry in font_manager.fontManager.ttflist}
    return [wanted, "DejaVu Sans"] if wanted in names else ["DejaVu Sans"]


class ChartCanvas(FigureCanvasQTAgg):
    """A chart in a Qt widget: data in, clicks out."""

    #: What the user clicked (its type depends on the chart).
    clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, height: int = 290) -> None:
        self.chart_style = ChartStyle.from_palette((parent or QApplication.instance()).palette())
        screen = QApplication.primaryScreen()
        dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
        figure = Figure(dpi=dpi, facecolor=self.chart_style.background)
        figure.set_layout_engine("constrained", h_pad=0.06, w_pad=0.06)
        super().__init__(figure)
        self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(height)
        self.setMinimumWidth(280)
        self.setAutoFillBackground(False)
        self.ax: Axes = figure.add_subplot()
        #: How many times the figure was drawn (benchmarks and tests).
        self.draws = 0
        self._has_data = False
        self._hover: Any = None
        self.mpl_connect("button_press_event", self._pressed)
        self.mpl_connect("motion_notify_event", self._moved)
        self.mpl_connect("figure_leave_event", self._left)
        self.show_message(QCoreApplication.translate("charts", "Computing…"))

    # -- Qt -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(520, self.height())

    def wheelEvent(self, event: QWheelEvent) -> None:
        # The wheel scrolls the dashboard, not the chart.
        event.ignore()

    def draw(self) -> None:
        super().draw()
        self.draws += 1

    # -- drawing ------------------------------------------------------------------------

    def _fonts(self) -> dict[str, Any]:
        return {
            "family": _font_family(self.chart_style.font_family),
            "size": self.chart_style.font_size,
        }

    def _reset(self) -> Axes:
        """A fresh, styled axes."""
        self.figure.clear()
        ax = self.figure.add_subplot()
        self.ax = ax
        ax.set_facecolor(self.chart_style.background)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        for side in ("left", "bottom"):
            ax.spines[side].set_color(self.chart_style.grid)
        fonts = self._fonts()
        ax.tick_params(
            colors=self.chart_style.muted,
            labelcolor=self.chart_style.text,
            labelsize=fonts["size"],
            length=3,
        )
        for label in (ax.xaxis.label, ax.yaxis.label):
            label.set_fontsize(fonts["size"])
            label.set_color(self.chart_style.muted)
            label.set_fontfamily(fonts["family"])
        return ax

    def _text_kw(self, **extra: Any) -> dict[str, Any]:
        values = {
            "fontsize": self.chart_style.font_size,
            "fontfamily": _font_family(self.chart_style.font_family),
            "color": self.chart_style.text,
        }
        values.update(extra)
        return values

    def _finish(self, ax: Axes) -> None:
        fonts = _font_family(self.chart_style.font_family)
        for label in (*ax.get_xticklabels(), *ax.get_yticklabels()):
            label.set_fontfamily(fonts)
        self._has_data = True
        self.draw_idle()

    def show_message(self, text: str) -> None:
        """A message instead of the chart: "Computing…", "No orders in this period."…"""
        self._has_data = False
        self.figure.clear()
        ax = self.figure.add_subplot()
        self.ax = ax
        ax.set_axis_off()
        ax.text(
            0.5,
            0.5,
            text,
            ha="center",
            va="center",
            wrap=True,
            transform=ax.transAxes,
            **self._text_kw(color=self.chart_style.muted),
        )
        self.draw_idle()

    def message(self) -> str | None:
        """The message shown instead of the chart, if any."""
        if self._has_data:
            return None
        texts = self.ax.texts
        return texts[0].get_text() if texts else None

    # -- clicks and hovering ------------------------------------------------------------

    def item_at(self, x: float, y: float) -> Any:
        """What is drawn at data coordinates (x, y), or None. Charts override this."""
        return None

    def describe(self, item: Any) -> str:
        """The tooltip of an item."""
        return ""

    def click_at(self, x: float, y: float) -> Any:
        """Act as if the user clicked at data coordinates (x, y); returns what was hit."""
        if not self._has_data:
            return None
        item = self.item_at(x, y)
        if item is not None:
            self.clicked.emit(item)
        return item

    def _pressed(self, event: MouseEvent) -> None:
        if event.button != 1 or event.inaxes is not self.ax or event.xdata is None:
            return
        self.click_at(float(event.xdata), float(event.ydata))

    def _moved(self, event: MouseEvent) -> None:
        item = None
        if self._has_data and event.inaxes is self.ax and event.xdata is not None:
            item = self.item_at(float(event.xdata), float(event.ydata))
        if item == self._hover:
            return
        self._hover = item
        if item is None:
            self.unsetCursor()
            QToolTip.hideText()
            self.setToolTip("")
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        tip = self.describe(item)
        self.setToolTip(tip)
        if event.guiEvent is not None:
            QToolTip.showText(event.guiEvent.globalPosition().toPoint(), tip, self)

    def _left(self, _event: object) -> None:
        self._hover = None
        self.unsetCursor()


# -- revenue by month ---------------------------------------------------------------------


class RevenueChart(ChartCanvas):
    """Revenue per month as bars, the same months a year earlier as a line.

    Clicking a month emits its first day (a ``date``).
    """

    def set_data(
        self,
        months: Sequence[date],
        cents: Sequence[int],
        previous: Sequence[int | None] | None = None,
        in_period: Sequence[bool] | None = None,
        currency: str = "EUR",
    ) -> None:
        self.months = list(months)
        self.cents = [int(c) for c in cents]
        self.previous = list(previous) if previous is not None else None
        self.currency = currency
        if not self.months or not any(self.cents):
            self.show_message(QCoreApplication.translate("charts", "No sales in this period."))
            return
        ax = self._reset()
        inside = list(in_period) if in_period is not None else [True] * len(self.months)
        colors = [OKABE_ITO["blue"] if flag else "#a9d0ea" for flag in inside]
        positions = np.arange(len(self.months))
        ax.bar(
            positions,
            [c / 100 for c in self.cents],
            width=0.72,
            color=colors,
            zorder=2,
            label=QCoreApplication.translate("charts", "Revenue"),
        )
        handles = []
        if self.previous is not None and any(p for p in self.previous):
            values = [np.nan if p is None else p / 100 for p in self.previous]
            (line,) = ax.plot(
                positions,
                values,
                color=OKABE_ITO["orange"],
                marker="o",
                markersize=3.5,
                linewidth=1.8,
                zorder=3,
                label=QCoreApplication.translate("charts", "A year earlier"),
            )
            handles.append(line)
        ax.yaxis.set_major_formatter(
            FuncFormatter(lambda value, _pos: compact_money(value, currency))
        )
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5, min_n_ticks=3))
        ax.grid(axis="y", color=self.chart_style.grid, linewidth=0.8, zorder=0)
        step = max(1, math.ceil(len(self.months) / 12))
        ticks = positions[::step]
        ax.set_xticks(ticks)
        ax.set_xticklabels([month_text(self.months[i], short=True) for i in ticks])
        ax.set_xlim(-0.6, len(self.months) - 0.4)
        ax.margins(y=0.08)
        if handles:
            bar_patch = ax.patches[0]
            ax.legend(
                [bar_patch, *handles],
                [
                    QCoreApplication.translate("charts", "Revenue"),
                    QCoreApplication.translate("charts", "A year earlier"),
                ],
                loc="upper left",
                frameon=False,
                fontsize=self.chart_style.font_size,
                labelcolor=self.chart_style.text,
                ncols=2,
                bbox_to_anchor=(0, 1.14),
                borderaxespad=0,
            )
        self._finish(ax)

    def item_at(self, x: float, y: float) -> date | None:
        index = round(x)
        if 0 <= index < len(self.months) and abs(x - index) <= 0.45:
            return self.months[index]
        return None

    def describe(self, item: Any) -> str:
        index = self.months.index(item)
        text = f"{month_text(item)} : {fmt.money(self.cents[index], self.currency)}"
        if QLocale().language() != QLocale.Language.French:
            text = text.replace(" :", ":")
        if self.previous is not None and self.previous[index] is not None:
            text += "\n" + QCoreApplication.translate("charts", "A year earlier: %1").replace(
                "%1", fmt.money(int(self.previous[index] or 0), self.currency)
            )
        return (
            text
            + "\n"
            + QCoreApplication.translate("charts", "Click to list the buyers of this month.")
        )


# -- RFM segment sizes --------------------------------------------------------------------


@dataclass(frozen=True)
class SegmentBar:
    code: str
    label: str
    customers: int
    revenue_share: float
    #: The strategy's label (bars of one strategy share a colour).
    strategy: str


class SegmentChart(ChartCanvas):
    """Customers per RFM segment, with each segment's share of revenue.

    Clicking a segment emits its code.
    """

    def set_data(self, bars: Sequence[SegmentBar]) -> None:
        self.bars = list(bars)
        if not self.bars or not any(b.customers for b in self.bars):
            self.show_message(QCoreApplication.translate("charts", "No customers with orders yet."))
            return
        ax = self._reset()
        strategies: dict[str, str] = {}
        for bar in self.bars:
            if bar.strategy not in strategies:
                strategies[bar.strategy] = OKABE_ITO[SERIES[len(strategies) % len(SERIES)]]
        positions = np.arange(len(self.bars))[::-1]
        counts = [b.customers for b in self.bars]
        ax.barh(
            positions,
            counts,
            height=0.68,
            color=[strategies[b.strategy] for b in self.bars],
            zorder=2,
        )
        top = max(counts)
        for position, bar in zip(positions, self.bars, strict=True):
            ax.text(
                bar.customers + top * 0.015,
                position,
                QCoreApplication.translate("charts", "%1 · %2 of revenue")
                .replace("%1", fmt.number(bar.customers))
                .replace("%2", share_text(bar.revenue_share)),
                va="center",
                ha="left",
                **self._text_kw(),
            )
        ax.set_yticks(positions)
        ax.set_yticklabels([b.label for b in self.bars])
        ax.set_xlim(0, top * 1.62)
        ax.set_ylim(-0.6, len(self.bars) - 0.4)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt.number(v)))
        ax.grid(axis="x", color=self.chart_style.grid, linewidth=0.8, zorder=0)
        ax.tick_params(axis="y", length=0)
        handles = [Patch(color=color, label=name) for name, color in strategies.items()]
        ax.legend(
            handles=handles,
            loc="upper center",
            bbox_to_anchor=(0.5, -0.1),
            ncols=len(handles),
            frameon=False,
            fontsize=self.chart_style.font_size,
            labelcolor=self.chart_style.text,
            handlelength=1.0,
            columnspacing=1.2,
            borderaxespad=0,
        )
        self._finish(ax)

    def _index(self, y: float) -> int | None:
        row = round(y)
        index = len(self.bars) - 1 - row
        if 0 <= index < len(self.bars) and abs(y - row) <= 0.45:
            return index
        return None

    def item_at(self, x: float, y: float) -> str | None:
        index = self._index(y)
        if index is None or x < 0:
            return None
        return self.bars[index].code

    def describe(self, item: Any) -> str:
        bar = next(b for b in self.bars if b.code == item)
        return "\n".join(
            (
                bar.label,
                QCoreApplication.translate(
                    "charts", "%Ln customer(s), %1 of revenue", None, bar.customers
                ).replace("%1", share_text(bar.revenue_share)),
                QCoreApplication.translate("charts", "Strategy: %1").replace("%1", bar.strategy),
                QCoreApplication.translate("charts", "Click to list these customers."),
            )
        )


# -- R × F grid ---------------------------------------------------------------------------


class RfGridChart(ChartCanvas):
    """The 5 × 5 grid of recency and frequency scores, with the customers in each cell.

    Recency runs up (5, the most recent, at the top), frequency to the right. Thick lines
    separate the segments. Clicking a cell emits ``(r, f)``.
    """

    def set_data(
        self, counts: Sequence[Sequence[int]], segment_of: Callable[[int, int], str]
    ) -> None:
        """``counts[r - 1][f - 1]`` customers; ``segment_of(r, f)`` a segment's label."""
        grid = np.asarray(counts, dtype=float).reshape(5, 5)
        self.counts = grid.astype(int)
        self.segment_of = segment_of
        if not grid.sum():
            self.show_message(QCoreApplication.translate("charts", "No customers with orders yet."))
            return
        ax = self._reset()
        image = ax.imshow(
            grid,
            origin="lower",
            cmap=HEAT_MAP,
            extent=(0.5, 5.5, 0.5, 5.5),
            aspect="auto",
            vmin=0,
            vmax=max(1.0, grid.max()),
            zorder=1,
        )
        for r in range(1, 6):
            for f in range(1, 6):
                value = int(self.counts[r - 1][f - 1])
                color = image.cmap(image.norm(value))
                dark = _luminance(color) < 0.5
                ax.text(
                    f,
                    r,
                    fmt.number(value),
                    ha="center",
                    va="center",
                    zorder=3,
                    **self._text_kw(color="white" if dark else "#1b1b1b", fontweight="bold"),
                )
        # Segment borders: between two cells of different segments.
        for r in range(1, 6):
            for f in range(1, 6):
                here = segment_of(r, f)
                if f < 5 and segment_of(r, f + 1) != here:
                    ax.plot([f + 0.5, f + 0.5], [r - 0.5, r + 0.5], color="white", lw=3, zorder=2)
                if r < 5 and segment_of(r + 1, f) != here:
                    ax.plot([f - 0.5, f + 0.5], [r + 0.5, r + 0.5], color="white", lw=3, zorder=2)
        ax.set_xticks(range(1, 6))
        ax.set_yticks(range(1, 6))
        ax.set_xticklabels([f"F{f}" for f in range(1, 6)])
        ax.set_yticklabels([f"R{r}" for r in range(1, 6)])
        ax.set_xlim(0.5, 5.5)
        ax.set_ylim(0.5, 5.5)
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.set_xlabel(QCoreApplication.translate("charts", "Frequency score (5 = most orders)"))
        ax.set_ylabel(QCoreApplication.translate("charts", "Recency score (5 = most recent)"))
        self._finish(ax)

    def item_at(self, x: float, y: float) -> tuple[int, int] | None:
        f, r = round(x), round(y)
        if 1 <= r <= 5 and 1 <= f <= 5:
            return (r, f)
        return None

    def describe(self, item: Any) -> str:
        r, f = item
        return "\n".join(
            (
                f"R{r} · F{f} — {self.segment_of(r, f)}",
                QCoreApplication.translate(
                    "charts", "%Ln customer(s)", None, int(self.counts[r - 1][f - 1])
                ),
                QCoreApplication.translate("charts", "Click to list these customers."),
            )
        )


# -- Pareto -------------------------------------------------------------------------------

#: What a click on the Pareto chart asks for.
TOP_20 = "top20"


class ParetoChart(ChartCanvas):
    """The share of revenue made by the best customers (the 80/20 view).

    Clicking the chart emits ``TOP_20``: the best 20 % of the customers.
    """

    def set_data(
        self,
        customer_share: Sequence[float],
        revenue_share: Sequence[float],
        top20_share: float | None,
    ) -> None:
        x = np.asarray(customer_share, dtype=float)
        y = np.asarray(revenue_share, dtype=float)
        self.top20_share = top20_share
        if x.size < 2 or top20_share is None or not np.isfinite(top20_share):
            self.show_message(QCoreApplication.translate("charts", "No sales in this period."))
            return
        if x[0] > 0:
            x, y = np.concatenate(([0.0], x)), np.concatenate(([0.0], y))
        if x.size > MAX_CURVE_POINTS:
            keep = np.unique(np.linspace(0, x.size - 1, MAX_CURVE_POINTS).round().astype(int))
            x, y = x[keep], y[keep]
        ax = self._reset()
        ax.plot(
            [0, 1], [0, 1], color=self.chart_style.grid, linestyle="--", linewidth=1.2, zorder=1
        )
        inside = x <= 0.2 + 1e-9
        ax.fill_between(
            np.append(x[inside], 0.2),
            np.append(y[inside], top20_share),
            color=OKABE_ITO["sky_blue"],
            alpha=0.35,
            linewidth=0,
            zorder=1,
        )
        ax.plot(x, y, color=OKABE_ITO["blue"], linewidth=2.2, zorder=3)
        ax.plot([0.2, 0.2], [0, top20_share], color=OKABE_ITO["vermillion"], lw=1.4, ls=":")
        ax.plot([0, 0.2], [top20_share, top20_share], color=OKABE_ITO["vermillion"], lw=1.4, ls=":")
        ax.plot([0.2], [top20_share], "o", color=OKABE_ITO["vermillion"], markersize=6, zorder=4)
        ax.annotate(
            QCoreApplication.translate(
                "charts", "The best 20 % of customers\nmake %1 of revenue"
            ).replace("%1", percent_text(top20_share)),
            xy=(0.2, top20_share),
            xytext=(0.3, max(0.08, top20_share - 0.32)),
            arrowprops={"arrowstyle": "-", "color": self.chart_style.muted, "lw": 0.8},
            va="center",
            **self._text_kw(),
        )
        formatter = FuncFormatter(lambda v, _p: percent_text(v))
        ax.xaxis.set_major_formatter(formatter)
        ax.yaxis.set_major_formatter(formatter)
        ax.set_xticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
        ax.set_yticks([0, 0.25, 0.5, 0.75, 1.0])
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1.02)
        ax.grid(color=self.chart_style.grid, linewidth=0.8, zorder=0)
        ax.set_xlabel(QCoreApplication.translate("charts", "Share of customers, best first"))
        ax.set_ylabel(QCoreApplication.translate("charts", "Share of revenue"))
        self._finish(ax)

    def item_at(self, x: float, y: float) -> str | None:
        return TOP_20 if 0 <= x <= 1 else None

    def describe(self, item: Any) -> str:
        return QCoreApplication.translate("charts", "Click to list the best 20 % of customers.")


# -- cohort retention ---------------------------------------------------------------------


class CohortChart(ChartCanvas):
    """Monthly cohorts (month of the first purchase) and the share buying again each month.

    Cells not reached yet are blank. Clicking a row emits the cohort's month (a ``date``).
    """

    def __init__(self, parent: QWidget | None = None, *, height: int = 360) -> None:
        super().__init__(parent, height=height)

    def set_data(
        self, cohorts: Sequence[date], sizes: Sequence[int], retention: Sequence[Sequence[float]]
    ) -> None:
        self.cohorts = list(cohorts)
        self.sizes = [int(s) for s in sizes]
        values = np.asarray(retention, dtype=float)
        if not self.cohorts or values.size == 0 or not any(self.sizes):
            self.show_message(
                QCoreApplication.translate("charts", "No first purchases in these months.")
            )
            return
        values = values.reshape(len(self.cohorts), -1)
        self.retention = values
        rows, columns = values.shape
        ax = self._reset()
        # Month 0 is 100 % by definition: drawn neutral, so the colours show the later
        # months, scaled to their own highest share.
        shown = np.ma.masked_invalid(values)
        shown[:, 0] = np.ma.masked
        later = values[:, 1:]
        top = float(np.nanmax(later)) if later.size and np.isfinite(later).any() else 0.0
        cmap = HEAT_MAP.with_extremes(bad=self.chart_style.background)
        image = ax.imshow(
            shown,
            cmap=cmap,
            vmin=0,
            vmax=max(0.05, top),
            aspect="auto",
            interpolation="nearest",
            zorder=1,
        )
        for row in range(rows):
            if np.isfinite(values[row, 0]):
                ax.add_patch(
                    Rectangle(
                        (-0.5, row - 0.5), 1, 1, color=self.chart_style.grid, linewidth=0, zorder=1
                    )
                )
        for row in range(rows):
            for column in range(columns):
                value = values[row, column]
                if not np.isfinite(value):
                    continue
                if column == 0 or value == 0:
                    color = self.chart_style.muted
                else:
                    dark = _luminance(image.cmap(image.norm(value))) < 0.5
                    color = "white" if dark else "#1b1b1b"
                ax.text(
                    column,
                    row,
                    percent_text(value),
                    ha="center",
                    va="center",
                    zorder=2,
                    **self._text_kw(color=color),
                )
        ax.set_xticks(range(columns))
        ax.set_xticklabels([str(c) for c in range(columns)])
        ax.set_yticks(range(rows))
        ax.set_yticklabels(
            [
                f"{month_text(cohort, medium=True)} ({fmt.number(size)})"
                for cohort, size in zip(self.cohorts, self.sizes, strict=True)
            ]
        )
        ax.tick_params(length=0)
        ax.xaxis.set_ticks_position("top")
        ax.xaxis.set_label_position("top")
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.set_xlabel(QCoreApplication.translate("charts", "Months since the first purchase"))
        self._finish(ax)

    def item_at(self, x: float, y: float) -> date | None:
        row = round(y)
        if 0 <= row < len(self.cohorts) and -0.5 <= x <= self.retention.shape[1] - 0.5:
            return self.cohorts[row]
        return None

    def describe(self, item: Any) -> str:
        index = self.cohorts.index(item)
        return "\n".join(
            (
                QCoreApplication.translate(
                    "charts", "First purchase in %1: %Ln customer(s)", None, self.sizes[index]
                ).replace("%1", month_text(item)),
                QCoreApplication.translate("charts", "Click to list them."),
            )
        )


# -- pipeline funnel ----------------------------------------------------------------------


@dataclass(frozen=True)
class FunnelBar:
    stage_id: str
    name: str
    deals: int
    amount_cents: int
    weighted_cents: int


class FunnelChart(ChartCanvas):
    """Open deals per pipeline stage, as a funnel: width is the amount at stake.

    Clicking a stage emits its id.
    """

    def set_data(self, stages: Sequence[FunnelBar], currency: str = "EUR") -> None:
        self.stages = list(stages)
        self.currency = currency
        if not self.stages or not any(s.deals for s in self.stages):
            self.show_message(QCoreApplication.translate("charts", "No open deals."))
            return
        ax = self._reset()
        by_amount = any(s.amount_cents for s in self.stages)
        widths = [s.amount_cents / 100 if by_amount else s.deals for s in self.stages]
        top = max(widths) or 1
        positions = np.arange(len(self.stages))[::-1]
        colors = [OKABE_ITO["sky_blue"], "#8fcdee"]
        for index, (position, width) in enumerate(zip(positions, widths, strict=True)):
            shown = max(width, top * 0.02)
            ax.barh(
                position,
                shown,
                left=(top - shown) / 2,
                height=0.74,
                color=colors[index % 2],
                zorder=2,
            )
        for position, stage in zip(positions, self.stages, strict=True):
            text = QCoreApplication.translate("charts", "%Ln deal(s)", None, stage.deals)
            if by_amount:
                text += " · " + compact_money(stage.amount_cents / 100, currency)
            ax.text(top / 2, position, text, ha="center", va="center", zorder=3, **self._text_kw())
        ax.set_yticks(positions)
        ax.set_yticklabels([s.name for s in self.stages])
        ax.set_xlim(0, top)
        ax.set_ylim(-0.6, len(self.stages) - 0.4)
        ax.tick_params(axis="y", length=0)
        ax.set_xticks([])
        for spine in ax.spines.values():
            spine.set_visible(False)
        self._finish(ax)

    def item_at(self, x: float, y: float) -> str | None:
        row = round(y)
        index = len(self.stages) - 1 - row
        if 0 <= index < len(self.stages) and abs(y - row) <= 0.45:
            return self.stages[index].stage_id
        return None

    def describe(self, item: Any) -> str:
        stage = next(s for s in self.stages if s.stage_id == item)
        return "\n".join(
            (
                stage.name,
                QCoreApplication.translate("charts", "%Ln open deal(s)", None, stage.deals),
                QCoreApplication.translate("charts", "Amount: %1").replace(
                    "%1", fmt.money(stage.amount_cents, self.currency)
                ),
                QCoreApplication.translate("charts", "Weighted by probability: %1").replace(
                    "%1", fmt.money(stage.weighted_cents, self.currency)
                ),
                QCoreApplication.translate("charts", "Click to list these contacts."),
            )
        )


def month_tick_dates(start: date, count: int) -> list[date]:
    """``count`` first days of months from ``start``'s month."""
    months = []
    year, month = start.year, start.month
    for _ in range(count):
        months.append(date(year, month, 1))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return months


def qdate_of(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


__all__ = [
    "HEAT_MAP",
    "OKABE_ITO",
    "TOP_20",
    "ChartCanvas",
    "ChartStyle",
    "CohortChart",
    "FunnelBar",
    "FunnelChart",
    "ParetoChart",
    "RevenueChart",
    "RfGridChart",
    "SegmentBar",
    "SegmentChart",
    "month_tick_dates",
]
