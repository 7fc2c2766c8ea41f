"""Custom fields: the fields a shop adds to its contacts, companies or deals.

A field is defined once per entity ("contact", "company", "deal") in
``models.CustomFieldDefinition``; its values live in the entity's JSON ``custom`` column,
keyed by the field's ``key``. The key is made from the label when the field is created
and never changes afterwards (renaming a field keeps its values), and it is never given
again to another field of the same entity, even after a delete: deleting a field only
tombstones its definition and leaves the values in the records, so that undoing the delete
brings everything back.

Changing the type of a field that already holds values: the values are never rewritten,
so the only changes allowed are those every stored value survives as it is — between
"text" and "choice" (a text field turned into a choice list gets its existing values
added to the choices). Any other change is refused with a message saying to create a new
field instead. A field that holds no value (in live or deleted records) can change freely.

Lists filter and sort on custom fields in SQL through :func:`custom_filter_clause` and
:func:`custom_ordering`, written with SQLAlchemy's JSON indexing so that they run on
SQLite and on PostgreSQL alike. Exports get typed values with :func:`custom_row`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError, ValidationError
from app.validation import MSG_CHOICE, MSG_DATE, MSG_TOO_LONG, clean_text
from models import Company, Contact, CustomFieldDefinition, Deal, fold, utcnow
from models.database import Database
from models.enums import BatchKind, CustomFieldType

#: The entities that have custom fields, and the table holding their values.
ENTITIES: dict[str, Any] = {"contact": Contact, "company": Company, "deal": Deal}
FIELD_TYPES: tuple[str, ...] = tuple(t.value for t in CustomFieldType)

MAX_LABEL = 200
MAX_KEY = 60
MAX_CHOICES = 200
MAX_CHOICE_LENGTH = 200
MAX_TEXT = 2000

MSG_NUMBER = QT_TRANSLATE_NOOP("errors", "This number is not valid.")
MSG_YES_NO = QT_TRANSLATE_NOOP("errors", "Answer yes or no.")
MSG_LABEL_EMPTY = QT_TRANSLATE_NOOP("errors", "Give the field a name.")
MSG_LABEL_TAKEN = QT_TRANSLATE_NOOP("errors", "Another field already has this name.")
MSG_TYPE_UNKNOWN = QT_TRANSLATE_NOOP("errors", "Choose the type of the field.")
MSG_CHOICES_EMPTY = QT_TRANSLATE_NOOP("errors", "Give at least one choice, one per line.")
MSG_CHOICES_TOO_MANY = QT_TRANSLATE_NOOP("errors", "Give at most 200 choices.")
MSG_FIELD_GONE = QT_TRANSLATE_NOOP("errors", "This custom field no longer exists.")
MSG_TYPE_LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "The field “{label}” already holds values in {count} record(s): its type can only change "
    "between Text and Choice. Create a new field for the new type instead.",
)

# -- filters -------------------------------------------------------------------------------

EQUALS = "equals"
CONTAINS = "contains"
EMPTY = "empty"
NOT_EMPTY = "not_empty"
LESS = "lt"
GREATER = "gt"
BETWEEN = "between"
YES = "yes"
NO = "no"

#: The operators a filter offers for each type, the first being the default.
OPERATORS: dict[str, tuple[str, ...]] = {
    "text": (CONTAINS, EQUALS, EMPTY, NOT_EMPTY),
    "number": (EQUALS, LESS, GREATER, BETWEEN, EMPTY, NOT_EMPTY),
    "date": (EQUALS, LESS, GREATER, BETWEEN, EMPTY, NOT_EMPTY),
    "choice": (EQUALS, EMPTY, NOT_EMPTY),
    "bool": (YES, NO),
}
#: Operators that take no value.
NO_VALUE = frozenset({EMPTY, NOT_EMPTY, YES, NO})


@dataclass(frozen=True)
class CustomField:
    key: str
    label: str
    #: "text", "number", "date", "choice" or "bool" (models.enums.CustomFieldType).
    field_type: str
    choices: tuple[str, ...]
    position: int
    id: str = ""

    @property
    def column(self) -> str:
        """The key lists know the field's column (and sort) by: "custom:<key>"."""
        return f"custom:{self.key}"


