"""Key indicators and chart data, checked against figures computed by hand.

The fixed dataset (``shop``) is small enough to follow on paper; every expected value
below says where it comes from. A second test compares every customer figure with a
plain-Python recount on the demo shop, with credit notes, deleted orders and a deleted
contact mixed in.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest
from sqlalchemy import select

from app.analytics.kpis import (
    KPI_DEFINITIONS,
    Kpi,
    Period,
    PeriodError,
    add_months,
    buyers_in_month,
    cohort_retention,
    compute_kpis,
    format_kpis,
    format_money,
    kpis_as_dict,
    pareto_curve,
    pipeline_funnel,
    revenue_by_month,
)
from app.demo import populate
from app.errors import UserError
from models import Contact, Deal, Interaction, Order, Pipeline, PipelineStage, Task
from models.enums import DealStatus, OrderKind, StageKind

CREDIT = OrderKind.CREDIT_NOTE


def at(y: int, m: int, d: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(y, m, d, hour, minute, tzinfo=UTC)


# --------------------------------------------------------------------------- periods


def test_period_is_inclusive_and_the_previous_one_has_as_many_days():
    march = Period.month(2025, 3)
    assert (march.start, march.end, march.days) == (date(2025, 3, 1), date(2025, 3, 31), 31)
    assert march.previous() == Period(date(2025, 1, 29), date(2025, 2, 28))
    assert march.start_at == datetime(2025, 3, 1, tzinfo=UTC)
    assert march.end_at == datetime(2025, 4, 1, tzinfo=UTC)
    assert at(2025, 3, 31, 23, 59) in march and at(2025, 4, 1, 0, 0) not in march
    assert date(2025, 3, 1) in march and date(2025, 2, 28) not in march
    assert Period(date(2025, 5, 5), date(2025, 5, 5)).days == 1
    assert Period(date(2025, 5, 5), date(2025, 5, 5)).previous() == Period(
        date(2025, 5, 4), date(2025, 5, 4)
    )


def test_period_constructors():
    today = date(2024, 3, 10)
    assert Period.last_days(7, today) == Period(date(2024, 3, 4), today)
    assert Period.last_days(1, today) == Period(today, today)
    assert Period.month(2024, 2) == Period(date(2024, 2, 1), date(2024, 2, 29))
    assert Period.year(2023) == Period(date(2023, 1, 1), date(2023, 12, 31))
    assert Period.year_to_date(today) == Period(date(2024, 1, 1), today)
    # The previous period has as many days: 366 before a leap year.
    assert Period.year(2024).previous() == Period(date(2022, 12, 31), date(2023, 12, 31))
    # 29 February has no twin a year later or earlier: the month's last day is used.
    assert add_months(date(2024, 2, 29), -12) == date(2023, 2, 28)
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert Period.twelve_months_to(date(2025, 3, 31)) == Period(date(2024, 4, 1), date(2025, 3, 31))
    assert Period.twelve_months_to(date(2025, 2, 28)) == Period(
        date(2024, 2, 29), date(2025, 2, 28)
    )
    with pytest.raises(ValueError):
        Period.last_days(0, today)


def test_a_period_that_ends_before_it_starts_is_refused_with_a_message():
    with pytest.raises(PeriodError) as caught:
        Period(date(2025, 3, 2), date(2025, 3, 1))
    assert isinstance(caught.value, UserError) and isinstance(caught.value, ValueError)
    assert "2025-03-02" in str(caught.value) and "2025-03-01" in str(caught.value)
    with pytest.raises(TypeError):
        Period(at(2025, 3, 1), date(2025, 3, 2))  # type: ignore[arg-type]


def test_kpi_change_is_relative_and_none_without_a_base():
    def kpi(value: float | None, previous: float | None) -> Kpi:
        return Kpi("k", "K", value, previous, "count", True)

    assert kpi(120, 100).change == pytest.approx(0.2)
    assert kpi(50, 100).change == pytest.approx(-0.5)
    assert kpi(-50, -100).change == pytest.approx(0.5)  # less negative is up
    assert kpi(5, 0).change is None
    assert kpi(5, None).change is None
    assert kpi(None, 5).change is None


def test_every_kpi_is_defined_once_with_a_known_unit():
    keys = [d.key for d in KPI_DEFINITIONS]
    assert len(keys) == len(set(keys)) == 19
    assert {d.unit for d in KPI_DEFINITIONS} <= {
        "count",
        "cents",
        "percent",
        "days",
        "score",
        "ratio",
    }


# --------------------------------------------------------------------------- the fixed shop

PERIOD = Period.month(2025, 3)  # previous: 29 Jan – 28 Feb; the one before: 29 Dec – 28 Jan
NOW = at(2025, 3, 31, 12)


@dataclass(frozen=True)
class Shop:
    ids: dict[str, str]
    pipeline_id: str


def person(first: str, last: str, status: str = "customer", **extra) -> Contact:
    return Contact(first_name=first, last_name=last, status=status, **extra)


@pytest.fixture
def shop(db) -> Shop:
    """Ten contacts (one deleted, one prospect), orders, deals, tasks, interactions."""
    people = {
        "A": person("Alice", "Martin"),
        "B": person("Bruno", "Petit"),
        "C": person("Chloé", "Durand"),
        "D": person("David", "Roux", "former"),
        "E": person("Emma", "Leroy"),
        "F": person("Fabien", "Morel", deleted_at=at(2025, 3, 29)),
        "G": person("Gaëlle", "Noël"),
        "H": person("Hugo", "Blanc"),
        "J": person("Inès", "Faure"),
        "P": person("Paul", "Vincent", "prospect"),
    }
    ids = {key: contact.id for key, contact in people.items()}

    def order(key: str | None, when: datetime, cents: int, kind: str = "order", **extra) -> Order:
        return Order(
            contact_id=ids[key] if key else None,
            ordered_at=when,
            total_cents=cents,
            kind=kind,
            **extra,
        )

    orders = [
        order("A", at(2023, 5, 10), 10000),
        order("A", at(2025, 3, 5), 5000),
        order("A", at(2025, 3, 20), 3000),
        order("A", at(2025, 3, 21), -1000, CREDIT),
        order("B", at(2025, 2, 10), 20000),
        order("B", at(2025, 3, 15, 11), 10000),
        order("C", at(2025, 3, 10), 4000),
        order("D", at(2023, 6, 1), 8000),
        order("E", at(2024, 3, 15), 6000),
        order("F", at(2025, 3, 8), 9000),  # a deleted contact's order: revenue only
        order("G", at(2025, 3, 12), -2000, CREDIT),  # a credit note makes no customer
        order("H", at(2025, 1, 5), 7000),
        order("H", at(2025, 3, 25), 50000, deleted_at=at(2025, 3, 26)),  # deleted: ignored
        order("J", at(2025, 1, 20), 1500),
        order("J", at(2025, 3, 2), 2500),
        order(None, at(2025, 3, 18), 2500),  # a walk-in sale: revenue, no customer
        order("B", at(2025, 4, 1, 0, 0), 99999),  # the day after the period
    ]
    pipeline = Pipeline(name="Ventes", is_default=True)
    other = Pipeline(name="Autre", position=1)
    stages = {
        "qualified": PipelineStage(
            pipeline_id=pipeline.id, name="Qualifié", position=0, probability=20
        ),
        "proposal": PipelineStage(
            pipeline_id=pipeline.id, name="Proposition", position=1, probability=50
        ),
        "won": PipelineStage(
            pipeline_id=pipeline.id, name="Gagné", position=2, probability=100, kind=StageKind.WON
        ),
        "lost": PipelineStage(
            pipeline_id=pipeline.id, name="Perdu", position=3, probability=0, kind=StageKind.LOST
        ),
        "elsewhere": PipelineStage(pipeline_id=other.id, name="Ailleurs", probability=10),
    }

    def deal(stage: str, cents: int, status: str = "open", **extra) -> Deal:
        return Deal(
            title=f"{stage} {cents}",
            pipeline_id=stages[stage].pipeline_id,
            stage_id=stages[stage].id,
            amount_cents=cents,
            status=status,
            **extra,
        )

    deals = [
        deal("qualified", 10000, contact_id=ids["A"]),  # weighted 20 %: 2,000
        deal("proposal", 3333, probability=75, contact_id=ids["B"]),  # 2,499.75
        deal("proposal", 7777, contact_id=ids["C"], deleted_at=at(2025, 3, 1)),
        deal("elsewhere", 1000, contact_id=ids["E"]),  # another pipeline: 100
        deal("won", 5000, DealStatus.WON, created_at=at(2025, 2, 1), closed_at=at(2025, 3, 11)),
        deal("won", 5000, DealStatus.WON, created_at=at(2025, 3, 1, 10), closed_at=at(2025, 3, 3)),
        deal("lost", 5000, DealStatus.LOST, created_at=at(2025, 1, 1), closed_at=at(2025, 3, 20)),
        deal("lost", 5000, DealStatus.LOST, created_at=at(2025, 1, 1), closed_at=at(2025, 2, 15)),
    ]
    tasks = [
        Task(title="overdue", due_at=at(2025, 3, 30)),
        Task(title="done", due_at=at(2025, 3, 30), done_at=at(2025, 3, 30, 15)),
        Task(title="later", due_at=at(2025, 4, 5)),
        Task(title="deleted", due_at=at(2025, 3, 1), deleted_at=at(2025, 3, 2)),
        Task(title="no due date"),
    ]

    def talk(key: str, when: datetime, score: int | None = None, scale: int | None = 10, **extra):
        return Interaction(
            channel="phone",
            occurred_at=when,
            contact_id=ids[key],
            satisfaction_score=score,
            satisfaction_scale=scale if score is not None else None,
            **extra,
        )

    interactions = [
        talk("A", at(2025, 3, 5), 9),
        talk("B", at(2025, 3, 6), 6),
        talk("C", at(2025, 3, 7), 4, 5),  # 8 out of 10, not an NPS answer
        talk("A", at(2025, 3, 25), 10),
        talk("E", at(2025, 3, 26), 0, deleted_at=at(2025, 3, 27)),
        talk("B", at(2025, 2, 10), 3, 5),  # previous period: 6 out of 10
        talk("A", at(2025, 3, 22), is_complaint=True, complaint_status="open"),
        talk("B", at(2025, 3, 23), is_complaint=True, complaint_status="resolved"),
        talk("D", at(2024, 1, 3), is_complaint=True),  # no status: still open
    ]
    with db.write("edit", "test shop") as session:
        session.add_all(people.values())
        session.add_all([pipeline, other])
        session.flush()
        session.add_all(stages.values())
        session.flush()
        session.add_all([*orders, *deals, *tasks, *interactions])
    return Shop(ids, pipeline.id)


@dataclass(frozen=True)
class _Value:
    predicted_value: float


@dataclass(frozen=True)
class _Clv:
    rows: tuple[_Value, ...]


def test_every_kpi_of_the_fixed_shop(db, shop):
    clv = _Clv((_Value(100.0), _Value(50.5), _Value(float("nan"))))
    report = compute_kpis(db, PERIOD, clv, now=NOW)
    assert report.period == PERIOD
    assert report.previous_period == Period(date(2025, 1, 29), date(2025, 2, 28))
    got = {k.key: (k.value, k.previous) for k in report.kpis}
    expected = {
        # Live contacts with an order by 31 March: A B C D E H J (F deleted, G credit
        # note only); by 28 February: all but C; by 28 January: all but C and B.
        "customers_total": (7, 6),
        "customers_new": (1, 1),  # C in March; B in the previous period
        # 12 months to 31 March (from 1 April 2024): A B C H J; to 28 February (from
        # 29 February 2024): B E H J.
        "customers_active_12m": (5, 4),
        # Bought 1 April 2023 – 31 March 2024 but not since: D and E (A came back).
        # Bought 1 March 2023 – 28 February 2024 but not since 29 February 2024: A and D.
        "customers_lost": (2, 2),
        # Buyers in March: A B C J; previous: B; the one before: H J.
        "retention_rate": (100.0, 0.0),
        # March: 5,000 + 3,000 − 1,000 + 10,000 + 4,000 + 9,000 − 2,000 + 2,500 + 2,500.
        "revenue_cents": (33000, 20000),
        "orders": (7, 1),
        "average_basket_cents": (5143, 20000),  # 36,000 / 7 = 5,142.86
        "purchase_frequency": (pytest.approx(5 / 4), 1.0),
        # Net per buyer in March: B 10,000, A 7,000, C 4,000, J 2,500 (23,500). The best
        # 20 % of 4 buyers is 0.8 of B; of one buyer, 0.2 of B.
        "top20_share": (pytest.approx(100 * 8000 / 23500), pytest.approx(20.0)),
        "average_predicted_value": (7525, None),  # mean of 100.00 and 50.50 euros
        "pipeline_open_cents": (14333, None),  # 10,000 + 3,333 + 1,000 (deleted: not)
        "pipeline_weighted_cents": (4600, None),  # 2,000 + 2,499.75 + 100 = 4,599.75
        "win_rate": (pytest.approx(200 / 3), 0.0),
        "sales_cycle_days": (20.0, None),  # (38 + 2) / 2
        "tasks_overdue": (1, None),
        "satisfaction_average": (8.25, 6.0),  # (9 + 6 + 8 + 10) / 4; 3 of 5
        "nps": (pytest.approx(100 / 3), None),  # 9, 6, 10: 2 promoters, 1 detractor
        "complaints_open": (2, None),
    }
    assert got == expected
    assert [k.key for k in report.kpis] == [d.key for d in KPI_DEFINITIONS]
    assert report.get("customers_lost").better_when_higher is False
    assert report.get("revenue_cents").change == pytest.approx(0.65)
    with pytest.raises(KeyError):
        report.get("nothing")


def test_kpis_without_data_are_none_not_zero_divisions(db):
    report = compute_kpis(db, PERIOD, now=NOW)
    values = {k.key: k.value for k in report.kpis}
    assert values["customers_total"] == 0 and values["revenue_cents"] == 0
    for key in (
        "retention_rate",
        "average_basket_cents",
        "purchase_frequency",
        "top20_share",
        "average_predicted_value",
        "win_rate",
        "sales_cycle_days",
        "satisfaction_average",
        "nps",
    ):
        assert values[key] is None, key


def test_kpis_as_json_and_as_a_table(db, shop):
    report = compute_kpis(db, PERIOD, now=NOW)
    data = kpis_as_dict(report)
    assert list(data) == [d.key for d in KPI_DEFINITIONS]
    assert data["revenue_cents"] == {
        "value": 33000,
        "previous": 20000,
        "change": pytest.approx(0.65),
        "unit": "cents",
        "label": "Revenue",
    }
    assert isinstance(data["customers_total"]["value"], int)
    assert data["complaints_open"]["previous"] is None
    json.dumps(data)  # JSON-ready as it is
    text = format_kpis(report)
    lines = text.splitlines()
    assert lines[0] == (
        "Key indicators from 2025-03-01 to 2025-03-31 (31 days), "
        "compared with 2025-01-29 to 2025-02-28"
    )
    by_label = {line[:38].strip(): line for line in lines[4:]}
    assert by_label["Revenue"].split() == [
        "Revenue",
        "330.00",
        "EUR",
        "200.00",
        "EUR",
        "+65.0",
        "%",
    ]
    assert by_label["Average basket"].split()[2:4] == ["51.43", "EUR"]
    assert by_label["Retention rate"].split()[-4:] == ["%", "0.0", "%", "n/a"]
    assert by_label["Net Promoter Score"].split()[-3:] == ["+33.3", "n/a", "n/a"]
    assert by_label["Open complaints"].split()[-2:] == ["2", "now"]
    assert by_label["Average sales cycle"].split()[-4:] == ["20.0", "days", "n/a", "n/a"]
    # Aligned: every value column ends at the same place.
    assert len({len(line) for line in lines[4:] if not line.endswith("now")}) == 1


def test_money_is_written_the_english_way():
    assert format_money(123456) == "1,234.56 EUR"
    assert format_money(-5) == "-0.05 EUR"
    assert format_money(100000000, "USD") == "1,000,000.00 USD"


# --------------------------------------------------------------------------- chart data


def test_revenue_by_month(db, shop):
    monthly = revenue_by_month(db, date(2024, 12, 1), date(2025, 3, 31))
    assert monthly.months == (
        date(2024, 12, 1),
        date(2025, 1, 1),
        date(2025, 2, 1),
        date(2025, 3, 1),
    )
    assert monthly.revenue_cents.tolist() == [0, 8500, 20000, 33000]
    assert monthly.orders.tolist() == [0, 2, 1, 7]
    # Only the days asked for count: here 15 January to 10 March.
    part = revenue_by_month(db, date(2025, 1, 15), date(2025, 3, 10))
    assert part.months == (date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1))
    assert part.revenue_cents.tolist() == [1500, 20000, 5000 + 4000 + 9000 + 2500]


def test_buyers_in_month_are_live_contacts_by_name(db, shop):
    ids = shop.ids
    # Durand, Faure, Martin, Petit; not Morel (deleted) nor Noël (a credit note only).
    assert buyers_in_month(db, date(2025, 3, 17)) == [ids["C"], ids["J"], ids["A"], ids["B"]]
    assert buyers_in_month(db, date(2025, 4, 1)) == [ids["B"]]
    assert buyers_in_month(db, date(2024, 2, 1)) == []


def test_pareto_curve(db, shop):
    ids = shop.ids
    curve = pareto_curve(db, PERIOD)
    assert curve.contact_ids_by_revenue == (ids["B"], ids["A"], ids["C"], ids["J"])
    np.testing.assert_allclose(curve.customer_share, [0, 0.25, 0.5, 0.75, 1])
    np.testing.assert_allclose(
        curve.revenue_share, [0, 10000 / 23500, 17000 / 23500, 21000 / 23500, 1]
    )
    assert curve.top20_share == pytest.approx(8000 / 23500)
    assert curve.top_ids() == (ids["B"],)
    empty = pareto_curve(db, Period.year(2020))
    assert empty.contact_ids_by_revenue == () and empty.top20_share is None
    assert empty.customer_share.tolist() == [0.0] and empty.revenue_share.tolist() == [0.0]


def test_cohort_retention(db, shop):
    ids = shop.ids
    table = cohort_retention(db, date(2025, 3, 31), months=3)
    assert table.cohorts == (date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1))
    assert table.sizes.tolist() == [2, 1, 1]
    # January: H and J; J bought again in March (H's March order is deleted).
    np.testing.assert_array_equal(
        table.retention, [[1.0, 0.0, 0.5], [1.0, 1.0, np.nan], [1.0, np.nan, np.nan]]
    )
    assert table.members == {
        date(2025, 1, 1): (ids["H"], ids["J"]),
        date(2025, 2, 1): (ids["B"],),
        date(2025, 3, 1): (ids["C"],),
    }
    # As of 12 March, B's order of the 15th has not happened yet.
    early = cohort_retention(db, date(2025, 3, 12), months=3)
    np.testing.assert_array_equal(
        early.retention, [[1.0, 0.0, 0.5], [1.0, 0.0, np.nan], [1.0, np.nan, np.nan]]
    )
    single = cohort_retention(db, date(2025, 3, 31), months=1)
    assert single.cohorts == (date(2025, 3, 1),) and single.sizes.tolist() == [1]
    assert single.retention.tolist() == [[1.0]]
    with pytest.raises(ValueError):
        cohort_retention(db, date(2025, 3, 31), months=0)
    # A month nobody started in gives an empty row.
    wide = cohort_retention(db, date(2025, 3, 31), months=5)
    assert wide.sizes.tolist() == [0, 0, 2, 1, 1]
    assert np.isnan(wide.retention[0]).all() and wide.members[date(2024, 11, 1)] == ()


def test_pipeline_funnel(db, shop):
    ids = shop.ids
    funnel = pipeline_funnel(db)
    assert [(s.name, s.deals, s.amount_cents, s.weighted_cents, s.contact_ids) for s in funnel] == [
        ("Qualifié", 1, 10000, 2000, (ids["A"],)),
        ("Proposition", 1, 3333, 2500, (ids["B"],)),
    ]
    with db.read() as session:
        other = session.scalar(select(Pipeline.id).where(Pipeline.name == "Autre"))
    assert [(s.name, s.deals, s.weighted_cents) for s in pipeline_funnel(db, other)] == [
        ("Ailleurs", 1, 100)
    ]


def test_pipeline_funnel_without_pipelines(db):
    assert pipeline_funnel(db) == ()


# --------------------------------------------------------------------------- demo shop


def _recount(db, period: Period, now: datetime) -> dict[str, float | None]:
    """The customer and sales figures recounted in plain Python from every row."""
    with db.read() as session:
        live = set(session.scalars(select(Contact.id).where(Contact.deleted_at.is_(None))))
        rows = session.execute(
            select(Order.contact_id, Order.ordered_at, Order.total_cents, Order.kind).where(
                Order.deleted_at.is_(None)
            )
        ).all()
        talks = session.execute(
            select(
                Interaction.occurred_at,
                Interaction.satisfaction_score,
                Interaction.satisfaction_scale,
                Interaction.is_complaint,
                Interaction.complaint_status,
            ).where(Interaction.deleted_at.is_(None))
        ).all()
    days: dict[str, list[date]] = {}
    for contact_id, ordered_at, _cents, kind in rows:
        if kind == "order" and contact_id in live:
            days.setdefault(contact_id, []).append(ordered_at.date())

    def buyers(p: Period) -> set[str]:
        return {c for c, ds in days.items() if any(p.start <= d <= p.end for d in ds)}

    def by(day: date) -> set[str]:
        return {c for c, ds in days.items() if min(ds) <= day}

    def lost(end: date) -> int:
        window = Period.twelve_months_to(end)
        before = Period.twelve_months_to(add_months(end, -12))
        return len(buyers(before) - buyers(window))

    previous = period.previous()
    now_buyers, prev_buyers = buyers(period), buyers(previous)
    in_period = [r for r in rows if period.start <= r[1].date() <= period.end]
    orders = [r for r in in_period if r[3] == "order"]
    nets: dict[str, int] = {}
    for contact_id, _at, cents, _kind in in_period:
        if contact_id in now_buyers:
            nets[contact_id] = nets.get(contact_id, 0) + cents
    ranked = sorted((max(v, 0) for v in nets.values()), reverse=True)
    k = 0.2 * len(ranked)
    top = sum(ranked[: int(k)]) + (k - int(k)) * (ranked[int(k)] if int(k) < len(ranked) else 0)
    scored = [
        t[1] * 10 / t[2]
        for t in talks
        if t[1] is not None and t[2] and period.start <= t[0].date() <= period.end
    ]
    ten = [
        t[1]
        for t in talks
        if t[1] is not None and t[2] == 10 and period.start <= t[0].date() <= period.end
    ]
    return {
        "customers_total": len(by(period.end)),
        "customers_new": len(by(period.end) - by(previous.end)),
        "customers_active_12m": len(buyers(Period.twelve_months_to(period.end))),
        "customers_lost": lost(period.end),
        "retention_rate": 100 * len(now_buyers & prev_buyers) / len(prev_buyers),
        "revenue_cents": sum(r[2] for r in in_period),
        "orders": len(orders),
        "average_basket_cents": round(sum(r[2] for r in orders) / len(orders)),
        "purchase_frequency": sum(1 for r in orders if r[0] in now_buyers) / len(now_buyers),
        "top20_share": 100 * top / sum(ranked),
        "satisfaction_average": sum(scored) / len(scored),
        "nps": 100 * (sum(s >= 9 for s in ten) - sum(s <= 6 for s in ten)) / len(ten),
        "complaints_open": sum(1 for t in talks if t[3] and t[4] != "resolved"),
        "previous_customers_lost": lost(previous.end),
        "previous_customers_total": len(by(previous.end)),
    }


@pytest.mark.parametrize(
    "period",
    [
        Period.year_to_date(date(2025, 6, 30)),
        Period.month(2025, 5),
        Period.last_days(365, date(2025, 6, 30)),
    ],
)
def test_customer_figures_match_a_plain_recount_on_the_demo_shop(db, period):
    populate(db, contacts=120, years=3, seed=11, today=date(2025, 6, 30))
    # Deleted rows must be left out: delete a contact who bought, and a few orders.
    with db.write("edit", "deletions") as session:
        orders = session.scalars(
            select(Order).where(Order.kind == "order").order_by(Order.ordered_at)
        ).all()
        for order in orders[::25]:
            order.deleted_at = at(2025, 6, 30)
        buyer = session.get(Contact, next(o.contact_id for o in reversed(orders) if o.contact_id))
        buyer.deleted_at = at(2025, 6, 30)
        credit_notes = session.scalars(select(Order).where(Order.kind == CREDIT)).all()
    assert credit_notes  # the correction for credit notes is exercised
    now = at(2025, 6, 30, 18)
    expected = _recount(db, period, now)
    report = compute_kpis(db, period, now=now)
    for key, value in expected.items():
        if key.startswith("previous_"):
            assert report.get(key[9:]).previous == value, key
        else:
            assert report.get(key).value == pytest.approx(value), key
    curve = pareto_curve(db, period)
    assert 100 * curve.top20_share == pytest.approx(report.get("top20_share").value)
    assert math.isclose(curve.revenue_share[-1], 1.0)
    assert np.all(np.diff(curve.revenue_share) >= 0)


def test_cohort_members_are_the_new_customers_of_their_month(db):
    populate(db, contacts=80, years=2, seed=5, today=date(2025, 6, 30))
    table = cohort_retention(db, date(2025, 6, 30), months=6)
    for month, members in table.members.items():
        end = add_months(month, 1) - timedelta(days=1)
        report = compute_kpis(db, Period(month, min(end, date(2025, 6, 30))))
        assert len(members) == report.get("customers_new").value
    assert (table.retention[:, 0][table.sizes > 0] == 1.0).all()
