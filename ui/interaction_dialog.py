"""The form that logs or edits one interaction, on any channel.

It is linked to a contact, a company and/or a deal, picked by typing (``RecordPicker``);
opened from a file, the record shown is already filled in. With no record given (the
quick-log shortcut), the contact field has the focus first. "Call back in N days" creates
the follow-up task in the same save (one batch, undone together).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QRectF,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.interactions import (
    TIMED_CHANNELS,
    InteractionInput,
    default_links,
    get_entry,
    load_input,
    log_interaction,
    resolve_complaint,
    update_interaction,
)
from models import fold
from models.database import Database
from models.enums import Channel, ComplaintStatus, Direction
from ui import formatting as fmt
from ui.record_picker import RecordPicker

#: The fields the service validates, in the order they appear in the form.
FIELDS = (
    "contact_id",
    "company_id",
    "deal_id",
    "channel",
    "direction",
    "occurred_at",
    "duration_minutes",
    "subject",
    "body",
    "outcome",
    "satisfaction_score",
    "complaint_status",
    "resolved_at",
    "follow_up_days",
)
#: Channels where the customer usually comes to us.
INBOUND_CHANNELS = frozenset({Channel.VISIT.value, Channel.WEB.value})
ERROR_COLOR = "#b42318"
DEFAULT_FOLLOW_UP_DAYS = 3
MIN_WIDTH = 760
#: One colour per channel (the glyph is drawn white on it).
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


def error_text(template: str, params: dict[str, object] | None = None) -> str:
    """A message template from app/ in the user's language."""
    text = QCoreApplication.translate("errors", template)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text


@lru_cache(maxsize=16)
def app_icon(name: str) -> QIcon:
    """An icon of resources/icons, also one ``ui.icons`` does not list yet."""
    from ui import icons

    try:
        return icons.icon(name)
    except KeyError:
        pass
    from importlib import resources

    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    try:
        data = (resources.files("resources") / "icons" / f"{name}.svg").read_bytes()
    except OSError:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(data))
    result = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


@lru_cache(maxsize=64)
def channel_icon(code: str, size: int = 24) -> QIcon:
    """The channel's glyph, white on a disc of the channel's colour."""
    ratio = 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(CHANNEL_COLORS.get(code, "#64748b")))
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    font = QFont()
    font.setPixelSize(round(size * 0.58))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(
        QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, fmt.channel_glyph(code)
    )
    painter.end()
    return QIcon(pixmap)


class ChannelSelector(QWidget):
    """A row of buttons, one per channel; ←/→ (or the first letter) choose another.

    Only the chosen button takes the keyboard focus, like a group of radio buttons.
    """

    channelChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelSelector")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        for code in fmt.CHANNEL_CODES:
            button = QToolButton(self)
            button.setObjectName(f"channel_{code}")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setIcon(channel_icon(code, 24))
            button.setText(fmt.channel_label(code))
            button.setToolTip(fmt.channel_label(code))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.installEventFilter(self)
            # Never elided ("Réseaux sociaux"): the dialog widens instead.
            button.setMinimumWidth(max(64, button.sizeHint().width()))
            self.group.addButton(button)
            self.buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)
        self.setStyleSheet(
            "#channelSelector QToolButton { border: 1px solid transparent; border-radius: 6px;"
            " padding: 3px 4px; }"
            " #channelSelector QToolButton:hover { background: rgba(37, 99, 235, 0.08); }"
            " #channelSelector QToolButton:checked { background: rgba(37, 99, 235, 0.14);"
            " border-color: rgba(37, 99, 235, 0.55); }"
            " #channelSelector QToolButton:focus { border-color: #2563eb; }"
        )

    def channel(self) -> str:
        for code, button in self.buttons.items():
            if button.isChecked():
                return code
        return Channel.PHONE.value

    def set_channel(self, code: str) -> None:
        button = self.buttons.get(code) or self.buttons[Channel.PHONE.value]
        current = self.focus_button()
        had_focus = current is not None and current.hasFocus()
        button.setChecked(True)
        if had_focus:
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_button(self) -> QToolButton | None:
        """The button that takes the focus (the chosen channel's)."""
        return self.buttons.get(self.channel())

    def _toggled(self, button: QToolButton, checked: bool) -> None:
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if checked else Qt.FocusPolicy.NoFocus)
        if checked:
            self.setFocusProxy(button)
            self.channelChanged.emit(self.channel())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            codes = list(self.buttons)
            index = codes.index(self.channel())
            key = event.key()
            target: int | None = None
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
                target = (index - 1) % len(codes)
            elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
                target = (index + 1) % len(codes)
            elif key == Qt.Key.Key_Home:
                target = 0
            elif key == Qt.Key.Key_End:
                target = len(codes) - 1
            elif (
                event.text()
                and event.text().isalpha()
                and not event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            ):
                # The next channel whose label starts with the letter typed.
                letter = fold(event.text())
                order = codes[index + 1 :] + codes[: index + 1]
                for code in order:
                    if fold(fmt.channel_label(code)).startswith(letter):
                        target = codes.index(code)
                        break
            if target is not None:
                button = self.buttons[codes[target]]
                button.setChecked(True)
                button.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


