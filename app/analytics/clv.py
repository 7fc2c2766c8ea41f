"""Customer lifetime value and churn risk: the BG/NBD and Gamma-Gamma models.

Two models from the marketing-science literature, fitted by maximum likelihood:

- **BG/NBD** (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way: An
  Alternative to the Pareto/NBD Model", *Marketing Science* 24(2)): while active, a
  customer buys at a Poisson rate λ (Gamma(r, α) across customers); after each repeat
  purchase they drop out with probability p (Beta(a, b) across customers). It gives each
  customer's probability of still being active and their expected number of purchases.
- **Gamma-Gamma** (Fader, Hardie & Lee 2005, "RFM and CLV: Using Iso-Value Curves for
  Customer Base Analysis", *Journal of Marketing Research* 42(4); Fader & Hardie 2013,
  "The Gamma-Gamma Model of Monetary Value"): a customer's spends vary around their own
  mean, which varies across customers. It gives each customer's expected spend.

The literature's conventions are followed exactly, so that results compare with other
tools: purchases are bucketed by calendar day (the UTC date of ``ordered_at``; orders
only, not credit notes; neither deleted orders nor deleted contacts); for an as-of date
D, the customers are the contacts with at least one purchase day on or before D, and

- frequency ``x`` = number of *repeat* purchase days (purchase days − 1);
- recency ``t_x`` = (last purchase day − first purchase day) in weeks (days / 7);
- age ``T`` = (D − first purchase day) in weeks;
- monetary value = the mean spend of the repeat days (none when x = 0; such customers
  are left out of the Gamma-Gamma fit and get the model's population mean p·v/(q − 1)).

Time is in weeks throughout, money in currency units (euros, not cents). The predicted
value sums the next 12 months (of 4.345 weeks): the expected purchases of month m, times
the expected spend, discounted by (1 + monthly_discount)^m.

A fit that cannot be trusted (too few customers or repeat buyers, no convergence, a
parameter run to the optimiser's bounds, a spend distribution without a finite mean)
raises :class:`ClvFitError` with a sentence for the user, never nonsense numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray
from sqlalchemy import Date, Integer, cast, func, literal_column, select, type_coerce
from sqlalchemy.sql.elements import ColumnElement

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.tables import write_table
from models.database import Database
from models.enums import OrderKind
from models.people import Contact
from models.sales import Order

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
FloatArray = NDArray[np.float64]

#: Weeks in an average month (365.25 / 12 / 7), for the monthly value sum.
WEEKS_PER_MONTH = 4.345
#: Months summed in the predicted value.
VALUE_MONTHS = 12
#: The fewest customers, and repeat buyers among them, a fit is attempted with.
MIN_CUSTOMERS = 30
MIN_REPEAT_BUYERS = 20
#: Every parameter is searched in [LOWER, UPPER] (times the data's scale for v).
PARAM_LOWER = 1e-6
PARAM_UPPER = 1e6
#: A fitted log-parameter closer than this to a bound is "at the bound" (1 %).
_AT_BOUND = 0.01
#: The fit has converged when every component of the gradient of the mean negative
#: log-likelihood with respect to the log-parameters is below this.
_GRADIENT_TOLERANCE = 1e-5
#: Near a = 1 the expected-purchases formula is 0/0: it is evaluated on either side.
_A_NEAR_ONE = 1e-5

COLUMNS = (
    "customer_id",
    "frequency",
    "recency_weeks",
    "t_weeks",
    "monetary_mean",
    "p_alive",
    "expected_purchases",
    "predicted_value",
)

MSG_TOO_FEW_CUSTOMERS = QT_TRANSLATE_NOOP(
    "errors",
    "Lifetime value needs the purchase history of at least {needed} customers; "
    "there are only {found}.",
)
MSG_TOO_FEW_REPEAT = QT_TRANSLATE_NOOP(
    "errors",
    "Lifetime value needs at least {needed} repeat customers (who bought on two different "
    "days or more); there are only {found}.",
)
MSG_NO_CONVERGENCE = QT_TRANSLATE_NOOP(
    "errors",
    "The {model} model could not be fitted to this purchase history (the calculation did "
    "not converge), so no lifetime values were computed.",
)
MSG_AT_BOUND = QT_TRANSLATE_NOOP(
    "errors",
    "The {model} model does not fit this purchase history (its parameter {parameter} ran "
    "to its limit), so no lifetime values were computed.",
)
MSG_NO_FINITE_MEAN = QT_TRANSLATE_NOOP(
    "errors",
    "The spending model does not fit this purchase history (q = {q}, so the average spend "
    "would be infinite), so no lifetime values were computed.",
)
MSG_NOT_FINITE = QT_TRANSLATE_NOOP(
    "errors",
    "The lifetime values of this purchase history could not be computed (a calculation "
    "overflowed).",
)

BGNBD = "BG/NBD"
GAMMA_GAMMA = "Gamma-Gamma"


class ClvFitError(UserError):
    """The models cannot be fitted to this history, or their figures cannot be trusted."""


class ClvCancelled(Exception):
    """The user cancelled the computation; nothing was produced."""


@dataclass(frozen=True)
class ClvParams:
    """Fitted parameters: BG/NBD (r, alpha, a, b; time in weeks), Gamma-Gamma (p, q, v)."""

    r: float
    alpha: float
    a: float
    b: float
    p: float
    q: float
    v: float

    def as_dict(self) -> dict[str, float]:
        return {
            "r": self.r,
            "alpha": self.alpha,
            "a": self.a,
            "b": self.b,
            "p": self.p,
            "q": self.q,
            "v": self.v,
        }


@dataclass(frozen=True)
class ClvRow:
    """One customer's figures (weeks, currency units)."""

    contact_id: str
    #: The contact's external reference when it has one, else its id.
    customer_id: str
    frequency: int
    recency_weeks: float
    t_weeks: float
    #: Mean spend of the repeat purchase days; None for a customer who bought once.
    monetary_mean: float | None
    p_alive: float
    expected_purchases: float
    predicted_value: float


