"""Importing rows from a file: validation, duplicates, the diff of updates, one batch.

The wizard and the CLI drive an import with three calls:

- :func:`preview_import` reads the first rows and says, for each, what the import would
  do (create, update, merge, skip or reject, with the reasons) and, for updates, which
  fields of which record change from what to what. Nothing is written.
- :func:`run_import` reads the whole file and applies it in **one** write batch
  (``BatchKind.IMPORT``): all of it is committed or none of it (a crash, a kill, a
  cancel or an unreadable file leave the database as it was). Invalid rows are rejected
  with their reasons while valid rows go in. ``app.history.undo_batch(db,
  summary.batch_id)`` removes the import later. ``dry_run=True`` does everything and
  rolls back, so the counts are exact.
- :func:`write_rejects` saves the rejected rows and their reasons to an ``.xlsx`` file.

Duplicates (``ImportOptions.on_duplicate``), for contacts, companies, products and deals,
matched on the keys of ``match_on`` ("external_ref", "email", "phone"; products also
match on their reference) against the database and against earlier rows of the same
file:

- ``skip``: the existing record is left as it is;
- ``update``: each non-empty value of the file replaces the stored one (empty cells
  never erase anything);
- ``merge``: the file only fills the fields that are empty in the record.

Orders are grouped by their number (one row per order, or one row per line); an order
number already in the database is skipped whatever the policy (an import never
duplicates sales). The amount of a line is quantity × unit price when no amount column
is mapped; a number that looks like a cancellation ("C489434") or a negative total makes
a credit note. A customer reference not yet known creates a contact with that
reference; an unknown product reference creates the product. Interactions already in the
database (same contact, time, channel and subject) are skipped.

Rows are written in bulk (SQLAlchemy Core), with the same change log entries the ORM's
flush hook writes, so the history and the undo see an import like any other batch, and
the full-text indexes are refreshed for the rows written.
"""

from __future__ import annotations

import gc
import itertools
import json
import os
import re
import time
import time as _time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Table,
    TypeDecorator,
    bindparam,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.exchange import values as cv
from app.exchange.mapping import FieldSpec, check_kind, fields, guess_mapping
from app.exchange.sources import Source, cell_text, open_source
from app.validation import MSG_NAME, Phone, clean_email, clean_postcode
from models import (
    Company,
    Contact,
    ContactTag,
    Deal,
    Interaction,
    Order,
    OrderLine,
    Pipeline,
    PipelineStage,
    Product,
    Tag,
    fold,
    utcnow,
)
from models.changelog import UNLOGGED_COLUMNS, jsonable
from models.database import Database, batch_of
from models.enums import (
    BatchKind,
    Channel,
    Civility,
    ContactStatus,
    DealStatus,
    Direction,
    OrderKind,
    StageKind,
)
from models.search_index import INDEXES, reindex
from models.system import Batch, ChangeLogEntry

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

POLICIES = ("skip", "update", "merge")
MATCH_KEYS = ("external_ref", "email", "phone")

#: What the import does with a row.
CREATE, UPDATE, MERGE, SKIP, REJECT = "create", "update", "merge", "skip", "reject"

MSG_CANCELLED = QT_TRANSLATE_NOOP("errors", "The import was cancelled; nothing was changed.")
MSG_POLICY = QT_TRANSLATE_NOOP(
    "errors", "Unknown duplicate policy “{policy}” (expected skip, update or merge)."
)
MSG_NO_COLUMNS = QT_TRANSLATE_NOOP(
    "errors", "No column of the file is mapped to a field: nothing can be imported."
)
MSG_REQUIRED_COLUMN = QT_TRANSLATE_NOOP(
    "errors", "No column is mapped to the required field “{field}”."
)
MSG_NO_PIPELINE = QT_TRANSLATE_NOOP(
    "errors", "There is no sales pipeline to import deals into: create one first."
)
MSG_DUPLICATE_ROW = QT_TRANSLATE_NOOP(
    "errors", "Same {key} as row {row} of the file: the row was skipped."
)
MSG_EXISTS = QT_TRANSLATE_NOOP("errors", "Already in the database ({key}): left as it is.")
MSG_NO_CHANGE = QT_TRANSLATE_NOOP(
    "errors", "Already in the database ({key}), with the same values."
)
MSG_ORDER_EXISTS = QT_TRANSLATE_NOOP(
    "errors", "Order {number} is already in the database: the row was skipped."
)
MSG_INTERACTION_EXISTS = QT_TRANSLATE_NOOP(
    "errors", "This interaction is already in the database: the row was skipped."
)
MSG_NO_CUSTOMER = QT_TRANSLATE_NOOP("errors", "No contact has the reference or e-mail “{value}”.")
MSG_UNKNOWN_STAGE = QT_TRANSLATE_NOOP(
    "errors", "{field}: “{value}” is not a stage of the pipeline (stages: {choices})."
)
MSG_NEED_AMOUNT = QT_TRANSLATE_NOOP(
    "errors", "Give an amount, or a unit price (with a quantity), for each line."
)
MSG_CUSTOMER_FROM_REF = QT_TRANSLATE_NOOP(
    "errors", "New customer {value} created from its reference."
)

_CHUNK = 1000
_CACHE_SIZE = 20_000


class _TimeOrderedIds:
    """Record ids for bulk writes: UUIDs of version 7 (RFC 9562), ordered by time.

    Like ``models.base.new_id`` they are random UUIDs no other device will make (48 random
    bits beside the time and a counter); unlike version 4, the ids one import makes
    follow each other, so the primary keys, the change log and the indexes on ids grow at
    their end instead of being written all over (a 1,000,000-row import otherwise spends
    most of its time moving pages between the disk and SQLite's cache).

    The time part is the millisecond this process made its first id plus one for every
    2**26 ids made since: ids increase with every call (``itertools.count`` is atomic).
    """

    def __init__(self) -> None:
        self._start = time.time_ns() // 1_000_000
        self._count = itertools.count()
        self._prefixes: dict[int, str] = {}

    def __call__(self) -> str:
        n = next(self._count)
        high = n >> 14
        prefix = self._prefixes.get(high)
        if prefix is None:
            millis = (self._start + (n >> 26)) & 0xFFFF_FFFF_FFFF
            h = f"{millis:012x}"
            prefix = f"{h[:8]}-{h[8:]}-7{high & 0xFFF:03x}-"
            if len(self._prefixes) > 64:
                self._prefixes.clear()
            self._prefixes[high] = prefix
        return f"{prefix}{0x8000 | (n & 0x3FFF):04x}-{os.urandom(6).hex()}"


new_id = _TimeOrderedIds()


def _fold(text: str) -> str:
    """``models.fold`` with a fast path for plain ASCII text."""
    if text.isascii():
        return text.casefold().strip()
    return fold(text)


_PROGRESS_EVERY = 500


# --- Public data -----------------------------------------------------------------------------


@dataclass
class ImportOptions:
    kind: str
    #: None: the first visible sheet.
    sheet: str | None = None
    #: 0-based index of the header row; None: detected.
    header_row: int | None = None
    #: Column index -> field name; None: guessed from the headers.
    mapping: dict[int, str] | None = None
    on_duplicate: str = "skip"
    match_on: tuple[str, ...] = MATCH_KEYS


@dataclass(frozen=True)
class RowMessage:
    """Why a row is rejected (or a note about it): a template for the user and its params.

    ``template`` is marked for translation in the context "errors"; the params ``field``
    and ``key``, when present, hold the English label of a field (translate them in the
    context "exchange", like :attr:`FieldSpec.label`); ``field`` (the attribute) names
    the field concerned, when there is one.
    """

    template: str
    params: dict[str, Any] = field(default_factory=dict)
    field: str | None = None

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class PreviewRow:
    #: Row number in the file (1-based, as the spreadsheet shows it).
    row: int
    cells: list[Any]
    #: CREATE, UPDATE, MERGE, SKIP or REJECT.
    status: str
    messages: tuple[RowMessage, ...] = ()


@dataclass(frozen=True)
class FieldChange:
    """One field of an existing record that an update changes."""

    row: int
    record_id: str
    #: A name for the record (the contact's name, the product's reference…).
    record: str
    #: The field name; ``label`` is its English label (context "exchange").
    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class Reject:
    row: int
    reason: str
    cells: list[Any]
    messages: tuple[RowMessage, ...] = ()


@dataclass(frozen=True)
class ImportPreview:
    kind: str
    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[int, str]
    rows: list[PreviewRow]
    changes: list[FieldChange]
    #: Counts over the previewed rows: create, update, merge, skip, reject.
    counts: dict[str, int]
    #: "xlsx", "csv" or "vcf" (what the file really is).
    file_format: str

    @property
    def diffs(self) -> list[FieldChange]:
        """The same as ``changes`` (the name the wizard's contract used)."""
        return self.changes


@dataclass(frozen=True)
class ImportSummary:
    kind: str
    read: int
    created: int
    updated: int
    skipped: int
    rejected: int
    #: The batch of the import (None for a dry run or when nothing was written).
    batch_id: str | None
    rejects: list[Reject]
    headers: list[str]
    mapping: dict[int, str]
    changes: list[FieldChange]
    dry_run: bool = False
    #: Other rows written alongside: {"contacts": n, "products": n, "orders": n, …}.
    extra: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__(MSG_CANCELLED)


class _Rollback(Exception):
    pass


# --- Entry points ----------------------------------------------------------------------------


def preview_import(
    db: Database, path: Path | str, options: ImportOptions, *, limit: int = 200
) -> ImportPreview:
    """What importing the first ``limit`` rows would do. Nothing is written."""
    with open_source(Path(path)) as source:
        plan = _Plan.make(source, options)
        with db.read() as session:
            engine = _ENGINES[plan.kind](session, plan, write=False)
            rows: list[PreviewRow] = []
            for number, cells, outcome in engine.process(_limited(plan.records(), limit)):
                rows.append(PreviewRow(number, cells, outcome.status, tuple(outcome.messages)))
            session.rollback()
        counts = {status: 0 for status in (CREATE, UPDATE, MERGE, SKIP, REJECT)}
        for row in rows:
            counts[row.status] += 1
        return ImportPreview(
            kind=plan.kind,
            sheet=plan.sheet,
            header_row=plan.header_row,
            headers=plan.headers,
            mapping=plan.mapping,
            rows=rows,
            changes=engine.changes,
            counts=counts,
            file_format=source.format,
        )


