"""Time the RFM table of every customer, beside a plain pandas computation of the same table.

    python -m benchmarks.bench_rfm DB [--as-of YYYY-MM-DD] [--repeats 3]

prints one JSON object: ``customers``, ``rfm_s`` (``compute_rfm``, best of the repeats),
``pandas_s`` (the pandas way, best of the repeats), ``ratio`` (ours / pandas; the issue
asks for ≤ 1), ``identical`` (both give the same figures, scores and segment to every
customer). Targets: ``rfm_s`` ≤ 1 s on the 100,000-customer database, ``ratio`` ≤ 1.

The database is only read (it is closed without the usual ``PRAGMA optimize``). pandas
comes with the ``bench`` extra.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from app.analytics.rfm import RfmTable, compute_rfm
from app.analytics.segments import GRID
from models.database import Database

#: The orders of live contacts, as a pandas user would read them.
PANDAS_SQL = """
SELECT o.contact_id, c.external_ref, o.ordered_at, o.total_cents
FROM orders AS o JOIN contacts AS c ON c.id = o.contact_id
WHERE o.kind = 'order' AND o.deleted_at IS NULL AND c.deleted_at IS NULL
  AND o.ordered_at < :end
"""


def pandas_rfm(db: Database, as_of: date) -> Any:
    """The same RFM table, the plain pandas way: one DataFrame indexed by contact id."""
    import pandas as pd
    from sqlalchemy import text

    end = datetime.combine(as_of + timedelta(days=1), datetime.min.time())
    with db.engine.connect() as connection:
        orders = pd.read_sql(
            text(PANDAS_SQL),
            connection,
            params={"end": end.strftime("%Y-%m-%d %H:%M:%S.%f")},
            parse_dates={"ordered_at": {"format": "ISO8601"}},
        )
    orders["day"] = orders["ordered_at"].dt.normalize()
    table = orders.groupby("contact_id").agg(
        external_ref=("external_ref", "first"),
        last_day=("day", "max"),
        frequency=("day", "size"),
        monetary_cents=("total_cents", "sum"),
    )
    n = len(table)
    table["customer_id"] = table["external_ref"].where(
        table["external_ref"].fillna("") != "", table.index.to_series()
    )
    table["recency_days"] = (pd.Timestamp(as_of) - table["last_day"]).dt.days
    # rank(method="min") - 1 = how many are strictly smaller (or larger, descending).
    smaller_f = table["frequency"].rank(method="min") - 1
    smaller_m = table["monetary_cents"].rank(method="min") - 1
    larger_r = table["recency_days"].rank(method="min", ascending=False) - 1
    table["r_score"] = (1 + (5 * larger_r) // n).astype("int64")
    table["f_score"] = (1 + (5 * smaller_f) // n).astype("int64")
    table["m_score"] = (1 + (5 * smaller_m) // n).astype("int64")
    grid = np.array(GRID, dtype=object)
    table["segment"] = grid[table["r_score"] - 1, table["f_score"] - 1]
    return table.sort_values("customer_id")


def same_tables(ours: RfmTable, theirs: Any) -> bool:
    """Whether both give every customer the same figures, scores and segment."""
    if len(ours) != len(theirs):
        return False
    columns = [
        "customer_id",
        "recency_days",
        "frequency",
        "monetary_cents",
        "r_score",
        "f_score",
        "m_score",
        "segment",
    ]
    expected = {
        contact_id: tuple(values)
        for contact_id, values in zip(
            theirs.index, theirs[columns].itertuples(index=False, name=None), strict=True
        )
    }
    return all(
        expected.get(row.contact_id)
        == (
            row.customer_id,
            row.recency_days,
            row.frequency,
            row.monetary_cents,
            row.r_score,
            row.f_score,
            row.m_score,
            row.segment,
        )
        for row in ours.rows
    )


def _best(function: Callable[[], Any], repeats: int) -> tuple[float, Any]:
    best = float("inf")
    result = None
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def measure(db_path: Path, as_of: date | None = None, repeats: int = 3) -> dict:
    """Time ``compute_rfm`` and the pandas computation on ``db_path``, best of ``repeats``."""
    import pandas  # noqa: F401  (imported before timing: its import is not the work)

    from app.workspace import open_workspace

    day = as_of if as_of is not None else date.today()
    db = open_workspace(db_path)
    try:
        rfm_s, ours = _best(lambda: compute_rfm(db, day), repeats)
        pandas_s, theirs = _best(lambda: pandas_rfm(db, day), repeats)
    finally:
        db.engine.dispose()  # not db.dispose(): that would write the planner's statistics
    return {
        "as_of": day.isoformat(),
        "customers": len(ours),
        "rfm_s": round(rfm_s, 3),
        "pandas_s": round(pandas_s, 3),
        "ratio": round(rfm_s / pandas_s, 3),
        "identical": same_tables(ours, theirs),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--as-of", type=date.fromisoformat, default=None)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.db.is_file():
        parser.error(f"no database at {args.db}")
    with tempfile.TemporaryDirectory() as folder:
        # A throw-away data folder: the benchmark leaves the user's own untouched.
        os.environ.setdefault("COMPTOIR_DATA_DIR", folder)
        print(json.dumps(measure(args.db, args.as_of, args.repeats)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
