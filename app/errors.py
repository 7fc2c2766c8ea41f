"""Errors that are the world's fault, with a message for the user.

``template`` is an English sentence with ``{placeholders}``; the GUI shows its French
translation (the strings are marked for Qt's translation tools below), the CLI prints it.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation; pyside6-lupdate reads these calls from the source."""
    return text


class UserError(Exception):
    """Bad input or a broken environment: shown as one sentence, never as a traceback."""

    context = "errors"

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class NotFoundError(UserError):
    pass


class ValidationError(UserError):
    """Invalid values; ``fields`` maps each bad field to its message template."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = fields
        first = next(iter(fields.values()))
        super().__init__(first)
