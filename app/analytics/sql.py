"""SQL helpers shared by the analytics queries."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class bare(FunctionElement[Any]):
    """A column's value; on SQLite written ``+column`` (elsewhere: the column itself).

    The unary ``+`` has two effects the analytics queries use on SQLite: the planner walks
    no index for that column (grouping orders by contact along the (contact, time) index
    would fetch the rows in random order — reading the table in order and grouping in a
    temporary b-tree is about twice as fast), and the value has no type affinity, so a
    timestamp compared with text bounds is compared as text directly (about a fifth
    faster over a whole table).
    """

    inherit_cache = True
    name = "bare"

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(bare)
def _bare_default(element: bare, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(bare, "sqlite")
def _bare_sqlite(element: bare, compiler: SQLCompiler, **kw: Any) -> str:
    return f"+{compiler.process(element.clauses, **kw)}"
