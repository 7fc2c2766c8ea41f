"""The disk layer of the analytics cache: RFM tables and lifetime-value fits kept in files.

Computing the RFM table of 100,000 customers takes most of a second and fitting the
lifetime-value models a few seconds; a new process (the CLI, the next start of the app)
would do it again for data that did not change. So :class:`~app.analytics.cache.AnalyticsCache`
saves each result it computes in the data folder's ``cache`` sub-folder, and a later
process loads it instead of computing, as long as its key still matches:

- the database (a hash of its absolute path: databases hold no id of their own);
- the kind (``rfm`` or ``clv``), the as-of date and, for the fit, the horizon and discount;
- the newest entry of the change log (every write adds one, so any write makes the file
  stale);
- the file format (:data:`FORMAT`), the application's version and the field names of the
  result classes, so that a change of the code never reads an old file wrongly.

Files are NumPy ``.npz`` archives read with ``allow_pickle=False`` (no code runs when
reading them): one array per column of the rows, the strings as JSON, the key and the
scalars in a JSON header. Loading the 55,000 rows of the benchmark base takes a small
fraction of the time computing them does (``benchmarks/bench_documents.py``).

A file is written to a temporary name, then renamed over the final one (``os.replace``),
so a reader never sees half a file. A damaged, truncated, foreign or stale file is ignored
(and logged): the result is computed again, never an error for the user. At most
:data:`MAX_FILES` files are kept per database; files of older data are deleted when a new
one is saved. The whole folder can be deleted at any time.

Switch it off with the environment variable ``COMPTOIR_ANALYTICS_CACHE=off`` (benchmarks
of cold figures) or ``AnalyticsCache(db, disk=False)``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

#: Bump when the layout of the files changes: older files are then ignored.
FORMAT = 1
#: Files kept per database (results of the current data; the oldest go first).
MAX_FILES = 6
#: ``off`` (or 0, no, false) switches the disk layer off.
ENVIRONMENT = "COMPTOIR_ANALYTICS_CACHE"
FOLDER = "cache"
SUFFIX = ".npz"

#: How each field of a row is stored: "str" (JSON list), "cat" (few distinct strings),
#: "int" (int64), "float" (float64), "float?" (float64 with a mask for None).
_RFM_ROW = (
    ("contact_id", "str"),
    ("customer_id", "str"),
    ("recency_days", "int"),
    ("frequency", "int"),
    ("monetary_cents", "int"),
    ("r_score", "int"),
    ("f_score", "int"),
    ("m_score", "int"),
    ("segment", "cat"),
)
_CLV_ROW = (
    ("contact_id", "str"),
    ("customer_id", "str"),
    ("frequency", "int"),
    ("recency_weeks", "float"),
    ("t_weeks", "float"),
    ("monetary_mean", "float?"),
    ("p_alive", "float"),
    ("expected_purchases", "float"),
    ("predicted_value", "float"),
)


def enabled_by_environment() -> bool:
    """Whether the environment leaves the disk layer on (the default)."""
    value = os.environ.get(ENVIRONMENT, "").strip().lower()
    return value not in {"0", "off", "no", "false"}


def cache_folder() -> Path:
    """The ``cache`` folder in the data folder (read each time: tests change it)."""
    from app.workspace import data_dir

    return data_dir() / FOLDER


def _app_version() -> str:
    try:
        from importlib.metadata import version

        return version("comptoir")
    except Exception:  # not installed as a distribution: the format number must do
        return "unknown"


def _names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if f.init]


def _signature(kind: str) -> dict[str, list[str]]:
    """The field names of the stored classes: a change makes the old files foreign.

    Only the kind's own module is imported (the lifetime one brings scipy, slow to import).
    """
    if kind == "rfm":
        from app.analytics.rfm import RfmRow, RfmTable

        classes: tuple[type, ...] = (RfmTable, RfmRow)
    else:
        from app.analytics.clv import ClvParams, ClvResult, ClvRow

        classes = (ClvResult, ClvRow, ClvParams)
    return {cls.__name__: _names(cls) for cls in classes}


def _hash(text: str, size: int) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:size]


def _key_text(kind: str, key: Sequence[Any], head: str | None) -> str:
    parts = [part.isoformat() if isinstance(part, date) else part for part in key]
    return json.dumps([kind, *parts, head])


class CacheFiles:
    """The saved results of one database, in ``folder`` (default: the data folder's)."""

    def __init__(self, database_path: Path, folder: Path | None = None) -> None:
        self.database = str(Path(database_path).expanduser().resolve())
        #: Identifies the database in file names.
        self.identity = _hash(self.database, 16)
        self._folder = folder
        self._version = _app_version()

    @property
    def folder(self) -> Path:
        return self._folder if self._folder is not None else cache_folder()

    def path(self, kind: str, key: Sequence[Any], head: str | None) -> Path:
        text = _key_text(kind, key, head)
        name = f"{self.identity}-{_hash(str(head), 8)}-{kind}-{_hash(text, 16)}{SUFFIX}"
        return self.folder / name

    def files(self) -> list[Path]:
        """This database's files, oldest first."""
        try:
            found = list(self.folder.glob(f"{self.identity}-*{SUFFIX}"))
        except OSError:
            return []
        return sorted(found, key=_mtime)

    # -- loading ------------------------------------------------------------------------

    def load(self, kind: str, key: Sequence[Any], head: str | None) -> Any | None:
        """The saved result for this key, or None (missing, stale, damaged: logged)."""
        path = self.path(kind, key, head)
        try:
            # Opened here, not by np.load: it leaves the file open on some errors.
            with path.open("rb") as stream, np.load(stream, allow_pickle=False) as archive:
                meta = json.loads(archive["meta"].tobytes().decode("utf-8"))
                expected = {
                    "format": FORMAT,
                    "app": self._version,
                    "database": self.database,
                    "key": _key_text(kind, key, head),
                    "fields": _signature(kind),
                }
                wrong = [name for name, value in expected.items() if meta.get(name) != value]
                if wrong:
                    log.info("analytics cache: ignoring %s (%s differs)", path, ", ".join(wrong))
                    return None
                return _decode(kind, meta, archive)
        except FileNotFoundError:
            return None
        except Exception as error:  # damaged, truncated, unreadable: computed again
            log.warning("analytics cache: ignoring unreadable %s (%s)", path, error)
            _remove(path)
            return None

    # -- saving -------------------------------------------------------------------------

    def save(self, kind: str, key: Sequence[Any], head: str | None, value: Any) -> Path | None:
        """Save a result (atomically), then prune; None when it was not saved (logged)."""
        try:
            meta, arrays = _encode(kind, value)
        except TypeError:
            log.debug("analytics cache: %s results of type %s are not saved", kind, type(value))
            return None
        meta.update(
            format=FORMAT,
            app=self._version,
            database=self.database,
            key=_key_text(kind, key, head),
            fields=_signature(kind),
        )
        path = self.path(kind, key, head)
        temporary: Path | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=path.parent)
            temporary = Path(name)
            with os.fdopen(handle, "wb") as stream:
                header = np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)
                np.savez(stream, meta=header, **arrays)
            os.replace(temporary, path)
            temporary = None
        except OSError as error:
            log.warning("analytics cache: could not save %s (%s)", path, error)
            return None
        finally:
            if temporary is not None:
                _remove(temporary)
        self.prune(keep=path, head=head)
        return path

    def prune(self, keep: Path, head: str | None) -> None:
        """Delete the files of other data versions, then the oldest beyond MAX_FILES."""
        current = f"{self.identity}-{_hash(str(head), 8)}-"
        files = [path for path in self.files() if path != keep]
        for path in [p for p in files if not p.name.startswith(current)]:
            _remove(path)
            files.remove(path)
        for path in files[: max(0, len(files) - (MAX_FILES - 1))]:
            _remove(path)

    def clear(self) -> None:
        """Delete every file of this database."""
        for path in self.files():
            _remove(path)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:  # in use on Windows, read-only folder: harmless
        log.info("analytics cache: could not delete %s (%s)", path, error)


