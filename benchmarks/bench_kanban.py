"""Time the kanban board of the default pipeline: the query alone, and the board shown.

    python -m benchmarks.bench_kanban DB [--repeats 7]

prints one JSON object: ``open_deals`` and ``cards`` (on the board), ``query_s`` (the
``app.pipeline.board`` call: median and max of the repeats), ``board_s`` (from asking
for the board to the widget laid out and painted offscreen, 1200×760: median and max).
Target (issue "Operational CRM"): ``board_s`` ≤ 0.3 s with 2,000 open deals.

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

WIDTH, HEIGHT = 1200, 760


def _figures(values: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(values), 4), "max": round(max(values), 4)}


def run(db_path: Path, repeats: int = 7) -> dict:
    """Measure on ``db_path``; returns the figures (see the module's docstring)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from app import pipeline as pl
    from app.workspace import open_workspace
    from ui.kanban import KanbanBoard

    app = QApplication.instance() or QApplication([])
    db = open_workspace(db_path)
    try:
        pipeline_id = pl.default_pipeline_id(db)
        query_times = []
        board = None
        for _ in range(max(1, repeats)):
            start = time.perf_counter()
            board = pl.board(db, pipeline_id)
            query_times.append(time.perf_counter() - start)
        assert board is not None
        widget = KanbanBoard(db)
        widget.resize(WIDTH, HEIGHT)
        widget.show()
        app.processEvents()
        image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
        shown_times = []
        for _ in range(max(1, repeats)):
            start = time.perf_counter()
            widget.set_pipeline(pipeline_id)  # reads the board and fills the columns
            widget.layout().activate()
            app.processEvents()  # layout requests, then the paint
            widget.render(image)  # paints every visible column and card
            shown_times.append(time.perf_counter() - start)
        cards = sum(column.model.rowCount() for column in widget.columns)
        widget.close()
        widget.deleteLater()
        app.processEvents()
        return {
            "open_deals": board.open_count,
            "cards": cards,
            "columns": len(board.columns),
            "query_s": _figures(query_times),
            "board_s": _figures(shown_times),
        }
    finally:
        db.engine.dispose()  # not db.dispose(): that would write the planner's statistics


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)
    if not args.db.is_file():
        parser.error(f"no database at {args.db}")
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("COMPTOIR_DATA_DIR", folder)
        print(json.dumps(run(args.db, args.repeats)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
