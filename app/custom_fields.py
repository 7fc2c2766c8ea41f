"""Custom fields: the fields a shop adds to its contacts, companies or deals."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import CustomFieldDefinition


@dataclass(frozen=True)
class CustomField:
    key: str
    label: str
    #: "text", "number", "date", "choice" or "bool" (models.enums.CustomFieldType).
    field_type: str
    choices: tuple[str, ...]
    position: int


def custom_fields_of(session: Session, entity: str) -> list[CustomField]:
    """The live definitions for ``entity`` ("contact", "company", "deal"), in form order."""
    return [
        CustomField(d.key, d.label, d.field_type, tuple(d.choices or ()), d.position)
        for d in session.scalars(
            select(CustomFieldDefinition)
            .where(
                CustomFieldDefinition.entity == entity,
                CustomFieldDefinition.deleted_at.is_(None),
            )
            .order_by(CustomFieldDefinition.position, CustomFieldDefinition.label)
        )
    ]
