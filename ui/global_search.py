"""The global search (Ctrl+K): one field, the matching contacts, companies, deals and notes.

A command-palette popup at the top centre of the window. Results follow the typing (after
a short pause), grouped by kind under a heading with the count; Up/Down move through
them, Tab jumps to the next group (Shift+Tab back), Enter opens, Esc closes. The first
entry of the contacts group offers to show every matching contact in the contacts list.

Signals: ``openRequested(kind, id)`` with kind "contact", "company" or "deal" (an
interaction opens the record it belongs to); ``showAllContactsRequested(text)``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.search import SearchHit, SearchResults, search_everything
from models.database import Database
from ui import formatting as fmt
from ui.custom_columns import optional_icon
from ui.icons import icon

#: How long the search waits after the last key press.
SEARCH_DELAY_MS = 120
LIMIT_PER_KIND = 6
#: What an item of the list is (Qt.UserRole): a heading, a hit, or "show all contacts".
KindRole = Qt.ItemDataRole.UserRole + 1
HitRole = Qt.ItemDataRole.UserRole + 2
SubtitleRole = Qt.ItemDataRole.UserRole + 3
HEADING = "heading"
HIT = "hit"
ALL_CONTACTS = "all_contacts"


def kind_icon(kind: str) -> QIcon:
    if kind == "contact":
        return icon("contact")
    if kind == "company":
        return optional_icon("company", "companies", "contacts")
    if kind == "deal":
        return optional_icon("deal", "pipeline", "dashboard")
    return optional_icon("activity", "history")


class _HitDelegate(QStyledItemDelegate):
    """Draws a hit on two lines (title, then details in grey) and headings in small caps."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        if index.data(KindRole) == HEADING:
            return QSize(option.rect.width(), metrics.height() + 14)
        lines = 2 if index.data(SubtitleRole) else 1
        return QSize(option.rect.width(), metrics.height() * lines + 12)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        kind = index.data(KindRole)
        rect: QRect = option.rect
        painter.save()
        palette: QPalette = option.palette
        if kind == HEADING:
            font = QFont(option.font)
            font.setBold(True)
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                rect.adjusted(12, 6, -12, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(index.data(Qt.ItemDataRole.DisplayRole) or "").upper(),
            )
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        decoration = index.data(Qt.ItemDataRole.DecorationRole)
        left = rect.left() + 14
        if isinstance(decoration, QIcon) and not decoration.isNull():
            size = 20
            top = rect.top() + (rect.height() - size) // 2
            decoration.paint(painter, QRect(left, top, size, size))
        left += 30
        metrics = option.fontMetrics
        title_font = QFont(option.font)
        if kind == HIT:
            title_font.setBold(True)
        else:
            title_font.setItalic(True)
        subtitle = str(index.data(SubtitleRole) or "")
        line = metrics.height()
        top = rect.top() + 6
        width = rect.right() - left - 10
        painter.setFont(title_font)
        painter.setPen(text_color)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(
            QRect(left, top, width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, width),
        )
        if subtitle:
            painter.setFont(option.font)
            grey = QColor(text_color)
            grey.setAlphaF(0.7 if selected else 0.6)
            painter.setPen(grey)
            painter.drawText(
                QRect(left, top + line, width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, width),
            )
        painter.restore()


