"""The sales pipeline: pipelines and their stages, deals and their lines, board, forecast.

Amounts of deals are **excluding VAT** (HT), as B2B pipelines count them: a deal's amount
is the sum of its lines' HT totals when it has lines, else the amount typed. VAT is shown
beside (per line, and HT / VAT / TTC totals) but never weighted or forecast.

Money arithmetic is exact: a line's HT total is quantity × unit price × (1 − discount),
rounded once to the cent (half away from zero); its VAT is the HT total × the rate,
rounded to the cent; TTC = HT + VAT. Weighted amounts are amount × probability / 100,
the probability being the deal's own, else its stage's default.

A deal's status follows its stage: moving it into a "won" or "lost" stage closes it
(``closed_at``, and a reason, required for "lost"); into an "open" stage reopens it.
``position`` orders the deals within a column of the board; moves choose a position
between the neighbours, so one move usually writes one row.

Every write is one batch of the change log with an English label ("Move deal … to …"),
so it appears in the history and can be undone. Reads return plain frozen dataclasses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.custom_fields import CustomField, custom_fields_of
from app.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError, ValidationError
from app.validation import MSG_TOO_LONG, clean_text
from models import (
    Batch,
    Company,
    Contact,
    Deal,
    DealLine,
    Interaction,
    Pipeline,
    PipelineStage,
    Product,
    Task,
    User,
    fold,
    utcnow,
)
from models.database import Database, batch_of
from models.enums import BatchKind, DealStatus, StageKind

# -- messages -------------------------------------------------------------------------

MSG_NO_PIPELINE = QT_TRANSLATE_NOOP("errors", "This pipeline no longer exists.")
MSG_NO_STAGE = QT_TRANSLATE_NOOP("errors", "This stage no longer exists.")
MSG_NO_DEAL = QT_TRANSLATE_NOOP("errors", "This deal no longer exists.")
MSG_PIPELINE_NAME = QT_TRANSLATE_NOOP("errors", "Give the pipeline a name.")
MSG_STAGE_NAME = QT_TRANSLATE_NOOP("errors", "Give the stage a name.")
MSG_PROBABILITY = QT_TRANSLATE_NOOP("errors", "A probability goes from 0 to 100 %.")
MSG_STAGE_KIND = QT_TRANSLATE_NOOP("errors", "A stage is open, won or lost.")
MSG_NO_OPEN_STAGE = QT_TRANSLATE_NOOP("errors", "A pipeline needs at least one open stage.")
MSG_LAST_PIPELINE = QT_TRANSLATE_NOOP("errors", "The last pipeline cannot be deleted.")
MSG_PIPELINE_HAS_DEALS = QT_TRANSLATE_NOOP(
    "errors",
    "The pipeline {name} still holds {count} deal(s): choose another pipeline to move them to.",
)
MSG_STAGE_HAS_DEALS = QT_TRANSLATE_NOOP(
    "errors",
    "The stage {name} still holds {count} deal(s): choose another stage to move them to.",
)
MSG_KIND_HAS_DEALS = QT_TRANSLATE_NOOP(
    "errors",
    "The stage {name} holds {count} deal(s): move them out before making it open, won or lost.",
)
MSG_SAME_TARGET = QT_TRANSLATE_NOOP("errors", "Choose another place to move the deals to.")
MSG_DEAL_TITLE = QT_TRANSLATE_NOOP("errors", "Give the deal a title.")
MSG_DEAL_STAGE = QT_TRANSLATE_NOOP("errors", "Choose a stage of the deal's pipeline.")
MSG_AMOUNT = QT_TRANSLATE_NOOP("errors", "The amount must be zero or more.")
MSG_LOST_REASON = QT_TRANSLATE_NOOP("errors", "Say why the deal was lost.")
MSG_QUANTITY = QT_TRANSLATE_NOOP("errors", "The quantity must be more than zero.")
MSG_UNIT_PRICE = QT_TRANSLATE_NOOP("errors", "The unit price must be zero or more.")
MSG_DISCOUNT = QT_TRANSLATE_NOOP("errors", "A discount goes from 0 to 100 %.")
MSG_VAT_RATE = QT_TRANSLATE_NOOP("errors", "A VAT rate goes from 0 to 100 %.")
MSG_LINE_DESCRIPTION = QT_TRANSLATE_NOOP("errors", "Pick a product or describe the line.")
MSG_NO_NEXT_STAGE = QT_TRANSLATE_NOOP(
    "errors", "The deal is in the last open stage: mark it as won or lost."
)
MSG_NO_CLOSED_STAGE = QT_TRANSLATE_NOOP(
    "errors", "The pipeline {name} has no stage for won or lost deals."
)

#: Positions of the deals in a column are spread this far apart when renumbered, so that
#: a card dropped between two others gets a position between theirs without renumbering.
POSITION_STEP = 1024
#: Won and lost columns of the board show the deals closed in the last days.
CLOSED_DAYS = 90
MAX_AMOUNT_CENTS = 10**13
STAGE_KINDS = tuple(kind.value for kind in StageKind)
DEAL_STATUSES = tuple(status.value for status in DealStatus)

# -- money ----------------------------------------------------------------------------


def round_half_up(value: Decimal | int | float) -> int:
    """To the nearest integer, halves away from zero (0.5 → 1, −0.5 → −1)."""
    if not isinstance(value, Decimal):
        value = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _decimal(quantity: float | int | Decimal) -> Decimal:
    # repr() gives the shortest text of the float: 0.1 stays 0.1, not 0.1000000000000000055…
    if isinstance(quantity, Decimal):
        return quantity
    return Decimal(repr(float(quantity))) if isinstance(quantity, float) else Decimal(quantity)


def line_total_cents(quantity: float, unit_price_cents: int, discount_bp: int = 0) -> int:
    """A line's total excluding VAT: quantity × unit price × (1 − discount), to the cent."""
    exact = _decimal(quantity) * unit_price_cents * (10000 - discount_bp) / 10000
    return round_half_up(exact)


def vat_cents(amount_cents: int, vat_rate_bp: int) -> int:
    """The VAT on an amount excluding VAT, to the cent."""
    return round_half_up(Decimal(amount_cents) * vat_rate_bp / 10000)


def weighted_cents(amount_cents: int, probability: int) -> int:
    """Amount × probability (percent), to the cent."""
    return round_half_up(Decimal(amount_cents) * probability / 100)


@dataclass(frozen=True)
class Totals:
    """The totals of a deal's lines: excluding VAT, VAT, including VAT, and VAT by rate."""

    ht_cents: int = 0
    vat_cents: int = 0
    ttc_cents: int = 0
    #: (rate in basis points, base excluding VAT, VAT) for each rate used, highest first.
    by_rate: tuple[tuple[int, int, int], ...] = ()


@dataclass
class DealLineInput:
    description: str = ""
    quantity: float = 1.0
    unit_price_cents: int = 0
    discount_bp: int = 0
    vat_rate_bp: int = 2000
    product_id: str | None = None

    @property
    def total_cents(self) -> int:
        return line_total_cents(self.quantity, self.unit_price_cents, self.discount_bp)

    @property
    def vat_cents(self) -> int:
        return vat_cents(self.total_cents, self.vat_rate_bp)


def totals_of(lines: Iterable[Any]) -> Totals:
    """Totals of lines having ``quantity``, ``unit_price_cents``, ``discount_bp``,
    ``vat_rate_bp`` (inputs or rows).

    The VAT is computed per rate on the total excluding VAT of that rate, as French
    invoices state it ("TVA 5,5 % sur 508,70 € : 27,98 €"), so that each printed line of
    VAT checks out; rounding line by line could differ by a cent or more.
    """
    bases: dict[int, int] = {}
    for line in lines:
        line_ht = line_total_cents(line.quantity, line.unit_price_cents, line.discount_bp)
        bases[line.vat_rate_bp] = bases.get(line.vat_rate_bp, 0) + line_ht
    by_rate = tuple(
        (rate, base, vat_cents(base, rate)) for rate, base in sorted(bases.items(), reverse=True)
    )
    ht = sum(base for _, base, _ in by_rate)
    vat = sum(amount for _, _, amount in by_rate)
    return Totals(ht, vat, ht + vat, by_rate)


# -- pipelines and stages -------------------------------------------------------------


@dataclass(frozen=True)
class StageInfo:
    id: str
    pipeline_id: str
    name: str
    position: int
    #: The default win probability of its deals, in percent.
    probability: int
    #: "open", "won" or "lost".
    kind: str
    #: Live deals in the stage.
    deals: int = 0

    @property
    def is_open(self) -> bool:
        return self.kind == StageKind.OPEN


@dataclass(frozen=True)
class PipelineInfo:
    id: str
    name: str
    position: int
    is_default: bool
    stages: tuple[StageInfo, ...]

    @property
    def deals(self) -> int:
        return sum(stage.deals for stage in self.stages)

    def stage(self, stage_id: str) -> StageInfo | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def first_stage(self, kind: str = StageKind.OPEN) -> StageInfo | None:
        return next((s for s in self.stages if s.kind == kind), None)


