"""The demo shop: counts, determinism, consistency, one undoable batch, cancel."""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import phonenumbers
import pytest
from sqlalchemy import func, select, text

from app.demo import (
    PARIS,
    DemoCancelled,
    DemoSummary,
    is_shop_open,
    luhn_ok,
    populate,
    vat_number,
)
from app.workspace import open_workspace
from models import (
    Batch,
    ChangeLogEntry,
    Company,
    Contact,
    Deal,
    Interaction,
    Order,
    OrderLine,
    Pipeline,
    PipelineStage,
    Product,
    Task,
)
from models.enums import Channel, ContactStatus, DealStatus, OrderKind, StageKind

TODAY = date(2026, 11, 23)
SMALL = 60


@pytest.fixture
def demo(db):
    summary = populate(db, contacts=SMALL, years=4, seed=7, today=TODAY)
    return db, summary


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_summary_counts_are_what_the_database_holds(demo):
    db, summary = demo
    with db.read() as session:
        assert summary == DemoSummary(
            contacts=count(session, Contact),
            companies=count(session, Company),
            products=count(session, Product),
            orders=count(session, Order),
            order_lines=count(session, OrderLine),
            interactions=count(session, Interaction),
            deals=count(session, Deal),
            tasks=count(session, Task),
        )
    assert summary.contacts == SMALL
    assert summary.companies >= 1
    assert summary.products >= 50
    assert summary.orders > SMALL
    assert summary.order_lines > summary.orders


def fingerprint(database) -> tuple:
    with database.engine.connect() as connection:
        contacts = connection.execute(
            text(
                "SELECT customer_number, first_name, last_name, email, mobile, city, status "
                "FROM contacts ORDER BY customer_number"
            )
        ).all()
        orders = connection.execute(
            text("SELECT number, ordered_at, total_cents FROM orders ORDER BY number")
        ).all()
        deals = connection.execute(
            text("SELECT title, amount_cents, status FROM deals ORDER BY title, amount_cents")
        ).all()
    return contacts, orders, deals


def test_same_seed_gives_the_same_shop(db, tmp_path):
    populate(db, contacts=40, seed=3, today=TODAY)
    other = open_workspace(tmp_path / "other.db")
    try:
        populate(other, contacts=40, seed=3, today=TODAY)
        assert fingerprint(db) == fingerprint(other)
    finally:
        other.dispose()


def test_another_seed_gives_another_shop(db, tmp_path):
    populate(db, contacts=40, seed=3, today=TODAY)
    other = open_workspace(tmp_path / "other.db")
    try:
        populate(other, contacts=40, seed=4, today=TODAY)
        assert fingerprint(db)[0] != fingerprint(other)[0]
    finally:
        other.dispose()


def test_every_status_and_stage_appears(demo):
    db, _ = demo
    with db.read() as session:
        statuses = set(session.scalars(select(Contact.status)))
        stages = set(session.scalars(select(Contact.relationship_stage)))
    assert statuses == {s.value for s in ContactStatus}
    assert {"discovery", "exploration", "commitment", "dissolution"} <= stages


def test_status_follows_the_orders(demo):
    db, _ = demo
    lapsed_before = datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=UTC) - timedelta(days=730)
    with db.read() as session:
        last_orders = dict(
            session.execute(
                select(Order.contact_id, func.max(Order.ordered_at))
                .where(Order.kind == OrderKind.ORDER)
                .group_by(Order.contact_id)
            ).all()
        )
        contacts = session.execute(
            select(Contact.id, Contact.status, Contact.relationship_stage)
        ).all()
    for contact_id, status, stage in contacts:
        last = last_orders.get(contact_id)
        if last is None:
            assert status == ContactStatus.PROSPECT
            assert stage in ("discovery", "exploration")
        else:
            last = last.replace(tzinfo=UTC) if last.tzinfo is None else last
            expected = ContactStatus.FORMER if last < lapsed_before else ContactStatus.CUSTOMER
            assert status == expected
            assert (stage == "dissolution") == (status == ContactStatus.FORMER)


def test_order_totals_are_the_sum_of_their_lines(demo):
    db, _ = demo
    with db.read() as session:
        totals = dict(session.execute(select(Order.id, Order.total_cents)).all())
        lines = session.execute(
            select(
                OrderLine.order_id,
                OrderLine.quantity,
                OrderLine.unit_price_cents,
                OrderLine.amount_cents,
            )
        ).all()
        kinds = dict(session.execute(select(Order.id, Order.kind)).all())
        numbers = list(session.scalars(select(Order.number).where(Order.kind == "order")))
    sums: Counter[str] = Counter()
    per_order: Counter[str] = Counter()
    for order_id, quantity, price, amount in lines:
        exact = (Decimal(str(quantity)) * price).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        assert amount == int(exact)
        sums[order_id] += amount
        per_order[order_id] += 1
    assert all(1 <= n <= 6 for n in per_order.values())
    assert set(per_order) == set(totals)
    for order_id, total in totals.items():
        assert total == sums[order_id]
        if kinds[order_id] == OrderKind.CREDIT_NOTE:
            assert total < 0
        else:
            assert total > 0
    # Invoice numbers run without gaps within each year.
    by_year: dict[str, list[int]] = {}
    for number in numbers:
        prefix, sequence = number.split("-")
        by_year.setdefault(prefix, []).append(int(sequence))
    for sequences in by_year.values():
        assert sorted(sequences) == list(range(1, len(sequences) + 1))


