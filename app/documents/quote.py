"""Quotes ("devis") from a deal's product lines, numbered without gaps.

Issuing a quote records it (table ``quotes``) and gives it the next number of the year
("DEV-2026-0001") in the same transaction; the PDF is laid out inside that transaction,
so a quote that cannot be written rolls back and its number is given to the next one.
A quote keeps what it printed: printing the deal's quote again, while its lines and
customer are unchanged, gives the same document with the same number. Once the lines
change, the next print is a new quote with a new number.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.documents.base import DocumentOptions, page_info
from app.documents.render import (
    ACCENT,
    ACCENT_LIGHT,
    FONT,
    FONT_BOLD,
    MUTED,
    RULE,
    WIDTH,
    Styles,
    Texts,
    check_pdf_path,
    data_table,
    make_styles,
    para,
    text,
    write_pdf,
)
from app.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from models.database import Database

MSG_NO_LINES = QT_TRANSLATE_NOOP(
    "errors", "The deal “{title}” has no product lines: add some lines to make a quote."
)
MSG_NO_DEAL = QT_TRANSLATE_NOOP("errors", "There is no deal {id}.")
MSG_NO_PROFILE = QT_TRANSLATE_NOOP(
    "errors",
    "Fill in your company profile first (Settings, Company profile): a quote shows your "
    "name and address.",
)
T_QUOTE = QT_TRANSLATE_NOOP("documents", "Quote")


@dataclass(frozen=True)
class QuoteInfo:
    id: str
    number: str
    deal_id: str
    issued_on: date
    valid_until: date
    currency: str
    total_excl_vat_cents: int
    total_vat_cents: int
    total_incl_vat_cents: int
    #: True when this call recorded the quote (False: printed again).
    new: bool = False


@dataclass(frozen=True)
class _Line:
    description: str
    reference: str
    quantity: float
    unit_price_cents: int
    discount_bp: int
    vat_rate_bp: int


def _info(quote: Any, new: bool) -> QuoteInfo:
    return QuoteInfo(
        quote.id,
        quote.number,
        quote.deal_id,
        quote.issued_on,
        quote.valid_until,
        quote.currency,
        quote.total_excl_vat_cents,
        quote.total_vat_cents,
        quote.total_incl_vat_cents,
        new,
    )


def quotes_of_deal(db: Database, deal_id: str) -> list[QuoteInfo]:
    """The deal's quotes, newest first."""
    from sqlalchemy import select

    from models import Quote

    with db.read() as session:
        return [
            _info(q, False)
            for q in session.scalars(
                select(Quote)
                .where(Quote.deal_id == deal_id, Quote.deleted_at.is_(None))
                .order_by(Quote.year.desc(), Quote.sequence.desc())
            )
        ]


