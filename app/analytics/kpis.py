"""Key customer indicators for a period, compared with the previous one, and chart data.

Everything here is computed by aggregate SQL over the whole database (no ORM objects are
loaded), so that it stays fast on 100,000 customers and 300,000 orders. The exact
definitions are written down in ``docs/analytics.md``; in short:

- A **period** is a range of UTC calendar days, both ends included. A timestamp belongs to
  the day of its UTC date, so the period runs from ``start`` 00:00 UTC (included) to the
  day after ``end`` 00:00 UTC (excluded). The **previous period** has the same number of
  days and ends the day before ``start``.
- An **order** is a row of ``orders`` of kind ``order`` that is not deleted; a **credit
  note** (kind ``credit_note``) has a negative total and counts in revenue, never as a
  purchase. A **buyer** (or customer) of a range of days is a contact that is not deleted
  and has at least one order dated in it.
- The **12 months ending on day E** run from the day after the same date one year earlier
  (29 February gives 28 February) up to E, both included.

"Now" indicators (open pipeline, overdue tasks, open complaints) describe the moment of
the computation: they have no previous value.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import (
    String,
    and_,
    case,
    exists,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import Select

from app.analytics.sql import bare
from app.errors import QT_TRANSLATE_NOOP, UserError
from models.activity import Interaction, Task
from models.database import Database
from models.enums import ComplaintStatus, DealStatus, OrderKind, StageKind
from models.people import Contact
from models.sales import Deal, Order, Pipeline, PipelineStage

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

MSG_PERIOD = QT_TRANSLATE_NOOP(
    "errors", "A period must start on or before its last day (not {start} to {end})."
)

#: The kinds of value a KPI holds (how it is formatted).
UNITS = ("count", "cents", "percent", "days", "score", "ratio")
#: NPS: a 0–10 score of 9 or 10 is a promoter, 0 to 6 a detractor.
NPS_PROMOTER_MIN = 9
NPS_DETRACTOR_MAX = 6
#: The share of the best buyers whose revenue share is reported.
TOP_SHARE = 0.2


class PeriodError(UserError, ValueError):
    """A period whose first day is after its last."""


# --------------------------------------------------------------------------- periods


def add_months(day: date, months: int) -> date:
    """The same day ``months`` months later (or earlier), clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def utc_start(day: date) -> datetime:
    """00:00 UTC on ``day``: the first instant whose UTC date is ``day``."""
    return datetime.combine(day, time(), tzinfo=UTC)


@dataclass(frozen=True)
class Period:
    """UTC calendar days from ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if isinstance(value, datetime) or not isinstance(value, date):
                raise TypeError(f"Period.{name} must be a date, not {type(value).__name__}")
        if self.start > self.end:
            raise PeriodError(MSG_PERIOD, start=self.start.isoformat(), end=self.end.isoformat())

    @property
    def days(self) -> int:
        """How many days the period has (1 for a single day)."""
        return (self.end - self.start).days + 1

    @property
    def start_at(self) -> datetime:
        """The first instant of the period (00:00 UTC on ``start``), included."""
        return utc_start(self.start)

    @property
    def end_at(self) -> datetime:
        """The instant after the period (00:00 UTC the day after ``end``), excluded."""
        return utc_start(self.end + timedelta(days=1))

    def previous(self) -> Period:
        """The period of the same number of days that ends the day before this one starts."""
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def __contains__(self, day: object) -> bool:
        if isinstance(day, datetime):
            return self.start_at <= day < self.end_at
        return isinstance(day, date) and self.start <= day <= self.end

    def __str__(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()}"

    @classmethod
    def last_days(cls, n: int, today: date) -> Period:
        """The ``n`` days ending with ``today`` (today included)."""
        if n < 1:
            raise ValueError("a period has at least one day")
        return cls(today - timedelta(days=n - 1), today)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """One calendar month."""
        return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))

    @classmethod
    def year(cls, year: int) -> Period:
        """One calendar year."""
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def year_to_date(cls, today: date) -> Period:
        """From 1 January of ``today``'s year to ``today``."""
        return cls(date(today.year, 1, 1), today)

    @classmethod
    def twelve_months_to(cls, end: date) -> Period:
        """The 12 months ending on ``end``: from the day after ``end`` one year earlier."""
        return cls(add_months(end, -12) + timedelta(days=1), end)


# --------------------------------------------------------------------------- indicators


@dataclass(frozen=True)
class KpiDefinition:
    """What a KPI is: its key, its label and description (English, translated by the GUI)."""

    key: str
    label: str
    unit: str
    better_when_higher: bool
    description: str
    #: True for a snapshot of the present (no previous value).
    now: bool = False


def _d(
    key: str, label: str, unit: str, higher: bool, description: str, now: bool = False
) -> KpiDefinition:
    return KpiDefinition(key, label, unit, higher, description, now)


