"""The analytics commands of the CLI: ``rfm``, ``clv`` and ``kpis``."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.tables import check_table_path
from models.database import Database

if TYPE_CHECKING:
    from app.analytics.cache import AnalyticsCache

MSG_DATE = QT_TRANSLATE_NOOP("errors", "Not a date: {text} (write it as 2025-12-31).")
NAMES = ("rfm", "clv", "kpis")


def parse_date(text: str) -> date:
    """A date as 2025-12-31 or 31/12/2025 (an argparse type)."""
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(MSG_DATE.format(text=text))


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    rfm = commands.add_parser(
        "rfm", parents=[common], help="RFM scores and segment of every customer, to a file"
    )
    rfm.add_argument("--as-of", type=parse_date, metavar="DATE", help="default: today")
    rfm.add_argument("--out", type=Path, required=True, metavar="FILE.csv|.xlsx")

    clv = commands.add_parser(
        "clv", parents=[common], help="lifetime value and churn risk per customer, to a file"
    )
    clv.add_argument("--as-of", type=parse_date, metavar="DATE", help="default: today")
    clv.add_argument("--horizon-weeks", type=int, default=52, metavar="N")
    clv.add_argument("--out", type=Path, required=True, metavar="FILE.csv|.xlsx")
    clv.add_argument(
        "--params", action="store_true", help="also print the fitted parameters as JSON"
    )

    kpis = commands.add_parser(
        "kpis", parents=[common], help="key customer indicators for a period"
    )
    kpis.add_argument("--from", dest="start", type=parse_date, metavar="DATE")
    kpis.add_argument("--to", dest="end", type=parse_date, metavar="DATE")
    kpis.add_argument("--json", action="store_true", help="print JSON")


def analytics_cache(db: Database) -> AnalyticsCache:
    """The cache the commands read through: its files spare the next command the work."""
    from app.analytics.cache import AnalyticsCache

    return AnalyticsCache(db)


def run_command(db: Database, args: argparse.Namespace) -> int:
    if args.command == "rfm":
        return _rfm(db, args)
    if args.command == "clv":
        return _clv(db, args)
    return _kpis(db, args)


def _rfm(db: Database, args: argparse.Namespace) -> int:
    from app.analytics.rfm import write_rfm

    check_table_path(args.out)
    table = analytics_cache(db).rfm(args.as_of)
    count = write_rfm(table, args.out)
    print(f"{count} customers scored as of {table.as_of.isoformat()}: {args.out}")
    return 0


def _clv(db: Database, args: argparse.Namespace) -> int:
    from app.analytics.clv import write_clv

    if not 1 <= args.horizon_weeks <= 520:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "The horizon is between 1 and 520 weeks."),
        )
    check_table_path(args.out)
    as_of = args.as_of or datetime.now(UTC).date()  # compute_clv's default
    result = analytics_cache(db).clv(as_of, horizon_weeks=args.horizon_weeks)
    count = write_clv(result, args.out)
    if args.params:
        print(json.dumps(result.params.as_dict()))
    else:
        print(f"{count} customers valued as of {result.as_of.isoformat()}: {args.out}")
    return 0


def _kpis(db: Database, args: argparse.Namespace) -> int:
    from app.analytics.clv import ClvFitError
    from app.analytics.kpis import Period, compute_kpis, format_kpis, kpis_as_dict

    end = args.end or date.today()
    period = Period(args.start, end) if args.start else Period.last_days(365, end)
    try:
        clv = analytics_cache(db).clv(period.end)
    except ClvFitError:
        clv = None  # the average predicted value is then left out
    report = compute_kpis(db, period, clv)
    if args.json:
        print(json.dumps(kpis_as_dict(report), indent=2, default=str))
    else:
        print(format_kpis(report))
    return 0
