"""Tasks to an iCalendar (.ics) file that calendar programs read (RFC 5545).

Two shapes, the user's choice:

- **events** (the default): one VEVENT per task with a due date — 30 minutes at the due
  time, or the whole day when the task has no particular time. Every calendar program
  shows events (Google Calendar and Outlook ignore to-dos when importing). Tasks without
  a due date cannot be placed and are left out (and counted).
- **to-dos**: one VTODO per task, with DUE, PRIORITY, STATUS and COMPLETED, for programs
  with a task list (Thunderbird, Apple Reminders, Evolution…).

The UID of each entry is "<task id>@comptoir", so importing the file again updates the
entries instead of duplicating them. The ``icalendar`` library does the escaping
(commas, semicolons, new lines), the folding of long lines and the UTF-8 encoding.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event, Todo

from app import tasks
from app.errors import QT_TRANSLATE_NOOP, UserError
from app.tasks import SYSTEM_CLOCK, Clock, TaskQuery, TaskRow
from models import utcnow
from models.database import Database

PRODID = "-//Comptoir//Comptoir CRM//FR"
UID_DOMAIN = "comptoir"
EVENT_MINUTES = 30
#: The moment an all-day task's reminder is relative to (as in the task dialog).
REMINDER_TIME = time(9, 0)
#: RFC 5545 priorities: 1 is the highest, 9 the lowest, 0 undefined.
PRIORITIES = {"high": 1, "normal": 5, "low": 9}
#: The English labels of the description lines; the GUI passes translated ones.
DEFAULT_LABELS: Mapping[str, str] = {
    "contact": "Contact",
    "company": "Company",
    "deal": "Deal",
    "owner": "Owner",
    "calendar": "Comptoir tasks",
}
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "The file {path} cannot be written ({detail}).")
_PAGE = 500


@dataclass(frozen=True)
class ExportResult:
    path: str
    #: Entries written to the file.
    written: int
    #: Tasks left out because an event needs a due date.
    without_due: int


def uid(task_id: str) -> str:
    return f"{task_id}@{UID_DOMAIN}"


def description(row: TaskRow, labels: Mapping[str, str] = DEFAULT_LABELS) -> str:
    """The notes, then who and what the task is about, one per line."""
    lines = [row.notes.strip()] if row.notes.strip() else []
    links = [
        (labels.get("contact", "Contact"), row.contact),
        (labels.get("company", "Company"), row.company),
        (labels.get("deal", "Deal"), row.deal),
        (labels.get("owner", "Owner"), row.owner),
    ]
    details = [f"{label}: {value}" for label, value in links if value]
    if lines and details:
        lines.append("")
    return "\n".join([*lines, *details])


def _alarm(row: TaskRow, start: datetime | None) -> Alarm | None:
    if row.reminder_at is None:
        return None
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", row.title)
    if start is not None and row.reminder_at <= start:
        # Relative to the start: what most calendar programs handle best.
        alarm.add("trigger", row.reminder_at - start)
    else:
        alarm.add("trigger", row.reminder_at.astimezone(UTC))
    return alarm


def _common(
    component: Todo | Event, row: TaskRow, stamp: datetime, text: str, summary: str
) -> None:
    component.add("uid", uid(row.id))
    component.add("dtstamp", stamp)
    component.add("last-modified", row.updated_at.astimezone(UTC).replace(microsecond=0))
    component.add("summary", summary)
    if text:
        component.add("description", text)
    component.add("priority", PRIORITIES.get(row.priority, 0))
    component.add("categories", ["Comptoir"])


def todo(
    row: TaskRow,
    stamp: datetime,
    clock: Clock = SYSTEM_CLOCK,
    labels: Mapping[str, str] = DEFAULT_LABELS,
) -> Todo:
    item = Todo()
    _common(item, row, stamp, description(row, labels), row.title)
    start: datetime | None = None
    if row.due_at is not None:
        if row.all_day:
            item.add("due", clock.local(row.due_at).date())
            start = clock.at(clock.local(row.due_at).date(), REMINDER_TIME)
        else:
            item.add("due", row.due_at.astimezone(UTC).replace(microsecond=0))
            start = row.due_at
    if row.done_at is not None:
        item.add("status", "COMPLETED")
        item.add("completed", row.done_at.astimezone(UTC).replace(microsecond=0))
        item.add("percent-complete", 100)
    else:
        item.add("status", "NEEDS-ACTION")
    alarm = _alarm(row, start)
    if alarm is not None:
        item.add_component(alarm)
    return item


def event(
    row: TaskRow,
    stamp: datetime,
    clock: Clock = SYSTEM_CLOCK,
    labels: Mapping[str, str] = DEFAULT_LABELS,
) -> Event | None:
    """The task as an event at its due time (None without a due date)."""
    if row.due_at is None:
        return None
    item = Event()
    title = f"\u2713 {row.title}" if row.done_at is not None else row.title
    _common(item, row, stamp, description(row, labels), title)
    start: datetime
    if row.all_day:
        day: date = clock.local(row.due_at).date()
        item.add("dtstart", day)
        item.add("dtend", day + timedelta(days=1))
        start = clock.at(day, REMINDER_TIME)
    else:
        start = row.due_at.astimezone(UTC).replace(microsecond=0)
        item.add("dtstart", start)
        item.add("dtend", start + timedelta(minutes=EVENT_MINUTES))
    # A task does not make its owner busy.
    item.add("transp", "TRANSPARENT")
    item.add("status", "CONFIRMED")
    alarm = _alarm(row, start)
    if alarm is not None:
        item.add_component(alarm)
    return item


def calendar_bytes(
    db: Database,
    source: TaskQuery | Sequence[str],
    *,
    as_events: bool = True,
    clock: Clock = SYSTEM_CLOCK,
    labels: Mapping[str, str] = DEFAULT_LABELS,
    progress: Callable[..., None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> tuple[bytes, int, int]:
    """The .ics file's content, the entries written and the tasks left out."""
    ids = tasks.search_ids(db, source, clock) if isinstance(source, TaskQuery) else list(source)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", labels.get("calendar", DEFAULT_LABELS["calendar"]))
    stamp = utcnow().replace(microsecond=0)
    written = without_due = 0
    # Each entry is serialised as it is made, so progress and Cancel follow the real work.
    entries: list[bytes] = []
    for start in range(0, len(ids), _PAGE):
        if cancel is not None and cancel():
            break
        for row in tasks.rows(db, ids[start : start + _PAGE], clock):
            component = (
                event(row, stamp, clock, labels) if as_events else todo(row, stamp, clock, labels)
            )
            if component is None:
                without_due += 1
                continue
            entries.append(component.to_ical())
            written += 1
        if progress is not None:
            progress(min(start + _PAGE, len(ids)), len(ids), "")
    head, end, tail = cal.to_ical().rpartition(b"END:VCALENDAR")
    return head + b"".join(entries) + end + tail, written, without_due


def export_tasks(
    db: Database,
    path: Path | str,
    source: TaskQuery | Sequence[str],
    *,
    as_events: bool = True,
    clock: Clock = SYSTEM_CLOCK,
    labels: Mapping[str, str] = DEFAULT_LABELS,
    progress: Callable[..., None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the tasks of ``source`` (a query, or task ids in order) to an .ics file.

    The file is replaced whole or not at all (nothing is written when cancelled);
    UserError when it cannot be written.
    """
    content, written, without_due = calendar_bytes(
        db,
        source,
        as_events=as_events,
        clock=clock,
        labels=labels,
        progress=progress,
        cancel=cancel,
    )
    target = Path(path)
    if cancel is not None and cancel():
        return ExportResult(str(target), 0, 0)  # cancelled: the file is left as it was
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise UserError(
            MSG_CANNOT_WRITE, path=str(target), detail=error.strerror or str(error)
        ) from error
    return ExportResult(str(target), written, without_due)


__all__ = [
    "DEFAULT_LABELS",
    "ExportResult",
    "PRIORITIES",
    "calendar_bytes",
    "description",
    "event",
    "export_tasks",
    "todo",
    "uid",
]
