"""The shared layer of every PDF: fonts, styles, the A4 page, formatting, translation.

- Fonts: DejaVu Sans (bundled in ``resources/fonts`` with its licence), embedded and
  subset by reportlab, so every accent and the euro sign print on any machine.
- Page: A4 portrait, a header (who prints, what the document is), a footer with the date
  and "Page 1 / 3" (the total is known once every page is laid out: the canvas keeps the
  pages and numbers them when saving), title and author in the PDF metadata.
- Texts: English, marked with ``QT_TRANSLATE_NOOP``; a :class:`Texts` turns them into the
  user's language through the ``translate(context, text)`` callable the caller hands in
  (the GUI gives Qt's, the CLI none: English). Numbers, money, dates and percentages
  follow the user's locale through babel.
- Output: written to a temporary file beside the target and moved in place, so a failure
  never leaves half a PDF; a file that cannot be written is the world's fault
  (``UserError``).

No Qt here; reportlab is imported by this module, which the documents import lazily.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.errors import QT_TRANSLATE_NOOP, UserError

CONTEXT = "documents"
FONT = "ComptoirSans"
FONT_BOLD = "ComptoirSans-Bold"
FONT_ITALIC = "ComptoirSans-Oblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
}
_fonts_lock = threading.Lock()
_fonts_ready = False

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
TOP = 24 * mm
BOTTOM = 18 * mm
#: The width of the text frame.
WIDTH = PAGE_WIDTH - 2 * MARGIN

# A sober palette: ink, a deep blue accent, greys; Okabe–Ito for the charts.
INK = colors.HexColor("#1d2733")
ACCENT = colors.HexColor("#1f4e79")
ACCENT_LIGHT = colors.HexColor("#e8eef5")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c9d1db")
ZEBRA = colors.HexColor("#f5f7fa")
GOOD = colors.HexColor("#00795a")
BAD = colors.HexColor("#b84a00")
SERIES = (
    colors.HexColor("#1f4e79"),
    colors.HexColor("#9fb7cf"),
    colors.HexColor("#e69f00"),
    colors.HexColor("#009e73"),
    colors.HexColor("#cc79a7"),
)

MSG_WRITE = QT_TRANSLATE_NOOP("errors", "The file {path} cannot be written ({detail}).")
MSG_NOT_PDF = QT_TRANSLATE_NOOP("errors", "The document must be saved as a .pdf file: {path}")

PAGE_OF = QT_TRANSLATE_NOOP("documents", "Page {page} / {pages}")
PRINTED_ON = QT_TRANSLATE_NOOP("documents", "Printed on {date}")

Translate = Callable[[str, str], str]


def english(context: str, text: str) -> str:
    """The translator of the CLI and the tests: the English source text."""
    return text


# -- fonts ------------------------------------------------------------------------------


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (once per process)."""
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        folder = resources.files("resources") / "fonts"
        for name, filename in _FONT_FILES.items():
            with resources.as_file(folder / filename) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
        )
        _fonts_ready = True


# -- texts and formats ------------------------------------------------------------------


