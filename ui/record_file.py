"""What the files of a contact, a company and a deal share.

A file shows one record on one scrolling page of cards, under a toolbar (Back, the
file's own actions, Edit, History) and, when the record was deleted, a banner offering to
restore it. A subclass loads its data as plain values and lays the page out with the
builders here (cards, labels, badges, tiles); ``ui.timeline`` draws the interactions.

Signals: ``editRequested(id)``, ``historyRequested(id)``, ``backRequested()``,
``changed()`` after a write the file made, ``openRequested(kind, id)`` to show another
record's file, ``message(str)`` for the status bar.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from ui import formatting as fmt
from ui.errors import translate_template

EDIT_SHORTCUT = "Ctrl+E"
HISTORY_SHORTCUT = "Ctrl+H"
EXCERPT_CHARS = 280

# Colours chosen to read on light and dark palettes (tinted background, dark text).
TAG_COLORS = ("#f1f5f9", "#1e293b")
NEUTRAL_COLORS = ("#e5e7eb", "#374151")
INFO_COLORS = ("#dbeafe", "#1e3a8a")
GOOD_COLORS = ("#dcfce7", "#14532d")
BAD_COLORS = ("#fee2e2", "#7f1d1d")
DANGER = "#b42318"
SUCCESS = "#15803d"


def icon_or_blank(name: str) -> QIcon:
    """An application icon, or none if the icon set does not have it (yet)."""
    try:
        from ui.icons import icon

        return icon(name)
    except (ImportError, KeyError, OSError):
        return QIcon()


def native_shortcut(sequence: str) -> str:
    """A shortcut as the user's platform writes it ("Ctrl+E", "⌘E")."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The text on one paragraph, cut at a word before ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def mix(first: QColor, second: QColor, ratio: float) -> QColor:
    """``first`` blended towards ``second`` (ratio 0 → first, 1 → second)."""
    return QColor(
        round(first.red() + (second.red() - first.red()) * ratio),
        round(first.green() + (second.green() - first.green()) * ratio),
        round(first.blue() + (second.blue() - first.blue()) * ratio),
    )


def country_name(code: str) -> str:
    """The country's name in the user's language (babel), or its code."""
    try:
        from babel import Locale

        return str(Locale.parse(QLocale().name()).territories.get(code.upper(), code))
    except (ValueError, ImportError, LookupError):
        return code


def custom_value_text(field_type: str, raw: Any) -> str:
    """A custom field's stored value as the user reads it."""
    if raw is None or raw == "":
        return ""
    if field_type == "bool":
        return fmt.yes_no(bool(raw))
    if field_type == "date" and isinstance(raw, str):
        try:
            return fmt.date_text(date.fromisoformat(raw[:10]))
        except ValueError:
            return raw
    if field_type == "number" and isinstance(raw, int | float):
        decimals = 0 if float(raw).is_integer() else 2
        return fmt.number(raw, decimals)
    if isinstance(raw, list):
        return ", ".join(str(item) for item in raw)
    return str(raw)


def address_text(
    line1: str | None,
    line2: str | None,
    postcode: str | None,
    city: str | None,
    country: str | None,
) -> str:
    """A postal address on several lines; the country only when it is not France."""
    lines = [line for line in (line1, line2) if line]
    town = " ".join(part for part in (postcode, city) if part)
    if town:
        lines.append(town)
    if country and country.upper() != "FR":
        lines.append(country_name(country))
    return "\n".join(lines)


# -- builders -------------------------------------------------------------------------


