"""The contact file ("fiche client"): everything about one contact on one screen.

Who they are, what they bought, how we stand, what happens next, and every interaction,
newest first — with quick actions to log a call, an e-mail, a meeting, a visit or a note.
The data comes from ``app.contact_file.load_contact_file`` as plain values; this widget
only lays it out.
"""

from __future__ import annotations

import html
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.analytics.cache import AnalyticsCache
from app.contact_file import ContactFile, CustomValue, load_contact_file
from app.contacts import ContactService
from app.errors import UserError
from models.database import Database
from models.enums import Channel, OrderKind
from ui import formatting as fmt
from ui.interaction_dialog import InteractionDialog, error_text
from ui.record_file import (
    DANGER,
    SUCCESS,
    TAG_COLORS,
    FlowLayout,
    RecordFileView,
    country_name,
    custom_value_text,
    icon_or_blank,
    make_badge,
    make_card,
    make_label,
    make_muted,
    make_tile,
    native_shortcut,
)
from ui.task_dialog import TaskDialog
from ui.timeline import TIMELINE_PAGE, TimelineActions, TimelineCard

if TYPE_CHECKING:
    from ui.jobs import JobManager

#: Quick actions: channel, shortcut (letters work on every keyboard layout, AZERTY too).
QUICK_ACTIONS: tuple[tuple[str, str], ...] = (
    (Channel.PHONE.value, "Ctrl+Shift+P"),
    (Channel.EMAIL.value, "Ctrl+Shift+E"),
    (Channel.MEETING.value, "Ctrl+Shift+M"),
    (Channel.VISIT.value, "Ctrl+Shift+V"),
    (Channel.NOTE.value, "Ctrl+Shift+N"),
)
#: How many orders and interactions are shown before "Show more".
ORDERS_SHOWN = 6

# Colours chosen to read on light and dark palettes (tinted background, dark text).
STATUS_COLORS = {
    "prospect": ("#dbeafe", "#1e3a8a"),
    "customer": ("#dcfce7", "#14532d"),
    "former": ("#e5e7eb", "#374151"),
}
STAGE_COLORS = ("#ede9fe", "#4c1d95")
DISSOLUTION_COLORS = ("#fee2e2", "#7f1d1d")


