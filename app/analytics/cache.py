"""One shared memo of the RFM table and the lifetime-value fit, for every view of a database.

The dashboard and the contact file show figures from the same computations: computing the
RFM table of 100,000 customers takes about half a second and fitting the lifetime-value
models several seconds, so they are done once and kept here.

A result is keyed by its as-of date and by the newest entry of the change log (every write
adds one), so any write makes the cached results stale; the next request computes them
again. Requests for the same key made at the same time (the dashboard and the contact file,
on two pool threads) share one computation: the second waits for the first. A
:class:`~app.analytics.clv.ClvFitError` is cached like a result and raised again, so a
fit that cannot be trusted is not attempted again until the data changes.

Finished RFM tables and lifetime-value fits are also saved in the data folder
(:mod:`app.analytics.cache_files`), so that the next process (the CLI, the next start of
the app) loads them instead of computing them again while the data has not changed. The
``peek_*`` methods only look in memory (they run on the GUI thread and do no work).
``disk=False`` or the environment variable ``COMPTOIR_ANALYTICS_CACHE=off`` switch the
files off.

No Qt here: the CLI and the tests use it as well. The analytics modules are imported when
first needed (scipy is slow to import, and the window does not need it to start).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from models.database import Database
from models.system import ChangeLogEntry

if TYPE_CHECKING:
    from app.analytics.cache_files import CacheFiles
    from app.analytics.clv import ClvResult
    from app.analytics.rfm import RfmTable

#: How many results of each kind are kept (a few as-of dates: today, the period shown…).
KEEP = 4
#: Smart lists are kept per list and day: more of them.
KEEP_LISTS = 32

_Key = tuple[Any, ...]


@dataclass
class _Entry:
    """One computation: done (``value`` or ``error``) or in flight (``ready`` not set)."""

    ready: threading.Event
    value: Any = None
    error: BaseException | None = None


class AnalyticsCache:
    """Thread-safe memo of ``compute_rfm`` and ``compute_clv`` for one database."""

    def __init__(
        self,
        db: Database,
        *,
        today: Callable[[], date] = date.today,
        disk: bool | None = None,
    ) -> None:
        """``disk``: keep results in files too (None: unless ``COMPTOIR_ANALYTICS_CACHE=off``).

        Databases without a file (in memory) are never kept on disk.
        """
        from app.analytics.cache_files import CacheFiles, enabled_by_environment

        self.db = db
        if disk is None:
            disk = enabled_by_environment()
        path = getattr(db, "path", None)
        #: The files of this database's results, or None when they are not kept on disk.
        self.files: CacheFiles | None = (
            CacheFiles(path) if disk and path is not None and str(path) != ":memory:" else None
        )
        #: What "today" is (tests and screenshots of demo data fix it).
        self.today = today
        self._lock = threading.Lock()
        self._entries: dict[str, OrderedDict[_Key, _Entry]] = {
            "rfm": OrderedDict(),
            "clv": OrderedDict(),
            "list": OrderedDict(),
        }
        #: How many times each kind was really computed (for tests and benchmarks).
        self.computed = {"rfm": 0, "clv": 0, "list": 0}
        #: How many results were loaded from the files instead.
        self.loaded = {"rfm": 0, "clv": 0, "list": 0}

    # -- keys ---------------------------------------------------------------------------

    def head(self) -> str | None:
        """The newest change-log clock: any write changes it."""
        with self.db.read() as session:
            return session.scalar(select(func.max(ChangeLogEntry.hlc)))

    def as_of(self, as_of: date | None = None) -> date:
        """The as-of date a request means (None: today)."""
        return as_of if as_of is not None else self.today()

    # -- the results --------------------------------------------------------------------

    def rfm(self, as_of: date | None = None) -> RfmTable:
        """The RFM table as of ``as_of`` (default today), computed once per data version."""
        from app.analytics.rfm import compute_rfm

        day = self.as_of(as_of)

        def compute() -> RfmTable:
            return compute_rfm(self.db, as_of=day)

        return self._get("rfm", (day,), compute, (), persist=True)

    def clv(
        self,
        as_of: date | None = None,
        *,
        horizon_weeks: int = 52,
        monthly_discount: float = 0.01,
        progress: Callable[..., Any] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> ClvResult:
        """The lifetime-value fit as of ``as_of``; raises the (cached) ``ClvFitError``.

        ``progress`` and ``cancel`` are handed to the computation when this call makes it.
        A computation stopped by ``cancel`` is not cached.
        """
        from app.analytics.clv import ClvFitError, compute_clv

        day = self.as_of(as_of)

        def compute() -> ClvResult:
            result = compute_clv(
                self.db,
                as_of=day,
                horizon_weeks=horizon_weeks,
                monthly_discount=monthly_discount,
                progress=progress,
                cancel=cancel,
            )
            return result

        return self._get(
            "clv", (day, horizon_weeks, monthly_discount), compute, (ClvFitError,), persist=True
        )

    def smart_list_ids(
        self,
        code: str,
        as_of: date | None = None,
        *,
        today: date | None = None,
        clv: ClvResult | None = None,
    ) -> list[str]:
        """The contacts of a smart list, from the RFM table as of ``as_of`` (and ``clv``).

        Remembered like the RFM table: the dashboard shows the same lists for every period
        that ends today, and they take a moment on a large base.
        """
        from app.analytics.smart_lists import smart_list_ids

        day = self.as_of(as_of)
        on = today if today is not None else day
        table = self.rfm(day)

        def compute() -> list[str]:
            return list(smart_list_ids(self.db, code, table, clv, today=on))

        return list(self._get("list", (code, day, on, clv is not None), compute, ()))

    def peek_rfm(self, as_of: date | None = None) -> RfmTable | None:
        """The RFM table if it is computed for the data as it is now, else None (no work)."""
        return self._peek("rfm", (self.as_of(as_of),))

    def peek_clv(
        self, as_of: date | None = None, *, horizon_weeks: int = 52, monthly_discount: float = 0.01
    ) -> ClvResult | None:
        """The lifetime-value fit if it is ready, else None (no work).

        A fit that failed raises its ``ClvFitError`` here too, so the caller can say why.
        """
        return self._peek("clv", (self.as_of(as_of), horizon_weeks, monthly_discount))

    def clear(self, *, files: bool = False) -> None:
        """Forget every finished result (computations in flight finish for their callers).

        ``files``: delete this database's saved results too.
        """
        if files and self.files is not None:
            self.files.clear()
        with self._lock:
            for entries in self._entries.values():
                for key in [k for k, e in entries.items() if e.ready.is_set()]:
                    del entries[key]

    # -- the memo -----------------------------------------------------------------------

    def _peek(self, kind: str, key: _Key) -> Any:
        full = (*key, self.head())
        with self._lock:
            entry = self._entries[kind].get(full)
        if entry is None or not entry.ready.is_set():
            return None
        if entry.error is not None:
            raise entry.error
        return entry.value

    def _get(
        self,
        kind: str,
        key: _Key,
        compute: Callable[[], Any],
        cached_errors: tuple[type[BaseException], ...],
        *,
        persist: bool = False,
    ) -> Any:
        files = self.files if persist else None
        while True:
            head = self.head()
            full = (*key, head)
            with self._lock:
                entries = self._entries[kind]
                entry = entries.get(full)
                mine = entry is None
                if entry is None:
                    entry = _Entry(threading.Event())
                    entries[full] = entry
                    # Results of older data versions are of no use any more.
                    for old in [k for k, e in entries.items() if k[-1] != full[-1]]:
                        if entries[old].ready.is_set():
                            del entries[old]
                    while len(entries) > (KEEP_LISTS if kind == "list" else KEEP):
                        oldest = next(iter(entries))
                        if oldest == full:
                            break
                        del entries[oldest]
                else:
                    entries.move_to_end(full)
            if not mine:
                entry.ready.wait()
                if entry.error is None:
                    return entry.value
                if isinstance(entry.error, cached_errors):
                    raise entry.error
                continue  # the other caller's computation failed or was stopped: try ours
            if files is not None:
                value = files.load(kind, key, head)
                if value is not None:
                    _warm(value)
                    entry.value = value
                    entry.ready.set()
                    with self._lock:
                        self.loaded[kind] += 1
                    return value
            try:
                value = compute()
            except cached_errors as error:
                entry.error = error
                entry.ready.set()
                with self._lock:
                    self.computed[kind] += 1
                raise
            except BaseException as error:
                # Not kept: a cancelled or broken computation is tried again next time.
                entry.error = error
                with self._lock:
                    if self._entries[kind].get(full) is entry:
                        del self._entries[kind][full]
                entry.ready.set()
                raise
            _warm(value)
            entry.value = value
            entry.ready.set()
            with self._lock:
                self.computed[kind] += 1
            if files is not None:
                files.save(kind, key, head, value)
            return value


def _warm(value: Any) -> None:
    """Build a result's per-contact index now, on the computing thread, not on the GUI's."""
    by_contact = getattr(value, "by_contact", None)
    if callable(by_contact):
        by_contact("")


__all__ = ["KEEP", "KEEP_LISTS", "AnalyticsCache"]