class GlobalSearch(QDialog):
    """The Ctrl+K search popup. Construct with ``(db, parent)``, then ``open()``."""

    #: Open a record's file: kind "contact", "company" or "deal", and its id.
    openRequested = Signal(str, str)
    #: Show every contact matching this text in the contacts list.
    showAllContactsRequested = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("globalSearch")
        self.setWindowTitle(self.tr("Search"))
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.db = db
        self.results = SearchResults("")
        #: Searches run since the popup was made (for tests).
        self.searches = 0
        self._was_active = False

        frame = QFrame(self)
        frame.setObjectName("globalSearchFrame")
        frame.setStyleSheet(
            "#globalSearchFrame { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
        )
        self.field = QLineEdit(frame)
        self.field.setObjectName("globalSearchField")
        self.field.setPlaceholderText(self.tr("Search contacts, companies, deals, notes…"))
        self.field.setClearButtonEnabled(True)
        self.field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.field.setFont(font)
        self.field.setMinimumHeight(self.field.fontMetrics().height() + 16)
        self.field.setStyleSheet("QLineEdit { border: none; padding: 4px 6px; }")
        self.field.installEventFilter(self)

        self.list = QListWidget(frame)
        self.list.setObjectName("globalSearchResults")
        self.list.setItemDelegate(_HitDelegate(self.list))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.itemClicked.connect(self._clicked)

        self.hint = QLabel(frame)
        self.hint.setObjectName("globalSearchHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: palette(placeholder-text); padding: 14px;")
        self.keys = QLabel(
            self.tr("↑↓ to move · Tab: next group · Enter to open · Esc to close"), frame
        )
        self.keys.setObjectName("globalSearchKeys")
        self.keys.setStyleSheet("color: palette(placeholder-text); font-size: 8pt;")
        self.keys.setAlignment(Qt.AlignmentFlag.AlignRight)

        inner = QVBoxLayout(frame)
        inner.setContentsMargins(8, 8, 8, 6)
        inner.setSpacing(4)
        inner.addWidget(self.field)
        inner.addWidget(self.list, 1)
        inner.addWidget(self.hint)
        inner.addWidget(self.keys)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self._show_hint(self.tr("Type a name, a city, a phone number, a SIREN, words of a note…"))
        self.resize(620, 460)

    # -- showing ----------------------------------------------------------------------

    def open(self) -> None:
        self._place()
        super().open()
        self.field.setFocus(Qt.FocusReason.PopupFocusReason)
        self.field.selectAll()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        window = parent.window()
        geometry = window.frameGeometry() if window.isVisible() else window.geometry()
        width = min(680, max(480, int(geometry.width() * 0.55)))
        height = min(520, max(320, int(geometry.height() * 0.7)))
        self.resize(width, height)
        self.move(geometry.center().x() - width // 2, geometry.top() + 70)

    def changeEvent(self, event: QEvent) -> None:
        # Like a palette: clicking elsewhere in the application closes it.
        if event.type() == QEvent.Type.ActivationChange and self.isVisible():
            parent = self.parentWidget()
            if self.isActiveWindow():
                self._was_active = True
            elif self._was_active and parent is not None and parent.window().isActiveWindow():
                self.reject()
        super().changeEvent(event)

    # -- searching --------------------------------------------------------------------

    def search_now(self) -> None:
        """Search for the text typed now (the field calls this after a pause)."""
        self._timer.stop()
        typed = self.field.text()
        if not typed.strip():
            self.results = SearchResults(typed)
            self.list.clear()
            self._show_hint(
                self.tr("Type a name, a city, a phone number, a SIREN, words of a note…")
            )
            return
        self.results = search_everything(self.db, typed, LIMIT_PER_KIND)
        self.searches += 1
        self._fill(self.results)

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.show()
        self.list.setVisible(self.list.count() > 0)

    def _heading(self, kind: str, shown: int, total: int) -> QListWidgetItem:
        titles = {
            "contact": self.tr("Contacts"),
            "company": self.tr("Companies"),
            "deal": self.tr("Deals"),
            "interaction": self.tr("Notes and interactions"),
        }
        if total > shown:
            counted = self.tr("%1 — %2 of %3").replace("%1", titles[kind])
            counted = counted.replace("%2", str(shown)).replace("%3", fmt.number(total))
        else:
            counted = self.tr("%1 — %2").replace("%1", titles[kind]).replace("%2", str(total))
        item = QListWidgetItem(counted)
        item.setData(KindRole, HEADING)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        return item

    def _hit_item(self, hit: SearchHit) -> QListWidgetItem:
        item = QListWidgetItem(kind_icon(hit.kind), hit.title or self._untitled(hit))
        item.setData(KindRole, HIT)
        item.setData(HitRole, hit)
        item.setData(SubtitleRole, self.subtitle(hit))
        item.setToolTip(hit.title)
        return item

    def _untitled(self, hit: SearchHit) -> str:
        if hit.kind == "interaction":
            return fmt.channel_label(hit.channel)
        return self.tr("(no name)")

    def subtitle(self, hit: SearchHit) -> str:
        """The line under a hit, with amounts and dates in the user's locale."""
        if hit.kind == "deal":
            parts = [hit.stage]
            if hit.amount_cents:
                parts.append(fmt.money(hit.amount_cents, hit.currency))
            if hit.status == "won":
                parts.append(self.tr("won"))
            elif hit.status == "lost":
                parts.append(self.tr("lost"))
            parts.append(hit.related)
            return " · ".join(part for part in parts if part)
        if hit.kind == "interaction":
            parts = [
                fmt.date_text(hit.when) if hit.when else "",
                fmt.channel_label(hit.channel) if hit.channel else "",
                hit.subtitle,
            ]
            return " · ".join(part for part in parts if part)
        return hit.subtitle

    def _fill(self, results: SearchResults) -> None:
        self.list.clear()
        first_hit: QListWidgetItem | None = None
        for group in results.groups:
            if not group.hits:
                continue
            self.list.addItem(self._heading(group.kind, len(group.hits), group.total))
            for hit in group.hits:
                item = self._hit_item(hit)
                self.list.addItem(item)
                first_hit = first_hit or item
            if group.kind == "contact" and group.total > len(group.hits):
                more = QListWidgetItem(
                    icon("contacts"),
                    self.tr("Show all %1 contacts matching “%2”")
                    .replace("%1", fmt.number(group.total))
                    .replace("%2", results.text.strip()),
                )
                more.setData(KindRole, ALL_CONTACTS)
                self.list.addItem(more)
        if first_hit is None:
            self._show_hint(self.tr("Nothing matches “%1”.").replace("%1", results.text.strip()))
            return
        self.hint.hide()
        self.list.show()
        self.list.setCurrentItem(first_hit)
        self.list.scrollToTop()

    # -- moving and opening -----------------------------------------------------------

    def _selectable_rows(self) -> list[int]:
        return [
            row
            for row in range(self.list.count())
            if self.list.item(row).data(KindRole) in (HIT, ALL_CONTACTS)
        ]

    def move_selection(self, steps: int) -> None:
        """Move the current entry ``steps`` entries down (negative: up), headings skipped."""
        rows = self._selectable_rows()
        if not rows:
            return
        current = self.list.currentRow()
        index = rows.index(current) if current in rows else -1
        index = max(0, min(len(rows) - 1, index + steps))
        self.list.setCurrentRow(rows[index])
        self.list.scrollToItem(self.list.item(rows[index]))

    def next_group(self, backwards: bool = False) -> None:
        """Jump to the first entry of the next (or previous) group."""
        starts = [
            row + 1
            for row in range(self.list.count())
            if self.list.item(row).data(KindRole) == HEADING
        ]
        if not starts:
            return
        current = self.list.currentRow()
        if backwards:
            earlier = [row for row in starts if row < current]
            # From inside a group, back to the start of the group before it.
            target = earlier[-2] if len(earlier) >= 2 else starts[-1]
        else:
            later = [row for row in starts if row > current]
            target = later[0] if later else starts[0]
        self.list.setCurrentRow(target)
        self.list.scrollToItem(self.list.item(target))

    def current_hit(self) -> SearchHit | None:
        item = self.list.currentItem()
        if item is None or item.data(KindRole) != HIT:
            return None
        hit = item.data(HitRole)
        return hit if isinstance(hit, SearchHit) else None

    def activate_current(self) -> None:
        """Open what the current entry is about (Enter)."""
        if self._timer.isActive():
            self.search_now()  # Enter before the pause: search what is typed first
        item = self.list.currentItem()
        if item is None:
            return
        self._activate(item)

    def _clicked(self, item: QListWidgetItem) -> None:
        if item.data(KindRole) in (HIT, ALL_CONTACTS):
            self._activate(item)

    def _activate(self, item: QListWidgetItem) -> None:
        kind = item.data(KindRole)
        if kind == ALL_CONTACTS:
            text = self.results.text.strip()
            self.accept()
            self.showAllContactsRequested.emit(text)
            return
        hit = item.data(HitRole)
        if kind != HIT or not isinstance(hit, SearchHit):
            return
        self.accept()
        self.openRequested.emit(hit.open_kind, hit.open_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Down:
                self.move_selection(1)
                return True
            if key == Qt.Key.Key_Up:
                self.move_selection(-1)
                return True
            if key == Qt.Key.Key_PageDown:
                self.move_selection(5)
                return True
            if key == Qt.Key.Key_PageUp:
                self.move_selection(-5)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.activate_current()
                return True
            if key == Qt.Key.Key_Tab:
                self.next_group()
                return True
            if key == Qt.Key.Key_Backtab:
                self.next_group(backwards=True)
                return True
        return super().eventFilter(watched, event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab belongs to the results (next group), never to focus changes.
        self.next_group(backwards=not next)
        return True


def open_global_search(db: Database, parent: QWidget) -> GlobalSearch:
    """Show the search popup over ``parent``'s window (not blocking); returns it."""
    dialog = GlobalSearch(db, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["SEARCH_DELAY_MS", "GlobalSearch", "open_global_search"]
