"""The Activity query: filters, ordering, counts per channel, date presets, rows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from app import activity
from app.activity import ActivityQuery
from app.contacts import ContactInput, ContactService
from app.interactions import InteractionInput, delete_interaction, log_interaction
from app.tasks import Clock
from models import Company, Contact, Deal, Interaction, Pipeline, PipelineStage, User
from models.database import Database
from models.enums import BatchKind

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime.now(UTC)


@pytest.fixture
def data(db: Database) -> dict[str, str]:
    """Interactions of two users, on several channels and dates; subject -> id."""
    service = ContactService(db)
    helene = service.create(
        ContactInput(first_name="Hélène", last_name="Dupré", company_name="Boulangerie Dupré")
    )
    marc = service.create(ContactInput(first_name="Marc", last_name="Martin"))
    with db.read() as session:
        bakery = session.scalar(select(Contact.company_id).where(Contact.id == helene))
    with db.write(BatchKind.CREATE, "setup") as session:
        zoe = User(name="Zoé", login="zoe")
        acme = Company(name="Acme")
        pipeline = Pipeline(name="Ventes")
        stage = PipelineStage(pipeline_id=pipeline.id, name="Devis")
        deal = Deal(
            title="Vitrine",
            contact_id=marc,
            company_id=acme.id,
            pipeline_id=pipeline.id,
            stage_id=stage.id,
        )
        session.add_all([zoe, acme, pipeline, stage, deal])
    plans = [
        # subject, channel, direction, days ago, contact, deal, complaint, score, scale
        ("Appel commande", "phone", "out", 1, helene, None, None, 9, 10),
        ("Réclamation livraison", "email", "in", 3, helene, None, "open", 2, 5),
        ("Réclamation prix", "letter", "in", 20, marc, None, "resolved", None, None),
        ("Visite boutique", "visit", "in", 40, marc, deal.id, None, None, None),
        ("Relance devis", "phone", "out", 200, marc, deal.id, None, 6, 10),
        ("Note allergies", "note", "out", 0, helene, None, None, None, None),
    ]
    ids: dict[str, str] = {"helene": helene, "marc": marc, "bakery": str(bakery)}
    ids |= {"acme": acme.id, "deal": deal.id, "zoe": zoe.id, "me": str(db.user_id)}
    for subject, channel, direction, days, contact, deal_id, complaint, score, scale in plans:
        ids[subject] = log_interaction(
            db,
            InteractionInput(
                contact_id=contact,
                deal_id=deal_id,
                channel=channel,
                direction=direction,
                subject=subject,
                body=f"Notes de « {subject} » " + "très longues " * 30,
                occurred_at=NOW - timedelta(days=days, minutes=1),
                is_complaint=complaint is not None,
                complaint_status=complaint,
                satisfaction_score=score,
                satisfaction_scale=scale or 10,
            ),
        )
    with db.write(BatchKind.EDIT, "by Zoé") as session:
        session.execute(
            update(Interaction)
            .where(Interaction.id.in_([ids["Visite boutique"], ids["Relance devis"]]))
            .values(user_id=zoe.id)
        )
    return ids


def subjects(db: Database, query: ActivityQuery) -> list[str]:
    return [row.subject for row in activity.rows(db, activity.search_ids(db, query))]


def test_newest_first_by_default(db: Database, data: dict[str, str]) -> None:
    assert subjects(db, ActivityQuery()) == [
        "Note allergies",
        "Appel commande",
        "Réclamation livraison",
        "Réclamation prix",
        "Visite boutique",
        "Relance devis",
    ]
    oldest_first = subjects(db, ActivityQuery(descending=False))
    assert oldest_first[0] == "Relance devis" and oldest_first[-1] == "Note allergies"


def test_filters(db: Database, data: dict[str, str]) -> None:
    def q(**values: object) -> list[str]:
        return sorted(subjects(db, ActivityQuery(**values)))  # type: ignore[arg-type]

    assert q(channels=frozenset({"phone"})) == ["Appel commande", "Relance devis"]
    assert q(channels=frozenset({"email", "letter"})) == [
        "Réclamation livraison",
        "Réclamation prix",
    ]
    assert q(user_id=data["zoe"]) == ["Relance devis", "Visite boutique"]
    assert q(direction="in") == ["Réclamation livraison", "Réclamation prix", "Visite boutique"]
    assert q(complaints="all") == ["Réclamation livraison", "Réclamation prix"]
    assert q(complaints="open") == ["Réclamation livraison"]
    assert q(complaints="resolved") == ["Réclamation prix"]
    assert q(date_from=NOW - timedelta(days=30)) == [
        "Appel commande",
        "Note allergies",
        "Réclamation livraison",
        "Réclamation prix",
    ]
    assert q(date_from=NOW - timedelta(days=30), date_to=NOW - timedelta(days=2)) == [
        "Réclamation livraison",
        "Réclamation prix",
    ]
    assert q(contact_id=data["marc"], channels=frozenset({"phone", "visit"})) == [
        "Relance devis",
        "Visite boutique",
    ]
    assert q(deal_id=data["deal"]) == ["Relance devis", "Visite boutique"]
    # A company's activity: logged on it, or with the people who work there.
    assert q(company_id=data["bakery"]) == [
        "Appel commande",
        "Note allergies",
        "Réclamation livraison",
    ]
    assert q(company_id=data["acme"]) == ["Relance devis", "Visite boutique"]
    with pytest.raises(ValueError, match="complaint filter"):
        q(complaints="maybe")


def test_text_search_in_subject_and_notes(db: Database, data: dict[str, str]) -> None:
    def q(text: str) -> list[str]:
        return sorted(subjects(db, ActivityQuery(text=text)))

    assert q("réclamation") == ["Réclamation livraison", "Réclamation prix"]
    assert q("LIVRAISON") == ["Réclamation livraison"]
    assert q("reclam") == ["Réclamation livraison", "Réclamation prix"]  # accents, prefixes
    assert q("allergies") == ["Note allergies"]
    assert q("longues") == sorted(q(""))  # in every note
    assert q("introuvable") == []
    assert q("?!") == []


def test_sorting_by_each_column(db: Database, data: dict[str, str]) -> None:
    for key in activity.SORT_KEYS:
        for descending in (False, True):
            found = subjects(db, ActivityQuery(sort=key, descending=descending))
            assert sorted(found) == sorted(subjects(db, ActivityQuery())), key
    by_contact = subjects(db, ActivityQuery(sort="contact", descending=False))
    assert by_contact[:3] == ["Note allergies", "Appel commande", "Réclamation livraison"]  # Dupré
    # Scores compare on the same footing (2/5 = 4/10 < 6/10 < 9/10); unscored last.
    by_score = subjects(db, ActivityQuery(sort="satisfaction", descending=False))
    assert by_score[:3] == ["Réclamation livraison", "Relance devis", "Appel commande"]
    by_score_desc = subjects(db, ActivityQuery(sort="satisfaction", descending=True))
    assert by_score_desc[:3] == ["Appel commande", "Relance devis", "Réclamation livraison"]
    by_complaint = subjects(db, ActivityQuery(sort="complaint", descending=True))
    assert by_complaint[:2] == ["Réclamation livraison", "Réclamation prix"]
    by_user = subjects(db, ActivityQuery(sort="user", descending=True))
    assert set(by_user[:2]) == {"Visite boutique", "Relance devis"}  # Zoé


def test_counts_per_channel_ignore_the_channel_filter(db: Database, data: dict[str, str]) -> None:
    counts = activity.channel_counts(
        db, ActivityQuery(channels=frozenset({"phone"}), date_from=NOW - timedelta(days=100))
    )
    assert counts == {
        "phone": 1,
        "email": 1,
        "meeting": 0,
        "visit": 1,
        "letter": 1,
        "sms": 0,
        "web": 0,
        "social": 0,
        "note": 1,
    }
    assert activity.count(db, ActivityQuery(channels=frozenset({"phone"}))) == 2


def test_rows_hold_what_the_table_shows(db: Database, data: dict[str, str]) -> None:
    ids = [data["Visite boutique"], "missing", data["Réclamation livraison"]]
    visit, complaint = activity.rows(db, ids)
    assert visit.id == data["Visite boutique"]
    assert (visit.contact_name, visit.company_name, visit.deal_title, visit.user_name) == (
        "Marc Martin",
        "Acme",
        "Vitrine",
        "Zoé",
    )
    assert visit.excerpt.startswith("Notes de « Visite boutique »")
    assert visit.excerpt.endswith("…") and len(visit.excerpt) <= activity.EXCERPT_CHARS + 1
    assert complaint.is_open_complaint and complaint.company_name == "Boulangerie Dupré"
    assert (complaint.satisfaction_score, complaint.satisfaction_scale) == (2, 5)


def test_deleted_interactions_are_listed_apart(db: Database, data: dict[str, str]) -> None:
    delete_interaction(db, data["Appel commande"])
    assert "Appel commande" not in subjects(db, ActivityQuery())
    assert subjects(db, ActivityQuery(deleted=True)) == ["Appel commande"]
    # The full-text index leaves deleted rows out: their search reads the rows themselves.
    assert subjects(db, ActivityQuery(deleted=True, text="commande")) == ["Appel commande"]
    assert subjects(db, ActivityQuery(deleted=True, text="prix")) == []


def test_users_are_listed_by_name(db: Database, data: dict[str, str]) -> None:
    names = [user.name for user in activity.users(db)]
    assert "Zoé" in names and names == sorted(names, key=str.lower)


def test_date_presets_follow_the_local_calendar() -> None:
    # Wednesday 5 March 2025, 00:30 in Paris (still 4 March in UTC).
    clock = Clock(lambda: datetime(2025, 3, 4, 23, 30, tzinfo=UTC), PARIS)

    def start(preset: str) -> datetime | None:
        first, last = activity.preset_range(preset, clock)
        assert last is None
        return first

    def paris(day: date) -> datetime:
        return datetime(day.year, day.month, day.day, tzinfo=PARIS).astimezone(UTC)

    assert start("today") == paris(date(2025, 3, 5))
    assert start("week") == paris(date(2025, 3, 3))
    assert start("month") == paris(date(2025, 3, 1))
    assert start("90days") == paris(date(2024, 12, 6))
    assert start("year") == paris(date(2025, 1, 1))
    assert activity.preset_range("all", clock) == (None, None)
    with pytest.raises(ValueError):
        activity.preset_range("decade", clock)
    assert activity.day_range(date(2025, 3, 9), date(2025, 3, 2), clock) == (
        paris(date(2025, 3, 2)),
        paris(date(2025, 3, 10)),
    )
