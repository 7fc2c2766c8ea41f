"""Cleaning and checking what people type: text, e-mails, phone numbers, postcodes."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import phonenumbers

from app.errors import QT_TRANSLATE_NOOP

DEFAULT_REGION = "FR"
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"\s+")
# Pragmatic e-mail syntax: a local part, one @, a domain with a dot and a 2+ letter TLD.
_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([A-Za-z0-9\u00c0-\uffff]([A-Za-z0-9\u00c0-\uffff-]{0,61}[A-Za-z0-9\u00c0-\uffff])?\.)+"
    r"[A-Za-z\u00c0-\uffff]{2,63}$"
)
# French postcodes: 01000–95999, overseas 97100–98999 (Corsica uses 20xxx).
_FR_POSTCODE = re.compile(r"^(0[1-9]|[1-8]\d|9[0-5]|97|98)\d{3}$")

MSG_EMAIL = QT_TRANSLATE_NOOP("errors", "This e-mail address is not valid.")
MSG_PHONE = QT_TRANSLATE_NOOP("errors", "This phone number is not valid.")
MSG_POSTCODE = QT_TRANSLATE_NOOP("errors", "A French postcode has five digits (e.g. 75011).")
MSG_NAME = QT_TRANSLATE_NOOP("errors", "Give at least a last name, a first name or an e-mail.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("errors", "This value is too long.")
MSG_CHOICE = QT_TRANSLATE_NOOP("errors", "This value is not one of the choices.")
MSG_DATE = QT_TRANSLATE_NOOP("errors", "This date is not valid.")


def clean_text(value: str | None) -> str:
    """NFC, no zero-width characters, single spaces, no spaces at the ends."""
    if not value:
        return ""
    value = unicodedata.normalize("NFC", value).translate(_INVISIBLE)
    return _SPACES.sub(" ", value.replace("\u00a0", " ")).strip()


def clean_email(value: str | None) -> str | None:
    """The address with its domain lower-cased, or None if empty; ValueError if invalid."""
    value = clean_text(value).replace(" ", "")
    if not value:
        return None
    if not _EMAIL.match(value):
        raise ValueError(MSG_EMAIL)
    local, domain = value.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


@dataclass(frozen=True)
class Phone:
    #: As the user typed it (cleaned), for display.
    display: str
    #: International E.164 form ("+33612345678"), for matching and dialling.
    e164: str


def parse_phone(value: str | None, region: str = DEFAULT_REGION) -> Phone | None:
    """Parse a phone number typed in any usual way; ValueError if it cannot be a number."""
    display = clean_text(value)
    if not display:
        return None
    try:
        number = phonenumbers.parse(display, region or DEFAULT_REGION)
    except phonenumbers.NumberParseException as error:
        raise ValueError(MSG_PHONE) from error
    if not phonenumbers.is_valid_number(number):
        raise ValueError(MSG_PHONE)
    return Phone(display, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def format_phone(e164: str | None, region: str = DEFAULT_REGION) -> str:
    """National form for numbers of ``region``, international otherwise."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def readable_phone(value: str | None, region: str = DEFAULT_REGION) -> str:
    """A stored phone, however it was typed, in its usual written form ("02 47 54 15 54");
    a value that is not a valid number is given back as it is."""
    text = clean_text(value)
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, region or DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_valid_number(number):
        return text
    return format_phone(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def clean_postcode(value: str | None, country: str = DEFAULT_REGION) -> str | None:
    value = clean_text(value).replace(" ", "")
    if not value:
        return None
    if (country or DEFAULT_REGION).upper() == "FR":
        if len(value) == 4 and value.isdigit():  # lost its leading zero in a spreadsheet
            value = "0" + value
        if not _FR_POSTCODE.match(value):
            raise ValueError(MSG_POSTCODE)
    return value.upper()
