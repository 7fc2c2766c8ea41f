"""The ``import`` command of the CLI.

    comptoir import KIND FILE [--sheet NAME] [--mapping FILE.json]
                   [--on-duplicate skip|update|merge] [--dry-run] [--rejects OUT.xlsx]

prints which column went where (without ``--mapping``), the counts (read, created,
updated, skipped, rejected) and the batch id (for ``comptoir undo``). The mapping file
is a JSON object ``{"header": "field"}`` (a header mapped to "" or null is ignored).
Only the standard library is imported here: the engine is imported when the command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, UserError
from models.database import Database

NAMES = ("import",)
KINDS = ("contacts", "companies", "products", "orders", "interactions", "deals")

MSG_MAPPING_FILE = QT_TRANSLATE_NOOP("errors", "The mapping file {path} cannot be read ({detail}).")
MSG_REJECTS_PATH = QT_TRANSLATE_NOOP("errors", "The rejects file must end in .xlsx: {path}")


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    command = commands.add_parser(
        "import",
        parents=[common],
        help="import contacts, companies, products, orders, interactions or deals from a "
        ".xlsx, .csv or .vcf file, as one batch",
    )
    command.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    command.add_argument("file", type=Path, metavar="FILE", help=".xlsx, .csv or .vcf")
    command.add_argument("--sheet", metavar="NAME", help="default: the first visible sheet")
    command.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE.json",
        help='{"header": "field"}; default: guessed from the headers',
    )
    command.add_argument(
        "--on-duplicate",
        choices=("skip", "update", "merge"),
        default="skip",
        help="what to do with a record already known (default: skip)",
    )
    command.add_argument(
        "--dry-run", action="store_true", help="check everything and write nothing"
    )
    command.add_argument(
        "--rejects", type=Path, metavar="OUT.xlsx", help="save rejected rows and their reasons"
    )


def _load_mapping(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as error:
        detail = getattr(error, "strerror", None) or str(error)
        raise UserError(MSG_MAPPING_FILE, path=str(path), detail=detail) from None
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise UserError(MSG_MAPPING_FILE, path=str(path), detail='expected {"header": "field", …}')
    return {key: value for key, value in data.items() if isinstance(value, str) and value}


def run_command(db: Database, args: argparse.Namespace) -> int:
    from app.exchange.importer import ImportOptions, run_import, write_rejects
    from app.exchange.mapping import describe_mapping, guess_mapping, mapping_from_headers
    from app.exchange.sources import open_source

    if args.rejects is not None and args.rejects.suffix.lower() != ".xlsx":
        raise UserError(MSG_REJECTS_PATH, path=str(args.rejects))
    with open_source(args.file) as source:
        sheet = source.sheet_name(args.sheet)
        header_row = source.detect_header(sheet)
        headers = source.headers(sheet, header_row)
    if args.mapping is not None:
        mapping = mapping_from_headers(args.kind, headers, _load_mapping(args.mapping))
    else:
        mapping = guess_mapping(args.kind, headers)
        print(f"Columns of {args.file.name} (sheet “{sheet}”, headers on row {header_row + 1}):")
        for line in describe_mapping(args.kind, headers, mapping):
            print(f"  {line}")
        ignored = [h for i, h in enumerate(headers) if i not in mapping and h]
        if ignored:
            print(f"  ignored: {', '.join(ignored)}")
    options = ImportOptions(
        kind=args.kind,
        sheet=sheet,
        header_row=header_row,
        mapping=mapping,
        on_duplicate=args.on_duplicate,
    )
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int, message: str) -> None:
        if interactive and total:
            sys.stderr.write(f"\r{done}/{total} rows")
            sys.stderr.flush()

    summary = run_import(db, args.file, options, progress, dry_run=args.dry_run)
    if interactive:
        sys.stderr.write("\r\033[K")
    print(
        f"read {summary.read}, created {summary.created}, updated {summary.updated}, "
        f"skipped {summary.skipped}, rejected {summary.rejected}"
    )
    extra = ", ".join(f"{name} {count}" for name, count in summary.extra.items() if count)
    if extra:
        print(f"also written: {extra}")
    for reject in summary.rejects[:10]:
        print(f"  row {reject.row}: {reject.reason}")
    if len(summary.rejects) > 10:
        print(f"  … and {len(summary.rejects) - 10} more rejected rows")
    if args.rejects is not None and summary.rejects:
        write_rejects(summary, summary.headers, args.rejects)
        print(f"rejected rows written to {args.rejects}")
    if args.dry_run:
        print("dry run: nothing was written")
    elif summary.batch_id:
        print(f"batch {summary.batch_id} (undo with: comptoir undo {summary.batch_id})")
    else:
        print("nothing to write: the database is unchanged")
    return 0