def _content(session: Any, deal_id: str) -> dict[str, Any]:
    """What the quote of the deal shows about the customer and the lines, as JSON."""
    from sqlalchemy import select

    from models import Company, Contact, Deal, DealLine, Product

    deal = session.get(Deal, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise NotFoundError(MSG_NO_DEAL, id=deal_id)
    lines = [
        _Line(
            line.description or (name or ""),
            reference or "",
            float(line.quantity),
            line.unit_price_cents,
            line.discount_bp,
            line.vat_rate_bp,
        ).__dict__
        for line, reference, name in session.execute(
            select(DealLine, Product.reference, Product.name)
            .outerjoin(Product, Product.id == DealLine.product_id)
            .where(DealLine.deal_id == deal_id, DealLine.deleted_at.is_(None))
            .order_by(DealLine.position)
        )
    ]
    if not lines:
        raise UserError(MSG_NO_LINES, title=deal.title)
    contact = session.get(Contact, deal.contact_id) if deal.contact_id else None
    company = session.get(Company, deal.company_id) if deal.company_id else None
    if company is None and contact is not None and contact.company_id:
        company = session.get(Company, contact.company_id)
    person = ""
    if contact is not None:
        person = " ".join(p for p in (contact.first_name, contact.last_name) if p)
    source = company if company is not None and company.address_line1 else contact
    address: list[str] = []
    if source is not None:
        address = [
            line
            for line in (
                source.address_line1,
                source.address_line2,
                " ".join(p for p in (source.postcode, source.city) if p),
            )
            if line
        ]
    customer = {
        "company": (company.legal_name or company.name) if company is not None else "",
        "person": person,
        "address": address,
        "siret": company.siret or "" if company is not None else "",
        "vat_number": company.vat_number or "" if company is not None else "",
        "email": (contact.email or "") if contact is not None else "",
    }
    return {"title": deal.title, "currency": deal.currency, "customer": customer, "lines": lines}


def issue_quote(
    db: Database,
    deal_id: str,
    out: Path,
    options: DocumentOptions | None = None,
    *,
    new: bool = False,
) -> QuoteInfo:
    """Write the deal's quote to ``out``: its latest quote again if nothing changed since
    (and ``new`` is False), else a new quote with the next number (recorded)."""
    from sqlalchemy import func, select

    from app.company_profile import load_profile
    from app.pipeline import totals_of
    from models import Quote
    from models.enums import BatchKind

    options = options or DocumentOptions()
    out = Path(out)
    check_pdf_path(out)
    profile = load_profile(db)
    with db.read() as session:
        content = _content(session, deal_id)
        latest = session.scalars(
            select(Quote)
            .where(Quote.deal_id == deal_id, Quote.deleted_at.is_(None))
            .order_by(Quote.year.desc(), Quote.sequence.desc())
            .limit(1)
        ).first()
    if latest is not None and not new and _same(latest.content, content):
        _render(latest.content, _info(latest, False), out, options)
        return _info(latest, False)
    if profile.is_empty:
        raise UserError(MSG_NO_PROFILE)
    today = options.day()
    totals = totals_of(_Line(**line) for line in content["lines"])
    content = {
        **content,
        "seller": profile.as_dict(),
        "by_rate": [list(rate) for rate in totals.by_rate],
    }
    temp = _temp_beside(out)
    try:
        with db.write(BatchKind.ISSUE, f"Quote for the deal {content['title']}") as session:
            year = today.year
            last = session.scalar(select(func.max(Quote.sequence)).where(Quote.year == year))
            sequence = (last or 0) + 1
            quote = Quote(
                number=f"{profile.quote_prefix}-{year}-{sequence:04d}",
                year=year,
                sequence=sequence,
                deal_id=deal_id,
                issued_on=today,
                valid_until=today + timedelta(days=profile.quote_validity_days),
                currency=content["currency"] or "EUR",
                total_excl_vat_cents=totals.ht_cents,
                total_vat_cents=totals.vat_cents,
                total_incl_vat_cents=totals.ttc_cents,
                content=content,
            )
            session.add(quote)
            session.flush()
            info = _info(quote, True)
            # Laid out before the commit: a quote that cannot be written is not recorded.
            _render(content, info, temp, options)
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    return info


def _same(stored: dict[str, Any], current: dict[str, Any]) -> bool:
    keys = ("title", "currency", "customer", "lines")
    return all(stored.get(key) == current.get(key) for key in keys)


def _temp_beside(out: Path) -> Path:
    from app.documents.render import MSG_WRITE

    try:
        handle, name = tempfile.mkstemp(prefix=".comptoir-quote-", suffix=".pdf", dir=out.parent)
    except OSError as error:
        raise UserError(MSG_WRITE, path=str(out), detail=error.strerror or str(error)) from error
    os.close(handle)
    return Path(name)


# -- the document -----------------------------------------------------------------------


def _render(content: dict[str, Any], info: QuoteInfo, out: Path, options: DocumentOptions) -> None:
    from app.company_profile import CompanyProfile
    from app.identifiers import format_siret, format_vat_number
    from app.pipeline import line_total_cents

    texts, styles = options.texts, make_styles()
    tr = texts.tr
    seller = CompanyProfile.from_dict(content.get("seller"))
    customer = content.get("customer", {})
    currency = info.currency
    story: list[Flowable] = []

    # Letterhead: the shop on the left, the quote's references on the right.
    shop: list[Flowable] = []
    if seller.logo_path and Path(seller.logo_path).is_file():
        try:
            logo = Image(seller.logo_path)
            ratio = min(45 * mm / logo.imageWidth, 20 * mm / logo.imageHeight)
            logo.drawWidth, logo.drawHeight = logo.imageWidth * ratio, logo.imageHeight * ratio
            logo.hAlign = "LEFT"
            shop += [logo, Spacer(1, 2 * mm)]
        except OSError:
            pass  # an unreadable logo is left out, the quote still prints
    shop.append(para(seller.name, ParagraphStyle("shop", parent=styles.title, fontSize=14)))
    lines = seller.address_lines() + [
        " · ".join(p for p in (seller.phone, seller.email) if p),
        seller.website,
    ]
    shop.append(para("\n".join(line for line in lines if line), styles.body))
    ids = []
    if seller.siret:
        ids.append(
            tr(QT_TRANSLATE_NOOP("documents", "SIRET {siret}"), siret=format_siret(seller.siret))
        )
    if seller.vat_number:
        ids.append(
            tr(
                QT_TRANSLATE_NOOP("documents", "VAT {number}"),
                number=format_vat_number(seller.vat_number),
            )
        )
    if ids:
        shop.append(para(" · ".join(ids), styles.small))

    right = ParagraphStyle("r", parent=styles.body, alignment=TA_RIGHT)
    number_label = tr(QT_TRANSLATE_NOOP("documents", "No."))
    refs: list[Flowable] = [
        Paragraph(
            text(tr(T_QUOTE).upper()),
            ParagraphStyle("q", parent=styles.title, alignment=TA_RIGHT, textColor=ACCENT),
        ),
        Paragraph(f"<b>{text(number_label)} {text(info.number)}</b>", right),
        para(
            tr(QT_TRANSLATE_NOOP("documents", "Date: {date}"), date=texts.date(info.issued_on)),
            right,
        ),
        para(
            tr(
                QT_TRANSLATE_NOOP("documents", "Valid until: {date}"),
                date=texts.date(info.valid_until),
            ),
            right,
        ),
    ]
    top = Table([[shop, refs]], colWidths=[WIDTH * 0.6, WIDTH * 0.4])
    top.setStyle(_plain())
    story.append(top)
    story.append(Spacer(1, 8 * mm))

    # The customer, in the right half (where a window envelope shows it).
    block = [para(tr(QT_TRANSLATE_NOOP("documents", "Customer")), styles.label)]
    if customer.get("company"):
        block.append(para(customer["company"], styles.cell_bold))
    if customer.get("person"):
        style = styles.body if customer.get("company") else styles.cell_bold
        block.append(para(customer["person"], style))
    block.append(para("\n".join(customer.get("address", [])), styles.body))
    extra = []
    if customer.get("siret"):
        extra.append(
            tr(
                QT_TRANSLATE_NOOP("documents", "SIRET {siret}"),
                siret=format_siret(customer["siret"]),
            )
        )
    if customer.get("vat_number"):
        extra.append(
            tr(
                QT_TRANSLATE_NOOP("documents", "VAT {number}"),
                number=format_vat_number(customer["vat_number"]),
            )
        )
    if extra:
        block.append(para(" · ".join(extra), styles.small))
    box = Table([[block]], colWidths=[WIDTH * 0.45])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    holder = Table([["", box]], colWidths=[WIDTH * 0.55, WIDTH * 0.45])
    holder.setStyle(_plain())
    story.append(holder)
    story.append(Spacer(1, 8 * mm))
    subject_label = tr(QT_TRANSLATE_NOOP("documents", "Subject:"))
    story.append(
        Paragraph(
            f"<b>{text(subject_label)}</b> {text(content.get('title', ''))}",
            styles.body,
        )
    )
    story.append(Spacer(1, 3 * mm))

    # The lines.
    rows = []
    for line in content["lines"]:
        description: Any = line["description"]
        if line.get("reference"):
            reference = tr(
                QT_TRANSLATE_NOOP("documents", "Ref. {reference}"), reference=line["reference"]
            )
            description = Paragraph(
                f"{text(line['description'])}<br/>"
                f"<font size='6.5' color='#5f6b7a'>{text(reference)}</font>",
                styles.cell,
            )
        total = line_total_cents(line["quantity"], line["unit_price_cents"], line["discount_bp"])
        rows.append(
            [
                description,
                texts.quantity(line["quantity"]),
                texts.money(line["unit_price_cents"], currency),
                texts.rate(line["discount_bp"]) if line["discount_bp"] else "",
                texts.rate(line["vat_rate_bp"]),
                texts.money(total, currency),
            ]
        )
    story.append(
        data_table(
            [
                tr(QT_TRANSLATE_NOOP("documents", "Description")),
                tr(QT_TRANSLATE_NOOP("documents", "Qty")),
                tr(QT_TRANSLATE_NOOP("documents", "Unit price excl. VAT")),
                tr(QT_TRANSLATE_NOOP("documents", "Discount")),
                tr(QT_TRANSLATE_NOOP("documents", "VAT")),
                tr(QT_TRANSLATE_NOOP("documents", "Total excl. VAT")),
            ],
            rows,
            [0.4, 0.08, 0.16, 0.1, 0.09, 0.17],
            styles,
            right=(1, 2, 3, 4, 5),
        )
    )
    story.append(Spacer(1, 4 * mm))
    story.append(_totals(content, info, texts, styles))

    # Terms and signature.
    after: list[Flowable] = [Spacer(1, 6 * mm)]
    if seller.payment_terms:
        terms_label = tr(QT_TRANSLATE_NOOP("documents", "Payment terms"))
        after.append(
            Paragraph(
                f"<b>{text(terms_label)}</b><br/>{text(seller.payment_terms)}",
                styles.body,
            )
        )
        after.append(Spacer(1, 3 * mm))
    after.append(
        para(
            tr(
                QT_TRANSLATE_NOOP(
                    "documents", "This quote is valid until {date}. Prices in {currency}."
                ),
                date=texts.date(info.valid_until),
                currency=currency,
            ),
            styles.body,
        )
    )
    after.append(Spacer(1, 5 * mm))
    sign = Table(
        [
            [
                para(
                    tr(
                        QT_TRANSLATE_NOOP(
                            "documents",
                            "Date, signature and stamp of the customer, preceded by the words "
                            "“Good for approval”:",
                        )
                    ),
                    styles.small,
                )
            ]
        ],
        colWidths=[WIDTH * 0.5],
        rowHeights=[28 * mm],
        hAlign="RIGHT",
    )
    sign.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    after.append(sign)
    if seller.legal_mentions:
        after += [Spacer(1, 6 * mm), para(seller.legal_mentions, styles.small)]
    story.append(KeepTogether(after))

    title = f"{tr(T_QUOTE)} {info.number}"
    page = page_info(title, content.get("title", ""), options, seller)
    page.plain_first_page = True
    write_pdf(story, out, page)


def _totals(content: dict[str, Any], info: QuoteInfo, texts: Texts, styles: Styles) -> Table:
    tr = texts.tr
    currency = info.currency
    right = styles.cell_right
    rows: list[list[object]] = [
        [
            para(tr(QT_TRANSLATE_NOOP("documents", "Total excl. VAT")), styles.cell),
            para(texts.money(info.total_excl_vat_cents, currency), right),
        ]
    ]
    for rate, base, vat in content.get("by_rate", []):
        rows.append(
            [
                para(
                    tr(
                        QT_TRANSLATE_NOOP("documents", "VAT {rate} on {base}"),
                        rate=texts.rate(rate),
                        base=texts.money(base, currency),
                    ),
                    styles.cell,
                ),
                para(texts.money(vat, currency), right),
            ]
        )
    bold = ParagraphStyle("tb", parent=styles.cell, fontName=FONT_BOLD, fontSize=10, leading=13)
    bold_right = ParagraphStyle("tbr", parent=bold, alignment=TA_RIGHT)
    rows.append(
        [
            para(tr(QT_TRANSLATE_NOOP("documents", "Total incl. VAT")), bold),
            para(texts.money(info.total_incl_vat_cents, currency), bold_right),
        ]
    )
    table = Table(rows, colWidths=[WIDTH * 0.28, WIDTH * 0.17], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT),
                ("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
            ]
        )
    )
    return table


def _plain() -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )


__all__ = ["QuoteInfo", "issue_quote", "quotes_of_deal"]
