"""The interactions of a file, newest first: a card of entries with "show older".

Used by the contact, company and deal files. Each entry shows the channel, the subject,
when and by whom, an excerpt of the notes, the outcome and satisfaction, and a complaint
badge; in a company's or a deal's timeline it also says which contact it was with.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.interactions import TimelineEntry
from models.enums import Channel
from ui import formatting as fmt
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
CHANNEL_COLORS = {
    "phone": "#2563eb",
    "email": "#7c3aed",
    "meeting": "#0d9488",
    "visit": "#d97706",
    "letter": "#64748b",
    "sms": "#0891b2",
    "web": "#4f46e5",
    "social": "#db2777",
    "note": "#475569",
}


class TimelineCard(QFrame):
    """A card listing ``entries`` (already limited to what is shown).

    ``total`` is how many interactions there are in all: when more than shown, a
    "Show older interactions" link emits ``moreRequested``. ``context`` is the kind of
    file ("contact", "company", "deal"): outside a contact's file, entries name their
    contact (and their deal, in a company's file).
    """

    moreRequested = Signal()

    def __init__(
        self,
        entries: Sequence[TimelineEntry],
        total: int,
        parent: QWidget | None = None,
        *,
        context: str = "contact",
        empty_hint: str = "",
    ) -> None:
        super().__init__(parent)
        self.context = context
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

    def _entry(self, entry: TimelineEntry, parent: QWidget) -> QWidget:
        widget = QWidget(parent)
        widget.setObjectName("timelineEntry")
        widget.setProperty("interactionId", entry.id)
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
            resolved = entry.complaint_status == "resolved"
            text = self.tr("Complaint resolved") if resolved else self.tr("Complaint")
            colors = ("#ecfdf3", "#05603a") if resolved else ("#fee4e2", "#912018")
            top.addWidget(make_badge(f"\u26a0 {text}", colors, widget, "complaintBadge"))
        when = QLabel(widget)
        when.setTextFormat(Qt.TextFormat.PlainText)
        when.setText(fmt.datetime_text(entry.occurred_at))
        when.setToolTip(fmt.relative_day(entry.occurred_at))
        when.setProperty("muted", True)
        when.setObjectName("entryWhen")
        top.addWidget(when, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        meta = [fmt.channel_label(entry.channel)]
        if entry.channel != Channel.NOTE.value:
            meta.append(fmt.direction_label(entry.direction))
        if self.context != "contact" and entry.contact_name:
            meta.append(self.tr("with {name}").replace("{name}", entry.contact_name))
        if self.context == "company" and entry.deal_title:
            meta.append(self.tr("deal “{title}”").replace("{title}", entry.deal_title))
        if entry.user:
            meta.append(self.tr("by {name}").replace("{name}", entry.user))
        column.addWidget(make_label(" · ".join(meta), widget, muted=True, scale=0.92))
        if entry.body:
            body = make_label(excerpt(entry.body), widget, name="entryBody")
            if len(entry.body) > EXCERPT_CHARS:
                body.setToolTip(entry.body[:3000])
            column.addWidget(body)
        extras = []
        if entry.outcome:
            extras.append(self.tr("Outcome: {text}").replace("{text}", entry.outcome))
        if entry.satisfaction_score is not None:
            extras.append(
                self.tr("Satisfaction: {score}/10").replace(
                    "{score}", str(entry.satisfaction_score)
                )
            )
        if extras:
            column.addWidget(make_label("   ·   ".join(extras), widget, name="entryExtras"))
        row.addLayout(column, 1)
        return widget


__all__ = ["CHANNEL_COLORS", "TIMELINE_PAGE", "TimelineCard"]
