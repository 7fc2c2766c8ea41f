"""The kanban board of a pipeline: one column per stage, deals as cards.

Each column is one ``QListView`` on a small list model of plain ``Card`` values, painted
by ``CardDelegate`` — not one widget per card — so a board of thousands of deals is laid
out and painted in a blink (a view paints only the cards in sight).

Cards are dragged between columns and within one. A drop goes through the column model's
``dropMimeData`` (Qt's own drag-and-drop path), which asks the board to move the deal:
``app.pipeline.move_deal`` writes it in one undoable batch, then the board reloads. A drop
into a "lost" stage first asks why, in a non-blocking dialog (Cancel leaves the deal
where it was).

Keyboard: arrows move between cards (Left/Right to the neighbouring column),
Ctrl+Left / Ctrl+Right move the selected deal to the previous / next stage, Enter opens
the deal's file, F2 edits its title, amount, expected close date and probability.
"""

from __future__ import annotations

import json
import zlib
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import pipeline as pl
from app.errors import UserError, ValidationError
from app.pipeline import Board, BoardFilter, Card, StageInfo
from models.database import Database, DatabaseError
from ui import formatting as fmt
from ui.contact_dialog import OptionalDate
from ui.errors import show_error, translate_template
from ui.product_dialog import MoneyEdit, percent_text

MIME_TYPE = "application/x-comptoir-deal"
CardRole = Qt.ItemDataRole.UserRole + 10
IdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

#: Open columns share the width of the board within these bounds (else it scrolls).
COLUMN_MIN_WIDTH = 205
COLUMN_MAX_WIDTH = 340
CLOSED_COLUMN_WIDTH = 170
COLLAPSED_WIDTH = 46
COLUMN_SPACING = 6
CARD_PADDING = 8
CARD_MARGIN = 3
DANGER = "#b42318"
WON = "#15803d"
LOST = "#6b7280"
#: Owner badge colours (readable white text), picked by the owner's id.
BADGE_COLORS = ("#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be185d", "#0f766e", "#9a3412")
KIND_COLORS = {"open": "#3b82f6", "won": WON, "lost": LOST}


def badge_color(owner_id: str | None) -> QColor:
    if not owner_id:
        return QColor("#9ca3af")
    return QColor(BADGE_COLORS[zlib.crc32(owner_id.encode()) % len(BADGE_COLORS)])


# -- the model of one column ----------------------------------------------------------


