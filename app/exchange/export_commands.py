"""The ``export`` command of the CLI.

    comptoir export KIND OUT.xlsx|.csv|.vcf [--segment NAME] [--year Y | --from D --to D]
    comptoir export summary OUT.xlsx [--year Y | --from D --to D]

KIND is contacts, companies, deals, tasks, interactions or orders; ``--segment`` (contacts
only) exports an audience (an RFM segment, a smart list, a saved segment or a campaign,
see :mod:`app.audience`); the period applies to orders and the summary. Module-level
imports stay light: the CLI imports this module at every start.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, UserError
from models.database import Database

NAMES = ("export",)
KINDS = ("contacts", "companies", "deals", "tasks", "interactions", "orders", "summary")

MSG_SEGMENT_KIND = QT_TRANSLATE_NOOP("errors", "--segment only applies to contacts.")
MSG_PERIOD_KIND = QT_TRANSLATE_NOOP("errors", "A period only applies to orders and the summary.")
MSG_YEAR_AND_DATES = QT_TRANSLATE_NOOP("errors", "Give either --year or --from/--to, not both.")


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    from app.analytics.commands import parse_date

    export = commands.add_parser(
        "export",
        parents=[common],
        help="export a list to .xlsx/.csv/.vcf, or the accountant's summary workbook",
        description="Export contacts, companies, deals, tasks, interactions or orders to "
        ".xlsx, .csv (French Excel: ';', UTF-8 with BOM) or .vcf (contacts), or write the "
        "accountant's summary workbook (summary OUT.xlsx).",
    )
    export.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    export.add_argument("out", type=Path, metavar="OUT.xlsx|.csv|.vcf")
    export.add_argument(
        "--segment",
        metavar="NAME",
        help="contacts only: an RFM segment, smart list, saved segment or campaign",
    )
    export.add_argument("--year", type=int, metavar="Y", help="orders/summary: this year")
    export.add_argument("--from", dest="start", type=parse_date, metavar="DATE")
    export.add_argument("--to", dest="end", type=parse_date, metavar="DATE")


def _period(args: argparse.Namespace) -> tuple[date | None, date | None] | None:
    if args.year is not None and (args.start or args.end):
        raise UserError(MSG_YEAR_AND_DATES)
    if args.year is not None:
        return date(args.year, 1, 1), date(args.year, 12, 31)
    if args.start or args.end:
        return args.start, args.end
    return None


def run_command(db: Database, args: argparse.Namespace) -> int:
    from app.exchange.export import TableSpec, check_export, export_table
    from app.exchange.export_kinds import Period

    bounds = _period(args)
    period = Period(*bounds) if bounds else None
    if args.kind == "summary":
        from app.exchange.summary import export_summary

        result = export_summary(db, args.out, period or Period())
        print(
            f"{result.orders} orders and credit notes ({result.credit_notes} credit notes), "
            f"{result.total_incl_cents / 100:.2f} {result.currency} incl. VAT: {args.out}"
        )
        return 0
    if args.segment and args.kind != "contacts":
        raise UserError(MSG_SEGMENT_KIND)
    if period is not None and args.kind != "orders":
        raise UserError(MSG_PERIOD_KIND)
    spec = TableSpec(args.kind, period=period)
    check_export(spec, args.out)
    if args.segment:
        from app.audience import resolve_audience

        audience = resolve_audience(db, args.segment)
        spec = TableSpec(
            "contacts",
            ids=tuple(audience.contact_ids),
            title=audience.title,
            filters=(("Segment", audience.title),),
        )
    result = export_table(db, spec, args.out)
    print(f"{result.rows} {args.kind} exported: {args.out}")
    return 0
