"""Time the duplicates scan over every contact, and how fast it stops when cancelled.

    python -m benchmarks.bench_duplicates DB [--repeats 1]

prints one JSON object: ``contacts``, ``scan_s`` (``scan_contacts``, best of the repeats),
``pairs``, ``pairs_by_reason`` (pairs having each reason), ``pairs_by_score`` (by bands of
10), ``progress_reports`` and ``longest_silence_s`` (the longest time without a progress
report), ``cancel_s`` (from the cancel request, half-way through the names, to the scan's
return) and ``companies_scan_s``, ``company_pairs``; ``peak_rss_mb`` is the process's peak
resident memory. Target: ``scan_s`` ≤ 15 s on the 100,000-contact database, with progress
and a prompt cancel.

The database is only read (it is closed without the usual ``PRAGMA optimize``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.duplicates import REASONS, ScanCancelled, scan_companies, scan_contacts
from models import Contact
from models.database import Database

#: Where the cancel is requested (per mille of the scan: within the comparison of names).
CANCEL_AT = 500


def _timed_scan(db: Database) -> tuple[float, list[Any], list[tuple[float, int]]]:
    reports: list[tuple[float, int]] = []
    start = time.perf_counter()

    def progress(done: int, total: int, message: str) -> None:
        reports.append((time.perf_counter() - start, done))

    pairs = scan_contacts(db, progress, lambda: False)
    return time.perf_counter() - start, pairs, reports


def _cancel_latency(db: Database) -> float | None:
    """Seconds from the cancel request to the scan's return (None if it was not stopped)."""
    asked = threading.Event()
    outcome: dict[str, Any] = {}

    def progress(done: int, total: int, message: str) -> None:
        if done >= CANCEL_AT and not asked.is_set():
            outcome["asked_at"] = time.perf_counter()
            asked.set()

    def work() -> None:
        try:
            scan_contacts(db, progress, asked.is_set)
            outcome["cancelled"] = False
        except ScanCancelled:
            outcome["cancelled"] = True
        outcome["returned_at"] = time.perf_counter()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    if not outcome.get("cancelled"):
        return None
    return outcome["returned_at"] - outcome["asked_at"]


def measure(db_path: Path, repeats: int = 1) -> dict:
    """Scan ``db_path`` ``repeats`` times (best time kept), then once more to cancel it."""
    from app.workspace import open_workspace

    db = open_workspace(db_path)
    try:
        with db.read() as session:
            contacts = session.scalar(
                select(func.count()).select_from(Contact).where(Contact.deleted_at.is_(None))
            )
        best = float("inf")
        pairs: list[Any] = []
        reports: list[tuple[float, int]] = []
        for _ in range(max(1, repeats)):
            seconds, pairs, reports = _timed_scan(db)
            best = min(best, seconds)
        cancel_s = _cancel_latency(db)
        start = time.perf_counter()
        company_pairs = scan_companies(db)
        companies_s = time.perf_counter() - start
    finally:
        db.engine.dispose()  # not db.dispose(): that would write the planner's statistics
    moments = [0.0] + [moment for moment, _ in reports]
    silences = [later - earlier for earlier, later in zip(moments, moments[1:], strict=False)]
    by_reason = Counter(reason for pair in pairs for reason in pair.reasons)
    by_score = Counter(f"{min(pair.score // 10 * 10, 90)}+" for pair in pairs)
    return {
        "contacts": contacts,
        "scan_s": round(best, 3),
        "pairs": len(pairs),
        "pairs_by_reason": {reason: by_reason[reason] for reason in REASONS if by_reason[reason]},
        "pairs_by_score": dict(sorted(by_score.items(), reverse=True)),
        "progress_reports": len(reports),
        "longest_silence_s": round(max(silences), 3) if silences else None,
        "cancel_s": round(cancel_s, 3) if cancel_s is not None else None,
        "companies_scan_s": round(companies_s, 3),
        "company_pairs": len(company_pairs),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def run(db_path: Path) -> dict:
    """The figures of one scan of ``db_path`` (see the module's docstring)."""
    return measure(db_path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeats", type=int, default=1)
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
