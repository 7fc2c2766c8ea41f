"""Writing a table of results to .csv or .xlsx (for the command line's --out files).

CSV is plain and machine-friendly (comma, UTF-8, '.' decimals), for other tools to read.
XLSX cells are typed (numbers as numbers, dates as dates), the header row is frozen with
an autofilter, and no text cell can run as a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.errors import QT_TRANSLATE_NOOP, UserError

MSG_FORMAT = QT_TRANSLATE_NOOP("errors", "Choose a .csv or .xlsx file name (not {name}).")
MSG_WRITE = QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}.")


def check_table_path(path: Path) -> None:
    """Refuse, before any work, a file name that is neither .csv nor .xlsx."""
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise UserError(MSG_FORMAT, name=path.name)


def write_table(path: Path, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write ``rows`` under the header ``columns``; returns the number of rows written."""
    check_table_path(path)
    try:
        if path.suffix.lower() == ".csv":
            return _write_csv(path, columns, rows)
        return _write_xlsx(path, columns, rows)
    except OSError as error:
        raise UserError(MSG_WRITE, path=str(path), reason=error.strerror or str(error)) from error


def _write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
            count += 1
    return count


def _write_xlsx(path: Path, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Data")
    sheet.freeze_panes = "A2"
    widths = [max(10, len(name) + 2) for name in columns]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width, 40)
    header = []
    for name in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text stays text, even "=1+1"
            elif isinstance(value, datetime):
                cell.value = value.replace(tzinfo=None)
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            cells.append(cell)
        sheet.append(cells)
        count += 1
    last = get_column_letter(max(1, len(columns)))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    workbook.save(path)
    return count
