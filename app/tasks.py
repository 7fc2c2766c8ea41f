"""Tasks and reminders: create, edit, complete and reopen, delete and restore; the views.

A task has a title, an optional due moment, a priority, an owner (a user) and may be
linked to a contact, a company, a deal and the interaction it came from ("call back in 3
days"). Every write is one batch in the change log, so it can be undone.

Times are stored in UTC; the views ("today", "overdue", "upcoming", "done") follow the
user's local calendar day, given by a :class:`Clock` (the system's local time zone by
default; tests give a zone and a fixed "now").

A task due on a day but at no particular time ("all day") is stored at 23:59:59 local time
on that day (:func:`all_day`): it sorts after that day's timed tasks and becomes overdue
once the day is over. :func:`is_all_day` recognises it.

Reminders: a task "falls due" at its ``reminder_at`` when set, else at its ``due_at`` (an
all-day task without a reminder never pops up: the overdue summary covers it); see
:func:`due_between`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from app.validation import MSG_CHOICE, clean_text
from models import Company, Contact, Deal, Interaction, Task, User, fold, utcnow
from models.database import Database, batch_of
from models.enums import BatchKind, TaskPriority

MAX_TITLE = 300
MAX_NOTES = 20000
#: The views of the Tasks pane.
VIEWS = ("today", "overdue", "upcoming", "done", "all")
#: The sort keys (the Tasks table's columns); "" is the view's natural order.
SORT_KEYS = ("done", "title", "due", "priority", "contact", "company", "deal", "owner")
#: The local time of day that marks a task due "all day" (no particular time).
ALL_DAY_TIME = time(23, 59, 59)
PRIORITIES = tuple(p.value for p in TaskPriority)

MSG_TITLE = QT_TRANSLATE_NOOP("errors", "Give the task a title.")
MSG_TITLE_LONG = QT_TRANSLATE_NOOP("errors", "A task title has at most 300 characters.")
MSG_NOTES_LONG = QT_TRANSLATE_NOOP("errors", "This value is too long.")
MSG_NO_CONTACT = QT_TRANSLATE_NOOP("errors", "This contact no longer exists.")
MSG_NO_COMPANY = QT_TRANSLATE_NOOP("errors", "This company no longer exists.")
MSG_NO_DEAL = QT_TRANSLATE_NOOP("errors", "This deal no longer exists.")
MSG_NO_OWNER = QT_TRANSLATE_NOOP("errors", "This user no longer exists.")
MSG_NO_INTERACTION = QT_TRANSLATE_NOOP("errors", "This interaction no longer exists.")
MSG_NO_TASK = QT_TRANSLATE_NOOP("errors", "This task no longer exists.")

_LABEL_TITLE_MAX = 120


# -- time -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Clock:
    """Now, and the user's local time zone (None: the system's local time)."""

    now_fn: Callable[[], datetime] = utcnow
    zone: tzinfo | None = None

    def now(self) -> datetime:
        value = self.now_fn()
        if value.tzinfo is None:
            raise ValueError("the clock must give aware datetimes")
        return value.astimezone(UTC)

    def local(self, moment: datetime) -> datetime:
        """A UTC moment in local time (aware)."""
        return moment.astimezone(self.zone) if self.zone else moment.astimezone()

    def today(self) -> date:
        return self.local(self.now()).date()

    def at(self, day: date, at: time) -> datetime:
        """The UTC moment of a local day and time of day."""
        if self.zone is not None:
            return datetime.combine(day, at, tzinfo=self.zone).astimezone(UTC)
        # A naive datetime is local time to astimezone(), DST included.
        return datetime.combine(day, at).astimezone().astimezone(UTC)

    def day_start(self, day: date) -> datetime:
        return self.at(day, time())


SYSTEM_CLOCK = Clock()


def all_day(day: date, clock: Clock = SYSTEM_CLOCK) -> datetime:
    """The stored due moment of a task due on ``day`` at no particular time."""
    return clock.at(day, ALL_DAY_TIME)


def is_all_day(moment: datetime | None, clock: Clock = SYSTEM_CLOCK) -> bool:
    """Whether a stored due moment means "on that day, no particular time"."""
    if moment is None:
        return False
    local = clock.local(moment)
    return local.time() == ALL_DAY_TIME


def _due(value: datetime | date | None, clock: Clock) -> datetime | None:
    """A due value as stored: a plain date means "all day"."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        return all_day(value, clock)
    if value.tzinfo is None:
        raise ValueError("naive datetime given where a UTC timestamp is required")
    return value.astimezone(UTC)


