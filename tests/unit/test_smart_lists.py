"""The built-in smart lists, each on a small fixed dataset, with its boundaries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from app.analytics.smart_lists import (
    BEST_CUSTOMERS,
    DISSATISFIED,
    FORMER_CUSTOMERS,
    HIGH_POTENTIAL,
    INACTIVE,
    NEVER_CONVERTED,
    NEW_CUSTOMERS,
    SMART_LISTS,
    smart_list,
    smart_list_ids,
)
from models import Contact, Interaction, Order

TODAY = date(2025, 6, 30)
DELETED = datetime(2025, 6, 1, tzinfo=UTC)


def at(y: int, m: int, d: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(y, m, d, hour, minute, tzinfo=UTC)


@dataclass(frozen=True)
class RfmRow:
    contact_id: str
    recency_days: int
    segment: str


@dataclass(frozen=True)
class Rfm:
    as_of: date
    rows: tuple[RfmRow, ...]


@dataclass(frozen=True)
class ClvRow:
    contact_id: str
    p_alive: float
    predicted_value: float


@dataclass(frozen=True)
class Clv:
    rows: tuple[ClvRow, ...]


def add_people(db, *names: str, status: str = "customer", **extra) -> dict[str, str]:
    """Contacts named "First Last"; returns first name -> id."""
    people = {}
    for name in names:
        first, last = name.split(" ", 1)
        people[first] = Contact(first_name=first, last_name=last, status=status, **extra)
    with db.write("edit", "people") as session:
        session.add_all(people.values())
    return {first: contact.id for first, contact in people.items()}


def add_rows(db, *rows) -> None:
    with db.write("edit", "rows") as session:
        session.add_all(rows)


def test_the_lists_in_display_order():
    assert [s.code for s in SMART_LISTS] == [
        BEST_CUSTOMERS,
        HIGH_POTENTIAL,
        NEW_CUSTOMERS,
        INACTIVE,
        DISSATISFIED,
        FORMER_CUSTOMERS,
        NEVER_CONVERTED,
    ]
    assert smart_list(INACTIVE).name == "Inactive customers"
    assert all(s.name and s.description for s in SMART_LISTS)
    with pytest.raises(KeyError):
        smart_list("nothing")


def test_best_customers_are_champions_and_loyal_live_contacts_by_name(db):
    ids = add_people(db, "Zoé Arnaud", "Bernard Blanc", "Anne Caron", "Denis Dubois")
    gone = add_people(db, "Gaston Girard", deleted_at=DELETED)
    rfm = Rfm(
        TODAY,
        (
            RfmRow(ids["Zoé"], 5, "champions"),
            RfmRow(ids["Bernard"], 40, "loyal"),
            RfmRow(ids["Anne"], 20, "champions"),
            RfmRow(ids["Denis"], 30, "potential_loyalists"),
            RfmRow(gone["Gaston"], 2, "champions"),
        ),
    )
    assert smart_list_ids(db, BEST_CUSTOMERS, rfm) == [ids["Zoé"], ids["Bernard"], ids["Anne"]]


def test_high_potential_without_a_model_uses_the_rfm_segments(db):
    ids = add_people(db, "Anne Arnaud", "Bernard Blanc", "Céline Caron", "Denis Dubois")
    rfm = Rfm(
        TODAY,
        (
            RfmRow(ids["Anne"], 5, "promising"),
            RfmRow(ids["Bernard"], 40, "potential_loyalists"),
            RfmRow(ids["Céline"], 20, "new"),
            RfmRow(ids["Denis"], 30, "champions"),
        ),
    )
    assert smart_list_ids(db, HIGH_POTENTIAL, rfm) == [ids["Anne"], ids["Bernard"]]


def test_high_potential_with_a_model_is_the_best_fifth_of_likely_active_customers(db):
    names = [f"Client{n:02d} Nom{n:02d}" for n in range(12)]
    ids = list(add_people(db, *names).values())
    gone = add_people(db, "Gaston Girard", deleted_at=DELETED)
    values = [500, 300, 300, 100, 50, 40, 30, 20, 10, 5]
    rows = [ClvRow(ids[n], 0.9, float(v)) for n, v in enumerate(values)]
    rows += [
        ClvRow(ids[10], 0.49, 9000.0),  # probably gone: not a candidate
        ClvRow(ids[11], 0.5, 1.0),  # exactly 50 %: a candidate (11 in all)
        ClvRow(gone["Gaston"], 0.9, 8000.0),  # deleted: not a candidate
    ]
    rfm = Rfm(TODAY, ())
    # 11 candidates: the best 20 % is 3 (rounded up); the third value, 300, ties with the
    # second: both are kept.
    assert smart_list_ids(db, HIGH_POTENTIAL, rfm, Clv(tuple(rows))) == ids[:3]
    ten = [r for r in rows if r.contact_id in ids[:10]]
    # 10 candidates: exactly 2, and the value of the second is shared by the third.
    assert smart_list_ids(db, HIGH_POTENTIAL, rfm, Clv(tuple(ten))) == ids[:3]
    assert smart_list_ids(db, HIGH_POTENTIAL, rfm, Clv(tuple(ten[3:]))) == ids[3:5]
    assert smart_list_ids(db, HIGH_POTENTIAL, rfm, Clv(())) == []


def test_new_customers_first_ordered_in_the_last_90_days(db):
    ids = add_people(
        db,
        "Nadia N1",
        "Olivier N2",
        "Pierre N3",
        "Quentin N4",
        "Rose N5",
        "Sarah N6",
    )
    gone = add_people(db, "Gaston N7", deleted_at=DELETED)

    def order(first: str, when: datetime, kind: str = "order", **extra) -> Order:
        contact = ids.get(first) or gone[first]
        return Order(contact_id=contact, ordered_at=when, total_cents=1000, kind=kind, **extra)

    add_rows(
        db,
        order("Nadia", at(2025, 4, 2, 0, 0)),  # day 89 before 30 June: new
        order("Olivier", at(2025, 4, 1, 23, 59)),  # day 90: too old
        order("Pierre", at(2024, 1, 1)),
        order("Pierre", at(2025, 6, 1)),  # came back, not new
        order("Quentin", at(2025, 7, 1)),  # after today: not yet
        order("Rose", at(2025, 1, 1), "credit_note"),  # a credit note is no order
        order("Rose", at(2025, 5, 1)),
        order("Sarah", at(2025, 1, 1), deleted_at=DELETED),  # a deleted order neither
        order("Sarah", at(2025, 5, 1)),
        order("Gaston", at(2025, 5, 1)),  # a deleted contact
    )
    rfm = Rfm(TODAY, ())
    assert smart_list_ids(db, NEW_CUSTOMERS, rfm) == [ids["Nadia"], ids["Rose"], ids["Sarah"]]
    # "Today" is the RFM table's date unless given.
    assert smart_list_ids(db, NEW_CUSTOMERS, Rfm(date(2025, 7, 1), ())) == [
        ids["Quentin"],
        ids["Rose"],
        ids["Sarah"],
    ]
    # On 29 June, the 90 days start on 1 April: Olivier's first order counts.
    assert smart_list_ids(db, NEW_CUSTOMERS, None, today=date(2025, 6, 29)) == [
        ids["Nadia"],
        ids["Olivier"],
        ids["Rose"],
        ids["Sarah"],
    ]


def test_inactive_customers_have_not_ordered_for_more_than_a_year(db):
    ids = add_people(db, "Anne Arnaud", "Bernard Blanc", "Céline Caron")
    gone = add_people(db, "Gaston Girard", deleted_at=DELETED)
    rfm = Rfm(
        TODAY,
        (
            RfmRow(ids["Anne"], 366, "hibernating"),
            RfmRow(ids["Bernard"], 365, "at_risk"),  # exactly a year: not yet
            RfmRow(ids["Céline"], 800, "cant_lose"),
            RfmRow(gone["Gaston"], 900, "hibernating"),
        ),
    )
    assert smart_list_ids(db, INACTIVE, rfm) == [ids["Anne"], ids["Céline"]]


def test_lists_from_rfm_need_an_rfm_table(db):
    with pytest.raises(ValueError):
        smart_list_ids(db, INACTIVE, None)
    with pytest.raises(KeyError):
        smart_list_ids(db, "nothing", None)


def test_dissatisfied_latest_score_of_six_or_less_or_an_open_complaint(db):
    ids = add_people(
        db, "Sam S1", "Sacha S2", "Simon S3", "Sonia S4", "Sophie S5", "Serge S6", "Solal S7"
    )
    ids |= add_people(db, "Salomé S8")
    gone = add_people(db, "Gaston S9", deleted_at=DELETED)

    def talk(first: str, when: datetime, score: int | None = None, scale: int = 10, **extra):
        return Interaction(
            channel="visit",
            occurred_at=when,
            contact_id=ids.get(first) or gone[first],
            satisfaction_score=score,
            satisfaction_scale=scale if score is not None else None,
            **extra,
        )

    add_rows(
        db,
        talk("Sam", at(2025, 1, 1), 2),
        talk("Sam", at(2025, 5, 1), 9),  # latest is 9: happy now
        talk("Sacha", at(2025, 1, 1), 9),
        talk("Sacha", at(2025, 5, 1), 6),  # latest is 6: dissatisfied
        talk("Simon", at(2025, 5, 1), 3, 5),  # 3 out of 5 is 6 out of 10
        talk("Sonia", at(2025, 5, 1), 4, 5),  # 8 out of 10
        talk("Sophie", at(2025, 3, 1), is_complaint=True, complaint_status="open"),
        talk("Serge", at(2025, 3, 1), is_complaint=True, complaint_status="resolved"),
        talk("Solal", at(2025, 5, 1), 9),
        talk("Solal", at(2025, 7, 15), 1),  # after today
        talk("Salomé", at(2025, 1, 1), 8),
        talk("Salomé", at(2025, 5, 1), 1, deleted_at=DELETED),  # deleted
        talk("Gaston", at(2025, 5, 1), 1),  # deleted contact
    )
    assert smart_list_ids(db, DISSATISFIED, None, today=TODAY) == [
        ids["Sacha"],
        ids["Simon"],
        ids["Sophie"],
    ]
    # From 15 July, Solal's latest score is 1.
    assert ids["Solal"] in smart_list_ids(db, DISSATISFIED, None, today=date(2025, 7, 15))


def test_former_customers_and_prospects_never_converted(db):
    former = add_people(db, "Fanny Favre", "Fabrice Achard", status="former")
    add_people(db, "Félix Gone", status="former", deleted_at=DELETED)
    prospects = add_people(
        db, "Paul Prost", "Pia Abel", "Pascal Bordes", "Paola Cazes", status="prospect"
    )
    add_people(db, "Pierre Gone", status="prospect", deleted_at=DELETED)
    customers = add_people(db, "Claire Client")
    add_rows(
        db,
        Order(contact_id=prospects["Pascal"], ordered_at=at(2025, 2, 1), total_cents=900),
        Order(
            contact_id=prospects["Paola"],
            ordered_at=at(2025, 2, 1),
            total_cents=-900,
            kind="credit_note",
        ),
        Order(
            contact_id=prospects["Pia"],
            ordered_at=at(2025, 2, 1),
            total_cents=900,
            deleted_at=DELETED,
        ),
    )
    assert smart_list_ids(db, FORMER_CUSTOMERS, None) == [former["Fabrice"], former["Fanny"]]
    # Abel, Cazes, Prost: no order (a credit note or a deleted order is none); Bordes
    # ordered; Claire is a customer without orders, not a prospect.
    assert smart_list_ids(db, NEVER_CONVERTED, None) == [
        prospects["Pia"],
        prospects["Paola"],
        prospects["Paul"],
    ]
    assert customers["Claire"] not in smart_list_ids(db, NEVER_CONVERTED, None)


def test_lists_accept_the_real_rfm_table(db):
    from app.analytics.rfm import compute_rfm

    ids = add_people(db, "Anne Arnaud", "Bernard Blanc", "Céline Caron")
    add_rows(
        db,
        *(
            Order(contact_id=ids["Anne"], ordered_at=at(2025, 6, d), total_cents=5000)
            for d in (1, 10, 20)
        ),
        Order(contact_id=ids["Bernard"], ordered_at=at(2025, 6, 15), total_cents=1000),
        Order(contact_id=ids["Céline"], ordered_at=at(2023, 1, 15), total_cents=1000),
    )
    rfm = compute_rfm(db, TODAY)
    best = [row.contact_id for row in rfm.rows if row.segment in ("champions", "loyal")]
    assert ids["Anne"] in best
    assert smart_list_ids(db, BEST_CUSTOMERS, rfm) == sorted(best, key=list(ids.values()).index)
    assert smart_list_ids(db, INACTIVE, rfm) == [ids["Céline"]]
    assert smart_list_ids(db, NEW_CUSTOMERS, rfm) == [ids["Anne"], ids["Bernard"]]