def make_label(
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
    """A selectable label (rich text: with links opened by the system)."""
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


def make_muted(text: str, parent: QWidget, name: str = "") -> QLabel:
    """A greyed sentence: what an empty card says ("No open deal.")."""
    return make_label(text, parent, muted=True, name=name)


def make_badge(text: str, colors: tuple[str, str], parent: QWidget, name: str = "") -> QLabel:
    """A rounded, tinted word: a status, a stage, a tag."""
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


def make_card(title: str, parent: QWidget, name: str) -> tuple[QFrame, QVBoxLayout]:
    """A white card with a heading; ``name`` is its "section" property."""
    card = QFrame(parent)
    return card, fill_card(card, title, name)


def fill_card(card: QFrame, title: str, name: str) -> QVBoxLayout:
    """Make ``card`` a card with a heading; returns its layout (for a QFrame subclass)."""
    card.setObjectName("card")
    card.setProperty("section", name)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    heading = make_label(title, card, scale=1.12, bold=True, wrap=False)
    heading.setObjectName(f"{name}Title")
    layout.addWidget(heading)
    return layout


def make_tile(caption: str, value: str, sub: str, parent: QWidget, name: str) -> QFrame:
    """A key figure: a caption, a big value and a line under it."""
    tile = QFrame(parent)
    tile.setObjectName("tile")
    column = QVBoxLayout(tile)
    column.setContentsMargins(10, 8, 10, 8)
    column.setSpacing(1)
    column.addWidget(make_label(caption, tile, muted=True, scale=0.92))
    column.addWidget(make_label(value, tile, scale=1.3, bold=True, wrap=False, name=name))
    column.addWidget(make_label(sub, tile, muted=True, scale=0.92))
    return tile


def make_link(text: str, parent: QWidget, name: str = "") -> QPushButton:
    """A flat button that reads like a link (to open another file, show more…)."""
    button = QPushButton(text, parent)
    button.setFlat(True)
    button.setProperty("link", True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    if name:
        button.setObjectName(name)
    return button


class FlowLayout(QLayout):
    """Lays its items out left to right, wrapping to new lines (for tags and badges)."""

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
                x = rect.x()
                y += line + self._spacing
                line = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class RecordFileView(QWidget):
    """The frame of a record's file. Subclasses give:

    - ``record_kind`` ("contact", "company", "deal") and ``object_name``;
    - ``load_data(record_id)`` -> the data (raises ``UserError`` when it cannot be shown);
    - ``build_page(data, page)`` -> lays the cards out in ``page`` (a QWidget whose
      layout is a QVBoxLayout with the page margins);
    - ``deleted_at(data)`` -> when the record was deleted (None: live);
    - ``deleted_text(data)`` -> the banner's sentence, ``restore_record(id)`` -> undelete;
    - ``build_actions()`` makes the file's own actions, ``file_actions()`` lists them
      (shown between Back and Edit in the toolbar).
    """

    editRequested = Signal(str)
    historyRequested = Signal(str)
    backRequested = Signal()
    changed = Signal()
    openRequested = Signal(str, str)
    message = Signal(str)

    record_kind = "record"
    object_name = "recordFile"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self._record_id: str | None = None
        self._data: Any = None
        self._build_common_actions()
        self.build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_toolbar())
        self.banner = self._build_banner()
        layout.addWidget(self.banner)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName(f"{self.object_name}Scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.scroll, 1)
        self.setFocusProxy(self.scroll)
        self.apply_style()
        self.show_message(self.empty_text())

    # -- what subclasses give -------------------------------------------------------------

    def load_data(self, record_id: str) -> Any:
        raise NotImplementedError

    def build_page(self, data: Any, page: QWidget, layout: QVBoxLayout) -> None:
        raise NotImplementedError

    def deleted_at(self, data: Any) -> datetime | None:
        return getattr(data, "deleted_at", None)

    def deleted_text(self, data: Any) -> str:
        return self.tr("This record was deleted on {when}.").replace(
            "{when}", fmt.datetime_text(self.deleted_at(data))
        )

    def restore_record(self, record_id: str) -> None:
        raise NotImplementedError

    def build_actions(self) -> None:
        """Make the file's own actions (called once, before the toolbar is built)."""

    def file_actions(self) -> list[QAction]:
        """The file's own actions, in toolbar order."""
        return []

    def empty_text(self) -> str:
        return self.tr("Nothing to show.")

    # -- public API -----------------------------------------------------------------------

    def current_id(self) -> str | None:
        return self._record_id

    def record_data(self) -> Any:
        """The data shown (None when nothing is shown)."""
        return self._data

    def show_record(self, record_id: str) -> None:
        self._record_id = record_id
        self.load(keep_scroll=False)

    @Slot()
    def refresh(self) -> None:
        if self._record_id is not None:
            self.load(keep_scroll=True)

    def actions_enabled(self, enabled: bool) -> None:
        """Enable the file's actions (not on a deleted record or when nothing is shown)."""
        for action in (*self.file_actions(), self.edit_action, self.history_action):
            action.setEnabled(enabled)

    # -- loading --------------------------------------------------------------------------

    def load(self, *, keep_scroll: bool) -> None:
        assert self._record_id is not None
        position = self.scroll.verticalScrollBar().value() if keep_scroll else 0
        try:
            data = self.load_data(self._record_id)
        except UserError as error:
            self._data = None
            self.banner.hide()
            self.show_message(translate_template(error.template, error.params))
            return
        self._data = data
        deleted = self.deleted_at(data) is not None
        self.actions_enabled(not deleted)
        self.history_action.setEnabled(True)
        if deleted:
            self.banner_label.setText(self.deleted_text(data))
        self.banner.setVisible(deleted)
        page = QWidget()
        page.setObjectName("filePage")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(20, 16, 20, 20)
        outer.setSpacing(14)
        self.build_page(data, page, outer)
        self.scroll.setWidget(page)
        self.scroll.verticalScrollBar().setValue(position)

    def show_message(self, message: str) -> None:
        page = QWidget()
        page.setObjectName("filePage")
        layout = QVBoxLayout(page)
        label = QLabel(message, page)
        label.setObjectName("messageLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setProperty("muted", True)
        layout.addWidget(label)
        self.scroll.setWidget(page)
        self.actions_enabled(False)

    # -- toolbar and banner ---------------------------------------------------------------

    def _build_common_actions(self) -> None:
        self.back_action = QAction(icon_or_blank("back"), self.tr("Back"), self)
        self.back_action.setObjectName("back")
        self.back_action.setShortcuts(QKeySequence.StandardKey.Back)
        back_keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in self.back_action.shortcuts()
        )
        self.back_action.setToolTip(self.tr("Back to the list (%1)").replace("%1", back_keys))
        self.back_action.triggered.connect(self.backRequested)
        self.edit_action = QAction(icon_or_blank("edit"), self.tr("Edit"), self)
        self.edit_action.setObjectName("edit")
        self.edit_action.setShortcut(QKeySequence(EDIT_SHORTCUT))
        self.edit_action.setToolTip(
            self.tr("Edit (%1)").replace("%1", native_shortcut(EDIT_SHORTCUT))
        )
        self.edit_action.triggered.connect(self._edit)
        self.history_action = QAction(icon_or_blank("history"), self.tr("History"), self)
        self.history_action.setObjectName("history")
        self.history_action.setShortcut(QKeySequence(HISTORY_SHORTCUT))
        self.history_action.setToolTip(
            self.tr("Who changed what in this file (%1)").replace(
                "%1", native_shortcut(HISTORY_SHORTCUT)
            )
        )
        self.history_action.triggered.connect(self._history)
        for action in (self.back_action, self.edit_action, self.history_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def tool_button(self, action: QAction, parent: QWidget) -> QToolButton:
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
        row.addWidget(self.tool_button(self.back_action, bar))
        separator = QFrame(bar)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setObjectName("toolbarSeparator")
        row.addWidget(separator)
        self.file_buttons: dict[str, QToolButton] = {}
        for action in self.file_actions():
            button = self.tool_button(action, bar)
            # On a narrow window the file's buttons show their icons only (see resizeEvent).
            button.setMinimumWidth(button.iconSize().width() + 14)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.file_buttons[action.objectName()] = button
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.tool_button(self.edit_action, bar))
        row.addWidget(self.tool_button(self.history_action, bar))
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
        self.restore_button = QPushButton(icon_or_blank("restore"), self.tr("Restore"), banner)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setToolTip(self.tr("Put it back in the lists"))
        self.restore_button.clicked.connect(self._restore)
        row.addWidget(self.restore_button)
        banner.hide()
        return banner

    def apply_style(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.Text)
        border = palette.color(QPalette.ColorRole.Mid)
        muted = mix(text, base, 0.45)
        tile = mix(window, base, 0.5)
        self.muted_color = muted.name()
        link = palette.color(QPalette.ColorRole.Link).name()
        self.setStyleSheet(
            f"""
            QScrollArea#{self.object_name}Scroll > QWidget > QWidget#filePage {{
                background: {window.name()};
            }}
            QFrame#fileToolbar {{ border-bottom: 1px solid {mix(border, window, 0.5).name()}; }}
            QFrame#card {{
                background: {base.name()};
                border: 1px solid {mix(border, base, 0.45).name()};
                border-radius: 8px;
            }}
            QFrame#tile {{ background: {tile.name()}; border-radius: 6px; }}
            QFrame#deletedBanner {{ background: #fef3f2; border-bottom: 1px solid #fecdca; }}
            QLabel#deletedBannerText {{ color: #7a271a; font-weight: 600; }}
            QLabel[muted="true"] {{ color: {muted.name()}; }}
            QFrame#toolbarSeparator {{ color: {mix(border, window, 0.4).name()}; }}
            QPushButton[link="true"] {{
                color: {link}; border: none; padding: 2px 0; text-align: left;
            }}
            QPushButton[link="true"]:hover {{ text-decoration: underline; }}
            QFrame#timelineSeparator {{ color: {mix(border, base, 0.3).name()}; }}
            """
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        """Text beside the icons when the toolbar has room for it, icons only otherwise."""
        buttons = list(self.file_buttons.values())
        if not buttons:
            return
        wanted = sum(
            button.fontMetrics().horizontalAdvance(button.text()) + button.iconSize().width() + 20
            for button in buttons
        )
        others = self.tool_button_space()
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if wanted + others <= self.width()
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        for button in buttons:
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    def tool_button_space(self) -> int:
        """The width the toolbar needs besides the file's own buttons."""
        return (
            24
            + sum(
                button.sizeHint().width()
                for button in self.findChildren(QToolButton)
                if button not in self.file_buttons.values()
                and button.objectName() in ("backButton", "editButton", "historyButton")
            )
            + 80
        )

    # -- slots ----------------------------------------------------------------------------

    @Slot()
    def _edit(self) -> None:
        if self._record_id is not None:
            self.editRequested.emit(self._record_id)

    @Slot()
    def _history(self) -> None:
        if self._record_id is not None:
            self.historyRequested.emit(self._record_id)

    @Slot()
    def _restore(self) -> None:
        if self._record_id is None:
            return
        try:
            self.restore_record(self._record_id)
        except UserError as error:
            self.banner_label.setText(translate_template(error.template, error.params))
            return
        self.refresh()
        self.changed.emit()


__all__ = [
    "BAD_COLORS",
    "DANGER",
    "EDIT_SHORTCUT",
    "GOOD_COLORS",
    "HISTORY_SHORTCUT",
    "INFO_COLORS",
    "NEUTRAL_COLORS",
    "SUCCESS",
    "TAG_COLORS",
    "FlowLayout",
    "RecordFileView",
    "address_text",
    "country_name",
    "custom_value_text",
    "excerpt",
    "fill_card",
    "icon_or_blank",
    "make_badge",
    "make_card",
    "make_label",
    "make_link",
    "make_muted",
    "make_tile",
    "mix",
    "native_shortcut",
]
