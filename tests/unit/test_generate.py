"""The scale generator, at a tiny size: counts, search, totals, a file the app opens."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from sqlalchemy import func, select, text

from app.workspace import open_workspace
from benchmarks.generate import generate, main
from models import Company, Contact, Deal, Interaction, Order, OrderLine, Task
from models.enums import ContactStatus


@pytest.fixture
def generated(tmp_path):
    path = tmp_path / "scale.db"
    result = generate(
        path, contacts=200, order_lines=2000, interactions=500, seed=1, today=date(2026, 11, 23)
    )
    return path, result


def test_counts_are_as_asked(generated):
    path, result = generated
    assert result["counts"]["contacts"] == 200
    assert result["counts"]["order_lines"] == 2000
    assert result["counts"]["interactions"] == 500
    assert result["bytes"] == path.stat().st_size > 0
    db = open_workspace(path)
    try:
        with db.read() as session:

            def count(model) -> int:
                return session.scalar(select(func.count()).select_from(model))

            assert count(Contact) == 200
            assert count(OrderLine) == 2000
            assert count(Interaction) == 500
            assert count(Order) == result["counts"]["orders"]
            assert 2000 / 6 <= count(Order) <= 2000
            assert count(Company) == 10
            assert count(Deal) == result["counts"]["deals"] > 0
            assert count(Task) == 40
            statuses = set(session.scalars(select(Contact.status)))
            assert statuses == {s.value for s in ContactStatus}
    finally:
        db.dispose()


def test_search_finds_a_contact_by_its_accent_free_name(generated):
    path, _ = generated
    db = open_workspace(path)
    try:
        with db.read() as session:
            contact = session.scalars(
                select(Contact).where(Contact.first_name.in_(("Hélène", "Éloïse", "Gaëlle")))
            ).first()
            if contact is None:
                contact = next(
                    c for c in session.scalars(select(Contact)) if not c.first_name.isascii()
                )
        plain = "".join(
            c
            for c in unicodedata.normalize("NFKD", f"{contact.first_name} {contact.last_name}")
            if not unicodedata.combining(c)
        )
        query = " ".join(f'"{word.lower()}"*' for word in plain.replace("-", " ").split())
        assert plain != f"{contact.first_name} {contact.last_name}"
        with db.engine.connect() as connection:
            found = connection.execute(
                text("SELECT contact_id FROM contacts_fts WHERE contacts_fts MATCH :q"),
                {"q": query},
            ).scalars()
            assert contact.id in set(found)
    finally:
        db.dispose()


def test_order_totals_are_the_sums_of_their_lines(generated):
    path, _ = generated
    db = open_workspace(path)
    try:
        with db.read() as session:
            sums = dict(
                session.execute(
                    select(OrderLine.order_id, func.sum(OrderLine.amount_cents)).group_by(
                        OrderLine.order_id
                    )
                ).all()
            )
            orders = session.scalars(select(Order)).all()
            assert len(sums) == len(orders)
            for order in orders:
                assert order.total_cents == sums[order.id]
                assert order.ordered_at.tzinfo is not None
            numbers = [o.number for o in orders]
            assert len(set(numbers)) == len(numbers)
        with db.engine.connect() as connection:
            assert not connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            indexes = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'order_lines'"
            ).scalars()
            assert "ix_order_lines_order_id" in set(indexes)
    finally:
        db.dispose()


def test_a_seed_always_gives_the_same_file(tmp_path):
    def fingerprint(path) -> list:
        db = open_workspace(path)
        try:
            with db.engine.connect() as connection:
                return connection.execute(
                    text(
                        "SELECT o.id, o.number, o.total_cents, c.first_name, c.last_name "
                        "FROM orders AS o JOIN contacts AS c ON c.id = o.contact_id ORDER BY o.id"
                    )
                ).all()
        finally:
            db.dispose()

    for name in ("a.db", "b.db"):
        generate(
            tmp_path / name,
            contacts=50,
            order_lines=300,
            interactions=50,
            seed=5,
            today=date(2026, 1, 2),
        )
    assert fingerprint(tmp_path / "a.db") == fingerprint(tmp_path / "b.db")


def test_an_existing_file_is_refused(tmp_path, capsys):
    path = tmp_path / "taken.db"
    path.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        generate(path, contacts=10, order_lines=10, interactions=10)
    assert main([str(path), "--contacts", "10"]) == 1
    assert "exists" in capsys.readouterr().err
    assert path.read_bytes() == b"keep me"


def test_a_big_account_and_the_open_deals_of_the_default_pipeline(tmp_path):
    from app.company_file import load_company_file
    from benchmarks.generate import BIG_ACCOUNT_NAME
    from models import Pipeline
    from models.enums import DealStatus

    path = tmp_path / "big.db"
    generate(path, contacts=2000, order_lines=6000, interactions=3000, today=date(2026, 11, 23))
    db = open_workspace(path)
    try:
        with db.read() as session:
            big = session.scalar(select(Company).where(Company.name == BIG_ACCOUNT_NAME))
            assert big is not None and big.size == "250-4999"
            people = session.scalar(
                select(func.count()).select_from(Contact).where(Contact.company_id == big.id)
            )
            assert 10 <= people <= 10 + 2000 * 0.06  # 1 in 200, and a few by chance
            statuses = dict(
                session.execute(select(Deal.status, func.count()).group_by(Deal.status)).all()
            )
            assert statuses[DealStatus.OPEN] == 2000 // 50
            assert statuses[DealStatus.WON] + statuses[DealStatus.LOST] == 2000 // 50 // 3
            default = session.scalar(select(Pipeline.id).where(Pipeline.is_default.is_(True)))
            assert set(session.scalars(select(Deal.pipeline_id).distinct())) == {default}
            sizes = set(session.scalars(select(Company.size).distinct()))
            assert "250+" not in sizes
        account = load_company_file(db, big.id)
        assert len(account.people) == people
        assert account.interaction_count >= 3000 // 30
        assert account.order_count > 0
        assert account.has_delivery_address
    finally:
        db.dispose()
