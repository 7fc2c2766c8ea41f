"""Audiences: RFM segments, smart lists, saved segments and campaigns resolved by name."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.audience import list_audiences, resolve_audience
from app.errors import UserError
from models import Campaign, CampaignMember, Consent, Contact, ContactTag, Order, Segment, Tag

TODAY = date(2025, 6, 30)


def at(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 12, tzinfo=UTC)


@pytest.fixture
def people(db) -> dict[str, str]:
    """Five contacts; Alice and Bruno bought recently and often, Chloé long ago."""
    contacts = {
        "Alice": Contact(first_name="Alice", last_name="Martin", status="customer", city="Lyon"),
        "Bruno": Contact(first_name="Bruno", last_name="Durand", status="customer", city="Paris"),
        "Chloé": Contact(first_name="Chloé", last_name="Petit", status="former", city="Lyon"),
        "Denis": Contact(first_name="Denis", last_name="Roux", status="prospect"),
        "Émile": Contact(
            first_name="Émile",
            last_name="Zola",
            status="former",
            deleted_at=at(2025, 1, 1),
        ),
    }
    wine = Tag(name="Vins")
    rows: list = [*contacts.values(), wine]
    for first in ("Alice", "Bruno", "Chloé"):
        rows.append(ContactTag(contact_id=contacts[first].id, tag_id=wine.id))
    rows.append(Consent(contact_id=contacts["Alice"].id, channel="email", status="granted"))
    rows.append(Consent(contact_id=contacts["Chloé"].id, channel="email", status="refused"))
    for first, dates in {
        "Alice": [at(2025, 6, d) for d in (1, 10, 20, 25)],
        "Bruno": [at(2025, 5, d) for d in (1, 10, 20)],
        "Chloé": [at(2022, 1, 5)],
    }.items():
        for when in dates:
            rows.append(
                Order(
                    contact_id=contacts[first].id,
                    ordered_at=when,
                    kind="order",
                    total_cents=10000,
                )
            )
    with db.write("edit", "people") as session:
        session.add_all(rows)
    return {first: contact.id for first, contact in contacts.items()}


def test_rfm_segment_by_code_english_or_french_name(db, people):
    by_code = resolve_audience(db, "hibernating", TODAY)
    assert by_code.kind == "rfm_segment"
    # Three customers: Bruno and Chloé score R2 F2 and R1 F1; Alice R4 F4 (loyal).
    sleeping = [people["Bruno"], people["Chloé"]]  # in name order: Durand, Petit
    assert by_code.contact_ids == sleeping
    assert resolve_audience(db, "Hibernating", TODAY).contact_ids == sleeping
    french = resolve_audience(db, "  en HIBERNATION ", TODAY)
    assert french.title == "Hibernating"
    assert french.contact_ids == sleeping
    assert resolve_audience(db, "Fidèles", TODAY).contact_ids == [people["Alice"]]


def test_smart_list_by_name(db, people):
    former = resolve_audience(db, "Anciens clients", TODAY)
    assert former.kind == "smart_list"
    assert former.code == "former_customers"
    assert former.contact_ids == [people["Chloé"]]  # Émile is deleted
    never = resolve_audience(db, "never_converted", TODAY)
    assert never.contact_ids == [people["Denis"]]


def test_static_and_dynamic_saved_segments(db, people):
    static = Segment(
        name="VIP",
        kind="static",
        definition={"contact_ids": [people["Bruno"], people["Alice"], people["Émile"]]},
    )
    dynamic = Segment(
        name="Amateurs de vins",
        kind="dynamic",
        definition={
            "match": "all",
            "rules": [
                {"field": "tags", "op": "contains", "value": "Vins"},
                {"field": "consent.email", "op": "eq", "value": "granted"},
            ],
        },
    )
    either = Segment(
        name="Lyon ou prospects",
        definition={
            "match": "any",
            "rules": [
                {"field": "city", "op": "eq", "value": "Lyon"},
                {"field": "status", "op": "eq", "value": "prospect"},
            ],
        },
    )
    with db.write("edit", "segments") as session:
        session.add_all([static, dynamic, either])
    vip = resolve_audience(db, "vip")
    assert vip.kind == "segment"
    # In name order (Durand before Martin), without the deleted contact.
    assert vip.contact_ids == [people["Bruno"], people["Alice"]]
    assert resolve_audience(db, "amateurs de vins").contact_ids == [people["Alice"]]
    assert resolve_audience(db, "Lyon ou prospects").contact_ids == [
        people["Alice"],
        people["Chloé"],
        people["Denis"],
    ]


def test_a_rule_that_cannot_be_applied_is_a_clear_error(db, people):
    with db.write("edit", "segment") as session:
        session.add(Segment(name="Odd", definition={"rules": [{"field": "shoe_size"}]}))
    with pytest.raises(UserError, match="Odd"):
        resolve_audience(db, "Odd")


def test_campaign_members_or_its_segment(db, people):
    segment = Segment(name="Lyonnais", definition={"rules": [{"field": "city", "value": "Lyon"}]})
    noel = Campaign(name="Coffrets de Noël 2024")
    spring = Campaign(name="Printemps", segment_id=segment.id)
    members = [
        CampaignMember(campaign_id=noel.id, contact_id=people["Denis"]),
        CampaignMember(campaign_id=noel.id, contact_id=people["Bruno"]),
    ]
    with db.write("edit", "campaigns") as session:
        session.add_all([segment, noel, spring])
        session.flush()
        session.add_all(members)
    noel_audience = resolve_audience(db, "coffrets de noel 2024")
    assert noel_audience.kind == "campaign"
    assert noel_audience.title == "Coffrets de Noël 2024"
    assert noel_audience.contact_ids == [people["Bruno"], people["Denis"]]
    assert resolve_audience(db, "Printemps").contact_ids == [people["Alice"], people["Chloé"]]


def test_unknown_name_lists_the_valid_ones(db, people):
    with db.write("edit", "segment") as session:
        session.add(Segment(name="VIP", definition={"contact_ids": []}))
    with pytest.raises(UserError) as caught:
        resolve_audience(db, "Nobody")
    message = str(caught.value)
    assert "Nobody" in message
    assert "At risk" in message and "Best customers" in message and "VIP" in message
    assert caught.value.params["name"] == "Nobody"


def test_list_audiences_in_resolution_order(db, people):
    with db.write("edit", "segment") as session:
        session.add(Segment(name="VIP", definition={"contact_ids": []}))
        session.add(Campaign(name="Noël"))
    audiences = list_audiences(db)
    kinds = [kind for kind, _code, _title in audiences]
    assert kinds == ["rfm_segment"] * 10 + ["smart_list"] * 7 + ["segment", "campaign"]
    assert audiences[0] == ("rfm_segment", "champions", "Champions")
    assert audiences[-1][2] == "Noël"
