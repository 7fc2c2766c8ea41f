"""Reminders while the app runs: a small card ("toast") when a task falls due.

:class:`ReminderService` checks every ``INTERVAL_MS`` (and right at start) for open tasks
that fell due since the last check — at their ``reminder_at`` when set, else at their
``due_at`` (see ``app.tasks.due_between``). Each shows a :class:`ReminderToast` in the
bottom-right corner of the main window, with the task, whom it is about, when it is due
and the buttons Open, Done and Snooze; the system tray shows the message too when there
is one. Tasks already overdue when the app starts make one summary card rather than one
each. The clock is injectable and :meth:`ReminderService.check_now` can be called
directly, so tests need no waiting.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import tasks
from app.tasks import SYSTEM_CLOCK, Clock, TaskQuery, TaskRow
from models.database import Database
from ui.errors import show_error
from ui.icons import icon
from ui.task_table_model import OVERDUE_COLOR, due_text, task_icon, when_text

#: How often the service looks for tasks falling due.
INTERVAL_MS = 30_000
#: Snooze choices: code -> delay (None: tomorrow at SNOOZE_MORNING).
SNOOZE_DEFAULT = timedelta(minutes=10)
SNOOZE_MORNING = time(9, 0)
#: More tasks than this falling due at once make one summary card.
MAX_TOASTS = 3
TOAST_WIDTH = 340
MARGIN = 16
SPACING = 8
#: How many titles a summary card lists.
SUMMARY_TITLES = 3


class Notifier(Protocol):
    def showMessage(self, title: str, message: str, *args: Any) -> None: ...


class ReminderToast(QFrame):
    """One card: a task that fell due (``task`` set) or a summary of several."""

    openRequested = Signal(str)
    doneRequested = Signal(str)
    snoozeRequested = Signal(str, object)  # task id, timedelta or None (tomorrow morning)
    linkRequested = Signal(str, str)  # kind, id
    showRequested = Signal(str)  # the Tasks view to show
    dismissed = Signal()
    #: The card is closing (whatever closed it).
    closed = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        task: TaskRow | None = None,
        summary: tuple[str, list[TaskRow], int, str] | None = None,
        overdue: bool = False,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminderToast")
        self.task = task
        self.overdue = overdue
        self.clock = clock
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        if parent is None:
            self.setWindowFlags(
                Qt.WindowType.Tool
                | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint
            )
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setStyleSheet(
            "#reminderToast { background: palette(base); border: 1px solid #c9d2dc;"
            " border-left: 4px solid #2b6cb0; border-radius: 6px; }"
            " #reminderToast[overdue='true'] { border-left-color: OVERDUE; }"
            " #toastHeading { color: palette(mid); }"
            " #toastTitle { font-weight: 600; }".replace("OVERDUE", OVERDUE_COLOR)
        )
        self.setFixedWidth(TOAST_WIDTH)

        self.heading = QLabel(self)
        self.heading.setObjectName("toastHeading")
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("toastClose")
        self.close_button.setText("\u2715")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Later (the task stays in the list)"))
        self.close_button.clicked.connect(self.dismiss)
        glyph = QLabel(self)
        glyph.setPixmap(task_icon("tasks").pixmap(20, 20))
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(glyph)
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("toastTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.about_label = QLabel(self)
        self.about_label.setObjectName("toastAbout")
        self.about_label.setWordWrap(True)
        self.about_label.linkActivated.connect(self._link)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("toastDue")

        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.title_label)
        layout.addWidget(self.about_label)
        layout.addWidget(self.due_label)
        layout.addSpacing(4)
        layout.addLayout(self.buttons)

        self.open_button: QPushButton | None = None
        self.done_button: QPushButton | None = None
        self.snooze_button: QToolButton | None = None
        self.show_button: QPushButton | None = None
        if task is not None:
            self._fill_task(task)
        elif summary is not None:
            self._fill_summary(*summary)
        self.adjustSize()

    # -- content ------------------------------------------------------------------------

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        self.buttons.addWidget(button)
        return button

    def _fill_task(self, task: TaskRow) -> None:
        overdue = self.overdue
        self.setProperty("overdue", "true" if overdue else "false")
        self.heading.setText(self.tr("Reminder") if not overdue else self.tr("Overdue task"))
        self.title_label.setText(task.title)
        self.title_label.setToolTip(task.notes)
        links = []
        for kind, record_id, name in (
            ("contact", task.contact_id, task.contact),
            ("company", task.company_id, task.company),
            ("deal", task.deal_id, task.deal),
        ):
            if record_id and name:
                links.append(f'<a href="{kind}:{record_id}">{_escape(name)}</a>')
        self.about_label.setText(" · ".join(links))
        self.about_label.setVisible(bool(links))
        if task.due_at is not None:
            when = due_text(task, self.clock)
            self.due_label.setText(self.tr("Due %1").replace("%1", when))
            if overdue:
                self.due_label.setStyleSheet(f"color: {OVERDUE_COLOR}; font-weight: 600;")
        else:
            self.due_label.hide()
        self.open_button = self._button("toastOpen", self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the task"))
        self.open_button.clicked.connect(lambda: self._act(self.openRequested.emit, task.id))
        self.done_button = self._button("toastDone", self.tr("Done"))
        self.done_button.setIcon(task_icon("task-done"))
        self.done_button.setToolTip(self.tr("Mark the task as done"))
        self.done_button.clicked.connect(lambda: self._act(self.doneRequested.emit, task.id))
        self.snooze_button = QToolButton(self)
        self.snooze_button.setObjectName("toastSnooze")
        self.snooze_button.setIcon(task_icon("task-snooze"))
        self.snooze_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.snooze_button.setText(self.tr("Snooze 10 min"))
        self.snooze_button.setToolTip(self.tr("Remind me again in 10 minutes"))
        self.snooze_button.clicked.connect(lambda: self.snooze(SNOOZE_DEFAULT))
        menu = QMenu(self.snooze_button)
        for text, delay in (
            (self.tr("In 10 minutes"), timedelta(minutes=10)),
            (self.tr("In 1 hour"), timedelta(hours=1)),
            (self.tr("In 3 hours"), timedelta(hours=3)),
            (self.tr("Tomorrow morning"), None),
        ):
            action = QAction(text, menu)
            action.triggered.connect(lambda _checked=False, d=delay: self.snooze(d))
            menu.addAction(action)
        self.snooze_button.setMenu(menu)
        self.buttons.addWidget(self.snooze_button)
        self.buttons.addStretch(1)

    def _fill_summary(self, heading: str, rows: list[TaskRow], total: int, view: str) -> None:
        self.setProperty("overdue", "true")
        self.heading.setText(self.tr("Reminder"))
        self.title_label.setText(heading)
        titles = [f"• {_escape(row.title)}" for row in rows[:SUMMARY_TITLES]]
        more = total - min(len(rows), SUMMARY_TITLES)
        if more > 0:
            titles.append(self.tr("and %n more…", "", more))
        self.about_label.setText("<br>".join(titles))
        self.due_label.hide()
        self.show_button = self._button("toastShow", self.tr("Show the tasks"))
        self.show_button.setIcon(task_icon("tasks"))
        self.show_button.clicked.connect(lambda: self._act(self.showRequested.emit, view))
        later = self._button("toastLater", self.tr("Later"))
        later.clicked.connect(self.dismiss)
        self.buttons.addStretch(1)

    # -- actions ------------------------------------------------------------------------

    def snooze(self, delay: timedelta | None) -> None:
        if self.task is not None:
            self._act(self.snoozeRequested.emit, self.task.id, delay)

    def _act(self, emit: Any, *args: Any) -> None:
        emit(*args)
        self.close()

    @Slot()
    def dismiss(self) -> None:
        self.dismissed.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

    @Slot(str)
    def _link(self, target: str) -> None:
        kind, _, record_id = target.partition(":")
        if kind and record_id:
            self.linkRequested.emit(kind, record_id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ReminderService(QObject):
    """Watches for tasks falling due and shows them; see the module's notes.

    ``anchor`` is the window whose bottom-right corner the cards stack in (None: the
    screen's). ``tray`` is the system tray icon to notify through too (by default one is
    made when the system has a tray; pass ``False`` for none).
    """

    openTaskRequested = Signal(str)
    openRequested = Signal(str, str)
    #: Show the Tasks pane on this view ("overdue"…).
    showTasksRequested = Signal(str)
    #: A task was written (done, snoozed).
    changed = Signal()
    message = Signal(str)

    def __init__(
        self,
        db: Database,
        anchor: QWidget | None = None,
        *,
        clock: Clock = SYSTEM_CLOCK,
        interval_ms: int = INTERVAL_MS,
        tray: Notifier | bool | None = None,
    ) -> None:
        super().__init__(anchor)
        self.db = db
        self.anchor = anchor
        self.clock = clock
        self._last: datetime | None = None
        self._toasts: list[ReminderToast] = []
        self._last_tray_task: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.tray: Notifier | None
        if tray is None:
            self.tray = self._make_tray()
        else:
            self.tray = tray or None
        if anchor is not None:
            anchor.installEventFilter(self)

    def _make_tray(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(icon("comptoir"), self)
        tray.setToolTip("Comptoir")
        tray.messageClicked.connect(self._tray_clicked)
        tray.show()
        return tray

    # -- public -------------------------------------------------------------------------

    def start(self) -> None:
        """Check now (tasks already overdue make one summary), then every interval."""
        self.check_now()
        self.timer.start()

    def stop(self) -> None:
        """Stop checking and close the cards."""
        self.timer.stop()
        for toast in list(self._toasts):
            if isValid(toast):
                toast.close()
        self._toasts.clear()

    def toasts(self) -> list[ReminderToast]:
        """The cards shown now, newest last."""
        return [t for t in self._toasts if isValid(t) and t.isVisible()]

    @Slot()
    def check_now(self) -> list[str]:
        """Show what fell due since the last check; returns the ids of the tasks shown."""
        now = self.clock.now()
        first = self._last is None
        try:
            if first:
                ids = tasks.due_ids_between(self.db, None, now, self.clock)
                known = set(ids)
                overdue = tasks.search_ids(self.db, TaskQuery(view="overdue"), self.clock)
                ids += [task_id for task_id in overdue if task_id not in known]
            else:
                ids = tasks.due_ids_between(self.db, self._last, now, self.clock)
            shown = ids[:SUMMARY_TITLES] if len(ids) > MAX_TOASTS or first else ids
            rows = tasks.rows(self.db, shown, self.clock)
        except Exception:  # a locked database, say: try again at the next tick
            return []
        self._last = now
        if not ids:
            return []
        if len(ids) > MAX_TOASTS or (first and len(ids) > 1):
            if first:
                heading, view = self.tr("%n overdue task(s)", "", len(ids)), "overdue"
            else:
                heading, view = self.tr("%n task(s) due now", "", len(ids)), "today"
            toast = ReminderToast(
                self.anchor, summary=(heading, rows, len(ids), view), clock=self.clock
            )
            self._show(toast)
            self._notify_tray(heading, "\n".join(r.title for r in rows), None)
        else:
            for row in rows:
                self._show_task(row, overdue=first)
        return ids

    # -- cards --------------------------------------------------------------------------

    def _show_task(self, row: TaskRow, *, overdue: bool = False) -> None:
        for toast in list(self._toasts):
            if toast.task is not None and toast.task.id == row.id:
                toast.close()
        toast = ReminderToast(self.anchor, task=row, overdue=overdue, clock=self.clock)
        toast.openRequested.connect(self.openTaskRequested)
        toast.doneRequested.connect(self.complete)
        toast.snoozeRequested.connect(self.snooze)
        toast.linkRequested.connect(self.openRequested)
        self._show(toast)
        about = " · ".join(n for n in (row.contact, row.company) if n)
        when = due_text(row, self.clock)
        body = "\n".join(
            part
            for part in (about, self.tr("Due %1").replace("%1", when) if row.due_at else "")
            if part
        )
        self._notify_tray(row.title, body, row.id)

    def _show(self, toast: ReminderToast) -> None:
        toast.showRequested.connect(self.showTasksRequested)
        toast.closed.connect(lambda t=toast: self._forget(t))
        self._toasts.append(toast)
        toast.show()
        toast.raise_()
        self._place()
        window = self.anchor.window() if self.anchor is not None else None
        if window is not None:
            QApplication.alert(window)

    def _forget(self, toast: ReminderToast) -> None:
        if toast in self._toasts:
            self._toasts.remove(toast)
        self._place()

    def _place(self) -> None:
        """Stack the cards upwards from the bottom-right corner."""
        self._toasts = [t for t in self._toasts if isValid(t)]
        visible = [t for t in self._toasts if not t.isHidden()]
        if self.anchor is not None:
            area = self.anchor.rect()
        else:
            screen = QApplication.primaryScreen()
            if screen is None:
                return
            area = screen.availableGeometry()
        bottom = area.bottom() + 1 - MARGIN
        for toast in reversed(visible):
            height = toast.heightForWidth(TOAST_WIDTH)
            if height <= 0:
                height = toast.sizeHint().height()
            toast.resize(TOAST_WIDTH, height)
            toast.move(area.right() + 1 - MARGIN - TOAST_WIDTH, bottom - height)
            bottom -= height + SPACING

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.anchor and event.type() == QEvent.Type.Resize and self._toasts:
            self._place()
        return super().eventFilter(watched, event)

    # -- writes -------------------------------------------------------------------------

    @Slot(str)
    def complete(self, task_id: str) -> None:
        try:
            count = tasks.complete_task(self.db, task_id)
        except Exception as error:  # the world's fault or a bug: say so
            show_error(self.anchor, error)
            return
        if count:
            self.changed.emit()
            self.message.emit(self.tr("Task completed — Ctrl+Z to undo"))

    @Slot(str, object)
    def snooze(self, task_id: str, delay: timedelta | None) -> None:
        now = self.clock.now()
        if delay is None:
            until = self.clock.at(self.clock.today() + timedelta(days=1), SNOOZE_MORNING)
        else:
            until = now + delay
        try:
            tasks.snooze_task(self.db, task_id, until)
        except Exception as error:
            show_error(self.anchor, error)
            return
        self.changed.emit()
        self.message.emit(self.tr("Snoozed until %1.").replace("%1", when_text(until, self.clock)))

    # -- tray ---------------------------------------------------------------------------

    def _notify_tray(self, title: str, body: str, task_id: str | None) -> None:
        if self.tray is None:
            return
        self._last_tray_task = task_id
        self.tray.showMessage(title, body or title)

    @Slot()
    def _tray_clicked(self) -> None:
        if self._last_tray_task:
            self.openTaskRequested.emit(self._last_tray_task)
        else:
            self.showTasksRequested.emit("overdue")


__all__ = ["INTERVAL_MS", "ReminderService", "ReminderToast"]
