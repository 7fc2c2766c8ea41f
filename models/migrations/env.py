"""Alembic environment: always given a live connection by models.migrations."""

from alembic import context

import models  # noqa: F401 - registers every table on the metadata
from models.base import Base
from models.migrations import include_name

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
