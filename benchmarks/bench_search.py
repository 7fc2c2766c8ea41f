"""Time the global search (Ctrl+K) as someone types, keystroke by keystroke.

    python -m benchmarks.bench_search DB [--repeats 3]

prints one JSON object: ``keystrokes`` (searches timed: every prefix of each typed text),
``median_ms``, ``p95_ms`` and ``max_ms`` (per keystroke, best of the repeats),
``slowest`` (the text typed at the slowest keystroke), ``per_text`` (the slowest keystroke
of each text, in ms) and ``indexed`` (the rows in each full-text index — a database whose
indexes are empty would measure nothing). Target: every keystroke well under 50 ms on the
100,000-contact, 300,000-interaction database.

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
from pathlib import Path
from typing import Any

from sqlalchemy import text

from app.search import search_everything

#: What people type: names, a city, a phone number, words of notes, a SIREN, accents.
TEXTS = (
    "martin",
    "jean mar",
    "hélène",
    "tours",
    "06 12",
    "devis",
    "livraison",
    "fromage",
    "commande",
    "cave",
    "dupont marie",
    "zzzz",
)
INDEXES = ("contacts_fts", "companies_fts", "deals_fts", "interactions_fts")


def _prefixes(typed: str) -> list[str]:
    return [typed[:n] for n in range(1, len(typed) + 1) if typed[:n].strip()]


def measure(db_path: Path, repeats: int = 3) -> dict[str, Any]:
    from app.workspace import open_workspace

    db = open_workspace(db_path)
    try:
        with db.read() as session:
            indexed = {
                name: session.execute(text(f"SELECT count(*) FROM {name}")).scalar()
                for name in INDEXES
            }
        timings: list[tuple[float, str]] = []
        per_text: dict[str, float] = {}
        for typed in TEXTS:
            slowest = 0.0
            for prefix in _prefixes(typed):
                best = float("inf")
                for _ in range(max(1, repeats)):
                    start = time.perf_counter()
                    search_everything(db, prefix)
                    best = min(best, time.perf_counter() - start)
                timings.append((best * 1000, prefix))
                slowest = max(slowest, best * 1000)
            per_text[typed] = round(slowest, 1)
    finally:
        db.engine.dispose()  # not db.dispose(): that would write the planner's statistics
    values = sorted(ms for ms, _ in timings)
    worst = max(timings)
    return {
        "keystrokes": len(values),
        "median_ms": round(statistics.median(values), 1),
        "p95_ms": round(values[int(0.95 * (len(values) - 1))], 1),
        "max_ms": round(worst[0], 1),
        "slowest": worst[1],
        "per_text": per_text,
        "indexed": indexed,
    }


def run(db_path: Path) -> dict[str, Any]:
    """The figures for ``benchmarks.run``."""
    return measure(Path(db_path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.db.is_file():
        parser.error(f"no database at {args.db}")
    with tempfile.TemporaryDirectory() as folder:
        # A throw-away data folder: the benchmark leaves the user's own untouched.
        os.environ.setdefault("COMPTOIR_DATA_DIR", folder)
        print(json.dumps(measure(args.db, args.repeats)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
