"""The interactions service: links filled in, follow-up tasks, complaints, edits, deletes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app import interactions
from app.contacts import ContactInput, ContactService
from app.errors import NotFoundError, ValidationError
from app.history import last_undoable_batch, undo_batch
from app.interactions import InteractionInput, log_interaction
from app.tasks import SYSTEM_CLOCK
from models import (
    Batch,
    ChangeLogEntry,
    Company,
    Contact,
    Deal,
    Interaction,
    Pipeline,
    PipelineStage,
    Task,
)
from models.database import Database
from models.enums import BatchKind


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    """Hélène (of Boulangerie Dupré), Marc (no company), a deal of Marc's at Acme."""
    service = ContactService(db)
    helene = service.create(
        ContactInput(first_name="Hélène", last_name="Dupré", company_name="Boulangerie Dupré")
    )
    marc = service.create(ContactInput(first_name="Marc", last_name="Martin"))
    with db.read() as session:
        bakery = session.scalar(select(Contact.company_id).where(Contact.id == helene))
    with db.write(BatchKind.CREATE, "setup") as session:
        acme = Company(name="Acme")
        pipeline = Pipeline(name="Ventes")
        stage = PipelineStage(pipeline_id=pipeline.id, name="Devis")
        deal = Deal(
            title="Vitrine réfrigérée",
            contact_id=marc,
            company_id=acme.id,
            pipeline_id=pipeline.id,
            stage_id=stage.id,
        )
        session.add_all([acme, pipeline, stage, deal])
    assert bakery is not None
    return {"helene": helene, "marc": marc, "bakery": bakery, "acme": acme.id, "deal": deal.id}


def stored(db: Database, interaction_id: str) -> Interaction:
    with db.read() as session:
        interaction = session.get(Interaction, interaction_id)
        assert interaction is not None
        return interaction


def batch_of_row(db: Database, table: str, row_id: str) -> str:
    with db.read() as session:
        batch_id = session.scalar(
            select(ChangeLogEntry.batch_id).where(
                ChangeLogEntry.entity == table, ChangeLogEntry.entity_id == row_id
            )
        )
    assert batch_id is not None
    return batch_id


def batch_label(db: Database, batch_id: str) -> str:
    with db.read() as session:
        batch = session.get(Batch, batch_id)
        assert batch is not None
        return batch.label


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            )
            or 0
        )


# -- links ----------------------------------------------------------------------------------


def test_the_company_comes_from_the_contact(db: Database, people: dict[str, str]) -> None:
    interaction_id = log_interaction(
        db, InteractionInput(contact_id=people["helene"], channel="letter", subject="Devis")
    )
    row = stored(db, interaction_id)
    assert (row.contact_id, row.company_id, row.deal_id) == (
        people["helene"],
        people["bakery"],
        None,
    )
    assert batch_label(db, batch_of_row(db, "interactions", interaction_id)) == "Log letter: Devis"


def test_the_contact_and_company_come_from_the_deal(db: Database, people: dict[str, str]) -> None:
    interaction_id = log_interaction(
        db, InteractionInput(contact_id=None, deal_id=people["deal"], subject="Relance devis")
    )
    row = stored(db, interaction_id)
    assert (row.contact_id, row.company_id, row.deal_id) == (
        people["marc"],
        people["acme"],
        people["deal"],
    )
    # What is given is kept: another contact on the same deal, a company alone.
    other = log_interaction(
        db,
        InteractionInput(
            contact_id=people["helene"], deal_id=people["deal"], subject="Avis de Hélène"
        ),
    )
    assert (stored(db, other).contact_id, stored(db, other).company_id) == (
        people["helene"],
        people["acme"],
    )
    alone = log_interaction(
        db, InteractionInput(contact_id=None, company_id=people["acme"], subject="Salon")
    )
    assert (stored(db, alone).contact_id, stored(db, alone).company_id) == (None, people["acme"])