@dataclass(frozen=True)
class CustomFilter:
    """One condition on a custom field, for a list's query.

    ``value`` is typed: a string for text and choice ("equals" on a choice also takes a
    tuple of choices), a number, a ``date`` (or ISO text) for dates; for "between" a pair
    (low, high), either of which may be None. Operators in ``NO_VALUE`` take no value.
    """

    key: str
    op: str
    value: Any = None


def _field(definition: CustomFieldDefinition) -> CustomField:
    return CustomField(
        definition.key,
        definition.label,
        definition.field_type,
        tuple(definition.choices or ()),
        definition.position,
        definition.id,
    )


def custom_fields_of(session: Session, entity: str) -> list[CustomField]:
    """The live definitions for ``entity`` ("contact", "company", "deal"), in form order."""
    return [
        _field(d)
        for d in session.scalars(
            select(CustomFieldDefinition)
            .where(
                CustomFieldDefinition.entity == entity,
                CustomFieldDefinition.deleted_at.is_(None),
            )
            .order_by(CustomFieldDefinition.position, CustomFieldDefinition.label)
        )
    ]


def list_fields(db: Database, entity: str) -> list[CustomField]:
    """The live fields of ``entity``, in form order."""
    _check_entity(entity)
    with db.read() as session:
        return custom_fields_of(session, entity)


def get_field(db: Database, entity: str, key: str) -> CustomField:
    with db.read() as session:
        return _field(_definition(session, entity, key))


def fields_by_key(fields: Iterable[CustomField]) -> dict[str, CustomField]:
    return {f.key: f for f in fields}


# -- editing the definitions ----------------------------------------------------------------


def key_for(label: str, taken: Iterable[str] = ()) -> str:
    """A stable key made from a label: "Vin préféré" -> "vin_prefere" (then "_2"…)."""
    base = re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")[:MAX_KEY].strip("_")
    if not base:
        base = "field"
    elif base[0].isdigit():
        base = f"field_{base}"[:MAX_KEY]
    used = set(taken)
    key, n = base, 2
    while key in used:
        suffix = f"_{n}"
        key = f"{base[: MAX_KEY - len(suffix)]}{suffix}"
        n += 1
    return key


def clean_choices(choices: Iterable[str] | str | None) -> list[str]:
    """The choices as given (a list, or text with one per line), cleaned and deduplicated."""
    if choices is None:
        return []
    items = choices.splitlines() if isinstance(choices, str) else list(choices)
    seen: set[str] = set()
    cleaned: list[str] = []
    for item in items:
        text = clean_text(str(item))[:MAX_CHOICE_LENGTH]
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            cleaned.append(text)
    return cleaned


def create_field(
    db: Database,
    entity: str,
    label: str,
    field_type: str,
    choices: Iterable[str] | str | None = None,
) -> CustomField:
    """Add a field at the end of the entity's form (one undoable batch)."""
    _check_entity(entity)
    label = clean_text(label)
    with db.write(BatchKind.CREATE, f"New custom field {label}") as session:
        errors = _check_definition(session, entity, label, field_type)
        cleaned = clean_choices(choices) if field_type == CustomFieldType.CHOICE else []
        errors.update(_check_choices(field_type, cleaned))
        if errors:
            raise ValidationError(errors)
        taken = session.scalars(
            select(CustomFieldDefinition.key).where(CustomFieldDefinition.entity == entity)
        )
        last = session.scalar(
            select(func.max(CustomFieldDefinition.position)).where(
                CustomFieldDefinition.entity == entity,
                CustomFieldDefinition.deleted_at.is_(None),
            )
        )
        definition = CustomFieldDefinition(
            entity=entity,
            key=key_for(label, taken),
            label=label,
            field_type=field_type,
            choices=cleaned or None,
            position=(last + 1) if last is not None else 0,
        )
        session.add(definition)
        session.flush()
        return _field(definition)


