"""Measure the real GUI on a database, in a process of its own.

Run by ``benchmarks.run`` (which passes the time it launched this process in
``COMPTOIR_BENCH_T0``, so start-up includes Python's own start and every import):

    python -m benchmarks.gui_probe DB startup   -> {"startup_s": …}
    python -m benchmarks.gui_probe DB measure   -> search, contact file, scrolling, memory

The window is built by the same functions ``run_gui`` uses, on the offscreen platform,
and every measurement includes painting the visible rows (which fetches them).
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

T0 = float(os.environ.get("COMPTOIR_BENCH_T0") or time.time())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _summary(values_ms: list[float]) -> dict[str, float]:
    return {
        "n": len(values_ms),
        "median_ms": round(statistics.median(values_ms), 1),
        "p95_ms": round(_percentile(values_ms, 0.95), 1),
        "max_ms": round(max(values_ms), 1),
    }


def main(argv: list[str]) -> int:
    db_path, mode = Path(argv[0]), argv[1]
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.workspace import open_workspace, setup_logging
    from ui.application import Session, application
    from ui.errors import install_excepthook
    from ui.i18n import install_translators

    application()
    setup_logging()
    install_translators()
    install_excepthook()
    db = open_workspace(db_path)
    session = Session(db)
    window = session.window
    window.remember_layout = False
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    window.contacts.table.viewport().repaint()
    startup = time.time() - T0
    stages = {"window shown": _peak_mb()}
    if mode == "startup":
        print(json.dumps({"startup_s": round(startup, 3)}))
        session.close()
        return 0

    pane = window.contacts
    model = pane.model
    view = pane.table
    rng = random.Random(7)

    # -- search as you type: every prefix of realistic words, then clearing the field --
    sample = rng.sample(model.ids(), 40)
    words: list[str] = []
    for contact_id in sample[:12]:
        row = pane.service.rows([contact_id])[0]
        words.append(row.name.split()[-1])
    for contact_id in sample[12:18]:
        row = pane.service.rows([contact_id])[0]
        words.append(row.name.split()[0])
    for contact_id in sample[18:22]:
        row = pane.service.rows([contact_id])[0]
        words.append(row.city)
        words.append(row.phone[:8])
        words.append(row.email.split("@")[0][:7])
    keystrokes: list[float] = []
    per_length: dict[int, list[float]] = {}
    for word in [w for w in words if w]:
        for end in range(1, len(word) + 1):
            prefix = word[:end]
            started = time.perf_counter()
            pane.search.setText(prefix)
            pane.apply_filters()
            view.viewport().repaint()
            elapsed = (time.perf_counter() - started) * 1000
            keystrokes.append(elapsed)
            per_length.setdefault(min(end, 4), []).append(elapsed)
        started = time.perf_counter()
        pane.search.clear()
        pane.apply_filters()
        view.viewport().repaint()
        keystrokes.append((time.perf_counter() - started) * 1000)
    QApplication.processEvents()
    stages["after searching"] = _peak_mb()

    # -- opening contact files (the contacts with the most history come first) --------
    opens: list[float] = []
    for contact_id in sample[22:40]:
        started = time.perf_counter()
        window.open_contact(contact_id)
        window.contact_view.repaint()
        opens.append((time.perf_counter() - started) * 1000)
        window.back()
    QApplication.processEvents()
    stages["after contact files"] = _peak_mb()

    # -- scrolling the whole list, a page at a time -------------------------------------
    pane.search.clear()
    pane.apply_filters()
    bar = view.verticalScrollBar()
    fetches_before = model.fetches
    steps: list[float] = []
    bar.setValue(0)
    scroll_started = time.perf_counter()
    while bar.value() < bar.maximum():
        started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().repaint()
        steps.append((time.perf_counter() - started) * 1000)
    scroll_total = time.perf_counter() - scroll_started

    stages["after scrolling"] = _peak_mb()

    # -- the dashboard: first shown (RFM, lifetime-value fit, KPIs, charts all computed),
    #    then refreshed with the models already computed (a period change or a new look) --
    dashboard = window.dashboard

    def drawn(action: object) -> float:
        loop = QEventLoop()
        dashboard.ready.connect(loop.quit)
        started = time.perf_counter()
        action()  # type: ignore[operator]
        if dashboard.is_busy():
            QTimer.singleShot(120_000, loop.quit)
            loop.exec()
        QApplication.processEvents()
        dashboard.repaint()
        dashboard.ready.disconnect(loop.quit)
        return (time.perf_counter() - started) * 1000

    first_shown = drawn(lambda: window.show_pane("dashboard"))
    refreshes = [drawn(dashboard.refresh) for _ in range(3)]
    peak_mb = _peak_mb()
    stages["after the dashboard"] = peak_mb
    result = {
        "startup_s": round(startup, 3),
        "contacts": model.rowCount(),
        "search_keystroke": _summary(keystrokes),
        "search_by_prefix_length": {
            ("4+" if k == 4 else str(k)): _summary(v) for k, v in sorted(per_length.items())
        },
        "open_contact_file": _summary(opens),
        "scroll": {
            **_summary(steps),
            "total_s": round(scroll_total, 2),
            "pages_fetched": model.fetches - fetches_before,
            "page_size": model.page_size,
            "rows_cached_at_most": model.page_size * model.max_pages,
        },
        "dashboard": {
            "first_shown_ms": round(first_shown, 1),
            "refresh_ms": [round(value, 1) for value in refreshes],
            "refresh_median_ms": round(statistics.median(refreshes), 1),
        },
        "peak_memory_mb": peak_mb,
        "peak_memory_by_stage_mb": stages,
    }
    print(json.dumps(result))
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
