"""French company identifiers and VAT numbers: checking, storing, showing.

- **SIREN**: the company's 9-digit number; its last digit is a Luhn check digit.
- **SIRET**: an establishment's 14-digit number, the SIREN followed by a 5-digit NIC; the
  whole passes the Luhn check, except the establishments of La Poste (SIREN 356 000 000),
  whose digits must add up to a multiple of 5 (its head office, 356 000 000 00048, passes
  Luhn like everyone else).
- **French VAT number**: "FR", a 2-character key, the SIREN. An all-digit key is
  (12 + 3 × (SIREN mod 97)) mod 97; newer keys hold letters and follow another formula.
  Monaco's numbers (FR + key + 000…) are not SIRENs, so only their key is checked.
- **Other EU VAT numbers** (and the United Kingdom's, Northern Ireland's and
  Switzerland's): the country prefix and the format of that country are checked, not
  their check digits.

What people type is accepted with spaces, dots, dashes and non-breaking spaces
("732 829 320 00074", "732.829.320"); it is stored bare ("73282932000074",
"FR44732829320") and shown grouped (:func:`format_siret` → "732 829 320 00074").

The ``clean_*`` functions return the stored form (None for an empty value) or raise
``ValueError`` whose message is the template to show (marked for translation), so that
"has not 9 digits" and "check digit wrong" are told apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.errors import QT_TRANSLATE_NOOP

MSG_SIREN_LENGTH = QT_TRANSLATE_NOOP("errors", "A SIREN number has 9 digits.")
MSG_SIREN_CHECK = QT_TRANSLATE_NOOP(
    "errors", "This SIREN number is not valid: its check digit is wrong (a typing mistake?)."
)
MSG_SIRET_LENGTH = QT_TRANSLATE_NOOP(
    "errors", "A SIRET number has 14 digits: the 9 of the SIREN, then 5 more."
)
MSG_SIRET_CHECK = QT_TRANSLATE_NOOP(
    "errors", "This SIRET number is not valid: its check digit is wrong (a typing mistake?)."
)
MSG_SIRET_SIREN_CHECK = QT_TRANSLATE_NOOP(
    "errors", "The first 9 digits of this SIRET are not a valid SIREN number."
)
MSG_SIRET_NOT_SIREN = QT_TRANSLATE_NOOP(
    "errors", "This SIRET does not begin with the company's SIREN number."
)
MSG_VAT_COUNTRY = QT_TRANSLATE_NOOP(
    "errors", "A VAT number begins with the code of its country (FR, BE, DE…)."
)
MSG_VAT_FORMAT = QT_TRANSLATE_NOOP(
    "errors", "This VAT number does not have the format of its country."
)
MSG_VAT_FR_LENGTH = QT_TRANSLATE_NOOP(
    "errors", "A French VAT number is FR, a 2-character key and the 9-digit SIREN."
)
MSG_VAT_FR_SIREN = QT_TRANSLATE_NOOP(
    "errors", "The SIREN inside this VAT number is not valid: its check digit is wrong."
)
MSG_VAT_FR_KEY = QT_TRANSLATE_NOOP(
    "errors", "The key of this VAT number does not match its SIREN (a typing mistake?)."
)
MSG_VAT_NOT_SIREN = QT_TRANSLATE_NOOP("errors", "This VAT number is not that of the SIREN given.")

#: What may separate groups of digits as people type or paste them.
_SEPARATORS = re.compile(r"[\s.\-/_\u00a0\u202f\u2009\u2007]+")
LA_POSTE_SIREN = "356000000"
LA_POSTE_HEAD_OFFICE = "35600000000048"
#: The key characters of the newer French VAT numbers (no I and no O).
_FR_KEY_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"


@dataclass(frozen=True)
class VatFormat:
    pattern: re.Pattern[str]
    #: An example shown in the message when the format is wrong.
    example: str


def _format(pattern: str, example: str) -> VatFormat:
    return VatFormat(re.compile(rf"^(?:{pattern})$"), example)


#: The format of the part after the country prefix, per prefix (EU VIES formats, plus
#: GB, XI for Northern Ireland and CH).
VAT_FORMATS: dict[str, VatFormat] = {
    "AT": _format(r"U\d{8}", "ATU12345678"),
    "BE": _format(r"[01]\d{9}", "BE0123456789"),
    "BG": _format(r"\d{9,10}", "BG123456789"),
    "CY": _format(r"\d{8}[A-Z]", "CY12345678X"),
    "CZ": _format(r"\d{8,10}", "CZ12345678"),
    "DE": _format(r"\d{9}", "DE123456789"),
    "DK": _format(r"\d{8}", "DK12345678"),
    "EE": _format(r"\d{9}", "EE123456789"),
    "EL": _format(r"\d{9}", "EL123456789"),
    "ES": _format(r"[A-Z0-9]\d{7}[A-Z0-9]", "ESX1234567X"),
    "FI": _format(r"\d{8}", "FI12345678"),
    "FR": _format(r"[0-9A-HJ-NP-Z]{2}\d{9}", "FR12345678901"),
    "HR": _format(r"\d{11}", "HR12345678901"),
    "HU": _format(r"\d{8}", "HU12345678"),
    "IE": _format(r"\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W]", "IE1234567WA"),
    "IT": _format(r"\d{11}", "IT12345678901"),
    "LT": _format(r"\d{9}|\d{12}", "LT123456789"),
    "LU": _format(r"\d{8}", "LU12345678"),
    "LV": _format(r"\d{11}", "LV12345678901"),
    "MT": _format(r"\d{8}", "MT12345678"),
    "NL": _format(r"\d{9}B\d{2}", "NL123456789B01"),
    "PL": _format(r"\d{10}", "PL1234567890"),
    "PT": _format(r"\d{9}", "PT123456789"),
    "RO": _format(r"[1-9]\d{1,9}", "RO1234567890"),
    "SE": _format(r"\d{10}01", "SE123456789001"),
    "SI": _format(r"\d{8}", "SI12345678"),
    "SK": _format(r"\d{10}", "SK1234567890"),
    "XI": _format(r"\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2}", "XI123456789"),
    "GB": _format(r"\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2}", "GB123456789"),
    "CH": _format(r"E\d{9}(?:MWST|TVA|IVA|TPV)?", "CHE123456789TVA"),
}
#: Prefixes people use that VIES spells otherwise.
_VAT_ALIASES = {"GR": "EL"}


# -- digits -----------------------------------------------------------------------------


def compact(value: str | None) -> str:
    """``value`` without the spaces, dots, dashes and slashes people put between groups."""
    return _SEPARATORS.sub("", value or "").strip()


def luhn_ok(digits: str) -> bool:
    """True if ``digits`` (only digits) pass the Luhn check."""
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    """``partial`` followed by the digit that makes the whole pass the Luhn check."""
    for check in "0123456789":
        if luhn_ok(partial + check):
            return partial + check
    raise ValueError(f"not digits: {partial!r}")


def _digits(value: str) -> bool:
    return value.isascii() and value.isdigit()


# -- SIREN and SIRET --------------------------------------------------------------------


def siren_error(value: str | None) -> str | None:
    """Why ``value`` is not a SIREN (a message template), or None if it is one (or empty)."""
    digits = compact(value)
    if not digits:
        return None
    if len(digits) != 9 or not _digits(digits):
        return MSG_SIREN_LENGTH
    if not luhn_ok(digits):
        return MSG_SIREN_CHECK
    return None


def is_siren(value: str | None) -> bool:
    return bool(compact(value)) and siren_error(value) is None


def clean_siren(value: str | None) -> str | None:
    """The SIREN as stored (9 bare digits), None if empty; ValueError(message) if invalid."""
    error = siren_error(value)
    if error:
        raise ValueError(error)
    return compact(value) or None


def siret_error(value: str | None, siren: str | None = None) -> str | None:
    """Why ``value`` is not a SIRET (of ``siren``, when given), or None if it is one."""
    digits = compact(value)
    if not digits:
        return None
    if len(digits) != 14 or not _digits(digits):
        return MSG_SIRET_LENGTH
    if digits.startswith(LA_POSTE_SIREN) and digits != LA_POSTE_HEAD_OFFICE:
        if sum(int(c) for c in digits) % 5:
            return MSG_SIRET_CHECK
    elif not luhn_ok(digits):
        return MSG_SIRET_CHECK
    if not luhn_ok(digits[:9]):
        return MSG_SIRET_SIREN_CHECK
    expected = compact(siren)
    if expected and _digits(expected) and len(expected) == 9 and digits[:9] != expected:
        return MSG_SIRET_NOT_SIREN
    return None


def is_siret(value: str | None) -> bool:
    return bool(compact(value)) and siret_error(value) is None


def clean_siret(value: str | None, siren: str | None = None) -> str | None:
    """The SIRET as stored (14 bare digits), None if empty; ValueError(message) if invalid.

    With ``siren``, its first 9 digits must be that SIREN.
    """
    error = siret_error(value, siren)
    if error:
        raise ValueError(error)
    return compact(value) or None


def siren_of_siret(siret: str | None) -> str | None:
    """The SIREN a SIRET begins with (None if ``siret`` is not a valid SIRET)."""
    return compact(siret)[:9] if is_siret(siret) else None


# -- VAT numbers ------------------------------------------------------------------------


def french_vat_key(siren: str) -> str:
    """The 2-digit key of the French VAT number of ``siren`` (9 digits)."""
    return f"{(12 + 3 * (int(siren) % 97)) % 97:02d}"


def french_vat_number(siren: str | None) -> str | None:
    """The French VAT number of a SIREN ("FR44732829320"), None if it is not a SIREN."""
    digits = compact(siren)
    if not is_siren(digits):
        return None
    return f"FR{french_vat_key(digits)}{digits}"


def _french_key_ok(key: str, siren: str) -> bool:
    if _digits(key):
        return key == french_vat_key(siren)
    # Newer keys with letters (no I, no O).
    first, second = (_FR_KEY_ALPHABET.index(c) for c in key)
    if key[0].isdigit():
        check = first * 24 + second - 10
    else:
        check = first * 34 + second - 100
    return (int(siren) + 1 + check // 11) % 11 == check % 11


def _split_vat(value: str) -> tuple[str, str]:
    text = compact(value).upper()
    country, rest = text[:2], text[2:]
    return _VAT_ALIASES.get(country, country), rest


def vat_error(value: str | None, siren: str | None = None) -> str | None:
    """Why ``value`` is not a VAT number (of ``siren``, for a French one), or None."""
    if not compact(value):
        return None
    assert value is not None
    country, rest = _split_vat(value)
    if not country.isalpha() or country not in VAT_FORMATS:
        return MSG_VAT_COUNTRY
    if country == "FR":
        if len(rest) != 11 or not _digits(rest[2:]):
            return MSG_VAT_FR_LENGTH
        key, number = rest[:2], rest[2:]
        if any(c not in _FR_KEY_ALPHABET for c in key):
            return MSG_VAT_FR_LENGTH
        monaco = number.startswith("000")
        if not monaco and not luhn_ok(number):
            return MSG_VAT_FR_SIREN
        if not _french_key_ok(key, number):
            return MSG_VAT_FR_KEY
        expected = compact(siren)
        if expected and is_siren(expected) and number != expected:
            return MSG_VAT_NOT_SIREN
        return None
    if not VAT_FORMATS[country].pattern.match(rest):
        return MSG_VAT_FORMAT
    return None


def siren_of_vat_number(value: str | None) -> str | None:
    """The SIREN inside a valid French VAT number (None for other numbers, and Monaco's)."""
    if not is_vat_number(value):
        return None
    country, rest = _split_vat(value or "")
    if country != "FR" or rest[2:].startswith("000"):
        return None
    return rest[2:]


def vat_example(value: str | None) -> str:
    """An example of the format of the country ``value`` begins with (for the message)."""
    country, _ = _split_vat(value or "")
    spec = VAT_FORMATS.get(country)
    return spec.example if spec else VAT_FORMATS["FR"].example


def is_vat_number(value: str | None) -> bool:
    return bool(compact(value)) and vat_error(value) is None


def clean_vat_number(value: str | None, siren: str | None = None) -> str | None:
    """The VAT number as stored ("FR44732829320"), None if empty; ValueError if invalid."""
    error = vat_error(value, siren)
    if error:
        raise ValueError(error)
    if not compact(value):
        return None
    country, rest = _split_vat(value or "")
    return f"{country}{rest}"


# -- showing ----------------------------------------------------------------------------


def format_siren(value: str | None) -> str:
    """ "732829320" → "732 829 320" (anything else is shown as stored)."""
    digits = compact(value)
    if len(digits) == 9 and _digits(digits):
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return value or ""


def format_siret(value: str | None) -> str:
    """ "73282932000074" → "732 829 320 00074" (anything else is shown as stored)."""
    digits = compact(value)
    if len(digits) == 14 and _digits(digits):
        return f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}"
    return value or ""


