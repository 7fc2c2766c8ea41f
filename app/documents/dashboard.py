"""The dashboard report PDF for a period.

The key indicators beside the previous period's, the revenue per month against the year
before, the RFM segments (sizes, share of revenue, strategy and suggested action), the
R × F grid, the open pipeline per stage, and the best customers of the period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.analytics.kpis import Kpi, Period
from app.documents import charts
from app.documents.base import (
    DocumentOptions,
    month_start,
    page_info,
    rfm_table,
)
from app.documents.render import (
    BAD,
    GOOD,
    WIDTH,
    Texts,
    check_pdf_path,
    data_table,
    empty_note,
    make_styles,
    para,
    section,
    side_by_side,
    text,
    write_pdf,
)
from app.errors import QT_TRANSLATE_NOOP
from models.database import Database

TOP_CUSTOMERS = 20
MIN_MONTHS = 12
T_DASHBOARD = QT_TRANSLATE_NOOP("documents", "Dashboard report")


@dataclass(frozen=True)
class TopCustomer:
    contact_id: str
    name: str
    company: str
    orders: int
    revenue_cents: int


def top_customers(db: Database, period: Period, limit: int = TOP_CUSTOMERS) -> list[TopCustomer]:
    """The live contacts with the most net revenue (orders and credit notes) in the period."""
    from sqlalchemy import func, select

    from models import Company, Contact, Order
    from models.enums import OrderKind

    revenue = func.sum(Order.total_cents).label("revenue")
    per_contact = (
        select(
            Order.contact_id.label("contact_id"),
            revenue,
            func.count().filter(Order.kind == OrderKind.ORDER).label("orders"),
        )
        .where(
            Order.contact_id.is_not(None),
            Order.deleted_at.is_(None),
            Order.ordered_at >= period.start_at,
            Order.ordered_at < period.end_at,
        )
        .group_by(Order.contact_id)
        .order_by(revenue.desc())
        .limit(limit * 2)  # a few spare for deleted contacts
        .subquery()
    )
    with db.read() as session:
        rows = session.execute(
            select(
                Contact.id,
                Contact.first_name,
                Contact.last_name,
                Contact.email,
                Company.name,
                per_contact.c.orders,
                per_contact.c.revenue,
            )
            .join(per_contact, per_contact.c.contact_id == Contact.id)
            .outerjoin(Company, Company.id == Contact.company_id)
            .where(Contact.deleted_at.is_(None))
            .order_by(per_contact.c.revenue.desc(), Contact.id)
            .limit(limit)
        ).all()
    return [
        TopCustomer(
            cid,
            " ".join(p for p in (first, last) if p) or (email or ""),
            company or "",
            int(orders or 0),
            int(cents or 0),
        )
        for cid, first, last, email, company, orders, cents in rows
    ]


def kpi_text(texts: Texts, kpi: Kpi, value: float | None) -> str:
    if value is None:
        return "—"
    if kpi.unit == "count":
        return texts.number(value)
    if kpi.unit == "cents":
        return texts.money(value)
    if kpi.unit == "percent":
        return texts.percent(value / 100, 1 if abs(value) < 10 else 0)
    if kpi.unit == "days":
        return texts.tr(QT_TRANSLATE_NOOP("documents", "{days} d"), days=texts.number(value, 1))
    if kpi.key == "nps":
        return ("+" if value > 0 else "") + texts.number(value, 1)
    if kpi.unit == "score":
        return texts.number(value, 1) + "/10"
    return texts.number(value, 2)


def change_markup(texts: Texts, kpi: Kpi) -> str:
    """The change as ▲/▼ and a figure, green when better, orange when worse."""
    if kpi.value is None or kpi.previous is None:
        return ""
    if kpi.unit in ("percent", "score"):
        delta = kpi.value - kpi.previous
        if abs(delta) < 0.05:
            return "="
        shown = texts.tr(
            QT_TRANSLATE_NOOP("documents", "{points} pt"), points=texts.number(abs(delta), 1)
        )
    else:
        ratio = kpi.change
        if ratio is None:
            return ""
        delta = ratio
        if abs(ratio) < 0.0005:
            return "="
        shown = texts.percent(abs(ratio), 1 if abs(ratio) < 0.1 else 0)
    better = (delta > 0) == kpi.better_when_higher
    colour = (GOOD if better else BAD).hexval().replace("0x", "#")
    arrow = "▲" if delta > 0 else "▼"
    return f'<font color="{colour}">{arrow} {text(shown)}</font>'


def dashboard_pdf(
    db: Database,
    out: Path,
    period: Period | None = None,
    options: DocumentOptions | None = None,
    *,
    lifetime: bool | None = None,
) -> Path:
    """Write the dashboard report of ``period`` (default: the 12 months to today).

    ``lifetime``: True computes the lifetime-value fit for the average predicted value,
    False leaves it out, None uses it only if the shared cache holds it already.
    """
    from reportlab.platypus import Paragraph

    from app.analytics.clv import ClvFitError
    from app.analytics.kpis import compute_kpis, pipeline_funnel, revenue_by_month
    from app.analytics.segments import SEGMENTS, segment_for
    from app.company_profile import load_profile
    from app.documents.base import clv_result

    options = options or DocumentOptions()
    out = Path(out)
    check_pdf_path(out)
    texts, styles, tr = options.texts, make_styles(), options.texts.tr
    today = options.day()
    period = period or Period.twelve_months_to(today)
    as_of = min(period.end, today)
    steps = 6
    options.step(0, steps, "")
    clv = None
    if lifetime:
        clv, _error = clv_result(db, options, as_of)
    elif lifetime is None and options.analytics is not None:
        try:
            clv = options.analytics.peek_clv(as_of)
        except ClvFitError:
            clv = None
    options.step(1, steps, "")
    report = compute_kpis(db, period, clv)
    options.step(2, steps, "")
    last = month_start(period.end)
    first = month_start(period.start)
    months_count = (last.year - first.year) * 12 + last.month - first.month + 1
    if months_count < MIN_MONTHS:
        first = month_start(last, -(MIN_MONTHS - 1))
        months_count = MIN_MONTHS
    months = [month_start(first, i) for i in range(months_count)]
    monthly = revenue_by_month(db, month_start(first, -12), period.end)
    revenue = {m: int(c) for m, c in zip(monthly.months, monthly.revenue_cents, strict=True)}
    options.step(3, steps, "")
    rfm = rfm_table(db, options, as_of)
    sizes = rfm.segment_sizes()
    grid = rfm.grid_counts()
    options.step(4, steps, "")
    funnel = pipeline_funnel(db)
    best = top_customers(db, period)
    options.step(5, steps, "")
    profile = load_profile(db)

    previous = period.previous()
    story: list[Flowable] = [
        para(tr(T_DASHBOARD), styles.title),
        para(
            tr(
                QT_TRANSLATE_NOOP("documents", "{start} – {end}, compared with {pstart} – {pend}"),
                start=texts.date(period.start),
                end=texts.date(period.end),
                pstart=texts.date(previous.start),
                pend=texts.date(previous.end),
            ),
            styles.subtitle,
        ),
    ]

    # Key indicators.
    now_label = tr(QT_TRANSLATE_NOOP("documents", "now"))
    rows = []
    for kpi in report.kpis:
        value = kpi_text(texts, kpi, kpi.value)
        if kpi.previous is None and kpi.key in _SNAPSHOTS:
            rows.append(
                [texts.tr(kpi.label, "analytics"), value, "", Paragraph(now_label, styles.small)]
            )
            continue
        rows.append(
            [
                texts.tr(kpi.label, "analytics"),
                value,
                kpi_text(texts, kpi, kpi.previous),
                Paragraph(change_markup(texts, kpi), styles.cell_right),
            ]
        )
    story.extend(
        section(
            tr(QT_TRANSLATE_NOOP("documents", "Key indicators")),
            [
                data_table(
                    [
                        tr(QT_TRANSLATE_NOOP("documents", "Indicator")),
                        tr(QT_TRANSLATE_NOOP("documents", "This period")),
                        tr(QT_TRANSLATE_NOOP("documents", "Previous period")),
                        tr(QT_TRANSLATE_NOOP("documents", "Change")),
                    ],
                    rows,
                    [0.46, 0.2, 0.2, 0.14],
                    styles,
                    right=(1, 2, 3),
                )
            ],
            styles,
        )
    )

    # Revenue per month.
    chart = charts.column_chart(
        [texts.month(m, short=True) for m in months],
        [revenue.get(m, 0) for m in months],
        lambda v: texts.money_whole(v),
        previous=[revenue.get(month_start(m, -12), 0) for m in months],
        dimmed=[not (month_start(m, 1) > period.start and m <= period.end) for m in months],
        legend=(
            tr(QT_TRANSLATE_NOOP("documents", "Revenue")),
            tr(QT_TRANSLATE_NOOP("documents", "Same month a year before")),
        ),
        height=150,
    )
    story.extend(section(tr(QT_TRANSLATE_NOOP("documents", "Revenue per month")), [chart], styles))

    # Pipeline.
    funnel_rows = [
        (
            stage.name,
            float(stage.amount_cents),
            tr(
                QT_TRANSLATE_NOOP("documents", "{amount} · {count} deal(s)"),
                amount=texts.money_whole(stage.amount_cents),
                count=texts.number(stage.deals),
            ),
        )
        for stage in funnel
    ]
    story.extend(
        section(
            tr(QT_TRANSLATE_NOOP("documents", "Open pipeline per stage")),
            [
                charts.bar_list(funnel_rows, label_width=140)
                if funnel_rows
                else empty_note(tr(QT_TRANSLATE_NOOP("documents", "No open deal.")), styles)
            ],
            styles,
        )
    )

    # Segments.
    total_cents = sum(cents for _n, cents in sizes.values()) or 1
    seg_rows = []
    bars = []
    for info in SEGMENTS:
        customers, cents = sizes.get(info.code, (0, 0))
        name = texts.tr(info.name, "analytics")
        seg_rows.append(
            [
                name,
                texts.number(customers),
                texts.percent(cents / total_cents, 1 if cents / total_cents < 0.1 else 0),
                texts.tr(info.strategy, "analytics"),
                texts.tr(info.action, "analytics"),
            ]
        )
        bars.append((name, float(customers), texts.number(customers)))
    grid_lists = [[int(v) for v in row] for row in grid]
    left = [
        para(tr(QT_TRANSLATE_NOOP("documents", "Customers per segment")), styles.cell_bold),
        charts.bar_list(bars, width=WIDTH / 2 - 8, label_width=105, row_height=13.5),
    ]
    right = [
        para(tr(QT_TRANSLATE_NOOP("documents", "Recency (R) × frequency (F)")), styles.cell_bold),
        Spacer(1, 3),
        charts.heat_grid(
            grid_lists,
            lambda r, f: texts.tr(_segment_name(segment_for(r, f)), "analytics"),
            lambda v: texts.number(v),
            column_title=tr(QT_TRANSLATE_NOOP("documents", "5 = most recent, most frequent")),
            width=WIDTH / 2 - 6,
            height=130,
        ),
    ]
    story.extend(
        section(
            tr(
                QT_TRANSLATE_NOOP("documents", "RFM segments as of {date}"),
                date=texts.date(rfm.as_of),
            ),
            [
                side_by_side(left, right),  # type: ignore[arg-type]
                Spacer(1, 4 * mm),
                data_table(
                    [
                        tr(QT_TRANSLATE_NOOP("documents", "Segment")),
                        tr(QT_TRANSLATE_NOOP("documents", "Customers")),
                        tr(QT_TRANSLATE_NOOP("documents", "Share of revenue")),
                        tr(QT_TRANSLATE_NOOP("documents", "Strategy")),
                        tr(QT_TRANSLATE_NOOP("documents", "Suggested action")),
                    ],
                    seg_rows,
                    [0.17, 0.11, 0.11, 0.12, 0.49],
                    styles,
                    right=(1, 2),
                ),
            ],
            styles,
            need=90 * mm,
        )
    )

    # Top customers.
    revenue_total = report.get("revenue_cents").value or 0
    top_rows = [
        [
            str(rank),
            c.name,
            c.company,
            texts.number(c.orders),
            texts.money(c.revenue_cents),
            texts.percent(c.revenue_cents / revenue_total, 1) if revenue_total > 0 else "—",
            _segment_of(texts, rfm, c.contact_id),
        ]
        for rank, c in enumerate(best, start=1)
    ]
    story.extend(
        section(
            tr(
                QT_TRANSLATE_NOOP("documents", "The {count} best customers of the period"),
                count=texts.number(len(best)),
            ),
            [
                data_table(
                    [
                        "#",
                        tr(QT_TRANSLATE_NOOP("documents", "Customer")),
                        tr(QT_TRANSLATE_NOOP("documents", "Company")),
                        tr(QT_TRANSLATE_NOOP("documents", "Orders")),
                        tr(QT_TRANSLATE_NOOP("documents", "Revenue")),
                        tr(QT_TRANSLATE_NOOP("documents", "Share")),
                        tr(QT_TRANSLATE_NOOP("documents", "Segment")),
                    ],
                    top_rows,
                    [0.05, 0.25, 0.22, 0.09, 0.14, 0.09, 0.16],
                    styles,
                    right=(0, 3, 4, 5),
                )
                if top_rows
                else empty_note(
                    tr(QT_TRANSLATE_NOOP("documents", "No sale in this period.")), styles
                )
            ],
            styles,
        )
    )
    title = tr(T_DASHBOARD)
    subject = f"{texts.date(period.start)} – {texts.date(period.end)}"
    written = write_pdf(story, out, page_info(title, subject, options, profile))
    options.step(steps, steps, "")
    return written


#: Indicators of the present moment: no previous value, "now" instead of a change.
_SNAPSHOTS = frozenset(
    {
        "average_predicted_value",
        "pipeline_open_cents",
        "pipeline_weighted_cents",
        "tasks_overdue",
        "complaints_open",
    }
)


def _segment_name(code: str) -> str:
    from app.analytics.segments import segment_info

    return segment_info(code).name


def _segment_of(texts: Texts, rfm: object, contact_id: str) -> str:
    row = rfm.by_contact(contact_id)  # type: ignore[attr-defined]
    return texts.tr(_segment_name(row.segment), "analytics") if row is not None else ""


def parse_period(start: date | None, end: date | None, today: date) -> Period:
    """The period of ``--from``/``--to``: the 12 months to ``end`` (default today) when
    ``start`` is not given."""
    end = end or today
    return Period(start, end) if start else Period.twelve_months_to(end)


__all__ = ["TopCustomer", "dashboard_pdf", "parse_period", "top_customers"]
