"""What the business sells: products, pipelines and deals, orders.

Money is always an integer number of cents plus a currency code. Rates are basis points
(2000 = 20 %) so that VAT arithmetic stays exact.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Entity
from models.enums import DealStatus, OrderKind, StageKind


class Product(Entity, Base):
    __tablename__ = "products"

    reference: Mapped[str | None] = mapped_column(String(100), index=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(200))
    unit_price_cents: Mapped[int] = mapped_column(default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    vat_rate_bp: Mapped[int] = mapped_column(default=2000)
    is_active: Mapped[bool] = mapped_column(default=True)
    external_ref: Mapped[str | None] = mapped_column(String(100), index=True)


class Pipeline(Entity, Base):
    __tablename__ = "pipelines"

    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)
    is_default: Mapped[bool] = mapped_column(default=False)

    stages: Mapped[list[PipelineStage]] = relationship(
        order_by="PipelineStage.position", back_populates="pipeline"
    )


class PipelineStage(Entity, Base):
    __tablename__ = "pipeline_stages"

    pipeline_id: Mapped[str] = mapped_column(ForeignKey("pipelines.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)
    #: Default win probability of a deal in this stage, in percent.
    probability: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(10), default=StageKind.OPEN)

    pipeline: Mapped[Pipeline] = relationship(back_populates="stages")


class Deal(Entity, Base):
    __tablename__ = "deals"
    __table_args__ = (Index("ix_deals_stage_status", "stage_id", "status"),)

    title: Mapped[str] = mapped_column(String(300))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    company_id: Mapped[str | None] = mapped_column(ForeignKey("companies.id"), index=True)
    pipeline_id: Mapped[str] = mapped_column(ForeignKey("pipelines.id"))
    stage_id: Mapped[str] = mapped_column(ForeignKey("pipeline_stages.id"))
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    amount_cents: Mapped[int] = mapped_column(default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    expected_close_date: Mapped[date | None]
    #: Win probability in percent; None means "the stage's default".
    probability: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(10), default=DealStatus.OPEN)
    closed_at: Mapped[datetime | None]
    close_reason: Mapped[str | None] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    external_ref: Mapped[str | None] = mapped_column(String(100), index=True)
    custom: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class DealLine(Entity, Base):
    __tablename__ = "deal_lines"

    deal_id: Mapped[str] = mapped_column(ForeignKey("deals.id"), index=True)
    product_id: Mapped[str | None] = mapped_column(ForeignKey("products.id"))
    description: Mapped[str] = mapped_column(String(500), default="")
    quantity: Mapped[float] = mapped_column(default=1.0)
    unit_price_cents: Mapped[int] = mapped_column(default=0)
    discount_bp: Mapped[int] = mapped_column(default=0)
    vat_rate_bp: Mapped[int] = mapped_column(default=2000)
    position: Mapped[int] = mapped_column(default=0)


class Order(Entity, Base):
    """A sale (or a credit note) as recorded by the till, the web shop or an invoice."""

    __tablename__ = "orders"
    __table_args__ = (Index("ix_orders_contact_time", "contact_id", "ordered_at"),)

    number: Mapped[str | None] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(20), default=OrderKind.ORDER)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"))
    company_id: Mapped[str | None] = mapped_column(ForeignKey("companies.id"), index=True)
    ordered_at: Mapped[datetime] = mapped_column(index=True)
    #: Sum of the lines' amounts, VAT included (what the customer paid).
    total_cents: Mapped[int] = mapped_column(default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    channel: Mapped[str | None] = mapped_column(String(20))
    external_ref: Mapped[str | None] = mapped_column(String(100), index=True)

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", order_by="OrderLine.position"
    )


class OrderLine(Entity, Base):
    __tablename__ = "order_lines"

    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    product_id: Mapped[str | None] = mapped_column(ForeignKey("products.id"), index=True)
    description: Mapped[str] = mapped_column(String(500), default="")
    quantity: Mapped[float] = mapped_column(default=1.0)
    unit_price_cents: Mapped[int] = mapped_column(default=0)
    #: quantity × unit price, rounded to the cent, VAT included.
    amount_cents: Mapped[int] = mapped_column(default=0)
    vat_rate_bp: Mapped[int] = mapped_column(default=2000)
    position: Mapped[int] = mapped_column(default=0)

    order: Mapped[Order] = relationship(back_populates="lines")
