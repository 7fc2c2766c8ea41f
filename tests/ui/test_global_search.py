"""The global search popup (Ctrl+K): typing, moving through the results, opening one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from models import Company, Contact, Deal, Interaction, Pipeline, PipelineStage, utcnow
from models.database import Database
from models.enums import BatchKind
from tests.ui.conftest import type_text
from ui.global_search import ALL_CONTACTS, HEADING, HIT, GlobalSearch, HitRole, KindRole


@pytest.fixture
def shop(db: Database) -> dict[str, str]:
    pipeline = Pipeline(name="Ventes")
    stage = PipelineStage(pipeline_id=pipeline.id, name="Proposition")
    company = Company(name="Fromagerie Martin", city="Tours", postcode="37000")
    helene = Contact(first_name="Hélène", last_name="Martin", city="Tours", company_id=company.id)
    paul = Contact(first_name="Paul", last_name="Martinez", city="Blois")
    zoe = Contact(first_name="Zoé", last_name="Aubry", city="Saint-Martin")
    deal = Deal(
        title="Plateaux Martin",
        company_id=company.id,
        pipeline_id=pipeline.id,
        stage_id=stage.id,
        amount_cents=45000,
    )
    note = Interaction(
        channel="phone",
        occurred_at=utcnow() - timedelta(days=1),
        subject="Rappeler Mme Martin pour le devis",
        contact_id=helene.id,
    )
    with db.write(BatchKind.CREATE, "Shop") as session:
        session.add_all([pipeline, stage, company, helene, paul, zoe, deal, note])
    return {
        "company": company.id,
        "helene": helene.id,
        "paul": paul.id,
        "zoe": zoe.id,
        "deal": deal.id,
        "note": note.id,
    }


@pytest.fixture
def popup(qtbot, db: Database) -> Iterator[GlobalSearch]:
    host = QWidget()
    host.resize(1000, 700)
    qtbot.addWidget(host)
    host.show()
    search = GlobalSearch(db, host)
    search.open()
    qtbot.waitUntil(search.isVisible)
    # The window is held until the end of the test (qtbot only keeps a weak reference).
    yield search
    host.close()


def entries(popup: GlobalSearch) -> list[tuple[str, str]]:
    """(what, text) of every line of the results, headings included."""
    return [
        (popup.list.item(row).data(KindRole), popup.list.item(row).text())
        for row in range(popup.list.count())
    ]


def current(popup: GlobalSearch) -> str:
    item = popup.list.currentItem()
    return item.text() if item is not None else ""


def test_typing_shows_the_results_grouped_with_counts(qtbot, shop, popup):
    assert popup.field.hasFocus() or popup.focusWidget() is popup.field
    qtbot.keyClicks(popup.field, "martin")
    qtbot.waitUntil(lambda: popup.list.count() > 0)
    assert popup.searches == 1  # debounced: one search for the six keys
    assert entries(popup) == [
        (HEADING, "Contacts — 3"),
        (HIT, "Hélène Martin"),
        (HIT, "Paul Martinez"),
        (HIT, "Zoé Aubry"),
        (HEADING, "Companies — 1"),
        (HIT, "Fromagerie Martin"),
        (HEADING, "Deals — 1"),
        (HIT, "Plateaux Martin"),
        (HEADING, "Notes and interactions — 1"),
        (HIT, "Rappeler Mme Martin pour le devis"),
    ]
    assert current(popup) == "Hélène Martin"  # the first hit is ready for Enter
    hit = popup.current_hit()
    assert hit is not None and popup.subtitle(hit) == "Fromagerie Martin · Tours"
    deal = popup.list.item(7).data(HitRole)
    assert popup.subtitle(deal) == "Proposition · €450.00 · Fromagerie Martin"


def test_arrow_down_then_enter_opens_the_record(qtbot, shop, popup):
    type_text(qtbot, popup.field, "martin")
    qtbot.waitUntil(lambda: popup.list.count() > 0)
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)
    assert current(popup) == "Paul Martinez"
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)  # over the "Companies" heading
    assert current(popup) == "Fromagerie Martin"
    qtbot.keyClick(popup.field, Qt.Key.Key_Up)
    assert current(popup) == "Zoé Aubry"
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)
    with qtbot.waitSignal(popup.openRequested) as opened:
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert opened.args == ["company", shop["company"]]
    assert not popup.isVisible()


def test_tab_jumps_between_groups_and_an_interaction_opens_its_contact(qtbot, shop, popup):
    qtbot.keyClicks(popup.field, "martin")
    qtbot.waitUntil(lambda: popup.list.count() > 0)
    qtbot.keyClick(popup.field, Qt.Key.Key_Tab)
    assert current(popup) == "Fromagerie Martin"
    qtbot.keyClick(popup.field, Qt.Key.Key_Tab)
    assert current(popup) == "Plateaux Martin"
    qtbot.keyClick(popup.field, Qt.Key.Key_Tab)
    assert current(popup) == "Rappeler Mme Martin pour le devis"
    qtbot.keyClick(popup.field, Qt.Key.Key_Tab)  # round again
    assert current(popup) == "Hélène Martin"
    qtbot.keyClick(popup.field, Qt.Key.Key_Backtab)
    assert current(popup) == "Rappeler Mme Martin pour le devis"
    hit = popup.current_hit()
    assert hit is not None and hit.kind == "interaction"
    assert popup.subtitle(hit).endswith("Phone · Hélène Martin")
    with qtbot.waitSignal(popup.openRequested) as opened:
        qtbot.keyClick(popup.field, Qt.Key.Key_Enter)
    assert opened.args == ["contact", shop["helene"]]


def test_enter_right_after_typing_searches_first(qtbot, shop, popup):
    qtbot.keyClicks(popup.field, "plateaux")
    assert popup.list.count() == 0  # still waiting for the pause
    with qtbot.waitSignal(popup.openRequested) as opened:
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert opened.args == ["deal", shop["deal"]]


def test_show_all_contacts_when_more_match_than_shown(qtbot, db, shop, popup, monkeypatch):
    import ui.global_search

    monkeypatch.setattr(ui.global_search, "LIMIT_PER_KIND", 2)
    qtbot.keyClicks(popup.field, "mart")
    qtbot.waitUntil(lambda: popup.list.count() > 0)
    assert entries(popup)[:4] == [
        (HEADING, "Contacts — 2 of 3"),
        (HIT, "Hélène Martin"),
        (HIT, "Paul Martinez"),
        (ALL_CONTACTS, "Show all 3 contacts matching “mart”"),
    ]
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)
    with qtbot.waitSignal(popup.showAllContactsRequested) as asked:
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert asked.args == ["mart"]


def test_nothing_found_and_escape_closes(qtbot, shop, popup):
    qtbot.keyClicks(popup.field, "zzzz")
    qtbot.waitUntil(lambda: "Nothing matches" in popup.hint.text())
    assert popup.hint.isVisibleTo(popup) and not popup.list.isVisibleTo(popup)
    with qtbot.assertNotEmitted(popup.openRequested):
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    qtbot.keyClick(popup.field, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_clicking_a_result_opens_it(qtbot, shop, popup):
    qtbot.keyClicks(popup.field, "aubry")
    qtbot.waitUntil(lambda: popup.list.count() > 0)
    item = popup.list.item(1)
    rect = popup.list.visualItemRect(item)
    with qtbot.waitSignal(popup.openRequested) as opened:
        qtbot.mouseClick(popup.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["contact", shop["zoe"]]
