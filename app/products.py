"""The products catalogue: what deal lines (and quotes) are made of.

Prices are integer cents excluding VAT (HT), the way a B2B catalogue and the pipeline
count them; VAT rates are basis points (2000 = 20 %). A reference is unique among the
live products (case-insensitive), so a line typed as "VIN-001" finds one product.
Deleting a product tombstones it: the deal lines that use it keep their own copy of the
description, price and rate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError, ValidationError
from app.validation import MSG_TOO_LONG, clean_text
from models import Product, fold, utcnow
from models.database import Database
from models.enums import BatchKind

#: The French VAT rates, in basis points: standard, intermediate, reduced, special, none.
VAT_RATES: tuple[int, ...] = (2000, 1000, 550, 210, 0)
DEFAULT_VAT_BP = 2000
MAX_PRICE_CENTS = 10**11  # a billion euros: anything above is a typing mistake

MSG_PRODUCT_NAME = QT_TRANSLATE_NOOP("errors", "Give the product a name.")
MSG_REFERENCE_TAKEN = QT_TRANSLATE_NOOP("errors", "Another product already has this reference.")
MSG_PRICE = QT_TRANSLATE_NOOP("errors", "The price must be zero or more.")
MSG_VAT = QT_TRANSLATE_NOOP(
    "errors", "Choose one of the VAT rates: 20 %, 10 %, 5.5 %, 2.1 % or 0 %."
)
MSG_NO_PRODUCT = QT_TRANSLATE_NOOP("errors", "This product no longer exists.")
MSG_RESTORE_TAKEN = QT_TRANSLATE_NOOP(
    "errors",
    "The product {name} cannot be restored: another product now has its reference {reference}.",
)

SORT_KEYS = ("reference", "name", "category", "price", "vat", "active")


@dataclass
class ProductInput:
    """What the product form holds."""

    name: str = ""
    reference: str = ""
    category: str = ""
    unit_price_cents: int = 0
    vat_rate_bp: int = DEFAULT_VAT_BP
    description: str = ""
    is_active: bool = True
    currency: str = "EUR"


@dataclass(frozen=True)
class ProductRow:
    id: str
    reference: str
    name: str
    category: str
    unit_price_cents: int
    currency: str
    vat_rate_bp: int
    is_active: bool
    description: str
    deleted: bool = False

    @property
    def label(self) -> str:
        """ "VIN-001 — Vouvray sec 2021" (or the name alone without a reference)."""
        return f"{self.reference} — {self.name}" if self.reference else self.name


def _row(product: Product) -> ProductRow:
    return ProductRow(
        id=product.id,
        reference=product.reference or "",
        name=product.name,
        category=product.category or "",
        unit_price_cents=product.unit_price_cents,
        currency=product.currency or "EUR",
        vat_rate_bp=product.vat_rate_bp,
        is_active=product.is_active,
        description=product.description or "",
        deleted=product.deleted_at is not None,
    )


def _sort_column(key: str):  # noqa: ANN202 (a SQL expression)
    return {
        "reference": func.lower(func.coalesce(Product.reference, "")),
        "name": func.lower(Product.name),
        "category": func.lower(func.coalesce(Product.category, "")),
        "price": Product.unit_price_cents,
        "vat": Product.vat_rate_bp,
        "active": Product.is_active,
    }.get(key, func.lower(Product.name))


def search_products(
    db: Database,
    text: str = "",
    *,
    category: str | None = None,
    active_only: bool = False,
    deleted: bool = False,
    sort: str = "name",
    descending: bool = False,
    limit: int | None = None,
) -> list[ProductRow]:
    """The products whose name, reference or category holds every typed word.

    Words match anywhere, without regard to case or accents ("epoisses" finds "Époisses").
    A catalogue holds hundreds of products, not millions: the words are matched here.
    """
    statement = select(Product).where(
        Product.deleted_at.is_not(None) if deleted else Product.deleted_at.is_(None)
    )
    if category:
        statement = statement.where(Product.category == category)
    if active_only:
        statement = statement.where(Product.is_active.is_(True))
    column = _sort_column(sort)
    statement = statement.order_by(
        column.desc() if descending else column.asc(), func.lower(Product.name), Product.id
    )
    words = [fold(word) for word in text.split()]
    with db.read() as session:
        rows = [_row(product) for product in session.scalars(statement)]
    if words:
        rows = [
            row
            for row in rows
            if all(w in fold(f"{row.reference} {row.name} {row.category}") for w in words)
        ]
    return rows[:limit] if limit else rows


def get_product(db: Database, product_id: str) -> ProductRow:
    with db.read() as session:
        product = session.get(Product, product_id)
        if product is None:
            raise NotFoundError(MSG_NO_PRODUCT)
        return _row(product)


def product_rows(db: Database, ids: Iterable[str]) -> dict[str, ProductRow]:
    """The products with these ids (deleted ones too), by id."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    with db.read() as session:
        return {
            p.id: _row(p) for p in session.scalars(select(Product).where(Product.id.in_(wanted)))
        }