@dataclass(frozen=True)
class ClvResult:
    as_of: date
    horizon_weeks: int
    monthly_discount: float
    params: ClvParams
    #: One row per customer, ordered by customer_id.
    rows: tuple[ClvRow, ...]
    _index: dict[str, ClvRow] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {row.contact_id: row for row in self.rows})

    def by_contact(self, contact_id: str) -> ClvRow | None:
        """The row of this contact, or None when they had bought nothing by ``as_of``."""
        return self._index.get(contact_id)


# --------------------------------------------------------------------------- parameters


def _bgnbd_of(params: ClvParams | Sequence[float]) -> tuple[float, float, float, float]:
    if isinstance(params, ClvParams):
        return params.r, params.alpha, params.a, params.b
    r, alpha, a, b = (float(value) for value in params)
    return r, alpha, a, b


def _gamma_gamma_of(params: ClvParams | Sequence[float]) -> tuple[float, float, float]:
    if isinstance(params, ClvParams):
        return params.p, params.q, params.v
    p, q, v = (float(value) for value in params)
    return p, q, v


def _floats(*values: ArrayLike) -> list[FloatArray]:
    return list(np.broadcast_arrays(*(np.asarray(value, dtype=np.float64) for value in values)))


# --------------------------------------------------------------------------- fitting


def _wsum(weights: FloatArray, values: FloatArray) -> float:
    """Σ weights · values. (Not np.dot: a threaded BLAS call for one vector costs
    milliseconds on a busy machine, 100 times this plain loop.)"""
    return float(np.einsum("i,i->", weights, values))


def _distinct(*columns: FloatArray) -> tuple[list[FloatArray], FloatArray, NDArray[np.intp]]:
    """The distinct rows of ``columns``, how many times each occurs (the fit's weights),
    and where each original row went."""
    stacked = np.column_stack(columns)
    unique, inverse, counts = np.unique(stacked, axis=0, return_inverse=True, return_counts=True)
    columns_out = [np.ascontiguousarray(unique[:, i]) for i in range(unique.shape[1])]
    return columns_out, counts.astype(np.float64), inverse.ravel()


