"""Codes stored as plain strings (new values need no migration).

Labels shown to users live in ``ui/`` (translated); these are the stored codes.
"""

from enum import StrEnum


class ContactStatus(StrEnum):
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    FORMER = "former"


class RelationshipStage(StrEnum):
    DISCOVERY = "discovery"
    EXPLORATION = "exploration"
    EXPANSION = "expansion"
    COMMITMENT = "commitment"
    DISSOLUTION = "dissolution"


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    MEETING = "meeting"
    VISIT = "visit"
    LETTER = "letter"
    SMS = "sms"
    WEB = "web"
    SOCIAL = "social"
    NOTE = "note"


class Direction(StrEnum):
    INBOUND = "in"
    OUTBOUND = "out"


class Civility(StrEnum):
    MR = "mr"
    MRS = "mrs"
    MX = "mx"


class ConsentStatus(StrEnum):
    GRANTED = "granted"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class StageKind(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class TaskPriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class OrderKind(StrEnum):
    ORDER = "order"
    CREDIT_NOTE = "credit_note"


class ComplaintStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class CustomFieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"
    BOOL = "bool"


class CampaignMemberStatus(StrEnum):
    TARGETED = "targeted"
    SENT = "sent"
    OPENED = "opened"
    RESPONDED = "responded"
    CONVERTED = "converted"
    UNSUBSCRIBED = "unsubscribed"


class BatchKind(StrEnum):
    EDIT = "edit"
    CREATE = "create"
    DELETE = "delete"
    RESTORE = "restore"
    MASS_EDIT = "mass_edit"
    IMPORT = "import"
    MERGE = "merge"
    UNDO = "undo"
    DEMO = "demo"
    SYSTEM = "system"
    #: A document given a legal number (a quote): kept as issued, never undone.
    ISSUE = "issue"


#: Batches that undo refuses: made by Comptoir itself, or numbered documents issued (their
#: number must not be given again).
FINAL_BATCH_KINDS = frozenset({BatchKind.SYSTEM.value, BatchKind.ISSUE.value})
