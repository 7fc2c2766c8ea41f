"""vCards: written for address books, read from them (2.1, 3.0, 4.0), imported as contacts."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.exchange.importer import ImportOptions, run_import
from app.exchange.sources import open_source
from app.exchange.vcard import VCardContact, parse_vcards, vcard_text, write_vcards
from models import Contact, Tag
from models.database import Database

HELENE = VCardContact(
    id="6f1c0d6e-0000-4000-8000-000000000001",
    civility="mrs",
    first_name="Hélène",
    last_name="Lefèvre; Martin",
    company="Café, Thé & Co",
    job_title="Gérante",
    email="helene@exemple.fr",
    email2="h.lefevre@perso.fr",
    phone="01 42 68 53 00",
    mobile="06 12 34 56 78",
    address_line1="12 rue de la Paix",
    address_line2="Bâtiment B",
    postcode="75002",
    city="Paris",
    country="FR",
    birthday=date(1980, 4, 12),
    notes="Préfère être appelée le matin.\nCliente depuis 2015 \\ fidèle.",
    tags=("VIP", "Paris centre"),
)


def test_a_card_is_written_folded_escaped_with_crlf():
    text = vcard_text(HELENE)
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert text.endswith("END:VCARD\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert "N:Lefèvre\\; Martin;Hélène;;Mme;\r\n" in text
    assert "ORG:Café\\, Thé & Co\r\n" in text
    assert "TEL;TYPE=CELL:06 12 34 56 78\r\n" in text
    assert "UID:urn:uuid:6f1c0d6e-0000-4000-8000-000000000001\r\n" in text
    assert "\r\n " in vcard_text(VCardContact(notes="x" * 200))  # long lines are folded


def test_written_cards_read_back_the_same_in_3_0_and_4_0():
    for version in ("3.0", "4.0"):
        buffer = io.StringIO()
        assert write_vcards([HELENE, {"last_name": "Durand", "external_ref": "C7"}], buffer,
                            version=version) == 2  # fmt: skip
        first, second = parse_vcards(buffer.getvalue())
        assert first == {
            "civility": "Mme",
            "first_name": "Hélène",
            "last_name": "Lefèvre; Martin",
            "company": "Café, Thé & Co",
            "job_title": "Gérante",
            "email": "helene@exemple.fr",
            "email2": "h.lefevre@perso.fr",
            "phone": "01 42 68 53 00",
            "mobile": "06 12 34 56 78",
            "address_line1": "12 rue de la Paix",
            "address_line2": "Bâtiment B",
            "city": "Paris",
            "postcode": "75002",
            "country": "FR",
            "birthday": date(1980, 4, 12),
            "tags": "VIP, Paris centre",
            "notes": "Préfère être appelée le matin.\nCliente depuis 2015 \\ fidèle.",
        }, version
        assert second["external_ref"] == "C7" and second["last_name"] == "Durand"


def test_cards_from_other_address_books_are_read():
    text = (
        # vCard 2.1, as old phones export it: quoted-printable, bare type parameters.
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Lef=C3=A8vre;"
        "H=C3=A9l=C3=A8ne;;;\r\nTEL;CELL:0612345678\r\nTEL;WORK;VOICE:0142685300\r\n"
        "END:VCARD\r\n"
        # vCard 4.0 from a web address book: grouped properties, tel URIs, FN only.
        "BEGIN:VCARD\nVERSION:4.0\nFN:Jean Dupont\nitem1.EMAIL;TYPE=work:jean@ex.fr\n"
        'TEL;VALUE=uri;TYPE="cell,voice":tel:+33-6-11-22-33-44\n'
        "ADR;TYPE=work:;;1 place\\nBât. C;Lyon;;69001;France\nBDAY:--0412\n"
        "UID:urn:uuid:1234\nEND:VCARD\n"
        # vCard 3.0 folded on a tab, with a plain UID and a preferred e-mail second.
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Durand;Zo\r\n\té;;;\r\nEMAIL:a@ex.fr\r\n"
        "EMAIL;TYPE=INTERNET,PREF:b@ex.fr\r\nUID:C42\r\nEND:VCARD\r\n"
    )
    old, web, folded = parse_vcards(text)
    assert old == {"last_name": "Lefèvre", "first_name": "Hélène", "mobile": "0612345678",
                   "phone": "0142685300"}  # fmt: skip
    assert web["first_name"] == "Jean" and web["last_name"] == "Dupont"
    assert web["mobile"] == "+33-6-11-22-33-44" and web["email"] == "jean@ex.fr"
    assert (web["address_line1"], web["address_line2"], web["postcode"]) == (
        "1 place", "Bât. C", "69001",
    )  # fmt: skip
    assert web["birthday"] == "--0412" and "external_ref" not in web
    assert (folded["first_name"], folded["email"], folded["email2"]) == (
        "Zoé",
        "b@ex.fr",
        "a@ex.fr",
    )
    assert folded["external_ref"] == "C42"


def test_a_vcf_file_imports_as_contacts(db: Database, tmp_path: Path):
    path = tmp_path / "carnet.vcf"
    write_vcards([HELENE, VCardContact(first_name="Jo", last_name="Petit", birthday=None)], path)
    with open_source(path) as source:
        assert source.format == "vcf"
        assert source.detect_header(None) == 0
    summary = run_import(db, path, ImportOptions("contacts"))
    assert (summary.created, summary.rejected) == (2, 0)
    with db.read() as session:
        helene = session.scalars(select(Contact).where(Contact.first_name == "Hélène")).one()
        assert (helene.civility, helene.email2, helene.mobile_e164, helene.birthday) == (
            "mrs", "h.lefevre@perso.fr", "+33612345678", date(1980, 4, 12),
        )  # fmt: skip
        assert helene.address_line2 == "Bâtiment B" and helene.company_id is not None
        assert helene.notes == HELENE.notes
        assert helene.external_ref is None  # its UID was a Comptoir id
        assert sorted(session.scalars(select(Tag.name))) == ["Paris centre", "VIP"]


def test_a_vcf_without_cards_is_refused(tmp_path: Path):
    import pytest

    from app.exchange.sources import MSG_BAD_VCARD, ExchangeError

    path = tmp_path / "vide.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\n", encoding="utf-8")
    with pytest.raises(ExchangeError) as error:
        open_source(path)
    assert error.value.template == MSG_BAD_VCARD
