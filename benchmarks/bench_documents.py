"""Time writing the customer file PDF and the dashboard report PDF.

    python -m benchmarks.bench_documents DB [--repeats 3]

prints one JSON object. ``customer_file`` is the contact with the most orders; the RFM
table and the lifetime-value fit come from the shared analytics cache, as in the app
(``warm``: already computed by the dashboard or the contact file in this process;
``from_scratch``: computed for this file). ``dashboard`` is the report of the 12 months
to the newest order, ``cold`` (nothing cached; the average predicted value is left out
unless cached, as the GUI does), ``warm`` (RFM and lifetime fit cached) and
``with_lifetime_cold`` (the CLI's default: the fit computed; the disk cache off).
Targets: customer file ≤ 1 s (warm, and in a second process), dashboard ≤ 3 s.

``customer_file.from_scratch`` is the customer file with nothing cached and the disk
cache off; ``customer_file.second_process`` is the real "second time" of the CLI or of
the next start of the app: a new process whose analytics cache finds the RFM table and the
lifetime fit saved (by an earlier process, ``first_process``) in its data folder, the
data being unchanged (``pdf_s``: from opening the database to the PDF written;
``process_s``: the whole command, interpreter start and imports included);
``customer_file.warm`` has them in memory. The disk cache goes to a temporary data folder;
every other figure is measured with it off.

The database is opened read-only (no migration, nothing written): quotes, which record a
number, are not timed here.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

CUSTOMER_TARGET_S = 1.0
DASHBOARD_TARGET_S = 3.0


def open_read_only(path: Path) -> Any:
    """The database without migrating or writing (a read-only SQLite connection)."""
    from models.database import Database, make_engine

    path = path.resolve()
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        login = connection.execute("SELECT login FROM users ORDER BY created_at LIMIT 1").fetchone()
    finally:
        connection.close()
    if login is None:
        raise SystemExit("no user in this database")
    engine = make_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    return Database(engine, path=path, device_id="benchmark", user_login=login[0])


def _times(function: Callable[[], Any], repeats: int) -> dict[str, Any]:
    runs = []
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        function()
        runs.append(time.perf_counter() - start)
    return {"median_s": round(statistics.median(runs), 3), "max_s": round(max(runs), 3)}


def run(db_path: Path, repeats: int = 3) -> dict[str, Any]:
    from sqlalchemy import func, select

    from app.analytics.cache import AnalyticsCache
    from app.analytics.kpis import Period
    from app.documents.base import DocumentOptions
    from app.documents.customer import contact_file_pdf
    from app.documents.dashboard import dashboard_pdf
    from app.documents.render import register_fonts
    from models import Order

    db = open_read_only(db_path)
    try:
        with db.read() as session:
            contact_id, orders = session.execute(
                select(Order.contact_id, func.count())
                .where(Order.contact_id.is_not(None), Order.deleted_at.is_(None))
                .group_by(Order.contact_id)
                .order_by(func.count().desc())
                .limit(1)
            ).one()
            newest = session.scalar(select(func.max(Order.ordered_at)))
        today = newest.date() if newest is not None else date.today()
        period = Period.twelve_months_to(today)
        register_fonts()
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder)
            shared = AnalyticsCache(db, today=lambda: today, disk=False)

            def options(cache: AnalyticsCache) -> DocumentOptions:
                return DocumentOptions(today=today, analytics=cache)

            def customer_cold() -> None:
                cache = AnalyticsCache(db, today=lambda: today, disk=False)
                contact_file_pdf(db, contact_id, out / "c.pdf", options(cache))

            def customer_warm() -> None:
                contact_file_pdf(db, contact_id, out / "c.pdf", options(shared))

            def dashboard_cold() -> None:
                cache = AnalyticsCache(db, today=lambda: today, disk=False)
                dashboard_pdf(db, out / "d.pdf", period, options(cache))

            def dashboard_warm() -> None:
                dashboard_pdf(db, out / "d.pdf", period, options(shared))

            def dashboard_lifetime() -> None:
                cache = AnalyticsCache(db, today=lambda: today, disk=False)
                dashboard_pdf(db, out / "d.pdf", period, options(cache), lifetime=True)

            customer_warm()  # fills the shared cache (RFM and lifetime fit)
            dashboard_pdf(db, out / "d.pdf", period, options(shared), lifetime=True)
            result: dict[str, Any] = {
                "orders_of_the_customer": orders,
                "period": [period.start.isoformat(), period.end.isoformat()],
                "customer_file": {
                    "warm": _times(customer_warm, repeats),
                    "from_scratch": _times(customer_cold, repeats),
                    **_in_new_processes(db_path, contact_id, today, out, repeats),
                },
                "dashboard": {
                    "warm": _times(dashboard_warm, repeats),
                    "cold": _times(dashboard_cold, repeats),
                    "with_lifetime_cold": _times(dashboard_lifetime, repeats),
                },
                "pages": {
                    "customer_file": _pages(out / "c.pdf"),
                    "dashboard": _pages(out / "d.pdf"),
                },
            }
        result["targets_s"] = {"customer_file": CUSTOMER_TARGET_S, "dashboard": DASHBOARD_TARGET_S}
        result["met"] = (
            result["customer_file"]["warm"]["median_s"] <= CUSTOMER_TARGET_S
            and result["customer_file"]["second_process"]["pdf_s"]["median_s"] <= CUSTOMER_TARGET_S
            and result["dashboard"]["cold"]["median_s"] <= DASHBOARD_TARGET_S
        )
        return result
    finally:
        db.engine.dispose()


def _in_new_processes(
    db_path: Path, contact_id: str, today: date, out: Path, repeats: int
) -> dict[str, Any]:
    """The customer file written by new processes sharing a temporary disk cache.

    The first process computes and saves the analytics; the next ones load them.
    """
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "COMPTOIR_DATA_DIR": data}
        env.pop("COMPTOIR_ANALYTICS_CACHE", None)
        runs = []
        for _ in range(1 + max(1, repeats)):
            command = [
                sys.executable,
                "-m",
                "benchmarks.bench_documents",
                "--customer-file",
                str(db_path),
                contact_id,
                today.isoformat(),
                str(out / "p.pdf"),
            ]
            start = time.perf_counter()
            done = subprocess.run(
                command, capture_output=True, text=True, env=env, check=True, timeout=600
            )
            figures = json.loads(done.stdout)
            figures["process_s"] = time.perf_counter() - start
            runs.append(figures)
        first, later = runs[0], runs[1:]

        def summary(key: str) -> dict[str, float]:
            values = [run[key] for run in later]
            return {"median_s": round(statistics.median(values), 3), "max_s": round(max(values), 3)}

        return {
            "first_process": {
                "pdf_s": round(first["pdf_s"], 3),
                "process_s": round(first["process_s"], 3),
                "computed": first["computed"],
            },
            "second_process": {
                "pdf_s": summary("pdf_s"),
                "process_s": summary("process_s"),
                "loaded_from_disk": all(run["loaded"] == {"rfm": 1, "clv": 1} for run in later),
                "cache_files": len(list((Path(data) / "cache").glob("*.npz"))),
            },
        }


def _customer_file_once(db_path: Path, contact_id: str, today: date, out: Path) -> dict[str, Any]:
    """In a new process: the customer file through a cache with its disk layer on."""
    start = time.perf_counter()
    from app.analytics.cache import AnalyticsCache
    from app.documents.base import DocumentOptions
    from app.documents.customer import contact_file_pdf

    imported = time.perf_counter()
    db = open_read_only(db_path)
    try:
        cache = AnalyticsCache(db, today=lambda: today, disk=True)
        contact_file_pdf(db, contact_id, out, DocumentOptions(today=today, analytics=cache))
    finally:
        db.engine.dispose()
    done = time.perf_counter()
    return {
        "pdf_s": done - imported,
        "imports_s": imported - start,
        "loaded": {k: cache.loaded[k] for k in ("rfm", "clv")},
        "computed": {k: cache.computed[k] for k in ("rfm", "clv")},
    }


def _pages(path: Path) -> int:
    data = path.read_bytes()
    return data.count(b"/Type /Page\n") or data.count(b"/Type /Page ") or -1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--customer-file"]:  # one new process of _in_new_processes
        db, contact_id, day, out = argv[1:5]
        figures = _customer_file_once(Path(db), contact_id, date.fromisoformat(day), Path(out))
        print(json.dumps(figures))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.db.is_file():
        parser.error(f"no database at {args.db}")
    print(json.dumps(run(args.db, args.repeats)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
