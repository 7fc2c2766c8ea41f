"""The duplicates scan: scoring rules, exact keys, similar names by place, ignored pairs."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from app.contacts import DUPLICATE_NAME_SCORE, ContactInput, ContactService
from app.duplicates import (
    CONFLICT_PENALTIES,
    CORROBORATION_BONUS,
    DIFFERENT_NAME_PENALTY,
    DIFFERENT_NAME_SCORE,
    FULL_GROUP_LIMIT,
    INITIALS_SCORE,
    KEY_SCORES,
    OTHER_SITE_SCORE,
    REASON_EMAIL,
    REASON_NAME,
    REASON_PHONE,
    REASON_SIREN,
    REASON_VAT,
    DuplicatePair,
    ScanCancelled,
    abbreviates,
    ignore_pair,
    ignored_key,
    ignored_pairs,
    name_key,
    name_similarity,
    names_agree,
    pair_key,
    pair_score,
    scan_companies,
    scan_contacts,
    summaries,
)
from app.history import undo_batch
from models import Company, Setting
from models.database import Database
from models.enums import BatchKind


def by_key(pairs: list[DuplicatePair]) -> dict[tuple[str, str], DuplicatePair]:
    return {pair.key: pair for pair in pairs}


# --- Scoring ------------------------------------------------------------------------------


def test_exact_keys_score_as_the_check_made_while_typing() -> None:
    # ContactService.find_duplicates: e-mail 100, phone 95, a similar name its similarity.
    assert KEY_SCORES[REASON_EMAIL] == 100
    assert KEY_SCORES[REASON_PHONE] == 95
    assert pair_score([REASON_EMAIL], None) == 100
    assert pair_score([REASON_PHONE], None) == 95
    assert pair_score([REASON_NAME], 91) == 91


def test_agreeing_reasons_add_up_to_at_most_100() -> None:
    assert pair_score([REASON_PHONE, REASON_NAME], 97) == 95 + CORROBORATION_BONUS
    assert pair_score([REASON_EMAIL, REASON_PHONE, REASON_NAME], 100) == 100


def test_a_shared_phone_between_different_names_is_a_household_not_a_person() -> None:
    sylvie_sarah = name_similarity(name_key("meunier sylvie"), name_key("meunier sarah"))
    assert sylvie_sarah < DIFFERENT_NAME_SCORE
    assert pair_score([REASON_EMAIL], sylvie_sarah) == 100 - DIFFERENT_NAME_PENALTY
    assert pair_score([REASON_PHONE], 35) == 95 - DIFFERENT_NAME_PENALTY
    assert pair_score([REASON_EMAIL], 81, different_names=True) == 100 - DIFFERENT_NAME_PENALTY
    # "Amélie" and "Adèle Dumont" are 88 % alike, yet two people.
    assert pair_score([REASON_EMAIL, REASON_NAME], 88, different_names=True) == (
        100 - DIFFERENT_NAME_PENALTY + CORROBORATION_BONUS
    )
    assert pair_score([REASON_NAME], 88, different_names=True) == 88 - DIFFERENT_NAME_PENALTY
    # A typo or an abbreviation is no different person.
    assert pair_score([REASON_PHONE], name_similarity("dupont jean", "dupond jeab")) == 95
    assert pair_score([REASON_PHONE], INITIALS_SCORE) == 95


def test_a_name_match_loses_for_each_known_key_the_records_do_not_share() -> None:
    assert pair_score([REASON_NAME], 100, [REASON_EMAIL]) == 100 - CONFLICT_PENALTIES["email"]
    assert pair_score([REASON_NAME], 100, [REASON_EMAIL, REASON_PHONE]) == (
        100 - CONFLICT_PENALTIES["email"] - CONFLICT_PENALTIES["phone"]
    )
    # Conflicts only weigh on a name-only match: a shared e-mail says more.
    assert pair_score([REASON_EMAIL, REASON_NAME], 100, [REASON_PHONE]) == 100


def test_one_siren_with_two_sirets_is_two_establishments() -> None:
    assert pair_score([REASON_SIREN], 80) == 100
    assert pair_score([REASON_SIREN], 80, other_site=True) == OTHER_SITE_SCORE
    # The VAT number agrees: as sure as one SIRET.
    assert pair_score([REASON_SIREN, REASON_VAT], 80, other_site=True) == 100


def test_no_reason_no_score() -> None:
    assert pair_score([], 100) == 0
    assert pair_score([REASON_NAME], None) == 0


def test_names_agree_word_by_word() -> None:
    assert names_agree(name_key("dupont jean"), name_key("dupond jean"))
    assert names_agree(name_key("andre a."), name_key("andre anne-laure"))
    assert names_agree(name_key("le roux stephanie"), name_key("leroux stephanie"))
    assert names_agree(name_key("lefebvre stephane"), name_key("lefevre stephane"))
    assert not names_agree(name_key("dumont amelie"), name_key("dumont adele"))
    assert names_agree("", "martin marc")
    assert not names_agree(name_key("denis loic"), name_key("denis leonie"))
    assert not names_agree(name_key("joly marie"), name_key("joly monique"))


def test_an_abbreviated_name_is_no_sign_of_two_people() -> None:
    assert name_similarity(name_key("blanc m"), name_key("blanc marie-claire")) == INITIALS_SCORE
    assert name_similarity("blanc m", "blanc marie") >= INITIALS_SCORE
    assert abbreviates(name_key("andre a."), name_key("andre anne-laure"))
    assert pair_score([REASON_EMAIL], name_similarity("blanc m", "blanc marie")) == 100
    # Initials alone, or another surname, are not an abbreviation.
    assert not abbreviates("m p", "marie petit")
    assert not abbreviates("blanc m", "noir marie")
    assert name_similarity("blanc m", "noir marie") < DIFFERENT_NAME_SCORE


def test_name_keys_fold_accents_sort_words_and_drop_legal_forms() -> None:
    assert name_key("dupont marie") == name_key("marie dupont") == "dupont marie"
    assert name_key("martin jean-pierre") == "jean martin pierre"
    assert name_key("boulangerie martin sarl", company=True) == "boulangerie martin"
    assert name_key("sarl", company=True) == "sarl"  # nothing but a legal form: kept


# --- Contacts -----------------------------------------------------------------------------


@pytest.fixture
def service(db: Database) -> ContactService:
    return ContactService(db)


def add(service: ContactService, first: str, last: str, **values: object) -> str:
    return service.create(ContactInput(first_name=first, last_name=last, **values))  # type: ignore[arg-type]


def test_the_same_email_in_any_case_or_second_address_makes_a_pair(
    service: ContactService, db: Database
) -> None:
    a = add(service, "Hélène", "Dupré", email="Helene.Dupre@orange.fr")
    b = add(service, "Paul", "Moreau", email2="helene.dupre@ORANGE.fr")
    add(service, "Zoé", "Bernard", email="zoe@example.fr")

    pairs = scan_contacts(db)

    assert [(p.key, p.reasons) for p in pairs] == [(pair_key(a, b), (REASON_EMAIL,))]
    assert pairs[0].score == 100 - DIFFERENT_NAME_PENALTY  # different names
    assert pairs[0].a_id == a  # the older first


def test_a_phone_may_equal_another_contacts_mobile(service: ContactService, db: Database) -> None:
    a = add(service, "Marc", "Martin", phone="02 47 11 22 33", city="Tours")
    b = add(service, "Marc", "Martin", mobile="+33 2 47 11 22 33", city="Lyon")

    pairs = scan_contacts(db)

    assert len(pairs) == 1
    assert pairs[0].key == pair_key(a, b)
    assert pairs[0].reasons == (REASON_PHONE, REASON_NAME)
    assert pairs[0].score == 95 + CORROBORATION_BONUS


def test_similar_names_meet_in_the_same_postcode_or_city_only(
    service: ContactService, db: Database
) -> None:
    a = add(service, "Marie", "Dupont", postcode="37000", city="Tours")
    b = add(service, "Dupond", "Marie", postcode="37000")  # swapped, one letter off
    c = add(service, "Marie", "Dupont", city="TOURS")  # same city, no postcode
    add(service, "Marie", "Dupont", postcode="69001", city="Lyon")  # elsewhere
    add(service, "Martine", "Durand", postcode="37000", city="Tours")  # not similar

    pairs = by_key(scan_contacts(db))

    assert set(pairs) == {pair_key(a, b), pair_key(a, c)}
    assert pairs[pair_key(a, c)].score == 100
    assert pairs[pair_key(a, c)].reasons == (REASON_NAME,)
    similar = pairs[pair_key(a, b)]
    assert DUPLICATE_NAME_SCORE <= similar.score < 100
    assert similar.name_score == similar.score


def test_a_name_match_with_different_emails_ranks_below_a_clean_one(
    service: ContactService, db: Database
) -> None:
    a = add(service, "Jean", "Petit", postcode="37000", email="jean@petit.fr")
    b = add(service, "Jean", "Petit", postcode="37000", email="jp@free.fr")
    c = add(service, "Jean", "Petit", postcode="37100", city="Tours")
    d = add(service, "Jean", "Petit", city="Tours")

    pairs = scan_contacts(db)

    ranked = [p.key for p in pairs]
    assert ranked[0] == pair_key(c, d)
    assert by_key(pairs)[pair_key(a, b)].score == 100 - CONFLICT_PENALTIES["email"]
    assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)


def test_a_group_of_three_gives_three_pairs_and_a_big_one_a_star(
    service: ContactService, db: Database
) -> None:
    three = [add(service, f"P{i}", f"N{i}", email="famille@example.fr") for i in range(3)]
    crowd = [
        add(service, f"Q{i}", f"M{i}", email="contact@shop.fr") for i in range(FULL_GROUP_LIMIT + 2)
    ]

    pairs = by_key(scan_contacts(db))

    trio = {pair_key(x, y) for i, x in enumerate(three) for y in three[i + 1 :]}
    assert trio <= set(pairs)
    star = {key for key in pairs if set(key) <= set(crowd)}
    assert star == {pair_key(crowd[0], other) for other in crowd[1:]}


def test_deleted_contacts_are_left_out(service: ContactService, db: Database) -> None:
    a = add(service, "Anne", "Roux", email="anne@roux.fr")
    b = add(service, "Anne", "Roux", email="anne@roux.fr")
    service.delete([b])

    assert scan_contacts(db) == []
    assert summaries(db, "contact", [a, b])[b].deleted


def test_pairs_marked_not_duplicates_are_left_out_until_undone(
    service: ContactService, db: Database
) -> None:
    a = add(service, "Anne", "Roux", email="anne@roux.fr")
    b = add(service, "Anne", "Roux", email="anne@roux.fr")
    c = add(service, "Anne", "Roux", email="anne@roux.fr")

    assert ignore_pair(db, "contact", b, a)
    assert not ignore_pair(db, "contact", a, b)  # already

    assert ignored_pairs(db, "contact") == {pair_key(a, b)}
    assert set(by_key(scan_contacts(db))) == {pair_key(a, c), pair_key(b, c)}
    with db.read() as session:
        setting = session.get(Setting, ignored_key("contact"))
        assert setting is not None and setting.value == [sorted([a, b])]
    from app.history import last_undoable_batch

    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "Mark contacts as not duplicates"
    undo_batch(db, batch.id)
    assert ignored_pairs(db, "contact") == set()
    assert len(scan_contacts(db)) == 3


def test_the_scan_finds_every_candidate_of_the_check_made_while_typing(
    service: ContactService, db: Database
) -> None:
    rng = random.Random(7)
    firsts = ["Marie", "Maria", "Jean", "Jeanne", "Luc", "Lucie", "Éric", "Eric"]
    lasts = ["Dupont", "Dupond", "Martin", "Martins", "Petit", "Lefèvre", "Lefebvre"]
    places = [("37000", "Tours"), ("37100", "Tours"), ("69001", "Lyon"), ("", "Blois")]
    inputs = []
    for _ in range(90):
        postcode, city = rng.choice(places)
        data = ContactInput(
            first_name=rng.choice(firsts),
            last_name=rng.choice(lasts),
            postcode=postcode,
            city=city,
            email=f"p{rng.randrange(60)}@example.fr" if rng.random() < 0.5 else "",
            mobile=f"06 12 34 56 {rng.randrange(40):02d}" if rng.random() < 0.4 else "",
        )
        inputs.append((service.create(data), data))

    found = by_key(scan_contacts(db))

    for contact_id, data in inputs:
        for candidate in service.find_duplicates(data, exclude_id=contact_id, limit=1000):
            pair = found.get(pair_key(contact_id, candidate.id))
            assert pair is not None, (data, candidate)
            assert candidate.reason in pair.reasons


def test_progress_is_reported_and_cancel_stops_the_scan(
    service: ContactService, db: Database
) -> None:
    for i in range(30):
        add(service, "Marie", f"Dupont{i % 3}", postcode="37000")
    reports: list[tuple[int, int, str]] = []

    scan_contacts(db, lambda done, total, message: reports.append((done, total, message)))

    assert reports[0][0] == 0 and reports[-1][0] == reports[-1][1] == 1000
    assert [r[0] for r in reports] == sorted(r[0] for r in reports)
    assert all(r[2] for r in reports)

    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ScanCancelled):
        scan_contacts(db, cancel=cancel)
    assert len(calls) == 3


# --- Companies ----------------------------------------------------------------------------


def test_companies_pair_by_siren_vat_phone_and_similar_names(db: Database) -> None:
    with db.write(BatchKind.CREATE, "Companies") as session:
        rows = {
            "siren": Company(name="Alpha", siren="123456789"),
            "siret": Company(name="Alpha Tours", siret="12345678900021"),
            "vat1": Company(name="Beta", vat_number="FR 40 987654321"),
            "vat2": Company(name="Gamma", vat_number="fr40987654321"),
            "phone": Company(name="Delta", phone_e164="+33247000001"),
            "phone2": Company(name="Delta SAS", phone_e164="+33247000001"),
            "name1": Company(name="Boulangerie Martin", postcode="37000", city="Tours"),
            "name2": Company(name="SARL Boulangerie Martin", postcode="37000"),
            "far": Company(name="Boulangerie Martin", postcode="69001", city="Lyon"),
            "site1": Company(name="Omega", siret="55555555500011"),
            "site2": Company(name="Omega", siret="55555555500029"),
        }
        session.add_all(rows.values())
        ids = {key: company.id for key, company in rows.items()}

    pairs = by_key(scan_companies(db))

    assert pairs[pair_key(ids["siren"], ids["siret"])].reasons == (REASON_SIREN,)
    assert pairs[pair_key(ids["vat1"], ids["vat2"])].reasons == (REASON_VAT,)
    assert pairs[pair_key(ids["phone"], ids["phone2"])].reasons == (REASON_PHONE, REASON_NAME)
    assert pairs[pair_key(ids["name1"], ids["name2"])].score == 100
    assert pair_key(ids["name1"], ids["far"]) not in pairs
    other_site = pairs[pair_key(ids["site1"], ids["site2"])]
    assert other_site.reasons == (REASON_SIREN, REASON_NAME)
    assert other_site.score == OTHER_SITE_SCORE + CORROBORATION_BONUS
    assert len(pairs) == 5
    with db.read() as session:
        assert session.scalars(select(Company.id)).all()
    shown = summaries(db, "company", [ids["siren"]])
    assert shown[ids["siren"]].name == "Alpha" and shown[ids["siren"]].detail == "123456789"


def test_the_sparse_nonzero_finds_the_same_cells_as_numpy() -> None:
    import numpy as np

    from app.duplicates import _nonzero

    rng = np.random.default_rng(3)
    for shape in ((1, 1), (3, 7), (17, 33), (64, 64)):
        matrix = (rng.random(shape) < 0.05).astype(np.uint8) * 90
        rows, columns = _nonzero(matrix)
        expected = set(zip(*np.nonzero(matrix), strict=True))
        assert set(zip(rows.tolist(), columns.tolist(), strict=True)) == expected
        assert len(rows) == len(expected)