def _minimise(
    objective: Callable[[FloatArray], tuple[float, FloatArray]],
    start: FloatArray,
    bounds: list[tuple[float, float]],
    model: str,
    names: Sequence[str],
) -> FloatArray:
    """Minimise ``objective`` (value and gradient) over log-parameters within ``bounds``.

    L-BFGS-B with the analytic gradient, polished by a second run; if the gradient is still
    not flat, Nelder-Mead from the best point and L-BFGS-B again. Raises ClvFitError when
    the optimum is not reached or lies on a bound.
    """
    from scipy.optimize import minimize  # scipy loads slowly: only when fitting


    def converged(point: FloatArray) -> bool:
        value, gradient = objective(point)
        return bool(np.isfinite(value) and np.all(np.abs(gradient) < _GRADIENT_TOLERANCE))

    def descend(point: FloatArray) -> FloatArray:
        result = minimize(
            objective,
            point,
            jac=True,
            method="L-BFGS-B",
            bounds=bounds,
            options={"maxiter": 2000, "ftol": 1e-15, "gtol": 1e-10, "maxls": 50},
        )
        return np.asarray(result.x, dtype=np.float64)

    def crawl(point: FloatArray) -> FloatArray:
        result = minimize(
            lambda log_params: objective(log_params)[0],
            point,
            method="Nelder-Mead",
            bounds=bounds,
            options={"maxiter": 4000, "xatol": 1e-10, "fatol": 1e-14},
        )
        return np.asarray(result.x, dtype=np.float64)

    # Overflow or 0/0 anywhere means the search went where the model breaks down.
    with np.errstate(over="raise", invalid="raise", divide="raise", under="ignore"):
        try:
            point = descend(start)
            if not converged(point):
                point = descend(point)  # polish: a fresh Hessian estimate from the optimum
            if not converged(point):
                point = descend(crawl(point))
            # On a bound the gradient need not be flat: that is checked first.
            for value, (low, high), name in zip(point, bounds, names, strict=True):
                if not np.isfinite(value):
                    raise ClvFitError(MSG_NO_CONVERGENCE, model=model)
                if value - low < _AT_BOUND or high - value < _AT_BOUND:
                    raise ClvFitError(MSG_AT_BOUND, model=model, parameter=name)
            if not converged(point):
                raise ClvFitError(MSG_NO_CONVERGENCE, model=model)
        except FloatingPointError as error:
            raise ClvFitError(MSG_NO_CONVERGENCE, model=model) from error
    return point


def _bgnbd_objective(
    x: FloatArray, t_x: FloatArray, T: FloatArray, weights: FloatArray
) -> Callable[[FloatArray], tuple[float, FloatArray]]:
    """The BG/NBD mean negative log-likelihood and its gradient in log-parameters.

    For a customer with x > 0 (FHL 2005, eq. 6, with B(a+1, b+x-1)/B(a, b+x) = a/(b+x-1)):
    ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
           + ln[(α+T)^−(r+x) + a/(b+x−1) (α+t_x)^−(r+x)],
    the last term by log-sum-exp; for x = 0 it reduces to r ln(α / (α+T)).
    """
    from scipy.special import digamma, expit, gammaln  # scipy loads slowly: only when fitting

    total = float(weights.sum())
    once = x == 0
    T0, w0 = T[once], weights[once]
    xs, txs, Ts, ws = x[~once], t_x[~once], T[~once], weights[~once]
    # The gamma functions of x are taken once per distinct x.
    distinct, where = np.unique(xs, return_inverse=True)

    def objective(log_params: FloatArray) -> tuple[float, FloatArray]:
        r, alpha, a, b = np.exp(log_params)
        # Customers who never came back.
        log_ratio0 = np.log(alpha) - np.log(alpha + T0)
        ll0 = r * log_ratio0
        # Repeat customers.
        log_aT = np.log(alpha + Ts)
        log_atx = np.log(alpha + txs)
        log_bx1 = np.log(b + distinct - 1.0)[where]
        rx = r + xs
        a3 = -rx * log_aT
        a4 = math.log(a) - log_bx1 - rx * log_atx
        lse = np.logaddexp(a3, a4)
        w4 = expit(a4 - a3)  # the weight of the "dropped out after the last purchase" term
        w3 = 1.0 - w4
        gam = (gammaln(r + distinct) + gammaln(b + distinct) - gammaln(a + b + distinct))[where]
        const = -gammaln(r) + r * math.log(alpha) + gammaln(a + b) - gammaln(b)
        ll = gam + const + lse
        value = -(_wsum(w0, ll0) + _wsum(ws, ll)) / total

        dig_rx = digamma(r + distinct)[where]
        dig_bx = digamma(b + distinct)[where]
        dig_abx = digamma(a + b + distinct)[where]
        d_r = dig_rx - digamma(r) + math.log(alpha) - w3 * log_aT - w4 * log_atx
        d_alpha = r / alpha - rx * (w3 / (alpha + Ts) + w4 / (alpha + txs))
        d_a = digamma(a + b) - dig_abx + w4 / a
        d_b = digamma(a + b) + dig_bx - digamma(b) - dig_abx - w4 / (b + xs - 1.0)
        d_r0 = log_ratio0
        d_alpha0 = r / alpha - r / (alpha + T0)
        gradient = np.array(
            [
                r * (_wsum(w0, d_r0) + _wsum(ws, d_r)),
                alpha * (_wsum(w0, d_alpha0) + _wsum(ws, d_alpha)),
                a * _wsum(ws, d_a),
                b * _wsum(ws, d_b),
            ]
        )
        return value, -gradient / total

    return objective