def test_orders_happen_in_the_past_and_in_shop_hours(demo):
    db, _ = demo
    now = datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=UTC)
    with db.read() as session:
        orders = session.execute(select(Order.ordered_at, Order.channel)).all()
        interactions = list(session.scalars(select(Interaction.occurred_at)))
    months = Counter()
    for when, channel in orders:
        assert when.tzinfo is not None and when < now
        local = when.astimezone(PARIS)
        months[local.month] += 1
        if channel == "boutique":
            assert is_shop_open(local.date())
            assert (9, 30) <= (local.hour, local.minute) <= (19, 15)
    assert all(when < now for when in interactions)
    # December is the shop's big month.
    assert months[12] > 1.5 * (sum(months.values()) - months[12]) / 11


def test_every_stage_of_the_default_pipeline_has_deals(demo):
    db, _ = demo
    with db.read() as session:
        pipeline = session.scalars(select(Pipeline).where(Pipeline.is_default)).one()
        assert pipeline.name == "Ventes"
        stages = session.scalars(
            select(PipelineStage).where(PipelineStage.pipeline_id == pipeline.id)
        ).all()
        assert [(s.name, s.probability) for s in stages] == [
            ("Nouveau", 10),
            ("Qualifié", 25),
            ("Proposition", 50),
            ("Négociation", 75),
            ("Gagné", 100),
            ("Perdu", 0),
        ]
        for stage in stages:
            deals = session.scalars(select(Deal).where(Deal.stage_id == stage.id)).all()
            assert deals, stage.name
            for deal in deals:
                assert deal.amount_cents > 0
                if stage.kind == StageKind.OPEN:
                    assert deal.status == DealStatus.OPEN and deal.closed_at is None
                else:
                    assert deal.status == stage.kind
                    assert deal.closed_at is not None and deal.close_reason


def test_phones_have_a_valid_e164(demo):
    db, _ = demo
    with db.read() as session:
        rows = session.execute(
            select(Contact.phone, Contact.phone_e164, Contact.mobile, Contact.mobile_e164)
        ).all()
        rows += [
            (phone, e164, None, None)
            for phone, e164 in session.execute(select(Company.phone, Company.phone_e164))
        ]
    checked = 0
    for phone, phone_e164, mobile, mobile_e164 in rows:
        for typed, e164, mobile_kind in ((phone, phone_e164, False), (mobile, mobile_e164, True)):
            if typed is None:
                assert e164 is None
                continue
            number = phonenumbers.parse(typed, "FR")
            assert phonenumbers.is_valid_number(number), typed
            assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == e164
            if mobile_kind:
                assert e164.startswith(("+336", "+337"))
            checked += 1
    assert checked > SMALL


def test_siren_and_siret_pass_the_luhn_check(demo):
    db, _ = demo
    with db.read() as session:
        companies = session.scalars(select(Company)).all()
    assert companies
    for company in companies:
        assert len(company.siren) == 9 and luhn_ok(company.siren)
        assert len(company.siret) == 14 and luhn_ok(company.siret)
        assert company.siret.startswith(company.siren)
        if company.vat_number:
            key = (12 + 3 * (int(company.siren) % 97)) % 97
            assert company.vat_number == f"FR{key:02d}{company.siren}"


def test_luhn_helpers():
    assert luhn_ok("732829320")  # a well-known valid SIREN
    assert luhn_ok("73282932000074")
    assert not luhn_ok("732829321")
    assert vat_number("732829320") == "FR44732829320"


def test_the_demo_is_one_batch_in_the_change_log(demo):
    db, summary = demo
    with db.read() as session:
        batches = session.scalars(select(Batch).where(Batch.kind == "demo")).all()
        assert len(batches) == 1
        batch = batches[0]
        assert batch.stats["contacts"] == summary.contacts
        logged = dict(
            session.execute(
                select(ChangeLogEntry.entity, func.count())
                .where(ChangeLogEntry.batch_id == batch.id)
                .group_by(ChangeLogEntry.entity)
            ).all()
        )
        others = session.scalar(
            select(func.count())
            .select_from(ChangeLogEntry)
            .where(ChangeLogEntry.entity == "contacts", ChangeLogEntry.batch_id != batch.id)
        )
    assert others == 0
    assert logged["contacts"] == summary.contacts
    assert logged["orders"] == summary.orders
    assert logged["order_lines"] == summary.order_lines
    assert logged["interactions"] == summary.interactions
    assert logged["deals"] == summary.deals
    assert logged["tasks"] == summary.tasks