#: Every KPI, in display order. Labels and descriptions use the "analytics" context.
KPI_DEFINITIONS: tuple[KpiDefinition, ...] = (
    _d(
        "customers_total",
        QT_TRANSLATE_NOOP("analytics", "Customers"),
        "count",
        True,
        QT_TRANSLATE_NOOP(
            "analytics", "Contacts who have bought at least once, up to the end of the period."
        ),
    ),
    _d(
        "customers_active_12m",
        QT_TRANSLATE_NOOP("analytics", "Active customers (12 months)"),
        "count",
        True,
        QT_TRANSLATE_NOOP(
            "analytics", "Customers who bought in the 12 months ending on the period's last day."
        ),
    ),
    _d(
        "customers_new",
        QT_TRANSLATE_NOOP("analytics", "New customers"),
        "count",
        True,
        QT_TRANSLATE_NOOP("analytics", "Customers whose very first order is in the period."),
    ),
    _d(
        "customers_lost",
        QT_TRANSLATE_NOOP("analytics", "Lost customers"),
        "count",
        False,
        QT_TRANSLATE_NOOP(
            "analytics",
            "Customers who bought 24 to 12 months before the period's last day, "
            "but not in the last 12 months.",
        ),
    ),
    _d(
        "retention_rate",
        QT_TRANSLATE_NOOP("analytics", "Retention rate"),
        "percent",
        True,
        QT_TRANSLATE_NOOP(
            "analytics", "Share of the previous period's buyers who bought again in this period."
        ),
    ),
    _d(
        "revenue_cents",
        QT_TRANSLATE_NOOP("analytics", "Revenue"),
        "cents",
        True,
        QT_TRANSLATE_NOOP(
            "analytics", "Orders minus credit notes dated in the period, VAT included."
        ),
    ),
    _d(
        "orders",
        QT_TRANSLATE_NOOP("analytics", "Orders"),
        "count",
        True,
        QT_TRANSLATE_NOOP("analytics", "Number of orders in the period (credit notes excluded)."),
    ),
    _d(
        "average_basket_cents",
        QT_TRANSLATE_NOOP("analytics", "Average basket"),
        "cents",
        True,
        QT_TRANSLATE_NOOP("analytics", "Total of the period's orders divided by their number."),
    ),
    _d(
        "purchase_frequency",
        QT_TRANSLATE_NOOP("analytics", "Purchase frequency"),
        "ratio",
        True,
        QT_TRANSLATE_NOOP("analytics", "Orders per buyer in the period."),
    ),
    _d(
        "top20_share",
        QT_TRANSLATE_NOOP("analytics", "Revenue from the best 20 % of buyers"),
        "percent",
        False,
        QT_TRANSLATE_NOOP(
            "analytics",
            "Share of the buyers' revenue made by the best 20 % of them "
            "(lower means less dependence on a few customers).",
        ),
    ),
    _d(
        "average_predicted_value",
        QT_TRANSLATE_NOOP("analytics", "Average predicted value"),
        "cents",
        True,
        QT_TRANSLATE_NOOP(
            "analytics", "Mean value a customer is expected to bring in the next 12 months."
        ),
        now=True,
    ),
    _d(
        "pipeline_open_cents",
        QT_TRANSLATE_NOOP("analytics", "Open pipeline"),
        "cents",
        True,
        QT_TRANSLATE_NOOP("analytics", "Total amount of the open deals, now."),
        now=True,
    ),
    _d(
        "pipeline_weighted_cents",
        QT_TRANSLATE_NOOP("analytics", "Weighted pipeline"),
        "cents",
        True,
        QT_TRANSLATE_NOOP(
            "analytics", "Open deals' amounts times their probability of being won, now."
        ),
        now=True,
    ),
    _d(
        "win_rate",
        QT_TRANSLATE_NOOP("analytics", "Win rate"),
        "percent",
        True,
        QT_TRANSLATE_NOOP("analytics", "Share of the deals closed in the period that were won."),
    ),
    _d(
        "sales_cycle_days",
        QT_TRANSLATE_NOOP("analytics", "Average sales cycle"),
        "days",
        False,
        QT_TRANSLATE_NOOP(
            "analytics", "Mean number of days from creation to win of the deals won in the period."
        ),
    ),
    _d(
        "tasks_overdue",
        QT_TRANSLATE_NOOP("analytics", "Overdue tasks"),
        "count",
        False,
        QT_TRANSLATE_NOOP("analytics", "Tasks not done whose due time has passed, now."),
        now=True,
    ),
    _d(
        "satisfaction_average",
        QT_TRANSLATE_NOOP("analytics", "Average satisfaction"),
        "score",
        True,
        QT_TRANSLATE_NOOP("analytics", "Mean satisfaction score given in the period, out of 10."),
    ),
    _d(
        "nps",
        QT_TRANSLATE_NOOP("analytics", "Net Promoter Score"),
        "score",
        True,
        QT_TRANSLATE_NOOP(
            "analytics",
            "Percentage of 0–10 scores of 9 or 10, minus the percentage of 0 to 6, in the period.",
        ),
    ),
    _d(
        "complaints_open",
        QT_TRANSLATE_NOOP("analytics", "Open complaints"),
        "count",
        False,
        QT_TRANSLATE_NOOP("analytics", "Complaints not resolved yet, now."),
        now=True,
    ),
)

_DEFINITIONS = {d.key: d for d in KPI_DEFINITIONS}


@dataclass(frozen=True)
class Kpi:
    """One indicator for the period and the previous one.

    Percentages are 0–100; money is in cents; ``None`` means "cannot be computed" (no
    orders, no closed deals, no scores…) or, for ``previous``, "a snapshot of now".
    """

    key: str
    label: str
    value: float | None
    previous: float | None
    unit: str
    better_when_higher: bool

    @property
    def change(self) -> float | None:
        """Relative change from ``previous`` (0.25 = +25 %); None when previous is 0 or None."""
        if self.value is None or self.previous is None or self.previous == 0:
            return None
        return (self.value - self.previous) / abs(self.previous)


@dataclass(frozen=True)
class KpiReport:
    period: Period
    previous_period: Period
    kpis: tuple[Kpi, ...]
    _index: dict[str, Kpi] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {kpi.key: kpi for kpi in self.kpis})

    def get(self, key: str) -> Kpi:
        """The KPI of this key (KeyError if there is none)."""
        return self._index[key]


class _ValueRow(Protocol):
    @property
    def predicted_value(self) -> float: ...


class ClvLike(Protocol):
    """What ``compute_kpis`` needs from a lifetime-value result (``ClvResult``)."""

    @property
    def rows(self) -> Sequence[_ValueRow]: ...


# --------------------------------------------------------------------------- SQL pieces

_PURCHASE = and_(Order.kind == OrderKind.ORDER, Order.deleted_at.is_(None))


