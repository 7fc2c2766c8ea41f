"""The analytics commands of the CLI: ``rfm``, ``clv`` and ``kpis``."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.tables import check_table_path
from models.database import Database

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


def run_command(db: Database, args: argparse.Namespace) -> int:
    if args.command == "rfm":
        return _rfm(db, args)
    if args.command == "clv":
        return _clv(db, args)
    return _kpis(db, args)


def _rfm(db: Database, args: argparse.Namespace) -> int:
    from app.analytics.rfm import compute_rfm, write_rfm

    check_table_path(args.out)
    table = compute_rfm(db, args.as_of)
    count = write_rfm(table, args.out)
    print(f"{count} customers scored as of {table.as_of.isoformat()}: {args.out}")
    return 0


def _clv(db: Database, args: argparse.Namespace) -> int:
    from app.analytics.clv import compute_clv, write_clv

    if not 1 <= args.horizon_weeks <= 520:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "The horizon is between 1 and 520 weeks."),
        )
    check_table_path(args.out)
    result = compute_clv(db, args.as_of, horizon_weeks=args.horizon_weeks)
    count = write_clv(result, args.out)
    if args.params:
        print(json.dumps(result.params.as_dict()))
    else:
        print(f"{count} customers valued as of {result.as_of.isoformat()}: {args.out}")
    return 0


def _kpis(db: Database, args: argparse.Namespace) -> int:
    from app.analytics.clv import ClvFitError, compute_clv
    from app.analytics.kpis import Period, compute_kpis, format_kpis, kpis_as_dict

    end = args.end or date.today()
    period = Period(args.start, end) if args.start else Period.last_days(365, end)
    try:
        clv = compute_clv(db, period.end)
    except ClvFitError:
        clv = None  # the average predicted value is then left out
    report = compute_kpis(db, period, clv)
    if args.json:
        print(json.dumps(kpis_as_dict(report), indent=2, default=str))
    else:
        print(format_kpis(report))
    return 0
