"""Fixtures for the GUI tests: the main window on the test database, contacts to show."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.contacts import ContactInput, ContactService
from models.database import Database

UI_TESTS = Path(__file__).resolve().parent
# The offscreen platform cannot raise windows, grab the keyboard or propagate size hints,
# and says so when a window or a popup is shown.
OFFSCREEN_NOISE = "This plugin does not support"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if UI_TESTS in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _language_restored(qapp: QApplication) -> Iterator[None]:
    """A test that installs translators (settings, screenshots) leaves none behind."""
    from ui.i18n import remove_translators

    locale = QLocale()
    yield
    remove_translators()
    QLocale.setDefault(locale)


@pytest.fixture
def window(qtbot, db: Database):
    """The real main window on the test database, with jobs run synchronously."""
    from ui.application import create_main_window

    main = create_main_window(db, synchronous_jobs=True)
    qtbot.addWidget(main)
    yield main
    main.jobs.shutdown()
    main.close()
    main.deleteLater()
    # Delete it now, while the test's objects are alive, rather than in a later test.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def shown(qtbot, window):
    """The main window, shown (for focus, mouse and keyboard tests)."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def service(db: Database) -> ContactService:
    return ContactService(db)


@pytest.fixture
def add_contact(service: ContactService) -> Callable[..., str]:
    """Create a contact through the service: ``add_contact("Hélène", "Dupré", city=...)``."""

    def add(first: str, last: str, **values: object) -> str:
        return service.create(ContactInput(first_name=first, last_name=last, **values))

    return add


PEOPLE = [
    ("Hélène", "Dupré", "helene.dupre@example.fr", "Tours", "37000", "customer", ["vip"]),
    ("Marc", "Martin", "marc.martin@example.fr", "Lyon", "69001", "prospect", []),
    ("Zoé", "Bernard", "zoe@example.fr", "Tours", "37100", "former", ["newsletter"]),
    ("Alain", "Petit", "alain.petit@example.com", "Paris", "75011", "customer", ["vip"]),
]


@pytest.fixture
def people(service: ContactService) -> dict[str, str]:
    """Four contacts with different cities, statuses and tags; last name -> id."""
    ids = {}
    for first, last, email, city, postcode, status, tags in PEOPLE:
        ids[last] = service.create(
            ContactInput(
                first_name=first,
                last_name=last,
                email=email,
                city=city,
                postcode=postcode,
                status=status,
                tags=tags,
            )
        )
    return ids


def make_contacts(service: ContactService, count: int) -> list[str]:
    return [
        service.create(ContactInput(first_name=f"Prénom{i:03d}", last_name=f"Nom{i:03d}"))
        for i in range(count)
    ]


def visible_names(pane) -> list[str]:
    """The names in the table, top to bottom."""
    model = pane.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (accents too: QTest only knows ASCII keys)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def find_top_level(kind: type[QWidget], name: str | None = None) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            if name is None or widget.objectName() == name:
                return widget
    return None