# -- data -----------------------------------------------------------------------------


@dataclass
class TaskInput:
    """What the new/edit form holds. ``due_at`` may be a ``date`` (due all day)."""

    title: str = ""
    due_at: datetime | None = None
    priority: str = "normal"
    owner_id: str | None = None
    contact_id: str | None = None
    company_id: str | None = None
    deal_id: str | None = None
    interaction_id: str | None = None
    notes: str = ""
    reminder_at: datetime | None = None


@dataclass(frozen=True)
class TaskQuery:
    """A filtered, sorted view of the tasks."""

    view: str = "all"
    text: str = ""
    owner_id: str | None = None
    contact_id: str | None = None
    #: The company's tasks and those of the people who work there.
    company_id: str | None = None
    deal_id: str | None = None
    #: One of SORT_KEYS, or "" for the view's natural order.
    sort: str = ""
    descending: bool = False


@dataclass(frozen=True)
class TaskRow:
    id: str
    title: str
    notes: str
    due_at: datetime | None
    priority: str
    done_at: datetime | None
    reminder_at: datetime | None
    owner_id: str | None
    owner: str
    contact_id: str | None
    contact: str
    company_id: str | None
    company: str
    deal_id: str | None
    deal: str
    interaction_id: str | None
    updated_at: datetime
    #: Due on a day, at no particular time.
    all_day: bool = False
    #: Not done and due before now.
    overdue: bool = False
    #: Due within today (local time).
    due_today: bool = False

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class UserChoice:
    id: str
    name: str


@dataclass(frozen=True)
class ViewCounts:
    today: int = 0
    overdue: int = 0
    upcoming: int = 0
    done: int = 0
    all: int = 0

    def of(self, view: str) -> int:
        return int(getattr(self, view, 0))


# -- validation -----------------------------------------------------------------------


def validate(data: TaskInput) -> dict[str, str]:
    """Field -> message template, for the fields that are wrong whatever the database."""
    errors: dict[str, str] = {}
    title = clean_text(data.title)
    if not title:
        errors["title"] = MSG_TITLE
    elif len(title) > MAX_TITLE:
        errors["title"] = MSG_TITLE_LONG
    if data.priority not in PRIORITIES:
        errors["priority"] = MSG_CHOICE
    if len((data.notes or "").strip()) > MAX_NOTES:
        errors["notes"] = MSG_NOTES_LONG
    return errors


def _check_links(session: Session, data: TaskInput, errors: dict[str, str]) -> None:
    checks: tuple[tuple[str, Any, str | None, str], ...] = (
        ("contact_id", Contact, data.contact_id, MSG_NO_CONTACT),
        ("company_id", Company, data.company_id, MSG_NO_COMPANY),
        ("deal_id", Deal, data.deal_id, MSG_NO_DEAL),
        ("owner_id", User, data.owner_id, MSG_NO_OWNER),
        ("interaction_id", Interaction, data.interaction_id, MSG_NO_INTERACTION),
    )
    for name, model, record_id, message in checks:
        if record_id is None:
            continue
        found = session.scalar(
            select(model.id).where(model.id == record_id, model.deleted_at.is_(None))
        )
        if found is None:
            errors[name] = message


def _clean(session: Session, data: TaskInput) -> dict[str, Any]:
    errors = validate(data)
    _check_links(session, data, errors)
    if errors:
        raise ValidationError(errors)
    reminder = data.reminder_at
    if reminder is not None:
        if reminder.tzinfo is None:
            raise ValueError("naive datetime given where a UTC timestamp is required")
        reminder = reminder.astimezone(UTC)
    return {
        "title": clean_text(data.title),
        "due_at": _due(data.due_at, SYSTEM_CLOCK),
        "priority": data.priority,
        "owner_id": data.owner_id,
        "contact_id": data.contact_id,
        "company_id": data.company_id,
        "deal_id": data.deal_id,
        "interaction_id": data.interaction_id,
        "notes": (data.notes or "").strip() or None,
        "reminder_at": reminder,
    }


