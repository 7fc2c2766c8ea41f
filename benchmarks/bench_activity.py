"""Time the Activity view's queries on the scale database (300,000 interactions).

    python -m benchmarks.bench_activity [DB] [--repeats 3]

Prints one JSON object: for each view of the Activity pane, the seconds (best of the
repeats) to get the ordered ids (``search_ids``), the counts of the channel chips
(``channel_counts``) and the first page of rows (``rows``), and how many interactions it
lists. The views are those the filter bar makes: the last 90 days (the default), one
channel, one user, the open complaints, a text search, a sort by contact, and all dates.
"Now" is the newest interaction, so the figures do not drift with the calendar.

Targets: every 90-day view (ids + counts + first page) ≤ 0.25 s; "all dates" ≤ 1.5 s.
The database is only read (it is closed without the usual ``PRAGMA optimize``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_DB = HERE / "data" / "bench.db"
PAGE = 200
TARGET_90_DAYS_S = 0.25
TARGET_ALL_DATES_S = 1.5


def _best(function: Callable[[], Any], repeats: int) -> tuple[float, Any]:
    best = float("inf")
    result = None
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def run(db_path: Path, repeats: int = 3) -> dict:
    """Measure the Activity views on ``db_path``; returns the figures."""
    from sqlalchemy import func, select

    from app import activity
    from app.activity import ActivityQuery
    from app.workspace import open_workspace
    from models import Interaction

    db = open_workspace(db_path)
    try:
        with db.read() as session:
            newest = session.scalar(select(func.max(Interaction.occurred_at)))
            busiest_user = session.scalar(
                select(Interaction.user_id)
                .group_by(Interaction.user_id)
                .order_by(func.count().desc())
                .limit(1)
            )
            word = session.scalar(
                select(Interaction.subject)
                .where(Interaction.subject != "")
                .group_by(Interaction.subject)
                .order_by(func.count())
                .limit(1)
            )
        if newest is None:
            raise SystemExit("the database has no interactions")
        recent = ActivityQuery(date_from=newest - timedelta(days=89))
        search = (word or "livraison").split()[0]
        views = {
            "90_days": recent,
            "90_days_phone": replace(recent, channels=frozenset({"phone"})),
            "90_days_one_user": replace(recent, user_id=busiest_user),
            "90_days_text": replace(recent, text=search),
            "90_days_by_contact": replace(recent, sort="contact", descending=False),
            "open_complaints_all_dates": ActivityQuery(complaints="open"),
            "all_dates_text": ActivityQuery(text=search),
            "all_dates": ActivityQuery(),
        }
        figures: dict[str, Any] = {}
        for name, query in views.items():
            ids_s, ids = _best(lambda q=query: activity.search_ids(db, q), repeats)
            counts_s, _ = _best(lambda q=query: activity.channel_counts(db, q), repeats)
            page_s, _ = _best(lambda i=ids: activity.rows(db, i[:PAGE]), repeats)
            total = ids_s + counts_s + page_s
            target = TARGET_ALL_DATES_S if name.startswith(("all_", "open_")) else TARGET_90_DAYS_S
            figures[name] = {
                "listed": len(ids),
                "ids_s": round(ids_s, 4),
                "counts_s": round(counts_s, 4),
                "first_page_s": round(page_s, 4),
                "total_s": round(total, 4),
                "target_s": target,
                "met": total <= target,
            }
        with db.read() as session:
            interactions = session.scalar(select(func.count()).select_from(Interaction))
    finally:
        db.engine.dispose()  # not db.dispose(): that would write the planner's statistics
    return {"interactions": interactions, "search_word": search, "views": figures}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, nargs="?", default=DEFAULT_DB)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.db.is_file():
        parser.error(f"no database at {args.db}")
    with tempfile.TemporaryDirectory() as folder:
        # A throw-away data folder: the benchmark leaves the user's own untouched.
        os.environ.setdefault("COMPTOIR_DATA_DIR", folder)
        print(json.dumps(run(args.db, args.repeats), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