@dataclass(frozen=True)
class Texts:
    """Translation and locale formatting for one document.

    ``translate(context, text)`` gives a marked English text in the user's language;
    ``locale`` is a babel locale name ("fr_FR", "en"). ``tz`` is the time zone dates are
    shown in (None: the machine's).
    """

    translate: Translate = english
    locale: str = "en"
    tz: Any = None

    def tr(self, text: str, context: str = CONTEXT, **params: Any) -> str:
        """The translation of a marked text, with its ``{placeholders}`` filled in."""
        translated = self.translate(context, text)
        if not params:
            return translated
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            return text.format(**params)

    @property
    def babel_locale(self) -> str:
        name = (self.locale or "en").replace("-", "_")
        return name if name not in ("C", "POSIX") else "en"

    def money(self, cents: float, currency: str = "EUR") -> str:
        from babel.numbers import format_currency

        amount = Decimal(int(round(cents))) / 100
        try:
            return format_currency(amount, currency or "EUR", locale=self.babel_locale)
        except (ValueError, LookupError):
            return f"{amount:.2f} {currency}"

    def money_whole(self, cents: float, currency: str = "EUR") -> str:
        """An amount without cents (for big figures and chart axes)."""
        from babel.numbers import format_currency

        try:
            return format_currency(
                Decimal(int(round(cents / 100))),
                currency or "EUR",
                format="¤#,##0" if not self.babel_locale.startswith("fr") else "#,##0\u00a0¤",
                locale=self.babel_locale,
                currency_digits=False,
            )
        except (ValueError, LookupError):
            return f"{round(cents / 100)} {currency}"

    def number(self, value: float, decimals: int = 0) -> str:
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        try:
            return format_decimal(value, format=pattern, locale=self.babel_locale)
        except (ValueError, LookupError):
            return f"{value:,.{decimals}f}"

    def quantity(self, value: float) -> str:
        """A quantity: whole numbers without decimals, others with up to three."""
        from babel.numbers import format_decimal

        try:
            return format_decimal(value, format="#,##0.###", locale=self.babel_locale)
        except (ValueError, LookupError):
            return f"{value:g}"

    def percent(self, fraction: float | None, decimals: int = 0) -> str:
        """A share (0.2 = 20 %) in the user's locale; "—" for none."""
        if fraction is None:
            return "—"
        from babel.numbers import format_percent

        pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "\u00a0%"
        if not self.babel_locale.startswith("fr"):
            pattern = pattern.replace("\u00a0%", "%")
        try:
            return format_percent(fraction, format=pattern, locale=self.babel_locale)
        except (ValueError, LookupError):
            return f"{fraction * 100:.{decimals}f} %"

    def rate(self, basis_points: int) -> str:
        """A rate stored in basis points (2000 = 20 %, 550 = 5.5 %)."""
        return self.percent(basis_points / 10000, 0 if basis_points % 100 == 0 else 1)

    def local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(self.tz)

    def date(self, value: date | datetime | None) -> str:
        """A day in the locale's medium format ("31 déc. 2025", "Dec 31, 2025")."""
        if value is None:
            return ""
        from babel.dates import format_date

        day = self.local(value).date() if isinstance(value, datetime) else value
        try:
            return format_date(day, "medium", locale=self.babel_locale)
        except (ValueError, LookupError):
            return day.isoformat()

    def short_date(self, value: date | datetime | None) -> str:
        """A day in the locale's short format ("31/12/2025")."""
        if value is None:
            return ""
        from babel.dates import format_date

        day = self.local(value).date() if isinstance(value, datetime) else value
        pattern = "dd/MM/yyyy" if self.babel_locale.startswith("fr") else "d MMM yyyy"
        try:
            return format_date(day, pattern, locale=self.babel_locale)
        except (ValueError, LookupError):
            return day.isoformat()

    def month(self, day: date, short: bool = False) -> str:
        """A month: "mars 2025", or "mars 25" when ``short``."""
        from babel.dates import format_date

        try:
            return format_date(day, "MMM yy" if short else "MMMM yyyy", locale=self.babel_locale)
        except (ValueError, LookupError):
            return day.strftime("%b %y" if short else "%B %Y")


# -- styles -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    label: ParagraphStyle
    figure: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, textColor=INK)

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        title=derive("title", fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=2),
        subtitle=derive("subtitle", fontSize=10, leading=13, textColor=MUTED, spaceAfter=6),
        heading=derive(
            "heading",
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        body=base,
        small=derive("small", fontSize=7.5, leading=9.5, textColor=MUTED),
        cell=derive("cell", fontSize=8, leading=10),
        cell_right=derive("cellRight", fontSize=8, leading=10, alignment=TA_RIGHT),
        cell_bold=derive("cellBold", fontName=FONT_BOLD, fontSize=8, leading=10),
        cell_head=derive(
            "cellHead", fontName=FONT_BOLD, fontSize=7.5, leading=9.5, textColor=ACCENT
        ),
        cell_head_right=derive(
            "cellHeadRight",
            fontName=FONT_BOLD,
            fontSize=7.5,
            leading=9.5,
            textColor=ACCENT,
            alignment=TA_RIGHT,
        ),
        label=derive("label", fontSize=7, leading=9, textColor=MUTED, alignment=TA_LEFT),
        figure=derive("figure", fontName=FONT_BOLD, fontSize=12, leading=15),
    )