def fit_bgnbd(
    frequency: ArrayLike, recency: ArrayLike, T: ArrayLike
) -> tuple[float, float, float, float]:
    """Fit the BG/NBD model; returns (r, alpha, a, b).

    ``frequency`` is the number of repeat purchases x, ``recency`` the time t_x from the
    first to the last purchase, ``T`` the time from the first purchase to the end of the
    observation (one entry per customer, same time unit for both; α is in that unit).
    """
    x, t_x, age = _floats(frequency, recency, T)
    x, t_x, age = x.ravel(), t_x.ravel(), age.ravel()
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(t_x)) and np.all(np.isfinite(age))):
        raise ValueError("frequency, recency and T must be finite")
    if np.any(x < 0) or np.any(x != np.round(x)):
        raise ValueError("frequency must be whole numbers >= 0")
    if np.any(t_x < 0) or np.any(t_x > age) or np.any(t_x[x == 0] != 0):
        raise ValueError("recency must be in [0, T], and 0 when frequency is 0")
    if x.size < MIN_CUSTOMERS:
        raise ClvFitError(MSG_TOO_FEW_CUSTOMERS, needed=MIN_CUSTOMERS, found=x.size)
    repeat = int(np.count_nonzero(x > 0))
    if repeat < MIN_REPEAT_BUYERS:
        raise ClvFitError(MSG_TOO_FEW_REPEAT, needed=MIN_REPEAT_BUYERS, found=repeat)
    (x, t_x, age), weights, _ = _distinct(x, t_x, age)
    # Start from r = a = b = 1 with the observed repeat rate r / α.
    rate = _wsum(weights, x) / max(_wsum(weights, age), 1e-9)
    alpha0 = min(max(1.0 / max(rate, 1e-9), 1e-3), 1e3)
    start = np.log(np.array([1.0, alpha0, 1.0, 1.0]))
    bound = (math.log(PARAM_LOWER), math.log(PARAM_UPPER))
    point = _minimise(
        _bgnbd_objective(x, t_x, age, weights),
        start,
        [bound] * 4,
        BGNBD,
        ("r", "alpha", "a", "b"),
    )
    r, alpha, a, b = (float(value) for value in np.exp(point))
    return r, alpha, a, b


def _gamma_gamma_objective(
    x: FloatArray, m: FloatArray, weights: FloatArray
) -> Callable[[FloatArray], tuple[float, FloatArray]]:
    """The Gamma-Gamma mean negative log-likelihood of the mean spends, and its gradient.

    f(m̄ | x) = Γ(px+q) / (Γ(px) Γ(q)) · v^q · m̄^(px−1) · x^(px) / (v + x m̄)^(px+q)
    (Fader & Hardie 2013, eq. 4).
    """
    from scipy.special import digamma, gammaln  # scipy loads slowly: only when fitting

    total = float(weights.sum())
    log_m = np.log(m)
    log_x = np.log(x)
    spent = x * m

    def objective(log_params: FloatArray) -> tuple[float, FloatArray]:
        p, q, v = np.exp(log_params)
        px = p * x
        log_vs = np.log(v + spent)
        ll = (
            gammaln(px + q)
            - gammaln(px)
            - gammaln(q)
            + q * math.log(v)
            + (px - 1.0) * log_m
            + px * log_x
            - (px + q) * log_vs
        )
        dig_pxq = digamma(px + q)
        d_p = x * (dig_pxq - digamma(px) + log_m + log_x - log_vs)
        d_q = dig_pxq - digamma(q) + math.log(v) - log_vs
        d_v = q / v - (px + q) / (v + spent)
        value = -_wsum(weights, ll) / total
        gradient = np.array(
            [p * _wsum(weights, d_p), q * _wsum(weights, d_q), v * _wsum(weights, d_v)]
        )
        return value, -gradient / total

    return objective


