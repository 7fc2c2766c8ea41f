"""The call list PDF: the contacts of a segment or a campaign, for salespeople on the road.

One row per contact: name and company, phone numbers, the last interaction, the RFM
segment, and an empty column (with room to write) for the notes of the call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.documents.base import DocumentOptions, page_info, rfm_table
from app.documents.labels import label
from app.documents.render import (
    ACCENT,
    FONT,
    RULE,
    WIDTH,
    check_pdf_path,
    make_styles,
    para,
    text,
    write_pdf,
)
from app.errors import QT_TRANSLATE_NOOP
from app.validation import readable_phone
from models.database import Database

T_CALL_LIST = QT_TRANSLATE_NOOP("documents", "Call list")
_CHUNK = 500


@dataclass(frozen=True)
class CallRow:
    contact_id: str
    name: str
    company: str
    phone: str
    mobile: str
    last_at: datetime | None
    last_channel: str
    last_subject: str


def call_rows(db: Database, contact_ids: Sequence[str]) -> list[CallRow]:
    """The call list's rows, in the order of ``contact_ids`` (deleted contacts left out)."""
    from sqlalchemy import func, select

    from models import Company, Contact, Interaction

    found: dict[str, CallRow] = {}
    with db.read() as session:
        for start in range(0, len(contact_ids), _CHUNK):
            chunk = list(contact_ids[start : start + _CHUNK])
            people = session.execute(
                select(
                    Contact.id,
                    Contact.first_name,
                    Contact.last_name,
                    Contact.email,
                    Contact.phone,
                    Contact.mobile,
                    Company.name,
                )
                .outerjoin(Company, Company.id == Contact.company_id)
                .where(Contact.id.in_(chunk), Contact.deleted_at.is_(None))
            ).all()
            newest = (
                select(
                    Interaction.contact_id.label("contact_id"),
                    func.max(Interaction.occurred_at).label("at"),
                )
                .where(Interaction.contact_id.in_(chunk), Interaction.deleted_at.is_(None))
                .group_by(Interaction.contact_id)
                .subquery()
            )
            last: dict[str, tuple[datetime, str, str]] = {}
            for contact_id, at, channel, subject in session.execute(
                select(
                    Interaction.contact_id,
                    Interaction.occurred_at,
                    Interaction.channel,
                    Interaction.subject,
                )
                .join(
                    newest,
                    (newest.c.contact_id == Interaction.contact_id)
                    & (newest.c.at == Interaction.occurred_at),
                )
                .where(Interaction.deleted_at.is_(None))
            ):
                last.setdefault(contact_id, (at, channel or "", subject or ""))
            for cid, first, last_name, email, phone, mobile, company in people:
                at, channel, subject = last.get(cid, (None, "", ""))
                name = " ".join(p for p in (first, last_name) if p) or (email or "")
                found[cid] = CallRow(
                    cid, name, company or "", phone or "", mobile or "", at, channel, subject
                )
    return [found[cid] for cid in contact_ids if cid in found]


def call_list_pdf(
    db: Database,
    out: Path,
    contact_ids: Sequence[str],
    title: str,
    options: DocumentOptions | None = None,
) -> Path:
    """Write the call list of ``contact_ids`` (in that order) under ``title``."""
    from app.analytics.segments import segment_info
    from app.company_profile import load_profile

    options = options or DocumentOptions()
    out = Path(out)
    check_pdf_path(out)
    texts, styles, tr = options.texts, make_styles(), options.texts.tr
    options.step(0, 3, "")
    rows = call_rows(db, contact_ids)
    options.step(1, 3, "")
    rfm = rfm_table(db, options, options.day()) if rows else None
    options.step(2, 3, "")
    profile = load_profile(db)

    heading = f"{tr(T_CALL_LIST)} — {title}"
    story: list[Flowable] = [
        para(heading, styles.title),
        para(
            tr(
                QT_TRANSLATE_NOOP("documents", "{count} contact(s) · {date}"),
                count=texts.number(len(rows)),
                date=texts.date(options.day()),
            ),
            styles.subtitle,
        ),
    ]
    head = [
        Paragraph(text(h), styles.cell_head)
        for h in (
            "#",
            tr(QT_TRANSLATE_NOOP("documents", "Contact")),
            tr(QT_TRANSLATE_NOOP("documents", "Phone")),
            tr(QT_TRANSLATE_NOOP("documents", "Last interaction")),
            tr(QT_TRANSLATE_NOOP("documents", "Segment")),
            tr(QT_TRANSLATE_NOOP("documents", "Notes")),
        )
    ]
    body = []
    for index, row in enumerate(rows, start=1):
        who = f"<b>{text(row.name)}</b>"
        if row.company:
            who += f"<br/><font size='7' color='#5f6b7a'>{text(row.company)}</font>"
        phones = "<br/>".join(text(readable_phone(p)) for p in (row.mobile, row.phone) if p) or "—"
        last = ""
        if row.last_at is not None:
            channel = label(texts, "channel", row.last_channel)
            last = f"{text(texts.short_date(row.last_at))} · {text(channel)}"
            if row.last_subject:
                subject = (
                    row.last_subject
                    if len(row.last_subject) <= 60
                    else (row.last_subject[:59] + "…")
                )
                last += f"<br/><font size='7' color='#5f6b7a'>{text(subject)}</font>"
        segment = ""
        rfm_row = rfm.by_contact(row.contact_id) if rfm is not None else None
        if rfm_row is not None:
            segment = texts.tr(segment_info(rfm_row.segment).name, "analytics")
        body.append(
            [
                Paragraph(str(index), styles.cell),
                Paragraph(who, styles.cell),
                Paragraph(phones, styles.cell),
                Paragraph(last or "—", styles.cell),
                Paragraph(text(segment), styles.cell),
                "",
            ]
        )
    if not body:
        story.append(para(tr(QT_TRANSLATE_NOOP("documents", "Nobody to call.")), styles.body))
    else:
        widths = [0.04, 0.22, 0.14, 0.22, 0.12, 0.26]
        table = Table([head, *body], colWidths=[w * WIDTH for w in widths], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                    ("LINEBEFORE", (5, 1), (5, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 16),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story.append(table)
    written = write_pdf(story, out, page_info(heading, title, options, profile))
    options.step(3, 3, "")
    return written


def audience_call_list_pdf(
    db: Database, out: Path, name: str, options: DocumentOptions | None = None
) -> tuple[Path, int]:
    """The call list of the audience called ``name`` (an RFM segment, a smart list, a
    saved segment or a campaign: see ``app.audience``); returns (file, contacts)."""
    from app.audience import resolve_audience

    options = options or DocumentOptions()
    check_pdf_path(Path(out))
    audience = resolve_audience(db, name, options.day())
    title = audience.title
    if audience.kind in ("rfm_segment", "smart_list"):
        title = options.texts.tr(title, "analytics")
    written = call_list_pdf(db, out, audience.contact_ids, title, options)
    return written, len(audience.contact_ids)


__all__ = ["CallRow", "audience_call_list_pdf", "call_list_pdf", "call_rows"]
