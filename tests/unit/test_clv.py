"""Lifetime value and churn risk: BG/NBD and Gamma-Gamma (app.analytics.clv)."""

from __future__ import annotations

import csv
import math
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from scipy.optimize import approx_fprime
from scipy.special import hyp2f1
from sqlalchemy import select

from app.analytics import clv
from app.analytics.clv import (
    ClvCancelled,
    ClvFitError,
    ClvParams,
    compute_clv,
    conditional_spend,
    expected_purchases,
    fit_bgnbd,
    fit_gamma_gamma,
    p_alive,
    write_clv,
)
from app.demo import populate
from models.database import Database, open_database
from models.enums import ContactStatus, OrderKind
from models.people import Contact
from models.sales import Order

DATA = Path(__file__).resolve().parent.parent / "data"
TODAY = date(2026, 11, 23)
#: The published BG/NBD estimates for the CDNOW sample (Fader, Hardie & Lee 2005).
PUBLISHED_BGNBD = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}
#: The published Gamma-Gamma estimates for its 946 repeat buyers (Fader & Hardie 2013).
PUBLISHED_GAMMA_GAMMA = {"p": 6.25, "q": 3.74, "v": 15.44}


def _column(rows: list[dict[str, str]], name: str) -> np.ndarray:
    return np.array([float(row[name]) for row in rows])


