"""Turning spreadsheet cells into clean values: text, dates, numbers, money, phones, ids.

Cells come as openpyxl gives them (str, int, float, bool, datetime, date, time) or as CSV
text. Every parser here raises :class:`CellError` (a template marked for translation,
context "errors", with its parameters) when the cell cannot be read; the importer turns
it into a rejection reason for the row.

- text: NFC, zero-width characters and stray spaces removed, non-breaking spaces made
  plain (``clean_text``);
- dates: date cells, text (31/12/2024, 31-12-24, 2024-12-31, with or without a time)
  and serial numbers (1900 or 1904 date system);
- numbers: 1234.5, "1 234,56" (with plain, non-breaking or narrow spaces), "1.234,56",
  "1,234.56", currency signs and "%" ignored, "(12,50)" is negative;
- phones: a French number stored as a number (612345678) gets its leading 0 back;
- identifiers (customer numbers, SIRET, EAN) stored as numbers: digits beyond what a
  spreadsheet number holds (15 significant digits) are flagged as possibly lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from app.errors import QT_TRANSLATE_NOOP
from app.validation import Phone, clean_text, parse_phone

MSG_REQUIRED = QT_TRANSLATE_NOOP("errors", "{field} is required.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "{field} is too long ({length} characters, at most {max})."
)
MSG_DATE = QT_TRANSLATE_NOOP("errors", "{field}: “{value}” is not a date.")
MSG_NUMBER = QT_TRANSLATE_NOOP("errors", "{field}: “{value}” is not a number.")
MSG_EMAIL = QT_TRANSLATE_NOOP("errors", "{field}: “{value}” is not a valid e-mail address.")
MSG_PHONE = QT_TRANSLATE_NOOP("errors", "{field}: “{value}” is not a valid phone number.")
MSG_POSTCODE = QT_TRANSLATE_NOOP("errors", "{field}: “{value}” is not a valid postcode.")
MSG_PRECISION = QT_TRANSLATE_NOOP(
    "errors",
    "{field}: “{value}” was stored as a number by the spreadsheet and may have lost its "
    "last digits. Format the column as text in the spreadsheet and export it again.",
)
MSG_CHOICE = QT_TRANSLATE_NOOP("errors", "{field}: “{value}” is not one of {choices}.")

#: Largest integer a spreadsheet number (a double) holds exactly; Excel shows 15 digits.
EXACT_DIGITS = 15


@dataclass
class CellError(ValueError):
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.params)


def text(cell: Any) -> str:
    """Any cell as clean text ("" for empty); numbers without a spurious ".0"."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        # Fast path: plain ASCII text with single spaces is already clean.
        if cell.isascii() and cell.isprintable() and "  " not in cell and cell.strip() == cell:
            return cell
        return clean_text(cell)
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, float):
        if cell.is_integer() and abs(cell) < 1e16:
            return str(int(cell))
        return repr(cell)
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ")
    if isinstance(cell, date | time):
        return cell.isoformat()
    return clean_text(str(cell))


def is_blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not clean_text(cell))


_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?[eE]\+?\d+$")


def identifier(cell: Any, label: str) -> str:
    """A reference (customer number, SIRET, EAN…) as text.

    A number that a spreadsheet cannot hold exactly (more than 15 significant digits, or
    written in scientific notation "1,23457E+15") raises CellError (precision lost).
    """
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return text(cell)
    if isinstance(cell, int):
        if len(str(abs(cell))) > EXACT_DIGITS:
            raise CellError(MSG_PRECISION, {"field": label, "value": str(cell)})
        return str(cell)
    if isinstance(cell, float):
        if not cell.is_integer():
            return text(cell)
        digits = str(int(abs(cell)))
        if len(digits.rstrip("0")) > EXACT_DIGITS or len(digits) > EXACT_DIGITS:
            raise CellError(MSG_PRECISION, {"field": label, "value": f"{cell:.15g}"})
        return str(int(cell))
    value = text(cell)
    if _SCIENTIFIC.match(value):
        raise CellError(MSG_PRECISION, {"field": label, "value": value})
    return value


# --- Numbers ---------------------------------------------------------------------------------

_NUMBER_NOISE = re.compile(r"[\s\u00a0\u202f\u2009'’€$£%]|EUR|USD|GBP|CHF", re.IGNORECASE)


def decimal(cell: Any, label: str) -> Decimal | None:
    """A number cell or text as Decimal (None when empty); CellError when not a number."""
    if cell is None:
        return None
    if isinstance(cell, bool):
        return Decimal(int(cell))
    if isinstance(cell, int):
        return Decimal(cell)
    if isinstance(cell, float):
        return Decimal(repr(cell))
    raw = text(cell)
    if not raw:
        return None
    value = _NUMBER_NOISE.sub("", raw)
    negative = False
    if value.startswith("(") and value.endswith(")"):
        negative, value = True, value[1:-1]
    if value.endswith("-") and value[:-1].replace(",", "").replace(".", "").isdigit():
        negative, value = True, value[:-1]
    value = value.replace("\u2212", "-")
    if "," in value and "." in value:
        # The last separator is the decimal one: "1.234,56" or "1,234.56".
        if value.rfind(",") > value.rfind("."):
            value = value.replace(".", "").replace(",", ".")
        else:
            value = value.replace(",", "")
    elif "," in value:
        head, _, tail = value.rpartition(",")
        if value.count(",") > 1:
            value = value.replace(",", "")  # 1,234,567
        else:
            value = f"{head}.{tail}"
    elif value.count(".") > 1:
        value = value.replace(".", "")  # 1.234.567
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise CellError(MSG_NUMBER, {"field": label, "value": raw}) from None
    if not number.is_finite():
        raise CellError(MSG_NUMBER, {"field": label, "value": raw})
    return -number if negative else number