@dataclass
class StageInput:
    name: str = ""
    probability: int = 0
    kind: str = StageKind.OPEN.value


#: The stages of a new pipeline when none are given (the GUI passes translated names).
DEFAULT_STAGES: tuple[StageInput, ...] = (
    StageInput("New", 10),
    StageInput("Qualified", 25),
    StageInput("Proposal", 50),
    StageInput("Negotiation", 75),
    StageInput("Won", 100, StageKind.WON.value),
    StageInput("Lost", 0, StageKind.LOST.value),
)


def _label(session: Session, label: str) -> None:
    """Name the write batch under way once the record it is about is loaded."""
    batch = session.get(Batch, batch_of(session).batch_id)
    if batch is not None:
        batch.label = label[:500]


def _live_pipelines(session: Session) -> Select[tuple[Pipeline]]:
    return (
        select(Pipeline)
        .where(Pipeline.deleted_at.is_(None))
        .order_by(Pipeline.position, Pipeline.name, Pipeline.id)
    )


def _stage_counts(session: Session, pipeline_ids: Sequence[str]) -> dict[str, int]:
    if not pipeline_ids:
        return {}
    return {
        stage_id: int(count)
        for stage_id, count in session.execute(
            select(Deal.stage_id, func.count())
            .join(PipelineStage, PipelineStage.id == Deal.stage_id)
            .where(PipelineStage.pipeline_id.in_(pipeline_ids), Deal.deleted_at.is_(None))
            .group_by(Deal.stage_id)
        )
    }


def _infos(session: Session, pipelines: Sequence[Pipeline]) -> list[PipelineInfo]:
    ids = [p.id for p in pipelines]
    if not ids:
        return []
    counts = _stage_counts(session, ids)
    stages: dict[str, list[StageInfo]] = {pipeline_id: [] for pipeline_id in ids}
    for stage in session.scalars(
        select(PipelineStage)
        .where(PipelineStage.pipeline_id.in_(ids), PipelineStage.deleted_at.is_(None))
        .order_by(PipelineStage.position, PipelineStage.name, PipelineStage.id)
    ):
        stages[stage.pipeline_id].append(
            StageInfo(
                id=stage.id,
                pipeline_id=stage.pipeline_id,
                name=stage.name,
                position=stage.position,
                probability=stage.probability,
                kind=stage.kind,
                deals=counts.get(stage.id, 0),
            )
        )
    return [
        PipelineInfo(p.id, p.name, p.position, p.is_default, tuple(stages[p.id])) for p in pipelines
    ]


def pipelines(db: Database) -> list[PipelineInfo]:
    """The live pipelines in their order, with their stages and how many deals each holds."""
    with db.read() as session:
        return _infos(session, session.scalars(_live_pipelines(session)).all())


def get_pipeline(db: Database, pipeline_id: str) -> PipelineInfo:
    with db.read() as session:
        pipeline = session.get(Pipeline, pipeline_id)
        if pipeline is None or pipeline.deleted_at is not None:
            raise NotFoundError(MSG_NO_PIPELINE)
        return _infos(session, [pipeline])[0]


def default_pipeline_id(db: Database) -> str | None:
    """The default pipeline (else the first one); None when there is none."""
    with db.read() as session:
        return _default_pipeline_id(session)


def _default_pipeline_id(session: Session) -> str | None:
    return session.scalar(
        select(Pipeline.id)
        .where(Pipeline.deleted_at.is_(None))
        .order_by(Pipeline.is_default.desc(), Pipeline.position, Pipeline.name, Pipeline.id)
        .limit(1)
    )


def _pipeline(session: Session, pipeline_id: str) -> Pipeline:
    pipeline = session.get(Pipeline, pipeline_id)
    if pipeline is None or pipeline.deleted_at is not None:
        raise NotFoundError(MSG_NO_PIPELINE)
    return pipeline


def _stage(session: Session, stage_id: str) -> PipelineStage:
    stage = session.get(PipelineStage, stage_id)
    if stage is None or stage.deleted_at is not None:
        raise NotFoundError(MSG_NO_STAGE)
    return stage


def _stages_of(session: Session, pipeline_id: str) -> list[PipelineStage]:
    return list(
        session.scalars(
            select(PipelineStage)
            .where(PipelineStage.pipeline_id == pipeline_id, PipelineStage.deleted_at.is_(None))
            .order_by(PipelineStage.position, PipelineStage.name, PipelineStage.id)
        )
    )


def _clean_pipeline_name(name: str) -> str:
    cleaned = clean_text(name)
    if not cleaned:
        raise ValidationError({"name": MSG_PIPELINE_NAME})
    if len(cleaned) > 200:
        raise ValidationError({"name": MSG_TOO_LONG})
    return cleaned


def _clean_stage(data: StageInput) -> StageInput:
    errors: dict[str, str] = {}
    name = clean_text(data.name)
    if not name:
        errors["name"] = MSG_STAGE_NAME
    elif len(name) > 200:
        errors["name"] = MSG_TOO_LONG
    if not 0 <= int(data.probability) <= 100:
        errors["probability"] = MSG_PROBABILITY
    if data.kind not in STAGE_KINDS:
        errors["kind"] = MSG_STAGE_KIND
    if errors:
        raise ValidationError(errors)
    return StageInput(name, int(data.probability), str(data.kind))


def create_pipeline(
    db: Database,
    name: str,
    stages: Sequence[StageInput] = DEFAULT_STAGES,
    *,
    make_default: bool = False,
) -> str:
    """A new pipeline, last in order, with these stages (at least one of them open)."""
    cleaned = _clean_pipeline_name(name)
    stage_inputs = [_clean_stage(stage) for stage in stages]
    if not any(stage.kind == StageKind.OPEN for stage in stage_inputs):
        raise ValidationError({"stages": MSG_NO_OPEN_STAGE})
    with db.write(BatchKind.CREATE, f"New pipeline {cleaned}") as session:
        last = session.scalar(
            select(func.max(Pipeline.position)).where(Pipeline.deleted_at.is_(None))
        )
        first = _default_pipeline_id(session) is None
        pipeline = Pipeline(
            name=cleaned, position=(last + 1) if last is not None else 0, is_default=first
        )
        session.add(pipeline)
        for position, stage in enumerate(stage_inputs):
            session.add(
                PipelineStage(
                    pipeline_id=pipeline.id,
                    name=stage.name,
                    position=position,
                    probability=stage.probability,
                    kind=stage.kind,
                )
            )
        session.flush()
        if make_default:
            _make_default(session, pipeline.id)
        return pipeline.id


def rename_pipeline(db: Database, pipeline_id: str, name: str) -> None:
    cleaned = _clean_pipeline_name(name)
    with db.write(BatchKind.EDIT, f"Rename pipeline {cleaned}") as session:
        pipeline = _pipeline(session, pipeline_id)
        if pipeline.name != cleaned:
            pipeline.name = cleaned


def _make_default(session: Session, pipeline_id: str) -> None:
    for pipeline in session.scalars(_live_pipelines(session)):
        wanted = pipeline.id == pipeline_id
        if pipeline.is_default != wanted:
            pipeline.is_default = wanted


def set_default_pipeline(db: Database, pipeline_id: str) -> None:
    """The pipeline the board opens on and new deals go to."""
    with db.write(BatchKind.EDIT, "Set default pipeline") as session:
        pipeline = _pipeline(session, pipeline_id)
        _label(session, f"Set default pipeline {pipeline.name}")
        _make_default(session, pipeline_id)


def move_pipeline(db: Database, pipeline_id: str, offset: int) -> None:
    """Move a pipeline up (offset −1) or down (+1) in the list."""
    with db.write(BatchKind.EDIT, "Reorder pipelines") as session:
        ordered = list(session.scalars(_live_pipelines(session)))
        index = next((i for i, p in enumerate(ordered) if p.id == pipeline_id), None)
        if index is None:
            raise NotFoundError(MSG_NO_PIPELINE)
        target = max(0, min(len(ordered) - 1, index + offset))
        ordered.insert(target, ordered.pop(index))
        for position, pipeline in enumerate(ordered):
            if pipeline.position != position:
                pipeline.position = position