def _deleted_contacts() -> Select[tuple[str]]:
    """Ids of deleted contacts (few): "NOT IN" this is cheaper than joining the live ones."""
    return select(Contact.id).where(Contact.deleted_at.is_not(None))


class _Live:
    """Tells live contacts' ids from others' in SQL, without joining the contacts table.

    The deleted contacts are read once (there are few, and finding them reads the whole
    table); each statement then only checks ids against that short list.
    """

    def __init__(self, session: Session) -> None:
        self.deleted = list(session.scalars(_deleted_contacts()))

    def __call__(self, column: Any) -> ColumnElement[bool]:
        """``column`` holds the id of a contact that is not deleted."""
        if not self.deleted:
            return column.is_not(None)
        if len(self.deleted) <= _CHUNK:
            return and_(column.is_not(None), column.not_in(self.deleted))
        return and_(column.is_not(None), column.not_in(_deleted_contacts()))


def _between(column: Any, start: datetime, end: datetime) -> ColumnElement[bool]:
    return and_(column >= start, column < end)


def _flag(condition: ColumnElement[bool]) -> Any:
    return case((condition, 1), else_=0)


def _count_if(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(_flag(condition)), 0)


def _month_key(session: Session, column: Any) -> Any:
    """The UTC month of a timestamp column as 'YYYY-MM' text, in SQL (a dialect switch)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        # Stored as naive UTC text 'YYYY-MM-DD HH:MM:SS…'.
        return func.substr(type_coerce(column, String), 1, 7)
    if dialect == "postgresql":
        utc = func.timezone(literal_column("'UTC'"), column)
        return func.to_char(utc, literal_column("'YYYY-MM'"))
    raise NotImplementedError(f"monthly figures are not written for {dialect}")


def _month_of(key: str) -> date:
    return date(int(key[:4]), int(key[5:7]), 1)


def _months(first: date, last: date) -> list[date]:
    """First days of the months from ``first``'s to ``last``'s, both included."""
    months = []
    month = first.replace(day=1)
    while month <= last:
        months.append(month)
        month = add_months(month, 1)
    return months


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# --------------------------------------------------------------------------- computation


@dataclass(frozen=True)
class _Customers:
    """Customer counts at the end of the period and at the end of the previous one."""

    total: int
    total_previous: int
    total_before_previous: int
    active: int
    lost: int
    active_previous: int
    lost_previous: int
    buyers: int
    buyers_previous: int
    buyers_before_previous: int
    #: Buyers of this period who also bought in the previous one, and so on.
    kept: int
    kept_previous: int
    #: Orders placed by live contacts in the period, and in the previous one.
    orders: int
    orders_previous: int


def _both(first: Any, second: Any) -> Any:
    """AND of two numpy boolean arrays, or of two SQL conditions."""
    if isinstance(first, np.ndarray):
        return first & second
    return and_(first, second)


def _customer_terms(n: Any) -> tuple[tuple[Any, bool], ...]:
    """What each contact adds to each ``_Customers`` figure: (term, is it a condition).

    ``n[name]`` is the contact's number of orders dated before a boundary: ``all`` (the
    end of the period), ``p0`` (its start), ``p1`` and ``p2`` (the starts of the two
    periods before), ``w0`` / ``l0`` (the starts of the 12 and 24 months ending on the
    period's last day), ``w1`` / ``l1`` (the same for the previous period). ``n`` holds
    SQL columns (the terms are SQL) or numpy arrays of integers, one value per contact
    (the terms are arrays). A condition adds 1 when true; other terms add their value.
    """
    active = n["all"] - n["w0"] > 0
    active_previous = n["p0"] - n["w1"] > 0
    buyer = n["all"] - n["p0"] > 0
    buyer_previous = n["p0"] - n["p1"] > 0
    buyer_before = n["p1"] - n["p2"] > 0
    conditions = (
        n["all"] > 0,
        n["p0"] > 0,
        n["p1"] > 0,
        active,
        _both(n["w0"] - n["l0"] > 0, n["all"] - n["w0"] == 0),
        active_previous,
        _both(n["w1"] - n["l1"] > 0, n["p0"] - n["w1"] == 0),
        buyer,
        buyer_previous,
        buyer_before,
        _both(buyer, buyer_previous),
        _both(buyer_previous, buyer_before),
    )
    values = (n["all"] - n["p0"], n["p0"] - n["p1"])
    return (*((c, True) for c in conditions), *((v, False) for v in values))


def _customer_boundaries(period: Period) -> dict[str, datetime]:
    previous = period.previous()
    return {
        "p0": period.start_at,
        "p1": previous.start_at,
        "p2": previous.previous().start_at,
        "w0": Period.twelve_months_to(period.end).start_at,
        "l0": Period.twelve_months_to(add_months(period.end, -12)).start_at,
        "w1": Period.twelve_months_to(previous.end).start_at,
        "l1": Period.twelve_months_to(add_months(previous.end, -12)).start_at,
    }


def _customers(session: Session, period: Period, live: _Live) -> _Customers:
    """Every customer count of ``period`` and of the previous one.

    Each contact's rows are counted before each boundary (see ``_customer_terms``) from
    the (contact, time) index alone: fast, but credit notes and deleted orders are counted
    too. Those rows are few: they are read apart, and the figures of their contacts are
    corrected (counted once as read, and once with those rows taken off).
    """
    end = period.end_at
    bounds = _customer_boundaries(period)
    # Boundaries often coincide (with a 12-month period, p0 = w0 and p1 = w1 = l0): each
    # distinct one is counted once.
    distinct = {at: f"b{k}" for k, at in enumerate(sorted(set(bounds.values())))}

    stamp = bare(Order.ordered_at)

    def counts(*where: Any) -> Select[Any]:
        return (
            select(
                Order.contact_id.label("contact_id"),
                func.count().label("all"),
                *(_count_if(stamp < at).label(label) for at, label in distinct.items()),
            )
            .where(Order.contact_id.is_not(None), Order.ordered_at < end, *where)
            .group_by(Order.contact_id)
        )

    def named(values: Any) -> dict[str, Any]:
        return {"all": values["all"], **{name: values[distinct[at]] for name, at in bounds.items()}}

    per_contact = counts().subquery("per_contact")
    terms = _customer_terms(named(per_contact.c))
    columns = [
        _count_if(term) if flag else func.coalesce(func.sum(term), 0) for term, flag in terms
    ]
    statement = select(*columns).where(live(per_contact.c.contact_id))
    totals = [int(value) for value in session.execute(statement).one()]
    # Credit notes and deleted orders (no condition an index could serve: a plain scan).
    odd: dict[str, dict[str, int]] = {}
    for contact_id, ordered_at in session.connection().execute(
        select(Order.contact_id, Order.ordered_at).where(
            or_(Order.kind != OrderKind.ORDER, Order.deleted_at.is_not(None))
        )
    ):
        if contact_id is None or ordered_at >= end:
            continue
        tally = odd.setdefault(contact_id, dict.fromkeys(("all", *bounds), 0))
        tally["all"] += 1
        for name, at in bounds.items():
            if ordered_at < at:
                tally[name] += 1
    ids = list(odd)
    seen: list[dict[str, int]] = []
    taken: list[dict[str, int]] = []
    for begin in range(0, len(ids), _CHUNK):
        statement = counts(
            Order.contact_id.in_(ids[begin : begin + _CHUNK]), live(Order.contact_id)
        )
        for row in session.execute(statement).mappings():
            seen.append(named(row))
            taken.append(odd[row["contact_id"]])
    if seen:
        names = ("all", *bounds)
        before = {n: np.array([counts_[n] for counts_ in seen], dtype=np.int64) for n in names}
        after = {n: before[n] - np.array([t[n] for t in taken], dtype=np.int64) for n in names}
        for k, ((was, _), (now, _)) in enumerate(
            zip(_customer_terms(before), _customer_terms(after), strict=True)
        ):
            totals[k] += int(np.sum(now)) - int(np.sum(was))
    return _Customers(*totals)


#: Ids per "IN (…)" list: well under every database's limit on bound parameters.
_CHUNK = 1000


@dataclass(frozen=True)
class _Sales:
    revenue: int
    orders: int
    order_revenue: int


def _sales(session: Session, period: Period) -> _Sales:
    """Revenue (orders and credit notes), number and total of orders of a period."""
    sales = _Sales(0, 0, 0)
    for kind, count, total in session.execute(
        select(Order.kind, func.count(), func.sum(Order.total_cents))
        .where(
            Order.deleted_at.is_(None), _between(Order.ordered_at, period.start_at, period.end_at)
        )
        .group_by(Order.kind)
    ):
        total = int(total or 0)
        if kind == OrderKind.ORDER:
            sales = _Sales(sales.revenue + total, int(count), total)
        else:
            sales = _Sales(sales.revenue + total, sales.orders, sales.order_revenue)
    return sales


def _per_buyer(period: Period, live: _Live, *, ids: bool = True) -> Select[Any]:
    """Each buyer of the period (unless not ``ids``) and their net revenue in it, in cents.

    A buyer is a live contact with at least one order dated in the period; their net
    revenue counts their orders and credit notes dated in the period, floored at 0.
    """
    net = func.sum(Order.total_cents)
    cents = case((net < 0, 0), else_=net).label("cents")
    columns = (Order.contact_id.label("contact_id"), cents) if ids else (cents,)
    return (
        select(*columns)
        .where(
            Order.deleted_at.is_(None),
            Order.contact_id.is_not(None),
            _between(Order.ordered_at, period.start_at, period.end_at),
        )
        .group_by(Order.contact_id)
        .having(func.sum(_flag(Order.kind == OrderKind.ORDER)) > 0, live(Order.contact_id))
    )


def _top_share(sorted_cents: IntArray, share: float = TOP_SHARE) -> float | None:
    """Share (0–1) of the total made by the best ``share`` of the customers (sorted desc).

    The Lorenz-style curve through (i/n, cumulative share) is read at ``share``: with 10
    buyers that is exactly the best 2; with 7, the best one and 40 % of the second.
    """
    n = len(sorted_cents)
    total = int(sorted_cents.sum()) if n else 0
    if n == 0 or total <= 0:
        return None
    position = share * n
    whole = int(math.floor(position + 1e-9))
    part = position - whole
    top = int(sorted_cents[:whole].sum())
    if whole < n and part > 1e-9:
        top_value: float = top + part * float(sorted_cents[whole])
    else:
        top_value = float(top)
    return top_value / total


def _sort_desc(ids: list[str], cents: IntArray) -> tuple[list[str], IntArray]:
    """Buyers by revenue, highest first; equal revenues in contact id order."""
    if not ids:
        return [], cents
    order = np.lexsort((np.array(ids, dtype=object).astype(str), -cents))
    return [ids[i] for i in order], cents[order]


def _top20(session: Session, period: Period, live: _Live) -> float | None:
    """``_top_share`` of the period's buyers (their revenues only come back)."""
    rows = session.connection().execute(_per_buyer(period, live, ids=False)).scalars()
    cents = np.fromiter(rows, dtype=np.int64)
    return _top_share(np.sort(cents)[::-1])


@dataclass(frozen=True)
class _Deals:
    won: int
    closed: int
    cycle_days: float | None


def _closed_deals(session: Session, period: Period) -> _Deals:
    closed = and_(
        Deal.deleted_at.is_(None),
        Deal.status.in_((DealStatus.WON, DealStatus.LOST)),
        _between(Deal.closed_at, period.start_at, period.end_at),
    )
    won, total = session.execute(
        select(_count_if(Deal.status == DealStatus.WON), func.count()).where(closed)
    ).one()
    spans = [
        (_as_utc(closed_at).date() - _as_utc(created_at).date()).days
        for created_at, closed_at in session.execute(
            select(Deal.created_at, Deal.closed_at).where(closed, Deal.status == DealStatus.WON)
        )
    ]
    cycle = sum(spans) / len(spans) if spans else None
    return _Deals(int(won), int(total), cycle)


def _pipeline_now(session: Session) -> tuple[int, int]:
    """Total and weighted amount of the open deals (all pipelines), in cents."""
    probability = func.coalesce(Deal.probability, PipelineStage.probability)
    total, weighted = session.execute(
        select(
            func.coalesce(func.sum(Deal.amount_cents), 0),
            func.coalesce(func.sum(Deal.amount_cents * probability), 0),
        )
        .join(PipelineStage, PipelineStage.id == Deal.stage_id)
        .where(Deal.status == DealStatus.OPEN, Deal.deleted_at.is_(None))
    ).one()
    return int(total), _round_half_up(int(weighted), 100)


def _round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded to the nearest integer, halves away from zero."""
    quotient, remainder = divmod(abs(numerator), denominator)
    if 2 * remainder >= denominator:
        quotient += 1
    return quotient if numerator >= 0 else -quotient


@dataclass(frozen=True)
class _Satisfaction:
    average: float | None
    nps: float | None


def _interactions(session: Session, periods: Sequence[Period]) -> tuple[list[_Satisfaction], int]:
    """Satisfaction and NPS of each period, and the complaints open now, in one scan."""
    i = Interaction
    scored = and_(
        i.satisfaction_score.is_not(None),
        i.satisfaction_scale.is_not(None),
        i.satisfaction_scale > 0,
    )
    on_ten = and_(i.satisfaction_score.is_not(None), i.satisfaction_scale == 10)
    columns: list[Any] = []
    for p in periods:
        inside = and_(scored, _between(i.occurred_at, p.start_at, p.end_at))
        inside_ten = and_(on_ten, _between(i.occurred_at, p.start_at, p.end_at))
        normalised = i.satisfaction_score * 10.0 / i.satisfaction_scale
        columns += [
            func.sum(case((inside, normalised), else_=None)),
            _count_if(inside),
            _count_if(inside_ten),
            _count_if(and_(inside_ten, i.satisfaction_score >= NPS_PROMOTER_MIN)),
            _count_if(and_(inside_ten, i.satisfaction_score <= NPS_DETRACTOR_MAX)),
        ]
    columns.append(_count_if(_open_complaint()))
    # Only scored interactions and complaints are read (few among many).
    row = session.execute(
        select(*columns).where(
            i.deleted_at.is_(None), or_(i.satisfaction_score.is_not(None), i.is_complaint.is_(True))
        )
    ).one()
    results = []
    for k in range(len(periods)):
        total, count, ten, promoters, detractors = row[5 * k : 5 * k + 5]
        average = float(total) / int(count) if count else None
        nps = 100.0 * (int(promoters) - int(detractors)) / int(ten) if ten else None
        results.append(_Satisfaction(average, nps))
    return results, int(row[-1])


def _open_complaint() -> ColumnElement[bool]:
    """A complaint not marked resolved (a complaint without a status is open)."""
    return and_(
        Interaction.is_complaint.is_(True),
        or_(
            Interaction.complaint_status.is_(None),
            Interaction.complaint_status != ComplaintStatus.RESOLVED,
        ),
    )


def _overdue_tasks(session: Session, now: datetime) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                Task.deleted_at.is_(None), Task.done_at.is_(None), Task.due_at < now
            )
        )
        or 0
    )


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


def _percent(fraction: float | None) -> float | None:
    return None if fraction is None else 100.0 * fraction


def _ratio(numerator: float, denominator: float, scale: float = 1.0) -> float | None:
    return scale * numerator / denominator if denominator else None


def _mean_predicted_cents(clv: ClvLike | None) -> float | None:
    if clv is None:
        return None
    values = [float(row.predicted_value) for row in clv.rows]
    values = [v for v in values if math.isfinite(v)]
    if not values:
        return None
    return float(round(100.0 * sum(values) / len(values)))


def compute_kpis(
    db: Database, period: Period, clv: ClvLike | None = None, *, now: datetime | None = None
) -> KpiReport:
    """Every key indicator for ``period`` and for the period just before it.

    ``clv`` (a ``ClvResult``) gives the average predicted value; ``now`` (default: the
    current time) dates the snapshot indicators. With E the period's last day, and a
    *buyer* of some days a live contact with an order dated in them:

    - ``customers_total``: live contacts with an order dated on or before E;
    - ``customers_active_12m``: buyers of the 12 months ending on E;
    - ``customers_new``: live contacts whose first order ever is dated in the period;
    - ``customers_lost``: buyers of the 12 months before those (24 to 12 months before E)
      who are not buyers of the 12 months ending on E;
    - ``retention_rate``: % of the previous period's buyers who are buyers of this one
      (None when the previous period had none);
    - ``revenue_cents``: total of the orders and credit notes dated in the period, any
      contact or none; ``orders``: number of orders dated in it;
    - ``average_basket_cents``: total of those orders / their number, rounded to the cent;
    - ``purchase_frequency``: orders placed by the period's buyers / number of buyers;
    - ``top20_share``: each buyer's net revenue in the period (orders and credit notes,
      floored at 0), best first: % of their total made by the best 20 % of them, the last
      one counting in part when 20 % of the buyers is not whole (see ``_top_share``);
    - ``average_predicted_value``: mean ``predicted_value`` of the ``clv`` rows (finite
      ones), in cents; None without ``clv``;
    - ``pipeline_open_cents``: amount of the live deals whose status is open now, every
      pipeline; ``pipeline_weighted_cents``: the sum of amount × (the deal's probability,
      else its stage's) / 100, rounded to the cent;
    - ``win_rate``: % won among the deals won or lost with ``closed_at`` in the period;
    - ``sales_cycle_days``: mean of (UTC date closed − UTC date created) in days of the
      deals won in the period;
    - ``tasks_overdue``: live tasks not done whose ``due_at`` is before ``now``;
    - ``satisfaction_average``: mean of score × 10 / scale of the interactions of the
      period with a score (and a scale above 0);
    - ``nps``: among the period's scores on the 0–10 scale, % of 9–10 minus % of 0–6;
      None without such scores;
    - ``complaints_open``: live complaints whose status is not "resolved", now.

    Snapshot indicators (open and weighted pipeline, overdue tasks, open complaints,
    average predicted value) have no previous value. Deleted rows count nowhere.
    """
    now = _as_utc(now) if now is not None else datetime.now(UTC)
    previous = period.previous()
    with db.read() as session:
        live = _Live(session)
        customers = _customers(session, period, live)
        sales, sales_prev = _sales(session, period), _sales(session, previous)
        top20, top20_prev = _top20(session, period, live), _top20(session, previous, live)
        deals, deals_prev = _closed_deals(session, period), _closed_deals(session, previous)
        pipeline, weighted = _pipeline_now(session)
        overdue = _overdue_tasks(session, now)
        (satisfaction, satisfaction_prev), complaints = _interactions(session, (period, previous))

    def basket(s: _Sales) -> float | None:
        return float(_round_half_up(s.order_revenue, s.orders)) if s.orders else None

    values: dict[str, tuple[float | None, float | None]] = {
        "customers_total": (customers.total, customers.total_previous),
        "customers_active_12m": (customers.active, customers.active_previous),
        "customers_new": (
            customers.total - customers.total_previous,
            customers.total_previous - customers.total_before_previous,
        ),
        "customers_lost": (customers.lost, customers.lost_previous),
        "retention_rate": (
            _ratio(customers.kept, customers.buyers_previous, 100.0),
            _ratio(customers.kept_previous, customers.buyers_before_previous, 100.0),
        ),
        "revenue_cents": (sales.revenue, sales_prev.revenue),
        "orders": (sales.orders, sales_prev.orders),
        "average_basket_cents": (basket(sales), basket(sales_prev)),
        "purchase_frequency": (
            _ratio(customers.orders, customers.buyers),
            _ratio(customers.orders_previous, customers.buyers_previous),
        ),
        "top20_share": (_percent(top20), _percent(top20_prev)),
        "average_predicted_value": (_mean_predicted_cents(clv), None),
        "pipeline_open_cents": (pipeline, None),
        "pipeline_weighted_cents": (weighted, None),
        "win_rate": (
            _ratio(deals.won, deals.closed, 100.0),
            _ratio(deals_prev.won, deals_prev.closed, 100.0),
        ),
        "sales_cycle_days": (deals.cycle_days, deals_prev.cycle_days),
        "tasks_overdue": (overdue, None),
        "satisfaction_average": (satisfaction.average, satisfaction_prev.average),
        "nps": (satisfaction.nps, satisfaction_prev.nps),
        "complaints_open": (complaints, None),
    }
    kpis = tuple(
        Kpi(
            key=d.key,
            label=d.label,
            value=_float(values[d.key][0]),
            previous=_float(values[d.key][1]),
            unit=d.unit,
            better_when_higher=d.better_when_higher,
        )
        for d in KPI_DEFINITIONS
    )
    return KpiReport(period=period, previous_period=previous, kpis=kpis)


# --------------------------------------------------------------------------- output


def _json_number(value: float | None, unit: str) -> float | int | None:
    if value is None:
        return None
    if unit in ("count", "cents") and float(value).is_integer():
        return int(value)
    return float(value)


def kpis_as_dict(report: KpiReport) -> dict[str, dict[str, Any]]:
    """JSON-ready: ``{key: {value, previous, change, unit, label}}`` in display order.

    Counts and cents are integers; percentages are 0–100; ``change`` is relative
    (0.25 = +25 %); missing values are None (null).
    """
    return {
        kpi.key: {
            "value": _json_number(kpi.value, kpi.unit),
            "previous": _json_number(kpi.previous, kpi.unit),
            "change": kpi.change,
            "unit": kpi.unit,
            "label": kpi.label,
        }
        for kpi in report.kpis
    }


def format_money(cents: float, currency: str = "EUR") -> str:
    """'1,234.56 EUR' (English, for the command line)."""
    whole = int(round(cents))
    sign = "-" if whole < 0 else ""
    units, rest = divmod(abs(whole), 100)
    return f"{sign}{units:,}.{rest:02d} {currency}"


def format_value(value: float | None, unit: str, currency: str = "EUR", key: str = "") -> str:
    """A KPI value in English, for the command line ("n/a" when there is none)."""
    if value is None:
        return "n/a"
    if unit == "count":
        return f"{int(round(value)):,}"
    if unit == "cents":
        return format_money(value, currency)
    if unit == "percent":
        return f"{value:.1f} %"
    if unit == "days":
        return f"{value:.1f} days"
    if key == "nps":
        return f"{round(value, 1) + 0.0:+.1f}"
    if unit == "score":
        return f"{value:.1f}/10"
    return f"{value:.2f}"


def format_change(change: float | None) -> str:
    """A relative change as a signed percentage ("n/a" when there is none)."""
    return "n/a" if change is None else f"{round(100.0 * change, 1) + 0.0:+.1f} %"


def format_kpis(report: KpiReport, currency: str = "EUR") -> str:
    """An aligned English table of the report: indicator, this period, previous, change.

    Indicators of the present moment (open pipeline, overdue tasks, open complaints) show
    "now" instead of a previous value and a change.
    """
    header = ("Indicator", "Value", "Previous", "Change")
    rows = []
    for kpi in report.kpis:
        value = format_value(kpi.value, kpi.unit, currency, kpi.key)
        if _is_now(kpi.key):
            rows.append((kpi.label, value, "", "now"))
        else:
            previous = format_value(kpi.previous, kpi.unit, currency, kpi.key)
            rows.append((kpi.label, value, previous, format_change(kpi.change)))
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(4)]

    def line(cells: Sequence[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = (cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True))
        return "  ".join((first, *rest)).rstrip()

    title = (
        f"Key indicators from {report.period.start} to {report.period.end} "
        f"({report.period.days} days), compared with {report.previous_period.start} "
        f"to {report.previous_period.end}"
    )
    rule = "  ".join("-" * w for w in widths)
    return "\n".join((title, "", line(header), rule, *(line(r) for r in rows))) + "\n"


def _is_now(key: str) -> bool:
    definition = _DEFINITIONS.get(key)
    return definition is not None and definition.now


# --------------------------------------------------------------------------- chart data


@dataclass(frozen=True)
class MonthlyRevenue:
    """Revenue per calendar month (UTC): orders plus credit notes, and number of orders."""

    #: First day of each month, oldest first, every month present (zero when no sale).
    months: tuple[date, ...]
    revenue_cents: IntArray
    orders: IntArray


def revenue_by_month(db: Database, start: date, end: date) -> MonthlyRevenue:
    """Net revenue and orders of each month from ``start``'s month to ``end``'s.

    Only what is dated from ``start`` to ``end`` (UTC days, both included) counts, so the
    first and last months are partial when the dates are not month ends.
    """
    span = Period(start, end)
    months = _months(start, end)
    with db.read() as session:
        key = _month_key(session, Order.ordered_at)
        rows = session.execute(
            select(
                key,
                func.sum(Order.total_cents),
                _count_if(Order.kind == OrderKind.ORDER),
            )
            .where(
                Order.deleted_at.is_(None), _between(Order.ordered_at, span.start_at, span.end_at)
            )
            .group_by(key)
        ).all()
    index = {month: k for k, month in enumerate(months)}
    revenue = np.zeros(len(months), dtype=np.int64)
    orders = np.zeros(len(months), dtype=np.int64)
    for month_key, cents, count in rows:
        k = index[_month_of(month_key)]
        revenue[k] = int(cents or 0)
        orders[k] = int(count or 0)
    return MonthlyRevenue(tuple(months), revenue, orders)


def buyers_in_month(db: Database, month: date) -> list[str]:
    """Live contacts who placed an order in ``month``'s calendar month (UTC), by name."""
    first = month.replace(day=1)
    span = Period(first, add_months(first, 1) - timedelta(days=1))
    with db.read() as session:
        buyers = select(Order.contact_id).where(
            _PURCHASE, _between(Order.ordered_at, span.start_at, span.end_at)
        )
        return list(
            session.scalars(
                select(Contact.id)
                .where(Contact.deleted_at.is_(None), Contact.id.in_(buyers))
                .order_by(Contact.sort_name, Contact.id)
            )
        )


@dataclass(frozen=True)
class ParetoCurve:
    """Cumulative share of revenue by share of buyers, best buyers first.

    ``customer_share`` and ``revenue_share`` go from 0 to 1 (n + 1 points for n buyers);
    ``top20_share`` is the curve read at 20 % of the buyers (0–1), None without revenue.
    """

    customer_share: FloatArray
    revenue_share: FloatArray
    top20_share: float | None
    contact_ids_by_revenue: tuple[str, ...]

    def top_ids(self, share: float = TOP_SHARE) -> tuple[str, ...]:
        """The best ``share`` of the buyers (rounded up): the drill-down of the chart."""
        n = len(self.contact_ids_by_revenue)
        return self.contact_ids_by_revenue[: math.ceil(share * n - 1e-9)]


def pareto_curve(db: Database, period: Period) -> ParetoCurve:
    """The 80/20 view of ``period``: each buyer's net revenue (floored at 0), best first."""
    with db.read() as session:
        rows = session.connection().execute(_per_buyer(period, _Live(session))).all()
    ids = [row[0] for row in rows]
    cents = np.fromiter((int(row[1]) for row in rows), dtype=np.int64, count=len(rows))
    ids, cents = _sort_desc(ids, cents)
    n = len(ids)
    total = int(cents.sum()) if n else 0
    customer_share = np.arange(n + 1, dtype=np.float64) / max(n, 1)
    if total > 0:
        revenue_share = np.concatenate(([0.0], np.cumsum(cents) / total))
    else:
        revenue_share = np.zeros(n + 1, dtype=np.float64)
    return ParetoCurve(customer_share, revenue_share, _top_share(cents), tuple(ids))


@dataclass(frozen=True)
class CohortTable:
    """Monthly cohorts of first purchases and the share of each buying in later months.

    ``retention[i, k]`` is the fraction of cohort ``i`` (first purchase in month
    ``cohorts[i]``) who bought in the month ``k`` months later (so column 0 is 1.0); NaN
    where that month is after the as-of month, or the cohort is empty.
    """

    cohorts: tuple[date, ...]
    sizes: IntArray
    retention: FloatArray
    #: Each cohort's members (contact ids, by name).
    members: dict[date, tuple[str, ...]]


def cohort_retention(db: Database, as_of: date, months: int = 12) -> CohortTable:
    """Cohorts of the last ``months`` calendar months up to ``as_of``'s month (included).

    A customer belongs to the cohort of the month of their first order ever; orders after
    ``as_of`` are ignored (the as-of month is partly observed, later months are NaN).
    """
    if months < 1:
        raise ValueError("months must be at least 1")
    last = as_of.replace(day=1)
    cohorts = [add_months(last, k - months + 1) for k in range(months)]
    window = Period(cohorts[0], as_of)
    # Month k of the window runs from bounds[k] to bounds[k + 1].
    bounds = [utc_start(month) for month in cohorts] + [window.end_at]
    earlier = aliased(Order)
    stamp = bare(Order.ordered_at)
    with db.read() as session:
        live = _Live(session)
        # One row per buyer of the window without any order before it (a cohort member):
        # their first order, and their number of orders before the end of each month of
        # the window (one comparison per month; they bought in month k when the counts
        # before its end and before its start differ).
        members = (
            select(
                Order.contact_id.label("contact_id"),
                func.min(Order.ordered_at).label("first_at"),
                *(_count_if(stamp < bounds[k + 1]).label(f"n{k}") for k in range(months - 1)),
                func.count().label(f"n{months - 1}"),
            )
            .where(
                _PURCHASE,
                Order.contact_id.is_not(None),
                _between(Order.ordered_at, window.start_at, window.end_at),
            )
            .group_by(Order.contact_id)
            .having(
                live(Order.contact_id),
                ~exists().where(
                    earlier.contact_id == Order.contact_id,
                    earlier.kind == OrderKind.ORDER,
                    earlier.deleted_at.is_(None),
                    earlier.ordered_at < window.start_at,
                ),
            )
            .subquery("members")
        )
        rows = session.execute(
            select(members)
            .join(Contact, Contact.id == members.c.contact_id)
            .order_by(Contact.sort_name, Contact.id)
        ).all()
    index = {month: k for k, month in enumerate(cohorts)}
    lists: list[list[str]] = [[] for _ in cohorts]
    active = np.zeros((months, months), dtype=np.int64)
    for row in rows:
        first_at = _as_utc(row[1])
        i = index[first_at.date().replace(day=1)]
        lists[i].append(row[0])
        before = 0
        for k in range(months):
            upto = int(row[2 + k])
            if upto > before and k >= i:
                active[i, k - i] += 1
            before = upto
    sizes = np.array([len(m) for m in lists], dtype=np.int64)
    retention = np.full((months, months), np.nan)
    for i, size in enumerate(sizes):
        if size:
            retention[i, : months - i] = active[i, : months - i] / size
    members_by_month = {month: tuple(ids) for month, ids in zip(cohorts, lists, strict=True)}
    return CohortTable(tuple(cohorts), sizes, retention, members_by_month)


@dataclass(frozen=True)
class FunnelStage:
    """The open deals of one stage, now."""

    stage_id: str
    name: str
    deals: int
    amount_cents: int
    #: Amount × (deal probability, else the stage's) / 100, rounded to the cent.
    weighted_cents: int
    #: Live contacts of those deals, by name.
    contact_ids: tuple[str, ...]


def pipeline_funnel(db: Database, pipeline_id: str | None = None) -> tuple[FunnelStage, ...]:
    """The open stages of a pipeline (default: the default one), in order, with their deals."""
    with db.read() as session:
        if pipeline_id is None:
            pipeline_id = session.scalar(
                select(Pipeline.id)
                .where(Pipeline.deleted_at.is_(None))
                .order_by(Pipeline.is_default.desc(), Pipeline.position, Pipeline.name)
                .limit(1)
            )
            if pipeline_id is None:
                return ()
        stages = session.execute(
            select(PipelineStage.id, PipelineStage.name)
            .where(
                PipelineStage.pipeline_id == pipeline_id,
                PipelineStage.deleted_at.is_(None),
                PipelineStage.kind == StageKind.OPEN,
            )
            .order_by(PipelineStage.position, PipelineStage.name)
        ).all()
        open_deal = and_(
            Deal.pipeline_id == pipeline_id,
            Deal.status == DealStatus.OPEN,
            Deal.deleted_at.is_(None),
        )
        probability = func.coalesce(Deal.probability, PipelineStage.probability)
        totals = {
            stage_id: (int(count), int(amount or 0), int(weighted or 0))
            for stage_id, count, amount, weighted in session.execute(
                select(
                    Deal.stage_id,
                    func.count(),
                    func.sum(Deal.amount_cents),
                    func.sum(Deal.amount_cents * probability),
                )
                .join(PipelineStage, PipelineStage.id == Deal.stage_id)
                .where(open_deal)
                .group_by(Deal.stage_id)
            )
        }
        people: dict[str, list[str]] = {}
        for stage_id, _name, contact_id in session.execute(
            select(Deal.stage_id, Contact.sort_name, Contact.id)
            .join(Contact, Contact.id == Deal.contact_id)
            .where(open_deal, Contact.deleted_at.is_(None))
            .distinct()
            .order_by(Deal.stage_id, Contact.sort_name, Contact.id)
        ):
            people.setdefault(stage_id, []).append(contact_id)
    result = []
    for stage_id, name in stages:
        count, amount, weighted = totals.get(stage_id, (0, 0, 0))
        result.append(
            FunnelStage(
                stage_id=stage_id,
                name=name,
                deals=count,
                amount_cents=amount,
                weighted_cents=_round_half_up(weighted, 100),
                contact_ids=tuple(people.get(stage_id, ())),
            )
        )
    return tuple(result)


__all__ = [
    "KPI_DEFINITIONS",
    "UNITS",
    "ClvLike",
    "CohortTable",
    "FunnelStage",
    "Kpi",
    "KpiDefinition",
    "KpiReport",
    "MonthlyRevenue",
    "ParetoCurve",
    "Period",
    "PeriodError",
    "add_months",
    "buyers_in_month",
    "cohort_retention",
    "compute_kpis",
    "format_kpis",
    "format_money",
    "format_value",
    "kpis_as_dict",
    "pareto_curve",
    "pipeline_funnel",
    "revenue_by_month",
    "utc_start",
]
