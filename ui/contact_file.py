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

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
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
from app.interactions import TimelineEntry
from models.database import Database
from models.enums import Channel, OrderKind
from ui import formatting as fmt
from ui.interaction_dialog import InteractionDialog, error_text

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
EDIT_SHORTCUT = "Ctrl+E"
HISTORY_SHORTCUT = "Ctrl+H"
#: How many orders and interactions are shown before "Show more".
ORDERS_SHOWN = 6
TIMELINE_PAGE = 30
EXCERPT_CHARS = 280

# Colours chosen to read on light and dark palettes (tinted background, dark text).
STATUS_COLORS = {
    "prospect": ("#dbeafe", "#1e3a8a"),
    "customer": ("#dcfce7", "#14532d"),
    "former": ("#e5e7eb", "#374151"),
}
STAGE_COLORS = ("#ede9fe", "#4c1d95")
DISSOLUTION_COLORS = ("#fee2e2", "#7f1d1d")
TAG_COLORS = ("#f1f5f9", "#1e293b")
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
DANGER = "#b42318"
SUCCESS = "#15803d"


def _icon(name: str) -> QIcon:
    """An application icon, or none if the icon set does not have it (yet)."""
    try:
        from ui.icons import icon

        return icon(name)
    except (ImportError, KeyError, OSError):
        return QIcon()