def fit_gamma_gamma(frequency: ArrayLike, monetary: ArrayLike) -> tuple[float, float, float]:
    """Fit the Gamma-Gamma spend model; returns (p, q, v).

    One entry per customer: ``frequency`` x and ``monetary`` the mean spend of the x repeat
    purchases. Customers with x = 0, or without a positive mean spend (NaN, zero), carry
    no information on spend and are left out. Raises ClvFitError when q <= 1 (no finite
    mean spend) or the fit cannot be trusted.
    """
    x, m = _floats(frequency, monetary)
    x, m = x.ravel(), m.ravel()
    if np.any(~np.isfinite(x)) or np.any(x < 0) or np.any(x != np.round(x)):
        raise ValueError("frequency must be whole numbers >= 0")
    keep = (x > 0) & np.isfinite(m)
    keep[keep] = m[keep] > 0
    x, m = x[keep], m[keep]
    if x.size < MIN_REPEAT_BUYERS:
        raise ClvFitError(MSG_TOO_FEW_REPEAT, needed=MIN_REPEAT_BUYERS, found=x.size)
    (x, m), weights, _ = _distinct(x, m)
    # Fit on spends in units of their mean, so that the start and bounds suit any currency.
    scale = _wsum(weights, m) / float(weights.sum())
    start = np.log(np.array([1.0, 2.0, 1.0]))  # mean p·v/(q−1) = 1, the data's mean
    bound = (math.log(PARAM_LOWER), math.log(PARAM_UPPER))
    point = _minimise(
        _gamma_gamma_objective(x, m / scale, weights),
        start,
        [bound] * 3,
        GAMMA_GAMMA,
        ("p", "q", "v"),
    )
    p, q, v = (float(value) for value in np.exp(point))
    if q <= 1.0:
        raise ClvFitError(MSG_NO_FINITE_MEAN, q=f"{q:.3f}")
    return p, q, v * scale


# --------------------------------------------------------------------------- predictions


def p_alive(
    params: ClvParams | Sequence[float], x: ArrayLike, t_x: ArrayLike, T: ArrayLike
) -> FloatArray:
    """P(still active | x, t_x, T) under BG/NBD (FHL 2005, eq. 11); 1 when x = 0.

    1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)), computed in logs.
    """
    from scipy.special import expit  # scipy loads slowly: only when fitting

    r, alpha, a, b = _bgnbd_of(params)
    xs, txs, Ts = _floats(x, t_x, T)
    result = np.ones_like(xs)
    repeat = xs > 0
    if np.any(repeat):
        xr = xs[repeat]
        log_odds = (
            math.log(a)
            - np.log(b + xr - 1.0)
            + (r + xr) * (np.log(alpha + Ts[repeat]) - np.log(alpha + txs[repeat]))
        )
        result[repeat] = expit(-log_odds)
    return result


def _expected_if_alive(
    r: float, alpha: float, a: float, b: float, t: FloatArray, x: FloatArray, T: FloatArray
) -> FloatArray:
    """The numerator of FHL 2005 eq. 10: (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · F].

    With F = 2F1(r+x, b+x; a+b+x−1; z), z = t/(α+T+t), Euler's transformation
    2F1(A, B; C; z) = (1−z)^(C−A−B) 2F1(C−A, C−B; C; z) turns the bracket into
    1 − (1−z)^(a−1) · 2F1(a+b−1−r, a−1; a+b+x−1; z): x only enters the third argument,
    where it speeds the series up, and no huge power multiplies a huge 2F1.
    """
    if abs(a - 1.0) < _A_NEAR_ONE:
        # The formula is 0/0 at a = 1; the function is smooth there: average both sides.
        below = _bracket(r, alpha, 1.0 - _A_NEAR_ONE, b, t, x, T)
        above = _bracket(r, alpha, 1.0 + _A_NEAR_ONE, b, t, x, T)
        return 0.5 * (below + above)
    return _bracket(r, alpha, a, b, t, x, T)


