"""The contacts service, validation, interactions and the contact file, on a real database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.contact_file import load_contact_file
from app.contacts import ContactInput, ContactQuery, ContactService
from app.errors import NotFoundError, ValidationError
from app.interactions import MSG_FUTURE, MSG_SCORE, MSG_SUBJECT, InteractionInput, log_interaction
from app.interactions import timeline as interaction_timeline
from app.validation import (
    MSG_CHOICE,
    MSG_EMAIL,
    MSG_NAME,
    MSG_PHONE,
    MSG_POSTCODE,
    MSG_TOO_LONG,
    clean_email,
    clean_postcode,
    clean_text,
    parse_phone,
)
from models import (
    Batch,
    ChangeLogEntry,
    Consent,
    Contact,
    ContactTag,
    Deal,
    Interaction,
    Order,
    OrderLine,
    Pipeline,
    PipelineStage,
    Task,
)
from models.database import Database


@pytest.fixture
def service(db: Database) -> ContactService:
    return ContactService(db)


def make(service: ContactService, **values: object) -> str:
    return service.create(ContactInput(**values))  # type: ignore[arg-type]


def names(service: ContactService, query: ContactQuery) -> list[str]:
    return [row.name for row in service.rows(service.search_ids(query))]


# -- create, edit, delete, restore -------------------------------------------------------


def test_create_stores_cleaned_values_and_numbers_customers(
    db: Database, service: ContactService
) -> None:
    first = make(
        service,
        first_name="  Hélène ",
        last_name="Dupont\u200b",
        email="Helene.Dupont@Example.FR",
        company_name="Boulangerie  Martin",
        tags=["VIP", " VIP ", "Fidèle"],
    )
    second = make(service, last_name="Martin")
    values = service.load_input(first)
    assert values.first_name == "Hélène"
    assert values.last_name == "Dupont"
    # The domain is lower-cased, the local part kept as typed.
    assert values.email == "Helene.Dupont@example.fr"
    assert values.company_name == "Boulangerie Martin"
    assert values.tags == ["Fidèle", "VIP"]
    with db.read() as session:
        numbers = {c.id: c.customer_number for c in session.scalars(select(Contact))}
        batch = session.scalar(select(Batch).where(Batch.label.like("New contact Hélène%")))
    assert numbers == {first: "C-000001", second: "C-000002"}
    assert batch is not None and batch.kind == "create"


def test_update_changes_the_fields_and_logs_old_and_new(
    db: Database, service: ContactService
) -> None:
    contact_id = make(service, first_name="Jean", last_name="Valjean", city="Lyon")
    values = service.load_input(contact_id)
    values.city = "Paris"
    values.status = "customer"
    service.update(contact_id, values)
    assert service.load_input(contact_id).city == "Paris"
    with db.read() as session:
        entry = session.scalar(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.entity_id == contact_id, ChangeLogEntry.op == "update")
            .order_by(ChangeLogEntry.hlc.desc())
        )
    assert entry is not None
    assert entry.changes["city"] == ["Lyon", "Paris"]
    assert entry.changes["status"] == ["prospect", "customer"]


def test_update_of_a_missing_contact_says_so(service: ContactService) -> None:
    with pytest.raises(NotFoundError) as caught:
        service.update("no-such-id", ContactInput(last_name="X"))
    assert "no longer exists" in caught.value.template


def test_delete_hides_and_restore_brings_back(db: Database, service: ContactService) -> None:
    kept = make(service, last_name="Kept")
    gone = make(service, last_name="Gone")
    assert service.delete([gone]) == 1
    assert service.delete([gone]) == 0  # already deleted
    assert service.search_ids(ContactQuery()) == [kept]
    assert service.search_ids(ContactQuery(deleted=True)) == [gone]
    assert service.search_ids(ContactQuery(text="Gone")) == []
    assert service.count(ContactQuery()) == 1
    assert load_contact_file(db, gone).deleted_at is not None
    assert service.restore([gone]) == 1
    assert service.restore([gone]) == 0
    assert set(service.search_ids(ContactQuery())) == {kept, gone}
    assert service.search_ids(ContactQuery(text="Gone")) == [gone]
    assert load_contact_file(db, gone).deleted_at is None


# -- validation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"last_name": "A", "email": "not-an-email"}, "email", MSG_EMAIL),
        ({"last_name": "A", "email": "a@b"}, "email", MSG_EMAIL),
        ({"last_name": "A", "email2": "two@@example.com"}, "email2", MSG_EMAIL),
        ({"last_name": "A", "phone": "12"}, "phone", MSG_PHONE),
        ({"last_name": "A", "mobile": "06 12 34"}, "mobile", MSG_PHONE),
        ({"last_name": "A", "phone": "call me"}, "phone", MSG_PHONE),
        ({"last_name": "A", "postcode": "ABCDE"}, "postcode", MSG_POSTCODE),
        ({"last_name": "A", "postcode": "99999"}, "postcode", MSG_POSTCODE),
        ({"last_name": "A", "postcode": "123"}, "postcode", MSG_POSTCODE),
        ({"first_name": "  ", "last_name": ""}, "last_name", MSG_NAME),
        ({"last_name": "A" * 201}, "last_name", MSG_TOO_LONG),
        ({"last_name": "A", "city": "B" * 201}, "city", MSG_TOO_LONG),
        ({"last_name": "A", "status": "vip"}, "status", MSG_CHOICE),
        ({"last_name": "A", "relationship_stage": "love"}, "relationship_stage", MSG_CHOICE),
    ],
)
def test_bad_input_is_refused_with_a_message(
    service: ContactService, values: dict[str, object], field: str, message: str
) -> None:
    data = ContactInput(**values)  # type: ignore[arg-type]
    assert service.validate(data)[field] == message
    with pytest.raises(ValidationError) as caught:
        service.create(data)
    assert caught.value.fields[field] == message
    assert service.count(ContactQuery()) == 0


def test_every_bad_field_is_reported_at_once(service: ContactService) -> None:
    errors = service.validate(ContactInput(last_name="A", email="x@", phone="1", postcode="A1"))
    assert set(errors) == {"email", "phone", "postcode"}


def test_an_email_alone_is_enough_for_a_name(service: ContactService) -> None:
    contact_id = make(service, email="solo@example.com")
    assert service.rows([contact_id])[0].name == "solo@example.com"


def test_a_foreign_postcode_is_not_checked_as_french(service: ContactService) -> None:
    contact_id = make(service, last_name="Smith", postcode="sw1a 1aa", country="GB")
    assert service.load_input(contact_id).postcode == "SW1A1AA"


@pytest.mark.parametrize(
    "typed",
    [
        "06 12 34 56 78",
        "06.12.34.56.78",
        "0612345678",
        "06-12-34-56-78",
        "+33 6 12 34 56 78",
        "+33 (0)6 12 34 56 78",
        "0033 6 12 34 56 78",
    ],
)
def test_french_phones_are_normalised_to_e164(
    db: Database, service: ContactService, typed: str
) -> None:
    contact_id = make(service, last_name="Phone", mobile=typed)
    with db.read() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        assert contact.mobile_e164 == "+33612345678"
        assert contact.mobile == typed  # shown as the user typed it


def test_a_foreign_phone_keeps_its_country(db: Database, service: ContactService) -> None:
    contact_id = make(service, last_name="London", phone="+44 20 7946 0958")
    with db.read() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        assert contact.phone_e164 == "+442079460958"
    phone = parse_phone("020 7946 0958", "GB")
    assert phone is not None and phone.e164 == "+442079460958"


def test_postcode_lost_leading_zero_is_repaired(service: ContactService) -> None:
    contact_id = make(service, last_name="Bourg", postcode="1000", city="Bourg-en-Bresse")
    assert service.load_input(contact_id).postcode == "01000"
    assert clean_postcode("1000") == "01000"
    assert clean_postcode(" 75 011 ") == "75011"
    assert clean_postcode("") is None


def test_cleaning_helpers() -> None:
    assert clean_text("  a\u00a0 b\u200b\tc  ") == "a b c"
    assert clean_text(None) == ""
    assert clean_email(" Jo@EXAMPLE.com ") == "Jo@example.com"
    assert clean_email("") is None
    with pytest.raises(ValueError, match="not valid"):
        clean_email("jo@example")
    assert parse_phone("") is None


# -- search, filters and sorting -----------------------------------------------------------


@pytest.fixture
def people(service: ContactService) -> dict[str, str]:
    return {
        "helene": make(
            service,
            first_name="Hélène",
            last_name="Martin",
            city="Paris",
            postcode="75011",
            status="customer",
            mobile="06 12 34 56 78",
            company_name="Boulangerie du Coin",
            tags=["VIP"],
        ),
        "helene_plain": make(
            service,
            first_name="Helene",
            last_name="Dupont",
            city="Lyon",
            postcode="69001",
            tags=["VIP", "Newsletter"],
        ),
        "emile": make(service, first_name="Émile", last_name="Zola", city="Paris"),
        "bob": make(
            service,
            first_name="Bob",
            last_name="Eluard",
            city="Lyon",
            status="customer",
            phone="04 78 00 00 00",
            company_name="Alpha Conseil",
        ),
    }


def test_search_ignores_accents_both_ways(service: ContactService, people: dict[str, str]) -> None:
    both = {people["helene"], people["helene_plain"]}
    assert set(service.search_ids(ContactQuery(text="helene"))) == both
    assert set(service.search_ids(ContactQuery(text="Hélène"))) == both
    assert set(service.search_ids(ContactQuery(text="HELENE mart"))) == {people["helene"]}
    assert service.search_ids(ContactQuery(text="emile")) == [people["emile"]]


def test_search_by_phone_digits_company_and_punctuation(
    service: ContactService, people: dict[str, str]
) -> None:
    assert service.search_ids(ContactQuery(text="0612")) == [people["helene"]]
    assert service.search_ids(ContactQuery(text="06 12 34")) == [people["helene"]]
    assert service.search_ids(ContactQuery(text="+33612")) == [people["helene"]]
    assert service.search_ids(ContactQuery(text="boulangerie")) == [people["helene"]]
    assert service.search_ids(ContactQuery(text="alpha cons")) == [people["bob"]]
    assert service.search_ids(ContactQuery(text="nobody-like-this")) == []
    assert service.search_ids(ContactQuery(text='"*()')) == []


def test_a_search_everyone_matches_keeps_the_list_order_and_leaves_out_the_deleted(
    service: ContactService,
) -> None:
    # Every live contact has a "0" in an indexed field: the search short-cuts to the list.
    ids = [
        make(service, first_name=first, last_name=last, postcode=postcode)
        for first, last, postcode in (
            ("Émile", "Zola", "75005"),
            ("Bob", "Eluard", "69001"),
            ("Hélène", "Martin", "13001"),
        )
    ]
    gone = make(service, first_name="Zoé", last_name="Absente", postcode="75001")
    service.delete([gone])
    everyone = service.search_ids(ContactQuery(sort="name"))
    assert everyone == [ids[1], ids[2], ids[0]]
    assert service.search_ids(ContactQuery(text="0", sort="name")) == everyone
    assert service.search_ids(ContactQuery(text="0", descending=True)) == everyone[::-1]
    assert service.search_ids(ContactQuery(text="75")) == [ids[0]]
    some = frozenset({ids[0], ids[1]})
    assert service.search_ids(ContactQuery(text="0", ids=some)) == [ids[1], ids[0]]
    # When only some match, they come in the list's order too.
    other = make(service, first_name="Anne", last_name="Aubert", postcode="69100")
    assert service.search_ids(ContactQuery(text="69")) == [other, ids[1]]
    assert service.search_ids(ContactQuery(text="69", descending=True)) == [ids[1], other]


def test_filters_by_status_tag_and_city(service: ContactService, people: dict[str, str]) -> None:
    customers = service.search_ids(ContactQuery(status="customer"))
    assert set(customers) == {people["helene"], people["bob"]}
    assert set(service.search_ids(ContactQuery(tag="VIP"))) == {
        people["helene"],
        people["helene_plain"],
    }
    assert service.search_ids(ContactQuery(tag="Newsletter")) == [people["helene_plain"]]
    assert set(service.search_ids(ContactQuery(city="Paris"))) == {
        people["helene"],
        people["emile"],
    }
    combined = ContactQuery(city="Lyon", status="customer")
    assert service.search_ids(combined) == [people["bob"]]
    assert service.count(combined) == 1
    assert service.search_ids(ContactQuery(text="helene", tag="VIP", city="Lyon")) == [
        people["helene_plain"]
    ]
    assert service.cities() == ["Lyon", "Paris"]  # as many in each: by name


def test_sorting_by_name_folds_accents(service: ContactService, people: dict[str, str]) -> None:
    extra = make(service, first_name="Anne", last_name="Émery")
    ascending = service.search_ids(ContactQuery(sort="name"))
    # Dupont, Eluard, Émery, Martin, Zola: "Émery" sorts with the E's, not after Z.
    assert ascending == [
        people["helene_plain"],
        people["bob"],
        extra,
        people["helene"],
        people["emile"],
    ]
    assert service.search_ids(ContactQuery(sort="name", descending=True)) == ascending[::-1]


def test_sorting_by_company(service: ContactService, people: dict[str, str]) -> None:
    ids = service.search_ids(ContactQuery(sort="company"))
    assert ids.index(people["bob"]) < ids.index(people["helene"])  # Alpha before Boulangerie
    descending = service.search_ids(ContactQuery(sort="company", descending=True))
    assert descending.index(people["helene"]) < descending.index(people["bob"])


def test_rows_keep_the_order_asked_and_carry_tags(
    service: ContactService, people: dict[str, str]
) -> None:
    order = [people["emile"], people["helene_plain"], "missing-id", people["bob"]]
    rows = service.rows(order)
    assert [r.id for r in rows] == [people["emile"], people["helene_plain"], people["bob"]]
    assert rows[0].name == "Émile Zola"
    assert rows[1].tags == ("Newsletter", "VIP")
    assert rows[2].company == "Alpha Conseil"
    assert rows[2].phone == "04 78 00 00 00"
    assert service.rows([people["helene"]])[0].phone == "06 12 34 56 78"  # mobile when no phone
    assert service.rows([]) == []


# -- duplicates ----------------------------------------------------------------------------


def test_duplicates_by_email_phone_and_name(service: ContactService) -> None:
    original = make(
        service,
        first_name="Hélène",
        last_name="Dupont",
        email="helene@example.com",
        mobile="06 12 34 56 78",
        postcode="75011",
        city="Paris",
    )
    by_email = service.find_duplicates(ContactInput(last_name="X", email="HELENE@example.com"))
    assert [(c.id, c.reason) for c in by_email] == [(original, "email")]
    by_phone = service.find_duplicates(ContactInput(last_name="Y", phone="+33 6 12 34 56 78"))
    assert [(c.id, c.reason) for c in by_phone] == [(original, "phone")]
    by_name = service.find_duplicates(
        ContactInput(first_name="Helene", last_name="Dupond", postcode="75011")
    )
    assert [(c.id, c.reason) for c in by_name] == [(original, "name")]
    assert by_name[0].score >= 88


def test_same_name_elsewhere_or_self_is_not_a_duplicate(service: ContactService) -> None:
    original = make(service, first_name="Hélène", last_name="Dupont", postcode="75011")
    elsewhere = ContactInput(first_name="Hélène", last_name="Dupont", postcode="13001")
    assert service.find_duplicates(elsewhere) == []
    same = ContactInput(first_name="Hélène", last_name="Dupont", postcode="75011")
    assert [c.id for c in service.find_duplicates(same)] == [original]
    assert service.find_duplicates(same, exclude_id=original) == []
    different = ContactInput(first_name="Marc", last_name="Durand", postcode="75011")
    assert service.find_duplicates(different) == []


def test_deleted_contacts_are_not_duplicates(service: ContactService) -> None:
    original = make(service, last_name="Gone", email="gone@example.com")
    service.delete([original])
    assert service.find_duplicates(ContactInput(email="gone@example.com")) == []


# -- tags ----------------------------------------------------------------------------------


def test_add_and_remove_tags_in_one_batch(db: Database, service: ContactService) -> None:
    first = make(service, last_name="One", tags=["Old"])
    second = make(service, last_name="Two")
    assert service.add_tags([first, second], ["VIP", "Salon 2025", "VIP"]) == 4
    assert service.add_tags([first, second], ["VIP"]) == 0  # already there
    with db.read() as session:
        batch = session.scalar(
            select(Batch).where(Batch.kind == "mass_edit").order_by(Batch.created_at)
        )
        assert batch is not None
        links = session.scalar(
            select(func.count())
            .select_from(ChangeLogEntry)
            .where(ChangeLogEntry.batch_id == batch.id, ChangeLogEntry.entity == "contact_tags")
        )
    assert links == 4
    assert service.rows([first])[0].tags == ("Old", "Salon 2025", "VIP")
    counts = {tag.name: tag.contacts for tag in service.tags()}
    assert counts == {"Old": 1, "Salon 2025": 2, "VIP": 2}
    assert service.remove_tags([first, second], ["VIP"]) == 2
    assert service.rows([first, second])[1].tags == ("Salon 2025",)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(ContactTag)) == 3


def test_tags_are_not_put_on_deleted_contacts(service: ContactService) -> None:
    gone = make(service, last_name="Gone")
    service.delete([gone])
    assert service.add_tags([gone], ["VIP"]) == 0


# -- interactions --------------------------------------------------------------------------


def test_log_interaction_validates(service: ContactService, db: Database) -> None:
    contact_id = make(service, last_name="Caller")
    with pytest.raises(ValidationError) as caught:
        log_interaction(db, InteractionInput(contact_id=contact_id, subject=" ", body=""))
    assert caught.value.fields == {"subject": MSG_SUBJECT}
    with pytest.raises(ValidationError) as caught:
        log_interaction(
            db, InteractionInput(contact_id=contact_id, subject="Hi", satisfaction_score=11)
        )
    assert caught.value.fields == {"satisfaction_score": MSG_SCORE}
    future = datetime.now(UTC) + timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        log_interaction(
            db, InteractionInput(contact_id=contact_id, subject="Hi", occurred_at=future)
        )
    assert caught.value.fields == {"occurred_at": MSG_FUTURE}
    with pytest.raises(ValueError, match="unknown channel"):
        log_interaction(db, InteractionInput(contact_id=contact_id, subject="Hi", channel="fax"))
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)) == 0


def test_log_interaction_stores_it_for_the_contact_and_company(
    service: ContactService, db: Database
) -> None:
    contact_id = make(service, last_name="Caller", company_name="Acme")
    interaction_id = log_interaction(
        db,
        InteractionInput(
            contact_id=contact_id,
            channel="email",
            direction="in",
            subject="  Question   about order ",
            body="Body only is fine too",
            outcome="Answered",
            satisfaction_score=7,
            is_complaint=True,
        ),
    )
    with db.read() as session:
        interaction = session.get(Interaction, interaction_id)
        contact = session.get(Contact, contact_id)
        assert interaction is not None and contact is not None
        assert interaction.subject == "Question about order"
        assert interaction.company_id == contact.company_id is not None
        assert interaction.satisfaction_scale == 10
        assert interaction.complaint_status == "open"
        assert interaction.user_id == db.user_id
    body_only = log_interaction(db, InteractionInput(contact_id=contact_id, body="Just a body"))
    assert body_only


def test_timeline_is_newest_first(service: ContactService, db: Database) -> None:
    contact_id = make(service, last_name="Busy")
    other = make(service, last_name="Other")
    now = datetime.now(UTC)
    for days, subject in ((10, "old"), (1, "recent"), (5, "middle")):
        log_interaction(
            db,
            InteractionInput(
                contact_id=contact_id, subject=subject, occurred_at=now - timedelta(days=days)
            ),
        )
    log_interaction(db, InteractionInput(contact_id=other, subject="not mine"))
    entries = interaction_timeline(db, contact_id)
    assert [e.subject for e in entries] == ["recent", "middle", "old"]
    assert all(e.user for e in entries)
    assert [e.subject for e in load_contact_file(db, contact_id).interactions] == [
        "recent",
        "middle",
        "old",
    ]


# -- the contact file ----------------------------------------------------------------------


def _order(
    contact_id: str,
    number: str,
    when: datetime,
    total: int,
    lines: int = 1,
    kind: str = "order",
) -> list[Order | OrderLine]:
    order = Order(
        number=number, kind=kind, contact_id=contact_id, ordered_at=when, total_cents=total
    )
    rows: list[Order | OrderLine] = [order]
    for position in range(lines):
        rows.append(
            OrderLine(
                order_id=order.id,
                description=f"line {position}",
                amount_cents=total // lines,
                position=position,
            )
        )
    return rows


def test_contact_file_purchase_figures(service: ContactService, db: Database) -> None:
    contact_id = make(service, first_name="Ana", last_name="Buyer")
    other = make(service, last_name="Other")
    first = datetime(2025, 1, 10, 9, 30, tzinfo=UTC)
    last = datetime(2025, 6, 1, 17, 0, tzinfo=UTC)
    with db.write("import", "orders") as session:
        for rows in (
            _order(contact_id, "CMD-1", first, 10000, lines=2),
            _order(contact_id, "CMD-2", last, 5000, lines=3),
            _order(contact_id, "AV-1", datetime(2025, 3, 1, tzinfo=UTC), -2000, kind="credit_note"),
            _order(other, "CMD-X", datetime(2025, 2, 1, tzinfo=UTC), 99999),
        ):
            session.add(rows[0])
            session.flush()
            session.add_all(rows[1:])
            session.flush()
        gone = _order(contact_id, "CMD-DEL", datetime(2025, 7, 1, tzinfo=UTC), 7777)[0]
        gone.deleted_at = datetime.now(UTC)
        session.add(gone)
    data = load_contact_file(db, contact_id)
    assert data.order_count == 2  # credit notes are not orders
    assert data.total_spent_cents == 13000  # net of the credit note
    assert data.average_basket_cents == 6500
    assert data.first_purchase == first
    assert data.last_purchase == last
    assert [(o.number, o.kind, o.lines) for o in data.orders] == [
        ("CMD-2", "order", 3),
        ("AV-1", "credit_note", 1),
        ("CMD-1", "order", 2),
    ]
    assert data.orders[1].total_cents == -2000


def test_contact_file_without_orders(service: ContactService, db: Database) -> None:
    data = load_contact_file(db, make(service, last_name="New"))
    assert (data.order_count, data.total_spent_cents, data.average_basket_cents) == (0, 0, 0)
    assert data.first_purchase is None and data.last_purchase is None
    assert data.orders == () and data.interactions == ()


def test_contact_file_identity_consents_deals_and_tasks(
    service: ContactService, db: Database
) -> None:
    contact_id = make(
        service,
        civility="mrs",
        first_name="Hélène",
        last_name="Dupont",
        email="helene@example.com",
        company_name="Boulangerie Martin",
        job_title="Gérante",
        relationship_stage="commitment",
        preferred_channel="email",
        birthday=date(1980, 5, 2),
        tags=["VIP", "Fidèle"],
    )
    now = datetime.now(UTC)
    with db.write("edit", "setup") as session:
        session.add_all(
            [
                Consent(
                    contact_id=contact_id,
                    channel="email",
                    status="granted",
                    recorded_at=now - timedelta(days=30),
                ),
                Consent(
                    contact_id=contact_id,
                    channel="email",
                    status="withdrawn",
                    recorded_at=now - timedelta(days=1),
                ),
                Consent(contact_id=contact_id, channel="sms", status="refused", recorded_at=now),
            ]
        )
        pipeline = Pipeline(name="Sales")
        session.add(pipeline)
        session.flush()
        stage = PipelineStage(pipeline_id=pipeline.id, name="Proposal")
        session.add(stage)
        session.flush()
        session.add_all(
            [
                Deal(
                    title="Open deal",
                    contact_id=contact_id,
                    pipeline_id=pipeline.id,
                    stage_id=stage.id,
                    amount_cents=150000,
                ),
                Deal(
                    title="Won deal",
                    contact_id=contact_id,
                    pipeline_id=pipeline.id,
                    stage_id=stage.id,
                    status="won",
                ),
                Task(title="Later", contact_id=contact_id, due_at=now + timedelta(days=3)),
                Task(title="Soon", contact_id=contact_id, due_at=now + timedelta(days=1)),
                Task(title="Done", contact_id=contact_id, done_at=now),
            ]
        )
    data = load_contact_file(db, contact_id)
    assert (data.civility, data.display_name, data.company_name) == (
        "mrs",
        "Hélène Dupont",
        "Boulangerie Martin",
    )
    assert data.tags == ("Fidèle", "VIP")
    assert data.birthday == date(1980, 5, 2)
    assert data.customer_number == "C-000001"
    assert {(c.channel, c.status) for c in data.consents} == {
        ("email", "withdrawn"),  # the latest for the channel wins
        ("sms", "refused"),
    }
    assert [(d.title, d.stage, d.amount_cents) for d in data.open_deals] == [
        ("Open deal", "Proposal", 150000)
    ]
    assert [t.title for t in data.open_tasks] == ["Soon", "Later"]


def test_contact_file_of_a_missing_contact(db: Database) -> None:
    with pytest.raises(NotFoundError):
        load_contact_file(db, "no-such-contact")


# -- custom fields in the list ------------------------------------------------------------


@pytest.fixture
def with_custom(db: Database, service: ContactService, people: dict[str, str]) -> dict[str, str]:
    from app.custom_fields import create_field

    create_field(db, "contact", "Pointure", "number")
    create_field(db, "contact", "Vin", "choice", ["Rouge", "Blanc", "Rosé"])
    create_field(db, "contact", "Carte", "bool")
    values = {
        "helene": {"pointure": "38", "vin": "Blanc", "carte": True},
        "helene_plain": {"pointure": "41,5", "vin": "Rouge"},
        "emile": {"carte": False},
        "bob": {"pointure": "44", "vin": "Blanc", "carte": True},
    }
    for name, custom in values.items():
        data = service.load_input(people[name])
        data.custom = custom
        service.update(people[name], data)
    return people


def test_custom_filters_combine_with_search_and_other_filters(
    service: ContactService, with_custom: dict[str, str]
) -> None:
    from app.custom_fields import CustomFilter

    people = with_custom
    big = (CustomFilter("pointure", "gt", 40),)
    assert set(service.search_ids(ContactQuery(custom=big))) == {
        people["helene_plain"],
        people["bob"],
    }
    assert service.count(ContactQuery(custom=big)) == 2
    assert service.search_ids(ContactQuery(text="helene", custom=big)) == [people["helene_plain"]]
    assert service.search_ids(ContactQuery(city="Lyon", custom=big, status="customer")) == [
        people["bob"]
    ]
    both = (CustomFilter("vin", "equals", "Blanc"), CustomFilter("carte", "yes"))
    assert set(service.search_ids(ContactQuery(custom=both))) == {people["helene"], people["bob"]}
    assert service.search_ids(ContactQuery(custom=(CustomFilter("pointure", "empty"),))) == [
        people["emile"]
    ]
    # A filter on a field deleted since is ignored rather than failing.
    gone = (CustomFilter("nothing", "yes"),)
    assert len(service.search_ids(ContactQuery(custom=gone))) == 4


def test_sorting_on_a_custom_field_keeps_empty_values_last(
    service: ContactService, with_custom: dict[str, str]
) -> None:
    people = with_custom
    order = [people["helene"], people["helene_plain"], people["bob"], people["emile"]]
    assert service.search_ids(ContactQuery(sort="custom:pointure")) == order
    descending = service.search_ids(ContactQuery(sort="custom:pointure", descending=True))
    assert descending == [people["bob"], people["helene_plain"], people["helene"], people["emile"]]
    # With search text (the fast path through the cached order) and with a filter (SQL).
    assert service.search_ids(ContactQuery(text="helene", sort="custom:pointure")) == [
        people["helene"],
        people["helene_plain"],
    ]
    assert service.search_ids(ContactQuery(city="Paris", sort="custom:vin")) == [
        people["helene"],
        people["emile"],
    ]
    # Choices sort in their own order (Rouge, Blanc, Rosé); ties by name.
    assert service.search_ids(ContactQuery(sort="custom:vin")) == [
        people["helene_plain"],
        people["bob"],
        people["helene"],
        people["emile"],
    ]
    rows = service.rows([people["bob"]])
    assert rows[0].custom == {"pointure": 44, "vin": "Blanc", "carte": True}


def test_custom_values_are_validated_on_save(
    service: ContactService, with_custom: dict[str, str]
) -> None:
    from app.custom_fields import MSG_NUMBER, update_field

    people = with_custom
    data = service.load_input(people["bob"])
    data.custom = {**data.custom, "pointure": "grand"}
    assert service.validate(data) == {"custom:pointure": MSG_NUMBER}
    with pytest.raises(ValidationError) as caught:
        service.update(people["bob"], data)
    assert caught.value.fields == {"custom:pointure": MSG_NUMBER}
    # A choice removed since is kept when the contact is saved without changing it.
    update_field(service.db, "contact", "vin", choices=["Rouge", "Rosé"])
    data = service.load_input(people["bob"])
    assert service.validate(data, people["bob"]) == {}
    assert service.validate(data) == {"custom:vin": MSG_CHOICE}
    data.first_name = "Robert"
    service.update(people["bob"], data)
    assert service.load_input(people["bob"]).custom["vin"] == "Blanc"


def test_readable_phone_writes_numbers_as_people_read_them() -> None:
    from app.validation import readable_phone

    assert readable_phone("0792649846") == "07 92 64 98 46"
    assert readable_phone("+33247541554") == "02 47 54 15 54"
    assert readable_phone("06-52-34-88-38") == "06 52 34 88 38"
    assert readable_phone("+44 20 7946 0958") == "+44 20 7946 0958"
    assert readable_phone("poste 12") == "poste 12"  # not a number: as typed
    assert readable_phone(None) == ""