def _native(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def _excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


class FlowLayout(QLayout):
    """Lays out its items left to right, wrapping to new lines (for tag chips)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class ContactFileView(QWidget):
    """One contact's file. ``show_contact(id)`` loads it; ``refresh()`` reloads it.

    Signals: ``editRequested(id)`` (Edit), ``historyRequested(id)`` (History),
    ``backRequested()`` (Back), ``changed()`` after any write this view made (an
    interaction logged, the contact restored).
    """

    editRequested = Signal(str)
    changed = Signal()
    backRequested = Signal()
    historyRequested = Signal(str)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        analytics: AnalyticsCache | None = None,
        jobs: JobManager | None = None,
    ) -> None:
        super().__init__(parent)
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
        self.setObjectName("contactFile")
        self._contact_id: str | None = None
        self._file: ContactFile | None = None
        self._dialog: InteractionDialog | None = None
        self._orders_expanded = False
        self._timeline_shown = TIMELINE_PAGE

        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_toolbar())
        self.banner = self._build_banner()
        layout.addWidget(self.banner)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("contactFileScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.scroll, 1)
        self.setFocusProxy(self.scroll)
        self._apply_style()
        self._show_message(self.tr("No contact selected."))

    # -- public API -------------------------------------------------------------------

    def current_id(self) -> str | None:
        return self._contact_id

    def contact_file(self) -> ContactFile | None:
        """The data shown (None when no contact is shown)."""
        return self._file

    def quick_actions(self) -> list[QAction]:
        """The "log an interaction" actions, for a menu of the main window."""
        return list(self.log_actions.values())

    def show_contact(self, contact_id: str) -> None:
        if contact_id != self._contact_id:
            self._orders_expanded = False
            self._timeline_shown = TIMELINE_PAGE
        self._contact_id = contact_id
        self._analytics_errors.clear()
        self._load(keep_scroll=False)

    @Slot()
    def refresh(self) -> None:
        if self._contact_id is not None:
            self._load(keep_scroll=True)

    @Slot(str)
    def log_interaction(self, channel: str = Channel.PHONE.value) -> InteractionDialog | None:
        """Open the interaction form preset to ``channel`` (never blocks)."""
        if self._file is None or self._file.deleted_at is not None:
            return None
        if self._dialog is not None:
            self._dialog.close()
        dialog = InteractionDialog(
            self.db,
            self._file.id,
            channel,
            self,
            contact_name=self._file.display_name,
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

    def _build_actions(self) -> None:
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
            action.setToolTip(f"{tips[channel]} ({_native(shortcut)})")
            action.setStatusTip(tips[channel])
            action.triggered.connect(partial(self._log_from_action, channel))
            self.addAction(action)
            self.log_actions[channel] = action

        self.back_action = QAction(_icon("back"), self.tr("Back"), self)
        self.back_action.setObjectName("back")
        self.back_action.setShortcuts(QKeySequence.StandardKey.Back)
        back_keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in self.back_action.shortcuts()
        )
        self.back_action.setToolTip(self.tr("Back to the list (%1)").replace("%1", back_keys))
        self.back_action.triggered.connect(self.backRequested)
        self.edit_action = QAction(_icon("edit"), self.tr("Edit"), self)
        self.edit_action.setObjectName("edit")
        self.edit_action.setShortcut(QKeySequence(EDIT_SHORTCUT))
        self.edit_action.setToolTip(
            self.tr("Edit this contact (%1)").replace("%1", _native(EDIT_SHORTCUT))
        )
        self.edit_action.triggered.connect(self._edit)
        self.history_action = QAction(_icon("history"), self.tr("History"), self)
        self.history_action.setObjectName("history")
        self.history_action.setShortcut(QKeySequence(HISTORY_SHORTCUT))
        self.history_action.setToolTip(
            self.tr("Who changed what in this file (%1)").replace("%1", _native(HISTORY_SHORTCUT))
        )
        self.history_action.triggered.connect(self._history)
        for action in (self.back_action, self.edit_action, self.history_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _tool_button(self, action: QAction, parent: QWidget) -> QToolButton:
        button = QToolButton(parent)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setObjectName(f"{action.objectName()}Button")
        return button

    def _build_toolbar(self) -> QWidget:
        bar = QFrame(self)
        bar.setObjectName("fileToolbar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 6, 12, 6)
        row.setSpacing(4)
        row.addWidget(self._tool_button(self.back_action, bar))
        separator = QFrame(bar)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setObjectName("toolbarSeparator")
        row.addWidget(separator)
        self.log_buttons: dict[str, QToolButton] = {}
        for channel, action in self.log_actions.items():
            button = self._tool_button(action, bar)
            self.log_buttons[channel] = button
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self._tool_button(self.edit_action, bar))
        row.addWidget(self._tool_button(self.history_action, bar))
        return bar

    def _build_banner(self) -> QFrame:
        banner = QFrame(self)
        banner.setObjectName("deletedBanner")
        row = QHBoxLayout(banner)
        row.setContentsMargins(16, 8, 12, 8)
        self.banner_label = QLabel(banner)
        self.banner_label.setObjectName("deletedBannerText")
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.banner_label, 1)
        self.restore_button = QPushButton(_icon("restore"), self.tr("Restore"), banner)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setToolTip(self.tr("Put this contact back in the lists"))
        self.restore_button.clicked.connect(self._restore)
        row.addWidget(self.restore_button)
        banner.hide()
        return banner

    def _apply_style(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.Text)
        border = palette.color(QPalette.ColorRole.Mid)
        muted = _mix(text, base, 0.45)
        tile = _mix(window, base, 0.5)
        self.muted_color = muted.name()
        self.setStyleSheet(
            f"""
            QScrollArea#contactFileScroll > QWidget > QWidget#filePage {{
                background: {window.name()};
            }}
            QFrame#fileToolbar {{ border-bottom: 1px solid {_mix(border, window, 0.5).name()}; }}
            QFrame#card {{
                background: {base.name()};
                border: 1px solid {_mix(border, base, 0.45).name()};
                border-radius: 8px;
            }}
            QFrame#tile {{ background: {tile.name()}; border-radius: 6px; }}
            QFrame#deletedBanner {{ background: #fef3f2; border-bottom: 1px solid #fecdca; }}
            QLabel#deletedBannerText {{ color: #7a271a; font-weight: 600; }}
            QLabel[muted="true"] {{ color: {muted.name()}; }}
            QFrame#toolbarSeparator {{ color: {_mix(border, window, 0.4).name()}; }}
            QPushButton#moreOrders, QPushButton#moreInteractions {{
                color: {palette.color(QPalette.ColorRole.Link).name()};
                border: none; padding: 2px 0; text-align: left;
            }}
            QFrame#timelineSeparator {{
                color: {_mix(border, base, 0.3).name()};
            }}
            """
        )

    # -- loading ----------------------------------------------------------------------

    def _load(self, *, keep_scroll: bool) -> None:
        assert self._contact_id is not None
        position = self.scroll.verticalScrollBar().value() if keep_scroll else 0
        self._analytics_box = None
        try:
            data = load_contact_file(self.db, self._contact_id)
        except UserError as error:
            self._file = None
            self._set_enabled(False)
            self.banner.hide()
            self._show_message(error_text(error.template, error.params))
            return
        self._file = data
        deleted = data.deleted_at is not None
        self._set_enabled(not deleted)
        self.history_action.setEnabled(True)
        if deleted:
            self.banner_label.setText(
                self.tr(
                    "This contact was deleted on {when}. It no longer appears in lists."
                ).replace("{when}", fmt.datetime_text(data.deleted_at))
            )
        self.banner.setVisible(deleted)
        self.scroll.setWidget(self._build_page(data))
        self.scroll.verticalScrollBar().setValue(position)

    def _set_enabled(self, enabled: bool) -> None:
        for action in (*self.log_actions.values(), self.edit_action, self.history_action):
            action.setEnabled(enabled)

    def _show_message(self, message: str) -> None:
        page = QWidget()
        page.setObjectName("filePage")
        layout = QVBoxLayout(page)
        label = QLabel(message, page)
        label.setObjectName("messageLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setProperty("muted", True)
        layout.addWidget(label)
        self.scroll.setWidget(page)
        self._set_enabled(False)

    # -- the page ---------------------------------------------------------------------

    def _build_page(self, data: ContactFile) -> QWidget:
        page = QWidget()
        page.setObjectName("filePage")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(20, 16, 20, 20)
        outer.setSpacing(14)
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
        return page

    # small builders

    def _label(
        self,
        text: str,
        parent: QWidget,
        *,
        muted: bool = False,
        scale: float = 1.0,
        bold: bool = False,
        wrap: bool = True,
        name: str = "",
        rich: bool = False,
    ) -> QLabel:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setText(text)
        label.setWordWrap(wrap)
        if rich:
            label.setOpenExternalLinks(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        else:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if muted:
            label.setProperty("muted", True)
        if scale != 1.0 or bold:
            font = label.font()
            if scale != 1.0:
                font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(bold)
            label.setFont(font)
        if name:
            label.setObjectName(name)
        return label

    def _badge(self, text: str, colors: tuple[str, str], parent: QWidget, name: str = "") -> QLabel:
        background, foreground = colors
        badge = QLabel(text, parent)
        badge.setTextFormat(Qt.TextFormat.PlainText)
        badge.setStyleSheet(
            f"background: {background}; color: {foreground}; border-radius: 9px;"
            " padding: 2px 9px; font-weight: 600;"
        )
        if name:
            badge.setObjectName(name)
        return badge

    def _card(self, title: str, parent: QWidget, name: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame(parent)
        card.setObjectName("card")
        card.setProperty("section", name)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        heading = self._label(title, card, scale=1.12, bold=True, wrap=False)
        heading.setObjectName(f"{name}Title")
        layout.addWidget(heading)
        return card, layout

    def _empty(self, text: str, parent: QWidget, name: str = "") -> QLabel:
        return self._label(text, parent, muted=True, name=name)

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
            self._label(
                f"{civility} {name}" if civility else name,
                card,
                scale=1.75,
                bold=True,
                name="nameLabel",
            )
        )
        role = " · ".join(part for part in (data.job_title, data.company_name) if part)
        if role:
            column.addWidget(self._label(role, card, scale=1.12, name="companyLabel"))
        badges = FlowLayout(spacing=6)
        status_colors = STATUS_COLORS.get(data.status, STATUS_COLORS["former"])
        badges.addWidget(
            self._badge(fmt.status_label(data.status), status_colors, card, "statusBadge")
        )
        if data.relationship_stage:
            colors = (
                DISSOLUTION_COLORS if data.relationship_stage == "dissolution" else STAGE_COLORS
            )
            badges.addWidget(
                self._badge(fmt.stage_label(data.relationship_stage), colors, card, "stageBadge")
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
                self._label(
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
            self._label(
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
            self._label(
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
        card, layout = self._card(self.tr("Contact details"), parent, "details")
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
            layout.addWidget(self._empty(self.tr("No contact details yet."), card))
            return card
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(7)
        grid.setColumnStretch(1, 1)
        for index, (caption, value, rich) in enumerate(rows):
            grid.addWidget(
                self._label(caption, card, muted=True, wrap=False),
                index,
                0,
                Qt.AlignmentFlag.AlignTop,
            )
            grid.addWidget(self._label(value, card, rich=rich, name=f"detail{index}"), index, 1)
        layout.addLayout(grid)
        return card

    def _address(self, data: ContactFile) -> str:
        town = " ".join(part for part in (data.postcode, data.city) if part)
        lines = [data.address_line1, data.address_line2, town]
        if data.country and data.country.upper() != "FR":
            lines.append(_country_name(data.country))
        return "\n".join(line for line in lines if line)

    def _consents_card(self, data: ContactFile, parent: QWidget) -> QFrame:
        card, layout = self._card(self.tr("Consents"), parent, "consents")
        if not data.consents:
            layout.addWidget(self._empty(self.tr("No consent recorded."), card, "noConsent"))
            return card
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        for row, consent in enumerate(sorted(data.consents, key=lambda c: (c.channel, c.purpose))):
            what = fmt.channel_label(consent.channel)
            if consent.purpose:
                what = f"{what} · {fmt.purpose_label(consent.purpose)}"
            grid.addWidget(self._label(what, card), row, 0)
            color = SUCCESS if consent.status == "granted" else DANGER
            mark = "\u2713" if consent.status == "granted" else "\u2717"
            status = self._label(f"{mark} {fmt.consent_label(consent.status)}", card, wrap=False)
            status.setStyleSheet(f"color: {color}; font-weight: 600;")
            grid.addWidget(status, row, 1)
            grid.addWidget(
                self._label(fmt.date_text(consent.recorded_at), card, muted=True, wrap=False),
                row,
                2,
                Qt.AlignmentFlag.AlignRight,
            )
        layout.addLayout(grid)
        return card

    def _custom_card(self, values: tuple[CustomValue, ...], parent: QWidget) -> QFrame:
        card, layout = self._card(self.tr("Other information"), parent, "custom")
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        for row, value in enumerate(values):
            grid.addWidget(self._label(value.label, card, muted=True, wrap=False), row, 0)
            shown = _custom_text(value)
            grid.addWidget(self._label(shown or "—", card, muted=not shown), row, 1)
        layout.addLayout(grid)
        return card

    def _notes_card(self, data: ContactFile, parent: QWidget) -> QFrame:
        card, layout = self._card(self.tr("Notes"), parent, "notes")
        if data.notes:
            layout.addWidget(self._label(data.notes, card, name="notesLabel"))
        else:
            layout.addWidget(self._empty(self.tr("No notes."), card))
        return card

    # -- HOW WE STAND -----------------------------------------------------------------

    def _standing_card(self, data: ContactFile, parent: QWidget) -> QFrame:
        card, layout = self._card(self.tr("How we stand"), parent, "standing")
        if data.relationship_stage:
            layout.addWidget(self._stage_steps(data.relationship_stage, card))
        else:
            layout.addWidget(self._empty(self.tr("No relationship stage set."), card))
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
            layout.addWidget(self._empty(self.tr("No interaction yet."), card))
        if facts:
            grid = QGridLayout()
            grid.setHorizontalSpacing(12)
            grid.setVerticalSpacing(5)
            grid.setColumnStretch(1, 1)
            for row, (caption, value, color) in enumerate(facts):
                grid.addWidget(self._label(caption, card, muted=True, wrap=False), row, 0)
                shown = self._label(value, card)
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
        box, cache, contact_id = self._analytics_box, self.analytics, self._contact_id
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
            offer = self._label(
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
            rows.append((self.tr("Customer value"), self._label(note, box, muted=True)))
            rows[-1][1].setObjectName("analyticsNote")
        else:
            row = rfm.by_contact(contact_id)
            if row is None:
                rows.append(
                    (
                        self.tr("Customer value"),
                        self._label(
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
                self._label(caption, box, muted=True, wrap=False),
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
        segment = self._label(
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
        scores = self._label(
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
        action = self._label(
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
            message = self._label(clv_error, parent, scale=0.92, name="clvError")
            message.setStyleSheet(f"color: {DANGER};")
            return [(self.tr("12-month value"), message)]
        if clv is None:
            waiting = self._label(
                self.tr("Computing…"), parent, muted=True, wrap=False, name="clvPending"
            )
            return [(self.tr("12-month value"), waiting)]
        row = clv.by_contact(contact_id)
        if row is None:
            return [
                (
                    self.tr("12-month value"),
                    self._label("—", parent, muted=True, wrap=False, name="predictedValue"),
                )
            ]
        alive = self._label(percent_text(row.p_alive), parent, wrap=False, name="pAlive")
        alive.setToolTip(
            self.tr("The probability that this customer still buys from you, from their rhythm")
        )
        value_caption = self.tr("12-month value")
        value = self._label(
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
        name = self._label(
            fmt.stage_label(current), holder, bold=True, scale=1.12, wrap=False, name="stageName"
        )
        name.setStyleSheet(f"color: {accent};")
        title.addWidget(name)
        title.addStretch(1)
        if position >= 0:
            title.addWidget(
                self._label(
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
            self._label(" \u2192 ".join(path), holder, muted=True, scale=0.92, rich=True)
        )
        return holder

    # -- WHAT HAPPENS NEXT ------------------------------------------------------------

    def _next_card(self, data: ContactFile, parent: QWidget) -> QFrame:
        card, layout = self._card(self.tr("What happens next"), parent, "next")
        layout.addWidget(self._label(self.tr("Open deals"), card, bold=True, wrap=False))
        if data.open_deals:
            for deal in data.open_deals:
                line = QHBoxLayout()
                line.setSpacing(8)
                line.addWidget(self._label(deal.title, card, name="dealTitle"), 1)
                line.addWidget(
                    self._label(fmt.money(deal.amount_cents, deal.currency), card, wrap=False)
                )
                layout.addLayout(line)
                details = [deal.stage]
                if deal.expected_close_date:
                    details.append(
                        self.tr("expected {date}").replace(
                            "{date}", fmt.date_text(deal.expected_close_date)
                        )
                    )
                layout.addWidget(self._label(" · ".join(details), card, muted=True))
        else:
            layout.addWidget(self._empty(self.tr("No open deal."), card, "noDeal"))
        layout.addSpacing(4)
        layout.addWidget(self._label(self.tr("Open tasks"), card, bold=True, wrap=False))
        if data.open_tasks:
            for task in data.open_tasks:
                line = QHBoxLayout()
                line.setSpacing(8)
                title_label = self._label(task.title, card, name="taskTitle")
                if task.priority == "high":
                    title_label.setText(f"\u2691 {task.title}")
                    title_label.setToolTip(fmt.priority_label(task.priority))
                line.addWidget(title_label, 1)
                if task.due_at is not None:
                    overdue = fmt.is_past(task.due_at)
                    due = fmt.date_text(task.due_at)
                    if overdue:
                        due = self.tr("overdue since {date}").replace("{date}", due)
                    due_label = self._label(due, card, wrap=False, name="taskDue")
                    if overdue:
                        due_label.setStyleSheet(f"color: {DANGER}; font-weight: 600;")
                        due_label.setProperty("overdue", True)
                    line.addWidget(due_label)
                else:
                    line.addWidget(
                        self._label(self.tr("no due date"), card, muted=True, wrap=False)
                    )
                layout.addLayout(line)
        else:
            layout.addWidget(self._empty(self.tr("No open task."), card, "noTask"))
        layout.addStretch(1)
        return card

    # -- WHAT THEY BOUGHT -------------------------------------------------------------

    def _purchases_card(self, data: ContactFile, parent: QWidget) -> QFrame:
        card, layout = self._card(self.tr("Purchases"), parent, "purchases")
        if not data.orders and data.order_count == 0:
            layout.addWidget(self._empty(self.tr("No orders yet."), card, "noOrders"))
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
            tiles.addWidget(self._tile(caption, value or "—", sub, card, name), 1)
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

    def _tile(self, caption: str, value: str, sub: str, parent: QWidget, name: str) -> QFrame:
        tile = QFrame(parent)
        tile.setObjectName("tile")
        column = QVBoxLayout(tile)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(1)
        column.addWidget(self._label(caption, tile, muted=True, scale=0.92))
        column.addWidget(self._label(value, tile, scale=1.3, bold=True, wrap=False, name=name))
        column.addWidget(self._label(sub, tile, muted=True, scale=0.92))
        return tile

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
        count = len(data.interactions)
        title = self.tr("Interactions")
        if count:
            title = f"{title} ({fmt.number(count)})"
        card, layout = self._card(title, parent, "timeline")
        timeline = QWidget(card)
        timeline.setObjectName("timeline")
        entries = QVBoxLayout(timeline)
        entries.setContentsMargins(0, 0, 0, 0)
        entries.setSpacing(0)
        if not data.interactions:
            hint = self.tr("No interaction yet. Log a call with {keys}.").replace(
                "{keys}", _native(QUICK_ACTIONS[0][1])
            )
            entries.addWidget(self._empty(hint, timeline, "noInteraction"))
        for index, entry in enumerate(data.interactions[: self._timeline_shown]):
            if index:
                separator = QFrame(timeline)
                separator.setObjectName("timelineSeparator")
                separator.setFrameShape(QFrame.Shape.HLine)
                entries.addWidget(separator)
            entries.addWidget(self._timeline_entry(entry, timeline))
        layout.addWidget(timeline)
        hidden = count - self._timeline_shown
        if hidden > 0:
            more = QPushButton(
                self.tr("Show older interactions ({count} more)").replace(
                    "{count}", fmt.number(hidden)
                ),
                card,
            )
            more.setObjectName("moreInteractions")
            more.setFlat(True)
            more.clicked.connect(self._more_timeline)
            layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _timeline_entry(self, entry: TimelineEntry, parent: QWidget) -> QWidget:
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
        top.addWidget(self._label(subject, widget, bold=True, name="entrySubject"), 1)
        if entry.is_complaint:
            resolved = entry.complaint_status == "resolved"
            text = self.tr("Complaint resolved") if resolved else self.tr("Complaint")
            colors = ("#ecfdf3", "#05603a") if resolved else ("#fee4e2", "#912018")
            top.addWidget(self._badge(f"\u26a0 {text}", colors, widget, "complaintBadge"))
        when = QLabel(widget)
        when.setTextFormat(Qt.TextFormat.PlainText)
        when.setText(f"{fmt.datetime_text(entry.occurred_at)}")
        when.setToolTip(fmt.relative_day(entry.occurred_at))
        when.setProperty("muted", True)
        when.setObjectName("entryWhen")
        top.addWidget(when, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        meta = [fmt.channel_label(entry.channel)]
        if entry.channel != Channel.NOTE.value:
            meta.append(fmt.direction_label(entry.direction))
        if entry.user:
            meta.append(self.tr("by {name}").replace("{name}", entry.user))
        column.addWidget(self._label(" · ".join(meta), widget, muted=True, scale=0.92))
        if entry.body:
            body = self._label(_excerpt(entry.body), widget, name="entryBody")
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
            column.addWidget(self._label("   ·   ".join(extras), widget, name="entryExtras"))
        row.addLayout(column, 1)
        return widget

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
    def _edit(self) -> None:
        if self._contact_id is not None:
            self.editRequested.emit(self._contact_id)

    @Slot()
    def _history(self) -> None:
        if self._contact_id is not None:
            self.historyRequested.emit(self._contact_id)

    @Slot()
    def _restore(self) -> None:
        if self._contact_id is None:
            return
        try:
            ContactService(self.db).restore([self._contact_id])
        except UserError as error:
            self.banner_label.setText(error_text(error.template, error.params))
            return
        self.refresh()
        self.changed.emit()

    @Slot()
    def _expand_orders(self) -> None:
        self._orders_expanded = True
        self.refresh()

    @Slot()
    def _more_timeline(self) -> None:
        self._timeline_shown += TIMELINE_PAGE
        self.refresh()


# -- helpers ------------------------------------------------------------------------------


def _mix(first: QColor, second: QColor, ratio: float) -> QColor:
    """``first`` blended towards ``second`` (ratio 0 → first, 1 → second)."""
    return QColor(
        round(first.red() + (second.red() - first.red()) * ratio),
        round(first.green() + (second.green() - first.green()) * ratio),
        round(first.blue() + (second.blue() - first.blue()) * ratio),
    )


def _age(birthday: object) -> int | None:
    from datetime import date

    if not isinstance(birthday, date):
        return None
    today = date.today()
    years = today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))
    return years if 0 <= years < 130 else None


def _country_name(code: str) -> str:
    """The country's name in the user's language (babel), or its code."""
    from PySide6.QtCore import QLocale

    try:
        from babel import Locale

        return str(Locale.parse(QLocale().name()).territories.get(code.upper(), code))
    except (ValueError, ImportError, LookupError):
        return code


def _custom_text(value: CustomValue) -> str:
    raw = value.value
    if raw is None or raw == "":
        return ""
    if value.field_type == "bool":
        return fmt.yes_no(bool(raw))
    if value.field_type == "date" and isinstance(raw, str):
        from datetime import date

        try:
            return fmt.date_text(date.fromisoformat(raw[:10]))
        except ValueError:
            return raw
    if value.field_type == "number" and isinstance(raw, int | float):
        decimals = 0 if float(raw).is_integer() else 2
        return fmt.number(raw, decimals)
    if isinstance(raw, list):
        return ", ".join(str(item) for item in raw)
    return str(raw)


__all__ = ["QUICK_ACTIONS", "ContactFileView", "FlowLayout"]
