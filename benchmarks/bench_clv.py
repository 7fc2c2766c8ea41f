"""Time the lifetime-value computation (BG/NBD + Gamma-Gamma) on the scale database.

    python -m benchmarks.bench_clv [DB] [--as-of YYYY-MM-DD]

Prints one JSON object: the customers scored, the repeat buyers the spend model was
fitted on, and the seconds spent loading the history, fitting both models, and in all
(load + fits + per-customer figures). Target (issue 4): fit ≤ 5 s at 100,000 customers.
The database is only read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DB = HERE / "data" / "bench.db"


def _last_order_day(db_path: Path) -> date:
    """The UTC date of the newest order: the benchmark's default as-of date, so that it
    measures the same work whenever it runs."""
    from sqlalchemy import func, select

    from app.workspace import open_workspace
    from models.sales import Order

    db = open_workspace(db_path)
    try:
        with db.read() as session:
            newest: datetime | None = session.scalar(select(func.max(Order.ordered_at)))
    finally:
        db.dispose()
    return (newest or datetime.now(UTC)).astimezone(UTC).date()


def measure(db_path: Path, as_of: date | None = None) -> dict:
    """Time one ``compute_clv`` on ``db_path`` (as of the newest order's date by default)."""
    from app.analytics.clv import compute_clv
    from app.workspace import open_workspace

    if not Path(db_path).exists():
        raise FileNotFoundError(db_path)
    day = as_of or _last_order_day(Path(db_path))
    db = open_workspace(db_path)
    try:
        marks: dict[int, float] = {}

        def progress(done: int, total: int) -> None:
            marks[done] = time.perf_counter()

        start = time.perf_counter()
        result = compute_clv(db, as_of=day, progress=progress)
        end = time.perf_counter()
    finally:
        db.dispose()
    return {
        "as_of": day.isoformat(),
        "customers": len(result.rows),
        "repeat_buyers": sum(1 for row in result.rows if row.frequency > 0),
        "load_s": round(marks[1] - start, 3),
        "fit_s": round(marks[3] - marks[1], 3),
        "figures_s": round(end - marks[3], 3),
        "total_s": round(end - start, 3),
        "params": {name: round(value, 6) for name, value in result.params.as_dict().items()},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, nargs="?", default=DEFAULT_DB)
    parser.add_argument("--as-of", type=date.fromisoformat, default=None)
    args = parser.parse_args(argv)
    if not args.db.exists():
        parser.error(f"no database at {args.db} (build it with python -m benchmarks.generate)")
    # Keep the device id and log beside the benchmark database, not in the user's folder.
    os.environ.setdefault("COMPTOIR_DATA_DIR", str(args.db.parent / "probe-data"))
    print(json.dumps(measure(args.db, args.as_of)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
