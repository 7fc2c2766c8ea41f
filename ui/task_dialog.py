"""The New/Edit task dialog.

Title, due date with an optional time of day (quick choices: today, tomorrow, in 3 days,
next week), priority, owner, the contact / company / deal it is about, a reminder and
notes. Mistakes are shown inline, in red under their field, as the title is left and on
Save. Open it with ``open()`` (never ``exec()``); ``saved(task_id)`` once stored.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import tasks
from app.errors import UserError, ValidationError
from app.tasks import Clock, TaskInput
from models.database import Database
from ui.errors import show_error, translate_template
from ui.formatting import PRIORITY_CODES, datetime_text, priority_label
from ui.i18n import settings
from ui.record_picker import RecordPicker

ERROR_COLOR = "#b42318"
GEOMETRY_KEY = "task_dialog/geometry"
#: The reminder choices: code -> how long before the due moment.
REMINDER_OFFSETS: dict[str, timedelta] = {
    "due": timedelta(0),
    "15m": timedelta(minutes=15),
    "1h": timedelta(hours=1),
    "1d": timedelta(days=1),
}
#: The time of day an all-day task reminds at (its due moment is the end of the day).
ALL_DAY_REMINDER_TIME = time(9, 0)
#: The time a due date gets when "no time" is unticked, when it has none yet.
DEFAULT_TIME = time(9, 0)


def next_week(today: date) -> date:
    """The Monday of next week."""
    return today + timedelta(days=7 - today.weekday())


class TaskDialog(QDialog):
    """Create a task (``task_id`` None) or edit one; emits ``saved(task_id)``.

    For a new task, ``contact_id`` / ``company_id`` / ``deal_id`` / ``interaction_id``
    link it, ``title`` fills the title and ``due_at`` the due date (a ``date`` means "no
    particular time").
    """

    saved = Signal(str)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        task_id: str | None = None,
        contact_id: str | None = None,
        company_id: str | None = None,
        deal_id: str | None = None,
        interaction_id: str | None = None,
        title: str = "",
        due_at: datetime | date | None = None,
        clock: Clock = tasks.SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.task_id = task_id
        self.clock = clock
        self.interaction_id = interaction_id
        self._custom_reminder: datetime | None = None
        self.error_labels: dict[str, QLabel] = {}
        self._build()
        if task_id is not None:
            data = tasks.load_task(db, task_id)
            self.set_input(data)
            self.setWindowTitle(self.tr("Edit task — %1").replace("%1", data.title))
            self.heading.setText(self.tr("Edit task"))
            done_at = tasks.get_row(db, task_id, clock).done_at
            if done_at is not None:
                self.done_label.setText(self.tr("Done on %1").replace("%1", datetime_text(done_at)))
                self.done_label.show()
        else:
            self.set_input(
                TaskInput(
                    title=title,
                    due_at=due_at if due_at is not None else self.clock.today(),  # type: ignore[arg-type]
                    owner_id=db.user_id,
                    contact_id=contact_id,
                    company_id=company_id,
                    deal_id=deal_id,
                    interaction_id=interaction_id,
                )
            )
            self.setWindowTitle(self.tr("New task"))
            self.heading.setText(self.tr("New task"))
        self._restore_geometry()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    # -- building -----------------------------------------------------------------------

    def _error_label(self, key: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"{key}Error")
        label.setStyleSheet(f"color: {ERROR_COLOR};")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        self.error_labels[key] = label
        return label

    def _row(
        self, form: QFormLayout, key: str, text: str, field: QWidget | QHBoxLayout, buddy: QWidget
    ) -> None:
        holder = QVBoxLayout()
        holder.setSpacing(2)
        if isinstance(field, QWidget):
            holder.addWidget(field)
        else:
            holder.addLayout(field)
        holder.addWidget(self._error_label(key))
        label = QLabel(text, self)
        label.setBuddy(buddy)
        form.addRow(label, holder)

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

        self.done_label = QLabel(self)
        self.done_label.setObjectName("doneLabel")
        self.done_label.setStyleSheet("color: #2f855a; font-weight: 600;")
        self.done_label.hide()

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(tasks.MAX_TITLE)
        self.title_edit.setClearButtonEnabled(True)
        self.title_edit.setPlaceholderText(self.tr("e.g. Call back about the quote"))
        self.title_edit.editingFinished.connect(self._check_title)

        # Due: date, time or "no time", "no due date"; quick choices below.
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("dueDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(self._date_format())
        self.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.date_edit.setMaximumDate(QDate(2100, 12, 31))
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("dueTime")
        self.time_edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.no_time_check = QCheckBox(self.tr("No &time"), self)
        self.no_time_check.setObjectName("noTime")
        self.no_time_check.setToolTip(self.tr("Due on that day, at no particular time"))
        self.no_due_check = QCheckBox(self.tr("No d&ue date"), self)
        self.no_due_check.setObjectName("noDueDate")
        self.no_time_check.toggled.connect(self._due_mode_changed)
        self.no_due_check.toggled.connect(self._due_mode_changed)
        due_row = QHBoxLayout()
        due_row.addWidget(self.date_edit, 1)
        due_row.addWidget(self.time_edit)
        due_row.addWidget(self.no_time_check)
        due_row.addWidget(self.no_due_check)

        today = self.clock.today()
        self.quick_buttons: dict[str, QPushButton] = {}
        quick_row = QHBoxLayout()
        quick_row.setSpacing(4)
        for key, text, day in (
            ("today", self.tr("Today"), today),
            ("tomorrow", self.tr("Tomorrow"), today + timedelta(days=1)),
            ("in3days", self.tr("In 3 days"), today + timedelta(days=3)),
            ("nextweek", self.tr("Next week"), next_week(today)),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"quick_{key}")
            button.setAutoDefault(False)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("QPushButton { color: palette(link); padding: 2px 6px; }")
            button.setToolTip(
                QLocale().toString(
                    QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
                )
            )
            button.clicked.connect(lambda _checked=False, d=day: self.set_due_day(d))
            self.quick_buttons[key] = button
            quick_row.addWidget(button)
        quick_row.addStretch(1)
        due_column = QVBoxLayout()
        due_column.setSpacing(0)
        due_column.addLayout(due_row)
        due_column.addLayout(quick_row)

        self.priority_combo = QComboBox(self)
        self.priority_combo.setObjectName("priority")
        for code in PRIORITY_CODES:
            self.priority_combo.addItem(priority_label(code), code)
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("owner")
        for user in tasks.users(self.db):
            self.owner_combo.addItem(user.name, user.id)
        priority_row = QHBoxLayout()
        priority_row.addWidget(self.priority_combo)
        owner_label = QLabel(self.tr("&Owner:"), self)
        owner_label.setBuddy(self.owner_combo)
        priority_row.addSpacing(12)
        priority_row.addWidget(owner_label)
        priority_row.addWidget(self.owner_combo, 1)

        self.contact_picker = RecordPicker(self.db, "contact", self)
        self.company_picker = RecordPicker(self.db, "company", self)
        self.deal_picker = RecordPicker(self.db, "deal", self)

        self.reminder_combo = QComboBox(self)
        self.reminder_combo.setObjectName("reminder")
        self.reminder_combo.addItem(self.tr("No reminder"), "none")
        self.reminder_combo.addItem(self.tr("At the due time"), "due")
        self.reminder_combo.addItem(self.tr("15 minutes before"), "15m")
        self.reminder_combo.addItem(self.tr("1 hour before"), "1h")
        self.reminder_combo.addItem(self.tr("1 day before"), "1d")

        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("What to say, what to bring…"))
        self.notes_edit.setMinimumHeight(80)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._row(form, "title", self.tr("T&itle:"), self.title_edit, self.title_edit)
        self._row(form, "due_at", self.tr("&Due:"), due_column, self.date_edit)
        self._row(form, "priority", self.tr("&Priority:"), priority_row, self.priority_combo)
        self._row(
            form, "contact_id", self.tr("&Contact:"), self.contact_picker, self.contact_picker
        )
        self._row(
            form, "company_id", self.tr("Co&mpany:"), self.company_picker, self.company_picker
        )
        self._row(form, "deal_id", self.tr("De&al:"), self.deal_picker, self.deal_picker)
        self._row(
            form, "reminder_at", self.tr("&Reminder:"), self.reminder_combo, self.reminder_combo
        )
        self._row(form, "notes", self.tr("&Notes:"), self.notes_edit, self.notes_edit)
        # Errors about fields the form does not show (owner, interaction).
        self.general_error = self._error_label("general")

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(
            self.tr("Save (%1)").replace(
                "%1", QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, activated=self.save)

        heading = QHBoxLayout()
        heading.addWidget(self.heading)
        heading.addStretch(1)
        heading.addWidget(self.done_label)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    # -- values -------------------------------------------------------------------------

    def set_input(self, data: TaskInput) -> None:
        self.title_edit.setText(data.title)
        due = data.due_at
        if due is None:
            self.no_due_check.setChecked(True)
            self.no_time_check.setChecked(True)
            self.set_due_day(self.clock.today())
        elif not isinstance(due, datetime):
            self.no_due_check.setChecked(False)
            self.no_time_check.setChecked(True)
            self.set_due_day(due)
        else:
            local = self.clock.local(due)
            self.no_due_check.setChecked(False)
            all_day = tasks.is_all_day(due, self.clock)
            self.no_time_check.setChecked(all_day)
            self.set_due_day(local.date())
            if not all_day:
                self.time_edit.setTime(QTime(local.hour, local.minute))
        if self.no_time_check.isChecked():
            self.time_edit.setTime(QTime(DEFAULT_TIME.hour, DEFAULT_TIME.minute))
        self.priority_combo.setCurrentIndex(max(self.priority_combo.findData(data.priority), 0))
        owner = self.owner_combo.findData(data.owner_id or self.db.user_id)
        self.owner_combo.setCurrentIndex(max(owner, 0))
        self.contact_picker.set_record(data.contact_id)
        self.company_picker.set_record(data.company_id)
        self.deal_picker.set_record(data.deal_id)
        self.interaction_id = data.interaction_id
        self.notes_edit.setPlainText(data.notes)
        self._set_reminder(data.reminder_at)
        self._due_mode_changed()

    def values(self) -> TaskInput:
        """What the form holds, as the service takes it."""
        return TaskInput(
            title=self.title_edit.text(),
            due_at=self.due_at(),
            priority=str(self.priority_combo.currentData()),
            owner_id=self.owner_combo.currentData() or None,
            contact_id=self.contact_picker.record_id(),
            company_id=self.company_picker.record_id(),
            deal_id=self.deal_picker.record_id(),
            interaction_id=self.interaction_id,
            notes=self.notes_edit.toPlainText(),
            reminder_at=self.reminder_at(),
        )

    def due_day(self) -> date:
        qdate = self.date_edit.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def set_due_day(self, day: date) -> None:
        """Due on ``day`` (the time of day, or "no time", is kept)."""
        self.no_due_check.setChecked(False)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def due_at(self) -> datetime | None:
        if self.no_due_check.isChecked():
            return None
        day = self.due_day()
        if self.no_time_check.isChecked():
            return tasks.all_day(day, self.clock)
        qtime = self.time_edit.time()
        return self.clock.at(day, time(qtime.hour(), qtime.minute()))

    def reminder_at(self) -> datetime | None:
        code = self.reminder_combo.currentData()
        if code == "custom":
            return self._custom_reminder
        base = self._reminder_base()
        if code not in REMINDER_OFFSETS or base is None:
            return None
        return base - REMINDER_OFFSETS[code]

    def _reminder_base(self) -> datetime | None:
        """The moment "at the due time" means: 9:00 on the day for an all-day task."""
        if self.no_due_check.isChecked():
            return None
        if self.no_time_check.isChecked():
            return self.clock.at(self.due_day(), ALL_DAY_REMINDER_TIME)
        return self.due_at()

    def _set_reminder(self, reminder: datetime | None) -> None:
        custom = self.reminder_combo.findData("custom")
        if custom >= 0:
            self.reminder_combo.removeItem(custom)
        self._custom_reminder = None
        if reminder is None:
            self.reminder_combo.setCurrentIndex(0)
            return
        base = self._reminder_base()
        for code, offset in REMINDER_OFFSETS.items():
            if base is not None and base - offset == reminder:
                self.reminder_combo.setCurrentIndex(self.reminder_combo.findData(code))
                return
        self._custom_reminder = reminder
        self.reminder_combo.addItem(
            self.tr("On %1").replace("%1", datetime_text(reminder)), "custom"
        )
        self.reminder_combo.setCurrentIndex(self.reminder_combo.count() - 1)

    # -- saving -------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        """Store the task; on bad input, say what is wrong beside each field."""
        self._clear_errors()
        data = self.values()
        errors = tasks.validate(data)
        if errors:
            self._show_errors(errors)
            return
        try:
            if self.task_id is None:
                task_id = tasks.create_task(self.db, data)
            else:
                tasks.update_task(self.db, self.task_id, data)
                task_id = self.task_id
        except ValidationError as error:
            self._show_errors(error.fields)
            return
        except UserError as error:
            self.general_error.setText(translate_template(error.template, error.params))
            self.general_error.show()
            return
        except Exception as error:
            show_error(self, error)
            return
        self._save_geometry()
        self.saved.emit(task_id)
        self.accept()

    def reject(self) -> None:
        self._save_geometry()
        super().reject()

    # -- internals ----------------------------------------------------------------------

    @Slot()
    def _due_mode_changed(self) -> None:
        no_due = self.no_due_check.isChecked()
        self.date_edit.setEnabled(not no_due)
        self.no_time_check.setEnabled(not no_due)
        self.time_edit.setEnabled(not no_due and not self.no_time_check.isChecked())
        self.time_edit.setVisible(not self.no_time_check.isChecked())
        self.reminder_combo.setEnabled(not no_due or self._custom_reminder is not None)
        at_due = self.reminder_combo.findData("due")
        if at_due >= 0:
            text = (
                self.tr("On the day, at 9:00")
                if self.no_time_check.isChecked()
                else self.tr("At the due time")
            )
            self.reminder_combo.setItemText(at_due, text)

    @Slot()
    def _check_title(self) -> None:
        message = tasks.validate(TaskInput(title=self.title_edit.text())).get("title")
        label = self.error_labels["title"]
        if message and self.title_edit.text():
            label.setText(translate_template(message))
            label.show()
        elif not message:
            label.clear()
            label.hide()

    def _clear_errors(self) -> None:
        for label in self.error_labels.values():
            label.clear()
            label.hide()

    def _show_errors(self, fields: dict[str, str]) -> None:
        first: QWidget | None = None
        for name, template in fields.items():
            label = self.error_labels.get(name, self.general_error)
            label.setText(translate_template(template))
            label.show()
            if first is None:
                first = self._field_widget(name)
        if first is not None:
            first.setFocus()

    def _field_widget(self, name: str) -> QWidget | None:
        return {
            "title": self.title_edit,
            "due_at": self.date_edit,
            "priority": self.priority_combo,
            "owner_id": self.owner_combo,
            "contact_id": self.contact_picker,
            "company_id": self.company_picker,
            "deal_id": self.deal_picker,
            "reminder_at": self.reminder_combo,
            "notes": self.notes_edit,
        }.get(name)

    @staticmethod
    def _date_format() -> str:
        pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "yyyy")
        return f"ddd {pattern}"

    def _restore_geometry(self) -> None:
        geometry = settings().value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]

    def _save_geometry(self) -> None:
        settings().setValue(GEOMETRY_KEY, self.saveGeometry())


__all__ = ["TaskDialog", "next_week"]
