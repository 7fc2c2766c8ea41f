"""comptoir report customer / dashboard / quote / calls, run as a user runs them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.company_profile import CompanyProfile, save_profile
from app.demo import populate
from app.workspace import open_workspace
from models import Contact, DealLine, Order
from tests.cli.test_cli import comptoir

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reports") / "shop.db"
    db = open_workspace(path)
    try:
        populate(db, contacts=80, years=2, seed=3, today=TODAY)
        save_profile(db, CompanyProfile(name="Boulangerie Légère", city="Tours"))
    finally:
        db.dispose()
    return path


def ids(shop: Path) -> tuple[str, str, str]:
    db = open_workspace(shop)
    try:
        with db.read() as session:
            contact = session.scalars(
                select(Contact).join(Order, Order.contact_id == Contact.id).limit(1)
            ).first()
            deal = session.scalar(select(DealLine.deal_id).group_by(DealLine.deal_id).limit(1))
            return contact.id, f"{contact.first_name} {contact.last_name}", deal
    finally:
        db.dispose()


def text_of(path: Path) -> str:
    return " ".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_report_customer_writes_the_file(shop, tmp_path):
    contact_id, name, _deal = ids(shop)
    out = tmp_path / "fiche.pdf"
    result = comptoir("--db", str(shop), "report", "customer", contact_id, str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Customer file: {out}"
    assert name in text_of(out)


def test_report_dashboard_for_a_period(shop, tmp_path):
    out = tmp_path / "dash.pdf"
    result = comptoir(
        "--db", str(shop), "report", "dashboard", str(out),
        "--from", "2026-01-01", "--to", "2026-06-30", "--locale", "fr_FR",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = text_of(out)
    assert "1 janv. 2026 – 30 juin 2026" in text
    assert PdfReader(str(out)).metadata.author == "Boulangerie Légère"


def test_report_quote_numbers_once_and_prints_again(shop, tmp_path):
    _contact, _name, deal = ids(shop)
    year = date.today().year
    first = comptoir("--db", str(shop), "report", "quote", deal, str(tmp_path / "a.pdf"))
    assert first.returncode == 0, first.stderr
    assert f"Quote DEV-{year}-" in first.stdout and "issued" in first.stdout
    number = first.stdout.split()[1]
    again = comptoir("--db", str(shop), "report", "quote", deal, str(tmp_path / "b.pdf"))
    assert again.stdout.split()[1] == number and "printed again" in again.stdout
    assert number in text_of(tmp_path / "b.pdf")


def test_report_calls_for_a_segment(shop, tmp_path):
    out = tmp_path / "calls.pdf"
    result = comptoir("--db", str(shop), "report", "calls", "--segment", "Champions", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Call list of ")
    assert "Call list — Champions" in text_of(out)


def test_errors_are_one_line_and_exit_1(shop, tmp_path):
    unknown = comptoir("--db", str(shop), "report", "customer", "nobody", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 1
    assert unknown.stderr.strip().count("\n") == 0
    assert "There is no contact or company nobody." in unknown.stderr
    segment = comptoir(
        "--db", str(shop), "report", "calls", "--segment", "nope", str(tmp_path / "x.pdf")
    )
    assert segment.returncode == 1 and "Choose one of" in segment.stderr
    not_pdf = comptoir("--db", str(shop), "report", "dashboard", str(tmp_path / "x.txt"))
    assert not_pdf.returncode == 1 and ".pdf" in not_pdf.stderr
    usage = comptoir("--db", str(shop), "report", "calls", str(tmp_path / "x.pdf"))
    assert usage.returncode == 2
    assert not list(tmp_path.glob("*.pdf"))


def test_report_is_not_loaded_at_start(shop):
    import subprocess
    import sys

    code = (
        "import sys, app.cli; "
        "print(any(m.startswith(('reportlab', 'app.documents.render')) for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
