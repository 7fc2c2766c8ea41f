"""The command line: ``comptoir [--db PATH] COMMAND ...``.

Exit codes: 0 success; 1 the world's fault (bad or locked file, unknown batch…: one line
on stderr, no traceback) or a bug (logged with its traceback, one line of apology naming
the log file); 2 a usage error (argparse). No Qt here: the ``gui`` and ``screenshot``
commands are handed in by ``main.py``, which imports ``ui`` only when they run.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select

from app.analytics.commands import NAMES as ANALYTICS_COMMANDS
from app.analytics.commands import add_commands as add_analytics_commands
from app.analytics.commands import run_command as run_analytics_command
from app.documents import commands as report_commands
from app.errors import UserError
from app.exchange import export_commands, import_commands
from app.history import (
    EXISTS,
    MISSING,
    BatchRecord,
    ChangeRecord,
    NothingToUndoError,
    UndoConflict,
    get_batch,
    list_batches,
    list_changes,
    undo_batch,
)
from app.integrity import CheckReport, check_database
from app.workspace import log_path, open_workspace, setup_logging
from models import ChangeLogEntry, Contact
from models.database import Database, DatabaseError

log = logging.getLogger(__name__)

GuiRunner = Callable[[Path | None], int]
#: (database path, output file, pane, contact id, (width, height)).
ScreenshotRenderer = Callable[[Path | None, Path, str, str | None, tuple[int, int]], None]

DEFAULT_PANE = "contacts"
DEFAULT_SIZE = (1280, 800)
_VALUE_WIDTH = 40


#: Modules adding commands: each has NAMES, add_commands(commands, common) and run_command.
_COMMAND_MODULES = (import_commands, export_commands, report_commands)


class CommandError(UserError):
    """A command cannot do what was asked (the world's fault): one line, exit 1."""


def version() -> str:
    try:
        return metadata.version("comptoir")
    except metadata.PackageNotFoundError:
        return "unknown"


# --- Arguments ---------------------------------------------------------------------------


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0: {text}")
    return value


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, like 1280x800: {text!r}")
    if not (100 <= int(width) <= 10000 and 100 <= int(height) <= 10000):
        raise argparse.ArgumentTypeError(f"each side must be between 100 and 10000: {text}")
    return int(width), int(height)


def build_parser() -> argparse.ArgumentParser:
    # --db is accepted before and after the command: every parser has it, none sets a default
    # (SUPPRESS), so the one given wins wherever it is.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the database file (default: comptoir.db in the data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="comptoir",
        description="Comptoir, the CRM for small businesses. Without a command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"comptoir {version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", parents=[common], help="open the app (the default)")

    demo = commands.add_parser(
        "demo", parents=[common], help="fill the database with realistic demo data"
    )
    demo.add_argument("--contacts", type=_positive, default=300, metavar="N")
    demo.add_argument("--years", type=_positive, default=4, metavar="Y")
    demo.add_argument("--seed", type=int, default=42, metavar="S")

    check = commands.add_parser(
        "check", parents=[common], help="check the database (file, schema, search index)"
    )
    check.add_argument("--json", action="store_true", help="print the report as JSON")

    history = commands.add_parser(
        "history", parents=[common], help="show the change log, newest first"
    )
    history.add_argument("--contact", metavar="ID", help="changes of this contact and its rows")
    history.add_argument("--batch", metavar="ID", help="changes of this batch (or id prefix)")
    history.add_argument("--batches", action="store_true", help="list batches, not changes")
    history.add_argument("--limit", type=_positive, metavar="N", help="at most N lines")
    history.add_argument("--json", action="store_true", help="print JSON")

    undo = commands.add_parser(
        "undo", parents=[common], help="revert a whole batch (see history --batches)"
    )
    undo.add_argument("batch_id", metavar="BATCH_ID", help="the batch id, or its first characters")

    add_analytics_commands(commands, common)
    for module in _COMMAND_MODULES:
        module.add_commands(commands, common)

    screenshot = commands.add_parser(
        "screenshot", parents=[common], help="render a pane of the app to a PNG file"
    )
    screenshot.add_argument("out", type=Path, metavar="OUT.png")
    screenshot.add_argument("--pane", default=DEFAULT_PANE, metavar="NAME")
    screenshot.add_argument(
        "--record",
        "--contact",
        dest="contact",
        metavar="ID",
        help="the contact, company or deal whose file to show",
    )
    screenshot.add_argument(
        "--size", type=_size, default=DEFAULT_SIZE, metavar="WxH", help="default 1280x800"
    )
    return parser


# --- Running -----------------------------------------------------------------------------


def run(
    argv: Sequence[str] | None = None,
    *,
    gui: GuiRunner | None = None,
    screenshot: ScreenshotRenderer | None = None,
) -> int:
    """Parse ``argv`` and run the command; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help and --version (0), usage errors (2)
        return _exit_code(stop)
    if args.command == "history" and args.batches and (args.contact or args.batch):
        try:
            parser.error("history: --batches cannot be combined with --contact or --batch")
        except SystemExit as stop:
            return _exit_code(stop)
    if args.command not in (None, "gui"):  # the app sets its own logging up
        _ensure_logging()
    try:
        return _dispatch(args, gui=gui, screenshot=screenshot)
    except NothingToUndoError as error:
        _print_conflicts(error.conflicts, sys.stdout)
        return _fail(str(error))
    except (DatabaseError, UserError) as error:
        return _fail(str(error))
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            # The reader went away (``comptoir history | head``): not a failure.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 0
        where = f": {error.filename}" if error.filename else ""
        return _fail(f"{error.strerror or error}{where}")
    except KeyboardInterrupt:
        return _fail("Interrupted.")
    except Exception:
        _ensure_logging()
        log.exception("comptoir %s failed", args.command or "gui")
        return _fail(
            f"Sorry, Comptoir ran into an unexpected problem (a bug). "
            f"The details were written to {log_path()}."
        )


def _ensure_logging() -> None:
    """Log to the log file, unless something (the app, an earlier call) already does."""
    target = os.path.abspath(log_path())
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler) and handler.baseFilename == target:
            return
    setup_logging()


def _exit_code(stop: SystemExit) -> int:
    if stop.code is None:
        return 0
    return stop.code if isinstance(stop.code, int) else 2


def _fail(message: str) -> int:
    print(" ".join(message.split()), file=sys.stderr)
    return 1


def _dispatch(
    args: argparse.Namespace, *, gui: GuiRunner | None, screenshot: ScreenshotRenderer | None
) -> int:
    db_path: Path | None = getattr(args, "db", None)
    command = args.command or "gui"
    if command == "gui":
        if gui is None:
            raise CommandError("The app window is not available in this installation.")
        return gui(db_path)
    if command == "screenshot":
        if screenshot is None:
            raise CommandError("Screenshots are not available in this installation.")
        try:
            screenshot(db_path, args.out, args.pane, args.contact, args.size)
        except ValueError as error:  # an unknown pane or a size too small: a usage error
            print(f"comptoir screenshot: error: {error}", file=sys.stderr)
            return 2
        print(f"Wrote {args.out}")
        return 0
    db = open_workspace(db_path)
    try:
        if command == "demo":
            return _demo(db, args)
        if command == "check":
            return _check(db, args)
        if command == "history":
            return _history(db, args)
        if command == "undo":
            return _undo(db, args)
        if command in ANALYTICS_COMMANDS:
            return run_analytics_command(db, args)
        for module in _COMMAND_MODULES:
            if command in module.NAMES:
                return module.run_command(db, args)
    finally:
        db.dispose()
    raise AssertionError(f"unhandled command {command}")


# --- demo --------------------------------------------------------------------------------


class TextProgress:
    """A progress callback drawing a bar on stderr (only when stderr is a terminal).

    It accepts the shapes progress callbacks come in: ``(done, total)``, ``(fraction)``,
    with or without a message, positional or by keyword.
    """

    WIDTH = 30

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty()
        self.drawn = False

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        if not self.enabled:
            return
        numbers = [a for a in (*args, *kwargs.values()) if _is_number(a)]
        texts = [a for a in (*args, *kwargs.values()) if isinstance(a, str)]
        fraction: float | None = None
        if len(numbers) >= 2 and numbers[1]:
            fraction = numbers[0] / numbers[1]
        elif len(numbers) == 1 and 0 <= numbers[0] <= 1 and isinstance(numbers[0], float):
            fraction = numbers[0]
        message = texts[0] if texts else ""
        if fraction is None:
            line = message
        else:
            fraction = min(max(fraction, 0.0), 1.0)
            filled = round(fraction * self.WIDTH)
            bar = "#" * filled + "." * (self.WIDTH - filled)
            line = f"[{bar}] {fraction:4.0%} {message}"
        self.stream.write("\r" + line[:79].ljust(79))
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _demo(db: Database, args: argparse.Namespace) -> int:
    from app.demo import populate

    progress = TextProgress()
    try:
        summary = populate(
            db, contacts=args.contacts, years=args.years, seed=args.seed, progress=progress
        )
    finally:
        progress.close()
    print(f"Demo data added to {db.path}: {describe_summary(summary)}.")
    return 0


def describe_summary(summary: Any) -> str:
    """The counts a summary dataclass (or dict) holds, as "300 contacts, 1,204 orders"."""
    if dataclasses.is_dataclass(summary) and not isinstance(summary, type):
        values = {f.name: getattr(summary, f.name) for f in dataclasses.fields(summary)}
    elif isinstance(summary, dict):
        values = dict(summary)
    else:
        return str(summary)
    parts = [
        f"{value:,} {name.replace('_', ' ')}" for name, value in values.items() if _is_number(value)
    ]
    return ", ".join(parts) if parts else str(summary)


# --- check -------------------------------------------------------------------------------


def _check(db: Database, args: argparse.Namespace) -> int:
    report = check_database(db)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False, default=str))
    else:
        print(format_report(report))
    if not report.ok:
        count = len(report.problems)
        return _fail(f"The check found {count} problem{'s' if count > 1 else ''} in {db.path}.")
    return 0


def format_report(report: CheckReport) -> str:
    lines = [f"Database:     {report.path or '(in memory)'}"]
    if report.file_size is not None:
        wal = f", write-ahead log {_bytes(report.wal_size)}" if report.wal_size else ""
        lines.append(f"Size:         {_bytes(report.file_size)}{wal}")
    lines.append(f"Schema:       revision {report.schema_revision} (expected {report.schema_head})")
    if report.sqlite_integrity:
        state = "ok" if report.sqlite_integrity == ("ok",) else "DAMAGED"
        lines.append(
            f"SQLite:       integrity {state}, "
            f"{len(report.foreign_key_violations)} broken references"
        )
    if report.fts_indexed is not None:
        lines.append(
            f"Search index: {report.fts_indexed:,} entries for {report.fts_expected:,} contacts "
            f"({report.fts_missing:,} missing, {report.fts_stale:,} stale), "
            f"check {report.fts_integrity}"
        )
    lines.append(
        f"Change log:   {report.change_log_entries:,} changes in {report.batches:,} batches"
    )
    lines.append("Rows:")
    for table, count in report.row_counts.items():
        active = report.active_counts.get(table)
        deleted = f" ({count - active:,} deleted)" if active is not None and active != count else ""
        lines.append(f"  {table:<26}{count:>10,}{deleted}")
    if report.ok:
        lines.append("Result:       OK")
    else:
        lines.append("Result:       problems found")
        lines.extend(f"  - {problem}" for problem in report.problems)
    return "\n".join(lines)


def _bytes(size: int | None) -> str:
    value = float(size or 0)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


# --- history -----------------------------------------------------------------------------


def _history(db: Database, args: argparse.Namespace) -> int:
    if args.batches:
        batches = list_batches(db, limit=args.limit or 50)
        if args.json:
            _print_json([dataclasses.asdict(b) for b in batches])
        else:
            for batch in batches:
                print(format_batch(batch))
        return 0
    batch_id = get_batch(db, args.batch).id if args.batch else None
    if args.contact:
        _require_contact(db, args.contact)
    changes = list_changes(db, contact_id=args.contact, batch_id=batch_id, limit=args.limit or 200)
    if args.json:
        _print_json([dataclasses.asdict(change) for change in changes])
    else:
        for line in format_changes(changes):
            print(line)
    return 0


def _require_contact(db: Database, contact_id: str) -> None:
    with db.read() as session:
        if session.get(Contact, contact_id) is not None:
            return
        logged = select(ChangeLogEntry.id).where(
            ChangeLogEntry.entity == "contacts", ChangeLogEntry.entity_id == contact_id
        )
        if session.execute(logged.limit(1)).first() is not None:
            return
    raise CommandError("There is no contact {contact_id} in this database.", contact_id=contact_id)


def _print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False, default=_json_default))


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") if moment else "-"


def format_batch(batch: BatchRecord) -> str:
    state = ""
    if batch.undone_at is not None:
        state = f"  [undone {_local(batch.undone_at)} by {batch.undone_by}]"
    elif batch.undo_of:
        state = f"  [reverts {batch.undo_of}]"
    return (
        f"{batch.id}  {_local(batch.when)}  {batch.kind:<9} {batch.entries:>6} changes  "
        f"{batch.user_name or '-'}  {batch.label}{state}"
    )


def format_changes(changes: Sequence[ChangeRecord]) -> list[str]:
    """Changes grouped under a line naming their batch, in the order given."""
    lines: list[str] = []
    current: str | None = ""
    for change in changes:
        if change.batch_id != current:
            current = change.batch_id
            lines.append(
                f"{_local(change.when)}  {change.user_name or '-'}  "
                f"{change.batch_kind or '?'} “{change.batch_label or ''}”  (batch {current})"
            )
        lines.append(f"    {change.op:<6} {change.entity} {change.entity_id}{_fields(change)}")
    return lines


def _fields(change: ChangeRecord) -> str:
    if change.op == "insert":
        parts = [f"{k}={_value(new)}" for k, (_old, new) in change.changes.items() if k != "id"]
    elif change.op == "update":
        parts = [f"{k}: {_value(old)} → {_value(new)}" for k, (old, new) in change.changes.items()]
    else:
        return ""
    return ": " + ", ".join(parts) if parts else ""


def _value(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= _VALUE_WIDTH else text[: _VALUE_WIDTH - 1] + "…"


# --- undo --------------------------------------------------------------------------------


def _undo(db: Database, args: argparse.Namespace) -> int:
    batch = get_batch(db, args.batch_id)
    result = undo_batch(db, batch.id)
    print(
        f"Undid “{batch.label}” ({batch.id}): {result.reverted} "
        f"change{'s' if result.reverted != 1 else ''} reverted, "
        f"recorded as batch {result.undo_batch_id} “{result.label}”."
    )
    if result.skipped:
        print(
            f"{result.skipped} change{'s were' if result.skipped != 1 else ' was'} already undone."
        )
    _print_conflicts(result.conflicts, sys.stdout)
    return 0


def _print_conflicts(conflicts: Sequence[UndoConflict], stream: TextIO) -> None:
    if not conflicts:
        return
    print(
        f"{len(conflicts)} change{'s' if len(conflicts) != 1 else ''} left as "
        f"{'they are' if len(conflicts) != 1 else 'it is'}:",
        file=stream,
    )
    for conflict in conflicts:
        if conflict.reason == MISSING:
            why = "the row was removed since"
        elif conflict.reason == EXISTS:
            why = "the row exists again" if conflict.field is None else "another row holds it"
        else:
            why = "changed since"
        field = f" {conflict.field}" if conflict.field else ""
        print(f"  {conflict.entity} {conflict.entity_id}{field}: {why}", file=stream)
