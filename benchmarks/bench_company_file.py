"""Time opening the company file of the big account, and of a few ordinary companies.

    python -m benchmarks.bench_company_file DB [--repeats 7] [--no-gui]

prints one JSON object: the big account (the company with the most people: 500 people
and 10,000 interactions in the generated database) with ``load_ms`` (``load_company_file``:
median and max of the repeats, after one warm-up) and ``view_ms`` (the whole
``CompanyFileView.show_company``: loading and building the page, offscreen), then the
same for a few ordinary companies. Target: the big account's file in ≤ 200 ms on the
100,000-contact database.

The database is only read (it is closed without the usual ``PRAGMA optimize``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

TARGET_MS = 200
ORDINARY = 5


def _times(function: Callable[[], Any], repeats: int) -> dict[str, Any]:
    """Median and max of ``repeats`` runs after one warm-up run, in milliseconds."""
    function()
    runs = []
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        function()
        runs.append((time.perf_counter() - start) * 1000)
    return {
        "median_ms": round(statistics.median(runs), 1),
        "max_ms": round(max(runs), 1),
        "runs_ms": [round(r, 1) for r in runs],
    }


def _companies(db: Any) -> tuple[str, list[str]]:
    """The big account (most people) and a few ordinary companies (with 1 to 3 people)."""
    from models import Company, Contact

    with db.read() as session:
        people = (
            select(Contact.company_id, func.count().label("n"))
            .where(Contact.company_id.is_not(None), Contact.deleted_at.is_(None))
            .group_by(Contact.company_id)
            .subquery()
        )
        big = session.scalar(select(people.c.company_id).order_by(people.c.n.desc()).limit(1))
        ordinary = list(
            session.scalars(
                select(Company.id)
                .join(people, people.c.company_id == Company.id)
                .where(people.c.n.between(1, 3), Company.deleted_at.is_(None))
                .order_by(Company.sort_name)
                .limit(ORDINARY)
            )
        )
    if big is None:
        raise SystemExit("no company with people in this database")
    return big, ordinary


def _view_timer(db: Any) -> Callable[[str], Callable[[], Any]] | None:
    """A function making "show this company in the file view" callables (None without Qt)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication

        from ui.company_file import CompanyFileView
    except ImportError:
        return None
    app = QApplication.instance() or QApplication([])
    view = CompanyFileView(db)
    view.resize(1200, 760)
    view.show()

    def timer(company_id: str) -> Callable[[], Any]:
        def show() -> None:
            view.show_company(company_id)
            app.processEvents()

        return show

    return timer


def run(db_path: Path, repeats: int = 7, gui: bool = True) -> dict[str, Any]:
    """Time the company files on ``db_path`` (see the module's doc)."""
    from app.company_file import load_company_file
    from app.workspace import open_workspace

    db = open_workspace(db_path)
    try:
        big, ordinary = _companies(db)
        data = load_company_file(db, big)
        result: dict[str, Any] = {
            "company": data.name,
            "people": len(data.people),
            "interactions": data.interaction_count,
            "orders": data.order_count,
            "load": _times(lambda: load_company_file(db, big), repeats),
        }
        view = _view_timer(db) if gui else None
        if view is not None:
            result["view"] = _times(view(big), repeats)
        loads = [_times(lambda c=c: load_company_file(db, c), 3)["median_ms"] for c in ordinary]
        result["ordinary"] = {
            "companies": len(ordinary),
            "load_median_ms": round(statistics.median(loads), 1) if loads else None,
            "load_max_ms": round(max(loads), 1) if loads else None,
        }
        if view is not None and ordinary:
            shows = [_times(view(c), 3)["median_ms"] for c in ordinary]
            result["ordinary"]["view_median_ms"] = round(statistics.median(shows), 1)
            result["ordinary"]["view_max_ms"] = round(max(shows), 1)
        worst = max(result["load"]["median_ms"], result.get("view", {}).get("median_ms", 0))
        result["target_ms"] = TARGET_MS
        result["met"] = worst <= TARGET_MS
        return result
    finally:
        db.engine.dispose()  # not db.dispose(): that would write the planner's statistics


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--no-gui", action="store_true", help="time the loading only")
    args = parser.parse_args(argv)
    if not args.db.is_file():
        parser.error(f"no database at {args.db}")
    with tempfile.TemporaryDirectory() as folder:
        # A throw-away data folder: the benchmark leaves the user's own untouched.
        os.environ.setdefault("COMPTOIR_DATA_DIR", folder)
        print(json.dumps(run(args.db, args.repeats, gui=not args.no_gui)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