def text(value: object) -> str:
    """Plain text made safe for a Paragraph (escaped, line breaks kept)."""
    return escape(str(value or "")).replace("\n", "<br/>")


# -- building blocks --------------------------------------------------------------------


def para(value: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


def heading(title: str, styles: Styles) -> Paragraph:
    return Paragraph(text(title), styles.heading)


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    styles: Styles,
    *,
    right: Sequence[int] = (),
    bold_last: bool = False,
) -> Table:
    """A table of plain values: a header row repeated on each page, zebra rows.

    ``widths`` are fractions of the text width (or points when above 1); ``right`` the
    columns aligned right (numbers). Values may be flowables (kept as they are).
    """
    columns = [w * WIDTH if w <= 1 else w for w in widths]
    head = [
        Paragraph(text(h), styles.cell_head_right if i in right else styles.cell_head)
        for i, h in enumerate(headers)
    ]
    body: list[list[object]] = []
    for r, row in enumerate(rows):
        cells: list[object] = []
        for i, value in enumerate(row):
            if isinstance(value, Flowable):
                cells.append(value)
                continue
            style = styles.cell_right if i in right else styles.cell
            if bold_last and r == len(rows) - 1:
                style = ParagraphStyle("b", parent=style, fontName=FONT_BOLD)
            cells.append(Paragraph(text(value), style))
        body.append(cells)
    table = Table([head, *body], colWidths=columns, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in range(1, len(body) + 1):
        if r % 2 == 0:
            commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    if body:
        commands.append(("LINEBELOW", (0, len(body)), (-1, len(body)), 0.4, RULE))
    table.setStyle(TableStyle(commands))
    return table


def empty_note(message: str, styles: Styles) -> Paragraph:
    return Paragraph(text(message), styles.small)


def figure_tiles(items: Sequence[tuple[str, str, str]], styles: Styles, columns: int = 4) -> Table:
    """Key figures in tiles: (caption, value, note under the value) each."""
    cells: list[list[object]] = []
    row: list[object] = []
    for caption, value, note in items:
        parts = [para(caption, styles.label), para(value, styles.figure)]
        if note:
            parts.append(para(note, styles.small))
        row.append(parts)
        if len(row) == columns:
            cells.append(row)
            row = []
    if row:
        row.extend([""] * (columns - len(row)))
        cells.append(row)
    width = WIDTH / columns
    table = Table(cells, colWidths=[width] * columns, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
    ]
    for r, line in enumerate(cells):
        for c, value in enumerate(line):
            if value != "":
                commands.append(("BACKGROUND", (c, r), (c, r), ACCENT_LIGHT))
                commands.append(("LINEABOVE", (c, r), (c, r), 1.5, ACCENT))
    # White gutters between the tiles.
    commands.append(("LINEAFTER", (0, 0), (-2, -1), 4, colors.white))
    commands.append(("LINEBELOW", (0, 0), (-1, -2), 4, colors.white))
    table.setStyle(TableStyle(commands))
    return table


def fields_table(
    pairs: Sequence[tuple[str, str]], styles: Styles, width: float = WIDTH / 2 - 6
) -> Table:
    """Label / value lines (empty values left out), for identity blocks."""
    rows = [
        [para(label, styles.label), para(value, styles.cell)] for label, value in pairs if value
    ]
    if not rows:
        rows = [["", ""]]
    table = Table(rows, colWidths=[width * 0.36, width * 0.64], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def side_by_side(left: Flowable, right: Flowable, gap: float = 12) -> Table:
    half = (WIDTH - gap) / 2
    table = Table([[left, right]], colWidths=[half + gap, half], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def section(
    title: str, content: Sequence[Flowable], styles: Styles, need: float = 30 * mm
) -> list[Flowable]:
    """A heading and its content, on a new page when less than ``need`` is left (so a
    heading is never alone at the bottom of a page; long tables still split)."""
    items = list(content)
    first = items[0] if items else None
    if first is not None and not isinstance(first, Table):
        # A chart or tiles: keep them whole with their heading.
        return [KeepTogether([heading(title, styles), first]), *items[1:]]
    return [CondPageBreak(need), heading(title, styles), *items]


# -- the page and the file --------------------------------------------------------------


@dataclass
class PageInfo:
    """What every page shows besides the content."""

    title: str
    author: str
    subject: str = ""
    #: Top left of every page (the shop's name), top right (the document's title).
    header_left: str = ""
    header_right: str = ""
    printed_on: str = ""
    texts: Texts = field(default_factory=Texts)
    #: The top of the first page is the document's own (the quote's letterhead).
    plain_first_page: bool = False


def _canvas_class(info: PageInfo) -> type[pdfcanvas.Canvas]:
    """A canvas that keeps its pages and draws "Page n / N" on each when saving."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Not Helvetica: every font of the file is an embedded one.
            kwargs["initialFontName"] = FONT
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                _draw_frame(self, info, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_frame(c: pdfcanvas.Canvas, info: PageInfo, page: int, pages: int) -> None:
    register_fonts()
    c.saveState()
    top = PAGE_HEIGHT - 12 * mm
    if not (info.plain_first_page and page == 1):
        c.setFont(FONT_BOLD, 8)
        c.setFillColor(ACCENT)
        c.drawString(MARGIN, top, info.header_left)
        c.setFont(FONT, 8)
        c.setFillColor(MUTED)
        c.drawRightString(PAGE_WIDTH - MARGIN, top, info.header_right)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
    bottom = 10 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
    c.setFont(FONT, 7.5)
    c.setFillColor(MUTED)
    c.drawString(MARGIN, bottom, info.printed_on)
    c.drawRightString(PAGE_WIDTH - MARGIN, bottom, info.texts.tr(PAGE_OF, page=page, pages=pages))
    c.restoreState()


def check_pdf_path(path: Path) -> None:
    if path.suffix.lower() != ".pdf":
        raise UserError(MSG_NOT_PDF, path=str(path))


def write_pdf(story: list[Flowable], out: Path, info: PageInfo) -> Path:
    """Lay ``story`` out on A4 pages and write the PDF to ``out`` (atomically)."""
    register_fonts()
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=".comptoir-", suffix=".pdf", dir=folder)
    except OSError as error:
        raise UserError(MSG_WRITE, path=str(out), detail=error.strerror or str(error)) from error
    os.close(handle)
    temp = Path(name)
    try:
        doc = BaseDocTemplate(
            str(temp),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator="Comptoir",
            producer="Comptoir (reportlab)",
            lang=info.texts.babel_locale.replace("_", "-"),
        )
        frame = Frame(
            MARGIN,
            BOTTOM,
            WIDTH,
            PAGE_HEIGHT - TOP - BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(story or [Spacer(1, 1)], canvasmaker=_canvas_class(info))
        os.replace(temp, out)
    except OSError as error:
        raise UserError(MSG_WRITE, path=str(out), detail=error.strerror or str(error)) from error
    finally:
        temp.unlink(missing_ok=True)
    return out


__all__ = [
    "ACCENT",
    "CONTEXT",
    "FONT",
    "FONT_BOLD",
    "PageInfo",
    "Styles",
    "Texts",
    "WIDTH",
    "check_pdf_path",
    "data_table",
    "english",
    "fields_table",
    "figure_tiles",
    "make_styles",
    "register_fonts",
    "write_pdf",
]
