"""The scale generator: a big, realistic database for speed and memory benchmarks.

    python -m benchmarks.generate OUT.db [--contacts 100000] [--order-lines 1000000]
                                         [--interactions 300000] [--seed 1]

The file is created with :func:`app.workspace.open_workspace` (so it has the real schema
and migrations), then filled in bulk on a connection of ``db.engine``: each table's INSERT
is compiled once from SQLAlchemy Core ``insert(Table)`` and run with executemany over
chunks of 10 000 rows, one transaction per chunk. The values are given ready for SQLite
(timestamps as SQLAlchemy stores them, UTC), because per-row parameter processing would
otherwise be most of the run time; the secondary indexes of the big tables are dropped
during the load and rebuilt after it, which is several times faster than updating them row
by row. **This bypasses the ORM and therefore the change log on purpose**: a million logged
inserts would take an hour, and the benchmarks measure reading, not the history of the
data. The generated rows cannot be undone and do not sync; the generator refuses to touch
an existing file. The full-text indexes are rebuilt at the end with
:func:`models.search_index.rebuild_all`, then ``ANALYZE`` gives the planner its
statistics.

Beside the crowd of ordinary customers, the first company is a **big account**: 500 of
the contacts work there (1 in 200 of them at smaller sizes) and 10,000 of the
interactions are theirs (1 in 30), so that the company file can be measured on an
account of that size; their orders are the account's orders. The deals are 2,000 open
ones in the default pipeline (1 per 50 contacts) plus a third as many closed ones.

The vocabularies (names, cities, streets, products, companies, interaction subjects) are
those of :mod:`app.demo`. Everything comes from ``random.Random(seed)``, ids included, so
a seed always gives the same file.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import operator
import random
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, text

from app import demo
from app.workspace import open_workspace
from models import (
    Company,
    Consent,
    Contact,
    ContactTag,
    Deal,
    DealLine,
    Interaction,
    Order,
    OrderLine,
    Pipeline,
    PipelineStage,
    Product,
    Tag,
    Task,
    User,
    fold,
    search_index,
)
from models.enums import (
    Channel,
    ComplaintStatus,
    ContactStatus,
    DealStatus,
    OrderKind,
    RelationshipStage,
    StageKind,
    TaskPriority,
)

CHUNK = 10_000
LINES_WEIGHTS = (12, 22, 24, 18, 13, 11)  # 1 to 6 lines per order; mean ≈ 3.3
#: Tables loaded without their secondary indexes, which are built again afterwards.
BIG_TABLES = ("contacts", "contact_tags", "consents", "orders", "order_lines", "interactions")
EMPTY_JSON = "{}"
YEARS = 5
#: The big account: at most this many people and interactions (see the module's doc).
BIG_ACCOUNT_PEOPLE = 500
BIG_ACCOUNT_INTERACTIONS = 10_000
BIG_ACCOUNT_NAME = "Groupe Hôtelier des Châteaux de la Loire"
#: Head-count codes the demo vocabulary still writes the older way.
SIZE_CODES = {"250+": "250-4999"}

Log = Callable[[str], None]
#: The kind of business of the big account (a group of hotels: chefs, buyers, managers).
BIG_ACCOUNT_KIND = next(kind for kind in demo.COMPANY_KINDS if kind.code == "hotel")


class _Ids:
    """Version-4 UUIDs drawn from the seeded generator, so a seed always gives the same file."""

    VERSION_MASK = ~(0xF000 << 64) & ~(0xC000 << 48)
    VERSION_BITS = (0x4000 << 64) | (0x8000 << 48)

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> str:
        h = f"{self.rng.getrandbits(128) & self.VERSION_MASK | self.VERSION_BITS:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ts(value: datetime) -> str:
    """An aware UTC datetime as SQLAlchemy stores it in SQLite ("2026-11-23 10:05:00.000000")."""
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


def _insert(connection: Connection, table: Table, rows: Iterable[dict[str, Any]]) -> int:
    """Insert rows (dicts of SQLite-ready values) in chunks, one transaction per chunk."""
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        return 0
    compiled = insert(table).compile(dialect=connection.dialect, column_keys=list(first))
    names = list(compiled.positiontup or ())
    missing = [name for name in names if name not in first]
    if missing:
        raise KeyError(f"{table.name}: no value for {', '.join(missing)}")
    values = operator.itemgetter(*names)
    sql = str(compiled)
    count = 0
    chunk = [values(first)]
    while chunk:
        chunk += [values(row) for row in itertools.islice(iterator, CHUNK - len(chunk))]
        with connection.begin():
            connection.exec_driver_sql(sql, chunk)
        count += len(chunk)
        chunk = [values(row) for row in itertools.islice(iterator, CHUNK)]
    return count


@contextmanager
def _indexes_dropped(connection: Connection, tables: Iterable[str]) -> Iterator[None]:
    """Drop the secondary indexes of ``tables`` for a bulk load, and build them again after."""
    names = list(tables)
    marks = ", ".join("?" for _ in names)
    with connection.begin():
        indexes = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY name",
            tuple(names),
        ).all()
        for name, _ in indexes:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        with connection.begin():
            for _, sql in indexes:
                connection.exec_driver_sql(sql)


def _tune(connection: Connection, *, bulk: bool) -> None:
    """Bulk-load settings for this connection (outside any transaction), or back to normal.

    A crash mid-way with ``synchronous = OFF`` can only lose a throw-away file.
    """
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA synchronous = {'OFF' if bulk else 'NORMAL'}")
    driver.execute(f"PRAGMA cache_size = {-262144 if bulk else -2000}")
    driver.execute(f"PRAGMA temp_store = {'MEMORY' if bulk else 'DEFAULT'}")


class _Generator:
    def __init__(
        self,
        connection: Connection,
        *,
        contacts: int,
        order_lines: int,
        interactions: int,
        companies: int,
        deals: int,
        tasks: int,
        seed: int,
        today: date,
        log: Log,
    ) -> None:
        self.connection = connection
        self.rng = random.Random(seed)
        self.new_id = _Ids(self.rng)
        self.n_contacts = contacts
        self.n_lines = order_lines
        self.n_interactions = interactions
        self.n_companies = companies
        self.n_deals = deals
        # The big account: the first company, with 1 in 200 of the contacts (at most 500)
        # and 1 in 30 of the interactions (at most 10,000).
        self.n_big_people = min(BIG_ACCOUNT_PEOPLE, contacts // 200) if companies else 0
        self.n_big_interactions = (
            min(BIG_ACCOUNT_INTERACTIONS, interactions // 30) if self.n_big_people else 0
        )
        self.n_tasks = tasks
        self.today = today
        self.now = datetime(today.year, today.month, today.day, 8, tzinfo=UTC)
        self.start = self.now - timedelta(days=round(365.25 * YEARS))
        self.span_days = (self.now - self.start).days
        self.start_ts = ts(self.start)
        self.log = log
        self.timings: dict[str, float] = {}
        self.counts: dict[str, int] = {}
        self.city_cum = list(itertools.accumulate(c.weight for c in demo.CITIES))
        self.product_cum = list(itertools.accumulate(p.popularity for p in demo.PRODUCTS))
        self.product_cum_xmas = list(
            itertools.accumulate(p.popularity * p.christmas for p in demo.PRODUCTS)
        )
        self.domains = [d for d, _ in demo.EMAIL_DOMAINS]
        self.domain_cum = list(itertools.accumulate(w for _, w in demo.EMAIL_DOMAINS))
        self.sources = [s for s, _ in demo.SOURCES]
        self.source_cum = list(itertools.accumulate(w for _, w in demo.SOURCES))
        # Days of the period, weighted by the shop's seasons, to place orders.
        days = [self.start.date() + timedelta(days=i) for i in range(self.span_days)]
        self.days = days
        # Paris is one or two hours ahead of UTC: the offset of each day, computed once.
        self.offsets = [12 - demo.paris_to_utc(d, 12, 0).hour for d in days]
        self.day_cum = list(
            itertools.accumulate(
                demo.MONTH_FACTOR[d.month - 1] * demo.WEEKDAY_WEIGHTS[d.weekday()] for d in days
            )
        )

    # ---------------------------------------------------------------------- helpers

    def step(self, name: str, work: Callable[[], int]) -> None:
        started = time.perf_counter()
        count = work()
        elapsed = time.perf_counter() - started
        self.timings[name] = round(elapsed, 2)
        self.counts[name] = count
        self.log(f"{name:<14} {count:>10,} rows  {elapsed:7.1f} s")

    def when(self, first: datetime, last: datetime) -> datetime:
        """A moment between ``first`` and ``last``, in shop hours, busier in December."""
        low = bisect.bisect_left(self.days, first.date())
        high = bisect.bisect_right(self.days, last.date())
        if high <= low:
            index = min(max(low, 0), len(self.days) - 1)
        else:
            base = self.day_cum[low - 1] if low else 0.0
            target = base + self.rng.random() * (self.day_cum[high - 1] - base)
            index = min(bisect.bisect(self.day_cum, target, low, high), high - 1)
        day = self.days[index]
        minutes = self.rng.randrange(9 * 60 + 30, 19 * 60 + 15)
        hour = minutes // 60 - self.offsets[index]
        return datetime(day.year, day.month, day.day, hour, minutes % 60, tzinfo=UTC)

    def quantity(self, spec: demo.ProductSpec) -> int:
        rng = self.rng
        if spec.unit == "kg":
            return rng.randint(24, 130) * 5
        if spec.unit == "person":
            return rng.randint(4, 40) * 1000
        if spec.category == "Vins":
            return rng.choices((1, 2, 3, 6, 12), (50, 20, 10, 15, 5))[0] * 1000
        return rng.choices((1, 2, 3), (65, 25, 10))[0] * 1000

    # ------------------------------------------------------------------------ steps

    def run(self) -> dict[str, Any]:
        self.step("users", self.users)
        self.step("products", self.products)
        self.step("companies", self.companies)
        self.plan_orders()
        with _indexes_dropped(self.connection, BIG_TABLES):
            self.step("contacts", self.contacts)
            self.step("tags", self.tags)
            self.step("consents", self.consents)
            self.step("orders", self.orders)
            self.step("order_lines", self.order_lines)
            self.step("pipeline", self.pipeline)
            self.step("deals", self.deals)
            self.step("interactions", self.interactions)
            self.step("tasks", self.tasks)
            indexing = time.perf_counter()
        self.timings["indexes"] = round(time.perf_counter() - indexing, 2)
        self.log(f"{'indexes':<14} {'':>10}       {self.timings['indexes']:7.1f} s")
        self.step("fts", self.fts)
        self.step("analyze", self.analyze)
        return {"counts": self.counts, "timings": self.timings}

    def users(self) -> int:
        self.user_ids = [self.new_id() for _ in demo.STAFF]
        rows = [
            {
                "id": user_id,
                "name": name,
                "login": None,
                "email": email,
                "is_active": True,
                "created_at": self.start_ts,
                "updated_at": self.start_ts,
            }
            for user_id, (name, email) in zip(self.user_ids, demo.STAFF, strict=True)
        ]
        return _insert(self.connection, User.__table__, rows)

    def products(self) -> int:
        self.product_ids = [self.new_id() for _ in demo.PRODUCTS]
        rows = [
            {
                "id": product_id,
                "reference": spec.reference,
                "name": spec.name,
                "description": None,
                "category": spec.category,
                "unit_price_cents": spec.price_cents,
                "currency": "EUR",
                "vat_rate_bp": spec.vat_rate_bp,
                "is_active": True,
                "created_at": self.start_ts,
                "updated_at": self.start_ts,
            }
            for product_id, spec in zip(self.product_ids, demo.PRODUCTS, strict=True)
        ]
        return _insert(self.connection, Product.__table__, rows)

    def companies(self) -> int:
        rng = self.rng
        self.company_ids = [self.new_id() for _ in range(self.n_companies)]
        self.company_names: list[str] = []

        def rows() -> Iterator[dict[str, Any]]:
            for n, company_id in enumerate(self.company_ids):
                kind = rng.choice(demo.COMPANY_KINDS)
                city = demo.choose_weighted(rng, demo.CITIES, self.city_cum)
                name = f"{rng.choice(kind.names)} {city.name}"
                if n >= len(demo.CITIES):
                    name = f"{name} {n}"
                size = rng.choice(kind.sizes)
                size = SIZE_CODES.get(size, size)
                big = n == 0 and self.n_big_people > 0
                if big:
                    kind, name, size = BIG_ACCOUNT_KIND, BIG_ACCOUNT_NAME, "250-4999"
                self.company_names.append(name)
                siren = demo.random_siren(rng)
                landline = demo.random_landline(rng, city.area)
                slug = demo.ascii_fold(name).replace(" ", "-").replace("'", "")
                created = self.when(self.start - timedelta(days=400), self.now)
                yield {
                    "id": company_id,
                    "name": name,
                    "legal_name": f"{kind.legal_form} {demo.ascii_fold(name).upper()}",
                    "siren": siren,
                    "siret": demo.siret_for(siren),
                    "vat_number": demo.vat_number(siren),
                    "sector": kind.sector,
                    "size": size,
                    "email": f"contact@{slug}.fr",
                    "phone": demo.typed_phone(rng, landline),
                    "phone_e164": demo.e164_from_national(landline),
                    "website": f"https://www.{slug}.fr",
                    "address_line1": demo.street_address(rng),
                    "address_line2": None,
                    "postcode": city.postcode,
                    "city": city.name,
                    "country": "FR",
                    # The big account is delivered at its central kitchen.
                    "delivery_address_line1": "Cuisine centrale, 12 rue des Halles"
                    if big
                    else None,
                    "delivery_postcode": "37000" if big else None,
                    "delivery_city": "Tours" if big else None,
                    "delivery_country": "FR" if big else None,
                    "notes": None,
                    "owner_id": rng.choice(self.user_ids),
                    "external_ref": None,
                    "custom": EMPTY_JSON,
                    "sort_name": fold(name),
                    "created_at": ts(created),
                    "updated_at": ts(created),
                }

        return _insert(self.connection, Company.__table__, rows())

    def plan_orders(self) -> None:
        """Who buys, when, and how many lines: the orders are planned before the contacts,
        whose status depends on them."""
        rng = self.rng
        started = time.perf_counter()
        self.contact_ids = [self.new_id() for _ in range(self.n_contacts)]
        # Some never buy; the others buy at very different rates (a long tail).
        buyers = [i for i in range(self.n_contacts) if rng.random() >= 0.2] or [0]
        # Each buyer is active over a window of the period, about 2.5 years on average: a
        # third were already customers when the period starts, the others arrive evenly
        # (newcomers), and windows that end before today make lapsed customers.
        mean_stay = 900
        windows: dict[int, tuple[datetime, datetime]] = {}
        for buyer in buyers:
            if rng.random() < mean_stay / (mean_stay + self.span_days):
                first = self.start
            else:
                first = self.start + timedelta(days=rng.randrange(self.span_days))
            stay = timedelta(days=rng.expovariate(1 / mean_stay))
            windows[buyer] = (first, min(first + stay, self.now))
        # How many orders each one places: their yearly rate times the length of their window.
        rates = [
            rng.lognormvariate(0, 1.0) * max(7, (windows[b][1] - windows[b][0]).days)
            for b in buyers
        ]
        rate_cum = list(itertools.accumulate(rates))
        orders: list[tuple[datetime, int, int]] = []
        lines_left = self.n_lines
        while lines_left > 0:
            buyer = demo.choose_weighted(rng, buyers, rate_cum)
            lines = min(rng.choices(range(1, 7), LINES_WEIGHTS)[0], lines_left)
            lines_left -= lines
            first, last = windows[buyer]
            orders.append((self.when(first, last), buyer, lines))
        orders.sort()
        self.order_plan = orders
        self.first_order: dict[int, datetime] = {}
        self.last_order: dict[int, datetime] = {}
        self.order_count: dict[int, int] = {}
        for when, buyer, _ in orders:
            self.first_order.setdefault(buyer, when)
            self.last_order[buyer] = when
            self.order_count[buyer] = self.order_count.get(buyer, 0) + 1
        self.timings["plan"] = round(time.perf_counter() - started, 2)
        self.log(f"{'plan':<14} {len(orders):>10,} orders {self.timings['plan']:7.1f} s")

    def contacts(self) -> int:
        rng = self.rng
        lapsed_before = self.now - timedelta(days=730)
        companies = self.company_ids
        self.contact_company: dict[int, str] = {}
        self.contact_names: list[tuple[str, str]] = []
        self.with_email: list[int] = []
        self.big_people = sorted(rng.sample(range(self.n_contacts), self.n_big_people))
        big_people = set(self.big_people)

        def rows() -> Iterator[dict[str, Any]]:
            for i, contact_id in enumerate(self.contact_ids):
                female = rng.random() < 0.56
                first = rng.choice(demo.FEMALE_FIRST_NAMES if female else demo.MALE_FIRST_NAMES)
                last = rng.choice(demo.LAST_NAMES)
                self.contact_names.append((first, last))
                city = demo.choose_weighted(rng, demo.CITIES, self.city_cum)
                mobile = demo.random_mobile(rng) if rng.random() < 0.8 else None
                landline = demo.random_landline(rng, city.area) if rng.random() < 0.2 else None
                email = None
                if rng.random() < 0.82:
                    domain = demo.choose_weighted(rng, self.domains, self.domain_cum)
                    email = demo.email_for(rng, first, last, domain)
                    self.with_email.append(i)
                company_id = job_title = None
                if i in big_people:
                    company_id = companies[0]
                    job_title = BIG_ACCOUNT_KIND.job_title(rng, female)
                    self.contact_company[i] = company_id
                elif companies and rng.random() < 0.06:
                    company_id = rng.choice(companies)
                    self.contact_company[i] = company_id
                last_order = self.last_order.get(i)
                count = self.order_count.get(i, 0)
                if last_order is None:
                    status, stage = ContactStatus.PROSPECT, RelationshipStage.DISCOVERY
                    created = self.when(self.start, self.now)
                elif last_order < lapsed_before:
                    status, stage = ContactStatus.FORMER, RelationshipStage.DISSOLUTION
                    created = self.first_order[i] - timedelta(days=rng.randint(0, 30))
                else:
                    status = ContactStatus.CUSTOMER
                    stage = (
                        RelationshipStage.COMMITMENT
                        if count >= 8
                        else RelationshipStage.EXPANSION
                        if count >= 3
                        else RelationshipStage.EXPLORATION
                    )
                    created = self.first_order[i] - timedelta(days=rng.randint(0, 30))
                born = None
                if rng.random() < 0.4:
                    born = date(rng.randint(1940, 2003), rng.randint(1, 12), rng.randint(1, 28))
                yield {
                    "id": contact_id,
                    "customer_number": f"C-{i + 1:06d}",
                    "external_ref": None,
                    "civility": "mrs" if female else "mr",
                    "first_name": first,
                    "last_name": last,
                    "email": email,
                    "email2": None,
                    "phone": demo.typed_phone(rng, landline) if landline else None,
                    "phone_e164": demo.e164_from_national(landline) if landline else None,
                    "mobile": demo.typed_phone(rng, mobile) if mobile else None,
                    "mobile_e164": demo.e164_from_national(mobile) if mobile else None,
                    "address_line1": demo.street_address(rng),
                    "address_line2": None,
                    "postcode": city.postcode,
                    "city": city.name,
                    "country": "FR",
                    "birthday": born.isoformat() if born else None,
                    "company_id": company_id,
                    "job_title": job_title,
                    "source": demo.choose_weighted(rng, self.sources, self.source_cum),
                    "status": status,
                    "relationship_stage": stage,
                    "preferred_channel": rng.choice(
                        (Channel.EMAIL, Channel.PHONE, Channel.SMS, Channel.VISIT, None)
                    ),
                    "owner_id": rng.choice(self.user_ids),
                    "notes": rng.choice(demo.NOTES) if rng.random() < 0.05 else None,
                    "custom": EMPTY_JSON,
                    "sort_name": fold(f"{last} {first}"),
                    "created_at": ts(created),
                    "updated_at": ts(created),
                }

        return _insert(self.connection, Contact.__table__, rows())

    def tags(self) -> int:
        rng = self.rng
        tag_ids = [self.new_id() for _ in demo.TAGS]
        _insert(
            self.connection,
            Tag.__table__,
            [
                {
                    "id": tag_id,
                    "name": name,
                    "color": color,
                    "created_at": self.start_ts,
                    "updated_at": self.start_ts,
                }
                for tag_id, (name, color) in zip(tag_ids, demo.TAGS, strict=True)
            ],
        )

        def rows() -> Iterator[dict[str, Any]]:
            for contact_id in self.contact_ids:
                if rng.random() < 0.35:
                    for tag_id in rng.sample(tag_ids, rng.randint(1, 2)):
                        yield {
                            "id": self.new_id(),
                            "contact_id": contact_id,
                            "tag_id": tag_id,
                            "created_at": self.start_ts,
                        }

        return _insert(self.connection, ContactTag.__table__, rows())

    def consents(self) -> int:
        rng = self.rng

        def rows() -> Iterator[dict[str, Any]]:
            for i in self.with_email:
                status = rng.choices(("granted", "refused", "withdrawn"), (66, 28, 6))[0]
                yield {
                    "id": self.new_id(),
                    "contact_id": self.contact_ids[i],
                    "channel": Channel.EMAIL,
                    "purpose": "marketing",
                    "status": status,
                    "source": "Formulaire en boutique",
                    "recorded_at": self.start_ts,
                    "created_at": self.start_ts,
                    "updated_at": self.start_ts,
                }

        return _insert(self.connection, Consent.__table__, rows())

    def orders(self) -> int:
        rng = self.rng
        self.order_ids = [self.new_id() for _ in self.order_plan]
        self.order_lines_plan: list[list[tuple[int, int]]] = []
        self.order_totals: list[int] = []

        def rows() -> Iterator[dict[str, Any]]:
            counters: dict[tuple[str, int], int] = {}
            for order_id, (when, buyer, n_lines) in zip(
                self.order_ids, self.order_plan, strict=True
            ):
                credit = rng.random() < 0.006
                cum = self.product_cum_xmas if when.month == 12 else self.product_cum
                lines = []
                for _ in range(n_lines):
                    product = bisect.bisect(cum, rng.random() * cum[-1])
                    product = min(product, len(demo.PRODUCTS) - 1)
                    quantity = self.quantity(demo.PRODUCTS[product])
                    lines.append((product, -quantity if credit else quantity))
                self.order_lines_plan.append(lines)
                total = sum(demo.line_amount(q, demo.PRODUCTS[p].price_cents) for p, q in lines)
                stamp = ts(when)
                prefix = "A" if credit else "F"
                key = (prefix, when.year)
                counters[key] = counters.get(key, 0) + 1
                yield {
                    "id": order_id,
                    "number": f"{prefix}{when.year}-{counters[key]:06d}",
                    "kind": OrderKind.CREDIT_NOTE if credit else OrderKind.ORDER,
                    "contact_id": self.contact_ids[buyer],
                    "company_id": self.contact_company.get(buyer),
                    "ordered_at": stamp,
                    "total_cents": total,
                    "currency": "EUR",
                    "channel": rng.choices(("boutique", "web", "téléphone"), (70, 22, 8))[0],
                    "external_ref": None,
                    "created_at": stamp,
                    "updated_at": stamp,
                }

        return _insert(self.connection, Order.__table__, rows())

    def order_lines(self) -> int:
        def rows() -> Iterator[dict[str, Any]]:
            for order_id, (when, _, _), lines in zip(
                self.order_ids, self.order_plan, self.order_lines_plan, strict=True
            ):
                stamp = ts(when)
                for position, (product, quantity) in enumerate(lines):
                    spec = demo.PRODUCTS[product]
                    yield {
                        "id": self.new_id(),
                        "order_id": order_id,
                        "product_id": self.product_ids[product],
                        "description": spec.name,
                        "quantity": demo.quantity_of(quantity),
                        "unit_price_cents": spec.price_cents,
                        "amount_cents": demo.line_amount(quantity, spec.price_cents),
                        "vat_rate_bp": spec.vat_rate_bp,
                        "position": position,
                        "created_at": stamp,
                        "updated_at": stamp,
                    }

        count = _insert(self.connection, OrderLine.__table__, rows())
        del self.order_lines_plan
        return count

    def pipeline(self) -> int:
        self.pipeline_id = self.new_id()
        stages = (
            ("Nouveau", 10, StageKind.OPEN),
            ("Qualifié", 25, StageKind.OPEN),
            ("Proposition", 50, StageKind.OPEN),
            ("Négociation", 75, StageKind.OPEN),
            ("Gagné", 100, StageKind.WON),
            ("Perdu", 0, StageKind.LOST),
        )
        self.stage_ids = [self.new_id() for _ in stages]
        self.stage_kinds = [kind for _, _, kind in stages]
        _insert(
            self.connection,
            Pipeline.__table__,
            [
                {
                    "id": self.pipeline_id,
                    "name": "Ventes",
                    "position": 0,
                    "is_default": True,
                    "created_at": self.start_ts,
                    "updated_at": self.start_ts,
                }
            ],
        )
        rows = [
            {
                "id": stage_id,
                "pipeline_id": self.pipeline_id,
                "name": name,
                "position": position,
                "probability": probability,
                "kind": kind,
                "created_at": self.start_ts,
                "updated_at": self.start_ts,
            }
            for position, (stage_id, (name, probability, kind)) in enumerate(
                zip(self.stage_ids, stages, strict=True)
            )
        ]
        return 1 + _insert(self.connection, PipelineStage.__table__, rows)

    def deals(self) -> int:
        """``n_deals`` open deals spread over the open stages, plus a third as many closed."""
        rng = self.rng
        n_closed = self.n_deals // 3
        self.deal_ids = [self.new_id() for _ in range(self.n_deals + n_closed)]
        deal_lines: list[dict[str, Any]] = []

        def rows() -> Iterator[dict[str, Any]]:
            positions: dict[int, int] = {}
            for n, deal_id in enumerate(self.deal_ids):
                stage = n % 4 if n < self.n_deals else rng.choice((4, 5))
                kind = self.stage_kinds[stage]
                buyer = rng.randrange(self.n_contacts)
                created = self.when(self.now - timedelta(days=400), self.now)
                total = 0
                for position in range(rng.randint(1, 4)):
                    product = rng.randrange(len(demo.PRODUCTS))
                    spec = demo.PRODUCTS[product]
                    quantity = rng.randint(6, 60) * 1000
                    total += demo.line_amount(quantity, spec.price_cents)
                    deal_lines.append(
                        {
                            "id": self.new_id(),
                            "deal_id": deal_id,
                            "product_id": self.product_ids[product],
                            "description": spec.name,
                            "quantity": demo.quantity_of(quantity),
                            "unit_price_cents": spec.price_cents,
                            "discount_bp": 0,
                            "vat_rate_bp": spec.vat_rate_bp,
                            "position": position,
                            "created_at": ts(created),
                            "updated_at": ts(created),
                        }
                    )
                closed = kind != StageKind.OPEN
                closed_at = min(created + timedelta(days=rng.randint(5, 60)), self.now)
                positions[stage] = positions.get(stage, 0) + 1
                name = self.contact_names[buyer]
                yield {
                    "id": deal_id,
                    "title": f"Devis — {name[0]} {name[1]}",
                    "contact_id": self.contact_ids[buyer],
                    "company_id": self.contact_company.get(buyer),
                    "pipeline_id": self.pipeline_id,
                    "stage_id": self.stage_ids[stage],
                    "owner_id": rng.choice(self.user_ids),
                    "amount_cents": total,
                    "currency": "EUR",
                    "expected_close_date": (
                        closed_at.date()
                        if closed
                        else self.today + timedelta(days=rng.randint(-10, 90))
                    ).isoformat(),
                    "probability": None,
                    "status": {StageKind.WON: DealStatus.WON, StageKind.LOST: DealStatus.LOST}.get(
                        kind, DealStatus.OPEN
                    ),
                    "closed_at": ts(closed_at) if closed else None,
                    "close_reason": (
                        rng.choice(demo.WON_REASONS if kind == StageKind.WON else demo.LOST_REASONS)
                        if closed
                        else None
                    ),
                    "position": positions[stage],
                    "notes": None,
                    "external_ref": None,
                    "custom": EMPTY_JSON,
                    "created_at": ts(created),
                    "updated_at": ts(closed_at if closed else created),
                }

        count = _insert(self.connection, Deal.__table__, rows())
        self.counts["deal_lines"] = _insert(self.connection, DealLine.__table__, deal_lines)
        return count

    def interactions(self) -> int:
        rng = self.rng
        templates = demo.INTERACTION_TEMPLATES
        buyers = list(self.last_order)

        def rows() -> Iterator[dict[str, Any]]:
            for n in range(self.n_interactions):
                if n < self.n_big_interactions:
                    who = rng.choice(self.big_people)
                elif buyers and rng.random() < 0.75:
                    who = rng.choice(buyers)
                else:
                    who = rng.randrange(self.n_contacts)
                channel, direction, subject, outcome = rng.choice(templates)
                when = self.when(self.start, self.now - timedelta(days=1))
                score = scale = None
                complaint = complaint_status = resolved = None
                roll = rng.random()
                if roll < 0.05:
                    score = rng.choices(range(11), demo.SATISFACTION_WEIGHTS)[0]
                    scale = 10
                    subject = "Réponse à l'enquête de satisfaction"
                elif roll < 0.055:
                    complaint = True
                    subject = "Réclamation : vin bouchonné"
                    if rng.random() < 0.8:
                        complaint_status = ComplaintStatus.RESOLVED
                        resolved = when + timedelta(days=rng.randint(1, 10))
                    else:
                        complaint_status = ComplaintStatus.OPEN
                yield {
                    "id": self.new_id(),
                    "channel": channel,
                    "direction": direction,
                    "occurred_at": ts(when),
                    "subject": subject,
                    "body": None,
                    "outcome": outcome,
                    "duration_minutes": rng.randint(3, 45) if channel == Channel.PHONE else None,
                    "satisfaction_score": score,
                    "satisfaction_scale": scale,
                    "is_complaint": bool(complaint),
                    "complaint_status": complaint_status,
                    "resolved_at": ts(resolved) if resolved else None,
                    "contact_id": self.contact_ids[who],
                    "company_id": self.contact_company.get(who),
                    "deal_id": None,
                    "user_id": rng.choice(self.user_ids),
                    "created_at": ts(when),
                    "updated_at": ts(resolved or when),
                }

        return _insert(self.connection, Interaction.__table__, rows())

    def tasks(self) -> int:
        rng = self.rng

        def rows() -> Iterator[dict[str, Any]]:
            for _ in range(self.n_tasks):
                who = rng.randrange(self.n_contacts)
                name = self.contact_names[who]
                state = rng.choices(("done", "overdue", "today", "upcoming"), (60, 12, 5, 23))[0]
                if state == "done" or state == "overdue":
                    due = self.now - timedelta(days=rng.randint(1, 400 if state == "done" else 20))
                elif state == "today":
                    due = self.now + timedelta(hours=rng.randint(1, 9))
                else:
                    due = self.now + timedelta(days=rng.randint(1, 60))
                created = min(due, self.now) - timedelta(days=rng.randint(1, 20))
                deal = rng.choice(self.deal_ids) if self.deal_ids and rng.random() < 0.1 else None
                yield {
                    "id": self.new_id(),
                    "title": rng.choice(demo.TASK_TITLES).format(name=f"{name[0]} {name[1]}"),
                    "notes": None,
                    "due_at": ts(due),
                    "priority": rng.choices(list(TaskPriority), (2, 6, 2))[0],
                    "done_at": ts(due) if state == "done" else None,
                    "reminder_at": None,
                    "owner_id": rng.choice(self.user_ids),
                    "contact_id": self.contact_ids[who],
                    "company_id": self.contact_company.get(who),
                    "deal_id": deal,
                    "interaction_id": None,
                    "created_at": ts(created),
                    "updated_at": ts(created),
                }

        return _insert(self.connection, Task.__table__, rows())

    def fts(self) -> int:
        rebuild = getattr(search_index, "rebuild_all", search_index.rebuild_contacts)
        with self.connection.begin():
            rebuild(self.connection)
            count = self.connection.execute(text("SELECT count(*) FROM contacts_fts"))
            return count.scalar_one()

    def analyze(self) -> int:
        with self.connection.begin():
            self.connection.exec_driver_sql("ANALYZE")
        return 0


def generate(
    path: Path | str,
    contacts: int = 100_000,
    order_lines: int = 1_000_000,
    interactions: int = 300_000,
    seed: int = 1,
    *,
    companies: int | None = None,
    deals: int | None = None,
    tasks: int | None = None,
    today: date | None = None,
    log: Log | None = None,
) -> dict[str, Any]:
    """Build a new database of that size at ``path``; its counts, timings and file size.

    ``companies`` defaults to one per 20 contacts, ``deals`` (open ones; a third as many
    closed are added) to one per 50 contacts (2,000 at the default size), ``tasks`` to
    one per 5 contacts.
    """
    target = Path(path)
    if target.exists():
        raise FileExistsError(f"{target} exists; the generator only writes new files")
    if contacts < 1:
        raise ValueError("contacts must be at least 1")
    started = time.perf_counter()
    db = open_workspace(target)
    try:
        with db.engine.connect() as connection:
            _tune(connection, bulk=True)
            try:
                result = _Generator(
                    connection,
                    contacts=contacts,
                    order_lines=order_lines,
                    interactions=interactions,
                    companies=companies if companies is not None else max(1, contacts // 20),
                    deals=deals if deals is not None else max(10, contacts // 50),
                    tasks=tasks if tasks is not None else max(10, contacts // 5),
                    seed=seed,
                    today=today or date.today(),
                    log=log or (lambda message: None),
                ).run()
            finally:
                _tune(connection, bulk=False)
            # Fold the write-ahead log into the file, so its size is the database's.
            driver = connection.connection.driver_connection
            assert driver is not None
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    result["seconds"] = round(time.perf_counter() - started, 1)
    result["bytes"] = target.stat().st_size
    result["path"] = str(target)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generate", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("out", type=Path, help="the database file to create (must not exist)")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--order-lines", type=int, default=1_000_000)
    parser.add_argument("--interactions", type=int, default=300_000)
    parser.add_argument("--companies", type=int, default=None)
    parser.add_argument("--deals", type=int, default=None, help="open deals")
    parser.add_argument("--tasks", type=int, default=None)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    try:
        result = generate(
            args.out,
            contacts=args.contacts,
            order_lines=args.order_lines,
            interactions=args.interactions,
            seed=args.seed,
            companies=args.companies,
            deals=args.deals,
            tasks=args.tasks,
            log=print,
        )
    except (FileExistsError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    size = result["bytes"] / 1_000_000
    print(f"done in {result['seconds']} s: {result['path']} ({size:,.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