class InteractionDialog(QDialog):
    """The form that logs (or, with ``interaction_id``, edits) an interaction.

    ``saved(interaction_id)`` once it is stored. Open it with ``open()`` (never
    ``exec()``): it is window-modal and never blocks.
    """

    saved = Signal(str)

    def __init__(
        self,
        db: Database,
        contact_id: str | None = None,
        channel: str = Channel.PHONE.value,
        parent: QWidget | None = None,
        *,
        contact_name: str = "",
        company_id: str | None = None,
        deal_id: str | None = None,
        interaction_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.interaction_id = interaction_id
        self.contact_name = contact_name
        self.setObjectName("interactionDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        #: Set while the form fills a field itself (not the user).
        self._filling = False
        #: The company was chosen by the user (not filled in from the contact or deal).
        self._company_chosen = False

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        self.channel_selector = ChannelSelector(self)
        self.contact_picker = RecordPicker(db, "contact", self)
        self.company_picker = RecordPicker(db, "company", self)
        self.deal_picker = RecordPicker(db, "deal", self)
        self.company_picker.line_edit().setPlaceholderText(
            self.tr("The contact's company, or type a company…")
        )
        self.deal_picker.line_edit().setPlaceholderText(self.tr("Optional: type a deal title…"))

        self.direction_combo = QComboBox(self)
        self.direction_combo.setObjectName("direction")
        self.direction_combo.addItem(
            self.tr("Outbound (we contacted them)"), Direction.OUTBOUND.value
        )
        self.direction_combo.addItem(
            self.tr("Inbound (they contacted us)"), Direction.INBOUND.value
        )
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when_edit.setObjectName("when")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(self._date_time_format())
        self.now_button = QLabel(f'<a href="#now">{self.tr("Now")}</a>', self)
        self.now_button.setObjectName("nowLink")
        self.now_button.setToolTip(self.tr("Set the date and time to now"))
        self.now_button.linkActivated.connect(self._set_now)
        self.duration_label = QLabel(self.tr("D&uration:"), self)
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setObjectName("duration")
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSpecialValueText(self.tr("not noted"))
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setAccelerated(True)
        self.duration_label.setBuddy(self.duration_spin)

        self.subject_edit = QLineEdit(self)
        self.subject_edit.setObjectName("subject")
        self.subject_edit.setMaxLength(300)
        self.subject_edit.setClearButtonEnabled(True)
        self.subject_edit.setPlaceholderText(self.tr("What was it about, in a few words"))
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("notes")
        self.body_edit.setPlaceholderText(self.tr("What was said, what was agreed…"))
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(90)
        self.outcome_edit = QLineEdit(self)
        self.outcome_edit.setObjectName("outcome")
        self.outcome_edit.setMaxLength(300)

        self.satisfaction_check = QCheckBox(self.tr("Satisfaction given:"), self)
        self.satisfaction_check.setObjectName("satisfactionCheck")
        self.satisfaction_spin = QSpinBox(self)
        self.satisfaction_spin.setObjectName("satisfaction")
        self.satisfaction_spin.setRange(0, 10)
        self.satisfaction_spin.setValue(8)
        self.scale_combo = QComboBox(self)
        self.scale_combo.setObjectName("scale")
        self.scale_combo.addItem(self.tr("out of 10"), 10)
        self.scale_combo.addItem(self.tr("out of 5"), 5)
        self.scale_combo.setToolTip(
            self.tr("Out of 10: the “would you recommend us” question (NPS). Out of 5: stars.")
        )
        self.scale_combo.currentIndexChanged.connect(self._scale_changed)
        for widget in (self.satisfaction_spin, self.scale_combo):
            widget.setEnabled(False)
            self.satisfaction_check.toggled.connect(widget.setEnabled)

        self.complaint_check = QCheckBox(self.tr("This is a complaint"), self)
        self.complaint_check.setObjectName("complaintCheck")
        self.complaint_check.setToolTip(self.tr("Complaints are followed until they are resolved"))
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("complaintStatus")
        self.status_combo.addItem(self.tr("Open"), ComplaintStatus.OPEN.value)
        self.status_combo.addItem(self.tr("Resolved"), ComplaintStatus.RESOLVED.value)
        self.resolved_label = QLabel(self.tr("on"), self)
        self.resolved_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.resolved_edit.setObjectName("resolvedAt")
        self.resolved_edit.setCalendarPopup(True)
        self.resolved_edit.setDisplayFormat(self._date_time_format())
        self.complaint_check.toggled.connect(self._complaint_changed)
        self.status_combo.currentIndexChanged.connect(self._complaint_changed)

        self.follow_up_check = QCheckBox(self.tr("Call &back in"), self)
        self.follow_up_check.setObjectName("followUpCheck")
        self.follow_up_check.setToolTip(
            self.tr("Creates a task to call back, due that day, with this interaction")
        )
        self.follow_up_days = QSpinBox(self)
        self.follow_up_days.setObjectName("followUpDays")
        self.follow_up_days.setRange(0, 365)
        self.follow_up_days.setValue(DEFAULT_FOLLOW_UP_DAYS)
        self.follow_up_days.setSuffix(self.tr(" day(s)"))
        self.follow_up_title = QLineEdit(self)
        self.follow_up_title.setObjectName("followUpTitle")
        self.follow_up_title.setMaxLength(300)
        self.follow_up_title.setClearButtonEnabled(True)
        for widget in (self.follow_up_days, self.follow_up_title):
            widget.setEnabled(False)
            self.follow_up_check.toggled.connect(widget.setEnabled)
        self.follow_up_check.toggled.connect(self._follow_up_toggled)

        self.errors: dict[str, QLabel] = {}
        self._build_layout()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        save = self.save_button
        save.setDefault(True)
        save.setToolTip(self.tr("Save (%1)").replace("%1", self._native("Ctrl+Return")))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, activated=self.save)
        self.layout().addWidget(self.general_error)  # type: ignore[union-attr]
        self.layout().addWidget(self.buttons)  # type: ignore[union-attr]

        self.channel_selector.channelChanged.connect(self._channel_changed)
        self.contact_picker.chosen.connect(self._contact_chosen)
        self.company_picker.chosen.connect(self._company_chosen_by_user)
        self.deal_picker.chosen.connect(self._deal_chosen)
        self.contact_picker.chosen.connect(self._update_heading)

        if interaction_id is not None:
            self._load(interaction_id)
        else:
            self._fill_links(contact_id, company_id, deal_id)
            self.channel_selector.set_channel(channel)
            self._channel_changed(self.channel(), set_direction=True)
        self._complaint_changed()
        self._set_tab_order()
        # Wide enough for every channel's name, and for the notes to breathe.
        self.resize(max(MIN_WIDTH, self.sizeHint().width()), self.sizeHint().height())
        if (
            self.contact_picker.record_id()
            or self.company_picker.record_id()
            or (self.deal_picker.record_id())
        ):
            self.subject_edit.setFocus()
        else:
            # Quick log from anywhere: say who it was with first.
            self.contact_picker.setFocus()

    # -- building -----------------------------------------------------------------------

    def _error_label(self, name: str) -> QLabel:
        error = QLabel(self)
        error.setObjectName(f"{name}Error")
        error.setStyleSheet(f"color: {ERROR_COLOR};")
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.hide()
        self.errors[name] = error
        return error

    def _with_errors(self, field: QWidget | QHBoxLayout, *names: str) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        if isinstance(field, QWidget):
            column.addWidget(field)
        else:
            column.addLayout(field)
        for name in names:
            column.addWidget(self._error_label(name))
        return column

    def _build_layout(self) -> None:
        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(6)

        def row(
            label_text: str, field: QWidget | QHBoxLayout, buddy: QWidget, *names: str
        ) -> QLabel:
            label = QLabel(label_text, self)
            label.setBuddy(buddy)
            form.addRow(label, self._with_errors(field, *names))
            return label

        row(self.tr("C&hannel:"), self.channel_selector, self.channel_selector, "channel")
        row(self.tr("&Contact:"), self.contact_picker, self.contact_picker, "contact_id")
        row(self.tr("Com&pany:"), self.company_picker, self.company_picker, "company_id")
        row(self.tr("De&al:"), self.deal_picker, self.deal_picker, "deal_id")
        self.direction_label = row(
            self.tr("&Direction:"), self.direction_combo, self.direction_combo, "direction"
        )
        when_row = QHBoxLayout()
        when_row.setSpacing(8)
        when_row.addWidget(self.when_edit, 1)
        when_row.addWidget(self.now_button)
        when_row.addSpacing(16)
        when_row.addWidget(self.duration_label)
        when_row.addWidget(self.duration_spin)
        row(self.tr("&When:"), when_row, self.when_edit, "occurred_at", "duration_minutes")
        row(self.tr("&Subject:"), self.subject_edit, self.subject_edit, "subject")
        row(self.tr("&Notes:"), self.body_edit, self.body_edit, "body")
        self.outcome_label = row(
            self.tr("&Outcome:"), self.outcome_edit, self.outcome_edit, "outcome"
        )

        score_row = QHBoxLayout()
        score_row.setSpacing(8)
        score_row.addWidget(self.satisfaction_check)
        score_row.addWidget(self.satisfaction_spin)
        score_row.addWidget(self.scale_combo)
        score_row.addStretch(1)
        form.addRow("", self._with_errors(score_row, "satisfaction_score"))
        complaint_row = QHBoxLayout()
        complaint_row.setSpacing(8)
        complaint_row.addWidget(self.complaint_check)
        complaint_row.addWidget(self.status_combo)
        complaint_row.addWidget(self.resolved_label)
        complaint_row.addWidget(self.resolved_edit)
        complaint_row.addStretch(1)
        form.addRow("", self._with_errors(complaint_row, "complaint_status", "resolved_at"))
        follow_row = QHBoxLayout()
        follow_row.setSpacing(8)
        follow_row.addWidget(self.follow_up_check)
        follow_row.addWidget(self.follow_up_days)
        follow_row.addWidget(self.follow_up_title, 1)
        form.addRow("", self._with_errors(follow_row, "follow_up_days", "title"))

        self.general_error = QLabel(self)
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.general_error.setWordWrap(True)
        self.general_error.setTextFormat(Qt.TextFormat.PlainText)
        self.general_error.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(4)
        layout.addLayout(form)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.contact_picker.line_edit(),
            self.company_picker.line_edit(),
            self.deal_picker.line_edit(),
            self.direction_combo,
            self.when_edit,
            self.duration_spin,
            self.subject_edit,
            self.body_edit,
            self.outcome_edit,
            self.satisfaction_check,
            self.satisfaction_spin,
            self.scale_combo,
            self.complaint_check,
            self.status_combo,
            self.resolved_edit,
            self.follow_up_check,
            self.follow_up_days,
            self.follow_up_title,
        ]
        first = self.channel_selector.focus_button()
        if first is not None:
            chain.insert(0, first)
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # -- public -----------------------------------------------------------------------

    @property
    def save_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def channel(self) -> str:
        return self.channel_selector.channel()

    def set_channel(self, code: str) -> None:
        self.channel_selector.set_channel(code)

    def values(self) -> InteractionInput:
        """What the form holds, as the service takes it."""
        complaint = self.complaint_check.isChecked()
        status = str(self.status_combo.currentData()) if complaint else None
        resolved_at = None
        if status == ComplaintStatus.RESOLVED.value:
            resolved_at = fmt.from_qdatetime(self.resolved_edit.dateTime())
        duration = self.duration_spin.value() if self.channel() in TIMED_CHANNELS else 0
        follow = self.follow_up_check.isChecked()
        return InteractionInput(
            contact_id=self.contact_picker.record_id(),
            company_id=self.company_picker.record_id(),
            deal_id=self.deal_picker.record_id(),
            channel=self.channel(),
            direction=str(self.direction_combo.currentData()),
            subject=self.subject_edit.text(),
            body=self.body_edit.toPlainText(),
            outcome=self.outcome_edit.text(),
            occurred_at=fmt.from_qdatetime(self.when_edit.dateTime()),
            duration_minutes=duration or None,
            satisfaction_score=(
                self.satisfaction_spin.value() if self.satisfaction_check.isChecked() else None
            ),
            satisfaction_scale=int(self.scale_combo.currentData()),
            is_complaint=complaint,
            complaint_status=status,
            resolved_at=resolved_at,
            follow_up_days=self.follow_up_days.value() if follow else None,
            follow_up_title=(self.follow_up_title.text().strip() or self._follow_up_default())
            if follow
            else "",
        )

    @Slot()
    def save(self) -> None:
        """Store the interaction; on bad input, say what is wrong beside each field."""
        self._clear_errors()
        data = self.values()
        try:
            if self.interaction_id is None:
                interaction_id = log_interaction(self.db, data)
            else:
                interaction_id = self.interaction_id
                update_interaction(self.db, interaction_id, data)
        except ValidationError as error:
            self._show_errors(error.fields)
            return
        except UserError as error:
            self.general_error.setText(error_text(error.template, error.params))
            self.general_error.show()
            return
        self.saved.emit(interaction_id)
        self.accept()

    # -- filling in ---------------------------------------------------------------------

    def _load(self, interaction_id: str) -> None:
        try:
            data = load_input(self.db, interaction_id)
        except UserError as error:
            self.general_error.setText(error_text(error.template, error.params))
            self.general_error.show()
            self.save_button.setEnabled(False)
            return
        self._filling = True
        try:
            self.contact_picker.set_record(data.contact_id)
            self.company_picker.set_record(data.company_id)
            self.deal_picker.set_record(data.deal_id)
        finally:
            self._filling = False
        _, auto_company = default_links(self.db, data.contact_id, data.deal_id)
        self._company_chosen = data.company_id is not None and data.company_id != auto_company
        self.channel_selector.set_channel(data.channel)
        self._channel_changed(data.channel, set_direction=False)
        index = self.direction_combo.findData(data.direction)
        self.direction_combo.setCurrentIndex(max(index, 0))
        if data.occurred_at is not None:
            self.when_edit.setDateTime(fmt.to_qdatetime(data.occurred_at))
        self.duration_spin.setValue(data.duration_minutes or 0)
        self.subject_edit.setText(data.subject)
        self.body_edit.setPlainText(data.body)
        self.outcome_edit.setText(data.outcome)
        if data.satisfaction_score is not None:
            self.satisfaction_check.setChecked(True)
            self.scale_combo.setCurrentIndex(
                max(self.scale_combo.findData(data.satisfaction_scale), 0)
            )
            self.satisfaction_spin.setValue(data.satisfaction_score)
        self.complaint_check.setChecked(data.is_complaint)
        if data.is_complaint:
            status = data.complaint_status or ComplaintStatus.OPEN.value
            self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))
            if data.resolved_at is not None:
                self.resolved_edit.setDateTime(fmt.to_qdatetime(data.resolved_at))
        self.contact_name = self.contact_picker.line_edit().text()
        self._update_heading()

    def _fill_links(
        self, contact_id: str | None, company_id: str | None, deal_id: str | None
    ) -> None:
        self._filling = True
        try:
            if deal_id:
                self.deal_picker.set_record(deal_id)
            contact_id, auto_company = default_links(self.db, contact_id, deal_id)
            self.contact_picker.set_record(contact_id)
            self.company_picker.set_record(company_id or auto_company)
        finally:
            self._filling = False
        self._company_chosen = company_id is not None and company_id != auto_company
        if not self.contact_name:
            self.contact_name = self.contact_picker.line_edit().text()

    @Slot(object)
    def _contact_chosen(self, contact_id: str | None) -> None:
        if self._filling:
            return
        self.contact_name = self.contact_picker.line_edit().text() if contact_id else ""
        if not self._company_chosen:
            _, company_id = default_links(self.db, contact_id, self.deal_picker.record_id())
            self._filling = True
            try:
                self.company_picker.set_record(company_id)
            finally:
                self._filling = False
        self._refresh_follow_up_placeholder()

    @Slot(object)
    def _company_chosen_by_user(self, company_id: str | None) -> None:
        if not self._filling:
            self._company_chosen = company_id is not None

    @Slot(object)
    def _deal_chosen(self, deal_id: str | None) -> None:
        if self._filling or deal_id is None:
            return
        contact_id, company_id = default_links(self.db, self.contact_picker.record_id(), deal_id)
        self._filling = True
        try:
            if self.contact_picker.record_id() is None and contact_id:
                self.contact_picker.set_record(contact_id)
                self.contact_name = self.contact_picker.line_edit().text()
            if not self._company_chosen:
                self.company_picker.set_record(company_id)
        finally:
            self._filling = False
        self._update_heading()
        self._refresh_follow_up_placeholder()

    # -- reacting -------------------------------------------------------------------------

    def _channel_changed(self, code: str, set_direction: bool = True) -> None:
        self._update_heading()
        button = self.channel_selector.focus_button()
        if button is not None:
            QWidget.setTabOrder(button, self.contact_picker.line_edit())
        if set_direction:
            default = Direction.INBOUND if code in INBOUND_CHANNELS else Direction.OUTBOUND
            self.direction_combo.setCurrentIndex(self.direction_combo.findData(default.value))
        # A note is written by us, to ourselves: it has no direction.
        is_note = code == Channel.NOTE.value
        self.form.setRowVisible(self.direction_label, not is_note)
        self.direction_combo.setEnabled(not is_note)
        error = self.errors["direction"]
        error.setVisible(not is_note and bool(error.text()))  # showing a row shows it all
        timed = code in TIMED_CHANNELS
        self.duration_label.setVisible(timed)
        self.duration_spin.setVisible(timed)
        self._refresh_follow_up_placeholder()

    def _titles(self) -> dict[str, str]:
        return {
            "phone": self.tr("Log a call"),
            "email": self.tr("Log an e-mail"),
            "meeting": self.tr("Log a meeting"),
            "visit": self.tr("Log a visit"),
            "letter": self.tr("Log a letter"),
            "sms": self.tr("Log a text message"),
            "web": self.tr("Log a web contact"),
            "social": self.tr("Log a social media contact"),
            "note": self.tr("Add a note"),
        }

    @Slot()
    def _update_heading(self, *_args: object) -> None:
        code = self.channel()
        if self.interaction_id is not None:
            title = self.tr("Edit interaction")
        else:
            title = self._titles().get(code, self.tr("Log an interaction"))
        name = self.contact_picker.line_edit().text() if self.contact_picker.record_id() else ""
        name = name or self.contact_name
        self.heading.setText(f"{fmt.channel_glyph(code)}  {title}" + (f" — {name}" if name else ""))
        self.setWindowTitle(title)

    @Slot()
    def _scale_changed(self) -> None:
        scale = int(self.scale_combo.currentData())
        value = self.satisfaction_spin.value()
        self.satisfaction_spin.setRange(1 if scale == 5 else 0, scale)
        if scale == 5 and value > 5:
            self.satisfaction_spin.setValue(max(1, round(value / 2)))

    @Slot()
    def _complaint_changed(self, *_args: object) -> None:
        complaint = self.complaint_check.isChecked()
        resolved = complaint and self.status_combo.currentData() == ComplaintStatus.RESOLVED.value
        self.status_combo.setVisible(complaint)
        self.resolved_label.setVisible(resolved)
        self.resolved_edit.setVisible(resolved)
        if resolved:
            self.outcome_label.setText(self.tr("&Resolution:"))
            self.outcome_edit.setPlaceholderText(self.tr("How the complaint was resolved"))
        else:
            self.outcome_label.setText(self.tr("&Outcome:"))
            self.outcome_edit.setPlaceholderText(self.tr("e.g. Quote to send, call back in March"))

    @Slot(bool)
    def _follow_up_toggled(self, checked: bool) -> None:
        self._refresh_follow_up_placeholder()
        if checked:
            self.follow_up_days.setFocus()
            self.follow_up_days.selectAll()

    def _follow_up_default(self) -> str:
        name = self.contact_picker.line_edit().text() if self.contact_picker.record_id() else ""
        if name:
            return self.tr("Call back {name}").replace("{name}", name)
        subject = " ".join(self.subject_edit.text().split())
        if subject:
            return self.tr("Follow up: {subject}").replace("{subject}", subject)
        return self.tr("Call back")

    def _refresh_follow_up_placeholder(self) -> None:
        self.follow_up_title.setPlaceholderText(self._follow_up_default())

    @Slot()
    def _set_now(self) -> None:
        self.when_edit.setDateTime(QDateTime.currentDateTime())

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def _show_errors(self, fields: dict[str, str]) -> None:
        first: QWidget | None = None
        for name in sorted(fields, key=lambda n: FIELDS.index(n) if n in FIELDS else len(FIELDS)):
            label = self.errors.get(name) or self.general_error
            text = error_text(fields[name])
            if label.isVisible() and label.text():
                text = f"{label.text()}\n{text}"
            label.setText(text)
            label.show()
            if first is None:
                first = self._field_widget(name)
        if first is not None:
            first.setFocus()

    def _field_widget(self, name: str) -> QWidget | None:
        return {
            "contact_id": self.contact_picker,
            "company_id": self.company_picker,
            "deal_id": self.deal_picker,
            "channel": self.channel_selector,
            "direction": self.direction_combo,
            "occurred_at": self.when_edit,
            "duration_minutes": self.duration_spin,
            "subject": self.subject_edit,
            "body": self.body_edit,
            "outcome": self.outcome_edit,
            "satisfaction_score": self.satisfaction_spin,
            "complaint_status": self.status_combo,
            "resolved_at": self.resolved_edit,
            "follow_up_days": self.follow_up_days,
            "title": self.follow_up_title,
        }.get(name)

    @staticmethod
    def _date_time_format() -> str:
        """The locale's date and time, with a four-digit year ("31/12/2025 14:05")."""
        pattern = QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "yyyy")
        return pattern

    @staticmethod
    def _native(sequence: str) -> str:
        return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class ResolveComplaintDialog(QDialog):
    """Asks how and when a complaint was resolved; ``saved(interaction_id)`` once stored."""

    saved = Signal(str)

    def __init__(self, db: Database, interaction_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.interaction_id = interaction_id
        self.setObjectName("resolveComplaintDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Resolve complaint"))
        self.setMinimumWidth(480)
        entry = get_entry(db, interaction_id)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        subject = entry.subject or fmt.channel_label(entry.channel)
        who = entry.contact_name or entry.company_name
        self.heading.setText(f"\u26a0  {subject}" + (f" — {who}" if who else ""))
        since = QLabel(
            self.tr("Complaint of {date}").replace("{date}", fmt.datetime_text(entry.occurred_at)),
            self,
        )
        since.setProperty("muted", True)
        self.resolution_edit = QLineEdit(self)
        self.resolution_edit.setObjectName("resolution")
        self.resolution_edit.setMaxLength(300)
        self.resolution_edit.setClearButtonEnabled(True)
        self.resolution_edit.setPlaceholderText(
            self.tr("e.g. Replaced the product, credit note of 20 €")
        )
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when_edit.setObjectName("resolvedAt")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(InteractionDialog._date_time_format())
        self.error = QLabel(self)
        self.error.setObjectName("resolveError")
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        resolution_label = QLabel(self.tr("&How was it resolved?"), self)
        resolution_label.setBuddy(self.resolution_edit)
        when_label = QLabel(self.tr("Resolved &on:"), self)
        when_label.setBuddy(self.when_edit)
        form.addRow(resolution_label, self.resolution_edit)
        form.addRow(when_label, self.when_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Resolve"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(since)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resolution_edit.setFocus()

    @property
    def resolve_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    @Slot()
    def save(self) -> None:
        self.error.hide()
        try:
            resolve_complaint(
                self.db,
                self.interaction_id,
                self.resolution_edit.text(),
                fmt.from_qdatetime(self.when_edit.dateTime()),
            )
        except ValidationError as error:
            self.error.setText("\n".join(error_text(t) for t in error.fields.values()))
            self.error.show()
            return
        except UserError as error:
            self.error.setText(error_text(error.template, error.params))
            self.error.show()
            return
        self.saved.emit(self.interaction_id)
        self.accept()


__all__ = [
    "CHANNEL_COLORS",
    "ChannelSelector",
    "InteractionDialog",
    "ResolveComplaintDialog",
    "app_icon",
    "channel_icon",
    "error_text",
]
