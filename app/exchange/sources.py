"""Reading spreadsheets and address books safely: ``.xlsx``, ``.csv`` and ``.vcf``.

:func:`open_source` looks at what a file really holds (not at its name) and gives a
:class:`Source`: its sheets, a preview of the first rows, the detected header row and
the records below it, streamed. Every file that cannot be read raises
:class:`ExchangeError` with a message template for the user (translated by the GUI,
context "errors"); nothing is ever written.

Safety, before and while reading:

- legacy ``.xls``, ``.ods``, encrypted (password-protected) workbooks, empty files are
  recognised from their bytes and refused with a message saying what to do; a CSV file
  renamed ``.xlsx`` is read as the CSV it is (``Source.format`` says so);
- ``.xlsx`` files are zip archives: the archive is refused before anything is unpacked
  when it declares more than :data:`MAX_UNPACKED_BYTES` in all, more than
  :data:`MAX_MEMBERS` members, or a member that expands more than :data:`MAX_RATIO`
  times (zip bombs); declared sizes are enforced by :mod:`zipfile` while reading;
- XML is parsed by openpyxl through ``defusedxml``: entity declarations (billion laughs)
  and external entities are refused;
- rows are streamed from the sheet's XML with openpyxl's own parser, cell by cell as
  they are stored: the dimension a sheet declares is never trusted, stray cells far
  to the right are cut at :data:`MAX_COLUMNS` columns and missing rows are not
  materialised (a stray cell at row 1,048,576 costs nothing);
- formulas are never evaluated: the value Excel cached is used (``data_only``), and
  links to other workbooks are not loaded;
- merged cells give their value to every cell of the range;
- dates use the workbook's date system (1900 or 1904); :attr:`Source.epoch_1904` tells
  :mod:`app.exchange.values` how to read date serials that are not formatted as dates.
"""

from __future__ import annotations

import codecs
import csv
import re
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from app.errors import QT_TRANSLATE_NOOP, UserError

#: Limits against zip bombs and runaway sheets.
MAX_UNPACKED_BYTES = 2_000_000_000
MAX_MEMBERS = 10_000
MAX_RATIO = 200
#: A member smaller than this is never a bomb, whatever its ratio.
RATIO_FLOOR_BYTES = 20_000_000
MAX_COLUMNS = 256
#: Rows looked at to detect the header row.
HEADER_SCAN_ROWS = 30

MSG_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The file {name} does not exist.")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("errors", "The file {name} cannot be read ({detail}).")
MSG_EMPTY = QT_TRANSLATE_NOOP("errors", "The file {name} is empty.")
MSG_XLS = QT_TRANSLATE_NOOP(
    "errors",
    "The file {name} is an old Excel 97–2003 workbook (.xls). Open it in Excel or "
    "LibreOffice and save it as an Excel workbook (.xlsx), then import that file.",
)
MSG_ODS = QT_TRANSLATE_NOOP(
    "errors",
    "The file {name} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice and "
    "save it as an Excel workbook (.xlsx), then import that file.",
)
MSG_ENCRYPTED = QT_TRANSLATE_NOOP(
    "errors",
    "The workbook {name} is protected by a password. Open it in Excel or LibreOffice, "
    "remove the password, save it, then import it again.",
)
MSG_NOT_SPREADSHEET = QT_TRANSLATE_NOOP(
    "errors",
    "The file {name} is not a spreadsheet Comptoir can read "
    "(expected an Excel .xlsx, a .csv or a .vcf file).",
)
MSG_DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "The workbook {name} is damaged and cannot be read ({detail})."
)
MSG_BOMB = QT_TRANSLATE_NOOP(
    "errors",
    "The workbook {name} was refused: once unpacked it would be far bigger than any "
    "real spreadsheet (a “zip bomb”).",
)
MSG_UNSAFE_XML = QT_TRANSLATE_NOOP(
    "errors",
    "The workbook {name} was refused: it contains XML entity declarations, which real "
    "spreadsheets never use and which can be used to attack the computer.",
)
MSG_NO_SHEET = QT_TRANSLATE_NOOP("errors", "The workbook {name} has no sheet named “{sheet}”.")
MSG_NO_SHEETS = QT_TRANSLATE_NOOP("errors", "The workbook {name} has no sheet with data.")
MSG_BAD_VCARD = QT_TRANSLATE_NOOP(
    "errors", "The file {name} holds no vCard (it should contain BEGIN:VCARD … END:VCARD)."
)


