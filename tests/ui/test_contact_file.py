"""The contact file view and the interaction dialog, driven like a user would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.contacts import ContactInput, ContactService
from app.interactions import MSG_SUBJECT, InteractionInput, log_interaction
from models import Contact, Interaction, Order, OrderLine, Task
from models.database import Database
from ui import formatting as fmt
from ui.contact_file import ContactFileView
from ui.interaction_dialog import InteractionDialog


@pytest.fixture
def english() -> Iterator[None]:
    """Figures formatted in a known locale, whatever the machine's."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def french() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def contact_id(db: Database) -> str:
    service = ContactService(db)
    contact = service.create(
        ContactInput(
            civility="mrs",
            first_name="Hélène",
            last_name="Dupont",
            email="helene@example.com",
            mobile="06 12 34 56 78",
            company_name="Boulangerie Martin",
            job_title="Gérante",
            postcode="75011",
            city="Paris",
            status="customer",
            relationship_stage="expansion",
            tags=["VIP", "Fidèle"],
            notes="Prefers mornings.",
        )
    )
    with db.write("import", "orders") as session:
        for number, days, total, kind in (
            ("CMD-1", 40, 10000, "order"),
            ("AV-1", 20, -2000, "credit_note"),
            ("CMD-2", 10, 5000, "order"),
        ):
            order = Order(
                number=number,
                kind=kind,
                contact_id=contact,
                ordered_at=datetime.now(UTC) - timedelta(days=days),
                total_cents=total,
            )
            session.add(order)
            session.flush()
            session.add(OrderLine(order_id=order.id, description="Bread", amount_cents=total))
    return contact


@pytest.fixture
def view(qtbot: QtBot, db: Database) -> ContactFileView:
    widget = ContactFileView(db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def labels(widget: QWidget, name: str) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel, name)]


def label_text(widget: QWidget, name: str) -> str:
    found = labels(widget, name)
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


def all_text(widget: QWidget) -> str:
    return "\n".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


def test_the_file_shows_who_they_are_and_what_they_bought(
    view: ContactFileView, contact_id: str, english: None
) -> None:
    view.show_contact(contact_id)
    assert view.current_id() == contact_id
    assert label_text(view, "nameLabel") == "Mrs Hélène Dupont"
    assert label_text(view, "companyLabel") == "Gérante · Boulangerie Martin"
    assert label_text(view, "statusBadge") == "Customer"
    assert label_text(view, "stageBadge") == "Expansion"
    assert sorted(labels(view, "tagChip")) == ["# Fidèle", "# VIP"]
    text = all_text(view)
    assert 'href="mailto:helene@example.com"' in text
    # The phone shows as typed and dials the international form.
    assert 'href="tel:+33612345678">06 12 34 56 78</a>' in text
    assert "Prefers mornings." in text
    # Two orders net of the credit note: 100 + 50 - 20 = 130, average basket 65.
    assert label_text(view, "figureTotal") == "€130.00"
    assert label_text(view, "figureOrders") == "2"
    assert label_text(view, "figureAverage") == "€65.00"
    assert "10 days ago" in text
    table = view.findChild(QTableWidget, "ordersTable")
    assert table is not None and table.rowCount() == 3
    numbers = [table.item(row, 1).text() for row in range(3)]
    assert numbers == ["CMD-2", "AV-1 — Credit note", "CMD-1"]
    assert table.item(1, 3).text() == "-€20.00"
    assert table.item(1, 0).data(Qt.ItemDataRole.UserRole) == "credit_note"
    assert table.item(0, 0).data(Qt.ItemDataRole.UserRole) is None
    # No interaction yet: an honest line, not a fake timeline.
    assert "No interaction yet" in label_text(view, "noInteraction")


def test_figures_follow_the_french_locale(
    view: ContactFileView, contact_id: str, french: None
) -> None:
    view.show_contact(contact_id)
    assert label_text(view, "figureTotal") == "130,00\u00a0€"
    assert fmt.money(123456) == "1\u202f234,56\u00a0€"
    assert fmt.date_text(date(2025, 12, 31)) == "31/12/2025"


def test_empty_sections_say_so(view: ContactFileView, db: Database) -> None:
    contact = ContactService(db).create(ContactInput(last_name="Nouveau"))
    view.show_contact(contact)
    assert label_text(view, "noOrders") == "No orders yet."
    assert label_text(view, "noDeal") == "No open deal."
    assert label_text(view, "noTask") == "No open task."
    assert label_text(view, "noConsent") == "No consent recorded."
    assert view.findChild(QTableWidget, "ordersTable") is None
    assert labels(view, "figureTotal") == []