def _bracket(
    r: float, alpha: float, a: float, b: float, t: FloatArray, x: FloatArray, T: FloatArray
) -> FloatArray:
    from scipy.special import hyp2f1  # scipy loads slowly: only when fitting

    log_1mz = np.log(alpha + T) - np.log(alpha + T + t)
    z = t / (alpha + T + t)
    c = a + b + x - 1.0
    g = np.exp((a - 1.0) * log_1mz) * hyp2f1(a + b - 1.0 - r, a - 1.0, c, z)
    return c / (a - 1.0) * (1.0 - g)


def expected_purchases(
    params: ClvParams | Sequence[float],
    t: ArrayLike,
    x: ArrayLike,
    t_x: ArrayLike,
    T: ArrayLike,
) -> FloatArray:
    """E[Y(t) | x, t_x, T]: expected purchases in the next ``t`` (FHL 2005, eq. 10).

    For a customer never seen (x = t_x = T = 0) it is the expected number of repeat
    purchases E[X(t)] of a new customer (FHL 2005, eq. 9). NaN where it cannot be computed.
    """
    r, alpha, a, b = _bgnbd_of(params)
    ts, xs, txs, Ts = _floats(t, x, t_x, T)
    if np.any(ts < 0):
        raise ValueError("t must be >= 0")
    with np.errstate(over="ignore", invalid="ignore"):
        result = _expected_if_alive(r, alpha, a, b, ts, xs, Ts) * p_alive(params, xs, txs, Ts)
    return np.where(np.isfinite(result), result, np.nan)


def conditional_spend(
    params: ClvParams | Sequence[float], x: ArrayLike, m: ArrayLike
) -> FloatArray:
    """E[spend | x, m̄] under Gamma-Gamma: (p·v + p·x·m̄) / (p·x + q − 1).

    A weighted average of the population mean p·v/(q−1) and the customer's own mean m̄ of
    their x repeat spends; for x = 0 (m̄ ignored, may be NaN) the population mean. NaN
    where it is infinite (x = 0 and q <= 1).
    """
    p, q, v = _gamma_gamma_of(params)
    xs, ms = _floats(x, m)
    spent = np.where(xs > 0, xs * np.where(np.isfinite(ms), ms, 0.0), 0.0)
    numerator = p * v + p * spent
    denominator = p * xs + q - 1.0
    result = np.full(numerator.shape, np.nan)
    np.divide(numerator, denominator, out=result, where=denominator > 0)
    return result


def _monthly_value(
    params: ClvParams,
    x: FloatArray,
    t_x: FloatArray,
    T: FloatArray,
    spend: FloatArray,
    monthly_discount: float,
) -> FloatArray:
    """Σ over m = 1..12 of (E[Y(4.345 m)] − E[Y(4.345 (m−1))]) · spend / (1+d)^m."""
    months = np.arange(VALUE_MONTHS + 1, dtype=np.float64)
    # The 2F1 part depends on (x, T) only: compute it once per distinct pair.
    (ux, uT), _, index = _distinct(x, T)
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    with np.errstate(over="ignore", invalid="ignore"):
        cumulative = _expected_if_alive(
            r, alpha, a, b, months[None, :] * WEEKS_PER_MONTH, ux[:, None], uT[:, None]
        )
    per_month = np.diff(cumulative, axis=1)[index]  # customers × 12
    discount = (1.0 + monthly_discount) ** -months[1:]
    return np.einsum("ij,j->i", per_month, discount) * p_alive(params, x, t_x, T) * spend


# --------------------------------------------------------------------------- the data


@dataclass(frozen=True)
class _History:
    contact_ids: tuple[str, ...]
    customer_ids: tuple[str, ...]
    frequency: FloatArray
    recency: FloatArray
    age: FloatArray
    #: Mean spend of the repeat days in currency units (NaN when frequency is 0).
    monetary: FloatArray


def _day_number(dialect: str) -> ColumnElement[int] | None:
    """Days since 1970-01-01 of the UTC date of ``ordered_at``, in SQL (None: in Python).

    Written with literal columns, not bound parameters, so that the expression can also be
    used in a GROUP BY on PostgreSQL (which requires it to match the SELECT list exactly).
    """
    if dialect == "sqlite":
        # Stored as naive UTC text; julianday of a date is a whole day + .5 (exact in a double).
        days = func.julianday(func.date(Order.ordered_at)) - literal_column("2440587.5")
        return cast(days, Integer)
    if dialect == "postgresql":
        utc_date = cast(func.timezone(literal_column("'UTC'"), Order.ordered_at), Date)
        return type_coerce(utc_date - literal_column("DATE '1970-01-01'"), Integer)
    return None