# -- columns ------------------------------------------------------------------------------


def _json_array(value: Any) -> np.ndarray:
    return np.frombuffer(json.dumps(value).encode("utf-8"), dtype=np.uint8)


def _from_json(array: np.ndarray) -> Any:
    return json.loads(array.tobytes().decode("utf-8"))


def _encode_rows(rows: Sequence[Any], spec: Sequence[tuple[str, str]]) -> dict[str, np.ndarray]:
    arrays: dict[str, np.ndarray] = {}
    for name, how in spec:
        values = [getattr(row, name) for row in rows]
        if how == "str":
            arrays[name] = _json_array(values)
        elif how == "cat":
            categories = sorted(set(values))
            index = {value: i for i, value in enumerate(categories)}
            arrays[name] = np.fromiter(map(index.__getitem__, values), np.int32, len(values))
            arrays[f"{name}.categories"] = _json_array(categories)
        elif how == "int":
            arrays[name] = np.asarray(values, dtype=np.int64).reshape(len(values))
        elif how == "float":
            arrays[name] = np.asarray(values, dtype=np.float64).reshape(len(values))
        else:  # "float?"
            missing = np.fromiter((value is None for value in values), bool, len(values))
            filled = [0.0 if value is None else value for value in values]
            arrays[name] = np.asarray(filled, dtype=np.float64).reshape(len(values))
            arrays[f"{name}.missing"] = missing
    return arrays