def test_log_a_call_from_the_file(
    qtbot: QtBot, view: ContactFileView, contact_id: str, db: Database
) -> None:
    view.show_contact(contact_id)
    view.show()
    qtbot.mouseClick(view.log_buttons["phone"], Qt.MouseButton.LeftButton)
    dialog = view.interaction_dialog
    assert isinstance(dialog, InteractionDialog)
    assert dialog.isVisible()
    assert dialog.channel() == "phone"
    qtbot.keyClicks(dialog.subject_edit, "Called about the Christmas order")
    qtbot.keyClicks(dialog.body_edit, "Wants 40 logs, 10 gluten-free.")
    qtbot.keyClicks(dialog.outcome_edit, "Quote to send")
    with qtbot.waitSignal(view.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert labels(view, "entrySubject") == ["Called about the Christmas order"]
    assert labels(view, "entryBody") == ["Wants 40 logs, 10 gluten-free."]
    assert "Outcome: Quote to send" in label_text(view, "entryExtras")
    with db.read() as session:
        stored = session.scalars(select(Interaction)).all()
        assert [(i.contact_id, i.channel, i.subject, i.outcome) for i in stored] == [
            (contact_id, "phone", "Called about the Christmas order", "Quote to send")
        ]


def test_the_timeline_is_newest_first_with_its_markers(
    view: ContactFileView, contact_id: str, db: Database
) -> None:
    now = datetime.now(UTC)
    for days, subject, complaint, score in (
        (30, "Old visit", False, None),
        (2, "Late delivery", True, 3),
        (9, "Meeting", False, 9),
    ):
        log_interaction(
            db,
            InteractionInput(
                contact_id=contact_id,
                subject=subject,
                occurred_at=now - timedelta(days=days),
                is_complaint=complaint,
                satisfaction_score=score,
            ),
        )
    view.show_contact(contact_id)
    assert labels(view, "entrySubject") == ["Late delivery", "Meeting", "Old visit"]
    assert len(labels(view, "complaintBadge")) == 1
    assert "Satisfaction: 3/10" in labels(view, "entryExtras")
    assert view.findChild(QLabel, "timelineTitle").text() == "Interactions (3)"


def test_the_interaction_form_reports_bad_input_inline(
    qtbot: QtBot, view: ContactFileView, contact_id: str, db: Database
) -> None:
    view.show_contact(contact_id)
    view.show()
    dialog = view.log_interaction("email")
    assert dialog is not None
    error = dialog.findChild(QLabel, "subjectError")
    assert not error.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert error.isVisible() and error.text() == MSG_SUBJECT
    # A date in the future is refused too; then a valid entry goes through.
    dialog.when_edit.setDateTime(QDateTime.currentDateTime().addDays(2))
    qtbot.keyClicks(dialog.subject_edit, "Newsletter reply")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.findChild(QLabel, "occurred_atError").isVisible()
    assert not error.isVisible()
    with db.read() as session:
        assert session.scalars(select(Interaction)).all() == []
    dialog.when_edit.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    assert not dialog.satisfaction_spin.isEnabled()
    qtbot.mouseClick(dialog.satisfaction_check, Qt.MouseButton.LeftButton)
    assert dialog.satisfaction_spin.isEnabled()
    dialog.satisfaction_spin.setValue(9)
    dialog.complaint_check.setChecked(True)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    with qtbot.waitSignal(dialog.saved, timeout=2000) as saved:
        qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with db.read() as session:
        stored = session.get(Interaction, saved.args[0])
        assert stored is not None
        assert (stored.channel, stored.satisfaction_score, stored.is_complaint) == (
            "email",
            9,
            True,
        )
        occurred = stored.occurred_at
    assert timedelta(minutes=50) < datetime.now(UTC) - occurred < timedelta(minutes=70)


def test_a_keyboard_shortcut_opens_a_quick_action(
    qtbot: QtBot, view: ContactFileView, contact_id: str
) -> None:
    view.show_contact(contact_id)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.setFocus()
    assert "Ctrl+Shift+M" in view.log_actions["meeting"].toolTip()
    qtbot.keyClick(
        view.scroll,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = view.interaction_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.channel() == "meeting"
    dialog.reject()


def test_edit_history_and_back_are_signalled(
    qtbot: QtBot, view: ContactFileView, contact_id: str
) -> None:
    view.show_contact(contact_id)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    with qtbot.waitSignal(view.editRequested, timeout=1000) as edit:
        view.edit_action.trigger()
    assert edit.args == [contact_id]
    with qtbot.waitSignal(view.historyRequested, timeout=1000) as history:
        qtbot.keyClick(view.scroll, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert history.args == [contact_id]
    with qtbot.waitSignal(view.backRequested, timeout=1000):
        view.back_action.trigger()


def test_a_deleted_contact_shows_a_banner_and_can_be_restored(
    qtbot: QtBot, view: ContactFileView, contact_id: str, db: Database
) -> None:
    ContactService(db).delete([contact_id])
    view.show_contact(contact_id)
    view.show()
    assert view.banner.isVisible()
    assert "was deleted on" in view.banner_label.text()
    assert not view.log_actions["phone"].isEnabled()
    assert not view.edit_action.isEnabled()
    assert view.history_action.isEnabled()
    assert view.log_interaction("phone") is None
    with qtbot.waitSignal(view.changed, timeout=2000):
        qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert not view.banner.isVisible()
    assert view.log_actions["phone"].isEnabled()
    with db.read() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None and contact.deleted_at is None


def test_open_tasks_overdue_in_red(view: ContactFileView, contact_id: str, db: Database) -> None:
    with db.write("edit", "tasks") as session:
        session.add(
            Task(
                title="Call back",
                contact_id=contact_id,
                due_at=datetime.now(UTC) - timedelta(days=2),
            )
        )
        session.add(
            Task(
                title="Send quote",
                contact_id=contact_id,
                due_at=datetime.now(UTC) + timedelta(days=2),
            )
        )
    view.show_contact(contact_id)
    assert labels(view, "taskTitle") == ["Call back", "Send quote"]
    dues = view.findChildren(QLabel, "taskDue")
    assert [bool(d.property("overdue")) for d in dues] == [True, False]
    assert dues[0].text().startswith("overdue since")


def test_a_missing_contact_is_said_so(view: ContactFileView) -> None:
    view.show_contact("no-such-contact")
    assert label_text(view, "messageLabel") == "This contact no longer exists."
    assert view.contact_file() is None
    assert not view.log_actions["phone"].isEnabled()


def test_refresh_shows_changes_made_elsewhere(
    view: ContactFileView, contact_id: str, db: Database
) -> None:
    view.show_contact(contact_id)
    service = ContactService(db)
    values = service.load_input(contact_id)
    values.job_title = "Directrice"
    service.update(contact_id, values)
    view.refresh()
    assert label_text(view, "companyLabel") == "Directrice · Boulangerie Martin"


def test_long_order_lists_are_folded(
    qtbot: QtBot, view: ContactFileView, contact_id: str, db: Database
) -> None:
    with db.write("import", "more orders") as session:
        for index in range(5):
            session.add(
                Order(
                    number=f"CMD-1{index}",
                    contact_id=contact_id,
                    ordered_at=datetime.now(UTC) - timedelta(days=50 + index),
                    total_cents=1000,
                )
            )
    view.show_contact(contact_id)
    view.show()
    table = view.findChild(QTableWidget, "ordersTable")
    assert table is not None and table.rowCount() == 6
    more = view.findChild(QPushButton, "moreOrders")
    assert more is not None and more.text() == "Show all 8 orders and credit notes"
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    table = view.findChild(QTableWidget, "ordersTable")
    assert table is not None and table.rowCount() == 8
    assert view.findChild(QPushButton, "moreOrders") is None


def test_relative_days_and_labels(english: None) -> None:
    now = datetime.now(UTC)
    assert fmt.relative_day(now) == "today"
    assert fmt.relative_day(now - timedelta(days=1)) == "yesterday"
    assert fmt.relative_day(now - timedelta(days=3)) == "3 days ago"
    assert fmt.relative_day(now + timedelta(days=1)) == "tomorrow"
    assert fmt.relative_day(None) == ""
    assert fmt.money(-2050) == "-€20.50"
    assert fmt.datetime_text(None) == fmt.date_text(None) == ""
    assert [fmt.stage_label(code) for code in fmt.STAGE_CODES] == [
        "Discovery",
        "Exploration",
        "Expansion",
        "Commitment",
        "Dissolution",
    ]
    assert fmt.channel_label("email") == "E-mail"
    assert fmt.civility_label("mrs") == "Mrs"
    assert fmt.consent_label("withdrawn") == "Withdrawn"
    assert fmt.direction_label("in") == "Inbound"
    assert fmt.status_label("unknown-code") == "unknown-code"
    assert fmt.status_label("") == ""
