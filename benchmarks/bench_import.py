"""Time imports: 100,000 contacts from .xlsx (with peak memory, beside pandas) and
1,000,000 order lines.

    python -m benchmarks.bench_import [DB] [--contacts 100000] [--lines 1000000]
                                      [--lines-xlsx] [--work DIR]

prints one JSON object:

- ``contacts``: ``seconds`` (``run_import`` of the generated workbook, in a fresh
  process), ``peak_rss_mb`` (peak resident memory of that process: Python, the app's
  modules and the import), ``baseline_rss_mb`` (the same process before importing),
  ``pandas_s`` (``pandas.read_excel`` + ``DataFrame.to_sql`` of the same file into a new
  SQLite file), ``ratio`` (ours / pandas). Targets: ≤ 20 s, ≤ 400 MB.
- ``orders_csv`` (and ``orders_xlsx`` with ``--lines-xlsx``): ``seconds`` to import the
  order lines (grouped into orders, customers and products created), ``peak_rss_mb``.
  Target: ≤ 90 s.

Every import goes into a new database in a scratch folder: the database given (the
shared benchmark database) is never written; it is accepted for the ``run(db_path)``
convention of ``benchmarks/run.py`` only.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

FIRST = ["Zoé", "Léo", "Hélène", "Jean", "Marie", "Lucas", "Chloé", "Hugo", "Inès", "Louis",
         "Camille", "Jules", "Léa", "Gabriel", "Manon", "Arthur", "Emma", "Noé", "Jade",
         "Paul"]  # fmt: skip
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David",
        "Bertrand", "Roux", "Vincent", "Fournier"]  # fmt: skip
CITIES = [("Paris", "75011"), ("Lyon", "69003"), ("Marseille", "13001"), ("Lille", "59000"),
          ("Nantes", "44000"), ("Bourg-en-Bresse", "01000"), ("Orléans", "45000"),
          ("Toulouse", "31000")]  # fmt: skip
CONTACT_HEADERS = ["N° client", "Civilité", "Nom", "Prénom", "Courriel", "Tél.", "Portable",
                   "Adresse", "CP", "Ville", "Société", "Date de naissance"]  # fmt: skip
ORDER_HEADERS = ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price",
                 "Customer ID", "Country"]  # fmt: skip


def contact_rows(n: int, seed: int = 5):
    rng = random.Random(seed)
    for i in range(n):
        city, postcode = rng.choice(CITIES)
        yield [
            f"CL{i:07d}",
            rng.choice(("M.", "Mme", None)),
            rng.choice(LAST),
            rng.choice(FIRST),
            f"client{i}@exemple.fr",
            f"01 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)}",
            600000000 + i,  # a mobile stored as a number (its 0 lost)
            f"{rng.randint(1, 200)} rue de la République",
            int(postcode) if rng.random() < 0.3 else postcode,
            city,
            f"Société {rng.randint(1, 5000)}" if rng.random() < 0.4 else None,
            datetime(1950, 1, 1) + timedelta(days=rng.randint(0, 20000)),
        ]


def order_rows(n: int, seed: int = 9):
    rng = random.Random(seed)
    invoice = 500000
    start = datetime(2023, 1, 2, 9, 0)
    i = 0
    while i < n:
        invoice += 1
        cancelled = rng.random() < 0.02
        number = f"C{invoice}" if cancelled else str(invoice)
        customer = rng.randint(10000, 59999) if rng.random() < 0.8 else None
        when = start + timedelta(minutes=invoice - 500000)
        for _ in range(min(rng.randint(1, 40), n - i)):
            product = rng.randint(1, 4000)
            quantity = rng.randint(1, 24) * (-1 if cancelled else 1)
            yield [number, f"P{product:05d}", f"ARTICLE {product}", quantity, when,
                   round(rng.uniform(0.3, 40), 2), customer, "United Kingdom"]  # fmt: skip
            i += 1


def write_xlsx(path: Path, headers: list[str], rows) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Data")
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def write_csv(path: Path, headers: list[str], rows) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
        for row in rows:
            writer.writerow(
                [v.strftime("%d/%m/%Y %H:%M") if isinstance(v, datetime) else v for v in row]
            )


def _peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _current_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def child_import(db_path: Path, file: Path, kind: str) -> dict:
    """Run in a fresh process: import ``file`` into a new database at ``db_path``."""
    from app.exchange.importer import ImportOptions, run_import
    from app.workspace import open_workspace

    db = open_workspace(db_path)
    baseline = _current_rss_mb()
    start = time.perf_counter()
    summary = run_import(db, file, ImportOptions(kind))
    seconds = time.perf_counter() - start
    db.engine.dispose()
    return {
        "seconds": round(seconds, 2),
        "read": summary.read,
        "created": summary.created,
        "rejected": summary.rejected,
        "extra": summary.extra,
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "baseline_rss_mb": round(baseline, 1),
    }


def _in_child(db_path: Path, file: Path, kind: str, work: Path) -> dict:
    env = {**os.environ, "COMPTOIR_DATA_DIR": str(work / "data")}
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_import", "--child", kind, str(db_path), str(file)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise SystemExit(f"import of {file.name} failed:\n{completed.stderr}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def pandas_import(file: Path, db_path: Path) -> float:
    import sqlite3
    import warnings

    import pandas as pd

    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = pd.read_excel(file, engine="openpyxl")
    connection = sqlite3.connect(db_path)
    try:
        frame.to_sql("contacts", connection, index=False, if_exists="replace")
        connection.commit()
    finally:
        connection.close()
    return time.perf_counter() - start


def measure(
    contacts: int = 100_000, lines: int = 1_000_000, lines_xlsx: bool = False,
    work: Path | None = None,
) -> dict:  # fmt: skip
    with tempfile.TemporaryDirectory(dir=work) as folder:
        scratch = Path(folder)
        (scratch / "data").mkdir()
        result: dict = {}
        if contacts:
            book = scratch / "contacts.xlsx"
            write_xlsx(book, CONTACT_HEADERS, contact_rows(contacts))
            figures = _in_child(scratch / "contacts.db", book, "contacts", scratch)
            pandas_s = pandas_import(book, scratch / "pandas.db")
            figures.update(
                file_mb=round(book.stat().st_size / 1e6, 1),
                pandas_s=round(pandas_s, 2),
                ratio=round(figures["seconds"] / pandas_s, 2),
            )
            result["contacts"] = figures
        if lines:
            table = scratch / "lines.csv"
            write_csv(table, ORDER_HEADERS, order_rows(lines))
            figures = _in_child(scratch / "orders_csv.db", table, "orders", scratch)
            figures["file_mb"] = round(table.stat().st_size / 1e6, 1)
            result["orders_csv"] = figures
            table.unlink()
            if lines_xlsx:
                book = scratch / "lines.xlsx"
                write_xlsx(book, ORDER_HEADERS, order_rows(lines))
                figures = _in_child(scratch / "orders_xlsx.db", book, "orders", scratch)
                figures["file_mb"] = round(book.stat().st_size / 1e6, 1)
                result["orders_xlsx"] = figures
        return result


def run(db_path: Path | None = None, **options) -> dict:
    """The figures, with the import targets (``db_path`` is not used: never written)."""
    figures = measure(**options)
    figures["targets"] = {
        "contacts_s": 20,
        "contacts_peak_rss_mb": 400,
        "order_lines_s": 90,
    }
    return figures


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        kind, db_path, file = argv[1:4]
        print(json.dumps(child_import(Path(db_path), Path(file), kind)))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, nargs="?", help="ignored (never written)")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--lines-xlsx", action="store_true", help="also time lines from .xlsx")
    parser.add_argument("--work", type=Path, help="scratch folder (default: the system's)")
    args = parser.parse_args(argv)
    print(
        json.dumps(
            run(
                args.db,
                contacts=args.contacts,
                lines=args.lines,
                lines_xlsx=args.lines_xlsx,
                work=args.work,
            )
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