def update_field(
    db: Database,
    entity: str,
    key: str,
    *,
    label: str | None = None,
    field_type: str | None = None,
    choices: Iterable[str] | str | None = None,
    position: int | None = None,
) -> CustomField:
    """Change a field's label, type, choices or position (one undoable batch).

    The key stays. Removing a choice leaves the records that hold it as they are (they
    show the old value until edited). See the module's notes for type changes.
    """
    _check_entity(entity)
    old_label = get_field(db, entity, key).label
    with db.write(BatchKind.EDIT, f"Edit custom field {old_label}") as session:
        definition = _definition(session, entity, key)
        new_label = clean_text(label) if label is not None else definition.label
        new_type = field_type or definition.field_type
        errors = _check_definition(session, entity, new_label, new_type, exclude=definition.id)
        if errors:
            raise ValidationError(errors)
        if choices is not None:
            new_choices = clean_choices(choices)
        else:
            new_choices = list(definition.choices or ())
        if new_type != definition.field_type:
            new_choices = _change_type(session, definition, new_type, new_choices)
        if new_type != CustomFieldType.CHOICE:
            new_choices = []
        errors = _check_choices(new_type, new_choices)
        if errors:
            raise ValidationError(errors)
        if definition.label != new_label:
            definition.label = new_label
        if definition.field_type != new_type:
            definition.field_type = new_type
        if list(definition.choices or ()) != new_choices:
            definition.choices = new_choices or None
        if position is not None:
            _place(session, entity, definition, position)
        session.flush()
        return _field(definition)


def delete_field(db: Database, entity: str, key: str) -> None:
    """Tombstone the field; the values stay in the records (undo brings it all back)."""
    _check_entity(entity)
    label = get_field(db, entity, key).label
    with db.write(BatchKind.DELETE, f"Delete custom field {label}") as session:
        definition = _definition(session, entity, key)
        definition.deleted_at = utcnow()


def move_field(db: Database, entity: str, key: str, offset: int) -> list[CustomField]:
    """Move a field ``offset`` places up (negative) or down in the form; the new order."""
    _check_entity(entity)
    label = get_field(db, entity, key).label
    with db.write(BatchKind.EDIT, f"Move custom field {label}") as session:
        definition = _definition(session, entity, key)
        order = _live(session, entity)
        index = order.index(definition)
        _place(session, entity, definition, index + offset)
        session.flush()
        return [_field(d) for d in _live(session, entity)]


def value_counts(db: Database, entity: str) -> dict[str, int]:
    """How many live records hold a value for each live field of ``entity``."""
    _check_entity(entity)
    model = ENTITIES[entity]
    with db.read() as session:
        fields = custom_fields_of(session, entity)
        if not fields:
            return {}
        columns = [
            func.count(model.custom[f.key].as_string()).label(f"c{i}") for i, f in enumerate(fields)
        ]
        row = session.execute(select(*columns).where(model.deleted_at.is_(None))).one()
    return {f.key: int(row[i] or 0) for i, f in enumerate(fields)}


def _check_entity(entity: str) -> None:
    if entity not in ENTITIES:
        raise ValueError(f"no custom fields for {entity!r}")


def _definition(session: Session, entity: str, key: str) -> CustomFieldDefinition:
    definition = session.scalar(
        select(CustomFieldDefinition).where(
            CustomFieldDefinition.entity == entity,
            CustomFieldDefinition.key == key,
            CustomFieldDefinition.deleted_at.is_(None),
        )
    )
    if definition is None:
        raise NotFoundError(MSG_FIELD_GONE)
    return definition


def _live(session: Session, entity: str) -> list[CustomFieldDefinition]:
    return list(
        session.scalars(
            select(CustomFieldDefinition)
            .where(
                CustomFieldDefinition.entity == entity,
                CustomFieldDefinition.deleted_at.is_(None),
            )
            .order_by(CustomFieldDefinition.position, CustomFieldDefinition.label)
        )
    )