def _short(title: str) -> str:
    return title if len(title) <= _LABEL_TITLE_MAX else title[: _LABEL_TITLE_MAX - 1] + "…"


def _label(verb: str, titles: Sequence[str]) -> str:
    if len(titles) == 1:
        return f"{verb} task {_short(titles[0])}"
    return f"{verb} {len(titles)} tasks"


# -- writes ---------------------------------------------------------------------------


def add_task(session: Session, data: TaskInput) -> str:
    """Create a task inside the caller's write batch; returns its id.

    The owner defaults to the user of the batch. A task linked to a deal but to no
    contact or company gets the deal's; one linked to a contact but to no company gets the
    contact's company. Raises ValidationError.
    """
    values = _clean(session, data)
    if values["owner_id"] is None:
        values["owner_id"] = batch_of(session).user_id
    if values["deal_id"] and not (values["contact_id"] and values["company_id"]):
        contact_id, company_id = session.execute(
            select(Deal.contact_id, Deal.company_id).where(Deal.id == values["deal_id"])
        ).one()
        values["contact_id"] = values["contact_id"] or contact_id
        values["company_id"] = values["company_id"] or company_id
    if values["contact_id"] and not values["company_id"]:
        values["company_id"] = session.scalar(
            select(Contact.company_id).where(Contact.id == values["contact_id"])
        )
    task = Task(**values)
    session.add(task)
    session.flush()
    return task.id


def create_task(db: Database, data: TaskInput) -> str:
    """Create a task in its own batch ("New task <title>"); returns its id."""
    title = clean_text(data.title)
    with db.write(BatchKind.CREATE, f"New task {_short(title)}") as session:
        return add_task(session, data)


def _get(session: Session, task_id: str) -> Task:
    task = session.get(Task, task_id)
    if task is None or task.deleted_at is not None:
        raise NotFoundError(MSG_NO_TASK)
    return task


def update_task(db: Database, task_id: str, data: TaskInput) -> None:
    """Change a task's fields ("Edit task <title>"); done/undone is left as it is."""
    title = clean_text(data.title)
    with db.write(BatchKind.EDIT, f"Edit task {_short(title)}") as session:
        task = _get(session, task_id)
        values = _clean(session, data)
        if values["owner_id"] is None:
            values["owner_id"] = task.owner_id or batch_of(session).user_id
        for name, value in values.items():
            if getattr(task, name) != value:
                setattr(task, name, value)


def load_task(db: Database, task_id: str) -> TaskInput:
    """The form values of an existing task, for the edit dialog."""
    with db.read() as session:
        task = _get(session, task_id)
        return TaskInput(
            title=task.title,
            due_at=task.due_at,
            priority=task.priority,
            owner_id=task.owner_id,
            contact_id=task.contact_id,
            company_id=task.company_id,
            deal_id=task.deal_id,
            interaction_id=task.interaction_id,
            notes=task.notes or "",
            reminder_at=task.reminder_at,
        )


def set_done(
    db: Database, task_ids: str | Iterable[str], done: bool = True, *, at: datetime | None = None
) -> int:
    """Complete (or reopen) tasks in one batch; returns how many changed.

    "Complete task <title>" / "Reopen task <title>" ("Complete 3 tasks" for several).
    Tasks already in the wanted state are left alone (no empty batch is kept).
    """
    ids = [task_ids] if isinstance(task_ids, str) else list(task_ids)
    if not ids:
        return 0
    with db.read() as session:
        titles = list(
            session.scalars(
                select(Task.title).where(
                    Task.id.in_(ids),
                    Task.deleted_at.is_(None),
                    Task.done_at.is_(None) if done else Task.done_at.is_not(None),
                )
            )
        )
    if not titles:
        return 0
    label = _label("Complete" if done else "Reopen", titles)
    moment = (at or utcnow()).astimezone(UTC)
    with db.write(BatchKind.EDIT, label) as session:
        tasks = session.scalars(
            select(Task).where(Task.id.in_(ids), Task.deleted_at.is_(None))
        ).all()
        changed = 0
        for task in tasks:
            if done and task.done_at is None:
                task.done_at = moment
                changed += 1
            elif not done and task.done_at is not None:
                task.done_at = None
                changed += 1
        return changed


