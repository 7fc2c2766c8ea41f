"""The forecast: open deals weighted by probability per expected close month, won per month."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app import pipeline as pl
from app.pipeline import LATER, NO_DATE, OVERDUE, DealInput, StageInput
from models import Deal
from models.database import Database
from models.enums import BatchKind

TODAY = date(2025, 6, 15)


@pytest.fixture
def sales(db: Database) -> pl.PipelineInfo:
    return pl.get_pipeline(db, pl.create_pipeline(db, "Ventes"))


def stage_id(pipeline: pl.PipelineInfo, name: str) -> str:
    return next(s.id for s in pipeline.stages if s.name == name)


def add(
    db: Database,
    pipeline: pl.PipelineInfo,
    stage: str,
    amount: int,
    close: date | None,
    probability: int | None = None,
) -> str:
    return pl.create_deal(
        db,
        DealInput(
            title=f"{stage} {amount}",
            pipeline_id=pipeline.id,
            stage_id=stage_id(pipeline, stage),
            amount_cents=amount,
            expected_close_date=close,
            probability=probability,
        ),
    )


def won_on(db: Database, deal_id: str, when: datetime) -> None:
    pl.mark_won(db, deal_id, "Devis accepté")
    with db.write(BatchKind.EDIT, "closing date") as session:
        deal = session.get(Deal, deal_id)
        assert deal is not None
        deal.closed_at = when


def by_key(buckets: list[pl.ForecastMonth]) -> dict[str, pl.ForecastMonth]:
    return {bucket.key: bucket for bucket in buckets}


def test_buckets_weighted_unweighted_and_won(db: Database, sales):
    add(db, sales, "Proposal", 100_000, date(2025, 6, 10))  # overdue (before today)
    add(db, sales, "Qualified", 40_000, date(2025, 6, 15))  # today: this month
    add(db, sales, "Proposal", 10_001, date(2025, 6, 30), probability=25)
    add(db, sales, "Negotiation", 20_000, date(2025, 7, 31))
    add(db, sales, "New", 50_000, date(2026, 6, 1))  # after the 12 months: later
    add(db, sales, "New", 7_000, None)  # no date
    won = add(db, sales, "Negotiation", 30_000, date(2025, 6, 1))
    won_on(db, won, datetime(2025, 6, 5, 12, tzinfo=UTC))
    old_win = add(db, sales, "Negotiation", 12_000, date(2025, 4, 1))
    won_on(db, old_win, datetime(2025, 4, 10, 12, tzinfo=UTC))
    lost = add(db, sales, "Negotiation", 99_000, date(2025, 6, 20))
    pl.mark_lost(db, lost, "Budget")
    deleted = add(db, sales, "Negotiation", 99_000, date(2025, 6, 20))
    pl.delete_deals(db, [deleted])

    buckets = pl.forecast(db, sales.id, months=12, today=TODAY, past_months=3)
    keys = [bucket.key for bucket in buckets]
    assert keys == [
        "2025-03",
        "2025-04",
        "2025-05",
        OVERDUE,
        *[
            f"{y}-{m:02d}"
            for y, m in [(2025, m) for m in range(6, 13)] + [(2026, m) for m in range(1, 6)]
        ],
        LATER,
        NO_DATE,
    ]
    found = by_key(buckets)
    june = found["2025-06"]
    assert (june.month, june.deals, june.amount_cents) == (date(2025, 6, 1), 2, 50_001)
    # 40 000 × 25 % + 10 001 × 25 % = 12 500,25 → 12 500.
    assert june.weighted_cents == 12_500
    assert (june.won_deals, june.won_cents) == (1, 30_000)
    assert (found["2025-07"].deals, found["2025-07"].weighted_cents) == (1, 15_000)
    assert (found[OVERDUE].deals, found[OVERDUE].weighted_cents) == (1, 50_000)
    assert found[OVERDUE].month is None
    assert (found[LATER].amount_cents, found[LATER].weighted_cents) == (50_000, 5_000)
    assert (found[NO_DATE].amount_cents, found[NO_DATE].weighted_cents) == (7_000, 700)
    # Past months carry the wins only.
    assert (found["2025-04"].won_cents, found["2025-04"].deals) == (12_000, 0)
    assert found["2025-03"] == pl.ForecastMonth("2025-03", date(2025, 3, 1))
    totals = pl.forecast_totals(buckets)
    assert totals.deals == 6
    assert totals.amount_cents == 100_000 + 40_000 + 10_001 + 20_000 + 50_000 + 7_000
    assert totals.weighted_cents == 50_000 + 12_500 + 15_000 + 5_000 + 700
    assert (totals.won_deals, totals.won_cents) == (2, 42_000)


def test_without_past_months_the_first_bucket_is_overdue(db: Database, sales):
    buckets = pl.forecast(db, sales.id, months=3, today=TODAY)
    assert [b.key for b in buckets] == [OVERDUE, "2025-06", "2025-07", "2025-08"]
    assert all(b.deals == 0 and b.won_cents == 0 for b in buckets)


def test_only_the_chosen_pipeline_or_owner(db: Database, sales):
    events = pl.get_pipeline(db, pl.create_pipeline(db, "Événements", [StageInput("Demande", 40)]))
    add(db, sales, "Proposal", 10_000, date(2025, 7, 1))
    pl.create_deal(
        db,
        DealInput(
            title="Mariage",
            pipeline_id=events.id,
            amount_cents=20_000,
            expected_close_date=date(2025, 7, 2),
            owner_id=db.user_id,
        ),
    )
    july = by_key(pl.forecast(db, sales.id, today=TODAY))["2025-07"]
    assert (july.deals, july.weighted_cents) == (1, 5_000)
    everything = by_key(pl.forecast(db, None, today=TODAY))["2025-07"]
    assert (everything.deals, everything.weighted_cents) == (2, 13_000)
    mine = by_key(pl.forecast(db, None, today=TODAY, owner_id=db.user_id))["2025-07"]
    assert (mine.deals, mine.amount_cents) == (1, 20_000)


def test_a_move_changes_the_weighted_amount(db: Database, sales):
    deal_id = add(db, sales, "New", 100_000, date(2025, 8, 10))
    assert by_key(pl.forecast(db, sales.id, today=TODAY))["2025-08"].weighted_cents == 10_000
    pl.move_deal(db, deal_id, stage_id(sales, "Negotiation"), 0)
    assert by_key(pl.forecast(db, sales.id, today=TODAY))["2025-08"].weighted_cents == 75_000
    pl.move_deal(db, deal_id, stage_id(sales, "Won"), 0)
    august = by_key(pl.forecast(db, sales.id, today=TODAY))["2025-08"]
    assert (august.deals, august.weighted_cents) == (0, 0)
