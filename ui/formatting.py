"""Showing values to people: money, dates and the labels of stored codes, in their locale.

Numbers and dates follow ``QLocale()`` (the default locale the application sets from the
user's choice): "1 234,56 €" and "31/12/2025" in French, "€1,234.56" in English.
Stored codes ("prospect", "phone"…) are shown through Qt's translation with the fixed
context ``"labels"``; every label is written as a literal
``QCoreApplication.translate("labels", "...")`` call so that ``pyside6-lupdate`` finds it.
An unknown code is shown as it is stored, an empty one as an empty string.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from models.enums import (
    BatchKind,
    Channel,
    Civility,
    ConsentStatus,
    ContactStatus,
    Direction,
    OrderKind,
    RelationshipStage,
    TaskPriority,
)

CONTEXT = "labels"

#: Stored codes in the order combos list them.
STATUS_CODES: list[str] = [s.value for s in ContactStatus]
STAGE_CODES: list[str] = [s.value for s in RelationshipStage]
CHANNEL_CODES: list[str] = [c.value for c in Channel]
CIVILITY_CODES: list[str] = [c.value for c in Civility]
DIRECTION_CODES: list[str] = [d.value for d in Direction]
CONSENT_CODES: list[str] = [c.value for c in ConsentStatus]
PRIORITY_CODES: list[str] = [p.value for p in TaskPriority]

#: Currencies whose amounts have no cents.
_NO_DECIMALS = frozenset({"JPY", "KRW", "XOF", "XAF", "XPF", "CLP", "ISK"})
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF", "XPF": "F"}

#: A glyph for each channel (all drawn by common fonts: DejaVu, Segoe UI Symbol).
CHANNEL_GLYPHS: dict[str, str] = {
    "phone": "\u260e",  # ☎
    "email": "\u2709",  # ✉
    "meeting": "\u2637",  # ☷ (people around a table)
    "visit": "\u2302",  # ⌂ (the shop)
    "letter": "\u2710",  # ✐
    "sms": "\u2706",  # ✆
    "web": "\u2318",  # ⌘
    "social": "\u2665",  # ♥
    "note": "\u270e",  # ✎
}


# -- numbers and dates ------------------------------------------------------------------


def money(cents: int, currency: str = "EUR") -> str:
    """An amount in the user's locale: "1 234,56 €" (fr), "€1,234.56" (en).

    Negative amounts (credit notes) get a leading minus sign rather than the accounting
    parentheses some locales use.
    """
    locale = QLocale()
    code = (currency or "EUR").upper()
    symbol = _SYMBOLS.get(code, code)
    precision = 0 if code in _NO_DECIMALS else 2
    value = abs(cents) / (1 if precision == 0 else 100)
    text = locale.toCurrencyString(value, symbol, precision)
    return f"{locale.negativeSign()}{text}" if cents < 0 else text


def number(value: float, decimals: int = 0) -> str:
    """A plain number with the locale's separators ("1 234" in French)."""
    return QLocale().toString(float(value), "f", decimals)


def _local(dt: datetime) -> QDateTime:
    """A datetime as a local-time QDateTime; naive values are taken as UTC (as stored)."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return QDateTime.fromMSecsSinceEpoch(round(dt.timestamp() * 1000))


def local_date(value: date | datetime) -> date:
    """The local calendar day of a UTC datetime (a date is returned as it is)."""
    if isinstance(value, datetime):
        qdate = _local(value).date()
        return date(qdate.year(), qdate.month(), qdate.day())
    return value


def date_text(d: date | datetime | None) -> str:
    """A day in the locale's short format ("31/12/2025"); empty for None."""
    if d is None:
        return ""
    d = local_date(d)
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)


def time_text(dt: datetime | None) -> str:
    """The local time of day in the locale's short format ("14:05")."""
    if dt is None:
        return ""
    return QLocale().toString(_local(dt).time(), QLocale.FormatType.ShortFormat)


def datetime_text(dt: datetime | None) -> str:
    """A moment in local time, in the locale's short format ("31/12/2025 14:05")."""
    if dt is None:
        return ""
    return QLocale().toString(_local(dt), QLocale.FormatType.ShortFormat)