class ExchangeError(UserError):
    """A file that cannot be imported: unreadable, unsafe, or of the wrong kind."""


@dataclass(frozen=True)
class SheetInfo:
    name: str
    hidden: bool
    #: Rows the sheet declares (a hint, never trusted); None when unknown.
    rows: int | None


Cell = Any  # str | int | float | bool | datetime | date | time | None
Record = tuple[int, list[Cell]]


class Source:
    """An open file to import from; use it as a context manager (it closes the file).

    ``sheets`` lists the sheets (one for CSV and vCard files); methods taking ``sheet``
    accept None for the first visible sheet.
    """

    #: "xlsx", "csv" or "vcf": what the file really holds.
    format: str = ""
    #: Whether day serials count from 1904 (old Mac workbooks) rather than 1900.
    epoch_1904: bool = False

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sheets: list[SheetInfo] = []

    def __enter__(self) -> Source:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        pass

    @property
    def name(self) -> str:
        return self.path.name

    def sheet_name(self, sheet: str | None) -> str:
        """The name of ``sheet``, or of the first visible sheet when None."""
        if sheet is None:
            visible = [info for info in self.sheets if not info.hidden]
            if not (visible or self.sheets):
                raise ExchangeError(MSG_NO_SHEETS, name=self.name)
            return (visible or self.sheets)[0].name
        if sheet not in {info.name for info in self.sheets}:
            raise ExchangeError(MSG_NO_SHEET, name=self.name, sheet=sheet)
        return sheet

    def rows(self, sheet: str | None) -> Iterator[Record]:
        """Every non-blank row of the sheet as (row number in the file, 1-based; cells)."""
        raise NotImplementedError

    def preview(self, sheet: str | None, rows: int = 30) -> list[list[Cell]]:
        """The first ``rows`` rows of the sheet as shown in a spreadsheet (blank ones too)."""
        result: list[list[Cell]] = []
        for number, cells in self.rows(sheet):
            while len(result) < min(number - 1, rows):
                result.append([])
            if len(result) >= rows:
                break
            result.append(cells)
        return result

    def detect_header(self, sheet: str | None) -> int:
        """The 0-based index (in :meth:`preview` rows) of the row that holds the headers.

        The header row is the first row, among the first ones, that has the most text
        cells, no numbers or dates, and is followed by a row with data.
        """
        rows = self.preview(sheet, HEADER_SCAN_ROWS)
        return detect_header_row(rows)

    def headers(self, sheet: str | None, header_row: int) -> list[str]:
        """The texts of the header row (empty strings for empty cells)."""
        rows = self.preview(sheet, header_row + 1)
        cells = rows[header_row] if header_row < len(rows) else []
        return [header_text(cell) for cell in cells]

    def records(self, sheet: str | None, header_row: int) -> Iterator[Record]:
        """The non-blank rows below the header row (``header_row`` is 0-based)."""
        for number, cells in self.rows(sheet):
            if number - 1 > header_row:
                yield number, cells


def header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    return " ".join(str(cell).split())


def _is_texty(cell: Cell) -> bool:
    return isinstance(cell, str) and bool(cell.strip()) and not _looks_numeric(cell)


_NUMERIC = re.compile(r"^[\s\d.,+\-/:€$%\u00a0\u202f]+$")


def _looks_numeric(text: str) -> bool:
    return bool(_NUMERIC.match(text)) and any(c.isdigit() for c in text)


