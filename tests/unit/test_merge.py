"""Merging contacts and companies, and undoing a merge: what the database holds after each."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import inspect, select, text

from app.errors import NotFoundError, UserError
from app.history import undo_batch
from app.merge import (
    BOTH,
    KEEP_SURVIVOR,
    SIDE_A,
    SIDE_B,
    TAKE_OTHER,
    merge_companies,
    merge_contacts,
    merge_preview,
)
from models import (
    Base,
    Batch,
    Campaign,
    CampaignMember,
    Company,
    CompanyTag,
    Consent,
    Contact,
    ContactTag,
    CustomFieldDefinition,
    Deal,
    Interaction,
    Order,
    OrderLine,
    Pipeline,
    PipelineStage,
    Tag,
    Task,
)
from models.database import Database
from models.enums import BatchKind

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
#: Bookkeeping columns a merge and its undo rewrite (never logged, never undone).
UNCOMPARED = {"updated_at", "sort_name"}


def search(db: Database, words: str) -> set[str]:
    with db.read() as session:
        rows = session.execute(
            text("SELECT contact_id FROM contacts_fts WHERE contacts_fts MATCH :q"), {"q": words}
        )
        return set(rows.scalars())


def snapshot(db: Database) -> dict[str, dict[str, dict[str, Any]]]:
    """Every row of every business table, by table and primary key (bookkeeping aside)."""
    tables: dict[str, dict[str, dict[str, Any]]] = {}
    with db.read() as session:
        for mapper in Base.registry.mappers:
            model = mapper.class_
            if not getattr(model, "__logged__", False):
                continue
            rows: dict[str, dict[str, Any]] = {}
            for obj in session.scalars(select(model)):
                state = inspect(obj)
                key = ":".join(str(part) for part in state.identity)
                rows[key] = {
                    attr.key: getattr(obj, attr.key)
                    for attr in mapper.column_attrs
                    if attr.key not in UNCOMPARED
                }
            tables[mapper.local_table.name] = rows
        # The full-text indexes (contacts, and whatever else the schema indexes).
        names = session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        indexes = [name for name in names if name.endswith("_fts")]
        assert "contacts_fts" in indexes
        for index in indexes:
            tables[index] = {
                str(row[0]): {"row": tuple(row)}
                for row in session.execute(text(f"SELECT rowid, * FROM {index}"))
            }
    return tables


def _contact(session: Any, **values: Any) -> Contact:
    contact = Contact(**values)
    session.add(contact)
    return contact


@pytest.fixture
def pair(db: Database) -> dict[str, str]:
    """Two records of one customer, each with its own history, some of it in common."""
    ids: dict[str, str] = {}
    with db.write(BatchKind.CREATE, "Fixture") as session:
        session.add(
            CustomFieldDefinition(
                entity="contact", key="loyalty", label="Loyalty card", field_type="text"
            )
        )
        shop = Company(name="Boulangerie Dupré", city="Tours")
        session.add(shop)
        vip, news, walk = Tag(name="vip"), Tag(name="newsletter"), Tag(name="walk-in")
        session.add_all([vip, news, walk])
        old = _contact(
            session,
            first_name="Hélène",
            last_name="Dupré",
            email="helene.dupre@orange.fr",
            phone="02 47 11 22 33",
            phone_e164="+33247112233",
            address_line1="3 rue Colbert",
            postcode="37000",
            city="Tours",
            status="customer",
            notes="Likes rye bread.",
            custom={"loyalty": "L-123", "size": "M"},
            created_at=T0,
        )
        new = _contact(
            session,
            first_name="Helene",
            last_name="Dupre",
            email="hdupre@gmail.com",
            mobile="06 12 34 56 78",
            mobile_e164="+33612345678",
            postcode="37000",
            city="Tours",
            status="prospect",
            company_id=shop.id,
            birthday=date(1980, 5, 17),
            notes="Asked for a gluten-free cake.",
            custom={"loyalty": "L-999", "colour": "blue"},
            created_at=T0 + timedelta(days=300),
        )
        earlier = _contact(session, first_name="H.", last_name="Dupré", created_at=T0)
        session.flush()
        earlier.deleted_at = T0 + timedelta(days=10)
        earlier.merged_into_id = new.id
        session.add_all(
            [
                ContactTag(contact_id=old.id, tag_id=vip.id),
                ContactTag(contact_id=new.id, tag_id=vip.id),
                ContactTag(contact_id=new.id, tag_id=news.id),
                ContactTag(contact_id=old.id, tag_id=walk.id),
            ]
        )
        for contact, days in ((old, 0), (new, 400), (new, 410)):
            session.add(
                Interaction(
                    channel="phone",
                    occurred_at=T0 + timedelta(days=days),
                    subject=f"Call {days}",
                    contact_id=contact.id,
                )
            )
        gone = Interaction(
            channel="note",
            occurred_at=T0,
            subject="Deleted note",
            contact_id=new.id,
            deleted_at=T0 + timedelta(days=1),
        )
        session.add(gone)
        order = Order(
            number="F-1", contact_id=new.id, ordered_at=T0 + timedelta(days=401), total_cents=1250
        )
        session.add(order)
        session.add(OrderLine(order_id=order.id, description="Cake", amount_cents=1250))
        session.add(Order(number="F-0", contact_id=old.id, ordered_at=T0, total_cents=300))
        pipeline = Pipeline(name="Sales")
        stage = PipelineStage(pipeline_id=pipeline.id, name="New")
        session.add_all([pipeline, stage])
        session.add(
            Deal(
                title="Wedding cake",
                contact_id=new.id,
                pipeline_id=pipeline.id,
                stage_id=stage.id,
                amount_cents=25000,
            )
        )
        session.add(Task(title="Call back", contact_id=new.id, due_at=T0 + timedelta(days=420)))
        # E-mail consent: the newer record's (withdrawn, later) is the one in force.
        session.add(Consent(contact_id=old.id, channel="email", status="granted", recorded_at=T0))
        session.add(
            Consent(
                contact_id=new.id,
                channel="email",
                status="withdrawn",
                recorded_at=T0 + timedelta(days=402),
            )
        )
        session.add(
            Consent(
                contact_id=new.id,
                channel="sms",
                status="granted",
                recorded_at=T0 + timedelta(days=402),
            )
        )
        spring, autumn = Campaign(name="Spring"), Campaign(name="Autumn")
        session.add_all([spring, autumn])
        session.add(CampaignMember(campaign_id=spring.id, contact_id=old.id, status="sent"))
        session.add(CampaignMember(campaign_id=spring.id, contact_id=new.id, status="converted"))
        session.add(CampaignMember(campaign_id=autumn.id, contact_id=new.id, status="targeted"))
        ids.update(
            old=old.id,
            new=new.id,
            earlier=earlier.id,
            shop=shop.id,
            vip=vip.id,
            news=news.id,
            walk=walk.id,
            spring=spring.id,
            autumn=autumn.id,
            order=order.id,
            gone=gone.id,
        )
    return ids


def contact(db: Database, contact_id: str) -> Contact:
    with db.read() as session:
        found = session.get(Contact, contact_id)
        assert found is not None
        return found


def test_preview_shows_both_values_suggestions_and_what_will_move(
    db: Database, pair: dict[str, str]
) -> None:
    preview = merge_preview(db, pair["old"], pair["new"])

    fields = {f.key: f for f in preview.fields}
    assert fields["email"].texts == ("helene.dupre@orange.fr", "hdupre@gmail.com")
    assert not fields["email"].same
    assert fields["address"].texts == ("3 rue Colbert, 37000 Tours", "37000 Tours")
    assert fields["civility"].same
    # Non-empty wins; the more complete address wins; notes may be kept both.
    assert fields["phone"].suggestion == SIDE_A
    assert fields["mobile"].suggestion == SIDE_B
    assert fields["birthday"].suggestion == SIDE_B
    assert fields["address"].suggestion == SIDE_A
    assert fields["notes"].suggestion == BOTH and fields["notes"].combinable
    assert fields["status"].suggestion == SIDE_A  # customer beats prospect
    assert fields["company_id"].texts == ("", "Boulangerie Dupré")
    # Custom fields, key by key, with the shop's label.
    assert fields["custom:loyalty"].name == "Loyalty card"
    assert fields["custom:loyalty"].texts == ("L-123", "L-999")
    assert fields["custom:size"].suggestion == SIDE_A
    assert fields["custom:colour"].suggestion == SIDE_B
    # The newer record has more history: it is suggested as the survivor.
    assert (preview.b.counts.interactions, preview.b.counts.orders) == (2, 1)
    assert (preview.b.counts.deals, preview.b.counts.tasks, preview.b.counts.tags) == (1, 1, 2)
    assert (preview.a.counts.interactions, preview.a.counts.orders) == (1, 1)
    assert preview.suggested_survivor == SIDE_B
    assert preview.a.title == "Hélène Dupré"


def test_merge_moves_everything_to_the_survivor_and_tombstones_the_other(
    db: Database, pair: dict[str, str]
) -> None:
    survivor, other = pair["new"], pair["old"]
    result = merge_contacts(
        db,
        survivor,
        other,
        {
            "first_name": TAKE_OTHER,
            "last_name": other,  # an id works as well
            "email": TAKE_OTHER,
            "email2": KEEP_SURVIVOR,
            "address": TAKE_OTHER,
            "notes": BOTH,
            "status": TAKE_OTHER,
            "custom:loyalty": TAKE_OTHER,
        },
    )

    kept = contact(db, survivor)
    assert (kept.first_name, kept.last_name) == ("Hélène", "Dupré")
    assert kept.email == "helene.dupre@orange.fr"
    assert kept.address_line1 == "3 rue Colbert"
    # Left out of the choices: the suggestion (non-empty values are kept).
    assert kept.phone_e164 == "+33247112233" and kept.mobile_e164 == "+33612345678"
    assert kept.company_id == pair["shop"]
    assert kept.birthday == date(1980, 5, 17)
    assert kept.status == "customer"
    assert kept.notes == "Asked for a gluten-free cake.\n\nLikes rye bread."
    assert kept.custom == {"loyalty": "L-123", "colour": "blue", "size": "M"}
    merged = contact(db, other)
    assert merged.deleted_at is not None and merged.merged_into_id == survivor
    assert contact(db, pair["earlier"]).merged_into_id == survivor
    with db.read() as session:
        for model in (Interaction, Order, Deal, Task, Consent):
            owners = set(session.scalars(select(model.contact_id)))
            assert owners == {survivor}, model.__name__
        # The deleted interaction moved as well (its history follows the person).
        assert session.get(Interaction, pair["gone"]).contact_id == survivor
        tags = set(
            session.scalars(select(ContactTag.tag_id).where(ContactTag.contact_id == survivor))
        )
        assert tags == {pair["vip"], pair["news"], pair["walk"]}
        assert session.scalars(select(ContactTag).where(ContactTag.contact_id == other)).all() == []
        live = session.scalars(select(Consent).where(Consent.deleted_at.is_(None))).all()
        assert sorted((c.channel, c.status) for c in live) == [
            ("email", "withdrawn"),
            ("sms", "granted"),
        ]
        members = session.scalars(
            select(CampaignMember).where(CampaignMember.deleted_at.is_(None))
        ).all()
        assert sorted(
            (m.campaign_id == pair["spring"], m.contact_id, m.status) for m in members
        ) == (sorted([(True, survivor, "converted"), (False, survivor, "targeted")]))
        batch = session.get(Batch, result.batch_id)
        assert batch is not None and batch.kind == "merge"
    assert result.label == "Merge contact Hélène Dupré into Helene Dupre"
    assert (result.moved.interactions, result.moved.orders, result.moved.tags) == (1, 1, 1)
    assert search(db, "helene") == {survivor}
    assert search(db, "rye") == {survivor}  # the notes of both
    assert search(db, "orange") == {survivor}


def test_undoing_a_merge_restores_every_row_and_the_search_index(
    db: Database, pair: dict[str, str]
) -> None:
    before = snapshot(db)
    result = merge_contacts(db, pair["old"], pair["new"], {"notes": BOTH, "email": TAKE_OTHER})
    assert snapshot(db) != before

    undone = undo_batch(db, result.batch_id)

    assert undone.conflicts == ()
    after = snapshot(db)
    assert after.keys() == before.keys()
    for table in before:
        assert after[table] == before[table], table
    assert search(db, "gmail") == {pair["new"]}
    assert search(db, "helene") == {pair["old"], pair["new"]}


def test_the_undo_of_a_merge_can_be_redone(db: Database, pair: dict[str, str]) -> None:
    result = merge_contacts(db, pair["new"], pair["old"])
    merged = snapshot(db)
    undone = undo_batch(db, result.batch_id)

    undo_batch(db, undone.undo_batch_id)

    again = snapshot(db)
    for table in merged:
        assert again[table] == merged[table], table


def test_merge_refuses_one_record_twice_or_a_merged_one(db: Database, pair: dict[str, str]) -> None:
    with pytest.raises(UserError):
        merge_contacts(db, pair["old"], pair["old"])
    with pytest.raises(UserError):
        merge_contacts(db, pair["old"], pair["earlier"])
    with pytest.raises(NotFoundError):
        merge_contacts(db, pair["old"], "no-such-id")
    with pytest.raises(UserError):
        merge_contacts(db, pair["old"], pair["new"], {"favourite_colour": TAKE_OTHER})
    assert contact(db, pair["new"]).deleted_at is None


def test_preview_choices_turn_sides_into_survivor_and_other(
    db: Database, pair: dict[str, str]
) -> None:
    preview = merge_preview(db, pair["old"], pair["new"])

    as_b = preview.choices(SIDE_B, {"email": SIDE_A})

    assert as_b["email"] == TAKE_OTHER
    assert as_b["mobile"] == KEEP_SURVIVOR
    assert as_b["phone"] == TAKE_OTHER
    assert as_b["notes"] == BOTH
    as_a = preview.choices(SIDE_A)
    assert as_a["phone"] == KEEP_SURVIVOR and as_a["mobile"] == TAKE_OTHER


@pytest.fixture
def firms(db: Database) -> dict[str, str]:
    with db.write(BatchKind.CREATE, "Firms") as session:
        first = Company(
            name="Boulangerie Martin",
            siren="123456789",
            city="Tours",
            postcode="37000",
            created_at=T0,
        )
        second = Company(
            name="Boulangerie Martin SARL",
            vat_number="FR12123456789",
            phone="02 47 00 00 01",
            phone_e164="+33247000001",
            delivery_address_line1="Quai Paul Bert",
            delivery_city="Tours",
            created_at=T0 + timedelta(days=5),
        )
        session.add_all([first, second])
        worker = Contact(first_name="Paul", last_name="Martin", company_id=second.id)
        boss = Contact(first_name="Anne", last_name="Martin", company_id=first.id)
        session.add_all([worker, boss])
        tag, other_tag = Tag(name="supplier"), Tag(name="bakery")
        session.add_all([tag, other_tag])
        session.add_all(
            [
                CompanyTag(company_id=first.id, tag_id=tag.id),
                CompanyTag(company_id=second.id, tag_id=tag.id),
                CompanyTag(company_id=second.id, tag_id=other_tag.id),
            ]
        )
        session.add(
            Interaction(channel="visit", occurred_at=T0, company_id=second.id, contact_id=worker.id)
        )
        session.add(Order(number="B-1", company_id=second.id, ordered_at=T0))
        session.add(Task(title="Invoice", company_id=second.id))
        return {"first": first.id, "second": second.id, "worker": worker.id, "boss": boss.id}


def test_merging_companies_moves_contacts_history_and_tags(
    db: Database, firms: dict[str, str]
) -> None:
    before = snapshot(db)
    preview = merge_preview(db, firms["first"], firms["second"], "company")
    fields = {f.key: f for f in preview.fields}
    assert fields["name"].suggestion == SIDE_B  # the more complete name
    assert fields["delivery_address"].texts == ("", "Quai Paul Bert, Tours")
    assert preview.b.counts.contacts == 1 and preview.suggested_survivor == SIDE_B

    result = merge_companies(db, firms["first"], firms["second"], {"name": KEEP_SURVIVOR})

    with db.read() as session:
        first = session.get(Company, firms["first"])
        second = session.get(Company, firms["second"])
        assert first is not None and second is not None
        assert first.name == "Boulangerie Martin"
        assert first.vat_number == "FR12123456789" and first.phone_e164 == "+33247000001"
        assert first.delivery_address_line1 == "Quai Paul Bert"
        assert second.deleted_at is not None and second.merged_into_id == first.id
        assert set(session.scalars(select(Contact.company_id))) == {first.id}
        for model in (Interaction, Order, Task):
            assert set(session.scalars(select(model.company_id))) == {first.id}
        assert session.scalars(select(CompanyTag.company_id)).all() == [first.id, first.id]
    assert result.moved.contacts == 1 and result.moved.tags == 1
    assert search(db, "paul") == {firms["worker"]}

    undo_batch(db, result.batch_id)

    after = snapshot(db)
    for table in before:
        assert after[table] == before[table], table
