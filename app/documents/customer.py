"""The customer file PDF ("fiche client") of a contact or of a company.

Identity and contact details, consents, the key figures (total spent, orders, average
basket, last purchase; for a contact also the RFM scores and segment, the probability
of still being a customer and the predicted value), the purchases of the last 24 months
as a chart, the latest orders, open deals, open tasks and the interaction timeline.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from app.documents import charts
from app.documents.base import (
    DocumentOptions,
    clv_result,
    month_start,
    monthly_totals,
    page_info,
    rfm_table,
    utc_midnight,
)
from app.documents.labels import label
from app.documents.render import (
    FONT,
    WIDTH,
    Styles,
    Texts,
    check_pdf_path,
    data_table,
    empty_note,
    fields_table,
    figure_tiles,
    make_styles,
    para,
    section,
    side_by_side,
    write_pdf,
)
from app.errors import QT_TRANSLATE_NOOP
from app.validation import readable_phone
from models.database import Database

HISTORY_MONTHS = 24
ORDERS_SHOWN = 12
INTERACTIONS_SHOWN = 25

T_CUSTOMER_FILE = QT_TRANSLATE_NOOP("documents", "Customer file")
T_COMPANY_FILE = QT_TRANSLATE_NOOP("documents", "Company file")


def contact_file_pdf(
    db: Database, contact_id: str, out: Path, options: DocumentOptions | None = None
) -> Path:
    """Write the customer file of a contact to ``out`` (a .pdf)."""
    from app.company_profile import load_profile
    from app.contact_file import load_contact_file
    from models import Order

    options = options or DocumentOptions()
    out = Path(out)
    check_pdf_path(out)
    texts, styles = options.texts, make_styles()
    options.step(0, 4, "")
    data = load_contact_file(db, contact_id, order_limit=ORDERS_SHOWN)
    profile = load_profile(db)
    today = options.day()
    start = month_start(today, -(HISTORY_MONTHS - 1))
    with db.read() as session:
        rows = session.execute(
            Order.__table__.select()
            .with_only_columns(Order.ordered_at, Order.total_cents)
            .where(
                Order.contact_id == contact_id,
                Order.deleted_at.is_(None),
                Order.ordered_at >= utc_midnight(start),
            )
        ).all()
    options.step(1, 4, "")
    rfm_row = segment = None
    clv_row = clv_error = None
    if data.order_count:
        rfm_row = rfm_table(db, options, today).by_contact(contact_id)
        options.step(2, 4, "")
        clv, error = clv_result(db, options, today)
        clv_row = clv.by_contact(contact_id) if clv is not None else None
        clv_error = error
        if rfm_row is not None:
            from app.analytics.segments import segment_info

            segment = segment_info(rfm_row.segment)
    options.step(3, 4, "")

    tr = texts.tr
    story: list[Flowable] = []
    name = " ".join(
        part for part in (label(texts, "civility", data.civility), data.display_name) if part
    )
    story.append(para(name, styles.title))
    subtitle = [tr(T_CUSTOMER_FILE)]
    if data.customer_number:
        subtitle.append(
            tr(QT_TRANSLATE_NOOP("documents", "No. {number}"), number=data.customer_number)
        )
    if data.company_name:
        subtitle.append(data.company_name)
    story.append(para("  ·  ".join(subtitle), styles.subtitle))

    address = "\n".join(
        line
        for line in (
            data.address_line1,
            data.address_line2,
            " ".join(p for p in (data.postcode, data.city) if p),
            data.country if data.country and data.country != "FR" else "",
        )
        if line
    )
    details = fields_table(
        [
            (tr(QT_TRANSLATE_NOOP("documents", "E-mail")), data.email),
            (tr(QT_TRANSLATE_NOOP("documents", "Second e-mail")), data.email2),
            (tr(QT_TRANSLATE_NOOP("documents", "Phone")), readable_phone(data.phone)),
            (tr(QT_TRANSLATE_NOOP("documents", "Mobile")), readable_phone(data.mobile)),
            (tr(QT_TRANSLATE_NOOP("documents", "Address")), address),
            (tr(QT_TRANSLATE_NOOP("documents", "Birthday")), texts.date(data.birthday)),
        ],
        styles,
    )
    profile_block = fields_table(
        [
            (tr(QT_TRANSLATE_NOOP("documents", "Company")), data.company_name),
            (tr(QT_TRANSLATE_NOOP("documents", "Job title")), data.job_title),
            (tr(QT_TRANSLATE_NOOP("documents", "Status")), label(texts, "status", data.status)),
            (
                tr(QT_TRANSLATE_NOOP("documents", "Relationship")),
                label(texts, "stage", data.relationship_stage),
            ),
            (
                tr(QT_TRANSLATE_NOOP("documents", "Preferred channel")),
                label(texts, "channel", data.preferred_channel),
            ),
            (tr(QT_TRANSLATE_NOOP("documents", "Account manager")), data.owner),
            (tr(QT_TRANSLATE_NOOP("documents", "Source")), data.source),
            (tr(QT_TRANSLATE_NOOP("documents", "Tags")), ", ".join(data.tags)),
            (tr(QT_TRANSLATE_NOOP("documents", "Customer since")), texts.date(data.first_purchase)),
        ],
        styles,
    )
    story.append(
        side_by_side(
            _block(tr(QT_TRANSLATE_NOOP("documents", "Contact details")), details, styles),
            _block(tr(QT_TRANSLATE_NOOP("documents", "Profile")), profile_block, styles),
        )
    )

    tiles = [
        (
            tr(QT_TRANSLATE_NOOP("documents", "Total spent")),
            texts.money(data.total_spent_cents),
            "",
        ),
        (tr(QT_TRANSLATE_NOOP("documents", "Orders")), texts.number(data.order_count), ""),
        (
            tr(QT_TRANSLATE_NOOP("documents", "Average basket")),
            texts.money(data.average_basket_cents),
            "",
        ),
        (
            tr(QT_TRANSLATE_NOOP("documents", "Last purchase")),
            texts.short_date(data.last_purchase) or "—",
            _days_ago(texts, data.last_purchase, today),
        ),
    ]
    if rfm_row is not None and segment is not None:
        tiles.append(
            (
                tr(QT_TRANSLATE_NOOP("documents", "RFM scores")),
                f"R{rfm_row.r_score} · F{rfm_row.f_score} · M{rfm_row.m_score}",
                tr(QT_TRANSLATE_NOOP("documents", "1 = lowest, 5 = best")),
            )
        )
        tiles.append(
            (
                tr(QT_TRANSLATE_NOOP("documents", "Segment")),
                texts.tr(segment.name, "analytics"),
                texts.tr(segment.strategy, "analytics"),
            )
        )
    else:
        tiles.append(
            (
                tr(QT_TRANSLATE_NOOP("documents", "RFM segment")),
                "—",
                tr(QT_TRANSLATE_NOOP("documents", "No purchase")),
            )
        )
    if clv_row is not None:
        tiles.append(
            (
                tr(QT_TRANSLATE_NOOP("documents", "Probability still active")),
                texts.percent(clv_row.p_alive),
                "",
            )
        )
        tiles.append(
            (
                tr(QT_TRANSLATE_NOOP("documents", "Predicted value (12 months)")),
                texts.money(round(clv_row.predicted_value * 100)),
                "",
            )
        )
    elif data.order_count:
        reason = (
            texts.tr(clv_error.template, "errors", **clv_error.params)
            if clv_error is not None
            else tr(QT_TRANSLATE_NOOP("documents", "Not available"))
        )
        tiles.append(
            (tr(QT_TRANSLATE_NOOP("documents", "Predicted value (12 months)")), "—", reason)
        )
    story.extend(
        section(
            tr(QT_TRANSLATE_NOOP("documents", "Key figures")), [figure_tiles(tiles, styles)], styles
        )
    )
    if segment is not None:
        story.append(Spacer(1, 3))
        story.append(
            para(
                tr(
                    QT_TRANSLATE_NOOP("documents", "Suggested action: {action}"),
                    action=texts.tr(segment.action, "analytics"),
                ),
                styles.small,
            )
        )

    story.extend(_history(texts, styles, rows, today))
    story.extend(
        section(
            tr(QT_TRANSLATE_NOOP("documents", "Latest orders")),
            [_orders_table(texts, styles, data.orders, data.order_count)],
            styles,
        )
    )
    story.extend(
        section(
            tr(QT_TRANSLATE_NOOP("documents", "Open deals")),
            [_deals_table(texts, styles, data.open_deals, with_contact=False)],
            styles,
        )
    )
    story.extend(
        section(
            tr(QT_TRANSLATE_NOOP("documents", "Open tasks")),
            [_tasks_table(texts, styles, data.open_tasks, with_contact=False)],
            styles,
        )
    )
    consents = [
        (
            label(texts, "channel", c.channel),
            label(texts, "purpose", c.purpose),
            label(texts, "consent", c.status),
            texts.short_date(c.recorded_at),
        )
        for c in data.consents
    ]
    story.extend(
        section(
            tr(QT_TRANSLATE_NOOP("documents", "Consents")),
            [
                data_table(
                    [
                        tr(QT_TRANSLATE_NOOP("documents", "Channel")),
                        tr(QT_TRANSLATE_NOOP("documents", "Purpose")),
                        tr(QT_TRANSLATE_NOOP("documents", "Status")),
                        tr(QT_TRANSLATE_NOOP("documents", "Recorded on")),
                    ],
                    consents,
                    [0.25, 0.3, 0.25, 0.2],
                    styles,
                )
                if consents
                else empty_note(tr(QT_TRANSLATE_NOOP("documents", "No consent recorded.")), styles)
            ],
            styles,
        )
    )
    story.extend(
        section(
            tr(QT_TRANSLATE_NOOP("documents", "Interactions")),
            [_timeline_table(texts, styles, data.interactions, len(data.interactions), False)],
            styles,
        )
    )
    if data.notes:
        story.extend(
            section(
                tr(QT_TRANSLATE_NOOP("documents", "Notes")), [para(data.notes, styles.body)], styles
            )
        )
    title = f"{tr(T_CUSTOMER_FILE)} — {data.display_name}"
    info = page_info(title, data.display_name, options, profile)
    written = write_pdf(story, out, info)
    options.step(4, 4, "")
    return written


def company_file_pdf(
    db: Database, company_id: str, out: Path, options: DocumentOptions | None = None
) -> Path:
    """Write the file of a company (a B2B account) to ``out`` (a .pdf)."""
    from sqlalchemy import select

    from app.companies import account_orders
    from app.company_file import load_company_file
    from app.company_profile import load_profile
    from app.identifiers import format_siren, format_siret, format_vat_number
    from models import Order

    options = options or DocumentOptions()
    out = Path(out)
    check_pdf_path(out)
    texts, styles, tr = options.texts, make_styles(), options.texts.tr
    options.step(0, 2, "")
    data = load_company_file(db, company_id)
    profile = load_profile(db)
    today = options.day()
    start = month_start(today, -(HISTORY_MONTHS - 1))
    orders = account_orders(
        [company_id], Order.ordered_at, Order.total_cents, since=utc_midnight(start)
    )
    with db.read() as session:
        rows = session.execute(select(orders.c.ordered_at, orders.c.total_cents)).all()
    options.step(1, 2, "")

    story: list[Flowable] = [para(data.name, styles.title)]
    subtitle = [tr(T_COMPANY_FILE)]
    if data.legal_name and data.legal_name != data.name:
        subtitle.append(data.legal_name)
    if data.sector:
        subtitle.append(data.sector)
    story.append(para("  ·  ".join(subtitle), styles.subtitle))
    head_office = "\n".join(
        line
        for line in (
            data.address_line1,
            data.address_line2,
            " ".join(p for p in (data.postcode, data.city) if p),
        )
        if line
    )
    delivery = ""
    if data.has_delivery_address:
        delivery = "\n".join(
            line
            for line in (
                data.delivery_address_line1,
                data.delivery_address_line2,
                " ".join(p for p in (data.delivery_postcode, data.delivery_city) if p),
            )
            if line
        )
    identity = fields_table(
        [
            (tr(QT_TRANSLATE_NOOP("documents", "Legal name")), data.legal_name),
            (tr(QT_TRANSLATE_NOOP("documents", "SIREN")), format_siren(data.siren)),
            (tr(QT_TRANSLATE_NOOP("documents", "SIRET")), format_siret(data.siret)),
            (tr(QT_TRANSLATE_NOOP("documents", "VAT number")), format_vat_number(data.vat_number)),
            (tr(QT_TRANSLATE_NOOP("documents", "Sector")), data.sector),
            (tr(QT_TRANSLATE_NOOP("documents", "Headcount")), data.size),
            (tr(QT_TRANSLATE_NOOP("documents", "Account manager")), data.owner),
            (tr(QT_TRANSLATE_NOOP("documents", "Tags")), ", ".join(data.tags)),
        ],
        styles,
    )
    contact = fields_table(
        [
            (tr(QT_TRANSLATE_NOOP("documents", "Phone")), readable_phone(data.phone)),
            (tr(QT_TRANSLATE_NOOP("documents", "E-mail")), data.email),
            (tr(QT_TRANSLATE_NOOP("documents", "Website")), data.website),
            (tr(QT_TRANSLATE_NOOP("documents", "Head office")), head_office),
            (tr(QT_TRANSLATE_NOOP("documents", "Delivery address")), delivery),
        ],
        styles,
    )
    story.append(
        side_by_side(
            _block(tr(QT_TRANSLATE_NOOP("documents", "Identity")), identity, styles),
            _block(tr(QT_TRANSLATE_NOOP("documents", "Contact details")), contact, styles),
        )
    )
    currency = data.currency or "EUR"
    tiles = [
        (
            tr(QT_TRANSLATE_NOOP("documents", "Total revenue")),
            texts.money(data.revenue_total_cents, currency),
            "",
        ),
        (
            tr(QT_TRANSLATE_NOOP("documents", "This year")),
            texts.money(data.revenue_this_year_cents, currency),
            tr(
                QT_TRANSLATE_NOOP("documents", "Last year: {amount}"),
                amount=texts.money(data.revenue_last_year_cents, currency),
            ),
        ),
        (tr(QT_TRANSLATE_NOOP("documents", "Orders")), texts.number(data.order_count), ""),
        (
            tr(QT_TRANSLATE_NOOP("documents", "Average basket")),
            texts.money(data.average_basket_cents, currency),
            "",
        ),
        (
            tr(QT_TRANSLATE_NOOP("documents", "Last order")),
            texts.short_date(data.last_order) or "—",
            _days_ago(texts, data.last_order, today),
        ),
        (
            tr(QT_TRANSLATE_NOOP("documents", "Customer since")),
            texts.short_date(data.first_order) or "—",
            "",
        ),
        (
            tr(QT_TRANSLATE_NOOP("documents", "Open deals")),
            texts.money(data.open_deals_cents, currency),
            tr(
                QT_TRANSLATE_NOOP("documents", "{count} deal(s)"),
                count=texts.number(len(data.open_deals)),
            ),
        ),
        (
            tr(QT_TRANSLATE_NOOP("documents", "Deals won")),
            texts.money(data.won_deals_cents, currency),
            tr(
                QT_TRANSLATE_NOOP("documents", "{count} deal(s)"),
                count=texts.number(data.won_deals_count),
            ),
        ),
    ]
    story.extend(
        section(
            tr(QT_TRANSLATE_NOOP("documents", "Key figures")), [figure_tiles(tiles, styles)], styles
        )
    )
    story.extend(_history(texts, styles, rows, today))
    people = [
        (
            p.name,
            p.job_title,
            p.email,
            readable_phone(p.phone),
            texts.short_date(p.last_interaction),
        )
        for p in data.people
    ]
    story.extend(
        section(
            tr(QT_TRANSLATE_NOOP("documents", "People")),
            [
                data_table(
                    [
                        tr(QT_TRANSLATE_NOOP("documents", "Name")),
                        tr(QT_TRANSLATE_NOOP("documents", "Job title")),
                        tr(QT_TRANSLATE_NOOP("documents", "E-mail")),
                        tr(QT_TRANSLATE_NOOP("documents", "Phone")),
                        tr(QT_TRANSLATE_NOOP("documents", "Last interaction")),
                    ],
                    people,
                    [0.22, 0.2, 0.28, 0.16, 0.14],
                    styles,
                )
                if people
                else empty_note(
                    tr(QT_TRANSLATE_NOOP("documents", "Nobody recorded at this company.")), styles
                )
            ],
            styles,
        )
    )
    story.extend(
        section(
            tr(QT_TRANSLATE_NOOP("documents", "Latest orders")),
            [_orders_table(texts, styles, data.orders[:ORDERS_SHOWN], data.order_count)],
            styles,
        )
    )
    story.extend(
        section(
            tr(QT_TRANSLATE_NOOP("documents", "Open deals")),
            [_deals_table(texts, styles, data.open_deals, with_contact=True)],
            styles,
        )
    )
    story.extend(
        section(
            tr(QT_TRANSLATE_NOOP("documents", "Open tasks")),
            [_tasks_table(texts, styles, data.open_tasks, with_contact=True)],
            styles,
        )
    )
    story.extend(
        section(
            tr(QT_TRANSLATE_NOOP("documents", "Interactions")),
            [_timeline_table(texts, styles, data.interactions, data.interaction_count, True)],
            styles,
        )
    )
    if data.notes:
        story.extend(
            section(
                tr(QT_TRANSLATE_NOOP("documents", "Notes")), [para(data.notes, styles.body)], styles
            )
        )
    title = f"{tr(T_COMPANY_FILE)} — {data.name}"
    written = write_pdf(story, out, page_info(title, data.name, options, profile))
    options.step(2, 2, "")
    return written


# -- pieces -----------------------------------------------------------------------------


def _block(title: str, content: Flowable, styles: Styles) -> list[Flowable]:
    return [Paragraph(title, styles.heading), content]


def _days_ago(texts: Texts, moment: object, today: date) -> str:
    if moment is None:
        return ""
    from datetime import datetime

    day = texts.local(moment).date() if isinstance(moment, datetime) else moment
    assert isinstance(day, date)
    days = (today - day).days
    if days <= 0:
        return texts.tr(QT_TRANSLATE_NOOP("documents", "today"))
    return texts.tr(QT_TRANSLATE_NOOP("documents", "{days} days ago"), days=texts.number(days))


def _history(
    texts: Texts, styles: Styles, rows: list[tuple[object, int]] | list, today: date
) -> list[Flowable]:
    months, cents = monthly_totals([(r[0], r[1]) for r in rows], today, HISTORY_MONTHS, texts)
    title = texts.tr(QT_TRANSLATE_NOOP("documents", "Purchases over the last 24 months"))
    if not any(cents):
        return section(
            title,
            [
                empty_note(
                    texts.tr(QT_TRANSLATE_NOOP("documents", "No purchase in this period.")), styles
                )
            ],
            styles,
        )
    chart = charts.column_chart(
        [texts.month(m, short=True) for m in months],
        cents,
        lambda v: texts.money_whole(v),
        width=WIDTH,
        height=120,
    )
    return section(title, [chart], styles)


def _orders_table(texts: Texts, styles: Styles, orders: tuple, total: int) -> Flowable:
    tr = texts.tr
    if not orders:
        return empty_note(tr(QT_TRANSLATE_NOOP("documents", "No order.")), styles)
    rows = [
        (
            texts.short_date(o.ordered_at),
            o.number,
            label(texts, "order_kind", o.kind),
            texts.number(o.lines),
            texts.money(o.total_cents, o.currency),
        )
        for o in orders
    ]
    table = data_table(
        [
            tr(QT_TRANSLATE_NOOP("documents", "Date")),
            tr(QT_TRANSLATE_NOOP("documents", "Number")),
            tr(QT_TRANSLATE_NOOP("documents", "Kind")),
            tr(QT_TRANSLATE_NOOP("documents", "Lines")),
            tr(QT_TRANSLATE_NOOP("documents", "Total incl. VAT")),
        ],
        rows,
        [0.16, 0.3, 0.2, 0.12, 0.22],
        styles,
        right=(3, 4),
    )
    if total > len(orders):
        return _with_note(
            table,
            tr(
                QT_TRANSLATE_NOOP("documents", "The {shown} latest of {total} orders."),
                shown=texts.number(len(orders)),
                total=texts.number(total),
            ),
            styles,
        )
    return table


def _with_note(table: Flowable, note: str, styles: Styles) -> Flowable:
    from reportlab.platypus import Table

    holder = Table([[table], [para(note, styles.small)]], colWidths=[WIDTH], hAlign="LEFT")
    holder.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return holder


def _deals_table(texts: Texts, styles: Styles, deals: tuple, *, with_contact: bool) -> Flowable:
    tr = texts.tr
    if not deals:
        return empty_note(tr(QT_TRANSLATE_NOOP("documents", "No open deal.")), styles)
    headers = [
        tr(QT_TRANSLATE_NOOP("documents", "Deal")),
        tr(QT_TRANSLATE_NOOP("documents", "Stage")),
    ]
    if with_contact:
        headers.append(tr(QT_TRANSLATE_NOOP("documents", "Contact")))
    headers += [
        tr(QT_TRANSLATE_NOOP("documents", "Expected close")),
        tr(QT_TRANSLATE_NOOP("documents", "Amount")),
    ]
    rows = []
    for d in deals:
        row = [d.title, d.stage]
        if with_contact:
            row.append(d.contact_name)
        row += [texts.short_date(d.expected_close_date), texts.money(d.amount_cents, d.currency)]
        rows.append(row)
    widths = [0.36, 0.2, 0.2, 0.24] if not with_contact else [0.3, 0.16, 0.18, 0.16, 0.2]
    return data_table(headers, rows, widths, styles, right=(len(headers) - 1,))


def _tasks_table(texts: Texts, styles: Styles, tasks: tuple, *, with_contact: bool) -> Flowable:
    tr = texts.tr
    if not tasks:
        return empty_note(tr(QT_TRANSLATE_NOOP("documents", "No open task.")), styles)
    headers = [tr(QT_TRANSLATE_NOOP("documents", "Task"))]
    if with_contact:
        headers.append(tr(QT_TRANSLATE_NOOP("documents", "Contact")))
    headers += [
        tr(QT_TRANSLATE_NOOP("documents", "Due")),
        tr(QT_TRANSLATE_NOOP("documents", "Priority")),
    ]
    rows = []
    for t in tasks:
        row = [t.title]
        if with_contact:
            row.append(t.contact_name)
        row += [texts.short_date(t.due_at), label(texts, "priority", t.priority)]
        rows.append(row)
    widths = [0.6, 0.2, 0.2] if not with_contact else [0.46, 0.22, 0.16, 0.16]
    return data_table(headers, rows, widths, styles)


def _timeline_table(
    texts: Texts, styles: Styles, entries: tuple, total: int, with_contact: bool
) -> Flowable:
    tr = texts.tr
    if not entries:
        return empty_note(tr(QT_TRANSLATE_NOOP("documents", "No interaction recorded.")), styles)
    shown = entries[:INTERACTIONS_SHOWN]
    headers = [
        tr(QT_TRANSLATE_NOOP("documents", "Date")),
        tr(QT_TRANSLATE_NOOP("documents", "Channel")),
    ]
    if with_contact:
        headers.append(tr(QT_TRANSLATE_NOOP("documents", "Contact")))
    headers += [
        tr(QT_TRANSLATE_NOOP("documents", "Subject and outcome")),
        tr(QT_TRANSLATE_NOOP("documents", "By")),
    ]
    rows = []
    for e in shown:
        summary = e.subject or ""
        if e.outcome:
            summary = f"{summary} — {e.outcome}" if summary else e.outcome
        if e.is_complaint:
            complaint = tr(QT_TRANSLATE_NOOP("documents", "Complaint"))
            summary = f"⚠ {complaint}: {summary}"
        row = [texts.short_date(e.occurred_at), label(texts, "channel", e.channel)]
        if with_contact:
            row.append(e.contact_name)
        row += [summary, e.user]
        rows.append(row)
    widths = [0.13, 0.13, 0.56, 0.18] if not with_contact else [0.12, 0.12, 0.18, 0.42, 0.16]
    table = data_table(headers, rows, widths, styles)
    if total > len(shown):
        return _with_note(
            table,
            tr(
                QT_TRANSLATE_NOOP("documents", "The {shown} latest of {total} interactions."),
                shown=texts.number(len(shown)),
                total=texts.number(total),
            ),
            styles,
        )
    return table


__all__ = ["company_file_pdf", "contact_file_pdf"]
