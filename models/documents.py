"""Documents Comptoir issues and must remember: quotes ("devis").

A quote's number ("DEV-2026-0001") is given once, in the transaction that records the
quote, so numbers run without gaps: a number exists only if its quote does. The quote
keeps what was printed (``content``: the letterhead, the customer block and the lines as
they were), so printing it again gives the same document with the same number.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Entity


class Quote(Entity, Base):
    __tablename__ = "quotes"
    __table_args__ = (UniqueConstraint("year", "sequence", name="uq_quotes_year_sequence"),)

    #: The number printed on the quote, unique: prefix, year and sequence ("DEV-2026-0001").
    number: Mapped[str] = mapped_column(String(40), unique=True)
    #: The year of the numbering series and the rank in it (1, 2, 3… without gaps).
    year: Mapped[int]
    sequence: Mapped[int]
    deal_id: Mapped[str] = mapped_column(ForeignKey("deals.id"), index=True)
    issued_on: Mapped[date]
    valid_until: Mapped[date]
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    total_excl_vat_cents: Mapped[int] = mapped_column(default=0)
    total_vat_cents: Mapped[int] = mapped_column(default=0)
    total_incl_vat_cents: Mapped[int] = mapped_column(default=0)
    #: What was printed: {"seller": {...}, "customer": {...}, "lines": [...], ...}.
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
