"""Custom fields: definitions (create, edit, delete, move, undo), values, SQL filters."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from app.contacts import ContactInput, ContactService
from app.custom_fields import (
    MSG_CHOICES_EMPTY,
    MSG_LABEL_EMPTY,
    MSG_LABEL_TAKEN,
    MSG_NUMBER,
    MSG_TYPE_LOCKED,
    MSG_YES_NO,
    OPERATORS,
    CustomField,
    clean_custom_values,
    create_field,
    custom_columns,
    custom_filter_clause,
    custom_order_expression,
    custom_ordering,
    custom_row,
    delete_field,
    get_field,
    key_for,
    list_fields,
    merge_custom,
    move_field,
    parse_number,
    update_field,
    value_counts,
)
from app.errors import NotFoundError, UserError, ValidationError
from app.history import last_undoable_batch, undo_batch
from app.validation import MSG_CHOICE, MSG_DATE
from models import Contact, CustomFieldDefinition
from models.database import Database


def undo_last(db: Database) -> None:
    batch = last_undoable_batch(db, include_undos=False)
    assert batch is not None
    undo_batch(db, batch.id)


def labels(db: Database, entity: str = "contact") -> list[str]:
    return [f.label for f in list_fields(db, entity)]


# -- definitions --------------------------------------------------------------------------


def test_create_field_derives_a_stable_unique_key_and_appends_it(db: Database) -> None:
    wine = create_field(db, "contact", "  Vin préféré ", "choice", "Rouge\nBlanc\n\nrouge\nRosé")
    assert wine.key == "vin_prefere"
    assert wine.label == "Vin préféré"
    assert wine.choices == ("Rouge", "Blanc", "Rosé")  # cleaned, duplicates dropped
    card = create_field(db, "contact", "Carte de fidélité", "bool")
    assert (wine.position, card.position) == (0, 1)
    # The same label on another entity is another field with the same key.
    assert create_field(db, "company", "Vin préféré", "text").key == "vin_prefere"
    assert labels(db) == ["Vin préféré", "Carte de fidélité"]
    assert labels(db, "company") == ["Vin préféré"]

    update_field(db, "contact", "vin_prefere", label="Couleur de vin")
    assert get_field(db, "contact", "vin_prefere").label == "Couleur de vin"
    # A deleted field's key is never given again: its values stay in the records.
    delete_field(db, "contact", "vin_prefere")
    again = create_field(db, "contact", "Vin préféré", "text")
    assert again.key == "vin_prefere_2"


def test_keys_are_safe_for_any_label() -> None:
    assert key_for("€€€") == "field"
    assert key_for("2e adresse") == "field_2e_adresse"
    assert key_for("Allergies", ["allergies", "allergies_2"]) == "allergies_3"
    assert len(key_for("x" * 500)) <= 60


def test_definitions_are_checked(db: Database) -> None:
    create_field(db, "contact", "Allergies", "text")
    with pytest.raises(ValidationError) as caught:
        create_field(db, "contact", "  ", "text")
    assert caught.value.fields == {"label": MSG_LABEL_EMPTY}
    with pytest.raises(ValidationError) as caught:
        create_field(db, "contact", "ALLERGIES", "text")
    assert caught.value.fields == {"label": MSG_LABEL_TAKEN}
    with pytest.raises(ValidationError) as caught:
        create_field(db, "contact", "Couleur", "choice", "\n \n")
    assert caught.value.fields == {"choices": MSG_CHOICES_EMPTY}
    with pytest.raises(ValidationError) as caught:
        create_field(db, "contact", "Taille", "colour")
    assert "field_type" in caught.value.fields
    with pytest.raises(NotFoundError):
        update_field(db, "contact", "nothing", label="X")
    assert labels(db) == ["Allergies"]


def test_each_change_is_one_undoable_batch(db: Database) -> None:
    create_field(db, "contact", "Allergies", "text")
    create_field(db, "contact", "Vin", "choice", ["Rouge", "Blanc"])
    create_field(db, "contact", "Carte", "bool")
    assert labels(db) == ["Allergies", "Vin", "Carte"]

    move_field(db, "contact", "carte", -2)
    assert labels(db) == ["Carte", "Allergies", "Vin"]
    undo_last(db)
    assert labels(db) == ["Allergies", "Vin", "Carte"]

    update_field(db, "contact", "vin", label="Vin préféré", choices=["Rouge", "Blanc", "Rosé"])
    assert get_field(db, "contact", "vin").choices == ("Rouge", "Blanc", "Rosé")
    undo_last(db)
    field = get_field(db, "contact", "vin")
    assert (field.label, field.choices) == ("Vin", ("Rouge", "Blanc"))

    undo_last(db)  # the creation of "Carte"
    assert labels(db) == ["Allergies", "Vin"]


def test_deleting_a_field_keeps_the_values_and_undo_brings_all_back(db: Database) -> None:
    service = ContactService(db)
    create_field(db, "contact", "Allergies", "text")
    create_field(db, "contact", "Pointure", "number")
    contact_id = service.create(
        ContactInput(last_name="Dupré", custom={"allergies": "Noix", "pointure": "38"})
    )
    delete_field(db, "contact", "allergies")
    assert labels(db) == ["Pointure"]
    # Editing the contact while the field is deleted keeps its value.
    data = service.load_input(contact_id)
    data.custom = {"pointure": "39"}
    service.update(contact_id, data)
    with db.read() as session:
        assert session.get(Contact, contact_id).custom == {"allergies": "Noix", "pointure": 39}
    batch = next(b for b in _batches(db) if b.label == "Delete custom field Allergies")
    undo_batch(db, batch.id)
    assert labels(db) == ["Allergies", "Pointure"]
    assert service.load_input(contact_id).custom == {"allergies": "Noix", "pointure": 39}


def _batches(db: Database) -> list:
    from app.history import list_batches

    return list_batches(db)


def test_type_changes_keep_every_stored_value_valid(db: Database) -> None:
    service = ContactService(db)
    create_field(db, "contact", "Pointure", "number")
    create_field(db, "contact", "Couleur", "text")
    create_field(db, "contact", "Notes", "text")
    service.create(ContactInput(last_name="A", custom={"pointure": 38, "couleur": "Rouge"}))
    gone = service.create(ContactInput(last_name="B", custom={"couleur": "Vert"}))
    service.delete([gone])  # deleted records count too: they can be restored

    with pytest.raises(UserError) as caught:
        update_field(db, "contact", "pointure", field_type="date")
    assert caught.value.template == MSG_TYPE_LOCKED
    assert caught.value.params == {"label": "Pointure", "count": 1}
    assert get_field(db, "contact", "pointure").field_type == "number"

    # Text -> choice: the values held become choices.
    field = update_field(db, "contact", "couleur", field_type="choice", choices=["Bleu"])
    assert field.choices == ("Bleu", "Rouge", "Vert")
    # Choice -> text is always safe.
    assert update_field(db, "contact", "couleur", field_type="text").choices == ()
    # A field without values can become anything.
    assert update_field(db, "contact", "notes", field_type="date").field_type == "date"


def test_value_counts_and_export_columns(db: Database) -> None:
    service = ContactService(db)
    create_field(db, "contact", "Pointure", "number")
    create_field(db, "contact", "Client depuis", "date")
    create_field(db, "contact", "Carte", "bool")
    service.create(
        ContactInput(last_name="A", custom={"pointure": "38,5", "client_depuis": "01/02/2020"})
    )
    service.create(ContactInput(last_name="B", custom={"carte": True}))
    assert value_counts(db, "contact") == {"pointure": 1, "client_depuis": 1, "carte": 1}
    assert custom_columns(db, "contact") == [
        ("pointure", "Pointure", "number"),
        ("client_depuis", "Client depuis", "date"),
        ("carte", "Carte", "bool"),
    ]
    fields = list_fields(db, "contact")
    with db.read() as session:
        stored = session.scalar(select(Contact.custom).where(Contact.last_name == "A"))
    assert custom_row(fields, stored) == [38.5, date(2020, 2, 1), None]
    assert custom_row(fields, {"pointure": "lots", "carte": False}) == ["lots", None, False]


# -- values -------------------------------------------------------------------------------

FIELDS = [
    CustomField("size", "Size", "number", (), 0),
    CustomField("since", "Since", "date", (), 1),
    CustomField("wine", "Wine", "choice", ("Rouge", "Blanc"), 2),
    CustomField("card", "Card", "bool", (), 3),
    CustomField("notes", "Notes", "text", (), 4),
]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1 234,5", 1234.5),
        ("1\u202f234,50", 1234.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("12,5", 12.5),
        ("-3", -3),
        ("42", 42),
        (7.0, 7),
        (2.25, 2.25),
    ],
)
def test_numbers_are_read_the_french_way(typed: object, expected: float) -> None:
    assert parse_number(typed) == expected


@pytest.mark.parametrize("typed", ["abc", "1,2,3", "inf", "nan", "12 €", True])
def test_bad_numbers_are_refused(typed: object) -> None:
    with pytest.raises(ValueError):
        parse_number(typed)


def test_values_are_cleaned_per_type() -> None:
    values, errors = clean_custom_values(
        FIELDS,
        {
            "size": "1 234,5",
            "since": "31/12/2024",
            "wine": "rouge",
            "card": "oui",
            "notes": "  Aime   le comté ",
            "old": "kept",  # a deleted field's value
        },
    )
    assert errors == {}
    assert values == {
        "size": 1234.5,
        "since": "2024-12-31",
        "wine": "Rouge",
        "card": True,
        "notes": "Aime le comté",
        "old": "kept",
    }
    values, errors = clean_custom_values(
        FIELDS,
        {"size": "beaucoup", "since": "31/02/2024", "wine": "Rosé", "card": "peut-être"},
    )
    assert values == {}
    assert errors == {
        "custom:size": MSG_NUMBER,
        "custom:since": MSG_DATE,
        "custom:wine": MSG_CHOICE,
        "custom:card": MSG_YES_NO,
    }
    # Empty values are left out; False is a value.
    assert clean_custom_values(FIELDS, {"size": "", "notes": "  ", "card": False}) == (
        {"card": False},
        {},
    )
    # A stored value is accepted unchanged, even a choice removed since.
    assert clean_custom_values(FIELDS, {"wine": "Rosé"}, {"wine": "Rosé"}) == ({"wine": "Rosé"}, {})


def test_saving_a_form_keeps_the_values_of_deleted_fields() -> None:
    merged = merge_custom(FIELDS, {"size": 3, "old": "x"}, {"size": 4})
    assert merged == {"size": 4, "old": "x"}
    assert merge_custom(FIELDS, {"size": 3}, {}) == {}


# -- SQL ----------------------------------------------------------------------------------


def compiled(clause: object, dialect: object) -> str:
    return str(clause.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.dialect()])
def test_filters_and_sorts_compile_on_sqlite_and_postgresql(dialect: object) -> None:
    for field in FIELDS:
        for op in OPERATORS[field.field_type]:
            value = {"number": 3, "date": "2024-01-01", "choice": "Rouge", "text": "a"}.get(
                field.field_type
            )
            if op == "between":
                value = (value, value)
            sql = compiled(custom_filter_clause(Contact.custom, field, op, value), dialect)
            assert field.key in sql
        sql = compiled(custom_order_expression(Contact.custom, field), dialect)
        assert field.key in sql
        for term in custom_ordering(Contact.custom, field, True):
            compiled(term, dialect)
    with pytest.raises(ValueError):
        custom_filter_clause(Contact.custom, FIELDS[0], "contains", "x")


def test_filters_select_the_right_rows(db: Database) -> None:
    service = ContactService(db)
    for label, kind, choices in (
        ("Size", "number", None),
        ("Since", "date", None),
        ("Wine", "choice", ["Rouge", "Blanc"]),
        ("Card", "bool", None),
        ("Notes", "text", None),
    ):
        create_field(db, "contact", label, kind, choices)
    fields = list_fields(db, "contact")
    people = {
        "A": {"size": 38, "since": "2020-05-01", "wine": "Rouge", "card": True, "notes": "Comté"},
        "B": {"size": 42.5, "since": "2023-01-15", "wine": "Blanc", "card": False},
        "C": {"notes": "aime le COMTÉ affiné"},
        "D": {},
    }
    for name, custom in people.items():
        service.create(ContactInput(last_name=name, custom=custom))

    def matching(key: str, op: str, value: object = None) -> list[str]:
        field = next(f for f in fields if f.key == key)
        clause = custom_filter_clause(Contact.custom, field, op, value)
        with db.read() as session:
            return sorted(session.scalars(select(Contact.last_name).where(clause)))

    assert matching("size", "gt", 40) == ["B"]
    assert matching("size", "lt", "40") == ["A"]
    assert matching("size", "between", ("38", "42,5")) == ["A", "B"]
    assert matching("size", "between", (None, 40)) == ["A"]
    assert matching("size", "equals", "42,5") == ["B"]
    assert matching("size", "empty") == ["C", "D"]
    assert matching("size", "not_empty") == ["A", "B"]
    assert matching("since", "lt", date(2021, 1, 1)) == ["A"]
    assert matching("since", "between", ("2020-05-01", "2023-01-15")) == ["A", "B"]
    assert matching("since", "equals", "15/01/2023") == ["B"]
    assert matching("wine", "equals", "Blanc") == ["B"]
    assert matching("wine", "equals", ("Blanc", "Rouge")) == ["A", "B"]
    assert matching("card", "yes") == ["A"]
    assert matching("card", "no") == ["B", "C", "D"]
    assert matching("notes", "contains", "comt") == ["A", "C"]
    assert matching("notes", "contains", "aime") == ["C"]
    assert matching("notes", "equals", "comté") == ["A"]
    assert matching("notes", "empty") == ["B", "D"]

    def ordered(key: str, descending: bool = False) -> list[str]:
        field = next(f for f in fields if f.key == key)
        with db.read() as session:
            return list(
                session.scalars(
                    select(Contact.last_name).order_by(
                        *custom_ordering(Contact.custom, field, descending), Contact.last_name
                    )
                )
            )

    assert ordered("size") == ["A", "B", "C", "D"]
    assert ordered("size", descending=True) == ["B", "A", "C", "D"]  # empty ones last
    assert ordered("wine") == ["A", "B", "C", "D"]  # in the order of the choices
    assert ordered("since", descending=True) == ["B", "A", "C", "D"]


def test_definitions_are_plain_rows(db: Database) -> None:
    create_field(db, "deal", "Source", "text")
    with db.read() as session:
        definition = session.scalar(select(CustomFieldDefinition))
    assert (definition.entity, definition.key, definition.field_type) == ("deal", "source", "text")
