"""The shared memo of the RFM table and the lifetime-value fit."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.analytics import cache_files
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


# -- the files: results kept across processes ----------------------------------------------


class Counting:
    """Wraps a real computation and counts its calls."""

    def __init__(self, function: Any) -> None:
        self.function = function
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        return self.function(*args, **kwargs)


@pytest.fixture
def shop(db: Database) -> Database:
    from app import demo

    demo.populate(db, contacts=150, years=3, seed=7, today=DAY)
    return db


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, Counting]:
    monkeypatch.delenv(cache_files.ENVIRONMENT, raising=False)
    rfm = Counting(rfm_module.compute_rfm)
    clv = Counting(clv_module.compute_clv)
    monkeypatch.setattr(rfm_module, "compute_rfm", rfm)
    monkeypatch.setattr(clv_module, "compute_clv", clv)
    return {"rfm": rfm, "clv": clv}


def saved(data_dir: Path) -> list[Path]:
    return sorted((data_dir / cache_files.FOLDER).glob(f"*{cache_files.SUFFIX}"))


def test_results_saved_by_one_cache_are_loaded_by_the_next(
    shop: Database, counted: dict[str, Counting], data_dir: Path
) -> None:
    first = AnalyticsCache(shop, today=lambda: DAY)
    table, fit = first.rfm(), first.clv()
    assert len(table) > 0 and len(fit.rows) > 0
    assert len(saved(data_dir)) == 2  # in the test's own data folder
    # A new process: a new cache object on the same file.
    again = AnalyticsCache(shop, today=lambda: DAY)
    assert again.peek_rfm() is None  # peeking never reads files
    loaded_table, loaded_fit = again.rfm(), again.clv()
    assert (counted["rfm"].calls, counted["clv"].calls) == (1, 1)
    assert again.computed["rfm"] == again.computed["clv"] == 0
    assert again.loaded["rfm"] == again.loaded["clv"] == 1
    assert loaded_table == table and loaded_table is not table
    assert loaded_fit == fit and loaded_fit.params == fit.params
    some = fit.rows[0].contact_id
    assert loaded_fit.by_contact(some) == fit.by_contact(some)
    assert loaded_table.by_contact(some) == table.by_contact(some)
    # Once loaded, it is shared from memory like a computed result.
    assert again.rfm() is loaded_table and again.peek_clv() is loaded_fit


def test_other_keys_are_other_files(shop: Database, counted: dict[str, Counting]) -> None:
    AnalyticsCache(shop, today=lambda: DAY).clv()
    other = AnalyticsCache(shop, today=lambda: DAY)
    longer = other.clv(horizon_weeks=104)
    earlier = other.rfm(date(2025, 1, 31))
    assert longer.horizon_weeks == 104 and earlier.as_of == date(2025, 1, 31)
    assert counted["clv"].calls == 2 and counted["rfm"].calls == 1


def test_a_write_makes_the_saved_results_stale(
    shop: Database, counted: dict[str, Counting], data_dir: Path
) -> None:
    before = AnalyticsCache(shop, today=lambda: DAY).rfm()
    old_files = saved(data_dir)
    write_something(shop)  # a new customer-less contact: same figures, newer data
    after = AnalyticsCache(shop, today=lambda: DAY)
    assert after.rfm() == before
    assert counted["rfm"].calls == 2 and after.loaded["rfm"] == 0
    # The file of the older data was deleted when the new one was saved.
    assert not set(old_files) & set(saved(data_dir))
    assert len(saved(data_dir)) == 1


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda path: path.write_bytes(b"not a cache file at all"), id="garbage"),
        pytest.param(
            lambda path: path.write_bytes(path.read_bytes()[: path.stat().st_size // 2]),
            id="truncated",
        ),
        pytest.param(lambda path: path.write_bytes(b""), id="empty"),
        pytest.param(lambda path: path.unlink() or path.mkdir(), id="unreadable"),
    ],
)
def test_a_damaged_file_is_ignored_and_computed_again(
    shop: Database,
    counted: dict[str, Counting],
    data_dir: Path,
    damage: Callable[[Path], object],
    caplog: pytest.LogCaptureFixture,
) -> None:
    table = AnalyticsCache(shop, today=lambda: DAY).rfm()
    (path,) = saved(data_dir)
    damage(path)
    again = AnalyticsCache(shop, today=lambda: DAY)
    with caplog.at_level(logging.INFO, logger=cache_files.__name__):
        assert again.rfm() == table
    assert counted["rfm"].calls == 2 and again.loaded["rfm"] == 0
    assert any("ignoring" in record.getMessage() for record in caplog.records)
    if path.is_file():  # saved again, whole: the next process loads it
        third = AnalyticsCache(shop, today=lambda: DAY)
        assert third.rfm() == table and third.loaded["rfm"] == 1


def test_a_file_of_another_format_version_is_ignored(
    shop: Database, counted: dict[str, Counting], monkeypatch: pytest.MonkeyPatch
) -> None:
    fit = AnalyticsCache(shop, today=lambda: DAY).clv()
    monkeypatch.setattr(cache_files, "FORMAT", cache_files.FORMAT + 1)
    again = AnalyticsCache(shop, today=lambda: DAY)
    assert again.clv() == fit
    assert counted["clv"].calls == 2 and again.loaded["clv"] == 0


def test_a_file_of_changed_result_classes_is_ignored(
    shop: Database, counted: dict[str, Counting], monkeypatch: pytest.MonkeyPatch
) -> None:
    AnalyticsCache(shop, today=lambda: DAY).rfm()
    real = cache_files._signature

    def changed(kind: str) -> dict[str, list[str]]:
        return {**real(kind), "RfmRow": ["contact_id", "a_new_field"]}

    monkeypatch.setattr(cache_files, "_signature", changed)
    again = AnalyticsCache(shop, today=lambda: DAY)
    again.rfm()
    assert counted["rfm"].calls == 2 and again.loaded["rfm"] == 0


def test_old_files_are_pruned(shop: Database, counted: dict[str, Counting], data_dir: Path) -> None:
    cache = AnalyticsCache(shop, today=lambda: DAY)
    days = [date(2025, month, 1) for month in range(1, cache_files.MAX_FILES + 3)]
    for day in days:
        cache.rfm(day)
        assert len(saved(data_dir)) <= cache_files.MAX_FILES
    assert len(saved(data_dir)) == cache_files.MAX_FILES
    # The newest are kept.
    fresh = AnalyticsCache(shop, today=lambda: DAY)
    fresh.rfm(days[-1])
    assert fresh.loaded["rfm"] == 1
    fresh.rfm(days[0])
    assert fresh.computed["rfm"] == 1


def test_each_database_has_its_own_files(
    shop: Database, counted: dict[str, Counting], tmp_path: Path, data_dir: Path
) -> None:
    from app.workspace import open_workspace

    AnalyticsCache(shop, today=lambda: DAY).rfm()
    other = open_workspace(tmp_path / "other.db")
    try:
        table = AnalyticsCache(other, today=lambda: DAY).rfm()
    finally:
        other.dispose()
    assert len(table) == 0 and counted["rfm"].calls == 2
    assert len(saved(data_dir)) == 2  # the first database's file was not pruned


def test_the_files_can_be_switched_off(
    shop: Database, counted: dict[str, Counting], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    AnalyticsCache(shop, today=lambda: DAY, disk=False).rfm()
    monkeypatch.setenv(cache_files.ENVIRONMENT, "off")
    AnalyticsCache(shop, today=lambda: DAY).rfm()
    AnalyticsCache(shop, today=lambda: DAY).rfm()
    assert saved(data_dir) == [] and counted["rfm"].calls == 3
    monkeypatch.setenv(cache_files.ENVIRONMENT, "on")
    AnalyticsCache(shop, today=lambda: DAY).rfm()
    assert AnalyticsCache(shop, today=lambda: DAY).rfm() is not None
    assert counted["rfm"].calls == 4 and len(saved(data_dir)) == 1


def test_a_failed_fit_is_not_saved(
    db: Database, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    failing = Calls(error=ClvFitError("Not enough customers."))
    monkeypatch.setattr(clv_module, "compute_clv", failing)
    for _ in range(2):
        with pytest.raises(ClvFitError):
            AnalyticsCache(db, today=lambda: DAY).clv()
    assert len(failing.calls) == 2 and saved(data_dir) == []


def test_an_unwritable_cache_folder_is_no_error(
    shop: Database, counted: dict[str, Counting], data_dir: Path
) -> None:
    (data_dir / cache_files.FOLDER).write_text("a file where the folder should be")
    cache = AnalyticsCache(shop, today=lambda: DAY)
    assert len(cache.rfm()) > 0 and cache.computed["rfm"] == 1


def test_clearing_with_files_deletes_them(
    shop: Database, counted: dict[str, Counting], data_dir: Path
) -> None:
    cache = AnalyticsCache(shop, today=lambda: DAY)
    cache.rfm()
    cache.clear(files=True)
    assert saved(data_dir) == [] and cache.peek_rfm() is None
