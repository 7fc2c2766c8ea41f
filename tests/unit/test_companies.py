"""CompanyService: validation, create/edit/delete/restore, tags, duplicates, list and search."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.companies import (
    MSG_COMPANY_NAME,
    MSG_WEBSITE,
    CompanyInput,
    CompanyQuery,
    CompanyService,
    clean_website,
)
from app.errors import NotFoundError, ValidationError
from app.identifiers import (
    MSG_SIREN_CHECK,
    MSG_SIREN_LENGTH,
    MSG_SIRET_NOT_SIREN,
    MSG_VAT_NOT_SIREN,
)
from app.validation import MSG_CHOICE, MSG_EMAIL, MSG_PHONE, MSG_POSTCODE
from models import (
    ChangeLogEntry,
    Company,
    CompanyTag,
    Contact,
    CustomFieldDefinition,
    Interaction,
    Order,
    utcnow,
)
from models.enums import BatchKind, OrderKind

SIREN = "732829320"
SIRET = "73282932000074"
VAT = "FR44732829320"


@pytest.fixture
def service(db) -> CompanyService:
    return CompanyService(db)


def make(service: CompanyService, name: str, **values: object) -> str:
    return service.create(CompanyInput(name=name, **values))  # type: ignore[arg-type]


def add_person(db, company_id: str | None, first: str, last: str = "Martin") -> str:
    with db.write(BatchKind.CREATE, "person") as session:
        contact = Contact(first_name=first, last_name=last, company_id=company_id)
        session.add(contact)
        session.flush()
        return contact.id


def add_order(db, cents: int, *, days_ago: int, company_id=None, contact_id=None, kind="order"):
    with db.write(BatchKind.CREATE, "order") as session:
        session.add(
            Order(
                kind=kind,
                company_id=company_id,
                contact_id=contact_id,
                ordered_at=utcnow() - timedelta(days=days_ago),
                total_cents=cents,
            )
        )


def add_interaction(db, *, days_ago: int, company_id=None, contact_id=None, deleted=False):
    with db.write(BatchKind.CREATE, "interaction") as session:
        session.add(
            Interaction(
                channel="phone",
                occurred_at=utcnow() - timedelta(days=days_ago),
                subject="Appel",
                company_id=company_id,
                contact_id=contact_id,
                deleted_at=utcnow() if deleted else None,
            )
        )


def names(service: CompanyService, query: CompanyQuery) -> list[str]:
    return [row.name for row in service.rows(service.search_ids(query))]


# -- validation and storing ------------------------------------------------------------------


def test_a_company_is_stored_with_bare_identifiers_and_clean_values(db, service):
    company_id = make(
        service,
        "  Hôtel   du Théâtre ",
        legal_name="SAS HOTEL DU THEATRE",
        siren="732 829 320",
        siret="732\u00a0829\u00a0320\u00a000074",
        vat_number="fr 44 732 829 320",
        sector="Hôtellerie",
        size="10-49",
        email="Contact@Hotel-Theatre.FR",
        phone="02 47 05 12 34",
        website="www.hotel-theatre.fr",
        address_line1="12 rue Colbert",
        postcode="37000",
        city="Tours",
    )
    with db.read() as session:
        company = session.get(Company, company_id)
        assert company.name == "Hôtel du Théâtre"
        assert company.sort_name == "hotel du theatre"
        assert (company.siren, company.siret, company.vat_number) == (SIREN, SIRET, VAT)
        assert company.email == "Contact@hotel-theatre.fr"
        assert company.phone_e164 == "+33247051234"
        assert company.website == "https://www.hotel-theatre.fr"
        assert company.country == "FR"
        assert company.delivery_city is None and company.delivery_country is None
    data = service.load_input(company_id)
    assert data.siret == SIRET and data.size == "10-49" and data.city == "Tours"


def test_the_siret_gives_the_siren_when_it_is_not_typed(db, service):
    company_id = make(service, "Le Zinc", siret="732 829 320 00074")
    with db.read() as session:
        assert session.get(Company, company_id).siren == SIREN


def test_each_mistake_is_named_with_its_reason(service):
    errors = service.validate(
        CompanyInput(
            name=" ",
            siren="73282932",
            email="nobody@",
            phone="12",
            postcode="750",
            website="not a site",
            size="huge",
        )
    )
    assert errors == {
        "name": MSG_COMPANY_NAME,
        "siren": MSG_SIREN_LENGTH,
        "email": MSG_EMAIL,
        "phone": MSG_PHONE,
        "postcode": MSG_POSTCODE,
        "website": MSG_WEBSITE,
        "size": MSG_CHOICE,
    }
    assert service.validate(CompanyInput(name="X", siren="732829321")) == {"siren": MSG_SIREN_CHECK}


def test_the_siret_and_vat_number_must_be_those_of_the_siren(service):
    errors = service.validate(
        CompanyInput(name="X", siren="552008443", siret=SIRET, vat_number=VAT)
    )
    assert errors == {"siret": MSG_SIRET_NOT_SIREN, "vat_number": MSG_VAT_NOT_SIREN}
    assert service.validate(CompanyInput(name="X", siren=SIREN, siret=SIRET, vat_number=VAT)) == {}


def test_an_invalid_company_is_not_written(db, service):
    with pytest.raises(ValidationError) as caught:
        make(service, "", siren="1")
    assert set(caught.value.fields) == {"name", "siren"}
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Company)) == 0


def test_the_delivery_address_is_checked_against_its_own_country(db, service):
    errors = service.validate(
        CompanyInput(name="X", delivery_city="Bruxelles", delivery_postcode="B-1000")
    )
    assert errors == {"delivery_postcode": MSG_POSTCODE}  # France by default
    company_id = make(
        service,
        "X",
        delivery_address_line1="Rue Haute 5",
        delivery_city="Bruxelles",
        delivery_postcode="1000",
        delivery_country="be",
    )
    with db.read() as session:
        company = session.get(Company, company_id)
        assert (company.delivery_postcode, company.delivery_country) == ("1000", "BE")


def test_sizes_are_the_insee_ranges_and_the_legacy_code_is_kept(service):
    for code in ("0", "1-9", "10-49", "50-249", "250-4999", "5000+", "250+"):
        assert service.validate(CompanyInput(name="X", size=code)) == {}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("example.fr", "https://example.fr"),
        ("HTTP://Example.fr/contact", "http://Example.fr/contact"),
        ("https://www.cave-à-vins.fr", "https://www.cave-à-vins.fr"),
        ("", None),
    ],
)
def test_websites_get_a_scheme(typed, stored):
    assert clean_website(typed) == stored


def test_editing_changes_values_and_tags_in_one_batch(db, service):
    company_id = make(service, "Le Zinc", city="Tours", tags=["VIP", "Vins"])
    data = service.load_input(company_id)
    assert data.tags == ["VIP", "Vins"]
    data.city = "Amboise"
    data.tags = ["Vins", "Salon"]
    service.update(company_id, data)
    assert service.load_input(company_id).tags == ["Salon", "Vins"]
    assert service.load_input(company_id).city == "Amboise"
    with db.read() as session:
        batches = session.scalars(
            select(ChangeLogEntry.batch_id)
            .where(ChangeLogEntry.entity.in_(("companies", "company_tags")))
            .distinct()
        ).all()
    assert len(batches) == 2  # the creation and the edit


def test_a_missing_company_is_reported(service):
    with pytest.raises(NotFoundError):
        service.load_input("nope")


# -- delete, restore, tags -----------------------------------------------------------------


def test_deleted_companies_leave_the_list_and_come_back(db, service):
    a = make(service, "Alpha")
    b = make(service, "Beta")
    person = add_person(db, a, "Anne")
    assert service.delete([a]) == 1
    assert names(service, CompanyQuery()) == ["Beta"]
    assert names(service, CompanyQuery(deleted=True)) == ["Alpha"]
    with db.read() as session:
        assert session.get(Contact, person).company_id == a  # people are kept
    assert service.restore([a, b]) == 1
    assert names(service, CompanyQuery()) == ["Alpha", "Beta"]


def test_tags_are_put_on_and_taken_off_several_companies(db, service):
    a, b = make(service, "Alpha"), make(service, "Beta", tags=["VIP"])
    assert service.add_tags([a, b], ["VIP", " Salon "]) == 3
    assert service.add_tags([a, b], ["VIP"]) == 0
    assert names(service, CompanyQuery(tag="Salon")) == ["Alpha", "Beta"]
    assert service.remove_tags([a], ["VIP"]) == 1
    assert names(service, CompanyQuery(tag="VIP")) == ["Beta"]
    infos = {info.name: info.companies for info in service.tags()}
    assert infos == {"Salon": 2, "VIP": 1}
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(CompanyTag)) == 3


# -- duplicates ------------------------------------------------------------------------------


def test_duplicates_by_identifier_or_similar_name_in_the_same_city(service):
    existing = make(service, "Hôtel du Théâtre", siren=SIREN, city="Tours", postcode="37000")
    make(service, "Hotel du Theatre", city="Lyon")
    by_siret = service.find_duplicates(CompanyInput(name="Autre", siret=SIRET))
    assert [(d.id, d.reason) for d in by_siret] == [(existing, "siren")]
    by_vat = service.find_duplicates(CompanyInput(name="Autre", vat_number=VAT))
    assert [d.reason for d in by_vat] == ["siren"]  # the VAT number gives the SIREN
    by_name = service.find_duplicates(CompanyInput(name="Hotel du theatre", city="tours"))
    assert [(d.id, d.reason) for d in by_name] == [(existing, "name")]
    assert service.find_duplicates(CompanyInput(name="Hôtel de la Gare", city="Tours")) == []
    assert service.find_duplicates(CompanyInput(name="X", siren=SIREN), exclude_id=existing) == []


# -- the list --------------------------------------------------------------------------------


@pytest.fixture
def trio(db, service) -> dict[str, str]:
    ids = {
        "cedre": make(
            service,
            "Hôtel Le Cèdre Bleu",
            siren=SIREN,
            siret=SIRET,
            vat_number=VAT,
            sector="Hôtellerie",
            size="50-249",
            city="Tours",
            postcode="37000",
            tags=["VIP"],
        ),
        "zinc": make(
            service, "Le Zinc", sector="Restauration", size="1-9", city="Évreux", postcode="27000"
        ),
        "mairie": make(
            service,
            "Mairie de Vouvray",
            sector="Administration publique",
            size="250-4999",
            city="Vouvray",
            postcode="37210",
        ),
    }
    return ids


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("cedre", ["Hôtel Le Cèdre Bleu"]),
        ("HOTEL bleu", ["Hôtel Le Cèdre Bleu"]),
        ("evreux", ["Le Zinc"]),
        ("37", ["Hôtel Le Cèdre Bleu", "Mairie de Vouvray"]),
        ("732 829", ["Hôtel Le Cèdre Bleu"]),
        ("00074", ["Hôtel Le Cèdre Bleu"]),
        ("FR44", ["Hôtel Le Cèdre Bleu"]),
        ("restauration", ["Le Zinc"]),
        ("zzz", []),
        ("  ", ["Hôtel Le Cèdre Bleu", "Le Zinc", "Mairie de Vouvray"]),
    ],
)
def test_search_as_you_type_is_accent_free_and_knows_identifiers(service, trio, typed, expected):
    assert names(service, CompanyQuery(text=typed)) == expected
    assert service.count(CompanyQuery(text=typed)) == len(expected)


def test_a_new_company_is_found_at_once(service, trio):
    assert names(service, CompanyQuery(text="galopin")) == []
    make(service, "Le Galopin")
    assert names(service, CompanyQuery(text="galopin")) == ["Le Galopin"]


def test_filters_by_sector_city_tag_and_ids(service, trio):
    assert names(service, CompanyQuery(sector="Restauration")) == ["Le Zinc"]
    assert names(service, CompanyQuery(city="tours")) == ["Hôtel Le Cèdre Bleu"]
    assert names(service, CompanyQuery(tag="VIP")) == ["Hôtel Le Cèdre Bleu"]
    only = frozenset({trio["zinc"], trio["mairie"]})
    assert names(service, CompanyQuery(ids=only)) == ["Le Zinc", "Mairie de Vouvray"]
    assert names(service, CompanyQuery(ids=only, text="zinc")) == ["Le Zinc"]
    assert service.search_ids(CompanyQuery(ids=frozenset())) == []
    assert service.count(CompanyQuery(sector="Hôtellerie")) == 1
    assert service.sectors()[0] in {"Hôtellerie", "Restauration", "Administration publique"}
    assert set(service.cities()) == {"Tours", "Évreux", "Vouvray"}


def test_sorting_by_columns(service, trio):
    by_size = names(service, CompanyQuery(sort="size"))
    assert by_size == ["Le Zinc", "Hôtel Le Cèdre Bleu", "Mairie de Vouvray"]
    assert names(service, CompanyQuery(sort="size", descending=True)) == by_size[::-1]
    assert names(service, CompanyQuery(sort="name", descending=True))[0] == "Mairie de Vouvray"
    # Accent-free: Évreux before Tours; companies without a city last, both ways.
    make(service, "Sans ville")
    assert names(service, CompanyQuery(sort="city")) == [
        "Le Zinc",
        "Hôtel Le Cèdre Bleu",
        "Mairie de Vouvray",
        "Sans ville",
    ]
    assert names(service, CompanyQuery(sort="city", descending=True)) == [
        "Mairie de Vouvray",
        "Hôtel Le Cèdre Bleu",
        "Le Zinc",
        "Sans ville",
    ]
    assert names(service, CompanyQuery(sort="sector"))[0] == "Mairie de Vouvray"


def test_rows_show_people_revenue_of_twelve_months_and_last_interaction(db, service, trio):
    cedre, zinc = trio["cedre"], trio["zinc"]
    anne = add_person(db, cedre, "Anne")
    add_person(db, cedre, "Bruno")
    gone = add_person(db, cedre, "Chloé")
    with db.write(BatchKind.DELETE, "gone") as session:
        session.get(Contact, gone).deleted_at = utcnow()
    add_order(db, 10_000, days_ago=10, company_id=cedre, contact_id=anne)
    add_order(db, 5_000, days_ago=20, contact_id=anne)  # by a person, no company: counted
    add_order(db, -2_000, days_ago=5, company_id=cedre, kind=OrderKind.CREDIT_NOTE)
    add_order(db, 99_999, days_ago=400, company_id=cedre)  # more than 12 months ago
    add_order(db, 7_000, days_ago=3, company_id=zinc, contact_id=anne)  # for another account
    add_interaction(db, days_ago=30, company_id=cedre)
    add_interaction(db, days_ago=2, contact_id=anne)  # by a person only
    add_interaction(db, days_ago=1, company_id=cedre, deleted=True)
    rows = {row.id: row for row in service.rows([zinc, cedre, "missing"])}
    assert list(rows) == [zinc, cedre]
    assert rows[cedre].people == 2
    assert rows[cedre].revenue == 13_000
    assert rows[zinc].revenue == 7_000
    assert rows[cedre].last_interaction is not None
    assert (utcnow() - rows[cedre].last_interaction).days == 2
    assert rows[zinc].people == 0 and rows[zinc].last_interaction is None
    assert rows[cedre].tags == ("VIP",)
    assert rows[cedre].siren == SIREN and rows[cedre].size == "50-249"
    # Sorting by those figures.
    assert names(service, CompanyQuery(sort="people", descending=True))[0] == "Hôtel Le Cèdre Bleu"
    assert names(service, CompanyQuery(sort="revenue")) == [
        "Mairie de Vouvray",
        "Le Zinc",
        "Hôtel Le Cèdre Bleu",
    ]
    assert names(service, CompanyQuery(sort="last_interaction", descending=True))[0] == (
        "Hôtel Le Cèdre Bleu"
    )
    # The figures sorted by follow the writes.
    add_order(db, 50_000, days_ago=1, company_id=trio["mairie"])
    assert names(service, CompanyQuery(sort="revenue", descending=True))[0] == "Mairie de Vouvray"


def test_custom_fields_sort_and_filter_the_list(db, service, trio):
    with db.write(BatchKind.CREATE, "fields") as session:
        session.add(
            CustomFieldDefinition(entity="company", key="beds", label="Beds", field_type="number")
        )
        session.add(
            CustomFieldDefinition(entity="company", key="chef", label="Chef", field_type="text")
        )
    for key, beds, chef in (("cedre", 40, "Léa"), ("zinc", 5, "Marc")):
        data = service.load_input(trio[key])
        data.custom = {"beds": beds, "chef": chef}
        service.update(trio[key], data)
    assert [f.key for f in service.custom_fields()] == ["beds", "chef"]
    assert names(service, CompanyQuery(sort="custom:beds")) == [
        "Le Zinc",
        "Hôtel Le Cèdre Bleu",
        "Mairie de Vouvray",  # no value: last
    ]
    assert names(service, CompanyQuery(sort="custom:beds", descending=True))[0] == (
        "Hôtel Le Cèdre Bleu"
    )
    assert names(service, CompanyQuery(custom=(("beds", "gt", 10),))) == ["Hôtel Le Cèdre Bleu"]
    assert names(service, CompanyQuery(custom=(("chef", "contains", "LÉ"),))) == [
        "Hôtel Le Cèdre Bleu"
    ]
    row = service.rows([trio["cedre"]])[0]
    assert row.custom == {"beds": 40, "chef": "Léa"}
