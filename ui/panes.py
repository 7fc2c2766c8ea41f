"""What every pane of the main window offers the window.

A pane is one page of the main window (a list, a board, a record's file…). It talks to
the window through signals only, so the window decides what to show:

- ``changed()`` — the pane wrote to the database (the window refreshes the others and
  the Undo action);
- ``message(str)`` — a short status-bar message;
- ``openRequested(kind, id)`` — show a record's file: kind is "contact", "company" or
  "deal".

The window calls ``activate()`` when the pane is shown (load lazily there),
``refresh()`` after a write made elsewhere (only when shown, or at the next
``activate()``), ``menu_actions()`` to fill the Edit menu while the pane is shown (None
is a separator), ``view_actions()`` for the View menu, and ``save_state()`` on close.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

#: The kinds of record a file can be opened for.
RECORD_KINDS = ("contact", "company", "deal")


class Pane(QWidget):
    changed = Signal()
    message = Signal(str)
    openRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Whether data changed while the pane was hidden (refreshed when next shown).
        self._stale = True

    def activate(self) -> None:
        """The pane is shown: load what it shows if something changed since."""
        if self._stale:
            self._stale = False
            self.refresh()

    def mark_stale(self) -> None:
        """Something changed in the database: refresh now if shown, else when shown."""
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Load again what the pane shows."""

    def menu_actions(self) -> list[QAction | None]:
        """The pane's actions for the Edit menu (None: a separator)."""
        return []

    def view_actions(self) -> list[QAction | None]:
        """The pane's actions for the View menu (None: a separator)."""
        return []

    def save_state(self) -> None:
        """Remember column widths, splitter positions, the chosen view…"""


__all__ = ["RECORD_KINDS", "Pane"]