def cents(cell: Any, label: str) -> int | None:
    """An amount in currency units as integer cents (rounded half up)."""
    number = decimal(cell, label)
    if number is None:
        return None
    return int((number * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def integer(cell: Any, label: str) -> int | None:
    number = decimal(cell, label)
    if number is None:
        return None
    return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def rate_bp(cell: Any, label: str) -> int | None:
    """A rate as basis points: "20 %", "20", "0.2", "5,5" -> 2000, 2000, 2000, 550."""
    number = decimal(cell, label)
    if number is None:
        return None
    if abs(number) <= 1 and not (isinstance(cell, str) and "%" in cell and number >= 1):
        number *= 100
    return int((number * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --- Dates -----------------------------------------------------------------------------------

_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)
_DATE_TEXT = re.compile(
    r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:[ T]+(\d{1,2})[:hH](\d{2})(?::(\d{2}))?)?$"
)
_ISO_TEXT = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$"
)


def from_serial(serial: float, epoch_1904: bool = False) -> datetime:
    """A spreadsheet day serial as a datetime (1900 or 1904 date system)."""
    if epoch_1904:
        return _EPOCH_1904 + timedelta(days=serial)
    if serial < 60:  # Excel's phantom 29/02/1900
        serial += 1
    return _EPOCH_1900 + timedelta(days=serial)


def moment(cell: Any, label: str, epoch_1904: bool = False) -> datetime | None:
    """A date or date-and-time cell as a naive datetime (None when empty)."""
    if cell is None:
        return None
    if isinstance(cell, datetime):
        return cell
    if isinstance(cell, date):
        return datetime.combine(cell, time())
    if isinstance(cell, bool):
        raise CellError(MSG_DATE, {"field": label, "value": text(cell)})
    if isinstance(cell, int | float):
        if not 1 <= cell < 2_958_466:
            raise CellError(MSG_DATE, {"field": label, "value": text(cell)})
        return from_serial(float(cell), epoch_1904)
    raw = text(cell)
    if not raw:
        return None
    try:
        match = _DATE_TEXT.match(raw)
        if match:
            day, month, year, hour, minute, second = match.groups()
            full_year = int(year) + (2000 if int(year) < 70 else 1900) * (len(year) == 2)
            return datetime(
                full_year,
                int(month),
                int(day),
                int(hour or 0),
                int(minute or 0),
                int(second or 0),
            )
        match = _ISO_TEXT.match(raw)
        if match:
            value = datetime.fromisoformat(raw.replace(" ", "T").replace("Z", "+00:00"))
            if value.tzinfo is not None:
                value = value.astimezone(UTC).replace(tzinfo=None)
            return value
        if re.fullmatch(r"\d{5}(\.\d+)?", raw):
            return from_serial(float(raw), epoch_1904)
        if re.fullmatch(r"\d{8}", raw):  # 20241231 (vCard BDAY)
            return datetime(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
    except ValueError:
        pass
    raise CellError(MSG_DATE, {"field": label, "value": raw})


def day(cell: Any, label: str, epoch_1904: bool = False) -> date | None:
    value = moment(cell, label, epoch_1904)
    return value.date() if value is not None else None


def utc(value: datetime) -> datetime:
    """A naive local date-time from a spreadsheet as an aware UTC timestamp."""
    if value.tzinfo is None:
        return value.astimezone(UTC)
    return value.astimezone(UTC)


# --- Phones ----------------------------------------------------------------------------------

_FR_NATIONAL = re.compile(r"^0[1-9]\d{8}$")
_SEPARATORS = re.compile(r"[\s.\-/()\u00a0]")


def phone(cell: Any, label: str, region: str = "FR") -> Phone | None:
    """A phone number; one stored as a number gets its French leading 0 back."""
    if cell is None:
        return None
    restored = False
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        digits = text(cell)
        if len(digits) == 9 and digits[0] != "0":
            digits = "0" + digits
        elif len(digits) == 11 and digits.startswith("33"):
            digits = "+" + digits
        raw, restored = digits, True
    else:
        raw = text(cell)
        if not raw:
            return None
        compact = _SEPARATORS.sub("", raw)
        if compact.isdigit() and len(compact) == 9 and region == "FR":
            raw, restored = "0" + compact, True
    compact = _SEPARATORS.sub("", raw)
    if (region or "FR") == "FR" and _FR_NATIONAL.match(compact):
        display = " ".join(compact[i : i + 2] for i in range(0, 10, 2)) if restored else raw
        return Phone(display, "+33" + compact[1:])
    try:
        found = parse_phone(raw, region)
    except ValueError:
        raise CellError(MSG_PHONE, {"field": label, "value": raw}) from None
    return found


__all__ = [
    "CellError",
    "cents",
    "day",
    "decimal",
    "from_serial",
    "identifier",
    "integer",
    "is_blank",
    "moment",
    "phone",
    "rate_bp",
    "text",
    "utc",
]