def run_import(
    db: Database,
    path: Path | str,
    options: ImportOptions,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    dry_run: bool = False,
) -> ImportSummary:
    """Import the whole file in one batch; see the module's documentation.

    Raises ExchangeError (file), UserError (options) or ImportCancelled; in every case
    nothing is written.
    """
    started = _time.perf_counter()
    path = Path(path)
    report = progress or (lambda done, total, message: None)
    stop = cancel or (lambda: False)
    with open_source(path) as source:
        plan = _Plan.make(source, options)
        total = _estimate_rows(source, plan)
        report(0, total, "")
        engine: _Engine | None = None
        batch_id: str | None = None
        counts = {status: 0 for status in (CREATE, UPDATE, MERGE, SKIP, REJECT)}
        rejects: list[Reject] = []
        read = 0
        label = f"Import {plan.kind} from {path.name}"
        try:
            with (
                _no_cyclic_gc(),
                db.write(BatchKind.IMPORT, label[:500], source=path.name[:1000]) as session,
                _big_cache(session, total),
            ):
                engine = _ENGINES[plan.kind](session, plan, write=True)
                for number, cells, outcome in engine.process(plan.records()):
                    read += 1
                    counts[outcome.status] += 1
                    if outcome.status == REJECT:
                        rejects.append(
                            Reject(
                                number, _reason(outcome.messages), cells, tuple(outcome.messages)
                            )
                        )
                    if read % _PROGRESS_EVERY == 0:
                        if stop():
                            raise ImportCancelled()
                        report(read, max(total, read), "")
                if stop():
                    raise ImportCancelled()
                engine.finish()
                batch_id = batch_of(session).batch_id
                written = batch_of(session).entries
                batch = session.get(Batch, batch_id)
                if batch is not None:
                    batch.stats = {
                        "read": read,
                        "created": counts[CREATE],
                        "updated": counts[UPDATE] + counts[MERGE],
                        "skipped": counts[SKIP],
                        "rejected": counts[REJECT],
                        **engine.extra,
                    }
                if dry_run:
                    raise _Rollback()
                if not written:
                    batch_id = None
        except _Rollback:
            batch_id = None
        report(read, max(total, read), "")
    assert engine is not None
    return ImportSummary(
        kind=plan.kind,
        read=read,
        created=counts[CREATE],
        updated=counts[UPDATE] + counts[MERGE],
        skipped=counts[SKIP],
        rejected=counts[REJECT],
        batch_id=batch_id,
        rejects=rejects,
        headers=plan.headers,
        mapping=plan.mapping,
        changes=engine.changes,
        dry_run=dry_run,
        extra=dict(engine.extra),
        seconds=round(_time.perf_counter() - started, 3),
    )


#: SQLite page cache for the import's connection (KiB), small and big imports: the
#: indexes and the change log are updated all along; with the default 2 MB cache a big
#: import spends its time moving the same pages between the disk and the cache.
IMPORT_CACHE_KIB = (32 * 1024, 128 * 1024)
BIG_IMPORT_ROWS = 300_000


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector during the import.

    An import keeps hundreds of thousands of small objects alive (the rows met, their
    keys) and makes millions more: the collector, triggered by every few hundred new
    objects, would scan the living ones over and over (a third of a big import's time)
    for cycles an import does not make. Reference counting still frees everything.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def _big_cache(session: Session, rows: int) -> Iterator[None]:
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    size = IMPORT_CACHE_KIB[rows > BIG_IMPORT_ROWS]
    connection.exec_driver_sql(f"PRAGMA cache_size = -{size}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def write_rejects(
    rejects: ImportSummary | Sequence[Reject],
    headers: Sequence[str] | None,
    out: Path | str,
    translate: Callable[[RowMessage], str] | None = None,
) -> None:
    """Save rejected rows to ``out`` (.xlsx): row number, reason, then the row's cells.

    ``translate`` turns a message into the user's language (default: English). Text
    cells are string cells (a text beginning with "=" never becomes a formula); a sheet
    name "Rejects", headers "Row" and "Reason" then the file's headers.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    if isinstance(rejects, ImportSummary):
        headers = headers if headers is not None else rejects.headers
        rejects = rejects.rejects
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Rejects")

    def cell(value: Any) -> Any:
        if isinstance(value, str):
            text = WriteOnlyCell(sheet, value=_XLSX_ILLEGAL.sub("", value))
            text.data_type = "s"  # never a formula
            return text
        return value

    sheet.append([cell(text) for text in ("Row", "Reason", *(headers or []))])
    for reject in rejects:
        reason = (
            "\n".join(translate(m) for m in reject.messages)
            if translate and reject.messages
            else reject.reason
        )
        sheet.append([reject.row, cell(reason), *(cell(value) for value in reject.cells)])
    workbook.save(out)


#: Control characters an .xlsx cannot hold.
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _reason(messages: Sequence[RowMessage]) -> str:
    return " ".join(m.text for m in messages)


def _limited(
    records: Iterator[tuple[int, list[Any]]], limit: int
) -> Iterator[tuple[int, list[Any]]]:
    for index, record in enumerate(records):
        if index >= limit:
            return
        yield record


def _estimate_rows(source: Source, plan: _Plan) -> int:
    for info in source.sheets:
        if info.name == plan.sheet and info.rows:
            return max(info.rows - plan.header_row - 1, 0)
    if source.format == "csv":
        with source.path.open("rb") as handle:
            count, last = 0, b"\n"
            while chunk := handle.read(1 << 20):
                count += chunk.count(b"\n")
                last = chunk[-1:]
            count += last != b"\n"
        return max(count - plan.header_row - 1, 0)
    return 0


# --- The plan: which columns go where --------------------------------------------------------


@dataclass
class _Plan:
    kind: str
    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[int, str]
    specs: dict[str, FieldSpec]
    on_duplicate: str
    match_on: tuple[str, ...]
    epoch_1904: bool
    source: Source
    labels: dict[str, str] = field(default_factory=dict)
    limits: dict[str, int] = field(default_factory=dict)
    required: list[FieldSpec] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.labels = {name: spec.label for name, spec in self.specs.items()}
        self.limits = {
            name: spec.max_length for name, spec in self.specs.items() if spec.max_length
        }
        self.required = [spec for spec in self.specs.values() if spec.required]

    @classmethod
    def make(cls, source: Source, options: ImportOptions) -> _Plan:
        kind = check_kind(options.kind)
        if options.on_duplicate not in POLICIES:
            raise UserError(MSG_POLICY, policy=options.on_duplicate)
        sheet = source.sheet_name(options.sheet)
        header_row = (
            options.header_row if options.header_row is not None else source.detect_header(sheet)
        )
        headers = source.headers(sheet, header_row)
        mapping = (
            dict(options.mapping) if options.mapping is not None else guess_mapping(kind, headers)
        )
        specs = {spec.name: spec for spec in fields(kind)}
        mapping = {index: name for index, name in mapping.items() if name in specs}
        if not mapping:
            raise UserError(MSG_NO_COLUMNS)
        mapped = set(mapping.values())
        for spec in specs.values():
            if spec.required and spec.name not in mapped:
                raise UserError(MSG_REQUIRED_COLUMN, field=spec.label)
        return cls(
            kind,
            sheet,
            header_row,
            headers,
            mapping,
            specs,
            options.on_duplicate,
            tuple(options.match_on),
            source.epoch_1904,
            source,
        )

    def records(self) -> Iterator[tuple[int, list[Any]]]:
        return self.source.records(self.sheet, self.header_row)

    def values(self, cells: list[Any]) -> dict[str, Any]:
        mapping = self.mapping
        if len(mapping) > 1 and len(cells) > max(mapping):
            # A full row (the usual case): picked in C.
            return dict(zip(mapping.values(), itemgetter(*mapping)(cells), strict=True))
        return {
            name: cells[index] if index < len(cells) else None for index, name in mapping.items()
        }


# --- Writing in bulk, with the change log ----------------------------------------------------


_PLAIN = frozenset({str, int, float, type(None)})
#: Timestamps as stored, by value (an import writes the same few over and over).
_MOMENTS: dict[datetime, str] = {}


def _sqlite_value(value: Any) -> Any:
    """A value as SQLAlchemy stores it in SQLite (for raw executemany)."""
    if type(value) in _PLAIN:
        return value
    if isinstance(value, datetime):
        text = _MOMENTS.get(value)
        if text is None:
            if len(_MOMENTS) > 10_000:
                _MOMENTS.clear()
            naive = value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
            text = _MOMENTS[value] = naive.strftime("%Y-%m-%d %H:%M:%S.%f")
        return text
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value)
    if isinstance(value, Decimal):
        return str(value)
    return value


def _json_default(value: Any) -> Any:
    """What JSON cannot hold, as ``jsonable`` gives it (dates as ISO text…)."""
    converted = jsonable(value)
    if converted is value:
        raise TypeError(f"{type(value).__name__} is not JSON serializable")
    return converted


#: The change log's JSON: ``json.dumps`` with its defaults, ``jsonable`` for the rest.
_LOG_JSON = json.JSONEncoder(default=_json_default)


class _Writer:
    """Bulk inserts and updates that leave the change log entries the ORM hook would.

    On SQLite the rows go through the driver's ``executemany`` (values converted as
    SQLAlchemy stores them); elsewhere through SQLAlchemy Core. The full-text indexes of
    the rows written are refreshed at the end: rows inserted in one statement by rowid
    range, rows updated one by one.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.connection = session.connection()
        self.context = batch_of(session)
        self.sqlite = self.connection.dialect.name == "sqlite"
        self.updated: dict[type, set[str]] = {model: set() for model in INDEXES}
        #: For indexed tables: the largest rowid before this import inserted any row.
        self.rowid_before: dict[type, int] = {}
        self.renamed_companies: set[str] = set()
        self._log: list[tuple[Any, ...]] = []

    def _raw(self) -> Any:
        return self.connection.connection.driver_connection

    def insert(self, model: type, rows: list[dict[str, Any]], *, log: bool = True) -> None:
        """Insert the rows, with their change log entries unless ``log`` is False (the
        caller then logs them with :meth:`log_inserts`, once their values are final)."""
        if not rows:
            return
        table: Table = model.__table__  # type: ignore[attr-defined]
        if model in INDEXES and model not in self.rowid_before:
            self.rowid_before[model] = (
                self.connection.exec_driver_sql(
                    f"SELECT coalesce(max(rowid), 0) FROM {table.name}"
                ).scalar()
                if self.sqlite
                else 0
            )
        keys = sorted(set().union(*(row.keys() for row in rows)))
        if log:
            self.log_inserts(model, rows, keys, flush=False)
        if self.sqlite:
            names = ", ".join(f'"{key}"' for key in keys)
            marks = ", ".join("?" * len(keys))
            # Only dates, timestamps and JSON need converting; the rest goes as it is.
            convert = [
                index
                for index, key in enumerate(keys)
                if isinstance(table.c[key].type, Date | DateTime | JSON | TypeDecorator)
            ]
            values = []
            for row in rows:
                cells = list(map(row.get, keys))
                for index in convert:
                    if cells[index] is not None:
                        cells[index] = _sqlite_value(cells[index])
                values.append(cells)
            self._raw().executemany(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", values)
        else:
            for row in rows:
                for key in keys:
                    row.setdefault(key, None)
            self.connection.execute(insert(table), rows)
        self._flush_log()

    def log_inserts(
        self,
        model: type,
        rows: list[dict[str, Any]],
        keys: list[str] | None = None,
        *,
        flush: bool = True,
    ) -> None:
        """The change log entries of inserted rows: every non-empty logged column."""
        table_name = str(model.__table__.name)  # type: ignore[attr-defined]
        if keys is None:
            keys = sorted(set().union(*(row.keys() for row in rows))) if rows else []
        at = utcnow()
        unlogged = UNLOGGED_COLUMNS
        if self.sqlite:
            # Values are left as they are: _flush_log's JSON encoder turns the few that
            # JSON cannot hold (dates, decimals, sets) into what ``jsonable`` gives.
            context = self.context
            entries = self._log
            user_id, device_id, batch_id = context.user_id, context.device_id, context.batch_id
            for row in rows:
                changes = {
                    key: [None, value]
                    for key, value in row.items()
                    if value is not None and key not in unlogged
                }
                entries.append(
                    (
                        new_id(),
                        None,
                        at,
                        table_name,
                        row["id"],
                        "insert",
                        changes,
                        user_id,
                        device_id,
                        batch_id,
                    )  # fmt: skip
                )
        else:
            plain = _PLAIN
            for row in rows:
                changes = {
                    key: [None, value if type(value) in plain else jsonable(value)]
                    for key, value in row.items()
                    if value is not None and key not in unlogged
                }
                self._entry(table_name, row["id"], "insert", changes, at)
        if flush:
            self._flush_log()

    def update(self, model: type, changes: list[tuple[str, dict[str, tuple[Any, Any]]]]) -> None:
        """``changes``: [(id, {column: (old, new)})]."""
        if not changes:
            return
        table: Table = model.__table__  # type: ignore[attr-defined]
        now = utcnow()
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for record_id, columns in changes:
            if not columns:
                continue
            names = tuple(sorted(columns))
            params = {f"v_{name}": new for name, (_old, new) in columns.items()}
            params["v_updated_at"] = now
            params["k_id"] = record_id
            groups.setdefault(names, []).append(params)
            logged = {
                name: [jsonable(old), jsonable(new)]
                for name, (old, new) in columns.items()
                if name not in UNLOGGED_COLUMNS
            }
            self._entry(str(table.name), record_id, "update", logged, now)
            if model is Company and "name" in columns:
                self.renamed_companies.add(record_id)
        for names, params in groups.items():
            statement = (
                update(table)
                .where(table.c.id == bindparam("k_id"))
                .values({name: bindparam(f"v_{name}") for name in (*names, "updated_at")})
            )
            self.connection.execute(statement, params)
        if model in self.updated:
            self.updated[model].update(record_id for record_id, _ in changes)
        self._flush_log()

    def _entry(self, entity: str, entity_id: str, op: str, changes: dict, at: datetime) -> None:
        context = self.context
        self._log.append(
            (
                new_id(),
                None,  # the hybrid-logical-clock time, given in _flush_log
                at,
                entity,
                entity_id,
                op,
                changes,
                context.user_id,
                context.device_id,
                context.batch_id,
            )
        )

    _LOG_COLUMNS = (
        "id", "hlc", "at", "entity", "entity_id", "op", "changes", "user_id", "device_id",
        "batch_id",
    )  # fmt: skip

    def _times(self, count: int) -> list[str]:
        """``count`` consecutive times of the hybrid logical clock, as the clock would give
        them one by one (the clock is then moved past the last)."""
        clock = self.context.clock
        first = clock.now()
        millis_text, counter_text, device = first.split("-", 2)
        millis, counter = int(millis_text), int(counter_text)
        times = [first]
        for _ in range(count - 1):
            counter += 1
            if counter > 999_999:
                millis, counter = millis + 1, 0
            times.append(f"{millis:015d}-{counter:06d}-{device}")
        clock.observe(times[-1])
        return times

    def _flush_log(self) -> None:
        if not self._log:
            return
        times = self._times(len(self._log))
        if self.sqlite:
            first = self._log[0][2]
            at = _sqlite_value(first)
            dumps = _LOG_JSON.encode
            self._raw().executemany(
                f"INSERT INTO change_log ({', '.join(self._LOG_COLUMNS)}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        e[0],
                        hlc,
                        at if e[2] is first else _sqlite_value(e[2]),
                        e[3],
                        e[4],
                        e[5],
                        dumps(e[6]),
                        e[7],
                        e[8],
                        e[9],
                    )
                    for e, hlc in zip(self._log, times, strict=True)
                ],  # fmt: skip
            )
        else:
            self._log = [(e[0], hlc, *e[2:]) for e, hlc in zip(self._log, times, strict=True)]
            self.connection.execute(
                insert(ChangeLogEntry.__table__),
                [dict(zip(self._LOG_COLUMNS, entry, strict=True)) for entry in self._log],
            )
        self.context.entries += len(self._log)
        self._log = []

    def finish(self) -> None:
        self._flush_log()
        if not self.sqlite:
            return
        if self.renamed_companies:
            for table, model in (("contacts", Contact), ("deals", Deal)):
                for chunk in _chunks(sorted(self.renamed_companies)):
                    marks = ", ".join("?" * len(chunk))
                    self.updated[model].update(
                        row[0]
                        for row in self._raw().execute(
                            f"SELECT id FROM {table} WHERE company_id IN ({marks})", tuple(chunk)
                        )
                    )
        for model, before in self.rowid_before.items():
            index = INDEXES[model]
            self.connection.execute(
                text(
                    f"INSERT INTO {index.table} ({index.columns}) SELECT {index.row} "
                    f"FROM {index.base} AS c WHERE c.rowid > :before AND c.deleted_at IS NULL"
                ),
                {"before": before},
            )
        for model, ids in self.updated.items():
            if ids:
                reindex(self.connection, INDEXES[model], ids)


