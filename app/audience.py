"""Audiences: a group of contacts named the way people name it, resolved to contact ids.

An audience NAME is any of (tried in this order, the first match wins):

- an RFM segment (:mod:`app.analytics.segments`): its code (``at_risk``), its English
  name (``At risk``) or its French name (``À risque``);
- a built-in smart list (:mod:`app.analytics.smart_lists`): code, English or French name;
- a saved :class:`~models.marketing.Segment`, by name: a static one lists its contacts
  (``definition = {"contact_ids": [...]}``), a dynamic one is a rule set
  (``{"match": "all"|"any", "rules": [{"field", "op", "value"}, ...]}``, see
  :func:`segment_clauses` for the fields and operators understood);
- a :class:`~models.marketing.Campaign`, by name: its members (or, before anyone was
  targeted, the contacts of its segment).

Case, accents and surrounding spaces are ignored ("a risque" finds "À risque"). The ids
are those of live contacts, in name order. An unknown name raises :class:`UserError`
listing the valid names. Qt-free: the CLI (``--segment NAME``), the exports and the
documents (call lists) all use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, exists, false, or_, select
from sqlalchemy.orm import Session

from app.errors import QT_TRANSLATE_NOOP, UserError
from models.database import Database
from models.marketing import Campaign, CampaignMember, Segment
from models.people import Company, Consent, Contact, ContactTag, Tag, fold

AudienceKind = Literal["rfm_segment", "smart_list", "segment", "campaign"]

MSG_UNKNOWN = QT_TRANSLATE_NOOP(
    "errors", "No segment, smart list or campaign is called “{name}”. Choose one of: {names}."
)
MSG_RULE = QT_TRANSLATE_NOOP(
    "errors", "The segment “{name}” uses a rule Comptoir cannot apply: {rule}."
)

#: French names of the RFM segments and smart lists (the GUI shows these; people type
#: them). Kept in step with resources/translations/comptoir_fr.ts, context "analytics".
FRENCH_NAMES: dict[str, str] = {
    # RFM segments
    "champions": "Champions",
    "loyal": "Fidèles",
    "potential_loyalists": "Fidèles en devenir",
    "new": "Nouveaux",
    "promising": "Prometteurs",
    "need_attention": "À surveiller",
    "about_to_sleep": "En train de s’endormir",
    "at_risk": "À risque",
    "cant_lose": "À ne pas perdre",
    "hibernating": "En hibernation",
    # smart lists
    "best_customers": "Meilleurs clients",
    "high_potential": "Fort potentiel",
    "new_customers": "Nouveaux clients",
    "inactive": "Clients inactifs",
    "dissatisfied": "Clients insatisfaits",
    "former_customers": "Anciens clients",
    "never_converted": "Prospects jamais convertis",
}


@dataclass(frozen=True)
class Audience:
    """A resolved audience: its title (as stored or in English) and its contacts."""

    title: str
    contact_ids: list[str]
    kind: AudienceKind
    #: The code of an RFM segment or smart list, the id of a Segment or Campaign.
    code: str = ""


def _key(text: str) -> str:
    """The form names are compared in: folded, apostrophes and dashes unified."""
    folded = fold(text).replace("’", "'").replace("_", " ").replace("-", " ")
    return " ".join(folded.split())


def list_audiences(db: Database) -> list[tuple[AudienceKind, str, str]]:
    """Every audience as (kind, code, title), in the order NAME is resolved.

    The code is the stable code of an RFM segment or a smart list, or the id of a saved
    segment or a campaign; the title is the English name or the stored name.
    """
    from app.analytics.segments import SEGMENTS
    from app.analytics.smart_lists import SMART_LISTS

    found: list[tuple[AudienceKind, str, str]] = []
    found.extend(("rfm_segment", info.code, info.name) for info in SEGMENTS)
    found.extend(("smart_list", smart.code, smart.name) for smart in SMART_LISTS)
    with db.read() as session:
        for segment_id, name in session.execute(
            select(Segment.id, Segment.name)
            .where(Segment.deleted_at.is_(None))
            .order_by(Segment.name)
        ):
            found.append(("segment", segment_id, name))
        for campaign_id, name in session.execute(
            select(Campaign.id, Campaign.name)
            .where(Campaign.deleted_at.is_(None))
            .order_by(Campaign.name)
        ):
            found.append(("campaign", campaign_id, name))
    return found


def _aliases(kind: AudienceKind, code: str, title: str) -> set[str]:
    names = {_key(title)}
    if kind in ("rfm_segment", "smart_list"):
        names.add(_key(code))
        if code in FRENCH_NAMES:
            names.add(_key(FRENCH_NAMES[code]))
    return names


def find_audience(db: Database, name: str) -> tuple[AudienceKind, str, str]:
    """(kind, code, title) of the audience called ``name``; UserError if there is none."""
    wanted = _key(name)
    audiences = list_audiences(db)
    for kind, code, title in audiences:
        if wanted and wanted in _aliases(kind, code, title):
            return kind, code, title
    names = ", ".join(title for _kind, _code, title in audiences)
    raise UserError(MSG_UNKNOWN, name=name.strip(), names=names)


def resolve_audience(db: Database, name: str, today: date | None = None) -> Audience:
    """The live contacts of the audience called ``name``, in name order.

    ``today`` is the as-of date of RFM segments and smart lists (default: today).
    """
    kind, code, title = find_audience(db, name)
    return Audience(
        title=title, contact_ids=audience_ids(db, kind, code, today), kind=kind, code=code
    )


def audience_ids(
    db: Database, kind: AudienceKind, code: str, today: date | None = None
) -> list[str]:
    """The live contacts of the audience (kind, code) of :func:`list_audiences`."""
    if kind == "rfm_segment":
        from app.analytics.rfm import compute_rfm

        table = compute_rfm(db, today)
        with db.read() as session:
            return _by_name(session, (r.contact_id for r in table.rows if r.segment == code))
    if kind == "smart_list":
        return _smart_list(db, code, today)
    with db.read() as session:
        if kind == "segment":
            segment = session.get(Segment, code)
            if segment is None or segment.deleted_at is not None:
                return []
            return _segment_ids(session, segment)
        campaign = session.get(Campaign, code)
        if campaign is None or campaign.deleted_at is not None:
            return []
        members = list(
            session.scalars(
                select(CampaignMember.contact_id).where(
                    CampaignMember.campaign_id == campaign.id,
                    CampaignMember.deleted_at.is_(None),
                )
            )
        )
        if members:
            return _by_name(session, members)
        if campaign.segment_id:
            segment = session.get(Segment, campaign.segment_id)
            if segment is not None and segment.deleted_at is None:
                return _segment_ids(session, segment)
        return []


def _smart_list(db: Database, code: str, today: date | None) -> list[str]:
    from app.analytics.rfm import compute_rfm
    from app.analytics.smart_lists import (
        BEST_CUSTOMERS,
        HIGH_POTENTIAL,
        INACTIVE,
        smart_list_ids,
    )

    rfm = compute_rfm(db, today) if code in (BEST_CUSTOMERS, HIGH_POTENTIAL, INACTIVE) else None
    clv = None
    if code == HIGH_POTENTIAL:
        from app.analytics.clv import ClvFitError, compute_clv

        try:
            clv = compute_clv(db, today)
        except ClvFitError:
            clv = None  # the RFM fallback of the smart list
    return smart_list_ids(db, code, rfm, clv, today)


# -- saved segments -----------------------------------------------------------------------

_TEXT_FIELDS: dict[str, Any] = {
    "status": Contact.status,
    "city": Contact.city,
    "postcode": Contact.postcode,
    "country": Contact.country,
    "source": Contact.source,
    "relationship_stage": Contact.relationship_stage,
    "preferred_channel": Contact.preferred_channel,
    "job_title": Contact.job_title,
    "email": Contact.email,
    "civility": Contact.civility,
}


def _segment_ids(session: Session, segment: Segment) -> list[str]:
    definition = segment.definition or {}
    if segment.kind == "static" or "contact_ids" in definition:
        return _by_name(session, definition.get("contact_ids") or ())
    rules = definition.get("rules") or []
    clauses = [_rule_clause(segment.name, rule) for rule in rules]
    combined: ColumnElement[bool]
    if not clauses:
        combined = Contact.id.is_not(None)
    elif definition.get("match", "all") == "any":
        combined = or_(*clauses)
    else:
        combined = and_(*clauses)
    return list(
        session.scalars(
            select(Contact.id)
            .where(Contact.deleted_at.is_(None), combined)
            .order_by(Contact.sort_name, Contact.id)
        )
    )


def segment_clauses(name: str, rules: Iterable[dict[str, Any]]) -> list[ColumnElement[bool]]:
    """SQL conditions on ``Contact`` for the rules of a dynamic segment.

    Fields: the contact's text columns (``status``, ``city``, ``postcode``, ``country``,
    ``source``, ``relationship_stage``, ``preferred_channel``, ``job_title``, ``email``,
    ``civility``), ``company`` (its name), ``tags`` and ``consent.<channel>`` (the latest
    consent's status). Operators: ``eq``, ``ne``, ``in``, ``contains`` (a tag the contact
    has, or a substring), ``empty``, ``not_empty``. Anything else raises UserError.
    """
    return [_rule_clause(name, rule) for rule in rules]


def _rule_clause(name: str, rule: dict[str, Any]) -> ColumnElement[bool]:
    field = str(rule.get("field", ""))
    op = str(rule.get("op", "eq"))
    value = rule.get("value")
    problem = UserError(MSG_RULE, name=name, rule=f"{field} {op} {value!r}")
    if field == "tags":
        names = value if isinstance(value, list) else [value]
        has = exists().where(
            ContactTag.contact_id == Contact.id,
            ContactTag.tag_id == Tag.id,
            Tag.deleted_at.is_(None),
            Tag.name.in_([str(v) for v in names]),
        )
        if op in ("contains", "eq", "in"):
            return has
        if op in ("not_contains", "ne"):
            return ~has
        if op == "empty":
            return ~exists().where(ContactTag.contact_id == Contact.id)
        if op == "not_empty":
            return exists().where(ContactTag.contact_id == Contact.id)
        raise problem
    if field.startswith("consent."):
        channel = field.removeprefix("consent.")
        latest = (
            select(Consent.status)
            .where(
                Consent.contact_id == Contact.id,
                Consent.channel == channel,
                Consent.deleted_at.is_(None),
            )
            .order_by(Consent.recorded_at.desc())
            .limit(1)
            .scalar_subquery()
        )
        if op == "eq":
            return latest == str(value)
        if op == "ne":
            return or_(latest.is_(None), latest != str(value))
        if op == "in":
            return latest.in_([str(v) for v in value or ()])
        raise problem
    if field == "company":
        column: Any = select(Company.name).where(Company.id == Contact.company_id).scalar_subquery()
    elif field in _TEXT_FIELDS:
        column = _TEXT_FIELDS[field]
    else:
        raise problem
    if op == "eq":
        return column == str(value)
    if op == "ne":
        return or_(column.is_(None), column != str(value))
    if op == "in":
        values = [str(v) for v in value or ()]
        return column.in_(values) if values else false()
    if op == "contains":
        return column.contains(str(value), autoescape=True)
    if op == "empty":
        return or_(column.is_(None), column == "")
    if op == "not_empty":
        return and_(column.is_not(None), column != "")
    raise problem


def _by_name(session: Session, ids: Iterable[str]) -> list[str]:
    """The live contacts among ``ids``, in name order (sort name, then id)."""
    wanted = set(ids)
    if not wanted:
        return []
    if len(wanted) > 2000:
        everyone = session.execute(
            select(Contact.id)
            .where(Contact.deleted_at.is_(None))
            .order_by(Contact.sort_name, Contact.id)
        )
        return [contact_id for (contact_id,) in everyone if contact_id in wanted]
    chosen = list(wanted)
    found: list[tuple[str, str]] = []
    for begin in range(0, len(chosen), 500):
        found.extend(
            (sort_name, contact_id)
            for sort_name, contact_id in session.execute(
                select(Contact.sort_name, Contact.id).where(
                    Contact.id.in_(chosen[begin : begin + 500]), Contact.deleted_at.is_(None)
                )
            )
        )
    found.sort()
    return [contact_id for _sort, contact_id in found]


__all__ = [
    "FRENCH_NAMES",
    "Audience",
    "AudienceKind",
    "audience_ids",
    "find_audience",
    "list_audiences",
    "resolve_audience",
    "segment_clauses",
]
