"""RFM scores and segments: every rule on hand-computed cases, and the demo shop brute-forced."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import openpyxl
import pytest
from sqlalchemy import select

from app.analytics.rfm import (
    COLUMNS,
    RfmTable,
    compute_rfm,
    rfm_from_arrays,
    rfm_query,
    scores,
    write_rfm,
)
from app.analytics.segments import (
    SEGMENTS,
    STRATEGIES,
    SegmentInfo,
    segment_for,
    segment_info,
)
from app.demo import populate
from app.workspace import open_workspace
from models import Contact, Order, OrderLine
from models.database import Database
from models.enums import BatchKind, OrderKind

PARIS = ZoneInfo("Europe/Paris")
D = date(2025, 3, 10)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def add_contact(db: Database, *, external_ref: str | None = None, deleted: bool = False) -> str:
    with db.write(BatchKind.CREATE, "Contact") as session:
        contact = Contact(first_name="Test", last_name="Customer", external_ref=external_ref)
        if deleted:
            contact.deleted_at = utc(2025, 1, 1)
        session.add(contact)
        return contact.id


def add_order(
    db: Database,
    contact_id: str,
    when: datetime,
    cents: int,
    *,
    kind: str = OrderKind.ORDER,
    deleted: bool = False,
    lines: int = 1,
) -> str:
    """One order of ``cents`` in ``lines`` lines (the lines add up to the total)."""
    with db.write(BatchKind.CREATE, "Order") as session:
        order = Order(contact_id=contact_id, ordered_at=when, total_cents=cents, kind=kind)
        if deleted:
            order.deleted_at = when + timedelta(hours=1)
        session.add(order)
        share = cents // lines
        for position in range(lines):
            amount = cents - share * (lines - 1) if position == 0 else share
            session.add(OrderLine(order_id=order.id, amount_cents=amount, unit_price_cents=amount))
        return order.id


# -- the issue's rules, written independently of the code under test ----------------------

#: The issue's grid, as written there: (R scores, F scores, segment code).
ISSUE_GRID = (
    ((1, 2), (1, 2), "hibernating"),
    ((1, 2), (3, 4), "at_risk"),
    ((1, 2), (5,), "cant_lose"),
    ((3,), (1, 2), "about_to_sleep"),
    ((3,), (3,), "need_attention"),
    ((3, 4), (4, 5), "loyal"),
    ((4,), (1,), "promising"),
    ((5,), (1,), "new"),
    ((4, 5), (2, 3), "potential_loyalists"),
    ((5,), (4, 5), "champions"),
)


def issue_segment(r: int, f: int) -> str:
    (code,) = [code for rs, fs, code in ISSUE_GRID if r in rs and f in fs]
    return code


def brute_force_scores(values: list[int], *, higher_is_better: bool = True) -> list[int]:
    """1 + floor(5 × (how many are strictly worse) / N), counted one by one: O(N²)."""
    n = len(values)
    worse = [
        sum(1 for other in values if (other < v if higher_is_better else other > v)) for v in values
    ]
    return [1 + (5 * w) // n for w in worse]


@dataclass(frozen=True)
class Expected:
    customer_id: str
    recency_days: int
    frequency: int
    monetary_cents: int
    r_score: int
    f_score: int
    m_score: int
    segment: str


def brute_force_rfm(db: Database, as_of: date) -> dict[str, Expected]:
    """The RFM table straight from the definitions, over ORM objects, one customer at a time."""
    with db.read() as session:
        contacts = {c.id: c for c in session.scalars(select(Contact))}
        orders = session.scalars(select(Order)).all()
    bought: dict[str, list[Order]] = {}
    for order in orders:
        contact = contacts[order.contact_id] if order.contact_id else None
        if contact is None or contact.deleted_at is not None:
            continue
        if order.deleted_at is not None or order.kind != "order":
            continue
        if order.ordered_at.astimezone(UTC).date() > as_of:
            continue
        bought.setdefault(order.contact_id, []).append(order)
    ids = sorted(bought)
    recency = [
        (as_of - max(o.ordered_at.astimezone(UTC).date() for o in bought[i])).days for i in ids
    ]
    frequency = [len({o.id for o in bought[i]}) for i in ids]
    monetary = [sum(o.total_cents for o in bought[i]) for i in ids]
    r = brute_force_scores(recency, higher_is_better=False)
    f = brute_force_scores(frequency)
    m = brute_force_scores(monetary)
    return {
        cid: Expected(
            contacts[cid].external_ref or cid,
            recency[k],
            frequency[k],
            monetary[k],
            r[k],
            f[k],
            m[k],
            issue_segment(r[k], f[k]),
        )
        for k, cid in enumerate(ids)
    }


def as_expected(table: RfmTable) -> dict[str, Expected]:
    return {
        row.contact_id: Expected(
            row.customer_id,
            row.recency_days,
            row.frequency,
            row.monetary_cents,
            row.r_score,
            row.f_score,
            row.m_score,
            row.segment,
        )
        for row in table.rows
    }


# -- scores -------------------------------------------------------------------------------


def test_equal_frequencies_get_equal_scores() -> None:
    # F = 1, 1, 2, 3, 3: strictly smaller counts 0, 0, 2, 3, 3; N = 5 -> 1 + c.
    assert scores(np.array([1, 1, 2, 3, 3])).tolist() == [1, 1, 3, 4, 4]
    # Order does not matter.
    assert scores(np.array([3, 1, 3, 2, 1])).tolist() == [4, 1, 4, 3, 1]


def test_scores_round_down_and_need_not_reach_5() -> None:
    # N = 7: smaller counts 3, 0, 0, 2, 4, 4, 4 -> 1 + floor(5c/7) = 3, 1, 1, 2, 3, 3, 3.
    assert scores(np.array([5, 1, 1, 2, 9, 9, 9])).tolist() == [3, 1, 1, 2, 3, 3, 3]
    # Ten distinct values: two per score.
    assert scores(np.arange(10)).tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_recency_scores_count_the_strictly_larger_values() -> None:
    # R = 10, 10, 20, 30, 30 days: strictly larger counts 3, 3, 2, 0, 0 -> 4, 4, 3, 1, 1.
    assert scores(np.array([10, 10, 20, 30, 30]), higher_is_better=False).tolist() == [
        4,
        4,
        3,
        1,
        1,
    ]
    # Everyone equal: nobody is worse than anybody, so everybody scores 1.
    assert scores(np.array([7, 7, 7]), higher_is_better=False).tolist() == [1, 1, 1]


def test_scores_match_the_brute_force_on_random_values() -> None:
    rng = np.random.default_rng(7)
    for n in (1, 2, 3, 11, 200):
        values = rng.integers(0, 12, size=n)
        for better in (True, False):
            assert scores(values, higher_is_better=better).tolist() == brute_force_scores(
                values.tolist(), higher_is_better=better
            )


def test_no_values_no_scores() -> None:
    assert scores(np.array([], dtype=np.int64)).tolist() == []


# -- segments -----------------------------------------------------------------------------


def test_the_issue_grid_covers_each_of_the_25_cells_exactly_once() -> None:
    covered = [(r, f) for rs, fs, _ in ISSUE_GRID for r in rs for f in fs]
    assert sorted(covered) == [(r, f) for r in range(1, 6) for f in range(1, 6)]


def test_segment_for_every_cell_of_the_grid() -> None:
    expected = {  # R5 at the top, as the grid is usually drawn; F1 … F5 left to right.
        5: ["new", "potential_loyalists", "potential_loyalists", "champions", "champions"],
        4: ["promising", "potential_loyalists", "potential_loyalists", "loyal", "loyal"],
        3: ["about_to_sleep", "about_to_sleep", "need_attention", "loyal", "loyal"],
        2: ["hibernating", "hibernating", "at_risk", "at_risk", "cant_lose"],
        1: ["hibernating", "hibernating", "at_risk", "at_risk", "cant_lose"],
    }
    for r in range(1, 6):
        for f in range(1, 6):
            assert segment_for(r, f) == expected[r][f - 1] == issue_segment(r, f), (r, f)
    assert {segment_for(r, f) for r in range(1, 6) for f in range(1, 6)} == {
        info.code for info in SEGMENTS
    }


@pytest.mark.parametrize(("r", "f"), [(0, 1), (1, 6), (6, 3), (-1, -1)])
def test_scores_out_of_range_have_no_segment(r: int, f: int) -> None:
    with pytest.raises(ValueError, match="1 to 5"):
        segment_for(r, f)


def test_segments_in_display_order_with_a_strategy_and_an_action() -> None:
    assert [info.code for info in SEGMENTS] == [
        "champions",
        "loyal",
        "potential_loyalists",
        "new",
        "promising",
        "need_attention",
        "about_to_sleep",
        "at_risk",
        "cant_lose",
        "hibernating",
    ]
    assert STRATEGIES == ("Keep loyal", "Develop", "Win back", "Rationalise")
    strategy = {info.code: info.strategy for info in SEGMENTS}
    assert strategy == {
        "champions": "Keep loyal",
        "loyal": "Keep loyal",
        "potential_loyalists": "Develop",
        "new": "Develop",
        "promising": "Develop",
        "need_attention": "Develop",
        "about_to_sleep": "Win back",
        "at_risk": "Win back",
        "cant_lose": "Win back",
        "hibernating": "Rationalise",
    }
    assert segment_info("cant_lose").name == "Can't lose them"
    assert segment_info("champions") == SegmentInfo(
        "champions",
        "Champions",
        "Keep loyal",
        "Thank them: early access to new products, invite them to tastings; "
        "ask for reviews and referrals.",
        "Bought very recently and buy the most often: your best customers.",
    )
    for info in SEGMENTS:
        assert info.action.endswith(".") and len(info.action) > 40, info.code
        assert info.description.endswith("."), info.code
    assert len({info.name for info in SEGMENTS}) == 10
    with pytest.raises(KeyError):
        segment_info("vip")


# -- a small shop, computed by hand -------------------------------------------------------


@dataclass(frozen=True)
class Shop:
    ann: str
    bob: str
    cat: str
    dan: str
    ivy: str
    credit_only: str
    deleted_contact: str
    future_only: str
    deleted_order_only: str


@pytest.fixture
def shop(db: Database) -> Shop:
    """Five customers as of D = 2025-03-10, and four contacts who are not customers."""
    ann = add_contact(db, external_ref="CLI-001")
    add_order(db, ann, utc(2025, 1, 15, 10, 0), 5999, lines=2)
    add_order(db, ann, utc(2025, 3, 10, 23, 59, 59), 4050, lines=3)  # last second of D
    add_order(db, ann, utc(2025, 3, 10, 12, 0), -1000, kind=OrderKind.CREDIT_NOTE)
    bob = add_contact(db)
    add_order(db, bob, utc(2025, 2, 8, 9, 0), 2500)
    add_order(db, bob, utc(2025, 3, 11, 0, 0), 99999)  # first instant after D
    cat = add_contact(db)
    add_order(db, cat, utc(2024, 3, 10, 8, 0), 3000)
    add_order(db, cat, utc(2024, 6, 1, 15, 0), 3000)
    add_order(db, cat, utc(2024, 12, 24, 17, 30), 5001)
    add_order(db, cat, utc(2025, 3, 1, 11, 0), 7000, deleted=True)
    dan = add_contact(db)
    add_order(db, dan, utc(2025, 3, 10, 0, 0), 2500)  # first instant of D
    ivy = add_contact(db, external_ref="")  # an empty reference is no reference
    add_order(db, ivy, utc(2023, 3, 10, 12, 0), 1505)
    credit_only = add_contact(db)
    add_order(db, credit_only, utc(2025, 3, 1, 10, 0), -500, kind=OrderKind.CREDIT_NOTE)
    deleted_contact = add_contact(db, deleted=True)
    add_order(db, deleted_contact, utc(2025, 3, 5, 10, 0), 8000)
    future_only = add_contact(db)
    add_order(db, future_only, utc(2025, 3, 11, 0, 0), 1200)
    deleted_order_only = add_contact(db)
    add_order(db, deleted_order_only, utc(2025, 3, 2, 10, 0), 1200, deleted=True)
    add_contact(db)  # a prospect who never ordered
    return Shop(
        ann, bob, cat, dan, ivy, credit_only, deleted_contact, future_only, deleted_order_only
    )


def test_the_small_shop_by_hand(db: Database, shop: Shop) -> None:
    table = compute_rfm(db, as_of=D)
    assert table.as_of == D
    assert len(table) == 5
    # R: ann 0, dan 0, bob 30 (8 Feb), cat 76 (24 Dec: 7 + 31 + 28 + 10), ivy 731 (2024 is
    #    a leap year); strictly larger counts 3, 3, 2, 1, 0 -> scores 4, 4, 3, 2, 1.
    # F: ann 2, cat 3, bob 1, dan 1, ivy 1; strictly smaller 3, 4, 0, 0, 0 -> 4, 5, 1, 1, 1.
    # M: ann 10049, cat 11001, bob 2500, dan 2500, ivy 1505; smaller 3, 4, 1, 1, 0
    #    -> 4, 5, 2, 2, 1.
    assert as_expected(table) == {
        shop.ann: Expected("CLI-001", 0, 2, 10049, 4, 4, 4, "loyal"),
        shop.bob: Expected(shop.bob, 30, 1, 2500, 3, 1, 2, "about_to_sleep"),
        shop.cat: Expected(shop.cat, 76, 3, 11001, 2, 5, 5, "cant_lose"),
        shop.dan: Expected(shop.dan, 0, 1, 2500, 4, 1, 2, "promising"),
        shop.ivy: Expected(shop.ivy, 731, 1, 1505, 1, 1, 1, "hibernating"),
    }
    assert as_expected(table) == brute_force_rfm(db, D)
    ids = [row.customer_id for row in table.rows]
    assert ids == sorted(ids)


def test_orders_after_the_as_of_date_are_ignored(db: Database, shop: Shop) -> None:
    table = compute_rfm(db, as_of=D)
    assert table.by_contact(shop.future_only) is None
    bob = table.by_contact(shop.bob)
    assert bob is not None and (bob.frequency, bob.monetary_cents) == (1, 2500)
    # One day later, the orders of 11 March count (bob's 999.99 and future_only's first).
    later = compute_rfm(db, as_of=date(2025, 3, 11))
    bob = later.by_contact(shop.bob)
    assert bob is not None
    assert (bob.recency_days, bob.frequency, bob.monetary_cents) == (0, 2, 102499)
    assert later.by_contact(shop.future_only) is not None
    # A day earlier, ann's and dan's orders of the 10th are in the future.
    earlier = compute_rfm(db, as_of=date(2025, 3, 9))
    ann = earlier.by_contact(shop.ann)
    assert ann is not None
    assert (ann.recency_days, ann.frequency, ann.monetary_cents) == (53, 1, 5999)
    assert earlier.by_contact(shop.dan) is None
    assert as_expected(earlier) == brute_force_rfm(db, date(2025, 3, 9))


def test_an_order_of_several_lines_counts_once(db: Database, shop: Shop) -> None:
    with db.read() as session:
        lines = session.scalars(
            select(OrderLine).join(Order).where(Order.contact_id == shop.ann)
        ).all()
    assert len(lines) == 6  # 2 + 3 lines, and the credit note's one
    ann = compute_rfm(db, as_of=D).by_contact(shop.ann)
    assert ann is not None and ann.frequency == 2
    assert ann.monetary_cents == 5999 + 4050  # the orders' totals, each once


def test_credit_notes_are_not_purchases(db: Database, shop: Shop) -> None:
    table = compute_rfm(db, as_of=D)
    assert table.by_contact(shop.credit_only) is None
    ann = table.by_contact(shop.ann)
    assert ann is not None
    assert (ann.frequency, ann.monetary_cents) == (2, 10049)  # not 3 orders, not 90.49
    # A credit note after the last order does not make the customer more recent.
    add_order(db, shop.ivy, utc(2025, 3, 9, 10, 0), -200, kind=OrderKind.CREDIT_NOTE)
    ivy = compute_rfm(db, as_of=D).by_contact(shop.ivy)
    assert ivy is not None
    assert (ivy.recency_days, ivy.frequency, ivy.monetary_cents) == (731, 1, 1505)


def test_deleted_contacts_and_deleted_orders_are_ignored(db: Database, shop: Shop) -> None:
    table = compute_rfm(db, as_of=D)
    assert table.by_contact(shop.deleted_contact) is None
    assert table.by_contact(shop.deleted_order_only) is None
    cat = table.by_contact(shop.cat)
    assert cat is not None
    assert (cat.recency_days, cat.frequency, cat.monetary_cents) == (76, 3, 11001)
    # Deleting a customer takes them out, and the others' scores follow (N = 4).
    with db.write(BatchKind.DELETE, "Delete") as session:
        session.get_one(Contact, shop.ivy).deleted_at = utc(2025, 3, 10, 9, 0)
    table = compute_rfm(db, as_of=D)
    assert table.by_contact(shop.ivy) is None
    # F: ann 2, cat 3, bob 1, dan 1: smaller counts 2, 3, 0, 0 -> 1 + floor(5c/4) = 3, 4, 1, 1.
    assert [table.by_contact(c).f_score for c in (shop.ann, shop.cat, shop.bob, shop.dan)] == [
        3,
        4,
        1,
        1,
    ]


def test_customer_id_is_the_external_reference_when_there_is_one(db: Database, shop: Shop) -> None:
    table = compute_rfm(db, as_of=D)
    assert table.by_contact(shop.ann).customer_id == "CLI-001"
    assert table.by_contact(shop.ivy).customer_id == shop.ivy
    assert table.by_contact(shop.bob).customer_id == shop.bob


def test_segment_sizes_and_grid(db: Database, shop: Shop) -> None:
    table = compute_rfm(db, as_of=D)
    sizes = table.segment_sizes()
    assert list(sizes) == [info.code for info in SEGMENTS]
    assert sizes == {
        "champions": (0, 0),
        "loyal": (1, 10049),
        "potential_loyalists": (0, 0),
        "new": (0, 0),
        "promising": (1, 2500),
        "need_attention": (0, 0),
        "about_to_sleep": (1, 2500),
        "at_risk": (0, 0),
        "cant_lose": (1, 11001),
        "hibernating": (1, 1505),
    }
    grid = table.grid_counts()
    assert grid.shape == (5, 5) and grid.sum() == 5
    cells = {(r + 1, f + 1) for r, f in zip(*np.nonzero(grid), strict=True)}
    assert cells == {(4, 4), (3, 1), (2, 5), (4, 1), (1, 1)}


def test_a_single_customer_scores_1_everywhere(db: Database) -> None:
    only = add_contact(db)
    add_order(db, only, utc(2025, 3, 1, 9, 0), 12000)
    add_order(db, only, utc(2025, 3, 9, 9, 0), 3000)
    table = compute_rfm(db, as_of=D)
    assert as_expected(table) == {only: Expected(only, 1, 2, 15000, 1, 1, 1, "hibernating")}


def test_no_orders_no_customers(db: Database) -> None:
    add_contact(db)
    table = compute_rfm(db, as_of=D)
    assert len(table) == 0 and table.rows == ()
    assert set(table.segment_sizes().values()) == {(0, 0)}
    assert table.grid_counts().sum() == 0


def test_the_as_of_date_defaults_to_today(db: Database) -> None:
    customer = add_contact(db)
    when = datetime.now(UTC).replace(hour=12, minute=0) - timedelta(days=3)
    add_order(db, customer, when, 1000)
    table = compute_rfm(db)
    assert table.as_of == date.today()
    assert table.by_contact(customer).recency_days == (date.today() - when.date()).days


# -- whole days, in UTC -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ordered_at", "as_of", "days"),
    [
        # Paris moves to summer time on Sunday 30 March 2025 (a 23-hour day).
        (datetime(2025, 3, 29, 12, 0, tzinfo=PARIS), date(2025, 4, 1), 3),
        (datetime(2025, 3, 29, 23, 30, tzinfo=PARIS), date(2025, 4, 1), 3),  # 22:30 UTC
        # 00:30 in Paris on the 30th is still the 29th in UTC.
        (datetime(2025, 3, 30, 0, 30, tzinfo=PARIS), date(2025, 4, 1), 3),
        (datetime(2025, 3, 30, 3, 30, tzinfo=PARIS), date(2025, 4, 1), 2),  # 01:30 UTC
        # Back to winter time on Sunday 26 October 2025 (a 25-hour day).
        (datetime(2025, 10, 25, 23, 0, tzinfo=PARIS), date(2025, 10, 27), 2),  # 21:00 UTC
        (datetime(2025, 10, 26, 2, 30, tzinfo=PARIS), date(2025, 10, 27), 1),
        # Around midnight UTC.
        (utc(2025, 6, 9, 23, 59, 59) + timedelta(microseconds=999999), date(2025, 6, 10), 1),
        (utc(2025, 6, 10, 0, 0), date(2025, 6, 10), 0),
        (utc(2025, 6, 10, 23, 59, 59), date(2025, 6, 10), 0),
        (utc(2024, 2, 28, 23, 0), date(2024, 3, 1), 2),  # 29 February
        (utc(2024, 12, 31, 23, 59), date(2025, 1, 1), 1),
    ],
)
def test_recency_is_whole_utc_calendar_days(
    db: Database, ordered_at: datetime, as_of: date, days: int
) -> None:
    customer = add_contact(db)
    add_order(db, customer, ordered_at, 1000)
    row = compute_rfm(db, as_of=as_of).by_contact(customer)
    assert row is not None and row.recency_days == days


def test_an_order_just_after_midnight_utc_is_the_next_day(db: Database) -> None:
    customer = add_contact(db)
    add_order(db, customer, utc(2025, 6, 10, 0, 0), 1000)
    assert compute_rfm(db, as_of=date(2025, 6, 9)).by_contact(customer) is None
    # 01:30 on the 10th in Paris is 23:30 on the 9th in UTC: it counts on the 9th.
    add_order(db, customer, datetime(2025, 6, 10, 1, 30, tzinfo=PARIS), 700)
    row = compute_rfm(db, as_of=date(2025, 6, 9)).by_contact(customer)
    assert row is not None and (row.recency_days, row.monetary_cents) == (0, 700)


# -- files --------------------------------------------------------------------------------


def test_csv_file(db: Database, shop: Shop, tmp_path: Path) -> None:
    table = compute_rfm(db, as_of=D)
    path = tmp_path / "rfm.csv"
    assert write_rfm(table, path) == 5
    with path.open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert (
        header
        == list(COLUMNS)
        == [
            "customer_id",
            "recency_days",
            "frequency",
            "monetary",
            "r_score",
            "f_score",
            "m_score",
            "segment",
        ]
    )
    by_id = {row[0]: row for row in rows}
    assert [row[0] for row in rows] == [row.customer_id for row in table.rows]
    assert by_id["CLI-001"] == ["CLI-001", "0", "2", "100.49", "4", "4", "4", "Loyal"]
    assert by_id[shop.bob] == [shop.bob, "30", "1", "25.0", "3", "1", "2", "About to sleep"]
    assert by_id[shop.cat] == [shop.cat, "76", "3", "110.01", "2", "5", "5", "Can't lose them"]
    assert by_id[shop.dan] == [shop.dan, "0", "1", "25.0", "4", "1", "2", "Promising"]
    assert by_id[shop.ivy] == [shop.ivy, "731", "1", "15.05", "1", "1", "1", "Hibernating"]


def test_xlsx_file(db: Database, shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "rfm.xlsx"
    assert write_rfm(compute_rfm(db, as_of=D), path) == 5
    sheet = openpyxl.load_workbook(path).active
    header, *rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert header == list(COLUMNS)
    by_id = {row[0]: row for row in rows}
    assert by_id["CLI-001"] == ["CLI-001", 0, 2, 100.49, 4, 4, 4, "Loyal"]
    assert by_id[shop.cat] == [shop.cat, 76, 3, 110.01, 2, 5, 5, "Can't lose them"]
    assert by_id[shop.ivy] == [shop.ivy, 731, 1, 15.05, 1, 1, 1, "Hibernating"]
    assert len(rows) == 5


def test_rfm_from_arrays_wants_one_entry_per_customer() -> None:
    with pytest.raises(ValueError, match="one entry per customer"):
        rfm_from_arrays(D, ["a", "b"], ["a", "b"], [1, 2], [1], [100, 200])
    table = rfm_from_arrays(D, ["b", "a"], ["B-2", "A-1"], [5, 9], [1, 1], [100, 200])
    assert [row.contact_id for row in table.rows] == ["a", "b"]  # by customer id
    assert [(row.r_score, row.m_score) for row in table.rows] == [(1, 3), (3, 1)]
    assert all(type(value) is int for value in (table.rows[0].recency_days, table.rows[0].r_score))


# -- the demo shop ------------------------------------------------------------------------

DEMO_TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo shop (300 contacts, 4 years), written once for the tests that only read it."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COMPTOIR_DATA_DIR", str(folder))
        database = open_workspace(folder / "demo.db")
        populate(database, contacts=300, years=4, seed=42, today=DEMO_TODAY)
    yield database
    database.dispose()


def test_demo_shop_fills_every_segment_and_matches_the_brute_force(demo: Database) -> None:
    table = compute_rfm(demo, as_of=DEMO_TODAY)
    sizes = table.segment_sizes()
    assert all(customers > 0 for customers, _ in sizes.values()), sizes
    assert sum(customers for customers, _ in sizes.values()) == len(table)
    assert sum(cents for _, cents in sizes.values()) == sum(r.monetary_cents for r in table.rows)
    expected = brute_force_rfm(demo, DEMO_TODAY)
    assert len(expected) > 200
    assert as_expected(table) == expected


def test_demo_shop_in_the_past_matches_the_brute_force(demo: Database) -> None:
    for as_of in (date(2023, 6, 30), date(2025, 12, 31)):
        assert as_expected(compute_rfm(demo, as_of=as_of)) == brute_force_rfm(demo, as_of)
    assert len(compute_rfm(demo, as_of=date(2020, 1, 1))) == 0


def test_demo_shop_has_credit_notes_and_they_change_nothing(demo: Database) -> None:
    with demo.read() as session:
        credit_notes = session.scalars(select(Order).where(Order.kind == "credit_note")).all()
    assert credit_notes  # the demo does have some: the rule is exercised above
    table = compute_rfm(demo, as_of=DEMO_TODAY)
    for note in credit_notes:
        row = table.by_contact(note.contact_id)
        if row is not None:
            with demo.read() as session:
                orders = session.scalars(
                    select(Order).where(Order.contact_id == note.contact_id, Order.kind == "order")
                ).all()
            assert row.frequency == len(orders)
            assert row.monetary_cents == sum(o.total_cents for o in orders)


def test_demo_shop_with_deletions_and_references_matches_the_brute_force(db: Database) -> None:
    populate(db, contacts=120, years=3, seed=5, today=DEMO_TODAY)
    with db.write(BatchKind.MASS_EDIT, "Deletions") as session:
        contacts = session.scalars(select(Contact).order_by(Contact.created_at)).all()
        orders = session.scalars(select(Order).order_by(Order.ordered_at)).all()
        for contact in contacts[::9]:
            contact.deleted_at = utc(2026, 11, 1)
        for index, contact in enumerate(contacts[1::7]):
            contact.external_ref = f"EXT-{index:04d}"
        for order in orders[::13]:
            order.deleted_at = utc(2026, 11, 2)
    table = compute_rfm(db, as_of=DEMO_TODAY)
    assert any(row.customer_id.startswith("EXT-") for row in table.rows)
    assert as_expected(table) == brute_force_rfm(db, DEMO_TODAY)


def test_the_benchmark_pandas_table_agrees(demo: Database) -> None:
    pytest.importorskip("pandas")
    from benchmarks.bench_rfm import pandas_rfm, same_tables

    ours = compute_rfm(demo, as_of=DEMO_TODAY)
    theirs = pandas_rfm(demo, DEMO_TODAY)
    assert same_tables(ours, theirs)
    theirs.iloc[0, theirs.columns.get_loc("f_score")] += 1
    assert not same_tables(ours, theirs)


def test_the_query_is_written_for_postgresql_too() -> None:
    from sqlalchemy.dialects import postgresql

    sql = str(rfm_query(D).compile(dialect=postgresql.dialect()))
    assert "(CAST(timezone('UTC', max(orders.ordered_at)) AS DATE) - DATE '1970-01-01')" in sql
    assert "GROUP BY orders.contact_id" in sql  # the SQLite-only "+" is not there
    assert "julianday" not in sql