class ColumnModel(QAbstractListModel):
    """The cards of one stage. A drop asks for a move (``moveRequested``); the model itself
    only changes when the board is loaded again."""

    #: deal id, stage id, row in this column, the card it goes before / after (or "").
    moveRequested = Signal(str, str, int, str, str)

    def __init__(self, stage: StageInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._cards: tuple[Card, ...] = ()

    def set_cards(self, cards: tuple[Card, ...]) -> None:
        self.beginResetModel()
        self._cards = cards
        self.endResetModel()

    def cards(self) -> tuple[Card, ...]:
        return self._cards

    def card(self, row: int) -> Card | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def row_of(self, deal_id: str) -> int | None:
        return next((i for i, c in enumerate(self._cards) if c.id == deal_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == CardRole:
            return card
        if role == IdRole:
            return card.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(card)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card.title}, {card.party}, {fmt.money(card.amount_cents, card.currency)}"
        return None

    def _tooltip(self, card: Card) -> str:
        lines = [card.title]
        if card.party:
            lines.append(card.party)
        lines.append(
            self.tr("%1 · probability %2 · weighted %3")
            .replace("%1", fmt.money(card.amount_cents, card.currency))
            .replace("%2", percent_text(card.probability * 100))
            .replace("%3", fmt.money(card.weighted_cents, card.currency))
        )
        if card.expected_close_date is not None:
            text = self.tr("Expected close: %1").replace(
                "%1", fmt.date_text(card.expected_close_date)
            )
            if card.overdue:
                text += " — " + self.tr("overdue")
            lines.append(text)
        if card.owner_name:
            lines.append(self.tr("Owner: %1").replace("%1", card.owner_name))
        lines.append(self.tr("Created %n day(s) ago", "", card.age_days))
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            card = self._cards[rows[0]]
            payload = {"deal": card.id, "stage": self.stage.id, "row": rows[0]}
            data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
            data.setText(card.title)
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """A card dropped here: at ``row`` (−1: at the end), or on the card ``parent`` (just
        before it)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not data.hasFormat(MIME_TYPE):
            return False
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
            deal_id = str(payload["deal"])
        except (ValueError, KeyError, TypeError):
            return False
        if parent.isValid():
            row = parent.row()
        if row < 0 or row > len(self._cards):
            row = len(self._cards)
        source_row = self.row_of(deal_id)
        if source_row is not None and source_row < row:
            row -= 1  # the card leaves its place above the drop point
        others = [c.id for c in self._cards if c.id != deal_id]
        before = others[row] if row < len(others) else ""
        after = others[row - 1] if not before and 0 < row <= len(others) else ""
        if source_row is not None and source_row == row:
            return False  # dropped where it was
        self.moveRequested.emit(deal_id, self.stage.id, row, before, after)
        return True


# -- painting a card ------------------------------------------------------------------


class CardDelegate(QStyledItemDelegate):
    """Paints a card: title, contact · company, amount, expected close, owner's initials."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = date.today()

    def set_today(self, today: date) -> None:
        self._today = today

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        size = base.pointSizeF()
        if size > 0:
            small.setPointSizeF(max(7.0, size - 1))
        return base, bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base, bold, small = self._fonts(option)
        height = (
            QFontMetrics(bold).height()
            + QFontMetrics(small).height()
            + QFontMetrics(base).height()
            + 2 * CARD_PADDING
            + 8
            + 2 * CARD_MARGIN
        )
        return QSize(max(120, option.rect.width()), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(CardRole)
        if not isinstance(card, Card):
            return
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        base, bold, small = self._fonts(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(CARD_MARGIN, CARD_MARGIN, -CARD_MARGIN, -CARD_MARGIN)
        path = QPainterPath()
        path.addRoundedRect(rect.adjusted(0, 0, -1, -1), 6, 6)
        background = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid)
        if selected:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            background = QColor(highlight)
            background.setAlpha(38)
            background = _over(background, palette.color(QPalette.ColorRole.Base))
            border = highlight
        elif hover:
            border = palette.color(QPalette.ColorRole.Dark)
        painter.fillPath(path, background)
        painter.setPen(QPen(border, 2 if selected and focused else 1))
        painter.drawPath(path)
        # A strip on the left: the deal's state.
        strip = QColor(KIND_COLORS.get(card.status, KIND_COLORS["open"]))
        if card.overdue:
            strip = QColor(DANGER)
        painter.fillRect(QRect(rect.left() + 1, rect.top() + 6, 3, rect.height() - 12), strip)

        inner = rect.adjusted(CARD_PADDING + 3, CARD_PADDING, -CARD_PADDING, -CARD_PADDING)
        text_color = palette.color(QPalette.ColorRole.Text)
        muted = _mix(text_color, palette.color(QPalette.ColorRole.Base), 0.42)
        # Title.
        bold_metrics = QFontMetrics(bold)
        painter.setFont(bold)
        painter.setPen(text_color)
        title_rect = QRect(inner.left(), inner.top(), inner.width(), bold_metrics.height())
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            bold_metrics.elidedText(card.title, Qt.TextElideMode.ElideRight, inner.width()),
        )
        # Contact · company.
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(muted)
        party_rect = QRect(
            inner.left(), title_rect.bottom() + 3, inner.width(), small_metrics.height()
        )
        painter.drawText(
            party_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            small_metrics.elidedText(card.party or "—", Qt.TextElideMode.ElideRight, inner.width()),
        )
        # Bottom line: amount, date, owner's initials.
        base_metrics = QFontMetrics(base)
        line_top = party_rect.bottom() + 5
        badge = base_metrics.height() + 2
        badge_width = max(badge, small_metrics.horizontalAdvance(card.owner_initials) + 8)
        badge_rect = QRect(inner.right() - badge_width + 1, line_top - 1, badge_width, badge)
        if card.owner_initials:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(badge_color(card.owner_id))
            painter.drawRoundedRect(badge_rect, badge / 2, badge / 2)
            painter.setPen(QColor("white"))
            painter.setFont(small)
            painter.drawText(badge_rect, int(Qt.AlignmentFlag.AlignCenter), card.owner_initials)
        right = badge_rect.left() - 6 if card.owner_initials else inner.right()
        # The amount always shows; then the date, then the probability, as room allows.
        amount = fmt.money(card.amount_cents, card.currency)
        amount_width = base_metrics.horizontalAdvance(amount)
        day = card.expected_close_date if card.status == "open" else card.closed_at
        date_text = fmt.date_text(day) if day is not None else ""
        date_font = QFont(small)
        if card.overdue:
            date_font.setBold(True)
        date_metrics = QFontMetrics(date_font)
        date_width = date_metrics.horizontalAdvance(date_text) if date_text else 0
        if amount_width + 8 + date_width > right - inner.left():
            date_text, date_width = "", 0
        if date_text:
            painter.setFont(date_font)
            painter.setPen(QColor(DANGER) if card.overdue else muted)
            painter.drawText(
                QRect(right - date_width, line_top, date_width, base_metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                date_text,
            )
        painter.setFont(base)
        painter.setPen(text_color)
        painter.drawText(
            QRect(inner.left(), line_top, amount_width + 1, base_metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            amount,
        )
        if not card.default_probability and card.status == "open":
            extra = f"· {percent_text(card.probability * 100)}"
            left = inner.left() + amount_width + 6
            room = right - (date_width + 8 if date_text else 0) - left
            if small_metrics.horizontalAdvance(extra) <= room:
                painter.setFont(small)
                painter.setPen(muted)
                painter.drawText(
                    QRect(left, line_top, room, base_metrics.height()),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    extra,
                )
        painter.restore()


def _mix(first: QColor, second: QColor, ratio: float) -> QColor:
    return QColor(
        round(first.red() + (second.red() - first.red()) * ratio),
        round(first.green() + (second.green() - first.green()) * ratio),
        round(first.blue() + (second.blue() - first.blue()) * ratio),
    )


def _over(color: QColor, background: QColor) -> QColor:
    return _mix(background, QColor(color.red(), color.green(), color.blue()), color.alphaF())


# -- one column -----------------------------------------------------------------------


class CardListView(QListView):
    """The cards of a column; plain Left/Right go to the neighbouring column."""

    #: −1 or +1: the user wants the focus in the previous / next column.
    sideways = Signal(int)
    #: Enter on a card.
    openCurrent = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        self.setAutoScroll(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self.sideways.emit(-1 if key == Qt.Key.Key_Left else 1)
                event.accept()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.openCurrent.emit()
                event.accept()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: object) -> None:
        super().focusInEvent(event)  # type: ignore[arg-type]
        if not self.currentIndex().isValid() and self.model() and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, 0))


class _VerticalTitle(QWidget):
    """A collapsed column: its name written bottom to top; a click expands it."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(120)

    def mousePressEvent(self, event: object) -> None:
        self.clicked.emit()

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.translate(self.width() / 2 + QFontMetrics(font).ascent() / 2 - 2, 8)
        painter.rotate(90)
        painter.drawText(0, 0, self.text)
        painter.end()


class StageColumn(QFrame):
    """A stage: a header (name, probability, count, total, weighted) above its cards."""

    collapsedChanged = Signal(bool)

    def __init__(self, stage: StageInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"column_{stage.position}")
        self.stage = stage
        self.collapsed = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        accent = KIND_COLORS.get(stage.kind, KIND_COLORS["open"])
        self.setStyleSheet(
            f"StageColumn {{ background: palette(alternate-base); border: 1px solid palette(mid);"
            f" border-top: 3px solid {accent}; border-radius: 6px; }}"
        )
        self.model = ColumnModel(stage, self)
        self.view = CardListView(self)
        self.view.setModel(self.model)
        self.view.setObjectName(f"cards_{stage.position}")
        self.title = QLabel(self)
        self.title.setObjectName("columnTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.probability = QLabel(self)
        self.probability.setObjectName("columnProbability")
        self.probability.setStyleSheet("color: palette(mid);")
        self.summary = QLabel(self)
        self.summary.setObjectName("columnSummary")
        self.weighted = QLabel(self)
        self.weighted.setObjectName("columnWeighted")
        self.weighted.setStyleSheet("color: palette(dark);")
        self.collapse_button = QToolButton(self)
        self.collapse_button.setObjectName("collapseButton")
        self.collapse_button.setAutoRaise(True)
        self.collapse_button.setText("«")
        self.collapse_button.setToolTip(self.tr("Collapse this column"))
        self.collapse_button.clicked.connect(lambda: self.set_collapsed(True))
        self.vertical = _VerticalTitle(self)
        self.vertical.clicked.connect(lambda: self.set_collapsed(False))
        self.vertical.setToolTip(self.tr("Expand this column"))
        self.vertical.hide()

        title_row = QHBoxLayout()
        title_row.setSpacing(6)
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.probability)
        title_row.addWidget(self.collapse_button)
        self.header = QWidget(self)
        header_layout = QVBoxLayout(self.header)
        header_layout.setContentsMargins(8, 6, 6, 2)
        header_layout.setSpacing(1)
        header_layout.addLayout(title_row)
        header_layout.addWidget(self.summary)
        header_layout.addWidget(self.weighted)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.vertical, 1)
        layout.addWidget(self.view, 1)
        self._width = COLUMN_MIN_WIDTH if stage.is_open else CLOSED_COLUMN_WIDTH
        self.setFixedWidth(self._width)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.set_stage(stage)

    def set_stage(self, stage: StageInfo) -> None:
        self.stage = stage
        self.model.stage = stage
        self.title.setText(stage.name)
        self.title.setToolTip(stage.name)
        if stage.is_open:
            self.probability.setText(percent_text(stage.probability * 100))
            self.probability.setToolTip(self.tr("Default win probability of this stage"))
        else:
            self.probability.setText("")
            self.probability.setToolTip("")

    def set_column(self, column: pl.BoardColumn, currency: str, closed_days: int | None) -> None:
        self.set_stage(column.stage)
        self.model.set_cards(column.cards)
        count = column.count
        self.summary.setText(
            self.tr("%n deal(s)", "", count) + " · " + fmt.money(column.amount_cents, currency)
        )
        if column.stage.is_open:
            self.weighted.setText(
                self.tr("Weighted: %1").replace("%1", fmt.money(column.weighted_cents, currency))
            )
            self.weighted.setToolTip(self.tr("The amounts times their probability of being won"))
        else:
            if closed_days is None:
                self.weighted.setText(self.tr("All closed deals"))
            else:
                self.weighted.setText(self.tr("Last %n day(s)", "", closed_days))
            self.weighted.setToolTip(
                self.tr("The deals closed in the last %n day(s)", "", closed_days or 0)
            )
        self.vertical.text = f"{column.stage.name}  ({count})"
        self.vertical.update()

    def set_width(self, width: int) -> None:
        self._width = width
        if not self.collapsed:
            self.setFixedWidth(width)

    def set_collapsed(self, collapsed: bool) -> None:
        if collapsed == self.collapsed:
            return
        self.collapsed = collapsed
        self.header.setVisible(not collapsed)
        self.view.setVisible(not collapsed)
        self.vertical.setVisible(collapsed)
        self.setFixedWidth(COLLAPSED_WIDTH if collapsed else self._width)
        self.collapsedChanged.emit(collapsed)


# -- quick edit and the reason for a loss ---------------------------------------------


class QuickEditDialog(QDialog):
    """Title, amount, expected close date and probability of one deal; ``saved(id)``."""

    saved = Signal(str)

    def __init__(self, db: Database, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickEdit")
        self.setWindowTitle(self.tr("Quick edit — %1").replace("%1", card.title))
        self.db = db
        self.card = card
        data = pl.load_deal_input(db, card.id)
        self.has_lines = bool(data.lines)
        stage_default = card.probability if card.default_probability else None
        if stage_default is None:
            stage = pl.get_pipeline(db, data.pipeline_id or "").stage(card.stage_id)
            stage_default = stage.probability if stage is not None else 0

        self.title = QLineEdit(card.title, self)
        self.title.setObjectName("title")
        self.title.setMaxLength(300)
        self.amount = MoneyEdit(self)
        self.amount.setObjectName("amount")
        self.amount.set_cents(card.amount_cents)
        if self.has_lines:
            self.amount.setReadOnly(True)
            self.amount.setEnabled(False)
            self.amount.setToolTip(self.tr("The total of the product lines (edit the deal)"))
        self.close_date = OptionalDate(self.tr("No date"), self)
        self.close_date.setObjectName("closeDate")
        self.close_date.set_value(card.expected_close_date)
        self.probability = QSpinBox(self)
        self.probability.setObjectName("probability")
        self.probability.setRange(-1, 100)
        self.probability.setSuffix(" %")
        self.probability.setSpecialValueText(
            self.tr("Stage default (%1)").replace("%1", percent_text(stage_default * 100))
        )
        self.probability.setValue(-1 if card.default_probability else card.probability)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #c53030;")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Amount excl. VAT:"), self.amount)
        form.addRow(self.tr("Expected &close:"), self.close_date)
        form.addRow(self.tr("&Probability:"), self.probability)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def save(self) -> bool:
        try:
            amount = None if self.has_lines else (self.amount.cents() or 0)
        except ValueError:
            self._fail(translate_template(pl.MSG_AMOUNT))
            return False
        probability = self.probability.value()
        try:
            pl.quick_update(
                self.db,
                self.card.id,
                title=self.title.text(),
                amount_cents=amount,
                expected_close_date=self.close_date.value(),
                probability=None if probability < 0 else probability,
            )
        except ValidationError as error:
            self._fail("\n".join(translate_template(m) for m in error.fields.values()))
            return False
        except (UserError, DatabaseError) as error:
            show_error(self, error)
            return False
        self.saved.emit(self.card.id)
        self.accept()
        return True

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class LostReasonDialog(QInputDialog):
    """A non-blocking prompt for why a deal was lost; the usual reasons are offered.

    ``textValueSelected(reason)`` when the user confirms."""

    def __init__(self, db: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("lostReason")
        self.setWindowTitle(self.tr("Deal lost"))
        self.setLabelText(self.tr("Why was “%1” lost?").replace("%1", title))
        self.setComboBoxEditable(True)
        self.setComboBoxItems(pl.close_reasons(db, "lost"))
        self.setTextValue("")
        self.setOkButtonText(self.tr("Mark as lost"))
        self.setCancelButtonText(self.tr("Cancel"))


# -- the board ------------------------------------------------------------------------


class KanbanBoard(QWidget):
    """The board of one pipeline. It reads ``app.pipeline.board`` and writes moves itself."""

    #: The user wants a deal's file (Enter, double click).
    openRequested = Signal(str)
    #: A deal was written from the board (a move, a quick edit).
    changed = Signal()
    #: A short message for the status bar.
    message = Signal(str)
    #: A move was saved: deal id, stage id.
    moved = Signal(str, str)
    #: The board was loaded.
    loaded = Signal()
    #: The current card changed (its deal id, or "").
    currentChanged = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kanbanBoard")
        self.db = db
        self.pipeline_id: str | None = None
        self.filters = BoardFilter()
        self.board: Board | None = None
        self.columns: list[StageColumn] = []
        self.delegate = CardDelegate(self)
        self._collapsed: dict[str, bool] = {}
        self._dialog: QDialog | None = None
        self._build_actions()

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("boardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip = QWidget(self.scroll)
        self.strip.setObjectName("boardStrip")
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.setSpacing(COLUMN_SPACING)
        self.strip_layout.addStretch(1)
        self.scroll.setWidget(self.strip)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); font-size: 13pt; padding: 24px;")
        self.empty_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.empty_label, 1)

    # -- actions --------------------------------------------------------------------------

    def _action(self, name: str, text: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').replace('…', '')} ({keys})")
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_previous_stage = self._action(
            "moveToPreviousStage",
            self.tr("Move to the &previous stage"),
            "Ctrl+Left",
            lambda: self.move_current(-1),
        )
        self.action_next_stage = self._action(
            "moveToNextStage",
            self.tr("Move to the &next stage"),
            "Ctrl+Right",
            lambda: self.move_current(1),
        )
        self.action_quick_edit = self._action(
            "quickEdit", self.tr("&Quick edit…"), "F2", self.quick_edit_current
        )

    def actions_for_menu(self) -> list[QAction]:
        return [self.action_quick_edit, self.action_previous_stage, self.action_next_stage]

    # -- loading --------------------------------------------------------------------------

    def set_pipeline(self, pipeline_id: str | None) -> None:
        self.pipeline_id = pipeline_id
        self.reload()

    def set_filters(self, filters: BoardFilter) -> None:
        self.filters = filters
        self.reload()

    def reload(self, today: date | None = None) -> Board:
        """Read the board again and show it, keeping the current card."""
        current = self.current_deal_id()
        had_focus = any(column.view.hasFocus() for column in self.columns)
        board = pl.board(self.db, self.pipeline_id, self.filters, today)
        self.show_board(board)
        if current:
            self.select_deal(current, focus=had_focus)
        return board

    def show_board(self, board: Board) -> None:
        self.board = board
        self.delegate.set_today(board.today)
        stages = [column.stage for column in board.columns]
        if [c.stage.id for c in self.columns] != [s.id for s in stages] or any(
            c.stage.kind != s.kind for c, s in zip(self.columns, stages, strict=False)
        ):
            self._rebuild(stages)
        for widget, column in zip(self.columns, board.columns, strict=True):
            widget.set_column(column, board.currency, board.filters.closed_days)
        if board.pipeline is None:
            self.empty_label.setText(self.tr("There is no pipeline yet."))
        elif not board.columns:
            self.empty_label.setText(self.tr("This pipeline has no stages."))
        self.scroll.setVisible(bool(board.columns))
        self.empty_label.setVisible(not board.columns)
        self.loaded.emit()

    def _rebuild(self, stages: list[StageInfo]) -> None:
        for column in self.columns:
            self.strip_layout.removeWidget(column)
            column.deleteLater()
        self.columns = []
        for index, stage in enumerate(stages):
            column = StageColumn(stage, self.strip)
            column.view.setItemDelegate(self.delegate)
            column.model.moveRequested.connect(
                self._drop_requested, Qt.ConnectionType.QueuedConnection
            )
            column.view.sideways.connect(lambda step, i=index: self._focus_column(i, step))
            column.view.openCurrent.connect(self.open_current)
            column.view.doubleClicked.connect(self._double_clicked)
            column.view.selectionModel().currentChanged.connect(
                lambda current, _previous, i=index: self._current_moved(i, current)
            )
            collapsed = self._collapsed.get(stage.id)
            if collapsed is None:
                collapsed = False
            column.set_collapsed(collapsed)
            column.collapsedChanged.connect(
                lambda on, stage_id=stage.id: self._collapsed_changed(stage_id, on)
            )
            self.strip_layout.insertWidget(index, column)
            self.columns.append(column)
        self._fit_columns()

    def _collapsed_changed(self, stage_id: str, collapsed: bool) -> None:
        self._collapsed[stage_id] = collapsed
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Open columns share the width left by the won, lost and collapsed ones."""
        if not self.columns:
            return
        fixed = COLUMN_SPACING * (len(self.columns) - 1)
        sharing = 0
        for column in self.columns:
            if column.collapsed:
                fixed += COLLAPSED_WIDTH
            elif column.stage.is_open:
                sharing += 1
            else:
                fixed += CLOSED_COLUMN_WIDTH
        available = self.scroll.viewport().width() - fixed
        width = COLUMN_MIN_WIDTH
        if sharing:
            width = max(COLUMN_MIN_WIDTH, min(COLUMN_MAX_WIDTH, available // sharing))
        for column in self.columns:
            column.set_width(width if column.stage.is_open else CLOSED_COLUMN_WIDTH)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_columns()

    def column_of(self, stage_id: str) -> StageColumn | None:
        return next((c for c in self.columns if c.stage.id == stage_id), None)

    # -- selection and focus --------------------------------------------------------------

    def current_deal_id(self) -> str | None:
        card = self.current_card()
        return card.id if card is not None else None

    def current_card(self) -> Card | None:
        focused = next((c for c in self.columns if c.view.hasFocus()), None)
        candidates = [focused] if focused is not None else []
        candidates += [c for c in self.columns if c is not focused]
        for column in candidates:
            if column.view.selectionModel() is None:
                continue
            selected = column.view.selectionModel().selectedIndexes()
            if selected:
                return column.model.card(selected[0].row())
        return None

    def select_deal(self, deal_id: str, *, focus: bool = True) -> bool:
        """Select (and scroll to) a deal's card; False when it is not on the board."""
        for column in self.columns:
            row = column.model.row_of(deal_id)
            if row is None:
                continue
            for other in self.columns:
                if other is not column:
                    other.view.clearSelection()
            if column.collapsed:
                column.set_collapsed(False)
            index = column.model.index(row, 0)
            column.view.setCurrentIndex(index)
            column.view.scrollTo(index)
            self.scroll.ensureWidgetVisible(column, 0, 0)
            if focus:
                column.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def focus_board(self) -> None:
        """Put the keyboard focus on the current card (or the first one)."""
        card = self.current_card()
        if card is not None:
            self.select_deal(card.id)
            return
        for column in self.columns:
            if column.model.rowCount() and not column.collapsed:
                column.view.setFocus(Qt.FocusReason.OtherFocusReason)
                column.view.setCurrentIndex(column.model.index(0, 0))
                return

    def _focus_column(self, index: int, step: int) -> None:
        source = self.columns[index]
        row = max(0, source.view.currentIndex().row())
        target = index + step
        while 0 <= target < len(self.columns):
            column = self.columns[target]
            if column.model.rowCount() and not column.collapsed:
                source.view.clearSelection()
                new = column.model.index(min(row, column.model.rowCount() - 1), 0)
                column.view.setCurrentIndex(new)
                column.view.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroll.ensureWidgetVisible(column, 0, 0)
                return
            target += step

    def _current_moved(self, index: int, current: QModelIndex) -> None:
        if current.isValid():
            for other_index, column in enumerate(self.columns):
                if other_index != index:
                    column.view.clearSelection()
            card = self.columns[index].model.card(current.row())
            self.currentChanged.emit(card.id if card else "")

    # -- opening and editing --------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        deal_id = index.data(IdRole)
        if deal_id:
            self.openRequested.emit(str(deal_id))

    def open_current(self) -> None:
        deal_id = self.current_deal_id()
        if deal_id:
            self.openRequested.emit(deal_id)

    def quick_edit_current(self) -> QuickEditDialog | None:
        card = self.current_card()
        if card is None:
            return None
        try:
            dialog = QuickEditDialog(self.db, card, self)
        except (UserError, DatabaseError) as error:
            show_error(self, error)
            self.reload()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._quick_saved)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _quick_saved(self, deal_id: str) -> None:
        self.reload()
        self.select_deal(deal_id)
        self.changed.emit()
        self.message.emit(self.tr("Deal saved."))

    # -- moving ---------------------------------------------------------------------------

    def move_current(self, step: int) -> None:
        """Move the current deal to the previous (−1) or next (+1) stage, at the top."""
        card = self.current_card()
        if card is None or self.board is None:
            return
        ids = [column.stage.id for column in self.board.columns]
        if card.stage_id not in ids:
            return
        target = ids.index(card.stage_id) + step
        if not 0 <= target < len(ids):
            return
        self.request_move(card.id, ids[target], 0)

    def _drop_requested(
        self, deal_id: str, stage_id: str, row: int, before_id: str, after_id: str
    ) -> None:
        self.request_move(deal_id, stage_id, row, before_id or None, after_id or None)

    def request_move(
        self,
        deal_id: str,
        stage_id: str,
        index: int | None,
        before_id: str | None = None,
        after_id: str | None = None,
    ) -> QInputDialog | None:
        """Move a deal (asking first why it was lost, when it goes to a lost stage).

        Returns the reason prompt when one was opened."""
        column = self.column_of(stage_id)
        stage = column.stage if column is not None else None
        card = self._card(deal_id)
        if stage is not None and stage.kind == "lost" and (card is None or card.status != "lost"):
            dialog: QInputDialog = LostReasonDialog(self.db, card.title if card else "", self)
            dialog.textValueSelected.connect(
                lambda reason: (
                    self._move(deal_id, stage_id, index, before_id, after_id, reason)
                    if reason.strip()
                    else self._refuse_reason()
                )
            )
            self._dialog = dialog
            dialog.open()
            return dialog
        self._move(deal_id, stage_id, index, before_id, after_id, None)
        return None

    def _refuse_reason(self) -> None:
        self.message.emit(translate_template(pl.MSG_LOST_REASON))

    def _card(self, deal_id: str) -> Card | None:
        for column in self.columns:
            row = column.model.row_of(deal_id)
            if row is not None:
                return column.model.card(row)
        return None

    def _move(
        self,
        deal_id: str,
        stage_id: str,
        index: int | None,
        before_id: str | None,
        after_id: str | None,
        reason: str | None,
    ) -> bool:
        try:
            pl.move_deal(
                self.db,
                deal_id,
                stage_id,
                index,
                before_id=before_id,
                after_id=after_id,
                reason=reason,
            )
        except (UserError, DatabaseError) as error:
            show_error(self, error)
            self.reload()
            return False
        had_focus = any(column.view.hasFocus() for column in self.columns)
        self.reload()
        self.select_deal(deal_id, focus=had_focus or self.hasFocus())
        column = self.column_of(stage_id)
        name = column.stage.name if column is not None else ""
        card = self._card(deal_id)
        self.moved.emit(deal_id, stage_id)
        self.changed.emit()
        self.message.emit(
            self.tr("“%1” moved to %2.")
            .replace("%1", card.title if card else "")
            .replace("%2", name)
        )
        return True

    # -- state ----------------------------------------------------------------------------

    def collapsed_stages(self) -> list[str]:
        return [stage_id for stage_id, on in self._collapsed.items() if on]

    def set_collapsed_stages(self, stage_ids: list[str]) -> None:
        self._collapsed = {stage_id: True for stage_id in stage_ids}
        for column in self.columns:
            column.set_collapsed(column.stage.id in self._collapsed)


# A combo of pipelines is shared by the pane's views; kept here so the board can be shown
# on its own (tests, the benchmark).
class PipelineCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineChooser")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def set_pipelines(self, pipelines: list[pl.PipelineInfo], current: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        for info in pipelines:
            self.addItem(info.name, info.id)
        found = self.findData(current) if current else -1
        if found < 0:
            found = next((i for i, p in enumerate(pipelines) if p.is_default), 0)
        self.setCurrentIndex(found if pipelines else -1)
        self.blockSignals(False)

    def pipeline_id(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None


__all__ = [
    "MIME_TYPE",
    "CardDelegate",
    "CardListView",
    "CardRole",
    "ColumnModel",
    "KanbanBoard",
    "LostReasonDialog",
    "PipelineCombo",
    "QuickEditDialog",
    "StageColumn",
]