@pytest.fixture(scope="module")
def cdnow() -> dict[str, np.ndarray]:
    with (DATA / "cdnow_customers_summary.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {name: _column(rows, name) for name in ("frequency", "recency", "T")}


@pytest.fixture(scope="module")
def cdnow_spend() -> dict[str, np.ndarray]:
    with (DATA / "cdnow_customers_summary_with_transactions.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {name: _column(rows, name) for name in ("x", "t_x", "T", "zbar")}


@pytest.fixture(scope="module")
def cdnow_fit(cdnow: dict[str, np.ndarray]) -> tuple[float, float, float, float]:
    return fit_bgnbd(cdnow["frequency"], cdnow["recency"], cdnow["T"])


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo shop (300 contacts, 4 years to TODAY), built once and only read."""
    path = tmp_path_factory.mktemp("clv") / "demo.db"
    database = open_database(path, device_id=str(uuid.uuid4()), user_login="test")
    populate(database, contacts=300, years=4, seed=42, today=TODAY)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def demo_result(demo_db: Database) -> clv.ClvResult:
    return compute_clv(demo_db, as_of=TODAY)


# --------------------------------------------------------------------------- published values


def test_bgnbd_reproduces_the_published_cdnow_parameters(cdnow, cdnow_fit):
    assert cdnow["frequency"].size == 2357
    fitted = dict(zip(("r", "alpha", "a", "b"), cdnow_fit, strict=True))
    for name, published in PUBLISHED_BGNBD.items():
        assert abs(fitted[name] - published) / published <= 0.005, (name, fitted[name])


def test_gamma_gamma_reproduces_the_published_cdnow_parameters(cdnow_spend):
    # The note fits the 946 customers who made repeat purchases; the others are left out.
    assert np.count_nonzero(cdnow_spend["x"] > 0) == 946
    p, q, v = fit_gamma_gamma(cdnow_spend["x"], cdnow_spend["zbar"])
    fitted = {"p": p, "q": q, "v": v}
    for name, published in PUBLISHED_GAMMA_GAMMA.items():
        assert abs(fitted[name] - published) / published <= 0.01, (name, fitted[name])


def test_expected_purchases_match_the_published_examples(cdnow_fit):
    published = tuple(PUBLISHED_BGNBD.values())
    # FHL 2005: a customer with x = 2, t_x = 30.43, T = 38.86 buys 1.226 times in 39 weeks.
    assert float(expected_purchases(published, 39, 2, 30.43, 38.86)) == pytest.approx(
        1.226, abs=5e-4
    )
    # Hardie's spreadsheet of E[X(t)] for a new customer, from the fitted parameters.
    weeks = [0.1429, 1.0, 3.00, 31.8571, 32.00, 78.00]
    sheet = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576]
    computed = expected_purchases(cdnow_fit, weeks, 0, 0, 0)
    np.testing.assert_allclose(computed, sheet, atol=5e-4)


# --------------------------------------------------------------------------- formulas


def _published_p_alive(params: Sequence[float], x: float, t_x: float, T: float) -> float:
    r, alpha, a, b = params
    if x == 0:
        return 1.0
    return 1.0 / (1.0 + a / (b + x - 1) * ((alpha + T) / (alpha + t_x)) ** (r + x))


def _published_expected(params: Sequence[float], t: float, x: float, t_x: float, T: float) -> float:
    """FHL 2005 eq. 10, written as printed."""
    r, alpha, a, b = params
    z = t / (alpha + T + t)
    bracket = 1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(
        r + x, b + x, a + b + x - 1, z
    )
    return (a + b + x - 1) / (a - 1) * bracket * _published_p_alive(params, x, t_x, T)


CUSTOMERS = [  # (x, t_x, T) in weeks
    (0, 0.0, 38.86),
    (1, 1.71, 38.86),
    (2, 30.43, 38.86),
    (7, 20.0, 52.0),
    (20, 100.0, 101.5),
    (3, 2.0, 150.0),
]


@pytest.mark.parametrize("params", [(0.243, 4.414, 0.793, 2.426), (0.57, 9.9, 1.38, 8.56)])
@pytest.mark.parametrize(("x", "t_x", "T"), CUSTOMERS)
def test_p_alive_and_expected_purchases_follow_the_published_formulas(params, x, t_x, T):
    assert float(p_alive(params, x, t_x, T)) == pytest.approx(
        _published_p_alive(params, x, t_x, T), rel=1e-12
    )
    for t in (4.345, 52.0):
        assert float(expected_purchases(params, t, x, t_x, T)) == pytest.approx(
            _published_expected(params, t, x, t_x, T), rel=1e-9
        )


def test_functions_take_arrays_and_clv_params():
    params = ClvParams(r=0.243, alpha=4.414, a=0.793, b=2.426, p=6.25, q=3.74, v=15.44)
    x, t_x, T = (np.array(column, dtype=float) for column in zip(*CUSTOMERS, strict=True))
    alive = p_alive(params, x, t_x, T)
    assert alive.shape == (len(CUSTOMERS),)
    assert alive[0] == 1.0  # never came back: BG/NBD has them alive
    expected = expected_purchases(params, 52, x, t_x, T)
    published = (params.r, params.alpha, params.a, params.b)
    np.testing.assert_allclose(
        expected, [_published_expected(published, 52, *c) for c in CUSTOMERS], rtol=1e-9
    )
    spend = conditional_spend(params, [0, 2], [float("nan"), 30.0])
    np.testing.assert_allclose(spend, [6.25 * 15.44 / 2.74, (6.25 * 15.44 + 6.25 * 60) / 15.24])


def test_p_alive_falls_with_silence_and_rises_with_recency():
    params = PUBLISHED_BGNBD.values()
    ages = np.linspace(20, 200, 40)
    alive = p_alive(tuple(params), 5, 20.0, ages)
    assert np.all(np.diff(alive) < 0)
    # Seen on the last day (T = t_x), only the dropout after that purchase counts.
    assert alive[0] == pytest.approx(1 / (1 + 0.793 / (2.426 + 5 - 1)))
    assert alive[-1] < 0.01
    recencies = np.linspace(1, 100, 40)
    assert np.all(np.diff(p_alive(tuple(params), 5, recencies, 100.0)) > 0)
    # A customer who just bought (t_x = T) is the likeliest to be alive, more so with more x.
    assert np.all(np.diff(p_alive(tuple(params), [1, 2, 5, 10, 50], 60.0, 60.0)) > 0)


def test_expected_purchases_grow_with_the_horizon_and_shrink_with_silence():
    params = tuple(PUBLISHED_BGNBD.values())
    horizons = np.array([0.0, 1, 4.345, 13, 26, 52, 104])
    expected = expected_purchases(params, horizons, 4, 30.0, 40.0)
    assert expected[0] == 0.0
    assert np.all(np.diff(expected) > 0)
    silent = expected_purchases(params, 52, 4, 30.0, [40.0, 80.0, 160.0])
    assert np.all(np.diff(silent) < 0)


def test_expected_purchases_of_very_frequent_buyers_stay_finite():
    # The printed formula overflows in double precision here (a huge 2F1 times a vanishing
    # power); the references were computed from it with mpmath at 50 significant digits.
    params = tuple(PUBLISHED_BGNBD.values())
    expected = expected_purchases(params, 52, [500, 2000, 10000], 260.0, 260.0)
    reference = [91.3808283710794, 365.750406010489, 1829.05634758885]
    np.testing.assert_allclose(expected, reference, rtol=1e-12)
    assert math.isinf(hyp2f1(0.243 + 10000, 2.426 + 10000, 0.793 + 2.426 + 9999, 52 / 316.414))


def test_expected_purchases_are_continuous_at_a_equal_one():
    # (a+b+x−1)/(a−1) · [1 − …] is 0/0 at a = 1.
    values = [
        float(expected_purchases((0.243, 4.414, a, 2.426), 39, 2, 30.43, 38.86))
        for a in (1 - 1e-3, 1 - 1e-7, 1.0, 1 + 1e-7, 1 + 1e-3)
    ]
    assert all(math.isfinite(value) for value in values)
    assert values[2] == pytest.approx(values[1], rel=1e-6)
    assert values[2] == pytest.approx(values[3], rel=1e-6)
    assert values[0] > values[2] > values[4]


def test_conditional_spend_weighs_the_population_mean_and_the_customers_own():
    p, q, v = 6.25, 3.74, 15.44
    population = p * v / (q - 1)
    assert float(conditional_spend((p, q, v), 0, float("nan"))) == pytest.approx(population)
    for x, mean in ((1, 20.0), (3, 20.0), (10, 80.0)):
        weight = p * x / (p * x + q - 1)
        assert float(conditional_spend((p, q, v), x, mean)) == pytest.approx(
            (1 - weight) * population + weight * mean
        )
    # The more repeat purchases, the closer to the customer's own mean.
    spends = conditional_spend((p, q, v), [1, 5, 50], 100.0)
    assert np.all(np.diff(spends) > 0) and spends[-1] < 100.0
    # No finite population mean: no number.
    assert math.isnan(float(conditional_spend((1.0, 0.5, 1.0), 0, 0.0)))


def test_the_gradients_are_those_of_the_likelihoods(cdnow, cdnow_spend):
    rng = np.random.default_rng(3)
    (x, t_x, T), weights, _ = clv._distinct(cdnow["frequency"], cdnow["recency"], cdnow["T"])
    objective = clv._bgnbd_objective(x, t_x, T, weights)
    for point in (np.log([0.243, 4.414, 0.793, 2.426]), rng.normal(0, 1, 4)):
        numeric = approx_fprime(point, lambda p: objective(p)[0], 1e-7)
        np.testing.assert_allclose(objective(point)[1], numeric, rtol=1e-4, atol=1e-6)
    repeat = cdnow_spend["x"] > 0
    (xs, ms), weights, _ = clv._distinct(cdnow_spend["x"][repeat], cdnow_spend["zbar"][repeat])
    objective = clv._gamma_gamma_objective(xs, ms, weights)
    for point in (np.log([6.25, 3.74, 15.44]), rng.normal(0, 1, 3)):
        numeric = approx_fprime(point, lambda p: objective(p)[0], 1e-7)
        np.testing.assert_allclose(objective(point)[1], numeric, rtol=1e-4, atol=1e-6)


def _simulate_bgnbd(
    n: int, params: Sequence[float], weeks: float, rng: np.random.Generator
) -> list[list[float]]:
    """Purchase times (weeks from the first purchase) of ``n`` BG/NBD customers."""
    r, alpha, a, b = params
    rates = rng.gamma(r, 1 / alpha, n)
    dropout = rng.beta(a, b, n)
    histories = []
    for rate, p in zip(rates, dropout, strict=True):
        times, now = [0.0], 0.0
        while True:
            now += rng.exponential(1 / rate)
            if now > weeks:
                break
            times.append(now)
            if rng.random() < p:
                break
        histories.append(times)
    return histories


def test_the_fits_recover_the_parameters_of_simulated_customers():
    rng = np.random.default_rng(7)
    truth = (0.8, 6.0, 1.2, 3.5)
    ages = rng.uniform(0, 104, 5000)
    histories = _simulate_bgnbd(5000, truth, 104, rng)
    x = np.array(
        [sum(1 for t in h[1:] if t <= age) for h, age in zip(histories, ages, strict=True)]
    )
    t_x = np.array(
        [
            max([0.0] + [t for t in h[1:] if t <= age])
            for h, age in zip(histories, ages, strict=True)
        ]
    )
    fitted = fit_bgnbd(x, t_x, ages)
    np.testing.assert_allclose(fitted, truth, rtol=0.15)
    # Spends: each customer's spends are Gamma(p, ν), ν ~ Gamma(q, v) across customers.
    p, q, v = 4.0, 5.0, 30.0
    repeat = x > 0
    nu = rng.gamma(q, 1 / v, repeat.sum())
    means = np.array([rng.gamma(p, 1 / n, k).mean() for n, k in zip(nu, x[repeat], strict=True)])
    np.testing.assert_allclose(fit_gamma_gamma(x[repeat], means), (p, q, v), rtol=0.15)


# --------------------------------------------------------------------------- fit failures


def test_too_few_customers_or_repeat_buyers_is_refused_with_a_reason():
    with pytest.raises(ClvFitError) as caught:
        fit_bgnbd([1] * 5 + [0] * 5, [1.0] * 5 + [0.0] * 5, [10.0] * 10)
    assert str(caught.value) == (
        "Lifetime value needs the purchase history of at least 30 customers; there are only 10."
    )
    with pytest.raises(ClvFitError, match="at least 20 repeat customers .* only 19"):
        fit_bgnbd([1] * 19 + [0] * 100, [1.0] * 19 + [0.0] * 100, [10.0] * 119)
    with pytest.raises(ClvFitError, match="at least 20 repeat customers .* only 3"):
        # Repeat buyers with no positive spend say nothing about spend.
        fit_gamma_gamma([2] * 30, [10.0, 20.0, 30.0] + [0.0] * 27)


def test_a_spend_distribution_without_a_finite_mean_is_refused():
    rng = np.random.default_rng(5)
    spends = np.exp(rng.normal(3, 3, 500))  # a tail so heavy that q comes out below 1
    with pytest.raises(ClvFitError) as caught:
        fit_gamma_gamma(rng.integers(1, 5, 500), spends)
    assert caught.value.template == clv.MSG_NO_FINITE_MEAN
    assert float(caught.value.params["q"]) <= 1


def test_parameters_running_to_the_bounds_are_refused():
    # Everyone spends the same every time: p and q grow without end.
    with pytest.raises(ClvFitError) as caught:
        fit_gamma_gamma(np.full(100, 3), np.full(100, 25.0))
    assert caught.value.template == clv.MSG_AT_BOUND
    assert caught.value.params["model"] == "Gamma-Gamma"
    # Nobody ever drops out: the dropout probability a / (a + b) goes to 0.
    rng = np.random.default_rng(11)
    histories = _simulate_bgnbd(2000, (2.0, 4.0, 0.001, 1000.0), 52, rng)
    x = np.array([len(h) - 1 for h in histories])
    t_x = np.array([h[-1] for h in histories])
    with pytest.raises(ClvFitError) as caught:
        fit_bgnbd(x, t_x, np.full(x.size, 52.0))
    assert caught.value.template == clv.MSG_AT_BOUND
    assert "BG/NBD model does not fit this purchase history" in str(caught.value)


def test_invalid_summaries_are_a_programming_error():
    with pytest.raises(ValueError, match="recency"):
        fit_bgnbd([1] * 40, [20.0] * 40, [10.0] * 40)
    with pytest.raises(ValueError, match="whole numbers"):
        fit_bgnbd([1.5] * 40, [1.0] * 40, [10.0] * 40)
    with pytest.raises(ValueError, match="t must be"):
        expected_purchases((1, 1, 1, 1), -1, 0, 0, 0)


# --------------------------------------------------------------------------- from the database


def _utc(day: date, hour: int = 12, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def _add_customer(
    db: Database,
    orders: Sequence[tuple[datetime, int] | tuple[datetime, int, str]],
    *,
    external_ref: str | None = None,
    deleted: bool = False,
) -> str:
    """A contact with ``orders`` of (ordered_at, total_cents[, kind]); returns its id."""
    with db.write("test") as session:
        contact = Contact(first_name="Test", last_name="Client", external_ref=external_ref)
        if deleted:
            contact.deleted_at = datetime.now(UTC)
        session.add(contact)
        for when, cents, *kind in orders:
            session.add(
                Order(
                    contact_id=contact.id,
                    ordered_at=when,
                    total_cents=cents,
                    kind=kind[0] if kind else OrderKind.ORDER,
                )
            )
        return contact.id


def _add_background(db: Database, n: int, as_of: date, seed: int = 1) -> None:
    """``n`` BG/NBD and Gamma-Gamma customers over two years to ``as_of``: something to fit."""
    rng = np.random.default_rng(seed)
    histories = _simulate_bgnbd(n, (1.0, 8.0, 1.0, 3.0), 104, rng)
    with db.write("test") as session:
        for history in histories:
            contact = Contact(first_name="Fond", last_name="Client")
            session.add(contact)
            first = as_of - timedelta(days=int(rng.integers(0, 730)))
            nu = rng.gamma(5.0, 1 / 100.0)  # this customer's spends: Gamma(4, ν), in euros
            for weeks in history:
                day = first + timedelta(days=round(weeks * 7))
                if day <= as_of:
                    cents = round(rng.gamma(4.0, 1 / nu) * 100)
                    session.add(
                        Order(contact_id=contact.id, ordered_at=_utc(day), total_cents=cents)
                    )


def test_purchases_are_bucketed_by_utc_day_the_literatures_way(db):
    as_of = date(2026, 6, 30)
    _add_background(db, 150, as_of)
    first = date(2026, 1, 5)
    paris = ZoneInfo("Europe/Paris")
    customer = _add_customer(
        db,
        [
            (_utc(first, 9), 2000),
            (_utc(first, 18), 1500),  # same day: one purchase day of 35.00
            (_utc(first + timedelta(days=14), 10), 4000),
            # Days are UTC dates, not the shop's: 27 Feb 23:30 UTC (28 Feb in Paris) stays
            # on 27 Feb, and 00:30 on 1 March in Paris (23:30 UTC) joins 28 Feb 00:10 UTC.
            (_utc(date(2026, 2, 27), 23, 30), 1000),
            (_utc(date(2026, 2, 28), 0, 10), 500),
            (datetime(2026, 3, 1, 0, 30, tzinfo=paris), 3000),
            (_utc(date(2026, 3, 20)), -2500, OrderKind.CREDIT_NOTE),  # ignored
            (_utc(as_of + timedelta(days=1), 0, 5), 9900),  # after the as-of date: ignored
        ],
        external_ref="CLI-0042",
    )
    late_only = _add_customer(db, [(_utc(as_of + timedelta(days=3)), 5000)])
    credit_only = _add_customer(db, [(_utc(first), -1000, OrderKind.CREDIT_NOTE)])
    gone = _add_customer(
        db, [(_utc(first), 1000), (_utc(first + timedelta(days=7)), 1000)], deleted=True
    )

    result = compute_clv(db, as_of=as_of)

    row = result.by_contact(customer)
    assert row is not None
    assert row.customer_id == "CLI-0042"
    # Purchase days (UTC): 5 Jan (20 + 15), 19 Jan (40), 27 Feb (10), 28 Feb (5 + 30).
    assert row.frequency == 3
    assert row.recency_weeks == pytest.approx((date(2026, 2, 28) - first).days / 7)
    assert row.t_weeks == pytest.approx((as_of - first).days / 7)
    assert row.monetary_mean == pytest.approx((40 + 10 + 35) / 3)
    for absent in (late_only, credit_only, gone):
        assert result.by_contact(absent) is None
    assert row in result.rows
    # Rows come in customer_id order; a contact without a reference is known by its id.
    ids = [r.customer_id for r in result.rows]
    assert ids == sorted(ids)
    other = next(r for r in result.rows if r.contact_id != customer)
    assert other.customer_id == other.contact_id


def test_the_python_day_bucketing_matches_the_sql_one(demo_db):
    # Dialects without a day expression in SQL bucket the days in Python.
    in_sql = clv._load(demo_db, TODAY)
    in_python = clv._load(demo_db, TODAY, in_sql=False)
    assert in_sql.contact_ids == in_python.contact_ids
    assert in_sql.customer_ids == in_python.customer_ids
    for name in ("frequency", "recency", "age", "monetary"):
        np.testing.assert_array_equal(getattr(in_sql, name), getattr(in_python, name))


def test_too_few_repeat_buyers_in_the_database(db):
    as_of = date(2026, 6, 30)
    for i in range(40):
        _add_customer(db, [(_utc(as_of - timedelta(days=10 + i)), 1500)])
    for i in range(5):
        day = as_of - timedelta(days=100 + i)
        _add_customer(db, [(_utc(day), 1000), (_utc(day + timedelta(days=30)), 2000)])
    with pytest.raises(ClvFitError) as caught:
        compute_clv(db, as_of=as_of)
    assert str(caught.value) == (
        "Lifetime value needs at least 20 repeat customers (who bought on two different days "
        "or more); there are only 5."
    )
    assert caught.value.template == clv.MSG_TOO_FEW_REPEAT


def test_an_empty_database_has_too_few_customers(db):
    with pytest.raises(ClvFitError, match="at least 30 customers; there are only 0"):
        compute_clv(db, as_of=TODAY)


def test_demo_shop_figures_are_sane(demo_db, demo_result):
    params = demo_result.params
    assert all(math.isfinite(value) and value > 0 for value in params.as_dict().values())
    assert params.q > 1
    assert list(params.as_dict()) == ["r", "alpha", "a", "b", "p", "q", "v"]
    assert demo_result.as_of == TODAY
    assert demo_result.horizon_weeks == 52
    assert demo_result.monthly_discount == 0.01

    # Every contact with an order on or before TODAY, and no one else.
    with demo_db.read() as session:
        orders = session.execute(
            select(Order.contact_id, Order.ordered_at, Order.total_cents)
            .join(Contact, Contact.id == Order.contact_id)
            .where(Order.kind == OrderKind.ORDER, Order.deleted_at.is_(None))
            .where(Contact.deleted_at.is_(None))
        ).all()
        status = dict(session.execute(select(Contact.id, Contact.status)).all())
    days: dict[str, dict[date, int]] = {}
    for contact_id, when, cents in orders:
        day = when.astimezone(UTC).date()
        if day <= TODAY:
            spend = days.setdefault(contact_id, {})
            spend[day] = spend.get(day, 0) + cents
    assert {row.contact_id for row in demo_result.rows} == set(days)
    for row in demo_result.rows:
        spend = days[row.contact_id]
        first, last = min(spend), max(spend)
        assert row.frequency == len(spend) - 1
        assert row.recency_weeks == pytest.approx((last - first).days / 7)
        assert row.t_weeks == pytest.approx((TODAY - first).days / 7)
        if row.frequency == 0:
            assert row.monetary_mean is None
            assert row.p_alive == 1.0
        else:
            repeat = sum(spend.values()) - spend[first]
            assert row.monetary_mean == pytest.approx(repeat / 100 / row.frequency)
        assert 0.0 <= row.p_alive <= 1.0
        assert 0.0 <= row.expected_purchases and 0.0 <= row.predicted_value
        assert math.isfinite(row.expected_purchases) and math.isfinite(row.predicted_value)

    # Customers who lapsed long ago are judged gone; recent regulars, alive.
    lapsed = [
        row.p_alive
        for row in demo_result.rows
        if status[row.contact_id] == ContactStatus.FORMER and row.frequency >= 1
    ]
    regulars = [
        row.p_alive
        for row in demo_result.rows
        if row.frequency >= 5 and row.t_weeks - row.recency_weeks <= 8
    ]
    assert len(lapsed) >= 5 and len(regulars) >= 10
    assert max(lapsed) < min(regulars)
    assert np.mean(lapsed) < 0.2 and np.mean(regulars) > 0.9


def test_predicted_value_is_the_discounted_sum_of_monthly_purchases(demo_db, demo_result):
    params = demo_result.params
    undiscounted = compute_clv(demo_db, as_of=TODAY, monthly_discount=0.0)
    assert undiscounted.params == params
    months = np.arange(13) * 4.345
    checked = 0
    for row in demo_result.rows[::10]:
        x, t_x, T = row.frequency, row.recency_weeks, row.t_weeks
        monthly = np.diff(expected_purchases(params, months, x, t_x, T))
        m = float("nan") if row.monetary_mean is None else row.monetary_mean
        spend = float(conditional_spend(params, x, m))
        discounted = sum(monthly[i] * spend / 1.01 ** (i + 1) for i in range(12))
        assert row.predicted_value == pytest.approx(discounted, rel=1e-9)
        plain = undiscounted.by_contact(row.contact_id)
        assert plain is not None
        assert plain.predicted_value == pytest.approx(float(monthly.sum()) * spend, rel=1e-9)
        if row.predicted_value > 1:
            # Discounting takes between 1/1.01 and 1/1.01^12 of the value off.
            assert plain.predicted_value / 1.01**12 < row.predicted_value
            assert row.predicted_value < plain.predicted_value / 1.01
            checked += 1
        # The 12-month purchases are (nearly) the 52-week ones: 12 × 4.345 = 52.14 weeks.
        assert float(monthly.sum()) == pytest.approx(row.expected_purchases, rel=0.01, abs=1e-9)
    assert checked >= 5


def test_the_horizon_sets_the_expected_purchases(demo_db, demo_result):
    half = compute_clv(demo_db, as_of=TODAY, horizon_weeks=26)
    assert half.horizon_weeks == 26
    for row in demo_result.rows[::7]:
        short = half.by_contact(row.contact_id)
        assert short is not None
        assert short.predicted_value == row.predicted_value  # always 12 months
        assert short.expected_purchases < row.expected_purchases or row.p_alive == 0
        x, t_x, T = row.frequency, row.recency_weeks, row.t_weeks
        assert short.expected_purchases == pytest.approx(
            float(expected_purchases(demo_result.params, 26, x, t_x, T)), rel=1e-12
        )


def test_an_earlier_as_of_date_ignores_later_orders(demo_db, demo_result):
    earlier = compute_clv(demo_db, as_of=TODAY - timedelta(days=365))
    assert len(earlier.rows) < len(demo_result.rows)
    for row in earlier.rows:
        now = demo_result.by_contact(row.contact_id)
        assert now is not None
        assert row.frequency <= now.frequency
        assert now.t_weeks - row.t_weeks == pytest.approx(365 / 7)


def test_progress_is_reported_and_cancel_stops(demo_db):
    calls: list[tuple[int, int]] = []
    compute_clv(demo_db, as_of=TODAY, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    steps: list[int] = []
    with pytest.raises(ClvCancelled):
        compute_clv(
            demo_db,
            as_of=TODAY,
            progress=lambda done, total: steps.append(done),
            cancel=lambda: len(steps) >= 2,
        )
    assert steps == [0, 1]


def test_write_clv_csv(tmp_path, demo_result):
    path = tmp_path / "clv.csv"
    assert write_clv(demo_result, path) == len(demo_result.rows)
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [
        "customer_id",
        "frequency",
        "recency_weeks",
        "t_weeks",
        "monetary_mean",
        "p_alive",
        "expected_purchases",
        "predicted_value",
    ]
    assert len(rows) == len(demo_result.rows) + 1
    for written, row in zip(rows[1:], demo_result.rows, strict=True):
        assert written[0] == row.customer_id
        assert int(written[1]) == row.frequency
        assert float(written[2]) == round(row.recency_weeks, 4)
        assert float(written[3]) == round(row.t_weeks, 4)
        if row.monetary_mean is None:
            assert written[4] == ""
        else:
            assert float(written[4]) == round(row.monetary_mean, 2)
        assert float(written[5]) == round(row.p_alive, 6)
        assert float(written[6]) == round(row.expected_purchases, 4)
        assert float(written[7]) == round(row.predicted_value, 2)


def test_write_clv_xlsx(tmp_path, demo_result):
    from openpyxl import load_workbook

    path = tmp_path / "clv.xlsx"
    assert write_clv(demo_result, path) == len(demo_result.rows)
    workbook = load_workbook(path, read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    workbook.close()
    assert list(rows[0]) == list(clv.COLUMNS)
    assert len(rows) == len(demo_result.rows) + 1
    for written, row in zip(rows[1:], demo_result.rows, strict=True):
        assert written[0] == row.customer_id
        assert written[1] == row.frequency
        assert written[4] == (None if row.monetary_mean is None else round(row.monetary_mean, 2))
        # Numbers are stored as numbers (a whole 12.0 reads back as 12).
        assert all(isinstance(value, int | float) for value in written[2:4] + written[5:])
        assert written[5] == round(row.p_alive, 6)
        assert written[6] == round(row.expected_purchases, 4)
        assert written[7] == round(row.predicted_value, 2)