class ContactFileView(RecordFileView):
    """One contact's file. ``show_contact(id)`` loads it; ``refresh()`` reloads it.

    Signals: ``editRequested(id)`` (Edit), ``historyRequested(id)`` (History),
    ``backRequested()`` (Back), ``changed()`` after any write this view made (an
    interaction logged, the contact restored).
    """

    record_kind = "contact"
    object_name = "contactFile"

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        analytics: AnalyticsCache | None = None,
        jobs: JobManager | None = None,
    ) -> None:
        self.db = db
        #: The shared RFM / lifetime-value results (None: the file does not show them).
        self.analytics = analytics
        self.jobs = jobs
        self._analytics_box: QWidget | None = None
        #: The analytics computations this view started and that have not finished.
        self._analytics_jobs: set[str] = set()
        self._analytics_errors: dict[str, str] = {}
        #: Whether to compute the customer value when missing (asked once, or in use).
        self._analytics_wanted = False
        self._dialog: InteractionDialog | None = None
        self._orders_expanded = False
        self._timeline_shown = TIMELINE_PAGE
        super().__init__(parent)
        self.timeline_actions = TimelineActions(db, self)
        self.timeline_actions.changed.connect(self._timeline_written)
        self.timeline_actions.openRequested.connect(self.openRequested)
        self.timeline_actions.message.connect(self.message)

    # -- public API -------------------------------------------------------------------

    def contact_file(self) -> ContactFile | None:
        """The data shown (None when no contact is shown)."""
        return self.record_data()

    def quick_actions(self) -> list[QAction]:
        """The "log an interaction", "new task" and "Export PDF" actions, for the main
        window's menu."""
        return [*self.log_actions.values(), self.task_action, self.pdf_action]

    def show_contact(self, contact_id: str) -> None:
        if contact_id != self.current_id():
            self._orders_expanded = False
            self._timeline_shown = TIMELINE_PAGE
        self._analytics_errors.clear()
        self.show_record(contact_id)

    @Slot(str)
    def log_interaction(self, channel: str = Channel.PHONE.value) -> InteractionDialog | None:
        """Open the interaction form preset to ``channel`` (never blocks)."""
        data = self.contact_file()
        if data is None or data.deleted_at is not None:
            return None
        if self._dialog is not None:
            self._dialog.close()
        dialog = InteractionDialog(
            self.db,
            data.id,
            channel,
            self,
            contact_name=data.display_name,
        )
        dialog.saved.connect(self._interaction_saved)
        dialog.destroyed.connect(self._dialog_destroyed)
        self._dialog = dialog
        dialog.open()
        return dialog

    @property
    def interaction_dialog(self) -> InteractionDialog | None:
        """The interaction form currently open, if any."""
        return self._dialog

    # -- actions, toolbar, banner -----------------------------------------------------

    def build_actions(self) -> None:
        texts = {
            Channel.PHONE.value: self.tr("Log a call"),
            Channel.EMAIL.value: self.tr("E-mail"),
            Channel.MEETING.value: self.tr("Meeting"),
            Channel.VISIT.value: self.tr("Visit"),
            Channel.NOTE.value: self.tr("Note"),
        }
        tips = {
            Channel.PHONE.value: self.tr("Log a phone call"),
            Channel.EMAIL.value: self.tr("Log an e-mail"),
            Channel.MEETING.value: self.tr("Log a meeting"),
            Channel.VISIT.value: self.tr("Log a visit to the shop"),
            Channel.NOTE.value: self.tr("Add a note"),
        }
        self.log_actions: dict[str, QAction] = {}
        for channel, shortcut in QUICK_ACTIONS:
            action = QAction(f"{fmt.channel_glyph(channel)}  {texts[channel]}", self)
            action.setObjectName(f"log_{channel}")
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(f"{tips[channel]} ({native_shortcut(shortcut)})")
            action.setStatusTip(tips[channel])
            action.triggered.connect(partial(self._log_from_action, channel))
            self.addAction(action)
            self.log_actions[channel] = action
        self.task_action = QAction(icon_or_blank("task-new"), self.tr("New task"), self)
        self.task_action.setObjectName("newTask")
        self.task_action.setShortcut(QKeySequence("Ctrl+T"))
        self.task_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.task_action.setToolTip(
            self.tr("A task about this contact (%1)").replace("%1", native_shortcut("Ctrl+T"))
        )
        self.task_action.triggered.connect(self.new_task)
        self.addAction(self.task_action)
        from ui.pdf_actions import PDF_SHORTCUT, PdfExporter

        self.pdf = PdfExporter(self.db, self, jobs=self.jobs, analytics=self.analytics)
        self.pdf_action = self.pdf.make_action(
            self.tr("Export PDF"),
            "exportContactPdf",
            PDF_SHORTCUT,
            self.tr("The customer file as a PDF, to print or send"),
        )
        self.pdf_action.triggered.connect(self.export_pdf)

    def file_actions(self) -> list[QAction]:
        return [*self.log_actions.values(), self.task_action, self.pdf_action]

    def export_pdf(self) -> object:
        """Ask where to save the customer file as a PDF, write it, open it."""
        data = self.contact_file()
        if data is None:
            return None
        from app.documents.customer import contact_file_pdf

        contact_id = data.id
        return self.pdf.export(
            data.display_name,
            self.tr("Customer file %1").replace("%1", data.display_name),
            lambda options, path: contact_file_pdf(self.db, contact_id, path, options),
        )

    def new_task(self) -> TaskDialog | None:
        """A task about this contact (never blocks)."""
        data = self.contact_file()
        if data is None or data.deleted_at is not None:
            return None
        dialog = TaskDialog(self.db, self, contact_id=data.id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._timeline_written)
        dialog.open()
        return dialog

    @property
    def log_buttons(self) -> dict[str, QToolButton]:
        """The toolbar's "log an interaction" buttons, by channel."""
        return {
            channel: self.file_buttons[action.objectName()]
            for channel, action in self.log_actions.items()
        }

    def empty_text(self) -> str:
        return self.tr("No contact selected.")

    def deleted_text(self, data: ContactFile) -> str:
        return self.tr(
            "This contact was deleted on {when}. It no longer appears in lists."
        ).replace("{when}", fmt.datetime_text(data.deleted_at))

    def restore_record(self, record_id: str) -> None:
        ContactService(self.db).restore([record_id])

    # -- loading ----------------------------------------------------------------------

    def load_data(self, record_id: str) -> ContactFile:
        self._analytics_box = None
        return load_contact_file(self.db, record_id)

    # -- the page ---------------------------------------------------------------------

    def build_page(self, data: ContactFile, page: QWidget, outer: QVBoxLayout) -> None:
        outer.addWidget(self._header(data, page))
        columns = QHBoxLayout()
        columns.setSpacing(14)
        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(self._details_card(data, page))
        left.addWidget(self._consents_card(data, page))
        if data.custom:
            left.addWidget(self._custom_card(data.custom, page))
        left.addWidget(self._notes_card(data, page))
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(14)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self._standing_card(data, page), 1)
        top.addWidget(self._next_card(data, page), 1)
        right.addLayout(top)
        right.addWidget(self._purchases_card(data, page))
        right.addWidget(self._timeline_card(data, page))
        right.addStretch(1)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        outer.addLayout(columns, 1)

    # -- WHO --------------------------------------------------------------------------

    def _header(self, data: ContactFile, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setObjectName("card")
        card.setProperty("section", "header")
        grid = QHBoxLayout(card)
        grid.setContentsMargins(20, 16, 20, 16)
        grid.setSpacing(18)
        grid.addWidget(self._avatar(data, card), 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(4)
        name = data.display_name or self.tr("(no name)")
        civility = fmt.civility_label(data.civility)
        column.addWidget(
            make_label(
                f"{civility} {name}" if civility else name,
                card,
                scale=1.75,
                bold=True,
                name="nameLabel",
            )
        )
        role = " · ".join(part for part in (data.job_title, data.company_name) if part)
        if role:
            column.addWidget(make_label(role, card, scale=1.12, name="companyLabel"))
        badges = FlowLayout(spacing=6)
        status_colors = STATUS_COLORS.get(data.status, STATUS_COLORS["former"])
        badges.addWidget(
            make_badge(fmt.status_label(data.status), status_colors, card, "statusBadge")
        )
        if data.relationship_stage:
            colors = (
                DISSOLUTION_COLORS if data.relationship_stage == "dissolution" else STAGE_COLORS
            )
            badges.addWidget(
                make_badge(fmt.stage_label(data.relationship_stage), colors, card, "stageBadge")
            )
        for tag in data.tags:
            chip = QLabel(f"# {tag}", card)
            chip.setObjectName("tagChip")
            chip.setTextFormat(Qt.TextFormat.PlainText)
            chip.setStyleSheet(
                f"background: {TAG_COLORS[0]}; color: {TAG_COLORS[1]}; border: 1px solid #cbd5e1;"
                " border-radius: 9px; padding: 1px 8px;"
            )
            badges.addWidget(chip)
        holder = QWidget(card)
        holder.setLayout(badges)
        column.addSpacing(4)
        column.addWidget(holder)
        grid.addLayout(column, 1)
        facts = QVBoxLayout()
        facts.setSpacing(2)
        if data.customer_number:
            facts.addWidget(
                make_label(
                    self.tr("Customer no. {number}").replace("{number}", data.customer_number),
                    card,
                    bold=True,
                    wrap=False,
                    name="customerNumber",
                ),
                0,
                Qt.AlignmentFlag.AlignRight,
            )
        facts.addWidget(
            make_label(
                self.tr("In the file since {date}").replace(
                    "{date}", fmt.date_text(data.created_at)
                ),
                card,
                muted=True,
                wrap=False,
            ),
            0,
            Qt.AlignmentFlag.AlignRight,
        )
        facts.addWidget(
            make_label(
                self.tr("Updated {date}").replace("{date}", fmt.datetime_text(data.updated_at)),
                card,
                muted=True,
                wrap=False,
            ),
            0,
            Qt.AlignmentFlag.AlignRight,
        )
        facts.addStretch(1)
        grid.addLayout(facts)
        return card

    def _avatar(self, data: ContactFile, parent: QWidget) -> QLabel:
        initials = "".join(
            part[:1] for part in (data.first_name, data.last_name) if part
        ).upper() or (data.display_name[:1].upper() if data.display_name else "?")
        avatar = QLabel(initials, parent)
        avatar.setObjectName("avatar")
        avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        avatar.setFixedSize(64, 64)
        color = STATUS_COLORS.get(data.status, STATUS_COLORS["former"])
        avatar.setStyleSheet(
            f"background: {color[0]}; color: {color[1]}; border-radius: 32px;"
            " font-size: 22px; font-weight: 700;"
        )
        return avatar

    def _details_card(self, data: ContactFile, parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("Contact details"), parent, "details")
        rows: list[tuple[str, str, bool]] = []
        emails = [e for e in (data.email, data.email2) if e]
        if emails:
            links = "<br>".join(
                f'<a href="mailto:{html.escape(e, quote=True)}">{html.escape(e)}</a>'
                for e in emails
            )
            rows.append((self.tr("E-mail"), links, True))
        for caption, typed, e164 in (
            (self.tr("Phone"), data.phone, data.phone_e164),
            (self.tr("Mobile"), data.mobile, data.mobile_e164),
        ):
            if typed:
                target = e164 or "".join(c for c in typed if c.isdigit() or c == "+")
                rows.append(
                    (
                        caption,
                        f'<a href="tel:{html.escape(target, quote=True)}">{html.escape(typed)}</a>',
                        True,
                    )
                )
        address = self._address(data)
        if address:
            rows.append((self.tr("Address"), address, False))
        if data.birthday:
            age = _age(data.birthday)
            text = fmt.date_text(data.birthday)
            if age is not None:
                text = self.tr("{date} (age {age})").replace("{date}", text)
                text = text.replace("{age}", str(age))
            rows.append((self.tr("Birthday"), text, False))
        if data.preferred_channel:
            rows.append(
                (self.tr("Preferred channel"), fmt.channel_label(data.preferred_channel), False)
            )
        if data.source:
            rows.append((self.tr("Source"), data.source, False))
        if data.owner:
            rows.append((self.tr("Owner"), data.owner, False))
        if data.external_ref:
            rows.append((self.tr("External ref."), data.external_ref, False))
        if not rows:
            layout.addWidget(make_muted(self.tr("No contact details yet."), card))
            return card
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(7)
        grid.setColumnStretch(1, 1)
        for index, (caption, value, rich) in enumerate(rows):
            grid.addWidget(
                make_label(caption, card, muted=True, wrap=False),
                index,
                0,
                Qt.AlignmentFlag.AlignTop,
            )
            grid.addWidget(make_label(value, card, rich=rich, name=f"detail{index}"), index, 1)
        layout.addLayout(grid)
        return card

    def _address(self, data: ContactFile) -> str:
        town = " ".join(part for part in (data.postcode, data.city) if part)
        lines = [data.address_line1, data.address_line2, town]
        if data.country and data.country.upper() != "FR":
            lines.append(country_name(data.country))
        return "\n".join(line for line in lines if line)

    def _consents_card(self, data: ContactFile, parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("Consents"), parent, "consents")
        if not data.consents:
            layout.addWidget(make_muted(self.tr("No consent recorded."), card, "noConsent"))
            return card
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        for row, consent in enumerate(sorted(data.consents, key=lambda c: (c.channel, c.purpose))):
            what = fmt.channel_label(consent.channel)
            if consent.purpose:
                what = f"{what} · {fmt.purpose_label(consent.purpose)}"
            grid.addWidget(make_label(what, card), row, 0)
            color = SUCCESS if consent.status == "granted" else DANGER
            mark = "\u2713" if consent.status == "granted" else "\u2717"
            status = make_label(f"{mark} {fmt.consent_label(consent.status)}", card, wrap=False)
            status.setStyleSheet(f"color: {color}; font-weight: 600;")
            grid.addWidget(status, row, 1)
            grid.addWidget(
                make_label(fmt.date_text(consent.recorded_at), card, muted=True, wrap=False),
                row,
                2,
                Qt.AlignmentFlag.AlignRight,
            )
        layout.addLayout(grid)
        return card

    def _custom_card(self, values: tuple[CustomValue, ...], parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("Other information"), parent, "custom")
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        for row, value in enumerate(values):
            grid.addWidget(make_label(value.label, card, muted=True, wrap=False), row, 0)
            shown = custom_value_text(value.field_type, value.value)
            grid.addWidget(make_label(shown or "—", card, muted=not shown), row, 1)
        layout.addLayout(grid)
        return card

    def _notes_card(self, data: ContactFile, parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("Notes"), parent, "notes")
        if data.notes:
            layout.addWidget(make_label(data.notes, card, name="notesLabel"))
        else:
            layout.addWidget(make_muted(self.tr("No notes."), card))
        return card

    # -- HOW WE STAND -----------------------------------------------------------------

    def _standing_card(self, data: ContactFile, parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("How we stand"), parent, "standing")
        if data.relationship_stage:
            layout.addWidget(self._stage_steps(data.relationship_stage, card))
        else:
            layout.addWidget(make_muted(self.tr("No relationship stage set."), card))
        facts: list[tuple[str, str, str]] = []
        if data.interactions:
            last = data.interactions[0]
            facts.append(
                (
                    self.tr("Last contact"),
                    f"{fmt.relative_day(last.occurred_at)} · {fmt.channel_label(last.channel)}",
                    "",
                )
            )
            facts.append((self.tr("Interactions"), fmt.number(len(data.interactions)), ""))
            scores = [
                e.satisfaction_score for e in data.interactions if e.satisfaction_score is not None
            ]
            if scores:
                average = sum(scores) / len(scores)
                facts.append(
                    (
                        self.tr("Satisfaction"),
                        self.tr("{score}/10 (average of {count})")
                        .replace("{score}", fmt.number(average, 1))
                        .replace("{count}", fmt.number(len(scores))),
                        "",
                    )
                )
            open_complaints = sum(
                1 for e in data.interactions if e.is_complaint and e.complaint_status != "resolved"
            )
            if open_complaints:
                facts.append((self.tr("Open complaints"), fmt.number(open_complaints), DANGER))
        else:
            layout.addWidget(make_muted(self.tr("No interaction yet."), card))
        if facts:
            grid = QGridLayout()
            grid.setHorizontalSpacing(12)
            grid.setVerticalSpacing(5)
            grid.setColumnStretch(1, 1)
            for row, (caption, value, color) in enumerate(facts):
                grid.addWidget(make_label(caption, card, muted=True, wrap=False), row, 0)
                shown = make_label(value, card)
                if color:
                    shown.setStyleSheet(f"color: {color}; font-weight: 600;")
                grid.addWidget(shown, row, 1)
            layout.addLayout(grid)
        if self.analytics is not None:
            separator = QFrame(card)
            separator.setObjectName("timelineSeparator")
            separator.setFrameShape(QFrame.Shape.HLine)
            layout.addWidget(separator)
            box = QWidget(card)
            box.setObjectName("customerValue")
            grid = QGridLayout(box)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(12)
            grid.setVerticalSpacing(5)
            grid.setColumnStretch(1, 1)
            layout.addWidget(box)
            self._analytics_box = box
            self._fill_analytics()
        layout.addStretch(1)
        return card

    # -- customer value (RFM and lifetime value, computed in the background) ---------

    def _fill_analytics(self) -> None:
        """Show the customer's RFM scores, segment and lifetime value, if computed.

        Only what the shared cache already holds is shown (opening a file stays fast);
        what is missing is computed in the background and filled in when ready.
        """
        box, cache, contact_id = self._analytics_box, self.analytics, self.current_id()
        if box is None or cache is None or contact_id is None:
            return
        grid = box.layout()
        assert isinstance(grid, QGridLayout)
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from the page now, deleted later
                widget.deleteLater()
        rows: list[tuple[str, QLabel]] = []
        rfm = cache.peek_rfm()
        clv: Any = None
        clv_error: str | None = self._analytics_errors.get("clv")
        try:
            clv = cache.peek_clv()
        except UserError as error:  # the fit failed (cached until the data changes)
            clv_error = error_text(error.template, error.params)
        if rfm is not None:
            self._analytics_wanted = True  # in use this session: keep it up to date
        need_rfm = rfm is None and "rfm" not in self._analytics_errors
        need_clv = clv is None and clv_error is None
        if rfm is None and not self._analytics_wanted:
            # Not computed yet: offered, not imposed (it loads the statistics libraries and
            # scores the whole customer base, which costs memory and a few seconds).
            link = self.tr("Compute now")
            offer = make_label(
                self.tr(
                    "Segment, RFM scores, chance still active and predicted value are "
                    "computed for the whole customer base."
                )
                + f' <a href="compute">{link}</a>',
                box,
                muted=True,
                name="analyticsOffer",
            )
            offer.setTextFormat(Qt.TextFormat.RichText)
            offer.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            offer.linkActivated.connect(self.compute_analytics)
            rows.append((self.tr("Customer value"), offer))
            need_rfm = need_clv = False
        elif rfm is None:
            note = self._analytics_errors.get("rfm") or self.tr("Computing the RFM scores…")
            rows.append((self.tr("Customer value"), make_label(note, box, muted=True)))
            rows[-1][1].setObjectName("analyticsNote")
        else:
            row = rfm.by_contact(contact_id)
            if row is None:
                rows.append(
                    (
                        self.tr("Customer value"),
                        make_label(
                            self.tr(
                                "Not a customer yet: no order, so no RFM score or predicted value."
                            ),
                            box,
                            muted=True,
                            name="analyticsNote",
                        ),
                    )
                )
                need_clv = False
            else:
                rows.extend(self._rfm_rows(row, rfm, box))
                rows.extend(self._clv_rows(contact_id, clv, clv_error, box))
        for index, (caption, value) in enumerate(rows):
            if not caption:  # a line across the card
                grid.addWidget(value, index, 0, 1, 2)
                continue
            grid.addWidget(
                make_label(caption, box, muted=True, wrap=False),
                index,
                0,
                Qt.AlignmentFlag.AlignTop,
            )
            grid.addWidget(value, index, 1)
        if need_rfm or need_clv:
            # Started once the file is on screen: opening it never waits for the pool.
            QTimer.singleShot(0, self, lambda: self._start_analytics(need_rfm, need_clv))

    def _rfm_rows(self, row: Any, rfm: Any, parent: QWidget) -> list[tuple[str, QLabel]]:
        from app.analytics.segments import segment_info
        from ui.dashboard import analytics_text

        info = segment_info(row.segment)
        segment = make_label(
            f"{analytics_text(info.name)} · {analytics_text(info.strategy)}",
            parent,
            bold=True,
            name="rfmSegment",
        )
        segment.setStyleSheet(f"color: {STAGE_COLORS[1]};")
        segment.setToolTip(
            f"{analytics_text(info.description)}\n"
            + self.tr("Suggested action: %1").replace("%1", analytics_text(info.action))
        )
        scores = make_label(
            f"R {row.r_score} · F {row.f_score} · M {row.m_score}",
            parent,
            wrap=False,
            name="rfmScores",
        )
        scores.setToolTip(
            self.tr("As of %1 — days since the last order: %2 · orders: %3 · spent in all: %4")
            .replace("%1", fmt.date_text(rfm.as_of))
            .replace("%2", fmt.number(row.recency_days))
            .replace("%3", fmt.number(row.frequency))
            .replace("%4", fmt.money(row.monetary_cents))
        )
        action = make_label(
            "\u2192 " + analytics_text(info.action), parent, muted=True, scale=0.92
        )
        action.setObjectName("rfmAction")
        action.setToolTip(self.tr("Suggested action"))
        return [
            (self.tr("Segment"), segment),
            (self.tr("RFM scores"), scores),
            ("", action),
        ]

    def _clv_rows(
        self, contact_id: str, clv: Any, clv_error: str | None, parent: QWidget
    ) -> list[tuple[str, QLabel]]:
        from ui.dashboard import percent_text

        if clv_error is not None:
            message = make_label(clv_error, parent, scale=0.92, name="clvError")
            message.setStyleSheet(f"color: {DANGER};")
            return [(self.tr("12-month value"), message)]
        if clv is None:
            waiting = make_label(
                self.tr("Computing…"), parent, muted=True, wrap=False, name="clvPending"
            )
            return [(self.tr("12-month value"), waiting)]
        row = clv.by_contact(contact_id)
        if row is None:
            return [
                (
                    self.tr("12-month value"),
                    make_label("—", parent, muted=True, wrap=False, name="predictedValue"),
                )
            ]
        alive = make_label(percent_text(row.p_alive), parent, wrap=False, name="pAlive")
        alive.setToolTip(
            self.tr("The probability that this customer still buys from you, from their rhythm")
        )
        value_caption = self.tr("12-month value")
        value = make_label(
            fmt.money(round(row.predicted_value * 100)),
            parent,
            bold=True,
            wrap=False,
            name="predictedValue",
        )
        value.setToolTip(
            self.tr("Predicted value over the next 12 months; expected purchases: %1").replace(
                "%1", fmt.number(row.expected_purchases, 1)
            )
        )
        return [(self.tr("Still active"), alive), (value_caption, value)]

    @Slot()
    def compute_analytics(self, *_link: object) -> None:
        """Compute the customer value (for the whole base) and show it when ready."""
        self._analytics_wanted = True
        self._fill_analytics()

    def _start_analytics(self, rfm: bool, clv: bool) -> None:
        """Compute the RFM table and the lifetime values in the background, once."""
        cache, jobs = self.analytics, self.jobs
        if cache is None or jobs is None:
            return
        wanted: list[tuple[str, Any, Any]] = []
        if rfm:
            wanted.append(("rfm", lambda _progress, _cancel: cache.rfm(), cache.peek_rfm))
        if clv:
            wanted.append(
                (
                    "clv",
                    lambda progress, cancel: cache.clv(progress=progress, cancel=cancel),
                    cache.peek_clv,
                )
            )
        for kind, fn, peek in wanted:
            if kind in self._analytics_jobs:
                continue
            try:
                if peek() is not None:  # done meanwhile (jobs run at once in tests)
                    continue
            except UserError:
                continue
            self._analytics_jobs.add(kind)
            try:
                jobs.run(
                    fn,
                    label=self.tr("Computing the customer's value…"),
                    show_progress=False,
                    on_success=lambda _result, k=kind: self._analytics_done(k),
                    on_failure=lambda error, k=kind: self._analytics_failed(k, error),
                )
            except RuntimeError:  # the window is closing: its job manager was shut down
                self._analytics_jobs.discard(kind)
                return

    def _analytics_done(self, kind: str) -> None:
        self._analytics_jobs.discard(kind)
        self._fill_analytics()

    def _analytics_failed(self, kind: str, error: BaseException) -> None:
        self._analytics_jobs.discard(kind)
        if isinstance(error, UserError):
            self._analytics_errors[kind] = error_text(error.template, error.params)
        else:
            import logging

            logging.getLogger(__name__).error(
                "computing the %s failed", kind, exc_info=(type(error), error, error.__traceback__)
            )
            self._analytics_errors[kind] = self.tr("The customer's value could not be computed.")
        self._fill_analytics()

    def _stage_steps(self, current: str, parent: QWidget) -> QWidget:
        """The relationship stage: its name, a bar of the five steps, and the whole path."""
        holder = QWidget(parent)
        holder.setObjectName("stageSteps")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(5)
        codes = fmt.STAGE_CODES
        position = codes.index(current) if current in codes else -1
        ending = current == "dissolution"
        accent = DANGER if ending else STAGE_COLORS[1]
        title = QHBoxLayout()
        name = make_label(
            fmt.stage_label(current), holder, bold=True, scale=1.12, wrap=False, name="stageName"
        )
        name.setStyleSheet(f"color: {accent};")
        title.addWidget(name)
        title.addStretch(1)
        if position >= 0:
            title.addWidget(
                make_label(
                    self.tr("stage {n} of {total}")
                    .replace("{n}", str(position + 1))
                    .replace("{total}", str(len(codes))),
                    holder,
                    muted=True,
                    wrap=False,
                )
            )
        column.addLayout(title)
        bar = QHBoxLayout()
        bar.setSpacing(3)
        for index, code in enumerate(codes):
            segment = QFrame(holder)
            segment.setObjectName("stageSegment")
            segment.setFixedHeight(6)
            segment.setToolTip(fmt.stage_label(code))
            filled = index <= position
            color = accent if filled else "#e4e7ec"
            segment.setStyleSheet(f"background: {color}; border-radius: 3px;")
            bar.addWidget(segment, 1)
        column.addLayout(bar)
        path = []
        for index, code in enumerate(codes):
            label = html.escape(fmt.stage_label(code))
            if index == position:
                label = f'<b style="color:{accent}">{label}</b>'
            path.append(label)
        column.addWidget(
            make_label(" \u2192 ".join(path), holder, muted=True, scale=0.92, rich=True)
        )
        return holder

    # -- WHAT HAPPENS NEXT ------------------------------------------------------------

    def _next_card(self, data: ContactFile, parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("What happens next"), parent, "next")
        layout.addWidget(make_label(self.tr("Open deals"), card, bold=True, wrap=False))
        if data.open_deals:
            for deal in data.open_deals:
                line = QHBoxLayout()
                line.setSpacing(8)
                line.addWidget(make_label(deal.title, card, name="dealTitle"), 1)
                line.addWidget(
                    make_label(fmt.money(deal.amount_cents, deal.currency), card, wrap=False)
                )
                layout.addLayout(line)
                details = [deal.stage]
                if deal.expected_close_date:
                    details.append(
                        self.tr("expected {date}").replace(
                            "{date}", fmt.date_text(deal.expected_close_date)
                        )
                    )
                layout.addWidget(make_label(" · ".join(details), card, muted=True))
        else:
            layout.addWidget(make_muted(self.tr("No open deal."), card, "noDeal"))
        layout.addSpacing(4)
        layout.addWidget(make_label(self.tr("Open tasks"), card, bold=True, wrap=False))
        if data.open_tasks:
            for task in data.open_tasks:
                line = QHBoxLayout()
                line.setSpacing(8)
                title_label = make_label(task.title, card, name="taskTitle")
                if task.priority == "high":
                    title_label.setText(f"\u2691 {task.title}")
                    title_label.setToolTip(fmt.priority_label(task.priority))
                line.addWidget(title_label, 1)
                if task.due_at is not None:
                    overdue = fmt.is_past(task.due_at)
                    due = fmt.date_text(task.due_at)
                    if overdue:
                        due = self.tr("overdue since {date}").replace("{date}", due)
                    due_label = make_label(due, card, wrap=False, name="taskDue")
                    if overdue:
                        due_label.setStyleSheet(f"color: {DANGER}; font-weight: 600;")
                        due_label.setProperty("overdue", True)
                    line.addWidget(due_label)
                else:
                    line.addWidget(
                        make_label(self.tr("no due date"), card, muted=True, wrap=False)
                    )
                layout.addLayout(line)
        else:
            layout.addWidget(make_muted(self.tr("No open task."), card, "noTask"))
        layout.addStretch(1)
        return card

    # -- WHAT THEY BOUGHT -------------------------------------------------------------

    def _purchases_card(self, data: ContactFile, parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("Purchases"), parent, "purchases")
        if not data.orders and data.order_count == 0:
            layout.addWidget(make_muted(self.tr("No orders yet."), card, "noOrders"))
            return card
        currency = data.orders[0].currency if data.orders else "EUR"
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        last_sub = fmt.relative_day(data.last_purchase) if data.last_purchase else ""
        for name, caption, value, sub in (
            (
                "figureTotal",
                self.tr("Total spent"),
                fmt.money(data.total_spent_cents, currency),
                "",
            ),
            ("figureOrders", self.tr("Orders"), fmt.number(data.order_count), ""),
            (
                "figureAverage",
                self.tr("Average basket"),
                fmt.money(data.average_basket_cents, currency),
                "",
            ),
            ("figureFirst", self.tr("First purchase"), fmt.date_text(data.first_purchase), ""),
            ("figureLast", self.tr("Last purchase"), fmt.date_text(data.last_purchase), last_sub),
        ):
            tiles.addWidget(make_tile(caption, value or "—", sub, card, name), 1)
        layout.addLayout(tiles)
        layout.addWidget(self._orders_table(data, card))
        hidden = len(data.orders) - ORDERS_SHOWN
        if hidden > 0 and not self._orders_expanded:
            shown = fmt.number(len(data.orders))
            credit_notes = any(o.kind == OrderKind.CREDIT_NOTE.value for o in data.orders)
            if data.order_count > len(data.orders):
                text = self.tr("Show the {count} latest").replace("{count}", shown)
            elif credit_notes:
                text = self.tr("Show all {count} orders and credit notes").replace("{count}", shown)
            else:
                text = self.tr("Show all {count} orders").replace("{count}", shown)
            more = QPushButton(text, card)
            more.setObjectName("moreOrders")
            more.setFlat(True)
            more.clicked.connect(self._expand_orders)
            layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _orders_table(self, data: ContactFile, parent: QWidget) -> QTableWidget:
        orders = data.orders if self._orders_expanded else data.orders[:ORDERS_SHOWN]
        table = QTableWidget(len(orders), 4, parent)
        table.setObjectName("ordersTable")
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for column, (text, alignment) in enumerate(
            (
                (self.tr("Date"), left),
                (self.tr("Number"), left),
                (self.tr("Lines"), right),
                (self.tr("Total"), right),
            )
        ):
            heading = QTableWidgetItem(text)
            heading.setTextAlignment(alignment)
            table.setHorizontalHeaderItem(column, heading)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        for row, order in enumerate(orders):
            credit = order.kind == OrderKind.CREDIT_NOTE.value
            number = order.number or "—"
            if credit:
                number = f"{number} — {fmt.order_kind_label(order.kind)}"
            cells = [
                QTableWidgetItem(fmt.date_text(order.ordered_at)),
                QTableWidgetItem(number),
                QTableWidgetItem(fmt.number(order.lines)),
                QTableWidgetItem(fmt.money(order.total_cents, order.currency)),
            ]
            cells[0].setToolTip(fmt.datetime_text(order.ordered_at))
            cells[2].setTextAlignment(right)
            cells[3].setTextAlignment(right)
            for column, item in enumerate(cells):
                if credit:
                    item.setForeground(QColor(DANGER))
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                    item.setData(Qt.ItemDataRole.UserRole, "credit_note")
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        height = header.sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(len(orders)))
        table.setFixedHeight(height)
        return table

    # -- INTERACTIONS -----------------------------------------------------------------

    def _timeline_card(self, data: ContactFile, parent: QWidget) -> QFrame:
        hint = self.tr("No interaction yet. Log a call with {keys}.").replace(
            "{keys}", native_shortcut(QUICK_ACTIONS[0][1])
        )
        card = TimelineCard(
            data.interactions[: self._timeline_shown],
            len(data.interactions),
            parent,
            context="contact",
            empty_hint=hint,
            editable=data.deleted_at is None,
        )
        card.moreRequested.connect(self._more_timeline)
        self.timeline_actions.attach(card)
        return card

    @Slot()
    def _timeline_written(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- slots ------------------------------------------------------------------------

    def _log_from_action(self, channel: str, _checked: bool = False) -> None:
        self.log_interaction(channel)

    @Slot(str)
    def _interaction_saved(self, _interaction_id: str) -> None:
        self.refresh()
        self.changed.emit()

    @Slot()
    def _dialog_destroyed(self) -> None:
        self._dialog = None

    @Slot()
    def _expand_orders(self) -> None:
        self._orders_expanded = True
        self.refresh()

    @Slot()
    def _more_timeline(self) -> None:
        self._timeline_shown += TIMELINE_PAGE
        self.refresh()


# -- helpers ------------------------------------------------------------------------------


def _age(birthday: object) -> int | None:
    from datetime import date

    if not isinstance(birthday, date):
        return None
    today = date.today()
    years = today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))
    return years if 0 <= years < 130 else None


__all__ = ["QUICK_ACTIONS", "ContactFileView", "FlowLayout"]