def to_qdatetime(dt: datetime) -> QDateTime:
    """A UTC (or naive-UTC) datetime as a local QDateTime, for date-time editors."""
    return _local(dt)


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime (local time) as an aware UTC datetime."""
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, tz=UTC)


def days_between(earlier: date | datetime, later: date | datetime | None = None) -> int:
    """Whole local calendar days from ``earlier`` to ``later`` (default: today)."""
    end = local_date(later) if later is not None else _today()
    return (end - local_date(earlier)).days


def _today() -> date:
    today = QDate.currentDate()
    return date(today.year(), today.month(), today.day())


def relative_day(dt: date | datetime | None) -> str:
    """ "today", "yesterday", "3 days ago" (or "tomorrow", "in 3 days"), translated."""
    if dt is None:
        return ""
    days = days_between(dt)
    if days == 0:
        return QCoreApplication.translate("labels", "today")
    if days == 1:
        return QCoreApplication.translate("labels", "yesterday")
    if days == -1:
        return QCoreApplication.translate("labels", "tomorrow")
    if days > 1:
        return QCoreApplication.translate("labels", "%n days ago", None, days)
    return QCoreApplication.translate("labels", "in %n days", None, -days)


def is_past(dt: datetime | None) -> bool:
    """True for a moment before now (an overdue due date)."""
    return dt is not None and _local(dt) < QDateTime.currentDateTime()


# -- labels of stored codes -------------------------------------------------------------


def _label(labels: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    return labels.get(code, code)


def status_labels() -> dict[str, str]:
    return {
        "prospect": QCoreApplication.translate("labels", "Prospect"),
        "customer": QCoreApplication.translate("labels", "Customer"),
        "former": QCoreApplication.translate("labels", "Former customer"),
    }


def status_label(code: str | None) -> str:
    return _label(status_labels(), code)


def stage_labels() -> dict[str, str]:
    """The relationship stages (discovery → exploration → expansion → commitment →
    dissolution)."""
    return {
        "discovery": QCoreApplication.translate("labels", "Discovery"),
        "exploration": QCoreApplication.translate("labels", "Exploration"),
        "expansion": QCoreApplication.translate("labels", "Expansion"),
        "commitment": QCoreApplication.translate("labels", "Commitment"),
        "dissolution": QCoreApplication.translate("labels", "Dissolution"),
    }


def stage_label(code: str | None) -> str:
    return _label(stage_labels(), code)


def channel_labels() -> dict[str, str]:
    return {
        "phone": QCoreApplication.translate("labels", "Phone"),
        "email": QCoreApplication.translate("labels", "E-mail"),
        "meeting": QCoreApplication.translate("labels", "Meeting"),
        "visit": QCoreApplication.translate("labels", "Visit"),
        "letter": QCoreApplication.translate("labels", "Letter"),
        "sms": QCoreApplication.translate("labels", "SMS"),
        "web": QCoreApplication.translate("labels", "Web"),
        "social": QCoreApplication.translate("labels", "Social media"),
        "note": QCoreApplication.translate("labels", "Note"),
    }


def channel_label(code: str | None) -> str:
    return _label(channel_labels(), code)


def channel_glyph(code: str | None) -> str:
    return CHANNEL_GLYPHS.get(code or "", "\u2022")


def civility_labels() -> dict[str, str]:
    """Civilities as written before a name ("Mrs" / "Mme")."""
    return {
        "mr": QCoreApplication.translate("labels", "Mr"),
        "mrs": QCoreApplication.translate("labels", "Mrs"),
        "mx": QCoreApplication.translate("labels", "Mx"),
    }


def civility_label(code: str | None) -> str:
    return _label(civility_labels(), code)


def direction_labels() -> dict[str, str]:
    return {
        "in": QCoreApplication.translate("labels", "Inbound"),
        "out": QCoreApplication.translate("labels", "Outbound"),
    }


def direction_label(code: str | None) -> str:
    return _label(direction_labels(), code)


def consent_labels() -> dict[str, str]:
    return {
        "granted": QCoreApplication.translate("labels", "Granted"),
        "refused": QCoreApplication.translate("labels", "Refused"),
        "withdrawn": QCoreApplication.translate("labels", "Withdrawn"),
    }


def consent_label(code: str | None) -> str:
    return _label(consent_labels(), code)


def purpose_label(code: str | None) -> str:
    labels = {
        "marketing": QCoreApplication.translate("labels", "Marketing"),
        "newsletter": QCoreApplication.translate("labels", "Newsletter"),
        "service": QCoreApplication.translate("labels", "Service messages"),
    }
    return _label(labels, code)


def priority_labels() -> dict[str, str]:
    return {
        "low": QCoreApplication.translate("labels", "Low"),
        "normal": QCoreApplication.translate("labels", "Normal"),
        "high": QCoreApplication.translate("labels", "High"),
    }


def priority_label(code: str | None) -> str:
    return _label(priority_labels(), code)


def order_kind_label(code: str | None) -> str:
    labels = {
        OrderKind.ORDER.value: QCoreApplication.translate("labels", "Order"),
        OrderKind.CREDIT_NOTE.value: QCoreApplication.translate("labels", "Credit note"),
    }
    return _label(labels, code)


def batch_kind_label(code: str | None) -> str:
    labels = {
        BatchKind.EDIT.value: QCoreApplication.translate("labels", "Edit"),
        BatchKind.CREATE.value: QCoreApplication.translate("labels", "Creation"),
        BatchKind.DELETE.value: QCoreApplication.translate("labels", "Deletion"),
        BatchKind.RESTORE.value: QCoreApplication.translate("labels", "Restore"),
        BatchKind.MASS_EDIT.value: QCoreApplication.translate("labels", "Mass edit"),
        BatchKind.IMPORT.value: QCoreApplication.translate("labels", "Import"),
        BatchKind.MERGE.value: QCoreApplication.translate("labels", "Merge"),
        BatchKind.UNDO.value: QCoreApplication.translate("labels", "Undo"),
        BatchKind.DEMO.value: QCoreApplication.translate("labels", "Demo data"),
        BatchKind.SYSTEM.value: QCoreApplication.translate("labels", "System"),
        BatchKind.ISSUE.value: QCoreApplication.translate("labels", "Document issued"),
    }
    return _label(labels, code)


def entity_label(table: str | None) -> str:
    """A table of the change log as people call it ("contacts" → "Contact")."""
    labels = {
        "contacts": QCoreApplication.translate("labels", "Contact"),
        "companies": QCoreApplication.translate("labels", "Company"),
        "contact_tags": QCoreApplication.translate("labels", "Tag"),
        "company_tags": QCoreApplication.translate("labels", "Tag"),
        "tags": QCoreApplication.translate("labels", "Tag"),
        "interactions": QCoreApplication.translate("labels", "Interaction"),
        "tasks": QCoreApplication.translate("labels", "Task"),
        "consents": QCoreApplication.translate("labels", "Consent"),
        "deals": QCoreApplication.translate("labels", "Deal"),
        "deal_lines": QCoreApplication.translate("labels", "Deal line"),
        "orders": QCoreApplication.translate("labels", "Order"),
        "order_lines": QCoreApplication.translate("labels", "Order line"),
        "products": QCoreApplication.translate("labels", "Product"),
        "pipelines": QCoreApplication.translate("labels", "Pipeline"),
        "pipeline_stages": QCoreApplication.translate("labels", "Pipeline stage"),
        "campaigns": QCoreApplication.translate("labels", "Campaign"),
        "campaign_members": QCoreApplication.translate("labels", "Campaign member"),
        "segments": QCoreApplication.translate("labels", "Segment"),
        "custom_field_definitions": QCoreApplication.translate("labels", "Custom field"),
        "users": QCoreApplication.translate("labels", "User"),
        "settings": QCoreApplication.translate("labels", "Setting"),
    }
    return _label(labels, table)


def field_label(name: str | None) -> str:
    """A stored field name as people call it ("postcode" → "Postcode")."""
    labels = {
        "civility": QCoreApplication.translate("labels", "Civility"),
        "first_name": QCoreApplication.translate("labels", "First name"),
        "last_name": QCoreApplication.translate("labels", "Last name"),
        "name": QCoreApplication.translate("labels", "Name"),
        "email": QCoreApplication.translate("labels", "E-mail"),
        "email2": QCoreApplication.translate("labels", "Second e-mail"),
        "phone": QCoreApplication.translate("labels", "Phone"),
        "phone_e164": QCoreApplication.translate("labels", "Phone (international)"),
        "mobile": QCoreApplication.translate("labels", "Mobile"),
        "mobile_e164": QCoreApplication.translate("labels", "Mobile (international)"),
        "address_line1": QCoreApplication.translate("labels", "Address"),
        "address_line2": QCoreApplication.translate("labels", "Address (line 2)"),
        "postcode": QCoreApplication.translate("labels", "Postcode"),
        "city": QCoreApplication.translate("labels", "City"),
        "country": QCoreApplication.translate("labels", "Country"),
        "birthday": QCoreApplication.translate("labels", "Birthday"),
        "company_id": QCoreApplication.translate("labels", "Company"),
        "job_title": QCoreApplication.translate("labels", "Job title"),
        "source": QCoreApplication.translate("labels", "Source"),
        "status": QCoreApplication.translate("labels", "Status"),
        "relationship_stage": QCoreApplication.translate("labels", "Relationship stage"),
        "preferred_channel": QCoreApplication.translate("labels", "Preferred channel"),
        "owner_id": QCoreApplication.translate("labels", "Owner"),
        "notes": QCoreApplication.translate("labels", "Notes"),
        "custom": QCoreApplication.translate("labels", "Custom fields"),
        "customer_number": QCoreApplication.translate("labels", "Customer number"),
        "external_ref": QCoreApplication.translate("labels", "External reference"),
        "deleted_at": QCoreApplication.translate("labels", "Deleted"),
        "tag_id": QCoreApplication.translate("labels", "Tag"),
        "contact_id": QCoreApplication.translate("labels", "Contact"),
        "channel": QCoreApplication.translate("labels", "Channel"),
        "direction": QCoreApplication.translate("labels", "Direction"),
        "occurred_at": QCoreApplication.translate("labels", "Date"),
        "subject": QCoreApplication.translate("labels", "Subject"),
        "body": QCoreApplication.translate("labels", "Notes"),
        "outcome": QCoreApplication.translate("labels", "Outcome"),
        "satisfaction_score": QCoreApplication.translate("labels", "Satisfaction"),
        "is_complaint": QCoreApplication.translate("labels", "Complaint"),
        "complaint_status": QCoreApplication.translate("labels", "Complaint status"),
        "title": QCoreApplication.translate("labels", "Title"),
        "due_at": QCoreApplication.translate("labels", "Due"),
        "done_at": QCoreApplication.translate("labels", "Done"),
        "priority": QCoreApplication.translate("labels", "Priority"),
        "amount_cents": QCoreApplication.translate("labels", "Amount"),
        "total_cents": QCoreApplication.translate("labels", "Total"),
        "expected_close_date": QCoreApplication.translate("labels", "Expected close"),
        "number": QCoreApplication.translate("labels", "Number"),
        "ordered_at": QCoreApplication.translate("labels", "Order date"),
        "purpose": QCoreApplication.translate("labels", "Purpose"),
        "recorded_at": QCoreApplication.translate("labels", "Recorded"),
    }
    if not name:
        return ""
    return labels.get(name, name.replace("_", " ").capitalize())


def code_label(field: str, code: str | None) -> str:
    """The label of a stored code held by ``field`` (used where any field may show)."""
    labelers = {
        "status": status_label,
        "relationship_stage": stage_label,
        "channel": channel_label,
        "preferred_channel": channel_label,
        "civility": civility_label,
        "direction": direction_label,
        "priority": priority_label,
        "kind": order_kind_label,
        "purpose": purpose_label,
    }
    labeler = labelers.get(field)
    if labeler is None:
        return code or ""
    return labeler(code)


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("labels", "yes")
    return QCoreApplication.translate("labels", "no")


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def qtime(dt: datetime) -> QTime:
    return _local(dt).time()