_DEFAULTS: dict[type, list[tuple[str, Any, bool]]] = {}


def _defaults(model: type) -> dict[str, Any]:
    """The Python-side defaults of a model's columns (callables called)."""
    specs = _DEFAULTS.get(model)
    if specs is None:
        specs = []
        for column in model.__table__.columns:  # type: ignore[attr-defined]
            default = column.default
            if default is None or column.key in ("id", "created_at", "updated_at"):
                continue  # set by _new_row
            if getattr(default, "is_callable", False):
                specs.append((column.key, default.arg, True))
            elif getattr(default, "is_scalar", False):
                specs.append((column.key, default.arg, False))
        _DEFAULTS[model] = specs
    return {key: (arg(None) if call else arg) for key, arg, call in specs}


def _new_row(model: type, values: dict[str, Any]) -> dict[str, Any]:
    row = _defaults(model)
    row["id"] = new_id()
    now = utcnow()
    row["created_at"] = now
    row["updated_at"] = now
    if "custom" in row and isinstance(row["custom"], dict):
        row["custom"] = dict(row["custom"])
    row.update({key: value for key, value in values.items() if value is not None})
    return row


# --- Engines ---------------------------------------------------------------------------------


@dataclass
class _Outcome:
    status: str
    messages: list[RowMessage] = field(default_factory=list)


def _message(error: cv.CellError, field_name: str | None = None) -> RowMessage:
    return RowMessage(error.template, dict(error.params), field_name)


