"""The interactions of a file, newest first: a card of entries with "show older".

Used by the contact, company and deal files. Each entry shows the channel, the subject,
when and by whom, an excerpt of the notes, the outcome and satisfaction, and a complaint
badge; in a company's or a deal's timeline it also says which contact it was with (a link
that opens the contact), and outside a deal's file which deal it was about.

Each entry has a "⋯" button and a context menu (right click, or the menu key) with Edit,
Resolve / Reopen complaint and Delete; a double click edits. The card only emits
signals (``editRequested``, ``resolveRequested``, ``reopenRequested``,
``deleteRequested``, ``openRequested``); :class:`TimelineActions` does the work for a file
view: it opens the forms, asks before deleting, and emits ``changed`` after a write.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.interactions import TimelineEntry, delete_interaction, reopen_complaint
from models.database import Database
from models.enums import Channel
from ui import formatting as fmt
from ui.interaction_dialog import (
    CHANNEL_COLORS,
    InteractionDialog,
    ResolveComplaintDialog,
    app_icon,
)
from ui.record_file import (
    EXCERPT_CHARS,
    excerpt,
    fill_card,
    make_badge,
    make_label,
    make_link,
)

#: How many entries are shown at first, and added by "Show older interactions".
TIMELINE_PAGE = 30


class TimelineCard(QFrame):
    """A card listing ``entries`` (already limited to what is shown).

    ``total`` is how many interactions there are in all: when more than shown, a
    "Show older interactions" link emits ``moreRequested``. ``context`` is the kind of
    file ("contact", "company", "deal"): outside a contact's file, entries name their
    contact; outside a deal's file, their deal. ``editable=False`` (a deleted record's
    file) leaves the entries without actions.
    """

    moreRequested = Signal()
    #: The user wants to edit / resolve / reopen / delete an interaction (its id).
    editRequested = Signal(str)
    resolveRequested = Signal(str)
    reopenRequested = Signal(str)
    deleteRequested = Signal(str)
    #: The user wants to see a record's file: kind ("contact", "deal"), id.
    openRequested = Signal(str, str)

    def __init__(
        self,
        entries: Sequence[TimelineEntry],
        total: int,
        parent: QWidget | None = None,
        *,
        context: str = "contact",
        empty_hint: str = "",
        editable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = editable
        self._entries = {entry.id: entry for entry in entries}
        title = self.tr("Interactions")
        if total:
            title = f"{title} ({fmt.number(total)})"
        layout = fill_card(self, title, "timeline")
        timeline = QWidget(self)
        timeline.setObjectName("timeline")
        rows = QVBoxLayout(timeline)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(0)
        if not entries:
            hint = empty_hint or self.tr("No interaction yet.")
            rows.addWidget(make_label(hint, timeline, muted=True, name="noInteraction"))
        for index, entry in enumerate(entries):
            if index:
                separator = QFrame(timeline)
                separator.setObjectName("timelineSeparator")
                separator.setFrameShape(QFrame.Shape.HLine)
                rows.addWidget(separator)
            rows.addWidget(self._entry(entry, timeline))
        layout.addWidget(timeline)
        hidden = total - len(entries)
        if hidden > 0:
            more = make_link(
                self.tr("Show older interactions ({count} more)").replace(
                    "{count}", fmt.number(hidden)
                ),
                self,
                "moreInteractions",
            )
            more.clicked.connect(self.moreRequested)
            layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)

    # -- public -----------------------------------------------------------------------

    def entry_widgets(self) -> list[QWidget]:
        """The entries' widgets, top to bottom (for tests)."""
        return self.findChildren(QWidget, "timelineEntry")

    def entry_menu(self, interaction_id: str) -> QMenu:
        """The actions on one entry, as a menu (its "⋯" button and right click show it)."""
        entry = self._entries[interaction_id]
        menu = QMenu(self)
        menu.setObjectName("timelineEntryMenu")
        edit = menu.addAction(app_icon("edit"), self.tr("&Edit…"))
        edit.setObjectName("editEntry")
        edit.triggered.connect(lambda: self.editRequested.emit(interaction_id))
        if entry.is_complaint:
            if entry.is_open_complaint:
                resolve = menu.addAction(app_icon("complaint"), self.tr("&Resolve complaint…"))
                resolve.setObjectName("resolveEntry")
                resolve.triggered.connect(lambda: self.resolveRequested.emit(interaction_id))
            else:
                reopen = menu.addAction(self.tr("Re&open complaint"))
                reopen.setObjectName("reopenEntry")
                reopen.triggered.connect(lambda: self.reopenRequested.emit(interaction_id))
        links = self._open_actions(entry, menu)
        if links:
            menu.addSeparator()
            for action in links:
                menu.addAction(action)
        menu.addSeparator()
        delete = menu.addAction(app_icon("delete"), self.tr("&Delete…"))
        delete.setObjectName("deleteEntry")
        delete.triggered.connect(lambda: self.deleteRequested.emit(interaction_id))
        return menu

    def _open_actions(self, entry: TimelineEntry, menu: QMenu) -> list[QAction]:
        actions = []
        if self.context != "contact" and entry.contact_id and entry.contact_name:
            action = QAction(self.tr("Open {name}").replace("{name}", entry.contact_name), menu)
            action.setObjectName("openEntryContact")
            contact_id = entry.contact_id
            action.triggered.connect(lambda: self.openRequested.emit("contact", contact_id))
            actions.append(action)
        if self.context != "deal" and entry.deal_id and entry.deal_title:
            action = QAction(
                self.tr("Open the deal “{title}”").replace("{title}", entry.deal_title), menu
            )
            action.setObjectName("openEntryDeal")
            deal_id = entry.deal_id
            action.triggered.connect(lambda: self.openRequested.emit("deal", deal_id))
            actions.append(action)
        return actions

    # -- building -----------------------------------------------------------------------

    def _entry(self, entry: TimelineEntry, parent: QWidget) -> QWidget:
        widget = QWidget(parent)
        widget.setObjectName("timelineEntry")
        widget.setProperty("interactionId", entry.id)
        if self.editable:
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
            widget.installEventFilter(self)
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 8, 0, 8)
        row.setSpacing(12)
        glyph = QLabel(fmt.channel_glyph(entry.channel), widget)
        glyph.setObjectName("channelGlyph")
        glyph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        glyph.setFixedSize(34, 34)
        glyph.setToolTip(fmt.channel_label(entry.channel))
        color = CHANNEL_COLORS.get(entry.channel, "#64748b")
        glyph.setStyleSheet(
            f"background: {color}; color: white; border-radius: 17px; font-size: 17px;"
        )
        row.addWidget(glyph, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(3)
        top = QHBoxLayout()
        top.setSpacing(8)
        subject = entry.subject or fmt.channel_label(entry.channel)
        top.addWidget(make_label(subject, widget, bold=True, name="entrySubject"), 1)
        if entry.is_complaint:
            resolved = not entry.is_open_complaint
            text = self.tr("Complaint resolved") if resolved else self.tr("Complaint")
            colors = ("#ecfdf3", "#05603a") if resolved else ("#fee4e2", "#912018")
            badge = make_badge(f"\u26a0 {text}", colors, widget, "complaintBadge")
            if resolved and entry.resolved_at is not None:
                badge.setToolTip(
                    self.tr("Resolved on {date}").replace(
                        "{date}", fmt.datetime_text(entry.resolved_at)
                    )
                )
            top.addWidget(badge)
        when = QLabel(widget)
        when.setTextFormat(Qt.TextFormat.PlainText)
        when.setText(fmt.datetime_text(entry.occurred_at))
        when.setToolTip(fmt.relative_day(entry.occurred_at))
        when.setProperty("muted", True)
        when.setObjectName("entryWhen")
        top.addWidget(when, 0, Qt.AlignmentFlag.AlignTop)
        if self.editable:
            more = QToolButton(widget)
            more.setObjectName("entryActions")
            more.setText("\u22ef")
            more.setAutoRaise(True)
            more.setToolTip(self.tr("Edit, resolve or delete this interaction"))
            more.setAccessibleName(self.tr("Actions on this interaction"))
            more.setCursor(Qt.CursorShape.PointingHandCursor)
            more.clicked.connect(lambda: self._show_menu(entry.id, more, QPoint(0, more.height())))
            top.addWidget(more, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        column.addWidget(self._meta(entry, widget))
        if entry.body:
            body = make_label(excerpt(entry.body), widget, name="entryBody")
            if len(entry.body) > EXCERPT_CHARS:
                body.setToolTip(entry.body[:3000])
            column.addWidget(body)
        extras = []
        if entry.outcome:
            if entry.is_complaint and not entry.is_open_complaint:
                extras.append(self.tr("Resolution: {text}").replace("{text}", entry.outcome))
            else:
                extras.append(self.tr("Outcome: {text}").replace("{text}", entry.outcome))
        if entry.satisfaction_score is not None:
            extras.append(
                self.tr("Satisfaction: {score}/{scale}")
                .replace("{score}", str(entry.satisfaction_score))
                .replace("{scale}", str(entry.satisfaction_scale or 10))
            )
        if extras:
            column.addWidget(make_label("   ·   ".join(extras), widget, name="entryExtras"))
        row.addLayout(column, 1)
        return widget

    def _meta(self, entry: TimelineEntry, parent: QWidget) -> QLabel:
        """The line under the subject: channel, direction, duration, with whom, by whom."""
        parts = [escape(fmt.channel_label(entry.channel))]
        if entry.channel != Channel.NOTE.value:
            parts.append(escape(fmt.direction_label(entry.direction)))
        if entry.duration_minutes:
            parts.append(
                escape(self.tr("{minutes} min").replace("{minutes}", str(entry.duration_minutes)))
            )
        if self.context != "contact" and entry.contact_name:
            link = _link("contact", entry.contact_id, entry.contact_name)
            parts.append(escape(self.tr("with {name}")).replace("{name}", link))
        if self.context != "deal" and entry.deal_title:
            link = _link("deal", entry.deal_id, entry.deal_title)
            parts.append(escape(self.tr("deal “{title}”")).replace("{title}", link))
        if entry.user:
            parts.append(escape(self.tr("by {name}").replace("{name}", entry.user)))
        label = QLabel(" · ".join(parts), parent)
        label.setObjectName("entryMeta")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setProperty("muted", True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        label.setFont(font)
        label.linkActivated.connect(self._link_activated)
        return label

    # -- events -------------------------------------------------------------------------

    @Slot(str)
    def _link_activated(self, link: str) -> None:
        kind, _, record_id = link.partition(":")
        if kind in ("contact", "deal") and record_id:
            self.openRequested.emit(kind, record_id)

    def _show_menu(self, interaction_id: str, anchor: QWidget, offset: QPoint) -> QMenu:
        menu = self.entry_menu(interaction_id)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(anchor.mapToGlobal(offset))
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and watched.objectName() == "timelineEntry":
            interaction_id = str(watched.property("interactionId"))
            if interaction_id in self._entries:
                if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
                    self._show_menu(interaction_id, watched, event.pos())
                    return True
                if event.type() == QEvent.Type.MouseButtonDblClick and isinstance(
                    event, QMouseEvent
                ):
                    self.editRequested.emit(interaction_id)
                    return True
        return super().eventFilter(watched, event)


def _link(kind: str, record_id: str | None, text: str) -> str:
    """Rich text: ``text`` as a link that opens the record (or plain, without an id)."""
    if not record_id:
        return escape(text)
    return f'<a href="{kind}:{escape(record_id)}">{escape(text)}</a>'


class TimelineActions(QObject):
    """Does what a timeline's entries ask, for the file view that shows the card.

    ``attach(card)`` after building each card. ``changed`` after a write (the view reloads
    and tells the window); ``openRequested(kind, id)`` to show another file.
    """

    changed = Signal()
    openRequested = Signal(str, str)
    message = Signal(str)

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.db = db
        self._parent = parent
        self._dialog: QWidget | None = None

    def attach(self, card: TimelineCard) -> None:
        card.editRequested.connect(self.edit)
        card.resolveRequested.connect(self.resolve)
        card.reopenRequested.connect(self.reopen)
        card.deleteRequested.connect(self.delete)
        card.openRequested.connect(self.openRequested)

    @property
    def dialog(self) -> QWidget | None:
        """The form or question opened last, while it is open."""
        return self._dialog

    def _opened(self, dialog: QWidget) -> None:
        if self._dialog is not None:
            self._dialog.close()
        self._dialog = dialog
        dialog.destroyed.connect(self._forget)

    @Slot()
    def _forget(self) -> None:
        self._dialog = None

    @Slot(str)
    def edit(self, interaction_id: str) -> InteractionDialog:
        dialog = InteractionDialog(
            self.db,
            None,
            Channel.PHONE.value,
            self._parent,
            interaction_id=interaction_id,
        )
        dialog.saved.connect(lambda _id: self._written(self.tr("Interaction saved.")))
        self._opened(dialog)
        dialog.open()
        return dialog

    @Slot(str)
    def resolve(self, interaction_id: str) -> ResolveComplaintDialog:
        dialog = ResolveComplaintDialog(self.db, interaction_id, self._parent)
        dialog.saved.connect(lambda _id: self._written(self.tr("Complaint resolved.")))
        self._opened(dialog)
        dialog.open()
        return dialog

    @Slot(str)
    def reopen(self, interaction_id: str) -> None:
        try:
            reopen_complaint(self.db, interaction_id)
        except UserError as error:
            from ui.errors import show_error

            show_error(self._parent, error)
            return
        self._written(self.tr("Complaint reopened."))

    @Slot(str)
    def delete(self, interaction_id: str) -> QMessageBox:
        """Ask (without blocking) whether to delete the interaction."""
        from ui.errors import ask

        box = ask(
            self._parent,
            self.tr("Delete this interaction?"),
            self.tr("You can undo this with Edit ▸ Undo."),
            self.tr("Delete"),
            lambda: self._delete(interaction_id),
            name="confirmDeleteInteraction",
        )
        self._opened(box)
        return box

    def _delete(self, interaction_id: str) -> None:
        try:
            delete_interaction(self.db, interaction_id)
        except UserError as error:
            from ui.errors import show_error

            show_error(self._parent, error)
            return
        self._written(self.tr("Interaction deleted."))

    def _written(self, message: str) -> None:
        self.changed.emit()
        self.message.emit(message)


__all__ = ["CHANNEL_COLORS", "TIMELINE_PAGE", "TimelineActions", "TimelineCard"]
