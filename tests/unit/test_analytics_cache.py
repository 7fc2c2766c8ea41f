"""The shared memo of the RFM table and the lifetime-value fit."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest

from app.analytics import clv as clv_module
from app.analytics import rfm as rfm_module
from app.analytics.cache import KEEP, AnalyticsCache
from app.analytics.clv import ClvFitError
from app.contacts import ContactInput, ContactService
from models.database import Database

DAY = date(2025, 6, 30)


class Calls:
    """A fake computation that counts its calls and returns a fresh object each time."""

    def __init__(self, delay: float = 0.0, error: BaseException | None = None) -> None:
        self.calls: list[date | None] = []
        self.delay = delay
        self.error = error
        self.lock = threading.Lock()

    def __call__(self, db: Database, as_of: date | None = None, **_kwargs: object) -> object:
        with self.lock:
            self.calls.append(as_of)
        if self.delay:
            time.sleep(self.delay)
        if self.error is not None:
            raise self.error
        return {"as_of": as_of, "n": len(self.calls)}


@pytest.fixture
def fake_rfm(monkeypatch: pytest.MonkeyPatch) -> Calls:
    calls = Calls()
    monkeypatch.setattr(rfm_module, "compute_rfm", calls)
    return calls


@pytest.fixture
def cache(db: Database) -> AnalyticsCache:
    return AnalyticsCache(db, today=lambda: DAY)


def write_something(db: Database) -> None:
    ContactService(db).create(ContactInput(first_name="Ada", last_name="Lovelace"))


def test_a_result_is_computed_once_and_shared(cache: AnalyticsCache, fake_rfm: Calls) -> None:
    assert cache.peek_rfm() is None
    first = cache.rfm()
    assert cache.rfm() is first
    assert cache.rfm(DAY) is first  # None means today
    assert cache.peek_rfm() is first
    assert fake_rfm.calls == [DAY]
    assert cache.computed["rfm"] == 1


def test_any_write_makes_the_results_stale(
    db: Database, cache: AnalyticsCache, fake_rfm: Calls
) -> None:
    first = cache.rfm()
    write_something(db)
    assert cache.peek_rfm() is None  # no computation on a peek
    assert len(fake_rfm.calls) == 1
    second = cache.rfm()
    assert second is not first
    assert len(fake_rfm.calls) == 2
    assert cache.peek_rfm() is second


def test_each_as_of_date_has_its_own_result(cache: AnalyticsCache, fake_rfm: Calls) -> None:
    today = cache.rfm()
    earlier = cache.rfm(date(2024, 12, 31))
    assert earlier is not today
    assert cache.peek_rfm(date(2024, 12, 31)) is earlier
    assert cache.peek_rfm() is today
    for month in range(1, KEEP + 2):
        cache.rfm(date(2023, month, 1))
    # Only the most recent few are kept.
    assert cache.peek_rfm(date(2024, 12, 31)) is None
    assert cache.peek_rfm(date(2023, KEEP + 1, 1)) is not None


def test_a_failed_fit_is_remembered_and_raised_again(
    db: Database, cache: AnalyticsCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing = Calls(error=ClvFitError("Not enough customers."))
    monkeypatch.setattr(clv_module, "compute_clv", failing)
    assert cache.peek_clv() is None
    with pytest.raises(ClvFitError, match="Not enough"):
        cache.clv()
    with pytest.raises(ClvFitError):
        cache.clv()
    with pytest.raises(ClvFitError):
        cache.peek_clv()
    assert len(failing.calls) == 1
    # New data: the fit is tried again.
    write_something(db)
    assert cache.peek_clv() is None
    with pytest.raises(ClvFitError):
        cache.clv()
    assert len(failing.calls) == 2


def test_a_cancelled_or_broken_computation_is_not_kept(
    cache: AnalyticsCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    cancelled = Calls(error=clv_module.ClvCancelled())
    monkeypatch.setattr(clv_module, "compute_clv", cancelled)
    with pytest.raises(clv_module.ClvCancelled):
        cache.clv(cancel=lambda: True)
    assert cache.peek_clv() is None
    working = Calls()
    monkeypatch.setattr(clv_module, "compute_clv", working)
    result = cache.clv()
    assert cache.peek_clv() is result
    assert len(working.calls) == 1


def test_the_lifetime_settings_are_part_of_the_key(
    cache: AnalyticsCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = Calls()
    monkeypatch.setattr(clv_module, "compute_clv", calls)
    default = cache.clv()
    longer = cache.clv(horizon_weeks=104)
    assert longer is not default
    assert cache.peek_clv() is default
    assert cache.peek_clv(horizon_weeks=104) is longer


def test_requests_at_the_same_time_share_one_computation(
    cache: AnalyticsCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = Calls(delay=0.3)
    monkeypatch.setattr(rfm_module, "compute_rfm", slow)
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(cache.rfm())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(slow.calls) == 1
    assert len(results) == 4 and all(result is results[0] for result in results)


def test_the_real_computations_are_cached(db: Database) -> None:
    from app import demo
    from app.analytics.rfm import compute_rfm

    demo.populate(db, contacts=40, years=2, seed=7, today=DAY)
    cache = AnalyticsCache(db, today=lambda: DAY)
    table = cache.rfm()
    expected = compute_rfm(db, as_of=DAY)
    assert table.as_of == DAY
    assert [(r.contact_id, r.segment) for r in table.rows] == [
        (r.contact_id, r.segment) for r in expected.rows
    ]
    assert cache.peek_rfm() is table


def test_smart_lists_are_remembered_until_the_data_changes(db: Database) -> None:
    from app import demo
    from app.analytics.smart_lists import BEST_CUSTOMERS, smart_list_ids

    demo.populate(db, contacts=40, years=2, seed=7, today=DAY)
    cache = AnalyticsCache(db, today=lambda: DAY)
    best = cache.smart_list_ids(BEST_CUSTOMERS)
    assert best == smart_list_ids(db, BEST_CUSTOMERS, cache.rfm(), today=DAY)
    assert cache.smart_list_ids(BEST_CUSTOMERS) == best
    assert cache.computed["list"] == 1
    write_something(db)
    cache.smart_list_ids(BEST_CUSTOMERS)
    assert cache.computed["list"] == 2
