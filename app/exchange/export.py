"""Export a list exactly as shown — its visible columns, filter and sort — to .xlsx, .csv or .vcf.

The GUI (or the CLI) describes the list with a plain-data :class:`TableSpec`: the kind of
records, the visible columns (key + title in the user's language, in the order shown),
the row ids in display order (or nothing: every record of the kind in its usual order),
the labels of stored codes as the user reads them, and lines describing the filter and the
sort for the second sheet. :func:`export_table` writes it; nothing here imports Qt.

Files:

- **.xlsx** (openpyxl, write-only mode): typed cells — dates as dates (the locale's short
  date format), amounts as numbers with a currency format, percentages as percentages,
  numbers as numbers; the header row frozen, an autofilter, column widths from the
  header and the first rows; a second sheet recording the list, filter, sort, row count
  and export date.
- **.csv** in the French Excel flavour: ``;`` separators, UTF-8 with a BOM, CRLF line
  ends, decimal commas, dates as 31/12/2025; amounts as plain numbers.
- **.vcf** (contacts only): vCard 4.0, through :mod:`app.exchange.vcard` when it is there.

No cell can run as a formula (CSV injection): in .xlsx every text is a string cell
(``t="s"``), never a formula, and a text beginning with ``=``, ``+``, ``-``, ``@``, tab,
CR or LF also gets Excel's "quote prefix" style, so that editing the cell keeps it text.
In .csv, such a text gets a leading apostrophe (the OWASP mitigation: Excel and
LibreOffice show the text instead of evaluating it; a reader of the raw file sees the
apostrophe). Numbers, amounts and dates are never prefixed: they are written as values.

Every file is written to a temporary file beside the target and renamed over it at the
end, so a failed or cancelled export never leaves half a file; the usual failures (the
file open in Excel, a missing folder, a full disk, no permission) are :class:`UserError`
templates.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.exchange.export_kinds import (
    BOOL,
    CODE,
    DATE,
    DATETIME,
    INTEGER,
    KINDS,
    MONEY,
    NUMBER,
    PERCENT,
    TEXT,
    ColumnDef,
    Period,
)
from models.database import Database

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

FORMATS = ("xlsx", "csv", "vcf")

MSG_FORMAT = QT_TRANSLATE_NOOP("errors", "Choose a .xlsx, .csv or .vcf file name (not “{name}”).")
MSG_VCF_ONLY_CONTACTS = QT_TRANSLATE_NOOP("errors", "Only contacts can be exported as vCards.")
MSG_KIND = QT_TRANSLATE_NOOP("errors", "Nothing called “{kind}” can be exported.")
MSG_COLUMN = QT_TRANSLATE_NOOP("errors", "The list has no column “{column}”.")
MSG_FOLDER = QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist.")
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "Cannot replace {path}: the file is open in another program (Excel?) or read-only. "
    "Close it and try again.",
)
MSG_DENIED = QT_TRANSLATE_NOOP(
    "errors", "You may not write in the folder {folder}. Choose another folder."
)
MSG_FULL = QT_TRANSLATE_NOOP(
    "errors", "The disk is full: {path} could not be written. Free some space and try again."
)
MSG_WRITE = QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}.")
MSG_NO_VCARD = QT_TRANSLATE_NOOP("errors", "vCard export is not available in this version.")

#: English texts of the info sheet, by key (the GUI passes translated ones).
INFO_TEXTS: dict[str, str] = {
    "sheet": "Export",
    "list": "List",
    "filter": "Filter",
    "sort": "Sort",
    "rows": "Rows",
    "exported": "Exported on",
    "none": "None",
    "true": "Yes",
    "false": "No",
}

#: Excel treats text beginning with these as a formula (or DDE) when it is typed in.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")

#: Excel's built-in, locale-following formats: the short date, the date and time.
DATE_FORMAT = "mm-dd-yy"  # built-in format 14, shown in the user's short date format
DATETIME_FORMAT = "m/d/yy h:mm"  # built-in format 22
PERCENT_FORMAT = "0%"
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}

#: Rows fetched per batch, and rows measured for the column widths.
BATCH = 900
WIDTH_SAMPLE = 200


def money_format(currency: str) -> str:
    """An Excel number format for amounts in ``currency``: 1 234,56 € in a French Excel."""
    symbol = CURRENCY_SYMBOLS.get(currency or "EUR", currency or "EUR")
    return f'#,##0.00\\ "{symbol}";-#,##0.00\\ "{symbol}"'


@dataclass(frozen=True)
class Column:
    """A visible column: its key (the list model's key) and its title as shown."""

    key: str
    title: str


@dataclass(frozen=True)
class TableSpec:
    """A list as the user sees it, in plain data (what a pane hands to the export).

    ``ids`` are the rows in display order; None exports every record of the kind in its
    usual order (the CLI), within ``period`` for orders. ``labels`` maps a column key to
    {stored code: label as shown}; codes without a label are written as the English
    label, else as they are. ``filters`` are (label, value) lines describing what the
    list shows (the filter, the search, the sort), written to the second sheet;
    ``texts`` translates :data:`INFO_TEXTS`.
    """

    kind: str
    columns: tuple[Column, ...] = ()
    ids: tuple[str, ...] | None = None
    title: str = ""
    filters: tuple[tuple[str, str], ...] = ()
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    texts: Mapping[str, str] = field(default_factory=dict)
    period: Period | None = None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    format: str


class ExportCancelled(Exception):
    """The user cancelled: nothing was written (the target file is as it was)."""


def safe_text(text: str) -> str:
    """Text as CSV writes it: a leading apostrophe when it could be taken for a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def file_format(path: Path) -> str:
    """ "xlsx", "csv" or "vcf" from the file name; UserError otherwise."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix == "vcard":
        suffix = "vcf"
    if suffix not in FORMATS:
        raise UserError(MSG_FORMAT, name=path.name)
    return suffix


def check_export(spec: TableSpec, path: Path) -> str:
    """Refuse at once what cannot be exported (before any work); the format."""
    fmt = file_format(path)
    if spec.kind not in KINDS:
        raise UserError(MSG_KIND, kind=spec.kind)
    if fmt == "vcf" and spec.kind != "contacts":
        raise UserError(MSG_VCF_ONLY_CONTACTS)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(MSG_FOLDER, folder=str(folder))
    return fmt


def resolve_columns(db: Database, spec: TableSpec) -> list[tuple[Column, ColumnDef]]:
    """The spec's columns (or the kind's default ones) with their definitions."""
    kind = KINDS[spec.kind]
    known = kind.columns(db)
    if not spec.columns:
        return [(Column(d.key, d.title), d) for d in kind.default_columns(db)]
    resolved = []
    for column in spec.columns:
        definition = known.get(column.key)
        if definition is None:
            raise UserError(MSG_COLUMN, column=column.key)
        resolved.append((column, definition))
    return resolved


def export_table(
    db: Database,
    spec: TableSpec,
    path: Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    now: datetime | None = None,
) -> ExportResult:
    """Write the list ``spec`` to ``path`` (.xlsx, .csv or .vcf); the number of rows.

    Raises :class:`UserError` for a file that cannot be written (nothing is left behind)
    and :class:`ExportCancelled` when ``cancel()`` turns true.
    """
    fmt = check_export(spec, path)
    report = progress or (lambda done, total, message: None)
    stop = cancel or (lambda: False)
    kind = KINDS[spec.kind]
    ids = list(spec.ids) if spec.ids is not None else kind.all_ids(db, period=spec.period)
    if fmt == "vcf":
        with atomic_output(path, binary=False) as handle:
            count = _write_vcards(db, ids, handle, report, stop)
        return ExportResult(path, count, fmt)
    columns = resolve_columns(db, spec)
    labels = _labels(spec, columns)
    rows = _typed_rows(db, spec.kind, ids, columns, labels, report, stop)
    texts = {**INFO_TEXTS, **spec.texts}
    if fmt == "csv":
        with atomic_output(path, binary=False) as handle:
            count = write_csv(
                handle, [c.title for c, _ in columns], rows, texts, [d.type for _, d in columns]
            )
        return ExportResult(path, count, fmt)
    info = info_lines(spec, texts, len(ids), now)
    with atomic_output(path, binary=True) as handle:
        count = write_xlsx(
            handle,
            [c.title for c, _ in columns],
            [d.type for _, d in columns],
            rows,
            info,
            texts,
            sheet_title=spec.title or kind.title,
        )
    return ExportResult(path, count, fmt)


def info_lines(
    spec: TableSpec, texts: Mapping[str, str], count: int, now: datetime | None
) -> list[tuple[str, Any]]:
    """The lines of the second sheet: list, filter lines, row count, export date."""
    kind = KINDS[spec.kind]
    lines: list[tuple[str, Any]] = [(texts["list"], spec.title or kind.title)]
    lines.extend(spec.filters or [(texts["filter"], texts["none"])])
    lines.append((texts["rows"], count))
    moment = now or datetime.now(UTC)
    lines.append((texts["exported"], _local_naive(moment)))
    return lines


def _labels(
    spec: TableSpec, columns: Sequence[tuple[Column, ColumnDef]]
) -> dict[str, Mapping[str, str]]:
    kind = KINDS[spec.kind]
    found: dict[str, Mapping[str, str]] = {}
    for column, definition in columns:
        if definition.type == CODE:
            found[column.key] = {
                **kind.labels.get(column.key, {}),
                **spec.labels.get(column.key, {}),
            }
    return found


# -- values -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str


def _typed_rows(
    db: Database,
    kind_name: str,
    ids: Sequence[str],
    columns: Sequence[tuple[Column, ColumnDef]],
    labels: Mapping[str, Mapping[str, str]],
    report: Progress,
    stop: Cancel,
) -> Iterator[list[Any]]:
    """The rows to write, typed for the writer: str, int, float, date, datetime (naive
    local), bool, :class:`Money` or None; codes replaced by their labels."""
    kind = KINDS[kind_name]
    keys = [c.key for c, _ in columns]
    types = [d.type for _, d in columns]
    plain = [t == TEXT for t in types]
    total = len(ids)
    done = 0
    report(0, total, "")
    for begin in range(0, total, BATCH):
        if stop():
            raise ExportCancelled
        part = ids[begin : begin + BATCH]
        for _record_id, values in kind.values(db, part, keys):
            yield [
                value
                if type(value) is str and plain[index]  # the common case, kept fast
                else _typed(types[index], value, labels.get(keys[index]))
                for index, value in enumerate(values)
            ]
        done += len(part)
        report(done, total, "")


def _typed(column_type: str, value: Any, labels: Mapping[str, str] | None) -> Any:
    if value is None or value == "":
        return None
    if column_type == TEXT:
        return value if isinstance(value, str) else str(value)
    if column_type == CODE:
        text = str(value)
        return (labels or {}).get(text, text)
    if column_type == MONEY:
        cents, currency = value
        return Money(int(cents), currency or "EUR")
    if column_type == DATETIME:
        if isinstance(value, datetime):
            return _local_naive(value)
        return value
    if column_type == DATE:
        if isinstance(value, datetime):
            return _local_naive(value).date()
        return value
    return value


def _local_naive(moment: datetime) -> datetime:
    """A stored UTC datetime as the user's local wall-clock time, without a zone (Excel)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None, microsecond=0)


# -- xlsx ---------------------------------------------------------------------------------


def write_xlsx(
    handle: IO[bytes],
    titles: Sequence[str],
    types: Sequence[str],
    rows: Iterable[Sequence[Any]],
    info: Sequence[tuple[str, Any]],
    texts: Mapping[str, str],
    *,
    sheet_title: str = "Data",
) -> int:
    """Write a typed table and its info sheet as .xlsx; the number of data rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_name(sheet_title))
    # The first rows are measured for the widths (set before any row is written).
    iterator = iter(rows)
    sample: list[Sequence[Any]] = []
    for row in iterator:
        sample.append(row)
        if len(sample) >= WIDTH_SAMPLE:
            break
    for index, width in enumerate(column_widths(titles, types, sample), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for title in titles:
        cell = WriteOnlyCell(sheet, value=title)
        cell.data_type = "s"
        cell.font = bold
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)

    def cell_of(column_type: str, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, str):
            if value.startswith(FORMULA_STARTS):
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # never a formula, even "=1+1"
                cell.quotePrefix = True  # Excel keeps it text when edited
                return cell
            return value  # openpyxl writes a plain str as a string cell
        if isinstance(value, Money):
            cell = WriteOnlyCell(sheet, value=Decimal(value.cents) / 100)
            cell.number_format = money_format(value.currency)
            return cell
        if isinstance(value, bool):
            return texts["true"] if value else texts["false"]
        if isinstance(value, datetime):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = DATETIME_FORMAT
            return cell
        if isinstance(value, date):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = DATE_FORMAT
            return cell
        if column_type == PERCENT:
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = PERCENT_FORMAT
            return cell
        if isinstance(value, Decimal | int | float):
            return value
        return str(value)

    count = 0
    for row in _chain(sample, iterator):
        sheet.append(
            [
                v if type(v) is str and not v.startswith(FORMULA_STARTS) else cell_of(t, v)
                for t, v in zip(types, row, strict=True)
            ]
        )
        count += 1
    last = get_column_letter(max(1, len(titles)))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"

    about = workbook.create_sheet(sheet_name(texts["sheet"]))
    about.column_dimensions["A"].width = 22
    about.column_dimensions["B"].width = 60
    for label, value in info:
        label_cell = WriteOnlyCell(about, value=label)
        label_cell.data_type = "s"
        label_cell.font = bold
        about.append([label_cell, cell_of(TEXT, value) if not isinstance(value, int) else value])
    workbook.save(handle)
    return count


