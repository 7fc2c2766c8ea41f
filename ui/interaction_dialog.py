"""Logging one interaction with a contact: a call, an e-mail, a meeting, a visit, a note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.interactions import InteractionInput, log_interaction
from models.database import Database
from models.enums import Channel, Direction
from ui import formatting as fmt

#: The fields the service validates, in the order they appear in the form.
FIELDS = ("channel", "direction", "occurred_at", "subject", "body", "outcome", "satisfaction_score")
#: Channels where the customer usually comes to us.
INBOUND_CHANNELS = frozenset({Channel.VISIT.value, Channel.WEB.value})
ERROR_COLOR = "#b42318"


def error_text(template: str, params: dict[str, object] | None = None) -> str:
    """A message template from app/ in the user's language."""
    text = QCoreApplication.translate("errors", template)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text


class InteractionDialog(QDialog):
    """The form that logs an interaction; ``saved(interaction_id)`` once it is stored.

    Open it with ``open()`` (never ``exec()``): it is window-modal and never blocks.
    """

    saved = Signal(str)

    def __init__(
        self,
        db: Database,
        contact_id: str | None,
        channel: str = Channel.PHONE.value,
        parent: QWidget | None = None,
        *,
        contact_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.contact_id = contact_id
        self.contact_name = contact_name
        self.setObjectName("interactionDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(520)

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        self.channel_combo = QComboBox(self)
        for code in fmt.CHANNEL_CODES:
            self.channel_combo.addItem(
                f"{fmt.channel_glyph(code)}  {fmt.channel_label(code)}", code
            )
        self.direction_combo = QComboBox(self)
        self.direction_combo.addItem(
            self.tr("Outbound (we contacted them)"), Direction.OUTBOUND.value
        )
        self.direction_combo.addItem(
            self.tr("Inbound (they contacted us)"), Direction.INBOUND.value
        )
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(self._date_time_format())
        self.now_button = QLabel(f'<a href="#now">{self.tr("Now")}</a>', self)
        self.now_button.setToolTip(self.tr("Set the date and time to now"))
        self.now_button.linkActivated.connect(self._set_now)
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setMaxLength(300)
        self.subject_edit.setClearButtonEnabled(True)
        self.subject_edit.setPlaceholderText(self.tr("What was it about, in a few words"))
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setPlaceholderText(self.tr("What was said, what was agreed…"))
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(110)
        self.outcome_edit = QLineEdit(self)
        self.outcome_edit.setMaxLength(300)
        self.outcome_edit.setPlaceholderText(self.tr("e.g. Quote to send, call back in March"))
        self.satisfaction_check = QCheckBox(self.tr("Satisfaction given:"), self)
        self.satisfaction_spin = QSpinBox(self)
        self.satisfaction_spin.setRange(0, 10)
        self.satisfaction_spin.setValue(8)
        self.satisfaction_spin.setSuffix(self.tr(" / 10"))
        self.satisfaction_spin.setEnabled(False)
        self.satisfaction_check.toggled.connect(self.satisfaction_spin.setEnabled)
        self.complaint_check = QCheckBox(self.tr("This is a complaint"), self)
        self.complaint_check.setToolTip(self.tr("Complaints are followed until they are resolved"))

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_edit, 1)
        when_row.addWidget(self.now_button)
        score_row = QHBoxLayout()
        score_row.addWidget(self.satisfaction_check)
        score_row.addWidget(self.satisfaction_spin)
        score_row.addStretch(1)
        rows: list[tuple[str, str, QWidget | QHBoxLayout]] = [
            ("channel", self.tr("&Channel:"), self.channel_combo),
            ("direction", self.tr("&Direction:"), self.direction_combo),
            ("occurred_at", self.tr("&When:"), when_row),
            ("subject", self.tr("&Subject:"), self.subject_edit),
            ("body", self.tr("&Notes:"), self.body_edit),
            ("outcome", self.tr("&Outcome:"), self.outcome_edit),
            ("satisfaction_score", "", score_row),
        ]
        for name, label_text, field in rows:
            column = QVBoxLayout()
            column.setSpacing(2)
            if isinstance(field, QWidget):
                column.addWidget(field)
            else:
                column.addLayout(field)
            error = QLabel(self)
            error.setObjectName(f"{name}Error")
            error.setStyleSheet(f"color: {ERROR_COLOR};")
            error.setWordWrap(True)
            error.setTextFormat(Qt.TextFormat.PlainText)
            error.hide()
            column.addWidget(error)
            self.errors[name] = error
            if label_text:
                label = QLabel(label_text, self)
                buddy = field if isinstance(field, QWidget) else self.when_edit
                label.setBuddy(buddy)
                form.addRow(label, column)
            else:
                form.addRow("", column)
        form.addRow("", self.complaint_check)

        self.general_error = QLabel(self)
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.general_error.setWordWrap(True)
        self.general_error.setTextFormat(Qt.TextFormat.PlainText)
        self.general_error.hide()

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

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.channel_combo.currentIndexChanged.connect(self._channel_changed)
        self.set_channel(channel)
        self.subject_edit.setFocus()

    # -- public -----------------------------------------------------------------------

    @property
    def save_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def channel(self) -> str:
        return str(self.channel_combo.currentData())

    def set_channel(self, code: str) -> None:
        index = self.channel_combo.findData(code)
        self.channel_combo.setCurrentIndex(max(index, 0))
        self._channel_changed()

    def values(self) -> InteractionInput:
        """What the form holds, as the service takes it."""
        return InteractionInput(
            contact_id=self.contact_id,
            channel=self.channel(),
            direction=str(self.direction_combo.currentData()),
            subject=self.subject_edit.text(),
            body=self.body_edit.toPlainText(),
            outcome=self.outcome_edit.text(),
            occurred_at=fmt.from_qdatetime(self.when_edit.dateTime()),
            satisfaction_score=(
                self.satisfaction_spin.value() if self.satisfaction_check.isChecked() else None
            ),
            is_complaint=self.complaint_check.isChecked(),
        )

    @Slot()
    def save(self) -> None:
        """Store the interaction; on bad input, say what is wrong beside each field."""
        self._clear_errors()
        try:
            interaction_id = log_interaction(self.db, self.values())
        except ValidationError as error:
            self._show_errors(error.fields)
            return
        except UserError as error:
            self.general_error.setText(error_text(error.template, error.params))
            self.general_error.show()
            return
        self.saved.emit(interaction_id)
        self.accept()

    # -- internals --------------------------------------------------------------------

    def _channel_changed(self) -> None:
        code = self.channel()
        titles = {
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
        title = titles.get(code, self.tr("Log an interaction"))
        self.heading.setText(
            f"{fmt.channel_glyph(code)}  {title}"
            + (f" — {self.contact_name}" if self.contact_name else "")
        )
        self.setWindowTitle(title)
        default = Direction.INBOUND if code in INBOUND_CHANNELS else Direction.OUTBOUND
        self.direction_combo.setCurrentIndex(self.direction_combo.findData(default.value))
        # A note is written by us, to ourselves: it has no direction.
        self.direction_combo.setEnabled(code != Channel.NOTE.value)

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
        for name, template in fields.items():
            label = self.errors.get(name)
            if label is None:
                label = self.general_error
            label.setText(error_text(template))
            label.show()
            if first is None:
                first = self._field_widget(name)
        if first is not None:
            first.setFocus()

    def _field_widget(self, name: str) -> QWidget | None:
        return {
            "channel": self.channel_combo,
            "direction": self.direction_combo,
            "occurred_at": self.when_edit,
            "subject": self.subject_edit,
            "body": self.body_edit,
            "outcome": self.outcome_edit,
            "satisfaction_score": self.satisfaction_spin,
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


__all__ = ["InteractionDialog", "error_text"]
