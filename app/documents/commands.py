"""The ``report`` command of the CLI: the PDF documents.

    comptoir report customer ID OUT.pdf          the file of a contact or a company
    comptoir report dashboard OUT.pdf [--from DATE] [--to DATE]
    comptoir report quote DEAL_ID OUT.pdf [--new]
    comptoir report calls --segment NAME OUT.pdf

The CLI speaks English; ``--locale`` sets how numbers, amounts and dates are written
(en, fr_FR…). Only the standard library is imported here: reportlab and the analytics
are imported when a report is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from models.database import Database

NAMES = ("report",)


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    from app.analytics.commands import parse_date

    report = commands.add_parser(
        "report", parents=[common], help="write a PDF: customer file, dashboard, quote, call list"
    )
    kinds = report.add_subparsers(dest="report", metavar="KIND", required=True)
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument(
        "--locale",
        default="en",
        metavar="LOCALE",
        help="numbers and dates as in LOCALE (en, fr_FR…)",
    )
    customer = kinds.add_parser(
        "customer", parents=[common, shared], help="the file of a contact or of a company"
    )
    customer.add_argument("id", metavar="ID", help="a contact id, customer number or company id")
    customer.add_argument("out", type=Path, metavar="OUT.pdf")
    dashboard = kinds.add_parser(
        "dashboard", parents=[common, shared], help="the dashboard report of a period"
    )
    dashboard.add_argument("out", type=Path, metavar="OUT.pdf")
    dashboard.add_argument("--from", dest="start", type=parse_date, metavar="DATE")
    dashboard.add_argument("--to", dest="end", type=parse_date, metavar="DATE")
    dashboard.add_argument(
        "--no-lifetime",
        action="store_true",
        help="leave out the average predicted value (saves fitting the lifetime models)",
    )
    quote = kinds.add_parser(
        "quote", parents=[common, shared], help="the quote of a deal with product lines"
    )
    quote.add_argument("deal_id", metavar="DEAL_ID")
    quote.add_argument("out", type=Path, metavar="OUT.pdf")
    quote.add_argument(
        "--new", action="store_true", help="issue a new quote even if the lines did not change"
    )
    calls = kinds.add_parser(
        "calls", parents=[common, shared], help="the call list of a segment or a campaign"
    )
    calls.add_argument(
        "--segment",
        required=True,
        metavar="NAME",
        help="an RFM segment, a smart list, a saved segment or a campaign",
    )
    calls.add_argument("out", type=Path, metavar="OUT.pdf")


def run_command(db: Database, args: argparse.Namespace) -> int:
    from app.analytics.commands import analytics_cache
    from app.documents.base import DocumentOptions
    from app.documents.render import Texts

    options = DocumentOptions(texts=Texts(locale=args.locale), analytics=analytics_cache(db))
    if args.report == "customer":
        return _customer(db, args, options)
    if args.report == "dashboard":
        from app.documents.dashboard import dashboard_pdf, parse_period

        period = parse_period(args.start, args.end, options.day())
        dashboard_pdf(db, args.out, period, options, lifetime=not args.no_lifetime)
        print(f"Dashboard report from {period.start} to {period.end}: {args.out}")
        return 0
    if args.report == "quote":
        from app.documents.quote import issue_quote

        info = issue_quote(db, args.deal_id, args.out, options, new=args.new)
        state = "issued" if info.new else "printed again"
        print(f"Quote {info.number} {state}: {args.out}")
        return 0
    from app.documents.calls import audience_call_list_pdf

    _path, count = audience_call_list_pdf(db, args.out, args.segment, options)
    print(f"Call list of {count} contacts: {args.out}")
    return 0


def _customer(db: Database, args: argparse.Namespace, options: object) -> int:
    from sqlalchemy import select

    from app.documents.customer import company_file_pdf, contact_file_pdf
    from app.errors import QT_TRANSLATE_NOOP, NotFoundError
    from models import Company, Contact

    with db.read() as session:
        contact_id = session.scalar(
            select(Contact.id).where(
                (Contact.id == args.id) | (Contact.customer_number == args.id),
                Contact.deleted_at.is_(None),
            )
        )
        company_id = None
        if contact_id is None:
            company_id = session.scalar(
                select(Company.id).where(Company.id == args.id, Company.deleted_at.is_(None))
            )
    if contact_id is not None:
        contact_file_pdf(db, contact_id, args.out, options)  # type: ignore[arg-type]
        print(f"Customer file: {args.out}")
        return 0
    if company_id is not None:
        company_file_pdf(db, company_id, args.out, options)  # type: ignore[arg-type]
        print(f"Company file: {args.out}")
        return 0
    raise NotFoundError(
        QT_TRANSLATE_NOOP("errors", "There is no contact or company {id}."), id=args.id
    )