def complete_task(db: Database, task_id: str) -> int:
    return set_done(db, task_id, True)


def reopen_task(db: Database, task_id: str) -> int:
    return set_done(db, task_id, False)


def delete_tasks(db: Database, task_ids: str | Iterable[str]) -> int:
    """Tombstone tasks ("Delete task <title>"); returns how many."""
    ids = [task_ids] if isinstance(task_ids, str) else list(task_ids)
    return _tombstone(db, ids, delete=True)


def restore_tasks(db: Database, task_ids: str | Iterable[str]) -> int:
    """Bring deleted tasks back ("Restore task <title>"); returns how many."""
    ids = [task_ids] if isinstance(task_ids, str) else list(task_ids)
    return _tombstone(db, ids, delete=False)


def _tombstone(db: Database, ids: list[str], *, delete: bool) -> int:
    if not ids:
        return 0
    wanted = Task.deleted_at.is_(None) if delete else Task.deleted_at.is_not(None)
    with db.read() as session:
        titles = list(session.scalars(select(Task.title).where(Task.id.in_(ids), wanted)))
    if not titles:
        return 0
    kind = BatchKind.DELETE if delete else BatchKind.RESTORE
    label = _label("Delete" if delete else "Restore", titles)
    now = utcnow()
    with db.write(kind, label) as session:
        tasks = session.scalars(select(Task).where(Task.id.in_(ids), wanted)).all()
        for task in tasks:
            task.deleted_at = now if delete else None
        return len(tasks)


def snooze_task(db: Database, task_id: str, until: datetime) -> None:
    """Remind again at ``until`` ("Snooze task <title>")."""
    if until.tzinfo is None:
        raise ValueError("naive datetime given where a UTC timestamp is required")
    with db.read() as session:
        title = _get(session, task_id).title
    with db.write(BatchKind.EDIT, f"Snooze task {_short(title)}") as session:
        _get(session, task_id).reminder_at = until.astimezone(UTC)


# -- views ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Bounds:
    now: datetime
    today_start: datetime
    tomorrow_start: datetime


def _bounds(clock: Clock) -> _Bounds:
    now = clock.now()
    today = clock.local(now).date()
    return _Bounds(now, clock.day_start(today), clock.day_start(today + timedelta(days=1)))


def _view_clause(view: str, bounds: _Bounds) -> Any:
    if view == "today":
        return and_(Task.due_at >= bounds.today_start, Task.due_at < bounds.tomorrow_start)
    if view == "overdue":
        return and_(Task.done_at.is_(None), Task.due_at < bounds.now)
    if view == "upcoming":
        return and_(
            Task.done_at.is_(None),
            or_(Task.due_at >= bounds.tomorrow_start, Task.due_at.is_(None)),
        )
    if view == "done":
        return Task.done_at.is_not(None)
    if view == "all":
        return None
    raise ValueError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")


def _joined(statement: Select[Any], query: TaskQuery) -> Select[Any]:
    """Joins for searching and sorting by linked names."""
    needs = {query.sort} if query.sort else set()
    if query.text.strip():
        needs |= {"contact", "company", "deal"}
    if "contact" in needs:
        statement = statement.outerjoin(Contact, Contact.id == Task.contact_id)
    if "company" in needs:
        statement = statement.outerjoin(Company, Company.id == Task.company_id)
    if "deal" in needs:
        statement = statement.outerjoin(Deal, Deal.id == Task.deal_id)
    if "owner" in needs:
        statement = statement.outerjoin(User, User.id == Task.owner_id)
    return statement


def _filtered(statement: Select[Any], query: TaskQuery) -> Select[Any]:
    statement = _joined(statement, query).where(Task.deleted_at.is_(None))
    if query.owner_id:
        statement = statement.where(Task.owner_id == query.owner_id)
    if query.contact_id:
        statement = statement.where(Task.contact_id == query.contact_id)
    if query.deal_id:
        statement = statement.where(Task.deal_id == query.deal_id)
    if query.company_id:
        people = select(Contact.id).where(Contact.company_id == query.company_id)
        statement = statement.where(
            or_(Task.company_id == query.company_id, Task.contact_id.in_(people))
        )
    typed = clean_text(query.text)
    if typed:
        folded = fold(typed)
        statement = statement.where(
            or_(
                Task.title.icontains(typed, autoescape=True),
                Task.notes.icontains(typed, autoescape=True),
                Contact.sort_name.contains(folded, autoescape=True),
                Company.sort_name.contains(folded, autoescape=True),
                Deal.title.icontains(typed, autoescape=True),
            )
        )
    return statement


