"""Result tables written to .csv and .xlsx."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.errors import UserError
from app.tables import write_table


def test_csv_is_plain_utf8_with_a_header(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    assert (
        write_table(path, ["id", "name", "amount"], [["c1", "Hélène", 12.5], ["c2", None, 3]]) == 2
    )
    assert path.read_bytes()[:3] != b"\xef\xbb\xbf"
    with path.open(encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle)) == [
            ["id", "name", "amount"],
            ["c1", "Hélène", "12.5"],
            ["c2", "", "3"],
        ]


def test_xlsx_cells_are_typed_and_text_never_runs_as_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_table(path, ["note", "amount", "day"], [['=HYPERLINK("x")', 12.5, date(2024, 12, 31)]])
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[1]] == ["note", "amount", "day"]
    note, amount, day = sheet[2]
    assert (note.value, note.data_type) == ('=HYPERLINK("x")', "s")
    assert (amount.value, amount.data_type) == (12.5, "n")
    assert day.is_date and day.value.date() == date(2024, 12, 31)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C2"


def test_other_extensions_are_refused_before_writing(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="out.txt"):
        write_table(tmp_path / "out.txt", ["a"], [[1]])
    assert not (tmp_path / "out.txt").exists()