def detect_header_row(rows: list[list[Cell]]) -> int:
    """The index of the header row among ``rows`` (see :meth:`Source.detect_header`)."""
    width = max((sum(1 for c in row if c not in (None, "")) for row in rows), default=0)
    best, best_score = 0, -1.0
    for index, row in enumerate(rows):
        filled = [c for c in row if c not in (None, "")]
        if not filled:
            continue
        texts = sum(1 for c in filled if _is_texty(c))
        others = len(filled) - texts
        distinct = len({header_text(c).casefold() for c in filled if _is_texty(c)})
        following = next((r for r in rows[index + 1 :] if any(c not in (None, "") for c in r)), [])
        has_data = any(c not in (None, "") for c in following)
        # A title above the table fills one cell; the header fills most of the columns.
        score = distinct - 2 * others + (0.5 if has_data else 0) - (width - len(filled)) * 0.1
        if others == 0 and len(filled) >= max(2, width // 2) and score > best_score:
            return index
        if score > best_score:
            best, best_score = index, score
    return best


# --- Opening ---------------------------------------------------------------------------------

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"


def open_source(path: Path | str) -> Source:
    """Open ``path`` for import, after sniffing what it really holds.

    Raises ExchangeError for a missing, empty, unreadable, unsafe or unsupported file.
    """
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as handle:
            head = handle.read(65536)
    except FileNotFoundError:
        raise ExchangeError(MSG_NOT_FOUND, name=name) from None
    except OSError as error:
        raise ExchangeError(
            MSG_UNREADABLE, name=name, detail=error.strerror or str(error)
        ) from None
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise ExchangeError(MSG_EMPTY, name=name)
    if head.startswith(_OLE):
        raise ExchangeError(_ole_kind(path), name=name)
    if head.startswith(_ZIP) or head.startswith(b"PK\x05\x06"):
        return _open_zip(path)
    text = _decode_head(head)
    if text is None:
        raise ExchangeError(MSG_NOT_SPREADSHEET, name=name)
    if re.match(r"\s*BEGIN:VCARD", text, re.IGNORECASE):
        from app.exchange.vcard import VCardSource

        return VCardSource(path)
    if text.lstrip().startswith("<"):
        # An HTML or XML "spreadsheet" (old web exports named .xls/.xlsx).
        raise ExchangeError(MSG_NOT_SPREADSHEET, name=name)
    if path.suffix.lower() == ".vcf":
        raise ExchangeError(MSG_BAD_VCARD, name=name)
    return CsvSource(path)


def _ole_kind(path: Path) -> str:
    """Message for an OLE2 compound file: an encrypted workbook or a legacy .xls."""
    with path.open("rb") as handle:
        data = handle.read(8_000_000)
    if "EncryptedPackage".encode("utf-16-le") in data or b"EncryptionInfo" in data.replace(
        b"\x00", b""
    ):
        return MSG_ENCRYPTED
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return MSG_XLS
    return MSG_NOT_SPREADSHEET


def _decode_head(head: bytes) -> str | None:
    if b"\x00" in head.replace(b"\x00\x00", b"")[:4096] and not head.startswith(
        (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        return None
    encoding = sniff_encoding(head)
    return head.decode(encoding, errors="replace")


def _open_zip(path: Path) -> Source:
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ExchangeError(MSG_DAMAGED, name=name, detail=str(error)) from None
    try:
        members = archive.infolist()
        names = {member.filename for member in members}
        if "mimetype" in names:
            mimetype = archive.read("mimetype")[:100]
            if b"opendocument" in mimetype:
                raise ExchangeError(MSG_ODS, name=name)
        check_zip(archive, name)
        if "xl/workbook.xml" not in names and not any(
            n.lower().startswith("xl/workbook") for n in names
        ):
            if "content.xml" in names:
                raise ExchangeError(MSG_ODS, name=name)
            raise ExchangeError(MSG_NOT_SPREADSHEET, name=name)
    except BaseException:
        archive.close()
        raise
    archive.close()
    return XlsxSource(path)


def check_zip(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse an archive whose declared sizes are those of a zip bomb (nothing unpacked)."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise ExchangeError(MSG_BOMB, name=name)
    total = 0
    for member in members:
        total += member.file_size
        if total > MAX_UNPACKED_BYTES:
            raise ExchangeError(MSG_BOMB, name=name)
        if member.file_size > RATIO_FLOOR_BYTES and member.file_size > MAX_RATIO * max(
            member.compress_size, 1
        ):
            raise ExchangeError(MSG_BOMB, name=name)


# --- Excel -----------------------------------------------------------------------------------

_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]{1,3}\d{1,7}):([A-Z]{1,3}\d{1,7})\"")


_DIMENSION = re.compile(
    rb"<(?:\w+:)?dimension\s+ref=\"[A-Z]{1,3}\d{1,7}(?::[A-Z]{1,3}(\d{1,7}))?\""
)


@dataclass(frozen=True)
class _SheetPart:
    name: str
    state: str
    path: str


class XlsxSource(Source):
    """An Excel workbook, read with openpyxl's package reader (manifest, workbook, shared
    strings, styles: all through defusedxml) and a lean streaming row parser of our own.

    (openpyxl's ``load_workbook`` parses every sheet once at opening to find its size when
    the sheet does not declare it: a whole extra pass over a big file.)
    """

    format = "xlsx"

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        from openpyxl.reader.excel import ExcelReader
        from openpyxl.styles.stylesheet import apply_stylesheet

        # Opened here, so that it is closed even when openpyxl fails half-way.
        self._handle = path.open("rb")
        try:
            with _quiet():
                reader = ExcelReader(self._handle, read_only=True, data_only=True, keep_links=False)
                reader.read_manifest()
                reader.read_strings()
                reader.read_workbook()
                apply_stylesheet(reader.archive, reader.wb)
                parts = [
                    _SheetPart(sheet.name, sheet.state or "visible", rel.target)
                    for sheet, rel in reader.parser.find_sheets()
                    if rel.target in reader.valid_files and "chartsheet" not in (rel.Type or "")
                ]
        except Exception as error:
            self._handle.close()
            raise _xlsx_error(error, path.name) from None
        self._archive = reader.archive
        self._strings = reader.shared_strings
        workbook = reader.wb
        self._epoch = workbook.epoch
        self._date_formats = set(workbook._date_formats)
        self._timedelta_formats = set(workbook._timedelta_formats)
        self.epoch_1904 = workbook.epoch.year == 1904
        self._parts = {part.name: part for part in parts}
        self._merge_cache: dict[str, dict[int, list[tuple[int, tuple[int, int]]]]] = {}
        self.sheets = [
            SheetInfo(part.name, part.state != "visible", self._declared_rows(part))
            for part in parts
        ]

    def close(self) -> None:
        self._archive.close()
        self._handle.close()

    def _declared_rows(self, part: _SheetPart) -> int | None:
        try:
            with self._archive.open(part.path) as stream:
                head = stream.read(65536)
        except Exception:
            return None
        match = _DIMENSION.search(head)
        if not match or not match.group(1):
            return None
        rows = int(match.group(1))
        return rows if 0 < rows <= 1_048_576 else None

    def _merges(self, part: _SheetPart) -> dict[int, list[tuple[int, tuple[int, int]]]]:
        """Row -> [(column, the top-left cell of its merged range)], for covered cells.

        Found once per sheet (a whole pass over its XML): the preview, the header
        detection and the import read the same sheet one after the other.
        """
        found = self._merge_cache.get(part.path)
        if found is None:
            found = self._merge_cache[part.path] = self._find_merges(part)
        return found

    def _find_merges(self, part: _SheetPart) -> dict[int, list[tuple[int, tuple[int, int]]]]:
        from openpyxl.utils.cell import coordinate_to_tuple

        covered: dict[int, list[tuple[int, tuple[int, int]]]] = {}
        tail = b""
        with self._archive.open(part.path) as stream:
            while chunk := stream.read(1 << 20):
                data = tail + chunk
                for match in _MERGE.finditer(data):
                    top = coordinate_to_tuple(match.group(1).decode())
                    bottom = coordinate_to_tuple(match.group(2).decode())
                    last_column = min(bottom[1], MAX_COLUMNS)
                    if (bottom[0] - top[0] + 1) * (last_column - top[1] + 1) > 100_000:
                        continue  # a whole-sheet merge: nothing sensible to spread
                    for row in range(top[0], bottom[0] + 1):
                        for column in range(top[1], last_column + 1):
                            if (row, column) != top:
                                covered.setdefault(row, []).append((column, top))
                # Keep the end of the chunk: a tag may straddle two chunks.
                tail = data[-200:]
        return covered

    def rows(self, sheet: str | None) -> Iterator[Record]:
        part = self._parts[self.sheet_name(sheet)]
        try:
            merges = self._merges(part)
            tops: dict[tuple[int, int], Cell] = {
                top: None for cells in merges.values() for _, top in cells
            }
            with _quiet(), self._archive.open(part.path) as stream:
                for number, cells in self._parse(stream):
                    if tops:
                        for column, value in enumerate(cells, start=1):
                            if (number, column) in tops:
                                tops[(number, column)] = value
                    if number in merges:
                        _fill_merged(cells, merges[number], tops)
                    while cells and cells[-1] is None:
                        cells.pop()
                    if any(c is not None and c != "" for c in cells):
                        yield number, cells
        except ExchangeError:
            raise
        except Exception as error:
            raise _xlsx_error(error, self.name) from None

    def _parse(self, stream: Any) -> Iterator[tuple[int, list[Cell]]]:
        """(row number, cells) for each row element, as stored (no missing rows made up).

        A streaming expat parser with small handlers: no element tree is built, so a big
        sheet costs little memory and about a third of the time of ElementTree. Safety:
        the prolog must declare no DTD (without a DOCTYPE, XML can declare no entity:
        no "billion laughs", no external entity), and any DOCTYPE or entity declaration
        met anyway stops the parse (what defusedxml does).
        """
        import pyexpat

        head = stream.read(65536)
        _check_prolog(head, self.name)
        reader = _SheetReader(self)
        parser = pyexpat.ParserCreate()
        parser.buffer_text = True
        parser.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = _refuse
        parser.EntityDeclHandler = _refuse
        parser.ExternalEntityRefHandler = _refuse
        parser.StartElementHandler = reader.start
        parser.EndElementHandler = reader.end
        parser.CharacterDataHandler = reader.data
        chunk = head
        try:
            while chunk:
                parser.Parse(chunk, False)
                if reader.ready:
                    yield from reader.ready
                    reader.ready = []
                if reader.done:
                    return  # what follows sheetData (merges, print setup…) is not data
                chunk = stream.read(1 << 20)
            parser.Parse(b"", True)
            yield from reader.ready
        except _UnsafeXml:
            raise ExchangeError(MSG_UNSAFE_XML, name=self.name) from None
        except pyexpat.ExpatError as error:
            raise ExchangeError(MSG_DAMAGED, name=self.name, detail=str(error)) from None


class _UnsafeXml(Exception):
    pass


def _refuse(*args: Any) -> None:
    raise _UnsafeXml()


#: The elements the sheet reader acts on, by local name (any other: 0).
_C, _V, _T, _IS, _RPH, _ROW, _SHEET_DATA = range(1, 8)
_ELEMENTS = {
    "c": _C,
    "v": _V,
    "t": _T,
    "is": _IS,
    "rPh": _RPH,
    "row": _ROW,
    "sheetData": _SHEET_DATA,
}


class _SheetReader:
    """expat handlers that turn a sheet's XML into rows of cell values.

    They run for every element of the sheet (five calls per cell): each does as little
    as it can (element names known by a dict lookup, text kept as one string).
    """

    def __init__(self, source: XlsxSource) -> None:
        from openpyxl.utils.datetime import from_excel, from_ISO8601

        self.strings = source._strings
        self.date_styles = source._date_formats
        self.timedelta_styles = source._timedelta_formats
        self.epoch = source._epoch
        self.from_excel = from_excel
        self.from_iso = from_ISO8601
        self.ready: list[tuple[int, list[Cell]]] = []
        self.done = False
        self.row = 0
        self.cells: list[Cell] | None = None
        self.column = 0
        self.kind = "n"
        self.style: str | None = None
        self.text = ""
        self.collect = False
        self.in_inline = False
        self.in_phonetic = False
        self.columns: dict[str, int] = {}
        #: Element name as met (maybe with a prefix) -> one of the codes above.
        self.codes: dict[str, int] = dict(_ELEMENTS)

    def code(self, name: str) -> int:
        code = self.codes.get(name)
        if code is None:
            code = self.codes[name] = _ELEMENTS.get(name.rpartition(":")[2], 0)
        return code

    def start(self, name: str, attributes: dict[str, str]) -> None:
        code = self.codes.get(name) or self.code(name)
        if code == _C:
            if self.cells is None:
                return
            reference = attributes.get("r")
            if reference:
                letters = reference.rstrip("0123456789")
                column = self.columns.get(letters)
                if column is None:
                    from openpyxl.utils.cell import column_index_from_string

                    column = self.columns[letters] = (
                        column_index_from_string(letters) if letters else self.column + 1
                    )
                self.column = column
            else:
                self.column += 1
            self.kind = attributes.get("t", "n")
            self.style = attributes.get("s")
            self.text = ""
        elif code == _V:
            self.collect = self.cells is not None
        elif code == _T:
            self.collect = self.in_inline and not self.in_phonetic
        elif code == _IS:
            self.in_inline = True
        elif code == _RPH:
            self.in_phonetic = True
        elif code == _ROW:
            reference = attributes.get("r")
            self.row = int(reference) if reference else self.row + 1
            self.cells = []
            self.column = 0

    def data(self, text: str) -> None:
        if self.collect:
            self.text += text

    def end(self, name: str) -> None:
        code = self.codes.get(name) or self.code(name)
        if code == _C:
            cells = self.cells
            if cells is not None and self.column <= MAX_COLUMNS:
                value = self.value()
                column = self.column
                if column == len(cells) + 1:
                    cells.append(value)
                else:
                    if column > len(cells):
                        cells.extend([None] * (column - len(cells)))
                    cells[column - 1] = value
        elif code == _V or code == _T:
            self.collect = False
        elif code == _IS:
            self.in_inline = False
        elif code == _RPH:
            self.in_phonetic = False
        elif code == _ROW:
            if self.cells is not None:
                self.ready.append((self.row, self.cells))
            self.cells = None
        elif code == _SHEET_DATA:
            self.done = True

    def value(self) -> Cell:
        kind = self.kind
        raw = self.text
        if kind == "inlineStr":
            return raw
        if raw == "":
            return None
        if kind == "s":
            return self.strings[int(raw)]
        if kind == "n":
            number: int | float = (
                float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
            )
            style = self.style
            if style and int(style) in self.date_styles:
                try:
                    return self.from_excel(
                        number, self.epoch, timedelta=int(style) in self.timedelta_styles
                    )
                except (OverflowError, ValueError):
                    return number  # a number formatted as a date, out of range
            return number
        if kind == "b":
            return raw.strip() not in ("0", "false")
        if kind == "str":
            return raw
        if kind == "d":
            try:
                return self.from_iso(raw)
            except ValueError:
                return raw
        return None  # "e": #N/A, #REF!… : no value


_PROLOG_END = re.compile(rb"<[A-Za-z_]")


def _check_prolog(head: bytes, name: str) -> None:
    """Refuse XML whose prolog (before the root element) declares a DTD."""
    text = head.lstrip(b"\xef\xbb\xbf")
    match = _PROLOG_END.search(text)
    prolog = text[: match.start()] if match else text
    if match is None or b"<!DOCTYPE" in prolog.upper() or b"<!ENTITY" in prolog.upper():
        raise ExchangeError(MSG_UNSAFE_XML, name=name)


def _fill_merged(
    cells: list[Cell],
    covered: list[tuple[int, tuple[int, int]]],
    tops: dict[tuple[int, int], Cell],
) -> None:
    for column, top in covered:
        value = tops.get(top)
        if value is None:
            continue
        if column > len(cells):
            cells.extend([None] * (column - len(cells)))
        if cells[column - 1] is None:
            cells[column - 1] = value


def _xlsx_error(error: Exception, name: str) -> ExchangeError:
    kind = type(error).__name__
    cause: BaseException | None = error
    while cause is not None:  # openpyxl wraps the parser's errors in a ValueError
        if (type(cause).__module__ or "").startswith("defusedxml"):
            return ExchangeError(MSG_UNSAFE_XML, name=name)
        cause = cause.__cause__ or cause.__context__
    if isinstance(error, zipfile.BadZipFile | KeyError | EOFError):
        return ExchangeError(MSG_DAMAGED, name=name, detail=str(error) or kind)
    if isinstance(error, MemoryError):
        return ExchangeError(MSG_BOMB, name=name)
    return ExchangeError(MSG_DAMAGED, name=name, detail=f"{kind}: {error}"[:200])


class _quiet(warnings.catch_warnings):
    """openpyxl warns about styles and extensions it ignores: not the user's concern."""

    def __enter__(self) -> None:  # type: ignore[override]
        super().__enter__()
        warnings.simplefilter("ignore")


# --- CSV -------------------------------------------------------------------------------------


def sniff_encoding(head: bytes) -> str:
    """ "utf-8-sig" (BOM), "utf-16" (BOM), "utf-8" when the bytes decode, else "cp1252"."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still UTF-8.
        if error.start < len(head) - 4:
            return "cp1252"
    return "utf-8"


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV sample: ``;`` (French Excel), ``,``, tab or ``|``."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", -1.0
    for candidate in (";", ",", "\t", "|"):
        counts = []
        for line in lines:
            counts.append(len(next(csv.reader([line], delimiter=candidate), [])) - 1)
        if not any(counts):
            continue
        # Consistent counts across lines score best; more columns break ties.
        common = max(set(counts), key=counts.count)
        score = counts.count(common) / len(counts) * 100 + min(common, 50)
        if common > 0 and score > best_score:
            best, best_score = candidate, score
    return best


class CsvSource(Source):
    format = "csv"

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        with path.open("rb") as handle:
            head = handle.read(256 * 1024)
        self.encoding = sniff_encoding(head)
        if self.encoding == "utf-8":
            # Check the whole file: Windows-1252 accents may come late.
            self.encoding = _utf8_or_cp1252(path)
        self.delimiter = sniff_delimiter(head.decode(self.encoding, errors="replace"))
        self.sheets = [SheetInfo(path.stem, False, None)]

    def sheet_name(self, sheet: str | None) -> str:
        return self.sheets[0].name

    def rows(self, sheet: str | None) -> Iterator[Record]:
        csv.field_size_limit(10_000_000)
        with self.path.open(encoding=self.encoding, newline="", errors="replace") as handle:
            reader = csv.reader(handle, delimiter=self.delimiter)
            number = 1
            try:
                for cells in reader:
                    if len(cells) > MAX_COLUMNS:
                        cells = cells[:MAX_COLUMNS]
                    cells = [_unquote(cell) if cell[:1] == "'" else cell for cell in cells]
                    if any(cell.strip() for cell in cells):
                        yield number, list(cells)
                    number = reader.line_num + 1
            except csv.Error as error:
                raise ExchangeError(MSG_UNREADABLE, name=self.name, detail=str(error)) from None


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def _unquote(cell: str) -> str:
    """Undo the apostrophe that CSV exports put before text that looks like a formula
    ("'+33 6 12…", "'=A1"): the cell is that text, not a quote."""
    if cell.startswith("'") and cell[1:2] in _FORMULA_STARTS and cell[1:2] != "":
        return cell[1:]
    return cell


def _utf8_or_cp1252(path: Path) -> str:
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        try:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


# --- Helpers shared with the tests and the wizard --------------------------------------------


def cell_text(cell: Cell) -> str:
    """A cell as text, the way a spreadsheet shows it (for rejects and previews)."""
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return (
            cell.strftime("%d/%m/%Y %H:%M") if cell.time() != time() else cell.strftime("%d/%m/%Y")
        )
    if isinstance(cell, date):
        return cell.strftime("%d/%m/%Y")
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e15:
        return str(int(cell))
    return str(cell)


def read_text(data: bytes) -> str:
    """Decode bytes with the same rules as CSV files (BOM, UTF-8, else Windows-1252)."""
    return data.decode(sniff_encoding(data), errors="replace").lstrip("\ufeff")


__all__ = [
    "MAX_COLUMNS",
    "CsvSource",
    "ExchangeError",
    "SheetInfo",
    "Source",
    "XlsxSource",
    "cell_text",
    "detect_header_row",
    "header_text",
    "open_source",
    "read_text",
    "sniff_delimiter",
    "sniff_encoding",
]