class _Engine:
    """Processes rows in chunks: normalise, validate, match, then write (or only tell)."""

    kind = ""

    def __init__(self, session: Session, plan: _Plan, *, write: bool) -> None:
        self.session = session
        self.plan = plan
        self.write = write
        self.writer = _Writer(session) if write else None
        self.changes: list[FieldChange] = []
        self.extra: dict[str, int] = {}
        #: Per field: {(type, cell): (value, error)} (see clean()).
        self.caches: dict[str, dict[tuple[type, Any], tuple[Any, Any]]] = {}

    def phone(self, name: str, cell: Any, country: str) -> Phone | None:
        """``values.phone``, remembered for the cells seen already (CellError too)."""
        cache = self.caches.setdefault(f"phone:{name}", {})
        key = (type(cell), cell, country)
        found = cache.get(key)  # type: ignore[call-overload]
        if found is None:
            try:
                found = (cv.phone(cell, self.label(name), country), None)
            except cv.CellError as error:
                found = (None, error)
            if len(cache) >= _CACHE_SIZE:
                cache.clear()
            cache[key] = found  # type: ignore[index]
        if found[1] is not None:
            raise found[1]
        return found[0]

    def label(self, name: str) -> str:
        spec = self.plan.specs.get(name)
        return spec.label if spec else name

    def process(
        self, records: Iterable[tuple[int, list[Any]]]
    ) -> Iterator[tuple[int, list[Any], _Outcome]]:
        chunk: list[tuple[int, list[Any]]] = []
        for record in records:
            chunk.append(record)
            if len(chunk) >= _CHUNK:
                yield from self._chunk(chunk)
                chunk = []
        if chunk:
            yield from self._chunk(chunk)

    def _chunk(
        self, chunk: list[tuple[int, list[Any]]]
    ) -> Iterator[tuple[int, list[Any], _Outcome]]:
        prepared = [
            (number, cells, self.prepare(number, self.plan.values(cells)))
            for number, cells in chunk
        ]
        self.lookup([item for _, _, item in prepared if not isinstance(item, _Outcome)])
        results = []
        for number, cells, item in prepared:
            outcome = item if isinstance(item, _Outcome) else self.decide(number, item)
            results.append((number, cells, outcome))
        if self.write:
            self.flush()
        yield from results

    # To override.
    def prepare(self, number: int, values: dict[str, Any]) -> Any:
        raise NotImplementedError

    def lookup(self, items: list[Any]) -> None:
        pass

    def decide(self, number: int, item: Any) -> _Outcome:
        raise NotImplementedError

    def flush(self) -> None:
        pass

    def finish(self) -> None:
        self.flush()
        if self.writer is not None:
            self.writer.finish()

    # Helpers for prepare().
    def clean(
        self,
        values: dict[str, Any],
        converters: dict[str, Callable[[Any, str], Any]],
        skip: frozenset[str] = frozenset(),
    ) -> tuple[dict[str, Any], list[RowMessage]]:
        """The converted values of the row (``skip``: fields the caller converts itself)."""
        cleaned: dict[str, Any] = {}
        messages: list[RowMessage] = []
        plan = self.plan
        caches = self.caches
        limits = plan.limits
        for name, cell in values.items():
            if cell is None or name in skip:
                continue
            # Columns repeat their values (dates, cities, invoice numbers, prices): each
            # distinct cell is converted once.
            cache = caches.get(name)
            if cache is None:
                cache = caches[name] = {}
            key = (type(cell), cell)
            found = cache.get(key)
            if found is None:
                convert = converters.get(name, _text)
                label = plan.labels[name] if name in plan.labels else name
                try:
                    found = (convert(cell, label), None)
                except cv.CellError as error:
                    found = (None, error)
                if len(cache) >= _CACHE_SIZE:
                    cache.clear()
                cache[key] = found
            value, error = found
            if error is not None:
                messages.append(_message(error, name))
                continue
            limit = limits.get(name)
            if limit and isinstance(value, str) and len(value) > limit:
                label = plan.labels[name] if name in plan.labels else name
                messages.append(
                    RowMessage(
                        cv.MSG_TOO_LONG, {"field": label, "length": len(value), "max": limit}, name
                    )
                )
                continue
            if value is not None and value != "":
                cleaned[name] = value
        for spec in plan.required:
            if spec.name not in cleaned and not any(m.field == spec.name for m in messages):
                messages.append(RowMessage(cv.MSG_REQUIRED, {"field": spec.label}, spec.name))
        return cleaned, messages


def _text(cell: Any, label: str) -> str:
    return cv.text(cell)


def _long_text(cell: Any, label: str) -> str:
    if cell is None:
        return ""
    if isinstance(cell, str):
        import unicodedata

        from app.validation import _INVISIBLE

        value = unicodedata.normalize("NFC", cell).translate(_INVISIBLE).replace("\u00a0", " ")
        return "\n".join(line.rstrip() for line in value.strip().splitlines())
    return cv.text(cell)


def _email(cell: Any, label: str) -> str | None:
    raw = cv.text(cell)
    try:
        return clean_email(raw)
    except ValueError:
        raise cv.CellError(cv.MSG_EMAIL, {"field": label, "value": raw}) from None


# fmt: off
_COUNTRIES = {
    "france": "FR", "belgique": "BE", "belgium": "BE", "suisse": "CH", "switzerland": "CH",
    "allemagne": "DE", "germany": "DE", "espagne": "ES", "spain": "ES", "italie": "IT",
    "italy": "IT", "luxembourg": "LU", "pays bas": "NL", "netherlands": "NL", "royaume uni": "GB",
    "united kingdom": "GB", "uk": "GB", "eire": "IE", "ireland": "IE", "irlande": "IE",
    "portugal": "PT", "autriche": "AT", "austria": "AT", "canada": "CA", "etats unis": "US",
    "usa": "US", "united states": "US", "australia": "AU", "australie": "AU", "japan": "JP",
    "japon": "JP", "denmark": "DK", "danemark": "DK", "sweden": "SE", "suede": "SE",
    "norway": "NO", "norvege": "NO", "finland": "FI", "finlande": "FI", "poland": "PL",
    "pologne": "PL", "greece": "GR", "grece": "GR", "cyprus": "CY", "chypre": "CY", "malta": "MT",
    "malte": "MT", "iceland": "IS", "islande": "IS", "israel": "IL", "lithuania": "LT",
    "lituanie": "LT", "czech republic": "CZ", "republique tcheque": "CZ", "singapore": "SG",
    "singapour": "SG", "brazil": "BR", "bresil": "BR", "bahrain": "BH", "lebanon": "LB",
    "liban": "LB", "united arab emirates": "AE", "saudi arabia": "SA", "south africa": "ZA",
    "rsa": "ZA", "channel islands": "GB", "maroc": "MA", "morocco": "MA", "tunisie": "TN",
    "tunisia": "TN", "algerie": "DZ", "algeria": "DZ", "monaco": "MC", "andorre": "AD",
    "andorra": "AD", "korea": "KR", "thailand": "TH", "nigeria": "NG", "european community": "",
    "unspecified": "", "west indies": "",
}
# fmt: on


def _country(cell: Any, label: str) -> str | None:
    raw = cv.text(cell)
    if not raw:
        return None
    if len(raw) == 2 and raw.isalpha():
        return raw.upper()
    code = _COUNTRIES.get(" ".join(re.sub(r"[^\w]+", " ", fold(raw)).split()))
    return code or None


def _identifier(cell: Any, label: str) -> str:
    return cv.identifier(cell, label)


# --- Records with duplicates: contacts, companies, products, deals ---------------------------


@dataclass
class _Item:
    number: int
    values: dict[str, Any]
    messages: list[RowMessage]
    keys: list[tuple[str, str]]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Known:
    id: str
    #: The record's columns (None once written by this import: read back when needed).
    row: dict[str, Any] | None
    #: The row of the file that created it, if it was created by this import.
    file_row: int | None = None


class _RecordEngine(_Engine):
    model: type = Contact
    #: Columns read back for diffs and matching.
    columns: tuple[str, ...] = ()

    def __init__(self, session: Session, plan: _Plan, *, write: bool) -> None:
        super().__init__(session, plan, write=write)
        self.known: dict[tuple[str, str], _Known] = {}
        self.by_id: dict[str, _Known] = {}
        self.pending_inserts: list[dict[str, Any]] = []
        self.pending_ids: set[str] = set()
        self.created: list[_Known] = []
        self.pending_updates: dict[str, dict[str, tuple[Any, Any]]] = {}
        self.converters = self.make_converters()

    def make_converters(self) -> dict[str, Callable[[Any, str], Any]]:
        epoch = self.plan.epoch_1904
        return {
            "email": _email,
            "email2": _email,
            "external_ref": _identifier,
            "country": _country,
            "notes": _long_text,
            "birthday": lambda cell, label: cv.day(cell, label, epoch),
            "expected_close_date": lambda cell, label: cv.day(cell, label, epoch),
        }

    # Keys: (name, value) pairs this row can be matched on, in priority order.
    def keys_of(self, values: dict[str, Any]) -> list[tuple[str, str]]:
        keys = []
        if "external_ref" in self.plan.match_on and values.get("external_ref"):
            keys.append(("external_ref", values["external_ref"]))
        if "email" in self.plan.match_on and values.get("email"):
            keys.append(("email", values["email"].lower()))
        if "phone" in self.plan.match_on:
            for name in ("phone_e164", "mobile_e164"):
                if values.get(name):
                    keys.append(("phone", values[name]))
        return keys

    def key_conditions(self, keys: dict[str, set[str]]) -> list[Any]:
        table = self.model.__table__  # type: ignore[attr-defined]
        conditions = []
        if keys.get("external_ref") and "external_ref" in table.c:
            conditions.append(self.within(table.c.external_ref, keys["external_ref"]))
        if keys.get("email") and "email" in table.c:
            conditions.append(self.within(table.c.email, keys["email"]))
        if keys.get("phone"):
            for name in ("phone_e164", "mobile_e164"):
                if name in table.c:
                    conditions.append(self.within(table.c[name], keys["phone"]))
        return conditions

    def within(self, column: Any, values: Iterable[str]) -> Any:
        """``column IN values``; on SQLite with one JSON parameter (thousands of bound
        parameters cost more to compile than to run)."""
        ordered = sorted(values)
        if self.session.get_bind().dialect.name == "sqlite":
            each = func.json_each(json.dumps(ordered)).table_valued("value")
            return column.in_(select(each.c.value))
        return column.in_(ordered)

    def row_keys(self, row: dict[str, Any]) -> list[tuple[str, str]]:
        keys = []
        if row.get("external_ref"):
            keys.append(("external_ref", row["external_ref"]))
        if row.get("email"):
            keys.append(("email", row["email"].lower()))
        for name in ("phone_e164", "mobile_e164"):
            if row.get(name):
                keys.append(("phone", row[name]))
        return keys

    def lookup(self, items: list[Any]) -> None:
        wanted: dict[str, set[str]] = {}
        for item in items:
            for name, value in item.keys:
                if (name, value) not in self.known:
                    wanted.setdefault(name, set()).add(value)
                    if name == "email" and item.values.get("email"):
                        # Stored addresses keep the case of their local part.
                        wanted[name].add(item.values["email"])
        if not wanted:
            return
        conditions = self.key_conditions(wanted)
        if not conditions:
            return
        table = self.model.__table__  # type: ignore[attr-defined]
        columns = [table.c.id, *(table.c[name] for name in self.columns if name != "id")]
        statement = (
            select(*columns)
            .where(table.c.deleted_at.is_(None), or_(*conditions))
            .order_by(table.c.created_at, table.c.id)
        )
        for found in self.session.execute(statement).mappings():
            row = dict(found)
            if row["id"] in self.by_id:
                continue
            known = _Known(row["id"], row)
            self.by_id[known.id] = known
            for key in self.row_keys(row):
                self.known.setdefault(key, known)

    def find(self, item: _Item) -> tuple[_Known | None, str]:
        for key in item.keys:
            known = self.known.get(key)
            if known is not None:
                return known, key[0]
        return None, ""

    def decide(self, number: int, item: _Item) -> _Outcome:
        if item.messages:
            return _Outcome(REJECT, item.messages)
        known, key = self.find(item)
        columns = self.columns_of(item)
        if known is None:
            row = self.create(item, columns)
            known = _Known(row["id"], row, number)
            self.created.append(known)
            self.by_id[known.id] = known
            for key_pair in self.row_keys(row):
                self.known.setdefault(key_pair, known)
            return _Outcome(CREATE)
        key_label = self.label(key if key != "phone" else "phone")
        policy = self.plan.on_duplicate
        if policy == SKIP:
            if known.file_row is not None:
                return _Outcome(
                    SKIP, [RowMessage(MSG_DUPLICATE_ROW, {"key": key_label, "row": known.file_row})]
                )
            return _Outcome(SKIP, [RowMessage(MSG_EXISTS, {"key": key_label})])
        if known.row is None:
            known.row = self.load_row(known.id)
        changed: dict[str, tuple[Any, Any]] = {}
        for name, new in columns.items():
            old = known.row.get(name)
            if _empty(new) or _same(old, new):
                continue
            if policy == MERGE and not _empty(old):
                continue
            changed[name] = (old, new)
        changed = self.adjust_changes(known, changed)
        if not changed:
            return _Outcome(SKIP, [RowMessage(MSG_NO_CHANGE, {"key": key_label})])
        record = self.record_label(known.row)
        for name, (old, new) in changed.items():
            known.row[name] = new
            if name in UNLOGGED_COLUMNS or name.endswith("_e164"):
                continue
            self.changes.append(
                FieldChange(
                    number,
                    known.id,
                    record,
                    name,
                    self.column_label(name),
                    _show(old, name),
                    _show(new, name),
                )
            )
        for key_pair in self.row_keys(known.row):
            self.known.setdefault(key_pair, known)
        if known.file_row is not None and known.id in self.pending_ids:
            pass  # created by this import, not yet written: its row (known.row) has it all
        elif known.file_row is not None:
            self.pending_updates.setdefault(known.id, {}).update(changed)
        else:
            pending = self.pending_updates.setdefault(known.id, {})
            for name, (old, new) in changed.items():
                first_old = pending[name][0] if name in pending else old
                pending[name] = (first_old, new)
        self.after_update(known, item)
        return _Outcome(UPDATE if policy == UPDATE else MERGE)

    def column_label(self, name: str) -> str:
        return self.label(name)

    def adjust_changes(
        self, known: _Known, changed: dict[str, tuple[Any, Any]]
    ) -> dict[str, tuple[Any, Any]]:
        return changed

    def after_update(self, known: _Known, item: _Item) -> None:
        pass

    def create(self, item: _Item, columns: dict[str, Any]) -> dict[str, Any]:
        row = _new_row(self.model, columns)
        self.pending_inserts.append(row)
        self.pending_ids.add(row["id"])
        return row

    def load_row(self, record_id: str) -> dict[str, Any]:
        """The columns of a record this import wrote already (dropped from memory)."""
        table = self.model.__table__  # type: ignore[attr-defined]
        columns = [table.c.id, *(table.c[name] for name in self.columns if name != "id")]
        found = self.session.execute(select(*columns).where(table.c.id == record_id)).mappings()
        return dict(found.one())

    def columns_of(self, item: _Item) -> dict[str, Any]:
        return {k: v for k, v in item.values.items() if not k.startswith("_")}

    def record_label(self, row: dict[str, Any]) -> str:
        return str(row.get("name") or row.get("external_ref") or row["id"])

    def flush(self) -> None:
        if self.writer is None:
            return
        self.before_flush()
        self.writer.insert(self.model, self.pending_inserts)
        self.pending_inserts = []
        self.pending_ids = set()
        for known in self.created:
            known.row = None  # written: read back from the database if ever needed
        self.created = []
        self.writer.update(self.model, list(self.pending_updates.items()))
        self.pending_updates = {}
        self.after_flush()

    def before_flush(self) -> None:
        pass

    def after_flush(self) -> None:
        pass


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, str) and isinstance(new, str):
        return old == new
    return bool(old == new)