def categories(db: Database) -> list[str]:
    """The categories of the live products, alphabetically."""
    with db.read() as session:
        names = session.scalars(
            select(Product.category)
            .where(Product.deleted_at.is_(None), Product.category.is_not(None))
            .distinct()
        )
        return sorted({name for name in names if name}, key=fold)


def validate_product(
    db: Database, data: ProductInput, product_id: str | None = None
) -> dict[str, str]:
    """Field -> message template for every unacceptable field."""
    with db.read() as session:
        return _normalise(session, data, product_id)[1]


def create_product(db: Database, data: ProductInput) -> str:
    with db.write(BatchKind.CREATE, f"New product {clean_text(data.name)}") as session:
        values = _clean(session, data, None)
        product = Product(**values)
        session.add(product)
        session.flush()
        return product.id


def update_product(db: Database, product_id: str, data: ProductInput) -> None:
    with db.write(BatchKind.EDIT, f"Edit product {clean_text(data.name)}") as session:
        product = session.get(Product, product_id)
        if product is None or product.deleted_at is not None:
            raise NotFoundError(MSG_NO_PRODUCT)
        for name, value in _clean(session, data, product_id).items():
            if getattr(product, name) != value:
                setattr(product, name, value)


def set_active(db: Database, product_ids: Iterable[str], active: bool) -> int:
    """Offer (or stop offering) products in new deal lines; returns how many changed."""
    ids = list(product_ids)
    verb = "Activate" if active else "Deactivate"
    with db.write(BatchKind.MASS_EDIT, f"{verb} {len(ids)} product(s)") as session:
        products = session.scalars(
            select(Product).where(
                Product.id.in_(ids), Product.deleted_at.is_(None), Product.is_active != active
            )
        ).all()
        for product in products:
            product.is_active = active
        return len(products)


def delete_products(db: Database, product_ids: Iterable[str]) -> int:
    ids = list(product_ids)
    now = utcnow()
    with db.write(BatchKind.DELETE, f"Delete {len(ids)} product(s)") as session:
        products = session.scalars(
            select(Product).where(Product.id.in_(ids), Product.deleted_at.is_(None))
        ).all()
        for product in products:
            product.deleted_at = now
        return len(products)


def restore_products(db: Database, product_ids: Iterable[str]) -> int:
    ids = list(product_ids)
    with db.write(BatchKind.RESTORE, f"Restore {len(ids)} product(s)") as session:
        products = session.scalars(
            select(Product).where(Product.id.in_(ids), Product.deleted_at.is_not(None))
        ).all()
        for product in products:
            if product.reference and _reference_taken(session, product.reference, product.id):
                raise UserError(MSG_RESTORE_TAKEN, name=product.name, reference=product.reference)
            product.deleted_at = None
        return len(products)


# -- helpers --------------------------------------------------------------------------


def _reference_taken(session: Session, reference: str, product_id: str | None) -> bool:
    statement = select(Product.id).where(
        func.lower(Product.reference) == reference.lower(), Product.deleted_at.is_(None)
    )
    if product_id:
        statement = statement.where(Product.id != product_id)
    return session.scalar(statement.limit(1)) is not None


def _normalise(
    session: Session, data: ProductInput, product_id: str | None
) -> tuple[dict[str, object], dict[str, str]]:
    errors: dict[str, str] = {}
    name = clean_text(data.name)
    reference = clean_text(data.reference)
    category = clean_text(data.category)
    if not name:
        errors["name"] = MSG_PRODUCT_NAME
    elif len(name) > 300:
        errors["name"] = MSG_TOO_LONG
    if len(reference) > 100:
        errors["reference"] = MSG_TOO_LONG
    elif reference and _reference_taken(session, reference, product_id):
        errors["reference"] = MSG_REFERENCE_TAKEN
    if len(category) > 200:
        errors["category"] = MSG_TOO_LONG
    if not 0 <= int(data.unit_price_cents) <= MAX_PRICE_CENTS:
        errors["unit_price_cents"] = MSG_PRICE
    if data.vat_rate_bp not in VAT_RATES:
        errors["vat_rate_bp"] = MSG_VAT
    values: dict[str, object] = {
        "name": name,
        "reference": reference or None,
        "category": category or None,
        "unit_price_cents": int(data.unit_price_cents),
        "vat_rate_bp": int(data.vat_rate_bp),
        "description": (data.description or "").strip() or None,
        "is_active": bool(data.is_active),
        "currency": (data.currency or "EUR").upper()[:3],
    }
    return values, errors


def _clean(session: Session, data: ProductInput, product_id: str | None) -> dict[str, object]:
    values, errors = _normalise(session, data, product_id)
    if errors:
        raise ValidationError(errors)
    return values


__all__ = [
    "DEFAULT_VAT_BP",
    "VAT_RATES",
    "ProductInput",
    "ProductRow",
    "categories",
    "create_product",
    "delete_products",
    "get_product",
    "product_rows",
    "restore_products",
    "search_products",
    "set_active",
    "update_product",
    "validate_product",
]
