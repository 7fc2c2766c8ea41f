"""What every document builder shares: its options, the analytics it reads, the header."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.documents.render import PRINTED_ON, PageInfo, Texts
from app.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from app.analytics.cache import AnalyticsCache
    from app.analytics.clv import ClvResult
    from app.analytics.rfm import RfmTable
    from app.company_profile import CompanyProfile
    from models.database import Database

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

MSG_CANCELLED = QT_TRANSLATE_NOOP("errors", "The document was not written: you cancelled it.")


class DocumentCancelled(UserError):
    def __init__(self) -> None:
        super().__init__(MSG_CANCELLED)


@dataclass(frozen=True)
class DocumentOptions:
    """How to write a document: language and locale, who prints it, which day it is.

    ``analytics`` is the shared cache of the RFM table and the lifetime-value fit (the
    GUI's, so that a document does not compute them again); without it they are computed.
    """

    texts: Texts = field(default_factory=Texts)
    #: The PDF's author (the user's name); the shop's name when empty.
    author: str = ""
    today: date | None = None
    analytics: AnalyticsCache | None = None
    progress: Progress | None = None
    cancel: Cancel | None = None

    def day(self) -> date:
        return self.today or date.today()

    def step(self, done: int, total: int, message: str = "") -> None:
        if self.cancel is not None and self.cancel():
            raise DocumentCancelled()
        if self.progress is not None:
            self.progress(done, total, message)


def page_info(
    title: str, subject: str, options: DocumentOptions, profile: CompanyProfile | None
) -> PageInfo:
    texts = options.texts
    shop = profile.name if profile is not None and profile.name else "Comptoir"
    return PageInfo(
        title=title,
        author=options.author or shop,
        subject=subject,
        header_left=shop,
        header_right=title,
        printed_on=texts.tr(PRINTED_ON, date=texts.date(options.day())),
        texts=texts,
    )


def rfm_table(db: Database, options: DocumentOptions, as_of: date) -> RfmTable:
    if options.analytics is not None:
        return options.analytics.rfm(as_of)
    from app.analytics.rfm import compute_rfm

    return compute_rfm(db, as_of)


def clv_result(
    db: Database, options: DocumentOptions, as_of: date
) -> tuple[ClvResult | None, UserError | None]:
    """The lifetime-value fit, or why there is none."""
    from app.analytics.clv import ClvFitError, compute_clv

    try:
        if options.analytics is not None:
            return options.analytics.clv(as_of), None
        return compute_clv(db, as_of), None
    except ClvFitError as error:
        return None, error


def month_start(day: date, shift: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + shift
    return date(index // 12, index % 12 + 1, 1)


def monthly_totals(
    rows: Sequence[tuple[datetime, int]], last: date, months: int, texts: Texts
) -> tuple[list[date], list[int]]:
    """The sum of the amounts of each of the ``months`` months up to ``last``'s (local)."""
    first = month_start(last, -(months - 1))
    keys = [month_start(first, i) for i in range(months)]
    sums = dict.fromkeys(keys, 0)
    for moment, cents in rows:
        day = texts.local(moment).date() if isinstance(moment, datetime) else moment
        key = date(day.year, day.month, 1)
        if key in sums:
            sums[key] += int(cents or 0)
    return keys, [sums[k] for k in keys]


def utc_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def out_path(path: Path | str) -> Path:
    return Path(path).expanduser()


__all__ = [
    "DocumentCancelled",
    "DocumentOptions",
    "clv_result",
    "month_start",
    "monthly_totals",
    "page_info",
    "rfm_table",
]