def delete_pipeline(db: Database, pipeline_id: str, *, move_to: str | None = None) -> int:
    """Delete a pipeline; its deals must first go to another pipeline (``move_to``).

    Deals keep their status: an open deal goes to the open stage of the other pipeline at
    the same rank (or its last open stage), a won or lost deal to its first won or lost
    stage. Refused (UserError) when deals remain and no other pipeline is given, or for
    the last pipeline. Returns how many deals were moved.
    """
    with db.write(BatchKind.DELETE, "Delete pipeline") as session:
        pipeline = _pipeline(session, pipeline_id)
        _label(session, f"Delete pipeline {pipeline.name}")
        others = [p for p in session.scalars(_live_pipelines(session)) if p.id != pipeline_id]
        if not others:
            raise UserError(MSG_LAST_PIPELINE)
        stages = _stages_of(session, pipeline_id)
        deals = list(
            session.scalars(
                select(Deal).where(
                    Deal.stage_id.in_([s.id for s in stages]), Deal.deleted_at.is_(None)
                )
            )
        )
        if deals and move_to is None:
            raise UserError(MSG_PIPELINE_HAS_DEALS, name=pipeline.name, count=len(deals))
        moved = 0
        if deals:
            if move_to == pipeline_id:
                raise UserError(MSG_SAME_TARGET)
            target = _pipeline(session, str(move_to))
            targets = _stages_of(session, target.id)
            mapping = _map_stages(stages, targets)
            if any(
                mapping.get(s.id) is None for s in stages if any(d.stage_id == s.id for d in deals)
            ):
                raise UserError(MSG_NO_CLOSED_STAGE, name=target.name)
            tops: dict[str, int] = {}
            for deal in sorted(deals, key=lambda d: (d.position, d.created_at, d.id)):
                stage = mapping[deal.stage_id]
                assert stage is not None
                if stage.id not in tops:
                    tops[stage.id] = _column_end(session, stage.id)
                tops[stage.id] += POSITION_STEP
                deal.pipeline_id = target.id
                deal.stage_id = stage.id
                deal.position = tops[stage.id]
                moved += 1
        now = utcnow()
        for stage in stages:
            stage.deleted_at = now
        pipeline.deleted_at = now
        if pipeline.is_default:
            pipeline.is_default = False
            others[0].is_default = True
        return moved


def _map_stages(
    sources: Sequence[PipelineStage], targets: Sequence[PipelineStage]
) -> dict[str, PipelineStage | None]:
    """Each source stage's counterpart: same kind, same rank among the stages of that kind."""
    by_kind: dict[str, list[PipelineStage]] = {}
    for stage in targets:
        by_kind.setdefault(stage.kind, []).append(stage)
    ranks: Counter[str] = Counter()
    mapping: dict[str, PipelineStage | None] = {}
    for stage in sources:
        candidates = by_kind.get(stage.kind, [])
        rank = ranks[stage.kind]
        ranks[stage.kind] += 1
        if not candidates:
            mapping[stage.id] = None
        elif stage.kind == StageKind.OPEN:
            mapping[stage.id] = candidates[min(rank, len(candidates) - 1)]
        else:
            mapping[stage.id] = candidates[0]
    return mapping


def add_stage(db: Database, pipeline_id: str, data: StageInput, position: int | None = None) -> str:
    """A new stage at ``position`` (its index among the stages; default: before the first
    won or lost stage for an open stage, last otherwise)."""
    stage_input = _clean_stage(data)
    with db.write(BatchKind.CREATE, f"New stage {stage_input.name}") as session:
        pipeline = _pipeline(session, pipeline_id)
        stages = _stages_of(session, pipeline.id)
        if position is None:
            position = len(stages)
            if stage_input.kind == StageKind.OPEN:
                closed = [i for i, s in enumerate(stages) if s.kind != StageKind.OPEN]
                position = closed[0] if closed else len(stages)
        position = max(0, min(len(stages), position))
        stage = PipelineStage(
            pipeline_id=pipeline.id,
            name=stage_input.name,
            probability=stage_input.probability,
            kind=stage_input.kind,
        )
        session.add(stage)
        stages.insert(position, stage)
        _renumber_stages(stages)
        session.flush()
        return stage.id


def _renumber_stages(stages: Sequence[PipelineStage]) -> None:
    for index, stage in enumerate(stages):
        if stage.position != index:
            stage.position = index


def update_stage(db: Database, stage_id: str, data: StageInput) -> None:
    """Rename a stage, change its default probability or its kind (only when it is empty)."""
    stage_input = _clean_stage(data)
    with db.write(BatchKind.EDIT, f"Edit stage {stage_input.name}") as session:
        stage = _stage(session, stage_id)
        if stage.kind != stage_input.kind:
            count = _deal_count(session, stage.id)
            if count:
                raise UserError(MSG_KIND_HAS_DEALS, name=stage.name, count=count)
            others = [s for s in _stages_of(session, stage.pipeline_id) if s.id != stage.id]
            if stage_input.kind != StageKind.OPEN and not any(
                s.kind == StageKind.OPEN for s in others
            ):
                raise ValidationError({"kind": MSG_NO_OPEN_STAGE})
            stage.kind = stage_input.kind
        if stage.name != stage_input.name:
            stage.name = stage_input.name
        if stage.probability != stage_input.probability:
            stage.probability = stage_input.probability


def move_stage(db: Database, stage_id: str, offset: int) -> None:
    """Move a stage left (offset −1) or right (+1) in its pipeline."""
    with db.write(BatchKind.EDIT, "Reorder stages") as session:
        stage = _stage(session, stage_id)
        _label(session, f"Reorder stages of {stage.pipeline.name}")
        stages = _stages_of(session, stage.pipeline_id)
        index = stages.index(stage)
        target = max(0, min(len(stages) - 1, index + offset))
        stages.insert(target, stages.pop(index))
        _renumber_stages(stages)


def reorder_stages(db: Database, pipeline_id: str, stage_ids: Sequence[str]) -> None:
    """Put the stages of a pipeline in this order (ids not listed keep their rank after)."""
    with db.write(BatchKind.EDIT, "Reorder stages") as session:
        pipeline = _pipeline(session, pipeline_id)
        _label(session, f"Reorder stages of {pipeline.name}")
        stages = _stages_of(session, pipeline_id)
        rank = {stage_id: i for i, stage_id in enumerate(stage_ids)}
        stages.sort(key=lambda s: (rank.get(s.id, len(rank)), s.position))
        _renumber_stages(stages)


def _deal_count(session: Session, stage_id: str) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Deal)
            .where(Deal.stage_id == stage_id, Deal.deleted_at.is_(None))
        )
        or 0
    )


def delete_stage(db: Database, stage_id: str, *, move_to: str | None = None) -> int:
    """Delete a stage; its deals first go to ``move_to`` (a stage of the same pipeline).

    Refused (UserError) when deals remain and no stage is given, or when it is the last
    open stage. The moved deals take the status of their new stage. Returns how many
    deals were moved.
    """
    with db.write(BatchKind.DELETE, "Delete stage") as session:
        stage = _stage(session, stage_id)
        _label(session, f"Delete stage {stage.name}")
        stages = _stages_of(session, stage.pipeline_id)
        others = [s for s in stages if s.id != stage.id]
        if stage.kind == StageKind.OPEN and not any(s.kind == StageKind.OPEN for s in others):
            raise UserError(MSG_NO_OPEN_STAGE)
        deals = list(
            session.scalars(
                select(Deal)
                .where(Deal.stage_id == stage.id, Deal.deleted_at.is_(None))
                .order_by(Deal.position, Deal.created_at, Deal.id)
            )
        )
        if deals and move_to is None:
            raise UserError(MSG_STAGE_HAS_DEALS, name=stage.name, count=len(deals))
        if deals:
            if move_to == stage.id:
                raise UserError(MSG_SAME_TARGET)
            target = _stage(session, str(move_to))
            if target.pipeline_id != stage.pipeline_id:
                raise UserError(MSG_DEAL_STAGE)
            end = _column_end(session, target.id)
            for deal in deals:
                end += POSITION_STEP
                deal.stage_id = target.id
                deal.position = end
                _follow_stage(deal, target, reason=None)
        stage.deleted_at = utcnow()
        _renumber_stages(others)
        return len(deals)


# -- deals ----------------------------------------------------------------------------


@dataclass
class DealInput:
    """What the deal form holds. ``amount_cents`` is used only when there are no lines."""

    title: str = ""
    pipeline_id: str | None = None
    stage_id: str | None = None
    contact_id: str | None = None
    company_id: str | None = None
    owner_id: str | None = None
    amount_cents: int = 0
    currency: str = "EUR"
    expected_close_date: date | None = None
    #: Percent; None: the stage's default.
    probability: int | None = None
    #: "open", "won" or "lost"; a won or lost stage decides it (see ``_resolve_stage``).
    status: str = DealStatus.OPEN.value
    close_reason: str = ""
    notes: str = ""
    lines: list[DealLineInput] = field(default_factory=list)
    custom: dict[str, Any] = field(default_factory=dict)

    @property
    def totals(self) -> Totals:
        return totals_of(self.lines)

    @property
    def effective_amount_cents(self) -> int:
        return self.totals.ht_cents if self.lines else int(self.amount_cents)


def _deal(session: Session, deal_id: str, *, live: bool = True) -> Deal:
    deal = session.get(Deal, deal_id)
    if deal is None or (live and deal.deleted_at is not None):
        raise NotFoundError(MSG_NO_DEAL)
    return deal


