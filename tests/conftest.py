"""Shared fixtures: every test gets its own data folder and database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Set before anything imports Qt: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANGUAGE", "en")

import pytest

from models.database import Database

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder, so no test touches the user's real files."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("COMPTOIR_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    from app.workspace import open_workspace

    database = open_workspace(db_path)
    yield database
    database.dispose()