def _chain(first: Iterable[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from first
    yield from rest


def sheet_name(title: str) -> str:
    """A valid sheet name: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip(" '")
    return cleaned[:31] or "Sheet"


def column_widths(
    titles: Sequence[str], types: Sequence[str], sample: Sequence[Sequence[Any]]
) -> list[float]:
    """Widths (in characters) from the title and the sampled values: 8 to 50."""
    widths = []
    for index, (title, column_type) in enumerate(zip(titles, types, strict=True)):
        longest = len(title) * 1.1 + 2  # bold header, and room for the filter button
        for row in sample:
            value = row[index]
            if value is None:
                continue
            if column_type == MONEY:
                size = len(f"{value.cents / 100:,.2f}") + 3
            elif column_type == DATETIME:
                size = 16
            elif column_type == DATE:
                size = 10
            else:
                size = max((len(line) for line in str(value).splitlines()), default=0)
            longest = max(longest, size + 1)
        widths.append(round(min(max(longest, 8), 50), 1))
    return widths


# -- csv ----------------------------------------------------------------------------------


def csv_value(value: Any, texts: Mapping[str, str], column_type: str = TEXT) -> str:
    """A typed value as French Excel reads it from a CSV file."""
    if value is None:
        return ""
    if isinstance(value, str):
        return safe_text(value)
    if column_type == PERCENT and isinstance(value, int | float):
        return csv_value(round(value * 100, 2), texts) + " %"
    if isinstance(value, bool):
        return texts["true"] if value else texts["false"]
    if isinstance(value, Money):
        sign = "-" if value.cents < 0 else ""
        cents = abs(value.cents)
        return f"{sign}{cents // 100},{cents % 100:02d}"
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        text = f"{value:.10f}".rstrip("0").rstrip(".")
        return text.replace(".", ",")
    return safe_text(str(value))


def write_csv(
    handle: IO[str],
    titles: Sequence[str],
    rows: Iterable[Sequence[Any]],
    texts: Mapping[str, str],
    types: Sequence[str] | None = None,
) -> int:
    """French Excel CSV: BOM, ';', CRLF, decimal commas. The number of data rows."""
    handle.write("\ufeff")
    writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
    writer.writerow([safe_text(title) for title in titles])
    kinds = list(types or [TEXT] * len(titles))
    count = 0
    for row in rows:
        writer.writerow([csv_value(value, texts, t) for t, value in zip(kinds, row, strict=True)])
        count += 1
    return count


# -- vcard --------------------------------------------------------------------------------


#: The contact fields a vCard carries (app.exchange.vcard.VCardContact).
VCARD_KEYS = (
    "external_ref",
    "civility",
    "first_name",
    "last_name",
    "company",
    "job_title",
    "email",
    "email2",
    "phone",
    "mobile",
    "address_line1",
    "address_line2",
    "postcode",
    "city",
    "country",
    "birthday",
    "notes",
    "tags",
)


def _write_vcards(
    db: Database, ids: Sequence[str], handle: IO[str], report: Progress, stop: Cancel
) -> int:
    """vCard 3.0 (what most address books read), through app.exchange.vcard."""
    try:
        from app.exchange.vcard import write_vcards
    except ImportError as error:  # pragma: no cover - the module ships with the app
        raise UserError(MSG_NO_VCARD) from error
    contacts = KINDS["contacts"]
    keys = ["landline" if key == "phone" else key for key in VCARD_KEYS]
    count = 0
    total = len(ids)
    report(0, total, "")
    for begin in range(0, total, BATCH):
        if stop():
            raise ExportCancelled
        cards = []
        for contact_id, values in contacts.values(db, ids[begin : begin + BATCH], keys):
            card: dict[str, Any] = dict(zip(VCARD_KEYS, values, strict=True))
            card["id"] = contact_id
            card["tags"] = tuple(t for t in (card.get("tags") or "").split(", ") if t)
            cards.append(card)
        count += write_vcards(cards, handle)
        report(min(total, begin + BATCH), total, "")
    return count


# -- atomic files -------------------------------------------------------------------------


@contextlib.contextmanager
def atomic_output(path: Path, *, binary: bool) -> Iterator[Any]:
    """A temporary file beside ``path``, renamed over it when the block succeeds.

    On any failure (or a cancel) the temporary file is removed and ``path`` is left as it
    was; OS errors become :class:`UserError` messages.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(MSG_FOLDER, folder=str(folder))
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{path.stem[:40]}-", suffix=".part", dir=folder
        )
    except OSError as error:
        raise os_error(error, path) from error
    temp = Path(temporary)
    try:
        try:
            if binary:
                handle: IO[Any] = os.fdopen(descriptor, "wb")
            else:
                handle = os.fdopen(descriptor, "w", encoding="utf-8", newline="")
            with handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except OSError as error:
            raise os_error(error, path) from error
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def os_error(error: OSError, path: Path) -> UserError:
    """The user's message for a failure to write ``path``."""
    folder = str(path.parent)
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return UserError(MSG_FULL, path=str(path))
    if isinstance(error, FileNotFoundError):
        return UserError(MSG_FOLDER, folder=folder)
    if isinstance(error, PermissionError) or error.errno in (errno.EBUSY, errno.ETXTBSY):
        if path.exists():
            return UserError(MSG_LOCKED, path=str(path))
        return UserError(MSG_DENIED, folder=folder)
    return UserError(MSG_WRITE, path=str(path), reason=error.strerror or str(error))


__all__ = [
    "FORMATS",
    "FORMULA_STARTS",
    "INFO_TEXTS",
    "BOOL",
    "DATE",
    "DATETIME",
    "INTEGER",
    "NUMBER",
    "Column",
    "ExportCancelled",
    "ExportResult",
    "Money",
    "Period",
    "TableSpec",
    "atomic_output",
    "check_export",
    "csv_value",
    "export_table",
    "file_format",
    "money_format",
    "safe_text",
    "write_csv",
    "write_xlsx",
]
