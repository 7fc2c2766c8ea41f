"""The labels of stored codes, for documents (Qt-free twins of ``ui.formatting``'s).

Same English texts and the same ``"labels"`` context as ``ui/formatting.py``, so the
translations made for the screens serve the PDFs too.
"""

from __future__ import annotations

from app.documents.render import Texts
from app.errors import QT_TRANSLATE_NOOP

CONTEXT = "labels"

_LABELS: dict[str, dict[str, str]] = {
    "status": {
        "prospect": QT_TRANSLATE_NOOP("labels", "Prospect"),
        "customer": QT_TRANSLATE_NOOP("labels", "Customer"),
        "former": QT_TRANSLATE_NOOP("labels", "Former customer"),
    },
    "stage": {
        "discovery": QT_TRANSLATE_NOOP("labels", "Discovery"),
        "exploration": QT_TRANSLATE_NOOP("labels", "Exploration"),
        "expansion": QT_TRANSLATE_NOOP("labels", "Expansion"),
        "commitment": QT_TRANSLATE_NOOP("labels", "Commitment"),
        "dissolution": QT_TRANSLATE_NOOP("labels", "Dissolution"),
    },
    "channel": {
        "phone": QT_TRANSLATE_NOOP("labels", "Phone"),
        "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
        "meeting": QT_TRANSLATE_NOOP("labels", "Meeting"),
        "visit": QT_TRANSLATE_NOOP("labels", "Visit"),
        "letter": QT_TRANSLATE_NOOP("labels", "Letter"),
        "sms": QT_TRANSLATE_NOOP("labels", "SMS"),
        "web": QT_TRANSLATE_NOOP("labels", "Web"),
        "social": QT_TRANSLATE_NOOP("labels", "Social media"),
        "note": QT_TRANSLATE_NOOP("labels", "Note"),
    },
    "civility": {
        "mr": QT_TRANSLATE_NOOP("labels", "Mr"),
        "mrs": QT_TRANSLATE_NOOP("labels", "Mrs"),
        "mx": QT_TRANSLATE_NOOP("labels", "Mx"),
    },
    "consent": {
        "granted": QT_TRANSLATE_NOOP("labels", "Granted"),
        "refused": QT_TRANSLATE_NOOP("labels", "Refused"),
        "withdrawn": QT_TRANSLATE_NOOP("labels", "Withdrawn"),
    },
    "purpose": {
        "marketing": QT_TRANSLATE_NOOP("labels", "Marketing"),
        "newsletter": QT_TRANSLATE_NOOP("labels", "Newsletter"),
        "service": QT_TRANSLATE_NOOP("labels", "Service messages"),
    },
    "priority": {
        "low": QT_TRANSLATE_NOOP("labels", "Low"),
        "normal": QT_TRANSLATE_NOOP("labels", "Normal"),
        "high": QT_TRANSLATE_NOOP("labels", "High"),
    },
    "order_kind": {
        "order": QT_TRANSLATE_NOOP("labels", "Order"),
        "credit_note": QT_TRANSLATE_NOOP("labels", "Credit note"),
    },
}


def label(texts: Texts, kind: str, code: str | None) -> str:
    """The translated label of a stored code; an unknown code as stored, None as ""."""
    if not code:
        return ""
    source = _LABELS.get(kind, {}).get(code)
    return texts.tr(source, CONTEXT) if source else code


__all__ = ["label"]
