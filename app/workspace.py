"""Where Comptoir keeps its files, and opening the database the user works on."""

from __future__ import annotations

import getpass
import logging
import os
import uuid
from pathlib import Path

import platformdirs

from models.database import Database, open_database

APP_NAME = "Comptoir"
log = logging.getLogger(__name__)


def data_dir() -> Path:
    """The user's data folder (``COMPTOIR_DATA_DIR`` overrides it, for tests and portable use)."""
    override = os.environ.get("COMPTOIR_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def default_database_path() -> Path:
    return data_dir() / "comptoir.db"


def log_path() -> Path:
    return data_dir() / "comptoir.log"


def device_id() -> str:
    """This installation's id, made once; the change log records it with every write."""
    path = data_dir() / "device-id"
    try:
        value = path.read_text(encoding="ascii").strip()
        uuid.UUID(value)
        return value
    except (OSError, ValueError):
        value = str(uuid.uuid4())
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(value, encoding="ascii")
        except OSError:
            log.warning("could not save the device id in %s", path)
        return value


def current_login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "user"


def open_workspace(path: Path | str | None = None) -> Database:
    """Open the database at ``path`` (default: the one in the data folder), creating it."""
    target = Path(path).expanduser() if path else default_database_path()
    return open_database(target, device_id=device_id(), user_login=current_login())


def setup_logging() -> Path:
    """Send warnings and errors (with tracebacks) to the log file in the data folder."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
