"""comptoir export, run as a user runs it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.audience import resolve_audience
from app.demo import populate
from app.workspace import open_workspace
from tests.cli.test_cli import comptoir

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("shop") / "shop.db"
    db = open_workspace(path)
    try:
        populate(db, contacts=80, years=2, seed=3, today=TODAY)
    finally:
        db.dispose()
    return path


def test_export_contacts_of_a_segment_to_xlsx(shop: Path, tmp_path: Path):
    out = tmp_path / "vip.xlsx"
    result = comptoir("--db", str(shop), "export", "contacts", str(out), "--segment", "VIP")
    assert result.returncode == 0, result.stderr
    db = open_workspace(shop)
    try:
        audience = resolve_audience(db, "VIP")
    finally:
        db.dispose()
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 1 + len(audience.contact_ids) > 1
    assert f"{len(audience.contact_ids)} contacts exported" in result.stdout


@pytest.mark.parametrize("kind", ["companies", "deals", "tasks", "interactions", "orders"])
def test_export_each_kind_to_csv(shop: Path, tmp_path: Path, kind: str):
    out = tmp_path / f"{kind}.csv"
    result = comptoir("--db", str(shop), "export", kind, str(out))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b";" in data.splitlines()[0]


def test_export_summary_for_a_year(shop: Path, tmp_path: Path):
    out = tmp_path / "summary.xlsx"
    result = comptoir("--db", str(shop), "export", "summary", str(out), "--year", "2026")
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Summary", "By month", "By customer", "By product", "Orders"]
    assert book["Orders"].cell(book["Orders"].max_row, 8).value.startswith("=SUM(H2:H")


def test_export_errors_are_one_line(shop: Path, tmp_path: Path):
    result = comptoir("--db", str(shop), "export", "deals", str(tmp_path / "x.pdf"))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and ".xlsx" in result.stderr
    result = comptoir(
        "--db", str(shop), "export", "contacts", str(tmp_path / "x.xlsx"), "--segment", "Nobody"
    )
    assert result.returncode == 1 and "Nobody" in result.stderr
    result = comptoir(
        "--db", str(shop), "export", "deals", str(tmp_path / "x.xlsx"), "--segment", "VIP"
    )
    assert result.returncode == 1 and "only applies to contacts" in result.stderr
    assert not list(tmp_path.glob("x.*"))