def _show(value: Any, name: str = "") -> str:
    """A stored value as the diff shows it: amounts in units, rates in percent."""
    if value is None:
        return ""
    if name.endswith("_cents") and isinstance(value, int):
        return f"{value / 100:.2f}"
    if name.endswith("_bp") and isinstance(value, int):
        return f"{value / 100:g} %"
    return cell_text(value)


class _CustomerNumbers:
    """Comptoir's customer numbers (C-000123) for the contacts an import creates."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.last: int | None = None

    def next(self) -> str:
        if self.last is None:
            from app.contacts import _next_customer_number

            self.last = int(_next_customer_number(self.session)[2:]) - 1
        self.last += 1
        return f"C-{self.last:06d}"


# Contacts -----------------------------------------------------------------

# fmt: off
_CIVILITIES = {
    "m": Civility.MR, "mr": Civility.MR, "monsieur": Civility.MR, "mister": Civility.MR,
    "mme": Civility.MRS, "madame": Civility.MRS, "mrs": Civility.MRS, "ms": Civility.MRS,
    "mlle": Civility.MRS, "mademoiselle": Civility.MRS, "miss": Civility.MRS, "mx": Civility.MX,
}
# fmt: on
# fmt: off
_STATUSES = {
    "prospect": ContactStatus.PROSPECT, "client": ContactStatus.CUSTOMER,
    "customer": ContactStatus.CUSTOMER, "ancien client": ContactStatus.FORMER,
    "former": ContactStatus.FORMER, "former customer": ContactStatus.FORMER,
    "ancien": ContactStatus.FORMER,
}
# fmt: on


def _choice(
    table: dict[str, str], choices: str, lenient: bool = False
) -> Callable[[Any, str], str | None]:
    def convert(cell: Any, label: str) -> str | None:
        raw = cv.text(cell)
        if not raw:
            return None
        key = " ".join(re.sub(r"[^\w]+", " ", fold(raw)).split())
        if key in table:
            return str(table[key])
        if key in {str(v) for v in table.values()}:
            return key
        if lenient:
            return None
        raise cv.CellError(cv.MSG_CHOICE, {"field": label, "value": raw, "choices": choices})

    return convert


#: Contact fields that ``_ContactEngine.prepare`` converts itself (they need the country).
_CONTACT_OWN_FIELDS = frozenset({"phone", "mobile", "postcode"})


class _ContactEngine(_RecordEngine):
    kind = "contacts"
    model = Contact
    columns = (
        "customer_number",
        "external_ref",
        "civility",
        "first_name",
        "last_name",
        "company_id",
        "job_title",
        "email",
        "email2",
        "phone",
        "phone_e164",
        "mobile",
        "mobile_e164",
        "address_line1",
        "address_line2",
        "postcode",
        "city",
        "country",
        "birthday",
        "status",
        "source",
        "notes",
    )

    def __init__(self, session: Session, plan: _Plan, *, write: bool) -> None:
        super().__init__(session, plan, write=write)
        self.companies: dict[str, str] = {}
        self.companies_loaded = False
        self.new_companies: list[dict[str, Any]] = []
        self.tags: dict[str, str] | None = None
        self.new_tags: list[dict[str, Any]] = []
        self.tag_links: list[dict[str, Any]] = []
        self.existing_links: set[tuple[str, str]] = set()
        self.numbers = _CustomerNumbers(session)

    def make_converters(self) -> dict[str, Callable[[Any, str], Any]]:
        converters = super().make_converters()
        converters["customer_number"] = _identifier
        converters["civility"] = _choice(_CIVILITIES, "M., Mme", lenient=True)
        converters["status"] = _choice(_STATUSES, "prospect, client, ancien client")
        return converters

    def prepare(self, number: int, values: dict[str, Any]) -> _Item | _Outcome:
        cleaned, messages = self.clean(values, self.converters, _CONTACT_OWN_FIELDS)
        country = cleaned.get("country") or "FR"
        for name in ("phone", "mobile"):
            if name in values:
                try:
                    found = self.phone(name, values[name], country)
                except cv.CellError as error:
                    messages.append(_message(error, name))
                    continue
                if found is not None:
                    cleaned[name] = found.display
                    cleaned[f"{name}_e164"] = found.e164
        if "postcode" in values:
            raw = cv.text(values["postcode"])
            try:
                postcode = clean_postcode(raw, country)
            except ValueError:
                messages.append(
                    RowMessage(
                        cv.MSG_POSTCODE, {"field": self.label("postcode"), "value": raw}, "postcode"
                    )
                )
            else:
                if postcode:
                    cleaned["postcode"] = postcode
        full = cleaned.pop("full_name", None)
        if full and not (cleaned.get("first_name") or cleaned.get("last_name")):
            first, last = _split_name(full)
            if first:
                cleaned["first_name"] = first
            cleaned["last_name"] = last
        if not (cleaned.get("first_name") or cleaned.get("last_name") or cleaned.get("email")):
            if not any(m.field in ("email", "first_name", "last_name") for m in messages):
                messages.append(RowMessage(MSG_NAME, {}, "last_name"))
        if "tags" in cleaned:
            cleaned["_tags"] = sorted(
                {t.strip()[:100] for t in re.split(r"[,;|]", cleaned.pop("tags")) if t.strip()}
            )
        if "company" in cleaned:
            cleaned["_company"] = cleaned.pop("company")
        keys = self.keys_of(cleaned)
        if messages:
            return _Outcome(REJECT, messages)
        return _Item(number, cleaned, messages, keys)

    def columns_of(self, item: _Item) -> dict[str, Any]:
        columns = super().columns_of(item)
        company = item.values.get("_company")
        if company:
            columns["company_id"] = self.company_id(company)
        return columns

    def company_id(self, name: str) -> str:
        key = _fold(name)
        if not self.companies_loaded:
            # One query for all: cheaper than one per name as soon as names are many.
            for company_id, sort_name in self.session.execute(
                select(Company.id, Company.sort_name)
                .where(Company.deleted_at.is_(None))
                .order_by(Company.created_at.desc())
            ):
                self.companies[sort_name] = company_id  # the oldest wins
            self.companies_loaded = True
        if key not in self.companies:
            found = None
            if found is None:
                row = _new_row(Company, {"name": name, "sort_name": key})
                self.new_companies.append(row)
                found = row["id"]
                self.extra["companies"] = self.extra.get("companies", 0) + 1
            self.companies[key] = found
        return self.companies[key]

    def keys_of(self, values: dict[str, Any]) -> list[tuple[str, str]]:
        keys = super().keys_of(values)
        if values.get("customer_number"):
            keys.insert(0, ("customer_number", values["customer_number"]))
        return keys

    def key_conditions(self, keys: dict[str, set[str]]) -> list[Any]:
        conditions = super().key_conditions(keys)
        if keys.get("customer_number"):
            conditions.append(
                self.within(Contact.__table__.c.customer_number, keys["customer_number"])
            )
        return conditions

    def row_keys(self, row: dict[str, Any]) -> list[tuple[str, str]]:
        keys = super().row_keys(row)
        if row.get("customer_number"):
            keys.insert(0, ("customer_number", row["customer_number"]))
        return keys

    def create(self, item: _Item, columns: dict[str, Any]) -> dict[str, Any]:
        if not columns.get("customer_number"):
            columns["customer_number"] = self.numbers.next()
        columns.setdefault("first_name", "")
        columns.setdefault("last_name", "")
        columns["sort_name"] = _fold(f"{columns['last_name']} {columns['first_name']}")
        columns.setdefault("status", ContactStatus.PROSPECT.value)
        row = super().create(item, columns)
        self.link_tags(row["id"], item.values.get("_tags") or [])
        return row

    def adjust_changes(
        self, known: _Known, changed: dict[str, tuple[Any, Any]]
    ) -> dict[str, tuple[Any, Any]]:
        if "first_name" in changed or "last_name" in changed:
            first = changed.get("first_name", (None, known.row.get("first_name")))[1] or ""
            last = changed.get("last_name", (None, known.row.get("last_name")))[1] or ""
            changed["sort_name"] = (None, _fold(f"{last} {first}"))
        return changed

    def after_update(self, known: _Known, item: _Item) -> None:
        self.link_tags(known.id, item.values.get("_tags") or [], existing=known.file_row is None)

    def link_tags(self, contact_id: str, names: list[str], existing: bool = False) -> None:
        if not names:
            return
        if self.tags is None:
            self.tags = {
                name: tag_id
                for tag_id, name in self.session.execute(
                    select(Tag.id, Tag.name).where(Tag.deleted_at.is_(None))
                )
            }
        if existing:
            self.existing_links.update(
                (contact_id, tag_id)
                for tag_id in self.session.scalars(
                    select(ContactTag.tag_id).where(ContactTag.contact_id == contact_id)
                )
            )
        for name in names:
            if name not in self.tags:
                row = _new_row(Tag, {"name": name})
                self.tags[name] = row["id"]
                self.new_tags.append(row)
            link = (contact_id, self.tags[name])
            if link not in self.existing_links:
                self.existing_links.add(link)
                self.tag_links.append(
                    {
                        "id": new_id(),
                        "contact_id": contact_id,
                        "tag_id": link[1],
                        "created_at": utcnow(),
                    }
                )

    def before_flush(self) -> None:
        assert self.writer is not None
        self.writer.insert(Company, self.new_companies)
        self.new_companies = []
        self.writer.insert(Tag, self.new_tags)
        self.new_tags = []

    def after_flush(self) -> None:
        assert self.writer is not None
        self.writer.insert(ContactTag, self.tag_links)
        self.tag_links = []

    def record_label(self, row: dict[str, Any]) -> str:
        name = f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
        return name or row.get("email") or row.get("external_ref") or row["id"]

    def column_label(self, name: str) -> str:
        if name == "company_id":
            return self.label("company")
        return self.label(name)


def _split_name(full: str) -> tuple[str, str]:
    """ "Jean Dupont" -> ("Jean", "Dupont"); "DUPONT Jean" -> ("Jean", "DUPONT")."""
    if "," in full:
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    parts = full.split()
    if len(parts) == 1:
        return "", parts[0]
    if parts[0].isupper() and len(parts[0]) > 1 and not parts[-1].isupper():
        upper = [p for p in parts if p.isupper()]
        rest = [p for p in parts if not p.isupper()]
        return " ".join(rest), " ".join(upper)
    return " ".join(parts[:-1]), parts[-1]


# Companies -----------------------------------------------------------------


class _CompanyEngine(_RecordEngine):
    kind = "companies"
    model = Company
    columns = (
        "external_ref",
        "name",
        "legal_name",
        "siren",
        "siret",
        "vat_number",
        "sector",
        "size",
        "email",
        "phone",
        "phone_e164",
        "website",
        "address_line1",
        "address_line2",
        "postcode",
        "city",
        "country",
        "notes",
    )

    def make_converters(self) -> dict[str, Callable[[Any, str], Any]]:
        converters = super().make_converters()
        converters["siren"] = _siren
        converters["siret"] = _siret
        return converters

    def prepare(self, number: int, values: dict[str, Any]) -> _Item | _Outcome:
        cleaned, messages = self.clean(
            {k: v for k, v in values.items() if k not in ("phone", "postcode")}, self.converters
        )
        country = cleaned.get("country") or "FR"
        if "phone" in values:
            try:
                found = self.phone("phone", values["phone"], country)
            except cv.CellError as error:
                messages.append(_message(error, "phone"))
            else:
                if found:
                    cleaned["phone"], cleaned["phone_e164"] = found.display, found.e164
        if "postcode" in values:
            raw = cv.text(values["postcode"])
            try:
                postcode = clean_postcode(raw, country)
            except ValueError:
                messages.append(
                    RowMessage(
                        cv.MSG_POSTCODE, {"field": self.label("postcode"), "value": raw}, "postcode"
                    )
                )
            else:
                if postcode:
                    cleaned["postcode"] = postcode
        if cleaned.get("siret") and not cleaned.get("siren"):
            cleaned["siren"] = cleaned["siret"][:9]
        if messages:
            return _Outcome(REJECT, messages)
        keys = self.keys_of(cleaned)
        if cleaned.get("siret"):
            keys.insert(0, ("siret", cleaned["siret"]))
        elif cleaned.get("name"):
            # Without a SIRET, the same name (accents and case aside) is the same company.
            keys.append(("name", _fold(cleaned["name"])))
        return _Item(number, cleaned, messages, keys)

    def key_conditions(self, keys: dict[str, set[str]]) -> list[Any]:
        conditions = super().key_conditions(keys)
        if keys.get("siret"):
            conditions.append(self.within(Company.__table__.c.siret, keys["siret"]))
        if keys.get("name"):
            conditions.append(self.within(Company.__table__.c.sort_name, keys["name"]))
        return conditions

    def row_keys(self, row: dict[str, Any]) -> list[tuple[str, str]]:
        keys = super().row_keys(row)
        if row.get("siret"):
            keys.insert(0, ("siret", row["siret"]))
        if row.get("name"):
            keys.append(("name", _fold(row["name"])))
        return keys

    def create(self, item: _Item, columns: dict[str, Any]) -> dict[str, Any]:
        columns["sort_name"] = _fold(columns["name"])
        return super().create(item, columns)

    def adjust_changes(
        self, known: _Known, changed: dict[str, tuple[Any, Any]]
    ) -> dict[str, tuple[Any, Any]]:
        if "name" in changed:
            changed["sort_name"] = (None, fold(changed["name"][1]))
        return changed


def _digits_id(length: int) -> Callable[[Any, str], str | None]:
    def convert(cell: Any, label: str) -> str | None:
        value = cv.identifier(cell, label).replace(" ", "")
        if not value:
            return None
        if isinstance(cell, int | float) and len(value) == length - 1:
            value = "0" + value  # a leading zero lost in a number cell
        if not (value.isdigit() and len(value) == length):
            raise cv.CellError(cv.MSG_NUMBER, {"field": label, "value": cv.text(cell)})
        return value

    return convert


_siren = _digits_id(9)
_siret = _digits_id(14)


# Products -----------------------------------------------------------------


class _ProductEngine(_RecordEngine):
    kind = "products"
    model = Product
    columns = (
        "reference",
        "name",
        "description",
        "category",
        "unit_price_cents",
        "currency",
        "vat_rate_bp",
        "external_ref",
    )

    def make_converters(self) -> dict[str, Callable[[Any, str], Any]]:
        converters = super().make_converters()
        converters["reference"] = _identifier
        converters["unit_price"] = cv.cents
        converters["vat_rate"] = cv.rate_bp
        converters["description"] = _long_text
        converters["currency"] = _currency
        return converters

    def prepare(self, number: int, values: dict[str, Any]) -> _Item | _Outcome:
        cleaned, messages = self.clean(values, self.converters)
        if messages:
            return _Outcome(REJECT, messages)
        if "unit_price" in cleaned:
            cleaned["unit_price_cents"] = cleaned.pop("unit_price")
        if "vat_rate" in cleaned:
            cleaned["vat_rate_bp"] = cleaned.pop("vat_rate")
        keys = [("reference", cleaned["reference"])] if cleaned.get("reference") else []
        return _Item(number, cleaned, messages, keys)

    def key_conditions(self, keys: dict[str, set[str]]) -> list[Any]:
        if keys.get("reference"):
            return [self.within(Product.__table__.c.reference, keys["reference"])]
        return []

    def row_keys(self, row: dict[str, Any]) -> list[tuple[str, str]]:
        return [("reference", row["reference"])] if row.get("reference") else []

    def column_label(self, name: str) -> str:
        return self.label(
            {"unit_price_cents": "unit_price", "vat_rate_bp": "vat_rate"}.get(name, name)
        )

    def record_label(self, row: dict[str, Any]) -> str:
        return str(row.get("reference") or row.get("name") or row["id"])


def _currency(cell: Any, label: str) -> str | None:
    raw = cv.text(cell).upper()
    if not raw:
        return None
    raw = {"€": "EUR", "$": "USD", "£": "GBP"}.get(raw, raw)
    if not (len(raw) == 3 and raw.isalpha()):
        raise cv.CellError(cv.MSG_CHOICE, {"field": label, "value": raw, "choices": "EUR, USD…"})
    return raw


# Deals -----------------------------------------------------------------

# fmt: off
_DEAL_STATUSES = {
    "open": DealStatus.OPEN, "ouvert": DealStatus.OPEN, "ouverte": DealStatus.OPEN,
    "en cours": DealStatus.OPEN, "won": DealStatus.WON, "gagne": DealStatus.WON,
    "gagnee": DealStatus.WON, "signe": DealStatus.WON, "lost": DealStatus.LOST,
    "perdu": DealStatus.LOST, "perdue": DealStatus.LOST,
}
# fmt: on


class _ContactFinder:
    """Contacts by reference or e-mail, cached."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_ref: dict[str, str | None] = {}
        self.by_email: dict[str, str | None] = {}

    def load(self, refs: set[str], emails: set[str]) -> None:
        refs = {r for r in refs if r not in self.by_ref}
        emails = {e for e in emails if e not in self.by_email}
        for chunk in _chunks(sorted(refs)):
            # A reference is another system's (external_ref), else Comptoir's own number.
            for column in (Contact.external_ref, Contact.customer_number):
                for contact_id, ref in self.session.execute(
                    select(Contact.id, column)
                    .where(column.in_(chunk), Contact.deleted_at.is_(None))
                    .order_by(Contact.created_at)
                ):
                    self.by_ref.setdefault(ref, contact_id)
        for chunk in _chunks(sorted(emails)):
            for contact_id, email in self.session.execute(
                select(Contact.id, Contact.email)
                .where(Contact.email.in_(chunk), Contact.deleted_at.is_(None))
                .order_by(Contact.created_at)
            ):
                self.by_email.setdefault(email.lower(), contact_id)
        for ref in refs:
            self.by_ref.setdefault(ref, None)
        for email in emails:
            self.by_email.setdefault(email.lower(), None)

    def find(self, ref: str | None, email: str | None) -> str | None:
        if ref and self.by_ref.get(ref):
            return self.by_ref[ref]
        if email and self.by_email.get(email.lower()):
            return self.by_email[email.lower()]
        return None


