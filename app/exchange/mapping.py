"""What can be imported: the fields of each kind, guessing them from headers, presets.

:func:`fields` lists the fields a column can be mapped to (labels are English, marked
for translation in the context "exchange"). :func:`guess_mapping` maps the columns of a
file from their headers, French or English, accents, case and punctuation ignored
("N° client", "Customer ID", "Tél. portable"…). A mapping is
``{column index: field name}``; columns left out are ignored.

Presets are named mappings saved in the ``settings`` table (key
``import.presets.<kind>``), stored by header text (``{header: field}``) so that they
still apply when the columns of a later file move.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.errors import QT_TRANSLATE_NOOP, UserError
from models.database import Database
from models.people import fold
from models.system import Setting

KINDS = ("contacts", "companies", "products", "orders", "interactions", "deals")

KIND_LABELS = {
    "contacts": QT_TRANSLATE_NOOP("exchange", "Contacts"),
    "companies": QT_TRANSLATE_NOOP("exchange", "Companies"),
    "products": QT_TRANSLATE_NOOP("exchange", "Products"),
    "orders": QT_TRANSLATE_NOOP("exchange", "Orders"),
    "interactions": QT_TRANSLATE_NOOP("exchange", "Interactions"),
    "deals": QT_TRANSLATE_NOOP("exchange", "Deals"),
}

MSG_UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "errors", "Unknown kind of import “{kind}” (expected one of: {kinds})."
)
MSG_UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "errors", "The mapping names a field “{field}” that {kind} do not have."
)
MSG_PRESET_NAME = QT_TRANSLATE_NOOP("errors", "Give the mapping a name.")
MSG_NO_PRESET = QT_TRANSLATE_NOOP("errors", "There is no saved mapping named “{name}”.")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    #: English label, translated by the GUI in the context "exchange".
    label: str
    required: bool = False
    #: Headers (French and English) that mean this field; compared folded.
    aliases: tuple[str, ...] = ()
    #: Longest text the database holds, for text fields.
    max_length: int | None = None


def _f(
    name: str, label: str, *aliases: str, required: bool = False, max_length: int | None = None
) -> FieldSpec:
    return FieldSpec(name, label, required, aliases, max_length)


# fmt: off
_PERSON = (
    _f("external_ref", QT_TRANSLATE_NOOP("exchange", "Customer reference"),
        "n° client", "no client", "num client", "numero client", "numéro de client", "code client",
        "ref client", "réf. client", "reference client", "id client", "customer id",
        "customer ref", "customer reference", "customer no", "client id", "external ref",
        "external reference", "référence externe", "customerid", "uid", max_length=100,
    ),
    _f("civility", QT_TRANSLATE_NOOP("exchange", "Civility"),
        "civilité", "civilite", "titre", "title", "salutation", "mr/mrs", max_length=10,
    ),
    _f("first_name", QT_TRANSLATE_NOOP("exchange", "First name"),
        "prénom", "prenom", "first name", "firstname", "given name", "forename", max_length=200,
    ),
    _f("last_name", QT_TRANSLATE_NOOP("exchange", "Last name"),
        "nom", "nom de famille", "last name", "lastname", "surname", "family name", max_length=200,
    ),
    _f("full_name", QT_TRANSLATE_NOOP("exchange", "Full name"),
        "nom complet", "full name", "name", "contact", "nom et prénom", "prénom nom", "nom prénom",
        "display name", max_length=400,
    ),
    _f("company", QT_TRANSLATE_NOOP("exchange", "Company"),
        "société", "societe", "entreprise", "raison sociale", "company", "company name",
        "organisation", "organization", "employeur", "org", max_length=300,
    ),
    _f("job_title", QT_TRANSLATE_NOOP("exchange", "Job title"),
        "fonction", "poste", "job title", "job", "position", "role", max_length=200,
    ),
    _f("email", QT_TRANSLATE_NOOP("exchange", "E-mail"),
        "courriel", "e-mail", "email", "mail", "adresse e-mail", "adresse mail",
        "adresse électronique", "email address", "e-mail address", "courriel 1", "e-mail 1",
        "email 1", max_length=320,
    ),
    _f("email2", QT_TRANSLATE_NOOP("exchange", "Second e-mail"),
        "courriel 2", "e-mail 2", "email 2", "autre e-mail", "other email", "other e-mail",
        "autre courriel", "e-mail secondaire", "e-mail (2)", max_length=320,
    ),
    _f("phone", QT_TRANSLATE_NOOP("exchange", "Phone"),
        "tél.", "tel", "tél", "téléphone", "telephone", "phone", "phone number", "tel fixe",
        "téléphone fixe", "fixe", "work phone", "home phone", "numéro de téléphone", max_length=50,
    ),
    _f("mobile", QT_TRANSLATE_NOOP("exchange", "Mobile"),
        "portable", "mobile", "tél. portable", "tel portable", "téléphone portable",
        "téléphone mobile", "cell", "cellphone", "mobile phone", "gsm", max_length=50,
    ),
    _f("address_line1", QT_TRANSLATE_NOOP("exchange", "Address"),
        "adresse", "address", "rue", "street", "adresse 1", "address 1", "address line 1",
        "adresse ligne 1", max_length=300,
    ),
    _f("address_line2", QT_TRANSLATE_NOOP("exchange", "Address (2nd line)"),
        "adresse 2", "complément d'adresse", "complement adresse", "address 2", "address line 2",
        "adresse ligne 2", "address (continued)", "adresse (suite)", "suite de l'adresse",
        max_length=300,
    ),
    _f("postcode", QT_TRANSLATE_NOOP("exchange", "Postcode"),
        "cp", "code postal", "postcode", "post code", "postal code", "zip", "zip code",
        max_length=20,
    ),
    _f("city", QT_TRANSLATE_NOOP("exchange", "City"),
        "ville", "city", "commune", "localité", "town", max_length=200,
    ),
    _f("country", QT_TRANSLATE_NOOP("exchange", "Country"),
        "pays", "country", "country code", "code pays",
    ),
    _f("website", QT_TRANSLATE_NOOP("exchange", "Website"),
        "site web", "site internet", "site", "website", "web site", "url", max_length=300,
    ),
    _f("notes", QT_TRANSLATE_NOOP("exchange", "Notes"),
        "notes", "note", "commentaire", "commentaires", "remarques", "comments", "comment",
        "observations",
    ),
)
# fmt: on


def _pick(*names: str) -> tuple[FieldSpec, ...]:
    by_name = {spec.name: spec for spec in _PERSON}
    return tuple(by_name[name] for name in names)


# fmt: off
_CONTACTS = (
    _f("customer_number", QT_TRANSLATE_NOOP("exchange", "Comptoir customer number"),
        "customer number", "comptoir customer number", "n° client comptoir",
        "numéro client comptoir", "numero de client comptoir", max_length=50,
    ),
    *_pick(
        "external_ref",
        "civility",
        "first_name",
        "last_name",
        "full_name",
        "company",
        "job_title",
        "email",
        "email2",
        "phone",
        "mobile",
        "address_line1",
        "address_line2",
        "postcode",
        "city",
        "country",
    ),
    _f("birthday", QT_TRANSLATE_NOOP("exchange", "Birthday"),
        "date de naissance", "anniversaire", "né le", "birthday", "birth date", "date of birth",
        "dob",
    ),
    _f("status", QT_TRANSLATE_NOOP("exchange", "Status"), "statut", "status", "type de contact"),
    _f("source", QT_TRANSLATE_NOOP("exchange", "Source"),
        "source", "origine", "provenance", "lead source", max_length=100,
    ),
    _f("tags", QT_TRANSLATE_NOOP("exchange", "Tags"),
        "tags", "étiquettes", "etiquettes", "catégories", "categories", "groupes", "groups",
        "labels",
    ),
    *_pick("notes"),
)
# fmt: on

# fmt: off
_COMPANIES = (
    _f("external_ref", QT_TRANSLATE_NOOP("exchange", "Company reference"),
        "n° client", "code client", "réf. client", "référence", "reference", "ref", "customer id",
        "company id", "id société", "id entreprise", "external ref", max_length=100,
    ),
    _f("name", QT_TRANSLATE_NOOP("exchange", "Company name"),
        "raison sociale", "société", "societe", "entreprise", "nom", "nom de l'entreprise",
        "nom société", "company", "company name", "name", "organisation", "organization",
        "enseigne", required=True, max_length=300,
    ),
    _f("legal_name", QT_TRANSLATE_NOOP("exchange", "Legal name"),
        "dénomination", "dénomination sociale", "legal name", "nom légal", max_length=300,
    ),
    _f("siren", QT_TRANSLATE_NOOP("exchange", "SIREN"), "siren", "n° siren", "numéro siren"),
    _f("siret", QT_TRANSLATE_NOOP("exchange", "SIRET"), "siret", "n° siret", "numéro siret"),
    _f("vat_number", QT_TRANSLATE_NOOP("exchange", "VAT number"),
        "n° tva", "tva intracommunautaire", "numéro de tva", "n° tva intracom", "vat",
        "vat number", "vat id", max_length=20,
    ),
    _f("sector", QT_TRANSLATE_NOOP("exchange", "Sector"),
        "secteur", "secteur d'activité", "activité", "sector", "industry", "naf", "code naf",
        "ape", max_length=200,
    ),
    _f("size", QT_TRANSLATE_NOOP("exchange", "Headcount"),
        "effectif", "taille", "size", "employees", "headcount", "nombre de salariés",
        max_length=50,
    ),
    *_pick(
        "email",
        "phone",
        "website",
        "address_line1",
        "address_line2",
        "postcode",
        "city",
        "country",
        "notes",
    ),
)
# fmt: on

# fmt: off
_PRODUCTS = (
    _f("reference", QT_TRANSLATE_NOOP("exchange", "Product reference"),
        "référence", "reference", "réf", "ref", "réf.", "code article", "code produit", "article",
        "sku", "stockcode", "stock code", "product code", "item code", "ean", max_length=100,
    ),
    _f("name", QT_TRANSLATE_NOOP("exchange", "Product name"),
        "désignation", "designation", "libellé", "libelle", "nom", "nom du produit", "produit",
        "name", "product", "product name", "description", "item", required=True, max_length=300,
    ),
    _f("description", QT_TRANSLATE_NOOP("exchange", "Description"),
        "description longue", "long description", "détails", "details",
    ),
    _f("category", QT_TRANSLATE_NOOP("exchange", "Category"),
        "catégorie", "categorie", "famille", "rayon", "category", "family", max_length=200,
    ),
    _f("unit_price", QT_TRANSLATE_NOOP("exchange", "Unit price"),
        "prix", "prix unitaire", "prix ttc", "prix de vente", "pu", "p.u.", "tarif", "price",
        "unit price", "sale price",
    ),
    _f("vat_rate", QT_TRANSLATE_NOOP("exchange", "VAT rate"),
        "tva", "taux de tva", "taux tva", "vat", "vat rate", "tax rate",
    ),
    _f("currency", QT_TRANSLATE_NOOP("exchange", "Currency"), "devise", "monnaie", "currency"),
)
# fmt: on

# fmt: off
_ORDERS = (
    _f("number", QT_TRANSLATE_NOOP("exchange", "Order or invoice number"),
        "n° facture", "no facture", "numéro de facture", "facture", "n° commande",
        "numéro de commande", "commande", "invoice", "invoice no", "invoice number", "invoiceno",
        "order", "order id", "order no", "order number", "n° de pièce", "pièce", "ticket",
        "n° ticket", required=True, max_length=100,
    ),
    _f("date", QT_TRANSLATE_NOOP("exchange", "Date"),
        "date", "date facture", "date de facture", "date de commande", "date commande",
        "invoicedate", "invoice date", "order date", "date de vente", "sale date", required=True,
    ),
    _f("customer_ref", QT_TRANSLATE_NOOP("exchange", "Customer reference"),
        "n° client", "no client", "code client", "réf. client", "id client", "customer id",
        "customer", "customer ref", "customer no", "customer number", "customerid", "client",
    ),
    _f("customer_email", QT_TRANSLATE_NOOP("exchange", "Customer e-mail"),
        "courriel", "e-mail", "email", "mail", "courriel client", "e-mail client",
        "customer email",
    ),
    _f("customer_name", QT_TRANSLATE_NOOP("exchange", "Customer name"),
        "nom client", "nom du client", "customer name", "nom", "name",
    ),
    _f("product_ref", QT_TRANSLATE_NOOP("exchange", "Product reference"),
        "référence", "reference", "réf", "réf.", "code article", "code produit", "article", "sku",
        "stockcode", "stock code", "product code", "item code",
    ),
    _f("description", QT_TRANSLATE_NOOP("exchange", "Line description"),
        "désignation", "designation", "libellé", "libelle", "description", "produit", "product",
        "product name", max_length=500,
    ),
    _f("quantity", QT_TRANSLATE_NOOP("exchange", "Quantity"),
        "quantité", "quantite", "qté", "qte", "quantity", "qty",
    ),
    _f("unit_price", QT_TRANSLATE_NOOP("exchange", "Unit price"),
        "prix unitaire", "prix unitaire ttc", "pu", "p.u.", "pu ttc", "prix", "price",
        "unit price", "unitprice",
    ),
    _f("amount", QT_TRANSLATE_NOOP("exchange", "Amount incl. VAT"),
        "montant ttc", "montant", "total ttc", "total", "amount", "total amount", "line total",
        "montant ligne", "net amount",
    ),
    _f("vat_rate", QT_TRANSLATE_NOOP("exchange", "VAT rate"),
        "tva", "taux de tva", "taux tva", "vat rate", "tax rate",
    ),
    _f("currency", QT_TRANSLATE_NOOP("exchange", "Currency"), "devise", "monnaie", "currency"),
    _f("channel", QT_TRANSLATE_NOOP("exchange", "Sales channel"),
        "canal", "canal de vente", "channel", "sales channel", max_length=20,
    ),
    _f("country", QT_TRANSLATE_NOOP("exchange", "Customer country"), "pays", "country"),
)
# fmt: on

# fmt: off
_INTERACTIONS = (
    _f("date", QT_TRANSLATE_NOOP("exchange", "Date"),
        "date", "date et heure", "le", "when", "date time", "occurred at", required=True,
    ),
    _f("channel", QT_TRANSLATE_NOOP("exchange", "Channel"),
        "canal", "type", "moyen", "channel", "medium", "kind", required=True,
    ),
    _f("direction", QT_TRANSLATE_NOOP("exchange", "Direction"),
        "sens", "direction", "entrant/sortant",
    ),
    _f("subject", QT_TRANSLATE_NOOP("exchange", "Subject"),
        "objet", "sujet", "titre", "subject", "title", max_length=300,
    ),
    _f("body", QT_TRANSLATE_NOOP("exchange", "Details"),
        "détails", "details", "compte rendu", "contenu", "message", "body", "notes", "note",
        "description",
    ),
    _f("outcome", QT_TRANSLATE_NOOP("exchange", "Outcome"),
        "résultat", "resultat", "issue", "outcome", "result", max_length=300,
    ),
    _f("duration", QT_TRANSLATE_NOOP("exchange", "Duration (minutes)"),
        "durée", "duree", "durée (min)", "duration", "minutes",
    ),
    _f("contact_ref", QT_TRANSLATE_NOOP("exchange", "Customer reference"),
        "n° client", "code client", "réf. client", "customer id", "customer ref", "client",
    ),
    _f("contact_email", QT_TRANSLATE_NOOP("exchange", "Customer e-mail"),
        "courriel", "e-mail", "email", "mail",
    ),
)
# fmt: on

# fmt: off
_DEALS = (
    _f("external_ref", QT_TRANSLATE_NOOP("exchange", "Deal reference"),
        "référence", "reference", "ref", "n° affaire", "id affaire", "deal id", "opportunity id",
        max_length=100,
    ),
    _f("title", QT_TRANSLATE_NOOP("exchange", "Deal title"),
        "affaire", "titre", "intitulé", "objet", "opportunité", "deal", "title", "deal name",
        "opportunity", "name", required=True, max_length=300,
    ),
    _f("amount", QT_TRANSLATE_NOOP("exchange", "Amount"),
        "montant", "montant ttc", "montant ht", "valeur", "amount", "value", "deal value",
    ),
    _f("stage", QT_TRANSLATE_NOOP("exchange", "Stage"),
        "étape", "etape", "phase", "stade", "stage", "deal stage",
    ),
    _f("status", QT_TRANSLATE_NOOP("exchange", "Status"), "statut", "état", "status", "state"),
    _f("probability", QT_TRANSLATE_NOOP("exchange", "Probability (%)"),
        "probabilité", "probabilite", "probability", "%", "chance",
    ),
    _f("expected_close_date", QT_TRANSLATE_NOOP("exchange", "Expected close date"),
        "date de clôture prévue", "clôture prévue", "date de signature prévue", "échéance",
        "close date", "expected close date", "closing date",
    ),
    _f("contact_ref", QT_TRANSLATE_NOOP("exchange", "Customer reference"),
        "n° client", "code client", "customer id", "customer ref",
    ),
    _f("contact_email", QT_TRANSLATE_NOOP("exchange", "Customer e-mail"),
        "courriel", "e-mail", "email", "contact email",
    ),
    _f("company", QT_TRANSLATE_NOOP("exchange", "Company"),
        "société", "entreprise", "raison sociale", "company", "account", "compte",
    ),
    _f("notes", QT_TRANSLATE_NOOP("exchange", "Notes"),
        "notes", "note", "commentaire", "description", "comments",
    ),
)
# fmt: on

_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "contacts": _CONTACTS,
    "companies": _COMPANIES,
    "products": _PRODUCTS,
    "orders": _ORDERS,
    "interactions": _INTERACTIONS,
    "deals": _DEALS,
}


def check_kind(kind: str) -> str:
    if kind not in _FIELDS:
        raise UserError(MSG_UNKNOWN_KIND, kind=kind, kinds=", ".join(KINDS))
    return kind


def fields(kind: str) -> list[FieldSpec]:
    """The fields a column can be mapped to for ``kind``, in the order the wizard shows."""
    return list(_FIELDS[check_kind(kind)])


def field(kind: str, name: str) -> FieldSpec:
    for spec in _FIELDS[check_kind(kind)]:
        if spec.name == name:
            return spec
    raise UserError(MSG_UNKNOWN_FIELD, field=name, kind=kind)


_PUNCT = re.compile(r"[^\w%]+", re.UNICODE)


def normalise_header(text: str) -> str:
    """Headers compared folded: "N° Client " -> "n client", "E-mail" -> "e mail"."""
    folded = fold(text).replace("°", " ").replace("º", " ")
    return " ".join(_PUNCT.sub(" ", folded).split())


def _alias_table(kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for spec in _FIELDS[kind]:
        for text in (*spec.aliases, spec.label, spec.name.replace("_", " ")):
            table.setdefault(normalise_header(text), spec.name)
    return table


def guess_mapping(kind: str, headers: Sequence[str]) -> dict[int, str]:
    """Column index -> field name, for the headers that name a field.

    Exact matches (folded) win; then a header that starts with an alias ("Code postal
    livraison") or an alias that is a whole word of the header. Each field is given to
    one column at most (the first that matches best).
    """
    table = _alias_table(check_kind(kind))
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    normalised = [normalise_header(h or "") for h in headers]
    for index, text in enumerate(normalised):
        name = table.get(text)
        if name and name not in taken:
            mapping[index] = name
            taken.add(name)
    # Looser matches, longest alias first ("code postal" before "code").
    aliases = sorted(table.items(), key=lambda item: -len(item[0]))
    for index, text in enumerate(normalised):
        if index in mapping or not text:
            continue
        words = f" {text} "
        for alias, name in aliases:
            if name in taken or len(alias) < 3:
                continue
            if text.startswith(alias + " ") or (len(alias) >= 4 and f" {alias} " in words):
                mapping[index] = name
                taken.add(name)
                break
    return mapping


def describe_mapping(kind: str, headers: Sequence[str], mapping: dict[int, str]) -> list[str]:
    """Lines "Header -> Field label" for the CLI and logs."""
    labels = {spec.name: spec.label for spec in fields(kind)}
    lines = []
    for index in sorted(mapping):
        header = headers[index] if index < len(headers) and headers[index] else f"#{index + 1}"
        lines.append(f"{header} -> {labels.get(mapping[index], mapping[index])}")
    return lines


def mapping_from_headers(
    kind: str, headers: Sequence[str], by_header: dict[str, str]
) -> dict[int, str]:
    """Apply a ``{header: field}`` mapping (a preset, a JSON file) to these headers.

    Headers are compared folded; a field named by the mapping but not a field of
    ``kind`` raises UserError.
    """
    known = {spec.name for spec in fields(kind)}
    wanted = {}
    for header, name in by_header.items():
        if not name:
            continue
        if name not in known:
            raise UserError(MSG_UNKNOWN_FIELD, field=name, kind=kind)
        wanted[normalise_header(header)] = name
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = wanted.get(normalise_header(header or ""))
        if name and name not in mapping.values():
            mapping[index] = name
    return mapping


def mapping_by_header(headers: Sequence[str], mapping: dict[int, str]) -> dict[str, str]:
    """The inverse of :func:`mapping_from_headers`: ``{header: field}``."""
    return {
        headers[index]: name
        for index, name in sorted(mapping.items())
        if index < len(headers) and headers[index]
    }


# --- Presets ---------------------------------------------------------------------------------


def _preset_key(kind: str) -> str:
    return f"import.presets.{check_kind(kind)}"


def _presets(db: Database, kind: str) -> dict[str, dict[str, str]]:
    with db.read() as session:
        value = session.scalar(select(Setting.value).where(Setting.key == _preset_key(kind)))
    return dict(value) if isinstance(value, dict) else {}


def list_presets(db: Database, kind: str) -> list[str]:
    """Names of the saved mappings for ``kind``, sorted."""
    return sorted(_presets(db, kind), key=fold)


def load_preset(db: Database, kind: str, name: str) -> dict[str, str]:
    """The saved mapping ``{header: field}``; NotFound-style UserError when unknown."""
    presets = _presets(db, kind)
    if name not in presets:
        raise UserError(MSG_NO_PRESET, name=name)
    return dict(presets[name])


def save_preset(db: Database, kind: str, name: str, mapping: dict[str, str]) -> None:
    """Save (or replace) a named mapping ``{header: field}`` for ``kind``."""
    name = " ".join(name.split())
    if not name:
        raise UserError(MSG_PRESET_NAME)
    known = {spec.name for spec in fields(kind)}
    for field_name in mapping.values():
        if field_name not in known:
            raise UserError(MSG_UNKNOWN_FIELD, field=field_name, kind=kind)
    presets = _presets(db, kind)
    presets[name] = dict(mapping)
    _store(db, kind, presets, f"Save import mapping “{name}”")


def delete_preset(db: Database, kind: str, name: str) -> None:
    presets = _presets(db, kind)
    if presets.pop(name, None) is None:
        raise UserError(MSG_NO_PRESET, name=name)
    _store(db, kind, presets, f"Delete import mapping “{name}”")


def _store(db: Database, kind: str, presets: dict[str, dict[str, str]], label: str) -> None:
    with db.write("edit", label) as session:
        setting = session.get(Setting, _preset_key(kind))
        if setting is None:
            session.add(Setting(key=_preset_key(kind), value=presets))
        else:
            setting.value = presets


__all__ = [
    "KINDS",
    "KIND_LABELS",
    "FieldSpec",
    "check_kind",
    "delete_preset",
    "describe_mapping",
    "field",
    "fields",
    "guess_mapping",
    "list_presets",
    "load_preset",
    "mapping_by_header",
    "mapping_from_headers",
    "normalise_header",
    "save_preset",
]
