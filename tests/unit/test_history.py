"""History and undo: what the log shows, and what the database holds after an undo."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from app.errors import NotFoundError, UserError
from app.history import (
    CHANGED,
    NothingToUndoError,
    UndoConflict,
    get_batch,
    last_undoable_batch,
    list_batches,
    list_changes,
    undo_batch,
    undo_label,
)
from models import (
    Batch,
    ChangeLogEntry,
    Contact,
    ContactTag,
    Interaction,
    Order,
    OrderLine,
    Tag,
    Task,
    User,
)
from models.database import Database, batch_of
from models.enums import BatchKind


def search(db: Database, words: str) -> set[str]:
    with db.read() as session:
        rows = session.execute(
            text("SELECT contact_id FROM contacts_fts WHERE contacts_fts MATCH :q"), {"q": words}
        )
        return set(rows.scalars())


def new_contact(db: Database, tags: tuple[str, ...] = (), **fields: object) -> tuple[str, str]:
    """A contact (with tags) made in one "create" batch: (contact id, batch id)."""
    values: dict[str, object] = {"first_name": "Hélène", "last_name": "Dupré", **fields}
    with db.write(BatchKind.CREATE, "New contact") as session:
        contact = Contact(**values)
        session.add(contact)
        for name in tags:
            tag = Tag(name=name)
            session.add(tag)
            session.add(ContactTag(contact_id=contact.id, tag_id=tag.id))
        batch_id = batch_of(session).batch_id
    return contact.id, batch_id


def edit(db: Database, contact_id: str, label: str = "Edit", **fields: object) -> str:
    with db.write(BatchKind.EDIT, label) as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        for key, value in fields.items():
            setattr(contact, key, value)
        return batch_of(session).batch_id


def contact_state(db: Database, contact_id: str) -> Contact:
    with db.read() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        return contact


def counts(db: Database) -> tuple[int, int]:
    with db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Batch)) or 0,
            session.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0,
        )


def batch_row(db: Database, batch_id: str) -> Batch:
    with db.read() as session:
        batch = session.get(Batch, batch_id)
        assert batch is not None
        return batch


# --- Undo of each kind of write ----------------------------------------------------------


def test_undo_of_a_creation_tombstones_the_rows_and_removes_tag_links(db: Database) -> None:
    contact_id, batch_id = new_contact(db, tags=("vip",), city="Besançon")
    assert search(db, "helene") == {contact_id}

    result = undo_batch(db, batch_id)

    contact = contact_state(db, contact_id)
    assert contact.deleted_at is not None
    assert contact.first_name == "Hélène"  # tombstoned, not erased
    with db.read() as session:
        assert session.scalars(select(ContactTag)).all() == []
        tag = session.scalars(select(Tag)).one()
        assert tag.deleted_at is not None
    assert search(db, "helene") == set()
    assert search(db, "besancon") == set()
    assert result.reverted == 3
    assert result.conflicts == ()
    assert result.label == "Undo: New contact"
    original, undo = batch_row(db, batch_id), batch_row(db, result.undo_batch_id)
    assert original.undone_by == result.undo_batch_id
    assert original.undone_at is not None
    assert undo.kind == "undo"
    assert undo.label == "Undo: New contact"
    assert undo.undo_of == batch_id
    logged = list_changes(db, batch_id=result.undo_batch_id)
    assert sorted((c.entity, c.op) for c in logged) == [
        ("contact_tags", "delete"),
        ("contacts", "update"),
        ("tags", "update"),
    ]


def test_undo_of_an_edit_puts_the_old_values_back(db: Database) -> None:
    contact_id, _ = new_contact(db, city="Lyon", email="helene@example.fr", birthday=None)
    batch_id = edit(
        db,
        contact_id,
        city="Marseille",
        email="h.dupre@example.com",
        birthday=date(1980, 2, 29),
        notes="Prefers mornings",
    )
    assert search(db, "marseille") == {contact_id}

    result = undo_batch(db, batch_id)

    contact = contact_state(db, contact_id)
    assert (contact.city, contact.email, contact.birthday, contact.notes) == (
        "Lyon",
        "helene@example.fr",
        None,
        None,
    )
    assert contact.deleted_at is None
    assert search(db, "marseille") == set()
    assert search(db, "lyon") == {contact_id}
    assert result.reverted == 1
    undo_entry = list_changes(db, batch_id=result.undo_batch_id)[0]
    assert undo_entry.changes["city"] == ("Marseille", "Lyon")
    assert undo_entry.changes["birthday"] == ("1980-02-29", None)


def test_undo_of_a_deletion_restores_the_contact_and_its_search_entry(db: Database) -> None:
    contact_id, _ = new_contact(db)
    with db.write(BatchKind.DELETE, "Delete 1 contact") as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        contact.deleted_at = datetime.now(UTC)
        delete_batch = batch_of(session).batch_id
    assert search(db, "helene") == set()

    undo_batch(db, delete_batch)

    assert contact_state(db, contact_id).deleted_at is None
    assert search(db, "helene dupre") == {contact_id}


def test_undo_of_a_removed_tag_link_inserts_the_same_row_again(db: Database) -> None:
    contact_id, _ = new_contact(db, tags=("vip",))
    with db.read() as session:
        link = session.scalars(select(ContactTag)).one()
        link_id, tag_id, created = link.id, link.tag_id, link.created_at
    with db.write(BatchKind.MASS_EDIT, "Remove tag vip") as session:
        session.delete(session.get(ContactTag, link_id))
        remove_batch = batch_of(session).batch_id
    with db.read() as session:
        assert session.scalars(select(ContactTag)).all() == []

    result = undo_batch(db, remove_batch)

    with db.read() as session:
        again = session.scalars(select(ContactTag)).one()
        assert (again.id, again.contact_id, again.tag_id) == (link_id, contact_id, tag_id)
        assert again.created_at == created
    assert [(c.entity, c.op) for c in list_changes(db, batch_id=result.undo_batch_id)] == [
        ("contact_tags", "insert")
    ]


def test_undo_of_a_replaced_tag_link_brings_the_first_one_back(db: Database) -> None:
    contact_id, _ = new_contact(db, tags=("vip",))
    with db.read() as session:
        first = session.scalars(select(ContactTag)).one()
        first_id, tag_id = first.id, first.tag_id
    with db.write(BatchKind.EDIT, "Tags again") as session:
        session.delete(session.get(ContactTag, first_id))
        session.flush()
        second = ContactTag(contact_id=contact_id, tag_id=tag_id)
        session.add(second)
        batch_id = batch_of(session).batch_id

    result = undo_batch(db, batch_id)

    with db.read() as session:
        links = session.scalars(select(ContactTag)).all()
        assert [(link.id, link.contact_id, link.tag_id) for link in links] == [
            (first_id, contact_id, tag_id)
        ]
    assert result.reverted == 2
    assert result.conflicts == ()


def test_undo_restores_timestamps_as_utc_datetimes(db: Database) -> None:
    contact_id, _ = new_contact(db)
    due = datetime(2025, 3, 30, 1, 30, tzinfo=UTC)
    with db.write(BatchKind.CREATE, "New task") as session:
        task = Task(title="Call back", contact_id=contact_id, due_at=due)
        session.add(task)
    later = due + timedelta(days=2, hours=3)
    with db.write(BatchKind.EDIT, "Postpone") as session:
        stored = session.get(Task, task.id)
        assert stored is not None
        stored.due_at = later.astimezone(datetime.now().astimezone().tzinfo)
        postpone = batch_of(session).batch_id

    undo_batch(db, postpone)

    with db.read() as session:
        stored = session.get(Task, task.id)
        assert stored is not None
        assert stored.due_at == due
        assert stored.due_at.tzinfo is not None


def test_several_writes_to_one_row_in_one_batch_are_undone_in_reverse(db: Database) -> None:
    contact_id, _ = new_contact(db, email="a@example.fr")
    with db.write(BatchKind.EDIT, "Two steps") as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        contact.email = "b@example.fr"
        session.flush()
        contact.email = "c@example.fr"
        batch_id = batch_of(session).batch_id
    assert len(list_changes(db, batch_id=batch_id)) == 2

    undo_batch(db, batch_id)

    assert contact_state(db, contact_id).email == "a@example.fr"


def test_undo_of_a_creation_also_removes_a_row_edited_since(db: Database) -> None:
    contact_id, batch_id = new_contact(db)
    edit(db, contact_id, city="Nantes")

    result = undo_batch(db, batch_id)

    assert contact_state(db, contact_id).deleted_at is not None
    assert result.conflicts == ()
    assert search(db, "nantes") == set()


# --- Conflicts, redo, all or nothing -----------------------------------------------------


def test_a_field_changed_since_is_left_alone_and_reported(db: Database) -> None:
    contact_id, _ = new_contact(db, email="old@example.fr", city="Lille")
    batch_id = edit(db, contact_id, email="new@example.fr", city="Paris")
    edit(db, contact_id, label="Someone else", email="theirs@example.fr")

    result = undo_batch(db, batch_id)

    contact = contact_state(db, contact_id)
    assert contact.email == "theirs@example.fr"
    assert contact.city == "Lille"
    assert result.conflicts == (UndoConflict("contacts", contact_id, "email", CHANGED),)
    assert result.reverted == 1


def test_nothing_left_to_undo_is_refused_and_changes_nothing(db: Database) -> None:
    contact_id, _ = new_contact(db, email="old@example.fr")
    batch_id = edit(db, contact_id, email="new@example.fr")
    edit(db, contact_id, label="Someone else", email="theirs@example.fr")
    before = counts(db)

    with pytest.raises(NothingToUndoError) as caught:
        undo_batch(db, batch_id)

    assert "Nothing in the batch “Edit” can be undone" in str(caught.value)
    assert caught.value.conflicts == (UndoConflict("contacts", contact_id, "email", CHANGED),)
    assert counts(db) == before
    assert batch_row(db, batch_id).undone_at is None
    assert contact_state(db, contact_id).email == "theirs@example.fr"


def test_undo_of_an_undo_is_a_redo(db: Database) -> None:
    contact_id, _ = new_contact(db, city="Lyon")
    batch_id = edit(db, contact_id, label="Move to Brest", city="Brest")
    undo = undo_batch(db, batch_id)
    assert contact_state(db, contact_id).city == "Lyon"

    redo = undo_batch(db, undo.undo_batch_id)

    assert contact_state(db, contact_id).city == "Brest"
    assert search(db, "brest") == {contact_id}
    assert redo.label == "Redo: Move to Brest"
    assert batch_row(db, undo.undo_batch_id).undone_by == redo.undo_batch_id
    assert batch_row(db, redo.undo_batch_id).undo_of == undo.undo_batch_id
    # And once more: undoing the redo undoes the edit again.
    again = undo_batch(db, redo.undo_batch_id)
    assert again.label == "Undo: Move to Brest"
    assert contact_state(db, contact_id).city == "Lyon"


def test_undo_is_all_or_nothing(db: Database) -> None:
    contact_id, _ = new_contact(db, tags=("vip",), email="old@example.fr")
    with db.write(BatchKind.EDIT, "Edit and untag") as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        contact.email = "new@example.fr"
        for link in list(contact.tag_links):
            session.delete(link)
        batch_id = batch_of(session).batch_id
    with db.write(BatchKind.DELETE, "Purge the tag") as session:
        session.delete(session.scalars(select(Tag)).one())  # the link cannot come back now
    before = counts(db)

    with pytest.raises(UserError) as caught:
        undo_batch(db, batch_id)

    assert "cannot be undone" in str(caught.value)
    assert "Nothing was changed" in str(caught.value)
    assert contact_state(db, contact_id).email == "new@example.fr"
    assert counts(db) == before
    assert batch_row(db, batch_id).undone_at is None
    # Once the tag is back, the batch can be undone.
    undo_batch(db, last_batch_id(db, "Purge the tag"))
    undo_batch(db, batch_id)
    assert contact_state(db, contact_id).email == "old@example.fr"
    with db.read() as session:
        assert session.scalars(select(ContactTag.contact_id)).all() == [contact_id]


def last_batch_id(db: Database, label: str) -> str:
    return next(b.id for b in list_batches(db) if b.label == label)


# --- Refusals ----------------------------------------------------------------------------


def test_unknown_batch_is_refused(db: Database) -> None:
    before = counts(db)
    with pytest.raises(NotFoundError) as caught:
        undo_batch(db, "00000000-0000-4000-8000-000000000000")
    assert str(caught.value) == (
        "There is no batch 00000000-0000-4000-8000-000000000000 in this database."
    )
    assert counts(db) == before


def test_a_batch_already_undone_is_refused(db: Database) -> None:
    contact_id, _ = new_contact(db)
    batch_id = edit(db, contact_id, label="Rename", first_name="Léa")
    undo_batch(db, batch_id)
    before = counts(db)

    with pytest.raises(UserError) as caught:
        undo_batch(db, batch_id)

    assert str(caught.value) == "The batch “Rename” was already undone."
    assert counts(db) == before
    assert contact_state(db, contact_id).first_name == "Hélène"


def test_system_batches_are_refused(db: Database) -> None:
    system = [b for b in list_batches(db) if b.kind == "system"]
    assert len(system) == 1  # the first use, which made the user
    with pytest.raises(UserError) as caught:
        undo_batch(db, system[0].id)
    assert "made by Comptoir itself" in str(caught.value)
    assert batch_row(db, system[0].id).undone_at is None


# --- Reading the history -----------------------------------------------------------------


def test_history_of_a_contact_includes_its_rows_even_removed_ones(db: Database) -> None:
    contact_id, _ = new_contact(db, tags=("vip",))
    other_id, _ = new_contact(db, tags=("press",), first_name="Marc")
    with db.write(BatchKind.CREATE, "Call and order") as session:
        call = Interaction(channel="phone", occurred_at=datetime.now(UTC), contact_id=contact_id)
        order = Order(contact_id=contact_id, ordered_at=datetime.now(UTC), total_cents=4990)
        session.add_all([call, order])
        line = OrderLine(order_id=order.id, description="Thé", amount_cents=4990)
        session.add(line)
        session.add(
            Interaction(channel="email", occurred_at=datetime.now(UTC), contact_id=other_id)
        )
    with db.write(BatchKind.MASS_EDIT, "Remove tag vip") as session:
        for link in session.scalars(select(ContactTag).where(ContactTag.contact_id == contact_id)):
            session.delete(link)
    edit(db, other_id, city="Caen")

    changes = list_changes(db, contact_id=contact_id)

    assert [(c.entity, c.op) for c in changes][:1] == [("contact_tags", "delete")]
    # One batch wrote these three; within a flush the order is the tables' order.
    assert sorted((c.entity, c.op) for c in changes[1:4]) == [
        ("interactions", "insert"),
        ("order_lines", "insert"),
        ("orders", "insert"),
    ]
    assert [(c.entity, c.op) for c in changes][4:] == [
        ("contact_tags", "insert"),
        ("contacts", "insert"),
    ]
    assert {c.entity_id for c in changes[1:4]} == {call.id, order.id, line.id}
    assert [c.hlc for c in changes] == sorted((c.hlc for c in changes), reverse=True)
    first = changes[0]
    assert first.batch_label == "Remove tag vip"
    assert first.batch_kind == "mass_edit"
    assert first.user_name == db_user_name(db)
    assert first.device_id == db.device_id
    assert first.changes["contact_id"] == (contact_id, None)
    assert changes[-1].changes["first_name"] == (None, "Hélène")
    # Paging.
    assert list_changes(db, contact_id=contact_id, limit=2, offset=1) == changes[1:3]


def db_user_name(db: Database) -> str:
    with db.read() as session:
        user = session.get(User, db.user_id)
        assert user is not None
        return user.name


def test_batches_are_listed_newest_first_with_their_sizes(db: Database) -> None:
    contact_id, create = new_contact(db, tags=("vip",))
    edit_id = edit(db, contact_id, label="Edit city", city="Rouen")
    undo = undo_batch(db, edit_id)

    batches = list_batches(db)

    assert [(b.kind, b.label, b.entries) for b in batches] == [
        ("undo", "Undo: Edit city", 1),
        ("edit", "Edit city", 1),
        ("create", "New contact", 3),
        ("system", f"First use by {db_user_name(db)}", 1),
    ]
    assert batches[1].undone_by == undo.undo_batch_id
    assert batches[1].is_undone
    assert batches[0].undo_of == edit_id
    assert batches[2].id == create
    assert list_batches(db, limit=1) == batches[:1]


def test_last_undoable_batch(db: Database) -> None:
    assert last_undoable_batch(db) is None  # only the system batch so far
    with db.write(BatchKind.DEMO, "Demo data") as session:
        session.add(Contact(first_name="Demo"))
        demo = batch_of(session).batch_id
    last = last_undoable_batch(db)
    assert last is not None and last.id == demo  # demo data can be removed
    contact_id, _ = new_contact(db)
    edit_id = edit(db, contact_id, city="Metz")
    last = last_undoable_batch(db)
    assert last is not None and last.id == edit_id
    undo = undo_batch(db, edit_id)
    last = last_undoable_batch(db)
    assert last is not None and last.id == undo.undo_batch_id  # redo comes next
    walking_back = last_undoable_batch(db, include_undos=False)
    assert walking_back is not None and walking_back.label == "New contact"
    assert last_undoable_batch(db, user_id="someone-else") is None
    mine = last_undoable_batch(db, user_id=db.user_id)
    assert mine is not None and mine.id == undo.undo_batch_id


def test_get_batch_accepts_a_unique_prefix(db: Database) -> None:
    _, batch_id = new_contact(db)
    assert get_batch(db, batch_id).id == batch_id
    assert get_batch(db, batch_id[:8].upper()).id == batch_id
    with pytest.raises(NotFoundError):
        get_batch(db, batch_id[:3])  # too short to be taken as a prefix
    with pytest.raises(NotFoundError):
        get_batch(db, "%")


def test_undo_labels() -> None:
    assert undo_label("Import clients.xlsx") == "Undo: Import clients.xlsx"
    assert undo_label("Undo: Import") == "Redo: Import"
    assert undo_label("Redo: Import") == "Undo: Import"
    assert len(undo_label("x" * 500)) == 500


def test_history_of_a_company_and_of_a_deal(db: Database) -> None:
    from models import Company, Deal, DealLine, Pipeline, PipelineStage

    with db.write(BatchKind.CREATE, "Account") as session:
        company = Company(name="Épicerie Laurent")
        other = Company(name="Maison Roux")
        pipeline = Pipeline(name="Ventes")
        session.add_all([company, other, pipeline])
        session.flush()
        stage = PipelineStage(pipeline_id=pipeline.id, name="Devis")
        session.add(stage)
        session.flush()
        deal = Deal(
            title="Paniers", company_id=company.id, pipeline_id=pipeline.id, stage_id=stage.id
        )
        session.add(deal)
        session.flush()
        line = DealLine(deal_id=deal.id, description="Panier garni")
        call = Interaction(
            channel="phone", occurred_at=datetime.now(UTC), company_id=company.id, deal_id=deal.id
        )
        elsewhere = Interaction(channel="email", occurred_at=datetime.now(UTC), company_id=other.id)
        session.add_all([line, call, elsewhere])
    with db.write(BatchKind.DELETE, "Remove the line") as session:
        session.delete(session.get(DealLine, line.id))

    of_company = {(c.entity, c.entity_id) for c in list_changes(db, company_id=company.id)}
    assert of_company == {
        ("companies", company.id),
        ("deals", deal.id),
        ("interactions", call.id),
    }
    of_deal = [(c.entity, c.entity_id, c.op) for c in list_changes(db, deal_id=deal.id)]
    assert of_deal[0] == ("deal_lines", line.id, "delete")
    assert {(entity, record) for entity, record, _ in of_deal} == {
        ("deals", deal.id),
        ("deal_lines", line.id),
        ("interactions", call.id),
    }
