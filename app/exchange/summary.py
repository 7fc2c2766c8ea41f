"""The accountant's workbook: revenue by month, by customer and by product, and the orders.

``comptoir export summary OUT.xlsx [--year Y | --from D --to D]`` and *File → Accountant
summary…* write one .xlsx with five sheets:

- **Summary**: the period, the export date, the number of orders and credit notes, and
  the totals (formulas pointing at the Orders sheet's totals);
- **By month**: one row per month of the period (empty months included), orders, amounts
  excluding VAT, VAT, including VAT;
- **By customer**: one row per customer (largest first);
- **By product**: one row per product (or line description), quantity and amounts;
- **Orders**: every order and credit note of the period, with its amounts.

Decisions:

- An order's amount including VAT is its total; excluding VAT and the VAT come from its
  lines (each line's amount split at its own rate, ``OrderLine.vat_rate_bp``). An order
  without lines has only its amount including VAT: "where known" — its other cells stay
  empty and the totals of those columns leave it out.
- Credit notes count as negatives (whatever sign they were stored with).
- Deleted orders are left out. The period is in local days, both ends included.
- Totals are real formulas (``=SUM(C2:C13)``) that Excel and LibreOffice recalculate;
  the computed value is also stored in each formula cell (openpyxl writes formulas
  without one, so the sheet XML is completed after saving) and the workbook asks for a
  full recalculation on load. A reader that does not calculate still sees the figures.
- Amounts are in the shop's currency (the most common one among the orders); orders in
  another currency are listed with their currency but the sums do not convert them.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.exchange.export import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    FORMULA_STARTS,
    ExportCancelled,
    atomic_output,
    file_format,
    money_format,
    sheet_name,
)
from app.exchange.export_kinds import CHUNK, Period, vat_split
from models.database import Database
from models.enums import OrderKind
from models.people import Company, Contact
from models.sales import Order, OrderLine, Product

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

MSG_XLSX_ONLY = QT_TRANSLATE_NOOP(
    "errors", "The accountant's summary is an Excel workbook: choose a .xlsx file name."
)
MSG_PERIOD = QT_TRANSLATE_NOOP("errors", "The period ends ({end}) before it starts ({start}).")

#: English texts of the workbook, by key (the GUI passes translated ones).
SUMMARY_TEXTS: dict[str, str] = {
    "summary": "Summary",
    "by_month": "By month",
    "by_customer": "By customer",
    "by_product": "By product",
    "orders": "Orders",
    "period": "Period",
    "from": "From",
    "to": "To",
    "all": "All dates",
    "exported": "Exported on",
    "currency": "Currency",
    "order_count": "Orders",
    "credit_count": "Credit notes",
    "month": "Month",
    "customer": "Customer",
    "customer_number": "Customer number",
    "product": "Product",
    "reference": "Reference",
    "quantity": "Quantity",
    "number": "Number",
    "date": "Date",
    "kind": "Kind",
    "order": "Order",
    "credit_note": "Credit note",
    "excl_vat": "Amount excl. VAT",
    "vat": "VAT",
    "incl_vat": "Amount incl. VAT",
    "total": "Total",
    "no_customer": "(no customer)",
    "unknown_product": "(no product)",
    "note": "Amounts excluding VAT are left empty where the order has no lines (VAT unknown).",
}


@dataclass
class Figures:
    """Amounts in cents: incl. VAT always; excl. VAT and VAT where known."""

    count: int = 0
    incl: int = 0
    excl: int = 0
    vat: int = 0
    quantity: float = 0.0

    def add(self, incl: int, excl: int | None, vat: int | None, quantity: float = 0.0) -> None:
        self.count += 1
        self.incl += incl
        self.excl += excl or 0
        self.vat += vat or 0
        self.quantity += quantity


@dataclass(frozen=True)
class OrderLineOut:
    number: str
    day: date
    kind: str
    customer: str
    customer_number: str
    excl: int | None
    vat: int | None
    incl: int
    currency: str


@dataclass
class Summary:
    """What the workbook shows (also handy for tests and the CLI's message)."""

    period: Period
    currency: str
    orders: list[OrderLineOut] = field(default_factory=list)
    months: dict[date, Figures] = field(default_factory=dict)
    customers: dict[tuple[str, str], Figures] = field(default_factory=dict)
    products: dict[tuple[str, str], Figures] = field(default_factory=dict)

    @property
    def total_incl(self) -> int:
        return sum(order.incl for order in self.orders)

    @property
    def total_excl(self) -> int:
        return sum(order.excl or 0 for order in self.orders)

    @property
    def credit_notes(self) -> int:
        return sum(1 for order in self.orders if order.kind == OrderKind.CREDIT_NOTE)


@dataclass(frozen=True)
class SummaryResult:
    path: Path
    orders: int
    credit_notes: int
    total_incl_cents: int
    currency: str


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31))