_PRIORITY_RANK = case(
    (Task.priority == TaskPriority.HIGH.value, 0),
    (Task.priority == TaskPriority.NORMAL.value, 1),
    else_=2,
)


def _ordering(query: TaskQuery) -> list[Any]:
    due_nulls_last = Task.due_at.is_(None)
    sort = query.sort
    if not sort:
        if query.view == "done":
            return [Task.done_at.desc(), Task.id]
        if query.view in ("today", "all"):
            return [
                Task.done_at.is_not(None),
                due_nulls_last,
                Task.due_at,
                _PRIORITY_RANK,
                Task.title,
                Task.id,
            ]
        return [due_nulls_last, Task.due_at, _PRIORITY_RANK, Task.title, Task.id]
    columns: dict[str, list[Any]] = {
        "done": [Task.done_at.is_not(None), Task.done_at],
        "title": [func.lower(Task.title)],
        "due": [Task.due_at],
        "priority": [_PRIORITY_RANK],
        "contact": [Contact.sort_name],
        "company": [Company.sort_name],
        "deal": [func.lower(Deal.title)],
        "owner": [func.lower(User.name)],
    }
    chosen = columns.get(sort, [Task.due_at])
    ordering = [c.desc() if query.descending else c.asc() for c in chosen]
    if sort == "due":
        ordering.insert(0, due_nulls_last)  # no due date: last, either way
    return [*ordering, due_nulls_last, Task.due_at, Task.title, Task.id]


def search_ids(db: Database, query: TaskQuery, clock: Clock = SYSTEM_CLOCK) -> list[str]:
    """The ids of the tasks in the view, in display order."""
    if query.sort and query.sort not in SORT_KEYS:
        raise ValueError(f"unknown sort {query.sort!r}")
    statement = _filtered(select(Task.id), query)
    clause = _view_clause(query.view, _bounds(clock))
    if clause is not None:
        statement = statement.where(clause)
    with db.read() as session:
        return list(session.scalars(statement.order_by(*_ordering(query))))


def count(db: Database, query: TaskQuery, clock: Clock = SYSTEM_CLOCK) -> int:
    return view_counts(db, query, clock).of(query.view)


def view_counts(db: Database, query: TaskQuery, clock: Clock = SYSTEM_CLOCK) -> ViewCounts:
    """How many tasks each view holds, with the query's other filters (for the tabs).

    "today" counts the open tasks due today (done ones are listed, but not counted).
    """
    bounds = _bounds(clock)
    today = _view_clause("today", bounds)
    sums = [
        func.coalesce(func.sum(case((and_(today, Task.done_at.is_(None)), 1), else_=0)), 0),
        func.coalesce(func.sum(case((_view_clause("overdue", bounds), 1), else_=0)), 0),
        func.coalesce(func.sum(case((_view_clause("upcoming", bounds), 1), else_=0)), 0),
        func.coalesce(func.sum(case((_view_clause("done", bounds), 1), else_=0)), 0),
        func.count(Task.id),
    ]
    unsorted = TaskQuery(
        text=query.text,
        owner_id=query.owner_id,
        contact_id=query.contact_id,
        company_id=query.company_id,
        deal_id=query.deal_id,
    )
    statement = _filtered(select(*sums).select_from(Task), unsorted)
    with db.read() as session:
        values = [int(v or 0) for v in session.execute(statement).one()]
    return ViewCounts(*values)