def _line_errors(lines: Sequence[DealLineInput]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for index, line in enumerate(lines):
        key = f"lines.{index}."
        if not (clean_text(line.description) or line.product_id):
            errors[key + "description"] = MSG_LINE_DESCRIPTION
        if not line.quantity > 0:
            errors[key + "quantity"] = MSG_QUANTITY
        if not 0 <= line.unit_price_cents <= MAX_AMOUNT_CENTS:
            errors[key + "unit_price_cents"] = MSG_UNIT_PRICE
        if not 0 <= line.discount_bp <= 10000:
            errors[key + "discount_bp"] = MSG_DISCOUNT
        if not 0 <= line.vat_rate_bp <= 10000:
            errors[key + "vat_rate_bp"] = MSG_VAT_RATE
    return errors


def _resolve_stage(
    session: Session, data: DealInput
) -> tuple[PipelineStage | None, str, dict[str, str]]:
    """The stage and status a form's values lead to, and the errors about them.

    An open status follows the stage (a won or lost stage closes the deal); a won or lost
    status on a stage of another kind moves the deal to the pipeline's first stage of that
    kind (if it has one; else it stays, closed, where it is).
    """
    errors: dict[str, str] = {}
    pipeline_id = data.pipeline_id
    stage: PipelineStage | None = None
    if data.stage_id:
        stage = session.get(PipelineStage, data.stage_id)
        if stage is None or stage.deleted_at is not None:
            stage = None
        elif pipeline_id and stage.pipeline_id != pipeline_id:
            stage = None
    elif pipeline_id:
        stage = next((s for s in _stages_of(session, pipeline_id) if s.kind == "open"), None)
    if stage is None:
        errors["stage_id"] = MSG_DEAL_STAGE
        return None, data.status, errors
    status = data.status if data.status in DEAL_STATUSES else DealStatus.OPEN.value
    if status == DealStatus.OPEN:
        status = stage.kind
    elif stage.kind != status:
        closing = next(
            (s for s in _stages_of(session, stage.pipeline_id) if s.kind == status), None
        )
        if closing is not None:
            stage = closing
    if status == DealStatus.LOST and not clean_text(data.close_reason):
        errors["close_reason"] = MSG_LOST_REASON
    return stage, status, errors


def _deal_errors(session: Session, data: DealInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    title = clean_text(data.title)
    if not title:
        errors["title"] = MSG_DEAL_TITLE
    elif len(title) > 300:
        errors["title"] = MSG_TOO_LONG
    if not data.lines and not 0 <= int(data.amount_cents) <= MAX_AMOUNT_CENTS:
        errors["amount_cents"] = MSG_AMOUNT
    if data.probability is not None and not 0 <= data.probability <= 100:
        errors["probability"] = MSG_PROBABILITY
    if len(clean_text(data.close_reason)) > 300:
        errors["close_reason"] = MSG_TOO_LONG
    errors.update(_resolve_stage(session, data)[2])
    errors.update(_line_errors(data.lines))
    return errors


def validate_deal(db: Database, data: DealInput) -> dict[str, str]:
    """Field -> message template for every unacceptable field (lines: "lines.3.quantity")."""
    with db.read() as session:
        return _deal_errors(session, data)


def _column(session: Session, stage_id: str, exclude: str | None = None) -> list[Deal]:
    statement = (
        select(Deal)
        .where(Deal.stage_id == stage_id, Deal.deleted_at.is_(None))
        .order_by(Deal.position, Deal.created_at, Deal.id)
    )
    if exclude:
        statement = statement.where(Deal.id != exclude)
    return list(session.scalars(statement))


def _column_end(session: Session, stage_id: str) -> int:
    last = session.scalar(
        select(func.max(Deal.position)).where(Deal.stage_id == stage_id, Deal.deleted_at.is_(None))
    )
    return int(last) if last is not None else 0


def _column_top(session: Session, stage_id: str) -> int:
    first = session.scalar(
        select(func.min(Deal.position)).where(Deal.stage_id == stage_id, Deal.deleted_at.is_(None))
    )
    return int(first) - POSITION_STEP if first is not None else 0


def _follow_stage(deal: Deal, stage: PipelineStage, reason: str | None) -> None:
    """Make the deal's status (and closing date, reason) agree with its new stage."""
    reason = clean_text(reason) if reason else None
    if stage.kind == StageKind.OPEN:
        if deal.status != DealStatus.OPEN:
            deal.status = DealStatus.OPEN.value
            deal.closed_at = None
            deal.close_reason = None
        return
    if deal.status != stage.kind:
        deal.status = stage.kind
        deal.closed_at = utcnow()
        deal.close_reason = reason
    elif reason and deal.close_reason != reason:
        deal.close_reason = reason


def _apply_lines(session: Session, deal: Deal, lines: Sequence[DealLineInput]) -> None:
    """Make the deal's live lines these, changing rows in place where possible."""
    existing = list(
        session.scalars(
            select(DealLine)
            .where(DealLine.deal_id == deal.id, DealLine.deleted_at.is_(None))
            .order_by(DealLine.position, DealLine.id)
        )
    )
    products: dict[str, Product] = {}
    wanted_products = {line.product_id for line in lines if line.product_id}
    if wanted_products:
        products = {
            p.id: p for p in session.scalars(select(Product).where(Product.id.in_(wanted_products)))
        }
    for position, line in enumerate(lines):
        description = clean_text(line.description)[:500]
        if not description and line.product_id in products:
            description = products[line.product_id].name[:500]
        values = {
            "product_id": line.product_id if line.product_id in products else None,
            "description": description,
            "quantity": float(line.quantity),
            "unit_price_cents": int(line.unit_price_cents),
            "discount_bp": int(line.discount_bp),
            "vat_rate_bp": int(line.vat_rate_bp),
            "position": position,
        }
        if position < len(existing):
            row = existing[position]
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
        else:
            session.add(DealLine(deal_id=deal.id, **values))
    now = utcnow()
    for row in existing[len(lines) :]:
        row.deleted_at = now


def _apply_deal(session: Session, deal: Deal, data: DealInput, *, new: bool) -> None:
    errors = _deal_errors(session, data)
    if errors:
        raise ValidationError(errors)
    stage, status, _ = _resolve_stage(session, data)
    assert stage is not None
    values: dict[str, Any] = {
        "title": clean_text(data.title),
        "contact_id": data.contact_id or None,
        "company_id": data.company_id or None,
        "owner_id": data.owner_id or None,
        "amount_cents": data.effective_amount_cents,
        "currency": (data.currency or "EUR").upper()[:3],
        "expected_close_date": data.expected_close_date,
        "probability": data.probability,
        "notes": (data.notes or "").strip() or None,
    }
    custom = {k: v for k, v in (data.custom or {}).items() if v not in (None, "")}
    if new or deal.stage_id != stage.id:
        values["position"] = _column_top(session, stage.id)
    values["pipeline_id"] = stage.pipeline_id
    values["stage_id"] = stage.id
    for name, value in values.items():
        if getattr(deal, name, None) != value:
            setattr(deal, name, value)
    if (deal.custom or {}) != custom:
        deal.custom = custom
    if new:
        deal.status = DealStatus.OPEN.value
    reason = clean_text(data.close_reason) or None
    _follow_stage(deal, stage, reason)
    if stage.kind != status and deal.status != status:
        # A pipeline without a stage of that kind: the deal is closed where it is.
        deal.status = status
        deal.closed_at = utcnow()
    if status != DealStatus.OPEN and deal.close_reason != reason:
        deal.close_reason = reason
    if new:
        session.add(deal)
    _apply_lines(session, deal, data.lines)


def create_deal(db: Database, data: DealInput) -> str:
    with db.write(BatchKind.CREATE, f"New deal {clean_text(data.title)}") as session:
        if not data.pipeline_id and not data.stage_id:
            data.pipeline_id = _default_pipeline_id(session)
        deal = Deal(custom={})
        _apply_deal(session, deal, data, new=True)
        session.flush()
        return deal.id


def update_deal(db: Database, deal_id: str, data: DealInput) -> None:
    with db.write(BatchKind.EDIT, f"Edit deal {clean_text(data.title)}") as session:
        deal = _deal(session, deal_id)
        _apply_deal(session, deal, data, new=False)


def load_deal_input(db: Database, deal_id: str) -> DealInput:
    """The form values of an existing deal, for the edit dialog."""
    with db.read() as session:
        deal = _deal(session, deal_id)
        lines = session.scalars(
            select(DealLine)
            .where(DealLine.deal_id == deal_id, DealLine.deleted_at.is_(None))
            .order_by(DealLine.position, DealLine.id)
        )
        return DealInput(
            title=deal.title,
            pipeline_id=deal.pipeline_id,
            stage_id=deal.stage_id,
            contact_id=deal.contact_id,
            company_id=deal.company_id,
            owner_id=deal.owner_id,
            amount_cents=deal.amount_cents,
            currency=deal.currency,
            expected_close_date=deal.expected_close_date,
            probability=deal.probability,
            status=deal.status,
            close_reason=deal.close_reason or "",
            notes=deal.notes or "",
            lines=[
                DealLineInput(
                    description=line.description,
                    quantity=line.quantity,
                    unit_price_cents=line.unit_price_cents,
                    discount_bp=line.discount_bp,
                    vat_rate_bp=line.vat_rate_bp,
                    product_id=line.product_id,
                )
                for line in lines
            ],
            custom=dict(deal.custom or {}),
        )


def quick_update(
    db: Database,
    deal_id: str,
    *,
    title: str,
    amount_cents: int | None,
    expected_close_date: date | None,
    probability: int | None,
) -> None:
    """The board's quick edit: title, amount (ignored when the deal has lines), expected
    close date, probability (None: the stage's default)."""
    errors: dict[str, str] = {}
    cleaned = clean_text(title)
    if not cleaned:
        errors["title"] = MSG_DEAL_TITLE
    elif len(cleaned) > 300:
        errors["title"] = MSG_TOO_LONG
    if amount_cents is not None and not 0 <= amount_cents <= MAX_AMOUNT_CENTS:
        errors["amount_cents"] = MSG_AMOUNT
    if probability is not None and not 0 <= probability <= 100:
        errors["probability"] = MSG_PROBABILITY
    if errors:
        raise ValidationError(errors)
    with db.write(BatchKind.EDIT, f"Edit deal {cleaned}") as session:
        deal = _deal(session, deal_id)
        has_lines = session.scalar(
            select(DealLine.id)
            .where(DealLine.deal_id == deal_id, DealLine.deleted_at.is_(None))
            .limit(1)
        )
        values: dict[str, Any] = {
            "title": cleaned,
            "expected_close_date": expected_close_date,
            "probability": probability,
        }
        if amount_cents is not None and not has_lines:
            values["amount_cents"] = int(amount_cents)
        for name, value in values.items():
            if getattr(deal, name) != value:
                setattr(deal, name, value)


def delete_deals(db: Database, deal_ids: Iterable[str]) -> int:
    ids = list(deal_ids)
    now = utcnow()
    with db.write(BatchKind.DELETE, _deals_label("Delete", ids)) as session:
        deals = session.scalars(
            select(Deal).where(Deal.id.in_(ids), Deal.deleted_at.is_(None))
        ).all()
        if len(deals) == 1:
            _label(session, f"Delete deal {deals[0].title}")
        for deal in deals:
            deal.deleted_at = now
        return len(deals)


def restore_deals(db: Database, deal_ids: Iterable[str]) -> int:
    ids = list(deal_ids)
    with db.write(BatchKind.RESTORE, _deals_label("Restore", ids)) as session:
        deals = session.scalars(
            select(Deal).where(Deal.id.in_(ids), Deal.deleted_at.is_not(None))
        ).all()
        for deal in deals:
            deal.deleted_at = None
            stage = session.get(PipelineStage, deal.stage_id)
            if stage is None or stage.deleted_at is not None:
                # Its stage was deleted meanwhile: back to the first open stage it can go to.
                pipeline_id = _default_pipeline_id(session)
                if stage is not None and session.get(Pipeline, stage.pipeline_id) is not None:
                    pipeline = session.get(Pipeline, stage.pipeline_id)
                    if pipeline is not None and pipeline.deleted_at is None:
                        pipeline_id = pipeline.id
                if pipeline_id is not None:
                    first = next(
                        (s for s in _stages_of(session, pipeline_id) if s.kind == "open"), None
                    )
                    if first is not None:
                        deal.pipeline_id = pipeline_id
                        deal.stage_id = first.id
                        _follow_stage(deal, first, None)
        return len(deals)


def _deals_label(verb: str, ids: Sequence[str]) -> str:
    return f"{verb} {len(ids)} deal(s)"


def _insert_position(
    session: Session,
    deal: Deal,
    stage_id: str,
    index: int | None,
    before_id: str | None,
    after_id: str | None,
) -> int:
    """A position for ``deal`` at that place of the column (renumbering it when needed)."""
    column = _column(session, stage_id, exclude=deal.id)
    ids = [d.id for d in column]
    if before_id in ids:
        at = ids.index(str(before_id))
    elif after_id in ids:
        at = ids.index(str(after_id)) + 1
    elif index is None:
        at = len(column)
    else:
        at = max(0, min(len(column), index))
    previous = column[at - 1] if at > 0 else None
    following = column[at] if at < len(column) else None
    if previous is None and following is None:
        return 0
    if previous is None:
        assert following is not None
        return following.position - POSITION_STEP
    if following is None:
        return previous.position + POSITION_STEP
    if following.position - previous.position >= 2:
        return (previous.position + following.position) // 2
    # No room between the neighbours: spread the column out (a rare, one-time cost).
    for rank, other in enumerate(column):
        wanted = (rank + (1 if rank >= at else 0)) * POSITION_STEP
        if other.position != wanted:
            other.position = wanted
    return at * POSITION_STEP


def move_deal(
    db: Database,
    deal_id: str,
    stage_id: str,
    index: int | None = None,
    *,
    before_id: str | None = None,
    after_id: str | None = None,
    reason: str | None = None,
) -> None:
    """Move a deal to ``stage_id``, at ``index`` in its column (None: at the end), in one
    batch "Move deal <title> to <stage>".

    ``before_id`` / ``after_id`` (a card of that column) place it more surely than an
    index when the board shows only some of the column's deals (a filter). Moving into a
    won or lost stage closes the deal (a lost deal needs a ``reason``: ValidationError
    otherwise); into an open stage reopens it.
    """
    with db.write(BatchKind.EDIT, "Move deal") as session:
        deal = _deal(session, deal_id)
        stage = _stage(session, stage_id)
        if stage.kind == StageKind.LOST and not (
            clean_text(reason) or (deal.status == DealStatus.LOST and deal.close_reason)
        ):
            raise ValidationError({"close_reason": MSG_LOST_REASON})
        _label(session, f"Move deal {deal.title} to {stage.name}")
        position = _insert_position(session, deal, stage.id, index, before_id, after_id)
        if deal.stage_id != stage.id:
            deal.stage_id = stage.id
        if deal.pipeline_id != stage.pipeline_id:
            deal.pipeline_id = stage.pipeline_id
        if deal.position != position:
            deal.position = position
        _follow_stage(deal, stage, reason)


def _close(db: Database, deal_id: str, kind: str, reason: str | None) -> None:
    verb = "won" if kind == StageKind.WON else "lost"
    if kind == StageKind.LOST and not clean_text(reason):
        raise ValidationError({"close_reason": MSG_LOST_REASON})
    with db.write(BatchKind.EDIT, f"Mark deal as {verb}") as session:
        deal = _deal(session, deal_id)
        _label(session, f"Mark deal {deal.title} as {verb}")
        current = _stage(session, deal.stage_id)
        target = current
        if current.kind != kind:
            target = next(
                (s for s in _stages_of(session, deal.pipeline_id) if s.kind == kind), current
            )
        if target.id != current.id:
            deal.stage_id = target.id
            deal.position = _column_top(session, target.id)
        if target.kind == kind:
            _follow_stage(deal, target, reason)
        else:
            # A pipeline without a won (lost) stage: the deal stays where it is, closed.
            deal.status = kind
            deal.closed_at = utcnow()
            deal.close_reason = clean_text(reason) or None


def mark_won(db: Database, deal_id: str, reason: str = "") -> None:
    """Close the deal as won: into the pipeline's first won stage."""
    _close(db, deal_id, StageKind.WON.value, reason)


def mark_lost(db: Database, deal_id: str, reason: str) -> None:
    """Close the deal as lost (a reason is required): into the first lost stage."""
    _close(db, deal_id, StageKind.LOST.value, reason)


def reopen(db: Database, deal_id: str) -> None:
    """Open a won or lost deal again, in the last open stage of its pipeline."""
    with db.write(BatchKind.EDIT, "Reopen deal") as session:
        deal = _deal(session, deal_id)
        _label(session, f"Reopen deal {deal.title}")
        current = _stage(session, deal.stage_id)
        target = current
        if current.kind != StageKind.OPEN:
            opened = [s for s in _stages_of(session, deal.pipeline_id) if s.kind == "open"]
            if not opened:
                raise UserError(MSG_NO_OPEN_STAGE)
            target = opened[-1]
            deal.stage_id = target.id
            deal.position = _column_top(session, target.id)
        _follow_stage(deal, target, None)
        if deal.status != DealStatus.OPEN:  # closed on an open stage (no won/lost stage)
            deal.status = DealStatus.OPEN.value
            deal.closed_at = None
            deal.close_reason = None


def next_stage(db: Database, deal_id: str) -> StageInfo | None:
    """The open stage after the deal's (None when it is in the last open stage or closed)."""
    with db.read() as session:
        deal = _deal(session, deal_id)
        stages = _stages_of(session, deal.pipeline_id)
        ids = [s.id for s in stages]
        if deal.stage_id not in ids or deal.status != DealStatus.OPEN:
            return None
        for stage in stages[ids.index(deal.stage_id) + 1 :]:
            if stage.kind == StageKind.OPEN:
                return StageInfo(
                    stage.id,
                    stage.pipeline_id,
                    stage.name,
                    stage.position,
                    stage.probability,
                    stage.kind,
                )
        return None


def move_to_next_stage(db: Database, deal_id: str) -> str:
    """Move the deal to the next open stage (top of its column); returns the stage id."""
    stage = next_stage(db, deal_id)
    if stage is None:
        raise UserError(MSG_NO_NEXT_STAGE)
    move_deal(db, deal_id, stage.id, 0)
    return stage.id


def close_reasons(db: Database, kind: str = StageKind.LOST.value, limit: int = 15) -> list[str]:
    """The reasons most often given for won (or lost) deals, for suggestions."""
    with db.read() as session:
        return list(
            session.scalars(
                select(Deal.close_reason)
                .where(
                    Deal.status == kind,
                    Deal.close_reason.is_not(None),
                    Deal.close_reason != "",
                    Deal.deleted_at.is_(None),
                )
                .group_by(Deal.close_reason)
                .order_by(func.count().desc(), Deal.close_reason)
                .limit(limit)
            )
        )


def deal_custom_fields(db: Database) -> list[CustomField]:
    """The deals' custom fields, in form order."""
    with db.read() as session:
        return custom_fields_of(session, "deal")


def company_of_contact(db: Database, contact_id: str) -> str | None:
    """The company a contact works for (to link a new deal to it too)."""
    with db.read() as session:
        return session.scalar(
            select(Contact.company_id).where(Contact.id == contact_id, Contact.deleted_at.is_(None))
        )


@dataclass(frozen=True)
class UserChoice:
    id: str
    name: str

    @property
    def initials(self) -> str:
        return initials(self.name)


def initials(name: str | None) -> str:
    """ "Claire Moreau" → "CM"; "admin" → "AD"."""
    words = [w for w in (name or "").replace("-", " ").replace(".", " ").split() if w]
    if not words:
        return ""
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


def users(db: Database) -> list[UserChoice]:
    """The active users (owners of deals), by name."""
    with db.read() as session:
        return [
            UserChoice(user_id, name)
            for user_id, name in session.execute(
                select(User.id, User.name)
                .where(User.deleted_at.is_(None), User.is_active.is_(True))
                .order_by(func.lower(User.name), User.id)
            )
        ]


# -- the board ------------------------------------------------------------------------


@dataclass(frozen=True)
class BoardFilter:
    owner_id: str | None = None
    #: Words found in the title, the contact's or the company's name (accents ignored).
    text: str = ""
    #: Won and lost columns show the deals closed in the last days (None: all of them).
    closed_days: int | None = CLOSED_DAYS


@dataclass(frozen=True)
class Card:
    id: str
    title: str
    stage_id: str
    contact_id: str | None
    contact_name: str
    company_id: str | None
    company_name: str
    amount_cents: int
    currency: str
    expected_close_date: date | None
    #: The deal's probability, else its stage's default (percent).
    probability: int
    #: Whether the probability is the stage's default.
    default_probability: bool
    status: str
    owner_id: str | None
    owner_name: str
    owner_initials: str
    created_at: datetime
    closed_at: datetime | None
    position: int
    #: Open and past its expected close date.
    overdue: bool
    #: Days since the deal was created.
    age_days: int

    @property
    def weighted_cents(self) -> int:
        return weighted_cents(self.amount_cents, self.probability)

    @property
    def party(self) -> str:
        """ "Contact · Company", whichever are known."""
        return " · ".join(part for part in (self.contact_name, self.company_name) if part)


@dataclass(frozen=True)
class BoardColumn:
    stage: StageInfo
    cards: tuple[Card, ...]
    amount_cents: int
    weighted_cents: int

    @property
    def count(self) -> int:
        return len(self.cards)


@dataclass(frozen=True)
class Board:
    pipeline: PipelineInfo | None
    columns: tuple[BoardColumn, ...]
    filters: BoardFilter
    today: date
    currency: str = "EUR"

    @property
    def open_count(self) -> int:
        return sum(c.count for c in self.columns if c.stage.is_open)

    @property
    def open_amount_cents(self) -> int:
        return sum(c.amount_cents for c in self.columns if c.stage.is_open)

    @property
    def open_weighted_cents(self) -> int:
        return sum(c.weighted_cents for c in self.columns if c.stage.is_open)

    def column_of(self, stage_id: str) -> BoardColumn | None:
        return next((c for c in self.columns if c.stage.id == stage_id), None)

    def find(self, deal_id: str) -> tuple[int, int] | None:
        """(column index, row) of a card on the board."""
        for column_index, column in enumerate(self.columns):
            for row, card in enumerate(column.cards):
                if card.id == deal_id:
                    return column_index, row
        return None


def _matches(words: Sequence[str], *texts: str | None) -> bool:
    haystack = fold(" ".join(t for t in texts if t))
    return all(word in haystack for word in words)


def board(
    db: Database,
    pipeline_id: str | None = None,
    filters: BoardFilter | None = None,
    today: date | None = None,
) -> Board:
    """The board of a pipeline (default: the default one): its stages in order, each with
    its cards (ordered by position), count, total and weighted total — in two queries."""
    filters = filters or BoardFilter()
    today = today or date.today()
    with db.read() as session:
        if pipeline_id is None:
            pipeline_id = _default_pipeline_id(session)
        pipeline = session.get(Pipeline, pipeline_id) if pipeline_id else None
        if pipeline is None or pipeline.deleted_at is not None:
            return Board(None, (), filters, today)
        stages = [
            StageInfo(s.id, s.pipeline_id, s.name, s.position, s.probability, s.kind)
            for s in _stages_of(session, pipeline.id)
        ]
        info = PipelineInfo(
            pipeline.id, pipeline.name, pipeline.position, pipeline.is_default, tuple(stages)
        )
        if not stages:
            return Board(info, (), filters, today)
        wanted = [Deal.status == DealStatus.OPEN]
        closed_ids = [s.id for s in stages if not s.is_open]
        if filters.closed_days is None:
            wanted.append(Deal.status != DealStatus.OPEN)
        else:
            since = utcnow() - timedelta(days=filters.closed_days)
            wanted.append(and_(Deal.status != DealStatus.OPEN, Deal.closed_at >= since))
        statement = (
            select(
                Deal.id,
                Deal.title,
                Deal.stage_id,
                Deal.contact_id,
                Contact.first_name,
                Contact.last_name,
                Deal.company_id,
                Company.name,
                Deal.amount_cents,
                Deal.currency,
                Deal.expected_close_date,
                Deal.probability,
                Deal.status,
                Deal.owner_id,
                User.name,
                Deal.created_at,
                Deal.closed_at,
                Deal.position,
            )
            .outerjoin(Contact, Contact.id == Deal.contact_id)
            .outerjoin(Company, Company.id == Deal.company_id)
            .outerjoin(User, User.id == Deal.owner_id)
            .where(
                Deal.stage_id.in_([s.id for s in stages]),
                Deal.deleted_at.is_(None),
                or_(*wanted) if closed_ids else wanted[0],
            )
            .order_by(Deal.stage_id, Deal.position, Deal.created_at, Deal.id)
        )
        if filters.owner_id:
            statement = statement.where(Deal.owner_id == filters.owner_id)
        records = session.execute(statement).all()
    words = [fold(word) for word in filters.text.split()]
    by_stage: dict[str, list[Card]] = {s.id: [] for s in stages}
    probabilities = {s.id: s.probability for s in stages}
    initials_of: dict[str | None, str] = {}
    for (
        deal_id,
        title,
        stage_id,
        contact_id,
        first,
        last,
        company_id,
        company,
        amount,
        currency,
        close,
        probability,
        status,
        owner_id,
        owner,
        created,
        closed,
        position,
    ) in records:
        contact = f"{first or ''} {last or ''}".strip()
        if words and not _matches(words, title, contact, company):
            continue
        if owner_id not in initials_of:
            initials_of[owner_id] = initials(owner)
        by_stage[stage_id].append(
            Card(
                id=deal_id,
                title=title,
                stage_id=stage_id,
                contact_id=contact_id,
                contact_name=contact,
                company_id=company_id,
                company_name=company or "",
                amount_cents=amount or 0,
                currency=currency or "EUR",
                expected_close_date=close,
                probability=probability if probability is not None else probabilities[stage_id],
                default_probability=probability is None,
                status=status,
                owner_id=owner_id,
                owner_name=owner or "",
                owner_initials=initials_of[owner_id],
                created_at=created,
                closed_at=closed,
                position=position,
                overdue=status == DealStatus.OPEN and close is not None and close < today,
                age_days=(today - created.date()).days,
            )
        )
    columns = []
    for stage in stages:
        cards = by_stage[stage.id]
        amount = sum(card.amount_cents for card in cards)
        weighted = round_half_up(
            Decimal(sum(card.amount_cents * card.probability for card in cards)) / 100
        )
        columns.append(BoardColumn(stage, tuple(cards), amount, weighted))
    currency = next((c.currency for column in columns for c in column.cards), "EUR")
    return Board(info, tuple(columns), filters, today, currency)


# -- the list -------------------------------------------------------------------------


@dataclass(frozen=True)
class DealQuery:
    pipeline_id: str | None = None
    stage_id: str | None = None
    status: str | None = None
    owner_id: str | None = None
    text: str = ""
    close_from: date | None = None
    close_to: date | None = None
    contact_id: str | None = None
    company_id: str | None = None
    deleted: bool = False
    sort: str = "close"
    descending: bool = False


@dataclass(frozen=True)
class DealRow:
    id: str
    title: str
    contact_id: str | None
    contact: str
    company_id: str | None
    company: str
    pipeline: str
    stage_id: str
    stage: str
    stage_kind: str
    status: str
    owner: str
    amount_cents: int
    currency: str
    probability: int
    default_probability: bool
    expected_close_date: date | None
    close_reason: str
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    overdue: bool

    @property
    def weighted_cents(self) -> int:
        return weighted_cents(self.amount_cents, self.probability)

    # The list view's column keys.
    @property
    def close(self) -> date | None:
        return self.expected_close_date

    @property
    def amount(self) -> int:
        return self.amount_cents

    @property
    def weighted(self) -> int:
        return self.weighted_cents


_person = aliased(Contact)
_EFFECTIVE_PROBABILITY = func.coalesce(Deal.probability, PipelineStage.probability)

SORT_COLUMNS: dict[str, Any] = {
    "title": func.lower(Deal.title),
    "contact": _person.sort_name,
    "company": Company.sort_name,
    "pipeline": Pipeline.position,
    "stage": PipelineStage.position,
    "status": Deal.status,
    "owner": User.name,
    "amount": Deal.amount_cents,
    "probability": _EFFECTIVE_PROBABILITY,
    "weighted": Deal.amount_cents * _EFFECTIVE_PROBABILITY,
    "close": Deal.expected_close_date,
    "created": Deal.created_at,
    "updated": Deal.updated_at,
    "closed": Deal.closed_at,
}


def _list_statement(columns: Sequence[Any], query: DealQuery) -> Select[Any]:
    statement = (
        select(*columns)
        .select_from(Deal)
        .join(PipelineStage, PipelineStage.id == Deal.stage_id)
        .join(Pipeline, Pipeline.id == Deal.pipeline_id)
        .outerjoin(_person, _person.id == Deal.contact_id)
        .outerjoin(Company, Company.id == Deal.company_id)
        .outerjoin(User, User.id == Deal.owner_id)
        .where(Deal.deleted_at.is_not(None) if query.deleted else Deal.deleted_at.is_(None))
    )
    if query.pipeline_id:
        statement = statement.where(Deal.pipeline_id == query.pipeline_id)
    if query.stage_id:
        statement = statement.where(Deal.stage_id == query.stage_id)
    if query.status:
        statement = statement.where(Deal.status == query.status)
    if query.owner_id:
        statement = statement.where(Deal.owner_id == query.owner_id)
    if query.contact_id:
        statement = statement.where(Deal.contact_id == query.contact_id)
    if query.company_id:
        statement = statement.where(Deal.company_id == query.company_id)
    if query.close_from:
        statement = statement.where(Deal.expected_close_date >= query.close_from)
    if query.close_to:
        statement = statement.where(Deal.expected_close_date <= query.close_to)
    return statement


def search_ids(db: Database, query: DealQuery) -> list[str]:
    """The ids of the deals of the list, filtered and sorted in SQL (words: accents ignored)."""
    column = SORT_COLUMNS.get(query.sort, Deal.expected_close_date)
    ordering = [
        # Deals without a value (no close date…) last, whichever the direction.
        case((column.is_(None), 1), else_=0),
        column.desc() if query.descending else column.asc(),
        func.lower(Deal.title),
        Deal.id,
    ]
    words = [fold(word) for word in query.text.split()]
    with db.read() as session:
        if not words:
            return list(session.scalars(_list_statement([Deal.id], query).order_by(*ordering)))
        found = session.execute(
            _list_statement(
                [Deal.id, Deal.title, _person.sort_name, Company.sort_name], query
            ).order_by(*ordering)
        )
        return [
            deal_id
            for deal_id, title, person, company in found
            if _matches(words, title, person, company)
        ]


def count(db: Database, query: DealQuery) -> int:
    return len(search_ids(db, query))


def rows(db: Database, ids: Sequence[str], today: date | None = None) -> list[DealRow]:
    """The list's rows for these ids, in the same order (missing ids are skipped)."""
    if not ids:
        return []
    today = today or date.today()
    with db.read() as session:
        records = session.execute(
            select(
                Deal,
                _person.first_name,
                _person.last_name,
                Company.name,
                Pipeline.name,
                PipelineStage.name,
                PipelineStage.kind,
                PipelineStage.probability,
                User.name,
            )
            .select_from(Deal)
            .join(PipelineStage, PipelineStage.id == Deal.stage_id)
            .join(Pipeline, Pipeline.id == Deal.pipeline_id)
            .outerjoin(_person, _person.id == Deal.contact_id)
            .outerjoin(Company, Company.id == Deal.company_id)
            .outerjoin(User, User.id == Deal.owner_id)
            .where(Deal.id.in_(ids))
        ).all()
    by_id = {}
    for deal, first, last, company, pipeline, stage, kind, stage_probability, owner in records:
        by_id[deal.id] = DealRow(
            id=deal.id,
            title=deal.title,
            contact_id=deal.contact_id,
            contact=f"{first or ''} {last or ''}".strip(),
            company_id=deal.company_id,
            company=company or "",
            pipeline=pipeline,
            stage_id=deal.stage_id,
            stage=stage,
            stage_kind=kind,
            status=deal.status,
            owner=owner or "",
            amount_cents=deal.amount_cents,
            currency=deal.currency,
            probability=deal.probability if deal.probability is not None else stage_probability,
            default_probability=deal.probability is None,
            expected_close_date=deal.expected_close_date,
            close_reason=deal.close_reason or "",
            created_at=deal.created_at,
            updated_at=deal.updated_at,
            closed_at=deal.closed_at,
            overdue=(
                deal.status == DealStatus.OPEN
                and deal.expected_close_date is not None
                and deal.expected_close_date < today
            ),
        )
    return [by_id[i] for i in ids if i in by_id]


# -- the forecast ---------------------------------------------------------------------

#: Bucket keys besides months ("YYYY-MM").
OVERDUE = "overdue"
NO_DATE = "none"
LATER = "later"


@dataclass(frozen=True)
class ForecastMonth:
    """One bucket of the forecast: a month, or the overdue / later / undated open deals."""

    #: "YYYY-MM" for a month, else OVERDUE, LATER or NO_DATE.
    key: str
    #: The first day of the month (None for the other buckets).
    month: date | None
    #: Open deals expected to close then, their amount, and amount × probability.
    deals: int = 0
    amount_cents: int = 0
    weighted_cents: int = 0
    #: Deals won (closed) in that month, and their amount.
    won_deals: int = 0
    won_cents: int = 0

    @property
    def is_month(self) -> bool:
        return self.month is not None


def _month_start(day: date, shift: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + shift
    return date(index // 12, index % 12 + 1, 1)


def forecast(
    db: Database,
    pipeline_id: str | None = None,
    months: int = 12,
    today: date | None = None,
    *,
    past_months: int = 0,
    owner_id: str | None = None,
) -> list[ForecastMonth]:
    """Open deals by expected close month, weighted by their probability, and the deals won
    each month.

    Buckets, in order: ``past_months`` months before this one (won deals only: an open
    deal expected then is overdue), "overdue" (open, expected before ``today``), this month
    and the ``months − 1`` after it, "later" (expected after them), "no date". Only
    non-empty "later" and "no date" buckets are returned; the others always are.
    ``pipeline_id`` None: every pipeline.
    """
    today = today or date.today()
    first = _month_start(today, -past_months)
    current = _month_start(today)
    horizon = _month_start(today, months)
    keys = [_month_start(today, shift) for shift in range(-past_months, months)]
    sums: dict[str, list[Decimal | int]] = {}

    def bucket(key: str) -> list[Decimal | int]:
        return sums.setdefault(key, [0, 0, Decimal(0), 0, 0])

    live = [Deal.deleted_at.is_(None)]
    if pipeline_id:
        live.append(Deal.pipeline_id == pipeline_id)
    if owner_id:
        live.append(Deal.owner_id == owner_id)
    with db.read() as session:
        opened = session.execute(
            select(Deal.expected_close_date, Deal.amount_cents, _EFFECTIVE_PROBABILITY)
            .join(PipelineStage, PipelineStage.id == Deal.stage_id)
            .where(*live, Deal.status == DealStatus.OPEN)
        ).all()
        since = datetime.combine(first, datetime.min.time()).astimezone()
        won = session.execute(
            select(Deal.closed_at, Deal.amount_cents).where(
                *live, Deal.status == DealStatus.WON, Deal.closed_at >= since
            )
        ).all()
    for close, amount, probability in opened:
        if close is None:
            key = NO_DATE
        elif close < today:
            key = OVERDUE
        elif close >= horizon:
            key = LATER
        else:
            key = f"{close.year:04d}-{close.month:02d}"
        sums_of = bucket(key)
        sums_of[0] = int(sums_of[0]) + 1
        sums_of[1] = int(sums_of[1]) + (amount or 0)
        sums_of[2] = Decimal(sums_of[2]) + Decimal(amount or 0) * (probability or 0)
    for closed_at, amount in won:
        day = closed_at.astimezone().date() if closed_at is not None else None
        if day is None or day < first or day >= horizon:
            continue
        sums_of = bucket(f"{day.year:04d}-{day.month:02d}")
        sums_of[3] = int(sums_of[3]) + 1
        sums_of[4] = int(sums_of[4]) + (amount or 0)

    def made(key: str, month: date | None) -> ForecastMonth:
        deals, amount, weighted, won_deals, won_cents = sums.get(key, [0, 0, Decimal(0), 0, 0])
        return ForecastMonth(
            key,
            month,
            int(deals),
            int(amount),
            round_half_up(Decimal(weighted) / 100),
            int(won_deals),
            int(won_cents),
        )

    result = [made(f"{m.year:04d}-{m.month:02d}", m) for m in keys if m < current]
    result.append(made(OVERDUE, None))
    result += [made(f"{m.year:04d}-{m.month:02d}", m) for m in keys if m >= current]
    for key in (LATER, NO_DATE):
        if key in sums:
            result.append(made(key, None))
    return result


@dataclass(frozen=True)
class ForecastTotals:
    deals: int
    amount_cents: int
    weighted_cents: int
    won_deals: int
    won_cents: int


def forecast_totals(buckets: Sequence[ForecastMonth]) -> ForecastTotals:
    return ForecastTotals(
        sum(b.deals for b in buckets),
        sum(b.amount_cents for b in buckets),
        sum(b.weighted_cents for b in buckets),
        sum(b.won_deals for b in buckets),
        sum(b.won_cents for b in buckets),
    )


# -- the deal file --------------------------------------------------------------------


@dataclass(frozen=True)
class DealLineRow:
    id: str
    product_id: str | None
    reference: str
    description: str
    quantity: float
    unit_price_cents: int
    discount_bp: int
    vat_rate_bp: int

    @property
    def total_cents(self) -> int:
        return line_total_cents(self.quantity, self.unit_price_cents, self.discount_bp)

    @property
    def vat_cents(self) -> int:
        return vat_cents(self.total_cents, self.vat_rate_bp)


@dataclass(frozen=True)
class DealTask:
    id: str
    title: str
    due_at: datetime | None
    done_at: datetime | None
    priority: str
    owner: str


@dataclass(frozen=True)
class DealCustomValue:
    key: str
    label: str
    field_type: str
    value: Any


@dataclass(frozen=True)
class DealFile:
    id: str
    title: str
    pipeline_id: str
    pipeline_name: str
    stage_id: str
    stage_name: str
    stage_kind: str
    stage_probability: int
    #: The stages of the pipeline, in order (for "move to…" menus and the stage path).
    stages: tuple[StageInfo, ...]
    status: str
    amount_cents: int
    currency: str
    probability: int
    default_probability: bool
    expected_close_date: date | None
    closed_at: datetime | None
    close_reason: str
    contact_id: str | None
    contact_name: str
    company_id: str | None
    company_name: str
    owner_id: str | None
    owner_name: str
    notes: str
    created_at: datetime
    updated_at: datetime
    lines: tuple[DealLineRow, ...]
    totals: Totals
    tasks: tuple[DealTask, ...]
    custom: tuple[DealCustomValue, ...]
    deleted_at: datetime | None
    overdue: bool
    #: Live interactions logged about the deal.
    interaction_count: int = 0

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def weighted_cents(self) -> int:
        return weighted_cents(self.amount_cents, self.probability)

    @property
    def next_stage(self) -> StageInfo | None:
        if self.status != DealStatus.OPEN:
            return None
        ids = [s.id for s in self.stages]
        if self.stage_id not in ids:
            return None
        return next((s for s in self.stages[ids.index(self.stage_id) + 1 :] if s.is_open), None)


def load_deal_file(db: Database, deal_id: str, today: date | None = None) -> DealFile:
    """Everything the deal file shows, as plain values (deleted deals too)."""
    today = today or date.today()
    with db.read() as session:
        deal = _deal(session, deal_id, live=False)
        stage = session.get(PipelineStage, deal.stage_id)
        pipeline = session.get(Pipeline, deal.pipeline_id)
        contact = session.get(Contact, deal.contact_id) if deal.contact_id else None
        company = session.get(Company, deal.company_id) if deal.company_id else None
        owner = session.get(User, deal.owner_id) if deal.owner_id else None
        stages = tuple(
            StageInfo(s.id, s.pipeline_id, s.name, s.position, s.probability, s.kind)
            for s in _stages_of(session, deal.pipeline_id)
        )
        lines = tuple(
            DealLineRow(
                line.id,
                line.product_id,
                reference or "",
                line.description,
                line.quantity,
                line.unit_price_cents,
                line.discount_bp,
                line.vat_rate_bp,
            )
            for line, reference in session.execute(
                select(DealLine, Product.reference)
                .outerjoin(Product, Product.id == DealLine.product_id)
                .where(DealLine.deal_id == deal_id, DealLine.deleted_at.is_(None))
                .order_by(DealLine.position, DealLine.id)
            )
        )
        tasks = tuple(
            DealTask(task.id, task.title, task.due_at, task.done_at, task.priority, name or "")
            for task, name in session.execute(
                select(Task, User.name)
                .outerjoin(User, User.id == Task.owner_id)
                .where(Task.deal_id == deal_id, Task.deleted_at.is_(None))
                .order_by(
                    Task.done_at.is_not(None),
                    Task.due_at.is_(None),
                    Task.due_at,
                    Task.title,
                )
            )
        )
        values = deal.custom or {}
        custom = tuple(
            DealCustomValue(f.key, f.label, f.field_type, values.get(f.key))
            for f in custom_fields_of(session, "deal")
        )
        stage_probability = stage.probability if stage is not None else 0
        return DealFile(
            id=deal.id,
            title=deal.title,
            pipeline_id=deal.pipeline_id,
            pipeline_name=pipeline.name if pipeline else "",
            stage_id=deal.stage_id,
            stage_name=stage.name if stage else "",
            stage_kind=stage.kind if stage else StageKind.OPEN.value,
            stage_probability=stage_probability,
            stages=stages,
            status=deal.status,
            amount_cents=deal.amount_cents,
            currency=deal.currency,
            probability=deal.probability if deal.probability is not None else stage_probability,
            default_probability=deal.probability is None,
            expected_close_date=deal.expected_close_date,
            closed_at=deal.closed_at,
            close_reason=deal.close_reason or "",
            contact_id=contact.id if contact is not None and contact.deleted_at is None else None,
            contact_name=contact.display_name if contact is not None else "",
            company_id=company.id if company is not None and company.deleted_at is None else None,
            company_name=company.name if company is not None else "",
            owner_id=deal.owner_id,
            owner_name=owner.name if owner else "",
            notes=deal.notes or "",
            created_at=deal.created_at,
            updated_at=deal.updated_at,
            lines=lines,
            totals=totals_of(lines),
            tasks=tasks,
            custom=custom,
            deleted_at=deal.deleted_at,
            overdue=(
                deal.status == DealStatus.OPEN
                and deal.expected_close_date is not None
                and deal.expected_close_date < today
            ),
            interaction_count=int(
                session.scalar(
                    select(func.count())
                    .select_from(Interaction)
                    .where(Interaction.deal_id == deal_id, Interaction.deleted_at.is_(None))
                )
                or 0
            ),
        )


__all__ = [
    "CLOSED_DAYS",
    "DEFAULT_STAGES",
    "LATER",
    "NO_DATE",
    "OVERDUE",
    "POSITION_STEP",
    "SORT_COLUMNS",
    "Board",
    "BoardColumn",
    "BoardFilter",
    "Card",
    "DealCustomValue",
    "DealFile",
    "DealInput",
    "DealLineInput",
    "DealLineRow",
    "DealQuery",
    "DealRow",
    "DealTask",
    "ForecastMonth",
    "ForecastTotals",
    "PipelineInfo",
    "StageInfo",
    "StageInput",
    "Totals",
    "UserChoice",
    "add_stage",
    "board",
    "close_reasons",
    "company_of_contact",
    "deal_custom_fields",
    "count",
    "create_deal",
    "create_pipeline",
    "default_pipeline_id",
    "delete_deals",
    "delete_pipeline",
    "delete_stage",
    "forecast",
    "forecast_totals",
    "get_pipeline",
    "initials",
    "line_total_cents",
    "load_deal_file",
    "load_deal_input",
    "mark_lost",
    "mark_won",
    "move_deal",
    "move_pipeline",
    "move_stage",
    "move_to_next_stage",
    "next_stage",
    "pipelines",
    "quick_update",
    "rename_pipeline",
    "reopen",
    "reorder_stages",
    "restore_deals",
    "round_half_up",
    "rows",
    "search_ids",
    "set_default_pipeline",
    "totals_of",
    "update_deal",
    "update_stage",
    "users",
    "validate_deal",
    "vat_cents",
    "weighted_cents",
]