def check_period(period: Period) -> None:
    if period.start and period.end and period.end < period.start:
        raise UserError(MSG_PERIOD, start=period.start.isoformat(), end=period.end.isoformat())


def _local_day(moment: datetime) -> date:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


def compute_summary(
    db: Database,
    period: Period,
    texts: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Summary:
    """The figures of the period, from the live orders and their lines."""
    words = {**SUMMARY_TEXTS, **(texts or {})}
    report = progress or (lambda done, total, message: None)
    stop = cancel or (lambda: False)
    check_period(period)
    low, high = period.bounds()
    statement = (
        select(
            Order.id,
            Order.number,
            Order.ordered_at,
            Order.kind,
            Order.total_cents,
            Order.currency,
            Contact.first_name,
            Contact.last_name,
            Contact.customer_number,
            Company.name,
        )
        .outerjoin(Contact, Contact.id == Order.contact_id)
        .outerjoin(Company, Company.id == Order.company_id)
        .where(Order.deleted_at.is_(None))
        .order_by(Order.ordered_at, Order.number, Order.id)
    )
    if low is not None:
        statement = statement.where(Order.ordered_at >= low)
    if high is not None:
        statement = statement.where(Order.ordered_at < high)
    with db.read() as session:
        connection = session.connection()
        records = connection.execute(statement).all()
        currencies: dict[str, int] = defaultdict(int)
        for record in records:
            currencies[record.currency or "EUR"] += 1
        currency = max(currencies, key=lambda c: currencies[c]) if currencies else "EUR"
        summary = Summary(period, currency)
        names = {
            product_id: (name, reference or "")
            for product_id, name, reference in connection.execute(
                select(Product.id, Product.name, Product.reference)
            )
        }
        total = len(records)
        report(0, total, "")
        for begin in range(0, total, CHUNK):
            if stop():
                raise ExportCancelled
            part = records[begin : begin + CHUNK]
            lines: dict[str, list[Any]] = defaultdict(list)
            for line in connection.execute(
                select(
                    OrderLine.order_id,
                    OrderLine.product_id,
                    OrderLine.description,
                    OrderLine.quantity,
                    OrderLine.amount_cents,
                    OrderLine.vat_rate_bp,
                ).where(
                    OrderLine.order_id.in_([r.id for r in part]), OrderLine.deleted_at.is_(None)
                )
            ):
                lines[line.order_id].append(line)
            for record in part:
                _add_order(summary, record, lines.get(record.id, []), names, words)
            report(min(total, begin + CHUNK), total, "")
    _fill_months(summary)
    return summary


def _add_order(
    summary: Summary,
    record: Any,
    lines: Sequence[Any],
    names: Mapping[str, tuple[str, str]],
    words: Mapping[str, str],
) -> None:
    credit = record.kind == OrderKind.CREDIT_NOTE
    sign = -1 if credit else 1
    incl = sign * abs(record.total_cents or 0)
    excl: int | None = None
    vat: int | None = None
    if lines:
        excl = 0
        for line in lines:
            amount = sign * abs(line.amount_cents or 0)
            line_excl, line_vat = vat_split(amount, line.vat_rate_bp or 0)
            excl += line_excl
            if line.product_id and line.product_id in names:
                key = names[line.product_id]
            else:
                key = (line.description or words["unknown_product"], "")
            figures = summary.products.setdefault(key, Figures())
            figures.add(amount, line_excl, line_vat, sign * abs(line.quantity or 0))
        vat = incl - excl
    day = _local_day(record.ordered_at)
    person = f"{record.first_name or ''} {record.last_name or ''}".strip()
    customer = person or record.name or words["no_customer"]
    number = record.customer_number or ""
    summary.orders.append(
        OrderLineOut(
            record.number or "",
            day,
            record.kind,
            customer,
            number,
            excl,
            vat,
            incl,
            record.currency or summary.currency,
        )
    )
    summary.months.setdefault(date(day.year, day.month, 1), Figures()).add(incl, excl, vat)
    summary.customers.setdefault((customer, number), Figures()).add(incl, excl, vat)


def _fill_months(summary: Summary) -> None:
    """Every month of the period gets a row, in order (empty ones too)."""
    if not summary.months and not (summary.period.start and summary.period.end):
        return
    days = list(summary.months)
    first = summary.period.start or min(days)
    last = summary.period.end or max(days)
    month = date(first.year, first.month, 1)
    filled: dict[date, Figures] = {}
    while month <= last:
        filled[month] = summary.months.get(month, Figures())
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    summary.months = filled


# -- the workbook -------------------------------------------------------------------------


def export_summary(
    db: Database,
    path: Path,
    period: Period,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    texts: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> SummaryResult:
    """Write the accountant's workbook of ``period`` to ``path`` (.xlsx, atomically)."""
    if file_format(path) != "xlsx":
        raise UserError(MSG_XLSX_ONLY)
    check_period(period)
    words = {**SUMMARY_TEXTS, **(texts or {})}
    summary = compute_summary(db, period, words, progress, cancel)
    data = summary_workbook(summary, words, now or datetime.now(UTC))
    with atomic_output(path, binary=True) as handle:
        handle.write(data)
    return SummaryResult(
        path, len(summary.orders), summary.credit_notes, summary.total_incl, summary.currency
    )


class _Sheet:
    """A write-only sheet that remembers the cached value of each formula it writes."""

    def __init__(self, workbook: Any, title: str, money: str) -> None:
        self.sheet = workbook.create_sheet(sheet_name(title))
        self.money = money
        self.rows = 0
        self.cached: dict[str, Any] = {}

    def widths(self, *widths: float) -> None:
        from openpyxl.utils import get_column_letter

        for index, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width

    def append(self, values: Sequence[Any], *, bold: bool = False) -> int:
        """Append a row; returns its number. ``Formula`` values become formula cells."""
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self.rows += 1
        cells = []
        for index, value in enumerate(values, start=1):
            if value is None:
                cells.append(None)
                continue
            if isinstance(value, Formula):
                cell = WriteOnlyCell(self.sheet, value=value.text)
                self.cached[f"{get_column_letter(index)}{self.rows}"] = value.cached
                if value.money:
                    cell.number_format = self.money
            elif isinstance(value, Month):
                cell = WriteOnlyCell(self.sheet, value=value.first_day)
                cell.number_format = "mmmm yyyy"
            elif isinstance(value, Cents):
                cell = WriteOnlyCell(self.sheet, value=Decimal(value.cents) / 100)
                cell.number_format = self.money
            elif isinstance(value, str):
                cell = WriteOnlyCell(self.sheet, value=value)
                cell.data_type = "s"  # never a formula
                if value.startswith(FORMULA_STARTS):
                    cell.quotePrefix = True
            elif isinstance(value, datetime):
                cell = WriteOnlyCell(self.sheet, value=value)
                cell.number_format = DATETIME_FORMAT
            elif isinstance(value, date):
                cell = WriteOnlyCell(self.sheet, value=value)
                cell.number_format = DATE_FORMAT
            else:
                cell = WriteOnlyCell(self.sheet, value=value)
            if bold:
                cell.font = Font(bold=True)
            cells.append(cell)
        self.sheet.append(cells)
        return self.rows


@dataclass(frozen=True)
class Formula:
    text: str
    cached: Any
    money: bool = True


@dataclass(frozen=True)
class Month:
    first_day: date


@dataclass(frozen=True)
class Cents:
    cents: int


def _cents(value: int | None) -> Cents | None:
    return None if value is None else Cents(value)


def _sum(column: str, first: int, last: int, cached_cents: int | float, money: bool) -> Formula:
    cached: Any = Decimal(int(cached_cents)) / 100 if money else cached_cents
    if last < first:
        return Formula("=0", 0, money)
    return Formula(f"=SUM({column}{first}:{column}{last})", cached, money)


def summary_workbook(summary: Summary, words: Mapping[str, str], now: datetime) -> bytes:
    """The .xlsx bytes of the summary, formulas with their cached values."""
    from openpyxl import Workbook
    from openpyxl.workbook.properties import CalcProperties

    workbook = Workbook(write_only=True)
    workbook.calculation = CalcProperties(fullCalcOnLoad=True)
    money = money_format(summary.currency)
    headers = (words["excl_vat"], words["vat"], words["incl_vat"])
    front = _Sheet(workbook, words["summary"], money)

    # By month
    months = _Sheet(workbook, words["by_month"], money)
    months.widths(16, 10, 20, 16, 20)
    months.sheet.freeze_panes = "A2"
    months.append((words["month"], words["order_count"], *headers), bold=True)
    for month, figures in summary.months.items():
        months.append(
            (
                Month(month),
                figures.count,
                Cents(figures.excl),
                Cents(figures.vat),
                Cents(figures.incl),
            )
        )
    last = months.rows
    month_total = months.append(
        (
            words["total"],
            _sum("B", 2, last, sum(f.count for f in summary.months.values()), False),
            _sum("C", 2, last, sum(f.excl for f in summary.months.values()), True),
            _sum("D", 2, last, sum(f.vat for f in summary.months.values()), True),
            _sum("E", 2, last, sum(f.incl for f in summary.months.values()), True),
        ),
        bold=True,
    )

    # By customer, largest first
    customers = _Sheet(workbook, words["by_customer"], money)
    customers.widths(32, 16, 10, 20, 16, 20)
    customers.sheet.freeze_panes = "A2"
    customers.append(
        (words["customer"], words["customer_number"], words["order_count"], *headers), bold=True
    )
    ranked = sorted(summary.customers.items(), key=lambda item: (-item[1].incl, item[0]))
    for (name, number), figures in ranked:
        customers.append(
            (
                name,
                number or None,
                figures.count,
                Cents(figures.excl),
                Cents(figures.vat),
                Cents(figures.incl),
            )
        )
    last = customers.rows
    customers.append(
        (
            words["total"],
            None,
            _sum("C", 2, last, sum(f.count for f in summary.customers.values()), False),
            _sum("D", 2, last, sum(f.excl for f in summary.customers.values()), True),
            _sum("E", 2, last, sum(f.vat for f in summary.customers.values()), True),
            _sum("F", 2, last, sum(f.incl for f in summary.customers.values()), True),
        ),
        bold=True,
    )

    # By product, largest first
    products = _Sheet(workbook, words["by_product"], money)
    products.widths(36, 14, 12, 20, 16, 20)
    products.sheet.freeze_panes = "A2"
    products.append((words["product"], words["reference"], words["quantity"], *headers), bold=True)
    ranked_products = sorted(summary.products.items(), key=lambda item: (-item[1].incl, item[0]))
    for (name, reference), figures in ranked_products:
        products.append(
            (
                name,
                reference or None,
                round(figures.quantity, 3),
                Cents(figures.excl),
                Cents(figures.vat),
                Cents(figures.incl),
            )
        )
    last = products.rows
    products.append(
        (
            words["total"],
            None,
            None,
            _sum("D", 2, last, sum(f.excl for f in summary.products.values()), True),
            _sum("E", 2, last, sum(f.vat for f in summary.products.values()), True),
            _sum("F", 2, last, sum(f.incl for f in summary.products.values()), True),
        ),
        bold=True,
    )

    # Orders
    orders = _Sheet(workbook, words["orders"], money)
    orders.widths(16, 12, 13, 32, 16, 20, 16, 20, 10)
    orders.sheet.freeze_panes = "A2"
    orders.append(
        (
            words["number"],
            words["date"],
            words["kind"],
            words["customer"],
            words["customer_number"],
            *headers,
            words["currency"],
        ),
        bold=True,
    )
    for order in summary.orders:
        orders.append(
            (
                order.number or None,
                order.day,
                words.get(order.kind, order.kind),
                order.customer,
                order.customer_number or None,
                _cents(order.excl),
                _cents(order.vat),
                Cents(order.incl),
                order.currency,
            )
        )
    last = orders.rows
    orders.sheet.auto_filter.ref = f"A1:I{max(last, 1)}"
    excl_total = sum(o.excl or 0 for o in summary.orders)
    vat_total = sum(o.vat or 0 for o in summary.orders)
    incl_total = summary.total_incl
    order_total = orders.append(
        (
            words["total"],
            None,
            None,
            None,
            None,
            _sum("F", 2, last, excl_total, True),
            _sum("G", 2, last, vat_total, True),
            _sum("H", 2, last, incl_total, True),
            None,
        ),
        bold=True,
    )

    # Summary (first sheet): the period and the totals, pointing at the Orders sheet.
    front.widths(30, 22)
    period = summary.period
    front.append((words["period"], _period_text(period, words)), bold=False)
    if period.start:
        front.append((words["from"], period.start))
    if period.end:
        front.append((words["to"], period.end))
    front.append((words["exported"], now.astimezone().replace(tzinfo=None, microsecond=0)))
    front.append((words["currency"], summary.currency))
    front.append((words["order_count"], len(summary.orders) - summary.credit_notes))
    front.append((words["credit_count"], summary.credit_notes))
    reference = _quoted(orders.sheet.title)
    for column, label, cents in (
        ("F", words["excl_vat"], excl_total),
        ("G", words["vat"], vat_total),
        ("H", words["incl_vat"], incl_total),
    ):
        front.append(
            (label, Formula(f"={reference}!{column}{order_total}", Decimal(cents) / 100)),
            bold=True,
        )
    front.append(
        (
            words["by_month"],
            Formula(
                f"={_quoted(months.sheet.title)}!E{month_total}",
                Decimal(sum(f.incl for f in summary.months.values())) / 100,
            ),
        )
    )
    front.append((words["note"],))

    buffer = io.BytesIO()
    workbook.save(buffer)
    sheets = [front, months, customers, products, orders]
    return _with_cached_values(buffer.getvalue(), [s.cached for s in sheets])


def _quoted(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def _period_text(period: Period, words: Mapping[str, str]) -> str:
    if period.start is None and period.end is None:
        return words["all"]
    if (
        period.start
        and period.end
        and period.start == date(period.start.year, 1, 1)
        and period.end == date(period.start.year, 12, 31)
    ):
        return str(period.start.year)
    start = period.start.strftime("%d/%m/%Y") if period.start else "…"
    end = period.end.strftime("%d/%m/%Y") if period.end else "…"
    return f"{start} – {end}"


_FORMULA_CELL = re.compile(rb'<c r="([A-Z]+[0-9]+)"([^>]*)><f>([^<]*)</f>(?:<v\s*/>|<v></v>)?</c>')


def _with_cached_values(data: bytes, cached: Sequence[dict[str, Any]]) -> bytes:
    """Add each formula's computed value (``<v>``) to the sheets of the saved workbook."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            match = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", item.filename)
            if match and int(match.group(1)) <= len(cached):
                values = cached[int(match.group(1)) - 1]

                def fill(found: re.Match[bytes], values: dict[str, Any] = values) -> bytes:
                    coordinate = found.group(1).decode()
                    if coordinate not in values:
                        return found.group(0)
                    value = values[coordinate]
                    return (
                        b'<c r="'
                        + found.group(1)
                        + b'"'
                        + found.group(2)
                        + b"><f>"
                        + found.group(3)
                        + b"</f><v>"
                        + _number(value)
                        + b"</v></c>"
                    )

                content = _FORMULA_CELL.sub(fill, content)
            target.writestr(item, content)
    return out.getvalue()


def _number(value: Any) -> bytes:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f").encode()
    return str(value).encode()


__all__ = [
    "SUMMARY_TEXTS",
    "Summary",
    "SummaryResult",
    "compute_summary",
    "export_summary",
    "summary_workbook",
    "year_period",
]