def rows(db: Database, ids: Sequence[str], clock: Clock = SYSTEM_CLOCK) -> list[TaskRow]:
    """The rows for these ids, in the same order (missing ids are skipped)."""
    if not ids:
        return []
    bounds = _bounds(clock)
    with db.read() as session:
        records = session.execute(
            select(
                Task,
                User.name,
                Contact.first_name,
                Contact.last_name,
                Contact.email,
                Company.name,
                Deal.title,
            )
            .outerjoin(User, User.id == Task.owner_id)
            .outerjoin(Contact, Contact.id == Task.contact_id)
            .outerjoin(Company, Company.id == Task.company_id)
            .outerjoin(Deal, Deal.id == Task.deal_id)
            .where(Task.id.in_(list(ids)))
        ).all()
    by_id = {
        task.id: _row(task, owner, first, last, email, company, deal, bounds, clock)
        for task, owner, first, last, email, company, deal in records
    }
    return [by_id[i] for i in ids if i in by_id]


def get_row(db: Database, task_id: str, clock: Clock = SYSTEM_CLOCK) -> TaskRow:
    found = rows(db, [task_id], clock)
    if not found:
        raise NotFoundError(MSG_NO_TASK)
    return found[0]


def _row(
    task: Task,
    owner: str | None,
    first: str | None,
    last: str | None,
    email: str | None,
    company: str | None,
    deal: str | None,
    bounds: _Bounds,
    clock: Clock,
) -> TaskRow:
    due = task.due_at
    return TaskRow(
        id=task.id,
        title=task.title,
        notes=task.notes or "",
        due_at=due,
        priority=task.priority,
        done_at=task.done_at,
        reminder_at=task.reminder_at,
        owner_id=task.owner_id,
        owner=owner or "",
        contact_id=task.contact_id,
        contact=f"{first or ''} {last or ''}".strip() or (email or ""),
        company_id=task.company_id,
        company=company or "",
        deal_id=task.deal_id,
        deal=deal or "",
        interaction_id=task.interaction_id,
        updated_at=task.updated_at,
        all_day=is_all_day(due, clock),
        overdue=task.done_at is None and due is not None and due < bounds.now,
        due_today=due is not None and bounds.today_start <= due < bounds.tomorrow_start,
    )


# -- reminders ------------------------------------------------------------------------


def due_ids_between(
    db: Database, start: datetime | None, end: datetime, clock: Clock = SYSTEM_CLOCK
) -> list[str]:
    """The ids of the open tasks that fall due in (start, end], soonest first.

    A task falls due at its ``reminder_at`` if set, else at its ``due_at``. With ``start``
    None, every open task that fell due up to ``end``. An all-day task without a reminder
    is left out (it has no moment to pop up at).
    """
    moment = func.coalesce(Task.reminder_at, Task.due_at)
    statement = select(Task.id, Task.due_at, Task.reminder_at).where(
        Task.deleted_at.is_(None), Task.done_at.is_(None), moment <= end.astimezone(UTC)
    )
    if start is not None:
        statement = statement.where(moment > start.astimezone(UTC))
    with db.read() as session:
        found = session.execute(statement.order_by(moment, Task.id)).all()
    return [
        task_id
        for task_id, due, reminder in found
        if reminder is not None or not is_all_day(due, clock)
    ]


def due_between(
    db: Database, start: datetime | None, end: datetime, clock: Clock = SYSTEM_CLOCK
) -> list[TaskRow]:
    """The rows of :func:`due_ids_between`, soonest first."""
    return rows(db, due_ids_between(db, start, end, clock), clock)


def users(db: Database) -> list[UserChoice]:
    """The active users, by name (for the owner choice)."""
    with db.read() as session:
        records = session.execute(
            select(User.id, User.name)
            .where(User.deleted_at.is_(None), User.is_active.is_(True))
            .order_by(func.lower(User.name), User.id)
        ).all()
    return [UserChoice(user_id, name) for user_id, name in records]


__all__ = [
    "ALL_DAY_TIME",
    "PRIORITIES",
    "SORT_KEYS",
    "SYSTEM_CLOCK",
    "VIEWS",
    "Clock",
    "TaskInput",
    "TaskQuery",
    "TaskRow",
    "UserChoice",
    "ViewCounts",
    "add_task",
    "all_day",
    "complete_task",
    "count",
    "create_task",
    "delete_tasks",
    "due_between",
    "due_ids_between",
    "get_row",
    "is_all_day",
    "load_task",
    "reopen_task",
    "restore_tasks",
    "rows",
    "search_ids",
    "set_done",
    "snooze_task",
    "update_task",
    "users",
    "validate",
    "view_counts",
]
