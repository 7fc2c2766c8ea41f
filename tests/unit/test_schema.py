"""The migrations and the models describe the same schema."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from models import Base, migrations
from models.database import SCHEMA_HEAD, make_engine


def test_schema_head_is_the_newest_migration() -> None:
    assert migrations.head() == SCHEMA_HEAD


def test_migrated_database_matches_the_models(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'schema.db'}")
    migrations.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": migrations.include_name}
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_partial_indexes_serve_the_contacts_list(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'plan.db'}")
    migrations.upgrade(engine)
    with engine.connect() as connection:
        plan = " ".join(
            str(row[-1])
            for row in connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM contacts WHERE deleted_at IS NULL "
                "ORDER BY sort_name, id"
            )
        )
    engine.dispose()
    assert "ix_contacts_live_sort" in plan
    assert "TEMP B-TREE" not in plan