_EPOCH = date(1970, 1, 1)


_CHUNK_ROWS = 20_000


def _load(db: Database, as_of: date, *, in_sql: bool = True) -> _History:
    """Each customer's purchase days up to ``as_of``, summarised the literature's way.

    The database computes each order's UTC day (where the dialect allows; else Python
    does), and returns the orders unsorted: a plain scan is several times faster on
    SQLite than ORDER BY or GROUP BY over the (contact, time) index, which must visit the
    table in index order or build a temporary B-tree. numpy then groups by contact and day.
    """
    end = datetime.combine(as_of + timedelta(days=1), time(), tzinfo=UTC)
    with db.read() as session:
        # Plain rows through the connection: the ORM's row handling would double the time.
        connection = session.connection()
        contacts = connection.execute(
            select(Contact.id, Contact.external_ref).where(Contact.deleted_at.is_(None))
        ).all()
        day = _day_number(connection.dialect.name) if in_sql else None
        when = Order.ordered_at if day is None else day
        index = {contact_id: i for i, (contact_id, _) in enumerate(contacts)}
        # Streamed in chunks straight into numpy: holding 300,000 rows as Python objects
        # would cost some 150 MB at the peak.
        parts: list[tuple[NDArray[np.int64], NDArray[np.int64], FloatArray]] = []
        result = connection.execution_options(yield_per=_CHUNK_ROWS).execute(
            select(Order.contact_id, when, Order.total_cents).where(
                Order.kind == OrderKind.ORDER,
                Order.deleted_at.is_(None),
                Order.contact_id.is_not(None),
                Order.ordered_at < end,
            )
        )
        for chunk in result.partitions():
            count = len(chunk)
            # Orders of deleted (or unknown) contacts get -1 and are dropped.
            chunk_codes = np.fromiter((index.get(r[0], -1) for r in chunk), np.int64, count)
            if day is None:
                days_of = ((r[1].astimezone(UTC).date() - _EPOCH).days for r in chunk)
                chunk_days = np.fromiter(days_of, np.int64, count)
            else:
                chunk_days = np.fromiter((r[1] for r in chunk), np.int64, count)
            parts.append(
                (chunk_codes, chunk_days, np.fromiter((r[2] for r in chunk), np.float64, count))
            )
    codes = np.concatenate([p[0] for p in parts]) if parts else np.empty(0, np.int64)
    days = np.concatenate([p[1] for p in parts]) if parts else np.empty(0, np.int64)
    cents = np.concatenate([p[2] for p in parts]) if parts else np.empty(0, np.float64)
    keep = codes >= 0
    codes, days, cents = codes[keep], days[keep], cents[keep]
    order = np.lexsort((days, codes))
    codes, days, cents = _sum_by_day(codes[order], days[order], cents[order])
    history = _summarise(codes, days, cents, (as_of - _EPOCH).days)
    customers = [contacts[code] for code in history.pop("codes")]
    return _History(
        contact_ids=tuple(contact_id for contact_id, _ in customers),
        customer_ids=tuple(ref or contact_id for contact_id, ref in customers),
        **history,
    )


def _sum_by_day(
    codes: NDArray[np.int64], days: NDArray[np.int64], cents: FloatArray
) -> tuple[NDArray[np.int64], NDArray[np.int64], FloatArray]:
    """Orders sorted by (contact, day) to one row per (contact, day) with the day's total."""
    if codes.size == 0:
        return codes, days, cents
    new = np.ones(codes.size, dtype=bool)
    new[1:] = (codes[1:] != codes[:-1]) | (days[1:] != days[:-1])
    starts = np.flatnonzero(new)
    return codes[starts], days[starts], np.add.reduceat(cents, starts)


