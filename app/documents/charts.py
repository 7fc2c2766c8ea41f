"""Charts drawn with reportlab's own graphics: vector shapes in the PDF, the same fonts.

Why not matplotlib: its PDF or SVG output would have to be re-imported (svglib, pdfrw)
and brings its own fonts; drawing the few chart kinds the documents need directly keeps
them sharp at any zoom, small, and in the document's typeface, with no extra dependency.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from app.documents.render import ACCENT, FONT, FONT_BOLD, INK, MUTED, RULE, SERIES, WIDTH

Format = Callable[[float], str]


def nice_ticks(top: float, count: int = 4) -> list[float]:
    """Round tick values from 0 to at least ``top`` (about ``count`` steps)."""
    if top <= 0 or not math.isfinite(top):
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    ticks = [0.0]
    while ticks[-1] < top - 1e-9:
        ticks.append(ticks[-1] + step)
    return ticks


def _fit(label: str, width: float, size: float) -> str:
    """The label, shortened with an ellipsis to fit ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(label, FONT, size) <= width:
        return label
    while label and stringWidth(label + "…", FONT, size) > width:
        label = label[:-1]
    return label + "…"


def column_chart(
    labels: Sequence[str],
    values: Sequence[float],
    axis_format: Format,
    *,
    previous: Sequence[float | None] | None = None,
    dimmed: Sequence[bool] | None = None,
    legend: tuple[str, str] | None = None,
    width: float = WIDTH,
    height: float = 150,
) -> Drawing:
    """Columns (one per label), optionally with a line of the previous values.

    ``dimmed`` columns are drawn lighter (the months outside the period).
    """
    drawing = _drawing(width, height)
    left, bottom, top_pad = 52.0, 26.0, 16.0 if legend else 6.0
    plot_w, plot_h = width - left - 6, height - bottom - top_pad
    candidates = [v for v in values if v is not None] + [
        v for v in (previous or ()) if v is not None
    ]
    high = max([0.0, *candidates])
    low = min([0.0, *candidates])
    ticks = nice_ticks(high)
    span = (ticks[-1] - min(low, 0.0)) or 1.0
    base_y = bottom + plot_h * (-min(low, 0.0) / span)

    def y_of(value: float) -> float:
        return base_y + plot_h * value / span

    for tick in ticks:
        y = y_of(tick)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(
            String(
                left - 4,
                y - 2.5,
                axis_format(tick),
                fontName=FONT,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    n = max(1, len(values))
    slot = plot_w / n
    bar = slot * 0.62
    every = max(1, math.ceil(n / 12))
    for i, value in enumerate(values):
        x = left + i * slot + (slot - bar) / 2
        y0, y1 = y_of(0), y_of(value or 0)
        colour = SERIES[1] if dimmed and dimmed[i] else SERIES[0]
        drawing.add(Rect(x, min(y0, y1), bar, abs(y1 - y0), fillColor=colour, strokeColor=None))
        if i % every == 0:
            drawing.add(
                String(
                    left + i * slot + slot / 2,
                    bottom - 10,
                    _fit(labels[i], slot * every, 6.5),
                    fontName=FONT,
                    fontSize=6.5,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
    drawing.add(Line(left, y_of(0), left + plot_w, y_of(0), strokeColor=MUTED, strokeWidth=0.6))
    if previous is not None:
        points: list[float] = []
        for i, value in enumerate(previous):
            if value is None:
                continue
            points.extend((left + i * slot + slot / 2, y_of(value)))
        if len(points) >= 4:
            drawing.add(PolyLine(points, strokeColor=SERIES[2], strokeWidth=1.2))
        for j in range(0, len(points), 2):
            drawing.add(
                Circle(points[j], points[j + 1], 1.6, fillColor=SERIES[2], strokeColor=None)
            )
    if legend:
        x = left
        for label, colour, kind in (
            (legend[0], SERIES[0], "box"),
            (legend[1], SERIES[2], "line"),
        ):
            if not label:
                continue
            y = height - 9
            if kind == "box":
                drawing.add(Rect(x, y - 1, 7, 7, fillColor=colour, strokeColor=None))
            else:
                drawing.add(Line(x, y + 2.5, x + 9, y + 2.5, strokeColor=colour, strokeWidth=1.2))
                drawing.add(Circle(x + 4.5, y + 2.5, 1.6, fillColor=colour, strokeColor=None))
            drawing.add(String(x + 12, y, label, fontName=FONT, fontSize=7, fillColor=INK))
            from reportlab.pdfbase.pdfmetrics import stringWidth

            x += 24 + stringWidth(label, FONT, 7)
    return drawing


def bar_list(
    rows: Sequence[tuple[str, float, str]],
    *,
    width: float = WIDTH,
    label_width: float = 120,
    row_height: float = 14,
    colour: colors.Color = ACCENT,
) -> Drawing:
    """Horizontal bars: (label, value, value shown) per row, longest bar = biggest value."""
    height = row_height * max(1, len(rows)) + 4
    drawing = _drawing(width, height)
    value_width = 78.0
    plot_w = width - label_width - value_width - 8
    high = max([v for _l, v, _t in rows] + [0.0]) or 1.0
    for i, (label, value, shown) in enumerate(rows):
        y = height - (i + 1) * row_height + 2
        drawing.add(
            String(
                label_width - 4,
                y + 2.5,
                _fit(label, label_width - 6, 7.5),
                fontName=FONT,
                fontSize=7.5,
                fillColor=INK,
                textAnchor="end",
            )
        )
        length = max(0.0, plot_w * value / high)
        drawing.add(
            Rect(
                label_width,
                y,
                plot_w,
                row_height - 5,
                fillColor=colors.HexColor("#eef2f6"),
                strokeColor=None,
            )
        )
        if length:
            drawing.add(
                Rect(label_width, y, length, row_height - 5, fillColor=colour, strokeColor=None)
            )
        drawing.add(
            String(
                label_width + plot_w + 6, y + 2.5, shown, fontName=FONT, fontSize=7.5, fillColor=INK
            )
        )
    return drawing


def heat_grid(
    counts: Sequence[Sequence[int]],
    names: Callable[[int, int], str],
    count_format: Format,
    *,
    column_title: str,
    width: float = WIDTH * 0.5,
    height: float = 150,
) -> Drawing:
    """The R × F grid: ``counts[r - 1][f - 1]`` customers, darker for more, R5 on top."""
    drawing = _drawing(width, height)
    left, bottom = 24.0, 22.0
    cell_w = (width - left - 2) / 5
    cell_h = (height - bottom - 2) / 5
    high = max((max(row) for row in counts), default=0) or 1
    for r in range(1, 6):
        for f in range(1, 6):
            count = counts[r - 1][f - 1]
            share = count / high
            fill = _blend(colors.HexColor("#f2f5f9"), ACCENT, 0.12 + 0.88 * share)
            x = left + (f - 1) * cell_w
            y = bottom + (r - 1) * cell_h
            drawing.add(Rect(x, y, cell_w - 1.5, cell_h - 1.5, fillColor=fill, strokeColor=None))
            ink = colors.white if share > 0.45 else INK
            drawing.add(
                String(
                    x + cell_w / 2,
                    y + cell_h / 2 + 1,
                    count_format(count),
                    fontName=FONT_BOLD,
                    fontSize=7.5,
                    fillColor=ink,
                    textAnchor="middle",
                )
            )
            drawing.add(
                String(
                    x + cell_w / 2,
                    y + cell_h / 2 - 8,
                    _fit(names(r, f), cell_w - 4, 5.5),
                    fontName=FONT,
                    fontSize=5.5,
                    fillColor=ink,
                    textAnchor="middle",
                )
            )
        drawing.add(
            String(
                left - 4,
                bottom + (r - 1) * cell_h + cell_h / 2 - 2,
                f"R{r}",
                fontName=FONT,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    for f in range(1, 6):
        drawing.add(
            String(
                left + (f - 1) * cell_w + cell_w / 2,
                bottom - 9,
                f"F{f}",
                fontName=FONT,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    drawing.add(
        String(
            left + 2.5 * cell_w,
            2,
            column_title,
            fontName=FONT,
            fontSize=6.5,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    return drawing


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # The renderer sets this font first: ours, so that no standard font enters the file.
    drawing.initialFontName = FONT
    return drawing


def _blend(first: colors.Color, second: colors.Color, ratio: float) -> colors.Color:
    ratio = min(1.0, max(0.0, ratio))
    return colors.Color(
        first.red + (second.red - first.red) * ratio,
        first.green + (second.green - first.green) * ratio,
        first.blue + (second.blue - first.blue) * ratio,
    )


__all__ = ["bar_list", "column_chart", "heat_grid", "nice_ticks"]
