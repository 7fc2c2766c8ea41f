"""Alembic migrations, run at start-up by :func:`models.database.migrate`.

To add one: change the models, then ``python -m models.migrations revision "what changed"``
(autogenerates against a scratch database at head), review it, and move
``models.database.SCHEMA_HEAD`` to the new revision.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the full-text indexes (virtual tables and their shadow tables) to their
    migrations: ``contacts_fts``, ``contacts_fts_data``…"""
    return not (type_ == "table" and name is not None and "_fts" in name)


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    heads = script().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {heads}")
    return heads[0]


def is_known(revision: str) -> bool:
    return revision in {rev.revision for rev in script().walk_revisions()}


def upgrade(engine: Engine, target: str = "head") -> None:
    cfg = config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, target)


def new_revision(message: str) -> None:
    from models.database import make_engine

    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{folder}/scratch.db")
        upgrade(engine)
        cfg = config()
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            number = f"{len(list(script().walk_revisions())) + 1:04d}"
            command.revision(cfg, message=message, autogenerate=True, rev_id=number)
        engine.dispose()