def _summarise(
    codes: NDArray[np.int64], days: NDArray[np.int64], cents: FloatArray, as_of_day: int
) -> dict[str, Any]:
    """Purchase days sorted by (contact, day) to per-customer x, t_x, T (weeks), mean spend."""
    if codes.size == 0:
        empty = np.zeros(0, dtype=np.float64)
        return {"codes": [], "frequency": empty, "recency": empty, "age": empty,
                "monetary": empty}  # fmt: skip
    new = np.ones(codes.size, dtype=bool)
    new[1:] = codes[1:] != codes[:-1]
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], codes.size)
    frequency = (ends - starts - 1).astype(np.float64)
    first, last = days[starts], days[ends - 1]
    repeat_spend = (np.add.reduceat(cents, starts) - cents[starts]) / 100.0
    monetary = np.full(frequency.shape, np.nan)
    repeat = frequency > 0
    monetary[repeat] = repeat_spend[repeat] / frequency[repeat]
    return {
        "codes": codes[starts].tolist(),
        "frequency": frequency,
        "recency": (last - first) / 7.0,
        "age": (as_of_day - first) / 7.0,
        "monetary": monetary,
    }


# --------------------------------------------------------------------------- the use-case


def compute_clv(
    db: Database,
    as_of: date | None = None,
    horizon_weeks: int = 52,
    monthly_discount: float = 0.01,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ClvResult:
    """Fit both models on the purchase history up to ``as_of`` and score every customer.

    ``as_of`` defaults to today (UTC). ``progress(done, total)`` is called after each of
    the four steps (load, BG/NBD fit, Gamma-Gamma fit, figures); when ``cancel()`` returns
    True, :class:`ClvCancelled` is raised. Raises :class:`ClvFitError` when the models
    cannot be fitted or their figures cannot be trusted.
    """
    if horizon_weeks < 0:
        raise ValueError("horizon_weeks must be >= 0")
    if not (monthly_discount > -1.0 and math.isfinite(monthly_discount)):
        raise ValueError("monthly_discount must be a finite rate above -1")
    day = as_of or datetime.now(UTC).date()
    steps = 4

    def step(done: int) -> None:
        if progress is not None:
            progress(done, steps)
        if cancel is not None and cancel():
            raise ClvCancelled()

    step(0)
    history = _load(db, day)
    step(1)
    r, alpha, a, b = fit_bgnbd(history.frequency, history.recency, history.age)
    step(2)
    p, q, v = fit_gamma_gamma(history.frequency, history.monetary)
    params = ClvParams(r=r, alpha=alpha, a=a, b=b, p=p, q=q, v=v)
    step(3)
    x, t_x, age = history.frequency, history.recency, history.age
    alive = p_alive(params, x, t_x, age)
    expected = expected_purchases(params, float(horizon_weeks), x, t_x, age)
    spend = conditional_spend(params, x, history.monetary)
    value = _monthly_value(params, x, t_x, age, spend, monthly_discount)
    if not (
        np.all(np.isfinite(alive)) and np.all(np.isfinite(expected)) and np.all(np.isfinite(value))
    ):
        raise ClvFitError(MSG_NOT_FINITE)
    order = sorted(range(len(history.contact_ids)), key=history.customer_ids.__getitem__)
    rows = tuple(
        ClvRow(
            contact_id=history.contact_ids[i],
            customer_id=history.customer_ids[i],
            frequency=int(x[i]),
            recency_weeks=float(t_x[i]),
            t_weeks=float(age[i]),
            monetary_mean=None if x[i] == 0 else float(history.monetary[i]),
            p_alive=float(alive[i]),
            expected_purchases=float(expected[i]),
            predicted_value=float(value[i]),
        )
        for i in order
    )
    step(4)
    return ClvResult(
        as_of=day,
        horizon_weeks=horizon_weeks,
        monthly_discount=monthly_discount,
        params=params,
        rows=rows,
    )


def write_clv(result: ClvResult, path: Path) -> int:
    """Write one row per customer to a .csv or .xlsx file; returns the number of rows."""
    return write_table(
        Path(path),
        COLUMNS,
        (
            (
                row.customer_id,
                row.frequency,
                round(row.recency_weeks, 4),
                round(row.t_weeks, 4),
                None if row.monetary_mean is None else round(row.monetary_mean, 2),
                round(row.p_alive, 6),
                round(row.expected_purchases, 4),
                round(row.predicted_value, 2),
            )
            for row in result.rows
        ),
    )


__all__ = [
    "COLUMNS",
    "ClvCancelled",
    "ClvFitError",
    "ClvParams",
    "ClvResult",
    "ClvRow",
    "compute_clv",
    "conditional_spend",
    "expected_purchases",
    "fit_bgnbd",
    "fit_gamma_gamma",
    "p_alive",
    "write_clv",
]