def test_a_link_is_required_and_must_be_live(db: Database, people: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as caught:
        log_interaction(db, InteractionInput(contact_id=None, subject="Lost"))
    assert caught.value.fields == {"contact_id": interactions.MSG_LINK}
    ContactService(db).delete([people["marc"]])
    with pytest.raises(ValidationError) as caught:
        log_interaction(db, InteractionInput(contact_id=people["marc"], subject="Ghost"))
    assert caught.value.fields == {"contact_id": interactions.MSG_NO_CONTACT}
    with pytest.raises(ValidationError) as caught:
        log_interaction(db, InteractionInput(contact_id=None, deal_id="nope", subject="x"))
    assert caught.value.fields == {"deal_id": interactions.MSG_NO_DEAL}
    # The deal's contact was deleted: the interaction is logged on the deal and company.
    on_deal = log_interaction(
        db, InteractionInput(contact_id=None, deal_id=people["deal"], subject="x")
    )
    assert (stored(db, on_deal).contact_id, stored(db, on_deal).company_id) == (
        None,
        people["acme"],
    )
    assert count(db, Interaction) == 1


# -- validation -----------------------------------------------------------------------------


def test_the_score_is_checked_against_its_scale(db: Database, people: dict[str, str]) -> None:
    base = {"contact_id": people["helene"], "subject": "Enquête"}
    cases = [
        ({"satisfaction_score": 11}, interactions.MSG_SCORE),
        ({"satisfaction_score": -1}, interactions.MSG_SCORE),
        ({"satisfaction_score": 6, "satisfaction_scale": 5}, interactions.MSG_SCORE_5),
        ({"satisfaction_score": 0, "satisfaction_scale": 5}, interactions.MSG_SCORE_5),
        ({"satisfaction_score": 3, "satisfaction_scale": 7}, interactions.MSG_SCALE),
    ]
    for values, message in cases:
        with pytest.raises(ValidationError) as caught:
            log_interaction(db, InteractionInput(**base, **values))  # type: ignore[arg-type]
        assert caught.value.fields == {"satisfaction_score": message}, values
    five = log_interaction(
        db,
        InteractionInput(**base, satisfaction_score=4, satisfaction_scale=5),  # type: ignore[arg-type]
    )
    ten = log_interaction(db, InteractionInput(**base, satisfaction_score=0))  # type: ignore[arg-type]
    none = log_interaction(db, InteractionInput(**base, satisfaction_scale=5))  # type: ignore[arg-type]
    assert (stored(db, five).satisfaction_score, stored(db, five).satisfaction_scale) == (4, 5)
    assert (stored(db, ten).satisfaction_score, stored(db, ten).satisfaction_scale) == (0, 10)
    # No score: no scale either (the analytics count scored interactions by their scale).
    assert (stored(db, none).satisfaction_score, stored(db, none).satisfaction_scale) == (
        None,
        None,
    )


def test_dates_durations_and_delays_are_checked(db: Database, people: dict[str, str]) -> None:
    now = datetime.now(UTC)
    base = {"contact_id": people["helene"], "subject": "Appel"}
    cases = [
        ({"occurred_at": now + timedelta(hours=2)}, "occurred_at", interactions.MSG_FUTURE),
        ({"duration_minutes": -5}, "duration_minutes", interactions.MSG_DURATION),
        ({"duration_minutes": 25 * 60}, "duration_minutes", interactions.MSG_DURATION),
        ({"follow_up_days": -1}, "follow_up_days", interactions.MSG_FOLLOW_UP),
        (
            {
                "is_complaint": True,
                "complaint_status": "resolved",
                "occurred_at": now - timedelta(days=2),
                "resolved_at": now - timedelta(days=3),
            },
            "resolved_at",
            interactions.MSG_RESOLVED_BEFORE,
        ),
        (
            {
                "is_complaint": True,
                "complaint_status": "resolved",
                "resolved_at": now + timedelta(days=1),
            },
            "resolved_at",
            interactions.MSG_RESOLVED_FUTURE,
        ),
        (
            {"is_complaint": True, "complaint_status": "lost"},
            "complaint_status",
            interactions.MSG_STATUS,
        ),
    ]
    for values, field, message in cases:
        with pytest.raises(ValidationError) as caught:
            log_interaction(db, InteractionInput(**base, **values))  # type: ignore[arg-type]
        assert caught.value.fields == {field: message}, values
    with pytest.raises(ValueError, match="unknown direction"):
        log_interaction(db, InteractionInput(**base, direction="sideways"))  # type: ignore[arg-type]
    assert count(db, Interaction) == 0
    # Every error at once, for the form to show them all.
    errors = interactions.validate(
        InteractionInput(
            contact_id=None, occurred_at=now + timedelta(days=1), satisfaction_score=12
        )
    )
    assert set(errors) == {"subject", "contact_id", "occurred_at", "satisfaction_score"}


def test_a_note_has_no_direction_and_a_call_keeps_its_duration(
    db: Database, people: dict[str, str]
) -> None:
    note = log_interaction(
        db,
        InteractionInput(
            contact_id=people["marc"], channel="note", direction="in", body="Allergique"
        ),
    )
    call = log_interaction(
        db, InteractionInput(contact_id=people["marc"], subject="Appel", duration_minutes=12)
    )
    assert stored(db, note).direction == "out"
    assert stored(db, call).duration_minutes == 12


# -- follow-up tasks -------------------------------------------------------------------------


def test_a_follow_up_task_is_created_in_the_same_batch_and_undone_with_it(
    db: Database, people: dict[str, str]
) -> None:
    interaction_id = log_interaction(
        db,
        InteractionInput(
            contact_id=None,
            deal_id=people["deal"],
            channel="phone",
            subject="Devis vitrine",
            follow_up_days=3,
            follow_up_title="Rappeler Marc",
        ),
    )
    with db.read() as session:
        task = session.scalars(select(Task)).one()
        assert task.title == "Rappeler Marc"
        assert task.interaction_id == interaction_id
        assert (task.contact_id, task.company_id, task.deal_id) == (
            people["marc"],
            people["acme"],
            people["deal"],
        )
        assert task.owner_id == db.user_id
        due = task.due_at
        task_id = task.id
    assert due is not None
    assert SYSTEM_CLOCK.local(due).date() == SYSTEM_CLOCK.today() + timedelta(days=3)
    batch_id = batch_of_row(db, "interactions", interaction_id)
    assert batch_of_row(db, "tasks", task_id) == batch_id
    assert batch_label(db, batch_id) == "Log call: Devis vitrine"
    last = last_undoable_batch(db)
    assert last is not None and last.id == batch_id
    undo_batch(db, batch_id)
    assert count(db, Interaction) == 0
    assert count(db, Task) == 0


def test_a_bad_follow_up_stores_nothing(db: Database, people: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        log_interaction(
            db,
            InteractionInput(contact_id=people["helene"], subject="x", follow_up_days=400),
        )
    # The follow-up title defaults to the subject.
    log_interaction(
        db, InteractionInput(contact_id=people["helene"], subject="Commande Noël", follow_up_days=0)
    )
    with db.read() as session:
        assert session.scalars(select(Task.title)).all() == ["Commande Noël"]
    assert count(db, Interaction) == 1


# -- complaints -----------------------------------------------------------------------------


def test_resolve_and_reopen_a_complaint(db: Database, people: dict[str, str]) -> None:
    opened = datetime.now(UTC) - timedelta(days=4)
    complaint = log_interaction(
        db,
        InteractionInput(
            contact_id=people["helene"],
            subject="Livraison en retard",
            outcome="Excuses",
            occurred_at=opened,
            is_complaint=True,
        ),
    )
    assert (stored(db, complaint).complaint_status, stored(db, complaint).resolved_at) == (
        "open",
        None,
    )
    when = opened + timedelta(days=2)
    interactions.resolve_complaint(db, complaint, "Avoir de 20 €", when)
    row = stored(db, complaint)
    assert (row.complaint_status, row.resolved_at) == ("resolved", when)
    assert row.outcome == "Excuses — Avoir de 20 €"
    label = batch_label(db, batch_of_row_latest(db, complaint))
    assert label == "Resolve complaint Livraison en retard"
    interactions.reopen_complaint(db, complaint)
    row = stored(db, complaint)
    assert (row.complaint_status, row.resolved_at) == ("open", None)
    # Resolving before it was made, or in the future, is refused.
    with pytest.raises(ValidationError) as caught:
        interactions.resolve_complaint(db, complaint, "", opened - timedelta(days=1))
    assert caught.value.fields == {"resolved_at": interactions.MSG_RESOLVED_BEFORE}
    with pytest.raises(ValidationError):
        interactions.resolve_complaint(db, complaint, "", datetime.now(UTC) + timedelta(days=1))
    # Without a date: now. Not a complaint: refused.
    interactions.resolve_complaint(db, complaint, "")
    row = stored(db, complaint)
    assert row.resolved_at is not None
    assert datetime.now(UTC) - row.resolved_at < timedelta(minutes=1)
    assert row.outcome == "Excuses — Avoir de 20 €"
    plain = log_interaction(db, InteractionInput(contact_id=people["helene"], subject="Merci"))
    with pytest.raises(ValidationError):
        interactions.resolve_complaint(db, plain, "done")


def batch_of_row_latest(db: Database, interaction_id: str) -> str:
    with db.read() as session:
        batch_id = session.scalar(
            select(ChangeLogEntry.batch_id)
            .where(ChangeLogEntry.entity_id == interaction_id)
            .order_by(ChangeLogEntry.hlc.desc())
        )
    assert batch_id is not None
    return batch_id


def test_a_complaint_logged_resolved_gets_a_resolution_date(
    db: Database, people: dict[str, str]
) -> None:
    complaint = log_interaction(
        db,
        InteractionInput(
            contact_id=people["helene"],
            subject="Pain rassis",
            is_complaint=True,
            complaint_status="resolved",
            occurred_at=datetime.now(UTC) - timedelta(hours=3),
        ),
    )
    row = stored(db, complaint)
    assert row.complaint_status == "resolved" and row.resolved_at is not None


# -- edit, delete, restore --------------------------------------------------------------------


def test_load_edit_and_keep_the_resolution_date(db: Database, people: dict[str, str]) -> None:
    when = datetime(2025, 3, 4, 10, 30, tzinfo=UTC)
    complaint = log_interaction(
        db,
        InteractionInput(
            contact_id=people["helene"],
            channel="email",
            direction="in",
            subject="Erreur de facture",
            body="Montant faux",
            occurred_at=when,
            is_complaint=True,
            complaint_status="resolved",
            resolved_at=when + timedelta(days=1),
            satisfaction_score=3,
            satisfaction_scale=5,
        ),
    )
    data = interactions.load_input(db, complaint)
    assert (data.channel, data.direction, data.subject, data.body) == (
        "email",
        "in",
        "Erreur de facture",
        "Montant faux",
    )
    assert (data.satisfaction_score, data.satisfaction_scale) == (3, 5)
    assert (data.complaint_status, data.resolved_at) == ("resolved", when + timedelta(days=1))
    data.subject = "Erreur de facture n° 12"
    data.resolved_at = None  # the form left it empty: the stored day is kept
    data.contact_id = people["marc"]
    data.company_id = None
    interactions.update_interaction(db, complaint, data)
    row = stored(db, complaint)
    assert row.subject == "Erreur de facture n° 12"
    assert row.resolved_at == when + timedelta(days=1)
    assert (row.contact_id, row.company_id) == (people["marc"], None)
    label = batch_label(db, batch_of_row_latest(db, complaint))
    assert label == "Edit interaction Erreur de facture n° 12"
    # No longer a complaint: no status, no date.
    data.is_complaint = False
    interactions.update_interaction(db, complaint, data)
    row = stored(db, complaint)
    assert (row.is_complaint, row.complaint_status, row.resolved_at) == (False, None, None)


def test_an_edit_can_ask_for_a_follow_up(db: Database, people: dict[str, str]) -> None:
    call = log_interaction(db, InteractionInput(contact_id=people["helene"], subject="Appel"))
    data = interactions.load_input(db, call)
    data.follow_up_days = 7
    data.follow_up_title = "Relancer"
    interactions.update_interaction(db, call, data)
    with db.read() as session:
        task = session.scalars(select(Task)).one()
        assert (task.title, task.interaction_id) == ("Relancer", call)


def test_delete_and_restore(db: Database, people: dict[str, str]) -> None:
    first = log_interaction(db, InteractionInput(contact_id=people["helene"], subject="Un"))
    second = log_interaction(db, InteractionInput(contact_id=people["helene"], subject="Deux"))
    interactions.delete_interaction(db, first)
    assert stored(db, first).deleted_at is not None
    assert batch_label(db, batch_of_row_latest(db, first)) == "Delete interaction Un"
    assert [e.subject for e in interactions.timeline(db, people["helene"])] == ["Deux"]
    with pytest.raises(NotFoundError):
        interactions.load_input(db, first)
    with pytest.raises(NotFoundError):
        interactions.delete_interaction(db, first)
    with pytest.raises(NotFoundError):
        interactions.update_interaction(
            db, first, InteractionInput(contact_id=people["helene"], subject="x")
        )
    interactions.restore_interaction(db, first)
    assert stored(db, first).deleted_at is None
    assert interactions.delete_interactions(db, [first, second]) == 2
    assert batch_label(db, batch_of_row_latest(db, second)) == "Delete 2 interactions"
    assert interactions.restore_interactions(db, [first, second, "nope"]) == 2


def test_timeline_entries_name_the_contact_company_and_deal(
    db: Database, people: dict[str, str]
) -> None:
    log_interaction(
        db,
        InteractionInput(
            contact_id=None,
            deal_id=people["deal"],
            subject="Visite",
            satisfaction_score=4,
            satisfaction_scale=5,
            duration_minutes=30,
            channel="visit",
        ),
    )
    (entry,) = interactions.timeline(db, company_id=people["acme"])
    assert (entry.contact_name, entry.company_name, entry.deal_title) == (
        "Marc Martin",
        "Acme",
        "Vitrine réfrigérée",
    )
    assert (entry.satisfaction_scale, entry.duration_minutes) == (5, 30)
    assert interactions.get_entry(db, entry.id) == entry