def format_vat_number(value: str | None) -> str:
    """ "FR44732829320" → "FR 44 732 829 320"; other countries: "DE 123456789"."""
    if not value:
        return ""
    country, rest = _split_vat(value)
    if country == "FR" and len(rest) == 11 and _digits(rest[2:]):
        return f"FR {rest[:2]} {format_siren(rest[2:])}"
    if country in VAT_FORMATS and rest:
        return f"{country} {rest}"
    return value


__all__ = [
    "LA_POSTE_SIREN",
    "MSG_SIREN_CHECK",
    "MSG_SIREN_LENGTH",
    "MSG_SIRET_CHECK",
    "MSG_SIRET_LENGTH",
    "MSG_SIRET_NOT_SIREN",
    "MSG_SIRET_SIREN_CHECK",
    "MSG_VAT_COUNTRY",
    "MSG_VAT_FORMAT",
    "MSG_VAT_FR_KEY",
    "MSG_VAT_FR_LENGTH",
    "MSG_VAT_FR_SIREN",
    "MSG_VAT_NOT_SIREN",
    "VAT_FORMATS",
    "clean_siren",
    "clean_siret",
    "clean_vat_number",
    "compact",
    "format_siren",
    "format_siret",
    "format_vat_number",
    "french_vat_key",
    "french_vat_number",
    "is_siren",
    "is_siret",
    "is_vat_number",
    "luhn_complete",
    "luhn_ok",
    "siren_error",
    "siren_of_siret",
    "siren_of_vat_number",
    "siret_error",
    "vat_error",
    "vat_example",
]
