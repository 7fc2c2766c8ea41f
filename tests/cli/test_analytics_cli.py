"""comptoir rfm / clv / kpis, run as a user runs them."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.analytics.rfm import compute_rfm
from app.demo import populate
from app.workspace import open_workspace
from tests.cli.test_cli import comptoir

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("shop") / "shop.db"
    db = open_workspace(path)
    try:
        populate(db, contacts=150, years=3, seed=7, today=TODAY)
    finally:
        db.dispose()
    return path


def test_rfm_writes_one_row_per_customer_with_the_issue_columns(shop: Path, tmp_path: Path):
    out = tmp_path / "rfm.csv"
    result = comptoir("--db", str(shop), "rfm", "--as-of", "2026-11-23", "--out", str(out))
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [
        "customer_id", "recency_days", "frequency", "monetary",
        "r_score", "f_score", "m_score", "segment",
    ]  # fmt: skip
    db = open_workspace(shop)
    try:
        table = compute_rfm(db, TODAY)
    finally:
        db.dispose()
    assert len(rows) == len(table.rows)
    expected = {row.customer_id: row for row in table.rows}
    for row in rows:
        ours = expected[row["customer_id"]]
        assert int(row["recency_days"]) == ours.recency_days
        assert int(row["frequency"]) == ours.frequency
        assert round(float(row["monetary"]) * 100) == ours.monetary_cents
        assert (int(row["r_score"]), int(row["f_score"]), int(row["m_score"])) == (
            ours.r_score, ours.f_score, ours.m_score,
        )  # fmt: skip


def test_clv_to_xlsx_and_its_parameters_as_json(shop: Path, tmp_path: Path):
    out = tmp_path / "clv.xlsx"
    result = comptoir(
        "--db", str(shop), "clv", "--as-of", "2026-11-23", "--out", str(out), "--params"
    )
    assert result.returncode == 0, result.stderr
    params = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(params) == {"r", "alpha", "a", "b", "p", "q", "v"}
    assert all(value > 0 for value in params.values())
    sheet = openpyxl.load_workbook(out).active
    header = [cell.value for cell in sheet[1]]
    assert header == [
        "customer_id", "frequency", "recency_weeks", "t_weeks", "monetary_mean",
        "p_alive", "expected_purchases", "predicted_value",
    ]  # fmt: skip
    p_alive = [row[5] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert p_alive and all(0 <= value <= 1 for value in p_alive)


def test_kpis_as_json_and_as_a_table(shop: Path):
    result = comptoir(
        "--db", str(shop), "kpis", "--from", "2026-01-01", "--to", "2026-06-30", "--json"
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["orders"]["value"] > 0
    assert report["revenue_cents"]["unit"] == "cents"
    table = comptoir("--db", str(shop), "kpis", "--from", "01/01/2026", "--to", "30/06/2026")
    assert table.returncode == 0, table.stderr
    assert "Revenue" in table.stdout and "Retention rate" in table.stdout


def test_bad_arguments_are_usage_errors_and_bad_files_world_errors(shop: Path, tmp_path: Path):
    bad_date = comptoir("--db", str(shop), "rfm", "--as-of", "2025-13-01", "--out", "x.csv")
    assert bad_date.returncode == 2
    assert "Not a date" in bad_date.stderr
    wrong_kind = comptoir("--db", str(shop), "rfm", "--out", str(tmp_path / "rfm.txt"))
    assert wrong_kind.returncode == 1
    assert wrong_kind.stderr.strip() == "Choose a .csv or .xlsx file name (not rfm.txt)."
    assert not (tmp_path / "rfm.txt").exists()


def test_clv_on_too_few_customers_says_so(tmp_path: Path):
    empty = tmp_path / "empty.db"
    result = comptoir("--db", str(empty), "clv", "--out", str(tmp_path / "clv.csv"))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "clv.csv").exists()


def test_a_second_command_reads_the_saved_results(shop: Path, tmp_path: Path, data_dir: Path):
    """The first command saves the RFM table in the data folder; the next one reads it."""
    outputs = []
    for name in ("first.csv", "second.csv"):
        out = tmp_path / name
        result = comptoir("--db", str(shop), "rfm", "--as-of", "2026-11-23", "--out", str(out))
        assert result.returncode == 0, result.stderr
        outputs.append(out.read_text(encoding="utf-8"))
        files = sorted((data_dir / "cache").glob("*.npz"))
        assert len(files) == 1
        if name == "first.csv":
            saved = files[0].stat()
    assert outputs[0] == outputs[1]
    # Loaded, not computed and saved again.
    now = files[0].stat()
    assert (now.st_ino, now.st_mtime_ns) == (saved.st_ino, saved.st_mtime_ns)
