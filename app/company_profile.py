"""The shop's own identity, printed on its documents: the letterhead of a quote.

Name, address, contact details, legal identifiers (SIREN/SIRET, VAT number), legal
mentions, the logo, and the quote defaults (payment terms, validity, number prefix).
Stored as one JSON value in the ``settings`` table (shared by everyone on the database,
like the rest of the shop's data) and written as one batch of the change log.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.identifiers import clean_siren, clean_siret, clean_vat_number, siren_of_siret
from app.validation import MSG_TOO_LONG, clean_email, clean_postcode, clean_text, parse_phone
from models import Setting
from models.database import Database
from models.enums import BatchKind

SETTING_KEY = "company_profile"
DEFAULT_VALIDITY_DAYS = 30
DEFAULT_PREFIX = "DEV"
#: The logo formats reportlab draws.
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif")

MSG_VALIDITY = QT_TRANSLATE_NOOP("errors", "A quote is valid between 1 and 365 days.")
MSG_PREFIX = QT_TRANSLATE_NOOP(
    "errors", "The quote prefix has 1 to 10 letters, digits or dashes (e.g. DEV)."
)
MSG_LOGO = QT_TRANSLATE_NOOP("errors", "The logo must be an existing PNG or JPEG image.")
MSG_NAME = QT_TRANSLATE_NOOP("errors", "Give the name of your business.")

_PREFIX = re.compile(r"^[A-Za-z0-9-]{1,10}$")
_LONG_TEXT = 2000
_SHORT_TEXT = 300


@dataclass(frozen=True)
class CompanyProfile:
    name: str = ""
    address_line1: str = ""
    address_line2: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "FR"
    phone: str = ""
    email: str = ""
    website: str = ""
    siren: str = ""
    siret: str = ""
    vat_number: str = ""
    #: Legal form, capital, registry… ("SARL au capital de 10 000 € — RCS Lyon").
    legal_mentions: str = ""
    #: A PNG or JPEG image printed at the top left of the documents ("" for none).
    logo_path: str = ""
    #: Printed under the totals of a quote ("Payment on receipt of invoice…").
    payment_terms: str = ""
    quote_validity_days: int = DEFAULT_VALIDITY_DAYS
    quote_prefix: str = DEFAULT_PREFIX

    @property
    def is_empty(self) -> bool:
        return not self.name

    def address_lines(self) -> list[str]:
        """The postal address, one line per item, empty lines left out."""
        town = " ".join(part for part in (self.postcode, self.city) if part)
        return [line for line in (self.address_line1, self.address_line2, town) if line]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, value: Any) -> CompanyProfile:
        """A profile from stored JSON; unknown keys and wrong types are ignored."""
        if not isinstance(value, dict):
            return cls()
        known: dict[str, Any] = {}
        for item in fields(cls):
            if item.name not in value:
                continue
            raw = value[item.name]
            if item.name == "quote_validity_days":
                if isinstance(raw, int) and not isinstance(raw, bool):
                    known[item.name] = raw
            elif isinstance(raw, str):
                known[item.name] = raw
        return cls(**known)


def load_profile(db: Database) -> CompanyProfile:
    """The company profile (all empty until the user fills it in)."""
    with db.read() as session:
        setting = session.get(Setting, SETTING_KEY)
        return CompanyProfile.from_dict(setting.value if setting is not None else None)


def clean_profile(profile: CompanyProfile) -> CompanyProfile:
    """The profile as stored: cleaned values; ``ValidationError`` naming every bad field."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    for item in fields(CompanyProfile):
        raw = getattr(profile, item.name)
        if isinstance(raw, str):
            text = (
                raw.strip()
                if item.name in ("legal_mentions", "payment_terms")
                else (clean_text(raw))
            )
            limit = _LONG_TEXT if item.name in ("legal_mentions", "payment_terms") else _SHORT_TEXT
            if len(text) > limit:
                errors[item.name] = MSG_TOO_LONG
            values[item.name] = text
        else:
            values[item.name] = raw
    if not values["name"]:
        errors["name"] = MSG_NAME
    country = (values["country"] or "FR").upper()[:2]
    values["country"] = country

    def check(name: str, cleaner: Any, *args: Any) -> None:
        try:
            values[name] = cleaner(values[name], *args) or ""
        except ValueError as error:
            errors[name] = str(error)

    check("email", clean_email)
    check("postcode", clean_postcode, country)
    check("siren", clean_siren)
    if not errors.get("siren") and not values["siren"] and values["siret"]:
        values["siren"] = siren_of_siret(clean_text(values["siret"]).replace(" ", "")) or ""
    check("siret", clean_siret, values["siren"] or None)
    check("vat_number", clean_vat_number, values["siren"] or None)
    if values["phone"]:
        try:
            phone = parse_phone(values["phone"])
        except ValueError as error:
            errors["phone"] = str(error)
        else:
            values["phone"] = phone.display if phone is not None else ""
    days = values["quote_validity_days"]
    if not isinstance(days, int) or not 1 <= days <= 365:
        errors["quote_validity_days"] = MSG_VALIDITY
    prefix = values["quote_prefix"] or DEFAULT_PREFIX
    if not _PREFIX.match(prefix):
        errors["quote_prefix"] = MSG_PREFIX
    values["quote_prefix"] = prefix.upper()
    logo = values["logo_path"]
    if logo and (not Path(logo).is_file() or Path(logo).suffix.lower() not in LOGO_SUFFIXES):
        errors["logo_path"] = MSG_LOGO
    if errors:
        raise ValidationError(errors)
    return replace(profile, **values)


def save_profile(db: Database, profile: CompanyProfile) -> CompanyProfile:
    """Check and store the profile (one batch); returns it as stored."""
    cleaned = clean_profile(profile)
    with db.write(BatchKind.EDIT, "Edit the company profile") as session:
        setting = session.get(Setting, SETTING_KEY)
        if setting is None:
            session.add(Setting(key=SETTING_KEY, value=cleaned.as_dict()))
        else:
            setting.value = cleaned.as_dict()
    return cleaned


__all__ = [
    "DEFAULT_PREFIX",
    "DEFAULT_VALIDITY_DAYS",
    "SETTING_KEY",
    "CompanyProfile",
    "clean_profile",
    "load_profile",
    "save_profile",
]