def _chunks(values: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class _DealEngine(_RecordEngine):
    kind = "deals"
    model = Deal
    columns = (
        "external_ref",
        "title",
        "amount_cents",
        "stage_id",
        "status",
        "probability",
        "expected_close_date",
        "contact_id",
        "company_id",
        "notes",
    )

    def __init__(self, session: Session, plan: _Plan, *, write: bool) -> None:
        super().__init__(session, plan, write=write)
        pipeline = session.scalar(
            select(Pipeline)
            .where(Pipeline.deleted_at.is_(None))
            .order_by(Pipeline.is_default.desc(), Pipeline.position)
            .limit(1)
        )
        if pipeline is None:
            raise UserError(MSG_NO_PIPELINE)
        self.pipeline_id = pipeline.id
        stages = session.scalars(
            select(PipelineStage)
            .where(PipelineStage.pipeline_id == pipeline.id, PipelineStage.deleted_at.is_(None))
            .order_by(PipelineStage.position)
        ).all()
        self.stages = {fold(s.name): (s.id, s.kind) for s in stages}
        self.stage_names = ", ".join(s.name for s in stages)
        self.first_open = next((s.id for s in stages if s.kind == StageKind.OPEN), stages[0].id)
        self.stage_of_kind = {s.kind: s.id for s in reversed(stages)}
        self.contacts = _ContactFinder(session)
        self.companies: dict[str, str | None] = {}

    def make_converters(self) -> dict[str, Callable[[Any, str], Any]]:
        converters = super().make_converters()
        converters["amount"] = cv.cents
        converters["probability"] = cv.integer
        converters["status"] = _choice(_DEAL_STATUSES, "open, won, lost")
        converters["contact_ref"] = _identifier
        converters["contact_email"] = _email
        return converters

    def prepare(self, number: int, values: dict[str, Any]) -> _Item | _Outcome:
        cleaned, messages = self.clean(values, self.converters)
        stage = cleaned.pop("stage", None)
        if stage:
            found = self.stages.get(fold(stage))
            if found is None:
                messages.append(
                    RowMessage(
                        MSG_UNKNOWN_STAGE,
                        {"field": self.label("stage"), "value": stage, "choices": self.stage_names},
                        "stage",
                    )
                )
            else:
                cleaned["stage_id"] = found[0]
                if "status" not in cleaned and found[1] != StageKind.OPEN:
                    cleaned["status"] = str(found[1])
        if messages:
            return _Outcome(REJECT, messages)
        if "amount" in cleaned:
            cleaned["amount_cents"] = cleaned.pop("amount")
        keys = [("external_ref", cleaned["external_ref"])] if cleaned.get("external_ref") else []
        return _Item(number, cleaned, messages, keys)

    def lookup(self, items: list[Any]) -> None:
        super().lookup(items)
        self.contacts.load(
            {i.values["contact_ref"] for i in items if i.values.get("contact_ref")},
            {i.values["contact_email"] for i in items if i.values.get("contact_email")},
        )

    def key_conditions(self, keys: dict[str, set[str]]) -> list[Any]:
        if keys.get("external_ref"):
            return [self.within(Deal.__table__.c.external_ref, keys["external_ref"])]
        return []

    def row_keys(self, row: dict[str, Any]) -> list[tuple[str, str]]:
        return [("external_ref", row["external_ref"])] if row.get("external_ref") else []

    def decide(self, number: int, item: _Item) -> _Outcome:
        ref, email = item.values.pop("contact_ref", None), item.values.pop("contact_email", None)
        if ref or email:
            contact_id = self.contacts.find(ref, email)
            if contact_id is None:
                return _Outcome(
                    REJECT,
                    [RowMessage(MSG_NO_CUSTOMER, {"value": ref or email}, "contact_ref")],
                )
            item.values["contact_id"] = contact_id
        company = item.values.pop("company", None)
        if company:
            item.values["company_id"] = self.company_id(company)
        return super().decide(number, item)

    def company_id(self, name: str) -> str | None:
        key = fold(name)
        if key not in self.companies:
            self.companies[key] = self.session.scalar(
                select(Company.id)
                .where(Company.sort_name == key, Company.deleted_at.is_(None))
                .limit(1)
            )
        return self.companies[key]

    def create(self, item: _Item, columns: dict[str, Any]) -> dict[str, Any]:
        columns["pipeline_id"] = self.pipeline_id
        status = columns.get("status") or DealStatus.OPEN.value
        columns["status"] = status
        if "stage_id" not in columns:
            columns["stage_id"] = (
                self.stage_of_kind.get(status, self.first_open)
                if status != DealStatus.OPEN
                else self.first_open
            )
        if status != DealStatus.OPEN:
            columns["closed_at"] = utcnow()
        return super().create(item, columns)

    def record_label(self, row: dict[str, Any]) -> str:
        return str(row.get("title") or row.get("external_ref") or row["id"])

    def column_label(self, name: str) -> str:
        return self.label(
            {
                "amount_cents": "amount",
                "stage_id": "stage",
                "contact_id": "contact_ref",
                "company_id": "company",
            }.get(name, name)
        )


# --- Interactions ----------------------------------------------------------------------------

# fmt: off
_CHANNELS = {
    "phone": Channel.PHONE, "telephone": Channel.PHONE, "tel": Channel.PHONE,
    "appel": Channel.PHONE, "call": Channel.PHONE, "appel telephonique": Channel.PHONE,
    "email": Channel.EMAIL, "e mail": Channel.EMAIL, "mail": Channel.EMAIL,
    "courriel": Channel.EMAIL, "meeting": Channel.MEETING, "rendez vous": Channel.MEETING,
    "rdv": Channel.MEETING, "reunion": Channel.MEETING, "visit": Channel.VISIT,
    "visite": Channel.VISIT, "magasin": Channel.VISIT, "boutique": Channel.VISIT,
    "letter": Channel.LETTER, "courrier": Channel.LETTER, "lettre": Channel.LETTER,
    "sms": Channel.SMS, "texto": Channel.SMS, "web": Channel.WEB, "site": Channel.WEB,
    "site web": Channel.WEB, "social": Channel.SOCIAL, "reseaux sociaux": Channel.SOCIAL,
    "note": Channel.NOTE,
}
# fmt: on
# fmt: off
_DIRECTIONS = {
    "in": Direction.INBOUND, "inbound": Direction.INBOUND, "entrant": Direction.INBOUND,
    "recu": Direction.INBOUND, "received": Direction.INBOUND, "out": Direction.OUTBOUND,
    "outbound": Direction.OUTBOUND, "sortant": Direction.OUTBOUND, "emis": Direction.OUTBOUND,
    "envoye": Direction.OUTBOUND, "sent": Direction.OUTBOUND,
}
# fmt: on


class _InteractionEngine(_Engine):
    kind = "interactions"

    def __init__(self, session: Session, plan: _Plan, *, write: bool) -> None:
        super().__init__(session, plan, write=write)
        epoch = plan.epoch_1904
        self.converters: dict[str, Callable[[Any, str], Any]] = {
            "date": lambda cell, label: cv.moment(cell, label, epoch),
            "channel": _choice(_CHANNELS, "téléphone, e-mail, rendez-vous, visite, courrier, sms"),
            "direction": _choice(_DIRECTIONS, "entrant, sortant"),
            "body": _long_text,
            "duration": cv.integer,
            "contact_ref": _identifier,
            "contact_email": _email,
        }
        self.contacts = _ContactFinder(session)
        self.seen: set[tuple[Any, ...]] = set()
        self.pending: list[dict[str, Any]] = []

    def prepare(self, number: int, values: dict[str, Any]) -> _Item | _Outcome:
        cleaned, messages = self.clean(values, self.converters)
        if messages:
            return _Outcome(REJECT, messages)
        cleaned["date"] = cv.utc(cleaned["date"])
        return _Item(number, cleaned, messages, [])

    def lookup(self, items: list[Any]) -> None:
        self.contacts.load(
            {i.values["contact_ref"] for i in items if i.values.get("contact_ref")},
            {i.values["contact_email"] for i in items if i.values.get("contact_email")},
        )
        contact_ids = {
            self.contacts.find(i.values.get("contact_ref"), i.values.get("contact_email"))
            for i in items
        } - {None}
        for chunk in _chunks(sorted(contact_ids)):  # type: ignore[arg-type]
            for row in self.session.execute(
                select(
                    Interaction.contact_id,
                    Interaction.occurred_at,
                    Interaction.channel,
                    Interaction.subject,
                ).where(Interaction.contact_id.in_(chunk), Interaction.deleted_at.is_(None))
            ):
                self.seen.add((row[0], row[1], row[2], row[3] or ""))

    def decide(self, number: int, item: _Item) -> _Outcome:
        values = item.values
        ref, email = values.get("contact_ref"), values.get("contact_email")
        contact_id = None
        if ref or email:
            contact_id = self.contacts.find(ref, email)
            if contact_id is None:
                return _Outcome(
                    REJECT, [RowMessage(MSG_NO_CUSTOMER, {"value": ref or email}, "contact_ref")]
                )
        key = (contact_id, values["date"], values["channel"], values.get("subject", ""))
        if key in self.seen:
            return _Outcome(SKIP, [RowMessage(MSG_INTERACTION_EXISTS)])
        self.seen.add(key)
        self.pending.append(
            _new_row(
                Interaction,
                {
                    "channel": values["channel"],
                    "direction": values.get("direction") or Direction.OUTBOUND.value,
                    "occurred_at": values["date"],
                    "subject": values.get("subject", ""),
                    "body": values.get("body"),
                    "outcome": values.get("outcome"),
                    "duration_minutes": values.get("duration"),
                    "contact_id": contact_id,
                    "user_id": batch_of(self.session).user_id if self.write else None,
                },
            )
        )
        return _Outcome(CREATE)

    def flush(self) -> None:
        if self.writer is not None:
            self.writer.insert(Interaction, self.pending)
        self.pending = []


# --- Orders ----------------------------------------------------------------------------------

_CANCELLATION = re.compile(r"^(C|AV|AVOIR|CN|CR)[-\s]?\d", re.IGNORECASE)


@dataclass
class _OrderState:
    id: str
    number: str
    kind: str
    ordered_at: datetime
    contact_id: str | None
    currency: str
    channel: str | None
    total: int = 0
    lines: int = 0
    cancellation: bool = False


class _OrderEngine(_Engine):
    kind = "orders"

    def __init__(self, session: Session, plan: _Plan, *, write: bool) -> None:
        super().__init__(session, plan, write=write)
        epoch = plan.epoch_1904
        self.converters: dict[str, Callable[[Any, str], Any]] = {
            "number": _identifier,
            "date": lambda cell, label: cv.moment(cell, label, epoch),
            "customer_ref": _identifier,
            "customer_email": _email,
            "product_ref": _identifier,
            "quantity": cv.decimal,
            "unit_price": cv.decimal,
            "amount": cv.decimal,
            "vat_rate": cv.rate_bp,
            "currency": _currency,
            "country": _country,
        }
        mapped = set(plan.mapping.values())
        self.has_lines = bool(mapped & {"product_ref", "description", "quantity", "unit_price"})
        self.contacts = _ContactFinder(session)
        self.numbers = _CustomerNumbers(session)
        self.products: dict[str, str | None] = {}
        self.orders: dict[str, _OrderState] = {}
        self.existing: dict[str, bool] = {}
        self.new_contacts: list[dict[str, Any]] = []
        self.new_products: list[dict[str, Any]] = []
        self.lines: list[dict[str, Any]] = []
        self.new_orders: list[_OrderState] = []
        self.extra = {"orders": 0, "credit_notes": 0, "lines": 0, "contacts": 0, "products": 0}
        self.now = utcnow()

    def prepare(self, number: int, values: dict[str, Any]) -> _Item | _Outcome:
        cleaned, messages = self.clean(values, self.converters)
        amount = cleaned.get("amount")
        price = cleaned.get("unit_price")
        if amount is None and price is None and not messages:
            messages.append(RowMessage(MSG_NEED_AMOUNT, {}, "amount"))
        if messages:
            return _Outcome(REJECT, messages)
        return _Item(number, cleaned, messages, [])

    def lookup(self, items: list[Any]) -> None:
        self.contacts.load(
            {i.values["customer_ref"] for i in items if i.values.get("customer_ref")},
            {i.values["customer_email"] for i in items if i.values.get("customer_email")},
        )
        numbers = sorted(
            {i.values["number"] for i in items if i.values["number"] not in self.existing}
        )
        for chunk in _chunks(numbers):
            found = set(
                self.session.scalars(
                    select(Order.number).where(Order.number.in_(chunk), Order.deleted_at.is_(None))
                )
            )
            for value in chunk:
                self.existing[value] = value in found
        refs = sorted(
            {i.values["product_ref"] for i in items if i.values.get("product_ref")}
            - set(self.products)
        )
        for chunk in _chunks(refs):
            for product_id, reference in self.session.execute(
                select(Product.id, Product.reference).where(
                    Product.reference.in_(chunk), Product.deleted_at.is_(None)
                )
            ):
                self.products.setdefault(reference, product_id)
        for ref in refs:
            self.products.setdefault(ref, None)

    def decide(self, number: int, item: _Item) -> _Outcome:
        values = item.values
        order_number = values["number"]
        if self.existing.get(order_number):
            return _Outcome(SKIP, [RowMessage(MSG_ORDER_EXISTS, {"number": order_number})])
        quantity: Decimal = values.get("quantity", Decimal(1))
        price: Decimal | None = values.get("unit_price")
        amount: Decimal | None = values.get("amount")
        if amount is None:
            assert price is not None
            amount = quantity * price
        amount_cents = int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        if price is None:
            price = amount / quantity if quantity else amount
        price_cents = int((price * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        order = self.orders.get(order_number)
        messages: list[RowMessage] = []
        if order is None:
            contact_id = self.customer(values, messages)
            order = _OrderState(
                id=new_id(),
                number=order_number,
                kind=OrderKind.ORDER.value,
                ordered_at=cv.utc(values["date"]),
                contact_id=contact_id,
                currency=values.get("currency", "EUR"),
                channel=values.get("channel"),
                cancellation=bool(_CANCELLATION.match(order_number)),
            )
            self.orders[order_number] = order
            self.new_orders.append(order)
        order.total += amount_cents
        if self.has_lines:
            product_id = self.product(values, price_cents)
            self.lines.append(
                {
                    "id": new_id(),
                    "created_at": self.now,
                    "updated_at": self.now,
                    "order_id": order.id,
                    "product_id": product_id,
                    "description": values.get("description", ""),
                    "quantity": float(quantity),
                    "unit_price_cents": price_cents,
                    "amount_cents": amount_cents,
                    "vat_rate_bp": values.get("vat_rate", 2000),
                    "position": order.lines,
                }
            )
            order.lines += 1
        return _Outcome(CREATE, messages)

    def customer(self, values: dict[str, Any], messages: list[RowMessage]) -> str | None:
        ref, email = values.get("customer_ref"), values.get("customer_email")
        if not (ref or email):
            return None
        found = self.contacts.find(ref, email)
        if found:
            return found
        name = values.get("customer_name") or ""
        first, last = _split_name(name) if name else ("", ref or "")
        row = _new_row(
            Contact,
            {
                "customer_number": self.numbers.next(),
                "external_ref": ref,
                "email": email,
                "first_name": first,
                "last_name": last,
                "sort_name": _fold(f"{last} {first}"),
                "status": ContactStatus.CUSTOMER.value,
                "country": values.get("country") or "FR",
                "source": "import",
            },
        )
        self.new_contacts.append(row)
        if ref:
            self.contacts.by_ref[ref] = row["id"]
        if email:
            self.contacts.by_email[email.lower()] = row["id"]
        self.extra["contacts"] += 1
        messages.append(RowMessage(MSG_CUSTOMER_FROM_REF, {"value": ref or email}))
        return row["id"]

    def product(self, values: dict[str, Any], price_cents: int) -> str | None:
        ref = values.get("product_ref")
        if not ref:
            return None
        found = self.products.get(ref)
        if found:
            return found
        row = _new_row(
            Product,
            {
                "reference": ref,
                "name": (values.get("description") or ref)[:300],
                "unit_price_cents": max(price_cents, 0),
                "vat_rate_bp": values.get("vat_rate", 2000),
            },
        )
        self.new_products.append(row)
        self.products[ref] = row["id"]
        self.extra["products"] += 1
        return row["id"]

    def flush(self) -> None:
        if self.writer is None:
            return
        self.writer.insert(Contact, self.new_contacts)
        self.new_contacts = []
        self.writer.insert(Product, self.new_products)
        self.new_products = []
        # Parents before children: SQLite then never has a pending (deferred) foreign key
        # to resolve, which would make it search the children of every row inserted.
        # The orders go in now with their total so far, and get their final total, kind
        # and change log entry in finish().
        self.writer.insert(Order, [self.order_row(order) for order in self.new_orders], log=False)
        self.new_orders = []
        self.extra["lines"] += len(self.lines)
        self.writer.insert(OrderLine, self.lines)
        self.lines = []

    def order_row(self, order: _OrderState) -> dict[str, Any]:
        credit = order.cancellation or order.total < 0
        row = _new_row(
            Order,
            {
                "number": order.number,
                "kind": OrderKind.CREDIT_NOTE.value if credit else OrderKind.ORDER.value,
                "contact_id": order.contact_id,
                "ordered_at": order.ordered_at,
                "total_cents": order.total,
                "currency": order.currency,
                "channel": order.channel,
            },
        )
        row["id"] = order.id
        row["created_at"] = row["updated_at"] = self.now
        return row

    def finish(self) -> None:
        self.flush()
        rows = [self.order_row(order) for order in self.orders.values()]
        for row in rows:
            credit = row["kind"] == OrderKind.CREDIT_NOTE
            self.extra["credit_notes" if credit else "orders"] += 1
        if self.writer is not None and rows:
            if self.writer.sqlite:
                self.writer._raw().executemany(
                    "UPDATE orders SET total_cents = ?, kind = ? WHERE id = ?",
                    [(row["total_cents"], row["kind"], row["id"]) for row in rows],
                )
            else:
                table = Order.__table__
                self.writer.connection.execute(
                    update(table)
                    .where(table.c.id == bindparam("k_id"))
                    .values(total_cents=bindparam("v_total"), kind=bindparam("v_kind")),
                    [
                        {"k_id": r["id"], "v_total": r["total_cents"], "v_kind": r["kind"]}
                        for r in rows
                    ],
                )
            for start in range(0, len(rows), 5000):
                self.writer.log_inserts(Order, rows[start : start + 5000])
        if self.writer is not None:
            self.writer.finish()
        self.orders = {}


_ENGINES: dict[str, type[_Engine]] = {
    "contacts": _ContactEngine,
    "companies": _CompanyEngine,
    "products": _ProductEngine,
    "orders": _OrderEngine,
    "interactions": _InteractionEngine,
    "deals": _DealEngine,
}

__all__ = [
    "CREATE",
    "MATCH_KEYS",
    "MERGE",
    "POLICIES",
    "REJECT",
    "SKIP",
    "UPDATE",
    "FieldChange",
    "ImportCancelled",
    "ImportOptions",
    "ImportPreview",
    "ImportSummary",
    "PreviewRow",
    "Reject",
    "RowMessage",
    "preview_import",
    "run_import",
    "write_rejects",
]