def _decode_rows(
    archive: Any, row_type: type, spec: Sequence[tuple[str, str]], count: int
) -> tuple[Any, ...]:
    columns: list[list[Any]] = []
    for name, how in spec:
        if how == "str":
            values = _from_json(archive[name])
        elif how == "cat":
            categories = _from_json(archive[f"{name}.categories"])
            values = list(map(categories.__getitem__, archive[name].tolist()))
        elif how == "float?":
            values = archive[name].tolist()
            for i in np.flatnonzero(archive[f"{name}.missing"]).tolist():
                values[i] = None
        else:
            values = archive[name].tolist()
        if len(values) != count:
            raise ValueError(f"column {name} has {len(values)} values, not {count}")
        columns.append(values)
    return tuple(map(row_type, *columns))


def _encode(kind: str, value: Any) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    from app.analytics.rfm import RfmTable

    if kind == "rfm" and isinstance(value, RfmTable):
        meta = {"as_of": value.as_of.isoformat(), "rows": len(value.rows)}
        return meta, _encode_rows(value.rows, _RFM_ROW)
    if kind == "clv" and type(value).__name__ == "ClvResult":  # no scipy import for a table
        from app.analytics.clv import ClvResult

        if not isinstance(value, ClvResult):
            raise TypeError(kind)
        meta = {
            "as_of": value.as_of.isoformat(),
            "horizon_weeks": value.horizon_weeks,
            "monthly_discount": value.monthly_discount,
            "params": dataclasses.asdict(value.params),
            "rows": len(value.rows),
        }
        return meta, _encode_rows(value.rows, _CLV_ROW)
    raise TypeError(kind)


def _decode(kind: str, meta: dict[str, Any], archive: Any) -> Any:
    as_of = date.fromisoformat(meta["as_of"])
    count = int(meta["rows"])
    if kind == "rfm":
        from app.analytics.rfm import RfmRow, RfmTable

        return RfmTable(as_of, _decode_rows(archive, RfmRow, _RFM_ROW, count))
    if kind == "clv":
        from app.analytics.clv import ClvParams, ClvResult, ClvRow

        return ClvResult(
            as_of=as_of,
            horizon_weeks=int(meta["horizon_weeks"]),
            monthly_discount=float(meta["monthly_discount"]),
            params=ClvParams(**meta["params"]),
            rows=_decode_rows(archive, ClvRow, _CLV_ROW, count),
        )
    raise ValueError(f"unknown kind {kind}")


__all__ = [
    "ENVIRONMENT",
    "FORMAT",
    "MAX_FILES",
    "CacheFiles",
    "cache_folder",
    "enabled_by_environment",
]