def _place(session: Session, entity: str, definition: CustomFieldDefinition, index: int) -> None:
    """Put ``definition`` at ``index`` (clamped) and number the fields 0, 1, 2… again."""
    order = [d for d in _live(session, entity) if d is not definition]
    index = max(0, min(index, len(order)))
    order.insert(index, definition)
    for position, item in enumerate(order):
        if item.position != position:
            item.position = position


def _check_definition(
    session: Session, entity: str, label: str, field_type: str, exclude: str | None = None
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not label:
        errors["label"] = MSG_LABEL_EMPTY
    elif len(label) > MAX_LABEL:
        errors["label"] = MSG_TOO_LONG
    else:
        folded = fold(label)
        for other_id, other in session.execute(
            select(CustomFieldDefinition.id, CustomFieldDefinition.label).where(
                CustomFieldDefinition.entity == entity,
                CustomFieldDefinition.deleted_at.is_(None),
            )
        ):
            if other_id != exclude and fold(other) == folded:
                errors["label"] = MSG_LABEL_TAKEN
                break
    if field_type not in FIELD_TYPES:
        errors["field_type"] = MSG_TYPE_UNKNOWN
    return errors


def _check_choices(field_type: str, choices: list[str]) -> dict[str, str]:
    if field_type != CustomFieldType.CHOICE:
        return {}
    if not choices:
        return {"choices": MSG_CHOICES_EMPTY}
    if len(choices) > MAX_CHOICES:
        return {"choices": MSG_CHOICES_TOO_MANY}
    return {}


def _change_type(
    session: Session, definition: CustomFieldDefinition, new_type: str, choices: list[str]
) -> list[str]:
    """Check that a type change keeps every stored value valid; the choices to keep."""
    model = ENTITIES[definition.entity]
    value = model.custom[definition.key].as_string()
    old = definition.field_type
    if old == CustomFieldType.TEXT and new_type == CustomFieldType.CHOICE:
        held = session.scalars(select(value).where(value.is_not(None)).distinct()).all()
        known = {c.casefold() for c in choices}
        extra = sorted({str(v) for v in held if str(v).casefold() not in known}, key=fold)
        return [*choices, *extra]
    if old == CustomFieldType.CHOICE and new_type == CustomFieldType.TEXT:
        return choices
    # Deleted records count too: restoring them must not bring back values of another type.
    count = session.scalar(select(func.count()).select_from(model).where(value.is_not(None)))
    if count:
        raise UserError(MSG_TYPE_LOCKED, label=definition.label, count=count)
    return choices


# -- values -------------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'’]")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_FRENCH_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_TRUE = frozenset({"1", "true", "yes", "y", "oui", "o", "vrai", "x"})
_FALSE = frozenset({"0", "false", "no", "n", "non", "faux"})


def parse_number(value: Any) -> int | float:
    """A number from a number or from text: "1 234,5", "1234.5", "1.234,5", "-3" -> float/int.

    A comma alone is the decimal separator (French); with both, the last one is. Raises
    ValueError for anything else (including infinities and NaN).
    """
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        number = value
    else:
        text = _SPACES.sub("", str(value))
        if "," in text and "." in text:
            decimal = "," if text.rfind(",") > text.rfind(".") else "."
            group = "." if decimal == "," else ","
            text = text.replace(group, "").replace(decimal, ".")
        elif text.count(",") == 1:
            text = text.replace(",", ".")
        if not _NUMBER.match(text):
            raise ValueError(value)
        number = float(text)
    if not math.isfinite(number):
        raise ValueError(value)
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def parse_date(value: Any) -> date:
    """A day from a date, a datetime, ISO text ("2025-03-31") or French text ("31/03/2025")."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = _FRENCH_DATE.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return date(year, month, day)
    return date.fromisoformat(text[:10])


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = fold(str(value))
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(value)


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def clean_custom_value(field: CustomField, value: Any) -> Any:
    """The value to store for ``field`` (None when empty); ValueError with a template."""
    if _is_blank(value):
        return None
    kind = field.field_type
    if kind == CustomFieldType.NUMBER:
        try:
            return parse_number(value)
        except (ValueError, TypeError, OverflowError):
            raise ValueError(MSG_NUMBER) from None
    if kind == CustomFieldType.DATE:
        try:
            return parse_date(value).isoformat()
        except (ValueError, TypeError):
            raise ValueError(MSG_DATE) from None
    if kind == CustomFieldType.BOOL:
        try:
            return parse_bool(value)
        except ValueError:
            raise ValueError(MSG_YES_NO) from None
    text = clean_text(str(value))
    if kind == CustomFieldType.CHOICE:
        for choice in field.choices:
            if choice == text or choice.casefold() == text.casefold():
                return choice
        raise ValueError(MSG_CHOICE)
    if len(text) > MAX_TEXT:
        raise ValueError(MSG_TOO_LONG)
    return text or None


def clean_custom_values(
    fields: Sequence[CustomField],
    raw: Mapping[str, Any] | None,
    stored: Mapping[str, Any] | None = None,
) -> tuple[dict[str, Any], dict[str, str]]:
    """Values ready to store, and "custom:<key>" -> message template for each bad one.

    Empty values are left out. Keys that are not live fields (those of deleted fields) are
    kept as they are. A value equal to the one ``stored`` is accepted as it is, so a record
    holding a choice removed since can still be saved unchanged.
    """
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    by_key = fields_by_key(fields)
    stored = stored or {}
    for key, value in (raw or {}).items():
        field = by_key.get(key)
        if field is None:
            if not _is_blank(value):
                values[key] = value
            continue
        if key in stored and value == stored[key]:
            values[key] = value
            continue
        try:
            cleaned = clean_custom_value(field, value)
        except ValueError as error:
            errors[f"custom:{key}"] = str(error)
            continue
        if cleaned is not None:
            values[key] = cleaned
    return values, errors


def merge_custom(
    fields: Sequence[CustomField], stored: Mapping[str, Any] | None, new: Mapping[str, Any]
) -> dict[str, Any]:
    """The values of the live fields from ``new``, those of deleted fields from ``stored``.

    A form only shows the live fields: saving it must not lose the values of deleted ones
    (undoing the delete brings them back).
    """
    live = {f.key for f in fields}
    kept = {k: v for k, v in (stored or {}).items() if k not in live and k not in new}
    return {**kept, **new}


def typed_value(field: CustomField, value: Any) -> Any:
    """A stored value as Python gives it: int/float, ``date``, bool, str; None if empty.

    A stored value that does not fit the type (written by an old version or an import) is
    given back as text rather than lost.
    """
    if _is_blank(value):
        return None
    kind = field.field_type
    try:
        if kind == CustomFieldType.NUMBER:
            return parse_number(value)
        if kind == CustomFieldType.DATE:
            return parse_date(value)
        if kind == CustomFieldType.BOOL:
            return parse_bool(value)
    except (ValueError, TypeError, OverflowError):
        return str(value)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def custom_row(fields: Sequence[CustomField], raw: Mapping[str, Any] | None) -> list[Any]:
    """The typed values of a record's custom fields, in the order of ``fields`` (exports)."""
    raw = raw or {}
    return [typed_value(f, raw.get(f.key)) for f in fields]


def custom_columns(db: Database, entity: str) -> list[tuple[str, str, str]]:
    """(key, label, type) of the entity's live fields in form order, for export headers."""
    return [(f.key, f.label, f.field_type) for f in list_fields(db, entity)]


# -- SQL: sorting and filtering lists -------------------------------------------------------


def _item(json_column: InstrumentedAttribute[Any] | Any, field: CustomField) -> Any:
    return json_column[field.key]


def custom_order_expression(json_column: Any, field: CustomField) -> ColumnElement[Any]:
    """The expression a list sorts a custom field by (typed: numbers as numbers…).

    Text sorts case-insensitively; a choice in the order of its choices (values no longer
    among them after those).
    """
    item = _item(json_column, field)
    kind = field.field_type
    if kind == CustomFieldType.NUMBER:
        return item.as_float()
    if kind == CustomFieldType.BOOL:
        return item.as_boolean()
    if kind == CustomFieldType.CHOICE and field.choices:
        text = item.as_string()
        return case(
            {choice: index for index, choice in enumerate(field.choices)},
            value=text,
            else_=literal(len(field.choices)),
        )
    if kind == CustomFieldType.DATE:
        return item.as_string()
    return func.lower(item.as_string())


def custom_ordering(json_column: Any, field: CustomField, descending: bool) -> list[Any]:
    """ORDER BY terms for a custom field: records without a value last, either way."""
    empty = case((_item(json_column, field).as_string().is_(None), 1), else_=0)
    value = custom_order_expression(json_column, field)
    return [empty.asc(), value.desc() if descending else value.asc()]


def custom_filter_clause(
    json_column: Any, field: CustomField, op: str, value: Any = None
) -> ColumnElement[bool]:
    """A WHERE clause for one condition on a custom field (see ``OPERATORS``).

    Raises ValueError for an operator the type does not offer or a value of the wrong kind.
    """
    if op not in OPERATORS.get(field.field_type, ()):
        raise ValueError(f"{op!r} does not apply to a {field.field_type} field")
    item = _item(json_column, field)
    text = item.as_string()
    kind = field.field_type
    if op == EMPTY:
        return or_(text.is_(None), text == "") if kind == CustomFieldType.TEXT else text.is_(None)
    if op == NOT_EMPTY:
        return (
            and_(text.is_not(None), text != "")
            if kind == CustomFieldType.TEXT
            else text.is_not(None)
        )
    if op == YES:
        return item.as_boolean().is_(True)
    if op == NO:
        flag = item.as_boolean()
        return or_(flag.is_(None), flag.is_(False))
    if kind == CustomFieldType.TEXT:
        wanted = clean_text(str(value or "")).lower()
        if op == CONTAINS:
            return func.lower(text).contains(wanted, autoescape=True)
        return func.lower(text) == wanted
    if kind == CustomFieldType.CHOICE:
        if isinstance(value, list | tuple | set | frozenset):
            return text.in_([str(v) for v in value])
        return text == str(value)
    if kind == CustomFieldType.NUMBER:
        expression: Any = item.as_float()
        convert: Any = parse_number
    else:
        expression = text
        convert = lambda v: parse_date(v).isoformat()  # noqa: E731
    if op == BETWEEN:
        low, high = value if isinstance(value, list | tuple) else (value, None)
        parts = []
        if not _is_blank(low):
            parts.append(expression >= convert(low))
        if not _is_blank(high):
            parts.append(expression <= convert(high))
        return and_(text.is_not(None), *parts)
    wanted = convert(value)
    if op == LESS:
        return expression < wanted
    if op == GREATER:
        return expression > wanted
    return expression == wanted


def custom_filter_clauses(
    json_column: Any, fields: Sequence[CustomField], filters: Iterable[CustomFilter]
) -> list[ColumnElement[bool]]:
    """The clauses of ``filters``; a filter on a field that no longer exists is ignored."""
    by_key = fields_by_key(fields)
    clauses = []
    for condition in filters:
        field = by_key.get(condition.key)
        if field is not None:
            clauses.append(custom_filter_clause(json_column, field, condition.op, condition.value))
    return clauses


__all__ = [
    "BETWEEN",
    "CONTAINS",
    "EMPTY",
    "ENTITIES",
    "EQUALS",
    "FIELD_TYPES",
    "GREATER",
    "LESS",
    "NO",
    "NOT_EMPTY",
    "NO_VALUE",
    "OPERATORS",
    "YES",
    "CustomField",
    "CustomFilter",
    "clean_choices",
    "clean_custom_value",
    "clean_custom_values",
    "create_field",
    "custom_columns",
    "custom_fields_of",
    "custom_filter_clause",
    "custom_filter_clauses",
    "custom_order_expression",
    "custom_ordering",
    "custom_row",
    "delete_field",
    "fields_by_key",
    "get_field",
    "key_for",
    "list_fields",
    "merge_custom",
    "move_field",
    "parse_date",
    "parse_number",
    "typed_value",
    "update_field",
    "value_counts",
]