def test_cancel_midway_leaves_nothing(db):
    with db.read() as session:
        entries_before = count(session, ChangeLogEntry)
        batches_before = count(session, Batch)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 8

    with pytest.raises(DemoCancelled):
        populate(db, contacts=SMALL, today=TODAY, cancel=cancel)
    assert len(calls) > 8
    with db.read() as session:
        for model in (Contact, Company, Product, Order, OrderLine, Interaction, Deal, Task):
            assert count(session, model) == 0, model.__name__
        assert count(session, ChangeLogEntry) == entries_before
        assert count(session, Batch) == batches_before
        assert session.scalar(select(func.count()).where(Batch.kind == "demo")) == 0
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM contacts_fts")).scalar() == 0


def test_progress_is_reported_up_to_the_total(db):
    seen: list[tuple[int, int]] = []
    populate(db, contacts=20, today=TODAY, progress=lambda done, total: seen.append((done, total)))
    assert len(seen) > 3
    totals = {total for _, total in seen}
    assert len(totals) == 1
    dones = [done for done, _ in seen]
    assert dones == sorted(dones)
    assert dones[-1] == totals.pop()


def test_a_tiny_demo_still_shows_everything(db):
    summary = populate(db, contacts=10, today=TODAY)
    assert summary.contacts == 10
    with db.read() as session:
        channels = set(session.scalars(select(Interaction.channel)))
        assert channels == {c.value for c in Channel}
        assert set(session.scalars(select(Contact.status))) == {s.value for s in ContactStatus}
        stages = session.scalars(select(PipelineStage.id)).all()
        with_deals = set(session.scalars(select(Deal.stage_id)))
        assert with_deals == set(stages)


def test_contacts_look_french_and_are_searchable(demo):
    db, _ = demo
    with db.read() as session:
        contacts = session.scalars(select(Contact)).all()
    assert all(c.customer_number and c.customer_number.startswith("C-") for c in contacts)
    assert len({c.customer_number for c in contacts}) == len(contacts)
    assert all(c.postcode and len(c.postcode) == 5 for c in contacts)
    emails = [c.email for c in contacts if c.email]
    assert 0 < len(emails) < len(contacts) + 1
    assert all(e.isascii() and "@" in e for e in emails)
    accented = next(c for c in contacts if not c.first_name.isascii())
    folded = "".join(
        ch
        for ch in unicodedata.normalize("NFKD", accented.first_name)
        if not unicodedata.combining(ch)
    ).split("-")[0]
    with db.engine.connect() as connection:
        found = connection.execute(
            text("SELECT contact_id FROM contacts_fts WHERE contacts_fts MATCH :q"),
            {"q": f'"{folded.lower()}"*'},
        ).scalars()
        assert accented.id in set(found)


def test_populating_twice_continues_the_numbering(db):
    populate(db, contacts=12, today=TODAY, seed=1)
    populate(db, contacts=12, today=TODAY, seed=2)
    with db.read() as session:
        numbers = list(session.scalars(select(Contact.customer_number)))
        invoice_numbers = list(session.scalars(select(Order.number)))
    assert len(set(numbers)) == 24
    assert len(set(invoice_numbers)) == len(invoice_numbers)


def test_the_demo_can_be_undone_as_a_whole(demo):
    from app.history import undo_batch

    db, _ = demo
    with db.read() as session:
        batch_id = session.scalars(select(Batch.id).where(Batch.kind == "demo")).one()
    result = undo_batch(db, batch_id)
    assert not result.conflicts
    with db.read() as session:
        for model in (Contact, Company, Product, Order, OrderLine, Interaction, Deal, Task):
            live = session.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            )
            assert live == 0, model.__name__
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM contacts_fts")).scalar() == 0


def test_the_demo_shop_has_a_valid_profile_and_an_existing_one_is_kept(demo):
    from app.company_profile import CompanyProfile, clean_profile, load_profile, save_profile

    db, _summary = demo
    profile = load_profile(db)
    assert profile.name and profile.city and profile.payment_terms
    assert clean_profile(profile) == profile  # SIRET, SIREN and VAT number check out
    save_profile(db, CompanyProfile(name="Épicerie Léa"))
    populate(db, contacts=10, years=1, seed=1)
    assert load_profile(db).name == "Épicerie Léa"
