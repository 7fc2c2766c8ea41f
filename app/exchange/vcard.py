"""vCard files (``.vcf``): reading contacts (vCard 2.1, 3.0 and 4.0) and writing them.

Writing (used by the export): build plain :class:`VCardContact` values (or mappings
with the same keys) and call :func:`write_vcards`::

    from app.exchange.vcard import VCardContact, write_vcards
    write_vcards([VCardContact(first_name="Hélène", last_name="Martin", email="h@x.fr")],
                 Path("contacts.vcf"))            # or an open text stream

Each card gets ``UID``: the contact's ``external_ref`` when it has one, else
``urn:uuid:<id>`` (its Comptoir id). Reading gives the external reference back from a
plain UID and ignores ``urn:uuid:`` ones, so that export then re-import changes nothing.
Lines are folded at 75 octets and end with CRLF, as RFC 6350 / 2426 ask.

Reading: :class:`VCardSource` is a :class:`~app.exchange.sources.Source` with one sheet
whose headers are the labels of the contact fields (so the mapping is guessed without
help): one row per card.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from app.exchange.sources import MSG_BAD_VCARD, ExchangeError, Record, SheetInfo, Source

#: The columns a vCard gives, by contact field (headers are the English field labels).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("external_ref", "Customer reference"),
    ("civility", "Civility"),
    ("first_name", "First name"),
    ("last_name", "Last name"),
    ("company", "Company"),
    ("job_title", "Job title"),
    ("email", "E-mail"),
    ("email2", "Second e-mail"),
    ("phone", "Phone"),
    ("mobile", "Mobile"),
    ("address_line1", "Address"),
    ("address_line2", "Address (2nd line)"),
    ("postcode", "Postcode"),
    ("city", "City"),
    ("country", "Country"),
    ("birthday", "Birthday"),
    ("tags", "Tags"),
    ("notes", "Notes"),
)

_CIVILITY_OUT = {"mr": "M.", "mrs": "Mme", "mx": "Mx"}


@dataclass(frozen=True)
class VCardContact:
    """One contact as plain data; every field is optional."""

    id: str = ""
    external_ref: str | None = None
    civility: str | None = None  # stored code: "mr", "mrs", "mx"
    first_name: str = ""
    last_name: str = ""
    company: str | None = None
    job_title: str | None = None
    email: str | None = None
    email2: str | None = None
    phone: str | None = None
    mobile: str | None = None
    address_line1: str | None = None
    address_line2: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    birthday: date | None = None
    notes: str | None = None
    tags: tuple[str, ...] = ()


# --- Writing ---------------------------------------------------------------------------------


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (never inside a UTF-8 character)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def _as_contact(item: VCardContact | Mapping[str, Any]) -> VCardContact:
    if isinstance(item, VCardContact):
        return item
    known = {f.name for f in fields(VCardContact)}
    values = {key: value for key, value in item.items() if key in known and value is not None}
    if "tags" in values:
        values["tags"] = tuple(values["tags"])
    if isinstance(values.get("birthday"), datetime):
        values["birthday"] = values["birthday"].date()
    return VCardContact(**values)


def vcard_text(contact: VCardContact | Mapping[str, Any], version: str = "3.0") -> str:
    """One contact as a vCard (CRLF line ends, folded)."""
    c = _as_contact(contact)
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    prefix = _CIVILITY_OUT.get(c.civility or "", "")
    lines.append("N:" + ";".join(_escape(v) for v in (c.last_name, c.first_name, "", prefix, "")))
    full = " ".join(p for p in (c.first_name, c.last_name) if p) or c.company or c.email or ""
    lines.append("FN:" + _escape(full))
    if c.company:
        lines.append("ORG:" + _escape(c.company))
    if c.job_title:
        lines.append("TITLE:" + _escape(c.job_title))
    for index, email in enumerate(e for e in (c.email, c.email2) if e):
        pref = ";PREF=1" if version == "4.0" and index == 0 else ""
        kind = ";TYPE=INTERNET" if version != "4.0" else ""
        lines.append(f"EMAIL{kind}{pref}:{_escape(email)}")
    if c.phone:
        kind = "TYPE=voice" if version == "4.0" else "TYPE=VOICE"
        lines.append(f"TEL;{kind}:{_escape(c.phone)}")
    if c.mobile:
        kind = 'TYPE="cell,voice"' if version == "4.0" else "TYPE=CELL"
        lines.append(f"TEL;{kind}:{_escape(c.mobile)}")
    if any((c.address_line1, c.address_line2, c.postcode, c.city)):
        parts = (
            "",
            c.address_line2 or "",
            c.address_line1 or "",
            c.city or "",
            "",
            c.postcode or "",
            c.country or "",
        )
        lines.append(
            "ADR;TYPE="
            + ("home" if version == "4.0" else "HOME")
            + ":"
            + ";".join(_escape(p) for p in parts)
        )
    if c.birthday:
        lines.append("BDAY:" + c.birthday.strftime("%Y%m%d" if version == "4.0" else "%Y-%m-%d"))
    if c.tags:
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in c.tags))
    if c.notes:
        lines.append("NOTE:" + _escape(c.notes))
    if c.external_ref:
        lines.append("UID:" + _escape(c.external_ref))
    elif c.id:
        lines.append(f"UID:urn:uuid:{c.id}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def write_vcards(
    contacts: Iterable[VCardContact | Mapping[str, Any]],
    out: Path | str | TextIO,
    *,
    version: str = "3.0",
) -> int:
    """Write the contacts as vCards (UTF-8) to a path or a text stream; returns the count.

    ``version`` is "3.0" (what most address books read) or "4.0".
    """
    if version not in ("3.0", "4.0"):
        raise ValueError(f"unsupported vCard version {version}")
    if isinstance(out, str | Path):
        with Path(out).open("w", encoding="utf-8", newline="") as handle:
            return write_vcards(contacts, handle, version=version)
    count = 0
    for contact in contacts:
        out.write(vcard_text(contact, version))
        count += 1
    return count


# --- Reading ---------------------------------------------------------------------------------


@dataclass
class _Property:
    name: str
    params: dict[str, list[str]]
    value: str


def _unfold(text: str) -> list[str]:
    lines: list[str] = []
    for raw in re.split(r"\r\n|\r|\n", text):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif lines and lines[-1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1].upper():
            lines[-1] = lines[-1][:-1] + raw  # vCard 2.1 soft line break
        else:
            lines.append(raw)
    return lines


def _split_unescaped(value: str, separator: str) -> list[str]:
    parts, current, escaped = [], "", False
    for char in value:
        if escaped:
            current += "\\" + char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current + ("\\" if escaped else ""))
    return parts


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _parse_line(line: str) -> _Property | None:
    if ":" not in line:
        return None
    # The name and parameters end at the first colon outside quotes.
    in_quotes = False
    for index, char in enumerate(line):
        if char == '"':
            in_quotes = not in_quotes
        elif char == ":" and not in_quotes:
            head, value = line[:index], line[index + 1 :]
            break
    else:
        return None
    pieces = head.split(";")
    name = pieces[0].split(".")[-1].upper()  # "item1.EMAIL" -> "EMAIL"
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        key, sep, raw = piece.partition("=")
        if not sep:  # vCard 2.1: "TEL;CELL:…"
            params.setdefault("TYPE", []).append(key.lower())
            continue
        for item in raw.split(","):
            params.setdefault(key.upper(), []).append(item.strip('"').lower())
    encoding = params.get("ENCODING", [""])[0]
    if encoding == "quoted-printable":
        charset = params.get("CHARSET", ["utf-8"])[0]
        try:
            value = quopri.decodestring(value.encode("ascii", "replace")).decode(charset, "replace")
        except LookupError:
            value = quopri.decodestring(value.encode("ascii", "replace")).decode("utf-8", "replace")
    return _Property(name, params, value)


def parse_vcards(text: str) -> Iterator[dict[str, Any]]:
    """The cards of a vCard text, each as {contact field: value}."""
    card: list[_Property] | None = None
    for line in _unfold(text):
        if not line.strip():
            continue
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            card = []
        elif upper == "END:VCARD":
            if card is not None:
                yield _card_values(card)
            card = None
        elif card is not None:
            prop = _parse_line(line)
            if prop is not None:
                card.append(prop)


def _card_values(card: list[_Property]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    emails: list[str] = []
    phones: list[str] = []
    mobiles: list[str] = []
    tags: list[str] = []
    for prop in card:
        types = {t for t in prop.params.get("TYPE", [])}
        if prop.name == "N":
            parts = [_unescape(p) for p in _split_unescaped(prop.value, ";")] + [""] * 5
            values["last_name"], values["first_name"] = parts[0], parts[1]
            if parts[3]:
                values["civility"] = parts[3]
        elif prop.name == "FN":
            values["_fn"] = _unescape(prop.value)
        elif prop.name == "ORG":
            values["company"] = _unescape(_split_unescaped(prop.value, ";")[0])
        elif prop.name == "TITLE":
            values["job_title"] = _unescape(prop.value)
        elif prop.name == "EMAIL":
            email = _unescape(prop.value).removeprefix("mailto:")
            if "pref" in types or prop.params.get("PREF"):
                emails.insert(0, email)
            else:
                emails.append(email)
        elif prop.name == "TEL":
            number = _unescape(prop.value)
            number = number.removeprefix("tel:")
            if types & {"cell", "mobile", "iphone"}:
                mobiles.append(number)
            elif not types & {"fax"}:
                phones.append(number)
        elif prop.name == "ADR" and "address_line1" not in values:
            parts = [_unescape(p) for p in _split_unescaped(prop.value, ";")] + [""] * 7
            _pobox, extended, street, city, _region, postcode, country = parts[:7]
            street_lines = [s for s in street.split("\n") if s.strip()]
            values["address_line1"] = street_lines[0] if street_lines else ""
            second = extended or " ".join(street_lines[1:])
            if second:
                values["address_line2"] = second
            values["city"], values["postcode"], values["country"] = city, postcode, country
        elif prop.name == "BDAY":
            values["birthday"] = _bday(prop.value)
        elif prop.name == "CATEGORIES":
            tags.extend(_unescape(t) for t in _split_unescaped(prop.value, ","))
        elif prop.name == "NOTE":
            values["notes"] = _unescape(prop.value)
        elif prop.name == "UID":
            uid = _unescape(prop.value)
            if not uid.lower().startswith("urn:uuid:"):
                values["external_ref"] = uid
    if emails:
        values["email"] = emails[0]
    if len(emails) > 1:
        values["email2"] = emails[1]
    if phones:
        values["phone"] = phones[0]
    if mobiles:
        values["mobile"] = mobiles[0]
    if tags:
        values["tags"] = ", ".join(t for t in tags if t)
    fn = values.pop("_fn", "")
    if (
        fn
        and not (values.get("first_name") or values.get("last_name"))
        and fn != values.get("company")
    ):
        first, _, last = fn.rpartition(" ")
        values["first_name"], values["last_name"] = first, last
    return values


def _bday(value: str) -> date | str:
    text = value.strip()
    for pattern in ("%Y%m%d", "%Y-%m-%d"):
        try:
            return datetime.strptime(text[:10] if "-" in text else text[:8], pattern).date()
        except ValueError:
            continue
    return text  # "--0412" (no year) and the like: left for the importer to refuse


class VCardSource(Source):
    format = "vcf"

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        from app.exchange.sources import read_text

        try:
            data = path.read_bytes()
        except OSError as error:
            raise ExchangeError(MSG_BAD_VCARD, name=path.name) from error
        self._cards = list(parse_vcards(read_text(data)))
        if not self._cards:
            raise ExchangeError(MSG_BAD_VCARD, name=path.name)
        self.sheets = [SheetInfo("vCards", False, len(self._cards) + 1)]

    def sheet_name(self, sheet: str | None) -> str:
        return self.sheets[0].name

    def detect_header(self, sheet: str | None) -> int:
        return 0

    def rows(self, sheet: str | None) -> Iterator[Record]:
        yield 1, [label for _, label in COLUMNS]
        for number, card in enumerate(self._cards, start=2):
            yield number, [card.get(name) for name, _ in COLUMNS]


__all__ = ["COLUMNS", "VCardContact", "VCardSource", "parse_vcards", "vcard_text", "write_vcards"]
